"""What the desk sees, computed from a store snapshot, the health state, the config and now.

Pure: the web server passes everything in and renders the result with the page templates.
The status page carries no personal data (names, phones, posts); a case's own page adds
them only when ``[web] show_personal_data`` allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from daemon import __version__
from daemon.core.words import ROLES, STATES

# Risk levels as the page shows them (roles and states: daemon.core.words).
RISKS = {"high": ("HIGH", "उच्च"), "unknown": ("UNKNOWN (as high)", "अज्ञात (उच्च मानें)"),
         "medium": ("MEDIUM", "मध्यम"), "low": ("LOW", "निम्न")}
_RISK_RANK = {"high": 0, "unknown": 0, "medium": 1, "low": 2}
_STATE_RANK = {"failed_delivery": 0, "forwarded": 1, "received": 1, "acknowledged": 3, "attended": 4}
# events whose detail may be shown without personal data (the rest can quote a reply or a post)
SAFE_DETAIL = {"received", "forwarded", "escalated", "repeated", "held", "released", "reassigned", "delivery_failed",
               "risk_raised", "closed"}


def when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def span(seconds: float) -> str:
    """45 s / 12 min / 3 h 05 min / 2 d 4 h: how a person says a duration."""
    s = int(max(0, seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60:02d} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


@dataclass(frozen=True)
class Clock:
    now: datetime
    tz: ZoneInfo

    def at(self, value: datetime | str | None) -> str:
        """'10:47 IST' today, '28 May 10:47 IST' on another day, '—' when unknown."""
        t = when(value) if isinstance(value, str) or value is None else value
        if t is None:
            return "—"
        local, today = t.astimezone(self.tz), self.now.astimezone(self.tz).date()
        return f"{local:%H:%M %Z}" if local.date() == today else f"{local:%d %b %H:%M %Z}"

    def ago(self, value: datetime | str | None) -> str:
        t = when(value) if isinstance(value, str) or value is None else value
        return "—" if t is None else span((self.now - t).total_seconds())


def role(who: str) -> tuple[str, str]:
    return ROLES.get(who, (who, ""))


def _mails_by_case(snapshot: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in snapshot.get("outbox", {}).values():
        if row.get("case_id"):
            out.setdefault(row["case_id"], []).append(row)
    for rows in out.values():
        rows.sort(key=lambda r: r.get("queued_at") or "")
    return out


def told(case: dict, mails: list[dict], clock: Clock) -> list[dict]:
    """Per chain step reached so far: who (as a role), and when their mail went out."""
    chain = case["route"].get("chain") or []
    out = []
    for i, step in enumerate(chain[: case.get("step", 0) + 1]):
        addresses = {a.lower() for a in step.get("addresses", [])} or {a.lower() for a in case["route"]["recipients"]}
        if i == 0:
            addresses |= {a.lower() for a in case["route"]["recipients"]}
        rows = [m for m in mails if m.get("purpose") in ("forward", "escalation", "escalation-desk", "reminder", "repeat")
                and addresses & {a.lower() for a in m.get("to", [])}]
        sent = [m for m in rows if m.get("status") == "sent"]
        status = "sent" if sent else ("failed" if any(m.get("status") == "failed" for m in rows) else
                                      ("queued" if rows else "not mailed"))
        en, hi = role(step["who"])
        out.append({"step": i + 1, "who": en, "who_hi": hi, "status": status,
                    "at": clock.at(sent[0].get("sent_at")) if sent else "—"})
    return out


def case_row(case: dict, mails: list[dict], clock: Clock) -> dict:
    state, level = case["state"], case["risk"]["level"]
    due = when(case.get("next_due_at"))
    chain = case["route"].get("chain") or []
    step = case.get("step", 0)
    left = (due - clock.now).total_seconds() if due else None
    route = case["route"]
    return {
        "id": case["id"], "state": state, "state_en": STATES.get(state, (state, ""))[0],
        "state_hi": STATES.get(state, ("", ""))[1], "risk": level, "risk_en": RISKS[level][0], "risk_hi": RISKS[level][1],
        "since": clock.ago(case["created_at"]), "reported_at": clock.at(case["created_at"]),
        "deadline": clock.at(due) if due else None, "overdue": left is not None and left < 0,
        "deadline_in": span(abs(left)) if left is not None else None,
        "step": step + 1, "steps": len(chain), "step_who": role(chain[step]["who"])[0] if chain else "—",
        "last_step": bool(chain) and step + 1 >= len(chain),
        "where": route.get("station") or (f"{route['police_district']} control room" if route.get("police_district")
                                          else "State control room"),
        "district": route.get("district") or "—",
        "platform": (case["report"].get("platform") or "—").title(),
        "told": told(case, mails, clock),
        "acknowledged_by": case.get("acknowledged_by"), "acknowledged_at": clock.at(case.get("acknowledged_at")),
        "attended_at": clock.at(case.get("attended_at")) if case.get("attended_at") else None,
        "hold_reason": case.get("hold_reason"),
    }


def urgency(row: dict, case: dict) -> tuple:
    """Unacknowledged first (failed delivery, then overdue), higher risk, nearest deadline."""
    state_rank = _STATE_RANK.get(row["state"], 5) - (1 if row["overdue"] else 0)
    return (state_rank, _RISK_RANK.get(row["risk"], 0), case.get("next_due_at") or "9999", case["created_at"])


def today_counts(cases: list[dict], clock: Clock) -> dict:
    today = clock.now.astimezone(clock.tz).date()

    def on_today(value):
        t = when(value)
        return t is not None and t.astimezone(clock.tz).date() == today

    new = [c for c in cases if on_today(c.get("created_at"))]
    events = [e for c in cases for e in c.get("events", []) if on_today(e.get("at"))]
    kinds = [e["kind"] for e in events]
    return {
        "reports": len(new),
        "high": sum(c["risk"]["level"] in ("high", "unknown") for c in new),
        "medium": sum(c["risk"]["level"] == "medium" for c in new),
        "low": sum(c["risk"]["level"] == "low" for c in new),
        "forwarded": kinds.count("forwarded") + kinds.count("released"),
        "acknowledged": sum(on_today(c.get("acknowledged_at")) for c in cases),
        "attended": kinds.count("attended"), "closed": kinds.count("closed"),
        "escalations": kinds.count("escalated"), "held": sum(c.get("state") == "held" for c in new),
    }


def health_view(health, snapshot: dict, clock: Clock, config) -> dict:
    outbox = list(snapshot.get("outbox", {}).values())
    intake, smtp = health.intake, health.smtp
    return {
        "ready": health.ready,
        "intake": {"ok": intake.ok, "where": intake.where, "mode": health.intake_mode, "problem": intake.problem,
                   "down_for": clock.ago(intake.down_since) if intake.down_since else None,
                   "last_mail": clock.at(health.last_mail_at) if health.last_mail_at else "none since start"},
        "smtp": {"ok": smtp.down_since is None, "where": smtp.where, "problem": smtp.problem,
                 "down_for": clock.ago(smtp.down_since) if smtp.down_since else None,
                 "last_ok": clock.at(smtp.last_ok_at) if smtp.last_ok_at else "nothing sent since start",
                 "pending": sum(m.get("status") == "pending" for m in outbox),
                 "failed": sum(m.get("status") == "failed" for m in outbox)},
        "model": {"ok": health.model.startswith("loaded"), "text": health.model},
        "store": {"cases": len(snapshot.get("cases", {})), "path": str(config.store_path)},
        "config": {"digest": (health.config_digest or "")[:12] or "—",
                   "refused_at": clock.at(health.config_refused_at) if health.config_refused_at else None,
                   "refused": list(health.config_refused_problems)[:5],
                   "fallback": health.config_fallback},
        "started": clock.at(health.started_at), "up_for": clock.ago(health.started_at), "version": __version__,
    }


def status_page(snapshot: dict, health, config, now: datetime) -> dict:
    clock = Clock(now, ZoneInfo(config.timezone))
    cases = list(snapshot.get("cases", {}).values())
    mails = _mails_by_case(snapshot)
    live = [c for c in cases if c.get("state") not in ("closed", "held")]
    rows = sorted(((case_row(c, mails.get(c["id"], []), clock), c) for c in live), key=lambda rc: urgency(*rc))
    held = sorted((case_row(c, mails.get(c["id"], []), clock) for c in cases if c.get("state") == "held"),
                  key=lambda r: r["id"])
    return {"now": clock.at(now), "cases": [r for r, _ in rows], "held": held, "today": today_counts(cases, clock),
            "health": health_view(health, snapshot, clock, config), "refresh": config.web.refresh_seconds}


def case_page(snapshot: dict, case_id: str, config, now: datetime) -> dict | None:
    clock = Clock(now, ZoneInfo(config.timezone))
    case = next((c for c in snapshot.get("cases", {}).values() if c.get("id", "").lower() == case_id.lower()), None)
    if case is None:
        return None
    mails = _mails_by_case(snapshot).get(case["id"], [])
    personal = config.web.show_personal_data
    report = case["report"]
    events = [{"at": clock.at(e["at"]), "kind": e["kind"].replace("_", " "), "actor": e["actor"],
               "detail": e.get("detail", "") if personal or e["kind"] in SAFE_DETAIL else ""}
              for e in case.get("events", [])]
    outgoing = [{"purpose": m.get("purpose"), "to": m.get("to", []), "status": m.get("status"),
                 "attempts": m.get("attempts", 0), "refused": m.get("refused", []), "error": m.get("last_error"),
                 "queued": clock.at(m.get("queued_at")), "sent": clock.at(m.get("sent_at"))} for m in mails]
    person = None
    if personal:
        person = {"name": report.get("subject_name"), "phones": report.get("phones", []),
                  "post": report.get("post_text"), "places": report.get("location_hints", []),
                  "profiles": report.get("profile_urls", []), "usernames": report.get("usernames", []),
                  "ips": [i.get("ip") for i in report.get("ips", [])]}
    chain = [{"step": i + 1, "who": role(s["who"])[0], "who_hi": role(s["who"])[1],
              "addresses": s.get("addresses", [])} for i, s in enumerate(case["route"].get("chain") or [])]
    return {"now": clock.at(now), "case": case_row(case, mails, clock), "events": events, "mails": outgoing,
            "person": person, "chain": chain, "reference": report.get("reference"),
            "recipients": case["route"]["recipients"], "outcome": case.get("outcome"),
            "refresh": config.web.refresh_seconds}
