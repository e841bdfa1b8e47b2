"""Is a "platform report" really from the platform? DKIM, checked here or by a trusted MTA.

A forged report could send police to someone's door, so a report counts as authentic only
if its From domain is a configured platform domain AND a DKIM signature that passes is
aligned with it (relaxed: same platform domain). The pass is either verified here with
dkimpy on the raw bytes, or read from the topmost Authentication-Results header when one of
our own MTAs wrote it (a configured authserv-id; daemon.core.authresults says why only the
topmost). A mail that is not authentic gets a verdict naming what failed.
"""

from __future__ import annotations

from typing import Callable

from daemon.config.schema import AuthPolicy
from daemon.core import authresults
from daemon.core.authresults import Align
from daemon.core.domains import within
from daemon.core.verdict import DKIM_FAILED, NO_RESULTS, NO_SENDER, NOT_PLATFORM, UNTRUSTED_RESULTS, Verdict

DnsFunc = Callable[..., bytes | None]  # dnsfunc(name: bytes, timeout=...) -> TXT record

MAX_SIGNATURES = 5  # a hostile mail must not make us verify hundreds of signatures


def aligned(dkim_domain: str | None, from_domain: str, platforms: tuple[str, ...]) -> bool:
    """Relaxed DMARC alignment, with the configured platform domains as organisational domains."""
    org = within(from_domain, platforms)
    return org is not None and within(dkim_domain, platforms) == org


parse_authentication_results = authresults.parse  # the one parser, in the pure core


# ------------------------------------------------------------------------------ direct DKIM

def verify_dkim(raw: bytes, align: Align, dnsfunc: DnsFunc | None, timeout: float) -> Verdict | None:
    """Verify each DKIM-Signature with dkimpy; None if the mail carries none. A pass counts
    only when ``align`` says its d= is aligned with the From domain."""
    import dkim  # dkimpy: canonicalisation and RSA/Ed25519 checks are not for hand-written code

    try:
        checker = dkim.DKIM(raw, timeout=int(max(1, timeout)))
    except Exception as exc:  # noqa: BLE001 - unparseable mail is simply not verified
        return Verdict.failed(DKIM_FAILED, f"message not parseable ({type(exc).__name__})")
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
        if ok and align(d):
            return Verdict(True, "dkim", f"dkim=pass d={d}")
        seen.append(f"d={d}: {'pass but not aligned with the From domain' if ok else 'fail'}")
    return Verdict.failed(DKIM_FAILED, "; ".join(seen))


# ------------------------------------------------------------------------------ the decision

def authenticate(raw: bytes, from_addr: str | None, from_count: int, ar_headers: list[str],
                 platforms: tuple[str, ...], policy: AuthPolicy, dnsfunc: DnsFunc | None = None) -> Verdict:
    """Authentic only from a platform domain with an aligned DKIM pass (verified here or by
    our MTA); otherwise the verdict names what failed (daemon.core.verdict.FAILURES)."""
    if from_count != 1 or not from_addr or "@" not in from_addr:
        return Verdict.failed(NO_SENDER, f"the mail has {from_count} From headers" if from_count != 1
                              else "the From header holds no single address")
    from_domain = from_addr.rsplit("@", 1)[1].lower()
    if within(from_domain, platforms) is None:
        return Verdict.failed(NOT_PLATFORM, f"sender domain {from_domain} is not in trusted_platform_domains")
    return decide(raw, lambda d: aligned(d, from_domain, platforms), ar_headers, policy, dnsfunc)


def decide(raw: bytes, align: Align, ar_headers: list[str], policy: AuthPolicy, dnsfunc: DnsFunc | None) -> Verdict:
    """An aligned pass by dkimpy here, or by our MTA; else the worst thing seen: a failed
    DKIM check, then results only from servers we do not trust, then no results at all."""
    direct = verify_dkim(raw, align, dnsfunc, policy.dns_timeout_seconds) if policy.verify_dkim else None
    by_mta = authresults.vouches(ar_headers, policy.trusted_authserv_ids, align)
    for verdict in (direct, by_mta):
        if verdict is not None and verdict.authentic:
            return verdict
    failed = [v for v in (direct, by_mta) if v is not None]
    for failure in (DKIM_FAILED, UNTRUSTED_RESULTS, NO_RESULTS):
        found = [v.reason.partition(": ")[2] for v in failed if v.failure == failure]
        if found:
            return Verdict.failed(failure, "; ".join(found))
    checked = "no DKIM signature" if policy.verify_dkim else "DKIM is not checked here (verify_dkim = false)"
    return Verdict.failed(NO_RESULTS, f"{checked} and no Authentication-Results header")
