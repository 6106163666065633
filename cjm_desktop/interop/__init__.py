"""Other tools' files: CSV (rows or Excel matrix), OpenJourney (.ojf) and Mermaid ``journey``."""
