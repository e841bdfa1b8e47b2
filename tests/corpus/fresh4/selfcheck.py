"""Self-check of the fresh4 corpus (stdlib only): python3 selfcheck.py  -> prints OK or the problems.

Checks that every .eml parses without defects, every .expected.json has exactly the keys with
valid values, and every expected value appears in the mail in some written form.
"""
import datetime as dt
import email
import glob
import html
import ipaddress
import json
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones", "emails",
        "ips", "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place", "district",
        "police_district", "outside_rajasthan", "topic_words", "traps", "place_kind"}
DISTRICTS = {"Ajmer", "Alwar", "Balotra", "Banswara", "Baran", "Barmer", "Beawar", "Bharatpur", "Bhilwara",
             "Bikaner", "Bundi", "Chittorgarh", "Churu", "Dausa", "Deeg", "Dholpur", "Didwana-Kuchaman",
             "Dungarpur", "Hanumangarh", "Jaipur", "Jaisalmer", "Jalore", "Jhalawar", "Jhunjhunu", "Jodhpur",
             "Karauli", "Khairthal-Tijara", "Kota", "Kotputli-Behror", "Nagaur", "Pali", "Phalodi", "Pratapgarh",
             "Rajsamand", "Salumbar", "Sawai Madhopur", "Sikar", "Sirohi", "Sri Ganganagar", "Tonk", "Udaipur"}
POLICE_DISTRICTS = {"GRP Jodhpur", "GRP Ajmer", "Jaipur East", "Jaipur West", "Jaipur North", "Jaipur South",
                    "Jodhpur East", "Jodhpur West"}
PLATFORMS = {"facebook", "instagram", "whatsapp", "threads", None}
TOPIC = re.compile(r"suicid|self[- ]?harm|आत्महत्या|khud ?kushi|kill myself|end my life|want to die", re.I)
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
DEV = str.maketrans("०१२३४५६७८९", "0123456789")
TZS = [dt.timedelta(0), dt.timedelta(hours=5, minutes=30), dt.timedelta(hours=-8), dt.timedelta(hours=-7)]


def _texts(m):
    for p in m.walk():
        ct = p.get_content_type()
        if p.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                for sub in p.get_payload():
                    for k in ("From", "Subject"):
                        if sub[k]:
                            yield str(sub[k])
            continue
        if ct == "message/delivery-status":
            yield str(p.get_payload())
            continue
        if ct.startswith("text/") or ct in ("application/json", "application/xml"):
            raw = p.get_payload(decode=True) or b""
            t = raw.decode(p.get_content_charset() or "utf-8", "replace")
            if ct == "text/html":
                t = re.sub(r"<br\s*/?>|</(p|div|tr|dd|dt|h\d|li|table)>", "\n", t, flags=re.I)
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            if ct == "application/json":
                t = t + "\n" + json.dumps(json.loads(t), ensure_ascii=False)
            yield t


def mail_text(m):
    """All readable text of a parsed mail: Subject, From and every text-like part, decoded."""
    return "\n".join([str(m["Subject"] or ""), str(m["From"] or "")] + list(_texts(m)))


def topic(text):
    return bool(TOPIC.search(text))


def _defects(m):
    out = list(m.defects)
    for p in m.walk():
        out += p.defects
        for k, v in p.items():
            out += getattr(v, "defects", ())
        if p.get_content_type() == "message/rfc822":
            for sub in p.get_payload():
                out += _defects(sub)
    return out


def _time_written(iso, text, squash):
    t = dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    if str(int(t.timestamp())) in squash:
        return True
    for off in TZS:
        lt = t + off
        hm = [f"{lt:%H:%M}", f"{lt:%I:%M}", f"{lt.hour % 12 or 12}:{lt:%M}"]
        if any(h in text for h in hm) and str(lt.day) in text:
            return True
    return False


def _ips_in(text):
    found = set()
    for tok in re.findall(r"[0-9A-Fa-f:.]{7,}", text):
        tok = tok.strip(".:")
        for cand in (tok, tok.rsplit(":", 1)[0]):
            try:
                found.add(str(ipaddress.ip_address(cand)))
            except ValueError:
                pass
    return found


def check(eml, exp, problems):
    name = os.path.basename(eml)
    raw = open(eml, "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    d = _defects(m)
    if d:
        problems.append(f"{name}: defects {d}")
    e = json.load(open(exp, encoding="utf-8"))
    if set(e) != KEYS:
        problems.append(f"{name}: keys {set(e) ^ KEYS}")
        return
    text = mail_text(m)
    flat = " ".join(text.split())
    squash = re.sub(r"(?<=\d)[\s\-.()]+(?=\d)", "", text.translate(DEV))
    bad = lambda why: problems.append(f"{name}: {why}")  # noqa: E731
    if e["kind"] not in ("platform_report", "platform_notice", "other"):
        bad("kind")
    if e["platform"] not in PLATFORMS:
        bad("platform")
    for k in ("authentic", "forwarded", "outside_rajasthan", "topic_words"):
        if not isinstance(e[k], bool):
            bad(k)
    if e["topic_words"] != topic(text):
        bad(f"topic_words {e['topic_words']} but text says {topic(text)}")
    if e["district"] is not None and e["district"] not in DISTRICTS:
        bad(f"district {e['district']}")
    if e["police_district"] is not None and e["police_district"] not in POLICE_DISTRICTS:
        bad(f"police_district {e['police_district']}")
    if e["outside_rajasthan"] and e["district"]:
        bad("outside with a district")
    for p in e["phones"]:
        if not re.fullmatch(r"\+91[6-9]\d{9}", p):
            bad(f"phone {p}")
        elif p[3:] not in squash:
            bad(f"phone {p} not in mail")
    ips = _ips_in(text)
    for i in e["ips"]:
        if set(i) != {"ip", "seen_at"}:
            bad("ip keys")
            continue
        if str(ipaddress.ip_address(i["ip"])) != i["ip"]:
            bad(f"ip not RFC 5952 {i['ip']}")
        if i["ip"] not in ips:
            bad(f"ip {i['ip']} not in mail")
        if i["seen_at"] is not None and (not ISO.match(i["seen_at"]) or not _time_written(i["seen_at"], text, squash)):
            bad(f"ip time {i['seen_at']} not in mail")
    if e["post_time"] is not None and (not ISO.match(e["post_time"]) or not _time_written(e["post_time"], text, squash)):
        bad(f"post_time {e['post_time']}")
    for k in ("emails", "profile_urls", "usernames", "user_ids"):
        for v in e[k]:
            if v not in text:
                bad(f"{k} {v} not in mail")
    for v in e["user_ids"]:
        if not v.isdigit():
            bad(f"user id {v}")
    for v in e["usernames"]:
        if v.startswith("@"):
            bad("username with @")
    for k in ("reference", "subject_name"):
        if e[k] is not None and e[k] not in text:
            bad(f"{k} {e[k]} not in mail")
    if e["post_text"] is not None and " ".join(e["post_text"].split()) not in flat:
        bad("post_text not in mail")
    if e["place"] and e["place"] not in text:
        bad(f"place {e['place']} not in mail")
    if e["kind"] != "platform_report":
        person = [e[k] for k in ("reference", "subject_name", "post_text", "post_time", "district", "police_district")]
        if any(person) or any(e[k] for k in ("phones", "emails", "ips", "profile_urls", "usernames", "user_ids")) \
                or e["place"] != "" or e["outside_rajasthan"]:
            bad("non-report with person facts")
    if e["forwarded"] and e["authentic"]:
        bad("a forward cannot be authentic")
    if not name.startswith(name[:4]) or e["layout"] not in name:
        bad("layout not in file name")


def main():
    emls = sorted(glob.glob(os.path.join(HERE, "*.eml")))
    problems = []
    for eml in emls:
        exp = eml[:-4] + ".expected.json"
        if not os.path.exists(exp):
            problems.append(f"{eml}: no expected.json")
            continue
        check(eml, exp, problems)
    if len(emls) < 110:
        problems.append(f"only {len(emls)} mails")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s) in {len(emls)} mails")
        return 1
    print(f"OK: {len(emls)} mails")
    return 0


if __name__ == "__main__":
    sys.exit(main())
