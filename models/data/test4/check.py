#!/usr/bin/env python3
"""Sanity check for the test4 split (stdlib only).

Checks keys, counts per level, ids, duplicates, word counts, groups, and prints
how often death/suicide words occur per level.  Exit code 1 on any error.
"""
import json, os, re, sys
from collections import Counter, defaultdict

PATTERNS = [
    # English (also catches Latin words inside Hindi / Hinglish posts)
    r"\b(die|dies|died|dying|dead|death|deaths|kill|kills|killed|killing|suicide|suicides|suicidal)\b",
    r"\b(end(ing)? (it|it all|my life|myself|everything))\b",
    # romanized Hindi
    r"\bmar(na|ne|ni|u|un|unga|ungi|uga|ugi|enge|oge|o|a|i|e|te|ta|ti|ja\w*|ga\w*|gy\w*)?\b",
    r"\b(maut|mout|mrityu|aatmhatya|atmahatya|aatmahatya|khudkushi|khudkhushi|khatam|khatm|khattam)\b",
    r"\bjaan (de|le|di|li|du|lu)\w*",
    # Devanagari
    r"(?<![\u0900-\u097F])मर(?!ीज़|ीज|म्मत|्ज़ी|्जी|्द)",
    r"मौत|मृत्यु|आत्महत्या|ख़ुदकुशी|खुदकुशी|ख़ुदकशी|खुदकशी|ख़त्म|खत्म|खतम",
    r"जान (दे|ले|दी|ली|दू|लू)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.IGNORECASE)


def explicit_hits(text):
    return [m.group(0) for m in RX.finditer(text)]
# --- end patterns

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "en.jsonl", "hi": "hi.jsonl", "hi-Latn": "hi-Latn.jsonl"}
KEYS = {"id", "text", "level", "lang", "split", "tags", "source", "group"}
WANT = {"high": 34, "medium": 33, "low": 33}
DEV = re.compile("[\u0900-\u097F]")


def words(t):
    return len(t.split())


def main():
    errors = []
    seen_ids, seen_text = set(), {}
    groups = defaultdict(set)
    table = {}
    for lang, fn in FILES.items():
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            errors.append("missing " + fn)
            continue
        rows = []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    o = json.loads(line)
                except ValueError as e:
                    errors.append("%s:%d bad json %s" % (fn, n, e))
                    continue
                rows.append((n, o))
        lv = Counter()
        ex = Counter()
        for n, o in rows:
            where = "%s:%d" % (fn, n)
            if set(o) != KEYS:
                errors.append("%s keys %s" % (where, sorted(set(o) ^ KEYS)))
                continue
            if o["lang"] != lang:
                errors.append(where + " lang")
            if o["split"] != "test4" or o["source"] != "test4":
                errors.append(where + " split/source")
            if o["level"] not in WANT:
                errors.append(where + " level " + str(o["level"]))
            if not re.fullmatch(r"test4-%s-\d{4}" % re.escape(lang), o["id"]):
                errors.append(where + " id " + o["id"])
            if o["id"] in seen_ids:
                errors.append(where + " duplicate id")
            seen_ids.add(o["id"])
            if not re.fullmatch(r"test4-g\d{4}", o["group"]):
                errors.append(where + " group " + o["group"])
            if not isinstance(o["tags"], list) or not o["tags"] or not all(isinstance(t, str) and t for t in o["tags"]):
                errors.append(where + " tags")
            key = re.sub(r"\W+", " ", o["text"].lower()).strip()
            if key in seen_text:
                errors.append(where + " duplicate text of " + seen_text[key])
            seen_text[key] = o["id"]
            w = words(o["text"])
            if not 5 <= w <= 60:
                errors.append("%s word count %d" % (where, w))
            if lang == "hi" and len(DEV.findall(o["text"])) < 10:
                errors.append(where + " hi post without Devanagari")
            if lang != "hi" and len(DEV.findall(o["text"])) > len(o["text"]) / 3:
                errors.append(where + " mostly Devanagari in non-hi file")
            hit = bool(explicit_hits(o["text"]))
            tag = "explicit" in o["tags"]
            if hit != tag or (tag and "no-explicit-words" in o["tags"]):
                errors.append(where + " explicit tag does not match text")
            lv[o["level"]] += 1
            ex[o["level"]] += hit
            groups[o["group"]].add((lang, o["level"]))
        for l, k in WANT.items():
            if lv[l] != k:
                errors.append("%s: %s has %d, want %d" % (fn, l, lv[l], k))
        table[lang] = (lv, ex)
        wc = [words(o["text"]) for _, o in rows]
        if wc:
            print("%-8s n=%d  words min=%d max=%d mean=%.1f" % (lang, len(rows), min(wc), max(wc), sum(wc) / len(wc)))
    shared = 0
    for g, members in groups.items():
        if len({l for l, _ in members}) != len(members) and len(members) > 1:
            pass
        langs = {l for l, _ in members}
        if len({lv for _, lv in members}) > 1:
            errors.append("group %s has mixed levels" % g)
        if len(langs) == 3:
            shared += 1
        elif len(langs) == 2:
            errors.append("group %s in only two languages" % g)
    print("groups: %d total, %d shared by all three languages" % (len(groups), shared))
    print()
    print("death/suicide words per level (posts with >=1 hit / posts):")
    print("%-8s %14s %14s %14s" % ("lang", "high", "medium", "low"))
    tot = {l: [0, 0] for l in WANT}
    for lang, (lv, ex) in table.items():
        cells = []
        for l in WANT:
            tot[l][0] += ex[l]; tot[l][1] += lv[l]
            cells.append("%d/%d %3.0f%%" % (ex[l], lv[l], 100.0 * ex[l] / max(lv[l], 1)))
        print("%-8s %14s %14s %14s" % ((lang,) + tuple(cells)))
    print("%-8s %14s %14s %14s" % (("all",) + tuple("%d/%d %3.0f%%" % (a, b, 100.0 * a / max(b, 1)) for a, b in tot.values())))
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
