"""Encoding throughput: raw sentence-transformers, mlmatch's pipeline, the ONNX runtimes, and one query at a time.

The pipeline is what indexing a catalog runs: `EmbeddingCache.documents`, here always on the miss path
(a new, empty cache each time), so its hashing and SQLite work are counted on top of the encoding.
Raw and pipeline runs alternate and each keeps its fastest, the run least disturbed by other work on
the cores; the overhead is the pipeline's time over the raw time.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.timing import percentiles, timed
from mlmatch.embedding_cache import EmbeddingCache
from mlmatch.errors import MlmatchError
from mlmatch.models.encoder import BiEncoder, on_onnx

RAW, PIPELINE, OVERHEAD, QUERY = "raw SentenceTransformer.encode", "pipeline encode_documents (cache miss)", "overhead", "one query"
ONNX_RUNTIMES = {"onnx": "ONNX fp32", "onnx-int8": "ONNX int8"}
BATCH = 64  # what EmbeddingCache.documents encodes with


def encoding_rows(encoder: BiEncoder, texts: list[str], queries: list[str], repeats: int) -> list[dict]:
    """Throughput rows (raw, pipeline, overhead, ONNX) and the one-query latency row."""
    _encode_raw(encoder, texts[:8])  # warm-up: the first call of a process allocates its buffers
    raw_s, pipeline_s = [], []
    with tempfile.TemporaryDirectory(prefix="mlmatch-bench-") as scratch:
        for repeat in range(repeats):
            raw_s.append(timed(_encode_raw, encoder, texts))
            cache = EmbeddingCache(encoder, root=Path(scratch) / str(repeat))
            pipeline_s.append(timed(cache.documents, texts, batch_size=BATCH))
    raw, pipeline = min(raw_s), min(pipeline_s)
    rows = [
        {"row": RAW, "texts": len(texts), "texts_per_s": len(texts) / raw, "runs_s": raw_s},
        {"row": PIPELINE, "texts": len(texts), "texts_per_s": len(texts) / pipeline, "runs_s": pipeline_s},
        {"row": OVERHEAD, "overhead_pct": 100 * (pipeline / raw - 1),
         "raw_spread_pct": 100 * (max(raw_s) / raw - 1), "pipeline_spread_pct": 100 * (max(pipeline_s) / pipeline - 1)},
    ]
    rows += [_onnx_row(encoder, runtime, label, texts, len(texts) / raw) for runtime, label in ONNX_RUNTIMES.items()]
    one_query = [timed(encoder.encode_queries, [query]) for query in queries]
    rows.append({"row": QUERY, "queries": len(queries), **percentiles(one_query)})
    return rows


def _onnx_row(torch_encoder: BiEncoder, runtime: str, label: str, texts: list[str], torch_per_s: float) -> dict:
    """The same model run by onnxruntime (what `load_bi_encoder(name, runtime=...)` returns, without loading torch again)."""
    try:
        started = time.perf_counter()
        encoder = on_onnx(torch_encoder, runtime)
        load_s = time.perf_counter() - started
    except MlmatchError as error:
        return {"row": label, "skipped": f"not available: {error}"}
    encoder.encode_documents(texts[:8])
    seconds = timed(encoder.encode_documents, texts, BATCH)
    return {"row": label, "texts": len(texts), "texts_per_s": len(texts) / seconds, "vs_raw": len(texts) / seconds / torch_per_s,
            "load_s": load_s}


def _encode_raw(encoder: BiEncoder, texts: list[str]) -> object:
    """What `BiEncoder.encode_documents` asks of sentence-transformers, called directly."""
    model = encoder.model
    return model.encode(texts, prompt_name="document" if "document" in model.prompts else None, batch_size=BATCH,
                        normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
