"""Other fact-checkers' ratings onto our verdict scale.

A rating is mapped by its name first (`alternateName`, else `name`) through the rating map
(`claims config get rating_map`; names compared by `normalise_rating`), then by its number:
`ratingValue` placed between `worstRating` and `bestRating` (schema.org's defaults 1 and 5
when missing; a reversed pair works the same way) and rounded onto our 1–5 ratings. Where
two verdicts share a rating (misleading and mostly_false are both 2) the later one on the
scale is taken. What maps to nothing is imported as `unverified`, the rating kept in a note.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from claims.settings import Verdict

_PUNCTUATION = " !.?:;\"'“”‘’«»()[]"


def normalise_rating(name: str) -> str:
    """`Pants on Fire!` → `pants on fire`; `Plutôt faux` → `plutot faux`; `Half-True` →
    `half true`."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.casefold().replace("-", " ").replace("_", " ")
    return " ".join(plain.split()).strip(_PUNCTUATION)


def to_number(value: Any) -> float | None:
    """`4`, `"4"`, `"4.5"`, `"4,5"` → a number; anything else → None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Rating:
    """A ClaimReview `reviewRating` as published."""

    name: str | None
    value: float | None
    best: float | None
    worst: float | None

    def describe(self) -> str:
        if self.name:
            return f"“{self.name}”"
        if self.value is not None:
            best = 5 if self.best is None else self.best
            worst = 1 if self.worst is None else self.worst
            return f"{self.value:g} on a scale from {worst:g} to {best:g}"
        return "no rating"


def map_rating(rating: Rating, table: dict[str, str], scale: tuple[Verdict, ...]) -> str | None:
    """The verdict for `rating`, or None when it maps to nothing on `scale`."""
    known = {v.name: v for v in scale}
    lookup = {normalise_rating(k): v for k, v in table.items()}
    if rating.name:
        verdict = lookup.get(normalise_rating(rating.name))
        if verdict in known:
            return verdict
    if rating.value is None:
        return None
    best = 5.0 if rating.best is None else rating.best
    worst = 1.0 if rating.worst is None else rating.worst
    if best == worst:
        return None
    fraction = (rating.value - worst) / (best - worst)
    if not 0 <= fraction <= 1:
        return None
    ours = 1 + round(4 * fraction)
    matching = [v.name for v in scale if v.rating == ours and v.final]
    return matching[-1] if matching else None
