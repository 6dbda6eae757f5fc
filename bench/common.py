"""Shared bench helpers: an app on the configured (or a scratch) database, a tenant, timing, RSS."""

import atexit
import csv
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.seed_examples import EMPLOYEE_SCHEMA  # noqa: E402  (after the path)

DEPTS = tuple(EMPLOYEE_SCHEMA["properties"]["department"]["enum"])


def _scratch_database(url):
    """A fresh database beside DATABASE_URL's, dropped at exit: every run starts from empty tables."""
    import atexit

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"dj_bench_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE DATABASE {name}")

    def drop():
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    atexit.register(drop)
    return make_url(url).set(database=name).render_as_string(hide_password=False), drop


def make_app():
    """An app on DATABASE_URL/REDIS_URL when set, else a scratch SQLite + embedded Redis."""
    from flask_migrate import upgrade

    from app import create_app

    scratch = Path(tempfile.mkdtemp(prefix="dj-bench-"))
    overrides = {
        "VAR_DIR": str(scratch / "var"),
        "ARTIFACT_ROOT": str(scratch / "artifacts"),
        "EXPORT_ROOTS": [str(scratch / "exports")],
        "IMPORT_ROOTS": [str(scratch / "imports")],
    }
    url = os.environ.get("DATABASE_URL")
    if not url:
        overrides["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{scratch / 'bench.db'}"
    drop = None
    if url and url.startswith("postgresql"):
        overrides["SQLALCHEMY_DATABASE_URI"], drop = _scratch_database(url)
    app = create_app(overrides)
    app.extensions["bench_drop"] = drop
    if not os.environ.get("BENCH_KEEP"):  # a 1M-row run leaves ~0.5 GB and an embedded Redis behind otherwise
        atexit.register(_clean_up, app.config, scratch)
    with app.app_context():
        upgrade(directory=str(ROOT / "migrations"))
    return app, scratch


ROUNDS = 3  # side-by-side benches run A, B, A, B, A, B and compare medians


def interleaved(project, comparators):
    """{name: [seconds, ...]} from ROUNDS rounds of project, then each comparator, in turn."""
    times = {"project": []} | {name: [] for name in comparators}
    for k in range(ROUNDS):
        times["project"].append(project(k))
        for name, run in comparators.items():
            times[name].append(run(k))
    return times


def service_env(app, **extra):
    """This process's environment, pointed at the app's database, Redis and artifact store: for a
    worker, a server or a measured process the bench starts (plus `extra`)."""
    return dict(
        os.environ,
        REDIS_URL=app.config["REDIS_URL"],
        DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"],
        ARTIFACT_ROOT=app.config["ARTIFACT_ROOT"],
        **extra,
    )


def db_name(app):
    """sqlite or postgresql: which database a figure was measured on."""
    return app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0].split("+")[0]


def snapshot_file(app, snapshot_id):
    """Where a built snapshot's data file is stored (the API names artifacts by key, never by server path)."""
    from app.extensions import db
    from app.store.models import Snapshot

    with app.app_context():
        return next(a["path"] for a in db.session.get(Snapshot, snapshot_id).artifacts if a["kind"] == "data")


def drop_now(app):
    """Drop the app's scratch PostgreSQL database at once (no-op elsewhere): its autovacuum would
    otherwise run on through whatever is measured next."""
    from app.extensions import db

    if app.extensions.get("bench_drop"):
        with app.app_context():
            db.engine.dispose()
        app.extensions["bench_drop"]()


def _clean_up(config, scratch):
    from app.core.embedded_redis import stop_embedded_redis

    if not os.environ.get("REDIS_URL"):
        stop_embedded_redis(config["VAR_DIR"])
    shutil.rmtree(scratch, ignore_errors=True)


def make_caller(app):
    """A fresh tenant with an admin key and a high rate limit; returns auth headers."""
    from app.core.auth import create_api_key, create_tenant
    from app.core.db import new_id
    from app.extensions import db

    with app.app_context():
        tenant = create_tenant(session=db.session, name=new_id("bench"), rate_limit="100000/second")
        _, token = create_api_key(session=db.session, tenant=tenant, scopes=["admin"])
        db.session.commit()
        return tenant.id, {"Authorization": f"Bearer {token}"}


def employee_details(i):
    """The details of seeded employee `i` (bench/seed.py, bench/ingest_floor.py)."""
    return {
        "employee_id": f"EMP{i:06d}",
        "full_name": f"Employee Number {i}",
        "email": f"employee.{i}@acme.example.com",
        "department": DEPTS[i % 3],
        "hire_date": f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "active": i % 2 == 0,
    }


def _employee_row(i, pad=""):
    return [
        f"EMP{i:06d}",
        f"Employee Number {i}{pad}",
        f"employee.{i}@acme.example.com",
        DEPTS[i % 3],
        f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "true" if i % 2 else "false",
    ]


def write_employee_csv(path, rows, invalid_ratio=0.0, seed=7, file_mb=None):
    """An employee-profiles CSV with `rows` rows (at most 1M: the seed's ids have six digits),
    `invalid_ratio` of them failing the schema; with `file_mb`, full names are lengthened so the
    file comes to just under that many MiB (100 stays within the upload limit)."""
    if rows > 1_000_000:
        raise ValueError("employee ids (EMP + six digits) allow at most 1,000,000 rows; use file_mb for size")
    rnd = random.Random(seed)
    pad = ""
    if file_mb:
        sample = _employee_row(rows // 2)
        typical = len(",".join(sample)) + 2 - invalid_ratio * (len(sample[2]) - len("not-an-email"))  # \r\n ends
        pad = " " + "x" * max(0, math.floor(file_mb * 2**20 / rows - typical) - 1)
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["employee_id", "full_name", "email", "department", "hire_date", "active"])
        for i in range(rows):
            row = _employee_row(i, pad)
            if invalid_ratio and rnd.random() < invalid_ratio:
                row[2] = "not-an-email"
            w.writerow(row)
    return os.path.getsize(path)


class WorkerProcess:
    """A real RQ worker in a child process: burst mode (drain the queues, then exit), or started
    ahead and waiting for `max_jobs` jobs, as a deployed worker would be when an upload arrives.
    `prelude` is Python run first (a bench's A/B switch)."""

    def __init__(self, app, queues, max_jobs=None, prelude="", log_path=None):
        app.extensions["redis"].ping()  # the embedded Redis starts on first use: before the worker looks for it
        env = service_env(
            app,
            EXPORT_ROOTS=",".join(app.config["EXPORT_ROOTS"]),
            IMPORT_ROOTS=",".join(app.config["IMPORT_ROOTS"]),
            PYTHONPATH=str(ROOT),
        )
        mode = f"max_jobs={max_jobs}" if max_jobs else "burst=True"
        # SimpleWorker runs each job in the worker process itself, so that process's VmHWM (reset by exec,
        # unlike ru_maxrss, which would count the pages of this large bench process at spawn) is the peak
        code = prelude + (
            "from rq import SimpleWorker; from rq.serializers import JSONSerializer;"
            "from app import create_app; from app.core.jobs import get_queue, redis_conn;"
            "app = create_app(); ctx = app.app_context(); ctx.push();"
            f"from worker import warm; warm({list(queues)!r});"  # what `python worker.py <queues>` loads
            f"w = SimpleWorker([get_queue(q) for q in {list(queues)!r}], connection=redis_conn(),"
            " serializer=JSONSerializer); print('READY', flush=True);"
            f"w.work({mode});"
            "print('PEAK_KB', next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
        )
        self.started = time.perf_counter()
        # the log is read back for the bulk parse process's own memory (parser_private_mb on the job's line)
        self.log = open(log_path, "w+") if log_path else tempfile.TemporaryFile("w+")  # noqa: SIM115  (closed in finish)
        self.parser_mb = 0.0
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=self.log, text=True
        )

    def ready(self):
        """Block until the worker has loaded the app and is about to listen on its queues."""
        line = self.proc.stdout.readline()
        if line.strip() != "READY":
            raise RuntimeError(f"worker did not start: {line!r}")
        return self

    def finish(self):
        """Wait for the worker to exit; returns (seconds since start, peak MB): the worker's peak RSS plus
        the largest own memory of a process a bulk job parsed its file in (bulk/parse_process, forked:
        only its private pages are its own), also kept as `parser_mb`."""
        out = self.proc.stdout.read()
        if self.proc.wait() != 0:
            raise RuntimeError(f"worker exited with {self.proc.returncode}")
        seconds = time.perf_counter() - self.started
        self.log.seek(0)
        self.parser_mb = max(map(float, re.findall(r"parser_private_mb=([0-9.]+)", self.log.read())), default=0.0)
        self.log.close()
        return seconds, int(out.split("PEAK_KB")[-1]) / 1024 + self.parser_mb


def run_worker_process(app, queues):
    """Run a real RQ worker in burst mode in a child process; returns (seconds, peak RSS MB)."""
    return WorkerProcess(app, queues).finish()
