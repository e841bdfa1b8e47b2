"""A mail over the size limit, made small enough to read: big parts out, everything else kept.

A report with a 15 MB screenshot attached is still a report: its name, phone and post are in
a text part of a few kilobytes. So instead of reading only the headers of a big mail, the
MIME tree is walked on the raw bytes (boundaries, no decoding) and each leaf part over
``max_part_bytes`` is dealt with on its own: a text body is cut at a line end (what was read
is said), anything else (an attachment) is replaced by a one-line marker that keeps its size.
The stdlib parser then reads the slim mail; ``message._Walk`` turns the marker back into an
Attachment of the right size with no text. What was left out is returned, for the reader's
problems and for the forward and desk notice to say so. Pure; never raises.
"""

from __future__ import annotations

import email.policy
import re
from dataclasses import dataclass
from email.parser import BytesHeaderParser

MARKER = "lifeline: part not read, bytes="
_HEAD_END = re.compile(rb"\r?\n\r?\n")


@dataclass(frozen=True)
class Skipped:
    filename: str | None
    content_type: str
    size: int
    cut: bool  # a text body read only in part (else not read at all)

    def describe(self) -> str:
        name = f"'{self.filename}'" if self.filename else "a part with no file name"
        size = f"{self.size / 1_000_000:.1f} MB"
        if self.cut:
            return f"text part ({self.content_type}, {size}) read only in part"
        return f"attachment {name} ({self.content_type}, {size}) not read"


def marked_size(payload: object) -> int | None:
    """The size a marker stands for, or None when the payload is not a marker."""
    if isinstance(payload, str) and payload.startswith(MARKER):
        digits = payload[len(MARKER):].split(None, 1)[0] if payload[len(MARKER):].strip() else ""
        return int(digits) if digits.isdigit() else 0
    return None


def slim(raw: bytes, max_part_bytes: int, max_depth: int) -> tuple[bytes, tuple[Skipped, ...]]:
    """``raw`` with every leaf part over ``max_part_bytes`` cut or replaced by a marker."""
    skipped: list[Skipped] = []
    try:
        out = _entity(raw, max_part_bytes, max_depth, 0, skipped)
    except (RecursionError, ValueError, LookupError):
        return raw, ()
    return out, tuple(skipped)


def within_limit(raw: bytes, max_bytes: int, max_part_bytes: int, max_depth: int) -> tuple[bytes, tuple[str, ...]]:
    """What to parse of a mail over ``max_bytes``, and what was left out, in words: the slim
    mail, or (when no single part was big enough to leave out) its header block alone."""
    source, skipped = slim(raw, max_part_bytes, max_depth)
    if len(source) <= max_bytes:
        return source, tuple(s.describe() for s in skipped)
    end = _HEAD_END.search(raw, 0, 1_000_000)
    return raw[:end.start() if end else 65536] + b"\n\n", ("the body (no single part was big enough to leave out)",)


def _entity(raw: bytes, limit: int, max_depth: int, depth: int, skipped: list[Skipped]) -> bytes:
    """One entity (a whole mail or a MIME part): its header block, then its body."""
    if raw.startswith((b"\r\n", b"\n")):  # a part with no header lines: plain text by default
        head = raw[:2] if raw.startswith(b"\r\n") else raw[:1]
    else:
        end = _HEAD_END.search(raw)
        if end is None:
            return raw
        head = raw[:end.end()]
    body = raw[len(head):]
    if len(body) <= limit:
        return raw
    headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    ctype = headers.get_content_type()
    if depth < max_depth and headers.get_content_maintype() == "multipart":
        boundary = headers.get_boundary()
        if boundary:
            return head + _multipart(body, boundary.encode("utf-8", "replace"), limit, max_depth, depth + 1, skipped)
    if depth < max_depth and ctype == "message/rfc822":
        return head + _entity(body, limit, max_depth, depth + 1, skipped)
    disposition = (headers.get_content_disposition() or "").lower()
    try:
        filename = headers.get_filename()
    except Exception:  # noqa: BLE001 - a broken RFC 2231 name is still a part
        filename = None
    newline = b"\r\n" if head.endswith(b"\r\n") else b"\n"
    if headers.get_content_maintype() == "text" and disposition != "attachment" and not filename:
        cut = body.rfind(b"\n", 0, limit) + 1 or limit
        skipped.append(Skipped(None, ctype, len(body), True))
        return head + body[:cut]
    size = len(body)
    if (headers.get("Content-Transfer-Encoding") or "").strip().lower() == "base64":  # the file's own size
        size = (size - body.count(b"\n") - body.count(b"\r") - body.count(b" ")) * 3 // 4
    skipped.append(Skipped(filename, ctype, size, False))
    return head + f"{MARKER}{size}".encode() + newline


def _multipart(body: bytes, boundary: bytes, limit: int, max_depth: int, depth: int, skipped: list[Skipped]) -> bytes:
    """The body of a multipart: preamble, parts between delimiter lines, epilogue."""
    delimiter = re.compile(rb"(?m)^--" + re.escape(boundary) + rb"(--)?[ \t]*\r?(?:\n|\Z)")
    out: list[bytes] = []
    pos = 0
    start: int | None = None  # where the current part's bytes begin
    for match in delimiter.finditer(body):
        if start is None:
            out.append(body[pos:match.end()])  # the preamble and the first delimiter
        else:
            out.append(_entity(body[start:match.start()], limit, max_depth, depth, skipped))
            out.append(body[match.start():match.end()])
        pos = match.end()
        if match.group(1):  # the close delimiter: the rest is the epilogue
            start = None
            break
        start = pos
    if start is not None:  # no close delimiter: the last part runs to the end
        out.append(_entity(body[start:], limit, max_depth, depth, skipped))
    else:
        out.append(body[pos:])
    return b"".join(out)
