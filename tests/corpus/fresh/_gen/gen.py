#!/usr/bin/env python3
"""Generator of the fresh corpus (stdlib only, fixed seed).  Run:  python3 gen.py
Writes ../NNNN-<layout>.eml + .expected.json + ../manifest.json, then runs check.py.
"""
import base64, datetime as dt, html, ipaddress, json, os, quopri, random, sys
from email.header import Header
from email.utils import format_datetime, formataddr

sys.path.insert(0, os.path.dirname(__file__))
from data import *  # noqa

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
R = random.Random(20261202)
UTC = dt.timezone.utc
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
DESK = "scrb-sm-desk@police.example.in"
MTA = "mail.police.example.in"

TOPIC = ["suicid", "self-harm", "self harm", "self-injur", "at risk", "at-risk", "आत्महत्या",
         "खुदकुशी", "आत्म-हानि", "आत्मघात"]

# ----------------------------------------------------------------- small helpers
DEV = str.maketrans("0123456789", "०१२३४५६७८९")


def rnd_mobile():
    return R.choice("6789") + "".join(R.choice("0123456789") for _ in range(9))


def phone_fmt(m, style):
    a, b = m[:5], m[5:]
    return {
        "plus_space": f"+91 {a} {b}",
        "zero": f"0{a} {b}",
        "zero_tight": f"0{m}",
        "0091": f"0091-{m}",
        "ten": m,
        "plus_dash": f"+91-{a}-{b}",
        "91dash": f"91-{m}",
        "paren": f"(+91) {a}-{b}",
        "plus_tight": f"+91{m}",
        "dev": f"+९१ {a.translate(DEV)} {b.translate(DEV)}",
        "dev_ten": m.translate(DEV),
        "spaced3": f"+91 {m[:3]} {m[3:6]} {m[6:]}",
    }[style]


PHONE_STYLES = ["plus_space", "zero", "zero_tight", "0091", "ten", "plus_dash", "91dash", "paren",
                "plus_tight", "spaced3", "dev", "dev_ten"]

V4_PREFIX = ["49.36", "106.215", "157.38", "117.99", "223.176", "182.69", "27.61", "103.87",
             "122.161", "59.89", "171.61", "1.39"]
V6_PREFIX = ["2401:4900", "2409:4052", "2405:201", "2402:3a80", "2409:40d4", "2401:4900"]


def rnd_ip(v6):
    if not v6:
        if R.random() < 0.1:
            return R.choice(["198.51.100.", "203.0.113."]) + str(R.randint(2, 250))
        return f"{R.choice(V4_PREFIX)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
    groups = R.choice(V6_PREFIX).split(":")
    while len(groups) < 7:
        groups.append(format(R.choice([0, 0, R.randint(1, 0xffff), R.randint(1, 0xfff)]), "x"))
    groups.append(format(R.randint(1, 0xffff), "x"))
    # make sure it is a 'real-looking' one with at least one zero run sometimes
    return str(ipaddress.IPv6Address(":".join(groups)))


def ip_render(ip, style):
    a = ipaddress.ip_address(ip)
    if a.version == 4:
        return ip
    if style == "full":
        return a.exploded
    if style == "upper":
        return str(a).upper()
    if style == "full_upper":
        return a.exploded.upper()
    return str(a)


# time formats: fn(dt_utc) -> (text, truncated utc datetime)
def t_iso_z(d): return d.strftime("%Y-%m-%dT%H:%M:%SZ"), d
def t_iso_ist(d): return d.astimezone(IST).strftime("%Y-%m-%dT%H:%M:%S+05:30"), d
def t_human_ist(d):
    d = d.replace(second=0)
    return d.astimezone(IST).strftime("%d %b %Y, %I:%M %p IST"), d
def t_us_utc(d):
    d = d.replace(second=0)
    return d.strftime("%m/%d/%Y %H:%M UTC"), d
def t_dayfirst_ist(d):
    d = d.replace(second=0)
    return d.astimezone(IST).strftime("%d-%m-%Y %H:%M IST"), d
def t_dayfirst_bare(d):
    d = d.replace(second=0)
    return d.astimezone(IST).strftime("%d-%m-%Y %H:%M"), d
def t_epoch(d): return str(int(d.timestamp())), d
def t_epoch_ms(d): return str(int(d.timestamp()) * 1000 + R.randint(1, 999)), d
def t_space_utc(d): return d.strftime("%Y-%m-%d %H:%M:%S UTC"), d
def t_rfc2822(d): return format_datetime(d.astimezone(IST)), d
def t_space_min_utc(d):
    d = d.replace(second=0)
    return d.strftime("%Y-%m-%d %H:%M UTC"), d


TFMT = {"iso_z": t_iso_z, "iso_ist": t_iso_ist, "human_ist": t_human_ist, "us_utc": t_us_utc,
        "dayfirst_ist": t_dayfirst_ist, "epoch": t_epoch, "epoch_ms": t_epoch_ms,
        "space_utc": t_space_utc, "dayfirst_bare": t_dayfirst_bare, "rfc2822": t_rfc2822, "space_min_utc": t_space_min_utc}


def iso(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if d else None


def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, a):
    return formataddr((name, a), charset="utf-8")


def body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(ctype, text, charset="utf-8", cte="8bit", disp=None, filename=None):
    h = f"Content-Type: {ctype}; charset=\"{charset}\""
    if filename:
        h += f"; name=\"{filename}\""
    h += f"\nContent-Transfer-Encoding: {cte}\n"
    if disp:
        h += f"Content-Disposition: {disp}" + (f"; filename=\"{filename}\"" if filename else "") + "\n"
    return h.encode() + b"\n" + body_bytes(text, charset, cte)


BCOUNT = [0]


def multipart(sub, parts, extra=""):
    BCOUNT[0] += 1
    b = f"=_b{BCOUNT[0]:04d}_{R.randint(10**6, 10**7)}"
    out = f"Content-Type: multipart/{sub}; boundary=\"{b}\"{extra}\n\n".encode()
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{b}\n".encode() + p.rstrip(b"\n") + b"\n"
    out += f"\n--{b}--\n".encode()
    return out


def rfc822_part(msg_bytes, filename="original.eml"):
    return (f"Content-Type: message/rfc822; name=\"{filename}\"\nContent-Disposition: attachment; "
            f"filename=\"{filename}\"\n\n").encode() + msg_bytes


def headers(lines):
    return "".join(f"{k}: {v}\n" for k, v in lines).encode()


def msgid(dom):
    return f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.{R.choice(['lert', 'le', 'esc', 'ntf'])}@{dom}>"


# ----------------------------------------------------------------- label vocabularies
LABELS = {
    "name": ["Name", "Account holder", "Name on account", "Display name", "User", "Subscriber name",
             "Full name", "Account name", "Profile name", "Registered name", "Person concerned",
             "Name of user", "Account owner", "Subscriber"],
    "phone": ["Registered mobile", "Phone", "Mobile number", "Phone number on account",
              "Contact number", "Verified phone", "Linked phone", "MSISDN", "Account phone",
              "Mobile", "Phone number(s)", "Confirmed mobile"],
    "email": ["Registered email", "Email", "E-mail address", "Account email", "Contact email",
              "Verified email", "Email address(es)", "Login email"],
    "profile": ["Profile URL", "Profile link", "Account URL", "Link to profile", "Profile",
                "Public profile", "URL"],
    "username": ["Username", "Handle", "User name", "Account username", "Vanity name",
                 "Screen name"],
    "user_id": ["User ID", "Account ID", "FBID", "UID", "Profile ID", "Numeric ID",
                "Unique account identifier"],
    "post": ["Text", "Post text", "Content", "Caption", "Post content", "Content of concern",
             "Message", "Status text", "Comment", "What was posted", "Content text",
             "Reported content"],
    "post_time": ["Posted", "Post time", "Time of post", "Created", "Content created at",
                  "Timestamp of content", "Uploaded at", "Date/time posted"],
    "place": ["City (profile)", "Location", "Current city", "Hometown", "City",
              "Location (self-reported)", "Address on profile", "Region", "Place",
              "Last known location", "Profile location"],
    "reference": ["Reference number", "Case", "Case ID", "Ref", "Report ID", "Referral number",
                  "Escalation ID", "Ticket", "Our reference", "Case number", "LER reference"],
    "ips": ["Recent login IP addresses", "IP addresses", "Login activity", "Recent IPs",
            "Access log", "IP activity", "Session IPs"],
}
LABELS_HI = {
    "name": ["नाम", "खाताधारक का नाम", "उपयोगकर्ता का नाम", "प्रोफ़ाइल नाम", "व्यक्ति का नाम"],
    "phone": ["मोबाइल नंबर", "फ़ोन नंबर", "पंजीकृत मोबाइल", "संपर्क नंबर"],
    "email": ["ईमेल", "ई-मेल पता"],
    "profile": ["प्रोफ़ाइल लिंक", "प्रोफ़ाइल यूआरएल"],
    "username": ["यूज़रनेम"],
    "user_id": ["यूज़र आईडी", "खाता आईडी"],
    "post": ["पोस्ट", "पोस्ट का विवरण", "पोस्ट की सामग्री"],
    "post_time": ["पोस्ट का समय", "पोस्ट करने का समय"],
    "place": ["स्थान", "शहर", "पता (प्रोफ़ाइल)"],
    "reference": ["संदर्भ संख्या", "केस संख्या"],
    "ips": ["लॉगिन आईपी पते", "आईपी पते"],
}
KV_KEYS = {"name": ["account_name", "full_name", "subject_name", "display_name"],
           "phone": ["phone", "msisdn", "mobile"], "email": ["email", "account_email"],
           "profile": ["profile_url", "url"], "username": ["username", "handle"],
           "user_id": ["user_id", "account_id", "fbid"], "post": ["content", "post_text", "caption"],
           "post_time": ["created_at", "posted_at"], "place": ["location", "city"],
           "reference": ["case_id", "reference", "report_id"], "ips": ["ip_log", "logins"]}

PLAT_NAME = {"facebook": "Facebook", "instagram": "Instagram", "whatsapp": "WhatsApp",
             "threads": "Threads"}
SENDERS = {
    "facebook": [("Facebook Law Enforcement Response Team", "records@support.facebook.com"),
                 ("Facebook", "security@facebookmail.com"),
                 ("Meta Law Enforcement Outreach", "le-outreach@fb.com"),
                 ("Facebook Safety", "notification@facebookmail.com"),
                 ("Meta Emergency Response", "emergency@meta.com")],
    "instagram": [("Instagram Safety", "no-reply@mail.instagram.com"),
                  ("Instagram", "safety@instagram.com"),
                  ("Meta LERT (Instagram)", "lert@support.facebook.com"),
                  ("Instagram Trust and Safety", "trust@mail.instagram.com")],
    "whatsapp": [("WhatsApp Law Enforcement Support", "whatsapp-le@fb.com"),
                 ("Meta on behalf of WhatsApp", "wa-escalations@meta.com"),
                 ("WhatsApp", "lert-whatsapp@support.facebook.com")],
    "threads": [("Threads Safety", "threads-safety@mail.instagram.com"),
                ("Meta Law Enforcement Response (Threads)", "records@meta.com"),
                ("Threads", "no-reply@threads.instagram.com")],
}
MTA_IPS = {"facebook.com": "69.171.232.10", "facebookmail.com": "66.220.144.154",
           "fb.com": "173.252.127.10", "meta.com": "157.240.1.35", "instagram.com": "66.220.155.14"}

INTRO_TOPIC = [
    "Our team has identified content on {P} indicating that the person below may be at imminent risk of self-harm. We are sharing this information so that you can check on their wellbeing. Please treat this as urgent.",
    "A user on {P} appears to be at risk of suicide based on content they posted a short while ago. Please act on this urgently.",
    "We are reaching out because a user posted content on {P} suggesting suicidal intent. Below is the information we hold about the account.",
    "This is an emergency disclosure. We believe the {P} user described below is at risk and may attempt suicide.",
    "{P} has received a report about a user who may be at risk of self-harm. We are providing the following details to help your officers reach the person.",
]
INTRO_NEUTRAL = [
    "We are writing to share information about an account on {P} in connection with an emergency. Please review the details below.",
    "Please find below information relating to an emergency request concerning a {P} user.",
    "Meta is providing the following account information in good faith, in response to an emergency involving possible danger of death or serious physical injury.",
    "This notification concerns a {P} account. Please take whatever action you consider appropriate.",
    "Our team reviewed content on {P} and believes that the person described below needs help urgently.",
    "Hello Officer, we are contacting your agency about the {P} user below. Time may be critical.",
]
INTRO_HI_TOPIC = ["हमारी टीम को {P} पर ऐसी सामग्री मिली है जिससे लगता है कि नीचे दिया गया व्यक्ति आत्महत्या का प्रयास कर सकता है। कृपया तुरंत कार्यवाही करें।"]
INTRO_HI_NEUTRAL = ["कृपया नीचे दी गई जानकारी देखें और तुरंत आवश्यक कार्यवाही करें। यह मामला अत्यंत ज़रूरी है।",
                    "{P} के एक उपयोगकर्ता के बारे में आपातकालीन सूचना नीचे दी गई है।"]
CLOSINGS = [
    "This information is provided in response to an emergency situation involving risk of death or serious physical injury. Please reply to this message if you need more details.",
    "Please reply to this email if you need further assistance.",
    "Thank you for your help.",
    "If you have questions, reply to this message and quote the reference above.",
    "We appreciate your prompt attention.",
]
HELPLINES = [
    "Support resources for the person: Tele-MANAS 14416 or 1-800-891-4416 (24x7, free).",
    "In an emergency dial 112. Tele-MANAS: 14416.",
    "Helplines you may share: AASRA +91-9820466726, Tele-MANAS 1-800-891-4416, KIRAN 1800-599-0019.",
    "Helpline (Tele-MANAS): 14416 / 1800 891 4416. Emergency: 112.",
]
ADDRESSES = [
    "Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025, USA",
    "Facebook India Online Services Pvt. Ltd., Building 14, DLF Cyber City, Gurugram, Haryana 122002",
    "Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Ireland",
    "Instagram LLC, 1601 Willow Road, Menlo Park, CA 94025",
]
OFFICERS = [
    ("SI Mahendra Singh", "Cyber Cell, Ajmer", "cybercell-ajm@police.example.in"),
    ("Insp. Kavita Rathore", "Cyber Thana, Bikaner", "cyberthana-bkn@rajpolice.gov.in"),
    ("HC Ramesh Bishnoi", "District Special Team, Barmer", "dst-barmer@police.example.in"),
    ("ASI Shankar Lal", "Cyber Cell, Udaipur", "cyber-udr@rajpolice.gov.in"),
    ("Dy.SP Alok Tiwari", "SP Office, Kota City", "dysp-kota@police.example.in"),
    ("SI Farida Bano", "Social Media Cell, Jaipur Commissionerate", "smcell-jpr@rajpolice.gov.in"),
    ("Insp. Vinod Godara", "Cyber Police Station, Sri Ganganagar", "cps-sgnr@rajpolice.gov.in"),
]


# ----------------------------------------------------------------- person / case
def make_person(platform, hindi_name=False):
    first, last = R.choice(FIRST), R.choice(LAST)
    name = R.choice(HINDI_NAMES) if hindi_name else f"{first} {last}"
    if hindi_name:  # the account's handle and e-mail follow the romanised name (no extra random draws)
        first, last = HINDI_ROMAN[name]
    slug = (first.split()[0] + "." + last).lower()
    uname = R.choice([f"{first.split()[0].lower()}_{R.randint(10, 9999)}",
                      f"{slug.replace('.', '_')}{R.randint(1, 99)}",
                      f"its_{first.split()[0].lower()}{R.randint(90, 2009)}",
                      f"{last.lower()}.{first.split()[0].lower()}"])
    p = {"name": name, "first": first, "last": last, "uname": uname}
    p["phones"] = [rnd_mobile()] + ([rnd_mobile()] if R.random() < 0.15 else [])
    em = f"{slug}{R.randint(1, 2005)}@{R.choice(['example.com', 'example.in', 'example.org', 'mail.example.net'])}"
    p["emails"] = [em] if R.random() < 0.6 else []
    if platform == "facebook":
        p["user_id"] = "1000" + "".join(R.choice("0123456789") for _ in range(11))
        p["profile"] = R.choice([f"https://www.facebook.com/profile.php?id={p['user_id']}",
                                 f"https://www.facebook.com/{uname.replace('_', '.')}"])
        p["uname"] = None if "profile.php" in p["profile"] else uname.replace("_", ".")
    elif platform in ("instagram", "threads"):
        p["user_id"] = str(R.randint(10**9, 6 * 10**10))
        p["profile"] = (f"https://www.instagram.com/{uname}/" if platform == "instagram"
                        else f"https://www.threads.net/@{uname}")
    else:  # whatsapp: the account is the phone
        p["user_id"] = None
        p["profile"] = None
        p["uname"] = None
    return p


def pick_post(lang):
    if lang == "en":
        return R.choice(POSTS_EN)
    if lang == "hi":
        return R.choice(POSTS_HI)
    return R.choice(POSTS_HI + POSTS_HINGLISH + POSTS_EN)


def new_ref(platform):
    n = R.randint(10**6, 10**10)
    return R.choice({
        "facebook": [str(n), f"LER-2026-{n % 10**6:06d}", f"FB-{n}", f"{n}"],
        "instagram": [f"IG-{n % 10**8}", f"{n}", f"IGLE-{n % 10**7}"],
        "whatsapp": [f"WA-ESC-{n % 10**6}", f"WA{n}", f"{n}"],
        "threads": [f"TH-202611-{n % 10**5:05d}", f"{n}"],
    }[platform])


class Case:
    pass


def make_case(platform, place, lang="mixed", hindi_name=False, tfmt=None, nips=None):
    c = Case()
    c.platform = platform
    c.p = make_person(platform, hindi_name)
    c.ref = new_ref(platform) if R.random() < 0.93 else None
    day = R.randint(14, 28)
    base = dt.datetime(2026, 11, day, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), tzinfo=UTC)
    c.base = base
    c.tfmt = tfmt or R.choice(list(TFMT))
    txt, d = TFMT[c.tfmt](base)
    c.post_time_txt, c.post_time = txt, d
    if R.random() < 0.08:
        c.post_time_txt, c.post_time = None, None
    c.post = pick_post(lang) if R.random() < 0.96 else None
    c.place = place  # tuple or None
    n = R.choice([0, 1, 1, 2, 2, 3]) if nips is None else nips
    c.ips = []
    for i in range(n):
        ip = rnd_ip(R.random() < 0.4)
        seen = base - dt.timedelta(minutes=R.randint(1, 600), seconds=R.randint(0, 59))
        has_t = R.random() < 0.9
        if has_t:
            t_txt, t_d = TFMT[c.tfmt](seen)
        else:
            t_txt, t_d = None, None
        style = R.choice(["short", "short", "full", "upper", "full_upper"])
        c.ips.append({"ip": ip, "txt": ip_render(ip, style), "t_txt": t_txt, "t": t_d})
    c.phone_style = R.choice(PHONE_STYLES)
    c.phones_txt = [phone_fmt(m, c.phone_style) for m in c.p["phones"]]
    c.emails_txt = [e if R.random() < 0.75 else e[0].upper() + e[1:].replace("@e", "@E") for e in c.p["emails"]]
    c.traps = []
    c.friend = None
    c.show_uname = bool(c.p.get("uname")) and R.random() < 0.85
    if R.random() < 0.05 and (c.p.get("uname") or c.p.get("user_id")):
        c.p["name"] = None
    if R.random() < 0.06 and platform != "whatsapp":
        c.p["phones"] = []
        c.phones_txt = []
    c.show_uid = bool(c.p.get("user_id")) and R.random() < 0.85
    return c


def fields(c, lab=LABELS, keys=None):
    """Ordered (key, label, value) list for the person's facts (ips separate)."""
    out = []
    L = lambda k: R.choice(lab[k])
    if c.ref:
        out.append(("reference", L("reference"), c.ref))
    if c.p["name"]:
        out.append(("name", L("name"), c.p["name"]))
    if c.p.get("profile"):
        out.append(("profile", L("profile"), c.p["profile"]))
    if c.show_uname:
        out.append(("username", L("username"), c.p["uname"]))
    if c.show_uid:
        out.append(("user_id", L("user_id"), c.p["user_id"]))
    if c.phones_txt:
        out.append(("phone", L("phone"), ", ".join(c.phones_txt)))
    if c.emails_txt:
        out.append(("email", L("email"), ", ".join(c.emails_txt)))
    if c.place:
        out.append(("place", L("place"), c.place[0]))
    if c.post_time_txt:
        out.append(("post_time", L("post_time"), c.post_time_txt))
    if c.post:
        out.append(("post", L("post"), c.post))
    return out


def ip_lines(c, style=None):
    style = style or R.choice(["at", "paren", "table", "seen"])
    lines = []
    for i in c.ips:
        if not i["t_txt"]:
            lines.append(i["txt"])
        elif style == "at":
            lines.append(f"{i['txt']} at {i['t_txt']}")
        elif style == "paren":
            lines.append(f"{i['txt']} ({i['t_txt']})")
        elif style == "table":
            lines.append(f"{i['t_txt']}  {i['txt']}")
        else:
            lines.append(f"{i['txt']} - last seen {i['t_txt']}")
    return lines


def friend_block(c, hindi=False):
    f = f"{R.choice(FIRST)} {R.choice(LAST)}"
    m = rnd_mobile()
    c.friend = (f, m)
    c.traps.append("friend")
    if hindi:
        return f"सूचना देने वाला मित्र: {f}, मोबाइल {phone_fmt(m, 'plus_space')}"
    return R.choice([
        f"The content was reported to us by a friend of the user ({f}, phone {phone_fmt(m, 'plus_space')}).",
        f"Reporter (friend): {f} / {phone_fmt(m, 'ten')}",
        f"Flagged by: {f}, who can be reached on {phone_fmt(m, 'zero')}.",
        f"REPORTED BY (a friend of the account holder)\nName: {f}\nMobile: {phone_fmt(m, 'plus_space')}",
    ])


def helpline(c):
    c.traps.append("helpline")
    return R.choice(HELPLINES)


def office(c):
    c.traps.append("platform_address")
    return R.choice(ADDRESSES)


def request_id(c):
    c.traps.append("request_id")
    return R.choice([f"Request ID: {R.randint(10**14, 10**15)}",
                     f"Internal tracking hash: {R.getrandbits(64):016x}",
                     f"Message reference: LEPortal-{R.randint(10**7, 10**8)}"])


def extras(c, hindi=False):
    """Trap lines appended after the facts."""
    out = []
    if R.random() < 0.3:
        out.append(friend_block(c, hindi))
    if R.random() < 0.45:
        out.append(helpline(c))
    if R.random() < 0.2:
        out.append(request_id(c))
    return out


def intro(c, topic, hindi=False):
    P = PLAT_NAME[c.platform]
    if hindi:
        return R.choice(INTRO_HI_TOPIC if topic else INTRO_HI_NEUTRAL).format(P=P)
    return R.choice(INTRO_TOPIC if topic else INTRO_NEUTRAL).format(P=P)


SUBJ_NEUTRAL = ["Emergency notification", "Urgent: case {r}", "Law enforcement outreach", "Re: ref #{r}",
                "Emergency disclosure - {r}", "Account information [{r}]", "Time-sensitive: please review",
                "Meta LERT {r}", "Action required", "Emergency request {r}", "Information regarding account",
                "{r}", "{P}: emergency disclosure", "{P} account – urgent", "Urgent", "Notification {r}",
                "Case {r} – please respond", "Re: Urgent: case {r}"]
SUBJ_TOPIC = ["Emergency Referral: {P} user may be at risk of self-harm [Ref {r}]",
              "Suicide risk alert – {P} case {r}", "Self-harm report {r}", "User at risk - {r}",
              "{P}: possible suicide attempt ({r})"]
SUBJ_HI = ["तत्काल सूचना", "आपातकालीन सूचना – केस {r}", "आत्महत्या की आशंका – {r}", "ज़रूरी: {P} उपयोगकर्ता"]


def subject(c, topic, hindi=False):
    r = c.ref or str(R.randint(10**5, 10**6))
    if c.ref is None:
        pool = ["Emergency notification", "Law enforcement outreach", "Urgent", "Action required",
                "Time-sensitive: please review"]
        if topic:
            pool = ["{P} user may be at risk of self-harm", "Suicide risk alert ({P})"]
        return R.choice(pool).format(P=PLAT_NAME[c.platform])
    pool = (SUBJ_HI if hindi else (SUBJ_TOPIC if topic else SUBJ_NEUTRAL))
    s = R.choice(pool)
    if hindi and "आत्महत्या" in s and not topic:
        s = SUBJ_HI[0]
    return s.format(P=PLAT_NAME[c.platform], r=r)


# ----------------------------------------------------------------- text renderers
def tz_note(c, hindi=False):
    if c.tfmt == "dayfirst_bare":
        return "सभी समय भारतीय मानक समय (IST) में हैं।" if hindi else "All times below are Indian Standard Time (IST)."
    return None


def text_block(c, style, lab=LABELS, ips_label=None):
    """The facts as text in a given style."""
    fl = fields(c, lab)
    ipl = ip_lines(c)
    iplab = ips_label or R.choice(lab["ips"])
    out = []
    if style == "colon":
        sep = R.choice([": ", ": ", " : ", ":\t"])
        for k, l, v in fl:
            out.append(f"{l}{sep}{v}")
        if ipl:
            out += ["", iplab.upper() if R.random() < 0.5 else iplab + ":"] + ipl
    elif style == "label_line":
        for k, l, v in fl:
            out += [l.upper() if R.random() < 0.3 else l, v, ""]
        if ipl:
            out += [iplab] + ipl
    elif style == "bullets":
        b = R.choice(["•", "-", "*", "–"])
        sep = R.choice([": ", " — ", " - "]) if b != "-" else ": "
        for k, l, v in fl:
            out.append(f"{b} {l}{sep}{v}")
        if ipl:
            out.append(f"{b} {iplab}:")
            out += [f"    {b} {x}" for x in ipl]
    elif style == "markdown":
        out.append("## Account")
        for k, l, v in fl:
            if k == "post":
                out += ["", "## Content", f"**{l}:** {v}"]
            else:
                out.append(f"**{l}:** {v}  ")
        if ipl:
            out += ["", f"## {iplab}"] + [f"- `{i['txt']}`" + (f" — {i['t_txt']}" if i["t_txt"] else "") for i in c.ips]
    elif style == "md_table":
        out += ["| Field | Value |", "|---|---|"] + [f"| {l} | {v} |" for k, l, v in fl]
        if ipl:
            out += ["", f"| {iplab} | Time |", "|---|---|"]
            out += [f"| {i['txt']} | {i['t_txt'] or ''} |" for i in c.ips]
    elif style == "keyvalue":
        for k, l, v in fl:
            out.append(f"{R.choice(KV_KEYS[k])}={v}")
        for n, i in enumerate(c.ips):
            out.append(f"ip_{n + 1}={i['txt']}")
            if i["t_txt"]:
                out.append(f"ip_{n + 1}_seen={i['t_txt']}")
    elif style == "fixed":
        w = max(len(l) for k, l, v in fl) + 4
        for k, l, v in fl:
            out.append(f"{l} ".ljust(w, ".") + f" {v}")
        if ipl:
            out += ["", iplab] + ["    " + x for x in ipl]
    elif style == "ascii_table":
        w1 = max(len(l) for k, l, v in fl)
        w2 = max(len(v) for k, l, v in fl)
        bar = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+"
        out.append(bar)
        for k, l, v in fl:
            out.append(f"| {l.ljust(w1)} | {v.ljust(w2)} |")
        out.append(bar)
        if ipl:
            out += ["", iplab, "+-------------------------------------------+"]
            out += [f"| {i['txt']:<40} | {i['t_txt'] or '-'}" for i in c.ips]
    elif style == "yaml":
        out.append("account:")
        for k, l, v in fl:
            if k in ("post", "post_time"):
                continue
            out.append(f"  {l}: {v}")
        if c.post or c.post_time_txt:
            out.append("content:")
            for k, l, v in fl:
                if k in ("post", "post_time"):
                    out.append(f"  {l}: {v}")
        if c.ips:
            out.append("ip_addresses:")
            for i in c.ips:
                out.append(f"  - ip: {i['txt']}")
                if i["t_txt"]:
                    out.append(f"    seen: {i['t_txt']}")
    elif style == "tsv":
        for k, l, v in fl:
            out.append(f"{l}\t{v}")
        for i in c.ips:
            out.append(f"IP\t{i['txt']}\t{i['t_txt'] or ''}")
    return "\n".join(out)


def compose_text(c, style, topic, hindi=False, lab=None, greet=True):
    lab = lab or (LABELS_HI if hindi else LABELS)
    parts = []
    if greet:
        parts.append(R.choice(["Hello,", "Dear Officer,", "Hi,", "To the concerned officer,"]) if not hindi else "महोदय,")
    parts.append(intro(c, topic, hindi))
    if not hindi and R.random() < 0.12:
        f, m = f"{R.choice(FIRST)} {R.choice(LAST)}", rnd_mobile()
        c.traps.append("friend")
        parts[-1] += f" The post was reported to us by {f} ({phone_fmt(m, 'ten')}), who says they are a friend."
    tn = tz_note(c, hindi)
    if tn:
        parts.append(tn)
    parts.append(text_block(c, style, lab))
    ex = extras(c, hindi)
    if ex:
        parts.append("\n".join(ex))
    parts.append(R.choice(CLOSINGS) if not hindi else "कृपया आवश्यकता होने पर इस मेल का उत्तर दें।")
    sig = R.choice({"facebook": ["Facebook Law Enforcement Response Team", "Meta Trust & Safety", "Meta LERT"],
                    "instagram": ["Instagram Law Enforcement Response", "Meta Trust & Safety"],
                    "whatsapp": ["WhatsApp Law Enforcement Support", "Meta LERT"],
                    "threads": ["Threads Safety Team", "Meta Law Enforcement Response Team"]}[c.platform] +
                   ["Law Enforcement Response Team", f"{PLAT_NAME[c.platform]} Safety Team"])
    if R.random() < 0.35:
        sig += "\n" + office(c)
    parts.append(sig)
    return "\n\n".join(parts) + "\n"


# ----------------------------------------------------------------- html renderers
E = lambda s: html.escape(s, quote=False)


def html_facts(c, style, lab=LABELS):
    fl = fields(c, lab)
    rows = []
    def val(k, v):
        if k == "profile":
            return f'<a href="{E(v)}">{E(v)}</a>'
        if k == "email":
            return ", ".join(f'<a href="mailto:{E(x)}">{E(x)}</a>' for x in v.split(", "))
        return E(v)
    iplab = R.choice(lab["ips"])
    if style == "table":
        th = R.choice(["th", "td"])
        rows.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">')
        for k, l, v in fl:
            lb = f"<b>{E(l)}</b>" if th == "td" else E(l)
            rows.append(f'<tr><{th} align="left" style="background:#f0f2f5">{lb}</{th}><td>{val(k, v)}</td></tr>')
        rows.append("</table>")
        if c.ips:
            rows.append(f"<h4>{E(iplab)}</h4>")
            rows.append('<table border="1" cellpadding="3"><tr><th>IP address</th><th>Time</th></tr>')
            for i in c.ips:
                rows.append(f"<tr><td>{E(i['txt'])}</td><td>{E(i['t_txt'] or '—')}</td></tr>")
            rows.append("</table>")
    elif style == "br":
        for k, l, v in fl:
            rows.append(f"<b>{E(l)}:</b> {val(k, v)}<br>")
        if c.ips:
            rows.append(f"<br><b>{E(iplab)}:</b><br>")
            rows += [E(x) + "<br>" for x in ip_lines(c)]
    elif style == "dl":
        rows.append("<dl>")
        for k, l, v in fl:
            rows.append(f"  <dt>{E(l)}</dt>\n  <dd>{val(k, v)}</dd>")
        if c.ips:
            rows.append(f"  <dt>{E(iplab)}</dt>")
            rows += [f"  <dd>{E(x)}</dd>" for x in ip_lines(c)]
        rows.append("</dl>")
    elif style == "ul":
        rows.append("<ul>")
        for k, l, v in fl:
            rows.append(f"<li><strong>{E(l)}</strong>: {val(k, v)}</li>")
        rows.append("</ul>")
        if c.ips:
            rows.append(f"<p>{E(iplab)}</p><ul>" + "".join(f"<li>{E(x)}</li>" for x in ip_lines(c)) + "</ul>")
    elif style == "div":
        for k, l, v in fl:
            rows.append(f'<div class="row" style="display:flex"><span class="k" style="width:180px;color:#65676b">{E(l)}</span>'
                        f'<span class="v">{val(k, v)}</span></div>')
        for i in c.ips:
            rows.append(f'<div class="row"><span class="k">IP</span><span class="v">{E(i["txt"])}</span>'
                        f'<span class="t">{E(i["t_txt"] or "")}</span></div>')
    elif style == "p_pairs":
        for k, l, v in fl:
            rows.append(f'<p style="margin:8px 0 0 0;font-size:12px;color:#606770">{E(l)}</p>'
                        f'<p style="margin:0;font-size:15px">{val(k, v)}</p>')
        if c.ips:
            rows.append(f'<p style="margin:8px 0 0 0;font-size:12px;color:#606770">{E(iplab)}</p>')
            rows += [f'<p style="margin:0">{E(x)}</p>' for x in ip_lines(c)]
    elif style == "nested":
        rows.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">'
                    '<table width="600" style="font-family:Helvetica,Arial"><tbody>')
        for k, l, v in fl:
            rows.append(f'<tr><td style="padding:6px 0;border-bottom:1px solid #ddd"><span style="font-weight:600">{E(l)}</span></td>'
                        f'<td style="padding:6px 0;border-bottom:1px solid #ddd">{val(k, v)}</td></tr>')
        for i in c.ips:
            rows.append(f'<tr><td><span style="font-weight:600">{E(iplab)}</span></td><td>{E(i["txt"])}'
                        + (f' &middot; {E(i["t_txt"])}' if i["t_txt"] else "") + "</td></tr>")
        rows.append("</tbody></table></td></tr></table>")
    return "\n".join(rows)


def compose_html(c, style, topic, hindi=False):
    lab = LABELS_HI if hindi else LABELS
    P = PLAT_NAME[c.platform]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + E(P) + '</title></head>',
         '<body style="font-family:Arial,sans-serif">',
         f'<div style="font-size:20px;color:#1877f2">{E(P)}</div>',
         f"<p>{E(intro(c, topic, hindi))}</p>"]
    tn = tz_note(c, hindi)
    if tn:
        h.append(f"<p><i>{E(tn)}</i></p>")
    h.append(html_facts(c, style, lab))
    for x in extras(c, hindi):
        h.append("<p>" + E(x).replace("\n", "<br>\n") + "</p>")
    h.append(f"<p>{E(R.choice(CLOSINGS))}</p>")
    if R.random() < 0.4:
        h.append(f'<p style="font-size:11px;color:#8a8d91">{E(office(c))}</p>')
    h.append("</body></html>")
    return "\n".join(h) + "\n"


def html_to_plain(c, style, topic):
    return compose_text(c, "colon", topic)


# ----------------------------------------------------------------- structured renderers
def json_doc(c, topic):
    d = {"type": "emergency_disclosure", "platform": c.platform}
    if c.ref:
        d["case_id"] = c.ref
    acct = {"name": c.p["name"]} if c.p["name"] else {}
    if c.p.get("profile"):
        acct["profile_url"] = c.p["profile"]
    if c.show_uname:
        acct["username"] = c.p["uname"]
    if c.show_uid:
        acct["id"] = c.p["user_id"]
    acct["phones"] = c.phones_txt
    if c.emails_txt:
        acct["emails"] = c.emails_txt
    if c.place:
        acct["location"] = c.place[0]
    d["account"] = acct
    if c.post or c.post_time_txt:
        cont = {}
        if c.post:
            cont["text"] = c.post
        if c.post_time_txt:
            cont["created_time"] = int(c.post_time_txt) if c.tfmt in ("epoch", "epoch_ms") else c.post_time_txt
        d["content"] = cont
    d["ip_events"] = []
    for i in c.ips:
        ev = {"ip": i["txt"]}
        if i["t_txt"]:
            ev["time"] = int(i["t_txt"]) if c.tfmt in ("epoch", "epoch_ms") else i["t_txt"]
        d["ip_events"].append(ev)
    if c.tfmt == "dayfirst_bare":
        d["timezone"] = "Asia/Kolkata"
    if R.random() < 0.4:
        d["resources"] = helpline(c)
    if topic:
        d["category"] = R.choice(["suicide_self_injury", "self-harm"])
    return json.dumps(d, ensure_ascii=R.random() < 0.5, indent=2)


def csv_doc(c):
    rows = ["field,value,time"]
    q = lambda s: '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s
    for k, l, v in fields(c):
        if k == "post_time":
            continue
        rows.append(f"{q(l)},{q(v)},{q(c.post_time_txt) if k == 'post' and c.post_time_txt else ''}")
    if not c.post and c.post_time_txt:
        rows.append(f"Post time,,{q(c.post_time_txt)}")
    for i in c.ips:
        rows.append(f"IP address,{i['txt']},{q(i['t_txt'] or '')}")
    return "\n".join(rows) + "\n"


def ip_csv_doc(c):
    rows = [R.choice(["timestamp,ip_address,event", "Time,IP,Action"])]
    for i in c.ips:
        rows.append(f"{i['t_txt'] or ''},{i['txt']},{R.choice(['login', 'session', 'post'])}")
    return "\n".join(rows) + "\n"


# ----------------------------------------------------------------- layouts -> (mime bytes)
def L_text(style, cte="8bit", charset="utf-8", hindi=False):
    def f(c, topic):
        return leaf("text/plain", compose_text(c, style, topic, hindi), charset, cte)
    return f


def L_html(style, cte="8bit"):
    def f(c, topic):
        return leaf("text/html", compose_html(c, style, topic), "utf-8", cte)
    return f


def L_alt(style, cte):
    def f(c, topic):
        # both parts carry the same facts: render html first with a state snapshot
        st = R.getstate()
        h = compose_html(c, style, topic)
        R.setstate(st)
        traps = list(c.traps); c.traps = []
        t = compose_text(c, "colon", topic)
        c.traps = sorted(set(traps) | set(c.traps))
        return multipart("alternative", [leaf("text/plain", t, "utf-8", cte), leaf("text/html", h, "utf-8", cte)])
    return f


def L_bilingual(c, topic):
    lab = {k: [f"{R.choice(LABELS_HI[k])} / {R.choice(LABELS[k])}"] for k in LABELS}
    return leaf("text/plain", compose_text(c, "colon", topic, hindi=False, lab=lab), "utf-8",
                R.choice(["8bit", "base64", "quoted-printable"]))


def L_prose(c, topic):
    P = PLAT_NAME[c.platform]
    s = [R.choice(["Hello,", "Dear Sir/Madam,"])]
    who = c.p["name"] or "the holder of the account below"
    line = f"We are contacting you about {who}, a {P} user"
    if c.place:
        line += f" whose profile lists {c.place[0]} as their location"
    line += "."
    s.append(line + " " + intro(c, topic))
    rest = []
    if c.ref:
        rest.append(f"Case ID: {c.ref}")
    if c.p.get("profile"):
        rest.append(f"Profile: {c.p['profile']}")
    if c.show_uname:
        rest.append(f"Username: {c.p['uname']}")
    if c.show_uid:
        rest.append(f"Account ID: {c.p['user_id']}")
    if c.phones_txt:
        rest.append(f"Phone: {', '.join(c.phones_txt)}")
    if c.emails_txt:
        rest.append(f"Email: {', '.join(c.emails_txt)}")
    s.append("\n".join(rest))
    if c.post:
        s.append(f"At {c.post_time_txt} the user wrote:\n\n    {c.post}" if c.post_time_txt else f"The user wrote:\n\n    {c.post}")
    elif c.post_time_txt:
        s.append(f"The content was posted at {c.post_time_txt}.")
    if c.ips:
        s.append("The account was recently accessed from:\n" + "\n".join("  " + x for x in ip_lines(c, "at")))
    s += extras(c)
    s.append("Meta Law Enforcement Response Team")
    return leaf("text/plain", "\n\n".join(s) + "\n", "utf-8", R.choice(["8bit", "quoted-printable"]))


def L_json_body(c, topic):
    txt = json_doc(c, topic)
    return leaf(R.choice(["text/plain", "text/plain", "application/json"]), txt, "utf-8", R.choice(["8bit", "7bit" if txt.isascii() else "base64"]))


def short_body(c, topic, what):
    P = PLAT_NAME[c.platform]
    t = intro(c, topic) + "\n\n" + f"The account details are in the attached {what} file." + "\n"
    if tz_note(c):
        t += "\n" + tz_note(c) + "\n"
    if c.ref:
        t += f"\nReference: {c.ref}\n"
    if R.random() < 0.4:
        t += "\n" + helpline(c) + "\n"
    t += f"\n{P} Law Enforcement Response\n"
    return leaf("text/plain", t, "utf-8", "7bit" if t.isascii() else "8bit")


def L_csv_attach(c, topic):
    body = short_body(c, topic, "CSV")
    doc = csv_doc(c)
    return multipart("mixed", [body, leaf("text/csv", doc, "utf-8", "base64", "attachment", f"account_{R.randint(1000, 9999)}.csv")])


def L_txt_attach(c, topic):
    body = short_body(c, topic, "text")
    doc = text_block(c, R.choice(["colon", "label_line", "fixed"]))
    if tz_note(c):
        doc = tz_note(c) + "\n\n" + doc
    return multipart("mixed", [body, leaf("text/plain", doc + "\n", "utf-8", R.choice(["base64", "quoted-printable"]),
                                          "attachment", f"details_{R.randint(100, 999)}.txt")])


def L_json_attach(c, topic):
    body = short_body(c, topic, "JSON")
    return multipart("mixed", [body, leaf("application/json", json_doc(c, topic), "utf-8", "base64", "attachment",
                                          "disclosure.json")])


def L_ip_csv_attach(c, topic):
    ips = c.ips
    c.ips = []
    t = compose_text(c, "colon", topic)
    c.ips = ips
    t = t.rstrip("\n") + "\n\nThe login IP history" + (" (times in IST)" if c.tfmt == "dayfirst_bare" else "") + " is attached as CSV.\n"
    return multipart("mixed", [leaf("text/plain", t, "utf-8", "quoted-printable"),
                               leaf("text/csv", ip_csv_doc(c), "us-ascii", "7bit", "attachment", "ip_history.csv")])


def L_whatsapp(c, topic):
    lab = dict(LABELS)
    lab["phone"] = ["WhatsApp number", "Phone number (account)", "Account phone number", "Registered phone"]
    lab["name"] = ["Push name", "Profile name", "Profile name (WhatsApp)", "Name shown on account"]
    lab["post"] = ["Status text", "Reported message", "Status update", "Message content"]
    lab["post_time"] = ["Status posted", "Message sent at", "Reported at"]
    return leaf("text/plain", compose_text(c, R.choice(["colon", "bullets", "label_line"]), topic, lab=lab), "utf-8",
                R.choice(["8bit", "quoted-printable"]))


LAYOUTS = {
    "plain_colon": L_text("colon"),
    "label_line": L_text("label_line"),
    "bullets": L_text("bullets"),
    "markdown": L_text("markdown"),
    "md_table": L_text("md_table"),
    "keyvalue": L_text("keyvalue"),
    "fixed_width": L_text("fixed"),
    "ascii_table": L_text("ascii_table"),
    "yaml_ish": L_text("yaml"),
    "tsv_body": L_text("tsv"),
    "b64_plain": L_text("colon", "base64"),
    "qp_plain": L_text("label_line", "quoted-printable"),
    "cp1252_plain": None,  # special
    "hindi_plain": L_text("colon", R.choice(["8bit", "base64"]), hindi=True),
    "hindi_label_line": L_text("label_line", "base64", hindi=True),
    "bilingual": L_bilingual,
    "prose": L_prose,
    "json_body": L_json_body,
    "html_table": L_html("table"),
    "html_br": L_html("br", "quoted-printable"),
    "html_dl": L_html("dl"),
    "html_ul": L_html("ul", "base64"),
    "html_div": L_html("div", "quoted-printable"),
    "html_p_pairs": L_html("p_pairs"),
    "html_nested": L_html("nested", "base64"),
    "alt_qp_table": L_alt("table", "quoted-printable"),
    "alt_b64_dl": L_alt("dl", "base64"),
    "csv_attach": L_csv_attach,
    "txt_attach": L_txt_attach,
    "json_attach": L_json_attach,
    "ip_csv_attach": L_ip_csv_attach,
    "whatsapp_plain": L_whatsapp,
}


def L_cp1252(c, topic):
    # English only: windows-1252 curly quotes and dashes in the prose
    t = compose_text(c, R.choice(["colon", "bullets"]), topic)
    t = t.replace("Hello,", "Hello \u2013 urgent,").replace("we are", "we\u2019re", 1)
    t = t.rstrip("\n") + "\n\nPlease don\u2019t forward this e-mail \u2013 it contains personal data of a \u201cuser in crisis\u201d.\n"
    return leaf("text/plain", t, "windows-1252", R.choice(["quoted-printable", "8bit"]))


LAYOUTS["cp1252_plain"] = L_cp1252

def L_fb_sections(c, topic):
    """The shape of the project's example: sections in capitals, IP times bare under a (UTC) heading."""
    P = PLAT_NAME[c.platform]
    t = ["Hello,", "", intro(c, topic), ""]
    if c.ref:
        t.append(f"Reference number: {c.ref}")
    t += [f"Platform: {P}", "", "ACCOUNT INFORMATION"] + ([f"Name: {c.p['name']}"] if c.p["name"] else [])
    if c.p.get("profile"):
        t.append(f"Profile URL: {c.p['profile']}")
    if c.show_uname:
        t.append(f"Username: {c.p['uname']}")
    if c.show_uid:
        t.append(f"User ID: {c.p['user_id']}")
    if c.phones_txt:
        t.append(f"Registered mobile: {', '.join(c.phones_txt)}")
    if c.emails_txt:
        t.append(f"Registered email: {', '.join(c.emails_txt)}")
    if c.place:
        t.append(f"City (profile): {c.place[0]}")
    if c.ips:
        t += ["", "RECENT LOGIN IP ADDRESSES (UTC)"]
        for i in c.ips:
            t.append(f"{i['t'].strftime('%Y-%m-%d %H:%M:%S')}  {i['txt']}" if i["t"] else i["txt"])
    if c.post or c.post_time_txt:
        t += ["", "CONTENT OF CONCERN"]
        if c.post_time_txt:
            t.append(f"Posted: {c.post_time_txt}")
        if c.post:
            t.append(f"Text: {c.post}")
    t += [""] + extras(c) + ["", R.choice(CLOSINGS), "", f"{P} Law Enforcement Response Team"]
    return leaf("text/plain", "\n".join(t) + "\n", "utf-8", "8bit")


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


def binary_part(ctype, data, filename, disp="attachment", cid=None):
    h = f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Transfer-Encoding: base64\n"
    h += f"Content-Disposition: {disp}; filename=\"{filename}\"\n"
    if cid:
        h += f"Content-ID: <{cid}>\n"
    return h.encode() + b"\n" + base64.encodebytes(data)


def L_related_html(c, topic):
    h = compose_html(c, R.choice(["table", "p_pairs", "br"]), topic)
    h = h.replace('<body style="font-family:Arial,sans-serif">', '<body style="font-family:Arial,sans-serif"><img src="cid:logo@meta" alt="Meta" width="24">', 1)
    return multipart("related", [leaf("text/html", h, "utf-8", "quoted-printable"),
                                 binary_part("image/png", PNG, "logo.png", "inline", "logo@meta")], '; type="text/html"')


def L_with_screenshot(c, topic):
    t = compose_text(c, R.choice(["colon", "bullets"]), topic)
    t = t.rstrip("\n") + "\n\nA screenshot of the content is attached.\n"
    return multipart("mixed", [leaf("text/plain", t, "utf-8", "8bit"),
                               binary_part("image/jpeg", JPG, f"screenshot_{R.randint(100, 999)}.jpg")])


def L_hindi_html_table(c, topic):
    return leaf("text/html", compose_html(c, "table", topic, hindi=True), "utf-8", "base64")


def L_xml_body(c, topic):
    X = lambda s: html.escape(s, quote=True)
    x = ['<?xml version="1.0" encoding="UTF-8"?>', f'<disclosure platform="{c.platform}"' + (f' case="{X(c.ref)}"' if c.ref else "") + ">",
         "  <account>"] + ([f"    <name>{X(c.p['name'])}</name>"] if c.p["name"] else [])
    if c.p.get("profile"):
        x.append(f"    <profileUrl>{X(c.p['profile'])}</profileUrl>")
    if c.show_uname:
        x.append(f"    <username>{X(c.p['uname'])}</username>")
    if c.show_uid:
        x.append(f"    <id>{X(c.p['user_id'])}</id>")
    x += [f"    <phone>{X(p)}</phone>" for p in c.phones_txt]
    x += [f"    <email>{X(e)}</email>" for e in c.emails_txt]
    if c.place:
        x.append(f"    <location>{X(c.place[0])}</location>")
    x.append("  </account>")
    if c.post or c.post_time_txt:
        x.append("  <content" + (f' created="{X(c.post_time_txt)}"' if c.post_time_txt else "") + ">" + X(c.post or "") + "</content>")
    for i in c.ips:
        x.append("  <ipEvent" + (f' time="{X(i["t_txt"])}"' if i["t_txt"] else "") + f">{X(i['txt'])}</ipEvent>")
    x.append("</disclosure>")
    if c.tfmt == "dayfirst_bare":
        x.insert(1, "<!-- times are IST (UTC+05:30) -->")
    body = short_body(c, topic, "XML")
    return multipart("mixed", [body, leaf("text/xml", "\n".join(x) + "\n", "utf-8", R.choice(["base64", "8bit"]),
                                          "attachment", "disclosure.xml")])


def L_alt_plain_stub(c, topic):
    """multipart/alternative whose plain part says nothing: the facts are only in the HTML part."""
    P = PLAT_NAME[c.platform]
    stub = (f"This message from {P} contains formatted content. Please open it in a mail client that shows HTML.\n"
            + (f"\nReference: {c.ref}\n" if c.ref else ""))
    h = compose_html(c, R.choice(["table", "dl", "nested"]), topic)
    return multipart("alternative", [leaf("text/plain", stub, "us-ascii", "7bit"), leaf("text/html", h, "utf-8", "quoted-printable")])


LAYOUTS.update({"alt_plain_stub": L_alt_plain_stub, "fb_sections": L_fb_sections, "related_html": L_related_html, "with_screenshot": L_with_screenshot,
                "plain_crlf": L_text("colon"), "hindi_html_table": L_hindi_html_table, "xml_attach": L_xml_body})



# ----------------------------------------------------------------- headers
def org_of(dom):
    return ".".join(dom.split(".")[-2:])


def our_stamp(dom, style=None, result="pass"):
    d = R.choice([dom, org_of(dom)])
    sel = R.choice(["s1", "ig2", "fbm", "meta2025", "key1"])
    b = "".join(R.choice("ABCDEFGHabcdefgh0123456789") for _ in range(8))
    style = style if style is not None else R.randint(0, 2)
    if style == 0:
        return (f"{MTA};\n\tdkim={result} header.d={d} header.s={sel} header.b={b};\n\tspf={result} smtp.mailfrom={dom};"
                f"\n\tdmarc={result} header.from={dom}")
    if style == 1:
        return f"{MTA}; dkim={result} header.d={d}; dmarc={result} header.from={dom}"
    return (f"{MTA};\n       dkim={result} (2048-bit key; unprotected) header.d={d} header.i=@{d} header.b=\"{b}\";\n"
            f"       arc=none;\n       dmarc={result} (p=REJECT sp=REJECT dis=NONE) header.from={dom}")


def received(dom, date, c=None, to=DESK):
    org = org_of(dom)
    ip = MTA_IPS.get(org, "66.220.144.154")
    if c is not None:
        c.traps.append("received_ip")
    return (f"from mx-out-{R.randint(1, 20)}.{org} (mx-out.{org} [{ip}])\n\tby {MTA} (Postfix) with ESMTPS id {R.getrandbits(40):X}"
            f"\n\tfor <{to}>; {format_datetime(date)}")


def base_headers(frm, to, subj, date, dom, extra=()):
    h = [("From", frm), ("To", to), ("Subject", enc_hdr(subj)), ("Date", format_datetime(date)),
         ("Message-ID", msgid(dom)), ("MIME-Version", "1.0")]
    return h + list(extra)


def platform_mail(c, sender, subj, date, body, auth="pass", to=None):
    name, a = sender
    dom = a.split("@")[1]
    top = []
    if auth == "pass":
        top.append(("Authentication-Results", our_stamp(dom)))
    elif auth == "dkim_fail":
        top.append(("Authentication-Results", our_stamp(dom, result="fail")))
        c.traps.append("spoof")
    elif auth == "foreign_authserv":
        top.append(("Authentication-Results", our_stamp(dom).replace(MTA, "mx.example.net", 1)))
        c.traps.append("spoof")
    elif auth == "misaligned":
        top.append(("Authentication-Results", f"{MTA};\n\tdkim=pass header.d=example.org;\n\tspf=pass smtp.mailfrom=example.org;\n\tdmarc=fail header.from={dom}"))
        c.traps.append("spoof")
    elif auth == "forged_below":
        top.append(("Authentication-Results", f"{MTA}; dkim=none; spf=softfail smtp.mailfrom={dom}; dmarc=fail header.from={dom}"))
        c.traps.append("spoof")
    elif auth == "none":
        c.traps.append("spoof")
    if R.random() < 0.7 or auth == "forged_below":
        top.append(("Received", received(dom, date + dt.timedelta(seconds=R.randint(2, 9)), c, to or DESK)))
    if auth == "forged_below":
        top.append(("Authentication-Results", our_stamp(dom, 1)))
    top.append(("Return-Path", f"<bounce-{R.randint(100, 999)}@{dom}>"))
    if R.random() < 0.5:
        top.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={org_of(dom)}; s=s1;\n\tt={int(date.timestamp())}; h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n\tb=Zm9yZ2VkIG9yIG5vdCwgdGhpcyBpcyBhIHRlc3QgY29ycHVz"))
    hdr = top + base_headers(addr(name, a), to or R.choice([DESK, f"SCRB Social Media Desk <{DESK}>"]), subj, date, dom,
                             [("X-Auto-Response-Suppress", "All")] if R.random() < 0.3 else [])
    return headers(hdr) + body


SPOOF_SENDERS = {
    "gmail": ("Facebook Safety Team", "fb.safety.team.india@gmail.com"),
    "lookalike1": ("Facebook Law Enforcement", "records@facebook-lawenforcement.com"),
    "lookalike2": ("Instagram Safety", "alerts@instagram-safety.net"),
    "lookalike3": ("Meta Emergency Response", "emergency@faceb00kmail.com"),
    "lookalike4": ("Facebook", "security@facebook.com.le-portal.example.net"),
}


# ----------------------------------------------------------------- forwards
OFF_NOTES = ["Please take urgent action. This came to our cyber cell id.",
             "Forwarding for necessary action at your end.", "कृपया तुरंत कार्यवाही करें।",
             "Sir, received this today morning, pl. check and route to concerned PS.",
             "FYI and n.a. please.", "यह मेल हमें प्राप्त हुआ है, कृपया संबंधित थाने को भेजें।",
             "Kindly look into this on priority."]


def officer(c):
    name, unit, email_ = R.choice(OFFICERS)
    ph = rnd_mobile()
    c.officer_phone = ph
    c.traps.append("officer_signature")
    sig = f"{R.choice(['Regards,', 'Thanks & Regards', 'सादर,', '--'])}\n{name}\n{unit}\nRajasthan Police\nMob: {phone_fmt(ph, R.choice(['plus_space', 'ten', 'zero']))}"
    return name, unit, email_, sig


def fwd_mail(c, kind, topic, sender, subj, pdate):
    oname, unit, oemail, sig = officer(c)
    odate = pdate + dt.timedelta(minutes=R.randint(5, 300))
    odom = oemail.split("@")[1]
    note = R.choice(OFF_NOTES)
    pfrom = addr(*sender)
    inner_style = R.choice(["colon", "label_line", "bullets", "colon"])
    inner = compose_text(c, inner_style, topic)
    pd_ist = pdate.astimezone(IST)
    prefix = R.choice(["Fwd: ", "Fw: ", "FW: ", "Fwd: "])
    if kind == "fwd_gmail":
        body = (f"{note}\n\n{sig}\n\n---------- Forwarded message ---------\nFrom: {pfrom}\n"
                f"Date: {pd_ist.strftime('%a, %d %b %Y at %H:%M')}\nSubject: {subj}\nTo: <{oemail}>\n\n{inner}")
        mime = leaf("text/plain", body, "utf-8", R.choice(["8bit", "quoted-printable", "base64"]))
    elif kind == "fwd_outlook":
        body = (f"{note}\n\n{sig}\n\n________________________________\nFrom: {pfrom}\n"
                f"Sent: {pd_ist.strftime('%A, %B %d, %Y %I:%M %p')}\nTo: {unit} <{oemail}>\nSubject: {subj}\n\n{inner}")
        mime = leaf("text/plain", body, "utf-8", "quoted-printable")
    elif kind == "fwd_outlook_html":
        ih = E(inner).replace("\n", "<br>\n")
        body = (f"<html><body><div>{E(note)}</div><div><br>{E(sig).replace(chr(10), '<br>')}</div>"
                f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                f"<p><b>From:</b> {E(pfrom)}<br><b>Sent:</b> {pd_ist.strftime('%A, %B %d, %Y %I:%M %p')}<br>"
                f"<b>To:</b> {E(oemail)}<br><b>Subject:</b> {E(subj)}</p></div><div>{ih}</div></body></html>\n")
        mime = leaf("text/html", body, "utf-8", "base64")
    elif kind == "fwd_quoted":
        q = "\n".join(("> " + x) if x else ">" for x in inner.split("\n"))
        body = (f"{note}\n\n{sig}\n\nOn {pd_ist.strftime('%a, %d %b %Y at %H:%M')}, {pfrom} wrote:\n{q}\n")
        mime = leaf("text/plain", body, "utf-8", "8bit")
        prefix = R.choice(["Re: ", "Fwd: "])
    elif kind == "fwd_nested":
        # a district unit forwarded the platform mail to a range office, which forwards it to us
        name2, unit2, email2, sig2 = officer(c)
        while email2 == oemail:
            name2, unit2, email2, sig2 = officer(c)
        d2 = pd_ist + dt.timedelta(minutes=R.randint(2, 4))
        body = (f"{note}\n\n{sig}\n\n---------- Forwarded message ---------\nFrom: {addr(name2 + ' (' + unit2 + ')', email2)}\n"
                f"Date: {d2.strftime('%a, %d %b %Y at %H:%M')}\nSubject: Fwd: {subj}\nTo: <{oemail}>\n\n{R.choice(OFF_NOTES)}\n\n{sig2}\n\n"
                f"---------- Forwarded message ---------\nFrom: {pfrom}\nDate: {pd_ist.strftime('%a, %d %b %Y at %H:%M')}\n"
                f"Subject: {subj}\nTo: <{email2}>\n\n{inner}")
        mime = leaf("text/plain", body, "utf-8", "8bit")
        prefix = "Fwd: Fwd: "
    elif kind == "fwd_rfc822_html":
        ib = leaf("text/html", compose_html(c, R.choice(["table", "br", "p_pairs"]), topic), "utf-8", "base64")
        inner_msg = platform_mail(c, sender, subj, pdate, ib, auth="pass" if R.random() < 0.5 else "none", to=oemail)
        c.traps = [t for t in c.traps if t != "spoof"]
        mime = multipart("mixed", [leaf("text/plain", f"{note}\n\n{sig}\n", "utf-8", "8bit"),
                                   rfc822_part(inner_msg, "referral.eml")])
    elif kind == "fwd_rfc822":
        ib = leaf("text/plain", inner, "utf-8", R.choice(["8bit", "quoted-printable"]))
        # the original as the officer's mailbox got it
        inner_msg = platform_mail(c, sender, subj, pdate, ib, auth="pass" if R.random() < 0.5 else "none", to=oemail)
        c.traps = [t for t in c.traps if t != "spoof"]
        mime = multipart("mixed", [leaf("text/plain", f"{note}\n\n{sig}\n", "utf-8", "8bit"),
                                   rfc822_part(inner_msg, R.choice(["original.eml", "Emergency referral.eml", "forwarded.eml"]))])
    top = []
    if R.random() < 0.7:
        top.append(("Authentication-Results", f"{MTA}; dkim=pass header.d={odom}; spf=pass smtp.mailfrom={odom}; dmarc=pass header.from={odom}"))
    hdr = top + base_headers(addr(f"{oname} ({unit})", oemail), DESK, prefix + subj, odate, odom)
    return headers(hdr) + mime


# ----------------------------------------------------------------- notices (platform, no person)
def notice_specs():
    """(layout, platform, sender, subject, body_text, html?, traps)"""
    ip = f"117.99.{R.randint(1, 254)}.{R.randint(1, 254)}"
    req = f"{R.randint(10**6, 10**7)}"
    S = []
    S.append(("notice_newsletter_html", None, ("Meta Safety", "safety-newsletter@meta.com"),
              "Meta Safety Newsletter – November 2026",
              "<h2>Suicide prevention: what's new</h2><p>This month we expanded our suicide and self-injury prevention programme in India with Tele-MANAS. "
              "People searching for related terms on Facebook and Instagram now see the helplines 14416 and 1-800-891-4416.</p>"
              "<p>Read more: <a href=\"https://www.facebook.com/safety/wellbeing/suicideprevention\">facebook.com/safety/wellbeing</a></p>"
              "<p>Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p>", True, ["helpline", "platform_address"]))
    S.append(("notice_policy_plain", "facebook", ("Meta Law Enforcement Outreach", "le-outreach@fb.com"),
              "Updates to our information for law enforcement authorities",
              "Dear law enforcement partner,\n\nWe have updated our guidelines for law enforcement authorities. Emergency requests can now be submitted "
              "through the Law Enforcement Online Request System at any hour. Please make sure that your agency's account details are current.\n\n"
              "Nothing is required from you at this time.\n\nMeta Law Enforcement Outreach\n", False, []))
    S.append(("notice_request_received", "facebook", ("Facebook Records", "records@support.facebook.com"),
              f"Your request has been received [#{req}]",
              f"Thank you. We have received your request #{req} submitted via the Law Enforcement Online Request System on "
              f"27 Nov 2026 at 10:12 IST by Insp. Kavita Rathore (Cyber Thana, Bikaner).\n\nWe will respond as soon as possible. "
              "You can follow the status in the portal.\n\nFacebook Law Enforcement Response Team\n", False, ["officer_signature"]))
    S.append(("notice_login_alert", None, ("Meta Law Enforcement Portal", "security@facebookmail.com"),
              "New login to your Law Enforcement Online Requests account",
              f"Hi SCRB Social Media Desk,\n\nWe noticed a new login to your account.\n\nDevice: Chrome on Windows\nLocation: Jaipur, Rajasthan, India\n"
              f"IP address: {ip}\nTime: 27 November 2026 at 09:41 IST\n\nIf this was you, you can ignore this message. If not, please reset your password.\n\n"
              "Thanks,\nThe Meta Security Team\n", False, ["login_ip"]))
    S.append(("notice_training_invite", None, ("Meta Trust & Safety India", "india-safety@meta.com"),
              "Invitation: online safety workshop for Rajasthan Police, 10 December 2026",
              "Dear colleagues,\n\nMeta invites officers of the Rajasthan Police to a half-day workshop on responding to emergency disclosures, "
              "including suicide prevention resources, on 10 December 2026 at the Rajasthan Police Academy, Jaipur.\n\n"
              "Please register by 5 December: https://www.facebook.com/events/123456789012345/\n\nContact: india-safety@meta.com\n", False, []))
    S.append(("notice_ig_teen_safety", "instagram", ("Instagram", "no-reply@mail.instagram.com"),
              "New safety tools for teens on Instagram",
              "<p>We're introducing new tools that help teens take a break and find support. When someone searches for content related to self-harm, "
              "we now show local helplines (in India: Tele-MANAS 14416).</p><p>Instagram from Meta</p>", True, ["helpline"]))
    S.append(("notice_wa_portal", "whatsapp", ("WhatsApp Law Enforcement Support", "whatsapp-le@fb.com"),
              "WhatsApp: change of address for law enforcement requests",
              "Dear officer,\n\nFrom 1 January 2027 law enforcement requests for WhatsApp should be submitted through the Law Enforcement Online "
              "Request System only. E-mails to the old address will not be answered.\n\nWhatsApp LLC, 1601 Willow Road, Menlo Park, CA 94025\n", False, ["platform_address"]))
    S.append(("notice_password_changed", None, ("Meta Law Enforcement Portal", "security@facebookmail.com"),
              "Your password was changed",
              "The password for scrb-sm-desk@police.example.in was changed on 26 November 2026 at 18:02 IST.\nIf you did this, no action is needed.\n", False, []))
    S.append(("notice_transparency", None, ("Meta Transparency Center", "transparency@meta.com"),
              "Government Requests for User Data report: January–June 2026",
              "<p>The latest Government Requests for User Data report is now available. India made 38,814 requests in the period.</p>"
              "<p><a href=\"https://transparency.meta.com/reports/government-data-requests/\">Read the report</a></p>", True, []))
    S.append(("notice_holiday_staffing", None, ("Meta Law Enforcement Response Team", "records@meta.com"),
              "Emergency requests over the holiday period",
              "Our emergency team is staffed 24 hours a day, 7 days a week, including public holidays. Non-emergency requests may take longer "
              "than usual between 24 December and 2 January.\n\nMeta LERT\n", False, []))
    S.append(("notice_hindi_webinar", None, ("मेटा इंडिया", "india-outreach@meta.com"),
              "वेबिनार: आत्महत्या रोकथाम पर पुलिस अधिकारियों के लिए प्रशिक्षण",
              "नमस्कार,\n\nमेटा 12 दिसंबर 2026 को दोपहर 3 बजे पुलिस अधिकारियों के लिए आत्महत्या रोकथाम संसाधनों पर एक वेबिनार आयोजित कर रहा है। "
              "टेली-मानस हेल्पलाइन: 14416।\n\nपंजीकरण: https://www.facebook.com/events/998877665544332/\n\nधन्यवाद,\nमेटा इंडिया टीम\n", False, ["helpline"]))
    S.append(("notice_verification_code", None, ("Meta Law Enforcement Portal", "security@facebookmail.com"),
              f"{R.randint(100000, 999999)} is your verification code",
              "Use this code to confirm your login to the Law Enforcement Online Request System. It expires in 10 minutes.\n"
              "If you did not try to log in, contact us.\n", False, []))
    S.append(("notice_request_closed", "instagram", ("Instagram Law Enforcement", "records@instagram.com"),
              f"Request {req}1 closed",
              f"Your request {req}1 has been marked as closed because no further action was needed. Reply within 30 days to reopen it.\n\n"
              "Instagram Law Enforcement Response\n", False, []))
    S.append(("notice_threads_policy", "threads", ("Threads", "no-reply@threads.instagram.com"),
              "An update on Threads community guidelines",
              "<p>We have updated the Threads community guidelines. Content that encourages suicide or self-injury remains prohibited, "
              "and we continue to connect people with helplines.</p><p>Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p>", True, ["platform_address"]))
    S.append(("notice_survey", None, ("Meta Research", "research@meta.com"),
              "Tell us about your experience with emergency requests",
              "Dear officer,\n\nWe'd like to hear how our emergency disclosure process works for your agency. The survey takes 5 minutes:\n"
              "https://www.facebook.com/survey/?id=77123\n\nThank you.\n", False, []))
    S.append(("notice_contact_update", None, ("Meta Law Enforcement Outreach", "le-outreach@fb.com"),
              "Please confirm your agency contact details",
              "Our records show the following contact for your agency:\n\nAgency: State Crime Records Bureau, Rajasthan Police\n"
              "Contact: scrb-sm-desk@police.example.in\nDuty phone: +91 141 274 0000\nAddress: Nehru Nagar, Jaipur 302016\n\n"
              "Reply to this e-mail if anything has changed.\n", False, ["agency_contact"]))
    S.append(("notice_new_login_ig", "instagram", ("Instagram", "security@mail.instagram.com"),
              "New login to Instagram from Chrome on Windows",
              f"<p>We noticed a login to the account <b>scrb.rajasthan.official</b> from a device you don't usually use.</p>"
              f"<p>Chrome on Windows · Jaipur, India · IP {ip} · Nov 27 at 9:41 AM (IST)</p><p>If this was you, you can ignore this message.</p>",
              True, ["login_ip"]))
    S.append(("notice_ack_auto", "facebook", ("Facebook Records", "records@support.facebook.com"),
              "Re: Emergency request - automatic acknowledgement",
              "This is an automatic acknowledgement. Your message has been received and will be reviewed by our team. "
              "Please do not reply to this message.\n", False, []))
    S.append(("notice_india_helplines", None, ("Meta Safety", "safety-newsletter@meta.com"),
              "Resource list: mental health helplines in India",
              "For your reference, helplines we show to people in India:\n\n- Tele-MANAS: 14416 / 1-800-891-4416\n- KIRAN: 1800-599-0019\n"
              "- AASRA: +91-9820466726\n- Emergency: 112\n\nMeta Safety\n", False, ["helpline"]))
    S.append(("notice_maintenance", None, ("Meta Law Enforcement Portal", "no-reply@facebookmail.com"),
              "Scheduled maintenance: 5 December 2026, 02:00–04:00 UTC",
              "The Law Enforcement Online Request System will be unavailable during scheduled maintenance. Emergency requests can still be sent by e-mail.\n",
              False, []))
    return S


def other_specs():
    """(layout, raw_message_bytes_builder)"""
    out = []
    d0 = dt.datetime(2026, 11, 29, 3, 12, 5, tzinfo=UTC)
    case_body = ("[LL-2026-000311] HIGH risk — self-harm alert — PS Sojat City, Pali\n\nName: Dinesh Kumawat\nMobile: +91 97844 10293\n"
                 "Place: Sojat, Pali\n")
    # 1 DSN bounce (null Return-Path)
    orig = headers([("From", f"Lifeline <{DESK}>"), ("To", "do-sojat-pali@police.example.in"),
                    ("Subject", enc_hdr("[LL-2026-000311] HIGH risk — self-harm alert — PS Sojat City, Pali")),
                    ("Date", format_datetime(d0)), ("Message-ID", "<LL-2026-000311.forward.1@lifeline.police.example.in>"),
                    ("MIME-Version", "1.0")]) + leaf("text/plain", case_body, "utf-8", "8bit")
    dsn = multipart("report", [
        leaf("text/plain", "This is the mail system at host mail.police.example.in.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients.\n\n<do-sojat-pali@police.example.in>: host mx.police.example.in said: 550 5.1.1\n"
             "    User unknown in virtual mailbox table\n", "us-ascii", "7bit"),
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.police.example.in\nArrival-Date: " + format_datetime(d0).encode() +
        b"\n\nFinal-Recipient: rfc822; do-sojat-pali@police.example.in\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
        b"Content-Type: message/rfc822\n\n" + orig], "; report-type=delivery-status")
    out.append(("other_bounce_dsn", headers([("Return-Path", "<>"), ("From", "Mail Delivery System <MAILER-DAEMON@mail.police.example.in>"),
                                             ("To", DESK), ("Subject", "Undelivered Mail Returned to Sender"),
                                             ("Date", format_datetime(d0 + dt.timedelta(seconds=3))), ("Message-ID", "<20261129031208.A1B2C@mail.police.example.in>"),
                                             ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]) + dsn))
    # 2 Exchange-style NDR
    out.append(("other_bounce_ndr", headers([("Return-Path", "<>"), ("From", "postmaster@rajpolice.gov.in"), ("To", DESK),
                                             ("Subject", "Undeliverable: [LL-2026-000318] MEDIUM risk - self-harm alert - PS Nokha, Bikaner"),
                                             ("Date", format_datetime(d0 + dt.timedelta(hours=2))), ("Message-ID", "<ndr.88123@rajpolice.gov.in>"),
                                             ("MIME-Version", "1.0")]) +
                leaf("text/plain", "Delivery has failed to these recipients or groups:\n\nsho-nokha@rajpolice.gov.in\nThe recipient's mailbox is full and can't accept messages now.\n\n"
                     "Diagnostic information for administrators:\nRemote Server returned '552 5.2.2 mailbox full'\n", "us-ascii", "7bit")))
    # 3 OOO English
    out.append(("other_ooo", headers([("From", "SHO Merta City <sho-merta-ngr@police.example.in>"), ("To", DESK),
                                      ("Subject", "Out of Office: [LL-2026-000322] HIGH risk - self-harm alert - PS Merta City"),
                                      ("Date", format_datetime(d0 + dt.timedelta(hours=5))), ("Message-ID", "<ooo.1192@police.example.in>"),
                                      ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")]) +
                leaf("text/plain", "I am out of office till 4 December on training. For urgent matters please contact the duty officer at 94140 55123.\n", "us-ascii", "7bit")))
    # 4 OOO Hindi
    out.append(("other_ooo_hindi", headers([("From", addr("थानाधिकारी कोतवाली", "sho-kotwali-tonk@police.example.in")), ("To", DESK),
                                            ("Subject", enc_hdr("स्वचालित उत्तर: [LL-2026-000330] self-harm alert")),
                                            ("Date", format_datetime(d0 + dt.timedelta(hours=7))), ("Message-ID", "<ooo.2231@police.example.in>"),
                                            ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]) +
                leaf("text/plain", "मैं 3 दिसंबर तक अवकाश पर हूँ। आवश्यक कार्य हेतु ड्यूटी अधिकारी से संपर्क करें।\n", "utf-8", "base64")))
    # 5 vendor newsletter
    out.append(("other_vendor_newsletter", headers([("From", "SecureVision CCTV <news@securevision.example.com>"), ("To", DESK),
                                                    ("Subject", "Winter offer: 20% off PTZ cameras for police stations"),
                                                    ("Date", format_datetime(d0 + dt.timedelta(days=1))), ("Message-ID", "<nl.5512@securevision.example.com>"),
                                                    ("List-Unsubscribe", "<https://securevision.example.com/unsub?u=123>"), ("MIME-Version", "1.0")]) +
                leaf("text/html", "<html><body><h1>Winter offer</h1><p>Call our sales team at +91 98100 22334 or visit our Jaipur showroom, M.I. Road, Jaipur 302001.</p></body></html>\n", "utf-8", "quoted-printable")))
    # 6 internal circular in Hindi
    out.append(("other_circular_hindi", headers([("From", addr("अति. महानिदेशक पुलिस, एससीआरबी", "adgp-scrb@police.example.in")), ("To", DESK),
                                                 ("Subject", enc_hdr("परिपत्र: सोशल मीडिया डेस्क ड्यूटी रोस्टर दिसंबर 2026")),
                                                 ("Date", format_datetime(d0 + dt.timedelta(days=1, hours=3))), ("Message-ID", "<circ.2026.118@police.example.in>"),
                                                 ("MIME-Version", "1.0")]) +
                leaf("text/plain", "क्रमांक: एससीआरबी/एसएम/2026/1184\nदिनांक: 30.11.2026\n\nपरिपत्र\n\nसोशल मीडिया डेस्क पर दिसंबर 2026 माह हेतु ड्यूटी रोस्टर संलग्न है। "
                     "सभी अधिकारी यह सुनिश्चित करें कि आत्महत्या संबंधी अलर्ट पर तुरंत कार्यवाही हो।\n\nसंपर्क: उप अधीक्षक पुलिस, मो. 94133 20011\n\n(हस्ताक्षर)\nअति. महानिदेशक पुलिस\nएससीआरबी, जयपुर\n", "utf-8", "8bit")))
    # 7 officer chat
    out.append(("other_internal_note", headers([("From", "Duty Officer SCRB <do-scrb@police.example.in>"), ("To", DESK),
                                                ("Subject", "Handover for night shift"), ("Date", format_datetime(d0 + dt.timedelta(hours=14))),
                                                ("Message-ID", "<ho.3321@police.example.in>"), ("MIME-Version", "1.0")]) +
                leaf("text/plain", "Night shift: 3 cases open, all acknowledged. Printer in room 4 is not working. Contact me on 9414012345 if needed.\n\nHC Suman\n", "us-ascii", "7bit")))
    # 8 read receipt (MDN)
    mdn = multipart("report", [leaf("text/plain", "Your message was displayed on the recipient's computer.\n", "us-ascii", "7bit"),
                               b"Content-Type: message/disposition-notification\n\nReporting-UA: Outlook\nFinal-Recipient: rfc822; sho-bhinmal@police.example.in\n"
                               b"Original-Message-ID: <LL-2026-000340.forward.1@lifeline.police.example.in>\nDisposition: automatic-action/MDN-sent-automatically; displayed\n"],
                    "; report-type=disposition-notification")
    out.append(("other_read_receipt", headers([("From", "SHO Bhinmal <sho-bhinmal@police.example.in>"), ("To", DESK),
                                               ("Subject", "Read: [LL-2026-000340] LOW risk - self-harm alert - PS Bhinmal"),
                                               ("Date", format_datetime(d0 + dt.timedelta(hours=20))), ("Message-ID", "<mdn.771@police.example.in>"),
                                               ("MIME-Version", "1.0")]) + mdn))
    # 9 news alert from a non-platform sender
    out.append(("other_news_alert", headers([("From", "News Alerts <alerts-noreply@news.example.com>"), ("To", DESK),
                                             ("Subject", "News alert - Rajasthan suicide"), ("Date", format_datetime(d0 + dt.timedelta(days=2))),
                                             ("Message-ID", "<alert.99@news.example.com>"), ("MIME-Version", "1.0")]) +
                leaf("text/html", "<html><body><p><b>Student found dead in Kota hostel; police suspect suicide</b><br>A 17-year-old coaching student was found in his room in "
                     "Talwandi, Kota on Sunday...</p><p><b>Tele-MANAS helpline 14416 sees rise in calls</b></p></body></html>\n", "utf-8", "8bit")))
    # 10 officer ACK reply
    out.append(("other_officer_reply", headers([("From", "SHO Ratanada <sho-ratanada-jdh@police.example.in>"), ("To", DESK),
                                                ("Subject", "Re: [LL-2026-000352] HIGH risk - self-harm alert - PS Ratanada, Jodhpur East"),
                                                ("Date", format_datetime(d0 + dt.timedelta(days=2, hours=1))), ("Message-ID", "<a71c.ratanada2@police.example.in>"),
                                                ("In-Reply-To", "<LL-2026-000352.forward.1@lifeline.police.example.in>"),
                                                ("References", "<LL-2026-000352.forward.1@lifeline.police.example.in>"), ("MIME-Version", "1.0")]) +
                leaf("text/plain", "ACK. टीम रवाना कर दी है।\n\nOn Mon, 30 Nov 2026 at 21:17, Lifeline <scrb-sm-desk@police.example.in> wrote:\n> Name: Harish Vyas\n> Mobile: +91 98290 11223\n> ...\n", "utf-8", "8bit")))
    return out


# ----------------------------------------------------------------- expected values
import email
from email import policy


def topic_in(raw):
    m = email.message_from_bytes(raw, policy=policy.default)
    txt = [str(m.get("Subject", ""))]
    for part in m.walk():
        if part.get_content_maintype() == "text":
            try:
                txt.append(part.get_content())
            except Exception:
                txt.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            txt.append(str(inner.get("Subject", "")))
    t = "\n".join(txt).lower()
    return any(w in t for w in TOPIC)


def exp_report(c, layout, authentic, forwarded, raw):
    pl = c.place
    return {
        "kind": "platform_report", "layout": layout, "authentic": authentic, "forwarded": forwarded,
        "platform": c.platform, "reference": c.ref, "subject_name": c.p["name"],
        "phones": ["+91" + m for m in c.p["phones"]],
        "emails": [e.lower() for e in c.p["emails"]],
        "ips": [{"ip": str(ipaddress.ip_address(i["ip"])), "seen_at": iso(i["t"])} for i in c.ips],
        "profile_urls": [c.p["profile"]] if c.p.get("profile") else [],
        "usernames": [c.p["uname"]] if c.show_uname else [],
        "user_ids": [c.p["user_id"]] if c.show_uid else [],
        "post_text": c.post, "post_time": iso(c.post_time) if c.post_time_txt else None,
        "place": pl[0] if pl else None, "district": pl[1] if pl else None,
        "police_district": pl[3] if pl else None, "outside_rajasthan": bool(pl and pl[4]),
        "topic_words": topic_in(raw), "traps": sorted(set(c.traps)),
        "place_kind": pl[2] if pl else "none",
    }


def exp_empty(kind, layout, authentic, platform, raw, traps):
    return {"kind": kind, "layout": layout, "authentic": authentic, "forwarded": False, "platform": platform,
            "reference": None, "subject_name": None, "phones": [], "emails": [], "ips": [], "profile_urls": [],
            "usernames": [], "user_ids": [], "post_text": None, "post_time": None, "place": None, "district": None,
            "police_district": None, "outside_rajasthan": False, "topic_words": topic_in(raw),
            "traps": sorted(set(traps)), "place_kind": "none"}


# ----------------------------------------------------------------- the plan
def plat_for(layout):
    if layout == "whatsapp_plain":
        return "whatsapp"
    return R.choices(["facebook", "instagram", "whatsapp", "threads"], [45, 30, 12, 13])[0]


def build():
    mails = []  # (layout, raw, expected)
    non_town = [p for p in PLACES if p[2] != "town"]
    towns = [p for p in PLACES if p[2] == "town"]
    R.shuffle(towns)
    places = non_town + towns[:30] + [None] * 5
    R.shuffle(places)
    def next_place(ascii_only=False):
        for k, p in enumerate(places):
            if not ascii_only or p is None or p[0].isascii():
                return places.pop(k)

    names = list(LAYOUTS)
    direct = (names * 3)[:88]
    assert set(direct) == set(names)
    R.shuffle(direct)
    for layout in direct:
        plat = plat_for(layout)
        hindi = layout.startswith("hindi")
        lang = "en" if layout == "cp1252_plain" else ("hi" if hindi else "mixed")
        tf = "space_min_utc" if layout == "fb_sections" else None
        c = make_case(plat, next_place(layout == "cp1252_plain"), lang=lang, hindi_name=hindi and R.random() < 0.6,
                      nips=R.randint(1, 3) if layout in ("ip_csv_attach", "fb_sections") else None, tfmt=tf)
        if layout == "cp1252_plain":
            if c.post is None:
                c.post = pick_post("en")
            c.phone_style = R.choice(PHONE_STYLES[:10])
            c.phones_txt = [phone_fmt(m, c.phone_style) for m in c.p["phones"]]
        topic = R.random() < 0.55
        body = LAYOUTS[layout](c, topic)
        sender = R.choice(SENDERS[plat])
        date = (c.post_time or c.base) + dt.timedelta(minutes=R.randint(3, 40), seconds=R.randint(0, 59))
        raw = platform_mail(c, sender, subject(c, topic, hindi), date, body)
        if layout == "plain_crlf":
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        mails.append((layout, raw, exp_report(c, layout, True, False, raw)))

    for kind in ["fwd_gmail", "fwd_outlook", "fwd_outlook_html", "fwd_quoted", "fwd_rfc822"] * 4 + ["fwd_nested", "fwd_rfc822_html"] * 2:
        plat = plat_for(kind)
        c = make_case(plat, next_place())
        topic = R.random() < 0.5
        sender = R.choice(SENDERS[plat])
        date = (c.post_time or c.base) + dt.timedelta(minutes=R.randint(3, 40))
        raw = fwd_mail(c, kind, topic, sender, subject(c, topic), date)
        mails.append((kind, raw, exp_report(c, kind, False, True, raw)))

    spoofs = [("gmail", "plain_colon"), ("lookalike1", "html_table"), ("lookalike2", "plain_colon"),
              ("lookalike3", "label_line"), ("lookalike4", "bullets"), ("dkim_fail", "plain_colon"),
              ("foreign_authserv", "html_br"), ("none", "keyvalue"), ("misaligned", "alt_qp_table"),
              ("forged_below", "plain_colon")]
    for mode, layout in spoofs:
        plat = "instagram" if mode in ("lookalike2", "foreign_authserv") else "facebook"
        c = make_case(plat, next_place())
        topic = R.random() < 0.7
        body = LAYOUTS[layout](c, topic)
        if mode in SPOOF_SENDERS:
            sender = SPOOF_SENDERS[mode]
            auth = "pass"
            c.traps.append("spoof")
        else:
            sender = R.choice(SENDERS[plat])
            auth = mode
        date = (c.post_time or c.base) + dt.timedelta(minutes=R.randint(3, 40))
        raw = platform_mail(c, sender, subject(c, topic), date, body, auth=auth)
        mails.append((layout, raw, exp_report(c, layout, False, False, raw)))

    for layout, plat, sender, subj, text, is_html, traps in notice_specs():
        date = dt.datetime(2026, 11, R.randint(14, 30), R.randint(0, 23), R.randint(0, 59), tzinfo=UTC)
        fixed = {"notice_login_alert": (27, 4, 12), "notice_new_login_ig": (27, 4, 12), "notice_password_changed": (26, 12, 33),
                 "notice_request_received": (27, 4, 45)}
        if layout in fixed:
            d_, h_, m_ = fixed[layout]
            date = dt.datetime(2026, 11, d_, h_, m_, R.randint(0, 59), tzinfo=UTC)
        c = Case(); c.traps = list(traps)
        if is_html:
            body = leaf("text/html", f"<html><body>{text}</body></html>\n", "utf-8", R.choice(["8bit", "quoted-printable", "base64"]))
        else:
            body = leaf("text/plain", text, "utf-8", R.choice(["8bit", "quoted-printable", "base64"]))
        raw = platform_mail(c, sender, subj, date, body)
        mails.append((layout, raw, exp_empty("platform_notice", layout, True, plat, raw, c.traps)))

    for layout, raw in other_specs():
        mails.append((layout, raw, exp_empty("other", layout, False, None, raw, [])))
    return mails


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f.endswith(".expected.json") or f == "manifest.json":
            os.remove(os.path.join(OUT, f))
    mails = build()
    R.shuffle(mails)
    manifest = []
    for n, (layout, raw, exp) in enumerate(mails, 1):
        stem = f"{n:04d}-{layout}"
        with open(os.path.join(OUT, stem + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        manifest.append({"file": stem + ".eml", **{k: exp[k] for k in ("kind", "layout", "district", "place_kind", "platform",
                                                                        "authentic", "forwarded", "topic_words")}})
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(mails), "mails written")




# ----------------------------------------------------------------- README
README_HEAD = """# Fresh corpus — DO NOT OPEN WHILE DEVELOPING THE READER

This folder is a held-back test corpus for the mail reader. If you are working on the reader
(daemon/reading or anything that parses mails), **do not open these files**, do not grep them
and do not tune against them: they only measure the reader when nobody has looked.

## How it was written

By a helper session that did not read the reader's code, its tests or the older corpus
(tests/corpus/dev, tests/corpus/holdout, tests/corpus/tools). Sources: docs/ARCHITECTURE, the five
example mails of the project brief, config.toml (trusted platform domains, MTA name) and public
knowledge of Meta/Instagram/WhatsApp law-enforcement mail and of Rajasthan's districts after the
December 2024 re-organisation (41 districts).

The mails are rendered by `_gen/gen.py` (stdlib only, fixed seed `20261202`) from hand-written
blocks in `_gen/data.py` (names, posts, places with their current district) and in `gen.py`
(label synonyms in English and Hindi, intros, subjects, traps, ~40 body layouts, police-forward
shapes, spoofing variants, notices and other mail). `_gen/check.py` parses every .eml with
`email` (policy.default), checks every expected.json against the schema (E.164 phones, RFC 5952
IPs via `ipaddress`, ISO 8601 UTC times, the 41 districts) and checks that every expected fact is
really written in the mail. Run `python3 _gen/gen.py && python3 _gen/check.py`.

All people, phones, e-mails, accounts and officers are invented. Phones are in the Indian mobile
ranges; non-platform domains are example.*; IPs are Indian-ISP-looking or documentation ranges.
Helpline numbers (Tele-MANAS 14416 / 1-800-891-4416, KIRAN, AASRA, 112) are the real public ones,
because they are traps that must not be read as the person's phone.

## Conventions of the expected values

* `authentic` is true only for a mail whose **topmost** header is our MTA's stamp
  `Authentication-Results: mail.police.example.in; ... dmarc=pass header.from=<From domain>` with a
  From domain under meta.com, fb.com, facebook.com, facebookmail.com or instagram.com.
  Police forwards (inline, quoted, Outlook, message/rfc822) are `authentic: false`: the original's
  signature cannot be checked from a forward (even when the attached original carries a stamp).
  Notices from platform domains with the stamp are authentic; "other" mails are not.
* `forwarded` is true for the police forwards; their `platform` is the forwarded original's.
* `reference` is the platform's case id as written in its labelled field (the same id is often
  in the subject). Internal request/tracking ids are traps (`request_id`).
* `phones` are the person's only, E.164, in the order written; the friend who flagged the post,
  the officer's signature and helplines are never in it. `emails` lower-cased.
* `ips`: the person's IP sightings in the order written, RFC 5952, `seen_at` in UTC (null when no
  time is written). Times written without seconds give `:00`; epoch milliseconds are truncated
  to the second. Times written without a zone appear only in mails that say "All times below are
  Indian Standard Time (IST)" (or a CSV/XML note saying IST), or under a "(UTC)" heading.
* `usernames`/`user_ids` only when given in a field (not when only inside a profile URL).
* `place` is the location field as written; `district` is one of the 41 current districts
  (places of the nine districts abolished in Dec 2024 go to the district they are in today;
  old forms such as "Kuchaman City, Nagaur" go to Didwana-Kuchaman); null outside Rajasthan or
  with no place. `police_district` is set only for a few places (commissionerate localities,
  GRP stations, Bhiwadi) and null elsewhere.
* `topic_words`: any of suicid*, self-harm, self harm, self-injur*, at risk, at-risk, आत्महत्या,
  खुदकुशी, आत्म-हानि, आत्मघात in the subject or any text part (including attached originals).
  The posts themselves never contain these words.
* `traps` names what is there to mislead: friend, helpline, officer_signature, platform_address,
  request_id, received_ip (platform MTA IP in a Received header), spoof, login_ip (an officer's
  own login IP in a notice), agency_contact.
"""


def write_readme(manifest):
    import collections
    def table(key, title):
        cnt = collections.Counter("null" if r[key] is None else str(r[key]) for r in manifest)
        rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(cnt.items(), key=lambda x: (-x[1], x[0])))
        return f"### {title} ({len(cnt)})\n\n| value | mails |\n|---|---|\n{rows}\n"
    rep = [r for r in manifest if r["kind"] == "platform_report"]
    body = README_HEAD + f"\n## Counts ({len(manifest)} mails)\n\n" + table("kind", "by kind") + "\n"
    body += table("platform", "by platform") + "\n" + table("authentic", "authentic") + "\n" + table("forwarded", "forwarded") + "\n"
    body += table("topic_words", "topic words") + "\n" + table("layout", "by layout") + "\n"
    import collections as C
    d = C.Counter(r["district"] or "null" for r in rep)
    body += f"### reports by district ({len([k for k in d if k != 'null'])} of 41 districts)\n\n| district | reports |\n|---|---|\n"
    body += "\n".join(f"| {k} | {v} |" for k, v in sorted(d.items(), key=lambda x: (-x[1], x[0]))) + "\n\n"
    pk = C.Counter(r["place_kind"] for r in rep)
    body += "### reports by place kind\n\n| place kind | reports |\n|---|---|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(pk.items(), key=lambda x: (-x[1], x[0]))) + "\n"
    body += debatable(manifest)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(body)


def debatable(manifest):
    import re
    lists = {}
    for r in manifest:
        f = r["file"]
        e = json.load(open(os.path.join(OUT, f[:-4] + ".expected.json"), encoding="utf-8"))
        m = email.message_from_bytes(open(os.path.join(OUT, f), "rb").read(), policy=policy.default)
        txt = ""
        for p in m.walk():
            if p.get_content_maintype() == "text":
                t = p.get_content()
                txt += t if isinstance(t, str) else t.decode()
        add = lambda k: lists.setdefault(k, []).append(f[:4])
        if e["forwarded"]:
            add("forwards: `authentic` false (the original cannot be verified from a forward)")
        if e["kind"] == "platform_report" and re.search(r"(?<!\d)1\d{12}(?!\d)", txt):
            add("epoch milliseconds: `seen_at`/`post_time` truncated to the second")
        if "request_id" in e["traps"]:
            add("a platform request/tracking id besides the case id: `reference` is the case id")
        if e["police_district"]:
            add("`police_district` set (commissionerate DCP district, GRP, Bhiwadi)")
        if e["kind"] == "platform_report" and e["subject_name"] is None:
            add("no name field (only handle/id/phone): `subject_name` null")
        if e["kind"] == "platform_notice":
            add("notices: `platform` by the notice's branding (null for Meta-wide portal/programme mail)")
        if e["kind"] == "platform_report" and ("REPORTED BY" in txt or "who says they are a friend" in txt):
            add("a friend's name/phone near the facts (second `Name:` label, or in the intro)")
        if e["layout"] in ("prose",):
            add("the name only in a sentence, not in a field")
        if e["layout"] in ("other_officer_reply", "other_bounce_dsn", "other_bounce_ndr"):
            add("replies/bounces of our own alerts (they name people) are `other`")
    out = "\n## Expectations that may be debatable\n\n"
    for k, v in lists.items():
        out += f"* {k}: {' '.join(v)}\n"
    return out


_main = main


def main():  # noqa: F811
    _main()
    write_readme(json.load(open(os.path.join(OUT, "manifest.json"), encoding="utf-8")))


if __name__ == "__main__":
    main()
