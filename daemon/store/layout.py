"""Where a store keeps its files, named once: all beside the live file ``<name>.json``."""

from __future__ import annotations

from pathlib import Path


def backup_path(store_path: Path) -> Path:
    """The live file as it was before the last write (a hard link, no copy)."""
    return store_path.with_name(store_path.name + ".bak")


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def audit_log_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.stem + "-audit.jsonl")


def sent_log_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.stem + "-sent.jsonl")


def feedback_path(store_path: Path) -> Path:
    """The labelled examples closed cases leave ([feedback]; daemon/store/feedback.py)."""
    return store_path.with_name(store_path.stem + "-feedback.jsonl")


def spool_dir(store_path: Path) -> Path:
    return store_path.parent / "spool"


def archive_dir(store_path: Path) -> Path:
    return store_path.parent / "archive"
