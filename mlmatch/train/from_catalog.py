"""`python -m mlmatch.train from-catalog`: adapt the bi-encoder to a shop that has no search log yet, from its
catalog's own text, shipped only when it does no harm.

The steps, each kept in `--out` so that a killed run resumes where it stopped:
1. `data/`: pseudo-queries from the catalog (`mlmatch.train.pseudo_queries`) as a BEIR set;
2. `candidate/`: a LoRA adapter trained on them over the current model, early-stopped on their dev split;
3. both models' dense nDCG@10 per language pair on each `--check` set, which is all the gate has to judge
   by: a catalog holds no shopper's query, so at least one real set is required;
4. `report.md` and `report.json`; a passing candidate becomes the next generation of `--models`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from mlmatch.catalog import load_catalog
from mlmatch.errors import BadArgument
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.models.artifacts import read_manifest
from mlmatch.search import SearchEngine
from mlmatch.train.biencoder import BiEncoderConfig, train_biencoder
from mlmatch.train.evaluators import pairwise_query_ndcg
from mlmatch.train.from_logs import check_set, current_model, finish
from mlmatch.train.gate import SIGNIFICANCE, TOLERANCE, compare, decide
from mlmatch.train.pseudo_queries import write_pseudo_beir


@dataclass
class FromCatalogConfig:
    catalog: Path
    out: Path
    check: list[str] = field(default_factory=list)  # DIR:SPLIT, the real query sets no pair may lose on
    model: str = DEFAULT
    models: Path | None = None
    tolerance: float = TOLERANCE
    significance: float = SIGNIFICANCE
    eval_docs: int | None = 3000
    device: str = "auto"
    max_steps: int = -1
    time_limit_minutes: float | None = None


def from_catalog(config: FromCatalogConfig) -> dict:
    if not config.check:
        raise BadArgument("a candidate trained on a catalog's own text is judged only on real queries: give at least one "
                          "--check DIR:SPLIT (e.g. data/style_shift:dev)")
    out = Path(config.out)
    checks = {spec: check_set(spec, config.eval_docs) for spec in config.check}  # a bad spec fails before any training
    current = current_model(config.model, config.models)
    data_dir = out / "data"
    if not _same_catalog(data_dir, config.catalog):
        catalog = load_catalog(config.catalog)
        write_pseudo_beir(catalog, SearchEngine.build(catalog).translator, data_dir, str(config.catalog))
    candidate_dir = out / "candidate"
    if read_manifest(candidate_dir) is None:
        train_biencoder(BiEncoderConfig(train=data_dir, out=candidate_dir, base=current, device=config.device,
                                        max_steps=config.max_steps, time_limit_minutes=config.time_limit_minutes))
    scores = {}
    for which, model in (("current", current), ("candidate", str(candidate_dir))):
        encoder = load_bi_encoder(model, config.device)
        scores[which] = {name: pairwise_query_ndcg(encoder.model, data, docs) for name, (data, docs) in checks.items()}
    rows = compare(scores["current"], scores["candidate"], config.tolerance, config.significance)
    return finish(decide([], {}, rows, config.tolerance), out, candidate_dir, config.models, "Adapting to the catalog")


def _same_catalog(folder: Path, catalog: Path) -> bool:
    """Whether `folder` already holds this catalog's pseudo-queries (a resumed run)."""
    try:
        return json.loads((folder / "summary.json").read_text(encoding="utf-8")).get("catalog") == str(catalog)
    except (OSError, ValueError):
        return False
