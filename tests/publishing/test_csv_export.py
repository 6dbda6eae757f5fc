"""CSV export: columns, flattening, formula neutralisation, streaming with bounded memory."""

import csv
import io
import tracemalloc

from app.extensions import db
from app.publishing.models import Record, Registry
from app.publishing.records import bump_version
from tests.factories import employee, make_registry, publish

NESTED = {
    "type": "object",
    "properties": {
        "employee_id": {"type": "string"},
        "personal_info": {
            "type": "object",
            "properties": {"full_name": {"type": "string"}, "email": {"type": "string", "format": "email"}},
        },
        "active": {"type": "boolean"},
        "skills": {"type": "array", "items": {"type": "string"}},
    },
}


def test_csv_flattens_nested_and_neutralises_formulas(client, admin):
    ns, reg = make_registry(client, admin, reg="nested", schema=NESTED)
    publish(
        client,
        admin,
        ns,
        reg,
        "=cmd|' -C calc'!A0",
        {
            "employee_id": "@SUM(1+1)",
            "personal_info": {"full_name": "+Bob", "email": "b@x.io"},
            "active": True,
            "skills": ["-x", "Python"],
        },
    )
    publish(client, admin, ns, reg, "plain", {"employee_id": "E2", "personal_info": {"full_name": "\tTab"}})
    r = client.get(f"/dedi/{ns}/{reg}/export-as-csv", headers=admin.headers)
    assert r.status_code == 200 and r.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert list(rows[0].keys()) == [
        "record_id",
        "record_name",
        "state",
        "version",
        "created_at",
        "updated_at",
        "employee_id",
        "personal_info.full_name",
        "personal_info.email",
        "active",
        "skills",
    ]
    first = next(x for x in rows if x["employee_id"].startswith("'@"))
    assert first["record_name"] == "'=cmd|' -C calc'!A0"
    assert first["personal_info.full_name"] == "'+Bob" and first["skills"] == "'-x,Python"
    assert first["active"] == "true" and first["state"] == "live"
    second = next(x for x in rows if x["record_name"] == "plain")
    assert second["personal_info.full_name"] == "'\tTab"


def test_csv_export_of_100k_records_streams_with_bounded_memory(client, admin, app):
    ns, reg = make_registry(client, admin, reg="big")
    with app.app_context():
        registry = db.session.query(Registry).filter_by(tenant_id=admin.tenant_id, name="big").one()
        version = bump_version(session=db.session, registry=registry, change="publish", count=100_000)
        rows = [
            dict(
                record_id=f"rec_{i:012d}",
                tenant_id=admin.tenant_id,
                registry_id=registry.id,
                name=f"r{i}",
                description="",
                details=employee(i),
                meta={},
                ttl=600,
                state="live",
                contract_version=1,
                version_from=version,
            )
            for i in range(100_000)
        ]
        for start in range(0, len(rows), 10_000):
            db.session.execute(Record.__table__.insert(), rows[start : start + 10_000])
        db.session.commit()
        del rows
    tracemalloc.start()
    resp = client.get(f"/dedi/{ns}/{reg}/export-as-csv", headers=admin.headers, buffered=False)
    lines = 0
    for chunk in resp.response:
        lines += chunk.count(b"\n") if isinstance(chunk, bytes) else chunk.count("\n")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert lines == 100_001
    assert peak < 40 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"  # the whole CSV alone is ~15 MB x objects


def test_export_as_csv_takes_any_data_version(client, admin):
    """Issue 19: `version` exports an earlier data version exactly as it was, not only the current one."""
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "a", employee(1))  # v1
    publish(client, admin, ns, reg, "b", employee(2))  # v2
    r = client.patch(
        f"/dedi/{ns}/{reg}/records/a", headers=admin.headers, json={"details": employee(1, full_name="A2")}
    )
    assert r.status_code == 200  # v3

    def names(version=None):
        query = f"?version={version}" if version else ""
        r = client.get(f"/dedi/{ns}/{reg}/export-as-csv{query}", headers=admin.headers)
        assert r.status_code == 200, r.get_json()
        rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
        return r.headers["Content-Disposition"], {row["record_name"]: row["full_name"] for row in rows}

    assert names("v1") == (f'attachment; filename="{reg}_v1.csv"', {"a": employee(1)["full_name"]})
    assert names("2")[1] == {"a": employee(1)["full_name"], "b": employee(2)["full_name"]}
    assert names()[1] == names("latest")[1] == {"a": "A2", "b": employee(2)["full_name"]}
    assert names()[0] == f'attachment; filename="{reg}_v3.csv"'
    assert client.get(f"/dedi/{ns}/{reg}/export-as-csv?version=v9", headers=admin.headers).status_code == 404
    bad = client.get(f"/dedi/{ns}/{reg}/export-as-csv?version=yesterday", headers=admin.headers)
    assert bad.status_code == 400 and "version" in bad.get_json()["details"]["query"]
