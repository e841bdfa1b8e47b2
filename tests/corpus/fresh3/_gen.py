#!/usr/bin/env python3
"""Generator for the fresh3 corpus (stdlib only). Run: python3 _gen.py"""
import json, base64, os, quopri
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email import message_from_string, policy
HERE = os.path.dirname(os.path.abspath(__file__))
DESK = "scrb-sm-desk@police.example.in"
CASES = []

def ar(dom, ok=True):
    if ok:
        return f"mail.police.example.in;\n\tdkim=pass header.d={dom} header.s=s1 header.b=Zq3k;\n\tspf=pass smtp.mailfrom={dom};\n\tdmarc=pass header.from={dom}"
    return f"mail.police.example.in;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom={dom};\n\tdmarc=fail header.from={dom}"

def headers(msg, frm, subj, date, mid, dom=None, auth=True, extra=None, rcvd_ip="69.171.232.10"):
    # Authentication-Results first (topmost), then Received
    if dom is not None:
        msg["Authentication-Results"] = ar(dom, auth)
    d = dom or frm.split("@")[-1].rstrip(">")
    msg["Received"] = f"from mx.{d} (mx.{d} [{rcvd_ip}])\n\tby mail.police.example.in with ESMTPS id 4Yq{len(CASES):03d}\n\tfor <{DESK}>; {date}"
    if not frm.isascii():
        from email.utils import parseaddr, formataddr
        frm = formataddr(parseaddr(frm), charset="utf-8")
    msg["From"] = frm
    msg["To"] = DESK
    msg["Subject"] = subj
    msg["Date"] = date
    msg["Message-ID"] = mid
    for k, v in (extra or {}).items():
        msg[k] = v

def text_part(body, cte="8bit", sub="plain"):
    p = MIMEText("", sub, "utf-8")
    del p["Content-Transfer-Encoding"]
    if cte == "base64":
        p.set_payload(base64.encodebytes(body.encode()).decode())
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(body.encode()).decode())
    else:
        p.set_payload(body.encode("utf-8").decode("ascii", "surrogateescape"))
    p["Content-Transfer-Encoding"] = cte
    return p

def single(body, cte="8bit", sub="plain"):
    m = text_part(body, cte, sub)
    return m

def alt(plain, html, cte="quoted-printable"):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, cte))
    m.attach(text_part(html, cte, "html"))
    return m

def mixed(body_part, attachments):
    m = MIMEMultipart("mixed")
    m.attach(body_part)
    for name, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            a = text_part(data, "base64", subtype)
        else:
            a = MIMEApplication(data.encode(), subtype)
        a.add_header("Content-Disposition", "attachment", filename=name)
        m.attach(a)
    return m

def base_exp(**kw):
    e = {"kind": "platform_report", "layout": "", "authentic": True, "forwarded": False,
         "platform": None, "reference": None, "subject_name": None, "phones": [], "emails": [],
         "ips": [], "profile_urls": [], "usernames": [], "user_ids": [], "post_text": None,
         "post_time": None, "place": "", "district": None, "police_district": None,
         "outside_rajasthan": False, "topic_words": True, "traps": [], "place_kind": "none"}
    e.update(kw)
    return e

def add(layout, msg, exp, note=""):
    exp["layout"] = layout
    CASES.append((layout, msg, exp, note))

def write():
    manifest = []
    for i, (layout, msg, exp, note) in enumerate(CASES, 1):
        stem = f"{i:04d}-{layout}"
        order = {"return-path": 0, "authentication-results": 1, "received": 2}
        msg._headers.sort(key=lambda kv: order.get(kv[0].lower(), 3))
        raw = msg.as_bytes()
        with open(os.path.join(HERE, stem + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        manifest.append({"file": stem + ".eml", "kind": exp["kind"], "layout": layout,
                         "authentic": exp["authentic"], "forwarded": exp["forwarded"],
                         "platform": exp["platform"], "note": note})
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(CASES), "mails written")

exec(open(os.path.join(HERE, "_cases.py"), encoding="utf-8").read())
write()
