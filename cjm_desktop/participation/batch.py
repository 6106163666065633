"""One command for notes sent by several phones at once, into several cells (no Qt).

When notes arrive together (a room of 30 flushing their notes at the end of a step), the room writes them in
one command: one transaction, one undo step, instead of one per note — the document's thread keeps up. A batch
of one cell is a plain ``AddTouchpoints``; this command is for a batch spread over several cells. It places each
cell's new notes at the end of that cell, as ``AddTouchpoints`` does.
"""

from __future__ import annotations

from dataclasses import replace

from cjm_desktop.commands.base import Command, require, require_room
from cjm_desktop.model.clock import utc_now
from cjm_desktop.model.domain import Channel, Journey, ProjectState, Stage, Touchpoint
from cjm_desktop.model.ops import Op, Put
from cjm_desktop.model.placement import PARKING_CELL, Cell, cell_order, place_notes


class AddNotesFromPhones(Command):
    """New notes in a journey, each in its own cell (``notes``: (cell, prototype) pairs, in arrival order;
    the prototypes' ids, journey and placement are ignored). ``created_ids``: the new ids, in that order."""

    label = "Add notes from phones"

    def __init__(self, journey_id: int, notes: list[tuple[Cell, Touchpoint]]) -> None:
        super().__init__()
        require(bool(notes), "nothing to add")
        self.journey_id = journey_id
        self.notes = [((channel_id, stage_id), proto) for (channel_id, stage_id), proto in notes]
        self.created_ids: list[int] = []

    def plan(self, state: ProjectState) -> list[Op]:
        require(state.get(Journey, self.journey_id) is not None, f"journey #{self.journey_id} does not exist")
        for cell in {cell for cell, _ in self.notes} - {PARKING_CELL}:
            channel, stage = state.get(Channel, cell[0]), state.get(Stage, cell[1])
            require(channel is not None and stage is not None
                    and channel.journey_id == self.journey_id == stage.journey_id, "that cell is not in this journey")
        require_room(state, Touchpoint, len(self.notes))
        now, first_id = utc_now(), state.next_id(Touchpoint)
        self.created_ids = list(range(first_id, first_id + len(self.notes)))
        cells: dict[Cell, dict[int, Touchpoint]] = {}
        for note_id, (cell, proto) in zip(self.created_ids, self.notes, strict=True):
            cells.setdefault(cell, {})[note_id] = replace(proto, id=note_id, journey_id=self.journey_id,
                                                          channel_id=cell[0], stage_id=cell[1], created_at=now,
                                                          updated_at=now)
        ops: list[Op] = []
        for cell, new in cells.items():
            order = cell_order(state, self.journey_id, cell) + list(new)
            ops += place_notes(state, cell, order, list(new), new)
        created = set(self.created_ids)
        return sorted(ops, key=lambda op: not (isinstance(op, Put) and op.entity.id in created))  # the new ones first
