"""How long rows stay in the live store, and how long personal data is kept at all."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StorePolicy:
    archive_closed_after_days: float = 30.0  # closed cases older than this go to archive/
    ledger_days: float = 30.0  # intake ledger rows (duplicate detection window)
    retention_days: float = 365.0  # personal fields of closed cases erased after this
    maintenance_minutes: float = 60.0  # how often the daemon archives and erases
