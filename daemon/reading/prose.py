"""Facts a platform writes in sentences rather than under labels.

"We are contacting you about Ritu Mali, a Threads user whose profile lists Hisar, Haryana as
their location." / "At 16-11-2026 23:16 IST the user wrote:" over the post, indented or
quoted. Read only when no label gives the same fact, and never from a sentence about someone
else (the friend who flagged the post).
"""

from __future__ import annotations

import re

from daemon.reading.identity import identity_parts
from daemon.reading.label_words import meaning_of
from daemon.reading.labels import Field
from daemon.reading.others import about_someone_else

_LATIN_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}"  # two to four capitalised words
# "about Ritu Mali, a Threads user", "regarding Om Prakash Joshi, the account holder"
_NAME = re.compile(
    rf"\b(?:about|regarding|concerning)\s+(?P<name>{_LATIN_NAME}),\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:user|account(?: holder)?|member|person)\b")
# "whose profile lists Hisar, Haryana as their location", "who lives in Kota", "based in Udaipur"
_PLACE = re.compile(
    r"\b(?P<profile>profile)?\s*(?:lists|gives|shows|states|says)\s+(?P<listed>(?:[^.;:\n]|\.(?= \w)){2,60}?)\s+as\s+(?:their|his|her|the)"
    r"\s+(?:location|home ?town|current city|city|address)\b"
    r"|\b(?P<profile2>profile\b[^.;:\n]{0,60}?)?\b(?:lists|gives|shows|states)\s+(?:their|his|her|the)\s+"
    r"(?:home|home ?town|location|current city|city|address)\s+as\s+(?P<given>[A-Z][^.;:\n]{1,60}?)"
    r"(?=\.(?:\s|$)|[;\n]|,\s+(?:[a-z]|(?:and|who|but)\b)|$)"
    r"|\b(?:woh|wo|yeh|ye|vah|veh)\s+(?P<lives_hl>[A-Z][^.;:\n]{1,60}?)\s+(?:mein|me|ke aas ?paas|ke paas|ke nazdeek)\s+"
    r"(?:rehte|rehti|rahte|rahti|rehta|rahta)\b"
    r"|\b(?:lives|living|resides|residing|is based|based|staying|stays)\s+(?:in|at)\s+(?P<lives>[A-Z][^.;:\n]{1,60}?)"
    r"(?=[.;\n]|,\s+(?:and|who|but|a|an|the)\b|\s+(?:and|who|but)\b|$)")
# "स्थान नोखा, बीकानेर बताया गया है।", "उनका पता उदयपुर है", "Location Bari, Dholpur dikh rahi hai."
_PLACE_SAID = re.compile(
    r"(?:स्थान|पता|लोकेशन|निवास|शहर)\s+(?P<hi>[^।.\n:@/]{2,60}?)\s+(?:बताया गया|बताया|लिखा|दर्ज|दिया गया|दिखाया गया)?\s*हैं?(?=\s*[।.|\n]|$)"
    r"|\b(?i:location|jagah|address|pata)\s+(?P<hl>[A-Z][^.;:\n@/]{1,60}?)\s+"
    r"(?i:dikh rahi|dikh raha|dikhti|dikhta|bata rahi|bata raha|batayi|likhi|likha|hai|h)\b")
# a sentence that introduces the post below it: "At <time> the user wrote:", "They posted:"
_INTRO = re.compile(r"\b(?:wrote|posted|shared|said|commented|captioned|put up|updated (?:their|his|her) status)"
                    r"(?: (?:the following|this|on \w+))?\s*:\s*$", re.I)


def name_in_prose(text: str) -> str | None:
    """The person's name given in a sentence about them (not about a friend or reporter)."""
    for m in _NAME.finditer(text[:4000]):
        if not about_someone_else(text, m.start("name")):
            return m.group("name")
    return None


def places_in_prose(text: str) -> list[tuple[str, str]]:
    """(place, "profile" or "stated") for places a sentence gives as the person's."""
    out = []
    for m in _PLACE.finditer(text[:6000]):
        if about_someone_else(text, m.start()):
            continue
        if m.group("listed"):
            out.append((m.group("listed").strip(" ,"), "profile" if m.group("profile") else "stated"))
        elif m.group("given"):
            out.append((m.group("given").strip(" ,"), "profile" if m.group("profile2") else "stated"))
        elif m.group("lives") or m.group("lives_hl"):
            out.append(((m.group("lives") or m.group("lives_hl")).strip(" ,"), "stated"))
    for m in _PLACE_SAID.finditer(text[:6000]):
        # "Mere dost ki location Kota hai", "उसके भाई का पता ...": someone else's place
        before = text[max(0, m.start() - 30, *(text.rfind(c, 0, m.start()) + 1 for c in ".।\n")): m.start()]
        if not about_someone_else(text, m.start()) and not _RELATIVE.search(before):
            out.append(((m.group("hi") or m.group("hl")).strip(" ,"), "stated"))
    return out


def introduced_post(lines: list[str], skip: set[int]) -> tuple[str, str] | None:
    """(post, the sentence that introduced it) for a post set off under "... the user wrote:"."""
    for i, line in enumerate(lines):
        if i in skip or len(line) > 200 or not _INTRO.search(line) or about_someone_else(line, len(line)):
            continue
        j = i + 1
        while j < len(lines) and j < i + 3 and not lines[j].strip():
            j += 1
        block = []
        while j < len(lines) and lines[j].strip() and (lines[j][:1].isspace() or lines[j].lstrip()[:1] in "\"“>«"):
            block.append(lines[j].strip().lstrip("> ").strip())
            j += 1
        post = " ".join(" ".join(block).split()).strip("\"“”«»")
        if len(post) >= 3:
            return post, line
    return None


# "The phone number confirmed on the account is +91 ...", "Its numeric account id is 1000..."
# (two facts joined by "and": "The person's name is X and the phone number on the account is Y.")
_COPULA = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\sand\s))(?i:The|Its|Their|His|Her)\s+(?P<label>[^\W\d][\w '’-]{2,50}?)\s+"
                     r"(?:is|are)\s+(?P<value>[^\s.].*?)(?=\.(?:\s|$)|\n|$|\s+and\s+(?i:the|their|his|her)\s+[\w '’-]{2,50}?\s+(?:is|are)\s)")
# "संदर्भ संख्या 9616672303 है।", "खाते से जुड़ा मोबाइल नंबर 09019043021 है।": label, one-word value, है
_COPULA_HI = re.compile(r"(?:^|(?<=[।.!?]\s)|(?<=\n))(?P<label>[\u0900-\u097F][\u0900-\u097F ]{1,40}?)\s+(?P<value>[^\s।]{3,80})\s+है(?=\s*[।.]|$)")
_COPULA_HI_FIELDS = frozenset({"phone", "email", "user_id", "username", "pin", "reference"})  # one-word values
_GIVEN_AS = re.compile(r"^(?:given|listed|shown|recorded|stated|mentioned|noted|set|entered)\s+(?:as|to)\s+", re.I)
_COPULA_FIELDS = frozenset({"phone", "email", "user_id", "username", "name", "location", "pin"})
# "The account belongs to Komal Shekhawat (@komal_shek202)."
_OWNER = re.compile(r"\b(?:account|profile)\s+(?:belongs|is\s+registered|was\s+registered)\s+to\s+(?P<name>[^.(\n,]{2,60}?)(?=\s*\(|\.(?:\s|$)|,|\n|$)")
# "Chetan Bairwa uses the account ...", "user ka naam Shravan Rathore hai", "खाते पर नाम Suresh Solanki लिखा है।",
# "a Facebook user named Hemant Kumawat", 'User "Vikram Singh Rathore" (insta id ...)'
_NAMED = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<uses>{_LATIN_NAME})\s+uses\s+the\s+(?:account|profile|handle|number)\b"
    rf"|\b(?i:naam)\s+(?P<hl>{_LATIN_NAME})\s+(?i:hai|h)\b"
    rf"|\b(?:user|account holder|person|member)\s+(?:named|called)\s+(?P<called>{_LATIN_NAME})\b"
    # "The account holder, Prakash Joshi, who ...", "The account holder, Mamta Sankhla uses the ..."
    rf"|\b(?i:the)\s+(?:account holder|user|account owner|subscriber),\s+(?P<appos>{_LATIN_NAME})"
    r"(?=,|\s+(?:uses|who|is|has)\b)"
    rf"|(?:\b(?i:user|account holder)|उपयोगकर्ता|यूज़र|यूजर|खाताधारक)\s+[\"“](?P<quoted>{_LATIN_NAME}"
    r"|[\u0900-\u097F]+(?:\s+[\u0900-\u097F]+){1,3})[\"”](?P<ids>\s*\([^()\n]{2,120}\))?"
    r"|नाम\s+(?P<hi>[^\s।,:@/\d]+(?:\s+[^\s।,:@/\d]+){1,3}?)\s+(?:लिखा\s+(?:है|गया है)|है)(?=\s*[।.,\n]|$)")
_RELATIVE = re.compile(r"\b(?:father|mother|husband|wife|brother|sister|papa|dost|friend|bhai|behen|bahan|didi)\b"
                       r"|पिता|माता|पति|पत्नी|भाई|बहन|दोस्त|मित्र", re.I)
# "The profile says they live in Suratgarh."
_LIVES = re.compile(r"\b(?:says?|said|states?|shows?)\s+(?:they|he|she)\s+(?:lives?|stays?|resides?)\s+(?:in|at)\s+"
                    r"(?P<place>[^.;:\n]{2,60}?)(?=\.(?:\s|$)|[;\n]|$)")
# 'At 27 Nov 2026, 06:36 AM IST they wrote: "..."': the post and its time in one sentence
_WROTE = re.compile(r"(?:\b(?:At|On)\s+(?P<time>[^\n]{4,60}?)\s+)?(?:(?:they|he|she|the (?:user|person|account))\s+"
                    r"(?:wrote|posted|said|shared)\s*:"
                    # "published a post saying "..."", "ek story daali jismein likha tha: "...""
                    r"|\b(?:posted|published|shared|put up|daali|dali|daala)\s+(?:a |an |ek )?(?:post|story|status|reel|message)"
                    r"\s+(?:saying|that said|reading|which said|jismein likha tha|jisme likha tha|jismein likha hai)\s*:?"
                    r"|\b(?:post|story|status|reel)\s+(?:daali|dali|daala|ki|kiya|lagayi)\s+(?:jismein|jisme|jis ?me)\s+"
                    r"likha\s+(?:tha|hai|h)\s*:?)"
                    r"\s*[\"“](?P<post>[^\"”\n]{3,600})[\"”]")
# "The post went up at 11:03 UTC on 11 November 2026.", "Story 28-11-2026 ko raat 11:05 PM IST par post hui."
# "The content that worried our reviewers was posted <time> and reads: "..."": the post, and its time
_READS = re.compile(r"\b(?:post|content|status|story|caption|message|reel)\b[^.\n\"“]{0,80}?"
                    r"(?:\bwas\s+(?:posted|published|shared)\s+(?P<time>[^\n\"“]{4,60}?)\s+and\s+)?"
                    r"\b(?:reads|says|said)\s*:?\s*[\"“](?P<post>[^\"”\n]{3,600})[\"”]", re.I)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose|where)\b")
_POSTED_AT = re.compile(r"\b(?i:the )?(?i:post|story|status|reel|message)\s+(?:went up|was (?:posted|published|shared|put up))"
                        r"\s+(?:at|on)\s+(?P<time>[^.\n]{4,60}?)(?=\.(?:\s|$)|\n|$)"
                        r"|\b(?i:post|story|status|reel)\s+(?P<hl_time>[^.\n]{4,60}?)\s+(?:par|pe)\s+post\s+(?:hui|hua|ki gayi)\b")


# 'ने एक वीडियो डाला है जिसमें वे कह रही हैं कि "..."'; 'वीडियो 9 नवंबर 2026 को 19:20 IST पर पोस्ट हुआ'
_SAYS_HI = re.compile(r"(?:कह रही हैं|कह रहे हैं|कह रहा है|कह रही है|लिखा है|लिखा था|लिखा गया है)\s+कि\s+[\"“]"
                      r"(?P<post>[^\"”\n]{3,600})[\"”]")
_POSTED_HI = re.compile(r"(?:पोस्ट|वीडियो|स्टोरी|रील|स्टेटस)\s+(?P<time>[^।\n\"“]{4,60}?)\s+(?:को\s+|पर\s+)*पोस्ट\s+"
                        r"(?:हुआ|हुई|किया गया|की गई|किया|की)")
# '29 नवंबर 2026, 22:32 बजे (IST) को उन्होंने लिखा: "..."'
_WROTE_HI = re.compile(r"(?:(?P<time>[^\n\"“।]{4,60}?)\s+को\s+)?(?:उन्होंने|इन्होंने|उसने|(?:उपयोगकर्ता|यूज़र|यूजर|व्यक्ति) ने)\s+"
                       r"(?:लिखा|पोस्ट किया|पोस्ट की|कहा)\s*:\s*[\"“](?P<post>[^\"”\n]{3,600})[\"”]")


def _looks_like(field: str, value: str) -> bool:
    """Whether a sentence's value is a fact of that kind ("The account details are in the attached
    file" gives no id): a number has digits, an address an @, a name or place a capital."""
    if field in ("phone", "user_id", "pin"):
        return bool(re.search(r"[\d०-९]", value))
    if field == "email":
        return "@" in value
    if field == "username":
        return " " not in value.strip()
    return not value[:1].islower()


def sentence_fields(text: str) -> list[Field]:
    """Fields a report writes as sentences about the person ("The e-mail on file is ..."), read
    with the label word lists; never from a sentence about someone else."""
    out: list[Field] = []

    def add(field: str, label: str, value: str, start: int, detail: str = "") -> None:
        if value.strip() and not about_someone_else(text, start):
            line = text.count("\n", 0, start)
            out.append(Field(field, label, value.strip(), line, line, detail))

    for pattern, kinds in ((_COPULA, _COPULA_FIELDS), (_COPULA_HI, _COPULA_HI_FIELDS)):
        for m in pattern.finditer(text[:6000]):
            meaning = meaning_of(m.group("label"))
            value = _GIVEN_AS.sub("", m.group("value"))  # "The user's location is given as Merta City."
            value = _RELATIVE_CLAUSE.split(value, 1)[0]  # "..., who uses the name x on Instagram": not the name
            if meaning is not None and meaning.field in kinds and _looks_like(meaning.field, value):
                add(meaning.field, m.group("label"), value, m.start(), meaning.detail)
    for m in _OWNER.finditer(text[:6000]):
        add("name", "account belongs to", m.group("name"), m.start())
    for m in _NAMED.finditer(text[:6000]):
        if not _RELATIVE.search(text[max(0, m.start() - 30): m.start()]):  # "उनके पिता का नाम ..." is not theirs
            name = (m.group("uses") or m.group("hl") or m.group("hi") or m.group("called") or m.group("quoted")
                    or m.group("appos"))
            add("name", "named", name, m.start())
            for field, value in identity_parts(f"{name}{m.group('ids')}", "name")[1:] if m.group("ids") else ():
                add(field, "named", value, m.start())  # 'User "X" (insta id @x, user id 611...)' 
    for m in _LIVES.finditer(text[:6000]):
        sentence = text[max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0): m.start()]
        add("location", "lives in", m.group("place"), m.start(), "profile" if "profile" in sentence.lower() else "stated")
    # every verb of _WROTE_HI holds "ने", and its optional time makes it scan slowly: skip it without one
    wrote_hi = _WROTE_HI.finditer(text[:6000]) if "ने" in text[:6000] else ()
    for label, found in (("wrote", (*_WROTE.finditer(text[:6000]), *wrote_hi)), ("reads", _READS.finditer(text[:6000]))):
        for m in found:
            add("post", label, m.group("post"), m.start())
            if m.group("time"):
                add("post_time", "posted at", m.group("time"), m.start())
    for m in _SAYS_HI.finditer(text[:6000]):
        add("post", "says", m.group("post"), m.start())
    for m in _POSTED_HI.finditer(text[:6000]):
        add("post_time", "posted at", re.sub(r"\s+(?:को|पर)(?=\s|$)", "", m.group("time")), m.start())
    for m in _POSTED_AT.finditer(text[:6000]):
        add("post_time", "posted at", (m.group("time") or m.group("hl_time")).removeprefix("ko ").replace(" ko ", " "),
            m.start())
    return out
