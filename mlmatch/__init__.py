"""mlmatch: multilingual and cross-lingual product search."""

__version__ = "0.1.0"
