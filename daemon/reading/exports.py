"""Whole-body exports (JSON and NDJSON, "key = value" and INI/TOML, logfmt, YAML, URL-encoded
forms, Org-mode drawers) -> label lines.

A platform's export names its fields by keys ("subject.phone[0]", "postedAtUtc",
"reportedBy": {...}). Each leaf becomes "parent key words: value", so the label reader reads
"reported by name" as someone else's name and "content created utc" as a post time in UTC.
A record that holds an IP address (a login) becomes one line, so its time stays beside it.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl

from daemon.reading.ips import ips_in
from daemon.reading.label_words import OTHER_PERSON, SKIP, meaning_of, words_of

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
_ORG_QUOTE = re.compile(r"^[ \t]*#\+begin_quote[ \t]*$", re.I)
_ORG_QUOTE_END = re.compile(r"^[ \t]*#\+end_quote[ \t]*$", re.I)
_ORG_HEADING = re.compile(r"^\*+[ \t]+")


def org_text(text: str) -> str:
    """Org-mode property drawers (three or more ':KEY: value' lines) as label lines, their
    drawer and block marks dropped; a quote block under a heading that names a post ("** Post",
    "#+begin_quote") as that post's label line; any other text as it is."""
    lines = text.splitlines()
    if sum(1 for line in lines if _ORG_PROP.match(line)) < 3:
        return text
    out: list[str] = []
    heading, quote = "", None
    for line in lines:
        m = _ORG_PROP.match(line)
        if quote is not None and not _ORG_QUOTE_END.match(line):
            quote.append(line.strip())
        elif quote is not None:
            out.append(f"Post: {' '.join(q for q in quote if q)}")
            quote = None
        elif m:
            out.append(f"{key_words(m.group('key').lower())}: {m.group('value')}")
        elif _ORG_QUOTE.match(line) and (meaning_of(heading) or SKIP).field == "post":
            quote = []
        elif not _ORG_MARK.match(line):
            out.append(line)
            heading = _ORG_HEADING.sub("", line) if _ORG_HEADING.match(line) else heading
    if quote is not None:
        out += quote  # a block never closed: its lines as they are
    return "\n".join(out)
