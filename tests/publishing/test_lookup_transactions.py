"""A record lookup only reads, so it runs without a transaction (one round trip, not BEGIN, SELECT,
ROLLBACK); the pooled connection it used goes back transactional, so the next write is atomic."""

import pytest
from sqlalchemy import event

from app.extensions import db
from tests.factories import employee, make_registry, publish


@pytest.fixture()
def statements(app):
    """(statement, in a transaction) for every statement the app runs while the fixture is active."""
    seen = []

    def after(conn, cursor, statement, parameters, context, executemany):
        raw = conn.connection.driver_connection
        # PostgreSQL's transaction status 0 is idle: no transaction open
        inside = raw.info.transaction_status != 0 if conn.dialect.name == "postgresql" else raw.in_transaction
        seen.append((statement.split()[0].upper(), inside))

    with app.app_context():
        engine = db.engine
    event.listen(engine, "after_cursor_execute", after)
    yield seen
    event.remove(engine, "after_cursor_execute", after)


def test_a_lookup_runs_outside_a_transaction_and_the_next_write_inside_one(client, admin, app, statements):
    make_registry(client, admin, ns="hr", reg="people")
    publish(client, admin, "hr", "people", "e1", employee(1))
    statements.clear()
    r = client.get("/dedi/lookup/hr/people/e1", headers=admin.headers)
    assert r.status_code == 200 and r.get_json()["data"]["state"] == "live"
    reads = [s for s in statements if s[0] == "SELECT"]
    assert reads and not any(inside for _, inside in reads), statements
    statements.clear()
    publish(client, admin, "hr", "people", "e2", employee(2))
    writes = [s for s in statements if s[0] in ("INSERT", "UPDATE")]
    assert writes and all(inside for _, inside in writes), statements
    gone = client.get("/dedi/lookup/hr/people/nobody", headers=admin.headers)  # the miss path asks again
    assert gone.status_code == 404 and gone.get_json()["error"] == "not_found"


def test_on_sqlite_a_lookup_sends_its_one_statement_and_nothing_else(client, admin, app):
    """SQLite's driver opens no transaction before a SELECT, so the lookup leaves the connection as it
    is: switching it to autocommit and back cost a `PRAGMA read_uncommitted` at every checkin."""
    with app.app_context():
        engine = db.engine
    if engine.dialect.name != "sqlite":
        pytest.skip("the driver's own statements are traced on SQLite; PostgreSQL's are the test above")
    make_registry(client, admin, ns="hr", reg="people")
    publish(client, admin, "hr", "people", "e1", employee(1))
    sent = []

    def trace(dbapi_conn, _record, _proxy):
        dbapi_conn.set_trace_callback(sent.append)

    event.listen(engine, "checkout", trace)
    try:
        r = client.get("/dedi/lookup/hr/people/e1", headers=admin.headers)
    finally:
        event.remove(engine, "checkout", trace)
    assert r.status_code == 200
    assert len(sent) == 1 and sent[0].lstrip().upper().startswith("SELECT"), sent
