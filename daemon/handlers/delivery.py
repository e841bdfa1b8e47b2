"""The mail server refused one of our mails for good: the case records it (failed delivery,
the clock runs on) and the HQ desk is told, unless the desk itself is what is unreachable
(the outbox has logged it; mailing the desk about the desk would loop)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core import notices
from daemon.core.case import Case, delivery_failed
from daemon.core.outgoing import OutgoingMail
from daemon.handlers.decision import Decision, NotifyDesk, SaveCase

if TYPE_CHECKING:
    from daemon.config.schema import Config


def handle(mail: OutgoingMail, error: str, case: Case | None, config: Config, now: datetime) -> Decision[None]:
    if config.hq_desk in mail.to:
        return Decision((), None)
    saved = (SaveCase(delivery_failed(case, now, error)),) if case else ()
    context = notices.context("undeliverable", case_id=mail.case_id, report=case.report if case else None,
                              source=notices.Source(None, mail.purpose, mail.message_id),
                              purpose=mail.purpose, to=", ".join(mail.to), error=error)
    return Decision((*saved, NotifyDesk(mail.case_id or "DESK", "undeliverable", context, mail.case_id)), None)
