"""IntakeRecord: one row of the intake ledger, what became of one mail seen. Pure data.

Every mail is recorded by (UIDVALIDITY, UID), Message-ID and the SHA-256 of its bytes, so
seeing it again (a crash, a reconnect, a re-delivery) changes nothing. ``to_json`` writes the
keys the store has always written, plus ``authentic`` (rows without it read as False: they
are duplicates by their bytes only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from daemon.core.isotime import from_iso, isoformat


@dataclass(frozen=True)
class IntakeRecord:
    uidvalidity: int
    uid: int
    sha256: str
    message_id: str | None = None
    from_addr: str | None = None
    kind: str = ""
    folder: str = ""  # the Lifeline sub-folder the mail was moved to
    case_id: str | None = None
    at: datetime | None = None
    action: str = ""  # short, privacy-safe description for logs
    authentic: bool = False  # a report verified as the platform's / a reply as its sender's

    def to_json(self) -> dict:
        return {
            "uidvalidity": self.uidvalidity, "uid": self.uid, "message_id": self.message_id, "from": self.from_addr,
            "sha256": self.sha256, "kind": self.kind, "folder": self.folder, "case_id": self.case_id,
            "at": isoformat(self.at), "action": self.action, "authentic": self.authentic,
        }

    @classmethod
    def from_json(cls, row: dict) -> "IntakeRecord":
        return cls(
            uidvalidity=row.get("uidvalidity"), uid=row.get("uid"), sha256=row.get("sha256"),
            message_id=row.get("message_id"), from_addr=row.get("from"), kind=row.get("kind", ""),
            folder=row.get("folder", ""), case_id=row.get("case_id"), at=from_iso(row.get("at")),
            action=row.get("action", ""), authentic=bool(row.get("authentic")),
        )
