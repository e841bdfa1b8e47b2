"""Risk scoring: the RiskScorer interface, and the fail-safe stand-in.

A scorer maps post texts to scores. Anything that goes wrong gives ``unknown``, which
escalation treats as high: a broken model must never make a crisis look calm.

The real scorer (``OnnxScorer``, via ``load_scorer``) runs one ONNX graph built by
``make model`` (models/tools): multilingual-e5-small encoder, int8, + a trained head that
outputs P(low, medium, high). score = P(high) + w * P(medium); thresholds come from the
model card, whose sha256s must match the files, so a swapped or damaged model is refused.
"""

from __future__ import annotations

import hashlib
import logging
import math
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from daemon.core.risk import RiskLevel, RiskScore
from daemon.risk.scorer import RiskScorer, UnknownScorer


# --------------------------------------------------------------------------------------
# The ONNX scorer: multilingual-e5-small encoder + trained head, one graph (see models/).

log = logging.getLogger("lifeline.risk")

PREFIX = "query: "  # e5's card: use "query: " for embeddings used as features (linear probing)
MAX_TOKENS = 512  # the encoder's position limit; longer posts are cut (card says so)
BATCH_SIZE = 16
PAD_ID_FALLBACK = 1
MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
CARD_FILE = "card.toml"
LABELS = ("low", "medium", "high")


@dataclass(frozen=True)
class ModelCard:
    """What the runtime needs from card.toml: file hashes, output labels and thresholds."""

    model_sha256: str
    tokenizer_sha256: str
    labels: tuple[str, ...]
    medium_weight: float
    threshold_high: float
    threshold_medium: float
    prefix: str
    max_tokens: int


class ModelError(Exception):
    """The model directory cannot give a trustworthy scorer (the message says why)."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_card(path: Path) -> ModelCard:
    """Parse card.toml; raises ModelError naming the key that is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelError(f"model card {path} unreadable: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"model card {path} is not valid TOML: {exc}") from None

    def get(section: str, key: str, kind: type):
        value = data.get(section, {}).get(key) if isinstance(data.get(section), dict) else None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ModelError(f"model card: [{section}] {key} missing or not a {kind.__name__}")
        return value

    labels = tuple(get("model", "labels", list))
    if labels != LABELS:
        raise ModelError(f"model card: [model] labels must be {list(LABELS)}, got {list(labels)}")
    card = ModelCard(
        model_sha256=get("artifacts", "model_sha256", str),
        tokenizer_sha256=get("artifacts", "tokenizer_sha256", str),
        labels=labels,
        medium_weight=get("score", "medium_weight", float),
        threshold_high=get("thresholds", "high", float),
        threshold_medium=get("thresholds", "medium", float),
        prefix=get("model", "prefix", str),
        max_tokens=get("model", "max_tokens", int),
    )
    if not 0.0 <= card.threshold_medium <= card.threshold_high <= 1.0:
        raise ModelError("model card: thresholds must satisfy 0 <= medium <= high <= 1")
    if not 2 < card.max_tokens <= MAX_TOKENS:
        raise ModelError(f"model card: [model] max_tokens must be in 3..{MAX_TOKENS}")
    return card


def level_for(score: float, card: ModelCard) -> RiskLevel:
    if score >= card.threshold_high:
        return RiskLevel.HIGH
    if score >= card.threshold_medium:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW


def configure_tokenizer(tokenizer, max_tokens: int) -> None:
    """Truncate to the encoder's limit; padding is done by encode_texts."""
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_tokens)


def encode_texts(tokenizer, texts: Sequence[str], prefix: str) -> tuple[np.ndarray, np.ndarray]:
    """Prefixed, truncated, padded token ids and attention mask (the build uses this too)."""
    encodings = tokenizer.encode_batch([prefix + t for t in texts])
    width = max(len(e.ids) for e in encodings)
    pad = tokenizer.token_to_id("<pad>")
    ids = np.full((len(encodings), width), PAD_ID_FALLBACK if pad is None else pad, dtype=np.int64)
    mask = np.zeros((len(encodings), width), dtype=np.int64)
    for row, enc in enumerate(encodings):
        ids[row, : len(enc.ids)] = enc.ids
        mask[row, : len(enc.ids)] = 1
    return ids, mask


class OnnxScorer:
    """Scores posts with the built model. Every failure becomes UNKNOWN with a problem."""

    def __init__(self, session, tokenizer, card: ModelCard, batch_size: int = BATCH_SIZE) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.card = card
        self.batch_size = max(1, int(batch_size))

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        return encode_texts(self.tokenizer, texts, self.card.prefix)

    def run(self, texts: Sequence[str], outputs: list[str]) -> list[np.ndarray]:
        ids, mask = self.encode(texts)
        return self.session.run(outputs, {"input_ids": ids, "attention_mask": mask})

    def _score_chunk(self, texts: list[str]) -> list[RiskScore]:
        (probs,) = self.run(texts, ["probs"])
        results = []
        for row in probs:
            score = float(row[2] + self.card.medium_weight * row[1])
            if row.shape != (3,) or not all(math.isfinite(float(v)) for v in row) or not math.isfinite(score):
                results.append(RiskScore(None, RiskLevel.UNKNOWN, "model gave a non-finite score"))
                continue
            score = min(1.0, max(0.0, score))
            results.append(RiskScore(score, level_for(score, self.card)))
        return results

    def score_batch(self, texts: Sequence[str]) -> list[RiskScore]:
        if isinstance(texts, str):  # one post passed bare: score it, not its characters
            texts = [texts]
        try:
            items = list(texts)
        except Exception as exc:  # noqa: BLE001 - a scorer must not raise
            log.error("risk: cannot iterate the batch (%s)", type(exc).__name__)
            return []
        results: list[RiskScore | None] = [None] * len(items)
        todo: list[int] = []
        for i, text in enumerate(items):
            if not isinstance(text, str):
                results[i] = RiskScore(None, RiskLevel.UNKNOWN, f"post text is {type(text).__name__}, not str")
            elif not text.strip():
                results[i] = RiskScore(None, RiskLevel.UNKNOWN, "post text is empty")
            else:
                todo.append(i)
        # similar lengths together: less padding, same results (the mask makes padding inert)
        todo.sort(key=lambda i: len(items[i]))
        for start in range(0, len(todo), self.batch_size):
            chunk = todo[start : start + self.batch_size]
            for i, result in zip(chunk, self._score_safely([items[i] for i in chunk])):
                results[i] = result
        return [r if r is not None else RiskScore(None, RiskLevel.UNKNOWN, "not scored") for r in results]

    def _score_safely(self, texts: list[str]) -> list[RiskScore]:
        try:
            return self._score_chunk(texts)
        except Exception as exc:  # noqa: BLE001 - one bad batch must not stop scoring
            if len(texts) > 1:  # retry one by one so a single bad post does not poison the rest
                return [self._score_safely([t])[0] for t in texts]
            problem = f"risk model failed: {type(exc).__name__}"
            log.error("risk: %s", problem)
            return [RiskScore(None, RiskLevel.UNKNOWN, problem)]


def open_model(model_dir: Path, threads: int = 2, verify: bool = True) -> OnnxScorer:
    """Load and check the model directory; raises ModelError with the reason."""
    model_dir = Path(model_dir)
    card = read_card(model_dir / CARD_FILE)
    model_path, tok_path = model_dir / MODEL_FILE, model_dir / TOKENIZER_FILE
    for path in (model_path, tok_path):
        if not path.is_file():
            raise ModelError(f"{path} is missing (build it with `make model`)")
    if verify:
        for path, expected in ((model_path, card.model_sha256), (tok_path, card.tokenizer_sha256)):
            actual = sha256_file(path)
            if actual != expected:
                raise ModelError(f"{path.name} sha256 {actual[:12]}… does not match the card ({expected[:12]}…)")
    try:
        import onnxruntime as ort
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ModelError(f"runtime library missing: {exc.name}") from None
    try:
        tokenizer = Tokenizer.from_file(str(tok_path))
        configure_tokenizer(tokenizer, card.max_tokens)
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"tokenizer.json cannot be loaded: {exc}") from None
    try:
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, int(threads))
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"model.onnx cannot be loaded: {type(exc).__name__}: {str(exc)[:200]}") from None
    names = {o.name for o in session.get_outputs()}
    if "probs" not in names:
        raise ModelError("model.onnx has no 'probs' output")
    scorer = OnnxScorer(session, tokenizer, card)
    try:  # a model that loads but cannot score is as broken as a missing one
        (probe,) = scorer.run(["self-test"], ["probs"])
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"model self-test failed: {type(exc).__name__}") from None
    if probe.shape != (1, 3) or not all(math.isfinite(float(v)) for v in probe[0]):
        raise ModelError(f"model self-test gave output of shape {probe.shape}, expected (1, 3) finite")
    return scorer


def load_scorer(model_dir: Path | None, threads: int = 2) -> RiskScorer:
    """The ONNX scorer, or an UnknownScorer with a loud problem. Never raises."""
    if model_dir is None:
        log.error("risk: no model directory configured; every post is scored UNKNOWN (handled as high)")
        return UnknownScorer("no risk model configured")
    try:
        scorer = open_model(Path(model_dir), threads=threads)
    except ModelError as exc:
        log.error("risk: model unusable, every post is scored UNKNOWN (handled as high): %s", exc)
        return UnknownScorer(f"risk model unusable: {exc}")
    except Exception as exc:  # noqa: BLE001 - loading must never take the daemon down
        log.error("risk: unexpected error loading the model (%s); scoring UNKNOWN", type(exc).__name__)
        return UnknownScorer(f"risk model unusable: {type(exc).__name__}: {exc}")
    log.info("risk: model loaded from %s (%d threads)", model_dir, threads)
    return scorer
