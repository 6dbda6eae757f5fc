"""Public read: routes marked `@blp.auth(..., public=True)` answer a caller without a key when the
resource they name belongs to a namespace its owner made public. Core cannot know what a path names,
so each area registers a resolver when it loads (publishing for `{namespace}`, store for
`{snapshot_id}`); the first that recognises the path's arguments gives the owning tenant, whose
context the request then runs in, read-only and marked anonymous (`g.anonymous`)."""

from collections.abc import Callable
from typing import Any

from flask import g, request

from app.core.models import Tenant

Resolver = Callable[[dict[str, Any]], Tenant | None]
_RESOLVERS: list[Resolver] = []


def register(resolver: Resolver) -> Resolver:
    """`resolver(view_args)` -> the tenant owning a public resource those arguments name, else None."""
    if resolver not in _RESOLVERS:
        _RESOLVERS.append(resolver)
    return resolver


def admit_anonymous() -> bool:
    """For a request without any key: run it as the public resource's owner if the path names one."""
    if g.get("api_key") is not None or g.get("auth_error") or request.headers.get("Authorization"):
        return False
    for resolver in _RESOLVERS:
        tenant = resolver(dict(request.view_args or {}))
        if tenant is not None:
            g.tenant, g.anonymous = tenant, True
            return True
    return False


def anonymous() -> bool:
    """Whether this request runs without a key, on a public namespace's data."""
    return bool(g.get("anonymous"))
