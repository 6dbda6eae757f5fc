"""The figures that keep (or remove) eight pieces of clever code, each A/B interleaved in one run:

1. `_RowTally` (publishing/bulk/jobs.py): counting an upload's rows while it streams in, against
   copying it and parsing the stored CSV again to count them — the time before the upload can answer.
2. `_quick_gil_handoff` (publishing/bulk/tasks.py): a 0.5 ms GIL switch interval inside the bulk job,
   against Python's default 5 ms — the bulk job's rows/s end to end.
3. The kernel copy with a hashing thread (exports/delivery.py `_copy_local_verified`), against the
   portable copy-then-hash — one verified, durable local delivery of a file.
4. SQLite staging a batch as one JSON array (publishing/bulk/staging.py `insert_rows`), against an
   executemany of the batch's rows — the bulk job's rows/s end to end (SQLite only: PostgreSQL COPYs).
5. SQLite staging in a temporary table of the job's own connection (publishing/bulk/temp_staging.py),
   against staging in the shared `bulk_rows` table and deleting the rows at the landing — the bulk
   job's rows/s end to end (SQLite only).
6. A large file parsed in a process of its own (publishing/bulk/parse_process.py), against on a thread
   beside the writer thread — the bulk job's rows/s end to end, on either database.
7. Rate-limit leases (core/ratelimit.py): a busy web process admits requests from a lease it took
   ahead, against one Redis round trip per request (RATE_LIMIT_LEASE_SHARE=0) — record lookups per
   second under gunicorn and wrk (skipped without wrk).
8. A batch checked a column at a time (publishing/bulk/columns.py), against row by row — the bulk job's
   rows/s end to end, on either database.

python bench/clever_code.py [upload_mb] [bulk_rows] [deliver_mb]"""

import io
import os
import statistics
import sys
import time

from common import WorkerProcess, db_name, make_app, make_caller, write_employee_csv

from app.core.seed_examples import EMPLOYEE_SCHEMA

PAIRS = 3


def _ab(a, b, pairs=PAIRS):
    """Run a() and b() alternately `pairs` times; medians of each."""
    times = {"a": [], "b": []}
    for _ in range(pairs):
        for key, fn in (("a", a), ("b", b)):
            times[key].append(fn())
    return statistics.median(times["a"]), statistics.median(times["b"])


def tally(app, scratch, file_mb):
    from app.publishing.bulk.jobs import count_rows, store_upload

    src, rows = scratch / "tally.csv", int(file_mb * 10_000)
    write_employee_csv(src, rows, file_mb=file_mb)

    def tallied():
        started = time.perf_counter()
        with open(src, "rb") as fh:
            assert store_upload(io.BufferedReader(fh), str(scratch / "a.csv"))[1] == rows
        return time.perf_counter() - started

    def copy_then_parse():
        started = time.perf_counter()
        with open(src, "rb") as fh, open(scratch / "b.csv", "wb") as out:
            while block := fh.read(1 << 20):
                out.write(block)
        assert count_rows(str(scratch / "b.csv")) == rows
        return time.perf_counter() - started

    with app.app_context():
        a, b = _ab(tallied, copy_then_parse)
    mb = src.stat().st_size / 2**20
    print(f"clever row_tally file_mb={mb:.0f} tally_s={a:.3f} copy_then_parse_s={b:.3f} ratio={b / a:.2f}x")


NO_HANDOFF = (
    "import contextlib, app.publishing.bulk.tasks as bulk_tasks;"
    "bulk_tasks._quick_gil_handoff = lambda *a, **k: contextlib.nullcontext();"
)


# the staging as it was: one executemany of a batch's rows (sqlite3 steps, and lets go of the GIL, per row)
EXECUTEMANY = (
    "import app.publishing.bulk.temp_staging as temp_staging\n"
    "from app.publishing.bulk.staging import STAGED_COLUMNS\n"
    "def _executemany(conn, rows, table='bulk_rows'):\n"
    "    marks = ', '.join('?' for _ in STAGED_COLUMNS)\n"
    "    if rows:\n"
    "        conn.exec_driver_sql(f'INSERT INTO {table} ({\", \".join(STAGED_COLUMNS)}) VALUES ({marks})', rows)\n"
    "temp_staging.insert_rows = _executemany\n"
)
# staging as it was: in the shared bulk_rows table, on the writer's pooled connections, then landed by the
# job's session and deleted (apply.apply_staged on bulk_rows)
SHARED_STAGING = (
    "import contextlib, app.publishing.bulk.tasks as bulk_tasks;"
    "bulk_tasks._landing_for = lambda job, registry, contract: contextlib.nullcontext();"
)


# the B side of the parse-process A/B: every file parsed on a thread beside the writer, as before
PARSE_ON_A_THREAD = "import app.publishing.bulk.parse_process as pp; pp.PROCESS_FROM_BYTES = 1 << 62;"


def bulk_uploads(app, scratch, rows):
    """upload(prelude): the rows/s of one bulk upload of `rows` rows into a fresh registry, through a
    waiting worker that runs `prelude` first."""
    _, headers = make_caller(app)
    client = app.test_client()
    client.post("/dedi/create-namespace", headers=headers, json={"name": "ab", "description": "bench"})
    path = scratch / "bulk.csv"
    write_employee_csv(path, rows)
    runs = iter(range(100))

    def upload(prelude):
        name = f"employees-{next(runs)}"  # a fresh registry each run: every run inserts, none updates
        r = client.post(
            "/dedi/ab/create-registry",
            headers=headers,
            json={"registry_name": name, "description": "bench", "schema": EMPLOYEE_SCHEMA},
        )
        assert r.status_code == 201, r.get_json()
        worker = WorkerProcess(app, ["bulk"], max_jobs=1, prelude=prelude).ready()
        started = time.perf_counter()
        with open(path, "rb") as fh:
            data = {"namespace": "ab", "registry_name": name, "record_name_field": "employee_id", "file": (fh, "e.csv")}
            r = client.post("/dedi/bulk-upload", headers=headers, content_type="multipart/form-data", data=data)
        assert r.status_code == 202, r.get_json()
        worker.finish()
        seconds = time.perf_counter() - started
        # a side whose job failed (a prelude that no longer fits the code) would time as fast, not fail
        status = client.get(r.get_json()["data"]["statusCheckUrl"], headers=headers).get_json()["data"]
        assert status["status"] == "completed" and status["validEntries"] == rows, status
        return rows / seconds

    return upload


def _upload_ab(app, upload, name, prelude, labels, rows, sqlite_only=False, base=""):
    """An A/B of bulk uploads: as the code stands (A) against `prelude` (B), both after `base`."""
    db = app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0]
    if sqlite_only and db != "sqlite":
        print(f"clever {name}: skipped (SQLite only; run without DATABASE_URL)")
        return
    a, b = _ab(lambda: upload(base), lambda: upload(base + prelude))
    print(
        f"clever {name} db={db} rows={rows} {labels[0]}_rows_per_s={a:,.0f} "
        f"{labels[1]}_rows_per_s={b:,.0f} ratio={a / b:.2f}x"
    )


def handoff(app, upload, rows):
    """On the thread path, where the parsing and writer threads share one GIL (a file of 8 MB or more is
    otherwise parsed in a process of its own, section 6)."""
    labels = ("handoff", "default_interval")
    _upload_ab(app, upload, "gil_handoff", NO_HANDOFF, labels, rows, base=PARSE_ON_A_THREAD)


def parse_process(app, upload, rows):
    """Both databases: the file parsed in a process of its own (A) against on a thread (B)."""
    _upload_ab(app, upload, "parse_process", PARSE_ON_A_THREAD, ("parse_process", "parse_thread"), rows)


# the B side of the column-check A/B: every row typed and checked on its own, as before
ROW_BY_ROW = "import app.publishing.bulk.columns as c; c.ColumnCheck.build = classmethod(lambda cls, key, plan: None);"


def column_checks(app, upload, rows):
    """Both databases: a batch's rows typed and checked a column at a time (A) against row by row (B)."""
    _upload_ab(app, upload, "column_checks", ROW_BY_ROW, ("by_column", "row_by_row"), rows)


def json_staging(app, upload, rows):
    _upload_ab(app, upload, "json_staging", EXECUTEMANY, ("json_array", "executemany"), rows, sqlite_only=True)


def temp_staging(app, upload, rows):
    _upload_ab(app, upload, "temp_staging", SHARED_STAGING, ("temporary_table", "bulk_rows"), rows, sqlite_only=True)


def delivery(scratch, mb):
    import fsspec

    from app.exports.delivery import _copy_verified

    src, fs = scratch / "artifact.bin", fsspec.filesystem("file")
    with open(src, "wb") as fh:
        for _ in range(int(mb)):
            fh.write(os.urandom(1 << 20))

    def one(kernel_copy):
        dst = scratch / f"delivered-{kernel_copy}.bin"
        dst.unlink(missing_ok=True)
        started = time.perf_counter()
        _copy_verified(fs, str(src), fs, str(dst), kernel_copy)
        return time.perf_counter() - started

    a, b = _ab(lambda: one(True), lambda: one(False), pairs=5)
    print(f"clever kernel_copy file_mb={mb:.0f} kernel_copy_s={a:.3f} portable_s={b:.3f} ratio={b / a:.2f}x")


def rate_limit_leases(app, seconds=10):
    import shutil
    import signal

    from load import _start_gunicorn, _wrk
    from seed import seed_registry

    if not shutil.which("wrk"):
        print("clever rate_limit_leases: skipped (wrk not installed: apt install wrk)")
        return
    _, headers = make_caller(app)  # a tenant limited to 100,000/second: leases of up to 2,000
    token = headers["Authorization"].split()[1]
    seed_registry(app, headers, 1_000, ns="leases")
    url = "http://127.0.0.1:{}/dedi/lookup/leases/employee-profiles/emp-42"
    per_request = {"RATE_LIMIT_LEASE_SHARE": "0"}
    servers = {8793: _start_gunicorn(app, 8793), 8794: _start_gunicorn(app, 8794, extra_env=per_request)}
    try:
        for port in servers:  # warm both before the clock
            _wrk(url.format(port), token, 2)
        runs = {port: [] for port in servers}
        for _ in range(PAIRS):
            for port in servers:
                rps, _, _, p99, errors = _wrk(url.format(port), token, seconds)
                assert errors <= rps * seconds / 1000, errors
                runs[port].append((rps, p99))
    finally:
        for proc in servers.values():
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait()
    (a, a99), (b, b99) = ([statistics.median(r[i] for r in runs[port]) for i in (0, 1)] for port in servers)
    db = db_name(app)
    print(
        f"clever rate_limit_leases db={db} seconds={seconds}x{PAIRS} leases_rps={a:,.0f} per_request_rps={b:,.0f} "
        f"ratio={a / b:.2f}x leases_p99_ms={a99:.1f} per_request_p99_ms={b99:.1f}",
        flush=True,
    )


def main(upload_mb=100.0, bulk_rows=200_000, deliver_mb=33.0):
    app, scratch = make_app()
    tally(app, scratch, upload_mb)
    upload = bulk_uploads(app, scratch, int(bulk_rows))
    handoff(app, upload, int(bulk_rows))
    parse_process(app, upload, int(bulk_rows))
    json_staging(app, upload, int(bulk_rows))
    temp_staging(app, upload, int(bulk_rows))
    delivery(scratch, deliver_mb)
    rate_limit_leases(app)
    column_checks(app, upload, int(bulk_rows))


if __name__ == "__main__":
    main(*(float(a) for a in sys.argv[1:4]))
