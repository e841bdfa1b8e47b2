#!/usr/bin/env python3
"""Self-check of the fresh7 corpus (stdlib only).

Decodes every mail (subject, text parts, HTML text and hrefs, text-like attachments,
base64/QP, nested message/rfc822, '>' quoting, JSON / URL escaping, Devanagari digits) and
checks that every expected value is really in the mail. Prints "OK: N mails".
"""
import email
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
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = re.compile(r"suicid|self[- ]?harm|आत्महत्या|khud ?kushi|kill myself|end my life|want to die", re.I)
DEVA = str.maketrans("०१२३४५६७८९", "0123456789")
KINDS = {"platform_report", "platform_notice", "other"}
KEYS = ["kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones",
        "emails", "ips", "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place",
        "district", "police_district", "outside_rajasthan", "topic_words", "traps", "place_kind"]
DISTRICTS = ["Ajmer", "Alwar", "Balotra", "Banswara", "Baran", "Barmer", "Beawar", "Bharatpur", "Bhilwara",
             "Bikaner", "Bundi", "Chittorgarh", "Churu", "Dausa", "Deeg", "Dholpur", "Didwana-Kuchaman",
             "Dungarpur", "Hanumangarh", "Jaipur", "Jaisalmer", "Jalore", "Jhalawar", "Jhunjhunu", "Jodhpur",
             "Karauli", "Khairthal-Tijara", "Kota", "Kotputli-Behror", "Nagaur", "Pali", "Phalodi",
             "Pratapgarh", "Rajsamand", "Salumbar", "Sawai Madhopur", "Sikar", "Sirohi", "Sri Ganganagar",
             "Tonk", "Udaipur"]
POLICE = {"Jaipur East", "Jaipur West", "Jodhpur East", "Jodhpur West", "GRP Jodhpur", "GRP Ajmer"}
TRAPS = {"received_ip", "helpline", "platform_support_phone", "request_id_phone_like", "account_dates",
         "reporter_details", "post_place", "officer_signature", "police_file_number",
         "quoted_police_request", "inauthentic_sender", "portal_login_ip", "lookalike_domain"}


class _HTML(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.hrefs, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)
        if tag in ("br", "p", "div", "tr", "li", "dt", "dd", "table", "h1", "h2", "h3", "fieldset", "legend"):
            self.out.append("\n")
        if tag in ("td", "th", "span", "output", "label"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = _HTML()
    p.feed(s)
    return "".join(p.out), p.hrefs


def _text_of(part):
    try:
        got = part.get_content()
        if isinstance(got, str):
            return got
    except Exception:
        pass
    if True:
        raw = part.get_payload(decode=True) or b""
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return raw.decode("utf-16")
        return raw.decode("utf-8", "replace")


TEXTLIKE = ("text/", "application/json", "application/xml", "application/x-ndjson", "application/toml")


def decode(raw):
    """Return (subjects, texts, hrefs): decoded subject(s), text pieces, hrefs."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    subjects, texts, hrefs = [str(msg.get("subject", ""))], [], []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload(0)
            subjects.append(str(inner.get("subject", "")))
            continue
        if part.is_multipart():
            continue
        fn = (part.get_filename() or "").lower()
        if ct == "text/html" or fn.endswith((".html", ".htm")):
            t, h = html_text(_text_of(part))
            texts.append(t)
            hrefs.extend(h)
        elif ct.startswith(TEXTLIKE) or fn.endswith((".txt", ".csv", ".json", ".ndjson", ".log", ".md", ".xml", ".toml")):
            texts.append(_text_of(part))
    return subjects, texts, hrefs


def topic_words(raw):
    subjects, texts, _ = decode(raw)
    return bool(TOPIC.search("\n".join(subjects + texts)))


def _unquote_lines(s):
    return "\n".join(re.sub(r"^(\s*>)+ ?", "", ln) for ln in s.split("\n"))


def _json_unescape(s):
    def rep(m):
        t = m.group(0)
        try:
            return json.loads('"' + t + '"')
        except Exception:
            return t
    return re.sub(r'\\u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?|\\["\\/nrt]', rep, s)


def views(raw):
    subjects, texts, hrefs = decode(raw)
    base = "\n".join(subjects + texts + hrefs)
    vs = [base, _unquote_lines(base), _json_unescape(base), urllib.parse.unquote_plus(base),
          html.unescape(base)]
    vs += [v.translate(DEVA) for v in vs]
    return vs


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def ips_in(text):
    found = set()
    for m in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?!\.?\d)", text):
        try:
            found.add(str(ipaddress.ip_address(m.group(1))))
        except ValueError:
            pass
    for m in re.finditer(r"[0-9A-Fa-f:]{2,}:[0-9A-Fa-f:]+", text):
        tok = m.group(0).strip(":") if not m.group(0).startswith("::") else m.group(0)
        for cand in (m.group(0), tok):
            try:
                found.add(str(ipaddress.IPv6Address(cand)))
            except ValueError:
                pass
    return found


def time_in(iso, vs):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    cands = {str(int(dt.timestamp()))}
    for off in (0, 330, -420, -480):
        t = dt + timedelta(minutes=off)
        cands |= {t.strftime("%H:%M"), t.strftime("%H%M ") , str(int(t.strftime("%I"))) + t.strftime(":%M")}
    return any(c in v for c in cands for v in vs)


def check(path):
    raw = open(path, "rb").read()
    exp = json.load(open(path[:-4] + ".expected.json", encoding="utf-8"))
    errs = []
    if list(exp) != KEYS and set(exp) != set(KEYS):
        errs.append("keys %s" % sorted(set(KEYS) ^ set(exp)))
    vs = views(raw)
    flat = "\n".join(vs)
    low = flat.lower() + "\n" + collapse(flat).lower()
    cv = [collapse(v) for v in vs]
    digits = [re.sub(r"\D", "", v) for v in vs]
    if exp["kind"] not in KINDS:
        errs.append("kind")
    if exp["topic_words"] != topic_words(raw):
        errs.append("topic_words should be %s" % topic_words(raw))
    for k in ("reference", "subject_name", "place"):
        if exp[k] and exp[k].lower() not in low:
            errs.append("%s %r not in mail" % (k, exp[k]))
    for p in exp["phones"]:
        if not re.fullmatch(r"\+91[6-9]\d{9}", p) or not any(p[3:] in d for d in digits):
            errs.append("phone %s" % p)
    for e in exp["emails"] + exp["usernames"] + exp["user_ids"] + exp["profile_urls"]:
        if e.lower() not in low:
            errs.append("value %r not in mail" % e)
    found = ips_in(flat)
    for ip in exp["ips"]:
        if ip["ip"] not in found:
            errs.append("ip %s not in mail" % ip["ip"])
        if ip["ip"] != str(ipaddress.ip_address(ip["ip"])):
            errs.append("ip %s not normalised" % ip["ip"])
        if ip["seen_at"] and not time_in(ip["seen_at"], vs):
            errs.append("seen_at %s not in mail" % ip["seen_at"])
    if exp["post_text"] and not any(collapse(exp["post_text"]) in v for v in cv):
        errs.append("post_text not in mail")
    if exp["post_time"] and not time_in(exp["post_time"], vs):
        errs.append("post_time %s not in mail" % exp["post_time"])
    if exp["district"] is not None and exp["district"] not in DISTRICTS:
        errs.append("district %s" % exp["district"])
    if exp["police_district"] is not None and exp["police_district"] not in POLICE:
        errs.append("police_district %s" % exp["police_district"])
    if not set(exp["traps"]) <= TRAPS:
        errs.append("traps %s" % (set(exp["traps"]) - TRAPS))
    if exp["kind"] == "platform_report":
        if exp["outside_rajasthan"] and exp["district"] is not None:
            errs.append("outside with district")
        if not exp["outside_rajasthan"] and exp["district"] is None:
            errs.append("no district")
        if exp["forwarded"] and exp["authentic"]:
            errs.append("forward authentic")
    else:
        for k in ("reference", "subject_name", "post_text", "post_time", "district", "police_district",
                  "place_kind", "platform" if False else "reference"):
            if exp[k] not in (None, ""):
                errs.append("non-report has %s" % k)
        if exp["phones"] or exp["emails"] or exp["ips"] or exp["usernames"] or exp["user_ids"] \
                or exp["profile_urls"] or exp["place"] or exp["outside_rajasthan"]:
            errs.append("non-report has person fields")
    if exp["authentic"]:
        msg = email.message_from_bytes(raw, policy=policy.compat32)
        first = raw.split(b"\n", 1)[0].decode()
        dom = email.utils.parseaddr(msg["from"])[1].split("@")[-1].lower()
        want = ("Authentication-Results: mail.police.example.in; dkim=pass header.d=%s; "
                "dmarc=pass header.from=%s" % (dom, dom))
        trusted = ("meta.com", "fb.com", "facebook.com", "facebookmail.com", "instagram.com")
        if first.strip() != want or not any(dom == t or dom.endswith("." + t) for t in trusted):
            errs.append("authentic but stamp/domain wrong")
    return errs


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.eml")))
    bad = 0
    for f in files:
        errs = check(f)
        if errs:
            bad += 1
            print(os.path.basename(f), "; ".join(errs))
    if bad:
        print("FAIL: %d of %d mails" % (bad, len(files)))
        sys.exit(1)
    print("OK: %d mails" % len(files))


if __name__ == "__main__":
    main()
