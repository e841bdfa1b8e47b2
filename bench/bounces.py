"""How well does flufl.bounce recognise bounces? Its own samples, and our auto-reply fixtures.

Loads every sample in tests/fixtures/bounces/flufl/ (copied from the flufl.bounce sdist) and
compares what ``flufl.bounce.scan_message`` / ``all_failures`` return with expected.json, which
was taken from flufl.bounce's own tests.  Then runs the same on tests/fixtures/bounces/auto/
(auto-replies must yield no address; bounces their failed / delayed addresses).

Prints a table and a summary; not a pass/fail test (``--strict`` exits 1 on any difference that
expected.json does not already explain).  Needs nothing from Lifeline: any Python with
flufl.bounce installed, e.g.

    python -m venv /tmp/fluflvenv && /tmp/fluflvenv/bin/pip install flufl.bounce
    /tmp/fluflvenv/bin/python bench/bounces.py [--mismatches] [--strict] [--no-auto]
"""

import argparse
import email
import importlib
import json
import logging
import sys
import time
from pathlib import Path

try:
    import flufl.bounce
    from flufl.bounce import all_failures, scan_message
except ImportError:  # pragma: no cover - depends on the interpreter
    sys.exit("bench/bounces.py needs flufl.bounce: pip install flufl.bounce")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "bounces"

# Samples whose whole-pipeline result is known to differ from the per-detector expectation in
# flufl.bounce's tests (see the "note" in expected.json): reported, but not a surprise.
KNOWN_PIPELINE_DIFFERENCES = {
    # SimpleMatch is expected to find nothing; scan_message() runs the DSN detector first, and it
    # reports the list archive's obfuscated "david...@gmail.com".
    "simple_42.txt",
}


def _fmt(addresses, most: int = 2) -> str:
    """Sorted addresses, at most ``most`` of them spelled out (yahoo_08 alone has six)."""
    if not addresses:
        return "-"
    ordered = sorted(addresses)
    shown = ", ".join(ordered[:most])
    return shown + (f" +{len(ordered) - most} more" if len(ordered) > most else "")


def _decode(addresses) -> set[str]:
    return {a.decode("ascii", "replace") if isinstance(a, bytes) else str(a) for a in addresses}


def _scan(path: Path):
    """(permanent from scan_message, temporary from all_failures, error, seconds)."""
    msg = email.message_from_bytes(path.read_bytes())
    start = time.perf_counter()
    try:
        permanent = _decode(scan_message(msg))
        temporary, _ = all_failures(msg)
        temporary = _decode(temporary)
    except Exception as exc:  # noqa: BLE001 - a crash is a result worth printing
        return set(), set(), f"{type(exc).__name__}: {exc}", time.perf_counter() - start
    return permanent, temporary, None, time.perf_counter() - start


def _detector(name: str | None, path: Path, temporary: bool):
    """What the one flufl detector named in expected.json returns (private API; None if absent)."""
    if not name:
        return None
    try:
        module = importlib.import_module(f"flufl.bounce._detectors.{name}")
        [cls_name] = module.__all__
        temp, perm = getattr(module, cls_name)().process(email.message_from_bytes(path.read_bytes()))
    except Exception as exc:  # noqa: BLE001
        return f"{type(exc).__name__}"
    return _decode(temp if temporary else perm)


def _table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    widths[-1] = len(header[-1])  # last column is free text
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
    if not rows:
        print("(every row ok)")


def flufl_samples(show_all: bool) -> tuple[int, list[str]]:
    folder = FIXTURES / "flufl"
    expected = {e["file"]: e for e in json.loads((folder / "expected.json").read_text(encoding="utf-8"))}
    samples = sorted(folder.glob("*.txt"))
    missing = sorted(set(expected) - {p.name for p in samples})
    rows, surprises = [], []
    n_perm = n_any = n_match = n_expect = n_det_ok = n_det = 0
    n_bounce = n_bounce_found = n_nonbounce_flagged = 0
    seconds = 0.0
    for path in samples:
        e = expected.get(path.name)
        permanent, temporary, error, took = _scan(path)
        seconds += took
        n_perm += bool(permanent)
        n_any += bool(permanent or temporary)
        if e is None:
            rows.append([path.name, "?", "?", _fmt(permanent), _fmt(temporary), "NOT IN expected.json"])
            surprises.append(path.name)
            continue
        if e["bounce"]:
            n_bounce += 1
            n_bounce_found += bool(permanent)
        elif permanent:
            n_nonbounce_flagged += 1
        failed = e["failed"]
        if error:
            verdict = f"ERROR {error}"
            surprises.append(path.name)
        elif failed is None:
            verdict = "no expectation (not in flufl's tests)"
        else:
            n_expect += 1
            want = set(failed)
            ok = (not permanent and temporary == want) if e["temporary"] else (permanent == want and not temporary)
            n_match += ok
            verdict = "ok" if ok else "DIFFERS"
            if not ok:
                if path.name in KNOWN_PIPELINE_DIFFERENCES:
                    verdict += " (known, see note)"
                else:
                    surprises.append(path.name)
        det = _detector(e.get("detector"), path, e["temporary"])
        if det is not None and failed is not None:
            n_det += 1
            det_ok = det == set(failed)
            n_det_ok += det_ok
            if not det_ok:
                verdict += f"; {e['detector']} detector gave {det if isinstance(det, str) else _fmt(det)}"
                surprises.append(path.name)
        kind = "bounce" if e["bounce"] else ("delay" if e["temporary"] else "not bounce")
        want_s = "null" if failed is None else _fmt(failed)
        if show_all or not verdict.startswith("ok"):
            rows.append([path.name, kind, want_s, _fmt(permanent), _fmt(temporary), verdict])

    print(f"flufl.bounce {getattr(flufl.bounce, '__version__', '?')} on Python {sys.version.split()[0]}")
    print(f"\n== flufl.bounce's own samples ({folder.relative_to(ROOT)}) ==\n")
    _table(rows, ["file", "expected", "expected addresses", "scan_message()", "all_failures() temp", "verdict"])
    print()
    print(f"samples:                                  {len(samples)}")
    print(f"scan_message() non-empty (recognised):    {n_perm}/{len(samples)}")
    print(f"all_failures() non-empty (incl. delays):  {n_any}/{len(samples)}")
    print(f"real bounces (bounce: true) recognised:   {n_bounce_found}/{n_bounce}")
    print(f"non-bounces with a permanent address:     {n_nonbounce_flagged}")
    print(f"pipeline result == expected:              {n_match}/{n_expect} (samples with an expectation)")
    print(f"named detector == expected (flufl tests): {n_det_ok}/{n_det}")
    print(f"time in scan_message()+all_failures():    {seconds * 1000:.1f} ms total, "
          f"{seconds * 1e6 / max(1, len(samples)):.0f} us per sample")
    if missing:
        print(f"in expected.json but no file:             {', '.join(missing)}")
        surprises += missing
    return len(samples), surprises


def auto_fixtures(show_all: bool) -> list[str]:
    folder = FIXTURES / "auto"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    rows, surprises = [], []
    n_ok = 0
    for e in expected:
        permanent, temporary, error, _ = _scan(folder / e["file"])
        want_perm, want_temp = set(e.get("failed", [])), set(e.get("delayed", []))
        ok = not error and permanent == want_perm and temporary == want_temp
        n_ok += ok
        verdict = "ok" if ok else (f"ERROR {error}" if error else "DIFFERS")
        if not ok:
            surprises.append(e["file"])
        if show_all or not ok:
            rows.append([e["file"], e["kind"], _fmt(want_perm | want_temp), _fmt(permanent), _fmt(temporary), verdict])
    print(f"\n== our auto-replies and bounces ({folder.relative_to(ROOT)}) ==\n")
    _table(rows, ["file", "kind", "expected addresses", "scan_message()", "all_failures() temp", "verdict"])
    autos = [e for e in expected if e["kind"] == "auto_reply"]
    print(f"\nfixtures: {len(expected)} ({len(autos)} auto_reply, {len(expected) - len(autos)} bounce); "
          f"flufl.bounce result == expected: {n_ok}/{len(expected)}")
    return surprises


def lifeline_reader() -> None:
    """What Lifeline's own reader makes of the same mails (when the daemon package imports):
    bounces read as bounces, and with a reference to a case none is an acknowledgement."""
    try:
        sys.path.insert(0, str(ROOT))
        from daemon.reading.reader import ReadingRules, read
    except ImportError:
        print("\n(Lifeline's reader not importable here: its figures skipped)")
        return
    rules = ReadingRules(message_id_domain="lifeline.police.example.in")
    ref = b"References: <LL-2026-000123.forward.1@lifeline.police.example.in>\n"
    flufl_expected = json.loads((FIXTURES / "flufl" / "expected.json").read_text(encoding="utf-8"))
    bounces = [e["file"] for e in flufl_expected if e["bounce"]]
    found = [n for n in bounces if read((FIXTURES / "flufl" / n).read_bytes(), rules).kind.value == "bounce"]
    automatic = [(FIXTURES / "flufl" / e["file"]) for e in flufl_expected if e["bounce"] or e["temporary"]]
    automatic += sorted((FIXTURES / "auto").glob("*.eml"))
    acks = [p.name for p in automatic if read(ref + p.read_bytes(), rules).kind.value == "ack_reply"]
    print("\n== Lifeline's reader ==\n")
    print(f"flufl's real bounces read as bounce:      {len(found)}/{len(bounces)} = {100 * len(found) / len(bounces):.1f}%"
          + (f"  (missed: {', '.join(sorted(set(bounces) - set(found)))})" if len(found) < len(bounces) else ""))
    print(f"bounces/delays/auto-replies with a case reference read as acknowledgement: {len(acks)}/{len(automatic)}"
          + (f"  ({', '.join(acks)})" if acks else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mismatches", action="store_true", help="list only rows that are not ok")
    parser.add_argument("--strict", action="store_true", help="exit 1 on any unexplained difference")
    parser.add_argument("--no-auto", action="store_true", help="skip tests/fixtures/bounces/auto/")
    args = parser.parse_args()
    logging.getLogger("flufl.bounce").addHandler(logging.NullHandler())
    logging.getLogger("flufl.bounce").propagate = False  # its detectors log every run at INFO
    _, surprises = flufl_samples(not args.mismatches)
    if not args.no_auto:
        surprises += auto_fixtures(not args.mismatches)
    lifeline_reader()
    if surprises:
        print(f"\nunexplained: {', '.join(dict.fromkeys(surprises))}")
    return 1 if (args.strict and surprises) else 0


if __name__ == "__main__":
    sys.exit(main())
