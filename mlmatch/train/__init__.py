"""Fine-tuning: the bi-encoder (retrieval) and the cross-encoder reranker, with sentence-transformers' trainers."""
