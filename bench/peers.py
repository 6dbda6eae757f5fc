"""DataJetty beside what a competent user would build or pick instead, in one interleaved run: each pair
runs A, B, A, B, A, B; the medians are compared, and the load average is printed beside each pair.
A ratio is project / comparator in throughput (above 1: the project is faster), or in size and
latency where the line says so.

python bench/peers.py [rows] [section ...]     sections: ingest snapshot render lookup (default: all)
    DATABASE_URL=postgresql://… picks PostgreSQL (a scratch database beside it); else SQLite.

- ingest: a bulk upload, end to end through a waiting worker, against the 40-line pipeline (pyarrow
  open_csv -> dicts -> fastjsonschema with the same schema -> orjson -> COPY, one transaction; on
  SQLite csv -> fastjsonschema -> executemany) and, on PostgreSQL, a raw COPY of the CSV.
- snapshot: a parquet snapshot build (the real job, in-process) against the database's own typed
  extract written by pyarrow (PostgreSQL: COPY (SELECT typed columns) TO STDOUT CSV -> pyarrow.csv ->
  one parquet write) and against DuckDB and polars converting the same extract; file size beside
  DuckDB's.
- render: a dashboard's cold render from its parquet snapshot against DuckDB and polars computing
  the same widgets from the same file.
- lookup: a record lookup under gunicorn against a bare Flask handler running the same SQL under the
  same gunicorn config; wrk, 50 connections (LOOKUP_SECONDS, default 30)."""

import csv
import json
import os
import statistics
import sys
import time
from pathlib import Path

import fastjsonschema
import orjson
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from common import (
    EMPLOYEE_SCHEMA,
    ROUNDS,
    WorkerProcess,
    db_name,
    drop_now,
    interleaved,
    make_app,
    make_caller,
    snapshot_file,
    write_employee_csv,
)

DASH = "/api/v1/data-consumption/dashboards"
COLUMNS = ["employee_id", "full_name", "email", "department", "hire_date", "active"]


def report(section, times, rows, targets):
    """One line per comparator: medians, rows/s, ratio (throughput), the target and the load."""
    mine = statistics.median(times["project"])
    load = os.getloadavg()[0]
    for name, seconds in times.items():
        if name == "project":
            continue
        theirs = statistics.median(seconds)
        print(
            f"peers {section} db={DB} rows={rows} project_s={mine:.2f} ({rows / mine:,.0f} rows/s) "
            f"{name}_s={theirs:.2f} ({rows / theirs:,.0f} rows/s) ratio={theirs / mine:.2f}x "
            f"target={targets.get(name, '-')} load1={load:.2f}",
            flush=True,
        )


def pg_dsn(app):
    return app.config["SQLALCHEMY_DATABASE_URI"].replace("postgresql+psycopg://", "postgresql://")


# ---------------------------------------------------------------- ingest


def ingest(app, headers, scratch, rows):
    client = app.test_client()
    client.post("/dedi/create-namespace", headers=headers, json={"name": "peers", "description": "bench"})
    path = scratch / "employees.csv"
    write_employee_csv(path, rows)

    def project(k):
        reg = f"employees-{k}"
        body = {"registry_name": reg, "description": "bench", "schema": EMPLOYEE_SCHEMA}
        assert client.post("/dedi/peers/create-registry", headers=headers, json=body).status_code == 201
        worker = WorkerProcess(app, ["bulk"], max_jobs=1).ready()
        started = time.perf_counter()
        with open(path, "rb") as fh:
            form = {
                "namespace": "peers",
                "registry_name": reg,
                "record_name_field": "employee_id",
                "file": (fh, "e.csv"),
            }
            r = client.post("/dedi/bulk-upload", headers=headers, content_type="multipart/form-data", data=form)
        assert r.status_code == 202, r.get_json()
        worker.finish()
        seconds = time.perf_counter() - started
        status = client.get(r.get_json()["data"]["statusCheckUrl"], headers=headers).get_json()["data"]
        assert status["status"] == "completed" and status["validEntries"] == rows, status
        return seconds

    validate = fastjsonschema.compile(EMPLOYEE_SCHEMA)
    if DB == "postgresql":
        import psycopg

        dsn = pg_dsn(app)

        def pipeline(k):  # the 40 lines a user would write
            started = time.perf_counter()
            types = {c: (pa.bool_() if c == "active" else pa.string()) for c in COLUMNS}
            reader = pacsv.open_csv(path, convert_options=pacsv.ConvertOptions(column_types=types))
            with psycopg.connect(dsn) as conn, conn.cursor() as cur:
                cur.execute(f"CREATE TABLE pipeline_{k} (name text PRIMARY KEY, details jsonb)")
                with cur.copy(f"COPY pipeline_{k} (name, details) FROM STDIN") as copy:
                    for batch in reader:
                        for row in batch.to_pylist():
                            validate(row)
                            copy.write_row((row["employee_id"], orjson.dumps(row).decode()))
            return time.perf_counter() - started

        def raw_copy(k):
            started = time.perf_counter()
            with psycopg.connect(dsn) as conn, conn.cursor() as cur:
                cur.execute(f"CREATE TABLE raw_{k} ({', '.join(c + ' text' for c in COLUMNS)})")
                with open(path, "rb") as fh, cur.copy(f"COPY raw_{k} FROM STDIN (FORMAT csv, HEADER true)") as copy:
                    while block := fh.read(1 << 20):
                        copy.write(block)
            return time.perf_counter() - started

        times = interleaved(project, {"pipeline": pipeline, "raw_copy": raw_copy})
        report("ingest", times, rows, {"pipeline": ">= 1.2x", "raw_copy": ">= 0.25x"})
    else:
        import sqlite3

        db_path = app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///")

        def pipeline(k):
            started = time.perf_counter()
            conn = sqlite3.connect(db_path)
            conn.execute(f"CREATE TABLE pipeline_{k} (name text PRIMARY KEY, details text)")

            def parsed():
                with open(path, newline="") as fh:
                    for row in csv.DictReader(fh):
                        row["active"] = row["active"] == "true"
                        validate(row)
                        yield row["employee_id"], orjson.dumps(row).decode()

            with conn:
                conn.executemany(f"INSERT INTO pipeline_{k} VALUES (?, ?)", parsed())
            conn.close()
            return time.perf_counter() - started

        times = interleaved(project, {"pipeline": pipeline})
        report("ingest", times, rows, {"pipeline": ">= 1.0x"})


# ---------------------------------------------------------------- snapshot

TYPED_SQL = {
    "postgresql": (
        "SELECT record_id, name AS record_name, details->>'employee_id' AS employee_id,"
        " details->>'full_name' AS full_name, details->>'email' AS email,"
        " details->>'department' AS department, details->>'hire_date' AS hire_date,"
        " (details->>'active')::boolean AS active FROM records WHERE registry_id = '{rid}' AND state = 'live'"
    ),
    "sqlite": (
        "SELECT record_id, name, json_extract(details, '$.employee_id'), json_extract(details, '$.full_name'),"
        " json_extract(details, '$.email'), json_extract(details, '$.department'),"
        " json_extract(details, '$.hire_date'), CASE json_extract(details, '$.active') WHEN 1 THEN 'true'"
        " ELSE 'false' END FROM records WHERE registry_id = '{rid}' AND state = 'live'"
    ),
}
EXTRACT_COLUMNS = ["record_id", "record_name", *COLUMNS]


def extract_csv(app, registry_id, out):
    """The database's own typed extract of the registry as CSV at `out`."""
    sql = TYPED_SQL[DB].format(rid=registry_id)
    if DB == "postgresql":
        import psycopg

        copy_out = f"COPY ({sql}) TO STDOUT (FORMAT csv, HEADER true)"
        with (
            psycopg.connect(pg_dsn(app)) as conn,
            conn.cursor() as cur,
            open(out, "wb") as fh,
            cur.copy(copy_out) as cp,
        ):
            for block in cp:
                fh.write(block)
    else:
        import sqlite3

        conn = sqlite3.connect(app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///"))
        with open(out, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(EXTRACT_COLUMNS)
            w.writerows(conn.execute(sql))
        conn.close()


def snapshot(app, headers, scratch, rows):
    from seed import seed_registry

    from app.extensions import db
    from app.store import tasks
    from app.store.models import Snapshot
    from app.store.service import reset_for_build

    registry_id = seed_registry(app, headers, rows, ns="snap", reg="people")
    client = app.test_client()
    r = client.post(
        "/api/v1/storage/published/snapshots", headers=headers, json={"dataset": "snap/people", "format": "parquet"}
    )
    sid = r.get_json()["snapshot_id"]
    sizes = {}

    def project(k):
        with app.app_context():
            snap = db.session.get(Snapshot, sid)
            reset_for_build(snap)
            db.session.commit()
            started = time.perf_counter()
            assert tasks.build_snapshot(sid) == "ready"
            seconds = time.perf_counter() - started
            sizes["project"] = db.session.get(Snapshot, sid).size_bytes
        return seconds

    def csv_direct(k):
        started = time.perf_counter()
        extract_csv(app, registry_id, scratch / "extract.csv")
        options = pacsv.ConvertOptions(
            column_types={"active": pa.bool_()}, true_values=["t", "true"], false_values=["f", "false"]
        )
        table = pacsv.read_csv(scratch / "extract.csv", convert_options=options)
        pq.write_table(table, scratch / "direct.parquet", compression="snappy")
        sizes["csv_direct"] = os.path.getsize(scratch / "direct.parquet")
        return time.perf_counter() - started

    def duckdb_convert(k):
        import duckdb

        started = time.perf_counter()
        extract_csv(app, registry_id, scratch / "extract.csv")
        duckdb.sql(
            f"COPY (SELECT * FROM read_csv('{scratch / 'extract.csv'}', header=true)) TO "
            f"'{scratch / 'duck.parquet'}' (FORMAT parquet, COMPRESSION snappy)"
        )
        sizes["duckdb"] = os.path.getsize(scratch / "duck.parquet")
        return time.perf_counter() - started

    def polars_convert(k):
        import polars as pl

        started = time.perf_counter()
        extract_csv(app, registry_id, scratch / "extract.csv")
        pl.scan_csv(scratch / "extract.csv").sink_parquet(scratch / "polars.parquet", compression="snappy")
        sizes["polars"] = os.path.getsize(scratch / "polars.parquet")
        return time.perf_counter() - started

    times = interleaved(project, {"csv_direct": csv_direct, "duckdb": duckdb_convert, "polars": polars_convert})
    report("snapshot", times, rows, {"csv_direct": ">= 1.0x", "duckdb": ">= 1.0x"})
    print(
        f"peers snapshot-size db={DB} rows={rows} project_mb={sizes['project'] / 2**20:.1f} "
        f"duckdb_mb={sizes['duckdb'] / 2**20:.1f} ratio={sizes['project'] / sizes['duckdb']:.2f}x "
        "(size; target <= 1.05x) "
        f"csv_direct_mb={sizes['csv_direct'] / 2**20:.1f} polars_mb={sizes['polars'] / 2**20:.1f}",
        flush=True,
    )
    return sid


# ---------------------------------------------------------------- render


def render(app, headers, scratch, rows):
    from render import DEFINITION
    from seed import seed_registry

    from app.core.jobs import redis_conn
    from app.store import tasks

    seed_registry(app, headers, rows, ns="render")
    client = app.test_client()
    dataset = "render/employee-profiles"
    definition = json.loads(json.dumps(DEFINITION).replace('"employee-profiles"', json.dumps(dataset)))
    assert client.post(f"{DASH}/definitions", headers=headers, json=definition).status_code == 200
    r = client.post("/api/v1/storage/published/snapshots", headers=headers, json={"dataset": dataset})
    sid = r.get_json()["snapshot_id"]
    with app.app_context():
        assert tasks.build_snapshot(sid) == "ready"
    path = snapshot_file(app, sid)

    def project(k):
        with app.app_context():
            for key in redis_conn().scan_iter("dj:render:*"):  # cold: no cached render
                redis_conn().delete(key)
        started = time.perf_counter()
        r = client.post(f"{DASH}/render", headers=headers, json={"dashboard_id": "bench"})
        assert r.status_code == 200 and not r.get_json()["cached"], r.get_json()
        return time.perf_counter() - started

    def duckdb_widgets(k):  # the same four widgets: a count, counts by department (bar, table), by active (pie)
        import duckdb

        started = time.perf_counter()
        con = duckdb.connect()
        con.execute(f"CREATE VIEW t AS SELECT * FROM read_parquet('{path}')")
        con.execute("SELECT count(*) FROM t").fetchall()
        con.execute("SELECT department, count(*) FROM t GROUP BY 1 ORDER BY 1").fetchall()
        con.execute("SELECT active, count(*) FROM t GROUP BY 1 ORDER BY 1").fetchall()
        con.close()
        return time.perf_counter() - started

    def polars_widgets(k):
        import polars as pl

        started = time.perf_counter()
        frame = pl.read_parquet(path, columns=["department", "active"])
        assert frame.height == rows
        frame.group_by("department").len().sort("department")
        frame.group_by("active").len().sort("active")
        return time.perf_counter() - started

    times = interleaved(project, {"duckdb": duckdb_widgets, "polars": polars_widgets})
    report("render", times, rows, {"duckdb": ">= 0.7x"})


# ---------------------------------------------------------------- lookup

BARE = Path(__file__).resolve().parent / "bare_lookup.py"


def lookup(app, headers, scratch, rows):
    import shutil
    import signal

    from load import _start_gunicorn, _wrk
    from seed import seed_registry

    if not shutil.which("wrk"):
        print("peers lookup: skipped (wrk not installed: apt install wrk)")
        return
    token = headers["Authorization"].split()[1]
    seed_registry(app, headers, min(rows, 100_000), ns="look")
    seconds = int(os.environ.get("LOOKUP_SECONDS", 30))
    path = "/dedi/lookup/look/employee-profiles/emp-4242"
    results: dict[str, list] = {"project": [], "bare_flask": []}
    failures = dict.fromkeys(results, 0)
    servers = {}
    try:
        servers["project"] = _start_gunicorn(app, 8791)
        env = {"BARE_TENANT": _tenant_of(app, token)}
        servers["bare_flask"] = _start_gunicorn(app, 8792, app_module="bare_lookup:app", extra_env=env)
        for port in (8791, 8792):  # warm both before the clock
            _wrk(f"http://127.0.0.1:{port}{path}", token, 2)
        for _ in range(ROUNDS):
            for name, port in (("project", 8791), ("bare_flask", 8792)):
                rps, p50, _, p99, errors = _wrk(f"http://127.0.0.1:{port}{path}", token, seconds)
                # a socket error or two in a run of tens of thousands (wrk closing at its deadline) is noise
                assert errors <= rps * seconds / 1000, (name, errors)
                results[name].append((rps, p50, p99))
                failures[name] += errors
    finally:
        for proc in servers.values():
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait()
    mine, theirs = ([statistics.median(r[i] for r in results[n]) for i in range(3)] for n in ("project", "bare_flask"))
    print(
        f"peers lookup db={DB} clients=50 seconds={seconds}x{ROUNDS} project_rps={mine[0]:,.0f} "
        f"bare_flask_rps={theirs[0]:,.0f} ratio={mine[0] / theirs[0]:.2f}x (target >= 0.7x) "
        f"project_p99_ms={mine[2]:.1f} bare_flask_p99_ms={theirs[2]:.1f} p99_ratio={mine[2] / theirs[2]:.2f}x "
        f"(latency; target <= 1.3x) errors={failures} load1={os.getloadavg()[0]:.2f}",
        flush=True,
    )


def _tenant_of(app, token):
    from app.core.auth import hash_token
    from app.core.models import ApiKey
    from app.extensions import db

    with app.app_context():
        return db.session.query(ApiKey.tenant_id).filter_by(token_hash=hash_token(token)).scalar()


# ---------------------------------------------------------------- main

SECTIONS = {"ingest": ingest, "snapshot": snapshot, "render": render, "lookup": lookup}


def main(rows, sections):
    """Each section on a database of its own, dropped after it: a section's leftovers (3M ingested rows
    still being vacuumed) took a core from the next one's measurements."""
    global DB
    for name in sections:
        app, scratch = make_app()
        DB = db_name(app)
        _, headers = make_caller(app)
        SECTIONS[name](app, headers, scratch, rows)
        drop_now(app)


DB = "sqlite"

if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    main(count, sys.argv[2:] or list(SECTIONS))
