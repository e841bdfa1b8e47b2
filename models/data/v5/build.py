#!/usr/bin/env python3
"""Write models/data/v5/{en,hi,hi-Latn}.jsonl from src/{high,medium,low}.txt.

A block is a `[tag, tag]` line followed by `en:`, `hi:` and/or `hl:` lines (hl = hi-Latn),
blocks separated by blank lines, `#` lines ignored. A block with all three lines is a
three-language idea, a block with one line a one-language idea; each block is one group
(v5-g0001... in order high, medium, low). Every 5th group of each (level, stream) is dev,
where the stream is "all three languages" or the one language of a single idea.
Automatic tags (explicit / no-explicit-words, script-mix, emoji, sms-spelling) come from
check.py.
"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import auto_tags, AUTO  # noqa: E402

LEVELS = ["high", "medium", "low"]
CODE = {"en": "en", "hi": "hi", "hl": "hi-Latn"}


def blocks(path):
    cur = None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                yield cur
            cur = None
            continue
        if line.startswith("["):
            if cur:
                yield cur
            tags = [t.strip() for t in line.strip()[1:-1].split(",") if t.strip()]
            cur = {"tags": tags, "text": {}, "line": n}
            continue
        code, _, text = line.partition(":")
        if cur is None or code not in CODE or CODE[code] in cur["text"]:
            raise SystemExit("%s:%d bad line: %r" % (path, n, line))
        cur["text"][CODE[code]] = text.strip()
    if cur:
        yield cur


def main():
    out = {l: [] for l in CODE.values()}
    g = 0
    for lv in LEVELS:
        stream_n = Counter()
        for b in blocks(os.path.join(HERE, "src", lv + ".txt")):
            langs = sorted(b["text"])
            if len(langs) not in (1, 3):
                raise SystemExit("block at src/%s.txt:%d has %d languages" % (lv, b["line"], len(langs)))
            g += 1
            stream = "all3" if len(langs) == 3 else langs[0]
            stream_n[stream] += 1
            split = "dev" if stream_n[stream] % 5 == 0 else "train"
            for l in ["en", "hi", "hi-Latn"]:
                if l not in b["text"]:
                    continue
                text = b["text"][l]
                tags = [t for t in b["tags"] if t not in AUTO]
                tags += [t for t in auto_tags(text, l) if t not in tags]
                out[l].append({"text": text, "level": lv, "lang": l, "split": split,
                               "tags": tags, "source": "v5", "group": "v5-g%04d" % g})
    for l, rows in out.items():
        with open(os.path.join(HERE, l + ".jsonl"), "w", encoding="utf-8") as f:
            for i, r in enumerate(rows, 1):
                r = {"id": "v5-%s-%04d" % (l, i), **r}
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(l, len(rows), dict(Counter(r["level"] for r in rows)))


if __name__ == "__main__":
    main()
