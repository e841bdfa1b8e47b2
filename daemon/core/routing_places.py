"""Hints -> the place they name: which districts a report's location hints point to. Pure.

Within one hint "A, B, C" runs from the most specific place to the broadest: the first
that is known decides ("Balotra, Barmer" is Balotra, a district since 2023; "Kekri, Ajmer"
is Ajmer, Kekri's district being abolished), and the broader ones only choose between
places of the same name ("Rampura, Nagaur"). "A or B" names alternatives. Routing
(daemon/core/routing.py) weighs the sources and picks the station.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from daemon.core.districts import CARVED_FROM
from daemon.core.gazetteer import (GENERIC_WORDS, PREFERENCE, RAILWAY_WORDS, RANK, Entry, Gazetteer, Hit,
                                   has_railway_words, normalise)
from daemon.core.outside import state_of_pin
from daemon.core.report import Report

if TYPE_CHECKING:
    from daemon.config.schema import Config

SOURCES = ("stated", "profile", "pin", "post", "note")
PIN = re.compile(r"(?<!\d)([1-9]\d{2})\s?(\d{3})(?!\d)")
_PARTS = re.compile(r"[,;|\n]+|\s+[-–—]\s+")
_ALTERNATIVES = re.compile(r"\s+(?:or|ya|या|अथवा|and/or)\s+|\s*/\s*", re.I)



@dataclass(frozen=True)
class Mention:
    """One place named in a hint: every entry its words could mean, and whether it was one of
    several alternatives ("A or B")."""

    hits: tuple[Hit, ...]
    alternatives: bool = False
    whole: bool = False  # its words are the whole part of the hint ("..., Maharashtra")

    def where(self) -> set[str]:
        return {where_of(h.entry) for h in self.hits if where_of(h.entry)}


def where_of(entry: Entry) -> str | None:
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


def by_kind_words(part: str) -> list[str]:
    """An address written without commas, one piece per kind word: "Village Baral Tehsil Sahada
    District Bhilwara" -> three pieces, "Sahada tehsil Bhilwara district" -> two, so each kind
    word says what the name beside it is, not what every name of the part is."""
    text = part.strip()
    spans = sorted((m.start(), m.end()) for pattern, _ in _KIND_WORDS for m in pattern.finditer(text))
    if len(spans) < 2 and not (spans and 0 < spans[0][0] and spans[0][1] < len(text)):
        return [part]
    suffix = spans[0][0] > 0 and spans[-1][1] == len(text.rstrip(" .")) if spans else False
    cuts = [end for _, end in spans[:-1]] if suffix else [start for start, _ in spans if start > 0]
    pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
    return [p for p in pieces if p.strip(" .")]


def mentions(hint: str, gaz: Gazetteer, fuzzy: bool) -> list[Mention]:
    out: list[Mention] = []
    for part in (piece for part in _PARTS.split(hint) for piece in by_kind_words(part)):
        both, whole = _PAREN_PLACE.match(part), _part_mentions(part, gaz, fuzzy)
        inside = set(normalise(both.group(2)).split()) if both else set()
        if not both or any(len(h.text.split()) > 1 and set(h.text.split()) & inside for m in whole for h in m.hits):
            out += whole  # no brackets, or one name across them: "Jaipur (East)"
            continue
        outer, inner = _part_mentions(both.group(1), gaz, fuzzy), _part_mentions(both.group(2), gaz, fuzzy)
        where = set().union(*(m.where() for m in outer))
        within_outer = [Mention(tuple(h for h in m.hits if where_of(h.entry) in where), m.alternatives, m.whole)
                        for m in inner if m.where() & where]
        rank = max((RANK.get(h.entry.kind, 0) for m in outer for h in m.hits), default=-1)  # the broadest reading
        deeper = [m for m in within_outer if max(RANK.get(h.entry.kind, 0) for h in m.hits) < rank]
        out += deeper + outer if deeper else outer + inner  # "Jaipur (Mansarovar)": the place inside is more specific
    return out


def _part_mentions(part: str, gaz: Gazetteer, fuzzy: bool) -> list[Mention]:
    kinds = next((k for pattern, k in _KIND_WORDS if pattern.search(part)), None)
    options = [o for o in _ALTERNATIVES.split(part) if o.strip()]
    if len(options) > 1:
        hits = tuple(h for o in options for h in _prefer_or_all([x for x in gaz.find(o, fuzzy) if _fits(x, kinds)])
                     if h.entry.kind != "state")
        return [Mention(hits, True)] if hits else []
    by_start: dict[int, list[Hit]] = {}
    for h in gaz.find(part, fuzzy):
        if h.entry.kind != "state" and _fits(h, kinds):
            by_start.setdefault(h.start, []).append(h)
    words = [w for w in normalise(part).split() if w not in GENERIC_WORDS]
    out = []
    for k in sorted(by_start):
        named = [w for w in by_start[k][0].text.split() if w not in GENERIC_WORDS]
        out.append(Mention(tuple(by_start[k]), whole=len(by_start) == 1 and words == named))
    return out


def _prefer_or_all(hits: list[Hit]) -> list[Hit]:
    return prefer(hits) if hits else hits


def prefer(hits: list[Hit]) -> list[Hit]:
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
class Decision:
    places: frozenset[str]  # districts, or "outside:<state>"
    hits: tuple[Hit, ...]  # the readings that support it (for picking a station)
    mention: Mention | None


_BROAD = {"district", "abolished", "police_district", "tehsil"}
_OWN_NAME = {"district", "abolished", "town", "tehsil", "outside"}  # names that are not repeated city to city


def decide(mentions: list[Mention]) -> Decision | None:
    """The place a list of mentions (most specific first) names; ambiguous when it is several."""
    broadest = next((m for m in reversed(mentions) if m.where()), None)
    if broadest is not None and broadest.whole and not broadest.alternatives and all(
            h.entry.kind == "outside" for h in broadest.hits) and len(mentions) > 1:
        # "Pali, Raigad, Maharashtra", "Bikaner House, ..., New Delhi": the broadest part says
        # which state; a same-named Rajasthan place before it is not meant
        return Decision(frozenset(broadest.where()), broadest.hits, broadest)
    for i, m in enumerate(mentions):
        hits = list(m.hits)
        if not m.where():
            continue
        if m.alternatives:
            return Decision(frozenset(m.where()), tuple(hits), m)
        rest = mentions[i + 1:]
        broad = {where_of(h.entry) for n in rest for h in n.hits if h.entry.kind in _BROAD}
        broad.discard(None)
        later = {w for n in rest for w in n.where() if not w.startswith("outside:")}
        if len({where_of(h.entry) for h in hits}) > 1:
            narrowed = [h for h in hits if where_of(h.entry) in later]
            hits = narrowed or prefer(hits)
            if not narrowed and broad and len({where_of(h.entry) for h in hits}) > 1:
                return decide(rest)  # "Rampura, Nagaur": a Rampura we do not know, in Nagaur
        places = {where_of(h.entry) for h in hits if where_of(h.entry)}
        if all(p.startswith("outside:") for p in places) and later:
            # "Rampur, Alwar": the writer names a Rajasthan district; a village there is meant
            return decide(rest)
        if len(places) == 1 and broad and not places & broad:
            # a town's own name, as written (a misspelling read as a town elsewhere does not outvote B)
            own = any(h.entry.kind in _OWN_NAME and h.score >= 1.0 for h in hits)
            parent = any(b in CARVED_FROM.get(next(iter(places)), ()) for b in broad)
            if not own and not parent:  # "Shastri Nagar, Bhilwara": a colony name many cities have
                return decide(rest)
        return Decision(frozenset(places), tuple(hits), m)
    return None


def narrow(decision: Decision, others: list[Decision]) -> Decision:
    """A name several districts share, narrowed down by weaker evidence that agrees with one."""
    for other in others:
        both = decision.places & other.places
        if both and len(both) < len(decision.places):
            hits = tuple(h for h in decision.hits if where_of(h.entry) in both)
            decision = Decision(frozenset(both), hits, decision.mention)
        if len(decision.places) == 1:
            break
    return decision


def pin_decision(pins: list[str], config: Config, gaz: Gazetteer) -> Decision | None:
    places: set[str] = set()
    for pin in pins:
        outside = state_of_pin(pin)
        if outside and not pin.startswith(("30", "31", "32", "33", "34")):
            places.add(f"outside:{outside}")
            continue
        places.update(gaz.pin_districts.get(pin, ()) or config.pins.get(pin, ()))
    return Decision(frozenset(places), (), None) if places else None


def tier_hints(report: Report) -> dict[str, list[str]]:
    tiers: dict[str, list[str]] = {s: [] for s in SOURCES}
    for h in report.location_hints:
        if h and h.strip():
            source = getattr(h, "source", None) or ("pin" if str(h).upper().startswith("PIN ") else "stated")
            tiers[source].append(str(h))
    return tiers



_AT_STATION = frozenset(RAILWAY_WORDS) | {"station", "stn", "steshan"}


def on_the_railway(source: str, tiers: dict[str, list[str]], post: str, gaz: Gazetteer,
                   grp: frozenset[str]) -> tuple[str, str | None] | None:
    """Where the person is on the railway (a case for the GRP): (the place as written, the GRP
    police district of the station named, if one is), or None. ``grp``: the railway police districts.

    The person's own place decides, not the words of a post: a labelled place or profile place
    that is a station, platform or train ("Platform 2, Ajmer Jn"); a PIN never; and only when
    nothing labelled names a place, a post or note that puts the person at a named station
    ("Abu Road platform pe hoon"). "Vaishali Nagar" with a post about the railway track is
    Vaishali Nagar's station: people write of where they are going."""
    if source == "pin":
        return None
    texts = tiers[source] + ([post] if source == "post" and post else [])
    for text in texts:
        words = normalise(text).split()
        for h in gaz.find(text, fuzzy=False):
            end = h.start + len(h.text.split())
            station = h.entry.kind == "railway_station" or (h.entry.kind == "station" and h.entry.police_district in grp)
            if station and (set(h.text.split()) | set(words[end:end + 2])) & _AT_STATION:
                return h.text, h.entry.police_district
        if source in ("stated", "profile") and has_railway_words(text):
            return text, None
    return None
