"""Read ClaimReview markup as fact-checkers really publish it.

Accepted: a JSON document (one review, an array, an `@graph`, reviews nested in a page
object), JSON Lines, or an HTML page with `<script type="application/ld+json">` blocks.
Within a review: `type` for `@type`, `itemReviewed` as a Claim or a CreativeWork (or
missing), numbers as strings, best/worst ratings reversed or missing, a rating given only
by name, dates in any common format ("Sat, 07 Nov 2020"), `appearance` as a URL, an object
or a list, authors as a string, an object or a list. See docs/formats.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claims.importer.model import AppearanceIn, ClaimIn, EventIn, EvidenceIn, Problem, SourceIn
from claims.importer.ratings import Rating, map_rating, to_number
from claims.settings import Verdict

Read = tuple[ClaimIn | None, list[Problem]]
_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_decoder = json.JSONDecoder()


def looks_like_claimreview(text: str) -> bool:
    return "ClaimReview" in text or "claimReviewed" in text


def read_claimreview(
    path: Path, label: str, scale: tuple[Verdict, ...], rating_map: dict[str, str]
) -> Iterator[Read]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        yield None, [Problem(label, 1, "", f"not UTF-8 text: {exc.reason}")]
        return
    found = 0
    for document, line, where, problem in _documents(text):
        if problem:
            yield None, [Problem(label, line, "", problem)]
            continue
        for review, path_in_doc in _reviews(document, where):
            found += 1
            yield _claim(review, line, path_in_doc, label, scale, rating_map)
    if not found:
        yield None, [Problem(label, 1, "", "no ClaimReview found")]


# --- finding the reviews ------------------------------------------------------------------


def _line_at(text: str, index: int, first_line: int = 1) -> int:
    return first_line + text.count("\n", 0, index)


def _documents(text: str) -> Iterator[tuple[Any, int, str, str | None]]:
    """(JSON value, line it starts on, path, problem) for each document in the text."""
    stripped = text.lstrip()
    if stripped.startswith("<"):
        for match in _SCRIPT.finditer(text):
            yield from _json_text(match.group(1), _line_at(text, match.start(1)))
        return
    try:
        json.loads(text)
    except json.JSONDecodeError as whole:
        lines = [(n, raw) for n, raw in enumerate(text.splitlines(), start=1) if raw.strip()]
        if len(lines) > 1:  # JSON Lines
            for number, raw in lines:
                yield from _json_text(raw, number)
        else:
            yield None, whole.lineno, "", f"not JSON: {whole.msg} (column {whole.colno})"
        return
    yield from _json_text(text, 1)


def _json_text(text: str, first_line: int) -> Iterator[tuple[Any, int, str, str | None]]:
    start = len(text) - len(text.lstrip())
    if text[start : start + 1] != "[":
        try:
            yield json.loads(text), _line_at(text, start, first_line), "", None
        except json.JSONDecodeError as exc:
            line = first_line + exc.lineno - 1
            yield None, line, "", f"not JSON: {exc.msg} (column {exc.colno})"
        return
    index, position = 0, start + 1
    while True:  # walk the array to know the line each element starts on
        position = len(text) - len(text[position:].lstrip())
        if text.startswith("]", position):
            return
        try:
            value, end = _decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            yield None, _line_at(text, exc.pos, first_line), "", f"not JSON: {exc.msg}"
            return
        yield value, _line_at(text, position, first_line), f"[{index}]", None
        index += 1
        position = len(text) - len(text[end:].lstrip())
        if text.startswith(",", position):
            position += 1


def _types(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type", obj.get("type"))
    values = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/:#]", v)[-1] for v in values if isinstance(v, str)}


def _reviews(value: Any, path: str) -> Iterator[tuple[dict[str, Any], str]]:
    """ClaimReview objects anywhere inside a JSON value (not inside another review)."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield from _reviews(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        if "ClaimReview" in _types(value):
            yield value, path
            return
        for key, item in value.items():
            if isinstance(item, dict | list):
                yield from _reviews(item, f"{path}.{key}" if path else key)


# --- one review ---------------------------------------------------------------------------


def _get(obj: Any, key: str) -> Any:
    if not isinstance(obj, dict):
        return None
    for name in (key, f"schema:{key}", f"http://schema.org/{key}", f"https://schema.org/{key}"):
        if name in obj:
            return obj[name]
    return None


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = _get(value, "@value") or _get(value, "name")
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _name(value: Any) -> str | None:
    """A person or organisation given as text, an object with a name, or a list of them."""
    value = _first(value)
    if isinstance(value, str):
        return _text(value)
    return _text(_get(value, "name"))


def _url(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = _get(value, "url") or _get(value, "@id")
    value = _first(value)
    if isinstance(value, str) and value.strip().startswith(("http://", "https://")):
        return value.strip()
    return None


def parse_when(value: Any) -> tuple[dt.datetime | None, str | None]:
    """A date or time in ISO 8601 or any common written form, in UTC; or a problem."""
    value = _first(value)
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, f"not a date: {value!r}"
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        import dateparser  # slow to import: only when a date is not ISO 8601

        parsed = dateparser.parse(value, settings={"TIMEZONE": "UTC"})
        if parsed is None:
            return None, f"not a date: {value!r}"
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC), None
    return parsed.astimezone(dt.UTC), None


def _claim(
    review: dict[str, Any],
    line: int,
    where: str,
    label: str,
    scale: tuple[Verdict, ...],
    rating_map: dict[str, str],
) -> Read:
    problems: list[str] = []

    def when(obj: Any, key: str, path: str) -> dt.datetime | None:
        parsed, problem = parse_when(_get(obj, key))
        if problem:
            problems.append(f"{path}: {problem}")
        return parsed

    prefix = f"{where}." if where else ""
    text = _text(_get(review, "claimReviewed"))
    item = _first(_get(review, "itemReviewed"))
    if not isinstance(item, dict):
        item = {}
    text = text or _text(_get(item, "text")) or _text(_get(item, "name"))
    if not text:
        problems.append(f"{prefix}claimReviewed: missing")
    review_url = _url(_get(review, "url")) or _url(review.get("@id"))
    org = _name(_get(review, "author")) or _name(_get(review, "publisher"))
    org = org or (review_url.split("/")[2] if review_url else "an unnamed fact-checker")
    reviewed = when(review, "dateModified", f"{prefix}dateModified") or when(
        review, "datePublished", f"{prefix}datePublished"
    )
    said = when(item, "datePublished", f"{prefix}itemReviewed.datePublished")
    works = _works(item, said, problems, prefix)
    if not works and review_url:
        headline = _text(_get(review, "headline")) or _text(_get(review, "name"))
        published = reviewed.date() if reviewed else None
        works = [SourceIn(None, headline, org, review_url, published)]
    raw_rating = _first(_get(review, "reviewRating"))
    rating = _rating(raw_rating)
    if problems or not text:
        return None, [Problem(label, line, *_split(p)) for p in problems]
    verdict = map_rating(rating, rating_map, scale)
    described = rating.describe()
    claimant = _name(_get(item, "author"))
    claim = ClaimIn(
        line=line,
        origin="claimreview",
        id=None,
        text=text,
        verdict=verdict or "unverified",
        state="done" if verdict and verdict != "unverified" else "new",
        claimant=claimant,
        appearances=[
            AppearanceIn(w, text, None, None, None, None, None, claimant, [], False) for w in works
        ],
        replaces=("verdict", "state"),
    )
    at = reviewed or dt.datetime.now(dt.UTC)
    if verdict and verdict != "unverified":
        note = f"ClaimReview by {org}: {described}"
        claim.history.append(EventIn(at, org, "verdict", "unverified", verdict, note))
        claim.import_note = f"rating {described} mapped to {verdict}"
    else:
        claim.import_note = f"rating {described} is not on the rating map; left unverified"
    rated = f"{org} rated it {described}" + (f" on {reviewed.date()}" if reviewed else "")
    claim.evidence.append(EvidenceIn(review_url, rated, _stance(verdict, scale), org, at))
    return claim, []


def _split(problem: str) -> tuple[str, str]:
    column, _, message = problem.partition(": ")
    return column, message


def _works(
    item: dict[str, Any], said: dt.datetime | None, problems: list[str], prefix: str
) -> list[SourceIn]:
    """Where the claim was made: appearance, firstAppearance, a CreativeWork's own URL."""
    raw: list[tuple[Any, str]] = []
    for key in ("firstAppearance", "appearance"):
        value = _get(item, key)
        for i, work in enumerate(value if isinstance(value, list) else [value]):
            if work is not None:
                path = f"{prefix}itemReviewed.{key}" + (f"[{i}]" if isinstance(value, list) else "")
                raw.append((work, path))
    if _url(_get(item, "url")):
        raw.append(({**item, "author": None}, f"{prefix}itemReviewed"))
    works: list[SourceIn] = []
    seen: set[str] = set()
    for work, path in raw:
        url = _url(work)
        if url is None or url in seen:
            continue
        seen.add(url)
        published = None
        if isinstance(work, dict):
            parsed, problem = parse_when(_get(work, "datePublished"))
            if problem:
                problems.append(f"{path}.datePublished: {problem}")
            published = parsed
        outlet = None
        title = None
        if isinstance(work, dict):
            outlet = _name(_get(work, "publisher")) or _name(_get(work, "author"))
            title = _text(_get(work, "headline")) or _text(_get(work, "name"))
        when = published or (said if not works else None)
        works.append(SourceIn(None, title, outlet, url, when.date() if when else None))
    return works


def _rating(raw: Any) -> Rating:
    if isinstance(raw, str):
        return Rating(_text(raw), None, None, None)
    return Rating(
        name=_text(_get(raw, "alternateName")) or _text(_get(raw, "name")),
        value=to_number(_first(_get(raw, "ratingValue"))),
        best=to_number(_first(_get(raw, "bestRating"))),
        worst=to_number(_first(_get(raw, "worstRating"))),
    )


def _stance(verdict: str | None, scale: tuple[Verdict, ...]) -> str:
    rating = next((v.rating for v in scale if v.name == verdict), None)
    if rating is None:
        return "context"
    return "refutes" if rating <= 2 else "supports" if rating >= 4 else "context"
