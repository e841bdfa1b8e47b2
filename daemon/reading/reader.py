"""Raw bytes -> Reading: the kind of a mail and, for reports, the Report. Pure; never raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from daemon.reading.bounces import failures
from daemon.reading.classify import Kind, after_reading, automatic_case_ref, before_reading, case_ref
from daemon.reading.message import DEFAULT_LIMITS, Limits, Message, empty_message, normalise
from daemon.reading.extract import ExtractOptions, extract
from daemon.reading.labels import LabelModel
from daemon.reading.phones import normalise_phone
from daemon.reading.hints import BASE_PLACES, place_index
from daemon.reading.recognise import recognise
from daemon.core.domains import PLATFORM_DOMAINS, domain_of, within
from daemon.core.report import Report


# gazetteer kinds whose names are noticed in free text (villages are too many and too common)
WELL_KNOWN = ("district", "abolished", "town", "tehsil", "locality", "railway_station", "station", "outside", "landmark")


@dataclass(frozen=True)
class ReadingRules:
    """The parts of the config that reading needs."""

    message_id_domain: str
    trusted_platform_domains: tuple[str, ...] = PLATFORM_DOMAINS
    # our own mailboxes (HQ mailbox, desk, officers): never the person's e-mail
    own_addresses: tuple[str, ...] = ()
    # our officers' numbers as written anywhere (signatures): never the person's phone
    officer_phones: tuple[str, ...] = ()
    # place names worth noticing in free text: districts, aliases, station areas
    known_places: tuple[str, ...] = BASE_PLACES
    limits: Limits = DEFAULT_LIMITS
    # reads labels the word lists do not know (the encoder); None: word lists only
    label_model: LabelModel | None = field(default=None, compare=False)
    places_index: dict = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.places_index is None:  # built once per rules, not per mail
            object.__setattr__(self, "places_index", place_index(self.known_places))

    @classmethod
    def from_config(cls, config, label_model: LabelModel | None = None, places: tuple[str, ...] = ()) -> "ReadingRules":
        """Rules from a loaded Config (duck-typed so reading does not depend on config loading)."""
        places = list(BASE_PLACES) + list(places)
        for district in getattr(config, "districts", ()):
            places += [district.name, *district.aliases]
        for station in getattr(config, "stations", ()):
            places += [*getattr(station, "places", ())]
        gazetteer = getattr(config, "gazetteer", None)
        if gazetteer is not None:  # towns, tehsils, localities, stations: names worth noticing in a post
            places += [e.name for e in gazetteer.entries if e.kind in WELL_KNOWN and len(e.name) >= 4]
        own = [getattr(config, "hq_desk", None), getattr(config, "state_control_room", None)]
        try:
            own += list(config.addresses())
        except Exception:  # noqa: BLE001 - a partial config still reads mail
            pass
        phones = []
        for station in getattr(config, "stations", ()):
            phones += list(getattr(station, "phones", ()) or ())
        return cls(
            message_id_domain=config.message_id_domain,
            trusted_platform_domains=tuple(config.trusted_platform_domains),
            own_addresses=tuple(sorted({a.lower() for a in own if a})),
            officer_phones=tuple(phones),
            known_places=tuple(dict.fromkeys(p for p in places if p)),
            label_model=label_model,
        )

    def extract_options(self) -> ExtractOptions:
        own_domains = {a.rsplit("@", 1)[-1] for a in self.own_addresses if "@" in a}
        return ExtractOptions(
            exclude_phones=frozenset(p for p in map(normalise_phone, self.officer_phones) if p),
            exclude_emails=frozenset(a.lower() for a in self.own_addresses),
            exclude_domains=tuple(self.trusted_platform_domains) + tuple(sorted(own_domains)),
            places=self.places_index,
            label_model=self.label_model,
        )


@dataclass(frozen=True)
class Reading:
    kind: Kind
    message: Message
    report: Report | None
    authentic: bool | None
    case_ref: str | None
    problems: tuple[str, ...] = field(default=())
    reason: str = ""  # why the mail is of this kind, in words for the desk
    failed_recipients: tuple[str, ...] = ()  # for a bounce: the addresses it says were not reached for good

    @property
    def hold_reason(self) -> str | None:
        """Why a case for this mail would wait for the desk (None: it goes to a station).
        Only the sender's domain is known here; the daemon also checks DKIM (edges.authenticity)."""
        if self.kind is Kind.PLATFORM_REPORT and self.report is not None:
            sender = domain_of(self.message.from_addr) or "no sender"
            return None if self.authentic else \
                f"not verified as sent by the platform (sent by {sender}, not a configured platform domain): {self.reason}"
        if self.kind is Kind.POSSIBLE_REPORT:
            return f"held for the desk with a clock: {self.reason}"
        return f"not a report ({self.kind.value}): {self.reason or 'nothing to route'}"

    @property
    def is_report(self) -> bool:
        """A report or a possible report: a case is opened (held when not verified)."""
        return self.kind in (Kind.PLATFORM_REPORT, Kind.POSSIBLE_REPORT) and self.report is not None

    def to_json(self) -> dict:
        out = {"kind": self.kind.value}
        out.update((self.report or Report()).to_json())
        out.update(authentic=self.authentic, case_ref=self.case_ref, problems=list(self.problems), reason=self.reason)
        return out


def read(raw: bytes, rules: ReadingRules) -> Reading:
    """Classify and, for a report, extract. Any failure becomes a kind and a problem."""
    try:
        return _read(raw, rules)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"
        return Reading(Kind.MALFORMED, empty_message(raw if isinstance(raw, bytes) else b""), None, None, None,
                       (f"unreadable mail: {type(exc).__name__}",))


_KNOWN_REASONS = {
    Kind.MALFORMED: "not a readable mail: no headers, or no sender, subject and text",
    Kind.BOUNCE: "a delivery failure report (bounce)",
    Kind.OTHER: "a copy of a mail Lifeline itself sent",
    Kind.ACK_REPLY: "a reply to a Lifeline case",
    Kind.AUTO_REPLY: "an automatic reply (auto-reply, out-of-office or machine sender); never an acknowledgement",
}


def _read(raw: bytes, rules: ReadingRules) -> Reading:
    message = normalise(raw, rules.limits)
    problems = list(message.problems)
    failed, delayed = failures(message)
    kind = before_reading(message, rules.message_id_domain, bool(failed or delayed), rules.trusted_platform_domains)
    report = authentic = None
    reason = _KNOWN_REASONS.get(kind, "")
    if kind is None:
        report, evidence = extract(message, rules.extract_options())
        verdict = recognise(message, evidence, rules.trusted_platform_domains)
        kind = after_reading(message, verdict.outcome)
        reason = verdict.reason if kind is not Kind.AUTO_REPLY else _KNOWN_REASONS[Kind.AUTO_REPLY]
        if kind in (Kind.PLATFORM_REPORT, Kind.POSSIBLE_REPORT):
            authentic = kind is Kind.PLATFORM_REPORT and within(domain_of(message.from_addr), rules.trusted_platform_domains) is not None
            if not authentic:
                problems.append("sender is not a configured platform domain: not authentic"
                                if kind is Kind.PLATFORM_REPORT else f"cannot tell whether this is a report: {reason}")
            problems += report.problems
        else:
            report = None
    elif kind is Kind.MALFORMED:
        problems.append(reason)
    ref = None
    if kind is Kind.ACK_REPLY:
        ref = case_ref(message, rules.message_id_domain)
    elif kind in (Kind.AUTO_REPLY, Kind.BOUNCE):
        ref = automatic_case_ref(message, rules.message_id_domain)
    return Reading(kind, message, report, authentic, ref, tuple(dict.fromkeys(problems)), reason,
                   failed if kind is Kind.BOUNCE else ())
