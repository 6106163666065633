"""The PDF's appendix pages (personas, stage details, friction table, comparison, action plan),
checked with an independent reader (pypdf): each only when its data exists, texts exact,
hostile strings printed as typed, long tables split with their header, outline, determinism."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from PIL import Image
from pypdf import PdfReader

from cjm_desktop.model.domain import (
    Action,
    ActionLink,
    ActionStatus,
    Channel,
    Evaluation,
    Journey,
    JourneyKind,
    Kpi,
    Persona,
    Phase,
    Project,
    ProjectState,
    Stage,
    StageDetails,
    Touchpoint,
    Vote,
    VotingSession,
)
from cjm_desktop.pdf.appendix.pages import appendix_pages
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.page import PdfOptions, paper_size

HOSTILE = [
    "J’attends « 40 minutes » — cœur & œuvre",
    "Je compare les prix <&> les débits",
    "<b>Je paie</b> &amp; je signe",
    '<img src="/etc/passwd"/> Je regarde',
    '<a href="javascript:alert(1)">Je clique</a>',
]


def make_state(*entities) -> ProjectState:
    """A project with one current journey (2 stages × 2 channels) and ``entities``."""
    state = ProjectState()
    for entity in (
        Project(title="Atelier « Fibre » & co", workshop_date="2026-12-03"),
        Journey(1, "Parcours existant", JourneyKind.CURRENT, 0),
        Stage(1, 1, "Rechercher", 0, Phase.BEFORE), Stage(2, 1, "Acheter", 1, Phase.PURCHASE),
        Channel(1, 1, "Site web", 0, "mdi6.web"), Channel(2, 1, "Téléphone", 1, "mdi6.phone-outline"),
        Touchpoint(1, 1, "Je lis les avis", 1, 1),
        VotingSession(1, "Saisie directe", budget=0, repeat=True, revealed=True),
        *entities,
    ):
        state.put(entity)
    return state


def friction(id: int, text: str, **fields) -> Touchpoint:
    fields = {"channel_id": 1, "stage_id": 2, "evaluation": Evaluation.PAIN, **fields}
    return Touchpoint(id, 1, text, position=id, **fields)


def votes(note_id: int, count: int) -> Vote:
    """``count`` dots on a note, entered directly (the « Saisie directe » session every test state holds)."""
    return Vote(note_id, 1, None, note_id, None, count)


def png(width: int = 40, height: int = 60) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (width, height), (30, 120, 200, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def read(state: ProjectState, **options) -> PdfReader:
    data, _ = build_pdf(state, state.journeys, PdfOptions(**{"cover": False, **options}))  # maps, then appendix
    return PdfReader(io.BytesIO(data))


def texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def letters(text: str) -> str:
    """``text`` without white space (a table cell breaks lines where it wraps)."""
    return "".join(text.split())


def outline(reader: PdfReader) -> list:
    """The outline as nested lists of titles."""
    return [outline_titles(entry) if isinstance(entry, list) else entry.title for entry in reader.outline]


def outline_titles(entries: list) -> list:
    return [outline_titles(e) if isinstance(e, list) else e.title for e in entries]


# --- each appendix only when its data exists --------------------------------------------

def test_a_project_without_appendix_data_prints_only_its_maps():
    reader = read(make_state())
    assert (len(reader.pages), outline(reader)) == (1, ["Parcours existant"])


def test_every_appendix_has_an_outline_entry_with_its_journeys_nested():
    state = make_state(
        Persona(1, "Sophie"), StageDetails(1, 1, "Trouver vite"), friction(2, "Je patiente"),
        Journey(2, "Parcours cible", JourneyKind.TARGET, 1, derived_from_id=1),
        Stage(3, 2, "Rechercher", 0), Channel(3, 2, "Site web", 0),
        Touchpoint(3, 2, "Je lis les avis", 3, 3, origin_id=1),
        Action(1, "Rappel automatique"),
    )
    assert outline(read(state)) == [
        "Parcours existant", "Parcours cible", "Personas", "Détails des étapes", ["Parcours existant"],
        "Tableau des frictions", ["Parcours existant"], "Comparaison existant / cible",
        ["Parcours existant → Parcours cible"], "Plan d’actions",
    ]


def test_a_persona_card_prints_every_field_as_typed():
    state = make_state(Persona(1, "Sophie Martin", 0, None, 34, "Infirmière", "Famille", "Un débit fiable",
                               "Les temps d’attente", "Achète le soir", "« Je veux que ça marche, c’est tout. »"))
    text = letters(texts(read(state))[1])
    for expected in ("Personas", "Sophie Martin", "34 ans · Infirmière", "Segment : Famille", "Objectifs",
                     "Un débit fiable", "Les temps d’attente", "Achète le soir",
                     "« Je veux que ça marche, c’est tout. »"):
        assert letters(expected) in text


def test_only_the_personas_of_the_exported_journeys_when_not_all_are_exported():
    state = make_state(Persona(1, "Sophie"), Persona(2, "Marc"), Journey(2, "Autre", persona_id=2))
    state.put(dataclasses.replace(state.get(Journey, 1), persona_id=1))
    data, _ = build_pdf(state, [state.get(Journey, 1)], PdfOptions(cover=False))
    text = " ".join(texts(PdfReader(io.BytesIO(data))))
    assert "Sophie" in text and "Marc" not in text


def test_stage_details_print_goal_duration_kpis_with_thresholds_devices_and_departments():
    state = make_state(
        StageDetails(1, 2, "Souscrire sans appeler", "2 à 3 jours", ("questionnaire", "omnichannel_data", "Forum"),
                     ("Commercial", "Centre de contacts")),
        Kpi(1, 2, "Taux de conversion", 0, "≥ 3 %", "< 1,5 %"),
    )
    text = texts(read(state))[1]
    assert "Rechercher" not in text  # a stage without details has no row
    for expected in ("Acheter", "Souscrire sans appeler", "2 à 3 jours", "Taux de conversion", "Cible : ≥ 3 %",
                     "Seuil d’alerte : < 1,5 %", "Questionnaire", "Données omnicanales", "Forum", "Centre de contacts"):
        assert letters(expected) in letters(text)


def test_the_friction_table_lists_irritants_and_breaking_points_by_votes():
    state = make_state(
        friction(2, "Je patiente", negative_impact="Abandon d’appels", solutions="Rappel automatique"), votes(2, 1),
        friction(3, "Le paiement échoue", evaluation=Evaluation.BREAKING, channel_id=2), votes(3, 5),
        friction(4, "Je souris", evaluation=Evaluation.DELIGHT), votes(4, 9),
    )
    text = texts(read(state))[1]
    assert "Je souris" not in text and "2 points de friction" in text
    assert text.index("Le paiement échoue") < text.index("Je patiente")
    for expected in ("Point de rupture", "Irritant", "Téléphone", "Acheter", "Impact négatif", "Abandon d’appels",
                     "Solutions possibles", "Rappel automatique"):
        assert expected in text


def test_the_action_plan_is_sorted_by_priority_then_due_date_with_its_linked_notes():
    state = make_state(
        friction(2, "J’attends au téléphone"),
        Action(1, "Basse priorité", 0, 1, "Marketing", 3, 2, 2, ActionStatus.TODO, "2027-01-01"),
        Action(2, "Urgente mais plus tard", 1, 1, "SAV", 1, 5, 3, ActionStatus.DOING, "2027-03-01"),
        Action(3, "Urgente tout de suite", 2, None, "Centre de contacts", 1, 4, 1, ActionStatus.DONE, "2027-01-15"),
        ActionLink(1, 3, 2),
    )
    text = texts(read(state))[-1]
    order = [text.index(t) for t in ("Urgente tout de suite", "Urgente mais plus tard", "Basse priorité")]
    assert order == sorted(order)
    for expected in ("Plan d’actions", "J’attends au téléphone", "Centre de contacts", "Haute", "Basse", "4/5", "Fait",
                     "En cours", "15/01/2027"):
        assert expected in text


def test_the_comparison_counts_and_lists_added_removed_and_changed_notes():
    state = make_state(
        Touchpoint(2, 1, "J’appelle le service client", 2, 2),
        Journey(2, "Parcours cible", JourneyKind.TARGET, 1, derived_from_id=1),
        Stage(3, 2, "Rechercher", 0), Stage(4, 2, "Acheter", 1), Channel(3, 2, "Site web", 0),
        Touchpoint(3, 2, "Je lis les avis", 3, 3, origin_id=1, evaluation=Evaluation.DELIGHT),
        Touchpoint(4, 2, "Je suis rappelé sous 2 h", 3, 4),
    )
    text = texts(read(state))[-1]
    assert "Comparaison existant / cible" in text and "Parcours existant → Parcours cible" in text
    for expected in ("Ajouté", "Je suis rappelé sous 2 h", "Supprimé", "J’appelle le service client", "Modifié",
                     "Évaluation : Sans évaluation → Enchantement",
                     "1 ajouté", "1 supprimé", "1 modifié", "0 déplacés"):
        assert letters(expected) in letters(text)


def test_a_target_journey_not_derived_from_a_current_one_is_not_compared():
    state = make_state(Journey(2, "Parcours cible", JourneyKind.TARGET, 1), Stage(3, 2, "Rechercher", 0),
                       Channel(3, 2, "Site web", 0), Touchpoint(3, 2, "Je lis les avis", 3, 3))
    assert "Comparaison existant / cible" not in outline(read(state))


# --- texts exact, hostile strings inert -------------------------------------------------

def test_user_texts_print_exactly_as_typed_including_markup_look_alikes():
    persona = Persona(1, HOSTILE[0], 0, None, None, HOSTILE[1], HOSTILE[2], HOSTILE[3], HOSTILE[4], HOSTILE[0],
                      HOSTILE[1])
    notes = [friction(10 + i, text, negative_impact=text, solutions=text) for i, text in enumerate(HOSTILE)]
    actions = [Action(i + 1, text, i, 1, text) for i, text in enumerate(HOSTILE)]
    text = letters(" ".join(texts(read(make_state(persona, *notes, *actions)))))
    for hostile in HOSTILE:
        assert text.count(letters(hostile)) >= 4  # persona, friction text, impact, solutions, action


def test_hostile_strings_write_no_link_script_or_image():
    notes = [friction(10 + i, text) for i, text in enumerate(HOSTILE)]
    state = make_state(Persona(1, HOSTILE[3], quote=HOSTILE[4]), *notes)
    data, _ = build_pdf(state, state.journeys, PdfOptions(cover=False))
    assert not re.search(rb"/(URI|Launch|JavaScript|JS|Image)\b", data)


def test_characters_the_font_lacks_are_reported():
    state = make_state(Persona(1, "Li 中文"))
    _, result = build_pdf(state, state.journeys, PdfOptions(cover=False))
    assert [(p.code, p.values["characters"]) for p in result.problems] == [("missing_characters", "中 文")]


# --- photos -----------------------------------------------------------------------------

def test_a_persona_photo_is_embedded_as_an_image():
    state = make_state(Persona(1, "Sophie", photo=png()))
    data, result = build_pdf(state, state.journeys, PdfOptions(cover=False))
    assert result.problems == [] and re.search(rb"/Subtype\s*/Image", data)


@pytest.mark.parametrize("photo", [b"\x89PNG\r\n\x1a\n", png()[:80], b"GIF89a" + b"\x00" * 40, b"not an image"])
def test_a_corrupt_photo_is_skipped_with_a_notice_and_the_card_still_prints(photo):
    state = make_state(Persona(1, "Marc Lefèvre", photo=photo))
    data, result = build_pdf(state, state.journeys, PdfOptions(cover=False))
    assert [str(p) for p in result.problems] == [
        "The photo of « Marc Lefèvre » is not an image that can be read safely; its card shows initials."]
    assert "Marc Lefèvre" in PdfReader(io.BytesIO(data)).pages[1].extract_text()
    assert not re.search(rb"/Subtype\s*/Image", data)


def test_a_text_longer_than_an_appendix_cell_is_shortened_and_the_user_is_told():
    goals = "Je veux " + "un débit fiable, " * 300  # 5,000 characters: more than a card can hold
    state = make_state(Persona(1, "Sophie Martin", goals=goals))
    data, result = build_pdf(state, state.journeys, PdfOptions(cover=False))
    assert [p.code for p in result.problems] == ["pdf_shortened"]
    assert str(result.problems[0]).startswith(
        "Texts too long for the appendix pages were shortened, marked « … » (1 in all)")
    assert "…" in PdfReader(io.BytesIO(data)).pages[1].extract_text()


# --- long tables, page numbers, paper ---------------------------------------------------

def test_a_300_row_friction_table_spans_pages_with_its_header_repeated():
    notes = [friction(10 + i, f"Friction numéro {i:03d}") for i in range(300)]
    dots = [votes(10 + i, 300 - i) for i in range(300)]
    pages = [page for page in texts(read(make_state(*notes, *dots))) if "Tableau des frictions" in page]
    assert len(pages) > 3
    assert all("Point de friction" in page and "Solutions possibles" in page for page in pages)
    assert "Tableau des frictions (suite)" in pages[1]
    printed = re.findall(r"Friction numéro (\d{3})", " ".join(pages))
    assert printed == [f"{i:03d}" for i in range(300)]  # each row once, in order


def test_a_text_taller_than_a_page_continues_on_the_next_page():
    long = " ".join(f"mot{i}" for i in range(290))  # 48 lines in its column: more than an A4 page holds
    pages = texts(read(make_state(friction(2, long)), paper="A4"))[-2:]
    assert "mot0" in pages[0] and "mot289" in pages[1] and "Point de friction" in pages[1]


def test_every_page_knows_the_total_count():
    notes = [friction(10 + i, f"Friction {i}") for i in range(120)]
    pages = texts(read(make_state(Persona(1, "Sophie"), *notes)))
    numbers = [f"{i} / {len(pages)}" in page for i, page in enumerate(pages, start=1)]
    assert numbers == [True] * len(pages)


def test_on_a0_the_appendix_is_the_a3_page_enlarged():
    state = make_state(friction(2, "Je patiente"))
    sizes = {}
    for paper in ("A3", "A0"):
        found: list[float] = []

        def title_size(text, cm, tm, font, size, found=found):
            if "Tableau des frictions" in text:
                found.append(size * cm[3] * tm[3])

        read(state, paper=paper).pages[1].extract_text(visitor_text=title_size)
        sizes[paper] = found[0]
    assert sizes["A0"] == pytest.approx(sizes["A3"] * paper_size("A0")[0] / paper_size("A3")[0], rel=0.01)


def test_the_appendix_is_laid_out_before_drawing_so_the_page_count_is_known():
    notes = [friction(10 + i, f"Friction {i}") for i in range(100)]
    state = make_state(*notes)
    appendix = appendix_pages(state, state.journeys, "A4", paper_size("A4"))
    pages = texts(read(state, paper="A4"))
    assert len(appendix.pages) == sum("Tableau des frictions" in page for page in pages) > 1


def test_english_on_request():
    text = texts(read(make_state(friction(2, "Je patiente")), language="en"))[1]
    assert "Friction table" in text and "Negative impact" in text and "Impact négatif" not in text


def test_the_same_project_gives_the_same_bytes(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # else each export has its own date
    state = make_state(Persona(1, "Sophie", photo=png()), StageDetails(1, 1, "Trouver"), friction(2, "Je patiente"),
                       Action(1, "Rappel"))
    assert build_pdf(state, state.journeys)[0] == build_pdf(state, state.journeys)[0]


def test_maps_only_when_the_appendix_is_not_wanted():
    reader = read(make_state(Persona(1, "Sophie"), friction(2, "Je patiente")), appendix=False)
    assert (len(reader.pages), outline(reader)) == (1, ["Parcours existant"])
