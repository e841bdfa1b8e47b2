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
    post_time="2026-11-30T19:50:33Z", place="Nokha, Bikaner", district="Bikaner", place_kind="town"))

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
    place="Sardarpura, Jodhpur", district="Jodhpur", place_kind="locality", traps=["helpline"]))

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
