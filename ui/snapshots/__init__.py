"""Snapshots of the project: take, list, compare with now, export as it was, restore as a new journey."""
