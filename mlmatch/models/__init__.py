"""Encoders: bi-encoders for retrieval, cross-encoder rerankers for the top of a ranking."""

from mlmatch.models.artifacts import DEFAULT
from mlmatch.models.encoder import BiEncoder, ModelNotAvailable, load_bi_encoder
from mlmatch.models.packaged import PACKAGED

__all__ = ["BiEncoder", "DEFAULT", "ModelNotAvailable", "PACKAGED", "load_bi_encoder"]
