"""Validate config.toml: schema, references, roster gaps, chains, templates, ambiguous aliases."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.config.load import load_config
from daemon.config.schema import ConfigError
from daemon.config.validate import GAP_DAYS, findings

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path, default=Path("config.toml"), help="config.toml (default: ./config.toml)")
    parser.add_argument("--at", help="check roster gaps from this ISO time (default: now)")


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.path)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"error: {problem}")
        print(f"{len(exc.problems)} problem(s); the file was not accepted")
        return 1
    now = datetime.fromisoformat(args.at) if args.at else datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=ZoneInfo(config.timezone))
    found = findings(config, now)
    for f in found:
        print(f"error: {f}")
    if found:
        print(f"{len(found)} problem(s)")
        return 1
    print(f"ok: {len(config.districts)} districts, {len(config.police_districts)} police districts, "
          f"{len(config.stations)} stations, {len(config.chains)} chains, {len(config.pins)} PIN codes; "
          f"no roster gaps in the next {GAP_DAYS} days")
    return 0
