"""The time formats Lifeline writes, and the one parser for reading them back. Pure."""

from __future__ import annotations

from datetime import datetime, timezone


def iso_utc(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z: how cases, reports and events store their times."""
    if value is None:
        return None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso(value: datetime | None) -> str | None:
    """``isoformat()``: how the intake ledger and the outbox rows store theirs (kept as it was)."""
    return value.isoformat() if value is not None else None


def parse_iso(value: str | None) -> datetime | None:
    """Either format back to an aware datetime; None for an empty value."""
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
