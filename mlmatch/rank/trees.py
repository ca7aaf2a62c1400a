"""A LightGBM text model evaluated in numpy, so that ranking a query needs no LightGBM import.

Importing `lightgbm` costs about 2.7 s on 2 cores (it imports scikit-learn and pandas when they are
installed), more than the rest of a cold search (docs/speed.md). Scoring only walks the trees: each node
sends a row left when its feature is at most the threshold, with LightGBM's rules for missing values
(`Tree::NumericalDecision`). LightGBM itself still trains, explains (SHAP contributions) and saves; a test
checks that both score alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_DEFAULT_LEFT = 2  # decision_type bit: a missing value goes left
_MISSING_ZERO, _MISSING_NAN = 1, 2  # decision_type bits 2-3: what counts as missing
_ZERO = 1e-35  # LightGBM's kZeroThreshold


class UnreadableModel(ValueError):
    """Not a LightGBM text model of numerical splits."""


@dataclass(frozen=True)
class Tree:
    feature: np.ndarray  # per internal node
    threshold: np.ndarray
    default_left: np.ndarray
    missing: np.ndarray  # 0 none, 1 zero, 2 NaN
    left: np.ndarray  # child: an internal node, or ~leaf (negative)
    right: np.ndarray
    leaf_value: np.ndarray

    def predict(self, features: np.ndarray) -> np.ndarray:
        if not len(self.feature):
            return np.full(len(features), self.leaf_value[0])
        node = np.zeros(len(features), dtype=np.int64)
        walking = np.arange(len(features))
        while len(walking):
            at = node[walking]
            value = features[walking, self.feature[at]].astype(np.float64)
            missing_type = self.missing[at]
            value = np.where(np.isnan(value) & (missing_type != _MISSING_NAN), 0.0, value)
            is_missing = ((missing_type == _MISSING_ZERO) & (np.abs(value) <= _ZERO)) | ((missing_type == _MISSING_NAN) & np.isnan(value))
            go_left = np.where(is_missing, self.default_left[at], value <= self.threshold[at])
            node[walking] = np.where(go_left, self.left[at], self.right[at])
            walking = walking[node[walking] >= 0]
        return self.leaf_value[~node]


@dataclass(frozen=True)
class TreeEnsemble:
    trees: tuple[Tree, ...]
    feature_count: int

    @classmethod
    def parse(cls, text: str) -> TreeEnsemble:
        """The trees of a LightGBM text model (`Booster.save_model`, `model_to_string`)."""
        header, _, body = text.partition("\nTree=")
        body = body.partition("\nend of trees")[0]
        fields = _fields(header)
        if "max_feature_idx" not in fields or fields.get("num_tree_per_iteration", "1") != "1":
            raise UnreadableModel("not a single-output LightGBM text model")
        trees = []
        for block in ("Tree=" + body).split("\nTree=") if body else ():
            trees.append(_tree(_fields(block)))
        if not trees:
            raise UnreadableModel("the model holds no trees")
        return cls(tuple(trees), int(fields["max_feature_idx"]) + 1)

    def predict(self, features: np.ndarray) -> np.ndarray:
        """The raw score of each row (the sum of its leaves), as `Booster.predict` gives it."""
        features = np.asarray(features)
        if features.ndim != 2 or features.shape[1] != self.feature_count:
            raise ValueError(f"expected rows of {self.feature_count} features, got shape {features.shape}")
        return np.sum([tree.predict(features) for tree in self.trees], axis=0) if len(features) else np.zeros(0)


def _fields(block: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in block.splitlines() if "=" in line)


def _tree(fields: dict[str, str]) -> Tree:
    def numbers(name: str, kind: type) -> np.ndarray:
        return np.array(fields.get(name, "").split(), dtype=kind)

    try:
        if int(fields.get("num_cat", "0")) or fields.get("is_linear", "0") != "0":
            raise UnreadableModel("categorical or linear trees are not supported")
        decision = numbers("decision_type", np.int64)
        if (decision & 1).any():
            raise UnreadableModel("categorical splits are not supported")
        return Tree(numbers("split_feature", np.int64), numbers("threshold", np.float64), (decision & _DEFAULT_LEFT) > 0,
                    (decision >> 2) & 3, numbers("left_child", np.int64), numbers("right_child", np.int64),
                    numbers("leaf_value", np.float64))
    except (KeyError, ValueError) as error:
        if isinstance(error, UnreadableModel):
            raise
        raise UnreadableModel(f"a tree does not parse ({error})") from None
