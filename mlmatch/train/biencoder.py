"""Fine-tune the bi-encoder: cross-lingual in-batch negatives + mined hard negatives (+ alignment).

SentenceTransformerTrainer with MultipleNegativesRankingLoss (or its cached variant for large
batches), the no-duplicates batch sampler, hard negatives from `mine_hard_negatives` (FAISS),
optionally a distillation pull towards the base model's embeddings, checkpoint choice by the
do-no-harm rule on dev (`selection.py`), LoRA by default so the result ships as a small adapter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from datasets import Dataset as HFDataset
from datasets import DatasetDict

from mlmatch.beir import Dataset, document_text, judged_products, load_beir
from mlmatch.models.artifacts import BIENCODER_ARTIFACT, write_manifest
from mlmatch.models.encoder import load_bi_encoder
from mlmatch.train import examples
from mlmatch.train.evaluators import DenseDevEvaluator, dev_documents, pairwise_ndcg
from mlmatch.train.interpolate import InterpolationConfig, interpolate
from mlmatch.train.losses import TeacherDistillLoss
from mlmatch.train.model_card import write_model_card
from mlmatch.train.runtime import (
    RunReport,
    ThroughputCallback,
    TrainConfig,
    checkpoint_dir,
    fresh_folder,
    precision_for,
    train_and_report,
    training_arguments,
    training_callbacks,
)
from mlmatch.train.selection import DoNoHarmRule

MINED_PER_PAIR = 8  # candidates per pair; the first one the qrels call irrelevant becomes the negative


@dataclass
class BiEncoderConfig(TrainConfig):
    cached_loss: bool = False  # CachedMultipleNegativesRankingLoss: large batches in small memory
    per_query: int = 3  # positives per query, each in another document language
    align: bool = True
    augment: float = 0.3
    hard_negatives: bool = True
    max_seq_length: int = 64
    dev_docs: int = 1500
    mono_tolerance: float = 0.005  # dev nDCG@10 a monolingual pair may lose against the base (checkpoint choice)
    distill: float = 0.0  # weight of the pull towards the base model's own embeddings (0: off)
    own_language: bool = False  # every query also gets a positive listed in its own language
    scale_on: list[Path] = field(default_factory=list)  # dev sets on which `interpolate` picks the adapter's scale


def train_biencoder(config: BiEncoderConfig) -> RunReport:
    from sentence_transformers import SentenceTransformerTrainer, SentenceTransformerTrainingArguments
    from sentence_transformers.base.sampler import BatchSamplers
    from transformers import set_seed

    set_seed(config.seed)
    precision = precision_for(config.device)
    data = load_beir(config.train, config.train_split)
    dev = load_beir(config.dev or config.train, config.dev_split)
    model = load_bi_encoder(config.base, precision.device).model
    model.max_seq_length = config.max_seq_length

    dev_docs = dev_documents(dev, config.dev_docs, config.seed)
    base_dev_scores = pairwise_ndcg(model, dev, dev_docs)  # the reference no monolingual pair may fall behind
    datasets = {"search": _search_dataset(data, model, config, use_faiss=precision.device == "cpu")}
    if config.align:
        align = examples.parallel_title_pairs(data, judged_products(data), per_product=1, seed=config.seed)
        if align:
            datasets["align"] = HFDataset.from_list(align)
    if config.distill > 0:
        datasets["distill"] = _distill_dataset(data, model)  # teacher = the model before its adapter
    if not config.full:
        _add_lora(model, config.lora_r)

    query, document = model.prompts["query"], model.prompts["document"]
    prompts = {"search": {"anchor": query, "positive": document, "negative": document},
               "align": {"anchor": document, "positive": document}}
    checkpoints = checkpoint_dir()
    throughput = ThroughputCallback(pairs_per_example=1)
    args = training_arguments(SentenceTransformerTrainingArguments, config, precision, checkpoints, (32, 256), "selection",
                              batch_sampler=BatchSamplers.NO_DUPLICATES, prompts={name: prompts.get(name, {}) for name in datasets})
    trainer = SentenceTransformerTrainer(
        model=model,
        args=args,
        train_dataset=DatasetDict(datasets),
        loss={name: _loss(model, config, name) for name in datasets},
        evaluator=DenseDevEvaluator(dev, dev_docs, base_dev_scores, DoNoHarmRule(config.mono_tolerance)),
        callbacks=training_callbacks(config, throughput),
    )
    run = train_and_report(trainer, "biencoder", precision, throughput, checkpoints)
    _save(model, config, run)
    if config.scale_on and not config.full:
        interpolate(InterpolationConfig(adapter=config.out, out=config.out, dev=config.scale_on, dev_split=config.dev_split,
                                        tolerance=config.mono_tolerance, device=precision.device, seed=config.seed))
    return run


def _search_dataset(data: Dataset, model, config: BiEncoderConfig, use_faiss: bool) -> HFDataset:
    """(anchor, positive, negative) triplets: the hardest mined document that the qrels call irrelevant.

    Mining searches with FAISS on CPU and with torch on a GPU (faster there, and FAISS need not be installed).

    No score margin: with complete judgments the qrels already say which mined documents are relevant
    (the same product in other languages, substitutes), and e5's compressed cosine range would make a
    margin discard most of the hardest negatives.
    """
    from sentence_transformers.util import mine_hard_negatives

    pairs = examples.query_positive_pairs(data, config.per_query, config.seed, config.own_language)
    pairs += examples.augmented_pairs(data, pairs, config.augment, config.seed)
    if not config.hard_negatives:
        return HFDataset.from_list([{"anchor": p["anchor"], "positive": p["positive"]} for p in pairs])
    relevant: dict[str, set[str]] = {}
    for row in pairs:
        judged = data.qrels[row["qid"]]
        relevant.setdefault(row["anchor"], set()).update(document_text(data, d) for d in judged)
    corpus = sorted({document_text(data, d) for d in data.corpus})
    mined = mine_hard_negatives(
        HFDataset.from_list([{"anchor": p["anchor"], "positive": p["positive"]} for p in pairs]),
        model,
        corpus=corpus,
        range_max=30,
        num_negatives=MINED_PER_PAIR,
        sampling_strategy="top",
        query_prompt_name="query",
        corpus_prompt_name="document",
        use_faiss=use_faiss,
        batch_size=64,
        output_format="n-tuple",
        verbose=False,
    )
    rows = []
    for row in mined:
        negatives = [row[f"negative_{i}"] for i in range(1, MINED_PER_PAIR + 1)]
        hardest = next((n for n in negatives if n not in relevant.get(row["anchor"], set())), None)
        rows.append({"anchor": row["anchor"], "positive": row["positive"], "negative": hardest})
    with_negative = [r for r in rows if r["negative"] is not None]
    return HFDataset.from_list(with_negative) if with_negative else HFDataset.from_list([{"anchor": p["anchor"], "positive": p["positive"]} for p in pairs])


def _distill_dataset(data: Dataset, model) -> HFDataset:
    """Training queries and listings with the base model's embeddings of them as targets.

    The texts carry their prompt already (one dataset for both roles), so the targets are exactly what
    the base model computes at search time.
    """
    texts = [model.prompts["query"] + q.text for q in data.queries.values()]
    products = judged_products(data)
    texts += [model.prompts["document"] + document_text(data, d.id) for d in data.corpus.values() if d.product_id in products]
    texts = sorted(set(texts))
    targets = model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    return HFDataset.from_dict({"text": texts, "label": targets.tolist()})


def _loss(model, config: BiEncoderConfig, dataset: str):
    from sentence_transformers.sentence_transformer import losses

    if dataset == "distill":
        return TeacherDistillLoss(model, config.distill)
    if config.cached_loss:
        return losses.CachedMultipleNegativesRankingLoss(model, mini_batch_size=32)
    return losses.MultipleNegativesRankingLoss(model)


def _add_lora(model, rank: int) -> None:
    from peft import LoraConfig, TaskType

    model.add_adapter(LoraConfig(task_type=TaskType.FEATURE_EXTRACTION, r=rank, lora_alpha=2 * rank, lora_dropout=0.05,
                                 target_modules=["query", "key", "value", "dense"]))


def _save(model, config: BiEncoderConfig, run: RunReport) -> None:
    out = fresh_folder(config.out)
    if config.full:
        model.save(str(out))
    else:
        model.transformers_model.save_pretrained(str(out))  # the adapter only
        write_manifest(out, BIENCODER_ARTIFACT, config.base, lora_r=config.lora_r)
    run.save(out)
    write_model_card(out, "bi-encoder", config, run)
