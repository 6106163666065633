"""Build CJM Desktop's Linux packages: ``.venv/bin/python packaging/build.py``.

Needs the ``package`` extra (``.venv/bin/pip install -e '.[package]'``: PyInstaller) and ``dpkg-deb``.
Writes into ``dist/``:

- ``cjm-<version>-linux-x86_64.tar.gz``: one top folder ``cjm-<version>/`` holding the executable ``cjm``
  (PyInstaller's one-folder bundle);
- ``cjm_<version>_amd64.deb``: the same bundle under ``/opt/cjm-desktop``, ``/usr/bin/cjm`` (a symlink), the
  desktop entry, the icons in the hicolor theme and the shared-mime-info package (dpkg's triggers of
  shared-mime-info, desktop-file-utils and hicolor-icon-theme update their caches).

``--files`` only rewrites what is written from ``package_data.py`` (desktop entry, MIME package, Info.plist,
Inno Setup script) and the PNG/ICO icons rendered from ``resources/icons/*.svg`` by Qt's SVG renderer.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import package_data as pd  # noqa: E402 - beside this script (packaging/ is not a Python package)

DIST = pd.ROOT / "dist"
BUILD = pd.ROOT / "build" / "package"
ICON_NAMES = (pd.APP_ID, pd.DOC_ICON)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
DEB_DEPENDS = ("libc6 (>= 2.31), libfontconfig1, libfreetype6, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, "
               "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libdbus-1-3, libglib2.0-0")


def render_icons(folder: Path = pd.ICONS) -> list[Path]:
    """Render each ``NAME.svg`` of ``folder`` to ``NAME-SIZE.png`` at every size of ``pd.ICON_SIZES``, and
    ``NAME.ico`` (PNG images, sizes 16…256) for Windows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    written = []
    for name in ICON_NAMES:
        renderer = QSvgRenderer(str(folder / f"{name}.svg"))
        if not renderer.isValid():
            raise SystemExit(f"error: {folder / name}.svg is not a valid SVG")
        pngs: dict[int, bytes] = {}
        for size in pd.ICON_SIZES:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            pngs[size] = bytes(data.data())
            path = folder / f"{name}-{size}.png"
            path.write_bytes(pngs[size])
            written.append(path)
        ico = folder / f"{name}.ico"
        ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
        written.append(ico)
    del _app
    return written


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows ``.ico`` holding PNG images (allowed since Windows Vista), one per size."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def write_files() -> None:
    """The files written from package_data.py, and the icons."""
    for path in pd.write_files():
        print(f"wrote {path.relative_to(pd.ROOT)}")
    print(f"rendered {len(render_icons())} icon files into {pd.ICONS.relative_to(pd.ROOT)}")


def pyinstaller() -> Path:
    """Run PyInstaller on packaging/cjm.spec; return the bundle's folder (holding ``cjm``)."""
    dist, work = BUILD / "pyinstaller-dist", BUILD / "pyinstaller-work"
    # Modules stored, not deflated, in the bundle's archive: inflating each one at import cost ~10 % of the
    # start-up (measured by tests/bench/bench_package.py); the tarball and the .deb are compressed anyway.
    env = {**os.environ, "PYINSTALLER_ZLIB_COMPRESSION_LEVEL": "0"}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(pd.HERE / "cjm.spec")],
                   check=True, cwd=pd.ROOT, env=env)
    bundle = dist / "cjm"
    if not (bundle / pd.EXECUTABLE).is_file():
        raise SystemExit(f"error: PyInstaller wrote no {bundle / pd.EXECUTABLE}")
    return bundle


def tarball(bundle: Path, version: str) -> Path:
    """``dist/cjm-<version>-linux-x86_64.tar.gz``, one top folder ``cjm-<version>``."""
    target = DIST / f"cjm-{version}-linux-x86_64.tar.gz"
    temp = target.with_name(target.name + ".part")
    with tarfile.open(temp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"cjm-{version}", filter=_normalised)
    temp.replace(target)
    return target


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
    return info


def deb(bundle: Path, version: str) -> Path:
    """``dist/cjm_<version>_amd64.deb``."""
    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    opt = root / "opt" / pd.APP_ID
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / pd.EXECUTABLE).symlink_to(f"/opt/{pd.APP_ID}/{pd.EXECUTABLE}")
    share = root / "usr" / "share"
    _put(share / "applications" / f"{pd.APP_ID}.desktop", pd.desktop_entry().encode())
    _put(share / "mime" / "packages" / f"{pd.APP_ID}.xml", pd.mime_package().encode())
    _put(share / "doc" / pd.APP_ID / "copyright", (pd.ROOT / "LICENSE").read_bytes())
    hicolor = share / "icons" / "hicolor"
    for name, context in ((pd.APP_ID, "apps"), (pd.DOC_ICON, "mimetypes")):
        _put(hicolor / "scalable" / context / f"{name}.svg", (pd.ICONS / f"{name}.svg").read_bytes())
        for size in pd.ICON_SIZES:
            _put(hicolor / f"{size}x{size}" / context / f"{name}.png", (pd.ICONS / f"{name}-{size}.png").read_bytes())
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = root / "DEBIAN" / "control"
    _put(control, "\n".join([
        f"Package: {pd.APP_ID}",
        f"Version: {version}",
        "Architecture: amd64",
        "Maintainer: CJM Desktop <cjm-desktop@localhost>",
        f"Installed-Size: {size_kib}",
        f"Depends: {DEB_DEPENDS}",
        "Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme",
        "Section: office",
        "Priority: optional",
        f"Description: {pd.WORDS.generic_en} workshops on the desktop",
        f" {pd.WORDS.comment_en}.",
        " Opens .cjm projects (application/x-cjm-project).",
        "",
    ]).encode())
    (root / "DEBIAN").chmod(0o755)
    target = DIST / f"cjm_{version}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(target)], check=True,
                   stdout=subprocess.DEVNULL)
    return target


def _put(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder`` (symlinks not followed)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", action="store_true", help="only rewrite the written files and the icons")
    args = parser.parse_args(argv)
    write_files()
    if args.files:
        return 0
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("error: dpkg-deb is needed to build the .deb (apt-get install dpkg)")
    version = pd.version()
    DIST.mkdir(exist_ok=True)
    start = time.perf_counter()
    bundle = pyinstaller()
    print(f"bundle {bundle.relative_to(pd.ROOT)}: {folder_size(bundle) / 1e6:.1f} MB "
          f"({time.perf_counter() - start:.0f} s)")
    for made in (tarball(bundle, version), deb(bundle, version)):
        print(f"wrote {made.relative_to(pd.ROOT)}: {made.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
