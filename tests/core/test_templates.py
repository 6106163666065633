"""The journey templates shipped as data."""

from cjm_desktop.model.domain import Phase
from cjm_desktop.templates import TEMPLATE_IDS, default_channels, load_template, templates


def test_every_template_loads():
    assert [t.id for t in templates()] == list(TEMPLATE_IDS)


def test_the_8_step_loop_follows_the_method():
    names = [name for name, _ in load_template("parcours-en-8").stages]
    assert names == ["Besoin", "Rechercher", "Sélectionner", "Acheter", "Découvrir", "Utiliser", "Maintenir",
                     "Recommander"]


def test_the_10_steps_go_from_need_to_recommendation():
    stages = load_template("10-etapes").stages
    assert len(stages) == 10
    assert stages[0] == ("Conscience du besoin", Phase.BEFORE)
    assert stages[-1] == ("Recommandation", Phase.AFTER)


def test_phases_never_go_backwards():
    order = [Phase.BEFORE, Phase.PURCHASE, Phase.AFTER]
    for template in templates():
        phases = [order.index(phase) for _, phase in template.stages if phase]
        assert phases == sorted(phases), template.id


def test_the_default_channels_are_the_french_set_with_icons():
    names = [name for name, _ in default_channels()]
    assert names[:3] == ["Site web", "E-mail", "Téléphone"] and len(names) == 8
    assert all(icon.startswith("mdi6.") for _, icon in default_channels())
