"""The command line: ``new``, ``info``, ``check``, ``import``, ``export`` and ``snapshot`` (the GUI is
started by ``main.py``).

Every failure prints one line starting with ``error:`` on stderr and exits with status 2;
warnings (what an import or export left out) are ``warning:`` lines. Input files are only
ever read; ``import`` and ``snapshot`` change their project in one transaction, or not at all.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cjm_desktop.storage.errors import CjmError

if TYPE_CHECKING:
    from cjm_desktop.interop.model import Problem
    from cjm_desktop.model.domain import Journey, ProjectState, Snapshot

COMMANDS = ("new", "info", "check", "import", "export", "snapshot")
# Writes the PNG images of a project's journeys: (project, target, journey name, scale, kind) -> files written
ImageExporter = Callable[[Path, Path, str | None, float, str | None], list[Path]]
EXIT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage block
        raise CjmError(message)


def build_parser() -> argparse.ArgumentParser:
    from cjm_desktop.templates import DEFAULT_TEMPLATE, TEMPLATE_IDS

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
    kinds = ("current", "target")
    imp = sub.add_parser("import", help="add the content of a CSV, OpenJourney (.ojf/.json) or Mermaid file "
                                        "(created when missing)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--from", dest="source", type=Path, required=True, metavar="IN")
    imp.add_argument("--journey", metavar="NAME", help="put everything in this journey")
    imp.add_argument("--kind", choices=kinds, help="the kind of the imported journeys")
    exp = sub.add_parser("export", help="write journeys as a PDF map, CSV, OpenJourney (.ojf/.json), Mermaid (.mmd) "
                                        "or PNG images")
    exp.add_argument("file", type=Path)
    exp.add_argument("--to", dest="target", type=Path, required=True, metavar="OUT")
    which = exp.add_mutually_exclusive_group()
    which.add_argument("--journey", metavar="NAME")
    which.add_argument("--kind", choices=(*kinds, "all"), default="all")
    exp.add_argument("--delimiter", choices=(";", ",", "tab"), default=";", help="CSV only (default ;)")
    exp.add_argument("--scale", type=float, default=1.0, help="PNG only (default 1: the canvas at 100 %%)")
    exp.add_argument("--paper", choices=("A4", "A3", "A2", "A1", "A0"), default="A3", help="PDF only (landscape)")
    exp.add_argument("--fit", choices=("page", "tile"), default="page",
                     help="PDF only: a page per journey (split when not legible) or a poster in tiles")
    exp.add_argument("--lang", choices=("fr", "en"), default="fr", help="PDF only: the language of its labels")
    exp.add_argument("--no-cover", dest="cover", action="store_false",
                     help="PDF only: no cover page (project sheet and table of contents)")
    exp.add_argument("--snapshot", metavar="NAME", help="export this snapshot as it was (the latest of that name)")
    snap = sub.add_parser("snapshot", help="keep the project as it is now under a name, inside the file")
    snap.add_argument("file", type=Path)
    snap.add_argument("--name", required=True)
    return parser


def wants_gui(argv: list[str]) -> bool:
    """No arguments, or a single project path: the GUI. Anything else is a command."""
    if not argv:
        return True
    if len(argv) > 1 or argv[0] in COMMANDS or argv[0].startswith("-"):
        return False
    return argv[0].lower().endswith(".cjm") or Path(argv[0]).is_file()


def run(argv: list[str], image_exporter: ImageExporter | None = None) -> int:
    """Run one command; return the exit status. ``image_exporter`` writes PNG images (``export
    --to OUT.png``); the entry point passes the GUI's, so that the core needs no Qt."""
    try:
        args = build_parser().parse_args(argv)
        if args.command == "export":
            return cmd_export(args, image_exporter)
        commands = {"new": cmd_new, "info": cmd_info, "check": cmd_check, "import": cmd_import,
                    "snapshot": cmd_snapshot}
        return commands[args.command](args)
    except CjmError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted")
    except BrokenPipeError:  # the reader went away (``cjm info … | head``): not our error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # noqa: BLE001 - the contract is one line, never a traceback
        return fail(f"unexpected failure ({type(error).__name__}: {error})")


def counted(n: int, singular: str, plural: str = "") -> str:
    """« 1 note », « 2 notes », « 0 notes »: ``n`` and the word in the number it needs (English)."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def language() -> str:
    """The language of what a command creates: ``en`` when ``CJM_LANG`` starts with ``en``, else ``fr`` (as the
    GUI's choice, which ``CJM_LANG`` overrides there too)."""
    return "en" if os.environ.get("CJM_LANG", "fr").lower().startswith("en") else "fr"


def fail(message: str) -> int:
    print("error: " + " ".join(message.split()), file=sys.stderr)
    return EXIT_ERROR


def cmd_new(args: argparse.Namespace) -> int:
    from cjm_desktop.commands.new_project import new_project_ops
    from cjm_desktop.document import Document
    from cjm_desktop.model.ops import Put
    from cjm_desktop.paths import default_data_dir
    from cjm_desktop.storage import codec
    from cjm_desktop.storage.working import WorkingStore

    path: Path = args.file
    if path.exists() or path.is_symlink():
        raise CjmError(f"{path} already exists; choose another name (nothing was overwritten)")
    if not path.parent.is_dir():
        raise CjmError(f"the folder {path.parent} does not exist")
    ops = new_project_ops(args.title, args.template, language=language())
    for op in ops:  # the rules every edit follows, before anything is created
        if isinstance(op, Put):
            try:
                codec.validate(op.entity)
            except ValueError as error:
                raise CjmError(f"{error}; nothing was created") from None
    doc = Document.new(WorkingStore(default_data_dir()), ops)
    try:
        doc.save(path)
    finally:
        doc.close(save=False, keep=False)
    return 0


def summary(state: ProjectState, version: int, notes: dict[int, int] | None = None) -> dict[str, object]:
    """The ``info`` JSON of a project. ``notes``: the number of notes of each journey, by id (default:
    counted in ``state``)."""
    from cjm_desktop.model.domain import Journey, Participant, Snapshot, Touchpoint, VotingSession

    counts: dict[int, int] = {}
    if notes is not None:
        counts = notes
    else:
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
                "derived_from": derived_from.name if (derived_from := state.get(Journey, j.derived_from_id)) else None,
                "stages": len(state.stages(j.id)),
                "channels": len(state.channels(j.id)),
                "touchpoints": counts.get(j.id, 0),
            }
            for j in state.journeys
        ],
        "snapshots": [
            {"name": snap.name, "created": snap.created_at, "notes": snap.note_count}
            for snap in sorted(state.of(Snapshot).values(), key=lambda snap: (snap.created_at, snap.id))
        ],
        "voting_sessions": [
            {
                "name": session.name,
                "scope": session.scope.value,
                "participants": sum(1 for p in state.of(Participant).values() if p.session_id == session.id),
                "dots": sum(state.session_dots(session.id).values()),
            }
            for session in sorted(state.of(VotingSession).values(), key=lambda session: (session.position, session.id))
        ],
    }


def cmd_info(args: argparse.Namespace) -> int:
    from cjm_desktop.model.domain import Channel, Journey, Participant, Persona, Snapshot, Stage, Vote, VotingSession
    from cjm_desktop.storage.safe_open import validate_file

    # Every row is checked (a file ``check`` refuses, ``info`` refuses too), but only what the summary
    # names is built: the notes are counted by SQL, in the validated private copy.
    validated = validate_file(args.file, kinds=(Persona, Journey, Stage, Channel, Snapshot, VotingSession,
                                                Participant, Vote))
    try:
        notes = dict(validated.conn.execute("SELECT journey_id, count(*) FROM touchpoint GROUP BY journey_id"))
    finally:
        validated.conn.close()
    print(json.dumps(summary(validated.state, validated.version, notes), ensure_ascii=False, indent=2))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from cjm_desktop.model.domain import Snapshot, SnapshotChunk
    from cjm_desktop.storage.safe_open import validate_file
    from cjm_desktop.storage.snapshots import check_snapshots

    # every row is checked; only the snapshots are kept, to read each of them as strictly as the file
    validated = validate_file(args.file, kinds=(Snapshot, SnapshotChunk))
    validated.conn.close()
    check_snapshots(validated.state)
    if validated.repaired:  # sound once healed: still a success (the file itself was not touched)
        print("ok (repaired: stale indexes were rebuilt; the next save writes the repaired project)")
    else:
        print("ok")
    return 0


def warn(problems: list[Problem]) -> None:
    for problem in problems:
        print("warning: " + " ".join(str(problem).split()), file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from cjm_desktop.commands.imports import ImportJourneys
    from cjm_desktop.document import Document
    from cjm_desktop.interop.files import read_import
    from cjm_desktop.model.domain import Project
    from cjm_desktop.model.ops import Put
    from cjm_desktop.paths import default_data_dir
    from cjm_desktop.storage.working import WorkingStore

    imported = read_import(args.source, args.journey, args.kind)  # before anything is opened or created
    store = WorkingStore(default_data_dir())
    path: Path = args.file
    if path.exists():
        doc = Document.open(store, path, transient=True)
        if doc.report.restored_revision is not None or doc.report.kept_aside is not None:
            doc.close(save=False, keep=True)
            raise CjmError(f"{path} has unsaved edits from an earlier session: open it in CJM Desktop first "
                           "(nothing was changed)")
    else:
        if not path.parent.is_dir():
            raise CjmError(f"the folder {path.parent} does not exist")
        from cjm_desktop.model.clock import utc_now

        now = utc_now()
        doc = Document.new(store, [Put(Project(title=args.source.stem, created_at=now, updated_at=now))])
    try:
        command = ImportJourneys(imported.journeys)
        doc.execute(command)
        doc.save(path)
    finally:
        doc.close(save=False, keep=False)
    warn(imported.problems)
    done = command.summary
    journeys = len(done.journeys_created) + len(done.journeys_completed)
    print(f"imported {counted(done.notes, 'note')} into {counted(journeys, 'journey')} "
          f"({len(done.journeys_created)} created); {counted(done.stages, 'stage')}, "
          f"{counted(done.channels, 'channel')} and {counted(done.personas, 'persona')} created")
    return 0


def cmd_export(args: argparse.Namespace, image_exporter: ImageExporter | None = None) -> int:
    if not args.target.parent.is_dir():
        raise CjmError(f"the folder {args.target.parent} does not exist")
    if args.target.suffix.lower() == ".png":
        if args.snapshot is not None:
            return export_snapshot_image(args, image_exporter)
        return export_image(args, image_exporter)
    from cjm_desktop.interop.files import export_journeys, select_journeys
    from cjm_desktop.storage.safe_open import validate_file

    validated = validate_file(args.file)
    validated.conn.close()
    snapshot = None if args.snapshot is None else latest_snapshot(validated.state, args.snapshot)
    state = validated.state if snapshot is None else snapshot_state(validated.state, snapshot.name)
    # One command, then the process ends: what was read stays to the end, so the cyclic garbage collector
    # need not walk it again each time the export allocates (a tenth of a CSV export's time, measured).
    gc.freeze()
    journeys = select_journeys(state, args.journey, args.kind)
    if args.target.suffix.lower() == ".pdf":
        return export_pdf(state, journeys, args, snapshot)
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    result = export_journeys(state, journeys, args.target, delimiter)
    warn(result.problems)
    for written in result.files:
        print(f"wrote {written}")
    return 0


def export_pdf(state: ProjectState, journeys: list[Journey], args: argparse.Namespace,
               snapshot: Snapshot | None = None) -> int:
    """``export … --to OUT.pdf``; ``snapshot``: the map is that snapshot's (its name and time are printed)."""
    from cjm_desktop.pdf.export import export_pdf
    from cjm_desktop.pdf.page import PdfOptions

    result = export_pdf(state, journeys, args.target, PdfOptions(args.paper, args.fit, args.lang, cover=args.cover,
                                                                 snapshot=snapshot))
    for notice in result.notices:
        print(notice)  # how the map was laid out: information, not a warning
    warn(result.problems)
    print(f"wrote {args.target} ({counted(result.pages, 'page')})")
    return 0


def export_image(args: argparse.Namespace, image_exporter: ImageExporter | None) -> int:
    """``export --to OUT.png``: drawn by the GUI's canvas, which the entry point hands over (the
    core never imports Qt)."""
    if image_exporter is None:
        raise CjmError("PNG export needs the desktop application (run it through main.py or cjm)")
    for written in image_exporter(args.file, args.target, args.journey, args.scale, args.kind):
        print(f"wrote {written}")
    return 0


def snapshot_state(state: ProjectState, name: str) -> ProjectState:
    """The project as the latest snapshot named ``name`` holds it (``CjmError`` when there is none)."""
    from cjm_desktop.storage.snapshots import read_snapshot

    return read_snapshot(state, latest_snapshot(state, name).id)


def latest_snapshot(state: ProjectState, name: str) -> Snapshot:
    """The latest snapshot named ``name`` (``CjmError`` when there is none)."""
    from cjm_desktop.model.domain import Snapshot

    named = [s for s in state.of(Snapshot).values() if s.name == name]
    if not named:
        known = ", ".join(sorted({f"« {s.name} »" for s in state.of(Snapshot).values()})) or "none"
        raise CjmError(f"the project holds no snapshot named « {name} » (its snapshots: {known})")
    return max(named, key=lambda s: (s.created_at, s.id))


def export_snapshot_image(args: argparse.Namespace, image_exporter: ImageExporter | None) -> int:
    """``export --snapshot NAME --to OUT.png``: the snapshot is written to a temporary project, which the
    GUI's canvas draws like any other (the image exporter reads project files)."""
    import tempfile

    from cjm_desktop.document import Document
    from cjm_desktop.model.ops import Op, Put
    from cjm_desktop.paths import default_data_dir
    from cjm_desktop.storage.safe_open import validate_file
    from cjm_desktop.storage.working import WorkingStore

    if image_exporter is None:
        raise CjmError("PNG export needs the desktop application (run it through main.py or cjm)")
    validated = validate_file(args.file)
    validated.conn.close()
    state = snapshot_state(validated.state, args.snapshot)
    ops: list[Op] = [Put(state.project)]
    for table in state.tables.values():
        ops += [Put(entity) for entity in table.values()]  # type: ignore[arg-type]  # entities of their table
    with tempfile.TemporaryDirectory(prefix="cjm-snapshot-") as folder:
        copy = Path(folder) / "snapshot.cjm"
        doc = Document.new(WorkingStore(default_data_dir()), ops)
        try:
            doc.save(copy)
        finally:
            doc.close(save=False, keep=False)
        written = image_exporter(copy, args.target, args.journey, args.scale, args.kind)
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_snapshot(args: argparse.Namespace) -> int:
    """``snapshot FILE.cjm --name NAME``: take a snapshot and save the file (atomically, like ``import``)."""
    from cjm_desktop.commands.snapshots import TakeSnapshot
    from cjm_desktop.document import Document
    from cjm_desktop.model.domain import Snapshot
    from cjm_desktop.paths import default_data_dir
    from cjm_desktop.storage.working import WorkingStore

    path: Path = args.file
    if not args.name.strip():
        raise CjmError("a snapshot needs a name (nothing was changed)")
    if not path.exists():
        raise CjmError(f"{path} does not exist")
    doc = Document.open(WorkingStore(default_data_dir()), path, transient=True)
    if doc.report.restored_revision is not None or doc.report.kept_aside is not None:
        doc.close(save=False, keep=True)
        raise CjmError(f"{path} has unsaved edits from an earlier session: open it in CJM Desktop first "
                       "(nothing was changed)")
    try:
        command = TakeSnapshot(args.name)
        doc.execute(command)
        doc.save(path)
        snapshot = doc.state.of(Snapshot)[command.created_id] if command.created_id is not None else None
    finally:
        doc.close(save=False, keep=False)
    if snapshot is not None:
        notes = counted(snapshot.note_count, "note")
        print(f"took the snapshot « {snapshot.name} » ({notes}) at {snapshot.created_at}")
    return 0
