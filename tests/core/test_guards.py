"""The API views' race settling (core/guards.py): what counts as a write to run again."""

import os
import threading

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from app.core.guards import is_write_race


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgresql"), reason="PostgreSQL's deadlock detection"
)
def test_a_write_postgresql_refuses_as_a_deadlock_is_a_race_to_run_again(app):
    """A publish may wait for a record row a bulk import holds while the import waits for the
    publish's registry lock (apply.StreamingApply._close_early): PostgreSQL refuses one of the two.
    Refused, the publish's view runs again; it answered 503 "database is unavailable"."""
    engine = create_engine(app.config["SQLALCHEMY_DATABASE_URI"])
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS deadlock_probe (id int PRIMARY KEY)"))
        conn.execute(text("DELETE FROM deadlock_probe"))
        conn.execute(text("INSERT INTO deadlock_probe VALUES (1), (2)"))
    both_hold, refused = threading.Barrier(2, timeout=30), []

    def take(first, second):
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SET LOCAL deadlock_timeout = '100ms'"))
            conn.execute(text("SELECT id FROM deadlock_probe WHERE id = :id FOR UPDATE"), {"id": first})
            both_hold.wait()
            try:
                conn.execute(text("SELECT id FROM deadlock_probe WHERE id = :id FOR UPDATE"), {"id": second})
            except OperationalError as exc:
                refused.append(exc)

    try:
        threads = [threading.Thread(target=take, args=pair) for pair in ((1, 2), (2, 1))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert len(refused) == 1 and is_write_race(refused[0]), refused
    finally:
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE deadlock_probe"))
        engine.dispose()


def test_any_other_database_error_is_not_a_race():
    assert not is_write_race(OperationalError("SELECT 1", {}, Exception("connection refused")))
    assert is_write_race(OperationalError("INSERT", {}, Exception("database is locked")))
