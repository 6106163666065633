"""``export FILE.cjm --to OUT.png``: the canvas as an image, for slides."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from cjm_desktop.model.domain import Evaluation
from cjm_desktop.storage.errors import CjmError
from cjm_desktop.storage.safe_open import validate_file
from main import main
from ui.canvas import palette
from ui.canvas.journey_scene import JourneyScene
from ui.files.image_export import check_size, render_journey_png

ROOT = Path(__file__).resolve().parents[2]
CSV = ROOT / "tests" / "data" / "csv" / "lignes-utf8-bom.csv"  # journeys « Abonnement Fibre » and « … cible »


def state_of(path: Path):
    validated = validate_file(path)
    validated.conn.close()
    return validated.state


def decode(data: bytes) -> QImage:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def count_colour(image: QImage, colour: str) -> int:
    """How many pixels of an RGB32 image are exactly ``colour``."""
    pixel = QColor(colour).rgb().to_bytes(4, "little")  # 0xAARRGGBB, stored B G R A
    data, count, start = bytes(image.constBits()), 0, 0
    while (found := data.find(pixel, start)) >= 0:
        count += found % 4 == 0
        start = found + 1
    return count


def export(*args: str) -> int:
    return main(["export", *map(str, args)])


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    return err


def pngs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".png", ".tmp")))


@pytest.fixture
def three_journeys(sample: Path, tmp_path: Path) -> Path:
    """The sample plus the two journeys of a CSV file."""
    path = tmp_path / "atelier.cjm"
    path.write_bytes(sample.read_bytes())
    assert main(["import", str(path), "--from", str(CSV)]) == 0
    return path


def test_the_image_shows_every_note_in_its_colour_and_no_editing_aid(qapp, sample):
    state = state_of(sample)
    journey = state.journeys[0]
    image = decode(render_journey_png(state, journey))
    scene = JourneyScene(state, journey.id, check_first_person=False)  # the same layout, to know where notes are
    source = scene.sceneRect()
    assert (image.width(), image.height()) == (math.ceil(source.width()), math.ceil(source.height()))
    notes = state.touchpoints(journey.id)
    assert len(notes) == 62
    for note in notes:  # the middle of the right padding of each note: plain fill, no text
        rect = scene.layout.notes[note.id]
        x, y = rect.x + rect.w - 5 - source.x(), rect.y + rect.h / 2 - source.y()
        expected = QColor(note.color or palette.NOTE_COLORS[note.evaluation])
        assert image.pixelColor(int(x), int(y)) == expected, note.text
    for evaluation in Evaluation:
        assert count_colour(image, palette.NOTE_COLORS[evaluation]) > 1000, evaluation
    assert count_colour(image, palette.CANVAS) > 100_000  # the background
    assert count_colour(image, palette.CURSOR) == 0  # the current-cell cursor is not drawn


def test_scale_2_draws_the_same_image_twice_as_large(sample, tmp_path, capsys):
    assert export(sample, "--to", tmp_path / "x1.png") == 0
    assert export(sample, "--to", tmp_path / "x2.png", "--scale", "2") == 0
    one, two = QImage(str(tmp_path / "x1.png")), QImage(str(tmp_path / "x2.png"))
    assert one.width() > 2000 and two.width() == 2 * one.width()
    assert abs(two.height() - 2 * one.height()) <= 1
    assert abs(two.dotsPerMeterX() - 2 * one.dotsPerMeterX()) <= 1  # as large on a slide
    assert capsys.readouterr().out == f"wrote {tmp_path / 'x1.png'}\nwrote {tmp_path / 'x2.png'}\n"


def test_exporting_only_reads_the_project(sample, tmp_path, capsys):
    before = sample.read_bytes(), sample.stat().st_mtime_ns
    assert export(sample, "--to", tmp_path / "carte.png") == 0
    assert (sample.read_bytes(), sample.stat().st_mtime_ns) == before
    assert pngs(tmp_path) == ["carte.png"]  # no temporary file left behind


def test_several_journeys_give_one_image_each_named_after_it(three_journeys, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    assert export(three_journeys, "--to", out / "carte.png") == 0
    expected = ["carte - Abonnement Fibre cible.png", "carte - Abonnement Fibre.png", "carte - Parcours existant.png"]
    assert pngs(out) == expected
    assert capsys.readouterr().out.count("wrote ") == 3
    assert all(not QImage(str(out / name)).isNull() for name in expected)


def test_journey_picks_one_journey_into_the_file_named(three_journeys, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    assert export(three_journeys, "--to", out / "fibre.png", "--journey", "abonnement fibre") == 0
    assert pngs(out) == ["fibre.png"]
    state = state_of(three_journeys)
    fibre = next(j for j in state.journeys if j.name == "Abonnement Fibre")
    assert decode((out / "fibre.png").read_bytes()) == decode(render_journey_png(state, fibre))


def test_an_unknown_journey_is_one_error_line_and_writes_nothing(sample, tmp_path, capsys):
    assert export(sample, "--to", tmp_path / "carte.png", "--journey", "Inconnu") == 2
    assert "There is no journey « Inconnu »" in one_error_line(capsys)
    assert pngs(tmp_path) == []


@pytest.mark.parametrize("scale", ["0", "9", "-1", "nan", "deux"])
def test_a_scale_out_of_range_is_refused(sample, tmp_path, capsys, scale):
    assert export(sample, "--to", tmp_path / "carte.png", "--scale", scale) == 2
    assert "scale" in one_error_line(capsys)
    assert pngs(tmp_path) == []


def test_an_absurd_size_is_refused_with_the_size_and_the_remedy(sample, tmp_path, capsys):
    assert export(sample, "--to", tmp_path / "carte.png", "--scale", "8") == 2  # 17,088 px wide
    err = one_error_line(capsys)
    assert "17088 ×" in err and "choose a smaller --scale" in err
    assert pngs(tmp_path) == []


def test_the_megapixel_limit_holds_for_square_images(sample):
    journey = state_of(sample).journeys[0]
    with pytest.raises(CjmError, match="15000 × 15000 pixels"):
        check_size(15_000, 15_000, journey)  # under 16,000 a side, but 225 megapixels
    check_size(10_000, 10_000, journey)


def test_a_missing_folder_is_one_error_line(sample, tmp_path, capsys):
    assert export(sample, "--to", tmp_path / "absent" / "carte.png") == 2
    assert "does not exist" in one_error_line(capsys)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Windows and macOS always have a display")
def test_without_a_display_qt_runs_offscreen_and_speaks_french(sample, tmp_path):
    script = (
        "import os, sys; from pathlib import Path; from main import main;"
        f"code = main(['export', {str(sample)!r}, '--to', {str(tmp_path / 'carte.png')!r}]);"
        "from PySide6.QtCore import QCoreApplication;"
        "print(code, os.environ['QT_QPA_PLATFORM'], "
        "QCoreApplication.translate('JourneyScene', 'To sort — notes not placed yet'))"
    )
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "CJM_LANG")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 offscreen À classer — notes pas encore placées"
