"""CJM Desktop entry point: ``main.py COMMAND ...`` runs the command line; ``main.py`` or
``main.py FILE.cjm`` starts the GUI, and ``main.py FILE.cjm --participation [--host H] [--port P]`` starts it
with participation from phones open (it prints ``participation: URL``)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

PARTICIPATION = "--participation"  # the GUI's option (ui/app.py: gui_options); every other option is the CLI's


def main(argv: list[str] | None = None) -> int:
    """Run the command line, or start the GUI."""
    argv = sys.argv[1:] if argv is None else argv
    from cjm_desktop.cli import run, wants_gui

    if not wants_gui(argv) and PARTICIPATION not in argv:
        return run(argv, image_exporter=export_png_images)
    # Start-up builds tens of thousands of objects that live as long as the app, and leaves almost no
    # garbage: collecting on the way would only slow the first paint (≈ 25 ms) and freeze the window
    # during the warm-up after it. The collector is on again once the warm-up ends (ui/app.py).
    gc.disable()
    from ui.app import run_gui

    return run_gui(argv)


def export_png_images(project: Path, target: Path, journey: str | None, scale: float, kind: str | None) -> list[Path]:
    """``cjm export --to OUT.png``: the images are drawn by the app's own canvas, so Qt is loaded
    for this command only."""
    from cjm_desktop.storage.errors import CjmError

    try:
        from ui.files.image_export import export_png
    except ImportError as error:
        raise CjmError(f"PNG export needs the desktop application's libraries ({error})") from None
    return export_png(project, target, journey, scale, kind)


if __name__ == "__main__":
    sys.exit(main())
