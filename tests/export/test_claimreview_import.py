"""Other fact-checkers' ClaimReview markup in, as it is really published."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from claims import settings
from claims.db import Database
from claims.importer import import_path
from claims.importer.ratings import Rating, map_rating
from claims.models import Claim
from claims.queries import get_claim
from claims.records import claim_dict
from tests.conftest import SHARED_DATA, Invoke

FIXTURES = Path(__file__).parent / "fixtures"
REAL = SHARED_DATA / "claimreview"


def _claims(session: Session) -> dict[str, dict[str, object]]:
    ids = session.scalars(select(Claim.id).order_by(Claim.id)).all()
    found = [claim_dict(get_claim(session, i), session=session) for i in ids]
    return {str(c["text"]): c for c in found}


def test_a_folder_of_odd_markup_imports_cleanly(database: Database) -> None:
    with database.begin() as session:
        report = import_path(session, FIXTURES / "claimreview", actor="dana")
    assert report.problems == []
    assert report.files == 3
    assert report.claims == 9
    with database.begin() as session:
        claims = _claims(session)
    verdicts = {text: c["verdict"] for text, c in claims.items()}
    assert verdicts == {
        "Unemployment fell for six months in a row.": "mostly_true",  # twice: merged
        "Wages rose faster than prices": "mixed",  # "Half-True!"
        "The Vell bridge was closed for all of 2023": "mostly_true",  # 2 on a reversed 5..1
        "Ferry fares tripled in a year": "true",  # "Accurate", `type` and `@type` lists
        "Les vaccins contiennent des puces électroniques": "false",  # "Faux"
        "La inflación de marzo fue la más baja en diez años": "false",  # "Falso"
        "The budget doubled school spending": "false",  # "Four Pinocchios"
        "Crime is at a record high": "unverified",  # not on the rating map
    }
    vaccines = claims["Les vaccins contiennent des puces électroniques"]
    assert vaccines["claimant"] == "Publications Facebook"
    assert vaccines["evidence"][0]["url"] == "https://verif.example.fr/vaccins"
    assert vaccines["evidence"][0]["note"] == "Vérif Exemple rated it “Faux” on 2020-11-07"
    assert vaccines["evidence"][0]["stance"] == "refutes"
    assert vaccines["appearances"][0]["source"]["url"] == "https://social.example.fr/post/1"
    verdict_event = vaccines["history"][0]
    assert (verdict_event["actor"], verdict_event["at"]) == (
        "Vérif Exemple",
        "2020-11-07T00:00:00+00:00",
    )
    inflation = claims["La inflación de marzo fue la más baja en diez años"]
    assert [a["source"]["url"] for a in inflation["appearances"]] == [
        "https://radio.example.ar/entrevista",
        "https://diario.example.ar/nota",
    ]
    crime = claims["Crime is at a record high"]
    assert crime["state"] == "new"
    assert "“Needs a closer look” is not on the rating map" in crime["history"][-1]["note"]
    assert crime["appearances"][0]["source"]["url"] == "https://checker.example.com/context"
    bridge = claims["The Vell bridge was closed for all of 2023"]
    assert bridge["claimant"] == "Councillor Mira Holt"
    assert bridge["appearances"][0]["source"]["published"] == "2024-01-28"

    with database.begin() as session:  # the same folder again: nothing new
        again = import_path(session, FIXTURES / "claimreview", actor="dana")
    assert again.counts["added"] == 0
    with database.begin() as session:
        assert len(_claims(session)) == 8


def test_problems_name_file_line_and_field(cli: Invoke) -> None:
    result = cli("import", str(FIXTURES / "broken"))
    assert result.exit_code == 1
    broken = FIXTURES / "broken" / "reviews.json"
    assert result.stderr.splitlines() == [
        f"{broken}:9: [1].claimReviewed: missing",
        f"{broken}:15: [2].datePublished: not a date: 'the twelfth of never, probably'",
        f"Error: 2 problems in {FIXTURES / 'broken'}; nothing was imported",
    ]
    assert "0 of 0 claims" in cli("list").stdout


def test_rating_map_is_a_setting(session: Session) -> None:
    scale = settings.verdict_scale(session)
    table = settings.rating_map(session)
    assert map_rating(Rating("Pants on Fire!", None, None, None), table, scale) == "false"
    assert map_rating(Rating("Plutôt faux", None, None, None), table, scale) == "mostly_false"
    assert map_rating(Rating(None, 1, 1, 7), table, scale) == "true"  # 1 is best here
    assert map_rating(Rating(None, 1, 5, 1), table, scale) == "false"
    assert map_rating(Rating(None, 5, 1, 5), table, scale) == "false"  # reversed
    assert map_rating(Rating("Whatever", None, None, None), table, scale) is None
    settings.set_value(session, "rating_map", '{"Whatever": "mixed"}')
    assert settings.rating_map(session) == {"Whatever": "mixed"}


@pytest.mark.skipif(not REAL.is_dir(), reason=f"shared data not found at {REAL}")
def test_real_published_markup(database: Database) -> None:
    with database.begin() as session:
        report = import_path(session, REAL, actor="dana")
    assert report.problems == []
    assert report.counts["added"] == 6
    with database.begin() as session:
        claims = list(_claims(session).values())
    by_rating = {c["evidence"][0]["note"].split("rated it ")[1][:20]: c["verdict"] for c in claims}
    assert by_rating["“Pants on Fire” on 2"] == "false"
    assert by_rating["“Half True” on 2018-"] == "mixed"
    assert by_rating["“FALSE” on 2018-11-2"] == "false"
    assert "unverified" in by_rating.values()  # "Will military drills end?" is no verdict
