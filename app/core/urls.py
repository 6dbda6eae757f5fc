"""Absolute links the service hands out (share links): PUBLIC_BASE_URL when set, else the request's
own scheme and host (behind a proxy, with PROXY_FIX=1, what the proxy says they were)."""

from flask import Flask, current_app, request


def public_url(path: str) -> str:
    """`path` (starting with /) as an absolute URL a client can open."""
    base = current_app.config.get("PUBLIC_BASE_URL") or request.host_url
    return base.rstrip("/") + path


def install_proxy_fix(app: Flask) -> None:
    """Trust one proxy's X-Forwarded-* headers when PROXY_FIX is set (never by default: a client
    could otherwise choose the host its share links point at)."""
    if app.config.get("PROXY_FIX"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        wrapped = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1, x_port=1, x_prefix=1)
        app.wsgi_app = wrapped  # type: ignore[method-assign]  # Flask's documented way to add middleware
