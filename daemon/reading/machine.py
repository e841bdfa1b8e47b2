"""Machine-written reports (JSON bodies, "key = value" exports) -> label lines.

A platform's export names its fields by keys ("subject.phone[0]", "postedAtUtc",
"reportedBy": {...}). Each leaf becomes "parent key words: value", so the label reader reads
"reported by name" as someone else's name and "content created utc" as a post time in UTC.
A record that holds an IP address (a login) becomes one line, so its time stays beside it.
"""

from __future__ import annotations

import csv
import json
import re
from urllib.parse import parse_qsl

from daemon.reading.ips import ips_in
from daemon.reading.label_words import OTHER_PERSON, SKIP, meaning_of, words_of
from daemon.reading.telex import telex_text

_SECTION = re.compile(r"^\s*\[([A-Za-z][\w .-]{0,40})\]\s*$")
_ARRAY_SECTION = re.compile(r"^\s*\[\[([A-Za-z][\w .-]{0,40})\]\]\s*$")
# "city_(profile)=...", a shell export "export SUBJECT_PHONE_1='+91...'"
_KV = re.compile(r"^\s*(?:export[ \t]+)?(?P<key>[A-Za-z_][\w.\[\]()-]{0,80}?)\s*[=]\s*(?P<value>.*?)\s*$")


def key_words(key: str) -> str:
    key = re.sub(r"\[\d+\]", " ", key)
    key = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", key)
    return " ".join(re.sub(r"[._\-]+", " ", key).split())


def _leaves(value, path: tuple[str, ...] = ()):
    """(path, scalar) pairs of a parsed JSON value; list positions become "[i]"."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, path + (str(k),))
    elif isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            if value:
                yield path, ", ".join(str(v) for v in value)
            return
        for i, v in enumerate(value):
            yield from _leaves(v, path + (f"[{i}]",))
    elif value is not None and value != "":
        yield path, str(value).lower() if isinstance(value, bool) else str(value)


def render(pairs: list[tuple[tuple[str, ...], str]]) -> str:
    """Label lines; the leaves of one list item holding an IP address are one line."""
    lines: list[str] = []
    groups: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    order: list[tuple[str, ...]] = []
    for path, value in pairs:
        cut = max((i for i, p in enumerate(path) if p.startswith("[")), default=-1)
        record = path[: cut + 1] if cut >= 0 else ()
        if record not in groups:
            groups[record] = []
            order.append(record)
        groups[record].append((" ".join(path[cut + 1:]) if cut >= 0 else " ".join(path), value))
    for record in order:
        items = groups[record]
        if record and any(ips_in(v) for _, v in items):
            name = key_words(" ".join(p for p in record if not p.startswith("["))) or "login"
            lines.append(f"{name}: " + "  ".join(f"{key_words(k)} {v}" for k, v in items))
            continue
        prefix = " ".join(p for p in record if not p.startswith("["))
        for key, value in items:
            label = key_words(f"{prefix} {key}".strip())
            lines.append(f"{label}: {' '.join(value.split())}")
    return "\n".join(lines)


def _someone_else(key: str) -> bool:
    """A key naming someone other than the person ("reportedBy", "friend")."""
    words = words_of(key_words(key))
    return bool(set(words) & OTHER_PERSON) or " ".join(words[:2]) in ("reported by", "flagged by", "submitted by")


def json_text(text: str) -> str | None:
    """The text with its first JSON object or array (a whole-body export), or its run of
    one-object lines (NDJSON), as label lines."""
    start = next((m.start() for m in re.finditer(r"^[ \t]*[{\[]", text, re.M)), None)
    if start is None:
        return None
    try:
        value, end = json.JSONDecoder().raw_decode(text[start:].lstrip())
    except ValueError:
        return None
    if not isinstance(value, (dict, list)):
        return None
    skipped = len(text[start:]) - len(text[start:].lstrip())
    if isinstance(value, dict):  # NDJSON: one object per line, each a record (an event, a login)
        records, at = [value], start + skipped + end
        while (m := re.match(r"[ \t]*\r?\n[ \t]*(?=\{)", text[at:])) and len(records) < 10_000:
            try:
                more, used = json.JSONDecoder().raw_decode(text[at + m.end():])
            except ValueError:
                break
            records.append(more)
            at += m.end() + used
        if len(records) > 1:
            return text[:start] + render(list(_leaves(records))) + "\n" + text[at:]
    while isinstance(value, dict) and len(value) == 1 and isinstance(next(iter(value.values())), dict) \
            and not _someone_else(next(iter(value))):
        value = next(iter(value.values()))  # {"report": {...}}: a wrapper's name is no part of each label
    rendered = render(list(_leaves(value)))
    return text[:start] + rendered + "\n" + text[start + skipped + end:]


def _unquoted(value: str) -> str:
    """A value without the quotes around it ("...", '...')."""
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'" else value.strip('"')


def _key_path(key: str) -> tuple[str, ...]:
    """'login.0.ip' -> ('login', '[0]', 'ip'): a number between dots is a list item, as 'login[0].ip'."""
    return tuple(f"[{p}]" if p.isdigit() else p for p in re.split(r"\.|(?=\[\d+\])", key) if p)


# logfmt: 'event=login ip=42.108.235.201 ts=1796131754', values bare or in double quotes
_LOGFMT_PAIR = re.compile(r'[ \t]*+(?P<key>[A-Za-z_][\w.\-]{0,40})=(?P<value>"(?:[^"\\\n]|\\.)*"|[^\s"]*)')


def _logfmt(line: str) -> list[tuple[str, str]] | None:
    """The pairs of a logfmt line holding two or more, else None (a value with blanks is quoted)."""
    pairs, at = [], 0
    while at < len(line.rstrip()):
        m = _LOGFMT_PAIR.match(line, at)
        if not m or not m.group(0).strip():
            return None
        pairs.append((m.group("key"), m.group("value").strip('"')))
        at = m.end()
    return pairs if len(pairs) >= 2 else None


def kv_text(text: str) -> str | None:
    """'key = value' exports (three or more such lines) as label lines; None if there are none."""
    lines = text.splitlines()
    matches = [_KV.match(line) for line in lines]
    if sum(1 for m in matches if m) < 3:
        return None
    pairs, out, at, section = [], [], None, ()
    items: dict[str, int] = {}
    for line, m in zip(lines, matches):
        head = _SECTION.match(line)
        if head:  # an INI section ("[reporter]"): the keys below it are its own
            section = (head.group(1),)
            continue
        table = _ARRAY_SECTION.match(line)
        if table:  # a TOML array of tables ("[[logins]]"): each one an item of that list, a record
            items[table.group(1)] = items.get(table.group(1), -1) + 1
            section = (table.group(1), f"[{items[table.group(1)]}]")
            continue
        if m:
            if at is None:
                at = len(out)
                out.append("")
            many = _logfmt(line)
            if many:  # 'content.text="..." content.ts=1796142862': one record per line
                pairs += [(section + (f"[{len(pairs)}]",) + _key_path(k), v) for k, v in many]
                continue
            pairs.append((section + _key_path(m.group("key")), _unquoted(m.group("value").strip())))
        else:
            out.append(line)
    out[at] = render(pairs)
    return "\n".join(out)


_YAML = re.compile(r"^(?P<indent>[ ]*+)(?P<dash>- )?(?P<key>[a-z_][a-z0-9_]{0,40}):(?:[ \t]++(?P<value>\S.*?))?[ \t]*$")


def yaml_text(text: str) -> str | None:
    """A YAML-like export (five or more lower-case 'key: value' lines, nested by indentation,
    lists by '- ') as label lines; None if there is none. Nesting gives the label its parent's
    words ("content: / created: ..." -> "content created"), a list item holding an IP one line."""
    lines = text.splitlines()
    matches = [_YAML.match(line) for line in lines]
    start = next((i for i, m in enumerate(matches) if m and m.group("value") is None), None)
    if start is None:
        return None
    end = start
    while end < len(lines) and (matches[end] or not lines[end].strip()):
        end += 1
    block = [m for m in matches[start:end] if m]
    if len(block) < 5 or not any(m.group("indent") for m in block):
        return None
    pairs: list[tuple[tuple[str, ...], str]] = []
    stack: list[tuple[int, str]] = []  # (column its keys start at, path segment)
    counters: dict[tuple[str, ...], int] = {}
    for m in block:
        col = len(m.group("indent"))
        while stack and stack[-1][0] >= col:
            stack.pop()
        if m.group("dash"):
            parent = tuple(seg for _, seg in stack)
            counters[parent] = counters.get(parent, -1) + 1
            stack.append((col, f"[{counters[parent]}]"))
            col += 2
        path = tuple(seg for _, seg in stack) + (m.group("key"),)
        if m.group("value") is None:
            stack.append((col, m.group("key")))
        else:
            pairs.append((path, m.group("value").strip().strip("\"'")))
    if pairs and len({p[0] for p, _ in pairs}) == 1 and len(pairs[0][0]) > 1 and not _someone_else(pairs[0][0][0]):
        pairs = [(p[1:], v) for p, v in pairs]  # "referral:" wrapping everything is no part of each label
    return "\n".join(lines[:start] + [render(pairs)] + lines[end:])


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
_SENTENCE_LABEL = re.compile(r"^[^\W\d_][^:：\n.]{0,40}?(?:\([^()\n]{0,40}\))?[ \t]*[:：][ \t]+\S")


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


def inline_text(text: str) -> str:
    """Lines holding several fields (a key=value record, fields set apart by " · ", a column
    header over its row, the rows of a "Field | Value" table, a question over its answer) as one
    label line per field;
    other lines as they are."""
    lines = text.splitlines()
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


# "case=IG-1&name=Priyanka+Dangi&phone%5B%5D=%2B91...": a form posted by a relay, URL-encoded
_FORM = re.compile(r"^[ \t]*[A-Za-z_][\w.%\[\]-]{0,40}=[^&\s]*(?:&[A-Za-z_][\w.%\[\]-]{0,40}=[^&\s]*){3,}[ \t]*$")


def form_text(text: str) -> str:
    """Each line that is a URL-encoded form (four or more fields) as 'key = value' lines."""
    out = []
    for line in text.splitlines():
        if len(line) < 20_000 and _FORM.match(line):
            out += [f"{key.removesuffix('[]')} = {' '.join(value.split())}"  # "phone[]": one of a list
                    for key, value in parse_qsl(line.strip(), keep_blank_values=False)]
        else:
            out.append(line)
    return "\n".join(out)


# Org-mode properties (":NAME: Usha Sandhu" between ":PROPERTIES:" and ":END:", "#+begin_quote")
_ORG_PROP = re.compile(r"^[ \t]*:(?P<key>[A-Za-z][\w-]{0,40}):[ \t]+(?P<value>\S.*)$")
_ORG_MARK = re.compile(r"^[ \t]*(?::(?:PROPERTIES|END):|#\+(?:begin|end)_\w+)[ \t]*$", re.I)


def org_text(text: str) -> str:
    """Org-mode property drawers (three or more ':KEY: value' lines) as label lines, their
    drawer and block marks dropped; any other text as it is."""
    lines = text.splitlines()
    if sum(1 for line in lines if _ORG_PROP.match(line)) < 3:
        return text
    out = []
    for line in lines:
        m = _ORG_PROP.match(line)
        if m:
            out.append(f"{key_words(m.group('key').lower())}: {m.group('value')}")
        elif not _ORG_MARK.match(line):
            out.append(line)
    return "\n".join(out)


# box-drawing tables ("│ Name │ Ramesh Joshi", "├──── ACCESS ────"): their bars read as "|", their rules as "-"
_BOX = str.maketrans({**{c: "|" for c in "│┃║╎╏┆┇┊┋"}, **{c: "-" for c in "─━═┄┅┈┉╌╍"},
                      **{c: "+" for c in "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╯╰┏┓┗┛┣┫┳┻╋"}})


def machine_text(text: str) -> str:
    """Report text with any JSON, key = value, form, Org-mode or box-drawing export, telex
    sentences, and lines holding several fields, turned into label lines."""
    if "│" in text or "┃" in text or "║" in text:
        text = text.translate(_BOX)
    text = telex_text(org_text(form_text(text)))
    return inline_text(json_text(text) or kv_text(text) or yaml_text(text) or text)
