"""IVF with the vectors stored in fewer bytes: what a product costs in memory, and what recall it keeps.

The coarse cells are trained once (IVF-Flat, the kind mlmatch builds) and shared by every variant, so
the variants differ only in how a vector is stored: fp32, fp16, 8-bit scalar quantization (SQ8) or
product quantization (PQ, 48 sub-vectors of 8 bits). Bytes per vector = the stored code + its 8-byte id.
docs/scaling.md sizes a 100 M catalog from these numbers.
"""

from __future__ import annotations

import sys
import time

import faiss
import numpy as np

from bench.recall import recall_at_k
from bench.timing import percentiles, timed
from mlmatch.index.dense import DenseIndex, IVFParams

ID_BYTES = 8
PQ_TRAINING = 65_536  # vectors the PQ codebooks are trained on (FAISS samples as many itself)
VARIANTS = {
    "fp32": lambda quantizer, dim, nlist: faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT),
    "fp16": lambda quantizer, dim, nlist: faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_fp16,
                                                                        faiss.METRIC_INNER_PRODUCT),
    "SQ8": lambda quantizer, dim, nlist: faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit,
                                                                       faiss.METRIC_INNER_PRODUCT),
    "PQ48": lambda quantizer, dim, nlist: faiss.IndexIVFPQ(quantizer, dim, nlist, 48, 8, faiss.METRIC_INNER_PRODUCT),
}


def storage_rows(name: str, vectors: np.ndarray, exact: np.ndarray, queries: np.ndarray, timed_rows: np.ndarray,
                 params: IVFParams) -> list[dict]:
    """One row per variant on one set of vectors: bytes per vector, recall@10, search time, build time."""
    coarse = DenseIndex.build(vectors, "storage", name, "ivf", params)
    nlist, nprobe = coarse.meta.ivf.nlist, coarse.meta.ivf.nprobe
    centroids = faiss.downcast_index(coarse.index.quantizer).reconstruct_n(0, nlist)
    del coarse
    rows = []
    for variant, make in VARIANTS.items():
        started = time.perf_counter()
        quantizer = faiss.IndexFlatIP(vectors.shape[1])
        quantizer.add(centroids)  # trained cells: FAISS then trains only the codes
        index = make(quantizer, vectors.shape[1], nlist)
        index.train(vectors[np.random.default_rng(0).permutation(len(vectors))[:PQ_TRAINING]])
        index.add(vectors)
        build_s = time.perf_counter() - started
        search = faiss.SearchParametersIVF(nprobe=nprobe)
        found = index.search(queries, exact.shape[1], params=search)[1]
        times = [timed(index.search, queries[i : i + 1], exact.shape[1], params=search) for i in timed_rows]
        rows.append({"set": name, "variant": variant, "size": len(vectors), "bytes_per_vector": index.code_size + ID_BYTES,
                     "recall_at_10": recall_at_k(exact, found), "build_s": build_s, "ivf": {"nlist": nlist, "nprobe": nprobe},
                     **percentiles(times)})
        print(f"bench ann: storage {variant} on {name}: built in {build_s:.1f} s", file=sys.stderr, flush=True)
    return rows


def as_markdown(rows: list[dict]) -> list[str]:
    names = list(dict.fromkeys(row["set"] for row in rows))
    built = {row["set"]: row["ivf"] for row in rows}
    shape = "; ".join(f"{name}: nlist {ivf['nlist']}, nprobe {ivf['nprobe']}" for name, ivf in built.items())
    lines = ["## IVF storage: memory per product and the recall it keeps", "",
             f"The chosen IVF as built ({shape}), its cells trained once and shared; per catalog: recall@10 / "
             "p50 search ms / build s of the codes.", "",
             "| storage | bytes per vector (code + 8-byte id) | " + " | ".join(names) + " |", "|" + "---|" * (2 + len(names))]
    for variant in VARIANTS:
        cells = {row["set"]: row for row in rows if row["variant"] == variant}
        first = next(iter(cells.values()))
        lines.append(f"| {variant} | {first['bytes_per_vector']} | "
                     + " | ".join(f"{cells[n]['recall_at_10']:.3f} / {cells[n]['p50_ms']:.3f} / {cells[n]['build_s']:.1f}" for n in names) + " |")
    return [*lines, ""]
