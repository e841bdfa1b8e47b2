"""Did the trusted MTA vouch for a reply's sender (DKIM or DMARC pass)? Pure.

Only the Authentication-Results header stamped by our own MTA counts (matched by its
authserv-id, RFC 8601): any sender can write such a header, but our MTA's own one is added
at the edge, and anything claiming its id further down is taken at face value only if it
is the topmost one, which is what the MTA prepends.
"""

from __future__ import annotations

import re

from daemon.reading.message import Message

_RESULT = re.compile(r"\b(dkim|dmarc)\s*=\s*(\w+)", re.I)


def reply_authenticated(message: Message, authserv_id: str | None) -> bool:
    headers = message.header_all("Authentication-Results")
    if not headers or not authserv_id:
        return False
    top = headers[0]  # the MTA prepends; lower ones may be forged by the sender
    served = top.split(";", 1)[0].strip().split()[0].lower() if top.strip() else ""
    if served != authserv_id.lower():
        return False
    results = {name.lower(): value.lower() for name, value in _RESULT.findall(top)}
    return results.get("dkim") == "pass" or results.get("dmarc") == "pass"
