"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 01:41:10.828606
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("claimant", sa.String(length=300), nullable=True),
        sa.Column("quantity_value", sa.Float(), nullable=True),
        sa.Column("quantity_unit", sa.String(length=100), nullable=True),
        sa.Column("quantity_normalized_value", sa.Float(), nullable=True),
        sa.Column("quantity_normalized_unit", sa.String(length=100), nullable=True),
        sa.Column("quantity_approximate", sa.Boolean(), nullable=True),
        sa.Column("quantity_text", sa.String(length=300), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("date_text", sa.String(length=200), nullable=True),
        sa.Column("checkworthiness", sa.Float(), nullable=False),
        sa.Column("verdict", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("assignee", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "state IN ('new', 'in_review', 'needs_second_review', 'done')",
            name=op.f("ck_claims_state_known"),
        ),
        sa.CheckConstraint(
            "checkworthiness >= 0 AND checkworthiness <= 1",
            name=op.f("ck_claims_checkworthiness_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_assignee"), ["assignee"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_claimant"), ["claimant"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_event_date"), ["event_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_kind"), ["kind"], unique=False)
        batch_op.create_index("ix_claims_queue", ["verdict", "checkworthiness", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_state"), ["state"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["sources.id"],
            name=op.f("fk_sources_replaces_id_sources"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_outlet"), ["outlet"], unique=False)
        batch_op.create_index(batch_op.f("ix_sources_published"), ["published"], unique=False)
        batch_op.create_index(batch_op.f("ix_sources_replaces_id"), ["replaces_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sources_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_sources_url"), ["url"], unique=False)

    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "appearances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=True),
        sa.Column("end_offset", sa.Integer(), nullable=True),
        sa.Column("prefix", sa.String(length=200), nullable=True),
        sa.Column("suffix", sa.String(length=200), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("speaker", sa.String(length=300), nullable=True),
        sa.Column("via", sa.JSON(), nullable=False),
        sa.Column("orphaned", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "end_offset >= start_offset", name=op.f("ck_appearances_offsets_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_appearances_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_appearances_source_id_sources"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appearances")),
        sa.UniqueConstraint(
            "claim_id",
            "source_id",
            "start_offset",
            name=op.f("uq_appearances_claim_id_source_id_start_offset"),
        ),
    )
    with op.batch_alter_table("appearances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appearances_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appearances_source_id"), ["source_id"], unique=False)

    op.create_table(
        "claim_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_events_claim_id_claims"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_events")),
    )
    with op.batch_alter_table("claim_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_events_actor"), ["actor"], unique=False)
        batch_op.create_index("ix_claim_events_claim_at", ["claim_id", "at"], unique=False)

    op.create_table(
        "claim_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "relation IN ('same_as', 'similar', 'contradicts', 'supports', 'supersedes')",
            name=op.f("ck_claim_links_relation_known"),
        ),
        sa.CheckConstraint("claim_id <> other_id", name=op.f("ck_claim_links_not_self")),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_links_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["claims.id"],
            name=op.f("fk_claim_links_other_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_links")),
        sa.UniqueConstraint(
            "claim_id",
            "other_id",
            "relation",
            name=op.f("uq_claim_links_claim_id_other_id_relation"),
        ),
    )
    with op.batch_alter_table("claim_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_links_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_links_other_id"), ["other_id"], unique=False)

    op.create_table(
        "claim_tags",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_tags_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_claim_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("claim_id", "tag_id", name=op.f("pk_claim_tags")),
    )
    with op.batch_alter_table("claim_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "stance IN ('supports', 'refutes', 'context')", name=op.f("ck_evidence_stance_known")
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_evidence_claim_id_claims"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_claim_id"), ["claim_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_claim_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("claim_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_tags_tag_id"))

    op.drop_table("claim_tags")
    with op.batch_alter_table("claim_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_links_other_id"))
        batch_op.drop_index(batch_op.f("ix_claim_links_claim_id"))

    op.drop_table("claim_links")
    with op.batch_alter_table("claim_events", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_events_claim_at")
        batch_op.drop_index(batch_op.f("ix_claim_events_actor"))

    op.drop_table("claim_events")
    with op.batch_alter_table("appearances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appearances_source_id"))
        batch_op.drop_index(batch_op.f("ix_appearances_claim_id"))

    op.drop_table("appearances")
    op.drop_table("tags")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_url"))
        batch_op.drop_index(batch_op.f("ix_sources_sha256"))
        batch_op.drop_index(batch_op.f("ix_sources_replaces_id"))
        batch_op.drop_index(batch_op.f("ix_sources_published"))
        batch_op.drop_index(batch_op.f("ix_sources_outlet"))

    op.drop_table("sources")
    op.drop_table("settings")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_state"))
        batch_op.drop_index("ix_claims_queue")
        batch_op.drop_index(batch_op.f("ix_claims_kind"))
        batch_op.drop_index(batch_op.f("ix_claims_event_date"))
        batch_op.drop_index(batch_op.f("ix_claims_created_at"))
        batch_op.drop_index(batch_op.f("ix_claims_claimant"))
        batch_op.drop_index(batch_op.f("ix_claims_assignee"))

    op.drop_table("claims")
