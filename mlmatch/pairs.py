"""Language pairs: which queries are searched against which documents.

`zh-en` = Chinese queries against English documents; `*` on either side = every language;
`zh-mixed` = Chinese queries against the mixed view (each product in its home language only);
`all` = every pair of a query language and a document language with a relevant judgment.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlmatch.beir import DataError, Dataset

ANY, MIXED = "*", "mixed"


@dataclass(frozen=True)
class Pair:
    name: str
    query_lang: str  # a code or ANY
    doc_side: str  # a code, ANY or MIXED

    def query_ids(self, data: Dataset) -> list[str]:
        return [q.id for q in data.queries.values() if self.query_lang in (ANY, q.lang)]

    def doc_ids(self, data: Dataset) -> list[str]:
        if self.doc_side == MIXED:
            if not any(doc.home is not None for doc in data.corpus.values()):
                raise DataError(f"pair {self.name}: this corpus has no mixed view (no `home` field on its documents)")
            return [doc.id for doc in data.corpus.values() if doc.home]
        return [doc.id for doc in data.corpus.values() if self.doc_side in (ANY, doc.lang)]

    @property
    def monolingual(self) -> bool:
        """Queries and documents in one language: most searches on a marketplace."""
        return self.query_lang == self.doc_side and self.query_lang != ANY

    @property
    def multilingual_docs(self) -> bool:
        return self.doc_side in (ANY, MIXED)


def parse_pairs(spec: str, data: Dataset) -> list[Pair]:
    query_langs = sorted({q.lang for q in data.queries.values()})
    doc_langs = sorted({d.lang for d in data.corpus.values()})
    pairs: list[Pair] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        if part == "all":
            judged = _judged_pairs(data)
            pairs.extend(Pair(f"{q}-{d}", q, d) for q in query_langs for d in doc_langs if (q, d) in judged)
            continue
        sides = part.split("-")
        if len(sides) != 2 or not all(sides):
            raise DataError(f"bad pair {part!r}: write QUERYLANG-DOCLANG, e.g. zh-en, zh-*, zh-mixed, *-*, or all")
        query_lang, doc_side = sides
        if query_lang not in (ANY, *query_langs):
            raise DataError(f"pair {part}: no {query_lang!r} queries in this split (query languages: {', '.join(query_langs)})")
        if doc_side not in (ANY, MIXED, *doc_langs):
            raise DataError(f"pair {part}: no {doc_side!r} documents (document languages: {', '.join(doc_langs)})")
        pairs.append(Pair(part, query_lang, doc_side))
    if not pairs:
        raise DataError("no language pairs given")
    return list(dict.fromkeys(pairs))


def _judged_pairs(data: Dataset) -> set[tuple[str, str]]:
    """(query language, document language) of every exact-level judgment: the pairs that can be scored."""
    level = data.exact_level
    return {(data.queries[qid].lang, data.corpus[doc].lang)
            for qid, judged in data.qrels.items() for doc, grade in judged.items() if grade >= level}
