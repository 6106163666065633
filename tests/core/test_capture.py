"""Quick capture's reading of lines: one note per line, a ``channel/stage:`` prefix chooses the cell."""

from __future__ import annotations

from cjm_desktop.text.capture import capture

STAGES = [(1, "Repérer"), (2, "Acheter"), (3, "Après-vente"), (4, "Achat groupé")]
CHANNELS = [(10, "Site web"), (11, "Application mobile"), (12, "Boutique")]
HERE = (12, 1)


def test_a_line_without_prefix_goes_to_the_current_cell():
    assert capture("Je compare les offres", HERE, STAGES, CHANNELS).notes == {HERE: ["Je compare les offres"]}


def test_a_prefix_names_the_cell_by_part_of_its_names_whatever_the_case_and_accents():
    found = capture("web/reperer : Je lis les avis", HERE, STAGES, CHANNELS)
    assert found.notes == {(10, 1): ["Je lis les avis"]} and found.unknown == []


def test_the_exact_name_wins_over_a_longer_one_that_starts_the_same():
    stages = [(1, "Achat"), (2, "Achat groupé")]
    assert capture("boutique/achat: Je paie", HERE, stages, CHANNELS).notes == {(12, 1): ["Je paie"]}


def test_a_prefix_naming_two_lines_keeps_the_whole_line_in_the_current_cell():
    found = capture("web/ach: Je paie", HERE, STAGES, CHANNELS)  # « Acheter » and « Achat groupé »
    assert found.notes == {HERE: ["web/ach: Je paie"]} and found.unknown == ["web/ach"]


def test_a_colon_without_a_slash_is_just_text():
    assert capture("Je paie : 3 fois", HERE, STAGES, CHANNELS).notes == {HERE: ["Je paie : 3 fois"]}


def test_a_block_of_lines_gives_one_note_per_line_grouped_by_cell_in_order():
    block = "- Je cherche\n\nappli/après: Je suis livré\n* Je compare\n"
    assert capture(block, HERE, STAGES, CHANNELS).notes == {HERE: ["Je cherche", "Je compare"],
                                                            (11, 3): ["Je suis livré"]}
