"""Issue 19: properties marked `"x-index": true` get a partial expression index over their registry's
rows on PostgreSQL (built by a job, concurrently), which the record query's filters use; SQLite scans."""

import copy

from sqlalchemy import literal_column, select, text

from app.extensions import db
from app.publishing.filters import all_filters
from app.publishing.indexes import index_name
from app.publishing.models import Record, Registry
from app.publishing.reads import content_at
from tests.factories import make_registry, publish

SCHEMA = {
    "type": "object",
    "properties": {
        "region": {"type": "string", "x-index": True},
        "age": {"type": "integer", "x-index": True},
        "address": {"type": "object", "properties": {"city": {"type": "string", "x-index": True}}},
        "note": {"type": "string"},
    },
}
NS, REG = "idx-ns", "people"


def registry(client, caller):
    r = client.get(f"/dedi/{NS}/registries/{REG}", headers=caller.headers)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["data"]


def test_declared_properties_are_indexed_and_the_filters_use_the_index(client, admin, app, run_worker):
    make_registry(client, admin, ns=NS, reg=REG, schema=SCHEMA)
    for i, (region, city) in enumerate([("IN", "Pune"), ("US", "Austin"), ("IN", "Goa")]):
        publish(client, admin, NS, REG, f"p{i}", {"region": region, "age": 30 + i, "address": {"city": city}})
    postgres = app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql")
    before = {i["path"]: i["status"] for i in registry(client, admin)["indexes"]}
    assert set(before) == {"region", "age", "address.city"}
    run_worker(["maintenance"])
    states = {i["path"]: i["status"] for i in registry(client, admin)["indexes"]}
    assert states == dict.fromkeys(("region", "age", "address.city"), "ready" if postgres else "none")
    # the API answers the same on both databases
    r = client.get(f"/dedi/query/{NS}/{REG}?details.region=IN&details.age[gte]=31", headers=admin.headers)
    assert [x["record_name"] for x in r.get_json()["data"]["records"]] == ["p2"]
    r = client.get(f"/dedi/query/{NS}/{REG}?details.address.city=Pune", headers=admin.headers)
    assert [x["record_name"] for x in r.get_json()["data"]["records"]] == ["p0"]
    if not postgres:
        return
    with app.app_context():
        reg = db.session.scalar(select(Registry).where(Registry.name == REG, Registry.tenant_id == admin.tenant_id))
        for filters, path in (({"region": "IN"}, "region"), ({"address.city": "Pune"}, "address.city")):
            query = select(Record.id).where(
                content_at(reg.id, reg.data_version, False),
                Record.registry_id == literal_column(f"'{reg.id}'"),
                all_filters(reg.schema, filters, "postgresql"),
            )
            sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
            db.session.execute(text("SET LOCAL enable_seqscan = off"))
            plan = "\n".join(db.session.execute(text(f"EXPLAIN {sql}")).scalars())
            assert index_name(reg.id, path) in plan, plan
        db.session.rollback()
    # a schema change that drops a mark drops its index
    lighter = copy.deepcopy(SCHEMA)
    del lighter["properties"]["age"]["x-index"]
    r = client.patch(f"/dedi/{NS}/registries/{REG}", headers=admin.headers, json={"schema": lighter})
    assert r.status_code == 200, r.get_json()
    run_worker(["maintenance"])
    assert {i["path"] for i in registry(client, admin)["indexes"]} == {"region", "address.city"}
    with app.app_context():
        names = set(
            db.session.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_rx_%'")).scalars()
        )
        reg_id = db.session.scalar(
            select(Registry.id).where(Registry.name == REG, Registry.tenant_id == admin.tenant_id)
        )
        assert index_name(reg_id, "age") not in names and index_name(reg_id, "region") in names


def test_a_mark_that_is_not_true_on_a_scalar_is_refused(client, admin):
    make_registry(client, admin, ns=NS, reg="ok", schema={"type": "object", "properties": {"a": {"type": "string"}}})
    for bad in ({"type": "string", "x-index": "yes"}, {"type": "array", "items": {"type": "string"}, "x-index": True}):
        schema = {"type": "object", "properties": {"a": bad}}
        r = client.post(
            f"/dedi/{NS}/create-registry",
            headers=admin.headers,
            json={"registry_name": "bad", "description": "d", "schema": schema},
        )
        assert r.status_code == 400 and "a" in r.get_json()["details"]["schema"], r.get_json()
