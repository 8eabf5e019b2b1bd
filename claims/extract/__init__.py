"""Claim extraction: sentences, quantities, attribution, dates and check-worthiness.

Pure, offline and deterministic; it imports nothing from the rest of ``claims``.
"""

from claims.extract.checkworthiness import score_checkworthiness
from claims.extract.pipeline import extract_claims
from claims.extract.quantities import find_quantities
from claims.extract.results import ExtractedClaim, Quantity
from claims.extract.sentences import split_sentences

__all__ = [
    "ExtractedClaim",
    "Quantity",
    "extract_claims",
    "find_quantities",
    "score_checkworthiness",
    "split_sentences",
]
