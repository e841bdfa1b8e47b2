"""Retention: closed cases lose the person's data after a configured period; statistics stay.

``erase_personal`` and ``erase_mail`` are pure (a case or outgoing-mail dict in, a new dict or
None out); ``maintain`` is the periodic call that archives old rows and applies them to the
live store and the archives. What stays: case id, state, risk level and score, station and
route, every event's time, kind and actor — so counts and response times can still be told.
What goes: name, phones, e-mails, IPs, profile links, usernames, account ids, post text,
location hints, the platform's reference, free-text notes (event details), the full
text of the mails that were sent about the case, and its feedback example (the post and its
outcome, daemon/store/feedback.py) unless an admin exported that for training.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from daemon.config.schema import StorePolicy
from daemon.core.outgoing import OutgoingMail
from daemon.store.archive import closed_at
from daemon.store.engine import Store
from daemon.store.feedback import FeedbackFile
from daemon.store.layout import feedback_path

log = logging.getLogger("lifeline.retention")

ERASED = "[erased]"
PERSONAL_LISTS = ("phones", "emails", "ips", "profile_urls", "usernames", "location_hints", "user_ids")
PERSONAL_TEXTS = ("subject_name", "post_text", "reference")


def due(case: dict, now: datetime, retention_days: float) -> bool:
    when = closed_at(case)
    return when is not None and not case.get("erased_at") and when < now - timedelta(days=retention_days)


def erase_personal(case: dict, now: datetime, retention_days: float) -> dict | None:
    """The case without personal data, or None if it is not (yet) due or already erased."""
    if not due(case, now, retention_days):
        return None
    report = dict(case.get("report") or {})
    for key in PERSONAL_LISTS:
        report[key] = []
    for key in PERSONAL_TEXTS:
        report[key] = None
    events = [{**e, "detail": ERASED if e.get("detail") else ""} for e in case.get("events", ())]
    return {**case, "report": report, "events": events, "erased_at": now.isoformat()}


def erase_mail(mail: dict, now: datetime) -> dict | None:
    """An outgoing mail without its text (it carried the report), unless still to be sent."""
    if mail.get("status") == "pending" or mail.get("raw_b64") is None:
        return None
    return {**mail, "raw_b64": None, "erased_at": now.isoformat()}


def maintain(store: Store, now: datetime, policy: StorePolicy) -> dict[str, int]:
    """Archive what is old, then erase personal data that is past retention, live and archived."""
    moved = store.archive(now, policy)
    erased_ids: set[str] = set()
    with store.transaction():
        for case in store.all_cases():
            new = erase_personal(dict(case), now, policy.retention_days)
            if new is not None:
                store.put_case(new)  # no new events: the audit chain is untouched
                erased_ids.add(new["id"])

    def archived_case(case: dict) -> dict | None:
        new = erase_personal(case, now, policy.retention_days)
        if new is not None:
            erased_ids.add(new["id"])
        return new

    store.rewrite_archived("cases", archived_case)
    mails = 0
    if erased_ids:
        with store.transaction():
            for mail in store.outbox.all():
                if mail.get("case_id") in erased_ids and (new := erase_mail(dict(mail), now)) is not None:
                    store.add_outgoing(OutgoingMail.from_json(new))
                    mails += 1
        mails += store.rewrite_archived(
            "outbox", lambda m: erase_mail(m, now) if m.get("case_id") in erased_ids else None)
    if erased_ids or any(moved.values()):
        store.refresh_backup()
    examples = FeedbackFile(feedback_path(store.path)).erase(now, policy.retention_days, erased_ids)
    result = {**{f"archived_{k}": v for k, v in moved.items()}, "erased_cases": len(erased_ids), "erased_mails": mails,
              "erased_examples": examples}
    log.info("maintenance %s", " ".join(f"{k}={v}" for k, v in result.items()))
    return result
