"""Claims taken the quick way are exactly the claims the careful checks make.

`claims.importer.plain` accepts a plainly valid claim without checking value by value; it
may refuse a valid claim (the careful way then takes it), never accept one the checks would
refuse, and what it makes must be what they make. Checked on claims with every kind of
wrong value, and on a real export (all of whose claims it must take).
"""

from __future__ import annotations

import io
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from claims.export import write_jsonl
from claims.importer import validate
from claims.queries import Filters
from tests.export.conftest import populate

VERDICTS = ["unverified", "true", "false", "mostly_true"]

_odd = st.sampled_from([None, "", "  ", 0, -1, 1.5, True, False, [], {}, "x", "2024-13-01"])
_name = st.text(min_size=1, max_size=4)
_maybe = st.none() | _name
_stamp = st.sampled_from(
    ["2024-08-12T12:00:00+00:00", "2024-08-12 12:00:00.250000", "2024-08-12T14:00:00+02:00"]
)
_date = st.none() | st.sampled_from(["2024-08-12", "1999-01-31"])
_source = st.fixed_dictionaries(
    {
        "id": st.none() | st.integers(1, 9),
        "title": _maybe,
        "outlet": _maybe,
        "url": st.none() | st.just("https://example.org/a"),
        "published": _date,
    }
)
_appearance = st.fixed_dictionaries(
    {
        "source": _source,
        "quote": _name,
        "start": st.none() | st.integers(0, 5),
        "end": st.none() | st.integers(5, 9),
        "prefix": _maybe,
        "suffix": _maybe,
        "sentence": _maybe,
        "speaker": _maybe,
        "via": st.lists(_name, max_size=2),
        "orphaned": st.booleans(),
    }
)
_event = st.fixed_dictionaries(
    {"at": _stamp, "actor": _name, "field": _name, "from": _maybe, "to": _maybe, "note": _maybe}
)
_quantity = st.fixed_dictionaries(
    {
        "value": st.floats(-5, 5) | st.integers(0, 9),
        "unit": _maybe,
        "normalized_value": st.none() | st.floats(0, 9),
        "normalized_unit": _maybe,
        "approximate": st.none() | st.booleans(),
        "text": _maybe,
    }
)
_valid = st.fixed_dictionaries(
    {
        "id": st.none() | st.integers(1, 9),
        "text": _name,
        "kind": st.sampled_from(["quantity", "statement", "quote"]),
        "verdict": st.sampled_from(VERDICTS),
        "state": st.sampled_from(["new", "done"]),
        "assignee": _maybe,
        "claimant": _maybe,
        "checkworthiness": st.none() | st.floats(0, 1) | st.just(1),
        "event_date": _date,
        "date_text": _maybe,
        "quantity": st.none() | _quantity,
        "version": st.none() | st.integers(1, 3),
        "created_at": st.none() | _stamp,
        "updated_at": st.none() | _stamp,
        "appearances": st.lists(_appearance, max_size=2),
        "links": st.just([]),
        "evidence": st.just([]),
        "tags": st.lists(_name, max_size=2),
        "history": st.lists(_event, max_size=2),
    }
)


@st.composite
def _claims(draw: st.DrawFn) -> dict[str, Any]:
    """A valid claim, then up to three of its values (at any depth) made odd or removed."""
    obj = draw(_valid)
    for _ in range(draw(st.integers(0, 3))):
        holder: Any = obj
        while True:  # walk down into a random nested object or list, sometimes
            inner = [k for k, v in holder.items() if isinstance(v, dict | list) and v]
            if not inner or draw(st.booleans()):
                break
            holder = holder[draw(st.sampled_from(inner))]
            if isinstance(holder, list):
                index = draw(st.integers(0, len(holder) - 1))
                if not isinstance(holder[index], dict):
                    holder[index] = draw(_odd)
                    holder = None
                    break
                holder = holder[index]
        if holder is None or not holder:
            continue
        key = draw(st.sampled_from(sorted(holder)))
        if draw(st.booleans()):
            del holder[key]
        else:
            holder[key] = draw(_odd)
    return obj


def _both(obj: Any) -> tuple[Any, Any]:
    def check(plain: bool) -> Any:
        return validate.check_claim(obj, line=1, origin="ours", verdicts=VERDICTS, plain=plain)

    return check(True), check(False)


@settings(max_examples=500)
@given(_claims())
def test_the_quick_way_makes_what_the_checks_make(obj: dict[str, Any]) -> None:
    quick, careful = _both(obj)
    assert quick == careful


def test_an_export_is_taken_the_quick_way(session: Session) -> None:
    populate(session)
    out = io.StringIO()
    write_jsonl(session, Filters(), out)
    scale = [*VERDICTS, "mostly_true", "unverifiable"]
    for line in out.getvalue().splitlines():
        obj = orjson.loads(line)
        quick = validate._plain_claim(obj, 1, "ours", scale, True)
        assert quick is not None
        assert (
            quick
            == validate.check_claim(obj, line=1, origin="ours", verdicts=scale, plain=False)[0]
        )
