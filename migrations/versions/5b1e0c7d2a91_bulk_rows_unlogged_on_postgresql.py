"""bulk_rows unlogged on PostgreSQL

Staged rows live only while their job runs and a rerun stages them again, so they need no WAL:
an unlogged table makes the COPY of a large upload markedly cheaper. After a crash PostgreSQL
empties it, which the job's rerun (it clears its staged rows first) already expects.

Revision ID: 5b1e0c7d2a91
Revises: 0a3612812c00
Create Date: 2026-11-22 15:05:00
"""
from alembic import op

revision = '5b1e0c7d2a91'
down_revision = '0a3612812c00'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE bulk_rows SET UNLOGGED")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE bulk_rows SET LOGGED")
