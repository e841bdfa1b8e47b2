"""What an account value holds, read off its shape: a generic label ("Account", "User", "ID")
says whose fact it is, its value says which fact ("@kavya_0311", "+91 98...", "1000...", a name).
A value may hold several: "Ankit Meghwal (@ankit.meghwal.1)", "@dark.skies (ID 44908812003)",
"Jaspreet Kaur (jaspreet.kaur.agh)", "Vikram Rathore (insta id @vikky_r, user id 611...)",
"@neha.p <https://www.instagram.com/neha.p/>" (an HTML link written out).
"""

from __future__ import annotations

import re

_PHONE_SHAPE = re.compile(r"^[+(]?[\d\s().+-]{10,20}$")
# "Main (inner)" or "Main [inner]": the identity facts in brackets after a name or a handle
_BRACKETED = re.compile(r"^(?P<main>[^()\[\]<>]{2,80}?)\s*[(\[<](?P<inner>[^()\[\]<>]{2,200})[)\]>]\s*\.?$")
_FACTS = ("username", "user_id", "phone", "email", "profile")


def by_value(value: str) -> str:
    """What a generic label ("Account", "Registered number", "ID") holds, read off its value."""
    v = value.strip()
    if re.match(r"(?:https?://|www\.)|(?:facebook|instagram|fb)\.com/", v, re.I):
        return "profile"
    if re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", v):
        return "email"
    digits = re.sub(r"\D", "", v)
    if _PHONE_SHAPE.match(v) and (len(digits) in (10, 11, 12, 13) or digits.startswith("0091")) \
            and len(digits) <= 14 and re.search(r"[6-9]\d{9}$", digits):  # 0091 + ten digits: fourteen
        return "phone"
    if v.isdigit() and 5 <= len(v) <= 20:
        return "user_id"
    if re.fullmatch(r"@?[A-Za-z0-9._]{2,40}", v) and (v.startswith("@") or re.search(r"[._\d]", v) or v.islower()):
        return "username"
    return "name" if re.fullmatch(r"[^\d@/:]{2,60}", v) else "skip"


def phone_written(value: str) -> bool:
    """A number written as a phone (a +91, a trunk 0 or digit groups), not an id's bare digits:
    "91 96600 83521" under "Account number" is the WhatsApp account's phone, never two ids."""
    v = value.strip()
    return by_value(v) == "phone" and bool(re.search(r"[\s+()-]|^0", v))


def _fact(part: str) -> tuple[str, str] | None:
    """(field, value) of one bracketed part: "@handle", "ID 4490...", "user id 611...", "यूज़रनेम: x"."""
    link = re.search(r"https?://\S+", part)
    if link:  # "@neha.p <https://www.instagram.com/neha.p/>": the profile the handle links to
        return "profile", link.group(0)
    token = re.split(r"[\s:：]+", part.strip())[-1].strip(" .,;") if part.strip() else ""
    if not token:
        return None
    shape = by_value(token)
    if shape in ("name", "skip"):
        return None
    if shape == "username" and not (token.startswith("@") or re.search(r"[._\d]", token)):
        return None  # "(son)", "(Threads)": a word, not a handle
    return shape, token.lstrip("@") if shape == "username" else token


def identity_parts(value: str, field: str) -> list[tuple[str, str]] | None:
    """The facts of a value that carries more than one ("Name (@handle)"), each with its field;
    None when the brackets hold no identity fact ("Ravi (brother)") or there are none."""
    m = _BRACKETED.match(value.strip())
    if not m:
        return None
    inner = [f for f in map(_fact, re.split(r"\s*[,;·|]\s*", m.group("inner"))) if f]
    if not inner:
        return None
    main = m.group("main").strip(" ,;-–\"“”")
    shape = field if field in ("name", "username", "user_id") else by_value(main)
    if shape in ("skip",) or not main:
        return inner
    return [(shape, main.lstrip("@") if shape == "username" else main)] + inner
