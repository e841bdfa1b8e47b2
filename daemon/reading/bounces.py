"""Bounces: which addresses a delivery report says could not be reached, by flufl.bounce.

flufl.bounce (Mailman's bounce detectors) knows the DSN format (RFC 3464) and the home-made
formats of a few dozen MTAs, and tells permanent failures from delays. It works on the
parsed email object; any exception it raises (it can, on odd mail) means "nothing found",
never a crash. X-Failed-Recipients (Exim) is read here too.
"""

from __future__ import annotations

import re

from flufl.bounce import all_failures, scan_message

from daemon.reading.message import Message

# flufl.bounce reads every line of every part: on a 10 MB report that is seconds. It runs on
# mail that shows some sign of being a delivery report, and on none larger than this.
MAX_SCANNED_BYTES = 4 * 1024 * 1024
_SIGNS = re.compile(
    r"deliver|returned|failure|failed|fatal|permanent|undeliver|bounce|mailbox|recipient|unknown user|"
    r"user unknown|not found|no such|quota|rejected|relay|smtp|postmaster|mailer|dsn|could not be sent|"
    r"unable to|error", re.I)


def may_be_report_of_delivery(message: Message) -> bool:
    """Cheap signs, in the headers or the first 8 kB of text, that a mail is a delivery report."""
    head = " ".join(f"{k} {v}" for k, v in message.headers if k.lower() in (
        "from", "subject", "content-type", "auto-submitted", "x-failed-recipients", "sender"))
    # a platform's Return-Path is often bounce-...@ (VERP): only a null or daemon one is a sign
    null_path = any(p.strip() in ("<>", "") or "daemon" in p.lower() or "postmaster" in p.lower()
                    for p in message.header_all("Return-Path"))
    return bool(null_path or _SIGNS.search(head) or _SIGNS.search(message.text[:8192])
                or any(a.content_type.startswith("message/") for a in message.attachments) or message.embedded)


def failures(message: Message) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(permanently failed, delayed) addresses, lower-cased, sorted; both empty when the mail
    is no delivery report flufl.bounce recognises."""
    permanent: set[str] = set()
    temporary: set[str] = set()
    if message.parsed is not None and message.size <= MAX_SCANNED_BYTES and may_be_report_of_delivery(message):
        delayed, failed = _flufl(message.parsed)
        permanent |= {_text(a) for a in failed}
        temporary |= {_text(a) for a in delayed}
    for header in message.header_all("X-Failed-Recipients"):
        permanent |= {a.strip().lower() for a in header.split(",") if "@" in a}
    permanent = {a for a in permanent if "@" in a}
    return tuple(sorted(permanent)), tuple(sorted(a for a in temporary - permanent if "@" in a))


def _flufl(parsed) -> tuple[frozenset, frozenset]:
    """(delayed, failed) from all of flufl's detectors; when one of them raises (flufl 6.0's
    Yale detector on a mail with an empty From, Sina's on an encoded one), the detectors up to
    the first that finds something (scan_message) still count."""
    try:
        return all_failures(parsed)
    except Exception:  # noqa: BLE001 - flufl.bounce is not robust to odd mail; never let it crash reading
        pass
    try:
        return frozenset(), scan_message(parsed)
    except Exception:  # noqa: BLE001
        return frozenset(), frozenset()


def failed_recipients(message: Message) -> tuple[str, ...]:
    """The addresses a bounce says were not reached for good (a delay is not a failure)."""
    return failures(message)[0]


def _text(address: bytes | str) -> str:
    value = address.decode("utf-8", "replace") if isinstance(address, bytes) else str(address)
    return value.strip().strip("<>").lower()
