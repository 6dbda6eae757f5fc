"""Schema contract evolution: which schema changes break existing records."""

RELAX_UP = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
RELAX_DOWN = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
STRICT = ("pattern", "format", "const", "multipleOf")


def _types(schema):
    t = schema.get("type")
    return set(t) if isinstance(t, list) else ({t} if t else set())


def _constraint_changes(old, new, path):
    found = []
    for key in RELAX_UP + RELAX_DOWN + STRICT:
        if key not in new or new.get(key) == old.get(key):
            continue
        if key in old and key in RELAX_UP and new[key] >= old[key]:
            continue
        if key in old and key in RELAX_DOWN and new[key] <= old[key]:
            continue
        found.append(f"{path}: '{key}' tightened or added ({old.get(key)!r} -> {new[key]!r})")
    if "enum" in new and ("enum" not in old or not set(map(repr, old["enum"])) <= set(map(repr, new["enum"]))):
        found.append(f"{path}: 'enum' narrowed or added")
    return found


def breaking_changes(old, new, path="$"):
    """List the incompatibilities between an old and a new schema (empty when additive)."""
    found = []
    old_types, new_types = _types(old), _types(new)
    if old_types and (not new_types or not old_types <= new_types) and new_types:
        found.append(f"{path}: type changed {sorted(old_types)} -> {sorted(new_types)}")
    found += _constraint_changes(old, new, path)
    newly_required = set(new.get("required", [])) - set(old.get("required", []))
    found += [f"{path}.{name}: newly required" for name in sorted(newly_required)]
    if new.get("additionalProperties") is False and old.get("additionalProperties") is not False:
        found.append(f"{path}: additionalProperties set to false")
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name, sub in old_props.items():
        if name not in new_props:
            found.append(f"{path}.{name}: property removed")
        elif isinstance(sub, dict) and isinstance(new_props[name], dict):
            found += breaking_changes(sub, new_props[name], f"{path}.{name}")
    if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
        found += breaking_changes(old["items"], new["items"], f"{path}[]")
    return found
