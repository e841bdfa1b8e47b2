#!/usr/bin/env python3
"""Render every reply template with dummy values, parse it with the stdlib email package
(policy=default) and check manifest.json.  Stdlib only.  Exit 0 when all is well.

    python3 check.py            # check all
    python3 check.py -v         # also print each rendered From / proof headers
"""
import email
import email.policy
import json
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACEHOLDERS = {
    "case_id": "LL-2026-000123",
    "subject": "[LL-2026-000123 t9Qm2KfA] HIGH risk \u2014 self-harm alert \u2014 PS Ratanada",
    "forward_message_id": "<LL-2026-000123.fwd.9c1e44b0a2@lifeline.police.example.in>",
    "guessed_message_id": "<LL-2026-000123.forward.1@lifeline.police.example.in>",
    "reply_to": "scrb-sm-desk+LL-2026-000123.t9Qm2KfA@police.example.in",
    "officer": "si-asha-ratanada@police.example.in",
    "officer_domain": "police.example.in",
    "sho": "sho-ratanada-jdh@police.example.in",
    "desk": "scrb-hq-desk@police.example.in",
    "hq_mailbox": "scrb-sm-desk@police.example.in",
    "stranger": "si-rakesh-kotwali-kota@police.example.in",
    "attacker": "someone@evil.example",
    "authserv_id": "mail.police.example.in",
    "date": "Tue, 01 Dec 2026 10:21:07 +0530",
    "msgid": "<CAF1x9+reply4471@mail.example>",
}
KINDS = {"attack", "genuine"}
SENDERS = {"officer", "sho", "desk", "stranger", "attacker"}
DELIVERIES = {"authenticated", "external"}
EXPECTS = {"acts", "no_change"}
REQUIRED = ("file", "kind", "sender", "delivery", "expect", "command", "why")


def fields(text):
    for _lit, name, spec, conv in string.Formatter().parse(text):
        if name is not None:
            yield name, spec, conv


def main(verbose=False):
    errors = []
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in HERE.glob("*.eml.tmpl"))
    listed = [e.get("file") for e in manifest]
    if len(set(listed)) != len(listed):
        errors.append("manifest lists a file twice")
    for f in sorted(set(files) - set(listed)):
        errors.append(f"{f}: not in manifest")
    for f in sorted(set(listed) - set(files)):
        errors.append(f"{f}: in manifest, no such file")
    for e in manifest:
        f = e.get("file", "?")
        for k in REQUIRED:
            if k not in e:
                errors.append(f"{f}: manifest entry lacks {k!r}")
        if e.get("kind") not in KINDS: errors.append(f"{f}: bad kind")
        if e.get("sender") not in SENDERS: errors.append(f"{f}: bad sender")
        if e.get("delivery") not in DELIVERIES: errors.append(f"{f}: bad delivery")
        if e.get("expect") not in EXPECTS: errors.append(f"{f}: bad expect")
        if e.get("kind") == "attack" and e.get("expect") != "no_change":
            errors.append(f"{f}: an attack must expect no_change")
        if e.get("kind") == "genuine" and (e.get("expect") != "acts" or e.get("delivery") != "authenticated"
                                           or e.get("sender") not in {"officer", "sho", "desk"}):
            errors.append(f"{f}: a genuine reply must be authenticated, from officer/sho/desk, and act")
        if f not in files:
            continue
        raw = (HERE / f).read_text(encoding="utf-8")
        try:
            used = list(fields(raw))
        except ValueError as exc:
            errors.append(f"{f}: bad template syntax: {exc}")
            continue
        for name, spec, conv in used:
            if name not in PLACEHOLDERS or spec or conv:
                errors.append(f"{f}: unknown or decorated placeholder {{{name}}}")
        try:
            text = raw.format(**PLACEHOLDERS)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{f}: does not render: {exc!r}")
            continue
        head, sep, _body = text.replace("\r\n", "\n").partition("\n\n")
        if not sep:
            errors.append(f"{f}: no blank line between header and body")
        msg = email.message_from_bytes(text.encode("utf-8"), policy=email.policy.default)
        for h in ("From", "Date", "Subject"):
            if msg[h] is None:
                errors.append(f"{f}: no {h} header")
        if e.get("kind") == "genuine":
            proof = (PLACEHOLDERS["forward_message_id"] in (msg.get("In-Reply-To", "") + msg.get("References", ""))
                     or PLACEHOLDERS["reply_to"] in msg.get("To", "") + msg.get("Cc", "")
                     or PLACEHOLDERS["subject"] in msg.get("Subject", ""))
            if not proof:
                errors.append(f"{f}: genuine reply carries no proof (real Message-ID, token address or token subject)")
        try:
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{f}: body does not decode: {exc!r}")
        if msg.defects:
            # defects are expected in some attacks (that is the point); only report them
            if verbose:
                print(f"  {f}: parser defects {[type(d).__name__ for d in msg.defects]}")
        if verbose:
            try:
                frm = str(msg["From"])
            except Exception as exc:  # noqa: BLE001
                frm = f"<unparseable: {exc!r}>"
            print(f"{f}: From={frm!r}")
    n_att = sum(1 for e in manifest if e.get("kind") == "attack")
    n_gen = sum(1 for e in manifest if e.get("kind") == "genuine")
    for err in errors:
        print("ERROR", err)
    print(f"{len(manifest)} mails: {n_att} attacks, {n_gen} genuine; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:]))
