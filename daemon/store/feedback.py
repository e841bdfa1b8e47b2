"""The feedback file: labelled examples from closed cases (state_dir/lifeline-feedback.jsonl).

One JSON line per record, 0600. The daemon only appends (one fsynced write per example, so a
crash leaves at worst one torn last line, which readers skip); a withdrawal is a line
``{"case_id": ..., "withdrawn": true}``. Reading folds the lines: the last line of a case
wins. Retention and export rewrite the whole file atomically (temp, fsync, rename), folded.
Every write holds an flock on ``<file>.lock``, so `lifeline feedback export` (another
process) and the daemon never lose each other's lines.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable, Iterable, Iterator

from daemon.core.feedback import Example
from daemon.store.durable import append_durably, json_bytes, write_atomic


class FeedbackFile:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path.with_name(self.path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    # -- reading ----------------------------------------------------------------------------
    def read(self) -> tuple[list[Example], int]:
        """The current examples in case-id order, and how many lines could not be read."""
        examples: dict[str, Example] = {}
        bad = 0
        try:
            lines = self.path.read_bytes().splitlines()
        except FileNotFoundError:
            return [], 0
        for line in lines:
            try:
                row = json.loads(line)
                if row.get("withdrawn"):
                    examples.pop(str(row["case_id"]), None)
                    continue
                example = Example.from_json(row)
            except (ValueError, KeyError, TypeError, AttributeError):
                bad += int(bool(line.strip()))
                continue
            examples[example.case_id] = example
        return [examples[k] for k in sorted(examples)], bad

    # -- writing ----------------------------------------------------------------------------
    def record(self, case_id: str, example: Example | None) -> None:
        """Append the case's example (None: withdraw the case's earlier one, if any)."""
        row = example.to_json() if example is not None else {"case_id": case_id, "withdrawn": True}
        with self._locked():
            if example is None and not any(e.case_id == case_id for e in self.read()[0]):
                return  # nothing to withdraw
            append_durably(self.path, self._line_start() + json_bytes(row) + b"\n")

    def _line_start(self) -> bytes:
        """A newline first when a crash tore the last line, so the new line stands alone."""
        try:
            with self.path.open("rb") as handle:
                handle.seek(-1, os.SEEK_END)
                return b"" if handle.read(1) == b"\n" else b"\n"
        except OSError:
            return b""  # no file yet, or an empty one

    def rewrite(self, change: Callable[[list[Example]], list[Example]]) -> list[Example]:
        """Fold the file, let ``change`` decide what stays, write that back atomically."""
        with self._locked():
            examples, _ = self.read()
            kept = change(examples)
            payload = b"".join(json_bytes(e.to_json()) + b"\n" for e in kept)
            with contextlib.suppress(FileNotFoundError):
                if self.path.read_bytes() == payload:
                    return kept  # already folded: no write
            write_atomic(self.path, payload)
            return kept

    def erase(self, now: datetime, retention_days: float, erased_cases: Iterable[str] = ()) -> int:
        """Retention: drop examples closed more than ``retention_days`` ago, or whose case was
        erased, unless an admin exported them. Returns how many went."""
        if not self.path.exists():
            return 0
        cutoff, gone = now - timedelta(days=retention_days), set(erased_cases)
        before: list[int] = []

        def keep(examples: list[Example]) -> list[Example]:
            before.append(len(examples))
            return [e for e in examples if e.exported_at or (e.closed_at >= cutoff and e.case_id not in gone)]

        kept = self.rewrite(keep)
        return before[0] - len(kept)

    def export(self, now: datetime, write: Callable[[list[Example]], None]) -> list[Example]:
        """Hand every example to ``write`` (the admin's file), then mark them exported; under
        the lock, so no example recorded meanwhile is marked without being written."""
        def mark(examples: list[Example]) -> list[Example]:
            if examples:
                write(examples)
            return [e.exported(now) for e in examples]

        return self.rewrite(mark)
