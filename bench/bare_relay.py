"""The floor: a bare IMAP IDLE -> fetch -> SMTP resend loop, no parsing, scoring or storage.

bench/e2e.py runs it as a child process against the same mail stack to learn how much of
Lifeline's latency is the mail servers' (Dovecot's IDLE notification, TLS, LMTP) and how
much is Lifeline's own. Usage: bare_relay.py HOST IMAP_PORT SMTP_PORT USER PASSWORD_FILE CA_FILE TO
"""

from __future__ import annotations

import imaplib
import signal
import smtplib
import ssl
import sys
from pathlib import Path

import imapclient


def connect(host: str, port: int, user: str, password: str, context: ssl.SSLContext) -> imapclient.IMAPClient:
    imap = imapclient.IMAPClient(host, port=port, ssl=True, ssl_context=context)
    imap.login(user, password)
    imap.select_folder("INBOX")
    if not imap.folder_exists("Relayed"):
        imap.create_folder("Relayed")
    return imap


def main() -> int:
    host, imap_port, smtp_port, user, password_file, ca_file, to = sys.argv[1:8]
    password = Path(password_file).read_text().strip()
    context = ssl.create_default_context(cafile=ca_file)
    imap = connect(host, int(imap_port), user, password, context)
    smtp = smtplib.SMTP(host, int(smtp_port))
    smtp.starttls(context=context)
    smtp.login(user, password)
    running = True

    def stop(*_):
        nonlocal running
        running = False

    signal.signal(signal.SIGTERM, stop)
    print("bare relay ready", flush=True)
    recheck = True
    while running:
        try:
            uids = imap.search("ALL")
            if uids:
                for uid, data in imap.fetch(uids, ["BODY.PEEK[]"]).items():
                    smtp.sendmail(user, [to], data[b"BODY[]"])
                imap.move(uids, "Relayed")
                recheck = True
                continue
            # as Lifeline does: Dovecot may not announce mail delivered just as IDLE begins,
            # so the first IDLE after activity is short and a SEARCH follows it
            imap.idle()
            waited, woken = 0.0, False
            while running and not woken and (not recheck or waited < 2.0):
                woken = bool(imap.idle_check(timeout=1.0))
                waited += 1.0
            imap.idle_done()
            recheck = woken
        except (imapclient.exceptions.IMAPClientError, imaplib.IMAP4.abort, OSError) as exc:
            # as Lifeline does: an IDLE that goes wrong (an untagged line racing the IDLE
            # continuation) is answered by reconnecting
            print(f"bare relay: reconnecting after {type(exc).__name__}", file=sys.stderr, flush=True)
            imap = connect(host, int(imap_port), user, password, context)
            recheck = True
    smtp.quit()
    imap.logout()
    return 0


if __name__ == "__main__":
    sys.exit(main())
