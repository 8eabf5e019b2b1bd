"""Claims that are plainly valid, taken without the field-by-field checks.

`claims.importer.validate` checks every value on its own and names each problem by its
path, which is what a file with mistakes needs, and costs a function call or two for each
of the forty-odd values of a claim. A file written by `claims export` has no mistakes: each
function here tests the values of one object together, inline, and makes the same object
`validate` would. It answers None as soon as anything is unusual (a wrong type, a value out
of range, a date that does not parse), and the caller checks that object the slow way,
which finds and names the problem. So these functions may refuse a valid object, never
accept one `validate` would refuse (tests/export/test_plain_claims.py holds them to it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any, TypeVar

from claims.importer.model import AppearanceIn, EventIn, SourceIn
from claims.models import CLAIM_KINDS, STATES

T = TypeVar("T")
_KINDS = frozenset(CLAIM_KINDS)
_STATES = frozenset(STATES)
_URL_STARTS = ("http://", "https://")


def parse_timestamp(value: str) -> dt.datetime:
    """ISO 8601; a time without a zone is UTC (as SQLite keeps them). Always returns UTC."""
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is dt.UTC:  # what our exports write ("+00:00")
        return parsed
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def plain_list(items: Any, plain: Callable[[dict[str, Any]], T | None]) -> list[T] | None:
    """Every item made by `plain`, or None if one of them is not plainly valid."""
    if items is None:
        return []
    if items.__class__ is not list:
        return None
    made = []
    for item in items:
        if item.__class__ is not dict:
            return None
        one = plain(item)
        if one is None:
            return None
        made.append(one)
    return made


def plain_event(obj: dict[str, Any]) -> EventIn | None:
    at, actor, field = obj.get("at"), obj.get("actor"), obj.get("field")
    old, new, note = obj.get("from"), obj.get("to"), obj.get("note")
    if not (
        at.__class__ is str
        and actor.__class__ is str
        and field.__class__ is str
        and (old is None or old.__class__ is str)
        and (new is None or new.__class__ is str)
        and (note is None or note.__class__ is str)
        and actor.strip()
        and field.strip()
    ):
        return None
    try:
        stamp = parse_timestamp(at)
    except ValueError:
        return None
    return EventIn(stamp, actor, field, old, new, note)


def plain_appearance(obj: dict[str, Any]) -> AppearanceIn | None:
    source = obj.get("source")
    if source.__class__ is not dict:
        return None
    source_id, title, outlet = source.get("id"), source.get("title"), source.get("outlet")
    url, published = source.get("url"), source.get("published")
    quote, start, end = obj.get("quote"), obj.get("start"), obj.get("end")
    prefix, suffix, sentence = obj.get("prefix"), obj.get("suffix"), obj.get("sentence")
    speaker, via, orphaned = obj.get("speaker"), obj.get("via"), obj.get("orphaned")
    if not (
        (source_id is None or source_id.__class__ is int)
        and (title is None or title.__class__ is str)
        and (outlet is None or outlet.__class__ is str)
        and (url is None or (url.__class__ is str and url.startswith(_URL_STARTS)))
        and (published is None or published.__class__ is str)
        and quote.__class__ is str
        and quote.strip()
        and (start is None or start.__class__ is int)
        and (end is None or end.__class__ is int)
        and (start is None or end is None or end >= start)
        and (prefix is None or prefix.__class__ is str)
        and (suffix is None or suffix.__class__ is str)
        and (sentence is None or sentence.__class__ is str)
        and (speaker is None or speaker.__class__ is str)
        and (
            via is None
            or via == []
            or (via.__class__ is list and all(v.__class__ is str and v for v in via))
        )
        and (orphaned is None or orphaned.__class__ is bool)
    ):
        return None
    try:
        day = None if published is None else dt.date.fromisoformat(published)
    except ValueError:
        return None
    return AppearanceIn(
        SourceIn(source_id, title, outlet, url, day),
        quote,
        start,
        end,
        prefix,
        suffix,
        sentence,
        speaker,
        via or [],
        bool(orphaned),
    )


def plain_fields(obj: dict[str, Any], verdicts: Collection[str]) -> dict[str, Any] | None:
    """The claim's own fields (not its lists) as `ClaimIn` arguments, if plainly valid."""
    claim_id, text, kind = obj.get("id"), obj.get("text"), obj.get("kind")
    verdict, state, assignee = obj.get("verdict"), obj.get("state"), obj.get("assignee")
    claimant, event_date, date_text = (
        obj.get("claimant"),
        obj.get("event_date"),
        obj.get("date_text"),
    )
    created_at, updated_at = obj.get("created_at"), obj.get("updated_at")
    worth, version, quantity = obj.get("checkworthiness"), obj.get("version"), obj.get("quantity")
    if not (
        (claim_id is None or (claim_id.__class__ is int and claim_id >= 1))
        and text.__class__ is str
        and text.strip()
        and kind.__class__ is str
        and kind in _KINDS
        and verdict.__class__ is str
        and verdict in verdicts
        and state.__class__ is str
        and state in _STATES
        and (assignee is None or assignee.__class__ is str)
        and (claimant is None or claimant.__class__ is str)
        and (event_date is None or event_date.__class__ is str)
        and (date_text is None or date_text.__class__ is str)
        and (created_at is None or created_at.__class__ is str)
        and (updated_at is None or updated_at.__class__ is str)
        and (
            worth is None
            or ((worth.__class__ is float or worth.__class__ is int) and 0 <= worth <= 1)
        )
        and (version is None or (version.__class__ is int and version >= 1))
        and (quantity is None or quantity.__class__ is dict)
    ):
        return None
    try:
        fields = {
            "id": claim_id,
            "text": text,
            "kind": kind,
            "verdict": verdict,
            "state": state,
            "assignee": assignee,
            "claimant": claimant,
            "checkworthiness": 0.5 if worth is None else float(worth),
            "event_date": None if event_date is None else dt.date.fromisoformat(event_date),
            "date_text": date_text,
            "version": version or 1,
            "created_at": None if created_at is None else parse_timestamp(created_at),
            "updated_at": None if updated_at is None else parse_timestamp(updated_at),
        }
    except ValueError:
        return None
    if quantity is not None:
        amount = plain_quantity(quantity)
        if amount is None:
            return None
        fields.update(amount)
    return fields


def plain_quantity(obj: dict[str, Any]) -> dict[str, Any] | None:
    value, unit = obj.get("value"), obj.get("unit")
    normalized_value, normalized_unit = obj.get("normalized_value"), obj.get("normalized_unit")
    approximate, text = obj.get("approximate"), obj.get("text")
    if not (
        (value.__class__ is float or value.__class__ is int)
        and (unit is None or unit.__class__ is str)
        and (
            normalized_value is None
            or normalized_value.__class__ is float
            or normalized_value.__class__ is int
        )
        and (normalized_unit is None or normalized_unit.__class__ is str)
        and (approximate is None or approximate.__class__ is bool)
        and (text is None or text.__class__ is str)
    ):
        return None
    return {
        "quantity_value": float(value),
        "quantity_unit": unit,
        "quantity_normalized_value": None if normalized_value is None else float(normalized_value),
        "quantity_normalized_unit": normalized_unit,
        "quantity_approximate": approximate,
        "quantity_text": text,
    }


def plain_tags(items: Any) -> list[str] | None:
    if items is None:
        return []
    if items.__class__ is not list:
        return None
    for tag in items:
        if tag.__class__ is not str or not tag.strip():
            return None
    return list(items)
