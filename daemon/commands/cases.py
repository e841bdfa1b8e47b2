"""List cases, or show one case's timeline, from the store (read-only; safe while running)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from daemon.config.load import load_config
from daemon.config.schema import ConfigError
from daemon.core.isotime import local_text
from daemon.store.snapshot import read_snapshot


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("list", "show"))
    parser.add_argument("case_id", nargs="?", help="the case for show (LL-2026-000123)")
    parser.add_argument("--config", type=Path, default=Path("config.toml"))
    parser.add_argument("--json", action="store_true", help="print JSON")


def load_cases(path: Path) -> list[dict]:
    """A snapshot of the store's cases: the store is replaced by rename, never torn."""
    return sorted(read_snapshot(path).get("cases", {}).values(), key=lambda c: c["id"])


MAIL_KEYS = ("message_id", "purpose", "to", "status", "attempts", "refused", "last_error", "queued_at", "sent_at")


def case_mails(path: Path, case_id: str) -> list[dict]:
    """The case's outgoing mails: status, attempts and the recipients the server refused."""
    rows = [m for m in read_snapshot(path).get("outbox", {}).values() if m.get("case_id") == case_id]
    return [{k: m.get(k, [] if k == "refused" else None) for k in MAIL_KEYS}
            for m in sorted(rows, key=lambda m: m.get("queued_at") or "")]


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config)
        cases = load_cases(config.store_path)
    except ConfigError as exc:
        print(f"lifeline: config: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"lifeline: store {config.store_path}: {exc}", file=sys.stderr)
        return 2
    if args.action == "list":
        if args.json:
            print(json.dumps([{k: c.get(k) for k in ("id", "state", "created_at", "next_due_at", "step")} for c in cases], indent=2))
            return 0
        print(f"{'CASE':<16} {'STATE':<15} {'RISK':<8} {'STEP':<5} {'NEXT DUE':<24} ROUTE")
        for c in cases:
            route = c["route"]
            label = route.get("station") or route.get("police_district") or "state control room"
            print(f"{c['id']:<16} {c['state']:<15} {c['risk']['level']:<8} {c.get('step', 0) + 1:<5} "
                  f"{local_text(c.get('next_due_at'), config.timezone):<24} {label}")
        return 0
    if not args.case_id:
        print("lifeline: cases show needs a case id", file=sys.stderr)
        return 2
    case = next((c for c in cases if c["id"].lower() == args.case_id.lower()), None)
    if case is None:
        print(f"lifeline: no case {args.case_id}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({**case, "mails": case_mails(config.store_path, case["id"])}, ensure_ascii=False, indent=2))
        return 0
    route = case["route"]
    risk = case["risk"]
    probs = (f" (P(high) {risk['p_high']:.2f}, P(any risk) {risk['p_risk']:.2f})"
             if isinstance(risk.get("p_high"), (int, float)) and isinstance(risk.get("p_risk"), (int, float)) else "")
    print(f"{case['id']}  {case['state']}  risk {risk['level']}{probs}  created {local_text(case['created_at'], config.timezone)}")
    print(f"route: {route.get('station') or route.get('police_district') or 'state control room'} ({route['matched_by']})")
    print(f"chain: {' -> '.join(s['who'] for s in route.get('chain', []))}; step {case.get('step', 0) + 1}; "
          f"next due {local_text(case.get('next_due_at'), config.timezone)}")
    if case.get("acknowledged_by"):
        print(f"acknowledged by {case['acknowledged_by']} at {local_text(case['acknowledged_at'], config.timezone)}")
    if case.get("outcome"):
        print(f"outcome: {case['outcome']}")
    print("timeline:")
    for e in case.get("events", []):
        print(f"  {local_text(e['at'], config.timezone)}  {e['kind']:<18} {e['actor']:<40} {e.get('detail', '')}")
    return 0
