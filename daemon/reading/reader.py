"""Raw bytes -> Reading: the kind of a mail and, for reports, the Report. Pure; never raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from daemon.reading.bounces import failed_recipients
from daemon.reading.classify import Kind, case_ref, classify
from daemon.reading.message import DEFAULT_LIMITS, Limits, Message, empty_message, normalise
from daemon.reading.extract import ExtractOptions, extract_report
from daemon.reading.phones import normalise_phone
from daemon.reading.hints import BASE_PLACES
from daemon.core.domains import PLATFORM_DOMAINS, domain_of, within
from daemon.core.report import Report


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

    @classmethod
    def from_config(cls, config) -> "ReadingRules":
        """Rules from a loaded Config (duck-typed so reading does not depend on config loading)."""
        places = list(BASE_PLACES)
        for district in getattr(config, "districts", ()):
            places += [district.name, *district.aliases]
        for station in getattr(config, "stations", ()):
            places += [*getattr(station, "places", ())]
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
        )

    def extract_options(self) -> ExtractOptions:
        own_domains = {a.rsplit("@", 1)[-1] for a in self.own_addresses if "@" in a}
        return ExtractOptions(
            exclude_phones=frozenset(p for p in map(normalise_phone, self.officer_phones) if p),
            exclude_emails=frozenset(a.lower() for a in self.own_addresses),
            exclude_domains=tuple(self.trusted_platform_domains) + tuple(sorted(own_domains)),
            places=self.known_places,
        )


@dataclass(frozen=True)
class Reading:
    kind: Kind
    message: Message
    report: Report | None
    authentic: bool | None
    case_ref: str | None
    problems: tuple[str, ...] = field(default=())
    failed_recipients: tuple[str, ...] = ()  # for a bounce: the addresses it says were not reached

    def to_json(self) -> dict:
        out = {"kind": self.kind.value}
        out.update((self.report or Report()).to_json())
        out.update(authentic=self.authentic, case_ref=self.case_ref, problems=list(self.problems))
        return out


def read(raw: bytes, rules: ReadingRules) -> Reading:
    """Classify and, for a report, extract. Any failure becomes a kind and a problem."""
    try:
        return _read(raw, rules)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"
        return Reading(Kind.MALFORMED, empty_message(raw if isinstance(raw, bytes) else b""), None, None, None,
                       (f"unreadable mail: {type(exc).__name__}",))


def _read(raw: bytes, rules: ReadingRules) -> Reading:
    message = normalise(raw, rules.limits)
    kind = classify(message, rules.message_id_domain)
    report = authentic = None
    problems = list(message.problems)
    if kind is Kind.PLATFORM_REPORT:
        report = extract_report(message, rules.extract_options())
        authentic = within(domain_of(message.from_addr), rules.trusted_platform_domains) is not None
        if not authentic:
            problems.append("sender is not a configured platform domain: not authentic")
        problems += report.problems
    elif kind is Kind.MALFORMED:
        problems.append("not a readable mail: no headers, or no sender, subject and text")
    ref = case_ref(message, rules.message_id_domain) if kind in (Kind.ACK_REPLY, Kind.AUTO_REPLY, Kind.BOUNCE) else None
    failed = failed_recipients(message) if kind is Kind.BOUNCE else ()
    return Reading(kind, message, report, authentic, ref, tuple(dict.fromkeys(problems)), failed)
