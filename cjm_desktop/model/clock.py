"""Timestamps as stored in files: ISO 8601, UTC, second precision."""

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
