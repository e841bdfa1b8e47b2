"""The one place handlers meet the store: load what a handler needs, call it, and apply its
effects in one store transaction.

Each entry point reads the clock once, so a decision and the rows it writes share one
``now``. Applying an effect is the only code that writes cases, queued mails (rendered and
composed here, at the edge), ledger rows and bounce counts. Runs on the event loop's thread.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Callable, Iterable

from daemon.app.parts import Parts
from daemon.core import canary as canary_ids
from daemon.core import tokens
from daemon.core.isotime import from_iso
from daemon.core.case import Case, PersonIndex
from daemon.core.delivery import Trouble
from daemon.core.ids import mac_of, message_id
from daemon.core.outgoing import OutgoingMail
from daemon.core.report import Report
from daemon.core.summary import Summary
from daemon.edges.compose import compose
from daemon.handlers import alert, canary, config_refused, delivery, intake, quarantine, reply, summary, timer
from daemon.handlers.decision import (
    CanaryBack, Decision, Effect, NotifyDesk, OpenCase, Outcome, QueueMail, RecordBounce, RecordFeedback, RecordIntake,
    SaveCase,
)
from daemon.handlers.inputs import Loaded, Prepared
from daemon.handlers.table import TABLE, Row
from daemon.store.engine import Store
from daemon.store.feedback import FeedbackFile
from daemon.store.layout import feedback_path

log = logging.getLogger("lifeline.apply")


def people_index(store: Store) -> PersonIndex:
    """Which cases are about whom, built from the store at start-up, then kept up by saves."""
    people = PersonIndex()
    for row in store.all_cases():
        people.add(row["id"], Report.from_json(row["report"]))
    return people


class Applier:
    def __init__(self, store: Store, people: PersonIndex, now: Callable[[], datetime]) -> None:
        self.store, self.people, self.now = store, people, now
        self.feedback = FeedbackFile(feedback_path(store.path))
        self._examples: list[RecordFeedback] = []  # decided in the transaction, written after it

    # -- entry points, one per kind of input ----------------------------------------------
    def mail(self, parts: Parts, mail: Prepared, *, uidvalidity: int, uid: int) -> Outcome:
        """An incoming mail: the ledger first (seen before?), then its kind's handler."""
        msg = mail.reading.message
        earlier = self.store.intake_record(uidvalidity=uidvalidity, uid=uid)
        if earlier is not None:
            return intake.already_handled(earlier)
        now = self.now()
        self._examples.clear()
        with self.store.transaction():
            decision = intake.duplicate(mail, self.store.intake_duplicate(message_id=msg.message_id, sha256=msg.sha256))
            canary_id = decision is None and canary_ids.found(parts.key, [msg.subject, msg.message_id or ""])
            if canary_id:
                decision = canary.handle(mail, canary_id, parts.config, now)
            elif decision is None:
                row = TABLE[mail.reading.kind]
                decision = row.handler(mail, self._load(row, mail, parts, now), parts.config, now)
            decision = intake.recorded(decision, mail, uidvalidity=uidvalidity, uid=uid, now=now)
            self._apply(parts, decision.effects, now)
        self._write_examples()
        return decision.outcome

    def timer(self, parts: Parts, case_id: str, reason: str = timer.NO_ACK, force: bool = False,
              armed: datetime | None = None) -> datetime | None:
        """A case's escalation step, if due (``armed``: the step whose monotonic wait ran out);
        returns its next due time."""
        now = self.now()
        with self.store.transaction():
            decision = timer.handle(self._case(case_id), parts.config, now, reason, force, armed)
            return self._decided(parts, decision, now)

    def summary_sent(self, parts: Parts, figures: Summary) -> bool:
        return self.store.outgoing_named(f"{summary.key(figures)}.summary.1") is not None

    def summary(self, parts: Parts, figures: Summary, chart: bytes) -> bool:
        """The daily summary to the desk and the admins, unless already queued."""
        with self.store.transaction():
            queued = self._decided(parts, summary.handle(figures, chart, parts.config, self.summary_sent(parts, figures)),
                                   self.now())
            if queued:
                self.store.set_meta("summary_last_day", figures.day.isoformat())
            return queued

    def canary_sent(self, parts: Parts, canary_id: str) -> None:
        """Queue the synthetic report of a new canary round."""
        with self.store.transaction():
            self._decided(parts, canary.send(canary_id, parts.config), self.now())

    def canary_back(self, canary_id: str) -> datetime | None:
        at = (self.store.get_meta("canary_back") or {}).get(canary_id)
        return from_iso(at) if at else None

    def due_cases(self) -> list[tuple[str, datetime]]:
        """Every open case with a running clock, from the store (the truth after a restart)."""
        return timer.due(self.store.all_cases())

    def delivery_trouble(self, parts: Parts, trouble: Trouble) -> None:
        """The outbox's report of a mail refused for good for some recipients, or late."""
        now = self.now()
        with self.store.transaction():
            case = self._case(trouble.mail.case_id) if trouble.mail.case_id else None
            self._decided(parts, delivery.handle(trouble, case, parts.config, now), now)

    def quarantined(self, parts: Parts, raw: bytes, error: str) -> str:
        """A mail that made handling fail repeatedly; returns the folder it goes to."""
        return self._decided(parts, quarantine.handle(raw, error, parts.config), self.now())

    def config_refused(self, parts: Parts, problems: tuple[str, ...], digest: str) -> None:
        self._decided(parts, config_refused.handle(problems, digest, parts.config), self.now())

    def alert(self, parts: Parts, channel: str, what: str, down: bool, text: str, since: datetime) -> None:
        """Intake or sending down for a while (or working again), a standing problem's notice."""
        queued = self.store.outgoing_named(f"{alert.key(channel, since)}.{alert.purpose(down)}.1") is not None
        self._decided(parts, alert.handle(channel, what, down, text, since, parts.config, queued), self.now())

    # -- loading -----------------------------------------------------------------------------
    def _case(self, case_id: str) -> Case | None:
        row = self.store.get_case(case_id)
        return Case.from_json(row) if row is not None else None

    def _cases(self, ids: Iterable[str]) -> dict[str, Case]:
        found = ((case_id, self._case(case_id)) for case_id in dict.fromkeys(ids))
        return {case_id: case for case_id, case in found if case is not None}

    def _load(self, row: Row, mail: Prepared, parts: Parts, now: datetime) -> Loaded:
        """What the table row says its handler needs."""
        msg, report = mail.reading.message, mail.reading.report
        threads: dict[str, OutgoingMail] = {}
        if row.threads:  # our mails it threads to, and the mails whose MAC it carries as a token
            for mid in msg.in_reply_to + msg.references:
                sent = self.store.outgoing(mid)
                if sent is not None and sent.case_id:
                    threads.setdefault(mid, sent)
            for sent in self._by_token(mail):
                threads.setdefault(sent.message_id, sent)
        same_person: tuple[Case, ...] = ()
        new_case_id = None
        if row.same_person and report is not None:
            # the index may name a case of a rolled-back transaction: _cases leaves it out
            same_person = tuple(self._cases(self.people.candidates(report)).values())
            new_case_id = self.store.peek_case_id(now.year)
        cases = self._cases((*row.cases(mail), *(sent.case_id for sent in threads.values())))
        return Loaded(parts.key, cases, threads, same_person, new_case_id)

    def _by_token(self, mail: Prepared) -> list[OutgoingMail]:
        """The mails of the cases a reply's tokens name whose Message-ID carries that MAC
        (found here; whether the MAC is genuine the reply handler checks)."""
        wanted = {(case_id, candidate) for case_id, candidate in tokens.tokens_in(reply.token_places(mail.reading.message))
                  if tokens.is_mac(candidate)}
        if not wanted:
            return []
        return [sent for sent in self.store.all_outgoing()
                if sent.case_id and (sent.case_id.upper(), mac_of(sent.message_id)) in wanted]

    # -- applying ------------------------------------------------------------------------------
    def _decided(self, parts: Parts, decision: Decision, now: datetime):
        """Apply the decision's effects (one transaction) and hand back its outcome."""
        self._apply(parts, decision.effects, now)
        return decision.outcome

    def _apply(self, parts: Parts, effects: Iterable[Effect], now: datetime) -> None:
        with self.store.transaction():
            for effect in effects:
                match effect:
                    case OpenCase(case):
                        taken = self.store.next_case_id(case.created_at.year)
                        if taken != case.id:
                            raise RuntimeError(f"case id {case.id} was decided but the store gives {taken}")
                        self._save(case)
                    case SaveCase(case):
                        self._save(case)
                    case QueueMail(key, purpose, template, context, to, case_id, images, domain):
                        self._queue(parts, key, purpose, template, context, to, case_id, now, images, domain)
                    case NotifyDesk(key, purpose, context, case_id, cc):
                        to = tuple(dict.fromkeys((parts.config.hq_desk, *cc)))
                        self._queue(parts, key, purpose, "desk_notice", context, to, case_id, now)
                    case RecordIntake(record):
                        self.store.record_intake(record)
                    case RecordBounce(address, case_id, at):
                        self.store.record_bounce(address, case_id, at)
                    case CanaryBack(canary_id, at):
                        self.store.set_meta("canary_back", {canary_id: at.isoformat()})
                    case RecordFeedback():
                        self._examples.append(effect)
                    case _:
                        raise TypeError(f"not an effect: {effect!r}")

    def _write_examples(self) -> None:
        """The feedback examples of the mail just committed (only replies close cases): after
        the commit, so no example exists for a close the store does not hold; a crash in
        between loses an example, never a close. A write that fails is logged, never raised:
        the close stands."""
        examples, self._examples = self._examples, []
        for effect in examples:
            try:
                self.feedback.record(effect.case_id, effect.example)
            except OSError as exc:
                log.error("feedback example not written case=%s error=%s", effect.case_id, type(exc).__name__)

    def _save(self, case: Case) -> None:
        self.store.save_case(case.to_json())
        self.people.add(case.id, case.report)

    def _queue(self, parts: Parts, key: str, purpose: str, template: str, context: dict, to: tuple[str, ...],
               case_id: str | None, now: datetime, images: tuple[tuple[str, bytes], ...] = (),
               domain: str | None = None) -> None:
        """Render, compose (Message-ID: the first free sequence number of key and purpose, with
        the MAC of its recipients) and queue."""
        config = parts.config
        rendered = parts.renderer.render(template, context)
        domain = domain or config.message_id_domain
        seq = 1  # the first free <key>.<purpose>.<seq>, whoever the earlier mails went to
        while self.store.outgoing_named(f"{key}.{purpose}.{seq}"):
            seq += 1
        msgid = message_id(key, purpose, seq, domain, secret=parts.key, recipients=to)
        desk = config.imap.username or config.smtp.from_address
        reply_to = tokens.reply_to(desk, case_id, msgid) if case_id and "@" in desk else None
        raw = compose(rendered, sender=config.smtp.from_address, sender_name=config.smtp.from_name,
                      to=to, msgid=msgid, date=now, case_id=case_id, reply_to=reply_to, images=images)
        self.store.add_outgoing(OutgoingMail.queued(msgid, case_id, purpose, to, now), raw)
