"""Mermaid « journey » diagrams: real examples import, export parses as Mermaid parses it, bad files are refused."""

from __future__ import annotations

import json
import re

import pytest

from cjm_desktop.interop.mermaid import CHANNEL, read_mermaid, write_mermaid
from cjm_desktop.interop.model import MAX_NAME, MAX_ROWS, MAX_TEXT, Imported, ImportRefused, name_key
from cjm_desktop.model.domain import Channel, Journey, ProjectState, Stage, Touchpoint
from cjm_desktop.storage.codec import validate

# The example of the project's brief (shared/interop/README.md).
README = """\
journey
  title Acheter une cafetière
  section Rechercher
    Je compare les modèles: 3: Client
  section Acheter
    Je paie en ligne: 2: Client, Banque
"""

# Mermaid's own example (docs/syntax/userJourney.md and journeyDetector.ts).
WORKING_DAY = """\
journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""

FRENCH = """\
%% Parcours d'achat en boutique, atelier du 12 mars
journey
    title Acheter une cafetière — « expresso » ☕
    accTitle: Parcours client
    accDescr {
        Le parcours d'une cliente,
        de la recherche au service après-vente
    }
    section Découvrir
      Je vois une pub sur Instagram 📱: 4: Cliente
      Je lis les avis « très positifs »: 5: Cliente, Amie

    %% la boutique ne répond pas au téléphone
    section Acheter
      J'hésite entre <Modèle A> & <Modèle B>: 2: Cliente, Vendeur
      Le paiement échoue 😡: 1: Cliente, Banque
    section Après l'achat
      Livraison en 48 h: 4
"""

MARKDOWN = """\
# Atelier parcours client

Le schéma des flux :

```mermaid
flowchart LR
    A --> B
```

Et le parcours :

```mermaid
---
title: Ouvrir un compte
---
%% version 2
journey
    section S'inscrire
      Je remplis le formulaire: 2: Client
      Je reçois le code par SMS: 4: Client, Opérateur
```

Fin.
"""

# Tabs, odd spacing and case, a comment after a task, actors with empty names, a task before any section.
UNTIDY = "journey\n\tTITLE   Mon  parcours\n  Avant tout:3\nSECTION  Payer \n\tJe  paie\ten ligne : 4 : a,, b , # n\n"
EXAMPLES = [pytest.param(text, id=name) for name, text in
            [("readme", README), ("mermaid doc", WORKING_DAY), ("french", FRENCH), ("markdown", MARKDOWN),
             ("untidy", UNTIDY)]]

# Mermaid's lexer (journey.jison in mermaid-js/mermaid, packages/mermaid/src/diagrams/user-journey/parser/),
# its INITIAL rules in the file's order, as jison compiles them (checked in mermaid 12.3.0's dist).
JISON_RULES = [
    (r"%(?!\{)[^\n]*", None),  # \%%(?!\{)[^\n]*  /* skip comments */ (compiled by jison to one « % »)
    (r"[^\}]%%[^\n]*", None),  # [^\}]\%\%[^\n]*  /* skip comments */
    (r"[\n]+", "NEWLINE"),
    (r"\s+", None),  # /* skip whitespace */
    (r"#[^\n]*", None),  # /* skip comments */
    (r"journey(?![A-Za-z0-9_])", "journey"),  # "journey" + the \b jison adds (ASCII in JavaScript)
    (r"title\s[^#\n;]+", "title"),
    (r"accTitle\s*:\s*", "acc_title"),
    (r"accDescr\s*:\s*", "acc_descr"),
    (r"accDescr\s*\{\s*", "acc_descr_multiline"),
    (r"section\s[^#:\n;]+", "section"),
    (r"[^#:\n;]+", "taskName"),
    (r":[^#\n;]+", "taskData"),
    (r":", ":"),
    (r".", "INVALID"),
]
JISON = [(re.compile(pattern, re.I), token) for pattern, token in JISON_RULES]
# The grammar's rules, for a file without accessibility statements: start, document, line, statement.
JISON_GRAMMAR = re.compile(r"journey (NEWLINE |title |section |taskName taskData )*")


def lex(text: str) -> list[tuple[str, str]]:
    """The tokens Mermaid's lexer gives for ``text`` (the first rule that matches wins)."""
    tokens, position = [], 0
    while position < len(text):
        for pattern, token in JISON:
            found = pattern.match(text, position)
            if found:
                if token:
                    tokens.append((token, found.group()))
                position = found.end()
                break
    return tokens


def mermaid_tasks(text: str) -> list[tuple[str, str, float, list[str]]]:
    """(section, task, score, people) as Mermaid's journeyDb.ts gets them: addSection takes the text
    after « section », addTask splits the task data after its « : » on « : » and the actors on « , »."""
    section, tasks = "", []
    tokens = lex(text)
    for index, (token, value) in enumerate(tokens):
        if token == "section":
            section = value[8:]
        elif token == "taskName":
            pieces = tokens[index + 1][1][1:].split(":")
            people = [p.strip() for p in pieces[1].split(",")] if len(pieces) > 1 else []
            tasks.append((section, value, float(pieces[0]), people))
    return tasks


def read(text: str, default_name: str = "Fichier") -> Imported:
    return read_mermaid(text, default_name)


def refusal(text: str) -> list:
    with pytest.raises(ImportRefused) as refused:
        read_mermaid(text, "x")
    return refused.value.problems


def to_state(imported: Imported) -> tuple[ProjectState, Journey]:
    """The imported journey as a project would hold it (each entity checked as storage checks it)."""
    (imp,) = imported.journeys
    state = ProjectState()
    journey = Journey(1, imp.name)
    stages = {name_key(name): Stage(i, 1, name, position=i) for i, (name, _) in enumerate(imp.stages, start=1)}
    channels = {name_key(name): Channel(i, 1, name, position=i) for i, (name, _) in enumerate(imp.channels, start=1)}
    notes = []
    for i, n in enumerate(imp.notes, start=1):
        stage = stages[name_key(n.stage)] if n.stage else None
        channel = channels[name_key(n.channel)] if n.channel else None
        notes.append(Touchpoint(i, 1, n.text, channel.id if channel else None, stage.id if stage else None,
                                position=i, emotion=n.emotion,
                                interop=json.dumps(n.interop, ensure_ascii=False) if n.interop else ""))
    for entity in [journey, *stages.values(), *channels.values(), *notes]:
        validate(entity)
        state.put(entity)
    return state, journey


def written(imported: Imported) -> str:
    return write_mermaid(*to_state(imported)).content.decode("utf-8")


def summary(imported: Imported) -> list[tuple]:
    """(text, stage, channel, emotion, actors) of each note."""
    return [(n.text, n.stage, n.channel, n.emotion, n.interop.get("mermaid", {}).get("actors"))
            for n in imported.journeys[0].notes]


def simple_state(*texts: str, stage: str = "Payer", name: str = "Parcours") -> tuple[ProjectState, Journey]:
    state, journey = ProjectState(), Journey(1, name)
    for entity in [journey, Stage(1, 1, stage), Channel(1, 1, "Web")]:
        state.put(entity)
    for i, text in enumerate(texts, start=1):
        state.put(Touchpoint(i, 1, text, 1, 1, position=i))
    return state, journey


# --- reading real examples --------------------------------------------------------------------


def test_the_readme_example_gives_stages_tasks_scores_and_actors():
    imported = read(README)
    (journey,) = imported.journeys
    assert journey.name == "Acheter une cafetière"
    assert journey.stages == [("Rechercher", None), ("Acheter", None)]
    assert journey.channels == [(CHANNEL, "")]
    assert summary(imported) == [
        ("Je compare les modèles", "Rechercher", CHANNEL, 0, ["Client"]),
        ("Je paie en ligne", "Acheter", CHANNEL, -1, ["Client", "Banque"]),
    ]
    assert imported.problems == []


def test_mermaid_documentation_example_reads_scores_as_emotions():
    imported = read(WORKING_DAY)
    assert imported.journeys[0].name == "My working day"
    assert [name for name, _ in imported.journeys[0].stages] == ["Go to work", "Go home"]
    assert [(n.text, n.emotion) for n in imported.journeys[0].notes] == [
        ("Make tea", 2), ("Go upstairs", 0), ("Do work", -2), ("Go downstairs", 2), ("Sit down", 2)]
    assert imported.journeys[0].notes[2].interop == {"mermaid": {"actors": ["Me", "Cat"]}}


def test_french_text_with_accents_emoji_guillemets_and_markup_is_kept_as_written():
    imported = read(FRENCH)
    assert imported.journeys[0].name == "Acheter une cafetière — « expresso » ☕"
    assert [n.text for n in imported.journeys[0].notes] == [
        "Je vois une pub sur Instagram 📱",
        "Je lis les avis « très positifs »",
        "J'hésite entre <Modèle A> & <Modèle B>",
        "Le paiement échoue 😡",
        "Livraison en 48 h",
    ]


def test_comments_accessibility_statements_and_blank_lines_are_no_tasks():
    imported = read(FRENCH)
    assert [name for name, _ in imported.journeys[0].stages] == ["Découvrir", "Acheter", "Après l'achat"]
    assert len(imported.journeys[0].notes) == 5


def test_comments_left_out_are_reported_with_the_first_ones_line():
    # Before issue 21 comments were dropped without a word; now the report names them.
    (problem,) = read(FRENCH).problems
    assert (problem.code, problem.line, problem.values) == ("mermaid_comments", 1, {"count": 2})
    assert str(problem) == ("2 comments of the diagram, from line 1, were not kept "
                            "(a journey has no place for them).")


def test_accessible_title_and_description_block_are_kept_on_the_journey():
    assert read(FRENCH).journeys[0].interop == {"mermaid": {
        "accTitle": "Parcours client", "accDescrForm": "block",
        "accDescr": "Le parcours d'une cliente,\n        de la recherche au service après-vente"}}


def test_a_task_without_actors_has_no_interop():
    assert read(FRENCH).journeys[0].notes[-1].interop == {}


def test_actors_are_trimmed_and_empty_ones_dropped():
    assert summary(read(UNTIDY))[1][4] == ["a", "b"]


def test_keywords_are_case_insensitive_and_names_trimmed_as_the_lexer_does():
    imported = read(UNTIDY)
    assert imported.journeys[0].name == "Mon  parcours"
    assert summary(imported)[1][:2] == ("Je  paie\ten ligne", "Payer")


def test_what_follows_a_second_colon_after_the_actors_is_ignored_as_mermaid_does():
    imported = read("journey\nsection A\nPayer: 4: Client: ignoré\n")
    assert summary(imported) == [("Payer", "A", CHANNEL, 1, ["Client"])]


def test_tasks_before_any_section_are_parked_and_reported():
    imported = read(UNTIDY)
    assert summary(imported)[0] == ("Avant tout", None, None, 0, None)
    (problem,) = [p for p in imported.problems if p.code == "parked"]
    assert (problem.code, problem.line, problem.values) == ("parked", 3, {"text": "Avant tout", "missing": "section"})
    assert str(problem) == "Line 3: « Avant tout » has no section; it was put in « À classer »."


def test_a_section_named_twice_is_two_stages_in_file_order():
    # Until issue 21 the two were merged into one stage, which changed the journey's sequence.
    imported = read("journey\nsection Payer\na: 3\nsection B\nsection  payer\nb: 4\n")
    assert [name for name, _ in imported.journeys[0].stages] == ["Payer", "B", "payer"]
    assert [(n.stage, n.stage_index) for n in imported.journeys[0].notes] == [("Payer", 0), ("payer", 2)]


def test_a_section_without_tasks_is_still_a_stage():
    imported = read("journey\n  section Vide\n  section Payer\n    Je paie: 3\n")
    assert [name for name, _ in imported.journeys[0].stages] == ["Vide", "Payer"]


def test_without_title_the_journey_takes_the_default_name():
    assert read("journey\nsection A\nt: 3\n", "export-2024").journeys[0].name == "export-2024"


def test_the_front_matter_title_names_the_journey():
    text = "---\ntitle: \"Ouvrir un compte : en ligne\"\nconfig:\n  theme: forest\n---\njourney\nsection A\n"
    assert read(text).journeys[0].name == "Ouvrir un compte : en ligne"


def test_a_title_statement_wins_over_the_front_matter_title():
    assert read("---\ntitle: Avant\n---\njourney\ntitle Après\nsection A\n").journeys[0].name == "Après"


def test_a_markdown_file_gives_its_first_journey_block():
    imported = read(MARKDOWN)
    assert imported.journeys[0].name == "Ouvrir un compte"
    assert summary(imported) == [
        ("Je remplis le formulaire", "S'inscrire", CHANNEL, -1, ["Client"]),
        ("Je reçois le code par SMS", "S'inscrire", CHANNEL, 1, ["Client", "Opérateur"]),
    ]


def test_statements_mermaid_allows_on_the_journey_line_and_after_an_accdescr_block_are_read():
    imported = read("journey title Sur une ligne\naccDescr { court }section A\n  t: 3\n")
    assert imported.journeys[0].name == "Sur une ligne"
    assert [name for name, _ in imported.journeys[0].stages] == ["A"]


def test_a_line_starting_with_percent_is_a_comment_for_mermaid():
    assert summary(read("journey\nsection A\n%50 de remise: 3\n5%% de remise: 3\nt: 3\n")) == [
        ("t", "A", CHANNEL, 0, None)]


def test_crlf_and_a_byte_order_mark_are_accepted():
    assert summary(read("\ufeffjourney\r\nsection A\r\nt: 3\r\n")) == [("t", "A", CHANNEL, 0, None)]


# --- refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["graph TD\n  A --> B\n", "", "Journey\nsection A\n", "# titre\njourney\n", "journeys\n",
     MARKDOWN.replace("journey", "pie")],
    ids=["flowchart", "empty file", "capital J", "hash comment first", "journeys", "markdown without journey"],
)
def test_a_text_that_is_not_a_journey_diagram_is_refused(text):
    assert [p.code for p in refusal(text)] == ["not_mermaid"]


def test_a_garbage_line_is_refused_with_its_line_number():
    (problem,) = refusal(WORKING_DAY.replace("      Go upstairs: 3: Me", "      Go upstairs"))
    assert (problem.code, problem.line, problem.values) == ("bad_mermaid", 5, {"value": "Go upstairs"})
    assert str(problem) == "Line 5: « Go upstairs » is not a Mermaid journey line."


def test_line_numbers_count_the_lines_of_the_markdown_file():
    (problem,) = refusal(MARKDOWN.replace("Je remplis le formulaire: 2: Client", "Je remplis; le formulaire: 2"))
    assert (problem.code, problem.line) == ("bad_mermaid", 19)


def test_every_bad_line_is_listed_and_nothing_imported():
    text = "journey\nsection A: sous-titre\nt: 3; t2: 4\njourney\nsection B\ntitle x ; y\n" + "x" * 100 + "\n"
    problems = refusal(text)
    assert [(p.code, p.line) for p in problems] == [("bad_mermaid", n) for n in (2, 3, 4, 6, 7)]
    assert problems[-1].values == {"value": "x" * 60}


# Mermaid reads a score with JavaScript's Number() and draws its face smiling above 3, sad below, neutral at 3
# and for NaN: such scores were refused before issue 21, they are now read as the nearest score on that side.
@pytest.mark.parametrize("score, read_as", [("0", 1), ("6", 5), ("abc", 3), ("-1", 1), ("2,5", 3), ("５", 3),
                                            ("2.5", 2), ("3.2", 4), ("2rem", 3), ("7", 5), ("", 1), ("1e9", 5)])
def test_a_score_that_is_not_a_whole_number_from_1_to_5_is_read_as_mermaid_draws_it(score, read_as):
    imported = read(f"journey\nsection A\n  Payer: {score}: Client\n")
    assert imported.journeys[0].notes[0].emotion == read_as - 3
    (problem,) = imported.problems
    assert (problem.code, problem.line, problem.values) == ("score_read", 3, {"value": score, "score": read_as})


def test_a_score_read_differently_keeps_its_text_for_the_export():
    (note,) = read("journey\nsection A\n  Payer:  2rem : Client\n").journeys[0].notes
    assert note.interop == {"mermaid": {"actors": ["Client"], "score": "2rem"}}


def test_a_score_read_differently_is_reported_with_its_line():
    problem = read("journey\nsection A\n  Payer: 2rem\n").problems[0]
    assert str(problem) == ("Line 3: the score « 2rem » is not a whole number from 1 to 5; it was read as 3, as "
                            "Mermaid draws it (the file's score is kept for the export).")


def test_a_task_whose_colon_ends_the_line_is_refused_as_mermaid_refuses_it():
    (problem,) = refusal("journey\nsection A\nPayer:\n")
    assert (problem.code, problem.line, problem.values["value"]) == ("bad_value", 3, "")


@pytest.mark.parametrize("score, emotion", [("05", 2), ("5.0", 2), ("+1", -2), (" 3 ", 0)])
def test_scores_javascript_reads_as_whole_numbers_are_accepted(score, emotion):
    assert read(f"journey\nsection A\nt:{score}\n").journeys[0].notes[0].emotion == emotion


def test_more_tasks_than_the_limit_are_refused():
    text = "journey\nsection A\n" + "t: 3\n" * (MAX_ROWS + 1)
    assert [(p.code, p.values) for p in refusal(text)] == [("too_many_rows", {"limit": MAX_ROWS})]


@pytest.mark.parametrize(
    "line, column, limit",
    [(f"{'a' * (MAX_TEXT + 1)}: 3", "text", MAX_TEXT), (f"section {'s' * (MAX_NAME + 1)}", "section", MAX_NAME),
     (f"title {'t' * (MAX_NAME + 1)}", "title", MAX_NAME),
     (f"a: 3: {'b,' * MAX_TEXT}", "actors", MAX_TEXT)],
    ids=["text", "section", "title", "actors"],
)
def test_a_too_long_text_or_name_is_refused(line, column, limit):
    (problem,) = refusal(f"journey\nsection A\n{line}\n")
    assert (problem.code, problem.line, problem.values) == ("too_long", 3, {"column": column, "limit": limit})


def test_reading_stops_after_as_many_bad_lines_as_the_row_limit():
    problems = refusal("journey\n" + "pas une tâche\n" * (MAX_ROWS + 100))
    assert len(problems) == MAX_ROWS + 1
    assert problems[-1].line == MAX_ROWS + 2


def test_more_sections_than_the_limit_are_refused():
    assert [p.code for p in refusal("journey\n" + "section A\n" * (MAX_ROWS + 1))] == ["too_many_rows"]


def test_a_diagram_without_sections_or_tasks_is_an_empty_journey():
    # Refused as empty before issue 21: Mermaid draws it, and its title and accessible text are worth keeping.
    (journey,) = read("journey\n  title Rien\n  accTitle: Vide\n").journeys
    assert (journey.name, journey.stages, journey.notes) == ("Rien", [], [])
    assert journey.interop == {"mermaid": {"accTitle": "Vide"}}


def test_an_accdescr_block_never_closed_is_refused():
    assert [(p.code, p.line) for p in refusal("journey\naccDescr {\n texte\nsection A\n")] == [("bad_mermaid", 2)]


# --- writing ----------------------------------------------------------------------------------


def test_the_readme_example_is_written_back_as_it_was():
    assert written(read(README)) == README


def test_the_export_is_utf8_and_reports_nothing_for_a_clean_journey():
    exported = write_mermaid(*to_state(read(FRENCH)))
    output = exported.content.decode("utf-8")
    assert output.startswith("journey\n  title Acheter une cafetière — « expresso » ☕\n")
    assert exported.problems == []


@pytest.mark.parametrize("text", EXAMPLES)
def test_every_written_line_is_lexed_and_parsed_as_the_jison_grammar_says(text):
    output = written(read(text))
    tokens = lex(output)
    assert JISON_GRAMMAR.fullmatch("".join(f"{token} " for token, _ in tokens))
    assert "%%" not in output  # Mermaid removes %% comments and %%{ }%% directives before parsing


@pytest.mark.parametrize("text", EXAMPLES)
def test_mermaid_reads_the_written_tasks_as_our_notes(text):
    imported = read(text)
    tasks = mermaid_tasks(written(imported))
    placed = [n for n in imported.journeys[0].notes if n.stage]
    assert [(s, t, score - 3, people) for s, t, score, people in tasks] == [
        (n.stage, " ".join(n.text.split()), n.emotion, n.interop.get("mermaid", {}).get("actors", [])) for n in placed]


@pytest.mark.parametrize("text", EXAMPLES)
def test_the_text_is_stable_after_one_round_trip(text):
    once = written(read(text))
    assert written(read(once)) == once


def test_characters_mermaid_cannot_show_are_replaced_by_look_alikes_and_reported():
    state, journey = simple_state("Prix : 3 € ; remise #2\nsur  deux\tlignes", stage="Étape : 1",
                                  name="Achat #1 : en ligne; vite")
    actors = {"mermaid": {"actors": ["Client : VIP", "Banque, La Poste"]}}
    state.put(Touchpoint(9, 1, "Payer", 1, 1, position=9, interop=json.dumps(actors)))
    exported = write_mermaid(state, journey)
    assert exported.content.decode("utf-8") == (
        "journey\n"
        "  title Achat ＃1 : en ligne； vite\n"  # the lexer's title rule takes « : »
        "  section Étape ∶ 1\n"
        "    Prix ∶ 3 € ； remise ＃2 sur deux lignes: 3\n"
        "    Payer: 3: Client ∶ VIP, Banque， La Poste\n"
    )
    (problem,) = exported.problems
    assert (problem.code, problem.values) == (
        "replaced_characters", {"count": 5, "journey": "Achat #1 : en ligne; vite", "characters": ": ; # ,"})
    assert str(problem).startswith("5 texts of « Achat #1 : en ligne; vite » held characters Mermaid cannot show")


def test_percent_signs_that_mermaid_would_take_for_a_comment_are_replaced():
    output = write_mermaid(*simple_state("Remise de 50%% %%{init}%%")).content.decode("utf-8")
    assert output.endswith("    Remise de 50%％ %％{init}%％: 3\n")


KEYWORD_TEXTS = ["Section du site", "Title of the page", "journey-map", "%50 de remise", "accDescr {x}", "TITLE\tX"]


def test_texts_starting_with_a_mermaid_keyword_are_still_read_as_tasks():
    output = write_mermaid(*simple_state(*KEYWORD_TEXTS)).content.decode("utf-8")
    assert [task for _, task, _, _ in mermaid_tasks(output)] == ["\u200b" + " ".join(t.split()) for t in KEYWORD_TEXTS]


def test_texts_starting_with_a_mermaid_keyword_come_back_unchanged():
    output = write_mermaid(*simple_state(*KEYWORD_TEXTS)).content.decode("utf-8")
    assert [n.text for n in read(output).journeys[0].notes] == [" ".join(t.split()) for t in KEYWORD_TEXTS]


def test_parked_and_empty_notes_are_not_exported_and_reported():
    state, journey = simple_state("Je paie", " \n ", "")
    state.put(Touchpoint(10, 1, "À classer plus tard", None, None))
    exported = write_mermaid(state, journey)
    assert exported.content.decode("utf-8") == "journey\n  title Parcours\n  section Payer\n    Je paie: 3\n"
    assert [(p.code, p.values) for p in exported.problems] == [
        ("not_exported_parked", {"count": 1, "journey": "Parcours", "format": "Mermaid"}),
        ("not_exported_empty", {"count": 2, "journey": "Parcours"}),
    ]


def test_notes_follow_the_channels_order_then_their_place_in_the_cell_and_a_stage_without_notes_is_a_section():
    state, journey = ProjectState(), Journey(1, "P")
    for entity in [journey, Stage(1, 1, "Avant", position=0), Stage(2, 1, "Vide", position=1),
                   Channel(1, 1, "Web", position=1), Channel(2, 1, "Boutique", position=0),
                   Touchpoint(1, 1, "web 2", 1, 1, position=2, emotion=2), Touchpoint(2, 1, "web 1", 1, 1, position=1),
                   Touchpoint(3, 1, "boutique", 2, 1, position=5, emotion=-2)]:
        state.put(entity)
    assert write_mermaid(state, journey).content.decode("utf-8") == (
        "journey\n  title P\n  section Avant\n    boutique: 1\n    web 1: 3\n    web 2: 5\n  section Vide\n")


def test_actors_that_are_not_a_list_of_texts_are_left_out():
    state, journey = simple_state()
    for i, interop in enumerate(['{"mermaid": {"actors": "Client"}}', '{"mermaid": {"actors": [1, "Banque", ""]}}',
                                 '{"mermaid": []}', '{"ojf": {"tags": ["x"]}}'], start=1):
        state.put(Touchpoint(i, 1, f"t{i}", 1, 1, position=i, interop=interop))
    assert write_mermaid(state, journey).content.decode("utf-8").splitlines()[3:] == [
        "    t1: 3", "    t2: 3: Banque", "    t3: 3", "    t4: 3"]
