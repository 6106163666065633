"""Packaging benchmark: build the Linux packages, check what they hold, run the packaged ``cjm``, and compare
its start-up with the venv's.

1. ``packaging/build.py`` (PyInstaller one folder, then ``dist/cjm-<v>-linux-x86_64.tar.gz`` and
   ``dist/cjm_<v>_amd64.deb``), timed; ``--no-build`` reuses what ``dist/`` holds;
2. the tarball is unpacked into a temporary folder: one top folder holding the executable ``cjm``; the ``.deb``
   lists ``/opt/cjm-desktop/cjm``, the ``/usr/bin/cjm`` symlink, the desktop entry, the hicolor icons and the
   MIME package;
3. the lazily imported libraries are in the bundle's archive (aiohttp, segno, sqlmodel, SQLAlchemy's SQLite
   dialect, reportlab, PIL, qtawesome) and its data (resources/, qtawesome's fonts, Qt's translations);
4. the packaged ``cjm info`` reads a sample project and ``cjm export --to x.pdf`` writes a PDF;
5. start-up: the packaged ``cjm SAMPLE`` and the venv's ``python main.py SAMPLE`` launched alternately (fresh
   data folder each, warm caches: one untimed launch of each first), timed from ``Popen`` to the end of the first
   paint through the app's ``CJM_REPORT_FIRST_PAINT=1`` hook (``ui/app.py``). Target: packaged median ≤ 1.0 ×
   the venv's median.

    .venv/bin/python tests/bench/bench_package.py [--runs 9] [--no-build] [--platform offscreen]

Prints the bundle's size, the packages' sizes and the times; exits with status 1 when a check or the target fails.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.sample_project import build as build_sample  # noqa: E402

BUDGET = 1.0
IN_ARCHIVE = ("aiohttp", "aiohttp.web", "segno", "sqlmodel", "sqlalchemy.dialects.sqlite", "reportlab.pdfgen.canvas",
              "PIL.Image", "qtawesome", "cjm_desktop.participation.server", "ui.files.image_export")
IN_FOLDER = ("resources/templates", "resources/fonts/DejaVuSansCondensed.ttf", "resources/translations/cjm_fr.qm",
             "resources/participation/index.html", "resources/icons/cjm-desktop.svg", "qtawesome/fonts",
             "PySide6/Qt/translations", "PySide6/Qt/plugins/platforms/libqoffscreen.so")
IN_DEB = ("./opt/cjm-desktop/cjm", "./usr/bin/cjm -> /opt/cjm-desktop/cjm",
          "./usr/share/applications/cjm-desktop.desktop", "./usr/share/mime/packages/cjm-desktop.xml",
          "./usr/share/icons/hicolor/scalable/apps/cjm-desktop.svg",
          "./usr/share/icons/hicolor/48x48/apps/cjm-desktop.png",
          "./usr/share/icons/hicolor/512x512/apps/cjm-desktop.png",
          "./usr/share/icons/hicolor/48x48/mimetypes/application-x-cjm-project.png")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def painted_ms(command: list[str], env: dict[str, str], data: Path) -> float:
    """One launch with a fresh data folder: ms from Popen to the first paint's end (the app's hook)."""
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env={**env, "CJM_DATA_DIR": str(data)},
                            timeout=120, cwd=data.parent)
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name == "painted":
            return (float(value) - start) * 1000
    raise RuntimeError(f"{command[0]} never painted (status {result.returncode}): {result.stderr[-2000:]}")


class Checks:
    """Prints each check; remembers whether all passed."""

    def __init__(self) -> None:
        self.ok = True

    def __call__(self, label: str, passed: bool, detail: str = "") -> None:
        self.ok &= passed
        print(f"  {'ok' if passed else 'FAILED'}: {label}{f' ({detail})' if detail else ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-build", action="store_true", help="reuse the packages in dist/")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    tarball, deb = ROOT / "dist" / f"cjm-{version}-linux-x86_64.tar.gz", ROOT / "dist" / f"cjm_{version}_amd64.deb"
    if not args.no_build:
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True, cwd=ROOT)
        print(f"build: {time.perf_counter() - start:.0f} s")
    check = Checks()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("packages:")
        with tarfile.open(tarball) as tar:
            tops = {name.split("/")[0] for name in tar.getnames()}
            tar.extractall(folder / "unpacked", filter="tar")
        check("the tarball holds one top folder", tops == {f"cjm-{version}"}, ", ".join(sorted(tops)))
        bundle = folder / "unpacked" / f"cjm-{version}"
        cjm = bundle / "cjm"
        check("it holds the executable cjm", cjm.is_file() and os.access(cjm, os.X_OK))
        listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
        paths = {" ".join(line.split()[5:]) for line in listing.splitlines()}
        missing = [p for p in IN_DEB if p not in paths]
        check("the .deb holds the app, /usr/bin/cjm, the desktop entry, the icons, the MIME package",
              not missing, f"missing {missing}" if missing else "")
        archive = subprocess.run([str(ROOT / ".venv" / "bin" / "pyi-archive_viewer"), "-b", "-r", str(cjm)],
                                 capture_output=True, text=True, check=True).stdout.split()
        missing = [m for m in IN_ARCHIVE if m not in archive]
        check("the lazily imported modules are bundled", not missing, f"missing {missing}" if missing else "")
        internal = bundle / "_internal"
        missing = [p for p in IN_FOLDER if not (internal / p).exists()]
        check("the data files are bundled", not missing, f"missing {missing}" if missing else "")

        print("the packaged cjm:")
        sample = build_sample(folder / "atelier.cjm", notes=60)
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "CJM_DATA_DIR": str(folder / "data-cli")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run from cached bytecode (.pyc)
        info = subprocess.run([str(cjm), "info", str(sample)], capture_output=True, text=True, env=env, timeout=60)
        title = json.loads(info.stdout).get("title") if info.returncode == 0 else None
        check("cjm info reads a project", bool(title), str(title or info.stderr[-500:]))
        pdf = folder / "atelier.pdf"
        export = subprocess.run([str(cjm), "export", str(sample), "--to", str(pdf)], capture_output=True, text=True,
                                env=env, timeout=120)
        check("cjm export writes a PDF", export.returncode == 0 and pdf.read_bytes()[:5] == b"%PDF-",
              export.stdout.strip() or export.stderr[-500:])

        env["CJM_REPORT_FIRST_PAINT"] = "1"
        kinds = {"venv (python main.py)": [sys.executable, str(ROOT / "main.py"), str(sample)],
                 "packaged (cjm)": [str(cjm), str(sample)]}
        times: dict[str, list[float]] = {label: [] for label in kinds}
        launches = 0
        for run in range(args.runs + 1):  # the first round is untimed: warm bytecode and file caches
            for label, command in kinds.items():
                launches += 1
                value = painted_ms(command, env, folder / f"data-{launches}")
                if run:
                    times[label].append(value)
        medians = {label: statistics.median(values) for label, values in times.items()}
        print(f"start-up on {args.platform}, {args.runs} runs each, alternating: ms from launch to the first paint")
        for label, values in times.items():
            print(f"  {label:24} median {medians[label]:6.0f}   {', '.join(f'{v:.0f}' for v in values)}")
        ratio = medians["packaged (cjm)"] / medians["venv (python main.py)"]
        check(f"packaged / venv first paint: {ratio:.2f}× (target ≤ {BUDGET}×)", ratio <= BUDGET)

        print("sizes:")
        print(f"  bundle (unpacked): {folder_size(bundle) / 1e6:.1f} MB in {sum(1 for _ in bundle.rglob('*'))} "
              f"files; Qt {folder_size(internal / 'PySide6') / 1e6:.1f} MB")
        print(f"  {tarball.name}: {tarball.stat().st_size / 1e6:.1f} MB; {deb.name}: {deb.stat().st_size / 1e6:.1f} MB")
    print("all checks passed" if check.ok else "SOME CHECKS FAILED")
    return 0 if check.ok else 1


if __name__ == "__main__":
    sys.exit(main())
