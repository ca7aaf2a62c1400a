"""Choose how much of a fine-tuned LoRA adapter to apply: weight interpolation with the base model.

Scale s gives weights base + s x (fine-tuned - base): 0 is the zero-shot model, 1 the fine-tuned
one. Fine-tuning on one generator's text moves the model away from what it knew about other text;
a scale below 1 keeps most of the gain and more of the base (WiSE-FT, Wortsman et al. 2022). Every
scale is scored on the dev sets per language pair, and the do-no-harm rule picks one.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from mlmatch.beir import load_beir
from mlmatch.models.artifacts import BIENCODER_ARTIFACT, MANIFEST, check_artifact_kind, read_manifest
from mlmatch.models.encoder import ModelNotAvailable, load_bi_encoder, scale_adapter
from mlmatch.train.evaluators import dev_documents, pairwise_ndcg
from mlmatch.train.model_card import shown
from mlmatch.train.selection import DoNoHarmRule, cross_lingual_macro, is_monolingual, monolingual_macro

SWEEP_FILE = "interpolation.json"
DEFAULT_SCALES = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


@dataclass
class InterpolationConfig:
    adapter: Path  # a `biencoder-lora` artifact folder
    out: Path
    dev: list[Path]  # BEIR directories; pairs of each are scored apart
    dev_split: str = "dev"
    scales: tuple[float, ...] = DEFAULT_SCALES
    tolerance: float = 0.005
    dev_docs: int | None = None  # per dev set: judged documents plus a sample up to this many (None: all)
    device: str = "auto"
    seed: int = 42


@dataclass
class Sweep:
    scores: dict[float, dict[str, float]]  # scale -> pair -> dev nDCG@10
    chosen: float
    rule: str
    dev: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.table()}\n\nchosen lora_scale: {self.chosen:g}"

    def table(self) -> str:
        """Markdown: one row per scale, cross-lingual and monolingual macro, worst monolingual change."""
        base = self.scores[0.0]
        lines = ["| scale | cross-lingual | monolingual | worst monolingual change (pair) | chosen |", "|---|---|---|---|---|"]
        for scale, scores in sorted(self.scores.items()):
            mono = monolingual_macro(scores)
            changes = {p: scores[p] - base[p] for p in scores if p in base and is_monolingual(p)}
            worst = min(changes, key=changes.get) if changes else None
            worst_text = f"{changes[worst]:+.4f} ({worst})" if worst else ""
            lines.append(f"| {scale:g} | {cross_lingual_macro(scores):.4f} | {'' if mono is None else f'{mono:.4f}'} | "
                         f"{worst_text} | {'**yes**' if scale == self.chosen else ''} |")
        return "\n".join(lines)


def sweep_scales(config: InterpolationConfig) -> Sweep:
    """Dev nDCG@10 per pair at every scale; the rule's choice (ties go to the smaller scale)."""
    if 0.0 not in config.scales:
        raise ValueError("the scales must include 0 (the base model every monolingual pair is compared with)")
    manifest = read_manifest(config.adapter)
    if manifest is None:
        raise ModelNotAvailable(f"{config.adapter}: not an mlmatch adapter folder (no {MANIFEST})")
    check_artifact_kind(config.adapter, manifest, BIENCODER_ARTIFACT)
    sets = [(load_beir(root, config.dev_split), Path(root).name) for root in config.dev]
    documents = [dev_documents(data, config.dev_docs, config.seed) for data, _ in sets]
    model = load_bi_encoder(str(config.adapter), config.device, merge=False).model
    scores: dict[float, dict[str, float]] = {}
    for scale in tqdm(sorted(set(config.scales)), desc="adapter scales", unit="scale"):
        scale_adapter(model, scale)
        scores[scale] = {}
        for (data, name), doc_ids in zip(sets, documents):
            scores[scale].update(pairwise_ndcg(model, data, doc_ids, dataset=name if len(sets) > 1 else ""))
    rule = DoNoHarmRule(config.tolerance)
    chosen = max(sorted(scores), key=lambda s: (round(rule.score(scores[s], scores[0.0]), 6), -s))
    return Sweep(scores, chosen, rule.describe(), [str(shown(root)) for root in config.dev])


def interpolate(config: InterpolationConfig) -> Sweep:
    """Sweep, then write the adapter with the chosen `lora_scale` in its manifest and the sweep beside it."""
    sweep = sweep_scales(config)
    out = Path(config.out)
    if out.resolve() != Path(config.adapter).resolve():
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(config.adapter, out)
    manifest = read_manifest(out)
    manifest["lora_scale"] = sweep.chosen
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    settings = {key: [str(shown(p)) for p in value] if key == "dev" else value for key, value in asdict(config).items()}
    record = {**asdict(sweep), "config": {**settings, "adapter": str(shown(config.adapter)), "out": str(shown(config.out))}}
    (out / SWEEP_FILE).write_text(json.dumps(record, indent=2, ensure_ascii=False, default=str))
    _update_card(out / "README.md", sweep)
    return sweep


def _update_card(card: Path, sweep: Sweep) -> None:
    heading = "## Weight interpolation (the shipped scale)"
    text = card.read_text() if card.is_file() else "# mlmatch bi-encoder\n"
    text = text.split(heading)[0].rstrip() + "\n\n"
    text += (f"{heading}\n\nLoaded as base + {sweep.chosen:g} x this adapter's delta (`lora_scale` in "
             f"`{MANIFEST}`), chosen by `python -m mlmatch.train interpolate` on the dev split of "
             f"{', '.join(f'`{d}`' for d in sweep.dev)}.\n\nRule: {sweep.rule}.\n\n{sweep.table()}\n\n"
             f"Every pair's dev score at every scale: `{SWEEP_FILE}`.\n")
    card.write_text(text)
