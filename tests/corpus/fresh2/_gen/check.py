#!/usr/bin/env python3
"""Self-check of the fresh2 corpus: every .eml parses with `email`, every expected.json is complete
and consistent, and each expected value appears in the mail in some written form."""
import email, ipaddress, json, os, re, sys, datetime as dt
from email import policy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import decoded_text

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones", "emails", "ips",
        "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place", "district", "police_district",
        "outside_rajasthan", "topic_words", "traps", "place_kind"}
DISTRICTS = set("""Ajmer Alwar Balotra Banswara Baran Barmer Beawar Bharatpur Bhilwara Bikaner Bundi Chittorgarh Churu Dausa
Deeg Dholpur Didwana-Kuchaman Dungarpur Hanumangarh Jaipur Jaisalmer Jalore Jhalawar Jhunjhunu Jodhpur Karauli
Khairthal-Tijara Kota Kotputli-Behror Nagaur Pali Phalodi Pratapgarh Rajsamand Salumbar Sikar Sirohi Tonk Udaipur""".split())
DISTRICTS |= {"Sawai Madhopur", "Sri Ganganagar"}
assert len(DISTRICTS) == 41
PKINDS = {"town", "tehsil", "village", "locality", "pin", "hindi", "old_district", "abolished", "railway", "outside", "none"}
DEV = str.maketrans("०१२३४५६७८९", "0123456789")
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
written = json.load(open(os.path.join(D, "_gen", "written.json"), encoding="utf-8"))
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def phones_in(t):
    t = t.translate(DEV)
    out = set()
    for m in re.finditer(r"[+(]?\d[\d ()\-]{8,}\d", t):
        d = re.sub(r"\D", "", m.group())
        if len(d) >= 10: out.add(d[-10:])
    return out

def ips_in(t):
    out = set()
    for m in re.finditer(r"[0-9A-Fa-f:.]{7,}", t):
        s = m.group().strip(".:")
        for c in (s, s.rstrip(".")):
            try: out.add(ipaddress.ip_address(c).compressed); break
            except ValueError: pass
    return out

files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
man = {m["file"]: m for m in json.load(open(os.path.join(D, "manifest.json"), encoding="utf-8"))}
for f in files:
    raw = open(os.path.join(D, f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    if m.defects: err(f, f"defects {m.defects}")
    for part in m.walk():
        if part.defects: err(f, f"part defects {part.defects}")
    txt = decoded_text(raw)
    low = txt.lower()
    e = json.load(open(os.path.join(D, f[:-4] + ".expected.json"), encoding="utf-8"))
    if set(e) != KEYS: err(f, f"keys {set(e) ^ KEYS}")
    if f[5:-4] != e["layout"]: err(f, "layout name")
    if f not in man or any(man[f][k] != e[k] for k in man[f] if k != "file"): err(f, "manifest mismatch")
    if e["kind"] not in ("platform_report", "platform_notice", "other"): err(f, "kind")
    if e["district"] is not None and e["district"] not in DISTRICTS: err(f, "district")
    if e["place_kind"] not in PKINDS: err(f, "place_kind")
    if (e["place_kind"] == "outside") != e["outside_rajasthan"]: err(f, "outside flag")
    if e["place_kind"] in ("outside", "none") and e["district"] is not None: err(f, "district for outside/none")
    if e["place_kind"] not in ("outside", "none") and e["district"] is None: err(f, "district missing")
    if e["place_kind"] == "none" and e["place"] is not None: err(f, "place for none")
    for ph in e["phones"]:
        if not re.fullmatch(r"\+91[6-9]\d{9}", ph): err(f, f"E.164 {ph}")
        if ph[3:] not in phones_in(txt): err(f, f"phone {ph} not in mail")
    for em in e["emails"]:
        if em != em.lower() or em not in low: err(f, f"email {em}")
    found_ips = ips_in(txt)
    for ip in e["ips"]:
        if set(ip) != {"ip", "seen_at"}: err(f, "ip keys")
        if ipaddress.ip_address(ip["ip"]).compressed != ip["ip"]: err(f, f"RFC5952 {ip}")
        if ip["ip"] not in found_ips: err(f, f"ip {ip['ip']} not in mail")
        if ip["seen_at"] is not None and not ISO.match(ip["seen_at"]): err(f, "seen_at format")
    if e["post_time"] is not None and not ISO.match(e["post_time"]): err(f, "post_time format")
    for k in ("reference", "subject_name", "post_text", "place"):
        if e[k] is not None and e[k] not in txt: err(f, f"{k} {e[k]!r} not in mail")
    for k in ("profile_urls", "usernames", "user_ids"):
        for v in e[k]:
            if v not in txt: err(f, f"{k} {v} not in mail")
    for w in written.get(f[:-4], []):
        if w not in txt: err(f, f"written form {w!r} not in mail")
    if e["kind"] != "platform_report":
        if any(e[k] for k in ("reference", "subject_name", "phones", "emails", "ips", "profile_urls", "usernames",
                              "user_ids", "post_text", "post_time", "place", "district", "police_district")):
            err(f, "non-report with person facts")
    else:
        if e["post_text"] and not e["post_time"]: err(f, "post without time")
    if e["authentic"]:
        a = m.get_all("Authentication-Results")[0] if m.get_all("Authentication-Results") else ""
        first = raw.split(b"\n", 1)[0].decode()
        dom = m["From"].addresses[0].domain
        if not first.startswith("Authentication-Results: mail.police.example.in"): err(f, "authentic but not stamped first")
        if f"header.d={dom}" not in str(a) or "dkim=pass" not in str(a): err(f, "authentic but not aligned")
        if not any(dom == d or dom.endswith("." + d) for d in ("meta.com", "fb.com", "facebook.com", "facebookmail.com", "instagram.com")):
            err(f, "authentic but untrusted domain")
print(len(files), "mails checked;", len(errs), "errors")
for x in errs: print(" ", x)
sys.exit(1 if errs else 0)
