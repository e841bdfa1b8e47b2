"""Authentication-Results: only the topmost header counts, only under a trusted authserv-id,
and only a pass aligned with the From domain."""

from functools import partial

from daemon.core.authresults import parse, relaxed_aligned, vouches
from daemon.core.verdict import DKIM_FAILED, NO_RESULTS, UNTRUSTED_RESULTS

OURS = ("mail.police.example.in",)
POLICE = partial(relaxed_aligned, from_domain="police.example.in")


def test_parse_with_comments_folding_and_a_version():
    authserv, results = parse("Mail.Police.Example.IN 1; (our MTA)\r\n\tdkim=pass (good) header.d=police.example.in;\r\n"
                              " spf=pass smtp.mailfrom=x; dmarc=pass header.from=\"police.example.in\"")
    assert authserv == "mail.police.example.in"
    assert results == [{"dkim": "pass", "header.d": "police.example.in"}, {"spf": "pass", "smtp.mailfrom": "x"},
                       {"dmarc": "pass", "header.from": "police.example.in"}]


def test_relaxed_alignment():
    assert relaxed_aligned("police.example.in", "police.example.in")
    assert relaxed_aligned("mail.police.example.in", "police.example.in")  # signer below the From domain
    assert relaxed_aligned("police.example.in", "jaipur.police.example.in")  # From below the signer
    for other in ("evil.example", "police.example.in.evil.example", "xpolice.example.in", "in", "", None):
        assert not relaxed_aligned(other, "police.example.in"), other


def test_an_aligned_dkim_or_dmarc_pass_under_our_id_vouches():
    assert vouches(["mail.police.example.in; dkim=pass header.d=police.example.in"], OURS, POLICE).authentic
    dmarc = vouches(["mail.police.example.in; dkim=none; dmarc=pass header.from=police.example.in"], OURS, POLICE)
    assert dmarc.authentic and "dmarc=pass" in dmarc.reason
    assert vouches(["mail.police.example.in; dkim=pass header.i=@police.example.in"], OURS, POLICE).authentic


def test_a_pass_for_a_foreign_domain_does_not_vouch():
    verdict = vouches(["mail.police.example.in; dkim=pass header.d=evil.example; dmarc=pass header.from=evil.example"],
                      OURS, POLICE)
    assert not verdict.authentic and verdict.failure == DKIM_FAILED
    assert verdict.reason == ("DKIM failed: mail.police.example.in: no aligned pass "
                              "(dkim=pass header.d=evil.example, dmarc=pass header.from=evil.example)")
    # a bare pass with no domain at all says nothing about the sender either
    assert not vouches(["mail.police.example.in; dkim=pass; dmarc=pass"], OURS, POLICE).authentic


def test_only_the_topmost_header_counts():
    forged = "mail.police.example.in; dkim=pass header.d=police.example.in"
    # our MTA's own verdict on top, the sender's forged copy of our header below it
    verdict = vouches(["mail.police.example.in; dkim=fail header.d=police.example.in", forged], OURS, POLICE)
    assert not verdict.authentic and verdict.failure == DKIM_FAILED
    # another server's header on top: fail closed, even with a pass under our id below
    verdict = vouches(["mx.evil.example; dkim=pass header.d=police.example.in", forged], OURS, POLICE)
    assert not verdict.authentic and verdict.failure == UNTRUSTED_RESULTS
    assert "mx.evil.example" in verdict.reason


def test_no_headers_or_no_dkim_result():
    assert vouches([], OURS, POLICE) is None
    verdict = vouches(["mail.police.example.in; spf=pass smtp.mailfrom=police.example.in"], OURS, POLICE)
    assert not verdict.authentic and verdict.failure == NO_RESULTS
    assert not vouches(["mail.police.example.in; dkim=pass header.d=police.example.in"], (), POLICE).authentic


def test_a_second_field_claiming_our_id_makes_a_pass_count_for_nothing():
    # an MTA whose milter puts its field below its own Received, and a sender who wrote one
    # with our id right under it: which is ours cannot be told, so neither pass counts
    ours = "mail.police.example.in; dkim=pass header.d=police.example.in"
    forged = "mail.police.example.in; dkim=pass header.d=police.example.in"
    verdict = vouches([ours, forged], OURS, POLICE)
    assert not verdict.authentic and verdict.failure == UNTRUSTED_RESULTS
    assert "more than one" in verdict.reason
    # two servers of ours, each stamping once under its own id: the top one counts
    assert vouches([ours, "mx2.police.example.in; dkim=pass header.d=police.example.in"],
                   ("mail.police.example.in", "mx2.police.example.in"), POLICE).authentic
