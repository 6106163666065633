"""Every problem the core can report (an import or export refused, left out or changed) has its sentence in
the user's language, with the same placeholders as the core's English one."""

from __future__ import annotations

import string

import pytest

from cjm_desktop.interop.model import SENTENCES
from ui.files.problem_messages import _sentences


def placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_each_core_problem_has_a_translatable_sentence(qapp, code):
    assert code in _sentences()


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_its_sentence_uses_only_the_values_the_core_gives(qapp, code):
    assert placeholders(_sentences()[code]) <= placeholders(SENTENCES[code]) | {"line"}
