"""Reply authentication: a DKIM pass (dkimpy, test key and DNS) or our MTA's topmost
Authentication-Results, aligned with the reply's From domain; anything else names what failed."""

import dkim

from daemon.core.verdict import DKIM_FAILED, NO_RESULTS, NO_SENDER, UNTRUSTED_RESULTS
from daemon.edges.reply_auth import reply_verdict, trusted_ids
from daemon.reading.message import normalise
from tests.edges.test_authenticity import dns_for, key  # noqa: F401 - the test RSA key fixture
from tests.helpers import replaced, shipped_config

OFFICER = "do-malviyanagar-jpr@police.example.in"


def reply(sender=OFFICER, top=""):
    return (f"{top}From: Officer <{sender}>\r\nTo: scrb-sm-desk@police.example.in\r\nSubject: Re: [LL-2026-000001] HIGH\r\n"
            "Message-ID: <r1@police.example.in>\r\nDate: Sat, 28 Nov 2026 21:30:00 +0000\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nFALSE ALARM\r\n").encode()


def signed(raw, pem, domain):
    return dkim.sign(raw, b"s1", domain, pem, include_headers=[b"from", b"to", b"subject", b"message-id"]) + raw


def verdict(raw, config, dns=None):
    return reply_verdict(raw, normalise(raw), config, dns)


def test_a_dkim_signature_of_the_from_domain_passes(tmp_path, key):
    pem, txt = key
    config = shipped_config(tmp_path)
    dns = dns_for({b"s1._domainkey.police.example.in.": txt})
    result = verdict(signed(reply(), pem, b"police.example.in"), config, dns)
    assert result.authentic and result.method == "dkim"


def test_a_valid_signature_of_a_foreign_domain_is_not_aligned(tmp_path, key):
    pem, txt = key
    config = shipped_config(tmp_path)
    dns = dns_for({b"s1._domainkey.evil.example.": txt})
    result = verdict(signed(reply(), pem, b"evil.example"), config, dns)
    assert not result.authentic and result.failure == DKIM_FAILED and "not aligned" in result.reason


def test_our_mtas_results_count_only_aligned_and_on_top(tmp_path):
    config = shipped_config(tmp_path)
    ours = "Authentication-Results: mail.police.example.in; dkim=pass header.d=police.example.in\r\n"
    assert verdict(reply(top=ours), config).authentic
    foreign = "Authentication-Results: mail.police.example.in; dkim=pass header.d=evil.example\r\n"
    assert verdict(reply(top=foreign), config).failure == DKIM_FAILED
    untrusted = "Authentication-Results: mx.evil.example; dkim=pass header.d=police.example.in\r\n"
    assert verdict(reply(top=untrusted + ours), config).failure == UNTRUSTED_RESULTS
    assert verdict(reply(), config).failure == NO_RESULTS


def test_reply_authserv_id_is_trusted_too(tmp_path):
    config = replaced(shipped_config(tmp_path), reply_authserv_id="mx2.police.example.in")
    assert trusted_ids(config) == ("mail.police.example.in", "mx2.police.example.in")
    top = "Authentication-Results: mx2.police.example.in; dmarc=pass header.from=police.example.in\r\n"
    assert verdict(reply(top=top), config).authentic


def test_a_reply_with_no_single_sender_is_not_authenticated(tmp_path):
    config = shipped_config(tmp_path)
    ours = "Authentication-Results: mail.police.example.in; dkim=pass header.d=police.example.in\r\n"
    assert verdict(reply(sender=f"{OFFICER}>, <attacker@evil.example", top=ours), config).failure == NO_SENDER
