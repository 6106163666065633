"""The first-person rule: a touchpoint is written as the customer would say it.

« Je m'inscris à la newsletter », not « Inscription newsletter ». ``is_first_person`` spots
notes that break the rule (French and English phrasings); ``first_person_fix`` proposes the
one-click fix: in French the note prefixed with « Je » (elided before a vowel, with the first verb
conjugated when it is a regular -er infinitive), in English with « I » (« I notice that … » before
a determiner). The UI passes its own language; the check accepts both languages' openings.
"""

from __future__ import annotations

import re
import unicodedata

# Words that open a first-person sentence (compared in lower case, after elision marks).
_FRENCH = {"je", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "on", "me"}
_FRENCH_ELIDED = {"j", "m"}  # j’ai, m’inscris
_ENGLISH = {"i", "i'm", "i've", "i'll", "i'd", "my", "me", "mine", "we", "our", "us", "im", "ive"}
_APOSTROPHES = "'’ʼ`´"
_LEADING_NOISE = re.compile(r"^[\s\W_]+", re.UNICODE)  # quotes, dashes, bullets, emoji...
_FIRST_WORD = re.compile(r"^([^\s" + _APOSTROPHES + r"]+)([" + _APOSTROPHES + r"]?)", re.UNICODE)
_VOWEL_START = re.compile(r"^[aeiouyhàâäéèêëîïôöûüœæ]", re.IGNORECASE)
_ER_EXCEPTIONS = {"aller"}
# A note that opens with a determiner describes a fact (« Le technicien ne vient pas »): the
# fix says who notices it instead of conjugating a noun.
_DETERMINERS_FR = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son",
                   "sa", "ses", "leur", "leurs", "aucun", "aucune", "trop", "pas", "peu"}
_DETERMINERS_EN = {"the", "a", "an", "this", "that", "these", "those", "no", "too", "his", "her", "their"}



def is_first_person(text: str) -> bool:
    """True when ``text`` opens in the first person, or is empty (nothing to judge)."""
    stripped = _LEADING_NOISE.sub("", text)
    if not stripped:
        return True
    match = _FIRST_WORD.match(stripped)
    assert match is not None  # ``stripped`` starts with a word character: the pattern always matches
    word, apostrophe = match.group(1).lower(), match.group(2)
    if apostrophe:
        return word in _FRENCH_ELIDED or f"{word}'" in _ENGLISH or word == "i"
    word = word.rstrip(".,;:!?")
    if word in _FRENCH or word in _ENGLISH:
        return True
    # English contractions written with a straight or curly apostrophe inside the word.
    return unicodedata.normalize("NFC", word).replace("’", "'") in _ENGLISH


def first_person_fix(text: str, language: str = "fr") -> str:
    """The note rewritten in the first person: « Comparer les offres » → « Je compare les
    offres », « Se connecter » → « Je me connecte »; in English, « I » is prefixed.
    A note that already follows the rule is returned unchanged."""
    if is_first_person(text):
        return text
    leading, body = text[: len(text) - len(text.lstrip())], text.lstrip()
    first = re.split(r"[\s" + _APOSTROPHES + r"]", body, maxsplit=1)[0].lower()
    if language == "en":
        return f"{leading}I notice that {_lower_first(body)}" if first in _DETERMINERS_EN else \
            f"{leading}I {_lower_first(body)}"
    if first in _DETERMINERS_FR:
        lowered = _lower_first(body)
        return f"{leading}Je constate {'qu’' if _VOWEL_START.match(lowered) else 'que '}{lowered}"
    words = body.split(" ")
    pronoun = ""
    reflexive = re.match(r"^s([" + _APOSTROPHES + r"])(.+)$", words[0], re.IGNORECASE)
    if words[0].lower() == "se" and len(words) > 1:
        words = words[1:]
        pronoun = "me "
    elif reflexive:
        words[0] = reflexive.group(2)
        pronoun = "m’"
    words[0] = _conjugate_er(_lower_first(words[0]))
    phrase = pronoun + " ".join(words)
    if pronoun == "me " and _VOWEL_START.match(words[0]):
        phrase = "m’" + " ".join(words)
    prefix = "J’" if _VOWEL_START.match(phrase) else "Je "
    return f"{leading}{prefix}{phrase}"


def _lower_first(word: str) -> str:
    """Lower-case the first letter unless the word is an acronym (« SAV », « CRM »)."""
    return word if word[1:2].isupper() else word[:1].lower() + word[1:]


def _conjugate_er(word: str) -> str:
    """« comparer » → « compare »: regular first-group infinitives only; others are kept."""
    if word.endswith("er") and len(word) > 3 and word.isalpha() and word.lower() not in _ER_EXCEPTIONS:
        return word[:-2] + "e"
    return word
