"""api keys may be limited to namespaces

Revision ID: e7b2c5d8a1f4
Revises: d4a8b6c1e9f3
Create Date: 2026-11-30 03:40:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = 'e7b2c5d8a1f4'
down_revision = 'd4a8b6c1e9f3'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('api_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('namespaces', app.core.db.JSONType, nullable=True))


def downgrade():
    with op.batch_alter_table('api_keys', schema=None) as batch_op:
        batch_op.drop_column('namespaces')
