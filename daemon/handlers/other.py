"""Any other mail (not a report, reply or automatic mail; or unreadable): to the HQ desk."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.handlers.decision import HELD, Decision, Outcome
from daemon.handlers.inputs import Loaded, Prepared
from daemon.handlers.mails import about_mail

if TYPE_CHECKING:
    from daemon.config.schema import Config


def handle(mail: Prepared, loaded: Loaded, config: Config, now: datetime) -> Decision[Outcome]:
    reading = mail.reading
    kind = reading.kind.value
    problems = "Problems: " + "; ".join(reading.problems) if reading.problems else ""
    notice = about_mail(reading, config, "unrecognised", None, HELD, kind=kind, problems=problems)
    return Decision((notice,), Outcome(HELD, kind, None, f"{kind} sent to HQ desk"))
