"""Load: a real gunicorn server and wrk (a separate process) with 50 connections for D seconds per
endpoint: record lookup, dataset list, snapshot get, cached dashboard render.

python bench/load.py [seconds]   (needs `wrk`: apt install wrk)"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from common import ROOT, make_app, make_caller, run_worker_process, service_env
from seed import seed_registry

WORKERS = int(os.environ.get("LOAD_WORKERS", 2))  # README: one process per core, 8 threads each
THREADS = int(os.environ.get("LOAD_THREADS", 8))


def _start_gunicorn(app, port, workers=WORKERS, threads=THREADS, app_module="wsgi:app", extra_env=None):
    # SO_REUSEPORT (off by default in gunicorn.conf.py) spreads keep-alive connections evenly over the
    # workers; the figures in README were measured with it, on this scratch port no other server holds
    env = service_env(
        app,
        PYTHONPATH=str(ROOT),
        WEB_REUSE_PORT=os.environ.get("WEB_REUSE_PORT", "1"),
        **(extra_env or {}),
    )
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-c",
            str(ROOT / "gunicorn.conf.py"),
            "-w",
            str(workers),
            "--threads",
            str(threads),
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            app_module,
        ],
        cwd=ROOT if app_module == "wsgi:app" else Path(__file__).resolve().parent,
        env=env,
        start_new_session=True,
        stderr=open(Path(app.config["VAR_DIR"]).parent / "gunicorn.log", "wb"),  # noqa: SIM115  (a line per request)
    )
    for _ in range(100):
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                return proc
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("gunicorn did not start")


def _wrk(url, token, seconds, method="GET", body=None):
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115  (wrk reads it by name)
    script.write(
        f'wrk.method = "{method}"\nwrk.headers["Authorization"] = "Bearer {token}"\n'
        'wrk.headers["Content-Type"] = "application/json"\n'
        + (f"wrk.body = {json.dumps(body)}\n" if body else "")
        + "done = function(summary, latency, requests)\n"
        '  io.write(string.format("STATS %d %d %d %d %f %f %f\\n", summary.requests, summary.errors.status,'
        " summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,"
        " summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99)))\nend\n"
    )
    script.close()
    out = subprocess.run(
        ["wrk", "-t", "2", "-c", "50", "-d", f"{seconds}s", "--latency", "-s", script.name, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    n, status_errors, socket_errors, duration_us, p50, p95, p99 = re.search(r"STATS (.+)", out).group(1).split()
    return (
        int(n) / (int(duration_us) / 1e6),
        float(p50) / 1000,
        float(p95) / 1000,
        float(p99) / 1000,
        int(status_errors) + int(socket_errors),
    )


def main(seconds=60):
    if not shutil.which("wrk"):
        print("load: skipped (wrk not installed: apt install wrk)")
        return
    app, _ = make_app()
    tenant_id, headers = make_caller(app)
    token = headers["Authorization"].split()[1]
    seed_registry(app, headers, 100_000)
    client = app.test_client()
    sid = client.post(
        "/api/v1/storage/published/snapshots",
        headers=headers,
        json={"dataset": "employee-profiles", "format": "parquet"},
    ).get_json()["snapshot_id"]
    run_worker_process(app, ["snapshots"])
    from render import DEFINITION

    client.post("/api/v1/data-consumption/dashboards/definitions", headers=headers, json=DEFINITION)
    port = 8790
    server = _start_gunicorn(app, port)
    base = f"http://127.0.0.1:{port}"
    try:
        requests.post(
            f"{base}/api/v1/data-consumption/dashboards/render", headers=headers, json={"dashboard_id": "bench"}
        )
        cases = [
            ("record lookup", f"{base}/dedi/lookup/bench/employee-profiles/emp-4242", "GET", None),
            ("dataset list", f"{base}/api/v1/storage/published/datasets", "GET", None),
            ("snapshot get", f"{base}/api/v1/storage/published/snapshots/{sid}", "GET", None),
            (
                "dashboard render (cached)",
                f"{base}/api/v1/data-consumption/dashboards/render",
                "POST",
                '{"dashboard_id":"bench"}',
            ),
        ]
        print(
            f"load server=gunicorn workers={WORKERS} threads={THREADS} clients=50 seconds={seconds} "
            f"db={app.config['SQLALCHEMY_DATABASE_URI'].split(':')[0]}"
        )
        only = os.environ.get("LOAD_CASES")  # e.g. "record lookup" to run one case
        for name, url, method, body in cases:
            if only and name not in only.split(","):
                continue
            rps, p50, p95, p99, errors = _wrk(url, token, seconds, method, body)
            print(
                f"load endpoint={name!r} rps={rps:,.0f} p50_ms={p50:.1f} p95_ms={p95:.1f} "
                f"p99_ms={p99:.1f} errors={errors}"
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
