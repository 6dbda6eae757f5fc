"""Per-tenant rate limits on Redis via Flask-Limiter, failing open to memory when Redis is down."""

import math
import time

from flask import Flask, Response, current_app, g, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

EXEMPT_PREFIXES = ("/healthz", "/readyz", "/docs", "/openapi.json", "/static", "/s/")


def _rate_key() -> str:
    tenant = g.get("tenant")
    return f"tenant:{tenant.id}" if tenant is not None else f"ip:{get_remote_address()}"


def _tenant_limit() -> str:
    tenant = g.get("tenant")
    if tenant is None:
        return current_app.config["ANON_RATE_LIMIT"]  # per client address, before authentication
    return tenant.rate_limit or current_app.config["DEFAULT_RATE_LIMIT"]


def _exempt() -> bool:
    return request.path.startswith(EXEMPT_PREFIXES) or request.path == "/"


def storage_uri(redis_url: str) -> str:
    """The limits library spells unix sockets redis+unix://."""
    if redis_url.startswith("unix://"):
        return "redis+unix://" + redis_url[len("unix://") :]
    return redis_url


def init_limiter(app: Flask) -> Limiter:
    """One Limiter per app (its storage is per instance), keyed on the tenant."""
    limiter = Limiter(
        key_func=_rate_key,
        application_limits=[_tenant_limit],
        application_limits_exempt_when=_exempt,
        in_memory_fallback_enabled=True,
        swallow_errors=True,
        headers_enabled=True,
    )
    limiter.init_app(app)
    app.extensions["dj_limiter"] = limiter
    return limiter


def settle_retry_after(response: Response) -> Response:
    """after_request, registered before the limiter so it runs after it: a 429 says the real wait,
    rounded up and never 0; any other response carries no Retry-After."""
    if response.status_code != 429:
        response.headers.pop("Retry-After", None)
        return response
    current = getattr(current_app.extensions.get("dj_limiter"), "current_limit", None)
    wait = current.reset_at - time.time() if current is not None else 1
    response.headers["Retry-After"] = str(max(1, math.ceil(wait)))
    return response


def add_ratelimit_headers(response: Response) -> Response:
    """after_request: the IETF RateLimit / RateLimit-Policy headers beside Flask-Limiter's own."""
    try:
        current = current_app.extensions["dj_limiter"].current_limit
    except Exception:  # never let header decoration fail a request
        return response
    if current is None:
        return response
    item = current.limit
    window = item.get_expiry()
    reset = max(0, math.ceil(current.reset_at - time.time()))
    response.headers["RateLimit"] = f"limit={item.amount}, remaining={max(0, current.remaining)}, reset={reset}"
    response.headers["RateLimit-Policy"] = f"{item.amount};w={window}"
    return response
