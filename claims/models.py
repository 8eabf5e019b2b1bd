"""The database schema: sources, claims, where claims appear, evidence and history.

Every change to a claim is recorded in `claim_events`; the foreign keys are set so that
history can never be orphaned (a claim with events cannot be deleted).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CLAIM_KINDS = ("quantity", "statement", "event", "quote")
STATES = ("new", "in_review", "needs_second_review", "done")
RELATIONS = ("same_as", "similar", "contradicts", "supports", "supersedes")
STANCES = ("supports", "refutes", "context")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: DateTime(timezone=True),
        list[str]: JSON,
    }


class Source(Base):
    """One document as ingested. A changed text at the same URL is a new row."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(String(500))
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    author: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    retrieved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT"), index=True
    )

    appearances: Mapped[list[Appearance]] = relationship(back_populates="source")
    replaces: Mapped[Source | None] = relationship(remote_side=[id])


class Claim(Base):
    """A claim, one row however many articles repeat it."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(
            "checkworthiness >= 0 AND checkworthiness <= 1", name="checkworthiness_range"
        ),
        CheckConstraint(
            "state IN ('new', 'in_review', 'needs_second_review', 'done')", name="state_known"
        ),
        # The review queue: unverified, most check-worthy first, newest first.
        Index("ix_claims_queue", "verdict", "checkworthiness", "id"),
        # The same order when the queue is filtered on anything but the verdict.
        Index("ix_claims_worth", "checkworthiness", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), default="statement", index=True)
    claimant: Mapped[str | None] = mapped_column(String(300), index=True)
    quantity_value: Mapped[float | None] = mapped_column(Float)
    quantity_unit: Mapped[str | None] = mapped_column(String(100))
    quantity_normalized_value: Mapped[float | None] = mapped_column(Float)
    quantity_normalized_unit: Mapped[str | None] = mapped_column(String(100))
    quantity_approximate: Mapped[bool | None] = mapped_column(Boolean)
    quantity_text: Mapped[str | None] = mapped_column(String(300))
    event_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_text: Mapped[str | None] = mapped_column(String(200))
    checkworthiness: Mapped[float] = mapped_column(Float, default=0.5)
    verdict: Mapped[str] = mapped_column(String(32), default="unverified")
    state: Mapped[str] = mapped_column(String(32), default="new", index=True)
    assignee: Mapped[str | None] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    appearances: Mapped[list[Appearance]] = relationship(
        back_populates="claim", order_by="Appearance.id", cascade="all, delete-orphan"
    )
    evidence: Mapped[list[Evidence]] = relationship(back_populates="claim", order_by="Evidence.id")
    events: Mapped[list[ClaimEvent]] = relationship(
        back_populates="claim", order_by="ClaimEvent.id"
    )
    tags: Mapped[list[Tag]] = relationship(secondary="claim_tags", order_by="Tag.name")

    __mapper_args__ = {"version_id_col": version}


class Appearance(Base):
    """Where a claim appears: a W3C TextQuoteSelector plus offsets into the source text."""

    __tablename__ = "appearances"
    __table_args__ = (
        UniqueConstraint("claim_id", "source_id", "start_offset"),
        CheckConstraint("end_offset >= start_offset", name="offsets_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT"), index=True
    )
    quote: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int | None] = mapped_column(Integer)
    end_offset: Mapped[int | None] = mapped_column(Integer)
    prefix: Mapped[str | None] = mapped_column(String(200))
    suffix: Mapped[str | None] = mapped_column(String(200))
    sentence: Mapped[str | None] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(String(300))
    via: Mapped[list[str]] = mapped_column(default=list)
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="appearances")
    source: Mapped[Source] = relationship(back_populates="appearances")


class Evidence(Base):
    """A URL or a note that supports, refutes or gives context to a claim."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint("stance IN ('supports', 'refutes', 'context')", name="stance_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="RESTRICT"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000))
    note: Mapped[str | None] = mapped_column(Text)
    stance: Mapped[str] = mapped_column(String(16), default="context")
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="evidence")


class ClaimEvent(Base):
    """Append-only history: who changed which field of which claim, when, from what to what."""

    __tablename__ = "claim_events"
    __table_args__ = (Index("ix_claim_events_claim_at", "claim_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="RESTRICT"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)

    claim: Mapped[Claim] = relationship(back_populates="events")


class ClaimLink(Base):
    """A relation between two claims; `similar` links carry the matcher's score."""

    __tablename__ = "claim_links"
    __table_args__ = (
        UniqueConstraint("claim_id", "other_id", "relation"),
        CheckConstraint("claim_id <> other_id", name="not_self"),
        CheckConstraint(
            "relation IN ('same_as', 'similar', 'contradicts', 'supports', 'supersedes')",
            name="relation_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(32))
    score: Mapped[float | None] = mapped_column(Float)
    created_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    claim: Mapped[Claim] = relationship(foreign_keys=[claim_id])
    other: Mapped[Claim] = relationship(foreign_keys=[other_id])


class ClaimKey(Base):
    """A number, date or name in a claim: what cross-source matching looks claims up by.

    An inverted index kept by ingest, so finding the earlier claims that share a figure,
    a date or a name with a new one is an index lookup, however many claims there are.
    """

    __tablename__ = "claim_keys"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class ClaimTag(Base):
    __tablename__ = "claim_tags"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Setting(Base):
    """Team-wide settings shared by every reviewer (verdict scale, organisation)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
