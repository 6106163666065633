"""Fichier › Importer…, Exporter… and Exporter en PDF…: the dialogs around ``cjm_desktop.interop``
and ``cjm_desktop.pdf`` (what they refused or left out is told with ``problem_messages``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cjm_desktop.commands.imports import ImportJourneys, ImportSummary
from cjm_desktop.interop.files import export_journeys, read_import, safe_file_stem
from cjm_desktop.interop.model import ImportRefused
from cjm_desktop.model.domain import ProjectState, Snapshot
from ui.files.problem_messages import describe, problem_lines
from ui.host.feature_host import FeatureHost
from ui.widgets.plain_text import fill

translate = QCoreApplication.translate


def export_filters() -> str:
    """The file types of the export dialog (the first is the default)."""
    return ";;".join([
        translate("Import", "Spreadsheet, CSV (*.csv)"),
        translate("Import", "OpenJourney (*.ojf *.json)"),
        translate("Import", "Mermaid journey diagram (*.mmd *.mermaid)"),
    ])


def import_filter() -> str:
    every = translate("Import", "Journeys from other tools (*.csv *.ojf *.json *.mmd *.mermaid)")
    return ";;".join([every, export_filters()])


def run_import(host: FeatureHost) -> bool:
    """Ask for a file and add what it holds to the open project (one undo step); report."""
    controller = host.controller
    if controller.doc is None:
        return False
    path = host.prompts.import_path(host.parent_widget(), import_filter())
    if path is None:
        return False
    try:
        imported = read_import(path)
    except ImportRefused as refused:
        sentence = fill(translate("Import", "« %1 » was not imported: %2"), path.name, describe(refused.problems[0]))
        host.show_failure(sentence, "\n".join(problem_lines(refused.problems)))
        return False
    except Exception as error:  # noqa: BLE001 - a stranger's file must never take the app down
        host.show_failure(translate("Import", "« %1 » could not be read.").replace("%1", path.name),
                            f"{type(error).__name__}: {error}")
        return False
    command = ImportJourneys(imported.journeys)
    label = translate("Import", "Import « %1 »").replace("%1", path.name)
    if not controller.execute(command, label):
        return False
    host.show_journey(_first_journey_touched(controller.doc.state, command.summary))
    host.prompts.report(host.parent_widget(), translate("Import", "Import"), summary_sentence(path, command.summary),
                          problem_lines(imported.problems))
    return True


def _first_journey_touched(state, summary: ImportSummary) -> int | None:
    names = summary.journeys_created or summary.journeys_completed
    return next((j.id for j in reversed(state.journeys) if names and j.name == names[0]), None)


def summary_sentence(path: Path, summary: ImportSummary) -> str:
    notes = translate("Import", "%n note(s) imported from « %1 »", "", summary.notes).replace("%1", path.name)
    parts = [notes]
    if summary.journeys_created:
        created = translate("Import", "new journey: %1", "", len(summary.journeys_created))
        parts.append(created.replace("%1", ", ".join(f"« {n} »" for n in summary.journeys_created)))
    if summary.journeys_completed:
        completed = translate("Import", "added to: %1", "", len(summary.journeys_completed))
        parts.append(completed.replace("%1", ", ".join(f"« {n} »" for n in summary.journeys_completed)))
    if summary.stages or summary.channels:
        lines = translate("Import", "%1 stages and %2 channels created")
        parts.append(lines.replace("%1", str(summary.stages)).replace("%2", str(summary.channels)))
    return " · ".join(parts) + "."


def run_export(host: FeatureHost, state: ProjectState | None = None, snapshot_name: str = "") -> bool:
    """Ask for a file and write the project's journeys to it: CSV holds them all, OpenJourney
    and Mermaid the journey on screen (their files hold one journey). ``state``: a snapshot's project
    instead of the open one (« Instantanés › Exporter… »), its name joining the suggested file name."""
    doc = host.controller.doc
    state = doc.state if doc is not None and state is None else state
    if doc is None or state is None or not state.journeys:
        return False
    host.tabs.commit_editors()
    current = host.current_journey_id()
    journey = next((j for j in state.journeys if j.id == current), state.journeys[0])
    title = " - ".join(filter(None, [state.project.title.strip() or journey.name, snapshot_name]))
    suggested = (doc.path.parent if doc.path else Path.home()) / f"{safe_file_stem(title)}.csv"
    path = host.prompts.export_path(host.parent_widget(), suggested, export_filters())
    if path is None:
        return False
    journeys = state.journeys if path.suffix.lower() == ".csv" else [journey]
    try:
        result = export_journeys(state, journeys, path)
    except ImportRefused as refused:
        host.show_failure(describe(refused.problems[0]))
        return False
    except Exception as error:  # noqa: BLE001 - tell the user; the project is untouched either way
        host.show_failure(translate("Import", "The export to « %1 » failed; nothing was written.")
                            .replace("%1", path.name), f"{type(error).__name__}: {error}")
        return False
    sentence = translate("Import", "%n journey(s) exported to « %1 ».", "", len(journeys)).replace("%1", path.name)
    host.show_status(sentence)
    if result.problems:
        host.prompts.report(host.parent_widget(), translate("Import", "Export"), sentence,
                            problem_lines(result.problems))
    return True



def run_pdf_export(host: FeatureHost, state: ProjectState | None = None, snapshot: Snapshot | None = None) -> bool:
    """Fichier › Exporter en PDF…: options with a preview, then the file, with a progress bar. ``state``: the
    project as ``snapshot`` holds it instead of the open one; its name joins the suggested file name, and its name
    and time are printed on the maps."""
    from PySide6.QtWidgets import QProgressDialog

    from cjm_desktop.pdf.export import export_pdf  # reportlab loads at export time
    from ui.files.pdf_dialog import PdfDialog
    from ui.i18n import language

    doc = host.controller.doc
    state = doc.state if doc is not None and state is None else state
    if doc is None or state is None or not state.journeys:
        return False
    host.tabs.commit_editors()
    dialog = PdfDialog(state, host.current_journey_id(), language(), host.parent_widget())
    try:
        if not host.prompts.exec_dialog(dialog):
            return False
        choice = dialog.choice()
    finally:
        dialog.deleteLater()
    snapshot_name = snapshot.name if snapshot is not None else ""
    title = " - ".join(filter(None, [state.project.title.strip() or choice.journeys[0].name, snapshot_name]))
    suggested = (doc.path.parent if doc.path else Path.home()) / f"{safe_file_stem(title)}.pdf"
    path = host.prompts.export_path(host.parent_widget(), suggested, translate("Import", "PDF document (*.pdf)"))
    if path is None:
        return False
    progress = QProgressDialog(translate("Import", "Exporting the PDF…"), "", 0, 100, host.parent_widget())
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)
    try:
        options = replace(choice.options, snapshot=snapshot)
        result = export_pdf(state, choice.journeys, path, options,
                            progress=lambda done: progress.setValue(round(done * 100)))
    except Exception as error:  # noqa: BLE001 - tell the user; the project is untouched either way
        host.show_failure(translate("Import", "The export to « %1 » failed; nothing was written.")
                            .replace("%1", path.name), f"{type(error).__name__}: {error}")
        return False
    finally:
        progress.close()
        progress.deleteLater()
    sentence = translate("Import", "PDF saved to « %1 »: %n page(s).", "", result.pages).replace("%1", path.name)
    host.show_status(sentence)
    if result.notices or result.problems:
        host.prompts.report(host.parent_widget(), translate("Import", "Export"), sentence,
                              problem_lines(result.notices + result.problems))
    return True
