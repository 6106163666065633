"""The command line: ``new``, ``info`` and ``check`` (the GUI is started by ``main.py``).

Every failure prints one line starting with ``error:`` on stderr and exits with status 2;
input files are only ever read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .storage.errors import CjmError

COMMANDS = ("new", "info", "check")
EXIT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage block
        raise CjmError(message)


def build_parser() -> argparse.ArgumentParser:
    from .templates import DEFAULT_TEMPLATE, TEMPLATE_IDS

    parser = _Parser(prog="cjm", description="CJM Desktop: customer journey maps.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    new = sub.add_parser("new", help="create a project with one current journey from a template")
    new.add_argument("file", type=Path)
    new.add_argument("--template", choices=TEMPLATE_IDS, default=DEFAULT_TEMPLATE)
    new.add_argument("--title", default="")
    info = sub.add_parser("info", help="print a project's summary as JSON")
    info.add_argument("file", type=Path)
    check = sub.add_parser("check", help="validate a project file")
    check.add_argument("file", type=Path)
    return parser


def wants_gui(argv: list[str]) -> bool:
    """No arguments, or a single project path: the GUI. Anything else is a command."""
    if not argv:
        return True
    if len(argv) > 1 or argv[0] in COMMANDS or argv[0].startswith("-"):
        return False
    return argv[0].lower().endswith(".cjm") or Path(argv[0]).is_file()


def run(argv: list[str]) -> int:
    """Run one command; return the exit status."""
    try:
        args = build_parser().parse_args(argv)
        return {"new": cmd_new, "info": cmd_info, "check": cmd_check}[args.command](args)
    except CjmError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted")
    except BrokenPipeError:  # the reader went away (``cjm info … | head``): not our error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # noqa: BLE001 - the contract is one line, never a traceback
        return fail(f"unexpected failure ({type(error).__name__}: {error})")


def fail(message: str) -> int:
    print("error: " + " ".join(message.split()), file=sys.stderr)
    return EXIT_ERROR


def cmd_new(args: argparse.Namespace) -> int:
    from .document import Document
    from .paths import default_data_dir
    from .storage.working import WorkingStore
    from .templates import new_project_ops

    path: Path = args.file
    if path.exists() or path.is_symlink():
        raise CjmError(f"{path} already exists; choose another name (nothing was overwritten)")
    if not path.parent.is_dir():
        raise CjmError(f"the folder {path.parent} does not exist")
    doc = Document.new(WorkingStore(default_data_dir()), new_project_ops(args.title, args.template))
    try:
        doc.save(path)
    finally:
        doc.close(save=False, keep=False)
    return 0


def summary(state, version: int) -> dict:
    """The ``info`` JSON of a project."""
    from .domain import Touchpoint

    counts: dict[int, int] = {}
    for note in state.of(Touchpoint).values():
        counts[note.journey_id] = counts.get(note.journey_id, 0) + 1
    return {
        "title": state.project.title,
        "schema_version": version,
        "journeys": [
            {
                "name": j.name,
                "kind": j.kind.value,
                "persona": state.persona_name(j.persona_id),
                "stages": len(state.stages(j.id)),
                "channels": len(state.channels(j.id)),
                "touchpoints": counts.get(j.id, 0),
            }
            for j in state.journeys
        ],
    }


def cmd_info(args: argparse.Namespace) -> int:
    from .storage.safe_open import validate_file

    validated = validate_file(args.file)
    validated.conn.close()
    print(json.dumps(summary(validated.state, validated.version), ensure_ascii=False, indent=2))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .storage.safe_open import validate_file

    validate_file(args.file).conn.close()
    print("ok")
    return 0
