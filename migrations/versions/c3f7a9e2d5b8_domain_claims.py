"""domain claims: a namespace's domains, their challenges and verification (DeDi)

Revision ID: c3f7a9e2d5b8
Revises: b9d5e1f3a7c2
Create Date: 2026-11-30 03:20:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = 'c3f7a9e2d5b8'
down_revision = 'b9d5e1f3a7c2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('domain_claims',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('tenant_id', sa.String(length=40), nullable=False),
    sa.Column('namespace_id', sa.String(length=40), nullable=False),
    sa.Column('domain', sa.String(length=253), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('txt', sa.String(length=100), nullable=False),
    sa.Column('verified_at', app.core.db.UTCDateTime(), nullable=True),
    sa.Column('last_checked_at', app.core.db.UTCDateTime(), nullable=True),
    sa.Column('failing_since', app.core.db.UTCDateTime(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['namespace_id'], ['namespaces.id'], name=op.f('fk_domain_claims_namespace_id_namespaces')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_domain_claims_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_domain_claims')),
    sa.UniqueConstraint('namespace_id', 'domain', name=op.f('uq_domain_claims_namespace_id'))
    )
    with op.batch_alter_table('domain_claims', schema=None) as batch_op:
        batch_op.create_index('ix_domain_claims_domain', ['domain'], unique=False)


def downgrade():
    with op.batch_alter_table('domain_claims', schema=None) as batch_op:
        batch_op.drop_index('ix_domain_claims_domain')
    op.drop_table('domain_claims')
