"""Cross-source matching: what a claim is looked up by when it gives little else."""

from __future__ import annotations

from claims.ingest import keys
from claims.ingest.match import Probe


def _names(found: set[str]) -> set[str]:
    return {k for k in found if k.startswith("w:")}


def test_a_quote_with_nothing_else_is_found_by_its_claimants_whole_name() -> None:
    quote = Probe('"We will fight this all the way to the courts."', claimant="Brellmoor's MP")
    assert _names(keys.keys_for(quote)) == {"w:brellm"}
    # A spokeswoman's words, the body named once before: "Brellmoor" opens the claimant.
    said = Probe('"These claims are without merit."', claimant="Brellmoor")
    assert _names(keys.keys_for(said)) == {"w:brellm"}


def test_a_claim_with_names_of_its_own_keeps_to_them() -> None:
    named = Probe("The Ashcombe plant will close in May.", claimant="Brellmoor Water")
    assert _names(keys.keys_for(named)) == {"w:ashcom", "w:water"}
    assert keys.names("Brellmoor Water") == {"water"}  # a sentence still opens on a word
