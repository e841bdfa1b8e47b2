"""Sandboxed Jinja2 over templates/: every mail Lifeline sends comes from a template.

The templates are read once, when the renderer is built (from a config that passed the
validator, which renders each of them). StrictUndefined makes a missing field an error at render time rather than a blank in a mail
to an officer; the sandbox keeps an admin-edited template from reaching into Python; HTML
templates autoescape, so a post's text cannot inject markup. Subjects are folded to one
line so nothing from a report can inject a header.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

from daemon.core.words import human


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str
    html: str | None


def one_line(value: str, limit: int = 200) -> str:
    """Collapse all whitespace (CR/LF included) to single spaces and bound the length."""
    flat = " ".join(str(value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class Snapshot(BaseLoader):
    """Every template as it was when the renderer was built: an edit of the folder is used
    only once hot reload has validated it and built a new renderer. Errors name the file."""

    def __init__(self, templates_dir: Path) -> None:
        self.texts = {str(p.relative_to(templates_dir)): (p.read_text(encoding="utf-8"), str(p))
                      for p in sorted(Path(templates_dir).rglob("*.j2")) if p.is_file()}

    def get_source(self, environment, template):
        if template not in self.texts:
            raise TemplateNotFound(template)
        text, filename = self.texts[template]
        return text, filename, lambda: True


class Renderer:
    def __init__(self, templates_dir: Path, timezone: str = "Asia/Kolkata") -> None:
        self.env = SandboxedEnvironment(
            loader=Snapshot(templates_dir),
            undefined=StrictUndefined,
            autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["one_line"] = one_line
        self.env.filters["human"] = human
        zone = ZoneInfo(timezone)

        def local(value: datetime | None) -> str:
            """Times for officers: local clock with the zone's abbreviation (IST)."""
            return value.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z") if value else ""

        self.env.filters["local"] = local

    def render(self, name: str, context: dict) -> RenderedMail:
        subject = one_line(self.env.get_template(f"{name}.subject.j2").render(context), 250)
        text = self.env.get_template(f"{name}.txt.j2").render(context)
        try:
            html_template = self.env.get_template(f"{name}.html.j2")
        except TemplateNotFound:
            html = None
        else:
            html = html_template.render(context)
        return RenderedMail(subject, text, html)
