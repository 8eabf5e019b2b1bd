"""ClaimReview JSON-LD out: valid against the schema, one review per claim with a final verdict."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from claims import settings
from claims.errors import InvalidInputError
from claims.export import write_claimreview
from claims.export.claimreview import claimant_type
from claims.queries import Filters
from tests.conftest import Invoke
from tests.export.conftest import HYPERLINK, TRICKY, populate

SCHEMA = json.loads((Path(__file__).parent / "claimreview.schema.json").read_text())


def _configure(session: Session) -> None:
    settings.set_value(session, "org.name", "Example Checks")
    settings.set_value(session, "org.url", "https://checks.example.org/")
    settings.set_value(session, "review_url_template", "https://checks.example.org/claims/{id}")


def test_reviews_validate_against_the_schema(session: Session) -> None:
    ids = populate(session)
    _configure(session)
    out = io.StringIO()
    assert write_claimreview(session, Filters(), out) == 3  # the unverified one is left out
    reviews = json.loads(out.getvalue())
    for review in reviews:
        jsonschema.validate(review, SCHEMA)
    first = reviews[0]
    assert first["url"] == f"https://checks.example.org/claims/{ids[0]}"
    assert first["claimReviewed"] == TRICKY
    assert first["author"] == {
        "@type": "Organization",
        "name": "Example Checks",
        "url": "https://checks.example.org/",
    }
    assert first["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Mostly true",
    }
    item = first["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Oleksandr Syrskyi"}
    assert [w["url"] for w in item["appearance"]] == [
        "https://example.org/wire?a=1&b=|2|",
        "https://example.org/daily",
    ]
    assert item["firstAppearance"]["datePublished"] == "2024-08-12" == item["datePublished"]
    assert item["firstAppearance"]["publisher"] == {
        "@type": "Organization",
        "name": "Example Wire, Ltd.",
    }
    unverifiable = reviews[2]
    assert unverifiable["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert HYPERLINK not in {r["claimReviewed"] for r in reviews}  # still unverified


def test_review_date_is_when_the_verdict_was_set(session: Session) -> None:
    populate(session)
    _configure(session)
    out = io.StringIO()
    write_claimreview(session, Filters(verdict="false"), out, jsonl=True)
    (line,) = out.getvalue().splitlines()
    review = json.loads(line)
    jsonschema.validate(review, SCHEMA)
    history = session.execute(
        text("SELECT at FROM claim_events WHERE field = 'verdict' AND new_value = 'false'")
    ).scalar_one()
    assert review["datePublished"][:19] == str(history)[:19].replace(" ", "T")


def test_settings_are_required(session: Session) -> None:
    populate(session)
    with pytest.raises(InvalidInputError, match=r"org\.name"):
        write_claimreview(session, Filters(), io.StringIO())


def test_claimant_types() -> None:
    assert claimant_type("Ministry of Health") == "Organization"
    assert claimant_type("Facebook posts") == "Organization"
    assert claimant_type("NATO") == "Organization"
    assert claimant_type("Kremlin") == "Organization"
    assert claimant_type("Ana Ruiz") == "Person"
    assert claimant_type("Oleksandr Syrskyi") == "Person"


def test_cli_claimreview_export(cli: Invoke, tmp_path: Path) -> None:
    cli("add", "Inflation fell to 2.2 percent", "--url", "https://example.org/cpi")
    cli("mark", "1", "true")
    result = cli("export", "--format", "claimreview")
    assert result.exit_code == 1
    assert "claims config set org.name" in result.stderr
    cli("config", "set", "org.name", "Example Checks")
    cli("config", "set", "review_url_template", "https://checks.example.org/c/{id}")
    target = tmp_path / "reviews.json"
    result = cli("export", "-o", str(target))  # the format follows the file name
    assert result.stdout == f"Wrote 1 ClaimReview objects to {target}.\n"
    (review,) = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(review, SCHEMA)
