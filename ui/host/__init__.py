"""What the main window offers its features: the typed seam (``FeatureHost``), the journey tabs
they follow, and the base class of their docks. Features import this, never ``ui.window``."""
