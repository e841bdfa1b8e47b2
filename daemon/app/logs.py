"""Log setup. Lifeline logs case ids, kinds and outcomes — never names, numbers, IPs or posts.

Every line carries its time with the UTC offset (ISO 8601, in the config's time zone once it
is known), as text or as one JSON object per line (``--log-format json``) for a collector.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime
from zoneinfo import ZoneInfo


class _Zoned(logging.Formatter):
    def __init__(self, fmt: str | None, tz: ZoneInfo | None) -> None:
        super().__init__(fmt)
        self.tz = tz

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        when = datetime.fromtimestamp(record.created, self.tz) if self.tz else datetime.fromtimestamp(record.created).astimezone()
        return when.isoformat(timespec="milliseconds")


class _Json(_Zoned):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record), "level": record.levelname, "logger": record.name,
                 "message": record.getMessage()}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


FORMATS = ("text", "json")


def setup(level: str = "INFO", fmt: str = "text", timezone: str | None = None) -> None:
    tz = ZoneInfo(timezone) if timezone else None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Json(None, tz) if fmt == "json" else _Zoned("%(asctime)s %(levelname)s %(name)s: %(message)s", tz))
    root = logging.getLogger("lifeline")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False
