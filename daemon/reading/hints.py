"""Location hints: where the person may be, from labelled fields, PIN codes and place names.

Hints are strings for the routing step to weigh, not a verdict; a place named in the post
("kal Jodhpur station pe") can matter more than a stale profile city, so both are kept.
"""

from __future__ import annotations

import re

from daemon.core.districts import NAMES

# Rajasthan's districts (English, Hindi), the baseline gazetteer; config adds stations and aliases.
BASE_PLACES: tuple[str, ...] = tuple(n for pair in NAMES for n in pair)
_LETTER = r"\w\u0900-\u097F"
PIN_LABELLED = re.compile(r"(?:\bPIN(?:\s*code)?|\bpincode|पिन(?:\s*कोड)?|पिनकोड)\W{0,3}([1-9]\d{2}\s?\d{3})(?!\d)", re.I)
PIN_BARE = re.compile(r"(?<![\d.:/-])([1-9]\d{2}\s?\d{3})(?![\d.:/-])")
_PREFIXED = re.compile(
    r"(?:\b(?:village|vill\.|gaon|gram|tehsil|district|distt\.?|dist\.)|गांव|गाँव|ग्राम|तहसील|जिला|ज़िला)"
    r"\s*[:\-]?\s*((?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)|[\u0900-\u097F]+)",
)
_SUFFIXED = re.compile(r"([A-Z][a-z]+|[\u0900-\u097F]+)\s+(?:district|jile|jila|जिले|जिला|ज़िले)(?![\w\u0900-\u097F])")
_STOP = {"the", "a", "of", "in", "se", "ke", "ka", "की", "का", "के", "में"}


def pins_in(text: str, labelled_only: bool) -> list[str]:
    pattern = PIN_LABELLED if labelled_only else PIN_BARE
    return [m.group(1).replace(" ", "") for m in pattern.finditer(text)]


def places_named(text: str, places: tuple[str, ...]) -> list[str]:
    """Known place names in free text, as written there, each once."""
    out = []
    lowered = text.lower()
    for place in places:
        if not place or place.lower() not in lowered:
            continue
        m = re.search(rf"(?<![{_LETTER}]){re.escape(place)}(?![{_LETTER}])", text, re.I)
        if m:
            out.append(m.group(0))
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


def location_hints(
    labelled: list[str], free_texts: list[str], places: tuple[str, ...] = BASE_PLACES
) -> list[str]:
    """Labelled values first (as given), then PINs, prefixed places and known names from free text."""
    hints: list[str] = []
    for value in labelled:
        hints.append(" ".join(value.split()))
        hints.extend(f"PIN {p}" for p in pins_in(value, labelled_only=False))
    for text in free_texts:
        if not text:
            continue
        hints.extend(f"PIN {p}" for p in pins_in(text, labelled_only=True))
        hints.extend(prefixed_places(text))
        hints.extend(places_named(text, places))
    out, seen = [], set()
    for hint in hints:
        key = hint.casefold()
        if hint and key not in seen:
            seen.add(key)
            out.append(hint)
    return out
