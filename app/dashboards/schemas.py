"""Dashboard definitions: marshmallow validation of layout and datasources."""

import marshmallow as ma
from marshmallow import fields, validate

WIDGETS = ("kpi", "table", "bar", "line", "pie")
METRICS = ("count", "sum", "avg", "min", "max")
IDENT = validate.Regexp(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$", error="letters, digits, '_', '-', '.'")


class Strict(ma.Schema):
    class Meta:
        unknown = ma.RAISE


class MetricSchema(Strict):
    op = fields.String(required=True, validate=validate.OneOf(METRICS))
    field = fields.String(load_default=None, validate=validate.Length(max=200))
    label = fields.String(load_default=None, validate=validate.Length(max=100))

    @ma.validates_schema
    def field_needed(self, data, **_):
        if data["op"] != "count" and not data.get("field"):
            raise ma.ValidationError({"field": [f"'{data['op']}' needs a field"]})


class DatasourceSchema(Strict):
    name = fields.String(required=True, validate=IDENT)
    dataset = fields.String(required=True, validate=validate.Length(min=1, max=260))
    version = fields.String(load_default=None, allow_none=True, validate=validate.Regexp(r"^[vV]?\d{1,9}$"))
    filters = fields.Dict(keys=fields.String(), values=fields.Raw(), load_default=dict)
    group_by = fields.List(
        fields.String(validate=validate.Length(max=200)), load_default=list, validate=validate.Length(max=3)
    )
    metrics = fields.List(
        fields.Nested(MetricSchema), load_default=lambda: [{"op": "count"}], validate=validate.Length(min=1, max=10)
    )
    limit = fields.Integer(load_default=1000, validate=validate.Range(min=1, max=100_000))

    @ma.pre_load
    def version_text(self, data, **_):
        if isinstance(data, dict) and isinstance(data.get("version"), int):
            data = {**data, "version": str(data["version"])}
        return data


class WidgetSchema(Strict):
    id = fields.String(required=True, validate=IDENT)
    type = fields.String(required=True, validate=validate.OneOf(WIDGETS))
    title = fields.String(load_default="", validate=validate.Length(max=200))
    datasource = fields.String(required=True, validate=IDENT)
    x = fields.String(load_default=None, validate=validate.Length(max=200))
    y = fields.String(load_default=None, validate=validate.Length(max=200))
    page_size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=500))
    width = fields.Integer(load_default=6, validate=validate.Range(min=1, max=12))


class ViewerFilterSchema(Strict):
    field = fields.String(required=True, validate=validate.Length(max=200))
    label = fields.String(load_default=None, validate=validate.Length(max=100))
    values = fields.List(
        fields.Raw(metadata={"description": "a string, number or boolean the viewer can pick"}),
        load_default=None,
        validate=validate.Length(max=500),
    )
    type = fields.String(load_default="string", validate=validate.OneOf(["string", "number", "boolean"]))


class LayoutSchema(Strict):
    title = fields.String(load_default="", validate=validate.Length(max=200))
    widgets = fields.List(fields.Nested(WidgetSchema), required=True, validate=validate.Length(min=0, max=50))
    filters = fields.List(fields.Nested(ViewerFilterSchema), load_default=list, validate=validate.Length(max=20))


class DefinitionSchema(Strict):
    dashboard_id = fields.String(required=True, validate=IDENT)
    layout = fields.Nested(LayoutSchema, required=True)
    datasources = fields.List(fields.Nested(DatasourceSchema), required=True, validate=validate.Length(min=0, max=20))


class ViewerFiltersMixin:
    """Viewer filters {field: value}; a null value means no filter on that field."""

    filters = fields.Dict(keys=fields.String(), values=fields.Raw(allow_none=True), load_default=dict)

    @ma.post_load
    def drop_null_filters(self, data, **kwargs):
        data["filters"] = {k: v for k, v in data["filters"].items() if v is not None}
        return data


class RenderSchema(ViewerFiltersMixin, Strict):
    dashboard_id = fields.String(required=True, validate=IDENT)
    version = fields.Integer(load_default=None, validate=validate.Range(min=1))


class ShareSchema(ViewerFiltersMixin, Strict):
    dashboard_id = fields.String(required=True, validate=IDENT)
    # the schema's bound is the default SHARE_MAX_LIFETIME_S (30 days); a lower setting is checked by the service
    expires_in_s = fields.Integer(load_default=3600, validate=validate.Range(min=1, max=30 * 24 * 3600))
    version = fields.Integer(load_default=None, validate=validate.Range(min=1))
