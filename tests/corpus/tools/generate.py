#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the Lifeline reader test corpus (tests/corpus/{dev,holdout}).

Pure stdlib, deterministic (SEED).  Run from anywhere:

    python3 tests/corpus/tools/generate.py

It wipes and rewrites tests/corpus/dev, tests/corpus/holdout, manifest.json and README.md.
Every mail is composed from the hand-written blocks in blocks.py (labels, prose, places,
names) by one of the layout writers below; its expected.json is derived from the same facts
the writer put into the mail.
"""
import base64
import csv
import hashlib
import html
import io
import ipaddress
import json
import os
import quopri
import random
import re
import shutil
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blocks as B  # noqa: E402
from mailtext import TOPIC_RE, mail_text  # noqa: E402

SEED = 20261128
ROOT = os.path.dirname(HERE)
UTC = timezone.utc
IST = timezone(timedelta(hours=5, minutes=30))
OUR_MTA = "mail.police.example.in"
HQ_BOX = "scrb-sm-desk@police.example.in"

REPORT_LAYOUTS = [
    "plain_colon", "plain_nextline", "dot_leader", "tab_separated", "html_table_th",
    "html_table_td2", "html_br_bold", "multipart_alt", "base64_body", "qp_body",
    "attachment_csv", "attachment_txt", "hindi_only", "mixed_hi_en", "machine_json",
    "machine_kv", "numbered_sections",
]
FORWARD_LAYOUTS = ["fwd_rfc822", "fwd_inline_gmail", "fwd_inline_outlook"]
PER_LAYOUT = 20          # genuine mails per layout
N_LOOKALIKE = 22         # report-shaped mails from non-platform senders
NEUTRAL_SHARE = 0.39     # share of report mails with no topic words at all

DEVA = str.maketrans("0123456789", "०१२३४५६७८९")
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_HI = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर"]


def is_deva(s):
    return any("\u0900" <= ch <= "\u097f" for ch in s)


def gsel(text, gender):
    """Pick the m/f alternative in {m|f} tokens."""
    return re.sub(r"\{([^{}|]*)\|([^{}|]*)\}", lambda m: m.group(1) if gender == "m" else m.group(2), text)


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ============================================================================ times
def la_offset(dt):
    """America/Los_Angeles offset (hours, abbreviation) at UTC instant dt (US rules since 2007)."""
    y = dt.year
    d = datetime(y, 3, 1, tzinfo=UTC)
    second_sun = 1 + (6 - d.weekday()) % 7 + 7
    start = datetime(y, 3, second_sun, 10, 0, tzinfo=UTC)      # 02:00 PST
    d = datetime(y, 11, 1, tzinfo=UTC)
    first_sun = 1 + (6 - d.weekday()) % 7
    end = datetime(y, 11, first_sun, 9, 0, tzinfo=UTC)          # 02:00 PDT
    return (-7, "PDT") if start <= dt < end else (-8, "PST")


def near_dst_change(dt):
    for y in (dt.year,):
        for m in (3, 11):
            for day in range(1, 15):
                t = datetime(y, m, day, tzinfo=UTC)
                if t.weekday() == 6 and abs((dt - t).total_seconds()) < 3 * 86400:
                    return True
    return False


def h12(h):
    return (h % 12 or 12), ("AM" if h < 12 else "PM")


# name -> (minute_only, zone the *label* must carry or None, allowed in Hindi-only mails)
TIME_FORMATS = {
    "ist12": (True, None, True), "utc_space": (False, None, True), "iso_off": (False, None, True),
    "dmy_slash_ist": (True, None, True), "mdy_utc12": (False, None, False),
    "dmy_dash_gmt530": (False, None, True), "epoch": (False, None, True),
    "epoch_ms": (False, None, True), "weekday_ist": (True, None, False),
    "kolkata": (False, None, True), "pacific": (True, None, False), "la_named": (False, None, False),
    "iso_z": (False, None, True), "iso_z_ms": (False, None, True), "rfc2822": (False, None, False),
    "rfc2822_ist": (False, None, False), "hindi": (True, None, True), "gmt": (True, None, False),
    "iso_utc_off": (False, None, True), "slash_ymd_off": (False, None, True),
    "bare_utc": (False, "UTC", True), "bare_ist": (True, "IST", True), "ist24": (True, None, True),
    "time_first_ist": (True, None, False), "deva": (True, None, True),
}
EXPLICIT_FORMATS = [k for k, v in TIME_FORMATS.items() if v[1] is None and k not in ("hindi", "deva")]
HINDI_FORMATS = ["hindi", "deva", "ist12", "dmy_slash_ist", "iso_off", "utc_space", "ist24",
                 "kolkata", "dmy_dash_gmt530", "iso_z"]


def fmt_time(dt, key):
    """Render UTC instant dt in format key.  Returns (text, expected UTC instant)."""
    minute_only = TIME_FORMATS[key][0]
    ms = dt.microsecond // 1000
    dt = dt.replace(microsecond=0)
    if minute_only:
        dt = dt.replace(second=0)
    u = dt.astimezone(UTC)
    i = dt.astimezone(IST)
    if key == "ist12":
        h, ap = h12(i.hour)
        s = f"{i.day:02d} {MON[i.month-1]} {i.year}, {h}:{i.minute:02d} {ap} IST"
    elif key == "utc_space":
        s = u.strftime("%Y-%m-%d %H:%M:%S UTC")
    elif key == "iso_off":
        s = i.strftime("%Y-%m-%dT%H:%M:%S+05:30")
    elif key == "dmy_slash_ist":
        s = i.strftime("%d/%m/%Y %H:%M IST")
    elif key == "mdy_utc12":
        h, ap = h12(u.hour)
        s = f"{MON[u.month-1]} {u.day}, {u.year} {h}:{u.minute:02d}:{u.second:02d} {ap} UTC"
    elif key == "dmy_dash_gmt530":
        s = i.strftime("%d-%m-%Y %H:%M:%S (GMT+5:30)")
    elif key == "epoch":
        s = str(int(u.timestamp()))
    elif key == "epoch_ms":
        s = str(int(u.timestamp()) * 1000 + ms)
    elif key == "weekday_ist":
        s = f"{WDAY[i.weekday()]}, {i.day} {MONTH[i.month-1]} {i.year} at {i.hour:02d}:{i.minute:02d} IST"
    elif key == "kolkata":
        s = i.strftime("%Y-%m-%d %H:%M:%S Asia/Kolkata")
    elif key == "pacific":
        off, ab = la_offset(u)
        p = u + timedelta(hours=off)
        h, ap = h12(p.hour)
        s = f"{MON[p.month-1]} {p.day}, {p.year} {h}:{p.minute:02d} {ap} {ab}"
    elif key == "la_named":
        off, ab = la_offset(u)
        p = u + timedelta(hours=off)
        s = p.strftime("%Y-%m-%d %H:%M:%S America/Los_Angeles")
    elif key == "iso_z":
        s = u.strftime("%Y-%m-%dT%H:%M:%SZ")
    elif key == "iso_z_ms":
        s = u.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"
    elif key == "rfc2822":
        s = f"{WDAY[u.weekday()][:3]}, {u.day:02d} {MON[u.month-1]} {u.year} {u:%H:%M:%S} +0000"
    elif key == "rfc2822_ist":
        s = f"{WDAY[i.weekday()][:3]}, {i.day:02d} {MON[i.month-1]} {i.year} {i:%H:%M:%S} +0530"
    elif key == "hindi":
        s = f"{i.day} {MON_HI[i.month-1]} {i.year}, {i.hour:02d}:{i.minute:02d} बजे (IST)"
    elif key == "deva":
        s = f"{i.day:02d}/{i.month:02d}/{i.year} {i.hour:02d}:{i.minute:02d} IST".translate(DEVA)
    elif key == "gmt":
        s = f"{u.day} {MON[u.month-1]} {u.year} {u.hour:02d}:{u.minute:02d} GMT"
    elif key == "iso_utc_off":
        s = u.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    elif key == "slash_ymd_off":
        s = i.strftime("%Y/%m/%d %H:%M:%S +0530")
    elif key == "bare_utc":
        s = u.strftime("%Y-%m-%d %H:%M:%S")
    elif key == "bare_ist":
        s = i.strftime("%d-%m-%Y %H:%M")
    elif key == "ist24":
        s = f"{i.day} {MON[i.month-1]} {i.year} {i.hour:02d}:{i.minute:02d} IST"
    elif key == "time_first_ist":
        h, ap = h12(i.hour)
        s = f"{h}:{i.minute:02d} {ap} IST, {i.day:02d}/{i.month:02d}/{i.year}"
    else:
        raise KeyError(key)
    return s, u


# Independent reader for the formats above: used to assert every rendered time round-trips.
def _parse_back(s, key, label_zone=None):
    ds = s.translate(str.maketrans("०१२३४५६७८९", "0123456789"))
    mi = {m: n + 1 for n, m in enumerate(MON)}
    mf = {m: n + 1 for n, m in enumerate(MONTH)}
    mh = {m: n + 1 for n, m in enumerate(MON_HI)}

    def ist(*a):
        return datetime(*a, tzinfo=IST).astimezone(UTC)

    def utc(*a):
        return datetime(*a, tzinfo=UTC)

    def to24(h, ap):
        h = int(h) % 12
        return h + 12 if ap == "PM" else h
    m = None
    if key == "epoch":
        return datetime.fromtimestamp(int(ds), UTC)
    if key == "epoch_ms":
        return datetime.fromtimestamp(int(ds) // 1000, UTC)
    pats = [
        (r"(\d+) (\w+) (\d{4}), (\d+):(\d+) (AM|PM) IST$", lambda g: ist(int(g[2]), mi[g[1]], int(g[0]), to24(g[3], g[5]), int(g[4]))),
        (r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) UTC$", lambda g: utc(*map(int, g))),
        (r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+05:30$", lambda g: ist(*map(int, g))),
        (r"(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d) IST$", lambda g: ist(int(g[2]), int(g[1]), int(g[0]), int(g[3]), int(g[4]))),
        (r"(\w+) (\d+), (\d{4}) (\d+):(\d\d):(\d\d) (AM|PM) UTC$", lambda g: utc(int(g[2]), mi[g[0]], int(g[1]), to24(g[3], g[6]), int(g[4]), int(g[5]))),
        (r"(\d\d)-(\d\d)-(\d{4}) (\d\d):(\d\d):(\d\d) \(GMT\+5:30\)$", lambda g: ist(int(g[2]), int(g[1]), int(g[0]), int(g[3]), int(g[4]), int(g[5]))),
        (r"\w+, (\d+) (\w+) (\d{4}) at (\d\d):(\d\d) IST$", lambda g: ist(int(g[2]), mf[g[1]], int(g[0]), int(g[3]), int(g[4]))),
        (r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) Asia/Kolkata$", lambda g: ist(*map(int, g))),
        (r"(\w+) (\d+), (\d{4}) (\d+):(\d\d) (AM|PM) (PST|PDT)$", lambda g: utc(int(g[2]), mi[g[0]], int(g[1]), to24(g[3], g[5]), int(g[4])) + timedelta(hours=8 if g[6] == "PST" else 7)),
        (r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) America/Los_Angeles$", None),
        (r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?Z$", lambda g: utc(*map(int, g))),
        (r"\w+, (\d\d) (\w+) (\d{4}) (\d\d):(\d\d):(\d\d) \+0000$", lambda g: utc(int(g[2]), mi[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]))),
        (r"\w+, (\d\d) (\w+) (\d{4}) (\d\d):(\d\d):(\d\d) \+0530$", lambda g: ist(int(g[2]), mi[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]))),
        (r"(\d+) (\S+) (\d{4}), (\d\d):(\d\d) बजे \(IST\)$", lambda g: ist(int(g[2]), mh[g[1]], int(g[0]), int(g[3]), int(g[4]))),
        (r"(\d+) (\w+) (\d{4}) (\d\d):(\d\d) GMT$", lambda g: utc(int(g[2]), mi[g[1]], int(g[0]), int(g[3]), int(g[4]))),
        (r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+00:00$", lambda g: utc(*map(int, g))),
        (r"(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) \+0530$", lambda g: ist(*map(int, g))),
        (r"(\d+) (\w+) (\d{4}) (\d\d):(\d\d) IST$", lambda g: ist(int(g[2]), mi[g[1]], int(g[0]), int(g[3]), int(g[4]))),
        (r"(\d+):(\d\d) (AM|PM) IST, (\d\d)/(\d\d)/(\d{4})$", lambda g: ist(int(g[5]), int(g[4]), int(g[3]), to24(g[0], g[2]), int(g[1]))),
    ]
    if key == "bare_utc":
        g = re.match(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$", ds).groups()
        return utc(*map(int, g))
    if key == "bare_ist":
        g = re.match(r"(\d\d)-(\d\d)-(\d{4}) (\d\d):(\d\d)$", ds).groups()
        return ist(int(g[2]), int(g[1]), int(g[0]), int(g[3]), int(g[4]))
    for pat, fn in pats:
        m = re.match(pat, ds)
        if m:
            g = m.groups()
            if fn is None:  # LA named: standard or daylight by date
                local = datetime(*map(int, g), tzinfo=UTC)
                for off in (7, 8):
                    cand = local + timedelta(hours=off)
                    if la_offset(cand)[0] == -off:
                        return cand
            return fn(g)
    raise ValueError(f"cannot parse back {s!r} ({key})")


def time_value(rng, dt, lang, label_zone=None, allow=None):
    """Pick a format suitable for the label (zone) and language; return (text, utc, key)."""
    if label_zone == "UTC":
        keys = ["bare_utc", "utc_space", "iso_z", "epoch", "mdy_utc12"]
    elif label_zone == "IST":
        keys = ["bare_ist", "ist12", "dmy_slash_ist", "ist24"]
    elif lang == "hi":
        keys = list(HINDI_FORMATS) + ["hindi"] * 4 + ["deva"] * 2
    else:
        keys = list(EXPLICIT_FORMATS)
        if lang == "mixed":
            keys += ["hindi"] * 5 + ["deva"]
    if allow is not None:
        keys = [k for k in keys if k in allow] or keys
    if near_dst_change(dt):
        keys = [k for k in keys if k not in ("pacific", "la_named")]
    key = rng.choice(keys)
    s, u = fmt_time(dt, key)
    back = _parse_back(s, key)
    assert back == u, (s, key, back, u)
    return s, u, key


# ============================================================================ values
class Ids:
    """Global uniqueness for phones, ids, names."""
    def __init__(self):
        self.phones = set()
        self.names = set()
        self.ids = set()
        self.look = 0


def gen_mobile(rng, ids):
    while True:
        first = rng.choice("99998887776")
        nat = first + "".join(rng.choice("0123456789") for _ in range(9))
        if nat not in ids.phones and "14416" not in nat:
            ids.phones.add(nat)
            return nat


PHONE_STYLES = ["sp", "dash", "plain", "zero", "intl00", "local_dash", "paren", "bare", "91dash",
                "three", "sp4", "zero_sp"]


def phone_disp(nat, style):
    a, b = nat[:5], nat[5:]
    return {
        "sp": f"+91 {a} {b}", "dash": f"+91-{nat}", "plain": f"+91{nat}", "zero": f"0{nat}",
        "intl00": f"0091 {a} {b}", "local_dash": f"{a}-{b}", "paren": f"(+91) {a} {b}",
        "bare": nat, "91dash": f"91-{nat}", "three": f"+91 {nat[:3]} {nat[3:6]} {nat[6:]}",
        "sp4": f"+91 {nat[:4]} {nat[4:7]} {nat[7:]}", "zero_sp": f"0{a} {b}",
        "deva": nat.translate(DEVA), "deva_plus": "+९१ " + a.translate(DEVA) + " " + b.translate(DEVA),
    }[style]


V4_PREFIX = [(49, 36), (49, 35), (157, 38), (157, 35), (106, 215), (106, 200), (106, 77),
             (223, 188), (223, 228), (117, 99), (59, 94), (27, 60), (42, 108), (103, 211),
             (182, 69), (110, 224), (152, 58), (171, 61), (203, 0), (198, 51)]
V6_PREFIX = [(0x2401, 0x4900), (0x2409, 0x40d4), (0x2409, 0x4052), (0x2405, 0x201),
             (0x2402, 0x3a80), (0x2001, 0xdb8), (0x2401, 0x4900)]


def gen_ip(rng):
    if rng.random() < 0.55:
        a, b = rng.choice(V4_PREFIX)
        if (a, b) == (203, 0):
            c = 113
        elif (a, b) == (198, 51):
            c = 100
        else:
            c = rng.randrange(0, 256)
        return ipaddress.IPv4Address(f"{a}.{b}.{c}.{rng.randrange(1, 255)}")
    p1, p2 = rng.choice(V6_PREFIX)
    pattern = rng.choice(["run3", "run4", "none", "single", "run2", "run3"])
    hx = [p1, p2] + [rng.randrange(0, 0x10000) for _ in range(6)]
    if rng.random() < 0.4:
        hx[2] = rng.randrange(0, 0x100)  # short hextet -> leading zeros when exploded
    if pattern == "run3":
        hx[4:7] = [0, 0, 0]
        hx[7] = rng.randrange(1, 0x100)
    elif pattern == "run4":
        hx[3:7] = [0, 0, 0, 0]
    elif pattern == "run2":
        hx[5:7] = [0, 0]
    elif pattern == "single":
        hx[4] = 0
    hx = [h if h or i not in (7,) else 1 for i, h in enumerate(hx)]
    val = 0
    for h in hx:
        val = (val << 16) | h
    return ipaddress.IPv6Address(val)


def ip_disp(rng, ip):
    if ip.version == 4:
        if rng.random() < 0.15:
            return f"{ip}:{rng.randrange(1024, 65535)}", "v4_port"
        return str(ip), "v4"
    c = ip.compressed
    style = rng.choice(["compressed", "compressed", "upper", "full", "nozero", "bracket",
                        "bracket_port", "full_upper", "compressed"])
    hexts = ip.exploded.split(":")
    if style == "compressed":
        s = c
    elif style == "upper":
        s = c.upper()
    elif style == "full":
        s = ip.exploded
    elif style == "full_upper":
        s = ip.exploded.upper()
    elif style == "nozero":
        s = ":".join(format(int(h, 16), "x") for h in hexts)
    elif style == "bracket":
        s = f"[{c}]"
    else:
        s = f"[{rng.choice([c, ip.exploded])}]:{rng.choice([443, 8443, 52311, 5222])}"
    return s, "v6_" + style


def slug(s):
    return re.sub(r"[^a-z0-9]+", "", s.lower())


# ============================================================================ senders
PLATFORM_NAME = {"facebook": "Facebook", "instagram": "Instagram", "whatsapp": "WhatsApp",
                 "threads": "Threads"}
PLATFORM_HI = {"facebook": "फ़ेसबुक", "instagram": "इंस्टाग्राम", "whatsapp": "व्हाट्सऐप",
               "threads": "थ्रेड्स"}
SENDERS = {
    "facebook": [("Facebook Law Enforcement Response Team", "records@support.facebook.com"),
                 ("Facebook", "notification@facebookmail.com"),
                 ("Meta Law Enforcement Outreach", "le-outreach@meta.com"),
                 ("Facebook Emergency Response", "emergency-response@fb.com"),
                 ("Facebook Safety", "safety@facebookmail.com"),
                 ("Meta Trust & Safety", "trust-safety@meta.com")],
    "instagram": [("Instagram", "no-reply@mail.instagram.com"),
                  ("Instagram Safety", "safety@instagram.com"),
                  ("Instagram Law Enforcement Response", "records@instagram.com"),
                  ("Meta (Instagram)", "ig-records@meta.com")],
    "whatsapp": [("WhatsApp Law Enforcement Response", "wa-records@meta.com"),
                 ("WhatsApp via Meta", "lert@fb.com")],
    "threads": [("Threads", "no-reply@mail.instagram.com"),
                ("Threads Safety (Meta)", "threads-safety@meta.com")],
}
SENDERS_HI = {"facebook": "फ़ेसबुक कानून प्रवर्तन टीम", "instagram": "इंस्टाग्राम सुरक्षा",
              "whatsapp": "व्हाट्सऐप (मेटा)", "threads": "थ्रेड्स"}
# (display, address, A-R kind, trap)
LOOKALIKES = [
    ("Facebook Law Enforcement Response Team", "records.facebook.team@gmail.com", None, "gmail_sender"),
    ("Facebook Security", "alerts@faceb00k-security.com", "pass_own", "lookalike_domain"),
    ("Facebook", "records@facebookmail.com.evil.example", "pass_own", "lookalike_domain"),
    ("Instagram Safety", "instagram.safety.desk@gmail.com", "pass_own", "gmail_sender"),
    ("Meta Emergency Response", "emergency@meta-support-center.com", "fail_own", "lookalike_domain"),
    ("Facebook", "security@facebookmail.com", "fail_spoof", "spoofed_from"),
    ("Instagram", "no-reply@mail.instagram.com", "foreign_pass", "foreign_authres"),
    ("Facebook Law Enforcement Response Team", "records@support.facebook.com", None, "spoofed_from"),
    ("Meta Law Enforcement", "le-outreach@rneta.com", "pass_own", "lookalike_domain"),
    ("Facebook Records", "records@facebookmail.com.evil.example", "misaligned", "lookalike_domain"),
    ("WhatsApp Support", "whatsapp.lert@gmail.com", None, "gmail_sender"),
]
RECEIVED_HOSTS = {
    "facebookmail.com": [("mx-out-17.facebookmail.com", "69.171.232.145"), ("mx-out-3.facebookmail.com", "66.220.144.153")],
    "support.facebook.com": [("mx.support.facebook.com", "69.171.232.10")],
    "meta.com": [("mail-out.meta.com", "31.13.92.41"), ("mx2.meta.com", "2a03:2880:f12f:83::6")],
    "fb.com": [("mx-out.fb.com", "66.220.155.12")],
    "instagram.com": [("mx-out.instagram.com", "31.13.65.174")],
    "mail.instagram.com": [("outmail.instagram.com", "157.240.22.63")],
}


def authres(kind, dom, fold, rng):
    if kind == "pass":
        parts = [f"dkim=pass header.d={dom}" + (f" header.s=s{rng.randrange(1, 4)}" if rng.random() < 0.3 else ""),
                 f"dmarc=pass (p=reject) header.from={dom}"]
        if rng.random() < 0.35:
            parts.insert(1, f"spf=pass smtp.mailfrom={dom}")
        ident = OUR_MTA
    elif kind == "pass_own":
        parts = [f"dkim=pass header.d={dom}", f"dmarc=pass (p=none) header.from={dom}"]
        ident = OUR_MTA
    elif kind == "fail_own":
        parts = [f"dkim=fail (signature did not verify) header.d={dom}", f"dmarc=fail header.from={dom}"]
        ident = OUR_MTA
    elif kind == "fail_spoof":
        parts = [f"dkim=fail header.d={dom}", "spf=fail smtp.mailfrom=bulk-sender.example",
                 f"dmarc=fail (p=reject) header.from={dom}"]
        ident = OUR_MTA
    elif kind == "misaligned":
        parts = ["dkim=pass header.d=facebookmail.com", f"dmarc=fail header.from={dom}"]
        ident = OUR_MTA
    elif kind == "foreign_pass":
        parts = [f"dkim=pass header.d={dom}", f"dmarc=pass (p=reject) header.from={dom}"]
        ident = "mx.relay-mail.example"
    else:
        raise KeyError(kind)
    sep = ";\n\t" if fold else "; "
    return ident + sep + sep.join(parts)


# ============================================================================ case
class Case(dict):
    __getattr__ = dict.get

    def __setattr__(self, k, v):
        self[k] = v


def make_person(rng, ids, lang, force_gender=None):
    while True:
        fn = rng.choice(B.FIRST)
        if force_gender and fn[2] != force_gender:
            continue
        ln = rng.choice(B.LAST)
        mid = rng.random() < 0.12
        if mid:
            mid_en, mid_hi = ("Kumar", "कुमार") if fn[2] == "m" else ("Kumari", "कुमारी")
            if fn[2] == "m" and rng.random() < 0.5:
                mid_en, mid_hi = "Singh", "सिंह"
            en = f"{fn[0]} {mid_en} {ln[0]}"
            hi = f"{fn[1]} {mid_hi} {ln[1]}"
        else:
            en = f"{fn[0]} {ln[0]}"
            hi = f"{fn[1]} {ln[1]}"
        if en in ids.names:
            continue
        ids.names.add(en)
        return {"first": fn[0], "last": ln[0], "en": en, "hi": hi, "gender": fn[2]}


def gen_uid(rng, ids, platform):
    while True:
        if platform == "instagram":
            u = rng.choice("45") + "".join(rng.choice("0123456789") for _ in range(10))
        else:
            u = "1000" + "".join(rng.choice("0123456789") for _ in range(11))
        if u not in ids.ids:
            ids.ids.add(u)
            return u


def gen_ref(rng, platform):
    r = rng.random()
    n = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    if platform == "facebook":
        if r < 0.3:
            return rng.choice("6789") + n(9)           # looks like an Indian mobile number
        if r < 0.55:
            return f"LER-2026-{n(6)}"
        if r < 0.75:
            return f"EDR-{n(8)}"
        return "88" + n(8)
    if platform == "instagram":
        if r < 0.45:
            return f"IG-{n(8)}"
        if r < 0.7:
            return rng.choice("789") + n(9)
        return f"IG-ER-2026-{n(5)}"
    if platform == "whatsapp":
        return f"WA-ER-{n(9)}" if r < 0.6 else rng.choice("6789") + n(9)
    return f"TH-{n(8)}"


def vanity(p, rng):
    f, l = slug(p["first"]), slug(p["last"])
    return rng.choice([f"{f}.{l}.{rng.randrange(1, 99)}", f"{f}.{l}{rng.randrange(10, 9999)}",
                       f"{f}{l}{rng.randrange(1, 999)}", f"{l}.{f}.{rng.randrange(1, 50)}"])


def handle(p, rng):
    f, l = slug(p["first"]), slug(p["last"])
    return rng.choice([f"{f}_{l}{rng.randrange(1, 99):02d}", f"{f}.{l}_{rng.randrange(90, 100)}",
                       f"its_{f}{rng.randrange(1, 999)}", f"{f}__{l[:3]}", f"{l}.{f}{rng.randrange(1, 30)}",
                       f"the.{f}.{l}", f"{f}{rng.randrange(1000, 9999)}"])


def person_email(p, rng):
    f, l = slug(p["first"]), slug(p["last"])
    user = rng.choice([f"{f}.{l}{rng.randrange(1, 99)}", f"{f}{l}{rng.randrange(1990, 2010)}",
                       f"{f[0]}{l}.{rng.randrange(10, 99)}", f"{f}_{l}"])
    return f"{user}@{rng.choice(['example.com', 'example.in', 'example.net', 'mail.example.org'])}"


def choose_post(rng, case, person):
    """Sets case.post_text / content_type; records post_place trap."""
    lang, neutral, gender = case.lang, case.neutral, person["gender"]
    railway = case.place and case.place.get("kind") == "railway"
    r = rng.random()
    if railway and r < 0.6:
        pool = [p for p in B.POST_RAILWAY if is_deva(p) == (lang == "hi")] or B.POST_RAILWAY
        return gsel(rng.choice(pool), gender)
    want_deva = lang == "hi" or (lang == "mixed" and rng.random() < 0.5) or case.force_hindi_post
    if neutral:
        choice = "none" if r < 0.18 else ("place" if r < 0.32 else "mild")
    else:
        choice = "none" if r < 0.06 else ("place" if r < 0.18 else ("mild" if r < 0.40 else "topic"))
    if choice == "none":
        return None
    if choice == "place":
        pool = B.POST_PLACE_HI if want_deva else B.POST_PLACE
        here = case.place.get("district") if case.place else None
        where = [w for w in (B.ELSEWHERE_HI if want_deva else B.ELSEWHERE) if w[1] != here or w[1] is None]
        if case.place and case.place.get("outside"):
            where = [w for w in where if w[1] is not None] or where
        w = rng.choice(where)
        case.traps.append("post_place")
        return gsel(rng.choice(pool), gender).replace("{X}", w[0])
    pool = B.POST_MILD if choice == "mild" else B.POST_TOPIC
    sub = [p for p in pool if is_deva(p) == want_deva]
    return gsel(rng.choice(sub or pool), gender)


def new_case(rng, ids, n, layout, mode, slot, lang):
    c = Case(n=n, layout=layout, mode=mode, lang=lang, traps=[], noise=[])
    c.neutral = rng.random() < NEUTRAL_SHARE
    c.force_hindi_post = layout == "qp_body"
    c.platform = rng.choices(["facebook", "instagram", "whatsapp", "threads"], [55, 30, 8, 7])[0]
    c.place = slot
    c.mix_style = rng.choice(["hi/en", "en (hi)", "en/hi", "alt"])
    # --- sender
    if mode == "lookalike":
        disp, addr, ar, trap = LOOKALIKES[ids.look % len(LOOKALIKES)]  # each kind about equally often
        ids.look += 1
        if "instagram" in addr or "Instagram" in disp:
            c.platform = "instagram"
        elif "whatsapp" in addr.lower():
            c.platform = "whatsapp"
        elif c.platform not in ("facebook",):
            c.platform = "facebook"
        c.sender = (disp, addr)
        c.ar_kind = ar
        c.traps.append(trap)
    else:
        c.sender = rng.choice(SENDERS[c.platform])
        c.ar_kind = "pass"
    person = make_person(rng, ids, lang)
    c.person = person
    # --- name
    if rng.random() < 0.95:
        if lang == "hi" or (lang == "mixed" and rng.random() < 0.5):
            c.name = person["hi"]
        else:
            c.name = person["en"] if rng.random() < 0.93 else person["en"].lower()
    # --- phones
    k = rng.choices([0, 1, 2], [12, 76, 12])[0]
    if c.platform == "whatsapp":
        k = max(k, 1)
    c.phones = []
    for _ in range(k):
        nat = gen_mobile(rng, ids)
        if lang == "hi" and rng.random() < 0.45:
            style = rng.choice(["deva", "deva_plus"])
        elif lang == "mixed" and rng.random() < 0.2:
            style = "deva"
        else:
            style = rng.choice(PHONE_STYLES)
        c.phones.append(("+91" + nat, phone_disp(nat, style)))
    # --- emails
    c.emails = [person_email(person, rng)] if rng.random() < 0.4 else []
    # --- profile, usernames, ids
    c.profile_urls, c.usernames, c.user_ids = [], [], []
    if c.platform == "facebook":
        uid = gen_uid(rng, ids, "facebook")
        r = rng.random()
        if r < 0.4:
            host = rng.choice(["https://www.facebook.com", "https://www.facebook.com", "https://m.facebook.com", "https://facebook.com"])
            c.profile_urls.append(f"{host}/profile.php?id={uid}")
            if rng.random() < 0.5:
                c.user_ids.append(uid)
        elif r < 0.85:
            v = vanity(person, rng)
            host = rng.choice(["https://www.facebook.com", "https://www.facebook.com", "https://m.facebook.com", "https://facebook.com"])
            c.profile_urls.append(f"{host}/{v}")
            if rng.random() < 0.45:
                c.user_ids.append(uid)
            if rng.random() < 0.15:
                c.usernames.append((v, v))
        else:
            c.user_ids.append(uid)
    elif c.platform in ("instagram", "threads"):
        h = handle(person, rng)
        at = rng.random() < 0.55
        if c.platform == "threads":
            c.profile_urls.append(f"https://www.threads.net/@{h}")
            c.usernames.append((h, "@" + h if at else h))
        else:
            if rng.random() < 0.85:
                c.usernames.append((h, "@" + h if at else h))
            if rng.random() < 0.75 or not c.usernames:
                c.profile_urls.append(rng.choice([f"https://www.instagram.com/{h}/", f"https://www.instagram.com/{h}",
                                                  f"https://instagram.com/{h}/"]))
            if rng.random() < 0.35:
                c.user_ids.append(gen_uid(rng, ids, "instagram"))
    # whatsapp: the phone number is the account
    # --- times
    base = datetime(2026, 6, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(0, 270 * 86400),
                                                        microseconds=rng.randrange(0, 500) * 1000)
    c.post_dt = base
    # --- content
    c.content_type = {"facebook": rng.choice(["post", "post", "post", "comment", "live", "story", "reel"]),
                      "instagram": rng.choice(["caption", "caption", "story", "live", "comment", "reel"]),
                      "whatsapp": rng.choice(["status", "message"]),
                      "threads": "post"}[c.platform]
    c.post_text = choose_post(rng, c, person)
    c.has_post_time = rng.random() < (0.9 if c.post_text else 0.5)
    # --- ips
    k = rng.choices([0, 1, 2, 3, 4], [14, 36, 25, 15, 10])[0]
    c.ip_timed = rng.random() < 0.72
    c.ips = []
    t = base - timedelta(minutes=rng.randrange(0, 30))
    seen = set()
    for j in range(k):
        ip = gen_ip(rng)
        if ip in seen:
            continue
        seen.add(ip)
        disp, style = ip_disp(rng, ip)
        c.ips.append({"ip": ip, "disp": disp, "style": style, "dt": t})
        t = t - timedelta(minutes=rng.randrange(7, 1500), seconds=rng.randrange(0, 60))
    # --- reference
    c.ref = gen_ref(rng, c.platform) if rng.random() < 0.95 else None
    if c.ref and re.fullmatch(r"[6-9]\d{9}", c.ref):
        c.traps.append("ref_like_phone")
    # --- friend (reporter)
    if rng.random() < 0.32:
        fp = make_person(rng, ids, lang)
        f = {"name": fp["hi"] if lang == "hi" else fp["en"], "person": fp}
        nat = gen_mobile(rng, ids)
        f["phone"] = phone_disp(nat, rng.choice(PHONE_STYLES)) if rng.random() < 0.75 else None
        f["phone_nat"] = nat
        f["profile_url"] = f"https://www.facebook.com/{vanity(fp, rng)}" if rng.random() < 0.5 else None
        f["email"] = person_email(fp, rng) if rng.random() < 0.25 else None
        f["relation"] = rng.choice(["Friend", "Cousin", "Classmate", "Colleague", "Sister", "Brother"])
        f["place"] = None
        if rng.random() < 0.35:
            f["place"] = rng.choice(["Indore", "Ahmedabad", "New Delhi", "Pune", "Bikaner", "Kota", "Udaipur", "Gurugram"])
            if case_place_district(c) and f["place"] in (c.place.get("written"),):
                f["place"] = "Surat"
            c.traps.append("friend_place")
        c.friend = f
        c.traps.append("friend")
    # --- extras
    c.helpline = rng.random() < 0.5
    c.disclaimer = rng.random() < 0.4
    c.unsub = rng.random() < 0.25
    c.help_url = rng.random() < 0.35
    if c.helpline:
        c.traps.append("helpline")
    if c.disclaimer:
        c.traps.append("disclaimer")
    if c.unsub:
        c.traps.append("unsubscribe")
    if c.help_url:
        c.traps.append("help_url")
    c.received = rng.random() < 0.7
    if c.received:
        c.traps.append("received_ip")
    c.quoted = mode != "forward" and rng.random() < 0.12
    if c.quoted:
        c.traps.append("quoted")
    # noise fields
    c.noise = []
    if rng.random() < 0.5:
        opts = [("Account created", f"{rng.randrange(1, 28)} {rng.choice(MON)} {rng.randrange(2012, 2024)}", "other_date"),
                ("Date of birth", f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(1985, 2009)}", "other_date"),
                ("Gender", "Male" if person["gender"] == "m" else "Female", None),
                ("Language", rng.choice(["Hindi", "English (India)", "Hindi, English"]), None),
                ("Account status", rng.choice(["Active", "Active", "Deactivated by user"]), None),
                ("Device", rng.choice(["Android (Redmi Note 12)", "iPhone", "Android", "Samsung Galaxy M14"]), None),
                ("Detection", rng.choice(["Proactive detection", "User report", "Reported by a friend"]), None),
                ("Report received", None, "other_time")]
        if c.place and not (c.place.get("outside") and "Dubai" in c.place.get("written", "")):
            opts.append(("Country", "India", None))
        for lab, val, trap in rng.sample(opts, rng.randrange(1, 4)):
            if lab == "Report received":
                val = time_value(rng, c.post_dt + timedelta(minutes=rng.randrange(3, 90)), "en")[0]
            c.noise.append((lab, val))
            if trap and trap not in c.traps:
                c.traps.append(trap)
    # machine layouts carry no prose: no disclaimer / footer / quoted request there
    if layout in ("machine_json", "machine_kv"):
        c.quoted = c.disclaimer = c.unsub = c.help_url = False
        c.noise = []
        c.traps = [t for t in c.traps if t not in ("quoted", "disclaimer", "unsubscribe", "help_url", "other_date", "other_time")]
    post_topic = bool(TOPIC_RE.search(c.post_text or ""))
    c.subject_topic = (not c.neutral) and (rng.random() < 0.5 or (layout in ("machine_json", "machine_kv") and not post_topic))
    c.ids = ids
    # --- mail date
    c.mail_dt = c.post_dt + timedelta(minutes=rng.randrange(4, 240), seconds=rng.randrange(0, 60))
    return c


def case_place_district(c):
    return c.place.get("district") if c.place else None


# ============================================================================ document
NOISE_HI = {"Account created": "खाता बनाने की तारीख", "Date of birth": "जन्म तिथि", "Gender": "लिंग",
            "Language": "भाषा", "Account status": "खाते की स्थिति", "Device": "डिवाइस",
            "Detection": "पहचान का तरीका", "Report received": "रिपोर्ट प्राप्त होने का समय", "Country": "देश"}
NOISE_VAL_HI = {"Male": "पुरुष", "Female": "महिला", "India": "भारत", "Active": "सक्रिय",
                "Deactivated by user": "उपयोगकर्ता द्वारा निष्क्रिय", "Hindi": "हिंदी",
                "Proactive detection": "स्वचालित पहचान", "User report": "उपयोगकर्ता की रिपोर्ट",
                "Reported by a friend": "मित्र द्वारा रिपोर्ट"}
WA_PHONE_LABELS = ["WhatsApp number", "Account (phone number)", "Phone number", "Registered number"]


class Labeler:
    def __init__(self, rng, lang, mix_style):
        self.rng, self.lang, self.mix = rng, lang, mix_style

    def pair(self, en, hi):
        if self.lang == "en":
            return en
        if self.lang == "hi":
            return hi
        st = self.mix if self.mix != "alt" else self.rng.choice(["hi", "en", "hi/en"])
        return {"hi/en": f"{hi} / {en}", "en (hi)": f"{en} ({hi})", "en/hi": f"{en} / {hi}",
                "hi": hi, "en": en}[st]

    def __call__(self, key, en_key=None):
        en = self.rng.choice(B.L_EN[en_key or key])
        hi = self.rng.choice(B.L_HI.get(en_key or key) or B.L_HI[key])
        return self.pair(en, hi)

    def title(self, key):
        return self.pair(self.rng.choice(B.SECTION_TITLES_EN[key]), self.rng.choice(B.SECTION_TITLES_HI[key]))


def build_doc(c, rng):
    """The mail's content as intro / sections / outro, in the case's language."""
    lang = c.lang
    L = Labeler(rng, lang, c.mix_style)
    P = PLATFORM_NAME[c.platform]
    P_hi = PLATFORM_HI[c.platform]
    exp_ips = []
    sections = []
    # ---- case / reference
    c.ref_in_body = bool(c.ref) and rng.random() < 0.82
    case_items = []
    if c.ref_in_body:
        case_items.append(("kv", "ref", L("ref"), c.ref))
    if rng.random() < 0.3:
        case_items.append(("kv", "platform", L("platform"), P_hi if lang == "hi" else P))
    # ---- account
    acc = []
    if c.name:
        acc.append(("kv", "name", L("name"), c.name))
    if c.usernames and rng.random() < 0.5:
        lab = L("username", "username_ig" if c.platform == "instagram" else "username")
        acc.append(("kv", "username", lab, c.usernames[0][1]))
        uname_done = True
    else:
        uname_done = False
    if c.platform == "whatsapp" and c.phones:
        acc.append(("kv", "phone", L.pair(rng.choice(WA_PHONE_LABELS), "व्हाट्सऐप नंबर"), c.phones[0][1]))
        rest = c.phones[1:]
    else:
        rest = c.phones
    if len(rest) == 2 and rng.random() < 0.5:
        sep = rng.choice([", ", " / ", "; ", " and "])
        acc.append(("kv", "phones", L("phones"), sep.join(p[1] for p in rest)))
    else:
        lab = L("phone")
        for j, p in enumerate(rest):
            acc.append(("kv", "phone", lab if (j == 0 or rng.random() < 0.5) else f"{lab} 2", p[1]))
    for e in c.emails:
        acc.append(("kv", "email", L("email"), e))
    for u in c.profile_urls:
        acc.append(("kv", "profile_url", L("profile_url"), u))
    if c.usernames and not uname_done:
        lab = L("username", "username_ig" if c.platform == "instagram" else "username")
        acc.append(("kv", "username", lab, c.usernames[0][1]))
    for u in c.user_ids:
        acc.append(("kv", "user_id", L("user_id", "user_id_ig" if c.platform == "instagram" else "user_id"), u))
    if c.place:
        kind = c.place.get("kind")
        if c.platform == "whatsapp":
            lab = L("wa_place")
        elif kind == "pin" and rng.random() < 0.6:
            lab = L("pin")
        else:
            lab = L("place")
        acc.append(("kv", "place", lab, c.place["written"]))
    for lab, val in c.noise:
        if lang == "hi":
            if lab not in ("Gender", "Country", "Account status", "Detection") or val not in NOISE_VAL_HI:
                continue
            acc.append(("kv", "noise", NOISE_HI[lab], NOISE_VAL_HI[val]))
        elif lang == "mixed":
            acc.append(("kv", "noise", L.pair(lab, NOISE_HI[lab]), val))
        else:
            acc.append(("kv", "noise", lab, val))
    if rng.random() < 0.15 and len(acc) > 2:  # shuffle a little
        i, j = rng.sample(range(len(acc)), 2)
        acc[i], acc[j] = acc[j], acc[i]
    # ---- content
    cont = []
    if rng.random() < 0.35:
        cont.append(("kv", "noise", L.pair("Content type", rng.choice(B.L_HI["content_type"])),
                     B.CONTENT_TYPE_HI[c.content_type] if lang == "hi" else B.CONTENT_TYPE_EN[c.content_type]))
    c.post_time_exp = None
    if c.has_post_time:
        en_lab, zone = rng.choice(B.L_POST_TIME[c.content_type])
        hi_lab = rng.choice(B.L_HI["post_time"])
        if lang == "hi":
            zone = None
        lab = L.pair(en_lab, hi_lab)
        if zone and f"({zone})" not in lab:  # the Hindi-only label must still carry the zone
            lab = f"{lab} ({zone})"
        txt, u, key = time_value(rng, c.post_dt, lang, zone)
        cont.append(("kv", "post_time", lab, txt))
        c.post_time_exp = iso_z(u)
        c.post_time_key = key
    if c.post_text:
        lab = L.pair(rng.choice(B.L_POST[c.content_type]), rng.choice(B.L_HI["post"]))
        cont.append(("kv", "post", lab, c.post_text))
    # ---- ips
    ipsec = []
    if c.ips:
        lab = L("ips")
        zone = None
        allow = None
        if c.ip_timed:
            r = rng.random()
            if r < 0.3:
                zone = rng.choice(["UTC", "UTC", "IST"])
                allow = ["bare_utc"] if zone == "UTC" else ["bare_ist"]
            fmt_key = None
        rows = []
        for ipd in c.ips:
            if c.ip_timed:
                if fmt_key is None:
                    txt, u, fmt_key = time_value(rng, ipd["dt"], lang, zone, allow)
                else:
                    txt, u = fmt_time(ipd["dt"], fmt_key)
                    assert _parse_back(txt, fmt_key) == u
                rows.append((ipd["disp"], txt))
                exp_ips.append({"ip": ipd["ip"].compressed, "seen_at": iso_z(u)})
            else:
                rows.append((ipd["disp"], None))
                exp_ips.append({"ip": ipd["ip"].compressed, "seen_at": None})
        if zone:
            lab = f"{lab} ({zone})"
        c.ip_zone = zone
        ipsec.append(("ips", lab, rows))
    c.exp_ips = exp_ips
    # ---- reporter
    rep = []
    c.friend_mode = None
    if c.friend:
        f = c.friend
        if rng.random() < 0.55:
            c.friend_mode = "section"
            RL = lambda k: L.pair(rng.choice(B.L_REPORTER_EN[k]), rng.choice(B.L_REPORTER_HI[k]))  # noqa: E731
            rep.append(("kv", "friend", RL("name"), f["name"]))
            if f["phone"]:
                rep.append(("kv", "friend", RL("phone"), f["phone"]))
            if f["profile_url"]:
                rep.append(("kv", "friend", RL("profile_url"), f["profile_url"]))
            if f["email"]:
                rep.append(("kv", "friend", RL("email"), f["email"]))
            if f["place"]:
                rep.append(("kv", "friend", RL("place"), f["place"]))
            if rng.random() < 0.5 and lang != "hi":
                rep.append(("kv", "friend", RL("relation"), f["relation"]))
        else:
            c.friend_mode = "sentence"
    # ---- assemble sections
    if case_items:
        if rng.random() < 0.5:
            sections.append({"key": "case", "title": L.title("case"), "items": case_items})
        else:
            acc = case_items + acc
    secs = [{"key": "account", "title": L.title("account"), "items": acc},
            {"key": "content", "title": L.title("content"), "items": cont}]
    if rng.random() < 0.25:
        secs.reverse()
    sections += [s for s in secs if s["items"]]
    if ipsec:
        sections.append({"key": "ips", "title": L.title("ips"), "items": ipsec})
    if rep:
        sections.append({"key": "reporter", "title": L.title("reporter"), "items": rep})
    if rng.random() < 0.2 and len(sections) > 1:  # single flat list, no sections
        flat = [it for s in sections for it in s["items"]]
        sections = [{"key": "all", "title": None, "items": flat}]
    # ---- intro / outro
    intro, outro = [], []
    topic = not c.neutral
    # a topic mail must say it somewhere: subject, post or (here) the opening
    force = topic and not c.subject_topic and not TOPIC_RE.search(c.post_text or "")
    if lang == "hi":
        pool = B.INTRO_TOPIC_HI if (topic and (force or rng.random() < 0.6)) else B.INTRO_NEUTRAL_HI
        intro.append(rng.choice(pool).replace("{P}", P_hi))
    else:
        pool = B.INTRO_TOPIC_EN if (topic and (force or rng.random() < 0.6)) else B.INTRO_NEUTRAL_EN
        t = re.sub(r"\b([Aa]) Instagram", r"\1n Instagram", rng.choice(pool).replace("{P}", P))
        if t:
            intro.append(t)
        if lang == "mixed" or c.force_hindi_post:
            hpool = B.INTRO_TOPIC_HI if (topic and rng.random() < 0.5) else B.INTRO_NEUTRAL_HI
            intro.append(rng.choice(hpool).replace("{P}", P_hi))
    if c.friend_mode == "sentence":
        f = c.friend
        bits = f["name"]
        extra = [x for x in (f["phone"], f["email"]) if x]
        if extra:
            bits += " (" + ", ".join(extra) + ")"
        if lang == "hi":
            s = f"यह सामग्री उपयोगकर्ता के एक मित्र {bits} द्वारा रिपोर्ट की गई थी।"
            if f["place"]:
                s += f" सूचनादाता का शहर: {f['place']}।"
        else:
            s = rng.choice(["This content was reported to us by a friend of the user, {b}.",
                            "Flagged by a friend: {b}.",
                            "The post was flagged by {b}, who is a {r} of the account holder."]
                           ).replace("{b}", bits).replace("{r}", f["relation"].lower())
            if f["profile_url"]:
                s += f" Reporter's profile: {f['profile_url']}"
            if f["place"]:
                s += f" The reporter lives in {f['place']}."
        (intro if rng.random() < 0.5 else outro).append(s)
    if c.helpline:
        if lang == "hi":
            outro.append(rng.choice(B.HELPLINE_HI))
        else:
            pool = B.HELPLINE_NEUTRAL_EN + (B.HELPLINE_TOPIC_EN if topic else [])
            outro.append(rng.choice(pool))
            if lang == "mixed" and rng.random() < 0.5:
                outro.append(rng.choice(B.HELPLINE_HI))
    cl = rng.choice(B.CLOSING_HI if lang == "hi" else B.CLOSING_EN)
    if cl:
        outro.append(cl)
    sig = {"hi": f"{P_hi} कानून प्रवर्तन प्रतिक्रिया टीम"}.get(lang, f"{P} Law Enforcement Response Team")
    if rng.random() < 0.6:
        outro.append(sig)
    if c.help_url:
        u = rng.choice(B.HELP_URLS)
        outro.append((f"अधिक जानकारी: {u}" if lang == "hi" else
                      rng.choice(["Learn more about how we work with law enforcement: {u}",
                                  "Help Centre: {u}", "Law enforcement portal: {u}"]).replace("{u}", u)))
    if c.disclaimer:
        pool = [d for d in B.DISCLAIMER_EN if c.platform in ("instagram", "threads") or "Instagram" not in d]
        outro.append(rng.choice(B.DISCLAIMER_HI if lang == "hi" else pool))
    if c.unsub:
        outro.append(rng.choice(B.UNSUB_HI if lang == "hi" else B.UNSUB_EN).replace("{K}", "".join(rng.choice("abcdefXYZ0123") for _ in range(8)))
                     .replace("{U}", str(rng.randrange(10**14, 10**15))).replace("{M}", "%06x" % rng.randrange(16**6)))
    if c.quoted:
        q_off = make_officer(rng, c.ids)
        when = c.post_dt + (c.mail_dt - c.post_dt) / 2  # the request came between post and answer
        target = c.profile_urls[0] if c.profile_urls else (c.phones[0][1] if c.phones else (c.name or "the account"))
        if lang == "hi":
            q_off = make_officer(rng, c.ids, hindi=True)
            ql = [f"{fmt_time(when, 'rfc2822_ist')[0]} को SCRB सोशल मीडिया डेस्क <{HQ_BOX}> ने लिखा:",
                  f"कृपया खाते {target} की सब्सक्राइबर जानकारी और हाल के लॉगिन आईपी प्राथमिकता पर साझा करें।",
                  "यह जीवन के खतरे से जुड़ा आपातकालीन मामला है।",
                  f"{q_off['rank']} {q_off['name']}, एससीआरबी राजस्थान, मो. {q_off['phone']}"]
        else:
            ql = [f"On {fmt_time(when, 'rfc2822_ist')[0]}, SCRB Social Media Desk <{HQ_BOX}> wrote:",
                  "Dear Team,",
                  f"Please share the subscriber details and recent login IPs of the account {target} on priority.",
                  "This is an emergency involving danger to life.",
                  f"{q_off['rank']} {q_off['name']}, SCRB Rajasthan, Mob. {q_off['phone']}"]
        outro.append("\n".join("> " + x for x in ql))
        c.traps.append("officer_signature") if "officer_signature" not in c.traps else None
    return {"intro": intro, "sections": sections, "outro": outro,
            "ip_row": rng.choice(["time_ip", "ip_paren", "ip_at", "ip_dash", "ip_comma", "ip_seen"]),
            "lang": lang}


def make_officer(rng, ids, hindi=False):
    p = make_person(rng, ids, "en")
    rank_en, rank_hi = rng.choice(B.OFFICER_RANKS)
    nat = gen_mobile(rng, ids)
    return {"name": p["hi"] if hindi else p["en"], "rank": rank_hi if hindi else rank_en,
            "phone": phone_disp(nat, rng.choice(["sp", "bare", "dash", "zero", "local_dash"])), "nat": nat,
            "email": f"{slug(p['first'])}.{slug(p['last'])}@rajpolice.gov.in"}


# ---------------------------------------------------------------------------- text renderers
def fmt_row(ip, t, style):
    if t is None:
        return ip
    return {"time_ip": f"{t}  {ip}", "ip_paren": f"{ip} ({t})", "ip_at": f"{ip} at {t}",
            "ip_dash": f"{ip} - {t}", "ip_comma": f"{ip}, {t}", "ip_seen": f"{ip} (last seen {t})"}[style]


def _title(t, style):
    if t is None:
        return []
    if style == "upper":
        return [t.upper() if not is_deva(t) else t]
    if style == "underline":
        return [t, "-" * max(8, len(t))]
    if style == "bracket":
        return [f"[ {t} ]"]
    if style == "equals":
        return [f"=== {t} ==="]
    return []


def render_text(doc, style, rng, with_intro=True, with_outro=True):
    lines = []
    if with_intro:
        for p in doc["intro"]:
            lines += [p, ""]
    tstyle = rng.choice(["upper", "underline", "bracket", "equals", "none", "upper"])
    row = doc["ip_row"]
    if style == "colon":
        sep = rng.choice([": ", ": ", " : ", ":  "])
        for s in doc["sections"]:
            lines += _title(s["title"], tstyle)
            for it in s["items"]:
                if it[0] == "kv":
                    lines.append(f"{it[2]}{sep}{it[3]}")
                else:
                    rows = it[2]
                    if len(rows) == 1 and rng.random() < 0.6:
                        lines.append(f"{it[1]}{sep}{fmt_row(*rows[0], row)}")
                    else:
                        lines.append(f"{it[1]}:")
                        lines += ["  " + fmt_row(ip, t, row) for ip, t in rows]
            lines.append("")
    elif style == "nextline":
        upper = rng.random() < 0.3
        colon = rng.random() < 0.4
        indent = rng.choice(["", "", "    "])
        for s in doc["sections"]:
            lines += _title(s["title"], tstyle)
            if s["title"] and tstyle != "none":
                lines.append("")
            for it in s["items"]:
                lab = it[2] if it[0] == "kv" else it[1]
                lab = lab.upper() if upper and not is_deva(lab) else lab
                lines.append(lab + (":" if colon else ""))
                if it[0] == "kv":
                    lines.append(indent + it[3])
                else:
                    lines += [indent + fmt_row(ip, t, row) for ip, t in it[2]]
                lines.append("")
    elif style == "dots":
        width = rng.choice([28, 32, 36])
        ch = rng.choice([".", ".", "_"])
        for s in doc["sections"]:
            lines += _title(s["title"], tstyle)
            for it in s["items"]:
                lab = it[2] if it[0] == "kv" else it[1]
                lead = lab + " " + ch * max(3, width - len(lab)) + " "
                if it[0] == "kv":
                    lines.append(lead + it[3])
                else:
                    rows = [fmt_row(ip, t, row) for ip, t in it[2]]
                    lines.append(lead + rows[0])
                    lines += [" " * len(lead) + r for r in rows[1:]]
            lines.append("")
    elif style == "tab":
        colon = rng.random() < 0.4
        for s in doc["sections"]:
            lines += _title(s["title"], tstyle)
            for it in s["items"]:
                lab = (it[2] if it[0] == "kv" else it[1]) + (":" if colon else "")
                if it[0] == "kv":
                    lines.append(f"{lab}\t{it[3]}")
                else:
                    rows = it[2]
                    if rows[0][1] is not None and rng.random() < 0.5:
                        zone = " (UTC)" if "(UTC)" in lab else (" (IST)" if "(IST)" in lab else "")
                        lines.append(lab)
                        lines.append(f"Time{zone}\tIP address")
                        lines += [f"{t}\t{ip}" for ip, t in rows]
                    else:
                        lines.append(f"{lab}\t{fmt_row(*rows[0], row)}")
                        lines += ["\t" + fmt_row(ip, t, row) for ip, t in rows[1:]]
            lines.append("")
    elif style == "numbered":
        sub = rng.choice(["alpha", "decimal", "roman"])
        for si, s in enumerate(doc["sections"], 1):
            title = s["title"] or "Details"
            lines.append(f"{si}. {title}")
            for ii, it in enumerate(s["items"], 1):
                mark = {"alpha": f"   {chr(96 + ii)})", "decimal": f"   {si}.{ii}",
                        "roman": f"   ({['i','ii','iii','iv','v','vi','vii','viii','ix','x','xi','xii','xiii','xiv','xv','xvi'][min(ii, 16) - 1]})"}[sub]
                if it[0] == "kv":
                    lines.append(f"{mark} {it[2]}: {it[3]}")
                else:
                    lines.append(f"{mark} {it[1]}:")
                    lines += [f"       - {fmt_row(ip, t, row)}" for ip, t in it[2]]
            lines.append("")
    else:
        raise KeyError(style)
    if with_outro:
        for p in doc["outro"]:
            lines += [p, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------- html renderers
def hval(key, v, rng):
    e = html.escape(v, quote=False)
    if key in ("profile_url",) or (key == "friend" and v.startswith("http")):
        if rng.random() < 0.2 and key == "profile_url":
            return f'<a href="{html.escape(v)}">View profile</a>'
        return f'<a href="{html.escape(v)}">{e}</a>'
    if key == "email" and rng.random() < 0.5:
        return f'<a href="mailto:{html.escape(v)}">{e}</a>'
    return e


def hpara(p):
    if p.startswith("> "):
        return "<blockquote>" + "<br>\n".join(html.escape(x[2:], quote=False) for x in p.split("\n")) + "</blockquote>"
    txt = html.escape(p, quote=False).replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n")
    txt = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', txt)
    return f"<p>{txt}</p>"


def render_html(doc, style, rng, title=None):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">']
    if title:
        out.append(f"<title>{html.escape(title)}</title>")
    out.append('<style>body{font-family:Helvetica,Arial,sans-serif;font-size:14px} th{text-align:left}</style></head><body>')
    if style == "td2" and rng.random() < 0.6:  # newsletter-like wrapper
        out.append('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
                   '<table width="620" cellpadding="12" cellspacing="0" border="0" style="background:#ffffff">'
                   '<tr><td><img src="https://static.xx.fbcdn.net/rsrc.php/logo.png" alt="" width="120" height="24"></td></tr><tr><td>')
        wrapped = True
    else:
        wrapped = False
    for p in doc["intro"]:
        out.append(hpara(p))
    row = doc["ip_row"]
    heading = rng.choice(["h3", "h4", "p_b"])
    for s in doc["sections"]:
        if s["title"]:
            out.append(f"<{heading}>{html.escape(s['title'])}</{heading}>" if heading != "p_b"
                       else f"<p><b>{html.escape(s['title'])}</b></p>")
        if style in ("th", "td2"):
            out.append('<table border="1" cellpadding="4" cellspacing="0">' if style == "th"
                       else '<table cellpadding="3" cellspacing="0" style="border-collapse:collapse">')
            for it in s["items"]:
                lab = it[2] if it[0] == "kv" else it[1]
                if style == "th":
                    lcell = f'<th align="left">{html.escape(lab)}</th>'
                else:
                    lcell = rng.choice([f'<td style="font-weight:bold;width:220px">{html.escape(lab)}</td>',
                                        f"<td>{html.escape(lab)}:</td>",
                                        f"<td><b>{html.escape(lab)}</b></td>"])
                if it[0] == "kv":
                    out.append(f"<tr>{lcell}<td>{hval(it[1], it[3], rng)}</td></tr>")
                else:
                    rows = it[2]
                    if rows[0][1] is not None and rng.random() < 0.5:
                        zone = " (UTC)" if "(UTC)" in lab else (" (IST)" if "(IST)" in lab else "")
                        sub = [f"<tr><th>Time{zone}</th><th>IP address</th></tr>"] + \
                              [f"<tr><td>{html.escape(t)}</td><td>{html.escape(ip)}</td></tr>" for ip, t in rows]
                        out.append(f"<tr>{lcell}<td><table border=\"1\" cellpadding=\"2\">{''.join(sub)}</table></td></tr>")
                    else:
                        cell = "<br>".join(html.escape(fmt_row(ip, t, row)) for ip, t in rows)
                        out.append(f"<tr>{lcell}<td>{cell}</td></tr>")
            out.append("</table>")
        else:  # br/bold
            colon = rng.choice([":", ":", ""])
            tag = rng.choice(["b", "b", "strong"])
            sp = rng.choice([" ", "&nbsp;", " "])
            lines = []
            for it in s["items"]:
                lab = it[2] if it[0] == "kv" else it[1]
                if it[0] == "kv":
                    lines.append(f"<{tag}>{html.escape(lab)}{colon}</{tag}>{sp}{hval(it[1], it[3], rng)}")
                else:
                    rows = [html.escape(fmt_row(ip, t, row)) for ip, t in it[2]]
                    if len(rows) == 1:
                        lines.append(f"<{tag}>{html.escape(lab)}{colon}</{tag}>{sp}{rows[0]}")
                    else:
                        lines.append(f"<{tag}>{html.escape(lab)}{colon}</{tag}><br>" + "<br>".join(rows))
            out.append("<p>" + "<br>\n".join(lines) + "</p>" if rng.random() < 0.6 else
                       "<div>" + "<br>\n".join(lines) + "<br></div>")
    for p in doc["outro"]:
        out.append(hpara(p))
    if wrapped:
        out.append("</td></tr></table></td></tr></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ============================================================================ MIME
def hname(name, casing):
    return {"lower": name.lower(), "upper": name.upper(), "cap": name.capitalize()}.get(casing, name)


def enc_words(s, mode="B", charset="UTF-8", single=False):
    """RFC 2047 encoded words.  single=True keeps one word (display names: Python's address
    parser puts a space between adjacent encoded words)."""
    if all(ord(ch) < 128 for ch in s):
        return s
    pyc = "cp1252" if charset.lower() == "windows-1252" else "utf-8"
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(pyc)) > 39 and not single:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    words.append(chunk)
    out = []
    for w in words:
        data = w.encode(pyc)
        if mode == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(data).decode()}?=")
        else:
            q = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "!*+-/" else ("_" if b == 32 else "=%02X" % b) for b in data)
            out.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(out)


def addr(display, address, rng=None):
    if not display:
        return address
    if any(ord(ch) > 127 for ch in display):
        return f"{enc_words(display, 'B' if (rng is None or rng.random() < 0.7) else 'Q', single=True)} <{address}>"
    if re.search(r"[^A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]", display):
        return f'"{display}" <{address}>'
    return f"{display} <{address}>"


def rfc_date(dt, off_min):
    t = dt.astimezone(timezone(timedelta(minutes=off_min)))
    sign = "+" if off_min >= 0 else "-"
    hh, mm = divmod(abs(off_min), 60)
    return f"{WDAY[t.weekday()][:3]}, {t.day} {MON[t.month-1]} {t.year} {t:%H:%M:%S} {sign}{hh:02d}{mm:02d}"


PYCS = {"utf-8": "utf-8", "windows-1252": "cp1252", "us-ascii": "ascii"}


def b64lines(data):
    s = base64.b64encode(data).decode()
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()


def mk_part(ctype, text, charset="utf-8", cte="8bit", disp=None, fname=None, cs_quote=True):
    data = text.encode(PYCS[charset.lower()]) if isinstance(text, str) else text
    if cte == "base64":
        body = b64lines(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    ct = f"Content-Type: {ctype}"
    if charset and ctype.startswith(("text/", "application/json")):
        ct += f'; charset="{charset}"' if cs_quote else f"; charset={charset}"
    if fname:
        ct += f'; name="{fname}"'
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"]
    if disp:
        hdrs.append(f"Content-Disposition: {disp}" + (f'; filename="{fname}"' if fname else ""))
    return hdrs, body


def mk_multi(subtype, parts, rng, preamble=False):
    bnd = rng.choice(["=_b", "----=_Part_", "000000000000", "_mime_", "b1_"]) + "%016x" % rng.getrandbits(64)
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\n\n"
    for hdrs, pb in parts:
        body += b"--" + bnd.encode() + b"\n" + "\n".join(hdrs).encode("ascii") + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += b"--" + bnd.encode() + b"--\n"
    return [f'Content-Type: multipart/{subtype}; boundary="{bnd}"'], body


def assemble(top, content_hdrs, body, casing):
    lines = [f"{hname(n, casing)}: {v}" for n, v in top]
    for h in content_hdrs:
        n, v = h.split(": ", 1)
        lines.append(f"{hname(n, casing)}: {v}")
    head = "\n".join(lines)
    head.encode("ascii")
    return head.encode("ascii") + b"\n\n" + body


def pick_charset(text, rng, allow_cp1252=True):
    if all(ord(ch) < 128 for ch in text) and rng.random() < 0.2:
        return "us-ascii", "7bit"
    if allow_cp1252 and rng.random() < 0.4:
        try:
            text.encode("cp1252")
            return "windows-1252", rng.choice(["8bit", "8bit", "quoted-printable"])
        except UnicodeEncodeError:
            pass
    return "utf-8", rng.choice(["8bit"] * 8 + ["quoted-printable"])


def received(dom, rng, when, by=OUR_MTA, rcpt=HQ_BOX):
    if dom in RECEIVED_HOSTS:
        host, ip = rng.choice(RECEIVED_HOSTS[dom])
    elif dom.endswith("gmail.com"):
        host, ip = "mail-sor-f41.google.com", "209.85.220.41"
    elif dom.endswith(("police.example.in", "rajpolice.gov.in")):
        host, ip = "mail.rajpolice.gov.in", f"164.100.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}"
    else:
        host, ip = f"vps-{rng.randrange(1000, 9999)}.hosting.example", f"45.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}"
    rid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(14))
    return (f"from {host} ({host} [{ip}])\n\tby {by} with ESMTPS id {rid}\n\tfor <{rcpt}>; "
            f"{rfc_date(when + timedelta(seconds=rng.randrange(1, 9)), 0)}")


def msgid(rng, dom):
    return f"<{'%x' % rng.getrandbits(60)}.{rng.randrange(10**9, 10**10)}@{dom}>"


def subject_for(c, rng):
    P = PLATFORM_NAME[c.platform]
    lang = c.lang
    if lang == "hi" or (lang == "mixed" and rng.random() < 0.5):
        pool = B.SUBJECT_TOPIC_HI if c.subject_topic else B.SUBJECT_NEUTRAL_HI
        P = PLATFORM_HI[c.platform] if lang == "hi" else P
    else:
        pool = B.SUBJECT_TOPIC_EN if c.subject_topic else B.SUBJECT_NEUTRAL_EN
    if not c.ref:
        pool = [p for p in pool if "{R}" not in p]
    if not c.subject_topic and rng.random() < 0.03:
        c.ref_in_subject = False
        return ""
    s = rng.choice(pool)
    c.ref_in_subject = "{R}" in s
    s = s.replace("{P}", P).replace("{R}", c.ref or "")
    if c.quoted and not s.startswith("Re:"):
        s = "Re: " + s
    return s


def direct_top_headers(c, rng, subject, casing_fold):
    dname, address = c.sender
    dom = address.split("@")[1]
    top = []
    fold = rng.random() < 0.4
    if c.mode in ("direct", "forward_inner"):
        if c.mode == "direct":
            top.append(("Authentication-Results", authres("pass", dom, fold, rng)))
        elif rng.random() < 0.5:  # the cell's own MTA stamp inside a forwarded original: not ours
            top.append(("Authentication-Results", f"mx.rajpolice.gov.in; dkim=pass header.d={dom}; dmarc=pass header.from={dom}"))
    elif c.ar_kind:
        top.append(("Authentication-Results", authres(c.ar_kind, dom, fold, rng)))
        if c.ar_kind == "foreign_pass":
            top.append(("Authentication-Results", f"{OUR_MTA}; dkim=fail header.d={dom}; dmarc=fail header.from={dom}"))
    inner = c.mode == "forward_inner"
    rcpt = c.inner_to[1] if inner else HQ_BOX
    if c.received:
        top.append(("Received", received(dom, rng, c.mail_dt, "mx.rajpolice.gov.in" if inner else OUR_MTA, rcpt)))
    if rng.random() < 0.6:
        top.append(("Return-Path", f"<bounce-{rng.randrange(10**5, 10**6)}@{dom}>"))
    disp = SENDERS_HI[c.platform] if (c.lang == "hi" and rng.random() < 0.5 and c.mode == "direct") else dname
    off = rng.choice([0, 0, 330, -480 if la_offset(c.mail_dt)[0] == -8 else -420])
    to = addr(c.inner_to[0], c.inner_to[1], rng) if inner else rng.choice([HQ_BOX, f"SCRB Social Media Desk <{HQ_BOX}>"])
    hdrs = [("From", addr(disp, address, rng)), ("To", to),
            ("Subject", enc_words(subject, rng.choice("BQ")) if subject else ""),
            ("Date", rfc_date(c.mail_dt, off)), ("Message-ID", msgid(rng, dom))]
    if rng.random() < 0.3:
        hdrs[0], hdrs[2] = hdrs[2], hdrs[0]
    top += hdrs
    if rng.random() < 0.25:
        top.append(("X-Meta-Request-ID", str(rng.randrange(10**9, 10**10))))
    top.append(("MIME-Version", "1.0"))
    return top


# ---------------------------------------------------------------------------- body writers
TEXT_LAYOUT_STYLE = {"plain_colon": "colon", "plain_nextline": "nextline", "dot_leader": "dots",
                     "tab_separated": "tab", "numbered_sections": "numbered"}
HTML_LAYOUT_STYLE = {"html_table_th": "th", "html_table_td2": "td2", "html_br_bold": "br"}


def body_text(c, doc, rng, style):
    text = render_text(doc, style, rng)
    cs, cte = pick_charset(text, rng)
    return mk_part("text/plain", text, cs, cte, cs_quote=rng.random() < 0.7)


def body_html(c, doc, rng, style, cte=None):
    h = render_html(doc, style, rng)
    cte = cte or rng.choice(["8bit", "8bit", "quoted-printable"])
    cs = "utf-8"
    if rng.random() < 0.2:
        try:
            h.encode("cp1252")
            cs = "windows-1252"
            h = h.replace("charset=utf-8", "charset=windows-1252")
        except UnicodeEncodeError:
            pass
    return mk_part("text/html", h, cs, cte)


def body_alt(c, doc, rng, tstyle=None, hstyle=None, cte=None):
    tstyle = tstyle or rng.choice(["colon", "dots", "nextline", "tab"])
    hstyle = hstyle or rng.choice(["th", "td2", "br"])
    cte_t = cte or rng.choice(["8bit", "quoted-printable"])
    cte_h = cte or rng.choice(["8bit", "quoted-printable", "quoted-printable"])
    t = mk_part("text/plain", render_text(doc, tstyle, rng), "utf-8", cte_t)
    h = mk_part("text/html", render_html(doc, hstyle, rng), "utf-8", cte_h)
    return mk_multi("alternative", [t, h], rng)


PNG_1x1 = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ip_csv(c, rng):
    """Render the IP log as CSV; (re)computes c.exp_ips to match."""
    exp = []
    if c.ip_timed:
        hdr = rng.choice([("timestamp_utc", "ip_address", "UTC"), ("Time (UTC)", "IP", "UTC"),
                          ("login_time_ist", "ip_address", "IST"), ("datetime", "ip", None),
                          ("Date/Time", "IP Address", None), ("event_time", "client_ip", None)])
        rows = [[hdr[0], hdr[1]]] if rng.random() < 0.6 else [[hdr[1], hdr[0]]]
        ip_first = rows[0][0] == hdr[1]
        key = None
        for ipd in c.ips:
            if key is None:
                txt, u, key = time_value(rng, ipd["dt"], "en", hdr[2],
                                         ["bare_utc", "iso_z", "epoch"] if hdr[2] == "UTC" else (["bare_ist"] if hdr[2] == "IST" else None))
            else:
                txt, u = fmt_time(ipd["dt"], key)
            rows.append([ipd["disp"], txt] if ip_first else [txt, ipd["disp"]])
            exp.append({"ip": ipd["ip"].compressed, "seen_at": iso_z(u)})
    else:
        rows = [[rng.choice(["ip_address", "IP", "ip"])]]
        for ipd in c.ips:
            rows.append([ipd["disp"]])
            exp.append({"ip": ipd["ip"].compressed, "seen_at": None})
    c.exp_ips = exp
    return csv_text(rows)


def account_csv(doc, rng, include_ips=False):
    rows = [rng.choice([["field", "value"], ["Field", "Value"], ["key", "value"]])]
    for s in doc["sections"]:
        for it in s["items"]:
            if it[0] == "kv":
                rows.append([it[2], it[3]])
            elif include_ips:
                for ip, t in it[2]:
                    rows.append([it[1], fmt_row(ip, t, doc["ip_row"])])
    return csv_text(rows)


def strip_section(doc, key):
    d = dict(doc)
    d["sections"] = []
    for s in doc["sections"]:
        if s["key"] == key:
            continue
        items = [it for it in s["items"] if not (key == "ips" and it[0] == "ips")]
        if items:
            d["sections"].append(dict(s, items=items))
    return d


def body_attach_csv(c, doc, rng):
    parts = []
    attach = []
    if c.ips:
        d = strip_section(doc, "ips")
        fname = rng.choice(["login_activity.csv", "ip_log.csv", f"ips_{(c.ref or 'export').lower()}.csv", "recent_logins.csv"])
        attach.append(("text/csv", ip_csv(c, rng), fname))
        note = rng.choice(["Recent login activity is attached as {f}.", "Please find the IP login log attached ({f}).",
                           "Attachment: {f} (login IP addresses)."]).replace("{f}", fname)
        if rng.random() < 0.3:
            attach.append(("text/csv", account_csv(d, rng), "account_details.csv"))
            body_doc = dict(d, sections=[])
            note += " Account details are in account_details.csv."
        else:
            body_doc = d
    else:
        attach.append(("text/csv", account_csv(doc, rng), rng.choice(["account_details.csv", "subscriber_info.csv"])))
        body_doc = dict(doc, sections=[])
        note = f"The account details are attached ({attach[0][2]})."
    body_doc = dict(body_doc, outro=[note] + body_doc["outro"])
    text = render_text(body_doc, rng.choice(["colon", "colon", "dots", "tab"]), rng)
    cs, cte = pick_charset(text, rng)
    parts.append(mk_part("text/plain", text, cs, cte))
    for ctype, content, fname in attach:
        cte_a = rng.choice(["base64", "base64", "8bit", "quoted-printable"])
        parts.append(mk_part(rng.choice([ctype, ctype, "application/csv", "text/plain"]), content, "utf-8", cte_a,
                             disp="attachment", fname=fname))
    if rng.random() < 0.25:
        parts.append(mk_part("image/png", PNG_1x1, None, "base64", disp="attachment", fname="screenshot_1.png"))
    return mk_multi("mixed", parts, rng, preamble=rng.random() < 0.5)


def body_attach_txt(c, doc, rng):
    fname = rng.choice(["subscriber_information.txt", f"emergency_disclosure_{(c.ref or 'record').replace('#', '')}.txt",
                        "account_details.txt", "EDR_response.txt"])
    style = rng.choice(["colon", "dots", "tab", "nextline"])
    content = render_text(doc, style, rng, with_intro=False, with_outro=False)
    note = rng.choice(["The information we are able to disclose is in the attached file {f}.",
                       "Please see the attached file ({f}) for the account information.",
                       "Attached: {f}"]).replace("{f}", fname)
    body_doc = dict(doc, sections=[], outro=[note] + doc["outro"])
    if c.ref_in_body and rng.random() < 0.5:  # repeat the reference in the short body
        body_doc["intro"] = body_doc["intro"] + [f"Reference: {c.ref}"]
    text = render_text(body_doc, "colon", rng)
    cs, cte = pick_charset(text, rng)
    parts = [mk_part("text/plain", text, cs, cte),
             mk_part("text/plain", content, "utf-8", rng.choice(["base64", "8bit", "quoted-printable"]),
                     disp="attachment", fname=fname)]
    if rng.random() < 0.2:
        parts.append(mk_part("image/png", PNG_1x1, None, "base64", disp="attachment", fname="post_screenshot.png"))
    return mk_multi("mixed", parts, rng)


# ---------------------------------------------------------------------------- machine formats
MACHINE_TIME = ["epoch", "epoch_ms", "iso_z", "iso_off", "iso_z_ms", "bare_utc", "utc_space", "kolkata", "iso_utc_off"]


def mtime(rng, dt, fixed=None):
    key = fixed or rng.choice(MACHINE_TIME)
    s, u = fmt_time(dt, key)
    val = int(s) if key in ("epoch", "epoch_ms") and rng.random() < 0.7 else s
    return val, u, key


def machine_common(c, rng):
    """Values for machine layouts; sets the expected post time / ips."""
    m = {}
    if c.has_post_time:
        v, u, k = mtime(rng, c.post_dt)
        m["post_time"] = (v, "_utc" if k == "bare_utc" else "")
        c.post_time_exp = iso_z(u)
    else:
        c.post_time_exp = None
    ips = []
    exp = []
    key = None
    for ipd in c.ips:
        if c.ip_timed:
            if key is None:
                v, u, key = mtime(rng, ipd["dt"])
            else:
                v, u, _ = mtime(rng, ipd["dt"], key)
                if key in ("epoch", "epoch_ms"):
                    v = int(fmt_time(ipd["dt"], key)[0]) if isinstance(ips[0][1], int) else fmt_time(ipd["dt"], key)[0]
            ips.append((ipd["disp"], v))
            exp.append({"ip": ipd["ip"].compressed, "seen_at": iso_z(u)})
        else:
            ips.append((ipd["disp"], None))
            exp.append({"ip": ipd["ip"].compressed, "seen_at": None})
    m["ips"] = ips
    m["ip_suffix"] = "_utc" if key == "bare_utc" else ""
    c.exp_ips = exp
    c.ref_in_body = bool(c.ref)
    return m


def render_json(c, rng):
    m = machine_common(c, rng)
    schema = rng.choice(["nested", "flat", "envelope"])
    phones = [p[1] for p in c.phones]
    f = c.friend
    if schema == "nested":
        acc = {}
        if c.name:
            acc["name"] = c.name
        if phones:
            acc["phone_numbers"] = phones
        if c.emails:
            acc["emails"] = c.emails
        if c.profile_urls:
            acc["profile_url"] = c.profile_urls[0]
        if c.usernames:
            acc["username"] = c.usernames[0][1]
        if c.user_ids:
            acc["id"] = c.user_ids[0]
        if c.place:
            acc["location"] = c.place["written"]
        cont = {"type": c.content_type}
        if c.post_text:
            cont["text"] = c.post_text
        if "post_time" in m:
            cont["created_time" + m["post_time"][1]] = m["post_time"][0]
        obj = {"referral": {"id": c.ref, "platform": c.platform, "generated": iso_z(c.mail_dt)}, "account": acc,
               "content": cont}
        if m["ips"]:
            obj["ip_activity"] = [({"ip": ip, "timestamp" + m["ip_suffix"]: t} if t is not None else {"ip": ip}) for ip, t in m["ips"]]
        if f:
            obj["reporter"] = {k: v for k, v in (("name", f["name"]), ("phone", f["phone"]), ("profile_url", f["profile_url"]),
                                                 ("email", f["email"]), ("city", f["place"]), ("relationship", f["relation"])) if v}
    elif schema == "flat":
        obj = {"caseId": c.ref}
        if c.name:
            obj["accountName"] = c.name
        if phones:
            obj["mobile"] = phones[0] if len(phones) == 1 else phones
        if c.emails:
            obj["email"] = c.emails[0]
        if c.profile_urls:
            obj["profileLink"] = c.profile_urls[0]
        if c.usernames:
            obj["handle"] = c.usernames[0][1]
        if c.user_ids:
            obj["userId"] = c.user_ids[0]
        if c.place:
            obj["city"] = c.place["written"]
        obj["contentType"] = c.content_type
        if c.post_text:
            obj["postText"] = c.post_text
        if "post_time" in m:
            obj["postedAt" + ("Utc" if m["post_time"][1] else "")] = m["post_time"][0]
        if m["ips"]:
            if m["ips"][0][1] is None:
                obj["loginIps"] = [ip for ip, _ in m["ips"]]
            else:
                obj["loginIps"] = [{"address": ip, "seenAt" + ("Utc" if m["ip_suffix"] else ""): t} for ip, t in m["ips"]]
        if f:
            obj["reportedBy"] = {k: v for k, v in (("name", f["name"]), ("mobile", f["phone"]), ("profileLink", f["profile_url"]),
                                                   ("city", f["place"])) if v}
    else:
        subj = {k: v for k, v in (("display_name", c.name), ("phones", phones or None), ("emails", c.emails or None),
                                  ("profile", c.profile_urls[0] if c.profile_urls else None),
                                  ("username", c.usernames[0][1] if c.usernames else None),
                                  ("user_id", c.user_ids[0] if c.user_ids else None),
                                  ("approx_location", c.place["written"] if c.place else None)) if v}
        post = {"kind": c.content_type}
        if c.post_text:
            post["body"] = c.post_text
        if "post_time" in m:
            post["created" + m["post_time"][1]] = m["post_time"][0]
        obj = {"type": "emergency_referral", "version": "2.1", "reference": c.ref, "platform": c.platform,
               "data": {"subject": subj, "post": post}}
        if m["ips"]:
            obj["data"]["logins"] = [({"ip": ip, "at" + m["ip_suffix"]: t} if t is not None else {"ip": ip}) for ip, t in m["ips"]]
        if f:
            obj["data"]["flagged_by"] = {k: v for k, v in (("name", f["name"]), ("phone", f["phone"]), ("email", f["email"])) if v}
        obj["meta"] = {"generated_at": iso_z(c.mail_dt), "support_line": "+1 650 555 0143"}
        c.traps.append("helpline")
    if c.ref is None:
        for k in ("caseId", "reference"):
            obj.pop(k, None)
        if "referral" in obj:
            obj["referral"].pop("id")
    if f:
        c.friend_mode = "machine"
    text = json.dumps(obj, indent=rng.choice([2, 2, 4, None]), ensure_ascii=False)
    pre = rng.choice(["", "", "Automated emergency referral. Payload follows.\n\n",
                      f"{PLATFORM_NAME[c.platform]} emergency data (JSON):\n\n"])
    post = ""
    if c.helpline:
        post = "\n\n" + rng.choice(B.HELPLINE_NEUTRAL_EN)
    return pre + text + "\n" + post


KV_KEYS = {
    "dotted": {"ref": "case.id", "platform": "case.platform", "name": "subject.name", "phone": "subject.phone[{i}]",
               "email": "subject.email", "url": "subject.profile_url", "user": "subject.username",
               "uid": "subject.user_id", "place": "subject.location", "ctype": "content.type", "text": "content.text",
               "time": "content.created{s}", "ip": "ip[{i}]", "f": "reporter.{k}"},
    "upper": {"ref": "CASE_ID", "platform": "PLATFORM", "name": "ACCOUNT_NAME", "phone": "PHONE_{i}",
              "email": "EMAIL", "url": "PROFILE_URL", "user": "USERNAME", "uid": "USER_ID", "place": "LOCATION",
              "ctype": "CONTENT_TYPE", "text": "CONTENT_TEXT", "time": "CONTENT_TIME{S}", "ip": "LOGIN_IP_{i}",
              "f": "REPORTER_{K}"},
}


def render_kv(c, rng):
    m = machine_common(c, rng)
    style = rng.choice(["dotted", "upper", "yaml", "ini"])
    phones = [p[1] for p in c.phones]
    f = c.friend
    if f:
        c.friend_mode = "machine"
    fitems = [(k, v) for k, v in (("name", f["name"]), ("phone", f["phone"]), ("profile", f["profile_url"]),
                                  ("email", f["email"]), ("city", f["place"])) if v] if f else []

    def tval(v):
        return str(v)
    lines = []
    if style in ("dotted", "upper"):
        K = KV_KEYS[style]
        eq = rng.choice([" = ", "=", " = "]) if style == "dotted" else rng.choice(["=", " = "])
        add = lambda k, v: lines.append(f"{k}{eq}{v}")  # noqa: E731
        if c.ref:
            add(K["ref"], c.ref)
        add(K["platform"], c.platform)
        if c.name:
            add(K["name"], c.name)
        for i, p in enumerate(phones):
            add(K["phone"].replace("{i}", str(i if style == "dotted" else i + 1)), p)
        for e in c.emails:
            add(K["email"], e)
        for u in c.profile_urls:
            add(K["url"], u)
        for u in c.usernames:
            add(K["user"], u[1])
        for u in c.user_ids:
            add(K["uid"], u)
        if c.place:
            add(K["place"], c.place["written"])
        add(K["ctype"], c.content_type)
        if c.post_text:
            add(K["text"], c.post_text)
        if "post_time" in m:
            add(K["time"].replace("{s}", m["post_time"][1]).replace("{S}", m["post_time"][1].upper()), tval(m["post_time"][0]))
        for i, (ip, t) in enumerate(m["ips"]):
            k = K["ip"].replace("{i}", str(i if style == "dotted" else i + 1))
            if t is None:
                add(k, ip)
            elif style == "dotted":
                add(k + ".addr", ip)
                add(k + ".seen" + m["ip_suffix"], tval(t))
            else:
                add(k, ip)
                add(k + "_TIME" + m["ip_suffix"].upper(), tval(t))
        for k, v in fitems:
            add(K["f"].replace("{k}", k).replace("{K}", k.upper()), v)
    else:
        ind = "  "
        if style == "yaml":
            lines.append("referral:")
            if c.ref:
                lines.append(f"{ind}id: {c.ref}")
            lines.append(f"{ind}platform: {c.platform}")
            lines.append("account:")
            if c.name:
                lines.append(f"{ind}name: {c.name}")
            if phones:
                lines.append(f"{ind}phones:")
                lines += [f"{ind}  - {p}" for p in phones]
            for e in c.emails:
                lines.append(f"{ind}email: {e}")
            for u in c.profile_urls:
                lines.append(f"{ind}profile_url: {u}")
            for u in c.usernames:
                lines.append(f"{ind}username: {u[1]}")
            for u in c.user_ids:
                lines.append(f"{ind}user_id: {u}")
            if c.place:
                lines.append(f"{ind}location: {c.place['written']}")
            lines.append("content:")
            lines.append(f"{ind}type: {c.content_type}")
            if c.post_text:
                lines.append(f"{ind}text: {c.post_text}")
            if "post_time" in m:
                lines.append(f"{ind}created{m['post_time'][1]}: {tval(m['post_time'][0])}")
            if m["ips"]:
                lines.append("logins:")
                for ip, t in m["ips"]:
                    lines.append(f"{ind}- ip: {ip}")
                    if t is not None:
                        lines.append(f"{ind}  time{m['ip_suffix']}: {tval(t)}")
            if fitems:
                lines.append("reporter:")
                lines += [f"{ind}{k}: {v}" for k, v in fitems]
        else:  # ini
            lines.append("[case]")
            if c.ref:
                lines.append(f"id = {c.ref}")
            lines.append(f"platform = {c.platform}")
            lines.append("")
            lines.append("[account]")
            if c.name:
                lines.append(f"name = {c.name}")
            for i, p in enumerate(phones, 1):
                lines.append(f"phone{i} = {p}")
            for e in c.emails:
                lines.append(f"email = {e}")
            for u in c.profile_urls:
                lines.append(f"profile_url = {u}")
            for u in c.usernames:
                lines.append(f"username = {u[1]}")
            for u in c.user_ids:
                lines.append(f"user_id = {u}")
            if c.place:
                lines.append(f"location = {c.place['written']}")
            lines.append("")
            lines.append("[content]")
            lines.append(f"type = {c.content_type}")
            if c.post_text:
                lines.append(f"text = {c.post_text}")
            if "post_time" in m:
                lines.append(f"created{m['post_time'][1]} = {tval(m['post_time'][0])}")
            if m["ips"]:
                lines.append("")
                lines.append("[logins]")
                for i, (ip, t) in enumerate(m["ips"], 1):
                    lines.append(f"ip{i} = {ip}" + (f" @ {t}" if t is not None else ""))
            if fitems:
                lines.append("")
                lines.append("[reporter]")
                lines += [f"{k} = {v}" for k, v in fitems]
    pre = rng.choice(["", "# emergency referral export\n", f"# {PLATFORM_NAME[c.platform]} LE referral\n# generated {iso_z(c.mail_dt)}\n"])
    if pre.startswith("# ") and "generated" in pre:
        c.traps.append("other_time")
    post = ""
    if c.helpline:
        post = "\n# " + rng.choice(B.HELPLINE_NEUTRAL_EN) + "\n"
    return pre + "\n".join(lines) + "\n" + post


def body_for(c, doc, layout, rng):
    if layout in TEXT_LAYOUT_STYLE:
        return body_text(c, doc, rng, TEXT_LAYOUT_STYLE[layout])
    if layout in HTML_LAYOUT_STYLE:
        return body_html(c, doc, rng, HTML_LAYOUT_STYLE[layout])
    if layout == "multipart_alt":
        return body_alt(c, doc, rng)
    if layout == "base64_body":
        r = rng.random()
        if r < 0.5:
            return mk_part("text/plain", render_text(doc, rng.choice(["colon", "dots", "tab", "nextline"]), rng), "utf-8", "base64")
        if r < 0.75:
            return mk_part("text/html", render_html(doc, rng.choice(["th", "td2", "br"]), rng), "utf-8", "base64")
        return body_alt(c, doc, rng, cte="base64")
    if layout == "qp_body":
        if rng.random() < 0.5:
            return mk_part("text/plain", render_text(doc, rng.choice(["colon", "dots", "nextline"]), rng), "utf-8", "quoted-printable")
        return body_alt(c, doc, rng, cte="quoted-printable")
    if layout in ("hindi_only", "mixed_hi_en"):
        r = rng.random()
        if r < 0.55:
            style = rng.choice(["colon", "nextline", "dots", "tab", "colon"])
            return mk_part("text/plain", render_text(doc, style, rng), "utf-8", rng.choice(["8bit", "8bit", "base64", "quoted-printable"]))
        if r < 0.8:
            return body_html(c, doc, rng, rng.choice(["th", "td2", "br"]), rng.choice(["8bit", "base64", "quoted-printable"]))
        return body_alt(c, doc, rng)
    if layout == "attachment_csv":
        return body_attach_csv(c, doc, rng)
    if layout == "attachment_txt":
        return body_attach_txt(c, doc, rng)
    if layout == "machine_json":
        text = render_json(c, rng)
        ctype = "application/json" if rng.random() < 0.25 else "text/plain"
        return mk_part(ctype, text, "utf-8", rng.choice(["8bit", "8bit", "base64"]))
    if layout == "machine_kv":
        return mk_part("text/plain", render_kv(c, rng), "utf-8", rng.choice(["8bit", "8bit", "quoted-printable"]))
    raise KeyError(layout)


# ---------------------------------------------------------------------------- forwards
def officer_sig(o, unit, hindi, rng):
    if hindi:
        return ["सादर,", f"{o['rank']} {o['name']}", unit, f"मो. {o['phone']}", f"ईमेल: {o['email']}"]
    lines = [rng.choice(["Regards,", "Thanks & regards,", "--"]), f"{o['rank']} {o['name']}", unit,
             rng.choice(["Mob: ", "M: ", "Mobile: ", "Ph. "]) + o["phone"]]
    if rng.random() < 0.6:
        lines.append(f"Email: {o['email']}")
    if rng.random() < 0.4:
        lines.append(f"Office: 0{rng.choice(['141', '145', '291', '294', '744', '151'])}-{rng.randrange(2200000, 2799999)}")
    return lines


def gmail_date(dt):
    i = dt.astimezone(IST)
    return f"{WDAY[i.weekday()][:3]}, {i.day} {MON[i.month-1]} {i.year} at {i.hour:02d}:{i.minute:02d}"


def outlook_date(dt):
    i = dt.astimezone(IST)
    h, ap = h12(i.hour)
    return f"{WDAY[i.weekday()]}, {MONTH[i.month-1]} {i.day}, {i.year} {h}:{i.minute:02d} {ap}"


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


def forward_message(c, rng, ids):
    layout = c.layout
    inner_c = c  # same facts; inner headers from the platform
    doc = build_doc(c, rng)
    inner_subject = subject_for(c, rng)
    fwd = rng.choice(B.FORWARDERS)
    hindi_note = is_deva(fwd[0]) or rng.random() < 0.3
    off = make_officer(rng, ids, hindi=hindi_note)
    oref = f"CC/{rng.choice(['AJM', 'JPR', 'JDH', 'UDR', 'KOTA', 'BKN'])}/2026/{rng.randrange(100, 9999)}"
    t_recv = gmail_date(c.mail_dt).split(" at ")[-1]
    note = rng.choice(B.FWD_NOTE_HI if hindi_note else B.FWD_NOTE_EN).replace("{T}", t_recv).replace("{OR}", oref)
    if oref in note:
        c.traps.append("officer_ref")
    c.traps.append("officer_signature")
    sig = officer_sig(off, fwd[2], hindi_note, rng)
    fwd_dt = c.mail_dt + timedelta(minutes=rng.randrange(5, 300))
    fdom = fwd[1].split("@")[1]
    sname, saddr = c.sender
    if layout == "fwd_rfc822":
        c.mode = "forward_inner"
        c.inner_to = (fwd[0], fwd[1])
        inner_layout = rng.choice(["plain_colon", "html_table_th", "multipart_alt", "base64_body", "dot_leader", "tab_separated"])
        ch, cb = body_for(c, doc, inner_layout, rng)
        itop = direct_top_headers(c, rng, inner_subject, None)
        inner = assemble(itop, ch, cb, "std")
        c.mode = "forward"
        note_text = "\n".join([note, ""] + sig) + "\n"
        parts = [mk_part("text/plain", note_text, "utf-8", rng.choice(["8bit", "quoted-printable"])),
                 (["Content-Type: message/rfc822", "Content-Disposition: " + rng.choice(["attachment", "inline"]) +
                   f'; filename="{rng.choice(["Emergency referral.eml", "forwarded message.eml", "FW.eml"])}"'], inner)]
        cth, body = mk_multi("mixed", parts, rng)
        c.inner_layout = inner_layout
    else:
        inner_text = render_text(doc, rng.choice(["colon", "colon", "dots", "tab", "nextline", "numbered"]), rng)
        quoted = rng.random() < 0.4
        if layout == "fwd_inline_gmail":
            block = ["---------- Forwarded message ---------", f"From: {sname} <{saddr}>",
                     f"Date: {gmail_date(c.mail_dt)}", f"Subject: {inner_subject}", f"To: <{fwd[1]}>", ""]
        else:
            sep = rng.choice(["________________________________", "-----Original Message-----"])
            block = [sep, f"From: {sname} <{saddr}>", f"Sent: {outlook_date(c.mail_dt)}",
                     f"To: {fwd[0]} <{fwd[1]}>", f"Subject: {inner_subject}", ""]
        fwd_part = "\n".join(block) + "\n" + inner_text
        if quoted:
            fwd_part = quote(fwd_part)
            c.traps.append("gt_quoted")
        text = "\n".join([note, ""] + sig) + "\n\n" + fwd_part
        if layout == "fwd_inline_outlook" and rng.random() < 0.25:  # forwarded twice
            off2 = make_officer(rng, ids)
            fwd2 = rng.choice([f for f in B.FORWARDERS if f != fwd])
            head2 = ["-----Original Message-----", f"From: {addr(fwd[0], fwd[1]) if not is_deva(fwd[0]) else fwd[1]}",
                     f"Sent: {outlook_date(fwd_dt)}", f"To: {fwd2[0]} <{fwd2[1]}>", f"Subject: FW: {inner_subject}", ""]
            text = "\n".join([rng.choice(B.FWD_NOTE_EN).replace("{T}", t_recv).replace("{OR}", oref), ""] +
                             officer_sig(off2, fwd2[2], False, rng)) + "\n\n" + "\n".join(head2) + "\n" + text
            fwd = fwd2
            fdom = fwd[1].split("@")[1]
            fwd_dt += timedelta(minutes=rng.randrange(3, 60))
            c.traps.append("double_forward")
        if rng.random() < 0.3:
            html_body = "<html><body><div dir=\"ltr\">" + "<br>\n".join(html.escape(x, quote=False) for x in text.split("\n")) + "</div></body></html>\n"
            cth, body = mk_multi("alternative", [mk_part("text/plain", text, "utf-8", rng.choice(["8bit", "quoted-printable"])),
                                                 mk_part("text/html", html_body, "utf-8", "quoted-printable")], rng)
        else:
            cth, body = mk_part("text/plain", text, "utf-8", rng.choice(["8bit", "8bit", "quoted-printable", "base64"]))
    # outer headers: our MTA's stamp for the police domain
    top = [("Authentication-Results", authres("pass", fdom, rng.random() < 0.4, rng))]
    if rng.random() < 0.6:
        top.append(("Received", f"from [10.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}] "
                                f"(unknown [{gen_ip(rng)}])\n\tby mail.rajpolice.gov.in with ESMTPSA; {rfc_date(fwd_dt, 330)}"))
        c.traps.append("received_ip")
    fs = rng.choice(["Fwd: ", "FW: ", "Fw: ", "Fwd: "])
    top += [("From", addr(fwd[0], fwd[1], rng)), ("To", HQ_BOX), ("Subject", enc_words(fs + inner_subject) if inner_subject else fs.strip()),
            ("Date", rfc_date(fwd_dt, 330)), ("Message-ID", msgid(rng, fdom)), ("MIME-Version", "1.0")]
    return assemble(top, cth, body, rng.choice(["std", "std", "lower", "cap"]))


def direct_message(c, rng):
    doc = build_doc(c, rng)
    subject = subject_for(c, rng)
    ch, cb = body_for(c, doc, c.layout, rng)
    top = direct_top_headers(c, rng, subject, None)
    casing = rng.choice(["std"] * 6 + ["lower", "upper", "cap"])
    return assemble(top, ch, cb, casing)


# ============================================================================ non-report mails
def _lers_id(rng):
    return rng.choice("6789") + "".join(rng.choice("0123456789") for _ in range(9))


def notice_templates():
    """Each returns (sender, subject, paragraphs, traps).  No facts about any individual."""
    def safety_programme(rng):
        d = datetime(2027, rng.choice([2, 3]), rng.randrange(1, 28), 9, 30, tzinfo=UTC)
        return (("Meta Safety Center", "safety-center@meta.com"),
                rng.choice(["Introducing new suicide prevention resources in India",
                            "Safety Center: our well-being programme for India", "Meta Safety Center update"]),
                ["Dear law enforcement partner,",
                 "We are expanding our suicide and self-harm prevention programme in India. People who search for "
                 "self-harm related terms on Facebook and Instagram will now see local support options, including "
                 "Tele-MANAS (14416 / 1-800-891-4416).",
                 f"We will host a briefing for state police nodal officers on {fmt_time(d, 'weekday_ist')[0]}. "
                 "Registration: https://www.facebook.com/safety/events/in-2026",
                 "Learn more: https://www.facebook.com/safety/wellbeing/suicideprevention",
                 "Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025"], ["helpline", "other_time", "platform_address"])

    def ig_policy(rng):
        return (("Instagram", "no-reply@mail.instagram.com"),
                rng.choice(["Updates to how we handle self-harm content on Instagram", "Community Guidelines update"]),
                ["Hi,", "We are updating our Community Guidelines on content that discusses suicide and self-harm. "
                 "We will continue to remove content that encourages self-harm and to refer people at risk to local "
                 "emergency services where we believe there is an imminent danger.",
                 "These changes take effect on 1 January 2027. Read the full policy: https://help.instagram.com/477434105621119",
                 "Instagram from Meta"], [])

    def lers_received(rng):
        rid = _lers_id(rng)
        t = datetime(2026, 11, rng.randrange(1, 29), rng.randrange(0, 24), rng.randrange(0, 60), tzinfo=UTC)
        return (("Facebook Records", "records@facebookmail.com"),
                rng.choice(["Your request has been received", f"Request {rid} received", "Law Enforcement Online Request System: submission received"]),
                ["Thank you. Your request has been received.", f"Request ID: {rid}",
                 f"Submitted: {fmt_time(t, 'utc_space')[0]} by scrb-sm-desk@police.example.in",
                 "Status: Pending review. You will be notified by email when the status changes.",
                 "Please do not reply to this email. To view the request, sign in at https://www.facebook.com/records"],
                ["ref_like_phone", "other_time"])

    def lers_login(rng):
        ip = f"164.100.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}"
        t = datetime(2026, rng.choice([10, 11]), rng.randrange(1, 29), rng.randrange(0, 24), rng.randrange(0, 60), tzinfo=UTC)
        return (("Facebook", "security@facebookmail.com"),
                rng.choice(["New login to the Law Enforcement Online Request System", "Security alert: new sign-in"]),
                ["We noticed a new login to your Law Enforcement Online Request System account (scrb-sm-desk@police.example.in).",
                 f"Time: {fmt_time(t, 'ist12')[0]}", f"IP address: {ip}", "Location: Jaipur, Rajasthan, India",
                 "Device: Chrome on Windows",
                 "If this was you, you can ignore this message. If not, reset your password: https://www.facebook.com/records/password"],
                ["notice_ip", "notice_place"])

    def password_reset(rng):
        tok = "%020x" % rng.getrandbits(80)
        return (("Facebook Records", "records@facebookmail.com"),
                "Reset your password",
                ["Someone requested a password reset for your Law Enforcement Online Request System account.",
                 f"Reset link (valid for 60 minutes): https://www.facebook.com/records/reset?token={tok}",
                 "If you did not request this, no action is needed."], [])

    def transparency(rng):
        return (("Meta Transparency Center", "transparency@meta.com"),
                rng.choice(["Our latest Transparency Report is now available", "Government Requests for User Data: H1 2026"]),
                ["The Government Requests for User Data report for January–June 2026 is now available.",
                 f"India: {rng.randrange(40000, 70000):,} requests covering {rng.randrange(60000, 99000):,} accounts; "
                 f"emergency disclosure requests: {rng.randrange(1500, 4000):,}.",
                 "Read the report: https://transparency.meta.com/reports/government-data-requests/"], [])

    def webinar(rng):
        d = datetime(2027, 3, rng.randrange(5, 28), 9, 0, tzinfo=UTC)
        return (("Meta Law Enforcement Outreach", "le-outreach@meta.com"),
                rng.choice(["Invitation: Responding to emergency referrals – training for Indian law enforcement",
                            "Law enforcement outreach: training session"]),
                ["Dear Officer,", "You are invited to an online session on how emergency referrals from our platforms work "
                 "and how to submit an Emergency Disclosure Request.",
                 f"When: {fmt_time(d, 'ist12')[0]}", "Dial-in: +91 22 5555 0100, meeting ID 889 2210 4471",
                 "Agenda: referral contents, verification, response times, suicide prevention resources.",
                 "Meta Platforms, Inc."], ["helpline", "other_time"])

    def terms(rng):
        return (("Facebook", "notification@facebookmail.com"),
                "We're updating our Terms of Service",
                ["We're updating our Terms of Service and Privacy Policy. The changes take effect on 15 February 2027.",
                 "You don't need to do anything. Review the changes: https://www.facebook.com/legal/terms/update",
                 "Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Ireland",
                 "Unsubscribe: https://www.facebook.com/o.php?k=AS1x&u=100000000001&mid=abc"], ["unsubscribe", "platform_address"])

    def digest(rng):
        rows = [f"{_lers_id(rng)}  {rng.choice(['Completed', 'Pending', 'Closed – no data', 'Completed'])}" for _ in range(rng.randrange(3, 6))]
        return (("Facebook Records", "records@facebookmail.com"),
                rng.choice(["Your pending requests – weekly summary", "Weekly digest: Law Enforcement Online Request System"]),
                ["Here is a summary of requests submitted from your account in the last 7 days:", "\n".join(rows),
                 "Sign in to view details: https://www.facebook.com/records"], ["ref_like_phone"])

    def wa_newsletter(rng):
        return (("WhatsApp", "lert@fb.com"),
                rng.choice(["Staying safe on WhatsApp: resources for India", "WhatsApp safety newsletter"]),
                ["Namaste,", "WhatsApp has partnered with mental health organisations in India. Anyone who needs to talk "
                 "can reach Tele-MANAS on 14416 or the KIRAN helpline on 1800-599-0019.",
                 "We also publish a safety guide for police: https://faq.whatsapp.com/law-enforcement",
                 "WhatsApp LLC"], ["helpline"])

    def parents(rng):
        return (("Instagram", "safety@instagram.com"),
                "A guide for parents: teen well-being on Instagram",
                ["Our new guide explains how Instagram responds when a teen posts about self-harm, and how parents "
                 "and schools can support them.", "Download the guide (PDF): https://about.instagram.com/community/parents",
                 "If someone is in immediate danger, call 112."], ["helpline"])

    def edr_closed(rng):
        rid = f"EDR-{rng.randrange(10**7, 10**8)}"
        return (("Facebook Law Enforcement Response Team", "records@support.facebook.com"),
                f"Emergency Disclosure Request {rid} – closed",
                [f"The Emergency Disclosure Request {rid} has been closed.",
                 "No further information will be sent for this request. If the emergency is ongoing, please submit a new request at https://www.facebook.com/records",
                 "Facebook Law Enforcement Response Team"], [])

    def wspd(rng):
        return (("Meta India", "india-policy@meta.com"),
                "World Suicide Prevention Day: how we support people in India",
                ["On World Suicide Prevention Day we are sharing an update on our work with the Ministry of Health and "
                 "Family Welfare and Tele-MANAS (14416).",
                 "Since 2025 we have referred thousands of people at risk to emergency services across India.",
                 "Read more: https://about.meta.com/actions/safety/topics/wellbeing"], ["helpline"])

    def threads_features(rng):
        return (("Threads", "no-reply@mail.instagram.com"),
                "Threads: safety features for law enforcement partners",
                ["Threads now supports the same emergency disclosure process as Instagram. Requests can be submitted "
                 "through the Law Enforcement Online Request System.", "https://help.instagram.com/threads/law-enforcement"], [])

    return [safety_programme, ig_policy, lers_received, lers_login, password_reset, transparency, webinar,
            terms, digest, wa_newsletter, parents, edr_closed, wspd, threads_features]


def other_templates():
    def vendor(rng):
        return (("ForensIQ Tools", "newsletter@forensiq-tools.example"), "dkim",
                rng.choice(["Webinar: social media investigations for police", "New release: OSINT Suite 7"]),
                ["Dear investigator,", "Join our free webinar on collecting evidence from Facebook and Instagram.",
                 "Special price for state police units. Call our sales team on +91 80 5555 0199.",
                 "Unsubscribe: https://forensiq-tools.example/unsub"], ["unsubscribe"])

    def circular(rng):
        o = make_officer(rng, Ids(), hindi=True)
        return (("SCRB Rajasthan", "scrb-admin@police.example.in"), "police",
                rng.choice(["परिपत्र: सोशल मीडिया आत्महत्या अलर्ट पर त्वरित कार्यवाही", "Circular: handling of social media emergency alerts"]),
                ["समस्त पुलिस अधीक्षक / पुलिस उपायुक्त,", "सोशल मीडिया प्लेटफ़ॉर्म से प्राप्त आत्महत्या संबंधी अलर्ट पर थाना स्तर पर "
                 "तुरंत कार्यवाही सुनिश्चित करें। अलर्ट प्राप्त होते ही संबंधित व्यक्ति से संपर्क करें और परिजनों को सूचित करें।",
                 "सहायता हेतु टेली-मानस 14416 का प्रचार करें।",
                 f"संपर्क: {o['rank']} {o['name']}, मो. {o['phone']}", "अतिरिक्त महानिदेशक पुलिस, SCRB, जयपुर"],
                ["helpline", "officer_signature"])

    def ack(rng):
        case = f"LL-2026-{rng.randrange(100, 999999):06d}"
        p = make_person(rng, Ids(), "en")
        return (("SHO Kotwali", "sho-kotwali-kota@police.example.in"), "police",
                f"Re: [{case}] HIGH risk - self-harm alert - PS Kotwali, Kota City",
                ["ACK. Team sent to the address.", "",
                 f"On {rfc_date(datetime(2026, 12, rng.randrange(1, 28), 10, 0, tzinfo=UTC), 0)}, Lifeline <{HQ_BOX}> wrote:",
                 f"> [{case}] HIGH risk - self-harm alert\n> Name: {p['en']}\n> Place: Talwandi, Kota\n> ..."],
                ["quoted", "own_alert"])

    def ooo(rng):
        return (("Duty Officer Sardarpura", "do-sardarpura@police.example.in"), "police",
                f"Automatic reply: [LL-2026-{rng.randrange(100, 999999):06d}] HIGH risk - self-harm alert",
                ["I am on leave until 4 January. For urgent matters contact the station SHO on the station landline."], [])

    def own_alert(rng):
        p = make_person(rng, Ids(), "en")
        nat = "9" + "".join(rng.choice("0123456789") for _ in range(9))
        return (("Lifeline SCRB Rajasthan", HQ_BOX), "police",
                f"[LL-2026-{rng.randrange(100, 999999):06d}] HIGH risk - self-harm alert - PS Kotwali, Kota City",
                ["This is a Lifeline case forwarded to the station. Acknowledge by replying ACK.",
                 f"Name: {p['en']}\nPhone: +91{nat}\nPlace: Kota\nPlatform: Facebook",
                 "Lifeline, SCRB Rajasthan"], ["own_alert"])

    def bounce(rng):
        return (("Mail Delivery System", "MAILER-DAEMON@mail.police.example.in"), None,
                "Undelivered Mail Returned to Sender",
                ["This is the mail system at host mail.police.example.in.",
                 "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
                 "<ps-old-mailbox@police.example.in>: host mail.police.example.in said: 550 5.1.1 User unknown"], [])

    return [vendor, vendor, circular, circular, ack, ack, ooo, ooo, own_alert, bounce]


def nonreport_message(rng, sender, subject, paras, kind, ar, as_html, casing):
    dname, address = sender
    dom = address.split("@")[1]
    top = []
    if ar == "platform" or ar == "dkim":
        top.append(("Authentication-Results", authres("pass", dom, rng.random() < 0.4, rng)))
    elif ar == "police":
        top.append(("Authentication-Results", authres("pass", dom, False, rng)))
    if rng.random() < 0.6:
        top.append(("Received", received(dom, rng, datetime(2026, 12, 1, tzinfo=UTC))))
    # template times are at most 30 Nov 2026; future events (webinars, briefings) are in 2027
    when = datetime(2026, 12, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(0, 60 * 86400))
    top += [("From", addr(dname, address, rng)), ("To", HQ_BOX), ("Subject", enc_words(subject)),
            ("Date", rfc_date(when, rng.choice([0, 330, -480]))), ("Message-ID", msgid(rng, dom)), ("MIME-Version", "1.0")]
    if "Automatic reply" in subject:
        top.append(("Auto-Submitted", "auto-replied"))
    text = "\n\n".join(paras) + "\n"
    if as_html:
        doc = {"intro": paras, "sections": [], "outro": [], "ip_row": "ip_at"}
        h = render_html(doc, "br", rng, title=subject)
        if rng.random() < 0.5:
            ch, body = mk_multi("alternative", [mk_part("text/plain", text, "utf-8", "quoted-printable"),
                                                mk_part("text/html", h, "utf-8", "quoted-printable")], rng)
        else:
            ch, body = mk_part("text/html", h, "utf-8", rng.choice(["8bit", "quoted-printable", "base64"]))
    else:
        cs, cte = pick_charset(text, rng)
        ch, body = mk_part("text/plain", text, cs, cte)
    return assemble(top, ch, body, casing)


# ============================================================================ expected
def expected_report(c, raw):
    pl = c.place or {}
    ref_shown = c.ref if (c.ref and (c.ref_in_body or c.ref_in_subject)) else None
    if not ref_shown:
        c.traps = [t for t in c.traps if t != "ref_like_phone"]
    return {
        "kind": "platform_report",
        "layout": c.layout,
        "authentic": c.mode == "direct",
        "forwarded": c.mode == "forward",
        "platform": c.platform,
        "reference": ref_shown,
        "subject_name": c.name,
        "phones": [p[0] for p in c.phones],
        "emails": list(c.emails),
        "ips": c.exp_ips,
        "profile_urls": list(c.profile_urls),
        "usernames": [u[0] for u in c.usernames],
        "user_ids": list(c.user_ids),
        "post_text": " ".join(c.post_text.split()) if c.post_text else None,
        "post_time": c.post_time_exp,
        "place": pl.get("written"),
        "district": pl.get("district"),
        "police_district": pl.get("police"),
        "outside_rajasthan": bool(pl.get("outside")),
        "topic_words": bool(TOPIC_RE.search(mail_text(raw))),
        "traps": sorted(set(c.traps)),
        "place_kind": pl.get("kind") if pl else "none",
    }


def expected_other(kind, layout, raw, traps):
    return {
        "kind": kind, "layout": layout, "authentic": None, "forwarded": None, "platform": None,
        "reference": None, "subject_name": None, "phones": [], "emails": [], "ips": [],
        "profile_urls": [], "usernames": [], "user_ids": [], "post_text": None, "post_time": None,
        "place": None, "district": None, "police_district": None, "outside_rajasthan": False,
        "topic_words": bool(TOPIC_RE.search(mail_text(raw))), "traps": sorted(set(traps)), "place_kind": None,
    }


# ============================================================================ main
def by_district_rounds(rng, entries, weight):
    """Interleave place forms district by district so that every district gets about the
    same number of mails (Jaipur and Jodhpur more), cycling through each district's forms."""
    groups = defaultdict(list)
    for e in entries:
        groups[e[2]].append(e)
    order = sorted(groups)
    rng.shuffle(order)
    out, pos = [], Counter()
    for _ in range(40):
        for d in order:
            for _ in range(weight.get(d, 1)):
                g = groups[d]
                out.append(g[pos[d] % len(g)])
                pos[d] += 1
    return out


def place_slots(rng, plan):
    latin = [p for p in B.PLACES if not is_deva(p[1])]
    # places with an asserted police district (DCP / rural SP / Bhiwadi / GRP) twice as often
    latin += [p for p in latin if p[3]]
    deva = [p for p in B.PLACES if is_deva(p[1])]
    out_l = [o for o in B.OUTSIDE if not is_deva(o[1])]
    out_d = [o for o in B.OUTSIDE if is_deva(o[1])]
    for pool in (latin, deva, out_l, out_d):
        rng.shuffle(pool)
    latin = by_district_rounds(rng, latin, {"Jaipur": 4, "Jodhpur": 2})
    deva = by_district_rounds(rng, deva, {})
    its = {"latin": 0, "deva": 0, "out_l": 0, "out_d": 0}
    pools = {"latin": latin, "deva": deva, "out_l": out_l, "out_d": out_d}

    def take(name):
        pool = pools[name]
        v = pool[its[name] % len(pool)]
        its[name] += 1
        return v
    slots = []
    for layout, mode, lang in plan:
        r = rng.random()
        if r < 0.075:
            o = take("out_d" if lang == "hi" or (lang == "mixed" and rng.random() < 0.4) else "out_l")
            slots.append({"pid": o[0], "written": o[1], "district": None, "police": None, "kind": "outside", "outside": True})
        elif r < 0.14 and mode != "forward":
            slots.append(None)
        else:
            use_deva = lang == "hi" or (lang == "mixed" and rng.random() < 0.5) or rng.random() < 0.03
            p = take("deva" if use_deva else "latin")
            slots.append({"pid": p[0], "written": p[1], "district": p[2], "police": p[3], "kind": p[4], "outside": False})
    return slots


def lang_for(layout, rng):
    if layout == "hindi_only":
        return "hi"
    if layout == "mixed_hi_en":
        return "mixed"
    if layout in FORWARD_LAYOUTS or layout.startswith("machine"):
        return "en"
    return "mixed" if rng.random() < 0.04 else "en"


def main():
    rng = random.Random(SEED)
    ids = Ids()
    plan = []
    for layout in REPORT_LAYOUTS:
        plan += [(layout, "direct")] * PER_LAYOUT
    for layout in FORWARD_LAYOUTS:
        plan += [(layout, "forward")] * PER_LAYOUT
    look_layouts = [l for l in REPORT_LAYOUTS]
    rng.shuffle(look_layouts)
    for i in range(N_LOOKALIKE):
        plan.append((look_layouts[i % len(look_layouts)], "lookalike"))
    rng.shuffle(plan)
    plan = [(l, m, lang_for(l, rng)) for l, m in plan]
    slots = place_slots(rng, plan)

    mails = []  # (raw, expected, meta)
    for n, ((layout, mode, lang), slot) in enumerate(zip(plan, slots)):
        c = new_case(rng, ids, n, layout, mode, slot, lang)
        if mode == "forward":
            raw = forward_message(c, rng, ids)
        else:
            raw = direct_message(c, rng)
        if rng.random() < 0.3:
            raw = raw.replace(b"\n", b"\r\n")
        exp = expected_report(c, raw)
        if c.neutral and exp["topic_words"]:
            m = TOPIC_RE.search(mail_text(raw))
            raise SystemExit(f"neutral mail has topic word {m.group(0)!r}: case {n} {layout}")
        if not c.neutral and not exp["topic_words"]:
            raise SystemExit(f"topic mail without topic word: case {n} {layout}")
        if layout == "qp_body":
            assert b"=\n" in raw.replace(b"\r\n", b"\n") and b"=E0=A4" in raw, n
        mails.append((raw, exp, {"place_id": slot["pid"] if slot else None}))

    # non-report mails
    nt = notice_templates()
    for i in range(32):
        t = nt[i % len(nt)]
        sender, subject, paras, traps = t(rng)
        as_html = i % 2 == 1
        raw = nonreport_message(rng, sender, subject, paras, "platform_notice", "platform", as_html,
                                rng.choice(["std", "std", "lower"]))
        if rng.random() < 0.3:
            raw = raw.replace(b"\n", b"\r\n")
        mails.append((raw, expected_other("platform_notice", "notice_html" if as_html else "notice_text", raw, traps), {"place_id": None}))
    for i, t in enumerate(other_templates()):
        sender, ar, subject, paras, traps = t(rng)
        as_html = i % 2 == 0
        raw = nonreport_message(rng, sender, subject, paras, "other", ar, as_html, "std")
        mails.append((raw, expected_other("other", "notice_html" if as_html else "notice_text", raw, traps), {"place_id": None}))

    # names, split, write
    order = list(range(len(mails)))
    rng.shuffle(order)
    named = []
    for seq, idx in enumerate(order, 1):
        raw, exp, meta = mails[idx]
        named.append((f"{seq:04d}-{exp['layout']}", raw, exp, meta))
    split = assign_split(named)
    for d in ("dev", "holdout"):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, d))
    manifest = []
    for name, raw, exp, meta in named:
        part = split[name]
        with open(os.path.join(ROOT, part, name + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(ROOT, part, name + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        manifest.append({"file": f"{part}/{name}.eml", "split": part, "kind": exp["kind"], "layout": exp["layout"],
                         "district": exp["district"], "police_district": exp["police_district"],
                         "place_id": meta["place_id"], "place_kind": exp["place_kind"],
                         "platform": exp["platform"], "authentic": exp["authentic"], "forwarded": exp["forwarded"],
                         "topic_words": exp["topic_words"]})
    with open(os.path.join(ROOT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"seed": SEED, "files": manifest}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    write_readme(manifest)
    print(f"wrote {len(manifest)} mails")


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


def assign_split(named):
    """One third holdout, deterministic by SHA-256 of the file name, balanced two ways:
    per district (reports with a district) and per layout.  Mails are visited in hash
    order; a mail goes to holdout while both its district and its layout are below one
    third, then a second pass tops up layouts that are still short."""
    # strata: the district; reports outside Rajasthan / without location and the
    # non-report kinds are strata of their own
    dist = {n: e["district"] or f"~{e['kind']}:{e['place_kind']}" for n, _, e, _ in named}
    lay = {n: e["layout"] for n, _, e, _ in named}
    tot_d, tot_l = Counter(dist.values()), Counter(lay.values())
    hold_d, hold_l = Counter(), Counter()
    order = sorted(dist, key=sha)
    split = {n: "dev" for n in order}

    def room_d(n, slack=0.0):
        d = dist[n]
        return hold_d[d] + 1 <= tot_d[d] / 3 + slack

    def room_l(n):
        return hold_l[lay[n]] + 1 <= tot_l[lay[n]] / 3 + 0.5

    for d in sorted(x for x in tot_d if not x.startswith("~")):  # every district at least once in holdout
        for n in order:
            if dist[n] == d and room_l(n):
                split[n] = "holdout"
                hold_l[lay[n]] += 1
                hold_d[d] += 1
                break
    for slack in (0.0, 0.67):
        for n in order:
            if split[n] == "dev" and room_l(n) and room_d(n, slack):
                split[n] = "holdout"
                hold_l[lay[n]] += 1
                hold_d[dist[n]] += 1
    return split


def table(counter_dev, counter_hold, keys, head):
    lines = [f"| {head} | dev | holdout | total |", "|---|---:|---:|---:|"]
    for k in keys:
        d, h = counter_dev.get(k, 0), counter_hold.get(k, 0)
        lines.append(f"| {k if k is not None else '(none)'} | {d} | {h} | {d + h} |")
    return "\n".join(lines)


def write_readme(manifest):
    dev = [m for m in manifest if m["split"] == "dev"]
    hold = [m for m in manifest if m["split"] == "holdout"]
    C = lambda rows, k: Counter(r[k] for r in rows)  # noqa: E731
    reports = [m for m in manifest if m["kind"] == "platform_report"]
    places = {m["place_id"] for m in reports if m["place_id"] and m["district"]}
    outside = {m["place_id"] for m in reports if m["place_kind"] == "outside"}
    layouts = REPORT_LAYOUTS + FORWARD_LAYOUTS + ["notice_text", "notice_html"]
    kinds = ["platform_report", "platform_notice", "other"]
    authk = lambda rows: Counter(("forwarded" if r["forwarded"] else ("authentic" if r["authentic"] else "not authentic"))  # noqa: E731
                                 for r in rows if r["kind"] == "platform_report")
    n_topic = sum(1 for m in reports if m["topic_words"])
    pk = sorted({m["place_kind"] for m in reports}, key=str)
    pdist = sorted({m["police_district"] for m in reports if m["police_district"]})
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as fh:
        tpl = fh.read()
    rep = {
        "{{TOTAL}}": str(len(manifest)), "{{DEV}}": str(len(dev)), "{{HOLDOUT}}": str(len(hold)),
        "{{REPORTS}}": str(len(reports)), "{{PLACES}}": str(len(places)), "{{OUTSIDE}}": str(len(outside)),
        "{{NOTOPIC}}": f"{len(reports) - n_topic} of {len(reports)} ({100 * (len(reports) - n_topic) / len(reports):.0f}%)",
        "{{KINDS}}": table(C(dev, "kind"), C(hold, "kind"), kinds, "kind"),
        "{{AUTH}}": table(authk(dev), authk(hold), ["authentic", "not authentic", "forwarded"], "report sender"),
        "{{LAYOUTS}}": table(C(dev, "layout"), C(hold, "layout"), layouts, "layout"),
        "{{DISTRICTS}}": table(C([m for m in dev if m["kind"] == "platform_report"], "district"),
                               C([m for m in hold if m["kind"] == "platform_report"], "district"), B.DISTRICTS + [None], "district"),
        "{{PLACEKINDS}}": table(C([m for m in dev if m["kind"] == "platform_report"], "place_kind"),
                                C([m for m in hold if m["kind"] == "platform_report"], "place_kind"), pk, "place kind"),
        "{{POLICE}}": table(C(dev, "police_district"), C(hold, "police_district"), pdist, "police_district"),
        "{{PLATFORMS}}": table(C([m for m in dev if m["kind"] == "platform_report"], "platform"),
                               C([m for m in hold if m["kind"] == "platform_report"], "platform"),
                               ["facebook", "instagram", "whatsapp", "threads"], "platform"),
    }
    for k, v in rep.items():
        tpl = tpl.replace(k, v)
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(tpl)


if __name__ == "__main__":
    main()
