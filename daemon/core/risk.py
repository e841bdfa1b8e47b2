"""Risk levels and scores: what a scorer says about a post. Pure data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class RiskLevel(str, Enum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    UNKNOWN = "unknown"

    @property
    def effective(self) -> "RiskLevel":
        """The level that sets deadlines: unknown is handled as high."""
        return RiskLevel.HIGH if self is RiskLevel.UNKNOWN else self


@dataclass(frozen=True)
class RiskScore:
    score: float | None  # 0..1, higher = more risk; None when unknown
    level: RiskLevel
    problem: str | None = None
    p_high: float | None = None  # the model's P(high): sets the escalation tier
    p_risk: float | None = None  # 1 - P(low): is there any risk (triage)
