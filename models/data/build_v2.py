#!/usr/bin/env python3
"""Build models/data/v2/*.jsonl and models/data/test/*.jsonl from models/data/src/.

Source files are models/data/src/{v2,test}_{high,medium,low}.txt.  Each is a
list of blocks separated by blank lines; a block is one idea ("group"):

    @ tag tag tag          <- tags for every post of the block
    en: English text
    hi: Devanagari text
    hl: romanized Hindi text

A block with all three lines is a translated group; a block with two lines is
the same idea in two of the languages; a block with one line is an idea
written in one language only.  Lines starting with '#' are comments.

The build adds, per post:
  id      v2-en-0001 / v2-hi-0001 / v2-hi-Latn-0001 / test-en-0001 ...
  group   v2-g0001 ... / test-g0001 ... (shared by the translations of an idea)
  split   test files: "test"; v2: "dev" for every 5th group in each
          (level, translated-or-language) stream, else "train", so 20% dev and
          a translated idea never straddles train and dev
  tags    the block's tags plus "explicit" / "no-explicit-words" (from
          count_words.py) and "script-mix" (Devanagari inside a romanized or
          English post, or a Latin word inside a Devanagari post)
  source  "v2"

Run: python3 models/data/build_v2.py   (then python3 models/data/check_data.py)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from count_words import has_death_word  # noqa: E402

LANGS = {"en": "en", "hi": "hi", "hl": "hi-Latn"}
LEVELS = ("high", "medium", "low")
DEVA = re.compile(r"[\u0900-\u097F]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def parse(path):
    blocks, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.strip()
            if not line:
                cur = None
                continue
            if line.startswith("#"):
                continue
            if line.startswith("@"):
                cur = {"tags": line[1:].split(), "texts": {}, "where": f"{path}:{n}"}
                blocks.append(cur)
                continue
            m = re.match(r"^(en|hi|hl):\s*(.+)$", line)
            if not m or cur is None:
                sys.exit(f"{path}:{n}: cannot parse: {line[:60]}")
            lang, text = m.group(1), m.group(2).strip()
            if lang in cur["texts"]:
                sys.exit(f"{path}:{n}: second {lang} line in one block")
            cur["texts"][lang] = text
    for b in blocks:
        if not b["texts"]:
            sys.exit(f"{b['where']}: block without posts")
    return blocks


def auto_tags(tags, lang, text):
    tags = [t for t in tags if t not in ("explicit", "no-explicit-words", "script-mix")]
    tags.append("explicit" if has_death_word(text) else "no-explicit-words")
    if lang in ("en", "hi-Latn") and DEVA.search(text):
        tags.append("script-mix")
    if lang == "hi" and LATIN_WORD.search(text):
        tags.append("script-mix")
    return tags


def build(setname):
    out = {l: [] for l in LANGS.values()}
    gnum = 0
    for level in LEVELS:
        path = os.path.join(HERE, "src", f"{setname}_{level}.txt")
        blocks = parse(path)
        stream_pos = {}
        for b in blocks:
            gnum += 1
            group = f"{setname}-g{gnum:04d}"
            stream = {3: "tri", 2: "pair"}.get(len(b["texts"])) or next(iter(b["texts"]))
            pos = stream_pos.get(stream, 0)
            stream_pos[stream] = pos + 1
            if setname == "test":
                split = "test"
            else:
                split = "dev" if pos % 5 == 2 else "train"
            for short, text in b["texts"].items():
                lang = LANGS[short]
                out[lang].append({
                    "text": text,
                    "level": level,
                    "lang": lang,
                    "split": split,
                    "tags": auto_tags(b["tags"], lang, text),
                    "source": "v2",
                    "group": group,
                })
    os.makedirs(os.path.join(HERE, setname), exist_ok=True)
    for lang, rows in out.items():
        with open(os.path.join(HERE, setname, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for i, r in enumerate(rows, 1):
                r = {"id": f"{setname}-{lang}-{i:04d}", **r}
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{setname}/{lang}.jsonl: {len(rows)}")


if __name__ == "__main__":
    for s in (sys.argv[1:] or ["v2", "test"]):
        build(s)
