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


_ANSWER = """From: Instagram Safety <no-reply@mail.instagram.com>
Subject: IGSR0000001
Content-Type: text/plain; charset=utf-8

Case ID ........ IGSR0000001
Full name ...... Test Person
Account link ... https://www.instagram.com/test.person/
Phone number ... 0091 90000 00123
Email .......... test.person@example.in
Time of post ... 2026-11-28T06:40:42Z
IP address ..... 203.0.113.7 [Sat, 28 Nov 2026 08:51:38 +0530]

-------- Your earlier request --------
> From: SHO Test <sho-test@police.example.in>
> Date: 23 Nov 2026
> Subject: Emergency request, FIR 884/2026
>
> Kindly share the details of the account. Complainant: brother, mobile 06005 609 536.
"""

_FORWARD = """From: Cyber Cell <cyber@police.example.in>
Subject: Fwd: urgent
Content-Type: text/plain; charset=utf-8

For necessary action. Inspector Test, Mob 94140 00000

> From: Instagram <safety@instagram.com>
> Date: 23 Nov 2026
> Subject: IGSR0000002
>
> Full name: Test Person
> Account link: https://www.instagram.com/test.person/
> Phone: 0091 90000 00123
> IP: 203.0.113.7 at 2026-11-28 08:51 IST
"""


def test_a_platform_answer_quoting_the_police_request_is_read_as_itself_and_a_police_forward_as_its_inner_mail():
    answer = report_source(normalise(_ANSWER.encode()))
    assert not answer.forwarded and "Test Person" in answer.text
    forward = report_source(normalise(_FORWARD.encode()))
    assert forward.forwarded and forward.from_addr == "safety@instagram.com"
