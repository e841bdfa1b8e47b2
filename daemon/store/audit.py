"""The audit chain: every case event, in order, each entry carrying the hash of the one before.

An edit, a deletion or a re-ordering anywhere breaks the chain at that point, and the store
keeps the head (sequence number and hash of the last entry) in the same durable write as the
case, so cutting entries off the end is caught too. Entries carry a SHA-256 of the event's
detail rather than the detail itself: the detail can hold words about a person, which
retention must be able to erase without rewriting (and so breaking) the chain.

Durability: entries are appended and fsynced just before the store's durable write. A crash
between the two leaves entries past the store's head; they belong to a transaction that never
happened and are cut off when the log is next opened.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

from daemon.store.durable import append_durably

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    case_id: str
    kind: str
    actor: str
    detail_sha256: str
    prev: str
    hash: str = ""

    def body(self) -> dict:
        data = asdict(self)
        data.pop("hash")
        return data


@dataclass(frozen=True)
class Head:
    seq: int = 0
    hash: str = GENESIS

    @classmethod
    def from_json(cls, value) -> "Head":
        return cls(int(value[0]), str(value[1])) if value else cls()

    def to_json(self) -> list:
        return [self.seq, self.hash]


def entry_hash(body: dict) -> str:
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def chain(head: Head, case_id: str, events: Iterable[dict]) -> list[AuditEntry]:
    """Pure: the entries that follow ``head`` for these events (event dicts as cases store them)."""
    out, seq, prev = [], head.seq, head.hash
    for e in events:
        seq += 1
        detail = e.get("detail") or ""
        entry = AuditEntry(seq, e["at"], case_id, e["kind"], e.get("actor", ""),
                           hashlib.sha256(detail.encode("utf-8")).hexdigest(), prev)
        entry = AuditEntry(**{**entry.body(), "hash": entry_hash(entry.body())})
        out.append(entry)
        prev = entry.hash
    return out


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    problems: tuple[str, ...]


def verify_lines(lines: list[bytes], head: Head | None) -> VerifyResult:
    """Pure: check every link; ``head`` (from the store) also catches a cut-off end."""
    problems: list[str] = []
    prev, last_seq = GENESIS, 0
    for lineno, line in enumerate(lines, 1):
        try:
            data = json.loads(line)
            entry = AuditEntry(**data)
        except (ValueError, TypeError) as exc:
            problems.append(f"line {lineno}: not an audit entry ({type(exc).__name__})")
            return VerifyResult(False, lineno - 1, tuple(problems))
        if entry.seq != last_seq + 1:
            problems.append(f"line {lineno}: entry {entry.seq} follows entry {last_seq} (entries deleted or moved)")
        if entry.prev != prev:
            problems.append(f"line {lineno} (entry {entry.seq}, case {entry.case_id}): does not link to the entry before "
                            "(that entry was edited or deleted)")
        if entry_hash(entry.body()) != entry.hash:
            problems.append(f"line {lineno} (entry {entry.seq}, case {entry.case_id}): content does not match its hash (edited)")
        prev, last_seq = entry.hash, entry.seq
        if problems:
            return VerifyResult(False, lineno, tuple(problems))
    if head is not None and (head.seq, head.hash) != (last_seq, prev):
        problems.append(f"the store's head is entry {head.seq} but the log ends at entry {last_seq}"
                        + (" (entries at the end were deleted)" if head.seq > last_seq else " (the log has entries the store never committed)"))
    return VerifyResult(not problems, len(lines), tuple(problems))


class AuditLog:
    """The append-only file. ``stage`` during a transaction, ``flush`` just before the store writes."""

    def __init__(self, path: str | Path, head: Head) -> None:
        self.path = Path(path)
        self.head = self._committed = head
        self._pending: list[AuditEntry] = []
        self._cut_uncommitted_tail()

    def _cut_uncommitted_tail(self) -> None:
        if not self.path.exists():
            return
        keep = 0
        with open(self.path, "rb") as f:
            for line in f:
                try:
                    seq = json.loads(line)["seq"]
                except (ValueError, KeyError, TypeError):
                    break  # a torn last line from a crash mid-append
                if seq > self.head.seq:
                    break
                keep += len(line)
        if keep != self.path.stat().st_size:
            os.truncate(self.path, keep)

    def stage(self, case_id: str, events: Iterable[dict]) -> Head:
        entries = chain(self.head, case_id, events)
        if entries:
            self._pending += entries
            self.head = Head(entries[-1].seq, entries[-1].hash)
        return self.head

    def flush(self) -> None:
        if not self._pending:
            return
        payload = b"".join(json.dumps(asdict(e), ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
                           for e in self._pending)
        append_durably(self.path, payload)
        self._pending = []

    def committed(self) -> None:
        """The store's write (holding the new head) is durable."""
        self._committed = self.head

    def discard(self) -> None:
        """The transaction was rolled back (or its write failed): forget it, on disk too."""
        self._pending = []
        self.head = self._committed
        self._cut_uncommitted_tail()


def verify_file(path: str | Path, head: Head | None) -> VerifyResult:
    path = Path(path)
    lines = path.read_bytes().splitlines() if path.exists() else []
    return verify_lines(lines, head)
