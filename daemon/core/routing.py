"""Report -> Route: which station, which officers on duty now, and the chain above them. Pure.

Evidence is weighed by where it comes from, strongest first: the location the report states
for the person, the profile's city or hometown, a PIN, places named in the post (often
where someone is going, or a story), the forwarder's note. The first source that names a
place decides; later ones only narrow down a name that several districts share.

Within one hint "A, B, C" runs from the most specific place to the broadest: the first
that is known decides ("Balotra, Barmer" is Balotra, a district since 2023; "Kekri, Ajmer"
is Ajmer, Kekri's district being abolished), and the broader ones only choose between
places of the same name ("Rampura, Nagaur"). "A or B" names alternatives. A place outside
Rajasthan has no district: the state control room decides, told why. Several candidates,
or a confidence under ``config.min_confidence``, go to a control room with the candidates
listed (ambiguous); nothing usable goes to the state control room (fallback). Never a guess.
IPs are not used to pick a district: city-level IP data puts mobile IPs at carrier hubs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from daemon.core.districts import ABOLISHED, CARVED_FROM
from daemon.core.gazetteer import (GENERIC_WORDS, PREFERENCE, RANK, Entry, Gazetteer, Hit, has_railway_words, key_words,
                                   normalise)
from daemon.core.outside import RAJASTHAN_NAMES, STATES, state_of_pin
from daemon.core.report import Report
from daemon.core.roster import on_duty
from daemon.core.route import DESKS_24X7, ChainStep, Route

if TYPE_CHECKING:  # the loaded config is passed in; routing never loads it
    from daemon.config.schema import Config, Station

SOURCES = ("stated", "profile", "pin", "post", "note")
_PIN = re.compile(r"(?<!\d)([1-9]\d{2})\s?(\d{3})(?!\d)")
_PARTS = re.compile(r"[,;|\n]+|\s+[-–—]\s+")
_ALTERNATIVES = re.compile(r"\s+(?:or|ya|या|अथवा|and/or)\s+|\s*/\s*", re.I)


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


@dataclass(frozen=True)
class _Mention:
    """One place named in a hint: every entry its words could mean, and whether it was one of
    several alternatives ("A or B")."""

    hits: tuple[Hit, ...]
    alternatives: bool = False
    whole: bool = False  # its words are the whole part of the hint ("..., Maharashtra")

    def where(self) -> set[str]:
        return {_where(h.entry) for h in self.hits if _where(h.entry)}


def _where(entry: Entry) -> str | None:
    if entry.kind == "outside":
        return f"outside:{entry.target}"
    return entry.district


# a word beside a name says what kind of place it is ("village Kotare" is no tehsil Kotra)
_KIND_WORDS = (
    (re.compile(r"\b(?:village|vill|gaon|gram|dhani)\b|गांव|गाँव|ग्राम|ढाणी", re.I),
     {"village", "post_office", "station", "locality"}),
    (re.compile(r"\b(?:tehsil|taluka|tahsil|teh)\b|तहसील", re.I), {"tehsil", "town", "abolished", "station"}),
    (re.compile(r"\b(?:district|distt|dist|zila|jila)\b|जिला|ज़िला|जिले", re.I),
     {"district", "abolished", "police_district", "station", "outside"}),
)
_EXACT_ONLY = {"village", "post_office", "locality"}


def _fits(hit: Hit, kinds: set[str] | None) -> bool:
    if kinds is not None and hit.entry.kind not in kinds:
        return False
    return hit.score >= 1.0 or hit.entry.kind not in _EXACT_ONLY  # villages only by their exact name


_PAREN_PLACE = re.compile(r"^\s*([^()]+?)\s*\(([^():]+)\)\s*$")


def _mentions(hint: str, gaz: Gazetteer, fuzzy: bool) -> list[_Mention]:
    out: list[_Mention] = []
    for part in _PARTS.split(hint):
        both, whole = _PAREN_PLACE.match(part), _part_mentions(part, gaz, fuzzy)
        inside = set(normalise(both.group(2)).split()) if both else set()
        if not both or any(len(h.text.split()) > 1 and set(h.text.split()) & inside for m in whole for h in m.hits):
            out += whole  # no brackets, or one name across them: "Jaipur (East)"
            continue
        outer, inner = _part_mentions(both.group(1), gaz, fuzzy), _part_mentions(both.group(2), gaz, fuzzy)
        where = set().union(*(m.where() for m in outer))
        within_outer = [_Mention(tuple(h for h in m.hits if _where(h.entry) in where), m.alternatives, m.whole)
                        for m in inner if m.where() & where]
        rank = max((RANK.get(h.entry.kind, 0) for m in outer for h in m.hits), default=-1)  # the broadest reading
        deeper = [m for m in within_outer if max(RANK.get(h.entry.kind, 0) for h in m.hits) < rank]
        out += deeper + outer if deeper else outer + inner  # "Jaipur (Mansarovar)": the place inside is more specific
    return out


def _part_mentions(part: str, gaz: Gazetteer, fuzzy: bool) -> list[_Mention]:
    kinds = next((k for pattern, k in _KIND_WORDS if pattern.search(part)), None)
    options = [o for o in _ALTERNATIVES.split(part) if o.strip()]
    if len(options) > 1:
        hits = tuple(h for o in options for h in _prefer_or_all([x for x in gaz.find(o, fuzzy) if _fits(x, kinds)])
                     if h.entry.kind != "state")
        return [_Mention(hits, True)] if hits else []
    by_start: dict[int, list[Hit]] = {}
    for h in gaz.find(part, fuzzy):
        if h.entry.kind != "state" and _fits(h, kinds):
            by_start.setdefault(h.start, []).append(h)
    words = [w for w in normalise(part).split() if w not in GENERIC_WORDS]
    out = []
    for k in sorted(by_start):
        named = [w for w in by_start[k][0].text.split() if w not in GENERIC_WORDS]
        out.append(_Mention(tuple(by_start[k]), whole=len(by_start) == 1 and words == named))
    return out


def _prefer_or_all(hits: list[Hit]) -> list[Hit]:
    return _prefer(hits) if hits else hits


def _prefer(hits: list[Hit]) -> list[Hit]:
    """Of the readings of one name, the ones a writer most likely means (exact before fuzzy,
    then district > well-known town > village)."""
    known = [h for h in hits if h.entry.kind not in _EXACT_ONLY and h.score >= 0.85]
    exact_villages = [h for h in hits if h.score >= 1.0 and h.entry.kind in _EXACT_ONLY]
    if known and exact_villages and not any(h.score >= 1.0 and h.entry.kind not in _EXACT_ONLY for h in hits) \
            and len({h.entry.district for h in exact_villages}) > 1:
        hits = known  # "Karoli": villages in four districts, or Karauli misspelt: the district
    best = max(h.score for h in hits)
    hits = [h for h in hits if h.score >= best - 1e-9]
    top = max(PREFERENCE.get(h.entry.kind, 0) for h in hits)
    return [h for h in hits if PREFERENCE.get(h.entry.kind, 0) == top]


@dataclass(frozen=True)
class _Decision:
    places: frozenset[str]  # districts, or "outside:<state>"
    hits: tuple[Hit, ...]  # the readings that support it (for picking a station)
    mention: _Mention | None


_BROAD = {"district", "abolished", "police_district", "tehsil"}
_OWN_NAME = {"district", "abolished", "town", "tehsil", "outside"}  # names that are not repeated city to city


def _decide(mentions: list[_Mention]) -> _Decision | None:
    """The place a list of mentions (most specific first) names; ambiguous when it is several."""
    broadest = next((m for m in reversed(mentions) if m.where()), None)
    if broadest is not None and broadest.whole and not broadest.alternatives and all(
            h.entry.kind == "outside" for h in broadest.hits) and len(mentions) > 1:
        # "Pali, Raigad, Maharashtra", "Bikaner House, ..., New Delhi": the broadest part says
        # which state; a same-named Rajasthan place before it is not meant
        return _Decision(frozenset(broadest.where()), broadest.hits, broadest)
    for i, m in enumerate(mentions):
        hits = list(m.hits)
        if not m.where():
            continue
        if m.alternatives:
            return _Decision(frozenset(m.where()), tuple(hits), m)
        rest = mentions[i + 1:]
        broad = {_where(h.entry) for n in rest for h in n.hits if h.entry.kind in _BROAD}
        broad.discard(None)
        later = {w for n in rest for w in n.where() if not w.startswith("outside:")}
        if len({_where(h.entry) for h in hits}) > 1:
            narrowed = [h for h in hits if _where(h.entry) in later]
            hits = narrowed or _prefer(hits)
            if not narrowed and broad and len({_where(h.entry) for h in hits}) > 1:
                return _decide(rest)  # "Rampura, Nagaur": a Rampura we do not know, in Nagaur
        places = {_where(h.entry) for h in hits if _where(h.entry)}
        if all(p.startswith("outside:") for p in places) and later:
            # "Rampur, Alwar": the writer names a Rajasthan district; a village there is meant
            return _decide(rest)
        if len(places) == 1 and broad and not places & broad:
            # a town's own name, as written (a misspelling read as a town elsewhere does not outvote B)
            own = any(h.entry.kind in _OWN_NAME and h.score >= 1.0 for h in hits)
            parent = any(b in CARVED_FROM.get(next(iter(places)), ()) for b in broad)
            if not own and not parent:  # "Shastri Nagar, Bhilwara": a colony name many cities have
                return _decide(rest)
        return _Decision(frozenset(places), tuple(hits), m)
    return None


def _narrow(decision: _Decision, others: list[_Decision]) -> _Decision:
    """A name several districts share, narrowed down by weaker evidence that agrees with one."""
    for other in others:
        both = decision.places & other.places
        if both and len(both) < len(decision.places):
            hits = tuple(h for h in decision.hits if _where(h.entry) in both)
            decision = _Decision(frozenset(both), hits, decision.mention)
        if len(decision.places) == 1:
            break
    return decision


def _pin_decision(pins: list[str], config: Config, gaz: Gazetteer) -> _Decision | None:
    places: set[str] = set()
    for pin in pins:
        outside = state_of_pin(pin)
        if outside and not pin.startswith(("30", "31", "32", "33", "34")):
            places.add(f"outside:{outside}")
            continue
        places.update(gaz.pin_districts.get(pin, ()) or config.pins.get(pin, ()))
    return _Decision(frozenset(places), (), None) if places else None


def _tier_hints(report: Report) -> dict[str, list[str]]:
    tiers: dict[str, list[str]] = {s: [] for s in SOURCES}
    for h in report.location_hints:
        if h and h.strip():
            source = getattr(h, "source", None) or ("pin" if str(h).upper().startswith("PIN ") else "stated")
            tiers[source].append(str(h))
    return tiers


def route(report: Report, config: Config, now: datetime | None = None) -> Route:
    """Route a report at time ``now`` (aware; picks the officers on duty)."""
    now = now or datetime.now(timezone.utc)
    tz = ZoneInfo(config.timezone)
    gaz = config.gazetteer if getattr(config, "gazetteer", None) is not None else gazetteer_for(config)
    tiers = _tier_hints(report)
    all_hints = [h for hs in tiers.values() for h in hs]
    pins = list(dict.fromkeys(p + q for h in all_hints if h.upper().startswith("PIN") for p, q in _PIN.findall(h)))
    railway = any(has_railway_words(h) for h in all_hints) or has_railway_words(report.post_text or "")
    decisions: list[tuple[str, _Decision]] = []
    for source in SOURCES:
        if source == "pin":
            found = _pin_decision([p + q for h in tiers["pin"] for p, q in _PIN.findall(h)], config, gaz)
        else:
            found = _decide([m for h in tiers[source] for m in _mentions(h, gaz, fuzzy=source in ("stated", "profile"))])
        if found:
            decisions.append((source, found))
    if not decisions:
        return _desk(config, None, None, "fallback", 0.0, (), "no place in the report")
    source, decision = decisions[0]
    decision = _narrow(decision, [d for _, d in decisions[1:]])
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
    return _in_district(config, place, decision, source, pins, railway, now, tz)


def _in_district(config: Config, district: str, decision: _Decision, source: str, pins: list[str],
                 railway: bool, now: datetime, tz: ZoneInfo) -> Route:
    """A station in the district when one is named (or its PIN given), else a control room."""
    hits = [h for h in decision.hits if _where(h.entry) == district]
    score = max((h.score for h in hits), default=1.0)
    named = {h.entry.target for h in hits if h.entry.kind == "station"}
    if decision.mention and decision.mention.alternatives and len(named) > 1:
        d = config.district(district)
        return _desk(config, d.police_district if d else None, district, "ambiguous", 0.3, tuple(sorted(named)),
                     "the report names more than one station's area")
    stations = [config.station(n) for n in sorted(named)]
    stations = [s for s in stations if s is not None and (s.railway == railway or not railway)]
    why = f"{source} place"
    if railway:
        return _railway(config, district, hits, stations, score, now, tz, why)
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
    best = _prefer(hits) if hits else []
    if (len(rural) == 1 and best and all(h.entry.kind in _OUT_OF_TOWN for h in best)
            and not any(key_words(h.entry.name) == key_words(district) for h in best)):
        return rural[0].name
    return own


def _railway(config: Config, district: str, hits: list[Hit], stations: list, score: float, now: datetime,
             tz: ZoneInfo, why: str) -> Route:
    grp = [s for s in stations if s.railway]
    if len(grp) == 1:
        return _station(config, grp[0], "station_place", round(0.9 * score, 2), now, tz, f"{why}, railway")
    rail = [s for s in config.stations if s.railway and s.district == district]
    if len(rail) == 1:
        return _station(config, rail[0], "station_place", round(0.81 * score, 2), now, tz, f"{why}, railway: GRP thana")
    named = {h.entry.police_district for h in hits if h.entry.kind == "railway_station" and h.entry.police_district}
    pd = next((p for p in config.police_districts if p.kind == "railway" and (p.name in named or district in p.districts)), None)
    if pd:
        return _desk(config, pd.name, district, "district_name", round(0.6 * score, 2), (), f"{why}, railway: {pd.name}")
    d = config.district(district)
    return _desk(config, d.police_district if d else None, district, "district_name", round(0.6 * score, 2), (), why)


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
