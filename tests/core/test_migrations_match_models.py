"""The models and the migrations describe the same schema: a model change without its migration (or a
migration without its model) fails here, on whichever database the suite runs."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.extensions import db

# PostgreSQL-only storage choices the migrations make on purpose (an UNLOGGED staging table is still
# the same table); nothing else may differ
IGNORED = set()


def test_models_and_migrations_agree(app):
    with app.app_context(), db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = [d for d in compare_metadata(context, db.metadata) if repr(d) not in IGNORED]
    assert diff == [], "models and migrations disagree; add a migration (flask db migrate):\n" + "\n".join(
        map(repr, diff)
    )
