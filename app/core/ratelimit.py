"""Per-tenant rate limits: a sliding-window counter (the previous window's count, weighted by how
much of it still overlaps, plus the current one's) kept on Redis and checked in one round trip per
request — one Lua script reads both windows, admits or refuses, and counts. The answer carries the
IETF `RateLimit` / `RateLimit-Policy` headers from that same reply, and a 429 its `Retry-After`.

Flask-Limiter did the same in two round trips (the hit, then the window for the headers) and a good
deal of Python around them: 37 % of a record lookup (py-spy on gunicorn). If Redis is down the
limiter fails open to counters in this process, and looks at Redis again after RETRY_REDIS_S; a
limit is never the reason a request fails.

A busy process counts ahead: the script may admit several requests at once (a lease), which the
process then admits without asking Redis, until the lease is spent or its window ends. A lease
starts at one request and doubles each time one is spent within a window, up to a
RATE_LIMIT_LEASE_SHARE-th of the limit (50 by default: a limit under 100 per window is asked for
every request, as before; 0 turns leases off). The count never passes the limit — a lease is
counted when it is granted — but requests another process leased and did not use are counted too:
near the limit, a client may be refused up to one lease per process early. What it saves: record
lookups 1.22x on SQLite, 1.13x on PostgreSQL (bench/clever_code.py, section 7)."""

import math
import threading
import time
from dataclasses import dataclass
from functools import lru_cache

from flask import Flask, Response, current_app, g, request
from limits import RateLimitItem, parse_many
from redis.exceptions import RedisError
from werkzeug.exceptions import TooManyRequests

from app.core.jobs import redis_conn

EXEMPT_PREFIXES = ("/healthz", "/readyz", "/docs", "/openapi.json", "/static", "/s/")
RETRY_REDIS_S = 5.0
# KEYS: the current and the previous window's counters. ARGV: the limit, the weight of the previous
# window (the share of it the sliding window still covers), the counters' lifetime in ms, how many
# requests the process asks to admit (its lease). Returns {requests admitted (0 when refused),
# requests counted in the sliding window, those admitted included}.
SCRIPT = """
local limit, weight, ttl, want = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local used = math.floor(tonumber(redis.call('GET', KEYS[2]) or '0') * weight) + current
local granted = math.min(want, limit - used)
if granted <= 0 then return {0, used} end
if redis.call('INCRBY', KEYS[1], granted) == granted then redis.call('PEXPIRE', KEYS[1], ttl) end
return {granted, used + granted}
"""


@dataclass(frozen=True)
class Window:
    """What one limit says of this request."""

    limit: int
    seconds: int
    used: int
    reset_s: float  # until the current window ends
    admitted: bool


class _Memory:
    """The same counters in this process, while Redis is unreachable."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}

    def check(self, keys: tuple[str, str], limit: int, weight: float) -> tuple[int, int]:
        with self.lock:
            if len(self.counts) > 100_000:
                self.counts.clear()
            used = math.floor(self.counts.get(keys[1], 0) * weight) + self.counts.get(keys[0], 0)
            if used >= limit:
                return 0, used
            self.counts[keys[0]] = self.counts.get(keys[0], 0) + 1
            return 1, used + 1


class _Leases:
    """Requests this process may still admit, per limit and tenant, in the window they were granted for:
    {counter key without its window: [window, left, used so far, next lease's size]}."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.held: dict[str, list[int]] = {}

    def take(self, base: str, window: int) -> int | None:
        """The sliding count with one more request admitted from the lease, or None: none left."""
        with self.lock:
            lease = self.held.get(base)
            if lease is None or lease[0] != window or lease[1] == 0:
                return None
            lease[1] -= 1
            lease[2] += 1
            return lease[2]

    def size(self, base: str, window: int, cap: int) -> int:
        """How many to ask for: twice the last lease when it was spent in this window, else one."""
        with self.lock:
            lease = self.held.get(base)
            return min(cap, lease[3]) if lease is not None and lease[0] == window else 1

    def keep(self, base: str, window: int, granted: int, used: int) -> None:
        """A grant of `granted` (the first of them admitted now), the count `used` with all of them."""
        with self.lock:
            if len(self.held) > 100_000:
                self.held.clear()
            self.held[base] = [window, granted - 1, used - granted + 1, granted * 2]


@lru_cache(maxsize=256)
def _items(text: str) -> tuple[RateLimitItem, ...]:
    return tuple(parse_many(text))


def _rate_key() -> str:
    tenant = g.get("tenant")
    return f"tenant:{tenant.id}" if tenant is not None else f"ip:{request.remote_addr or '127.0.0.1'}"


def _tenant_limit() -> str:
    tenant = g.get("tenant")
    if tenant is None:
        return str(current_app.config["ANON_RATE_LIMIT"])  # per client address, before authentication
    return str(tenant.rate_limit or current_app.config["DEFAULT_RATE_LIMIT"])


def _exempt() -> bool:
    return request.path.startswith(EXEMPT_PREFIXES) or request.path == "/"


class Limiter:
    """One per app: its script, its memory fallback and when Redis failed last."""

    def __init__(self, app: Flask) -> None:
        self.app, self.memory, self.leases, self.down_until = app, _Memory(), _Leases(), 0.0
        self.script = redis_conn(app).register_script(SCRIPT)

    def _count(self, base: str, index: int, item: RateLimitItem, weight: float) -> tuple[int, int]:
        """(admitted 1/0, the sliding count) for one request against one limit."""
        used = self.leases.take(base, index)
        if used is not None:
            return 1, used
        keys = (f"{base}:{index}", f"{base}:{index - 1}")
        if time.monotonic() >= self.down_until:
            share = self.app.config["RATE_LIMIT_LEASE_SHARE"]  # a lease is at most this fraction of a limit
            want = self.leases.size(base, index, max(1, item.amount // share) if share > 0 else 1)
            try:
                args = [item.amount, weight, item.get_expiry() * 2000, want]
                granted, used = (int(n) for n in self.script(keys=list(keys), args=args))
            except (RedisError, OSError):
                self.down_until = time.monotonic() + RETRY_REDIS_S
            else:
                if granted:
                    self.leases.keep(base, index, granted, used)
                return min(granted, 1), used - granted + 1 if granted else used
        return self.memory.check(keys, item.amount, weight)

    def check(self) -> None:
        """before_request: count this request against each of its limits; 429 past one."""
        if _exempt():
            return
        now, key, tightest = time.time(), _rate_key(), None
        for item in _items(_tenant_limit()):
            seconds = item.get_expiry()
            index = int(now // seconds)
            into = now - index * seconds
            base = f"dj:rl:{key}:{item.amount}/{seconds}"
            admitted, used = self._count(base, index, item, 1 - into / seconds)
            window = Window(item.amount, seconds, used, seconds - into, bool(admitted))
            if tightest is None or not admitted or window.limit - used < tightest.limit - tightest.used:
                tightest = window
            if not admitted:
                break
        g.rate_window = tightest
        if tightest is not None and not tightest.admitted:
            raise TooManyRequests(f"{tightest.limit} per {tightest.seconds} second")


def init_limiter(app: Flask) -> Limiter:
    limiter = Limiter(app)
    app.before_request(limiter.check)
    app.extensions["dj_limiter"] = limiter
    return limiter


def add_ratelimit_headers(response: Response) -> Response:
    """after_request: `RateLimit` / `RateLimit-Policy` from the request's window; a 429 says the real
    wait in `Retry-After`, rounded up and never 0; any other response carries no Retry-After."""
    window: Window | None = g.get("rate_window")
    if response.status_code != 429:
        response.headers.pop("Retry-After", None)
    if window is None:
        return response
    reset = max(1, math.ceil(window.reset_s))
    remaining = max(0, window.limit - window.used)
    response.headers["RateLimit"] = f"limit={window.limit}, remaining={remaining}, reset={reset}"
    response.headers["RateLimit-Policy"] = f"{window.limit};w={window.seconds}"
    if response.status_code == 429:
        response.headers["Retry-After"] = str(reset)
    return response
