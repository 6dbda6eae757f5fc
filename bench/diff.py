"""Version diff: two data versions of N records with 1 % of them changed, compared through
GET /dedi/{ns}/{reg}/diff (summary counts and the first page of changes, field by field), against
what a user would otherwise do in the database: compare the full content of both versions
(`EXCEPT` both ways over name + details), reading every record. One run, medians of three.

python bench/diff.py [rows]   (PostgreSQL: DATABASE_URL=postgresql://…)"""

import statistics
import sys
import time

from common import make_app, make_caller
from seed import seed_registry
from sqlalchemy import text


def _change_one_percent(app, registry_id, rows):
    """Publish version 2: every 100th record gets a new full_name (its row closed, a new one opened)."""
    from app.extensions import db
    from app.publishing.models import Registry
    from app.publishing.records import bump_version

    with app.app_context():
        registry = db.session.get(Registry, registry_id)
        version = bump_version(session=db.session, registry=registry, change="update", count=rows // 100)
        changed = "registry_id = :r AND version_to IS NULL AND id % 100 = 0"
        db.session.execute(
            text(
                "INSERT INTO records (record_id, tenant_id, registry_id, name, description, details, meta, ttl, state,"
                " contract_version, version_from, created_at, updated_at) SELECT record_id, tenant_id, registry_id,"
                " name, description, details, meta, ttl, state, contract_version, :v, created_at, updated_at"
                f" FROM records WHERE {changed}"
            ),
            {"r": registry_id, "v": version},
        )
        db.session.execute(
            text(f"UPDATE records SET version_to = :v WHERE {changed} AND version_from < :v"),
            {"r": registry_id, "v": version},
        )
        db.session.execute(
            text(
                "UPDATE records SET details = jsonb_set(details::jsonb, '{full_name}', '\"Renamed\"')"
                " WHERE registry_id = :r AND version_from = :v"
                if db.engine.dialect.name == "postgresql"
                else "UPDATE records SET details = json_set(details, '$.full_name', 'Renamed')"
                " WHERE registry_id = :r AND version_from = :v"
            ),
            {"r": registry_id, "v": version},
        )
        db.session.execute(text("ANALYZE records"))
        db.session.commit()
        return version


def main(rows=1_000_000):
    app, _ = make_app()
    _, headers = make_caller(app)
    registry_id = seed_registry(app, headers, rows, ns="diff", reg="people")
    version = _change_one_percent(app, registry_id, rows)
    client = app.test_client()

    def api():
        started = time.perf_counter()
        r = client.get(f"/dedi/diff/people/diff?from=v1&to=v{version}&limit=100", headers=headers)
        assert r.status_code == 200, r.get_json()
        data = r.get_json()["data"]
        assert data["summary"]["changed"] == data["pagination"]["total"] > 0 and len(data["changes"]) == 100
        return time.perf_counter() - started, data["summary"]["changed"]

    def full_compare():
        from app.extensions import db

        started = time.perf_counter()
        with app.app_context():
            side = (
                "SELECT name, details::text FROM records WHERE registry_id = :r AND state = 'live'"
                " AND version_from <= :v AND (version_to IS NULL OR version_to > :v)"
            )
            if db.engine.dialect.name != "postgresql":
                side = side.replace("details::text", "details")
            # no parentheses around the two sides: SQLite takes none in a compound SELECT
            sql = f"SELECT count(*) FROM ({side.replace(':v', ':a')} EXCEPT {side.replace(':v', ':b')}) AS d"
            db.session.execute(text(sql), {"r": registry_id, "a": 1, "b": version}).scalar()
            db.session.execute(text(sql), {"r": registry_id, "a": version, "b": 1}).scalar()
        return time.perf_counter() - started

    times = {"api": [], "full": []}
    changed = 0
    for _ in range(3):
        seconds, changed = api()
        times["api"].append(seconds)
        times["full"].append(full_compare())
    api_s, full_s = statistics.median(times["api"]), statistics.median(times["full"])
    db = app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0]
    print(
        f"diff db={db} rows={rows} changed={changed} api_s={api_s:.2f} (summary + first page of 100, field level) "
        f"full_content_except_s={full_s:.2f} ratio={full_s / api_s:.2f}x"
    )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
