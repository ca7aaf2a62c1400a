"""Losses of our own, each a small sentence-transformers loss class."""

from __future__ import annotations

from sentence_transformers.sentence_transformer.losses import EmbedDistillLoss


class TeacherDistillLoss(EmbedDistillLoss):
    """weight x (1 - cosine) between the student's embedding and the base model's: a pull towards what the base knew."""

    def __init__(self, model, weight: float):
        super().__init__(model, distance_metric="cosine")
        self.weight = weight

    def forward(self, sentence_features, labels):
        return self.weight * super().forward(sentence_features, labels)
