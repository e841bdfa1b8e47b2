"""The daily summary is due: one mail of figures (and the chart inline) to the HQ desk and the
admins, once per day (its Message-ID is the day's, and ``already_sent`` is checked first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from daemon.core.summary import Summary, minutes
from daemon.handlers.decision import Decision, QueueMail

if TYPE_CHECKING:
    from daemon.config.schema import Config

CHART_CID = "chart"


def key(summary: Summary) -> str:
    return f"SUMMARY-{summary.day.isoformat()}"


def summary_context(summary: Summary, chart_src: str) -> dict:
    """What templates/summary.* are rendered with (the mail, ``lifeline summary``, the validator)."""
    return {"summary": summary, "minutes": minutes, "chart_src": chart_src}


def recipients(config: Config) -> tuple[str, ...]:
    """The desk and the admins (also part of the summary's Message-ID: one a day)."""
    return tuple(dict.fromkeys((config.hq_desk, *config.admins)))


def handle(summary: Summary, chart: bytes, config: Config, already_sent: bool) -> Decision[bool]:
    """Outcome: whether a mail was queued."""
    if already_sent:
        return Decision((), False)
    mail = QueueMail(key(summary), "summary", "summary", summary_context(summary, f"cid:{CHART_CID}"), recipients(config), None,
                     images=((CHART_CID, chart),))
    return Decision((mail,), True)
