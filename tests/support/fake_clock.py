"""A clock tests move by hand (for the workshop timer: ``TimerController(clock=...)``)."""

from __future__ import annotations


class FakeClock:
    """Monotonic seconds that change only when ``advance`` says so."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
