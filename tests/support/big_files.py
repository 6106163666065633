"""Big project files, written straight with the codec (fast: 20,000 notes in a second), for the tests and
the benchmark of the limits (tests/bench/bench_big_files.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cjm_desktop.model.domain import (
    Action,
    ActionLink,
    Channel,
    Entity,
    Evaluation,
    Journey,
    Kpi,
    Persona,
    Phase,
    Project,
    Stage,
    StageDetails,
    Touchpoint,
    Vote,
    VotingSession,
)
from cjm_desktop.model.limits import MAX_ACTIONS, MAX_KPIS, MAX_LINKS, MAX_PERSONAS
from cjm_desktop.storage import codec
from cjm_desktop.storage.sqlite_io import create_schema
from tests.support.sample_project import NOTES

TEXTS = [text for stage in NOTES for text, _ in stage]


def write_file(path: Path, entities: list[Entity]) -> Path:
    """A ``.cjm`` file holding ``entities`` (no check: a test may write more than the limits allow)."""
    conn = sqlite3.connect(path, autocommit=True)
    try:
        create_schema(conn)
        conn.execute("BEGIN")
        by_table: dict[str, list[dict]] = {}
        for entity in entities:
            record = codec.encode(entity)
            if isinstance(entity, Project):
                record["id"], record["revision"] = 1, 1
            by_table.setdefault(codec.TABLE_OF[type(entity)], []).append(record)
        for table, records in by_table.items():
            names = list(records[0])
            sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            conn.executemany(sql, [[r[n] for n in names] for r in records])
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path


def grid_entities(stages: int, channels: int, notes: int, tall: bool = False, long_chars: int = 0) -> list[Entity]:
    """A project of one journey of ``stages`` × ``channels`` holding ``notes`` notes: spread over every cell
    (stage by stage), or (``tall``) piled into the first stage's cells; ``long_chars`` makes each note that long.
    Note ``n`` (from 0) has id ``n + 1`` and cycles through the evaluations, emotions and votes."""
    phases = [Phase.BEFORE, Phase.PURCHASE, Phase.AFTER, None]
    entities: list[Entity] = [Project(title="Banc d’essai : gros fichiers"), Journey(1, "Parcours géant")]
    entities += [Stage(1 + s, 1, f"Étape {s + 1}", s, phases[s * 4 // stages]) for s in range(stages)]
    entities += [Channel(1 + c, 1, f"Canal {c + 1}", c, "mdi6.web") for c in range(channels)]
    evaluations = list(Evaluation)
    positions: dict[tuple[int, int], int] = {}
    for n in range(notes):
        cell = (1 + n % channels, 1) if tall else (1 + n % channels, 1 + n // channels % stages)
        position = positions[cell] = positions.get(cell, -1) + 1
        text = TEXTS[n % len(TEXTS)]
        if long_chars:
            text = f"Note {n} : " + " ".join(TEXTS) + " "
            text = (text * (long_chars // len(text) + 1))[:long_chars]
        entities.append(Touchpoint(1 + n, 1, text, cell[0], cell[1], position, evaluations[n % len(evaluations)],
                                   n % 11 == 0, (n % 5) - 2))
    entities.append(VotingSession(1, "Saisie directe", budget=0, repeat=True, revealed=True))
    entities += [Vote(1 + n, 1, None, 1 + n, None, n % 4) for n in range(notes) if n % 4]
    return entities


def plan_entities(notes: int, personas: int = MAX_PERSONAS, actions: int = MAX_ACTIONS, links: int = MAX_LINKS,
                  kpis: int = MAX_KPIS) -> list[Entity]:
    """What the appendix prints, at the limits: personas, actions linked to the notes 1 to ``notes`` (as many
    links as allowed), and every KPI on stage 1 (one table row: the tallest), with stage details."""
    entities: list[Entity] = [Persona(1 + p, f"Persona {p + 1}", p, None, 30 + p % 40, "Cadre", "Famille",
                                      "Un débit fiable", "Les coupures", "Le soir", "Je veux que ça marche")
                              for p in range(personas)]
    entities += [Action(1 + a, f"Action {a + 1} : rappeler le client sous 24 h", a, 1, "Service client",
                        1 + a % 3, 1 + a % 5, 1 + a % 5, description="Un conseiller rappelle.")
                 for a in range(actions)]
    entities += [ActionLink(1 + k, 1 + k % actions, 1 + k % notes) for k in range(min(links, notes))]
    entities += [StageDetails(1, 1, "Comparer les offres", "2 jours", (), ("Marketing",))]
    entities += [Kpi(1 + k, 1, f"Indicateur {k + 1}", k, "≥ 90 %", "< 80 %") for k in range(kpis)]
    return entities
