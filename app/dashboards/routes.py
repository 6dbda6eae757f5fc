"""Seed 003 under /api/v1/data-consumption/dashboards: definitions, render, share."""

import marshmallow as ma
from flask import current_app, g, request
from marshmallow import fields, validate

from app.core import seed_examples
from app.core.api import Blueprint
from app.core.auth import actor
from app.core.db import iso
from app.core.pagination import list_meta
from app.core.urls import public_url
from app.dashboards import renderer, service, shares
from app.dashboards.responses import (
    DashboardListSchema,
    DefinitionEnvelope,
    DefinitionSavedSchema,
    DefinitionVersionListSchema,
    RenderedSchema,
    SharedSchema,
    ShareLinkEnvelope,
    ShareLinkListSchema,
)
from app.dashboards.schemas import IDENT, DefinitionSchema, RenderSchema, ShareSchema
from app.extensions import db
from app.store.schemas import WindowArgsSchema

blp = Blueprint(
    "dashboards",
    __name__,
    url_prefix="/api/v1/data-consumption/dashboards",
    description="Dashboards: definitions, render, share links (seed 003)",
)
READERS = ("read", "export", "publish")


def version_dict(dash, row):
    return {
        "dashboard_id": dash.slug,
        "version": row.version,
        "layout": row.layout,
        "datasources": row.datasources,
        "published": row.published_at is not None,
        "published_at": iso(row.published_at),
        "restored_from": row.restored_from,
        "created_at": iso(row.created_at),
        "created_by": row.created_by,
    }


def share_dict(link, slug):
    return {
        "share_id": link.id,
        "dashboard_id": slug,
        "version": link.version,
        "filters": link.filters,
        "expires_at": iso(link.expires_at),
        "revoked_at": iso(link.revoked_at),
        "created_at": iso(link.created_at),
    }


@blp.route("/definitions", methods=["POST"])
@blp.auth("publish", errors=(404, 409), delegate_by=("dashboard_id",))
@blp.arguments(DefinitionSchema)
@blp.response(200, DefinitionSavedSchema)
def save_dashboard_definition(body):
    """Create or update a dashboard: each save is a new version (If-Match guards concurrent edits)."""
    dash = service.save_definition(
        session=db.session, tenant=g.tenant, if_match=request.headers.get("If-Match"), actor=actor(), **body
    )
    db.session.commit()
    return (
        {"dashboard_id": dash.slug, "status": dash.status, "version": dash.current_version},
        200,
        {"ETag": service.etag(dash)},
    )


class DashboardQueryArgsSchema(WindowArgsSchema):
    namespace = fields.String(
        validate=validate.Length(max=128),
        metadata={
            "description": "dashboards reading this namespace (id, name or verified domain); "
            "a delegate names the delegated one"
        },
    )


@blp.route("/definitions")
@blp.auth(*READERS, delegate_by=("namespace",))
@blp.arguments(DashboardQueryArgsSchema, location="query")
@blp.response(200, DashboardListSchema)
def list_dashboard_definitions(args):
    """The tenant's dashboards (optionally those reading one namespace)."""
    items, total = service.list_dashboards(session=db.session, tenant=g.tenant, **args)
    return {
        "data": [
            {
                "dashboard_id": d.slug,
                "status": d.status,
                "current_version": d.current_version,
                "published_version": d.published_version,
                "updated_at": iso(d.updated_at),
            }
            for d in items
        ],
        "meta": list_meta(total, args["offset"], args["limit"]),
    }


@blp.route("/definitions/<dashboard_id>")
@blp.auth(*READERS, errors=(404,))
@blp.response(200, DefinitionEnvelope)
def get_dashboard_definition(dashboard_id):
    """The current version of a dashboard definition, with its ETag."""
    dash = service.get_dashboard(session=db.session, tenant=g.tenant, slug=dashboard_id)
    row = service.get_version(session=db.session, dashboard=dash)
    data = {**version_dict(dash, row), "published_version": dash.published_version, "status": dash.status}
    return {"data": data}, 200, {"ETag": service.etag(dash)}


@blp.route("/definitions/<dashboard_id>/versions")
@blp.auth(*READERS, errors=(404,))
@blp.response(200, DefinitionVersionListSchema)
def list_definition_versions(dashboard_id):
    """Every version of a dashboard, oldest first."""
    dash, rows = service.list_versions(session=db.session, tenant=g.tenant, slug=dashboard_id)
    return {"data": [version_dict(dash, r) for r in rows]}


@blp.route("/definitions/<dashboard_id>/versions/<int:version>")
@blp.auth(*READERS, errors=(404,))
@blp.response(200, DefinitionEnvelope)
def get_definition_version(dashboard_id, version):
    """One version of a dashboard."""
    dash = service.get_dashboard(session=db.session, tenant=g.tenant, slug=dashboard_id)
    return {"data": version_dict(dash, service.get_version(session=db.session, dashboard=dash, version=version))}


@blp.route("/definitions/<dashboard_id>/versions/<int:version>/restore", methods=["POST"])
@blp.auth("publish", errors=(404,))
@blp.response(200, DefinitionSavedSchema)
def restore_definition_version(dashboard_id, version):
    """Make an old version current again, as a new version."""
    dash = service.restore_version(
        session=db.session, tenant=g.tenant, slug=dashboard_id, version=version, actor=actor()
    )
    db.session.commit()
    return {"dashboard_id": dash.slug, "status": dash.status, "version": dash.current_version}


@blp.route("/definitions/<dashboard_id>/versions/<int:version>/publish", methods=["POST"])
@blp.auth("publish", errors=(404,))
@blp.response(200, DefinitionEnvelope)
def publish_definition_version(dashboard_id, version):
    """Freeze a version as the published one; later edits make new versions."""
    dash, row = service.publish_version(session=db.session, tenant=g.tenant, slug=dashboard_id, version=version)
    db.session.commit()
    return {"data": version_dict(dash, row)}


@blp.route("/render", methods=["POST"])
@blp.auth(*READERS, errors=(404,), delegate_by=("dashboard_id",))
@blp.arguments(RenderSchema, example=seed_examples.RENDER)
@blp.response(200, RenderedSchema)
def render_dashboard(body):
    """Render a dashboard server-side: an HTML fragment with its hydration data.

    `filters` may name only the fields the dashboard's layout offers as viewer filters, with one of
    their values; anything else answers 400 invalid_request naming the filter (a schema cannot list
    another dashboard's fields)."""
    html, version, cached = renderer.render(
        session=db.session, tenant=g.tenant, slug=body["dashboard_id"], filters=body["filters"], version=body["version"]
    )
    return {"html": html, "ttl_s": current_app.config["RENDER_TTL_S"], "version": version, "cached": cached}


@blp.route("/share", methods=["POST"])
@blp.auth("publish", "export", errors=(404,), delegate_by=("dashboard_id",))
@blp.arguments(ShareSchema, example=seed_examples.SHARE)
@blp.response(200, SharedSchema)
def create_share_link(body):
    """Create an expiring, signed, read-only link to one dashboard version.

    `filters` fixes viewer filters for everyone who opens the link: only fields the dashboard's layout
    offers as viewer filters, with one of their values; anything else answers 400 invalid_request."""
    link, token = shares.create_share(session=db.session, tenant=g.tenant, actor=actor(), **body)
    db.session.commit()
    return {"url": public_url(f"/s/{token}"), "expires_at": iso(link.expires_at), "share_id": link.id}


class ShareQueryArgsSchema(ma.Schema):
    dashboard_id = fields.String(validate=IDENT)


@blp.route("/shares")
@blp.auth(*READERS, delegate_by=("dashboard_id",))
@blp.arguments(ShareQueryArgsSchema, location="query")
@blp.response(200, ShareLinkListSchema)
def list_share_links(args):
    """Share links of the tenant (optionally ?dashboard_id=)."""
    links = shares.list_shares(session=db.session, tenant=g.tenant, dashboard_id=args.get("dashboard_id"))
    slugs = shares.dashboard_slugs(session=db.session, links=links)
    return {"data": [share_dict(link, slugs.get(link.dashboard_id)) for link in links]}


@blp.route("/shares/<share_id>/revoke", methods=["POST"])
@blp.auth("publish", "export", errors=(404,))
@blp.response(200, ShareLinkEnvelope)
def revoke_share_link(share_id):
    """Revoke a share link: it answers 410 from now on."""
    link = shares.revoke_share(session=db.session, tenant=g.tenant, share_id=share_id)
    db.session.commit()
    return {"data": share_dict(link, shares.dashboard_slugs(session=db.session, links=[link]).get(link.dashboard_id))}
