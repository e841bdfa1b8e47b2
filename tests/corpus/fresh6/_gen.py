#!/usr/bin/env python3
"""Deterministic generator of the fresh6 corpus (stdlib only). `python3 _gen.py` rewrites all mails."""
import base64, glob, html, ipaddress, json, os, quopri, random, re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

import _cases as C
import selfcheck as SC

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261206)
UTC = timezone.utc
IST = timezone(timedelta(hours=5, minutes=30))
PST = timezone(timedelta(hours=-8))
DESK = "scrb-sm-desk@police.example.in"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ------------------------------------------------------------------ small helpers
def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if dt else None


def tfmt(dt, style):
    """(string, effective UTC datetime) for one time style."""
    u = dt.astimezone(UTC)
    if style in ("dmy_utc", "us_pst", "ist_min", "hhmm", "utc_min", "deva", "ist_words"):
        u = u.replace(second=0)
    i, p = u.astimezone(IST), u.astimezone(PST)
    h12 = lambda t: "%d:%02d %s" % ((t.hour % 12) or 12, t.minute, "AM" if t.hour < 12 else "PM")
    s = {
        "iso_z": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "utc_bare": u.strftime("%Y-%m-%d %H:%M:%S"),
        "utc_sp": u.strftime("%Y-%m-%d %H:%M:%S") + " UTC",
        "utc_min": u.strftime("%Y-%m-%d %H:%M") + " UTC",
        "rfc2822": format_datetime(u),
        "dmy_utc": "%d %s %d %02d:%02d UTC" % (u.day, MON[u.month - 1], u.year, u.hour, u.minute),
        "us_pst": "%02d/%02d/%d %s PST" % (p.month, p.day, p.year, h12(p)),
        "ist_iso": i.strftime("%Y-%m-%dT%H:%M:%S+05:30"),
        "ist_min": i.strftime("%Y-%m-%d %H:%M") + " IST",
        "ist_words": "%d %s %d, %d:%02d %s IST" % (i.day, MON[i.month - 1], i.year, (i.hour % 12) or 12, i.minute,
                                                   "am" if i.hour < 12 else "pm"),
        "epoch": str(int(u.timestamp())),
        "hhmm": "%02d%02d UTC %d %s %d" % (u.hour, u.minute, u.day, MON[u.month - 1].upper(), u.year),
        "deva": i.strftime("%Y-%m-%d %H:%M").translate(str.maketrans("0123456789", "०१२३४५६७८९")) + " IST",
    }[style]
    return s, u


def pfmt(d10, style):
    a, b = d10[:5], d10[5:]
    return {
        "plus_sp": "+91 %s %s" % (a, b), "zero": "0%s %s" % (a, b), "intl00": "0091-%s" % d10,
        "dash91": "91-%s-%s" % (a, b), "plus_dash": "+91-%s" % d10, "bare": d10,
        "three": "+91 %s %s %s" % (d10[:3], d10[3:6], d10[6:]),
        "deva": ("+९१ " + a + " " + b).translate(str.maketrans("0123456789", "०१२३४५६७८९")),
        "paren": "(+91) %s-%s" % (a, b),
    }[style]


def mobile():
    return R.choice("6789") + "".join(R.choice("0123456789") for _ in range(9))


V4 = ["49.36", "106.215", "157.38", "27.61", "223.187", "117.99", "103.21", "182.69", "59.89", "122.161",
      "1.38", "42.108", "152.58", "171.79", "203.0.113", "198.51.100"]


def ipv4():
    p = R.choice(V4)
    n = 4 - p.count(".") - 1
    return p + "".join("." + str(R.randint(1, 254)) for _ in range(n))


def ipv6():
    pre = R.choice(["2401:4900", "2409:4081", "2405:201", "2409:40d4", "2402:3a80", "2001:db8"])
    groups = [R.randint(0, 0xffff) for _ in range(6 if pre.count(":") == 1 else 5)]
    if R.random() < 0.5:
        groups[2] = 0
        groups[3] = 0
    return str(ipaddress.ip_address(pre + ":" + ":".join("%x" % g for g in groups)))


def v6form(a, k):
    ip = ipaddress.ip_address(a)
    if ip.version == 4:
        return a
    return {0: a, 1: a.upper(), 2: ip.exploded, 3: "[%s]:443" % a, 4: ip.exploded.upper()}[k % 5]


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(s, charset="utf-8"):
    return quopri.encodestring(s.encode(charset)).decode("ascii")


def b64(b):
    return base64.encodebytes(b).decode("ascii")


def esc(s):
    return html.escape(s, quote=True)


# ------------------------------------------------------------------ MIME builders (raw text)
def leaf(body, ctype="text/plain", charset="utf-8", cte="8bit", fname=None, inline=False):
    h = ["Content-Type: %s%s%s" % (ctype, '; charset="%s"' % charset if charset else "",
                                   '; name="%s"' % fname if fname else "")]
    if fname:
        h.append('Content-Disposition: %s; filename="%s"' % ("inline" if inline else "attachment", fname))
    if isinstance(body, str) and cte in ("base64", "quoted-printable"):
        body = body.encode(charset or "utf-8")
    if cte == "base64":
        payload = b64(body)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(body).decode("ascii")
    else:
        payload = body
        if ctype == "text/html":
            payload = payload.replace("><", ">\n<")
    h.append("Content-Transfer-Encoding: %s" % cte)
    return "\n".join(h) + "\n\n" + payload


def multi(sub, parts, bnd):
    out = ['Content-Type: multipart/%s; boundary="%s"' % (sub, bnd), ""]
    for p in parts:
        out += ["--" + bnd, p.rstrip("\n"), ""]
    out.append("--" + bnd + "--")
    return "\n".join(out) + "\n"


def rfc822_part(inner):
    return "Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner


# ------------------------------------------------------------------ senders / headers
PLAT_FROM = {
    "facebook": [("Facebook Law Enforcement Response Team", "records@support.facebook.com"),
                 ("Meta Law Enforcement Outreach", "lert@facebookmail.com"),
                 ("Facebook Safety", "safety-noreply@fb.com")],
    "instagram": [("Instagram Safety", "no-reply@mail.instagram.com"),
                  ("Instagram Law Enforcement", "lers@mail.instagram.com")],
    "whatsapp": [("WhatsApp Law Enforcement Support", "wa-lers@support.meta.com"),
                 ("WhatsApp Emergency", "emergency@lers.meta.com")],
    "threads": [("Threads Safety", "safety@threads.meta.com"), ("Meta Trust & Safety", "threads-lert@lers.meta.com")],
}
PNAME = {"facebook": "Facebook", "instagram": "Instagram", "whatsapp": "WhatsApp", "threads": "Threads"}
LOOKALIKE = {"facebook": "support.faceb00k.example", "instagram": "instagram-safety.example.com",
             "whatsapp": "whatsapp-support.example.org", "threads": "meta-lers.example.net"}
MTA_IPS = {"support.facebook.com": "69.171.232.10", "facebookmail.com": "66.220.144.151",
           "fb.com": "173.252.96.21", "mail.instagram.com": "66.220.155.18", "support.meta.com": "57.144.12.9",
           "lers.meta.com": "57.144.20.31", "threads.meta.com": "57.144.33.7"}


def ar(mode, dom):
    if mode == "pass":
        return ("Authentication-Results: mail.police.example.in;\n\tdkim=pass header.d=%s header.s=s%d;\n"
                "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass header.from=%s" % (dom, R.randint(1, 9), dom, dom))
    if mode == "fail":
        return ("Authentication-Results: mail.police.example.in;\n\tdkim=fail (body hash did not verify) "
                "header.d=%s;\n\tdmarc=fail header.from=%s" % (dom, dom))
    if mode == "untrusted":
        return ("Authentication-Results: mx1.example.net;\n\tdkim=pass header.d=%s;\n\tdmarc=pass header.from=%s"
                % (dom, dom))
    if mode == "otherd":
        return ("Authentication-Results: mail.police.example.in;\n\tdkim=pass header.d=bulk-mailer.example.org;\n"
                "\tdmarc=fail header.from=%s" % dom)
    return None


def headers(frm_name, frm, subject, date, mode="pass", extra=(), to=DESK, received=True):
    dom = frm.rsplit("@", 1)[1]
    h = []
    a = ar(mode, dom)
    if a:
        h.append(a)
    if received:
        ip = MTA_IPS.get(dom, "203.0.113.%d" % R.randint(2, 250))
        h.append("Received: from mx-out.%s (mx-out.%s [%s])\n\tby mail.police.example.in with ESMTPS id %s\n"
                 "\tfor <%s>; %s" % (dom, dom, ip, "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                                          for _ in range(12)), to, format_datetime(date)))
    h += ["From: %s <%s>" % (enc_subject(frm_name), frm), "To: %s" % to, "Subject: %s" % enc_subject(subject),
          "Date: %s" % format_datetime(date),
          "Message-ID: <%s.%d@%s>" % ("".join(R.choice("abcdef0123456789") for _ in range(16)),
                                      int(date.timestamp()), dom), "MIME-Version: 1.0"]
    h += list(extra)
    return "\n".join(h) + "\n"


# ------------------------------------------------------------------ cases
LABELS = {
    "std": dict(ref="Reference number", name="Name", url="Profile URL", uid="User ID", user="Username",
                phone="Registered mobile", phone2="Alternate mobile", email="Registered email",
                place="City (profile)", ptime="Posted", post="Text", ips="Recent login IP addresses"),
    "alt": dict(ref="Case ID", name="Account holder", url="Profile link", uid="Account ID", user="Handle",
                phone="Reachable on", phone2="Also reachable on", email="E-mail on file", place="Resides at",
                ptime="Date/time of content", post="Content", ips="Network address"),
    "alt2": dict(ref="Request no.", name="Full name", url="Account URL", uid="FBID", user="Screen name",
                 phone="Contact number", phone2="Secondary number", email="Email address",
                 place="Last known location", ptime="Captured at", post="Post text", ips="Login activity"),
    "alt3": dict(ref="Our reference", name="Subscriber", url="Link to profile", uid="Account ID",
                 user="Handle", phone="Mobile (verified)", phone2="Mobile (unverified)", email="Contact e-mail",
                 place="Geo", ptime="Content created", post="Status text", ips="Connection log"),
    "hi": dict(ref="संदर्भ संख्या", name="नाम", url="प्रोफ़ाइल लिंक", uid="यूज़र आईडी", user="यूज़रनेम",
               phone="मोबाइल नंबर", phone2="दूसरा मोबाइल", email="ईमेल", place="पता", ptime="पोस्ट का समय",
               post="पोस्ट", ips="लॉगिन आईपी"),
}
TIME_STYLES = ["iso_z", "utc_sp", "utc_min", "rfc2822", "dmy_utc", "us_pst", "ist_iso", "ist_min", "epoch",
               "hhmm", "ist_words"]
PHONE_STYLES = ["plus_sp", "zero", "intl00", "dash91", "plus_dash", "bare", "three", "paren"]


def make_case(i, prow, platform, topic):
    place, district, pd, pkind, outside = prow[:5]
    name = "%s %s" % (R.choice(C.FIRST), R.choice(C.LAST))
    base = datetime(2026, 11, 2, tzinfo=UTC) + timedelta(minutes=R.randint(0, 30 * 24 * 60), seconds=R.randint(0, 59))
    c = dict(i=i, platform=platform, name=name, place=place, district=district, pd=pd, pkind=pkind,
             outside=outside, traps=[], topic=topic)
    if pkind == "post_only":
        c["post"] = prow[5]
    else:
        if R.random() < 0.12:
            c["post"], _ = R.choice(C.POSTS_PLACE_TRAP)
            c["traps"].append("post_place")
        else:
            c["post"] = R.choice(C.POSTS_TOPIC if topic else C.POSTS_NEUTRAL)
        if not topic and SC.TOPIC.search(c["post"]):
            c["post"] = R.choice(C.POSTS_NEUTRAL)
    c["ptime"] = base
    c["phones"] = [mobile()] + ([mobile()] if R.random() < 0.2 else [])
    c["email"] = ("%s.%s%d@%s" % (name.split()[0].lower(), name.split()[-1].lower(), R.randint(1, 99),
                                  R.choice(["example.com", "example.in", "example.org"]))
                  if R.random() < 0.45 else None)
    nip = R.choice([1, 1, 2, 2, 3])
    c["ips"] = []
    for k in range(nip):
        a = ipv6() if R.random() < 0.35 else ipv4()
        c["ips"].append([a, base - timedelta(minutes=R.randint(1, 600), seconds=R.randint(0, 59))])
    c["ips"].sort(key=lambda x: x[1], reverse=True)
    u = "%s_%s%d" % (name.split()[0].lower(), name.split()[-1].lower()[:4], R.randint(1, 999))
    c["username"], c["uid"], c["url"] = None, None, None
    if platform == "facebook":
        c["uid"] = "1000%011d" % R.randint(0, 10 ** 11 - 1)
        if R.random() < 0.5:
            c["url"] = "https://www.facebook.com/profile.php?id=" + c["uid"]
        else:
            c["url"] = "https://www.facebook.com/" + u.replace("_", ".")
        c["ref"] = (R.choice("6789") + "%09d" % R.randint(0, 10 ** 9 - 1)) if R.random() < 0.6 else \
            "LERT-2026-%06d" % R.randint(0, 999999)
    elif platform == "instagram":
        c["username"] = u
        c["url"] = "https://www.instagram.com/%s/" % u
        if R.random() < 0.5:
            c["uid"] = str(R.randint(10 ** 10, 10 ** 11))
        c["ref"] = "IG-%08d" % R.randint(0, 10 ** 8 - 1) if R.random() < 0.6 else \
            (R.choice("6789") + "%09d" % R.randint(0, 10 ** 9 - 1))
    elif platform == "threads":
        c["username"] = u
        c["url"] = "https://www.threads.net/@%s" % u
        c["ref"] = "TH-2026-%05d" % R.randint(0, 99999)
    else:
        c["ref"] = "WA-ER-%06d" % R.randint(0, 999999)
    if c["ref"][0] in "6789" and len(c["ref"]) == 10:
        c["traps"].append("request_id_phone_like")
    c["tstyle"] = R.choice(TIME_STYLES)
    c["pstyle"] = R.choice(PHONE_STYLES)
    c["has_ptime"] = R.random() < 0.85
    c["ip_times"] = R.random() < 0.85
    c["date"] = base + timedelta(minutes=R.randint(3, 40))
    return c


# expected builder; renderers call these helpers so expected follows what was written
class Out:
    def __init__(self, c):
        self.c = c
        self.phones, self.emails, self.ips, self.ptime = [], [], [], None
        self.traps = list(c["traps"])

    def phone(self, k=0, style=None):
        d = self.c["phones"][k]
        self.phones.append("+91" + d)
        return pfmt(d, style or self.c["pstyle"])

    def email(self):
        self.emails.append(self.c["email"])
        return self.c["email"]

    def ip(self, k, style=None, form=0, with_time=None):
        a, t = self.c["ips"][k]
        wt = self.c["ip_times"] if with_time is None else with_time
        if not wt:
            self.ips.append({"ip": a, "seen_at": None})
            return v6form(a, form), ""
        s, u = tfmt(t, style or self.c["tstyle"])
        self.ips.append({"ip": a, "seen_at": iso(u)})
        return v6form(a, form), s

    def post_time(self, style=None):
        if not self.c["has_ptime"]:
            return None
        s, u = tfmt(self.c["ptime"], style or self.c["tstyle"])
        self.ptime = iso(u)
        return s

    def trap(self, t):
        if t not in self.traps:
            self.traps.append(t)


HELPLINES = [
    "If there is immediate danger, call 112.",
    "Tele-MANAS helpline: 14416 or 1-800-891-4416 (24x7, free).",
    "AASRA: +91-9820466726 (24x7).",
    "Kiran mental health helpline: 1800-599-0019.",
]


def helpline(o):
    o.trap("helpline")
    return R.choice(HELPLINES)


def fields(o, L, ip_style=None, want=("ref", "name", "url", "uid", "user", "phone", "email", "place")):
    """Ordered (label, value) list of the person facts."""
    c = o.c
    f = []
    for k in want:
        if k == "ref":
            f.append((L["ref"], c["ref"]))
        elif k == "name":
            f.append((L["name"], c["name"]))
        elif k == "url" and c["url"]:
            f.append((L["url"], c["url"]))
        elif k == "uid" and c["uid"]:
            f.append((L["uid"] if c["platform"] != "instagram" else "Account ID", c["uid"]))
        elif k == "user" and c["username"]:
            f.append((L["user"], ("@" if R.random() < 0.5 else "") + c["username"]))
        elif k == "phone":
            f.append((L["phone"], o.phone(0)))
            if len(c["phones"]) > 1:
                f.append((L["phone2"], o.phone(1)))
        elif k == "email" and c["email"]:
            f.append((L["email"], o.email()))
        elif k == "place" and c["place"]:
            f.append((L["place"], c["place"]))
    return f


def subj_for(c, fwd=False):
    p = PNAME[c["platform"]]
    if c["topic"]:
        s = R.choice(["Emergency Referral: %s user may be at risk of self-harm [Ref %s]",
                      "Urgent: %s self-harm alert - case %s", "%s suicide risk notification (%s)"]) % (p, c["ref"])
    else:
        s = R.choice(["Emergency Disclosure - %s - %s", "Urgent safety referral (%s) %s",
                      "%s: a person may need help - Ref %s", "Emergency request %s / %s"]) % (p, c["ref"])
    return s


def intro(c):
    if c["topic"]:
        return R.choice(["Our team has identified content indicating that the person below may be at imminent "
                         "risk of self-harm.", "We are sharing this emergency disclosure because a user may "
                         "attempt suicide."])
    return R.choice(["We are contacting you in an emergency involving a risk of death or serious physical injury "
                     "to the person below.", "A person may need help. Please check on their wellbeing urgently.",
                     "Emergency Disclosure. The account holder below may be in danger; please act."])


def extras(o, lines):
    """Traps appended to the fact list: account dates, reporter, support phone."""
    c = o.c
    if R.random() < 0.3:
        lines.append(("Account created", "%d-%02d-%02d" % (R.randint(2012, 2022), R.randint(1, 12), R.randint(1, 28))))
        o.trap("account_dates")
    if R.random() < 0.2:
        lines.append(("Reported by", "a friend (%s, +91 %s, %s)" % (R.choice(C.FIRST), mobile(),
                                                                    R.choice(["Mumbai", "Delhi", "Surat"]))))
        o.trap("reporter_details")
    return lines


# ------------------------------------------------------------------ report layouts
# each takes (c, o) and returns (raw_mail_text, forwarded)

def ip_rows(o, style=None, forms=False):
    rows = []
    for k in range(len(o.c["ips"])):
        a, t = o.ip(k, style, form=(R.randint(0, 4) if forms else 0))
        rows.append((a, t))
    return rows


def base_frm(c, auth):
    if auth == "lookalike":
        dom = LOOKALIKE[c["platform"]]
        return PNAME[c["platform"]] + " Safety Team", "alerts@" + dom, "pass"
    n, a = R.choice(PLAT_FROM[c["platform"]])
    return n, a, auth


def footer(o):
    s = ""
    if R.random() < 0.6:
        s += "\n" + helpline(o)
    if R.random() < 0.2:
        s += "\nMeta Platforms, Inc., 1 Meta Way, Menlo Park, CA. +1 650-543-4800"
        o.trap("platform_support_phone")
    return s


def L_th_vertical(c, o):
    L = LABELS["alt"]
    f = extras(o, fields(o, L))
    rows = "".join('<tr><th scope="row" style="text-align:left">%s</th><td>%s</td></tr>\n' % (esc(a), esc(b))
                   for a, b in f)
    pt = o.post_time("ist_iso")
    if pt:
        rows += "<tr><th>%s</th><td>%s</td></tr>\n" % (L["ptime"], pt)
    rows += "<tr><th>%s</th><td>%s</td></tr>\n" % (L["post"], esc(c["post"]))
    for a, t in ip_rows(o, "ist_iso"):
        rows += "<tr><th>%s</th><td>%s%s</td></tr>\n" % (L["ips"], a, (" &mdash; " + t) if t else "")
    body = "<html><body><p>%s</p><table>%s</table><p>%s</p></body></html>" % (esc(intro(c)), rows, esc(footer(o)))
    return leaf(body, "text/html", cte="quoted-printable"), False


def L_three_col_plain(c, o):
    L = LABELS["std"]
    f = fields(o, L)
    src = ["profile", "account settings", "verified by SMS", "self-declared", "registration", "profile"]
    w = max(len(a) for a, _ in f) + 2
    lines = ["Field".ljust(w) + "| Value".ljust(44) + "| Source", "-" * (w + 60)]
    for j, (a, b) in enumerate(f):
        lines.append(a.ljust(w) + "| " + b.ljust(42) + "| " + src[j % len(src)])
    pt = o.post_time()
    if pt:
        lines.append(L["ptime"].ljust(w) + "| " + pt.ljust(42) + "| content metadata")
    for a, t in ip_rows(o):
        lines.append("Login IP".ljust(w) + "| " + (a + (" at " + t if t else "")).ljust(42) + "| login records")
    lines.append(L["post"].ljust(w) + "| " + c["post"])
    body = intro(c) + "\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body), False


def L_three_col_html(c, o):
    L = LABELS["alt2"]
    f = extras(o, fields(o, L))
    tr = lambda a, b, n: "<tr><td>%s</td><td>%s</td><td><i>%s</i></td></tr>" % (esc(a), esc(b), n)
    rows = [tr(a, b, R.choice(["account", "profile", "self-reported", "—"])) for a, b in f]
    pt = o.post_time()
    if pt:
        rows.append(tr(L["ptime"], pt, "UTC unless stated" if "UTC" in pt else "as logged"))
    rows.append(tr(L["post"], c["post"], "verbatim"))
    for a, t in ip_rows(o):
        rows.append(tr("IP address", a, ("seen " + t) if t else "no time recorded"))
    body = ("<html><body><p>%s</p><table border=1><tr><th>Field</th><th>Value</th><th>Notes</th></tr>%s</table>"
            "<p>%s</p></body></html>" % (esc(intro(c)), "\n".join(rows), esc(footer(o))))
    txt = "This message is best viewed as HTML. Reference: %s\n" % c["ref"]
    return multi("alternative", [leaf(txt), leaf(body, "text/html", cte="base64")], "=_3c_%d" % c["i"]), False


def L_nested_tables(c, o):
    L = LABELS["std"]
    f = fields(o, L)
    inner = "".join('<tr><td class="k" width="35%%"><font size="2">%s</font></td><td class="v"><table><tr><td>'
                    '<font size="2"><b>%s</b></font></td></tr></table></td></tr>\n' % (esc(a), esc(b)) for a, b in f)
    pt = o.post_time()
    post = ('<tr><td colspan="2"><table width="100%%"><tr><td bgcolor="#eee">%s%s</td></tr><tr><td>%s</td></tr>'
            '</table></td></tr>' % (L["post"], (" (" + pt + ")") if pt else "", esc(c["post"])))
    iprows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (a, t or "&nbsp;") for a, t in ip_rows(o))
    body = ('<html><body><table width="600"><tr><td><table><tr><td>{{intro}}</td></tr></table>'.replace(
        "{{intro}}", esc(intro(c))) + '<table cellpadding="3">%s%s</table><table><tr><th>IP</th><th>Time</th></tr>%s'
            '</table><table><tr><td>%s</td></tr></table></td></tr></table></body></html>' % (
                inner, post, iprows, esc(footer(o))))
    return leaf(body, "text/html", cte="quoted-printable"), False


def L_span_css(c, o):
    L = LABELS["alt3"]
    f = extras(o, fields(o, L))
    rows = "".join('<div class="row"><span class="lbl">%s</span> <span class="val">%s</span></div>\n'
                   % (esc(a), esc(b)) for a, b in f)
    pt = o.post_time()
    if pt:
        rows += '<div class="row"><span class="lbl">%s</span> <span class="val">%s</span></div>\n' % (L["ptime"], pt)
    rows += '<div class="post"><span class="lbl">%s</span><blockquote>%s</blockquote></div>\n' % (
        L["post"], esc(c["post"]))
    for a, t in ip_rows(o):
        rows += '<div class="ip"><span class="lbl">IP</span> <span class="val">%s</span> <span class="ts">%s</span></div>\n' % (a, t)
    css = "<style>.lbl{font-weight:bold;color:#555}.val{color:#000}</style>"
    body = "<html><head>%s</head><body><div class='card'><p>%s</p>%s</div><p class='foot'>%s</p></body></html>" % (
        css, esc(intro(c)), rows, esc(footer(o)))
    txt = intro(c) + "\n(HTML version contains the details.)\n"
    return multi("alternative", [leaf(txt), leaf(body, "text/html", cte="quoted-printable")], "b_css%d" % c["i"]), False


def L_html_list(c, o):
    L = LABELS["alt"]
    f = fields(o, L)
    li = "".join("<li><b>%s</b>: %s</li>" % (esc(a), esc(b) if not b.startswith("http") else
                                             '<a href="%s">%s</a>' % (b, esc(b))) for a, b in f)
    pt = o.post_time()
    if pt:
        li += "<li><b>%s</b>: %s</li>" % (L["ptime"], pt)
    li += "<li><b>%s</b>: <q>%s</q></li>" % (L["post"], esc(c["post"]))
    ipl = "".join("<li>%s%s</li>" % (a, (" (" + t + ")") if t else "") for a, t in ip_rows(o))
    body = "<html><body><p>%s</p><ul>%s</ul><p>IP activity:</p><ol>%s</ol><p>%s</p></body></html>" % (
        esc(intro(c)), li, ipl, esc(footer(o)))
    return leaf(body, "text/html"), False


def L_right_aligned(c, o):
    L = LABELS["alt2"]
    f = extras(o, fields(o, L))
    pt = o.post_time()
    if pt:
        f.append((L["ptime"], pt))
    for a, t in ip_rows(o):
        f.append(("IP", a + ("  " + t if t else "")))
    f.append((L["post"], c["post"]))
    w = max(len(a) for a, _ in f)
    body = intro(c) + "\n\n" + "\n".join("%s : %s" % (a.rjust(w), b) for a, b in f) + "\n" + footer(o) + "\n"
    return leaf(body), False


def L_bullets_endash(c, o):
    L = LABELS["alt3"]
    f = fields(o, L)
    pt = o.post_time()
    lines = ["  \u25e6 %s \u2013 %s" % (a, b) for a, b in f]
    if pt:
        lines.append("  \u25e6 %s \u2013 %s" % (L["ptime"], pt))
    lines.append("  \u25e6 %s \u2013 %s" % (L["post"], c["post"]))
    lines.append("  \u25e6 Connections:")
    lines += ["      \u2022 %s%s" % (a, (" \u2013 " + t) if t else "") for a, t in ip_rows(o)]
    body = intro(c) + "\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body, cte="quoted-printable"), False


def L_qa_form(c, o):
    q = {"Reference number": "What is the case reference?", "Name": "Who is the account holder?",
         "Profile URL": "Profile URL?", "User ID": "What is the user ID?", "Username": "What is the username?",
         "Registered mobile": "Which phone number is on the account?", "Alternate mobile": "Any other number?",
         "Registered email": "Which e-mail is on the account?", "City (profile)": "Where does the person live?",
         "Account ID": "What is the account ID?"}
    f = fields(o, LABELS["std"])
    lines = []
    for a, b in f:
        lines += ["Q. " + q.get(a, a + "?"), "A. " + b, ""]
    pt = o.post_time()
    if pt:
        lines += ["Q. When was the content posted?", "A. " + pt, ""]
    lines += ["Q. What did the person post?", "A. " + c["post"], ""]
    rows = ip_rows(o)
    lines += ["Q. From which IP addresses did the account connect?"]
    lines += ["A. %s%s" % (a, (" on " + t) if t else "") for a, t in rows]
    body = intro(c) + "\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body), False


def L_ini_sections(c, o):
    L = LABELS["std"]
    out = ["; %s" % intro(c), "[case]", "reference = %s" % c["ref"], "platform = %s" % PNAME[c["platform"]], "",
           "[subject]", "name = %s" % c["name"]]
    if c["url"]:
        out.append("profile_url = %s" % c["url"])
    if c["uid"]:
        out.append("user_id = %s" % c["uid"])
    if c["username"]:
        out.append("username = %s" % c["username"])
    out.append("phone = %s" % o.phone(0))
    if len(c["phones"]) > 1:
        out.append("phone_alt = %s" % o.phone(1))
    if c["email"]:
        out.append("email = %s" % o.email())
    if c["place"]:
        out.append("location = %s" % c["place"])
    out += ["", "[content]"]
    pt = o.post_time("iso_z")
    if pt:
        out.append("posted_at = %s" % pt)
    out.append("text = %s" % c["post"])
    out += ["", "[logins]"]
    for j, (a, t) in enumerate(ip_rows(o, "iso_z")):
        out.append("login.%d = %s%s" % (j + 1, a, (" " + t) if t else ""))
    body = "\n".join(out) + "\n" + footer(o) + "\n"
    return leaf(body, cte="base64"), False


def L_logfmt_epoch(c, o):
    out = [intro(c), "", 'case_ref=%s platform=%s' % (c["ref"], c["platform"]),
           'subject.name="%s"' % c["name"]]
    if c["uid"]:
        out.append("subject.user_id=%s" % c["uid"])
    if c["username"]:
        out.append("subject.username=%s" % c["username"])
    if c["url"]:
        out.append("subject.profile=%s" % c["url"])
    out.append("subject.phone=%s" % o.phone(0, "plus_dash"))
    if len(c["phones"]) > 1:
        out.append("subject.phone=%s" % o.phone(1, "plus_dash"))
    if c["email"]:
        out.append("subject.email=%s" % o.email())
    if c["place"]:
        out.append('subject.location="%s"' % c["place"])
    pt = o.post_time("epoch")
    out.append('content.text="%s"%s' % (c["post"], (" content.ts=" + pt) if pt else ""))
    for a, t in ip_rows(o, "epoch"):
        out.append("event=login ip=%s%s" % (a, (" ts=" + t) if t else ""))
    out.append("(ts values are Unix epoch seconds)")
    body = "\n".join(out) + "\n" + footer(o) + "\n"
    return leaf(body), False


def L_side_by_side(c, o):
    L = LABELS["std"]
    f = fields(o, L)
    pt = o.post_time()
    if pt:
        f.append((L["ptime"], pt))
    lines = []
    for j in range(0, len(f), 2):
        left = "%s: %s" % f[j]
        right = ("%s: %s" % f[j + 1]) if j + 1 < len(f) else ""
        lines.append(left.ljust(58) + right)
    rows = ip_rows(o)
    lines.append("")
    lines.append("IP address".ljust(42) + "Time")
    lines += [a.ljust(42) + t for a, t in rows]
    lines += ["", "%s: %s" % (L["post"], c["post"])]
    body = intro(c) + "\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body), False


def L_telex_caps(c, o):
    P = PNAME[c["platform"]].upper()
    c["name"] = c["name"].upper()
    c["place"] = c["place"].upper()
    parts = ["%s EMERGENCY DISCLOSURE REF %s" % (P, c["ref"]), "NAME %s" % c["name"]]
    if c["uid"]:
        parts.append("UID %s" % c["uid"])
    if c["username"]:
        parts.append("HANDLE %s" % c["username"])
    parts.append("PH %s" % o.phone(0, "bare"))
    if len(c["phones"]) > 1:
        parts.append("PH2 %s" % o.phone(1, "bare"))
    if c["place"]:
        parts.append("LOC %s" % c["place"])
    pt = o.post_time("hhmm")
    if pt:
        parts.append("POSTED %s" % pt)
    for a, t in ip_rows(o, "hhmm"):
        parts.append("IP %s%s" % (a, (" " + t) if t else ""))
    if c["url"]:
        parts.append("URL " + c["url"])
    if c["email"]:
        parts.append("EMAIL " + o.email())
    parts.append("TEXT: " + c["post"])
    body = " // ".join(parts[:2]) + "\n" + "\n".join(parts[2:]) + "\nEND\n" + footer(o) + "\n"
    return leaf(body), False


def L_legal_preamble(c, o):
    pre = ("IMPORTANT NOTICE: This disclosure is made voluntarily under 18 U.S.C. \u00a7 2702(b)(8) and "
           "\u00a7 2702(c)(4), which permit a provider to disclose information to a governmental entity if the "
           "provider in good faith believes that an emergency involving danger of death or serious physical "
           "injury to any person requires disclosure without delay. Nothing in this message waives any "
           "objection. The information is provided as-is, may be incomplete, and must be used only for the "
           "purpose of responding to the emergency. Onward disclosure is not permitted except as required by "
           "law. This message and its contents are confidential.\n\n") * R.choice([1, 2])
    L = LABELS["alt2"]
    f = extras(o, fields(o, L))
    lines = ["%s: %s" % x for x in f]
    pt = o.post_time()
    if pt:
        lines.append("%s: %s" % (L["ptime"], pt))
    lines.append("%s: %s" % (L["post"], c["post"]))
    for a, t in ip_rows(o):
        lines.append("IP: %s%s" % (a, ("   " + t) if t else ""))
    body = pre + "SUBSCRIBER INFORMATION\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body, cte="quoted-printable"), False


def L_multi_ip_line(c, o):
    L = LABELS["std"]
    f = fields(o, L)
    pt = o.post_time()
    ips = ip_rows(o)
    ipl = ", ".join("%s%s" % (a, (" (" + t + ")") if t else "") for a, t in ips)
    lines = ["%s: %s" % x for x in f] + (["%s: %s" % (L["ptime"], pt)] if pt else []) + \
        ["IPs: " + ipl, "%s: %s" % (L["post"], c["post"])]
    body = intro(c) + "\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body), False


def L_ipv6_forms(c, o):
    if not any(":" in a for a, _ in c["ips"]):
        c["ips"].append([ipv6(), c["ptime"] - timedelta(minutes=3)])
    L = LABELS["alt"]
    f = fields(o, L)
    pt = o.post_time()
    lines = ["%s: %s" % x for x in f] + (["%s: %s" % (L["ptime"], pt)] if pt else [])
    lines.append("")
    lines.append("%s (source address, time):" % L["ips"])
    lines += ["  %s  %s" % (a, t) for a, t in ip_rows(o, forms=True)]
    lines += ["", "%s: %s" % (L["post"], c["post"])]
    body = intro(c) + "\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body), False


def L_us_pst_activity(c, o):
    L = LABELS["std"]
    f = fields(o, L)
    pt = o.post_time("us_pst")
    lines = ["%s: %s" % x for x in f]
    lines += ["", "ACTIVITY LOG (Pacific Time)"]
    if pt:
        lines.append("%s  Posted status" % pt)
    lines += ["%s  Login from %s" % (t, a) if t else "(time unavailable)  Login from %s" % a
              for a, t in ip_rows(o, "us_pst")]
    lines += ["", "Status text:", "    " + c["post"]]
    body = intro(c) + "\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body), False


def _latin_post(c):
    if c["pkind"] == "post_only" and re.search(r"[\u0900-\u097f]", c["post"]):
        raise ValueError("latin layout with Devanagari post_only post")
    # cp1252 / latin-1 bodies cannot carry Devanagari: pick a Latin-script post
    if re.search(r"[\u0900-\u097f]", c["post"]):
        pool = [p for p in (C.POSTS_TOPIC if c["topic"] else C.POSTS_NEUTRAL) if not re.search(r"[\u0900-\u097f]", p)]
        c["post"] = R.choice(pool)
        if "post_place" in c["traps"]:
            c["traps"].remove("post_place")
    if re.search(r"[\u0900-\u097f]", c["place"]):
        raise ValueError("latin layout with Devanagari place")


def L_cp1252_body(c, o):
    _latin_post(c)
    L = LABELS["std"]
    f = fields(o, L)
    pt = o.post_time()
    lines = ["\u2022 %s: %s" % x for x in f] + (["\u2022 %s: %s" % (L["ptime"], pt)] if pt else [])
    lines += ["\u2022 Login: %s%s" % (a, (" \u2013 " + t) if t else "") for a, t in ip_rows(o)]
    lines.append("\u2022 %s: \u201c%s\u201d" % (L["post"], c["post"]))
    body = intro(c) + "\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body, charset="windows-1252", cte="quoted-printable"), False


def L_latin1_8bit(c, o):
    _latin_post(c)
    L = LABELS["alt"]
    f = fields(o, L)
    pt = o.post_time()
    lines = ["%s \u00bb %s" % x for x in f] + (["%s \u00bb %s" % (L["ptime"], pt)] if pt else [])
    lines += ["IP \u00bb %s%s" % (a, (" \u00b7 " + t) if t else "") for a, t in ip_rows(o)]
    lines.append("%s \u00bb %s" % (L["post"], c["post"]))
    body = intro(c) + "\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    part = leaf("@@BODY@@", charset="iso-8859-1", cte="8bit")
    return part.encode("ascii").replace(b"@@BODY@@", body.encode("iso-8859-1")), False


def plain_facts(c, o, L, tstyle=None):
    f = fields(o, L)
    pt = o.post_time(tstyle)
    lines = ["%s: %s" % x for x in f] + (["%s: %s" % (L["ptime"], pt)] if pt else [])
    lines += ["Login IP: %s%s" % (a, ("  " + t) if t else "") for a, t in ip_rows(o, tstyle)]
    lines.append("%s: %s" % (L["post"], c["post"]))
    return "\n".join(lines)


def L_utf16_attach(c, o):
    txt = "Account details\r\n" + plain_facts(c, o, LABELS["std"]).replace("\n", "\r\n") + "\r\n"
    body = intro(c) + "\nThe account details are in the attached text file.\n" + footer(o) + "\n"
    att = leaf(b"\xff\xfe" + txt.encode("utf-16-le"), "text/plain", charset="utf-16", cte="base64",
               fname="account_%s.txt" % c["ref"])
    return multi("mixed", [leaf(body), att], "u16_%d" % c["i"]), False


def L_html_attach(c, o):
    L = LABELS["alt2"]
    f = fields(o, L)
    pt = o.post_time()
    rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in f)
    if pt:
        rows += "<tr><td>%s</td><td>%s</td></tr>" % (L["ptime"], pt)
    rows += "<tr><td>%s</td><td>%s</td></tr>" % (L["post"], esc(c["post"]))
    rows += "".join("<tr><td>IP</td><td>%s %s</td></tr>" % (a, t) for a, t in ip_rows(o))
    h = "<!DOCTYPE html><html><body><h3>Emergency disclosure %s</h3><table>%s</table></body></html>" % (c["ref"], rows)
    body = intro(c) + "\nPlease open the attached report (HTML).\n" + footer(o) + "\n"
    return multi("mixed", [leaf(body), leaf(h, "text/html", cte="base64", fname="report.html")], "ha_%d" % c["i"]), False


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, cur = [], b""
    for ch in line:
        e = ch.encode("utf-8")
        if len(cur) + len(e) > 74:
            out.append(cur.decode("utf-8"))
            cur = b" "
        cur += e
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


def L_ics_attach(c, o):
    desc = plain_facts(c, o, LABELS["std"], "iso_z")
    st = o.ptime or iso(c["date"])
    dt = st.replace("-", "").replace(":", "")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Meta//LER Emergency//EN", "BEGIN:VEVENT",
             "UID:%s@lers.meta.com" % c["ref"], "DTSTAMP:%s" % dt, "SUMMARY:Emergency disclosure %s" % c["ref"],
             "DESCRIPTION:" + ics_esc(desc)]
    if c["place"]:
        lines.append("LOCATION:" + ics_esc(c["place"]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    ics = "\r\n".join(fold(x) for x in lines) + "\r\n"
    body = intro(c) + "\nDetails are in the attached calendar item (open with any calendar or text editor).\n" + footer(o) + "\n"
    return multi("mixed", [leaf(body), leaf(ics, "text/calendar", cte="base64", fname="disclosure.ics")],
                 "ics_%d" % c["i"]), False


def L_vcf_attach(c, o):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + ics_esc(c["name"]), "TEL;TYPE=cell:" + o.phone(0, "plus_dash")]
    if len(c["phones"]) > 1:
        lines.append("TEL;TYPE=other:" + o.phone(1, "plus_dash"))
    if c["email"]:
        lines.append("EMAIL:" + o.email())
    if c["url"]:
        lines.append("URL:" + c["url"])
    if c["username"]:
        lines.append("X-SOCIALPROFILE;TYPE=%s:%s" % (c["platform"], c["username"]))
    if c["uid"]:
        lines.append("X-ACCOUNT-ID:" + c["uid"])
    if c["place"]:
        lines.append("X-LAST-KNOWN-LOCATION:" + ics_esc(c["place"]))
    lines.append("END:VCARD")
    vcf = "\r\n".join(fold(x) for x in lines) + "\r\n"
    pt = o.post_time()
    b = [intro(c), "", "Case reference: %s" % c["ref"], "The account holder's contact card is attached."]
    if pt:
        b.append("Content posted: %s" % pt)
    b.append("Content: %s" % c["post"])
    b += ["Login: %s%s" % (a, (" at " + t) if t else "") for a, t in ip_rows(o)]
    body = "\n".join(b) + "\n" + footer(o) + "\n"
    return multi("mixed", [leaf(body), leaf(vcf, "text/vcard", cte="quoted-printable", fname="contact.vcf")],
                 "vcf_%d" % c["i"]), False


def L_platform_answer(c, o):
    o.trap("quoted_police_request")
    o.trap("police_file_number")
    fno = "SCRB/SM/2026/%04d" % R.randint(1, 9999)
    facts = plain_facts(c, o, LABELS["alt"])
    comp = mobile()
    city = R.choice(["Jaipur", "Jodhpur", "Bikaner", "Udaipur"]) if not c["place"].startswith(("Jaipur", "Jodhpur")) else "Ajmer"
    quoted = ["On %s, SCRB Social Media Cell <scrb-sm-desk@police.example.in> wrote:" % format_datetime(c["date"] - timedelta(hours=2)),
              "Our file no.: %s" % fno, "FIR No. %d/2026, PS Kotwali %s" % (R.randint(10, 400), city),
              "Complainant: %s %s, mobile %s, %s" % (R.choice(C.FIRST), R.choice(C.LAST), comp, city),
              "Kindly provide subscriber details and recent login IPs of the account urgently.",
              "Regards, SI %s, Cyber Cell %s" % (R.choice(C.LAST), city)]
    body = ("Dear Officer,\n\nIn response to your request (your file no. %s) we are providing the following "
            "information.\n\n%s\n%s\n\n%s\n" % (fno, facts, footer(o), "\n".join("> " + q for q in quoted)))
    return leaf(body), False


def original_mail(c, o, fmt):
    """Inner platform mail text (headers + facts) for the forwards."""
    n, a = R.choice(PLAT_FROM[c["platform"]])
    facts = intro(c) + "\n\n" + plain_facts(c, o, LABELS[fmt]) + footer(o)
    return n, a, subj_for(c), facts


def officer_sig(o, dist):
    o.trap("officer_signature")
    return "\n--\nSI %s %s\nCyber Cell, %s\nMob. %s\n" % (R.choice(C.FIRST), R.choice(C.LAST), dist,
                                                          pfmt(mobile(), "plus_sp"))


def police_from():
    return R.choice([("Cyber Cell", "cybercell-%s@police.example.in"), ("SP Office", "sp-%s@rajpolice.gov.in")])


def fwd_wrap(c, o, sep_block, note, quote=False):
    n, pa = police_from()
    tag = R.choice(["ajm", "jdp", "bkn", "kot", "udr", "srh"])
    frm = pa % tag
    sig = officer_sig(o, R.choice(["Ajmer", "Bikaner", "Sirohi", "Tonk"]))
    if R.random() < 0.4:
        o.trap("police_file_number")
        note += "\nOur file no.: CC/%s/SM/2026/%03d" % (tag.upper(), R.randint(1, 999))
    body = note + "\n" + sig + "\n" + sep_block
    return frm, "%s %s" % (n, tag.upper()), body


def fwd_generic(c, o, style):
    n, a, subj, facts = original_mail(c, o, R.choice(["std", "alt2"]))
    d = c["date"]
    if style == "apple":
        sep = ("Begin forwarded message:\n\n> From: %s <%s>\n> Subject: %s\n> Date: %s\n> To: %s\n>\n" % (
            n, a, subj, "%s %d, %d at %d:%02d:%02d %s GMT" % (MON[d.month - 1], d.day, d.year, (d.hour % 12) or 12,
                                                              d.minute, d.second, "AM" if d.hour < 12 else "PM"), DESK)
               + "\n".join(">" + (" " + l if l else "") for l in facts.split("\n")))
        note = "Please see below.\n\nSent from my iPhone"
    elif style == "thunderbird":
        sep = ("-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n\n%s" % (
            subj, format_datetime(d), n, a, "cybercell@police.example.in", facts))
        note = "Forwarding for necessary action."
    elif style == "yahoo":
        sep = ("----- Forwarded Message -----\nFrom: %s <%s>\nTo: cybercell@police.example.in\nSent: %s\n"
               "Subject: %s\n\n%s" % (n, a, d.strftime("%A, %B %d, %Y, %I:%M:%S %p GMT"), subj, facts))
        note = "FYI, urgent."
    elif style == "zoho":
        sep = ("============ Forwarded message ============\nFrom : %s <%s>\nTo : <cybercell@police.example.in>\n"
               "Date : %s\nSubject : %s\n============ Forwarded message ============\n\n%s" % (
                   n, a, d.strftime("%a, %d %b %Y %H:%M:%S +0000"), subj, facts))
        note = "Sir, received at our end. Forwarding."
    elif style == "lotus":
        sep = ("----- Forwarded by Cyber Cell/SCRB/RAJPOLICE on %s -----\n\n%s <%s>\n%s\n\nTo\n"
               "cybercell@police.example.in\ncc\n\nSubject\n%s\n\n%s" % (
                   d.strftime("%d/%m/%Y %I:%M %p"), n, a, d.strftime("%d/%m/%Y %I:%M %p"), subj, facts))
        note = "Pl. take necessary action."
    else:  # hindi cover note, separator in Hindi
        sep = ("---- मूल संदेश ----\nप्रेषक: %s <%s>\nदिनांक: %s\nविषय: %s\n\n%s" % (
            n, a, format_datetime(d), subj, facts))
        note = R.choice(["कृपया तत्काल कार्यवाही करें। व्यक्ति आपके क्षेत्र का प्रतीत होता है।",
                         "महोदय, यह सूचना हमें प्राप्त हुई है, कृपया संबंधित थाने को अवगत कराएं।"])
    frm, fname, body = fwd_wrap(c, o, sep, note)
    return frm, fname, "Fwd: " + subj, body


def L_digest_fwd(c, o):
    n, a, subj, facts = original_mail(c, o, "alt3")
    dom = a.split("@")[1]
    inner = headers(n, a, subj, c["date"], "pass") + leaf(facts + "\n")
    note = "Original referral attached as received (digest)." + officer_sig(o, "Jodhpur")
    return multi("mixed", [leaf(note), multi("digest", [inner], "dg_%d" % c["i"])], "dgo_%d" % c["i"]), subj


def L_hindi_deva(c, o):
    lat, dev = C.DEVA_NAMES[c["i"] % len(C.DEVA_NAMES)]
    c["name"] = dev
    if c["platform"] == "facebook" and c["url"] and "profile.php" not in c["url"]:
        c["url"] = "https://www.facebook.com/profile.php?id=" + c["uid"]
    L = LABELS["hi"]
    f = fields(o, L, want=("ref", "name", "url", "uid", "user", "email", "place"))
    f.insert(2, (L["phone"], o.phone(0, "deva")))
    pt = o.post_time("deva")
    lines = ["%s: %s" % x for x in f] + (["%s: %s" % (L["ptime"], pt)] if pt else [])
    lines += ["%s: %s%s" % (L["ips"], a, (" (" + t + ")") if t else "") for a, t in ip_rows(o, "deva")]
    lines.append("%s: %s" % (L["post"], c["post"]))
    body = "आपातकालीन सूचना — कृपया तुरंत संपर्क करें।\n\n" + "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body, cte="base64"), False


def L_wa_compact(c, o):
    lines = ["WhatsApp Emergency Disclosure", "Ticket: %s" % c["ref"],
             "WhatsApp account: %s" % o.phone(0, R.choice(["plus_sp", "plus_dash", "three"])),
             "Profile name: %s" % c["name"]]
    if len(c["phones"]) > 1:
        lines.append("Linked number: %s" % o.phone(1))
    if c["email"]:
        lines.append("Backup e-mail: %s" % o.email())
    if c["place"]:
        lines.append("Device region: %s" % c["place"])
    pt = o.post_time()
    if pt:
        lines.append("Status updated: %s" % pt)
    lines.append("Status: %s" % c["post"])
    lines += ["Connected from %s%s" % (a, (" @ " + t) if t else "") for a, t in ip_rows(o)]
    body = "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body), False


def L_threads_notice(c, o):
    lines = [intro(c), "", "Reference: %s" % c["ref"], "Threads profile: @%s" % c["username"],
             "Profile: %s" % c["url"], "Display name: %s" % c["name"], "Phone on account: %s" % o.phone(0)]
    if c["email"]:
        lines.append("Email on account: %s" % o.email())
    if c["place"]:
        lines.append("Location: %s" % c["place"])
    pt = o.post_time()
    lines.append("Thread%s:" % ((" (" + pt + ")") if pt else ""))
    lines.append("    " + c["post"])
    lines += ["Last active IP: %s%s" % (a, (" at " + t) if t else "") for a, t in ip_rows(o)]
    txt = "\n".join(lines) + "\n" + footer(o) + "\n"
    h = "<html><body>" + "".join("<p>%s</p>" % esc(l) for l in txt.split("\n") if l) + "</body></html>"
    return multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(h, "text/html", cte="quoted-printable")],
                 "th_%d" % c["i"]), False


def L_ticket_desk(c, o):
    L = LABELS["alt3"]
    f = extras(o, fields(o, L))
    pt = o.post_time()
    lines = ["##- Please type your reply above this line -##", "",
             "Your request (#%s) has been updated." % c["ref"], "", intro(c), "", "Custom fields:"]
    lines += ["  %s: %s" % x for x in f]
    if pt:
        lines.append("  %s: %s" % (L["ptime"], pt))
    lines.append("  %s: %s" % (L["post"], c["post"]))
    lines.append("  %s:" % L["ips"])
    lines += ["    - %s%s" % (a, (" | " + t) if t else "") for a, t in ip_rows(o)]
    lines += ["", "This email is a service from Meta Law Enforcement Response. [%s]" % "".join(
        R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))]
    body = "\n".join(lines) + "\n" + footer(o) + "\n"
    return leaf(body), False


def L_subject_split(c, o):
    # the subject carries reference and name; body has the rest
    pt = o.post_time()
    lines = [intro(c), ""]
    if c["url"]:
        lines.append("Profile: %s" % c["url"])
    if c["uid"]:
        lines.append("User ID: %s" % c["uid"])
    if c["username"]:
        lines.append("Username: %s" % c["username"])
    lines.append("Mobile: %s" % o.phone(0))
    if c["place"]:
        lines.append("Location: %s" % c["place"])
    if pt:
        lines.append("Posted: %s" % pt)
    lines.append('Post: %s' % c["post"])
    lines += ["IP: %s%s" % (a, ("  " + t) if t else "") for a, t in ip_rows(o)]
    body = "\n".join(lines) + "\n" + footer(o) + "\n"
    c["subject_override"] = "%s %s | %s | %s" % (PNAME[c["platform"]], "emergency" if not c["topic"] else
                                                 "self-harm", c["ref"], c["name"])
    return leaf(body), False


def L_kv_equals_csv_attach(c, o):
    # key=value body + login history in a semicolon CSV attachment with epoch column
    lines = [intro(c), "", "reference=%s" % c["ref"], "account_holder=%s" % c["name"]]
    if c["url"]:
        lines.append("profile=%s" % c["url"])
    if c["uid"]:
        lines.append("account_id=%s" % c["uid"])
    if c["username"]:
        lines.append("handle=%s" % c["username"])
    lines.append("reachable_on=%s" % o.phone(0))
    if c["place"]:
        lines.append("resides_at=%s" % c["place"])
    pt = o.post_time()
    if pt:
        lines.append("content_time=%s" % pt)
    lines.append("content=%s" % c["post"])
    csv = "ip;first_seen_epoch\r\n" + "".join("%s;%s\r\n" % (a, t) for a, t in ip_rows(o, "epoch"))
    body = "\n".join(lines) + "\nLogin history attached (logins.csv, epoch seconds UTC).\n" + footer(o) + "\n"
    return multi("mixed", [leaf(body), leaf(csv, "text/csv", cte="base64", fname="logins.csv")], "cs_%d" % c["i"]), False


def L_mixed_en_hi_card(c, o):
    # bilingual labels "Name / नाम"
    pairs = [("Reference / संदर्भ", c["ref"]), ("Name / नाम", c["name"])]
    if c["url"]:
        pairs.append(("Profile / प्रोफ़ाइल", c["url"]))
    if c["uid"]:
        pairs.append(("User ID / यूज़र आईडी", c["uid"]))
    if c["username"]:
        pairs.append(("Username / यूज़रनेम", c["username"]))
    pairs.append(("Mobile / मोबाइल", o.phone(0)))
    if c["email"]:
        pairs.append(("Email / ईमेल", o.email()))
    if c["place"]:
        pairs.append(("Location / स्थान", c["place"]))
    pt = o.post_time("ist_words")
    if pt:
        pairs.append(("Posted / पोस्ट का समय", pt))
    pairs.append(("Post / पोस्ट", c["post"]))
    for a, t in ip_rows(o, "ist_words"):
        pairs.append(("IP / आईपी", a + ((" — " + t) if t else "")))
    body = "\n".join("%s :: %s" % p for p in pairs) + "\n" + footer(o) + "\n"
    return leaf(body, cte="quoted-printable"), False


REPORT_LAYOUTS = {
    "th_vertical": L_th_vertical, "three_col_plain": L_three_col_plain, "three_col_html": L_three_col_html,
    "nested_tables": L_nested_tables, "span_css": L_span_css, "html_list": L_html_list,
    "right_aligned": L_right_aligned, "bullets_endash": L_bullets_endash, "qa_form": L_qa_form,
    "ini_sections": L_ini_sections, "logfmt_epoch": L_logfmt_epoch, "side_by_side": L_side_by_side,
    "telex_caps": L_telex_caps, "legal_preamble": L_legal_preamble, "multi_ip_line": L_multi_ip_line,
    "ipv6_forms": L_ipv6_forms, "us_pst_activity": L_us_pst_activity, "cp1252_body": L_cp1252_body,
    "latin1_8bit": L_latin1_8bit, "utf16_attach": L_utf16_attach, "html_attach": L_html_attach,
    "ics_attach": L_ics_attach, "vcf_attach": L_vcf_attach, "platform_answer": L_platform_answer,
    "hindi_deva": L_hindi_deva, "ticket_desk": L_ticket_desk, "subject_split": L_subject_split,
    "kv_csv_semicolon": L_kv_equals_csv_attach, "bilingual_card": L_mixed_en_hi_card,
    "apple_fwd": "fwd", "thunderbird_fwd2": "fwd", "yahoo_fwd": "fwd", "zoho_fwd": "fwd", "lotus_fwd": "fwd",
    "hindi_sep_fwd": "fwd", "digest_fwd": L_digest_fwd,
}
FWD_STYLE = {"apple_fwd": "apple", "thunderbird_fwd2": "thunderbird", "yahoo_fwd": "yahoo", "zoho_fwd": "zoho",
             "lotus_fwd": "lotus", "hindi_sep_fwd": "hindi"}
PLAT_ONLY = {"wa_compact": "whatsapp", "threads_notice": "threads"}
REPORT_LAYOUTS["wa_compact"] = L_wa_compact
REPORT_LAYOUTS["threads_notice"] = L_threads_notice


def build_report(c, layout, auth):
    o = Out(c)
    fn = REPORT_LAYOUTS[layout]
    if layout in FWD_STYLE or layout == "digest_fwd":
        if layout == "digest_fwd":
            body, subj = fn(c, o)
            frm, fname = "cybercell-jdp@police.example.in", "Cyber Cell JDP"
            subj = "Fwd: " + subj
            o.trap("officer_signature")
            o.trap("received_ip")
        else:
            frm, fname, subj, text = fwd_generic(c, o, FWD_STYLE[layout])
            body = leaf(text, cte=R.choice(["8bit", "quoted-printable"]))
        hdr = headers(fname, frm, subj, c["date"] + timedelta(minutes=R.randint(5, 50)),
                      mode=R.choice(["pass", "none"]), received=False)
        raw = hdr + body
        return raw, o, True, False
    body, _ = fn(c, o)
    subj = c.get("subject_override") or subj_for(c)
    n, frm, mode = base_frm(c, auth)
    if auth == "lookalike":
        o.trap("lookalike_domain")
    if auth != "pass":
        o.trap("inauthentic_sender")
    hdr = headers(n, frm, subj, c["date"], mode=mode, received=True)
    o.trap("received_ip")
    if isinstance(body, bytes):
        return hdr.encode("utf-8") + body, o, False, (auth == "pass")
    return hdr + body, o, False, (auth == "pass")


def expected_report(c, o, layout, forwarded, authentic, raw):
    subj, text, _ = SC.decode_mail(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
    return {
        "kind": "platform_report", "layout": layout, "authentic": authentic, "forwarded": forwarded,
        "platform": c["platform"], "reference": c["ref"], "subject_name": c["name"], "phones": o.phones,
        "emails": o.emails, "ips": o.ips, "profile_urls": [c["url"]] if c["url"] else [],
        "usernames": [c["username"]] if c["username"] else [], "user_ids": [c["uid"]] if c["uid"] else [],
        "post_text": " ".join(c["post"].split()), "post_time": o.ptime, "place": c["place"],
        "district": c["district"], "police_district": c["pd"], "outside_rajasthan": c["outside"],
        "topic_words": bool(SC.TOPIC.search(subj + "\n" + text)), "traps": sorted(o.traps),
        "place_kind": c["pkind"],
    }


# ------------------------------------------------------------------ notices and other mail
def empty_expected(kind, layout, authentic, traps=()):
    return {"kind": kind, "layout": layout, "authentic": authentic, "forwarded": False, "platform": None,
            "reference": None, "subject_name": None, "phones": [], "emails": [], "ips": [], "profile_urls": [],
            "usernames": [], "user_ids": [], "post_text": None, "post_time": None, "place": "", "district": None,
            "police_district": None, "outside_rajasthan": False, "topic_words": False, "traps": sorted(traps),
            "place_kind": None}


def notices():
    d0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    N = []
    N.append(("policy_update", "Meta Law Enforcement Outreach", "lert@facebookmail.com", "pass",
              "Updates to our Law Enforcement Guidelines",
              "Dear partner,\n\nWe have updated our guidelines for law enforcement requests, effective 1 January 2027. "
              "Emergency requests continue to be accepted 24x7 through the Law Enforcement Online Request System.\n\n"
              "No action is needed from you.\n\nMeta Law Enforcement Outreach\n", ()))
    N.append(("portal_maintenance", "Meta LERS", "noreply@lers.meta.com", "pass",
              "Scheduled maintenance: Law Enforcement Online Request System",
              "The LERS portal will be unavailable on 6 Dec 2026 from 01:00 to 03:00 UTC. Emergency requests "
              "submitted during this window will be queued and processed. For emergencies you may also e-mail "
              "the emergency team.\n", ()))
    N.append(("request_received", "Facebook Records", "records@support.facebook.com", "pass",
              "We received your request 7712039845",
              "Thank you. Your request 7712039845 was received on 29 Nov 2026 and has been assigned to a specialist. "
              "You will be notified when it is processed.\nPlease do not reply to this message.\n", ()))
    N.append(("request_closed", "Instagram Law Enforcement", "lers@mail.instagram.com", "pass",
              "Your request IG-55219034 has been closed",
              "The request IG-55219034 submitted by your agency has been closed. Any records produced are "
              "available in the portal for 30 days.\n", ()))
    N.append(("newsletter_programme", "Meta Safety", "safety-news@meta.com", "pass",
              "Safety partners newsletter: suicide and self-harm prevention programmes in India",
              "This quarter we expanded our suicide and self-harm prevention programme with partners in India, "
              "including AASRA and Tele-MANAS (14416). Read more about our work with NGOs and police "
              "partners.\n\nYou receive this newsletter as a registered safety partner.\n", ("helpline",)))
    N.append(("login_alert", "Meta LERS", "security@lers.meta.com", "pass", "New sign-in to your LERS account",
              "We noticed a new sign-in to the LERS account scrb-sm-desk@police.example.in.\n\n"
              "When: 30 Nov 2026 04:12 UTC\nWhere: Jaipur, Rajasthan, India\nIP address: 164.100.222.17\n"
              "Browser: Firefox on Windows\n\nIf this was you, you can ignore this message.\n", ("portal_login_ip",)))
    N.append(("verification_code", "Meta LERS", "security@lers.meta.com", "pass", "Your LERS login code",
              "Your LERS verification code is 482913. It expires in 10 minutes. If you did not request it, "
              "contact your agency administrator.\n", ()))
    N.append(("account_reverification", "Facebook Records", "records@support.facebook.com", "pass",
              "Action needed: re-verify your agency account",
              "To keep access to the Law Enforcement Online Request System, please re-verify the official "
              "e-mail address of your agency before 15 Dec 2026.\n", ()))
    N.append(("webinar_invite", "Meta Trust & Safety Training", "training@meta.com", "pass",
              "Invitation: online training for Indian law enforcement (10 Dec 2026)",
              "<html><body><p>Join our online session on how to submit emergency and preservation requests.</p>"
              "<p>Date: 10 Dec 2026, 11:00 IST. <a href=\"https://www.facebook.com/records\">Register</a>.</p>"
              "</body></html>", ()))
    N.append(("transparency_report", "Meta Transparency", "transparency@fb.com", "pass",
              "Government Requests Report: H1 2026 is now available",
              "The latest Government Requests for User Data report, covering January to June 2026, is now "
              "available at https://transparency.meta.com/.\n", ()))
    N.append(("whatsapp_channel_update", "WhatsApp Law Enforcement Support", "wa-lers@support.meta.com", "fail",
              "Changes to WhatsApp law enforcement contact channels",
              "From January 2027 WhatsApp emergency requests should be submitted through the LERS portal.\n",
              ("inauthentic_sender",)))
    N.append(("threads_programme_notice", "Threads Safety", "safety@threads.meta.com", "none",
              "Threads: new wellbeing resources for people in distress",
              "Threads now shows support resources, including helplines such as 14416, when people search for "
              "terms related to distress.\n", ("helpline", "inauthentic_sender")))
    out = []
    for k, (lay, n, a, mode, subj, body, traps) in enumerate(N):
        d = d0 + timedelta(hours=7 * k, minutes=13 * k)
        ct = "text/html" if body.startswith("<html") else "text/plain"
        raw = headers(n, a, subj, d, mode=mode) + leaf(body, ct, cte=R.choice(["8bit", "quoted-printable"]))
        traps = set(traps) | {"received_ip"}
        e = empty_expected("platform_notice", lay, mode == "pass", traps)
        s_, t_, _ = SC.decode_mail(raw.encode("utf-8"))
        e["topic_words"] = bool(SC.TOPIC.search(s_ + "\n" + t_))
        out.append((raw, e))
    return out


def others():
    d0 = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
    out = []
    # bounce
    dsn = ("This is the mail system at host mail.police.example.in.\n\nI'm sorry to have to inform you that your "
           "message could not be delivered to one or more recipients.\n\n<do-oldstation-xyz@police.example.in>: "
           "host mail.police.example.in said: 550 5.1.1 User unknown\n")
    orig = ("From: Lifeline SCRB Rajasthan <scrb-sm-desk@police.example.in>\nTo: do-oldstation-xyz@police.example.in\n"
            "Subject: [LL-2026-000311] HIGH risk - self-harm alert - PS Old Station\nMessage-ID: "
            "<LL-2026-000311.forward.1.ab12@lifeline.police.example.in>\n\nName: (withheld)\n")
    raw = ("From: Mail Delivery System <MAILER-DAEMON@police.example.in>\nTo: %s\nSubject: Undelivered Mail Returned "
           "to Sender\nDate: %s\nMessage-ID: <dsn.1@police.example.in>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           % (DESK, format_datetime(d0)) + multi("report; report-type=delivery-status",
                                                  [leaf(dsn), "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.police.example.in\n\nFinal-Recipient: rfc822; do-oldstation-xyz@police.example.in\nAction: failed\nStatus: 5.1.1\n",
                                                   rfc822_part(orig)], "dsn_b"))
    out.append((raw, empty_expected("other", "bounce_dsn", False)))
    # out of office
    raw = ("From: SHO Luni <sho-luni-jdh@police.example.in>\nTo: %s\nSubject: Out of office: [LL-2026-000298] HIGH "
           "risk - self-harm alert - PS Luni\nDate: %s\nAuto-Submitted: auto-replied\nMessage-ID: <ooo.2@police.example.in>\n"
           "MIME-Version: 1.0\n" % (DESK, format_datetime(d0 + timedelta(hours=3)))
           + leaf("मैं 5 दिसंबर तक अवकाश पर हूँ। आवश्यक कार्य हेतु थाना प्रभारी से संपर्क करें: 0291-2720XXX\n"
                  "I am on leave until 5 December.\n"))
    out.append((raw, empty_expected("other", "out_of_office_hi", False, ["helpline"] if False else [])))
    # officer reply REACHED with signature mobile
    raw = ("From: SI Deepa Rathore <si-deepa-sardarpura@police.example.in>\nTo: %s\nSubject: Re: [LL-2026-000305] "
           "HIGH risk - self-harm alert - PS Sardarpura\nDate: %s\nIn-Reply-To: <LL-2026-000305.forward.1.c0ffee@lifeline."
           "police.example.in>\nMessage-ID: <r.305@police.example.in>\nMIME-Version: 1.0\n" % (
               DESK, format_datetime(d0 + timedelta(hours=5)))
           + leaf("REACHED. Person safe with family, counselling arranged.\n\n--\nSI Deepa Rathore\nMob. +91 94140 "
                  "55321\n\nOn 25 Nov 2026, Lifeline wrote:\n> [LL-2026-000305] HIGH risk\n> Phone: +91 98290 11223\n"))
    out.append((raw, empty_expected("other", "officer_reached_reply", False, ["officer_signature"])))
    # circular
    raw = ("From: DG Office SCRB <dg-scrb@rajpolice.gov.in>\nTo: all-units@police.example.in\nSubject: परिपत्र: सोशल मीडिया "
           "आपातकालीन सूचनाओं पर त्वरित कार्यवाही\nDate: %s\nMessage-ID: <circ.12@rajpolice.gov.in>\nMIME-Version: 1.0\n"
           % format_datetime(d0 + timedelta(hours=20))
           + leaf("क्रमांक: SCRB/SM/2026/877\n\nसभी पुलिस अधीक्षकों को निर्देशित किया जाता है कि सोशल मीडिया प्लेटफॉर्म से "
                  "प्राप्त आपातकालीन सूचनाओं पर 15 मिनट में कार्यवाही सुनिश्चित करें। टेली-मानस 14416 की जानकारी दें।\n",
                  cte="base64"))
    out.append((raw, empty_expected("other", "circular_hi", False, ["police_file_number", "helpline"])))
    # vendor mail
    raw = ("From: SecureMail Appliances <sales@vendor.example.com>\nTo: %s\nSubject: Upgrade your mail gateway before "
           "31 December\nDate: %s\nMessage-ID: <promo.77@vendor.example.com>\nMIME-Version: 1.0\n" % (
               DESK, format_datetime(d0 + timedelta(days=1)))
           + multi("alternative", [leaf("Dear customer, our new gateway blocks 99.9% of spoofed mail. Call "
                                        "+91 80 4000 1234.\n"),
                                   leaf("<html><body><h1>Upgrade now</h1><p>Blocks spoofed mail.</p></body></html>",
                                        "text/html")], "v_b"))
    out.append((raw, empty_expected("other", "vendor_promo", False)))
    # desk colleague note
    raw = ("From: SCRB Control <scrb-control@police.example.in>\nTo: %s\nSubject: Shift handover 26/11\nDate: %s\n"
           "Message-ID: <ho.26@police.example.in>\nMIME-Version: 1.0\n" % (DESK, format_datetime(d0 + timedelta(days=1, hours=2)))
           + leaf("Night shift: 4 referrals handled, all acknowledged. Printer in room 12 not working.\n"))
    out.append((raw, empty_expected("other", "handover_note", False)))
    # ACK reply in Hindi, quoted original with phone
    raw = ("From: Duty Officer Chomu <do-chomu-jpr@police.example.in>\nTo: %s\nSubject: RE: [LL-2026-000317] MEDIUM risk "
           "- self-harm alert - PS Chomu\nDate: %s\nIn-Reply-To: <LL-2026-000317.forward.1.aa11@lifeline.police.example.in>\n"
           "Message-ID: <ack.317@police.example.in>\nMIME-Version: 1.0\n" % (DESK, format_datetime(d0 + timedelta(days=2)))
           + leaf("प्राप्त। टीम भेज दी है।\n\n-----Original Message-----\nFrom: Lifeline\n> Name: Kailash Saini\n"
                  "> Mobile: +91 90010 22334\n", cte="quoted-printable"))
    out.append((raw, empty_expected("other", "ack_reply_hi", False)))
    # spam pretending invoice
    raw = ("From: Accounts <billing@webmail.example.com>\nTo: %s\nSubject: Invoice INV-88213 overdue\nDate: %s\n"
           "Message-ID: <inv.1@webmail.example.com>\nMIME-Version: 1.0\n" % (DESK, format_datetime(d0 + timedelta(days=3)))
           + multi("mixed", [leaf("Please find the overdue invoice attached.\n"),
                             leaf(b"%PDF-1.4 fake", "application/pdf", charset=None, cte="base64", fname="INV-88213.pdf")],
                   "inv_b"))
    out.append((raw, empty_expected("other", "spam_invoice", False)))
    for raw, e in out:
        s, t, _ = SC.decode_mail(raw.encode("utf-8"))
        e["topic_words"] = bool(SC.TOPIC.search(s + "\n" + t))
    return out


# ------------------------------------------------------------------ main
def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9][0-9]-*")):
        os.remove(f)
    rows = [p for p in C.PLACES]
    for d, post, _t in C.POST_ONLY:
        rows.append(("", d, None, "post_only", False, post))
    R.shuffle(rows)
    layouts = [k for k in REPORT_LAYOUTS if k not in PLAT_ONLY]
    plats = ["facebook"] * 5 + ["instagram"] * 4 + ["whatsapp"] * 1 + ["threads"] * 1
    auth_plan = ["lookalike"] * 6 + ["fail"] * 3 + ["none"] * 2 + ["untrusted"] * 2 + ["otherd"] * 2
    mails = []
    n_rep = len(rows)
    auth_idx = set(R.sample(range(n_rep), len(auth_plan)))
    ai = 0
    pending = 0
    for i, prow in enumerate(rows):
        platform = plats[i % len(plats)]
        if platform == "whatsapp":
            layout = "wa_compact" if i % 2 else layouts[i % len(layouts)]
        elif platform == "threads":
            layout = "threads_notice" if i % 2 else layouts[i % len(layouts)]
        else:
            layout = layouts[i % len(layouts)]
        if layout in ("cp1252_body", "latin1_8bit") and re.search(r"[\u0900-\u097f]", prow[0] + (prow[5] if len(prow) > 5 else "")):
            layout = "three_col_plain"
        topic = (i % 2 == 0)
        c = make_case(i, prow, platform, topic)
        if prow[3] == "post_only":
            c["topic"] = bool(SC.TOPIC.search(prow[5]))
        auth = "pass"
        if i in auth_idx:
            pending += 1
        if pending and layout not in FWD_STYLE and layout != "digest_fwd" and ai < len(auth_plan):
            auth = auth_plan[ai]
            ai += 1
            pending -= 1
        raw, o, fwd, authentic = build_report(c, layout, auth)
        e = expected_report(c, o, layout, fwd, authentic, raw)
        mails.append((raw, e))
    mails += notices() + others()
    for n, (raw, e) in enumerate(mails, 1):
        base = os.path.join(HERE, "%04d-%s" % (n, e["layout"]))
        with open(base + ".eml", "wb") as f:
            f.write(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
        with open(base + ".expected.json", "w", encoding="utf-8") as f:
            json.dump(e, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d mails" % len(mails))


if __name__ == "__main__":
    main()
