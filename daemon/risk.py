"""Risk scoring: the RiskScorer interface, and the fail-safe stand-in.

A scorer maps post texts to scores. Anything that goes wrong gives ``unknown``, which
escalation treats as high: a broken model must never make a crisis look calm.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol, Sequence


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


class RiskScorer(Protocol):
    def score_batch(self, texts: Sequence[str]) -> list[RiskScore]:
        """One RiskScore per text, same order. Must not raise."""
        ...


class UnknownScorer:
    """Stand-in until a model is available: every post is ``unknown`` (handled as high)."""

    def __init__(self, reason: str = "no risk model configured") -> None:
        self.reason = reason

    def score_batch(self, texts: Sequence[str]) -> list[RiskScore]:
        return [RiskScore(None, RiskLevel.UNKNOWN, self.reason) for _ in texts]


def load_scorer(model_dir, threads: int = 2) -> RiskScorer:
    """The configured scorer; the ONNX model lands with the model issue."""
    return UnknownScorer("no risk model configured" if model_dir is None else f"risk model not available in {model_dir}")
