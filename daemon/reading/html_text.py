"""HTML -> readable text with the stdlib's real HTML parser (no regex over markup).

Table rows become ``label: value`` lines so the same label reader works on plain-text and
HTML reports; link targets are collected because a profile link often hides behind
"View profile".
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody",
    "thead", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dl", "dt", "dd",
}
_SKIP = {"script", "style", "head", "title", "template", "noscript"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[str] = []
        self.skip = 0
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self._close_cell()
            self.cell = []
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.lower().startswith(("http://", "https://")):
                self.links.append(href.strip())
        elif tag in _BLOCK:
            self._text("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._close_row()
        elif tag in _BLOCK:
            self._text("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._text(data)

    def _text(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is not None:
            if data.strip():
                self.row.append(" ".join(data.split()))
        else:
            self.out.append(data)

    def _close_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
        self.cell = None

    def _close_row(self) -> None:
        self._close_cell()
        cells = [c for c in (self.row or []) if c]
        self.row = None
        if not cells:
            return
        if len(cells) == 2:
            label = cells[0].rstrip(":：")
            self.out.append(f"\n{label}: {cells[1]}\n")
        else:
            self.out.append("\n" + " | ".join(cells) + "\n")

    def close(self) -> None:
        super().close()
        if self.row is not None:
            self._close_row()


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
