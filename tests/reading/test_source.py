"""Which part of a mail holds the platform's words (source.report_source)."""

from daemon.reading.message import normalise
from daemon.reading.reader import ReadingRules, read
from daemon.reading.source import report_source

RULES = ReadingRules(message_id_domain="lifeline.police.example.in")

REPLY_FORWARD = """\
From: "SI Kavita Rathore" <cyber-kota@rajpolice.gov.in>
To: scrb-sm-desk@police.example.in
Subject: Re: Emergency Referral: Instagram user may be at risk of self-harm [Ref IG-55501234]
Date: Sat, 21 Nov 2026 23:13:24 +0000
Message-ID: <q1@rajpolice.gov.in>
Content-Type: text/plain; charset="utf-8"

Please take urgent action.

Regards,
SI Kavita Rathore
Mob: +91 94130 55555

On Sun, 22 Nov 2026 at 02:29, Instagram Safety <no-reply@mail.instagram.com> wrote:
> Hello,
>
> Report ID: IG-55501234
> Full name: Rohit Saini
> Profile: https://www.instagram.com/rohit.saini_41/
> Mobile: +91 98290 41736
> Location: Kota
> Post text: I am done with everything.
>
> Law Enforcement Response Team
"""


def test_a_note_over_a_quoted_platform_mail_is_a_forward_of_that_mail():
    source = report_source(normalise(REPLY_FORWARD.encode()))
    assert source.forwarded and source.from_addr == "no-reply@mail.instagram.com"
    assert "Full name: Rohit Saini" in source.text and "94130" in source.note and "94130" not in source.text


def test_the_quoted_report_is_read_and_the_officers_phone_is_not_the_persons():
    reading = read(REPLY_FORWARD.encode(), RULES)
    assert reading.kind.value == "platform_report" and reading.authentic is False
    assert reading.report.subject_name == "Rohit Saini" and reading.report.phones == ("+919829041736",)


def test_a_platform_answer_quoting_a_short_police_request_stays_the_platforms_own_text():
    mail = """\
From: Meta LERT <records@fb.com>
To: cyber-kota@rajpolice.gov.in
Subject: Re: request
Message-ID: <q2@fb.com>
Content-Type: text/plain

Name: Rohit Saini
Mobile: +91 98290 41736
Profile: https://www.facebook.com/rohit.saini41
Post text: I am done with everything.

On Sat, 21 Nov 2026, SI Kavita Rathore <cyber-kota@rajpolice.gov.in> wrote:
> Please share details. Mob: +91 94130 55555
"""
    source = report_source(normalise(mail.encode()))
    assert not source.forwarded and source.from_addr == "records@fb.com"


def test_thousands_of_blank_lines_read_in_linear_time():
    # the reply-quote patterns began each line with \s* under re.M, which ran over every blank
    # line below: 20,000 blank lines took 93 s
    import time

    raw = (b"From: records@support.facebook.com\nSubject: Emergency Referral self-harm\n\n"
           b"Name: Test Person One\n" + b" \n" * 50_000 + b"Mobile: +91 90000 00001\n")
    started = time.perf_counter()
    reading = read(raw, ReadingRules(message_id_domain="lifeline.police.example.in"))
    assert time.perf_counter() - started < 5
    assert reading.report is not None and reading.report.phones == ("+919000000001",)


def test_a_markdown_quote_signed_with_a_time_is_kept_and_a_reply_quote_is_not():
    from daemon.reading.source import without_quote

    text = ("Name: Test Person\nCity: Kota\nRef: 123\n\n> Tonight I end it.\n> — 21 Nov 2026, 03:01 AM IST\n\n"
            "> Dear team, please share the details of the account.\n> Inspector, Cyber Cell\n")
    out = without_quote(text)
    assert "Tonight I end it.\n— 21 Nov 2026, 03:01 AM IST" in out
    assert "Dear team" not in out
