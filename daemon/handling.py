"""What happens to one incoming mail: read, score, route, then commit the outcome.

Split in two so that the heavy, pure part (``prepare``: parse, score, route) can run off the
event loop, and the durable part (``commit``: case, outgoing mails and the intake ledger in
one store transaction) runs where the store lives. Nothing leaves this module for the
network: mails go to the outbox table and the outbox sends them.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from daemon.cases import Case, CaseState, acknowledge, may_act, open_case, with_event
from daemon.config import Config
from daemon.mail.authenticity import DnsFunc, Verdict, authenticate
from daemon.mail.classify import Kind
from daemon.mail.compose import compose, message_id
from daemon.reading import Reading, ReadingRules, read
from daemon.render import Renderer
from daemon.risk import RiskLevel, RiskScore, RiskScorer
from daemon.routing import Route, route
from daemon.store import Store

log = logging.getLogger("lifeline.handling")

PROCESSED, REPLIES, HELD = "Processed", "Replies", "Held"


@dataclass(frozen=True)
class Prepared:
    """The pure result of reading one mail: no store, no network touched yet."""

    reading: Reading
    risk: RiskScore | None
    route: Route | None
    # for reports: DKIM / trusted Authentication-Results verdict (None = not checked, domain only)
    verdict: Verdict | None = None

    @property
    def authentic(self) -> bool:
        if self.verdict is not None:
            return self.verdict.authentic
        return bool(self.reading.authentic)


@dataclass(frozen=True)
class Outcome:
    folder: str  # Lifeline sub-folder the mail is moved to
    kind: str
    case_id: str | None
    action: str  # short, privacy-safe description for logs


def prepare(raw: bytes, rules: ReadingRules, config: Config, scorer: RiskScorer, now: datetime | None = None,
            dnsfunc: DnsFunc | None = None) -> Prepared:
    """Parse, authenticate, score and route (at ``now``: the roster decides who is on duty).
    Pure apart from the model and DKIM's DNS look-up (``dnsfunc``, injected by tests); safe to
    run in a worker thread."""
    reading = read(raw, rules)
    if reading.kind is not Kind.PLATFORM_REPORT or reading.report is None:
        return Prepared(reading, None, None)
    msg = reading.message
    verdict = authenticate(raw, msg.from_addr, len(msg.header_all("From")), msg.header_all("Authentication-Results"),
                           tuple(config.trusted_platform_domains), config.authenticity, dnsfunc)
    text = reading.report.post_text
    if text:
        risk = scorer.score_batch([text])[0]
    else:
        risk = RiskScore(None, RiskLevel.UNKNOWN, "no post text to score")
    return Prepared(reading, risk, route(reading.report, config, now), verdict)


class Desk:
    """Commits outcomes to the store. Runs on the event loop's thread only."""

    def __init__(self, config: Config, store: Store, renderer: Renderer, now: Callable[[], datetime]) -> None:
        self.config, self.store, self.renderer, self.now = config, store, renderer, now

    # -- entry point -----------------------------------------------------------------------
    def commit(self, prepared: Prepared, *, uidvalidity: int, uid: int) -> Outcome:
        reading = prepared.reading
        msg = reading.message
        earlier = self.store.intake_record(uidvalidity=uidvalidity, uid=uid)
        if earlier:
            return Outcome(earlier["folder"], earlier["kind"], earlier.get("case_id"), "already handled")
        with self.store.transaction():
            duplicate = self.store.intake_duplicate(message_id=msg.message_id, sha256=msg.sha256)
            if duplicate and (duplicate.get("sha256") == msg.sha256 or duplicate.get("from") == msg.from_addr):
                outcome = Outcome(duplicate["folder"], reading.kind.value, duplicate.get("case_id"), "duplicate of an earlier intake")
            elif reading.kind is Kind.PLATFORM_REPORT:
                outcome = self._report(prepared)
            elif reading.kind is Kind.ACK_REPLY:
                outcome = self._reply(reading)
            elif reading.kind in (Kind.AUTO_REPLY, Kind.BOUNCE):
                outcome = self._automatic(reading)
            else:
                outcome = self._unrecognised(reading)
            self.store.record_intake({
                "uidvalidity": uidvalidity, "uid": uid, "message_id": msg.message_id, "from": msg.from_addr,
                "sha256": msg.sha256, "kind": outcome.kind, "folder": outcome.folder,
                "case_id": outcome.case_id, "at": self.now().isoformat(), "action": outcome.action,
            })
        return outcome

    # -- kinds -----------------------------------------------------------------------------
    def _report(self, prepared: Prepared) -> Outcome:
        reading, risk, where = prepared.reading, prepared.risk, prepared.route
        assert reading.report is not None and risk is not None and where is not None
        now = self.now()
        hold = None
        if not prepared.authentic:
            why = prepared.verdict.reason if prepared.verdict else "sender is not a trusted platform domain"
            hold = f"not verified as sent by the platform: {why}"
        case_id = self.store.next_case_id(now.year)
        case = open_case(
            case_id, reading.report, risk, where, authentic=prepared.authentic,
            source_message_id=reading.message.message_id, now=now, hold_reason=hold,
        )
        if hold:
            self._desk_notice(
                reading, case_id, f"report held: {hold}",
                reason=f"A self-harm report arrived that could not be verified as sent by the platform ({hold}). "
                       "It has NOT been sent to any police station.",
                action="If it is genuine, act on it directly; reply RELEASE to forward it (once that command exists).",
                folder=HELD,
            )
        else:
            self._queue(case, "forward", "forward", case.route.recipients)
        self._save(case)
        state = "held" if hold else f"forwarded via {where.matched_by}"
        return Outcome(HELD if hold else PROCESSED, reading.kind.value, case_id, f"case {case_id} {state}, risk {risk.level.value}")

    def _reply(self, reading: Reading) -> Outcome:
        sender = reading.message.from_addr or ""
        data = self.store.get_case(reading.case_ref) if reading.case_ref else None
        if data is None:
            self._desk_notice(reading, reading.case_ref, "reply to an unknown case",
                              reason=f"A reply names case {reading.case_ref}, which Lifeline does not know.",
                              action="Check whether the case id was mistyped.", folder=REPLIES)
            return Outcome(REPLIES, reading.kind.value, None, "reply to unknown case")
        case = Case.from_json(data)
        now = self.now()
        note = _first_line(reading.message.text)
        if not may_act(case, sender, self.config.hq_desk):
            case = with_event(case, now, "reply_ignored", sender, "sender is not a recipient of the case")
            self._save(case)
            self._desk_notice(reading, case.id, f"reply from a stranger ignored on {case.id}",
                              reason="A reply to the case came from an address the case was not sent to; it was ignored.",
                              action="Check the sender; forward the case yourself if needed.", folder=REPLIES)
            return Outcome(REPLIES, reading.kind.value, case.id, "reply from non-recipient ignored")
        before = case.state
        case = acknowledge(case, sender, now, note)
        self._save(case)
        action = "acknowledged" if before is not CaseState.ACKNOWLEDGED and case.state is CaseState.ACKNOWLEDGED else "note added"
        return Outcome(REPLIES, reading.kind.value, case.id, f"case {case.id} {action}")

    def _automatic(self, reading: Reading) -> Outcome:
        """Auto-replies and bounces never acknowledge; they are recorded and the desk told."""
        data = self.store.get_case(reading.case_ref) if reading.case_ref else None
        kind = reading.kind.value
        if data:
            case = with_event(Case.from_json(data), self.now(), kind, reading.message.from_addr or "unknown",
                              "automatic mail, not an acknowledgement")
            self._save(case)
        self._desk_notice(reading, reading.case_ref, f"{kind.replace('_', ' ')} received",
                          reason=f"An automatic mail ({kind}) came back"
                                 + (f" for case {reading.case_ref}" if reading.case_ref else "")
                                 + ". It does not count as an acknowledgement.",
                          action="Make sure someone at the station has the case.", folder=REPLIES)
        return Outcome(REPLIES, kind, reading.case_ref if data else None, f"{kind} recorded")

    def _unrecognised(self, reading: Reading) -> Outcome:
        kind = reading.kind.value
        self._desk_notice(reading, None, f"{kind} mail in the HQ mailbox",
                          reason=f"Lifeline could not treat this mail as a report or a reply (kind: {kind}). "
                                 + ("Problems: " + "; ".join(reading.problems) if reading.problems else ""),
                          action="Read it in the HQ mailbox and act on it if it is a report.", folder=HELD)
        return Outcome(HELD, kind, None, f"{kind} sent to HQ desk")

    # -- failures reported by other parts -----------------------------------------------------
    def delivery_failed(self, mail: dict, error: str) -> None:
        """The SMTP server refused a mail for good: record it on the case and tell the desk."""
        if self.config.hq_desk in mail["to"]:
            return  # the desk itself is unreachable: the outbox has logged it; no mail loop
        with self.store.transaction():
            data = self.store.get_case(mail["case_id"]) if mail.get("case_id") else None
            if data:
                case = with_event(Case.from_json(data), self.now(), "delivery_failed", "lifeline", error,
                                  state=CaseState.FAILED_DELIVERY)
                self._save(case)
            context = {
                "case_id": mail.get("case_id"), "title": f"mail could not be delivered ({mail['purpose']})",
                "reason": f"The mail server refused the {mail['purpose']} mail to {', '.join(mail['to'])}: {error}.",
                "action": "Reach the station by phone and pass the case on; check the address in config.toml.",
                "report": Case.from_json(data).report if data else None,
                "source_from": None, "source_subject": mail["purpose"], "source_message_id": mail["message_id"],
                "folder": "(none)",
            }
            self._send(mail.get("case_id") or "DESK", "undeliverable", "desk_notice", context, (self.config.hq_desk,), mail.get("case_id"))

    def quarantined(self, raw: bytes, error: str) -> None:
        """A mail that made handling fail repeatedly: tell the desk, without reading it again."""
        import hashlib

        sha = hashlib.sha256(raw).hexdigest()
        context = {
            "case_id": None, "title": "mail quarantined after repeated failures",
            "reason": f"Handling this mail failed repeatedly ({error}). It was moved aside so intake goes on.",
            "action": "Read the mail in the quarantine folder and act on it by hand.", "report": None,
            "source_from": None, "source_subject": "(not read)", "source_message_id": None,
            "folder": f"{self.config.imap.folder_prefix}/Quarantine",
        }
        with self.store.transaction():
            self._send(f"DESK-{sha[:16]}", "quarantine", "desk_notice", context, (self.config.hq_desk,), None)

    def _save(self, case: Case) -> None:
        """Store the case; its new events go to the audit chain in the same durable write."""
        before = self.store.get_case(case.id)
        data = case.to_json()
        self.store.audit_events(case.id, data["events"][len(before["events"]) if before else 0:])
        self.store.put_case(data)

    # -- outgoing ----------------------------------------------------------------------------
    def _desk_notice(self, reading: Reading, case_id: str | None, title: str, *, reason: str, action: str, folder: str) -> None:
        msg = reading.message
        context = {
            "case_id": case_id, "title": title, "reason": reason, "action": action, "report": reading.report,
            "source_from": msg.from_addr, "source_subject": msg.subject, "source_message_id": msg.message_id,
            "folder": f"{self.config.imap.folder_prefix}/{folder}",
        }
        key = case_id or f"DESK-{msg.sha256[:16]}"
        self._send(key, f"desk-{msg.sha256[:12]}", "desk_notice", context, (self.config.hq_desk,), case_id)

    def _queue(self, case: Case, purpose: str, template: str, to: tuple[str, ...]) -> None:
        context = {"case": case, "report": case.report, "risk_label": case.risk.level.effective.value.upper(),
                   "deadline_minutes": None}
        self._send(case.id, purpose, template, context, to, case.id)

    def _send(self, key: str, purpose: str, template: str, context: dict, to: tuple[str, ...], case_id: str | None) -> None:
        now = self.now()
        rendered = self.renderer.render(template, context)
        seq = 1
        while self.store.outgoing(message_id(key, purpose, seq, self.config.message_id_domain)):
            seq += 1
        msgid = message_id(key, purpose, seq, self.config.message_id_domain)
        raw = compose(rendered, sender=self.config.smtp.from_address, sender_name=self.config.smtp.from_name,
                      to=to, msgid=msgid, date=now, case_id=case_id)
        self.store.add_outgoing({
            "message_id": msgid, "case_id": case_id, "purpose": purpose, "to": list(to),
            "raw_b64": base64.b64encode(raw).decode("ascii"), "status": "pending", "attempts": 0,
            "queued_at": now.isoformat(), "next_attempt_at": now.isoformat(), "last_error": None,
        })


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(">"):
            return line[:500]
    return ""
