"""namespaces may be public: their live data readable without a key

Revision ID: d4a8b6c1e9f3
Revises: c3f7a9e2d5b8
Create Date: 2026-11-30 03:30:00

"""
from alembic import op
import sqlalchemy as sa

revision = 'd4a8b6c1e9f3'
down_revision = 'c3f7a9e2d5b8'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('namespaces', schema=None) as batch_op:
        batch_op.add_column(sa.Column('public', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade():
    with op.batch_alter_table('namespaces', schema=None) as batch_op:
        batch_op.drop_column('public')
