"""Is a fact in prose about someone else? The friend who flagged the post, a reporter, an
officer or a helpline: "reported by her friend Rohit (98..., facebook.com/rohit)"."""

from __future__ import annotations

import re

# words naming someone else, then up to a sentence's worth of words before the fact
_OTHER = re.compile(
    r"(?:friend|reporter|reported (?:to us )?by|(?:report|referral|flag) was (?:made|filed|sent|raised) by|flagged by|\b(?:group|page|channel|community) admin|who (?:reported|flagged)\b|informant|complainant|submitted by|officer|inspector|"
    r"constable|\bS\.?H\.?O\b|\bD\.?S\.?P\b|\bDy\.? ?SP\b|cousin|relative|helpline|hotline|toll[- ]free|"
    r"मित्र|दोस्त|शिकायतकर्ता|हेल्पलाइन|रिपोर्ट करने वाल|अधीक्षक|निरीक्षक|थानाधिकारी|थानाप्रभारी|कांस्टेबल|आरक्षी)"
    r"(?:(?!\.\s|[।\n])[^\n]){0,100}$", re.I)


def about_someone_else(text: str, start: int) -> bool:
    """Whether the words before ``text[start]`` on its line say it belongs to someone else."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_OTHER.search(text[max(line_start, start - 140): start]))
