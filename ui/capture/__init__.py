"""Quick capture: lines typed on the toolbar become notes."""
