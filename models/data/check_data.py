#!/usr/bin/env python3
"""Check models/data/v2/*.jsonl and models/data/test/*.jsonl.

Fails (exit 1) on:
  - a line that is not a JSON object, or has other keys than
    id text level lang split tags source group
  - a bad level / lang / split value, an id that is not unique or does not
    follow v2-<lang>-0001 / test-<lang>-0001, a post whose "lang" is not its file's
  - counts other than 450 per language / 150 per level (v2) and
    150 per language / 50 per level (test)
  - a dev share per language and level outside 18-22 %
  - a group found in both train and dev, or shared by test and v2
  - a text (compared lower-cased, without punctuation and spaces) that
    repeats another new post or a post in the original models/data/*.jsonl
  - a post shorter than 5 or longer than 60 words
  - less than 40 % of a language's v2 medium+high posts with an explicit
    death word (count_words.py)
  - fewer than 60 posts per language in v2 that carry a tag of the kinds the
    v2 brief asked for (GAP_TAGS)
  - fewer than half of the v2 posts in groups that exist in all three scripts

Prints a summary either way.  Run: python3 models/data/check_data.py
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from count_words import has_death_word  # noqa: E402

KEYS = {"id", "text", "level", "lang", "split", "tags", "source", "group"}
LANGS = ("en", "hi", "hi-Latn")
LEVELS = ("high", "medium", "low")
GAP_TAGS = {
    # risk posts
    "negated", "ambivalent", "euphemism", "ultimatum", "emoji", "script-mix",
    "rajasthani", "exam", "debt", "dowry", "farm-loss", "breakup", "family-fight",
    # low posts
    "condolence", "grief", "film", "martyr", "religious", "moksha", "news",
    "lyrics", "hyperbole", "gym", "helping", "helpline", "literal-euphemism",
}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r"[\W_]+", "", text.lower())


def words(text):
    return len(text.split())


def load(path, lang):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                err(f"{path}:{n}: not JSON ({e})")
                continue
            if not isinstance(r, dict):
                err(f"{path}:{n}: not an object")
                continue
            if set(r) != KEYS:
                err(f"{path}:{n}: keys {sorted(r)}")
            if r.get("lang") != lang:
                err(f"{path}:{n}: lang {r.get('lang')} in {lang} file")
            if r.get("level") not in LEVELS:
                err(f"{path}:{n}: level {r.get('level')}")
            if not isinstance(r.get("tags"), list) or not r.get("text", "").strip():
                err(f"{path}:{n}: empty text or tags not a list")
            r["_where"] = f"{os.path.relpath(path, HERE)}:{n}"
            rows.append(r)
    return rows


def main():
    old = []
    for lang in LANGS:
        with open(os.path.join(HERE, f"{lang}.jsonl"), encoding="utf-8") as f:
            old += [json.loads(l) for l in f if l.strip()]
    old_texts = {norm(r["text"]): r["id"] for r in old}

    sets = {}
    for setname in ("v2", "test"):
        sets[setname] = {}
        for lang in LANGS:
            path = os.path.join(HERE, setname, f"{lang}.jsonl")
            if not os.path.exists(path):
                err(f"missing {path}")
                continue
            sets[setname][lang] = load(path, lang)

    seen_ids, seen_text = set(), {}
    for setname, per_lang in sets.items():
        per_level = 150 if setname == "v2" else 50
        for lang, rows in per_lang.items():
            for i, r in enumerate(rows, 1):
                want = f"{setname}-{lang}-{i:04d}"
                if r["id"] != want:
                    err(f"{r['_where']}: id {r['id']}, expected {want}")
                if r["id"] in seen_ids:
                    err(f"{r['_where']}: duplicate id {r['id']}")
                seen_ids.add(r["id"])
                if r.get("source") != "v2":
                    err(f"{r['_where']}: source {r.get('source')}")
                ok_splits = ("train", "dev") if setname == "v2" else ("test",)
                if r["split"] not in ok_splits:
                    err(f"{r['_where']}: split {r['split']} in {setname}")
                if not str(r.get("group", "")).startswith(setname + "-g"):
                    err(f"{r['_where']}: group {r.get('group')}")
                k = norm(r["text"])
                if k in old_texts:
                    err(f"{r['_where']}: text repeats original post {old_texts[k]}")
                if k in seen_text:
                    err(f"{r['_where']}: text repeats {seen_text[k]}")
                seen_text[k] = r["id"]
                w = words(r["text"])
                if w < 5 or w > 60:
                    err(f"{r['_where']}: {w} words")
            c = collections.Counter(r["level"] for r in rows)
            for level in LEVELS:
                if c[level] != per_level:
                    err(f"{setname}/{lang}: {c[level]} {level}, expected {per_level}")
            if setname == "v2":
                for level in LEVELS:
                    lv = [r for r in rows if r["level"] == level]
                    dev = sum(r["split"] == "dev" for r in lv)
                    if lv and not 0.18 <= dev / len(lv) <= 0.22:
                        err(f"v2/{lang} {level}: dev share {dev}/{len(lv)}")

    # groups
    v2_rows = [r for rows in sets["v2"].values() for r in rows]
    test_rows = [r for rows in sets["test"].values() for r in rows]
    splits = collections.defaultdict(set)
    glangs = collections.defaultdict(set)
    for r in v2_rows:
        splits[r["group"]].add(r["split"])
        glangs[r["group"]].add(r["lang"])
    for g, s in splits.items():
        if len(s) > 1:
            err(f"group {g} in both train and dev")
    shared = {r["group"] for r in test_rows} & set(splits)
    if shared:
        err(f"test shares groups with v2: {sorted(shared)[:5]}")
    tri = sum(len(glangs[r["group"]]) == 3 for r in v2_rows)
    if v2_rows and tri * 2 < len(v2_rows):
        err(f"only {tri}/{len(v2_rows)} v2 posts are in groups written in all three scripts")

    # death words and gap kinds
    summary = []
    for lang, rows in sets["v2"].items():
        risk = [r for r in rows if r["level"] in ("high", "medium")]
        explicit = sum(has_death_word(r["text"]) for r in risk)
        if risk and explicit / len(risk) < 0.40:
            err(f"v2/{lang}: only {explicit}/{len(risk)} medium+high posts with a death word")
        gap = sum(bool(GAP_TAGS & set(r["tags"])) for r in rows)
        if gap < 60:
            err(f"v2/{lang}: only {gap} posts of the asked-for kinds")
        summary.append(f"v2/{lang}: medium+high with death word {explicit}/{len(risk)}; "
                       f"posts of the asked-for kinds {gap}/{len(rows)}")

    for setname, per_lang in sets.items():
        for lang, rows in per_lang.items():
            c = collections.Counter((r["level"], r["split"]) for r in rows)
            w = [words(r["text"]) for r in rows]
            summary.append(f"{setname}/{lang}: {len(rows)} posts, "
                           + ", ".join(f"{l}/{s} {n}" for (l, s), n in sorted(c.items()))
                           + f"; words {min(w)}-{max(w)}, mean {sum(w) / len(w):.1f}")
    summary.append(f"v2 posts in groups written in all three scripts: {tri}/{len(v2_rows)}")
    summary.append(f"groups: v2 {len(splits)}, test {len({r['group'] for r in test_rows})}")
    print("\n".join(summary))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        print("\n".join(errors[:200]))
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
