"""Dot-voting sessions: participants, budgets, votes by click, proxy and paper dots, results and heat-map."""
