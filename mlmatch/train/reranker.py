"""Train the cross-lingual cross-encoder reranker with CrossEncoderTrainer.

List-wise LambdaLoss over graded candidate lists (identity activation, as list-wise losses need),
candidates from the bi-encoder's own top-k in every language combination, LoRA + a trained head by default.
"""

from __future__ import annotations

from dataclasses import dataclass

from datasets import Dataset as HFDataset

from mlmatch.beir import load_beir
from mlmatch.models.artifacts import write_manifest
from mlmatch.models.encoder import load_bi_encoder
from mlmatch.models.reranker import new_cross_encoder
from mlmatch.train import examples
from mlmatch.train.candidates import retrieval_candidates
from mlmatch.train.evaluators import RerankDevEvaluator
from mlmatch.train.model_card import write_model_card
from mlmatch.train.runtime import (RunReport, ThroughputCallback, TrainConfig, checkpoint_dir, fresh_folder,
                                   precision_for, train_and_report, training_arguments)

HEAD_MODULES = ["classifier", "pooler"]  # trained in full and stored beside the LoRA weights


@dataclass
class RerankerConfig(TrainConfig):
    retriever: str = "packaged"  # the bi-encoder whose top-k become the candidates
    candidates: int = 12  # documents per query list
    max_length: int = 96
    dev_queries: int = 120


def train_reranker(config: RerankerConfig) -> RunReport:
    from sentence_transformers.cross_encoder import CrossEncoderTrainer, CrossEncoderTrainingArguments
    from sentence_transformers.cross_encoder.losses import LambdaLoss
    from transformers import EarlyStoppingCallback, set_seed

    set_seed(config.seed)
    precision = precision_for(config.device)
    data = load_beir(config.train, config.train_split)
    dev = load_beir(config.dev or config.train, config.dev_split)
    retriever = load_bi_encoder(config.retriever, precision.device)
    train_lists = examples.graded_lists(data, retrieval_candidates(data, retriever, config.candidates, config.seed))
    dev_candidates = retrieval_candidates(dev, retriever, config.candidates, config.seed, config.dev_queries)
    del retriever

    model = new_cross_encoder(config.base, num_labels=1, device=precision.device, max_length=config.max_length)
    if not config.full:
        _add_lora(model, config.lora_r)
    checkpoints = checkpoint_dir()
    throughput = ThroughputCallback(pairs_per_example=config.candidates)
    trainer = CrossEncoderTrainer(
        model=model,
        args=training_arguments(CrossEncoderTrainingArguments, config, precision, checkpoints, (4, 32)),
        train_dataset=HFDataset.from_list(train_lists),
        loss=LambdaLoss(model, mini_batch_size=16),
        evaluator=RerankDevEvaluator(dev, dev_candidates),
        callbacks=[EarlyStoppingCallback(early_stopping_patience=config.patience), throughput],
    )
    run = train_and_report(trainer, "reranker", precision, throughput, checkpoints)
    _save(model, config, run)
    return run


def _add_lora(model, rank: int) -> None:
    from peft import LoraConfig

    model.transformers_model.add_adapter(LoraConfig(
        r=rank, lora_alpha=2 * rank, lora_dropout=0.05,
        target_modules=r".*encoder.*\.(query|key|value|dense)$", modules_to_save=HEAD_MODULES,
    ))


def _save(model, config: RerankerConfig, run: RunReport) -> None:
    out = fresh_folder(config.out)
    if config.full:
        model.save(str(out))
    else:
        model.transformers_model.save_pretrained(str(out))  # LoRA weights + head (modules_to_save)
        write_manifest(out, "reranker-lora", config.base, num_labels=1, max_length=config.max_length, lora_r=config.lora_r)
    run.save(out)
    write_model_card(out, "reranker", config, run)
