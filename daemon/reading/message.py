"""Raw RFC 5322 bytes -> a normalised, read-only Message.

Everything downstream (classification, extraction, replies) reads this object, never the
raw bytes, so that charset, transfer encoding and MIME structure are dealt with once.
Parsing never raises: what could not be read is listed in ``problems``, and limits on
size, part count and nesting depth keep a hostile or broken mail from eating the daemon.
"""

from __future__ import annotations

import email
import email.header
import email.message
import email.policy
import email.utils
import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from daemon.reading import addresses
from daemon.reading.forwards import InlineForward, find_inline_forward
from daemon.reading.html_text import html_to_text
from daemon.reading.slim import marked_size, within_limit


@dataclass(frozen=True)
class Limits:
    """Bounds on what one mail may cost; hitting one is a recorded problem, not a crash."""

    max_bytes: int = 16 * 1024 * 1024  # beyond this big parts are left out (reading.slim)
    max_part_bytes: int = 4 * 1024 * 1024  # in a mail over max_bytes: a part bigger is cut or skipped
    max_parts: int = 200
    max_depth: int = 8  # multipart / message/rfc822 nesting
    max_text_chars: int = 1_000_000  # per text part kept for reading
    max_header_chars: int = 16_384  # per header value


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int
    text: str | None  # decoded text for text/* and CSV parts, else None


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
    content_type: str = "text/plain"
    links: tuple[str, ...] = ()  # href targets of the HTML part
    html_text: str = ""  # the HTML part as text, when a plain part was read instead (its links stand in it)
    embedded: tuple["Message", ...] = ()  # message/rfc822 and text/rfc822-headers parts
    inline_forward: InlineForward | None = None
    has_headers: bool = True
    not_read: tuple[str, ...] = ()  # what of a mail over the size limit was left out, in words
    # the stdlib's parse of the top-level mail, for libraries that need it (flufl.bounce)
    parsed: email.message.Message | None = field(default=None, compare=False, repr=False)

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


# ------------------------------------------------------------------------------ decoding

_FALLBACKS = ("utf-8", "cp1252", "latin-1")
_LATIN_LABELS = {"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252"}


def decode_bytes(data: bytes, charset: str | None, what: str, problems: list[str]) -> str:
    """Decode with the declared charset; on a wrong or unknown label fall back and say so.

    A part labelled Latin-1/ASCII whose bytes are valid UTF-8 is read as UTF-8: that is the
    commonest mislabel in Indian mail (Hindi typed into a client that labels everything 8859-1).
    """
    label = (charset or "utf-8").strip().strip('"').lower()
    if label in _LATIN_LABELS and not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            problems.append(f"{what}: labelled {label} but is UTF-8; read as UTF-8")
            return text
    try:
        return data.decode(label)
    except LookupError:
        reason = f"unknown charset {label[:40]!r}"
    except UnicodeDecodeError:
        reason = f"bytes not valid {label[:40]}"
    for fallback in _FALLBACKS:
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError:
            continue
        problems.append(f"{what}: {reason}; read as {fallback}")
        return text
    return data.decode("utf-8", errors="replace")  # unreachable: latin-1 decodes anything


def unflow(text: str, delsp: bool = False) -> str:
    """RFC 3676 format=flowed: a line ending in a space continues on the next (a soft break;
    with DelSp=yes that space goes); a leading space is stuffing; the signature line stays."""
    out: list[str] = []
    carry = ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            carry += line[:-1] if delsp else line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


def _header_text(value: object, name: str, problems: list[str], limit: int) -> str:
    """RFC 2047 words and raw 8-bit bytes -> one clean line of text."""
    try:
        chunks = email.header.decode_header(value if isinstance(value, email.header.Header) else str(value))
    except Exception:  # noqa: BLE001 - malformed encoded words: keep the raw text
        problems.append(f"header {name}: encoded words could not be decoded")
        chunks = [(str(value), None)]
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            if charset in (None, "unknown-8bit"):
                charset = "utf-8"
            chunk = decode_bytes(chunk, charset, f"header {name}", problems)
        out.append(chunk)
    joined = "".join(out) if len(out) > 1 else (out[0] if out else "")
    if any("\udc80" <= c <= "\udcff" for c in joined):
        joined = joined.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    joined = " ".join(joined.split())
    if len(joined) > limit:
        problems.append(f"header {name}: longer than {limit} characters; cut")
        joined = joined[:limit]
    return joined


def _msgids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(m for m in re.findall(r"<([^<>\s]+@[^<>\s]+)>", value))


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


# ----------------------------------------------------------------------------- walking

_STUB = re.compile(r"\bhtml\b|browser|web version|view (?:this|it) online", re.I)
_CSV_TYPES = {"text/csv", "application/csv", "application/vnd.ms-excel", "text/comma-separated-values",
              "application/json", "application/x-yaml", "application/xml", "application/rtf"}  # text in all but name
_TEXT_FILES = (".csv", ".txt", ".log", ".json", ".xml", ".yaml", ".yml", ".ini", ".cfg", ".tsv", ".html", ".htm",
               ".rtf")


class _Walk:
    """Collects the readable content of one (possibly nested) MIME tree within the limits."""

    def __init__(self, limits: Limits, problems: list[str], budget: list[int]) -> None:
        self.limits, self.problems, self.budget = limits, problems, budget
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []
        self.embedded: list[Message] = []
        self.hit_parts = self.hit_depth = False

    def text_of(self, part: email.message.Message) -> str:
        try:
            payload = part.get_payload(decode=True) or b""
        except Exception:  # noqa: BLE001
            self.problems.append(f"{part.get_content_type()} part: transfer encoding unreadable")
            payload = b""
        for defect in getattr(part, "defects", [])[:5]:
            self.problems.append(f"MIME defect in a {part.get_content_type()} part: {type(defect).__name__}")
        if not isinstance(payload, bytes):
            payload = str(payload).encode("utf-8", "replace")
        limit = self.limits.max_text_chars
        if len(payload) > limit * 4:
            payload = payload[: limit * 4]
        text = decode_bytes(payload, part.get_content_charset(), f"{part.get_content_type()} part", self.problems)
        if len(text) > limit:
            self.problems.append(f"{part.get_content_type()} part longer than {limit} characters; rest not read")
            text = text[:limit]
        text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
        if part.get_content_type() == "text/plain" and (part.get_param("format") or "").lower() == "flowed":
            text = unflow(text, (part.get_param("delsp") or "").lower() == "yes")
        return text

    def walk(self, part: email.message.Message, depth: int) -> None:
        if self.budget[0] <= 0:
            if not self.hit_parts:
                self.problems.append(f"more than {self.limits.max_parts} MIME parts; the rest not read")
                self.hit_parts = True
            return
        self.budget[0] -= 1
        if depth > self.limits.max_depth:
            if not self.hit_depth:
                self.problems.append(f"MIME nesting deeper than {self.limits.max_depth}; inner parts not read")
                self.hit_depth = True
            return
        ctype = part.get_content_type()
        if ctype == "message/rfc822" or (part.is_multipart() and ctype.startswith("message/")):
            inner = part.get_payload()
            for sub in inner if isinstance(inner, list) else []:
                if isinstance(sub, email.message.Message):
                    self.embedded.append(_from_email(sub, None, self.limits, self.problems, depth + 1, self.budget))
            return
        if part.is_multipart():
            subparts = part.get_payload()
            if not isinstance(subparts, list):
                return
            if ctype == "multipart/alternative":
                # one view is enough: the plain one, unless it is empty
                self._alternative(subparts, depth + 1)
                return
            for sub in subparts:
                self.walk(sub, depth + 1)
            return
        disposition = (part.get_content_disposition() or "").lower()
        try:
            filename = part.get_filename()
        except Exception:  # noqa: BLE001
            filename = None
        skipped = marked_size(part.get_payload())
        if skipped is not None:  # left out of a big mail by reading.slim: its size, no text
            self.attachments.append(Attachment(filename, ctype, skipped, None))
            return
        if (filename or "").lower().endswith(".eml") and isinstance(data := part.get_payload(decode=True), bytes):
            # a saved mail attached as a file (application/octet-stream): read as the mail it is
            self.embedded.append(_from_email(email.message_from_bytes(data, policy=email.policy.compat32),
                                             None, self.limits, self.problems, depth + 1, self.budget))
            return
        # an export sent as application/octet-stream is text by its name ("WA-OCT-22019.json"),
        # or by its bytes ("export_0053.dat": UTF-8 key=value lines)
        is_csv = ctype in _CSV_TYPES or (filename or "").lower().endswith(_TEXT_FILES) or (
            ctype == "application/octet-stream" and _text_bytes(part))
        if ctype == "text/rfc822-headers":
            raw = self.text_of(part).encode("utf-8", "replace")
            self.embedded.append(_from_email(email.message_from_bytes(raw, policy=email.policy.compat32),
                                             None, self.limits, self.problems, depth + 1, self.budget))
            return
        if disposition == "attachment" or (filename and not ctype.startswith("text/")) or (
            filename and disposition != "inline"
        ):
            text = self.text_of(part) if (ctype.startswith("text/") or is_csv) else None
            size = len(text) if text is not None else _encoded_size(part)
            self.attachments.append(Attachment(filename, ctype, size, text))
        elif ctype == "text/plain" or ctype in ("application/json", "text/json"):  # a JSON body is the text
            self.plain.append(self.text_of(part))
        elif ctype == "text/html":
            self.html.append(self.text_of(part))
        elif ctype.startswith("text/"):
            self.attachments.append(Attachment(filename, ctype, 0, self.text_of(part)))
        else:
            self.attachments.append(Attachment(filename, ctype, _encoded_size(part), None))

    def _alternative(self, subparts: list, depth: int) -> None:
        probe = _Walk(self.limits, self.problems, self.budget)
        for sub in subparts:
            probe.walk(sub, depth)
        if any(t.strip() for t in probe.plain):
            self.plain.extend(probe.plain)
        self.html.extend(probe.html)
        self.attachments.extend(probe.attachments)
        self.embedded.extend(probe.embedded)


_FACT = re.compile(r"\d[\d:.\-+/TZ]{4,}")  # numbers, times, IPs, ids: the facts a report is made of


_LABELLED_LINE = re.compile(r"^[ \t]*+[^\W\d_][^:：\n]{0,40}[:：][ \t]+\S", re.M)  # a blank after it: no clock


def _says_more(html_text: str, plain: str) -> bool:
    """The HTML alternative carries at least three facts the plain one lacks (a plain part that is
    only a summary of the HTML: the IP log and the post were in the HTML alone), and the plain
    part nothing the HTML lacks beyond a couple of differently written values; or it carries
    the same facts as labelled lines where the plain part has none to speak of."""
    in_html, in_plain = set(_FACT.findall(html_text)), set(_FACT.findall(plain))
    if len(in_html - in_plain) >= 3 and len(in_plain - in_html) <= 2:
        return True
    # the same facts, but the plain part a flat dump of the HTML's table or list ("Current city
    # Bhawani Mandi"): the HTML's labelled lines read, the dump does not
    labelled_html, labelled_plain = len(_LABELLED_LINE.findall(html_text)), len(_LABELLED_LINE.findall(plain))
    return labelled_html >= 5 and labelled_html >= 3 * labelled_plain and in_plain <= in_html


_MAX_SNIFF = 1 << 20


def _text_bytes(part: email.message.Message) -> bool:
    """A small binary-typed attachment whose bytes are UTF-8 text (no NUL, hardly any control
    characters): an export a platform's system sent as application/octet-stream."""
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        return False
    if not isinstance(data, bytes) or not data or len(data) > _MAX_SNIFF or b"\0" in data:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    return controls <= len(text) // 200


def _encoded_size(part: email.message.Message) -> int:
    payload = part.get_payload()
    if not isinstance(payload, str):
        return 0
    if (part.get("Content-Transfer-Encoding") or "").strip().lower() == "base64":
        return len(payload) * 3 // 4
    return len(payload)


# text pasted from web pages: no-break and narrow spaces read as spaces; zero-width spaces, word
# joiners, byte-order marks and soft hyphens as nothing (ZWJ / ZWNJ stay: Devanagari spells with them)
_INVISIBLE = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ",
                            "\u200b": None, "\u2060": None, "\ufeff": None, "\u00ad": None})


def _from_email(
    parsed: email.message.Message,
    raw: bytes | None,
    limits: Limits,
    problems: list[str],
    depth: int,
    budget: list[int],
) -> "Message":
    own: list[str] = []
    for defect in getattr(parsed, "defects", [])[:10]:
        own.append(f"MIME defect: {type(defect).__name__}")
    headers: list[tuple[str, str]] = []
    try:
        items = parsed.items()
    except Exception:  # noqa: BLE001
        items = []
    for key, value in items[:500]:
        headers.append((str(key), _header_text(value, str(key), own, limits.max_header_chars)))

    def first(name: str) -> str | None:
        for key, value in headers:
            if key.lower() == name.lower():
                return value
        return None

    def every(name: str) -> list[str]:
        return [v for k, v in headers if k.lower() == name.lower()]

    walker = _Walk(limits, own, budget)
    try:
        walker.walk(parsed, depth)
    except RecursionError:
        own.append("MIME structure too deep to read")
    subject = first("Subject") or ""
    from_name, from_addr = addresses.sender(addresses.raw_values(parsed, "From"))
    plain = "\n".join(walker.plain).strip("\n")
    html_raw = "\n".join(walker.html) or None
    links: tuple[str, ...] = ()
    html_text = ""
    if html_raw:
        html_text, found_links = html_to_text(html_raw)
        links = tuple(dict.fromkeys(found_links))
        if not plain.strip() or (len(plain) < 300 and _STUB.search(plain) and html_text.strip()) \
                or _says_more(html_text, plain):
            plain = html_text  # no plain view, a stub ("best viewed in an HTML-capable client"), or a summary
    if raw is None:
        try:
            raw = parsed.as_bytes()
        except Exception:  # noqa: BLE001
            raw = plain.encode("utf-8", "replace")
    problems.extend(own)
    return Message(
        message_id=(_msgids(first("Message-ID")) or (None,))[0],
        subject=subject,
        from_addr=from_addr,
        from_name=from_name,
        to=addresses.addresses(addresses.raw_values(parsed, "To") + addresses.raw_values(parsed, "Cc")),
        date=_parse_date(first("Date")),
        in_reply_to=_msgids(first("In-Reply-To")),
        references=_msgids(" ".join(every("References"))),
        headers=tuple(headers),
        text=plain,
        html=html_raw,
        attachments=tuple(walker.attachments),
        sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        problems=tuple(own),
        content_type=parsed.get_content_type(),
        links=links,
        html_text=html_text if html_text != plain else "",
        embedded=tuple(walker.embedded),
        inline_forward=find_inline_forward(plain),
        has_headers=bool(headers),
        parsed=parsed if depth == 0 else None,
    )


def normalise(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> Message:
    """Parse raw bytes into a Message. Never raises."""
    problems: list[str] = []
    if not isinstance(raw, (bytes, bytearray)):
        raw = b""
    raw = bytes(raw)
    source, not_read = raw, ()
    if len(raw) > limits.max_bytes:
        source, not_read = within_limit(raw, limits.max_bytes, limits.max_part_bytes, limits.max_depth)
        problems.append(f"mail of {len(raw)} bytes exceeds the {limits.max_bytes}-byte limit: " + "; ".join(not_read))
    try:
        parsed = email.message_from_bytes(source, policy=email.policy.compat32)
        message = _from_email(parsed, raw, limits, problems, 0, [limits.max_parts])
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"
        problems.append(f"unparseable mail: {type(exc).__name__}")
        return replace(empty_message(raw, tuple(problems)), not_read=not_read)
    if len(problems) != len(message.problems) or not_read:
        message = replace(message, problems=tuple(dict.fromkeys(problems)), not_read=not_read)
    return message


def empty_message(raw: bytes = b"", problems: tuple[str, ...] = ()) -> Message:
    """The Message of a mail nothing could be read from."""
    return Message(None, "", None, None, (), None, (), (), (), "", None, (),
                   hashlib.sha256(raw).hexdigest(), len(raw), problems, has_headers=False)
