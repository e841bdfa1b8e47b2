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


# -- bounces: a sign is not enough from a person who forwards a platform's mail

_SIGNATURE = "SI Rameshwar Meena, si.rm@rajpolice.example.in, Mob. 94140 12345\n"  # flufl's LLNL detector takes it for a failed address


def _bounce(raw: str, reported: bool = True) -> bool:
    from daemon.reading.classify import is_bounce

    return is_bounce(normalise(raw.encode()), reported)


def test_a_persons_forward_of_a_platform_mail_is_no_bounce_whatever_flufl_found():
    attached = ("From: si.rm@rajpolice.example.in\nSubject: Please route\nContent-Type: multipart/mixed; boundary=b\n\n"
                f"--b\nContent-Type: text/plain\n\n{_SIGNATURE}\n--b\nContent-Type: message/rfc822\n\n"
                f"From: Facebook <records@facebookmail.com>\nSubject: Emergency notification\n\n{REPORT_BODY}\n--b--\n")
    pasted = ("From: si.rm@rajpolice.example.in\nSubject: urgent\n\n" + _SIGNATURE
              + "---------- Forwarded message ---------\nFrom: Instagram <security@mail.instagram.com>\n"
              f"Subject: a person may need help\n\n{REPORT_BODY}")
    fwd_subject = f"From: si.rm@rajpolice.example.in\nSubject: FW: referral\n\n{_SIGNATURE}{REPORT_BODY}"
    for raw in (attached, pasted, fwd_subject):
        assert not _bounce(raw)


def test_a_platform_mail_is_no_bounce_unless_it_carries_a_delivery_status():
    assert not _bounce(f"From: records@facebookmail.com\nSubject: Emergency notification\n\n{_SIGNATURE}{REPORT_BODY}")
    dsn = ("From: records@facebookmail.com\nSubject: x\nContent-Type: multipart/report; report-type=delivery-status; "
           "boundary=b\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\n"
           "Final-Recipient: rfc822; a@b.example\nAction: failed\n\n--b--\n")
    assert _bounce(dsn, reported=False)


def test_a_mail_system_or_a_stranger_with_bounce_signs_is_a_bounce():
    assert _bounce("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail\n\nsorry\n", reported=False)
    assert _bounce("Return-Path: <>\nFrom: ops@mx.example\nSubject: note\n\nlost\n")
    # an MTA with a made-up mailbox (flufl's samples: imss@, mdaemon@, "system administrator"@): still a bounce
    assert _bounce("From: imss@kviv.example\nSubject: Mail could not be delivered\n\nFailed addresses follow:\n")
    # a person's mail with no forward in it but bounce words: the signs stand
    assert _bounce("From: admin@example.com\nSubject: Non-Delivery: your message\n\nx\n", reported=False)
    # a read receipt is no bounce; a report-type that is not delivery status is none either
    assert not _bounce("From: a@b.example\nSubject: Read: x\nContent-Type: multipart/report; "
                       "report-type=disposition-notification; boundary=b\n\n--b--\n", reported=False)


def test_a_persons_own_mail_with_a_signature_flufl_misreads_is_no_bounce():
    raw = f"From: si.rm@rajpolice.example.in\nSubject: girl at risk, please route\n\n{REPORT_BODY}\n{_SIGNATURE}"
    assert not _bounce(raw)
    assert _bounce(raw.replace("please route", "please route") + "\nYour mail could not be delivered to x@y.example\n")


def _with_attachment(text: str, ctype: str, filename: str) -> str:
    return ("From: Facebook <records@facebookmail.com>\nSubject: Emergency Disclosure Request - Case 7734030011\n"
            "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n" + text +
            f"\n--b\nContent-Type: {ctype}\nContent-Disposition: attachment; filename={filename}\n"
            "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJSVFT0YK\n--b--\n")


def test_an_emergency_whose_facts_are_in_a_pdf_is_a_possible_report_not_a_notice():
    raw = _with_attachment("Please find attached the records responsive to your emergency request.\n",
                           "application/pdf", "records.pdf")
    assert kind(raw) is Kind.POSSIBLE_REPORT


def test_a_platform_mail_whose_only_words_are_in_an_attachment_of_a_type_nobody_listed_is_held():
    # no emergency words, an unknown type: the facts may be in it, so a person must look
    raw = _with_attachment("Please see the details in the attached file.\n", "application/x-lea-export", "case.lea")
    assert kind(raw) is Kind.POSSIBLE_REPORT


def test_a_platform_newsletter_with_a_logo_stays_a_notice():
    raw = _with_attachment("Our self-harm prevention programme grows: join the webinar.\n", "image/png", "logo.png")
    assert kind(raw) is Kind.PLATFORM_NOTICE


def test_an_officers_forward_of_one_of_our_bounces_stays_a_bounce():
    raw = ("From: sho.sadar@rajpolice.example.in\nSubject: FW: Undelivered Mail Returned to Sender\n"
           "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSir, this came back.\n"
           "--b\nContent-Type: message/rfc822\n\nFrom: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to "
           "Sender\n\nThis is the mail system. Your message could not be delivered to do-sadar@police.example.in\n"
           "Subject: [LL-2026-000005] HIGH risk\n--b--\n")
    assert kind(raw) is Kind.BOUNCE


def test_a_platform_mail_with_a_mobile_number_in_a_layout_nobody_foresaw_is_held_not_a_notice():
    # a column table the label reader does not follow: the number must reach a person
    raw = ("Authentication-Results: mail.police.example.in; dkim=pass header.d=facebook.com; "
           "dmarc=pass header.from=facebook.com\nFrom: Facebook <ler@support.facebook.com>\n"
           "To: scrb-sm-desk@police.example.in\nSubject: Emergency 3389120001\n\n"
           "Case Number     Name               Mobile           Location\n"
           "3389120001      Test Person Kumar  9413-600-001     Tonk\n")
    assert kind(raw) in (Kind.POSSIBLE_REPORT, Kind.PLATFORM_REPORT)
    digest = raw.replace("9413-600-001", "9726462198").replace("Mobile", "Status")
    assert kind(digest.replace("Emergency", "Weekly digest")) is Kind.PLATFORM_NOTICE
