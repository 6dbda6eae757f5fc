"""`make run`: migrate, start embedded Redis (unless REDIS_URL), a worker with the scheduler and
the web server, seed the demo tenant, print the key and URLs; Ctrl-C stops everything."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOST, PORT = os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "8000"))


def prepare():
    """Migrate, seed the demo tenant and return (env for children, demo token)."""
    from flask_migrate import upgrade

    from app import create_app
    from app.demo import seed_demo

    app = create_app()
    with app.app_context():
        upgrade(directory=str(ROOT / "migrations"))
        token = seed_demo()
    env = dict(os.environ, REDIS_URL=app.config["REDIS_URL"], PYTHONPATH=str(ROOT))
    return app, env, token


def main():
    app, env, token = prepare()
    bin_dir = Path(sys.executable).parent
    procs = [
        subprocess.Popen([sys.executable, str(ROOT / "worker.py"), "bulk", "snapshots", "exports", "maintenance"],
                         cwd=ROOT, env=env),
        # webhooks get a worker of their own: a receiver that hangs (up to WEBHOOK_TIMEOUT_S) delays no build
        subprocess.Popen([sys.executable, str(ROOT / "worker.py"), "webhooks"], cwd=ROOT, env=env),
        subprocess.Popen([str(bin_dir / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "-b", f"{HOST}:{PORT}",
                          "--access-logfile", "-", "wsgi:app"], cwd=ROOT, env=env),
    ]
    base = f"http://{HOST}:{PORT}"
    print(f"""
DataJetty is running.
  API docs      {base}/docs   (OpenAPI: {base}/openapi.json)
  Readiness     {base}/readyz
  Dashboards    {base}/dashboards   (sign in with the key below; demo: {base}/dashboards/demo_overview)
  Worker queues {base}/rq/
  Demo admin API key (shown once): {token}
  Try: curl -H "Authorization: Bearer {token}" {base}/api/v1/storage/published/datasets
Press Ctrl-C to stop.
""", flush=True)
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    try:
        while not stop["now"] and all(p.poll() is None for p in procs):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGINT)
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        if not os.environ.get("REDIS_URL"):
            from app.core.embedded_redis import stop_embedded_redis

            stop_embedded_redis(app.config["VAR_DIR"])
        print("DataJetty stopped.")


if __name__ == "__main__":
    main()
