"""``reply_auth_required`` (the rule itself: daemon.core.replies.needs_auth): which reply commands need a DKIM/DMARC pass aligned with the
sender's domain (daemon.edges.reply_auth) before they act.

  "closing" (the default)  every command that closes (CLOSE, SAFE, FALSE ALARM, ...), releases
                           or reassigns a case, and every command from the HQ desk
  "all"                    every reply, ACK and notes too (turn it on once your MTA stamps
                           Authentication-Results for all incoming mail)
  "none"                   nothing (only a thread or token and an allowed sender are needed)

Before issue 13 the key was a bool: ``true`` (every reply) reads as "all"; ``false`` meant
"none" but is refused, naming the key, so that no HQ drops the new default unawares.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator


def _migrate(value: Any) -> Any:
    if value is True:
        return "all"
    if value is False:
        raise ValueError('false is no longer accepted: use "closing" (the default: closing, releasing and '
                         'reassigning commands and every HQ desk command), "all" or "none"')
    return value


ReplyAuth = Annotated[Literal["closing", "all", "none"], BeforeValidator(_migrate)]
