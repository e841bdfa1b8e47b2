"""Deterministic fuzzed and adversarial mails for the HQ mailbox (seeded ``random.Random``).

Each generated mail has a category (what it attacks) so a test can say which kind misbehaved.
Genuine reports use ``numbered_report`` (fictional people); header-injection variants are
genuine-looking reports whose name / place / reference / subject / sender carry CR, LF and
other line breaks followed by ``Bcc:`` and other headers, raw or RFC 2047 / base64 / QP
encoded, so they travel through parsing into the mails Lifeline composes.
"""

from __future__ import annotations

import base64
import gzip
import io
import itertools
import quopri
import random
import zipfile
from dataclasses import dataclass
from typing import Callable

from tests.helpers import numbered_report

HQ = "scrb-sm-desk@police.example.in"
EVIL = "attacker@evil.example"
GENUINE_BASE = 500_000  # person numbers of genuine reports
INJECT_BASE = 600_000  # person numbers of injection variants
BIG_ZEROS = 5 * 1024 * 1024


@dataclass(frozen=True)
class Fuzzed:
    category: str
    raw: bytes
    person: int | None = None  # numbered_report person for genuine reports


_ids = itertools.count()


def _headers(subject: str = "hello", sender: str = "someone@example.org", extra: str = "") -> str:
    return (f"From: {sender}\r\nTo: {HQ}\r\nSubject: {subject}\r\nDate: Sun, 29 Nov 2026 06:00:00 +0000\r\n"
            f"Message-ID: <fz.{next(_ids)}@example.org>\r\n{extra}")


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def genuine(rng: random.Random, n: int) -> Fuzzed:
    return Fuzzed("genuine", numbered_report(GENUINE_BASE + n), GENUINE_BASE + n)


# -- header injection in fields that reach subjects and composed mails ----------------------
BREAKS = ["\r\n", "\n", "\r", "\r\n\t", "\u2028", "\x85", "\x0b", "\x0c", "\r\n\r\n"]


def _report_text(n: int) -> str:
    raw = numbered_report(INJECT_BASE + n)
    return raw.decode("utf-8")


def _split(raw: str) -> tuple[str, str]:
    head, _, body = raw.partition("\n\n")
    return head, body


def injection(rng: random.Random, n: int) -> Fuzzed:
    brk = rng.choice(BREAKS)
    payload = f"{brk}Bcc: {EVIL}{brk}X-Injected: yes"
    head, body = _split(_report_text(n))
    field = rng.choice(["name", "city", "reference", "subject", "subject2047", "from2047", "messageid"])
    if field == "name":
        body = body.replace(f"Name: Test Person {INJECT_BASE + n}", f"Name: Test Person {INJECT_BASE + n}{payload}")
    elif field == "city":
        body = body.replace("City (profile): Jodhpur, Rajasthan", f"City (profile): Jodhpur{payload}, Rajasthan")
    elif field == "reference":
        body = body.replace("Reference number: ", f"Reference number: 77{INJECT_BASE + n:08d}{payload} ", 1)
    elif field == "subject":
        head = head.replace("Subject: Emergency Referral:", f"Subject: Emergency Referral:{payload.replace(chr(10), chr(10) + ' ')}")
    elif field == "subject2047":
        word = base64.b64encode(f"Emergency Referral{payload} [Ref 77{INJECT_BASE + n:08d}]".encode()).decode()
        head = "\n".join(f"Subject: =?utf-8?b?{word}?=" if line.startswith("Subject:") else line
                         for line in head.split("\n"))
    elif field == "from2047":
        word = quopri.encodestring(f"Facebook{payload}".encode(), header=True).decode()
        head = head.replace("From: Facebook Law Enforcement Response Team",
                            f"From: =?utf-8?q?{word}?=")
    else:
        head = head.replace("Message-ID: <lero.", f"Message-ID: <lero.x{brk.encode().hex()}", 1)
    # the body goes as base64 so raw CR/LF/U+2028 inside a line survive transport unchanged
    head = "\n".join(line for line in head.split("\n") if not line.startswith("Content-Transfer-Encoding"))
    raw = (head.replace("\n", "\r\n") + "\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode("utf-8") \
        + _b64(body.encode("utf-8"))
    return Fuzzed(f"injection-{field}", raw, INJECT_BASE + n)


# -- size and structure ------------------------------------------------------------------------
def huge_headers(rng: random.Random, n: int) -> Fuzzed:
    kind = rng.choice(["long-subject", "many-headers", "long-line", "deep-fold"])
    if kind == "long-subject":
        head = _headers(subject="A" * rng.randint(20_000, 300_000))
    elif kind == "many-headers":
        head = _headers() + "".join(f"X-Filler-{i}: {'v' * rng.randint(1, 80)}\r\n" for i in range(rng.randint(1000, 6000)))
    elif kind == "long-line":
        head = _headers(extra="X-Long: " + "x" * rng.randint(100_000, 1_000_000) + "\r\n")
    else:
        head = _headers(subject="fold" + "\r\n f" * rng.randint(5_000, 20_000))
    return Fuzzed(f"huge-headers-{kind}", (head + "\r\nbody\r\n").encode())


def deep_mime(rng: random.Random, n: int) -> Fuzzed:
    depth = rng.randint(20, 400)
    kind = rng.choice(["multipart", "rfc822"])
    inner = "Content-Type: text/plain\r\n\r\nbottom\r\n"
    for i in range(depth):
        if kind == "multipart":
            b = f"b{i}"
            inner = f'Content-Type: multipart/mixed; boundary="{b}"\r\n\r\n--{b}\r\n{inner}\r\n--{b}--\r\n'
        else:
            inner = f"Content-Type: message/rfc822\r\n\r\nSubject: level {i}\r\n{inner}"
    return Fuzzed(f"deep-mime-{kind}", (_headers(extra="MIME-Version: 1.0\r\n") + inner).encode())


def _attachment_mail(name: str, ctype: str, data: bytes, text: str = "see attachment") -> bytes:
    b = "att-boundary"
    return (_headers(extra=f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{b}"\r\n') +
            f"\r\n--{b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
            f'--{b}\r\nContent-Type: {ctype}; name="{name}"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n').encode() + _b64(data) + f"\r\n--{b}--\r\n".encode()


_BOMBS: dict[str, bytes] = {}


def _gzip_bomb() -> bytes:
    if "gz" not in _BOMBS:  # 64 MB of zeros -> about 64 KB
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as gz:
            block = b"\0" * (1 << 20)
            for _ in range(64):
                gz.write(block)
        _BOMBS["gz"] = buf.getvalue()
    return _BOMBS["gz"]


def _zip_bomb() -> bytes:
    if "zip" not in _BOMBS:  # ten members of 16 MB zeros each
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for i in range(10):
                info = zipfile.ZipInfo(f"part{i}.bin", (2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, b"\0" * (16 << 20), compresslevel=9)
        _BOMBS["zip"] = buf.getvalue()
    return _BOMBS["zip"]


def bomb(rng: random.Random, n: int) -> Fuzzed:
    kind = rng.choice(["gzip", "zip", "gzip-as-text"])
    if kind == "gzip":
        return Fuzzed("bomb-gzip", _attachment_mail("report.txt.gz", "application/gzip", _gzip_bomb()))
    if kind == "zip":
        return Fuzzed("bomb-zip", _attachment_mail("report.zip", "application/zip", _zip_bomb()))
    return Fuzzed("bomb-gzip-as-text", _attachment_mail("report.txt", "text/plain", _gzip_bomb()))


def big_zeros(rng: random.Random, n: int) -> Fuzzed:
    return Fuzzed("big-5mb-zeros", _attachment_mail("zeros.bin", "application/octet-stream", b"\0" * BIG_ZEROS))


# -- encodings and charsets -------------------------------------------------------------------
CHARSETS = ["x-unknown", "utf-7", "rot13", "base64", "zlib", "hex", "idna", "utf-16", "utf-32", "unicode-escape",
            "bz2_codec", "uu", "punycode", "us-ascii\0", "utf-8'x", "", "cp65001", "iso-2022-jp", "utf8",
            "=?utf-8?", "x" * 500]


def bad_encoding(rng: random.Random, n: int) -> Fuzzed:
    kind = rng.choice(["charset", "invalid-utf8", "bad-base64", "bad-qp", "bad-2047", "8bit-header", "bad-cte"])
    text = "Name: Test Person\r\nCity (profile): Jodhpur\r\nText: goodbye\r\n"
    if kind == "charset":
        cs = rng.choice(CHARSETS)
        head = _headers(extra=f'MIME-Version: 1.0\r\nContent-Type: text/plain; charset="{cs}"\r\n')
        body = rng.choice([text.encode(), bytes(rng.getrandbits(8) for _ in range(200)), _b64(b"\xff\xfe" + text.encode())])
        return Fuzzed(f"encoding-charset-{cs[:12]!r}", head.encode() + b"\r\n" + body)
    if kind == "invalid-utf8":
        body = b"Name: Test \xc3\x28 Person \xed\xa0\x80 \xf4\x90\x80\x80\r\nText: \xff\xfe\xfd\r\n"
        return Fuzzed(kind, _headers(extra="Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n").encode() + b"\r\n" + body)
    if kind == "bad-base64":
        body = rng.choice([b"!!!!not base64@@@@\r\n", b"QUJD=\r\nRE=F\r\n", b"QQ\r\n", b"====\r\n", b"\xff\xfe\r\n"])
        return Fuzzed(kind, _headers(extra="Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n").encode() + b"\r\n" + body)
    if kind == "bad-qp":
        body = b"Name: =ZZ=4=\r\n=C3=\r\nText: =E0=A4=\r\n=" * rng.randint(1, 50)
        return Fuzzed(kind, _headers(extra="Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n").encode() + b"\r\n" + body)
    if kind == "bad-2047":
        subject = rng.choice(["=?utf-8?b?!!!?=", "=?x-nope?q?abc?=", "=?utf-8?q?=FF=FE?=", "=?utf-8?b?wqA?=",
                              "=?utf-8*en?B?" + "A" * 5000 + "?=", "=?=?=?==?", "=?utf-8?z?abc?="])
        return Fuzzed(kind, (_headers(subject=subject, sender=f"=?utf-8?b?!!?= <{subject[:20]}@x>") + "\r\nbody\r\n").encode())
    if kind == "8bit-header":
        return Fuzzed(kind, _headers(subject="x").encode() + b"X-Raw: \xff\xfe\x00\x80\r\nSubject: \xe0\xa4\r\n\r\nbody\r\n")
    cte = rng.choice(["x-uuencode", "7bit; x=\"", "binary", "base64 base64", "gzip", "\x00"])
    return Fuzzed("encoding-cte", (_headers(extra=f"Content-Transfer-Encoding: {cte}\r\n") + "\r\nbegin 644 x\r\n`\r\nend\r\n").encode())


# -- content ------------------------------------------------------------------------------------
def html_script(rng: random.Random, n: int) -> Fuzzed:
    kind = rng.choice(["script", "nested", "entities", "malformed"])
    if kind == "script":
        html = "<html><head><script>alert(1)</script><style>*{}</style></head><body onload=x()>" \
               "<p>Name: <script>document.write('Test')</script>Person</p><iframe src=javascript:x></iframe></body></html>"
    elif kind == "nested":
        html = "<div>" * rng.randint(1000, 20000) + "deep" + "</div>" * 10
    elif kind == "entities":
        html = "<p>" + "&#x110000;&#0;&#xD800;&amp;&bogus;&#99999999999;" * rng.randint(10, 2000) + "</p>"
    else:
        html = "<<<>>><p <a href='\"><scr<script>ipt>" + "<table><tr><td>" * 3000
    head = _headers(subject="html", extra="MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n")
    return Fuzzed(f"html-{kind}", (head + "\r\n" + html + "\r\n").encode())


def no_headers(rng: random.Random, n: int) -> Fuzzed:
    body = rng.choice([b"just a body line\r\n", b"\r\n\r\nbody after blank lines\r\n", b"\r\n", b":\r\n: :\r\n\r\nx",
                       b"Name: Test Person\r\nCity (profile): Jodhpur\r\n"])
    return Fuzzed("no-headers", body)


def garbage(rng: random.Random, n: int) -> Fuzzed:
    size = rng.choice([1, 10, 1000, 20_000, 60_000])
    return Fuzzed("binary-garbage", bytes(rng.getrandbits(8) for _ in range(size)))


def mutated(rng: random.Random, n: int) -> Fuzzed:
    raw = bytearray(numbered_report(700_000 + n))
    kind = rng.choice(["flip", "truncate", "shuffle-lines"])
    if kind == "flip":
        for _ in range(rng.randint(1, 40)):
            raw[rng.randrange(len(raw))] = rng.getrandbits(8)
    elif kind == "truncate":
        raw = raw[: rng.randrange(len(raw))]
    else:
        lines = bytes(raw).split(b"\n")
        rng.shuffle(lines)
        raw = bytearray(b"\n".join(lines))
    return Fuzzed(f"mutated-report-{kind}", bytes(raw))


def fake_reply(rng: random.Random, n: int) -> Fuzzed:
    kind = rng.choice(["forged-case", "auto", "bounce"])
    if kind == "forged-case":
        head = _headers(subject=f"Re: [LL-2026-{rng.randint(0, 999999):06d}] HIGH risk", sender="cr-jodhpur-comm@police.example.in",
                        extra=f"In-Reply-To: <LL-2026-000001.forward.1@lifeline.police.example.in{rng.choice(['', '>', chr(13)])}>\r\n")
        return Fuzzed("reply-forged", (head + "\r\nACK\r\n").encode())
    if kind == "auto":
        head = _headers(subject="Out of office: [LL-2026-000001\r\n Bcc: x@y]", extra="Auto-Submitted: auto-replied\r\n")
        return Fuzzed("reply-auto", (head + "\r\naway\r\n").encode())
    head = _headers(subject="Undelivered Mail", sender="MAILER-DAEMON@example.org",
                    extra='MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n')
    body = ("\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; <\r\n Bcc: evil@x>\r\n"
            "Action: failed\r\n--r\r\nContent-Type: message/rfc822\r\n\r\nMessage-ID: <\r\n--r--\r\n")
    return Fuzzed("reply-bounce", (head + body).encode())


# (weight, generator); big_zeros is added separately (a few, they cost 7 MB each on the wire)
MIX: list[tuple[int, Callable[[random.Random, int], Fuzzed]]] = [
    (5, genuine), (10, injection), (8, huge_headers), (8, deep_mime), (5, bomb), (16, bad_encoding),
    (8, html_script), (5, no_headers), (10, garbage), (15, mutated), (10, fake_reply),
]
BIG_EVERY = 250  # one 5 MB part of zeros per this many mails


def generate(count: int, seed: int | str = 2026) -> list[Fuzzed]:
    """``count`` mails, the same for the same seed; genuine reports about 5%, at least one."""
    global _ids
    rng = random.Random(seed)
    _ids = itertools.count()  # _headers' Message-IDs
    gens = [g for w, g in MIX for _ in range(w)]
    out: list[Fuzzed] = []
    for i in range(count):
        if i % BIG_EVERY == BIG_EVERY // 2:
            out.append(big_zeros(rng, i))
            continue
        out.append(genuine(rng, i) if i == 0 else rng.choice(gens)(rng, i))
    return out
