"""Whether a close records a labelled example (daemon.core.feedback says which label)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core.case import Case
from daemon.core.feedback import example_for
from daemon.handlers.decision import Effect, RecordFeedback

if TYPE_CHECKING:
    from daemon.config.schema import Config


def on_close(before: Case, closed: Case, config: Config, now: datetime) -> tuple[Effect, ...]:
    """The example of a closed case, when [feedback] is enabled; a withdrawal when an earlier
    close of the same case had recorded one and this outcome teaches nothing."""
    if not config.feedback.enabled:
        return ()
    example = example_for(closed, now)
    if example is not None:
        return (RecordFeedback(closed.id, example),)
    if any(e.kind == "closed" for e in before.events):
        return (RecordFeedback(closed.id, None),)
    return ()
