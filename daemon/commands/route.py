"""Route one saved mail (.eml) as the daemon would, and print the Route.

Every mail gets an answer: a report its Route with ``held`` and ``reason``; anything else
``{"kind", "district": null, "held": true, "reason"}``. Exit 0 whenever the mail was read."""

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
    held = reading.hold_reason
    if not reading.is_report:
        data = {"kind": reading.kind.value, "district": None, "held": True, "reason": held}
        label = f"not routed: {held}"
    else:
        result = route(reading.report, config, at)
        reasons = [r for r in (held, result.reason) if r]
        data = {"kind": reading.kind.value, **result.to_json(), "held": held is not None, "reason": "; ".join(reasons)}
        label = f"{result.label}  (matched by {result.matched_by}, confidence {result.confidence})" + \
            (f"  HELD: {held}" if held else "")
    if not args.json:
        print(label)
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0
