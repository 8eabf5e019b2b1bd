"""Candidate ranking is the same whatever order a claim's key set iterates in."""

from __future__ import annotations

from collections.abc import Iterator

from claims.ingest import keys


class _Backwards(set[str]):
    """A set that iterates its keys in reverse sorted order, as another hash seed might."""

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(set.__iter__(self), reverse=True))


def test_ranking_does_not_depend_on_the_order_a_key_set_iterates_in() -> None:
    # Claim 1 shares keys a, b and c; claim 2 shares d alone, worth 0.6. Added a, b, c the
    # weights make 0.6000000000000001; added c, b, a they make 0.6, a tie with claim 2.
    weights = {"a": 0.1, "b": 0.2, "c": 0.3, "d": 0.6}
    postings = {"a": [1], "b": [1], "c": [1], "d": [2]}
    forwards = keys._ranked({"a", "b", "c", "d"}, postings, set(), weights)
    backwards = keys._ranked(_Backwards({"a", "b", "c", "d"}), postings, set(), weights)
    assert forwards == backwards
