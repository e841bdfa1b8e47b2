"""The language of a post: en, hi (Devanagari), hi-Latn (romanised Hindi) or mixed.

Script is counted letter by letter; romanised Hindi is told from English by small lists of
frequent function words, which is enough for the one or two sentences a post holds and far
cheaper than a model. It picks the template and tells the officer how the person writes.
"""

from __future__ import annotations

import re

HINGLISH = frozenset(
    "hai hain hoon hu hun nahi nahin nhi mujhe mujhse mera meri mere main mai tum tu aap ab aur bas kya "
    "kyu kyun kyon koi kuch sab sabko kal aaj raat subah tak se ko ki ka ke ne ho hota hoti jaa ja raha "
    "rahi rahunga rahungi jaunga jaungi chahta chahti zindagi jeena marna maut khatam alvida maaf maafi "
    "karna kar kiya diya liya dena gaya gayi yaar bhai ghar wala wali liye phir bhi toh to bahut "
    "thak thaka thaki dil dard akela akeli duniya log logon pe par hum humko tera teri tere apna apni "
    "lekin magar kabhi abhi yahi wahi jab tab agar".split()
)
ENGLISH = frozenset(
    "the a an is are am was were be been i you he she it we they my your me this that these those of in "
    "on at to for with and or but not no can cannot can't don't won't will would should could have has had "
    "do does did just anymore anyone everyone nobody life goodbye want going myself alone tired feel "
    "there here what why how all any so very tonight".split()
)
_WORD = re.compile(r"[A-Za-z']+")


def detect_language(text: str | None) -> str | None:
    if not text or not text.strip():
        return None
    deva = sum(1 for c in text if "\u0900" <= c <= "\u097f")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    if deva + latin == 0:
        return None
    if deva and latin and min(deva, latin) / (deva + latin) >= 0.15:
        return "mixed"
    if deva > latin:
        return "hi"
    words = [w.lower() for w in _WORD.findall(text)]
    hi = sum(1 for w in words if w in HINGLISH)
    en = sum(1 for w in words if w in ENGLISH)
    if hi == 0:
        return "en"
    if en == 0 or hi >= 2 * en:
        return "hi-Latn"
    if en >= 2 * hi:
        return "en"
    return "mixed"
