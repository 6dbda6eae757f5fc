"""Seed a registry with N employee records as one published version, fast (raw batched inserts)."""

import json

from common import EMPLOYEE_SCHEMA, employee_details


def seed_registry(app, headers, rows, ns="bench", reg="employee-profiles", schema=None):
    """Create ns/reg through the API (EMPLOYEE_SCHEMA unless `schema`) and insert `rows` live records at
    version 1; returns registry id."""
    from app.core.db import utcnow
    from app.extensions import db
    from app.publishing.models import Registry
    from app.publishing.records import bump_version

    client = app.test_client()
    client.post("/dedi/create-namespace", headers=headers, json={"name": ns, "description": "bench"})
    r = client.post(
        f"/dedi/{ns}/create-registry",
        headers=headers,
        json={"registry_name": reg, "description": "bench", "schema": schema or EMPLOYEE_SCHEMA},
    )
    registry_id = r.get_json()["data"]["registry_id"]
    with app.app_context():
        registry = db.session.get(Registry, registry_id)
        version = bump_version(session=db.session, registry=registry, change="publish", count=rows)
        now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
        conn = db.session.connection()
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        sql = (
            "INSERT INTO records (record_id, tenant_id, registry_id, name, description, details, meta, ttl, state,"
            f" contract_version, version_from, created_at, updated_at) VALUES ({', '.join([mark] * 13)})"
        )
        batch = []
        for i in range(rows):
            details = employee_details(i)
            batch.append(
                (
                    f"rec_{i:016x}",
                    registry.tenant_id,
                    registry_id,
                    f"emp-{i}",
                    "",
                    json.dumps(details),
                    "{}",
                    600,
                    "live",
                    1,
                    version,
                    now,
                    now,
                )
            )
            if len(batch) == 20_000:
                conn.exec_driver_sql(sql, batch)
                batch = []
        if batch:
            conn.exec_driver_sql(sql, batch)
        db.session.commit()
        if conn.dialect.name == "postgresql":  # as an import of this size leaves it (bulk/tasks.py)
            from app.publishing.bulk.tasks import refresh_statistics

            refresh_statistics()
    return registry_id
