"""What a record lookup costs per request, in work that does not depend on the data: it builds no
marshmallow schema (webargs made the query schema from its class on every request, deep-copying its
fields) and reads only the columns it answers, as rows rather than ORM entities."""

import marshmallow
import pytest
from sqlalchemy import event

from app.extensions import db
from tests.factories import employee, make_registry, publish


@pytest.fixture()
def built_schemas(monkeypatch):
    built = []
    init = marshmallow.Schema.__init__

    def counting(self, *args, **kwargs):
        built.append(type(self).__name__)
        init(self, *args, **kwargs)

    monkeypatch.setattr(marshmallow.Schema, "__init__", counting)
    return built


def test_a_lookup_builds_no_schema(client, admin, built_schemas):
    make_registry(client, admin, ns="hr", reg="people")
    publish(client, admin, "hr", "people", "e1", employee(1))
    client.get("/dedi/lookup/hr/people/e1", headers=admin.headers)  # a nested response schema is made once, lazily
    built_schemas.clear()
    r = client.get("/dedi/lookup/hr/people/e1", headers=admin.headers)
    assert r.status_code == 200
    assert built_schemas == []
    r = client.get("/dedi/lookup/hr/people/e1?version_id=v1", headers=admin.headers)
    assert r.status_code == 200 and r.get_json()["data"]["version"] == 1
    assert built_schemas == []


def test_a_lookup_selects_only_the_columns_it_answers(app, client, admin):
    make_registry(client, admin, ns="hr", reg="people")
    publish(client, admin, "hr", "people", "e1", employee(1))
    widths = []

    def after(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and " records" in statement:
            widths.append(len(cursor.description))

    with app.app_context():
        engine = db.engine
    event.listen(engine, "after_cursor_execute", after)
    try:
        r = client.get("/dedi/lookup/hr/people/e1", headers=admin.headers)
    finally:
        event.remove(engine, "after_cursor_execute", after)
    assert r.status_code == 200
    body = r.get_json()["data"]
    assert body["record_name"] == "e1" and body["registry_name"] == "people" and body["details"] == employee(1)
    assert widths == [17]  # one statement: the registry's 5 columns and the record's 12
