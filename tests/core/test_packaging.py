"""The packaging files (packaging/): written from one place, valid for the tools that read them, and the
``.cjm`` type recognised by shared-mime-info by its name and by its content (the SQLite header's application id).

Building the bundle is too slow for the suite: ``tests/bench/bench_package.py`` does it."""

from __future__ import annotations

import importlib.util
import plistlib
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cjm_desktop.storage.schema import APPLICATION_ID
from tests.support.sample_project import build

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def load_package_data() -> ModuleType:
    """packaging/package_data.py, loaded by path (packaging/ is not a Python package)."""
    spec = importlib.util.spec_from_file_location("cjm_package_data", PACKAGING / "package_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


PD = load_package_data()


def tool(name: str) -> str:
    """A tool the checks need (.ci/run and packaging/README.md say how to install it)."""
    path = shutil.which(name)
    assert path is not None, f"{name} is missing: apt-get install desktop-file-utils xdg-utils shared-mime-info"
    return path


@pytest.fixture
def xdg(tmp_path: Path) -> dict[str, str]:
    """An environment whose XDG data folder holds our MIME package only (compiled by update-mime-database),
    above the system's, for a generic desktop (xdg-mime then asks ``mimetype``, which reads both)."""
    home = tmp_path / "xdg"
    packages = home / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(PACKAGING / f"{PD.APP_ID}.xml", packages)
    subprocess.run([tool("update-mime-database"), str(home / "mime")], check=True, capture_output=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(home),
            "XDG_DATA_DIRS": "/usr/local/share:/usr/share"}


def filetype(path: Path, env: dict[str, str]) -> str:
    result = subprocess.run([tool("xdg-mime"), "query", "filetype", str(path)], env=env, capture_output=True,
                            text=True, check=True)
    return result.stdout.strip()


def test_the_written_files_are_what_package_data_writes():
    """Edit package_data.py, then ``packaging/build.py --files``: the files never drift apart."""
    for name, make in PD.WRITTEN.items():
        assert (PACKAGING / name).read_text("utf-8") == make(), f"packaging/{name} is stale: run build.py --files"


def test_the_package_data_knows_the_storage_application_id():
    assert PD.APPLICATION_ID == APPLICATION_ID


def test_desktop_file_validate_accepts_the_desktop_entry():
    result = subprocess.run([tool("desktop-file-validate"), str(PACKAGING / f"{PD.APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_the_desktop_entry_opens_cjm_files_with_the_cjm_command():
    entry = (PACKAGING / f"{PD.APP_ID}.desktop").read_text("utf-8").splitlines()
    assert "MimeType=application/x-cjm-project;" in entry
    assert "Exec=cjm %f" in entry
    assert f"Icon={PD.APP_ID}" in entry


def test_a_cjm_file_is_a_cjm_project_by_its_name(tmp_path, xdg):
    assert filetype(build(tmp_path / "x.cjm", notes=3), xdg) == "application/x-cjm-project"


def test_a_cjm_file_renamed_without_extension_is_a_cjm_project_by_its_content(tmp_path, xdg):
    renamed = build(tmp_path / "x.cjm", notes=3).rename(tmp_path / "renamed")
    assert struct.unpack(">I", renamed.read_bytes()[68:72]) == (APPLICATION_ID,)
    assert filetype(renamed, xdg) == "application/x-cjm-project"


def test_another_sqlite_database_without_extension_stays_sqlite(tmp_path, xdg):
    other = tmp_path / "other"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert filetype(other, xdg) == "application/vnd.sqlite3"


def test_the_cjm_type_is_a_subclass_of_sqlite(xdg):
    compiled = Path(xdg["XDG_DATA_HOME"]) / "mime" / "subclasses"
    assert "application/x-cjm-project application/vnd.sqlite3" in compiled.read_text("utf-8").splitlines()


def test_the_info_plist_declares_the_cjm_document_type():
    plist = plistlib.loads((PACKAGING / "Info.plist").read_bytes())
    assert plist["CFBundleExecutable"] == "cjm"
    [declared] = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeTagSpecification"] == {"public.filename-extension": ["cjm"],
                                                 "public.mime-type": ["application/x-cjm-project"]}
    [document] = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]


def test_the_inno_setup_script_associates_the_cjm_extension():
    script = (PACKAGING / "cjm.iss").read_text("utf-8")
    assert 'Subkey: "Software\\Classes\\.cjm"' in script
    assert 'ValueData: """{app}\\cjm.exe"" ""%1"""' in script
    assert "ChangesAssociations=yes" in script


@pytest.mark.parametrize("name", ["cjm-desktop", "application-x-cjm-project"])
def test_each_icon_has_an_svg_and_a_png_at_every_size(name):
    from PySide6.QtGui import QImage  # QImage reads PNG files without a QGuiApplication

    assert (ICONS / f"{name}.svg").read_text("utf-8").startswith("<svg ")
    sizes = [QImage(str(ICONS / f"{name}-{size}.png")).size().toTuple() for size in PD.ICON_SIZES]
    assert sizes == [(size, size) for size in PD.ICON_SIZES]


@pytest.mark.parametrize("name", ["cjm-desktop", "application-x-cjm-project"])
def test_each_windows_icon_holds_the_sizes_up_to_256(name):
    data = (ICONS / f"{name}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sides = [data[6 + 16 * i] or 256 for i in range(count)]
    assert (reserved, kind, sides) == (0, 1, [16, 24, 32, 48, 64, 128, 256])
