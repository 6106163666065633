"""What a project may hold: the limits every value is checked against (storage, imports, editors)."""

SHORT_TEXT = 2_000  # names, titles, icons, departments...
LONG_TEXT = 100_000  # note text, comments, descriptions
MAX_LIST_ITEMS = 200
MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_COUNT = 1_000_000  # votes and other counters
