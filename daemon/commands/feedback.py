"""Export the labelled examples closed cases left ([feedback]) as training data, for admins.

`lifeline feedback export --jsonl FILE` writes every example kept in
state_dir/lifeline-feedback.jsonl in the models/data/*.jsonl schema (split train), to FILE
(0600, written atomically), and marks them exported: retention then leaves them in the
feedback file (an admin chose to keep them as training data); FILE is the admin's to keep
safe. Safe while the daemon runs. `make model-train FEEDBACK=FILE` trains on it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from daemon.commands.common import config_or_exit
from daemon.core.feedback import Example, training_row
from daemon.store.durable import json_bytes, write_atomic
from daemon.store.feedback import FeedbackFile
from daemon.store.layout import feedback_path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["export"], help="export: write the examples as training JSONL")
    parser.add_argument("--jsonl", type=Path, required=True, metavar="FILE", help="the file to write (0600)")
    parser.add_argument("--config", type=Path, default=Path("config.toml"), help="config.toml (default: ./config.toml)")


def _counts(rows: list[dict], key: str) -> str:
    return " ".join(f"{k}={n}" for k, n in sorted(Counter(r[key] for r in rows).items()))


def run(args: argparse.Namespace, now: datetime | None = None) -> int:
    config = config_or_exit(args.config)
    source = feedback_path(config.store_path)
    out = Path(args.jsonl)
    if not out.parent.is_dir():
        print(f"lifeline: feedback: {out.parent} is not a folder", file=sys.stderr)
        return 2
    digest: list[str] = []
    rows: list[dict] = []

    def write(examples: list[Example]) -> None:
        rows.extend(training_row(e) for e in examples)
        payload = b"".join(json_bytes(r) + b"\n" for r in rows)
        write_atomic(out, payload)
        digest.append(hashlib.sha256(payload).hexdigest())

    feedback = FeedbackFile(source)
    current, bad = feedback.read()
    before = {e.case_id for e in current if e.exported_at}
    try:
        examples = feedback.export(now or datetime.now(timezone.utc), write)
    except OSError as exc:
        print(f"lifeline: feedback: {exc.filename or out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if bad:
        print(f"lifeline: feedback: {bad} unreadable line(s) in {source} left out", file=sys.stderr)
    if not examples:
        state = "enabled" if config.feedback.enabled else "disabled ([feedback] enabled = false)"
        print(f"lifeline: feedback: no examples in {source}; feedback is {state}; nothing written", file=sys.stderr)
        return 1
    new = sum(1 for e in examples if e.case_id not in before)
    print(f"exported {len(rows)} examples to {out} (sha256 {digest[0]})")
    print(f"  by language: {_counts(rows, 'lang')}; by label: {_counts(rows, 'level')}")
    print(f"  {new} newly marked exported: kept in {source.name} past retention; {out.name} is yours to keep safe")
    print(f"  train on it: make model-train FEEDBACK={out}")
    return 0
