# -*- coding: utf-8 -*-
"""Stdlib helpers shared by generate.py and selfcheck.py: pull all human-readable text out
of an .eml (all text parts, attachments, nested message/rfc822), and the topic-word test."""
import email
import email.policy
import html
import re

# Topic words: a mail "has topic words" if any of these appears in its Subject or any text
# (bodies, attachments, forwarded messages).  Case-insensitive.
TOPIC_RE = re.compile(
    r"suicid|self[- ]?harm|self[- ]?injur|at[- ](?:imminent |immediate |serious |high )?risk|"
    r"harm(?:ing)? (?:them|him|her)sel|hurt(?:ing)? (?:them|him|her)sel|"
    r"kill(?:ing)? (?:my|him|her|them)sel|end(?:ing)? (?:my|his|her|their) (?:own )?life|"
    r"take (?:my|his|her|their) (?:own )?life|आत्महत्या|ख़ुदकुशी|खुदकुशी|आत्मघात|जान दे|"
    r"khudkushi|atmahatya|aatmahatya",
    re.IGNORECASE)

_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def html_to_text(s):
    hrefs = _HREF.findall(s)
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>", "\n", s)
    s = _TAG.sub(" ", s)
    s = html.unescape(s)
    return s + "\n" + "\n".join(html.unescape(h) for h in hrefs)


def _walk(msg, out):
    subj = msg.get("Subject")
    if subj is not None:
        out.append(str(subj))
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype == "message/rfc822":
            continue  # walk() descends into it already
        if part.get_content_maintype() == "text" or ctype in ("application/json", "application/csv"):
            try:
                text = part.get_content()
            except Exception:  # odd charset: fall back
                text = part.get_payload(decode=True).decode("utf-8", "replace")
            if isinstance(text, bytes):
                text = text.decode("utf-8", "replace")
            if ctype == "text/html":
                text = html_to_text(text)
            out.append(text)
    # subjects of nested messages
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                s = inner.get("Subject")
                if s is not None:
                    out.append(str(s))


def mail_text(raw):
    """All readable text of the mail (Subject + decoded parts), HTML stripped."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    _walk(msg, out)
    return "\n".join(out)


def collapse(s):
    return " ".join(s.split())


def has_topic(raw):
    return bool(TOPIC_RE.search(mail_text(raw)))
