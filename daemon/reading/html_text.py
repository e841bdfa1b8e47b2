"""HTML -> readable text with the stdlib's real HTML parser (no regex over markup).

Table rows become ``label: value`` lines so the same label reader works on plain-text and
HTML reports; link targets are collected because a profile link often hides behind
"View profile".
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from daemon.reading.labels import is_label

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody",
    "thead", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dl",
    "form", "fieldset", "legend", "main", "address", "center",
}
_PROFILE_HOST = re.compile(r"^https?://(?:[\w-]+\.)?(?:facebook|fb|instagram|threads)\.(?:com|net)/", re.I)
_SKIP = {"script", "style", "head", "title", "template", "noscript"}
# inline boxes laid out side by side ("<span class=k>City</span><span class=v>Kota</span>")
# (a form's "<label>Name</label> <output>Kamla</output>" too)
_INLINE = {"span", "label", "font", "em", "i", "small", "code", "time", "abbr", "cite", "mark", "var", "kbd", "samp",
           "output", "data"}


class _Table:
    """Rows of one <table> being read: each row a list of (cell text, is header)."""

    def __init__(self) -> None:
        self.rows: list[list[tuple[str, bool]]] = []
        self.row: list[tuple[str, bool]] | None = None
        self.cell: list[str] | None = None
        self.header = False


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[str] = []
        self.skip = 0
        self.tables: list[_Table] = []
        self.anchor: tuple[str, list[str]] | None = None  # (href, text seen inside the <a>)
        self.bold: int | None = None  # where a <b>/<strong> at the start of a line began in out
        self.colon = False  # "<b>Label</b> value": a ':' goes before the value
        self.after_inline = False  # an inline box just ended: the next box needs a separator
        self.line = ""  # the text of the current output line so far
        self.line_boxes = 0  # separators put on the current line
        self.term: int | None = None  # where the text of an open <dt> began in out

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        table = self.tables[-1] if self.tables else None
        if tag in _INLINE and self.after_inline and not self.tables and not self.colon:
            self._separate()
        if tag in _SKIP:
            self.skip += 1
        elif tag == "table":
            if len(self.tables) < 20:
                self.tables.append(_Table())
        elif tag == "tr" and table:
            self._close_row(table)
            table.row = []
        elif tag in ("td", "th") and table:
            self._close_cell(table)
            if table.row is None:
                table.row = []
            table.cell, table.header = [], tag == "th"
        elif tag in ("b", "strong") and not self.tables:
            self.bold = len(self.out) if not "".join(self.out[-3:]).rstrip(" \t\xa0").split("\n")[-1].strip() else None
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.lower().startswith(("http://", "https://")):
                self.links.append(href.strip())
                self.anchor = (href.strip(), [])
        elif tag in _BLOCK or tag == "dt":
            self._text("\n")
            if tag == "dt":
                self.term = len(self.out)

    def _separate(self) -> None:
        """Boxes with nothing between them: the first box of a line that reads as a short label
        gets a ':' ("City: Kota"), later boxes a space ("122.161.2.3 2026-11-27T23:24")."""
        line = self.line
        label = line.strip()
        if not label or (line[-1:].isspace() and (self.line_boxes or not is_label(label))):
            return  # a space between boxes separates only after a label ("<span>Who</span> <span>...")
        self._text(": " if not self.line_boxes and len(label) <= 60 and not re.search(r"[:：]", label) else " ")
        self.line_boxes += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        table = self.tables[-1] if self.tables else None
        self.after_inline = tag in _INLINE
        if tag == "a" and self.anchor:
            href, seen = self.anchor
            self.anchor = None
            if _PROFILE_HOST.search(href) and href.rstrip("/") not in "".join(seen):
                self._text(f" <{href}>")  # "View profile" keeps its target where it stands
        if tag == "dt" and not self.tables and self.term is not None:  # "<dt>City</dt><dd>Kota</dd>"
            label = "".join(self.out[self.term:]).strip()
            self.term = None
            self.colon = bool(label) and not label.endswith((":", "：")) and len(label) <= 60
        if tag in ("b", "strong") and self.bold is not None and not self.tables:
            label = "".join(self.out[self.bold:]).strip()
            self.bold = None
            self.colon = bool(label) and "\n" not in label and not label.endswith((":", "：")) and len(label) <= 60
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and table:
            self._close_cell(table)
        elif tag == "tr" and table:
            self._close_row(table)
        elif tag == "table" and table:
            self._close_table()
        elif tag in _BLOCK or tag == "dd":
            self._text("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            if self.anchor:
                self.anchor[1].append(data)
            self._text(data)

    def _text(self, data: str) -> None:
        table = self.tables[-1] if self.tables else None
        if self.colon and data.strip(" \t\xa0"):
            self.colon = False
            if not data.startswith("\n") and table is None:
                data = ": " + data.lstrip(" \t\xa0:：")
        if data.strip(" \t\xa0"):
            self.after_inline = False
        if table is None:
            self.out.append(data)
            if "\n" in data:
                self.line, self.line_boxes = data.rsplit("\n", 1)[1], 0
            else:
                self.line = (self.line + data)[-200:]
        elif table.cell is not None:
            table.cell.append(data)
        elif data.strip():  # text between cells: keep it as a cell of its own
            if table.row is None:
                table.row = []
            table.row.append((" ".join(data.split()), False))

    @staticmethod
    def _close_cell(table: _Table) -> None:
        if table.cell is not None:
            if table.row is None:
                table.row = []
            text = "".join(table.cell)
            # a cell holding blocks (a layout cell) keeps its lines; a data cell is one line
            lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
            table.row.append(("\n".join(lines), table.header))
        table.cell = None

    def _close_row(self, table: _Table) -> None:
        self._close_cell(table)
        if table.row is not None:
            cells = [c for c in table.row if c[0]]
            if cells:
                table.rows.append(cells)
        table.row = None

    def _close_table(self) -> None:
        table = self.tables.pop()
        self._close_row(table)
        self._text("\n" + render_rows(table.rows) + "\n")

    def close(self) -> None:
        super().close()
        while self.tables:
            self._close_table()


def render_rows(rows: list[list[tuple[str, bool]]]) -> str:
    """Table rows as text: two cells -> "label: value"; a header row over one data row ->
    "header: value" per column; a layout cell -> its lines; anything else -> "a | b | c"."""
    out: list[str] = []
    if len(rows) == 2 and len(rows[0]) == len(rows[1]) >= 2 and all("\n" not in c for c, _ in rows[0] + rows[1]) \
            and (all(h for _, h in rows[0]) or len(rows[0]) >= 3):
        return "\n".join(f"{h.rstrip(':：')}: {v}" for (h, _), (v, _) in zip(rows[0], rows[1]))
    grid = len(rows) > 2 and len(rows[0]) >= 2 and all(h for _, h in rows[0])  # a header over many rows
    for cells in rows:
        texts = [c for c, _ in cells]
        if len(texts) == 1 or any("\n" in t for t in texts):
            out.extend(texts)
        elif len(texts) == 2 and not grid:
            out.append(f"{texts[0].rstrip(':：')}: {' '.join(texts[1].split())}")
        else:
            out.append(" | ".join(texts))
    return "\n".join(out)


def html_to_text(html: str) -> tuple[str, list[str]]:
    """Readable text and the link targets of an HTML document. Never raises."""
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; this is belt and braces
        pass
    lines = [" ".join(line.split()) for line in "".join(parser.out).splitlines()]
    text, blank = [], False
    for line in lines:
        if line:
            text.append(line)
            blank = False
        elif not blank and text:
            text.append("")
            blank = True
    return "\n".join(text).strip(), parser.links
