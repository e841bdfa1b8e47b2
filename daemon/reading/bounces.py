"""Bounces: which addresses a delivery report says could not be reached, by flufl.bounce.

flufl.bounce (Mailman's bounce detectors) knows the DSN format (RFC 3464) and the home-made
formats of a few dozen MTAs, and tells permanent failures from delays. It works on the
parsed email object; any exception it raises (it can, on odd mail) means "nothing found",
never a crash. X-Failed-Recipients (Exim) is read here too.
"""

from __future__ import annotations

from flufl.bounce import all_failures

from daemon.reading.message import Message


def failures(message: Message) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(permanently failed, delayed) addresses, lower-cased, sorted; both empty when the mail
    is no delivery report flufl.bounce recognises."""
    permanent: set[str] = set()
    temporary: set[str] = set()
    if message.parsed is not None:
        try:
            delayed, failed = all_failures(message.parsed)
        except Exception:  # noqa: BLE001 - a detector that trips over a mail found nothing
            delayed, failed = frozenset(), frozenset()
        permanent |= {_text(a) for a in failed}
        temporary |= {_text(a) for a in delayed}
    for header in message.header_all("X-Failed-Recipients"):
        permanent |= {a.strip().lower() for a in header.split(",") if "@" in a}
    permanent = {a for a in permanent if "@" in a}
    return tuple(sorted(permanent)), tuple(sorted(a for a in temporary - permanent if "@" in a))


def failed_recipients(message: Message) -> tuple[str, ...]:
    """The addresses a bounce says were not reached for good (a delay is not a failure)."""
    return failures(message)[0]


def _text(address: bytes | str) -> str:
    value = address.decode("utf-8", "replace") if isinstance(address, bytes) else str(address)
    return value.strip().strip("<>").lower()
