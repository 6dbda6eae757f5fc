"""namespace delegates: another tenant, or one key, let into a namespace with permissions

Revision ID: f8c3d1e6b4a9
Revises: e7b2c5d8a1f4
Create Date: 2026-11-30 03:50:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = 'f8c3d1e6b4a9'
down_revision = 'e7b2c5d8a1f4'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('namespace_delegates',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('tenant_id', sa.String(length=40), nullable=False),
    sa.Column('namespace_id', sa.String(length=40), nullable=False),
    sa.Column('delegate_tenant_id', sa.String(length=40), nullable=True),
    sa.Column('delegate_key_id', sa.String(length=40), nullable=True),
    sa.Column('permissions', app.core.db.JSONType, nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.core.db.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['namespace_id'], ['namespaces.id'], name=op.f('fk_namespace_delegates_namespace_id_namespaces')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_namespace_delegates_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_namespace_delegates')),
    sa.UniqueConstraint('namespace_id', 'delegate_tenant_id', 'delegate_key_id', name=op.f('uq_namespace_delegates_namespace_id'))
    )
    with op.batch_alter_table('namespace_delegates', schema=None) as batch_op:
        batch_op.create_index('ix_namespace_delegates_tenant', ['delegate_tenant_id'], unique=False)
        batch_op.create_index('ix_namespace_delegates_key', ['delegate_key_id'], unique=False)


def downgrade():
    with op.batch_alter_table('namespace_delegates', schema=None) as batch_op:
        batch_op.drop_index('ix_namespace_delegates_key')
        batch_op.drop_index('ix_namespace_delegates_tenant')
    op.drop_table('namespace_delegates')
