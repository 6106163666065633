"""The command line against bare scripts doing the same work, at 20,000 notes (issue 15).

    .venv/bin/python tests/bench/bench_cli.py [--runs 5] [--notes 20000] [--ops info,check,export,import]

A realistic project is written straight with the codec (``tests/support/big_files.write_file``, a second):
four journeys (three current, one target derived from the first) of 8 stages × 7 channels, 20,000 notes
with varied texts, evaluations, emotions, votes, departments, comments, colours, other tools' fields and
timestamps, three personas, stage details, KPIs, actions and links. Beside it, a CSV of 20,000 note rows
in our row form (four journeys) for the import.

Each operation runs in a fresh child process, the app's and its floor's alternately, and is timed from
the parent (wall time around ``subprocess.run``), so both sides include the start-up of the same Python
interpreter (``sys.executable``, with its ``site``): only the work after start-up differs. The app runs as
``python main.py COMMAND …``. The floor is a bare script (below, ``BARE``) that does the same work with
the standard library only and checks nothing:

- ``info``: ``sqlite3`` reads every row of the tables the summary is made of (project, persona, journey,
  stage, channel, touchpoint), counts stages, channels and notes per journey in Python and prints the
  same JSON;
- ``check``: ``sqlite3`` reads every row of every table and prints ``ok``;
- ``export csv``: ``sqlite3`` reads the notes with their journey, stage and channel (ordered by SQL) and
  ``csv.writer`` writes one row per note, the stage and channel rows first, UTF-8 with a BOM;
- ``import``: ``csv.reader`` reads the CSV and ``executemany`` inserts its rows into a new SQLite file's
  table of the same 13 columns, in one transaction.

Each side runs once untimed first (the disk cache, ``.pyc`` files). The figures are medians of ``--runs``
runs. Targets: info and check ≤ 3 × their floor, import ≤ 3 ×, export csv ≤ 2 ×. Exits with status 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cjm_desktop.model.domain import (  # noqa: E402
    Action,
    ActionLink,
    Channel,
    Entity,
    Evaluation,
    Journey,
    JourneyKind,
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
from tests.support.big_files import write_file  # noqa: E402
from tests.support.sample_project import NOTES  # noqa: E402

TARGETS = {"info": 3.0, "check": 3.0, "export csv": 2.0, "import": 3.0}
OPS = {"info": "info", "check": "check", "export": "export csv", "import": "import"}

STAGES = [("Besoin", Phase.BEFORE), ("Recherche", Phase.BEFORE), ("Comparaison", Phase.BEFORE),
          ("Souscription", Phase.PURCHASE), ("Installation", Phase.PURCHASE), ("Utilisation", Phase.AFTER),
          ("Support", Phase.AFTER), ("Recommandation", None)]
CHANNELS = [("Site web", "mdi6.web"), ("Application mobile", "mdi6.cellphone"), ("Téléphone", "mdi6.phone"),
            ("Boutique", "mdi6.store"), ("E-mail", "mdi6.email"), ("Chat", "mdi6.chat"),
            ("Réseaux sociaux", "mdi6.account-group")]
JOURNEYS = [("Abonnement Fibre", JourneyKind.CURRENT), ("Déménagement", JourneyKind.CURRENT),
            ("Résiliation", JourneyKind.CURRENT), ("Abonnement Fibre — cible", JourneyKind.TARGET)]
DEPARTMENTS = ["Marketing", "Service client", "Technique", "Facturation", "Logistique", "Juridique"]
COMMENTS = ["", "", "Vu trois fois pendant l’atelier", "À vérifier avec le SAV", "",
            "Verbatim client : « c’est long »", "Priorité du comité de direction", ""]
TEXTS = [text for stage in NOTES for text, _ in stage]
STAMP = "2025-12-03T{:02d}:{:02d}:00+00:00"


# --- building the files --------------------------------------------------------------------------------


def project_entities(notes: int) -> list[Entity]:
    """The project described in the module's docstring, with ``notes`` notes."""
    entities: list[Entity] = [Project(title="Abonnement Fibre — atelier du 3 décembre", organisation="Opérateur",
                                      purpose="Réduire les résiliations", workshop_date="2025-12-03",
                                      facilitators=("Claire", "Karim"), created_at=STAMP.format(9, 0),
                                      updated_at=STAMP.format(18, 30))]
    entities.append(VotingSession(1, "Saisie directe", budget=0, repeat=True, revealed=True))
    entities += [Persona(1 + p, name, p, None, 30 + 9 * p, "Cadre", "Famille", "Un débit fiable", "Les coupures",
                         "Le soir, en streaming", "Je veux que ça marche") for p, name in
                 enumerate(["Julie, 34 ans", "Marc, retraité", "Inès, étudiante"])]
    evaluations = list(Evaluation)
    shares = [0.35, 0.25, 0.2, 0.2]
    counts = [int(notes * share) for share in shares]
    counts[0] += notes - sum(counts)
    note_id = stage_id = channel_id = kpi_id = 0
    first_notes: list[int] = []
    for j, ((name, kind), count) in enumerate(zip(JOURNEYS, counts, strict=True), start=1):
        derived = 1 if kind is JourneyKind.TARGET else None
        entities.append(Journey(j, name, kind, j - 1, 1 + (j - 1) % 3, derived, f"Le parcours « {name} »",
                                ("goal", "kpis", "emotion")))
        stage_ids, channel_ids = [], []
        for s, (stage, phase) in enumerate(STAGES):
            stage_id += 1
            stage_ids.append(stage_id)
            entities.append(Stage(stage_id, j, stage, s, phase, (s % 5) - 2 if s % 3 == 0 else None))
            entities.append(StageDetails(stage_id, stage_id, f"Réussir l’étape « {stage} »", "2 à 3 jours",
                                         ("Enquête NPS", "Verbatims"), (DEPARTMENTS[s % 6],)))
            for k in range(2):
                kpi_id += 1
                entities.append(Kpi(kpi_id, stage_id, f"Taux de réussite {k + 1}", k, "≥ 90 %", "< 80 %"))
        for c, (channel, icon) in enumerate(CHANNELS):
            channel_id += 1
            channel_ids.append(channel_id)
            entities.append(Channel(channel_id, j, channel, c, icon))
        positions: dict[tuple[int | None, int | None], int] = {}
        for n in range(count):
            note_id += 1
            if j == 1:
                first_notes.append(note_id)
            cell: tuple[int | None, int | None] = (
                (None, None) if n % 97 == 0 else (channel_ids[n % 7], stage_ids[n // 7 % 8]))
            position = positions[cell] = positions.get(cell, -1) + 1
            evaluation = evaluations[(n * 7 + j) % len(evaluations)]
            pain = evaluation in (Evaluation.PAIN, Evaluation.BREAKING)
            entities.append(Touchpoint(
                note_id, j, f"{TEXTS[n % len(TEXTS)]} ({n // len(TEXTS) + 1})", cell[0], cell[1], position,
                evaluation, n % 13 == 0, (n % 5) - 2 if n % 4 else None,
                tuple(DEPARTMENTS[(n + k) % 6] for k in range(n % 3)), COMMENTS[n % len(COMMENTS)],
                "#ff8800" if n % 10 == 0 else None, STAMP.format(10 + n % 8, n % 60), STAMP.format(16, n % 60),
                json.dumps({"ojf_id": f"n{n}", "tags": ["atelier"]}) if n % 20 == 0 else "",
                first_notes[n] if kind is JourneyKind.TARGET and n < len(first_notes) else None,
                "Le client appelle le SAV" if pain else "", "Rappel automatique sous 24 h" if pain else ""))
            if n % 6:  # the note's votes: dots entered directly
                entities.append(Vote(note_id, 1, None, note_id, None, n % 6))
    actions = 40
    entities += [Action(1 + a, f"Action {a + 1} : rappeler le client sous 24 h", a, 1 + a % 4,
                        DEPARTMENTS[a % 6], 1 + a % 3, 1 + a % 5, 1 + (a * 2) % 5,
                        description="Un conseiller rappelle.")
                 for a in range(actions)]
    entities += [ActionLink(1 + k, 1 + k % actions, 1 + (k * 37) % notes) for k in range(min(200, notes))]
    return entities


CSV_COLUMNS = ("journey", "kind", "persona", "stage", "phase", "channel", "text", "evaluation", "moment_of_truth",
               "emotion", "departments", "votes", "comment")


def write_csv(path: Path, notes: int) -> Path:
    """A CSV of ``notes`` note rows in our row form, over the four journeys (UTF-8 with a BOM, ``;``)."""
    evaluations = ["", "enchantement", "neutre", "irritant", "rupture"]
    kinds = {JourneyKind.CURRENT: "existant", JourneyKind.TARGET: "cible"}
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for n in range(notes):
            journey, kind = JOURNEYS[n % 4]
            stage, phase = STAGES[n // 7 % 8]
            writer.writerow([journey, kinds[kind], ["Julie", "Marc", "Inès"][n % 4 % 3], stage,
                             phase.value if phase else "", CHANNELS[n % 7][0], f"{TEXTS[n % len(TEXTS)]} ({n})",
                             evaluations[n % 5], "1" if n % 13 == 0 else "0", str((n % 5) - 2) if n % 4 else "",
                             "|".join(DEPARTMENTS[(n + k) % 6] for k in range(n % 3)), str(n % 6),
                             COMMENTS[n % len(COMMENTS)]])
    return path


# --- the floors ---------------------------------------------------------------------------------------

BARE = {
    "info": r"""
import json, sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = {t: conn.execute(f"SELECT * FROM {t}").fetchall()
        for t in ("project", "persona", "journey", "stage", "channel", "touchpoint")}
personas = {r[0]: r[1] for r in rows["persona"]}
journeys = {r[0]: r for r in rows["journey"]}
counts = {t: {} for t in ("stage", "channel", "touchpoint")}
for t, per in counts.items():
    for r in rows[t]:
        per[r[1]] = per.get(r[1], 0) + 1
print(json.dumps({"title": rows["project"][0][1], "schema_version": 3, "journeys": [
    {"name": j[1], "kind": j[2], "persona": personas.get(j[4]),
     "derived_from": journeys[j[5]][1] if j[5] in journeys else None,
     "stages": counts["stage"].get(j[0], 0), "channels": counts["channel"].get(j[0], 0),
     "touchpoints": counts["touchpoint"].get(j[0], 0)}
    for j in sorted(journeys.values(), key=lambda j: (j[3], j[0]))]}, ensure_ascii=False, indent=2))
""",
    "check": r"""
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for t in ("project", "persona", "journey", "stage", "channel", "touchpoint", "stage_details", "kpi", "action",
          "action_link", "agenda_step", "voting_session", "participant", "vote", "snapshot_chunk", "snapshot"):
    conn.execute(f"SELECT * FROM {t}").fetchall()
print("ok")
""",
    "export csv": r"""
import csv, sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as handle:
    writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
    writer.writerow(("journey", "kind", "persona", "stage", "phase", "channel", "text", "evaluation",
                     "moment_of_truth", "emotion", "departments", "votes", "comment"))
    journeys = conn.execute("SELECT j.id, j.name, j.kind, coalesce(p.name, '') FROM journey j "
                            "LEFT JOIN persona p ON p.id = j.persona_id ORDER BY j.position, j.id").fetchall()
    for jid, name, kind, persona in journeys:
        head = [name, kind, persona]
        writer.writerows([*head, s, p or "", "", *[""] * 7] for s, p in conn.execute(
            "SELECT name, phase FROM stage WHERE journey_id = ? ORDER BY position, id", (jid,)))
        writer.writerows([*head, "", "", c, *[""] * 7] for (c,) in conn.execute(
            "SELECT name FROM channel WHERE journey_id = ? ORDER BY position, id", (jid,)))
        writer.writerows([*head, *row] for row in conn.execute(
            "SELECT coalesce(s.name, ''), coalesce(s.phase, ''), coalesce(c.name, ''), t.text, t.evaluation, "
            "t.moment_of_truth, coalesce(t.emotion, ''), t.departments, coalesce(v.dots, 0), t.comment "
            "FROM touchpoint t LEFT JOIN stage s ON s.id = t.stage_id LEFT JOIN channel c ON c.id = t.channel_id "
            "LEFT JOIN (SELECT touchpoint_id, sum(count) AS dots FROM vote GROUP BY touchpoint_id) v "
            "ON v.touchpoint_id = t.id "
            "WHERE t.journey_id = ? ORDER BY s.position IS NULL, s.position, c.position, t.position, t.id", (jid,)))
""",
    "import": r"""
import csv, sqlite3, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
    rows = list(csv.reader(handle, delimiter=";"))[1:]
conn = sqlite3.connect(sys.argv[2])
conn.execute("CREATE TABLE note (journey TEXT, kind TEXT, persona TEXT, stage TEXT, phase TEXT, channel TEXT, "
             "text TEXT, evaluation TEXT, moment_of_truth TEXT, emotion TEXT, departments TEXT, votes TEXT, "
             "comment TEXT)")
conn.executemany("INSERT INTO note VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
conn.commit()
conn.close()
""",
}


# --- timing ------------------------------------------------------------------------------------------


def commands(op: str, project: Path, source_csv: Path, out: Path, bare: Path) -> tuple[list[str], list[str]]:
    """The app's command line and its floor's, for ``op``."""
    python, main = sys.executable, str(ROOT / "main.py")
    if op == "info":
        return [python, main, "info", str(project)], [python, str(bare), str(project)]
    if op == "check":
        return [python, main, "check", str(project)], [python, str(bare), str(project)]
    if op == "export csv":
        return ([python, main, "export", str(project), "--to", str(out / "app.csv")],
                [python, str(bare), str(project), str(out / "bare.csv")])
    return ([python, main, "import", str(out / "imported.cjm"), "--from", str(source_csv)],
            [python, str(bare), str(source_csv), str(out / "bare.sqlite")])


def timed(command: list[str], out: Path, env: dict[str, str]) -> float:
    """Wall milliseconds of one child; a failure stops the benchmark with what the child said."""
    for stale in ("imported.cjm", "bare.sqlite"):  # an import creates its file
        (out / stale).unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=out, timeout=600)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[1:3])} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each side (default 5)")
    parser.add_argument("--notes", type=int, default=20_000)
    parser.add_argument("--ops", default=",".join(OPS), help="among " + ",".join(OPS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        project = write_file(folder / "bench.cjm", project_entities(args.notes))
        source_csv = write_csv(folder / "import.csv", args.notes)
        print(f"built {project.stat().st_size / 1e6:.1f} MB project ({args.notes:,} notes) and a "
              f"{args.notes:,}-row CSV in {time.perf_counter() - started:.1f} s; {args.runs} runs each\n")
        env = {**os.environ, "CJM_DATA_DIR": str(folder / "data")}
        print(f"{'operation':<12} {'app ms':>8} {'bare ms':>8} {'ratio':>6} {'target':>7}  verdict")
        missed = False
        for key in args.ops.split(","):
            op = OPS[key]
            bare = folder / f"bare_{key}.py"
            bare.write_text(BARE[op], encoding="utf-8")
            app_command, bare_command = commands(op, project, source_csv, folder, bare)
            timed(app_command, folder, env)  # warm-up: disk cache, .pyc files
            timed(bare_command, folder, env)
            app_ms, bare_ms = [], []
            for _ in range(args.runs):  # alternately, so that a busy moment hits both sides
                app_ms.append(timed(app_command, folder, env))
                bare_ms.append(timed(bare_command, folder, env))
            app, floor = statistics.median(app_ms), statistics.median(bare_ms)
            ratio = app / floor
            ok = ratio <= TARGETS[op]
            missed |= not ok
            print(f"{op:<12} {app:>8.0f} {floor:>8.0f} {ratio:>5.1f}× {'≤ ' + str(TARGETS[op]) + '×':>7}  "
                  f"{'ok' if ok else 'MISSED'}", flush=True)
    print("\nall targets met" if not missed else "\nsome targets missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
