#!/usr/bin/env python3
"""Check models/data/v3/ (extra training data) and models/data/test2/ (held-out test).

Checks, and exits 1 on any failure:
  - every line is JSON with exactly the keys id, text, level, lang, split, tags,
    source, group; lang matches the file; level is high/medium/low
  - counts per language and level: test2 30 per level per language (90 each);
    v3 40 per level for en and hi, 80 per level for hi-Latn
  - split: test2 is all "test2"; v3 is train/dev with no group in both
  - source is "v3" / "test2"; ids are <set>-<lang>-0001... in order, unique
  - 5 to 60 words per post
  - no text repeated (exact, after case and whitespace folding) within v3+test2
    or against v1 (models/data/*.jsonl) and v2 (models/data/v2/)
  - no group shared by v3 and test2

Prints a summary: counts per split and level, posts with an explicit death word
(count_words.py) per language and level, and the tag distribution.
It does not open models/data/test/.

Run: python3 models/data/check_v3.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from count_words import has_death_word  # noqa: E402

LANGS = ("en", "hi", "hi-Latn")
LEVELS = ("high", "medium", "low")
KEYS = {"id", "text", "level", "lang", "split", "tags", "source", "group"}
PER_LEVEL = {"test2": {"en": 30, "hi": 30, "hi-Latn": 30},
             "v3": {"en": 40, "hi": 40, "hi-Latn": 80}}
SPLITS = {"test2": {"test2"}, "v3": {"train", "dev"}}

errors = []


def norm(text):
    return " ".join(text.lower().split())


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except ValueError as e:
                errors.append(f"{path}:{n}: not JSON ({e})")
    return rows


def check_set(name, seen_texts):
    rows_all = []
    for lang in LANGS:
        path = os.path.join(HERE, name, f"{lang}.jsonl")
        if not os.path.exists(path):
            errors.append(f"{path}: missing")
            continue
        rel = os.path.relpath(path, HERE)
        per_level = collections.Counter()
        for i, (n, r) in enumerate(load(path), 1):
            where = f"{rel}:{n}"
            if set(r) != KEYS:
                errors.append(f"{where}: keys {sorted(r)}")
                continue
            want_id = f"{name}-{lang}-{i:04d}"
            if r["id"] != want_id:
                errors.append(f"{where}: id {r['id']}, expected {want_id}")
            if r["lang"] != lang:
                errors.append(f"{where}: lang {r['lang']} in {lang} file")
            if r["level"] not in LEVELS:
                errors.append(f"{where}: level {r['level']}")
            if r["split"] not in SPLITS[name]:
                errors.append(f"{where}: split {r['split']}")
            if r["source"] != name:
                errors.append(f"{where}: source {r['source']}")
            if not r["group"].startswith(f"{name}-g"):
                errors.append(f"{where}: group {r['group']}")
            if not isinstance(r["tags"], list) or not r["tags"]:
                errors.append(f"{where}: tags must be a non-empty list")
            nw = len(r["text"].split())
            if not 5 <= nw <= 60:
                errors.append(f"{where}: {nw} words")
            key = norm(r["text"])
            if key in seen_texts:
                errors.append(f"{where}: text repeated from {seen_texts[key]}")
            else:
                seen_texts[key] = where
            per_level[r["level"]] += 1
            rows_all.append(r)
        for level in LEVELS:
            if per_level[level] != PER_LEVEL[name][lang]:
                errors.append(f"{rel}: {per_level[level]} {level} posts, "
                              f"expected {PER_LEVEL[name][lang]}")
    return rows_all


def main():
    seen = {}
    old = [os.path.join(HERE, f"{l}.jsonl") for l in LANGS] + \
          [os.path.join(HERE, "v2", f"{l}.jsonl") for l in LANGS]
    for path in old:
        for n, r in load(path):
            seen.setdefault(norm(r["text"]), f"{os.path.relpath(path, HERE)}:{n}")
    v3 = check_set("v3", seen)
    t2 = check_set("test2", seen)

    splits = collections.defaultdict(set)
    for r in v3:
        splits[r["group"]].add(r["split"])
    for g, s in sorted(splits.items()):
        if len(s) > 1:
            errors.append(f"v3 group {g} is in both train and dev")
    shared = {r["group"] for r in v3} & {r["group"] for r in t2}
    if shared:
        errors.append(f"groups in both v3 and test2: {sorted(shared)[:5]}")

    for name, rows in (("v3", v3), ("test2", t2)):
        print(f"== {name}: {len(rows)} posts")
        c = collections.Counter((r["lang"], r["split"], r["level"]) for r in rows)
        for (lang, split, level), k in sorted(c.items()):
            print(f"  {lang:8} {split:6} {level:7} {k}")
        print("  explicit death word (count_words.py), per language and level:")
        for lang in LANGS:
            cells = []
            for level in LEVELS:
                sel = [r for r in rows if r["lang"] == lang and r["level"] == level]
                k = sum(has_death_word(r["text"]) for r in sel)
                cells.append(f"{level} {k}/{len(sel)}")
            print(f"    {lang:8} " + "  ".join(cells))
        sizes = collections.Counter(collections.Counter(r["group"] for r in rows).values())
        print(f"  groups by languages written: {dict(sorted(sizes.items()))}")
        tags = collections.Counter(t for r in rows for t in r["tags"])
        print("  tags: " + ", ".join(f"{t} {k}" for t, k in tags.most_common()))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
