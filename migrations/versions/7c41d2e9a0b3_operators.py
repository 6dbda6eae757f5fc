"""operators: principals for the service's operators, separate from tenants' keys

Revision ID: 7c41d2e9a0b3
Revises: 5b1e0c7d2a91
Create Date: 2026-11-23 13:50:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = '7c41d2e9a0b3'
down_revision = '5b1e0c7d2a91'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('operators',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('created_at', app.core.db.UTCDateTime(), nullable=False),
    sa.Column('revoked_at', app.core.db.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operators')),
    sa.UniqueConstraint('name', name=op.f('uq_operators_name')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_operators_token_hash'))
    )


def downgrade():
    op.drop_table('operators')
