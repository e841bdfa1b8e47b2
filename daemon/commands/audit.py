"""Check the hash-chained audit log: `lifeline audit verify` finds any edit or deletion."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from daemon.store.audit import Head, verify_file
from daemon.commands.common import config_or_exit
from daemon.store.layout import audit_log_path
from daemon.store.snapshot import read_snapshot


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["verify"], help="verify: check every link of the chain")
    parser.add_argument("--config", type=Path, default=Path("config.toml"), help="config.toml (default: ./config.toml)")


def store_head(store_path: Path) -> Head | None:
    """The chain head the store committed (read-only; works while the daemon runs)."""
    if not store_path.exists():
        return None
    data = read_snapshot(store_path)
    for row in (data.get("meta") or {}).values():
        if row.get("key") == "audit_head":
            return Head.from_json(row["value"])
    return Head()


def run(args: argparse.Namespace) -> int:
    store_path = config_or_exit(args.config).store_path
    audit_path = audit_log_path(store_path)
    try:
        head = store_head(store_path)
    except (OSError, ValueError) as exc:
        print(f"lifeline: audit: cannot read the store {store_path}: {type(exc).__name__}", file=sys.stderr)
        head = None
    result = verify_file(audit_path, head)
    if result.ok:
        print(f"audit chain OK: {result.entries} entries in {audit_path}, matching the store's head")
        return 0
    print(f"audit chain BROKEN in {audit_path} (checked {result.entries} entries):", file=sys.stderr)
    for problem in result.problems:
        print(f"  {problem}", file=sys.stderr)
    return 1
