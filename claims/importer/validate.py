"""Check a claim in the JSONL shape (`claims show --json`) and turn it into a `ClaimIn`.

Every problem is collected with the path of the value (`appearances[1].source.published`),
so a reader can report all of a row's problems at once, in its own column names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from claims.importer.model import (
    AppearanceIn,
    ClaimIn,
    EventIn,
    EvidenceIn,
    LinkIn,
    Origin,
    SourceIn,
)
from claims.models import CLAIM_KINDS, RELATIONS, STANCES, STATES

Found = list[tuple[str, str]]  # (path, problem)


def parse_timestamp(value: str) -> dt.datetime:
    """ISO 8601; a time without a zone is UTC (as SQLite keeps them). Always returns UTC."""
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


class _Check:
    def __init__(self) -> None:
        self.found: Found = []

    def problem(self, path: str, message: str) -> None:
        self.found.append((path, message))

    def text(self, obj: dict[str, Any], key: str, path: str, *, required: bool = False) -> Any:
        value = obj.get(key)
        if value is None:
            if required:
                self.problem(path, "missing")
            return None
        if not isinstance(value, str):
            self.problem(path, f"not text: {value!r}")
            return None
        if required and not value.strip():
            self.problem(path, "empty")
        return value

    def integer(self, obj: dict[str, Any], key: str, path: str, *, required: bool = False) -> Any:
        value = obj.get(key)
        if value is None:
            if required:
                self.problem(path, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(path, f"not a whole number: {value!r}")
            return None
        return value

    def number(self, obj: dict[str, Any], key: str, path: str) -> Any:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(path, f"not a number: {value!r}")
            return None
        return float(value)

    def boolean(self, obj: dict[str, Any], key: str, path: str) -> Any:
        value = obj.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.problem(path, f"not true or false: {value!r}")
        return None

    def choice(self, obj: dict[str, Any], key: str, path: str, known: Collection[str]) -> Any:
        value = self.text(obj, key, path, required=True)
        if value is not None and value not in known:
            self.problem(path, f"unknown {key} {value!r}; use one of: {', '.join(known)}")
        return value

    def date(self, obj: dict[str, Any], key: str, path: str) -> Any:
        value = self.text(obj, key, path)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.problem(path, f"not a date (YYYY-MM-DD): {value!r}")
            return None

    def timestamp(self, obj: dict[str, Any], key: str, path: str, *, required: bool = False) -> Any:
        value = self.text(obj, key, path, required=required)
        if value is None:
            return None
        try:
            return parse_timestamp(value)
        except ValueError:
            self.problem(path, f"not an ISO 8601 timestamp: {value!r}")
            return None

    def items(self, obj: dict[str, Any], key: str, path: str) -> list[Any]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, "not a list")
            return []
        return value

    def objects(self, obj: dict[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        found = []
        for i, item in enumerate(self.items(obj, key, path)):
            if isinstance(item, dict):
                found.append((f"{path}[{i}]", item))
            else:
                self.problem(f"{path}[{i}]", "not an object")
        return found


def check_claim(
    obj: Any, *, line: int, origin: Origin, verdicts: Collection[str], complete: bool = True
) -> tuple[ClaimIn | None, Found]:
    """The claim, or None with what is wrong (paths relative to the claim object)."""
    if not isinstance(obj, dict):
        return None, [("", "not a JSON object")]
    c = _Check()
    claim = ClaimIn(
        line=line,
        origin=origin,
        id=c.integer(obj, "id", "id"),
        text=c.text(obj, "text", "text", required=True) or "",
        kind=c.choice(obj, "kind", "kind", CLAIM_KINDS),
        verdict=c.choice(obj, "verdict", "verdict", list(verdicts)),
        state=c.choice(obj, "state", "state", STATES),
        assignee=c.text(obj, "assignee", "assignee"),
        claimant=c.text(obj, "claimant", "claimant"),
        event_date=c.date(obj, "event_date", "event_date"),
        date_text=c.text(obj, "date_text", "date_text"),
        created_at=c.timestamp(obj, "created_at", "created_at"),
        updated_at=c.timestamp(obj, "updated_at", "updated_at"),
        complete=complete,
    )
    if claim.id is not None and claim.id < 1:
        c.problem("id", f"not a claim id: {claim.id}")
    worth = c.number(obj, "checkworthiness", "checkworthiness")
    if worth is not None and not 0 <= worth <= 1:
        c.problem("checkworthiness", f"must be between 0 and 1: {worth}")
    claim.checkworthiness = 0.5 if worth is None else worth
    version = c.integer(obj, "version", "version")
    if version is not None and version < 1:
        c.problem("version", f"must be 1 or more: {version}")
    claim.version = version or 1
    _quantity(c, obj, claim)
    claim.appearances = [
        _appearance(c, path, a) for path, a in c.objects(obj, "appearances", "appearances")
    ]
    claim.links = [_link(c, path, k) for path, k in c.objects(obj, "links", "links")]
    claim.evidence = [_evidence(c, path, e) for path, e in c.objects(obj, "evidence", "evidence")]
    claim.history = [_event(c, path, e) for path, e in c.objects(obj, "history", "history")]
    for i, tag in enumerate(c.items(obj, "tags", "tags")):
        if not isinstance(tag, str) or not tag.strip():
            c.problem(f"tags[{i}]", f"not a tag: {tag!r}")
        else:
            claim.tags.append(tag)
    return (claim if not c.found else None), c.found


def _quantity(c: _Check, obj: dict[str, Any], claim: ClaimIn) -> None:
    quantity = obj.get("quantity")
    if quantity is None:
        return
    if not isinstance(quantity, dict):
        c.problem("quantity", "not an object")
        return
    claim.quantity_value = c.number(quantity, "value", "quantity.value")
    if claim.quantity_value is None:
        c.problem("quantity.value", "missing (a quantity needs its value)")
    claim.quantity_unit = c.text(quantity, "unit", "quantity.unit")
    claim.quantity_normalized_value = c.number(
        quantity, "normalized_value", "quantity.normalized_value"
    )
    claim.quantity_normalized_unit = c.text(quantity, "normalized_unit", "quantity.normalized_unit")
    claim.quantity_approximate = c.boolean(quantity, "approximate", "quantity.approximate")
    claim.quantity_text = c.text(quantity, "text", "quantity.text")


def _appearance(c: _Check, path: str, obj: dict[str, Any]) -> AppearanceIn:
    raw_source = obj.get("source")
    if not isinstance(raw_source, dict):
        c.problem(f"{path}.source", "missing" if raw_source is None else "not an object")
        raw_source = {}
    url = c.text(raw_source, "url", f"{path}.source.url")
    if url is not None and not url.startswith(("http://", "https://")):
        c.problem(f"{path}.source.url", f"not an http(s) URL: {url!r}")
    source = SourceIn(
        id=c.integer(raw_source, "id", f"{path}.source.id"),
        title=c.text(raw_source, "title", f"{path}.source.title"),
        outlet=c.text(raw_source, "outlet", f"{path}.source.outlet"),
        url=url,
        published=c.date(raw_source, "published", f"{path}.source.published"),
    )
    start = c.integer(obj, "start", f"{path}.start")
    end = c.integer(obj, "end", f"{path}.end")
    if start is not None and end is not None and end < start:
        c.problem(f"{path}.end", f"before start ({end} < {start})")
    via = []
    for i, item in enumerate(c.items(obj, "via", f"{path}.via")):
        if isinstance(item, str) and item:
            via.append(item)
        else:
            c.problem(f"{path}.via[{i}]", f"not a name: {item!r}")
    return AppearanceIn(
        source=source,
        quote=c.text(obj, "quote", f"{path}.quote", required=True) or "",
        start=start,
        end=end,
        prefix=c.text(obj, "prefix", f"{path}.prefix"),
        suffix=c.text(obj, "suffix", f"{path}.suffix"),
        sentence=c.text(obj, "sentence", f"{path}.sentence"),
        speaker=c.text(obj, "speaker", f"{path}.speaker"),
        via=via,
        orphaned=bool(c.boolean(obj, "orphaned", f"{path}.orphaned")),
    )


def _link(c: _Check, path: str, obj: dict[str, Any]) -> LinkIn:
    direction = c.choice(obj, "direction", f"{path}.direction", ("to", "from"))
    return LinkIn(
        other_id=c.integer(obj, "claim_id", f"{path}.claim_id", required=True) or 0,
        relation=c.choice(obj, "relation", f"{path}.relation", RELATIONS),
        direction=direction,
        score=c.number(obj, "score", f"{path}.score"),
    )


def _evidence(c: _Check, path: str, obj: dict[str, Any]) -> EvidenceIn:
    url = c.text(obj, "url", f"{path}.url")
    note = c.text(obj, "note", f"{path}.note")
    if not (url or note):
        c.problem(path, "evidence needs a URL or a note")
    return EvidenceIn(
        url=url,
        note=note,
        stance=c.choice(obj, "stance", f"{path}.stance", STANCES),
        added_by=c.text(obj, "added_by", f"{path}.added_by", required=True) or "",
        added_at=c.timestamp(obj, "added_at", f"{path}.added_at", required=True),
    )


def _event(c: _Check, path: str, obj: dict[str, Any]) -> EventIn:
    return EventIn(
        at=c.timestamp(obj, "at", f"{path}.at", required=True),
        actor=c.text(obj, "actor", f"{path}.actor", required=True) or "",
        field=c.text(obj, "field", f"{path}.field", required=True) or "",
        old=c.text(obj, "from", f"{path}.from"),
        new=c.text(obj, "to", f"{path}.to"),
        note=c.text(obj, "note", f"{path}.note"),
    )
