"""Authenticity: real DKIM signatures (dkimpy, test key, test DNS) and trusted Authentication-Results."""

import base64

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from daemon.config.schema import AuthPolicy
from daemon.core.verdict import DKIM_FAILED, NO_RESULTS, NOT_PLATFORM, UNTRUSTED_RESULTS
from daemon.edges.authenticity import authenticate, parse_authentication_results
from daemon.store.engine import Store
from tests.helpers import Clock, Handling, example, replaced, shipped_config

PLATFORMS = ("facebook.com", "facebookmail.com", "instagram.com")
POLICY = AuthPolicy(trusted_authserv_ids=("mx.police.example.in",), verify_dkim=True)


@pytest.fixture(scope="module")
def key():
    private = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    der = private.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem, b"v=DKIM1; k=rsa; p=" + base64.b64encode(der)


def dns_for(records):
    """A test resolver: name -> TXT, recording what was asked."""
    asked = []

    def dnsfunc(name, timeout=5):
        asked.append(name)
        return records.get(name)

    dnsfunc.asked = asked
    return dnsfunc


def mail(sender="records@support.facebook.com", extra_headers=""):
    return (
        f"{extra_headers}From: Facebook <{sender}>\r\nTo: scrb-sm-desk@police.example.in\r\n"
        "Subject: Emergency Referral: user may be at risk of self-harm\r\n"
        "Message-ID: <x1@support.facebook.com>\r\nDate: Sat, 28 Nov 2026 21:16:32 +0000\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nName: Test Person Alpha\r\nPost: fictional text\r\n"
    ).encode()


def sign(raw, pem, domain=b"facebook.com", selector=b"s1"):
    return dkim.sign(raw, selector, domain, pem, include_headers=[b"from", b"to", b"subject", b"message-id"]) + raw


def check(raw, dnsfunc=None, policy=POLICY):
    import email

    parsed = email.message_from_bytes(raw)
    ar = parsed.get_all("Authentication-Results") or []
    froms = parsed.get_all("From") or []
    addr = email.utils.parseaddr(froms[0])[1].lower() if froms else None
    return authenticate(raw, addr, len(froms), ar, PLATFORMS, policy, dnsfunc)


def test_valid_aligned_signature_is_authentic(key):
    pem, txt = key
    dns = dns_for({b"s1._domainkey.facebook.com.": txt})
    verdict = check(sign(mail(), pem), dns)
    assert verdict.authentic and verdict.method == "dkim"
    assert dns.asked == [b"s1._domainkey.facebook.com."]


def test_tampered_body_fails(key):
    pem, txt = key
    signed = sign(mail(), pem).replace(b"Test Person Alpha", b"Test Person Omega")
    verdict = check(signed, dns_for({b"s1._domainkey.facebook.com.": txt}))
    assert not verdict.authentic and "fail" in verdict.reason


def test_wrong_key_in_dns_fails(key):
    pem, _ = key
    other = rsa.generate_private_key(public_exponent=65537, key_size=1024).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    verdict = check(sign(mail(), pem), dns_for({b"s1._domainkey.facebook.com.": b"v=DKIM1; k=rsa; p=" + base64.b64encode(other)}))
    assert not verdict.authentic


def test_valid_signature_of_another_domain_is_not_aligned(key):
    pem, txt = key
    dns = dns_for({b"s1._domainkey.attacker.example.": txt})
    verdict = check(sign(mail(), pem, domain=b"attacker.example"), dns)
    assert not verdict.authentic and "not aligned" in verdict.reason


def test_subdomain_sender_aligns_with_parent_signature(key):
    pem, txt = key
    verdict = check(sign(mail("records@support.facebook.com"), pem), dns_for({b"s1._domainkey.facebook.com.": txt}))
    assert verdict.authentic


def test_signed_mail_from_non_platform_domain_is_not_authentic(key):
    pem, txt = key
    verdict = check(sign(mail("cybercell@police.example.in"), pem), dns_for({b"s1._domainkey.facebook.com.": txt}))
    assert not verdict.authentic and verdict.failure == NOT_PLATFORM
    assert verdict.reason == "not a platform domain: sender domain police.example.in is not in trusted_platform_domains"


def test_dns_failure_is_a_clear_failure_not_a_crash(key):
    pem, _ = key

    def broken(name, timeout=5):
        raise OSError("resolver unreachable")

    verdict = check(sign(mail(), pem), broken)
    assert not verdict.authentic and "signature 1" in verdict.reason


def test_two_from_headers_are_refused(key):
    pem, txt = key
    raw = sign(mail(), pem)
    raw = raw.replace(b"From: Facebook", b"From: Evil <x@evil.example>\r\nFrom: Facebook", 1)
    assert not check(raw, dns_for({b"s1._domainkey.facebook.com.": txt})).authentic


AR_PASS = "Authentication-Results: mx.police.example.in; dkim=pass header.d=facebook.com header.s=s1\r\n"


def test_trusted_authentication_results_pass():
    verdict = check(mail(extra_headers=AR_PASS))
    assert verdict.authentic and verdict.method == "authentication-results"


def test_untrusted_authserv_id_is_ignored():
    forged = AR_PASS.replace("mx.police.example.in", "mx.attacker.example")
    verdict = check(mail(extra_headers=forged))
    assert not verdict.authentic and verdict.failure == UNTRUSTED_RESULTS
    assert verdict.reason.startswith("untrusted results: the topmost Authentication-Results is by mx.attacker.example")


def test_only_topmost_trusted_header_counts():
    ours_fail = "Authentication-Results: mx.police.example.in; dkim=fail header.d=facebook.com\r\n"
    # the attacker's copy of our header sits below ours: it was there before our MTA saw the mail
    verdict = check(mail(extra_headers=ours_fail + AR_PASS))
    assert not verdict.authentic and "dkim=fail" in verdict.reason


def test_authentication_results_pass_for_other_domain_is_not_aligned():
    other = "Authentication-Results: mx.police.example.in; dkim=pass header.d=attacker.example\r\n"
    assert not check(mail(extra_headers=other)).authentic


def test_parse_authentication_results_with_comments_and_folding():
    authserv, results = parse_authentication_results(
        "mx.police.example.in 1; (a comment)\r\n\tdkim=pass (good sig) header.d=facebook.com;\r\n spf=pass smtp.mailfrom=x")
    assert authserv == "mx.police.example.in"
    assert results[0] == {"dkim": "pass", "header.d": "facebook.com"}
    assert results[1]["spf"] == "pass"


def test_no_evidence_at_all_is_not_authentic():
    verdict = check(mail())
    assert not verdict.authentic


def test_direct_check_can_be_turned_off(key):
    pem, txt = key
    dns = dns_for({b"s1._domainkey.facebook.com.": txt})
    verdict = check(sign(mail(), pem), dns, POLICY.model_copy(update={"verify_dkim": False}))
    assert not verdict.authentic and dns.asked == []


# -- wired into handling ------------------------------------------------------------------

def desk_for(tmp_path, **auth):
    config = shipped_config(tmp_path)
    if auth:
        config = replaced(config, authenticity=config.authenticity.model_copy(update=auth))
    store = Store(config.store_path)
    return config, store, Handling(config, store, Clock())


def test_shipped_examples_pass_through_the_trusted_mta_header(tmp_path):
    config, store, desk = desk_for(tmp_path)
    for uid, name in enumerate(["facebook_plain.eml", "instagram_html.eml"], 1):
        prepared = desk.prepare(example(name))
        assert prepared.verdict.authentic, prepared.verdict.reason
        outcome = desk.commit(prepared, uidvalidity=1, uid=uid)
        assert outcome.folder == "Processed"
    store.close()


def test_platform_domain_without_dkim_evidence_is_held(tmp_path):
    config, store, desk = desk_for(tmp_path, trusted_authserv_ids=("someone-else.example",))
    prepared = desk.prepare(example("facebook_plain.eml"))
    assert prepared.reading.authentic  # the domain alone looks right ...
    outcome = desk.commit(prepared, uidvalidity=1, uid=1)
    assert outcome.folder == "Held"  # ... but without DKIM it is not sent to a station
    case = store.get_case(outcome.case_id)
    assert case["state"] == "held" and not case["authentic"]
    [mail_row] = [m.to_json() for m in store.pending_outgoing()]
    assert mail_row["to"] == [config.hq_desk]
    store.close()


def test_signed_report_is_forwarded_with_direct_dkim(tmp_path, key):
    pem, txt = key
    config, store, desk = desk_for(tmp_path, trusted_authserv_ids=())
    raw = example("facebook_plain.eml")
    signed = sign(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), pem)
    prepared = desk.prepare(signed, dnsfunc=dns_for({b"s1._domainkey.facebook.com.": txt}))
    assert prepared.verdict.method == "dkim"
    assert desk.commit(prepared, uidvalidity=1, uid=1).folder == "Processed"
    store.close()
