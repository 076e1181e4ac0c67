"""Corpus layer: read articles from JSONL corpora, folders and single files."""
from .load import load_corpus, read_path

__all__ = ["load_corpus", "read_path"]
