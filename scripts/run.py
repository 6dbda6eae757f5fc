"""`make run`: migrate, start embedded Redis (unless REDIS_URL), two workers and the web server, seed
the demo tenant, and print the key and URLs once /readyz answers 200. Ctrl-C (or SIGTERM) stops
everything it started: each child is signalled once, waited for, then its whole process group is
killed, so nothing is left holding the port."""

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core import metrics  # noqa: E402
from app.core.localhost import descendants, port_free  # noqa: E402  (after the path: run as a script)

HOST, PORT = os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "8000"))
READY_TIMEOUT_S, STOP_GRACE_S = 180, 10


def prepare():
    """Migrate, seed the demo tenant and return (app, env for children, demo token)."""
    from flask_migrate import upgrade

    from app import create_app
    from app.demo import seed_demo

    app = create_app()
    if not os.environ.get("REDIS_URL"):
        from app.core.embedded_redis import ensure_embedded_redis

        app.config["REDIS_URL"] = ensure_embedded_redis(app.config["VAR_DIR"])
    with app.app_context():
        upgrade(directory=str(ROOT / "migrations"))
        token = seed_demo(key_file=Path(app.config["VAR_DIR"]) / "demo-admin.key")
    env = dict(os.environ, REDIS_URL=app.config["REDIS_URL"], PYTHONPATH=str(ROOT))
    return app, env, token


def start(cmd, env):
    # a session of its own: the terminal's Ctrl-C reaches only this runner, which stops each child once
    return subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True)


def wait_ready(base, procs, stop):
    """True once /readyz answers 200; False if a child exits, a stop is asked or time runs out."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline and not stop["now"]:
        if any(p.poll() is not None for p in procs):
            return False
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=2) as resp:
                if resp.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


def stop_all(procs):
    """SIGTERM each child's group once, wait up to STOP_GRACE_S, then SIGKILL whatever is left."""
    tree = [pid for p in procs for pid in descendants(p.pid)]  # now, while they still have parents
    for p in procs:
        if p.poll() is None:
            _signal_group(p, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_S
    for p in procs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            p.wait(timeout=max(0.1, deadline - time.monotonic()))
    for pid in tree + [pid for p in procs for pid in descendants(p.pid)]:
        _kill(pid)  # an RQ work horse runs in a session of its own: no group signal reaches it
    for p in procs:
        _signal_group(p, signal.SIGKILL)  # the group too: a gunicorn worker stuck in shutdown goes
        with contextlib.suppress(subprocess.TimeoutExpired):
            p.wait(timeout=5)


def _kill(pid):
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


def _signal_group(proc, sig):
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)


def main():
    if not port_free(PORT, HOST):
        print(
            f"datajetty: port {PORT} on {HOST} is already in use; stop what holds it or set PORT to another port",
            file=sys.stderr,
        )
        sys.exit(2)
    stop = {"now": False}
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.update(now=True))
    app, env, token = prepare()
    metrics.start_afresh()  # counters from an earlier run's processes would add to this run's
    python, gunicorn = sys.executable, str(Path(sys.executable).parent / "gunicorn")
    procs = [
        # a worker each for imports, for builds and exports, and for webhooks, every one taking the
        # maintenance sweep (a sweep never waits behind a long job): a long import delays no build, a
        # receiver that hangs delays neither, and only the builds' worker loads Arrow (worker.WARM)
        start([python, str(ROOT / "worker.py"), "bulk", "maintenance"], env),
        start([python, str(ROOT / "worker.py"), "snapshots", "exports", "maintenance"], env),
        start([python, str(ROOT / "worker.py"), "webhooks", "maintenance"], env),
        start(
            [
                gunicorn,
                "-c",
                str(ROOT / "gunicorn.conf.py"),
                "-b",
                f"{HOST}:{PORT}",
                "wsgi:app",  # one log line per request comes from the app (app/core/logs.py)
            ],
            env,
        ),
    ]
    base = f"http://{HOST}:{PORT}"
    code = 0
    try:
        if wait_ready(base, procs, stop):
            print(
                f"""
DataJetty is ready.
  API docs      {base}/docs   (OpenAPI: {base}/openapi.json)
  Readiness     {base}/readyz
  Dashboards    {base}/dashboards   (sign in with the key below; demo: {base}/dashboards/demo_overview)
  Worker queues {base}/rq/   (operators only: flask --app wsgi operators create NAME)
  Demo admin API key (kept in var/demo-admin.key): {token}
  Try: curl -H "Authorization: Bearer {token}" {base}/api/v1/storage/published/datasets
Press Ctrl-C to stop.
""",
                flush=True,
            )
            while not stop["now"] and all(p.poll() is None for p in procs):
                time.sleep(0.3)
        if not stop["now"]:
            code = 1
            print(
                "datajetty: a process stopped unexpectedly or the service did not become ready; stopping",
                file=sys.stderr,
            )
    finally:
        stop_all(procs)
        if not os.environ.get("REDIS_URL"):
            from app.core.embedded_redis import stop_embedded_redis

            stop_embedded_redis(app.config["VAR_DIR"])
        print("DataJetty stopped.", flush=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
