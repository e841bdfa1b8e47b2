"""Classification: one kind per mail, in the order that keeps replies and bounces out of intake."""

from __future__ import annotations

from daemon.reading.classify import CASE_TAG, Kind, case_ref, classify, is_auto_reply
from daemon.reading.message import normalise

DOMAIN = "lifeline.police.example.in"
REPORT_BODY = "Emergency referral: risk of self-harm.\nName: Test Person\nMobile: 98290 41736\n"


def kind(raw: str) -> Kind:
    return classify(normalise(raw.encode()), DOMAIN)


def test_case_tag_pattern():
    assert CASE_TAG.search("Re: [LL-2026-000123] HIGH").group(1) == "LL-2026-000123"


def test_threading_header_beats_subject():
    m = normalise(b"From: a@p.example\nSubject: Re: [LL-2026-000999] x\n"
                  b"In-Reply-To: <LL-2026-000123.forward.1@lifeline.police.example.in>\n\nACK")
    assert case_ref(m, DOMAIN) == "LL-2026-000123"


def test_foreign_message_id_with_ll_shape_is_ignored():
    m = normalise(b"From: a@p.example\nSubject: Re: x\nIn-Reply-To: <LL-2026-000123.forward.1@evil.example>\n\nACK")
    assert case_ref(m, DOMAIN) is None


def test_platform_report():
    assert kind(f"From: records@support.facebook.com\nSubject: Emergency Referral\n\n{REPORT_BODY}") is Kind.PLATFORM_REPORT


def test_report_words_without_identifying_facts_is_other():
    assert kind("From: news@x.example\nSubject: suicide prevention day\n\nJoin us.") is Kind.OTHER


def test_reply_quoting_our_forward_is_never_a_report():
    quoted = "\n".join("> " + line for line in REPORT_BODY.splitlines())
    raw = f"From: sho@police.example\nSubject: Re: [LL-2026-000001] HIGH risk\n\nACK\n{quoted}\n"
    assert kind(raw) is Kind.ACK_REPLY


def test_auto_submitted_on_reply_is_auto_reply():
    raw = ("From: do@police.example\nSubject: Re: [LL-2026-000001] x\nAuto-Submitted: auto-replied\n\n"
           "I am away.")
    assert kind(raw) is Kind.AUTO_REPLY


def test_auto_generated_platform_report_stays_a_report():
    raw = f"From: n@facebookmail.com\nSubject: Emergency Referral\nAuto-Submitted: auto-generated\n\n{REPORT_BODY}"
    assert kind(raw) is Kind.PLATFORM_REPORT


def test_command_reply_mentioning_leave_is_not_auto():
    m = normalise(b"From: do@p.example\nSubject: Re: [LL-2026-000001] x\n\nACK. I am on leave until Monday but SHO sent.")
    assert not is_auto_reply(m)
    assert classify(m, DOMAIN) is Kind.ACK_REPLY


def test_bounce_beats_everything_even_with_a_report_inside():
    raw = ("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\n\n"
           f"Subject: [LL-2026-000005] alert\n{REPORT_BODY}")
    assert kind(raw) is Kind.BOUNCE
    assert case_ref(normalise(raw.encode()), DOMAIN) == "LL-2026-000005"


def test_own_outgoing_copy_is_other():
    raw = f"From: scrb-sm-desk@police.example.in\nSubject: [LL-2026-000001] HIGH\nMessage-ID: <LL-2026-000001.forward.1@{DOMAIN}>\n\n{REPORT_BODY}"
    assert kind(raw) is Kind.OTHER


def test_malformed():
    assert classify(normalise(b""), DOMAIN) is Kind.MALFORMED
    assert classify(normalise(b"\x00\x01\x02garbage"), DOMAIN) is Kind.MALFORMED
    assert kind("X-A: 1\n\n") is Kind.MALFORMED


def test_hindi_report_words():
    raw = "From: a@police.example\nSubject: सूचना\n\nआत्महत्या का खतरा\nनाम: परीक्षण व्यक्ति\nमोबाइल: 9829041736\n"
    assert kind(raw) is Kind.PLATFORM_REPORT
