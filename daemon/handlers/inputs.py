"""What the mail handlers are given: the prepared mail (pipeline output) and what was loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from daemon.core.case import Case
from daemon.core.risk import RiskScore
from daemon.core.route import Route
from daemon.core.verdict import Verdict
from daemon.reading.reader import Reading


@dataclass(frozen=True)
class Prepared:
    """One mail after the pipeline (read, authenticate, score, route): nothing recorded yet."""

    reading: Reading
    risk: RiskScore | None = None  # reports
    route: Route | None = None  # reports
    verdict: Verdict | None = None  # reports: DKIM / trusted Authentication-Results (None: not checked)
    reply_authenticated: bool = False  # replies: a DKIM/DMARC pass stamped by our own MTA

    @property
    def authentic(self) -> bool:
        if self.verdict is not None:
            return self.verdict.authentic
        return bool(self.reading.authentic)


@dataclass(frozen=True)
class Loaded:
    """What the app read for a mail's handler (see table.Row for who needs what)."""

    key: bytes = b""  # the reply-token HMAC key
    cases: Mapping[str, Case] = field(default_factory=dict)  # the cases the mail names, by id
    threads: Mapping[str, str] = field(default_factory=dict)  # our Message-IDs it threads to -> their case
    same_person: tuple[Case, ...] = ()  # cases about the same person (a repeat report?)
    new_case_id: str | None = None  # the id a new case would get
