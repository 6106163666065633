"""Participation from phones: the room (who joined, what they sent), its rules, and the HTTP server (no Qt)."""
