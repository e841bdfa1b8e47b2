"""Place names -> comparable keys, and fuzzy lookup in a gazetteer. Pure.

Reports name places in English, Hindi, misspelt and transliterated ("Jodhpure",
"Sri Ganga Nagar", जोधपुर, "jodhapura"). Every name is reduced to a *key*: Devanagari is
transliterated to Latin (ITRANS), case and accents fold, long vowels and common spelling
variants merge and the inherent "a" that transliteration adds is dropped, so all four
forms above give the key ``jodhpur``. What keys cannot merge, rapidfuzz scores.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from indic_transliteration import sanscript
from rapidfuzz import fuzz

RAILWAY_WORDS = ("railway", "rly", "train", "platform", "junction", "jn", "rail", "relve", "tren", "pletfarm")

_DEVANAGARI = re.compile(r"[\u0900-\u097F]+")
_VARIANTS = (("sh", "s"), ("ph", "f"), ("w", "v"), ("z", "j"), ("ee", "i"), ("oo", "u"), ("ou", "u"),
             ("ii", "i"), ("uu", "u"), ("aa", "a"), ("q", "k"), ("ck", "k"), ("y", "i"))


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower-case Latin words separated by single spaces; Devanagari transliterated first."""
    text = unicodedata.normalize("NFC", text)
    text = _DEVANAGARI.sub(lambda m: " " + sanscript.transliterate(m.group(0), sanscript.DEVANAGARI, sanscript.ITRANS) + " ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _word_key(word: str) -> str:
    if word.isdigit():
        return word
    for a, b in _VARIANTS:
        word = word.replace(a, b)
    head, tail = word[:1], word[1:]
    tail = tail.replace("a", "")  # the inherent vowel: jodhapura / jodhpur / jodhpure
    if tail.endswith("e") and len(tail) > 2:
        tail = tail[:-1]
    return re.sub(r"(.)\1+", r"\1", head + tail)


def _skeleton(key: str) -> str:
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


@lru_cache(maxsize=8192)
def key_words(text: str) -> tuple[str, ...]:
    """The comparable words of a name or hint ("Sri Ganga Nagar" -> ('sri', 'gng', 'ngr'))."""
    return tuple(_word_key(w) for w in normalise(text).split())


def squash(text: str) -> str:
    """One key string without spaces, so "Sri Ganga Nagar" == "Sriganganagar"."""
    flat = normalise(text).replace(" ", "")
    return _word_key(flat) if flat else ""


@dataclass(frozen=True)
class Entry:
    name: str  # as configured
    target: str  # what it points to (station or district name)
    kind: str  # "station" / "district" / "police_district" / "abolished"
    district: str | None = None


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float  # 1.0 exact key match; fuzzy below
    text: str  # the words of the hint that matched


class Gazetteer:
    """Names -> entries; ``find`` returns every entry a hint names (exact, then fuzzy)."""

    def __init__(self, entries: list[Entry], fuzzy_cutoff: float = 88.0) -> None:
        self.entries = tuple(e for e in entries if normalise(e.name))
        self.fuzzy_cutoff = fuzzy_cutoff
        self._squashed = [(e, squash(e.name), len(key_words(e.name))) for e in self.entries]

    def find(self, hint: str) -> list[Hit]:
        raw = normalise(hint).split()
        words = raw
        hits: dict[Entry, Hit] = {}
        for entry, sq, n in self._squashed:
            best: Hit | None = None
            for size in {n, n + 1, max(1, n - 1)}:
                for i in range(0, len(words) - size + 1):
                    window = _word_key("".join(raw[i:i + size]))
                    if window == sq:
                        score = 1.0
                    elif len(_skeleton(sq)) >= 4 and _skeleton(window) == _skeleton(sq):
                        score = 0.85  # same consonants: "Bikaneer" / "Bikaner"
                    elif len(sq) >= 5 and len(window) >= 4:
                        score = fuzz.ratio(window, sq) / 100
                        if score * 100 < self.fuzzy_cutoff:
                            continue
                        score = min(score, 0.95)
                    else:
                        continue
                    if best is None or score > best.score:
                        best = Hit(entry, score, " ".join(raw[i:i + size]))
            if best:
                hits[entry] = best
        # words that name something exactly are not also a misspelling of something else
        exact = {h.text for h in hits.values() if h.score == 1.0}
        kept = [h for h in hits.values() if h.score == 1.0 or h.text not in exact]
        return sorted(kept, key=lambda h: -h.score)


def has_railway_words(text: str) -> bool:
    words = set(normalise(text).split())
    return bool(words & set(RAILWAY_WORDS)) or "रेलवे" in text or "स्टेशन" in text and "रेल" in text
