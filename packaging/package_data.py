"""What the packages say about the app and its file type, in one place: the Linux desktop entry, the
shared-mime-info package, the macOS ``Info.plist`` and the Inno Setup script are all written from here
(``build.py --files`` rewrites them; ``tests/core/test_packaging.py`` fails when a written file differs).

Standard library only: ``build.py`` runs it before anything is built, and the tests load it by path (this
folder is not a Python package: a ``packaging`` package would hide the ``packaging`` library).
"""

from __future__ import annotations

import plistlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"

APP_NAME = "CJM Desktop"
APP_ID = "cjm-desktop"  # the desktop entry's and the app icon's name, the folder under /opt
BUNDLE_ID = "org.cjmdesktop.CJMDesktop"  # macOS
EXECUTABLE = "cjm"
MIME_TYPE = "application/x-cjm-project"
MIME_PARENT = "application/vnd.sqlite3"
EXTENSION = "cjm"
DOC_ICON = MIME_TYPE.replace("/", "-")  # the freedesktop icon name of the type: application-x-cjm-project
UTI = "org.cjmdesktop.cjm-project"
# PRAGMA application_id: SQLite keeps it big-endian at byte 68 of the header (cjm_desktop/storage/schema.py)
APPLICATION_ID = 0x434A4D31
APPLICATION_ID_OFFSET = 68
SQLITE_MAGIC = "SQLite format 3\\000"  # the 16 first bytes of every SQLite 3 database, as shared-mime-info writes it
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Inno Setup wants one GUID for the app forever (upgrades find the old install by it)
INNO_APP_GUID = "{{6B1B5B8E-2C1D-4B8E-9C5E-4D3A1C0F2E71}"


@dataclass(frozen=True)
class Words:
    """The human words, in English and French."""

    generic_en: str = "Customer journey mapping"
    generic_fr: str = "Cartographie des parcours clients"
    comment_en: str = "Run customer journey mapping workshops offline: sticky notes on a channel × stage grid"
    comment_fr: str = "Animer des ateliers de cartographie des parcours clients hors ligne : post-it sur une grille"
    doc_en: str = "CJM Desktop project"
    doc_fr: str = "Projet CJM Desktop"
    keywords_en: str = "journey;customer;workshop;sticky;notes;persona;"
    keywords_fr: str = "parcours;client;atelier;post-it;persona;irritant;"


WORDS = Words()


def version() -> str:
    """The version in pyproject.toml."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return str(data["project"]["version"])


def desktop_entry() -> str:
    """The freedesktop.org desktop entry (``cjm-desktop.desktop``)."""
    w = WORDS
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        f"Name={APP_NAME}",
        f"GenericName={w.generic_en}",
        f"GenericName[fr]={w.generic_fr}",
        f"Comment={w.comment_en}",
        f"Comment[fr]={w.comment_fr}",
        f"Keywords={w.keywords_en}",
        f"Keywords[fr]={w.keywords_fr}",
        f"Exec={EXECUTABLE} %f",
        f"TryExec={EXECUTABLE}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "StartupNotify=true",
        "Categories=Office;ProjectManagement;",
        f"MimeType={MIME_TYPE};",
        "",
    ])


def mime_package() -> str:
    """The shared-mime-info package (``cjm-desktop.xml``): a SQLite database whose application id is ours.

    The magic is nested (SQLite's header AND our id) with a priority above SQLite's own (50), so that a
    ``.cjm`` renamed without its extension is still recognised, and any other SQLite file is not."""
    w = WORDS
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>{w.doc_en}</comment>
    <comment xml:lang="fr">{w.doc_fr}</comment>
    <sub-class-of type="{MIME_PARENT}"/>
    <icon name="{DOC_ICON}"/>
    <magic priority="80">
      <match type="string" offset="0" value="{SQLITE_MAGIC}">
        <match type="big32" offset="{APPLICATION_ID_OFFSET}" value="0x{APPLICATION_ID:08X}"/>
      </match>
    </magic>
    <glob pattern="*.{EXTENSION}"/>
  </mime-type>
</mime-info>
"""


def info_plist(app_version: str | None = None) -> str:
    """macOS's ``Info.plist``: the app, and the ``.cjm`` document type it owns (an exported UTI that
    conforms to SQLite's and to public.data)."""
    v = app_version or version()
    data = {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleExecutable": EXECUTABLE,
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": v,
        "CFBundleVersion": v,
        "CFBundleIconFile": f"{APP_ID}.icns",
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "fr"],
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": WORDS.doc_en,
            "CFBundleTypeRole": "Editor",
            "CFBundleTypeIconFile": f"{DOC_ICON}.icns",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [UTI],
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": UTI,
            "UTTypeDescription": WORDS.doc_en,
            "UTTypeIconFile": f"{DOC_ICON}.icns",
            "UTTypeConformsTo": ["public.database", "public.data"],
            "UTTypeTagSpecification": {
                "public.filename-extension": [EXTENSION],
                "public.mime-type": [MIME_TYPE],
            },
        }],
    }
    return plistlib.dumps(data, sort_keys=False).decode("utf-8")


def inno_setup(app_version: str | None = None) -> str:
    """The Inno Setup script (``cjm.iss``): installs the PyInstaller folder, and registers ``.cjm`` (a ProgID
    with the document icon, opened by ``cjm.exe "%1"``)."""
    v = app_version or version()
    prog_id = "CJMDesktop.Project"
    return f"""; Written by packaging/build.py --files from packaging/package_data.py: edit that, not this.
; Untested until a Windows machine builds it (see packaging/README.md).
#define AppVersion "{v}"

[Setup]
AppId={INNO_APP_GUID}
AppName={APP_NAME}
AppVersion={{#AppVersion}}
AppPublisher={APP_NAME}
DefaultDirName={{autopf}}\\{APP_NAME}
DefaultGroupName={APP_NAME}
UninstallDisplayIcon={{app}}\\{EXECUTABLE}.exe
OutputDir=..\\dist
OutputBaseFilename=cjm-{{#AppVersion}}-windows-x86_64-setup
SetupIconFile=..\\resources\\icons\\{APP_ID}.ico
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\\French.isl"

[Files]
Source: "..\\dist\\{EXECUTABLE}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\\resources\\icons\\{DOC_ICON}.ico"; DestDir: "{{app}}"; Flags: ignoreversion

[Icons]
Name: "{{group}}\\{APP_NAME}"; Filename: "{{app}}\\{EXECUTABLE}.exe"
Name: "{{autodesktop}}\\{APP_NAME}"; Filename: "{{app}}\\{EXECUTABLE}.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{{cm:CreateDesktopIcon}}"; Flags: unchecked

[Registry]
Root: HKA; Subkey: "Software\\Classes\\.{EXTENSION}"; ValueType: string; ValueName: ""; ValueData: "{prog_id}"; \\
    Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\\Classes\\.{EXTENSION}"; ValueType: string; ValueName: "Content Type"; \\
    ValueData: "{MIME_TYPE}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\\Classes\\{prog_id}"; ValueType: string; ValueName: ""; ValueData: "{WORDS.doc_en}"; \\
    Flags: uninsdeletekey
Root: HKA; Subkey: "Software\\Classes\\{prog_id}\\DefaultIcon"; ValueType: string; ValueName: ""; \\
    ValueData: "{{app}}\\{DOC_ICON}.ico,0"
Root: HKA; Subkey: "Software\\Classes\\{prog_id}\\shell\\open\\command"; ValueType: string; ValueName: ""; \\
    ValueData: \"\"\"{{app}}\\{EXECUTABLE}.exe\"\" \"\"%1\"\"\"

[Run]
Filename: "{{app}}\\{EXECUTABLE}.exe"; Description: "{{cm:LaunchProgram,{APP_NAME}}}"; \\
    Flags: nowait postinstall skipifsilent
"""


# file name in packaging/ → what it holds
WRITTEN = {
    f"{APP_ID}.desktop": desktop_entry,
    f"{APP_ID}.xml": mime_package,
    "Info.plist": info_plist,
    "cjm.iss": inno_setup,
}


def write_files(folder: Path = HERE) -> list[Path]:
    """Write every file of ``WRITTEN`` into ``folder``; return their paths."""
    paths = []
    for name, make in WRITTEN.items():
        path = folder / name
        path.write_text(make(), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths
