"""Build v4/{en,hi,hi-Latn}.jsonl from src/{high,medium,low}.txt.

Block format (blank line between blocks):
    [tag1,tag2]
    en: English text
    hi: Devanagari text
    hl: romanized Hindi text
A block with several language lines is one translated idea (one group); a block with one line
is a one-language idea. Every 5th group of each (level, stream) is dev, where stream is
"tri" for three-language groups and the language for one-language ideas.
"""
import json, os, re
from words import has_death_word

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en": "en", "hi": "hi", "hl": "hi-Latn"}
DEV = re.compile(r"[\u0900-\u097F]")
LAT = re.compile(r"[A-Za-z]{2,}")
RISK_EMOJI = re.compile("[\U0001F48A\U0001FA78\U0001FAA2\U0001F52A\U0001F635\U0001F9EA\U0001F525\U0001F686\U0001F682\U0001FA79]")


def blocks(path):
    cur = None
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        if not line or line.startswith("#"):
            if cur and cur["posts"]:
                yield cur
            cur = None
            continue
        if line.startswith("["):
            if cur and cur["posts"]:
                yield cur
            cur = {"tags": [t.strip() for t in line.strip("[]").split(",") if t.strip()], "posts": {}}
            continue
        key, text = line.split(":", 1)
        if cur is None:
            cur = {"tags": [], "posts": {}}
        assert key in LANGS and key not in cur["posts"], (path, line)
        cur["posts"][key] = text.strip()
    if cur and cur["posts"]:
        yield cur


def auto_tags(tags, text, lang):
    t = [x for x in tags if x not in ("explicit", "no-explicit-words", "script-mix")]
    t.append("explicit" if has_death_word(text) else "no-explicit-words")
    if RISK_EMOJI.search(text) and "emoji" not in t:
        t.append("emoji")
    if lang == "hi-Latn" and DEV.search(text):
        t.append("script-mix")
    if lang == "hi" and LAT.search(text):
        t.append("script-mix")
    return t


def main():
    out = {l: [] for l in LANGS.values()}
    g = 0
    for level in ("high", "medium", "low"):
        stream_n = {}
        p = os.path.join(HERE, "src", level + ".txt")
        if not os.path.exists(p):
            continue
        for b in blocks(p):
            g += 1
            keys = sorted(b["posts"])
            stream = "tri" if len(keys) == 3 else "+".join(keys)
            stream_n[stream] = stream_n.get(stream, 0) + 1
            split = "dev" if stream_n[stream] % 5 == 0 else "train"
            for k in ("en", "hi", "hl"):
                if k not in b["posts"]:
                    continue
                lang = LANGS[k]
                text = b["posts"][k]
                out[lang].append({
                    "id": None, "text": text, "level": level, "lang": lang, "split": split,
                    "tags": auto_tags(b["tags"], text, lang), "source": "v4",
                    "group": "v4-g%04d" % g,
                })
    for lang, rows in out.items():
        with open(os.path.join(HERE, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for i, r in enumerate(rows, 1):
                r["id"] = "v4-%s-%04d" % (lang, i)
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows))


if __name__ == "__main__":
    main()
