"""Team-wide settings kept in the database: the verdict scale and the organisation.

Every reviewer shares them. Defaults apply until someone sets a value with
`claims config set KEY VALUE`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.errors import InvalidInputError
from claims.models import STATES, Setting


@dataclass(frozen=True)
class Verdict:
    """One step of the verdict scale and how it is published as a ClaimReview rating."""

    name: str
    label: str
    rating: int | None  # ClaimReview ratingValue on a 1 (false) .. 5 (true) scale
    final: bool = True  # a reviewer has reached it; exported as ClaimReview


DEFAULT_VERDICTS: tuple[Verdict, ...] = (
    Verdict("unverified", "Unverified", None, final=False),
    Verdict("true", "True", 5),
    Verdict("mostly_true", "Mostly true", 4),
    Verdict("mixed", "Mixed", 3),
    Verdict("misleading", "Misleading", 2),
    Verdict("mostly_false", "Mostly false", 2),
    Verdict("false", "False", 1),
    Verdict("unverifiable", "Unverifiable", None),
    Verdict("not_checkable", "Not checkable", None, final=False),
)

DEFAULTS: dict[str, Any] = {
    "org.name": None,
    "org.url": None,
    "review_url_template": None,
    "verdicts": [
        {"name": v.name, "label": v.label, "rating": v.rating, "final": v.final}
        for v in DEFAULT_VERDICTS
    ],
}


def get(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise InvalidInputError(f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULTS))}")
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value


def set_value(session: Session, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise InvalidInputError(f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULTS))}")
    if key == "verdicts":
        _parse_scale(value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def all_settings(session: Session) -> dict[str, Any]:
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    return {key: stored.get(key, default) for key, default in DEFAULTS.items()}


def verdict_scale(session: Session) -> tuple[Verdict, ...]:
    return _parse_scale(get(session, "verdicts"))


def check_verdict(session: Session, name: str) -> Verdict:
    """The verdict called `name`, or a one-line error listing the known ones."""
    scale = verdict_scale(session)
    wanted = name.strip().lower().replace(" ", "_").replace("-", "_")
    for verdict in scale:
        if verdict.name == wanted:
            return verdict
    known = ", ".join(v.name for v in scale)
    raise InvalidInputError(f"unknown verdict {name!r}; use one of: {known}")


def check_state(name: str) -> str:
    wanted = name.strip().lower().replace(" ", "_").replace("-", "_")
    if wanted not in STATES:
        raise InvalidInputError(f"unknown state {name!r}; use one of: {', '.join(STATES)}")
    return wanted


def _parse_scale(value: Any) -> tuple[Verdict, ...]:
    try:
        scale = tuple(
            Verdict(
                name=str(item["name"]),
                label=str(item.get("label") or item["name"]),
                rating=None if item.get("rating") is None else int(item["rating"]),
                final=bool(item.get("final", True)),
            )
            for item in value
        )
    except (TypeError, KeyError, ValueError) as exc:
        raise InvalidInputError(
            "the verdict scale must be a list of {name, label, rating, final} objects"
        ) from exc
    if not any(v.name == "unverified" for v in scale):
        raise InvalidInputError("the verdict scale must keep 'unverified'")
    for verdict in scale:
        if verdict.rating is not None and not 1 <= verdict.rating <= 5:
            raise InvalidInputError(f"rating of {verdict.name!r} must be between 1 and 5")
    return scale
