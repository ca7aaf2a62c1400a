import time

import pytest

from mlmatch.models import ModelNotAvailable, load_bi_encoder
from mlmatch.models.encoder import folder_fingerprint


def test_offline_hub_id_fails_fast_naming_the_packaged_default(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    started = time.monotonic()
    with pytest.raises(ModelNotAvailable, match="--model packaged"):
        load_bi_encoder("intfloat/multilingual-e5-base", device="cpu")
    assert time.monotonic() - started < 30


def test_a_file_is_not_a_model_folder(tmp_path):
    (tmp_path / "weights.bin").write_bytes(b"x")
    with pytest.raises(ModelNotAvailable, match="expected a sentence-transformers model folder"):
        load_bi_encoder(str(tmp_path / "weights.bin"))


def test_local_folder_loads_with_its_prompts_and_a_content_fingerprint(encoder, tmp_path):
    encoder.model.save(str(tmp_path / "copy"))
    loaded = load_bi_encoder(str(tmp_path / "copy"), device="cpu")
    assert loaded.model.prompts["document"] == "passage: "
    assert loaded.fingerprint == folder_fingerprint(tmp_path / "copy") != encoder.fingerprint
    assert loaded.encode_queries(["Beamer"]) == pytest.approx(encoder.encode_queries(["Beamer"]), abs=1e-5)
