"""The claimant the extractor gives a figure, for tests that ask who said it."""

from __future__ import annotations

from claims.extract import extract_claims


def claimant_of(text: str, figure: str) -> str | None:
    """The claimant of the claim whose figure is written ``figure`` in ``text``."""
    for claim in extract_claims(text):
        if claim.quantity is not None and claim.quantity.text == figure:
            return claim.claimant
    raise AssertionError(f"no claim for {figure!r} in {[c.text for c in extract_claims(text)]}")
