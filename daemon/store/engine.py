"""The case store: one TinyDB file, written atomically, owned by one daemon at a time.

Durability rules (ARCHITECTURE.md): every write goes to a temp file, is fsynced, renamed over
the store and the folder is fsynced, so a crash leaves either the old or the new file, never
a torn one. Writes inside ``transaction()`` are grouped into one durable write, so that a
case and its outgoing mails become durable together; a transaction that raises is rolled
back, never half-written. Reads come from memory.

Before each replace the previous file is kept as ``<name>.bak`` (a hard link, so it costs no
copy): if the live file is ever found unreadable (disk fault, a hand edit), the daemon refuses
to start and names both files, instead of starting empty and forgetting open cases.

Closed cases and old intake-ledger rows move to per-month archive files (``archive/``) so the
live file, which is rewritten on every transaction, stays small however long the history.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import fcntl
import hashlib
import json
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Hashable, Iterator

from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from daemon.config.schema import StorePolicy
from daemon.core.isotime import from_iso
from daemon.store.audit import AuditLog, Head
from daemon.store.durable import append_durably, fsync_dir, link_backup, write_atomic


class StoreError(RuntimeError):
    """The store cannot be used; the message says why and what to do."""


def _load_json(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8") or "{}")
    if not isinstance(data, dict):
        raise ValueError("top level is not an object")
    return data


def audit_log_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.stem + "-audit.jsonl")


def sent_log_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.stem + "-sent.jsonl")


def sent_entries(log_path: Path) -> list[tuple[str, dict]]:
    """(message_id, fields) per line of a sent log; a line torn by a crash is skipped, so
    that mail counts as not sent and is sent again (with the same Message-ID)."""
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return []
    entries = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
            entries.append((entry.pop("message_id"), entry))
        except (ValueError, KeyError, AttributeError, TypeError):
            continue
    return entries


def read_snapshot(store_path: Path) -> dict:
    """The store as the daemon has recorded it, for readers in other processes (tests,
    ``lifeline cases``): the file plus the sent marks not yet folded into it. The log is read
    first: if the daemon folds it in between, the newer file has the marks."""
    store_path = Path(store_path)
    sent = sent_entries(sent_log_path(store_path))
    try:
        data = _load_json(store_path)
    except FileNotFoundError:
        return {}
    by_id = {row.get("message_id"): row for row in data.get("outbox", {}).values()}
    for message_id, fields in sent:
        if message_id in by_id:
            by_id[message_id].update(fields, status="sent")
    return data


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


class AtomicJSONStorage(Storage):
    """TinyDB storage that keeps the document in memory and replaces the file atomically."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._depth = 0
        self._dirty = False
        self._failed = False
        self.writes = 0  # durable writes done, for tests and benchmarks
        self.before_flush: list[Callable[[], None]] = []  # run just before each durable write
        self.after_flush: list[Callable[[], None]] = []
        self.after_rollback: list[Callable[[], None]] = []
        bak = backup_path(self.path)
        if self.path.exists():
            try:
                self._data = _load_json(self.path)
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                hint = (f"The last good copy is {bak}: check it, then move {self.path.name} aside and "
                        f"copy {bak.name} to {self.path.name}." if bak.exists() else "There is no backup copy (.bak).")
                raise StoreError(
                    f"{self.path} is not a readable store ({type(exc).__name__}: {str(exc)[:120]}); "
                    f"refusing to start empty. {hint}"
                ) from None
        elif bak.exists():
            raise StoreError(
                f"{self.path} is missing but its backup {bak} exists; refusing to start empty. "
                f"If the store was lost, copy {bak.name} to {self.path.name}; to start a new store on purpose, "
                f"move {bak.name} aside."
            )
        else:
            self._data = {}

    def read(self) -> dict[str, Any]:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        self._data = data
        if self._depth:
            self._dirty = True
        else:
            self._flush()

    @contextlib.contextmanager
    def batch(self, durable: bool = True) -> Iterator[None]:
        """Group writes. ``durable=False`` leaves them in memory for the next durable write:
        only for changes that another durable record already covers (see Store.mark_sent)."""
        self._depth += 1
        ok = False
        try:
            yield
            ok = True
        finally:
            self._depth -= 1
            if not ok:
                self._failed = True
            if not self._depth:
                failed, self._failed = self._failed, False
                if failed:
                    self._dirty = False
                    self._rollback()  # nothing of a failed transaction is kept
                elif self._dirty and durable:
                    self._dirty = False
                    self._flush()

    def _rollback(self) -> None:
        """Memory goes back to what is durable: the file as last written (read back only on
        this rare path, instead of copying the whole store at every transaction)."""
        self._data = _load_json(self.path) if self.path.exists() else {}
        for hook in self.after_rollback:
            hook()

    def _flush(self) -> None:
        """One durable write. If it fails (disk full, read-only folder) memory goes back to what
        is on disk and StoreError is raised: nothing may be acted on that was not recorded."""
        try:
            for hook in self.before_flush:
                hook()
            payload = json.dumps(self._data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            write_atomic(self.path, payload, keep_backup=True)
        except OSError as exc:
            self._dirty = False
            try:
                self._rollback()
            except OSError:
                pass
            raise StoreError(f"could not write {self.path} ({exc.strerror or exc}); nothing was recorded") from exc
        self.writes += 1
        for hook in self.after_flush:
            hook()

    def close(self) -> None:
        pass


def _month(value: str | None) -> str:
    return (value or "0000-00")[:7]


def _when(value: str | None) -> datetime | None:
    try:
        return from_iso(value)
    except ValueError:  # a hand-edited row: treated as undated, never a crash
        return None


def closed_at(case: dict) -> datetime | None:
    """When a closed case was closed: the time of its last event (None if it is not closed)."""
    if case.get("state") != "closed":
        return None
    events = case.get("events") or []
    return _when(events[-1].get("at")) if events else _when(case.get("created_at"))


class _Index:
    """key -> doc_id for one table, so that looking a row up by its id does not evaluate a
    query on every row (TinyDB's own look-ups are scans). Rebuilt whenever rows may have
    gone (start-up, rollback, archiving); rows are never re-keyed."""

    def __init__(self, table: Table, key: Callable[[dict], Hashable | None]) -> None:
        self.table, self.key, self.ids = table, key, {}

    def rebuild(self) -> None:
        self.ids = {}
        for doc in self.table.all():
            self.add(doc, doc.doc_id)

    def add(self, row: dict, doc_id: int) -> None:
        key = self.key(row)
        if key is not None:
            self.ids.setdefault(key, doc_id)  # the first row with a key wins, as a scan would

    def get(self, key: Hashable) -> Document | None:
        doc_id = self.ids.get(key)
        return self.table.get(doc_id=doc_id) if doc_id is not None else None

    def upsert(self, row: dict) -> int:
        """Merge ``row`` into the row with its key, or insert it."""
        doc_id = self.ids.get(self.key(row))
        if doc_id is not None and self.table.contains(doc_id=doc_id):
            self.table.update(row, doc_ids=[doc_id])
            return doc_id
        doc_id = self.table.insert(row)
        self.add(row, doc_id)
        return doc_id


class Store:
    """Cases, outgoing mails, intake ledger and counters in one TinyDB file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.archive_dir = self.path.parent / "archive"
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        self._lock_file = os.fdopen(fd, "a+")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_file.close()
            raise StoreError(f"{self.path} is in use by another Lifeline daemon (lock held); only one may run per store") from None
        try:
            self.db = TinyDB(self.path, storage=AtomicJSONStorage)
        except StoreError:
            self._unlock()
            raise
        self.storage: AtomicJSONStorage = self.db.storage  # type: ignore[assignment]
        self.cases = self.db.table("cases", cache_size=0)
        self.outbox = self.db.table("outbox", cache_size=0)
        self.intake = self.db.table("intake", cache_size=0)
        self.meta = self.db.table("meta", cache_size=0)
        self._indexes = {
            "case": _Index(self.cases, lambda r: r.get("id")),
            "mail": _Index(self.outbox, lambda r: r.get("message_id")),
            "meta": _Index(self.meta, lambda r: r.get("key")),
            "uid": _Index(self.intake, lambda r: (r.get("uidvalidity"), r.get("uid"))),
            "sha": _Index(self.intake, lambda r: r.get("sha256")),
            "msgid": _Index(self.intake, lambda r: r.get("message_id")),
        }
        self._reindex()
        self.storage.after_rollback.insert(0, self._reindex)
        self.spool_dir = self.path.parent / "spool"
        self.spool_dir.mkdir(mode=0o700, exist_ok=True)
        self.sent_log = sent_log_path(self.path)
        self.audit_path = audit_log_path(self.path)
        self.audit = AuditLog(self.audit_path, Head.from_json(self.get_meta("audit_head")))
        self.storage.before_flush.append(self.audit.flush)
        self.storage.after_flush.append(self.audit.committed)
        self.storage.after_rollback.append(self.audit.discard)
        self.storage.before_flush.append(self._sync_spool_dir)
        self.storage.after_flush.append(self._sent_log_folded)
        self.storage.after_rollback.append(self._replay_sent_log)
        self._spool_dirty = False
        self._replay_sent_log()
        self._sweep_spool()

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """Group writes into one durable write; if the block raises, nothing of it is kept."""
        return self.storage.batch()

    def close(self) -> None:
        self.db.close()
        self._unlock()

    def _unlock(self) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
        self._lock_file.close()

    def refresh_backup(self) -> None:
        """Make ``.bak`` equal to the live file, so erased or archived rows leave no copy behind."""
        if self.path.exists():
            link_backup(self.path)

    # -- meta ----------------------------------------------------------------------------
    def _reindex(self) -> None:
        for index in self._indexes.values():
            index.rebuild()

    def get_meta(self, key: str, default: Any = None) -> Any:
        row = self._indexes["meta"].get(key)
        return row["value"] if row else default

    def set_meta(self, key: str, value: Any) -> None:
        self._indexes["meta"].upsert({"key": key, "value": value})

    def audit_events(self, case_id: str, events: list[dict]) -> None:
        """Append case events to the audit chain, durably with the current transaction."""
        if events:
            self.set_meta("audit_head", self.audit.stage(case_id, events).to_json())

    # -- intake ledger -------------------------------------------------------------------
    def intake_record(self, *, uidvalidity: int, uid: int) -> dict | None:
        return self._indexes["uid"].get((uidvalidity, uid))

    def intake_duplicate(self, *, message_id: str | None, sha256: str) -> dict | None:
        """An earlier intake of the same mail (same bytes, or same Message-ID) within the ledger window."""
        return self._indexes["sha"].get(sha256) or (self._indexes["msgid"].get(message_id) if message_id else None)

    def record_intake(self, record: dict) -> None:
        doc_id = self.intake.insert(record)
        for name in ("uid", "sha", "msgid"):
            self._indexes[name].add(record, doc_id)

    # -- cases ---------------------------------------------------------------------------
    def next_case_id(self, year: int, prefix: str = "LL") -> str:
        key = f"case_seq_{year}"
        seq = self.get_meta(key, 0) + 1
        self.set_meta(key, seq)
        return f"{prefix}-{year}-{seq:06d}"

    def put_case(self, case: dict) -> None:
        self._indexes["case"].upsert(case)

    def get_case(self, case_id: str) -> dict | None:
        """A copy: TinyDB hands out documents that share nested lists with the store."""
        found = self._indexes["case"].get(case_id)
        return copy.deepcopy(dict(found)) if found else None

    def all_cases(self) -> list[dict]:
        return list(self.cases.all())

    # -- outbox --------------------------------------------------------------------------
    # A queued mail is a row (who, why, state) plus its bytes in spool/, written and fsynced
    # before the transaction that adds the row: the live file stays small however many
    # mails wait. "Sent" is recorded by appending one line to the sent log (fsynced, O(1))
    # and folded into the live file by its next durable write; start-up replays the log.

    def _spool_file(self, message_id: str) -> Path:
        return self.spool_dir / (hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:40] + ".eml")

    def add_outgoing(self, mail: dict, raw: bytes | None = None) -> None:
        """Queue a mail; its bytes go to the spool (durable before the row that names them)."""
        if raw is not None:
            try:
                write_atomic(self._spool_file(mail["message_id"]), raw, sync_dir=False)
            except OSError as exc:  # disk full, read-only: the transaction must not go ahead
                raise StoreError(f"could not write {self.spool_dir} ({exc.strerror or exc}); nothing was recorded") from exc
            self._spool_dirty = True
            mail = {**mail, "spool": True}
        self._indexes["mail"].upsert(mail)

    def outgoing_raw(self, mail: dict) -> bytes:
        """The bytes of a queued mail (rows from before the spool carry them inline)."""
        if mail.get("spool"):
            return self._spool_file(mail["message_id"]).read_bytes()
        return base64.b64decode(mail["raw_b64"])

    def outgoing(self, message_id: str) -> dict | None:
        return self._indexes["mail"].get(message_id)

    def _outgoing_ids(self, message_id: str) -> list[int]:
        doc_id = self._indexes["mail"].ids.get(message_id)
        return [doc_id] if doc_id is not None and self.outbox.contains(doc_id=doc_id) else []

    def pending_outgoing(self) -> list[dict]:
        return sorted(self.outbox.search(Query().status == "pending"), key=lambda m: m["queued_at"])

    def update_outgoing(self, message_id: str, fields: dict, *, durable: bool = True) -> None:
        """Change a queued mail's row; ``durable=False`` for bookkeeping a crash may lose
        (the next try's time), so a long outage does not rewrite the store on every retry."""
        with self.storage.batch(durable=durable):
            self.outbox.update(fields, doc_ids=self._outgoing_ids(message_id))

    def mark_sent(self, message_id: str, fields: dict) -> None:
        """The server accepted the mail: one fsynced line in the sent log, then memory."""
        line = json.dumps({"message_id": message_id, **fields}, separators=(",", ":")) + "\n"
        append_durably(self.sent_log, line.encode("utf-8"))
        self._apply_sent(message_id, fields)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._spool_file(message_id))  # sent: no second copy of the mail is kept

    def _apply_sent(self, message_id: str, fields: dict) -> None:
        with self.storage.batch(durable=False):
            self.outbox.update({**fields, "status": "sent"}, doc_ids=self._outgoing_ids(message_id))

    def _replay_sent_log(self) -> None:
        """Fold the sent log into memory (start-up, rollback)."""
        for message_id, fields in sent_entries(self.sent_log):
            self._apply_sent(message_id, fields)

    def _sent_log_folded(self) -> None:
        """After a durable write the live file holds every sent mark: the log can start over."""
        if self.sent_log.exists() and self.sent_log.stat().st_size:
            with open(self.sent_log, "r+b") as f:
                f.truncate(0)
                os.fsync(f.fileno())

    def _sync_spool_dir(self) -> None:
        if self._spool_dirty:
            fsync_dir(self.spool_dir)
            self._spool_dirty = False

    def _sweep_spool(self) -> None:
        """Remove spool files no pending row names (left by a crash or a rolled-back transaction)."""
        wanted = {self._spool_file(m["message_id"]).name for m in self.pending_outgoing() if m.get("spool")}
        for path in self.spool_dir.glob("*.eml"):
            if path.name not in wanted:
                path.unlink(missing_ok=True)

    # -- archives ------------------------------------------------------------------------
    def archive_file(self, kind: str, month: str) -> Path:
        return self.archive_dir / f"{kind}-{month}.json"

    def archived(self, kind: str) -> list[dict]:
        """Every archived row of a kind ("cases", "intake", "outbox"), oldest month first."""
        rows: list[dict] = []
        for path in sorted(self.archive_dir.glob(f"{kind}-*.json")):
            rows += _load_json(path).get("rows", [])
        return rows

    def _archive_rows(self, kind: str, rows: list[dict], key: str, month_of: Callable[[dict], str]) -> None:
        """Merge rows into their month's archive file (idempotent by ``key``), durably."""
        by_month: dict[str, list[dict]] = {}
        for row in rows:
            by_month.setdefault(month_of(row), []).append(row)
        self.archive_dir.mkdir(mode=0o700, exist_ok=True)
        for month, month_rows in sorted(by_month.items()):
            path = self.archive_file(kind, month)
            existing = _load_json(path).get("rows", []) if path.exists() else []
            merged = {r.get(key): r for r in existing}
            merged.update({r.get(key): r for r in month_rows})
            payload = json.dumps({"kind": kind, "month": month, "rows": list(merged.values())},
                                 ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            write_atomic(path, payload)

    def archive(self, now: datetime, policy: StorePolicy) -> dict[str, int]:
        """Move closed cases (with their sent mails) and old ledger rows out of the live file.

        Archive files are written (durably) first, then the rows leave the live file in one
        transaction: a crash in between leaves a row in both places, and the next run merges
        it again by key, so nothing is lost or doubled.
        """
        case_cut = now - timedelta(days=policy.archive_closed_after_days)
        ledger_cut = now - timedelta(days=policy.ledger_days)
        old_cases = [c for c in self.cases.all() if (closed_at(c) or now) < case_cut]
        ids = {c["id"] for c in old_cases}
        old_mails = [m for m in self.outbox.all() if m.get("case_id") in ids and m.get("status") != "pending"]
        old_intake = [r for r in self.intake.all() if (_when(r.get("at")) or now) < ledger_cut]
        if old_cases:
            self._archive_rows("cases", [dict(c) for c in old_cases], "id", lambda c: _month(c.get("created_at")))
        if old_mails:
            self._archive_rows("outbox", [dict(m) for m in old_mails], "message_id", lambda m: _month(m.get("queued_at")))
        if old_intake:
            self._archive_rows("intake", [dict(r) for r in old_intake], "sha256", lambda r: _month(r.get("at")))
        if old_cases or old_intake:
            with self.transaction():  # by doc id: a query per row over 100,000 rows would be n²
                for table, rows in ((self.cases, old_cases), (self.outbox, old_mails), (self.intake, old_intake)):
                    if rows:
                        table.remove(doc_ids=[row.doc_id for row in rows])
            self._reindex()
        return {"cases": len(old_cases), "outbox": len(old_mails), "intake": len(old_intake)}

    def rewrite_archived(self, kind: str, change: Callable[[dict], dict | None]) -> int:
        """Apply ``change`` to every archived row of a kind (None = unchanged); returns how many changed."""
        changed = 0
        for path in sorted(self.archive_dir.glob(f"{kind}-*.json")):
            data = _load_json(path)
            rows, dirty = [], False
            for row in data.get("rows", []):
                new = change(row)
                if new is not None:
                    row, dirty = new, True
                    changed += 1
                rows.append(row)
            if dirty:
                data["rows"] = rows
                write_atomic(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        return changed
