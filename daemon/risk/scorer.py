"""The scorer protocol and the fail-safe stand-in: anything unknown is handled as high."""

from __future__ import annotations

from typing import Protocol, Sequence

from daemon.core.risk import RiskLevel, RiskScore


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
