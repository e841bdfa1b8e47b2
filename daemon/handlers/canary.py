"""The canary's three moments, decided here and applied like every decision:

- ``send``: the synthetic report (templates/canary_report: marked TEST, a person who does not
  exist) is queued to the HQ mailbox, with a Message-ID outside our domain so that intake
  reads it as a report;
- ``handle`` a mail with a valid canary id: the synthetic report, read, authenticated, scored
  and routed by the pipeline like any report, gets its forward rendered from the forward
  template, sent only to ``[canary] mailbox`` (never a station) and never opens a case; that
  forward, back in the HQ mailbox, marks the canary as arrived.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core.case import open_case
from daemon.core.report import Report
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.route import Route
from daemon.handlers.decision import PROCESSED, CanaryBack, Decision, Outcome, QueueMail
from daemon.handlers.inputs import Prepared
from daemon.handlers.mails import mail_context

if TYPE_CHECKING:
    from daemon.config.schema import Config

REPORT, FORWARD = "canary-report", "canary-forward"
OUTSIDE = "canary.lifeline.invalid"  # the report's Message-ID domain: not ours, so it is read


def send(canary_id: str, config: Config) -> Decision[None]:
    mail = QueueMail(canary_id, REPORT, "canary_report", {"canary_id": canary_id},
                     (config.imap.username or config.hq_desk,), None, message_id_domain=OUTSIDE)
    return Decision((mail,), None)


def handle(mail: Prepared, canary_id: str, config: Config, now: datetime) -> Decision[Outcome]:
    msg = mail.reading.message
    if (msg.message_id or "").lower().endswith("@" + config.message_id_domain.lower()):
        if f".{FORWARD}." in (msg.message_id or ""):
            return Decision((CanaryBack(canary_id, now),), Outcome(PROCESSED, "canary", None, f"canary {canary_id} came back"))
        return Decision((), Outcome(PROCESSED, "canary", None, f"canary {canary_id}: a copy of our own mail"))
    if not config.canary.mailbox:
        return Decision((), Outcome(PROCESSED, "canary", None, f"canary {canary_id} read; no canary mailbox configured"))
    where = mail.route or Route(None, None, None, "fallback", 0.0, ())
    where = replace(where, recipients=(config.canary.mailbox,), chain=())  # never a station
    risk = mail.risk or RiskScore(None, RiskLevel.UNKNOWN, "not scored")
    case = open_case(canary_id, mail.reading.report or Report(), risk, where, authentic=False,
                     source_message_id=msg.message_id, now=now)
    forward = QueueMail(canary_id, FORWARD, "forward", mail_context(case), (config.canary.mailbox,), None)
    return Decision((forward,), Outcome(PROCESSED, "canary", None,
                                        f"canary {canary_id} read, scored {risk.level.value}, forwarded to the canary mailbox"))
