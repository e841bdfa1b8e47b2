"""Route one saved mail (.eml) as the daemon would, and print the Route."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.commands.common import config_and_mail
from daemon.reading.reader import ReadingRules, read
from daemon.core.routing import route


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the mail, as .eml")
    parser.add_argument("--at", help="time to route at (ISO 8601; local time zone if none given; default now)")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--config", type=Path, default=Path("config.toml"))


def run(args: argparse.Namespace) -> int:
    config, raw = config_and_mail(args.config, args.file)
    try:
        at = datetime.fromisoformat(args.at) if args.at else datetime.now(timezone.utc)
    except ValueError:
        print(f"lifeline: --at {args.at!r} is not an ISO 8601 time", file=sys.stderr)
        return 2
    if at.tzinfo is None:
        at = at.replace(tzinfo=ZoneInfo(config.timezone))
    reading = read(raw, ReadingRules.from_config(config))
    if reading.report is None:
        print(f"lifeline: {args.file}: not a platform report (kind {reading.kind.value}); nothing to route", file=sys.stderr)
        return 1
    result = route(reading.report, config, at)
    data = result.to_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"{result.label}  (matched by {result.matched_by}, confidence {result.confidence})")
        print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0
