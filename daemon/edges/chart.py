"""The daily summary's chart: a PNG drawn with matplotlib (Agg, no display), inlined in the
summary mail's HTML part by Content-ID and written by ``lifeline summary --html``."""

from __future__ import annotations

import io

from daemon.core.summary import Summary

RISK_ORDER = ("high", "unknown", "medium", "low")
COLOURS = {"high": "#c0392b", "unknown": "#8e44ad", "medium": "#e67e22", "low": "#27ae60"}


def chart_png(summary: Summary) -> bytes:
    """Left: the day's cases by risk. Right: median and p90 minutes to acknowledge by district."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 3.6), dpi=100)
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": (1, 1.6)})
    risk = dict(summary.by_risk)
    levels = [lv for lv in RISK_ORDER if lv in risk] or list(RISK_ORDER[:1])
    left.bar([lv.upper() for lv in levels], [risk.get(lv, 0) for lv in levels],
             color=[COLOURS.get(lv, "#555") for lv in levels])
    left.set_title(f"Cases by risk, {summary.day:%d %b %Y}")
    left.set_ylabel("cases")
    left.tick_params(axis="x", labelsize=8)
    districts = [d for d, row in summary.times if row["acknowledge"].n]
    med = [dict(summary.times)[d]["acknowledge"].median / 60 for d in districts]
    p90 = [dict(summary.times)[d]["acknowledge"].p90 / 60 for d in districts]
    ys = range(len(districts))
    right.barh([y + 0.2 for y in ys], p90, height=0.4, color="#f5b7b1", label="p90")
    right.barh([y - 0.2 for y in ys], med, height=0.4, color="#c0392b", label="median")
    right.set_yticks(list(ys), districts)
    right.set_xlabel("minutes from report to acknowledgement")
    right.set_title("Time to acknowledge by district")
    if districts:
        right.legend(loc="lower right")
    else:
        right.text(0.5, 0.5, "no acknowledgement that day", ha="center", va="center", transform=right.transAxes)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
