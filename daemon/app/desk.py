"""What happens to one incoming mail: read, score, route, then commit the outcome.

Split in two so that the heavy, pure part (``prepare``: parse, score, route) can run off the
event loop, and the durable part (``commit``: case, outgoing mails and the intake ledger in
one store transaction) runs where the store lives. Nothing leaves this module for the
network: mails go to the outbox table and the outbox sends them.
"""

from __future__ import annotations

import re
import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Callable

from daemon.config.secrets import load_key
from daemon.core import replies, tokens
from daemon.core.case import (
    Case, CaseState, PersonIndex, acknowledge, arm, attach_repeat, attend, close, escalate, may_act, open_case,
    reassign, same_person, with_event,
)
from daemon.config.schema import Config
from daemon.edges.authenticity import DnsFunc, Verdict, authenticate
from daemon.reading.classify import Kind
from daemon.edges.compose import compose
from daemon.core import undelivered
from daemon.core.delivery import Trouble
from daemon.core.ids import message_id
from daemon.core.isotime import from_iso
from daemon.core.report import Report
from daemon.edges.reply_auth import reply_authenticated
from daemon.reading.reader import Reading, ReadingRules, read
from daemon.edges.render import Renderer
from daemon.core.risk import RiskLevel, RiskScore
from daemon.risk.scorer import RiskScorer
from daemon.core.route import Route
from daemon.core.routing import route
from daemon.store.engine import Store

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
    """Parse, authenticate, score and route one mail; see ``prepare_batch``."""
    return prepare_batch([raw], rules, config, scorer, now, dnsfunc)[0]


def prepare_batch(raws: list[bytes], rules: ReadingRules, config: Config, scorer: RiskScorer,
                  now: datetime | None = None, dnsfunc: DnsFunc | None = None) -> list[Prepared]:
    """Parse, authenticate, score and route (at ``now``: the roster decides who is on duty).
    The posts of all reports are scored in one model call, which is what makes a burst fast.
    Pure apart from the model and DKIM's DNS look-up (``dnsfunc``, injected by tests); safe to
    run in a worker thread."""
    readings = [read(raw, rules) for raw in raws]
    reports = [i for i, r in enumerate(readings) if r.kind is Kind.PLATFORM_REPORT and r.report is not None]
    texts = [readings[i].report.post_text for i in reports if readings[i].report.post_text]
    scores = iter(scorer.score_batch(texts)) if texts else iter(())
    out = [Prepared(r, None, None) for r in readings]
    for i in reports:
        reading, raw = readings[i], raws[i]
        msg = reading.message
        verdict = authenticate(raw, msg.from_addr, len(msg.header_all("From")), msg.header_all("Authentication-Results"),
                               tuple(config.trusted_platform_domains), config.authenticity, dnsfunc)
        if reading.report.post_text:
            risk = next(scores)
        else:
            risk = RiskScore(None, RiskLevel.UNKNOWN, "no post text to score")
        out[i] = Prepared(reading, risk, route(reading.report, config, now), verdict)
    return out


class Desk:
    """Commits outcomes to the store. Runs on the event loop's thread only."""

    def __init__(self, config: Config, store: Store, renderer: Renderer, now: Callable[[], datetime],
                 key: bytes | None = None) -> None:
        self.config, self.store, self.renderer, self.now = config, store, renderer, now
        self._key = key
        self._person_index: PersonIndex | None = None

    @property
    def key(self) -> bytes:
        """The reply-token HMAC key (loaded on first use)."""
        if self._key is None:
            self._key = load_key(self.config)
        return self._key

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
        else:
            earlier = self._open_case_for(reading.report, now)
            if earlier is not None:
                return self._repeat(earlier, reading, risk, now)
        case_id = self.store.next_case_id(now.year)
        case = open_case(
            case_id, reading.report, risk, where, authentic=prepared.authentic,
            source_message_id=reading.message.message_id, now=now, hold_reason=hold,
        )
        case = _note_not_read(case, reading, now)
        if hold:
            self._desk_notice(
                reading, case_id, f"report held: {hold}",
                reason=f"A self-harm report arrived that could not be verified as sent by the platform ({hold}). "
                       "It has NOT been sent to any police station.",
                action="If it is genuine, act on it directly; reply RELEASE to this mail to forward it, or ASSIGN <station>.",
                folder=HELD,
            )
        else:
            case = arm(case, now, self.config.minute_seconds)
            self._queue(case, "forward", "forward", case.route.recipients)
            if reading.message.not_read:  # the station's mail says so too; the desk can look
                self._desk_notice(
                    reading, case_id, f"report {case_id} forwarded; part of the mail was not read",
                    reason=f"The report was forwarded to {where.label}, but the mail was too big to read whole: "
                           + "; ".join(reading.message.not_read) + ". The forward says so.",
                    action="Open the original in the HQ mailbox and pass on what the station needs (e.g. a screenshot).",
                    folder=PROCESSED,
                )
        self._save(case)
        state = "held" if hold else f"forwarded via {where.matched_by}"
        return Outcome(HELD if hold else PROCESSED, reading.kind.value, case_id, f"case {case_id} {state}, risk {risk.level.value}")

    def _open_case_for(self, report, now: datetime) -> Case | None:
        """The newest not-closed case about the same person within the repeat window."""
        window = timedelta(hours=self.config.repeat_window_hours)
        found = None
        for case_id in self._people.candidates(report):
            data = self.store.get_case(case_id)
            if data is None or data.get("state") == CaseState.CLOSED.value:
                continue  # gone with a rolled-back transaction, or closed
            case = Case.from_json(data)
            if now - case.created_at <= window and same_person(case.report, report):
                if found is None or case.created_at > found.created_at:
                    found = case
        return found

    @property
    def _people(self) -> "PersonIndex":
        """Which cases are about whom, built from the store once, then kept up by _save."""
        if self._person_index is None:
            self._person_index = PersonIndex()
            for data in self.store.all_cases():
                self._person_index.add(data["id"], Report.from_json(data["report"]))
        return self._person_index

    def _repeat(self, case: Case, reading: Reading, risk: RiskScore, now: datetime) -> Outcome:
        case, raised = attach_repeat(case, reading.report, risk, now, self.config.minute_seconds)
        case = _note_not_read(case, reading, now)
        if case.state is not CaseState.HELD:
            self._queue(case, "repeat", "repeat_update", case.route.recipients, new_report=reading.report,
                        new_risk=risk.level.effective.value.upper(), raised=raised)
        self._save(case)
        return Outcome(PROCESSED, reading.kind.value, case.id,
                       f"repeat report attached to {case.id}" + (", risk raised" if raised else ""))

    def _verified_case(self, reading: Reading) -> tuple[str | None, str]:
        """Which case a reply may act on, and how we know: one of our Message-IDs in its
        threading headers (thread), or a valid HMAC token in a plus-address or the subject
        (token). A case number alone proves nothing."""
        msg = reading.message
        domain = "@" + self.config.message_id_domain.lower()
        for mid in msg.in_reply_to + msg.references:
            if mid.lower().endswith(domain):
                sent = self.store.outgoing(mid)
                if sent and sent.get("case_id"):
                    return sent["case_id"], "thread"
        places = list(msg.to) + msg.header_all("Cc") + msg.header_all("Delivered-To") + [msg.subject]
        for case_id, candidate in tokens.tokens_in(places):
            if tokens.valid(self.key, case_id, candidate):
                return case_id, "token"
        return None, "unverified"

    def _reply(self, reading: Reading) -> Outcome:
        sender = (reading.message.from_addr or "").lower()
        case_id, via = self._verified_case(reading)
        now = self.now()
        if case_id is None:
            named = reading.case_ref
            data = self.store.get_case(named) if named else None
            if data:
                case = with_event(Case.from_json(data), now, "reply_unverified", sender,
                                  "names the case but has no valid token and no thread to our mail")
                self._save(case)
            self._desk_notice(reading, named if data else None, f"unverified reply naming {named} ignored",
                              reason=f"A reply names case {named} but neither threads to a Lifeline mail nor "
                                     "carries the case's reply token. It may be forged or mistyped; nothing was done.",
                              action="Check the sender; if genuine, ask them to reply to the Lifeline mail itself.",
                              folder=REPLIES)
            return Outcome(REPLIES, reading.kind.value, named if data else None, "unverified reply ignored")
        data = self.store.get_case(case_id)
        if data is None:
            self._desk_notice(reading, case_id, "reply to an unknown case",
                              reason=f"A reply names case {case_id}, which Lifeline does not know.",
                              action="Check whether the case id was mistyped.", folder=REPLIES)
            return Outcome(REPLIES, reading.kind.value, None, "reply to unknown case")
        case = Case.from_json(data)
        held_for_desk = case.state is CaseState.HELD and sender != self.config.hq_desk.lower()
        if held_for_desk or not may_act(case, sender, self.config.hq_desk):
            case = with_event(case, now, "reply_ignored", sender, "sender is not a recipient of the case")
            self._save(case)
            self._desk_notice(reading, case.id, f"reply from a stranger ignored on {case.id}",
                              reason="A reply to the case came from an address the case was not sent to; it was ignored.",
                              action="Check the sender; forward the case yourself if needed.", folder=REPLIES)
            return Outcome(REPLIES, reading.kind.value, case.id, "reply from non-recipient ignored")
        if self.config.reply_auth_required and not reply_authenticated(reading.message, self.config.reply_authserv_id):
            case = with_event(case, now, "reply_unauthenticated", sender, "no DKIM/DMARC pass from the trusted MTA")
            self._save(case)
            self._desk_notice(reading, case.id, f"unauthenticated reply ignored on {case.id}",
                              reason="A reply from a case recipient did not pass DKIM/DMARC at our mail server, "
                                     "which the config requires; it was ignored.",
                              action="Call the officer to confirm, and check their mail server's signing.",
                              folder=REPLIES)
            return Outcome(REPLIES, reading.kind.value, case.id, "unauthenticated reply ignored")
        command = replies.parse(reading.message.text)
        is_desk = sender == self.config.hq_desk.lower()
        case, result = self._apply(case, command, sender, is_desk, now, reading)
        self._save(case)
        self._receipt(case, sender, command, result)
        return Outcome(REPLIES, reading.kind.value, case.id, f"case {case.id} {command.verb} via {via} -> {case.state.value}")

    def _apply(self, case: Case, command: replies.Command, sender: str, is_desk: bool, now: datetime,
               reading: Reading) -> tuple[Case, str]:
        """One command on one case: the new case and a one-line result for the receipt."""
        minute = self.config.minute_seconds
        verb, note = command.verb, command.line
        if verb in replies.DESK_ONLY and not is_desk:
            return acknowledge(case, sender, now, note), "only the HQ desk may use this command; taken as a note"
        if verb == "status":
            self._queue(case, "status", "status", (sender,))
            return with_event(case, now, "status_sent", sender), "timeline sent"
        if verb == "release":
            if case.state is not CaseState.HELD:
                return with_event(case, now, "note", sender, note), "case is not held; nothing released"
            case = with_event(case, now, "released", sender, "", state=CaseState.FORWARDED, hold_reason=None)
            case = arm(case, now, minute)
            self._queue(case, "forward", "forward", case.route.recipients)
            return case, f"released and forwarded to {case.route.label}"
        if case.state is CaseState.HELD and verb != "reassign" and verb != "close":
            return with_event(case, now, "note", sender, note), "case is held for the HQ desk; noted"
        if verb == "ack" or verb == "note":
            before = case.state
            case = acknowledge(case, sender, now, note)
            return case, "acknowledged" if case.state is not before else "noted"
        if verb == "reached":
            return attend(case, sender, now, note), "recorded: reached the person"
        if verb == "close":
            return close(case, sender, now, command.argument), f"closed: {command.argument}"
        if verb == "need_help":
            case = acknowledge(case, sender, now, note)
            case, new = escalate(case, now, f"NEED HELP from {sender}", minute, force=True)
            if new:
                self._escalation_mails(case, new)
                return case, f"escalated to {case.route.chain[case.step].who}"
            self._desk_alert(case, f"NEED HELP on {case.id}", f"{sender} asked for help; the chain has no further step.")
            return case, "HQ desk alerted"
        if verb == "reassign":
            station = self._station(command.argument)
            if station is None:
                case = with_event(case, now, "reassign_refused", sender, command.argument)
                self._desk_alert(case, f"re-route request on {case.id} names no known station",
                                 f"{sender} asked to re-route the case to '{command.argument}', which is not a station in the config.")
                return case, f"station '{command.argument}' not recognised; the HQ desk was told — the case stays where it is"
            from daemon.core.routing import _station as station_route
            from zoneinfo import ZoneInfo
            new_route = station_route(self.config, station, "reassigned", 1.0, now, ZoneInfo(self.config.timezone))
            case = reassign(case, new_route, sender, now, minute)
            self._queue(case, "forward", "forward", case.route.recipients)
            return case, f"re-routed to {case.route.label}; clock restarted"
        return acknowledge(case, sender, now, note), "noted"

    def _station(self, name: str):
        """A station named in a command: exact, with or without the 'PS ' prefix, any case."""
        wanted = " ".join(name.lower().removeprefix("ps ").split())
        if not wanted:
            return None
        for st in self.config.stations:
            if st.name.lower().removeprefix("ps ") == wanted:
                return st
        return None

    def _receipt(self, case: Case, to: str, command: replies.Command, result: str) -> None:
        self._queue(case, "receipt", "receipt", (to,), command=command, result=result)

    def _desk_alert(self, case: Case, title: str, reason: str) -> None:
        context = {"case_id": case.id, "title": title, "reason": reason, "action": "Make sure someone acts on the case.",
                   "report": None, "source_from": None, "source_subject": title, "source_message_id": None,
                   "folder": "(none)"}
        self._send(case.id, "desk-alert", "desk_notice", context, (self.config.hq_desk,), case.id)

    def _escalation_mails(self, case: Case, new: tuple[str, ...]) -> None:
        """A chain step: the case summary to the step's (new) recipients and earlier escalation
        copies, a full reminder to the station's recipients."""
        station = set(a.lower() for a in case.route.recipients)
        summary_to = tuple(dict.fromkeys(a for a in new + case.notified if a.lower() not in station))
        if summary_to:
            self._queue(case, "escalation", "escalation", summary_to)
        self._queue(case, "reminder", "reminder", case.route.recipients)

    # -- timers ------------------------------------------------------------------------------
    def due_cases(self) -> list[tuple[str, datetime]]:
        """Every open case with a running clock, from the store (the truth after a restart)."""
        out = []
        for data in self.store.all_cases():
            if data.get("next_due_at") and data.get("state") in (CaseState.FORWARDED.value, CaseState.FAILED_DELIVERY.value):
                out.append((data["id"], from_iso(data["next_due_at"])))
        return out

    def fire(self, case_id: str, reason: str = "no acknowledgement in time", force: bool = False) -> datetime | None:
        """Run the case's next step if it is due (or ``force``d); returns the next due time.
        Idempotent: a step fires only when the stored due time has passed, and firing moves
        the due time on in the same transaction as the mails it queues."""
        with self.store.transaction():
            data = self.store.get_case(case_id)
            if data is None:
                return None
            case = Case.from_json(data)
            now = self.now()
            if not case.open or (not force and (case.next_due_at is None or case.next_due_at > now)):
                return case.next_due_at if case.open else None
            case, new = escalate(case, now, reason, self.config.minute_seconds)
            if new:
                self._escalation_mails(case, new)
            self._save(case)
            return case.next_due_at

    def _automatic(self, reading: Reading) -> Outcome:
        """Auto-replies and bounces never acknowledge. An out-of-office or bounce from one of
        the case's recipients escalates it at once; everything is recorded and the desk told."""
        data = self.store.get_case(reading.case_ref) if reading.case_ref else None
        kind = reading.kind.value
        sender = (reading.message.from_addr or "unknown").lower()
        escalated = ""
        if data:
            case = Case.from_json(data)
            now = self.now()
            failed = _failed_addresses(reading.message) if reading.kind is Kind.BOUNCE else ()
            case = with_event(case, now, kind, sender, "automatic mail, not an acknowledgement"
                              + (f"; undeliverable: {', '.join(failed)}" if failed else ""))
            for address in failed:  # recorded against the address, for the desk to fix the config
                self._record_bounce(address, case.id, now)
            ours = reading.kind is Kind.BOUNCE or sender in {r.lower() for r in case.recipients}
            if ours and case.open:
                case, new = escalate(case, now, f"{kind.replace('_', ' ')} from a recipient", self.config.minute_seconds)
                if new:
                    self._escalation_mails(case, new)
                    escalated = f"; escalated to {case.route.chain[case.step].who}"
            self._save(case)
        self._desk_notice(reading, reading.case_ref, f"{kind.replace('_', ' ')} received",
                          reason=f"An automatic mail ({kind}) came back"
                                 + (f" for case {reading.case_ref}" if reading.case_ref else "")
                                 + ". It does not count as an acknowledgement" + (escalated or "") + ".",
                          action="Make sure someone at the station has the case.", folder=REPLIES)
        return Outcome(REPLIES, kind, reading.case_ref if data else None, f"{kind} recorded{escalated}")

    def _record_bounce(self, address: str, case_id: str, now: datetime) -> None:
        key = f"bounce:{address}"
        count = self.store.get_meta(key, {}).get("count", 0) + 1
        self.store.set_meta(key, {"count": count, "last_at": now.isoformat(), "last_case": case_id})

    def _unrecognised(self, reading: Reading) -> Outcome:
        kind = reading.kind.value
        self._desk_notice(reading, None, f"{kind} mail in the HQ mailbox",
                          reason=f"Lifeline could not treat this mail as a report or a reply (kind: {kind}). "
                                 + ("Problems: " + "; ".join(reading.problems) if reading.problems else ""),
                          action="Read it in the HQ mailbox and act on it if it is a report.", folder=HELD)
        return Outcome(HELD, kind, None, f"{kind} sent to HQ desk")

    # -- failures reported by other parts -----------------------------------------------------
    def delivery_trouble(self, trouble: Trouble) -> None:
        """The outbox's report of a mail refused for good or deferred too long: the case
        records it (and escalates when the forward reached nobody at the station), the desk
        is told (core.undelivered decides)."""
        with self.store.transaction():
            data = self.store.get_case(trouble.case_id) if trouble.case_id else None
            case = Case.from_json(data) if data else None
            change = undelivered.apply(trouble, case, self.config.hq_desk, self.now(), self.config.minute_seconds)
            if change.case is not None:
                if change.escalated_to:
                    self._escalation_mails(change.case, change.escalated_to)
                self._save(change.case)
            if change.notice is not None:
                notice = change.notice
                context = {
                    "case_id": trouble.case_id, "title": notice.title, "reason": notice.reason, "action": notice.action,
                    "report": change.case.report if change.case else None, "source_from": None,
                    "source_subject": trouble.purpose, "source_message_id": trouble.message_id, "folder": "(none)",
                }
                self._send(trouble.case_id or "DESK", "undeliverable", "desk_notice", context, (self.config.hq_desk,),
                           trouble.case_id)

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

    def send_notice(self, key: str, purpose: str, template: str, context: dict, to: tuple[str, ...]) -> None:
        """Queue one mail that belongs to no case (a refused config edit), in its own transaction."""
        with self.store.transaction():
            self._send(key, purpose, template, context, to, None)

    def _save(self, case: Case) -> None:
        """Store the case; its new events go to the audit chain in the same durable write."""
        with self.store.transaction():
            before = self.store.get_case(case.id)
            data = case.to_json()
            self.store.audit_events(case.id, data["events"][len(before["events"]) if before else 0:])
            self.store.put_case(data)
        if self._person_index is not None:
            self._person_index.add(case.id, case.report)

    # -- outgoing ----------------------------------------------------------------------------
    def _desk_notice(self, reading: Reading, case_id: str | None, title: str, *, reason: str, action: str, folder: str) -> None:
        msg = reading.message
        context = {
            "case_id": case_id, "title": title, "reason": reason, "action": action, "report": reading.report,
            "source_from": msg.from_addr, "source_subject": msg.subject, "source_message_id": msg.message_id,
            "folder": f"{self.config.imap.folder_prefix}/{folder}", "not_read": msg.not_read,
        }
        key = case_id or f"DESK-{msg.sha256[:16]}"
        self._send(key, f"desk-{msg.sha256[:12]}", "desk_notice", context, (self.config.hq_desk,), case_id)

    def _queue(self, case: Case, purpose: str, template: str, to: tuple[str, ...], **extra) -> None:
        self._send(case.id, purpose, template, mail_context(case, **extra), to, case.id)

    def _send(self, key: str, purpose: str, template: str, context: dict, to: tuple[str, ...], case_id: str | None) -> None:
        now = self.now()
        rendered = self.renderer.render(template, context)
        seq = 1
        while self.store.outgoing(message_id(key, purpose, seq, self.config.message_id_domain)):
            seq += 1
        msgid = message_id(key, purpose, seq, self.config.message_id_domain)
        desk = self.config.imap.username or self.config.smtp.from_address
        reply_to = tokens.reply_to(desk, self.key, case_id) if case_id and "@" in desk else None
        raw = compose(rendered, sender=self.config.smtp.from_address, sender_name=self.config.smtp.from_name,
                      to=to, msgid=msgid, date=now, case_id=case_id, reply_to=reply_to)
        self.store.add_outgoing({
            "message_id": msgid, "case_id": case_id, "purpose": purpose, "to": list(to), "status": "pending",
            "attempts": 0, "queued_at": now.isoformat(), "next_attempt_at": now.isoformat(), "last_error": None,
        }, raw)


_FAILED = re.compile(r"(?:Final|Original)-Recipient:\s*rfc822;\s*<?([^\s<>;]+@[^\s<>;]+)>?", re.I)


def _failed_addresses(message) -> tuple[str, ...]:
    """The addresses a bounce says could not be reached (DSN fields, X-Failed-Recipients)."""
    found = [a.strip().lower() for h in message.header_all("X-Failed-Recipients") for a in h.split(",") if "@" in a]
    for inner in message.embedded:  # message/delivery-status blocks parse as header-only messages
        for value in inner.header_all("Final-Recipient"):
            found += [m.group(1).lower() for m in _FAILED.finditer("Final-Recipient: " + value)]
    for text in [message.text] + [a.text or "" for a in message.attachments]:
        found += [m.group(1).lower() for m in _FAILED.finditer(text or "")]
    return tuple(dict.fromkeys(found))


def _note_not_read(case: Case, reading: Reading, now: datetime) -> Case:
    """A mail too big to read whole: what was left out goes on the case, for its mails to say."""
    if not reading.message.not_read:
        return case
    return with_event(case, now, "not_read", "lifeline", "; ".join(reading.message.not_read))


def mail_context(case: Case, **extra) -> dict:
    """What every case template can use (also used by ``lifeline preview``)."""
    chain = case.route.chain
    wait = chain[case.step].wait_for(case.risk.level.value) if case.next_due_at and chain else None
    return {"case": case, "report": case.report, "risk_label": case.risk.level.effective.value.upper(),
            "deadline_minutes": (round(wait) if wait and wait >= 1 else wait), "step": case.step + 1,
            "step_who": chain[case.step].who if chain else "",
            "not_read": [e.detail for e in case.events if e.kind == "not_read"], **extra}


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(">"):
            return line[:500]
    return ""
