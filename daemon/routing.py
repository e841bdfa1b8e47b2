"""Report -> Route: which station's duty officers receive the case. Pure.

First version: the report's location hints are matched against station places, then
district names and aliases. More than one station, or only a district, goes to the
district control room; nothing usable goes to the state control room. Never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from daemon.config import Config
from daemon.reports.report import Report


@dataclass(frozen=True)
class Route:
    station: str | None
    police_district: str | None
    district: str | None
    matched_by: str  # station_place / district_name / fallback
    confidence: float
    recipients: tuple[str, ...]
    candidates: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """Short human name of where the case went, for subjects."""
        if self.station:
            return f"{self.station}, {self.police_district}"
        if self.police_district:
            return f"{self.police_district} control room"
        return "State control room"

    def to_json(self) -> dict:
        return {
            "station": self.station, "police_district": self.police_district, "district": self.district,
            "matched_by": self.matched_by, "confidence": self.confidence,
            "recipients": list(self.recipients), "candidates": list(self.candidates),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Route":
        return cls(
            data.get("station"), data.get("police_district"), data.get("district"), data["matched_by"],
            data["confidence"], tuple(data["recipients"]), tuple(data.get("candidates", ())),
        )


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " " + re.sub(r"[\W_]+", " ", text).strip() + " "


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle.strip()) and _norm(needle) in haystack


def route(report: Report, config: Config) -> Route:
    hints = " | ".join(report.location_hints)
    text = _norm(hints)
    stations = [s for s in config.stations if any(_contains(text, p) for p in s.places)]
    if len(stations) == 1:
        s = stations[0]
        return Route(s.name, s.police_district, s.district, "station_place", 0.9, s.duty_officers)
    districts = [d for d in config.districts if any(_contains(text, n) for n in (d.name, *d.aliases))]
    if stations:
        names = tuple(s.name for s in stations)
        owners = {s.district for s in stations}
        district = next((d for d in config.districts if len(owners) == 1 and d.name in owners), None)
        if district:
            return Route(None, district.police_district, district.name, "ambiguous_station", 0.4, (district.control_room,), names)
        return Route(None, None, None, "ambiguous_station", 0.2, (config.state_control_room,), names)
    if len(districts) == 1:
        d = districts[0]
        return Route(None, d.police_district, d.name, "district_name", 0.7, (d.control_room,))
    candidates = tuple(d.name for d in districts)
    return Route(None, None, None, "fallback", 0.0, (config.state_control_room,), candidates)
