#!/usr/bin/env python3
"""Count posts that contain an explicit death word, per file, split and level.

The word list covers English, Devanagari Hindi and romanized Hindi; every
list is applied to every post, whatever its "lang", because posts mix
scripts.  Euphemisms ("upar chala jaunga", "hamesha ke liye so jaunga",
"bhagwan ke paas") are deliberately NOT in the list: they are what the
model has to learn without a keyword.

Matching is done on a token stream (text split on spaces and punctuation,
joined with single spaces and padded), not with \\b, because Python's \\b
breaks Devanagari words at every vowel sign.

Usage:
    python3 models/data/count_words.py                 # all files under models/data
    python3 models/data/count_words.py FILE.jsonl ...  # only these
    python3 models/data/count_words.py --markdown      # every file/split/level, markdown
    python3 models/data/count_words.py --summary       # per language and level:
                                                       # v1, v2, v1+v2 (train+dev), test

Also importable: has_death_word(text) -> bool, death_words(text) -> list.
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Each entry is a regular expression matched against " tok tok tok "
# (lower-cased, punctuation removed, single spaces, one space at each end).
# A leading/trailing space in a pattern is a word boundary.
ENGLISH = [
    r" (die|dies|died|dying|dead|death|deaths) ",
    r" suicid(e|es|al)? ",
    r" sucide ",                      # common misspelling
    r" kill(ing|ed)? (myself|himself|herself|themselves|yourself|urself) ",
    r" kms ",
    r" end(ing)? (it|it all|my life|this life|everything|myself) ",
    r" take my (own )?life ",
    r" hang(ing|ed)? (myself|himself|herself) ",
]

DEVANAGARI = [
    # मरना and its forms; "मरीज़", "मरम्मत", "कमरे" are not matched
    r" मर(ना|ने|नी|ूंगा|ूँगा|ुंगा|ूंगी|ूँगी|ुंगी|ा|ी|े|ता|ती|ते|कर|के|ो|ूं|ूँ|ुं|ें|ेंगे|ेगा|ेगी|ेंगी|नें)? ",
    r" मौत ",
    r" मृत्यु ",
    r" (आत्महत्या|आत्मदाह|ख़ुदकुशी|खुदकुशी|ख़ुदखुशी|खुदखुशी|सुसाइड) ",
    r" जान (दे|दें|दूं|दूँ|दूंगा|दूंगी|दूँगा|दूँगी|देना|देने|दी|दे दी|दे दूंगा|दे दूंगी|दे दूँगा|दे दूँगी|दे देंगे|दे दूं|ले लूंगा|ले लूंगी|ले लूँगा|ले लूँगी|ले ली|लेकर|ले के|ले लेगा|ले लेगी) ",
    r" (फांसी|फाँसी|फ़ांसी) ",
    r" (खुद|ख़ुद|अपने आप) को (खत्म|ख़त्म|मार|मारूंगा|मारूँगा|मारुंगा|मारूंगी|मारना|मारने|मार दूंगा|मार दूंगी|मार लूंगा|मार लूंगी) ",
    r" (ज़िंदगी|जिंदगी|ज़िन्दगी|जिन्दगी|जीवन) (खत्म|ख़त्म|समाप्त) (कर|करना|करने|कर दूंगा|कर दूंगी|कर लूंगा|कर लूंगी) ",
]

ROMAN = [
    r" (mar|marr|marna|marne|marni|marunga|marungi|maroonga|maroongi|mara|mari|mare|marta|marti|marte|markar|marke|maro|marun|maru|maroon|marenge|marega|maregi|mar gaya|mar gayi|mar jaunga|mar jaungi|mar jau|mar jaun) ",
    r" (maut|mout|mrityu|mirtyu) ",
    r" (aatmhatya|atmhatya|aatmahatya|atmahatya|khudkushi|khudkhushi|khudkhusi|khudkusi) ",
    r" jaan (de|du|doon|dunga|dungi|doonga|doongi|dedunga|dedungi|dena|dene|di|de di|de dunga|de dungi|de denge|de doonga|de du|le lunga|le lungi|le li|le ke|leke|le lega|le legi) ",
    r" (phansi|fansi|faansi|phaansi|phasi|fasi) ",
    r" khud ko (khatam|khatm|maar|mar|maarunga|marunga|maarungi|maarna|maarne|maar dunga|maar dungi|maar lunga|maar lungi) ",
    r" (zindagi|jindagi|zindgi|jindgi|life) (khatam|khatm) (kar|karna|karne|kar dunga|kar dungi|kar lunga|kar lungi) ",
]

PATTERNS = [re.compile(p) for p in ENGLISH + DEVANAGARI + ROMAN]

_SPLIT = re.compile(r"[\s.,!?।॥|:;\"'“”‘’()\[\]{}…\-–—/\\*~_+=<>#@&^%$0-9]+")


def _tokens(text):
    return " " + " ".join(t for t in _SPLIT.split(text.lower()) if t) + " "


def death_words(text):
    s = _tokens(text)
    found = []
    for p in PATTERNS:
        # overlapping boundaries: search repeatedly from each hit's start + 1
        for m in p.finditer(s):
            found.append(m.group(0).strip())
    return found


def has_death_word(text):
    s = _tokens(text)
    return any(p.search(s) for p in PATTERNS)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def table(paths):
    """rows of (file, split, level, n_posts, n_with_word)"""
    out = []
    for path in paths:
        rows = load(path)
        c = collections.Counter()
        w = collections.Counter()
        for r in rows:
            key = (r["split"], r["level"])
            c[key] += 1
            if has_death_word(r["text"]):
                w[key] += 1
        rel = os.path.relpath(path, HERE)
        for split in ("train", "dev", "test"):
            for level in ("high", "medium", "low"):
                if c[(split, level)]:
                    out.append((rel, split, level, c[(split, level)], w[(split, level)]))
    return out


def summary():
    """Markdown table: posts with a death word per language and level, for the
    original files (v1), v2, both together (all that trains or tunes) and test."""
    langs = ("en", "hi", "hi-Latn")
    levels = ("high", "medium", "low")
    parts = {
        "v1": lambda l: [os.path.join(HERE, f"{l}.jsonl")],
        "v2": lambda l: [os.path.join(HERE, "v2", f"{l}.jsonl")],
        "test": lambda l: [os.path.join(HERE, "test", f"{l}.jsonl")],
    }
    print("| lang | level | v1 train+dev | v2 train+dev | v1+v2 | test |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for lang in langs:
        for level in levels:
            cells, tot_n, tot_k = [], 0, 0
            for name in ("v1", "v2", "test"):
                rows = [r for p in parts[name](lang) if os.path.exists(p) for r in load(p)
                        if r["level"] == level]
                k = sum(has_death_word(r["text"]) for r in rows)
                cells.append(f"{k}/{len(rows)} ({100 * k / max(1, len(rows)):.0f}%)")
                if name != "test":
                    tot_n += len(rows)
                    tot_k += k
            both = f"{tot_k}/{tot_n} ({100 * tot_k / max(1, tot_n):.0f}%)"
            print(f"| {lang} | {level} | {cells[0]} | {cells[1]} | {both} | {cells[2]} |")


def main(argv):
    if "--summary" in argv:
        summary()
        return
    markdown = "--markdown" in argv
    paths = [a for a in argv if not a.startswith("--")]
    if not paths:
        paths = sorted(glob.glob(os.path.join(HERE, "*.jsonl"))) + \
            sorted(glob.glob(os.path.join(HERE, "v2", "*.jsonl"))) + \
            sorted(glob.glob(os.path.join(HERE, "test", "*.jsonl")))
    rows = table(paths)
    if markdown:
        print("| file | split | level | posts | with death word | % |")
        print("| --- | --- | --- | ---: | ---: | ---: |")
        for f, s, l, n, k in rows:
            print(f"| {f} | {s} | {l} | {n} | {k} | {100 * k / n:.0f}% |")
    else:
        for f, s, l, n, k in rows:
            print(f"{f:24} {s:6} {l:7} {k:4}/{n:<4} {100 * k / n:5.1f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
