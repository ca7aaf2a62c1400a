"""Train the cross-lingual cross-encoder reranker with CrossEncoderTrainer.

List-wise LambdaLoss over graded candidate lists (identity activation, as list-wise losses need),
candidates from the bi-encoder's own top-k in every language combination, LoRA + a trained head by default.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from datasets import Dataset as HFDataset

from mlmatch.beir import load_beir
from mlmatch.models.artifacts import write_manifest
from mlmatch.models.encoder import load_bi_encoder
from mlmatch.models.reranker import new_cross_encoder
from mlmatch.train import examples
from mlmatch.train.candidates import retrieval_candidates
from mlmatch.train.evaluators import RerankDevEvaluator
from mlmatch.train.model_card import write_model_card
from mlmatch.train.runtime import RunReport, ThroughputCallback, precision_for, report

HEAD_MODULES = ["classifier", "pooler"]  # trained in full and stored beside the LoRA weights


@dataclass
class RerankerConfig:
    train: Path
    out: Path
    dev: Path | None = None
    train_split: str = "train"
    dev_split: str = "dev"
    base: str = "packaged"
    retriever: str = "packaged"  # the bi-encoder whose top-k become the candidates
    device: str = "auto"
    epochs: float = 1.0
    max_steps: int = -1
    batch_size: int = 4  # queries per step, each with `candidates` documents
    learning_rate: float | None = None  # 2e-4 with LoRA, 2e-5 for full fine-tuning
    full: bool = False
    lora_r: int = 16
    candidates: int = 12
    max_length: int = 96
    eval_steps: int = 50
    patience: int = 3
    dev_queries: int = 120
    seed: int = 42


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
    checkpoints = Path(tempfile.mkdtemp(prefix="mlmatch-train-"))
    throughput = ThroughputCallback(pairs_per_example=config.candidates)
    args = CrossEncoderTrainingArguments(
        output_dir=str(checkpoints),
        num_train_epochs=config.epochs,
        max_steps=config.max_steps,
        per_device_train_batch_size=config.batch_size,
        learning_rate=config.learning_rate or (2e-5 if config.full else 2e-4),
        warmup_ratio=0.1,
        seed=config.seed,
        bf16=precision.bf16,
        use_cpu=precision.device == "cpu",
        eval_strategy="steps",
        eval_steps=config.eval_steps,
        save_strategy="steps",
        save_steps=config.eval_steps,
        save_total_limit=2,
        load_best_model_at_end=True,
        metric_for_best_model="eval_dev_ndcg@10",
        greater_is_better=True,
        logging_steps=10,
        report_to="none",
    )
    trainer = CrossEncoderTrainer(
        model=model,
        args=args,
        train_dataset=HFDataset.from_list(train_lists),
        loss=LambdaLoss(model, mini_batch_size=16),
        evaluator=RerankDevEvaluator(dev, dev_candidates),
        callbacks=[EarlyStoppingCallback(early_stopping_patience=config.patience), throughput],
    )
    try:
        trainer.train()
        run = report("reranker", precision, throughput, trainer.state.best_metric, trainer.state.global_step)
        _save(model, config, run)
    finally:
        shutil.rmtree(checkpoints, ignore_errors=True)
    return run


def _add_lora(model, rank: int) -> None:
    from peft import LoraConfig

    model.transformers_model.add_adapter(LoraConfig(
        r=rank, lora_alpha=2 * rank, lora_dropout=0.05,
        target_modules=r".*encoder.*\.(query|key|value|dense)$", modules_to_save=HEAD_MODULES,
    ))


def _save(model, config: RerankerConfig, run: RunReport) -> None:
    out = Path(config.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    if config.full:
        model.save(str(out))
    else:
        model.transformers_model.save_pretrained(str(out))  # LoRA weights + head (modules_to_save)
        write_manifest(out, "reranker-lora", config.base, num_labels=1, max_length=config.max_length, lora_r=config.lora_r)
    run.save(out)
    write_model_card(out, "reranker", config, run)
