"""The workshop's agenda: timed steps, prefilled from the method, and time spent against the plan."""
