"""MIME normalisation: encodings, charsets, HTML, forwards, limits."""

from __future__ import annotations

import base64

from daemon.reading.html_text import html_to_text
from daemon.reading.message import Limits, decode_bytes, find_inline_forward, normalise


def mail(headers: str, body: bytes | str) -> bytes:
    if isinstance(body, str):
        body = body.encode("utf-8")
    return headers.strip().encode() + b"\n\n" + body


def test_rfc2047_headers_and_addresses_lowercased():
    raw = mail(
        "From: =?UTF-8?B?" + base64.b64encode("थाना कोटा".encode()).decode() + "?= <PS-Kota@Police.Example.IN>\n"
        "To: A <a@x.example>, b@Y.example\nCc: c@z.example\n"
        "Subject: =?UTF-8?Q?Alert_=E2=80=93_test?=\nMessage-ID: <m1@x.example>\n"
        "In-Reply-To: <LL-2026-000001.forward.1@lifeline.example>\nDate: Mon, 30 Nov 2026 10:00:00 +0530",
        "hello",
    )
    m = normalise(raw)
    assert m.from_addr == "ps-kota@police.example.in" and m.from_name == "थाना कोटा"
    assert m.subject == "Alert – test"
    assert m.to == ("a@x.example", "b@y.example", "c@z.example")
    assert m.in_reply_to == ("LL-2026-000001.forward.1@lifeline.example",)
    assert m.date is not None and m.date.utcoffset().total_seconds() == 19800
    assert m.problems == ()


def test_raw_utf8_header_bytes_are_read():
    m = normalise(mail("From: a@b.example\nSubject: नमस्ते report", "x"))
    assert m.subject == "नमस्ते report"


def test_unknown_charset_falls_back_and_says_so():
    problems: list[str] = []
    assert decode_bytes("माँ".encode(), "x-nonsense", "part", problems) == "माँ"
    assert problems and "unknown charset" in problems[0]


def test_latin1_label_on_utf8_bytes_is_read_as_utf8():
    problems: list[str] = []
    assert decode_bytes("मोबाइल".encode(), "iso-8859-1", "part", problems) == "मोबाइल"
    assert "UTF-8" in problems[0]


def test_invalid_utf8_falls_back_to_cp1252():
    problems: list[str] = []
    assert decode_bytes(b"caf\xe9 \x93x\x94", "utf-8", "part", problems) == "café “x”"
    assert problems


def test_alternative_prefers_plain_but_keeps_html_links():
    raw = mail(
        "From: a@b.example\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b",
        "--b\nContent-Type: text/plain\n\nplain view\n--b\nContent-Type: text/html\n\n"
        '<p>html view <a href="https://www.instagram.com/some.one/">profile</a></p>\n--b--\n',
    )
    m = normalise(raw)
    assert m.text == "plain view"
    assert m.links == ("https://www.instagram.com/some.one/",)


def test_empty_plain_alternative_uses_html():
    raw = mail(
        "From: a@b.example\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b",
        "--b\nContent-Type: text/plain\n\n\n--b\nContent-Type: text/html\n\n<p>Name: X Y</p>\n--b--\n",
    )
    assert normalise(raw).text == "Name: X Y"


def test_html_table_rows_become_label_value_lines_and_scripts_vanish():
    text, links = html_to_text(
        "<html><head><style>p{}</style><script>var x='Name: no';</script></head><body>"
        "<table><tr><th>Full name</th><td>Asha &amp; Co</td></tr><tr><td>A</td><td>B</td><td>C</td></tr></table>"
        "<p>one<br>two</p></body></html>"
    )
    assert [line for line in text.splitlines() if line] == ["Full name: Asha & Co", "A | B | C", "one", "two"]
    assert links == []


def test_message_rfc822_attachment_is_embedded():
    inner = "From: records@support.facebook.com\nSubject: inner report\n\nName: Inner Person\n"
    raw = mail(
        "From: a@police.example\nSubject: Fwd\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b",
        f"--b\nContent-Type: text/plain\n\nsee attached\n--b\nContent-Type: message/rfc822\n\n{inner}\n--b--\n",
    )
    m = normalise(raw)
    assert m.text == "see attached"
    assert len(m.embedded) == 1
    assert m.embedded[0].from_addr == "records@support.facebook.com"
    assert "Inner Person" in m.embedded[0].text


def test_csv_attachment_text_is_kept():
    raw = mail(
        "From: a@b.example\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b",
        "--b\nContent-Type: text/plain\n\nbody\n--b\nContent-Type: application/octet-stream\n"
        "Content-Disposition: attachment; filename=ips.csv\nContent-Transfer-Encoding: base64\n\n"
        + base64.b64encode(b"time,ip\n2026-11-30 10:00,1.2.3.4\n").decode() + "\n--b--\n",
    )
    (att,) = normalise(raw).attachments
    assert att.filename == "ips.csv" and "1.2.3.4" in att.text


def test_inline_forward_split_with_pseudo_headers():
    fwd = find_inline_forward(
        "please act\n\n---------- Forwarded message ---------\nFrom: FB <records@support.facebook.com>\n"
        "Date: Sat, 28 Nov 2026 at 23:59\nSubject: Emergency Referral\n\nName: X\n"
    )
    assert fwd is not None
    assert fwd.note == "please act"
    assert fwd.from_addr == "records@support.facebook.com" and fwd.subject == "Emergency Referral"
    assert "Name: X" in fwd.body


def test_size_limit_reads_headers_only():
    raw = mail("From: a@b.example\nSubject: big", "x" * 5000)
    m = normalise(raw, Limits(max_bytes=1000))
    assert m.subject == "big" and m.text == ""
    assert any("exceeds" in p for p in m.problems)
    assert m.size == len(raw)


def test_part_count_limit():
    parts = "".join(f"--b\nContent-Type: text/plain\n\npart {i}\n" for i in range(50))
    raw = mail("From: a@b.example\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b",
               parts + "--b--\n")
    m = normalise(raw, Limits(max_parts=10))
    assert any("MIME parts" in p for p in m.problems)
    assert "part 8" in m.text and "part 20" not in m.text


def test_depth_limit():
    body, close = "", ""
    for i in range(30):
        body += f"--b{i}\nContent-Type: multipart/mixed; boundary=b{i + 1}\n\n"
        close = f"--b{i}--\n" + close
    body += "--b30\nContent-Type: text/plain\n\ndeep\n--b30--\n" + close
    raw = mail("From: a@b.example\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b0", body)
    m = normalise(raw, Limits(max_depth=5))
    assert any("nesting deeper" in p for p in m.problems)
    assert "deep" not in m.text


def test_text_limit_cuts_long_parts():
    m = normalise(mail("From: a@b.example\nSubject: s", "y" * 5000), Limits(max_text_chars=1000))
    assert len(m.text) == 1000
    assert any("longer than" in p for p in m.problems)


def test_non_bytes_and_garbage_never_raise():
    assert normalise(b"").has_headers is False
    assert normalise(bytes(range(256))).subject == ""
    assert normalise("not bytes").size == 0  # type: ignore[arg-type]


def test_a_saved_mail_attached_as_a_file_is_embedded():
    inner = b"From: Facebook <records@facebookmail.com>\nSubject: Emergency referral\n\nName: Test Person\n"
    raw = mail("Content-Type: multipart/mixed; boundary=b",
               b"--b\nContent-Type: text/plain\n\nsaved mail attached\n--b\nContent-Type: application/octet-stream; "
               b"name=\"r.eml\"\nContent-Disposition: attachment; filename=\"r.eml\"\nContent-Transfer-Encoding: base64\n\n"
               + base64.encodebytes(inner) + b"--b--\n")
    (embedded,) = normalise(raw).embedded
    assert embedded.from_addr == "records@facebookmail.com" and "Test Person" in embedded.text


def test_a_plain_stub_gives_way_to_the_html_view():
    raw = mail("Content-Type: multipart/alternative; boundary=a",
               "--a\nContent-Type: text/plain\n\nThis message is best viewed in an HTML-capable email client.\n"
               "--a\nContent-Type: text/html\n\n<table><tr><td>Name</td><td>Test Person</td></tr>"
               "<tr><td>Mobile</td><td>+91 90000 00123</td></tr></table>\n--a--\n")
    assert "Name: Test Person" in normalise(raw).text


def test_a_plain_summary_gives_way_to_an_html_view_with_more_facts():
    """The plain part had the account, the HTML also the IP log and the post: read the HTML."""
    raw = mail("Content-Type: multipart/alternative; boundary=a",
               "--a\nContent-Type: text/plain\n\nName: Test Person\nMobile: 09000000123\n"
               "--a\nContent-Type: text/html\n\n<div>NAME</div><div>Test Person</div><div>MOBILE</div>"
               "<div>09000000123</div><div>SIGN-IN</div><div>203.0.113.7 2026-12-01T20:15:33+05:30</div>"
               "<div>SIGN-IN</div><div>203.0.113.9 2026-12-01T18:50:59+05:30</div>\n--a--\n")
    text = normalise(raw).text
    assert "203.0.113.9" in text and "Test Person" in text


def test_an_html_view_saying_the_same_keeps_the_plain_part():
    raw = mail("Content-Type: multipart/alternative; boundary=a",
               "--a\nContent-Type: text/plain\n\nIP 203.0.113.7 at 2026-12-01T20:15:33+05:30\n"
               "--a\nContent-Type: text/html\n\n<p>IP <b>203.0.113.7</b> at 2026-12-01T20:15:33+05:30</p>"
               "<p>Menlo Park, CA 94025</p>\n--a--\n")
    assert normalise(raw).text == "IP 203.0.113.7 at 2026-12-01T20:15:33+05:30"


def test_an_export_sent_as_octet_stream_is_text_by_its_name():
    payload = base64.b64encode(b'{"push_name": "Test Person"}').decode()
    raw = ("From: a@whatsapp.com\nSubject: disclosure\nMIME-Version: 1.0\n"
           'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nSee attached.\n'
           "--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
           f'Content-Disposition: attachment; filename="WA-1.json"\n\n{payload}\n'
           "--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
           'Content-Disposition: attachment; filename="photo.jpg"\n\n/9j/4AAQ\n--b--\n')
    by_name = {a.filename: a.text for a in normalise(raw.encode()).attachments}
    assert by_name == {"WA-1.json": '{"push_name": "Test Person"}', "photo.jpg": None}


def test_a_flat_plain_dump_gives_way_to_the_htmls_labelled_list():
    pairs = [("Account holder", "Test Person"), ("Mobile", "09000000123"), ("Current city", "Test Nagar"),
             ("Post text", "words"), ("Last IP", "203.0.113.7"), ("Request ID", "TH-1")]
    plain = "\n".join(f" {k} {v} " for k, v in pairs)
    html = "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"
    raw = mail("Content-Type: multipart/alternative; boundary=a",
               f"--a\nContent-Type: text/plain\n\n{plain}\n--a\nContent-Type: text/html\n\n{html}\n--a--\n")
    assert "Current city: Test Nagar" in normalise(raw).text


def test_format_flowed_soft_breaks_are_joined():
    raw = (b"From: a@example.com\nSubject: x\nContent-Type: text/plain; charset=utf-8; format=flowed\n\n"
           b"The person's name is Geeta Bishnoi and the phone number is \n78541-85773. \n User ID: 22128724405.\n"
           b"-- \nsig\n")
    lines = normalise(raw).text.splitlines()
    assert lines[0] == "The person's name is Geeta Bishnoi and the phone number is 78541-85773. User ID: 22128724405."
    assert lines[1:] == ["-- ", "sig"]
    plain = normalise(raw.replace(b"; format=flowed", b"")).text.splitlines()
    assert plain[0] == "The person's name is Geeta Bishnoi and the phone number is "  # not flowed: as written


def test_no_break_and_zero_width_spaces_from_web_pages_read_as_plain_text():
    raw = ("From: a@example.org\nSubject: s\nContent-Type: text/plain; charset=utf-8\n\n"
           "Name:\u00a0Test\u200b Person\nMobile\u202f:\ufeff 90000\u200b00123\nनाम: रा\u200dम\n").encode()
    assert normalise(raw).text.splitlines() == ["Name: Test Person", "Mobile : 9000000123", "नाम: रा\u200dम"]
