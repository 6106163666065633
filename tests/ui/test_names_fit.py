"""Texts that fit the room they are given: a long persona name ends in « … » (whole in its
tooltip), a persona card never draws one text over another, lane and parking titles fit their
boxes at every zoom and in the PNG export, the stage emotion combo shows its whole entry, and the
stage dock keeps its width whatever the stage's name."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage
from PySide6.QtWidgets import QComboBox, QLabel

from cjm_desktop.commands import EditEntity, EditTouchpoints
from cjm_desktop.commands.personas import AddPersona
from cjm_desktop.commands.stage_details import SetLanes
from cjm_desktop.model.domain import LANES, Journey, Persona, ProjectState, Stage
from ui.canvas.lanes_item import _font, lane_title
from ui.files.image_export import export_scene, render_journey_png
from ui.personas.personas_panel import PersonasPanel
from ui.widgets.plain_text import plain_tip

LONG_NAME = "Marie-Christine Dupont-Lefebvre de la Roche-Guyon"
PERSONA = dict(age=42, occupation="Cheffe de projet informatique", segment="Familles connectées",
               quote="Je veux que ça marche, tout simplement, sans appeler personne.",
               goals="Regarder des films en 4K", frustrations="Les coupures le soir")
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


@pytest.fixture
def shown(window, project, qtbot):
    assert window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    return window


def shown_text(label: QLabel) -> str:
    """What a label draws (an eliding label's ``text()`` is the whole name)."""
    return QLabel.text(label)


def fits(lines: list[str], font: QFont, width: float, height: float, zoom: float = 1.0) -> bool:
    """True when ``lines`` drawn in ``font`` at ``zoom`` (hinted at that size) fit width × height."""
    scaled = QFont(font)
    scaled.setPixelSize(round(font.pixelSize() * zoom))
    metrics = QFontMetricsF(scaled)
    return (all(metrics.horizontalAdvance(line) / zoom <= width for line in lines)
            and len(lines) * QFontMetricsF(font).lineSpacing() <= height)


def words(text: str) -> str:
    return " ".join(text.split())


# --- persona cards ---------------------------------------------------------------------------------
def test_a_long_persona_name_ends_in_an_ellipsis_and_its_tooltip_is_the_whole_name(shown, qtbot):
    window = shown
    window.controller.execute(AddPersona(LONG_NAME, **PERSONA), "Ajouter")
    window.personas.set_wanted(True)
    card = next(c for c in window.personas.panel.cards if c.persona.name == LONG_NAME)
    name = card.findChild(QLabel, "personaName")
    qtbot.waitUntil(lambda: card.isVisible() and "\n" in shown_text(name))
    qtbot.wait(20)  # the card makes room for the second line
    drawn = shown_text(name)
    assert drawn.endswith("…") and words(drawn.replace("…", "")) in LONG_NAME
    assert name.toolTip() == plain_tip(LONG_NAME)
    metrics = QFontMetricsF(name.font())
    assert all(metrics.horizontalAdvance(line) <= name.contentsRect().width() for line in drawn.split("\n"))
    assert len(drawn.split("\n")) * metrics.lineSpacing() <= name.contentsRect().height() + 1


def test_a_short_persona_name_is_shown_whole_without_a_tooltip(shown, qtbot):
    window = shown
    window.controller.execute(AddPersona("Karim", age=29), "Ajouter")
    window.personas.set_wanted(True)
    card = next(c for c in window.personas.panel.cards if c.persona.name == "Karim")
    qtbot.waitUntil(lambda: card.isVisible())
    name = card.findChild(QLabel, "personaName")
    assert shown_text(name) == "Karim" and name.toolTip() == ""


def card_labels_do_not_overlap(panel) -> None:
    for card in panel.cards:
        labels = [label for label in card.findChildren(QLabel) if label.isVisible()]
        boxes = {label: QRect(label.mapTo(card, label.rect().topLeft()), label.size()) for label in labels}
        for first, second in itertools.combinations(labels, 2):
            assert not boxes[first].intersects(boxes[second]), (shown_text(first), shown_text(second))
        for label in labels:  # a wrapped text gets the height it needs at its width: nothing clipped
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), shown_text(label)
            assert card.rect().contains(boxes[label]), shown_text(label)


@pytest.mark.parametrize("width", [240, 280, 330, 420])
def test_a_persona_card_never_draws_a_text_over_another_in_a_narrow_panel(qtbot, width):
    state = ProjectState()
    state.put(Persona(1, LONG_NAME, 0, None, **PERSONA))
    state.put(Persona(2, "Karim", 1, None, 29, "Développeur", "Gamer exigeant", quote="La latence, c’est tout."))
    panel = PersonasPanel()
    qtbot.addWidget(panel)
    panel.show_personas(state)
    panel.resize(width, 900)
    with qtbot.waitExposed(panel):
        panel.show()
    qtbot.wait(10)  # the cards' layouts settle
    card_labels_do_not_overlap(panel)


def test_persona_cards_in_the_window_dock_never_overlap(shown, qtbot):
    window = shown
    window.controller.execute(AddPersona(LONG_NAME, **PERSONA), "Ajouter")
    window.personas.set_wanted(True)
    qtbot.waitUntil(lambda: all(card.isVisible() for card in window.personas.panel.cards))
    qtbot.wait(10)
    card_labels_do_not_overlap(window.personas.panel)


# --- lane and parking titles ----------------------------------------------------------------------
@pytest.fixture
def all_lanes(shown):
    """Every lane shown, no stage detail typed: text lanes are as short as they get."""
    window = shown
    window.load_icons()  # as after the first paint: each lane's title has its icon before it
    window.controller.execute(SetLanes(window.current_journey_id(), LANES), "Bandeaux")
    scene = window.tabs.current_scene()
    assert scene.lanes.lanes.above == [lane for lane in LANES if lane != "emotion"]
    return window, scene


def test_every_lane_title_fits_its_header_at_every_zoom(all_lanes):
    _, scene = all_lanes
    assert lane_title("listening") == "Dispositifs d’écoute"
    for lane in [*scene.lanes.lanes.above, *scene.lanes.lanes.below]:
        header = scene.lanes.lanes.headers[lane]
        where, lines = scene.lanes.title_layout(lane)
        assert words(" ".join(lines)) == words(lane_title(lane))  # nothing left out
        assert header.x <= where.x() and where.right() <= header.right and where.bottom() <= header.bottom
        for zoom in ZOOMS:
            assert fits(lines, _font("title"), where.width(), where.height(), zoom), (lane, zoom, lines)


def test_lane_titles_fit_in_the_png_export_too(all_lanes):
    window, _ = all_lanes
    state = window.controller.doc.state
    journey = state.get(Journey, window.current_journey_id())
    scene = export_scene(state, journey, False)  # the scene render_journey_png draws
    for scale in (1.0, 1.5):  # (under the 65 MB a persona photo's decoding sets for every image read)
        image = QImage.fromData(render_journey_png(state, journey, scale), "PNG")
        assert not image.isNull()
        origin = scene.sceneRect().topLeft()
        for lane in scene.lanes.lanes.above:
            where, lines = scene.lanes.title_layout(lane)
            assert fits(lines, _font("title"), where.width(), where.height(), scale)
            # no ink of the title outside its header: right of the box, in the lane's first (empty) cell
            header = scene.lanes.lanes.headers[lane]
            for y in range(round((header.y + 4 - origin.y()) * scale), round((header.bottom - 4 - origin.y()) * scale)):
                for x in range(round((header.right + 2 - origin.x()) * scale),
                               round((header.right + 60 - origin.x()) * scale)):
                    assert QColor(image.pixel(x, y)).lightness() > 200, (lane, x, y)


def test_the_parking_title_fits_on_the_blank_template(window, qtbot):
    assert window.new_from_template("blank")
    scene = window.tabs.current_scene()
    assert len(window.controller.doc.state.stages(window.current_journey_id())) == 1
    box, font, lines = scene.grid.parking_title()
    parking = scene.layout.parking
    assert words(" ".join(lines)) == "À classer — notes pas encore placées"
    assert parking.x <= box.x() and box.right() <= parking.right
    assert box.bottom() <= parking.y + scene.layout.metrics.parking_title  # above the notes it holds
    assert len(lines) <= 2 and font.pixelSize() >= 11
    for zoom in ZOOMS:
        assert fits(lines, font, box.width(), box.height(), zoom), (zoom, lines)


def test_the_parking_title_stays_on_one_line_when_there_is_room(all_lanes):
    _, scene = all_lanes
    _, font, lines = scene.grid.parking_title()
    assert lines == ["À classer — notes pas encore placées"] and font.pixelSize() == 15


# --- the stage dock ---------------------------------------------------------------------------------
def test_the_emotion_combo_shows_its_whole_text_at_the_docks_default_width(shown, qtbot):
    window = shown
    state = window.controller.doc.state
    stage = state.stages(window.current_journey_id())[2]
    notes = [n.id for n in state.touchpoints(window.current_journey_id()) if n.stage_id == stage.id]
    window.controller.execute(EditTouchpoints(notes, emotion=None), "Émotion")  # « none has an emotion »
    window.stage_dock.set_wanted(True)
    window.stage_dock.show_stage(stage.id)
    combo = window.stage_dock.panel.emotion_combo
    qtbot.waitUntil(lambda: combo.isVisible())
    assert combo.itemText(0) == "Déduite des notes (aucune n’a d’émotion)"
    whole = QComboBox()  # a combo as wide as its longest entry: what showing every entry whole takes
    whole.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    whole.addItems([combo.itemText(i) for i in range(combo.count())])
    assert combo.width() >= whole.sizeHint().width()


def test_the_stage_dock_keeps_its_width_whatever_the_stage_name(shown, qtbot):
    window = shown
    stages = window.controller.doc.state.stages(window.current_journey_id())
    long_name = "Rechercher, comparer et négocier les offres d’abonnement des fournisseurs d’accès concurrents"
    window.controller.execute(EditEntity(Stage, stages[1].id, name=long_name), "Renommer")
    window.controller.execute(EditEntity(Stage, stages[2].id, name="Sélectionnerlemeilleurabonnementpossible"),
                              "Renommer")
    dock = window.stage_dock
    dock.set_wanted(True)
    dock.show_stage(stages[0].id)
    qtbot.waitUntil(lambda: dock.panel.isVisible())
    qtbot.wait(20)
    width = dock.width()
    for stage in (stages[1], stages[2], stages[0], stages[1]):
        dock.show_stage(stage.id)
        qtbot.wait(20)
        assert dock.width() == width, window.controller.doc.state.get(Stage, stage.id).name
    dock.show_stage(stages[1].id)
    qtbot.wait(20)
    title = dock.panel.title
    assert shown_text(title).endswith("…") and title.toolTip() == plain_tip(title.text())
    assert long_name in title.text()
