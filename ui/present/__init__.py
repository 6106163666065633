"""Presentation mode: the map shown to a room, full screen, stage by stage."""
