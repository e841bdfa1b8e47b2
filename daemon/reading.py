"""Raw bytes -> Reading: the kind of a mail and, for reports, the Report. Pure; never raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from daemon.mail.classify import Kind, case_ref, classify
from daemon.mail.message import Message, normalise
from daemon.reports.extract import extract_report
from daemon.reports.report import Report


@dataclass(frozen=True)
class ReadingRules:
    """The parts of the config that reading needs."""

    message_id_domain: str
    trusted_platform_domains: tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    kind: Kind
    message: Message
    report: Report | None
    authentic: bool | None
    case_ref: str | None
    problems: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        out = {"kind": self.kind.value}
        out.update((self.report or Report()).to_json())
        out.update(authentic=self.authentic, case_ref=self.case_ref, problems=list(self.problems))
        return out


def domain_trusted(address: str | None, trusted: tuple[str, ...]) -> bool:
    """Is the address's domain one of ``trusted`` or a subdomain of one?"""
    if not address or "@" not in address:
        return False
    domain = address.rsplit("@", 1)[1].lower().rstrip(".")
    return any(domain == t or domain.endswith("." + t) for t in trusted)


def read(raw: bytes, rules: ReadingRules) -> Reading:
    try:
        message = normalise(raw)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"
        return Reading(Kind.MALFORMED, normalise(b""), None, None, None, (f"unparseable mail: {type(exc).__name__}",))
    kind = classify(message, rules.message_id_domain)
    report = authentic = None
    if kind is Kind.PLATFORM_REPORT:
        report = extract_report(message)
        authentic = domain_trusted(message.from_addr, rules.trusted_platform_domains)
    ref = case_ref(message, rules.message_id_domain) if kind in (Kind.ACK_REPLY, Kind.AUTO_REPLY) else None
    problems = message.problems + (report.problems if report else ())
    return Reading(kind, message, report, authentic, ref, problems)
