#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the fresh5 corpus (stdlib only, seeded, deterministic).

    python3 _gen.py        # rewrites NNNN-*.eml / NNNN-*.expected.json in this folder

Case tables are in _cases.py; expected values are built from the same facts the mail is
rendered from, then selfcheck.py checks each value against the decoded mail.
"""
import base64, hashlib, html, ipaddress, json, os, quopri, random, re, sys, textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _cases as C

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261202)
UTC = timezone.utc
IST = timezone(timedelta(hours=5, minutes=30))
DESK = "scrb-sm-desk@police.example.in"
AUTHSERV = "mail.police.example.in"
TOPIC_RE = re.compile(r"suicid|self[- ]?harm|आत्महत्या|khud ?kushi|kill myself|end my life|want to die", re.I)
DEV = str.maketrans("0123456789", "०१२३४५६७८९")
HMON = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
NOW = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)

# ----------------------------------------------------------------------------- times
def _h12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"

def la_offset(dt):
    # US DST 2026: 8 Mar 10:00 UTC .. 1 Nov 09:00 UTC
    return -7 if datetime(2026, 3, 8, 10, tzinfo=UTC) <= dt < datetime(2026, 11, 1, 9, tzinfo=UTC) else -8

def tfmt(dt, f):
    """-> (text, expected utc string)."""
    ist = dt.astimezone(IST)
    m = dt.replace(second=0)
    sec = True
    if f == "iso_z": s = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    elif f == "iso_ms_z": s = dt.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    elif f == "iso_ist": s = ist.strftime("%Y-%m-%dT%H:%M:%S+05:30")
    elif f == "utc_min": s, sec = dt.strftime("%Y-%m-%d %H:%M UTC"), False
    elif f == "ist_min": s, sec = ist.strftime("%Y-%m-%d %H:%M IST"), False
    elif f == "gmt_dayfirst": s = dt.strftime("%d/%m/%Y %H:%M:%S GMT")
    elif f == "ampm_ist": s, sec = f"{ist.day} {ist.strftime('%b %Y')}, {_h12(ist)} IST", False
    elif f == "us_ampm_utc": s, sec = f"{dt.strftime('%b')} {dt.day}, {dt.year} at {_h12(dt)} UTC", False
    elif f == "pacific":
        off = la_offset(dt); loc = dt + timedelta(hours=off)
        s = loc.strftime("%Y-%m-%d %H:%M:%S ") + ("PDT" if off == -7 else "PST")
    elif f == "la_named":
        loc = dt + timedelta(hours=la_offset(dt)); s, sec = loc.strftime("%Y-%m-%d %H:%M America/Los_Angeles"), False
    elif f == "kolkata_named": s = ist.strftime("%Y-%m-%d %H:%M:%S Asia/Kolkata")
    elif f == "rfc_utc": s = dt.strftime("%a, %d %b %Y %H:%M:%S +0000")
    elif f == "rfc_ist": s = ist.strftime("%a, %d %b %Y %H:%M:%S +0530")
    elif f == "epoch_s": s = str(int(dt.timestamp()))
    elif f == "epoch_ms": s = str(int(dt.timestamp()) * 1000)
    elif f == "hindi_month": s, sec = f"{ist.day} {HMON[ist.month-1]} {ist.year}, {ist:%H:%M} IST", False
    elif f == "hindi_dev": s, sec = f"{ist.day} {HMON[ist.month-1]} {ist.year}, {ist:%H:%M}".translate(DEV) + " IST", False
    elif f == "dot_ist": s, sec = ist.strftime("%d.%m.%Y %H:%M IST"), False
    elif f == "slash_utc": s, sec = dt.strftime("%d/%m/%Y %H:%M UTC"), False
    elif f == "plus0530": s = ist.strftime("%Y-%m-%d %H:%M:%S +05:30")
    elif f == "narr_utc": s, sec = f"{dt:%H:%M} UTC on {dt.day} {dt:%B %Y}", False
    elif f == "long_ist": s, sec = f"{ist:%A}, {ist.day} {ist:%B %Y} at {ist:%H:%M} IST", False
    elif f == "bare_utc": s = dt.strftime("%Y-%m-%d %H:%M:%S")
    elif f == "bare_ist": s, sec = ist.strftime("%Y-%m-%d %H:%M"), False
    else: raise ValueError(f)
    e = (dt if sec else m).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return s, e

ZONED = ["iso_z", "iso_ms_z", "iso_ist", "utc_min", "ist_min", "gmt_dayfirst", "ampm_ist",
         "us_ampm_utc", "pacific", "la_named", "kolkata_named", "rfc_utc", "rfc_ist",
         "hindi_month", "dot_ist", "slash_utc", "plus0530", "long_ist"]

# ----------------------------------------------------------------------------- phones
def pfmt(n, f):
    if f == "plus_sp": return f"+91 {n[:5]} {n[5:]}"
    if f == "plus_nosp": return f"+91{n}"
    if f == "plus_dash": return f"+91-{n}"
    if f == "0091": return f"0091 {n[:5]} {n[5:]}"
    if f == "zero": return f"0{n}"
    if f == "zero_sp": return f"0{n[:4]} {n[4:7]} {n[7:]}"
    if f == "ten": return n
    if f == "ten_dash": return f"{n[:5]}-{n[5:]}"
    if f == "plus_334": return f"+91 {n[:3]} {n[3:6]} {n[6:]}"
    if f == "paren": return f"(+91) {n[:5]}-{n[5:]}"
    if f == "91dash": return f"91-{n}"
    if f == "dev": return f"+91 {n[:5]} {n[5:]}".translate(DEV)
    if f == "dev_ten": return n.translate(DEV)
    if f == "0091_nosp": return f"0091{n}"
    raise ValueError(f)

PFMTS = ["plus_sp", "plus_nosp", "plus_dash", "0091", "zero", "zero_sp", "ten", "ten_dash",
         "plus_334", "paren", "91dash", "0091_nosp"]
USED_NUMS = set()

def new_mobile():
    while True:
        n = R.choice("6789") + "".join(R.choice("0123456789") for _ in range(9))
        if n not in USED_NUMS and n != "9820466726":
            USED_NUMS.add(n); return n

# ----------------------------------------------------------------------------- IPs
def new_ipv4():
    p = R.choice(["49.36", "49.37", "157.38", "157.34", "106.207", "106.215", "117.206", "117.99",
                  "122.161", "223.185", "223.189", "182.69", "27.61", "42.106", "42.108",
                  "103.211", "14.139", "59.94", "203.0.113", "198.51.100"])
    parts = p.split(".")
    while len(parts) < 4:
        parts.append(str(R.randint(1, 254)))
    return ".".join(parts)

def new_ipv6():
    pre = R.choice(["2401:4900", "2409:4052", "2409:40d4", "2409:4081", "2405:201", "2402:3a80", "2001:db8"])
    groups = pre.split(":")
    style = R.choice(["zrun", "full", "zrun2"])
    rest = [format(R.randint(0, 0xffff), "x") for _ in range(8 - len(groups))]
    if style == "zrun":
        rest[1] = rest[2] = rest[3] = "0"
    elif style == "zrun2":
        rest[2] = rest[3] = "0"
    return ipaddress.IPv6Address(":".join(groups + rest))

def ip_render(kind):
    """-> (rendered text, expected)"""
    if kind == "v4":
        a = new_ipv4(); return a, a
    if kind == "v4port":
        a = new_ipv4(); return f"{a}:{R.randint(1024, 65000)}", a
    a = new_ipv6(); exp = a.compressed
    if kind == "v6": return exp, exp
    if kind == "v6upper": return exp.upper(), exp
    if kind == "v6full": return a.exploded, exp
    if kind == "v6fullupper": return a.exploded.upper(), exp
    if kind == "v6bracket": return f"[{exp}]:{R.choice([443, 8443, 5228, 51012])}", exp
    if kind == "v6bracketupper": return f"[{a.exploded.upper()}]:443", exp
    raise ValueError(kind)

IPKINDS = ["v4", "v4", "v4", "v4port", "v6", "v6upper", "v6full", "v6fullupper", "v6bracket", "v6bracketupper"]

# ----------------------------------------------------------------------------- senders
PLATFORM_FROM = {
    "facebook": [("Facebook Law Enforcement Response Team", "records@support.facebook.com"),
                 ("Meta Emergency Response", "emergency-response@fb.com"),
                 ("Facebook", "security@facebookmail.com"),
                 ("Meta Safety Referrals", "safety-referrals@meta.com")],
    "instagram": [("Instagram Safety", "no-reply@mail.instagram.com"),
                  ("Instagram", "safety@instagram.com"),
                  ("Meta LERT (Instagram)", "lert@support.meta.com")],
    "whatsapp": [("WhatsApp Law Enforcement Support", "wa-le@support.meta.com"),
                 ("WhatsApp Trust & Safety", "trust-safety@lers.meta.com")],
    "threads": [("Threads Safety", "safety@threads.meta.com"),
                ("Threads from Instagram", "no-reply@mail.instagram.com")],
}
RECV = {"facebook.com": ("mx-out.facebook.com", "69.171.232.144"), "fb.com": ("mx.fb.com", "66.220.144.178"),
        "facebookmail.com": ("mx-out.facebookmail.com", "69.171.232.130"), "meta.com": ("mx.meta.com", "157.240.1.36"),
        "instagram.com": ("mx.instagram.com", "31.13.66.41")}
POLICE_FROM = [("Cyber Cell Ajmer", "cybercell-ajm@police.example.in"),
               ("SP Office Pali", "sp-pali@rajpolice.gov.in"),
               ("Control Room Jodhpur", "cr-jodhpur@police.example.in"),
               ("Cyber Thana Jaipur", "cyberthana-jpr@police.example.in"),
               ("Inspector, Cyber Cell Udaipur", "cc-udaipur@rajpolice.gov.in"),
               ("DSP (Crime) Bikaner", "dsp-crime-bkn@rajpolice.gov.in")]
OFFICERS = [("Inspector Mahendra Pal Singh", "Cyber Cell, Pali"), ("SI Rukmani Choudhary", "Cyber Thana Jaipur"),
            ("HC Bhagwan Sahay", "Control Room Jodhpur"), ("Inspector Nirmal Kanwar", "Cyber Cell Udaipur"),
            ("ASI Om Prakash Godara", "DSP Office Bikaner")]

def root_domain(addr):
    return addr.split("@", 1)[1]

def recv_for(domain):
    for k, v in RECV.items():
        if domain == k or domain.endswith("." + k):
            return v
    return ("mail." + domain, "203.0.113." + str(R.randint(2, 250)))

# ----------------------------------------------------------------------------- MIME helpers
def enc_subject(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)

def enc_name(name, addr):
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"&]', name): name = '"' + name.replace('"', '') + '"'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{addr}>"

def leaf(ctype, text, cte="8bit", filename=None, charset="utf-8", inline=False):
    data = text.encode("utf-8") if isinstance(text, str) else text
    hdr = [f"Content-Type: {ctype}" + (f'; charset="{charset}"' if ctype.startswith("text/") or ctype == "application/json" else "")
           + (f'; name="{filename}"' if filename else "")]
    if cte == "qp":
        body = quopri.encodestring(data).decode("ascii"); hdr.append("Content-Transfer-Encoding: quoted-printable")
    elif cte == "b64":
        body = base64.encodebytes(data).decode("ascii"); hdr.append("Content-Transfer-Encoding: base64")
    elif cte == "7bit":
        body = data.decode("ascii"); hdr.append("Content-Transfer-Encoding: 7bit")
    else:
        body = data.decode("utf-8"); hdr.append("Content-Transfer-Encoding: 8bit")
    if filename:
        hdr.append(f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"')
    return "\n".join(hdr) + "\n\n" + body.rstrip("\n") + "\n"

BCOUNT = [0]
def multipart(sub, parts):
    BCOUNT[0] += 1
    b = f"=_f5_{BCOUNT[0]:04d}_{hashlib.sha1(str(BCOUNT[0]).encode()).hexdigest()[:10]}"
    out = [f'Content-Type: multipart/{sub}; boundary="{b}"', "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out += [f"--{b}", p.rstrip("\n"), ""]
    out.append(f"--{b}--")
    return "\n".join(out) + "\n"

def rfc822_part(raw, filename="original.eml"):
    return (f'Content-Type: message/rfc822; name="{filename}"\nContent-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: 8bit\n\n" + raw.rstrip("\n") + "\n")

def message(headers, body_entity):
    """headers: list of (name, value); body_entity: leaf()/multipart() output (starts with Content-Type)."""
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + body_entity

def mid(seed, domain):
    return f"<{hashlib.sha1(seed.encode()).hexdigest()[:20]}@{domain}>"

def rfcdate(dt, ist=False):
    return dt.astimezone(IST).strftime("%a, %d %b %Y %H:%M:%S +0530") if ist else dt.strftime("%a, %d %b %Y %H:%M:%S +0000")

# ----------------------------------------------------------------------------- label vocabularies
V = {
 "en": dict(ref="Reference number", name="Name", username="Username", profile="Profile URL", uid="User ID",
            phone="Registered mobile", phone2="Alternate mobile", email="Registered email", place="City (profile)",
            ptime="Posted", post="Text", ip="Login IP", created="Account created", dob="Date of birth"),
 "en2": dict(ref="Case ID", name="Full name", username="Handle", profile="Account link", uid="Account ID",
             phone="Phone number on account", phone2="Second phone", email="Email on account", place="Location",
             ptime="Time of post", post="Content", ip="IP address", created="Registered on", dob="DOB"),
 "en3": dict(ref="Request ID", name="Account holder", username="User name", profile="Profile", uid="FBID",
             phone="Mobile", phone2="Other phone", email="E-mail", place="Current city",
             ptime="Post created at", post="Post text", ip="Last IP", created="Account creation date", dob="Birthday"),
 "en4": dict(ref="Referral no.", name="Display name", username="Instagram handle", profile="Profile link", uid="Instagram account ID",
             phone="Contact number", phone2="Additional number", email="Contact email", place="Last known location",
             ptime="Live video started", post="Caption", ip="Connection IP", created="Joined", dob="Date of Birth"),
 "upper": dict(ref="REF", name="NAME", username="USERNAME", profile="URL", uid="UID", phone="PHONE", phone2="PHONE 2",
               email="EMAIL", place="LOCATION", ptime="TIME", post="CONTENT", ip="IP", created="CREATED", dob="DOB"),
 "hi": dict(ref="संदर्भ संख्या", name="नाम", username="यूज़रनेम", profile="प्रोफ़ाइल लिंक", uid="यूज़र आईडी",
            phone="पंजीकृत मोबाइल", phone2="दूसरा मोबाइल", email="ईमेल", place="स्थान", ptime="पोस्ट का समय",
            post="पोस्ट", ip="आईपी पता", created="खाता बनाया गया", dob="जन्म तिथि"),
 "hinglish": dict(ref="Case no.", name="Naam", username="Username / handle", profile="Profile ka link", uid="ID number",
                  phone="Mobile no.", phone2="Doosra mobile", email="Email ID", place="Shehar / Jagah",
                  ptime="Post ka time", post="Post ka text", ip="IP", created="Account banaya", dob="Janam tithi"),
 "mixed": dict(ref="संदर्भ / Reference", name="नाम / Name", username="यूज़रनेम / Username", profile="प्रोफ़ाइल / Profile",
               uid="आईडी / User ID", phone="मोबाइल / Mobile", phone2="अन्य मोबाइल / Other mobile", email="ईमेल / Email",
               place="पता / Address", ptime="समय / Time", post="पोस्ट / Post", ip="आईपी / IP", created="खाता / Created",
               dob="जन्म तिथि / DOB"),
}
PLACE_LABEL_PIN = {"en": "PIN code", "en2": "Postal code", "en3": "PIN", "en4": "Pincode", "upper": "PIN",
                   "hi": "पिन कोड", "hinglish": "Pin code", "mixed": "पिन / PIN"}
RAIL_LABEL = {"en": "Last known location", "en2": "Location", "en3": "Location tag", "en4": "Check-in",
              "upper": "LOCATION", "hi": "स्थान", "hinglish": "Location", "mixed": "स्थान / Location"}

SUBJ_TOPIC = ["Emergency Referral: {P} user may be at risk of self-harm [Ref {ref}]",
              "Urgent: {P} self-harm alert – case {ref}",
              "Possible suicide risk – {P} account ({ref})",
              "{P}: suicide/self-harm emergency notification {ref}",
              "Self harm report / {ref}"]
SUBJ_PLAIN = ["Emergency Disclosure – {P} – {ref}", "Urgent safety referral {ref}", "A person may need help ({P})",
              "{P}: emergency notification ({ref})", "{P} account – urgent welfare check", "Referral {ref}",
              "Time-sensitive: {P} user wellbeing concern", "Important – please act now [{ref}]",
              "Life-safety matter / {P} / {ref}", "{ref}"]
INTRO_TOPIC = ["Our team has identified content on {P} indicating that the person below may be at imminent risk of self-harm.",
               "We are reporting a {P} user who may be at risk of suicide. Please check on their wellbeing.",
               "A post expressing suicidal intent was detected. We share these details so that help can reach the person.",
               "This referral concerns possible self-harm. Please treat it as urgent."]
INTRO_PLAIN = ["We believe a person may need help urgently. Details below.",
               "This is an Emergency Disclosure made in good faith under our terms of service.",
               "A {P} user may be in danger. Please check on their wellbeing as soon as possible.",
               "Urgent safety referral. Please act without delay.",
               "We are sharing the following information because we believe there is a risk of serious harm to a person.",
               ""]
OUTRO = ["This information is provided in response to an emergency involving risk of death or serious physical injury.",
         "Please reply to this message if you need more details.",
         "Do not reply to this automated message.", "Regards,\n{P} Law Enforcement Response Team", ""]
HELPLINES = ["If anyone is in immediate danger, dial 112.",
             "Tele-MANAS (24x7 mental health helpline): 14416 / 1-800-891-4416",
             "KIRAN mental health helpline: 1800-599-0019",
             "AASRA helpline (24x7): +91-9820466726",
             "Emergency: 112 | Tele-MANAS: 14416"]
SUPPORT_PHONE = "Meta Law Enforcement Response (US office): +1 650-543-4800"
HI_SLUG = {"सुनीता मेघवाल": ("sunita", "meghwal"), "रमेश कुमावत": ("ramesh", "kumawat"), "पूजा शर्मा": ("pooja", "sharma"),
           "भंवरलाल जाट": ("bhanwarlal", "jat"), "किरण सैनी": ("kiran", "saini"), "महेंद्र सिंह राठौड़": ("mahendra", "rathore"),
           "ममता प्रजापत": ("mamta", "prajapat"), "दिनेश बैरवा": ("dinesh", "bairwa"), "रेखा गुर्जर": ("rekha", "gurjar"),
           "हरीश माली": ("harish", "mali")}
PNAME = {"facebook": "Facebook", "instagram": "Instagram", "whatsapp": "WhatsApp", "threads": "Threads"}

# ----------------------------------------------------------------------------- case building
def slug(name):
    s = re.sub(r"[^a-z]", "", name.lower().split()[0]) or "user"
    return s

def make_case(i, place, layout, platform, sender, topicless):
    c = dict(i=i, layout=layout, platform=platform, sender=sender, traps=[], extras=[], notes=[])
    c["place"], c["district"], c["police_district"], c["outside"], c["place_kind"] = place
    hindi = layout in ("hindi_only",)
    female = R.random() < 0.45
    if hindi:
        c["name"] = R.choice(C.HI_NAMES)
    else:
        c["name"] = f"{R.choice(C.FIRST_F if female else C.FIRST_M)} {R.choice(C.SURNAMES)}"
    if hindi:
        sl, sur = HI_SLUG[c["name"]]
    else:
        sl = slug(c["name"]); sur = re.sub(r"[^a-z]", "", c["name"].lower().split()[-1])
    # reference
    if platform == "facebook":
        ref = R.choice([str(R.randint(6000000000, 9999999999)), f"LERT-2026-{R.randint(100000, 999999)}", str(R.randint(1000000000, 5999999999))])
    elif platform == "instagram":
        ref = R.choice([f"IG-{R.randint(10000000, 99999999)}", f"IGSR{R.randint(1000000, 9999999)}", str(R.randint(6000000000, 9999999999))])
    elif platform == "whatsapp":
        ref = f"WA-ER-{R.randint(10000000, 99999999)}"
    else:
        ref = f"TH-2026-{R.randint(10000, 99999)}"
    if R.random() < 0.05:
        ref = None
    c["ref"] = ref
    if ref and re.fullmatch(r"[6-9]\d{9}", ref):
        c["traps"].append("request_id_phone_like")
    # identity
    c["username"] = c["profile"] = c["uid"] = None
    if platform == "facebook":
        uid = str(R.randint(100000000000000, 100099999999999))
        if R.random() < 0.5:
            c["profile"] = f"https://www.facebook.com/profile.php?id={uid}"
        else:
            c["profile"] = f"https://www.facebook.com/{sl}.{sur}.{R.randint(10, 99)}"
        if R.random() < 0.6:
            c["uid"] = uid
    elif platform == "instagram":
        c["username"] = R.choice([f"{sl}_{R.randint(1, 9999):04d}", f"{sl}.{sur}", f"its_{sl}{R.randint(1, 99)}", f"{sl}__{sur[:3]}"])
        c["profile"] = f"https://www.instagram.com/{c['username']}/" if R.random() < 0.8 else None
        if R.random() < 0.4:
            c["uid"] = str(R.randint(40000000000, 69999999999))
    elif platform == "threads":
        c["username"] = f"{sl}.{sur}{R.randint(1, 99)}"
        c["profile"] = f"https://www.threads.net/@{c['username']}"
        if R.random() < 0.3:
            c["uid"] = str(R.randint(40000000000, 69999999999))
    # phones
    nph = 1 if platform == "whatsapp" else R.choice([0, 1, 1, 1, 2])
    c["phones"] = []
    for k in range(nph):
        n = new_mobile()
        f = R.choice(PFMTS)
        if layout == "hindi_only" and R.random() < 0.6: f = R.choice(["dev", "dev_ten"])
        c["phones"].append(("+91" + n, pfmt(n, f)))
    # emails
    c["emails"] = []
    if platform != "whatsapp" and R.random() < 0.55:
        c["emails"].append(f"{sl}.{sur}{R.randint(1, 2005)}@{R.choice(['example.com', 'example.in', 'example.org', 'mail.example.net'])}")
    if platform == "whatsapp" and R.random() < 0.5:
        c["name"] = None if R.random() < 0.4 else c["name"]
    if not hindi and platform != "whatsapp" and R.random() < 0.04:
        c["name"] = None
    # times
    pt = NOW - timedelta(minutes=R.randint(20, 60 * 24 * 12), seconds=R.randint(0, 59))
    c["pt_dt"] = pt
    c["has_ptime"] = R.random() > 0.07
    c["has_post"] = R.random() > 0.05
    # ips
    nip = R.choice([0, 1, 1, 2, 2, 3])
    c["ip_raw"] = []
    for k in range(nip):
        kind = R.choice(IPKINDS)
        txt, exp = ip_render(kind)
        when = pt - timedelta(minutes=R.randint(0, 300), seconds=R.randint(0, 59))
        if R.random() < 0.06:
            when = datetime(2026, 10, R.randint(20, 30), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), tzinfo=UTC)
        timed = R.random() > 0.15
        c["ip_raw"].append((txt, exp, when if timed else None))
    # post
    kp = c["place_kind"]
    if kp == "railway" and R.random() < 0.8:
        post = R.choice(C.POSTS_RAIL)
    elif not topicless and R.random() < 0.55:
        post = R.choice(C.POSTS_TOPIC)
    elif R.random() < 0.08 and kp not in ("post_only",):
        post = R.choice(C.POSTS_ELSEWHERE); c["traps"].append("post_place")
    else:
        post = R.choice(C.POSTS_PLAIN)
    if c.get("post_only_text"):
        post = c["post_only_text"]
    c["post"] = post
    # extras / traps
    if R.random() < 0.25:
        ct = datetime(R.randint(2014, 2023), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), tzinfo=UTC)
        c["extras"].append(("created", tfmt(ct, R.choice(["iso_z", "utc_min", "rfc_utc", "gmt_dayfirst"]))[0]))
        c["traps"].append("account_dates")
    if R.random() < 0.2:
        c["extras"].append(("dob", f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(1985, 2009)}"))
        if "account_dates" not in c["traps"]: c["traps"].append("account_dates")
    c["helplines"] = []
    if R.random() < 0.35:
        c["helplines"].append(R.choice(HELPLINES)); c["traps"].append("helpline")
    if R.random() < 0.1:
        c["helplines"].append(SUPPORT_PHONE); c["traps"].append("platform_support_phone")
    c["reporter"] = None
    if R.random() < 0.15:
        rn = f"{R.choice(C.FIRST_F + C.FIRST_M)} {R.choice(C.SURNAMES)}"
        rp = pfmt(new_mobile(), R.choice(PFMTS))
        rc = R.choice(["Ajmer", "Jaipur", "Bikaner", "Kota", "Udaipur", "Delhi", "Ahmedabad"])
        c["reporter"] = (rn, rp, rc); c["traps"].append("reporter_details")
    c["preq"] = None
    if R.random() < 0.25 and layout in ("kv_plain", "label_above", "dot_leaders", "markdown", "narrative", "b64_plain", "mixed_labels", "hinglish", "alt_qp"):
        c["preq"] = R.choice([u for u in REQ_UNITS if u[2] != c["district"]]); c["traps"].append("quoted_police_request")
    c["topicless"] = topicless
    P = PNAME[platform]
    if topicless:
        c["subject_tpl"] = R.choice(SUBJ_PLAIN); c["intro"] = R.choice(INTRO_PLAIN).format(P=P)
    else:
        if R.random() < 0.7:
            c["subject_tpl"] = R.choice(SUBJ_TOPIC)
        else:
            c["subject_tpl"] = R.choice(SUBJ_PLAIN)
        c["intro"] = R.choice(INTRO_TOPIC + INTRO_PLAIN).format(P=P)
    if not ref and "{ref}" in c["subject_tpl"]:
        c["subject_tpl"] = R.choice([t for t in (SUBJ_PLAIN if topicless else SUBJ_TOPIC + SUBJ_PLAIN) if "{ref}" not in t])
    c["outro"] = R.choice(OUTRO).format(P=P)
    c["intro"] = c["intro"].replace("A Instagram", "An Instagram")
    c["hometown"] = None
    if R.random() < 0.08 and c["place_kind"] not in ("outside", "none", "post_only", "pin") and c["district"] not in c["place"]:
        c["hometown"] = c["district"]; c["traps"].append("second_place")
    c["vocab"] = R.choice(["en", "en", "en2", "en3", "en4"])
    c["ptfmt"] = R.choice(ZONED)
    c["ipfmt"] = R.choice(ZONED)
    return c

def finish_times(c, ptfmt=None, ipfmt=None):
    ptfmt = ptfmt or c["ptfmt"]; ipfmt = ipfmt or c["ipfmt"]
    if c["pt_dt"] < datetime(2026, 11, 1, 9, tzinfo=UTC) and ptfmt == "pacific":
        pass
    if c["has_ptime"]:
        c["pt_s"], c["pt_e"] = tfmt(c["pt_dt"], ptfmt)
    else:
        c["pt_s"] = c["pt_e"] = None
    c["ips"] = []
    for txt, exp, when in c["ip_raw"]:
        if when is None:
            c["ips"].append((txt, exp, None, None))
        else:
            f = ipfmt
            if when.month == 10 and f not in ("bare_utc", "bare_ist", "epoch_s", "epoch_ms"):
                f = "pacific"      # October logins given in Pacific daylight time
            s, e = tfmt(when, f)
            c["ips"].append((txt, exp, s, e))

def subject_of(c):
    return c["subject_tpl"].format(P=PNAME[c["platform"]], ref=c["ref"] or "").replace(" []", "").replace("  ", " ").strip(" –/")

def place_label(c, vocab):
    if c["place_kind"] == "pin": return PLACE_LABEL_PIN[vocab]
    if c["place_kind"] == "railway": return RAIL_LABEL[vocab]
    return V[vocab]["place"]

def items(c, vocab, with_ref=True, at="at"):
    """Ordered (key, label, value) list of the person facts (no IPs)."""
    L = V[vocab]; out = []
    if with_ref and c["ref"]: out.append(("ref", L["ref"], c["ref"]))
    if c["name"]: out.append(("name", L["name"], c["name"]))
    if c["username"]: out.append(("username", L["username"], ("@" if R.random() < 0.5 else "") + c["username"]))
    if c["profile"]: out.append(("profile", L["profile"], c["profile"]))
    if c["uid"]: out.append(("uid", L["uid"] if c["platform"] == "facebook" or "FB" not in L["uid"] and "Instagram" not in L["uid"] or c["platform"] == "instagram" and "Instagram" in L["uid"] else "Account ID", c["uid"]))
    for k, (e, p) in enumerate(c["phones"]):
        out.append(("phone", L["phone"] if k == 0 else L["phone2"], p))
    for e in c["emails"]:
        out.append(("email", L["email"], e))
    if c["place"] and c["place_kind"] != "post_only": out.append(("place", place_label(c, vocab), c["place"]))
    if c.get("hometown"): out.append(("hometown", {"hi": "गृह नगर (प्रोफ़ाइल)", "mixed": "गृह नगर / Hometown (profile)",
                                                  "hinglish": "Ghar ka shehar (profile)", "upper": "HOMETOWN"}.get(vocab, "Hometown (profile)"), c["hometown"]))
    for k, v in c["extras"]:
        out.append((k, L[k], v))
    if c["pt_s"]: out.append(("ptime", L["ptime"], c["pt_s"]))
    if c["has_post"]: out.append(("post", L["post"], c["post"]))
    return out

def ip_line(c, vocab, ip, t, style=None):
    L = V[vocab]
    style = style or R.choice(["at", "paren", "dash", "label_t"])
    if t is None: return f"{L['ip']}: {ip}"
    if style == "at": return f"{L['ip']}: {ip} at {t}"
    if style == "paren": return f"{L['ip']}: {ip} ({t})"
    if style == "dash": return f"{L['ip']}: {t} - {ip}"
    return f"{L['ip']}: {ip}; time: {t}"

def extra_lines(c):
    out = []
    for h in c["helplines"]: out.append(h)
    return out

REQ_UNITS = [("SP Office Sikar", "sp-sikar@police.example.in", "Sikar", "PS Fatehpur"),
             ("SHO Kotwali Bikaner", "sho-kotwali-bkn@police.example.in", "Bikaner", "PS Kotwali"),
             ("Cyber Cell Kota", "cybercell-kota@police.example.in", "Kota", "PS Nayapura"),
             ("SP Office Tonk", "sp-tonk@rajpolice.gov.in", "Tonk", "PS Kotwali Tonk")]

def police_req(c):
    """A quoted earlier police request (another phone, a city, an FIR number) under the report."""
    q = c.get("preq")
    if not q: return ""
    unit, addr, city, ps = q
    d = c["pt_dt"] - timedelta(days=R.randint(2, 9))
    mob = pfmt(new_mobile(), R.choice(["ten", "plus_sp", "zero_sp"]))
    return ("\n\n-------- Your earlier request --------\n"
            f"> From: {unit} <{addr}>\n> Date: {d:%d %b %Y}\n"
            f"> Subject: Emergency request, FIR {R.randint(100, 999)}/2026 {ps}\n>\n"
            f"> Kindly share the details of the account of the missing person. Complainant: brother, mobile {mob}, {city}.\n"
            f"> {unit}\n")

def reporter_line(c, hindi=False):
    if not c["reporter"]: return None
    n, p, city = c["reporter"]
    if hindi: return f"सूचना देने वाला मित्र: {n}, मोबाइल {p}, {city}"
    return R.choice([f"Reported by a friend: {n}, {p}, {city}",
                     f"The report was made by {n} (phone {p}) from {city}, who is not the account holder.",
                     f"Reporter (not the user): {n} / {p} / {city}"])

# ----------------------------------------------------------------------------- layouts (body text)
def wrap_post(s, width=70, indent=""):
    return ("\n" + indent).join(textwrap.wrap(s, width)) if len(s) > width else s

def b_kv_plain(c):
    finish_times(c, ipfmt="bare_utc")
    it = items(c, c["vocab"]); L = V[c["vocab"]]
    out = [c["intro"], ""] if c["intro"] else []
    acc = [f"{l}: {v}" for k, l, v in it if k not in ("ptime", "post", "ref")]
    if c["ref"]: out += [f"{L['ref']}: {c['ref']}", f"Platform: {PNAME[c['platform']]}", ""]
    out += ["ACCOUNT INFORMATION"] + acc + [""]
    if c["ips"]:
        out.append("RECENT LOGIN IP ADDRESSES (UTC)")
        for ip, e, t, te in c["ips"]:
            out.append(f"{t}  {ip}" if t else f"(time not recorded)  {ip}")
        out.append("")
    pp = [f"{l}: {v}" for k, l, v in it if k in ("ptime", "post")]
    if pp: out += ["CONTENT OF CONCERN"] + pp + [""]
    r = reporter_line(c)
    if r: out += [r, ""]
    out += extra_lines(c) + ["", c["outro"]]
    return "\n".join(out) + police_req(c)

def b_label_above(c):
    finish_times(c)
    out = [c["intro"], ""] if c["intro"] else []
    for k, l, v in items(c, c["vocab"]):
        out += [l, "    " + (wrap_post(v, 66, "    ") if k == "post" else v), ""]
    for ip, e, t, te in c["ips"]:
        out += [V[c["vocab"]]["ip"], "    " + ip + (f"  —  {t}" if t else ""), ""]
    r = reporter_line(c)
    if r: out += [r, ""]
    out += extra_lines(c) + [c["outro"]]
    return "\n".join(out) + police_req(c)

def b_dot_leaders(c):
    finish_times(c)
    out = [c["intro"], ""] if c["intro"] else []
    for k, l, v in items(c, c["vocab"]):
        out.append(f"{l} " + "." * max(3, 28 - len(l)) + " " + v)
    for ip, e, t, te in c["ips"]:
        l = V[c["vocab"]]["ip"]
        out.append(f"{l} " + "." * max(3, 28 - len(l)) + f" {ip}" + (f" [{t}]" if t else ""))
    r = reporter_line(c)
    out += [""] + ([r] if r else []) + extra_lines(c) + ["", c["outro"]]
    return "\n".join(out) + police_req(c)

def b_tabs(c):
    finish_times(c)
    out = [c["intro"], ""] if c["intro"] else []
    for k, l, v in items(c, c["vocab"]):
        out.append(f"{l}\t{v}")
    for ip, e, t, te in c["ips"]:
        out.append(f"{V[c['vocab']]['ip']}\t{ip}" + (f"\t{t}" if t else ""))
    r = reporter_line(c)
    out += [""] + ([r] if r else []) + extra_lines(c) + [c["outro"]]
    return "\n".join(out)

def b_pipe_table(c):
    finish_times(c, ipfmt="bare_utc")
    it = items(c, c["vocab"])
    out = [c["intro"], ""] if c["intro"] else []
    out += ["| Field | Value |", "|---|---|"]
    for k, l, v in it:
        out.append(f"| {l} | {v.replace('|', '/')} |")
    if c["ips"]:
        out += ["", "| IP address | Seen (UTC) |", "|---|---|"]
        for ip, e, t, te in c["ips"]:
            out.append(f"| {ip} | {t or '-'} |")
    r = reporter_line(c)
    out += [""] + ([r] if r else []) + extra_lines(c) + [c["outro"]]
    return "\n".join(out)

def b_numbered(c):
    finish_times(c)
    it = items(c, c["vocab"], with_ref=False)
    out = [c["intro"], ""] if c["intro"] else []
    if c["ref"]: out += [f"{V[c['vocab']]['ref']}: {c['ref']}", ""]
    out.append("1. Account details")
    n = 1
    for k, l, v in it:
        if k in ("ptime", "post"): continue
        out.append(f"   1.{n} {l}: {v}"); n += 1
    out.append("2. Activity")
    n = 1
    for ip, e, t, te in c["ips"]:
        out.append(f"   2.{n} {V[c['vocab']]['ip']}: {ip}" + (f", {t}" if t else "")); n += 1
    if not c["ips"]: out.append("   (no login data available)")
    out.append("3. Content")
    n = 1
    for k, l, v in it:
        if k in ("ptime", "post"):
            out.append(f"   3.{n} {l}: {v}"); n += 1
    r = reporter_line(c)
    out.append("4. Other information")
    out += ["   " + x for x in ([r] if r else []) + extra_lines(c)] + ["", c["outro"]]
    return "\n".join(out)

def h(s): return html.escape(s, quote=True)

def html_rows(c, vocab, link=True):
    rows = []
    for k, l, v in items(c, vocab):
        if k == "profile" and link:
            rows.append(f'<tr><th align="left">{h(l)}</th><td><a href="{h(v)}">{h(R.choice(["View profile", v, "Open"]))}</a></td></tr>')
        else:
            rows.append(f'<tr><th align="left">{h(l)}</th><td>{h(v)}</td></tr>')
    for ip, e, t, te in c["ips"]:
        rows.append(f'<tr><th align="left">{h(V[vocab]["ip"])}</th><td>{h(ip)}' + (f" at {h(t)}" if t else "") + "</td></tr>")
    return rows

def html_doc(c, inner):
    intro = f"<p>{h(c['intro'])}</p>" if c["intro"] else ""
    r = reporter_line(c)
    tail = "".join(f"<p>{h(x)}</p>" for x in ([r] if r else []) + extra_lines(c) + [c["outro"]] if x)
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Arial">{intro}{inner}{tail}</body></html>'

def b_html_table(c):
    finish_times(c)
    return html_doc(c, '<table border="1" cellpadding="4" cellspacing="0">\n' + "\n".join(html_rows(c, c["vocab"])) + "\n</table>")

def b_html_br(c):
    finish_times(c)
    parts = []
    for k, l, v in items(c, c["vocab"]):
        if k == "profile":
            parts.append(f'<b>{h(l)}:</b> <a href="{h(v)}">{h(v)}</a><br>')
        else:
            parts.append(f"<b>{h(l)}:</b> {h(v)}<br>")
    for ip, e, t, te in c["ips"]:
        parts.append(f"<b>{h(V[c['vocab']]['ip'])}:</b> {h(ip)}" + (f" &mdash; {h(t)}" if t else "") + "<br>")
    return html_doc(c, "<div>\n" + "\n".join(parts) + "\n</div>")

def b_html_dl(c):
    finish_times(c)
    parts = []
    for k, l, v in items(c, c["vocab"]):
        parts.append(f"<dt>{h(l)}</dt><dd>{h(v)}</dd>")
    for ip, e, t, te in c["ips"]:
        parts.append(f"<dt>{h(V[c['vocab']]['ip'])}</dt><dd>{h(ip)}" + (f" <span class=ts>({h(t)})</span>" if t else "") + "</dd>")
    return html_doc(c, "<dl>\n" + "\n".join(parts) + "\n</dl>")

def plain_simple(c, sep=": ", vocab=None):
    vocab = vocab or c["vocab"]
    out = [c["intro"], ""] if c["intro"] else []
    for k, l, v in items(c, vocab):
        out.append(f"{l}{sep}{v}")
    for ip, e, t, te in c["ips"]:
        out.append(ip_line(c, vocab, ip, t))
    r = reporter_line(c, hindi=vocab == "hi")
    out += [""] + ([r] if r else []) + extra_lines(c) + [c["outro"]]
    return "\n".join(out) + police_req(c)

def b_b64_plain(c):
    finish_times(c)
    return plain_simple(c, sep=" - ")

def b_qp_hindi(c):
    finish_times(c, ptfmt=R.choice(["hindi_month", "ist_min", "dot_ist"]), ipfmt=R.choice(["hindi_month", "ist_min"]))
    c["intro"] = "हमारी टीम को एक ऐसा खाता मिला है जिसके उपयोगकर्ता को तुरंत सहायता की ज़रूरत हो सकती है।"
    return plain_simple(c, vocab="hi")

def b_mixed_labels(c):
    finish_times(c)
    return plain_simple(c, vocab="mixed")

def b_hinglish(c):
    finish_times(c)
    c["intro"] = R.choice(["Ek user ko turant madad ki zaroorat ho sakti hai. Neeche details hain.",
                           "Kripya is account wale vyakti se jaldi sampark karein.", ""])
    return plain_simple(c, vocab="hinglish")

def b_upper_terse(c):
    finish_times(c)
    c["intro"] = ""
    c["outro"] = R.choice(["", "-- END --"])
    out = []
    for k, l, v in items(c, "upper"):
        out.append(f"{l}: {v}")
    for ip, e, t, te in c["ips"]:
        out.append(f"IP: {ip}" + (f" @ {t}" if t else ""))
    out += extra_lines(c) + [c["outro"]]
    return "\n".join(out)

def b_markdown(c):
    finish_times(c)
    out = ([c["intro"], ""] if c["intro"] else []) + ["## Account"]
    for k, l, v in items(c, c["vocab"]):
        if k == "post": out += ["", "## Content", f"> {v}"] if False else ["", "## Content", f"**{l}:** {v}"]
        else: out.append(f"**{l}:** {v}  ")
    if c["ips"]:
        out += ["", "## Network"]
        for ip, e, t, te in c["ips"]:
            out.append(f"- `{ip}`" + (f" — {t}" if t else ""))
    r = reporter_line(c)
    out += [""] + ([r] if r else []) + extra_lines(c) + [c["outro"]]
    return "\n".join(out) + police_req(c)

def b_yaml_like(c):
    finish_times(c)
    def q(v): return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    out = ["referral:", f"  reference: {c['ref'] or '~'}", f"  platform: {c['platform']}", "subject:"]
    if c["name"]: out.append(f"  name: {q(c['name'])}")
    if c["username"]: out.append(f"  username: {c['username']}")
    if c["profile"]: out.append(f"  profile_url: {c['profile']}")
    if c["uid"]: out.append(f"  user_id: {c['uid']}")
    if c["phones"]:
        out.append("  phones:"); out += [f"    - {q(p)}" for e, p in c["phones"]]
    if c["emails"]:
        out.append("  emails:"); out += [f"    - {x}" for x in c["emails"]]
    if c["place"]: out.append(f"  {'pin_code' if c['place_kind'] == 'pin' else 'location'}: {q(c['place'])}")
    for k, v in c["extras"]:
        out.append(f"  {'account_created' if k == 'created' else 'date_of_birth'}: {q(v)}")
    if c["ips"]:
        out.append("logins:")
        for ip, e, t, te in c["ips"]:
            out.append(f"  - ip: {q(ip)}"); out.append(f"    time: {q(t) if t else '~'}")
    if c["has_post"] or c["pt_s"]:
        out.append("content:")
        if c["pt_s"]: out.append(f"  posted_at: {q(c['pt_s'])}")
        if c["has_post"]: out.append(f"  text: {q(c['post'])}")
    r = reporter_line(c)
    return "\n".join(([c["intro"], ""] if c["intro"] else []) + out + [""] + ([r] if r else []) + extra_lines(c))

def b_kv_machine(c):
    finish_times(c, ptfmt=R.choice(["iso_z", "epoch_s", "iso_ist"]), ipfmt=R.choice(["iso_z", "epoch_s", "epoch_ms"]))
    out = [f"report.version=3", f"report.platform={c['platform']}"]
    if c["ref"]: out.append(f"report.reference={c['ref']}")
    if c["name"]: out.append(f"subject.name={c['name']}")
    if c["username"]: out.append(f"subject.username={c['username']}")
    if c["profile"]: out.append(f"subject.profile_url={c['profile']}")
    if c["uid"]: out.append(f"subject.user_id={c['uid']}")
    for k, (e, p) in enumerate(c["phones"]): out.append(f"subject.phone.{k}={p}")
    for k, x in enumerate(c["emails"]): out.append(f"subject.email.{k}={x}")
    if c["place"]: out.append(f"subject.{'pin' if c['place_kind'] == 'pin' else 'location'}={c['place']}")
    for k, v in c["extras"]: out.append(f"subject.{'created' if k == 'created' else 'dob'}={v}")
    for k, (ip, e, t, te) in enumerate(c["ips"]):
        out.append(f"login.{k}.ip={ip}")
        if t: out.append(f"login.{k}.time={t}")
    if c["pt_s"]: out.append(f"content.time={c['pt_s']}")
    if c["has_post"]: out.append(f"content.text={c['post']}")
    if c["reporter"]: out.append(f"reporter.note={reporter_line(c)}")
    for x in extra_lines(c): out.append(f"info={x}")
    return "\n".join(out)

def json_obj(c, epoch=False):
    o = {"reference": c["ref"], "platform": c["platform"], "account": {}}
    a = o["account"]
    if c["name"]: a["full_name"] = c["name"]
    if c["username"]: a["username"] = c["username"]
    if c["profile"]: a["profile_url"] = c["profile"]
    if c["uid"]: a["id"] = c["uid"]
    if c["phones"]: a["phones"] = [p for e, p in c["phones"]]
    if c["emails"]: a["emails"] = c["emails"]
    if c["place"]: a["pin_code" if c["place_kind"] == "pin" else "location"] = c["place"]
    for k, v in c["extras"]: a["created_time" if k == "created" else "birthday"] = v
    o["logins"] = []
    for ip, e, t, te in c["ips"]:
        d = {"ip": ip}
        if t: d["time"] = int(t) if t.isdigit() else t
        o["logins"].append(d)
    if c["has_post"] or c["pt_s"]:
        o["content"] = {}
        if c["pt_s"]: o["content"]["created_time"] = int(c["pt_s"]) if c["pt_s"].isdigit() else c["pt_s"]
        if c["has_post"]: o["content"]["text"] = c["post"]
    if c["reporter"]: o["reporter"] = {"name": c["reporter"][0], "phone": c["reporter"][1], "city": c["reporter"][2], "relationship": "friend"}
    if c["helplines"]: o["resources"] = c["helplines"]
    return o

def b_json_body(c):
    finish_times(c, ptfmt=R.choice(["iso_z", "epoch_s", "epoch_ms", "iso_ist"]), ipfmt=R.choice(["iso_z", "epoch_s", "epoch_ms"]))
    return json.dumps(json_obj(c), ensure_ascii=R.random() < 0.4, indent=R.choice([None, 2]))

def b_narrative(c):
    finish_times(c, ptfmt=R.choice(["narr_utc", "long_ist", "ampm_ist", "us_ampm_utc"]), ipfmt=R.choice(["narr_utc", "ampm_ist", "iso_z"]))
    P = PNAME[c["platform"]]
    s = []
    if c["intro"]: s.append(c["intro"])
    who = c["name"] or "The user"
    pron = "their"
    place_part = ""
    if c["place"] and c["place_kind"] != "post_only":
        place_part = f", who lists {pron} location as {c['place']}," if c["place_kind"] != "pin" else f", whose address carries the PIN code {c['place']},"
    if c["name"]:
        s.append(f"The account holder, {c['name']}{place_part} uses the {P} account" + (f" {c['profile']}" if c["profile"] else "") + ".")
    else:
        s.append(f"The account is on {P}" + (f" ({c['profile']})" if c["profile"] else "") + ".")
        if c["place"] and c["place_kind"] != "post_only":
            s.append(f"The location given on the account is {c['place']}." if c["place_kind"] != "pin" else f"The PIN code given on the account is {c['place']}.")
    if c["username"]: s.append(f"The username is {c['username']}.")
    if c["uid"]: s.append(f"The account ID is {c['uid']}.")
    if c["phones"]:
        s.append("The mobile number on the account is " + " and ".join(p for e, p in c["phones"]) + ".")
    if c["emails"]: s.append(f"The registered e-mail address is {c['emails'][0]}.")
    for k, v in c["extras"]:
        s.append(f"The account was created on {v}." if k == "created" else f"The date of birth given is {v}.")
    if c["has_post"]:
        if c["pt_s"]: s.append(f"At {c['pt_s']} the user posted:\n\n    {c['post']}\n")
        else: s.append(f"The user posted:\n\n    {c['post']}\n")
    elif c["pt_s"]:
        s.append(f"A live video was started at {c['pt_s']}.")
    for ip, e, t, te in c["ips"]:
        s.append(f"The account was accessed from IP {ip} at {t}." if t else f"An access from IP {ip} was also recorded.")
    r = reporter_line(c)
    if r: s.append(r)
    s += extra_lines(c)
    if c["ref"]: s.append(f"Please quote reference {c['ref']} in any reply.")
    s[0] = textwrap.fill(s[0], 78) if c["intro"] and "\n" not in s[0] else s[0]
    return "\n".join(s) + "\n\n" + c["outro"] + police_req(c)

def b_whatsapp(c):
    finish_times(c)
    L = V[c["vocab"]]
    out = [c["intro"], ""] if c["intro"] else []
    if c["ref"]: out.append(f"{L['ref']}: {c['ref']}")
    out.append(f"WhatsApp account (phone number): {c['phones'][0][1]}")
    if c["name"]: out.append(f"Profile name: {c['name']}")
    for e, p in c["phones"][1:]: out.append(f"Linked number: {p}")
    if c["place"]: out.append(f"{place_label(c, c['vocab'])}: {c['place']}")
    if c["has_post"]: out.append(f"Status text: {c['post']}")
    if c["pt_s"]: out.append(f"Status posted: {c['pt_s']}")
    for ip, e, t, te in c["ips"]:
        out.append(f"Connection: {ip}" + (f" ({t})" if t else ""))
    r = reporter_line(c)
    out += [""] + ([r] if r else []) + extra_lines(c) + [c["outro"]]
    return "\n".join(out)

def b_threads_card(c):
    finish_times(c)
    out = [c["intro"], ""] if c["intro"] else []
    out.append("━━━━━━━━━━━━━━━━━━━━")
    if c["ref"]: out.append(f"Case: {c['ref']}")
    if c["username"]: out.append(f"Threads profile: @{c['username']}")
    if c["profile"]: out.append(f"Link: {c['profile']}")
    if c["uid"]: out.append(f"Account ID: {c['uid']}")
    if c["name"]: out.append(f"Name on profile: {c['name']}")
    for e, p in c["phones"]: out.append(f"Phone: {p}")
    for x in c["emails"]: out.append(f"Email: {x}")
    if c["place"]: out.append(f"{place_label(c, 'en2')}: {c['place']}")
    out.append("━━━━━━━━━━━━━━━━━━━━")
    if c["has_post"]: out.append(f"Thread: {c['post']}")
    if c["pt_s"]: out.append(f"Posted: {c['pt_s']}")
    for ip, e, t, te in c["ips"]: out.append(ip_line(c, "en2", ip, t))
    r = reporter_line(c)
    out += [""] + ([r] if r else []) + extra_lines(c) + [c["outro"]]
    return "\n".join(out)

def b_hindi_only(c):
    finish_times(c, ptfmt=R.choice(["hindi_month", "hindi_dev"]), ipfmt="hindi_month")
    c["intro"] = R.choice(["आपातकालीन सूचना: नीचे दिए गए व्यक्ति को तुरंत मदद की आवश्यकता हो सकती है।",
                           "कृपया इस खाताधारक से शीघ्र संपर्क करें।"])
    c["outro"] = "धन्यवाद।"
    return plain_simple(c, vocab="hi")

# attachments layouts return (body_text, [attachment leaves])
def csv_logins(c):
    rows = ["timestamp_utc,ip_address,event"]
    for ip, e, t, te in c["ips"]:
        rows.append(f"{t or ''},{ip},{R.choice(['login', 'session', 'post'])}")
    return "\n".join(rows) + "\n"

def b_csv_logins(c):
    finish_times(c, ipfmt="bare_utc")
    L = V[c["vocab"]]
    out = [c["intro"], ""] if c["intro"] else []
    for k, l, v in items(c, c["vocab"]):
        out.append(f"{l}: {v}")
    out += ["", "Login history: see attached logins.csv (times in UTC)."]
    r = reporter_line(c)
    out += ([r] if r else []) + extra_lines(c) + [c["outro"]]
    if not c["ips"]:
        return "\n".join(out), [leaf("text/csv", "timestamp_utc,ip_address,event\n", filename="logins.csv")]
    return "\n".join(out), [leaf("text/csv", csv_logins(c), cte=R.choice(["b64", "8bit"]), filename="logins.csv")]

def b_txt_account(c):
    finish_times(c)
    L = V[c["vocab"]]
    body = [c["intro"], ""] if c["intro"] else []
    if c["ref"]: body.append(f"{L['ref']}: {c['ref']}")
    for k, l, v in items(c, c["vocab"], with_ref=False):
        if k in ("ptime", "post"): body.append(f"{l}: {v}")
    body += ["", "The account details are in the attached file."] + extra_lines(c) + [c["outro"]]
    att = ["ACCOUNT DETAILS", "==============="]
    for k, l, v in items(c, c["vocab"], with_ref=False):
        if k not in ("ptime", "post"): att.append(f"{l}: {v}")
    for ip, e, t, te in c["ips"]: att.append(ip_line(c, c["vocab"], ip, t))
    r = reporter_line(c)
    if r: att += ["", r]
    return "\n".join(body), [leaf("text/plain", "\n".join(att) + "\n", cte=R.choice(["b64", "qp", "8bit"]), filename="account_details.txt")]

def b_json_attach(c):
    finish_times(c, ptfmt=R.choice(["iso_z", "epoch_s", "iso_ist"]), ipfmt=R.choice(["iso_z", "epoch_ms", "epoch_s"]))
    body = [c["intro"] or "Please find the referral data attached.", ""]
    if c["ref"]: body.append(f"Ref: {c['ref']}")
    body += ["Attachment: referral.json"] + extra_lines(c) + [c["outro"]]
    return "\n".join(body), [leaf("application/json", json.dumps(json_obj(c), ensure_ascii=False, indent=2), cte="b64", filename="referral.json")]

def b_octet_export(c):
    finish_times(c)
    body = [c["intro"] or "Data export attached.", "", f"Export of the account record for case {c['ref']}." if c["ref"] else "Export of the account record.",
            "The file is UTF-8 text (key=value)."] + extra_lines(c) + [c["outro"]]
    kv = [f"export.generated={tfmt(c['pt_dt'] + timedelta(minutes=7), 'iso_z')[0]}"]
    for k, l, v in items(c, c["vocab"]):
        kv.append(f"{l.lower().replace(' ', '_')}={v}")
    for k, (ip, e, t, te) in enumerate(c["ips"]):
        kv.append(f"ip_{k}={ip}" + (f" | {t}" if t else ""))
    r = reporter_line(c)
    if r: kv.append(f"note={r}")
    return "\n".join(body), [leaf("application/octet-stream", "\n".join(kv) + "\n", cte="b64", filename=f"export_{c['i']:04d}.dat")]

def b_post_attachment(c):
    finish_times(c)
    out = [c["intro"], ""] if c["intro"] else []
    for k, l, v in items(c, c["vocab"]):
        if k == "post": out.append(f"{l}: see attached post.txt")
        else: out.append(f"{l}: {v}")
    for ip, e, t, te in c["ips"]: out.append(ip_line(c, c["vocab"], ip, t))
    r = reporter_line(c)
    out += [""] + ([r] if r else []) + extra_lines(c) + [c["outro"]]
    att = [leaf("text/plain", c["post"] + "\n", cte=R.choice(["b64", "qp"]), filename="post.txt")] if c["has_post"] else []
    return "\n".join(out), att

BODY = {"kv_plain": b_kv_plain, "label_above": b_label_above, "dot_leaders": b_dot_leaders, "tabs": b_tabs,
        "pipe_table": b_pipe_table, "numbered": b_numbered, "html_table": b_html_table, "html_br": b_html_br,
        "html_dl": b_html_dl, "b64_plain": b_b64_plain, "qp_hindi": b_qp_hindi, "mixed_labels": b_mixed_labels,
        "hinglish": b_hinglish, "upper_terse": b_upper_terse, "markdown": b_markdown, "yaml_like": b_yaml_like,
        "kv_machine": b_kv_machine, "json_body": b_json_body, "narrative": b_narrative, "whatsapp": b_whatsapp,
        "threads_card": b_threads_card, "hindi_only": b_hindi_only, "csv_logins": b_csv_logins,
        "txt_account": b_txt_account, "json_attach": b_json_attach, "octet_export": b_octet_export,
        "post_attachment": b_post_attachment, "alt_qp": None}
HTML_LAYOUTS = {"html_table", "html_br", "html_dl"}
ATT_LAYOUTS = {"csv_logins", "txt_account", "json_attach", "octet_export", "post_attachment"}
FWD_LAYOUTS = ["rfc822_fwd", "gmail_fwd", "outlook_fwd", "quoted_fwd", "double_fwd"]
INNER_FOR_FWD = ["kv_plain", "label_above", "b64_plain", "html_table", "alt_qp", "dot_leaders", "hinglish", "narrative", "csv_logins"]

def plain_to_html(c):
    return html_doc(c, '<table border="1" cellpadding="4">\n' + "\n".join(html_rows(c, c["vocab"])) + "\n</table>")

def entity_for(c, layout):
    """Body entity (Content-Type ... ) of a direct platform mail."""
    if layout == "alt_qp":
        finish_times(c)
        plain = plain_simple(c)
        c_html = plain_to_html(c)
        return multipart("alternative", [leaf("text/plain", plain, cte="qp"), leaf("text/html", c_html, cte="qp")])
    f = BODY[layout]
    res = f(c)
    if layout in ATT_LAYOUTS:
        body, atts = res
        main = leaf("text/plain", body, cte=R.choice(["8bit", "qp"]))
        if layout == "post_attachment" and R.random() < 0.5:
            main = multipart("alternative", [main, leaf("text/html", "<html><body><pre>" + h(body) + "</pre></body></html>", cte="qp")])
        return multipart("mixed", [main] + atts)
    if layout in HTML_LAYOUTS:
        if layout == "html_dl":
            # plain part in base64 + html
            finish_times  # times already fixed
            return multipart("alternative", [leaf("text/plain", re.sub(r"<[^>]+>", " ", html.unescape(res)).replace("  ", " "), cte="b64"),
                                             leaf("text/html", res, cte="qp")])
        return leaf("text/html", res, cte=R.choice(["qp", "8bit", "b64"]))
    if layout == "b64_plain":
        return leaf("text/plain", res, cte="b64")
    if layout in ("qp_hindi", "hindi_only"):
        return leaf("text/plain", res, cte="qp" if layout == "qp_hindi" else R.choice(["8bit", "b64"]))
    if layout == "json_body":
        return leaf(R.choice(["application/json", "text/plain"]), res, cte="8bit")
    return leaf("text/plain", res, cte=R.choice(["8bit", "8bit", "qp"]))

def auth_header(domain, mode):
    if mode == "pass":
        return ("Authentication-Results", f"{AUTHSERV}; dkim=pass header.d={domain}; dmarc=pass header.from={domain}")
    if mode == "fail":
        return ("Authentication-Results", f"{AUTHSERV}; dkim=fail (signature verification failed) header.d={domain}; dmarc=fail header.from={domain}")
    if mode == "mismatch":
        return ("Authentication-Results", f"{AUTHSERV}; dkim=pass header.d=bulk-mailer.example.org; dmarc=fail header.from={domain}")
    if mode == "untrusted":
        return ("Authentication-Results", f"mx1.example.net; dkim=pass header.d={domain}; dmarc=pass header.from={domain}")
    raise ValueError(mode)

FAKE_SENDERS = [  # (name, address, auth mode or None, claimed platform)
    ("Facebook Safety Team", "records@support.faceb00k.example", "pass_own", "facebook"),
    ("Instagram Safety", "no-reply@instagram-safety.example.com", "pass_own", "instagram"),
    ("Facebook Law Enforcement Response Team", "records@support.facebook.com", "fail", "facebook"),
    ("Instagram Safety", "no-reply@mail.instagram.com", None, "instagram"),
    ("Meta Emergency Response", "emergency@meta.com", "untrusted", "facebook"),
    ("Instagram", "security@instagram.com", "mismatch", "instagram"),
    ("Meta LERS", "lers@meta-lers.example.net", "pass_own", "facebook"),
    ("WhatsApp Safety", "safety@whatsapp-support.example.org", None, "whatsapp"),
    ("Facebook Safety", "fb.safety.desk@webmail.example.com", "pass_own", "facebook"),
]

def direct_headers(c, frm_name, frm_addr, auth_mode, subject, date):
    dom = root_domain(frm_addr)
    hs = []
    if auth_mode == "pass_own":
        hs.append(("Authentication-Results", f"{AUTHSERV}; dkim=pass header.d={dom}; dmarc=pass header.from={dom}"))
    elif auth_mode == "forged_below":
        hs.append(("Authentication-Results", f"{AUTHSERV}; dkim=none; dmarc=none header.from={dom}"))
    elif auth_mode:
        hs.append(auth_header(dom, auth_mode))
    host, ip = recv_for(dom)
    hs.append(("Received", f"from {host} ({host} [{ip}])\n\tby {AUTHSERV} with ESMTPS id {hashlib.md5(subject.encode()).hexdigest()[:14]}\n\tfor <{DESK}>; {rfcdate(date)}"))
    if auth_mode == "forged_below":
        hs.append(("Authentication-Results", f"{AUTHSERV}; dkim=pass header.d={dom}; dmarc=pass header.from={dom}"))
    hs += [("From", enc_name(frm_name, frm_addr)), ("To", DESK), ("Subject", enc_subject(subject)),
           ("Date", rfcdate(date, ist=R.random() < 0.3)), ("Message-ID", mid(f"{c['i']}-{subject}", dom))]
    return hs

def build_original(c, inner_layout, frm_name, frm_addr, auth_mode="pass"):
    subject = subject_of(c)
    date = c["pt_dt"] + timedelta(minutes=R.randint(3, 25))
    ent = entity_for(c, inner_layout)
    return message(direct_headers(c, frm_name, frm_addr, auth_mode, subject, date), ent), subject, date

def police_note(c):
    off, unit = R.choice(OFFICERS)
    mob = pfmt(new_mobile(), R.choice(["ten", "plus_sp", "zero"]))
    fileno = f"{unit.split(',')[0].replace(' ', '').upper()[:8]}/SM/2026/{R.randint(100, 9999)}"
    note = R.choice(["कृपया तुरंत कार्यवाही करें। यह मेल हमारे साइबर सेल मेलबॉक्स पर प्राप्त हुआ है।",
                     "Forwarding for necessary action. Received on our cyber cell mailbox.",
                     "FYI pls route to the concerned PS urgently.",
                     "Sir, please see below. Kindly forward to the concerned district.",
                     "अग्रिम आवश्यक कार्यवाही हेतु प्रेषित।"])
    c["traps"] += ["officer_signature", "police_file_number"]
    return f"{note}\n\nOur file no.: {fileno}\n\n--\n{off}\n{unit}\nMob. {mob}\n"

def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

def plain_of_original(c, inner_layout):
    """Plain text of the inner body for inline forwards (HTML/attachments not used inline)."""
    f = BODY[inner_layout] if inner_layout in BODY and BODY[inner_layout] else None
    if f is None or inner_layout in HTML_LAYOUTS or inner_layout in ATT_LAYOUTS:
        finish_times(c); return plain_simple(c)
    return f(c)

def build_forward(c, layout):
    pf = PLATFORM_FROM[c["platform"]]
    frm_name, frm_addr = R.choice(pf)
    pol_name, pol_addr = R.choice(POLICE_FROM)
    orig_date = c["pt_dt"] + timedelta(minutes=R.randint(3, 25))
    fwd_date = orig_date + timedelta(minutes=R.randint(5, 90))
    osub = subject_of(c)
    note = police_note(c)
    if layout == "rfc822_fwd":
        inner = R.choice(INNER_FOR_FWD)
        raw, osub, od = build_original(c, inner, frm_name, frm_addr)
        ent = multipart("mixed", [leaf("text/plain", note), rfc822_part(raw)])
        subj = "Fwd: " + osub
    else:
        inner = R.choice(["kv_plain", "label_above", "dot_leaders", "hinglish", "narrative", "tabs", "mixed_labels"])
        text = plain_of_original(c, inner)
        ghdr = (f"---------- Forwarded message ---------\nFrom: {frm_name} <{frm_addr}>\n"
                f"Date: {orig_date.astimezone(IST):%a, %d %b %Y at %H:%M}\nSubject: {osub}\nTo: <{pol_addr}>\n\n")
        if layout == "gmail_fwd":
            body = note + "\n" + ghdr + text
            subj = "Fwd: " + osub
        elif layout == "outlook_fwd":
            body = (note + "\n________________________________\n" + f"From: {frm_name} <{frm_addr}>\n"
                    f"Sent: {orig_date.astimezone(IST):%A, %B} {orig_date.astimezone(IST).day}, {orig_date.astimezone(IST):%Y %I:%M %p}\n"
                    f"To: {pol_addr}\nSubject: {osub}\n\n" + text)
            subj = "FW: " + osub
        elif layout == "quoted_fwd":
            body = (note + f"\nOn {orig_date:%a, %d %b %Y at %H:%M}, {frm_name} <{frm_addr}> wrote:\n" + quote(text))
            subj = "Fwd: " + osub
        else:  # double_fwd
            off2, unit2 = R.choice(OFFICERS)
            first = f"Please take action.\n\n{off2}\n{unit2}\n\n" + ghdr + text
            body = (note + "\n---------- Forwarded message ---------\n" + f"From: {unit2} <sho-desk@police.example.in>\n"
                    f"Date: {fwd_date.astimezone(IST):%a, %d %b %Y at %H:%M}\nSubject: Fwd: {osub}\nTo: <{pol_addr}>\n\n" + first)
            subj = "Fwd: Fwd: " + osub
        ent = leaf("text/plain", body, cte=R.choice(["8bit", "qp"]))
    hs = []
    if R.random() < 0.5:
        hs.append(("Authentication-Results", f"{AUTHSERV}; dkim=pass header.d={root_domain(pol_addr)}; dmarc=pass header.from={root_domain(pol_addr)}"))
    hs += [("From", enc_name(pol_name, pol_addr)), ("To", DESK), ("Subject", enc_subject(subj)),
           ("Date", rfcdate(fwd_date, ist=True)), ("Message-ID", mid(f"fwd{c['i']}", root_domain(pol_addr)))]
    return message(hs, ent)

# ----------------------------------------------------------------------------- non-reports
def notices_and_others():
    out = []  # (layout, kind, raw, authentic, traps)
    base = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
    def mk(frm, addr, subj, ent, auth="pass", extra=None, dt=None):
        dom = root_domain(addr)
        hs = []
        if auth == "pass": hs.append(auth_header(dom, "pass"))
        elif auth == "fail": hs.append(auth_header(dom, "fail"))
        elif auth == "pass_own": hs.append(("Authentication-Results", f"{AUTHSERV}; dkim=pass header.d={dom}; dmarc=pass header.from={dom}"))
        host, ip = recv_for(dom)
        d = dt or base + timedelta(hours=R.randint(1, 150))
        hs.append(("Received", f"from {host} ({host} [{ip}])\n\tby {AUTHSERV} with ESMTPS; {rfcdate(d)}"))
        hs += [("From", enc_name(frm, addr)), ("To", DESK), ("Subject", enc_subject(subj)), ("Date", rfcdate(d)),
               ("Message-ID", mid(subj + addr, dom))] + (extra or [])
        return message(hs, ent)
    # notices
    out.append(("notice_policy", "platform_notice", mk("Meta Law Enforcement Outreach", "le-outreach@meta.com",
        "Update to our law enforcement guidelines", leaf("text/plain",
        "Dear partner,\n\nWe have updated our Information for Law Enforcement Authorities. The main changes:\n"
        "1. Emergency requests can now be submitted with a one-page form.\n2. Preservation requests are kept for 90 days.\n"
        "3. Our records portal now requires two-step verification for every officer account.\n\n"
        "Read the full guidelines at https://www.facebook.com/safety/groups/law/guidelines/\n\nMeta Law Enforcement Outreach\n")), True, []))
    out.append(("notice_newsletter", "platform_notice", mk("Instagram Safety", "newsletter@mail.instagram.com",
        "Newsletter: our suicide prevention programmes in India, November 2026", leaf("text/html",
        "<html><body><h2>Safety newsletter – India</h2><p>This quarter we worked with partners on suicide and self-harm "
        "prevention: in-app resources now link to <b>Tele-MANAS 14416</b> and <b>KIRAN 1800-599-0019</b>.</p>"
        "<p>We also trained 1,200 community moderators in Hindi, Tamil and Bengali.</p>"
        "<p>AASRA: +91-9820466726 (24x7)</p><p>To unsubscribe, reply STOP.</p></body></html>", cte="qp")), True, ["helpline"]))
    out.append(("notice_portal", "platform_notice", mk("Facebook Records", "records@support.facebook.com",
        "New sign-in to your Law Enforcement Online Request System account", leaf("text/plain",
        "Hello Officer Sunil Vyas,\n\nYour LEORS account scrb-sm-desk@police.example.in signed in from a new device.\n\n"
        "IP address: 103.211.44.19\nTime: 2026-11-30 09:12 UTC\nBrowser: Firefox on Linux\n\n"
        "If this was you, you can ignore this message. If not, reset your password at https://www.facebook.com/records\n"),
        dt=datetime(2026, 11, 30, 9, 13, 40, tzinfo=UTC)), True, ["portal_login_ip"]))
    out.append(("notice_portal_b64", "platform_notice", mk("Instagram Records", "records@instagram.com",
        "Your request has been received", leaf("text/plain",
        "Thank you. Your emergency request submitted through the portal has been received and is being reviewed.\n"
        "Submitted by: Inspector Kailash Purohit (scrb-sm-desk@police.example.in)\n"
        "Signed in from 117.206.18.90 at 2026-11-29 22:40 IST\n\nYou will receive a separate message when we respond.\n", cte="b64"),
        dt=datetime(2026, 11, 29, 17, 12, 5, tzinfo=UTC)), True,
        ["portal_login_ip", "officer_signature"]))
    out.append(("notice_training", "platform_notice", mk("Meta Safety Policy India", "safety-india@meta.com",
        "Invitation: online training for Rajasthan Police cyber cells, 10 December 2026", multipart("alternative", [
        leaf("text/plain", "Namaste,\n\nWe invite officers of the Rajasthan Police cyber cells to an online session on our emergency "
             "disclosure process and on responding to a person in distress.\n\nDate: 10 December 2026, 11:00 IST\n"
             "Venue: online (link sent after registration)\nContact: Ms. Anita Rao, Safety Policy, +91 11 4000 0000 (office)\n\nMeta Safety Policy India\n"),
        leaf("text/html", "<p>Namaste,</p><p>We invite officers of the Rajasthan Police cyber cells to an online session on our emergency "
             "disclosure process and on responding to a person in distress.</p><p><b>Date:</b> 10 December 2026, 11:00 IST</p>", cte="qp")])), True, []))
    out.append(("notice_whatsapp_policy", "platform_notice", mk("WhatsApp Law Enforcement Support", "wa-le@support.meta.com",
        "WhatsApp: how to make an emergency request", leaf("text/plain",
        "WhatsApp can disclose limited information in an emergency involving imminent harm. Submit requests through the "
        "portal; include the phone number with country code (e.g. +91) and describe the emergency.\n\n"
        "We do not store message content. Status updates expire after 24 hours.\n")), True, []))
    out.append(("notice_hindi", "platform_notice", mk("फेसबुक सुरक्षा", "safety-hindi@facebookmail.com",
        "सूचना: आपातकालीन अनुरोध पोर्टल का रखरखाव 6 दिसंबर को", leaf("text/plain",
        "प्रिय अधिकारी,\n\nआपातकालीन अनुरोध पोर्टल 6 दिसंबर 2026 को रात 01:00 से 03:00 बजे (IST) तक रखरखाव के कारण उपलब्ध नहीं रहेगा।\n"
        "इस दौरान आपातकालीन अनुरोध ईमेल द्वारा भेजें।\n\nधन्यवाद,\nफेसबुक कानून प्रवर्तन टीम\n", cte="qp")), True, []))
    out.append(("notice_threads", "platform_notice", mk("Threads Safety", "safety@threads.meta.com",
        "Threads now shows helplines in Hindi", leaf("text/html",
        "<html><body><p>Searches for distress-related terms on Threads now show <b>Tele-MANAS (14416)</b> in Hindi and English.</p>"
        "<p>Emergency services: 112.</p></body></html>")), True, ["helpline"]))
    out.append(("notice_transparency", "platform_notice", mk("Meta Transparency", "transparency@fb.com",
        "Government requests report for H1 2026 is live", leaf("text/plain",
        "Our Transparency Center now has the government requests report for January–June 2026, including emergency requests "
        "from India. https://transparency.meta.com/\n")), True, []))
    out.append(("notice_lookalike", "platform_notice", mk("Meta Police Portal", "portal@meta-police-portal.example.com",
        "Action needed: verify your law enforcement account", leaf("text/html",
        "<p>Your account will be suspended. <a href=\"https://meta-police-portal.example.com/verify\">Verify now</a>.</p>"
        "<p>Last login IP: 198.51.100.77</p>"), auth="pass_own"), False, ["portal_login_ip", "lookalike_domain"]))
    out.append(("notice_dkimfail", "platform_notice", mk("Facebook", "security@facebookmail.com",
        "Password reset for your records portal account", leaf("text/plain",
        "Someone asked to reset the password of your records portal account. If it was not you, ignore this mail.\n"), auth="fail"), False, []))
    out.append(("notice_feedback", "platform_notice", mk("Instagram Law Enforcement", "le@instagram.com",
        "Follow-up: outcome of emergency referrals (survey)", leaf("text/plain",
        "We would like to learn how our emergency referrals helped. Please answer a 3-question survey:\n"
        "https://www.instagram.com/survey/le-2026\nNo personal information is requested.\n", cte="qp")), True, []))
    # others
    out.append(("other_vendor", "other", mk("SecureMail Appliance Support", "support@securemail-vendor.example.com",
        "Licence renewal reminder – gateway SM-4400", leaf("text/plain",
        "Dear customer,\n\nThe licence of your mail gateway SM-4400 (serial 7734-11) expires on 31 Dec 2026.\n"
        "Call us on 1800-000-0000 or mail renewals@securemail-vendor.example.com.\n"), auth=None), False, []))
    out.append(("other_circular", "other", mk("PHQ Rajasthan (Admin)", "admin-phq@police.example.in",
        "परिपत्र: साइबर सेल कर्मियों का प्रशिक्षण कार्यक्रम", leaf("text/plain",
        "सभी पुलिस अधीक्षक,\n\nसोशल मीडिया पर आत्महत्या रोकथाम से संबंधित सूचनाओं के त्वरित निस्तारण हेतु 15 दिसंबर 2026 को "
        "प्रशिक्षण आयोजित किया जाएगा। प्रत्येक जिले से दो कर्मी भेजें।\n\nपुलिस महानिरीक्षक (अपराध)\nफोन 0141-2740000\n", cte="qp"), auth=None), False, []))
    out.append(("other_ooo", "other", mk("SHO Sojat", "sho-sojat@police.example.in",
        "Automatic reply: [LL-2026-000231] HIGH risk - self-harm alert - PS Sojat", leaf("text/plain",
        "I am on leave until 4 December. For urgent matters contact HC Ramlal, 94140 00000.\n"),
        auth=None, extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<LL-2026-000231.forward.1@lifeline.police.example.in>")]), False, ["officer_signature"]))
    dsn_text = ("This is the mail system at host mail.police.example.in.\n\nI'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients.\n\n<do-oldstation@police.example.in>: host mail.police.example.in said: 550 5.1.1 "
                "User unknown\n")
    dsn = multipart("report; report-type=delivery-status", [leaf("text/plain", dsn_text),
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.police.example.in\n\nFinal-Recipient: rfc822; do-oldstation@police.example.in\nAction: failed\nStatus: 5.1.1\n",
        "Content-Type: text/rfc822-headers\n\nFrom: scrb-sm-desk@police.example.in\nTo: do-oldstation@police.example.in\nSubject: [LL-2026-000219] MEDIUM risk - self-harm alert - PS Old Station\n"])
    out.append(("other_bounce", "other", mk("Mail Delivery System", "MAILER-DAEMON@mail.police.example.in",
        "Undelivered Mail Returned to Sender", dsn, auth=None, extra=[("Auto-Submitted", "auto-replied")]), False, []))
    out.append(("other_newsdigest", "other", mk("Morning News Digest", "digest@news.example.com",
        "Today: Jaipur metro phase 2, Kota coaching rules, weather", leaf("text/html",
        "<html><body><h3>Kota</h3><p>New rules for coaching centres include counselling and a helpline for students.</p>"
        "<h3>Jaipur</h3><p>Metro phase 2 tender opens.</p></body></html>"), auth=None), False, []))
    out.append(("other_meeting", "other", mk("DIG Cyber Crime", "dig-cyber@rajpolice.gov.in",
        "Meeting on Lifeline review, 5 Dec 11:00", leaf("text/plain",
        "All concerned,\n\nReview meeting of the social media alert desk on 5 Dec 2026 at 11:00 in the PHQ conference hall.\n"
        "Agenda: response times by district, staffing of the night shift.\n\nDIG Cyber Crime\n"), auth=None), False, []))
    out.append(("other_itnotice", "other", mk("PHQ IT Cell", "itcell@police.example.in",
        "Planned outage of the mail server on Sunday", leaf("text/plain",
        "The mail server will be restarted on Sunday 6 Dec between 02:00 and 02:30 IST. Mail is queued, not lost.\n"
        "Server: mail.police.example.in (10.20.1.5)\n"), auth=None), False, []))
    out.append(("other_spam", "other", mk("Prize Desk", "winner@lucky-draw.example.biz",
        "Congratulations! You have won a smartphone", leaf("text/html",
        "<p>Dear user, you have won. Call +91 90000 00000 or click <a href=\"https://lucky-draw.example.biz/claim\">here</a>.</p>"), auth=None), False, []))
    return out

# ----------------------------------------------------------------------------- main
LAYOUTS_REPORT = ["kv_plain", "label_above", "dot_leaders", "tabs", "pipe_table", "numbered", "html_table",
                  "html_br", "html_dl", "alt_qp", "b64_plain", "qp_hindi", "mixed_labels", "hinglish",
                  "upper_terse", "markdown", "yaml_like", "kv_machine", "json_body", "narrative", "whatsapp",
                  "threads_card", "hindi_only", "csv_logins", "txt_account", "json_attach", "octet_export",
                  "post_attachment"] + FWD_LAYOUTS

def expected_report(c, authentic, forwarded):
    return {
        "kind": "platform_report", "layout": c["layout"], "authentic": authentic, "forwarded": forwarded,
        "platform": c["platform"], "reference": c["ref"], "subject_name": c["name"],
        "phones": list(dict.fromkeys(e for e, p in c["phones"])), "emails": c["emails"],
        "ips": [{"ip": e, "seen_at": te} for ip, e, t, te in c["ips"]],
        "profile_urls": [c["profile"]] if c["profile"] else [], "usernames": [c["username"]] if c["username"] else [],
        "user_ids": [c["uid"]] if c["uid"] else [], "post_text": re.sub(r"\s+", " ", c["post"]).strip() if c["has_post"] else None,
        "post_time": c["pt_e"], "place": c["place"] if c["place_kind"] != "post_only" else "",
        "district": c["district"], "police_district": c["police_district"], "outside_rajasthan": c["outside"],
        "topic_words": None, "traps": sorted(set(c["traps"])), "place_kind": c["place_kind"]}

def main(limit=None):
    for f in os.listdir(HERE):
        if re.match(r"\d{4}-.*\.(eml|expected\.json)$", f):
            os.remove(os.path.join(HERE, f))
    places = list(C.PLACES)
    places += [(None, d, None, False, "post_only", t) for t, d in C.POST_ONLY]
    places += [("", None, None, False, "none")] * C.N_NO_PLACE
    R.shuffle(places)
    n = len(places)
    layouts = []
    while len(layouts) < n:
        L = LAYOUTS_REPORT[:]; R.shuffle(L); layouts += L
    layouts = layouts[:n]
    fake_idx = set()
    cand = [k for k in range(n) if layouts[k] not in FWD_LAYOUTS + ["whatsapp", "threads_card", "hindi_only"]]
    fake_idx = R.sample(cand, len(FAKE_SENDERS))
    fake_for = dict(zip(fake_idx, FAKE_SENDERS))
    mails = []
    for k in range(n):
        pl = places[k]; lay = layouts[k]
        post_only_text = None
        if len(pl) == 6:
            post_only_text = pl[5]; pl = ("", pl[1], None, False, "post_only")
        if lay == "whatsapp": plat = "whatsapp"
        elif lay == "threads_card": plat = "threads"
        else: plat = R.choices(["facebook", "instagram", "whatsapp", "threads"], [46, 34, 12, 8])[0]
        if k in fake_for: plat = fake_for[k][3]
        if plat == "whatsapp" and lay in ("hindi_only", "threads_card") : plat = "facebook"
        topicless = R.random() < 0.37
        c = make_case(k + 1, pl, lay, plat, None, topicless)
        if post_only_text:
            c["post"] = post_only_text; c["has_post"] = True
        if plat == "whatsapp" and not c["phones"]:
            n10 = new_mobile(); c["phones"] = [("+91" + n10, pfmt(n10, "plus_sp"))]
        if lay in FWD_LAYOUTS:
            raw = build_forward(c, lay); authentic, forwarded = False, True
        elif k in fake_idx:
            fn, fa, mode, _ = fake_for[k]
            subject = subject_of(c)
            date = c["pt_dt"] + timedelta(minutes=R.randint(3, 25))
            raw = message(direct_headers(c, fn, fa, mode, subject, date), entity_for(c, lay))
            authentic, forwarded = False, False
            c["traps"].append("inauthentic_sender")
        else:
            fn, fa = R.choice(PLATFORM_FROM[plat])
            if plat == "whatsapp" and lay != "whatsapp": fn, fa = R.choice(PLATFORM_FROM["whatsapp"])
            raw, _, _ = build_original(c, lay, fn, fa)
            authentic, forwarded = True, False
        if "Received" in raw.split("\n\n", 1)[0]: c["traps"].append("received_ip")
        exp = expected_report(c, authentic, forwarded)
        mails.append((lay, raw, exp))
    for lay, kind, raw, auth, traps in notices_and_others():
        exp = {"kind": kind, "layout": lay, "authentic": auth, "forwarded": None, "platform": None, "reference": None,
               "subject_name": None, "phones": [], "emails": [], "ips": [], "profile_urls": [], "usernames": [],
               "user_ids": [], "post_text": None, "post_time": None, "place": "", "district": None,
               "police_district": None, "outside_rajasthan": False, "topic_words": None,
               "traps": sorted(set(traps + (["received_ip"] if "Received" in raw.split("\n\n", 1)[0] else []))), "place_kind": None}
        mails.append((lay, raw, exp))
    # interleave non-reports deterministically
    reports = [m for m in mails if m[2]["kind"] == "platform_report"]
    others = [m for m in mails if m[2]["kind"] != "platform_report"]
    order = reports[:]
    for j, o in enumerate(others):
        order.insert(min(len(order), 6 + j * 7), o)
    if limit: order = order[:limit]
    import selfcheck
    for j, (lay, raw, exp) in enumerate(order, 1):
        base = f"{j:04d}-{lay}"
        data = raw.encode("utf-8")
        exp["topic_words"] = bool(TOPIC_RE.search(selfcheck.decoded_text(data)))
        with open(os.path.join(HERE, base + ".eml"), "wb") as fh: fh.write(data)
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=2); fh.write("\n")
    print(f"wrote {len(order)} mails")

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else None)
