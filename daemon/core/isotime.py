"""The time formats Lifeline stores, written and read in one place. Pure.

Times are written as ISO 8601 in UTC with a ``Z``; older rows and other writers may carry
``+00:00`` or microseconds, which read back the same. The outbox and intake-ledger rows
have always been written with ``isoformat()`` (``+00:00``, microseconds): ``isoformat``
keeps them so.
"""

from __future__ import annotations

from datetime import datetime, timezone


def iso_utc(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z, the one time format Lifeline writes."""
    if value is None:
        return None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def isoformat(value: datetime | None) -> str | None:
    """``value.isoformat()``: how outbox and intake-ledger rows store their times."""
    return value.isoformat() if value is not None else None


def from_iso(value: str | None) -> datetime | None:
    """A stored time back to a datetime; None for a missing one. Raises ValueError on garbage:
    a caller that may see hand-edited rows decides what garbage means."""
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
