"""Place names -> comparable keys, and look-up in a gazetteer of thousands of places. Pure.

Reports name places in English, Hindi, misspelt and transliterated ("Jodhpure",
"Sri Ganga Nagar", जोधपुर, "jodhapura"). Every name is reduced to a *key*: Devanagari is
transliterated to Latin (ITRANS, with the flapped ड़/ढ़ and the nasal marks written as a
place name is spelt in Latin), case and accents fold, long vowels and common spelling
variants merge and the inherent "a" that transliteration adds is dropped, so all four
forms above give the key ``jodhpur``. Keys are looked up in a dict (longest phrase first);
what keys cannot merge, a consonant skeleton or rapidfuzz finds.

The gazetteer is built once from its rows (config load time) and passed in; nothing here
reads a file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from indic_transliteration import sanscript
from rapidfuzz import fuzz, process

RAILWAY_WORDS = ("railway", "rly", "train", "platform", "junction", "jn", "rail", "relve", "tren", "pletfarm")

_DEVANAGARI = re.compile(r"[\u0900-\u097F]+")
_DEVA_FIXES = (("\u0921\u093c", "र"), ("\u095c", "र"), ("\u0922\u093c", "र्ह"), ("\u095d", "र्ह"),
               ("\u0902", "न्"), ("\u0901", "न्"))
_VARIANTS = (("sh", "s"), ("ph", "f"), ("w", "v"), ("z", "j"), ("ee", "i"), ("oo", "u"), ("ou", "u"),
             ("au", "o"), ("ii", "i"), ("uu", "u"), ("aa", "a"), ("q", "k"), ("ck", "k"), ("y", "i"))
# words that name a kind of place, never a place on their own ("Nagar" is also a town in Deeg)
GENERIC_WORDS = frozenset(
    "nagar nagr chowk chouk colony road marg gate bazar bazaar market mandi basti mohalla ward sector phase "
    "block kalan khurd station junction city town village gaon gram tehsil district distt dist state area "
    "near opp opposite behind house no street lane gali main new old east west north south police line "
    "circle puri pura ka ki ke the of and or in at to post ps thana "
    # landmarks in address lines ("Near Hanuman Mandir"): never a place, never fuzzily one
    "mandir masjid temple mosque gurudwara church school college hospital chauraha stand park pump bank "
    "office".split()
)
# how specific a kind of place is (lower = more specific); "A, B" keeps the more specific A
RANK = {"station": 0, "locality": 0, "railway_station": 0, "village": 1, "post_office": 1, "town": 1,
        "tehsil": 2, "landmark": 2, "abolished": 2, "district": 3, "police_district": 3, "outside": 3, "state": 4}
# which reading of an ambiguous name a writer most likely means (higher = preferred)
PREFERENCE = {"district": 6, "police_district": 6, "outside": 5, "station": 5, "abolished": 4, "town": 4,
              "railway_station": 3, "tehsil": 3, "locality": 3, "post_office": 2, "village": 1, "landmark": 1,
              "state": 0}


# thousands of villages and post offices: only an exact name counts, or every misspelling is one of them
_EXACT_ONLY = frozenset({"village", "post_office", "locality", "landmark"})


KEY_SCORE = 0.92  # a name found by its key, written another way ("Kotare" / "Kotra"): a little less sure


def normalise(text: str) -> str:
    """Lower-case Latin words separated by single spaces; Devanagari transliterated first."""
    text = unicodedata.normalize("NFC", text)
    if _DEVANAGARI.search(text):
        for a, b in _DEVA_FIXES:
            text = text.replace(a, b)
        text = _DEVANAGARI.sub(
            lambda m: " " + sanscript.transliterate(m.group(0), sanscript.DEVANAGARI, sanscript.ITRANS) + " ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(_DEVA_WORDS.get(w, w) for w in words)


# spelling families of place-name endings: Hanumangad/-gadh/-garh, Banswada/-wara, Bhilwada
_ENDINGS = ((re.compile(r"(?:gad|gadh|garh|gar)$"), "garh"), (re.compile(r"(?:wada|vada|wara|vara)$"), "wara"))
# Latin words transliteration gives for English words written in Devanagari (सिटी, स्टेशन)
_DEVA_WORDS = {"siti": "city", "steshana": "station", "steshan": "station", "jamkshana": "junction",
               "jankshana": "junction", "relave": "railway", "relve": "railway", "nagara": "nagar"}


def _word_key(word: str) -> str:
    if word.isdigit():
        return word
    for pattern, ending in _ENDINGS:
        word = pattern.sub(ending, word)
    for a, b in _VARIANTS:
        word = word.replace(a, b)
    head, tail = word[:1], word[1:]
    tail = tail.replace("a", "")  # the inherent vowel: jodhapura / jodhpur / jodhpure
    if tail.endswith("e") and len(tail) > 2:
        tail = tail[:-1]
    return re.sub(r"(.)\1+", r"\1", head + tail)


def _skeleton(key: str) -> str:
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


def key_words(text: str) -> tuple[str, ...]:
    """The comparable words of a name or hint ("Sri Ganga Nagar" -> ('sri', 'gng', 'ngr'))."""
    return tuple(_word_key(w) for w in normalise(text).split())


def squash(text: str) -> str:
    """One key string without spaces, so "Sri Ganga Nagar" == "Sriganganagar"."""
    flat = normalise(text).replace(" ", "")
    return _word_key(flat) if flat else ""


@dataclass(frozen=True)
class Entry:
    name: str  # as configured or as the gazetteer writes it
    target: str  # what it points to (station, district, police district, or a state outside)
    kind: str  # a key of RANK
    district: str | None = None  # current district (None outside Rajasthan)
    police_district: str | None = None  # when the place answers to one (DCP district, GRP)
    pin: str | None = None


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float  # 1.0 exact key match; fuzzy below
    text: str  # the words of the hint that matched
    start: int = 0  # index of the first matched word in the hint


# a district holding under this share of a PIN's offices (of at least PIN_MIN_OFFICES) is left out
# of the PIN's districts: 305901 has 22 offices in Beawar and 1 in Rajsamand; 314001 (Dungarpur
# city) 21 and one filed under Nagaur by India Post. Closer splits stay ambiguous (the desk decides).
PIN_MINOR_SHARE = 0.1
PIN_MIN_OFFICES = 10
PIN_KINDS = ("village", "post_office", "town")  # the rows whose PIN says where the place is


def pin_districts(counts: dict[str, int]) -> tuple[str, ...]:
    """The districts a PIN serves, from how many of its offices lie in each."""
    total = sum(counts.values())
    if total < PIN_MIN_OFFICES:
        return tuple(sorted(counts))
    return tuple(sorted(d for d, n in counts.items() if n >= PIN_MINOR_SHARE * total))


class Gazetteer:
    """Names -> entries; ``find`` returns every entry a text names (longest exact phrase first,
    then, for short texts, consonant skeletons and fuzzy matches)."""

    def __init__(self, entries: list[Entry], fuzzy_cutoff: float = 88.0) -> None:
        self.entries = tuple(e for e in entries if normalise(e.name))
        self.fuzzy_cutoff = fuzzy_cutoff
        self.by_key: dict[str, list[Entry]] = {}
        self.by_skeleton: dict[str, list[Entry]] = {}
        self.longest = 1
        pins: dict[str, dict[str, int]] = {}
        for e in self.entries:
            words = normalise(e.name).split()
            if len(words) == 1 and words[0] in GENERIC_WORDS and e.kind not in ("district", "station"):
                continue
            key = _word_key("".join(words))
            self.by_key.setdefault(key, []).append(e)
            if len(key) >= 4 and e.kind not in _EXACT_ONLY:
                self.by_skeleton.setdefault(_skeleton(key), []).append(e)
            self.longest = max(self.longest, min(len(words), 6))
            if e.pin and e.district and e.kind in PIN_KINDS:
                counts = pins.setdefault(e.pin, {})
                counts[e.district] = counts.get(e.district, 0) + 1
        self.keys = tuple(k for k, es in self.by_key.items() if len(k) >= 5 and any(e.kind not in _EXACT_ONLY for e in es))
        self.pin_districts = {p: pin_districts(counts) for p, counts in pins.items()}

    def __eq__(self, other: object) -> bool:  # two loads of the same tables are the same gazetteer
        return isinstance(other, Gazetteer) and (self.entries, self.fuzzy_cutoff) == (other.entries, other.fuzzy_cutoff)

    __hash__ = None  # type: ignore[assignment]  (mutable dicts inside; compared, never hashed)

    def find(self, hint: str, fuzzy: bool = True) -> list[Hit]:
        raw = normalise(hint).split()
        hits: list[Hit] = []
        covered: set[int] = set()
        i = 0
        while i < len(raw):
            for size in range(min(self.longest, len(raw) - i), 0, -1):
                words = raw[i:i + size]
                if size == 1 and (words[0] in GENERIC_WORDS or words[0].isdigit()):
                    continue
                found = self.by_key.get(_word_key("".join(words)))
                if found:
                    text = "".join(words)
                    found_hits = [Hit(e, 1.0 if normalise(e.name).replace(" ", "") == text else KEY_SCORE, " ".join(words), i)
                                  for e in found]
                    hits += found_hits
                    if any(h.score == 1.0 for h in found_hits):  # another spelling's key leaves room for a
                        covered.update(range(i, i + size))         # fuzzy reading ("Sawai Madhpur")
                    i += size - 1
                    break
            i += 1
        if fuzzy and len(raw) <= 8:
            # words only villages of several districts share ("Karoli") may be a misspelt town
            # or district ("Karauli"): those are looked for too, and routing prefers them
            shared = {h.start for h in hits if h.entry.kind in _EXACT_ONLY}
            well_known = {h.start for h in hits if h.entry.kind not in _EXACT_ONLY}
            loose = {i for i in shared - well_known
                     if len({h.entry.district for h in hits if h.start == i}) > 1}
            hits += self._near(raw, covered - loose)
        return sorted(hits, key=lambda h: (h.start, -h.score))

    def _near(self, raw: list[str], covered: set[int]) -> list[Hit]:
        """Misspellings: same consonant skeleton, or a close fuzzy match, for uncovered words."""
        out: list[Hit] = []
        taken: set[int] = set(covered)
        for size in (2, 1):
            for i in range(0, len(raw) - size + 1):
                span = set(range(i, i + size))
                words = raw[i:i + size]
                if span & taken or any(w in GENERIC_WORDS or w.isdigit() for w in words):
                    continue
                window = _word_key("".join(words))
                found: list[Entry] = []
                score = 0.0
                if len(window) >= 4 and self.by_skeleton.get(_skeleton(window)):
                    found, score = self.by_skeleton[_skeleton(window)], 0.85
                elif len(window) >= 5:
                    best = process.extractOne(window, self.keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff)
                    if best:
                        found, score = self.by_key[best[0]], min(best[1] / 100, 0.95)
                found = [e for e in found if e.kind not in _EXACT_ONLY]
                if found:
                    out += [Hit(e, score, " ".join(words), i) for e in found]
                    taken |= span
        return out


def has_railway_words(text: str) -> bool:
    words = set(normalise(text).split())
    return bool(words & set(RAILWAY_WORDS)) or "रेलवे" in text or "स्टेशन" in text and "रेल" in text
