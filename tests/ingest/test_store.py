"""Storing articles: sources, claims, appearances, history, duplicates and revisions.

The extractor is replaced by claims written out by hand here, so these tests say what
storage does whatever the extractor finds.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims.db import Database
from claims.extract import ExtractedClaim, Quantity
from claims.ingest import readers
from claims.ingest.pipeline import Pipeline
from claims.ingest.readers import Article, Failure
from claims.ingest.store import Outcome, store_article
from claims.models import Appearance, Claim, ClaimEvent, ClaimKey, ClaimLink, Source

URL = "https://example.org/kursk"
TEXT = (
    "Ukrainian forces control around 1,000 sq km of the Kursk region, Oleksandr Syrskyi said "
    "on Monday.\n\n"
    "Putin called the attack a large-scale provocation.\n\n"
    "Some 120,000 people have been evacuated, according to the regional administration.\n"
)
AREA = Quantity(1000.0, "square_kilometer", 1e9, "square_meter", True, "around 1,000 sq km")
EVACUEES = Quantity(120_000.0, "person", 120_000.0, "person", True, "Some 120,000 people")


def claim_at(
    text: str,
    sentence: str,
    *,
    kind: str = "statement",
    quantity: Quantity | None = None,
    claimant: str | None = None,
    via: tuple[str, ...] = (),
    event_date: dt.date | None = None,
    date_text: str | None = None,
    worth: float = 0.8,
) -> ExtractedClaim:
    start = text.index(sentence)
    end = start + len(sentence)
    return ExtractedClaim(
        text=sentence,
        kind=kind,
        quote=sentence,
        start=start,
        end=end,
        sentence=sentence,
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
        claimant=claimant,
        speaker=claimant.split()[-1] if claimant else None,
        via=via,
        quantity=quantity,
        event_date=event_date,
        date_text=date_text,
        checkworthiness=worth,
    )


def kursk_claims(text: str) -> list[ExtractedClaim]:
    found = []
    for sentence, extra in (
        (
            "Ukrainian forces control around 1,000 sq km of the Kursk region, Oleksandr "
            "Syrskyi said on Monday.",
            {
                "kind": "quantity",
                "quantity": AREA,
                "claimant": "Oleksandr Syrskyi",
                "event_date": dt.date(2024, 8, 12),
                "date_text": "on Monday",
            },
        ),
        (
            "Putin called the attack a large-scale provocation.",
            {"kind": "quote", "claimant": "Vladimir Putin", "via": ("TASS",), "worth": 0.4},
        ),
        (
            "Some 120,000 people have been evacuated, according to the regional administration.",
            {"kind": "quantity", "quantity": EVACUEES, "claimant": "the regional administration"},
        ),
    ):
        if sentence in text:
            found.append(claim_at(text, sentence, **extra))  # type: ignore[arg-type]
    return found


def _article(text: str = TEXT, url: str | None = URL, origin: str = "kursk.txt") -> Article:
    return Article(
        text=text,
        origin=origin,
        title="Kursk",
        outlet="Example Wire",
        author="A. Reporter",
        url=url,
        published=dt.date(2024, 8, 13),
    )


def _count(session: Session, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_an_article_with_its_claims_appearances_history_and_keys(session: Session) -> None:
    outcome = store_article(session, _article(), kursk_claims(TEXT), "alice")
    assert (outcome.status, outcome.new_claims, outcome.matched) == ("new", 3, 0)

    source = session.get(Source, outcome.source_id)
    assert source is not None
    assert (source.title, source.outlet, source.author, source.url, source.published) == (
        "Kursk",
        "Example Wire",
        "A. Reporter",
        URL,
        dt.date(2024, 8, 13),
    )
    assert source.text == TEXT
    assert source.sha256 == hashlib.sha256(TEXT.encode()).hexdigest()

    area = session.scalars(select(Claim).where(Claim.kind == "quantity").order_by(Claim.id)).first()
    assert area is not None
    assert (area.quantity_value, area.quantity_unit, area.quantity_normalized_value) == (
        1000.0,
        "square_kilometer",
        1e9,
    )
    assert (area.quantity_normalized_unit, area.quantity_approximate, area.quantity_text) == (
        "square_meter",
        True,
        "around 1,000 sq km",
    )
    assert (area.claimant, area.event_date, area.date_text, area.checkworthiness) == (
        "Oleksandr Syrskyi",
        dt.date(2024, 8, 12),
        "on Monday",
        0.8,
    )
    [appearance] = area.appearances
    assert source.text[appearance.start_offset : appearance.end_offset] == appearance.quote
    assert appearance.prefix == "" and appearance.suffix == "\n\nPutin called the attack a larg"
    assert (appearance.speaker, appearance.via, appearance.orphaned) == ("Syrskyi", [], False)

    putin = session.scalars(select(Claim).where(Claim.kind == "quote")).one()
    assert putin.appearances[0].via == ["TASS"]
    events = session.scalars(select(ClaimEvent).order_by(ClaimEvent.id)).all()
    assert [(e.field, e.actor, e.note) for e in events] == [
        ("created", "alice", f"ingested from source #{source.id}")
    ] * 3
    # One history row for every claim written (they go in as one bulk insert).
    assert sorted(e.claim_id for e in events) == sorted(session.scalars(select(Claim.id)))
    assert all(e.new_value == e.claim.text for e in events)
    keys = set(session.scalars(select(ClaimKey.key).where(ClaimKey.claim_id == area.id)))
    assert {"n:1000", "u:square_kilometer", "d:2024-08-12", "w:kursk", "w:syrsky"} <= keys


def test_the_same_text_again_adds_nothing(session: Session) -> None:
    first = store_article(session, _article(), kursk_claims(TEXT), "alice")
    again = store_article(session, _article(url=None, origin="copy.txt"), [], "alice")
    assert (again.status, again.duplicate_of, again.source_id) == (
        "duplicate",
        first.source_id,
        None,
    )
    assert (_count(session, Source), _count(session, Claim)) == (1, 3)


def test_the_same_claim_in_another_outlet_is_one_claim_with_two_appearances(
    session: Session,
) -> None:
    store_article(session, _article(), kursk_claims(TEXT), "alice")
    other = (
        "Kyiv's top general Oleksandr Syrskyi said on Monday that his forces now hold roughly "
        "1,000 square kilometres of the Kursk region.\n"
    )
    extracted = claim_at(
        other,
        other.strip(),
        kind="quantity",
        quantity=Quantity(
            1000.0, "square_kilometer", 1e9, "square_meter", True, "roughly 1,000 square kilometres"
        ),
        claimant="Oleksandr Syrskyi",
        event_date=dt.date(2024, 8, 12),
    )
    outcome = store_article(
        session, _article(other, "https://example.org/other", "other.txt"), [extracted], "bob"
    )
    assert (outcome.new_claims, outcome.matched) == (0, 1)
    area = session.scalars(select(Claim).where(Claim.quantity_value == 1000.0)).one()
    assert [a.source_id for a in area.appearances] == [1, outcome.source_id]
    assert [(e.field, e.new_value) for e in area.events][-1] == (
        "appearance",
        f"source #{outcome.source_id}",
    )


def test_a_changed_article_is_a_revision_with_its_passages_re_anchored(session: Session) -> None:
    first = store_article(session, _article(), kursk_claims(TEXT), "alice")
    revised = (
        "UPDATE: Ukrainian forces control around 1,000 sq km of the Kursk region, Oleksandr "
        "Syrskyi said on Monday.\n\n"
        "Some 150,000 people have been evacuated, according to the regional administration.\n"
    )
    new_figure = claim_at(
        revised,
        "Some 150,000 people have been evacuated, according to the regional administration.",
        kind="quantity",
        quantity=Quantity(150_000.0, "person", 150_000.0, "person", True, "Some 150,000 people"),
        claimant="the regional administration",
    )
    # The extractor finds the unchanged sentence again too: it must not become a new claim.
    extracted = [*kursk_claims(revised), new_figure]
    outcome = store_article(session, _article(revised, origin="kursk-v2.txt"), extracted, "alice")
    assert (outcome.status, outcome.replaces) == ("revision", first.source_id)
    assert (outcome.reanchored, outcome.orphaned, outcome.new_claims) == (1, 2, 1)

    new_source = session.get(Source, outcome.source_id)
    assert new_source is not None and new_source.replaces_id == first.source_id
    on_new = session.scalars(
        select(Appearance).where(Appearance.source_id == outcome.source_id).order_by(Appearance.id)
    ).all()
    anchored = [a for a in on_new if not a.orphaned]
    orphaned = [a for a in on_new if a.orphaned]
    assert [revised[a.start_offset : a.end_offset] for a in anchored] == [a.quote for a in anchored]
    assert anchored[0].start_offset == len("UPDATE: ")
    # Putin's sentence is gone and the evacuee figure changed: kept, flagged, not dropped.
    assert sorted(a.quote[:5] for a in orphaned) == ["Putin", "Some "]
    assert all(a.start_offset is None for a in orphaned)
    # The corrected figure is a new claim that supersedes the old one: the outlet corrected
    # itself, no rival source contradicts it.
    link = session.scalars(select(ClaimLink)).one()
    old = session.get(Claim, link.other_id)
    assert link.relation == "supersedes" and old is not None and old.quantity_value == 120_000
    assert (outcome.superseded, outcome.contradictions) == (1, 0)
    assert _count(session, Source) == 2
    notes = session.scalars(
        select(ClaimEvent.note).where(ClaimEvent.field == "appearance").order_by(ClaimEvent.id)
    ).all()
    assert notes == [
        f"re-anchored from source #{first.source_id}",
        f"orphaned: not found in the revision of source #{first.source_id}",
        f"orphaned: not found in the revision of source #{first.source_id}",
    ]


def _fake_extractor(text: str, published: dt.date | None = None) -> list[ExtractedClaim]:
    if "crash" in text:
        raise ValueError("cannot parse")
    if "broken" in text:  # offsets out of order: the database refuses the appearance
        good = claim_at(text, text.strip())
        return [
            ExtractedClaim(**{**good.__dict__, "start": 10, "end": 2})  # type: ignore[arg-type]
        ]
    return kursk_claims(text)


def test_each_article_is_its_own_transaction(database: Database) -> None:
    items: list[Article | Failure] = [
        _article(TEXT, URL, "good.txt"),
        _article("This text will crash the extractor.\n", None, "crash.txt"),
        _article("This text is broken in the database.\n", None, "broken.txt"),
        Failure("bad.jsonl:3", "not valid JSON"),
        _article(TEXT.replace("Monday", "Tuesday"), None, "other.txt"),
    ]
    with Pipeline(database, actor="alice", extractor=_fake_extractor) as pipeline:
        summary = pipeline.run(items)
    crash, broken, bad = summary.failures
    assert str(crash) == "crash.txt: could not extract claims: ValueError: cannot parse"
    assert broken.origin == "broken.txt"
    assert broken.message.startswith("database error: ")
    assert "offsets_ordered" in broken.message
    assert str(bad) == "bad.jsonl:3: not valid JSON"
    assert [o.origin for o in summary.outcomes] == ["good.txt", "other.txt"]
    with database.Session() as session:
        texts = session.scalars(select(Source.text).order_by(Source.id)).all()
        assert len(texts) == 2 and not any("broken" in t or "crash" in t for t in texts)
        # other.txt repeats two of good.txt's claims: two more appearances, no new claims.
        assert (_count(session, Claim), _count(session, Appearance)) == (3, 5)


def test_duplicates_within_one_run_are_skipped_before_extraction(database: Database) -> None:
    calls: list[str] = []

    def counting(text: str, published: dt.date | None = None) -> list[ExtractedClaim]:
        calls.append(text)
        return kursk_claims(text)

    with Pipeline(database, actor="alice", extractor=counting) as pipeline:
        summary = pipeline.run([_article(origin="a.txt"), _article(origin="b.txt")])
    assert [(o.origin, o.status) for o in summary.outcomes] == [
        ("a.txt", "new"),
        ("b.txt", "duplicate"),
    ]
    assert len(calls) == 1
    assert summary.counts()["duplicates"] == 1


def test_read_all_closes_over_files(tmp_path, database: Database) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kursk.txt"
    path.write_text(f"url: {URL}\ndate: 2024-08-13\n\n{TEXT}", encoding="utf-8")
    with Pipeline(database, actor="alice", extractor=kursk_claims_extractor) as pipeline:
        [outcome] = pipeline.run(readers.read_all([str(path)])).outcomes
    assert isinstance(outcome, Outcome) and outcome.new_claims == 3


def kursk_claims_extractor(text: str, published: dt.date | None = None) -> list[ExtractedClaim]:
    return kursk_claims(text)
