"""Verdict: whether a mail is really from the domain in its From, and if not, what failed. Pure data.

A Verdict has no truthiness of its own (``if verdict:`` once meant "authentic" and hid every
real reason behind "not a trusted platform domain"): ask ``verdict.authentic``.
"""

from __future__ import annotations

from dataclasses import dataclass

# What failed, the first words of every failing reason (hold reasons and desk notices say it).
NO_SENDER = "no single sender"
NOT_PLATFORM = "not a platform domain"
DKIM_FAILED = "DKIM failed"
NO_RESULTS = "no results"
UNTRUSTED_RESULTS = "untrusted results"
FAILURES = (NO_SENDER, NOT_PLATFORM, DKIM_FAILED, NO_RESULTS, UNTRUSTED_RESULTS)


@dataclass(frozen=True)
class Verdict:
    authentic: bool
    method: str | None  # "dkim" (verified here) / "authentication-results" / None
    reason: str  # privacy-safe: domains and results only
    failure: str | None = None  # one of FAILURES when not authentic

    @classmethod
    def failed(cls, failure: str, detail: str) -> "Verdict":
        return cls(False, None, f"{failure}: {detail}", failure)
