"""Volunteer certificates: the register of issued 志愿服务记录证明 (one per member and period)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "volunteer_certificates",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence_no", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issuer", sa.String(length=100), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "period_end >= period_start", name=op.f("ck_volunteer_certificates_period_order")
        ),
        sa.CheckConstraint(
            "sequence_no > 0", name=op.f("ck_volunteer_certificates_positive_sequence")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_volunteer_certificates_member_id_members"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_certificates")),
        sa.UniqueConstraint(
            "member_id",
            "period_start",
            "period_end",
            name=op.f("uq_volunteer_certificates_member_id_period_start_period_end"),
        ),
        sa.UniqueConstraint("number", name=op.f("uq_volunteer_certificates_number")),
        sa.UniqueConstraint(
            "year", "sequence_no", name=op.f("uq_volunteer_certificates_year_sequence_no")
        ),
    )


def downgrade() -> None:
    op.drop_table("volunteer_certificates")
