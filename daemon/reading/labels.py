"""Labelled fields in report text, whatever the layout -> (field, value) pairs.

Layouts: "Label: value", "Label\\tvalue", "Label ....... value", "Label    value", "| Label | value |",
"Label - value", and a label alone on its line with the value below it (HTML tables and
CSV attachments arrive here already as "label: value" lines). What a label means is read
from its words (``label_words``); labels those cannot read may be given to a model
(``LabelModel``, e.g. the multilingual encoder) when one is passed in.

Facts about someone other than the person at risk (the friend who flagged the post, a
reporter, a parent) are skipped: in their own labels ("Reporter phone") and in whole
sections under a heading about them ("Reported by:" followed by fields).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol, Sequence

from daemon.reading.identity import by_value, identity_parts, phone_written
from daemon.reading.label_words import SKIP, Meaning, meaning_of, words_of
from daemon.reading.times import lone_date, lone_time


class LabelModel(Protocol):
    """Reads labels the word lists could not (e.g. by embedding them). Must not raise."""

    def meanings(self, labels: Sequence[str]) -> list[Meaning | None]: ...


@dataclass(frozen=True)
class Field:
    field: str
    label: str
    value: str
    line: int  # index of the line it came from
    end: int = -1  # index of its last line (values can follow the label or span lines)
    detail: str = ""  # for locations: "profile" or "stated"
    confidence: float = 1.0
    section: str = ""  # heading the field sits under, if any


# bullets, quote marks, bold marks and numbering ("1.2", "a)", "(iii)") before a label
# Runs of blanks are possessive (*+) and values take the rest of the line (stripped by the caller):
# with backtracking runs, a line of 1,000 spaces and a colon took 18 s (cubic).
# a bullet of any list style ("•", "◦", "▪", "➤", "✓") before a label
BULLETS = "•·◦▪▫‣⁃∙○●■□►▸▹➤➢➔→✓✔◆◇❖"
# emoji in front of labels ("📱 Contact number:", "#️⃣ UID:"): pictographs, symbols, keycaps, variation selectors
_EMOJI = "\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u20E3"
_LEAD = (r"^[ \t>*\-–#" + BULLETS + _EMOJI + r"]*+(?:\*\*|__)?[ \t]*+"
         r"(?:(?:\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-z]\)|\(?[ivx]{1,4}\))[ \t]++)?(?:\*\*|__)?[ \t]*+")
_LABEL = r"(?P<label>[^\W\d_][^:：\n\t|]{0,60}?)"
# (in _COLON a colon between a digit and a hex digit, "address 2409:4052::1", "at 10:15", is no separator)
_COLON = re.compile(_LEAD + _LABEL + r"(?:\*\*|__)?[ \t]*+(?:(?:(?<!\d)[:：]|[:：](?![0-9A-Fa-f]))[:：]?-?|=>|->|[»›]|(?<=[ \t])→)[ \t]*+(?:\*\*|__)?[ \t]*+(?P<value>.*)$")
_TAB = re.compile(_LEAD + r"(?P<label>[^\W\d_][^\t\n]{0,60}?) *+\t[\t ]*+(?P<value>\S.*)$")
_LEADERS = re.compile(_LEAD + r"(?P<label>[^\W\d_](?:[^.…·_:：\n]|\.(?![ \t]*[.…·_])){0,60}?)[ \t]*+(?:(?:[.…·][ \t]?){3,}|_{3,}[ \t]?|…{2,})+[ \t]*+[:：]?[ \t]*+(?P<value>\S.*)$")
_PIPE = re.compile(r"^[ \t]*+\|?[ \t]*+(?P<label>[^\W\d_][^|\n]{0,60}?)[ \t]*+\|[ \t]*+(?P<value>[^|\n]*)\|?[ \t]*$")
_SPACES = re.compile(_LEAD + r"(?P<label>[^\W\d_][^\n]{0,40}?\S) {3,}+(?P<value>\S.*)$")
_DASH = re.compile(_LEAD + r"(?P<label>[^\W\d_][^\n]{0,30}?\S)[ \t]++[-–—][ \t]++(?P<value>\S.*)$")
_ALONE = re.compile(_LEAD + r"(?P<label>[^\W\d_][^\n]{0,50}?)(?:\*\*|__)?[ \t]*+[:：]?[ \t]*+$")
# exact layouts first; "spaces" and "dash" only for labels the word lists know
_STRICT, _LOOSE = (_LEADERS, _COLON, _TAB, _PIPE), (_SPACES, _DASH)
_SENTENCE_START = frozenset("the a an this that these those we i you it they he she please kindly dear if when as "
                            "hi hello यह वह हम मैं कृपया".split())
# a heading over facts about someone else (the friend who flagged the post, a reporter)
_OTHER_HEADING = re.compile(
    r"\b(?:reporter|reporting (?:user|person|account|party)|reported by|flagged by|submitted by|referred by|"
    r"informant|complainant|friends?|person who (?:reported|flagged|raised)|concerned (?:friend|user|person|contact)|"
    r"family member|relative)\b|रिपोर्ट करने वाल|सूचना देने वाल|शिकायतकर्ता|मित्र|दोस्त", re.I)
_SALUTATION = re.compile(r"^(?:dear|hello|hi|respected|sir|madam|to\b|प्रिय|आदरणीय|महोदय)", re.I)
_PERSON_HEADING = re.compile(
    r"\b(?:person|user|account|individual|subject|profile|at risk|of concern|reported (?:account|user|profile|person)|"
    r"affected|details of the|about the)\b|व्यक्ति|उपयोगकर्ता|खाता", re.I)


def is_label(text: str) -> bool:
    """Whether a short text names a field ("City", "When", "Who"): for layouts that set a
    label apart only by a box or a space (HTML cards)."""
    return len(text) <= 40 and _meaning(text.strip().strip("*_:： ")) is not None


def field_of(label: str) -> str | None:
    """Which field a label names by its words, or None (kept for callers that need only the name)."""
    found = _meaning(label)
    return found.field if found and found.field not in ("date", "time") else None


# labels put as questions ("What they posted", "When", "Where the person says they are")
_QUESTIONS = (
    (re.compile(r"^when(?: (?:was it |it was |they |he |she |was the \w+ |the \w+ (?:was )?)?(?:posted|shared|written|sent|"
                r"published|made|created|uploaded|went live|started))?$"), Meaning("post_time", 1.0)),
    (re.compile(r"^what (?:they|he|she|the (?:person|user)|was|did they|did (?:he|she)) (?:posted|wrote|said|shared|"
                r"write|post|say|share)\b.{0,20}$"), Meaning("post", 1.0)),
    (re.compile(r"^what$"), Meaning("post", 1.0)),  # an HTML card's "What": what was posted
    (re.compile(r"^who(?: (?:is it|is at risk|is the person|posted it))?$"), Meaning("account", 1.0)),
    (re.compile(r"^where(?: (?:the person|they|he|she|the user) (?:says? )?(?:they |he |she )?(?:is|are|lives?|"
                r"stays?|may be|might be|is based|are based|is located|are located))?$"), Meaning("location", 1.0, "stated")),
)


_QUESTION_WORD = re.compile(r"^\W*(?:when|what|where)\b", re.I)


def _meaning(label: str) -> Meaning | None:
    words = words_of(label)
    question = " ".join(words)
    for pattern, meaning in _QUESTIONS:
        if len(words) <= 8 and pattern.match(question):
            return meaning
    if words[:1] == ["the"] and len(words) == 2 and words[1] not in _SENTENCE_START:
        return meaning_of(" ".join(words[1:]))  # "The content:": a sentence's article, a label's shape
    if not words or words[0] in _SENTENCE_START or label.lower().startswith(("http", "www")):
        return None
    return meaning_of(label)


@dataclass
class _Line:
    label: str
    value: str
    meaning: Meaning | None
    loose: bool


def _split(line: str) -> _Line | None:
    """The label and value of a line, by the first layout that fits."""
    for pattern in _STRICT:
        m = pattern.match(line)
        if m and not _split_inside_value(m.group("label"), m.group("value")):
            label = m.group("label").strip().strip("*_ ")
            return _Line(label, _unbold(m.group("value")), _meaning(label), False)
    for pattern in _LOOSE:
        m = pattern.match(line)
        if m:
            label = m.group("label").strip().strip("*_ ")
            meaning = _meaning(label)
            if meaning and meaning.confidence >= 0.9 and len(label.split()) <= 4:
                return _Line(label, m.group("value").strip(), meaning, True)
    return None


def _split_inside_value(label: str, value: str) -> bool:
    """A colon inside a value, not after a label: "Posted on 26 Nov 2026, 10:15", leaders."""
    if re.search(r"https?$", label.strip(), re.I) and value.startswith("//"):
        return True  # "Profile — https://...": the colon is the link's
    return bool(re.search(r"\d$", label.strip()) and re.match(r"\d{2}(?:$|[\s:]|[AaPp]\.?[Mm])", value)) \
        or bool(re.search(r"[.…_]{4,}", label))


def _unbold(value: str) -> str:
    """A value without markdown bold marks around it ("**Asha**"); underscores in handles stay."""
    value = value.strip()
    for mark in ("**", "__"):
        if value.startswith(mark) and value.endswith(mark) and len(value) > 4:
            value = value[2:-2].strip()
        elif value.startswith("**"):
            value = value[2:].strip()
    return value


def _alone(line: str) -> Meaning | None:
    """A label on its own line (value below), only when the words clearly name a field."""
    m = _ALONE.match(line)
    if not m or len(m.group("label").split()) > (8 if "/" in m.group("label") or _QUESTION_WORD.match(line) else 5):
        return None
    if re.search(r"\d{4}", m.group("label")):
        return None  # "Reference 9585616874.": the value is on the line, no label over one
    if "," in m.group("label") and not m.group("label").rstrip().endswith((":", "：")):
        return None  # "Village Jhadol, Udaipur" is a value, not a label over one
    meaning = _meaning(m.group("label").strip().strip("*_ "))
    return meaning if meaning and meaning.confidence >= 0.9 else None


def _unquote_block(lines: list[str], start: int, first: str) -> tuple[str, int]:
    """A value opened with a quote mark runs until the closing mark (posts span lines)."""
    opener = first[0]
    closer = {"\"": "\"", "“": "”", "«": "»", "'": "'", "‘": "’"}.get(opener)
    if not closer or (len(first) > 1 and first.rstrip().endswith(closer)):
        return first, start
    parts = [first]
    for j in range(start + 1, min(len(lines), start + 40)):
        parts.append(lines[j].strip())
        if lines[j].rstrip().endswith(closer):
            return "\n".join(parts), j
    return first, start


def read_fields(text: str, model: LabelModel | None = None) -> list[Field]:
    """Every labelled field in ``text``, in order, with other people's facts marked skip."""
    lines = text.splitlines()
    split = [_split(line) if line.strip() else None for line in lines]
    if model is not None:
        unknown = [i for i, s in enumerate(split) if s and s.meaning is None and not s.loose and s.value
                   and len(s.label.split()) <= 6]
        if unknown:
            try:
                found = model.meanings([split[i].label for i in unknown])
            except Exception:  # noqa: BLE001 - a model that fails leaves the word lists' reading
                found = [None] * len(unknown)
            for i, meaning in zip(unknown, found):
                if meaning is not None:
                    split[i].meaning = meaning
    out: list[Field] = []
    section = ""
    other = -1  # first line of the section about someone else we are in, or -1
    i = 0
    while i < len(lines):
        line = lines[i]
        s = split[i]
        if not line.strip():
            i += 1
            continue
        heading = _heading(line, s)
        if heading is not None:
            if other >= 0:  # the section about someone else ends here: all its lines are skipped
                out.append(Field("skip", section, "", other, i - 1, section=section))
            section, other = heading[0], (i if heading[1] else -1)
            i += 1
            continue
        meaning = s.meaning if s else None
        value = s.value if s else ""
        label = s.label if s else ""
        end = i
        if s is None or not value:
            alone = meaning if s is not None else _alone(line)
            if alone is None:
                i += 1
                continue
            meaning, label = alone, (s.label if s else line.strip().strip("*_:： "))
            value, end = _value_below(lines, split, i, meaning.field)
            if not value:
                i += 1
                continue
        if meaning is None:
            i += 1
            continue
        changed = _CHANGED.match(value) if meaning.field != "skip" else None
        if changed and (meaning.field != "post" or _PLACEHOLDER.match(changed.group("old"))):
            value = changed.group("new")  # a change log's "Handle: (not provided) -> prakash_b": the value now
        if meaning.field == "post_time" and len(value.split()) >= 3 and not re.search(r"\d", value):
            meaning = Meaning("post", meaning.confidence)  # "Message posted: <the words>" (a sheet's row)
        if meaning.field == "username" and len(value.split()) >= 2 and "@" not in value and "/" not in value:
            meaning = Meaning("name", meaning.confidence)  # "User name: Prakash Shekhawat" is a name
        if meaning.field in _IDENTITY and other < 0:
            parts = identity_parts(value, meaning.field)
            if parts:  # "User: Ankit Meghwal (@ankit.meghwal.1)": a name and a handle
                out += [Field(f, label, v, i, end, "", meaning.confidence, section) for f, v in parts]
                i = end + 1
                continue
        if meaning.field == "user_id" and phone_written(value):
            meaning = Meaning("phone", meaning.confidence)  # "Account number - 91 96600 83521"
        if meaning.field == "platform_account":  # "Instagram: @aditi.m": the person's account there
            shape = by_value(value)
            if shape not in ("username", "profile", "user_id", "phone"):
                i = end + 1
                continue  # "Instagram: urgent welfare concern" is a title, no fact
            meaning = Meaning(shape, meaning.confidence)
        if meaning.field in ("account", "id"):
            shape = by_value(value)
            if meaning.field == "id" and shape == "user_id" and _ACCOUNT_SECTION.search(section):
                pass  # a bare "ID" under "Subscriber information" / "खाताधारक की जानकारी" is the account's
            elif meaning.field == "id" and shape in ("phone", "user_id", "name", "skip"):
                shape = "reference" if re.search(r"\d", value) else "skip"  # a bare "ID" is the report's
            meaning = Meaning(shape, meaning.confidence)
        if meaning.field == "post":
            value, end = _unquote_block(lines, end, value)
        if _PLACEHOLDER.match(value):  # "Legal name: Not available": no value, the next label may have one
            i = end + 1
            continue
        field = "skip" if other >= 0 else meaning.field
        out.append(Field(field, label, value, i, end, meaning.detail, meaning.confidence, section))
        for k in range(i + 1, end) if field == "post" else ():  # "Set at: <time>" stepped over to the words
            if _time_label(split[k]):
                out.append(Field(split[k].meaning.field, split[k].label, split[k].value, k, k, "",
                                 split[k].meaning.confidence, section))
        if field == "post" and end + 1 < len(lines) and lone_time(lines[end + 1]):
            # the time printed under the words of a post card is when it was posted
            end += 1
            out.append(Field("post_time", label, lines[end].strip(), end, end, "", meaning.confidence, section))
        i = end + 1
    if other >= 0:
        out.append(Field("skip", section, "", other, len(lines) - 1, section=section))
    return [_sent_in_body(f, lines) for f in out]


_MAIL_HEADER = re.compile(r"^[\s>*]*(?:from|to|cc|subject|date|प्रेषक|विषय)\s*[:：]", re.I)


def _sent_in_body(f: Field, lines: list[str]) -> Field:
    """ "Sent - 12 Nov 2026 06:45 AM IST" under a message, with no mail headers around it, is
    when the person sent the message; beside From/To/Subject it is a forward's header."""
    if f.field != "skip" or not f.value or words_of(f.label) not in (["sent"], ["sent", "at"], ["sent", "on"]):
        return f
    if any(_MAIL_HEADER.match(line) for line in lines[max(0, f.line - 4): f.line + 5]):
        return f
    return Field("post_time", f.label, f.value, f.line, f.end, "", f.confidence, f.section)


_DECORATED = re.compile(r"^\s*(?:[-=#*~_]{2,}|[═─━]+)[ \t]*[^\W\d_].*?[ \t]*(?:[-=#*~_]{2,}|[═─━]+)\s*$")


def _heading(line: str, s: _Line | None) -> tuple[str, bool] | None:
    """(heading, about someone else) for a section heading line; None for anything else."""
    if _RULE.match(line):
        return None
    stripped = line.strip().strip("#*=-–—_:：[]() ")
    if s is not None and s.value:
        return None
    if stripped and len(stripped) <= 80 and len(stripped.split()) <= 10 and not re.search(r"\d", stripped) \
            and _OTHER_HEADING.match(stripped) \
            and (stripped.split()[0].isupper() or line.rstrip().endswith((":", "：", ")"))):
        # "REPORTED BY (a friend of the account holder)": a heading's shape, not a sentence's
        return stripped, True
    if not stripped or len(stripped) > 60 or len(stripped.split()) > 7:
        return None
    if _SALUTATION.match(stripped):
        return None
    if _OTHER_HEADING.search(stripped):
        return stripped, True
    if s is not None and s.meaning is not None and s.meaning is not SKIP and s.meaning.field != "skip":
        return None  # "Name:" with its value below is a field, not a heading
    decorated = bool(_DECORATED.match(line))  # "--- PERSON AT RISK ---", "== ACCOUNT ==": a heading's shape
    if not decorated and _alone(line) is not None:
        return None
    if decorated or _PERSON_HEADING.search(stripped) or stripped.isupper() or line.rstrip().endswith((":", "：")):
        return stripped, False
    return None


def _value_below(lines: list[str], split: list[_Line | None], i: int, field: str) -> tuple[str, int]:
    """The value under a label: the next non-empty line (more lines for posts and addresses)."""
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or _RULE.match(lines[j])) and j < i + 4:
        j += 1
    if j >= len(lines) or not lines[j].strip():
        return "", i
    if field == "post" and (lone_date(lines[j].strip(" \t>*_")) or _time_label(split[j])):
        # "## Post" / "_19 Nov 2026_" / "> words", "Status text:" / "Set at: <time>" / words: the post is below its time
        k = j + 1
        while k < len(lines) and not lines[k].strip() and k < j + 3:
            k += 1
        words = lines[k].strip() if k < len(lines) else ""
        if words and not _is_label_line(lines[k], split[k]) and len(words.split()) >= 3 and not words.isupper() \
                and (k == j + 1 or not _time_label(split[j])):  # a time label's post follows it at once
            j = k
    gap = any(not lines[k].strip() for k in range(i + 1, j))  # a heading stands apart from what follows
    if _is_label_line(lines[j], split[j]) and (gap or not _value_looking(lines, split, j)):
        return "", i
    parts, end = [lines[j].strip()], j
    if field in ("post", "location"):
        k = j + 1
        while k < len(lines) and k < j + 8 and lines[k].strip() and not _is_label_line(lines[k], split[k]) \
                and not _RULE.match(lines[k]) and not (field == "post" and lone_time(lines[k])):  # "____" closes a quote
            parts.append(lines[k].strip())
            end = k
            k += 1
    if field == "post" and all(p.startswith(">") for p in parts):  # a quote block ("> words"): its marks are no words
        parts = [p.lstrip("> ") for p in parts]
    return ("\n" if field == "post" else ", ").join(parts), end


_CHANGED = re.compile(r"^(?P<old>[^\n]{0,80}?)[ \t]+(?:->|→|=>|⇒)[ \t]+(?P<new>\S[^\n]*)$")


def _time_label(s: _Line | None) -> bool:
    """A 'Label: value' line whose label names a time ("Set at: 1792745375")."""
    return s is not None and bool(s.value) and s.meaning is not None and s.meaning.field in ("post_time", "time", "date")


def _value_looking(lines: list[str], split: list[_Line | None], j: int) -> bool:
    """A label-like line is a value when the line after it is a label too: in "Place /
    Hindaun City railway station / Language / Hindi" the station is Place's value."""
    if split[j] is not None and split[j].value:
        return False  # "Label: value" is a field of its own
    k = j + 1
    while k < len(lines) and (not lines[k].strip() or _RULE.match(lines[k])):
        k += 1
    return k >= len(lines) or _is_label_line(lines[k], split[k])


def _is_label_line(line: str, s: _Line | None) -> bool:
    """Whether a line under a label is the next label rather than the value ("Hindaun City
    railway station" has the word "city" but is a value: an unseparated label is short)."""
    return (s is not None and s.meaning is not None) or _alone(line) is not None


_PLACEHOLDER = re.compile(
    r"^\W*(?:n\.?\s?/?\s?a\.?|nil|none|null|unknown|not (?:available|provided|known|on file|specified|given|shared)|"
    r"none (?:on file|provided|given|found)|no (?:description|caption|text|data|information|record)s?|-+|"
    r"उपलब्ध नहीं|अज्ञात|कोई नहीं|नहीं)\W*$", re.I)
_ACCOUNT_SECTION = re.compile(r"\b(?:subscriber|account|profile|user)\b|खाता|खाते|उपयोगकर्ता|प्रोफ़ाइल|प्रोफाइल", re.I)
_RULE = re.compile(r"^\s*[-=_*~.#]{3,}\s*$")  # an underline or separator, never a value
_IDENTITY = frozenset({"account", "id", "name", "username", "user_id", "platform_account"})
def strip_quotes(value: str) -> str:
    value = value.strip()
    pairs = {"\"": "\"", "“": "”", "«": "»", "'": "'", "‘": "’", "„": "“"}
    if len(value) >= 2 and value[0] in pairs and value[-1] == pairs[value[0]]:
        return value[1:-1].strip()
    return value
