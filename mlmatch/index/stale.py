"""What an index must have been built from to answer a search, and the one error every index raises when not.

Every index (the generation's manifest, BM25 and FAISS on disk, a Milvus collection) records what it
was built from; each checks it here, against the same `Wanted`, so the rule of what makes an index
stale is written once.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlmatch.index.analyzer import ANALYZER


class StaleIndex(RuntimeError):
    """An index built from another model or catalog than the one asked for (or unreadable)."""


@dataclass(frozen=True)
class Wanted:
    """What the caller needs: the catalog it searches and, for dense search, the model and index kind."""

    catalog_checksum: str
    count: int
    model_fingerprint: str | None = None  # None: BM25 only
    kind: str = "flat"

    def check(self, found: dict[str, object], where: str) -> None:
        """Raise `StaleIndex` naming the first of `found`'s records (catalog, products, analyzer, model,
        kind, vectors) that is not what is wanted."""
        expected = {"catalog": self.catalog_checksum, "products": self.count, "analyzer": ANALYZER,
                    "model": self.model_fingerprint, "kind": self.kind, "vectors": self.count}
        wrong = [f"{key} {found[key]!r} (wanted {expected[key]!r})" for key in found if found[key] != expected[key]]
        if wrong:
            raise StaleIndex(f"{where} was built for another {wrong[0]}")
