"""read -> authenticate -> score -> route: what every incoming mail goes through before a
handler decides, as declared stages over a batch of mails.

Records nothing, so it can run in a worker thread while the event loop commits the batch
before. Two stages do I/O: ``authenticate`` looks up DKIM keys in DNS (an edge:
daemon.edges.authenticity), ``score`` runs the model once for the posts of the whole batch
(which is what makes a burst fast). ``read`` and ``route`` are pure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Callable

from daemon.config.schema import Config
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.routing import route
from daemon.edges.authenticity import DnsFunc, authenticate
from daemon.edges.reply_auth import reply_verdict
from daemon.handlers.inputs import Prepared
from daemon.reading.classify import Kind
from daemon.reading.reader import ReadingRules, read
from daemon.risk.scorer import RiskScorer


@dataclass(frozen=True)
class Pipeline:
    config: Config
    rules: ReadingRules
    scorer: RiskScorer
    dnsfunc: DnsFunc | None = None  # DKIM's DNS look-up (tests inject one)

    @classmethod
    def build(cls, config: Config, scorer: RiskScorer, dnsfunc: DnsFunc | None = None) -> "Pipeline":
        return cls(config, ReadingRules.from_config(config), scorer, dnsfunc)

    def run(self, raws: list[bytes], now: datetime) -> list[Prepared]:
        """Every stage in order, over the whole batch; ``now`` picks who is on duty."""
        batch: list[Prepared] = []
        for _name, stage in STAGES:
            batch = stage(self, raws, batch, now)
        return batch

    def one(self, raw: bytes, now: datetime) -> Prepared:
        return self.run([raw], now)[0]


Stage = Callable[[Pipeline, list[bytes], list[Prepared], datetime], list[Prepared]]


def _is_report(mail: Prepared) -> bool:
    """Reports and possible reports: both become cases, so both are scored and routed."""
    return mail.reading.is_report


def read_mails(pipe: Pipeline, raws: list[bytes], batch: list[Prepared], now: datetime) -> list[Prepared]:
    """Bytes -> Reading (kind, message, report); never raises."""
    return [Prepared(read(raw, pipe.rules)) for raw in raws]


def authenticate_mails(pipe: Pipeline, raws: list[bytes], batch: list[Prepared], now: datetime) -> list[Prepared]:
    """Reports: DKIM aligned with a platform domain, or our MTA's Authentication-Results.
    Replies: a DKIM/DMARC pass aligned with the From domain (required where the config says)."""
    out = []
    for raw, mail in zip(raws, batch):
        msg = mail.reading.message
        if _is_report(mail):
            verdict = authenticate(raw, msg.from_addr, len(msg.header_all("From")), msg.header_all("Authentication-Results"),
                                   tuple(pipe.config.trusted_platform_domains), pipe.config.authenticity, pipe.dnsfunc)
            mail = replace(mail, verdict=verdict)
        elif mail.reading.kind is Kind.ACK_REPLY:
            mail = replace(mail, reply_verdict=reply_verdict(raw, msg, pipe.config, pipe.dnsfunc))
        out.append(mail)
    return out


def score_reports(pipe: Pipeline, raws: list[bytes], batch: list[Prepared], now: datetime) -> list[Prepared]:
    """One model call for the posts of every report in the batch; no post is unknown risk."""
    texts = [m.reading.report.post_text for m in batch if _is_report(m) and m.reading.report.post_text]
    scores = iter(pipe.scorer.score_batch(texts)) if texts else iter(())
    out = []
    for mail in batch:
        if _is_report(mail):
            risk = next(scores) if mail.reading.report.post_text else RiskScore(None, RiskLevel.UNKNOWN, "no post text to score")
            mail = replace(mail, risk=risk)
        out.append(mail)
    return out


def route_reports(pipe: Pipeline, raws: list[bytes], batch: list[Prepared], now: datetime) -> list[Prepared]:
    """Report -> station, officers on duty at ``now`` and the chain above them."""
    return [replace(m, route=route(m.reading.report, pipe.config, now)) if _is_report(m) else m for m in batch]


STAGES: tuple[tuple[str, Stage], ...] = (
    ("read", read_mails),
    ("authenticate", authenticate_mails),  # edge: DNS
    ("score", score_reports),  # the model
    ("route", route_reports),
)
