"""Exports of the bi-encoder and the reranker, made once per model and runtime and kept in the cache: ONNX
graphs for the ONNX runtimes, and a TorchScript copy for the torch runtime on the CPU.

`onnx` exports the loaded (LoRA-merged) torch model, keyed by its fingerprint; a bi-encoder's word-embedding
table is kept in int8 (one scale per row: the table is four fifths of the model's bytes, and the sentence
vector keeps a cosine of 1.00000 to fp32's), a cross-encoder's stays fp32 (its logits moved by up to 0.02); `onnx-int8` also quantizes its
weight matrices to int8 (dynamic quantization, one scale per output channel), except those `KEEP_FP32`
names, where int8 measurably hurt ranking. The runtime and its recipe join the fingerprint, so cached
embeddings and indexes never mix runtimes. An export whose files differ from its manifest's checksums, or
that does not load, is made again. sentence-transformers' own ONNX backend needs optimum-onnx, whose
releases require transformers < 4.58.

`torch` traces the same graph with TorchScript (fp32, eager attention): run by torch alone, it lets a cold
process skip importing sentence-transformers and transformers (about 4 s of a 2-core start), and its
outputs agree with the sentence-transformers model's to 1e-6, so it keeps the model's own fingerprint.
TorchScript is deprecated in favour of `torch.export`, but an exported program of e5-small took 4.0 s to
load and run once, against TorchScript's 1.4 s (both with torch's import).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from mlmatch.atomic import atomic_dir
from mlmatch.cache import cache_dir
from mlmatch.checksums import changed, file_record
from mlmatch.errors import ModelNotAvailable
from mlmatch.models.runtime import ONNX, ONNX_INT8, TORCH
from mlmatch.models.sentencepiece_tokenizer import write_model

if TYPE_CHECKING:
    from sentence_transformers import CrossEncoder, SentenceTransformer

EXPORT_VERSION = 1  # change it when the export changes: exports made before are rebuilt
OPSET = 17
MODEL_FILE, SETTINGS_FILE, TOKENIZER_DIR, MANIFEST_FILE = "model.onnx", "settings.json", "tokenizer", "manifest.json"
TRACED_FILE, OUTPUTS_FILE = "model.pt", "outputs.json"  # the torch runtime's TorchScript copy and its outputs' names
INPUTS = ("input_ids", "attention_mask")
# Regular expressions over graph node names: matrix products int8 leaves in fp32. The feed-forward output
# projections (1536 -> 384, a third of the matrix work) take the widest-ranging activations. Measured with
# `python -m eval.run --pairs all` on the shipped benchmark's test split, macro nDCG@10 against torch:
# - bi-encoder (`dense`): all int8 -0.0105; these kept in fp32 -0.0041; first and last layers kept -0.0077.
# - reranker (`dense+rerank` over the torch retriever, torch 0.7935): all int8 0.7910, no gain over `dense`
#   (0.7911) left; these kept in fp32 0.7945, for a top 20 in p50 99 instead of 66 ms.
KEEP_FP32: tuple[str, ...] = (r"layer\.\d+/output/dense",)
MIN_PACKED_ROWS = 10_000  # a looked-up table this long is a vocabulary (250,037 x 384 in e5's), packed to int8 rows

log = logging.getLogger(__name__)
T = TypeVar("T")


def export_folder(fingerprint: str, runtime: str) -> Path:
    return cache_dir() / "onnx" / f"{hashlib.sha256(fingerprint.encode()).hexdigest()[:16]}-{runtime}"


def runtime_tag(runtime: str) -> str:
    """The runtime and a digest of its recipe: in fingerprints, so that vectors cached from one int8
    recipe are never served for another."""
    digest = hashlib.sha256(json.dumps(recipe(runtime), sort_keys=True).encode()).hexdigest()[:8]
    return f"{runtime}-{digest}"


def runtime_fingerprint(fingerprint: str, runtime: str) -> str:
    """The fingerprint of the model `fingerprint` names, run on the ONNX `runtime`."""
    return f"{fingerprint}+{runtime_tag(runtime)}"


def recipe(runtime: str) -> dict:
    """How an export is made, beyond its model: an export made another way is rebuilt."""
    if runtime == TORCH:
        return {"export_version": EXPORT_VERSION, "format": "torchscript", "attention": "eager"}
    int8 = {"weights": "int8 per channel", "activations": "dynamic", "keep_fp32": list(KEEP_FP32)}
    embeddings = {"embeddings": f"sentence models: int8 per row, tables of {MIN_PACKED_ROWS}+ rows"}
    return {"export_version": EXPORT_VERSION, "opset": OPSET, **embeddings, **({"int8": int8} if runtime == ONNX_INT8 else {})}


def loaded_export(fingerprint: str, runtime: str, export: Callable[[Path], None], load: Callable[[Path], T]) -> T:
    """`load` of the export of `fingerprint` for `runtime`. An export that passes its checksums can still
    fail to load (written by an onnxruntime, torch or tokenizers this one cannot read): it is exported once
    more, with one warning, and a second failure is one clear error."""
    folder = exported(fingerprint, runtime, export)
    try:
        return load(folder)
    except Exception as error:  # whatever onnxruntime, torch, tokenizers or the settings file raise: all mean "export again"
        log.warning("exporting again: the %s export in %s does not load (%s)", runtime, folder, _first_line(error))
    shutil.rmtree(folder)
    folder = exported(fingerprint, runtime, export)
    try:
        return load(folder)
    except Exception as error:
        advice = "" if runtime == TORCH else f" with onnxruntime {_onnxruntime_version()}; use --runtime torch"
        raise ModelNotAvailable(f"the {runtime} export in {folder} does not load, even just exported{advice}: {_first_line(error)}") from error


def _first_line(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:300]


def _onnxruntime_version() -> str:
    import onnxruntime

    return onnxruntime.__version__


def exported(fingerprint: str, runtime: str, export: Callable[[Path], None]) -> Path:
    """The export folder of `fingerprint` for `runtime`, written on first use; one whose files do not
    match its manifest (a bad disk, an edit by hand) or made by another recipe is rebuilt."""
    folder = export_folder(fingerprint, runtime)
    problem = check_export(folder, fingerprint, runtime)
    if problem is None:
        return folder
    if folder.exists():
        log.warning("rebuilding the ONNX export in %s: %s", folder, problem)
    with atomic_dir(folder) as scratch:
        if runtime in (TORCH, ONNX):
            export(scratch)
        else:
            source = exported(fingerprint, ONNX, export)
            shutil.copy(source / SETTINGS_FILE, scratch / SETTINGS_FILE)
            shutil.copytree(source / TOKENIZER_DIR, scratch / TOKENIZER_DIR)
            quantize(source / MODEL_FILE, scratch / MODEL_FILE)
        manifest = {"fingerprint": fingerprint, "runtime": runtime, "recipe": recipe(runtime),
                    "files": {path.relative_to(scratch).as_posix(): file_record(path) for path in export_files(scratch)}}
        (scratch / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2))
    return folder


def check_export(folder: Path, fingerprint: str, runtime: str) -> str | None:
    """None when `folder` holds a complete export of `fingerprint` for `runtime`, else what is wrong with it."""
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_text())
    except FileNotFoundError:
        return "no manifest"
    except (OSError, ValueError) as error:
        return f"unreadable manifest ({error})"
    if manifest.get("fingerprint") != fingerprint or manifest.get("runtime") != runtime:
        return "made for another model or runtime"
    if manifest.get("recipe") != recipe(runtime):
        return "made by another export recipe"
    recorded = manifest.get("files") or manifest.get("sha256") or {}  # "sha256": bare digests, before sizes and times were kept
    present = {path.relative_to(folder).as_posix() for path in export_files(folder)}
    if not recorded or present != set(recorded) or any(changed(folder / name, record) for name, record in recorded.items()):
        return "its files differ from the checksums in its manifest"
    return None


def export_files(folder: Path) -> list[Path]:
    """Every file of an export but its manifest."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST_FILE)


def export_sentence_model(model: SentenceTransformer, out: Path, runtime: str = ONNX) -> None:
    """The whole sentence-transformers pipeline (transformer, pooling, normalisation) as one graph."""
    import torch

    if any(getattr(module, "include_prompt", True) is False for module in model):
        raise ModelNotAvailable("this model leaves its prompt out of pooling, which the ONNX export does not support")

    class Graph(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            features = self.model({"input_ids": input_ids, "attention_mask": attention_mask})
            return features["sentence_embedding"], features["token_embeddings"]

    outputs = {"sentence_embedding": {0: "batch"}, "token_embeddings": {0: "batch", 1: "tokens"}}
    _export(Graph(), model[0].auto_model, model.tokenizer, model.max_seq_length, outputs, out, runtime)
    write_model(out / TOKENIZER_DIR / "tokenizer.json", out / TOKENIZER_DIR)  # the quick tokenizer, where it is XLM-R's kind
    if runtime != TORCH:
        pack_embeddings(out / MODEL_FILE)
    settings = {"prompts": dict(model.prompts), "max_length": model.max_seq_length, "dim": model.get_embedding_dimension()}
    (out / SETTINGS_FILE).write_text(json.dumps(settings, ensure_ascii=False, indent=2))


def export_cross_encoder(model: CrossEncoder, out: Path, runtime: str = ONNX) -> None:
    """The cross-encoder's transformer and classification head as one graph of raw scores (logits)."""
    import torch

    class Graph(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            return self.model({"input_ids": input_ids, "attention_mask": attention_mask})["scores"]

    _export(Graph(), model.transformers_model, model.tokenizer, model.max_seq_length, {"scores": {0: "batch"}}, out, runtime)
    write_model(out / TOKENIZER_DIR / "tokenizer.json", out / TOKENIZER_DIR)
    (out / SETTINGS_FILE).write_text(json.dumps({"max_length": model.max_seq_length, "num_labels": model.num_labels}, indent=2))


def _export(graph, transformer, tokenizer, max_length: int, outputs: dict[str, dict[int, str]], out: Path, runtime: str) -> None:
    """`graph` traced on an example batch: into ONNX, or (`torch`) into TorchScript whose outputs are `outputs` in order."""
    import torch

    example = tokenizer(["query: an example", "passage: a somewhat longer example text"], padding=True, return_tensors="pt")
    inputs = tuple(example[name] for name in INPUTS)
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    attention = transformer.config._attn_implementation
    # Eager attention traces to plain matrix products, which onnxruntime fuses into its Attention kernel; under
    # TorchScript it keeps no Python branch on the batch's shape (SDPA's mask preparation has some).
    transformer.set_attn_implementation("eager")
    try:
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tracer's notes on Python branches it records as constants: expected here
            if runtime == TORCH:
                torch.jit.trace(graph.eval(), inputs, check_trace=False).save(str(out / TRACED_FILE))
            else:
                torch.onnx.export(graph.eval(), inputs, str(out / MODEL_FILE), dynamo=False, input_names=list(INPUTS),
                                  output_names=list(outputs), dynamic_axes={**axes, **outputs}, opset_version=OPSET)
    finally:
        transformer.set_attn_implementation(attention)
    tokenizer.save_pretrained(str(out / TOKENIZER_DIR))
    if runtime == TORCH:  # TorchScript keeps no output names: the runner reads them here
        (out / OUTPUTS_FILE).write_text(json.dumps(list(outputs)))


def quantize(source: Path, target: Path, keep_fp32: Sequence[str] = KEEP_FP32) -> None:
    """Dynamic int8 quantization of the weight matrices, one scale per output channel; the products of two
    activations (attention) and the matrices matched by `keep_fp32` stay fp32."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    graph = onnx.load(str(source), load_external_data=False).graph
    weights = {initializer.name for initializer in graph.initializer}
    kept = [re.compile(pattern) for pattern in keep_fp32]
    nodes = [node.name for node in graph.node
             if node.op_type == "MatMul" and any(name in weights for name in node.input)
             and not any(pattern.search(node.name) for pattern in kept)]
    # Its advice to optimise the graph first: onnxruntime optimises the quantized graph when it loads it.
    advice = _Drop("Please consider to run pre-processing")
    logging.getLogger().addFilter(advice)
    try:
        quantize_dynamic(source, target, op_types_to_quantize=["MatMul"], nodes_to_quantize=nodes,
                         per_channel=True, weight_type=QuantType.QInt8)
    finally:
        logging.getLogger().removeFilter(advice)


def pack_embeddings(path: Path, min_rows: int = MIN_PACKED_ROWS) -> None:
    """Store each looked-up table of `min_rows` rows or more as int8 with one fp32 scale per row, restored
    after the lookup (Gather, then Cast and Mul by the rows' scales): a quarter of its bytes to read, hold
    and hash, for a vector that does not move in the fifth decimal of its cosine."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    tables = {initializer.name: initializer for initializer in graph.initializer}
    lookups = [node for node in graph.node if node.op_type == "Gather" and node.input[0] in tables
               and tables[node.input[0]].dims[0] >= min_rows and all(a.i == 0 for a in node.attribute if a.name == "axis")]
    for node in lookups:
        table = tables.pop(node.input[0])
        weights = numpy_helper.to_array(table)
        scales = np.abs(weights).max(axis=1, keepdims=True) / 127.0
        scales[scales == 0] = 1.0
        graph.initializer.remove(table)
        graph.initializer.extend([numpy_helper.from_array(np.round(weights / scales).astype(np.int8), f"{table.name}.int8"),
                                  numpy_helper.from_array(scales.astype(np.float32), f"{table.name}.scale")])
        looked_up, ids = node.output[0], node.input[1]
        node.input[0], node.output[0] = f"{table.name}.int8", f"{looked_up}.int8"
        at = list(graph.node).index(node) + 1
        for offset, restore in enumerate([
            helper.make_node("Cast", [f"{looked_up}.int8"], [f"{looked_up}.fp32"], to=TensorProto.FLOAT, name=f"{node.name}/cast"),
            helper.make_node("Gather", [f"{table.name}.scale", ids], [f"{looked_up}.scale"], axis=0, name=f"{node.name}/scale"),
            helper.make_node("Mul", [f"{looked_up}.fp32", f"{looked_up}.scale"], [looked_up], name=f"{node.name}/restore"),
        ]):
            graph.node.insert(at + offset, restore)
    onnx.save(model, str(path))


class _Drop(logging.Filter):
    """Leaves out log records whose message starts with `prefix`."""

    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.prefix)
