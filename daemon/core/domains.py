"""Mail domains: the platforms' own, and "is this domain one of those, or under one". Pure.

A platform domain counts with its subdomains (``mail.instagram.com`` is Instagram's); one
function says so for reading (is the sender a platform?), extraction (is this e-mail ours or
the platform's?) and DKIM alignment (which organisation signed?).
"""

from __future__ import annotations

from typing import Iterable

# Meta's sending domains: the default when no config is given (``lifeline parse`` alone).
# The shipped config.toml lists the same ones as data; tests/core/test_domains.py keeps
# the two equal.
PLATFORM_DOMAINS: tuple[str, ...] = ("meta.com", "fb.com", "facebook.com", "facebookmail.com", "instagram.com")


def domain_of(address: str | None) -> str | None:
    """The domain after the last '@', or None when there is no '@'."""
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1]


def within(domain: str | None, domains: Iterable[str]) -> str | None:
    """The one of ``domains`` that ``domain`` is, or is a subdomain of (lower case); None if none.
    Case and a trailing dot do not matter."""
    if not domain:
        return None
    domain = domain.lower().strip().rstrip(".")
    for parent in domains:
        parent = parent.lower()
        if domain == parent or domain.endswith("." + parent):
            return parent
    return None
