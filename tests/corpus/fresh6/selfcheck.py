#!/usr/bin/env python3
"""Self-check of the fresh6 corpus (stdlib only).

Decodes every mail (subject, text parts, HTML text + hrefs, text-like attachments, base64/QP,
UTF-16, nested message/rfc822, `>` quoting, vCard/iCalendar folding) and checks that every
expected value is really in the mail. Prints `OK: N mails`.
"""
import email, email.policy, glob, html, ipaddress, json, os, re, sys
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = re.compile(r"suicid|self[- ]?harm|आत्महत्या|khud ?kushi|kill myself|end my life|want to die", re.I)
TRUSTED = ["meta.com", "fb.com", "facebook.com", "facebookmail.com", "instagram.com"]
KEYS = ["kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones",
        "emails", "ips", "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place",
        "district", "police_district", "outside_rajasthan", "topic_words", "traps", "place_kind"]
TEXTY_EXT = (".txt", ".csv", ".json", ".ics", ".vcf", ".html", ".htm", ".log", ".xml", ".eml")


class _H(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "table", "h1", "h2", "h3", "h4", "dt", "dd", "section", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.hrefs, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append(" \t ")
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(s):
    p = _H()
    p.feed(s)
    p.close()
    return "".join(p.out), p.hrefs


def unfold_vx(s):
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def decode_part_bytes(part):
    raw = part.get_payload(decode=True) or b""
    cs = part.get_content_charset()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        cs = "utf-16"
    for c in (cs, "utf-8", "cp1252"):
        if not c:
            continue
        try:
            return raw.decode(c)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def decode_mail(raw):
    """Return (subject, text, hrefs) of a raw mail, nested messages included."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts, hrefs = [], []

    def walk(m):
        for k in ("Subject", "From", "Date"):
            if m.get(k):
                texts.append("%s: %s" % (k, m.get(k)))
        if m.is_multipart():
            for p in m.iter_parts():
                walk(p)
            return
        ct = m.get_content_type()
        if ct == "message/rfc822":
            for p in m.get_payload():
                walk(p)
            return
        fn = (m.get_filename() or "").lower()
        if not (ct.startswith("text/") or ct in ("application/json", "application/xml") or fn.endswith(TEXTY_EXT)):
            return
        s = decode_part_bytes(m)
        if ct == "text/html" or fn.endswith((".html", ".htm")):
            t, h = html_text(s)
            texts.append(t)
            hrefs.extend(h)
        elif ct in ("text/calendar", "text/vcard", "text/x-vcard") or fn.endswith((".ics", ".vcf")):
            texts.append(unfold_vx(s))
        elif fn.endswith(".eml"):
            sub, t, h = decode_mail(s.encode("utf-8"))
            texts.append(t)
            hrefs.extend(h)
        else:
            texts.append(s)

    walk(msg)
    subj = str(msg.get("Subject", ""))
    return subj, "\n".join(texts), hrefs


def dequote(text):
    return "\n".join(re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in text.splitlines())


def collapse(s):
    return " ".join(s.split())


DEVA = str.maketrans("०१२३४५६७८९", "0123456789")
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def time_forms(iso):
    """Strings any layout of this corpus may use for the UTC instant iso."""
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    out = {str(int(dt.timestamp()))}
    for off, names in ((0, ["UTC", "GMT", "Z", "+0000", ""]), (330, ["IST", "+05:30", "+0530"]),
                       (-480, ["PST", "-08:00", "-0800"]), (-420, ["PDT", "-07:00", "-0700"])):
        t = dt + timedelta(minutes=off)
        cands = [t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%Y-%m-%dT%H:%M:%S"),
                 t.strftime("%Y-%m-%d %H:%M"), t.strftime("%Y-%m-%dT%H:%M"),
                 "%d %s %d %02d:%02d" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute),
                 "%02d %s %d %02d:%02d" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute),
                 "%02d%02d UTC %d %s %d" % (t.hour, t.minute, t.day, MON[t.month - 1].upper(), t.year),
                 "%02d/%02d/%d %d:%02d %s" % (t.month, t.day, t.year, (t.hour % 12) or 12, t.minute,
                                              "AM" if t.hour < 12 else "PM"),
                 "%02d/%02d/%d %d:%02d:%02d %s" % (t.month, t.day, t.year, (t.hour % 12) or 12, t.minute,
                                                   t.second, "AM" if t.hour < 12 else "PM"),
                 "%02d.%02d.%d %02d:%02d" % (t.day, t.month, t.year, t.hour, t.minute),
                 "%s %d, %d at %d:%02d %s" % (MON[t.month - 1], t.day, t.year, (t.hour % 12) or 12, t.minute,
                                              "AM" if t.hour < 12 else "PM"),
                 "%d %s %d, %d:%02d %s" % (t.day, MON[t.month - 1], t.year, (t.hour % 12) or 12, t.minute,
                                            "am" if t.hour < 12 else "pm"),
                 "%02d %s %d %02d:%02d:%02d" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second),
                 "%d %s %d %02d:%02d:%02d" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second),
                 "%d%02d%02dT%02d%02d%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)]
        for c in cands:
            out.add(c.translate(str.maketrans("0123456789", "०१२३४५६७८९")))
            out.add(c)
    return out


def ip_tokens(text):
    toks = set()
    for m in re.finditer(r"[0-9A-Fa-f:.%]{2,}", text):
        t = m.group(0).strip(".:")
        t = t.split("%")[0]
        for cand in (t, t.rsplit(":", 1)[0]):
            try:
                toks.add(str(ipaddress.ip_address(cand)))
            except ValueError:
                pass
    return toks


def authentic_by_headers(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    first = msg._headers[0] if msg._headers else ("", "")
    frm = email.utils.parseaddr(msg.get("From", ""))[1].lower()
    dom = frm.rsplit("@", 1)[-1]
    trusted = any(dom == t or dom.endswith("." + t) for t in TRUSTED)
    if first[0].lower() != "authentication-results":
        return False
    v = " ".join(first[1].split())
    want = "mail.police.example.in; dkim=pass header.d=%s" % dom
    return trusted and v.startswith(want) and ("dmarc=pass header.from=%s" % dom) in v


def config_districts():
    import tomllib
    with open(os.path.join(HERE, "..", "..", "..", "config.toml"), "rb") as f:
        cfg = tomllib.load(f)
    return {d["name"] for d in cfg["districts"]}, {p["name"] for p in cfg["police_districts"]}


def check(path, exp, districts, pdistricts):
    errs = []
    raw = open(path, "rb").read()
    subj, text, hrefs = decode_mail(raw)
    full = subj + "\n" + text
    flat = collapse(full)
    flatq = collapse(dequote(full))
    flat_l = flatq.lower() + " " + flat.lower()
    hay = flat + " " + flatq + " " + " ".join(hrefs)

    def has(v):
        return collapse(v) in hay

    if sorted(exp) != sorted(KEYS):
        errs.append("keys %s" % sorted(set(KEYS) ^ set(exp)))
        return errs
    if exp["topic_words"] != bool(TOPIC.search(full)):
        errs.append("topic_words")
    auth = authentic_by_headers(raw)
    if exp["forwarded"]:
        auth = False
    if exp["authentic"] != auth:
        errs.append("authentic %s vs headers %s" % (exp["authentic"], auth))
    if exp["kind"] != "platform_report":
        for k in ("subject_name", "post_text", "post_time", "reference", "district", "police_district",
                  "platform", "place_kind"):
            if exp[k] is not None:
                errs.append("non-report %s set" % k)
        for k in ("phones", "emails", "ips", "profile_urls", "usernames", "user_ids"):
            if exp[k]:
                errs.append("non-report %s set" % k)
        if exp["place"] != "" or exp["outside_rajasthan"]:
            errs.append("non-report place")
        return errs
    for k in ("reference", "subject_name"):
        if exp[k] and not has(exp[k]):
            errs.append("%s %r not in mail" % (k, exp[k]))
    if exp["post_text"] and not has(exp["post_text"]):
        errs.append("post_text not in mail: %r" % exp["post_text"])
    if exp["place"] and not has(exp["place"]):
        errs.append("place %r not in mail" % exp["place"])
    for k in ("emails", "profile_urls", "usernames", "user_ids"):
        for v in exp[k]:
            if not has(v):
                errs.append("%s %r not in mail" % (k, v))
    digits = re.sub(r"\D", "", full.translate(DEVA))
    for p in exp["phones"]:
        if not re.fullmatch(r"\+91[6-9]\d{9}", p):
            errs.append("phone not E.164 Indian mobile %r" % p)
        if p[-10:] not in digits:
            errs.append("phone %r not in mail" % p)
    toks = ip_tokens(full)
    for ent in exp["ips"]:
        if ent["ip"] not in toks:
            errs.append("ip %r not in mail" % ent["ip"])
        if ent["seen_at"] and not any(f in hay for f in time_forms(ent["seen_at"])):
            errs.append("seen_at %s of %s not in mail" % (ent["seen_at"], ent["ip"]))
    if exp["post_time"] and not any(f in hay for f in time_forms(exp["post_time"])):
        errs.append("post_time %s not in mail" % exp["post_time"])
    if exp["outside_rajasthan"]:
        if exp["district"] is not None:
            errs.append("outside but district")
    elif exp["district"] not in districts:
        errs.append("district %r not in config" % exp["district"])
    if exp["police_district"] is not None and exp["police_district"] not in pdistricts:
        errs.append("police_district %r not in config" % exp["police_district"])
    return errs


def main():
    districts, pdistricts = config_districts()
    files = sorted(glob.glob(os.path.join(HERE, "*.eml")))
    bad = 0
    for f in files:
        exp = json.load(open(f[:-4] + ".expected.json", encoding="utf-8"))
        errs = check(f, exp, districts, pdistricts)
        if errs:
            bad += 1
            print("FAIL", os.path.basename(f), "; ".join(errs))
    if bad or not files:
        print("FAILED: %d of %d mails" % (bad, len(files)))
        sys.exit(1)
    print("OK: %d mails" % len(files))


if __name__ == "__main__":
    main()
