"""What a label means, read from its words: method (a), word lists with head words and fuzzy matching.

A label is a short noun phrase. Its head (the main noun, before "of"/"on"/"का") says which
field it is ("Name of account holder" -> name, "Phone number on account" -> phone); a
generic head ("number", "ID", "time", "address") takes its meaning from the word before it
("case number" -> reference, "IP address" -> ip, "creation time" -> post time). Words
not in the lists are matched fuzzily (rapidfuzz) so "Mobil no" and "Adress" still read.
Labels about someone else (reporter, friend, father) and mail headers are "skip".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

FIELDS = ("name", "phone", "email", "username", "user_id", "profile", "ip", "post", "post_time", "reference",
          "platform", "location", "pin", "date", "time")

# words that make the whole label about another person, or not a label at all
OTHER_PERSON = frozenset(
    "father mother husband wife guardian parent brother sister son daughter spouse reporter reporting "
    "reported_by flagger friend friends complainant informant officer inspector constable sho "
    "submitter submitted_by referrer witness relative neighbour neighbor sender agent analyst reviewer "
    "पिता माता पति पत्नी अभिभावक अधिकारी मित्र दोस्त शिकायतकर्ता सूचनाकर्ता रिपोर्टर भाई बहन".split()
)
# phrases that name someone else's contact ("Emergency contact: +91 ...", "Next of kin")
_OTHER_PHRASES = ("emergency contact", "contact person", "next of kin", "trusted contact", "family contact", "kin")
HEADER_LABELS = frozenset({"from", "to", "cc", "bcc", "sent", "subject", "reply to", "message id", "date sent",
                           "received", "importance", "attachments", "प्रेषक", "विषय", "प्रति", "दिनांक"})
_PLATFORM_NAMES = frozenset({"instagram", "facebook", "threads", "insta", "ig", "fb", "इंस्टाग्राम", "फेसबुक"})
NOT_LABELS = frozenset({"note", "notes", "please note", "important", "warning", "disclaimer", "regards", "thanks",
                        "dear", "hello", "hi", "ps", "p s", "attention", "action", "action required", "nb"})

# head word -> field. Generic heads are resolved by the word before them (see _GENERIC).
HEADS: dict[str, str] = {}
for _field, _words in {
    "name": "name naam fullname displayname holder owner dhaarak dharak नाम पूरा_नाम खाताधारक",
    "phone": "mobile mobileno mob phone phoneno cell cellphone telephone tel whatsapp contact ph mo msisdn reachable contactable "
             "मोबाइल मोबाईल फोन फ़ोन दूरभाष संपर्क मो",
    "email": "email e-mail emailid mail ईमेल ई-मेल",
    "username": "username handle screenname vanity यूज़रनेम यूजरनेम",
    "user_id": "uid fbid userid accountid profileid igid",
    "profile": "profile url link permalink page homepage प्रोफ़ाइल प्रोफाइल लिंक",
    "ip": "ip ips ipv4 ipv6 ipaddress आईपी",
    "post": "post text caption content comment status update message words description story reel body thread "
            "wrote written said likha title headline पोस्ट कैप्शन सामग्री टिप्पणी संदेश पाठ स्टोरी रील",
    "post_time": "posted timestamp uploaded published created shared start started began commented messaged sent set "
                 "streamed recorded broadcast updated",
    "reference": "reference ref case ticket incident referral report sandarbh matter संदर्भ केस",
    "platform": "platform service app application product network प्लेटफ़ॉर्म प्लेटफार्म प्लेटफॉर्म",
    "location": "city town village location loc home hometown checkin address residence district state area locality place "
                "region tehsil taluka suburb neighbourhood neighborhood whereabouts landmark lives live resides residing stays staying based geo jagah shehar shahar gaon gaanv "
                "sthan sthaan nivas nivaas ilaka "
                "जगह शहर पता जिला ज़िला गांव गाँव ग्राम स्थान तहसील राज्य कस्बा निवास इलाका क्षेत्र",
    "pin": "pin pincode zip zipcode postcode पिन पिनकोड",
    "date": "date दिनांक तारीख तिथि tareekh tarikh dinank",
    # facts about the account that are no person facts: read as skip, never as a post or a name
    "skip": "type kind category format language gender sex country nationality device browser os "
            "relationship relation detection source modified age dob birthday joined followers following "
            "visibility privacy audience views likes reactions shares duration लिंग भाषा देश प्रकार",
    "time": "time when ts समय samay waqt vakt",
}.items():
    for _w in _words.split():
        HEADS[_w.replace("_", " ")] = _field

# generic heads: meaning from a modifier before them (or after, for Hindi "नंबर मोबाइल" is rare)
_GENERIC = {"number", "no", "num", "nos", "id", "address", "details", "detail", "info", "information",
            "identifier", "code", "पता", "नंबर", "संख्या", "आईडी", "विवरण", "crn", "#"}
MODIFIER_FIELD: dict[str, str] = {}
for _field, _words in {
    "phone": "mobile mob phone cell telephone tel whatsapp wa contact ph mo मोबाइल फोन फ़ोन संपर्क मो",
    "email": "email e-mail mail ईमेल",
    "ip": "ip login ipv4 ipv6 आईपी",
    "reference": "reference ref case ticket incident report referral request complaint escalation tracking sandarbh matter "
                 "संदर्भ केस शिकायत अनुरोध मामला",
    "user_id": "user account profile fb facebook instagram insta ig meta numeric uid यूज़र खाता खाते",
    "location": "home residential permanent current postal present street house residence",
    "pin": "pin postal zip",
    "profile": "web",
}.items():
    for _w in _words.split():
        MODIFIER_FIELD.setdefault(_w, _field)

# words around a head that change its meaning
_TIME_WORDS = {"time", "date", "timestamp", "when", "kab", "at", "on", "datetime", "समय", "तारीख", "दिनांक", "तिथि", "कब",
               "samay", "waqt", "vakt", "tareekh", "tarikh", "dinank"}  # romanized Hindi too
_TIME_NOUNS = _TIME_WORDS - {"at", "on"}  # "Text on story" is no time; "posted on" is
_POST_WORDS = {"post", "posted", "posting", "creation", "created", "create", "upload", "uploaded", "published",
               "publish", "content", "live", "video", "story", "reel", "comment", "shared", "share", "stream",
               "broadcast", "written", "wrote", "made", "sent", "incident", "event", "activity", "message",
               "caption", "status", "photo", "पोस्ट", "अपलोड", "लाइव", "स्टोरी", "रील"}
_NOT_POST_TIME = {"profile", "login", "logged", "seen", "access", "accessed", "session", "report", "reported", "referral",
                  "received", "generated", "escalation", "request", "email", "mail", "birth", "dob", "signup",
                  "registration", "registered", "joined", "account", "subject", "member", "since", "export",
                  "file", "खाता", "खाते", "पंजीकरण"}
_PLACE_HEADS = frozenset(w for w, f in HEADS.items() if f == "location")
# what a platform's own news is about: "<these> update" heads a notice, never a post
_NOTICE_UPDATE = {"policy", "policies", "prevention", "product", "feature", "features", "safety", "security", "terms",
                  "privacy", "service", "programme", "program", "quarterly", "monthly", "weekly", "app", "portal",
                  "system", "community", "guidelines", "partnership", "resources"}
_PROFILE_LOC = {"profile", "hometown", "home town", "current city", "from profile", "lives", "प्रोफ़ाइल", "प्रोफाइल"}
_LINK_NOT_PROFILE = {"reset", "password", "download", "portal", "unsubscribe", "preferences", "settings", "login",
                     "verify", "confirm", "survey", "form", "request", "records", "dashboard", "tracking",
                     "post", "content", "story", "video", "reel", "photo", "live", "comment", "help", "policy",
                     "pोस्ट", "पोस्ट"}
_USERNAME_NAME = {"user", "screen", "account", "login", "instagram", "insta", "ig", "यूज़र", "उपयोगकर्ता"}
# words naming the person a report is about: the label says who, its value says what (name, handle, id)
_WHO = frozenset("user person individual subscriber व्यक्ति उपयोगकर्ता".split())
_SECTION_WORDS = frozenset("information info details detail data section profile record records जानकारी विवरण "
                           "jaankari jankari vivaran".split())
_SPLIT = re.compile(r"\s+(?:of|on|for|in|from|by|as|per|at|with|to|linked to|associated with|ka|ki|ke|mein|का|की|के|में|से|पर)\s+")
_COMPOUNDS = re.compile(r"whatsapp|facebook|instagram|youtube|linkedin|ipaddress|userid|username|e-?mail", re.I)
_PAREN = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")
# ordinary words close to field words ("reported" is no "reporter"): matched as themselves
_PLAIN = frozenset("reported reports deleted removed flagged detected received recorded requested preferences "
                   "settings notifications informed formal information summary details activity history "
                   "emails mailing mobility posting postal poster contents contented namely names stated records proto".split())
VOCABULARY = tuple(sorted(set(HEADS) | set(MODIFIER_FIELD) | _GENERIC | _POST_WORDS | _TIME_WORDS | OTHER_PERSON | _PLAIN
                          | {"registered", "primary", "verified", "linked", "account", "holder", "full", "display"}))


@dataclass(frozen=True)
class Meaning:
    """A label's field with a confidence (1.0 read from the lists; lower when fuzzily matched)
    and, for locations, where the place comes from ("profile" or "stated")."""

    field: str
    confidence: float
    detail: str = ""


SKIP = Meaning("skip", 1.0)


def words_of(label: str) -> list[str]:
    """Lower-case words; camelCase and snake_case split; punctuation dropped."""
    label = unicodedata.normalize("NFC", label)
    label = _COMPOUNDS.sub(lambda m: m.group(0).lower(), label)
    label = re.sub(r"([a-z])([A-Z])", r"\1 \2", label).lower()
    label = label.replace("e-mail", "email").replace("e mail", "email").replace("i.p.", "ip").replace("ई-मेल", "ईमेल")
    label = re.sub(r"\bcheck(?:ed)?[- ]in\b", "checkin", label)  # "Check-in: <place>": where they checked in
    label = re.sub(r"[_/|&+,;:.\-–—•*'’`\"=<>?!]+", " ", label)
    return label.split()


def names_a_time(label: str) -> bool:
    """A label of a time ("Login time", "login_1_time"), about no other person: what it skips
    is a time that is not the post's, never someone else's facts."""
    words = set(words_of(label))
    return bool(words & _TIME_NOUNS) and not words & OTHER_PERSON


def _fuzzy(word: str) -> tuple[str, float]:
    """The vocabulary word a misspelt word stands for, with the match score (0..1)."""
    if word in HEADS or word in MODIFIER_FIELD or word in _GENERIC or word in _PLAIN or len(word) < 5 \
            or not word.isalpha():
        return word, 1.0
    found = process.extractOne(word, VOCABULARY, scorer=fuzz.ratio, score_cutoff=78)
    # a slip keeps the first letter and about the length ("Adress", "Emial"); "preferences" is no "reference"
    if found and found[0][:1] == word[:1] and abs(len(found[0]) - len(word)) <= 1:
        return found[0], found[1] / 100
    return word, 1.0


def meaning_of(label: str) -> Meaning | None:
    """The field a label names, or None when the words do not say (then a model may try).
    A bilingual label ("संदेश / Status", "Mobile (मोबाइल)") is read side by side: a side that
    says skip wins ("सामग्री का प्रकार / Content type"), else the first side that says anything."""
    sides = [s for s in re.split(r"\s+/\s+|\s*\|\s*", label) if s.strip()]
    if len(sides) == 2:
        found = [_meaning_of(s) for s in sides]
        fields = {f.field for f in found if f is not None}
        if "skip" in fields or (fields & {"post_time", "time", "date"} and set(words_of(label)) & _NOT_POST_TIME):
            return SKIP  # "खाता / Created": when the account was made, no post time
        return next((f for f in found if f is not None and f.field not in ("id", "account")),
                    next((f for f in found if f is not None), None))  # "आईडी / Profile ID": the side that says whose
    return _meaning_of(label)


def _meaning_of(label: str) -> Meaning | None:
    raw = " ".join(words_of(label))
    if not raw or len(raw.split()) > 8:
        return None
    if raw in HEADER_LABELS:
        return SKIP
    if raw in NOT_LABELS:
        return None
    if raw in _PLATFORM_NAMES:
        return Meaning("platform_account", 1.0)  # "Instagram: @aditi.m": the value says which fact
    if re.fullmatch(r"(?:post|posted|content|status|story|reel|caption|media)(?: (?:at|ts))+", raw):
        return Meaning("post_time", 1.0)  # "POST_AT", "content.ts": when the post was made
    if re.fullmatch(r"(?:(?:media|photo|video|post) )?taken(?: (?:at|on|time|ts))+", raw):
        return Meaning("post_time", 1.0)  # Instagram's "taken_at": when the media was made
    if re.fullmatch(r"(?:[\w ]+ )?(?:flagged|detected|surfaced|reported|captured)(?: (?:at|on|time|date))+", raw):
        return Meaning("time", 1.0)  # when the platform caught (captured) the post: its time when no label gives a posting time
    inside = " ".join(a or b for a, b in _PAREN.findall(label.lower()))
    main = _PAREN.sub(" ", label)
    words = words_of(main) or words_of(label)
    score = 1.0
    fixed = []
    for w in words:
        new, s = (w, 1.0) if w in _PLATFORM_NAMES else _fuzzy(w)  # "Threads" is the platform, never "thread"
        fixed.append(new)
        score = min(score, s)
    words = fixed
    every = set(words) | set(words_of(inside))
    if every & OTHER_PERSON or "reported by" in raw or "flagged by" in raw or any(
            f" {phrase} " in f" {raw} " for phrase in _OTHER_PHRASES):
        return SKIP
    # the head phrase is what comes before a preposition ("name of the account holder")
    parts = _SPLIT.split(" " + " ".join(words) + " ")
    head_part = [w for w in parts[0].split() if w] or words
    rest = {w for p in parts[1:] for w in p.split()} | set(words_of(inside))
    found = _resolve(head_part, rest | set(words))
    if found is None and len(parts) > 1:  # "date of post" -> head "date" resolved by its object
        found = _resolve([w for p in parts[1:] for w in p.split()], set(head_part))
    if found is None and inside:  # "Account (phone number)"
        found = _resolve(words_of(inside), set(head_part))
    if found is None and len(head_part) <= 3 and set(head_part) & _WHO and not set(head_part) & _SECTION_WORDS:
        found = ("account", "")  # "User", "Subscriber", "Person concerned": whose name, handle or id the value says
    if found is None and head_part[-1:] in (["account"], ["number"], ["no"], ["contact"], ["id"], ["आईडी"]):
        # a bare generic head ("Account: kavya_0311", "Registered number: 98..."): the value decides
        found = ("id" if head_part[-1] in ("id", "आईडी") else "account", "")
    if found is None:
        return None
    field, detail = found
    return Meaning(field, round(score, 2), detail)


def _resolve(head: list[str], around: set[str]) -> tuple[str, str] | None:
    """Field of a head phrase (its last meaningful word wins), modifiers and context considered."""
    joined = " ".join(head)
    context = set(head) | around
    for phrase, field in (("user name", "username"), ("screen name", "username"), ("home town", "location"),
                          ("current city", "location"), ("lives in", "location"), ("based in", "location"), ("network address", "ip"), ("e mail", "email"),
                          ("mob no", "phone"), ("ph no", "phone"), ("mo no", "phone"), ("मो नं", "phone"),
                          ("पूरा नाम", "name"), ("उपयोगकर्ता नाम", "username"), ("यूज़र नेम", "username"),
                          ("user s name", "name"), ("post kiya", "post_time"), ("पोस्ट किया", "post_time"), ("account holder", "name"), ("vanity name", "username"), ("पिन कोड", "pin"), ("zip code", "pin"), ("postal code", "pin")):
        if f" {phrase} " in f" {joined} ":
            return _refine(field, head, context)
    for i in range(len(head) - 1, -1, -1):
        word = head[i]
        if word in _GENERIC:
            before = [w for w in head[:i] if w in MODIFIER_FIELD or w in HEADS]
            if before:
                mod = before[-1]
                field = MODIFIER_FIELD.get(mod) or HEADS[mod]
                if word in ("address", "पता") and field in ("name", "location", "user_id"):
                    field = "location"
                if field == "user_id" and {"whatsapp", "wa"} & set(head[:i]):
                    field = "phone"  # "WhatsApp account number": a WhatsApp account is its phone number
                return _refine(field, head, context)
            if word in ("address", "पता"):
                return _refine("location", head, context)
            if word == "id" and context & {"instagram", "insta", "ig"}:
                return "username", ""
            continue
        if word in HEADS:
            return _refine(HEADS[word], head, context)
    return None


def _refine(field: str, head: list[str], context: set[str]) -> tuple[str, str] | None:
    """Adjust a head's field by the words around it."""
    if field == "name" and context & _USERNAME_NAME and not context & {"holder", "display", "s", "full"} \
            and ("user" in head or "screen" in head or "login" in head or "instagram" in head):
        return "username", ""
    if field in ("date", "time", "post_time"):
        if context & {"ip", "ipv4", "ipv6", "आईपी"}:
            return "ip", ""  # "LOGIN IP 1 TIME": the time of an address, read with it (not a skipped line)
        if context & _NOT_POST_TIME:
            return "skip", ""
        if field == "post_time" or context & _POST_WORDS:
            return "post_time", ""
        return field, ""
    if field == "post" and context & _TIME_NOUNS:
        return "post_time", ""
    if field == "post" and head[-1] in ("status", "story", "reel", "post", "update") and context & {
            "account", "request", "case", "report", "referral", "delivery", "verification", "profile", "login"}:
        return "skip", ""  # "Account status: Active"
    if field == "post" and context & {"automatic", "automated", "auto", "system", "error", "delivery", "bounce",
                                      "proto", "schema"}:
        return "skip", ""  # "Automatic message: delivery ... failed", "# proto-message: X": the sender's, no post
    if field == "post" and head[-1] in ("text", "value", "string", "raw") and context & _PLACE_HEADS:
        return _refine("location", head, context)  # an export's "location.text": the place as written
    if field == "post" and head[-1] in ("update", "updates") and context & _NOTICE_UPDATE:
        return None  # "Policy update: ...", "Suicide prevention update": a platform's news, no one's post
    if field == "post" and context & {"id", "link", "url", "permalink"}:
        return "skip", ""
    if field == "profile":
        if context & _LINK_NOT_PROFILE and not context & {"profile", "प्रोफ़ाइल", "प्रोफाइल"}:
            return "skip", ""
        if context & {"city", "town", "location", "hometown", "address", "place", "शहर", "पता"}:
            return "location", "profile"
        if context & {"name", "नाम"}:
            return "name", ""
        if context & {"id"}:
            return "user_id", ""
    if field == "location":
        joined = " " + " ".join(head) + " "
        if context & _PROFILE_LOC or any(f" {w} " in joined for w in _PROFILE_LOC):
            return "location", "profile"
        return "location", "stated"
    if field == "reference" and (context & {"message", "internal", "records"} and not context & {"case", "ticket"}):
        return "skip", ""  # "Message reference", "Request ID (for our records only)": the mail's own id, no case
    if field == "reference" and context & {"post", "content"} and not context & {"case", "ticket"}:
        return "skip", ""
    if field == "reference" and context & ({"received", "generated", "created", "sent", "filed", "raised", "closed"}
                                           | _TIME_WORDS):
        return "skip", ""  # "Report received: 22/02/2027 23:10" is a time, not the reference
    if field == "user_id" and context & {"name"}:
        return "username", ""
    return field, ""
