"""Search logs read and validated, judgments from clicks, and the click simulator on a small BEIR set."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from mlmatch.beir import load_beir
from mlmatch.feedback import QueryKey, judgments, label
from mlmatch.search_log import Search, SearchLogError, read_search_log, write_search_log

from conftest import BEIR_SMALL

GOOD = {"time": "2026-11-30T14:03:00Z", "query": "苹果手机壳", "lang": "zh", "shown": ["p1", "p2", "p3"], "clicked": ["p2"],
        "carted": ["p2"], "bought": []}


def write_lines(path, rows) -> None:
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n" for row in rows), encoding="utf-8")


def _results(folder: Path, scores: dict[str, float]) -> Path:
    """A `python -m eval.run` results folder holding `dense`'s nDCG@10 per pair, as the gate reads it."""
    folder.mkdir()
    (folder / "results.json").write_text(json.dumps({"systems": ["dense"], "pairs": {p: {"dense": {"ndcg@10": v}} for p, v in scores.items()}}))
    return folder


def test_a_log_reads_into_searches_oldest_first_and_drops_who_searched(tmp_path):
    earlier = {**GOOD, "time": "2026-11-29T08:00:00", "query": "Beamer 4K", "lang": "de", "clicked": [], "carted": [],
               "user_id": "u-17", "session": "s-9"}
    write_lines(tmp_path / "log.jsonl", [GOOD, earlier])
    first, second = read_search_log(tmp_path / "log.jsonl")
    assert first.query == "Beamer 4K" and first.time == datetime(2026, 11, 29, 8, tzinfo=UTC)  # no zone: UTC
    assert second.shown == ("p1", "p2", "p3") and second.grade("p2") == 2 and second.grade("p1") == 0
    write_search_log([first, second], tmp_path / "again.jsonl")
    written = (tmp_path / "again.jsonl").read_text(encoding="utf-8")
    assert "u-17" not in written and "session" not in written and "user" not in written  # never written anywhere
    assert read_search_log(tmp_path / "again.jsonl") == [first, second]


def test_every_bad_line_is_reported_with_its_line_and_field(tmp_path):
    rows = ["not json", [1, 2], {**GOOD, "clicks": ["p1"]}, {k: v for k, v in GOOD.items() if k != "shown"},
            {**GOOD, "time": "yesterday"}, {**GOOD, "query": "  "}, {**GOOD, "lang": "xx"}, {**GOOD, "shown": []},
            {**GOOD, "shown": ["p1", "p1"]}, {**GOOD, "bought": ["p9"]}, {**GOOD, "clicked": "p2"}, GOOD]
    write_lines(tmp_path / "bad.jsonl", rows)
    with pytest.raises(SearchLogError) as error:
        read_search_log(tmp_path / "bad.jsonl")
    problems = error.value.problems
    assert len(problems) == 11  # the last line is fine
    for number, words in enumerate(["not JSON", "not a JSON object", "field 'clicks': unknown", "field 'shown': missing",
                                    "field 'time'", "field 'query': the query is empty", "field 'lang'", "field 'shown': empty",
                                    "listed twice", "field 'bought': 'p9' was not shown", "field 'clicked': must be a list"], start=1):
        assert any(p.startswith(f"line {number}:") and words in p for p in problems), (number, words, problems)
    assert "rejected, 11 problems" in str(error.value)
    with pytest.raises(SearchLogError, match="no such file"):
        read_search_log(tmp_path / "missing.jsonl")
    write_lines(tmp_path / "empty.jsonl", [])
    with pytest.raises(SearchLogError, match="no searches in file"):
        read_search_log(tmp_path / "empty.jsonl")


def searches_of(query: str, lists: list[tuple[list[str], list[str]]]) -> list[Search]:
    return [Search(datetime(2026, 1, 1, tzinfo=UTC), query, "en", tuple(shown), frozenset(clicked)) for shown, clicked in lists]


def test_skip_above_judges_what_was_looked_at_and_nothing_below():
    log = searches_of("Phone  Case", [(["a", "b", "c", "d"], ["b"])] * 2) + searches_of("phone case", [(["a", "b", "c", "d"], ["b"])])
    judged = judgments(log, "skip-above")
    [key] = judged.labels
    assert key == QueryKey("phone case", "en") and judged.searches[key] == 3
    assert judged.labels[key] == {"a": 0, "b": label(1.0)}  # a was skipped above the click; c and d were never looked at
    assert judged.labels[key]["b"] >= 1


def test_queries_with_too_little_traffic_are_left_out_and_counted():
    log = searches_of("rare", [(["a"], ["a"])]) + searches_of("never clicked", [(["a", "b"], [])] * 5)
    judged = judgments(log, "skip-above")
    assert not judged.labels
    assert judged.left_out == {"fewer than 3 searches": 1, "fewer than 2 actions": 1}
    assert judged.summary()["thresholds"]["min_searches"] == 3
    with pytest.raises(ValueError, match="unknown correction"):
        judgments(log, "magic")


def test_propensities_fall_with_rank_and_weigh_a_low_click_up():
    log = searches_of("q", [(["a", "b", "c"], ["a"])] * 8) + searches_of("q", [(["a", "b", "c"], ["c"])] * 2)
    propensities = judgments(log, "propensity").propensities
    assert propensities[0] == 1.0 and list(propensities) == sorted(propensities, reverse=True)
    estimates = judgments(log, "propensity").estimates[QueryKey("q", "en")]
    uncorrected = judgments(log, "none").estimates[QueryKey("q", "en")]
    assert estimates["c"] / estimates["a"] > uncorrected["c"] / uncorrected["a"]  # clicked where few look: more telling


def test_a_pair_loses_only_by_a_significant_fall_when_its_queries_are_scored_one_by_one():
    from mlmatch.train.gate import compare

    steady = {f"q{i}": 0.8 for i in range(20)}
    one_query_moved = {**steady, "q0": 0.0}  # the mean falls by 0.04: one query of twenty
    every_query_fell = {q: 0.7 + 0.001 * i for i, q in enumerate(steady)}
    rows = compare({"held-out": {"en-en": steady, "de-en": steady, "zh-en": 0.8, "ja-en": {"a": 1.0}, "fr-en": {"b": 1.0, "c": 0.5}}},
                   {"held-out": {"en-en": one_query_moved, "de-en": every_query_fell, "zh-en": 0.78, "ja-en": {"a": 0.0},
                                 "fr-en": {"b": 1.0, "c": 0.5}}})
    verdicts = {row["pair"]: (row["verdict"], row["p_value"] is not None) for row in rows}
    assert verdicts == {"en-en": ("holds", True), "de-en": ("loses", True), "zh-en": ("loses", False),  # a mean: its fall alone
                        "ja-en": ("pooled", False), "fr-en": ("pooled", False),
                        "pooled small pairs (2)": ("holds", True),  # tested together: one query of three fell, p = 0.42
                        "all pairs (4)": ("loses", True)}  # de-en's twenty falls carry the whole set


def test_many_small_falls_reject_a_candidate_though_no_pair_alone_is_sure():
    from mlmatch.train.gate import compare

    rng = np.random.default_rng(0)
    before = {f"p{p}": {f"q{i}": float(v) for i, v in enumerate(rng.uniform(0.5, 1.0, 4))} for p in range(12)}
    after = {pair: {q: v - 0.05 + float(rng.normal(0, 0.05)) for q, v in scores.items()} for pair, scores in before.items()}
    rows = {row["pair"]: row for row in compare({"style": before}, {"style": after})}
    assert rows["all pairs (12)"]["verdict"] == "loses" and rows["all pairs (12)"]["p_value"] < 0.05


def test_a_pool_of_two_queries_is_judged_only_with_the_whole_set():
    from mlmatch.train.gate import compare

    steady = {f"q{i}": 0.8 for i in range(10)}
    rows = {row["pair"]: row["verdict"] for row in compare({"style": {"en-en": steady, "en-fr": {"a": 1.0, "b": 0.5}}},
                                                         {"style": {"en-en": steady, "en-fr": {"a": 0.5, "b": 0.5}}})}
    assert rows == {"en-en": "holds", "en-fr": "pooled", "pooled small pairs (1)": "pooled", "all pairs (2)": "holds"}


def test_the_simulator_writes_a_valid_log_and_skip_above_recovers_the_judgments(tmp_path):
    from eval import simulate_clicks

    data = load_beir(BEIR_SMALL, "train")
    shown = simulate_clicks.shown_lists(data, "bm25", 8)
    searches = simulate_clicks.simulate(data, shown, 2000, seed=1)
    write_search_log(searches, tmp_path / "log.jsonl")
    assert read_search_log(tmp_path / "log.jsonl") == searches
    assert searches[0].time < searches[-1].time
    recovered = simulate_clicks.agreement(data, searches)
    assert recovered["skip-above"]["queries"] > 0 and recovered["skip-above"]["ndcg@10"] > 0.9
    assert recovered["skip-above"]["recall"] > recovered["none"]["recall"]  # correcting for position finds more of the relevant

    zh = simulate_clicks.simulate(data, shown, 200, langs=frozenset({"zh"}))
    assert {s.lang for s in zh} == {"zh"}
    bot = simulate_clicks.simulate(data, shown, 50, behaviour="bot")
    assert len({product for s in bot for product in s.clicked}) == 1 and all(s.clicked <= set(s.shown) for s in bot)
    with pytest.raises(ValueError, match="no judged query"):
        simulate_clicks.simulate(data, shown, 10, langs=frozenset({"ko"}))

    shares = [set(simulate_clicks.shown_lists(data, "bm25", 8, share=(k, 3))) for k in (1, 2, 3)]
    assert set.union(*shares) == set(shown) and sum(map(len, shares)) == len(shown)  # every query in exactly one share
    assert all(len({q.split(":")[0] for q in share} & {q.split(":")[0] for q in other}) == 0
               for share in shares for other in shares if other is not share)  # an intent's languages go together
    with pytest.raises(ValueError, match="K/N"):
        simulate_clicks.parse_share("4/3")


def test_a_log_becomes_a_beir_set_split_by_time_that_the_evaluation_reads(tmp_path):
    from dataclasses import replace

    from eval import simulate_clicks
    from mlmatch.beir import as_catalog
    from mlmatch.catalog import write_catalog
    from mlmatch.train.cli import main as train_main
    from mlmatch.train.logs import LogDataConfig, log_to_beir

    data = load_beir(BEIR_SMALL, "train")
    searches = simulate_clicks.simulate(data, simulate_clicks.shown_lists(data, "bm25", 8), 1000, seed=2)
    gone = next(iter(data.corpus))  # delisted since: the log shows it, the catalog no longer has it
    write_search_log(searches, tmp_path / "log.jsonl")
    write_catalog(as_catalog([d for i, d in data.corpus.items() if i != gone]), tmp_path / "catalog.jsonl")
    assert train_main(["logs", "--log", str(tmp_path / "log.jsonl"), "--catalog", str(tmp_path / "catalog.jsonl"),
                       "--out", str(tmp_path / "beir")]) == 0
    summary = json.loads((tmp_path / "beir" / "summary.json").read_text())
    splits = summary["splits"]
    assert [splits[s]["searches"] for s in ("train", "dev", "test")] == [700, 100, 200]
    assert splits["train"]["to"] <= splits["dev"]["from"] and splits["dev"]["to"] <= splits["test"]["from"]
    assert summary["delisted_products_left_out"] == 1
    for split in ("train", "dev", "test"):
        judged = load_beir(tmp_path / "beir", split)
        assert judged.qrels and len(judged.qrels) == splits[split]["queries"]
        assert all(q.startswith(f"{split}-") for q in judged.qrels) and gone not in {d for j in judged.qrels.values() for d in j}
        looked_at = load_beir(tmp_path / "beir", split, zeros=True).qrels  # the products passed over are judged 0
        assert any(0 in grades.values() for grades in looked_at.values())
        assert {q: {d: g for d, g in grades.items() if g} for q, grades in looked_at.items() if any(grades.values())} == judged.qrels
    config = LogDataConfig(tmp_path / "log.jsonl", tmp_path / "catalog.jsonl", tmp_path / "again")
    with pytest.raises(ValueError, match="held-out"):
        log_to_beir(replace(config, held_out=0.9, dev=0.2))
    assert not (tmp_path / "again").exists()


def test_the_rankers_queries_are_a_split_of_their_own_that_the_bi_encoder_never_sees(tmp_path):
    from eval import simulate_clicks
    from mlmatch.beir import as_catalog
    from mlmatch.catalog import write_catalog
    from mlmatch.train.logs import LogDataConfig, for_ranker, log_to_beir

    data = load_beir(BEIR_SMALL, "train")
    write_search_log(simulate_clicks.simulate(data, simulate_clicks.shown_lists(data, "bm25", 8), 1000, seed=2), tmp_path / "log.jsonl")
    write_catalog(as_catalog(list(data.corpus.values())), tmp_path / "catalog.jsonl")
    plain = log_to_beir(LogDataConfig(tmp_path / "log.jsonl", tmp_path / "catalog.jsonl", tmp_path / "plain"))
    shared = log_to_beir(LogDataConfig(tmp_path / "log.jsonl", tmp_path / "catalog.jsonl", tmp_path / "shared", ranker_share=0.4))
    assert "ranker" not in plain["splits"] and shared["splits"]["ranker"]["queries"] > 0
    assert shared["splits"]["test"] == plain["splits"]["test"]  # the held-out searches are everyone's
    assert sum(shared["splits"][s]["searches"] for s in ("train", "dev", "ranker")) == 800

    def texts(folder, split):
        judged = load_beir(folder, split)
        return {(judged.queries[q].text, judged.queries[q].lang) for q in judged.qrels}

    ranker, bi_encoder = texts(tmp_path / "shared", "ranker"), texts(tmp_path / "shared", "train") | texts(tmp_path / "shared", "dev")
    assert ranker and bi_encoder and not ranker & bi_encoder
    assert all(for_ranker(QueryKey.typed(*query), 0.4) for query in ranker) and not any(for_ranker(QueryKey.typed(*q), 0.4) for q in bi_encoder)


def test_a_ranker_share_too_small_or_a_ranker_without_its_generations_is_refused_before_any_training(tmp_path):
    from dataclasses import replace

    from eval import simulate_clicks
    from mlmatch.beir import as_catalog
    from mlmatch.catalog import write_catalog
    from mlmatch.train.from_logs import FromLogsConfig, from_logs

    data = load_beir(BEIR_SMALL, "train")
    write_search_log(simulate_clicks.simulate(data, simulate_clicks.shown_lists(data, "bm25", 8), 2000, seed=5), tmp_path / "log.jsonl")
    write_catalog(as_catalog(list(data.corpus.values())), tmp_path / "catalog.jsonl")
    config = FromLogsConfig(tmp_path / "log.jsonl", tmp_path / "catalog.jsonl", tmp_path / "run", ranker="default", ranker_share=0.01,
                            min_judged_queries=5)
    with pytest.raises(ValueError, match="too few to train it on"):
        from_logs(config)
    assert not (tmp_path / "run" / "candidate").exists()
    with pytest.raises(ValueError, match="promoted together"):  # a new bi-encoder served beside a ranker trained on the old one
        from_logs(replace(config, ranker_share=0.5, models=tmp_path / "models"))


def test_a_bi_encoder_and_its_ranker_roll_back_together_or_not_at_all(tmp_path):
    from mlmatch.models.generations import promote, served
    from mlmatch.train.cli import main as train_main

    models, rankers = tmp_path / "models", tmp_path / "rankers"
    for number in (1, 2):
        for folder in (models, rankers):
            (tmp_path / "candidate").mkdir(exist_ok=True)
            (tmp_path / "candidate" / "weights.txt").write_text(f"{folder.name} {number}")
            promote(folder, tmp_path / "candidate")
    assert train_main(["rollback", "--models", str(models), str(rankers)]) == 0
    assert [(served(f) / "weights.txt").read_text() for f in (models, rankers)] == ["models 1", "rankers 1"]
    (tmp_path / "candidate" / "weights.txt").write_text("models 3")
    promote(models, tmp_path / "candidate")  # the bi-encoder alone has a generation to go back from
    assert train_main(["rollback", "--models", str(models), str(rankers)]) == 2
    assert (served(models) / "weights.txt").read_text() == "models 3"  # still served: the ranker had nothing to go back to


def test_a_log_is_judged_a_search_at_a_time_as_if_held_whole_and_sorted(tmp_path):
    """The streaming reader splits by time whatever the file's order, and judges each split as the judgments
    of its searches held in memory do."""
    import random

    from eval import simulate_clicks
    from mlmatch.beir import as_catalog
    from mlmatch.catalog import write_catalog
    from mlmatch.search_log import iter_search_log, scan_search_log
    from mlmatch.train.logs import LogDataConfig, log_to_beir

    data = load_beir(BEIR_SMALL, "train")
    searches = simulate_clicks.simulate(data, simulate_clicks.shown_lists(data, "bm25", 8), 600, seed=3)
    shuffled = random.Random(0).sample(searches, len(searches))
    write_search_log(shuffled, tmp_path / "log.jsonl")
    write_catalog(as_catalog(list(data.corpus.values())), tmp_path / "catalog.jsonl")
    assert scan_search_log(tmp_path / "log.jsonl").tolist() == [s.time.timestamp() for s in shuffled]
    assert list(iter_search_log(tmp_path / "log.jsonl")) == shuffled  # file order
    log_to_beir(LogDataConfig(tmp_path / "log.jsonl", tmp_path / "catalog.jsonl", tmp_path / "beir", correction="propensity"))
    oldest = sorted(searches, key=lambda s: s.time)[:420]  # train: the oldest 70 %
    expected = {key: {p: g for p, g in labels.items() if g} for key, labels in judgments(oldest, "propensity").labels.items()}
    train = load_beir(tmp_path / "beir", "train")
    assert sorted(map(sorted, (grades.items() for grades in train.qrels.values()))) == \
           sorted(map(sorted, (grades.items() for grades in expected.values() if grades)))


def test_the_gate_rejects_bots_random_clicks_and_a_losing_pair_and_promotes_a_generation_that_can_be_rolled_back(tmp_path):
    from eval import simulate_clicks
    from mlmatch.models.generations import current_generation, served
    from mlmatch.train.cli import main as train_main
    from mlmatch.train.gate import check_log

    data = load_beir(BEIR_SMALL, "train")
    shown = simulate_clicks.shown_lists(data, "bm25", 8)
    shoppers = simulate_clicks.simulate(data, shown, 1000, seed=3)
    assert check_log(shoppers, min_judged_queries=5)[0] == []
    bot_problems = check_log(simulate_clicks.simulate(data, shown, 1000, behaviour="bot"), min_judged_queries=5)[0]
    assert any(problem.startswith("a bot: product") for problem in bot_problems)
    random_problems = check_log(simulate_clicks.simulate(data, shown, 1000, behaviour="random"), min_judged_queries=5)[0]
    assert any(problem.startswith("random clicks") for problem in random_problems)

    log = write_search_log(simulate_clicks.simulate(data, shown, 3000, seed=4), tmp_path / "log.jsonl")
    current = _results(tmp_path / "current", {"zh-en": 0.70, "en-en": 0.90})
    better = _results(tmp_path / "better", {"zh-en": 0.75, "en-en": 0.895})
    worse = _results(tmp_path / "worse", {"zh-en": 0.80, "en-en": 0.88})  # wins the macro by losing same-language search
    models, first, second = tmp_path / "models", tmp_path / "first", tmp_path / "second"
    for folder, text in ((first, "one"), (second, "two")):
        folder.mkdir()
        (folder / "weights.txt").write_text(text)
    assert train_main(["gate", "--log", str(log), "--current", f"held-out={current}", "--candidate", f"held-out={worse}",
                       "--out", str(tmp_path / "rejected"), "--models", str(models), "--candidate-model", str(first)]) == 1
    report = (tmp_path / "rejected" / "report.md").read_text()
    assert "NOT PROMOTED" in report and "held-out en-en: nDCG@10 0.9000 -> 0.8800" in report and not models.exists()
    for candidate in (first, second):
        assert train_main(["gate", "--log", str(log), "--current", f"held-out={current}", "--candidate", f"held-out={better}",
                           "--out", str(tmp_path / "promoted"), "--min-judged-queries", "5", "--models", str(models), "--candidate-model", str(candidate)]) == 0
    assert json.loads((tmp_path / "promoted" / "report.json").read_text())["promote"]
    assert (served(models) / "weights.txt").read_text() == "two" and current_generation(models).name == "gen-0002"
    assert train_main(["rollback", "--models", str(models)]) == 0
    assert (served(models) / "weights.txt").read_text() == "one"  # the newer generation is kept, never overwritten
    assert train_main(["rollback", "--models", str(models)]) == 2  # nothing before the first


def test_a_log_of_one_language_is_promoted_only_when_the_other_languages_are_measured_and_hold(tmp_path):
    from eval import simulate_clicks
    from mlmatch.train.cli import main as train_main

    data = load_beir(BEIR_SMALL, "train")
    shown = simulate_clicks.shown_lists(data, "bm25", 8)
    searches = simulate_clicks.simulate(data, shown, 2000, langs=frozenset({"zh"}), seed=6)
    assert {s.lang for s in searches} == {"zh"}
    log = write_search_log(searches, tmp_path / "zh.jsonl")

    def results(name, scores):
        return str(_results(tmp_path / name, scores))

    def gate(out, *sets):
        code = train_main(["gate", "--log", str(log), "--out", str(tmp_path / out), "--min-judged-queries", "2",  # 2 Chinese queries
                           *(arg for name, current, candidate in sets for arg in ("--current", f"{name}={current}", "--candidate", f"{name}={candidate}"))])
        return code, (tmp_path / out / "report.md").read_text()

    held_out = ("held-out", results("zh-now", {"zh-en": 0.60, "zh-zh": 0.90}), results("zh-next", {"zh-en": 0.70, "zh-zh": 0.91}))
    code, report = gate("alone", held_out)
    assert code == 1 and "unmeasured: no evaluation set has queries in en" in report  # English shoppers' search unseen
    checked = ("check", results("all-now", {"en-en": 0.90, "en-zh": 0.50, "zh-en": 0.60}), results("all-next", {"en-en": 0.85, "en-zh": 0.50, "zh-en": 0.70}))
    code, report = gate("en-loses", held_out, checked)
    assert code == 1 and "check en-en: nDCG@10 0.9000 -> 0.8500" in report and "unmeasured" not in report
    holding = ("check", checked[1], results("all-holds", {"en-en": 0.895, "en-zh": 0.52, "zh-en": 0.70}))
    assert gate("holds", held_out, holding)[0] == 0


@pytest.mark.slow
def test_from_logs_trains_over_the_current_model_gates_it_and_resumes(tmp_path, mlmatch_home):
    from eval import simulate_clicks
    from mlmatch.beir import as_catalog
    from mlmatch.catalog import write_catalog
    from mlmatch.models.generations import current_generation
    from mlmatch.train.cli import main as train_main

    data = load_beir(BEIR_SMALL, "train")
    shown = simulate_clicks.shown_lists(data, "bm25", 8)
    write_catalog(as_catalog(list(data.corpus.values())), tmp_path / "catalog.jsonl")
    models = tmp_path / "models"

    def run(log, out) -> int:
        return train_main(["from-logs", "--log", str(log), "--catalog", str(tmp_path / "catalog.jsonl"), "--out", str(out),
                           "--models", str(models), "--min-judged-queries", "5", "--max-steps", "2", "--device", "cpu"])

    bot = write_search_log(simulate_clicks.simulate(data, shown, 1000, behaviour="bot"), tmp_path / "bot.jsonl")
    assert run(bot, tmp_path / "bot-run") == 1
    assert "a bot: product" in (tmp_path / "bot-run" / "report.md").read_text() and not (tmp_path / "bot-run" / "candidate").exists()

    log = write_search_log(simulate_clicks.simulate(data, shown, 2000, seed=5), tmp_path / "log.jsonl")
    code = run(log, tmp_path / "run")
    report = json.loads((tmp_path / "run" / "report.json").read_text())
    rows = report["pairs"]
    assert rows and {row["set"] for row in rows} == {"held-out"}
    assert report["promote"] == (code == 0) and (not report["promote"] or all(row["verdict"] != "loses" for row in rows))
    assert any(row["pair"].startswith("all pairs") for row in rows)
    assert (current_generation(models) is not None) == report["promote"]
    trained = (tmp_path / "run" / "candidate" / "mlmatch_artifact.json").stat().st_mtime_ns
    assert run(log, tmp_path / "run") in (0, 1)  # resumed: the data and the adapter are kept, only the gate runs again
    assert (tmp_path / "run" / "candidate" / "mlmatch_artifact.json").stat().st_mtime_ns == trained


@pytest.mark.slow
def test_from_logs_retrains_the_served_ranker_on_queries_the_bi_encoder_never_saw_and_gates_both(tmp_path, mlmatch_home):
    from eval import simulate_clicks
    from mlmatch.beir import as_catalog
    from mlmatch.catalog import write_catalog
    from mlmatch.models.artifacts import read_manifest
    from mlmatch.models.generations import current_generation
    from mlmatch.train.cli import main as train_main

    data = load_beir(BEIR_SMALL, "train")
    write_catalog(as_catalog(list(data.corpus.values())), tmp_path / "catalog.jsonl")
    shown = simulate_clicks.shown_lists(data, "ltr", 8)  # the shoppers see the system served: bi-encoder and ranker
    assert shown != simulate_clicks.shown_lists(data, "dense", 8) and all(len(listed) == 8 for listed in shown.values())
    log = write_search_log(simulate_clicks.simulate(data, shown, 2000, seed=5), tmp_path / "log.jsonl")
    models, rankers, run = tmp_path / "models", tmp_path / "rankers", tmp_path / "run"
    code = train_main(["from-logs", "--log", str(log), "--catalog", str(tmp_path / "catalog.jsonl"), "--out", str(run), "--models", str(models),
                       "--ranker", "default", "--rankers", str(rankers), "--ranker-share", "0.5", "--min-judged-queries", "4",
                       "--max-steps", "2", "--device", "cpu"])
    manifest = read_manifest(run / "candidate-ranker")
    assert manifest["base"] == str(run / "candidate")  # on the candidate bi-encoder's cosines
    assert manifest["trained_on"] == [f"{run / 'data'}:ranker"]
    report = json.loads((run / "report.json").read_text())
    assert {row["set"] for row in report["pairs"]} == {"held-out", "held-out ltr"}
    assert report["promote"] == (code == 0)
    assert (current_generation(models) is not None) == (current_generation(rankers) is not None) == report["promote"]


def test_held_out_searches_are_scored_on_what_their_shoppers_looked_at_only():
    from mlmatch.beir import Document, Query
    from mlmatch.train.evaluators import judged_list_ndcg

    from conftest import FakeEncoder

    class Model:  # what the evaluator calls on a sentence-transformers model
        def __init__(self):
            self.fake = FakeEncoder()

        def encode(self, texts, **options):
            return self.fake.encode_documents(texts)

    docs = {d: Document(d, title, "", "en", None) for d, title in
            (("case", "iphone 15 case"), ("cable", "usb cable"), ("unseen", "iphone 15 case clear"))}
    data = load_beir(BEIR_SMALL, "train")
    data = type(data)(data.root, "test", docs, {"q": Query("q", "iphone 15 case", "en")}, {})
    assert judged_list_ndcg(Model(), data, {"q": {"case": 3, "cable": 0}}) == {"en-en": {"q": 1.0}}
    assert judged_list_ndcg(Model(), data, {"q": {"case": 0, "cable": 2}})["en-en"]["q"] == pytest.approx(0.6309, abs=1e-4)
    assert judged_list_ndcg(Model(), data, {"q": {"case": 3}}) == {}  # one product: nothing to order


def test_log_gate_and_rollback_commands_start_without_the_trainers():
    """`python -m mlmatch.train logs|gate|rollback` import no trainer (sentence-transformers: ~18 s on 2 cores)."""
    import subprocess
    import sys

    code = ("import sys\nfrom mlmatch.train.cli import build_parser\n"
            "for command in ('logs', 'gate', 'rollback'):\n    build_parser(command)\n"
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'mlmatch.train.biencoder') if m in sys.modules))")
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert child.stdout.strip() == "[]", child.stderr[-2000:]
