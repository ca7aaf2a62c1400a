"""The cross-lingual evaluation suite: `python -m eval.run --pairs zh-en,en-de`."""
