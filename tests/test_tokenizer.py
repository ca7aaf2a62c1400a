"""The quick tokenizer of ONNX searches: sentencepiece must give the ids `tokenizers` gives, text for text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mlmatch.beir import load_beir
from mlmatch.models import onnx
from mlmatch.models.onnx_export import TOKENIZER_DIR
from mlmatch.models.packaged import packaged_model_dir
from mlmatch.models.sentencepiece_tokenizer import SentencePieceTokenizer, write_model

from conftest import DATA

BENCHMARK = DATA.parent.parent / "data" / "benchmark"
DOUBTFUL = ["phone ", "query: phone\t", "   ", "query: <s> hi </s>"]  # tokenizers keeps a last "▁"; reads `<s>` as the token


@pytest.fixture
def export(tmp_path) -> Path:
    """A folder laid out as an export, holding e5's tokenizer files and (written) its sentencepiece model."""
    (tmp_path / TOKENIZER_DIR).mkdir()
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(packaged_model_dir() / name, tmp_path / TOKENIZER_DIR / name)
    assert write_model(tmp_path / TOKENIZER_DIR / "tokenizer.json", tmp_path / TOKENIZER_DIR)
    return tmp_path


def test_sentencepiece_gives_the_ids_tokenizers_gives_and_defers_where_they_may_differ(export):
    quick, reference = onnx._encoder_tokenizer(export, 512), onnx._tokenizers_tokenizer(export, 512, "<pad>")
    assert isinstance(quick, SentencePieceTokenizer)
    data = load_beir(BENCHMARK, "test")
    plain = [f"query: {q.text}" for q in data.queries.values()] + [f"passage: {d.title}" for d in list(data.corpus.values())[:1500]]
    plain += ["", "query: Anessa安热沙 SPF50+ PA++++ 60ml防晒乳", "query: ｉｐｈｏｎｅ１５ Ⅻ ㎏", "query: 😀 naïve café İstanbul ß", "query: a\nb\u3000c", " ".join(["Akkuschrauber"] * 400)]
    for start in range(0, len(plain), 64):
        batch = plain[start:start + 64]
        assert [(e.ids, e.attention_mask) for e in quick.encode_batch(batch)] == \
               [(e.ids, e.attention_mask) for e in reference.encode_batch(batch)], batch
    assert "reference" not in vars(quick)  # every one of them was sentencepiece's own
    assert [e.ids for e in quick.encode_batch(DOUBTFUL)] == [e.ids for e in reference.encode_batch(DOUBTFUL)]
    pairs = [("query: case", "passage: iPhone 15 case")]
    assert [e.ids for e in quick.encode_batch(pairs)] == [e.ids for e in reference.encode_batch(pairs)]

    class Tied:  # two equally scored splits: sentencepiece and tokenizers may break the tie apart
        def nbest_encode(self, text, **options):
            best = quick_processor.nbest_encode(text, **options)
            best.nbests[1].score = best.nbests[0].score
            best.nbests[0].ClearField("pieces")  # were its split taken, the ids would be wrong
            return best

    quick_processor, quick.processor = quick.processor, Tied()
    assert quick.ids("query: cordless drill") == reference.encode("query: cordless drill").ids


def test_pairs_are_cut_as_tokenizers_cuts_them(export):
    """A reranker's (query, title) pairs at its 96 tokens: neither side cut, the longer side cut, both cut to
    half, each side's order kept."""
    quick, reference = onnx._encoder_tokenizer(export, 96), onnx._tokenizers_tokenizer(export, 96, "<pad>")
    data = load_beir(BENCHMARK, "test")
    queries, titles = [q.text for q in data.queries.values()], [d.title for d in list(data.corpus.values())[:400]]
    long = ("Akku Bohrschrauber 18V mit zwei Akkus " * 12).strip()
    pairs = [(queries[i % len(queries)], title) for i, title in enumerate(titles)]
    pairs += [("drill", long), (long, "drill"), (long, long + "x"), (long + "x", long), (long * 3, "drill"), ("", long), (long, "")]
    pairs += [(queries[0], " ".join(["Akkuschrauber"] * n)) for n in range(25, 40)]  # the cut at each length around 96
    for start in range(0, len(pairs), 64):
        batch = pairs[start:start + 64]
        assert [(e.ids, e.attention_mask) for e in quick.encode_batch(batch)] == \
               [(e.ids, e.attention_mask) for e in reference.encode_batch(batch)], batch
    assert "reference" not in vars(quick)
    assert quick.encode_batch([("phone ", "case")])[0].ids == reference.encode_batch([("phone ", "case")])[0].ids


def test_the_token_heatmap_gets_the_characters_tokenizers_gives(export):
    quick, reference = onnx._encoder_tokenizer(export, 512), onnx._tokenizers_tokenizer(export, 512, "<pad>")
    data = load_beir(BENCHMARK, "test")
    queries = [f"query: {q.text}" for q in data.queries.values()] + ["query: 😀 naïve café İstanbul ß", "", " ".join(["Akkuschrauber"] * 400)]
    texts = queries + [f"passage: {d.title}" for d in list(data.corpus.values())[:1500]]  # titles with ㎡ are aligned by tokenizers
    aligned = [quick.encode(text) for text in texts]
    assert [(a.ids, a.offsets, a.special_tokens_mask) for a in aligned] == \
           [(e.ids, e.offsets, e.special_tokens_mask) for e in map(reference.encode, texts)]
    fresh = onnx._encoder_tokenizer(export, 512)
    for text in queries:
        fresh.encode(text)
    assert "reference" not in vars(fresh)  # sentencepiece's own alignment for every query
    apart = ["passage: 〜79㎡ 2000i", "query: ｉｐｈｏｎｅ１５", "query:  two  spaces", " phone", "a\tb"]  # normalised or spaced apart
    assert [(a.ids, a.offsets) for a in map(quick.encode, apart)] == [(e.ids, e.offsets) for e in map(reference.encode, apart)]


def test_a_tokenizer_of_another_kind_gets_no_sentencepiece_model(tmp_path):
    (tmp_path / "tokenizer.json").write_text('{"model": {"type": "WordPiece", "vocab": {}}}')
    assert not write_model(tmp_path / "tokenizer.json", tmp_path)
    assert list(tmp_path.iterdir()) == [tmp_path / "tokenizer.json"]
