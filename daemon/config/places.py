"""The place gazetteer's CSV (data/rajasthan_places.csv, built by `make gazetteer`) -> the
entries routing looks places up in. Read once when the config loads; routing never reads it.
"""

from __future__ import annotations

import csv
from pathlib import Path

from daemon.core.gazetteer import Entry

KINDS = ("village", "post_office", "town", "tehsil", "locality", "railway_station")


def load_places(path: Path | None, districts: tuple[str, ...]) -> tuple[Entry, ...]:
    """Rows of the places CSV as entries; a row naming no current district is left out (and
    raises nothing: the table is generated and checked by its own tests)."""
    if not path:
        return ()
    known = set(districts)
    out: list[Entry] = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            name, kind, district = (row.get("name") or "").strip(), row.get("kind") or "", row.get("district") or ""
            if not name or kind not in KINDS or district not in known:
                continue
            target = row.get("police_district") or district
            out.append(Entry(name, target, kind, district, row.get("police_district") or None, row.get("pin") or None))
    return tuple(out)
