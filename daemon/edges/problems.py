"""Name a network failure in words an admin can act on, with the server, and no secrets."""

from __future__ import annotations

import asyncio
import socket
import ssl


def describe(exc: BaseException, where: str) -> str:
    """'<where>: <what went wrong>'; ``where`` is host:port. Never the exception's own text
    for login errors (a server may echo the user name or worse)."""
    name = type(exc).__name__
    if name == "LoginError" or name == "SMTPAuthenticationError":
        what = "login refused (wrong user name or password?)"
    elif name == "abort":  # imaplib: the server closed or broke the session
        what = "connection closed by the server"
    elif isinstance(exc, socket.gaierror):
        what = "host name does not resolve (DNS)"
    elif isinstance(exc, ConnectionRefusedError):
        what = "connection refused (server down or wrong port?)"
    elif isinstance(exc, ssl.SSLCertVerificationError):
        what = "TLS certificate not trusted (ca_file?)"
    elif isinstance(exc, ssl.SSLError):
        what = "TLS failed"
    elif isinstance(exc, (socket.timeout, TimeoutError, asyncio.TimeoutError)):
        what = "timed out"
    elif isinstance(exc, FileNotFoundError):
        what = "password file missing"
    elif isinstance(exc, ConnectionError):
        what = "connection lost"
    else:
        what = name
    return f"{where}: {what}"
