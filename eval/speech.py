"""`python -m eval.speech`: search from speech against search from the typed text, per query language.

    python -m eval.speech                                   # 40 English and 10 queries per other language, test split
    python -m eval.speech --english 68 --per-language 20 --systems ltr,dense --out results/speech

Benchmark queries are spoken by espeak-ng (Debian `espeak-ng`): Mandarin with the `cmn-latn-pinyin` voice
from tone-numbered pinyin (`-v cmn` would read the tone numbers as English), Japanese from kana only (it
reads kanji as "Chinese letter"), so only Han-only Chinese and kana-only Japanese queries are spoken.
Each clip is transcribed by Whisper with its language as the hint and, as the CLI and the demo do, a
second pass prompted with the words of the corpus listings most like the first hearing (`--context off`:
one pass; `mlmatch.speech`), then both the typed and the heard queries are searched by `python -m eval.run`
over every pair the language starts.
Reported per language: word and character error rates (jiwer, after case folding and without
punctuation), nDCG@10 typed -> spoken, and transcription time.

espeak's robotic voice is read right by Whisper in English only; in the other languages these numbers
bound real voices' quality only loosely (real speech is much easier).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np

from eval import run as eval_run
from eval.datasets import BENCHMARK
from mlmatch.beir import DataError, Dataset, as_catalog, load_beir
from mlmatch.errors import run_cli
from mlmatch.index.analyzer import normalize
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.search import SearchEngine
from mlmatch.speech import SAMPLE_RATE, BadAudio, speech_recognizer

CJK = ("zh", "ja")
SPEAKABLE = {"zh": re.compile(r"^[\u4e00-\u9fff ]+$"), "ja": re.compile(r"^[\u3040-\u30ff ]+$")}
VOICES = {"en": "en", "de": "de", "fr": "fr", "es": "es", "zh": "cmn-latn-pinyin", "ja": "ja"}
_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)


def chosen_queries(data: Dataset, english: int, per_language: int) -> dict[str, list[str]]:
    """Language -> query ids to speak, in id order: the first `english` English ones and `per_language` of
    each other language espeak can say (Chinese in Han only, Japanese in kana only)."""
    chosen: dict[str, list[str]] = {}
    for qid in sorted(data.queries):
        query = data.queries[qid]
        wanted = english if query.lang == "en" else per_language
        speakable = query.lang in VOICES and (query.lang not in SPEAKABLE or SPEAKABLE[query.lang].match(query.text))
        if speakable and len(chosen.setdefault(query.lang, [])) < wanted:
            chosen[query.lang].append(qid)
    return {lang: ids for lang, ids in chosen.items() if ids}


def speak(text: str, lang: str, path: Path) -> Path:
    """A WAV of espeak-ng saying `text` (Mandarin as tone-numbered pinyin)."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        raise DataError("eval.speech speaks its queries with espeak-ng: apt-get install espeak-ng")
    if lang == "zh":
        from pypinyin import Style, lazy_pinyin

        text = " ".join(lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True))
    subprocess.run([espeak, "-v", VOICES[lang], "-w", str(path), text], check=True, capture_output=True, timeout=60)
    return path


def write_wav(path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """`samples` (floats, full scale 1) as a 16-bit mono WAV at `rate`."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def comparable(text: str, lang: str) -> str:
    """Case-folded, NFKC, without punctuation; CJK without spaces (their error rate counts characters)."""
    text = " ".join(_PUNCTUATION.sub(" ", normalize(text)).split())
    return text.replace(" ", "") if lang in CJK else text


def error_rates(typed: list[str], heard: list[str], lang: str) -> dict[str, float]:
    import jiwer

    reference, hypothesis = [comparable(t, lang) for t in typed], [comparable(h, lang) or "∅" for h in heard]
    rates = {"cer": float(jiwer.cer(reference, hypothesis))}
    if lang not in CJK:
        rates["wer"] = float(jiwer.wer(reference, hypothesis))
    return rates


def write_subset(data_dir: Path, data: Dataset, split: str, texts: dict[str, str], out: Path) -> Path:
    """A BEIR folder with the same corpus and judgments, holding only `texts`' queries, worded as given."""
    out.mkdir(parents=True, exist_ok=True)
    corpus = out / "corpus.jsonl"
    if not corpus.exists():
        corpus.symlink_to((data_dir / "corpus.jsonl").resolve())
    with (out / "queries.jsonl").open("w", encoding="utf-8") as rows:
        for qid, text in texts.items():
            rows.write(json.dumps({"_id": qid, "text": text, "lang": data.queries[qid].lang}, ensure_ascii=False) + "\n")
    (out / "qrels").mkdir(exist_ok=True)
    with (out / "qrels" / f"{split}.tsv").open("w", encoding="utf-8") as qrels:
        qrels.write("query-id\tcorpus-id\tscore\n")
        for qid in texts:
            qrels.writelines(f"{qid}\t{doc}\t{grade}\n" for doc, grade in data.qrels[qid].items())
    return out


def evaluate(args: argparse.Namespace) -> dict:
    data = load_beir(args.data, args.split)
    chosen = chosen_queries(data, args.english, args.per_language)
    recognizer = speech_recognizer()
    context = None
    if args.context == "on":  # the listings like the first hearing prompt a second pass, as the CLI and the demo do
        context = SearchEngine.build(as_catalog(list(data.corpus.values())), load_bi_encoder(DEFAULT)).titles_like
    audio = args.out / "audio"
    audio.mkdir(parents=True, exist_ok=True)
    heard: dict[str, str] = {}
    seconds: dict[str, list[float]] = {}
    for lang, ids in chosen.items():
        for qid in ids:
            clip = speak(data.queries[qid].text, lang, audio / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', qid)}.wav")
            try:
                spoken = recognizer.transcribe(clip, lang, context)
                heard[qid] = spoken.text
                seconds.setdefault(lang, []).append(spoken.seconds)
            except BadAudio as error:  # a clip Whisper makes nothing of is a failed query (searched as nothing), not a failed run
                heard[qid] = ""
                print(f"{qid}: {error}", file=sys.stderr)
    ids = [qid for qids in chosen.values() for qid in qids]
    typed_dir = write_subset(args.data, data, args.split, {q: data.queries[q].text for q in ids}, args.out / "typed")
    spoken_dir = write_subset(args.data, data, args.split, {q: heard[q] or "∅" for q in ids}, args.out / "spoken")
    pairs = ",".join(f"{lang}-*" for lang in chosen)
    runs = {}
    for name, folder in (("typed", typed_dir), ("spoken", spoken_dir)):
        if eval_run.main(["--data", str(folder), "--split", args.split, "--pairs", pairs, "--systems", args.systems,
                          "--out", str(args.out / f"eval-{name}")]) != 0:
            raise DataError(f"eval.run failed on the {name} queries")
        runs[name] = json.loads((args.out / f"eval-{name}" / "results.json").read_text())
    report = {"data": str(args.data), "split": args.split, "systems": args.systems.split(","), "context": args.context, "languages": {}}
    for lang, qids in chosen.items():
        lang_pairs = [p for p in runs["typed"]["pairs"] if p.startswith(f"{lang}-")]
        row = {"queries": len(qids), **error_rates([data.queries[q].text for q in qids], [heard[q] for q in qids], lang),
               "transcribe_p50_s": float(np.percentile(seconds.get(lang, [np.nan]), 50)),
               "transcribe_p95_s": float(np.percentile(seconds.get(lang, [np.nan]), 95)),
               "examples": [{"typed": data.queries[q].text, "heard": heard[q]} for q in qids[:3]]}
        for system in report["systems"]:
            typed = np.mean([runs["typed"]["pairs"][p][system]["ndcg@10"] for p in lang_pairs])
            spoken = np.mean([runs["spoken"]["pairs"][p][system]["ndcg@10"] for p in lang_pairs])
            row[system] = {"ndcg@10_typed": float(typed), "ndcg@10_spoken": float(spoken), "change": float(spoken - typed)}
        report["languages"][lang] = row
    (args.out / "speech.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return report


def print_report(report: dict) -> None:
    print(f"{'lang':4}  {'queries':>7}  {'WER':>5}  {'CER':>5}  {'p95 s':>5}  " + "  ".join(
        f"{s + ' typed -> spoken':>28}" for s in report["systems"]))
    for lang, row in report["languages"].items():
        wer = f"{row['wer']:.2f}" if "wer" in row else "–"
        scores = "  ".join(f"{row[s]['ndcg@10_typed']:.4f} -> {row[s]['ndcg@10_spoken']:.4f} ({row[s]['change']:+.4f})".rjust(28)
                           for s in report["systems"])
        print(f"{lang:4}  {row['queries']:>7}  {wer:>5}  {row['cer']:5.2f}  {row['transcribe_p95_s']:5.2f}  {scores}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.speech", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=BENCHMARK, help="BEIR folder with `lang` fields (default: the shipped benchmark)")
    parser.add_argument("--split", default="test")
    parser.add_argument("--english", type=int, default=40, help="English queries spoken (default 40)")
    parser.add_argument("--per-language", type=int, default=10, help="queries spoken per other language (default 10)")
    parser.add_argument("--systems", default="ltr", help="comma list, as eval.run takes (default ltr)")
    parser.add_argument("--context", choices=("on", "off"), default="on",
                        help="on: a second pass prompted with the words of the listings most like the first hearing (the default everywhere)")
    parser.add_argument("--out", type=Path, default=Path("results") / "speech")
    args = parser.parse_args(argv)

    def report() -> None:
        print_report(evaluate(args))
        print(f"\nwrote {args.out}/speech.json, the clips in {args.out}/audio and both eval.run folders")

    return run_cli(report)


if __name__ == "__main__":
    sys.exit(main())
