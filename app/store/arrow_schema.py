"""JSON Schema -> Arrow types for snapshots, and the CSV flattening of an Arrow table."""

import pyarrow as pa
import pyarrow.compute as pc

SCALARS = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
FORMATS = {"date": pa.date32(), "date-time": pa.timestamp("us", tz="UTC")}
FORMULA_PATTERN = r"^[=+\-@\t\r]"


def _kind(schema):
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    return kind


def arrow_type(schema, final=True):
    """The Arrow type of a JSON Schema node; `final=False` keeps dates as strings (how JSON reads them)."""
    kind = _kind(schema)
    if kind == "object" and schema.get("properties"):
        return pa.struct(
            [
                pa.field(name, arrow_type(sub if isinstance(sub, dict) else {}, final))
                for name, sub in schema["properties"].items()
            ]
        )
    if kind == "array":
        return pa.list_(arrow_type(schema.get("items") or {"type": "string"}, final))
    if kind == "string" and final and schema.get("format") in FORMATS:
        return FORMATS[schema["format"]]
    return SCALARS.get(kind, pa.string())


def table_schemas(json_schema):
    """(read schema, final schema) for a registry schema's top-level properties."""
    props = json_schema.get("properties") or {}
    read = pa.schema([pa.field(n, arrow_type(s if isinstance(s, dict) else {}, final=False)) for n, s in props.items()])
    final = pa.schema([pa.field(n, arrow_type(s if isinstance(s, dict) else {}, final=True)) for n, s in props.items()])
    return read, final


def _flat_column(column):
    kind = column.type
    if pa.types.is_list(kind):
        as_text = pc.cast(column, pa.list_(pa.string()))
        return pc.binary_join(as_text, ",")
    if pa.types.is_boolean(kind):
        return pc.if_else(column, "true", "false")
    if pa.types.is_timestamp(kind):
        return pc.strftime(column, format="%Y-%m-%dT%H:%M:%SZ")
    if pa.types.is_string(kind):
        return pc.if_else(
            pc.match_substring_regex(column, FORMULA_PATTERN), pc.binary_join_element_wise("'", column, ""), column
        )
    return column


def flatten_for_csv(table):
    """Structs become dot-path columns, lists comma-joined, formula-leading strings neutralised."""
    while any(pa.types.is_struct(f.type) for f in table.schema):
        table = table.flatten()
    return pa.table({name: _flat_column(table.column(name)) for name in table.column_names})
