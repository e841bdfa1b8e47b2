"""Message -> Report: labelled fields first, free-text extractors for the rest. Never raises.

Labels give the platform's own statement of each fact; the extractors (phones, IPs, links,
times, places) catch what a layout we have not seen puts in prose, and double-check the
labelled values (a "Mobile" field holding two numbers yields both). Lines about someone
else (the friend who flagged the post, a reporter) are left out of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from daemon.core.domains import domain_of, within
from daemon.core.report import Report
from daemon.reading.attachments import attachment_text, log_text
from daemon.reading.hints import BASE_PLACES, place_hints, prefixed_places
from daemon.reading.ips import find_ip_sightings, ips_in, officer_sign_ins, received_ips
from daemon.reading.label_words import words_of
from daemon.reading.labels import Field, LabelModel, read_fields, strip_quotes
from daemon.reading.language import detect_language
from daemon.reading.machine import machine_text
from daemon.reading.message import Message
from daemon.reading.others import about_someone_else
from daemon.reading.person import (Evidence, choose_post, clean_name, name_in_subject, other_person_spans, post_time_of,
                                   quoted_post, said_by, timed_post)
from daemon.reading.phones import find_phones
from daemon.reading.post_lines import post_lines
from daemon.reading.prose import introduced_post, name_in_prose, places_in_prose, sentence_fields
from daemon.reading.source import Source, report_source, without_quote, without_signature
from daemon.reading.times import DEVANAGARI_DIGITS, declared_zone, parse_time
from daemon.reading.urls import clean_username, find_emails, find_profiles, profile_host

PLATFORMS = ("instagram", "facebook", "whatsapp", "threads", "messenger")
_DOMAIN_PLATFORM = (("instagram", "instagram"), ("facebook", "facebook"), ("fb.com", "facebook"),
                    ("whatsapp", "whatsapp"), ("threads", "threads"))
_REFERENCE = re.compile(
    r"(?<!message\s)(?:\bRef(?:erence)?|\bCase|\bReport|\bTicket|\bIncident|\bRequest|\bReferral|संदर्भ)\.?\s*"
    r"(?:No\.?|number|ID|#)?\s*[:#]?\s*(?=[A-Z0-9/-]*\d)([A-Z]{0,5}-?[A-Z0-9][A-Z0-9-]{1,30}(?:/[A-Z0-9-]+)*)",
    re.I,
)
# a platform's case code standing alone: "IG-27388308", "WA-ER-984267462", "EDR-10921881"
_CODE = re.compile(r"(?<![\w-])([A-Z]{2,5}(?:-[A-Z]{2,5})?-\d{4,}(?:-\d+)?)(?![\w-])")
_PROSE_HANDLE = re.compile(r"\b(?:account|user|profile|handle|username)\s+(?:named\s+)?@([A-Za-z0-9._]{2,30})(?![\w@])",
                           re.I)
_DATEISH = re.compile(r"^\d{4}-\d{2}-\d{2}|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_ID_LABELS = {"reference", "user_id", "ip", "profile", "post_time", "email", "username", "platform", "name",
              "location", "pin", "date", "time", "skip"}


@dataclass(frozen=True)
class ExtractOptions:
    """What extraction needs to know besides the mail (from the config)."""

    exclude_phones: frozenset[str] = frozenset()  # our officers' numbers, E.164
    exclude_emails: frozenset[str] = frozenset()  # our own mailboxes
    exclude_domains: tuple[str, ...] = ()  # platform and police domains: not the person's e-mail
    places: tuple[str, ...] | dict[str, int] = BASE_PLACES  # names worth noticing in a post
    # a report is a few kB; reading more of a huge body only costs time (worst case stays < 1 s)
    max_chars: int = 200_000
    label_model: LabelModel | None = field(default=None, compare=False)  # reads labels the lists cannot


def _platform(fields: dict[str, list[Field]], source: Source, profiles: list[str]) -> str | None:
    for f in fields.get("platform", []):
        for name in PLATFORMS:
            if name in f.value.lower():
                return name
    named = [n for n in PLATFORMS if re.search(rf"\b{n}\b", source.from_name.lower())]
    if len(named) == 1:  # "WhatsApp Law Enforcement Response <wa-records@meta.com>"
        return named[0]
    # the platform the mail talks about (Meta sends WhatsApp and Threads reports from its
    # Facebook and Instagram domains), the person's profile links counting double; then the sender
    words = re.sub(r"\S+://\S+|\S+@\S+", " ", f"{source.subject}\n{source.text[:4000]}").lower()
    words = re.sub(r"\bwhatsapp\s*(?:no|nos|number|num|mobile|contact|ph|phone)\b", " ", words)  # a phone label
    counts = {name: len(re.findall(rf"\b{name}\b", words)) for name in ("instagram", "facebook", "whatsapp", "threads")}
    for url in profiles:
        for name in counts:
            if name in url.lower() or (name == "facebook" and "fb.com" in url.lower()):
                counts[name] += 2
    best = max(counts, key=counts.get)
    if counts[best] and list(counts.values()).count(counts[best]) == 1:
        return best
    domain = (source.from_addr or "").rsplit("@", 1)[-1]
    for key, name in _DOMAIN_PLATFORM:
        if key in domain:
            return name
    return best if counts[best] else None


def _reference(fields: dict[str, list[Field]], source: Source, message: Message) -> str | None:
    labelled = sorted(fields.get("reference", []), key=lambda f: "request" in f.label.lower())
    for f in labelled:
        value = f.value.strip()
        if _DATEISH.match(value) or re.match(r"https?://|www\.", value, re.I) or parse_time(value)[0] is not None:
            continue  # a time or a link under a reference-like label is no reference
        for m in re.finditer(r"[A-Z0-9०-९][A-Z0-9०-९/-]*\d[A-Z0-9०-९/-]*", value, re.I):  # "८८४०२२१९७" as written
            if not _DATEISH.match(m.group(0)) and not re.fullmatch(r"\d{1,2}", m.group(0)):
                return m.group(0).rstrip("/-").translate(DEVANAGARI_DIGITS)
    for text in (source.subject, message.subject):
        text = text or ""
        m = _REFERENCE.search(text) or _CODE.search(text)
        if m:
            return m.group(1)
        bare = re.sub(r"^(?:(?:re|fw|fwd|aw)\s*:\s*)+", "", text.strip(), flags=re.I)
        if re.fullmatch(r"\d{6,20}", bare):
            return bare  # a subject that is only the platform's number
        tail = re.search(r"\s[-–—:#]\s*(\d{8,20})\s*$", bare)
        if tail:  # "At-risk user referral from Instagram – 9512443424"
            return tail.group(1)
    m = _REFERENCE.search(source.text[:3000]) or _CODE.search(source.text[:3000])
    return m.group(1) if m else None


_BROAD_LABELS = ((3, {"state", "country", "राज्य", "देश"}), (2, {"district", "जिला", "ज़िला", "zila"}),
                 (1, {"tehsil", "taluka", "तहसील", "block"}))


_ORIGIN = re.compile(r"home\s?town|native|birth|origin|permanent|ancestral|मूल|पैतृक|स्थायी|जन्म", re.I)


def _origin(f: Field) -> int:
    """1 for a hometown, native place or permanent address (where someone is from), else 0."""
    return 1 if _ORIGIN.search(f.label) else 0


def _breadth(f: Field) -> int:
    """How broad a location label is: a village or address 0, tehsil 1, district 2, state 3."""
    words = set(words_of(f.label))
    return next((rank for rank, names in _BROAD_LABELS if words & names), 0)


def _place_lines(text: str) -> list[str]:
    """Short lines of free text that name a village, tehsil or district ("Village Jhadol, Udaipur"):
    the place where an officer's own mail says the person is (weakest evidence)."""
    return [line.strip() for line in text.splitlines()[:200]
            if len(line) < 80 and prefixed_places(line) and not about_someone_else(line, len(line))]


def extract_report(message: Message, options: ExtractOptions = ExtractOptions()) -> Report:
    return extract(message, options)[0]


def extract(message: Message, options: ExtractOptions = ExtractOptions()) -> tuple[Report, Evidence]:
    """The Report and the evidence of a person in it (for recognising reports). Never raises."""
    try:
        return _extract(message, options)
    except Exception as exc:  # noqa: BLE001 - fail towards the human, with the reason
        return Report(problems=(f"report extraction failed: {type(exc).__name__}",)), Evidence(failed=True)


_POINTER = re.compile(r"^\W*(?:see|refer to|please see|in|as per)?\s*(?:the\s+)?(?:attached|attachment|enclosed)\b"
                      r"|^\W*(?:संलग्न|अटैचमेंट)", re.I)


def attached_post(pointer: str, attachments) -> str | None:
    """The words of the text attachment a post value points at (by name, else the only short
    plain-text one); None when there is no such file (the post is then "not found", said so)."""
    texts = [a for a in attachments if a.text and a.content_type.startswith("text/plain")]
    named = [a for a in texts if a.filename and a.filename.lower() in pointer.lower()]
    chosen = named[0] if named else (texts[0] if len(texts) == 1 and len(texts[0].text) <= 4000 else None)
    return " ".join(chosen.text.split()) if chosen and chosen.text.strip() else None


def _without_ips(line: str) -> str:
    """A line with IP addresses: "" for a login-table line, the words around them for prose."""
    found = ips_in(line)
    if not found:
        return line
    if len(line) < 150:
        return ""
    for start, end, _ip in reversed(found):
        line = line[:start] + " " * (end - start) + line[end:]
    return line


def _extract(message: Message, options: ExtractOptions) -> tuple[Report, Evidence]:
    source = report_source(message)
    text = without_quote(machine_text(source.text))
    for attachment in source.attachments:
        extra = attachment_text(attachment)
        if extra:  # a report sent as a .txt/.html/.csv attachment: its labels count, after the body's own
            text = f"{text}\n\n{extra}"
    problems: list[str] = []
    if len(text) > options.max_chars:
        problems.append(f"report text longer than {options.max_chars} characters; only the start was read")
        text = text[: options.max_chars]
    if source.forwarded:
        problems.append("report arrived as a forward; read the inner report")
    all_fields = read_fields(text, options.label_model)
    fields: dict[str, list[Field]] = {}
    for f in all_fields:
        fields.setdefault(f.field, []).append(f)
    for f in sentence_fields(text):  # "The e-mail on file is ...": only where no label says the same
        if f.field not in fields or f.line in {g.line for g in fields[f.field]}:
            fields.setdefault(f.field, []).append(f)
    lines = text.splitlines()
    other = other_person_spans(lines, all_fields)  # lines about someone else
    posted = post_lines(lines, other)  # 'Post (26 Nov 2026, 22:15 IST): "..."': the label reader's split is wrong there
    if posted:
        taken = {f.line for f in posted}
        fields = {k: [g for g in v if g.line not in taken] for k, v in fields.items()}
        for f in posted:
            fields.setdefault(f.field, []).append(f)
    person_text = "\n".join(line for i, line in enumerate(lines) if i not in other)

    # phones: labelled values, then the free text minus identifier lines, other people and signatures
    phones: list[str] = []
    for f in fields.get("phone", []):
        digit = re.search(r"[\d०-९]", f.value)
        before = f.value[: digit.start()].replace(". ", " ") if digit else ""  # "मो. ": an abbreviation, no sentence end
        if digit and about_someone_else(before, len(before)):
            continue  # "संपर्क: उप अधीक्षक पुलिस, मो. 94133 ...": an officer's number under a contact label
        phones += find_phones(f.value, options.exclude_phones, labelled=True)
    skip_lines = other | {n for f in all_fields if f.field in _ID_LABELS for n in range(f.line, max(f.line, f.end) + 1)}
    # login-table lines are addresses and times, never phones (and the costliest to scan); a paragraph
    # of prose that names an address keeps its other words
    free = "\n".join(_without_ips(line) for i, line in enumerate(lines) if i not in skip_lines)
    reference = _reference(fields, source, message)
    references = {re.sub(r"\D", "", v)[-10:] for v in [f.value for f in fields.get("reference", [])] + [reference or ""]} - {""}
    phones += [p for p in find_phones(without_signature(free), options.exclude_phones, free_text=True)
               if p[-10:] not in references]  # "Your request (#9898809492)": the labelled reference again, no phone
    if not phones and len(text.strip()) < 40:  # all in the subject ("URGENT: ... Ravi Kumar 9829012345"), nothing
        phones += find_phones(source.subject, options.exclude_phones, free_text=True)  # below (else: a reference)
    phones = list(dict.fromkeys(phones))

    # IPs with times: body lines and CSV/log attachments; relays from our Received headers and an
    # officer's portal sign-in never count
    not_theirs = received_ips(message.headers) | frozenset(
        ip for inner in message.embedded for ip in received_ips(inner.headers)
    ) | officer_sign_ins(lines)
    zone = declared_zone(text)
    ips, assumed = find_ip_sightings(person_text, not_theirs, zone)
    for attachment in source.attachments:
        if attachment.text:
            more, more_assumed = find_ip_sightings(log_text(attachment)[: options.max_chars], not_theirs, zone)
            known = {s.ip for s in ips}  # a sheet already read as fields: its timeless repeats add nothing
            ips += [s for s in more if s not in ips and not (s.seen_at is None and s.ip in known)]
            assumed = assumed or more_assumed
    if assumed:
        problems.append("an IP login time had no time zone; read as UTC")

    # profiles, usernames and the platform's numeric ids
    profiles: list[str] = []
    usernames: list[str] = []
    for f in fields.get("profile", []):
        for _, name, url in find_profiles(f.value):
            profiles.append(url)
            if name:
                usernames.append(name)
        if not find_profiles(f.value) and f.value.lower().startswith("http") and not profile_host(f.value.split()[0]):
            profiles.append(f.value.split()[0])  # a profile on a site we do not know, as labelled
    for f in fields.get("username", []):
        name = clean_username(f.value)
        if name:
            usernames.append(name)
    # HTML links to profiles stand in the text where their anchor was (html_text), so the lines
    # about someone else keep theirs
    for _, name, url in find_profiles(person_text, free_text=True) + find_profiles(
            without_quote(source.html_text), free_text=True):
        profiles.append(url)
        if name:
            usernames.append(name)
    user_ids = [m.group(0) for f in fields.get("user_id", []) for m in re.finditer(r"(?<![\w.])\d{5,20}(?![\w.])", f.value)]
    for f in fields.get("user_id", []):  # "Instagram ID: kavya_0311" is a username
        if not re.search(r"\d{5,}", f.value) and clean_username(f.value):
            usernames.append(clean_username(f.value))
    for url in profiles:
        m = re.search(r"[?&]id=(\d{5,20})|/people/[^/]+/(\d{5,20})", url)
        if m:
            user_ids.append(m.group(1) or m.group(2))
    profiles = list(dict.fromkeys(profiles))
    if not usernames:  # "The account @md.irfan.khan_ajm shared a story": a handle named in prose
        usernames += [m.group(1).rstrip(".") for m in _PROSE_HANDLE.finditer(person_text[:6000])
                      if not about_someone_else(person_text, m.start())]
    usernames = list(dict.fromkeys(usernames))

    # e-mails: labelled, then free text that is neither ours nor the platform's
    emails = [e for f in fields.get("email", []) for e in find_emails(f.value)]
    header_addresses = {message.from_addr, source.from_addr, *message.to}
    free_text = without_signature(free)
    for e in find_emails(free_text):
        if about_someone_else(free_text, max(0, free_text.lower().find(e))):
            continue
        if e in header_addresses or e in options.exclude_emails or within(domain_of(e), options.exclude_domains):
            continue
        emails.append(e)
    emails = [e for e in dict.fromkeys(emails) if e not in options.exclude_emails]

    # the post and when it was posted
    post = choose_post(fields.get("post", [])) or quoted_post(lines, other)
    # no label, no quotes: the person's line of a conversation, or a post card's words under its time
    card = None if post else (said_by(lines, other, usernames) or timed_post(lines, other))
    post = post or (card and card[0])
    if post and _POINTER.match(post):  # "Post text: see attached post.txt": the words are in that file
        post = attached_post(post, source.attachments)
    intro = introduced_post(lines, other) if post is None else None  # "At <time> the user wrote:" over it
    post = post or (intro and intro[0])
    if post is None:
        problems.append("no post text found")
    post_time, time_problems = post_time_of(fields, lines, person_text, message, zone)
    if post_time is None and (intro or card):
        post_time, assumed = parse_time((intro or card)[1], zone, near=message.date)
        time_problems += ["the post time had no time zone; read as UTC"] if post_time and assumed else []
    problems += time_problems

    name = clean_name(fields["name"][0].value) if fields.get("name") else None
    if name is None and not fields.get("name"):
        name = name_in_subject(source.subject) or name_in_subject(message.subject) or next(
            (n for line in lines[:20] if "|" in line and (n := name_in_subject(line))), None) \
            or name_in_prose(person_text)  # (a body line of fields: "Ref TH-2026-78671 | Threads | Kailash Choudhary")
    # where the person is now before where they come from; then "A, B" order: the most specific first
    places = sorted(fields.get("location", []), key=lambda f: (_origin(f), _breadth(f)))
    told = [] if places else places_in_prose(person_text)  # "whose profile lists Kota as their location"
    hints = place_hints(
        [f.value for f in places if f.detail != "profile"] + [p for p, kind in told if kind == "stated"],
        [f.value for f in places if f.detail == "profile"] + [p for p, kind in told if kind == "profile"],
        [f.value for f in fields.get("pin", [])],
        post or "", without_signature(source.note), options.places,
        [] if places or told else _place_lines(without_signature(free)),
    )
    if not name and not phones and not profiles:
        problems.append("no name, mobile number or profile link found")
    report = Report(
        platform=_platform(fields, source, profiles),
        reference=reference,
        subject_name=name,
        phones=tuple(phones),
        emails=tuple(emails),
        ips=tuple(ips),
        profile_urls=tuple(profiles),
        usernames=tuple(usernames),
        post_text=post,
        post_time=post_time,
        location_hints=tuple(hints),
        language=detect_language(post),
        user_ids=tuple(dict.fromkeys(user_ids)),
        problems=tuple(problems),
    )
    labelled = {f.field for f in all_fields if f.field not in ("skip", "date", "time")}
    return report, Evidence.of(report, labelled, source, message.subject)
