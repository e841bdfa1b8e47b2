#!/usr/bin/env python3
"""Generator for the fresh2 corpus (stdlib only, fixed seed).

Run:  python3 tests/corpus/fresh2/_gen/gen.py      (writes ../*.eml, *.expected.json, manifest.json)
      python3 tests/corpus/fresh2/_gen/check.py    (self-check)
Written independently of the reader: only ARCHITECTURE.md, shared/examples and config.toml read.
"""
import base64, json, os, quopri, random, datetime as dt
from email.header import Header
from email.utils import format_datetime

R = random.Random(20261202)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = dt.timezone.utc
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# ----------------------------------------------------------------------------- places
# (written, district, kind, police_district)
PLACES = [
    ("Sujangarh, Rajasthan", "Churu", "town", None),
    ("Nathdwara", "Rajsamand", "town", None),
    ("Kishangarh, Ajmer", "Ajmer", "town", None),
    ("Hindaun City", "Karauli", "town", None),
    ("Nokha, Bikaner", "Bikaner", "town", None),
    ("Suratgarh", "Sri Ganganagar", "town", None),
    ("Nohar", "Hanumangarh", "town", None),
    ("Pilani, Rajasthan", "Jhunjhunu", "town", None),
    ("Mount Abu", "Sirohi", "town", None),
    ("Bhinmal", "Jalore", "town", None),
    ("Sojat City", "Pali", "town", None),
    ("Nimbahera", "Chittorgarh", "town", None),
    ("Kumher", "Deeg", "town", None),
    ("Lalsot, Dausa", "Dausa", "town", None),
    ("Malpura", "Tonk", "town", None),
    ("Ramganj Mandi", "Kota", "town", None),
    ("Chhabra, Baran", "Baran", "town", None),
    ("Bhawani Mandi", "Jhalawar", "town", None),
    ("Kushalgarh, Banswara", "Banswara", "town", None),
    ("Sagwara", "Dungarpur", "town", None),
    ("Chhoti Sadri", "Pratapgarh", "town", None),
    ("Salumbar", "Salumbar", "town", None),
    ("Pokaran", "Jaisalmer", "town", None),
    ("Phalodi", "Phalodi", "town", None),
    ("Bhiwadi", "Khairthal-Tijara", "town", None),
    ("Behror", "Kotputli-Behror", "town", None),
    ("Kuchaman City", "Didwana-Kuchaman", "town", None),
    ("Bari, Dholpur", "Dholpur", "town", None),
    ("Thanagazi, Alwar", "Alwar", "town", None),
    ("Beawar", "Beawar", "town", None),
    ("Teh. Bhopalgarh, Distt. Jodhpur", "Jodhpur", "tehsil", None),
    ("Tehsil Chaksu, Jaipur", "Jaipur", "tehsil", None),
    ("Teh. Deoli, Distt. Tonk", "Tonk", "tehsil", None),
    ("Tehsil Nainwa, District Bundi", "Bundi", "tehsil", None),
    ("Teh. Pindwara, Sirohi", "Sirohi", "tehsil", None),
    ("Tehsil Gogunda, Udaipur", "Udaipur", "tehsil", None),
    ("Teh. Asind, Distt. Bhilwara", "Bhilwara", "tehsil", None),
    ("Tehsil Ratangarh (Churu)", "Churu", "tehsil", None),
    ("Vill. Khejarli, Teh. Luni, Distt. Jodhpur", "Jodhpur", "village", None),
    ("Vill. Rampura Kalan, Teh. Sanganer, Distt. Jaipur", "Jaipur", "village", None),
    ("Village Dhaniya, Tehsil Sapotra, Distt. Karauli", "Karauli", "village", None),
    ("Vill. Bhagwanpura, Teh. Mandalgarh, Distt. Bhilwara", "Bhilwara", "village", None),
    ("Gram Kheroda, Teh. Vallabhnagar, Distt. Udaipur", "Udaipur", "village", None),
    ("Vill. Chak 12 LNP, Teh. Padampur, Distt. Sri Ganganagar", "Sri Ganganagar", "village", None),
    ("Malviya Nagar, Jaipur", "Jaipur", "locality", "Jaipur East"),
    ("Vaishali Nagar, Jaipur", "Jaipur", "locality", "Jaipur West"),
    ("Mansarovar, Jaipur", "Jaipur", "locality", None),
    ("Sardarpura, Jodhpur", "Jodhpur", "locality", "Jodhpur West"),
    ("Ratanada, Jodhpur", "Jodhpur", "locality", "Jodhpur East"),
    ("Talwandi, Kota", "Kota", "locality", None),
    ("Hiran Magri Sector 4, Udaipur", "Udaipur", "locality", None),
    ("Shastri Nagar, Jodhpur", "Jodhpur", "locality", "Jodhpur West"),
    ("near Jodhpur Junction railway station", "Jodhpur", "railway", "GRP Jodhpur"),
    ("Ajmer Junction (platform 2)", "Ajmer", "railway", "GRP Ajmer"),
    ("Kota Jn railway station", "Kota", "railway", "GRP Ajmer"),
    ("Bikaner Junction railway station", "Bikaner", "railway", "GRP Jodhpur"),
    ("Abu Road railway station", "Sirohi", "railway", "GRP Jodhpur"),
    ("Marwar Junction station", "Pali", "railway", "GRP Jodhpur"),
    ("302017", "Jaipur", "pin", None),
    ("342003", "Jodhpur", "pin", None),
    ("313001", "Udaipur", "pin", None),
    ("305001", "Ajmer", "pin", None),
    ("334001", "Bikaner", "pin", None),
    ("311001", "Bhilwara", "pin", None),
    ("332001", "Sikar", "pin", None),
    ("321001", "Bharatpur", "pin", None),
    ("जोधपुर", "Jodhpur", "hindi", None),
    ("ग्राम खेजड़ली, तहसील लूणी, जिला जोधपुर", "Jodhpur", "hindi", None),
    ("बीकानेर, राजस्थान", "Bikaner", "hindi", None),
    ("सीकर", "Sikar", "hindi", None),
    ("भीलवाड़ा", "Bhilwara", "hindi", None),
    ("नागौर", "Nagaur", "hindi", None),
    ("टोंक, राजस्थान", "Tonk", "hindi", None),
    ("Ladnun, Distt. Nagaur", "Didwana-Kuchaman", "old_district", None),
    ("Kaman, District Bharatpur", "Deeg", "old_district", None),
    ("Tijara, Distt. Alwar", "Khairthal-Tijara", "old_district", None),
    ("Salumbar, Distt. Udaipur", "Salumbar", "old_district", None),
    ("Kotputli, Jaipur", "Kotputli-Behror", "old_district", None),
    ("Beawar, Ajmer", "Beawar", "old_district", None),
    ("Sanchore", "Jalore", "abolished", None),
    ("Neem Ka Thana district", "Sikar", "abolished", None),
    ("Kekri, Rajasthan", "Ajmer", "abolished", None),
    ("Dudu", "Jaipur", "abolished", None),
    ("Gangapur City", "Sawai Madhopur", "abolished", None),
    ("Anupgarh", "Sri Ganganagar", "abolished", None),
    ("Indore, Madhya Pradesh", None, "outside", None),
    ("Ahmedabad, Gujarat", None, "outside", None),
    ("Hisar, Haryana", None, "outside", None),
    ("Agra, Uttar Pradesh", None, "outside", None),
    ("New Delhi", None, "outside", None),
]

FIRST = ["Rakesh", "Pooja", "Mahendra", "Sunita", "Vikram", "Anjali", "Hemant", "Neha", "Bhagirath",
         "Kavita", "Arjun", "Priyanka", "Dinesh", "Manisha", "Farhan", "Rukhsar", "Gurpreet",
         "Lalit", "Tanvi", "Jitendra", "Seema", "Naveen", "Komal", "Devendra", "Ayesha", "Mukesh",
         "Rekha", "Yash", "Shalini", "Bhawani", "Sonam", "Harshit", "Nirmala", "Karan", "Divya",
         "Ramesh", "Heena", "Surendra", "Khushboo", "Pradeep"]
LAST = ["Choudhary", "Bishnoi", "Meena", "Rathore", "Saini", "Jangid", "Kumawat", "Prajapat", "Jat",
        "Sharma", "Gurjar", "Shekhawat", "Mali", "Regar", "Qureshi", "Sodha", "Bairwa", "Purohit",
        "Swami", "Chouhan", "Dhaka", "Godara", "Tak", "Parihar", "Khatri", "Vyas"]
HINDI_NAMES = [("राकेश चौधरी", "Rakesh", "Choudhary"), ("पूजा मीणा", "Pooja", "Meena"), ("महेंद्र बिश्नोई", "Mahendra", "Bishnoi"),
               ("सुनीता सैनी", "Sunita", "Saini"), ("विक्रम राठौड़", "Vikram", "Rathore"), ("कविता जांगिड़", "Kavita", "Jangid"),
               ("दिनेश कुमावत", "Dinesh", "Kumawat"), ("सीमा बैरवा", "Seema", "Bairwa")]

POSTS = [
    "I can't do this anymore. Tonight I end everything. Sorry maa.",
    "Goodbye everyone. Nobody will have to put up with me after today.",
    "सब खत्म करना चाहता हूँ, अब जीने का मन नहीं है।",
    "मुझे माफ़ करना पापा, मैं आप सब पर बोझ हूँ। आज आख़िरी दिन है।",
    "bas bahut ho gaya, aaj raat pankhe se latak jaunga",
    "kisi ko farak nahi padta, kal se main nahi rahungi",
    "Bought the pills. This is my last post.",
    "Exam me fail ho gaya, ghar walon ko muh nahi dikha sakta. Alvida.",
    "अलविदा दोस्तों, अब और सहन नहीं होता",
    "Standing on the bridge right now. Nobody call me.",
    "Sorry for everything. I won't be a problem from tomorrow.",
    "zindagi se thak gayi hoon, aaj sab khatam",
    "मेरी मौत का ज़िम्मेदार कोई नहीं है, मैं खुद जा रहा हूँ",
    "Going to the railway track tonight. Bye.",
    "Last live. You won't see me again after this.",
    "Main ab aur nahi jee sakta, maaf karna sab log",
    "Wrote my letter. Everything is ready. Take care of mummy.",
    "किसी को मेरी ज़रूरत नहीं, आज रात सब ख़त्म कर दूँगी",
    "Rassi le aaya hoon, bas himmat jutani hai",
    "No point living. Ending it before sunrise.",
]

HELPLINES = [
    "If you need to share crisis resources: Tele-MANAS 14416 or 1-800-891-4416 (toll free). Police emergency: 112.",
    "India crisis lines: 14416 (Tele-MANAS), 1-800-891-4416; emergency services 112.",
    "हेल्पलाइन: टेली-मानस 14416 / 1-800-891-4416, आपातकाल 112",
]
TOPIC_RE = r"(?i)(self[- ]?harm|suicid|आत्महत्या|आत्म-हानि|खुद को नुकसान|khudkushi|atmahatya)"

ISP4 = ["106.215", "49.36", "157.38", "117.99", "223.188", "27.60", "182.69", "122.161", "110.227",
        "203.0.113", "198.51.100"]
ISP6 = ["2401:4900", "2409:40d4", "2405:201", "2409:4052", "2001:db8"]

def rint(a, b): return R.randint(a, b)

def mobile():
    return str(R.choice([6, 7, 8, 9])) + "".join(str(rint(0, 9)) for _ in range(9))

DEV = str.maketrans("0123456789", "०१२३४५६७८९")

def phone_form(d, i):
    forms = [
        lambda: f"+91 {d[:5]} {d[5:]}", lambda: f"+91-{d[:5]}-{d[5:]}", lambda: f"0{d[:5]} {d[5:]}",
        lambda: f"0091 {d}", lambda: d, lambda: f"+91 {d}", lambda: f"(+91) {d[:5]}-{d[5:]}",
        lambda: f"91-{d}", lambda: f"0{d}", lambda: ("+९१ " + d[:5] + " " + d[5:]).translate(DEV),
        lambda: f"+91 {d[:3]} {d[3:6]} {d[6:]}", lambda: f"{d[:5]}-{d[5:]}", lambda: f"91{d}",
    ]
    return forms[i % len(forms)]()

def ipv4():
    p = R.choice(ISP4)
    n = 4 - len(p.split("."))
    return p + "." + ".".join(str(rint(1, 254)) for _ in range(n))

def ipv6(form):
    import ipaddress
    p = R.choice(ISP6)
    groups = p.split(":") + ["%x" % rint(0, 0xffff)] + ["0"] * rint(1, 2)
    while len(groups) < 8:
        groups.append("%x" % rint(1, 0xffff))
    a = ipaddress.IPv6Address(":".join(groups))
    if form == 0:
        w = a.compressed
    elif form == 1:
        w = a.exploded
    elif form == 2:
        w = a.compressed.upper()
    else:
        w = a.exploded.upper()
    return w, a.compressed

def iso(t): return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

def time_form(t, i):
    """returns (written, effective_utc_datetime)"""
    t = t.replace(microsecond=0)
    tm = t.replace(second=0)
    ti = t.astimezone(IST)
    tmi = tm.astimezone(IST)
    forms = [
        lambda: (iso(t), t),
        lambda: (ti.isoformat(), t),
        lambda: (tmi.strftime("%d %b %Y, %I:%M %p IST"), tm),
        lambda: (t.strftime("%m/%d/%Y %I:%M:%S %p UTC"), t),
        lambda: (tmi.strftime("%d/%m/%Y %H:%M IST"), tm),
        lambda: (f"{int(t.timestamp())} (unix epoch seconds)", t),
        lambda: (f"{int(t.timestamp()) * 1000} (epoch ms)", t),
        lambda: (t.strftime("%Y-%m-%d %H:%M:%S UTC"), t),
        lambda: (tmi.strftime("%d-%m-%Y %H:%M") + " hrs IST", tm),
        lambda: (t.strftime("%B %d, %Y at %H:%M:%S UTC"), t),
    ]
    return forms[i % len(forms)]()

def slug(s): return "".join(c for c in s.lower() if c.isalnum())

# ----------------------------------------------------------------------------- labels
LAB = {
 "en": dict(ref=["Reference number", "Case ID", "Report ID", "Incident no.", "Our reference", "Case"],
            name=["Name", "Full name", "Account holder", "Display name", "Person", "Name on account"],
            phone=["Registered mobile", "Phone number on account", "Confirmed phone", "Mobile", "Contact number"],
            email=["Registered email", "Email on file", "Account e-mail", "Email address"],
            profile=["Profile URL", "Profile link", "Link to account", "Account URL"],
            username=["Username", "Handle", "Account handle"],
            uid=["User ID", "Account ID", "UID", "Numeric ID"],
            place=["City (profile)", "Location", "Current city", "Approximate location", "Area", "Address given"],
            post=["Content of concern", "Post text", "Caption", "Message", "What was posted"],
            ptime=["Posted", "Time of post", "Posted at", "Content created"],
            ips=["Recent login IP addresses", "IP activity", "Login history", "Recent sessions"]),
 "hi": dict(ref=["संदर्भ संख्या", "केस संख्या", "रिपोर्ट आईडी"],
            name=["नाम", "उपयोगकर्ता का नाम", "खाताधारक"],
            phone=["मोबाइल नंबर", "पंजीकृत मोबाइल", "फ़ोन"],
            email=["ईमेल", "पंजीकृत ईमेल"],
            profile=["प्रोफ़ाइल लिंक", "खाते का लिंक"],
            username=["यूज़रनेम", "उपयोगकर्ता नाम (हैंडल)"],
            uid=["यूज़र आईडी", "खाता आईडी"],
            place=["स्थान", "शहर", "पता"],
            post=["पोस्ट", "पोस्ट का पाठ", "संदेश"],
            ptime=["पोस्ट का समय", "पोस्ट किया गया"],
            ips=["लॉगिन आईपी पते", "आईपी गतिविधि"]),
 "hinglish": dict(ref=["Case number", "Ref no", "Complaint no."],
            name=["Naam", "User ka naam", "Account wale ka naam"],
            phone=["Mobile no.", "Phone number jo account pe hai", "Mob"],
            email=["Email id", "Mail id"],
            profile=["Profile ka link", "Account link"],
            username=["Username / handle", "Insta id"],
            uid=["Account ID", "User id no."],
            place=["Jagah", "Shehar / gaon", "Location (approx)"],
            post=["Post mein likha", "Post ka text", "Usne likha"],
            ptime=["Post ka time", "Kab post kiya"],
            ips=["Login IPs", "IP ki list"]),
}

PLAT_FROM = {
 "facebook": [("Facebook Law Enforcement Response Team", "records@support.facebook.com", "support.facebook.com"),
              ("Meta Emergency Escalations", "le-emergency@meta.com", "meta.com"),
              ("Facebook", "notification@facebookmail.com", "facebookmail.com"),
              ("Meta Trust & Safety", "lert@fb.com", "fb.com")],
 "instagram": [("Instagram Safety", "no-reply@mail.instagram.com", "mail.instagram.com"),
               ("Instagram Law Enforcement", "lers@instagram.com", "instagram.com"),
               ("Meta on behalf of Instagram", "ig-safety@support.meta.com", "support.meta.com")],
 "whatsapp": [("WhatsApp Law Enforcement (Meta)", "whatsapp-le@meta.com", "meta.com"),
              ("WhatsApp via Meta", "wa-escalations@support.facebook.com", "support.facebook.com")],
 "threads": [("Threads Safety Team", "threads-safety@meta.com", "meta.com"),
             ("Threads from Instagram", "no-reply@threads.instagram.com", "threads.instagram.com")],
}

OFFICERS = [
    ("SI Rajendra Singh Tanwar", "Cyber Cell, Ajmer", "cybercell-ajm@police.example.in"),
    ("Inspector Meenakshi Vyas", "Cyber Police Station, Jaipur", "ps.cyber.jpr@rajpolice.gov.in"),
    ("HC Om Prakash Godara", "District Special Team, Bikaner", "dst-bikaner@rajpolice.gov.in"),
    ("ASI Shabnam Bano", "SP Office Social Media Cell, Udaipur", "smcell-udr@police.example.in"),
    ("Dy.SP Vivek Chaturvedi", "Cyber Crime, Kota City", "cyber-kota@police.example.in"),
    ("SI Narpat Singh Bhati", "Control Room, Jodhpur", "cr-jodhpur@rajpolice.gov.in"),
]

# ----------------------------------------------------------------------------- mime helpers
def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def entity(ctype, text, charset="utf-8", cte=None, disp=None, extra=""):
    raw = text.encode(charset)
    if cte is None:
        cte = "8bit" if any(b > 127 for b in raw) else "7bit"
    if cte == "base64":
        body = base64.encodebytes(raw).decode()
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode()
    else:
        body = raw.decode(charset)
    h = f"Content-Type: {ctype}; charset=\"{charset}\"\n"
    if disp:
        h += f"Content-Disposition: {disp}\n"
    h += extra
    h += f"Content-Transfer-Encoding: {cte}\n"
    return (h + "\n" + body).encode(charset if cte in ("8bit", "7bit") else "ascii")

def multipart(sub, parts, boundary):
    out = f"Content-Type: multipart/{sub}; boundary=\"{boundary}\"\n\n".encode()
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{boundary}\n".encode() + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"\n--{boundary}--\n".encode()
    return out

def rfc822(msg_bytes, name="forwarded.eml"):
    return (f"Content-Type: message/rfc822; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\n\n"
            ).encode() + msg_bytes

def headers(frm, subject, date, msgid, to="scrb-sm-desk@police.example.in", auth=None, extra=None, return_path=None):
    h = []
    if auth:
        h.append("Authentication-Results: " + auth)
    if extra:
        h.extend(extra)
    if return_path is not None:
        h.append(f"Return-Path: {return_path}")
    h += [f"From: {frm}", f"To: {to}", f"Subject: {hdr(subject)}", f"Date: {format_datetime(date)}",
          f"Message-ID: <{msgid}>", "MIME-Version: 1.0"]
    return ("\n".join(h) + "\n").encode("utf-8")

def auth_pass(dom, authserv="mail.police.example.in", dkim="pass"):
    return (f"{authserv};\n\tdkim={dkim} header.d={dom} header.s=s{rint(1,9)} header.b={base64.b64encode(R.randbytes(6)).decode()};\n"
            f"\tspf=pass smtp.mailfrom={dom};\n\tdmarc={'pass' if dkim == 'pass' else 'fail'} header.from={dom}")

def received(dom, ip, date):
    return (f"Received: from mx-out.{dom} (mx-out.{dom} [{ip}])\n\tby mail.police.example.in with ESMTPS id "
            f"{R.randbytes(5).hex()}\n\tfor <scrb-sm-desk@police.example.in>; {format_datetime(date)}")

META_IPS = ["69.171.232.", "66.220.144.", "31.13.64.", "173.252.70."]

# ----------------------------------------------------------------------------- person
REF_FMT = {
    "facebook": lambda: R.choice([str(rint(8800000000, 8899999999)), f"FB-ER-2026-{rint(100000, 999999)}"]),
    "instagram": lambda: f"IG-{rint(50000000, 59999999)}",
    "whatsapp": lambda: f"WA-ESC-{rint(70000000, 79999999)}",
    "threads": lambda: f"TH-2026-{rint(1000, 9999):04d}{rint(10, 99)}",
}

class P:  # the at-risk person + the written forms
    pass

def make_person(i, platform, place, lang):
    p = P()
    p.i = i
    p.platform = platform
    p.lang = lang
    fn, ln = R.choice(FIRST), R.choice(LAST)
    p.name = f"{fn} {ln}"
    if lang == "hi" and R.random() < 0.5:
        p.name, fn, ln = R.choice(HINDI_NAMES)
    if R.random() < 0.12 and lang != "hi":
        p.name = p.name.upper()
    p.phone_digits = [mobile()] if R.random() < 0.85 or platform == "whatsapp" else []
    if R.random() < 0.15:
        p.phone_digits.append(mobile())
    p.phone_written = [phone_form(d, i + k * 3) for k, d in enumerate(p.phone_digits)]
    p.email = None
    if platform in ("facebook", "instagram", "threads") and R.random() < 0.55:
        e = f"{slug(fn)}{R.choice(['.', '_', ''])}{slug(ln)}{rint(1, 99)}@{R.choice(['example.com', 'example.in', 'example.net'])}"
        p.email_written = e if R.random() < 0.7 else e.capitalize()
        p.email = e.lower()
    uname = f"{slug(fn)}_{slug(ln)[:4]}{rint(1, 999)}" if R.random() < 0.5 else f"{slug(fn)}.{rint(90, 2009)}"
    p.username = p.profile = p.uid = None
    if platform == "facebook":
        p.uid = str(rint(100000000000000, 100099999999999))
        p.profile = R.choice([f"https://www.facebook.com/profile.php?id={p.uid}", f"https://www.facebook.com/{slug(fn)}.{slug(ln)}.{rint(1, 99)}"])
        if "profile.php" not in p.profile and R.random() < 0.5:
            p.uid = None if R.random() < 0.5 else p.uid
    elif platform == "instagram":
        p.username = uname
        p.profile = f"https://www.instagram.com/{uname}/"
        p.uid = str(rint(4000000000, 69999999999)) if R.random() < 0.6 else None
    elif platform == "threads":
        p.username = uname
        p.profile = f"https://www.threads.net/@{uname}"
        p.uid = str(rint(4000000000, 69999999999)) if R.random() < 0.4 else None
    else:  # whatsapp
        p.uid = None
        p.profile = None
    p.post = R.choice(POSTS) if platform != "whatsapp" or R.random() < 0.7 else None
    base = dt.datetime(2026, 11, 20, tzinfo=UTC) + dt.timedelta(seconds=rint(0, 11 * 86400))
    p.tf = i
    if p.post:
        p.ptime_w, p.ptime = time_form(base, i)
    else:
        p.ptime_w, p.ptime = None, None
    p.ips = []
    n = R.choice([0, 1, 1, 2, 2, 3])
    for k in range(n):
        t = base - dt.timedelta(seconds=rint(60, 20000))
        if R.random() < 0.45:
            w, c = ipv6((i + k) % 4)
        else:
            w = ipv4(); c = w
        if R.random() < 0.85:
            tw, tu = time_form(t, i + k + 3)
        else:
            tw, tu = None, None
        p.ips.append((w, c, tw, tu))
    p.place = place
    p.ref = REF_FMT[platform]() if R.random() < 0.9 else None
    return p

def fields(p, L):
    """list of (key, label, written value)"""
    f = []
    pick = lambda k: R.choice(LAB[L][k])
    if p.ref: f.append(("ref", pick("ref"), p.ref))
    f.append(("name", pick("name"), p.name))
    if p.username: f.append(("username", pick("username"), "@" + p.username if R.random() < 0.6 else p.username))
    if p.uid: f.append(("uid", pick("uid"), p.uid))
    if p.profile: f.append(("profile", pick("profile"), p.profile))
    for w in p.phone_written: f.append(("phone", pick("phone"), w))
    if p.email: f.append(("email", pick("email"), p.email_written))
    if p.place[0] is not None: f.append(("place", pick("place"), p.place[0]))
    if p.post:
        f.append(("ptime", pick("ptime"), p.ptime_w))
        f.append(("post", pick("post"), p.post))
    return f

def ip_lines(p, style=0):
    out = []
    for w, c, tw, tu in p.ips:
        if style == 0:
            out.append(f"{tw}  {w}" if tw else w)
        elif style == 1:
            out.append(f"{w} (seen {tw})" if tw else f"{w} (time not available)")
        else:
            out.append(f"{w} at {tw}" if tw else w)
    return out

def all_written(p):
    w = [p.name] + p.phone_written
    for x in (p.ref, getattr(p, "email_written", None) if p.email else None, p.profile, p.uid, p.username, p.post, p.ptime_w):
        if x: w.append(x)
    if p.place[0]: w.append(p.place[0])
    for a, c, tw, tu in p.ips:
        w.append(a)
        if tw: w.append(tw)
    return w

# ----------------------------------------------------------------------------- traps
def trap_block(p, kinds, lang):
    """returns (text, trap descriptions, written strings)"""
    lines, traps, w = [], [], []
    for k in kinds:
        if k == "helpline":
            s = R.choice(HELPLINES); lines.append(s); traps.append("helpline 14416 / 1-800-891-4416 / 112")
        elif k == "reporter":
            nm = f"{R.choice(FIRST)} {R.choice(LAST)}"
            ph = phone_form(mobile(), rint(0, 8))
            url = f"https://www.facebook.com/{slug(nm.split()[0])}.{slug(nm.split()[1])}.{rint(10, 99)}"
            if lang == "hi":
                lines.append(f"रिपोर्ट करने वाले मित्र: {nm}, मो. {ph}, {url}")
            else:
                lines.append(R.choice([f"Flagged by a friend: {nm} ({ph}), {url}",
                                       f"Reporter (friend of the user): {nm} | phone {ph} | profile {url}",
                                       f"This content was reported to us by {nm}, who can be reached on {ph} ({url})."]))
            traps.append(f"reporting friend {nm} {ph} {url}")
        elif k == "office":
            s = R.choice(["Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025, USA. Tel +1 650 555 0143",
                          "Facebook India Online Services Pvt. Ltd., Level 12, Example Towers, Gurugram 122002, Haryana. Ph: +91 124 555 0199"])
            if p.platform == "whatsapp":
                s = "WhatsApp LLC (Meta), 1 Meta Way, Menlo Park, CA 94025 | +1-650-555-0187"
            lines.append(s); traps.append("platform office address and phone")
        elif k == "reqid":
            rq = R.randbytes(8).hex()
            lines.append(R.choice([f"Request ID (for our records only): {rq}", f"Tracking token: req-{rq}", f"Message reference: {rq} — please keep the case number above when replying"]))
            traps.append(f"platform request id {rq}")
        elif k == "emergency":
            nm = f"{R.choice(FIRST)} {R.choice(LAST)}"
            ph = phone_form(mobile(), rint(0, 8))
            lines.append(R.choice([f"Emergency contact on the account: {nm} (relative), {ph}",
                                   f"Listed emergency contact — {nm}, family member, {ph}"]))
            traps.append(f"emergency contact {nm} {ph}")
        elif k == "lers":
            lines.append("Law enforcement can submit further requests at https://www.facebook.com/records (LERS).")
            traps.append("LERS portal link")
    return lines, traps

# ----------------------------------------------------------------------------- bodies
INTRO = {
 "en": ["Hello,\n\nOur team has identified content indicating that the person below may be at imminent risk of self-harm. Please check on their wellbeing as soon as possible.",
        "Dear Officer,\n\nWe are reaching out about a user whose recent activity suggests they may be in danger. We are sharing the information we have so that you can reach them.",
        "This is an emergency disclosure. We believe there is a risk of death or serious physical injury to the account holder described below.",
        "Hi team,\n\nPlease see the details below and take whatever action you consider appropriate.",
        "We received signals on our service that a person may attempt suicide. Details follow.",
        "Urgent. Information about an account follows. Please treat this with priority."],
 "hi": ["महोदय,\n\nहमारी टीम को एक ऐसी पोस्ट मिली है जिससे लगता है कि नीचे दिया गया व्यक्ति खुद को नुकसान पहुँचा सकता है। कृपया तुरंत संपर्क करें।",
        "नमस्कार,\n\nनीचे दिए गए उपयोगकर्ता की सुरक्षा को लेकर हम चिंतित हैं। कृपया जल्द से जल्द जाँच करें।",
        "आपातकालीन सूचना: नीचे दिए गए खाते से जुड़ी जानकारी साझा की जा रही है।"],
 "hinglish": ["Namaste sir,\n\nNeeche diye gaye user ki post dekh kar lagta hai ki woh khud ko nuksaan pahucha sakta hai. Kripya jaldi check karein.",
              "Sir/Madam, ek user ke baare mein urgent jaankari bhej rahe hain. Please turant action lein.",
              "Hello ji, is account ki recent activity chinta wali hai, details neeche hain."],
}
CLOSING = {"en": ["Thank you,\n{team}", "Regards,\n{team}", "{team}\nThis message was sent to scrb-sm-desk@police.example.in.", "— {team}"],
           "hi": ["धन्यवाद,\n{team}", "{team}"], "hinglish": ["Thanks,\n{team}", "Dhanyavaad\n{team}"]}
IPHEAD = {"en": ["RECENT LOGIN IP ADDRESSES", "IP addresses (with time seen)", "Login activity:", "Sessions"],
          "hi": ["लॉगिन आईपी पते", "आईपी पते (समय सहित)"], "hinglish": ["Login IPs (time ke saath)", "IP list"]}

def team(p):
    return {"facebook": "Facebook Law Enforcement Response Team", "instagram": "Instagram Community Safety",
            "whatsapp": "WhatsApp Law Enforcement Support", "threads": "Threads Trust & Safety"}[p.platform]

def text_body(p, L, style, tlines):
    f = fields(p, L)
    out = [R.choice(INTRO[L]), ""]
    ips = ip_lines(p, R.choice([0, 1, 2]))
    if style == "labels":
        sep = R.choice([": ", " : ", " - ", ":\t"])
        for k, lab, v in f:
            if k == "post" and R.random() < 0.5:
                out.append(f"{lab}{sep}\"{v}\"")
            else:
                out.append(f"{lab}{sep}{v}")
        if ips:
            out += ["", R.choice(IPHEAD[L])] + ips
    elif style == "pipe":
        width = max(len(l) for _, l, _ in f) + 2
        out.append("+" + "-" * width + "+" + "-" * 50)
        for k, lab, v in f:
            out.append(f"| {lab.ljust(width - 1)}| {v}")
        for s in ips:
            out.append(f"| {'IP'.ljust(width - 1)}| {s}")
        out.append("+" + "-" * width + "+" + "-" * 50)
    elif style == "sections":
        groups = [("ACCOUNT", ("ref", "name", "username", "uid", "profile", "phone", "email", "place")),
                  ("CONTENT", ("ptime", "post"))]
        for g, keys in groups:
            out.append(f"== {g} ==")
            for k, lab, v in f:
                if k in keys:
                    out.append(f"    {lab} ........ {v}")
            out.append("")
        if ips:
            out.append("== " + R.choice(IPHEAD[L]).upper() + " ==")
            out += ["    " + s for s in ips]
    elif style == "narrative":
        d = {k: v for k, _, v in f}
        s = []
        if "ref" in d: s.append(f"This concerns our case {d['ref']}.")
        s.append(f"The account belongs to {d['name']}" + (f" ({d['username']})" if "username" in d else "") + ".")
        if "profile" in d: s.append(f"The profile can be seen at {d['profile']}.")
        if "uid" in d: s.append(f"Its numeric account id is {d['uid']}.")
        ph = [v for k, _, v in f if k == "phone"]
        if ph: s.append("The phone number confirmed on the account is " + " and ".join(ph) + ".")
        if "email" in d: s.append(f"The e-mail on file is {d['email']}.")
        if "place" in d: s.append(f"The profile says they live in {d['place']}.")
        if "post" in d: s.append(f"At {d['ptime']} they wrote: \"{d['post']}\"")
        for w, c, tw, tu in p.ips:
            s.append(f"The account was used from {w}" + (f" at {tw}." if tw else ", time unknown."))
        out.append(" ".join(s[:3]))
        out.append("")
        out.append(" ".join(s[3:]))
    out.append("")
    out += tlines
    out += ["", R.choice(CLOSING[L]).format(team=team(p))]
    return "\n".join(out) + "\n"

def html_rows(f, p, L, mode):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    def val(k, v):
        if k == "profile": return f'<a href="{v}">{esc(v)}</a>'
        return esc(v)
    if mode == "table":
        rows = "".join(f'<tr><th align="left" style="background:#eef">{esc(l)}</th><td>{val(k, v)}</td></tr>\n' for k, l, v in f)
        iprows = "".join(f"<tr><td>{esc(w)}</td><td>{esc(tw) if tw else '&mdash;'}</td></tr>\n" for w, c, tw, tu in p.ips)
        s = f'<table border="1" cellpadding="4" cellspacing="0">\n{rows}</table>\n'
        if p.ips:
            s += f'<h3>{esc(R.choice(IPHEAD[L]))}</h3>\n<table border="1"><tr><th>IP</th><th>Time</th></tr>\n{iprows}</table>\n'
        return s
    if mode == "divs":
        s = "".join(f'<div class="row"><span class="k"><b>{esc(l)}</b></span>&nbsp;<span class="v">{val(k, v)}</span></div>\n' for k, l, v in f)
        if p.ips:
            s += f'<div class="sec">{esc(R.choice(IPHEAD[L]))}</div>\n' + "".join(
                f'<div class="ip">{esc(w)}{" &middot; " + esc(tw) if tw else ""}</div>\n' for w, c, tw, tu in p.ips)
        return s
    if mode == "dl":
        s = "<dl>\n" + "".join(f"<dt>{esc(l)}</dt><dd>{val(k, v)}</dd>\n" for k, l, v in f) + "</dl>\n"
        if p.ips:
            s += f"<p>{esc(R.choice(IPHEAD[L]))}</p><ul>\n" + "".join(
                f"<li>{esc(w)}{' &ndash; ' + esc(tw) if tw else ''}</li>\n" for w, c, tw, tu in p.ips) + "</ul>\n"
        return s
    if mode == "ul":
        s = "<ul>\n" + "".join(f"<li><strong>{esc(l)}:</strong> {val(k, v)}</li>\n" for k, l, v in f) + "</ul>\n"
        if p.ips:
            s += "<ol>\n" + "".join(f"<li>{esc(w)}{' (' + esc(tw) + ')' if tw else ''}</li>\n" for w, c, tw, tu in p.ips) + "</ol>\n"
        return s

def html_doc(p, L, mode, tlines):
    f = fields(p, L)
    intro = R.choice(INTRO[L]).replace("\n\n", "</p><p>")
    tl = "".join(f"<p style=\"color:#666;font-size:11px\">{t}</p>\n" for t in tlines)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{team(p)}</title></head>'
            f'<body style="font-family:Helvetica,Arial">\n<p>{intro}</p>\n{html_rows(f, p, L, mode)}{tl}'
            f'<p>{R.choice(CLOSING[L]).format(team=team(p)).replace(chr(10), "<br>")}</p>\n</body></html>\n')

def struct(p):
    d = {"platform": p.platform, "case_id": p.ref, "account": {"name": p.name}}
    if p.username: d["account"]["username"] = p.username
    if p.uid: d["account"]["id"] = p.uid
    if p.profile: d["account"]["profile_url"] = p.profile
    if p.phone_written: d["account"]["phones"] = p.phone_written
    if p.email: d["account"]["email"] = p.email_written
    if p.place[0]: d["account"]["location"] = p.place[0]
    if p.post: d["content"] = {"text": p.post, "created": p.ptime_w}
    d["ip_activity"] = [{"ip": w, "time": tw} for w, c, tw, tu in p.ips]
    return d

def xml_doc(p):
    from xml.sax.saxutils import escape as e
    d = struct(p)
    a = d["account"]
    s = ['<?xml version="1.0" encoding="UTF-8"?>', f'<EmergencyReferral platform="{p.platform}">']
    if p.ref: s.append(f"  <CaseNumber>{e(p.ref)}</CaseNumber>")
    s.append("  <Subject>")
    s.append(f"    <FullName>{e(a['name'])}</FullName>")
    for k, tag in (("username", "Username"), ("id", "AccountId"), ("profile_url", "ProfileUrl"), ("email", "Email"), ("location", "Location")):
        if k in a: s.append(f"    <{tag}>{e(a[k])}</{tag}>")
    for ph in a.get("phones", []): s.append(f"    <Phone verified=\"true\">{e(ph)}</Phone>")
    s.append("  </Subject>")
    if p.post: s.append(f"  <Content created=\"{e(p.ptime_w)}\">{e(p.post)}</Content>")
    s.append("  <IpActivity>")
    for w, c, tw, tu in p.ips:
        s.append(f"    <Login ip=\"{w}\"" + (f" time=\"{e(tw)}\"" if tw else "") + "/>")
    s.append("  </IpActivity>")
    s.append("</EmergencyReferral>")
    return "\n".join(s) + "\n"

def csv_doc(p):
    s = "ip_address,seen\n" + "".join(f"{w},{tw or ''}\n" for w, c, tw, tu in p.ips)
    return s

def render(p, layout, L, tlines):
    """returns MIME entity bytes for the body of a platform mail"""
    b = lambda: f"b_{R.randbytes(6).hex()}"
    if layout in ("plain_labels", "plain_hindi", "plain_hinglish"):
        return entity("text/plain", text_body(p, L, "labels", tlines))
    if layout == "plain_pipe": return entity("text/plain", text_body(p, L, "pipe", tlines))
    if layout == "plain_sections": return entity("text/plain", text_body(p, L, "sections", tlines))
    if layout == "narrative": return entity("text/plain", text_body(p, L, "narrative", tlines), cte="quoted-printable")
    if layout == "base64_plain": return entity("text/plain", text_body(p, L, "labels", tlines), cte="base64")
    if layout == "cp1252_plain":
        t = text_body(p, "en", R.choice(["labels", "sections"]), tlines).replace("\"", "\u201c", 1)
        t = t.replace("Dear Officer", "Dear Officer \u2013 urgent")
        t += "We\u2019re available 24\u00d77 \u2013 just reply to this e\u2011mail.\n".replace("\u2011", "-")
        return entity("text/plain", t, charset="windows-1252", cte=R.choice(["8bit", "quoted-printable"]))
    if layout == "html_table":
        return multipart("alternative", [entity("text/plain", text_body(p, L, "labels", tlines), cte="quoted-printable"),
                                         entity("text/html", html_doc(p, L, "table", tlines), cte="quoted-printable")], b())
    if layout == "html_only_table": return entity("text/html", html_doc(p, L, "table", tlines), cte="base64")
    if layout == "html_divs": return entity("text/html", html_doc(p, L, "divs", tlines), cte="quoted-printable")
    if layout == "html_list":
        return multipart("alternative", [entity("text/plain", "This message is best viewed in an HTML-capable mail client.\n"),
                                         entity("text/html", html_doc(p, L, R.choice(["dl", "ul"]), tlines), cte="quoted-printable")], b())
    if layout == "json_body":
        d = struct(p); d["notes"] = tlines
        return entity("application/json", json.dumps(d, ensure_ascii=False, indent=2) + "\n")
    if layout == "json_attach":
        intro = R.choice(INTRO[L]) + "\n\nThe account details are in the attached file.\n\n" + "\n".join(tlines) + "\n"
        return multipart("mixed", [entity("text/plain", intro),
                                   entity("application/json", json.dumps(struct(p), ensure_ascii=False, indent=1), cte="base64",
                                          disp='attachment; filename="referral.json"')], b())
    if layout == "xml_attach":
        intro = R.choice(INTRO[L]) + "\n\nSee attachment (XML).\n\n" + "\n".join(tlines) + "\n"
        return multipart("mixed", [entity("text/plain", intro),
                                   entity("application/xml", xml_doc(p), cte=R.choice(["base64", "quoted-printable"]),
                                          disp='attachment; filename="case.xml"')], b())
    if layout == "csv_attach":
        q = P(); q.__dict__.update(p.__dict__); q.ips = []
        body = text_body(q, L, "labels", tlines) + "\nLogin IPs are in the attached CSV (times as given).\n"
        return multipart("mixed", [entity("text/plain", body),
                                   entity("text/csv", csv_doc(p), cte="base64", disp='attachment; filename="ip_logins.csv"')], b())
    if layout == "txt_attach":
        return multipart("mixed", [entity("text/plain", "Please find the referral details attached.\n\n" + "\n".join(tlines) + "\n"),
                                   entity("text/plain", text_body(p, L, R.choice(["labels", "pipe"]), []), cte="base64",
                                          disp='attachment; filename="details.txt"')], b())
    raise ValueError(layout)

SUBJECTS = {
 "facebook": ["Emergency Referral: Facebook user may be at risk of self-harm [Ref {ref}]", "Ref {ref}", "Action requested [{ref}]",
              "Urgent: information about a Facebook account", "Time-sensitive disclosure", "Facebook – please check on this person",
              "Case {ref} – emergency", "तत्काल: फेसबुक उपयोगकर्ता की सुरक्षा", "Emergency disclosure request {ref}"],
 "instagram": ["Urgent: Instagram self-harm alert – case {ref}", "Case {ref}", "Instagram: account needs a wellbeing check",
               "Your attention needed ({ref})", "Instagram emergency", "Instagram user in your jurisdiction"],
 "whatsapp": ["WhatsApp emergency disclosure {ref}", "WhatsApp: urgent", "Escalation {ref}", "Account information (WhatsApp)"],
 "threads": ["Threads: wellbeing concern {ref}", "Urgent – Threads account", "Threads case {ref}", "Please review"],
}

def subject(p):
    s = R.choice(SUBJECTS[p.platform])
    if "{ref}" in s and not p.ref:
        s = R.choice([x for x in SUBJECTS[p.platform] if "{ref}" not in x])
    if R.random() < 0.06:
        return ""
    if R.random() < 0.08:
        s = R.choice(["Referral regarding {name}", "{name} – wellbeing check requested", "Re: account of {name}"])
    return s.format(ref=p.ref or "", name=p.name)

# ----------------------------------------------------------------------------- decoding (shared with check.py)
def decoded_text(raw):
    import email, html
    from email import policy
    m = email.message_from_bytes(raw, policy=policy.default)
    out = []
    def walk(msg):
        for k in ("From", "Subject", "Date", "To"):
            if msg.get(k): out.append(f"{k}: {msg.get(k)}")
        for part in msg.walk():
            ct = part.get_content_type()
            if part.is_multipart():
                continue
            if ct == "message/rfc822":
                continue
            pl = part.get_payload(decode=True)
            if pl is None:
                continue
            cs = part.get_content_charset() or "utf-8"
            t = pl.decode(cs, errors="replace")
            if ct == "text/html":
                t = html.unescape(t)
            out.append(t)
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                for sub in part.get_payload():
                    walk(sub)
                break
    walk(m)
    return "\n".join(out)

# ----------------------------------------------------------------------------- assembly
ALL = []  # (fname, bytes, expected)
SEQ = [0]

def add(layout, raw, exp):
    SEQ[0] += 1
    fn = f"{SEQ[0]:04d}-{layout}"
    exp = dict(exp); exp["layout"] = layout
    ALL.append((fn, raw, exp))

def empty_person():
    return dict(reference=None, subject_name=None, phones=[], emails=[], ips=[], profile_urls=[], usernames=[], user_ids=[],
                post_text=None, post_time=None, place=None, district=None, police_district=None, outside_rajasthan=False,
                place_kind="none")

def person_exp(p):
    pl = p.place
    return dict(reference=p.ref, subject_name=p.name, phones=["+91" + d for d in p.phone_digits],
                emails=[p.email] if p.email else [],
                ips=[{"ip": c, "seen_at": iso(tu) if tu else None} for w, c, tw, tu in p.ips],
                profile_urls=[p.profile] if p.profile else [], usernames=[p.username] if p.username else [],
                user_ids=[p.uid] if p.uid else [], post_text=p.post, post_time=iso(p.ptime) if p.ptime else None,
                place=pl[0], district=pl[1], police_district=pl[3], outside_rajasthan=pl[2] == "outside",
                place_kind=pl[2])

def finish(raw, exp, p=None, extra_written=()):
    import re
    txt = decoded_text(raw)
    if p is not None and p.post:
        txt = txt.replace(p.post, " ")
    exp["topic_words"] = bool(re.search(TOPIC_RE, txt))
    exp["_written"] = (all_written(p) if p else []) + list(extra_written)
    return exp

def msgid(dom):
    return f"{R.randbytes(8).hex()}.{rint(1000000, 9999999)}@{dom}"

def mail_date(p):
    t = (p.ptime or dt.datetime(2026, 11, 25, tzinfo=UTC)) + dt.timedelta(seconds=rint(120, 2400))
    return t.astimezone(R.choice([UTC, UTC, IST, dt.timezone(dt.timedelta(hours=-8))]))

def platform_mail(p, layout, L, tlines, sender=None, auth="ok", top_extra=None):
    name, addr, dom = sender or R.choice(PLAT_FROM[p.platform])
    date = mail_date(p)
    rip = R.choice(META_IPS) + str(rint(1, 250))
    if not any(dom == d or dom.endswith("." + d) for d in ("meta.com", "fb.com", "facebook.com", "facebookmail.com", "instagram.com")):
        rip = R.choice(["209.85.220.", "203.0.113.", "198.51.100."]) + str(rint(1, 250))
    a = None
    extra = [received(dom, rip, date)]
    if auth == "ok":
        a = auth_pass(dom)
    elif auth:
        a = auth
    if top_extra:
        extra = top_extra + extra
    h = headers(f"{name} <{addr}>", subject(p), date, msgid(dom), auth=a, extra=extra,
                return_path=f"<bounce-{R.randbytes(4).hex()}@{dom}>")
    return h + render(p, layout, L, tlines), rip, date

DIRECT_LAYOUTS = ["plain_labels", "plain_hindi", "plain_hinglish", "plain_pipe", "plain_sections", "narrative", "base64_plain",
                  "cp1252_plain", "html_table", "html_only_table", "html_divs", "html_list", "json_body", "json_attach",
                  "xml_attach", "csv_attach", "txt_attach"]
TRAPKINDS = ["helpline", "reporter", "office", "reqid", "emergency", "lers"]

def pick_place(idx, cp1252=False):
    while True:
        if idx[0] % 13 == 12:
            pl = (None, None, "none", None)
        else:
            pl = PLACES_ORDER[idx[0] % len(PLACES_ORDER)]
        idx[0] += 1
        if cp1252 and pl[0] and any(ord(c) > 127 for c in pl[0]):
            continue
        return pl

def lang_for(layout):
    if layout == "plain_hindi": return "hi"
    if layout == "plain_hinglish": return "hinglish"
    if layout == "cp1252_plain": return "en"
    return R.choice(["en", "en", "en", "en", "hi", "hinglish"])

def fix_cp1252(p):
    p.phone_written = [w if w.isascii() else f"+91 {d}" for w, d in zip(p.phone_written, p.phone_digits)]
    while any(ord(c) > 255 for c in p.name):
        p.name = f"{R.choice(FIRST)} {R.choice(LAST)}"
    if p.post:
        p.post = R.choice([x for x in POSTS if x.isascii()])

def gen_reports():
    plats = ["facebook"] * 28 + ["instagram"] * 22 + ["whatsapp"] * 8 + ["threads"] * 6
    R.shuffle(plats)
    idx = [0]
    for i in range(64):
        layout = DIRECT_LAYOUTS[i % len(DIRECT_LAYOUTS)]
        plat = plats[i]
        L = lang_for(layout)
        p = make_person(i, plat, pick_place(idx, layout == "cp1252_plain"), L)
        if layout == "cp1252_plain": fix_cp1252(p)
        if layout == "csv_attach" and not p.ips:
            w, c = ipv6(i % 3); p.ips = [(w, c, *time_form(p.ptime or dt.datetime(2026, 11, 24, 9, tzinfo=UTC), i + 5))]
        kinds = R.sample(TRAPKINDS, R.choice([0, 1, 2, 2, 3]))
        tl, traps = trap_block(p, kinds, L)
        while layout == "cp1252_plain" and any(ord(c) > 255 for c in "".join(tl)):
            tl, traps = trap_block(p, R.sample(TRAPKINDS, 1), L)
        raw, rip, _ = platform_mail(p, layout, L, tl)
        traps.append(f"Received: IP {rip}")
        exp = dict(kind="platform_report", authentic=True, forwarded=False, platform=plat, traps=traps, **person_exp(p))
        add(layout, raw, finish(raw, exp, p))

FWD_NOTES = ["Please take necessary action. Received on our desk this morning.",
             "कृपया तुरंत कार्यवाही करें। यह मेल हमारे ऑफिस को मिला है।",
             "Sir, forwarding for urgent action, person may not be in our district.",
             "FYI and n/a. Pls route to the concerned PS.",
             "Jaldi dekhiye sir, humne call kiya par phone band aa raha hai."]

def officer_sig(o, ph):
    name, unit, addr = o
    return f"\n--\n{name}\n{unit}, Rajasthan Police\nMob: {ph} | {addr}\n"

def gen_forwards():
    idx = [5]
    styles = ["fwd_gmail", "fwd_outlook", "fwd_quoted", "fwd_rfc822"] * 4
    plats = ["facebook", "instagram", "facebook", "whatsapp", "instagram", "threads", "facebook", "instagram"] * 2
    for i, st in enumerate(styles):
        plat = plats[i]
        L = R.choice(["en", "en", "hi", "hinglish"])
        p = make_person(100 + i, plat, pick_place(idx), L)
        tl, traps = trap_block(p, R.sample(TRAPKINDS, R.choice([0, 1, 2])), L)
        o = OFFICERS[i % len(OFFICERS)]
        oph = phone_form(mobile(), i)
        traps.append(f"officer signature {o[0]} {oph} {o[2]}")
        note = R.choice(FWD_NOTES)
        sig = officer_sig(o, oph)
        sname, saddr, sdom = R.choice(PLAT_FROM[plat])
        odom = o[2].split("@")[1]
        pdate = mail_date(p)
        odate = pdate + dt.timedelta(minutes=rint(5, 300))
        subj = subject(p)
        inner = text_body(p, L, R.choice(["labels", "labels", "sections", "pipe"]), tl)
        outer_auth = auth_pass(odom) if odom == "police.example.in" else None
        if st == "fwd_gmail":
            body = (f"{note}\n{sig}\n---------- Forwarded message ---------\nFrom: {sname} <{saddr}>\n"
                    f"Date: {pdate.astimezone(IST).strftime('%a, %d %b %Y at %H:%M')}\nSubject: {subj}\nTo: <{o[2]}>\n\n{inner}")
            ent = entity("text/plain", body)
        elif st == "fwd_outlook":
            body = (f"{note}\n\nRegards{sig}\n________________________________\nFrom: {sname} <{saddr}>\n"
                    f"Sent: {pdate.astimezone(IST).strftime('%A, %B %d, %Y %I:%M %p')}\nTo: {o[0]} <{o[2]}>\nSubject: {subj}\n\n{inner}")
            esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            hb = ("<html><body><div>" + esc(note) + "</div><div>" + esc(sig).replace("\n", "<br>") + "</div><hr>"
                  + "<div><b>From:</b> " + esc(f"{sname} <{saddr}>") + "<br><b>Sent:</b> "
                  + esc(pdate.astimezone(IST).strftime('%A, %B %d, %Y %I:%M %p')) + "<br><b>Subject:</b> " + esc(subj)
                  + "</div><pre>" + esc(inner) + "</pre></body></html>\n")
            ent = multipart("alternative", [entity("text/plain", body, cte="quoted-printable"),
                                            entity("text/html", hb, cte="quoted-printable")], f"fw_{R.randbytes(5).hex()}")
        elif st == "fwd_quoted":
            q = "\n".join("> " + l if l else ">" for l in inner.split("\n"))
            body = (f"{note}\n{sig}\nOn {pdate.strftime('%a, %d %b %Y at %H:%M')}, {sname} <{saddr}> wrote:\n{q}\n")
            ent = entity("text/plain", body)
        else:
            iraw, rip, _ = platform_mail(p, R.choice(["plain_labels", "html_table", "plain_sections"]), L, tl,
                                         sender=(sname, saddr, sdom))
            ent = multipart("mixed", [entity("text/plain", f"{note}\n{sig}"), rfc822(iraw)], f"fm_{R.randbytes(5).hex()}")
        pre = "Fwd: " if st != "fwd_outlook" else "FW: "
        h = headers(f"{o[0]} <{o[2]}>", pre + subj, odate, msgid(odom), auth=outer_auth)
        raw = h + ent
        exp = dict(kind="platform_report", authentic=False, forwarded=True, platform=plat, traps=traps, **person_exp(p))
        add(st, raw, finish(raw, exp, p, [oph]))

def gen_fakes():
    idx = [30]
    cases = [
        ("fake_gmail", "facebook", ("Facebook Safety Team", "fb.safety.team2026@gmail.com", "gmail.com"), "ok"),
        ("fake_lookalike", "facebook", ("Facebook Law Enforcement", "records@facebookmai1.com", "facebookmai1.com"), "ok"),
        ("fake_lookalike", "instagram", ("Instagram Safety", "alerts@instagram.com.safety-check.example.net", "instagram.com.safety-check.example.net"), "ok"),
        ("fake_dkimfail", "facebook", ("Facebook Law Enforcement Response Team", "records@support.facebook.com", "support.facebook.com"),
         "mail.police.example.in;\n\tdkim=fail (signature did not verify) header.d=support.facebook.com;\n\tspf=softfail smtp.mailfrom=support.facebook.com;\n\tdmarc=fail header.from=support.facebook.com"),
        ("fake_foreign_stamp", "instagram", ("Instagram", "no-reply@mail.instagram.com", "mail.instagram.com"),
         "mx.relay-hub.example.org;\n\tdkim=pass header.d=mail.instagram.com;\n\tdmarc=pass header.from=mail.instagram.com"),
        ("fake_misaligned", "whatsapp", ("WhatsApp Law Enforcement", "whatsapp-le@meta.com", "meta.com"),
         "mail.police.example.in;\n\tdkim=pass header.d=bulk-mailer.example.net;\n\tspf=pass smtp.mailfrom=bulk-mailer.example.net;\n\tdmarc=fail header.from=meta.com"),
    ]
    for i, (layout, plat, snd, auth) in enumerate(cases):
        L = R.choice(["en", "hinglish"])
        p = make_person(200 + i, plat, pick_place(idx), L)
        tl, traps = trap_block(p, R.sample(TRAPKINDS, 1), L)
        raw, rip, _ = platform_mail(p, R.choice(["plain_labels", "html_table", "plain_sections"]), L, tl, sender=snd, auth=auth)
        if layout == "fake_foreign_stamp":
            traps.append("Authentication-Results from a foreign server (mx.relay-hub.example.org)")
        exp = dict(kind="platform_report", authentic=False, forwarded=False, platform=plat, traps=traps, **person_exp(p))
        add(layout, raw, finish(raw, exp, p))

# ----------------------------------------------------------------------------- notices
def gen_notices():
    base = dt.datetime(2026, 12, 1, 5, 0, tzinfo=UTC)
    N = []
    oip4 = "164.100." + f"{rint(1, 250)}.{rint(1, 250)}"
    oip6 = "2405:201:4021:" + "%x" % rint(1, 0xfff) + "::1a"
    N.append(("notice_newsletter", "facebook", ("Meta Safety Partnerships", "safety-partners@meta.com", "meta.com"),
              "Meta safety partners update – November 2026",
              "Dear partner,\n\nThank you for working with us on suicide and self-harm prevention in India. This quarter we "
              "trained 1,200 reviewers and improved escalation times.\n\nCrisis resources you can share: Tele-MANAS 14416, "
              "1-800-891-4416, emergency 112.\n\nUpcoming: regional webinar for Rajasthan police units on 10 December 2026.\n\n"
              "Meta Safety Partnerships\n1 Meta Way, Menlo Park, CA 94025", "text/plain", ["helpline 14416 / 1-800-891-4416 / 112", "platform office address"]))
    N.append(("notice_policy", "instagram", ("Instagram", "no-reply@mail.instagram.com", "mail.instagram.com"),
              "Updates to our law enforcement guidelines",
              "<html><body><h2>We're updating our guidelines</h2><p>From 1 January 2027, emergency disclosure requests must be "
              "submitted through the Law Enforcement Online Request System. Nothing changes for referrals we send to you.</p>"
              "<p>Read more at https://help.instagram.com/ (example)</p></body></html>", "text/html", []))
    N.append(("notice_request_received", "facebook", ("Facebook Records", "records@support.facebook.com", "support.facebook.com"),
              "We received your request #LE-7731904",
              "Hello,\n\nWe have received your request (#LE-7731904) submitted by scrb-sm-desk@police.example.in on 26 Nov 2026.\n"
              "Our team will review it and respond. You do not need to do anything now.\n\nFacebook Law Enforcement Response Team\n",
              "text/plain", ["platform request number LE-7731904 (officer's own request)"]))
    N.append(("notice_request_closed", "whatsapp", ("WhatsApp Law Enforcement (Meta)", "whatsapp-le@meta.com", "meta.com"),
              "Request 5528-1190 closed",
              "Your request 5528-1190 has been closed. Reason: the information requested has been provided via the portal.\n"
              "If you believe this is an error, reply within 30 days.\n\nWhatsApp LLC, 1 Meta Way, Menlo Park, CA 94025\n",
              "text/plain", ["request number 5528-1190", "platform office address"]))
    N.append(("notice_login_alert", "facebook", ("Facebook Records", "security@facebookmail.com", "facebookmail.com"),
              "New login to your Law Enforcement portal account",
              f"Hi SI Anita Choudhary,\n\nWe noticed a new login to your law enforcement portal account.\n\nDevice: Chrome on Windows\n"
              f"IP address: {oip4}\nLocation: Jaipur, Rajasthan, India\nTime: 01 Dec 2026, 09:42 AM IST\n\n"
              f"If this was you, you can ignore this message. If not, secure your account.\n\nThe Facebook Security Team\n",
              "text/plain", [f"officer portal login IP {oip4} and location Jaipur"]))
    N.append(("notice_login_alert", "instagram", ("Instagram", "security@mail.instagram.com", "mail.instagram.com"),
              "Login from a new device",
              f"<html><body><p>Someone logged in to the partner account scrb.rajasthan.le from a new device.</p><table>"
              f"<tr><td>IP</td><td>{oip6}</td></tr><tr><td>Location</td><td>Jodhpur, Rajasthan</td></tr>"
              f"<tr><td>When</td><td>2026-11-30T11:05:00+05:30</td></tr></table><p>If this was you, no action is needed.</p></body></html>",
              "text/html", [f"officer portal login IP {oip6} and location Jodhpur"]))
    N.append(("notice_survey", "facebook", ("Meta Research", "surveys@research.meta.com", "research.meta.com"),
              "2 minutes: how are our emergency referrals working for you?",
              "Namaste,\n\nWe would like your feedback on the emergency referrals you receive from Facebook and Instagram.\n"
              "The survey takes 2 minutes: https://research.meta.com/survey/le-in-2026 (example)\n\nThank you!\n", "text/plain", []))
    N.append(("notice_training", "facebook", ("Meta Trust & Safety", "lert@fb.com", "fb.com"),
              "निमंत्रण: आत्महत्या रोकथाम पर प्रशिक्षण कार्यशाला, जयपुर",
              "प्रिय अधिकारीगण,\n\nमेटा की ओर से पुलिस अधिकारियों के लिए ऑनलाइन प्रशिक्षण कार्यशाला 12 दिसंबर 2026 को "
              "सुबह 11:00 बजे (IST) आयोजित की जा रही है। विषय: आपातकालीन रेफ़रल को समझना और आत्महत्या रोकथाम।\n\n"
              "पंजीकरण: https://www.facebook.com/safety/training (उदाहरण)\nसंपर्क: +91 11 5550 1234\n\nमेटा ट्रस्ट एंड सेफ्टी\n",
              "text/plain", ["platform contact phone (landline)"]))
    N.append(("notice_training", "instagram", ("Instagram Safety", "safety-events@instagram.com", "instagram.com"),
              "Webinar invitation: youth wellbeing online (Rajasthan)",
              "Dear officers,\n\nJoin our webinar on 9 Dec 2026, 3 PM IST with experts from the Tele-MANAS programme (14416).\n"
              "Venue: online. Contact: partnerships-in@instagram.com\n\nInstagram Safety\n", "text/plain", ["helpline 14416"]))
    N.append(("notice_newsletter", "whatsapp", ("WhatsApp", "updates@whatsapp.meta.com", "whatsapp.meta.com"),
              "WhatsApp Safety in India – December edition",
              "<html><body><h1>Safety in India</h1><ul><li>New reporting tools for groups</li><li>Helplines: 14416, 112</li>"
              "<li>Our grievance officer: grievance_officer_wa@support.whatsapp.example</li></ul></body></html>",
              "text/html", ["helplines 14416 / 112", "grievance officer address"]))
    N.append(("notice_policy", "threads", ("Threads", "no-reply@threads.instagram.com", "threads.instagram.com"),
              "Threads: changes to data retention",
              "Starting 15 January 2027, Threads keeps login IP records for 90 days. Requests for older records cannot be fulfilled.\n"
              "This is a service message sent to registered law enforcement contacts.\n", "text/plain", []))
    N.append(("notice_request_received", "instagram", ("Instagram Law Enforcement", "lers@instagram.com", "instagram.com"),
              "Acknowledgement: preservation request IG-PR-204411",
              "We acknowledge your preservation request IG-PR-204411. Records will be preserved for 90 days.\n"
              "Submitted by: Inspector Meenakshi Vyas, Cyber Police Station Jaipur, +91 94140 55512\n\nInstagram LER\n",
              "text/plain", ["preservation request number IG-PR-204411", "requesting officer name and phone"]))
    for i, (layout, plat, (nm, addr, dom), subj, body, ctype, traps) in enumerate(N):
        date = base + dt.timedelta(minutes=rint(10, 1200))
        cte = R.choice(["quoted-printable", "base64", None])
        h = headers(f"{nm} <{addr}>", subj, date, msgid(dom), auth=auth_pass(dom),
                    extra=[received(dom, R.choice(META_IPS) + str(rint(1, 250)), date)], return_path=f"<bounce@{dom}>")
        raw = h + entity(ctype, body, cte=cte)
        exp = dict(kind="platform_notice", authentic=True, forwarded=False, platform=plat, traps=traps, **empty_person())
        add(layout, raw, finish(raw, exp))

def gen_others():
    base = dt.datetime(2026, 11, 29, 4, 0, tzinfo=UTC)
    O = []
    dsn_orig = ("From: Lifeline SCRB Rajasthan <scrb-sm-desk@police.example.in>\nTo: do-oldstation-xyz@police.example.in\n"
                "Subject: [LL-2026-000341] HIGH risk - self-harm alert - PS Example\nMessage-ID: <LL-2026-000341.forward.1@lifeline.police.example.in>\n")
    dsn = multipart("report; report-type=delivery-status", [
        entity("text/plain", "This is the mail system at host mail.police.example.in.\n\nI'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients.\n\n<do-oldstation-xyz@police.example.in>: user unknown\n"),
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.police.example.in\n\nFinal-Recipient: rfc822; do-oldstation-xyz@police.example.in\n"
        b"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
        b"Content-Type: text/rfc822-headers\n\n" + dsn_orig.encode()], "dsn_b1")
    O.append(("bounce_dsn", "MAIL-DAEMON <MAILER-DAEMON@mail.police.example.in>", "Undelivered Mail Returned to Sender", dsn, "<>", []))
    dsn2 = multipart("report; report-type=delivery-status", [
        entity("text/plain", "Delivery to the following recipient has been delayed:\n\n    sho-bari-dhp@police.example.in\n\nMessage will be retried for 2 more day(s)\n"),
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.police.example.in\n\nFinal-Recipient: rfc822; sho-bari-dhp@police.example.in\n"
        b"Action: delayed\nStatus: 4.4.7\n"], "dsn_b2")
    O.append(("bounce_delay", "Mail Delivery System <MAILER-DAEMON@mail.police.example.in>", "Delivery Status Notification (Delay)", dsn2, "<>", []))
    O.append(("ooo", "SHO Bari <sho-bari-dhp@police.example.in>", "Out of office: [LL-2026-000339] MEDIUM risk - self-harm alert - PS Bari",
              entity("text/plain", "I am out of office till 05/12/2026 on training. For urgent matters call the station on 05642-555012 or the control room.\n\n"
                     "मैं 05/12/2026 तक प्रशिक्षण पर हूँ।\n"), None, ["Auto-Submitted: auto-replied", "In-Reply-To: <LL-2026-000339.forward.1@lifeline.police.example.in>"]))
    O.append(("vendor_newsletter", "SecureMail Appliances <news@securemail-vendor.example.com>", "Your December product update: new spam filters",
              entity("text/html", "<html><body><h1>December update</h1><p>Our new filters block 99.9% of phishing. Upgrade your gateway today.</p>"
                     "<p>Webinar 8 Dec 2026. Unsubscribe: https://securemail-vendor.example.com/u</p></body></html>", cte="quoted-printable"), None, ["List-Unsubscribe: <https://securemail-vendor.example.com/u>"]))
    O.append(("circular_hindi", "पुलिस मुख्यालय SCRB <scrb-admin@police.example.in>", "परिपत्र: सोशल मीडिया डेस्क की ड्यूटी व्यवस्था (दिसंबर 2026)",
              entity("text/plain", "कार्यालय महानिदेशक पुलिस, राजस्थान, जयपुर\nक्रमांक: SCRB/SM/2026/1187\t\tदिनांक: 01.12.2026\n\n"
                     "परिपत्र\n\nसमस्त पुलिस अधीक्षकों को निर्देशित किया जाता है कि आत्महत्या संबंधी सोशल मीडिया अलर्ट पर 15 मिनट में "
                     "प्रतिक्रिया सुनिश्चित करें। ड्यूटी रोस्टर संलग्न है।\n\nसंपर्क: नियंत्रण कक्ष 0141-555-2200\n\n(हस्ताक्षर)\nअतिरिक्त महानिदेशक पुलिस, SCRB\n",
                     cte="base64"), None, []))
    O.append(("officer_reply", "SI Farida Khan <si-farida-malviyanagar@police.example.in>", "Re: [LL-2026-000337] HIGH risk - self-harm alert - PS Malviya Nagar",
              entity("text/plain", "REACHED. Team reached the house at 11:20, person is safe with family. Counselling arranged.\n\nSI Farida Khan\nPS Malviya Nagar, Mob 94133 55201\n\n"
                     "On Sun, 29 Nov 2026 at 10:58, Lifeline SCRB Rajasthan <scrb-sm-desk@police.example.in> wrote:\n> [LL-2026-000337] HIGH risk - self-harm alert\n> Name: (removed)\n"),
              None, ["In-Reply-To: <LL-2026-000337.forward.1@lifeline.police.example.in>"]))
    O.append(("officer_reply_hindi", "थानाधिकारी रातानाडा <sho-ratanada-jdh@police.example.in>", "Re: [LL-2026-000340] MEDIUM risk - self-harm alert - PS Ratanada",
              entity("text/plain", "प्राप्त हुआ। टीम मौके पर भेजी गई है, अपडेट शीघ्र दिया जाएगा।\n\n-- \nथानाधिकारी, पुलिस थाना रातानाडा, जोधपुर पूर्व\n"),
              None, ["In-Reply-To: <LL-2026-000340.forward.1@lifeline.police.example.in>", "References: <LL-2026-000340.forward.1@lifeline.police.example.in>"]))
    O.append(("it_helpdesk", "IT Helpdesk <it-helpdesk@police.example.in>", "Password expiry notice for scrb-sm-desk",
              entity("text/plain", "Your mailbox password expires in 5 days. Change it at the webmail portal. Do not share it with anyone.\n\nIT Helpdesk, PHQ Jaipur\n"), None, []))
    for i, (layout, frm, subj, ent, rp, extra) in enumerate(O):
        date = base + dt.timedelta(hours=rint(1, 60))
        dom = frm.split("@")[1].rstrip(">")
        h = headers(frm, subj, date, msgid(dom), extra=extra, return_path=rp)
        raw = h + ent
        traps = ["officer's own phone"] if layout == "officer_reply" else []
        exp = dict(kind="other", authentic=False, forwarded=False, platform=None, traps=traps, **empty_person())
        add(layout, raw, finish(raw, exp))

# ----------------------------------------------------------------------------- main
def main():
    global PLACES_ORDER
    PLACES_ORDER = PLACES[:]
    R.shuffle(PLACES_ORDER)
    gen_reports(); gen_forwards(); gen_fakes(); gen_notices(); gen_others()
    # interleave deterministically so kinds are not in blocks
    order = ALL[:]
    R.shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f.endswith(".expected.json"):
            os.remove(os.path.join(OUT, f))
    man, written = [], {}
    KEYS = ["kind", "layout", "authentic", "forwarded", "platform", "reference", "subject_name", "phones", "emails", "ips",
            "profile_urls", "usernames", "user_ids", "post_text", "post_time", "place", "district", "police_district",
            "outside_rajasthan", "topic_words", "traps", "place_kind"]
    for n, (fn, raw, exp) in enumerate(order, 1):
        fn = f"{n:04d}-{exp['layout']}"
        written[fn] = exp.pop("_written")
        e = {k: exp[k] for k in KEYS}
        raw = raw.replace(b"\r\n", b"\n")
        if n % 5 == 0:  # some mails as they come off IMAP: CRLF line ends
            raw = raw.replace(b"\n", b"\r\n")
        with open(os.path.join(OUT, fn + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, fn + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(e, fh, ensure_ascii=False, indent=2); fh.write("\n")
        man.append({"file": fn + ".eml", **{k: e[k] for k in ("kind", "layout", "district", "place_kind", "platform", "authentic", "forwarded", "topic_words")}})
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(man, fh, ensure_ascii=False, indent=1); fh.write("\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "written.json"), "w", encoding="utf-8") as fh:
        json.dump(written, fh, ensure_ascii=False, indent=0)
    print(len(order), "mails")

if __name__ == "__main__":
    main()
