"""The one validator of a config: what the schema's field rules alone cannot see.

``cross_references`` (names one table uses must exist in another) refuses a file when it
is loaded; ``findings`` (roster gaps, chains, templates, ambiguous names) is applied by
``lifeline check-config``, hot reload and ``lifeline run`` alike (``load.load_checked``),
so that a config one of them refuses is refused by all three.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from daemon.config.schema import Config
from daemon.core.gazetteer import key_words
from daemon.core.roster import gaps
from daemon.core.route import DESKS_24X7

GAP_DAYS = 7


def cross_references(config: Config) -> list[tuple[tuple, str]]:
    """References between tables, as (key path, problem): every name a station or police
    district uses must exist, and names must be unique."""
    known = {d.name for d in config.districts}
    police = {p.name for p in config.police_districts} | {d.police_district for d in config.districts}
    problems: list[tuple[tuple, str]] = []
    for i, d in enumerate(config.districts):
        if [x.name for x in config.districts].count(d.name) > 1:
            problems.append((("districts", i, "name"), f"{d.name!r} is configured more than once"))
    for i, p in enumerate(config.police_districts):
        for d in p.districts:
            if d not in known:
                problems.append((("police_districts", i, "districts"), f"{d!r} is not a configured district"))
    names = [s.name for s in config.stations]
    for i, s in enumerate(config.stations):
        if names.count(s.name) > 1:
            problems.append((("stations", i, "name"), f"station {s.name!r} is configured more than once"))
        if s.district not in known:
            problems.append((("stations", i, "district"), f"{s.district!r} is not a configured district"))
        if s.police_district not in police:
            problems.append((("stations", i, "police_district"), f"{s.police_district!r} is not a configured police district"))
        if s.chain not in config.chains:
            problems.append((("stations", i, "chain"), f"{s.chain!r} is not a configured chain ({', '.join(config.chains) or 'none'})"))
    return problems


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
