"""Human words for the internal names a person may otherwise read (chain roles, how a report
was routed, case states), as (English, Hindi). One table for the desk's page (daemon/web) and
for mails (the renderer's ``human`` filter: "English / Hindi"). Pure."""

from __future__ import annotations

ROLES: dict[str, tuple[str, str]] = {
    "station": ("Station duty officer", "थाना ड्यूटी अधिकारी"),
    "sho": ("SHO", "थानाधिकारी"),
    "circle_officer": ("Circle officer", "वृत्ताधिकारी"),
    "district_control_room": ("District control room", "जिला नियंत्रण कक्ष"),
    "state_control_room": ("State control room", "राज्य नियंत्रण कक्ष"),
    "hq_desk": ("HQ desk", "मुख्यालय डेस्क"),
}
STATES: dict[str, tuple[str, str]] = {
    "received": ("Received", "प्राप्त"),
    "forwarded": ("Waiting for acknowledgement", "पावती की प्रतीक्षा"),
    "acknowledged": ("Acknowledged", "पावती मिली"),
    "attended": ("Person reached", "व्यक्ति तक पहुँचे"),
    "closed": ("Closed", "बंद"),
    "held": ("Held for the HQ desk", "मुख्यालय डेस्क के लिए रोका गया"),
    "failed_delivery": ("Mail not delivered", "मेल नहीं पहुँचा"),
}
ROUTED_BY: dict[str, tuple[str, str]] = {  # Route.matched_by
    "station_place": ("a place in the station's area", "थाना क्षेत्र का स्थान"),
    "pin": ("the PIN code", "पिन कोड"),
    "district_name": ("the district named in the report", "रिपोर्ट में ज़िले का नाम"),
    "ip": ("the login IP address", "लॉगिन आईपी पता"),
    "fallback": ("no place found", "स्थान नहीं मिला"),
    "ambiguous": ("more than one possible station", "एक से अधिक संभावित थाने"),
}
WORDS: dict[str, tuple[str, str]] = {**ROUTED_BY, **STATES, **ROLES}


def human(name: object) -> str:
    """The person-facing words for an internal name; anything else unchanged (an address)."""
    text = str(getattr(name, "value", name) or "")
    en, hi = WORDS.get(text, (text, ""))
    return f"{en} / {hi}" if hi else en
