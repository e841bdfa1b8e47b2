#!/usr/bin/env python3
"""Print counts of the fresh6 corpus (stdlib only)."""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
E = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "*.expected.json")))]
rep = [e for e in E if e["kind"] == "platform_report"]
print("mails:", len(E))
print("by kind:", dict(collections.Counter(e["kind"] for e in E)))
print("report layouts (%d):" % len({e["layout"] for e in rep}), dict(sorted(collections.Counter(e["layout"] for e in rep).items())))
print("other layouts:", sorted({e["layout"] for e in E if e["kind"] != "platform_report"}))
print("reports by platform:", dict(collections.Counter(e["platform"] for e in rep)))
print("reports authentic / not:", sum(e["authentic"] for e in rep), "/", sum(not e["authentic"] for e in rep))
print("reports forwarded:", sum(e["forwarded"] for e in rep))
print("reports with topic words / without:", sum(e["topic_words"] for e in rep), "/", sum(not e["topic_words"] for e in rep))
places = {e["place"] for e in rep if e["place"]}
print("distinct places:", len(places))
d = collections.Counter(e["district"] for e in rep if e["district"])
print("districts covered: %d" % len(d), dict(sorted(d.items())))
print("min reports per district:", min(d.values()))
print("outside Rajasthan:", sum(e["outside_rajasthan"] for e in rep))
print("police_district set:", dict(collections.Counter(e["police_district"] for e in rep if e["police_district"])))
print("place kinds:", dict(collections.Counter(e["place_kind"] for e in rep)))
print("traps:", dict(sorted(collections.Counter(t for e in E for t in e["traps"]).items())))
print("reports with post_time / ips with seen_at:", sum(bool(e["post_time"]) for e in rep), "/",
      sum(1 for e in rep for i in e["ips"] if i["seen_at"]), "of", sum(len(e["ips"]) for e in rep))
print("IPv6 sightings:", sum(1 for e in rep for i in e["ips"] if ":" in i["ip"]))
