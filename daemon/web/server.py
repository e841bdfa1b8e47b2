"""The desk's read-only web server: status page, case pages, /metrics, /healthz, /readyz.

aiohttp, in the daemon's own event loop: the page reads the store's in-memory state on the
loop thread that writes it (no locks, no second copy, no thread), and one library serves
HTTP without a separate ASGI server. Only GET/HEAD routes exist. A token (Bearer, or the
password of HTTP Basic auth, which a phone browser asks for by itself) guards everything
but the two health probes; it is required whenever ``listen`` is not loopback.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Callable

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from daemon.config.web import split_listen
from daemon.web import view

log = logging.getLogger("lifeline.web")

HERE = Path(__file__).resolve().parent
OPEN = {"/healthz", "/readyz"}
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
                               "form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store",
}


def _authorised(header: str, token: str) -> bool:
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer":
        return hmac.compare_digest(value.strip().encode(), token.encode())
    if scheme.lower() == "basic":
        try:
            _, _, password = base64.b64decode(value.strip()).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return hmac.compare_digest(password.encode(), token.encode())
    return False


class WebServer:
    def __init__(self, config: Callable[[], object], health, snapshot: Callable[[], dict], metrics,
                 now: Callable[[], datetime], token: str | None) -> None:
        self.config, self.health, self.snapshot, self.metrics, self.now = config, health, snapshot, metrics, now
        self.token = token
        self.pages = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                                 undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        self.address: tuple[str, int] | None = None  # once listening

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard])
        app.router.add_get("/", self.status)
        app.router.add_get("/case/{case_id}", self.case)
        app.router.add_get("/metrics", self.scrape)
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/static/desk.css", self.css)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler):
        if self.token and request.path not in OPEN and not _authorised(request.headers.get("Authorization", ""), self.token):
            response = web.Response(status=401, text="Lifeline desk: sign in with the desk token\n",
                                    headers={"WWW-Authenticate": 'Basic realm="Lifeline desk", charset="UTF-8"'})
        else:
            try:
                response = await handler(request)
            except web.HTTPException as exc:
                response = exc
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    def _html(self, template: str, data: dict) -> web.Response:
        return web.Response(text=self.pages.get_template(template).render(**data), content_type="text/html",
                            charset="utf-8")

    async def status(self, request: web.Request) -> web.Response:
        return self._html("status.html", view.status_page(self.snapshot(), self.health, self.config(), self.now()))

    async def case(self, request: web.Request) -> web.Response:
        data = view.case_page(self.snapshot(), request.match_info["case_id"], self.config(), self.now())
        if data is None:
            raise web.HTTPNotFound(text="no such case in the live store (closed cases move to the archive)\n")
        return self._html("case.html", data)

    async def scrape(self, request: web.Request) -> web.Response:
        return web.Response(body=self.metrics.scrape(), headers={"Content-Type": "text/plain; version=0.0.4; charset=utf-8"})

    async def healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="alive\n")  # the event loop answered

    async def readyz(self, request: web.Request) -> web.Response:
        h = self.health
        body = {"ready": h.ready, "intake": {"connected": h.intake.ok, "problem": h.intake.problem},
                "smtp": {"working": h.smtp.down_since is None, "problem": h.smtp.problem}}
        return web.Response(status=200 if h.ready else 503, text=json.dumps(body) + "\n", content_type="application/json")

    async def css(self, request: web.Request) -> web.Response:
        return web.Response(body=(HERE / "static" / "desk.css").read_bytes(), content_type="text/css",
                            headers={"Cache-Control": "max-age=300"})

    async def run(self, stop: asyncio.Event) -> None:
        """Serve until ``stop``. A port that cannot be bound is logged and the daemon goes on:
        the mail matters more than the page."""
        host, port = split_listen(self.config().web.listen)
        runner = web.AppRunner(self.app(), access_log=None)  # an access log would hold client IPs
        await runner.setup()
        try:
            site = web.TCPSite(runner, host, port)
            try:
                await site.start()
            except OSError as exc:
                log.error("status page could not listen on %s:%d (%s); the daemon goes on without it",
                          host, port, exc.strerror or type(exc).__name__)
                return
            server = getattr(site, "_server", None)
            sockets = getattr(server, "sockets", None) or []
            self.address = sockets[0].getsockname()[:2] if sockets else (host, port)
            log.info("status page on http://%s:%d/ (token %s)", self.address[0], self.address[1],
                     "required" if self.token else "not required: loopback only")
            await stop.wait()
        finally:
            await runner.cleanup()
