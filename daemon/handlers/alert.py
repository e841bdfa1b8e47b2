"""Intake or sending has been down for a while, or works again, or a standing problem (the
model, the config) is told for the day (daemon.app.alarms decides when): the HQ desk and the
admins are told by mail, one notice per outage (or period) and state: a notice already
queued under the same key is not queued again (a restart within the period)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core import notices
from daemon.handlers.decision import Decision, NotifyDesk

if TYPE_CHECKING:
    from daemon.config.schema import Config

NOT_READ = " Reports sent to the HQ mailbox are NOT being read meanwhile."
# standing problems have their own words while they last; their end is an ordinary alert_up
STANDING = {"model": "model_unknown", "config": "config_fallback"}


def key(channel: str, since: datetime) -> str:
    return f"ALERT-{channel}-{since:%Y%m%d%H%M%S}"


def purpose(down: bool) -> str:
    return "alert-down" if down else "alert-up"


def handle(channel: str, what: str, down: bool, text: str, since: datetime, config: Config,
           queued: bool = False) -> Decision[None]:
    """``channel``: intake / smtp / model / config; ``what``: its name for people; ``since``:
    when the outage (or the standing problem's period) began; ``queued``: this notice is
    already in the outbox."""
    if queued:
        return Decision((), None)
    name = STANDING.get(channel, "alert_down") if down else "alert_up"
    context = notices.context(name, source=notices.Source(subject=what), what=what, text=text,
                              not_read=NOT_READ if down and channel == "intake" else "")
    return Decision((NotifyDesk(key(channel, since), purpose(down), context, None, tuple(config.admins)),), None)
