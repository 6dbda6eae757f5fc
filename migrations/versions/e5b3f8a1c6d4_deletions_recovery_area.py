"""deletions: soft-deleted records and registries in the recovery area (restorable, then purged)

Revision ID: e5b3f8a1c6d4
Revises: d2a9c4e7b1f0
Create Date: 2026-11-30 03:00:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = 'e5b3f8a1c6d4'
down_revision = 'd2a9c4e7b1f0'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('deletions',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('tenant_id', sa.String(length=40), nullable=False),
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('namespace_id', sa.String(length=40), nullable=False),
    sa.Column('registry_id', sa.String(length=40), nullable=False),
    sa.Column('registry_name', sa.String(length=128), nullable=False),
    sa.Column('record_id', sa.String(length=40), nullable=True),
    sa.Column('record_name', sa.String(length=255), nullable=True),
    sa.Column('previous_state', sa.String(length=16), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('deleted_by', sa.String(length=100), nullable=True),
    sa.Column('deleted_at', app.core.db.UTCDateTime(), nullable=False),
    sa.Column('restorable_until', app.core.db.UTCDateTime(), nullable=False),
    sa.Column('restored_at', app.core.db.UTCDateTime(), nullable=True),
    sa.Column('purged_at', app.core.db.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_deletions_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deletions'))
    )
    with op.batch_alter_table('deletions', schema=None) as batch_op:
        batch_op.create_index('ix_deletions_tenant_open', ['tenant_id', 'restored_at', 'purged_at'], unique=False)


def downgrade():
    with op.batch_alter_table('deletions', schema=None) as batch_op:
        batch_op.drop_index('ix_deletions_tenant_open')
    op.drop_table('deletions')
