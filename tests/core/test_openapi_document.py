"""The OpenAPI document is the contract: it validates, and every 2xx JSON body is typed field by
field (a schema with properties all the way down), so docs and generated clients get real models."""

from openapi_spec_validator import validate

FREE_OBJECTS = {"details", "meta", "schema", "result", "filters", "counts", "row_counts", "layout"}


def _resolve(doc, schema):
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = doc["components"]["schemas"][name]
    return schema


def _untyped(doc, schema, path, seen):
    """Paths inside `schema` that are objects without properties (free objects named above excepted)."""
    schema = _resolve(doc, schema)
    key = id(schema)
    if key in seen:
        return []
    seen.add(key)
    if schema.get("type") == "array":
        return _untyped(doc, schema.get("items", {}), path + "[]", seen)
    if set(schema) == {"description"}:
        return []  # a value of any JSON type, said so in words (marshmallow Raw with a description)
    if schema.get("type") == "object" or "properties" in schema or not schema:
        props = schema.get("properties")
        if not props:
            return [] if path.rsplit(".", 1)[-1] in FREE_OBJECTS or schema.get("additionalProperties") else [path]
        found = []
        for name, sub in props.items():
            found += _untyped(doc, sub, f"{path}.{name}", seen)
        return found
    return []


def test_the_document_validates_and_every_2xx_body_is_typed(client):
    doc = client.get("/openapi.json").get_json()
    validate(doc)
    problems, bodies = [], 0
    for route, operations in doc["paths"].items():
        for method, op in operations.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            for status, response in op.get("responses", {}).items():
                content = (response.get("content") or {}).get("application/json")
                if not status.startswith("2") or content is None:
                    continue
                bodies += 1
                problems += [
                    f"{method.upper()} {route} {status}: {p}"
                    for p in _untyped(doc, content.get("schema", {}), "body", set())
                ]
    assert bodies >= 40
    assert not problems, "\n".join(problems)


def test_every_operation_has_a_stable_id_summary_tag_and_security(client):
    doc = client.get("/openapi.json").get_json()
    assert doc["servers"] and doc["info"]["description"]
    assert doc["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    ids = []
    for route, operations in doc["paths"].items():
        for method, op in operations.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            where = f"{method.upper()} {route}"
            assert op.get("operationId") and op.get("summary") and op.get("tags"), where
            assert "**Scope:**" in op.get("description", "") and "**Errors:**" in op["description"], where
            if "Public read:" in op["description"]:  # a key, or none for a public namespace's data
                assert op.get("security") == [{"bearerAuth": []}, {}], where
            else:
                assert op.get("security") == [{"bearerAuth": []}], where
            assert {"401", "403", "429"} <= set(op["responses"]), where
            ids.append(op["operationId"])
    assert len(ids) == len(set(ids)) >= 49
    assert {"create_namespace", "get_snapshot_progress", "create_export_job", "lookup_record"} <= set(ids)


def test_every_request_example_fits_its_schema(client):
    """The seeds' request examples shown in /docs are valid requests by the document itself."""
    import jsonschema

    doc = client.get("/openapi.json").get_json()
    checked = 0
    for operations in doc["paths"].values():
        for op in operations.values():
            content = (
                (op.get("requestBody", {}).get("content") or {}).get("application/json")
                if isinstance(op, dict)
                else None
            )
            if not content or "example" not in content:
                continue
            schema = {**content["schema"], "components": doc["components"]}
            resolver = jsonschema.RefResolver.from_schema({"components": doc["components"]})
            jsonschema.validate(content["example"], schema, resolver=resolver)
            checked += 1
    assert checked >= 9  # namespace, registry, registry update, record, snapshot, export, export job, render, share


def test_a_namespace_in_a_path_is_documented_as_never_a_reserved_word(client):
    """/dedi/lookup/registries is a lookup of namespace "registries", not the registries of "lookup": the
    document says a namespace in a path is never one of the reserved words (a fuzzer once sent one)."""
    import re

    from app.publishing.schemas import RESERVED_NAMESPACES

    doc = client.get("/openapi.json").get_json()
    documented = [
        p["schema"]
        for item in doc["paths"].values()
        for p in item.get("parameters", [])
        if p["in"] == "path" and p["name"] == "namespace"
    ]
    assert len(documented) > 20 and all(s == documented[0] for s in documented)
    pattern = documented[0]["pattern"]
    assert not any(re.match(pattern, word) for word in RESERVED_NAMESPACES)
    assert all(re.match(pattern, ref) for ref in ("demo", "ns_0123abcd", "registry.example.org", "lookups"))
