"""The workshop timer: its clock and its large display, shared by the agenda and the presentation."""
