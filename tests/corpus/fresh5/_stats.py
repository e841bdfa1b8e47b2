"""Prints the corpus counts used in README.md."""
import json, glob, collections, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
E = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob("*.expected.json"))]
R = [e for e in E if e["kind"] == "platform_report"]
print("mails", len(E), dict(collections.Counter(e["kind"] for e in E)))
print("reports without topic words: %.0f%%" % (100 * sum(not e["topic_words"] for e in R) / len(R)))
print("authentic/forwarded", dict(collections.Counter(f"auth={e['authentic']} fwd={e['forwarded']}" for e in R)))
print("platforms", dict(collections.Counter(e["platform"] for e in R)))
print("layouts: reports", len(set(e["layout"] for e in R)), "all", len(set(e["layout"] for e in E)))
print("place kinds", dict(collections.Counter(e["place_kind"] for e in R)))
dc = collections.Counter(e["district"] for e in R if e["district"])
print("districts", len(dc), "min per district", min(dc.values()))
print("distinct places", len(set(e["place"] for e in R if e["place"])))
print("traps", dict(collections.Counter(t for e in R for t in e["traps"])))
print("ips", sum(len(e["ips"]) for e in R), "ipv6", sum(":" in i["ip"] for e in R for i in e["ips"]),
      "no seen_at", sum(i["seen_at"] is None for e in R for i in e["ips"]))
print("null reference", sum(e["reference"] is None for e in R), "null name", sum(e["subject_name"] is None for e in R),
      "null post", sum(e["post_text"] is None for e in R), "null post_time", sum(e["post_time"] is None for e in R))
