"""Is a "platform report" really from the platform? DKIM, checked here or by a trusted MTA.

A forged report could send police to someone's door, so a report counts as authentic only
if its From domain is a configured platform domain AND a DKIM signature that passes is
aligned with it (relaxed: same platform domain). The pass is either verified here with
dkimpy on the raw bytes, or read from an Authentication-Results header written by one of
our own MTAs (a configured authserv-id). Headers from anyone else are ignored, and only the
topmost trusted one counts: anything below it was there before our MTA saw the mail.
"""

from __future__ import annotations

import re
from typing import Callable

from daemon.config.schema import AuthPolicy
from daemon.core.domains import within
from daemon.core.verdict import Verdict

DnsFunc = Callable[..., bytes | None]  # dnsfunc(name: bytes, timeout=...) -> TXT record

MAX_SIGNATURES = 5  # a hostile mail must not make us verify hundreds of signatures


def aligned(dkim_domain: str | None, from_domain: str, platforms: tuple[str, ...]) -> bool:
    """Relaxed DMARC alignment, with the configured platform domains as organisational domains."""
    org = within(from_domain, platforms)
    return org is not None and within(dkim_domain, platforms) == org


# --------------------------------------------------------------------- Authentication-Results

_COMMENT = re.compile(r"\([^()]*\)")
_PROP = re.compile(r"([A-Za-z0-9_.-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)")


def parse_authentication_results(value: str) -> tuple[str, list[dict[str, str]]]:
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


def from_authentication_results(headers: list[str], from_domain: str, policy: AuthPolicy,
                                platforms: tuple[str, ...]) -> Verdict | None:
    """The topmost header by a trusted authserv-id decides; None if there is none."""
    trusted = {a.lower() for a in policy.trusted_authserv_ids}
    for value in headers:  # top (newest) first
        authserv, results = parse_authentication_results(value)
        if authserv not in trusted:
            continue
        for r in results:
            if r.get("dkim", "").lower() != "pass":
                continue
            d = r.get("header.d") or (r.get("header.i", "").rpartition("@")[2] or None)
            if aligned(d, from_domain, platforms):
                return Verdict(True, "authentication-results", f"{authserv}: dkim=pass header.d={d}")
        dkims = ", ".join(f"dkim={r.get('dkim')} header.d={r.get('header.d')}" for r in results if "dkim" in r)
        return Verdict(False, None, f"{authserv}: no aligned dkim=pass ({dkims or 'no dkim result'})")
    return None


# ------------------------------------------------------------------------------ direct DKIM

def verify_dkim(raw: bytes, from_domain: str, platforms: tuple[str, ...], dnsfunc: DnsFunc | None,
                timeout: float) -> Verdict | None:
    """Verify each DKIM-Signature with dkimpy; None if the mail carries none."""
    import dkim  # dkimpy: canonicalisation and RSA/Ed25519 checks are not for hand-written code

    try:
        checker = dkim.DKIM(raw, timeout=int(max(1, timeout)))
    except Exception as exc:  # noqa: BLE001 - unparseable mail is simply not verified
        return Verdict(False, None, f"dkim: message not parseable ({type(exc).__name__})")
    count = sum(1 for name, _ in checker.headers if name.lower() == b"dkim-signature")
    if not count:
        return None
    seen = []
    for idx in range(min(count, MAX_SIGNATURES)):
        try:
            ok = checker.verify(idx, dnsfunc=dnsfunc) if dnsfunc else checker.verify(idx)
        except dkim.DKIMException as exc:  # body hash mismatch, bad tags, key problems
            seen.append(f"signature {idx + 1}: fail ({str(exc).split('(')[0].strip()[:60]})")
            continue
        except Exception as exc:  # noqa: BLE001 - DNS errors and the unforeseen: not verified, never a crash
            seen.append(f"signature {idx + 1}: not checked ({type(exc).__name__})")
            continue
        d = (checker.domain or b"").decode("ascii", "replace").lower()
        if ok and aligned(d, from_domain, platforms):
            return Verdict(True, "dkim", f"dkim=pass d={d}")
        seen.append(f"d={d}: {'pass but not aligned with the From domain' if ok else 'fail'}")
    return Verdict(False, None, "dkim: " + "; ".join(seen))


# ------------------------------------------------------------------------------ the decision

def authenticate(raw: bytes, from_addr: str | None, from_count: int, ar_headers: list[str],
                 platforms: tuple[str, ...], policy: AuthPolicy, dnsfunc: DnsFunc | None = None) -> Verdict:
    """Authentic only from a platform domain with an aligned DKIM pass (verified here or by our MTA)."""
    if from_count != 1:
        return Verdict(False, None, f"mail has {from_count} From headers")
    if not from_addr or "@" not in from_addr:
        return Verdict(False, None, "no sender address")
    from_domain = from_addr.rsplit("@", 1)[1].lower()
    if within(from_domain, platforms) is None:
        return Verdict(False, None, f"sender domain {from_domain} is not a configured platform domain")
    reasons = []
    if policy.verify_dkim:
        direct = verify_dkim(raw, from_domain, platforms, dnsfunc, policy.dns_timeout_seconds)
        if direct is not None:
            if direct.authentic:
                return direct
            reasons.append(direct.reason)
    by_mta = from_authentication_results(ar_headers, from_domain, policy, platforms)
    if by_mta is not None:
        if by_mta.authentic:
            return by_mta
        reasons.append(by_mta.reason)
    if not reasons:
        reasons.append("no DKIM signature checked and no Authentication-Results from a trusted server")
    return Verdict(False, None, "; ".join(reasons))
