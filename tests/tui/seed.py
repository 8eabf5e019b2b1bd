"""A small newsroom queue with fixed ids, times and reviewer, for pilot and snapshot tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import update

from claims import links, review
from claims.db import Database
from claims.models import Appearance, Claim, ClaimEvent, ClaimLink, Evidence

T0 = dt.datetime(2024, 8, 12, 9, 30, tzinfo=dt.UTC)

KURSK_TEXT = (
    "Fighting continued overnight near Sudzha. "
    "Ukrainian forces occupy around 1,000 sq km of the Kursk region, the commander said. "
    "He gave no map. Russia's defence ministry disputed the account."
)
DISPUTE_TEXT = (
    "Moscow rejected the figure on Tuesday. "
    "Russia says 1,250 sq km of the region were never lost. "
    "Independent analysts could not confirm either number."
)
HOSTILE_TEXT = (
    "An odd wire copy arrived. "
    "The mayor said [bold]all[/bold] roads are \x1b[31mclosed\x1b[0m\x07 today. "
    "Officials declined to comment."
)


@dataclass(frozen=True)
class Seeded:
    kursk: int  # 0.9, quantity, two appearances, evidence, contradicted, a suggestion
    dispute: int  # 0.8, contradicts kursk
    similar: int  # 0.7, suggested as similar to kursk
    hostile: int  # 0.6, markup, ANSI and a bell in the text
    low: int  # 0.3: below the queue's threshold
    judged: int  # already true: not in the default queue


def seed(database: Database) -> Seeded:
    with database.begin() as session:
        wire = review.find_or_add_source(
            session,
            review.SourceInfo(
                url="https://example.org/kursk",
                outlet="Example Wire",
                title="Kursk: what the maps show",
                published=dt.date(2024, 8, 12),
                text=KURSK_TEXT,
            ),
        )
        daily = review.find_or_add_source(
            session,
            review.SourceInfo(
                url="https://example.org/dispute",
                outlet="Daily Example",
                title="Russia disputes the figures",
                published=dt.date(2024, 8, 13),
                text=DISPUTE_TEXT,
            ),
        )
        odd = review.find_or_add_source(
            session,
            review.SourceInfo(
                url="https://example.org/odd",
                outlet="[red]Odd Wire[/red]",
                title="[bold]Breaking[/bold] \x1b[31mred\x1b[0m",
                published=dt.date(2024, 8, 14),
                text=HOSTILE_TEXT,
            ),
        )

        def add(text: str, source: object, quote: str, claimant: str, worth: float) -> Claim:
            return review.add_claim(
                session,
                text,
                "ingest",
                source=source,  # type: ignore[arg-type]
                quote=quote,
                claimant=claimant,
                kind="quantity" if "sq km" in text else "statement",
                checkworthiness=worth,
            )

        kursk = add(
            "Ukrainian forces occupy around 1,000 sq km of the Kursk region",
            wire,
            "Ukrainian forces occupy around 1,000 sq km of the Kursk region",
            "Oleksandr Syrskyi",
            0.9,
        )
        kursk.quantity_value, kursk.quantity_unit = 1000.0, "sq km"
        kursk.quantity_normalized_value, kursk.quantity_normalized_unit = 1000.0, "km²"
        kursk.quantity_approximate, kursk.quantity_text = True, "around 1,000 sq km"
        kursk.event_date, kursk.date_text = dt.date(2024, 8, 12), "on Monday"
        kursk.appearances[0].via = ["Reuters", "Kyiv Independent"]
        session.add(
            Appearance(
                claim=kursk,
                source=daily,
                quote="1,250 sq km",
                sentence="Russia says 1,250 sq km of the region were never lost.",
                speaker="Kremlin",
                via=[],
            )
        )
        dispute = add(
            "Russia says 1,250 sq km of the Kursk region were never lost",
            daily,
            "Russia says 1,250 sq km of the region were never lost",
            "Kremlin",
            0.8,
        )
        dispute.quantity_value, dispute.quantity_unit = 1250.0, "sq km"
        dispute.quantity_normalized_value, dispute.quantity_normalized_unit = 1250.0, "km²"
        similar = add(
            "Kyiv's troops hold about 1,000 square kilometres in Kursk",
            wire,
            "He gave no map.",
            "Oleksandr Syrskyi",
            0.7,
        )
        hostile = add(
            "The mayor said [bold]all[/bold] roads are \x1b[31mclosed\x1b[0m\x07 today",
            odd,
            "The mayor said [bold]all[/bold] roads are \x1b[31mclosed\x1b[0m\x07 today",
            "[i]Mayor[/i] Ana Ruiz",
            0.6,
        )
        low = add("The weather was fine", wire, "Fighting continued overnight", "Reporter", 0.3)
        judged = add("Russia's ministry disputed it", wire, "disputed the account", "AP", 0.95)
        session.flush()
        review.set_verdict(session, judged.id, "true", "alice")
        links.link(session, kursk.id, dispute.id, "contradicts", "alice")
        session.add(ClaimLink(claim=kursk, other=similar, relation="similar", score=0.87))
        review.add_evidence(
            session,
            kursk.id,
            "alice",
            url="https://example.org/isw-map",
            note="ISW map of 12 August",
            stance="supports",
        )
        review.add_note(session, kursk.id, "Asked the ministry for its [bold]source[/bold]", "bob")
        review.add_tag(session, kursk.id, "war", "alice")
        session.flush()
        ids = Seeded(kursk.id, dispute.id, similar.id, hostile.id, low.id, judged.id)
    _fix_times(database)
    return ids


def _fix_times(database: Database) -> None:
    """History and evidence at known times, so screenshots do not change from run to run."""
    with database.begin() as session:
        for event in session.query(ClaimEvent).order_by(ClaimEvent.id):
            event.at = T0 + dt.timedelta(minutes=event.id)
        session.execute(update(Evidence).values(added_at=T0))
        session.execute(update(Claim).values(created_at=T0, updated_at=T0))
