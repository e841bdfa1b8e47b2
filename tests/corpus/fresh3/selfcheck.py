#!/usr/bin/env python3
"""Stdlib self-check for the fresh3 corpus: every .eml parses, every expected.json is complete and
consistent, and every expected value appears in the mail in some written form."""
import email, glob, html, ipaddress, json, os, re, sys
from datetime import datetime, timezone, timedelta
from email import policy
from email.utils import parseaddr
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones", "emails", "ips",
        "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place", "district", "police_district",
        "outside_rajasthan", "topic_words", "traps", "place_kind"}
DISTRICTS = set("""Ajmer|Alwar|Balotra|Banswara|Baran|Barmer|Beawar|Bharatpur|Bhilwara|Bikaner|Bundi|Chittorgarh|Churu|Dausa|Deeg|Dholpur|Didwana-Kuchaman|Dungarpur|Hanumangarh|Jaipur|Jaisalmer|Jalore|Jhalawar|Jhunjhunu|Jodhpur|Karauli|Khairthal-Tijara|Kota|Kotputli-Behror|Nagaur|Pali|Phalodi|Pratapgarh|Rajsamand|Salumbar|Sawai Madhopur|Sikar|Sirohi|Sri Ganganagar|Tonk|Udaipur""".split("|"))
assert len(DISTRICTS) == 41
PDIST = {None, "GRP Jodhpur", "GRP Ajmer", "Jaipur East", "Jaipur West", "Jaipur North", "Jaipur South", "Jodhpur East", "Jodhpur West"}
PLATFORM_DOMAINS = ["meta.com", "fb.com", "facebook.com", "facebookmail.com", "instagram.com"]
PK = {"town", "tehsil", "village", "locality", "pin", "hindi", "old_district", "abolished", "railway", "outside", "none"}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
DEV = str.maketrans("०१२३४५६७८९", "0123456789")
IST = timezone(timedelta(hours=5, minutes=30))
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HMON = {10: "अक्टूबर", 11: "नवंबर", 12: "दिसंबर"}

def texts(msg):
    out = []
    for k, v in msg.items():
        out.append(f"{k}: {v}")
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            if part.get_content_type() == "message/rfc822":
                for sub in part.get_payload():
                    out.extend(f"{k}: {v}" for k, v in sub.items())
            continue
        data = part.get_payload(decode=True)
        if data is None:
            data = str(part.get_payload()).encode()
        t = data.decode(part.get_content_charset() or "utf-8", "replace")
        if part.get_content_type() == "text/html":
            out.append(t)  # raw too, so href-only URLs count as written
            t = re.sub(r"<br\s*/?>|</(p|div|tr|li|dd|dt|h\d)>", "\n", t)
            t = re.sub(r"<[^>]+>", " ", t)
        out.append(t)
    s = html.unescape("\n".join(out)).replace("\xa0", " ")
    return s

def fail(errs, f, m):
    errs.append(f"{f}: {m}")

def time_forms(iso):
    d = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    forms_date, forms_hm = set(), set()
    for z in (d, d.astimezone(IST)):
        forms_date |= {z.strftime("%Y-%m-%d"), z.strftime("%d/%m/%Y"), z.strftime("%d-%m-%Y"), z.strftime("%d.%m.%Y"),
                       f"{z.day} {MON[z.month-1]} {z.year}", f"{z.day:02d} {MON[z.month-1]} {z.year}", z.strftime("%B %-d, %Y"),
                       f"{z.day} {HMON.get(z.month, '?')} {z.year}", f"{z.day} {MON[z.month-1]}, {z.year}", z.strftime("%-d %B %Y"),
                       z.strftime("%d %B %Y"), z.strftime("%b %-d, %Y"), z.strftime("%d-%b-%Y")}
        forms_hm |= {z.strftime("%H:%M"), z.strftime("%I:%M %p"), z.strftime("%-I:%M %p").lower(), z.strftime("%-I:%M %p")}
        forms_hm.add(z.strftime("%H:%M").lstrip("0") or "0")
    return d, forms_date, forms_hm

def appears_time(iso, text, digits):
    d, fd, fh = time_forms(iso)
    e = int(d.timestamp())
    if str(e) in digits or str(e * 1000)[:10] in digits:
        return True
    low = text.lower()
    return any(x.lower() in low for x in fd) and any(x.lower() in low for x in fh)

def main():
    errs, counts = [], {}
    emls = sorted(glob.glob(os.path.join(HERE, "*.eml")))
    for path in emls:
        f = os.path.basename(path)
        raw = open(path, "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            fail(errs, f, f"defects {msg.defects}")
        ep = path[:-4] + ".expected.json"
        if not os.path.exists(ep):
            fail(errs, f, "no expected.json"); continue
        e = json.load(open(ep, encoding="utf-8"))
        if set(e) != KEYS:
            fail(errs, f, f"keys differ: {set(e) ^ KEYS}")
            continue
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
        text = texts(msg)
        norm = re.sub(r"\s+", " ", text)
        digits_lines = [re.sub(r"\D", "", l.translate(DEV)) for l in text.splitlines()]
        alld = re.sub(r"\D", "", text.translate(DEV))
        if e["kind"] not in ("platform_report", "platform_notice", "other"): fail(errs, f, "kind")
        if e["platform"] not in (None, "facebook", "instagram", "whatsapp", "threads"): fail(errs, f, "platform")
        if e["place_kind"] not in PK: fail(errs, f, "place_kind")
        if e["district"] is not None and e["district"] not in DISTRICTS: fail(errs, f, f"district {e['district']}")
        if e["police_district"] not in PDIST: fail(errs, f, "police_district")
        if e["layout"] != f.split("-", 1)[1][:-4]: fail(errs, f, "layout != filename")
        for k in ("authentic", "forwarded", "outside_rajasthan", "topic_words"):
            if not isinstance(e[k], bool): fail(errs, f, f"{k} not bool")
        for k in ("phones", "emails", "ips", "profile_urls", "usernames", "user_ids", "traps"):
            if not isinstance(e[k], list): fail(errs, f, f"{k} not list")
        # authenticity
        frm = parseaddr(str(msg["From"]))[1].lower()
        fdom = frm.rsplit("@", 1)[-1]
        is_plat = any(fdom == d or fdom.endswith("." + d) for d in PLATFORM_DOMAINS)
        ar = msg.get_all("Authentication-Results") or []
        first = str(ar[0]) if ar else ""
        ok = (first.split(";")[0].strip() == "mail.police.example.in" and re.search(r"dkim=pass header\.d=" + re.escape(fdom) + r"\b", first)
              and re.search(r"dmarc=pass header\.from=" + re.escape(fdom) + r"\b", first))
        if e["authentic"] and not (is_plat and ok): fail(errs, f, "authentic but header/From do not support it")
        if not e["authentic"] and is_plat and ok and e["kind"] != "other": fail(errs, f, "authentic platform mail marked not authentic")
        if e["forwarded"] and (is_plat or e["authentic"]): fail(errs, f, "forwarded but From is a platform / authentic")
        if e["kind"] == "platform_notice" and not (is_plat and ok): fail(errs, f, "notice not from authentic platform")
        if e["kind"] != "platform_report":
            for k in ("reference", "subject_name", "post_text", "post_time", "district", "police_district"):
                if e[k] is not None: fail(errs, f, f"non-report has {k}")
            for k in ("phones", "emails", "ips", "profile_urls", "usernames", "user_ids"):
                if e[k]: fail(errs, f, f"non-report has {k}")
            if e["place"] or e["place_kind"] != "none" or e["outside_rajasthan"]: fail(errs, f, "non-report has place")
        if e["kind"] == "other" and e["platform"] is not None: fail(errs, f, "other with platform")
        # values appear
        for k in ("reference", "subject_name", "post_text"):
            if e[k] is not None and re.sub(r"\s+", " ", e[k]) not in norm: fail(errs, f, f"{k} {e[k]!r} not in mail")
        if e["place"] and e["place"] not in norm: fail(errs, f, f"place {e['place']!r} not in mail")
        if (e["place_kind"] == "none") != (e["place"] == ""): fail(errs, f, "place/place_kind mismatch")
        if e["outside_rajasthan"] != (e["place_kind"] == "outside"): fail(errs, f, "outside mismatch")
        if e["outside_rajasthan"] and e["district"]: fail(errs, f, "outside with district")
        for p in e["phones"]:
            if not re.fullmatch(r"\+91[6-9]\d{9}", p): fail(errs, f, f"phone not E.164 Indian mobile {p}")
            elif not any(p[3:] in dl for dl in digits_lines): fail(errs, f, f"phone {p} not in mail")
        for m_ in e["emails"]:
            if m_ != m_.lower() or "@" not in m_: fail(errs, f, f"email {m_}")
            elif m_ not in text.lower(): fail(errs, f, f"email {m_} not in mail")
        cands = set()
        for tok in re.findall(r"[0-9A-Fa-f:.]{7,}", text):
            for t in (tok, tok.strip(".:")):
                try: cands.add(str(ipaddress.ip_address(t)))
                except ValueError: pass
        for ip in e["ips"]:
            if set(ip) != {"ip", "seen_at"}: fail(errs, f, "ip keys"); continue
            try:
                if str(ipaddress.ip_address(ip["ip"])) != ip["ip"]: fail(errs, f, f"ip not RFC 5952 {ip['ip']}")
            except ValueError: fail(errs, f, f"bad ip {ip['ip']}")
            if ip["ip"] not in cands: fail(errs, f, f"ip {ip['ip']} not in mail")
            if ip["seen_at"] is not None:
                if not ISO.match(ip["seen_at"]): fail(errs, f, f"seen_at {ip['seen_at']}")
                elif not appears_time(ip["seen_at"], text, alld): fail(errs, f, f"seen_at {ip['seen_at']} not in mail")
        if e["post_time"] is not None:
            if not ISO.match(e["post_time"]): fail(errs, f, "post_time not ISO Z")
            elif not appears_time(e["post_time"], text, alld): fail(errs, f, f"post_time {e['post_time']} not in mail")
        for k in ("profile_urls", "usernames", "user_ids"):
            for v in e[k]:
                if v not in text: fail(errs, f, f"{k} {v} not in mail")
        tw = bool(re.search(r"suicid|self-harm|self harm|self-injur|आत्महत्या|khudkushi|kill myself|end my life|ending my life|want to die|hang myself", text, re.I))
        if e["kind"] == "platform_report" and tw != e["topic_words"]: fail(errs, f, f"topic_words expected {tw}")
    if len(glob.glob(os.path.join(HERE, "*.expected.json"))) != len(emls): errs.append("expected.json count != eml count")
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    if len(man) != len(emls): errs.append("manifest count mismatch")
    print(f"{len(emls)} mails; kinds {counts}")
    for x in errs: print("FAIL", x)
    print("OK" if not errs else f"{len(errs)} problems")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
