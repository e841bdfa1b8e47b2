"""A mail made handling fail repeatedly: it is moved aside and the HQ desk told, without
reading it again (it may be what breaks the reader)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from daemon.core import notices
from daemon.handlers.decision import QUARANTINE, Decision, NotifyDesk
from daemon.handlers.mails import folder

if TYPE_CHECKING:
    from daemon.config.schema import Config


def handle(raw: bytes, error: str, config: Config) -> Decision[str]:
    """The outcome is the folder the mail goes to."""
    sha = hashlib.sha256(raw).hexdigest()
    context = notices.context("quarantined", source=notices.Source(subject="(not read)"),
                              folder=folder(config, QUARANTINE), error=error)
    return Decision((NotifyDesk(f"DESK-{sha[:16]}", "quarantine", context, None),), QUARANTINE)
