"""Trim the XLM-R unigram vocabulary to the scripts Rajasthan posts use.

Posts come in English, Hindi (Devanagari) and romanized Hindi with emoji. Keeping only
pieces made of Latin, Devanagari, digits, punctuation and symbols/emoji halves the
embedding table (the bulk of the model) without changing how such text is tokenized:
a unigram segmentation only uses pieces whose characters occur in the text, so dropping
pieces of other scripts cannot change the ids of text written in the kept ones.
Text in other scripts falls back to ``<unk>`` pieces (documented in the card).
"""

from __future__ import annotations

import copy
import json

KEEP_RANGES = (
    (0x0000, 0x024F),  # ASCII, Latin-1, Latin Extended-A/B
    (0x02B0, 0x036F),  # spacing modifiers, combining diacritics
    (0x0900, 0x097F),  # Devanagari
    (0x1CD0, 0x1CFF),  # Vedic extensions
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x2BFF),  # punctuation, currency (₹), arrows, symbols, ▁, dingbats
    (0x3000, 0x303F),  # CJK punctuation used in emoticons
    (0xA8E0, 0xA8FF),  # Devanagari Extended
    (0xFE00, 0xFE0F),  # variation selectors (emoji)
    (0xFF00, 0xFFEF),  # full-width forms
    (0x1F000, 0x1FAFF),  # emoji and pictographs
)


def _kept_char(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in KEEP_RANGES)


def keep_piece(piece: str) -> bool:
    return all(_kept_char(ch) for ch in piece)


def trim_tokenizer(tokenizer: dict) -> tuple[dict, list[int]]:
    """Return the trimmed tokenizer.json data and old ids of the kept pieces, in new-id order.

    Special tokens (<s>, <pad>, </s>, <unk>, <mask>) are always kept.
    """
    model = tokenizer["model"]
    if model.get("type") != "Unigram":
        raise ValueError("expected a Unigram tokenizer")
    specials = {tok["content"] for tok in tokenizer.get("added_tokens", [])}
    vocab = model["vocab"]
    kept = [i for i, (piece, _score) in enumerate(vocab) if piece in specials or keep_piece(piece)]
    new_id = {old: new for new, old in enumerate(kept)}
    out = copy.deepcopy(tokenizer)
    out["model"]["vocab"] = [vocab[i] for i in kept]
    out["model"]["unk_id"] = new_id[model["unk_id"]]
    for tok in out.get("added_tokens", []):
        tok["id"] = new_id[tok["id"]]
    specials_pp = (out.get("post_processor") or {}).get("special_tokens", {})
    for entry in specials_pp.values():
        entry["ids"] = [new_id[i] for i in entry["ids"]]
    return out, kept


def dumps(tokenizer: dict) -> bytes:
    """Deterministic serialisation (same input, same bytes)."""
    return json.dumps(tokenizer, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8")
