#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of the fresh5 corpus (stdlib only).

Checks every value of every NNNN-*.expected.json against the decoded text of its mail
(subject, all text parts, HTML text and hrefs, attachments, base64/QP undone, nested
message/rfc822), and the authenticity flags against the headers.  Prints `OK: N mails`.
"""
import email, html, ipaddress, json, os, re, sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import decode_header, make_header
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
DISTRICTS = ["Ajmer", "Alwar", "Balotra", "Banswara", "Baran", "Barmer", "Beawar", "Bharatpur", "Bhilwara",
             "Bikaner", "Bundi", "Chittorgarh", "Churu", "Dausa", "Deeg", "Dholpur", "Didwana-Kuchaman",
             "Dungarpur", "Hanumangarh", "Jaipur", "Jaisalmer", "Jalore", "Jhalawar", "Jhunjhunu", "Jodhpur",
             "Karauli", "Khairthal-Tijara", "Kota", "Kotputli-Behror", "Nagaur", "Pali", "Phalodi", "Pratapgarh",
             "Rajsamand", "Salumbar", "Sawai Madhopur", "Sikar", "Sirohi", "Sri Ganganagar", "Tonk", "Udaipur"]
POLICE_DISTRICTS = {"Jaipur Commissionerate": ["Jaipur"], "Jaipur East": ["Jaipur"], "Jaipur West": ["Jaipur"],
                    "Jaipur North": ["Jaipur"], "Jaipur South": ["Jaipur"], "Jaipur Rural": ["Jaipur"],
                    "Jodhpur Commissionerate": ["Jodhpur"], "Jodhpur East": ["Jodhpur"], "Jodhpur West": ["Jodhpur"],
                    "Jodhpur Rural": ["Jodhpur"], "Kota City": ["Kota"], "Kota Rural": ["Kota"], "Bhiwadi": ["Khairthal-Tijara"],
                    "GRP Jodhpur": ["Jodhpur", "Phalodi", "Barmer", "Balotra", "Jaisalmer", "Bikaner", "Nagaur",
                                    "Didwana-Kuchaman", "Pali", "Jalore", "Sirohi", "Sri Ganganagar", "Hanumangarh", "Churu"],
                    "GRP Ajmer": ["Ajmer", "Beawar", "Jaipur", "Alwar", "Bharatpur", "Deeg", "Dholpur", "Karauli", "Dausa",
                                  "Sawai Madhopur", "Tonk", "Kota", "Bundi", "Baran", "Jhalawar", "Bhilwara", "Chittorgarh",
                                  "Udaipur", "Rajsamand", "Dungarpur", "Banswara", "Pratapgarh", "Salumbar", "Sikar",
                                  "Jhunjhunu", "Kotputli-Behror", "Khairthal-Tijara"]}
TRUSTED = ["meta.com", "fb.com", "facebook.com", "facebookmail.com", "instagram.com"]
AUTHSERV = "mail.police.example.in"
KEYS = ["kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones", "emails",
        "ips", "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place", "district",
        "police_district", "outside_rajasthan", "topic_words", "traps", "place_kind"]
PLACE_KINDS = {"town", "tehsil", "village", "locality", "pin", "hindi", "old_parent", "abolished", "railway",
               "outside", "misspelt", "post_only", "none"}
TOPIC_RE = re.compile(r"suicid|self[- ]?harm|आत्महत्या|khud ?kushi|kill myself|end my life|want to die", re.I)
DEVDIG = str.maketrans("०१२३४५६७८९", "0123456789")
HMON = {"जनवरी": "Jan", "फ़रवरी": "Feb", "फरवरी": "Feb", "मार्च": "Mar", "अप्रैल": "Apr", "मई": "May", "जून": "Jun",
        "जुलाई": "Jul", "अगस्त": "Aug", "सितंबर": "Sep", "सितम्बर": "Sep", "अक्टूबर": "Oct", "नवंबर": "Nov",
        "नवम्बर": "Nov", "दिसंबर": "Dec", "दिसम्बर": "Dec"}
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}

class _Strip(HTMLParser):
    BLOCK = {"p", "br", "tr", "td", "th", "div", "li", "dt", "dd", "h1", "h2", "h3", "table", "pre"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.hrefs = []
    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK: self.out.append("\n")
        for k, v in attrs:
            if k == "href" and v: self.hrefs.append(v)
    def handle_endtag(self, tag):
        if tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, d): self.out.append(d)

def html_text(s):
    p = _Strip(); p.feed(s); p.close()
    return "".join(p.out), p.hrefs

def _json_strings(o, acc):
    if isinstance(o, dict):
        for v in o.values(): _json_strings(v, acc)
    elif isinstance(o, list):
        for v in o: _json_strings(v, acc)
    elif o is not None:
        acc.append(str(o))

def _walk(msg, acc):
    for hn in ("Subject", "From", "Date"):
        v = msg.get(hn)
        if v: acc.append(f"{hn}: {str(make_header(decode_header(str(v))))}")
    if msg.is_multipart():
        for p in msg.iter_parts() if hasattr(msg, "iter_parts") else msg.get_payload():
            _walk_part(p, acc)
    else:
        _walk_part(msg, acc, top=True)

def _walk_part(p, acc, top=False):
    ct = p.get_content_type()
    if ct == "message/rfc822":
        for sub in p.get_payload():
            _walk(sub, acc)
        return
    if p.is_multipart():
        for q in p.get_payload(): _walk_part(q, acc)
        return
    raw = p.get_payload(decode=True)
    if raw is None:
        return
    cs = p.get_content_charset() or "utf-8"
    try: txt = raw.decode(cs)
    except (LookupError, UnicodeDecodeError): txt = raw.decode("utf-8", "replace")
    if ct == "text/html":
        t, hrefs = html_text(txt); acc.append(t); acc += hrefs; acc.append(txt)
    else:
        acc.append(txt)
        s = txt.strip()
        if s.startswith("{") or s.startswith("["):
            try:
                j = json.loads(s); js = []; _json_strings(j, js); acc += js
            except ValueError:
                pass

def pieces(data):
    msg = email.message_from_bytes(data, policy=policy.compat32)
    acc = []
    _walk(msg, acc)
    return msg, acc

def unquote(t):
    return re.sub(r"(?m)^[ \t]*(?:>[ \t]?)+", "", t)

def collapse(t):
    return re.sub(r"\s+", " ", t).strip()

def decoded_text(data):
    msg, acc = pieces(data)
    return "\n".join(unquote(a) for a in acc)

# ----------------------------------------------------------------------------- times
ZONE = r"(Z|UTC|GMT|IST|PST|PDT|[+-]\d{2}:?\d{2}|\(?Asia/Kolkata\)?|\(?America/Los_Angeles\)?)"
def _offsets(z, y, mo, d):
    if z is None: return [0, 330]
    z = z.strip("()")
    if z in ("Z", "UTC", "GMT"): return [0]
    if z in ("IST", "Asia/Kolkata"): return [330]
    if z == "PST": return [-480]
    if z == "PDT": return [-420]
    if z == "America/Los_Angeles":
        dt = datetime(y, mo, d)
        return [-420] if datetime(y, 3, 8) <= dt < datetime(y, 11, 1) else [-480]
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", z)
    if m:
        s = 1 if m.group(1) == "+" else -1
        return [s * (int(m.group(2)) * 60 + int(m.group(3)))]
    return [0, 330]

def _mk(out, y, mo, d, hh, mi, ss, ap, z):
    hh = int(hh); mi = int(mi); ss = int(ss or 0)
    if ap:
        ap = ap.upper()
        if ap == "PM" and hh != 12: hh += 12
        if ap == "AM" and hh == 12: hh = 0
    try: base = datetime(int(y), int(mo), int(d), hh, mi, ss, tzinfo=UTC)
    except ValueError: return
    for off in _offsets(z, int(y), int(mo), int(d)):
        out.add((base - timedelta(minutes=off)).strftime("%Y-%m-%dT%H:%M:%SZ"))

def find_times(text):
    t = text.translate(DEVDIG)
    for k, v in HMON.items(): t = t.replace(k, v)
    out = set()
    for m in re.finditer(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s?" + ZONE + "?", t):
        _mk(out, m[1], m[2], m[3], m[4], m[5], m[6], None, m[7])
    for m in re.finditer(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?\s*" + ZONE + "?", t):
        _mk(out, m[3], m[2], m[1], m[4], m[5], m[6], m[7], m[8])
    for m in re.finditer(r"(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?\s*" + ZONE + "?", t):
        mo = MON.get(m[2][:3].lower())
        if mo: _mk(out, m[3], mo, m[1], m[4], m[5], m[6], m[7], m[8])
    for m in re.finditer(r"([A-Za-z]{3,9})\s+(\d{1,2}),\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?\s*" + ZONE + "?", t):
        mo = MON.get(m[1][:3].lower())
        if mo: _mk(out, m[3], mo, m[2], m[4], m[5], m[6], m[7], m[8])
    for m in re.finditer(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?\s*" + ZONE + r"\s+on\s+(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", t):
        mo = MON.get(m[7][:3].lower())
        if mo: _mk(out, m[8], mo, m[6], m[1], m[2], m[3], m[4], m[5])
    for m in re.finditer(r"(?<!\d)(1[78]\d{8})(\d{3})?(?!\d)", t):
        out.add(datetime.fromtimestamp(int(m[1]), UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    return out

def ipv6s(text):
    out = set()
    for m in re.finditer(r"[0-9A-Fa-f:]{2,}(?::[0-9A-Fa-f]{0,4}){2,}", text):
        try: out.add(ipaddress.IPv6Address(m.group(0)).compressed)
        except ValueError: pass
    return out

# ----------------------------------------------------------------------------- checks
def authentic_by_headers(msg):
    items = msg.items()
    frm = email.utils.parseaddr(msg.get("From", ""))[1].lower()
    dom = frm.rsplit("@", 1)[-1]
    trusted = any(dom == d or dom.endswith("." + d) for d in TRUSTED)
    if not items or items[0][0].lower() != "authentication-results": return False, dom
    v = re.sub(r"\s+", " ", items[0][1])
    ok = (v.split(";")[0].strip() == AUTHSERV and f"dkim=pass header.d={dom}" in v and f"dmarc=pass header.from={dom}" in v)
    ars = [x for x in items if x[0].lower() == "authentication-results"]
    return trusted and ok, dom

def check(path, exp):
    err = []
    data = open(path, "rb").read()
    msg, acc = pieces(data)
    text = "\n".join(unquote(a) for a in acc)
    flat = collapse(text)
    digits_lines = [re.sub(r"\D", "", l.translate(DEVDIG)) for l in text.split("\n")]
    if list(exp.keys()) != KEYS: err.append(f"keys {list(exp.keys())}")
    lay = os.path.basename(path)[5:-4]
    if exp["layout"] != lay: err.append("layout != file name")
    auth, dom = authentic_by_headers(msg)
    kind = exp["kind"]
    if kind not in ("platform_report", "platform_notice", "other"): err.append("kind")
    fwd_dom = dom in ("police.example.in", "rajpolice.gov.in")
    if kind == "platform_report":
        if exp["authentic"] != (auth and not fwd_dom): err.append(f"authentic {exp['authentic']} vs headers {auth}")
        if exp["forwarded"] != fwd_dom: err.append("forwarded")
        if exp["platform"] not in ("facebook", "instagram", "whatsapp", "threads"): err.append("platform")
        if exp["place_kind"] not in PLACE_KINDS: err.append("place_kind")
    else:
        if exp["authentic"] != (auth and kind == "platform_notice"): err.append("authentic (non-report)")
        for k in ("forwarded", "platform", "place_kind", "reference", "subject_name", "post_text", "post_time"):
            if exp[k] is not None: err.append(f"{k} should be null")
    if exp["reference"] is not None and exp["reference"] not in flat: err.append(f"reference {exp['reference']}")
    if exp["subject_name"] is not None and exp["subject_name"] not in flat: err.append("subject_name")
    for p in exp["phones"]:
        if not re.fullmatch(r"\+91[6-9]\d{9}", p): err.append(f"phone format {p}")
        elif not any(p[3:] in d for d in digits_lines): err.append(f"phone {p} not in text")
    if len(set(exp["phones"])) != len(exp["phones"]): err.append("dup phones")
    for k in ("emails", "profile_urls", "usernames", "user_ids"):
        for v in exp[k]:
            if v not in text and v not in flat: err.append(f"{k} {v}")
    for v in exp["usernames"]:
        if v.startswith("@"): err.append("username with @")
    for v in exp["user_ids"]:
        if not v.isdigit(): err.append("user_id not numeric")
    times = find_times(text)
    v6 = ipv6s(text)
    for o in exp["ips"]:
        if list(o.keys()) != ["ip", "seen_at"]: err.append("ip keys")
        ip = o["ip"]
        try: a = ipaddress.ip_address(ip)
        except ValueError: err.append(f"bad ip {ip}"); continue
        if a.version == 4:
            if not re.search(r"(?<![\d.])" + re.escape(ip) + r"(?![\d])", text): err.append(f"ip {ip}")
        else:
            if ip != a.compressed: err.append(f"ip not RFC5952 {ip}")
            if ip not in v6: err.append(f"ip6 {ip} not in text")
        if o["seen_at"] is not None and o["seen_at"] not in times: err.append(f"seen_at {o['seen_at']} not found for {ip}")
    if exp["post_text"] is not None and collapse(exp["post_text"]) not in flat: err.append("post_text not in text")
    if exp["post_time"] is not None:
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", exp["post_time"]): err.append("post_time format")
        if exp["post_time"] not in times: err.append(f"post_time {exp['post_time']} not found")
    if exp["place"] and exp["place"] not in text and exp["place"] not in flat: err.append(f"place {exp['place']!r} not in text")
    d = exp["district"]
    if d is not None and d not in DISTRICTS: err.append(f"district {d}")
    pd = exp["police_district"]
    if pd is not None:
        if pd not in POLICE_DISTRICTS or d not in POLICE_DISTRICTS[pd]: err.append(f"police_district {pd} for {d}")
    if exp["outside_rajasthan"] and d is not None: err.append("outside but district")
    if kind == "platform_report":
        pk = exp["place_kind"]
        if pk == "none" and (exp["place"] or d): err.append("none place")
        if pk == "post_only" and (exp["place"] or not d): err.append("post_only place")
        if pk == "outside" and not exp["outside_rajasthan"]: err.append("outside flag")
        if pk == "railway" and pd not in ("GRP Jodhpur", "GRP Ajmer"): err.append("railway without GRP")
        if pk not in ("none", "post_only", "outside") and (not exp["place"] or not d): err.append("place/district missing")
    if exp["topic_words"] != bool(TOPIC_RE.search(text)): err.append("topic_words")
    if not isinstance(exp["traps"], list): err.append("traps")
    return err

def main():
    files = sorted(f for f in os.listdir(HERE) if re.match(r"\d{4}-.*\.eml$", f))
    bad = 0
    for f in files:
        jp = os.path.join(HERE, f[:-4] + ".expected.json")
        if not os.path.exists(jp):
            print(f"FAIL {f}: no expected.json"); bad += 1; continue
        exp = json.load(open(jp, encoding="utf-8"))
        e = check(os.path.join(HERE, f), exp)
        if e:
            bad += 1; print(f"FAIL {f}: " + "; ".join(e))
    if bad:
        print(f"FAILED: {bad} of {len(files)} mails"); sys.exit(1)
    print(f"OK: {len(files)} mails")

if __name__ == "__main__":
    main()
