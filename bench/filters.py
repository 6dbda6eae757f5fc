"""Record query filters on PostgreSQL over N records: `GET /dedi/query/{ns}/{reg}?details.<p>=v` with
the property marked `"x-index": true` (its partial expression index, publishing/indexes.py), against
the same requests once that index is dropped — what the registry answers without the mark. Two filters:
`email` (one record matches: the lookup-by-attribute a consumer makes) and `department` (a third of
the records match: the page of 10 is quick, the total behind the pagination counts them all). p50 and
p99 of R in-process requests each.

python bench/filters.py [rows] [requests]   (DATABASE_URL=postgresql://…; on SQLite filters scan)"""

import copy
import statistics
import sys
import time

from common import DEPTS, EMPLOYEE_SCHEMA, make_app, make_caller
from seed import seed_registry
from sqlalchemy import text


def _percentiles(samples):
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000


def main(rows=1_000_000, requests=200):
    app, _ = make_app()
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        print("filters: PostgreSQL only (set DATABASE_URL); SQLite scans the registry")
        return
    _, headers = make_caller(app)
    schema = copy.deepcopy(EMPLOYEE_SCHEMA)
    for prop in ("email", "department"):
        schema["properties"][prop]["x-index"] = True
    registry_id = seed_registry(app, headers, rows, ns="filters", reg="people", schema=schema)
    from app.extensions import db
    from app.publishing import indexes

    with app.app_context():
        started = time.perf_counter()
        indexes.sync(db.engine, registry_id, schema)
        build_s = time.perf_counter() - started
        db.session.execute(text("ANALYZE records"))
        db.session.commit()
    client = app.test_client()

    def run(prop, values):
        samples = []
        for i in range(requests):
            started = time.perf_counter()
            r = client.get(f"/dedi/query/filters/people?details.{prop}={values(i)}&limit=10", headers=headers)
            samples.append(time.perf_counter() - started)
            assert r.status_code == 200 and r.get_json()["data"]["records"], r.get_json()
        return _percentiles(samples)

    def email(i):
        return f"employee.{(i * 7919) % rows}@acme.example.com"

    def department(i):
        return DEPTS[i % len(DEPTS)]

    indexed = {"email": run("email", email), "department": run("department", department)}
    with app.app_context():
        for prop in ("email", "department"):
            db.session.execute(text(f"DROP INDEX IF EXISTS {indexes.index_name(registry_id, prop)}"))
        db.session.commit()
    plain = {"email": run("email", email), "department": run("department", department)}
    for prop in ("email", "department"):
        (p50, p99), (b50, b99) = indexed[prop], plain[prop]
        print(
            f"filters db=postgresql rows={rows} filter=details.{prop} requests={requests} "
            f"x_index_p50_ms={p50:.1f} x_index_p99_ms={p99:.1f} no_index_p50_ms={b50:.1f} no_index_p99_ms={b99:.1f} "
            f"p99_ratio={b99 / p99:.1f}x target_p99_ms=50"
        )
    print(f"filters index_build_s={build_s:.1f} (two partial indexes over {rows} rows, CONCURRENTLY)")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
