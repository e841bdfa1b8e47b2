"""Labelled fields ("Registered phone: ...", "मोबाइल नंबर: ...") -> (field, value) pairs.

A label is read by its words, not matched whole: it names a field when it holds one of the
field's key words and every other word is a known modifier ("registered", "on account",
"पंजीकृत"). So "Phone number on account", "Registered phone" and "Contact No." all mean
phone without a table of every wording, while a sentence with a colon is not a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# field -> key phrases (lower case); checked in this order, first match wins
FIELD_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("skip", ("father", "mother", "husband", "wife", "guardian", "reporter", "officer", "पिता", "माता",
              "पति", "पत्नी", "अभिभावक", "अधिकारी", "message id", "from", "to", "cc", "sent", "subject",
              "प्रेषक", "विषय")),
    ("username", ("username", "user name", "handle", "screen name", "instagram id", "insta id",
                  "यूज़रनेम", "यूजरनेम", "उपयोगकर्ता नाम")),
    ("user_id", ("user id", "account id", "uid", "fbid", "profile id", "facebook id", "यूज़र आईडी", "आईडी")),
    ("email", ("email", "e-mail", "e mail", "mail id", "email address", "ईमेल", "ई-मेल")),
    ("phone", ("mobile", "phone", "contact no", "contact number", "contact", "cell", "whatsapp",
               "telephone", "tel", "mob", "ph", "मो", "मोबाइल", "फ़ोन", "फोन", "दूरभाष", "संपर्क", "मोबाईल")),
    ("ip", ("ip", "ip address", "ips", "login ip", "last ip", "आईपी")),
    ("profile", ("profile url", "profile link", "profile", "url", "link", "account link", "प्रोफ़ाइल",
                 "प्रोफाइल", "लिंक")),
    ("reference", ("reference", "reference number", "ref", "case", "case id", "case number", "report id",
                   "ticket", "incident", "संदर्भ", "केस", "संदर्भ संख्या")),
    ("platform", ("platform", "service", "app", "प्लेटफ़ॉर्म", "प्लेटफार्म", "प्लेटफॉर्म")),
    ("post_time", ("posted", "post time", "time of post", "posted at", "posted on", "live video started",
                   "live started", "stream started", "content time", "date of post", "post date",
                   "uploaded", "shared at", "time posted", "पोस्ट का समय", "पोस्ट समय", "पोस्ट की तारीख",
                   "पोस्ट करने का समय")),
    ("post", ("text", "caption", "post", "post text", "content", "comment", "status", "message text",
              "story text", "पोस्ट", "कैप्शन", "सामग्री", "टिप्पणी", "संदेश", "पोस्ट का पाठ")),
    ("location", ("city", "location", "hometown", "home town", "address", "district", "village", "town",
                  "tehsil", "state", "pin", "pincode", "pin code", "area", "locality", "current city",
                  "शहर", "पता", "जिला", "ज़िला", "गांव", "गाँव", "ग्राम", "स्थान", "तहसील", "पिन", "पिनकोड",
                  "राज्य", "कस्बा")),
    ("name", ("name", "full name", "account holder", "display name", "नाम", "पूरा नाम")),
)
MODIFIERS = frozenset(
    "registered primary secondary alternate alternative full account accounts on of the user user's users "
    "profile current home number no num nos linked to with verified listed given recent last login "
    "person person's subject holder's holder his her their date time utc ist gmt of on in at as per "
    "and or id the a an its recorded self declared claimed known possible approx approximate "
    "story reel video live photo stream fb facebook instagram insta ig meta नं सूत्र "
    "पंजीकृत खाते खाता से जुड़ा जुड़े का की के में व्यक्ति उपयोगकर्ता पूरा वर्तमान स्थायी नंबर संख्या "
    "पर दर्ज वाला".split()
)
_LINE = re.compile(r"^[ \t>*•\-]*(?P<label>[^\W\d_][^:：\n\t]{0,60}?)[ \t]*[:：][ \t]*(?P<value>.*?)[ \t]*$")
_TAB = re.compile(r"^[ \t]*(?P<label>[^\W\d_][^\t\n]{0,60}?)\t+(?P<value>\S.*?)[ \t]*$")
_KEYS = {f: tuple(sorted(words, key=lambda w: -len(w.split()))) for f, words in FIELD_WORDS}


@dataclass(frozen=True)
class Field:
    field: str
    label: str
    value: str
    line: int  # index of the line it came from
    end: int = -1  # index of its last line (values can follow the label or span lines)


def _words(label: str) -> list[str]:
    label = re.sub(r"[()\[\].,/#_'’\"-]", " ", label.lower())
    return label.split()


def field_of(label: str) -> str | None:
    """Which field a label names, or None when it is not a label we know."""
    words = _words(label)
    if not words or len(words) > 7:
        return None
    text = " " + " ".join(words) + " "
    for name, phrases in FIELD_WORDS:
        for phrase in _KEYS[name]:
            if f" {phrase} " in text:
                rest = text.replace(f" {phrase} ", " ", 1).split()
                # remaining words must be modifiers or key words of the same field
                own = {w for p in phrases for w in p.split()}
                if all(w in MODIFIERS or w in own for w in rest):
                    return name
                break
    return None


def _unquote_block(lines: list[str], start: int, first: str) -> tuple[str, int]:
    """A value opened with a quote mark runs until the closing mark (posts span lines)."""
    opener = first[0]
    closer = {"\"": "\"", "“": "”", "«": "»", "'": "'", "‘": "’"}.get(opener)
    if not closer or (len(first) > 1 and first.rstrip().endswith(closer)):
        return first, start
    parts = [first]
    for j in range(start + 1, min(len(lines), start + 40)):
        parts.append(lines[j].strip())
        if lines[j].rstrip().endswith(closer):
            return "\n".join(parts), j
    return first, start


def read_fields(text: str) -> list[Field]:
    """Every labelled field in ``text``, in order. An empty value takes the next line."""
    lines = text.splitlines()
    out: list[Field] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _LINE.match(line) or _TAB.match(line)
        if m and not m.group("label").lower().startswith(("http", "www")):
            name = field_of(m.group("label"))
            if name and name != "skip":
                value, end = m.group("value").strip(), i
                if not value:
                    j = i + 1
                    while j < len(lines) and not lines[j].strip() and j < i + 3:
                        j += 1
                    if j < len(lines) and not ((_LINE.match(lines[j]) or _TAB.match(lines[j])) and
                                               field_of((_LINE.match(lines[j]) or _TAB.match(lines[j])).group("label"))):
                        value, end = lines[j].strip(), j
                if value and name == "post":
                    value, end = _unquote_block(lines, end, value)
                if value:
                    out.append(Field(name, m.group("label").strip(), value, i, end))
                i = end + 1
                continue
        i += 1
    return out


def strip_quotes(value: str) -> str:
    value = value.strip()
    pairs = {"\"": "\"", "“": "”", "«": "»", "'": "'", "‘": "’", "„": "“"}
    if len(value) >= 2 and value[0] in pairs and value[-1] == pairs[value[0]]:
        return value[1:-1].strip()
    return value
