"""Delegation: a namespace's owner lets another tenant, or one key, into that namespace only, with
permissions `read`, `publish` or `manage`. Core cannot know namespaces or what an id names, so the
areas register when they load: publishing the resolver of a namespace reference and the grants of a
key, each area a locator for the ids of its resources (snapshot_id, export_id, dashboard_id, ...).

A request is a delegate's when what it names lies in namespaces another tenant delegated to the
caller: the `{namespace}` or a resource id of its path, or — on routes that declare them
(`@blp.auth(..., delegate_by=(...))`) — a resource id, a `namespace` or a `dataset`
("namespace/registry") in its query or body. A route that declares nothing is never admitted by its
query or body, so a tenant-wide route (keys, audit) cannot be reached by naming a namespace.
`admit_delegate` then runs the request in the owner's context (`g.tenant`), limited to those
namespaces (`g.reach`: every area's reach check applies, so the owner's other namespaces answer 404),
and lets it do exactly what both the key's scopes and the granted permissions allow — 403 otherwise.
What a delegate creates belongs to the namespace's owner and records the delegate as its actor."""

from collections.abc import Callable, Collection, Iterable
from typing import Any

from flask import g, request

from app.core.auth import require_scopes
from app.core.errors import Forbidden
from app.core.models import ApiKey, Tenant
from app.extensions import db

PERMISSIONS = ("read", "publish", "manage")
# what each permission lets a delegate do, in route scopes: `manage` is the namespace's admin (its
# snapshots, exports and delegates), within that namespace only
GRANTS = {
    "read": {"read"},
    "publish": {"read", "publish"},
    "manage": {"read", "publish", "export", "manage", "admin"},
}
# resolver(key, namespace ref) -> (owner, namespace id, permissions) when the key is a delegate there
# and its own tenant has no namespace by that reference; else None
Resolver = Callable[[ApiKey, str], tuple[Tenant, str, list[str]] | None]
_resolver: list[Resolver] = []
Lister = Callable[[ApiKey], dict[str, list[str]]]
_lister: list[Lister] = []
# locator(key, value, grants) -> (owner, namespace ids) when `value` names another tenant's resource
# whose namespaces are all in `grants`; else None
Locator = Callable[[ApiKey, str, dict[str, list[str]]], tuple[Tenant, list[str]] | None]
_locators: dict[str, Locator] = {}


def register_lister(lister: Lister) -> Lister:
    """`lister(key)` -> {namespace id: permissions} of the namespaces delegated to the key or its tenant."""
    _lister[:] = [lister]
    return lister


def delegated_to(key: ApiKey) -> dict[str, list[str]]:
    return _lister[0](key) if _lister else {}


def register(resolver: Resolver) -> Resolver:
    _resolver[:] = [resolver]
    return resolver


def register_locator(name: str) -> Callable[[Locator], Locator]:
    """Register the locator of the argument `name` (a path, query or body field naming a resource)."""

    def decorator(locator: Locator) -> Locator:
        _locators[name] = locator
        return locator

    return decorator


def held(key: ApiKey, permissions: list[str]) -> set[str]:
    """The route scopes a delegate holds: its key's own, within the grant. Keys have no `manage` scope:
    an admin key, or a publish key, may use a `manage` grant; a read-only key may not."""
    own = {"read", "publish", "export", "manage", "admin"} if "admin" in key.scope_set else set(key.scope_set)
    if "publish" in own:
        own.add("manage")
    granted = set().union(*(GRANTS[p] for p in permissions if p in GRANTS))
    return own & granted


def _named(fields: tuple[str, ...]) -> list[tuple[str, str]]:
    """(argument, value) pairs the request names, most specific first: its path, then the `fields`
    of its query and body (JSON or form)."""
    body = request.get_json(silent=True) if fields and request.is_json else None
    form = request.form if fields and not request.is_json and request.method != "GET" else {}
    named = [(name, value) for name, value in (request.view_args or {}).items()]
    for src in (request.args, body if isinstance(body, dict) else {}, form):
        named += [(name, src[name]) for name in fields if name in src]
    return [(name, value) for name, value in named if isinstance(value, str)]


def _locate(key: ApiKey, fields: tuple[str, ...]) -> tuple[Tenant, list[str], list[str]] | None:
    """(owner, namespace ids, permissions) of what the request names in delegated namespaces."""
    grants = delegated_to(key)
    if not grants or not _resolver:
        return None
    for name, value in _named(fields):
        if name in _locators:
            found = _locators[name](key, value, grants)
            if found is not None:
                owner, ids = found
                granted = [set(grants[i]) for i in ids]
                return owner, ids, sorted(set.intersection(*granted)) if granted else []
            continue
        if name in ("namespace", "namespace_id") or (name == "dataset" and "/" in value):
            hit = _resolver[0](key, value.partition("/")[0] if name == "dataset" else value)
            if hit is not None:
                return hit[0], [hit[1]], hit[2]
    return None


def admit_delegate(scopes: tuple[str, ...], fields: tuple[str, ...] = ()) -> bool:
    """True when the request was admitted as a delegate's (raising 403 for a permission it lacks);
    False when it is no delegation, and the caller's own scopes decide."""
    key = g.get("api_key")
    if key is None:
        return False
    found = _locate(key, fields)
    if found is None:
        return False
    owner, ids, permissions = found
    have = held(key, permissions)
    if scopes and not have & set(scopes):
        raise Forbidden(
            f"as a delegate of this namespace you may {sorted(permissions)}; this needs one of {sorted(scopes)}",
            {"required": sorted(scopes), "granted": sorted(permissions)},
        )
    g.tenant, g.delegation, g.reach = owner, permissions, ids
    return True


def require(scopes: tuple[str, ...], fields: tuple[str, ...] = ()) -> None:
    """The auth check of a keyed request: a delegate's grant, or the key's own scopes."""
    if not admit_delegate(scopes, fields):
        require_scopes(scopes)


def locate(key: ApiKey, grants: dict[str, list[str]], query: Any) -> tuple[Tenant, list[str]] | None:
    """For locators of resources in one namespace: `query` selects (owner tenant id, namespace id)
    of what an id names; `located` decides."""
    rows = db.session.execute(query).all()
    return located(key, grants, [(str(tenant_id), [str(namespace_id)]) for tenant_id, namespace_id in rows])


def located(
    key: ApiKey, grants: dict[str, list[str]], rows: Iterable[tuple[str, Collection[str]]]
) -> tuple[Tenant, list[str]] | None:
    """For locators: the resource among `rows` — (owner tenant id, its namespace ids), one per
    resource an id may name across tenants — whose owner is another tenant and whose namespaces are
    all delegated to the key; None when none or several fit (a key's own resource is never a
    delegation)."""
    rows = list(rows)
    fits = [(tenant_id, sorted(ids)) for tenant_id, ids in rows if ids and all(i in grants for i in ids)]
    if len(fits) != 1 or any(tenant_id == key.tenant_id for tenant_id, _ in rows):
        return None
    owner = db.session.get(Tenant, fits[0][0])
    return (owner, fits[0][1]) if owner is not None else None
