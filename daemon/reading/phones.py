"""Indian mobile numbers in any common writing -> E.164, with phonenumbers doing the hard part.

phonenumbers knows the Indian numbering plan (which prefixes are mobiles, 0/91/+91/0091
trunk and country prefixes, Devanagari digits); we add what it cannot know: reference
numbers that happen to look like mobiles, helplines, and our own officers' numbers.
"""

from __future__ import annotations

import re

import phonenumbers

from daemon.reading.others import about_someone_else
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# Numbers printed in safe-messaging footers; never the person's own number.
HELPLINES = frozenset({
    "+919152987821",  # iCall
    "+919999666555",  # Vandrevala Foundation
    "+919820466726",  # AASRA
    "+918046110007",  # NIMHANS
})
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
# a number right after one of these words is an identifier, not a phone
_ID_CONTEXT = re.compile(
    r"(?:\bref(?:erence)?|\bcase|\bticket|\breport|\buser ?id|\baccount ?id|\bid|\bno|\bnumber|\border"
    r"|\btxn|\bfir|\bडीडी|संदर्भ|केस|क्रमांक)\W{0,4}(?:no\.?|number|id|#|संख्या|क्रमांक)?\W{0,3}$",
    re.I,
)
# a police officer's signature on the same line: "SI Aman Jangid, SCRB Rajasthan, Mob. 080..."
_OFFICER = re.compile(r"\b(?:SI|ASI|SHO|Dy\.?\s?SP|DSP|Addl\.?\s?SP|SP|IPS|RPS|Inspector|Sub[- ]Inspector|Constable|"
                      r"Head Constable|HC|PSI|SCRB|Cyber Cell|Police Station|Thana)\b|थानाधिकारी|उप निरीक्षक|निरीक्षक|अधीक्षक|उपाधीक्षक|आरक्षी|कांस्टेबल")
# a phone word just before the number, maybe with "number" after it ("WhatsApp number", "registered to the number")
_PHONE_WORD = re.compile(r"(?:mobile|phone|mob|cell|contact|whatsapp|call|registered(?: to)?(?: the)?|मोबाइल|फ़ोन|फोन|नंबर)"
                         r"(?:\W{1,3}(?:no|number|num))?\W{0,12}$", re.I)


def to_e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _is_indian_mobile(number: phonenumbers.PhoneNumber) -> bool:
    """An Indian number of ten digits starting 6-9 is a mobile, whatever block phonenumbers'
    metadata files it under (new series are often listed as fixed lines)."""
    if number.country_code != 91 or not phonenumbers.is_valid_number(number):
        return False
    national = str(number.national_number)
    return phonenumbers.number_type(number) in _MOBILE_TYPES or (len(national) == 10 and national[0] in "6789")


_LOOSE_TRUNK = re.compile(r"(?<![\d+])0 ([6-9]\d{4} ?\d{5})(?!\d)")


def find_phones(text: str, exclude: frozenset[str] = frozenset(), labelled: bool = False,
                free_text: bool = False, shaped: bool = False) -> list[str]:
    """Indian mobile numbers in ``text`` as E.164, in order of appearance, without repeats.

    ``labelled`` is set when ``text`` is the value of a phone field: then a number is taken
    even where the free-text guard against identifiers would refuse it. ``free_text`` is set
    for prose: a number said to be a friend's, reporter's or helpline's is left out.
    """
    # ``shaped`` keeps only numbers written as phones (a +91 or 0 prefix, separators, or a phone
    # word before): a bare run of ten digits may as well be a request id
    out: list[str] = []
    # "0 94600 71829": a trunk 0 set apart from the number; moved next to it, same length, so
    # offsets (and the context checks below) stay where they were
    text = _LOOSE_TRUNK.sub(lambda m: " 0" + m.group(1), text)
    try:
        matches = list(phonenumbers.PhoneNumberMatcher(text, "IN", leniency=phonenumbers.Leniency.VALID))
    except Exception:  # noqa: BLE001 - the library is robust; never let it take reading down
        return out
    for match in matches:
        if not _is_indian_mobile(match.number):
            continue
        before = text[max(0, match.start - 30): match.start]
        if not labelled and _ID_CONTEXT.search(before) and not _PHONE_WORD.search(before):
            continue
        if free_text and (about_someone_else(text, match.start)
                          or _OFFICER.search(text[text.rfind("\n", 0, match.start) + 1: match.start])):
            continue
        keyed = text[max(0, match.start - 1): match.start] == "=" and _PHONE_WORD.search(before)  # phone=98...
        if not keyed and (text[max(0, match.start - 1): match.start] in ("=", "/", "_") or text[match.end: match.end + 1] in (
                "/", "=", "_") or re.match(r"\.[A-Za-z]{2,4}\b", text[match.end: match.end + 5])):
            continue  # inside a URL (profile.php?id=...) or a file name (ips_7739408775.csv)
        if shaped and match.raw_string.isdigit() and len(match.raw_string) == 10 and not _PHONE_WORD.search(before):
            continue
        e164 = to_e164(match.number)
        if e164 in HELPLINES or e164 in exclude or e164 in out:
            continue
        out.append(e164)
    return out


def normalise_phone(value: str) -> str | None:
    """One written number -> E.164 if it is an Indian mobile (used for configured exclusions)."""
    found = find_phones(value, labelled=True)
    return found[0] if found else None
