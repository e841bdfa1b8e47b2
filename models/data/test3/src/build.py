#!/usr/bin/env python3
"""Assemble test3/*.jsonl from the hand-written lists in src_*.py (no generation)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE); sys.path.insert(0, OUT)
from check import explicit_hits
import importlib

LANGS = [("en", "src_en"), ("hi", "src_hi"), ("hi-Latn", "src_hilatn")]
DEV = re.compile(r"[\u0900-\u097f]")
LAT = re.compile(r"[A-Za-z]")

def main():
    shared = {}
    next_g = 1
    data = {}
    for lang, mod in LANGS:
        try:
            data[lang] = importlib.import_module(mod).P
        except ModuleNotFoundError:
            data[lang] = []
    keys = sorted({k for P in data.values() for (_, k, _, _) in P if k})
    for k in keys:
        shared[k] = f"test3-g{next_g:04d}"; next_g += 1
    for lang, _ in LANGS:
        out = []
        for i, (lv, key, tags, text) in enumerate(data[lang], 1):
            if key:
                g = shared[key]
            else:
                g = f"test3-g{next_g:04d}"; next_g += 1
            tags = tags.split()
            tags = [t for t in tags if t not in ("explicit", "no-explicit-words")]
            tags.append("explicit" if explicit_hits(text) else "no-explicit-words")
            if (lang == "hi" and LAT.search(text)) or (lang == "hi-Latn" and DEV.search(text)):
                if "script-mix" not in tags:
                    tags.append("script-mix")
            if key and "translation" not in tags:
                tags.append("shared-idea")
            out.append({"id": f"test3-{lang}-{i:04d}", "text": text, "level": lv, "lang": lang,
                        "split": "test3", "tags": tags, "source": "test3", "group": g})
        if out:
            with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
                for r in out:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(out))

if __name__ == "__main__":
    main()
