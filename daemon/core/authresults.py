"""Authentication-Results (RFC 8601) written by our own MTA: what it says about a mail. Pure.

Which header is our MTA's? Anyone can write ``Authentication-Results: <our id>; dkim=pass``
into a mail. RFC 8601 section 5 has an MTA add its field at the top of the header (like
Received) and delete any field claiming its authserv-id that arrives from outside; not
every MTA does the deleting, and a forged field can sit directly under ours (a script
talking SMTP straight to our MX), with nothing in between. Nor is "above the first Received"
a reliable mark: Postfix milters insert below Postfix's own Received, and Dovecot's LMTP
adds its Received above everything at delivery. So only the TOPMOST Authentication-Results
field of the mail counts, and only when its authserv-id is a trusted one: that is the last
one added before delivery, which is ours when our MTA stamps every mail. A second field
claiming the top field's id anywhere below makes a pass count for nothing: our MTA stamps
once, so the other was written by the sender (whichever way the MTA orders its fields). (An MTA that writes DKIM and DMARC results in separate
fields: the top one counts alone, so let it carry dmarc= or both.)

Aligned means DMARC's relaxed alignment: the signing domain (``header.d``) or the DMARC
``header.from`` is the From domain, or one is a subdomain of the other.
``dkim=pass header.d=evil.example`` for a From of police.example.in is not aligned.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from daemon.core.verdict import DKIM_FAILED, NO_RESULTS, UNTRUSTED_RESULTS, Verdict

_COMMENT = re.compile(r"\([^()]*\)")
_PROP = re.compile(r"([A-Za-z0-9_.-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)")

Align = Callable[[str | None], bool]  # is this domain aligned with the From domain?


def parse(value: str) -> tuple[str, list[dict[str, str]]]:
    """``authserv-id; method=result prop=value ...; ...`` -> (authserv-id, [results])."""
    text = " ".join(_COMMENT.sub(" ", value).split())
    head, _, rest = text.partition(";")
    authserv = (head.split() or [""])[0].lower()
    results = []
    for part in rest.split(";"):
        props = {k.lower(): v.strip('"') for k, v in _PROP.findall(part)}
        if props:
            results.append(props)
    return authserv, results


def relaxed_aligned(domain: str | None, from_domain: str) -> bool:
    """Same domain, or one a subdomain of the other (with at least two labels each)."""
    d, f = (domain or "").lower().strip("."), (from_domain or "").lower().strip(".")
    if not d or not f or d.count(".") < 1 or f.count(".") < 1:
        return False
    return d == f or f.endswith("." + d) or d.endswith("." + f)


def _signer(result: dict[str, str]) -> str | None:
    return result.get("header.d") or (result.get("header.i", "").rpartition("@")[2] or None)


def vouches(headers: Sequence[str], trusted: Sequence[str], align: Align) -> Verdict | None:
    """What the topmost Authentication-Results field says (``headers`` top first); None when
    the mail has none."""
    if not headers:
        return None
    ours = {t.lower() for t in trusted}
    authserv, results = parse(headers[0])
    if authserv not in ours:
        return Verdict.failed(UNTRUSTED_RESULTS, f"the topmost Authentication-Results is by {authserv or 'no id'}, "
                                                 "not a server of ours")
    forged_too = sum(parse(h)[0] == authserv for h in headers) > 1  # two of our servers stamp with two ids
    for r in results:
        if forged_too and ("pass" in (r.get("dkim", "").lower(), r.get("dmarc", "").lower())):
            # our MTA stamps a mail once: a second field with our id came from outside, and
            # where an MTA puts its field below its own Received (milters) which is which
            # cannot be told, so no pass counts
            return Verdict.failed(UNTRUSTED_RESULTS, f"more than one Authentication-Results claims {authserv}: "
                                                     "one was written by the sender")
        if r.get("dkim", "").lower() == "pass" and align(_signer(r)):
            return Verdict(True, "authentication-results", f"{authserv}: dkim=pass header.d={_signer(r)}")
        if r.get("dmarc", "").lower() == "pass" and align(r.get("header.from")):
            return Verdict(True, "authentication-results", f"{authserv}: dmarc=pass header.from={r.get('header.from')}")
    seen = ", ".join(f"{m}={r[m]} {'header.from' if m == 'dmarc' else 'header.d'}="
                     f"{r.get('header.from') if m == 'dmarc' else _signer(r)}"
                     for r in results for m in ("dkim", "dmarc") if m in r)
    if not seen:
        return Verdict.failed(NO_RESULTS, f"{authserv} recorded no DKIM or DMARC result")
    return Verdict.failed(DKIM_FAILED, f"{authserv}: no aligned pass ({seen})")
