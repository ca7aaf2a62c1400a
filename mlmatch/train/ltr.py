"""`python -m mlmatch.train ranker`: the learned ranker (LightGBM LambdaMART), trained on the CPU in minutes.

The ranker must learn when to trust which signal, not to trust the fine-tuned bi-encoder blindly: it
learns only from lists that bi-encoder never saw (the dev splits; the bi-encoder trained on `train`).
Every candidate configuration is judged on out-of-fold predictions (queries of one intent, in all its
languages, stay in one fold), per language pair, by the do-no-harm rule: no pair may fall below the
better of `dense` and `hybrid` by more than the tolerance. A query-adaptive fusion (the lexical weight
chosen per kind of query on the same folds) is scored beside it as the simpler alternative.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean

import numpy as np

from mlmatch.beir import Dataset, as_catalog, load_beir, scorable_qrels
from mlmatch.fusion import LEXICAL_WEIGHT
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.models.universal import UniversalEncoder
from mlmatch.pairs import parse_pairs
from mlmatch.rank.features import FEATURES, NAMES
from mlmatch.rank.ltr import LearnedRanker
from mlmatch.rank.stage import CandidateFeatures
from mlmatch.search import SearchEngine
from mlmatch.train.evaluators import per_query_ndcg_at_10
from mlmatch.train.selection import cross_lingual_macro, monolingual_macro, pair_name

DEPTHS = (20, 40)  # candidates per retriever, chosen on the folds
FOLDS = 4
FUSION_WEIGHTS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)
HEADER, RULE = "| system | data set | macro | monolingual | cross-lingual |", "|---|---|---|---|---|"
ABLATIONS = {  # feature groups the model card measures the chosen configuration without
    "USE multilingual": ("cos_universal",),
    "model numbers, sizes and brands": ("codes_matched", "codes_missing", "latin_matched"),
    "dictionary translation": ("dictionary_share", "rank_dictionary"),
    "query kind and script": ("same_script", "query_units", "query_coverage", "top_bm25_same_script", "top_bm25_share"),
}
MIN_PAIR_QUERIES = 8  # smaller pairs are judged pooled (see `pooled_pairs`)


@dataclass(frozen=True)
class RankerConfig:
    """One LambdaMART configuration: small, shallow and constrained, so it generalises beyond our generator."""

    num_leaves: int = 7
    min_child_samples: int = 100
    n_estimators: int = 200
    learning_rate: float = 0.05
    monotone: bool = True
    base_weight: float = 0.0  # boost from this weight x the hybrid's score (see `mlmatch.rank.ltr`)

    @property
    def name(self) -> str:
        return (f"leaves={self.num_leaves} min_leaf={self.min_child_samples} trees={self.n_estimators}"
                f"{'' if self.monotone else ' free'}{f' from hybrid x{self.base_weight:g}' if self.base_weight else ''}")

    def fitter(self, depth: int):
        """A `fit(lists, which)` for `out_of_fold` and `held_out`: LambdaMART on those lists."""
        def fit(lists: Lists, which: list[int] | None) -> FittedRanker:
            features, labels, groups = lists.stacked(which)
            untrained = LearnedRanker("", NAMES, depth, self.base_weight)
            booster = self.booster(features, labels, groups, untrained.base(features).sum(axis=1))
            return FittedRanker(LearnedRanker(booster.model_to_string(), NAMES, depth, self.base_weight))

        return fit

    def booster(self, features: np.ndarray, labels: np.ndarray, groups: list[int], init_score: np.ndarray):
        import lightgbm

        model = lightgbm.LGBMRanker(
            objective="lambdarank", num_leaves=self.num_leaves, min_child_samples=self.min_child_samples,
            n_estimators=self.n_estimators, learning_rate=self.learning_rate, subsample=0.8, subsample_freq=1,
            colsample_bytree=0.8, reg_lambda=1.0, lambdarank_truncation_level=20, random_state=7, n_jobs=2, verbose=-1,
            monotone_constraints=[FEATURES[name] for name in NAMES] if self.monotone else None,
            monotone_constraints_method="advanced" if self.monotone else "basic")
        model.fit(features, labels, group=groups, init_score=init_score)
        return model.booster_


CONFIGS = (
    RankerConfig(),
    RankerConfig(num_leaves=4, min_child_samples=200, n_estimators=150),
    RankerConfig(num_leaves=15, min_child_samples=50, n_estimators=300),
    RankerConfig(monotone=False),
    RankerConfig(base_weight=10.0),
    RankerConfig(base_weight=30.0),
    RankerConfig(monotone=False, base_weight=30.0),
)


@dataclass
class Lists:
    """Every candidate list of some data sets at one depth: features, grades, and which pair and query each row is."""

    features: list[np.ndarray] = field(default_factory=list)
    grades: list[np.ndarray] = field(default_factory=list)
    doc_ids: list[list[str]] = field(default_factory=list)
    pair: list[str] = field(default_factory=list)  # `dataset:qlang-dlang` of each list
    query: list[str] = field(default_factory=list)
    intent: list[str] = field(default_factory=list)  # the fold key: queries of one intent stay together
    qrels: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)  # pair -> query -> doc -> grade

    def without(self, names: tuple[str, ...]) -> Lists:
        """The same lists with the features `names` unknown (NaN) everywhere: LightGBM can use them for nothing."""
        columns = [NAMES.index(name) for name in names]
        masked = [features.copy() for features in self.features]
        for features in masked:
            features[:, columns] = np.nan
        return Lists(masked, self.grades, self.doc_ids, self.pair, self.query, self.intent, self.qrels)

    def counts(self) -> dict[str, int]:
        """Queries per pair."""
        counts: dict[str, int] = {}
        for pair in self.pair:
            counts[pair] = counts.get(pair, 0) + 1
        return counts

    def stacked(self, which: list[int] | None) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """Features, grades and group sizes of the lists `which` (None: all), as LightGBM takes them."""
        which = range(len(self.grades)) if which is None else which
        return (np.concatenate([self.features[i] for i in which]), np.concatenate([self.grades[i] for i in which]),
                [len(self.grades[i]) for i in which])


def pair_lists(data: Dataset, encoder, universal: UniversalEncoder, depths: tuple[int, ...], expand: bool = True,
               judged_only: bool = False) -> dict[int, Lists]:
    """Candidate lists per depth for every judged pair of `data` (and, where it has one, the mixed view);
    without `expand`, as a search with `--expand off` builds them (no dictionary list). `judged_only` keeps
    only the candidates `data` judges, grade 0 included (load it with `zeros`): to score a search log's held-out
    searches, which judge only what their shoppers looked at."""
    out = {depth: Lists() for depth in depths}
    specs = "all" + (",".join(f",{lang}-mixed" for lang in sorted({q.lang for q in data.queries.values()}))
                     if any(d.home is not None for d in data.corpus.values()) else "")
    translator = SearchEngine.build(as_catalog(list(data.corpus.values()))).translator  # knows the whole corpus' words
    for pair in parse_pairs(specs, data):
        doc_ids = pair.doc_ids(data)
        qrels = scorable_qrels(data, pair.query_ids(data), doc_ids)
        if not qrels:
            continue
        query_ids = sorted(qrels)
        name = pair_name(pair.query_lang, pair.doc_side, data.root.name)
        print(f"[{name}] {len(query_ids)} queries", file=sys.stderr)
        engine = SearchEngine.build(as_catalog([data.corpus[d] for d in doc_ids]), encoder, translator=translator)
        features = CandidateFeatures.over(universal, max(depths), engine.catalog, encoder, engine.bm25)
        texts = [data.queries[q].text for q in query_ids]
        for depth in depths:
            features.depth = depth  # the document vectors, the costly part, serve every depth
            hits = engine.retrieve(texts, ("dense", "bm25", "dictionary") if expand else ("dense", "bm25"), depth)
            lists = features.features(texts, hits)
            target = out[depth]
            target.qrels[name] = qrels
            for qid, candidates in zip(query_ids, lists):
                ids = [engine.catalog.products[row].id for row in candidates.rows]
                rows = candidates.features
                if judged_only:
                    kept = [j for j, d in enumerate(ids) if d in data.qrels[qid]]
                    ids, rows = [ids[j] for j in kept], rows[kept]
                target.features.append(rows)
                target.grades.append(np.array([qrels[qid].get(d, 0) for d in ids], dtype=np.int32))
                target.doc_ids.append(ids)
                target.pair.append(name)
                target.query.append(qid)
                target.intent.append(f"{data.root.name}:{qid.split(':')[0]}")
    return out


def per_pair_ndcg(lists: Lists, which: list[int], scores: list[np.ndarray]) -> dict[str, float]:
    """nDCG@10 per pair of the lists `which`, each ordered by its `scores` (one ranx evaluation for all pairs)."""
    return {pair: float(np.mean(list(by_query.values()))) for pair, by_query in per_query_ndcg(lists, which, scores).items()}


def per_query_ndcg(lists: Lists, which: list[int], scores: list[np.ndarray]) -> dict[str, dict[str, float]]:
    """nDCG@10 per pair and query of the lists `which`, each ordered by its `scores`."""
    run, qrels = {}, {}
    for i, list_scores in zip(which, scores):
        key = f"{lists.pair[i]}|{lists.query[i]}"
        order = np.argsort(-list_scores, kind="stable")[:100]
        run[key] = {lists.doc_ids[i][j]: float(len(order) - r) for r, j in enumerate(order)}
        qrels[key] = lists.qrels[lists.pair[i]][lists.query[i]]
    by_pair: dict[str, dict[str, float]] = {}
    for key, value in per_query_ndcg_at_10(qrels, run).items():
        pair, _, query = key.partition("|")
        by_pair.setdefault(pair, {})[query] = float(value)
    return by_pair


def ranker_query_ndcg(data: Dataset, encoder, universal: UniversalEncoder, ranker: LearnedRanker,
                      judged_only: bool = False) -> dict[str, dict[str, float]]:
    """`ltr`'s nDCG@10 per language pair (`zh-en`) and query of `data`: the bi-encoder `encoder` with `ranker`,
    over the candidate lists a search builds (`judged_only`: their judged products, see `pair_lists`)."""
    lists = pair_lists(data, encoder, universal, (ranker.depth,), judged_only=judged_only)[ranker.depth]
    everything = list(range(len(lists.grades)))
    scores = per_query_ndcg(lists, everything, [ranker.score(lists.features[i]) for i in everything])
    return {pair.rpartition(":")[2]: by_query for pair, by_query in scores.items()}


def column(lists: Lists, i: int, name: str) -> np.ndarray:
    return lists.features[i][:, NAMES.index(name)]


def fusion_scores(lists: Lists, i: int, weight: float) -> np.ndarray:
    """The hybrid's score fusion over list `i`: (1 - w) * cosine + w * BM25 share."""
    return (1 - weight) * column(lists, i, "cos_finetuned") + weight * column(lists, i, "bm25_share")


def query_kind(lists: Lists, i: int) -> str:
    """The kind of query the adaptive fusion chooses a weight for: how much of it the catalog knows
    lexically, and whether its best lexical hit is in its own script."""
    coverage = float(column(lists, i, "query_coverage")[0]) if len(lists.grades[i]) else 0.0
    same = bool(column(lists, i, "top_bm25_same_script")[0]) if len(lists.grades[i]) else False
    return f"{'same' if same else 'other'}-script/{'full' if coverage >= 0.999 else 'partial' if coverage >= 0.5 else 'low'}"


@dataclass(frozen=True)
class AdaptiveFusion:
    """The simple alternative to LambdaMART: the hybrid's lexical weight chosen per kind of query."""

    weights: dict[str, float]

    @classmethod
    def fit(cls, lists: Lists, which: list[int] | None) -> AdaptiveFusion:
        kinds: dict[str, list[int]] = {}
        for i in range(len(lists.grades)) if which is None else which:
            kinds.setdefault(query_kind(lists, i), []).append(i)
        weights = {}
        for kind, members in kinds.items():
            by_weight = {w: mean(per_pair_ndcg(lists, members, [fusion_scores(lists, i, w) for i in members]).values())
                         for w in FUSION_WEIGHTS}
            weights[kind] = max(by_weight, key=lambda w: (round(by_weight[w], 6), -abs(w - LEXICAL_WEIGHT)))
        return cls(weights)

    def scores(self, lists: Lists, i: int) -> np.ndarray:
        return fusion_scores(lists, i, self.weights.get(query_kind(lists, i), LEXICAL_WEIGHT))


def folds(lists: Lists, count: int = FOLDS) -> list[list[int]]:
    """Lists split by intent, round-robin over the sorted intents (deterministic)."""
    intents = sorted(set(lists.intent))
    fold_of = {intent: n % count for n, intent in enumerate(intents)}
    return [[i for i, intent in enumerate(lists.intent) if fold_of[intent] == f] for f in range(count)]


def out_of_fold(lists: Lists, fit) -> dict[str, float]:
    """Per-pair nDCG@10 of scores each fold got from a model `fit(lists, which)` on the other folds."""
    all_which, all_scores = [], []
    for held in folds(lists):
        held_set = set(held)
        model = fit(lists, [i for i in range(len(lists.grades)) if i not in held_set])
        all_which += held
        all_scores += [model.scores(lists, i) for i in held]
    return per_pair_ndcg(lists, all_which, all_scores)


@dataclass(frozen=True)
class FittedRanker:
    """A learned ranker scoring the training code's lists."""

    ranker: LearnedRanker

    def scores(self, lists: Lists, i: int) -> np.ndarray:
        return self.ranker.score(lists.features[i])


def baselines(lists: Lists) -> dict[str, dict[str, float]]:
    everything = list(range(len(lists.grades)))
    return {
        "dense": per_pair_ndcg(lists, everything, [column(lists, i, "cos_finetuned") for i in everything]),
        "hybrid": per_pair_ndcg(lists, everything, [fusion_scores(lists, i, LEXICAL_WEIGHT) for i in everything]),
        "bm25": per_pair_ndcg(lists, everything, [column(lists, i, "bm25_share") for i in everything]),
    }


def pooled_pairs(scores: dict[str, float], counts: dict[str, int]) -> dict[str, float]:
    """Pairs of fewer than `MIN_PAIR_QUERIES` queries pooled per data set and kind (a pair of three queries
    moves by 0.1 when one query does, far beyond any tolerance), the query-weighted mean of the pool."""
    pooled: dict[str, list[tuple[float, int]]] = {}
    for pair, value in scores.items():
        dataset, _, langs = pair.rpartition(":")
        query_lang, _, doc_side = langs.partition("-")
        kind = "monolingual" if query_lang == doc_side else "cross-lingual"
        key = pair if counts[pair] >= MIN_PAIR_QUERIES else f"{dataset}:small {kind} pairs"
        pooled.setdefault(key, []).append((value, counts[pair]))
    return {key: sum(v * n for v, n in parts) / sum(n for _, n in parts) for key, parts in pooled.items()}


def shortfall(scores: dict[str, float], reference: dict[str, dict[str, float]], counts: dict[str, int],
              tolerance: float) -> tuple[float, str]:
    """The largest loss beyond `tolerance` against max(dense, hybrid), and the pair (or pool) where it happens."""
    best = {pair: max(reference["dense"][pair], reference["hybrid"][pair]) for pair in scores}
    ours, theirs = pooled_pairs(scores, counts), pooled_pairs(best, counts)
    worst, where = 0.0, ""
    for pair, value in ours.items():
        loss = theirs[pair] - value - tolerance
        if loss > worst:
            worst, where = loss, pair
    return worst, where


@dataclass
class TrainingConfig:
    train: list[Path]
    out: Path
    dev: list[Path] = field(default_factory=list)
    split: str = "dev"
    test: list[Path] = field(default_factory=list)
    test_split: str = "test"
    model: str = DEFAULT
    tolerance: float = 0.005
    expand: str = "on"  # "off": lists without the dictionary translations' candidates and features
    device: str = "auto"


def train_ranker(config: TrainingConfig) -> str:
    """Choose depth and configuration (out-of-fold on --train, fitted-on-train on --dev), refit, save with a model card."""
    started = time.perf_counter()
    encoder = load_bi_encoder(config.model, config.device)
    universal = UniversalEncoder()

    def extract(folders: list[Path], split: str, depths: tuple[int, ...]) -> dict[int, Lists] | None:
        return _merge([pair_lists(load_beir(d, split), encoder, universal, depths, config.expand == "on")
                       for d in folders]) if folders else None

    train, dev = extract(config.train, config.split, DEPTHS), extract(config.dev, config.split, DEPTHS)
    table: dict[str, dict[str, float]] = {}
    scored = []  # (shortfall, macro, depth, name, configuration) of every LambdaMART configuration
    for depth in DEPTHS:
        judged = [train[depth]] + ([dev[depth]] if dev else [])
        parts = [baselines(part) for part in judged]
        reference = {name: {p: v for part in parts for p, v in part[name].items()} for name in ("dense", "hybrid", "bm25")}
        counts = {p: n for part in judged for p, n in part.counts().items()}
        for name, scores in reference.items():
            table[f"{name} (depth {depth})"] = scores
        configs = {f"ltr {c.name}": c for c in CONFIGS}
        candidates = {"adaptive fusion": AdaptiveFusion.fit, **{name: c.fitter(depth) for name, c in configs.items()}}
        for name, fit in candidates.items():
            scores = selection_scores(train[depth], dev[depth] if dev else None, fit)
            table[f"{name} (depth {depth})"] = scores
            worst_loss = shortfall(scores, reference, counts, config.tolerance)
            if name.startswith("ltr"):
                scored.append((worst_loss[0], mean(scores.values()), depth, name, configs[name]))
            print(f"depth {depth} {name}: macro {mean(scores.values()):.4f}, worst shortfall {worst_loss}", file=sys.stderr)
    worst, _, depth, chosen, ranker_config = choose(scored, config.tolerance)
    everything = train[depth]
    ranker = ranker_config.fitter(depth)(everything, None).ranker
    ablation = {f"without {group}": selection_scores(train[depth].without(names), dev[depth].without(names) if dev else None,
                                                      ranker_config.fitter(depth))
                for group, names in ABLATIONS.items()}
    fusion = AdaptiveFusion.fit(everything, None)
    test = held_out_report(extract(config.test, config.test_split, (depth,))[depth], ranker, fusion) if config.test else {}
    seconds = time.perf_counter() - started
    details = {"config": chosen, "trained_on": [f"{d}:{config.split}" for d in config.train],
               "chosen_on": [f"{d}:{config.split}" for d in config.dev],
               "queries": len(everything.grades), "rows": int(sum(len(g) for g in everything.grades)),
               "tolerance": config.tolerance, "expand": config.expand, "shortfall": round(worst, 4), "model": config.model, "adaptive_fusion": fusion.weights, "seconds": round(seconds, 1)}
    ranker.save(config.out, config.model, **{k: v for k, v in details.items() if k != "model"})
    report = {"chosen": f"{chosen} (depth {depth})", "selection": table, "ablation": {f"{chosen} (depth {depth})": table[f"{chosen} (depth {depth})"], **ablation},
              "test": test, "importances": ranker.importances(), **details}
    (Path(config.out) / "training_run.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    (Path(config.out) / "README.md").write_text(model_card(report))
    return f"wrote {config.out} in {seconds:.0f} s: {report['chosen']}"


def selection_scores(train: Lists, dev: Lists | None, fit) -> dict[str, float]:
    """Per-pair nDCG@10: out of fold on the training lists, and on the dev lists by a model fitted on all of them."""
    return {**out_of_fold(train, fit), **(held_out(dev, fit(train, None)) if dev is not None else {})}


def choose(scored: list[tuple], tolerance: float) -> tuple:
    """The best macro among the configurations as safe as the safest: a shortfall within `tolerance` of the
    smallest one is no real difference (one query of a 28-query pair moves it by more), a macro gain is."""
    safest = min(entry[0] for entry in scored)
    return max((entry for entry in scored if entry[0] <= safest + tolerance), key=lambda entry: entry[1])


def held_out(lists: Lists, model) -> dict[str, float]:
    """Per-pair nDCG@10 of `lists` ordered by a fitted `model` (a `LearnedRanker` or an `AdaptiveFusion`)."""
    everything = list(range(len(lists.grades)))
    return per_pair_ndcg(lists, everything, [model.scores(lists, i) for i in everything])


def held_out_report(lists: Lists, ranker: LearnedRanker, fusion: AdaptiveFusion) -> dict[str, dict[str, float]]:
    """Per-pair nDCG@10 on the --test sets (reported, never used to choose)."""
    return {**baselines(lists), "adaptive fusion": held_out(lists, fusion), "ltr": held_out(lists, FittedRanker(ranker))}


def _merge(parts: list[dict[int, Lists]]) -> dict[int, Lists]:
    merged = {}
    for depth in parts[0]:
        target = Lists()
        for part in parts:
            source = part[depth]
            for name in ("features", "grades", "doc_ids", "pair", "query", "intent"):
                getattr(target, name).extend(getattr(source, name))
            target.qrels.update(source.qrels)
        merged[depth] = target
    return merged


def summary_rows(name: str, scores: dict[str, float]) -> list[str]:
    """One table row per data set: macro, monolingual and cross-lingual nDCG@10."""
    rows = []
    for dataset in sorted({pair.rpartition(":")[0] for pair in scores}):
        part = {p: v for p, v in scores.items() if p.rpartition(":")[0] == dataset}
        mono = monolingual_macro(part)
        rows.append(f"| {name} | {dataset} | {mean(part.values()):.4f} | {f'{mono:.4f}' if mono is not None else '–'} | "
                    f"{cross_lingual_macro(part):.4f} |")
    return rows


def model_card(report: dict) -> str:
    lines = ["# Learned ranker (LightGBM LambdaMART)", "",
             f"Trained by `python -m mlmatch.train ranker` in {report['seconds']} s on {', '.join(report['trained_on'])} "
             f"({report['queries']} query lists, {report['rows']} candidates), bi-encoder `{report['model']}`.",
             f"Chosen: **{report['chosen']}** — the best selection macro nDCG@10 among the configurations whose worst shortfall "
             f"against max(dense, hybrid) on any pair (pairs under {MIN_PAIR_QUERIES} queries pooled per data set and kind) is within "
             f"{report['tolerance']} of the smallest one: {report['shortfall']:.4f} beyond the tolerance of {report['tolerance']}.", "",
             "## Selection: nDCG@10 out of fold on the training lists (4 folds by intent), and on the --dev lists", "",
             HEADER, RULE]
    lines += [row for name, scores in report["selection"].items() for row in summary_rows(name, scores)]
    lines += ["", "## Ablation: the chosen configuration without each feature group (same selection lists)", "", HEADER, RULE]
    lines += [row for name, scores in report["ablation"].items() for row in summary_rows(name, scores)]
    if report["test"]:
        lines += ["", "## Held-out test splits (never used to choose)", "",
                  HEADER, RULE]
        lines += [row for name, scores in report["test"].items() for row in summary_rows(name, scores)]
    lines += ["", "## Feature importances (share of total gain)", "", "| feature | share | constraint |", "|---|---|---|"]
    lines += [f"| {name} | {share:.3f} | {FEATURES[name]:+d} |" for name, share in
              sorted(report["importances"].items(), key=lambda item: -item[1])]
    lines += ["", f"Adaptive fusion weights per query kind (the ablation): {json.dumps(report['adaptive_fusion'])}", "",
              "## Limits", "",
              "- The tables score the candidate lists this command builds (each retriever's top `depth` per pair); "
              "`python -m eval.run --systems dense,ltr` scores the whole pipeline.",
              "- A pair of fewer than a dozen queries moves by 0.1 with one query: read those per-pair numbers as noise.",
              "- Lists written by a generator teach its style: a gain on its own test split is in-distribution. Only "
              "data the ranker never saw, best of all real shoppers' queries, says how it generalises.",
              "- The cosine features mean what the bi-encoder it was trained with means by them: retrain after changing "
              "the bi-encoder.", ""]
    return "\n".join(lines)
