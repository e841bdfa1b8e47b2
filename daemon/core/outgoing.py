"""OutgoingMail: the row of one queued mail (who, why, how sending went). Pure data.

The mail's bytes are not in the row: the store keeps them in its spool (rows from before the
spool carry them inline as ``raw_b64``). ``to_json`` writes the keys the store has always
written, and only those, so old store files load and new ones read as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from daemon.core.isotime import from_iso, isoformat

PENDING, SENT, FAILED = "pending", "sent", "failed"


@dataclass(frozen=True)
class OutgoingMail:
    message_id: str
    case_id: str | None = None
    purpose: str = ""
    to: tuple[str, ...] = ()
    status: str = PENDING
    attempts: int = 0
    queued_at: datetime | None = None
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    spool: bool = False  # the bytes are in the spool
    raw_b64: str | None = None  # the bytes inline (rows from before the spool); None once erased
    sent_at: datetime | None = None
    refused: tuple[str, ...] | None = None  # recipients the server refused for good (5xx)
    erased_at: datetime | None = None  # retention removed the text
    # while some recipients are still retried (core.delivery): who accepted it on an earlier
    # try (never sent it again), since when it is deferred, whether the desk heard it is late
    delivered: tuple[str, ...] = ()
    deferred_since: datetime | None = None
    warned: bool = False

    def left(self) -> tuple[str, ...]:
        """The recipients still to be tried: neither accepted nor refused for good."""
        done = {a.lower() for a in self.delivered + (self.refused or ())}
        return tuple(a for a in self.to if a.lower() not in done)

    @classmethod
    def queued(cls, message_id: str, case_id: str | None, purpose: str, to: tuple[str, ...],
               now: datetime) -> "OutgoingMail":
        """A new mail, due at once."""
        return cls(message_id, case_id, purpose, tuple(to), PENDING, 0, now, now, None)

    def to_json(self) -> dict:
        row = {
            "message_id": self.message_id, "case_id": self.case_id, "purpose": self.purpose, "to": list(self.to),
            "status": self.status, "attempts": self.attempts, "queued_at": isoformat(self.queued_at),
            "next_attempt_at": isoformat(self.next_attempt_at), "last_error": self.last_error,
        }
        if self.spool:
            row["spool"] = True
        if self.raw_b64 is not None or self.erased_at is not None:
            row["raw_b64"] = self.raw_b64
        if self.sent_at is not None:
            row["sent_at"] = isoformat(self.sent_at)
        if self.refused is not None:
            row["refused"] = list(self.refused)
        if self.erased_at is not None:
            row["erased_at"] = isoformat(self.erased_at)
        if self.delivered:
            row["delivered"] = list(self.delivered)
        if self.deferred_since is not None:
            row["deferred_since"] = isoformat(self.deferred_since)
        if self.warned:
            row["warned"] = True
        return row

    @classmethod
    def from_json(cls, row: dict) -> "OutgoingMail":
        refused = row.get("refused")
        return cls(
            message_id=row["message_id"], case_id=row.get("case_id"), purpose=row.get("purpose", ""),
            to=tuple(row.get("to", ())), status=row.get("status", PENDING), attempts=int(row.get("attempts", 0)),
            queued_at=from_iso(row.get("queued_at")), next_attempt_at=from_iso(row.get("next_attempt_at")),
            last_error=row.get("last_error"), spool=bool(row.get("spool")), raw_b64=row.get("raw_b64"),
            sent_at=from_iso(row.get("sent_at")), refused=tuple(refused) if refused is not None else None,
            erased_at=from_iso(row.get("erased_at")), delivered=tuple(row.get("delivered", ())),
            deferred_since=from_iso(row.get("deferred_since")), warned=bool(row.get("warned")),
        )
