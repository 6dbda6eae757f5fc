"""The 2xx bodies of seed 003 (/api/v1/data-consumption/dashboards) and of /api/v1/account, field by field."""

from marshmallow import fields

from app.core.responses import ResponseSchema, WindowMetaSchema, iso_time
from app.dashboards.schemas import DatasourceSchema, LayoutSchema


class DefinitionSavedSchema(ResponseSchema):
    dashboard_id = fields.String(required=True)
    status = fields.String(required=True)
    version = fields.Integer(required=True, metadata={"description": "the new current version"})


class DashboardSummarySchema(ResponseSchema):
    dashboard_id = fields.String(required=True)
    status = fields.String(required=True)
    current_version = fields.Integer(required=True)
    published_version = fields.Integer(allow_none=True)
    updated_at = iso_time()


class DashboardListSchema(ResponseSchema):
    data = fields.List(fields.Nested(DashboardSummarySchema), required=True)
    meta = fields.Nested(WindowMetaSchema, required=True)


class DefinitionVersionSchema(ResponseSchema):
    dashboard_id = fields.String(required=True)
    version = fields.Integer(required=True)
    layout = fields.Nested(LayoutSchema, required=True)
    datasources = fields.List(fields.Nested(DatasourceSchema), required=True)
    published = fields.Boolean(required=True)
    published_at = iso_time(allow_none=True)
    restored_from = fields.Integer(allow_none=True)
    created_at = iso_time()
    created_by = fields.String(allow_none=True)
    published_version = fields.Integer(allow_none=True, metadata={"description": "get definition only"})
    status = fields.String(metadata={"description": "get definition only"})


class DefinitionEnvelope(ResponseSchema):
    data = fields.Nested(DefinitionVersionSchema, required=True)


class DefinitionVersionListSchema(ResponseSchema):
    data = fields.List(fields.Nested(DefinitionVersionSchema), required=True)


class RenderedSchema(ResponseSchema):
    html = fields.String(required=True, metadata={"description": "an HTML fragment: inline SVG charts and tables"})
    ttl_s = fields.Integer(required=True)
    version = fields.Integer(required=True)
    cached = fields.Boolean(required=True)


class SharedSchema(ResponseSchema):
    url = fields.String(required=True, metadata={"description": "the signed, expiring, read-only link"})
    expires_at = iso_time(required=True)
    share_id = fields.String(required=True)


class ShareLinkSchema(ResponseSchema):
    share_id = fields.String(required=True)
    dashboard_id = fields.String(allow_none=True)
    version = fields.Integer(required=True)
    filters = fields.Dict(keys=fields.String(), values=fields.Raw(), metadata={"description": "fixed viewer filters"})
    expires_at = iso_time()
    revoked_at = iso_time(allow_none=True)
    created_at = iso_time()


class ShareLinkListSchema(ResponseSchema):
    data = fields.List(fields.Nested(ShareLinkSchema), required=True)


class ShareLinkEnvelope(ResponseSchema):
    data = fields.Nested(ShareLinkSchema, required=True)
