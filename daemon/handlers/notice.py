"""A platform notice (a platform's mail about no person: newsletter, policy update, portal
notice): information for the HQ desk, never a case."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core.domains import domain_of
from daemon.handlers.decision import PROCESSED, Decision, Outcome
from daemon.handlers.inputs import Loaded, Prepared
from daemon.handlers.mails import about_mail

if TYPE_CHECKING:
    from daemon.config.schema import Config


def handle(mail: Prepared, loaded: Loaded, config: Config, now: datetime) -> Decision[Outcome]:
    reading = mail.reading
    msg = reading.message
    subject = " ".join(msg.subject.split())[:80] or "(no subject)"  # a platform's own words, no person's
    notice = about_mail(reading, config, "platform_notice", None, PROCESSED,
                        platform_domain=domain_of(msg.from_addr) or "a platform", subject_words=subject,
                        reason=reading.reason)
    return Decision((notice,), Outcome(PROCESSED, reading.kind.value, None, "platform notice sent to HQ desk"))
