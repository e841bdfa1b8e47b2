"""Lines that hold several fields -> one label line per field.

A key=value record on one line, fields side by side (" · ", " | ", a wide gap), a column
header over its row, the rows of a "Field | Value" table, a question over its answer, a
timeline entry, a paragraph of "Label: value." sentences: each field gets a line of its own,
so the label reader reads it as it reads any other label line.
"""

from __future__ import annotations

import csv
import re

from daemon.reading.exports import key_words
from daemon.reading.label_words import SKIP, meaning_of

# "case=FBR-1; name=Rakesh Gurjar; post=\"...\"": a record on one line, values maybe quoted
_KEY_VALUE = r"(?P<key>[A-Za-z_][\w.\-]{0,40})[ \t]*=[ \t]*(?P<value>\"[^\"\n]*\"|'[^'\n]*'|[^;\n]*)"
_INLINE_KV = re.compile(rf"(?:^|;)[ \t]*(?:{_KEY_VALUE}|(?P<other>[^;\n]*))")
_ONE_KV = re.compile(rf"^[ \t]*{_KEY_VALUE};?[ \t]*$")  # 'text="..."' alone on a line
# "Name: Kalu Ram · Handle: @kaluram · User ID: 6335...": fields side by side, set apart by a dot or a bar
_SIDE_BY_SIDE = re.compile(r"(?<![ \t])[ \t]++[·•|][ \t]+")  # from a run's start, possessive: scanned once
# "Reference number: LERT-1      Name: Chetan Jain": two columns of label lines set apart by a wide gap
_WIDE_GAP = re.compile(r"(?<=\S)[ \t]{3,}+(?=\S)")
_LABELLED = re.compile(r"^[^\W\d_][^:：\n]{0,40}[:：][ \t]*\S")
_WORD_LABELLED = re.compile(r"^[^\W\d_][^:：\n\d]{0,40}[:：][ \t]*\S")  # a label of words ("Thu, 05 Nov 2026 05:00" is none)
# "Case Number     Name     Mobile": a header row whose columns are set apart by runs of spaces
_COLUMN_GAP = re.compile(r"\S(?:.*?\S)??(?= {2,}|$)")


def _record_line(line: str) -> list[str] | None:
    """A one-line record of three or more key=value parts as label lines, else None."""
    if line.count("=") < 3 or ";" not in line:
        return None
    parts = [m for m in _INLINE_KV.finditer(line) if m.group(0).strip(" ;")]
    keyed = [m for m in parts if m.group("key")]
    if len(keyed) < 3:
        return None
    out = []
    for m in parts:
        if not m.group("key"):
            out.append(m.group("other").strip())
            continue
        value = re.sub(r"(?<=[\da-fA-F])@(?=\d{4}-\d{2})", " at ", _value(m))  # "ip=157.38.12.200@2026-11-05T04:28Z"
        out.append(f"{key_words(m.group('key'))}: {value}")
    return out


def _value(m: re.Match) -> str:
    """A key=value part's value without its quotes."""
    return m.group("value").strip().strip("\"'")


def _one_kv(line: str) -> list[str] | None:
    m = _ONE_KV.match(line)
    return [f"{key_words(m.group('key'))}: {_value(m)}"] if m else None


def _columns(header: str, row: str) -> list[str] | None:
    """A header over one row of data, columns set apart by spaces, as label lines; None unless
    most header cells are labels and the row fills the columns."""
    cells = [(m.start(), m.group(0)) for m in _COLUMN_GAP.finditer(header)]
    if len(cells) < 3 or sum(1 for _, c in cells if meaning_of(c) is not None) < len(cells) - 1 or len(row.strip()) < 2 * len(cells):
        return None
    starts = [s for s, _ in cells] + [max(len(row), len(header)) + 1]
    if any(s > 0 and s < len(row) and row[s - 1] != " " for s in starts[1:-1]):
        return None  # a value runs across a column start: not a table
    values = [row[starts[k]: starts[k + 1]].strip() for k in range(len(cells))]
    if sum(1 for v in values if v) < len(cells) - 1:
        return None
    return [f"{label}: {value}" for (_, label), value in zip(cells, values) if value]


# "Field | Value | Source": a table whose header names a key column and a value column; its other
# columns (where a value came from, a remark, a time) follow the value in brackets when they hold a digit
KEY_HEADS = frozenset("field fields item attribute particular particulars parameter property key label name detail "
                      "data point विवरण मद".split())
VALUE_HEADS = frozenset("value values detail details information info data content response answer entry result "
                        "जानकारी मान उत्तर".split())
_RULE = re.compile(r"^[\s|:+-]*$")  # "|---|---|" under a markdown header


def _cells(line: str, comma: bool = False) -> list[str]:
    if comma:  # "location,\"Nagar, Deeg\"": a CSV row, quotes and all
        return [c.strip() for c in next(csv.reader([line.strip()]), [])]
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _keyed_grid(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """Rows under a "Field | Value | ..." (or CSV "field,value") header as label lines, and the
    index after them; else None."""
    comma = "|" not in lines[i] and lines[i].count(",") >= 1
    head = [c.lower().strip("*_ :") for c in _cells(lines[i], comma)] if "|" in lines[i] or comma else []
    if len(head) < 2 or head[0] not in KEY_HEADS or head[1] not in VALUE_HEADS:
        return None
    out, j = [], i + 1
    while j < len(lines) and (("," if comma else "|") in lines[j] or (_RULE.match(lines[j]) and lines[j].strip())):
        cells = _cells(lines[j], comma)  # (a "-----" under the header does not end the table)
        if not _RULE.match(lines[j]) and len(cells) >= 2 and cells[0]:
            extra = [c for c in cells[2:] if any(ch.isdigit() for ch in c)]
            out.append(f"{cells[0].rstrip(':：')}: {cells[1]}" + (f" ({'; '.join(extra)})" if extra else ""))
        j += 1
    return (out, j) if out else None


# "Q. Who is the account holder?" over "A. Sunita Gurjar": a question form's pair is one label line
_QUESTION = re.compile(r"^[ \t]*+(?:Q|Q\d{1,2}|Ques|Question|प्रश्न)[ \t]*+[.:)\-][ \t]*+(?P<q>\S.*?)[ \t?？]*$", re.I)
_ANSWER = re.compile(r"^[ \t]*+(?:A|Ans|Answer|उत्तर)[ \t]*+[.:)\-][ \t]*+(?P<a>.*?)[ \t]*$", re.I)


def _question_pair(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A question line and the answers below it (blank lines between allowed; an answer's
    unmarked lines continue it; each further "A." is one more answer) as label lines, and the
    index after them; else None."""
    q = _QUESTION.match(lines[i])
    j = i + 1
    while q and j < len(lines) and not lines[j].strip():
        j += 1
    if not q or j >= len(lines) or not _ANSWER.match(lines[j]):
        return None
    label, answers = q.group("q").rstrip(":： "), []
    while j < len(lines) and lines[j].strip() and not _QUESTION.match(lines[j]):
        a = _ANSWER.match(lines[j])
        if a:
            answers.append(a.group("a"))
        else:
            answers[-1] += " " + lines[j].strip()
        j += 1
    return [f"{label}: {a}" for a in answers], j


# "[2026-11-19 12:48:42 UTC] POST published: words": a timeline entry, its time moved beside its label
_STAMPED = re.compile(r"^[ \t]*\[(?P<when>[^\[\]\n]{0,40}\d[^\[\]\n]{0,40})\][ \t]+"
                      r"(?P<label>[^\W\d_][^:：\n()\d]{0,40}?)[ \t]*[:：][ \t]*(?P<value>\S.*)$")  # a label of words


# a paragraph of sentences, some of them "Label: value." ("... is at risk. User ID: 2212. City on the
# profile: Sarada, Udaipur. Login from ..."): one sentence per line, so each label starts its own
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z\u0900-\u097F])")
_SENTENCE_LABEL = re.compile(r"^[^\W\d_][^:：\n.]{0,40}?(?:\([^()\n]{0,40}\)[^:：\n.()]{0,40}?)?[ \t]*[:：][ \t]+\S")


def _labelled_sentences(line: str) -> list[str] | None:
    """The sentences of a long line holding two or more "Label: value." ones, each a line (its
    full stop dropped from a labelled one); a post's label takes the rest of the line."""
    if len(line) < 150 or len(line) > 5000:
        return None
    parts = [p for p in _SENTENCE_BREAK.split(line.strip()) if p]
    if sum(1 for p in parts if _SENTENCE_LABEL.match(p)) < 2:
        return None
    out: list[str] = []
    for k, part in enumerate(parts):
        label = _SENTENCE_LABEL.match(part)
        if label and (meaning_of(re.split(r"[:：]", part, 1)[0]) or SKIP).field == "post":
            return out + [" ".join(parts[k:])]  # "Post (25 Oct): I can't do this. Tonight it ends."
        out.append(part[:-1].rstrip() if label and part.endswith(".") else part)
    return out


# "[05:33:52] Kevin (Meta LE Support): Name on the account: X": a chat transcript's line, its clock and speaker
_CHAT = re.compile(r"^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\][ \t]+[^:：\n\[\]]{1,60}?[:：][ \t]+(?P<said>\S.*)$")
_MIN_CHAT = 3


def _unchatted(lines: list[str]) -> list[str]:
    """A chat transcript's lines (three or more) as what was said, so a fact told in the chat
    ("Post text: ...") reads as a label line; other text as it is."""
    said = [_CHAT.match(line) for line in lines]
    if sum(1 for m in said if m) < _MIN_CHAT:
        return lines
    return [m.group("said") if m else line for m, line in zip(said, lines)]


def inline_text(text: str) -> str:
    """Lines holding several fields (a key=value record, fields set apart by " · ", a column
    header over its row, the rows of a "Field | Value" table, a question over its answer) as one
    label line per field;
    other lines as they are."""
    lines = _unchatted(text.splitlines())
    out: list[str] = []
    i = 0
    after_record = False
    while i < len(lines):
        line = lines[i]
        grid = _keyed_grid(lines, i)
        if grid is not None:
            out += grid[0]
            i = grid[1]
            continue
        pair = _question_pair(lines, i)
        if pair is not None:
            out += pair[0]
            i = pair[1]
            continue
        sentences = _labelled_sentences(line)
        if sentences:
            out += sentences
            i += 1
            continue
        stamped = _STAMPED.match(line)
        if stamped:
            out.append(f"{stamped.group('label')} ({stamped.group('when')}): {stamped.group('value')}")
            i += 1
            continue
        record = _record_line(line)
        if record is None and after_record:  # 'text="..."' on its own line under a record continues it
            record = _one_kv(line)
        after_record = (record is not None and "=" in line) or (after_record and not line.strip())
        for gap, labelled in ((_SIDE_BY_SIDE, _LABELLED), (_WIDE_GAP, _WORD_LABELLED)):
            if record is None and gap.search(line):
                parts = gap.split(line.strip())
                if len(parts) >= 2 and all(labelled.match(p) for p in parts):
                    record = parts
        if record is None and i + 1 < len(lines) and "  " in line and ":" not in line and len(line) < 200:
            record = _columns(line, lines[i + 1])
            if record is not None:
                i += 1
        out += record if record is not None else [line]
        i += 1
    return "\n".join(out)
