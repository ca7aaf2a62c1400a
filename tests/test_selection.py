"""Do-no-harm model selection: the rule, per-pair dev scores, the distillation loss and weight interpolation."""

from __future__ import annotations

import json

import pytest
import torch

from mlmatch.beir import load_beir
from mlmatch.models import load_bi_encoder
from mlmatch.models.encoder import ModelNotAvailable, scale_adapter
from mlmatch.train.cli import main as train_main
from mlmatch.train.evaluators import dev_documents, pairwise_ndcg
from mlmatch.train.interpolate import SWEEP_FILE, InterpolationConfig, interpolate
from mlmatch.train.losses import TeacherDistillLoss
from mlmatch.train.selection import DoNoHarmRule, cross_lingual_macro, is_monolingual, monolingual_macro

from conftest import DATA

BEIR = DATA / "beir_small"


def test_pairs_are_sorted_into_kinds():
    assert is_monolingual("en-en") and is_monolingual("style_shift:zh-zh")
    assert not is_monolingual("zh-en") and not is_monolingual("style_shift:zh-en")
    scores = {"en-en": 0.9, "zh-zh": 0.7, "zh-en": 0.5, "en-zh": 0.3}
    assert cross_lingual_macro(scores) == pytest.approx(0.4) and monolingual_macro(scores) == pytest.approx(0.8)
    assert monolingual_macro({"zh-en": 0.5}) is None


def test_rule_lets_no_cross_lingual_gain_pay_for_a_monolingual_loss():
    rule = DoNoHarmRule(tolerance=0.01)
    base = {"en-en": 0.90, "zh-zh": 0.80, "zh-en": 0.50}
    within = {"en-en": 0.895, "zh-zh": 0.80, "zh-en": 0.60}  # loses 0.005: inside the tolerance
    harmful = {"en-en": 0.85, "zh-zh": 0.80, "zh-en": 0.95}  # big cross-lingual gain, 0.05 lost on en-en
    assert rule.shortfall(within, base) == 0 and rule.score(within, base) == pytest.approx(0.60)
    assert rule.shortfall(harmful, base) == pytest.approx(0.04)
    assert rule.score(harmful, base) < rule.score(base, base) < rule.score(within, base)


def test_pairwise_ndcg_scores_each_language_pair_apart(encoder):
    data = load_beir(BEIR, "test")
    scores = pairwise_ndcg(encoder.model, data, dev_documents(data, None, 0))
    langs = sorted({d.lang for d in data.corpus.values()})
    assert set(scores) == {f"{q}-{d}" for q in langs for d in langs}
    assert all(0 <= value <= 1 for value in scores.values())
    assert scores["en-en"] > 0.5  # the zero-shot model finds same-language products
    named = pairwise_ndcg(encoder.model, data, dev_documents(data, None, 0), dataset="small")
    assert named == {f"small:{pair}": value for pair, value in scores.items()}


def test_distillation_loss_is_zero_at_the_teacher_and_weighted_away_from_it(encoder):
    texts = ["query: iphone 15 case", "passage: fresh apples 1 kg"]
    features = [encoder.model.tokenize(texts)]
    teacher = torch.tensor(encoder.model.encode(texts, normalize_embeddings=True))
    loss = TeacherDistillLoss(encoder.model, weight=2.0)
    with torch.no_grad():
        assert loss(features, teacher).item() == pytest.approx(0.0, abs=1e-5)
        away = loss(features, teacher.flip(0)).item()  # each text pulled towards the other's embedding
        assert away > 0.01
        assert TeacherDistillLoss(encoder.model, weight=1.0)(features, teacher.flip(0)).item() == pytest.approx(away / 2, rel=1e-4)


@pytest.fixture(scope="module")
def interpolated(trained_adapter, tmp_path_factory):
    out = tmp_path_factory.mktemp("interpolated") / "adapter"
    sweep = interpolate(InterpolationConfig(adapter=trained_adapter, out=out, dev=[BEIR], dev_split="test",
                                            scales=(0.0, 0.5, 1.0), tolerance=0.0, device="cpu"))
    return out, sweep


@pytest.fixture(scope="module")
def trained_adapter(tmp_path_factory):
    from mlmatch.train.biencoder import BiEncoderConfig, train_biencoder

    out = tmp_path_factory.mktemp("adapter")
    train_biencoder(BiEncoderConfig(train=BEIR, out=out, dev_split="test", device="cpu", batch_size=8, max_steps=3,
                                    eval_steps=3, dev_docs=32, learning_rate=2e-3, hard_negatives=False, align=False))
    return out


def test_interpolation_scores_every_scale_and_records_its_choice(interpolated, encoder):
    out, sweep = interpolated
    data = load_beir(BEIR, "test")
    assert sorted(sweep.scores) == [0.0, 0.5, 1.0]
    assert sweep.scores[0.0] == pytest.approx(pairwise_ndcg(encoder.model, data, dev_documents(data, None, 0)))  # 0 = the base
    rule = DoNoHarmRule(0.0)
    best = max(rule.score(s, sweep.scores[0.0]) for s in sweep.scores.values())
    assert rule.score(sweep.scores[sweep.chosen], sweep.scores[0.0]) == pytest.approx(best, abs=1e-6)
    manifest = json.loads((out / "mlmatch_artifact.json").read_text())
    assert manifest["lora_scale"] == sweep.chosen and manifest["kind"] == "biencoder-lora"
    record = json.loads((out / SWEEP_FILE).read_text())
    assert record["chosen"] == sweep.chosen and set(record["scores"]) == {"0.0", "0.5", "1.0"}
    assert "## Weight interpolation (the shipped scale)" in (out / "README.md").read_text()


def test_the_manifest_scale_is_applied_at_load(trained_adapter, tmp_path, encoder):
    query = ["wireless mouse"]
    base = encoder.encode_queries(query)
    full = load_bi_encoder(str(trained_adapter), device="cpu", merge=False)
    tuned = full.encode_queries(query)
    assert (base @ tuned.T).item() < 1 - 1e-5  # the adapter moved the model
    merged = load_bi_encoder(str(trained_adapter), device="cpu")  # the default: merged into the weights, same vectors
    assert merged.encode_queries(query) == pytest.approx(tuned, abs=1e-5)
    with pytest.raises(ModelNotAvailable, match="merged"):
        scale_adapter(merged.model, 0.5)
    scale_adapter(full.model, 0.0)
    assert (base @ full.encode_queries(query).T).item() == pytest.approx(1.0, abs=1e-6)  # scale 0 is the base model
    half_folder = tmp_path / "half"
    interpolate(InterpolationConfig(adapter=trained_adapter, out=half_folder, dev=[BEIR], dev_split="test", scales=(0.0,),
                                    device="cpu"))
    manifest = json.loads((half_folder / "mlmatch_artifact.json").read_text())
    (half_folder / "mlmatch_artifact.json").write_text(json.dumps({**manifest, "lora_scale": 0.5}))
    half = load_bi_encoder(str(half_folder), device="cpu", merge=False)
    assert half.fingerprint != full.fingerprint  # another scale, another embedding cache
    between = half.encode_queries(query)
    assert (base @ tuned.T).item() < (base @ between.T).item() < 1 - 1e-7
    with pytest.raises(ModelNotAvailable, match="within"):
        scale_adapter(half.model, 1.5)


@pytest.mark.slow  # trains an adapter
def test_interpolate_cli_rejects_bad_scales(trained_adapter, tmp_path, capsys):
    argv = ["interpolate", "--adapter", str(trained_adapter), "--out", str(tmp_path / "out"), "--dev", str(BEIR),
            "--dev-split", "test", "--device", "cpu"]
    assert train_main([*argv, "--scales", "0.5,1"]) == 2
    assert "must include 0" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        train_main([*argv, "--scales", "0,2"])
    assert "within [0, 1]" in capsys.readouterr().err
    assert train_main(["interpolate", "--adapter", str(tmp_path), "--out", str(tmp_path / "o"), "--dev", str(BEIR)]) == 2
    assert "not an mlmatch adapter folder" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() and not (tmp_path / "o").exists()
