"""A small newsroom database with every field of a claim populated, the awkward way."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from claims import links, review
from claims.db import Database, make_engine, open_database
from claims.models import Appearance, Claim
from tests.conftest import postgres_base_url

# Text that tries every trick a CSV or a spreadsheet can play.
TRICKY = 'Ünïcödé «claim», with "quotes", a | bar, a \\ backslash\nand a second line'
FORMULA = "=1+1"
HYPERLINK = '=HYPERLINK("https://evil.example/x","click")'
APOSTROPHE = "'=already quoted"


def populate(session: Session) -> list[int]:
    """Four claims: every field set on the first; formulas, quotes and nulls on the rest."""
    wire = review.find_or_add_source(
        session,
        review.SourceInfo(
            url="https://example.org/wire?a=1&b=|2|",
            outlet="Example Wire, Ltd.",
            title="-Minus: a title | with bar",
            published=dt.date(2024, 8, 12),
            text="Ukrainian forces occupy around 1,000 sq km of the Kursk region, he said.",
        ),
    )
    daily = review.find_or_add_source(
        session, review.SourceInfo(url="https://example.org/daily", outlet="@Daily")
    )
    first = review.add_claim(
        session,
        TRICKY,
        "alice",
        source=wire,
        quote="occupy around 1,000 sq km",
        claimant="Oleksandr Syrskyi",
        kind="quantity",
        checkworthiness=0.8765,
    )
    first.quantity_value = 1000.0
    first.quantity_unit = "sq km"
    first.quantity_normalized_value = 1_000_000_000.0
    first.quantity_normalized_unit = "m²"
    first.quantity_approximate = True
    first.quantity_text = "around 1,000 sq km"
    first.event_date = dt.date(2024, 8, 10)
    first.date_text = "last Saturday"
    first.assignee = "bob"
    session.add(
        Appearance(
            claim=first,
            source=daily,
            quote='+1,000 sq km | \\ "quoted"',
            start_offset=None,
            end_offset=None,
            prefix="\tbefore",
            suffix="after\r",
            sentence="Line one\nline two",
            speaker="Syrskyi",
            via=["Reuters", "AP | wire", "back\\slash"],
            orphaned=True,
        )
    )
    session.flush()
    second = review.add_claim(session, FORMULA, "bob", source=daily, claimant="-5")
    third = review.add_claim(session, HYPERLINK, "bob", source=daily, claimant="@handle")
    fourth = review.add_claim(session, APOSTROPHE, "carol", source=wire)
    review.set_verdict(session, first.id, "mostly_true", "alice", note="Maps agree\n(mostly)")
    review.set_state(session, first.id, "done", "alice")
    review.add_evidence(
        session, first.id, "alice", url="https://example.org/maps", stance="supports"
    )
    review.add_evidence(session, first.id, "bob", note="=SUM(A1:A9) is not evidence")
    review.add_note(session, first.id, "Asked the ministry | twice", "bob")
    review.add_tag(session, first.id, "war", "alice")
    review.add_tag(session, first.id, "a | b", "alice")
    review.add_tag(session, first.id, "=tag", "alice")
    links.link(session, first.id, second.id, "contradicts", "alice", note="opposite")
    links.link(session, third.id, first.id, "similar", "alice", score=0.8125)
    review.set_verdict(session, second.id, "false", "bob")
    review.set_verdict(session, fourth.id, "unverifiable", "carol")
    session.flush()
    return [c.id for c in (first, second, third, fourth)]


def claim(session: Session, claim_id: int) -> Claim:
    found = session.get(Claim, claim_id)
    assert found is not None
    return found


@pytest.fixture
def empty_database(db_url: str, tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """A second, empty database of the same kind as `database` (to import into)."""
    if db_url.startswith("postgresql"):
        base = postgres_base_url()
        assert base is not None
        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin = make_engine(base)
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        opened = open_database(url)
        try:
            yield opened
        finally:
            opened.engine.dispose()
            with admin.begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
        return
    path = tmp_path / "empty.db"
    shutil.copy(_sqlite_template, path)
    opened = open_database(str(path))
    yield opened
    opened.engine.dispose()
