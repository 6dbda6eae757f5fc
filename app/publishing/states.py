"""Registry states, as DeDi's newest model has them: live ⇄ inactive. Each change is a new data
version; an inactive registry keeps answering lookups and queries (with `registry_state`) but takes
no writes — no record saved, published, updated or revoked, no bulk upload — and is not a dataset
to snapshot until it is reactivated."""

from app.core.db import DbSession
from app.core.errors import InvalidState
from app.core.models import Tenant
from app.publishing import announce
from app.publishing.models import Registry
from app.publishing.records import bump_version, lock_registry
from app.publishing.service import get_registry, record_count

TRANSITIONS = {"inactivate": ("live", "inactive"), "reactivate": ("inactive", "live")}


def change_state(
    *, session: DbSession, tenant: Tenant, namespace: str, registry_name: str, action: str, actor: str | None = None
) -> Registry:
    """Inactivate a live registry or reactivate an inactive one; 409 invalid_state otherwise."""
    before, after = TRANSITIONS[action]
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    lock_registry(session=session, registry=reg)  # its state as it stands under the lock: two at once made two
    if reg.state != before:
        raise InvalidState(
            f"registry {reg.name!r} is {reg.state}: only a {before} registry can be {action}d",
            {"current_state": reg.state},
        )
    count = record_count(session=session, registry=reg)
    bump_version(session=session, registry=reg, change=action, count=count, actor=actor)
    reg.state = after
    announce.registry_state(session, reg, before, after)
    return reg
