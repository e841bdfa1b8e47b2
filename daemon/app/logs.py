"""Log setup. Lifeline logs case ids, kinds and outcomes — never names, numbers, IPs or posts."""

from __future__ import annotations

import logging
import sys


def setup(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("lifeline")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
