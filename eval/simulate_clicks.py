"""`python -m eval.simulate_clicks`: a shop's search log, simulated from a BEIR set's graded judgments.

    python -m eval.simulate_clicks --data data/benchmark --split train --searches 20000 --out results/clicks.jsonl
    python -m eval.simulate_clicks ... --behaviour bot         # a bot that clicks one product whatever it searched
    python -m eval.simulate_clicks ... --langs zh              # only Chinese shoppers
    python -m eval.simulate_clicks ... --share 2/3             # the second third of the intents: a later month's searches

Each search is one of the split's judged queries, drawn by a Zipf popularity (a few head queries, a long
tail), at a time spread evenly over `--days` days. The shopper is shown the top `--shown` results of
`--system` over the whole corpus (the catalog) and is a position-biased cascade user: they look at the
results top down, act on one with a chance that grows with its true grade (and `--noise` even when it is
irrelevant), go on after an action with `AFTER_ACTION` and after a skip with `--patience`; a top-grade
result they act on is carted with `CART` and then bought with `BUY`. `random` shoppers click uniformly at
random among what they are shown; the `bot` clicks one product (the corpus' first) for every query, paging
to it past the end of the list where the list does not hold it. `--share K/N`
keeps the K-th of N fixed shares of the intents (a query id's part before `:`, each intent with all its
languages), so that successive logs can follow shoppers who search for new things over time. The
log is written in `mlmatch.search_log`'s format (`--catalog-out`: the corpus as the shop's catalog); with `--compare`, how well each bias correction of
`mlmatch.feedback` recovers the true judgments is printed (nDCG@10 of the products in the order of
their estimates, per query; precision and recall of the relevant label).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from ranx import Qrels, Run, evaluate

from eval.datasets import BENCHMARK
from mlmatch.beir import Dataset, as_catalog, load_beir
from mlmatch.catalog import write_catalog
from mlmatch.errors import BadArgument, run_cli
from mlmatch.feedback import CORRECTIONS, QueryKey, judgments
from mlmatch.languages import parse_languages
from mlmatch.search_log import Search, read_search_log, write_search_log

BEHAVIOURS = ("cascade", "random", "bot")
SYSTEMS = ("bm25", "dense", "ltr")
PATIENCE = 0.8  # the chance to look at the next result after skipping one
AFTER_ACTION = 0.5  # the chance to go on looking after acting on a result
NOISE = 0.05  # the chance to click a result of grade 0
CART, BUY = 0.5, 0.6  # a top-grade result acted on: carted; a carted one: bought
ZIPF = 1.1
START = datetime(2026, 1, 1, tzinfo=UTC)


def simulate(data: Dataset, shown_lists: dict[str, list[str]], searches: int, days: float = 30.0, behaviour: str = "cascade",
             langs: frozenset[str] | None = None, noise: float = NOISE, patience: float = PATIENCE, seed: int = 0) -> list[Search]:
    """`searches` simulated searches of `data`'s judged queries (in `langs`, if given), each shown its list in
    `shown_lists` (query id -> product ids, best first)."""
    if behaviour not in BEHAVIOURS:
        raise BadArgument(f"unknown behaviour {behaviour!r} (use one of {', '.join(BEHAVIOURS)})")
    rng = np.random.default_rng(seed)
    query_ids = sorted(q for q in shown_lists if q in data.queries and (not langs or data.queries[q].lang in langs))
    if not query_ids:
        raise BadArgument("no judged query to simulate" + (f" in {', '.join(sorted(langs))}" if langs else ""))
    popularity = 1.0 / np.arange(1, len(query_ids) + 1) ** ZIPF
    order = rng.permutation(len(query_ids))  # which query is popular is not their order in the file
    chosen = rng.choice(len(query_ids), size=searches, p=popularity / popularity.sum())
    top = max(data.exact_level, 1)
    bot_product = next(iter(data.corpus))
    out = []
    for i, pick in enumerate(chosen):
        qid = query_ids[order[pick]]
        shown = shown_lists[qid]
        truth = data.qrels.get(qid, {})
        if behaviour == "bot":  # it pages down to its product wherever the list has it, or past the list's end
            shown = shown if bot_product in shown else [*shown[:-1], bot_product]
            clicked, carted, bought = {bot_product}, set(), set()
        elif behaviour == "random":
            clicked = {shown[int(rng.integers(len(shown)))]} if rng.random() < 0.5 else set()
            carted = bought = set()
        else:
            clicked, carted, bought = _cascade(shown, truth, top, rng, noise, patience)
        time = START + timedelta(days=days * i / max(searches, 1))
        out.append(Search(time, data.queries[qid].text, data.queries[qid].lang, tuple(shown), frozenset(clicked), frozenset(carted),
                          frozenset(bought)))
    return out


def in_share(query_id: str, share: tuple[int, int]) -> bool:
    """Whether `query_id`'s intent (its part before `:`) is in the K-th of N shares: a fixed split by a hash of
    the intent, so every language of an intent falls in the same share."""
    k, n = share
    intent = query_id.rpartition(":")[0] or query_id
    return int(hashlib.sha1(intent.encode("utf-8")).hexdigest(), 16) % n == k - 1


def parse_share(spec: str | None) -> tuple[int, int] | None:
    if spec is None:
        return None
    k, _, n = spec.partition("/")
    if not (k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
        raise BadArgument(f"--share {spec!r}: expected K/N with 1 <= K <= N, e.g. 2/3")
    return int(k), int(n)


def _cascade(shown: list[str], truth: dict[str, int], top: int, rng: np.random.Generator, noise: float,
             patience: float) -> tuple[set, set, set]:
    clicked, carted, bought = set(), set(), set()
    for product in shown:
        grade = truth.get(product, 0)
        attraction = noise + (1 - 2 * noise) * (2**grade - 1) / (2**top - 1)
        if rng.random() < attraction:
            clicked.add(product)
            if grade == top and rng.random() < CART:
                carted.add(product)
                if rng.random() < BUY:
                    bought.add(product)
            if rng.random() >= AFTER_ACTION:
                break
        elif rng.random() >= patience:
            break
    return clicked, carted, bought


def shown_lists(data: Dataset, system: str, depth: int, model: str = "default",
                share: tuple[int, int] | None = None, ranker: str = "default") -> dict[str, list[str]]:
    """Each judged query's (in `share`, if given) top `depth` by `system` over the whole corpus (the shop's catalog)."""
    from mlmatch.search import SearchEngine

    encoder = ranking = None
    if system != "bm25":
        from mlmatch.models import load_bi_encoder

        encoder = load_bi_encoder(model)
    if system == "ltr":
        from mlmatch.rank.stage import load_ranking_models

        ranking = load_ranking_models(ranker)
    engine = SearchEngine.build(as_catalog(list(data.corpus.values())), encoder, ranking=ranking)
    query_ids = sorted(q for q in data.qrels if share is None or in_share(q, share))
    results = engine.search_batch([data.queries[q].text for q in query_ids], mode=system, k=depth)
    return {qid: [r.product.id for r in listed] for qid, listed in zip(query_ids, results) if listed}


def agreement(data: Dataset, searches: list[Search]) -> dict[str, dict[str, float]]:
    """Per bias correction: how well the judgments from `searches` recover `data`'s true grades, over the
    queries judged from the log (nDCG@10 of each query's products by estimate; precision and recall of
    label >= 1 among the products looked at)."""
    by_key = {QueryKey.typed(q.text, q.lang): qid for qid, q in data.queries.items()}
    out = {}
    for correction in CORRECTIONS:
        judged = judgments(searches, correction)
        keys = [key for key in judged.estimates if key in by_key and data.qrels.get(by_key[key])]
        truth = {by_key[k]: {p: g for p, g in data.qrels[by_key[k]].items() if p in judged.estimates[k]} for k in keys}
        keys = [k for k in keys if any(truth[by_key[k]].values())]
        if not keys:
            out[correction] = {"queries": 0}
            continue
        qrels = Qrels({by_key[k]: truth[by_key[k]] for k in keys})
        run = Run({by_key[k]: judged.estimates[k] for k in keys})
        pairs = [(judged.labels[k][p] >= 1, data.qrels[by_key[k]].get(p, 0) >= 1) for k in keys for p in judged.labels[k]]
        said, true = np.array(pairs).T
        out[correction] = {"queries": len(keys), "ndcg@10": float(evaluate(qrels, run, "ndcg@10")),
                           "precision": float((said & true).sum() / max(said.sum(), 1)),
                           "recall": float((said & true).sum() / max(true.sum(), 1))}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.simulate_clicks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=BENCHMARK, help="BEIR directory with graded judgments (default: the benchmark)")
    parser.add_argument("--split", default="train", help="whose judged queries the shoppers search")
    parser.add_argument("--out", type=Path, required=True, help="the log file to write (JSON lines)")
    parser.add_argument("--searches", type=int, default=20_000)
    parser.add_argument("--days", type=float, default=30.0, help="the log's time span")
    parser.add_argument("--behaviour", choices=BEHAVIOURS, default="cascade")
    parser.add_argument("--langs", help="only queries in these languages, e.g. zh (default: all)")
    parser.add_argument("--share", help="only the K-th of N shares of the intents, e.g. 2/3 (default: all)")
    parser.add_argument("--system", choices=SYSTEMS, default="dense", help="what the shoppers are shown")
    parser.add_argument("--model", default="default", help="the bi-encoder of --system dense or ltr")
    parser.add_argument("--ranker", default="default", help="the learned ranker of --system ltr")
    parser.add_argument("--shown", type=int, default=10, help="results shown per search")
    parser.add_argument("--noise", type=float, default=NOISE)
    parser.add_argument("--patience", type=float, default=PATIENCE)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--compare", action="store_true", help="print how well each bias correction recovers the true judgments")
    parser.add_argument("--catalog-out", type=Path, help="also write the corpus as the shop's catalog (the log's product ids)")
    args = parser.parse_args(argv)

    def simulate_and_write() -> None:
        if args.searches < 1 or args.shown < 1:
            raise BadArgument("--searches and --shown must be at least 1")
        if not 0 <= args.noise < 0.5 or not 0 <= args.patience <= 1:
            raise BadArgument("--noise must be in [0, 0.5) and --patience in [0, 1]")
        share = parse_share(args.share)
        data = load_beir(args.data, args.split)
        searches = simulate(data, shown_lists(data, args.system, args.shown, args.model, share, args.ranker), args.searches, args.days, args.behaviour,
                            parse_languages(args.langs), args.noise, args.patience, args.seed)
        write_search_log(searches, args.out)
        if args.catalog_out:
            write_catalog(as_catalog(list(data.corpus.values())), args.catalog_out)
        acted = sum(bool(s.acted_on) for s in searches)
        print(f"wrote {len(searches)} searches ({acted} with an action) to {args.out}", file=sys.stderr)
        if args.compare:
            print(json.dumps(agreement(data, read_search_log(args.out)), indent=2))

    return run_cli(simulate_and_write)


if __name__ == "__main__":
    sys.exit(main())
