"""CSV as a spreadsheet user gets it: exact text, formulas neutralised, lists that split back."""

from __future__ import annotations

import csv
import datetime as dt
import io

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from claims import review
from claims.export import write_csv
from claims.export.cells import join_values, neutralise, restore, split_values
from claims.export.csv_format import quoted, text_cell
from claims.queries import Filters

NOON = dt.datetime(2024, 8, 12, 12, 0, tzinfo=dt.UTC)


def _one_claim(session: Session) -> None:
    source = review.find_or_add_source(
        session,
        review.SourceInfo(
            url="https://example.org/a", outlet="Example", published=dt.date(2024, 8, 12)
        ),
    )
    claim = review.add_claim(
        session, '=1+1 equals "two"', "alice", source=source, claimant="-Anon", kind="quantity"
    )
    claim.quantity_value = -2.5
    claim.quantity_unit = "percent"
    claim.quantity_approximate = False
    review.add_tag(session, claim.id, "econ|omy", "alice")
    session.flush()
    claim.created_at = claim.updated_at = NOON
    for event in claim.events:
        event.at = NOON
    session.flush()


def _csv(session: Session, **options: object) -> str:
    out = io.StringIO(newline="")
    write_csv(session, Filters(), out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def test_claims_csv_exactly(session: Session) -> None:
    _one_claim(session)
    history = (
        '"[{""at"":""2024-08-12T12:00:00+00:00"",""actor"":""alice"",""field"":""created"",'
        '""from"":null,""to"":""=1+1 equals \\""two\\"""",""note"":""source #1""},'
        '{""at"":""2024-08-12T12:00:00+00:00"",""actor"":""alice"",""field"":""tag"",'
        '""from"":null,""to"":""econ|omy"",""note"":null}]"'
    )
    appearances = (
        '"[{""source"":{""id"":1,""title"":null,""outlet"":""Example"",'
        '""url"":""https://example.org/a"",""published"":""2024-08-12""},'
        '""quote"":""=1+1 equals \\""two\\"""",""start"":null,""end"":null,""prefix"":null,'
        '""suffix"":null,""sentence"":""=1+1 equals \\""two\\"""",""speaker"":""-Anon"",'
        '""via"":[],""orphaned"":false}]"'
    )
    assert _csv(session) == (
        "id,text,kind,claimant,verdict,state,assignee,checkworthiness,event_date,date_text,"
        "quantity_value,quantity_unit,quantity_normalized_value,quantity_normalized_unit,"
        "quantity_approximate,quantity_text,first_source_title,first_source_outlet,"
        "first_source_url,first_source_published,source_count,source_urls,tags,version,"
        "created_at,updated_at,appearances_json,links_json,evidence_json,history_json\r\n"
        '1,"\'=1+1 equals ""two""",quantity,\'-Anon,unverified,new,,0.5,,,'
        "-2.5,percent,,,false,,,Example,https://example.org/a,2024-08-12,1,"
        "https://example.org/a,econ\\|omy,3,2024-08-12T12:00:00+00:00,"
        f"2024-08-12T12:00:00+00:00,{appearances},[],[],{history}\r\n"
    )


def test_appearance_rows_and_excel_bom(session: Session) -> None:
    _one_claim(session)
    text = _csv(session, rows="appearances", excel=True)
    assert text.startswith("\ufeffclaim_id,claim_text,claimant,kind,verdict,state,")
    assert text.splitlines()[1] == (
        '1,"\'=1+1 equals ""two""",\'-Anon,quantity,unverified,new,0.5,1,,Example,'
        'https://example.org/a,2024-08-12,"\'=1+1 equals ""two""",,,,,'
        '"\'=1+1 equals ""two""",\'-Anon,,false'
    )


@given(st.text())
def test_neutralised_text_comes_back(text: str) -> None:
    cell = neutralise(text)
    assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert restore(cell) == (text or None)


@given(st.lists(st.text(min_size=1)) | st.lists(st.text(alphabet="|\\ a", min_size=1)))
def test_lists_split_back(values: list[str]) -> None:
    assert split_values(restore(neutralise(join_values(values)))) == values
    escaped = [value.replace("\\", "\\\\").replace("|", "\\|") for value in values]
    assert join_values(values) == " | ".join(escaped)


@given(st.lists(st.text(), min_size=2))
def test_lines_are_what_the_csv_module_writes(cells: list[str]) -> None:
    # The export builds its lines itself (much faster); they must be csv.writer's bytes.
    # (Every row has many cells: csv.writer quotes a lone empty cell, which never occurs.)
    expected = io.StringIO(newline="")
    csv.writer(expected).writerow(cells)
    assert ",".join(quoted(cell) for cell in cells) + "\r\n" == expected.getvalue()


@given(st.text(alphabet=st.sampled_from("=+-@\t\r\n'\",| \\ax\x00é"), max_size=12) | st.text())
def test_text_cells_are_neutralised_then_quoted(text: str) -> None:
    assert text_cell(text) == quoted(neutralise(text))
