"""Telex-style reports -> label lines.

Some desks and relays still send the old wire form: upper case, no colons, one fact per
sentence ("SUBJECT NAME RAHUL KUMAR. MOBILE +91 98290 12345. LOCATION BHILWARA."), often
wrapped at 69 columns, or one fact per line ("UID 1000...", "PH 98290..."). Each sentence or
line that opens with label words becomes "LABEL: value", so the label reader reads it as it
reads any other report.
"""

from __future__ import annotations

import re

from daemon.reading.label_words import SKIP, VOCABULARY, meaning_of

# words that open a telex label besides the label vocabulary ("SUBJECT NAME", "TARGET MOBILE")
_OPENERS = frozenset({"subject", "target", "person", "individual", "last", "seen"})
_WORDS = frozenset(VOCABULARY) | _OPENERS
_ADDRESS_WORDS = frozenset({"village", "vill", "tehsil", "town", "city", "district", "ward", "near", "house"})
# a sentence ends at a full stop after a word or a number and before a capital, a digit or a quote;
# " // " sets fields apart on one line
_SENTENCE = re.compile(r"(?<=[A-Z0-9\"')\]])\.\s+(?=[A-Z0-9\"'(+])|\s+//\s+")
# "TEXT: ...", "NAME :: X", "HANDLE - x": labelled already (a colon inside a clock or an IPv6
# address is no label's)
_LABELLED_ALREADY = re.compile(r"^[^\W\d_][^:：\n]{0,40}?(?:(?<![0-9A-Fa-f])[:：]|[:：](?![0-9A-Fa-f])|[ \t][-–—][ \t])")
_MIN_LABELLED = 3


def _labelled(sentence: str) -> str | None:
    """'MOBILE +91 98290 12345' -> 'MOBILE: +91 98290 12345'; None unless upper-case label words
    open it ("PH2": a second phone, its number dropped from the label)."""
    words = sentence.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        head = [w.rstrip("0123456789") for w in words[:n]]
        if not all(h and h.isupper() and h.lower() in _WORDS for h in head):
            continue
        meaning = meaning_of(" ".join(head))
        if meaning is None or meaning == SKIP or meaning.field == "platform_account":
            continue  # "FACEBOOK EMERGENCY DISCLOSURE": the platform's name heads the wire, no account
        if n > 1 and head[-1].lower() in _ADDRESS_WORDS and meaning_of(" ".join(head[:-1])) == meaning:
            n, head = n - 1, head[:-1]  # "LOCATION VILLAGE BARAL": the village is part of the address
        return f"{' '.join(head)}: {' '.join(words[n:])}"
    return None


def _units(lines: list[str]) -> list[str] | None:
    """The facts of a block: one per line when most lines open with upper-case label words (a
    field per line), else, when no line has a colon label, the block joined and cut into
    sentences (a wrapped wire text); None for any other block."""
    opening = [_SENTENCE.split(line.strip())[0] for line in lines]
    written = sum(1 for u in opening if _LABELLED_ALREADY.match(u))
    telex = sum(1 for u in opening if not _LABELLED_ALREADY.match(u) and _labelled(u))
    if telex >= max(_MIN_LABELLED, (len(lines) + 1) // 2, written + 1):  # headings among "Label: value" lines are no wire
        return [u.strip() for line in lines for u in _SENTENCE.split(line) if u.strip()]
    if any(_LABELLED_ALREADY.match(line.strip()) for line in lines):
        return None
    return [s.strip() for s in _SENTENCE.split(" ".join(line.strip() for line in lines)) if s.strip()]


def _paragraph(lines: list[str]) -> list[str] | None:
    units = [u if _LABELLED_ALREADY.match(u) else u.rstrip(".") for u in _units(lines) or ()]
    out = [None if _LABELLED_ALREADY.match(u) else _labelled(u) for u in units]
    if sum(1 for o in out if o) < _MIN_LABELLED:
        return None
    return [o or u for o, u in zip(out, units)]


def telex_text(text: str) -> str:
    """The text with each telex paragraph (three or more sentences or lines opening with
    upper-case label words and no colon) as one label line per fact; other paragraphs as they are."""
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
