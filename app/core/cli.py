"""`flask tenants ...` and `flask keys ...` administration commands."""

import click
from flask.cli import AppGroup
from sqlalchemy import select

from app.core.auth import create_api_key, create_tenant, revoke_api_key
from app.core.errors import APIError
from app.core.models import ApiKey, Operator, Tenant
from app.core.operators import create_operator, revoke_operator
from app.extensions import db

tenants_cli = AppGroup("tenants", help="Manage tenants.")
keys_cli = AppGroup("keys", help="Manage API keys.")
operators_cli = AppGroup("operators", help="Manage operators (the /rq dashboard; not tenants).")


def _tenant(ref: str) -> Tenant:
    tenant = db.session.get(Tenant, ref) or db.session.scalar(select(Tenant).filter_by(name=ref))
    if tenant is None:
        raise click.ClickException(f"no tenant {ref!r}")
    return tenant


@tenants_cli.command("create")
@click.argument("name")
@click.option("--rate-limit", default=None, help='e.g. "10/second" (default from config)')
def tenants_create(name: str, rate_limit: str | None) -> None:
    """Create a tenant."""
    try:
        tenant = create_tenant(session=db.session, name=name, rate_limit=rate_limit)
    except APIError as exc:
        raise click.ClickException(exc.message) from None
    db.session.commit()
    click.echo(tenant.id)


@tenants_cli.command("list")
def tenants_list() -> None:
    """List tenants."""
    for t in db.session.scalars(select(Tenant).order_by(Tenant.created_at)):
        click.echo(f"{t.id}\t{t.name}\t{t.rate_limit or 'default'}")


@keys_cli.command("create")
@click.option("--tenant", "tenant_ref", required=True, help="tenant id or name")
@click.option("--scopes", required=True, help="comma list of publish,read,export,admin")
@click.option("--owner", default=None)
@click.option("--namespaces", default=None, help="comma list: the namespaces (ids or names) the key may reach")
def keys_create(tenant_ref: str, scopes: str, owner: str | None, namespaces: str | None) -> None:
    """Create an API key and print its token once."""
    tenant = _tenant(tenant_ref)
    limited = None if namespaces is None else [n.strip() for n in namespaces.split(",") if n.strip()]
    try:
        key, token = create_api_key(
            session=db.session,
            tenant=tenant,
            scopes=[s.strip() for s in scopes.split(",") if s.strip()],
            owner=owner,
            namespaces=limited,
        )
    except APIError as exc:
        raise click.ClickException(exc.message) from None
    db.session.commit()
    click.echo(f"key id: {key.id}", err=True)
    click.echo(token)


@keys_cli.command("list")
@click.option("--tenant", "tenant_ref", default=None)
def keys_list(tenant_ref: str | None) -> None:
    """List keys (never their tokens)."""
    query = select(ApiKey).order_by(ApiKey.created_at)
    if tenant_ref:
        query = query.filter_by(tenant_id=_tenant(tenant_ref).id)
    for k in db.session.scalars(query):
        state = "revoked" if k.revoked_at else "active"
        click.echo(f"{k.id}\t{k.tenant_id}\t{k.prefix}…\t{k.scopes}\t{k.owner or '-'}\t{state}")


@keys_cli.command("revoke")
@click.argument("key_id")
def keys_revoke(key_id: str) -> None:
    """Revoke a key."""
    try:
        revoke_api_key(session=db.session, key_id=key_id)
    except APIError as exc:
        raise click.ClickException(exc.message) from None
    db.session.commit()
    click.echo(f"revoked {key_id}")


@operators_cli.command("create")
@click.argument("name")
def operators_create(name: str) -> None:
    """Create an operator and print its key once."""
    try:
        operator, token = create_operator(session=db.session, name=name)
    except APIError as exc:
        raise click.ClickException(exc.message) from None
    db.session.commit()
    click.echo(f"operator id: {operator.id}", err=True)
    click.echo(token)


@operators_cli.command("list")
def operators_list() -> None:
    """List operators (never their keys)."""
    for op in db.session.scalars(select(Operator).order_by(Operator.created_at)):
        click.echo(f"{op.id}\t{op.name}\t{op.prefix}…\t{'revoked' if op.revoked_at else 'active'}")


@operators_cli.command("revoke")
@click.argument("ref")
def operators_revoke(ref: str) -> None:
    """Revoke an operator (id or name)."""
    try:
        revoke_operator(session=db.session, ref=ref)
    except APIError as exc:
        raise click.ClickException(exc.message) from None
    db.session.commit()
    click.echo(f"revoked {ref}")
