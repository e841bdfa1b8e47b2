"""The one validator of a config: what the schema's field rules alone cannot see.

``cross_references`` (names one table uses must exist in another) refuses a file when it
is loaded; ``findings`` (roster gaps, chains, templates, ambiguous names) is applied by
``lifeline check-config``, hot reload and ``lifeline run`` alike (``load.load_checked``),
so that a config one of them refuses is refused by all three.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.config.lines import line_of
from daemon.config.schema import Config, Lifeline
from daemon.core.gazetteer import key_words
from daemon.core.roster import gaps
from daemon.core.route import DESKS_24X7

GAP_DAYS = 7


def cross_references(config: Config) -> list[tuple[tuple, str]]:
    """References between tables, as (key path, problem): every name a station or police
    district uses must exist, and names must be unique."""
    known = {d.name for d in config.districts}
    police = {p.name for p in config.police_districts} | {d.police_district for d in config.districts}
    problems: list[tuple[tuple, str]] = []
    for i, d in enumerate(config.districts):
        if [x.name for x in config.districts].count(d.name) > 1:
            problems.append((("districts", i, "name"), f"{d.name!r} is configured more than once"))
    for i, p in enumerate(config.police_districts):
        for d in p.districts:
            if d not in known:
                problems.append((("police_districts", i, "districts"), f"{d!r} is not a configured district"))
    names = [s.name for s in config.stations]
    for i, s in enumerate(config.stations):
        if names.count(s.name) > 1:
            problems.append((("stations", i, "name"), f"station {s.name!r} is configured more than once"))
        if s.district not in known:
            problems.append((("stations", i, "district"), f"{s.district!r} is not a configured district"))
        if s.police_district not in police:
            problems.append((("stations", i, "police_district"), f"{s.police_district!r} is not a configured police district"))
        if s.chain not in config.chains:
            problems.append((("stations", i, "chain"), f"{s.chain!r} is not a configured chain ({', '.join(config.chains) or 'none'})"))
    if config.reply_auth_required != "none" and not config.authenticity.verify_dkim and not (
            config.authenticity.trusted_authserv_ids or config.reply_authserv_id):
        problems.append((("lifeline", "reply_auth_required"), f"{config.reply_auth_required!r} needs a way to "
                         "authenticate replies: [authenticity] verify_dkim = true or a trusted_authserv_ids entry"))
    return problems


def findings(config: Config, now: datetime) -> list[str]:
    """Problems a valid-by-schema config can still have, each naming file:line: key; empty
    means clean. Reads the template folder and the secrets' env vars and files."""
    return [located(config, f) for f in _findings(config, now)]


def located(config: Config, finding: str) -> str:
    """``config.toml:LINE: key: problem`` for a finding that starts with its key."""
    if config.path is None:
        return finding
    text = config.source_text
    if not text:
        try:
            text = config.path.read_text(encoding="utf-8")
        except OSError:
            text = ""
    key = finding.split(":", 1)[0]
    loc = tuple(int(p) if p.isdigit() else p for p in re.split(r"[.\[\]]+", key) if p)
    if loc and loc[0] == "stations" and len(loc) > 1 and not isinstance(loc[1], int):
        loc = ("stations", next((i for i, s in enumerate(config.stations) if s.name == loc[1]), 0))
    elif loc and loc[0] in Lifeline.model_fields:
        loc = ("lifeline", *loc)
    return f"{config.path.name}:{line_of(text, loc) or '?'}: {finding}"


def template_problems(config: Config, now: datetime) -> list[str]:
    """Render every template in templates_dir with a sample case: a syntax error or an
    undefined variable is found here, not when a real case needs the mail."""
    from jinja2 import TemplateError  # the edges are imported late: config loads first

    from daemon.edges.render import Renderer
    from daemon.handlers.samples import contexts, sample_case

    names = sorted({p.name.split(".")[0] for p in config.templates_dir.glob("*.subject.j2")})
    if not names:
        return [f"lifeline.templates_dir: no templates (*.subject.j2) in {config.templates_dir}"]
    renderer, case, out = Renderer(config.templates_dir, config.timezone), sample_case(config, now), []
    for name in names:
        for context in contexts(name, case, config, now):
            try:
                renderer.render(name, context)
            except TemplateError as exc:
                out.append(f"lifeline.templates_dir: template {name!r} does not render ({_where(exc, name)}): "
                           f"{type(exc).__name__}: {exc.message or exc}")
                break
    return out


def _where(exc: Exception, name: str) -> str:
    """file and line of a template error: a syntax error carries them, a render error's
    traceback passes through the template's frame (Jinja2 maps it to the template line)."""
    filename, line = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while filename is None and tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".j2"):
            filename, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
        tb = tb.tb_next
    return f"{Path(filename).name if filename else name}" + (f" line {line}" if line else "")


def secret_problems(config: Config) -> list[str]:
    """Every secret the config names resolves: the env var is set, the file is readable."""
    named = [("imap", config.imap.password_env, config.imap.password_file),
             ("smtp", config.smtp.password_env, config.smtp.password_file),
             ("lifeline", config.reply_key_env, config.reply_key_file)]
    if config.web.enabled:
        named.append(("web", config.web.token_env, config.web.token_file))
    out = []
    for table, env, path in named:
        prefix = "" if table == "lifeline" else f"{table}."
        kind = "reply_key" if table == "lifeline" else ("token" if table == "web" else "password")
        if path:
            try:
                with open(path, "rb"):
                    pass
            except OSError as exc:
                out.append(f"{prefix}{kind}_file: {path} is not readable ({exc.strerror})")
        elif env and not os.environ.get(env):
            out.append(f"{prefix}{kind}_env: environment variable {env} is not set")
    return out


def _findings(config: Config, now: datetime) -> list[str]:
    out: list[str] = []
    tz = ZoneInfo(config.timezone)
    for s in config.stations:
        for a, b in gaps(s, now, GAP_DAYS, tz):
            out.append(f"stations[{s.name}]: roster gap {a:%a %d %b %H:%M} - {b:%a %d %b %H:%M} ({config.timezone}): "
                       "nobody on duty; add a shift or an override")
    for name, chain in config.chains.items():
        last = chain.steps[-1].who
        if last not in DESKS_24X7:
            out.append(f"chains.{name}: the last step is {last!r}, not a 24x7 desk "
                       f"({', '.join(DESKS_24X7)}); add one at the end")
    for t in config.templates:
        if not any(config.templates_dir.glob(f"{t}.*")):
            out.append(f"lifeline.templates: template {t!r} not found in {config.templates_dir}")
    out += template_problems(config, now) + secret_problems(config)
    owners: dict[tuple, set[str]] = {}
    for d in config.districts:
        for n in (d.name, *d.aliases):
            owners.setdefault(key_words(n), set()).add(f"district {d.name}")
    for s in config.stations:
        for n in s.places:
            owners.setdefault(key_words(n), set()).add(f"station {s.name}")
    for key, who in owners.items():
        stations = {w for w in who if w.startswith("station")}
        if len(who) > 1 and (len(stations) > 1 or len(who - stations) > 1):
            out.append(f"aliases/places: {' '.join(key)!r} names {', '.join(sorted(who))}; routing would be ambiguous")
    return out
