"""Report -> Route: which station, which officers on duty now, and the chain above them. Pure.

Order of evidence: a station's place named in the hints (station_place), then PIN codes
(pin), then a district or police-district name (district_name). Railway wording with a
district goes to the GRP. IPs are not used to pick a district: PyPI's city-level IP data
is stale and puts mobile IPs at carrier hubs. More than one candidate, or a confidence
under ``config.min_confidence``, goes to a control room with the candidates listed
(ambiguous); nothing usable goes to the state control room (fallback). Never a guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from datetime import datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from daemon.core.route import DESKS_24X7, ChainStep, Route
from daemon.core.districts import ABOLISHED
from daemon.core.gazetteer import Entry, Gazetteer, has_railway_words
from daemon.core.report import Report
from daemon.core.roster import on_duty

if TYPE_CHECKING:  # the loaded config is passed in; routing never loads it
    from daemon.config.schema import Config, Station


@lru_cache(maxsize=8)
def _gazetteer(config: Config) -> Gazetteer:
    entries = []
    for s in config.stations:
        entries += [Entry(p, s.name, "station", s.district) for p in (s.name.removeprefix("PS "), *s.places)]
    for d in config.districts:
        entries += [Entry(n, d.name, "district", d.name) for n in (d.name, *d.aliases)]
    for p in config.police_districts:
        if p.kind != "railway" and len(p.districts) == 1 and p.name != config.district(p.districts[0]).police_district:
            entries += [Entry(n, p.name, "police_district", p.districts[0]) for n in (p.name, *p.aliases)]
    entries += [Entry(old, new, "district", new) for old, new in ABOLISHED.items()]
    return Gazetteer(entries)


def _control_room(config: Config, police_district: str | None, district: str | None) -> str:
    pd = config.police_district(police_district)
    if pd:
        return pd.control_room
    d = config.district(district)
    return d.control_room if d else config.state_control_room


def chain_for(config: Config, station: Station | None, police_district: str | None, district: str | None,
              first: tuple[str, ...]) -> tuple[ChainStep, ...]:
    """The station's chain resolved to addresses; control-room routes start at the desk."""
    desk = _control_room(config, police_district, district)
    name = station.chain if station else "standard"
    chain = config.chains.get(name)
    steps: list[ChainStep] = []
    if chain is None:
        return (ChainStep("hq_desk", (config.hq_desk,), (), True),)
    for step in chain.steps:
        who = step.who
        if who == "station" and station is None:
            who = "district_control_room"  # a control-room route starts at the 24x7 desk
        if who == "station":
            addrs = first
        elif who in ("sho", "circle_officer"):
            addrs = (getattr(station, who),) if station and getattr(station, who) else ()
        elif who == "district_control_room":
            addrs = (desk,)
        elif who == "state_control_room":
            addrs = (config.state_control_room,)
        elif who == "hq_desk":
            addrs = (config.hq_desk,)
        else:
            addrs = (who,)
        if station is None and who in ("sho", "circle_officer"):
            continue
        if addrs and not (steps and steps[-1].addresses == addrs):
            waits = tuple(step.wait.model_dump().items())
            steps.append(ChainStep(who, addrs, waits, who in DESKS_24X7))
    if not steps or not steps[-1].desk_24x7:
        steps.append(ChainStep("hq_desk", (config.hq_desk,), (), True))
    return tuple(steps)


_PIN = re.compile(r"(?<!\d)(3[0-4]\d)\s?(\d{3})(?!\d)")


def route(report: Report, config: Config, now: datetime | None = None) -> Route:
    """Route a report at time ``now`` (aware; picks the officers on duty)."""
    now = now or datetime.now(timezone.utc)
    tz = ZoneInfo(config.timezone)
    hints = [h for h in report.location_hints if h and h.strip()]
    gaz = _gazetteer(config)
    hits = [hit for h in hints for hit in gaz.find(h)]
    railway = any(has_railway_words(h) for h in hints) or has_railway_words(report.post_text or "")

    def best(kind: str) -> dict[str, float]:
        out: dict[str, float] = {}
        for h in hits:
            if h.entry.kind == kind:
                out[h.entry.target] = max(out.get(h.entry.target, 0.0), h.score)
        return out

    stations, districts, pds = best("station"), best("district"), best("police_district")
    for pd_name in pds:
        districts.setdefault(config.police_district(pd_name).districts[0], pds[pd_name])
    if districts and stations:  # "village X, district Y": keep the X in Y
        inside = {s: c for s, c in stations.items() if config.station(s).district in districts}
        stations = inside or stations
    if railway:
        grp = {s: c for s, c in stations.items() if config.station(s).railway}
        if grp:
            stations = grp
        elif len(districts) == 1:
            d = next(iter(districts))
            rail = [s for s in config.stations if s.railway and s.district == d]
            if len(rail) == 1:
                stations = {rail[0].name: districts[d] * 0.9}
            else:
                pd = next((p for p in config.police_districts if p.kind == "railway" and d in p.districts), None)
                if pd:
                    return _desk(config, pd.name, d, "district_name", 0.6 * districts[d], ())
    elif stations:
        stations = {s: c for s, c in stations.items() if not config.station(s).railway} or stations

    if len(stations) == 1:
        name, score = next(iter(stations.items()))
        confidence = round(0.9 * score, 2)
        st = config.station(name)
        if confidence >= config.min_confidence:
            return _station(config, st, "station_place", confidence, now, tz)
        return _desk(config, st.police_district, st.district, "ambiguous", confidence, (name,))
    if len(stations) > 1:
        owners = {config.station(s).district for s in stations}
        district = owners.pop() if len(owners) == 1 else None
        pd = config.district(district).police_district if district else None
        return _desk(config, pd, district, "ambiguous", 0.3, tuple(sorted(stations)))

    pins = list(dict.fromkeys(p + q for h in hints for p, q in _PIN.findall(h)))
    pin_stations = [s for s in config.stations if any(p in s.pins for p in pins) and s.railway == railway]
    if len(pin_stations) == 1 and (not districts or pin_stations[0].district in districts):
        return _station(config, pin_stations[0], "pin", 0.75, now, tz)
    pin_districts = {d for p in pins for d in config.pins.get(p, ())}
    if pin_districts and not districts:
        if len(pin_districts) == 1:
            d = pin_districts.pop()
            return _desk(config, config.district(d).police_district, d, "pin", 0.65, ())
        return _desk(config, None, None, "ambiguous", 0.2, tuple(sorted(pin_districts)))

    if len(pds) == 1 and len(districts) == 1:
        name, score = next(iter(pds.items()))
        return _desk(config, name, config.police_district(name).districts[0], "district_name", round(0.8 * score, 2), ())
    if len(districts) == 1:
        d, score = next(iter(districts.items()))
        confidence = round(0.7 * score, 2)
        if confidence >= config.min_confidence * 0.9:
            return _desk(config, config.district(d).police_district, d, "district_name", confidence, ())
        return _desk(config, config.district(d).police_district, d, "ambiguous", confidence, (d,))
    if len(districts) > 1:
        return _desk(config, None, None, "ambiguous", 0.2, tuple(sorted(districts)))
    return _desk(config, None, None, "fallback", 0.0, ())


def station_route(config: Config, st: Station, matched_by: str, confidence: float, now: datetime) -> Route:
    """The route to one given station at ``now`` (an officer's NOT OURS, the desk's ASSIGN)."""
    return _station(config, st, matched_by, confidence, now, ZoneInfo(config.timezone))


def _station(config: Config, st: Station, matched_by: str, confidence: float, now: datetime, tz: ZoneInfo) -> Route:
    first = (*on_duty(st, now, tz), st.mailbox)
    chain = chain_for(config, st, st.police_district, st.district, first)
    return Route(st.name, st.police_district, st.district, matched_by, confidence, first, (), chain)


def _desk(config: Config, police_district: str | None, district: str | None, matched_by: str,
          confidence: float, candidates: tuple[str, ...]) -> Route:
    room = _control_room(config, police_district, district)
    chain = chain_for(config, None, police_district, district, (room,))
    return Route(None, police_district, district, matched_by, confidence, (room,), candidates, chain)
