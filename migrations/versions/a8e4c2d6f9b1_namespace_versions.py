"""namespace versions: a namespace as it stood after creation and each update (DeDi versions)

Revision ID: a8e4c2d6f9b1
Revises: f1c7d3b9a2e8
Create Date: 2026-11-30 03:35:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = 'a8e4c2d6f9b1'
down_revision = 'f1c7d3b9a2e8'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('namespace_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('namespace_id', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('meta', app.core.db.JSONType, nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['namespace_id'], ['namespaces.id'], name=op.f('fk_namespace_versions_namespace_id_namespaces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_namespace_versions')),
    sa.UniqueConstraint('namespace_id', 'version', name=op.f('uq_namespace_versions_namespace_id'))
    )
    # every existing namespace stands at its version 1, as it is now
    op.execute(
        "INSERT INTO namespace_versions (namespace_id, version, description, meta, created_at) "
        "SELECT id, 1, description, meta, created_at FROM namespaces"
    )


def downgrade():
    op.drop_table('namespace_versions')
