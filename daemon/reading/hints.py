"""Location hints: where the person may be, from labelled fields, PIN codes and place names.

Hints are strings for the routing step to weigh, not a verdict. Each carries where it came
from, strongest first: a location the report states for the person, the profile's city or
hometown, a PIN, a place named in the post (often where someone is going, or a story), the
forwarder's note. Routing takes the strongest source that names a place.
"""

from __future__ import annotations

import re

from daemon.core.districts import NAMES
from daemon.core.report import Hint

# Rajasthan's districts (English, Hindi), the baseline gazetteer; config adds stations and aliases.
BASE_PLACES: tuple[str, ...] = tuple(n for pair in NAMES for n in pair)
_LETTER = r"\w\u0900-\u097F"
PIN_LABELLED = re.compile(r"(?:\bPIN(?:\s*code)?|\bpincode|\bpostal code|पिन(?:\s*कोड)?|पिनकोड)\W{0,3}([1-9]\d{2}\s?\d{3})(?!\d)", re.I)
PIN_BARE = re.compile(r"(?<![\d.:/+-])([1-9]\d{2}\s?\d{3})(?![\d.:/-])")
_PREFIXED = re.compile(
    r"(?:\b(?i:village|vill\.|gaon|gram|tehsil|teh\.|district|distt\.?|dist\.|town|city)|गांव|गाँव|ग्राम|तहसील|जिला|ज़िला)"
    r"\s*[:\-]?\s*((?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)|[\u0900-\u097F]+)",
)
_SUFFIXED = re.compile(r"([A-Z][a-z]+|[\u0900-\u097F]+)\s+(?:district|jile|jila|जिले|जिला|ज़िले)(?![\w\u0900-\u097F])")
_STOP = {"the", "a", "of", "in", "se", "ke", "ka", "की", "का", "के", "में", "and", "or", "is"}
_WORD = re.compile(rf"[{_LETTER}]+(?:[-'][{_LETTER}]+)*")


def pins_in(text: str, labelled_only: bool) -> list[str]:
    pattern = PIN_LABELLED if labelled_only else PIN_BARE
    return [m.group(1).replace(" ", "") for m in pattern.finditer(text)]


def place_index(places: tuple[str, ...]) -> dict[str, int]:
    """Lower-cased place name -> its number of words, for fast look-up in free text."""
    return {p.casefold(): len(_WORD.findall(p)) for p in places if p and _WORD.findall(p)}


def places_named(text: str, places: tuple[str, ...] | dict[str, int]) -> list[str]:
    """Known place names in free text, as written there, each once (word n-grams looked up)."""
    index = places if isinstance(places, dict) else place_index(places)
    if not index or not text:
        return []
    longest = max(index.values())
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + size - 1][1]
            phrase = text[start:end]
            if index.get(" ".join(phrase.split()).casefold()) == size or index.get(phrase.casefold()):
                if phrase.casefold() not in (o.casefold() for o in out):
                    out.append(phrase)
                i += size - 1
                break
        i += 1
    return out


def prefixed_places(text: str) -> list[str]:
    """'village Rampura', 'गांव खेड़ी', 'Pali district' -> the phrase as a hint."""
    out = []
    for m in _PREFIXED.finditer(text):
        if m.group(1).lower() not in _STOP:
            out.append(m.group(0).strip())
    for m in _SUFFIXED.finditer(text):
        if m.group(1).lower() not in _STOP:
            out.append(m.group(0).strip())
    return out


def place_hints(stated: list[str], profile: list[str], pins: list[str], post: str, note: str,
                places: tuple[str, ...] | dict[str, int] = BASE_PLACES, lines: list[str] = ()) -> list[Hint]:
    """All hints, strongest source first, each text once (the first, strongest, kept).
    ``lines``: whole lines of free text naming a village/tehsil/district, as the note's."""
    hints: list[Hint] = []
    for value in stated:
        hints.append(Hint(" ".join(value.split()), "stated"))
    for value in profile:
        hints.append(Hint(" ".join(value.split()), "profile"))
    for value in pins + stated + profile:
        hints.extend(Hint(f"PIN {p}", "pin") for p in pins_in(value, labelled_only=False))
    for text, source in ((post, "post"), (note, "note")):
        if source == "note":
            hints.extend(Hint(" ".join(line.split()), "note") for line in lines)
        if not text:
            continue
        hints.extend(Hint(f"PIN {p}", source) for p in pins_in(text, labelled_only=True))
        hints.extend(Hint(h, source) for h in prefixed_places(text))
        hints.extend(Hint(h, source) for h in places_named(text, places))
    out, seen = [], set()
    for hint in hints:
        key = hint.casefold()
        if hint and key not in seen:
            seen.add(key)
            out.append(hint)
    return out


def location_hints(labelled: list[str], free_texts: list[str], places: tuple[str, ...] = BASE_PLACES) -> list[str]:
    """Labelled values first (as given, with their PINs), then PINs, prefixed places and known
    names from each free text, in order (the older, flat form of ``place_hints``)."""
    hints: list[str] = []
    for value in labelled:
        hints.append(" ".join(value.split()))
        hints.extend(f"PIN {p}" for p in pins_in(value, labelled_only=False))
    for text in free_texts:
        if text:
            hints.extend(f"PIN {p}" for p in pins_in(text, labelled_only=True))
            hints.extend(prefixed_places(text))
            hints.extend(places_named(text, places))
    return _once(hints)


def _once(hints: list[str]) -> list[str]:
    out, seen = [], set()
    for hint in hints:
        if hint and hint.casefold() not in seen:
            seen.add(hint.casefold())
            out.append(hint)
    return out
