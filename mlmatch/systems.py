"""One way to name a ranking system, shared by the CLI, the evaluation suite and the demo.

`MODE[+rerank][@MODEL]`: `dense`, `hybrid+rerank`, `dense@packaged` (the zero-shot base model beside
a run's fine-tuned default), `bm25` (never with a model: it has none).
"""

from __future__ import annotations

from dataclasses import dataclass

from mlmatch.errors import BadArgument

MODES = ("dense", "bm25", "hybrid", "ltr")
RERANKABLE = ("dense", "hybrid")  # `ltr` orders by its own model; `bm25` alone is the lexical baseline
MAX_QUERY_CHARS = 500  # far beyond any real product query; the encoders truncate long before


@dataclass(frozen=True)
class SystemSpec:
    mode: str
    rerank: bool = False
    model: str | None = None  # None: the run's own bi-encoder

    @property
    def name(self) -> str:
        return f"{self.mode}{'+rerank' if self.rerank else ''}{f'@{self.model}' if self.model else ''}"

    @classmethod
    def parse(cls, text: str) -> SystemSpec:
        base, at, model = text.strip().partition("@")
        mode, plus, rerank = base.partition("+")
        valid = (mode in MODES and (not plus or (rerank == "rerank" and mode in RERANKABLE))
                 and (not at or (model and mode != "bm25")))
        if not valid:
            raise BadArgument(f"unknown system {text!r} (available: {', '.join(known_names())}; a dense or hybrid "
                              "one optionally @MODEL, e.g. dense@packaged)")
        return cls(mode, bool(plus), model or None)


def check_request(mode: str, rerank_depth: int = 0) -> None:
    """A mode the engine has, and a rerank depth it can apply to it."""
    if mode not in MODES:
        raise BadArgument(f"unknown mode {mode!r} (use one of {', '.join(MODES)})")
    if rerank_depth < 0:
        raise BadArgument("the rerank depth must be 0 (off) or a positive number of results")
    if rerank_depth and mode not in RERANKABLE:
        raise BadArgument(f"{mode} results are not reranked (rerank {' or '.join(RERANKABLE)})")


def check_query(query: str) -> None:
    """A query the engine searches: text, not blank, at most `MAX_QUERY_CHARS` (callers choose how to show
    the error, or cut a query before it comes here)."""
    try:
        query.encode("utf-8")
    except UnicodeEncodeError:
        raise BadArgument("the query is not valid UTF-8 text") from None
    if not query.strip():
        raise BadArgument("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise BadArgument(f"the query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")


def known_names() -> list[str]:
    """Every system without a model of its own; the lexical baseline first (the first system is a run's baseline)."""
    return ["bm25", *(mode for mode in MODES if mode != "bm25"), *(f"{mode}+rerank" for mode in RERANKABLE)]
