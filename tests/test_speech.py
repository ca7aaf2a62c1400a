"""Voice search: Whisper base joined from its two packages, spoken queries from espeak-ng, and bad audio refused.

The clips are synthesised here with espeak-ng (`.ci/run` installs it): its robotic voice is read right
in English only, so the other languages check the plumbing (language as hinted, text in its script).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from eval.speech import speak, write_wav
from mlmatch import speech
from mlmatch.speech import BadAudio

from conftest import DATA, SMALL_CATALOG

ESPEAK = shutil.which("espeak-ng")


def spoken(tmp_path: Path, text: str, lang: str = "en") -> Path:
    assert ESPEAK is not None, "the voice tests synthesise speech with espeak-ng: apt-get install espeak-ng (.ci/run does)"
    return speak(text, lang, tmp_path / f"{abs(hash((text, lang)))}.wav")


@pytest.fixture(scope="module")
def recognizer(mlmatch_home) -> speech.SpeechRecognizer:
    return speech.speech_recognizer()


@pytest.mark.slow
def test_the_model_is_joined_once_and_a_damaged_file_joined_again(mlmatch_home):
    folder = Path(speech.model_folder())
    model = folder / "model.bin"
    assert model.stat().st_size == speech.MODEL_BYTES and {p.name for p in folder.iterdir()} >= {"model.bin", *speech.SIDE_FILES}
    joined_at = model.stat().st_mtime_ns
    assert speech.model_folder() == str(folder) and model.stat().st_mtime_ns == joined_at  # checked, not joined again
    with model.open("r+b") as damaged:
        damaged.truncate(speech.MODEL_BYTES - 1)
    assert speech.model_folder() == str(folder)
    assert model.stat().st_size == speech.MODEL_BYTES  # refused and joined again


@pytest.mark.parametrize("said", ["wireless mouse", "iPhone 15 case"])
@pytest.mark.slow
def test_english_speech_becomes_the_query(recognizer, tmp_path, said):
    heard = recognizer.transcribe(spoken(tmp_path, said))
    assert heard.text.lower() == said.lower() and heard.language == "en"
    assert 0.5 < heard.language_probability <= 1 and 0.5 < heard.audio_seconds < 5


@pytest.mark.parametrize("text, lang, script", [
    ("Beamer Heimkino", "de", "[A-Za-zäöüß]"),
    ("souris sans fil", "fr", "[A-Za-zàâçéèêëîïôûù]"),
    ("ratón inalámbrico", "es", "[A-Za-záéíóúñ]"),
    ("パーカー メンズ", "ja", "[\u3040-\u30ff\u4e00-\u9fff]"),  # Japanese in kana: espeak reads kanji as "Chinese letter"
])
@pytest.mark.slow
def test_a_hinted_language_is_transcribed_in_its_script(recognizer, tmp_path, text, lang, script):
    heard = recognizer.transcribe(spoken(tmp_path, text, lang), language=lang)
    assert heard.language == lang and heard.language_probability == 1.0
    assert re.search(script, heard.text), heard.text


def test_silence_is_refused(tmp_path):
    with pytest.raises(BadAudio, match="silence"):
        speech.read_audio(write_wav(tmp_path / "quiet.wav", np.zeros(16_000 * 2)))


@pytest.mark.slow
def test_noise_is_refused(recognizer, tmp_path):
    noise = np.random.default_rng(0).normal(0, 0.3, 16_000 * 3)
    with pytest.raises(BadAudio, match="no words could be made out"):
        recognizer.transcribe(write_wav(tmp_path / "noise.wav", noise))


def test_a_ten_minute_file_is_refused_before_it_is_decoded(tmp_path):
    long = write_wav(tmp_path / "long.wav", np.full(8_000 * 600, 0.1), rate=8_000)
    with pytest.raises(BadAudio, match="600 s long; a spoken query may be at most 30 s"):
        speech.read_audio(long)


@pytest.mark.parametrize("content, name", [(b"RIFF\x00\x00garbage" * 50, "broken.wav"), (b"not audio at all\n" * 10, "notes.mp3")])
def test_an_unreadable_file_is_one_clear_error(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BadAudio, match=f"{name}: (not a readable audio file|holds no audio)") as error:
        speech.read_audio(path)
    assert "\n" not in str(error.value)


def test_a_sample_rate_too_low_for_speech_is_refused_and_others_are_resampled(tmp_path):
    tone = np.sin(np.arange(4_000 * 2) * 0.3) * 0.5
    with pytest.raises(BadAudio, match="sampled at 4000 Hz; speech needs at least 8000 Hz"):
        speech.read_audio(write_wav(tmp_path / "low.wav", tone, rate=4_000))
    resampled = speech.read_audio(write_wav(tmp_path / "cd.wav", np.sin(np.arange(44_100 * 2) * 0.05) * 0.5, rate=44_100))
    assert abs(len(resampled) - 2 * speech.SAMPLE_RATE) < 400  # two seconds, at 16 kHz


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(BadAudio, match="no such audio file"):
        speech.read_audio(tmp_path / "absent.wav")


@pytest.mark.slow
def test_cli_searches_what_was_said(recognizer, tmp_path, capsys):
    from mlmatch.cli import main

    clip = spoken(tmp_path, "wireless mouse")
    assert main(["search", "--audio", str(clip), "--catalog", str(SMALL_CATALOG), "--mode", "bm25", "--json", "--k", "3",
                 "--query-lang", "en"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["transcript"]["text"].lower() == "wireless mouse" and out["transcript"]["language"] == "en"
    assert out["query"] == out["transcript"]["text"] and out["results"][0]["id"] == "mouse-en"
    assert main(["search", "--audio", str(clip), "--catalog", str(SMALL_CATALOG), "--mode", "bm25", "--k", "1"]) == 0
    assert "heard: wireless mouse (en, p=" in capsys.readouterr().out.lower()


@pytest.mark.parametrize("argv, message", [
    (["search", "--catalog", str(SMALL_CATALOG)], "give a query or --audio FILE"),
    (["search", "phone", "--audio", "x.wav", "--catalog", str(SMALL_CATALOG)], "give a query or --audio FILE"),
    (["search", "phone", "--query-lang", "de", "--catalog", str(SMALL_CATALOG)], "--query-lang is the spoken language of --audio"),
    (["search", "--audio", "absent.wav", "--catalog", str(SMALL_CATALOG)], "absent.wav: no such audio file"),
])
def test_cli_voice_mistakes_are_one_line(argv, message, capsys):
    from mlmatch.cli import main

    assert main(argv) != 0
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@pytest.mark.slow
def test_the_catalogs_words_prompt_a_second_hearing(recognizer, tmp_path):
    """The second pass decodes with the words of the listings like the first hearing as Whisper's prompt."""
    clip = spoken(tmp_path, "crewneck sweatshirt men")
    asked = []

    def context(first: str, lang: str) -> list[str]:
        asked.append((first, lang))
        return ["Champion crewneck sweatshirt men, grey", "Nike crewneck sweatshirt for men"]

    heard = recognizer.transcribe(clip, "en", context)
    assert len(asked) == 1 and asked[0][1] == "en"
    assert heard.text.lower() == "crewneck sweatshirt men", (asked, heard.text)
    assert speech.prompt(["a b", "b c " + "x" * 500]) == "a b c"  # each word once, within PROMPT_CHARS


@pytest.mark.slow
def test_eval_speech_compares_spoken_with_typed_queries(recognizer, tmp_path):
    from eval import speech as eval_speech

    out = tmp_path / "speech"
    assert eval_speech.main(["--data", str(DATA / "beir_small"), "--split", "test", "--english", "2", "--per-language", "1",
                             "--systems", "bm25", "--out", str(out)]) == 0
    report = json.loads((out / "speech.json").read_text())
    assert report["context"] == "on" and set(report["languages"]) <= {"en", "zh", "de", "ja"}
    english = report["languages"]["en"]
    assert english["queries"] == 2 and 0 <= english["wer"] and 0 <= english["cer"]
    typed = json.loads((out / "eval-typed" / "results.json").read_text())
    en_pairs = [p for p in typed["pairs"] if p.startswith("en-")]
    assert english["bm25"]["ndcg@10_typed"] == pytest.approx(np.mean([typed["pairs"][p]["bm25"]["ndcg@10"] for p in en_pairs]))
    assert all((out / "audio").glob("*.wav"))
    queries = [json.loads(line) for line in (out / "spoken" / "queries.jsonl").read_text().splitlines()]
    assert len(queries) == sum(row["queries"] for row in report["languages"].values())
