"""Report -> Route: which station, which officers on duty now, and the chain above them. Pure.

Evidence is weighed by where it comes from, strongest first: the location the report states
for the person, the profile's city or hometown, a PIN, places named in the post (often
where someone is going, or a story), the forwarder's note. The first source that names a
place decides; later ones only narrow down a name that several districts share.

Which place a hint names ("A, B" from the most specific to the broadest, "A or B") is
daemon/core/routing_places.py. A place outside Rajasthan has no district: the state control room decides, told why. Several candidates,
or a confidence under ``config.min_confidence``, go to a control room with the candidates
listed (ambiguous); nothing usable goes to the state control room (fallback). Never a guess.
IPs are not used to pick a district: city-level IP data puts mobile IPs at carrier hubs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from daemon.core.districts import ABOLISHED
from daemon.core.gazetteer import Entry, Gazetteer, Hit, has_railway_words, key_words
from daemon.core.outside import RAJASTHAN_NAMES, STATES
from daemon.core.report import Report
from daemon.core.roster import on_duty
from daemon.core.route import DESKS_24X7, ChainStep, Route
from daemon.core.routing_places import (PIN, SOURCES, Decision, decide, mentions, narrow, on_the_railway, pin_decision,
                                        prefer, tier_hints, where_of)

if TYPE_CHECKING:  # the loaded config is passed in; routing never loads it
    from daemon.config.schema import Config, Station


def gazetteer_for(config: Config, places: tuple[Entry, ...] = ()) -> Gazetteer:
    """Every name routing knows: the config's stations, districts and police districts, the
    abolished districts, the states outside, and the place rows (loaded at config time)."""
    entries = []
    for s in config.stations:
        entries += [Entry(p, s.name, "station", s.district, s.police_district)
                    for p in (s.name.removeprefix("PS "), *s.places)]
    for d in config.districts:
        entries += [Entry(n, d.name, "district", d.name) for n in (d.name, *d.aliases)]
    for p in config.police_districts:
        if p.kind != "railway" and len(p.districts) == 1 and p.name != config.district(p.districts[0]).police_district:
            entries += [Entry(n, p.name, "police_district", p.districts[0], p.name) for n in (p.name, *p.aliases)]
    entries += [Entry(old, new, "abolished", new) for old, new in ABOLISHED.items()]
    for state, names in STATES.items():
        entries += [Entry(n, state, "outside") for n in (state, *names)]
    entries += [Entry(n, "Rajasthan", "state") for n in RAJASTHAN_NAMES]
    return Gazetteer(entries + list(places))


def route(report: Report, config: Config, now: datetime | None = None) -> Route:
    """Route a report at time ``now`` (aware; picks the officers on duty)."""
    now = now or datetime.now(timezone.utc)
    tz = ZoneInfo(config.timezone)
    gaz = config.gazetteer if getattr(config, "gazetteer", None) is not None else gazetteer_for(config)
    tiers = tier_hints(report)
    all_hints = [h for hs in tiers.values() for h in hs]
    pins = list(dict.fromkeys(p + q for h in all_hints if h.upper().startswith("PIN") for p, q in PIN.findall(h)))
    decisions: list[tuple[str, Decision]] = []
    for source in SOURCES:
        if source == "pin":
            found = pin_decision([p + q for h in tiers["pin"] for p, q in PIN.findall(h)], config, gaz)
        else:
            found = decide([m for h in tiers[source] for m in mentions(h, gaz, fuzzy=source in ("stated", "profile"))])
        if found:
            decisions.append((source, found))
    if not decisions:
        return _desk(config, None, None, "fallback", 0.0, (), "no place in the report")
    source, decision = decisions[0]
    decision = narrow(decision, [d for _, d in decisions[1:]])
    places = sorted(decision.places)
    if len(places) > 1:
        named = [p.removeprefix("outside:") for p in places]
        return _desk(config, None, None, "ambiguous", 0.2, tuple(named),
                     f"the report's {source} place could be any of: {', '.join(named)}")
    place = places[0]
    if place.startswith("outside:"):
        state = place.removeprefix("outside:")
        named = decision.mention.hits[0].text if decision.mention else "its PIN"
        return _desk(config, None, None, "fallback", 0.0, (),
                     f"the person appears to be outside Rajasthan ({named}: {state}); the state control room decides")
    grp = frozenset(p.name for p in config.police_districts if p.kind == "railway")
    railway = on_the_railway(source, tiers, report.post_text or "", gaz, grp)
    found = _in_district(config, place, decision, source, pins, railway, now, tz)
    if railway is None and source not in ("post", "note") and any(
            has_railway_words(t) for t in (report.post_text or "", *tiers["post"], *tiers["note"])):
        found = replace(found, reason=f"{found.reason}; the post speaks of the railway, but the person's {source} "
                                      "place decides (not the GRP)")
    return found


def _in_district(config: Config, district: str, decision: Decision, source: str, pins: list[str],
                 railway: tuple[str, str | None] | None, now: datetime, tz: ZoneInfo) -> Route:
    """A station in the district when one is named (or its PIN given), else a control room;
    the GRP's thana or control room when the person is on the railway (``railway`` says where)."""
    hits = [h for h in decision.hits if where_of(h.entry) == district]
    score = max((h.score for h in hits), default=1.0)
    named = {h.entry.target for h in hits if h.entry.kind == "station"}
    if decision.mention and decision.mention.alternatives and len(named) > 1:
        d = config.district(district)
        return _desk(config, d.police_district if d else None, district, "ambiguous", 0.3, tuple(sorted(named)),
                     "the report names more than one station's area")
    stations = [config.station(n) for n in sorted(named)]
    stations = [s for s in stations if s is not None and (s.railway or not railway)]
    why = f"{source} place"
    if railway:
        where = (f"{source} place on the railway ({railway[0]})" if source in ("stated", "profile") else
                 f"no labelled place; the {source} puts the person at a railway station ({railway[0]})")
        return _railway(config, district, railway[1], stations, score, now, tz, where)
    stations = [s for s in stations if not s.railway] or stations
    if len(stations) == 1:
        confidence = round(0.9 * score, 2)
        if confidence >= config.min_confidence:
            return _station(config, stations[0], "station_place", confidence, now, tz, f"{why}: {hits[0].text}")
        return _desk(config, stations[0].police_district, district, "ambiguous", confidence, (stations[0].name,),
                     f"{why} matched only loosely: {hits[0].text}")
    by_pin = [s for s in config.stations if any(p in s.pins for p in pins) and s.district == district and not s.railway]
    if len(by_pin) == 1:
        return _station(config, by_pin[0], "pin", 0.75, now, tz, f"{why} {district}, PIN of {by_pin[0].name}")
    police = {h.entry.police_district for h in hits if h.entry.police_district and h.entry.kind in ("locality", "police_district")}
    pd = police.pop() if len(police) == 1 else _rural(config, district, hits)
    if source == "pin":
        return _desk(config, pd, district, "pin", 0.65, (), f"PIN in {district}")
    confidence = round((0.8 if police else 0.7) * score, 2)
    text = hits[0].text if hits else district
    if confidence >= config.min_confidence * 0.9:
        return _desk(config, pd, district, "district_name", confidence, (), f"{why}: {text} ({district})")
    return _desk(config, pd, district, "ambiguous", confidence, (district,), f"{why} matched only loosely: {text}")


_OUT_OF_TOWN = {"town", "tehsil", "village", "abolished"}


def _rural(config: Config, district: str, hits: list[Hit]) -> str | None:
    """The district's police district; for a town, tehsil or village of a district whose own
    police district is its city (a commissionerate, "Kota City"), the rural one ("Jaipur Rural")."""
    d = config.district(district)
    own = d.police_district if d else None
    rural = [p for p in config.police_districts
             if p.districts == (district,) and "rural" in p.name.lower() and p.name != own]
    best = prefer(hits) if hits else []
    if (len(rural) == 1 and best and all(h.entry.kind in _OUT_OF_TOWN for h in best)
            and not any(key_words(h.entry.name) == key_words(district) for h in best)):
        return rural[0].name
    return own


def _railway(config: Config, district: str, named: str | None, stations: list, score: float, now: datetime,
             tz: ZoneInfo, why: str) -> Route:
    """The GRP thana named or in the district, else the control room of the GRP that config.toml
    lists for the district (the admins' word), else that of the GRP the station's row names."""
    grp = [s for s in stations if s.railway]
    if len(grp) == 1:
        return _station(config, grp[0], "station_place", round(0.9 * score, 2), now, tz, f"{why}: {grp[0].name}")
    rail = [s for s in config.stations if s.railway and s.district == district]
    if len(rail) == 1:
        return _station(config, rail[0], "station_place", round(0.81 * score, 2), now, tz, f"{why}: {rail[0].name}")
    railway = [p for p in config.police_districts if p.kind == "railway"]
    pd = next((p for p in railway if district in p.districts), None) or next((p for p in railway if p.name == named), None)
    if pd:
        return _desk(config, pd.name, district, "district_name", round(0.6 * score, 2), (), f"{why}: {pd.name} control room")
    d = config.district(district)
    return _desk(config, d.police_district if d else None, district, "district_name", round(0.6 * score, 2), (),
                 f"{why}; no GRP covers {district}: the district decides")


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


def station_route(config: Config, st: Station, matched_by: str, confidence: float, now: datetime,
                  reason: str = "") -> Route:
    """The route to one station (also used when the desk reassigns a case)."""
    return _station(config, st, matched_by, confidence, now, ZoneInfo(config.timezone), reason)


def _station(config: Config, st: Station, matched_by: str, confidence: float, now: datetime, tz: ZoneInfo,
             reason: str = "") -> Route:
    first = (*on_duty(st, now, tz), st.mailbox)
    chain = chain_for(config, st, st.police_district, st.district, first)
    return Route(st.name, st.police_district, st.district, matched_by, confidence, first, (), chain, reason)


def _desk(config: Config, police_district: str | None, district: str | None, matched_by: str,
          confidence: float, candidates: tuple[str, ...], reason: str = "") -> Route:
    room = _control_room(config, police_district, district)
    chain = chain_for(config, None, police_district, district, (room,))
    return Route(None, police_district, district, matched_by, confidence, (room,), candidates, chain, reason)
