"""Generate the fresh4 corpus (stdlib only): python3 _gen.py  (writes next to itself).

Each report row of _cases.PLAN becomes one mail in its own layout; notices and other
mails are written by their own functions below. Output is deterministic (seeded).
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr

from _cases import PLACES, PLAN, POSTS

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
DESK = "scrb-sm-desk@police.example.in"
DEV = str.maketrans("0123456789", "०१२३४५६७८९")
HINDI_MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त",
                "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]

FIRST = ["Suresh", "Pooja", "Mahendra", "Kavita", "Rakesh", "Neha", "Dinesh", "Sunita",
         "Vikram", "Anjali", "Lokesh", "Priyanka", "Hemant", "Manisha", "Bhagirath", "Sapna",
         "Arjun", "Rekha", "Jitendra", "Komal", "Naresh", "Seema", "Gajendra", "Payal",
         "Imran", "Shabana", "Harpreet", "Tarun", "Mamta", "Deepak", "Nikita", "Ramesh",
         "Kiran", "Yogesh", "Lalita", "Shravan", "Divya", "Chetan", "Bhawna", "Mukesh"]
LAST = ["Meghwal", "Sharma", "Choudhary", "Meena", "Rathore", "Jat", "Saini", "Bishnoi",
        "Gurjar", "Kumawat", "Joshi", "Prajapat", "Shekhawat", "Rawat", "Bairwa", "Mali",
        "Khan", "Qureshi", "Sandhu", "Agarwal", "Parihar", "Jangid", "Solanki", "Yadav"]
HINDI_NAMES = {"Suresh": "सुरेश", "Pooja": "पूजा", "Mahendra": "महेंद्र", "Kavita": "कविता",
               "Rakesh": "राकेश", "Neha": "नेहा", "Dinesh": "दिनेश", "Sunita": "सुनीता"}


# ----------------------------------------------------------------------------- formats

def fmt_time(t, style):
    """Written form of a UTC time in a style; returns (text, the UTC time it means)."""
    e = t
    if style in ("isoz",):
        s = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    elif style == "isoz_frac":
        s = t.strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"
    elif style == "utc_sp":
        s = t.strftime("%Y-%m-%d %H:%M:%S") + " UTC"
    elif style == "ist_off":
        s = t.astimezone(IST).isoformat()
    elif style == "ist_12":
        e = t.replace(second=0)
        s = t.astimezone(IST).strftime("%d %b %Y, %I:%M %p IST")
    elif style == "us_at":
        e = t.replace(second=0)
        lt = t.astimezone(IST)
        s = lt.strftime("%b ") + str(lt.day) + lt.strftime(", %Y at %H:%M IST")
    elif style == "dayfirst":
        e = t.replace(second=0)
        s = t.astimezone(IST).strftime("%d/%m/%Y %H:%M IST")
    elif style == "ist_plain":
        e = t.replace(second=0)
        s = t.astimezone(IST).strftime("%Y-%m-%d %H:%M IST")
    elif style == "hindi":
        e = t.replace(second=0)
        lt = t.astimezone(IST)
        s = f"{lt.day} {HINDI_MONTHS[lt.month - 1]} {lt.year}, {lt:%H:%M} बजे (IST)"
    elif style == "epoch":
        s = str(int(t.timestamp()))
    elif style == "epoch_ms":
        s = str(int(t.timestamp()) * 1000)
    elif style == "kolkata":
        s = t.astimezone(IST).strftime("%Y-%m-%d %H:%M:%S") + " (Asia/Kolkata)"
    elif style == "pst":
        s = t.astimezone(PST).strftime("%b %d, %Y %I:%M:%S %p PST")
    elif style == "pdt":
        s = t.astimezone(PDT).strftime("%b %d, %Y %I:%M:%S %p PDT")
    elif style == "rfc2822":
        s = t.strftime("%a, %d %b %Y %H:%M:%S +0000")
    else:
        raise ValueError(style)
    return s, e


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if t else None


PHONE_STYLES = ["p91s", "z0", "p91", "bare", "0091", "p91d", "z0s", "91d", "pairs",
                "dev", "p91p"]


def fmt_phone(d, style):
    """d: 10 national digits."""
    return {
        "p91s": f"+91 {d[:5]} {d[5:]}", "p91": f"+91{d}", "p91d": f"+91-{d[:5]}-{d[5:]}",
        "z0": f"0{d}", "z0s": f"0{d[:5]} {d[5:]}", "0091": f"0091 {d}", "bare": d,
        "91d": f"91-{d}", "pairs": "+91 " + " ".join(d[i:i + 2] for i in range(0, 10, 2)),
        "dev": ("+९१ " + d[:5] + " " + d[5:]).translate(DEV),
        "p91p": f"+91 ({d[:3]}) {d[3:6]}-{d[6:]}",
    }[style]


def mobile(r):
    return r.choice("6789") + "".join(r.choice("0123456789") for _ in range(9))


V4_PREFIX = ["106.215", "49.36", "157.38", "117.97", "223.182", "182.69", "122.161",
             "27.60", "103.211", "152.58", "59.89", "110.227"]
V6_PREFIX = ["2401:4900", "2409:40d4", "2409:4052", "2405:201", "2402:8100", "2401:4900:1c2a"]


def ip_pair(r, want_v6, style):
    """(written, canonical) for a person's IP."""
    import ipaddress
    if not want_v6:
        p = r.choice(V4_PREFIX)
        w = f"{p}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        return w, w
    groups = r.choice(V6_PREFIX).split(":")
    while len(groups) < 4:
        groups.append(f"{r.randint(1, 0xffff):x}")
    tail = [f"{r.randint(0, 0xffff):x}" for _ in range(4)]
    if style % 3 == 0:
        tail[1] = "0"
        tail[2] = "0"
    full = groups + tail
    a = ipaddress.IPv6Address(":".join(full))
    canon = str(a)
    if style % 4 == 1:
        w = a.exploded  # uncompressed, leading zeros
    elif style % 4 == 2:
        w = canon.upper()
    elif style % 4 == 3:
        w = ":".join(g.zfill(4) if i < 3 else g for i, g in enumerate(a.exploded.split(":")))
        w = str(w)
    else:
        w = canon
    return w, canon


# ----------------------------------------------------------------------------- MIME

def part(body, ctype="text/plain", cte="8bit", filename=None, inline=False):
    head = [f'Content-Type: {ctype}; charset="utf-8"' + (f'; name="{filename}"' if filename else "")]
    if filename:
        head.append(f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"')
    raw = body.encode("utf-8")
    if cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
        if not enc.endswith("\n"):
            enc += "\n"
    else:
        if not body.endswith("\n"):
            body += "\n"
        enc = body
    head.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(head) + "\n\n" + enc


def multi(subtype, parts, boundary):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', "", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def rfc822_part(msg_text, filename=None):
    disp = f'Content-Disposition: attachment; filename="{filename}"\n' if filename else ""
    return "Content-Type: message/rfc822\n" + disp + "\n" + msg_text


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def message(headers, body):
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + body).encode("utf-8")


# ----------------------------------------------------------------------------- senders

SENDERS = {
    "facebook": [("Facebook Law Enforcement Response Team", "records@support.facebook.com"),
                 ("Meta Emergency Response", "le-emergency@fb.com"),
                 ("Facebook", "notification@facebookmail.com"),
                 ("Meta Trust & Safety", "emergency-disclosure@meta.com")],
    "instagram": [("Instagram Safety", "no-reply@mail.instagram.com"),
                  ("Instagram Law Enforcement", "lert@instagram.com")],
    "whatsapp": [("WhatsApp Law Enforcement (Meta)", "whatsapp-lert@support.meta.com")],
    "threads": [("Threads Safety (Meta)", "threads-safety@mail.instagram.com")],
}
MX = {"facebook.com": "69.171.232.10", "fb.com": "66.220.144.178", "facebookmail.com": "69.171.232.143",
      "meta.com": "157.240.22.35", "instagram.com": "66.220.155.11"}


def dkim_domain(email):
    return email.split("@", 1)[1]


def org(domain):
    return ".".join(domain.split(".")[-2:])


def trace_headers(from_email, date, r, variant=None):
    """Return-Path, Received and Authentication-Results for a platform mail."""
    d = dkim_domain(from_email)
    relay_ip = MX.get(org(d), "69.171.232.10")
    hdrs = [("Return-Path", f"<bounce-{r.randint(1000, 9999)}@{d}>"),
            ("Received", f"from mx-out.{org(d)} (mx-out.{org(d)} [{relay_ip}])\n\tby mail.police.example.in "
                         f"with ESMTPS id {r.randint(10**9, 10**10)}\n\tfor <{DESK}>; {date}")]
    ar_ok = (f"mail.police.example.in;\n\tdkim=pass header.d={d} header.s=s{r.randint(1, 9)} "
             f"header.b={r.choice(['Qm7x', 'aZ9p', 'Lr2k', 'x0Bv'])};\n\tspf=pass smtp.mailfrom={d};\n\t"
             f"dmarc=pass (p=REJECT) header.from={org(d)}")
    if variant is None:
        hdrs.append(("Authentication-Results", ar_ok))
    elif variant == "dmarc_fail":
        hdrs.append(("Authentication-Results", f"mail.police.example.in;\n\tdkim=fail (bad signature) "
                     f"header.d={d};\n\tspf=softfail smtp.mailfrom={d};\n\tdmarc=fail (p=REJECT) header.from={org(d)}"))
    elif variant == "untrusted_authserv":
        hdrs.append(("Authentication-Results", f"mx1.relay-filter.example.net;\n\tdkim=pass header.d={d};\n\t"
                     f"dmarc=pass header.from={org(d)}"))
    elif variant == "misaligned":
        hdrs.append(("Authentication-Results", "mail.police.example.in;\n\tdkim=pass header.d=mailer-bulk.example.org "
                     "header.s=k1;\n\tspf=pass smtp.mailfrom=mailer-bulk.example.org;\n\t"
                     f"dmarc=fail header.from={org(d)}"))
    elif variant == "two_ar":
        hdrs.append(("Authentication-Results", ar_ok))
        hdrs.append(("Authentication-Results", ar_ok.replace("dkim=pass", "dkim=pass (forged copy)")))
    elif variant == "no_ar":
        pass
    else:  # lookalike, display_spoof, whatsapp_domain: our MTA's honest verdict on the real domain
        hdrs.append(("Authentication-Results", ar_ok))
    return hdrs


# ----------------------------------------------------------------------------- facts

class Facts:
    """The facts of one report case and their written forms."""

    def __init__(self, n, row):
        layout, platform, place_key, post_id, flags, tstyle, traps, variant = row
        r = self.r = random.Random(4000 + n)
        self.n, self.layout, self.platform, self.flags = n, layout, platform, flags
        self.tstyle, self.traps, self.variant = tstyle, list(traps), variant
        self.place, self.district, self.pd, self.outside, self.place_kind = PLACES[place_key]
        base = dt.datetime(2026, 11, 20, tzinfo=UTC) + dt.timedelta(
            days=n % 12, hours=r.randint(0, 23), minutes=r.randint(0, 59), seconds=r.randint(0, 59))
        if tstyle == "pdt":
            base = base.replace(month=10, day=24)
        self.base = base
        first, last = r.choice(FIRST), r.choice(LAST)
        self.first, self.last = first, last
        self.name = f"{first} {last}" if "N" in flags else None
        nphones = ("P" in flags) + ("Q" in flags)
        self.phone_digits = [mobile(r) for _ in range(nphones)]
        self.phone_written = [fmt_phone(d, PHONE_STYLES[(n + 3 * i) % len(PHONE_STYLES)])
                              for i, d in enumerate(self.phone_digits)]
        dom = r.choice(["example.com", "example.in", "example.org", "example.net"])
        self.email = f"{first.lower()}.{last.lower()}{r.randint(1, 99)}@{dom}" if "E" in flags else None
        nips = 3 if "J" in flags else (1 if "I" in flags else 0)
        self.ips = []  # (written ip, canonical, written time or None, utc or None)
        for i in range(nips):
            w, c = ip_pair(r, want_v6=(i == 0 and n % 2 == 0) or (i == 2), style=n + i)
            t = base - dt.timedelta(minutes=r.randint(2, 50) + 60 * i, seconds=r.randint(0, 59))
            if "I" in flags and n % 7 == 3:
                self.ips.append((w, c, None, None))
            else:
                tw, te = fmt_time(t, tstyle)
                self.ips.append((w, c, tw, te))
        handle = (first.lower() + r.choice(["_", ".", "__", ""]) + r.choice([last.lower(), str(r.randint(1, 999)),
                                                                            last.lower()[:3] + "_" + str(r.randint(1, 99))]))
        self.username = handle if "H" in flags else None
        self.uid = None
        if "D" in flags:
            self.uid = ("1000" + "".join(r.choice("0123456789") for _ in range(11)) if platform == "facebook"
                        else str(r.randint(4 * 10**9, 6 * 10**10)))
        self.url = None
        if "U" in flags:
            if platform == "facebook":
                self.url = (f"https://www.facebook.com/profile.php?id={self.uid}" if self.uid and n % 2
                            else f"https://www.facebook.com/{first.lower()}.{last.lower()}.{r.randint(10, 99)}")
            elif platform == "instagram":
                self.url = f"https://www.instagram.com/{handle}/"
            elif platform == "threads":
                self.url = f"https://www.threads.net/@{handle}"
        self.post = POSTS[post_id] if post_id else None
        self.post_time_w, self.post_time = (fmt_time(base, tstyle) if self.post and "T" in flags else (None, None))
        self.ref = None
        if "R" in flags:
            kind = n % 5
            self.ref = {0: str(r.randint(10**9, 10**10 - 1)), 1: f"{'IG' if platform == 'instagram' else 'FB'}-{r.randint(10**7, 10**8 - 1)}",
                        2: f"LERT-2026-{r.randint(100000, 999999)}", 3: f"ER{r.randint(10**8, 10**9 - 1)}",
                        4: f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(100, 999)}"}[kind]
            if platform == "whatsapp":
                self.ref = f"WA-EM-{r.randint(100000, 999999)}"
            if platform == "instagram" and kind == 0:
                self.ref = f"IG-{self.ref}"
        self.mail_date = base + dt.timedelta(minutes=r.randint(6, 40), seconds=r.randint(0, 59))
        self.other_phone = mobile(r)  # reporter / emergency contact / officer (never expected)
        self.other_phone2 = mobile(r)

    def pick(self, options):
        return self.r.choice(options)

    def expected(self, forwarded, authentic, topic, layout):
        return {
            "kind": "platform_report", "layout": layout, "authentic": authentic, "forwarded": forwarded,
            "platform": self.platform, "reference": self.ref, "subject_name": self.name,
            "phones": ["+91" + d for d in self.phone_digits], "emails": [self.email] if self.email else [],
            "ips": [{"ip": c, "seen_at": iso(te)} for (_, c, _, te) in self.ips],
            "profile_urls": [self.url] if self.url else [], "usernames": [self.username] if self.username else [],
            "user_ids": [self.uid] if self.uid else [], "post_text": self.post, "post_time": iso(self.post_time),
            "place": self.place, "district": self.district, "police_district": self.pd,
            "outside_rajasthan": self.outside, "topic_words": topic, "traps": sorted(set(self.traps)),
            "place_kind": self.place_kind,
        }


# ----------------------------------------------------------------------------- wording

EN = {
    "ref": ["Reference number", "Case number", "Ref. No.", "Emergency request ID", "Report ID",
            "Incident #", "Our reference", "Ticket"],
    "name": ["Name", "Full name", "Account holder", "Name on account", "User's name", "Display name",
             "Subscriber name", "Person of concern", "Account name", "Profile name"],
    "username": ["Username", "Handle", "Account handle", "Screen name", "User handle", "Login name"],
    "uid": ["User ID", "Account ID", "FBID", "Numeric ID", "Profile ID", "Unique account identifier"],
    "url": ["Profile URL", "Profile link", "Account URL", "Link to profile", "Account link"],
    "phone": ["Registered mobile", "Phone number", "Mobile", "Verified phone", "Contact number on file",
              "Phone(s) associated", "Mobile no.", "Linked phone number", "Telephone", "Confirmed mobile"],
    "email": ["Registered email", "Email", "E-mail address", "Email on file", "Verified e-mail",
              "Contact email"],
    "ips": ["RECENT LOGIN IP ADDRESSES", "Login activity", "IP address history", "Recent sessions",
            "Access log", "Last known IPs", "Connection history"],
    "post": ["Content of concern", "Post text", "Reported content", "Content", "Status update",
             "What was posted", "Text of post"],
    "caption": ["Caption", "Post caption", "Reel caption", "Story text", "Comment text"],
    "post_time": ["Posted", "Time of post", "Content created", "Upload time", "Posted on",
                  "Created at", "Shared at"],
}
PLACE_LABELS = {
    "profile_city": ["City (profile)", "Current city on profile", "Profile city", "City listed on profile"],
    "hometown": ["Hometown", "Home town (profile)", "Hometown listed"],
    "pin": ["PIN code", "Postal code", "Zip/Postal code", "Pincode on account"],
    "railway": ["Last known location", "Location at time of post", "Location tag on the post"],
    None: ["Location", "Last known location", "Approximate location", "Location (self-reported)",
           "Current city", "City", "Area"],
}
HI = {"ref": "संदर्भ संख्या", "name": "नाम", "username": "यूज़रनेम", "uid": "खाता आईडी",
      "url": "प्रोफ़ाइल लिंक", "phone": "मोबाइल नंबर", "email": "ईमेल", "ips": "आईपी पते",
      "post": "पोस्ट", "post_time": "पोस्ट का समय", "place": "स्थान"}
HI_PLACE = {"profile_city": "प्रोफ़ाइल में शहर", "hometown": "गृह नगर", "pin": "पिन कोड",
            "railway": "अंतिम ज्ञात स्थान", None: "स्थान"}

INTRO_TOPIC = [
    "Our team has identified content indicating that the person below may be at imminent risk of self-harm.",
    "We are writing because a user on our service has posted content suggesting they may attempt suicide.",
    "The account below shared content that indicates a risk of suicide or self-harm. We ask that you check on the person's wellbeing.",
    "This is an emergency disclosure. We believe the account holder may be at risk of self-harm and we are sharing the information below in good faith.",
]
INTRO_PLAIN = [
    "We are sharing information about an account whose recent activity suggests the person may be in danger.",
    "Our team believes the person using the account below may be at risk of serious physical harm. Please check on them.",
    "We have reason to believe the user below is in distress and may need immediate help.",
]
CLOSING = [
    "This information is provided in response to an emergency involving risk of death or serious physical injury.",
    "Please reply to this message if you need more details. Do not share this information beyond what is needed.",
    "We are disclosing this voluntarily under our emergency disclosure policy.",
    "Reply to this address with the reference number in the subject if you need anything further.",
]


def place_label(f):
    k = f.place_kind if f.place_kind in PLACE_LABELS else None
    return f.pick(PLACE_LABELS[k])


def hi_place_label(f):
    return HI_PLACE.get(f.place_kind, HI_PLACE[None])


def post_label(f):
    return f.pick(EN["caption"] if f.platform in ("instagram", "threads") else EN["post"])


def trap_lines(f):
    out = []
    r = f.r
    if "helpline" in f.traps:
        out.append(r.choice([
            "Support resources: Tele-MANAS 14416 or 1-800-891-4416 (24x7), emergency 112, iCall 9152987821.",
            "If you are speaking to the person, you can share Tele-MANAS (14416) and iCall (9152987821). In an emergency dial 112.",
            "Helplines in India: Tele MANAS 1-800-891-4416 / 14416; AASRA +91-9820466726; Emergency: 112.",
        ]))
    if "platform_address" in f.traps:
        out.append(r.choice([
            "Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025, USA",
            "Facebook India Online Services Pvt. Ltd., One Horizon Center, Golf Course Road, Sector 43, Gurugram, Haryana 122002",
        ]))
    if "reporter_phone" in f.traps:
        out.append(r.choice([
            f"This content was reported to us by a friend of the user (reporter's number: +91 {f.other_phone}).",
            f"Reported by: a family friend, contact 0{f.other_phone}. The reporter asked to stay anonymous.",
        ]))
    if "emergency_contact" in f.traps:
        out.append(r.choice([
            f"Emergency contact saved on the account: Mother - {f.other_phone2}",
            f"Trusted contact listed by the user: brother, +91-{f.other_phone2[:5]}-{f.other_phone2[5:]}",
        ]))
    return out


def ip_lines(f, style=0, sep="  "):
    out = []
    for w, c, tw, te in f.ips:
        if tw is None:
            out.append(w)
        elif style == 0:
            out.append(f"{tw}{sep}{w}")
        elif style == 1:
            out.append(f"{w} at {tw}")
        elif style == 2:
            out.append(f"{w} ({tw})")
        else:
            out.append(f"{w}{sep}{tw}")
    return out


def phones_joined(f, sep=", "):
    return sep.join(f.phone_written)


def rows(f, labels=None, hindi=False):
    """Ordered (field, label, value) rows for the simple fields."""
    L = lambda k: (HI[k] if hindi else f.pick(EN[k]))  # noqa: E731
    out = []
    if f.ref:
        out.append(("ref", L("ref"), f.ref))
    if f.name:
        out.append(("name", L("name"), f.name))
    if f.username:
        out.append(("username", L("username"), "@" + f.username if f.n % 2 else f.username))
    if f.uid:
        out.append(("uid", L("uid"), f.uid))
    if f.url:
        out.append(("url", L("url"), f.url))
    if f.phone_written:
        out.append(("phone", L("phone"), phones_joined(f)))
    if f.email:
        out.append(("email", L("email"), f.email))
    if f.place and f.place_kind != "post_only":
        out.append(("place", hi_place_label(f) if hindi else place_label(f), f.place))
    return out


def subject_for(f):
    p = {"facebook": "Facebook", "instagram": "Instagram", "whatsapp": "WhatsApp", "threads": "Threads"}[f.platform]
    ref = f.ref or ""
    return f.pick([
        f"Emergency Referral: {p} user may be at risk of self-harm [Ref {ref}]",
        f"Urgent: {p} wellbeing check request - {ref}",
        f"{p} emergency disclosure ({ref})",
        f"[{ref}] Possible risk to life - {p} account",
        f"Time-sensitive: {p} safety referral {ref}",
        f"Emergency Disclosure Request – {p} – Case {ref}",
    ])


def intro(f):
    return f.pick(INTRO_TOPIC + INTRO_PLAIN)


# ----------------------------------------------------------------------------- report layouts
# Each returns the MIME body (headers of the body part + content) as text.

def L_plain_labels(f):
    out = ["Hello,", "", intro(f), "", *[f"{lab}: {v}" for _, lab, v in rows(f)[:1]],
           f"Platform: {f.platform.capitalize()}", "", "ACCOUNT INFORMATION"]
    out += [f"{lab}: {v}" for k, lab, v in rows(f)[1:]]
    if f.ips:
        out += ["", f.pick(EN["ips"]) + (" (times UTC)" if f.tstyle in ("utc_sp",) else "")]
        out += ip_lines(f, 0)
    if f.post:
        out += ["", post_label(f).upper()]
        if f.post_time_w:
            out.append(f"{f.pick(EN['post_time'])}: {f.post_time_w}")
        out.append(f'Text: "{f.post}"')
    out += ["", f.pick(CLOSING), *trap_lines(f), "", SENDERS[f.platform][0][0]]
    return part("\n".join(out))


def L_next_line(f):
    out = [intro(f), ""]
    for _, lab, v in rows(f):
        out += [lab, v, ""]
    if f.ips:
        out += [f.pick(EN["ips"]), *ip_lines(f, 1), ""]
    if f.post_time_w:
        out += [f.pick(EN["post_time"]), f.post_time_w, ""]
    if f.post:
        out += [post_label(f), f.post, ""]
    out += trap_lines(f) + ["", "— Trust & Safety, Law Enforcement Outreach"]
    return part("\n".join(out))


def L_dot_leaders(f):
    out = [f.pick(INTRO_TOPIC), "", "-" * 60]
    for _, lab, v in rows(f):
        out.append(f"{lab} ".ljust(32, ".") + f" {v}")
    if f.post_time_w:
        out.append(f"{f.pick(EN['post_time'])} ".ljust(32, ".") + f" {f.post_time_w}")
    if f.post:
        out.append(f"{post_label(f)} ".ljust(32, ".") + f" {f.post}")
    for i, line in enumerate(ip_lines(f, 2)):
        out.append(f"IP #{i + 1} ".ljust(32, ".") + f" {line}")
    out += ["-" * 60, *trap_lines(f), f.pick(CLOSING)]
    return part("\n".join(out))


def L_tabs(f):
    out = ["Field\tValue"]
    for _, lab, v in rows(f):
        out.append(f"{lab}\t{v}")
    if f.post:
        out.append(f"{post_label(f)}\t{f.post}")
    if f.post_time_w:
        out.append(f"{f.pick(EN['post_time'])}\t{f.post_time_w}")
    if f.ips:
        out += ["", "IP\tFirst seen"] + [f"{w}\t{tw or '-'}" for w, _, tw, _ in f.ips]
    body = intro(f) + "\n\n" + "\n".join(out) + "\n\n" + "\n".join(trap_lines(f) + [f.pick(CLOSING)])
    return part(body, cte=f.pick(["8bit", "quoted-printable"]))


def _html_table_rows(f, th=True):
    cells = []
    for _, lab, v in rows(f):
        val = html.escape(v, quote=False)
        if _ == "url":
            val = f'<a href="{v}">{val}</a>'
        cells.append(f"<tr><th align=\"left\">{html.escape(lab)}</th><td>{val}</td></tr>")
    if f.post:
        cells.append(f"<tr><th align=\"left\">{html.escape(post_label(f))}</th><td>{html.escape(f.post, quote=False)}</td></tr>")
    if f.post_time_w:
        cells.append(f"<tr><th align=\"left\">{f.pick(EN['post_time'])}</th><td>{html.escape(f.post_time_w)}</td></tr>")
    for line in ip_lines(f, 1):
        cells.append(f"<tr><th align=\"left\">IP address</th><td>{html.escape(line)}</td></tr>")
    return cells


def _html_doc(inner, f):
    traps = "".join(f"<p style=\"color:#666;font-size:11px\">{html.escape(t)}</p>" for t in trap_lines(f))
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
            f"<p>{html.escape(intro(f))}</p>\n{inner}\n{traps}<p>{html.escape(f.pick(CLOSING))}</p></body></html>")


def L_html_2col(f):
    inner = "<table border=\"1\" cellpadding=\"4\">\n" + "\n".join(_html_table_rows(f)) + "\n</table>"
    return part(_html_doc(inner, f), "text/html", f.pick(["8bit", "quoted-printable", "base64"]))


def L_html_columns(f):
    heads, vals = [], []
    for _, lab, v in rows(f):
        heads.append(f"<th>{html.escape(lab)}</th>")
        vals.append(f"<td>{html.escape(v, quote=False)}</td>")
    t1 = f"<table border=\"1\"><tr>{''.join(heads)}</tr>\n<tr>{''.join(vals)}</tr></table>"
    t2 = ""
    if f.ips:
        tz = {"utc_sp": "Time (UTC)", "pst": "Time (Pacific)", "rfc2822": "Timestamp"}.get(f.tstyle, "Time")
        t2 = (f"<h4>{f.pick(EN['ips'])}</h4><table border=\"1\"><tr><th>#</th><th>IP Address</th><th>{tz}</th></tr>"
              + "".join(f"<tr><td>{i + 1}</td><td>{w}</td><td>{tw or ''}</td></tr>" for i, (w, _, tw, _) in enumerate(f.ips))
              + "</table>")
    t3 = ""
    if f.post:
        t3 = (f"<h4>{html.escape(post_label(f))}</h4><table border=\"1\"><tr><th>Posted</th><th>Text</th></tr>"
              f"<tr><td>{html.escape(f.post_time_w or '')}</td><td>{html.escape(f.post, quote=False)}</td></tr></table>")
    return part(_html_doc(t1 + "\n" + t2 + "\n" + t3, f), "text/html", "quoted-printable")


def L_html_nested(f):
    inner_rows = "".join(f"<tr><td class=\"k\">{html.escape(lab)}</td><td class=\"v\">{html.escape(v, quote=False)}</td></tr>"
                         for _, lab, v in rows(f))
    ipr = "".join(f"<tr><td>{w}</td><td>{tw or 'n/a'}</td></tr>" for w, _, tw, _ in f.ips)
    post = ""
    if f.post:
        post = (f"<tr><td><table><tr><td><b>{html.escape(post_label(f))}</b> "
                f"({html.escape(f.post_time_w or 'time unknown')})</td></tr><tr><td><blockquote>"
                f"{html.escape(f.post, quote=False)}</blockquote></td></tr></table></td></tr>")
    inner = (f"<table width=\"100%\"><tr><td><table style=\"margin:8px\"><tr><td><h3>Account</h3>"
             f"<table>{inner_rows}</table></td></tr></table></td></tr>"
             f"<tr><td><table><tr><th>IP</th><th>Seen</th></tr>{ipr}</table></td></tr>{post}</table>")
    return multi("alternative", [part("This message is best viewed in an HTML-capable mail client."),
                                 part(_html_doc(inner, f), "text/html", "base64")], f"=_nest_{f.n}")


def L_html_br(f):
    lines = [f"<b>{html.escape(lab)}:</b> {html.escape(v, quote=False)}" for _, lab, v in rows(f)]
    if f.ips:
        lines.append(f"<b>{f.pick(EN['ips'])}:</b>")
        lines += [html.escape(x) for x in ip_lines(f, 2)]
    if f.post_time_w:
        lines.append(f"<b>{f.pick(EN['post_time'])}:</b> {html.escape(f.post_time_w)}")
    if f.post:
        lines.append(f"<b>{html.escape(post_label(f))}:</b> {html.escape(f.post, quote=False)}")
    body = (f"<html><body><div>{html.escape(intro(f))}<br><br>" + "<br>\n".join(lines) + "<br><br>"
            + "<br>".join(html.escape(t) for t in trap_lines(f)) + "</div></body></html>")
    return part(body, "text/html", f.pick(["8bit", "quoted-printable"]))


def L_html_dl(f):
    items = [f"<dt>{html.escape(lab)}</dt><dd>{html.escape(v, quote=False)}</dd>" for _, lab, v in rows(f)]
    if f.ips:
        items.append(f"<dt>{f.pick(EN['ips'])}</dt>" + "".join(f"<dd>{html.escape(x)}</dd>" for x in ip_lines(f, 1)))
    if f.post:
        items.append(f"<dt>{html.escape(post_label(f))}</dt><dd>{html.escape(f.post, quote=False)}</dd>")
    if f.post_time_w:
        items.append(f"<dt>{f.pick(EN['post_time'])}</dt><dd>{html.escape(f.post_time_w)}</dd>")
    return part(_html_doc("<dl>" + "\n".join(items) + "</dl>", f), "text/html", "8bit")


def L_html_cards(f):
    cards = []
    for _, lab, v in rows(f):
        cards.append(f"<div class=\"card\" style=\"border:1px solid #ddd;padding:6px;margin:4px\">"
                     f"<div class=\"card-title\" style=\"font-size:10px;color:#888\">{html.escape(lab.upper())}</div>"
                     f"<div class=\"card-body\">{html.escape(v, quote=False)}</div></div>")
    for w, _, tw, _ in f.ips:
        cards.append(f"<div class=\"card\"><div class=\"card-title\">SIGN-IN</div><div class=\"card-body\">"
                     f"<span>{w}</span> &middot; <span>{html.escape(tw or '')}</span></div></div>")
    if f.post:
        cards.append(f"<div class=\"card\"><div class=\"card-title\">{html.escape(post_label(f).upper())}</div>"
                     f"<div class=\"card-body\"><p>{html.escape(f.post, quote=False)}</p>"
                     f"<small>{html.escape(f.post_time_w or '')}</small></div></div>")
    plain = "\n".join(f"{lab}: {v}" for _, lab, v in rows(f))
    # the plain part is a short summary only; the HTML part carries all facts
    return multi("alternative", [part("Emergency referral. " + intro(f) + "\n\n" + plain),
                                 part(_html_doc("".join(cards), f), "text/html", "quoted-printable")],
                 f"b1_{f.n:04d}")


def L_b64_plain(f):
    out = [intro(f), ""]
    out += [f"{lab.upper()} - {v}" for _, lab, v in rows(f)]
    if f.ips:
        out += ["", f.pick(EN["ips"]).upper()] + [f"  * {x}" for x in ip_lines(f, 3, sep=" / ")]
    if f.post:
        out += ["", f"{post_label(f).upper()} - {f.post}"]
    if f.post_time_w:
        out.append(f"{f.pick(EN['post_time']).upper()} - {f.post_time_w}")
    out += ["", *trap_lines(f)]
    return part("\n".join(out), cte="base64")


def L_qp_alt(f):
    text = [intro(f), ""] + [f"{lab}: {v}" for _, lab, v in rows(f)]
    text += [f"{post_label(f)}: {f.post}"] if f.post else []
    text += [f"{f.pick(EN['post_time'])}: {f.post_time_w}"] if f.post_time_w else []
    text += [f"Last IP: {x}" for x in ip_lines(f, 1)] + trap_lines(f)
    inner = "<table cellpadding=\"3\">" + "".join(_html_table_rows(f)) + "</table>"
    return multi("alternative", [part("\n".join(text), cte="quoted-printable"),
                                 part(_html_doc(inner, f), "text/html", "quoted-printable")], f"=_qp_{f.n}")


def L_csv_attach(f):
    text = [intro(f), "", *[f"{lab}: {v}" for _, lab, v in rows(f)]]
    if f.post:
        text += ["", f"{post_label(f)}:", f.post]
    if f.post_time_w:
        text += [f"{f.pick(EN['post_time'])}: {f.post_time_w}"]
    text += ["", "The IP addresses used to access the account are in the attached CSV file.", *trap_lines(f)]
    tzcol = {"pst": "timestamp_pacific", "epoch": "unix_time"}.get(f.tstyle, "timestamp_utc")
    csv = [f"ip_address,{tzcol},action"] + [f"{w},{tw},{f.pick(['login', 'session', 'post'])}" for w, _, tw, _ in f.ips]
    return multi("mixed", [part("\n".join(text)),
                           part("\n".join(csv) + "\n", "text/csv", f.pick(["base64", "8bit"]),
                                filename=f"ip_log_{f.ref or f.n}.csv")], f"mix_{f.n}")


def L_txt_attach(f):
    rec = [f"{lab}: {v}" for _, lab, v in rows(f)]
    rec += [f"{post_label(f)}: {f.post}"] if f.post else []
    rec += [f"{f.pick(EN['post_time'])}: {f.post_time_w}"] if f.post_time_w else []
    rec += ["IP: " + x for x in ip_lines(f, 1)]
    body = ("Please find attached the account details relating to an emergency referral. "
            + f.pick(INTRO_TOPIC) + "\n\n" + "\n".join(trap_lines(f)) + "\nRegards,\nMeta Law Enforcement Outreach\n")
    return multi("mixed", [part(body), part("\r\n".join(rec) + "\r\n", "text/plain", "base64",
                                            filename="account_details.txt")], f"mix_{f.n}")


def _json_obj(f):
    o = {"case_id": f.ref, "platform": f.platform, "account": {}}
    if f.name:
        o["account"]["full_name"] = f.name
    if f.username:
        o["account"]["username"] = f.username
    if f.uid:
        o["account"]["id"] = f.uid
    if f.url:
        o["account"]["profile_url"] = f.url
    if f.phone_written:
        o["account"]["phones"] = f.phone_written
    if f.email:
        o["account"]["emails"] = [f.email]
    if f.place:
        o["account"]["location" if f.place_kind != "pin" else "postal_code"] = f.place
    o["ip_activity"] = [{"ip": w, "time": tw} for w, _, tw, _ in f.ips]
    if f.post:
        o["content"] = {"text": f.post, "created": f.post_time_w}
    return o


def L_json_attach(f):
    o = _json_obj(f)
    if f.tstyle == "epoch_ms":
        for a in o["ip_activity"]:
            a["time"] = int(a["time"]) if a["time"] else None
        if "content" in o and o["content"]["created"]:
            o["content"]["created"] = int(o["content"]["created"])
    body = (f"{intro(f)}\n\nThe structured record is attached (referral.json).\n" + "\n".join(trap_lines(f)))
    return multi("mixed", [part(body), part(json.dumps(o, ensure_ascii=False, indent=2), "application/json", "base64",
                                            filename="referral.json")], f"js_{f.n}")


def L_xml_attach(f):
    x = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", f"<EmergencyReferral id=\"{f.ref}\">"]
    tags = {"name": "SubjectName", "username": "Username", "uid": "AccountId", "url": "ProfileUrl",
            "email": "Email", "place": "Location", "ref": None}
    for k, lab, v in rows(f):
        if k == "phone":
            x += [f"  <Phone>{p}</Phone>" for p in f.phone_written]
        elif tags.get(k):
            x.append(f"  <{tags[k]}>{html.escape(v)}</{tags[k]}>")
    x.append("  <Sessions>")
    x += [f"    <Session ip=\"{w}\" time=\"{tw or ''}\"/>" for w, _, tw, _ in f.ips]
    x.append("  </Sessions>")
    if f.post:
        x.append(f"  <Content created=\"{f.post_time_w or ''}\"><![CDATA[{f.post}]]></Content>")
    x.append("</EmergencyReferral>")
    body = intro(f) + "\n\nDetails are in the attached XML file.\n\n" + "\n".join(trap_lines(f))
    return multi("mixed", [part(body), part("\n".join(x), "application/xml", "quoted-printable", filename="referral.xml")],
                 f"xml_{f.n}")


def L_kv_line(f):
    keys = {"ref": "case", "name": "name", "username": "user", "uid": "uid", "url": "url", "phone": "msisdn",
            "email": "mail", "place": "loc"}
    parts = [f"{keys[k]}={v.replace(', ', '|') if k == 'phone' else v}" for k, _, v in rows(f)]
    for i, (w, _, tw, _) in enumerate(f.ips):
        parts.append(f"ip{i + 1}={w}" + (f"@{tw}" if tw else ""))
    if f.post_time_w:
        parts.append(f"ts={f.post_time_w}")
    rec = "; ".join(parts) + ";"
    body = [f.pick(["Automated emergency notification.", "EMERGENCY RECORD (machine generated)"]), "", rec]
    if f.post:
        body += ["", f"text=\"{f.post}\""]
    body += ["", *trap_lines(f), f.pick(INTRO_TOPIC)]
    return part("\n".join(body))


def _sent(f, en=True):
    """A sentence about each IP."""
    s = []
    for w, _, tw, _ in f.ips:
        s.append(f"the address {w} was used at {tw}" if tw else f"the address {w} was used recently")
    return s


def L_prose_en(f):
    who = f.name or "The account holder"
    p = [f"{f.pick(['Dear Officer,', 'Hello,', 'To the duty officer,'])}", "",
         f.pick(INTRO_TOPIC) + f" Our reference for this matter is {f.ref}." if f.ref else f.pick(INTRO_TOPIC)]
    s = f"{who} uses the account"
    if f.url:
        s += f" {f.url}"
    if f.username:
        s += f" (username {f.username})"
    if f.uid:
        s += f", numeric ID {f.uid}"
    s += "."
    if f.platform == "whatsapp":
        s = f"The WhatsApp account registered to the number {f.phone_written[0]} sent messages to a contact that we believe indicate a risk to life."
    elif f.phone_written:
        s += f" The phone number confirmed on the account is {phones_joined(f, ' and ')}."
    if f.email:
        s += f" The email address on file is {f.email}."
    if f.place:
        s += f" The user's {'hometown' if f.place_kind == 'hometown' else 'location'} is given as {f.place}."
    p += ["", s]
    if f.post:
        p += ["", f"At {f.post_time_w} the user posted: \"{f.post}\"" if f.post_time_w else f"The user wrote: \"{f.post}\""]
    if f.ips:
        p += ["", "In the hours before that, " + "; ".join(_sent(f)) + "."]
    p += ["", *trap_lines(f), "Kind regards,", "Law Enforcement Response Team"]
    return part("\n".join(p))


def L_prose_hi(f):
    p = ["नमस्कार,", "",
         f"हमारी टीम को एक ऐसी पोस्ट मिली है जिससे लगता है कि नीचे बताया गया व्यक्ति आत्महत्या का प्रयास कर सकता है। संदर्भ संख्या {f.ref} है।"]
    s = []
    if f.name:
        s.append(f"खाते पर नाम {f.name} लिखा है")
    if f.url:
        s.append(f"प्रोफ़ाइल {f.url} है")
    if f.username:
        s.append(f"यूज़रनेम {f.username} है")
    if f.uid:
        s.append(f"खाता आईडी {f.uid} है")
    if f.phone_written:
        s.append(f"खाते से जुड़ा मोबाइल नंबर {phones_joined(f, ' और ')} है")
    if f.place:
        s.append(f"व्यक्ति का स्थान {f.place} बताया गया है")
    p += ["", "। ".join(s) + "।"]
    if f.post:
        p += ["", (f"{f.post_time_w} को " if f.post_time_w else "") + f"उन्होंने लिखा: \"{f.post}\""]
    for w, _, tw, _ in f.ips:
        p.append(f"आईपी पता {w} से {tw} पर लॉगिन हुआ।" if tw else f"हाल का आईपी पता: {w}")
    if "helpline" in f.traps:
        p += ["", "सहायता के लिए: टेली-मानस 14416 या 1-800-891-4416, आपातकाल 112।"]
    p += ["", "धन्यवाद,", "मेटा लॉ एनफ़ोर्समेंट टीम"]
    return part("\n".join(p), cte=f.pick(["8bit", "base64"]))


def L_prose_hinglish(f):
    p = ["Namaste ji,", "",
         f"Hamein ek post mili hai jisse lagta hai ki user khud ko nuksaan pahuncha sakta hai (self-harm). Ref: {f.ref}."]
    if f.platform == "whatsapp":
        p.append(f"WhatsApp number {f.phone_written[0]} se yeh messages bheje gaye.")
    else:
        bits = []
        if f.name:
            bits.append(f"user ka naam {f.name} hai")
        if f.username:
            bits.append(f"handle {f.username}")
        if f.url:
            bits.append(f"profile {f.url}")
        if f.uid:
            bits.append(f"ID {f.uid}")
        if f.phone_written:
            bits.append(f"mobile {phones_joined(f, ' aur ')}")
        p.append(", ".join(bits) + ".")
    if f.place:
        p.append(f"Location {f.place} dikh rahi hai.")
    if f.post:
        p += ["", (f"Post ({f.post_time_w}): " if f.post_time_w else "Post: ") + f.post]
    for w, _, tw, _ in f.ips:
        p.append(f"IP {w} se login hua" + (f" - {tw}" if tw else "") + ".")
    p += ["", *trap_lines(f), "Jaldi check kar lijiye. Shukriya."]
    return part("\n".join(p))


def L_bilingual(f):
    hi = {k: lab for k, lab, _ in rows(f, hindi=True)}
    out = [f.pick(INTRO_TOPIC), "नीचे दिए गए व्यक्ति को तुरंत सहायता की आवश्यकता हो सकती है।", ""]
    for k, lab, v in rows(f):
        out.append(f"{hi[k]} / {lab}: {v}")
    if f.ips:
        out += ["", f"{HI['ips']} / IP addresses:"] + ip_lines(f, 0, sep=" — ")
    if f.post_time_w:
        out.append(f"{HI['post_time']} / Posted at: {f.post_time_w}")
    if f.post:
        out += [f"{HI['post']} / Post:", f.post]
    out += ["", *trap_lines(f)]
    return part("\n".join(out), cte="quoted-printable")


def L_hindi_labels(f):
    out = ["आपातकालीन सूचना", "", "यह खाता ऐसी सामग्री साझा कर रहा है जिससे जान का खतरा लगता है।", ""]
    out += [f"{lab} : {v}" for _, lab, v in rows(f, hindi=True)]
    for i, x in enumerate(ip_lines(f, 1)):
        out.append(f"आईपी {i + 1} : {x.replace(' at ', ' समय ')}")
    if f.post_time_w:
        out.append(f"{HI['post_time']} : {f.post_time_w}")
    if f.post:
        out.append(f"{HI['post']} : {f.post}")
    out += ["", "— मेटा"]
    return part("\n".join(out))


def L_followup(f):
    out = [f.pick(["Hello again,", "Dear team,"]), "",
           f"Further to our emergency referral {f.ref} sent earlier today, we have additional information about the same account."]
    if "police_ref" in f.traps:
        out.append(f"This also answers your request no. RJ/SCRB/SM/2026/{f.r.randint(1000, 9999)} dated {f.base:%d.%m.%Y}.")
    out.append("")
    out += [f"{lab}: {v}" for k, lab, v in rows(f) if k != "ref"]
    if f.ips:
        out += ["New login(s):"] + ip_lines(f, 1)
    if f.post:
        out += [f"New {post_label(f).lower()} ({f.post_time_w}): {f.post}"]
    if "quoted_other_case" in f.traps:
        om = mobile(f.r)
        out += ["", f"On {(f.base - dt.timedelta(days=3)):%a, %d %b %Y} Instagram Safety <no-reply@mail.instagram.com> wrote:",
                "> Case: IG-10442210", "> Username: @other_person_77", f"> Phone number on account: +91 {om}",
                "> Location: Udaipur", "> (this earlier case was closed)"]
    return part("\n".join(out))


def L_split_body_attach(f):
    body = [intro(f), ""]
    rs = rows(f)
    body += [f"{lab}: {v}" for k, lab, v in rs if k in ("ref", "name", "username", "url", "place")]
    if f.post:
        body += [f"{post_label(f)}: {f.post}"]
    if f.post_time_w:
        body += [f"{f.pick(EN['post_time'])}: {f.post_time_w}"]
    body += ["", "Contact details and access logs are in the attachment."]
    att = [f"{lab}: {v}" for k, lab, v in rs if k in ("uid", "phone", "email")]
    att += ["", "Access log:"] + ip_lines(f, 0)
    return multi("mixed", [part("\n".join(body)), part("\n".join(att), "text/plain", "quoted-printable",
                                                       filename="subscriber_info.txt")], f"sp_{f.n}")


def L_markdown_bullets(f):
    out = [f"**{f.pick(['Emergency referral', 'Safety escalation', 'Imminent harm report'])}**", "", intro(f), ""]
    out += [f"- **{lab}** — {v}" for _, lab, v in rows(f)]
    if f.ips:
        out += ["- **IPs**"] + [f"    - `{x}`" for x in ip_lines(f, 2)]
    if f.post:
        out += ["", f"> {f.post}", f"> — {f.post_time_w}" if f.post_time_w else ">"]
    out += ["", *trap_lines(f)]
    return part("\n".join(out))


def L_yaml_like(f):
    keymap = {"ref": "reference", "name": "name", "username": "username", "uid": "id", "url": "profile",
              "phone": "phone", "email": "email", "place": "location"}
    out = ["referral:"] + [f"  {keymap[k]}: {v}" for k, _, v in rows(f) if k == "ref"]
    out.append("  account:")
    out += [f"    {keymap[k]}: {v}" for k, _, v in rows(f) if k != "ref"]
    if f.ips:
        out.append("  sessions:")
        for w, _, tw, _ in f.ips:
            out += [f"    - ip: {w}", f"      at: {tw}"]
    if f.post:
        out += ["  content:", f"    text: {f.post}", f"    created: {f.post_time_w}"]
    return part(intro(f) + "\n\n" + "\n".join(out) + "\n\n" + "\n".join(trap_lines(f)))


def L_pipe_table(f):
    rs = [(lab, v) for _, lab, v in rows(f)]
    if f.post_time_w:
        rs.append((f.pick(EN["post_time"]), f.post_time_w))
    if f.post:
        rs.append((post_label(f), f.post))
    for i, x in enumerate(ip_lines(f, 1)):
        rs.append((f"IP {i + 1}", x))
    w = max(len(a) for a, _ in rs)
    out = [f"| {'Field'.ljust(w)} | Value |", f"|{'-' * (w + 2)}|-------|"]
    out += [f"| {a.ljust(w)} | {b} |" for a, b in rs]
    return part(intro(f) + "\n\n" + "\n".join(out) + "\n\n" + "\n".join(trap_lines(f)))


def L_caps_sections(f):
    out = [f.pick(INTRO_PLAIN), "", "=" * 20 + " SUBSCRIBER " + "=" * 20]
    out += [f"{lab.upper()} :: {v}" for _, lab, v in rows(f)]
    out += ["=" * 20 + " ACTIVITY " + "=" * 22]
    out += [f"IP :: {x}" for x in ip_lines(f, 1)]
    if f.post:
        out += ["=" * 20 + " CONTENT " + "=" * 23, f"POSTED :: {f.post_time_w}", f"TEXT :: {f.post}"]
    out += ["=" * 52, *trap_lines(f)]
    return part("\n".join(out))


def L_numbered(f):
    out = [intro(f), ""]
    i = 0
    for _, lab, v in rows(f):
        i += 1
        out.append(f"{i}. {lab} – {v}")
    if f.post:
        i += 1
        out.append(f"{i}. {post_label(f)} – {f.post}")
    if f.post_time_w:
        i += 1
        out.append(f"{i}. {f.pick(EN['post_time'])} – {f.post_time_w}")
    for x in ip_lines(f, 2):
        i += 1
        out.append(f"{i}. IP – {x}")
    return part("\n".join(out + [""] + trap_lines(f)), cte="base64")


def L_wa_account(f):
    out = ["WhatsApp Emergency Disclosure", "", f.pick(INTRO_PLAIN), "",
           f"Request ID: {f.ref}", f"Account (phone number): {f.phone_written[0]}"]
    if len(f.phone_written) > 1:
        out.append(f"Also registered on this device: {f.phone_written[1]}")
    if f.place:
        out.append(f"{place_label(f)}: {f.place}")
    out += ["", "Connection log (IP:port, time):"]
    for w, _, tw, _ in f.ips:
        ipport = f"[{w}]:{f.r.randint(1024, 65000)}" if ":" in w else f"{w}:{f.r.randint(1024, 65000)}"
        out.append(f"  {ipport}  {tw or ''}")
    if f.post:
        out += ["", f"Status/about text: {f.post}"]
        if f.post_time_w:
            out.append(f"Status set: {f.post_time_w}")
    out += ["", "WhatsApp does not store message content. This disclosure is made under the emergency exception."]
    return part("\n".join(out))


REPORT_LAYOUTS = {k[2:]: v for k, v in globals().items() if k.startswith("L_")}


# ----------------------------------------------------------------------------- direct, forwarded, bad

def hdr_date(t, n):
    z = [UTC, IST, PST][n % 3]
    return t.astimezone(z).strftime("%a, %d %b %Y %H:%M:%S %z")


def inner_text(body_mime):
    """The decoded text of a single-part body produced by a layout."""
    import email
    from email import policy
    m = email.message_from_bytes(("MIME-Version: 1.0\n" + body_mime).encode("utf-8"), policy=policy.default)
    if m.is_multipart():
        m = next(p for p in m.walk() if p.get_content_type() == "text/plain")
    return m.get_content()


def platform_sender(f):
    lst = SENDERS[f.platform]
    return lst[f.n % len(lst)]


def original_headers(f, with_trace=True, variant=None):
    name, em = platform_sender(f)
    subj = subject_for(f)
    date = hdr_date(f.mail_date, f.n)
    h = trace_headers(em, date, f.r, variant) if with_trace else []
    h += [("From", addr(name, em)), ("To", DESK), ("Subject", enc_header(subj)), ("Date", date),
          ("Message-ID", f"<{f.platform[:2]}.{f.ref or f.n}.{int(f.mail_date.timestamp())}@{dkim_domain(em)}>")]
    return h, subj, name, em


OFFICES = [("Cyber Cell Churu", "cybercell-churu@police.example.in", "SI Ramesh Kumar Poonia"),
           ("SP Office Jaisalmer", "sp-jaisalmer@police.example.in", "HC Bhanwar Lal"),
           ("Cyber Police Station Jhalawar", "cps-jhalawar@police.example.in", "Inspector Sunil Tak"),
           ("Cyber Cell Barmer", "cybercell-barmer@police.example.in", "ASI Mohan Singh"),
           ("DSB Pratapgarh", "dsb-pratapgarh@police.example.in", "SI Kailash Chandra"),
           ("Control Room Kotputli-Behror", "cr-kotputli-behror@police.example.in", "Constable Vinod"),
           ("Cyber Cell Udaipur", "cybercell-udaipur@police.example.in", "SI Farhan Ali")]


def signature(f, off):
    if "officer_signature" not in f.traps:
        return ["", f"-- {off[0]}"]
    return ["", "Regards,", off[2] + " (fictional)", off[0], f"Mob. {f.other_phone}",
            f"Office tel. 0{f.r.randint(1400, 1599)}-{f.r.randint(220000, 299999)}"]


def build_forward(f, layout):
    inner_layout = f.variant.split(":", 1)[1]
    body = REPORT_LAYOUTS[inner_layout](f)
    oh, subj, name, em = original_headers(f)
    off = OFFICES[f.n % len(OFFICES)]
    fwd_time = f.mail_date + dt.timedelta(minutes=f.r.randint(10, 90))
    odate_gmail = f.mail_date.astimezone(IST).strftime("%a, %d %b %Y at %H:%M")
    notes = {
        "fw_gmail": ["Please take necessary action urgently.", "FYI, received on our ID. Kindly route.",
                     "कृपया देखें और संबंधित थाने को भेजें।"],
        "fw_outlook": ["Forwarding for immediate action.", "Sir, forwarded for needful action please."],
        "fw_quoted": ["See below, please route to the concerned PS.", "Received this, not our area I think."],
        "fw_rfc822": ["Original mail attached as received.", "PFA the original referral."],
        "fw_double": ["Sir, FYI and necessary action."],
        "fw_hindi": ["कृपया तुरंत कार्यवाही करें। यह मेल हमें प्राप्त हुआ है, संबंधित थाने को भेजने की कृपा करें।",
                     "तत्काल आवश्यक कार्यवाही हेतु अग्रेषित। व्यक्ति की जान को खतरा है।"],
    }
    note = f.pick(notes[layout])
    sig = signature(f, off)
    if layout in ("fw_gmail", "fw_hindi"):
        text = inner_text(body)
        b = [note, *sig, "", "---------- Forwarded message ---------", f"From: {name} <{em}>",
             f"Date: {odate_gmail}", f"Subject: {subj}", f"To: <{off[1]}>", "", text]
        mime = part("\n".join(b))
    elif layout == "fw_outlook":
        text = inner_text(body)
        sent = f.mail_date.astimezone(IST).strftime("%A, %B %d, %Y %I:%M %p")
        b = [note, *sig, "", "________________________________", f"From: {name} <{em}>", f"Sent: {sent}",
             f"To: {off[0]} <{off[1]}>", f"Subject: {subj}", "", text]
        mime = part("\r\n".join(b).replace("\r\n", "\n"), cte="quoted-printable")
    elif layout == "fw_quoted":
        text = inner_text(body)
        b = [note, *sig, "", f"On {odate_gmail}, {name} <{em}> wrote:"] + [("> " + x).rstrip() for x in text.split("\n")]
        mime = part("\n".join(b))
    elif layout == "fw_rfc822":
        orig = "\n".join(f"{k}: {v}" for k, v in oh) + "\nMIME-Version: 1.0\n" + body
        mime = multi("mixed", [part("\n".join([note, *sig])), rfc822_part(orig, filename="original.eml")], f"fw_{f.n}")
    elif layout == "fw_double":
        text = inner_text(body)
        off1 = OFFICES[(f.n + 1) % len(OFFICES)]
        b = [note, *sig, "", "---------- Forwarded message ---------", f"From: {off1[0]} <{off1[1]}>",
             f"Date: {fwd_time.astimezone(IST):%a, %d %b %Y at %H:%M}", f"Subject: Fwd: {subj}",
             f"To: <{off[1]}>", "", "Forwarded for action.", "", "---------- Forwarded message ---------",
             f"From: {name} <{em}>", f"Date: {odate_gmail}", f"Subject: {subj}", f"To: <{off1[1]}>", "", text]
        mime = part("\n".join(b))
    prefix = {"fw_outlook": "FW: ", "fw_double": "Fwd: Fwd: "}.get(layout, "Fwd: ")
    h = [("Received", f"from mail-sender.police.example.in (mail-sender.police.example.in [10.24.{f.n % 250}.17])\n\t"
                      f"by mail.police.example.in; {hdr_date(fwd_time, 1)}"),
         ("Authentication-Results", "mail.police.example.in;\n\tdkim=pass header.d=police.example.in;\n\t"
                                    "dmarc=pass header.from=police.example.in"),
         ("From", addr(off[0], off[1])), ("To", DESK), ("Subject", enc_header(prefix + subj)),
         ("Date", hdr_date(fwd_time, 1)), ("Message-ID", f"<fw{f.n}.{int(fwd_time.timestamp())}@police.example.in>")]
    f.traps.append("received_ip")
    return message(h, mime)


BAD_FROM = {
    "lookalike": ("Facebook Law Enforcement Response Team", "records@support.faceb00k-lert.com"),
    "display_spoof": ("records@support.facebook.com", "lert-desk@secure-mailer.example.com"),
    "whatsapp_domain": ("WhatsApp Law Enforcement", "lert@whatsapp.com"),
}


def build_direct(f, layout):
    body = REPORT_LAYOUTS[layout](f)
    bad = f.variant.split(":", 1)[1] if f.variant else None
    oh, subj, name, em = original_headers(f, with_trace=False)
    if bad in BAD_FROM:
        name, em = BAD_FROM[bad]
    date = hdr_date(f.mail_date, f.n)
    h = trace_headers(em, date, f.r, bad)
    h += [("From", addr(name, em)), ("To", DESK), ("Subject", enc_header(subj)), ("Date", date),
          ("Message-ID", f"<{f.platform[:2]}.{f.ref or f.n}.{int(f.mail_date.timestamp())}@{dkim_domain(em)}>")]
    if layout == "followup":
        h[-3] = ("Subject", enc_header("Re: " + subj))
        h.append(("In-Reply-To", f"<{f.platform[:2]}.{f.ref}.first@{dkim_domain(em)}>"))
    f.traps.append("received_ip")
    return message(h, body)


# ----------------------------------------------------------------------------- notices and other mail

def notice(n, layout, platform, sender, subject, body_mime, traps=()):
    r = random.Random(9000 + n)
    t = dt.datetime(2026, 11, 20, 3, tzinfo=UTC) + dt.timedelta(days=n % 11, minutes=r.randint(0, 900))
    date = hdr_date(t, n)
    h = trace_headers(sender[1], date, r)
    h += [("From", addr(*sender)), ("To", DESK), ("Subject", enc_header(subject)), ("Date", date),
          ("Message-ID", f"<notice.{n}.{int(t.timestamp())}@{dkim_domain(sender[1])}>")]
    return message(h, body_mime), dict(kind="platform_notice", layout=layout, authentic=True, platform=platform,
                                       traps=sorted(set(list(traps) + ["received_ip"])))


def notices():
    fb = ("Meta for Law Enforcement", "no-reply@facebookmail.com")
    ig = ("Instagram", "security@mail.instagram.com")
    meta = ("Meta Law Enforcement Outreach", "le-outreach@meta.com")
    out = []
    out.append(("notice_policy", "facebook", fb, "Updates to our Law Enforcement Guidelines",
                part("Hello,\n\nWe are updating our Information for Law Enforcement Authorities effective 1 January 2027.\n"
                     "Emergency disclosure requests will continue to be accepted through the Law Enforcement Online\n"
                     "Request System. No action is required from you.\n\nMeta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025\n"), ["platform_address"]))
    out.append(("notice_portal", "facebook", meta, "Your Law Enforcement Online Request System account",
                part("<html><body><p>Your LEORS account <b>scrb-sm-desk@police.example.in</b> was verified.</p>"
                     "<p>You can now submit records requests at https://www.facebook.com/records.</p>"
                     "<p>Account type: Government / Police<br>Country: India<br>Agency: State Crime Records Bureau, Jaipur</p>"
                     "</body></html>", "text/html", "quoted-printable"), []))
    out.append(("notice_newsletter", "instagram", ig, "Suicide prevention on Instagram: what's new this quarter",
                multi("alternative", [
                    part("Suicide and self-harm prevention update\n\nThis quarter we expanded our partnership with\n"
                         "Tele-MANAS (14416) and iCall (9152987821) to show support resources to people in India who\n"
                         "search for self-harm terms. We also published new guidance for safer content about mental health.\n\n"
                         "Read more in our Safety Center.\n"),
                    part("<html><body><h2>Suicide and self-harm prevention update</h2><p>This quarter we expanded our "
                         "partnership with Tele-MANAS (14416) and iCall (9152987821).</p></body></html>", "text/html", "base64")],
                    "nl_1"), ["helpline"]))
    out.append(("notice_pwreset", "facebook", ("Facebook", "security@facebookmail.com"), "Reset your password",
                part("Hi SCRB Desk,\n\nWe received a request to reset the password of your Law Enforcement portal account.\n"
                     "Enter this code to reset it: 482913\n\nIf you did not ask for this, ignore this message.\n"
                     "This message was sent to scrb-sm-desk@police.example.in.\n"), []))
    out.append(("notice_survey", "instagram", meta, "How was your experience with our emergency response team?",
                part("Dear partner,\n\nWe'd like to hear about your recent experience working with the Meta Law Enforcement\n"
                     "Response Team. The survey takes 5 minutes: https://www.metasurveys.example.com/s/LE2026\n\n"
                     "Thank you for helping keep people safe.\n", cte="quoted-printable"), []))
    out.append(("notice_maintenance", "facebook", meta, "Scheduled maintenance: LEORS, 6 Dec 2026",
                part("The Law Enforcement Online Request System will be unavailable on 6 Dec 2026 from 02:00 to 04:00 UTC\n"
                     "(07:30-09:30 IST). Emergency requests during this window: send to the emergency address in your\n"
                     "onboarding letter.\n"), []))
    out.append(("notice_training", "facebook", meta, "Webinar invitation: Responding to online self-harm signals",
                part("<html><body><p>Namaste,</p><p>You are invited to a webinar for Indian law enforcement on responding "
                     "to self-harm and suicide signals online.</p><table><tr><td>Date</td><td>10 December 2026</td></tr>"
                     "<tr><td>Time</td><td>15:00 IST</td></tr><tr><td>Venue</td><td>Online (link to follow)</td></tr></table>"
                     "<p>Facebook India Online Services Pvt. Ltd., One Horizon Center, Golf Course Road, Gurugram, Haryana 122002</p>"
                     "</body></html>", "text/html"), ["platform_address"]))
    out.append(("notice_transparency", "facebook", fb, "Government Requests Report: H1 2026 published",
                part("Our biannual Transparency Report for January-June 2026 is now available. India: 5,214 emergency\n"
                     "requests received, data produced in 78% of cases.\n", cte="base64"), []))
    out.append(("notice_contact_update", "whatsapp", ("WhatsApp Law Enforcement (Meta)", "whatsapp-lert@support.meta.com"),
                "Change in WhatsApp's emergency contact address",
                part("From 15 December 2026 WhatsApp emergency disclosure requests from India should be submitted\n"
                     "through the Meta LEORS portal. The old address will stop working on 31 January 2027.\n"), []))
    out.append(("notice_digest", "instagram", ig, "Weekly summary: your agency's requests",
                part("एजेंसी के अनुरोधों का साप्ताहिक सारांश\n\nखुले अनुरोध: 3\nपूरे हुए: 11\nऔसत जवाब का समय: 2 घंटे\n\n"
                     "Weekly summary of your agency's requests: 3 open, 11 completed.\n", cte="quoted-printable"), []))
    res = []
    for i, (lay, plat, snd, subj, body, traps) in enumerate(out):
        res.append(notice(i, lay, plat, snd, subj, body, traps))
    return res


def others():
    res = []
    def mk(n, layout, headers, body, traps=()):
        return message(headers, body), dict(kind="other", layout=layout, authentic=False, platform=None,
                                            traps=sorted(traps))
    orig = ("From: Lifeline SCRB Rajasthan <scrb-sm-desk@police.example.in>\nTo: do-luni-jdh@police.example.in\n"
            "Subject: [LL-2026-000311] HIGH risk - self-harm alert - PS Luni\nDate: Mon, 30 Nov 2026 04:10:00 +0000\n"
            "Message-ID: <LL-2026-000311.forward.1.a1b2@lifeline.police.example.in>\n")
    dsn = multi("report; report-type=delivery-status", [
        part("This is the mail system at host mail.police.example.in.\n\nI'm sorry to have to inform you that your message\n"
             "could not be delivered to one or more recipients.\n\n<do-luni-jdh@police.example.in>: host\n"
             "mx.police.example.in[10.20.0.5] said: 550 5.1.1 User unknown\n"),
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.police.example.in\n\n"
        "Final-Recipient: rfc822; do-luni-jdh@police.example.in\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n",
        "Content-Type: text/rfc822-headers\n\n" + orig], "dsn_1")
    res.append(mk(0, "dsn_bounce", [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.police.example.in (Mail Delivery System)"),
                                    ("To", DESK), ("Subject", "Undelivered Mail Returned to Sender"),
                                    ("Date", "Mon, 30 Nov 2026 04:10:05 +0000"), ("Auto-Submitted", "auto-replied"),
                                    ("Message-ID", "<dsn.20261130041005.1@mail.police.example.in>")], dsn, ["received_ip"]))
    delay = multi("report; report-type=delivery-status", [
        part("This is the mail system at host mail.police.example.in.\n\n####################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################\n\n"
             "Your message could not be delivered for 4 hours. It will be retried until it is 5 days old.\n\n"
             "<cr-jaisalmer@police.example.in>: connect to mx2.police.example.in[10.20.0.9]:25: Connection timed out\n"),
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.police.example.in\n\n"
        "Final-Recipient: rfc822; cr-jaisalmer@police.example.in\nAction: delayed\nStatus: 4.4.1\n"], "dsn_2")
    res.append(mk(1, "dsn_delay", [("Return-Path", "<>"), ("From", "Mail Delivery System <MAILER-DAEMON@mail.police.example.in>"),
                                   ("To", DESK), ("Subject", "Delayed Mail (still being retried)"),
                                   ("Date", "Tue, 01 Dec 2026 09:12:00 +0000"), ("Auto-Submitted", "auto-replied"),
                                   ("Message-ID", "<delay.20261201091200@mail.police.example.in>")], delay, ["received_ip"]))
    res.append(mk(2, "ooo_hindi", [("From", addr("SHO Bilara", "sho-bilara-jdh@police.example.in")), ("To", DESK),
                                   ("Subject", enc_header("स्वचालित उत्तर: [LL-2026-000298] HIGH risk - self-harm alert")),
                                   ("Date", "Sun, 29 Nov 2026 17:40:00 +0530"), ("Auto-Submitted", "auto-replied"),
                                   ("In-Reply-To", "<LL-2026-000298.forward.1.ff01@lifeline.police.example.in>"),
                                   ("Message-ID", "<ooo.bilara.7781@police.example.in>")],
                  part("मैं 3 दिसंबर तक अवकाश पर हूँ। आवश्यक कार्य हेतु थाने के ड्यूटी ऑफिसर से संपर्क करें: 94141 00000.\n"
                       "I am on leave until 3 December.\n"), ["officer_signature"]))
    res.append(mk(3, "officer_ack", [("From", addr("Duty Officer Sojat", "do-sojat-pali@police.example.in")), ("To", DESK),
                                     ("Subject", "Re: [LL-2026-000305] HIGH risk - self-harm alert - PS Sojat"),
                                     ("Date", "Mon, 30 Nov 2026 10:02:11 +0530"),
                                     ("In-Reply-To", "<LL-2026-000305.forward.1.c3d4@lifeline.police.example.in>"),
                                     ("Message-ID", "<ack.sojat.5521@police.example.in>")],
                  part("REACHED. Team reached the house, person safe, counselling arranged. Family informed.\n\n"
                       "ASI Prem Singh (fictional), PS Sojat, Mob 9413300000\n\n"
                       "On Mon, 30 Nov 2026 at 09:41, Lifeline <scrb-sm-desk@police.example.in> wrote:\n"
                       "> [LL-2026-000305] HIGH risk - self-harm alert\n> Name: Hemant Jangid\n> Mobile: +91 98280 11111\n"
                       "> Location: Sojat\n"), ["officer_signature", "quoted_other_case"]))
    res.append(mk(4, "vendor", [("From", addr("SecureMail Gateway Sales", "sales@securemail-vendor.example.com")), ("To", DESK),
                                ("Subject", "Upgrade your mail security before 2027 - special price for police departments"),
                                ("Date", "Tue, 01 Dec 2026 06:30:00 +0000"), ("Message-ID", "<promo.7781@securemail-vendor.example.com>"),
                                ("List-Unsubscribe", "<mailto:unsub@securemail-vendor.example.com>")],
                  part("<html><body><h1>Stop phishing at the gateway</h1><p>Our appliance blocks spoofed mails, "
                       "including fake emergency requests. Call our sales team on +91 80 4000 0000.</p>"
                       "<p>Office: 4th Floor, Tonk Road, Jaipur 302015</p></body></html>", "text/html", "quoted-printable"),
                  ["vendor_address"]))
    res.append(mk(5, "circular", [("From", addr("SCRB Rajasthan", "scrb-admin@police.example.in")),
                                  ("To", "all-districts@police.example.in"), ("Cc", DESK),
                                  ("Subject", enc_header("परिपत्र: सोशल मीडिया आत्महत्या अलर्ट पर कार्यवाही के निर्देश")),
                                  ("Date", "Mon, 23 Nov 2026 11:00:00 +0530"), ("Message-ID", "<circ.2026.41@police.example.in>")],
                  multi("mixed", [part("सभी पुलिस अधीक्षक / पुलिस उपायुक्त,\n\nसोशल मीडिया प्लेटफ़ॉर्म से प्राप्त आत्महत्या संबंधी अलर्ट पर "
                                       "15 मिनट के भीतर मौके पर पहुँचना सुनिश्चित करें। टेली-मानस 14416 की जानकारी परिवार को दें।\n\n"
                                       "क्रमांक: SCRB/SM/2026/41 दिनांक 23.11.2026\n"),
                                  part("Circular no. SCRB/SM/2026/41\nAction within 15 minutes on every alert.\n", "text/plain",
                                       "base64", filename="circular_41.txt")], "circ_1"),
                  ["helpline", "police_ref"]))
    res.append(mk(6, "ooo_english", [("From", addr("Cyber Cell Sikar", "cybercell-sikar@police.example.in")), ("To", DESK),
                                     ("Subject", "Out of Office: Fwd: Emergency disclosure"),
                                     ("Date", "Sat, 28 Nov 2026 22:01:00 +0530"), ("Auto-Submitted", "auto-replied"),
                                     ("X-Autoreply", "yes"), ("Message-ID", "<ooo.sikar.11@police.example.in>")],
                  part("Thank you for your mail. The office is closed on Sunday. For emergencies dial 112.\n"), ["helpline"]))
    res.append(mk(7, "ack_hindi_short", [("From", addr("थाना प्रभारी नोखा", "sho-nokha-bkn@police.example.in")), ("To", DESK),
                                         ("Subject", "Re: [LL-2026-000318] HIGH risk — self-harm alert — PS Nokha"),
                                         ("Date", "Tue, 01 Dec 2026 01:15:00 +0530"),
                                         ("In-Reply-To", "<LL-2026-000318.forward.1.e5f6@lifeline.police.example.in>"),
                                         ("Message-ID", "<ack.nokha.0093@police.example.in>")],
                  part("ठीक है, प्राप्त हुआ। टीम भेज दी है।\n", cte="base64"), []))
    return res


# ----------------------------------------------------------------------------- main

EMPTY = dict(forwarded=False, reference=None, subject_name=None, phones=[], emails=[], ips=[], profile_urls=[],
             usernames=[], user_ids=[], post_text=None, post_time=None, place="", district=None,
             police_district=None, outside_rajasthan=False, place_kind="none")


def main():
    import email
    from email import policy
    from selfcheck import mail_text, topic
    for old in os.listdir(HERE):
        if old.endswith(".eml") or old.endswith(".expected.json"):
            os.remove(os.path.join(HERE, old))
    mails = []
    for i, row in enumerate(PLAN):
        f = Facts(i + 1, row)
        layout = row[0]
        if f.variant and f.variant.startswith("fw:"):
            raw, fw, auth = build_forward(f, layout), True, False
        else:
            raw, fw, auth = build_direct(f, layout), False, f.variant is None
        mails.append((layout, raw, lambda t, f=f, fw=fw, auth=auth, layout=layout: f.expected(fw, auth, t, layout)))
    for raw, meta in notices() + others():
        mails.append((meta["layout"], raw, lambda t, meta=meta: dict(EMPTY, **meta, topic_words=t)))
    # interleave so kinds are not in blocks: a fixed shuffle
    random.Random(44).shuffle(mails)
    manifest = []
    for n, (layout, raw, exp) in enumerate(mails, 1):
        stem = f"{n:04d}-{layout}"
        m = email.message_from_bytes(raw, policy=policy.default)
        e = exp(topic(mail_text(m)))
        with open(os.path.join(HERE, stem + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(e, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        manifest.append({"file": stem + ".eml", "kind": e["kind"], "layout": layout, "authentic": e["authentic"],
                         "forwarded": e["forwarded"], "platform": e["platform"], "district": e["district"],
                         "place_kind": e["place_kind"]})
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(manifest)} mails")


if __name__ == "__main__":
    main()
