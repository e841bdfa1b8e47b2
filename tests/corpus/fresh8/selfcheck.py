#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the fresh8 corpus (stdlib only).

Decodes every mail independently of _gen.py (email package: all MIME parts, base64/QP,
nested message/rfc822, HTML text, attachments; then '>' quoting, RFC 2849 base64 values,
protobuf-text octal escapes, URL-encoding, CEF escapes, RTF, JSON, XML, Devanagari digits)
and checks that every expected value is really in the mail, that the authenticity verdict
follows from the headers and that topic_words agrees with TOPIC_RE.  Prints `OK: N mails`.
"""
import base64
import email
import email.policy
import glob
import html
import html.parser
import ipaddress
import json
import os
import re
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone

import _cases as K

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC_RE = re.compile(K.TOPIC_REGEX, re.I)
TRUSTED = ["meta.com", "fb.com", "facebook.com", "facebookmail.com", "instagram.com"]
POLICE = ["police.example.in", "rajpolice.gov.in"]
OURS = "mail.police.example.in"
KEYS = ["kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones",
        "emails", "ips", "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place",
        "district", "police_district", "outside_rajasthan", "topic_words", "traps", "place_kind"]
PLACE_KINDS = {"town", "tehsil", "village", "locality", "pin", "railway_station", "old_district",
               "abolished_district", "hindi", "misspelling", "post_only", "outside"}
POLICE_DISTRICTS = {None, "Jaipur East", "Jaipur West", "Jodhpur East", "Jodhpur West", "GRP Jodhpur", "GRP Ajmer"}
TRAPS = {"received_ip", "helpline", "platform_support_phone", "request_id_phone_like", "account_dates",
         "reporter_details", "post_place", "officer_signature", "police_file_number", "quoted_police_request",
         "inauthentic_sender", "portal_login_ip", "lookalike_domain"}
DEVA = str.maketrans("०१२३४५६७८९", "0123456789")
UTC = timezone.utc


# ------------------------------------------------------------------ decoding

class H2T(html.parser.HTMLParser):
    BLOCK = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "dt", "dd",
             "section", "pre", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append(" \t ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(s):
    p = H2T()
    p.feed(s)
    p.close()
    return "".join(p.out)


def rtf_text(s):
    s = s.replace("\\par", "\n")
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\{\\fonttbl.*?\}\}", "", s)
    s = s.replace("\\\\", "\x00b").replace("\\{", "\x00o").replace("\\}", "\x00c")
    s = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", s)
    s = s.replace("{", "").replace("}", "")
    return s.replace("\x00b", "\\").replace("\x00o", "{").replace("\x00c", "}")


def xml_text(s):
    s = re.sub(r"</Cell>", "\t", s)
    s = re.sub(r"</Row>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def json_values(o):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from json_values(v)
    elif isinstance(o, list):
        for v in o:
            yield from json_values(v)
    else:
        yield str(o)


def unquote_gt(s):
    return "\n".join(re.sub(r"^(?:\s?>)+ ?", "", ln) for ln in s.split("\n"))


def ldif_decode(s):
    s = s.replace("\n ", "")
    out = []
    for ln in s.split("\n"):
        m = re.match(r"^([A-Za-z][\w-]*):: ?(\S+)$", ln)
        if m:
            try:
                out.append(m.group(1) + ": " + base64.b64decode(m.group(2)).decode("utf-8"))
            except Exception:
                pass
        else:
            out.append(ln)
    return "\n".join(out)


def c_unescape(s):
    if "\\" not in s:
        return s

    def one(m):
        body = m.group(1)
        b = bytearray()
        i = 0
        while i < len(body):
            ch = body[i]
            if ch == "\\" and i + 1 < len(body):
                n = body[i + 1]
                if n in "01234567" and re.match(r"[0-7]{3}", body[i + 1:i + 4]):
                    b.append(int(body[i + 1:i + 4], 8))
                    i += 4
                    continue
                b += {"n": b"\n", "t": b"\t", '"': b'"', "'": b"'", "\\": b"\\"}.get(n, n.encode())
                i += 2
                continue
            b += ch.encode("utf-8")
            i += 1
        return '"' + b.decode("utf-8", "replace") + '"'

    return re.sub(r'"((?:[^"\\]|\\.)*)"', one, s)


def url_decode_lines(s):
    out = []
    for ln in s.split("\n"):
        if "=" in ln and ("&" in ln or "%" in ln):
            try:
                pairs = urllib.parse.parse_qsl(ln.strip(), keep_blank_values=True)
            except Exception:
                pairs = []
            if pairs:
                out.append("\n".join(f"{k}={v}" for k, v in pairs))
    return "\n".join(out)


def cef_unescape(s):
    return s.replace("\\=", "=").replace("\\|", "|").replace("\\\\", "\\")


def clean(s):
    for z in ("\u200b", "\u200e", "\u200f", "\ufeff", "\u2060"):
        s = s.replace(z, "")
    return s.replace("\u00a0", " ").replace("\f", "\n")


def decode_header_value(v):
    return str(email.header.make_header(email.header.decode_header(v))) if v else ""


import email.header  # noqa: E402


def part_texts(msg):
    """-> (list of text views for facts, list of texts for topic words, subjects)."""
    views, topic, subjects = [], [], []
    for p in msg.walk():
        ct = p.get_content_type()
        if p.get("Subject") is not None:
            subjects.append(decode_header_value(p.get("Subject")))
        if p.is_multipart() or ct == "message/rfc822":
            continue
        raw = p.get_payload(decode=True)
        if raw is None:
            continue
        cs = p.get_content_charset() or "utf-8"
        try:
            txt = raw.decode(cs)
        except (LookupError, UnicodeDecodeError):
            txt = raw.decode("utf-8", "replace")
        fn = (p.get_filename() or "").lower()
        vs = [txt]
        if ct in ("text/html", "text/x-amp-html"):
            vs = [html_text(txt)]
        elif ct == "application/json" or fn.endswith(".json"):
            try:
                vs = [txt, "\n".join(json_values(json.loads(txt)))]
            except ValueError:
                vs = [txt]
        elif ct == "application/rtf" or fn.endswith(".rtf"):
            vs = [rtf_text(txt)]
        elif fn.endswith(".xml") or ct.endswith("ms-excel"):
            vs = [xml_text(txt)]
        elif ct.startswith("message/") and ct != "message/rfc822":
            vs = [txt]
        topic += vs
        more = []
        for v in vs:
            more += [unquote_gt(v), ldif_decode(v), c_unescape(v), url_decode_lines(v), cef_unescape(v)]
        views += vs + more
    return views, topic, subjects


def x_headers(msg):
    return [f"{k}: {decode_header_value(v)}" for k, v in msg.items() if k.lower().startswith("x-")]


# ------------------------------------------------------------------ times

MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MONTH = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
HI_MONTH = {m: i + 1 for i, m in enumerate(["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त",
                                             "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"])}
ZONES = {"Z": 0, "UTC": 0, "GMT": 0, "IST": 330, "(IST)": 330, "PST": -480, "PDT": -420, "(GMT+05:30)": 330}


def zone_min(z):
    if z is None:
        return 0
    z = z.strip()
    if z in ZONES:
        return ZONES[z]
    m = re.match(r"([+-])(\d\d):?(\d\d)$", z)
    if m:
        v = int(m.group(2)) * 60 + int(m.group(3))
        return v if m.group(1) == "+" else -v
    raise ValueError(z)


def mk(y, mo, d, h, mi, s, zm, ap=None):
    h = int(h)
    if ap:
        h = h % 12 + (12 if ap.upper() == "PM" else 0)
    dt = datetime(int(y), int(mo), int(d), h, int(mi), int(s or 0), tzinfo=UTC)
    return dt - timedelta(minutes=zm)


TIME_RES = [
    ("iso", re.compile(r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?(\s*(?:Z|[+-]\d\d:?\d\d|UTC|GMT|IST|\(IST\)|PST|PDT))?(?![\d:])")),
    ("dmy", re.compile(r"(\d\d)[/-](\d\d)[/-](\d{4}),?\s+(\d\d):(\d\d)(?::(\d\d))?\s*(\(IST\)|IST|UTC|PST|PDT|\(GMT\+05:30\))")),
    ("dmonY", re.compile(r"(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}),? (\d{1,2}):(\d\d)(?::(\d\d))? ?(AM|PM)? (IST|UTC)")),
    ("pac", re.compile(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4}),? (?:at )?(\d{1,2}):(\d\d)(?::(\d\d))? (AM|PM) (PST|PDT)")),
    ("rfc", re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-]\d{4})")),
    ("hhmm", re.compile(r"(?<!\d)(\d\d)(\d\d) UTC (\d\d) (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) (\d{4})")),
    ("long", re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}) at (\d\d):(\d\d) IST")),
    ("hindi", re.compile(r"(\d{1,2}) (" + "|".join(HI_MONTH) + r") (\d{4}), (\d\d):(\d\d) IST")),
    ("epoch", re.compile(r"(?<![\d.])(1[78]\d{8})(\d{3})?(?!\d|\.\d)")),
]


def find_times(text):
    out = []
    for kind, rx in TIME_RES:
        for m in rx.finditer(text):
            g = m.groups()
            try:
                if kind == "iso":
                    dt = mk(g[0], g[1], g[2], g[3], g[4], g[5], zone_min(g[6]))
                elif kind == "dmy":
                    if g[6] in ("PST", "PDT"):
                        dt = mk(g[2], g[0], g[1], g[3], g[4], g[5], zone_min(g[6]))
                    else:
                        dt = mk(g[2], g[1], g[0], g[3], g[4], g[5], zone_min(g[6]))
                elif kind == "dmonY":
                    dt = mk(g[2], MON[g[1].lower()], g[0], g[3], g[4], g[5], zone_min(g[7]), g[6])
                elif kind == "pac":
                    dt = mk(g[2], MON[g[0].lower()], g[1], g[3], g[4], g[5], zone_min(g[7]), g[6])
                elif kind == "rfc":
                    dt = mk(g[2], MON[g[1].lower()], g[0], g[3], g[4], g[5], zone_min(g[6]))
                elif kind == "hhmm":
                    dt = mk(g[4], MON[g[3].lower()], g[2], g[0], g[1], 0, 0)
                elif kind == "long":
                    dt = mk(g[2], MONTH[g[1].lower()], g[0], g[3], g[4], 0, 330)
                elif kind == "hindi":
                    dt = mk(g[2], HI_MONTH[g[1]], g[0], g[3], g[4], 0, 330)
                else:
                    dt = datetime.fromtimestamp(int(g[0]), UTC)
            except ValueError:
                continue
            out.append((m.start(), dt.strftime("%Y-%m-%dT%H:%M:%SZ")))
    # PST/PDT month-first numeric form: 11/28/2026 12:57:11 PST
    for m in re.finditer(r"(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d):(\d\d) (PST|PDT)", text):
        g = m.groups()
        try:
            dt = mk(g[2], g[0], g[1], g[3], g[4], g[5], zone_min(g[6]))
            out.append((m.start(), dt.strftime("%Y-%m-%dT%H:%M:%SZ")))
        except ValueError:
            pass
    return out


# ------------------------------------------------------------------ IPs

V4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?!\d|\.\d)")
V6 = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")


def find_ips(text):
    out = []
    for rx in (V4, V6):
        for m in rx.finditer(text):
            try:
                ip = ipaddress.ip_address(m.group(1))
            except ValueError:
                continue
            out.append((m.start(), ip.compressed))
    return out


# ------------------------------------------------------------------ checks

def phone_in(e164, text):
    n = e164[-10:]
    rx = (r"(?<!\d)(?:(?:\+|00)?91|0)?[\s\-.()\u00a0]*" + r"[\s\-.()\u00a0]*".join(n) + r"(?!\d)")
    return re.search(rx, text) is not None


def authentic_from_headers(msg):
    items = msg.raw_items() if hasattr(msg, "raw_items") else msg.items()
    items = list(items)
    if not items:
        return False
    frm = email.utils.parseaddr(str(msg.get("From", "")))[1].lower()
    dom = frm.rsplit("@", 1)[-1]
    if not any(dom == t or dom.endswith("." + t) for t in TRUSTED):
        return False
    k, v = items[0]
    if k.lower() != "authentication-results":
        return False
    v = " ".join(str(v).split())
    if not v.startswith(OURS + ";"):
        return False
    ar = [x for x in items if x[0].lower() == "authentication-results" and " ".join(str(x[1]).split()).startswith(OURS + ";")]
    if len(ar) > 1:
        return False
    return (re.search(r"dkim=pass header\.d=" + re.escape(dom) + r"\b", v) is not None and
            re.search(r"dmarc=pass header\.from=" + re.escape(dom) + r"\b", v) is not None)


import email.utils  # noqa: E402


def check(eml, exp):
    errs = []
    raw = open(eml, "rb").read()
    if b"\r" in raw:
        errs.append("CR in file")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    views, topic_texts, subjects = part_texts(msg)
    views += x_headers(msg)
    hay = clean("\n".join(views))
    hay_d = hay.translate(DEVA)
    col = " ".join(hay.split())
    if list(exp) != KEYS:
        errs.append(f"keys {list(exp)}")
    # authenticity
    auth = authentic_from_headers(msg)
    frm_dom = email.utils.parseaddr(str(msg.get("From", "")))[1].lower().rsplit("@", 1)[-1]
    if exp["kind"] == "other":
        if exp["authentic"]:
            errs.append("other mail authentic")
    elif exp["authentic"] != auth:
        errs.append(f"authentic {exp['authentic']} but headers say {auth}")
    if exp["forwarded"] != (frm_dom in POLICE and exp["kind"] == "platform_report"):
        errs.append("forwarded mismatch")
    if exp["forwarded"]:
        if not any(t in hay for t in TRUSTED):
            errs.append("forward without a platform sender inside")
    # topic words
    tw = any(TOPIC_RE.search(clean(t)) for t in topic_texts + subjects)
    if tw != exp["topic_words"]:
        errs.append(f"topic_words {exp['topic_words']} but text says {tw}")
    for t in exp["traps"]:
        if t not in TRAPS:
            errs.append(f"unknown trap {t}")
    if exp["kind"] != "platform_report":
        for k in ("reference", "subject_name", "post_time", "district", "police_district", "place_kind"):
            if exp[k] is not None:
                errs.append(f"non-report has {k}")
        for k in ("phones", "emails", "ips", "profile_urls", "usernames", "user_ids"):
            if exp[k]:
                errs.append(f"non-report has {k}")
        if exp["place"] or exp["post_text"] or exp["outside_rajasthan"]:
            errs.append("non-report has place/post")
        if exp["kind"] == "other" and exp["platform"] is not None:
            errs.append("other with platform")
        return errs
    # report values
    if exp["platform"] not in ("facebook", "instagram", "whatsapp", "threads"):
        errs.append("platform")
    if exp["reference"] and exp["reference"] not in hay:
        errs.append(f"reference {exp['reference']} not in mail")
    if exp["subject_name"] and exp["subject_name"] not in col:
        errs.append(f"name {exp['subject_name']} not in mail")
    for p in exp["phones"]:
        if not re.fullmatch(r"\+91[6-9]\d{9}", p):
            errs.append(f"phone form {p}")
        if not phone_in(p, hay_d):
            errs.append(f"phone {p} not in mail")
    for e in exp["emails"]:
        if e not in hay:
            errs.append(f"email {e} not in mail")
    for u in exp["profile_urls"]:
        if u not in hay:
            errs.append(f"url {u} not in mail")
    for u in exp["usernames"] + exp["user_ids"]:
        if u not in hay:
            errs.append(f"username/id {u} not in mail")
    ips = find_ips(hay)
    times = find_times(hay_d)
    for e in exp["ips"]:
        pos = [p for p, ip in ips if ip == e["ip"]]
        if ipaddress.ip_address(e["ip"]).compressed != e["ip"]:
            errs.append(f"ip not normalised {e['ip']}")
        if not pos:
            errs.append(f"ip {e['ip']} not in mail")
            continue
        if e["seen_at"]:
            if not any(t == e["seen_at"] and abs(tp - p) < 260 for p in pos for tp, t in times):
                errs.append(f"seen_at {e['seen_at']} of {e['ip']} not near it")
    if exp["post_text"]:
        if exp["post_text"] not in col:
            errs.append(f"post not in mail: {exp['post_text'][:40]}")
    if exp["post_time"] and exp["post_time"] not in {t for _, t in times}:
        errs.append(f"post_time {exp['post_time']} not in mail")
    if exp["place"] and exp["place"] not in col:
        errs.append(f"place {exp['place']} not in mail")
    if exp["outside_rajasthan"]:
        if exp["district"] is not None or exp["place_kind"] != "outside":
            errs.append("outside with district")
    elif exp["district"] not in K.DISTRICTS:
        errs.append(f"district {exp['district']}")
    if exp["police_district"] not in POLICE_DISTRICTS:
        errs.append("police_district")
    if exp["place_kind"] not in PLACE_KINDS:
        errs.append(f"place_kind {exp['place_kind']}")
    if exp["place_kind"] == "post_only" and (exp["place"] or not exp["post_text"]):
        errs.append("post_only with place / without post")
    # the place table agrees
    if exp["place"] and not exp["outside_rajasthan"]:
        row = [p for p in K.PLACES if p[0] == exp["place"]]
        if not row or row[0][1] != exp["district"] or row[0][2] != exp["police_district"]:
            errs.append("place table disagrees")
    return errs


def main():
    emls = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9][0-9]-*.eml")))
    bad = 0
    for eml in emls:
        ej = eml[:-4] + ".expected.json"
        if not os.path.exists(ej):
            print(f"{os.path.basename(eml)}: no expected file")
            bad += 1
            continue
        exp = json.load(open(ej, encoding="utf-8"))
        errs = check(eml, exp)
        if exp["layout"] != os.path.basename(eml)[5:-4]:
            errs.append("layout name differs from file name")
        if errs:
            bad += 1
            print(f"{os.path.basename(eml)}: " + "; ".join(errs))
    if bad:
        print(f"FAILED: {bad} of {len(emls)} mails")
        sys.exit(1)
    print(f"OK: {len(emls)} mails")


if __name__ == "__main__":
    main()
