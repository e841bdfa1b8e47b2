"""A burst of distinct reports, and the exactly-once bookkeeping every fault test asserts."""

from __future__ import annotations

import email
import threading
import time
from collections import Counter
from dataclasses import dataclass

from daemon.dev.devstack.process import store_cases, store_outbox
from tests.helpers import numbered_report

HQ = "scrb-sm-desk@police.example.in"
OFFICER = "cr-jodhpur-comm@police.example.in"  # where the Facebook example routes


def report(n: int) -> bytes:
    """The Facebook example as a distinct report about a distinct (fictional) person n."""
    return numbered_report(n)


def reference(n: int) -> str:
    return f"77{n:08d}"


class Burst(threading.Thread):
    """Delivers reports first..last over LMTP, ``gap`` seconds apart, in the background."""

    def __init__(self, stack, numbers, gap: float = 0.0) -> None:
        super().__init__(daemon=True)
        self.stack, self.numbers, self.gap = stack, list(numbers), gap
        self.delivered: list[int] = []

    def run(self) -> None:
        for n in self.numbers:
            self.deliver(n)
            self.delivered.append(n)
            if self.gap:
                time.sleep(self.gap)


    def deliver(self, n: int, patience: float = 20.0) -> None:
        """Deliver, retrying while the server restarts (a retried mail may arrive twice: same bytes)."""
        deadline = time.monotonic() + patience
        while True:
            try:
                self.stack.deliver(HQ, report(n))
                return
            except Exception:  # noqa: BLE001 - LMTP refused or connection reset during a restart
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


@dataclass(frozen=True)
class Tally:
    reports: int
    cases: int
    forwarded: int  # cases whose forward the server accepted
    duplicates: int  # extra copies of a forward (same Message-ID, resent after a crash)
    lost: int  # reports with no case or no accepted forward
    in_mailbox: int  # forwards in the officer's mailbox


def forward_id(raw: bytes) -> str | None:
    value = email.message_from_bytes(raw).get("Message-ID", "")
    value = value.strip().strip("<>")
    return value if ".forward." in value else None


def forward_ids(store_path, cases) -> set[str]:
    """The forward Message-ID of each case, from the outbox (it carries a MAC with the
    daemon's key): exactly one per case, ``<case>.forward.1.<mac>``, never a second one."""
    wanted = {c["id"] for c in cases}
    rows = [m for m in store_outbox(store_path) if m["purpose"] == "forward" and m["case_id"] in wanted]
    by_case = Counter(m["case_id"] for m in rows)
    assert all(v == 1 for v in by_case.values()), f"a case was forwarded under a second Message-ID: {by_case.most_common(2)}"
    ids = {m["message_id"].strip("<>") for m in rows}
    assert all(i.split(".forward.1.", 1)[0] in wanted for i in ids), "a forward Message-ID that is not <case>.forward.1.<mac>"
    return ids


def tally(stack, store_path, numbers) -> Tally:
    refs = {reference(n) for n in numbers}
    cases = [c for c in store_cases(store_path) if c["report"].get("reference") in refs]
    by_ref = Counter(c["report"]["reference"] for c in cases)
    assert all(v == 1 for v in by_ref.values()), f"a report opened more than one case: {by_ref.most_common(3)}"
    ids = forward_ids(store_path, cases)
    accepted = Counter(a.message_id.strip("<>") for a in stack.accepted if a.message_id and a.message_id.strip("<>") in ids)
    mailbox = Counter(forward_id(raw) for raw in stack.messages(OFFICER))
    # every case has one forward (its deterministic Message-ID), never two different ones:
    # forward_ids checks it; a forward queued for a case not yet in the store counts as lost
    return Tally(
        reports=len(numbers), cases=len(cases), forwarded=len(accepted),
        # extra copies of a forward, as the server recorded them or as the officer sees them
        # (a kill while the server delivers leaves a copy in the mailbox it never answered 250 for)
        duplicates=max(sum(v - 1 for v in accepted.values()), sum(v - 1 for k, v in mailbox.items() if k in ids)),
        lost=len(refs - set(by_ref)) + len(ids - set(accepted)) + len(ids - set(mailbox)),
        in_mailbox=sum(v for k, v in mailbox.items() if k in ids),
    )


def wait_all_forwarded(stack, store_path, numbers, timeout: float) -> float:
    """Seconds until every report has a case and every forward was accepted."""
    t0 = time.monotonic()
    refs = {reference(n) for n in numbers}
    while time.monotonic() - t0 < timeout:
        cases = [c for c in store_cases(store_path) if c["report"].get("reference") in refs]
        if len(cases) == len(refs):
            ids = forward_ids(store_path, cases)
            sent = {m["message_id"].strip("<>") for m in store_outbox(store_path) if m["status"] == "sent"}
            if len(ids) == len(cases) and ids <= sent:
                return time.monotonic() - t0
        time.sleep(0.2)
    cases = [c for c in store_cases(store_path) if c["report"].get("reference") in refs]
    raise AssertionError(f"after {timeout}s: {len(cases)}/{len(refs)} cases; outbox "
                         f"{Counter(m['status'] for m in store_outbox(store_path))}")


def row(fault: str, t: Tally, runs: int, recovery: str) -> str:
    return (f"| {fault} | {runs} | {t.reports} | {t.forwarded} | {t.duplicates} | {t.lost} | {recovery} |")
