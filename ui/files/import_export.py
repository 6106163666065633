"""Fichier › Importer… and Exporter…: the dialogs around ``cjm_desktop.interop``, and the
translated sentences of what an import or export refused, left out or changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cjm_desktop.commands.imports import ImportJourneys, ImportSummary
from cjm_desktop.interop.files import export_journeys, read_import, safe_file_stem
from cjm_desktop.interop.model import MAX_REPORTED, ImportRefused, Problem

translate = QCoreApplication.translate


def _sentences() -> dict[str, str]:
    """The user's-language sentence of each problem code (placeholders as in the core)."""
    return {
        "too_large": translate("Import", "The file is too large to import ({size} MB; the limit is {limit} MB)."),
        "not_text": translate("Import", "The file is not a text file (CSV, OpenJourney or Mermaid)."),
        "unknown_format": translate("Import", "Unknown file type « {extension} »: choose a .csv, .ojf, .json, .mmd or "
                                      ".mermaid file."),
        "too_many_rows": translate("Import", "The file holds more than {limit} notes; split it into several imports."),
        "too_long": translate("Import", "Line {line}: the « {column} » cell is longer than {limit} characters."),
        "bad_value": translate("Import", "Line {line}: « {value} » is not a valid « {column} » ({expected})."),
        "bad_row": translate("Import", "Line {line}: {count} cells, but the header has {expected}."),
        "bad_csv": translate("Import", "Line {line}: the file is not a valid CSV file (a quote is not closed?)."),
        "empty": translate("Import", "The file holds nothing to import."),
        "bad_json": translate("Import", "The file is not valid JSON (line {line})."),
        "not_ojf": translate("Import", "The file is not an OpenJourney (.ojf) file."),
        "not_mermaid": translate("Import", "The file is not a Mermaid « journey » diagram (it must start with « journey »)."),
        "bad_mermaid": translate("Import", "Line {line}: « {value} » is not a line of a Mermaid journey."),
        "parked": translate("Import", "Line {line}: « {text} » has no {missing}; it was put in « To sort »."),
        "skipped_node": translate("Import", "Node {line} was skipped (it has no title or is malformed)."),
        "ignored_field": translate("Import", "Node {line}: the field « {column} » was ignored (invalid value)."),
        "unknown_fields": translate("Import", "Fields unknown to the OpenJourney format were ignored: {names}."),
        "ignored_values": translate("Import", "Line {line}: the values of a row without a text were ignored."),
        "unnamed_stage": translate("Import", "Column {line}: a stage without a name was called « {value} »."),
        "unnamed_channel": translate("Import", "Line {line}: a channel without a name was called « {value} »."),
        "not_exported_parked": translate("Import", "{count} notes of « {journey} » waiting in « To sort » were not "
                                           "exported ({format} needs a stage)."),
        "not_exported_empty": translate("Import", "{count} empty notes of « {journey} » were not exported."),
        "replaced_characters": translate("Import", "{count} texts of « {journey} » held characters Mermaid cannot show "
                                           "({characters}); they were replaced by look-alikes."),
        "missing_characters": translate("Import", "The PDF font lacks these characters, printed as �: {characters}."),
        "pdf_split": translate("Import", "« {journey} » does not fit legibly on one {paper} page: split into {count} "
                                         "pages of stages."),
        "pdf_too_tall": translate("Import", "« {journey} » is too tall to be legible on {paper} pages, even one stage "
                                            "per page: printed as a poster in tiles."),
        "pdf_tiles": translate("Import", "« {journey} » printed as a poster on {columns} × {rows} {paper} pages, at {percent} % of full size."),
        "pdf_shortened": translate("Import", "Texts too long for the appendix pages were shortened, marked « … » "
                                             "({count} in all); the project keeps them whole."),
        "pdf_photo_skipped": translate("Import", "The photo of « {persona} » is not an image that can be read safely; "
                                                 "its card shows initials."),
    }


def _words() -> dict[str, str]:
    """Words the core puts into sentences (what a note lacks; what a column expects)."""
    return {
        "stage": translate("Import", "stage"), "channel": translate("Import", "channel"), "lane": translate("Import", "lane"),
        "section": translate("Import", "section"),
        "kind": translate("Import", "current, target, existant or cible"),
        "phase": translate("Import", "before, purchase, after, avant, achat or après"),
        "evaluation": translate("Import", "enchantement, neutre, irritant, rupture or empty"),
        "moment_of_truth": translate("Import", "1 or 0, oui or non"),
        "emotion": translate("Import", "a whole number from -2 to 2, or empty"),
        "votes": translate("Import", "a whole number from 0"),
        "score": translate("Import", "a whole number from 1 to 5"),
    }


def describe(problem: Problem) -> str:
    """``problem`` as one sentence in the user's language."""
    template = _sentences().get(problem.code)
    if template is None:  # a code this UI does not know yet: the core's English sentence
        return str(problem)
    words, values = _words(), dict(problem.values)
    if "missing" in values:
        values["missing"] = words.get(str(values["missing"]), values["missing"])
    if "expected" in values and problem.code == "bad_value":
        values["expected"] = words.get(str(values.get("column")), values["expected"])
    try:
        return template.format(line=problem.line, **values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(problem)


def problem_lines(problems: list[Problem]) -> list[str]:
    lines = [describe(p) for p in problems[:MAX_REPORTED]]
    if len(problems) > MAX_REPORTED:
        lines.append(translate("Import", "… and %n more.", "", len(problems) - MAX_REPORTED))
    return lines


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


def run_import(window) -> bool:
    """Ask for a file and add what it holds to the open project (one undo step); report."""
    controller = window.controller
    if controller.doc is None:
        return False
    path = window.prompts.import_path(window, import_filter())
    if path is None:
        return False
    try:
        imported = read_import(path)
    except ImportRefused as refused:
        sentence = translate("Import", "« %1 » was not imported: %2").replace("%1", path.name)
        window.show_failure(sentence.replace("%2", describe(refused.problems[0])),
                            "\n".join(problem_lines(refused.problems)))
        return False
    except Exception as error:  # noqa: BLE001 - a stranger's file must never take the app down
        window.show_failure(translate("Import", "« %1 » could not be read.").replace("%1", path.name),
                            f"{type(error).__name__}: {error}")
        return False
    command = ImportJourneys(imported.journeys)
    label = translate("Import", "Import « %1 »").replace("%1", path.name)
    if not controller.execute(command, label):
        return False
    window.show_journey(_first_journey_touched(controller.doc.state, command.summary))
    window.prompts.report(window, translate("Import", "Import"), summary_sentence(path, command.summary),
                          problem_lines(imported.problems))
    return True


def _first_journey_touched(state, summary: ImportSummary) -> int | None:
    names = summary.journeys_created or summary.journeys_completed
    return next((j.id for j in reversed(state.journeys) if names and j.name == names[0]), None)


def summary_sentence(path: Path, summary: ImportSummary) -> str:
    notes = translate("Import", "%n notes imported from « %1 »", "", summary.notes).replace("%1", path.name)
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


def run_export(window) -> bool:
    """Ask for a file and write the project's journeys to it: CSV holds them all, OpenJourney
    and Mermaid the journey on screen (their files hold one journey)."""
    doc = window.controller.doc
    if doc is None or not doc.state.journeys:
        return False
    window.tabs.commit_editors()
    current = window.current_journey_id()
    journey = next((j for j in doc.state.journeys if j.id == current), doc.state.journeys[0])
    title = doc.state.project.title.strip() or journey.name
    suggested = (doc.path.parent if doc.path else Path.home()) / f"{safe_file_stem(title)}.csv"
    path = window.prompts.export_path(window, suggested, export_filters())
    if path is None:
        return False
    journeys = doc.state.journeys if path.suffix.lower() == ".csv" else [journey]
    try:
        result = export_journeys(doc.state, journeys, path)
    except ImportRefused as refused:
        window.show_failure(describe(refused.problems[0]))
        return False
    except Exception as error:  # noqa: BLE001 - tell the user; the project is untouched either way
        window.show_failure(translate("Import", "The export to « %1 » failed; nothing was written.")
                            .replace("%1", path.name), f"{type(error).__name__}: {error}")
        return False
    sentence = translate("Import", "%n journeys exported to « %1 ».", "", len(journeys)).replace("%1", path.name)
    window.statusBar().showMessage(sentence, 10_000)
    if result.problems:
        window.prompts.report(window, translate("Import", "Export"), sentence, problem_lines(result.problems))
    return True



def run_pdf_export(window) -> bool:
    """Fichier › Exporter en PDF…: options with a preview, then the file, with a progress bar."""
    from PySide6.QtWidgets import QProgressDialog

    from cjm_desktop.pdf.export import export_pdf  # reportlab loads at export time
    from ui.i18n import language

    doc = window.controller.doc
    if doc is None or not doc.state.journeys:
        return False
    window.tabs.commit_editors()
    choice = window.prompts.pdf_choice(window, doc.state, window.current_journey_id(), language())
    if choice is None:
        return False
    title = doc.state.project.title.strip() or choice.journeys[0].name
    suggested = (doc.path.parent if doc.path else Path.home()) / f"{safe_file_stem(title)}.pdf"
    path = window.prompts.export_path(window, suggested, translate("Import", "PDF document (*.pdf)"))
    if path is None:
        return False
    progress = QProgressDialog(translate("Import", "Exporting the PDF…"), "", 0, 100, window)
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)
    try:
        result = export_pdf(doc.state, choice.journeys, path, choice.options,
                            progress=lambda done: progress.setValue(round(done * 100)))
    except Exception as error:  # noqa: BLE001 - tell the user; the project is untouched either way
        window.show_failure(translate("Import", "The export to « %1 » failed; nothing was written.")
                            .replace("%1", path.name), f"{type(error).__name__}: {error}")
        return False
    finally:
        progress.close()
        progress.deleteLater()
    sentence = translate("Import", "PDF saved to « %1 »: %n pages.", "", result.pages).replace("%1", path.name)
    window.statusBar().showMessage(sentence, 10_000)
    if result.notices or result.problems:
        window.prompts.report(window, translate("Import", "Export"), sentence,
                              problem_lines(result.notices + result.problems))
    return True
