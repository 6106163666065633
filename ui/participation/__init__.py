"""Participation from phones, facilitator side: open/close, join URL and QR code, participants, moderation."""
