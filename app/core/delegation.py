"""Delegation: a namespace's owner lets another tenant, or one key, into that namespace only, with
permissions `read`, `publish` or `manage`. Core cannot know namespaces, so publishing registers the
resolver when it loads; for a request whose path names a namespace the caller's tenant does not own
but is delegated, `admit_delegate` runs the request in the owner's context (`g.tenant`) and lets it
do exactly what both the key's scopes and the granted permissions allow — 403 otherwise."""

from collections.abc import Callable

from flask import g, request

from app.core.auth import require_scopes
from app.core.errors import Forbidden
from app.core.models import ApiKey, Tenant

PERMISSIONS = ("read", "publish", "manage")
# what each permission lets a delegate do, in route scopes; `manage` also opens delegate management
GRANTS = {"read": {"read"}, "publish": {"read", "publish"}, "manage": {"read", "publish", "manage"}}
Resolver = Callable[[ApiKey, str], tuple[Tenant, list[str]] | None]
_resolver: list[Resolver] = []
Lister = Callable[[ApiKey], dict[str, list[str]]]
_lister: list[Lister] = []


def register_lister(lister: Lister) -> Lister:
    """`lister(key)` -> {namespace id: permissions} of the namespaces delegated to the key or its tenant."""
    _lister[:] = [lister]
    return lister


def delegated_to(key: ApiKey) -> dict[str, list[str]]:
    return _lister[0](key) if _lister else {}


def register(resolver: Resolver) -> Resolver:
    """`resolver(key, namespace ref)` -> (owner tenant, permissions) when the key is a delegate there
    and its own tenant has no namespace of that name; else None."""
    _resolver[:] = [resolver]
    return resolver


def held(key: ApiKey, permissions: list[str]) -> set[str]:
    """The route scopes a delegate holds: its key's own, within the grant. Keys have no `manage` scope:
    an admin key, or a publish key, may use a `manage` grant; a read-only key may not."""
    own = {"read", "publish", "export", "manage"} if "admin" in key.scope_set else set(key.scope_set)
    if "publish" in own:
        own.add("manage")
    granted = set().union(*(GRANTS[p] for p in permissions if p in GRANTS))
    return own & granted


def admit_delegate(scopes: tuple[str, ...]) -> bool:
    """True when the request was admitted as a delegate's (raising 403 for a permission it lacks);
    False when it is no delegation, and the caller's own scopes decide."""
    key, ref = g.get("api_key"), (request.view_args or {}).get("namespace")
    if key is None or not isinstance(ref, str) or not _resolver:
        return False
    found = _resolver[0](key, ref)
    if found is None:
        return False
    owner, permissions = found
    have = held(key, permissions)
    if scopes and not have & set(scopes):
        raise Forbidden(
            f"as a delegate of this namespace you may {sorted(permissions)}; this needs one of {sorted(scopes)}",
            {"required": sorted(scopes), "granted": sorted(permissions)},
        )
    g.tenant, g.delegation = owner, permissions
    return True


def require(scopes: tuple[str, ...]) -> None:
    """The auth check of a keyed request: a delegate's grant, or the key's own scopes."""
    if not admit_delegate(scopes):
        require_scopes(scopes)
