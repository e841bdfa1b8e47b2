"""Telex-style reports -> label lines.

Some desks and relays still send the old wire form: upper case, no colons, one fact per
sentence ("SUBJECT NAME RAHUL KUMAR. MOBILE +91 98290 12345. LOCATION BHILWARA."), often
wrapped at 69 columns. Each sentence that opens with label words becomes "LABEL: value",
so the label reader reads it as it reads any other report.
"""

from __future__ import annotations

import re

from daemon.reading.label_words import SKIP, VOCABULARY, meaning_of

# words that open a telex label besides the label vocabulary ("SUBJECT NAME", "TARGET MOBILE")
_OPENERS = frozenset({"subject", "target", "person", "individual", "last", "seen"})
_WORDS = frozenset(VOCABULARY) | _OPENERS
_ADDRESS_WORDS = frozenset({"village", "vill", "tehsil", "town", "city", "district", "ward", "near", "house"})
# a sentence ends at a full stop after a word or a number and before a capital, a digit or a quote
_SENTENCE = re.compile(r"(?<=[A-Z0-9\"')\]])\.\s+(?=[A-Z0-9\"'(+])")
_MIN_LABELLED = 3


def _upper(text: str) -> bool:
    letters = [c for c in text if "A" <= c <= "Z" or "a" <= c <= "z"]
    return len(letters) >= 40 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _labelled(sentence: str) -> str | None:
    """'MOBILE +91 98290 12345' -> 'MOBILE: +91 98290 12345'; None unless label words open it."""
    words = sentence.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        head = words[:n]
        if not all(w.lower() in _WORDS for w in head):
            continue
        meaning = meaning_of(" ".join(head))
        if meaning is None or meaning == SKIP:
            continue
        if n > 1 and head[-1].lower() in _ADDRESS_WORDS and meaning_of(" ".join(head[:-1])) == meaning:
            n -= 1  # "LOCATION VILLAGE BARAL": the village is part of the address
        return f"{' '.join(words[:n])}: {' '.join(words[n:])}"
    return None


def _paragraph(lines: list[str]) -> list[str] | None:
    joined = " ".join(line.strip() for line in lines)
    if ":" in re.sub(r"\d:\d|[0-9a-f]:[0-9a-f]", "", joined, flags=re.I) or not _upper(joined):
        return None  # a colon that is no clock's or IPv6 address's: the labels are written already
    sentences = [s.strip().rstrip(".") for s in _SENTENCE.split(joined) if s.strip()]
    out = [_labelled(s) for s in sentences]
    if sum(1 for o in out if o) < _MIN_LABELLED:
        return None
    return [o or s for o, s in zip(out, sentences)]


def telex_text(text: str) -> str:
    """The text with each telex paragraph (upper case, no colons, three or more sentences
    opening with label words) as one label line per sentence; other paragraphs as they are."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        out += _paragraph(lines[i:j]) or lines[i:j]
        i = j
    return "\n".join(out)
