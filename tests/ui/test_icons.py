"""The icon registry: keyed by meaning, every entry resolves, created lazily."""

from __future__ import annotations

import pytest

from cjm_desktop.model.domain import LANES
from cjm_desktop.templates import default_channels, templates
from ui.widgets import icons


@pytest.mark.parametrize("meaning", sorted(icons.ICONS))
def test_every_icon_of_the_registry_resolves(qapp, meaning):
    assert icons.has(icons.ICONS[meaning]) and not icons.icon(meaning).isNull()


def test_every_lane_has_an_icon_in_the_registry():
    assert [lane for lane in LANES if f"lane_{lane}" not in icons.ICONS] == []


def test_every_channel_icon_of_the_templates_resolves(qapp):
    names = {icon for _name, icon in default_channels()}
    names |= {icon for template in templates() for _name, icon in template.channels}
    assert [name for name in sorted(names) if not icons.has(name)] == []


def test_an_unknown_channel_icon_falls_back_to_a_neutral_one(qapp):
    assert not icons.named("mdi6.no-such-icon").isNull()


def test_a_window_gets_its_icons_only_after_the_first_paint(window, project):
    window.open_path(project)
    assert window.actions_.save.icon().isNull() and not window.scenes[0].grid.show_icons
    window.load_icons()
    assert not window.actions_.save.icon().isNull() and window.scenes[0].grid.show_icons
