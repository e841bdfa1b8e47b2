"""daemon.risk.onnx: the fail-safe paths (always) and the built model (after `make model`)."""

from __future__ import annotations

import hashlib
import json
import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from daemon.risk.onnx import OnnxScorer, load_scorer, read_card, ModelError
from daemon.core.risk import RiskLevel, RiskScore
from daemon.risk.scorer import UnknownScorer

REPO = Path(__file__).resolve().parents[2]
MODEL_DIR = REPO / "models" / "risk"


# ---------------------------------------------------------------- fail-safe paths (no model needed)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_card(folder: Path, *, high: float = 0.5, medium: float = 0.3, labels=("low", "medium", "high"),
                model_sha: str | None = None, tok_sha: str | None = None, on: str = "p_high, p_risk",
                langs: dict[str, tuple[float, float]] | None = None) -> None:
    model_sha = model_sha or _sha(folder / "model.onnx")
    tok_sha = tok_sha or _sha(folder / "tokenizer.json")
    per_lang = "".join(f"[thresholds.{lang}]\nhigh = {h}\nmedium = {m}\n" for lang, (h, m) in (langs or {}).items())
    (folder / "card.toml").write_text(
        f'[model]\nlabels = {json.dumps(list(labels))}\nprefix = "query: "\nmax_tokens = 64\n'
        f'[score]\nmedium_weight = 0.5\n[thresholds]\non = "{on}"\nhigh = {high}\nmedium = {medium}\n{per_lang}'
        f'[artifacts]\nmodel_sha256 = "{model_sha}"\ntokenizer_sha256 = "{tok_sha}"\n'
    )


def _tiny_tokenizer(folder: Path) -> None:
    from tokenizers import Tokenizer, models, pre_tokenizers

    tok = Tokenizer(models.WordLevel({"<pad>": 0, "[UNK]": 1, "query:": 2}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.save(str(folder / "tokenizer.json"))


def _tiny_model(folder: Path, row: list[float]) -> None:
    """An ONNX graph with the real model's inputs that outputs ``row`` for every post."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    const = numpy_helper.from_array(np.array([row], dtype=np.float32), "row")
    nodes = [
        helper.make_node("Shape", ["input_ids"], ["shape"], end=1),
        helper.make_node("Concat", ["shape", "width"], ["out_shape"], axis=0),
        helper.make_node("Expand", ["row", "out_shape"], ["probs"]),
    ]
    width = numpy_helper.from_array(np.array([len(row)], dtype=np.int64), "width")
    graph = helper.make_graph(
        nodes, "tiny",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["b", "t"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["b", "t"])],
        [helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["b", len(row)])],
        [const, width],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(folder / "model.onnx"))


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    """A well-formed model folder whose model always says P = (0.1, 0.2, 0.7): score 0.8, p_risk 0.9."""
    _tiny_tokenizer(tmp_path)
    _tiny_model(tmp_path, [0.1, 0.2, 0.7])
    _write_card(tmp_path)
    return tmp_path


def _assert_all_unknown(scorer, needle: str) -> None:
    results = scorer.score_batch(["I will end it tonight", "exam is killing me"])
    assert len(results) == 2
    for r in results:
        assert r.level is RiskLevel.UNKNOWN and r.score is None
        assert r.problem and needle in r.problem, r.problem
        assert r.level.effective is RiskLevel.HIGH


def test_unknown_scorer_scores_every_post_unknown_handled_as_high():
    results = UnknownScorer("no model").score_batch(["a", "b", "c"])
    assert [r.level for r in results] == [RiskLevel.UNKNOWN] * 3
    assert all(r.problem == "no model" and r.level.effective is RiskLevel.HIGH for r in results)


def test_no_model_dir_configured_gives_unknown():
    _assert_all_unknown(load_scorer(None), "no risk model")


def test_missing_model_gives_unknown_with_the_reason(tmp_path: Path):
    _assert_all_unknown(load_scorer(tmp_path / "nowhere"), "card")


def test_missing_model_file_named_in_problem(tiny_dir: Path):
    (tiny_dir / "model.onnx").unlink()
    _assert_all_unknown(load_scorer(tiny_dir), "model.onnx is missing")


def test_hash_mismatch_is_refused(tiny_dir: Path):
    with (tiny_dir / "model.onnx").open("ab") as handle:
        handle.write(b"\0")
    _assert_all_unknown(load_scorer(tiny_dir), "does not match the card")


def test_corrupt_model_with_matching_hash_is_refused(tiny_dir: Path):
    (tiny_dir / "model.onnx").write_bytes(b"this is not an onnx file")
    _write_card(tiny_dir)  # the card now vouches for the garbage; loading must still fail safe
    _assert_all_unknown(load_scorer(tiny_dir), "cannot be loaded")


def test_model_giving_nan_fails_its_self_test(tiny_dir: Path):
    _tiny_model(tiny_dir, [math.nan, 0.5, 0.5])
    _write_card(tiny_dir)
    _assert_all_unknown(load_scorer(tiny_dir), "self-test")


def test_model_with_wrong_output_width_fails_its_self_test(tiny_dir: Path):
    _tiny_model(tiny_dir, [0.5, 0.5])
    _write_card(tiny_dir)
    _assert_all_unknown(load_scorer(tiny_dir), "self-test")


@pytest.mark.parametrize(
    "card_text, needle",
    [
        ("not = [valid", "not valid TOML"),
        ("[model]\nlabels = ['high', 'medium', 'low']\n", "labels"),
    ],
)
def test_bad_card_is_refused(tiny_dir: Path, card_text: str, needle: str):
    (tiny_dir / "card.toml").write_text(card_text)
    _assert_all_unknown(load_scorer(tiny_dir), needle)


@pytest.mark.parametrize(
    "kwargs, needle",
    [
        ({"high": 1.2}, "within 0..1"),
        ({"on": "score"}, "older build"),  # a card whose thresholds are on the blended score
        ({"high": 0.6, "langs": {"en": (0.5, 0.3)}}, "strictest"),  # the fallback must be the lowest
    ],
)
def test_bad_thresholds_are_refused(tiny_dir: Path, kwargs: dict, needle: str):
    _write_card(tiny_dir, **kwargs)
    with pytest.raises(ModelError, match=needle):
        read_card(tiny_dir / "card.toml")
    _assert_all_unknown(load_scorer(tiny_dir), needle)


def test_level_from_p_high_then_p_risk(tiny_dir: Path):
    scorer = load_scorer(tiny_dir)
    assert isinstance(scorer, OnnxScorer)
    (r,) = scorer.score_batch(["anything at all"])
    assert r == RiskScore(pytest.approx(0.8), RiskLevel.HIGH, p_high=pytest.approx(0.7), p_risk=pytest.approx(0.9))
    _write_card(tiny_dir, high=0.75, medium=0.85)  # P(high) 0.7 < 0.75; p_risk 0.9 >= 0.85
    (r,) = load_scorer(tiny_dir).score_batch(["anything at all"])
    assert r.level is RiskLevel.MEDIUM
    _write_card(tiny_dir, high=0.75, medium=0.95)
    (r,) = load_scorer(tiny_dir).score_batch(["anything at all"])
    assert r.level is RiskLevel.LOW and r.p_risk == pytest.approx(0.9)


def test_thresholds_follow_the_language_and_unknown_gets_the_strictest(tiny_dir: Path):
    _write_card(tiny_dir, high=0.6, medium=0.3, langs={"en": (0.8, 0.5), "hi-Latn": (0.65, 0.4)})
    scorer = load_scorer(tiny_dir)
    english, romanised, devanagari, mixed, emoji = scorer.score_batch([
        "I am so tired of all of this and I want it to stop", "mujhe ab jeena nahi hai yaar",
        "मुझे अब जीना नहीं है", "मुझे अब नहीं jeena hai, sab khatam", "💊💊💊",
    ])
    assert english.level is RiskLevel.MEDIUM  # en: P(high) 0.7 < 0.8
    assert romanised.level is RiskLevel.HIGH  # hi-Latn: 0.7 >= 0.65
    # hi has no thresholds of its own here; mixed and no-letter posts have no language: the fallback
    assert devanagari.level is mixed.level is emoji.level is RiskLevel.HIGH


def test_bad_items_get_a_problem_and_do_not_stop_the_others(tiny_dir: Path):
    scorer = load_scorer(tiny_dir)
    results = scorer.score_batch(["fine post", "", "   ", None, 42, "another post"])
    assert [r.level for r in results] == [RiskLevel.HIGH, RiskLevel.UNKNOWN, RiskLevel.UNKNOWN,
                                          RiskLevel.UNKNOWN, RiskLevel.UNKNOWN, RiskLevel.HIGH]
    assert "empty" in results[1].problem and "NoneType" in results[3].problem and "int" in results[4].problem


def test_session_failure_during_scoring_gives_unknown(tiny_dir: Path):
    scorer = load_scorer(tiny_dir)

    class Broken:
        def run(self, *_a, **_k):
            raise RuntimeError("onnxruntime blew up")

    scorer.session = Broken()
    results = scorer.score_batch(["one", "two"])
    assert [r.level for r in results] == [RiskLevel.UNKNOWN, RiskLevel.UNKNOWN]
    assert all("RuntimeError" in r.problem for r in results)


def test_empty_batch_gives_empty_list(tiny_dir: Path):
    assert load_scorer(tiny_dir).score_batch([]) == []


def test_bare_string_is_one_post_not_its_characters(tiny_dir: Path):
    results = load_scorer(tiny_dir).score_batch("a whole post")
    assert len(results) == 1 and results[0].level is RiskLevel.HIGH


# ---------------------------------------------------------------- the built model (make model)

HIGH_EXAMPLES = {
    "en": [
        "I have saved up my mother's sleeping pills. Tonight after everyone is asleep I am taking all of them.",
        "this is goodbye. I am standing on the roof of the hostel and I am going to jump. sorry to everyone",
        "took 30 tablets an hour ago, feeling dizzy now, please don't tell my parents",
    ],
    "hi": [
        "मैंने फांसी का फंदा तैयार कर लिया है, आज रात सबके सोने के बाद मैं अपनी जान दे दूँगा।",
        "अलविदा दोस्तों, मैं अभी रेल की पटरी पर खड़ा हूँ, अगली ट्रेन आते ही सब खत्म।",
        "मैंने अभी चूहे मारने की दवा पी ली है। मम्मी पापा मुझे माफ़ कर देना।",
    ],
    "hi-Latn": [
        "maine rassi khareed li hai, aaj raat sab so jayenge tab latak jaunga. sorry mummy papa",
        "bas ab aur nahi, abhi nahar ke pul pe khada hoon, kood raha hoon. alvida sabko",
        "abhi abhi 25 neend ki goliyan kha li hain, ab kuch mat karna koi",
    ],
}
LOW_EXAMPLES = {
    "en": [
        "this physics exam is literally killing me lol 💀 send memes",
        "RIP to the legend, condolences to his family. Om Shanti 🙏",
        "If you or someone you know is struggling, call Tele-MANAS 14416. You are not alone.",
    ],
    "hi": [
        "आज तो गर्मी ने मार ही डाला, पूरा दिन पसीने में निकला 😅",
        "कोहली की बैटिंग देखकर तो दिल खुश हो गया, क्या शानदार मैच था!",
        "भगवान उनकी आत्मा को शांति दे, बहुत दुखद समाचार है।",
    ],
    "hi-Latn": [
        "yaar ye maths ka paper dekh ke toh mar hi gaya main 😂😂",
        "aaj match mein bumrah ne toh maar hi dala, kya bowling thi bhai",
        "bhagwan unki aatma ko shanti de, bahut dukh hua sunke 🙏",
    ],
}


@pytest.fixture(scope="module")
def built_dir() -> Path:
    missing = [n for n in ("model.onnx", "tokenizer.json", "card.toml") if not (MODEL_DIR / n).is_file()]
    if missing:
        pytest.fail(f"risk model not built ({', '.join(missing)} missing in {MODEL_DIR}): run `make model`")
    return MODEL_DIR


@pytest.fixture(scope="module")
def built(built_dir: Path) -> OnnxScorer:
    scorer = load_scorer(built_dir)
    if not isinstance(scorer, OnnxScorer):
        pytest.fail(f"built model does not load: {scorer.score_batch(['x'])[0].problem}")
    return scorer


def test_built_model_card_hashes_match(built_dir: Path):
    card = read_card(built_dir / "card.toml")
    assert _sha(built_dir / "model.onnx") == card.model_sha256
    assert _sha(built_dir / "tokenizer.json") == card.tokenizer_sha256
    assert set(card.by_lang) == {"en", "hi", "hi-Latn"}
    for pair in list(card.by_lang.values()) + [card.fallback]:
        assert 0 < pair.high < 1 and 0 < pair.medium < 1
    assert card.fallback.high == min(p.high for p in card.by_lang.values())


@pytest.mark.parametrize("lang", sorted(HIGH_EXAMPLES))
def test_crisis_posts_score_high(built: OnnxScorer, lang: str):
    results = built.score_batch(HIGH_EXAMPLES[lang])
    assert [r.level for r in results] == [RiskLevel.HIGH] * 3, [r.score for r in results]


@pytest.mark.parametrize("lang", sorted(LOW_EXAMPLES))
def test_hyperbole_and_condolences_score_low(built: OnnxScorer, lang: str):
    results = built.score_batch(LOW_EXAMPLES[lang])
    assert [r.level for r in results] == [RiskLevel.LOW] * 3, [r.score for r in results]


def test_a_posts_scores_do_not_depend_on_its_batch_mates(built: OnnxScorer):
    texts = [t for lang in sorted(HIGH_EXAMPLES) for t in HIGH_EXAMPLES[lang] + LOW_EXAMPLES[lang]]
    long_mate = "I had a normal day at college and then went home. " * 12  # pads every batch-mate wide
    together = built.score_batch(texts)
    alone = [built.score_batch([t])[0] for t in texts]
    padded = built.score_batch(texts + [long_mate])[:-1]
    reversed_ = built.score_batch(texts[::-1])[::-1]
    for results in (together, padded, reversed_):
        assert [(r.level, r.score, r.p_high, r.p_risk) for r in results] == \
            [(r.level, r.score, r.p_high, r.p_risk) for r in alone]


def test_long_post_is_truncated_not_failed(built: OnnxScorer):
    (r,) = built.score_batch(["I had a normal day at college and then went home. " * 200])
    assert r.level is not RiskLevel.UNKNOWN and 0.0 <= r.score <= 1.0


def test_thread_count_is_configurable(built_dir: Path):
    scorer = load_scorer(built_dir, threads=1)
    assert isinstance(scorer, OnnxScorer)
    assert scorer.session.get_session_options().intra_op_num_threads == 1


def test_tampered_built_model_is_refused(built_dir: Path, tmp_path: Path):
    for name in ("model.onnx", "tokenizer.json", "card.toml"):
        shutil.copy(built_dir / name, tmp_path / name)
    data = bytearray((tmp_path / "model.onnx").read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit in a weight: still loads, but is not the model the card vouches for
    (tmp_path / "model.onnx").write_bytes(bytes(data))
    _assert_all_unknown(load_scorer(tmp_path), "does not match the card")


def test_length_batches_group_equal_lengths_only():
    from daemon.risk.onnx import length_batches

    lengths = [10, 12, 10, 12, 10, 300, 10]
    batches = length_batches(lengths, max_posts=3)
    assert batches == [[0, 2, 4], [6], [1, 3], [5]]  # no padding; every post once, in length order
