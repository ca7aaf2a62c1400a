"""How the GPU run's reranker became `mlmatch/artifacts/reranker` (run once, on CPU, ~10 minutes):

    python -m tools.ship_reranker GPU_RUN_FOLDER docs/reranker_card_notes.md

The run trained on the compact int8 export (its manifest names that folder as base); here the adapter
is described against the full packaged base: the dev lists are re-scored with the repository's own
code, the model card is rewritten, and the retrieval weight is the one the full dev pipeline chose
(`python -m eval.run --split dev --systems dense,dense+rerank`, see the notes), not the dev lists' pick.
"""

import json
import shutil
import sys
from pathlib import Path

from mlmatch.beir import load_beir
from mlmatch.models import load_bi_encoder
from mlmatch.models.artifacts import RERANKER_ARTIFACT, SHIPPED_RERANKER, write_manifest
from mlmatch.models.reranker import load_reranker
from mlmatch.train.candidates import retrieval_candidates
from mlmatch.train.evaluators import RerankDevEvaluator
from mlmatch.train.reranker import RETRIEVAL_WEIGHTS, RerankerConfig, describe
from mlmatch.train.runtime import RunReport

RETRIEVAL_WEIGHT = 2.0  # chosen on the dev split by the full pipeline
RETRIEVAL_ONLY = 1e9  # a weight that keeps the retrieval order: the baseline of the dev lists
# The settings of the GPU run (tools/gpu_training_run.sh), with the base it is used on.
CONFIG = RerankerConfig(train=Path("data/benchmark"), out=SHIPPED_RERANKER, base="packaged", device="cuda", retriever="default",
                        loss="lambda", candidates=20, langs_per_query=6, dev_queries=84, lora_r=32, learning_rate=3e-4,
                        epochs=6, eval_steps=50, patience=4, time_limit_minutes=2.2)


def main(run_folder: Path, notes: Path) -> None:
    staged = Path(str(SHIPPED_RERANKER) + ".staged")
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir()
    shutil.copy(run_folder / "adapter_model.safetensors", staged)
    adapter = json.loads((run_folder / "adapter_config.json").read_text())
    adapter["base_model_name_or_path"] = None  # the GPU machine's folder; the manifest names the base
    (staged / "adapter_config.json").write_text(json.dumps(adapter, indent=2))
    write_manifest(staged, RERANKER_ARTIFACT, "packaged", num_labels=1, max_length=CONFIG.max_length)

    dev = load_beir(CONFIG.train, CONFIG.dev_split)
    candidates = retrieval_candidates(dev, load_bi_encoder("default", "cpu"), CONFIG.candidates, CONFIG.seed,
                                      CONFIG.dev_queries, CONFIG.langs_per_query)
    fused = RerankDevEvaluator(dev, candidates).fused_ndcg(load_reranker(str(staged), "cpu"), RETRIEVAL_WEIGHTS + (RETRIEVAL_ONLY,))
    baseline = fused.pop(RETRIEVAL_ONLY)
    text = f"\nBaseline on the same dev lists: the retrieval order alone scores {baseline:.4f}.\n" + notes.read_text()
    describe(staged, CONFIG, _run_report(run_folder / "training_run.json"), fused,
             weight=RETRIEVAL_WEIGHT, notes=text)
    shutil.rmtree(SHIPPED_RERANKER, ignore_errors=True)
    staged.rename(SHIPPED_RERANKER)
    print(f"wrote {SHIPPED_RERANKER}: dev lists {fused}, retrieval order alone {baseline:.4f}")


def _run_report(path: Path) -> RunReport:
    """The GPU run's report, written before `best_dev_ndcg_at_10` became `best_dev_score`."""
    fields = json.loads(path.read_text())
    fields["best_dev_score"] = fields.pop("best_dev_ndcg_at_10", fields.get("best_dev_score"))
    return RunReport(**fields)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
