"""Compact export: small enough to upload, loads with stock sentence-transformers, same tokens and embeddings."""

from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pytest
import torch
from sentence_transformers import SentenceTransformer

from tools.export import EXPANDER, MAX_BYTES, export_compact, main

TEXTS = [
    "苹果手机壳 iPhone 15 透明防摔",
    "烟台红富士苹果 5斤装 新鲜水果",
    "Spigen Ultra Hybrid case for iPhone 15, clear, 2 pack",
    "Beamer 4K Heimkino mit 3000 Lumen, Größe 30×20 cm",
    "Ratón inalámbrico ergonómico 1600 DPI, ¡oferta!",
    "Vidéoprojecteur Full HD 1080p — 5000 lumens",
    "ｉＰｈｏｎｅ１５　ケース　手帳型　【ＭａｇＳａｆｅ対応】",
    "ソニー ワイヤレスヘッドホン WH-1000XM5 ブラック",
]


def folder_bytes(path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def pieces(model: SentenceTransformer, text: str) -> list[str]:
    return model.tokenizer.convert_ids_to_tokens(model.tokenizer(text)["input_ids"])


@pytest.fixture(scope="module")
def int8_export(tmp_path_factory, encoder):
    """The default export (fp16 does not fit, so int8), expanded in a copy as the training machine would."""
    out = tmp_path_factory.mktemp("export") / "compact"
    report = export_compact(out, TEXTS, check_sample=4, reference=encoder)
    expanded = out.parent / "expanded"
    shutil.copytree(out, expanded)
    subprocess.run([sys.executable, str(expanded / EXPANDER)], check=True, capture_output=True)
    return report, out, SentenceTransformer(str(expanded), device="cpu")


def test_default_export_is_int8_under_the_upload_limit(int8_export):
    report, out, _ = int8_export
    assert report.dtype == "int8" and report.size_bytes == folder_bytes(out) < MAX_BYTES
    assert 8_000 < report.vocab < 20_000 and report.min_cosine >= 0.999
    readme = (out / "README.md").read_text()
    assert f"{report.vocab:,} pieces" in readme and "expand.py" in readme


def test_expanded_export_matches_the_full_model(int8_export, encoder):
    _, _, compact = int8_export
    assert compact.prompts == {"query": "query: ", "document": "passage: "}
    for text in TEXTS:
        for prefix in ("", "query: ", "passage: "):
            assert pieces(compact, prefix + text) == pieces(encoder.model, prefix + text)
    for prompt in ("query", "document"):
        ours = compact.encode(TEXTS, prompt_name=prompt, normalize_embeddings=True)
        full = encoder.model.encode(TEXTS, prompt_name=prompt, normalize_embeddings=True)
        assert np.sum(ours * full, axis=1).min() >= 0.999


def test_unseen_text_still_tokenizes_and_other_scripts_become_unk(int8_export):
    _, _, compact = int8_export
    assert "<unk>" not in pieces(compact, "Wasserkocher aus Edelstahl, 1,7 Liter — 電気ケトル 不锈钢电水壶")
    assert "<unk>" in pieces(compact, "무선 이어폰")


def test_fp16_export_loads_with_stock_sentence_transformers(tmp_path, encoder):
    report = export_compact(tmp_path / "fp16", TEXTS[:2], dtype="fp16", check_sample=2, reference=encoder)
    assert report.dtype == "fp16" and not (tmp_path / "fp16" / EXPANDER).exists()
    model = SentenceTransformer(str(tmp_path / "fp16"), device="cpu")
    assert next(model.parameters()).dtype == torch.float32  # stored fp16, trained and run in fp32
    assert report.min_cosine >= 0.999


def test_unknown_subcommand_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["shrink", "--out", "x"])
    assert exit_info.value.code == 2 and "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["compact", "--out", "{file}"], "is a file"),
        (["compact", "--out", "{dir}/o", "--vocab-from", "{dir}/missing.txt"], "missing.txt"),
        (["compact", "--out", "{dir}/o", "--model", "{dir}"], "not a sentence-transformers folder"),
        (["compact", "--out", "{dir}/o", "--check-sample", "0"], "--check-sample"),
    ],
)
def test_cli_errors_are_one_line_without_traceback(capsys, tmp_path, argv, message):
    (tmp_path / "file").write_text("x")
    code = main([a.format(file=tmp_path / "file", dir=tmp_path) for a in argv])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and message in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()
