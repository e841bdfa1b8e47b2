from lib import *
ids, fold, langs, y = D["ids"], D["fold"], D["langs"], D["y"]
sets = [set(zip(i[3:-1], i[4:])) for i in ids]  # bigrams after the prefix
n = len(sets)
inv = {}
for r, s in enumerate(sets):
    for b in s: inv.setdefault(b, []).append(r)
best = np.zeros(n); parent = list(range(n))
def find(a):
    while parent[a] != a: parent[a] = parent[parent[a]]; a = parent[a]
    return a
for r, s in enumerate(sets):
    cnt = {}
    for b in s:
        for o in inv[b]:
            if o != r: cnt[o] = cnt.get(o, 0) + 1
    for o, c in cnt.items():
        j = c / (len(s) + len(sets[o]) - c)
        if fold[o] != fold[r]: best[r] = max(best[r], j)
        if j >= 0.3: parent[find(r)] = find(o)
for lang in LANGS:
    s = langs == lang
    print(lang, "max bigram-Jaccard with another fold: median %.2f, >=0.3: %.1f%%, >=0.5: %.1f%%" % (np.median(best[s]), 100*(best[s]>=0.3).mean(), 100*(best[s]>=0.5).mean()))
roots = np.array([find(r) for r in range(n)])
import collections
sizes = collections.Counter(roots)
print("clusters", len(sizes), "largest", sizes.most_common(5))
np.save("/tmp/model2_exp/dupclusters.npy", roots)
