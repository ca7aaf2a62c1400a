"""Train the cross-lingual cross-encoder reranker with CrossEncoderTrainer.

Two ways to use the graded (ESCI) labels, chosen with --loss: `lambda`, list-wise LambdaLoss over
graded candidate lists with one output (identity activation, as list-wise losses need), or `esci`,
a 4-class head trained with cross-entropy and scored P(E) + 0.1 P(S) + 0.01 P(C). Candidates come
from the bi-encoder's own top-k in every language combination; LoRA + a trained head by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from datasets import Dataset as HFDataset
from sentence_transformers.cross_encoder import CrossEncoderTrainer

from mlmatch.beir import load_beir
from mlmatch.fusion import RRF_K
from mlmatch.models.artifacts import RERANKER_ARTIFACT, write_manifest
from mlmatch.models.encoder import load_bi_encoder
from mlmatch.models.reranker import MAX_LENGTH, Reranker, new_cross_encoder
from mlmatch.train import examples
from mlmatch.train.candidates import retrieval_candidates
from mlmatch.train.evaluators import RerankDevEvaluator
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

HEAD_MODULES = ["classifier", "pooler"]  # trained in full and stored beside the LoRA weights
LOSSES = ("lambda", "esci")
ESCI_CLASSES = 4  # irrelevant, complement, substitute, exact: the benchmark's grades 0-3
RETRIEVAL_WEIGHTS = (0.0, 0.5, 1.0, 2.0, 4.0)  # tried on dev after training; 0: the reranker's order alone


@dataclass
class RerankerConfig(TrainConfig):
    retriever: str = "default"  # the bi-encoder whose top-k become the candidates (default: the shipped one)
    loss: str = "lambda"  # lambda (list-wise, 1 output) or esci (4-class head)
    candidates: int = 12  # documents per query list
    langs_per_query: int = 1  # candidate lists per query, each from another document language
    max_length: int = MAX_LENGTH
    dev_queries: int = 120


def train_reranker(config: RerankerConfig) -> RunReport:
    from sentence_transformers.cross_encoder import CrossEncoderTrainingArguments
    from sentence_transformers.cross_encoder.losses import CrossEntropyLoss, LambdaLoss
    from transformers import set_seed

    if config.loss not in LOSSES:
        raise ValueError(f"unknown --loss {config.loss!r}; choose one of {', '.join(LOSSES)}")
    set_seed(config.seed)
    precision = precision_for(config.device)
    data = load_beir(config.train, config.train_split)
    if config.loss == "esci":
        _check_esci_grades(data)
    dev = load_beir(config.dev or config.train, config.dev_split)
    retriever = load_bi_encoder(config.retriever, precision.device)
    candidates = retrieval_candidates(data, retriever, config.candidates, config.seed, langs_per_query=config.langs_per_query)
    dev_candidates = retrieval_candidates(dev, retriever, config.candidates, config.seed, config.dev_queries, config.langs_per_query)
    del retriever

    model = new_cross_encoder(config.base, num_labels=_num_labels(config), device=precision.device, max_length=config.max_length)
    if config.loss == "esci":
        rows, loss, pairs_per_row, batch_sizes = examples.graded_pairs(data, candidates), CrossEntropyLoss(model), 1, (48, 512)
    else:
        loss = LambdaLoss(model, mini_batch_size=precision.batch_size(16, 0))  # 0: the whole batch in one pass
        rows, pairs_per_row, batch_sizes = examples.graded_lists(data, candidates), config.candidates, (4, 32)
    if not config.full:
        _add_lora(model, config.lora_r)
    checkpoints = checkpoint_dir()
    throughput = ThroughputCallback(pairs_per_example=pairs_per_row)
    evaluator = RerankDevEvaluator(dev, dev_candidates)
    trainer = (CrossEncoderTrainer if config.full else AdapterCrossEncoderTrainer)(
        model=model,
        args=training_arguments(CrossEncoderTrainingArguments, config, precision, checkpoints, batch_sizes),
        train_dataset=HFDataset.from_list(rows),
        loss=loss,
        evaluator=evaluator,
        callbacks=training_callbacks(config, throughput),
    )
    run = train_and_report(trainer, "reranker", precision, throughput, checkpoints)
    fused = evaluator.fused_ndcg(Reranker(model, "trained", ""), RETRIEVAL_WEIGHTS)
    _save(model, config, run, fused)
    return run


class AdapterCrossEncoderTrainer(CrossEncoderTrainer):
    """Restores the best checkpoint's LoRA weights and head into the model in training.

    The stock reload rebuilds a CrossEncoder from the adapter-only checkpoint, whose base config
    gives it a one-logit head: a 4-class head would fail to load and the last state would ship.
    """

    def _load_from_checkpoint(self, checkpoint_path: str) -> None:
        from peft import set_peft_model_state_dict
        from safetensors.torch import load_file

        state = load_file(str(Path(checkpoint_path) / "adapter_model.safetensors"))
        set_peft_model_state_dict(self.model.transformers_model, {k.removeprefix("base_model.model."): v for k, v in state.items()})


def _num_labels(config: RerankerConfig) -> int:
    return ESCI_CLASSES if config.loss == "esci" else 1


def _check_esci_grades(data) -> None:
    grades = {g for judged in data.qrels.values() for g in judged.values()}
    if not grades <= set(range(ESCI_CLASSES)) or data.exact_level != ESCI_CLASSES - 1:
        raise ValueError(f"--loss esci needs ESCI grades 0-3 (3 = exact) in {data.root}; found grades {sorted(grades)}: use --loss lambda")


def _add_lora(model, rank: int) -> None:
    from peft import LoraConfig

    model.transformers_model.add_adapter(LoraConfig(
        r=rank, lora_alpha=2 * rank, lora_dropout=0.05,
        target_modules=r".*encoder.*\.(query|key|value|dense)$", modules_to_save=HEAD_MODULES,
    ))


def _save(model, config: RerankerConfig, run: RunReport, fused: dict[float, float]) -> None:
    out = fresh_folder(config.out)
    if config.full:
        model.save(str(out))
    else:
        model.transformers_model.save_pretrained(str(out))  # LoRA weights + head (modules_to_save)
    describe(out, config, run, fused)


def describe(out: Path, config: RerankerConfig, run: RunReport, fused: dict[float, float], weight: float | None = None,
             notes: str = "") -> None:
    """Manifest, run report and model card, with `weight` or else the retrieval weight that did best on
    the dev lists (ties: the lower). Only adapters carry the weight (in their manifest); a full model
    folder loads with the reranker's order alone.
    """
    if weight is None:
        weight = 0.0 if config.full else max(fused, key=lambda w: (round(fused[w], 4), -w))
    if not config.full:
        write_manifest(out, RERANKER_ARTIFACT, config.base, num_labels=_num_labels(config),
                       max_length=config.max_length, lora_r=config.lora_r, loss=config.loss, retrieval_weight=weight)
    run.save(out)
    rows = "\n".join(f"| {w:g} | {ndcg:.4f} | {'used' if w == weight else ''} |" for w, ndcg in fused.items())
    write_model_card(out, "reranker", config, run, f"""
## Fusion with the retrieval order (dev candidate lists)

The search pipeline orders the re-scored top-k by reciprocal-rank fusion of the reranker's ranking
(weight 1) and the retrieval order (weight below; 0 = the reranker alone), k = {RRF_K}.

| retrieval weight | dev nDCG@10 | |
|---|---|---|
{rows}
{notes}""")
