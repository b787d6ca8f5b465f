"""quotes: quotations, their cues and their speakers, from Arabic news text."""
from .doc import Cue, Quote, Span
from .extract import extract, extract_doc

__all__ = ["extract", "extract_doc", "Quote", "Span", "Cue"]
__version__ = "0.1.0"
