"""claim keys: the numbers, dates and names cross-source matching looks claims up by

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 02:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "claim_keys",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_keys_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "claim_id", name=op.f("pk_claim_keys")),
    )
    with op.batch_alter_table("claim_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_keys_claim_id"), ["claim_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_keys_claim_id"))
    op.drop_table("claim_keys")
