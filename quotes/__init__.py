"""quotes: quotations, their reporting cues and their speakers in Arabic news text."""
from .batch import RunInterrupted, RunStats, run
from .doc import Cue, Document, Quote, Span
from .extract import extract, extract_doc

__all__ = ["extract", "extract_doc", "run", "RunStats", "RunInterrupted", "Document", "Quote", "Cue", "Span"]
__version__ = "0.1.0"
