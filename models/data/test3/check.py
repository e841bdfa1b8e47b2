#!/usr/bin/env python3
"""Stdlib-only checker for the test3 held-out post set.

Checks: exact key set, id format/uniqueness, lang/split/source values, level
counts (34/33/33 per language), 5-60 words, no exact or near-duplicate texts,
group sharing limit (<= half of ideas in more than one language), and prints
the counts plus an explicit-death-word table per language and level.
"""
import json, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "hi", "hi-Latn"]
LEVELS = ["high", "medium", "low"]
WANT = {"high": 34, "medium": 33, "low": 33}
KEYS = {"id", "text", "level", "lang", "split", "tags", "source", "group"}

# ---- explicit death / suicide words (used for the balance table) ----
_LATIN_TOKENS = re.compile(
    r"^(suicid\w*|die|dies|died|dying|death\w*|dead|deadly|kill|kills|killed|killing|killer|"
    r"mar|mara|mari|mare|marna|marne|marni|marunga|marungi|marega|maregi|marenge|marta|marti|"
    r"marte|maru|marun|maroon|marr|margaya|margayi|marjaunga|marjaungi|"
    r"maran|maut|khatam|khatm|khtm|khatum|aatmhatya|atmhatya|khudkushi|khudkhushi)$")
_LATIN_PHRASES = re.compile(
    r"\b(end my life|ending my life|end it|ending it|end myself|jaan de\w*|jaan dunga|jaan dungi|"
    r"jaan le\w*|maar da?la\w*|maar dunga|maar dungi|maar de\w*)\b")
_DEV_TOKENS = re.compile(
    r"^(मर|मरना|मरने|मरनी|मरूँगा|मरूंगा|मरूँगी|मरूंगी|मरुंगा|मरुंगी|मरा|मरी|मरे|मरता|मरती|मरते|"
    r"मरण|मरेगा|मरेगी|मरेंगे|मरो|मरूँ|मरूं|मरू|मरु|मरजाऊँ|मौत|मृत्यु|आत्महत्या|खुदकुशी|ख़ुदकुशी|"
    r"खत्म|ख़त्म|खतम|ख़तम|सुसाइड|मरस्यूं|मरसूं)$")
_DEV_PHRASES = re.compile(r"(जान दे|जान दूँ|जान दूं|जान ले|जान लेगा|मार डाल|मार दूँ|मार दूं|मार दे)")
_SPLIT = re.compile(r"[\s\.,!?;:\"'()\[\]\-…|।/~*_+=<>]+")


def explicit_hits(text):
    t = unicodedata.normalize("NFC", text).lower()
    hits = []
    for tok in _SPLIT.split(t):
        if tok and (_LATIN_TOKENS.match(tok) or _DEV_TOKENS.match(tok)):
            hits.append(tok)
    hits += [m.group(0) for m in _LATIN_PHRASES.finditer(t)]
    hits += [m.group(0) for m in _DEV_PHRASES.finditer(t)]
    return hits


def words(text):
    return [w for w in text.split() if re.search(r"\w", w)]


def norm(text):
    t = unicodedata.normalize("NFC", text).lower()
    return re.sub(r"[^\w\u0900-\u097f]+", " ", t).strip()


def shingles(text, n=3):
    w = norm(text).split()
    return {tuple(w[i:i + n]) for i in range(max(1, len(w) - n + 1))}


def main():
    errors = []
    rows = []
    for lang in LANGS:
        path = os.path.join(HERE, f"{lang}.jsonl")
        if not os.path.exists(path):
            errors.append(f"missing {lang}.jsonl")
            continue
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    r = json.loads(line)
                except Exception as e:
                    errors.append(f"{lang}:{ln} bad json {e}")
                    continue
                if set(r) != KEYS:
                    errors.append(f"{lang}:{ln} keys {sorted(r)}")
                if r.get("lang") != lang:
                    errors.append(f"{lang}:{ln} lang {r.get('lang')}")
                if r.get("level") not in LEVELS:
                    errors.append(f"{lang}:{ln} level {r.get('level')}")
                if r.get("split") != "test3" or r.get("source") != "test3":
                    errors.append(f"{lang}:{ln} split/source")
                if not re.fullmatch(rf"test3-{re.escape(lang)}-\d{{4}}", r.get("id", "")):
                    errors.append(f"{lang}:{ln} id {r.get('id')}")
                if not re.fullmatch(r"test3-g\d{4}", r.get("group", "")):
                    errors.append(f"{lang}:{ln} group {r.get('group')}")
                if not isinstance(r.get("tags"), list) or not r["tags"] or \
                        not all(isinstance(t, str) and t for t in r["tags"]):
                    errors.append(f"{lang}:{ln} tags")
                n = len(words(r.get("text", "")))
                if not 5 <= n <= 60:
                    errors.append(f"{lang}:{ln} {n} words")
                rows.append(r)
    ids = Counter(r["id"] for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    texts = Counter(norm(r["text"]) for r in rows)
    errors += [f"duplicate text {t[:50]}" for t, c in texts.items() if c > 1]
    # near duplicates within a language (3-gram Jaccard)
    by_lang = defaultdict(list)
    for r in rows:
        by_lang[r["lang"]].append((r["id"], shingles(r["text"])))
    for lang, lst in by_lang.items():
        for i in range(len(lst)):
            for j in range(i + 1, len(lst)):
                a, b = lst[i][1], lst[j][1]
                jac = len(a & b) / max(1, len(a | b))
                if jac >= 0.5:
                    errors.append(f"near-duplicate {lst[i][0]} {lst[j][0]} jaccard={jac:.2f}")
    # level counts
    cnt = Counter((r["lang"], r["level"]) for r in rows)
    for lang in LANGS:
        for lv in LEVELS:
            if cnt[(lang, lv)] != WANT[lv]:
                errors.append(f"count {lang} {lv} = {cnt[(lang, lv)]}, want {WANT[lv]}")
    # groups: level consistent; share of ideas in >1 language
    g_lang = defaultdict(set)
    g_level = defaultdict(set)
    for r in rows:
        g_lang[r["group"]].add(r["lang"])
        g_level[r["group"]].add(r["level"])
    for g, lv in g_level.items():
        if len(lv) > 1:
            errors.append(f"group {g} mixes levels {lv}")
    for g, ls in g_lang.items():
        pass
    multi = sum(1 for ls in g_lang.values() if len(ls) > 1)
    ideas = len(g_lang)
    if multi > ideas / 2:
        errors.append(f"{multi}/{ideas} ideas appear in more than one language (> half)")
    # within a group, at most one post per language
    gl = Counter((r["group"], r["lang"]) for r in rows)
    errors += [f"group {g} has {c} posts in {l}" for (g, l), c in gl.items() if c > 1]
    # explicit tag consistency
    for r in rows:
        e = bool(explicit_hits(r["text"]))
        if e and "explicit" not in r["tags"]:
            errors.append(f"{r['id']} has explicit words but no 'explicit' tag")
        if not e and "no-explicit-words" not in r["tags"]:
            errors.append(f"{r['id']} lacks explicit words but no 'no-explicit-words' tag")

    print(f"posts: {len(rows)}   ideas (groups): {ideas}   in >1 language: {multi}")
    print("\ncounts per language and level")
    print(f"{'lang':8} " + " ".join(f"{lv:>7}" for lv in LEVELS) + "   total")
    for lang in LANGS:
        print(f"{lang:8} " + " ".join(f"{cnt[(lang, lv)]:7d}" for lv in LEVELS)
              + f"   {sum(cnt[(lang, lv)] for lv in LEVELS):5d}")
    print("\nposts containing explicit death/suicide words (count/total, %)")
    print(f"{'lang':8} {'high':>12} {'medium':>12} {'high+med':>12} {'low':>12}")
    for lang in LANGS + ["all"]:
        def stat(levels):
            sel = [r for r in rows if (lang == "all" or r["lang"] == lang) and r["level"] in levels]
            k = sum(1 for r in sel if explicit_hits(r["text"]))
            return f"{k}/{len(sel)} {100 * k / max(1, len(sel)):3.0f}%"
        print(f"{lang:8} {stat(['high']):>12} {stat(['medium']):>12} "
              f"{stat(['high', 'medium']):>12} {stat(['low']):>12}")
    tc = Counter(t for r in rows for t in r["tags"])
    print("\ntag counts")
    print(", ".join(f"{t}={c}" for t, c in sorted(tc.items(), key=lambda x: (-x[1], x[0]))))
    wl = [len(words(r["text"])) for r in rows]
    print(f"\nwords per post: min {min(wl)} max {max(wl)} mean {sum(wl) / len(wl):.1f}")
    if errors:
        print(f"\n{len(errors)} PROBLEM(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
