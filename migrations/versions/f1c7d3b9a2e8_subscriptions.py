"""subscriptions (DeDi watch); webhook receipts serve exports or subscriptions

Revision ID: f1c7d3b9a2e8
Revises: e5b3f8a1c6d4
Create Date: 2026-11-30 03:20:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = 'f1c7d3b9a2e8'
down_revision = 'e5b3f8a1c6d4'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('subscriptions',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('tenant_id', sa.String(length=40), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('namespace_id', sa.String(length=40), nullable=False),
    sa.Column('registry_id', sa.String(length=40), nullable=True),
    sa.Column('registry_name', sa.String(length=128), nullable=True),
    sa.Column('record_name', sa.String(length=255), nullable=True),
    sa.Column('registry_tag', sa.String(length=40), nullable=True),
    sa.Column('events', app.core.db.JSONType, nullable=False),
    sa.Column('webhook_url', sa.String(length=1000), nullable=False),
    sa.Column('webhook_secret', sa.String(length=200), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('disabled_reason', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=100), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_subscriptions_tenant_id_tenants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subscriptions'))
    )
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.create_index('ix_subscriptions_tenant_namespace', ['tenant_id', 'namespace_id'], unique=False)
    with op.batch_alter_table('webhook_deliveries', schema=None) as batch_op:
        batch_op.alter_column('export_id', existing_type=sa.String(length=40), nullable=True)
        batch_op.add_column(sa.Column('subscription_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('payload', sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f('ix_webhook_deliveries_subscription_id'), ['subscription_id'], unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_webhook_deliveries_subscription_id_subscriptions'), 'subscriptions', ['subscription_id'], ['id']
        )


def downgrade():
    with op.batch_alter_table('webhook_deliveries', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_webhook_deliveries_subscription_id_subscriptions'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_webhook_deliveries_subscription_id'))
        batch_op.drop_column('payload')
        batch_op.drop_column('subscription_id')
        batch_op.alter_column('export_id', existing_type=sa.String(length=40), nullable=False)
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.drop_index('ix_subscriptions_tenant_namespace')
    op.drop_table('subscriptions')
