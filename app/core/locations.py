"""Locations outside the artifact store that a tenant names — export targets, import sources — as
`file://` paths under configured roots or `s3://` buckets on an allow-list, checked before anything
is queued. A tenant's `file://` paths live under `<root>/<tenant id>/`: naming another tenant's
directory lands in its own (`<root>/<own id>/<other id>/…`), so tenants never meet on disk."""

import os
from typing import Any
from urllib.parse import unquote, urlsplit

from flask import current_app

from app.core.errors import InvalidRequest

SCHEMES = ("file", "s3")


def _decoded(path: str) -> str:
    seen = path
    for _ in range(5):  # repeated decoding defeats double-encoded traversal (%252e%252e)
        decoded = unquote(seen)
        if decoded == seen:
            break
        seen = decoded
    return seen


class Location:
    """What a location is for: the roots its `file://` paths must lie under, and how errors name it."""

    def __init__(self, roots_setting: str, noun: str, field: str) -> None:
        self.roots_setting, self.noun, self.field = roots_setting, noun, field

    def reject(self, reason: str) -> None:
        raise InvalidRequest(f"invalid {self.noun}: {reason}", {self.field: [reason]})

    def check(self, url: str, tenant: Any) -> tuple[str, str]:
        """(scheme, path) of an allowed location; 400 naming the reason otherwise."""
        if not url or any(ord(c) < 32 for c in url) or "\x00" in _decoded(url):
            self.reject("control characters or NUL are not allowed")
        parts = urlsplit(url)
        if parts.scheme not in SCHEMES:
            self.reject(f"unsupported scheme {parts.scheme or '(none)'!r}; use one of {list(SCHEMES)}")
        path = _decoded(parts.path)
        if ".." in path.split("/") or "\\" in path or parts.query or parts.fragment:
            self.reject("path traversal, backslashes, query strings and fragments are not allowed")
        if parts.scheme == "file":
            if parts.netloc not in ("", "localhost"):
                self.reject(f"file:// {self.noun}s must be absolute paths (file:///...)")
            return "file", self.tenant_local_path(os.path.realpath(path), tenant)
        bucket = parts.netloc
        allowed = (tenant.allowed_buckets or []) + current_app.config.get("S3_ALLOWED_BUCKETS", [])
        if not bucket or bucket not in allowed:
            self.reject(f"bucket {bucket!r} is not on this tenant's allow-list")
        return "s3", f"{bucket}{path}".rstrip("/")

    def tenant_local_path(self, real: str, tenant: Any) -> str:
        """A path under one of the roots, moved inside that root's directory for the tenant."""
        for root in (os.path.realpath(r) for r in current_app.config[self.roots_setting]):
            if real == root or real.startswith(root + os.sep):
                rel = os.path.relpath(real, root)
                parts = [] if rel == "." else rel.split(os.sep)
                if parts[:1] == [tenant.id]:
                    parts = parts[1:]
                return os.path.join(root, tenant.id, *parts)
        self.reject(f"file:// {self.noun}s must be inside a configured {self.roots_setting} directory")
        raise AssertionError  # reject raised
