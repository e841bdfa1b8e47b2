"""The committed place gazetteer (data/rajasthan_places.csv) and its hand-made inputs.

The data checks need nothing but the repository. The determinism check rebuilds the CSV with
tools/gazetteer.py and is skipped when the two source packages (pinned in the Makefile's
`gazetteer` target) are not installed.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from daemon.config.load import PLACE_KINDS

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
PLACES = DATA / "rajasthan_places.csv"
MIN_PLACES_PER_DISTRICT = 100  # post offices + villages; the smallest (Salumbar) has ~120
ABOLISHED = {"Anupgarh", "Dudu", "Gangapur City", "Jaipur Rural", "Jodhpur Rural", "Kekri", "Neem Ka Thana",
             "Neem-ka-Thana", "Sanchore", "Shahpura"}
NEW_2023_KEPT = {"Balotra", "Beawar", "Deeg", "Didwana-Kuchaman", "Khairthal-Tijara", "Kotputli-Behror",
                 "Phalodi", "Salumbar"}
PIN = re.compile(r"3[0-4]\d{4}")


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@pytest.fixture(scope="module")
def config() -> dict:
    with (REPO / "config.toml").open("rb") as f:
        return tomllib.load(f)


@pytest.fixture(scope="module")
def districts(config) -> set[str]:
    names = {d["name"] for d in config["districts"]}
    assert len(names) == 41
    return names


@pytest.fixture(scope="module")
def places() -> list[dict[str, str]]:
    return rows_of(PLACES)


def test_columns_and_kinds(places):
    assert list(places[0]) == ["name", "kind", "pin", "district", "police_district", "tehsil", "source", "raw",
                               "lat", "lon", "basis"]
    assert {r["kind"] for r in places} == set(PLACE_KINDS)  # every kind the daemon reads, and no other
    assert all(r["name"].strip() == r["name"] and r["name"] for r in places)


def test_thousands_of_places(places):
    offices = [r for r in places if r["kind"] in ("post_office", "village")]
    assert len(offices) > 10_000
    assert len({(key(r["name"]), r["district"]) for r in places}) > 10_000


def test_every_district_is_one_of_the_41(places, districts):
    assert {r["district"] for r in places} == districts


def test_the_41_match_the_daemon():
    from daemon.core.districts import DISTRICTS

    with (REPO / "config.toml").open("rb") as f:
        assert set(DISTRICTS) == {d["name"] for d in tomllib.load(f)["districts"]}


def test_no_abolished_district_is_used(places):
    assert not {r["district"] for r in places} & ABOLISHED
    for row in rows_of(DATA / "tehsil_districts.csv"):
        assert row["district"] not in ABOLISHED


def test_every_district_has_places(places, districts):
    per = Counter(r["district"] for r in places if r["kind"] in ("post_office", "village"))
    thin = {d: per[d] for d in districts if per[d] < MIN_PLACES_PER_DISTRICT}
    assert not thin, thin


@pytest.mark.parametrize(("name", "district"), [
    ("Balotra", "Balotra"), ("Kuchaman City", "Didwana-Kuchaman"), ("Salumbar", "Salumbar"),
    ("Tijara", "Khairthal-Tijara"), ("Kotputli", "Kotputli-Behror"), ("Dudu", "Jaipur"), ("Kekri", "Ajmer"),
    ("Sanchore", "Jalore"), ("Phalodi", "Phalodi"), ("Nokha", "Bikaner"), ("Sardarshahar", "Churu"),
    ("Deeg", "Deeg"), ("Kaman", "Deeg"), ("Behror", "Kotputli-Behror"), ("Neemrana", "Kotputli-Behror"),
    ("Viratnagar", "Kotputli-Behror"), ("Khairthal", "Khairthal-Tijara"), ("Bhiwadi", "Khairthal-Tijara"),
    ("Kishangarh Bas", "Khairthal-Tijara"), ("Beawar", "Beawar"), ("Jaitaran", "Beawar"), ("Badnore", "Beawar"),
    ("Pisangan", "Ajmer"), ("Didwana", "Didwana-Kuchaman"), ("Ladnun", "Didwana-Kuchaman"),
    ("Makrana", "Didwana-Kuchaman"), ("Merta City", "Nagaur"), ("Lohawat", "Phalodi"), ("Bap", "Phalodi"),
    ("Osian", "Jodhpur"), ("Sarada", "Salumbar"), ("Gudamalani", "Balotra"), ("Dhorimana", "Balotra"),
    ("Siwana", "Balotra"), ("Baytu", "Barmer"), ("Chohtan", "Barmer"), ("Neem Ka Thana", "Sikar"),
    ("Khetri", "Jhunjhunu"), ("Gangapur City", "Sawai Madhopur"), ("Todabhim", "Karauli"),
    ("Anupgarh", "Sri Ganganagar"), ("Khajuwala", "Bikaner"), ("Jahazpur", "Bhilwara"),
    ("Chhoti Sadri", "Pratapgarh"), ("Udaipur", "Udaipur"),
])
def test_spot_checks(places, name, district):
    hits = {r["district"] for r in places if r["kind"] in ("town", "tehsil") and key(r["name"]) == key(name)}
    assert hits == {district}, (name, hits)


@pytest.mark.parametrize(("pin", "district"), [
    ("303108", "Kotputli-Behror"), ("303102", "Kotputli-Behror"), ("301701", "Kotputli-Behror"),
    ("301024", "Kotputli-Behror"), ("301404", "Khairthal-Tijara"), ("301019", "Khairthal-Tijara"),
    ("321203", "Deeg"), ("321022", "Deeg"), ("305204", "Ajmer"), ("305624", "Beawar"), ("311302", "Beawar"),
    ("306302", "Beawar"), ("341508", "Didwana-Kuchaman"), ("342301", "Phalodi"), ("313027", "Salumbar"),
    ("344022", "Balotra"), ("344031", "Balotra"), ("344034", "Barmer"), ("302017", "Jaipur"),
])
def test_pins_of_moved_sub_offices(places, pin, district):
    """Most offices of the PIN (a PIN may also serve a few villages across a district line)."""
    hits = Counter(r["district"] for r in places if r["pin"] == pin and r["kind"] in ("post_office", "village"))
    assert hits and hits.most_common(1)[0][0] == district and hits[district] * 4 >= 3 * sum(hits.values()), hits


def test_pins_are_rajasthan_pins(places):
    for r in places:
        if r["kind"] in ("post_office", "village"):
            assert PIN.fullmatch(r["pin"]), r
        else:
            assert r["pin"] == "" or PIN.fullmatch(r["pin"]), r


def test_coordinates_are_in_rajasthan(places):
    for r in places:
        if r["lat"] or r["lon"]:
            assert 23.0 < float(r["lat"]) < 30.5 and 69.0 < float(r["lon"]) < 78.5, r


def test_police_districts_are_configured(places, config):
    known = {p["name"]: set(p["districts"]) for p in config["police_districts"]}
    for r in places:
        if r["police_district"]:
            assert r["police_district"] in known, r
            if r["kind"] != "railway_station":
                assert r["district"] in known[r["police_district"]], r
    stations = [r for r in places if r["kind"] == "railway_station"]
    assert len(stations) > 100 and all(r["police_district"] in ("GRP Ajmer", "GRP Jodhpur") for r in stations)
    localities = [r for r in places if r["kind"] == "locality"]
    assert {r["police_district"] for r in localities} == {
        "Jaipur East", "Jaipur West", "Jaipur North", "Jaipur South", "Jodhpur East", "Jodhpur West"}


def test_config_stations_agree_with_commissionerate_table(config):
    table = {(r["district"], key(r["name"])): r["police_district"]
             for r in rows_of(DATA / "commissionerate_localities.csv")}
    for st in config.get("stations", []):
        if st.get("police_district", "").startswith(("Jaipur ", "Jodhpur ")) and "railway" not in st:
            k = (st["district"], key(st["name"].removeprefix("PS ")))
            if k in table:
                assert table[k] == st["police_district"], st["name"]


def test_tehsil_table(districts):
    rows = rows_of(DATA / "tehsil_districts.csv")
    seen_spelling, seen_pin = set(), set()
    per_new = defaultdict(set)
    for r in rows:
        assert r["source_district"] in districts and r["district"] in districts, r
        assert r["kind"] in ("tehsil", "sub_tehsil", "postal_taluk"), r
        assert r["confidence"] in ("high", "medium", "low"), r
        for sp in filter(None, r["spellings"].split("|")):
            assert sp == sp.lower().strip(), r
            assert (r["source_district"], sp) not in seen_spelling, r
            seen_spelling.add((r["source_district"], sp))
        for pin in filter(None, r["pins"].split("|")):
            assert PIN.fullmatch(pin) and (r["source_district"], pin) not in seen_pin, r
            seen_pin.add((r["source_district"], pin))
        if r["district"] in NEW_2023_KEPT and r["kind"] == "tehsil":
            per_new[r["district"]].add(r["tehsil"])
    # the notified tehsil counts (Beawar: 7; Balotra after the 31 Dec 2025 order: 9 + Balotra itself)
    assert {d: len(t) for d, t in per_new.items()} == {
        "Balotra": 10, "Beawar": 7, "Deeg": 9, "Didwana-Kuchaman": 8, "Khairthal-Tijara": 7,
        "Kotputli-Behror": 8, "Phalodi": 8, "Salumbar": 5}


def test_railway_table(districts):
    for r in rows_of(DATA / "railway_stations.csv"):
        assert r["district"] in districts and r["grp"] in ("GRP Ajmer", "GRP Jodhpur"), r
        assert (r["grp"] == "GRP Jodhpur") == (r["division"] in ("Jodhpur", "Bikaner")), r


def _tool():
    spec = importlib.util.spec_from_file_location("gazetteer_tool", REPO / "tools" / "gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_regenerates_identically(tmp_path):
    tool = _tool()
    for pkg, version in tool.PACKAGES.items():
        try:
            if importlib.metadata.version(pkg) != version:
                pytest.skip(f"{pkg} {importlib.metadata.version(pkg)} installed, the CSV is from {version}")
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{pkg} not installed (make gazetteer installs it)")
    out = tmp_path / "places.csv"
    assert tool.main(["--out", str(out)]) == 0
    assert out.read_bytes() == PLACES.read_bytes(), "data/rajasthan_places.csv is stale: run make gazetteer"


def test_landmark_table(districts, places):
    marks = rows_of(DATA / "landmarks.csv")
    assert len(marks) >= 40 and all(r["district"] in districts and r["what"] for r in marks)
    assert len({r["district"] for r in marks}) >= 20
    assert {(r["name"], r["district"]) for r in places if r["kind"] == "landmark"} == {
        (r["name"], r["district"]) for r in marks}
