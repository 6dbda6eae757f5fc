"""snapshots share the job columns: error_message -> error, completed_at -> finished_at, owner -> created_by

Revision ID: b4d1f0c9e2a7
Revises: 7c41d2e9a0b3
Create Date: 2026-11-29 23:45:00

The wire keeps its names (error_message, completed_at, owner_username): store/snapshots.py maps them.
"""
from alembic import op

revision = 'b4d1f0c9e2a7'
down_revision = '7c41d2e9a0b3'
branch_labels = None
depends_on = None

RENAMES = (("error_message", "error"), ("completed_at", "finished_at"), ("owner", "created_by"))


def upgrade():
    with op.batch_alter_table('snapshots', schema=None) as batch_op:
        for old, new in RENAMES:
            batch_op.alter_column(old, new_column_name=new)


def downgrade():
    with op.batch_alter_table('snapshots', schema=None) as batch_op:
        for old, new in RENAMES:
            batch_op.alter_column(new, new_column_name=old)
