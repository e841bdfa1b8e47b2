#!/usr/bin/env python3
"""Deterministic generator of the fresh7 corpus (stdlib only). `python3 _gen.py` rewrites all mails."""
import base64
import glob
import html
import ipaddress
import json
import os
import random
import urllib.parse
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage

import _cases as C
import selfcheck

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(7007)
POL = policy.default.clone(linesep="\n", max_line_length=78)
DESK = "scrb-sm-desk@police.example.in"
UTC = timezone.utc
DEVA = str.maketrans("0123456789", "०१२३४५६७८९")
HELPLINE = ("If anyone is in immediate danger please dial 112. Tele-MANAS: 14416 or 1-800-891-4416. "
            "AASRA: +91-9820466726.")
HELPLINE_HI = "तुरंत खतरे में 112 डायल करें। टेली-मानस: 14416 / 1-800-891-4416"
META_PHONE = "Meta Law Enforcement Outreach (urgent line): +1 650-543-4800"

# ----------------------------------------------------------------- helpers: values and forms

def mobile():
    return "+91" + R.choice("6789") + "".join(R.choice("0123456789") for _ in range(9))


def phone_fmt(e, style):
    n = e[3:]
    f = {
        "intl_sp": "+91 %s %s" % (n[:5], n[5:]),
        "zero": "0%s %s" % (n[:5], n[5:]),
        "zero_c": "0" + n,
        "0091": "0091-%s-%s" % (n[:5], n[5:]),
        "dash": "+91-%s-%s" % (n[:5], n[5:]),
        "bare": n,
        "sp3": "+91 %s %s %s" % (n[:3], n[3:6], n[6:]),
        "e164": e,
        "91": "91%s" % n,
        "paren": "(+91) %s-%s" % (n[:5], n[5:]),
    }
    if style == "deva":
        return ("+91 %s %s" % (n[:5], n[5:])).translate(DEVA)
    return f[style]


PHONE_STYLES = ["intl_sp", "zero", "zero_c", "0091", "dash", "bare", "sp3", "e164", "91", "paren"]

DATE_ONLY = {"date_only"}
MIN_STYLES = {"utc_min", "dmy", "pac12", "ist12", "mil", "deva_ist"}


def pac(dt):
    return (dt - timedelta(hours=7), "PDT") if dt.month == 10 else (dt - timedelta(hours=8), "PST")


def tfmt(dt, style):
    """Return (display, iso_expected)."""
    exp = dt.replace(second=0) if style in MIN_STYLES else dt
    ist = dt + timedelta(hours=5, minutes=30)
    if style == "date_only":
        return dt.strftime("%d %b %Y"), None
    if style == "iso_z":
        s = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    elif style == "utc_sp":
        s = dt.strftime("%Y-%m-%d %H:%M:%S UTC")
    elif style == "utc_min":
        s = dt.strftime("%Y-%m-%d %H:%M UTC")
    elif style == "rfc":
        s = dt.strftime("%a, %d %b %Y %H:%M:%S +0000")
    elif style == "dmy":
        s = "%d %s UTC" % (dt.day, dt.strftime("%b %Y %H:%M"))
    elif style == "pac12":
        p, z = pac(dt)
        s = "%02d/%02d/%d %d:%s %s" % (p.month, p.day, p.year, int(p.strftime("%I")), p.strftime("%M %p"), z)
    elif style == "pac24":
        p, z = pac(dt)
        s = p.strftime("%Y-%m-%d %H:%M:%S ") + z
    elif style == "ist":
        s = ist.strftime("%Y-%m-%d %H:%M:%S IST")
    elif style == "ist_off":
        s = ist.strftime("%Y-%m-%dT%H:%M:%S+05:30")
    elif style == "ist12":
        s = ist.strftime("%d/%m/%Y %I:%M %p IST")
    elif style == "epoch":
        s = str(int(dt.timestamp()))
    elif style == "mil":
        s = dt.strftime("%H%M UTC %d ") + dt.strftime("%b").upper() + dt.strftime(" %Y")
    elif style == "bare":
        s = dt.strftime("%Y-%m-%d %H:%M:%S")
    elif style == "deva_ist":
        months = ["", "", "", "", "", "", "", "", "", "", "अक्टूबर", "नवंबर", "दिसंबर"]
        s = ("%d %s %d, %s IST" % (ist.day, months[ist.month], ist.year, ist.strftime("%H:%M"))).translate(DEVA)
    else:
        raise ValueError(style)
    return s, exp.strftime("%Y-%m-%dT%H:%M:%SZ")


TIME_STYLES = ["iso_z", "utc_sp", "utc_min", "rfc", "dmy", "pac12", "pac24", "ist", "ist_off", "ist12",
               "epoch", "mil", "iso_z", "utc_sp", "pac12", "ist", "date_only"]


def rand_dt():
    base = datetime(2026, 10, 3, tzinfo=UTC) + timedelta(days=R.randint(0, 59))
    return base.replace(hour=R.randint(0, 23), minute=R.randint(0, 59), second=R.randint(0, 59))


V4_PREFIX = ["49.36", "106.215", "157.38", "27.61", "223.178", "117.99", "122.161", "103.87", "182.69",
             "1.38", "59.94", "171.61", "42.106", "110.227"]
V6_PREFIX = ["2401:4900", "2409:40d4", "2402:3a80", "2405:201", "2409:4052", "2401:4900:1c2a"]


def rand_ip(v6):
    if not v6:
        return "%s.%d.%d" % (R.choice(V4_PREFIX), R.randint(1, 254), R.randint(1, 254))
    p = R.choice(V6_PREFIX)
    groups = p.split(":")
    while len(groups) < 8:
        groups.append("%x" % R.choice([0, 0, R.randint(1, 0xffff), R.randint(1, 0xfff)]))
    return str(ipaddress.IPv6Address(":".join(groups)))


def ip_disp(ip, style):
    a = ipaddress.ip_address(ip)
    if a.version == 4:
        return ip
    return {"norm": ip, "upper": ip.upper(), "full": a.exploded, "full_up": a.exploded.upper()}[style]


def slug(name):
    return name.lower().replace(" ", ".")

# ----------------------------------------------------------------- case model

REPORT_LAYOUTS = [
    "bsi_sections", "rst_grid", "box_drawing", "asciidoc_dl", "org_props", "env_export",
    "header_style_body", "urlencoded_body", "toml_tables", "xml_inline_body", "ndjson_attach",
    "event_timeline", "letter_formal", "reporter_block", "roman_hi_labels", "deva_digits",
    "wa_device_record", "threads_linked", "dm_excerpt", "one_liner", "csv_keyvalue_body",
    "format_flowed", "css_grid_html", "html_horizontal", "font_tags_html", "b64_html_para",
    "related_cid", "hi_table_html", "html_fieldset", "email_card_buttons", "two_attachments",
    "md_attach", "log_attach", "mutt_fwd", "roundcube_fwd", "zimbra_fwd", "nested_gt_quote",
    "ticket_eml_attach", "ascii_ncr_html", "pdf_summary_attach",
]
FORWARDS = {"mutt_fwd", "roundcube_fwd", "zimbra_fwd", "nested_gt_quote", "ticket_eml_attach"}
PROSE = {"letter_formal", "format_flowed", "roman_hi_labels", "reporter_block"}
PROSE_STYLES = ["rfc", "dmy", "pac12", "ist12", "utc_sp", "ist", "date_only"]
NO_WA = {"letter_formal", "format_flowed", "one_liner", "email_card_buttons"}
FORCE_PLATFORM = {"wa_device_record": "whatsapp", "threads_linked": "threads", "dm_excerpt": "instagram"}

SENDERS = {
    "facebook": [("Facebook Law Enforcement Response Team", "records@support.facebook.com"),
                 ("Meta Emergency Response", "no-reply@facebookmail.com"),
                 ("Facebook Safety", "le-emergency@fb.com")],
    "instagram": [("Instagram Safety", "no-reply@mail.instagram.com"),
                  ("Instagram Law Enforcement", "lert@instagram.com")],
    "whatsapp": [("WhatsApp Law Enforcement Support", "lers@support.meta.com"),
                 ("WhatsApp Emergency Response", "emergency@lers.meta.com")],
    "threads": [("Threads Safety", "safety@threads.meta.com"),
                ("Threads from Instagram", "threads-safety@mail.instagram.com")],
}
PNAME = {"facebook": "Facebook", "instagram": "Instagram", "whatsapp": "WhatsApp", "threads": "Threads"}

SPOOFS = [
    ("lookalike", "support.faceb00k.example", "facebook"),
    ("lookalike", "instagram-safety.example.com", "instagram"),
    ("lookalike", "meta-lers.example.net", "whatsapp"),
    ("lookalike", "webmail.example.com", "facebook"),
    ("lookalike", "whatsapp-support.example.org", "whatsapp"),
    ("dkim_fail", None, "facebook"),
    ("no_ar", None, "instagram"),
    ("untrusted_ar", None, "facebook"),
    ("other_d", None, "threads"),
    ("lookalike", "support.faceb00k.example", "instagram"),
    ("dkim_fail", None, "whatsapp"),
    ("no_ar", None, "facebook"),
]


def reference(platform):
    k = R.random()
    if platform == "facebook":
        if k < 0.6:
            return str(R.randint(6, 9)) + "".join(R.choice("0123456789") for _ in range(9)), True
        return "LERT-2026-%06d" % R.randint(100000, 999999), False
    if platform == "instagram":
        if k < 0.4:
            return str(R.randint(6, 9)) + "".join(R.choice("0123456789") for _ in range(9)), True
        return "IG-%08d" % R.randint(10000000, 99999999), False
    if platform == "whatsapp":
        return "WA-ER-%06d" % R.randint(100000, 999999), False
    return "TH-2026-%05d" % R.randint(10000, 99999), False


def make_case(i, slot, layout, plat=None):
    c = {"layout": layout, "i": i, "traps": []}
    plat = plat or FORCE_PLATFORM.get(layout) or R.choice(["facebook", "instagram", "facebook", "instagram",
                                                            "whatsapp", "threads"])
    if layout in NO_WA and plat == "whatsapp":
        plat = "facebook"
    c["platform"] = plat
    c["quiet"] = i % 2 == 0 or layout == "urlencoded_body"
    ref, phone_like = reference(plat)
    c["reference"] = ref
    if phone_like:
        c["traps"].append("request_id_phone_like")
    hindi = layout in ("deva_digits", "hi_table_html")
    c["name"] = R.choice(C.HINDI_NAMES) if hindi and R.random() < 0.6 else \
        "%s %s" % (R.choice(C.FIRST), R.choice(C.LAST))
    c["phones"] = [mobile()]
    if R.random() < 0.3:
        c["phones"].append(mobile())
    c["phone_styles"] = [("deva" if layout == "deva_digits" else R.choice(PHONE_STYLES)) for _ in c["phones"]]
    first = c["name"].split()[0].lower() if c["name"].isascii() else "user%d" % i
    c["emails"] = ["%s.%d@%s" % (first, R.randint(10, 9999), R.choice(["example.com", "example.in", "example.org"]))] \
        if R.random() < 0.55 else []
    # ids / handles / urls
    uid = str(R.choice([1000, 1000, 61550, 61557])) + "".join(R.choice("0123456789") for _ in range(R.choice([10, 10, 9])))
    handle = (first + R.choice(["_", ".", ""]) + R.choice(["jpr", "raj", "x", "official", str(R.randint(1, 99))]))
    c["usernames"], c["user_ids"], c["profile_urls"] = [], [], []
    if plat == "facebook":
        c["user_ids"] = [uid] if R.random() < 0.75 else []
        c["profile_urls"] = ["https://www.facebook.com/profile.php?id=" + uid] if (R.random() < 0.6 or not c["user_ids"]) else \
            ["https://www.facebook.com/" + handle]
    elif plat == "instagram":
        c["usernames"] = [handle]
        c["profile_urls"] = ["https://www.instagram.com/%s/" % handle]
        if R.random() < 0.5:
            c["user_ids"] = [str(R.randint(4, 79)) + "".join(R.choice("0123456789") for _ in range(9))]
    elif plat == "threads":
        c["usernames"] = [handle]
        c["profile_urls"] = ["https://www.threads.net/@%s" % handle]
        if R.random() < 0.5:
            c["user_ids"] = [str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(16))]
    else:  # whatsapp: the account number is the phone
        c["emails"] = []
    # ips
    n = R.choice([1, 2, 2, 3])
    c["ips"] = []
    c["post_dt"] = rand_dt() if R.random() < 0.9 else None
    anchor = c["post_dt"] or rand_dt()
    back = 0
    for k in range(n):
        ip = rand_ip(R.random() < 0.45)
        back += R.randint(1, 900)
        dt = anchor - timedelta(minutes=back, seconds=R.randint(0, 59)) if k == 0 or R.random() < 0.8 else None
        c["ips"].append({"ip": ip, "dt": dt, "style": R.choice(TIME_STYLES),
                         "v6style": R.choice(["norm", "norm", "upper", "full", "full_up"])})
    # post
    kind = slot[0]
    c["post_style"] = R.choice(TIME_STYLES)
    if layout == "deva_digits":
        c["post_style"] = "deva_ist"
    if layout in PROSE:
        c["post_style"] = R.choice(PROSE_STYLES)
        for x in c["ips"]:
            x["style"] = R.choice(PROSE_STYLES)
    c["place"], c["district"], c["police_district"], c["place_kind"], c["outside"] = "", None, None, None, False
    if kind == "place":
        _, (place, dist, pd, pk) = slot
        c.update(place=place, district=dist, police_district=pd, place_kind=pk)
    elif kind == "outside":
        c.update(place=slot[1], place_kind="outside", outside=True)
    else:
        post, dist = slot[1]
        c.update(place="", district=dist, place_kind="post_only", post=post)
    if "post" not in c:
        if c["quiet"]:
            if R.random() < 0.15:
                c["post"], _pl = R.choice(C.POSTS_PLACE_TRAP)
                c["traps"].append("post_place")
            else:
                c["post"] = R.choice(C.POSTS_QUIET)
        else:
            c["post"] = R.choice(C.POSTS_TOPIC)
    if layout == "urlencoded_body" and not c["quiet"]:
        pass
    # optional traps
    if R.random() < 0.35:
        c["traps"].append("helpline")
    if R.random() < 0.15:
        c["traps"].append("platform_support_phone")
    if R.random() < 0.3:
        c["traps"].append("account_dates")
        c["created"] = "%d-%02d-%02d" % (R.randint(2012, 2023), R.randint(1, 12), R.randint(1, 28))
        c["dob"] = "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1990, 2009))
    if layout == "reporter_block" or R.random() < 0.12:
        c["traps"].append("reporter_details")
        c["reporter"] = ("%s %s" % (R.choice(C.FIRST), R.choice(C.LAST)), mobile(),
                         R.choice(["Mumbai", "Delhi", "Bengaluru", "Surat", "Hyderabad"]))
    if R.random() < 0.12:
        c["traps"].append("portal_login_ip")
        c["portal_ip"] = "164.100.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    if R.random() < 0.3:
        c["traps"].append("received_ip")
    c["sender"] = R.choice(SENDERS[plat])
    c["date"] = anchor + timedelta(minutes=R.randint(8, 50), seconds=R.randint(0, 59))
    return c


# ----------------------------------------------------------------- rendering helpers

def P(c):
    return PNAME[c["platform"]]


def phones_disp(c):
    return [phone_fmt(p, s) for p, s in zip(c["phones"], c["phone_styles"])]


def ip_rows(c, force_style=None):
    """[(ip display, time display or '')] and fills expected."""
    rows = []
    for x in c["ips"]:
        d = ip_disp(x["ip"], x["v6style"])
        if x["dt"] is None:
            rows.append((d, ""))
            x["seen"] = None
        else:
            s, iso = tfmt(x["dt"], force_style or x["style"])
            x["seen"] = iso
            rows.append((d, s))
    return rows


def post_time(c, force_style=None):
    if c["post_dt"] is None:
        c["post_iso"] = None
        return ""
    s, iso = tfmt(c["post_dt"], force_style or c["post_style"])
    c["post_iso"] = iso
    return s


def intro(c):
    if c["quiet"]:
        return R.choice([
            "Emergency Disclosure. We are providing the information below in response to an emergency "
            "involving imminent risk of death or serious physical injury to a person.",
            "Urgent safety referral. A person may need help. The account details are below.",
            "We believe the person who uses the account below may be in danger. Please check on them as soon as possible.",
            "This is an emergency data disclosure. Please act on it without delay.",
        ])
    return R.choice([
        "Our team found content indicating that the person below may be at risk of suicide or self-harm.",
        "We are sharing a possible self-harm situation involving the account below.",
        "Content on %s suggests this user may attempt suicide. Please check on their wellbeing." % P(c),
    ])


def subject(c):
    r, p = c["reference"], P(c)
    if c["layout"] in ("hi_table_html", "deva_digits") and R.random() < 0.7:
        return ("आपातकालीन सूचना – संदर्भ %s" % r) if c["quiet"] else ("आत्महत्या का खतरा – %s केस %s" % (p, r))
    if c["quiet"]:
        return R.choice(["Emergency Disclosure - Request %s" % r, "Urgent safety referral [%s]" % r,
                         "%s case %s: a person may need help" % (p, r), "Emergency Data Disclosure #%s" % r,
                         "[%s] Urgent: wellbeing check requested (%s)" % (p, r)])
    return R.choice(["Self-harm alert %s" % r, "Possible suicide risk - %s case %s" % (p, r),
                     "%s self-harm referral [Ref %s]" % (p, r)])


def extras(c, hindi=False):
    """Trap lines (list of str)."""
    out = []
    if "account_dates" in c["traps"]:
        out.append("Account created: %s" % c["created"])
        out.append("Date of birth: %s" % c["dob"])
    if "reporter_details" in c["traps"] and c["layout"] != "reporter_block":
        n, ph, city = c["reporter"]
        out.append("Reported by a friend: %s, %s, %s" % (n, phone_fmt(ph, "intl_sp"), city))
    if "portal_login_ip" in c["traps"]:
        out.append("This disclosure was opened on the LE portal by the requesting officer from %s." % c["portal_ip"])
    if "platform_support_phone" in c["traps"]:
        out.append(META_PHONE)
    if "helpline" in c["traps"]:
        out.append(HELPLINE_HI if hindi else HELPLINE)
    return out


def kv_facts(c, labels=None):
    """Ordered (label, value) facts of the subscriber."""
    L = labels or {}
    f = [(L.get("ref", "Reference"), c["reference"]), (L.get("platform", "Platform"), P(c))]
    f.append((L.get("name", "Name"), c["name"]))
    for k, ph in enumerate(phones_disp(c)):
        if c["platform"] == "whatsapp" and k == 0:
            f.append((L.get("wa", "WhatsApp account number"), ph))
        else:
            f.append((L.get("phone", "Registered mobile") if k == 0 else L.get("alt", "Alternate mobile"), ph))
    for e in c["emails"]:
        f.append((L.get("email", "Email"), e))
    for u in c["user_ids"]:
        f.append((L.get("uid", "User ID"), u))
    for u in c["usernames"]:
        f.append((L.get("user", "Username"), "@" + u if R.random() < 0.5 else u))
    for u in c["profile_urls"]:
        f.append((L.get("url", "Profile URL"), u))
    if c["place"]:
        f.append((L.get("place", "Location"), c["place"]))
    return f


def new_msg(c, subj, from_=None, auth="ok", received=None, date=None):
    m = EmailMessage(policy=POL)
    name, addr = from_ or c["sender"]
    dom = addr.split("@")[1]
    if auth == "ok":
        m["Authentication-Results"] = ("mail.police.example.in; dkim=pass header.d=%s; dmarc=pass header.from=%s"
                                       % (dom, dom))
    elif auth == "fail":
        m["Authentication-Results"] = ("mail.police.example.in; dkim=fail (signature did not verify) "
                                       "header.d=%s; dmarc=fail header.from=%s" % (dom, dom))
    elif auth == "untrusted":
        m["Authentication-Results"] = ("mx1.example.net; dkim=pass header.d=%s; dmarc=pass header.from=%s" % (dom, dom))
    elif auth == "other_d":
        m["Authentication-Results"] = ("mail.police.example.in; dkim=pass header.d=bulk-mailer.example.org; "
                                       "dmarc=fail header.from=%s" % dom)
    elif auth == "police":
        m["Authentication-Results"] = "mail.police.example.in; dkim=pass header.d=%s; dmarc=pass header.from=%s" % (dom, dom)
    if received or (c and "received_ip" in c.get("traps", [])):
        pre = "164.100" if ("police" in dom) else R.choice(["69.171", "66.220", "31.13", "157.240"])
        rip = received or "%s.%d.%d" % (pre, R.randint(1, 250), R.randint(1, 250))
        m["Received"] = ("from mx-out.%s (mx-out.%s [%s]) by mail.police.example.in with ESMTPS id %s "
                         "for <%s>; %s" % (dom, dom, rip, "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)),
                                           DESK, (c["date"] if c else datetime(2026, 12, 1, tzinfo=UTC)).strftime("%a, %d %b %Y %H:%M:%S +0000")))
    m["From"] = "%s <%s>" % (name, addr)
    m["To"] = DESK
    m["Subject"] = subj
    d = date or (c["date"] if c else datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    m["Date"] = d.strftime("%a, %d %b %Y %H:%M:%S +0000")
    m["Message-ID"] = "<%s.%d@%s>" % ("".join(R.choice("abcdef0123456789") for _ in range(16)), R.randint(1, 10**6), dom)
    m["MIME-Version"] = "1.0"
    return m


# ----------------------------------------------------------------- report layouts
# Each returns (subject, builder(msg)) ; builder sets content.

def text_builder(body, cte="8bit", params=None):
    def b(m):
        m.set_content(body, cte=cte, params=params or {})
    return b


def L_bsi_sections(c):
    bare = R.random() < 0.7
    rows = ip_rows(c, force_style="bare" if bare else None)
    lines = [intro(c), "", "Request ID: %s" % c["reference"], "Service: %s" % P(c), "",
             "BASIC SUBSCRIBER INFORMATION", "============================"]
    for k, v in kv_facts(c)[2:]:
        lines.append("    %-22s %s" % (k + ":", v))
    lines += extras(c)
    lines += ["", "IP ADDRESS LOGS (UTC)" if bare else "IP ADDRESS LOGS",
              "============================"]
    for ip, t in rows:
        lines.append("    %-40s %s" % (ip, t or "(time not recorded)"))
    lines += ["", "CONTENT", "============================", "    Created: %s" % post_time(c), "    Body: %s" % c["post"],
              "", "%s Law Enforcement Response Team" % P(c)]
    return subject(c), text_builder("\n".join(lines))


def L_rst_grid(c):
    rows = ip_rows(c)
    facts = kv_facts(c) + [("Post time", post_time(c)), ("Post", c["post"])]
    w1 = max(len(k) for k, _ in facts) + 2
    w2 = max(len(v) for _, v in facts) + 2
    sep = "+" + "-" * w1 + "+" + "-" * w2 + "+"
    out = [intro(c), "", sep, "| %s| %s|" % ("Field".ljust(w1 - 1), "Value".ljust(w2 - 1)), sep.replace("-", "=")]
    for k, v in facts:
        out += ["| %s| %s|" % (k.ljust(w1 - 1), v.ljust(w2 - 1)), sep]
    out += ["", "Connection history:", "", "+---------------------------------------------+---------------------------+"]
    for ip, t in rows:
        out.append("| %-44s| %-26s|" % (ip, t or "-"))
        out.append("+---------------------------------------------+---------------------------+")
    out += [""] + extras(c)
    return subject(c), text_builder("\n".join(out))


def L_box_drawing(c):
    rows = ip_rows(c)
    facts = kv_facts(c)
    out = [intro(c), "", "┌──────────────────────────── ACCOUNT ────────────────────────────"]
    for k, v in facts:
        out.append("│ %-24s │ %s" % (k, v))
    out.append("├──────────────────────────── ACCESS ─────────────────────────────")
    for ip, t in rows:
        out.append("│ %-24s │ %s" % (t or "unknown time", ip))
    out.append("├──────────────────────────── CONTENT ────────────────────────────")
    out.append("│ %-24s │ %s" % ("Posted at", post_time(c)))
    out.append("│ %-24s │ %s" % ("Text", c["post"]))
    out.append("└─────────────────────────────────────────────────────────────────")
    out += extras(c)
    return subject(c), text_builder("\n".join(out))


def L_asciidoc_dl(c):
    rows = ip_rows(c)
    out = ["= %s emergency disclosure %s" % (P(c), c["reference"]), "", intro(c), "", "== Subscriber", ""]
    for k, v in kv_facts(c):
        out.append("%s:: %s" % (k, v))
    out += ["", "== Logins", ""]
    for ip, t in rows:
        out.append("* `%s` %s" % (ip, ("at " + t) if t else ""))
    out += ["", "== Content", "", "Posted:: %s" % post_time(c), "Text::", "____", c["post"], "____", ""] + extras(c)
    return subject(c), text_builder("\n".join(out))


def L_org_props(c):
    rows = ip_rows(c)
    out = ["* Emergency disclosure %s" % c["reference"], ":PROPERTIES:"]
    for k, v in kv_facts(c):
        out.append(":%s: %s" % (k.upper().replace(" ", "_"), v))
    out += [":END:", "** Access log"]
    for ip, t in rows:
        out.append("- %s :: %s" % (ip, t or "n/a"))
    out += ["** Post", "  :POSTED: %s" % post_time(c), "  #+begin_quote", "  " + c["post"], "  #+end_quote", ""]
    out += ["# " + e for e in extras(c)]
    return subject(c), text_builder(intro(c) + "\n\n" + "\n".join(out))


def L_env_export(c):
    rows = ip_rows(c)
    out = ["# %s" % intro(c), "export CASE_REF='%s'" % c["reference"], "export PLATFORM='%s'" % P(c).lower(),
           "export SUBJECT_NAME='%s'" % c["name"]]
    for k, p in enumerate(phones_disp(c)):
        out.append("export SUBJECT_PHONE_%d='%s'" % (k + 1, p))
    for e in c["emails"]:
        out.append("export SUBJECT_EMAIL='%s'" % e)
    for u in c["user_ids"]:
        out.append("export SUBJECT_ACCOUNT_ID='%s'" % u)
    for u in c["usernames"]:
        out.append("export SUBJECT_HANDLE='%s'" % u)
    for u in c["profile_urls"]:
        out.append("export SUBJECT_PROFILE='%s'" % u)
    if c["place"]:
        out.append("export SUBJECT_CITY='%s'" % c["place"])
    for k, (ip, t) in enumerate(rows):
        out.append("export LOGIN_%d_IP='%s'" % (k + 1, ip))
        if t:
            out.append("export LOGIN_%d_AT='%s'" % (k + 1, t))
    out.append("export POST_AT='%s'" % post_time(c))
    out.append('export POST_TEXT="%s"' % c["post"])
    out += ["# " + e for e in extras(c)]
    return subject(c), text_builder("\n".join(out))


def L_header_style_body(c):
    rows = ip_rows(c)
    out = ["X-LE-Case: %s" % c["reference"], "X-LE-Service: %s" % P(c), "X-LE-Subject-Name: %s" % c["name"]]
    for p in phones_disp(c):
        out.append("X-LE-Subject-Phone: %s" % p)
    for e in c["emails"]:
        out.append("X-LE-Subject-Email: %s" % e)
    for u in c["user_ids"]:
        out.append("X-LE-Subject-Id: %s" % u)
    for u in c["usernames"]:
        out.append("X-LE-Subject-Username: %s" % u)
    for u in c["profile_urls"]:
        out.append("X-LE-Subject-Profile: %s" % u)
    if c["place"]:
        out.append("X-LE-Subject-Location: %s" % c["place"])
    for ip, t in rows:
        out.append("X-LE-Login: %s%s" % (ip, ("; time=" + t) if t else ""))
    out.append("X-LE-Content-Time: %s" % post_time(c))
    out.append("X-LE-Content: %s" % c["post"])
    return subject(c), text_builder(intro(c) + "\n\n" + "\n".join(out) + "\n\n" + "\n".join(extras(c)))


def L_urlencoded_body(c):
    rows = ip_rows(c)
    q = [("case", c["reference"]), ("service", P(c).lower()), ("name", c["name"])]
    for p in phones_disp(c):
        q.append(("phone[]", p))
    for e in c["emails"]:
        q.append(("email", e))
    for u in c["user_ids"]:
        q.append(("account_id", u))
    for u in c["usernames"]:
        q.append(("username", u))
    for u in c["profile_urls"]:
        q.append(("profile", u))
    if c["place"]:
        q.append(("city", c["place"]))
    for ip, t in rows:
        q.append(("login_ip[]", ip))
        q.append(("login_time[]", t))
    q += [("post_time", post_time(c)), ("post_text", c["post"])]
    body = ("Automated relay of an emergency disclosure form (payload below, form-encoded).\n\n"
            + urllib.parse.urlencode(q) + "\n\n" + "\n".join(extras(c)))
    return subject(c), text_builder(body, cte="quoted-printable")


def L_toml_tables(c):
    rows = ip_rows(c)
    out = ["# " + intro(c), "[case]", 'reference = "%s"' % c["reference"], 'service = "%s"' % P(c).lower(), "",
           "[subject]", 'name = "%s"' % c["name"], "phones = [%s]" % ", ".join('"%s"' % p for p in phones_disp(c))]
    if c["emails"]:
        out.append('email = "%s"' % c["emails"][0])
    for u in c["user_ids"]:
        out.append('account_id = "%s"' % u)
    for u in c["usernames"]:
        out.append('username = "%s"' % u)
    for u in c["profile_urls"]:
        out.append('profile = "%s"' % u)
    if c["place"]:
        out.append('city = "%s"' % c["place"])
    for ip, t in rows:
        out += ["", "[[logins]]", 'ip = "%s"' % ip]
        if t:
            out.append('at = "%s"' % t)
    out += ["", "[content]", 'posted = "%s"' % post_time(c), 'text = "%s"' % c["post"]]
    out += [""] + ["# " + e for e in extras(c)]
    return subject(c), text_builder("\n".join(out))


def L_xml_inline_body(c):
    rows = ip_rows(c)
    e = html.escape
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<disclosure service="%s" ref="%s">' % (P(c).lower(), c["reference"]),
           "  <subject>", "    <name>%s</name>" % e(c["name"])]
    for p in phones_disp(c):
        out.append("    <phone>%s</phone>" % p)
    for x in c["emails"]:
        out.append("    <email>%s</email>" % x)
    for u in c["user_ids"]:
        out.append("    <accountId>%s</accountId>" % u)
    for u in c["usernames"]:
        out.append("    <username>%s</username>" % u)
    for u in c["profile_urls"]:
        out.append("    <profileUrl>%s</profileUrl>" % e(u))
    if c["place"]:
        out.append("    <city>%s</city>" % e(c["place"]))
    out.append("  </subject>\n  <sessions>")
    for ip, t in rows:
        out.append('    <session ip="%s"%s/>' % (ip, (' time="%s"' % t) if t else ""))
    out += ["  </sessions>", '  <content posted="%s">%s</content>' % (post_time(c), e(c["post"])), "</disclosure>"]

    def b(m):
        m.set_content(intro(c) + "\n\n" + "\n".join(extras(c)) + "\n", cte="8bit")
        m.add_alternative("\n".join(out) + "\n", subtype="xml", cte="8bit")
    return subject(c), b


def L_ndjson_attach(c):
    rows = ip_rows(c)
    pt = post_time(c)
    body = [intro(c), "", "Case: %s" % c["reference"], "Account holder: %s" % c["name"]]
    for p in phones_disp(c):
        body.append("Phone: %s" % p)
    for u in c["profile_urls"]:
        body.append("Profile: %s" % u)
    for u in c["usernames"]:
        body.append("Username: %s" % u)
    for u in c["user_ids"]:
        body.append("Account ID: %s" % u)
    for x in c["emails"]:
        body.append("Email: %s" % x)
    if c["place"]:
        body.append("City: %s" % c["place"])
    body += ["", "Session and content events are attached as events.ndjson (one JSON object per line).", ""] + extras(c)
    ev = []
    for ip, t in rows:
        ev.append(json.dumps({"event": "login", "ip": ip, "time": t or None}, ensure_ascii=False))
    ev.append(json.dumps({"event": "post", "time": pt or None, "text": c["post"]}, ensure_ascii=False))

    def b(m):
        m.set_content("\n".join(body), cte="8bit")
        m.add_attachment("\n".join(ev) + "\n", subtype="x-ndjson", filename="events.ndjson", cte="base64")
    return subject(c), b


def L_event_timeline(c):
    c["ips"].sort(key=lambda x: (x["dt"] is None, x["dt"] or 0))
    rows = ip_rows(c, force_style="utc_sp")
    pt = post_time(c, force_style="utc_sp")
    ev = [(x["dt"], "LOGIN from %s" % ip) for x, (ip, t) in zip(c["ips"], rows) if x["dt"]]
    if c["post_dt"]:
        ev.append((c["post_dt"], "POST published: %s" % c["post"]))
    ev.sort(key=lambda z: z[0])
    out = [intro(c), "", "Ref %s | %s | %s" % (c["reference"], P(c), c["name"])]
    out += ["%s: %s" % (k, v) for k, v in kv_facts(c)[3:]]
    out += ["", "TIMELINE (all times UTC)"]
    for dt, what in ev:
        out.append("[%s] %s" % (dt.strftime("%Y-%m-%d %H:%M:%S UTC"), what))
    for x, (ip, t) in zip(c["ips"], rows):
        if not x["dt"]:
            out.append("[time unknown] LOGIN from %s" % ip)
    if not c["post_dt"]:
        out.append("[time unknown] POST published: %s" % c["post"])
    out += [""] + extras(c)
    return subject(c), text_builder("\n".join(out))


def L_letter_formal(c):
    rows = ip_rows(c)
    pt = post_time(c)
    ph = phones_disp(c)
    s = ["To the Officer in charge,", "State Crime Records Bureau, Rajasthan Police", "",
         "Re: %s request %s" % (P(c), c["reference"]), "", "Dear Officer,", "", intro(c), "",
         "The account holder is %s. The mobile number registered to the account is %s%s." % (
             c["name"], ph[0], (" and an alternate number %s was also provided" % ph[1]) if len(ph) > 1 else "")]
    if c["emails"]:
        s.append("The e-mail address on the account is %s." % c["emails"][0])
    if c["usernames"]:
        s.append("The username is %s." % c["usernames"][0])
    if c["user_ids"]:
        s.append("The account ID is %s." % c["user_ids"][0])
    s.append("The profile can be found at %s." % c["profile_urls"][0])
    if c["place"]:
        s.append("The location entered on the profile is %s." % c["place"])
    for ip, t in rows:
        s.append("The account was accessed from IP address %s%s." % (ip, (" on " + t) if t else ""))
    s += ["", "On %s the user posted the following:" % pt if pt else "The user posted the following:", "",
          "    " + c["post"], ""] + extras(c) + ["", "Sincerely,", "%s Law Enforcement Response Team" % P(c)]
    return subject(c), text_builder("\n".join(s))


def L_reporter_block(c):
    rows = ip_rows(c)
    n, ph, city = c["reporter"]
    out = [intro(c), "", "This referral was started by another user who was worried about the person below.", "",
           "--- REPORTING USER (not the person at risk) ---", "Reporter name: %s" % n,
           "Reporter phone: %s" % phone_fmt(ph, "dash"), "Reporter city: %s" % city, "",
           "--- PERSON AT RISK ---"]
    out += ["%s: %s" % kv for kv in kv_facts(c)]
    out += ["", "--- ACCOUNT ACCESS ---"]
    for ip, t in rows:
        out.append("%s  %s" % (t or "time n/a", ip))
    out += ["", "--- REPORTED CONTENT ---", "Time: %s" % post_time(c), "Post: %s" % c["post"], ""] + extras(c)
    return subject(c), text_builder("\n".join(out))


ROMAN = {"ref": "Case number", "platform": "Platform", "name": "Naam", "phone": "Mobile number",
         "alt": "Doosra mobile", "email": "Email", "uid": "Account ID", "user": "Username",
         "url": "Profile link", "place": "Pata (shehar)", "wa": "WhatsApp number"}


def L_roman_hi_labels(c):
    rows = ip_rows(c)
    out = ["Namaskar,", "", "Neeche diye gaye vyakti ki madad ki zaroorat ho sakti hai. Kripya turant sampark karein.", ""]
    out += ["%s: %s" % kv for kv in kv_facts(c, ROMAN)]
    out += ["", "Login ki jaankari:"]
    for ip, t in rows:
        out.append("IP %s  samay %s" % (ip, t or "pata nahi"))
    out += ["", "Post ka samay: %s" % post_time(c), "Post: %s" % c["post"], ""] + extras(c) + ["", "Dhanyavaad, %s Safety Team" % P(c)]
    return subject(c), text_builder("\n".join(out))


HI = {"ref": "संदर्भ संख्या", "platform": "प्लेटफ़ॉर्म", "name": "नाम", "phone": "पंजीकृत मोबाइल",
      "alt": "वैकल्पिक मोबाइल", "email": "ईमेल", "uid": "यूज़र आईडी", "user": "यूज़रनेम",
      "url": "प्रोफ़ाइल लिंक", "place": "स्थान", "wa": "व्हाट्सऐप नंबर"}


def L_deva_digits(c):
    rows = ip_rows(c, force_style="deva_ist")
    out = ["महोदय,", "", "नीचे दिए गए व्यक्ति को तुरंत सहायता की आवश्यकता हो सकती है।", ""]
    out += ["%s: %s" % kv for kv in kv_facts(c, HI)]
    out += ["", "लॉगिन आईपी:"]
    for ip, t in rows:
        out.append("  %s — %s" % (ip, t or "समय उपलब्ध नहीं"))
    out += ["", "पोस्ट का समय: %s" % post_time(c), "पोस्ट: %s" % c["post"], ""] + extras(c, hindi=True)
    return subject(c), text_builder("\n".join(out), cte="base64")


def L_wa_device_record(c):
    rows = ip_rows(c)
    ph = phones_disp(c)
    out = ["WhatsApp Emergency Disclosure", "Request: %s" % c["reference"], "", intro(c), "",
           "ACCOUNT RECORD", "Account: %s" % ph[0]] + ([] if c.setdefault("noname", R.random() < 0.3) else ["Profile name: %s" % c["name"]]) + [
           "Device: Android 14, app version 2.26.%d.%d" % (R.randint(1, 30), R.randint(1, 80)),
           "Account status: connected"]
    if len(ph) > 1:
        out.append("Alternate contact number on file: %s" % ph[1])
    if c["place"]:
        out.append("Location (from about): %s" % c["place"])
    out += ["", "CONNECTION LOG"]
    for ip, t in rows:
        port = R.randint(1024, 65000)
        shown = ("[%s]:%d" % (ip, port)) if ":" in ip else ("%s:%d" % (ip, port))
        out.append("%-48s %s" % (shown, t or "time not available"))
    out += ["", "STATUS UPDATE", "Posted: %s" % post_time(c), "Status text: %s" % c["post"], ""] + extras(c)
    return subject(c), text_builder("\n".join(out))


def L_threads_linked(c):
    rows = ip_rows(c)
    out = [intro(c), "", "Threads report %s" % c["reference"], "Threads profile: @%s" % c["usernames"][0],
           "Name on profile: %s" % c["name"]]
    for u in c["user_ids"]:
        out.append("Threads user ID: %s" % u)
    out.append("Profile URL: %s" % c["profile_urls"][0])
    out += ["", "Linked Instagram account: same username (Threads profiles are created from Instagram)"]
    for k, p in enumerate(phones_disp(c)):
        out.append(("Phone on linked account: %s" if k == 0 else "Second phone: %s") % p)
    for x in c["emails"]:
        out.append("Email on linked account: %s" % x)
    if c["place"]:
        out.append("Location: %s" % c["place"])
    out += ["", "Recent sign-ins:"]
    for ip, t in rows:
        out.append("  %s%s" % (ip, (" (" + t + ")") if t else ""))
    out += ["", "Thread posted %s:" % post_time(c), "\u201c%s\u201d" % c["post"], ""] + extras(c)
    return subject(c), text_builder("\n".join(out))


def L_dm_excerpt(c):
    rows = ip_rows(c)
    out = [intro(c), ""] + ["%s: %s" % kv for kv in kv_facts(c)]
    out += ["", "Message sent by the account in a direct conversation (%s):" % (post_time(c) or "time not available"),
            "  [%s]: %s" % (c["usernames"][0], c["post"]), "  [other participant]: kya hua? call karo please", "",
            "Logins:"]
    for ip, t in rows:
        out.append("  - %s %s" % (ip, t))
    out += [""] + extras(c)
    return subject(c), text_builder("\n".join(out))


def L_one_liner(c):
    rows = ip_rows(c, force_style="iso_z")
    pt = post_time(c, force_style="iso_z")
    ph = phones_disp(c)
    line = "%s ER %s: %s, %s" % (P(c).upper(), c["reference"], c["name"], " / ".join(ph))
    if c["place"]:
        line += ", loc %s" % c["place"]
    for u in c["usernames"]:
        line += ", user %s" % u
    for u in c["user_ids"]:
        line += ", id %s" % u
    for x in c["emails"]:
        line += ", %s" % x
    line += ". IPs: " + "; ".join("%s%s" % (ip, (" @" + t) if t else "") for ip, t in rows) + "."
    line2 = "Post%s: %s" % ((" " + pt) if pt else "", c["post"])
    url = "Profile: " + c["profile_urls"][0]
    return subject(c), text_builder("\n".join([line, line2, url, ""] + extras(c)))


def L_csv_keyvalue_body(c):
    rows = ip_rows(c)

    def q(v):
        return '"%s"' % v.replace('"', '""') if ("," in v or '"' in v) else v
    out = ["field,value"] + ["%s,%s" % (k.lower().replace(" ", "_"), q(v)) for k, v in kv_facts(c)]
    for k, (ip, t) in enumerate(rows):
        out.append("login_%d_ip,%s" % (k + 1, ip))
        out.append("login_%d_time,%s" % (k + 1, q(t)))
    out += ["post_time,%s" % q(post_time(c)), "post_text,%s" % q(c["post"])]
    return subject(c), text_builder(intro(c) + "\n\n" + "\n".join(out) + "\n\n" + "\n".join(extras(c)))


def L_format_flowed(c):
    rows = ip_rows(c)
    ph = phones_disp(c)
    para = ("%s Reference %s. The person's name is %s and the phone number on the account is %s. " % (
        intro(c), c["reference"], c["name"], ph[0]))
    if len(ph) > 1:
        para += "Alternate phone: %s. " % ph[1]
    if c["user_ids"]:
        para += "User ID: %s. " % c["user_ids"][0]
    if c["usernames"]:
        para += "The username is %s. " % c["usernames"][0]
    if c["emails"]:
        para += "Email: %s. " % c["emails"][0]
    para += "Profile: %s . " % c["profile_urls"][0]
    if c["place"]:
        para += "City on the profile: %s. " % c["place"]
    for ip, t in rows:
        para += "Login from %s%s. " % (ip, (" at " + t) if t else "")
    para += "Post%s: %s" % ((" (" + post_time(c) + ")") if c["post_dt"] else "", c["post"])
    words, lines, cur = para.split(" "), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > 66:
            lines.append(cur + " ")
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    body = "\n".join(lines) + "\n\n" + "\n".join(extras(c)) + "\n"
    return subject(c), text_builder(body, cte="quoted-printable", params={"format": "flowed"})


def _plain_alt(c):
    return "%s\n\nThis message is best viewed in HTML. Reference: %s" % (intro(c), c["reference"])


def L_css_grid_html(c):
    rows = ip_rows(c)
    e = html.escape
    cells = "".join('<div class="k" style="font-weight:bold">%s</div><div class="v">%s</div>\n' % (e(k), e(v))
                    for k, v in kv_facts(c))
    ips = "".join('<div class="k">%s</div><div class="v">%s</div>\n' % (e(ip), e(t or "—")) for ip, t in rows)
    h = ('<html><head><style>.grid{display:grid;grid-template-columns:220px 1fr}</style></head><body>'
         '<p>%s</p><div class="grid">\n%s</div><h3>Sign-ins</h3><div class="grid">\n%s</div>'
         '<h3>Content</h3><div class="grid"><div class="k">Posted</div><div class="v">%s</div>'
         '<div class="k">Text</div><div class="v">%s</div></div><p>%s</p></body></html>') % (
        e(intro(c)), cells, ips, e(post_time(c)), e(c["post"]), "<br>".join(e(x) for x in extras(c)))

    def b(m):
        m.set_content(_plain_alt(c), cte="8bit")
        m.add_alternative(h, subtype="html", cte="quoted-printable")
    return subject(c), b


def L_html_horizontal(c):
    rows = ip_rows(c)
    e = html.escape
    facts = kv_facts(c)
    hdr = "".join("<th>%s</th>" % e(k) for k, _ in facts)
    row = "".join("<td>%s</td>" % e(v) for _, v in facts)
    iprows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (e(ip), e(t)) for ip, t in rows)
    h = ('<html><body><p>%s</p><table border="1"><tr>%s</tr><tr>%s</tr></table><br>'
         '<table border="1"><tr><th>IP address</th><th>Time</th></tr>%s</table>'
         '<table border="1"><tr><th>Post time</th><th>Post</th></tr><tr><td>%s</td><td>%s</td></tr></table>'
         '<p>%s</p></body></html>') % (e(intro(c)), hdr, row, iprows, e(post_time(c)), e(c["post"]),
                                       "<br>".join(e(x) for x in extras(c)))
    return subject(c), lambda m: m.set_content(h, subtype="html", cte="quoted-printable")


def L_font_tags_html(c):
    rows = ip_rows(c)
    e = html.escape
    parts = ['<HTML><BODY BGCOLOR="#FFFFFF"><CENTER><FONT FACE="Arial" SIZE="4"><B>%s</B></FONT></CENTER>' % e(P(c) + " Emergency Disclosure"),
             '<P><FONT FACE="Arial" SIZE="2">%s</FONT></P>' % e(intro(c))]
    for k, v in kv_facts(c):
        parts.append('<P><FONT FACE="Arial" SIZE="2" COLOR="#555555">%s</FONT>: <FONT FACE="Arial" SIZE="2">%s</FONT></P>' % (e(k), e(v)))
    for ip, t in rows:
        parts.append('<P><FONT SIZE="2">Login IP</FONT>: <FONT SIZE="2">%s %s</FONT></P>' % (e(ip), e(t)))
    parts.append('<P><FONT SIZE="2">Posted</FONT>: <FONT SIZE="2">%s</FONT></P>' % e(post_time(c)))
    parts.append('<P><FONT SIZE="2">Post</FONT>: <FONT SIZE="2"><I>%s</I></FONT></P>' % e(c["post"]))
    parts += ['<P><FONT SIZE="1">%s</FONT></P>' % e(x) for x in extras(c)]
    parts.append("</BODY></HTML>")

    def b(m):
        m.set_content(_plain_alt(c), cte="7bit")
        m.add_alternative("\n".join(parts), subtype="html", charset="utf-8", cte="base64")
    return subject(c), b


def L_b64_html_para(c):
    rows = ip_rows(c)
    e = html.escape
    out = ["<html><body><p>%s</p>" % e(intro(c))]
    for k, v in kv_facts(c):
        out.append("<p><strong>%s</strong><br>%s</p>" % (e(k), e(v)))
    out.append("<p><strong>IP addresses</strong><br>%s</p>" % "<br>".join("%s %s" % (e(ip), e(t)) for ip, t in rows))
    out.append("<p><strong>Post (%s)</strong><br>%s</p>" % (e(post_time(c)), e(c["post"])))
    out += ["<p><small>%s</small></p>" % e(x) for x in extras(c)]
    out.append("</body></html>")
    return subject(c), lambda m: m.set_content("\n".join(out), subtype="html", cte="base64")


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def L_related_cid(c):
    rows = ip_rows(c)
    e = html.escape
    tr = "".join("<tr><td style='color:#65676b'>%s</td><td>%s</td></tr>" % (e(k), e(v)) for k, v in kv_facts(c))
    tr += "".join("<tr><td style='color:#65676b'>IP</td><td>%s &middot; %s</td></tr>" % (e(ip), e(t)) for ip, t in rows)
    tr += "<tr><td style='color:#65676b'>Post time</td><td>%s</td></tr>" % e(post_time(c))
    tr += "<tr><td style='color:#65676b'>Post</td><td>%s</td></tr>" % e(c["post"])
    h = ('<html><body><img src="cid:logo@meta" alt="logo"><p>%s</p><table>%s</table><p>%s</p></body></html>'
         % (e(intro(c)), tr, "<br>".join(e(x) for x in extras(c))))
    txt = [intro(c), ""] + ["%s: %s" % kv for kv in kv_facts(c)] + ["IP: %s %s" % r for r in rows] + \
          ["Post time: %s" % post_time(c), "Post: %s" % c["post"], ""] + extras(c)

    def b(m):
        m.set_content("\n".join(txt), cte="quoted-printable")
        m.add_alternative(h, subtype="html", cte="quoted-printable")
        html_part = m.get_payload()[1]
        html_part.add_related(PNG, "image", "png", cid="<logo@meta>", filename="logo.png")
    return subject(c), b


def L_hi_table_html(c):
    rows = ip_rows(c)
    e = html.escape
    tr = "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (e(k), e(v)) for k, v in kv_facts(c, HI))
    tr += "".join("<tr><td><b>लॉगिन आईपी</b></td><td>%s</td><td>%s</td></tr>" % (e(ip), e(t)) for ip, t in rows)
    tr += "<tr><td><b>पोस्ट का समय</b></td><td>%s</td></tr>" % e(post_time(c))
    tr += "<tr><td><b>पोस्ट</b></td><td>%s</td></tr>" % e(c["post"])
    h = "<html><body><p>कृपया इस व्यक्ति से तुरंत संपर्क करें।</p><table>%s</table><p>%s</p></body></html>" % (
        tr, "<br>".join(e(x) for x in extras(c, hindi=True)))
    return subject(c), lambda m: m.set_content(h, subtype="html", cte="quoted-printable")


def L_html_fieldset(c):
    rows = ip_rows(c)
    e = html.escape
    f1 = "".join("<label>%s</label> <output>%s</output><br>\n" % (e(k), e(v)) for k, v in kv_facts(c))
    f2 = "".join("<label>IP</label> <output>%s</output> <label>seen</label> <output>%s</output><br>\n" % (e(ip), e(t)) for ip, t in rows)
    h = ("<html><body><form><fieldset><legend>Account</legend>\n%s</fieldset><fieldset><legend>Sessions</legend>\n%s"
         "</fieldset><fieldset><legend>Content</legend><label>Time</label> <output>%s</output><br>"
         "<label>Text</label> <output>%s</output></fieldset></form><p>%s</p><p>%s</p></body></html>") % (
        f1, f2, e(post_time(c)), e(c["post"]), e(intro(c)), "<br>".join(e(x) for x in extras(c)))

    def b(m):
        m.set_content("Open the HTML part of this message to see the disclosure form for %s." % c["reference"], cte="7bit")
        m.add_alternative(h, subtype="html", cte="base64")
    return subject(c), b


def L_email_card_buttons(c):
    rows = ip_rows(c)
    e = html.escape
    facts = [kv for kv in kv_facts(c) if not kv[0].startswith("Profile")]
    card = "".join('<div style="padding:4px"><span style="color:#888">%s</span> <span>%s</span></div>' % (e(k), e(v)) for k, v in facts)
    card += "".join('<div><span style="color:#888">Active session</span> <span>%s</span> <span>%s</span></div>' % (e(ip), e(t)) for ip, t in rows)
    btn = '<a href="%s" style="background:#1877f2;color:#fff;padding:8px 16px">View profile</a>' % e(c["profile_urls"][0])
    h = ('<html><body><div style="max-width:560px;border:1px solid #ddd"><h2>%s</h2><p>%s</p>%s'
         '<div style="background:#f5f5f5;padding:8px"><p>%s</p><p><em>%s</em></p></div><p>%s</p><p>%s</p></div></body></html>') % (
        e(P(c) + " · " + c["reference"]), e(intro(c)), card, e(post_time(c)), e(c["post"]), btn,
        "<br>".join(e(x) for x in extras(c)))
    return subject(c), lambda m: m.set_content(h, subtype="html", cte="quoted-printable")


def L_two_attachments(c):
    rows = ip_rows(c)
    body = "%s\n\nReference %s. Subscriber record and session list attached (subscriber.csv, sessions.json).\n\n%s\n" % (
        intro(c), c["reference"], "\n".join(extras(c)))
    csv = "field;value\n" + "\n".join("%s;%s" % kv for kv in kv_facts(c)) + \
          "\npost_time;%s\npost;%s\n" % (post_time(c), c["post"])
    js = json.dumps({"sessions": [{"ip": ip, "time": t or None} for ip, t in rows]}, indent=2)

    def b(m):
        m.set_content(body, cte="8bit")
        m.add_attachment(csv, subtype="csv", filename="subscriber.csv", cte="base64")
        m.add_attachment(js.encode(), "application", "json", filename="sessions.json")
    return subject(c), b


def L_md_attach(c):
    rows = ip_rows(c)
    md = ["# %s disclosure %s" % (P(c), c["reference"]), "", "## Person", ""]
    md += ["- **%s:** %s" % kv for kv in kv_facts(c)]
    md += ["", "## Sessions", "", "| IP | When |", "|---|---|"] + ["| %s | %s |" % (ip, t) for ip, t in rows]
    md += ["", "## Post", "", "_%s_" % post_time(c), "", "> %s" % c["post"], ""]

    def b(m):
        m.set_content("%s\n\nThe disclosure is in the attached file disclosure.md.\n\n%s\n" % (intro(c), "\n".join(extras(c))), cte="8bit")
        m.add_attachment("\n".join(md), subtype="markdown", filename="disclosure.md", cte="quoted-printable")
    return subject(c), b


def L_log_attach(c):
    for x in c["ips"]:
        if x["dt"] is None:
            x["dt"] = rand_dt()
    rows = []
    for x in c["ips"]:
        s, iso = tfmt(x["dt"], "iso_z")
        x["seen"] = iso
        rows.append((ip_disp(x["ip"], x["v6style"]), x["dt"].strftime("%d/%b/%Y:%H:%M:%S +0000")))
    body = [intro(c), ""] + ["%s: %s" % kv for kv in kv_facts(c)] + ["Post time: %s" % post_time(c),
                                                                     "Post: %s" % c["post"], "",
                                                                     "Account access log attached (access.log, times UTC).", ""] + extras(c)
    log = "\n".join('%s - - [%s] "POST /login HTTP/2" 200 512 "-" "%s/%d.0 Android"' % (ip, t, P(c), R.randint(300, 450)) for ip, t in rows) + "\n"

    def b(m):
        m.set_content("\n".join(body), cte="8bit")
        m.add_attachment(log.encode(), "application", "octet-stream", filename="access.log")
    return subject(c), b


def _ncr(t):
    return "".join(ch if ord(ch) < 128 else "&#%d;" % ord(ch) for ch in html.escape(t))


def L_ascii_ncr_html(c):
    rows = ip_rows(c)
    tr = "".join("<TR><TD>%s</TD><TD>%s</TD></TR>\r\n" % (_ncr(k), _ncr(v)) for k, v in kv_facts(c, HI if R.random() < 0.5 else None))
    tr += "".join("<TR><TD>Login</TD><TD>%s</TD><TD>%s</TD></TR>\r\n" % (_ncr(ip), _ncr(t)) for ip, t in rows)
    tr += "<TR><TD>Posted</TD><TD>%s</TD></TR><TR><TD>Post</TD><TD>%s</TD></TR>" % (_ncr(post_time(c)), _ncr(c["post"]))
    h = ("<HTML><BODY><P>%s</P><TABLE BORDER=1>\r\n%s</TABLE><P>%s</P></BODY></HTML>" % (
        _ncr(intro(c)), tr, "<BR>".join(_ncr(x) for x in extras(c))))
    return subject(c), lambda m: m.set_content(h, subtype="html", charset="us-ascii", cte="7bit")


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def L_pdf_summary_attach(c):
    rows = ip_rows(c)
    out = [intro(c), "", "Summary (the complete record is in the attached PDF):", ""]
    out += ["  %s: %s" % kv for kv in kv_facts(c)]
    out += ["  IP: %s%s" % (ip, ("  (" + t + ")") if t else "") for ip, t in rows]
    out += ["  Content posted: %s" % post_time(c), "  Content: %s" % c["post"], ""] + extras(c)

    def b(m):
        m.set_content("\n".join(out), cte="quoted-printable")
        m.add_attachment(PDF, "application", "pdf", filename="records_%s.pdf" % c["reference"])
    return subject(c), b


# ----------------------------------------------------------------- forwards

OFFICERS = [("SI Rajendra Singh (fictional)", "Cyber Cell"), ("Inspector Meenakshi Rao (fictional)", "Cyber Police Station"),
            ("HC Mahaveer Prasad (fictional)", "SP Office Social Media Cell"), ("ASI Sushila Devi (fictional)", "Cyber Cell")]
UNITS = ["cybercell-ajm", "cyber-ps-jpr", "smcell-bikaner", "cybercell-udr", "cyber-kota", "smcell-sikar", "cybercell-pali"]


def inner_text(c):
    rows = ip_rows(c)
    out = [intro(c), "", "Reference number: %s" % c["reference"]] + ["%s: %s" % kv for kv in kv_facts(c)[1:]]
    out += ["", "Login IP addresses:"] + ["%s %s" % (t or "", ip) for ip, t in rows]
    out += ["", "Posted: %s" % post_time(c), "Text: %s" % c["post"], ""] + extras(c)
    return "\n".join(out)


def police_sender(c):
    u = R.choice(UNITS)
    c["unit"] = u
    dom = R.choice(["police.example.in", "rajpolice.gov.in"])
    return ("Cyber Cell (%s)" % u, "%s@%s" % (u, dom))


def officer_sig(c):
    n, unit = R.choice(OFFICERS)
    c["traps"].append("officer_signature")
    return "--\n%s\n%s, Rajasthan Police\nMob. %s" % (n, unit, phone_fmt(mobile(), "intl_sp"))


def police_file(c):
    c["traps"].append("police_file_number")
    return R.choice(["Our file no.: CC/SM/2026/%d" % R.randint(100, 9999), "FIR No. %d/2026, PS Kotwali" % R.randint(10, 900)])


def quoted_request(c):
    c["traps"].append("quoted_police_request")
    return ("Our earlier request to the platform: \"Please preserve and share the details of the account. "
            "Complainant: %s, mobile %s, resident of %s.\"" % ("%s %s" % (R.choice(C.FIRST), R.choice(C.LAST)),
                                                                phone_fmt(mobile(), "zero"),
                                                                R.choice(["Alwar", "Jaipur", "Ajmer", "Delhi"])))


def fwd_common(c):
    c["forwarded"] = True
    c["fwd_from"] = police_sender(c)
    subj = subject(c)
    c["inner_subject"] = subj
    return subj


def L_mutt_fwd(c):
    subj = fwd_common(c)
    n, a = c["sender"]
    body = ["Forwarding for action. %s" % police_file(c)] + ([quoted_request(c)] if R.random() < 0.4 else []) + ["",
            "----- Forwarded message from %s <%s> -----" % (n, a), "",
            "Date: %s" % c["date"].strftime("%a, %d %b %Y %H:%M:%S +0000"), "From: %s <%s>" % (n, a),
            "To: %s@police.example.in" % c["unit"], "Subject: %s" % subj, "", inner_text(c), "",
            "----- End forwarded message -----", "", officer_sig(c)]
    return "Fwd: " + subj, text_builder("\n".join(body))


def L_roundcube_fwd(c):
    subj = fwd_common(c)
    n, a = c["sender"]
    body = ["कृपया आवश्यक कार्यवाही करें।"] + ([quoted_request(c)] if R.random() < 0.4 else []) + ["", "-------- Original Message --------", "Subject: %s" % subj,
            "Date: %s" % (c["date"] + timedelta(hours=5, minutes=30)).strftime("%d.%m.%Y %H:%M"),
            "From: %s <%s>" % (n, a), "To: %s@police.example.in" % c["unit"], "", inner_text(c), "",
            officer_sig(c) if R.random() < 0.7 else ""]
    return "Fwd: " + subj, text_builder("\n".join(body), cte="quoted-printable")


def L_zimbra_fwd(c):
    subj = fwd_common(c)
    n, a = c["sender"]
    pre = [quoted_request(c)] if R.random() < 0.6 else []
    body = ["Sir, the platform answered our request. Please route.", ""] + pre + ["",
            "----- Forwarded Message -----", "From: \"%s\" <%s>" % (n, a), "To: \"SP Office\" <sp-office@rajpolice.gov.in>",
            "Sent: %s" % (c["date"] + timedelta(hours=5, minutes=30)).strftime("%A, %B %d, %Y %I:%M:%S %p"),
            "Subject: %s" % subj, "", inner_text(c), "", officer_sig(c)]
    return "Fw: " + subj, text_builder("\n".join(body))


def L_nested_gt_quote(c):
    subj = fwd_common(c)
    n, a = c["sender"]
    d = c["date"]
    inner = ["On %s, %s <%s> wrote:" % (d.strftime("%a, %d %b %Y at %H:%M"), n, a)] + inner_text(c).split("\n")
    lvl1 = ["> " + ln if ln else ">" for ln in inner]
    lvl2 = ["> " + ln if not ln.startswith(">") else ">" + ln for ln in lvl1]
    body = ["Forwarding again, the district has not acknowledged. %s" % police_file(c), "",
            "On %s, Cyber Cell wrote:" % (d + timedelta(hours=1)).strftime("%a, %d %b %Y at %H:%M"),
            "> Received this from %s, sending to SCRB." % P(c), ">"] + lvl2 + ["", officer_sig(c)]
    return "Re: Fwd: " + subj, text_builder("\n".join(body))


def L_ticket_eml_attach(c):
    subj = fwd_common(c)
    c["traps"].append("police_file_number")
    tno = "2026%02d%02d1000%04d" % (c["date"].month, c["date"].day, R.randint(1, 9999))
    inner_layout = R.choice(["bsi_sections", "box_drawing", "letter_formal", "css_grid_html"])
    s2, builder = LAYOUTS[inner_layout](dict(c, quiet=c["quiet"]) if False else c)
    inner = new_msg(c, subj, auth="ok")
    builder(inner)
    body = ("[Ticket#%s] New ticket in queue SocialMedia::Emergency\n\nOur file no.: TKT/SM/2026/%d\n"
            "The original platform mail is attached unchanged.\n\n-- \nHelpdesk ticket system, Cyber HQ\n") % (tno, R.randint(100, 999))

    def b(m):
        m.set_content(body, cte="7bit")
        m.add_attachment(inner)
    return "[Ticket#%s] %s" % (tno, subj), b


LAYOUTS = {k: globals()["L_" + k] for k in REPORT_LAYOUTS}

# ----------------------------------------------------------------- notices and others

NOTICES = [
    ("lers_password_expiry", "facebook", "Meta Law Enforcement Portal <lers-noreply@facebookmail.com>",
     "Your Law Enforcement Portal password expires in 7 days",
     "Hello,\n\nThe password for your Law Enforcement Online Request System account scrb-sm-desk@police.example.in "
     "expires in 7 days. Sign in at https://www.facebook.com/records to change it.\n\nLast sign-in: 02 Dec 2026 09:14 UTC from 164.100.44.21\n\nMeta Law Enforcement Outreach"),
    ("portal_new_feature", "facebook", "Meta Law Enforcement Outreach <le-outreach@meta.com>",
     "New in the portal: bulk download of records",
     "Dear partner,\n\nYou can now download all records of a request as one ZIP archive. Emergency requests are "
     "still answered around the clock.\n\nMeta Law Enforcement Outreach"),
    ("holiday_coverage", "instagram", "Instagram Law Enforcement <lert@instagram.com>",
     "Holiday coverage for emergency requests",
     "Hello,\n\nOur emergency team remains available 24/7 during the holiday season. Non-emergency requests may take "
     "longer than usual between 24 December and 2 January.\n\nInstagram Law Enforcement Response Team"),
    ("training_certificate", "facebook", "Meta Safety Training <training@meta.com>",
     "Your certificate: Online safety investigations workshop",
     "Congratulations!\n\nThank you for attending the Online Safety Investigations workshop for Rajasthan Police on "
     "27 November 2026. Your participation certificate is available in the portal.\n\nMeta Trust & Safety Partnerships"),
    ("data_retention_notice", "whatsapp", "WhatsApp Law Enforcement Support <lers@support.meta.com>",
     "How long WhatsApp keeps account records",
     "Hello,\n\nA reminder of our retention practices: WhatsApp does not store message contents after delivery. "
     "Basic subscriber information and connection logs may be kept for a limited period. Send preservation requests "
     "through the portal.\n\nWhatsApp Law Enforcement Support"),
    ("survey_feedback", "instagram", "Instagram Safety <no-reply@mail.instagram.com>",
     "How did we do? Tell us about your recent request",
     "Hi,\n\nWe would like to hear about your experience with a recent request to Instagram. The survey takes about "
     "3 minutes.\n\nThank you,\nInstagram"),
    ("terms_update_portal", "facebook", "Meta Law Enforcement Portal <lers-noreply@facebookmail.com>",
     "Updated terms of use for the Law Enforcement Online Request System",
     "Hello,\n\nWe have updated the terms of use of the portal, effective 1 January 2027. Please review them the next "
     "time you sign in.\n\nMeta"),
    ("safety_resources_digest", "facebook", "Meta Safety <safety-news@fb.com>",
     "Safety partners digest: suicide prevention resources for India",
     "Hello partners,\n\nThis month: our suicide and self-harm prevention resources are now available in Hindi and "
     "eight more Indian languages. People searching for such content are shown Tele-MANAS 14416 and "
     "KIRAN 1800-599-0019.\n\nMeta Safety Policy"),
    ("wa_helpline_partnership", "whatsapp", "WhatsApp Safety <safety@support.meta.com>",
     "WhatsApp and Tele-MANAS: new helpline chatbot",
     "Hello,\n\nPeople in India can now reach Tele-MANAS (14416) through an official WhatsApp chatbot. We are sharing "
     "this so that your officers can point people to it.\n\nWhatsApp Safety"),
    ("threads_team_intro", "threads", "Threads Safety <safety@threads.meta.com>",
     "Introducing the Threads law enforcement contact",
     "Hello,\n\nRequests about Threads accounts are handled by the same team as Instagram. Use the existing portal and "
     "choose \"Threads\" as the service.\n\nThreads Safety"),
    ("emergency_contact_verify", "instagram", "Instagram Law Enforcement <lert@instagram.com>",
     "Please confirm your agency's 24x7 contact",
     "Hello,\n\nOnce a year we ask agencies to confirm the mailbox that receives emergency disclosures. If "
     "scrb-sm-desk@police.example.in is still correct, no action is needed.\n\nInstagram Law Enforcement Response Team"),
    ("spoofed_portal_notice", "facebook", "Facebook Security <security@faceb00k-portal.example.net>",
     "Action required: verify your law enforcement account",
     "Dear officer,\n\nYour portal account will be closed unless you verify it within 24 hours at "
     "http://faceb00k-portal.example.net/verify\n\nFacebook Security"),
]

OTHERS = [
    ("qmail_bounce", "MAILER-DAEMON@mail.police.example.in", "failure notice",
     "Hi. This is the qmail-send program at mail.police.example.in.\nI'm afraid I wasn't able to deliver your message "
     "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
     "<do-oldstation-xyz@police.example.in>:\nmailbox unavailable (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
     "Subject: [LL-2026-000311] HIGH risk - self-harm alert - PS Sojat\n"),
    ("dsn_delayed", "Mail Delivery System <postmaster@rajpolice.gov.in>", "Delivery delayed: [LL-2026-000318] MEDIUM risk",
     "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED "
     "TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed:\n\n   sho-bari-dhp@rajpolice.gov.in\n\n"
     "Will retry for 4 more days.\n"),
    ("vacation_autoreply_en", "SHO Nokha <sho-nokha-bkn@police.example.in>", "Auto: [LL-2026-000322] HIGH risk",
     "Thank you for your mail. I am away on election duty until 9 December with limited access to e-mail. "
     "Please contact the duty officer of PS Nokha.\n"),
    ("officer_not_ours_reply", "Duty Officer Deoli <do-deoli-tnk@police.example.in>", "Re: [LL-2026-000327] HIGH risk - PS Deoli",
     "NOT OURS PS Malpura\n\nThe village named is under Malpura police station.\n\n-- \nDuty Officer, PS Deoli\n\n"
     "On Wed, 2 Dec 2026 at 10:02, Lifeline <scrb-sm-desk@police.example.in> wrote:\n> [LL-2026-000327] HIGH risk\n> ...\n"),
    ("dgp_order_en", "PHQ Circulars <circulars@rajpolice.gov.in>", "Standing order: handling of social media emergency alerts",
     "STANDING ORDER No. 14/2026\n\nAll SHOs shall acknowledge emergency alerts from SCRB within five minutes and report "
     "the outcome within one hour. District control rooms shall monitor unacknowledged alerts.\n\nBy order,\nADG (Crime)\n"),
    ("vendor_amc_renewal", "Accounts <billing@mailsecure-vendor.example.com>", "AMC renewal: mail gateway licence 2027",
     "Dear Sir,\n\nThe annual maintenance contract for your mail security gateway expires on 31 December 2026. The "
     "renewal quotation is attached for your kind perusal.\n\nRegards,\nAccounts Team\n"),
    ("phish_password_expiry", "IT Helpdesk <helpdesk@police-example-in.example.com>", "Mailbox quota exceeded - validate now",
     "Your mailbox scrb-sm-desk has exceeded its quota. Validate your account within 24 hours or mail will be lost:\n"
     "http://police-example-in.example.com/owa/validate\n"),
    ("ngo_newsletter", "Saathi Foundation <news@saathi-foundation.example.org>", "Saathi newsletter: gatekeeper training in Jaipur",
     "Namaste,\n\nOur December gatekeeper training for police and teachers will be held in Jaipur. Participants learn to "
     "recognise warning signs of suicide and to refer people to AASRA (+91-9820466726) and Tele-MANAS (14416).\n\nSaathi Foundation\n"),
]

NOTICE_TRAPS = {"lers_password_expiry": ["portal_login_ip"], "safety_resources_digest": ["helpline"],
                "wa_helpline_partnership": ["helpline"], "ngo_newsletter": ["helpline"],
                "phish_password_expiry": ["inauthentic_sender", "lookalike_domain"]}

# ----------------------------------------------------------------- writing


def empty_expected(kind, layout, authentic, platform):
    return {"kind": kind, "layout": layout, "authentic": authentic, "forwarded": False, "platform": platform,
            "reference": None, "subject_name": None, "phones": [], "emails": [], "ips": [], "profile_urls": [],
            "usernames": [], "user_ids": [], "post_text": None, "post_time": None, "place": "", "district": None,
            "police_district": None, "outside_rajasthan": False, "topic_words": False, "traps": [], "place_kind": None}


def write(n, layout, msg, exp):
    raw = msg.as_bytes(policy=POL)
    if raw.startswith(b"Authentication-Results:"):
        head, rest = raw.split(b"\n", 1)
        while rest[:1] in (b" ", b"\t"):
            nxt, rest = rest.split(b"\n", 1)
            head = head.rstrip() + b" " + nxt.strip()
        raw = head + b"\n" + rest
    exp["topic_words"] = selfcheck.topic_words(raw)
    base = os.path.join(HERE, "%04d-%s" % (n, layout))
    with open(base + ".eml", "wb") as f:
        f.write(raw)
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")


def build_report(c, spoof=None):
    layout = c["layout"]
    c.setdefault("forwarded", False)
    subj, builder = LAYOUTS[layout](c)
    authentic = True
    if c["forwarded"]:
        m = new_msg(c, subj, from_=c["fwd_from"], auth="police" if R.random() < 0.6 else None,
                    date=c["date"] + timedelta(minutes=R.randint(15, 240)))
        authentic = False
    elif spoof:
        kind, dom, _ = spoof
        if kind == "lookalike":
            local = c["sender"][1].split("@")[0]
            m = new_msg(c, subj, from_=(c["sender"][0], "%s@%s" % (local, dom)), auth="ok")
            c["traps"] += ["inauthentic_sender", "lookalike_domain"]
        else:
            auth = {"dkim_fail": "fail", "no_ar": None, "untrusted": "untrusted", "untrusted_ar": "untrusted",
                    "other_d": "other_d"}[kind]
            m = new_msg(c, subj, auth=auth)
            c["traps"].append("inauthentic_sender")
        authentic = False
    else:
        m = new_msg(c, subj, auth="ok")
    builder(m)
    e = empty_expected("platform_report", layout, authentic, c["platform"])
    e.update(forwarded=c["forwarded"], reference=c["reference"], subject_name=None if c.get("noname") else c["name"], phones=c["phones"],
             emails=c["emails"], ips=[{"ip": x["ip"], "seen_at": x.get("seen")} for x in c["ips"]],
             profile_urls=c["profile_urls"], usernames=c["usernames"], user_ids=c["user_ids"],
             post_text=" ".join(c["post"].split()), post_time=c.get("post_iso"), place=c["place"],
             district=c["district"], police_district=c["police_district"], outside_rajasthan=c["outside"],
             traps=sorted(set(c["traps"])), place_kind=c["place_kind"])
    return m, e


def main():
    random.seed(7)  # MIME boundaries come from the global random module
    for f in glob.glob(os.path.join(HERE, "*.eml")) + glob.glob(os.path.join(HERE, "*.expected.json")):
        os.remove(f)
    slots = [("place", p) for p in C.PLACES] + [("outside", o) for o in C.OUTSIDE] + [("post", p) for p in C.POST_ONLY]
    R.shuffle(slots)
    layouts = (REPORT_LAYOUTS * 10)[:len(slots)]
    R.shuffle(layouts)
    n = 1
    spoof_i = 0
    items = []
    for i, (slot, layout) in enumerate(zip(slots, layouts)):
        spoof = None
        if layout not in FORWARDS and layout not in FORCE_PLATFORM and spoof_i < len(SPOOFS) and i % 12 == 7:
            spoof = SPOOFS[spoof_i]
            spoof_i += 1
            if spoof[2] == "whatsapp" and layout in NO_WA:
                spoof = (spoof[0], spoof[1], "facebook")
        c = make_case(i, slot, layout, spoof[2] if spoof else None)
        items.append((c, spoof))
    for c, spoof in items:
        m, e = build_report(c, spoof)
        write(n, c["layout"], m, e)
        n += 1
    for layout, plat, frm, subj, body in NOTICES:
        name, addr = frm.rsplit(" <", 1)
        addr = addr.rstrip(">")
        spoof = "example" in addr
        m = new_msg(None, subj, from_=(name, addr), auth=None if spoof else "ok", date=rand_dt())
        m.set_content(body + "\n", cte="8bit")
        e = empty_expected("platform_notice", layout, not spoof, plat)
        if spoof:
            e["traps"] = ["inauthentic_sender", "lookalike_domain"]
        e["traps"] += NOTICE_TRAPS.get(layout, [])
        write(n, layout, m, e)
        n += 1
    for layout, frm, subj, body in OTHERS:
        if "<" in frm:
            name, addr = frm.rsplit(" <", 1)
            addr = addr.rstrip(">")
        else:
            name, addr = "", frm
        m = new_msg(None, subj, from_=(name, addr), auth="police" if "police.example.in" in addr else None,
                    date=rand_dt())
        if layout.startswith(("vacation", "qmail", "dsn")):
            m["Auto-Submitted"] = "auto-replied" if layout.startswith("vacation") else "auto-generated"
        m.set_content(body, cte="8bit")
        e = empty_expected("other", layout, False, None)
        e["traps"] = NOTICE_TRAPS.get(layout, [])
        write(n, layout, m, e)
        n += 1
    print("wrote %d mails" % (n - 1))


if __name__ == "__main__":
    main()
