"""A note's service blueprint, as an OpenJourney (Ptolemy) file gives it, in readable lines (no Qt).

The import keeps a node's ``blueprint`` exactly as the file has it, at ``interop["ojf"]["blueprint"]`` of the note
(``Touchpoint.interop``, a JSON object text). Ptolemy writes four lists of objects::

    {"evidence": [{"item", "type"}], "onstage": [{"actor", "action"}],
     "backstage": [{"actor", "action"}], "support": [{"system", "description"}]}

(empty lists for every node it saves); older files hold text instead of lists, and a stranger's file may hold
anything. ``blueprint_of`` reads whatever is there as lines of plain text, one layer of the blueprint at a time
(« Preuves physiques », « Front-office (visible) », « Back-office (invisible) », « Processus de support »; the
words are the caller's), never failing and never long: at most ``MAX_LINES`` lines of at most ``MAX_CHARS``
characters a layer, the lines left out counted in ``more`` (« … et 3 de plus »). Keys the four layers do not
know go to the ``other`` layer as « key: value » lines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cjm_desktop.model.domain import Channel, ProjectState, Stage, Touchpoint
from cjm_desktop.queries.compare import reading_order

LAYERS = ("evidence", "onstage", "backstage", "support")  # the blueprint's layers, from the customer down
OTHER = "other"  # the layer of what the four do not name
MAX_LINES = 12  # lines shown per layer; the rest are counted
MAX_CHARS = 240  # characters of one line (cut with « … »)
MAX_NODES = 400  # JSON values read to write one line: a huge nested value costs no more than this
MAX_DEPTH = 8  # nesting read in one line; deeper values are « … »
# The two fields of each layer's items, written « first — second » (evidence: « item (type) »).
FIELDS = {"evidence": ("item", "type"), "onstage": ("actor", "action"), "backstage": ("actor", "action"),
          "support": ("system", "description")}
# The names a file may give a layer, compared in lower case without spaces, dashes or underscores.
ALIASES = {"evidence": "evidence", "physicalevidence": "evidence", "onstage": "onstage", "frontstage": "onstage",
           "frontoffice": "onstage", "backstage": "backstage", "backoffice": "backstage", "support": "support",
           "supportprocesses": "support", "supportprocess": "support"}
DASH = " — "
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class BlueprintLayer:
    """One layer: its key (one of ``LAYERS`` or ``OTHER``), its lines, and how many more lines were left out."""

    key: str
    lines: tuple[str, ...] = ()
    more: int = 0

    def __bool__(self) -> bool:
        return bool(self.lines) or self.more > 0


@dataclass(frozen=True, slots=True)
class Blueprint:
    """A note's blueprint: the four layers in ``LAYERS`` order (each possibly empty), then ``other``."""

    layers: tuple[BlueprintLayer, ...]
    other: BlueprintLayer = BlueprintLayer(OTHER)

    def layer(self, key: str) -> BlueprintLayer:
        """The layer ``key`` (``OTHER`` included)."""
        return self.other if key == OTHER else next(layer for layer in self.layers if layer.key == key)

    @property
    def shown(self) -> tuple[BlueprintLayer, ...]:
        """The layers that have something to show, in order (``other`` last)."""
        return tuple(layer for layer in (*self.layers, self.other) if layer)


@dataclass(frozen=True, slots=True)
class NoteBlueprint:
    """A note of a journey that has a blueprint, with where it sits (names "" in « À classer »)."""

    note: Touchpoint
    stage: str
    channel: str
    blueprint: Blueprint


def raw_blueprint(note: Touchpoint) -> object:
    """The ``blueprint`` value the note's OpenJourney fields hold, as the file gave it; None when none (or when
    the note's ``interop`` text is not readable)."""
    if "blueprint" not in note.interop:  # most notes: no JSON to read at all
        return None
    try:
        fields = json.loads(note.interop)
    except (ValueError, RecursionError):
        return None
    ojf = fields.get("ojf") if isinstance(fields, dict) else None
    return ojf.get("blueprint") if isinstance(ojf, dict) else None


def blueprint_of(note: Touchpoint) -> Blueprint | None:
    """The note's blueprint in readable lines, or None when it has nothing to show (no blueprint, or only empty
    lists and texts)."""
    return read_blueprint(raw_blueprint(note))


def read_blueprint(value: object) -> Blueprint | None:
    """``value`` (a ``blueprint`` of any shape) as a ``Blueprint``; None when there is nothing to show."""
    found: dict[str, list[object]] = {key: [] for key in LAYERS}
    others: list[object] = []
    if isinstance(value, dict):
        for key, item in value.items():
            layer = ALIASES.get(_normal_key(key))
            if layer is not None:
                found[layer].append(item)
            elif not _blank(item):
                others.append({key: item})
    elif not _blank(value):
        others.append(value)  # a text, a list, a number where an object was expected
    layers = tuple(_layer(key, found[key]) for key in LAYERS)
    other = _layer(OTHER, others)
    blueprint = Blueprint(layers, other)
    return blueprint if blueprint.shown else None


def journey_blueprints(state: ProjectState, journey_id: int) -> list[NoteBlueprint]:
    """The notes of a journey that have a blueprint, in the map's reading order (« À classer » last)."""
    result: list[NoteBlueprint] = []
    if not any("blueprint" in note.interop for note in state.touchpoints(journey_id)):
        return result  # most journeys: no note to read, no notes to sort
    for note in reading_order(state, journey_id):
        blueprint = blueprint_of(note)
        if blueprint is None:
            continue
        stage, channel = state.get(Stage, note.stage_id), state.get(Channel, note.channel_id)
        result.append(NoteBlueprint(note, stage.name if stage else "", channel.name if channel else "", blueprint))
    return result


def _normal_key(key: str) -> str:
    return "".join(c for c in key.casefold() if c.isalnum())


def _layer(key: str, values: list[object]) -> BlueprintLayer:
    """The lines of one layer from the values found for it: a list gives a line per item, a text a line per line
    of text, anything else one line."""
    lines: list[str] = []
    more = 0
    for value in values:
        for item in _items(value):
            if len(lines) >= MAX_LINES:
                more += not _blank(item)
                continue
            line = _line(key, item)
            if line:
                lines.append(line)
    return BlueprintLayer(key, tuple(lines), more)


def _items(value: object) -> list[object]:
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        return [line for line in value.splitlines() if line.strip()]
    return [value]


def _blank(value: object) -> bool:
    """Nothing to show at first sight: null, an empty or blank text, an empty list or object."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, (list, dict)) and not value


def _line(layer: str, item: object) -> str:
    """One item as a line: an object of the layer's two fields as « first — second » (« item (type) » for
    evidence), its other fields after « · »; any other value as readable text."""
    writer = _Writer()
    if isinstance(item, dict):
        first, second = FIELDS.get(layer, ("", ""))
        head = writer.text_of(item.get(first)) if first in item else ""
        tail = writer.text_of(item.get(second)) if second in item else ""
        if head and tail:
            writer.add(f"{head} ({tail})" if layer == "evidence" else f"{head}{DASH}{tail}")
        else:
            writer.add(head or tail)
        rest = {k: v for k, v in item.items() if k not in (first, second) and not _blank(v)}
        if rest:
            writer.add(" · " if (head or tail) else "")
            writer.pairs(rest, 1)
    else:
        writer.value(item, 0)
    return writer.result()


class _Writer:
    """Writes JSON values as plain text within a budget of characters and values read."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.nodes = 0

    @property
    def full(self) -> bool:
        return self.length > MAX_CHARS or self.nodes > MAX_NODES

    def add(self, text: str) -> None:
        if not self.full:
            self.parts.append(text)
            self.length += len(text)

    def text_of(self, value: object) -> str:
        """``value`` alone as text (for the two fields of an item)."""
        writer = _Writer()
        writer.value(value, 1)
        self.nodes += writer.nodes
        return writer.result()

    def value(self, value: object, depth: int) -> None:
        self.nodes += 1
        if self.full:
            return
        if depth > MAX_DEPTH:
            self.add(ELLIPSIS)
        elif isinstance(value, str):
            self.add(" ".join(value[: MAX_CHARS * 2].split()))
        elif isinstance(value, bool):
            self.add("true" if value else "false")
        elif isinstance(value, (int, float)):
            self.add(_number(value))
        elif isinstance(value, dict):
            self.pairs(value, depth + 1, nested=depth > 0)
        elif isinstance(value, list):
            shown = [item for item in value if not _blank(item)]
            self.add("[" if depth > 0 and len(shown) > 1 else "")
            for i, item in enumerate(shown):
                if self.full:
                    break
                self.add(", " if i else "")
                self.value(item, depth + 1)
            self.add("]" if depth > 0 and len(shown) > 1 else "")
        # None: nothing

    def pairs(self, value: dict[object, object], depth: int, nested: bool = False) -> None:
        shown = [(k, v) for k, v in value.items() if not _blank(v)]
        self.add("(" if nested and shown else "")
        for i, (key, item) in enumerate(shown):
            if self.full:
                break
            self.add(", " if i else "")
            self.add(f"{' '.join(str(key).split())[:MAX_CHARS]}: ")
            self.value(item, depth + 1)
        self.add(")" if nested and shown else "")

    def result(self) -> str:
        text = "".join(self.parts).strip()
        if self.full and not text.endswith(ELLIPSIS) or len(text) > MAX_CHARS:
            text = text[: MAX_CHARS - 1].rstrip() + ELLIPSIS
        return text


def _number(value: int | float) -> str:
    if isinstance(value, int) and value.bit_length() > 128:  # Python refuses to print ints of thousands of digits
        return ("-" if value < 0 else "") + "1e" + str(int(value.bit_length() * 0.30103))
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = str(value)
    return text if len(text) <= 40 else f"{value:.6g}"
