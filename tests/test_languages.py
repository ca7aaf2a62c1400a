"""Language identification: langid.py's model, decoded once per machine into the cache and scored over a
text's own features only: the rankings must equal langid's own to the last digit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ["Beamer Heimkino 4K", "proyector", "vidéoprojecteur", "苹果手机壳", "パーカー メンズ", "wireless mouse", "x"]
RANKING = ("import json, sys\nfrom mlmatch.languages import language_ranking\n"
           f"print(json.dumps([language_ranking(t)[:5] for t in {TEXTS!r}]))")


def rankings(home: Path) -> list:
    result = subprocess.run([sys.executable, "-c", RANKING], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={"MLMATCH_HOME": str(home), "PATH": ""})
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_cached_model_ranks_as_langids_own(tmp_path):
    from langid.langid import LanguageIdentifier, model

    fresh = rankings(tmp_path)  # decodes langid's string and writes the cache
    assert list((tmp_path / "langid").glob("model-*.npz"))
    assert rankings(tmp_path) == fresh  # read back from the cache
    own = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    assert json.loads(fresh) == [[[code, float(p)] for code, p in own.rank(t)[:5]] for t in TEXTS]


def test_a_damaged_cache_is_decoded_again(tmp_path):
    fresh = rankings(tmp_path)
    cached, = (tmp_path / "langid").glob("model-*.npz")
    cached.write_bytes(b"not an npz")
    assert rankings(tmp_path) == fresh
    assert cached.read_bytes() != b"not an npz"
