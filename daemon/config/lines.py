"""Where in config.toml is a key? (key path -> line), for "config.toml:12: stations[3].district: ...".

tomllib gives values, not positions, so the text is scanned for its ``[table]`` and
``[[array]]`` headers and, inside the best matching block, for the ``key =`` line. Pure.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?")


def _blocks(text: str) -> list[tuple[tuple, int, int]]:
    """(key path, first line, last line) of each [table] / [[array]] block in the TOML text."""
    blocks: list[tuple[tuple, int, int]] = []
    counts: dict[tuple, int] = {}
    current: dict[str, tuple] = {}
    lines = text.splitlines()
    for no, line in enumerate(lines, 1):
        m = _HEADER.match(line)
        if not m:
            continue
        parts = [p.strip('"') for p in m.group(2).split(".")]
        loc: tuple = ()
        for depth, part in enumerate(parts):
            prefix = tuple(parts[: depth + 1])
            if depth == len(parts) - 1 and m.group(1) == "[[":
                parent = loc
                key = (parent, part)
                counts[key] = counts.get(key, -1) + 1
                loc = (*loc, part, counts[key])
                # a new parent element restarts its children's counts
                for k in [k for k in counts if k[0][: len(loc)] == loc and k != key]:
                    del counts[k]
                current[".".join(prefix)] = loc
            else:
                loc = current.get(".".join(prefix), (*loc, part))
        if blocks:
            blocks[-1] = (blocks[-1][0], blocks[-1][1], no - 1)
        blocks.append((loc, no, len(lines)))
    return blocks


def line_of(text: str, loc: tuple) -> int | None:
    """The line that best matches a key path like ('stations', 3, 'district')."""
    lines = text.splitlines()
    best: tuple[tuple, int, int] | None = None
    for block in _blocks(text):
        if tuple(loc[: len(block[0])]) == block[0] and (best is None or len(block[0]) > len(best[0])):
            best = block
    first, last, rest = (1, len(lines), tuple(loc)) if best is None else (best[1], best[2], tuple(loc[len(best[0]):]))
    key = next((k for k in rest if isinstance(k, str)), None)
    if key:
        for no in range(first, last + 1):
            if re.match(rf"^\s*\"?{re.escape(key)}\"?\s*=", lines[no - 1]):
                return no
    return first if best is not None else None


def key_text(loc: tuple) -> str:
    """('stations', 3, 'district') -> 'stations[3].district'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
