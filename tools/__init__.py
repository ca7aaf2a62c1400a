"""Repository tools (model export, shipping the reranker, the GPU run script): they know the repository's folders, the library does not."""
