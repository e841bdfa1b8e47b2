"""The reply corpus (tests/corpus/replies) as our MTA would hand it to the HQ mailbox: the
placeholders filled from one real forwarded case, the MTA's headers put on top, the envelope
as an MTA gives it. Used by test_reply_corpus.py; no daemon code is imported.

Delivery (see tests/corpus/replies/README.md, "Delivery convention"):
- ``authenticated``: the sender submitted through our MTA; on top of the template go the
  MTA's ``Authentication-Results: <authserv_id>; dkim=pass header.d=<sender's domain>;
  dmarc=pass header.from=<sender's domain>`` and, below it, its ``Received: ... by
  <authserv_id>`` (OpenDKIM/OpenDMARC insert their header above Postfix's own Received).
- ``external``: our MTA's ``Received: from mx.evil.example ... by <authserv_id>`` on top.
  The harness never strips Authentication-Results that claim our authserv-id (RFC 8601 s.5
  says an MTA should; the daemon must be safe when it does not): every forged A-R in a
  template sits below our MTA's Received and must not count. Runs without ``stamp`` add
  nothing else (an MTA that stamps nothing on outside mail, the worst case); runs with it add
  our MTA's own ``Authentication-Results: <authserv_id>; dkim=none; dmarc=none`` on top, as
  an MTA running OpenDKIM/OpenDMARC on every mail does.
Then Dovecot's LMTP adds its own Return-Path / Delivered-To / Received on top, as in service.
"""

from __future__ import annotations

import email
import email.policy
import json
import secrets
import tomllib
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus" / "replies"
ATTACKER = "someone@evil.example"
STATION = "PS Malviya Nagar"  # a station with a roster and an SHO (the chain's next step)

# what "acts" means per command (README: ACK/other human reply and NEED HELP acknowledge)
ACTS_STATE = {"ACK": "acknowledged", "ACK (Hindi)": "acknowledged", "NEED HELP": "acknowledged",
              "REACHED": "attended", "FALSE ALARM": "closed", "CLOSE FALSE ALARM": "closed"}
OPEN_STATES = ("forwarded", "failed_delivery")  # the escalation clock runs


def manifest() -> list[dict]:
    return json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class People:
    """Who is who for one station, from config.toml."""
    hq_mailbox: str
    desk: str
    message_id_domain: str
    authserv_id: str
    mailbox: str
    sho: str
    officers: tuple[str, ...]
    stranger: str


def people(config_path: Path = REPO / "config.toml") -> People:
    data = tomllib.loads(config_path.read_text(encoding="utf-8"))
    main = data["lifeline"]
    [station] = [s for s in data["stations"] if s["name"] == STATION]
    others = [o["email"] for s in data["stations"] if s.get("district") != station["district"]
              for o in s.get("officers", [])]
    return People(
        hq_mailbox=data["imap"]["username"], desk=main["hq_desk"], message_id_domain=main["message_id_domain"],
        authserv_id=data["authenticity"]["trusted_authserv_ids"][0], mailbox=station["mailbox"],
        sho=station["sho"], officers=tuple(o["email"] for o in station.get("officers", [])), stranger=others[0])


def station_report(n: int) -> bytes:
    """A distinct genuine platform report (own person, reference, Message-ID) for the station."""
    from tests.helpers import numbered_report
    return numbered_report(n).replace(b"City (profile): Jodhpur, Rajasthan", "City (profile): Malviya Nagar, Jaipur".encode())


@dataclass(frozen=True)
class Forward:
    """One real forward as the officer received it."""
    case_id: str
    message_id: str
    subject: str
    reply_to: str
    rcpts: tuple[str, ...]


def read_forward(raw: bytes, rcpts: tuple[str, ...]) -> Forward:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    subject = str(msg["Subject"])
    case_id = subject[subject.index("[") + 1:].split("]")[0].split()[0]
    return Forward(case_id, str(msg["Message-ID"]).strip(), subject, str(msg["Reply-To"]).strip(), rcpts)


def values(entry: dict, fwd: Forward, who: People) -> dict:
    officer = next((r for r in fwd.rcpts if r in who.officers), fwd.rcpts[0])
    sender = {"officer": officer, "sho": who.sho, "desk": who.desk, "stranger": who.stranger, "attacker": ATTACKER}
    stem = entry["file"].split("-")[0]
    domain = sender[entry["sender"]].split("@")[1]
    return {
        "case_id": fwd.case_id, "subject": fwd.subject, "forward_message_id": fwd.message_id,
        "guessed_message_id": f"<{fwd.case_id}.forward.1@{who.message_id_domain}>",
        "reply_to": fwd.reply_to, "officer": officer, "officer_domain": officer.split("@")[1],
        "sho": who.sho, "desk": who.desk, "hq_mailbox": who.hq_mailbox, "stranger": who.stranger,
        "attacker": ATTACKER, "authserv_id": who.authserv_id, "date": formatdate(localtime=True),
        "msgid": f"<corpus.{stem}.{secrets.token_hex(6)}@{domain}>", "_sender": sender[entry["sender"]],
    }


def template(entry: dict) -> str:
    """The template as written: CRLF kept (read_text would turn it into LF)."""
    return (CORPUS / entry["file"]).read_bytes().decode("utf-8")


def null_sender(entry: dict) -> bool:
    """39 and 52: MAIL FROM:<> (an MTA replaces the template's Return-Path with it)."""
    return "null envelope sender" in entry.get("note", "")


def rendered(entry: dict, vals: dict, stamp_external: bool = False) -> bytes:
    """The template filled in, with our MTA's headers on top (module docstring);
    ``stamp_external``: our MTA also stamps outside mail (``dkim=none; dmarc=none``), as
    OpenDKIM/OpenDMARC do, still without stripping forged headers below."""
    text = template(entry).format(**vals)
    sender, ours, date = vals["_sender"], vals["authserv_id"], vals["date"]
    rcpt = envelope(entry, vals)[1]
    domain = sender.split("@")[1]
    queue = secrets.token_hex(5).upper()
    if entry["delivery"] == "authenticated":
        top = (f"Authentication-Results: {ours}; dkim=pass header.d={domain} header.i=@{domain};"
               f" dmarc=pass header.from={domain}\r\n"
               f"Received: from client.{domain} (client.{domain} [192.0.2.10])\r\n"
               f"\tby {ours} (Postfix) with ESMTPSA id {queue}\r\n\tfor <{rcpt}>; {date}\r\n")
    else:
        top = f"Authentication-Results: {ours}; dkim=none; dmarc=none\r\n" if stamp_external else ""
        top += (f"Received: from mx1.evil.example (mx1.evil.example [203.0.113.66])\r\n"
               f"\tby {ours} (Postfix) with ESMTPS id {queue}\r\n\tfor <{rcpt}>; {date}\r\n")
    return (top + text).encode("utf-8")


def envelope(entry: dict, vals: dict) -> tuple[str, str]:
    """(MAIL FROM, RCPT TO): the plus-address when the mail's header is addressed to it, as
    an MTA delivers (the HQ mailbox's +detail); otherwise the HQ mailbox."""
    mail_from = "" if null_sender(entry) else vals["_sender"]
    head = template(entry).split("\r\n\r\n", 1)[0]
    rcpt = vals["reply_to"] if "{reply_to}" in head else vals["hq_mailbox"]
    return mail_from, rcpt


# -- observation -------------------------------------------------------------------------

def snapshot(case: dict) -> dict:
    return {"state": case["state"], "acknowledged_by": case.get("acknowledged_by"), "outcome": case.get("outcome"),
            "station": case["route"].get("station"), "due": case.get("next_due_at"),
            "step": case.get("step"), "events": len(case.get("events", []))}


def verdict(entry: dict, before: dict, case: dict, expect: str, sender: str = "") -> tuple[bool, str]:
    """(as expected?, what was observed) for one case after its reply was processed; an
    acknowledgement must name the reply's sender."""
    now = snapshot(case)
    new = [e["kind"] for e in case.get("events", [])[before["events"]:]]
    seen = f"{now['state']}" + (f" by {now['acknowledged_by']}" if now["acknowledged_by"] else "") + \
        (f" outcome={now['outcome']}" if now["outcome"] else "") + \
        (f" station={now['station']}" if now["station"] != before["station"] else "") + \
        (" clock-stopped" if now["due"] is None and now["state"] in OPEN_STATES else "") + \
        f" events={','.join(new) or '-'}"
    if expect == "no_change":
        ok = (now["state"] in OPEN_STATES and now["acknowledged_by"] is None and now["outcome"] is None
              and now["station"] == before["station"] and now["due"] is not None)
    else:
        ok = now["state"] == ACTS_STATE[entry["command"]] and (
            now["state"] == "closed" or (now["acknowledged_by"] or "").lower() == sender.lower())
    return ok, seen


def changed(before: dict, case: dict) -> str:
    """What a mail changed on a case it had no business with ('' = nothing)."""
    now = snapshot(case)
    diff = [f"{k}={now[k]}" for k in ("state", "acknowledged_by", "outcome", "station") if now[k] != before[k]]
    if now["due"] is None and before["due"] is not None:
        diff.append("clock stopped")
    return " ".join(diff)


def table(rows: list[tuple[str, str, str, str, str]]) -> str:
    """run, template, expected, observed, OK/FAIL as fixed-width text."""
    width = max(len(r[1]) for r in rows if r[2])
    lines = [f"{'run':13} {'template':{width}} {'expected':10} {'result':6} observed"]
    lines += [f"{run:13} {name:{width}} {exp:10} {res:6} {seen}".rstrip() for run, name, exp, seen, res in rows]
    return "\n".join(lines) + "\n"
