#!/usr/bin/env python3
"""Check models/data/v4 (stdlib only).

keys, counts (80 per level per language), ids in order, lang field, source, groups
(one level per group, never in both train and dev), 5-60 words, exact duplicates within v4
and against v3 (normalised text, all languages), a token-overlap near-copy report against v3
(ids and scores only), per-level explicit death-word counts (words.py).
Exit status 1 on any error.
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from words import has_death_word, tokens  # noqa: E402

LANGS = ["en", "hi", "hi-Latn"]
LEVELS = ["high", "medium", "low"]
KEYS = {"id", "text", "level", "lang", "split", "tags", "source", "group"}
PER_LEVEL = 80
errors = []


def norm(t):
    return " ".join(tokens(t))


def load(path):
    rows = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            errors.append("%s:%d bad json %s" % (path, n, e))
    return rows


def main():
    v3 = {}
    v3dir = os.path.join(HERE, "..", "v3")
    for l in LANGS:
        p = os.path.join(v3dir, l + ".jsonl")
        if os.path.exists(p):
            for r in load(p):
                v3[norm(r["text"])] = r.get("id")
    v3_tok = [set(k.split()) for k in v3]
    seen = {}
    group_split = defaultdict(set)
    group_level = defaultdict(set)
    table = {}
    for l in LANGS:
        rows = load(os.path.join(HERE, l + ".jsonl"))
        for i, r in enumerate(rows, 1):
            if set(r) != KEYS:
                errors.append("%s keys %s" % (r.get("id"), sorted(set(r) ^ KEYS)))
                continue
            if r["id"] != "v4-%s-%04d" % (l, i):
                errors.append("id out of order: %s (expected v4-%s-%04d)" % (r["id"], l, i))
            if r["lang"] != l or r["source"] != "v4" or r["level"] not in LEVELS:
                errors.append("%s bad lang/source/level" % r["id"])
            if r["split"] not in ("train", "dev"):
                errors.append("%s bad split" % r["id"])
            if not re.fullmatch(r"v4-g\d{4}", r["group"]):
                errors.append("%s bad group" % r["id"])
            n = len(r["text"].split())
            if not 5 <= n <= 60:
                errors.append("%s has %d words" % (r["id"], n))
            k = norm(r["text"])
            if k in seen:
                errors.append("%s duplicates %s" % (r["id"], seen[k]))
            seen[k] = r["id"]
            if k in v3:
                errors.append("%s duplicates v3 %s" % (r["id"], v3[k]))
            ts = set(k.split())
            best = max((len(ts & s) / len(ts | s) for s in v3_tok), default=0)
            if best >= 0.6:
                print("near v3 (jaccard %.2f): %s" % (best, r["id"]))
            exp = has_death_word(r["text"])
            if exp != ("explicit" in r["tags"]):
                errors.append("%s explicit tag out of date" % r["id"])
            group_split[r["group"]].add(r["split"])
            group_level[r["group"]].add(r["level"])
            table.setdefault((l, r["level"]), Counter())[("n", r["split"])] += 1
            table[(l, r["level"])]["explicit"] += exp
        c = Counter(r["level"] for r in rows)
        for lv in LEVELS:
            if c[lv] != PER_LEVEL:
                errors.append("%s %s: %d posts, want %d" % (l, lv, c[lv], PER_LEVEL))
    for g, s in group_split.items():
        if len(s) > 1:
            errors.append("group %s in both train and dev" % g)
        if len(group_level[g]) > 1:
            errors.append("group %s has several levels" % g)
    print("| lang | level | train | dev | explicit death word |")
    print("| --- | --- | ---: | ---: | ---: |")
    for l in LANGS:
        for lv in LEVELS:
            t = table.get((l, lv), Counter())
            tot = t[("n", "train")] + t[("n", "dev")]
            print("| %s | %s | %d | %d | %d/%d (%d%%) |" % (
                l, lv, t[("n", "train")], t[("n", "dev")], t["explicit"], tot,
                100 * t["explicit"] / tot if tot else 0))
    sizes = Counter()
    for g in group_split:
        pass
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
