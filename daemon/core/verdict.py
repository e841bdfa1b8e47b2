"""Verdict: whether a report is really from the platform it claims, and why. Pure data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    authentic: bool
    method: str | None  # "dkim" (verified here) / "authentication-results" / None
    reason: str  # privacy-safe: domains and results only

    def __bool__(self) -> bool:
        return self.authentic
