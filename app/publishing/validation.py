"""JSON Schema work: fast compiled validation, detailed error paths, schema checks, tags."""

import functools
import json
from pathlib import Path

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import SchemaError
from jsonschema.validators import validator_for

from app.core.errors import InvalidRequest

TAGS = ("membership", "public_key", "revoke", "beckn_subscriber", "beckn_subscriber_reference")
_TAG_DIR = Path(__file__).parent / "tags"


def tag_schema(tag):
    """The shipped JSON Schema for a pre-built tag."""
    return json.loads((_TAG_DIR / f"{tag}.json").read_text())


def check_schema(schema):
    """Raise 400 with the reason when `schema` is not a valid JSON Schema object schema."""
    if not isinstance(schema, dict):
        raise InvalidRequest("schema must be a JSON object", {"schema": ["must be an object"]})
    try:
        validator_for(schema, default=Draft202012Validator).check_schema(schema)
    except SchemaError as exc:
        path = "/".join(str(p) for p in exc.absolute_path) or "(root)"
        raise InvalidRequest(
            f"invalid JSON Schema at {path}: {exc.message}", {"schema": [f"{path}: {exc.message}"]}
        ) from None
    try:
        compiled(json.dumps(schema, sort_keys=True))
    except (fastjsonschema.JsonSchemaDefinitionException, ValueError, TypeError) as exc:
        raise InvalidRequest(f"schema cannot be compiled: {exc}", {"schema": [str(exc)]}) from None


@functools.lru_cache(maxsize=256)
def compiled(schema_json):
    """A compiled fastjsonschema validator for a schema (cached by its canonical JSON)."""
    return fastjsonschema.compile(json.loads(schema_json), use_formats=True)


@functools.lru_cache(maxsize=256)
def _detailed(schema_json):
    schema = json.loads(schema_json)
    cls = validator_for(schema, default=Draft202012Validator)
    return cls(schema, format_checker=FormatChecker())


def _json_path(error, root="$"):
    path = root + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    if error.validator == "required":  # name the missing field itself, not its parent
        missing = [
            name
            for name in error.validator_value
            if isinstance(error.instance, dict) and name not in error.instance and f"'{name}'" in error.message
        ]
        if missing:
            path += f".{missing[0]}"
    return path


# root keywords under which each property's subschema can be checked on its own
_INDEPENDENT_ROOT = {
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "default",
    "examples",
    "type",
    "properties",
    "required",
    "additionalProperties",
}


@functools.lru_cache(maxsize=256)
def _by_property(schema_json):
    """Per-property (compiled, detailed) validators plus the same pair for the root's own keywords,
    or None when properties are not independent (references, combinators, conditionals...)."""
    schema = json.loads(schema_json)
    props = schema.get("properties")
    if (
        not isinstance(props, dict)
        or set(schema) - _INDEPENDENT_ROOT
        or '"$ref"' in schema_json
        or '"$dynamicRef"' in schema_json
        or not isinstance(schema.get("additionalProperties", True), bool)
        or not all(isinstance(sub, dict) for sub in props.values())
    ):
        return None
    cls, formats = validator_for(schema, default=Draft202012Validator), FormatChecker()
    dialect = {"$schema": schema["$schema"]} if "$schema" in schema else {}

    def pair(sub):
        sub = {**dialect, **sub}
        return fastjsonschema.compile(sub, use_formats=True), cls(sub, format_checker=formats)

    root = pair({**schema, "properties": {name: {} for name in props}})
    return root, {name: pair(sub) for name, sub in props.items()}


def _pieces(parts, details):
    """(JSON path, (compiled, detailed), value) for the row's own keywords and each known property."""
    root, by_name = parts
    yield "$", root, details
    if isinstance(details, dict):
        for name, value in details.items():
            if name in by_name:
                yield f"$.{name}", by_name[name], value


def _fails(fast, value):
    try:
        fast(value)
        return False
    except fastjsonschema.JsonSchemaValueException:
        return True


def explain(schema_json, details):
    """Every failure of `details` as {json_path: [messages]} (detailed validator, slow path).

    When the schema's properties are independent, only the parts that fail are explained: the
    compiled validator finds them, and the detailed one runs on that property alone (a tenth of
    the cost of explaining the whole row, which matters for files with many bad rows)."""
    parts = _by_property(schema_json)
    if parts is None:
        failing = [("$", _detailed(schema_json), details)]
    else:
        failing = [
            (root, detailed, value) for root, (fast, detailed), value in _pieces(parts, details) if _fails(fast, value)
        ]
    errors: dict[str, list[str]] = {}
    for root, validator, value in failing:
        for err in validator.iter_errors(value):
            errors.setdefault(_json_path(err, root), []).append(err.message)
    return errors


def validate_details(schema_json, details):
    """Return {} when valid, else {json_path: [messages]}; the compiled validator is the fast path."""
    try:
        compiled(schema_json)(details)
        return {}
    except fastjsonschema.JsonSchemaValueException as exc:
        errors = explain(schema_json, details)
        return errors or {(exc.name or "data").replace("data", "$", 1): [exc.message]}


def schema_key(schema):
    """Canonical JSON of a schema, the cache key for its validators."""
    return json.dumps(schema, sort_keys=True)


def require_valid(schema, details):
    """Raise 400 naming each failing field by JSON path."""
    errors = validate_details(schema_key(schema), details)
    if errors:
        raise InvalidRequest("record details do not match the registry schema", {"details": errors})
