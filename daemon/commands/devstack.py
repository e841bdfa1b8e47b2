"""Run the local mail stack (Dovecot + SMTP relay) for every address the config names."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
import threading
from pathlib import Path

from daemon.commands.common import config_or_exit


STACK_JSON = "devstack.json"  # what was started: ports, mailboxes, CA and password files, config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, default=Path("config.toml"),
                        help="the Lifeline config whose addresses become mailboxes (default: config.toml)")
    parser.add_argument("--dir", type=Path, default=None,
                        help="work directory for mail, certificates and the generated config "
                             "(default: a new folder under /tmp)")


def run(args: argparse.Namespace) -> int:
    from daemon.dev.devstack import dovecot_binary, start_stack  # import late: dev extra only

    config = config_or_exit(args.config)
    if dovecot_binary() is None:
        print("dovecot (dovecot-imapd, dovecot-lmtpd) is not installed; run `make system-deps`", file=sys.stderr)
        return 2
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="lifeline-devstack-"))
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        stack = start_stack(workdir, config.addresses())
    except (OSError, RuntimeError, TimeoutError, ValueError) as exc:
        print(f"devstack: could not start: {exc}", file=sys.stderr)
        return 1
    with stack:
        dest = stack.write_config(args.config, stack.workdir / "config.toml",
                                  state_dir=stack.workdir / "state-lifeline")
        described = {**stack.describe(dest), "status_page": f"http://{config.web.listen}/ (once `lifeline run` runs)"}
        (stack.workdir / STACK_JSON).write_text(json.dumps(described, indent=2) + "\n", encoding="utf-8")
        print(f"Lifeline dev mail stack in {stack.workdir}")
        print(f"  IMAPS (TLS)        {stack.host}:{stack.imap_port}")
        print(f"  IMAP (STARTTLS)    {stack.host}:{stack.imap_plain_port}")
        print(f"  LMTP               {stack.host}:{stack.lmtp_port}")
        print(f"  SMTP (STARTTLS)    {stack.host}:{stack.smtp_port}")
        print(f"  CA certificate     {stack.ca_file}")
        print(f"  password file      {stack.password_file}  (all {len(stack.users)} mailboxes; login = full address)")
        print(f"  daemon config      {dest}")
        print(f"Run the daemon against it:\n  lifeline run --config {dest}")
        print("Ctrl-C stops the stack.", flush=True)
        while not stop.wait(0.5):
            pass
        print("stopping", flush=True)
    return 0
