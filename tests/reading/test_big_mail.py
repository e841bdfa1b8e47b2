"""A mail over the size limit keeps its facts: every text part is read, only big parts are
cut or left out, and what was left out is said (Message.not_read, a problem)."""

from __future__ import annotations

import base64
import hashlib
import os
import random
import time

from daemon.reading.message import Limits, normalise
from daemon.reading.reader import ReadingRules, read
from daemon.reading.slim import slim
from tests.helpers import example

RULES = ReadingRules(message_id_domain="lifeline.police.example.in")
MB = 1_000_000


def with_attachment(raw: bytes, size: int, name: str = "screenshot.png", ctype: str = "image/png",
                    nl: bytes = b"\r\n") -> bytes:
    """The example Facebook report with a random ``size``-byte attachment (base64, as clients send)."""
    head, body = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)
    head = head.replace(b'Content-Type: text/plain; charset="UTF-8"', b"Content-Type: multipart/mixed; boundary=\"==b1==\"")
    blob = base64.encodebytes(random.Random(size).randbytes(size))
    mail = (head + b"\n\nThis is a multi-part message.\n--==b1==\nContent-Type: text/plain; charset=\"UTF-8\"\n"
            b"Content-Transfer-Encoding: 8bit\n\n" + body + b"\n--==b1==\nContent-Type: " + ctype.encode()
            + b"; name=\"" + name.encode() + b"\"\nContent-Disposition: attachment; filename=\"" + name.encode()
            + b"\"\nContent-Transfer-Encoding: base64\n\n" + blob + b"--==b1==--\nepilogue\n")
    return mail.replace(b"\n", nl)


def test_report_with_a_15_mb_screenshot_keeps_name_phone_and_post():
    raw = with_attachment(example("facebook_plain.eml"), 15 * MB)
    assert len(raw) > 16 * 1024 * 1024  # over the limit: today only the headers were read
    started = time.perf_counter()
    reading = read(raw, RULES)
    took = time.perf_counter() - started
    report = reading.report
    assert reading.kind.value == "platform_report"
    assert report.subject_name == "Suresh Meghwal"
    assert report.phones == ("+919829041736",)
    assert report.post_text.startswith("सब को अलविदा।")
    (shot,) = reading.message.attachments
    assert shot.filename == "screenshot.png" and shot.text is None and shot.size == 15 * MB
    assert reading.message.not_read == ("attachment 'screenshot.png' (image/png, 15.0 MB) not read",)
    assert any("exceeds the 16777216-byte limit: attachment 'screenshot.png'" in p for p in reading.problems)
    assert reading.message.sha256 == hashlib.sha256(raw).hexdigest() and reading.message.size == len(raw)
    assert took < 2.0, f"{took:.2f}s"


def test_a_small_mail_is_read_as_before():
    raw = with_attachment(example("facebook_plain.eml"), 2 * MB)
    message = normalise(raw)
    assert message.not_read == () and not any("limit" in p for p in message.problems)
    assert message.attachments[0].size > 2 * MB


def test_a_big_text_body_is_cut_not_dropped():
    filler = ("Some long log line that goes on. " * 3 + "\n").encode() * 60_000
    raw = with_attachment(example("facebook_plain.eml").replace(b"Reference number", filler + b"Reference number"), 1000)
    limits = Limits(max_bytes=3 * MB, max_part_bytes=1 * MB)
    message = normalise(raw, limits)
    assert message.not_read == ("text part (text/plain, 6.1 MB) read only in part",)
    assert message.text.startswith("Hello,") and "Some long log line" in message.text
    assert message.attachments[0].filename == "screenshot.png"  # the small part after it is still read


def test_big_part_inside_a_forwarded_message_is_left_out():
    inner = with_attachment(example("facebook_plain.eml"), 3 * MB, name="video.mp4", ctype="video/mp4")
    raw = (b"From: cyber.cell@police.example.in\r\nTo: scrb-sm-desk@police.example.in\r\nSubject: Fwd: report\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=outer\r\n\r\n--outer\r\n"
           b"Content-Type: text/plain\r\n\r\nPlease act.\r\n--outer\r\nContent-Type: message/rfc822\r\n\r\n"
           + inner + b"\r\n--outer--\r\n")
    message = normalise(raw, Limits(max_bytes=2 * MB, max_part_bytes=1 * MB))
    assert "Please act." in message.text
    (inner_message,) = message.embedded
    assert "Suresh Meghwal" in inner_message.text
    assert inner_message.attachments[0].filename == "video.mp4" and inner_message.attachments[0].text is None
    assert message.not_read == ("attachment 'video.mp4' (video/mp4, 3.0 MB) not read",)


def test_a_missing_close_delimiter_still_leaves_out_the_big_part():
    raw = with_attachment(example("facebook_plain.eml"), 3 * MB, nl=b"\n").replace(b"--==b1==--\nepilogue\n", b"")
    message = normalise(raw, Limits(max_bytes=2 * MB, max_part_bytes=1 * MB))
    assert "Suresh Meghwal" in message.text and len(message.not_read) == 1


def test_one_huge_body_with_no_parts_falls_back_to_the_headers_and_says_so():
    raw = b"From: a@b.example\r\nSubject: big\r\n\r\n" + b"x" * 3000
    message = normalise(raw, Limits(max_bytes=1000, max_part_bytes=100_000))
    assert message.subject == "big" and message.text == ""
    assert message.not_read == ("the body (no single part was big enough to leave out)",)


def test_slim_never_raises_and_never_grows_a_mail():
    rng = random.Random(13)
    base = with_attachment(example("facebook_plain.eml"), 50_000)
    for _ in range(300):
        raw = bytearray(base)
        for _ in range(rng.randint(1, 30)):
            at = rng.randrange(len(raw))
            raw[at:at + rng.randint(0, 40)] = os.urandom(rng.randint(0, 40)) if rng.random() < 0.5 else b"\n--==b1==\n"
        out, _ = slim(bytes(raw), 4_000, 8)
        assert len(out) <= len(raw) + 60
        normalise(bytes(raw), Limits(max_bytes=10_000, max_part_bytes=4_000))  # never raises


def test_forward_and_desk_notice_say_what_was_not_read(tmp_path):
    import email
    import email.policy

    from tests.app.test_apply import handle, make_desk

    config, store, desk = make_desk(tmp_path)
    outcome = handle(desk, config, with_attachment(example("facebook_plain.eml"), 15 * MB), 1)
    case = store.get_case(outcome.case_id)
    assert case["state"] == "forwarded" and case["report"]["subject_name"] == "Suresh Meghwal"
    assert any(e["kind"] == "not_read" and "screenshot.png" in e["detail"] for e in case["events"])
    mails = {m.purpose: email.message_from_bytes(store.outgoing_raw(m), policy=email.policy.default)
             for m in store.pending_outgoing()}
    forward = mails["forward"].get_body(("plain",)).get_content()
    assert "Suresh Meghwal" in forward and "+919829041736" in forward and "सब को अलविदा।" in forward
    assert "NOT READ BY LIFELINE" in forward and "attachment 'screenshot.png' (image/png, 15.0 MB) not read" in forward
    assert "screenshot.png" in mails["forward"].get_body(("html",)).get_content()
    [notice] = [m for p, m in mails.items() if p.startswith("desk-")]
    text = notice.get_body(("plain",)).get_content()
    assert "part of the mail was not read" in str(notice["Subject"])
    assert "Not read by Lifeline (the mail was too big to read whole): attachment 'screenshot.png'" in text
