"""The seeds' own request examples (shared/seeds), shown in /docs beside each operation and checked
against the document by tests/core/test_openapi_document.py."""

CREATE_NAMESPACE = {  # seed 002
    "name": "employee-directory",
    "description": "Corporate employee information and credentials",
    "meta": {"department": "Human Resources", "company": "Acme Corporation"},
}
CREATE_REGISTRY = {  # seed 002
    "registry_name": "employee-profiles",
    "description": "Employee profile information including roles and contact details",
    "schema": {
        "type": "object",
        "properties": {
            "employee_id": {"type": "string", "pattern": "^EMP[0-9]{6}$"},
            "full_name": {"type": "string", "minLength": 1},
            "email": {"type": "string", "format": "email"},
        },
        "required": ["employee_id", "full_name"],
    },
    "meta": {"version": "1.0", "data_classification": "internal"},
}
SAVE_RECORD = {  # seed 002
    "record_name": "john-doe-profile",
    "description": "Employee profile for John Doe in Engineering",
    "details": {"employee_id": "EMP123456", "full_name": "John Doe", "email": "john.doe@acme.corp"},
    "meta": {"created_by": "hr-system", "data_source": "employee_onboarding_form"},
}
# seed 002's registry schema with the bulk-upload example's columns: the tests' and benchmarks' registry
EMPLOYEE_SCHEMA = {
    "type": "object",
    "properties": {
        "employee_id": {"type": "string", "pattern": "^EMP[0-9]{6}$"},
        "full_name": {"type": "string", "minLength": 1},
        "email": {"type": "string", "format": "email"},
        "department": {"type": "string", "enum": ["Engineering", "HR", "Sales"]},
        "hire_date": {"type": "string", "format": "date"},
        "active": {"type": "boolean", "default": True},
    },
    "required": ["employee_id", "full_name", "email", "department"],
}
UPDATE_REGISTRY = {"description": "User session data", "tag": "custom", "ttl": 86400, "meta": {}}  # seed 002
CREATE_SNAPSHOT = {"dataset": "orders", "version": "v24", "format": "parquet"}  # seed 000
CREATE_EXPORT = {"snapshot_id": "snap_9", "target": "s3://tenant/export/orders", "notify_webhook": "https://..."}
CREATE_EXPORT_JOB = {"dataset": "orders", "version": "v24", "format": "parquet", "target": "s3://tenant/exports/orders"}
RENDER = {"dashboard_id": "ops_overview", "filters": {"region": "IN"}}  # seed 003
SHARE = {"dashboard_id": "ops_overview", "expires_in_s": 3600}  # seed 003
