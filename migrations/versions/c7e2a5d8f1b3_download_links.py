"""download links: signed, expiring, revocable URLs to a snapshot's files

Revision ID: c7e2a5d8f1b3
Revises: b4d1f0c9e2a7
Create Date: 2026-11-30 00:00:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = 'c7e2a5d8f1b3'
down_revision = 'b4d1f0c9e2a7'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('download_links',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('tenant_id', sa.String(length=40), nullable=False),
    sa.Column('snapshot_id', sa.String(length=40), nullable=False),
    sa.Column('file', sa.String(length=255), nullable=False),
    sa.Column('expires_at', app.core.db.UTCDateTime(), nullable=False),
    sa.Column('revoked_at', app.core.db.UTCDateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=100), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['snapshot_id'], ['snapshots.id'], name=op.f('fk_download_links_snapshot_id_snapshots')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_download_links_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_download_links'))
    )
    with op.batch_alter_table('download_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_download_links_snapshot_id'), ['snapshot_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_download_links_tenant_id'), ['tenant_id'], unique=False)


def downgrade():
    with op.batch_alter_table('download_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_download_links_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_download_links_snapshot_id'))
    op.drop_table('download_links')
