#!/usr/bin/env python3
"""Self-check of the fresh corpus: every .eml parses (email, policy.default), every expected.json
has exactly the schema keys with consistent values, and every expected fact is really written in
the mail (so an expectation cannot silently drift from the text)."""
import email, html, ipaddress, json, os, re, sys
from email import policy

HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
KEYS = ["kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones", "emails",
        "ips", "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place", "district",
        "police_district", "outside_rajasthan", "topic_words", "traps", "place_kind"]
DISTRICTS = {"Ajmer", "Alwar", "Balotra", "Banswara", "Baran", "Barmer", "Beawar", "Bharatpur", "Bhilwara", "Bikaner",
             "Bundi", "Chittorgarh", "Churu", "Dausa", "Deeg", "Dholpur", "Didwana-Kuchaman", "Dungarpur",
             "Hanumangarh", "Jaipur", "Jaisalmer", "Jalore", "Jhalawar", "Jhunjhunu", "Jodhpur", "Karauli",
             "Khairthal-Tijara", "Kota", "Kotputli-Behror", "Nagaur", "Pali", "Phalodi", "Pratapgarh", "Rajsamand",
             "Salumbar", "Sawai Madhopur", "Sikar", "Sirohi", "Sri Ganganagar", "Tonk", "Udaipur"}
PLACE_KINDS = {"town", "tehsil", "village", "locality", "pin", "hindi", "old_district", "abolished", "railway",
               "outside", "none"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
E164 = re.compile(r"^\+91[6-9]\d{9}$")
DEV = str.maketrans("०१२३४५६७८९", "0123456789")
TOPIC = ["suicid", "self-harm", "self harm", "self-injur", "at risk", "at-risk", "आत्महत्या", "खुदकुशी", "आत्म-हानि", "आत्मघात"]
PLATFORM_DOMAINS = ("meta.com", "fb.com", "facebook.com", "facebookmail.com", "instagram.com")


def all_text(m):
    out = [str(m.get("Subject", ""))]
    for part in m.walk():
        if part.get_content_maintype() == "text" or part.get_content_type() == "application/json":
            raw = part.get_payload(decode=True)
            cs = part.get_content_charset() or "utf-8"
            out.append(raw.decode(cs))
            try:
                out.append(json.dumps(json.loads(raw.decode(cs)), ensure_ascii=False))
            except ValueError:
                pass
        if part.get_content_type() == "message/rfc822":
            out.append(str(part.get_payload()[0].get("Subject", "")))
    t = "\n".join(out)
    return html.unescape(t)


def ips_in(text):
    found = set()
    for tok in re.findall(r"[0-9A-Fa-f:.]{7,}", text):
        for t in (tok, tok.strip("."), tok.strip(".:")):
            try:
                found.add(str(ipaddress.ip_address(t)))
            except ValueError:
                pass
    return found


def time_in(t, text):
    import datetime as dt
    from email.utils import format_datetime
    d = dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    i = d.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30)))
    cands = [d.strftime("%Y-%m-%dT%H:%M:%SZ"), i.strftime("%Y-%m-%dT%H:%M:%S+05:30"), d.strftime("%Y-%m-%d %H:%M:%S"),
             format_datetime(i), str(int(d.timestamp()))]
    if d.second == 0:
        cands += [i.strftime("%d %b %Y, %I:%M %p IST"), d.strftime("%m/%d/%Y %H:%M UTC"), i.strftime("%d-%m-%Y %H:%M"),
                  d.strftime("%Y-%m-%d %H:%M UTC")]
    return any(x in text for x in cands)


TZ_NOTES = ["Indian Standard Time (IST)", "times in IST", "Asia/Kolkata", "IST (UTC+05:30)", "भारतीय मानक समय"]


def bare_only(t, text):
    import datetime as dt
    d = dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    i = d.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30)))
    bare = i.strftime("%d-%m-%Y %H:%M")
    return bare in text and (bare + " IST") not in text and not time_in_zoned(d, text)


def time_in_zoned(d, text):
    from email.utils import format_datetime
    import datetime as dt
    i = d.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30)))
    c = [d.strftime("%Y-%m-%dT%H:%M:%SZ"), i.strftime("%Y-%m-%dT%H:%M:%S+05:30"), format_datetime(i), str(int(d.timestamp())),
         d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%m/%d/%Y %H:%M UTC"), d.strftime("%Y-%m-%d %H:%M UTC"),
         i.strftime("%d %b %Y, %I:%M %p IST")]
    return any(x in text for x in c)


def main():
    errs = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    manifest = {r["file"]: r for r in json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))}
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        m = email.message_from_bytes(raw, policy=policy.default)
        if m.defects:
            errs.append(f"{f}: defects {m.defects}")
        for part in m.walk():
            if part.defects:
                errs.append(f"{f}: part defects {part.defects}")
        ef = f[:-4] + ".expected.json"
        e = json.load(open(os.path.join(HERE, ef), encoding="utf-8"))
        if list(e) != KEYS:
            errs.append(f"{ef}: keys {list(e)}")
            continue
        bad = lambda msg: errs.append(f"{ef}: {msg}")
        if e["kind"] not in ("platform_report", "platform_notice", "other"):
            bad("kind")
        if f[5:-4] != e["layout"]:
            bad("layout/name mismatch")
        if e["platform"] not in ("facebook", "instagram", "whatsapp", "threads", None):
            bad("platform")
        for p in e["phones"]:
            if not E164.match(p):
                bad(f"phone {p}")
        for x in e["ips"]:
            if set(x) != {"ip", "seen_at"} or str(ipaddress.ip_address(x["ip"])) != x["ip"]:
                bad(f"ip {x}")
            if x["seen_at"] is not None and not ISO.match(x["seen_at"]):
                bad(f"seen_at {x}")
        if e["post_time"] is not None and not ISO.match(e["post_time"]):
            bad("post_time")
        for em in e["emails"]:
            if em != em.lower() or "@" not in em:
                bad(f"email {em}")
        if e["district"] is not None and e["district"] not in DISTRICTS:
            bad(f"district {e['district']}")
        if e["place_kind"] not in PLACE_KINDS:
            bad("place_kind")
        if (e["place"] is None) != (e["place_kind"] == "none"):
            bad("place/place_kind")
        if e["outside_rajasthan"] != (e["place_kind"] == "outside") or (e["outside_rajasthan"] and e["district"]):
            bad("outside")
        if e["place"] is not None and e["place_kind"] != "outside" and e["district"] is None:
            bad("place without district")
        text = all_text(m)
        low = text.lower()
        if e["topic_words"] != any(w in low for w in TOPIC):
            bad("topic_words")
        # authentic: our stamp on top, aligned pass, trusted domain
        first = raw.split(b"\n", 1)[0].decode()
        frm = m["From"].addresses[0].domain.lower()
        trusted = any(frm == d or frm.endswith("." + d) for d in PLATFORM_DOMAINS)
        stamp = first.startswith("Authentication-Results: mail.police.example.in;")
        ar = str(m.get_all("Authentication-Results", [""])[0])
        passes = "dmarc=pass" in ar and f"header.from={frm}" in ar
        if e["authentic"] != (trusted and stamp and passes):
            bad(f"authentic {e['authentic']} vs trusted={trusted} stamp={stamp} pass={passes}")
        if e["kind"] != "platform_report":
            if any(e[k] for k in ("phones", "emails", "ips", "profile_urls", "usernames", "user_ids")) or \
                    any(e[k] is not None for k in ("reference", "subject_name", "post_text", "post_time", "place", "district")):
                bad("non-report with person facts")
            continue
        # every fact is present in the text
        if e["subject_name"] is not None and e["subject_name"] not in text:
            bad("name not in text")
        if e["reference"] is not None and e["reference"] not in text:
            bad("reference not in text")
        digits = re.sub(r"\D", "", text.translate(DEV))
        for p in e["phones"]:
            if p[3:] not in digits:
                bad(f"phone {p} not in text")
        for em in e["emails"]:
            if em not in low:
                bad(f"email {em} not in text")
        found = ips_in(text)
        for x in e["ips"]:
            if x["ip"] not in found:
                bad(f"ip {x['ip']} not in text")
        for u in e["profile_urls"] + e["usernames"] + e["user_ids"]:
            if u not in text:
                bad(f"{u} not in text")
        for t in [x["seen_at"] for x in e["ips"]] + [e["post_time"]]:
            if t and not time_in(t, text):
                bad(f"time {t} not written in the mail")
            if t and bare_only(t, text) and not any(n in text for n in TZ_NOTES):
                bad(f"time {t} written without a zone and no IST note")
        if e["post_text"] is not None and e["post_text"] not in text:
            bad("post_text not in text")
        if e["place"] is not None and e["place"] not in text:
            bad("place not in text")
        if e["forwarded"] and "officer_signature" not in e["traps"]:
            bad("forward without officer")
        row = manifest.get(f)
        if not row or any(row[k] != e[k] for k in row if k != "file"):
            bad("manifest row differs")
    if len(manifest) != len(files):
        errs.append("manifest size")
    for x in errs:
        print(x)
    print(f"{len(files)} mails checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
