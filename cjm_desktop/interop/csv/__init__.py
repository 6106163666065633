"""CSV in its two forms: one note per row (ours), and the channel × stage matrix of Excel workshops."""
