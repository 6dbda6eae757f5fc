"""The physical floor of a bulk ingest: ready-made rows written into `records` (its fourteen columns,
its primary key and its current-record index) beside the same rows written into the 40-line
pipeline's table (name primary key, details). No parsing, no validation, no versions: what writing
the rows alone costs, interleaved A, B, A, B, A, B, medians. PostgreSQL: COPY, foreign-key triggers
off. SQLite: executemany in one transaction, as the pipeline writes.

python bench/ingest_floor.py [rows]     (DATABASE_URL=postgresql://… picks PostgreSQL; else SQLite)"""

import io
import json
import statistics
import sys
import time

from common import employee_details, interleaved, make_app

RECORD_COLUMNS = (
    "record_id, tenant_id, registry_id, name, description, details, meta, ttl, state, contract_version,"
    " version_from, created_at, updated_at"
)


def details(i):
    return json.dumps(employee_details(i), separators=(",", ":"))


def texts(rows):
    """COPY text for records (registry id left as {k}) and for the pipeline's table."""
    now = "2026-11-30 12:00:00"
    records, pipeline = io.StringIO(), io.StringIO()
    for i in range(rows):
        d = details(i)
        records.write(f"rec_{i:016x}\tten_floor\treg_{{k}}\tEMP{i:06d}\t\t{d}\t{{}}\t600\tlive\t1\t1\t{now}\t{now}\n")
        pipeline.write(f"EMP{i:06d}\t{d}\n")
    return records.getvalue(), pipeline.getvalue()


def sqlite_floor(path, rows):
    """(into records, into the pipeline's table) for SQLite: executemany of ready-made tuples."""
    import sqlite3

    now = "2026-11-30 12:00:00.000000"
    marks = ", ".join("?" * len(RECORD_COLUMNS.split(",")))
    made = [(f"EMP{i:06d}", details(i)) for i in range(rows)]  # ready-made, outside the clock

    def into_records(k):
        registry = f"reg_floor{k}"
        records = [
            (f"rec_{i:016x}", "ten_floor", registry, name, "", d, "{}", 600, "live", 1, 1, now, now)
            for i, (name, d) in enumerate(made)
        ]
        conn = sqlite3.connect(path)
        started = time.perf_counter()
        with conn:
            conn.executemany(f"INSERT INTO records ({RECORD_COLUMNS}) VALUES ({marks})", records)
        conn.close()
        return time.perf_counter() - started

    def into_pipeline_table(k):
        conn = sqlite3.connect(path)
        started = time.perf_counter()
        conn.execute(f"CREATE TABLE floor_{k} (name text PRIMARY KEY, details text)")
        with conn:
            conn.executemany(f"INSERT INTO floor_{k} VALUES (?, ?)", made)
        conn.close()
        return time.perf_counter() - started

    return into_records, into_pipeline_table


def main(rows):
    app, _ = make_app()
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    if url.startswith("sqlite"):
        into_records, into_pipeline_table = sqlite_floor(url.removeprefix("sqlite:///"), rows)
        verb = "insert"
    else:
        into_records, into_pipeline_table = postgresql_floor(url, rows)
        verb = "copy"
    times = interleaved(into_records, {"pipeline_table": into_pipeline_table})
    a, b = statistics.median(times["project"]), statistics.median(times["pipeline_table"])
    print(
        f"ingest_floor db={url.split(':')[0].split('+')[0]} rows={rows} {verb}_into_records_s={a:.2f} "
        f"({rows / a:,.0f} rows/s) {verb}_into_pipeline_table_s={b:.2f} ({rows / b:,.0f} rows/s) ratio={b / a:.2f}x",
        flush=True,
    )


def postgresql_floor(url, rows):
    """(into records, into the pipeline's table) for PostgreSQL: COPY of ready-made text."""
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    records_text, pipeline_text = texts(rows)

    def into_records(k):
        with psycopg.connect(dsn) as conn, conn.cursor() as cur:
            cur.execute("SET session_replication_role = replica")  # no foreign-key triggers: the floor
            started = time.perf_counter()
            with cur.copy(f"COPY records ({RECORD_COLUMNS}) FROM STDIN") as copy:
                copy.write(records_text.replace("reg_{k}", f"reg_floor{k}"))
            conn.commit()
            return time.perf_counter() - started

    def into_pipeline_table(k):
        with psycopg.connect(dsn) as conn, conn.cursor() as cur:
            started = time.perf_counter()
            cur.execute(f"CREATE TABLE floor_{k} (name text PRIMARY KEY, details jsonb)")
            with cur.copy(f"COPY floor_{k} (name, details) FROM STDIN") as copy:
                copy.write(pipeline_text)
            conn.commit()
            return time.perf_counter() - started

    return into_records, into_pipeline_table


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
