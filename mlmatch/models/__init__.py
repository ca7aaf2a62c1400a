"""Encoders (bi-encoders for retrieval) and, later, rerankers (cross-encoders)."""

from mlmatch.models.encoder import BiEncoder, ModelNotAvailable, load_bi_encoder
from mlmatch.models.packaged import PACKAGED

__all__ = ["BiEncoder", "ModelNotAvailable", "PACKAGED", "load_bi_encoder"]
