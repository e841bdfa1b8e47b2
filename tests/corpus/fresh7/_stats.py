#!/usr/bin/env python3
"""Counts of the fresh7 corpus."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
exps = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.expected.json")))]
rep = [e for e in exps if e["kind"] == "platform_report"]
print("mails:", len(exps))
print("by kind:", dict(collections.Counter(e["kind"] for e in exps)))
print("report layouts:", len({e["layout"] for e in rep}))
print("notice/other layouts:", len({e["layout"] for e in exps if e["kind"] != "platform_report"}))
print("reports without topic words:", sum(not e["topic_words"] for e in rep), "of", len(rep))
print("authentic reports:", sum(e["authentic"] for e in rep), " forwarded:", sum(e["forwarded"] for e in rep),
      " inauthentic non-forwarded:", sum((not e["authentic"]) and not e["forwarded"] for e in rep))
print("platforms:", dict(collections.Counter(e["platform"] for e in rep)))
places = {e["place"] for e in rep if e["place"]}
print("distinct places:", len(places))
d = collections.Counter(e["district"] for e in rep if e["district"])
print("districts covered:", len(d), " min per district:", min(d.values()))
print("outside Rajasthan:", sum(e["outside_rajasthan"] for e in rep), " post_only:",
      sum(e["place_kind"] == "post_only" for e in rep))
print("place kinds:", dict(collections.Counter(e["place_kind"] for e in rep)))
print("police_district set:", dict(collections.Counter(e["police_district"] for e in rep if e["police_district"])))
print("traps:", dict(collections.Counter(t for e in exps for t in e["traps"])))
print("ips:", sum(len(e["ips"]) for e in rep), " with seen_at:", sum(1 for e in rep for i in e["ips"] if i["seen_at"]),
      " ipv6:", sum(1 for e in rep for i in e["ips"] if ":" in i["ip"]))
print("layout counts:", dict(sorted(collections.Counter(e["layout"] for e in rep).items())))
