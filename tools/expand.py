"""Turn this folder's int8 weights into model.safetensors (fp32), so that
`SentenceTransformer(folder)` loads it: python expand.py [FOLDER]

`python -m tools.export` copies this program into every int8 export; it needs only torch and safetensors.
"""
import sys
from pathlib import Path

from safetensors.torch import load_file, save_file

folder = Path(sys.argv[1] if len(sys.argv) > 1 else __file__).resolve()
folder = folder if folder.is_dir() else folder.parent
packed = load_file(str(folder / "model.int8.safetensors"))
scales = {name[: -len(".int8_scale")] for name in packed if name.endswith(".int8_scale")}
state = {}
for name, tensor in packed.items():
    if name.endswith(".int8_scale"):
        continue
    state[name] = tensor.float() * packed[name + ".int8_scale"][:, None] if name in scales else tensor.float()
save_file(state, str(folder / "model.safetensors"), metadata={"format": "pt"})
print(f"wrote {folder / 'model.safetensors'}")
