"""Human words for the internal names a person may otherwise read in a mail (roles, route
methods, case states), in English and Hindi. Pure; the renderer's ``human`` filter uses it."""

from __future__ import annotations

WORDS: dict[str, str] = {
    # chain roles (daemon.core.route.ROLES)
    "station": "police station duty officer / थाना ड्यूटी अधिकारी",
    "sho": "Station House Officer / थाना प्रभारी (SHO)",
    "circle_officer": "Circle Officer / वृत्ताधिकारी (CO)",
    "district_control_room": "district police control room / ज़िला पुलिस नियंत्रण कक्ष",
    "state_control_room": "state police control room / राज्य पुलिस नियंत्रण कक्ष",
    "hq_desk": "SCRB HQ 24x7 help desk / मुख्यालय 24x7 हेल्प डेस्क",
    # how a report was routed (Route.matched_by)
    "station_place": "a place in the station's area / थाना क्षेत्र का स्थान",
    "pin": "the PIN code / पिन कोड",
    "district_name": "the district named in the report / रिपोर्ट में ज़िले का नाम",
    "ip": "the login IP address / लॉगिन आईपी पता",
    "fallback": "no place found / स्थान नहीं मिला",
    "ambiguous": "more than one possible station / एक से अधिक संभावित थाने",
    # case states (daemon.core.case.CaseState)
    "received": "received / प्राप्त",
    "forwarded": "sent to the station, waiting for a reply / थाने को भेजा, उत्तर की प्रतीक्षा",
    "acknowledged": "acknowledged / स्वीकार किया",
    "attended": "person reached / व्यक्ति तक पहुँचे",
    "closed": "closed / बंद",
    "held": "held for the HQ desk / मुख्यालय डेस्क के पास रोका गया",
    "failed_delivery": "mail could not be delivered / मेल नहीं पहुँचा",
}


def human(name: object) -> str:
    """The person-facing words for an internal name; anything else unchanged (an address)."""
    text = str(getattr(name, "value", name) or "")
    return WORDS.get(text, text)
