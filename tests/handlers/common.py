"""Handlers are pure: their tests need a config, a few mails and cases, and no store."""

from __future__ import annotations

from datetime import datetime, timezone

from daemon.core import ids
from daemon.core.case import arm, open_case
from daemon.core.outgoing import OutgoingMail
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.routing import route
from daemon.core.verdict import NO_RESULTS, Verdict
from daemon.handlers.inputs import Prepared
from daemon.reading.reader import ReadingRules, read
from tests.helpers import example

NOW = datetime(2026, 11, 28, 21, 17, tzinfo=timezone.utc)
DOMAIN = "lifeline.police.example.in"
KEY = b"k" * 32
DO = "do-malviyanagar-jpr@police.example.in"
SHO = "sho-malviyanagar-jpr@police.example.in"
HIGH = RiskScore(0.9, RiskLevel.HIGH)


def station_report() -> bytes:
    return example("facebook_plain.eml").replace(b"City (profile): Jodhpur, Rajasthan",
                                                 "City (profile): Malviya Nagar, Jaipur".encode())


def prepared(config, raw: bytes, *, authentic: bool = True, risk: RiskScore = HIGH, replied_ok: bool = True) -> Prepared:
    """What the pipeline would give, without its DNS and model: the verdict and risk are set
    (a reply is authenticated unless ``replied_ok=False``)."""
    reading = read(raw, ReadingRules.from_config(config))
    if reading.report is None:
        verdict = (Verdict(True, "authentication-results", "test: dkim=pass") if replied_ok
                   else Verdict.failed(NO_RESULTS, "no DKIM signature and no Authentication-Results header"))
        return Prepared(reading, reply_verdict=verdict)
    verdict = Verdict(authentic, "dkim" if authentic else None, "test verdict" if authentic else "no DKIM signature (test)")
    return Prepared(reading, risk, route(reading.report, config, NOW), verdict)


def case_from(config, raw: bytes = b"", case_id: str = "LL-2026-000001", hold: str | None = None, at: datetime = NOW):
    """A case made from a report as the report handler makes it: forwarded with its clock
    running, or held."""
    mail = prepared(config, raw or station_report())
    case = open_case(case_id, mail.reading.report, mail.risk, mail.route, authentic=True,
                     source_message_id=mail.reading.message.message_id, now=at, hold_reason=hold)
    return case if hold else arm(case, at, config.minute_seconds)


def reply(sender: str, body: str, *, case_id: str = "LL-2026-000001", thread: bool = True, to: str = "scrb-sm-desk@police.example.in",
          extra: str = "") -> bytes:
    lines = [f"From: <{sender}>", f"To: {to}", f"Subject: Re: [{case_id}] HIGH risk", f"Message-ID: <r{abs(hash((sender, body)))}@police.example.in>"]
    if thread:
        lines.append(f"In-Reply-To: <{our_id(case_id)}>")
    if extra:
        lines.append(extra)
    return "\r\n".join(lines + ["Content-Type: text/plain; charset=utf-8", "", body, ""]).encode()


FORWARD_TO = (DO,)


def our_id(case_id: str = "LL-2026-000001", purpose: str = "forward", to: tuple[str, ...] = FORWARD_TO) -> str:
    """The Message-ID Lifeline gives its mail about ``case_id`` (MAC with KEY)."""
    return ids.message_id(case_id, purpose, 1, DOMAIN, secret=KEY, recipients=to)


def ours(case_id: str = "LL-2026-000001", purpose: str = "forward", to: tuple[str, ...] = FORWARD_TO) -> dict:
    """Loaded.threads for a reply to that mail: its Message-ID -> the stored mail."""
    mid = our_id(case_id, purpose, to)
    return {mid: OutgoingMail.queued(mid, case_id, purpose, to, NOW)}


def kinds(decision) -> list[str]:
    """The effects' type names, in order."""
    return [type(e).__name__ for e in decision.effects]
