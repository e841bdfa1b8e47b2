"""The model card as the runtime reads it (models/risk/card.toml) and the level rule.

Two decisions from the model's own probabilities (issue 14): the escalation tier from
``P(high)``, triage (is there any risk) from ``p_risk = 1 - P(low)``. Thresholds are per
language because one cut does not fit romanised Hindi and English alike; a post whose
language is unknown or mixed gets the strictest (lowest) of them, the safe side.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from daemon.core.risk import RiskLevel

MAX_TOKENS = 512  # the encoder's position limit
LABELS = ("low", "medium", "high")
LANGS = ("en", "hi", "hi-Latn")


class ModelError(Exception):
    """The model directory cannot give a trustworthy scorer (the message says why)."""


@dataclass(frozen=True)
class Thresholds:
    high: float  # on P(high): level high at or above
    medium: float  # on p_risk = 1 - P(low): level medium at or above (when not high)


@dataclass(frozen=True)
class ModelCard:
    """What the runtime needs from card.toml: file hashes, output labels and thresholds."""

    model_sha256: str
    tokenizer_sha256: str
    labels: tuple[str, ...]
    medium_weight: float
    fallback: Thresholds  # unknown or mixed language: the strictest of the languages
    prefix: str
    max_tokens: int
    by_lang: dict[str, Thresholds] = field(default_factory=dict)

    def thresholds(self, lang: str | None) -> Thresholds:
        return self.by_lang.get(lang or "", self.fallback)


def level_for(p_high: float, p_risk: float, thresholds: Thresholds) -> RiskLevel:
    if p_high >= thresholds.high:
        return RiskLevel.HIGH
    if p_risk >= thresholds.medium:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW


def read_card(path: Path) -> ModelCard:
    """Parse card.toml; raises ModelError naming the key that is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelError(f"model card {path} unreadable: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"model card {path} is not valid TOML: {exc}") from None

    def get(table: dict, where: str, key: str, kind: type):
        value = table.get(key) if isinstance(table, dict) else None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ModelError(f"model card: [{where}] {key} missing or not a {kind.__name__}")
        return value

    def section(name: str) -> dict:
        value = data.get(name, {})
        return value if isinstance(value, dict) else {}

    def thresholds(table: dict, where: str) -> Thresholds:
        pair = Thresholds(get(table, where, "high", float), get(table, where, "medium", float))
        if not (0.0 <= pair.high <= 1.0 and 0.0 <= pair.medium <= 1.0):
            raise ModelError(f"model card: [{where}] thresholds must be within 0..1")
        return pair

    labels = tuple(get(section("model"), "model", "labels", list))
    if labels != LABELS:
        raise ModelError(f"model card: [model] labels must be {list(LABELS)}, got {list(labels)}")
    table = section("thresholds")
    if table.get("on") != "p_high, p_risk":
        raise ModelError('model card: [thresholds] on must be "p_high, p_risk" (a card from an older build: '
                         "run `make model-train`)")
    by_lang = {lang: thresholds(table[lang], f"thresholds.{lang}") for lang in LANGS if isinstance(table.get(lang), dict)}
    fallback = thresholds(table, "thresholds")
    if by_lang and any(fallback.high > t.high or fallback.medium > t.medium for t in by_lang.values()):
        raise ModelError("model card: [thresholds] high/medium must be the strictest (lowest) of the languages'")
    card = ModelCard(
        model_sha256=get(section("artifacts"), "artifacts", "model_sha256", str),
        tokenizer_sha256=get(section("artifacts"), "artifacts", "tokenizer_sha256", str),
        labels=labels,
        medium_weight=get(section("score"), "score", "medium_weight", float),
        fallback=fallback,
        prefix=get(section("model"), "model", "prefix", str),
        max_tokens=get(section("model"), "model", "max_tokens", int),
        by_lang=by_lang,
    )
    if not 2 < card.max_tokens <= MAX_TOKENS:
        raise ModelError(f"model card: [model] max_tokens must be in 3..{MAX_TOKENS}")
    return card
