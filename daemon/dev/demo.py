"""`make demo`: the whole path once, on this machine, and then stop.

Starts the local mail stack (Dovecot + SMTP relay) in a temporary folder, writes a daemon
config pointing at it, starts `lifeline run`, delivers the example reports into the HQ
mailbox, prints each forward's recipient and subject as the officer's mailbox shows it,
replies ACK as the officer, shows the case acknowledged, and shuts everything down.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import sys
import tempfile
import time
from pathlib import Path

import aiosmtplib

from daemon.config.load import load_config
from daemon.dev.devstack import start_stack
from daemon.dev.devstack.process import DaemonProcess, store_cases

ROOT = Path(__file__).resolve().parents[2]  # daemon/dev/demo.py -> the repository
EXAMPLES = ROOT / "tests" / "fixtures" / "examples"
REPORTS = ("facebook_plain.eml", "instagram_html.eml", "forwarded_by_cyber_cell.eml")


def _subject(raw: bytes) -> str:
    return str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])


def _wait(predicate, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return None


def main() -> int:
    config = load_config(ROOT / "config.toml")
    hq = config.imap.username
    with tempfile.TemporaryDirectory(prefix="lifeline-demo-") as tmp:
        work = Path(tmp)
        work.chmod(0o711)  # Dovecot's unprivileged mail user must be able to pass through
        print(f"starting the local mail stack in {work} ...")
        with start_stack(work / "stack", config.addresses()) as stack:
            cfg_path = stack.write_config(ROOT / "config.toml", work / "config.toml", state_dir=str(work / "state"))
            store = work / "state" / "lifeline.json"
            daemon = DaemonProcess(cfg_path, work / "daemon.log").start()
            try:
                daemon.wait_ready()
                print(f"daemon running (IMAP {stack.host}:{stack.imap_port}, SMTP {stack.host}:{stack.smtp_port})\n")
                sent: list = []
                for name in REPORTS:
                    before = len(stack.accepted)
                    t0 = stack.deliver(hq, (EXAMPLES / name).read_bytes())
                    got = _wait(lambda: len(stack.accepted) > before and stack.accepted[before], 15)
                    if not got:
                        print(f"  {name}: nothing sent within 15 s (see {work}/daemon.log)")
                        continue
                    sent.append(got)
                    print(f"  {name}\n    -> {', '.join(got.rcpts)}\n       {_subject(got.raw)}"
                          f"\n       ({(got.time - t0) * 1000:.0f} ms from delivery to forward accepted)")
                forwarded = [c for c in store_cases(store) if c["state"] == "forwarded"]
                if not forwarded:
                    print("no forwarded case to acknowledge", file=sys.stderr)
                    return 1
                case = forwarded[0]
                officer = case["route"]["recipients"][0]
                forward = next(m for m in sent if officer in m.rcpts and case["id"] in _subject(m.raw))
                forward_id = str(email.message_from_bytes(forward.raw, policy=email.policy.default)["Message-ID"])
                print(f"\n{officer} replies ACK to {case['id']} ...")
                reply = (
                    f"From: {officer}\r\nTo: {hq}\r\nSubject: Re: [{case['id']}] HIGH risk\r\n"
                    f"Message-ID: <demo-ack@police.example.in>\r\n"
                    f"In-Reply-To: {forward_id}\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                    "ACK. प्राप्त हुआ, टीम रवाना कर दी है।\r\n"
                ).encode()
                asyncio.run(aiosmtplib.send(
                    reply, sender=officer, recipients=[hq], hostname=stack.host, port=stack.smtp_port,
                    start_tls=True, username=officer, password=stack.password, cert_bundle=str(stack.ca_file),
                ))
                acked = _wait(lambda: next((c for c in store_cases(store)
                                            if c["id"] == case["id"] and c["state"] == "acknowledged"), None), 15)
                if not acked:
                    print("the acknowledgement did not arrive within 15 s", file=sys.stderr)
                    return 1
                print(f"  {acked['id']} acknowledged by {acked['acknowledged_by']} at {acked['acknowledged_at']}")
                print("\ncases:")
                for c in store_cases(store):
                    print(f"  {c['id']}  {c['state']:<13} {c['route']['matched_by']:<15} -> {', '.join(c['route']['recipients'])}")
            finally:
                code = daemon.stop()
                print(f"\ndaemon stopped (exit {code}); stopping the mail stack")
    return 0


if __name__ == "__main__":
    sys.exit(main())
