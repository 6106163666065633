"""What a project may hold: the limits every value is checked against (storage, imports, editors)."""

from cjm_desktop.model.domain import Action, ActionLink, Journey, Kpi, Persona, Touchpoint

SHORT_TEXT = 2_000  # names, titles, icons, departments...
LONG_TEXT = 100_000  # note text, comments, descriptions
MAX_LIST_ITEMS = 200
MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_COUNT = 1_000_000  # votes and other counters
# ids a file may hold: below the bound of every number (MAX_COUNT * 1000), with room for a million new ones
MAX_ID = MAX_COUNT * 1000 - 1_000_000
MAX_REVISION = 2**62  # the edit counter: far beyond any use, and every next edit still fits SQLite's integers

# The size of a project. A real workshop maps 1 to 6 journeys of 5 to 15 stages and 5 to 12 channels,
# holding tens to a few hundred notes, for 1 to 6 personas, with an action plan of 10 to 100 actions and
# 1 to 5 KPIs a stage. These limits are far beyond that, and the worst file within them (one journey of
# 100 × 60 = 6,000 cells holding 20,000 notes, 100,000 characters each allowed) still opens, checks and
# exports (CSV, OpenJourney, Mermaid, PDF) in seconds: tests/bench/bench_big_files.py. A file over any of
# them is refused; an edit or an import that would go past one is refused too.
MAX_NOTES = 20_000  # sticky notes in a project (also the rows of an import)
MAX_JOURNEYS = 50  # journeys in a project
MAX_STAGES = 100  # stages (columns) of one journey
MAX_CHANNELS = 60  # channels (rows) of one journey
MAX_PERSONAS = 200
MAX_ACTIONS = 1_000  # actions of the plan
MAX_LINKS = 5_000  # links from actions to the notes they address
MAX_KPIS = 2_000  # KPIs, all stages together

# The most entities of a kind a project holds (stages and channels are counted per journey), and their
# name in a sentence (« a project holds at most 20,000 notes »).
PROJECT_LIMITS: dict[type, tuple[int, str]] = {
    Journey: (MAX_JOURNEYS, "journeys"),
    Touchpoint: (MAX_NOTES, "notes"),
    Persona: (MAX_PERSONAS, "personas"),
    Action: (MAX_ACTIONS, "actions"),
    ActionLink: (MAX_LINKS, "links between actions and notes"),
    Kpi: (MAX_KPIS, "KPIs"),
}
