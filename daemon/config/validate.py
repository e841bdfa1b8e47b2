"""The one validator of a loaded config: what the schema alone cannot see.

Used by ``lifeline check-config``, by hot reload and by ``lifeline run``, so that a config
one of them refuses is refused by all three.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.config.load import load_config
from daemon.config.schema import Config, ConfigError
from daemon.core.gazetteer import key_words
from daemon.core.roster import gaps
from daemon.core.route import DESKS_24X7

GAP_DAYS = 7


def load_checked(path: str | Path, now: datetime) -> Config:
    """The config ``run`` starts with and hot reload swaps in: it loads and has no findings.
    Otherwise ConfigError, with every problem in ``problems``."""
    config = load_config(path)
    found = tuple(findings(config, now))
    if found:
        raise ConfigError("\n".join(found), found)
    return config


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
