"""Faults on disk and at the command line: damaged, foreign and half-written indexes, concurrent
writers, killed processes, and user mistakes that must end in one line and exit code 2."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import faiss
import numpy as np
import pytest

from mlmatch.atomic import scratch_name, sweep_scratch
from mlmatch.cli import main
from mlmatch.index.store import POINTER, current_generation
from mlmatch.search import SearchEngine

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "tests" / "data" / "catalog_small.jsonl"


def ids(results) -> list[str]:
    return [r.product.id for r in results]


def generation(folder: Path) -> Path:
    path = current_generation(folder)
    assert path is not None and path.is_dir()
    return path


def test_a_truncated_dense_file_is_rebuilt_with_one_warning(small_catalog, encoder, tmp_path, caplog):
    folder = tmp_path / "idx"
    expected = ids(SearchEngine.open(small_catalog, encoder, folder).search("Beamer 4K", k=3))
    faiss_file = generation(folder) / "dense" / "dense.faiss"
    faiss_file.write_bytes(faiss_file.read_bytes()[:100])
    engine = SearchEngine.open(small_catalog, encoder, folder)
    assert ids(engine.search("Beamer 4K", k=3)) == expected
    assert [r.message for r in caplog.records if r.levelname == "WARNING"] == [
        f"index in {folder} cannot be used, rebuilding: dense/dense.faiss is damaged (checksum mismatch)"]


def test_a_dense_file_from_another_catalog_is_never_used(small_catalog, encoder, tmp_path):
    folder = tmp_path / "idx"
    SearchEngine.open(small_catalog, encoder, folder)
    foreign = faiss.IndexFlatIP(encoder.dim)
    foreign.add(np.eye(3, encoder.dim, dtype=np.float32))
    faiss.write_index(foreign, str(generation(folder) / "dense" / "dense.faiss"))
    engine = SearchEngine.open(small_catalog, encoder, folder)
    assert engine.dense.index.ntotal == len(small_catalog)


def test_a_corrupt_bm25_array_or_manifest_is_rebuilt(small_catalog, tmp_path):
    folder = tmp_path / "idx"
    SearchEngine.open(small_catalog, None, folder)
    (generation(folder) / "bm25" / "data.csc.index.npy").write_bytes(b"\x00" * 64)
    assert ids(SearchEngine.open(small_catalog, None, folder).search("LEGO Polizeistation", mode="bm25", k=1)) == ["lego-de"]
    (generation(folder) / "manifest.json").write_text("{not json")
    assert ids(SearchEngine.open(small_catalog, None, folder).search("LEGO Polizeistation", mode="bm25", k=1)) == ["lego-de"]


def test_a_new_generation_retires_the_old_one(small_catalog, tmp_path):
    folder = tmp_path / "idx"
    SearchEngine.open(small_catalog, None, folder)
    first = generation(folder)
    smaller = type(small_catalog)(small_catalog.products[:5], "subset", "other-checksum")
    SearchEngine.open(smaller, None, folder)
    assert generation(folder) != first and not first.exists()
    assert sorted(p.name for p in folder.iterdir() if p.name != ".lock") == sorted([POINTER, generation(folder).name])


KILLED_WRITER = textwrap.dedent("""
    import os, signal, sys
    from mlmatch.catalog import load_catalog
    from mlmatch.search import SearchEngine
    at = sys.argv[2]
    real_rename, real_replace = os.rename, os.replace
    def die(real):
        def call(src, dst, *a, **k):
            if (at == "generation" and os.path.basename(dst).startswith("gen-")) or (at == "pointer" and os.path.basename(dst) == "CURRENT"):
                os.kill(os.getpid(), signal.SIGKILL)
            return real(src, dst, *a, **k)
        return call
    os.rename, os.replace = die(real_rename), die(real_replace)
    catalog = load_catalog(sys.argv[3])
    smaller = type(catalog)(catalog.products[:5], "subset", "other-checksum")
    SearchEngine.open(smaller, None, sys.argv[1])
""")


@pytest.mark.parametrize("at", ["generation", "pointer"])
def test_a_writer_killed_at_the_swap_leaves_the_old_index_working_and_no_leftovers(small_catalog, tmp_path, at):
    folder = tmp_path / "idx"
    SearchEngine.open(small_catalog, None, folder)
    published = generation(folder)
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(folder), at, str(CATALOG)], cwd=ROOT)
    assert killed.returncode == -signal.SIGKILL
    assert generation(folder) == published  # readers still get the last complete build
    assert [p for p in folder.iterdir() if p.name not in (".lock", POINTER, published.name)]  # the dead writer's leftovers
    engine = SearchEngine.open(small_catalog, None, folder)
    assert ids(engine.search("LEGO Polizeistation", mode="bm25", k=1)) == ["lego-de"]
    assert sorted(p.name for p in folder.iterdir() if p.name != ".lock") == sorted([POINTER, published.name])


RACE = textwrap.dedent("""
    import sys
    import time
    import numpy as np
    from mlmatch.index import BM25Index, DenseIndex
    from mlmatch.index.stale import StaleIndex
    from mlmatch.index.stale import Wanted
    from mlmatch.index.store import Generation, load_current, rebuild
    folder, role, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    N, DIM = 50, 64

    def build(tag):
        vectors = np.zeros((N, DIM), dtype=np.float32)
        vectors[:, tag % DIM] = 1.0
        bm25 = BM25Index.build([f"build{tag} item{i}" for i in range(N)], "race")
        return Generation(bm25, DenseIndex.build(vectors, "model", "race"))

    if role.startswith("writer"):
        for i in range(rounds):
            tag = (int(role[-1]) * 1000 + i) % DIM
            rebuild(folder, lambda: build(tag))
    else:
        consistent = mixed = changing = 0
        seen = set()
        deadline = time.monotonic() + 60  # on a busy machine the writers may publish after `rounds` reads
        done = 0
        while done < rounds or (len(seen) < 2 and time.monotonic() < deadline):
            done += 1
            try:
                generation = load_current(folder, Wanted("race", N, "model", "flat"))
            except StaleIndex:
                changing += 1
                continue
            tag = int(np.argmax(generation.dense.index.reconstruct(0)))
            seen.add(tag)
            same = f"build{tag}" in generation.bm25.retriever.vocab_dict
            consistent, mixed = consistent + same, mixed + (not same)
        print(consistent, mixed, changing, len(seen))
""")


def test_readers_beside_two_writers_always_get_one_whole_build(tmp_path):
    folder = tmp_path / "idx"
    seed = subprocess.run([sys.executable, "-c", RACE, str(folder), "writer0", "1"], cwd=ROOT)
    assert seed.returncode == 0
    writers = [subprocess.Popen([sys.executable, "-c", RACE, str(folder), f"writer{w}", "40"], cwd=ROOT, stderr=subprocess.PIPE)
               for w in (1, 2)]
    reader = subprocess.run([sys.executable, "-c", RACE, str(folder), "reader", "400"], cwd=ROOT, capture_output=True, text=True)
    errors = [w.communicate()[1].decode() for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    assert reader.returncode == 0, reader.stderr
    consistent, mixed, changing, builds_seen = map(int, reader.stdout.split())
    assert mixed == 0 and consistent > 0
    assert builds_seen > 1  # the reader ran while the writers published
    assert len(list(folder.glob("gen-*"))) == 1 and not list(folder.glob(".*.tmp"))


def test_scratch_of_a_dead_process_is_swept_and_a_live_one_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = tmp_path / f".model.abcd.pid{int(dead.stdout)}.tmp"
    (leftover / "weights").mkdir(parents=True)
    live = tmp_path / scratch_name("model")
    live.mkdir()
    sweep_scratch(tmp_path)
    assert not leftover.exists() and live.exists()


def run_cli(*args: str, capsys) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


C = ["--catalog", str(CATALOG)]


@pytest.mark.parametrize("args, message", [
    (["search", "", *C, "--mode", "bm25"], "error: the query is empty\n"),
    (["search", "x" * 600, *C, "--mode", "bm25"], "error: the query is 600 characters long; the limit is 500\n"),
    (["search", "a\udcff", *C, "--mode", "bm25"], "error: the query is not valid UTF-8 text\n"),
    (["search", "x", *C, "--mode", "bm25", "--rerank", "5"], "error: bm25 results are not reranked (rerank dense or hybrid)\n"),
    (["search", "x", *C, "--rerank", "-1"], "error: the rerank depth must be 0 (off) or a positive number of results\n"),
    (["search", "x", *C, "--mode", "bm25", "--lang", "xx"], "error: unknown language code 'xx' (expected ISO 639-1, e.g. en, zh, de, ja)\n"),
    (["index", str(CATALOG), "--kind", "hnsw", "--hnsw-m", "0"], "error: HNSW m must be between 2 and 256, not 0\n"),
    (["search", "x", *C, "--device", "foo"], "error: unknown device 'foo' (use auto, cpu, cuda or cuda:N)\n"),
    (["search", "x", *C, "--model", "/nonexistent/model"],
     "error: no model folder at /nonexistent/model (and it is not a Hugging Face model id such as intfloat/multilingual-e5-base)\n"),
])
def test_user_mistakes_end_in_one_line_and_exit_code_2(args, message, capsys):
    assert run_cli(*args, capsys=capsys) == (2, message)


@pytest.mark.skipif(os.environ.get("CUDA_VISIBLE_DEVICES") is None and shutil.which("nvidia-smi") is not None,
                    reason="a GPU may be present")
def test_cuda_without_a_gpu_is_a_clear_error(capsys):
    code, err = run_cli("search", "x", "--catalog", str(CATALOG), "--device", "cuda", capsys=capsys)
    assert (code, err) == (2, "error: --device cuda: no CUDA GPU is available here (use --device cpu or auto)\n")


def test_index_paths_that_cannot_hold_an_index(tmp_path, capsys):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    code, err = run_cli("search", "x", "--catalog", str(CATALOG), "--mode", "bm25", "--index", str(a_file), capsys=capsys)
    assert (code, err) == (2, f"error: {a_file} is a file, not an index folder\n")
    code, err = run_cli("search", "x", "--catalog", str(CATALOG), "--mode", "bm25", "--index", str(a_file / "idx"), capsys=capsys)
    assert code == 2 and err.startswith(f"error: cannot create the index folder {a_file / 'idx'}")


def test_debug_shows_the_traceback(capsys):
    with pytest.raises(Exception, match="the query is empty"):
        main(["search", "", "--catalog", str(CATALOG), "--debug"])


def test_output_closed_by_the_reader_is_not_a_traceback(tmp_path):
    process = subprocess.Popen([sys.executable, "-m", "mlmatch", "search", "LEGO", "--catalog", str(CATALOG), "--mode", "bm25",
                                "--index", str(tmp_path / "idx")], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # like `| head` that has read enough
    err = process.stderr.read().decode()
    assert process.wait() == 1 and "Traceback" not in err, err


EXIT_DURING_LOAD = """
import sys, time
import app
app.start()
time.sleep(float(sys.argv[1]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("seconds", [3, 5, 6, 7, 8, 10])  # on a 2-core machine with a warm cache the reranker merges at 5-8 s
def test_the_demo_exits_cleanly_while_its_models_load(tmp_path, mlmatch_home, seconds):
    """Exiting at any point of the start-up (a model loading, LoRA weights merging, a catalog embedding)
    ends with status 0, not an abort (134) from a native thread outliving the interpreter."""
    env = {**os.environ, "MLMATCH_HOME": str(mlmatch_home), "MLMATCH_DEMO_CATALOG": str(CATALOG), "HF_HUB_OFFLINE": "1"}
    process = subprocess.run([sys.executable, "-c", EXIT_DURING_LOAD, str(seconds)], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=300)
    assert process.returncode == 0, process.stderr[-2000:]
    assert "terminate called" not in process.stderr
