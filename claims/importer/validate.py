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
from claims.importer.plain import (
    parse_timestamp,
    plain_appearance,
    plain_event,
    plain_fields,
    plain_list,
    plain_tags,
)
from claims.models import CLAIM_KINDS, RELATIONS, STANCES, STATES

Found = list[tuple[str, str]]  # (path, problem)


def _at(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


class _Check:
    """Typed values out of a JSON object, with every problem collected by its path.

    A value is named by its object's path (`parent`) and its key; the path's text is made
    only when there is a problem, as most values have none."""

    def __init__(self) -> None:
        self.found: Found = []

    def problem(self, path: str, message: str) -> None:
        self.found.append((path, message))

    def text(
        self, obj: dict[str, Any], key: str, parent: str = "", *, required: bool = False
    ) -> Any:
        value = obj.get(key)
        if value.__class__ is str:
            if required and not value.strip():
                self.problem(_at(parent, key), "empty")
            return value
        if value is None:
            if required:
                self.problem(_at(parent, key), "missing")
            return None
        if not isinstance(value, str):
            self.problem(_at(parent, key), f"not text: {value!r}")
            return None
        if required and not value.strip():
            self.problem(_at(parent, key), "empty")
        return value

    def integer(
        self, obj: dict[str, Any], key: str, parent: str = "", *, required: bool = False
    ) -> Any:
        value = obj.get(key)
        if value.__class__ is int:
            return value
        if value is None:
            if required:
                self.problem(_at(parent, key), "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(_at(parent, key), f"not a whole number: {value!r}")
            return None
        return value

    def number(self, obj: dict[str, Any], key: str, parent: str = "") -> Any:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(_at(parent, key), f"not a number: {value!r}")
            return None
        return float(value)

    def boolean(self, obj: dict[str, Any], key: str, parent: str = "") -> Any:
        value = obj.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.problem(_at(parent, key), f"not true or false: {value!r}")
        return None

    def choice(
        self, obj: dict[str, Any], key: str, known: Collection[str], parent: str = ""
    ) -> Any:
        value = self.text(obj, key, parent, required=True)
        if value is not None and value not in known:
            self.problem(
                _at(parent, key), f"unknown {key} {value!r}; use one of: {', '.join(known)}"
            )
        return value

    def date(self, obj: dict[str, Any], key: str, parent: str = "") -> Any:
        value = self.text(obj, key, parent)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.problem(_at(parent, key), f"not a date (YYYY-MM-DD): {value!r}")
            return None

    def timestamp(
        self, obj: dict[str, Any], key: str, parent: str = "", *, required: bool = False
    ) -> Any:
        value = self.text(obj, key, parent, required=required)
        if value is None:
            return None
        try:
            return parse_timestamp(value)
        except ValueError:
            self.problem(_at(parent, key), f"not an ISO 8601 timestamp: {value!r}")
            return None

    def items(self, obj: dict[str, Any], key: str, parent: str = "") -> list[Any]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(_at(parent, key), "not a list")
            return []
        return value

    def objects(self, obj: dict[str, Any], key: str) -> list[tuple[str, Any]]:
        """The objects of a top-level list, each with its path (`appearances[0]`)."""
        found = []
        for i, item in enumerate(self.items(obj, key)):
            if isinstance(item, dict):
                found.append((f"{key}[{i}]", item))
            else:
                self.problem(f"{key}[{i}]", "not an object")
        return found


def check_claim(
    obj: Any,
    *,
    line: int,
    origin: Origin,
    verdicts: Collection[str],
    complete: bool = True,
    plain: bool = True,
) -> tuple[ClaimIn | None, Found]:
    """The claim, or None with what is wrong (paths relative to the claim object).

    A plainly valid claim is taken as it is (`claims.importer.plain`, unless `plain` is
    false); any other is checked value by value."""
    if not isinstance(obj, dict):
        return None, [("", "not a JSON object")]
    if plain:
        claim = _plain_claim(obj, line, origin, verdicts, complete)
        if claim is not None:
            return claim, []
    c = _Check()
    claim = ClaimIn(
        line=line,
        origin=origin,
        id=c.integer(obj, "id"),
        text=c.text(obj, "text", required=True) or "",
        kind=c.choice(obj, "kind", CLAIM_KINDS),
        verdict=c.choice(obj, "verdict", list(verdicts)),
        state=c.choice(obj, "state", STATES),
        assignee=c.text(obj, "assignee"),
        claimant=c.text(obj, "claimant"),
        event_date=c.date(obj, "event_date"),
        date_text=c.text(obj, "date_text"),
        created_at=c.timestamp(obj, "created_at"),
        updated_at=c.timestamp(obj, "updated_at"),
        complete=complete,
    )
    if claim.id is not None and claim.id < 1:
        c.problem("id", f"not a claim id: {claim.id}")
    worth = c.number(obj, "checkworthiness")
    if worth is not None and not 0 <= worth <= 1:
        c.problem("checkworthiness", f"must be between 0 and 1: {worth}")
    claim.checkworthiness = 0.5 if worth is None else worth
    version = c.integer(obj, "version")
    if version is not None and version < 1:
        c.problem("version", f"must be 1 or more: {version}")
    claim.version = version or 1
    _quantity(c, obj, claim)
    claim.appearances = [_appearance(c, path, a) for path, a in c.objects(obj, "appearances")]
    claim.links = [_link(c, path, k) for path, k in c.objects(obj, "links")]
    claim.evidence = [_evidence(c, path, e) for path, e in c.objects(obj, "evidence")]
    claim.history = [_event(c, path, e) for path, e in c.objects(obj, "history")]
    for i, tag in enumerate(c.items(obj, "tags")):
        if not isinstance(tag, str) or not tag.strip():
            c.problem(f"tags[{i}]", f"not a tag: {tag!r}")
        else:
            claim.tags.append(tag)
    return (claim if not c.found else None), c.found


def _plain_claim(
    obj: dict[str, Any], line: int, origin: Origin, verdicts: Collection[str], complete: bool
) -> ClaimIn | None:
    fields = plain_fields(obj, verdicts)
    if fields is None:
        return None
    appearances = plain_list(obj.get("appearances"), plain_appearance)
    history = plain_list(obj.get("history"), plain_event)
    tags = plain_tags(obj.get("tags"))
    if appearances is None or history is None or tags is None:
        return None
    # Links and evidence are few: checked value by value; a problem sends the whole claim
    # the careful way, which reports it.
    links: list[LinkIn] = []
    evidence: list[EvidenceIn] = []
    if obj.get("links") not in (None, []) or obj.get("evidence") not in (None, []):
        c = _Check()
        links = [_link(c, path, k) for path, k in c.objects(obj, "links")]
        evidence = [_evidence(c, path, e) for path, e in c.objects(obj, "evidence")]
        if c.found:
            return None
    return ClaimIn(
        line=line,
        origin=origin,
        complete=complete,
        appearances=appearances,
        links=links,
        evidence=evidence,
        tags=tags,
        history=history,
        **fields,
    )


def _quantity(c: _Check, obj: dict[str, Any], claim: ClaimIn) -> None:
    quantity = obj.get("quantity")
    if quantity is None:
        return
    if not isinstance(quantity, dict):
        c.problem("quantity", "not an object")
        return
    claim.quantity_value = c.number(quantity, "value", "quantity")
    if claim.quantity_value is None:
        c.problem("quantity.value", "missing (a quantity needs its value)")
    claim.quantity_unit = c.text(quantity, "unit", "quantity")
    claim.quantity_normalized_value = c.number(quantity, "normalized_value", "quantity")
    claim.quantity_normalized_unit = c.text(quantity, "normalized_unit", "quantity")
    claim.quantity_approximate = c.boolean(quantity, "approximate", "quantity")
    claim.quantity_text = c.text(quantity, "text", "quantity")


def _appearance(c: _Check, path: str, obj: dict[str, Any]) -> AppearanceIn:
    raw_source = obj.get("source")
    if not isinstance(raw_source, dict):
        c.problem(f"{path}.source", "missing" if raw_source is None else "not an object")
        raw_source = {}
    where = f"{path}.source"
    url = c.text(raw_source, "url", where)
    if url is not None and not url.startswith(("http://", "https://")):
        c.problem(f"{where}.url", f"not an http(s) URL: {url!r}")
    source = SourceIn(
        id=c.integer(raw_source, "id", where),
        title=c.text(raw_source, "title", where),
        outlet=c.text(raw_source, "outlet", where),
        url=url,
        published=c.date(raw_source, "published", where),
    )
    start = c.integer(obj, "start", path)
    end = c.integer(obj, "end", path)
    if start is not None and end is not None and end < start:
        c.problem(f"{path}.end", f"before start ({end} < {start})")
    via = []
    for i, item in enumerate(c.items(obj, "via", path)):
        if isinstance(item, str) and item:
            via.append(item)
        else:
            c.problem(f"{path}.via[{i}]", f"not a name: {item!r}")
    return AppearanceIn(
        source=source,
        quote=c.text(obj, "quote", path, required=True) or "",
        start=start,
        end=end,
        prefix=c.text(obj, "prefix", path),
        suffix=c.text(obj, "suffix", path),
        sentence=c.text(obj, "sentence", path),
        speaker=c.text(obj, "speaker", path),
        via=via,
        orphaned=bool(c.boolean(obj, "orphaned", path)),
    )


def _link(c: _Check, path: str, obj: dict[str, Any]) -> LinkIn:
    direction = c.choice(obj, "direction", ("to", "from"), path)
    return LinkIn(
        other_id=c.integer(obj, "claim_id", path, required=True) or 0,
        relation=c.choice(obj, "relation", RELATIONS, path),
        direction=direction,
        score=c.number(obj, "score", path),
    )


def _evidence(c: _Check, path: str, obj: dict[str, Any]) -> EvidenceIn:
    url = c.text(obj, "url", path)
    note = c.text(obj, "note", path)
    if not (url or note):
        c.problem(path, "evidence needs a URL or a note")
    return EvidenceIn(
        url=url,
        note=note,
        stance=c.choice(obj, "stance", STANCES, path),
        added_by=c.text(obj, "added_by", path, required=True) or "",
        added_at=c.timestamp(obj, "added_at", path, required=True),
    )


def _event(c: _Check, path: str, obj: dict[str, Any]) -> EventIn:
    return EventIn(
        at=c.timestamp(obj, "at", path, required=True),
        actor=c.text(obj, "actor", path, required=True) or "",
        field=c.text(obj, "field", path, required=True) or "",
        old=c.text(obj, "from", path),
        new=c.text(obj, "to", path),
        note=c.text(obj, "note", path),
    )
