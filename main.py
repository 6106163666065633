"""CJM Desktop entry point: ``main.py COMMAND ...`` runs the command line; ``main.py`` or
``main.py FILE.cjm`` starts the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from cjm_desktop.cli import run, wants_gui

    if not wants_gui(argv):
        return run(argv)
    from ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
