"""Members' pinyin keys again, with surnames read as surnames (曾 zeng, 单 shan …)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 06:00:00

Data only: name_pinyin and name_initials (sorting and searching by pinyin) are recomputed
for every member whose surname core.pinyin.SURNAME_READINGS lists; nothing else changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from branchdesk.core.pinyin import SURNAME_READINGS, pinyin_keys

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_members = sa.table(
    "members",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("name_pinyin", sa.String),
    sa.column("name_initials", sa.String),
)


def upgrade() -> None:
    connection = op.get_bind()
    surnames = sorted(SURNAME_READINGS)
    rows = connection.execute(
        sa.select(_members.c.id, _members.c.name).where(
            sa.func.substr(_members.c.name, 1, 1).in_(surnames)
        )
    ).all()
    for member_id, name in rows:
        full, initials = pinyin_keys(name)
        connection.execute(
            _members.update()
            .where(_members.c.id == member_id)
            .values(name_pinyin=full, name_initials=initials)
        )


def downgrade() -> None:
    """Nothing to undo: the older keys were the same function without the surname table."""
