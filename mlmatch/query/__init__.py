"""Query understanding before retrieval: correction (did-you-mean) from the catalog's own vocabulary."""
