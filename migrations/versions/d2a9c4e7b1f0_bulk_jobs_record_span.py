"""bulk jobs remember the records rows they wrote (publish-records {job_id})

Revision ID: d2a9c4e7b1f0
Revises: c7e2a5d8f1b3
Create Date: 2026-11-30 02:45:00

"""
from alembic import op
import sqlalchemy as sa

import app.core.db  # noqa: F401  (custom column types)

revision = 'd2a9c4e7b1f0'
down_revision = 'c7e2a5d8f1b3'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('bulk_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('record_span', app.core.db.JSONType, nullable=True))


def downgrade():
    with op.batch_alter_table('bulk_jobs', schema=None) as batch_op:
        batch_op.drop_column('record_span')
