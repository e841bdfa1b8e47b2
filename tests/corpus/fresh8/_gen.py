#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the fresh8 corpus: seeded, deterministic, stdlib only.

python3 _gen.py   -> writes NNNN-<layout>.eml + NNNN-<layout>.expected.json here.
The tables (places, names, posts, labels) are in _cases.py; the mail shapes are below.
"""
import base64
import glob
import hashlib
import html
import ipaddress
import json
import os
import quopri
import random
import re
import urllib.parse
from datetime import datetime, timedelta, timezone

import _cases as K

SEED = 8_2026_12
HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
IST = timezone(timedelta(hours=5, minutes=30))
DESK = "scrb-sm-desk@police.example.in"
OURS = "mail.police.example.in"
TOPIC_RE = re.compile(K.TOPIC_REGEX, re.I)
DEVA = str.maketrans("0123456789", "०१२३४५६७८९")
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
HI_MONTH = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
            "अक्टूबर", "नवंबर", "दिसंबर"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DY = [d[:3] for d in DAY]

# ---------------------------------------------------------------------------------------
# times

MINUTE_STYLES = {"utc_min", "ist_12h", "ist_dash", "deva_ist", "hhmm_utc", "long_ist",
                 "hindi_month", "pacific_min"}


def pacific(dt):
    if dt < datetime(2026, 11, 1, 9, 0, tzinfo=UTC):
        return dt - timedelta(hours=7), "PDT", "-07:00"
    return dt - timedelta(hours=8), "PST", "-08:00"


def h12(d):
    h = d.hour % 12 or 12
    return h, ("AM" if d.hour < 12 else "PM")


def tfmt(dt, style, ms=0):
    """-> (expected UTC datetime or None, text)."""
    if style in MINUTE_STYLES:
        dt = dt.replace(second=0)
    i = dt.astimezone(IST)
    if style == "iso_z":
        t = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    elif style == "iso_ms_z":
        t = dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms
    elif style == "iso_off":
        t = i.strftime("%Y-%m-%dT%H:%M:%S+05:30")
    elif style == "utc_space":
        t = dt.strftime("%Y-%m-%d %H:%M:%S UTC")
    elif style == "utc_bare":
        t = dt.strftime("%Y-%m-%d %H:%M:%S")
    elif style == "utc_min":
        t = dt.strftime("%Y-%m-%d %H:%M UTC")
    elif style == "ist_12h":
        h, ap = h12(i)
        t = f"{i.day} {MON[i.month-1]} {i.year}, {h}:{i.minute:02d} {ap} IST"
    elif style == "ist_dayfirst":
        t = i.strftime("%d/%m/%Y %H:%M:%S IST")
    elif style == "ist_dash":
        t = i.strftime("%d-%m-%Y %H:%M (IST)")
    elif style in ("pacific", "pacific_min"):
        p, z, _ = pacific(dt)
        h, ap = h12(p)
        sec = "" if style == "pacific_min" else f":{p.second:02d}"
        t = f"{MON[p.month-1]} {p.day}, {p.year} at {h}:{p.minute:02d}{sec} {ap} {z}"
    elif style == "pacific_num":
        p, z, _ = pacific(dt)
        t = p.strftime("%m/%d/%Y %H:%M:%S ") + z
    elif style == "offset_pac":
        p, z, off = pacific(dt)
        t = p.strftime("%Y-%m-%d %H:%M:%S ") + off
    elif style == "epoch_s":
        t = str(int(dt.timestamp()))
    elif style == "epoch_ms":
        t = str(int(dt.timestamp()) * 1000 + ms)
    elif style == "rfc2822":
        t = f"{DY[dt.weekday()]}, {dt.day:02d} {MON[dt.month-1]} {dt.year} {dt:%H:%M:%S} +0000"
    elif style == "rfc2822_ist":
        t = f"{DY[i.weekday()]}, {i.day:02d} {MON[i.month-1]} {i.year} {i:%H:%M:%S} +0530"
    elif style == "deva_ist":
        t = i.strftime("%d/%m/%Y %H:%M").translate(DEVA) + " IST"
    elif style == "hhmm_utc":
        t = f"{dt:%H%M} UTC {dt.day:02d} {MON[dt.month-1].upper()} {dt.year}"
    elif style == "long_ist":
        t = f"{DAY[i.weekday()]}, {i.day} {MONTH[i.month-1]} {i.year} at {i:%H:%M} IST"
    elif style == "hindi_month":
        t = f"{i.day} {HI_MONTH[i.month-1]} {i.year}, {i:%H:%M} IST"
    elif style == "date_only":
        return None, f"{i.day} {MON[i.month-1]} {i.year}"
    else:
        raise ValueError(style)
    return dt, t


def iso(dt):
    return None if dt is None else dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc_date(dt, zone="utc"):
    if zone == "ist":
        d, off = dt.astimezone(IST), "+0530"
    elif zone == "pac":
        d, _, o = pacific(dt)
        off = o.replace(":", "")
    else:
        d, off = dt, "+0000"
    return f"{DY[d.weekday()]}, {d.day:02d} {MON[d.month-1]} {d.year} {d:%H:%M:%S} {off}"


# ---------------------------------------------------------------------------------------
# MIME helpers (strings with LF line ends; encoded to UTF-8 bytes at the end)

CUR = None  # the case being rendered (collects text for topic_words)


def note_text(s, is_html=False):
    if CUR is None:
        return
    if is_html:
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    CUR.texts.append(s)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def ew(s):
    """RFC 2047 encoded word when needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def ewq(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        out = ""
        for ch in s:
            if ch == " ":
                out += "_"
            elif ch.isascii() and (ch.isalnum() or ch in "-.,:#[]()/!"):
                out += ch
            else:
                out += "".join("=%02X" % b for b in ch.encode())
        return "=?UTF-8?Q?" + out + "?="


def part(ctype, body, cte="8bit", charset="UTF-8", extra=(), note=True, logical=None,
         is_html=None):
    if is_html is None:
        is_html = "html" in ctype
    if note:
        note_text(body if logical is None else logical, is_html)
        if logical is not None:
            note_text(body, is_html)
    h = [f'Content-Type: {ctype}' + (f'; charset="{charset}"' if charset else "")]
    if cte == "base64":
        enc = b64(body)
    elif cte == "quoted-printable":
        enc = qp(body)
    else:
        enc = body if body.endswith("\n") else body + "\n"
    h.append(f"Content-Transfer-Encoding: {cte}")
    h.extend(extra)
    return "\n".join(h) + "\n\n" + enc


def attach(ctype, filename, body, cte="base64", charset="UTF-8", note=True, logical=None):
    if note:
        note_text(body if logical is None else logical)
        if logical is not None:
            note_text(body)
    h = f'Content-Type: {ctype}' + (f'; charset="{charset}"' if charset else "") + f'; name="{filename}"'
    if cte == "base64":
        enc = b64(body)
    elif cte == "quoted-printable":
        enc = qp(body)
    else:
        enc = body if body.endswith("\n") else body + "\n"
    return (h + f"\nContent-Transfer-Encoding: {cte}\n"
            f'Content-Disposition: attachment; filename="{filename}"\n\n' + enc)


def multipart(sub, parts, boundary, preamble=None):
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += f"--{boundary}\n" + p
        if not p.endswith("\n"):
            out += "\n"
    out += f"--{boundary}--\n"
    return out


def rfc822_part(msg, filename=None):
    extra = f'Content-Disposition: attachment; filename="{filename}"\n' if filename else \
        "Content-Disposition: inline\n"
    return "Content-Type: message/rfc822\n" + extra + "\n" + msg


def hdr_block(pairs):
    return "\n".join(f"{k}: {v}" for k, v in pairs) + "\n"


def collapse(s):
    return " ".join(s.split())


# ---------------------------------------------------------------------------------------
# platforms, senders, authenticity

PLATFORM_SENDERS = {
    "facebook": [("Facebook Law Enforcement Response", "records@support.facebook.com"),
                 ("Meta Emergency Response", "emergency-response@fb.com"),
                 ("Facebook", "le-notify@facebookmail.com"),
                 ("Meta LERT", "lert@lers.meta.com")],
    "instagram": [("Instagram Safety", "no-reply@mail.instagram.com"),
                  ("Instagram Law Enforcement", "le-response@instagram.com"),
                  ("Instagram via Meta", "ig-escalations@support.meta.com")],
    "whatsapp": [("WhatsApp Law Enforcement Support", "wa-le@support.meta.com"),
                 ("WhatsApp Emergency", "whatsapp-emergency@lers.meta.com")],
    "threads": [("Threads Trust & Safety", "safety@threads.meta.com"),
                ("Threads (Meta)", "threads-le@lers.meta.com")],
}
LOOKALIKES = {
    "facebook": ["facebook-lers.example.com", "facebook.com.lers-desk.example.net",
                 "support-facebookmail.example"],
    "instagram": ["instagram-support.example.org", "mail-instagram.example.com"],
    "whatsapp": ["whatsapp-trust.example.net"],
    "threads": ["threads-meta-safety.example.org"],
}
PNAME = {"facebook": "Facebook", "instagram": "Instagram", "whatsapp": "WhatsApp",
         "threads": "Threads"}
META_MX = ["69.171.232.143", "66.220.144.151", "31.13.72.9", "173.252.102.17", "157.240.7.36",
           "69.63.184.30"]


def auth_headers(variant, d):
    if variant == "stamp":
        return [f"Authentication-Results: {OURS}; dkim=pass header.d={d}; dmarc=pass header.from={d}"]
    if variant == "stamp_fold":
        return [f"Authentication-Results: {OURS};\n\tdkim=pass header.d={d} header.s=s2048 header.b=Xq4v;\n"
                f"\tspf=pass smtp.mailfrom={d};\n\tdmarc=pass header.from={d}"]
    if variant == "lookalike":
        return [f"Authentication-Results: {OURS}; dkim=pass header.d={d}; dmarc=pass header.from={d}"]
    if variant == "dkim_fail":
        return [f"Authentication-Results: {OURS};\n\tdkim=fail (body hash did not verify) header.d={d};\n"
                f"\tdmarc=fail header.from={d}"]
    if variant == "untrusted_top":
        return [f"Authentication-Results: mx1.example.net; dkim=pass header.d={d}; dmarc=pass header.from={d}",
                f"Authentication-Results: {OURS}; dkim=pass header.d={d}; dmarc=pass header.from={d}"]
    if variant == "misaligned":
        return [f"Authentication-Results: {OURS}; dkim=pass header.d=bulk-mailer.example.org;\n"
                f"\tspf=softfail smtp.mailfrom=bulk-mailer.example.org; dmarc=fail header.from={d}"]
    if variant == "dup_stamp":
        return [f"Authentication-Results: {OURS}; dkim=pass header.d={d}; dmarc=pass header.from={d}",
                f"Authentication-Results: {OURS}; dkim=none; dmarc=none header.from={d}"]
    if variant == "police_stamp":
        return [f"Authentication-Results: {OURS}; dkim=pass header.d={d}; dmarc=pass header.from={d}"]
    if variant in ("none", "police"):
        return []
    raise ValueError(variant)


AUTHENTIC_VARIANTS = {"stamp", "stamp_fold"}


def msgid(c, dom, tag="m"):
    h = hashlib.sha1(f"{SEED}-{c.i}-{tag}".encode()).hexdigest()
    return f"<{h[:16]}.{tag}@{dom}>"


def received(c, r, dt):
    if c.auth == "lookalike" or c.auth == "none":
        ip = f"{r.choice([45, 185, 193, 91])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(2, 250)}"
        host = "smtp." + c.from_domain
    else:
        ip = r.choice(META_MX)
        host = {"instagram.com": "out.instagram.com", "facebookmail.com": "mx-out.facebookmail.com",
                "fb.com": "mail-sv.fb.com", "facebook.com": "mx.support.facebook.com"}.get(
            ".".join(c.from_domain.split(".")[-2:]), "outmail.meta.com")
    c.traps.add("received_ip")
    qid = hashlib.md5(f"{c.i}q".encode()).hexdigest()[:12].upper()
    return (f"Received: from {host} ({host} [{ip}])\n\tby {OURS} (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{DESK}>; {rfc_date(dt + timedelta(seconds=r.randint(2, 9)))}")


def platform_mail(c, r, subject, entity, extra_headers=(), zone=None, to=DESK):
    d = c.from_domain
    H = auth_headers(c.auth, d)
    H.append(received(c, r, c.mail_dt))
    if r.random() < 0.3:
        H.append(f"Return-Path: <bounce-{c.i:04d}@{d}>")
    H.append(f"From: {ew(c.from_name)} <{c.from_addr}>")
    H.append(f"To: {to}")
    note_text(subject)
    H.append(f"Subject: {ewq(subject) if r.random() < 0.5 else ew(subject)}")
    H.append(f"Date: {rfc_date(c.mail_dt, zone or r.choice(['utc', 'pac', 'ist']))}")
    H.append(f"Message-ID: {msgid(c, d)}")
    H.extend(extra_headers)
    H.append("MIME-Version: 1.0")
    return "\n".join(H) + "\n" + entity


POLICE_UNITS = [
    ("Cyber Cell Pali", "cybercell-pali@police.example.in"),
    ("SP Office Nagaur", "sp-nagaur@rajpolice.gov.in"),
    ("Cyber Thana Udaipur", "cyberps-udaipur@police.example.in"),
    ("Control Room Bikaner", "cr-bikaner-desk@police.example.in"),
    ("Range Office Ajmer", "ig-range-ajmer@rajpolice.gov.in"),
    ("Social Media Cell Kota", "smcell-kota@police.example.in"),
    ("Mahila Thana Sikar", "mahila-sikar@police.example.in"),
    ("CID CB Jaipur", "cidcb-sm@rajpolice.gov.in"),
]


def police_mail(c, r, subject, entity, from_pair=None, extra_headers=()):
    name, addr = from_pair or r.choice(POLICE_UNITS)
    dom = addr.split("@")[1]
    H = []
    if r.random() < 0.4:
        H += auth_headers("police_stamp", dom)
    H.append(f"Received: from webmail.police.example.in (webmail.police.example.in [10.21.4.{r.randint(2, 200)}])\n"
             f"\tby {OURS} with ESMTPSA; {rfc_date(c.fwd_dt)}")
    c.traps.add("received_ip")
    H.append(f"From: {ew(name)} <{addr}>")
    H.append(f"To: {DESK}")
    note_text(subject)
    H.append(f"Subject: {ew(subject)}")
    H.append(f"Date: {rfc_date(c.fwd_dt, r.choice(['ist', 'utc']))}")
    H.append(f"Message-ID: {msgid(c, dom, 'fwd')}")
    H.extend(extra_headers)
    H.append("MIME-Version: 1.0")
    return "\n".join(H) + "\n" + entity


# ---------------------------------------------------------------------------------------
# people and cases

V4_PREFIX = ["49.36", "49.37", "106.215", "106.205", "117.97", "157.38", "223.182", "42.108",
             "27.62", "103.211", "182.69", "59.89", "122.161", "171.61", "1.38", "110.227"]
V6_PREFIX = ["2401:4900", "2405:201", "2409:40d4", "2409:4052", "2402:3a80", "2402:8100",
             "2406:7400", "2409:408c"]


def gen_ip(r):
    if r.random() < 0.55:
        p = r.choice(V4_PREFIX)
        return ipaddress.ip_address(f"{p}.{r.randint(0, 255)}.{r.randint(1, 254)}")
    p = r.choice(V6_PREFIX).split(":")
    groups = [int(x, 16) for x in p]
    while len(groups) < 8:
        groups.append(0 if r.random() < 0.22 else r.randint(1, 0xffff))
    return ipaddress.ip_address(":".join("%x" % g for g in groups))


def ip_display(ip, r):
    if ip.version == 4:
        return str(ip)
    k = r.random()
    if k < 0.6:
        return ip.compressed
    if k < 0.78:
        return ip.exploded.upper()
    if k < 0.9:
        return ip.exploded
    return ip.compressed.upper()


def phone_form(n, style):
    a, b = n[:5], n[5:]
    return {
        "sp": f"+91 {a} {b}", "dash": f"+91-{n}", "zero": "0" + n,
        "zero433": f"0{n[:4]} {n[4:7]} {n[7:]}", "0091": f"0091 {a} {b}", "bare": n,
        "cc3": f"+91 {n[:3]} {n[3:6]} {n[6:]}", "91dash": f"91-{a}-{b}",
        "paren": f"(+91) {a}-{b}", "cc": "+91" + n, "deva": f"+९१ {a} {b}".translate(DEVA),
        "deva_bare": n.translate(DEVA), "zerodash": f"0-{a}-{b}",
    }[style]


PHONE_STYLES = ["sp", "dash", "zero", "zero433", "0091", "bare", "cc3", "91dash", "paren", "cc",
                "zerodash"]


def rnum(r, first="6789"):
    return r.choice(first) + "".join(str(r.randint(0, 9)) for _ in range(9))


class Case:
    def __init__(self, i, layout, r):
        self.i, self.layout = i, layout
        self.texts = []
        self.traps = set()
        self.used = set()
        self.exp_post_time = None
        self.ip_exp = {}
        self.name_written = None
        self.phone_seen = []
        self.r = r

    # fields used by a layout are what the mail carries
    def f(self, key):
        self.used.add(key)
        return getattr(self, key)

    def nm(self, hindi=False):
        n = self.name_hi if hindi else self.name
        self.name_written = n
        return n

    def ph(self, k, style=None):
        n = self.phones10[k]
        if n not in self.phone_seen:
            self.phone_seen.append(n)
        return phone_form(n, style or self.pstyles[k])

    def ptime(self, style):
        dt, t = tfmt(self.post_dt, style, self.r.randint(0, 999))
        self.exp_post_time = dt
        self.used.add("post_time")
        return t

    def iptime(self, k, style):
        dt = self.ips[k]["dt"]
        if dt is None:
            self.ip_exp[k] = None
            return None
        e, t = tfmt(dt, style, self.r.randint(0, 999))
        self.ip_exp[k] = e
        return t

    def ipd(self, k):
        self.ip_exp.setdefault(k, None)
        return self.ips[k]["disp"]


def pick_platform(layout, r):
    if layout in ("wa_plain_record",):
        return "whatsapp"
    if layout in ("ig_div_cards", "qp_html_alt"):
        return "instagram"
    return r.choices(["facebook", "instagram", "whatsapp", "threads"], [45, 35, 10, 10])[0]


def gen_ref(r, platform):
    k = r.random()
    if platform == "facebook":
        if k < 0.45:
            return rnum(r), True
        if k < 0.75:
            return f"LER-26-{r.randint(1000000, 9999999)}", False
        return f"FB-EDR-{r.randint(100000, 999999)}", False
    if platform == "instagram":
        if k < 0.3:
            return rnum(r), True
        if k < 0.7:
            return f"IG-{r.randint(10000000, 99999999)}", False
        return f"IGS-2026-{r.randint(10000, 99999)}", False
    if platform == "whatsapp":
        return (f"WA-ER-{r.randint(100000, 999999)}" if k < 0.6 else f"WAE{r.randint(10000000, 99999999)}"), False
    return (f"TH-2026-{r.randint(10000, 99999)}" if k < 0.6 else f"THR-{r.randint(1000000, 9999999)}"), False


def base_dt(r):
    if r.random() < 0.3:
        d = datetime(2026, 10, r.randint(5, 30), tzinfo=UTC)
    else:
        d = datetime(2026, 11, 3, tzinfo=UTC) + timedelta(days=r.randint(0, 47))
    return d + timedelta(seconds=r.randint(0, 86399))


def build_case(i, layout, place, r, topic, fwd=False, auth="stamp"):
    c = Case(i, layout, r)
    c.platform = pick_platform(layout, r)
    fn, fh = r.choice(K.FIRST_NAMES)
    ln, lh = r.choice(K.SURNAMES)
    c.first, c.last = fn, ln
    c.name, c.name_hi = f"{fn} {ln}", f"{fh} {lh}"
    c.ref, phone_like = gen_ref(r, c.platform)
    if phone_like:
        c.traps.add("request_id_phone_like")
    nph = r.choices([0, 1, 2], [8, 72, 20])[0]
    if c.platform == "whatsapp":
        nph = max(nph, 1)
    c.phones10 = [rnum(r) for _ in range(nph)]
    c.pstyles = [r.choice(PHONE_STYLES) for _ in c.phones10]
    dom = r.choice(["example.com", "example.in", "mail.example.org", "example.net"])
    ne = r.choices([0, 1, 2], [25, 60, 15])[0]
    c.emails = [f"{fn.lower()}.{ln.lower()}{r.randint(10, 999)}@{dom}",
                f"{fn.lower()[0]}{ln.lower()}.{r.randint(1980, 2009)}@example.com"][:ne]
    # account
    handle = r.choice([f"{fn.lower()}_{ln.lower()[:3]}{r.randint(1, 99)}",
                       f"{fn.lower()}.{r.randint(100, 9999)}", f"the_{fn.lower()}{ln.lower()[0]}",
                       f"{ln.lower()}{fn.lower()[:2]}_{r.randint(1, 9)}x"])
    c.username = c.uid = c.profile = None
    if c.platform == "facebook":
        c.uid = str(r.randint(100000000000000, 100099999999999))
        if r.random() < 0.5:
            c.profile = f"https://www.facebook.com/profile.php?id={c.uid}"
        else:
            vanity = f"{fn.lower()}.{ln.lower()}.{r.randint(1, 999)}"
            c.profile = f"https://www.facebook.com/{vanity}"
            if r.random() < 0.4:
                c.username = vanity
        if r.random() < 0.25:
            c.uid = None
    elif c.platform == "instagram":
        c.username = handle
        c.profile = f"https://www.instagram.com/{handle}/"
        c.uid = str(r.randint(40000000000, 59999999999)) if r.random() < 0.5 else None
    elif c.platform == "threads":
        c.username = handle
        c.profile = f"https://www.threads.net/@{handle}"
        c.uid = str(r.randint(40000000000, 59999999999)) if r.random() < 0.3 else None
    # place
    c.place, c.district, c.pd, c.kind = place[:4]
    c.outside = c.kind == "outside"
    # post
    c.topic = topic
    c.post = None
    if place[3] == "post_only":
        c.post = place[4]
        c.place = ""
    elif r.random() < 0.92:
        if topic:
            c.post = r.choice(K.POSTS_TOPIC)
        elif r.random() < 0.17:
            c.post = r.choice(K.POSTS_PLACE_TRAP)
            c.traps.add("post_place")
        else:
            c.post = r.choice(K.POSTS_NEUTRAL)
    c.post_dt = base_dt(r) if c.post else None
    anchor = c.post_dt or base_dt(r)
    nip = r.choices([0, 1, 2, 3, 4], [8, 30, 32, 20, 10])[0]
    c.ips = []
    for k in range(nip):
        ip = gen_ip(r)
        dt = anchor - timedelta(seconds=r.randint(-600, 40000)) if r.random() < 0.78 else None
        c.ips.append({"ip": ip, "disp": ip_display(ip, r), "dt": dt})
    c.mail_dt = anchor + timedelta(minutes=r.randint(9, 50))
    c.fwd_dt = c.mail_dt + timedelta(minutes=r.randint(4, 90))
    c.created = datetime(r.randint(2014, 2024), r.randint(1, 12), r.randint(1, 28))
    c.dob = datetime(r.randint(1986, 2008), r.randint(1, 12), r.randint(1, 28))
    # sender
    c.fwd = fwd
    c.auth = auth
    name, addr = r.choice(PLATFORM_SENDERS[c.platform])
    if auth == "lookalike":
        d = r.choice(LOOKALIKES[c.platform])
        addr = addr.split("@")[0] + "@" + d
        c.traps.update({"inauthentic_sender", "lookalike_domain"})
    elif auth not in AUTHENTIC_VARIANTS and not fwd:
        c.traps.add("inauthentic_sender")
    c.from_name, c.from_addr = name, addr
    c.from_domain = addr.split("@")[1]
    return c


def L(r, lang="en"):
    pool = {"en": K.LABELS_EN, "hi": K.LABELS_HI, "ro": K.LABELS_ROMAN}[lang]
    return {k: r.choice(v) for k, v in pool.items()}


def expected(c, kind="platform_report"):
    ips = []
    for k, ipd in enumerate(c.ips):
        if k in c.ip_exp:
            ips.append({"ip": ipd["ip"].compressed, "seen_at": iso(c.ip_exp[k])})
    ips_order = getattr(c, "ip_order", None)
    if ips_order is not None:
        ips = [ips[k] for k in ips_order]
    topic = any(TOPIC_RE.search(t) for t in c.texts)
    return {
        "kind": kind,
        "layout": c.layout,
        "authentic": (not c.fwd) and c.auth in AUTHENTIC_VARIANTS,
        "forwarded": bool(c.fwd),
        "platform": c.platform,
        "reference": c.ref if "ref" in c.used else None,
        "subject_name": c.name_written,
        "phones": ["+91" + n for n in c.phone_seen],
        "emails": [e for e in c.emails if "emails" in c.used],
        "ips": ips,
        "profile_urls": [c.profile] if c.profile and "profile" in c.used else [],
        "usernames": [c.username] if c.username and "username" in c.used else [],
        "user_ids": [c.uid] if c.uid and "uid" in c.used else [],
        "post_text": collapse(c.post) if c.post and "post" in c.used else "",
        "post_time": iso(c.exp_post_time),
        "place": c.place if "place" in c.used else "",
        "district": c.district,
        "police_district": c.pd,
        "outside_rajasthan": c.outside,
        "topic_words": topic,
        "traps": sorted(c.traps),
        "place_kind": c.kind,
    }


# ---------------------------------------------------------------------------------------
# building blocks shared by layouts

POST_TSTYLES = ["iso_z", "iso_off", "utc_space", "utc_min", "ist_12h", "ist_dayfirst", "ist_dash",
                "pacific", "pacific_num", "epoch_s", "rfc2822", "rfc2822_ist", "offset_pac",
                "hhmm_utc", "long_ist", "iso_ms_z", "pacific_min"]
IP_TSTYLES = ["iso_z", "utc_space", "ist_dayfirst", "pacific", "pacific_num", "epoch_s", "epoch_ms",
              "iso_off", "offset_pac", "rfc2822", "ist_12h", "utc_min", "iso_ms_z"]


def subject_for(c, r):
    pool = K.SUBJ_TOPIC if c.topic else K.SUBJ_NEUTRAL
    c.used.add("ref")
    return r.choice(pool).format(ref=c.ref, P=PNAME[c.platform])


def signoff(c, r):
    return r.choice(K.SIGNOFFS + K.SIGNOFFS_BY.get(c.platform, []) * 2)


def intro(c, r):
    return r.choice(K.INTRO_TOPIC if c.topic else K.INTRO_NEUTRAL)


def helpline(c, r, lang="en"):
    c.traps.add("helpline")
    return r.choice(K.HELPLINES_HI if lang == "hi" else K.HELPLINES_EN)


def support_line(c, r):
    c.traps.add("platform_support_phone")
    return r.choice(["For questions call Meta's law enforcement line: +1 650-543-4800.",
                     "Meta LE Response (US): +1 (650) 543-4800, 24 hours.",
                     "You may reach our team at +1-650-543-4800 quoting the reference above."])


def reporter_items(c, r):
    c.traps.add("reporter_details")
    fn, _ = r.choice(K.FIRST_NAMES)
    ln, _ = r.choice(K.SURNAMES)
    city = r.choice(K.REPORTER_CITIES)
    ph = phone_form(rnum(r), r.choice(["sp", "zero", "dash"]))
    return [("Reported by", f"{fn} {ln} (a friend, lives in {city})"), ("Reporter's phone", ph)]


def account_dates(c, r, Lb):
    c.traps.add("account_dates")
    out = [(Lb["created"], f"{c.created.day} {MON[c.created.month-1]} {c.created.year}")]
    if r.random() < 0.6:
        out.append((Lb["dob"], c.dob.strftime(r.choice(["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"]))))
    return out


def person_items(c, r, Lb, hindi_name=False, ref=True, extras=True, shuffle=True, join_phones=None):
    items = []
    if ref:
        items.append((Lb["ref"], c.f("ref")))
    core = []
    if c.name is not None:
        core.append((Lb["name"], c.nm(hindi_name)))
    if c.profile and r.random() < 0.88:
        core.append((Lb["profile"], c.f("profile")))
    if c.username and r.random() < 0.92:
        core.append((Lb["username"], c.f("username")))
    if c.uid and r.random() < 0.88:
        core.append((Lb["uid"], c.f("uid")))
    if c.phones10:
        jp = join_phones if join_phones is not None else r.random() < 0.5
        if len(c.phones10) > 1 and jp:
            core.append((Lb["phone"], ", ".join(c.ph(k) for k in range(len(c.phones10)))))
        else:
            for k in range(len(c.phones10)):
                core.append((Lb["phone"] + (" 2" if k else ""), c.ph(k)))
    if c.emails:
        c.used.add("emails")
        core.append((Lb["email"], ", ".join(c.emails)))
    if c.place and c.kind != "post_only":
        core.append((Lb["place"], c.f("place")))
    if extras and r.random() < 0.35:
        core += account_dates(c, r, Lb)
    if shuffle and r.random() < 0.45:
        r.shuffle(core)
    return items + core


def post_items(c, r, Lb, tstyle=None, quote=True):
    out = []
    if c.post and c.post_dt and r.random() < 0.9:
        out.append((Lb["post_time"], c.ptime(tstyle or r.choice(POST_TSTYLES))))
    if c.post:
        p = c.f("post")
        if quote and r.random() < 0.5:
            p = r.choice(['"%s"', "“%s”", "«%s»"]) % p
        out.append((Lb["post"], p))
    return out


def ip_lines(c, r, tstyle=None, form=None):
    tstyle = tstyle or r.choice(IP_TSTYLES)
    form = form or r.choice(["time_first", "ip_at", "ip_paren", "pipe", "dash", "ip_on"])
    out = []
    for k in range(len(c.ips)):
        ip = c.ipd(k)
        t = c.iptime(k, tstyle)
        if t is None:
            out.append(f"  {ip}" if form in ("time_first",) else f"- {ip}" if form == "dash" else ip)
        elif form == "time_first":
            out.append(f"  {t}   {ip}")
        elif form == "ip_at":
            out.append(f"{ip} at {t}")
        elif form == "ip_paren":
            out.append(f"{ip} ({t})")
        elif form == "pipe":
            out.append(f"{ip} | {t}")
        elif form == "ip_on":
            out.append(f"{ip} on {t}")
        else:
            out.append(f"- {ip} - {t}")
    return out, tstyle


def kv(items, sep=": ", align=False):
    if align and items:
        w = max(len(k) for k, _ in items)
        return "\n".join(f"{k.ljust(w)}{sep}{v}" for k, v in items)
    return "\n".join(f"{k}{sep}{v}" for k, v in items)


def ip_heading(Lb, tstyle):
    return Lb["ips"] + (" (UTC)" if tstyle == "utc_bare" else "")


def plain_body(c, r, Lb=None, hindi=False, greet=True, sign=True, traps=True):
    """A generic platform referral body (used inside forwards and a few layouts)."""
    Lb = Lb or L(r)
    parts = []
    if greet:
        parts.append(r.choice(K.GREETINGS))
        parts.append("")
        parts.append(intro(c, r))
        parts.append("")
    items = person_items(c, r, Lb, hindi_name=hindi)
    if traps and r.random() < 0.2:
        items += reporter_items(c, r)
    parts.append(kv(items))
    if c.ips:
        ts = r.choice(IP_TSTYLES + ["utc_bare"])
        lines, ts = ip_lines(c, r, ts)
        parts += ["", ip_heading(Lb, ts)] + lines
    pi = post_items(c, r, Lb)
    if pi:
        parts += ["", kv(pi)]
    if traps and r.random() < 0.4:
        parts += ["", helpline(c, r)]
    if sign:
        parts += ["", signoff(c, r)]
    return "\n".join(parts) + "\n"


def html_rows(items, th=True):
    cell = "th" if th else "td"
    return "\n".join(f"<tr><{cell} align=\"left\">{html.escape(k)}</{cell}><td>{html.escape(v)}</td></tr>"
                     for k, v in items)


def officer_sig(c, r):
    c.traps.add("officer_signature")
    n, post, unit = r.choice(K.OFFICERS)
    mob = phone_form(rnum(r, "9"), r.choice(["sp", "bare", "dash", "zero"]))
    return f"{post} {n}\n{unit}\nMob. {mob}"


def file_no(c, r):
    c.traps.add("police_file_number")
    return r.choice([f"No. SCRB/SM/2026/{r.randint(1000, 9999)}",
                     f"CC/{r.choice(['PLI', 'NGR', 'UDR', 'BKN'])}/2026/{r.randint(100, 999)}",
                     f"Our file no.: CYB/E-{r.randint(10, 99)}/SM/2026/{r.randint(100, 999)}",
                     f"Dispatch {r.randint(1000, 9999)}/Cyber dt. {c.fwd_dt:%d.%m.%Y}"])


def inner_platform_message(c, r, body_entity, subject, stamped=True):
    """The platform's original mail as it reached the forwarding office (message/rfc822)."""
    d = c.from_domain
    H = []
    if stamped:
        H.append(f"Authentication-Results: mx.police.example.in; dkim=pass header.d={d}; dmarc=pass header.from={d}")
    H.append(f"From: {ew(c.from_name)} <{c.from_addr}>")
    H.append("To: " + r.choice(["cybercell@police.example.in", "sp-office@rajpolice.gov.in",
                                "control-room@police.example.in"]))
    note_text(subject)
    H.append(f"Subject: {ew(subject)}")
    H.append(f"Date: {rfc_date(c.mail_dt, r.choice(['utc', 'pac']))}")
    H.append(f"Message-ID: {msgid(c, d, 'orig')}")
    H.append("MIME-Version: 1.0")
    return "\n".join(H) + "\n" + body_entity


# ---------------------------------------------------------------------------------------
# ORDINARY SHAPES (realistic traffic, own wording)

def L_meta_plain_referral(c, r):
    Lb = L(r)
    sec = r.choice([("ABOUT THE ACCOUNT", "CONTACT POINTS", "WHAT WAS POSTED", "NETWORK ACTIVITY"),
                    ("Account", "Contact", "Content", "IP addresses"),
                    ("== Subject ==", "== Reachability ==", "== Content ==", "== Sessions ==")])
    b = [r.choice(K.GREETINGS), "", intro(c, r), ""]
    b.append(f"{Lb['ref']}: {c.f('ref')}")
    b.append(f"Platform: {PNAME[c.platform]}")
    items = person_items(c, r, Lb, ref=False, shuffle=False)
    acct = [x for x in items if x[0] not in (Lb["phone"], Lb["phone"] + " 2", Lb["email"])]
    cont = [x for x in items if x not in acct]
    b += ["", sec[0], kv(acct)]
    if cont:
        b += ["", sec[1], kv(cont)]
    if c.ips:
        ts = r.choice(["utc_bare", "iso_z", "pacific", "ist_dayfirst"])
        lines, ts = ip_lines(c, r, ts, "time_first" if ts == "utc_bare" else None)
        b += ["", sec[3] + (" (UTC)" if ts == "utc_bare" else "")] + lines
    pi = post_items(c, r, Lb)
    if pi:
        b += ["", sec[2], kv(pi)]
    if r.random() < 0.5:
        b += ["", helpline(c, r)]
    if r.random() < 0.3:
        b += ["", support_line(c, r)]
    b += ["", signoff(c, r)]
    body = "\n".join(b) + "\n"
    return platform_mail(c, r, subject_for(c, r), part("text/plain", body, r.choice(["8bit", "quoted-printable"])))


def L_html_table_rows(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb)
    ts = r.choice(IP_TSTYLES)
    iprows = []
    for k in range(len(c.ips)):
        iprows.append((c.ipd(k), c.iptime(k, ts) or "-"))
    pi = post_items(c, r, Lb)
    itro = intro(c, r)
    txt = itro + "\n\n" + kv(items) + "\n\n" + (Lb["ips"] + ":\n" + "\n".join(f"{a}  {b}" for a, b in iprows) + "\n\n" if iprows else "") + kv(pi) + "\n"
    th = r.random() < 0.5
    h = ["<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">",
         f"<p>{html.escape(r.choice(K.GREETINGS))}</p><p>{html.escape(itro)}</p>",
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\">", html_rows(items + pi, th), "</table>"]
    if iprows:
        h += [f"<h4>{html.escape(Lb['ips'])}</h4>", "<table border=\"1\"><tr><th>IP</th><th>Time</th></tr>"]
        h += [f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>" for a, b in iprows]
        h.append("</table>")
    if r.random() < 0.4:
        h.append(f"<p style=\"color:#666\">{html.escape(helpline(c, r))}</p>")
    h.append(f"<p>{html.escape(signoff(c, r)).replace(chr(10), '<br>')}</p></body></html>")
    ent = multipart("alternative", [part("text/plain", txt, "quoted-printable"),
                                    part("text/html", "\n".join(h), "quoted-printable")], f"=_tbl_{c.i}")
    return platform_mail(c, r, subject_for(c, r), ent)


def L_html_br_only(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb)
    lines, ts = ip_lines(c, r)
    pi = post_items(c, r, Lb)
    h = [f"<div>{html.escape(r.choice(K.GREETINGS))}<br><br>{html.escape(intro(c, r))}<br><br>"]
    h += [f"<b>{html.escape(k)}</b>: {html.escape(v)}<br>" for k, v in items]
    if lines:
        h.append(f"<br><u>{html.escape(Lb['ips'])}</u><br>")
        h += [html.escape(x) + "<br>" for x in lines]
    h.append("<br>")
    h += [f"<b>{html.escape(k)}</b>: <i>{html.escape(v)}</i><br>" for k, v in pi]
    h.append("<br>" + html.escape(signoff(c, r)).replace("\n", "<br>") + "</div>")
    body = "\n".join(h)
    ent = part("text/html", body, r.choice(["base64", "8bit", "quoted-printable"]))
    return platform_mail(c, r, subject_for(c, r), ent)


def L_b64_text(c, r):
    body = plain_body(c, r)
    return platform_mail(c, r, subject_for(c, r), part("text/plain", body, "base64"))


def L_qp_html_alt(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb)
    lines, ts = ip_lines(c, r, r.choice(["ist_12h", "ist_dayfirst", "iso_off"]), "ip_at")
    pi = post_items(c, r, Lb, r.choice(["ist_12h", "long_ist", "iso_off", "ist_dash"]))
    txt = kv(items) + "\n" + kv(pi) + "\n" + "\n".join(f"{Lb['ips']}: {x}" for x in lines) + "\n"
    h = ["<html><body>", f"<p>{html.escape(intro(c, r))}</p>"]
    for k, v in items + pi:
        h.append(f"<p style=\"margin:0\"><span style=\"color:#8e8e8e\">{html.escape(k)}</span>"
                 f"&nbsp;&nbsp;<strong>{html.escape(v)}</strong></p>")
    for x in lines:
        h.append(f"<p style=\"margin:0\"><span style=\"color:#8e8e8e\">{html.escape(Lb['ips'])}</span>&nbsp; {html.escape(x)}</p>")
    h.append("<p>Instagram from Meta</p></body></html>")
    ent = multipart("alternative", [part("text/plain", txt, "quoted-printable"),
                                    part("text/html", "\n".join(h), "quoted-printable")], f"=_ig_{c.i:04d}")
    return platform_mail(c, r, subject_for(c, r), ent)


def csv_for_ips(c, r):
    style = r.choice(["utc", "ist", "epoch", "iso"])
    if style == "utc":
        head, ts = "ip_address,timestamp_utc,event", "utc_bare"
    elif style == "ist":
        head, ts = "IP,Time (IST),Action", "ist_dayfirst"
    elif style == "epoch":
        head, ts = "addr;unix_time;kind", "epoch_s"
    else:
        head, ts = "\"IP Address\",\"Date/Time\",\"Activity\"", "iso_z"
    sep = ";" if style == "epoch" else ","
    rows = [head]
    for k in range(len(c.ips)):
        t = c.iptime(k, ts) or ""
        ev = r.choice(["login", "session", "checkpoint", "login"])
        if style == "iso":
            rows.append(f"\"{c.ipd(k)}\",\"{t}\",\"{ev}\"")
        else:
            rows.append(sep.join([c.ipd(k), t, ev]))
    return "\n".join(rows) + "\n"


def L_csv_ip_attachment(c, r):
    if not c.ips:
        c.ips.append({"ip": gen_ip(r), "disp": None, "dt": c.mail_dt - timedelta(minutes=30)})
        c.ips[-1]["disp"] = ip_display(c.ips[-1]["ip"], r)
    Lb = L(r)
    items = person_items(c, r, Lb)
    pi = post_items(c, r, Lb)
    body = "\n".join([r.choice(K.GREETINGS), "", intro(c, r), "", kv(items), "", kv(pi), "",
                      "The account's recent IP activity is in the attached file.", "",
                      signoff(c, r)]) + "\n"
    fname = r.choice(["login_activity.csv", "ip_log.csv", "sessions.csv"])
    ent = multipart("mixed", [part("text/plain", body), attach("text/csv", fname, csv_for_ips(c, r),
                                                              r.choice(["base64", "8bit"]))], f"mix{c.i}")
    return platform_mail(c, r, subject_for(c, r), ent)


def L_txt_attachment_record(c, r):
    Lb = L(r)
    rec = plain_body(c, r, Lb, greet=False, sign=False)
    head = f"{PNAME[c.platform].upper()} EMERGENCY DISCLOSURE RECORD\n" + "=" * 40 + "\n"
    body = f"{r.choice(K.GREETINGS)}\n\n{intro(c, r)} The details are in the attached text file.\n\n{signoff(c, r)}\n"
    ent = multipart("mixed", [part("text/plain", body),
                              attach("text/plain", f"record_{c.i:04d}.txt", head + rec, "base64")], f"txt{c.i}")
    return platform_mail(c, r, subject_for(c, r), ent)


def L_json_attachment_record(c, r):
    obj = {"case": {"id": c.f("ref"), "platform": c.platform, "priority": "P0"}}
    subj = {}
    if c.name is not None:
        subj["display_name"] = c.nm()
    if c.uid:
        subj["account_id"] = c.f("uid")
    if c.username:
        subj["handle"] = c.f("username")
    if c.profile:
        subj["profile_link"] = c.f("profile")
    subj["contact"] = {"mobile": [c.ph(k, r.choice(["cc", "sp", "bare"])) for k in range(len(c.phones10))],
                       "email": list(c.emails)}
    c.used.add("emails")
    if c.place:
        subj["location"] = {"text": c.f("place"), "source": "profile"}
    if r.random() < 0.3:
        c.traps.add("account_dates")
        subj["created_date"] = c.created.strftime("%Y-%m-%d")
    obj["subject"] = subj
    if c.post:
        cont = {"body": c.f("post")}
        if c.post_dt:
            ts = r.choice(["epoch_s", "iso_z", "epoch_ms"])
            v = c.ptime(ts)
            cont["created_time"] = int(v) if ts.startswith("epoch") else v
        obj["content"] = cont
    net = []
    ts = r.choice(["iso_z", "epoch_s", "iso_off"])
    for k in range(len(c.ips)):
        t = c.iptime(k, ts)
        e = {"ip": c.ipd(k)}
        if t is not None:
            e["observed_at"] = int(t) if ts == "epoch_s" else t
        net.append(e)
    obj["network_events"] = net
    js = json.dumps(obj, ensure_ascii=r.random() < 0.5, indent=r.choice([2, None]))
    logical = json.dumps(obj, ensure_ascii=False)
    body = f"{r.choice(K.GREETINGS)}\n\n{intro(c, r)}\nMachine-readable details are attached (JSON).\n\n{signoff(c, r)}\n"
    ent = multipart("mixed", [part("text/plain", body),
                              attach("application/json", "disclosure.json", js, "base64", charset=None,
                                     logical=logical)], f"js{c.i}")
    return platform_mail(c, r, subject_for(c, r), ent)


def L_label_above_value(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb) + post_items(c, r, Lb, quote=False)
    lines, ts = ip_lines(c, r, None, "ip_paren")
    b = [r.choice(K.GREETINGS), "", intro(c, r), ""]
    for k, v in items:
        b += [k.upper() if r.random() < 0.3 else k, v, ""]
    if lines:
        b += [Lb["ips"]] + lines + [""]
    b.append(signoff(c, r))
    return platform_mail(c, r, subject_for(c, r), part("text/plain", "\n".join(b) + "\n"))


def L_dot_leader_fields(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb) + post_items(c, r, Lb, quote=False)
    w = max(len(k) for k, _ in items) + 6
    b = [intro(c, r), ""]
    for k, v in items:
        b.append(f"{k} {'.' * (w - len(k))} {v}")
    lines, ts = ip_lines(c, r, None, "ip_at")
    for x in lines:
        b.append(f"{'IP'} {'.' * (w - 2)} {x}")
    if r.random() < 0.5:
        b += ["", helpline(c, r)]
    b += ["", signoff(c, r)]
    return platform_mail(c, r, subject_for(c, r), part("text/plain", "\n".join(b) + "\n", r.choice(["8bit", "base64"])))


def hindi_subject(c, r):
    c.used.add("ref")
    if c.topic:
        return r.choice([f"आत्महत्या का खतरा - {PNAME[c.platform]} उपयोगकर्ता - {c.ref}",
                         f"तत्काल: आत्महत्या जोखिम सूचना ({c.ref})"])
    return r.choice([f"आपातकालीन सूचना - खाता विवरण [{c.ref}]", f"कृपया तुरंत देखें: {c.ref}",
                     f"{PNAME[c.platform]} खाते की जानकारी - संदर्भ {c.ref}"])


def L_hindi_only_fields(c, r):
    Lb = L(r, "hi")
    c.pstyles = [r.choice(["deva", "deva_bare", "sp", "zero"]) for _ in c.phones10]
    items = person_items(c, r, Lb, hindi_name=True)
    pi = post_items(c, r, Lb, r.choice(["deva_ist", "hindi_month", "ist_dayfirst"]), quote=False)
    lines, ts = ip_lines(c, r, r.choice(["deva_ist", "hindi_month", "ist_dayfirst", "iso_off"]), "pipe")
    intro_hi = ("हमारी टीम को इस खाते पर ऐसी सामग्री मिली है जिससे लगता है कि व्यक्ति आत्महत्या का प्रयास कर सकता है।"
                if c.topic else "नीचे दिए गए व्यक्ति की कुशलता की जाँच हेतु यह जानकारी आपातकालीन प्रक्रिया के अंतर्गत साझा की जा रही है।")
    b = ["नमस्कार,", "", intro_hi, "", kv(items)]
    if lines:
        b += ["", Lb["ips"] + ":"] + lines
    b += ["", kv(pi), ""]
    if r.random() < 0.6:
        b += [helpline(c, r, "hi"), ""]
    b.append("धन्यवाद,\nमेटा कानून प्रवर्तन सहायता टीम")
    return platform_mail(c, r, hindi_subject(c, r), part("text/plain", "\n".join(b) + "\n", r.choice(["8bit", "base64", "quoted-printable"])))


def L_mixed_hi_en_fields(c, r):
    Le, Lh = L(r), L(r, "hi")
    Lb = {k: f"{Lh[k]} / {Le[k]}" if r.random() < 0.5 else f"{Le[k]} ({Lh[k]})" for k in Le}
    hn = r.random() < 0.4
    items = person_items(c, r, Lb, hindi_name=hn)
    pi = post_items(c, r, Lb, r.choice(POST_TSTYLES + ["deva_ist"]))
    lines, ts = ip_lines(c, r)
    b = ["नमस्ते / Hello,", "", intro(c, r), "कृपया तुरंत संपर्क करें।", "", kv(items)]
    if lines:
        b += ["", Lb["ips"]] + lines
    b += ["", kv(pi), "", signoff(c, r)]
    return platform_mail(c, r, subject_for(c, r), part("text/plain", "\n".join(b) + "\n"))


def L_romanized_hindi_labels(c, r):
    Lb = L(r, "ro")
    items = person_items(c, r, Lb)
    pi = post_items(c, r, Lb)
    lines, ts = ip_lines(c, r, None, r.choice(["ip_at", "pipe"]))
    b = ["Namaskar ji,", "", ("Is khaate par aisi post mili hai jisse self-harm ka khatra lagta hai."
                             if c.topic else "Neeche diye vyakti ki jaankari emergency mein bheji ja rahi hai, kripya jaldi sampark karein."),
         "", kv(items, " - " if r.random() < 0.4 else ": ")]
    if lines:
        b += ["", Lb["ips"] + ":"] + lines
    b += ["", kv(pi), "", "Dhanyavaad,", "Meta LE team"]
    return platform_mail(c, r, subject_for(c, r), part("text/plain", "\n".join(b) + "\n", r.choice(["8bit", "quoted-printable"])))


def L_sentence_facts(c, r):
    s = [r.choice(K.GREETINGS), "", intro(c, r)]
    t = []
    if c.name is not None:
        t.append(f"The account is registered to {c.nm()}.")
    if c.username:
        t.append(f"The username is {c.f('username')}.")
    if c.profile:
        t.append(f"The profile can be seen at {c.f('profile')} .")
    if c.uid:
        t.append(f"Its numeric account ID is {c.f('uid')}.")
    if c.phones10:
        t.append("The phone number(s) confirmed on the account: " + " and ".join(c.ph(k) for k in range(len(c.phones10))) + ".")
    if c.emails:
        c.used.add("emails")
        t.append(f"The e-mail on file is {' and '.join(c.emails)}.")
    if c.place:
        t.append(r.choice(["The user's profile gives the current city as {p}.",
                           "On the profile the person says they live in {p}.",
                           "Location stated by the user: {p}."]).format(p=c.f("place")))
    if c.ips:
        ts = r.choice(IP_TSTYLES)
        bits = []
        for k in range(len(c.ips)):
            tt = c.iptime(k, ts)
            bits.append(f"{c.ipd(k)} at {tt}" if tt else c.ipd(k))
        t.append("The account was accessed from " + "; ".join(bits) + ".")
    if c.post:
        if c.post_dt:
            t.append(f"On {c.ptime(r.choice(POST_TSTYLES))} the user wrote: \"{c.f('post')}\"")
        else:
            t.append(f"The user wrote: \"{c.f('post')}\"")
    c.used.add("ref")
    t.append(f"Please quote {c.ref} in any reply.")
    s += ["", " ".join(t), "", signoff(c, r)]
    return platform_mail(c, r, subject_for(c, r), part("text/plain", "\n".join(s) + "\n", r.choice(["8bit", "quoted-printable"])))


def L_wa_plain_record(c, r):
    if c.i % 2 == 0:
        c.name = None
    Lb = {"ref": r.choice(["Request ID", "WA case", "Ref"]), "name": r.choice(["Profile name", "Push name", "Name shown"]),
          "phone": r.choice(["WhatsApp account", "Account phone number", "Registered number"]),
          "email": "Email (if provided)", "place": r.choice(["Location (from the request)", "City", "Area"])}
    b = [r.choice(K.GREETINGS), "",
         "WhatsApp has reviewed your emergency request. Message content is end-to-end encrypted and is not available; the account information below is provided."
         if r.random() < 0.5 else intro(c, r), ""]
    b.append(f"{Lb['ref']}: {c.f('ref')}")
    b.append(f"{Lb['phone']}: {c.ph(0)}")
    if c.name is not None:
        b.append(f"{Lb['name']}: {c.nm()}")
    for k in range(1, len(c.phones10)):
        b.append(f"Other number on the device: {c.ph(k)}")
    if c.emails:
        c.used.add("emails")
        b.append(f"{Lb['email']}: {c.emails[0]}")
        c.emails = c.emails[:1]
    if c.place:
        b.append(f"{Lb['place']}: {c.f('place')}")
    if r.random() < 0.5:
        b.append(f"Account registered: {c.created:%Y-%m-%d}")
        c.traps.add("account_dates")
    if c.ips:
        ts = r.choice(["utc_space", "iso_z", "epoch_s", "pacific"])
        b += ["", "Connection records:"]
        for k in range(len(c.ips)):
            ip = c.ipd(k)
            port = r.randint(1024, 65000)
            ipp = f"[{ip}]:{port}" if c.ips[k]["ip"].version == 6 else f"{ip}:{port}"
            tt = c.iptime(k, ts)
            b.append(f"  {tt + '  ' if tt else ''}{ipp}")
    if c.post:
        b += ["", "Status (About) text visible to contacts:"]
        if c.post_dt and r.random() < 0.8:
            b.append(f"Set at: {c.ptime(r.choice(POST_TSTYLES))}")
        b.append(c.f("post"))
    b += ["", signoff(c, r)]
    return platform_mail(c, r, subject_for(c, r), part("text/plain", "\n".join(b) + "\n", r.choice(["8bit", "base64"])))


def L_ig_div_cards(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb)
    pi = post_items(c, r, Lb, r.choice(POST_TSTYLES), quote=False)
    ts = r.choice(IP_TSTYLES)
    iprow = [(c.ipd(k), c.iptime(k, ts)) for k in range(len(c.ips))]
    h = ["<!DOCTYPE html><html><body style=\"background:#fafafa\">",
         "<div class=\"card\"><div class=\"hdr\">Instagram</div>",
         f"<div class=\"lead\">{html.escape(intro(c, r))}</div>"]
    for k, v in items + pi:
        h.append(f"<div class=\"row\"><div class=\"k\">{html.escape(k)}</div><div class=\"v\">{html.escape(v)}</div></div>")
    if iprow:
        h.append(f"<div class=\"sec\">{html.escape(Lb['ips'])}</div><ul>")
        h += [f"<li>{html.escape(a)}{(' &mdash; ' + html.escape(b)) if b else ''}</li>" for a, b in iprow]
        h.append("</ul>")
    h.append("<div class=\"foot\">&copy; Meta. 1601 Willow Road, Menlo Park, CA 94025</div></div></body></html>")
    txt = "This message contains HTML. " + r.choice(["Open it in a browser to see the details.", "Details below in HTML."]) + "\n"
    ent = multipart("alternative", [part("text/plain", txt), part("text/html", "\n".join(h), "base64")], f"b_{c.i}_ig")
    return platform_mail(c, r, subject_for(c, r), ent)


# ---- ordinary forwards -----------------------------------------------------------------

def fwd_note(c, r, hindi=False):
    if hindi:
        note = r.choice(["कृपया अवलोकन कर आवश्यक कार्यवाही करें।", "यह मेल साइबर सेल को प्राप्त हुई है, तुरंत देखें।",
                         "सूचनार्थ एवं आवश्यक कार्यवाही हेतु अग्रेषित।"])
    else:
        note = r.choice(["Forwarding for necessary action please.", "Sir, received on our id. Pls route.",
                         "FYI and action. Received this morning.", "Please see below, urgent.",
                         "Forwarded for immediate attention of SCRB desk."])
    return note


def fwd_subject(c, r, prefix="Fwd: "):
    s = subject_for(c, r)
    return s, prefix + s


def L_rfc822_police_fwd(c, r):
    s, fs = fwd_subject(c, r)
    inner_ent = part("text/plain", plain_body(c, r), r.choice(["8bit", "quoted-printable", "base64"]))
    inner = inner_platform_message(c, r, inner_ent, s)
    note = "\n".join([fwd_note(c, r, r.random() < 0.4), "", file_no(c, r), "", officer_sig(c, r)]) + "\n"
    ent = multipart("mixed", [part("text/plain", note), rfc822_part(inner, "original.eml" if r.random() < 0.5 else None)], f"fw{c.i}")
    return police_mail(c, r, fs, ent)


def L_gmail_inline_fwd(c, r):
    s, fs = fwd_subject(c, r)
    body = plain_body(c, r)
    d = c.mail_dt.astimezone(IST)
    hdr = (f"---------- Forwarded message ---------\nFrom: {c.from_name} <{c.from_addr}>\n"
           f"Date: {DY[d.weekday()]}, {d.day} {MON[d.month-1]} {d.year} at {d:%H:%M}\nSubject: {s}\n"
           f"To: <cybercell@police.example.in>\n\n")
    note = fwd_note(c, r, r.random() < 0.3) + "\n\n"
    txt = note + hdr + body
    htm = ("<div dir=\"ltr\">" + html.escape(note.strip()) + "<br><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">"
           + html.escape(hdr).replace("\n", "<br>") + "</div>" + html.escape(body).replace("\n", "<br>\n") + "</div></div>")
    ent = multipart("alternative", [part("text/plain", txt), part("text/html", htm, "quoted-printable")], f"000000000000{c.i:04d}gm")
    return police_mail(c, r, fs, ent)


def L_outlook_inline_fwd(c, r):
    s, fs = fwd_subject(c, r, "FW: ")
    body = plain_body(c, r)
    p, z, _ = pacific(c.mail_dt)
    h, ap = h12(p)
    hdr = (f"________________________________\nFrom: {c.from_name} <{c.from_addr}>\n"
           f"Sent: {DAY[p.weekday()]}, {MONTH[p.month-1]} {p.day}, {p.year} {h}:{p.minute:02d} {ap}\n"
           f"To: SP Office <sp-office@rajpolice.gov.in>\nSubject: {s}\n\n")
    txt = fwd_note(c, r) + "\n\n" + officer_sig(c, r) + "\n\n" + hdr + body
    return police_mail(c, r, fs, part("text/plain", txt, r.choice(["quoted-printable", "8bit"])))


def L_thunderbird_fwd(c, r):
    s, fs = fwd_subject(c, r)
    body = plain_body(c, r)
    hdr = (f"-------- Forwarded Message --------\nSubject: \t{s}\nDate: \t{rfc_date(c.mail_dt, 'pac')}\n"
           f"From: \t{c.from_name} <{c.from_addr}>\nTo: \tcontrol-room@police.example.in\n\n")
    txt = fwd_note(c, r) + "\n\n" + hdr + body
    if r.random() < 0.5:
        txt = file_no(c, r) + "\n" + txt
    return police_mail(c, r, fs, part("text/plain", txt))


def L_police_webmail_fwd(c, r):
    s, fs = fwd_subject(c, r, "Fwd: ")
    body = plain_body(c, r)
    hdr = (f"----- Original Message -----\nFrom: \"{c.from_name}\" <{c.from_addr}>\n"
           f"To: \"Cyber Cell\" <cybercell@police.example.in>\nSent: {rfc_date(c.mail_dt, 'ist')}\nSubject: {s}\n\n")
    top = fwd_note(c, r, True) + "\n" + file_no(c, r) + "\n\n"
    return police_mail(c, r, fs, part("text/plain", top + hdr + body, r.choice(["base64", "8bit"])))


def L_gt_quoted_fwd(c, r):
    s, fs = fwd_subject(c, r, "Fwd: ")
    body = plain_body(c, r)
    d = c.mail_dt
    wrote = f"On {DY[d.weekday()]}, {d.day} {MON[d.month-1]} {d.year} at {d:%H:%M}, {c.from_name} <{c.from_addr}> wrote:"
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in body.rstrip("\n").split("\n"))
    top = fwd_note(c, r) + "\n\n" + officer_sig(c, r) + "\n\n"
    txt = top + wrote + "\n" + quoted + "\n"
    return police_mail(c, r, fs, part("text/plain", txt, r.choice(["8bit", "quoted-printable"]), logical=top + body))


# ---------------------------------------------------------------------------------------
# NEW SHAPES (not in earlier corpora)

def portal_line(c, r):
    if r.random() < 0.5:
        c.traps.add("portal_login_ip")
        return [f"Request opened on the portal by the requesting officer from 164.100.{r.randint(1, 250)}.{r.randint(2, 250)}."]
    return []


def L_zendesk_style_thread(c, r):
    """A platform case-management thread: reply marker, newest comment first, earlier police
    message quoted below (trap quoted_police_request)."""
    c.traps.add("quoted_police_request")
    Lb = L(r)
    tnum = c.f("ref")
    p, z, _ = pacific(c.mail_dt)
    h, ap = h12(p)
    items = person_items(c, r, Lb, ref=False)
    lines, ts = ip_lines(c, r, None, r.choice(["ip_paren", "ip_at"]))
    pi = post_items(c, r, Lb)
    agent = r.choice(["Maya (Meta LE Support)", "Daniel R. (Meta Emergency Escalations)", "Ana (Meta LER)"])
    o_fn, _ = r.choice(K.FIRST_NAMES)
    o_city = r.choice(["Jaipur", "Ajmer", "Jodhpur", "Udaipur"])
    compl = phone_form(rnum(r), "sp")
    earlier = c.mail_dt - timedelta(hours=r.randint(2, 20))
    pe, ze, _ = pacific(earlier)
    b = ["##- Please type your reply above this line -##", "",
         f"Your request ({tnum}) has been updated. To add a comment, reply to this email.", "",
         "-" * 30, "", f"{agent}", f"{MON[p.month-1]} {p.day}, {p.year}, {h}:{p.minute:02d} {ap} {z}", "",
         intro(c, r), "", kv(items)]
    if lines:
        b += ["", Lb["ips"] + ":"] + lines
    if pi:
        b += ["", kv(pi)]
    b += ["", "-" * 30, "", f"SCRB Rajasthan desk", f"{MON[pe.month-1]} {pe.day}, {pe.year}", "",
          f"Complaint received at PS Kotwali {o_city}: complainant {o_fn} says a friend of theirs posted worrying content. "
          f"Complainant mobile {compl}. Please share subscriber details and last login urgently.", "",
          "-" * 30, "", "This email is a service from Meta Law Enforcement Support.",
          *portal_line(c, r),
          f"[{hashlib.md5(str(c.i).encode()).hexdigest()[:6].upper()}-{r.randint(1000, 9999)}]"]
    txt = "\n".join(b) + "\n"
    return platform_mail(c, r, f"[Meta LE Support] Re: {subject_for(c, r)}", part("text/plain", txt, "quoted-printable"))


def L_call_recap_prose(c, r):
    """Recap of a telephone call between the platform and the police control room."""
    c.traps.add("officer_signature")
    off = r.choice(K.OFFICERS)
    offph = phone_form(rnum(r, "9"), "zero")
    callt = c.mail_dt.astimezone(IST) - timedelta(minutes=r.randint(3, 25))
    s = [r.choice(["Dear colleagues,", "Hello SCRB team,", "Dear Control Room,"]), "",
         f"Thank you for taking our call at {callt:%H:%M} IST today. {off[1]} {off[0]} answered on {offph}. "
         "As agreed on the call, here is a written summary."]
    t = []
    c.used.add("ref")
    t.append(f"Our case number is {c.ref}.")
    if c.name is not None:
        t.append(f"The account holder is {c.nm()}" + (f", who uses the name {c.f('username')} on {PNAME[c.platform]}" if c.username else "") + ".")
    if c.profile:
        t.append(f"The profile link we read out was {c.f('profile')}")
    if c.phones10:
        t.append("The mobile number we hold is " + ", and a second one is ".join(c.ph(k) for k in range(len(c.phones10))) + ".")
    if c.emails:
        c.used.add("emails")
        t.append(f"The e-mail address is {c.emails[0]}" + (f" (also {c.emails[1]})" if len(c.emails) > 1 else "") + ".")
    if c.place:
        t.append(f"The place listed on the account is {c.f('place')}.")
    if c.ips:
        ts = r.choice(IP_TSTYLES)
        xs = []
        for k in range(len(c.ips)):
            tt = c.iptime(k, ts)
            xs.append(f"{c.ipd(k)}" + (f" ({tt})" if tt else ""))
        t.append("The latest connections came from " + ", then ".join(xs) + ".")
    if c.post:
        if c.post_dt:
            t.append(f"The content that worried our reviewers was posted {c.ptime(r.choice(POST_TSTYLES))} and reads: \"{c.f('post')}\".")
        else:
            t.append(f"The content reads: \"{c.f('post')}\".")
    s += ["", " ".join(t), "", "If anything in this summary differs from what you noted on the call, please reply.",
          "", signoff(c, r)]
    return platform_mail(c, r, r.choice([f"Summary of our call - {c.ref}", f"Call recap: {c.ref}",
                                          f"As discussed on the phone ({c.ref})"]),
                         part("text/plain", "\n".join(s) + "\n", r.choice(["8bit", "base64"])))


def xml_esc(s):
    return html.escape(s, quote=False)


def L_spreadsheetml_attach(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb) + post_items(c, r, Lb, r.choice(["iso_z", "utc_space", "ist_dayfirst"]), quote=False)
    rows = "".join(f"<Row><Cell><Data ss:Type=\"String\">{xml_esc(k)}</Data></Cell>"
                   f"<Cell><Data ss:Type=\"String\">{xml_esc(v)}</Data></Cell></Row>\n" for k, v in items)
    ts = r.choice(["utc_bare", "iso_z", "ist_dayfirst"])
    iprows = "<Row><Cell><Data ss:Type=\"String\">IP</Data></Cell><Cell><Data ss:Type=\"String\">" + \
        ("Time (UTC)" if ts == "utc_bare" else "Time") + "</Data></Cell></Row>\n"
    for k in range(len(c.ips)):
        t = c.iptime(k, ts)
        iprows += (f"<Row><Cell><Data ss:Type=\"String\">{c.ipd(k)}</Data></Cell>" +
                   (f"<Cell><Data ss:Type=\"String\">{t}</Data></Cell>" if t else "") + "</Row>\n")
    x = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
         "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
         "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">\n"
         f"<Worksheet ss:Name=\"Subscriber\"><Table>\n{rows}</Table></Worksheet>\n"
         f"<Worksheet ss:Name=\"IP log\"><Table>\n{iprows}</Table></Worksheet>\n</Workbook>\n")
    logical = "\n".join(f"{k}\t{v}" for k, v in items)
    body = f"{r.choice(K.GREETINGS)}\n\n{intro(c, r)}\nPlease open the attached spreadsheet (two sheets).\n\n{signoff(c, r)}\n"
    ent = multipart("mixed", [part("text/plain", body),
                              attach("application/vnd.ms-excel", f"LE_{c.i:04d}.xml", x, "base64", charset=None,
                                     logical=logical)], f"xl{c.i}")
    return platform_mail(c, r, subject_for(c, r), ent)


def ldif_val(attr, v):
    try:
        v.encode("ascii")
        if v.startswith((" ", ":", "<")):
            raise UnicodeEncodeError("x", "", 0, 1, "x")
        line = f"{attr}: {v}"
    except UnicodeEncodeError:
        line = f"{attr}:: " + base64.b64encode(v.encode()).decode()
    out, first = [], True
    while line:
        n = 76 if first else 75
        out.append(("" if first else " ") + line[:n])
        line, first = line[n:], False
    return "\n".join(out)


def L_ldif_record(c, r):
    rows = [f"dn: leCase={c.f('ref')},ou=emergency,o={c.platform}", "objectClass: top",
            "objectClass: leDisclosureSubject"]
    if c.name is not None:
        rows.append(ldif_val("cn", c.nm(r.random() < 0.4)))
    if c.uid:
        rows.append(ldif_val("uidNumber", c.f("uid")))
    if c.username:
        rows.append(ldif_val("uid", c.f("username")))
    if c.profile:
        rows.append(ldif_val("labeledURI", c.f("profile") + " profile"))
    for k in range(len(c.phones10)):
        rows.append(ldif_val("mobile", c.ph(k, r.choice(["cc", "sp", "dash"]))))
    for e in c.emails:
        c.used.add("emails")
        rows.append(ldif_val("mail", e))
    if c.place:
        rows.append(ldif_val("l", c.f("place")))
    ts = r.choice(["iso_z", "utc_space"])
    for k in range(len(c.ips)):
        t = c.iptime(k, ts)
        rows.append(ldif_val("loginRecord", c.ipd(k) + (f" {t}" if t else "")))
    if c.post:
        if c.post_dt:
            rows.append(ldif_val("contentCreated", c.ptime(r.choice(["iso_z", "iso_off"]))))
        rows.append(ldif_val("contentText", c.f("post")))
    ld = "version: 1\n\n" + "\n".join(rows) + "\n"
    logical_rows = []
    body = (f"{r.choice(K.GREETINGS)}\n\n{intro(c, r)}\nThe subscriber record is exported below in LDIF (RFC 2849).\n\n"
            + ld + "\n" + signoff(c, r) + "\n")
    # logical text for topic words: decoded values
    for ln in rows:
        if ":: " in ln:
            a, v = ln.split(":: ", 1)
            try:
                logical_rows.append(a + ": " + base64.b64decode(v.replace("\n ", "")).decode())
            except Exception:
                pass
    note_text("\n".join(logical_rows))
    return platform_mail(c, r, subject_for(c, r), part("text/plain", body, r.choice(["8bit", "quoted-printable"])))


def L_webhook_form_dump(c, r):
    """The platform's API mail fallback: the HTTP request it could not deliver, dumped verbatim."""
    pairs = [("case_id", c.f("ref")), ("platform", c.platform)]
    if c.name is not None:
        pairs.append(("subject[name]", c.nm()))
    for k in range(len(c.phones10)):
        pairs.append((f"subject[phones][{k}]", c.ph(k, r.choice(["sp", "cc", "dash"]))))
    for k, e in enumerate(c.emails):
        c.used.add("emails")
        pairs.append((f"subject[emails][{k}]", e))
    if c.username:
        pairs.append(("subject[username]", c.f("username")))
    if c.uid:
        pairs.append(("subject[user_id]", c.f("uid")))
    if c.profile:
        pairs.append(("subject[profile_url]", c.f("profile")))
    if c.place:
        pairs.append(("subject[location]", c.f("place")))
    if c.post:
        pairs.append(("content[text]", c.f("post")))
        if c.post_dt:
            pairs.append(("content[created_at]", c.ptime(r.choice(["iso_z", "epoch_s"]))))
    ts = r.choice(["iso_z", "epoch_s"])
    for k in range(len(c.ips)):
        pairs.append((f"logins[{k}][ip]", c.ipd(k)))
        t = c.iptime(k, ts)
        if t:
            pairs.append((f"logins[{k}][time]", t))
    form = urllib.parse.urlencode(pairs)
    body = ("Automatic message: delivery of an emergency disclosure to your registered webhook failed "
            f"({r.choice(['HTTP 502', 'connection timed out', 'TLS handshake failed'])}). The request is reproduced below so that no information is lost.\n\n"
            "POST /intake/le-disclosure HTTP/1.1\nHost: lers-webhook.police.example.in\n"
            "Content-Type: application/x-www-form-urlencoded\nUser-Agent: Meta-LERS-Webhook/3.2\n"
            f"Content-Length: {len(form)}\n\n{form}\n\n-- \nMeta LERS delivery service\n")
    note_text("\n".join(f"{k}={v}" for k, v in pairs))
    return platform_mail(c, r, f"Undelivered webhook: emergency disclosure {c.ref}",
                         part("text/plain", body, "8bit"))


def tp_str(s):
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if b >= 0x80:
            out.append("\\%03o" % b)
        elif ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def L_textproto_body(c, r):
    lines = [f"# proto-file: le/disclosure.proto", f"# proto-message: EmergencyDisclosure", "",
             f"case_id: {tp_str(c.f('ref'))}", f"surface: {c.platform.upper()}"]
    lines.append("subject {")
    if c.name is not None:
        lines.append(f"  display_name: {tp_str(c.nm(r.random() < 0.3))}")
    if c.uid:
        lines.append(f"  account_id: {c.f('uid')}")
    if c.username:
        lines.append(f"  handle: {tp_str(c.f('username'))}")
    if c.profile:
        lines.append(f"  profile_uri: {tp_str(c.f('profile'))}")
    for k in range(len(c.phones10)):
        lines.append(f"  phone {{ number: {tp_str(c.ph(k, r.choice(['cc', 'sp'])))} verified: true }}")
    for e in c.emails:
        c.used.add("emails")
        lines.append(f"  email: {tp_str(e)}")
    if c.place:
        lines.append(f"  stated_location: {tp_str(c.f('place'))}")
    lines.append("}")
    if c.post:
        lines.append("content {")
        lines.append(f"  text: {tp_str(c.f('post'))}")
        if c.post_dt:
            lines.append(f"  create_time {{ seconds: {c.ptime('epoch_s')} }}")
        lines.append("}")
    for k in range(len(c.ips)):
        dt = c.ips[k]["dt"]
        t = c.iptime(k, "epoch_s")
        lines.append(f"login {{ ip: {tp_str(c.ipd(k))}" + (f" time {{ seconds: {t} }}" if t else "") + " }")
    tp = "\n".join(lines) + "\n"
    logical = "\n".join(lines)
    body = (f"{intro(c, r)}\nThis mail carries the disclosure in protocol-buffer text format (one record).\n\n"
            + tp + "\n" + signoff(c, r) + "\n")
    # logical view: unescaped strings
    note_text(bytes(tp, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace"))
    return platform_mail(c, r, subject_for(c, r), part("text/plain", body, "8bit"))


def L_agent_chat_log(c, r):
    agent = r.choice(["Priya", "Marcus", "Sana", "Kevin"])
    desk = r.choice(["SCRB Desk", "HC Duty Desk", "SM Cell"])
    t0 = c.mail_dt.astimezone(IST) - timedelta(minutes=12)
    n = [0]

    def ts():
        n[0] += r.randint(15, 70)
        return (t0 + timedelta(seconds=n[0])).strftime("%H:%M:%S")

    m = []
    m.append(f"[{ts()}] {desk}: hello, we got an alert call. can you share the details in writing?")
    m.append(f"[{ts()}] {agent} (Meta LE Support): Yes. Reference {c.f('ref')}.")
    if c.name is not None:
        m.append(f"[{ts()}] {agent} (Meta LE Support): Name on the account: {c.nm()}")
    if c.username:
        m.append(f"[{ts()}] {agent} (Meta LE Support): Username {c.f('username')}")
    if c.profile:
        m.append(f"[{ts()}] {agent} (Meta LE Support): Profile {c.f('profile')}")
    if c.uid:
        m.append(f"[{ts()}] {agent} (Meta LE Support): Account ID {c.f('uid')}")
    m.append(f"[{ts()}] {desk}: phone number?")
    if c.phones10:
        m.append(f"[{ts()}] {agent} (Meta LE Support): " + " / ".join(c.ph(k) for k in range(len(c.phones10))))
    else:
        m.append(f"[{ts()}] {agent} (Meta LE Support): No phone number is on the account.")
    if c.emails:
        c.used.add("emails")
        m.append(f"[{ts()}] {agent} (Meta LE Support): Email {', '.join(c.emails)}")
    m.append(f"[{ts()}] {desk}: location?")
    if c.place:
        m.append(f"[{ts()}] {agent} (Meta LE Support): Location on profile: {c.f('place')}")
    else:
        m.append(f"[{ts()}] {agent} (Meta LE Support): None on the profile; see the post itself.")
    if c.ips:
        st = r.choice(IP_TSTYLES)
        for k in range(len(c.ips)):
            tt = c.iptime(k, st)
            m.append(f"[{ts()}] {agent} (Meta LE Support): login IP {c.ipd(k)}" + (f" at {tt}" if tt else ""))
    if c.post:
        if c.post_dt:
            m.append(f"[{ts()}] {agent} (Meta LE Support): Post time {c.ptime(r.choice(POST_TSTYLES))}")
        m.append(f"[{ts()}] {agent} (Meta LE Support): Post text: {c.f('post')}")
    m.append(f"[{ts()}] {desk}: thanks, routing now")
    body = (f"Transcript of your chat with Meta Law Enforcement Support on {t0:%d %b %Y} (times IST)\n\n" + "\n".join(m)
            + "\n\nThis transcript was e-mailed at the end of the chat.\n")
    return platform_mail(c, r, f"Chat transcript - {c.ref}", part("text/plain", body, r.choice(["8bit", "quoted-printable"])))


def L_paged_letter_formfeed(c, r):
    Lb = L(r)
    hdr = lambda n, tot: f"META PLATFORMS, INC. - LAW ENFORCEMENT RESPONSE{' ' * 10}Page {n} of {tot}\nCONFIDENTIAL - FOR LAW ENFORCEMENT USE ONLY\n"
    items = person_items(c, r, Lb)
    pi = post_items(c, r, Lb, r.choice(POST_TSTYLES))
    lines, ts = ip_lines(c, r, r.choice(["utc_bare", "iso_z", "pacific"]), "time_first")
    p1 = [hdr(1, 2), f"{c.mail_dt:%B %d, %Y}", "", "To: Superintendent of Police / Duty Officer", "Rajasthan Police, SCRB", "",
          "Re: Emergency Disclosure", "", intro(c, r), "", "1. Account information", "", kv(items, " : ", True)]
    p2 = [hdr(2, 2), "2. IP address information" + (" (UTC)" if ts == "utc_bare" else "")] + (lines or ["   none recorded"]) + \
        ["", "3. Content", "", kv(pi, " : ", True) if pi else "   none", "", "Sincerely,", "", "Law Enforcement Response Team",
         "Meta Platforms, Inc."]
    body = "\n".join(p1) + "\n\f\n" + "\n".join(p2) + "\n"
    return platform_mail(c, r, subject_for(c, r), part("text/plain", body, r.choice(["8bit", "base64"])))


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            v = o if o < 32768 else o - 65536
            out.append(f"\\u{v}?")
    return "".join(out)


def L_rtf_attach(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb) + post_items(c, r, Lb, r.choice(POST_TSTYLES), quote=False)
    lines, ts = ip_lines(c, r, None, "ip_paren")
    rtf = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}{\\f1 Nirmala UI;}}", "\\f0\\fs20 ",
           "{\\b Emergency disclosure}\\par\\par"]
    for k, v in items:
        rtf.append(f"{{\\b {rtf_esc(k)}:}} {rtf_esc(v)}\\par")
    if lines:
        rtf.append(f"\\par{{\\b {rtf_esc(Lb['ips'])}}}\\par")
        rtf += [rtf_esc(x) + "\\par" for x in lines]
    rtf.append("}")
    doc = "\n".join(rtf) + "\n"
    logical = "\n".join(f"{k}: {v}" for k, v in items)
    body = f"{r.choice(K.GREETINGS)}\n\n{intro(c, r)} Details in the attached document.\n\n{signoff(c, r)}\n"
    ent = multipart("mixed", [part("text/plain", body),
                              attach("application/rtf", f"disclosure_{c.ref}.rtf", doc, "base64", charset=None,
                                     logical=logical)], f"rtf{c.i}")
    return platform_mail(c, r, subject_for(c, r), ent)


def L_amp4email_part(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb) + post_items(c, r, Lb, r.choice(POST_TSTYLES), quote=False)
    ts = r.choice(IP_TSTYLES)
    ipr = [(c.ipd(k), c.iptime(k, ts)) for k in range(len(c.ips))]
    amp = ["<!doctype html><html ⚡4email data-css-strict><head><meta charset=\"utf-8\">",
           "<script async src=\"https://cdn.ampproject.org/v0.js\"></script>",
           "<script async custom-element=\"amp-accordion\" src=\"https://cdn.ampproject.org/v0/amp-accordion-0.1.js\"></script>",
           "<style amp4email-boilerplate>body{visibility:hidden}</style></head><body>",
           f"<p>{html.escape(intro(c, r))}</p><amp-accordion>"]
    amp.append(f"<section expanded><h4>Account</h4><div>")
    amp += [f"<p><b>{html.escape(k)}</b> {html.escape(v)}</p>" for k, v in items]
    amp.append("</div></section>")
    if ipr:
        amp.append(f"<section><h4>{html.escape(Lb['ips'])}</h4><div>")
        amp += [f"<p>{html.escape(a)} {html.escape(b or '')}</p>" for a, b in ipr]
        amp.append("</div></section>")
    amp.append("</amp-accordion></body></html>")
    fallback = ["<html><body>", f"<p>{html.escape(intro(c, r))}</p><dl>"]
    fallback += [f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in items]
    fallback.append("</dl>")
    if ipr:
        fallback.append("<p>" + "<br>".join(html.escape(a + (' ' + b if b else '')) for a, b in ipr) + "</p>")
    fallback.append("</body></html>")
    txt = "Your mail client cannot show this message. Open the HTML version.\n"
    ent = multipart("alternative", [part("text/plain", txt), part("text/x-amp-html", "\n".join(amp), "quoted-printable"),
                                    part("text/html", "\n".join(fallback), "quoted-printable")], f"amp_{c.i}")
    return platform_mail(c, r, subject_for(c, r), ent)


def L_field_change_log(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb, ref=False)
    pi = post_items(c, r, Lb, r.choice(POST_TSTYLES), quote=False)
    allv = items + pi
    changed = set(r.sample(range(len(allv)), k=min(len(allv), r.randint(1, 3)))) if allv else set()
    c.used.add("ref")
    b = [f"Case {c.ref} was updated by Meta Law Enforcement Response.", "",
         f"Status: Open -> {r.choice(['Escalated', 'Urgent - police notified', 'Awaiting police'])}", "", "Changes:"]
    for i, (k, v) in enumerate(allv):
        if i in changed:
            b.append(f"  * {k}: (not provided) -> {v}")
    b += ["", "Current values:"]
    for i, (k, v) in enumerate(allv):
        if i not in changed:
            b.append(f"    {k}: {v}")
    lines, ts = ip_lines(c, r, None, "ip_at")
    if lines:
        b += ["", f"  * {Lb['ips']}: added {len(lines)} entr{'y' if len(lines) == 1 else 'ies'}"] + [f"      {x}" for x in lines]
    if r.random() < 0.75:
        c.traps.add("portal_login_ip")
        pv = c.mail_dt.astimezone(IST) - timedelta(minutes=r.randint(5, 50))
        b += ["", f"Last viewed on the LE portal by an officer of your agency from 164.100.{r.randint(1, 250)}.{r.randint(2, 250)} "
                  f"at {pv:%d/%m/%Y %H:%M} IST."]
    b += ["", "You are receiving this because you are a recipient on this case.", signoff(c, r)]
    return platform_mail(c, r, f"Case updated: {c.ref}", part("text/plain", "\n".join(b) + "\n", r.choice(["8bit", "quoted-printable"])))


def L_html_pre_block(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb) + post_items(c, r, Lb, r.choice(POST_TSTYLES), quote=False)
    lines, ts = ip_lines(c, r, r.choice(["utc_bare", "iso_z", "epoch_s"]), "time_first")
    w = max(len(k) for k, _ in items)
    pre = "\n".join(f"{k.upper().ljust(w)} : {v}" for k, v in items)
    if lines:
        pre += "\n\n" + ip_heading(Lb, ts).upper() + "\n" + "\n".join(lines)
    h = (f"<html><body><p>{html.escape(intro(c, r))}</p>\n<pre style=\"font-family:Consolas,monospace\">\n"
         f"{html.escape(pre)}\n</pre>\n<p>{html.escape(signoff(c, r)).replace(chr(10), '<br>')}</p></body></html>")
    return platform_mail(c, r, subject_for(c, r), part("text/html", h, r.choice(["quoted-printable", "base64"])))


def L_emoji_labels(c, r):
    ic = {"ref": "🆔", "name": "👤", "phone": "📱", "email": "✉️", "place": "📍", "profile": "🔗", "username": "🏷️",
          "uid": "#️⃣", "post": "💬", "post_time": "🕒", "ips": "🌐", "created": "📅", "dob": "🎂"}
    Le = L(r)
    Lb = {k: f"{ic[k]} {v}" for k, v in Le.items()}
    items = person_items(c, r, Lb)
    pi = post_items(c, r, Lb)
    lines, ts = ip_lines(c, r, None, r.choice(["ip_paren", "pipe"]))
    b = [f"🚨 {PNAME[c.platform]} emergency alert", "", intro(c, r), "", kv(items)]
    if lines:
        b += ["", Lb["ips"]] + [f"   ▸ {x}" for x in lines]
    b += ["", kv(pi), "", "— sent from the Meta LE Alerts app"]
    return platform_mail(c, r, f"🚨 {subject_for(c, r)}", part("text/plain", "\n".join(b) + "\n", "base64"))


ZW = "\u200b"


def L_nbsp_zwsp_plain(c, r):
    Lb = L(r)
    Lz = {k: v[:2] + ZW + v[2:] for k, v in Lb.items()}
    items = person_items(c, r, Lz)
    pi = post_items(c, r, Lz, quote=False)
    out = []
    for k, v in items + pi:
        if c.name and v == c.name:
            v = v.replace(" ", "\u00a0")
        if any(v == c.ph(j, c.pstyles[j]) for j in range(len(c.phones10))):
            v = "\u200e" + v.replace(" ", "\u00a0") + "\u200e"
        out.append(f"{k}:\u00a0{v}")
    lines, ts = ip_lines(c, r, None, r.choice(["ip_at", "ip_on"]))
    b = ["\ufeff" + r.choice(K.GREETINGS), "", intro(c, r).replace(" ", "\u00a0", 3), ""] + out
    if lines:
        b += ["", Lz["ips"] + ":"] + [x.replace(" at ", "\u00a0at\u00a0") for x in lines]
    b += ["", signoff(c, r)]
    return platform_mail(c, r, subject_for(c, r), part("text/plain", "\n".join(b) + "\n", r.choice(["quoted-printable", "base64"])))


def L_x_header_fields(c, r):
    xh = [f"X-Meta-LE-Case: {c.f('ref')}"]
    if c.name is not None:
        xh.append(f"X-Meta-LE-Subject-Name: {ew(c.nm())}")
    for k in range(len(c.phones10)):
        xh.append(f"X-Meta-LE-Subject-Phone: {c.ph(k, r.choice(['cc', 'sp']))}")
    for e in c.emails:
        c.used.add("emails")
        xh.append(f"X-Meta-LE-Subject-Email: {e}")
    if c.profile:
        xh.append(f"X-Meta-LE-Subject-Profile: {c.f('profile')}")
    if c.username:
        xh.append(f"X-Meta-LE-Subject-Handle: {c.f('username')}")
    if c.uid:
        xh.append(f"X-Meta-LE-Subject-Id: {c.f('uid')}")
    if c.place:
        xh.append(f"X-Meta-LE-Subject-Location: {ew(c.f('place'))}")
    for k in range(len(c.ips)):
        t = c.iptime(k, "epoch_s")
        xh.append(f"X-Meta-LE-Login: ip={c.ipd(k)}" + (f"; t={t}" if t else ""))
    if c.post_dt and c.post:
        xh.append(f"X-Meta-LE-Content-Time: {c.ptime('iso_z')}")
    b = [r.choice(K.GREETINGS), "", intro(c, r),
         "The structured fields of this disclosure travel in the X-Meta-LE-* headers of this message.", ""]
    if c.post:
        b += ["The content:", "", "    " + c.f("post"), ""]
    b.append(signoff(c, r))
    return platform_mail(c, r, subject_for(c, r), part("text/plain", "\n".join(b) + "\n"), extra_headers=xh)


# ---- new forwarding / relay shapes -------------------------------------------------------

def cef_esc(s):
    return s.replace("\\", "\\\\").replace("=", "\\=").replace("\n", " ")


def L_cef_siem_event(c, r):
    ext = [f"rt={int(c.mail_dt.timestamp()) * 1000}", f"cs6Label=origSender cs6={c.from_addr}",
           f"cs1Label=caseRef cs1={cef_esc(c.f('ref'))}"]
    if c.name is not None:
        ext.append(f"suser={cef_esc(c.nm())}")
    if c.phones10:
        ext.append(f"cs2Label=subjectPhone cs2={cef_esc(', '.join(c.ph(k, r.choice(['cc', 'sp'])) for k in range(len(c.phones10))))}")
    if c.emails:
        c.used.add("emails")
        ext.append(f"cs3Label=subjectEmail cs3={cef_esc(', '.join(c.emails))}")
    if c.place:
        ext.append(f"cs4Label=subjectLocation cs4={cef_esc(c.f('place'))}")
    if c.profile:
        ext.append(f"request={cef_esc(c.f('profile'))}")
    if c.username:
        ext.append(f"suid={cef_esc(c.f('username'))}")
    if c.uid:
        ext.append(f"cn1Label=accountId cn1={c.f('uid')}")
    c.ips = c.ips[:2]
    for k in range(len(c.ips)):
        t = c.iptime(k, "epoch_ms")
        if k == 0:
            ext.append(f"src={c.ipd(k)}" + (f" start={t}" if t else ""))
        else:
            ext.append(f"cs5Label=secondLoginIp cs5={c.ipd(k)}" +
                       (f" deviceCustomDate1Label=secondLoginTime deviceCustomDate1={t}" if t else ""))
    if c.post:
        if c.post_dt:
            ext.append(f"deviceCustomDate2Label=postTime deviceCustomDate2={c.ptime('epoch_ms')}")
        ext.append(f"msg={cef_esc(c.f('post'))}")
    cef = f"CEF:0|Meta Platforms|LE Disclosure Mail|2.4|LE-ER-01|Emergency disclosure received|9|" + " ".join(ext)
    body = ("SOC rule 'platform-emergency-mail' matched an incoming mail on the district mail gateway.\n"
            f"Original-From: {c.from_name} <{c.from_addr}>\nOriginal-Date: {rfc_date(c.mail_dt)}\n\n"
            "Parsed event (CEF):\n\n" + cef + "\n\n"
            f"Ref: {file_no(c, r)}\n-- \nSOC, Rajasthan Police IT cell (automated)\n")
    note_text(cef.replace("\\=", "="))
    return police_mail(c, r, f"[SOC] platform emergency mail forwarded - {c.ref}", part("text/plain", body),
                       ("SOC Gateway", "soc-alerts@police.example.in"))


def L_journal_envelope(c, r):
    s = subject_for(c, r)
    inner_ent = part("text/plain", plain_body(c, r), r.choice(["8bit", "quoted-printable"]))
    inner = inner_platform_message(c, r, inner_ent, s)
    rep = (f"Sender: {c.from_addr}\nSubject: {s}\nMessage-Id: {msgid(c, c.from_domain, 'orig')}\n"
           f"To: cybercell@police.example.in\nRecipient: {DESK}, Forwarded: cybercell@police.example.in\n")
    ent = multipart("mixed", [part("text/plain", rep), rfc822_part(inner)], f"jrnl{c.i}")
    return police_mail(c, r, s, ent, ("Microsoft Exchange", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@police.example.in"),
                       ["X-MS-Journal-Report:", "X-MS-Exchange-Organization-Journal-Report: 1"])


def L_adaptive_card_relay(c, r):
    Lb = L(r)
    items = person_items(c, r, Lb)
    pi = post_items(c, r, Lb, r.choice(POST_TSTYLES), quote=False)
    ts = r.choice(IP_TSTYLES)
    ipr = [(c.ipd(k), c.iptime(k, ts)) for k in range(len(c.ips))]
    h = ["<html><body><div style=\"border:1px solid #ddd;padding:12px;max-width:560px\">",
         "<div style=\"font-size:11px;color:#666\">SM Desk automation &middot; relayed from the shared mailbox</div>",
         f"<div style=\"font-weight:600\">Platform mail from {html.escape(c.from_name)} &lt;{html.escape(c.from_addr)}&gt;</div>",
         "<table role=\"presentation\">"]
    h += [f"<tr><td style=\"color:#666;padding-right:12px\">{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in items + pi]
    h.append("</table>")
    if ipr:
        h.append(f"<div style=\"font-weight:600\">{html.escape(Lb['ips'])}</div>")
        h += [f"<div>{html.escape(a)}{(' &middot; ' + html.escape(b)) if b else ''}</div>" for a, b in ipr]
    h.append("<div><a href=\"https://teams.police.example.in/l/channel/sm-desk\">Open in channel</a> | Acknowledge</div></div></body></html>")
    txt = (f"Platform mail from {c.from_name} <{c.from_addr}>\n" + kv(items + pi) + "\n" +
           "\n".join(f"{a} {b or ''}".strip() for a, b in ipr) + "\n")
    ent = multipart("alternative", [part("text/plain", txt), part("text/html", "\n".join(h), "quoted-printable")], f"card{c.i}")
    return police_mail(c, r, f"[SM Desk] {subject_for(c, r)}", ent, ("SM Desk Flow", "sm-desk-flow@police.example.in"))


def L_officer_inline_annotated(c, r):
    body = plain_body(c, r, traps=False)
    n, post, unit = r.choice(K.OFFICERS)
    c.traps.add("officer_signature")
    my = phone_form(rnum(r, "9"), "bare")
    out = []
    for ln in body.rstrip("\n").split("\n"):
        out.append("> " + ln if ln else ">")
        if c.phones10 and ln and c.phones10[0][-4:] in ln.replace(" ", "").replace("-", "") and r.random() < 0.9:
            out.append(f"[{post} {n.split()[0]}: called this number twice, switched off]")
        elif c.place and c.place in ln:
            out.append(f"[{post} {n.split()[0]}: beat staff informed]")
    top = (f"Sir,\nmy notes in [brackets] below. I am on {my} if needed.\n\n{post} {n}, {unit}\n\n"
           f"On {rfc_date(c.mail_dt)}, {c.from_name} <{c.from_addr}> wrote:\n")
    txt = top + "\n".join(out) + "\n"
    s, fs = fwd_subject(c, r, "Fw: ")
    return police_mail(c, r, fs, part("text/plain", txt, "quoted-printable", logical=top + body))


def L_servicenow_incident(c, r):
    inc = f"INC{r.randint(1000000, 9999999)}"
    c.traps.add("police_file_number")
    s = subject_for(c, r)
    body = plain_body(c, r)
    who = r.choice(K.OFFICERS)
    add_t = c.fwd_dt.astimezone(IST)
    txt = (f"Incident {inc} has been assigned to group SCRB-SM-Desk.\n\n"
           f"Short description: Platform mail - {s}\nCaller: {r.choice(POLICE_UNITS)[0]}\nPriority: 1 - Critical\n"
           f"State: New\n\nDescription:\n----- mail received on the district mailbox -----\n"
           f"From: {c.from_name} <{c.from_addr}>\nDate: {rfc_date(c.mail_dt)}\nSubject: {s}\n\n{body}"
           f"----- end of mail -----\n\nAdditional comments:\n{add_t:%Y-%m-%d %H:%M:%S} IST - {who[1]} {who[0]}: "
           f"mail auto-ingested, SCRB please route.\n\n"
           f"Click here to view the incident: https://itsm.police.example.in/nav_to.do?uri=incident.do%3Fsysparm_query%3Dnumber%3D{inc}\n"
           f"Ref:MSG{r.randint(1000000, 9999999)}\n")
    return police_mail(c, r, f"Incident {inc} -- assigned to SCRB-SM-Desk", part("text/plain", txt, r.choice(["8bit", "quoted-printable"])),
                       ("IT Service Desk", "itsm-noreply@police.example.in"))


def L_samsung_mobile_fwd(c, r):
    s, fs = fwd_subject(c, r, "Fwd: ")
    body = plain_body(c, r)
    d = c.mail_dt.astimezone(IST)
    hdr = (f"\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: {c.from_name} <{c.from_addr}> \n"
           f"Date: {d:%d/%m/%Y} {d:%H:%M} (GMT+05:30) \nTo: sho-office@police.example.in \nSubject: {s} \n\n")
    top = r.choice(["Pls check urgent", "Sir see this", "Forwarding", "आवश्यक कार्यवाही हेतु"])
    txt = top + hdr + body
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body dir=\"auto\">"
           f"<div dir=\"auto\">{html.escape(top)}</div><div dir=\"auto\"><br></div><div id=\"composer_signature\" dir=\"auto\">"
           "<div style=\"font-size:85%;color:#575757\" dir=\"auto\">Sent from my Galaxy</div></div><div dir=\"auto\"><br></div>"
           "<div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\"><div>-------- Original message --------</div>"
           f"<div>From: {html.escape(c.from_name)} &lt;{html.escape(c.from_addr)}&gt; </div><div>Date: {d:%d/%m/%Y} {d:%H:%M} (GMT+05:30) </div>"
           f"<div>Subject: {html.escape(s)} </div><div><br></div></div>" + html.escape(body).replace("\n", "<br>") + "</body></html>")
    ent = multipart("alternative", [part("text/plain", txt, "base64"), part("text/html", htm, "base64")], f"--_com.samsung.android.email_{c.i}")
    return police_mail(c, r, fs, ent)


def L_range_desk_relay(c, r):
    s = subject_for(c, r)
    body = plain_body(c, r)
    rng = r.choice(["Jodhpur", "Ajmer", "Udaipur", "Bikaner", "Kota", "Bharatpur", "Jaipur"])
    txt = (f"IG RANGE {rng.upper()} - SOCIAL MEDIA RELAY DESK\n{file_no(c, r)}\n"
           f"Received at range desk: {c.fwd_dt.astimezone(IST):%d.%m.%Y %H:%M} hrs\n"
           f"Original sender: {c.from_addr}\nOriginal subject: {s}\n"
           "Routing note: relayed to SCRB for routing to the district concerned; range desk is not the location of the person.\n\n"
           "=== BEGIN PLATFORM TEXT ===\n" + body + "=== END PLATFORM TEXT ===\n\n" + officer_sig(c, r) + "\n")
    return police_mail(c, r, f"RELAY/{rng[:3].upper()}: {s}", part("text/plain", txt, r.choice(["8bit", "base64"])),
                       (f"IG Range {rng} SM Desk", f"smdesk-range-{rng.lower()}@rajpolice.gov.in"))


# ---------------------------------------------------------------------------------------
# PLATFORM NOTICES (no person facts) and OTHER mails

class Bare(Case):
    """A non-report: every person field stays empty."""

    def __init__(self, i, layout, r, platform, from_name, from_addr, auth, dt):
        super().__init__(i, layout, r)
        self.platform, self.from_name, self.from_addr, self.auth = platform, from_name, from_addr, auth
        self.from_domain = from_addr.split("@")[1]
        self.mail_dt = self.fwd_dt = dt
        self.fwd = False
        self.name = None
        self.ips, self.emails, self.phones10 = [], [], []
        self.ref = None
        self.district = self.pd = self.kind = None
        self.outside = False
        self.profile = self.username = self.uid = self.post = None
        self.place = ""


def exp_bare(c, kind):
    e = expected(c, kind)
    e["platform"] = c.platform
    e["authentic"] = kind == "platform_notice" and c.auth in AUTHENTIC_VARIANTS
    e["forwarded"] = False
    e["place_kind"] = None
    return e


def N_le_portal_upgrade(c, r):
    body = ("Dear law enforcement partner,\n\nThe Law Enforcement Online Request System (LEORS) will be upgraded on "
            "Saturday 12 December 2026 between 02:00 and 04:00 UTC (07:30-09:30 IST). During this window you can still "
            "submit EMERGENCY requests by e-mail to this address; non-emergency requests should wait until the portal is back.\n\n"
            "What changes:\n  - faster upload of legal process documents\n  - a new status page for each request\n"
            "  - two-step verification becomes mandatory for all officer accounts\n\nNo action is needed on your part.\n\n"
            "Meta Law Enforcement Outreach\n")
    return platform_mail(c, r, "Scheduled maintenance: Law Enforcement Online Request System", part("text/plain", body))


def N_suicide_prevention_programme(c, r):
    c.traps.add("helpline")
    h = ("<html><body><h2>Our suicide and self-injury prevention work in India</h2>"
         "<p>Over the past year, Facebook and Instagram connected thousands of people in India with support. "
         "When our reviewers see content that suggests imminent risk of harm, we contact emergency services, as we do with your team.</p>"
         "<ul><li>Partnership with Tele-MANAS: 14416 / 1-800-891-4416</li><li>In-app resources in Hindi, Tamil, Bengali and Marathi</li>"
         "<li>Training for 1,200 police officers across 9 states</li></ul>"
         "<p>Helplines we show to people in India: AASRA +91-9820466726, KIRAN 1800-599-0019.</p>"
         "<p><a href=\"https://www.facebook.com/safety/wellbeing/suicideprevention\">Learn more</a></p>"
         "<p>Meta Safety Policy team, India</p></body></html>")
    txt = ("Our suicide and self-injury prevention work in India\n\nWhen our reviewers see content that suggests imminent risk of harm,"
           " we contact emergency services.\nTele-MANAS: 14416 / 1-800-891-4416. AASRA +91-9820466726. KIRAN 1800-599-0019.\n")
    ent = multipart("alternative", [part("text/plain", txt), part("text/html", h, "quoted-printable")], f"nl{c.i}")
    return platform_mail(c, r, "Safety newsletter: suicide prevention in India, 2026", ent)


def N_telemanas_partnership_hi(c, r):
    c.traps.add("helpline")
    body = ("नमस्कार,\n\nइंस्टाग्राम ने टेली-मानस (राष्ट्रीय टेली मानसिक स्वास्थ्य कार्यक्रम) के साथ साझेदारी की है। अब भारत में "
            "उपयोगकर्ताओं को ऐप के भीतर ही हेल्पलाइन 14416 और 1-800-891-4416 दिखाई जाएगी।\n\n"
            "पुलिस साथियों के लिए: आपातकालीन अनुरोध पहले की तरह इसी ई-मेल पते पर भेजे जा सकते हैं। "
            "इस सूचना के उत्तर की आवश्यकता नहीं है।\n\nधन्यवाद,\nइंस्टाग्राम सुरक्षा टीम\n")
    return platform_mail(c, r, "सूचना: टेली-मानस के साथ नई साझेदारी", part("text/plain", body, "base64"))


def N_policy_update_html(c, r):
    h = ("<html><body><p>Dear partner,</p><p>We are updating our <b>Law Enforcement Guidelines</b> effective "
         "1 January 2027. The main changes are:</p><ol><li>Preservation requests are kept for 90 days (was 60).</li>"
         "<li>Requests must come from an official government e-mail domain.</li>"
         "<li>Emergency disclosures remain available 24x7 for imminent risk of death or serious physical injury.</li></ol>"
         "<p>The full text is on our <a href=\"https://about.meta.com/actions/safety/audiences/law\">law enforcement page</a>.</p>"
         "<p>Meta Platforms, Inc.</p></body></html>")
    return platform_mail(c, r, "Update to our Law Enforcement Guidelines (effective 1 Jan 2027)", part("text/html", h, "quoted-printable"))


def N_lers_new_signin(c, r):
    c.traps.add("portal_login_ip")
    t = c.mail_dt.astimezone(IST)
    body = (f"New sign-in to your law enforcement portal account\n\nAccount: scrb-sm-desk@police.example.in\n"
            f"When: {t.day} {MON[t.month-1]} {t.year}, {h12(t)[0]}:{t.minute:02d} {h12(t)[1]} IST\n"
            f"From IP address: 164.100.{r.randint(1, 250)}.{r.randint(2, 250)} (Jaipur, Rajasthan, India)\n"
            "Browser: Firefox on Windows\n\nIf this was you, you can ignore this message. If not, reset your password "
            "from the portal at once and tell your agency administrator.\n\nMeta Law Enforcement Portal\n")
    return platform_mail(c, r, "New sign-in to your LE portal account", part("text/plain", body))


def N_transparency_h1(c, r):
    body = ("Government Requests for User Data, January-June 2026\n\nIndia: 41,206 requests (emergency: 3,918), "
            "data produced in 74% of cases.\nRajasthan agencies sent 1,204 emergency requests in this period.\n\n"
            "Read the full report at https://transparency.meta.com/reports/government-data-requests/\n\n"
            "-- Meta Transparency Center\n")
    return platform_mail(c, r, "Transparency report H1 2026 now available", part("text/plain", body, "quoted-printable"))


def N_webinar_invite_b64(c, r):
    h = ("<html><body><p>You are invited to a training session for Indian law enforcement:</p>"
         "<p><b>Responding to emergency disclosures from Meta</b><br>Tuesday, 15 December 2026, 16:00-17:30 IST<br>"
         "Online (link sent after registration)</p><p>Topics: reading an emergency referral, timings and time zones, "
         "what to do when the location is unclear, wellbeing checks.</p>"
         "<p><a href=\"https://www.facebook.com/events/000000000/\">Register</a></p><p>Meta Trust &amp; Safety, APAC</p></body></html>")
    return platform_mail(c, r, "Invitation: training on emergency disclosures (15 Dec)", part("text/html", h, "base64"))


def N_threads_safety_features(c, r):
    body = ("Hi,\n\nThreads is rolling out new safety tools in India this month: hidden words in Hindi, a limit on replies "
            "from people you don't follow, and resources shown when someone searches for self-harm related terms.\n\n"
            "Threads will keep sending emergency referrals to police through the usual Meta channels.\n\n"
            "Threads Trust & Safety\n")
    return platform_mail(c, r, "What's new in Threads safety (India)", part("text/plain", body))


def N_wa_le_tips(c, r):
    body = ("Tips for sending requests to WhatsApp\n\n1. Always include the full phone number with the country code (+91).\n"
            "2. Message content is end-to-end encrypted and cannot be disclosed.\n"
            "3. For emergencies involving a risk to life, mark the request EMERGENCY and give the reason.\n"
            "4. Use your official e-mail domain.\n\nWhatsApp Law Enforcement Support\n")
    return platform_mail(c, r, "Tips: making requests to WhatsApp", part("text/plain", body, "base64"))


def N_request_acknowledged(c, r):
    c.traps.add("request_id_phone_like")
    n = rnum(r)
    body = (f"Thank you. We have received your request {n}, submitted on the portal by an officer of your agency.\n\n"
            "We will review it and respond through the portal. This is an automatic message; replies to it are not monitored.\n\n"
            "Meta Law Enforcement Response Team\n")
    return platform_mail(c, r, f"Request received: {n}", part("text/plain", body))


def N_holiday_staffing(c, r):
    body = ("Dear partners,\n\nOur emergency response team stays staffed 24 hours a day through the holiday period "
            "(24 December 2026 to 2 January 2027). Non-emergency requests may take longer than usual.\n\n"
            "Season's greetings,\nMeta Law Enforcement Outreach\n")
    return platform_mail(c, r, "Holiday coverage of our emergency team", part("text/plain", body, "quoted-printable"))


def N_verification_code_le(c, r):
    body = (f"Your law enforcement portal verification code is {r.randint(100000, 999999)}.\n\nIt expires in 10 minutes. "
            "Do not share this code.\n")
    return platform_mail(c, r, "Your verification code", part("text/plain", body))


def N_teen_accounts_bilingual(c, r):
    c.traps.add("helpline")
    body = ("Teen Accounts on Instagram are now on by default in India / भारत में टीन अकाउंट अब स्वतः चालू\n\n"
            "Teens under 16 get private accounts, limits on who can message them, and sensitive-content controls. "
            "Parents can supervise from Family Center.\n\n"
            "किशोरों के लिए निजी खाते, संदेश पर सीमा और संवेदनशील सामग्री नियंत्रण। हेल्पलाइन: टेली-मानस 14416।\n\n"
            "Instagram\n")
    return platform_mail(c, r, "Teen Accounts in India / टीन अकाउंट", part("text/plain", body, "quoted-printable"))


def N_newsletter_dkimfail(c, r):
    body = ("Meta Safety Partner Newsletter - December 2026\n\n* New reporting tools for partners\n* Digital literacy "
            "workshops in Jaipur and Udaipur\n* Call for proposals: community wellbeing grants\n\nMeta Safety Partnerships\n")
    return platform_mail(c, r, "Meta Safety Partner Newsletter - December", part("text/plain", body))


NOTICES = [  # (layout, function, platform, sender name, sender address, auth)
    ("pn_le_portal_upgrade", N_le_portal_upgrade, "facebook", "Meta Law Enforcement Outreach", "outreach@lers.meta.com", "stamp"),
    ("pn_suicide_prevention_programme", N_suicide_prevention_programme, "facebook", "Meta Safety", "safety-news@fb.com", "stamp_fold"),
    ("pn_telemanas_partnership_hi", N_telemanas_partnership_hi, "instagram", "Instagram", "no-reply@mail.instagram.com", "stamp"),
    ("pn_policy_update_html", N_policy_update_html, "facebook", "Meta Platforms", "le-guidelines@meta.com", "stamp"),
    ("pn_lers_new_signin", N_lers_new_signin, "facebook", "Meta LE Portal", "portal-security@lers.meta.com", "stamp"),
    ("pn_transparency_h1", N_transparency_h1, "facebook", "Meta Transparency Center", "transparency@meta.com", "stamp_fold"),
    ("pn_webinar_invite_b64", N_webinar_invite_b64, "facebook", "Meta Trust & Safety APAC", "events@fb.com", "stamp"),
    ("pn_threads_safety_features", N_threads_safety_features, "threads", "Threads", "updates@threads.meta.com", "stamp"),
    ("pn_wa_le_tips", N_wa_le_tips, "whatsapp", "WhatsApp Law Enforcement Support", "wa-le@support.meta.com", "stamp"),
    ("pn_request_acknowledged", N_request_acknowledged, "facebook", "Meta LERT", "noreply@lers.meta.com", "stamp"),
    ("pn_holiday_staffing", N_holiday_staffing, "facebook", "Meta Law Enforcement Outreach", "outreach@lers.meta.com", "stamp"),
    ("pn_verification_code_le", N_verification_code_le, "facebook", "Facebook", "security@facebookmail.com", "stamp"),
    ("pn_teen_accounts_bilingual", N_teen_accounts_bilingual, "instagram", "Instagram", "news@mail.instagram.com", "stamp"),
    ("pn_newsletter_dkimfail", N_newsletter_dkimfail, "facebook", "Meta Safety Partnerships", "partners@fb.com", "dkim_fail"),
]


def other_mail(c, r, frm, subject, entity, extra=(), stamp=None):
    H = []
    if stamp:
        H += auth_headers("police_stamp", stamp)
    H.append(f"From: {frm}")
    H.append(f"To: {DESK}")
    note_text(subject)
    H.append(f"Subject: {ew(subject)}")
    H.append(f"Date: {rfc_date(c.mail_dt, r.choice(['ist', 'utc']))}")
    H.append(f"Message-ID: {msgid(c, 'police.example.in', 'oth')}")
    H.extend(extra)
    H.append("MIME-Version: 1.0")
    return "\n".join(H) + "\n" + entity


def O_dsn_mailbox_full(c, r):
    human = ("This is the mail system at host mail.police.example.in.\n\nI'm sorry to have to inform you that your message "
             "could not be delivered to one or more recipients.\n\n<do-sojat-pali@police.example.in>: host "
             "mbox.police.example.in[10.21.7.14] said: 552 5.2.2 Mailbox full\n")
    ds = ("Reporting-MTA: dns; mail.police.example.in\nArrival-Date: " + rfc_date(c.mail_dt) + "\n\n"
          "Final-Recipient: rfc822; do-sojat-pali@police.example.in\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n")
    orig = ("From: Lifeline SCRB Rajasthan <scrb-sm-desk@police.example.in>\nTo: do-sojat-pali@police.example.in\n"
            "Subject: [LL-2026-000311] HIGH risk - self-harm alert - PS Sojat\nMessage-ID: <LL-2026-000311.forward.1.a9f2@lifeline.police.example.in>\n")
    note_text(orig)
    ent = multipart("report; report-type=delivery-status", [part("text/plain", human, charset="us-ascii"),
                    "Content-Type: message/delivery-status\n\n" + ds,
                    "Content-Type: text/rfc822-headers\n\n" + orig], f"dsn{c.i}")
    return other_mail(c, r, "MAILER-DAEMON@mail.police.example.in (Mail Delivery System)", "Undelivered Mail Returned to Sender", ent,
                      ["Auto-Submitted: auto-replied"])


def O_ooo_hi(c, r):
    body = "मैं 10 दिसंबर तक अवकाश पर हूँ। आवश्यक कार्य हेतु थानाधिकारी से संपर्क करें।\n"
    return other_mail(c, r, "Duty Officer Bali <do-bali-pali@police.example.in>",
                      "स्वतः उत्तर: [LL-2026-000298] HIGH risk - PS Bali", part("text/plain", body),
                      ["Auto-Submitted: auto-replied", "In-Reply-To: <LL-2026-000298.forward.1.77ab@lifeline.police.example.in>"])


def O_ooo_en_training(c, r):
    c.traps.add("officer_signature")
    body = ("Thank you for your mail. I am attending a training course at RPA Jaipur until 14 December and will read mail "
            "on my return. For anything urgent please call the SHO on 0291-2650xxx or the control room 112.\n\nSI Rukmani Choudhary\n")
    return other_mail(c, r, "SI Rukmani Choudhary <si-rukmani@police.example.in>", "Out of Office: [LL-2026-000305] MEDIUM risk",
                      part("text/plain", body), ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])


def O_officer_chatter(c, r):
    c.traps.add("officer_signature")
    body = ("Sir,\n\nThe night-duty list for next week at the SM desk: HC Vijendra Poonia (94140 52x1x is his new number, "
            "please update), Ct. Mahesh from Monday. I will be at Tonk for the court case on Thursday.\n\nAlso, the printer "
            "in room 12 is still not working.\n\nRegards,\nASI Anil Kumar Dadhich\nSCRB, Jaipur\nMob. 9414 0 6xx2x\n")
    return other_mail(c, r, "ASI Anil Kumar <asi-anil-scrb@police.example.in>", "night duty list / printer",
                      part("text/plain", body), stamp="police.example.in")


def O_reached_reply(c, r):
    body = ("REACHED. टीम मौके पर पहुँची, व्यक्ति सुरक्षित है, परिवार को सौंपा गया।\n\nOn " + rfc_date(c.mail_dt - timedelta(minutes=40)) +
            ", Lifeline SCRB Rajasthan <scrb-sm-desk@police.example.in> wrote:\n> [LL-2026-000290] HIGH risk - self-harm alert - PS Nohar\n> ...\n")
    return other_mail(c, r, "SHO Nohar <sho-nohar-hmh@police.example.in>", "Re: [LL-2026-000290] HIGH risk - self-harm alert - PS Nohar",
                      part("text/plain", body),
                      ["In-Reply-To: <LL-2026-000290.forward.1.c01d@lifeline.police.example.in>",
                       "References: <LL-2026-000290.forward.1.c01d@lifeline.police.example.in>"], stamp="police.example.in")


def O_phish_lers_reset(c, r):
    c.traps.update({"inauthentic_sender", "lookalike_domain"})
    h = ("<html><body><p>Dear Officer,</p><p>Your Meta LERS password expires <b>today</b>. To keep access to emergency "
         "disclosures, confirm your account now:</p><p><a href=\"http://meta-lers-verify.example.net/login\">Confirm account</a></p>"
         "<p>Meta Law Enforcement Response</p></body></html>")
    H = [f"Authentication-Results: {OURS}; dkim=pass header.d=meta-lers-verify.example.net; dmarc=pass header.from=meta-lers-verify.example.net"]
    return "\n".join(H) + "\n" + other_mail(c, r, "Meta LERS <security@meta-lers-verify.example.net>",
                                            "Action required: your LERS password expires today", part("text/html", h, "quoted-printable"))


def O_news_alert(c, r):
    body = ("Google Alerts\n\nsuicide Rajasthan\nDaily update - 3 new results\n\nNEWS\n"
            "Student helpline numbers displayed in Kota coaching hostels\nThe district administration asked hostels to display "
            "Tele-MANAS 14416...\n\nRajasthan police launch social media wellbeing desk\n...\n\nUnsubscribe | Edit this alert\n")
    c.traps.add("helpline")
    return other_mail(c, r, "Google Alerts <googlealerts-noreply@google.com>", "Google Alert - suicide Rajasthan",
                      part("text/plain", body))


def O_vendor_amc(c, r):
    body = ("Dear Sir,\n\nThe annual maintenance contract for the control-room video wall (PO 2025/CR/118) expires on "
            "31.12.2026. Please find our renewal quotation attached: Rs 2,40,000 + GST.\n\nFor queries: 0141-4012xxx\n\n"
            "Regards,\nShree Balaji Systems, Jaipur\n")
    return other_mail(c, r, "Shree Balaji Systems <sales@balaji-systems.example.com>", "AMC renewal - video wall",
                      part("text/plain", body))


def O_read_receipt(c, r):
    human = "Your message\n\n  To: do-kumher-deeg@police.example.in\n  Subject: [LL-2026-000301] MEDIUM risk - PS Kumher\n\nwas read on " + rfc_date(c.mail_dt) + ".\n"
    mdn = ("Reporting-UA: mail.police.example.in; Roundcube\nFinal-Recipient: rfc822; do-kumher-deeg@police.example.in\n"
           "Original-Message-ID: <LL-2026-000301.forward.1.55e0@lifeline.police.example.in>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    ent = multipart("report; report-type=disposition-notification", [part("text/plain", human), "Content-Type: message/disposition-notification\n\n" + mdn], f"mdn{c.i}")
    return other_mail(c, r, "Duty Officer Kumher <do-kumher-deeg@police.example.in>", "Read: [LL-2026-000301] MEDIUM risk - PS Kumher", ent)


def O_delay_dsn(c, r):
    body = ("This is the mail system at host mail.police.example.in.\n\n####################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################\n\n"
            "Your message could not be delivered for 4 hours. It will be retried until it is 5 days old.\n\n"
            "<sho-sagwara-dgp@police.example.in>: connect to mbox2.police.example.in[10.21.9.3]:25: Connection timed out\n")
    return other_mail(c, r, "MAILER-DAEMON@mail.police.example.in (Mail Delivery System)", "Delayed Mail (still being retried)",
                      part("text/plain", body, charset="us-ascii"), ["Auto-Submitted: auto-replied"])


OTHERS = [
    ("ot_dsn_mailbox_full", O_dsn_mailbox_full), ("ot_ooo_hi", O_ooo_hi), ("ot_ooo_en_training", O_ooo_en_training),
    ("ot_officer_chatter", O_officer_chatter), ("ot_reached_reply", O_reached_reply), ("ot_phish_lers_reset", O_phish_lers_reset),
    ("ot_news_alert", O_news_alert), ("ot_vendor_amc", O_vendor_amc), ("ot_read_receipt", O_read_receipt),
    ("ot_delay_dsn", O_delay_dsn),
]

# ---------------------------------------------------------------------------------------
# the mix

# (layout, count, ordinary shape?, police forward?)
REPORT_LAYOUTS = [
    ("meta_plain_referral", 5, True, False), ("html_table_rows", 4, True, False), ("html_br_only", 4, True, False),
    ("b64_text", 4, True, False), ("qp_html_alt", 4, True, False), ("csv_ip_attachment", 4, True, False),
    ("txt_attachment_record", 4, True, False), ("json_attachment_record", 4, True, False),
    ("label_above_value", 4, True, False), ("dot_leader_fields", 4, True, False), ("hindi_only_fields", 5, True, False),
    ("mixed_hi_en_fields", 4, True, False), ("romanized_hindi_labels", 4, True, False), ("sentence_facts", 4, True, False),
    ("wa_plain_record", 5, True, False), ("ig_div_cards", 4, True, False),
    ("rfc822_police_fwd", 4, True, True), ("gmail_inline_fwd", 4, True, True), ("outlook_inline_fwd", 3, True, True),
    ("thunderbird_fwd", 3, True, True), ("police_webmail_fwd", 3, True, True), ("gt_quoted_fwd", 3, True, True),
    # new shapes
    ("zendesk_style_thread", 5, False, False), ("call_recap_prose", 5, False, False), ("spreadsheetml_attach", 4, False, False),
    ("ldif_record", 4, False, False), ("webhook_form_dump", 5, False, False), ("textproto_body", 5, False, False),
    ("agent_chat_log", 5, False, False), ("paged_letter_formfeed", 4, False, False), ("rtf_attach", 5, False, False),
    ("amp4email_part", 5, False, False), ("field_change_log", 4, False, False), ("html_pre_block", 5, False, False),
    ("emoji_labels", 4, False, False), ("nbsp_zwsp_plain", 4, False, False), ("x_header_fields", 4, False, False),
    ("cef_siem_event", 3, False, True), ("journal_envelope", 3, False, True), ("adaptive_card_relay", 3, False, True),
    ("officer_inline_annotated", 3, False, True), ("servicenow_incident", 3, False, True),
    ("samsung_mobile_fwd", 3, False, True), ("range_desk_relay", 3, False, True),
]
HINDI_LAYOUTS = {"hindi_only_fields", "mixed_hi_en_fields", "romanized_hindi_labels"}
INAUTH = ["lookalike"] * 6 + ["dkim_fail"] * 3 + ["none"] * 2 + ["untrusted_top"] * 2 + ["misaligned"] * 2 + ["dup_stamp"]


def choose_places(r, n_reports):
    by = {}
    for p in K.PLACES:
        by.setdefault(p[1], []).append(p)
    kc = {}
    chosen = []
    for d in K.DISTRICTS:
        pool = by[d][:]
        r.shuffle(pool)
        for _ in range(4):
            pool.sort(key=lambda p: kc.get(p[3], 0))
            p = pool.pop(0)
            kc[p[3]] = kc.get(p[3], 0) + 1
            chosen.append(p)
    chosen += [(o, None, None, "outside") for o in K.OUTSIDE]
    chosen += [("", d, None, "post_only", post) for post, d in K.POST_ONLY]
    assert len(chosen) <= n_reports, (len(chosen), n_reports)
    # the rest: further places not used yet, one per district in turn
    rest = [p for p in K.PLACES if p not in chosen]
    r.shuffle(rest)
    chosen += rest[:n_reports - len(chosen)]
    return chosen


def main():
    global CUR
    r = random.Random(SEED)
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9][0-9]-*")):
        os.remove(f)
    slots = []
    for name, n, ordinary, fwd in REPORT_LAYOUTS:
        slots += [("report", name, fwd)] * n
    n_rep = len(slots)
    places = choose_places(r, n_rep)
    r.shuffle(places)
    # Hindi places go to Hindi layouts first
    hindi_pl = [p for p in places if p[3] == "hindi"]
    other_pl = [p for p in places if p[3] != "hindi"]
    plat_slots = [k for k, s in enumerate(slots) if not s[2]]
    auth_for = {}
    for k, v in zip(r.sample(plat_slots, len(INAUTH)), INAUTH):
        auth_for[k] = v
    assigned = {}
    for k, s in enumerate(slots):
        if s[1] in HINDI_LAYOUTS and hindi_pl:
            assigned[k] = hindi_pl.pop()
    rest = hindi_pl + other_pl
    r.shuffle(rest)
    for k in range(len(slots)):
        if k not in assigned:
            assigned[k] = rest.pop()
    allmails = [(s, k) for k, s in enumerate(slots)]
    allmails += [(("notice",) + n, None) for n in NOTICES]
    allmails += [(("other",) + o, None) for o in OTHERS]
    r.shuffle(allmails)
    topics = [r.random() < 0.5 for _ in range(len(slots))]
    for i, (s, k) in enumerate(allmails, 1):
        cr = random.Random(f"{SEED}-{i}")
        if s[0] == "report":
            name, fwd = s[1], s[2]
            auth = "police" if fwd else auth_for.get(k, cr.choice(["stamp", "stamp", "stamp_fold"]))
            c = build_case(i, name, assigned[k], cr, topics[k], fwd, auth)
            CUR = c
            raw = globals()["L_" + name](c, cr)
            exp = expected(c)
        elif s[0] == "notice":
            _, name, fn, plat, fname, faddr, auth = s
            c = Bare(i, name, cr, plat, fname, faddr, auth, base_dt(cr))
            CUR = c
            raw = fn(c, cr)
            exp = exp_bare(c, "platform_notice")
        else:
            _, name, fn = s
            c = Bare(i, name, cr, None, "x", "x@police.example.in", "none", base_dt(cr))
            CUR = c
            raw = fn(c, cr)
            exp = exp_bare(c, "other")
            exp["platform"] = None
        CUR = None
        assert "\r" not in raw
        stem = f"{i:04d}-{name}"
        with open(os.path.join(HERE, stem + ".eml"), "wb") as fh:
            fh.write(raw.encode("utf-8"))
        with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(f"wrote {len(allmails)} mails ({n_rep} reports, {len(NOTICES)} notices, {len(OTHERS)} other)")


if __name__ == "__main__":
    main()
