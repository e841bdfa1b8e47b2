"""What the mail handlers are given: the prepared mail (pipeline output) and what was loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from daemon.core.case import Case
from daemon.core.outgoing import OutgoingMail
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
    reply_verdict: Verdict | None = None  # replies: an aligned DKIM/DMARC pass (dkimpy or our MTA)

    @property
    def authentic(self) -> bool:
        if self.verdict is not None:
            return self.verdict.authentic
        return bool(self.reading.authentic)

    @property
    def reply_authenticated(self) -> bool:
        return self.reply_verdict is not None and self.reply_verdict.authentic

    @property
    def intake_authentic(self) -> bool:
        """For the ledger: a report verified as the platform's, a reply verified as its sender's."""
        return self.reply_authenticated if self.reading.report is None else self.authentic


@dataclass(frozen=True)
class Loaded:
    """What the app read for a mail's handler (see table.Row for who needs what)."""

    key: bytes = b""  # the reply-token HMAC key
    cases: Mapping[str, Case] = field(default_factory=dict)  # the cases the mail names, by id
    # our mails a reply threads to, or whose MAC it carries as a token: Message-ID -> the mail
    threads: Mapping[str, OutgoingMail] = field(default_factory=dict)
    same_person: tuple[Case, ...] = ()  # cases about the same person (a repeat report?)
    new_case_id: str | None = None  # the id a new case would get
