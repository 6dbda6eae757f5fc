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
        raise InvalidRequest(f"invalid JSON Schema at {path}: {exc.message}",
                             {"schema": [f"{path}: {exc.message}"]})
    try:
        compiled(json.dumps(schema, sort_keys=True))
    except (fastjsonschema.JsonSchemaDefinitionException, ValueError, TypeError) as exc:
        raise InvalidRequest(f"schema cannot be compiled: {exc}", {"schema": [str(exc)]})


@functools.lru_cache(maxsize=256)
def compiled(schema_json):
    """A compiled fastjsonschema validator for a schema (cached by its canonical JSON)."""
    return fastjsonschema.compile(json.loads(schema_json), use_formats=True)


@functools.lru_cache(maxsize=256)
def _detailed(schema_json):
    schema = json.loads(schema_json)
    cls = validator_for(schema, default=Draft202012Validator)
    return cls(schema, format_checker=FormatChecker())


def _json_path(error):
    path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    if error.validator == "required":  # name the missing field itself, not its parent
        missing = [name for name in error.validator_value
                   if isinstance(error.instance, dict) and name not in error.instance and f"'{name}'" in error.message]
        if missing:
            path += f".{missing[0]}"
    return path


def explain(schema_json, details):
    """Every failure of `details` as {json_path: [messages]} (detailed validator, slow path)."""
    errors = {}
    for err in _detailed(schema_json).iter_errors(details):
        errors.setdefault(_json_path(err), []).append(err.message)
    return errors


def validate_details(schema_json, details):
    """Return {} when valid, else {json_path: [messages]}; the compiled validator is the fast path."""
    try:
        compiled(schema_json)(details)
        return {}
    except fastjsonschema.JsonSchemaValueException as exc:
        errors = explain(schema_json, details)
        return errors or {exc.name.replace("data", "$", 1): [exc.message]}


def schema_key(schema):
    """Canonical JSON of a schema, the cache key for its validators."""
    return json.dumps(schema, sort_keys=True)


def require_valid(schema, details):
    """Raise 400 naming each failing field by JSON path."""
    errors = validate_details(schema_key(schema), details)
    if errors:
        raise InvalidRequest("record details do not match the registry schema", {"details": errors})
