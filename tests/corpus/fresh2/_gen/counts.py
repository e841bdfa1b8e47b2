import json, collections, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
m = json.load(open(os.path.join(D, "manifest.json")))
def c(key, flt=lambda x: True):
    return dict(sorted(collections.Counter(str(x[key]) for x in m if flt(x)).items(), key=lambda kv: -kv[1]))
rep = lambda x: x["kind"] == "platform_report"
out = {"total": len(m), "kind": c("kind"), "layout": c("layout"), "platform (reports)": c("platform", rep),
       "authentic (reports)": c("authentic", rep), "forwarded (reports)": c("forwarded", rep),
       "topic_words (reports)": c("topic_words", rep), "place_kind (reports)": c("place_kind", rep),
       "district (reports)": c("district", rep)}
for k, v in out.items():
    print(f"- **{k}**: {v}")
