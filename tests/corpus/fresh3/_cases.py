# -*- coding: utf-8 -*-
# Case definitions for fresh3 (executed by _gen.py). All people, phones, mails fictional.
from datetime import datetime, timezone, timedelta
IST = timezone(timedelta(hours=5, minutes=30))
def ep(y, mo, d, h, mi, s=0):
    return int(datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc).timestamp())
LEGAL = "Meta Platforms, Inc., 1 Hacker Way, Menlo Park, CA 94025, USA"
HELP = "If you are in India, Tele-MANAS helpline 14416 or 1-800-891-4416; emergency 112."
n = 0
def mid(d):
    global n; n += 1
    return f"<f3.{n:04d}.{d.replace('.', '')}@{d}>"

# ---------- 1 plain labels, facebook, ISO Z, IPv6 compressed ----------
m = single(f"""Hello,

We are contacting you about a Facebook user who may be at risk of suicide.

Case number: 7731204856
Full name: Kavita Prajapat
Profile: https://www.facebook.com/kavita.prajapat.5521
User ID: 100091234567811
Phone: +91 94141 27730
Email: Kavita.Prajapat88@example.com
Current city: Kishangarh, Rajasthan

IP activity (UTC):
2401:4900:1c2a:33f0::5b1 at 2026-11-30T18:41:07Z
49.36.112.18 at 2026-11-30T17:02:55Z

Post (2026-11-30T18:40:12Z): "I can't do this anymore. Goodbye everyone."

{HELP}

Facebook Law Enforcement Response
{LEGAL}
""")
headers(m, "Facebook LER <ler@support.facebook.com>", "Urgent: possible self-harm - Facebook case 7731204856",
        "Mon, 30 Nov 2026 18:44:10 +0000", mid("support.facebook.com"), "support.facebook.com")
add("plain-labels", m, base_exp(platform="facebook", reference="7731204856", subject_name="Kavita Prajapat",
    phones=["+919414127730"], emails=["kavita.prajapat88@example.com"],
    ips=[{"ip": "2401:4900:1c2a:33f0::5b1", "seen_at": "2026-11-30T18:41:07Z"}, {"ip": "49.36.112.18", "seen_at": "2026-11-30T17:02:55Z"}],
    profile_urls=["https://www.facebook.com/kavita.prajapat.5521"], user_ids=["100091234567811"],
    post_text="I can't do this anymore. Goodbye everyone.", post_time="2026-11-30T18:40:12Z",
    place="Kishangarh", district="Ajmer", place_kind="town", traps=["helpline", "platform_address", "received_ip"]))

# ---------- 2 label on next line, instagram, +05:30 ----------
m = single("""Instagram Safety Team - Emergency Disclosure

Report ID
IG-EM-4471029

Account holder
Rohit Saini

Username
@rohit_saini_0707

Instagram user ID
57239910442

Mobile number on account
098290-63314

Location mentioned
Nokha, Bikaner

Time of post
2026-12-01T01:20:33+05:30

Caption
"aaj sab khatam kar dunga, bas bahut ho gaya"

Login IP
106.215.40.201 (2026-11-30T19:35:00Z)

Instagram, Meta Platforms, Inc.
""")
headers(m, "Instagram <no-reply@mail.instagram.com>", "Emergency: Instagram account at risk",
        "Mon, 30 Nov 2026 20:02:00 +0000", mid("mail.instagram.com"), "mail.instagram.com")
add("label-next-line", m, base_exp(platform="instagram", reference="IG-EM-4471029", subject_name="Rohit Saini",
    phones=["+919829063314"], ips=[{"ip": "106.215.40.201", "seen_at": "2026-11-30T19:35:00Z"}],
    usernames=["rohit_saini_0707"], user_ids=["57239910442"], post_text="aaj sab khatam kar dunga, bas bahut ho gaya",
    post_time="2026-11-30T19:50:33Z", place="Nokha, Bikaner", district="Bikaner", place_kind="town", topic_words=False))

# ---------- 3 HTML table alt, facebookmail, IST 12h ----------
html = """<html><body><p>Dear Officer,</p><p>A Facebook user may be in danger of self-harm.</p>
<table border="1"><tr><th>Field</th><th>Value</th></tr>
<tr><td>Reference</td><td>FB-LE-20261126-0091</td></tr>
<tr><td>Name</td><td>Meena Kumari Bairwa</td></tr>
<tr><td>Profile link</td><td><a href="https://facebook.com/meena.bairwa.77">facebook.com/meena.bairwa.77</a></td></tr>
<tr><td>Mobile</td><td>+91-70140-55821</td></tr>
<tr><td>Address on profile</td><td>Hindaun City, Karauli</td></tr>
<tr><td>Post time</td><td>26 Nov 2026, 10:15 PM IST</td></tr>
<tr><td>Post</td><td>मैं अब और नहीं जीना चाहती</td></tr>
<tr><td>Last IP</td><td>2409:4052:2e8d:1a00:0:0:0:7 (26 Nov 2026, 10:02 PM IST)</td></tr>
</table><p>Reporter (friend who flagged the post): 93514 20987 &mdash; do not contact the subject through this person.</p>
<p>Helpline: 14416</p></body></html>"""
plain = """Dear Officer,
A Facebook user may be in danger of self-harm.
Reference: FB-LE-20261126-0091
Name: Meena Kumari Bairwa
Profile link: https://facebook.com/meena.bairwa.77
Mobile: +91-70140-55821
Address on profile: Hindaun City, Karauli
Post time: 26 Nov 2026, 10:15 PM IST
Post: मैं अब और नहीं जीना चाहती
Last IP: 2409:4052:2e8d:1a00:0:0:0:7 (26 Nov 2026, 10:02 PM IST)
Reporter (friend who flagged the post): 93514 20987 - do not contact the subject through this person.
Helpline: 14416
"""
m = alt(plain, html)
headers(m, "Facebook <security@facebookmail.com>", "Facebook emergency referral FB-LE-20261126-0091",
        "Thu, 26 Nov 2026 17:01:00 +0000", mid("facebookmail.com"), "facebookmail.com")
add("html-table-alt", m, base_exp(platform="facebook", reference="FB-LE-20261126-0091", subject_name="Meena Kumari Bairwa",
    phones=["+917014055821"], ips=[{"ip": "2409:4052:2e8d:1a00::7", "seen_at": "2026-11-26T16:32:00Z"}],
    profile_urls=["https://facebook.com/meena.bairwa.77"], post_text="मैं अब और नहीं जीना चाहती", post_time="2026-11-26T16:45:00Z",
    place="Hindaun City, Karauli", district="Karauli", place_kind="town", traps=["reporter_phone", "helpline"]))

# ---------- 4 HTML only, base64, meta.com, whatsapp ----------
html = """<!DOCTYPE html><html><body style="font-family:Arial">
<h2>WhatsApp &ndash; Emergency Data Disclosure</h2>
<div>Request reference: <b>WA-ER-88120433</b></div>
<div>WhatsApp account phone number: <b>+91 6377 418 205</b></div>
<div>Push name: <b>Sunny Jangid</b></div>
<div>Status text reported: <i>&quot;last day. sorry maa&quot;</i> (posted 2026-11-29 14:05:10 UTC)</div>
<ul><li>IP 2001:0DB8:0000:0000:0000:FF00:0042:8329 &mdash; 2026-11-29 14:06:00 UTC</li>
<li>IP 198.51.100.77 &mdash; 2026-11-29 09:15:44 UTC</li></ul>
<div>Device locale: hi_IN. Last known area: Sikar (Rajasthan)</div>
<p style="color:#888">WhatsApp LLC, 1601 Willow Road, Menlo Park, California 94025</p>
</body></html>"""
m = single(html, "base64", "html")
headers(m, "WhatsApp Law Enforcement <lers-noreply@meta.com>", "Emergency disclosure WA-ER-88120433",
        "Sun, 29 Nov 2026 14:20:00 +0000", mid("meta.com"), "meta.com")
add("html-only-b64", m, base_exp(platform="whatsapp", reference="WA-ER-88120433", subject_name="Sunny Jangid",
    phones=["+916377418205"], ips=[{"ip": "2001:db8::ff00:42:8329", "seen_at": "2026-11-29T14:06:00Z"}, {"ip": "198.51.100.77", "seen_at": "2026-11-29T09:15:44Z"}],
    post_text="last day. sorry maa", post_time="2026-11-29T14:05:10Z", place="Sikar", district="Sikar", place_kind="town",
    topic_words=False, traps=["platform_address"]))

# ---------- 5 bullet list, threads, epoch seconds ----------
t = ep(2026, 11, 28, 3, 12, 40)
m = single(f"""Threads Trust & Safety - imminent harm escalation

* Case: THR-2026-119834
* Display name: Pooja Choudhary
* Handle: @pooja.c.official
* Profile: https://www.threads.net/@pooja.c.official
* Linked email: pooja.choudhary.jdh@example.net
* Post created (unix epoch, seconds): {t}
* Post: "nobody will miss me. tonight i end it"
* Account region: Sardarpura, Jodhpur
* IP: 203.0.113.45 (epoch {t - 300})

Contact us by replying to this email. Do not call 112 on our behalf.
""")
headers(m, "Threads Safety <safety@threads.instagram.com>", "[THR-2026-119834] imminent harm escalation",
        "Sat, 28 Nov 2026 03:30:00 +0000", mid("threads.instagram.com"), "threads.instagram.com")
add("bullet-list-epoch", m, base_exp(platform="threads", reference="THR-2026-119834", subject_name="Pooja Choudhary",
    emails=["pooja.choudhary.jdh@example.net"], ips=[{"ip": "203.0.113.45", "seen_at": "2026-11-28T03:07:40Z"}],
    profile_urls=["https://www.threads.net/@pooja.c.official"], usernames=["pooja.c.official"],
    post_text="nobody will miss me. tonight i end it", post_time="2026-11-28T03:12:40Z",
    place="Sardarpura, Jodhpur", district="Jodhpur", place_kind="locality", traps=["helpline"], topic_words=False))

# ---------- 6 JSON body, facebook, epoch ms ----------
tm = ep(2026, 11, 27, 11, 30, 5) * 1000 + 250
body = json.dumps({"case_id": "LER-55019382", "platform": "Facebook", "category": "SUICIDE_SELF_INJURY",
    "subject": {"name": "Imran Khan Qureshi", "fbid": "100084455667788", "vanity": "imran.qureshi.tonk",
                "phones": ["+917742213390"], "emails": ["IMRAN.Q.TONK@EXAMPLE.ORG"],
                "location": {"city": "Tonk", "state": "Rajasthan", "country": "IN"}},
    "content": {"text": "Allah maaf karna, ab aur nahi", "created_time_ms": tm},
    "ip_events": [{"ip": "117.99.214.6", "timestamp_ms": tm - 60000}],
    "request_meta": {"request_id": "req_8f2a91c0", "portal_ticket": "SCRB/2026/4410"}}, indent=2, ensure_ascii=False)
m = single(body)
m.replace_header("Content-Type", 'application/json; charset="utf-8"')
headers(m, "Meta LERS <lers@fb.com>", "LER-55019382", "Fri, 27 Nov 2026 11:40:00 +0000", mid("fb.com"), "fb.com")
add("json-body", m, base_exp(platform="facebook", reference="LER-55019382", subject_name="Imran Khan Qureshi",
    phones=["+917742213390"], emails=["imran.q.tonk@example.org"], ips=[{"ip": "117.99.214.6", "seen_at": "2026-11-27T11:29:05Z"}],
    usernames=["imran.qureshi.tonk"], user_ids=["100084455667788"], post_text="Allah maaf karna, ab aur nahi",
    post_time="2026-11-27T11:30:05Z", place="Tonk", district="Tonk", place_kind="town", traps=["request_id", "police_request_no"]))

# ---------- 7 JSON attachment, instagram, PIN only ----------
att = json.dumps({"report": {"id": "IGR-30917", "username": "the_lonely_lotus_21", "igid": "48811223344",
    "full_name": "Nisha Sharma", "phone": "9001142276", "pin_code": "302021",
    "media_caption": "is duniya mein mera koi nahi. alvida", "taken_at": "2026-11-25T20:45:00Z",
    "logins": [{"ip": "2401:4900:50a1:9f3c:0:0:0:21", "time": "2026-11-25T20:40:00Z"}]}}, indent=1)
m = mixed(text_part("Please find attached an emergency self-harm referral from Instagram. Details in the JSON file.\n\nInstagram Law Enforcement Outreach\n"),
          [("IGR-30917.json", "application/json", att)])
headers(m, "Instagram LE Outreach <le-outreach@instagram.com>", "Self-harm referral (attachment)",
        "Wed, 25 Nov 2026 21:00:00 +0000", mid("instagram.com"), "instagram.com")
add("json-attachment", m, base_exp(platform="instagram", reference="IGR-30917", subject_name="Nisha Sharma",
    phones=["+919001142276"], ips=[{"ip": "2401:4900:50a1:9f3c::21", "seen_at": "2026-11-25T20:40:00Z"}],
    usernames=["the_lonely_lotus_21"], user_ids=["48811223344"], post_text="is duniya mein mera koi nahi. alvida",
    post_time="2026-11-25T20:45:00Z", place="302021", district="Jaipur", place_kind="pin"))

# ---------- 8 XML attachment, facebook, village ----------
att = """<?xml version="1.0" encoding="UTF-8"?>
<EmergencyReferral caseNumber="ER-2026-770145" platform="Facebook">
  <Subject>
    <Name>Lokesh Gurjar</Name>
    <ProfileURL>https://m.facebook.com/lokesh.gurjar.9090</ProfileURL>
    <Phone>+91 (0) 99280 17745</Phone>
    <Address>Vill. Rampura, Teh. Khandela, Distt. Sikar</Address>
  </Subject>
  <Content postedAt="2026-11-24T06:10:00+05:30">zahar le aaya hoon, kal subah nahi dekhunga</Content>
  <IPLog><Entry ip="2402:3A80:1B2C:0000:0000:0000:0000:0010" at="2026-11-24T00:35:00Z"/></IPLog>
</EmergencyReferral>
"""
m = mixed(text_part("Attached: emergency referral (XML).\n"), [("referral.xml", "application/xml", att)])
headers(m, "records@support.facebook.com", "ER-2026-770145", "Tue, 24 Nov 2026 00:50:00 +0000", mid("support.facebook.com"), "support.facebook.com")
add("xml-attachment", m, base_exp(platform="facebook", reference="ER-2026-770145", subject_name="Lokesh Gurjar",
    phones=["+919928017745"], ips=[{"ip": "2402:3a80:1b2c::10", "seen_at": "2026-11-24T00:35:00Z"}],
    profile_urls=["https://m.facebook.com/lokesh.gurjar.9090"], post_text="zahar le aaya hoon, kal subah nahi dekhunga",
    post_time="2026-11-24T00:40:00Z", place="Vill. Rampura, Teh. Khandela, Distt. Sikar", district="Sikar", place_kind="village",
    topic_words=False))

# ---------- 9 CSV attachment of IP logins, instagram, day-first IST ----------
csvd = "ip_address,login_time_ist\n49.205.17.88,29/11/2026 23:10:04 IST\n2405:201:6004:e0b2::1f,29/11/2026 22:47:51 IST\n"
m = mixed(text_part("""Instagram emergency escalation

Reference no.: 6620-4471-IN
User: Ankit Meghwal (@ankit.meghwal.1)
Mobile: 91-8875012346
City: Nimbahera, Chittorgarh
Post (29/11/2026 23:12 IST): "meri maut ka koi zimmedar nahi"

Login IPs attached as CSV (times IST).
"""), [("logins.csv", "text/csv", csvd)])
headers(m, "Instagram <escalations@instagram.com>", "Emergency escalation 6620-4471-IN", "Sun, 29 Nov 2026 17:55:00 +0000", mid("instagram.com"), "instagram.com")
add("csv-attachment", m, base_exp(platform="instagram", reference="6620-4471-IN", subject_name="Ankit Meghwal",
    phones=["+918875012346"], ips=[{"ip": "49.205.17.88", "seen_at": "2026-11-29T17:40:04Z"}, {"ip": "2405:201:6004:e0b2::1f", "seen_at": "2026-11-29T17:17:51Z"}],
    usernames=["ankit.meghwal.1"], post_text="meri maut ka koi zimmedar nahi", post_time="2026-11-29T17:42:00Z",
    place="Nimbahera, Chittorgarh", district="Chittorgarh", place_kind="town", topic_words=False))

# ---------- 10 TXT attachment, facebook, abolished district ----------
txt = """EMERGENCY REFERRAL
CASE: 90021877
NAME: Dinesh Kumar Bishnoi
PROFILE: https://www.facebook.com/profile.php?id=100070012345678
MOBILE: +919413355210
HOME: Sanchore district, Rajasthan
POST_TIME_UTC: 2026-11-23 16:00:00
POST: "I have decided to end my life tonight"
IP: 1.38.220.15 @ 2026-11-23 15:58:00 UTC
"""
m = mixed(text_part("Referral details attached (TXT).\n"), [("case_90021877.txt", "text/plain", txt)])
headers(m, "Facebook <ler@fb.com>", "Case 90021877", "Mon, 23 Nov 2026 16:15:00 +0000", mid("fb.com"), "fb.com")
add("txt-attachment", m, base_exp(platform="facebook", reference="90021877", subject_name="Dinesh Kumar Bishnoi",
    phones=["+919413355210"], ips=[{"ip": "1.38.220.15", "seen_at": "2026-11-23T15:58:00Z"}],
    profile_urls=["https://www.facebook.com/profile.php?id=100070012345678"], user_ids=["100070012345678"],
    post_text="I have decided to end my life tonight", post_time="2026-11-23T16:00:00Z",
    place="Sanchore district", district="Jalore", place_kind="abolished"))

# ---------- 11 Hindi labels, facebook, Devanagari digits ----------
m = single("""प्रिय अधिकारी,

फेसबुक पर एक उपयोगकर्ता द्वारा आत्महत्या से संबंधित पोस्ट की गई है। कृपया तुरंत कार्रवाई करें।

संदर्भ संख्या: ८८४०२२१९७
नाम: रेखा कंवर
मोबाइल नंबर: +९१ ९७८२१ ०४४६३
प्रोफ़ाइल: https://www.facebook.com/rekha.kanwar.bhl
स्थान: भीलवाड़ा
पोस्ट का समय: 2026-11-22 21:30 IST
पोस्ट: "अब सहन नहीं होता, मैं जा रही हूँ"
आईपी पता: 27.61.104.9 (2026-11-22 21:28 IST)

हेल्पलाइन: 14416
""")
headers(m, "फेसबुक <ler-hi@support.facebook.com>", "आपातकालीन सूचना - संदर्भ ८८४०२२१९७", "Sun, 22 Nov 2026 16:10:00 +0000",
        mid("support.facebook.com"), "support.facebook.com")
add("hindi-labels", m, base_exp(platform="facebook", reference="८८४०२२१९७", subject_name="रेखा कंवर", phones=["+919782104463"],
    ips=[{"ip": "27.61.104.9", "seen_at": "2026-11-22T15:58:00Z"}], profile_urls=["https://www.facebook.com/rekha.kanwar.bhl"],
    post_text="अब सहन नहीं होता, मैं जा रही हूँ", post_time="2026-11-22T16:00:00Z", place="भीलवाड़ा", district="Bhilwara",
    place_kind="hindi", traps=["helpline"]))

# ---------- 12 Hinglish narrative, instagram ----------
m = single("""Namaste Sir/Madam,

Instagram team aapko ek urgent matter ke baare mein bata rahi hai. User "Vikram Singh Rathore" (insta id @vikky_rathore_jsm, user id 61122334455) ne aaj raat ek story daali jismein likha tha: "bas ab aur nahi, sab ko bye". Story 28-11-2026 ko raat 11:05 PM IST par post hui.

Unka registered number 0 94600 71829 hai aur woh Pokaran, Jaisalmer ke aas paas rehte hain. Last login IP 2401:4900:3a6b:1e2f:8c4d:2b1a:9e0f:3c12 tha (28-11-2026 11:01 PM IST).

Hamara case no: IN-SH-2026-5578. Kripya turant sampark karein.

Dhanyavaad,
Instagram Safety
""")
headers(m, "Instagram Safety <safety@mail.instagram.com>", "Urgent - Instagram case IN-SH-2026-5578", "Sat, 28 Nov 2026 17:50:00 +0000",
        mid("mail.instagram.com"), "mail.instagram.com")
add("hinglish-narrative", m, base_exp(platform="instagram", reference="IN-SH-2026-5578", subject_name="Vikram Singh Rathore",
    phones=["+919460071829"], ips=[{"ip": "2401:4900:3a6b:1e2f:8c4d:2b1a:9e0f:3c12", "seen_at": "2026-11-28T17:31:00Z"}],
    usernames=["vikky_rathore_jsm"], user_ids=["61122334455"], post_text="bas ab aur nahi, sab ko bye",
    post_time="2026-11-28T17:35:00Z", place="Pokaran, Jaisalmer", district="Jaisalmer", place_kind="town", topic_words=False))

# ---------- 13 bilingual English/Hindi, meta.com, facebook ----------
m = alt("""Emergency Referral / आपातकालीन रेफ़रल

Case ID / केस आईडी: MR-7720014
Name / नाम: Sapna Meena
Phone / फ़ोन: +91 8003 920 571
Location / स्थान: Lalsot, Dausa
Posted / पोस्ट समय: 2026-11-21T08:15:00Z
Post / पोस्ट: "मुझे मरना है, कोई मत रोकना"
Profile / प्रोफ़ाइल: https://www.facebook.com/sapna.meena.lalsot
""", """<p>Emergency Referral / आपातकालीन रेफ़रल</p><p>Case ID / केस आईडी: MR-7720014<br>Name / नाम: Sapna Meena<br>
Phone / फ़ोन: +91 8003 920 571<br>Location / स्थान: Lalsot, Dausa<br>Posted / पोस्ट समय: 2026-11-21T08:15:00Z<br>
Post / पोस्ट: &quot;मुझे मरना है, कोई मत रोकना&quot;<br>Profile / प्रोफ़ाइल: <a href="https://www.facebook.com/sapna.meena.lalsot">link</a></p>""", "base64")
headers(m, "Meta Emergency Response <emergency@meta.com>", "Emergency Referral / आपातकालीन रेफ़रल MR-7720014",
        "Sat, 21 Nov 2026 08:25:00 +0000", mid("meta.com"), "meta.com")
add("bilingual-alt-b64", m, base_exp(platform="facebook", reference="MR-7720014", subject_name="Sapna Meena", phones=["+918003920571"],
    profile_urls=["https://www.facebook.com/sapna.meena.lalsot"], post_text="मुझे मरना है, कोई मत रोकना", post_time="2026-11-21T08:15:00Z",
    place="Lalsot, Dausa", district="Dausa", place_kind="town", topic_words=False))

# ---------- 14 Gmail inline forward by district cyber cell ----------
m = single("""Sir, kindly take necessary action. Received on our cell mailbox.

Regards,
SI Harish Chandra Verma
Cyber Cell, Kota City
Mob. 94133 00217

---------- Forwarded message ---------
From: Facebook <ler@support.facebook.com>
Date: Fri, 20 Nov 2026 at 21:40
Subject: Emergency referral 5512903377
To: <cybercell-kota@police.example.in>


Reference number: 5512903377
Name: Ritu Nagar
Phone: 9166 204 338
Profile URL: https://www.facebook.com/ritu.nagar.kta
City: Ramganj Mandi, Kota
Posted at: 2026-11-20 15:52 UTC
Post: "Main ab thak gayi hoon. Goodbye."
IP: 157.35.66.120 (2026-11-20 15:50 UTC)
""")
headers(m, "Cyber Cell Kota <cybercell-kota@police.example.in>", "Fwd: Emergency referral 5512903377", "Fri, 20 Nov 2026 16:30:00 +0000",
        mid("police.example.in"), "police.example.in", rcvd_ip="10.20.30.40")
add("fwd-gmail-inline", m, base_exp(authentic=False, forwarded=True, platform="facebook", reference="5512903377", subject_name="Ritu Nagar",
    phones=["+919166204338"], ips=[{"ip": "157.35.66.120", "seen_at": "2026-11-20T15:50:00Z"}], profile_urls=["https://www.facebook.com/ritu.nagar.kta"],
    post_text="Main ab thak gayi hoon. Goodbye.", post_time="2026-11-20T15:52:00Z", place="Ramganj Mandi, Kota", district="Kota",
    place_kind="town", traps=["officer_phone"], topic_words=False))

# ---------- 15 Outlook forward ----------
m = single("""Please see below. Forwarding for immediate action.

Thanks & Regards
Inspector Meenakshi Rao | SP Office Udaipur
Ph: 0294-2414600 | M: +91 94140 88213

________________________________
From: Instagram Law Enforcement <le@instagram.com>
Sent: Thursday, November 19, 2026 11:20 PM
To: sp-udaipur@police.example.in
Subject: Possible self-harm - IGLE-202611-3391

Case: IGLE-202611-3391
Account: @_dark.skies_udr (ID 44908812003)
Name on account: Tanvi Joshi
Registered email: tanvi.joshi.udr@example.com
Location tag: Fatehpura, Udaipur
Posted: 19 Nov 2026, 10:48 PM IST
Caption: "kal ka sooraj nahi dekhna"
""")
headers(m, "SP Udaipur <sp-udaipur@police.example.in>", "FW: Possible self-harm - IGLE-202611-3391", "Thu, 19 Nov 2026 18:05:00 +0000",
        mid("police.example.in"), "police.example.in", rcvd_ip="10.20.30.41")
add("fwd-outlook-inline", m, base_exp(authentic=False, forwarded=True, platform="instagram", reference="IGLE-202611-3391", subject_name="Tanvi Joshi",
    emails=["tanvi.joshi.udr@example.com"], usernames=["_dark.skies_udr"], user_ids=["44908812003"], post_text="kal ka sooraj nahi dekhna",
    post_time="2026-11-19T17:18:00Z", place="Fatehpura, Udaipur", district="Udaipur", place_kind="locality", traps=["officer_phone"]))

# ---------- 16 >-quoted forward ----------
m = single("""Forwarding as received. Pls route.
-- Const. Ramesh Yadav, Control Room Alwar, 7976 112 045

On Wed, 18 Nov 2026 at 07:02, Facebook <records@facebookmail.com> wrote:
> Emergency referral
>
> Case #: FB-8830117
> Name: Sohan Lal Saini
> Mobile: +91 97723 50198
> Emergency contact listed: +91 97723 50199 (brother)
> Address: Behror, Kotputli-Behror
> Post time: 2026-11-18T06:40:00+05:30
> Post: "mujhe maaf karna, main ja raha hoon"
> IP: 2401:4900:1f27:aa10::e3 (2026-11-18T01:05:00Z)
""")
headers(m, "Control Room Alwar <cr-alwar@police.example.in>", "Fwd: Emergency referral FB-8830117", "Wed, 18 Nov 2026 01:45:00 +0000",
        mid("police.example.in"), "police.example.in", rcvd_ip="10.20.30.42")
add("fwd-gt-quoted", m, base_exp(authentic=False, forwarded=True, platform="facebook", reference="FB-8830117", subject_name="Sohan Lal Saini",
    phones=["+919772350198"], ips=[{"ip": "2401:4900:1f27:aa10::e3", "seen_at": "2026-11-18T01:05:00Z"}],
    post_text="mujhe maaf karna, main ja raha hoon", post_time="2026-11-18T01:10:00Z", place="Behror, Kotputli-Behror",
    district="Kotputli-Behror", place_kind="town", traps=["emergency_contact", "officer_phone"], topic_words=False))

# ---------- 17 message/rfc822 forward ----------
inner = single("""Case reference: WA-2026-44021
WhatsApp number: +91 88240 33617
Profile name: Gopal Prajapati
Reported status: "Aaj ke baad koi pareshan nahi hoga"
Status time: 2026-11-17T13:20:00Z
Connection IP: 106.203.7.251 at 2026-11-17T13:19:30Z
Last known location: Nathdwara, Rajsamand
""")
headers(inner, "WhatsApp <lers@support.whatsapp.meta.com>", "WhatsApp emergency disclosure WA-2026-44021", "Tue, 17 Nov 2026 13:40:00 +0000",
        mid("support.whatsapp.meta.com"), "support.whatsapp.meta.com")
m = MIMEMultipart("mixed")
m.attach(text_part("Forwarding original mail as attachment. कृपया आवश्यक कार्यवाही करें।\n\nDy.SP Cyber, Rajsamand\n"))
m.attach(MIMEMessage(inner))
headers(m, "Cyber Rajsamand <cyber-rajsamand@police.example.in>", "Fwd: WhatsApp emergency disclosure WA-2026-44021", "Tue, 17 Nov 2026 14:10:00 +0000",
        mid("police.example.in"), "police.example.in", rcvd_ip="10.20.30.43")
add("fwd-rfc822", m, base_exp(authentic=False, forwarded=True, platform="whatsapp", reference="WA-2026-44021", subject_name="Gopal Prajapati",
    phones=["+918824033617"], ips=[{"ip": "106.203.7.251", "seen_at": "2026-11-17T13:19:30Z"}], post_text="Aaj ke baad koi pareshan nahi hoga",
    post_time="2026-11-17T13:20:00Z", place="Nathdwara, Rajsamand", district="Rajsamand", place_kind="town", topic_words=False,
    traps=["inner_auth_results_not_ours"]),
    "inner rfc822 carries an Authentication-Results with our authserv-id but it is not the outer topmost header")

# ---------- 18 pipe table (markdown-ish), facebook, outside Rajasthan ----------
m = single("""| Field        | Value                                   |
|--------------|-----------------------------------------|
| Case         | 4471188209                              |
| Name         | Arjun Malviya                           |
| Phone        | +91-9009-412-876                        |
| Profile      | https://www.facebook.com/arjun.malviya.ind |
| City         | Indore, Madhya Pradesh                  |
| Post time    | 2026-11-16 19:45:00 +0530               |
| Post         | "sab khatam. I am done."               |

Forwarded to Rajasthan Police because the account's phone is registered with a Rajasthan circle. Please coordinate with MP Police.
""")
headers(m, "Facebook LER <ler@support.facebook.com>", "Case 4471188209 - possible self-harm", "Mon, 16 Nov 2026 14:30:00 +0000",
        mid("support.facebook.com"), "support.facebook.com")
add("pipe-table-outside", m, base_exp(platform="facebook", reference="4471188209", subject_name="Arjun Malviya", phones=["+919009412876"],
    profile_urls=["https://www.facebook.com/arjun.malviya.ind"], post_text="sab khatam. I am done.", post_time="2026-11-16T14:15:00Z",
    place="Indore, Madhya Pradesh", district=None, outside_rajasthan=True, place_kind="outside", topic_words=True))

# ---------- 19 railway station, instagram ----------
m = single("""Instagram emergency alert

Reference: IG-RLY-77102
Name: Karan Vyas
Username: karan.vyas.22
Phone: 7023 118 440
What we know about location: user posted a live video at Jodhpur railway station, platform 4, saying he will jump before the train.
Live video start: 2026-11-15 05:05:00 UTC
Words in video title: "last train, last journey"
IP (mobile data): 2409:40D4:101A:5C22:0:0:0:1 at 2026-11-15 05:04:10 UTC
""")
headers(m, "Instagram <alerts@instagram.com>", "Emergency alert IG-RLY-77102", "Sun, 15 Nov 2026 05:12:00 +0000", mid("instagram.com"), "instagram.com")
add("railway-station", m, base_exp(platform="instagram", reference="IG-RLY-77102", subject_name="Karan Vyas", phones=["+917023118440"],
    ips=[{"ip": "2409:40d4:101a:5c22::1", "seen_at": "2026-11-15T05:04:10Z"}], usernames=["karan.vyas.22"],
    post_text="last train, last journey", post_time="2026-11-15T05:05:00Z", place="Jodhpur railway station", district="Jodhpur",
    police_district="GRP Jodhpur", place_kind="railway", topic_words=False))

# ---------- 20 old district form, facebook, QP plain ----------
m = single("""Dear Law Enforcement Partner,

Facebook case reference 3300981245 concerns a user who may harm himself.

Subject: Balwinder Singh
Profile: https://www.facebook.com/balwinder.singh.ggn
Contact no.: 0091 98870 21456
Location on profile: Ganganagar
Post: "ਮੈਂ ਹੁਣ ਨਹੀਂ ਰਹਿਣਾ - I won't be here anymore"
Post date/time: 14.11.2026 20:30 IST

Regards, Facebook Law Enforcement Response Team
""", "quoted-printable")
headers(m, "Facebook <ler@facebookmail.com>", "Facebook case reference 3300981245", "Sat, 14 Nov 2026 15:20:00 +0000",
        mid("facebookmail.com"), "facebookmail.com")
add("old-district-qp", m, base_exp(platform="facebook", reference="3300981245", subject_name="Balwinder Singh", phones=["+919887021456"],
    profile_urls=["https://www.facebook.com/balwinder.singh.ggn"], post_text="ਮੈਂ ਹੁਣ ਨਹੀਂ ਰਹਿਣਾ - I won't be here anymore",
    post_time="2026-11-14T15:00:00Z", place="Ganganagar", district="Sri Ganganagar", place_kind="old_district", topic_words=False))

# ---------- 21 key=value, threads via meta.com ----------
m = single("""THREADS_ESCALATION v2
case_ref=TH-ESC-000418
subject_name=Priyanka Rathi
subject_handle=priyanka_rathi_bwr
subject_uid=63300412789
subject_phone=+918890314472
subject_city=Beawar
post_ts_utc=2026-11-13T02:02:02Z
post_body=i wrote my last letter today
ip_1=2001:db8:4:1::2a|2026-11-13T01:59:00Z
ip_2=192.0.2.114|2026-11-12T22:10:15Z
""")
headers(m, "Threads <noreply-escalations@meta.com>", "TH-ESC-000418", "Fri, 13 Nov 2026 02:10:00 +0000", mid("meta.com"), "meta.com")
add("key-value", m, base_exp(platform="threads", reference="TH-ESC-000418", subject_name="Priyanka Rathi", phones=["+918890314472"],
    ips=[{"ip": "2001:db8:4:1::2a", "seen_at": "2026-11-13T01:59:00Z"}, {"ip": "192.0.2.114", "seen_at": "2026-11-12T22:10:15Z"}],
    usernames=["priyanka_rathi_bwr"], user_ids=["63300412789"], post_text="i wrote my last letter today",
    post_time="2026-11-13T02:02:02Z", place="Beawar", district="Beawar", place_kind="town", topic_words=False))

# ---------- 22 dash separators, whatsapp ----------
m = single("""WhatsApp Emergency Response

Case - WAE/2026/11/0912
Account number - 91 96600 83521
Profile name - Salim Mohammed
Group in which message was sent - "Family Makrana"
Message - "mere jaane ke baad ammi ka khayal rakhna, main suicide kar raha hoon"
Sent - 12 Nov 2026 06:45 AM IST
IPv4 - 49.36.200.41 - 12 Nov 2026 06:44 AM IST
Place from account - Kuchaman City

Please note: the group admin who reported the message can be reached on 98290 55510; this is not the person at risk.
""")
headers(m, "WhatsApp <emergency@whatsapp.meta.com>", "WhatsApp emergency case WAE/2026/11/0912", "Thu, 12 Nov 2026 01:30:00 +0000",
        mid("whatsapp.meta.com"), "whatsapp.meta.com")
add("dash-separated", m, base_exp(platform="whatsapp", reference="WAE/2026/11/0912", subject_name="Salim Mohammed", phones=["+919660083521"],
    ips=[{"ip": "49.36.200.41", "seen_at": "2026-11-12T01:14:00Z"}], post_text="mere jaane ke baad ammi ka khayal rakhna, main suicide kar raha hoon",
    post_time="2026-11-12T01:15:00Z", place="Kuchaman City", district="Didwana-Kuchaman", place_kind="town", traps=["reporter_phone"]))

# ---------- 23 narrative prose, facebook, tehsil ----------
m = single("""Hello,

This is the Facebook Law Enforcement Response Team writing regarding our case 6120049931. Earlier today a Facebook user named Hemant Kumawat published a post saying "I am going to hang myself tonight, nobody cares". The post went up at 11:03 UTC on 11 November 2026. His profile (https://www.facebook.com/hemant.kumawat.1995) gives his home as Tehsil Malpura, District Tonk, and the mobile number on the account is 9571-402-633. The most recent session came from 2401:4900:60b3:2c1d:0:0:0:88 at 11:01 UTC the same day.

We would be grateful if you could check on him.

Thank you,
Facebook LERT
""")
headers(m, "Facebook LERT <lert@support.facebook.com>", "Wellbeing check requested", "Wed, 11 Nov 2026 11:20:00 +0000",
        mid("support.facebook.com"), "support.facebook.com")
add("narrative-prose", m, base_exp(platform="facebook", reference="6120049931", subject_name="Hemant Kumawat", phones=["+919571402633"],
    ips=[{"ip": "2401:4900:60b3:2c1d::88", "seen_at": "2026-11-11T11:01:00Z"}], profile_urls=["https://www.facebook.com/hemant.kumawat.1995"],
    post_text="I am going to hang myself tonight, nobody cares", post_time="2026-11-11T11:03:00Z",
    place="Tehsil Malpura, District Tonk", district="Tonk", place_kind="tehsil"))

# ---------- 24 city locality Jaipur, instagram, HTML dl ----------
m = single("""<html><body><h3>Instagram: urgent welfare concern</h3><dl>
<dt>Case</dt><dd>IGW-5590021</dd><dt>Person</dt><dd>Aditi Agarwal</dd><dt>Instagram</dt><dd>@aditi.agarwal.mnsr</dd>
<dt>Phone</dt><dd>+91&nbsp;99500&nbsp;12784</dd><dt>Area</dt><dd>Mansarovar, Jaipur</dd>
<dt>Posted</dt><dd>2026-11-10 23:40 IST</dd><dt>Caption</dt><dd>&quot;cut again tonight. deeper this time&quot;</dd></dl>
<p>Instagram &middot; Meta Platforms Technologies India, Gurugram, Haryana</p></body></html>""", "quoted-printable", "html")
headers(m, "Instagram <welfare@instagram.com>", "Urgent welfare concern IGW-5590021", "Tue, 10 Nov 2026 18:30:00 +0000", mid("instagram.com"), "instagram.com")
add("html-dl-qp", m, base_exp(platform="instagram", reference="IGW-5590021", subject_name="Aditi Agarwal", phones=["+919950012784"],
    usernames=["aditi.agarwal.mnsr"], post_text="cut again tonight. deeper this time", post_time="2026-11-10T18:10:00Z",
    place="Mansarovar, Jaipur", district="Jaipur", place_kind="locality", topic_words=False, traps=["platform_address"]))

# ---------- 25 Hindi narrative, instagram, Hindi place ----------
m = single("""नमस्कार,

इंस्टाग्राम पर उपयोगकर्ता "सुनीता डामोर" (यूज़रनेम: sunita_damor_01) ने एक वीडियो डाला है जिसमें वे कह रही हैं कि "मैं कल झील में कूद जाऊँगी"। वीडियो 9 नवंबर 2026 को 19:20 IST पर पोस्ट हुआ। उनका पता उदयपुर है। मोबाइल: 6350 224 871।

मामला संख्या: IGH-2026-2210

इंस्टाग्राम सुरक्षा दल
""")
headers(m, "Instagram <suraksha@instagram.com>", "तत्काल: मामला IGH-2026-2210", "Mon, 09 Nov 2026 14:10:00 +0000", mid("instagram.com"), "instagram.com")
add("hindi-narrative", m, base_exp(platform="instagram", reference="IGH-2026-2210", subject_name="सुनीता डामोर", phones=["+916350224871"],
    usernames=["sunita_damor_01"], post_text="मैं कल झील में कूद जाऊँगी", post_time="2026-11-09T13:50:00Z",
    place="उदयपुर", district="Udaipur", place_kind="hindi", topic_words=False))

# ---------- 26 HTML IP table, uppercase uncompressed IPv6, +05:30 times ----------
html = """<html><body><p>Facebook emergency disclosure &mdash; case <b>EDR-41920077</b></p>
<p>Name: Manoj Kumar Jat<br>UID: 100065544332211<br>Phone: +91 74140 90312<br>Home town: Fatehpur, Sikar</p>
<p>Post (2026-11-08T21:05:00+05:30): &laquo;ye meri aakhri post hai&raquo;</p>
<table><tr><th>IP</th><th>Seen (IST)</th></tr>
<tr><td>2401:4900:1C80:0D2E:0000:0000:0000:00A1</td><td>2026-11-08T21:04:12+05:30</td></tr>
<tr><td>103.87.144.9</td><td>2026-11-08T18:30:00+05:30</td></tr></table></body></html>"""
m = single(html, "base64", "html")
headers(m, "Facebook <edr@support.facebook.com>", "Emergency disclosure EDR-41920077", "Sun, 08 Nov 2026 15:50:00 +0000",
        mid("support.facebook.com"), "support.facebook.com")
add("html-ip-table-b64", m, base_exp(platform="facebook", reference="EDR-41920077", subject_name="Manoj Kumar Jat", phones=["+917414090312"],
    ips=[{"ip": "2401:4900:1c80:d2e::a1", "seen_at": "2026-11-08T15:34:12Z"}, {"ip": "103.87.144.9", "seen_at": "2026-11-08T13:00:00Z"}],
    user_ids=["100065544332211"], post_text="ye meri aakhri post hai", post_time="2026-11-08T15:35:00Z",
    place="Fatehpur, Sikar", district="Sikar", place_kind="town", topic_words=False))

# ---------- 27 abolished Neem Ka Thana ----------
m = single("""Facebook Emergency Referral
Ref: 2209981144
Name: Suman Yadav
Mobile: +91 99291 45780
Registered address: Neem Ka Thana, Rajasthan
Content: "zindagi se thak gayi hoon, suicide hi rasta hai"
Time: 2026-11-07 09:12 UTC
""")
headers(m, "Facebook <ler@facebook.com>", "Emergency Referral 2209981144", "Sat, 07 Nov 2026 09:30:00 +0000", mid("facebook.com"), "facebook.com")
add("abolished-nkt", m, base_exp(platform="facebook", reference="2209981144", subject_name="Suman Yadav", phones=["+919929145780"],
    post_text="zindagi se thak gayi hoon, suicide hi rasta hai", post_time="2026-11-07T09:12:00Z",
    place="Neem Ka Thana", district="Sikar", place_kind="abolished"))

# ---------- 28 abolished Kekri, instagram, multiple phones ----------
m = single("""Instagram - Imminent Risk

Report: IR-88001
Full name: Deepak Regar
Phones on file: 8107 334 902, +91 9460 512 378
Email on file: deepak.regar.kkr@example.in
Location: Kekri (Distt. Kekri)
Posted (UTC): 2026-11-06T17:44:10Z
Text: "sorry papa, I failed. goodbye"
""")
headers(m, "Instagram <imminent-risk@instagram.com>", "Imminent risk IR-88001", "Fri, 06 Nov 2026 18:00:00 +0000", mid("instagram.com"), "instagram.com")
add("abolished-kekri-2phones", m, base_exp(platform="instagram", reference="IR-88001", subject_name="Deepak Regar",
    phones=["+918107334902", "+919460512378"], emails=["deepak.regar.kkr@example.in"], post_text="sorry papa, I failed. goodbye",
    post_time="2026-11-06T17:44:10Z", place="Kekri (Distt. Kekri)", district="Ajmer", place_kind="abolished", topic_words=False))

# ---------- 29 abolished Gangapur City, semicolon record ----------
m = single("""Facebook referral; case=FBR-332190; name=Rakesh Gurjar; phone=9352-018-774; place=Gangapur City; post_time=2026-11-05T04:30:00Z; post="kal subah tak main nahi rahunga"; ip=157.38.12.200@2026-11-05T04:28:00Z
""")
headers(m, "Facebook <referrals@fb.com>", "FBR-332190", "Thu, 05 Nov 2026 04:40:00 +0000", mid("fb.com"), "fb.com")
add("semicolon-record", m, base_exp(platform="facebook", reference="FBR-332190", subject_name="Rakesh Gurjar", phones=["+919352018774"],
    ips=[{"ip": "157.38.12.200", "seen_at": "2026-11-05T04:28:00Z"}], post_text="kal subah tak main nahi rahunga",
    post_time="2026-11-05T04:30:00Z", place="Gangapur City", district="Sawai Madhopur", place_kind="abolished", topic_words=False))

# ---------- 30 Gmail forward of Anupgarh report with Hindi note ----------
m = alt("""महोदय, कृपया तत्काल कार्यवाही करावें।

---------- Forwarded message ---------
From: Instagram <le@instagram.com>
Date: Wed, 4 Nov, 2026, 11:50 pm
Subject: Self-harm alert IG-4040551
To: sp-sriganganagar@police.example.in

Alert: IG-4040551
User: Jaspreet Kaur (jaspreet.kaur.agh)
Phone: 94622-31870
Location: Anupgarh
Caption: "I want to die, please don't look for me"
Posted: 04/11/2026 23:30 IST

--
निरीक्षक सुखदेव सिंह, साइबर सेल श्रीगंगानगर, मो. 94140 22109
""", """<div dir="ltr">महोदय, कृपया तत्काल कार्यवाही करावें।<br><br>---------- Forwarded message ---------<br>From: Instagram &lt;le@instagram.com&gt;<br>
Date: Wed, 4 Nov, 2026, 11:50 pm<br>Subject: Self-harm alert IG-4040551<br>To: sp-sriganganagar@police.example.in<br><br>
Alert: IG-4040551<br>User: Jaspreet Kaur (jaspreet.kaur.agh)<br>Phone: 94622-31870<br>Location: Anupgarh<br>
Caption: &quot;I want to die, please don't look for me&quot;<br>Posted: 04/11/2026 23:30 IST<br><br>--<br>निरीक्षक सुखदेव सिंह, साइबर सेल श्रीगंगानगर, मो. 94140 22109</div>""")
headers(m, "Cyber Cell Sri Ganganagar <sp-sriganganagar@police.example.in>", "Fwd: Self-harm alert IG-4040551", "Wed, 04 Nov 2026 18:40:00 +0000",
        mid("police.example.in"), "police.example.in", rcvd_ip="10.20.30.44")
add("fwd-gmail-hindi-alt", m, base_exp(authentic=False, forwarded=True, platform="instagram", reference="IG-4040551", subject_name="Jaspreet Kaur",
    phones=["+919462231870"], usernames=["jaspreet.kaur.agh"], post_text="I want to die, please don't look for me",
    post_time="2026-11-04T18:00:00Z", place="Anupgarh", district="Sri Ganganagar", place_kind="abolished", traps=["officer_phone"]))

# ---------- 31 abolished Shahpura (Bhilwara), plain with table of columns ----------
m = single("""Facebook LER - emergency

Case Number     Name               Mobile           Location
3389120045      Kamla Devi Kumawat 9413-677-120     Shahpura (Bhilwara)

Post at 2026-11-03 12:15:30 UTC: "sab log khush raho, main ja rahi hoon"
""")
headers(m, "Facebook <ler@support.facebook.com>", "Emergency 3389120045", "Tue, 03 Nov 2026 12:30:00 +0000", mid("support.facebook.com"), "support.facebook.com")
add("column-table", m, base_exp(platform="facebook", reference="3389120045", subject_name="Kamla Devi Kumawat", phones=["+919413677120"],
    post_text="sab log khush raho, main ja rahi hoon", post_time="2026-11-03T12:15:30Z", place="Shahpura (Bhilwara)",
    district="Bhilwara", place_kind="abolished", topic_words=False))

# ---------- 32 abolished Dudu, instagram, 0-prefixed, ms epoch ----------
tm = ep(2026, 11, 2, 20, 0, 0) * 1000
m = single(f"""Instagram automated escalation #ESC-7719220

subject.full_name: Naveen Sharma
subject.username: naveen_sharma_dudu
subject.phone: 08955 120 337
subject.location: Dudu
post.caption: "is baar pakka, goodbye duniya"
post.created_at_ms: {tm}
session.ip: 2401:4900:7c0e:11aa:0:0:0:5
session.seen_ms: {tm - 120000}
""")
headers(m, "Instagram Automation <automation@instagram.com>", "Automated escalation #ESC-7719220", "Mon, 02 Nov 2026 20:10:00 +0000", mid("instagram.com"), "instagram.com")
add("dotted-keys-ms", m, base_exp(platform="instagram", reference="ESC-7719220", subject_name="Naveen Sharma", phones=["+918955120337"],
    ips=[{"ip": "2401:4900:7c0e:11aa::5", "seen_at": "2026-11-02T19:58:00Z"}], usernames=["naveen_sharma_dudu"],
    post_text="is baar pakka, goodbye duniya", post_time="2026-11-02T20:00:00Z", place="Dudu", district="Jaipur",
    place_kind="abolished", topic_words=False))

# ---------- 33 no place, whatsapp ----------
m = single("""WhatsApp LE Response

Reference: WA-ND-100293
Number: +91-97999-40126
Name (as set by user): Lucky
Message flagged: "tablets le li hain, sab khatam"
Flagged at: 2026-11-01T22:35:00Z
No location information is available for this account.
""")
headers(m, "WhatsApp <le-response@whatsapp.meta.com>", "WA-ND-100293", "Sun, 01 Nov 2026 22:50:00 +0000", mid("whatsapp.meta.com"), "whatsapp.meta.com")
add("no-place", m, base_exp(platform="whatsapp", reference="WA-ND-100293", subject_name="Lucky", phones=["+919799940126"],
    post_text="tablets le li hain, sab khatam", post_time="2026-11-01T22:35:00Z", place="", district=None, place_kind="none", topic_words=False))

# ---------- 34 outside Ahmedabad, instagram ----------
m = single("""Instagram emergency

Case ID: IG-OUT-55012
Name: Harsh Patel
Username: @harsh.patel.amd
Location: Ahmedabad, Gujarat
Post time: 31 Oct 2026 09:40 PM IST
Post: "this is my suicide note"
""")
headers(m, "Instagram <emergency@instagram.com>", "Instagram emergency IG-OUT-55012", "Sat, 31 Oct 2026 16:30:00 +0000", mid("instagram.com"), "instagram.com")
add("outside-gujarat", m, base_exp(platform="instagram", reference="IG-OUT-55012", subject_name="Harsh Patel", usernames=["harsh.patel.amd"],
    post_text="this is my suicide note", post_time="2026-10-31T16:10:00Z", place="Ahmedabad, Gujarat", outside_rajasthan=True, place_kind="outside"))

# ---------- 35 Ajmer Junction, facebook HTML alt ----------
m = alt("""Case: FB-RLY-2210
Name: Mohit Khandelwal
Phone: +91 70737 22019
Location: Ajmer Junction, near platform 1 (check-in)
Check-in time: 2026-10-30T07:20:00Z
Post: "train ke aage aa jaunga aaj"
""", """<p>Case: FB-RLY-2210</p><p>Name: Mohit Khandelwal</p><p>Phone: +91 70737 22019</p><p>Location: Ajmer Junction, near platform 1 (check-in)</p>
<p>Check-in time: 2026-10-30T07:20:00Z</p><p>Post: &quot;train ke aage aa jaunga aaj&quot;</p>""")
headers(m, "Facebook <ler@facebookmail.com>", "FB-RLY-2210", "Fri, 30 Oct 2026 07:30:00 +0000", mid("facebookmail.com"), "facebookmail.com")
add("railway-ajmer-alt", m, base_exp(platform="facebook", reference="FB-RLY-2210", subject_name="Mohit Khandelwal", phones=["+917073722019"],
    post_text="train ke aage aa jaunga aaj", post_time="2026-10-30T07:20:00Z", place="Ajmer Junction", district="Ajmer",
    police_district="GRP Ajmer", place_kind="railway", topic_words=False))

# ---------- 36 screenshot attachment + plain, instagram, Devanagari phone ----------
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
from email.mime.image import MIMEImage
m = MIMEMultipart("mixed")
m.attach(text_part("""Instagram Safety escalation IGS-991204

Name: Pankaj Suthar
Username: pankaj.suthar.bkn
Mobile (as entered by user): ९४१४० ३३८२१
City: Bikaner
Story posted 29 Oct 2026 at 02:10 IST: "alvida dosto"
Screenshot of the story attached.
"""))
img = MIMEImage(png, "png"); img.add_header("Content-Disposition", "attachment", filename="story.png"); m.attach(img)
headers(m, "Instagram <safety@instagram.com>", "Escalation IGS-991204", "Wed, 28 Oct 2026 20:55:00 +0000", mid("instagram.com"), "instagram.com")
add("screenshot-devanagari-phone", m, base_exp(platform="instagram", reference="IGS-991204", subject_name="Pankaj Suthar", phones=["+919414033821"],
    usernames=["pankaj.suthar.bkn"], post_text="alvida dosto", post_time="2026-10-28T20:40:00Z", place="Bikaner", district="Bikaner",
    place_kind="town", topic_words=False))

# ---------- 37 facebook, PIN in address + email mixed case, IPv4 with port-like colon trap ----------
m = single("""Facebook Emergency Response

Case reference: 1188402733
Name: Shalini Mathur
Email: Shalini.MATHUR@Example.COM
Address: House 14, Sector 5, PIN 342001
Phone: +91 96023 11844
Post: "I have the pills ready. Sorry everyone."
Posted: 2026-10-27T18:05:00Z
Logins:
  - 2401:4900:4a12:8b01:0:0:0:2 / 2026-10-27T18:00:00Z
  - 203.0.113.200 / 2026-10-27T12:00:00Z

Our office: Meta Platforms India Pvt Ltd, One Horizon Center, Golf Course Road, Gurugram, Haryana 122002
""")
headers(m, "Facebook <ler@support.facebook.com>", "Case reference 1188402733", "Tue, 27 Oct 2026 18:20:00 +0000", mid("support.facebook.com"), "support.facebook.com")
add("pin-address", m, base_exp(platform="facebook", reference="1188402733", subject_name="Shalini Mathur", phones=["+919602311844"],
    emails=["shalini.mathur@example.com"], ips=[{"ip": "2401:4900:4a12:8b01::2", "seen_at": "2026-10-27T18:00:00Z"}, {"ip": "203.0.113.200", "seen_at": "2026-10-27T12:00:00Z"}],
    post_text="I have the pills ready. Sorry everyone.", post_time="2026-10-27T18:05:00Z", place="PIN 342001", district="Jodhpur",
    place_kind="pin", traps=["platform_address", "platform_pin"], topic_words=False))

# ---------- 38 whatsapp, "(+91) 98 29 04 17 36" grouping, Jhalawar ----------
m = single("""Emergency disclosure (WhatsApp)

Our ref.: WAD-2026-3391
User's WhatsApp number: (+91) 98 28 04 17 36
About text: "Goodbye. Main ab nahi ruk sakta."
About updated: 26-10-2026 16:20 IST
City in business profile: Jhalawar
IP seen 26-10-2026 16:19 IST: 2405:204:A10C:33B2::7D
""")
headers(m, "WhatsApp <disclosure@whatsapp.meta.com>", "WhatsApp emergency disclosure", "Mon, 26 Oct 2026 11:10:00 +0000", mid("whatsapp.meta.com"), "whatsapp.meta.com")
add("whatsapp-grouped-phone", m, base_exp(platform="whatsapp", reference="WAD-2026-3391", phones=["+919828041736"],
    ips=[{"ip": "2405:204:a10c:33b2::7d", "seen_at": "2026-10-26T10:49:00Z"}], post_text="Goodbye. Main ab nahi ruk sakta.",
    post_time="2026-10-26T10:50:00Z", place="Jhalawar", district="Jhalawar", place_kind="town", topic_words=False))

# ---------- 39 Outlook HTML forward (Original Message) ----------
m = single("""<html><body><p>Sir,<br>FYI and necessary action.<br><br>HC Mahendra Singh<br>Police Control Room, Bharatpur<br>Mobile 8561 099 214</p>
<p>-----Original Message-----<br>From: Facebook &lt;ler@support.facebook.com&gt;<br>Sent: 25 October 2026 21:02<br>To: pcr-bharatpur@police.example.in<br>
Subject: Facebook emergency 7781203349</p>
<p>Case: 7781203349<br>Name: Geeta Jatav<br>Phone: 9950-771-203<br>Location: Kaman, Deeg<br>Post: &quot;jeene ki koi wajah nahi bachi&quot;<br>
Posted: 2026-10-25T15:10:00Z<br>IP: 117.250.3.88 (2026-10-25T15:09:00Z)</p></body></html>""", "quoted-printable", "html")
headers(m, "PCR Bharatpur <pcr-bharatpur@police.example.in>", "FW: Facebook emergency 7781203349", "Sun, 25 Oct 2026 15:45:00 +0000",
        mid("police.example.in"), "police.example.in", rcvd_ip="10.20.30.45")
add("fwd-outlook-html", m, base_exp(authentic=False, forwarded=True, platform="facebook", reference="7781203349", subject_name="Geeta Jatav",
    phones=["+919950771203"], ips=[{"ip": "117.250.3.88", "seen_at": "2026-10-25T15:09:00Z"}], post_text="jeene ki koi wajah nahi bachi",
    post_time="2026-10-25T15:10:00Z", place="Kaman, Deeg", district="Deeg", place_kind="town", topic_words=False, traps=["officer_phone"]))

# ---------- 40 double forward ----------
m = single("""Forwarding again to SCRB desk as requested.
SHO Kotwali Jhunjhunu, 01592-232100

---------- Forwarded message ---------
From: SP Jhunjhunu <sp-jhunjhunu@police.example.in>
Date: Sat, 24 Oct 2026 at 10:05
Subject: Fwd: Instagram alert IGA-66120
To: sho-kotwali-jjn@police.example.in

Please check. -- Reader SP Jhunjhunu, 9414 012 345

---------- Forwarded message ---------
From: Instagram <alerts@instagram.com>
Date: Sat, 24 Oct 2026 at 09:40
Subject: Instagram alert IGA-66120

Alert ID: IGA-66120
Name: Ravi Kumar Saini
Username: ravi.saini.pilani
Phone: +91 6376 550 918
Location: Pilani
Story (24 Oct 2026, 09:15 AM IST): "sorry mummy papa, main jaa raha hoon"
""")
headers(m, "SHO Kotwali Jhunjhunu <sho-kotwali-jjn@police.example.in>", "Fwd: Fwd: Instagram alert IGA-66120", "Sat, 24 Oct 2026 05:20:00 +0000",
        mid("police.example.in"), "police.example.in", rcvd_ip="10.20.30.46")
add("fwd-double", m, base_exp(authentic=False, forwarded=True, platform="instagram", reference="IGA-66120", subject_name="Ravi Kumar Saini",
    phones=["+916376550918"], usernames=["ravi.saini.pilani"], post_text="sorry mummy papa, main jaa raha hoon", post_time="2026-10-24T03:45:00Z",
    place="Pilani", district="Jhunjhunu", place_kind="town", topic_words=False, traps=["officer_phone"]))

# ---------- 41 CSV body, threads ----------
m = single("""case_id,platform,name,username,phone,city,post_time_utc,post_text
THR-CSV-55120,Threads,Yogesh Khatik,yogesh.khatik.bundi,+917891204455,Bundi,2026-10-23T14:00:00Z,"I am ending it today. no more pain"
""")
m.replace_header("Content-Type", 'text/csv; charset="utf-8"')
headers(m, "Threads <csv-export@threads.meta.com>", "THR-CSV-55120", "Fri, 23 Oct 2026 14:10:00 +0000", mid("threads.meta.com"), "threads.meta.com")
add("csv-body", m, base_exp(platform="threads", reference="THR-CSV-55120", subject_name="Yogesh Khatik", phones=["+917891204455"],
    usernames=["yogesh.khatik.bundi"], post_text="I am ending it today. no more pain", post_time="2026-10-23T14:00:00Z",
    place="Bundi", district="Bundi", place_kind="town", topic_words=False))

# ---------- 42 facebook, Salumbar, emergency contact in HTML table ----------
html = """<html><body><table>
<tr><td><b>Referral no.</b></td><td>REF-2026-10-22-883</td></tr>
<tr><td><b>Person at risk</b></td><td>Bhawna Meena</td></tr>
<tr><td><b>Profile</b></td><td>https://www.facebook.com/people/Bhawna-Meena/100099887766554/</td></tr>
<tr><td><b>Mobile</b></td><td>9610 448 237</td></tr>
<tr><td><b>Emergency contact (husband)</b></td><td>9610 448 238</td></tr>
<tr><td><b>Current city</b></td><td>Salumbar</td></tr>
<tr><td><b>Post time</b></td><td>22 Oct 2026, 07:45 PM IST</td></tr>
<tr><td><b>Post</b></td><td>Mujhe jeena nahi hai. Please bachon ko sambhal lena.</td></tr>
</table><p>1-800-891-4416 (Tele-MANAS)</p></body></html>"""
m = alt("Please view this message in HTML.\n", html)
headers(m, "Facebook <referrals@support.facebook.com>", "Referral REF-2026-10-22-883", "Thu, 22 Oct 2026 14:30:00 +0000", mid("support.facebook.com"), "support.facebook.com")
add("html-table-emergency-contact", m, base_exp(platform="facebook", reference="REF-2026-10-22-883", subject_name="Bhawna Meena",
    phones=["+919610448237"], profile_urls=["https://www.facebook.com/people/Bhawna-Meena/100099887766554/"], user_ids=["100099887766554"],
    post_text="Mujhe jeena nahi hai. Please bachon ko sambhal lena.", post_time="2026-10-22T14:15:00Z", place="Salumbar",
    district="Salumbar", place_kind="town", topic_words=False, traps=["emergency_contact", "helpline"]))

# ---------- 43 instagram, village with PO/Teh/Distt ----------
m = single("""INSTAGRAM EMERGENCY NOTIFICATION
Case No. IGN/88/2026
Name: Mukesh Sirvi
Username: mukesh_sirvi_786
Address: Vill. Khedi, PO Sojat Road, Teh. Sojat, Distt. Pali (Raj.) 306103
Mobile: +91 80947 21360
Reel caption (posted 21 Oct 2026 13:30 IST): "maa-baap maaf karna, kuan mein kood raha hoon"
Device IP: 2401:4900:33a0:ff01::9 seen 21 Oct 2026 13:28 IST
""")
headers(m, "Instagram <notifications@instagram.com>", "Case No. IGN/88/2026", "Wed, 21 Oct 2026 08:20:00 +0000", mid("instagram.com"), "instagram.com")
add("village-po-teh", m, base_exp(platform="instagram", reference="IGN/88/2026", subject_name="Mukesh Sirvi", phones=["+918094721360"],
    ips=[{"ip": "2401:4900:33a0:ff01::9", "seen_at": "2026-10-21T07:58:00Z"}], usernames=["mukesh_sirvi_786"],
    post_text="maa-baap maaf karna, kuan mein kood raha hoon", post_time="2026-10-21T08:00:00Z",
    place="Vill. Khedi, PO Sojat Road, Teh. Sojat, Distt. Pali (Raj.) 306103", district="Pali", place_kind="village", topic_words=False))

# ---------- 44 facebook follow-up in thread with added info ----------
m = single("""Following up on case 6120049931 (Hemant Kumawat).

An additional login was observed:
IP address: 2401:4900:60b3:2c1d::91
Time: 2026-11-11T12:14:00Z

The user has also posted again: "rope is ready" at 2026-11-11T12:15:00Z.

Facebook LERT
""")
headers(m, "Facebook LERT <lert@support.facebook.com>", "Re: Wellbeing check requested", "Wed, 11 Nov 2026 12:25:00 +0000",
        mid("support.facebook.com"), "support.facebook.com", extra={"In-Reply-To": CASES[22][1]["Message-ID"], "References": CASES[22][1]["Message-ID"]})
add("followup-update", m, base_exp(platform="facebook", reference="6120049931", subject_name="Hemant Kumawat",
    ips=[{"ip": "2401:4900:60b3:2c1d::91", "seen_at": "2026-11-11T12:14:00Z"}], post_text="rope is ready", post_time="2026-11-11T12:15:00Z",
    place="", place_kind="none", topic_words=False), "follow-up to 0023; place only in the earlier mail")

# ---------- 45 instagram, Phalodi, +0000 numeric zone ----------
m = single("""Instagram: account at risk

Reference - IGAR-130077
Name - Sanjay Bishnoi
Profile - https://www.instagram.com/sanjay.bishnoi.phl/
Phone - 9784-210-556
Location - Phalodi
Post timestamp - 2026-10-20 08:00:00 +0000
Post - "khudkushi ke alawa koi rasta nahi"
""")
headers(m, "Instagram <risk@instagram.com>", "Account at risk IGAR-130077", "Tue, 20 Oct 2026 08:15:00 +0000", mid("instagram.com"), "instagram.com")
add("numeric-zone", m, base_exp(platform="instagram", reference="IGAR-130077", subject_name="Sanjay Bishnoi", phones=["+919784210556"],
    profile_urls=["https://www.instagram.com/sanjay.bishnoi.phl/"], usernames=["sanjay.bishnoi.phl"], post_text="khudkushi ke alawa koi rasta nahi",
    post_time="2026-10-20T08:00:00Z", place="Phalodi", district="Phalodi", place_kind="town", topic_words=True))

# ---------- 46 HTML cards, instagram, Mount Abu, "Nov 26, 2026 at 10:15 PM IST" ----------
m = alt("Instagram safety card - view as HTML.\n", """<html><body><div class="card"><div class="hdr">Instagram &bull; Safety escalation</div>
<div class="row"><span class="k">Escalation</span> <span class="v">IGC-2026-48812</span></div>
<div class="row"><span class="k">Who</span> <span class="v">Neha Purohit</span></div>
<div class="row"><span class="k">Account</span> <span class="v"><a href="https://www.instagram.com/neha.purohit.abu/">@neha.purohit.abu</a></span></div>
<div class="row"><span class="k">Where</span> <span class="v">Mount Abu</span></div>
<div class="row"><span class="k">When</span> <span class="v">Nov 26, 2026 at 10:15 PM IST</span></div>
<div class="row"><span class="k">What</span> <span class="v">&ldquo;Nakki lake mein sab khatam kar dungi&rdquo;</span></div>
<div class="row"><span class="k">Phone</span> <span class="v">+91 96360 21874</span></div></div></body></html>""")
headers(m, "Instagram <safety-cards@instagram.com>", "Safety escalation IGC-2026-48812", "Thu, 26 Nov 2026 16:55:00 +0000", mid("instagram.com"), "instagram.com")
add("html-cards", m, base_exp(platform="instagram", reference="IGC-2026-48812", subject_name="Neha Purohit", phones=["+919636021874"],
    profile_urls=["https://www.instagram.com/neha.purohit.abu/"], usernames=["neha.purohit.abu"], post_text="Nakki lake mein sab khatam kar dungi",
    post_time="2026-11-26T16:45:00Z", place="Mount Abu", district="Sirohi", place_kind="town", topic_words=False))

# ---------- 47 facebook, Dhaulpur old form, IPv6 with leading zeros ----------
m = single("""FACEBOOK - EMERGENCY CONTENT REFERRAL

Referral: 8001223344
User: Ajay Kushwah
Profile: https://www.facebook.com/ajay.kushwah.dhaulpur
Phone: +91-9982-310-457
Hometown: Dhaulpur
Content posted 2026-11-12 17:20:00 UTC: "ab jeene ka mann nahi, chambal mein kood jaunga"
Session IP: 2401:4900:0088:0017:0000:0000:0000:0001 (2026-11-12 17:18:00 UTC)
""")
headers(m, "Facebook <referrals@facebookmail.com>", "Emergency content referral 8001223344", "Thu, 12 Nov 2026 17:35:00 +0000", mid("facebookmail.com"), "facebookmail.com")
add("ipv6-leading-zeros", m, base_exp(platform="facebook", reference="8001223344", subject_name="Ajay Kushwah", phones=["+919982310457"],
    ips=[{"ip": "2401:4900:88:17::1", "seen_at": "2026-11-12T17:18:00Z"}], profile_urls=["https://www.facebook.com/ajay.kushwah.dhaulpur"],
    post_text="ab jeene ka mann nahi, chambal mein kood jaunga", post_time="2026-11-12T17:20:00Z", place="Dhaulpur", district="Dholpur",
    place_kind="old_district", topic_words=False), "uncompressed IPv6 with leading zeros")

# ---------- 48 whatsapp, JSON as octet-stream, Bhiwadi ----------
att = json.dumps({"ref": "WA-OCT-22019", "wa_number": "918619043275", "push_name": "Rinku Yadav",
                  "reported_message": "bhai main ja raha hoon, sorry", "reported_at": "2026-11-09T16:30:00+05:30",
                  "ip_sightings": [{"addr": "2401:4900:5a2b:7c3d:0:0:0:44", "ts": "2026-11-09T16:29:00+05:30"}],
                  "approx_location": "Bhiwadi"}, indent=2)
m = MIMEMultipart("mixed")
m.attach(text_part("WhatsApp emergency disclosure. See attached file.\n"))
a = MIMEApplication(att.encode(), "octet-stream"); a.add_header("Content-Disposition", "attachment", filename="WA-OCT-22019.json"); m.attach(a)
headers(m, "WhatsApp <lers@whatsapp.meta.com>", "WhatsApp disclosure WA-OCT-22019", "Mon, 09 Nov 2026 11:10:00 +0000", mid("whatsapp.meta.com"), "whatsapp.meta.com")
add("json-octet-stream", m, base_exp(platform="whatsapp", reference="WA-OCT-22019", subject_name="Rinku Yadav", phones=["+918619043275"],
    ips=[{"ip": "2401:4900:5a2b:7c3d::44", "seen_at": "2026-11-09T10:59:00Z"}], post_text="bhai main ja raha hoon, sorry",
    post_time="2026-11-09T11:00:00Z", place="Bhiwadi", district="Khairthal-Tijara", place_kind="town", topic_words=False))

# ---------- 49 facebook, Hindi village/tehsil/district ----------
m = single("""फेसबुक विधि प्रवर्तन प्रतिक्रिया दल

प्रकरण क्रमांक: FB-HI-661902
व्यक्ति का नाम: ओमप्रकाश स्वामी
मोबाइल: 9413-720-815
पता: ग्राम रामपुरा, तहसील नोहर, जिला हनुमानगढ़
पोस्ट (08.11.2026, 22:40 IST): "कल सुबह तक मैं नहीं रहूँगा"
""")
headers(m, "Facebook <ler-hindi@support.facebook.com>", "प्रकरण FB-HI-661902", "Sun, 08 Nov 2026 17:20:00 +0000", mid("support.facebook.com"), "support.facebook.com")
add("hindi-village", m, base_exp(platform="facebook", reference="FB-HI-661902", subject_name="ओमप्रकाश स्वामी", phones=["+919413720815"],
    post_text="कल सुबह तक मैं नहीं रहूँगा", post_time="2026-11-08T17:10:00Z", place="ग्राम रामपुरा, तहसील नोहर, जिला हनुमानगढ़",
    district="Hanumangarh", place_kind="village", topic_words=False))

# ---------- 50 instagram, base64 plain, Jalor old form ----------
m = single("""Instagram emergency notice

Case: IGB64-70031
Name: Sunita Devasi
Username: sunita.devasi.jalor
Mobile: 7597 331 028
Home: Bhinmal, Jalor
Posted at 07 Nov 2026 06:30 IST: "I want to die. I am sorry."
""", "base64")
headers(m, "Instagram <notice@instagram.com>", "Emergency notice IGB64-70031", "Sat, 07 Nov 2026 01:20:00 +0000", mid("instagram.com"), "instagram.com")
add("b64-plain-jalor", m, base_exp(platform="instagram", reference="IGB64-70031", subject_name="Sunita Devasi", phones=["+917597331028"],
    usernames=["sunita.devasi.jalor"], post_text="I want to die. I am sorry.", post_time="2026-11-07T01:00:00Z", place="Bhinmal, Jalor",
    district="Jalore", place_kind="town", topic_words=True))

# ---------- 51 threads HTML only, Banswara, "26-Nov-2026 22:15:00 IST" ----------
m = single("""<html><body><p><b>Threads</b> imminent risk escalation <b>THR-IR-30992</b></p>
<p>Name: Kalu Ram Ninama &middot; Handle: @kaluram_ninama &middot; User ID: 63355120098</p>
<p>Location: Banswara</p><p>Thread posted 26-Nov-2026 22:15:00 IST:</p>
<blockquote>mahi dam se kood jaunga aaj raat</blockquote>
<p>Login: 2409:4070:2d1c:8a0e::3b at 26-Nov-2026 22:10:00 IST</p></body></html>""", "8bit", "html")
headers(m, "Threads <escalation@threads.instagram.com>", "Imminent risk THR-IR-30992", "Thu, 26 Nov 2026 17:00:00 +0000", mid("threads.instagram.com"), "threads.instagram.com")
add("threads-html-only", m, base_exp(platform="threads", reference="THR-IR-30992", subject_name="Kalu Ram Ninama",
    ips=[{"ip": "2409:4070:2d1c:8a0e::3b", "seen_at": "2026-11-26T16:40:00Z"}], usernames=["kaluram_ninama"], user_ids=["63355120098"],
    post_text="mahi dam se kood jaunga aaj raat", post_time="2026-11-26T16:45:00Z", place="Banswara", district="Banswara",
    place_kind="town", topic_words=False))

# ---------- 52 police forward with Hindi Outlook header labels, Baran ----------
m = single("""कृपया अवलोकन कर आवश्यक कार्यवाही करें।
उप निरीक्षक राजेंद्र हाड़ा, साइबर थाना बारां, मो. 9460 300 412

________________________________
प्रेषक: Facebook <ler@support.facebook.com>
भेजा गया: 05 नवंबर 2026 14:02
प्रति: cyber-baran@police.example.in
विषय: Emergency referral 4409871230

Case number: 4409871230
Name: Pinki Sahariya
Phone: 63782 14590
City: Shahabad, Baran
Post time: 2026-11-05T08:05:00Z
Post: "mujhse ab nahi hoga, main suicide kar lungi"
""")
headers(m, "Cyber Thana Baran <cyber-baran@police.example.in>", "FW: Emergency referral 4409871230", "Thu, 05 Nov 2026 09:00:00 +0000",
        mid("police.example.in"), "police.example.in", rcvd_ip="10.20.30.47")
add("fwd-outlook-hindi-labels", m, base_exp(authentic=False, forwarded=True, platform="facebook", reference="4409871230", subject_name="Pinki Sahariya",
    phones=["+916378214590"], post_text="mujhse ab nahi hoga, main suicide kar lungi", post_time="2026-11-05T08:05:00Z",
    place="Shahabad, Baran", district="Baran", place_kind="town", traps=["officer_phone"]))

# ================= NOT authentic report-shaped =================
# 46 lookalike domain
m = single("""Facebook Emergency Referral
Case: 9988776655
Name: Anil Sharma
Phone: +91 98290 11122
City: Jaipur
Post: "I will kill myself tonight"
Posted: 2026-10-19T10:00:00Z
""")
headers(m, "Facebook Security <ler@facebook-security.example.com>", "Emergency Referral 9988776655", "Mon, 19 Oct 2026 10:10:00 +0000",
        mid("facebook-security.example.com"), "facebook-security.example.com")
add("spoof-lookalike", m, base_exp(authentic=False, platform="facebook", reference="9988776655", subject_name="Anil Sharma", phones=["+919829011122"],
    post_text="I will kill myself tonight", post_time="2026-10-19T10:00:00Z", place="Jaipur", district="Jaipur", place_kind="town",
    traps=["lookalike_domain"]), "dkim pass for a non-platform lookalike domain")

# 47 platform From, dmarc fail
m = single("""Emergency referral
Case number: 5566778899
Name: Preeti Saini
Mobile: 9414 555 666
Location: Alwar
Post time: 2026-10-18T09:00:00Z
Post: "goodbye world, suicide tonight"
""")
headers(m, "Facebook <ler@support.facebook.com>", "Emergency referral 5566778899", "Sun, 18 Oct 2026 09:10:00 +0000",
        mid("support.facebook.com"), "support.facebook.com", auth=False, rcvd_ip="198.51.100.250")
add("spoof-dmarc-fail", m, base_exp(authentic=False, platform="facebook", reference="5566778899", subject_name="Preeti Saini", phones=["+919414555666"],
    post_text="goodbye world, suicide tonight", post_time="2026-10-18T09:00:00Z", place="Alwar", district="Alwar", place_kind="town",
    traps=["dmarc_fail"]))

# 48 untrusted authserv-id on top
m = single("""Instagram urgent
Report ID: IG-777001
Name: Kunal Mehra
Username: kunal.mehra.kota
Location: Kota
Posted: 2026-10-17T08:00:00Z
Caption: "want to die"
""")
m["Authentication-Results"] = "mx.relay.example.net; dkim=pass header.d=instagram.com; dmarc=pass header.from=instagram.com"
headers(m, "Instagram <alerts@instagram.com>", "Instagram urgent IG-777001", "Sat, 17 Oct 2026 08:10:00 +0000", mid("instagram.com"), None,
        rcvd_ip="203.0.113.99")
add("spoof-untrusted-authserv", m, base_exp(authentic=False, platform="instagram", reference="IG-777001", subject_name="Kunal Mehra",
    usernames=["kunal.mehra.kota"], post_text="want to die", post_time="2026-10-17T08:00:00Z", place="Kota", district="Kota", place_kind="town",
    traps=["untrusted_authserv_id"]), "only Authentication-Results is from mx.relay.example.net")

# 49 misaligned dkim domain
m = single("""Meta emergency referral
Case: MR-000451
Name: Rahul Verma
Phone: 7737 001 234
City: Udaipur
Post: "ending my life at lake tonight"
Posted: 2026-10-16T18:00:00Z
""")
m["Authentication-Results"] = "mail.police.example.in;\n\tdkim=pass header.d=bulk-mailer.example.org header.s=k1;\n\tdmarc=fail header.from=meta.com"
headers(m, "Meta <emergency@meta.com>", "Meta emergency referral MR-000451", "Fri, 16 Oct 2026 18:10:00 +0000", mid("meta.com"), None,
        rcvd_ip="192.0.2.201")
add("spoof-misaligned-dkim", m, base_exp(authentic=False, platform=None, reference="MR-000451", subject_name="Rahul Verma", phones=["+917737001234"],
    post_text="ending my life at lake tonight", post_time="2026-10-16T18:00:00Z", place="Udaipur", district="Udaipur", place_kind="town",
    traps=["misaligned_dkim"]))

# ================= platform notices =================
def notice(layout, m, platform=None, topic=False, traps=None, note=""):
    add(layout, m, base_exp(kind="platform_notice", platform=platform, topic_words=topic, traps=traps or []), note)

m = single("""Dear Law Enforcement Partner,

The Law Enforcement Online Request System (LEORS) will be unavailable for scheduled maintenance on
Saturday, 12 December 2026, from 02:00 to 06:00 UTC. Emergency requests can still be sent by email
during this window.

Meta Law Enforcement Outreach
""" + LEGAL + "\n")
headers(m, "Meta LE Outreach <le-outreach@meta.com>", "Scheduled maintenance: LEORS", "Tue, 01 Dec 2026 09:00:00 +0000", mid("meta.com"), "meta.com")
notice("notice-maintenance", m, traps=["platform_address"])

m = alt("""Policy update: emergency disclosure requests

From 1 January 2027, emergency disclosure requests must include the requesting officer's rank and badge number.
Our self-harm referral programme continues unchanged. Helplines for India: 14416, 1-800-891-4416, 112.
""", """<p><b>Policy update: emergency disclosure requests</b></p><p>From 1 January 2027, emergency disclosure requests must include the requesting officer's rank and badge number.</p>
<p>Our self-harm referral programme continues unchanged. Helplines for India: 14416, 1-800-891-4416, 112.</p>""")
headers(m, "Facebook <policy-updates@facebookmail.com>", "Policy update: emergency disclosure requests", "Mon, 30 Nov 2026 06:00:00 +0000", mid("facebookmail.com"), "facebookmail.com")
notice("notice-policy-alt", m, platform="facebook", topic=True, traps=["helpline"])

m = single("""<html><body><p>You're invited: <b>Instagram Safety Webinar for Indian Law Enforcement</b></p>
<p>Date: 10 December 2026, 11:00 AM IST. Register at <a href="https://about.instagram.com/safety/webinar-example">about.instagram.com</a>.</p>
<p>Topics: responding to suicide and self-injury referrals, account preservation, LEORS walkthrough.</p></body></html>""", "quoted-printable", "html")
headers(m, "Instagram <events@instagram.com>", "Invitation: Instagram Safety Webinar", "Sun, 29 Nov 2026 05:00:00 +0000", mid("instagram.com"), "instagram.com")
notice("notice-webinar-html", m, platform="instagram", topic=True)

m = single("""WhatsApp transparency summary - Q3 2026 (India)

Emergency disclosures to Indian law enforcement: 1,204
Of which self-harm related: 388
States with most requests: Uttar Pradesh, Rajasthan, Maharashtra

This summary contains no information about individual users.
""")
headers(m, "WhatsApp <transparency@whatsapp.meta.com>", "Transparency summary Q3 2026", "Sat, 28 Nov 2026 04:00:00 +0000", mid("whatsapp.meta.com"), "whatsapp.meta.com")
notice("notice-transparency", m, platform="whatsapp", topic=True)

m = single("""Your LEORS account password for scrb-sm-desk@police.example.in will expire in 7 days.
Please sign in at https://www.facebook.com/records and choose a new password.

If you did not request this, contact records@fb.com.
""")
headers(m, "Facebook Records <records@fb.com>", "Password expiry notice", "Fri, 27 Nov 2026 03:00:00 +0000", mid("fb.com"), "fb.com")
notice("notice-password-expiry", m, platform="facebook")

m = single("""Threads is updating its escalation emails.

From next month, Threads escalation mails will carry the subject prefix "[Threads Escalation]" and a JSON attachment.
Nothing changes for you today. No action needed.
""")
headers(m, "Threads <updates@threads.instagram.com>", "Upcoming change to escalation emails", "Thu, 26 Nov 2026 02:00:00 +0000", mid("threads.instagram.com"), "threads.instagram.com")
notice("notice-format-change", m, platform="threads")

m = single("""Monthly digest - November 2026

Referrals sent to Rajasthan Police: 57
Average time to first response: 14 minutes
Thank you for your partnership in suicide prevention.

Instagram Law Enforcement Outreach
""")
headers(m, "Instagram <digest@mail.instagram.com>", "Monthly digest - November 2026", "Tue, 01 Dec 2026 01:00:00 +0000", mid("mail.instagram.com"), "mail.instagram.com")
notice("notice-digest", m, platform="instagram", topic=True)

m = single("""Security advisory

We have seen phishing mails pretending to come from Meta's law enforcement team, sent from domains such as
facebook-security.example.com and meta-lers.example.net. Genuine mail from us comes only from our own domains.
Do not act on a referral that fails authentication; contact us instead.

Meta Security
""")
headers(m, "Meta Security <security-advisory@meta.com>", "Security advisory: phishing impersonating Meta", "Wed, 25 Nov 2026 01:00:00 +0000", mid("meta.com"), "meta.com")
notice("notice-security-advisory", m, traps=["lookalike_domain_mentioned"])

# ================= other =================
def other(layout, m, topic=False, traps=None, note=""):
    add(layout, m, base_exp(kind="other", authentic=False, topic_words=topic, traps=traps or []), note)

# bounce with DSN
m = MIMEMultipart("report", report_type="delivery-status")
m.attach(text_part("This is the mail system at host mail.police.example.in.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n<sho-kishangarh@police.example.in>: host mail.police.example.in said: 550 5.1.1 User unknown\n"))
from email.message import Message
ds = message_from_string("Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.police.example.in\n\nFinal-Recipient: rfc822; sho-kishangarh@police.example.in\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n")
m.attach(ds)
orig = MIMEText("", "rfc822-headers"); orig.set_payload("From: lifeline@police.example.in\nTo: sho-kishangarh@police.example.in\nSubject: [LL-2026-000123] HIGH risk - self-harm alert - PS Kishangarh\nMessage-ID: <LL-2026-000123.forward.1.ab12@lifeline.police.example.in>\n")
del orig["Content-Transfer-Encoding"]; orig.set_type("text/rfc822-headers")
m.attach(orig)
m["Return-Path"] = "<>"
headers(m, "Mail Delivery System <MAILER-DAEMON@mail.police.example.in>", "Undelivered Mail Returned to Sender", "Mon, 30 Nov 2026 18:50:00 +0000",
        mid("mail.police.example.in"), None, extra={"Auto-Submitted": "auto-replied"}, rcvd_ip="127.0.0.1")
other("bounce-dsn", m, topic=True)

m = single("""I am on leave from 28 Nov to 5 Dec 2026. For urgent matters contact the duty officer at 0141-2744000 or my reader on 94140 77123.

मैं 28 नवम्बर से 5 दिसम्बर तक अवकाश पर हूँ।

Insp. Anita Choudhary
""")
headers(m, "Anita Choudhary <insp-anita@police.example.in>", "Automatic reply: [LL-2026-000118] HIGH risk - self-harm alert - PS Vaishali Nagar",
        "Sat, 28 Nov 2026 08:00:00 +0000", mid("police.example.in"), "police.example.in", extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        rcvd_ip="10.20.30.50")
other("out-of-office", m, topic=True, traps=["officer_phone"])

m = alt("""ForensiX Monthly - December 2026

New: mobile extraction for the latest Android handsets. Webinar: OSINT for suicide-prevention units.
Unsubscribe: https://news.forensix.example.com/unsub
""", """<h1>ForensiX Monthly</h1><p>New: mobile extraction for the latest Android handsets.</p><p>Webinar: OSINT for suicide-prevention units.</p>""")
headers(m, "ForensiX <news@forensix.example.com>", "ForensiX Monthly - December 2026", "Tue, 01 Dec 2026 03:30:00 +0000", mid("forensix.example.com"), "forensix.example.com",
        extra={"List-Unsubscribe": "<https://news.forensix.example.com/unsub>", "Precedence": "bulk"}, rcvd_ip="198.51.100.20")
other("vendor-newsletter", m, topic=True)

m = single("""राजस्थान पुलिस — राज्य अपराध रिकॉर्ड ब्यूरो
परिपत्र संख्या: SCRB/SM/2026/77
दिनांक: 01.12.2026

विषय: सोशल मीडिया डेस्क की ड्यूटी रोस्टर के संबंध में।

समस्त अधिकारियों को निर्देशित किया जाता है कि दिसम्बर माह की ड्यूटी रोस्टर के अनुसार 24x7 उपस्थिति सुनिश्चित करें।
आत्महत्या संबंधी रेफ़रल पर त्वरित कार्यवाही प्राथमिकता है।

पुलिस अधीक्षक, एससीआरबी, जयपुर
""")
headers(m, "SP SCRB <sp-scrb@police.example.in>", "परिपत्र: ड्यूटी रोस्टर दिसम्बर 2026", "Tue, 01 Dec 2026 04:30:00 +0000", mid("police.example.in"), "police.example.in",
        rcvd_ip="10.20.30.51")
other("internal-hindi-circular", m, topic=True)

m = single("""ACK. Team dispatched, will update.
प्राप्त, टीम रवाना।

SI Prakash Meena, PS Kishangarh, 94133 21456

On Mon, 30 Nov 2026 at 18:46, Lifeline <lifeline@police.example.in> wrote:
> [LL-2026-000123] HIGH risk - self-harm alert - PS Kishangarh
> Name: Kavita Prajapat
> Phone: +91 94141 27730
""")
headers(m, "Prakash Meena <si-prakash@police.example.in>", "Re: [LL-2026-000123] HIGH risk - self-harm alert - PS Kishangarh",
        "Mon, 30 Nov 2026 18:52:00 +0000", mid("police.example.in"), "police.example.in",
        extra={"In-Reply-To": "<LL-2026-000123.forward.1.ab12@lifeline.police.example.in>", "References": "<LL-2026-000123.forward.1.ab12@lifeline.police.example.in>"},
        rcvd_ip="10.20.30.52")
other("officer-reply-ack", m, topic=True, traps=["officer_phone", "quoted_alert_person"])

m = single("""This is the mail system at host mail.police.example.in.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours. It will be retried until it is 5 days old.

<cr-salumbar@police.example.in>: connect to mx.salumbar.police.example.in[10.9.8.7]:25: Connection timed out
""")
m["Return-Path"] = "<>"
headers(m, "Mail Delivery System <MAILER-DAEMON@mail.police.example.in>", "Delayed Mail (still being retried)", "Sun, 29 Nov 2026 12:00:00 +0000",
        mid("mail.police.example.in"), None, extra={"Auto-Submitted": "auto-generated"}, rcvd_ip="127.0.0.1")
other("delay-warning", m)
