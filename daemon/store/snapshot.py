"""The store as the daemon has recorded it, for readers in other processes (``lifeline
cases``, ``lifeline audit``, tests, the demo): read-only, never locked, never torn (the
live file is replaced by rename)."""

from __future__ import annotations

from pathlib import Path

from daemon.store.durable import read_json_object
from daemon.store.layout import sent_log_path
from daemon.store.outbox import sent_entries


def read_snapshot(store_path: Path) -> dict:
    """The live file plus the sent marks not yet folded into it. The log is read first: if
    the daemon folds it in between, the newer file has the marks."""
    store_path = Path(store_path)
    sent = sent_entries(sent_log_path(store_path))
    try:
        data = read_json_object(store_path)
    except FileNotFoundError:
        return {}
    by_id = {row.get("message_id"): row for row in data.get("outbox", {}).values()}
    for message_id, fields in sent:
        if message_id in by_id:
            by_id[message_id].update(fields, status="sent")
    return data
