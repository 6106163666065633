"""OpenJourney (``.ojf``), the JSON format of Ptolemy, an open-source web journey mapper.

An OJF file holds one journey: ``stages`` (our stages), ``swimlanes`` (our channels) and ``nodes`` (our notes),
each node pointing to its stage and swimlane by id. A file says more than our model holds (ids, a node's
severity, sentiment, icon, tags, blueprint, a ``metadata`` object, any other key): the reader keeps every value
of the file on the journey, stage, row or note it belongs to (``interop``, see ``ojf_fields``), and the writer
gives them back in their order, with the model's current values where they were edited. So a journey not edited
since its import exports as the same JSON document.

Reading is in ``ojf_read``, writing in ``ojf_write``; this module is what the rest of the app imports.
"""

from __future__ import annotations

from cjm_desktop.interop.ojf_fields import (
    BLUEPRINT_KEYS,
    FORMAT,
    IMPORT,
    MAX_DEPTH,
    MAX_INTEROP,
    MAX_SCORE,
    OJF,
    SCORE_OF_EMOTION,
    SEVERITIES,
    VERSION,
    emotion_of,
)
from cjm_desktop.interop.ojf_read import read_ojf
from cjm_desktop.interop.ojf_write import write_ojf

__all__ = ["BLUEPRINT_KEYS", "FORMAT", "IMPORT", "MAX_DEPTH", "MAX_INTEROP", "MAX_SCORE", "OJF", "SCORE_OF_EMOTION",
           "SEVERITIES", "VERSION", "emotion_of", "read_ojf", "write_ojf"]
