"""Raw RFC 5322 bytes -> a normalised, read-only Message.

Everything downstream (classification, extraction, replies) reads this object, never the
raw bytes, so that charset, transfer encoding and MIME structure are dealt with once.
Parsing never raises: what could not be read is listed in ``problems``.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int
    text: str | None  # decoded text for text/* parts, else None


@dataclass(frozen=True)
class Message:
    """A mail as Lifeline sees it: addresses lower-cased, body decoded to text."""

    message_id: str | None
    subject: str
    from_addr: str | None
    from_name: str | None
    to: tuple[str, ...]
    date: datetime | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]
    text: str
    html: str | None
    attachments: tuple[Attachment, ...]
    sha256: str
    size: int
    problems: tuple[str, ...] = field(default=())

    def header(self, name: str) -> str | None:
        """First value of a header (case-insensitive), or None."""
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        name = name.lower()
        return [value for key, value in self.headers if key.lower() == name]


def _addresses(values: list[str]) -> tuple[str, ...]:
    return tuple(addr.lower() for _, addr in email.utils.getaddresses(values) if addr)


def _msgids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    out = []
    for token in value.replace(",", " ").split():
        token = token.strip()
        if token.startswith("<") and token.endswith(">") and "@" in token:
            out.append(token[1:-1])
    return tuple(out)


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def _part_text(part: email.message.Message, problems: list[str]) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        problems.append(f"charset {charset!r} could not decode a {part.get_content_type()} part; read as UTF-8 with replacement")
        return payload.decode("utf-8", errors="replace")


def normalise(raw: bytes) -> Message:
    """Parse raw bytes into a Message. Never raises."""
    problems: list[str] = []
    parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
    if parsed.defects:
        problems.extend(f"MIME defect: {type(d).__name__}" for d in parsed.defects)

    def header_str(name: str) -> str | None:
        value = parsed.get(name)
        if value is None:
            return None
        try:
            parts = email.header.decode_header(str(value))
            return str(email.header.make_header(parts))
        except (LookupError, UnicodeDecodeError, email.errors.HeaderParseError):
            problems.append(f"header {name} could not be decoded")
            return str(value)

    headers = []
    for key in parsed.keys():
        value = header_str(key)
        headers.append((key, " ".join((value or "").split())))
    subject = header_str("Subject") or ""
    from_name, from_addr = email.utils.parseaddr(header_str("From") or "")

    texts: list[str] = []
    html: str | None = None
    attachments: list[Attachment] = []
    for part in parsed.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename()
        if disposition == "attachment" or filename:
            payload = part.get_payload(decode=True) or b""
            text = _part_text(part, problems) if ctype.startswith("text/") else None
            attachments.append(Attachment(filename, ctype, len(payload), text))
        elif ctype == "text/plain":
            texts.append(_part_text(part, problems))
        elif ctype == "text/html" and html is None:
            html = _part_text(part, problems)
    return Message(
        message_id=(_msgids(parsed.get("Message-ID")) or (None,))[0],
        subject=" ".join(subject.split()),
        from_addr=from_addr.lower() or None,
        from_name=from_name or None,
        to=_addresses(parsed.get_all("To", []) + parsed.get_all("Cc", [])),
        date=_parse_date(parsed.get("Date")),
        in_reply_to=_msgids(parsed.get("In-Reply-To")),
        references=_msgids(parsed.get("References")),
        headers=tuple(headers),
        text="\n".join(texts),
        html=html,
        attachments=tuple(attachments),
        sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        problems=tuple(problems),
    )
