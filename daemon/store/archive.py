"""Archive files: closed cases, their sent mails and old ledger rows, one file per kind and
month (``archive/<kind>-<YYYY-MM>.json``), so the live file, rewritten on every transaction,
stays small however long the history.

Rows are merged into their month's file by key, so moving them twice (a crash between the
archive write and the live write) neither loses nor doubles a row.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from daemon.config.schema import StorePolicy
from daemon.core.isotime import from_iso
from daemon.store.durable import json_bytes, read_json_object, write_atomic

# kind -> (the key a row is merged by, the time field that picks its month)
KINDS: dict[str, tuple[str, str]] = {
    "cases": ("id", "created_at"),
    "outbox": ("message_id", "queued_at"),
    "intake": ("sha256", "at"),
}


def _when(value: str | None) -> datetime | None:
    """A row's time, or None when it has none or an unreadable one (the row then stays live)."""
    try:
        return from_iso(value)
    except ValueError:
        return None


def closed_at(case: dict) -> datetime | None:
    """When a closed case was closed: the time of its last event (None if it is not closed)."""
    if case.get("state") != "closed":
        return None
    events = case.get("events") or []
    return _when(events[-1].get("at")) if events else _when(case.get("created_at"))


def due(cases: list, outbox: list, intake: list, now: datetime, policy: StorePolicy) -> dict[str, list]:
    """The rows to move: closed cases past the policy's age with their sent mails, and ledger
    rows past the duplicate window. Open cases and mails still to send never move."""
    case_cut = now - timedelta(days=policy.archive_closed_after_days)
    ledger_cut = now - timedelta(days=policy.ledger_days)
    old_cases = [c for c in cases if (closed_at(c) or now) < case_cut]
    ids = {c["id"] for c in old_cases}
    return {
        "cases": old_cases,
        "outbox": [m for m in outbox if m.get("case_id") in ids and m.get("status") != "pending"],
        "intake": [r for r in intake if (_when(r.get("at")) or now) < ledger_cut],
    }


def archive_file(folder: Path, kind: str, month: str) -> Path:
    return folder / f"{kind}-{month}.json"


def rows(folder: Path, kind: str) -> list[dict]:
    """Every archived row of a kind, oldest month first."""
    out: list[dict] = []
    for path in sorted(folder.glob(f"{kind}-*.json")):
        out += read_json_object(path).get("rows", [])
    return out


def merge(folder: Path, kind: str, new_rows: list[dict]) -> None:
    """Merge rows into their months' files (idempotent by key), durably."""
    key, when = KINDS[kind]
    by_month: dict[str, list[dict]] = {}
    for row in new_rows:
        by_month.setdefault((row.get(when) or "0000-00")[:7], []).append(row)
    folder.mkdir(mode=0o700, exist_ok=True)
    for month, month_rows in sorted(by_month.items()):
        path = archive_file(folder, kind, month)
        existing = read_json_object(path).get("rows", []) if path.exists() else []
        merged = {r.get(key): r for r in existing}
        merged.update({r.get(key): r for r in month_rows})
        write_atomic(path, json_bytes({"kind": kind, "month": month, "rows": list(merged.values())}))


def rewrite(folder: Path, kind: str, change: Callable[[dict], dict | None]) -> int:
    """Apply ``change`` to every archived row of a kind (None = unchanged); how many changed."""
    changed = 0
    for path in sorted(folder.glob(f"{kind}-*.json")):
        data = read_json_object(path)
        out, dirty = [], False
        for row in data.get("rows", []):
            new = change(row)
            if new is not None:
                row, dirty = new, True
                changed += 1
            out.append(row)
        if dirty:
            data["rows"] = out
            write_atomic(path, json_bytes(data))
    return changed
