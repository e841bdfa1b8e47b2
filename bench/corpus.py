"""How well Lifeline reads a corpus folder (tests/corpus/dev or, for the final figures, holdout).

Prints: reports recognised, field checks right (overall and per field), districts right,
non-reports read as reports, a per-layout table, and with --misses every wrong check.
The comparison rules are in daemon/dev/scoring.py. Not a pass/fail test.

    .venv/bin/python bench/corpus.py tests/corpus/dev [--misses] [--labels words|encoder] [--config config.toml]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from daemon.config.load import load_config  # noqa: E402
from daemon.dev.scoring import FIELDS, score  # noqa: E402
from daemon.reading.reader import ReadingRules  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--config", type=Path, default=ROOT / "config.toml")
    parser.add_argument("--labels", choices=("words", "encoder"), default="words",
                        help="words: the word lists alone; encoder: plus the e5 encoder for unknown labels")
    parser.add_argument("--model-dir", type=Path, default=ROOT / "models" / "risk")
    parser.add_argument("--misses", action="store_true", help="list every wrong check")
    args = parser.parse_args()
    config = load_config(args.config)
    model = None
    if args.labels == "encoder":
        from daemon.risk.labels import load_label_model

        model = load_label_model(args.model_dir)
        if model is None:
            print("encoder not available: word lists only", file=sys.stderr)
    rules = ReadingRules.from_config(config, label_model=model)
    s = score(args.folder, rules, config)
    t = s.total
    if t.reports + s.non_reports == 0:
        print(f"{args.folder}: no NAME.eml with NAME.expected.json found", file=sys.stderr)
        return 2
    print(f"corpus {args.folder}  (labels: {args.labels})")
    print(f"  reports recognised   {t.recognised}/{t.reports} = {t.pct(t.recognised, t.reports):.1f}%"
          f"   (as platform_report {t.as_platform_report}, held as possible_report {t.recognised - t.as_platform_report})")
    print(f"  field checks right   {t.checks_right}/{t.checks} = {t.pct(t.checks_right, t.checks):.1f}%")
    for name in FIELDS:
        right, n = t.per_field[name]
        print(f"      {name:<13} {right}/{n} = {t.pct(right, n):.1f}%")
    print(f"  districts right      {t.districts_right}/{t.districts} = {t.pct(t.districts_right, t.districts):.1f}%")
    print(f"  non-reports          {s.non_reports}: platform notices read as reports {len(s.notices_as_reports)}, "
          f"others read as reports {len(s.others_as_reports)}")
    for name, kind, reason in s.notices_as_reports + s.others_as_reports:
        print(f"      {name}: {kind} ({reason})")
    if s.seconds:
        ordered = sorted(s.seconds)
        print(f"  read() per mail      p50 {statistics.median(ordered) * 1000:.1f} ms   "
              f"p99 {ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000:.1f} ms")
    print(f"\n  {'layout':<20} {'reports':>7} {'recognised':>10} {'fields':>7} {'districts':>9}")
    for layout in sorted(s.layouts):
        lt = s.layouts[layout]
        print(f"  {layout:<20} {lt.reports:>7} {lt.pct(lt.recognised, lt.reports):>9.1f}% "
              f"{lt.pct(lt.checks_right, lt.checks):>6.1f}% {lt.pct(lt.districts_right, lt.districts):>8.1f}%")
    if args.misses:
        print("\nmisses:")
        for name, what, wanted, got in s.misses:
            print(f"  {name}  {what}\n      want {wanted!r}\n      got  {got!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
