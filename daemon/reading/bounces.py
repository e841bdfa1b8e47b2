"""Which addresses a bounce says could not be reached. Pure.

Read from the DSN fields (Final-Recipient / Original-Recipient, RFC 3464) of the
message/delivery-status part or the text, and from X-Failed-Recipients.
"""

from __future__ import annotations

import re

from daemon.reading.message import Message

_FAILED = re.compile(r"(?:Final|Original)-Recipient:\s*rfc822;\s*<?([^\s<>;]+@[^\s<>;]+)>?", re.I)


def failed_recipients(message: Message) -> tuple[str, ...]:
    """The unreachable addresses, lower-cased, in the order first named."""
    found = [a.strip().lower() for h in message.header_all("X-Failed-Recipients") for a in h.split(",") if "@" in a]
    for inner in message.embedded:  # message/delivery-status blocks parse as header-only messages
        for value in inner.header_all("Final-Recipient"):
            found += [m.group(1).lower() for m in _FAILED.finditer("Final-Recipient: " + value)]
    for text in [message.text] + [a.text or "" for a in message.attachments]:
        found += [m.group(1).lower() for m in _FAILED.finditer(text or "")]
    return tuple(dict.fromkeys(found))
