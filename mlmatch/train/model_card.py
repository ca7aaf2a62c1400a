"""The README.md written beside every trained artifact: base, data, loss, hyper-parameters, results."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from mlmatch.train.runtime import RunReport

LOSSES = {
    "bi-encoder": "MultipleNegativesRankingLoss (in-batch + one mined hard negative per pair; "
                  "CachedMultipleNegativesRankingLoss with --cached-loss); parallel-title alignment pairs with the same loss; "
                  "with --distill W, W x (1 - cosine) to the base model's own embeddings of the training queries and listings",
    "reranker/lambda": "LambdaLoss (NDCGLoss2++ weighting, identity activation) over graded candidate lists",
    "reranker/esci": "CrossEntropyLoss over a 4-class head (grades 0-3), scored P(E) + 0.1 P(S) + 0.01 P(C)",
}


SELECTION = (": cross-lingual nDCG@10 where no monolingual pair falls behind the base model by more than the "
             "tolerance, else minus the largest such loss, so no checkpoint wins by losing same-language search")


def shown(value):
    """Paths relative to the working directory where possible: a card should not name one machine's folders."""
    if isinstance(value, Path):
        try:
            return value.resolve().relative_to(Path.cwd())
        except ValueError:
            return value
    return value


def write_model_card(folder: Path, kind: str, config, run: RunReport, results: str = "") -> None:
    settings = "\n".join(f"| `{key}` | `{shown(value)}` |" for key, value in asdict(config).items() if key != "out")
    text = f"""# mlmatch {kind}

Trained with `python -m mlmatch.train {'biencoder' if kind == 'bi-encoder' else 'reranker'}` on top of
`{config.base}` ({'full fine-tuning' if config.full else f'LoRA r={config.lora_r}; only the adapter is stored here'}).

- Data: `{shown(config.train)}` split `{config.train_split}`; early stopping on `{shown(config.dev or config.train)}` split `{config.dev_split}` ({run.dev_metric}{SELECTION if run.dev_metric == "selection" else ""}).
- Loss: {LOSSES[kind if kind == 'bi-encoder' else f'reranker/{config.loss}']}.
- Run: {run}.

| setting | value |
|---|---|
{settings}
{results}
"""
    (Path(folder) / "README.md").write_text(text)
