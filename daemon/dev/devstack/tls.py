"""A throwaway CA and one server certificate for the loopback mail stack.

trustme does the X.509 work (key generation, SANs for IP and DNS names) that would
otherwise be a page of `cryptography` calls; it is built for exactly this: test CAs.
"""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from pathlib import Path

import trustme

SERVER_NAMES = ("127.0.0.1", "localhost")


@dataclass(frozen=True)
class TlsFiles:
    ca_file: Path    # CA certificate (PEM) clients verify against
    cert_file: Path  # server certificate chain (PEM) for 127.0.0.1 and localhost
    key_file: Path   # server private key (PEM), 0600


def make_tls(directory: Path) -> TlsFiles:
    """Create a fresh CA and a server cert under ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA(organization_name="Lifeline devstack CA")
    cert = ca.issue_cert(*SERVER_NAMES)
    files = TlsFiles(directory / "ca.pem", directory / "server.pem", directory / "server.key")
    ca.cert_pem.write_to_path(str(files.ca_file))
    with open(files.cert_file, "wb") as out:
        for blob in cert.cert_chain_pems:
            out.write(blob.bytes())
    fd = os.open(files.key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(cert.private_key_pem.bytes())
    return files


def client_context(ca_file: Path) -> ssl.SSLContext:
    """A verifying client context that trusts only the stack's CA."""
    return ssl.create_default_context(cafile=str(ca_file))


def server_context(files: TlsFiles) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(files.cert_file), str(files.key_file))
    return ctx
