"""The learned ranker: a LightGBM LambdaMART model over `mlmatch.rank.features`, shipped as a small text file.

The trees may boost from the hybrid's score rather than from zero: score = `base_weight` x the hybrid's
fusion of cosine and BM25 share + the trees. The trees then learn corrections to a strong, simple ranking,
and where they know nothing (a query unlike any they were trained on) the hybrid's order stands.

A folder holds `ranker.txt` (LightGBM's own text format) and `mlmatch_artifact.json` with the feature
list, the candidate depth, the base weight and the versions it was trained with. Loading refuses a model whose features
are not the ones this code computes: a model reading its columns under other names would rank silently wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from mlmatch.errors import ModelNotAvailable
from mlmatch.fusion import LEXICAL_WEIGHT
from mlmatch.models.artifacts import DEFAULT, RANKER_ARTIFACT, SHIPPED_RANKER, check_artifact_kind, read_manifest, write_manifest
from mlmatch.models.generations import served
from mlmatch.rank.features import NAMES
from mlmatch.rank.trees import TreeEnsemble, UnreadableModel

MODEL_FILE = "ranker.txt"
COSINE, LEXICAL = "cos_finetuned", "bm25_share"  # the hybrid's two inputs


@dataclass
class LearnedRanker:
    model: str  # LightGBM's text model ("": untrained)
    features: tuple[str, ...]
    depth: int  # candidates each retriever contributes
    base_weight: float = 0.0  # weight of the hybrid score the trees boost from (0: from zero)
    name: str = ""
    weak_below: float | None = None  # a best score under this is no good match (`python -m eval.no_match`); None: not chosen

    def base(self, features: np.ndarray) -> np.ndarray:
        """`base_weight` x the hybrid's score fusion, per feature column it comes from."""
        columns = np.zeros((len(features), len(self.features)), dtype=np.float64)
        for name, weight in ((COSINE, 1 - LEXICAL_WEIGHT), (LEXICAL, LEXICAL_WEIGHT)):
            i = self.features.index(name)
            columns[:, i] = self.base_weight * weight * features[:, i]
        return columns

    @cached_property
    def trees(self) -> TreeEnsemble:
        """The model scored in numpy: a search needs no LightGBM import (`mlmatch.rank.trees`)."""
        return TreeEnsemble.parse(self.model)

    @cached_property
    def booster(self):
        """LightGBM's own model, for what only it does: SHAP contributions, gains, saving."""
        try:
            import lightgbm
        except ImportError:
            raise ModelNotAvailable("explaining or saving the learned ranker needs LightGBM: pip install lightgbm==4.7.0") from None
        return lightgbm.Booster(model_str=self.model)

    def score(self, features: np.ndarray) -> np.ndarray:
        if not len(features):
            return np.zeros(0, dtype=np.float64)
        return self.trees.predict(features) + self.base(features).sum(axis=1)

    def contributions(self, features: np.ndarray) -> np.ndarray:
        """Per row, each feature's part of the score: the trees' SHAP values (LightGBM's `pred_contrib`) plus
        its part of the base; the last column is the trees' bias. A row sums to its score."""
        if not len(features):
            return np.zeros((0, len(self.features) + 1), dtype=np.float64)
        trees = np.asarray(self.booster.predict(features, pred_contrib=True, num_threads=1), dtype=np.float64)
        trees[:, :-1] += self.base(features)
        return trees

    def importances(self) -> dict[str, float]:
        """Total gain per feature, as shares of the whole."""
        gain = np.asarray(self.booster.feature_importance(importance_type="gain"), dtype=np.float64)
        total = gain.sum() or 1.0
        return {name: float(value / total) for name, value in zip(self.features, gain)}

    def save(self, folder: Path, bi_encoder: str, **details) -> None:
        """`bi_encoder`: the one whose cosines it was trained on (the manifest's `base`)."""
        import lightgbm

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / MODEL_FILE).write_text(self.model, encoding="utf-8")
        write_manifest(folder, RANKER_ARTIFACT, bi_encoder, features=list(self.features), depth=self.depth, base_weight=self.base_weight,
                       lightgbm=lightgbm.__version__, **details)


def load_ranker(name: str | Path = DEFAULT) -> LearnedRanker:
    """`default` (the shipped ranker) or a folder written by `python -m mlmatch.train ranker`."""
    folder = SHIPPED_RANKER if str(name) == DEFAULT else served(name)
    manifest = read_manifest(folder) if folder.is_dir() else None
    if manifest is None:
        where = "no learned ranker ships with this copy of mlmatch" if str(name) == DEFAULT else f"{folder} holds no learned ranker"
        raise ModelNotAvailable(f"{where}; train one with `python -m mlmatch.train ranker`")
    check_artifact_kind(folder, manifest, RANKER_ARTIFACT)
    features = tuple(manifest.get("features", ()))
    if features != NAMES:
        missing, extra = sorted(set(NAMES) - set(features)), sorted(set(features) - set(NAMES))
        raise ModelNotAvailable(f"{folder}: the ranker was trained on other features than this mlmatch computes "
                                f"(missing: {', '.join(missing) or 'none'}; unknown: {', '.join(extra) or 'none'}; "
                                "or another order); train it again with `python -m mlmatch.train ranker`")
    weak = manifest.get("weak_match_below")
    try:
        ranker = LearnedRanker((folder / MODEL_FILE).read_text(encoding="utf-8"), features, int(manifest["depth"]),
                               float(manifest.get("base_weight", 0.0)), str(folder), float(weak) if weak is not None else None)
        trees = ranker.trees
    except (OSError, UnicodeDecodeError, UnreadableModel) as error:
        raise ModelNotAvailable(f"{folder / MODEL_FILE}: not a readable LightGBM model ({error})") from None
    if trees.feature_count != len(NAMES):
        raise ModelNotAvailable(f"{folder / MODEL_FILE}: the model reads {trees.feature_count} features, its manifest lists {len(NAMES)}")
    return ranker
