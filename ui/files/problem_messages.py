"""The translated sentences of what an import or an export refused, left out or changed (the core
reports typed ``Problem``s; the UI tells them in the user's language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cjm_desktop.interop.model import MAX_REPORTED, Problem

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
        "not_mermaid": translate("Import", "The file is not a Mermaid « journey » diagram "
                                           "(it must start with « journey »)."),
        "bad_mermaid": translate("Import", "Line {line}: « {value} » is not a line of a Mermaid journey."),
        "parked": translate("Import", "Line {line}: « {text} » has no {missing}; it was put in « To sort »."),
        "skipped_node": translate("Import", "Node {line} was skipped (it has no title or is malformed)."),
        "ignored_field": translate("Import", "Node {line}: the field « {column} » was ignored (invalid value)."),
        "ignored_file_field": translate("Import", "The field « {column} » of the file was too large to keep; it was "
                                                  "left out."),
        "ignored_stage_field": translate("Import", "Stage {line}: the field « {column} » was too large to keep; it "
                                                   "was left out."),
        "ignored_swimlane_field": translate("Import", "Swimlane {line}: the field « {column} » was too large to keep; "
                                                      "it was left out."),
        "skipped_stage": translate("Import", "Stage {line} was skipped (it is not an object with a name)."),
        "skipped_swimlane": translate("Import", "Swimlane {line} was skipped (it is not an object with a name)."),
        "score_read": translate("Import", "Line {line}: the score « {value} » is not a whole number from 1 to 5; it "
                                          "was read as {score}, as Mermaid draws it (the file's score is kept for the "
                                          "export)."),
        "mermaid_comments": translate("Import", "{count} comments of the diagram, from line {line}, were not kept (a "
                                                "journey has no place for them)."),
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
        "pdf_poster_page": translate("Import", "« {journey} » fills one {paper} page, at {percent} % of full size."),
        "pdf_tiles": translate("Import", "« {journey} » printed as a poster on {columns} × {rows} {paper} pages, "
                                         "at {percent} % of full size."),
        "pdf_shortened": translate("Import", "Texts too long for the appendix pages were shortened, marked « … » "
                                             "({count} in all); the project keeps them whole."),
        "pdf_photo_skipped": translate("Import", "The photo of « {persona} » is not an image that can be read safely; "
                                                 "its card shows initials."),
        "pdf_tiles_reduced": translate("Import", "« {journey} » would need more than {limit} {paper} pages as a "
                                                 "legible poster: printed on {columns} × {rows} pages at {percent} % "
                                                 "of full size, too small to read in places."),
        "pdf_notes_shortened": translate("Import", "Notes too long for the map were shortened, marked « … » ({count} "
                                                   "in all); the project keeps them whole."),
        "too_many_journeys": translate("Import", "The file holds more than {limit} journeys, the most a project can "
                                                 "hold."),
        "too_many_stages": translate("Import", "« {journey} » has more than {limit} stages, the most a journey can "
                                               "hold."),
        "too_many_channels": translate("Import", "« {journey} » has more than {limit} channels, the most a journey "
                                                 "can hold."),
    }


def _words() -> dict[str, str]:
    """Words the core puts into sentences (what a note lacks; what a column expects)."""
    return {
        "stage": translate("Import", "stage"), "channel": translate("Import", "channel"),
        "lane": translate("Import", "lane"),
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
