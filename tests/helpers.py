"""Small helpers shared by tests (not fixtures: those live in conftest.py)."""

from __future__ import annotations

import re

from datetime import datetime, timezone
from pathlib import Path

from daemon.config.load import load_config
from daemon.config.schema import Config

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = FIXTURES / "examples"
SHIPPED = (ROOT / "config.toml").read_text(encoding="utf-8")


def edited_config(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    """The shipped config.toml with ``old`` replaced, in tmp_path with a small PIN table."""
    assert old in SHIPPED
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "rajasthan_pins.csv").write_text("pin,districts\n342003,Jodhpur\n")
    link_places(tmp_path / "data")
    path = tmp_path / "config.toml"
    path.write_text(SHIPPED.replace(old, new, count), encoding="utf-8")
    return path


def link_places(data_dir: Path) -> None:
    """The shipped place table in a test's data folder (config.toml's places_table points there)."""
    target = data_dir / "rajasthan_places.csv"
    if not target.exists():
        target.symlink_to(ROOT / "data" / "rajasthan_places.csv")


def line_with(path: Path, text: str) -> int:
    """The number of the first line of ``path`` containing ``text``."""
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def replaced(config: Config, **changes) -> Config:
    """A copy of a loaded config with some values changed, named as they are read
    (``state_dir=...`` for a [lifeline] key, ``authenticity=...`` for a table)."""
    tables = {k: v for k, v in changes.items() if k in Config.model_fields}
    lifeline = {k: v for k, v in changes.items() if k not in tables}
    unknown = set(lifeline) - set(type(config.lifeline).model_fields)
    if unknown:
        raise TypeError(f"not config keys: {sorted(unknown)}")
    if lifeline:
        tables["lifeline"] = config.lifeline.model_copy(update=lifeline)
    return config.model_copy(update=tables)


def shipped_config(tmp_path: Path) -> Config:
    """The shipped config.toml with its state in a temporary folder."""
    return replaced(load_config(ROOT / "config.toml"), state_dir=tmp_path)


def example(name: str) -> bytes:
    return (EXAMPLES / name).read_bytes()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 11, 28, 21, 17, tzinfo=timezone.utc)) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value


def numbered_report(n: int) -> bytes:
    """A distinct copy of the example Facebook report: its own reference (so its own
    Message-ID) and a fictional name, for bursts in tests and benchmarks."""
    return (example("facebook_plain.eml")
            .replace(b"8812045567", f"77{n:08d}".encode())  # reference and Message-ID
            .replace(b"Suresh Meghwal", f"Test Person {n}".encode())
            .replace(b"98290 41736", f"9{n:09d}".encode())  # mobile
            .replace(b"100078812345670", f"1000{n:011d}".encode())  # profile / user id
            .replace(b"suresh.m.1998", f"test.person.{n}".encode()))


# what our MTA stamps on a mail from a police mailbox whose DKIM verified (the shipped config
# trusts mail.police.example.in); replies that close, release or reassign need it by default
MTA_PASS = "Authentication-Results: mail.police.example.in; dkim=pass header.d=police.example.in; dmarc=pass"


def forward_id(store, case_id: str, purpose: str = "forward") -> str:
    """The Message-ID Lifeline gave its first ``purpose`` mail about the case (it carries a
    MAC, so a test reply threads to it by looking it up, as a mail client would have it)."""
    return next(m.message_id for m in store.all_outgoing() if m.case_id == case_id and m.purpose == purpose)


def threaded(store, raw: bytes) -> bytes:
    """``<forward-of-LL-2026-000001>`` in a test reply -> that case's real forward Message-ID."""
    return re.sub(rb"<forward-of-(LL-\d{4}-\d{6})>", lambda m: f"<{forward_id(store, m.group(1).decode())}>".encode(), raw)


class Handling:
    """The daemon's handling of mail on a real store, without intake and outbox: the parts
    built from a config, the person index and the applier, as ``Service.attach`` wires them."""

    def __init__(self, config: Config, store, now, key: bytes | None = None, scorer=None, dnsfunc=None) -> None:
        from daemon.app import parts
        from daemon.app.apply import Applier, people_index
        from daemon.config.secrets import load_key
        from daemon.risk.scorer import UnknownScorer

        self.store, self.now = store, now
        self.parts = parts.build(config, scorer or UnknownScorer(), key if key is not None else load_key(config), dnsfunc)
        self.applier = Applier(store, people_index(store), now)

    @property
    def config(self) -> Config:
        return self.parts.config

    def use(self, config: Config) -> None:
        """Handle from now on with ``config`` (the key and scorer stay)."""
        from daemon.app import parts

        self.parts = parts.build(config, self.parts.pipeline.scorer, self.parts.key, self.parts.pipeline.dnsfunc)

    def prepare(self, raw: bytes, scorer=None, dnsfunc=None):
        """The pipeline at the clock's time (with another scorer or DNS if given)."""
        from daemon.app.pipeline import Pipeline

        pipe = self.parts.pipeline
        if scorer is not None or dnsfunc is not None:
            pipe = Pipeline.build(self.config, scorer or pipe.scorer, dnsfunc or pipe.dnsfunc)
        return pipe.one(raw, self.now())

    def commit(self, prepared, *, uidvalidity: int, uid: int):
        return self.applier.mail(self.parts, prepared, uidvalidity=uidvalidity, uid=uid)

    def handle(self, raw: bytes, uid: int, uidvalidity: int = 1):
        return self.commit(self.prepare(raw), uidvalidity=uidvalidity, uid=uid)

    def fire(self, case_id: str):
        return self.applier.timer(self.parts, case_id)


def mail_rows(store) -> list[dict]:
    """The outbox rows as stored (the file's shape)."""
    return [dict(row) for row in store.outbox.all()]


def bounce_mail(case_id: str, recipient: str, domain: str = "lifeline.police.example.in") -> bytes:
    """A DSN (multipart/report) saying our forward of ``case_id`` to ``recipient`` failed."""
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mail.police.example.in>\r\nTo: scrb-sm-desk@police.example.in\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <b1@mail.police.example.in>\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nmailbox full\r\n"
        f"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail\r\n\r\nFinal-Recipient: rfc822; {recipient}\r\n"
        "Action: failed\r\nStatus: 5.2.2\r\n"
        f"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@police.example.in\r\nTo: {recipient}\r\n"
        f"Subject: [{case_id}] HIGH\r\nMessage-ID: <{case_id}.forward.1@{domain}>\r\n\r\nbody\r\n--b--\r\n"
    ).encode()
