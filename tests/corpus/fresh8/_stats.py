#!/usr/bin/env python3
"""Counts of the fresh8 corpus (stdlib only): python3 _stats.py"""
import collections
import glob
import json
import os

import _cases as K
import _gen as G

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ex = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "[0-9]*.expected.json")))]
    rep = [e for e in ex if e["kind"] == "platform_report"]
    kinds = collections.Counter(e["kind"] for e in ex)
    ordinary = {n for n, _, o, _ in G.REPORT_LAYOUTS if o}
    print(f"mails: {len(ex)}  " + ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items())))
    lay = collections.Counter(e["layout"] for e in rep)
    n_ord = sum(v for k, v in lay.items() if k in ordinary)
    print(f"report layouts: {len(lay)} ({len([k for k in lay if k in ordinary])} ordinary shapes with {n_ord} reports, "
          f"{len([k for k in lay if k not in ordinary])} new shapes with {len(rep) - n_ord} reports)")
    print("authentic reports:", sum(e["authentic"] for e in rep), " police forwards:", sum(e["forwarded"] for e in rep),
          " inauthentic platform-shaped:", sum((not e["authentic"]) and not e["forwarded"] for e in rep))
    print("platforms:", dict(collections.Counter(e["platform"] for e in rep)))
    print("reports with topic words:", sum(e["topic_words"] for e in rep), " without:", sum(not e["topic_words"] for e in rep))
    places = {e["place"] for e in rep if e["place"]}
    dist = collections.Counter(e["district"] for e in rep if e["district"])
    print(f"distinct places: {len(places)}  districts covered: {len(dist)}/41  min reports per district: "
          f"{min(dist.get(d, 0) for d in K.DISTRICTS)}")
    print("outside Rajasthan:", sum(e["outside_rajasthan"] for e in rep),
          " with police_district:", sum(1 for e in rep if e["police_district"]))
    print("place_kind:", dict(sorted(collections.Counter(e["place_kind"] for e in rep).items())))
    print("fields filled (reports):")
    for k in ["reference", "subject_name", "phones", "emails", "ips", "profile_urls", "usernames", "user_ids",
              "post_text", "post_time", "place"]:
        print(f"  {k}: {sum(1 for e in rep if e[k])}")
    ips = [i for e in rep for i in e["ips"]]
    print(f"  ip sightings: {len(ips)} (v6: {sum(':' in i['ip'] for i in ips)}, with time: {sum(1 for i in ips if i['seen_at'])})")
    print(f"  phones: {sum(len(e['phones']) for e in rep)}")
    tr = collections.Counter(t for e in ex for t in e["traps"])
    print("traps (all mails):", dict(sorted(tr.items())))
    print("layouts:")
    for k in sorted(lay, key=lambda x: (x not in ordinary, x)):
        print(f"  {'ordinary' if k in ordinary else 'new     '}  {k}: {lay[k]}")
    for kind in ("platform_notice", "other"):
        print(f"{kind} layouts:", ", ".join(sorted(e["layout"] for e in ex if e["kind"] == kind)))


if __name__ == "__main__":
    main()
