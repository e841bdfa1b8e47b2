#!/usr/bin/env python3
"""Check models/data/v5 (stdlib only).

keys, counts (hi-Latn 80 per level, hi and en 50 per level), ids in order, lang / source /
split / group values, groups (one level per group, never in both train and dev, every
5th group of each (level, stream) is dev), 4-60 words, exact duplicates within v5 and
against v4 (normalised text, all languages), a token-overlap near-copy report against v4
(ids and scores only, no text printed), automatic tags up to date, per-level explicit
death-word counts and tag counts.
Exit status 1 on any error.

The death-word list (DEATH_TOKENS, DEATH_PHRASES) is v5's own, written the way v4's
README describes its list: English, Devanagari and romanized tokens and a few phrases,
matched on tokens of every post whatever its language. Euphemisms (upar chala jaunga,
hamesha ke liye so jaunga, ramji ke paas, kuan / tanka / patri, pankha, chunni) are
deliberately not in it.
"""
import json, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "hi", "hi-Latn"]
LEVELS = ["high", "medium", "low"]
KEYS = {"id", "text", "level", "lang", "split", "tags", "source", "group"}
PER_LEVEL = {"en": 50, "hi": 50, "hi-Latn": 80}
MIN_WORDS, MAX_WORDS = 4, 60

_TOKEN = re.compile(r"[0-9a-z\u0900-\u0963\u0966-\u097f\u200c\u200d]+")


def tokens(text):
    """Lower-case tokens; Devanagari kept whole (matras included), nukta dropped."""
    t = unicodedata.normalize("NFC", text).lower()
    t = unicodedata.normalize("NFD", t).replace("\u093c", "")
    t = unicodedata.normalize("NFC", t)
    return _TOKEN.findall(t)


def _n(w):
    return " ".join(tokens(w))


DEATH_TOKENS = {_n(w) for w in """
die dies died dying dead death deaths suicide suicides suicidal
मर मरना मरने मरा मरी मरे मरूं मरूँ मरूंगा मरूंगी मरूँगा मरूँगी मरता मरती मरते मौत मौतें
मृत्यु मरण आत्महत्या खुदकुशी ख़ुदकुशी लाश
mar marna marne marunga marungi marun marta marti marte maut mout mrityu maran
khudkushi khudkhushi aatmhatya atmhatya aatmahatya laash
""".split()}

# phrases: tuples of tokens; a trailing '*' means "token starts with"
DEATH_PHRASES = [tuple(_n(w) if not w.endswith("*") else _n(w[:-1]) + "*" for w in p.split())
                 for p in """
kill myself|killing myself|killed myself|kill himself|killed himself|kill herself|killed herself
end my life|ending my life|end it all|end their life|ending their life|end their lives
take my life|took my life|take his life|took his life|took her life|took their lives
जान दे*|जान दी|खुद को मार*|ज़िंदगी खत्म|जिंदगी खत्म|ज़िंदगी ख़त्म
jaan de*|jaan di|khud ko maar*|zindagi khatam|jindagi khatam|zindagi khatm
""".replace("\n", "|").split("|") if p.strip()]


def _match(tok, pat):
    return tok.startswith(pat[:-1]) if pat.endswith("*") else tok == pat


def has_death_word(text):
    ts = tokens(text)
    if any(t in DEATH_TOKENS for t in ts):
        return True
    for ph in DEATH_PHRASES:
        k = len(ph)
        for i in range(len(ts) - k + 1):
            if all(_match(ts[i + j], ph[j]) for j in range(k)):
                return True
    return False


EMOJI = ["💊", "🩸", "🪢", "🔪", "😵", "🧪", "🔥", "🚆", "🚂", "🩹"]
SMS = set("nhi ni h kr mje mjhe bs mt tk pta rha rhi rhe gya gyi gye plz msg yr krna krta krti "
          "krunga krungi kro hmari hmara bht sb sbko sbke ghr abi lgta lgti skti skta".split())
DEVANAGARI = re.compile(r"[\u0900-\u097f]")
LATIN = re.compile(r"[A-Za-z]")


def auto_tags(text, lang):
    tags = ["explicit" if has_death_word(text) else "no-explicit-words"]
    if (lang == "hi-Latn" and DEVANAGARI.search(text)) or (lang == "hi" and LATIN.search(text)):
        tags.append("script-mix")
    if any(e in text for e in EMOJI):
        tags.append("emoji")
    if lang == "hi-Latn" and any(t in SMS for t in tokens(text)):
        tags.append("sms-spelling")
    return tags


AUTO = {"explicit", "no-explicit-words", "script-mix", "emoji", "sms-spelling"}

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
    v4 = {}
    v4dir = os.path.join(HERE, "..", "v4")
    for l in LANGS:
        p = os.path.join(v4dir, l + ".jsonl")
        if os.path.exists(p):
            for r in load(p):
                v4[norm(r["text"])] = r.get("id")
        else:
            errors.append("v4 file missing: %s" % p)
    v4_tok = [(set(k.split()), i) for k, i in v4.items()]
    seen = {}
    group_split = defaultdict(set)
    group_level = defaultdict(set)
    group_langs = defaultdict(set)
    table = {}
    tagc = {l: Counter() for l in LANGS}
    words = {l: [] for l in LANGS}
    near = []
    all_rows = []
    for l in LANGS:
        rows = load(os.path.join(HERE, l + ".jsonl"))
        for i, r in enumerate(rows, 1):
            if set(r) != KEYS:
                errors.append("%s keys %s" % (r.get("id"), sorted(set(r) ^ KEYS)))
                continue
            all_rows.append(r)
            if r["id"] != "v5-%s-%04d" % (l, i):
                errors.append("id out of order: %s (expected v5-%s-%04d)" % (r["id"], l, i))
            if r["lang"] != l or r["source"] != "v5" or r["level"] not in LEVELS:
                errors.append("%s bad lang/source/level" % r["id"])
            if r["split"] not in ("train", "dev"):
                errors.append("%s bad split" % r["id"])
            if not re.fullmatch(r"v5-g\d{4}", r["group"]):
                errors.append("%s bad group" % r["id"])
            if not isinstance(r["tags"], list) or len(set(r["tags"])) != len(r["tags"]):
                errors.append("%s bad or repeated tags" % r["id"])
            n = len(r["text"].split())
            words[l].append(n)
            if not MIN_WORDS <= n <= MAX_WORDS:
                errors.append("%s has %d words" % (r["id"], n))
            k = norm(r["text"])
            if k in seen:
                errors.append("%s duplicates %s" % (r["id"], seen[k]))
            seen[k] = r["id"]
            if k in v4:
                errors.append("%s duplicates v4 %s" % (r["id"], v4[k]))
            ts = set(k.split())
            best, bid = 0.0, None
            for s, vid in v4_tok:
                j = len(ts & s) / len(ts | s) if ts | s else 0
                if j > best:
                    best, bid = j, vid
            if best >= 0.6:
                near.append((r["id"], bid, best))
            want = set(auto_tags(r["text"], l))
            have = set(r["tags"]) & AUTO
            if want != have:
                errors.append("%s automatic tags out of date (%s)" % (r["id"], sorted(want ^ have)))
            exp = "explicit" in want
            group_split[r["group"]].add(r["split"])
            group_level[r["group"]].add(r["level"])
            group_langs[r["group"]].add(l)
            table.setdefault((l, r["level"]), Counter())[("n", r["split"])] += 1
            table[(l, r["level"])]["explicit"] += exp
            tagc[l].update(r["tags"])
        c = Counter(r["level"] for r in rows)
        for lv in LEVELS:
            if c[lv] != PER_LEVEL[l]:
                errors.append("%s %s: %d posts, want %d" % (l, lv, c[lv], PER_LEVEL[l]))
    for g, s in group_split.items():
        if len(s) > 1:
            errors.append("group %s in both train and dev" % g)
        if len(group_level[g]) > 1:
            errors.append("group %s has several levels" % g)
        if len(group_langs[g]) == 2:
            errors.append("group %s has two languages (want one or three)" % g)
    # every 5th group of each (level, stream) is dev; groups numbered in writing order
    streams = defaultdict(list)
    for g in sorted(group_split):
        langs = group_langs[g]
        stream = "all3" if len(langs) == 3 else next(iter(langs))
        streams[(next(iter(group_level[g])), stream)].append(g)
    for key, gs in sorted(streams.items()):
        for n, g in enumerate(gs, 1):
            want = "dev" if n % 5 == 0 else "train"
            if group_split[g] != {want}:
                errors.append("group %s (%s %s #%d) should be %s" % (g, key[0], key[1], n, want))

    print("| lang | level | train | dev | explicit death word |")
    print("| --- | --- | ---: | ---: | ---: |")
    for l in LANGS:
        for lv in LEVELS:
            t = table.get((l, lv), Counter())
            tot = t[("n", "train")] + t[("n", "dev")]
            print("| %s | %s | %d | %d | %d/%d (%d%%) |" % (
                l, lv, t[("n", "train")], t[("n", "dev")], t["explicit"], tot,
                100 * t["explicit"] / tot if tot else 0))
    print()
    print("groups per (level, stream):", ", ".join(
        "%s/%s %d" % (k[0], k[1], len(v)) for k, v in sorted(streams.items())))
    n3 = sum(1 for g in group_langs if len(group_langs[g]) == 3)
    print("groups: %d, in all three languages: %d (%.0f%%)" % (
        len(group_langs), n3, 100.0 * n3 / max(1, len(group_langs))))
    for l in LANGS:
        w = words[l]
        if w:
            print("%s words: min %d max %d mean %.1f, >=35: %d" % (
                l, min(w), max(w), sum(w) / len(w), sum(1 for x in w if x >= 35)))
    print()
    alltags = sorted(set().union(*[set(c) for c in tagc.values()]),
                     key=lambda t: (-sum(tagc[l][t] for l in LANGS), t))
    print("| tag | en | hi | hi-Latn |")
    print("| --- | ---: | ---: | ---: |")
    for t in alltags:
        print("| %s | %d | %d | %d |" % (t, tagc["en"][t], tagc["hi"][t], tagc["hi-Latn"][t]))
    print()
    for rid, vid, j in near:
        print("near v4 (jaccard %.2f): %s ~ %s" % (j, rid, vid))
    print("near-copies of v4 (jaccard >= 0.6): %d" % len(near))
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
