"""Failed-row explanations: the per-property path gives exactly what the whole-row validator gives."""

import pytest

from app.publishing.validation import _by_property, _detailed, _json_path, explain, schema_key

EMPLOYEE = {
    "type": "object",
    "properties": {
        "employee_id": {"type": "string", "pattern": "^EMP[0-9]{6}$"},
        "email": {"type": "string", "format": "email"},
        "department": {"type": "string", "enum": ["Engineering", "HR", "Sales"]},
        "hire_date": {"type": "string", "format": "date"},
        "address": {
            "type": "object",
            "properties": {"city": {"type": "string", "minLength": 2}, "zip": {"type": "integer"}},
            "required": ["city"],
        },
        "skills": {"type": "array", "items": {"type": "string", "maxLength": 5}, "maxItems": 2},
    },
    "required": ["employee_id", "email", "department"],
    "additionalProperties": False,
}
GOOD = {
    "employee_id": "EMP000001",
    "email": "a@b.example",
    "department": "HR",
    "hire_date": "2020-01-31",
    "address": {"city": "Pune", "zip": 411001},
    "skills": ["sql"],
}


def whole_row(schema, details):
    errors = {}
    for err in _detailed(schema_key(schema)).iter_errors(details):
        errors.setdefault(_json_path(err), []).append(err.message)
    return errors


@pytest.mark.parametrize(
    "change",
    [
        {"email": "not-an-email"},
        {"employee_id": "E1", "department": "Legal", "hire_date": "2020-02-31"},
        {"address": {"zip": "x"}},
        {"skills": ["python", 3, "go"]},
        {"unknown": 1},
        {"email": None},
    ],
)
def test_per_property_explanation_equals_the_whole_row_one(change):
    row = {**GOOD, **change}
    assert _by_property(schema_key(EMPLOYEE)) is not None
    assert explain(schema_key(EMPLOYEE), row) == whole_row(EMPLOYEE, row) != {}


def test_missing_required_and_a_non_object_row():
    row = {k: v for k, v in GOOD.items() if k != "email"}
    assert (
        explain(schema_key(EMPLOYEE), row)
        == whole_row(EMPLOYEE, row)
        == {"$.email": ["'email' is a required property"]}
    )
    assert explain(schema_key(EMPLOYEE), ["not", "an", "object"]) == whole_row(EMPLOYEE, ["not", "an", "object"])


def test_schemas_whose_properties_depend_on_each_other_are_explained_whole():
    schema = {
        **EMPLOYEE,
        "$defs": {"city": {"type": "string"}},
        "if": {"properties": {"department": {"const": "HR"}}},
        "then": {"required": ["hire_date"]},
    }
    assert _by_property(schema_key(schema)) is None
    row = {k: v for k, v in GOOD.items() if k != "hire_date"}
    assert explain(schema_key(schema), row) == whole_row(schema, row) != {}
