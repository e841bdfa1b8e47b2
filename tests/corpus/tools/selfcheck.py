#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Consistency checks of the corpus (stdlib only).  Exit status 1 on any problem.

    python3 tests/corpus/tools/selfcheck.py

Checks every expected value against the text of its mail (decoded parts, HTML stripped,
attachments, forwarded messages), recomputes authenticity from the headers and the
topic-word flag, sanity-checks times against the Date header, and checks the aggregate
requirements (counts per layout, places, district coverage per split)."""
import email
import email.policy
import email.utils
import ipaddress
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from blocks import DISTRICTS, POLICE_DISTRICTS  # noqa: E402
from mailtext import TOPIC_RE, collapse, mail_text  # noqa: E402

KEYS = ["kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones",
        "emails", "ips", "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place",
        "district", "police_district", "outside_rajasthan", "topic_words", "traps", "place_kind"]
PLATFORM_DOMAINS = ("facebookmail.com", "facebook.com", "fb.com", "meta.com", "instagram.com")
POLICE_DOMAINS = ("police.example.in", "rajpolice.gov.in")
HELPLINES = {"14416", "18008914416", "112", "18005990019"}
ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
DEVA = str.maketrans("०१२३४५६७८९", "0123456789")
V4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
V6 = re.compile(r"(?<![0-9A-Za-z:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Za-z])")

problems = []


def bad(name, msg):
    problems.append(f"{name}: {msg}")


def dom_of(addr):
    a = email.utils.parseaddr(addr)[1]
    return a.rsplit("@", 1)[-1].lower()


def in_domains(d, doms):
    return any(d == x or d.endswith("." + x) for x in doms)


def authentic_from_headers(msg):
    items = msg.items()
    if not items or items[0][0].lower() != "authentication-results":
        return False
    ar = " ".join(str(items[0][1]).split())
    ident = ar.split(";", 1)[0].strip()
    if ident != "mail.police.example.in":
        return False
    frm = dom_of(str(msg["From"]))
    m = re.search(r"dkim=pass\b[^;]*header\.d=([^\s;]+)", ar)
    return bool(m and m.group(1).lower() == frm and in_domains(frm, PLATFORM_DOMAINS))


def ips_in(text):
    out = set()
    for m in V4.finditer(text):
        try:
            out.add(ipaddress.ip_address(m.group(1)).compressed)
        except ValueError:
            pass
    for m in V6.finditer(text):
        try:
            out.add(ipaddress.ip_address(m.group(1)).compressed)
        except ValueError:
            pass
    return out


def digits(text):
    return re.sub(r"[\s\-().+]", "", text.translate(DEVA))


BARE_TIME = re.compile(r"(?<![\d/])(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d|\d\d-\d\d-\d{4} \d\d:\d\d)(?![\d:.])(?!\s*(?:UTC|GMT|IST|Asia/|America/|\(GMT|[+-]\d))")
ZONE_MARK = re.compile(r"\((?:UTC|IST)\)|_utc|_ist|Utc\b|UTC\)", re.IGNORECASE)


def lint_bare_times(name, text):
    """A date-time without zone must have a zone marker in its label / column header,
    i.e. on its line or at most 6 lines above (IP lists, next-line labels, CSV/TSV headers)."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if BARE_TIME.search(ln) and not any(ZONE_MARK.search(x) for x in lines[max(0, i - 6):i + 1]):
            bad(name, f"bare time without zone marker: {ln.strip()[:80]!r}")


def check_one(name, raw, exp):
    if list(exp) != KEYS:
        bad(name, f"keys differ: {list(exp)}")
        return
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text = mail_text(raw)
    flat = collapse(text)
    dig = digits(text)
    if exp["topic_words"] != bool(TOPIC_RE.search(text)):
        bad(name, "topic_words flag wrong")
    if exp["kind"] not in ("platform_report", "platform_notice", "other"):
        bad(name, "kind")
    if exp["district"] is not None and exp["district"] not in DISTRICTS:
        bad(name, f"district {exp['district']!r} not one of the 41")
    if exp["police_district"] is not None and exp["police_district"] not in POLICE_DISTRICTS:
        bad(name, f"police_district {exp['police_district']!r} unknown")
    if exp["outside_rajasthan"] and exp["district"] is not None:
        bad(name, "outside but district set")
    if exp["police_district"] and not exp["district"]:
        bad(name, "police_district without district")
    lint_bare_times(name, text)
    if exp["kind"] != "platform_report":
        for k in ("phones", "emails", "ips", "profile_urls", "usernames", "user_ids"):
            if exp[k]:
                bad(name, f"non-report with {k}")
        return
    if exp["place"] and not exp["district"] and not exp["outside_rajasthan"]:
        bad(name, "place without district")
    if exp["district"] and not exp["place"]:
        bad(name, "district without place")
    # authenticity / forwarding
    frm = dom_of(str(msg["From"]))
    if exp["authentic"] != authentic_from_headers(msg):
        bad(name, f"authentic={exp['authentic']} but headers say otherwise")
    if exp["forwarded"] != in_domains(frm, POLICE_DOMAINS):
        bad(name, "forwarded flag vs From domain")
    if exp["forwarded"] and exp["authentic"]:
        bad(name, "forwarded and authentic")
    # values present in the mail
    for p in exp["phones"]:
        if not re.fullmatch(r"\+91[6-9]\d{9}", p):
            bad(name, f"phone {p} not E.164 Indian mobile")
        elif p[3:] not in dig:
            bad(name, f"phone {p} not in mail")
        if p[3:] in HELPLINES:
            bad(name, f"helpline as phone {p}")
    if len(set(exp["phones"])) != len(exp["phones"]):
        bad(name, "duplicate phones")
    for e in exp["emails"]:
        if e not in text:
            bad(name, f"email {e} not in mail")
        if in_domains(e.rsplit("@", 1)[1], PLATFORM_DOMAINS + POLICE_DOMAINS):
            bad(name, f"email {e} is a platform/police address")
    found = ips_in(text)
    for ip in exp["ips"]:
        if set(ip) != {"ip", "seen_at"}:
            bad(name, f"ip entry keys {ip}")
        if ipaddress.ip_address(ip["ip"]).compressed != ip["ip"]:
            bad(name, f"ip {ip['ip']} not canonical")
        if ip["ip"] not in found:
            bad(name, f"ip {ip['ip']} not in mail")
        if ip["seen_at"] is not None and not ISO_Z.match(ip["seen_at"]):
            bad(name, f"seen_at {ip['seen_at']} not ISO Z")
    for k in ("profile_urls", "usernames", "user_ids"):
        for v in exp[k]:
            if v not in text:
                bad(name, f"{k} {v} not in mail")
    for u in exp["usernames"]:
        if u.startswith("@"):
            bad(name, "username keeps @")
    for k in ("reference", "subject_name", "place"):
        if exp[k] is not None and collapse(exp[k]) not in flat:
            bad(name, f"{k} {exp[k]!r} not in mail")
    if exp["post_text"] is not None:
        if exp["post_text"] != collapse(exp["post_text"]):
            bad(name, "post_text not whitespace-collapsed")
        if exp["post_text"] not in flat:
            bad(name, "post_text not in mail")
    if exp["post_time"] is not None and not ISO_Z.match(exp["post_time"]):
        bad(name, "post_time not ISO Z")
    # times vs the Date header (catches zone sign errors)
    date = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if exp["post_time"]:
        pt = datetime.fromisoformat(exp["post_time"].replace("Z", "+00:00"))
        if not (date - timedelta(days=1) <= pt <= date):
            bad(name, f"post_time {exp['post_time']} not within a day before Date {date}")
    for ip in exp["ips"]:
        if ip["seen_at"]:
            st = datetime.fromisoformat(ip["seen_at"].replace("Z", "+00:00"))
            if not (date - timedelta(days=10) <= st <= date):
                bad(name, f"seen_at {ip['seen_at']} implausible vs Date {date}")
    for t in ("ref_like_phone",):
        if t in exp["traps"] and not exp["reference"]:
            bad(name, "ref_like_phone trap without reference")
    if exp["reference"] and re.fullmatch(r"[6-9]\d{9}", exp["reference"]) and "+91" + exp["reference"] in exp["phones"]:
        bad(name, "reference taken as phone")


def main():
    manifest = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))["files"]
    seen = set()
    for part in ("dev", "holdout"):
        for fn in sorted(os.listdir(os.path.join(ROOT, part))):
            if not fn.endswith(".eml"):
                continue
            path = os.path.join(ROOT, part, fn)
            jpath = path[:-4] + ".expected.json"
            if not os.path.exists(jpath):
                bad(fn, "no expected.json")
                continue
            seen.add(f"{part}/{fn}")
            with open(path, "rb") as fh:
                raw = fh.read()
            with open(jpath, encoding="utf-8") as fh:
                exp = json.load(fh)
            check_one(f"{part}/{fn}", raw, exp)
    mf = {m["file"] for m in manifest}
    if mf != seen:
        bad("manifest", f"manifest and files differ: {sorted(mf ^ seen)[:5]}")
    reports = [m for m in manifest if m["kind"] == "platform_report"]
    lay = Counter(m["layout"] for m in manifest)
    for l, n in lay.items():
        if n < 20:
            bad("aggregate", f"layout {l} has only {n} mails")
    if len(reports) < 330:
        bad("aggregate", f"only {len(reports)} reports")
    nonrep = len(manifest) - len(reports)
    look = sum(1 for m in reports if not m["authentic"] and not m["forwarded"])
    places = {m["place_id"] for m in reports if m["district"]}
    if len(places) < 150:
        bad("aggregate", f"only {len(places)} distinct places")
    for part in ("dev", "holdout"):
        ds = {m["district"] for m in reports if m["split"] == part and m["district"]}
        missing = sorted(set(DISTRICTS) - ds)
        if missing:
            bad("aggregate", f"{part} lacks districts {missing}")
        ls = {m["layout"] for m in manifest if m["split"] == part}
        if set(lay) - ls:
            bad("aggregate", f"{part} lacks layouts {sorted(set(lay) - ls)}")
    hold = sum(1 for m in manifest if m["split"] == "holdout")
    notopic = sum(1 for m in reports if not m["topic_words"])
    print(f"{len(manifest)} mails: {len(reports)} reports ({look} non-platform senders, "
          f"{sum(1 for m in reports if m['forwarded'])} police forwards), {nonrep} non-reports; "
          f"holdout {hold}; {len(places)} distinct places; no topic words in {notopic} reports "
          f"({100 * notopic / len(reports):.0f}%)")
    if not (0.35 <= notopic / len(reports) <= 0.5):
        bad("aggregate", "share of reports without topic words off 40%")
    if not (30 <= nonrep <= 50):
        bad("aggregate", f"{nonrep} non-report mails")
    if problems:
        print(f"{len(problems)} PROBLEMS")
        for p in problems[:200]:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
