"""audit entries: key, method, namespace, request id and outcome of every state-changing request

Revision ID: b9d5e1f3a7c2
Revises: a8e4c2d6f9b1
Create Date: 2026-11-30 03:10:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = 'b9d5e1f3a7c2'
down_revision = 'a8e4c2d6f9b1'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('namespace', sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column('namespace_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('method', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('request_id', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('outcome', sa.Integer(), nullable=True))
        batch_op.create_index('ix_audit_entries_tenant_created', ['tenant_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_namespace_id'), ['namespace_id'], unique=False)


def downgrade():
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entries_namespace_id'))
        batch_op.drop_index('ix_audit_entries_tenant_created')
        batch_op.drop_column('outcome')
        batch_op.drop_column('request_id')
        batch_op.drop_column('method')
        batch_op.drop_column('namespace_id')
        batch_op.drop_column('namespace')
        batch_op.drop_column('key_id')
