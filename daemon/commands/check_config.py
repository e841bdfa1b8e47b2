"""Validate config.toml: schema, references, roster gaps, chains, templates, ambiguous aliases."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.config import DESKS_24X7, Config, ConfigError, load_config
from daemon.places import key_words
from daemon.roster import gaps

GAP_DAYS = 7


def findings(config: Config, now: datetime) -> list[str]:
    """Problems a valid-by-schema config can still have; empty means clean. Pure but for the
    template folder listing."""
    out: list[str] = []
    tz = ZoneInfo(config.timezone)
    for s in config.stations:
        for a, b in gaps(s, now, GAP_DAYS, tz):
            out.append(f"stations[{s.name}]: roster gap {a:%a %d %b %H:%M} - {b:%a %d %b %H:%M} ({config.timezone}): "
                       "nobody on duty; add a shift or an override")
    for name, chain in config.chains.items():
        last = chain.steps[-1].who
        if last not in DESKS_24X7:
            out.append(f"chains.{name}: the last step is {last!r}, not a 24x7 desk "
                       f"({', '.join(DESKS_24X7)}); add one at the end")
    for t in config.templates:
        if not any(config.templates_dir.glob(f"{t}.*")):
            out.append(f"lifeline.templates: template {t!r} not found in {config.templates_dir}")
    owners: dict[tuple, set[str]] = {}
    for d in config.districts:
        for n in (d.name, *d.aliases):
            owners.setdefault(key_words(n), set()).add(f"district {d.name}")
    for s in config.stations:
        for n in s.places:
            owners.setdefault(key_words(n), set()).add(f"station {s.name}")
    for key, who in owners.items():
        stations = {w for w in who if w.startswith("station")}
        if len(who) > 1 and (len(stations) > 1 or len(who - stations) > 1):
            out.append(f"aliases/places: {' '.join(key)!r} names {', '.join(sorted(who))}; routing would be ambiguous")
    return out


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
