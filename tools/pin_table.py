"""Regenerate data/rajasthan_pins.csv (PIN -> current district) from the pypinindia package.

    pip install pypinindia && python tools/pin_table.py > data/rajasthan_pins.csv

Why: the PyPI PIN data (India Post directory, GODL-India) still uses Rajasthan's old 33
districts. We keep its PIN -> old district, then move a post office to one of the new
districts when its taluk (tehsil) is one the new district was made from (TAHSIL_TO_NEW
below, from the 2023 notifications, kept after the 28 Dec 2024 changes). Pratapgarh (2008)
is missing from the source too and is corrected the same way. A PIN whose post offices
fall in more than one district lists them all ("|"), and routing treats that PIN as
ambiguous. Keeping it current: re-run when pypinindia releases new data or a district
changes; review the diff; commit the CSV. The daemon never reads the package at run time.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

OLD_NAMES = {"Ganganagar": "Sri Ganganagar", "Jalor": "Jalore", "Jhujhunu": "Jhunjhunu", "Jhunjhunun": "Jhunjhunu",
             "Chittaurgarh": "Chittorgarh", "Dhaulpur": "Dholpur"}

# tehsil (lower case, as India Post spells it) -> new district
TAHSIL_TO_NEW = {
    **dict.fromkeys(["balotra", "pachpadra", "siwana", "samdari", "kalyanpur", "sindhari", "gida"], "Balotra"),
    **dict.fromkeys(["beawar", "masuda", "vijaynagar", "bijainagar", "jaitaran", "raipur", "tatgarh"], "Beawar"),
    **dict.fromkeys(["deeg", "kaman", "nagar", "pahari", "kumher", "sikri", "janoothar"], "Deeg"),
    **dict.fromkeys(["didwana", "kuchaman", "kuchaman city", "ladnun", "nawa", "makrana", "parbatsar", "maulasar"], "Didwana-Kuchaman"),
    **dict.fromkeys(["kotputli", "viratnagar", "paota", "behror", "bansur", "neemrana", "narayanpur"], "Kotputli-Behror"),
    **dict.fromkeys(["khairthal", "tijara", "kishangarh bas", "kishangarhbas", "kotkasim", "harsoli", "mundawar"], "Khairthal-Tijara"),
    **dict.fromkeys(["phalodi", "lohawat", "bap", "aau", "dechu", "ghantiyali", "setrawa"], "Phalodi"),
    **dict.fromkeys(["salumbar", "salumber", "sarada", "semari", "lasadiya", "jhallara"], "Salumbar"),
    **dict.fromkeys(["pratapgarh", "arnod", "chhoti sadri", "dhariawad", "peepalkhoont"], "Pratapgarh"),
}
SOURCE_DISTRICT_OF_NEW = {  # only move a tehsil out of the district it was taken from
    "Balotra": {"Barmer"}, "Beawar": {"Ajmer", "Pali", "Bhilwara", "Rajsamand"}, "Deeg": {"Bharatpur"},
    "Didwana-Kuchaman": {"Nagaur"}, "Kotputli-Behror": {"Jaipur", "Alwar"}, "Khairthal-Tijara": {"Alwar"},
    "Phalodi": {"Jodhpur"}, "Salumbar": {"Udaipur"}, "Pratapgarh": {"Chittorgarh", "Udaipur", "Banswara"},
}


def main() -> int:
    import pypinindia

    source = Path(pypinindia.__file__).parent / "All_India_pincode_data.csv"
    pins: dict[str, set[str]] = defaultdict(set)
    with source.open(encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if (row.get("statename") or "").strip().upper() != "RAJASTHAN":
                continue
            district = OLD_NAMES.get(row["districtname"].strip(), row["districtname"].strip())
            new = TAHSIL_TO_NEW.get((row.get("taluk") or "").strip().lower())
            if new and district in SOURCE_DISTRICT_OF_NEW[new]:
                district = new
            pins[row["pincode"].strip()].add(district)
    out = csv.writer(sys.stdout, lineterminator="\n")
    print(f"# PIN -> current Rajasthan district(s), from pypinindia {getattr(pypinindia, '__version__', '?')} "
          "with the tehsil correction of tools/pin_table.py. Regenerate, do not edit.")
    out.writerow(["pin", "districts"])
    for pin in sorted(pins):
        out.writerow([pin, "|".join(sorted(pins[pin]))])
    return 0


if __name__ == "__main__":
    sys.exit(main())
