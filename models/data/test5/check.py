#!/usr/bin/env python3
"""Checks the test5 held-out split (stdlib only).

Usage: python3 check.py [DIR]      (DIR defaults to this file's folder)

Checks keys, values, counts per level, ids, duplicate texts, lengths
(4-55 whitespace words), group consistency (one group = one level, and
either one language or all three) and prints the death-word table.
Exit status 0 when everything is OK, 1 otherwise.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

LANGS = ("en", "hi", "hi-Latn")
LEVELS = ("high", "medium", "low")
EXPECTED = {"high": 34, "medium": 33, "low": 33}
KEYS = {"id", "text", "level", "lang", "split", "tags", "source", "group"}
MIN_WORDS, MAX_WORDS = 4, 55
# "about 40%" of every level should contain an explicit death/suicide word
SHARE_LO, SHARE_HI = 0.30, 0.50

# Explicit death / suicide words.  Counted: die/dead/death/dying, suicide
# (and common misspellings), kill/end one-self, the Hindi mar- verb forms,
# maut, mrityu, atmahatya, khudkushi, laash (corpse) and "jaan de-" (give
# one's life).  NOT counted (euphemisms / other words): kill me, maar, funeral,
# arthi, shaheed, RIP, upar, khatam, alvida, fansi, method words.
LATIN = (
    r"die|dies|died|dying|dead|death|deaths|suicides?|suicidal|sucide|suicde"
    r"|kill(?:ing)? (?:my|him|her)self|end(?:ing)? (?:my|his|her) life"
    r"|mar|marr|marna|marne|marni|maru|marun|marunga|marungi|marenge|marega|maregi"
    r"|mara|mari|mare|marke|markar|marta|marti|marte|mrna|mrne|mrke"
    r"|maut|mout|mrityu|khudkushi|khudkhushi|aatmahatya|atmahatya|atmhatya|aatmhatya"
    r"|laash|jaan de\w*"
)
DEVA = (
    "मर|मरना|मरने|मरनी|मरूँ|मरूं|मरूँगा|मरूंगा|मरूँगी|मरूंगी|मरेंगे|मरेगा|मरेगी"
    "|मरा|मरी|मरे|मरके|मरकर|मरता|मरती|मरते|मौत|मृत्यु|मरण|आत्महत्या"
    "|ख़ुदकुशी|खुदकुशी|सुसाइड|लाश|जान दे[\u0900-\u0963\u0971-\u097F]*"
)
DEVA_LETTER = "[\u0900-\u0963\u0971-\u097F]"  # Devanagari letters and signs, not danda or digits
DEATH_RE = re.compile(
    r"(?<![a-z])(?:" + LATIN + r")(?![a-z])"
    + "|" + f"(?<!{DEVA_LETTER})(?:" + unicodedata.normalize("NFC", DEVA) + f")(?!{DEVA_LETTER})"
)


def has_death_word(text):
    t = unicodedata.normalize("NFC", text).lower()
    t = re.sub(r"\s+", " ", t)
    return DEATH_RE.search(t) is not None


def norm(text):
    t = unicodedata.normalize("NFC", text).lower()
    return re.sub(r"[^\w]+", " ", t).strip()


def main(argv):
    here = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    rows = []
    for lang in LANGS:
        path = os.path.join(here, f"{lang}.jsonl")
        if not os.path.exists(path):
            errors.append(f"missing file {path}")
            continue
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                where = f"{lang}.jsonl:{n}"
                if not line.strip():
                    errors.append(f"{where}: blank line")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{where}: bad JSON ({exc})")
                    continue
                if set(obj) != KEYS:
                    errors.append(f"{where}: keys {sorted(obj)}")
                    continue
                obj["_where"], obj["_file"] = where, lang
                rows.append(obj)

    ids = Counter(r["id"] for r in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    texts = defaultdict(list)
    per_file = defaultdict(list)
    for r in rows:
        w, lang = r["_where"], r["_file"]
        per_file[lang].append(r)
        if r["lang"] != lang:
            errors.append(f"{w}: lang {r['lang']!r} in {lang}.jsonl")
        if not re.fullmatch(rf"test5-{re.escape(lang)}-\d{{4}}", str(r["id"])):
            errors.append(f"{w}: bad id {r['id']!r}")
        if r["level"] not in LEVELS:
            errors.append(f"{w}: bad level {r['level']!r}")
        if r["split"] != "test5" or r["source"] != "test5":
            errors.append(f"{w}: split/source must be 'test5'")
        if not re.fullmatch(r"test5-g\d{4}", str(r["group"])):
            errors.append(f"{w}: bad group {r['group']!r}")
        if not (isinstance(r["tags"], list) and r["tags"]
                and all(isinstance(t, str) and t for t in r["tags"])):
            errors.append(f"{w}: tags must be a non-empty list of strings")
        if not isinstance(r["text"], str) or r["text"] != r["text"].strip():
            errors.append(f"{w}: text must be a stripped string")
            continue
        nw = len(r["text"].split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            errors.append(f"{w}: {nw} words (allowed {MIN_WORDS}-{MAX_WORDS})")
        texts[norm(r["text"])].append(w)
    for t, ws in texts.items():
        if len(ws) > 1:
            errors.append(f"duplicate text at {', '.join(ws)}")

    for lang in LANGS:
        got = Counter(r["level"] for r in per_file[lang])
        if dict(got) != EXPECTED:
            errors.append(f"{lang}: level counts {dict(got)} != {EXPECTED}")
        nums = sorted(int(r["id"].rsplit("-", 1)[1]) for r in per_file[lang])
        if nums != list(range(1, len(nums) + 1)):
            errors.append(f"{lang}: ids are not 0001..{len(nums):04d}")

    groups = defaultdict(list)
    for r in rows:
        groups[r["group"]].append(r)
    shared = 0
    for g, members in groups.items():
        levels = {m["level"] for m in members}
        langs = sorted(m["lang"] for m in members)
        if len(levels) != 1:
            errors.append(f"group {g}: mixed levels {sorted(levels)}")
        if langs == sorted(LANGS):
            shared += 1
        elif len(langs) != 1:
            errors.append(f"group {g}: languages {langs} (must be one, or all three once each)")

    # death-word table
    table = {}
    for lang in LANGS:
        for lv in LEVELS:
            sub = [r for r in per_file[lang] if r["level"] == lv]
            k = sum(has_death_word(r["text"]) for r in sub)
            table[lang, lv] = (k, len(sub))
            if sub and not SHARE_LO <= k / len(sub) <= SHARE_HI:
                errors.append(f"{lang}/{lv}: death-word share {k}/{len(sub)} outside "
                              f"{SHARE_LO:.0%}-{SHARE_HI:.0%}")

    print(f"rows: {len(rows)}  groups: {len(groups)}  shared (all three languages): {shared}")
    print("death-word table (posts with an explicit death/suicide word / posts):")
    print(f"  {'lang':8} " + " ".join(f"{lv:>12}" for lv in LEVELS) + f" {'all':>12}")
    for lang in LANGS:
        cells = [table[lang, lv] for lv in LEVELS]
        tot = (sum(c[0] for c in cells), sum(c[1] for c in cells))
        print(f"  {lang:8} " + " ".join(
            f"{f'{k}/{n} {k / n:.0%}' if n else '-':>12}" for k, n in cells + [tot]))
    cols = [(sum(table[l, lv][0] for l in LANGS), sum(table[l, lv][1] for l in LANGS)) for lv in LEVELS]
    tot = (sum(c[0] for c in cols), sum(c[1] for c in cols))
    print(f"  {'all':8} " + " ".join(
        f"{f'{k}/{n} {k / n:.0%}' if n else '-':>12}" for k, n in cols + [tot]))

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
