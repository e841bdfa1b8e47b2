"""The one place Lifeline reads imapclient's private state, checked against the real library.

``arrived_before_idle`` reads imaplib's untagged responses through imapclient's private
``_imap``. This test connects a real IMAPClient to a tiny IMAP server on loopback that
announces new mail (EXISTS) while answering CAPABILITY, as a server does between our SEARCH
and IDLE. If imapclient or imaplib change where that response is kept, it fails.
"""

import socket
import threading

import imapclient

from daemon.edges.imap import arrived_before_idle


def serve_once(listener: socket.socket) -> None:
    conn, _ = listener.accept()
    with conn, conn.makefile("rb") as lines:
        conn.sendall(b"* OK [CAPABILITY IMAP4rev1 IDLE] test server ready\r\n")
        for line in lines:
            tag, _, rest = line.strip().partition(b" ")
            command = rest.split(b" ")[0].upper()
            if command == b"CAPABILITY":
                conn.sendall(b"* 3 EXISTS\r\n* CAPABILITY IMAP4rev1 IDLE\r\n" + tag + b" OK done\r\n")
            elif command == b"LOGOUT":
                conn.sendall(b"* BYE bye\r\n" + tag + b" OK done\r\n")
                return
            else:
                conn.sendall(tag + b" BAD not in this test\r\n")


def test_new_mail_announced_before_idle_is_seen_once():
    listener = socket.create_server(("127.0.0.1", 0))
    server = threading.Thread(target=serve_once, args=(listener,), daemon=True)
    server.start()
    client = imapclient.IMAPClient("127.0.0.1", port=listener.getsockname()[1], ssl=False, timeout=5)
    try:
        assert client._imap.untagged_responses.get("EXISTS") == [b"3"]  # where imaplib keeps it
        assert arrived_before_idle(client) is True
        assert arrived_before_idle(client) is False  # taken out: not seen twice
    finally:
        client.logout()
        server.join(5)
        listener.close()
