"""Route: where a case goes and the escalation chain frozen on it. Pure data."""

from __future__ import annotations

from dataclasses import dataclass

# Chain roles (config.toml [chains]); the last step of every chain must be a 24x7 desk.
DESKS_24X7 = ("district_control_room", "state_control_room", "hq_desk")
ROLES = ("station", "sho", "circle_officer", *DESKS_24X7)


@dataclass(frozen=True)
class ChainStep:
    """One escalation step frozen on the case: who (role or address), their addresses, waits."""

    who: str
    addresses: tuple[str, ...]
    wait_minutes: tuple[tuple[str, float], ...]  # (risk level, minutes)
    desk_24x7: bool = False

    def wait_for(self, level: str) -> float:
        return dict(self.wait_minutes).get(level, dict(self.wait_minutes).get("high", 5.0))

    def to_json(self) -> dict:
        return {"who": self.who, "addresses": list(self.addresses), "wait_minutes": dict(self.wait_minutes),
                "desk_24x7": self.desk_24x7}

    @classmethod
    def from_json(cls, data: dict) -> "ChainStep":
        return cls(data["who"], tuple(data["addresses"]), tuple(data.get("wait_minutes", {}).items()),
                   bool(data.get("desk_24x7")))


@dataclass(frozen=True)
class Route:
    station: str | None
    police_district: str | None
    district: str | None
    matched_by: str  # station_place / pin / district_name / ip / fallback / ambiguous
    confidence: float
    recipients: tuple[str, ...]
    candidates: tuple[str, ...] = ()
    chain: tuple[ChainStep, ...] = ()
    reason: str = ""  # why it goes there, in words ("the person appears to be outside Rajasthan ...")

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
            "chain": [s.to_json() for s in self.chain], "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: dict) -> "Route":
        return cls(
            data.get("station"), data.get("police_district"), data.get("district"), data["matched_by"],
            data["confidence"], tuple(data["recipients"]), tuple(data.get("candidates", ())),
            tuple(ChainStep.from_json(s) for s in data.get("chain", ())), data.get("reason", ""),
        )
