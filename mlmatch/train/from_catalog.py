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

from dataclasses import dataclass, field
from pathlib import Path

from mlmatch.catalog import load_catalog
from mlmatch.errors import BadArgument
from mlmatch.models import DEFAULT
from mlmatch.search import SearchEngine
from mlmatch.train.from_logs import candidate_adapter, check_set, checked, compared, current_model, finish, written_from
from mlmatch.train.gate import SIGNIFICANCE, TOLERANCE, decide
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
    if not written_from(data_dir, catalog=str(config.catalog)):
        catalog = load_catalog(config.catalog)
        write_pseudo_beir(catalog, SearchEngine.build(catalog).translator, data_dir, str(config.catalog))
    candidate_dir = candidate_adapter(data_dir, out, current, config.device, config.max_steps, config.time_limit_minutes)
    rows = compared([(current, None), (str(candidate_dir), None)], config.device, lambda encoder, _: checked(encoder.model, checks),
                    config.tolerance, config.significance)
    return finish(decide([], {}, rows, config.tolerance), out, [(config.models, candidate_dir)], "Adapting to the catalog")
