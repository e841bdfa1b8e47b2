"""The case store: one TinyDB file, written atomically, owned by one daemon at a time.

Durability rules (ARCHITECTURE.md): every write goes to a temp file, is fsynced, renamed over
the store and the folder is fsynced, so a crash leaves either the old or the new file, never
a torn one. Writes inside ``transaction()`` are grouped into one durable write, so that a
case and its outgoing mails become durable together; a transaction that raises is rolled
back, never half-written. Reads come from memory.

Before each replace the previous file is kept as ``<name>.bak`` (a hard link, so it costs no
copy): if the live file is ever found unreadable (disk fault, a hand edit), the daemon refuses
to start and names both files, instead of starting empty and forgetting open cases.

The files beside the live one (spool, sent log, audit chain, archives) are in their own
modules; this one says in which order they are written (``_commit``, ``_rollback``).
"""

from __future__ import annotations

import base64
import contextlib
import copy
import fcntl
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from tinydb import TinyDB
from tinydb.storages import Storage

from daemon.config.schema import StorePolicy
from daemon.core.ids import case_id, name_of
from daemon.core.ledger import IntakeRecord
from daemon.core.outgoing import PENDING, SENT, OutgoingMail
from daemon.core.isotime import isoformat
from daemon.store import archive, layout, private
from daemon.store.audit import AuditLog, Head
from daemon.store.durable import json_bytes, link_backup, read_json_object, write_atomic
from daemon.store.indexes import Index
from daemon.store.outbox import SentLog, Spool


class StoreError(RuntimeError):
    """The store cannot be used; the message says why and what to do."""


class _Memory(Storage):
    """TinyDB's storage: the document in memory. When it becomes durable is the Store's call."""

    def __init__(self, data: dict) -> None:
        self.data, self.dirty = data, False

    def read(self) -> dict[str, Any]:
        return self.data

    def write(self, data: dict[str, Any]) -> None:
        self.data, self.dirty = data, True

    def close(self) -> None:
        pass


def _load(path: Path) -> dict:
    """The live file, or {} for a new store; a file that cannot be read is refused."""
    bak = layout.backup_path(path)
    if path.exists():
        try:
            return read_json_object(path)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            hint = (f"The last good copy is {bak}: check it, then move {path.name} aside and "
                    f"copy {bak.name} to {path.name}." if bak.exists() else "There is no backup copy (.bak).")
            raise StoreError(
                f"{path} is not a readable store ({type(exc).__name__}: {str(exc)[:120]}); "
                f"refusing to start empty. {hint}"
            ) from None
    if bak.exists():
        raise StoreError(
            f"{path} is missing but its backup {bak} exists; refusing to start empty. "
            f"If the store was lost, copy {bak.name} to {path.name}; to start a new store on purpose, "
            f"move {bak.name} aside."
        )
    return {}


class Store:
    """Cases, outgoing mails, intake ledger and counters in one TinyDB file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        private.make_dir(self.path.parent)
        self._lock_file = self._lock()
        private.tighten(self.path.parent, layout.lock_path(self.path))  # holding the lock: ours to sweep
        try:
            self.storage = _Memory(_load(self.path))
        except StoreError:
            self._unlock()
            raise
        self.db = TinyDB(storage=lambda: self.storage)
        self.cases = self.db.table("cases", cache_size=0)
        self.outbox = self.db.table("outbox", cache_size=0)
        self.intake = self.db.table("intake", cache_size=0)
        self.meta = self.db.table("meta", cache_size=0)
        self._by = {
            "case": Index(self.cases, lambda r: r.get("id")),
            "mail": Index(self.outbox, lambda r: r.get("message_id")),
            "mail_name": Index(self.outbox, lambda r: name_of(r.get("message_id"))),  # <key>.<purpose>.<seq>
            "meta": Index(self.meta, lambda r: r.get("key")),
            "uid": Index(self.intake, lambda r: (r.get("uidvalidity"), r.get("uid"))),
            "sha": Index(self.intake, lambda r: r.get("sha256")),
            # only authentic intakes are duplicates by Message-ID (handlers/intake.duplicate)
            "msgid": Index(self.intake, lambda r: r.get("message_id") if r.get("authentic") else None),
        }
        self._reindex()
        self.writes = 0  # durable writes done, for tests and benchmarks
        self._depth, self._failed = 0, False
        self.archive_dir = layout.archive_dir(self.path)
        self.spool = Spool(layout.spool_dir(self.path))
        self.sent_log = SentLog(layout.sent_log_path(self.path))
        self.audit_path = layout.audit_log_path(self.path)
        self.audit = AuditLog(self.audit_path, Head.from_json(self.get_meta("audit_head")))
        self._replay_sent_log()
        self.spool.sweep(m.message_id for m in self.pending_outgoing() if m.spool)

    # -- lock ----------------------------------------------------------------------------
    def _lock(self):
        fd = os.open(layout.lock_path(self.path), os.O_RDWR | os.O_CREAT, 0o600)
        lock_file = os.fdopen(fd, "a+")
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_file.close()
            raise StoreError(f"{self.path} is in use by another Lifeline daemon (lock held); only one may run per store") from None
        return lock_file

    def _unlock(self) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
        self._lock_file.close()

    def close(self) -> None:
        self.db.close()
        self._unlock()

    # -- transactions --------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self, durable: bool = True) -> Iterator[None]:
        """Group writes into one durable write; if the block raises, nothing of it is kept.
        ``durable=False`` leaves them in memory for the next durable write: only for changes
        that another durable record already covers (see mark_sent) or that a crash may lose."""
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
                    self._rollback()
                elif self.storage.dirty and durable:
                    self._commit()

    def _commit(self) -> None:
        """One durable write, in this order: the audit entries (appended, fsynced), the spool
        folder, the live file; then the audit head counts as committed and the sent log,
        whose marks the live file now holds, starts over. If the write fails (disk full,
        read-only folder) memory goes back to what is on disk and StoreError is raised:
        nothing may be acted on that was not recorded."""
        try:
            self.audit.flush()
            self.spool.sync()
            write_atomic(self.path, json_bytes(self.storage.data), keep_backup=True)
        except OSError as exc:
            with contextlib.suppress(OSError):
                self._rollback()
            raise StoreError(f"could not write {self.path} ({exc.strerror or exc}); nothing was recorded") from exc
        self.storage.dirty = False
        self.writes += 1
        self.audit.committed()
        self.sent_log.clear()

    def _rollback(self) -> None:
        """Memory goes back to what is durable: the file as last written (read back only on
        this rare path, instead of copying the whole store at every transaction), its
        indexes, the audit head, and the sent marks made since."""
        self.storage.data, self.storage.dirty = read_json_object(self.path) if self.path.exists() else {}, False
        self._reindex()
        self.audit.discard()
        self._replay_sent_log()

    def _reindex(self) -> None:
        for index in self._by.values():
            index.rebuild()

    def refresh_backup(self) -> None:
        """Make ``.bak`` equal to the live file, so erased or archived rows leave no copy behind."""
        if self.path.exists():
            link_backup(self.path)

    # -- meta ----------------------------------------------------------------------------
    def get_meta(self, key: str, default: Any = None) -> Any:
        row = self._by["meta"].get(key)
        return row["value"] if row else default

    def set_meta(self, key: str, value: Any) -> None:
        with self.transaction():
            self._by["meta"].upsert({"key": key, "value": value})

    def audit_events(self, case_id: str, events: list[dict]) -> None:
        """Append case events to the audit chain, durably with the current transaction."""
        if events:
            self.set_meta("audit_head", self.audit.stage(case_id, events).to_json())

    def record_bounce(self, address: str, case_id: str, at: datetime) -> None:
        """Count a bounce against the address, for the desk to fix the config."""
        key = f"bounce:{address}"
        count = self.get_meta(key, {}).get("count", 0) + 1
        self.set_meta(key, {"count": count, "last_at": isoformat(at), "last_case": case_id})

    # -- intake ledger -------------------------------------------------------------------
    def intake_record(self, *, uidvalidity: int, uid: int) -> IntakeRecord | None:
        return _row(IntakeRecord, self._by["uid"].get((uidvalidity, uid)))

    def intake_duplicate(self, *, message_id: str | None, sha256: str) -> IntakeRecord | None:
        """An earlier intake of the same mail within the ledger window: the same bytes, or the
        same Message-ID on an authentic one."""
        row = self._by["sha"].get(sha256) or (self._by["msgid"].get(message_id) if message_id else None)
        return _row(IntakeRecord, row)

    def record_intake(self, record: IntakeRecord) -> None:
        row = record.to_json()
        with self.transaction():
            doc_id = self.intake.insert(row)
        for name in ("uid", "sha", "msgid"):
            self._by[name].add(row, doc_id)

    # -- cases ---------------------------------------------------------------------------
    def peek_case_id(self, year: int) -> str:
        """The id the next case of ``year`` will get."""
        return case_id(year, self.get_meta(f"case_seq_{year}", 0) + 1)

    def next_case_id(self, year: int) -> str:
        seq = self.get_meta(f"case_seq_{year}", 0) + 1
        self.set_meta(f"case_seq_{year}", seq)
        return case_id(year, seq)

    def put_case(self, case: dict) -> None:
        with self.transaction():
            self._by["case"].upsert(case)

    def save_case(self, case: dict) -> None:
        """Store the case; its new events go to the audit chain in the same durable write."""
        with self.transaction():
            before = self.get_case(case["id"])
            self.audit_events(case["id"], case["events"][len(before["events"]) if before else 0:])
            self.put_case(case)

    def get_case(self, case_id: str) -> dict | None:
        """A copy: TinyDB hands out documents that share nested lists with the store."""
        found = self._by["case"].get(case_id)
        return copy.deepcopy(dict(found)) if found else None

    def all_cases(self) -> list[dict]:
        return list(self.cases.all())

    # -- outbox --------------------------------------------------------------------------
    def add_outgoing(self, mail: OutgoingMail, raw: bytes | None = None) -> None:
        """Queue a mail (or replace its row); its bytes go to the spool, durable before the row."""
        if raw is not None:
            try:
                self.spool.write(mail.message_id, raw)
            except OSError as exc:  # disk full, read-only: the transaction must not go ahead
                raise StoreError(f"could not write {self.spool.folder} ({exc.strerror or exc}); nothing was recorded") from exc
            mail = replace(mail, spool=True)
        with self.transaction():
            row = mail.to_json()
            self._by["mail_name"].add(row, self._by["mail"].upsert(row))

    def outgoing_raw(self, mail: OutgoingMail) -> bytes:
        """The bytes of a queued mail (rows from before the spool carry them inline)."""
        if mail.spool:
            return self.spool.read(mail.message_id)
        return base64.b64decode(mail.raw_b64)  # None (erased) raises: never send an empty mail

    def outgoing_named(self, name: str) -> OutgoingMail | None:
        """Our mail whose Message-ID starts ``<key>.<purpose>.<seq>`` (whatever its MAC)."""
        return _row(OutgoingMail, self._by["mail_name"].get(name))

    def outgoing(self, message_id: str) -> OutgoingMail | None:
        return _row(OutgoingMail, self._by["mail"].get(message_id))

    def all_outgoing(self) -> list[OutgoingMail]:
        return [OutgoingMail.from_json(row) for row in self.outbox.all()]

    def pending_outgoing(self) -> list[OutgoingMail]:
        """Oldest first (by the stored time, as written)."""
        rows = sorted((r for r in self.outbox.all() if r.get("status") == PENDING), key=lambda r: r["queued_at"])
        return [OutgoingMail.from_json(row) for row in rows]

    def update_outgoing(self, mail: OutgoingMail, *, durable: bool = True) -> None:
        """Write a queued mail's changed row; ``durable=False`` for bookkeeping a crash may lose
        (the next try's time), so a long outage does not rewrite the store on every retry."""
        with self.transaction(durable=durable):
            self.outbox.update(mail.to_json(), doc_ids=self._by["mail"].doc_ids(mail.message_id))

    def mark_sent(self, message_id: str, *, sent_at: datetime, attempts: int, refused: tuple[str, ...] = ()) -> None:
        """The server accepted the mail: one fsynced line in the sent log, then memory."""
        fields = {"sent_at": isoformat(sent_at), "attempts": attempts, "refused": list(refused)}
        self.sent_log.append(message_id, fields)
        self._apply_sent(message_id, fields)
        self.spool.remove(message_id)  # sent: no second copy of the mail is kept

    def _apply_sent(self, message_id: str, fields: dict) -> None:
        with self.transaction(durable=False):
            self.outbox.update({**fields, "status": SENT}, doc_ids=self._by["mail"].doc_ids(message_id))

    def _replay_sent_log(self) -> None:
        """Fold the sent log into memory (start-up, rollback)."""
        for message_id, fields in self.sent_log.entries():
            self._apply_sent(message_id, fields)

    # -- archives ------------------------------------------------------------------------
    def archive(self, now: datetime, policy: StorePolicy) -> dict[str, int]:
        """Move closed cases (with their sent mails) and old ledger rows out of the live file.

        Archive files are written (durably) first, then the rows leave the live file in one
        transaction: a crash in between leaves a row in both places, and the next run merges
        it again by key, so nothing is lost or doubled.
        """
        tables = {"cases": self.cases, "outbox": self.outbox, "intake": self.intake}
        old = archive.due(self.cases.all(), self.outbox.all(), self.intake.all(), now, policy)
        for kind, rows in old.items():
            if rows:
                archive.merge(self.archive_dir, kind, [dict(r) for r in rows])
        if old["cases"] or old["intake"]:
            with self.transaction():  # by doc id: a query per row over 100,000 rows would be n²
                for kind, rows in old.items():
                    if rows:
                        tables[kind].remove(doc_ids=[row.doc_id for row in rows])
            self._reindex()
        return {kind: len(rows) for kind, rows in old.items()}

    def archived(self, kind: str) -> list[dict]:
        """Every archived row of a kind ("cases", "intake", "outbox"), oldest month first."""
        return archive.rows(self.archive_dir, kind)

    def rewrite_archived(self, kind: str, change: Callable[[dict], dict | None]) -> int:
        """Apply ``change`` to every archived row of a kind (None = unchanged); returns how many changed."""
        return archive.rewrite(self.archive_dir, kind, change)


def _row(shape, row: dict | None):
    return shape.from_json(row) if row is not None else None
