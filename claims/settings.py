"""Team-wide settings kept in the database: the verdict scale and the organisation.

Every reviewer shares them. Defaults apply until someone sets a value with
`claims config set KEY VALUE`.
"""

from __future__ import annotations

import json
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

# How other fact-checkers' ClaimReview ratings (their `alternateName`) map onto the verdict
# scale when `claims import` reads them. Names are compared ignoring case, accents,
# hyphens and trailing punctuation. Replace it with `claims config set rating_map '{...}'`.
DEFAULT_RATING_MAP: dict[str, str] = {
    **dict.fromkeys(
        ("true", "correct", "accurate", "verdadero", "verdadeiro", "vrai", "wahr", "vero"),
        "true",
    ),
    **dict.fromkeys(
        ("mostly true", "mostly correct", "mostly accurate", "largely true", "plutot vrai"),
        "mostly_true",
    ),
    **dict.fromkeys(
        (
            "half true",
            "mixture",
            "mixed",
            "partly true",
            "partially true",
            "partly false",
            "partially false",
            "verdad a medias",
            "two pinocchios",
            "2 pinocchios",
        ),
        "mixed",
    ),
    **dict.fromkeys(
        (
            "misleading",
            "missing context",
            "lacks context",
            "out of context",
            "exaggerated",
            "exaggeration",
            "cherry picks",
            "trompeur",
            "enganoso",
            "irrefuhrend",
        ),
        "misleading",
    ),
    **dict.fromkeys(
        (
            "mostly false",
            "largely false",
            "mostly inaccurate",
            "plutot faux",
            "three pinocchios",
            "3 pinocchios",
        ),
        "mostly_false",
    ),
    **dict.fromkeys(
        (
            "false",
            "incorrect",
            "inaccurate",
            "wrong",
            "fake",
            "fabricated",
            "hoax",
            "pants on fire",
            "four pinocchios",
            "4 pinocchios",
            "faux",
            "falso",
            "falsch",
            "totally false",
            "completely false",
        ),
        "false",
    ),
    **dict.fromkeys(
        (
            "unproven",
            "unsupported",
            "unsubstantiated",
            "no evidence",
            "insufficient evidence",
            "unverified",
            "unverifiable",
            "sin evidencia",
            "inverifiable",
        ),
        "unverifiable",
    ),
    **dict.fromkeys(("satire", "opinion", "not a claim"), "not_checkable"),
}

DEFAULTS: dict[str, Any] = {
    "org.name": None,
    "org.url": None,
    "review_url_template": None,
    "verdicts": [
        {"name": v.name, "label": v.label, "rating": v.rating, "final": v.final}
        for v in DEFAULT_VERDICTS
    ],
    "rating_map": DEFAULT_RATING_MAP,
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
    if key == "rating_map":
        value = parse_rating_map(session, value)
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


def parse_rating_map(session: Session, value: Any) -> dict[str, str]:
    """A rating map from JSON text or a dict; every verdict must be on the scale."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise InvalidInputError(f"rating_map: not valid JSON ({exc.msg})") from None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise InvalidInputError('rating_map must be a JSON object: {"Pants on Fire": "false"}')
    known = {v.name for v in verdict_scale(session)}
    for rating, verdict in value.items():
        if verdict not in known:
            raise InvalidInputError(
                f"rating_map: {rating!r} maps to unknown verdict {verdict!r}; "
                f"use one of: {', '.join(sorted(known))}"
            )
    return dict(value)


def rating_map(session: Session) -> dict[str, str]:
    """The rating map in force (the setting, else DEFAULT_RATING_MAP)."""
    value = get(session, "rating_map")
    return dict(value) if isinstance(value, dict) else dict(DEFAULT_RATING_MAP)
