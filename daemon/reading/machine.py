"""Machine-written reports (JSON bodies, "key = value" exports) -> label lines.

A platform's export names its fields by keys ("subject.phone[0]", "postedAtUtc",
"reportedBy": {...}). Each leaf becomes "parent key words: value", so the label reader reads
"reported by name" as someone else's name and "content created utc" as a post time in UTC.
A record that holds an IP address (a login) becomes one line, so its time stays beside it.
"""

from __future__ import annotations

import json
import re

from daemon.reading.ips import ips_in

_SECTION = re.compile(r"^\s*\[([A-Za-z][\w .-]{0,40})\]\s*$")
_KV = re.compile(r"^\s*(?P<key>[A-Za-z_][\w.\[\]-]{0,80}?)\s*[=]\s*(?P<value>.*?)\s*$")


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
            name = key_words(" ".join(p for p in record if not p.startswith("[")))
            lines.append(f"{name}: " + "  ".join(f"{key_words(k)} {v}" for k, v in items))
            continue
        prefix = " ".join(p for p in record if not p.startswith("["))
        for key, value in items:
            label = key_words(f"{prefix} {key}".strip())
            lines.append(f"{label}: {' '.join(value.split())}")
    return "\n".join(lines)


def json_text(text: str) -> str | None:
    """The text with its first JSON object or array (a whole-body export) as label lines."""
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
    rendered = render(list(_leaves(value)))
    return text[:start] + rendered + "\n" + text[start + skipped + end:]


def kv_text(text: str) -> str | None:
    """'key = value' exports (three or more such lines) as label lines; None if there are none."""
    lines = text.splitlines()
    matches = [_KV.match(line) for line in lines]
    if sum(1 for m in matches if m) < 3:
        return None
    pairs, out, at, section = [], [], None, ()
    for line, m in zip(lines, matches):
        head = _SECTION.match(line)
        if head:  # an INI section ("[reporter]"): the keys below it are its own
            section = (head.group(1),)
            continue
        if m:
            if at is None:
                at = len(out)
                out.append("")
            parts = tuple(p for p in re.split(r"\.|(?=\[\d+\])", m.group("key")) if p)
            pairs.append((section + parts, m.group("value").strip().strip('"')))
        else:
            out.append(line)
    out[at] = render(pairs)
    return "\n".join(out)


def machine_text(text: str) -> str:
    """Report text with any JSON or key = value export turned into label lines."""
    return json_text(text) or kv_text(text) or text
