"""Members' pinyin keys again: surnames read as surnames (曾 zeng, 单 shan …), syllables apart

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 06:00:00

Data only: name_pinyin and name_initials (sorting and searching by pinyin) are recomputed
for every member with core.pinyin.pinyin_keys: a surname of SURNAME_READINGS is read as one,
and the full pinyin keeps its syllables apart ("chen fang") so that rolls sort syllable by
syllable (陈 before 程). Nothing else changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from branchdesk.core.pinyin import pinyin_keys

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
    rows = connection.execute(sa.select(_members.c.id, _members.c.name)).all()
    keys = [
        {"member_id": member_id, "name_pinyin": full, "name_initials": initials}
        for member_id, name in rows
        for full, initials in [pinyin_keys(name)]
    ]
    if keys:
        connection.execute(
            _members.update()
            .where(_members.c.id == sa.bindparam("member_id"))
            .values(name_pinyin=sa.bindparam("name_pinyin"), name_initials=sa.bindparam("name_initials")),
            keys,
        )


def downgrade() -> None:
    """Nothing to undo: searches and sorting work on either form of the keys."""
