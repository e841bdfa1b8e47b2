"""Intake or sending has been down for a while, or works again (daemon.app.alarms decides
when): the HQ desk and the admins are told by mail, one notice per outage and state."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core import notices
from daemon.handlers.decision import Decision, NotifyDesk

if TYPE_CHECKING:
    from daemon.config.schema import Config

NOT_READ = " Reports sent to the HQ mailbox are NOT being read meanwhile."


def handle(channel: str, what: str, down: bool, text: str, since: datetime, config: Config) -> Decision[None]:
    """``channel``: intake / smtp; ``what``: its name for people; ``since``: when the outage began."""
    name = "alert_down" if down else "alert_up"
    context = notices.context(name, source=notices.Source(subject=what), what=what, text=text,
                              not_read=NOT_READ if down and channel == "intake" else "")
    key = f"ALERT-{channel}-{since:%Y%m%d%H%M%S}"
    return Decision((NotifyDesk(key, "alert-down" if down else "alert-up", context, None, tuple(config.admins)),), None)
