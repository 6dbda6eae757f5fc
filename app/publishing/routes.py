"""Seed 002 publish APIs under /dedi: namespaces, registries, records, lookups, CSV."""

import marshmallow as ma
from flask import Response, g, request, stream_with_context
from marshmallow import fields, validate

from app.core import seed_examples
from app.core.api import Blueprint, document_path_parameter
from app.core.auth import actor, allowed_namespaces
from app.core.db import iso, without_transaction
from app.core.errors import Forbidden, InvalidRequest, NotFound
from app.core.owned import get_owned
from app.core.public import anonymous
from app.extensions import db
from app.publishing import changes, delegates, diff, indexes, reads, records, search, service, states, tasks, versions
from app.publishing.access import keep_private
from app.publishing.csvio import csv_line, schema_columns
from app.publishing.filters import project
from app.publishing.models import BulkJob
from app.publishing.responses import (
    ChangesEnvelope,
    DediVersionsEnvelope,
    DiffEnvelope,
    LookupRecordEnvelope,
    NamespaceCreatedEnvelope,
    NamespaceEnvelope,
    NamespaceListEnvelope,
    NamespaceLookupEnvelope,
    PublishedEnvelope,
    RecordEnvelope,
    RecordPageEnvelope,
    RecordSavedEnvelope,
    RegistriesByTagEnvelope,
    RegistryCreatedEnvelope,
    RegistryEnvelope,
    RegistryListEnvelope,
    RegistryLookupEnvelope,
    RegistryPageDediEnvelope,
    RegistryUpdateEnvelope,
    RevokedEnvelope,
    SearchEnvelope,
    VersionListEnvelope,
)
from app.publishing.schemas import (
    NAMESPACE_REF,
    ChangesArgsSchema,
    CsvExportArgsSchema,
    DiffArgsSchema,
    LookupArgsSchema,
    NamespaceCreateSchema,
    NamespaceUpdateSchema,
    PageArgsSchema,
    PublishArgsSchema,
    PublishRecordsSchema,
    QueryArgsSchema,
    RecordCreateSchema,
    RecordUpdateSchema,
    RegistryCreateSchema,
    RegistryQueryArgsSchema,
    RegistryUpdateArgsSchema,
    RegistryUpdateSchema,
    namespace_dict,
    record_dict,
    registry_dict,
    version_dict,
)
from app.publishing.validation import TAGS

blp = Blueprint("publishing", __name__, url_prefix="/dedi", description="Publish APIs (seed 002)")
document_path_parameter("namespace", pattern=NAMESPACE_REF, maxLength=253)  # every route naming one, in any area
WRITE, READ = ("publish",), ("read", "publish")


@blp.route("/create-namespace", methods=["POST"])
@blp.auth(*WRITE, errors=(409,))
@blp.arguments(NamespaceCreateSchema, example=seed_examples.CREATE_NAMESPACE)
@blp.response(201, NamespaceCreatedEnvelope)
def create_namespace(body):
    """Create a namespace."""
    g.audit_namespace = body["name"]
    ns = service.create_namespace(session=db.session, tenant=g.tenant, actor=actor(), **body)
    db.session.commit()
    return {"message": "namespace created", "data": {"namespace_id": ns.id}}


@blp.route("/namespaces")
@blp.auth(*READ)
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, NamespaceListEnvelope)
def list_namespaces(args):
    """List the tenant's namespaces, and those it is a delegate of (with `delegated`: the permissions
    granted; null for its own). A key limited to namespaces lists only those."""
    grants = delegates.delegated_to(g.api_key) if allowed_namespaces() is None else {}
    items, pagination = service.list_namespaces(session=db.session, tenant=g.tenant, delegated=list(grants), **args)
    listed = [
        {**namespace_dict(n), "delegated": grants.get(n.id) if n.tenant_id != g.tenant.id else None} for n in items
    ]
    return {"message": "namespaces", "data": {"namespaces": listed, "pagination": pagination}}


@blp.route("/namespaces/<namespace>")
@blp.auth(*READ, errors=(404,))
@blp.response(200, NamespaceEnvelope)
def get_namespace(namespace):
    """Get a namespace by id or name."""
    ns = service.get_namespace(session=db.session, tenant=g.tenant, ref=namespace)
    return {"message": "namespace", "data": namespace_dict(ns)}


@blp.route("/namespaces/<namespace>", methods=["PATCH"])
@blp.auth(*WRITE, errors=(404,))
@blp.arguments(NamespaceUpdateSchema)
@blp.response(200, NamespaceEnvelope)
def update_namespace(body, namespace):
    """Update a namespace's description or meta, or make it public (`public: true`, admin scope; every
    change is audited): its live data then answers lookups, queries, versions, CSV exports and snapshot
    downloads without a key."""
    if "public" in body and (g.get("delegation") or "admin" not in g.api_key.scope_set):  # the owner's admin only
        raise Forbidden("making a namespace public or private needs the admin scope", {"required": ["admin"]})
    ns = service.update_namespace(session=db.session, tenant=g.tenant, ref=namespace, changes=body, actor=actor())
    db.session.commit()
    return {"message": "namespace updated", "data": namespace_dict(ns)}


@blp.route("/<namespace>/create-registry", methods=["POST"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.arguments(RegistryCreateSchema, example=seed_examples.CREATE_REGISTRY)
@blp.response(201, RegistryCreatedEnvelope)
def create_registry(body, namespace):
    """Create a registry from a JSON Schema or a pre-built tag."""
    reg = service.create_registry(session=db.session, tenant=g.tenant, namespace=namespace, **body)
    if indexes.declared(reg.schema):
        tasks.sync_indexes_later(db.session, reg)
    db.session.commit()
    return {"message": "registry created", "data": {"registry_id": reg.id}}


@blp.route("/<namespace>/registries")
@blp.auth(*READ, errors=(404,))
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, RegistryListEnvelope)
def list_registries(args, namespace):
    """List a namespace's registries; `search` matches a name or description."""
    items, pagination = service.list_registries(session=db.session, tenant=g.tenant, namespace=namespace, **args)
    return {
        "message": "registries",
        "data": {"registries": [registry_dict(r) for r in items], "pagination": pagination},
    }


@blp.route("/<namespace>/registries/<registry_name>")
@blp.auth(*READ, errors=(404,))
@blp.response(200, RegistryEnvelope)
def get_registry(namespace, registry_name):
    """Get a registry, its schema contract and data version."""
    reg = service.get_registry(session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name)
    data = registry_dict(reg, service.record_count(session=db.session, registry=reg))
    return {"message": "registry", "data": {**data, "indexes": indexes.states(db.engine, reg.id, reg.schema)}}


@blp.route("/<namespace>/registries/<registry_name>", methods=["PATCH"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.arguments(RegistryUpdateSchema, example=seed_examples.UPDATE_REGISTRY)
@blp.arguments(RegistryUpdateArgsSchema, location="query")
@blp.response(200, RegistryUpdateEnvelope)
def update_registry(body, args, namespace, registry_name):
    """Update a registry; a schema change becomes a new contract (?dry_run=true reports, ?force=true breaks)."""
    reg, report = service.update_registry(
        session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name, changes=body, **args
    )
    if args["dry_run"]:
        db.session.rollback()
        return {"message": "dry run: nothing changed", "data": report}
    if "schema" in body:
        tasks.sync_indexes_later(db.session, reg)
    db.session.commit()
    return {"message": "registry updated", "data": {**registry_dict(reg), "schema_change": report}}


@blp.route("/<namespace>/<registry_name>/versions")
@blp.auth(*READ, errors=(404,))
@blp.response(200, VersionListEnvelope)
def list_registry_versions(namespace, registry_name):
    """The registry's data-version history."""
    reg, versions = reads.version_history(
        session=db.session, tenant=g.tenant, namespace=namespace, registry_name=registry_name
    )
    return {
        "message": "versions",
        "data": {"current_version": reg.data_version, "versions": [version_dict(v) for v in versions]},
    }


@blp.route("/versions/<namespace>/<registry_name>")
@blp.auth(*READ, errors=(404,), public=True)
@blp.response(200, DediVersionsEnvelope)
def dedi_registry_versions(namespace, registry_name):
    """The registry's data versions as DeDi lists them: ids newest first, each usable as `version_id`
    (the history with its changes and counts: `/dedi/{namespace}/{registry_name}/versions`)."""
    reg, versions = reads.version_history(
        session=db.session, tenant=g.tenant, namespace=namespace, registry_name=registry_name
    )
    keep_private(reg)
    data = {
        "registry_name": reg.name,
        "schema": reg.schema,
        "created_by": versions[0].actor if versions else None,
        "created_at": iso(reg.created_at),
        "updated_at": iso(reg.updated_at),
        "total_versions": len(versions),
        "versions": [f"v{v.version}" for v in reversed(versions)],
        "ttl": reg.ttl,
    }
    return {"message": "versions", "data": data}


@blp.route("/versions/<namespace>/<registry_name>/<record_name>")
@blp.auth(*READ, errors=(404,), public=True)
@blp.response(200, DediVersionsEnvelope)
def dedi_record_versions(namespace, registry_name, record_name):
    """The data versions that published, revoked or expired this record, newest first; each is a
    `version_id` for its lookup. Drafts have none; a name never published is 404."""
    reg, rows = reads.record_history(
        session=db.session, tenant=g.tenant, namespace=namespace, registry_name=registry_name, name=record_name
    )
    keep_private(reg)
    first = rows[-1]
    data = {
        "record_name": first.name,
        "schema": reg.schema,
        "created_at": iso(first.created_at),
        "updated_at": iso(rows[0].updated_at),
        "total_versions": len(rows),
        "versions": [f"v{r.version_from}" for r in rows],
        "ttl": rows[0].ttl,
    }
    return {"message": "versions", "data": data}


@blp.route("/<namespace>/<registry_name>/diff")
@blp.auth(*READ, errors=(400, 404))
@blp.arguments(DiffArgsSchema, location="query")
@blp.response(200, DiffEnvelope)
def diff_registry_versions(args, namespace, registry_name):
    """What changed between two data versions: `?from=3&to=5` (`to` defaults to the current version,
    `from` to the one before `to`: a bare call shows the latest change).

    `summary` counts the records added, removed and changed; `changes` lists them by name, a page at
    a time (`page`, `limit`; `change=added|removed|changed` for one kind), each with its details
    `before` and `after`, and for a changed record the `fields` that differ. A re-publish of the
    same content is no change."""
    data = diff.diff_versions(
        session=db.session, tenant=g.tenant, namespace=namespace, registry_name=registry_name, **args
    )
    return {"message": "diff", "data": data}


@blp.route("/<namespace>/<registry_name>/changes")
@blp.auth(*READ, errors=(400, 404))
@blp.arguments(ChangesArgsSchema, location="query")
@blp.response(200, ChangesEnvelope)
def registry_changes(args, namespace, registry_name):
    """The registry's change feed, for incremental sync: every record change after `since_version`, in
    order (version, then the order it was written), `limit` per page. Keep `current_version`; pass
    `next_cursor` as `cursor` until it is null, then next time start from the version you reached.
    Types: published, updated, restored, revoked, expired, deleted (a purged deletion's details are
    null). A `since_version` past the current version is 404."""
    reg, events, next_cursor = changes.change_events(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        registry_name=registry_name,
        since_version=args["since_version"],
        cursor=args.get("cursor"),
        limit=args["limit"],
    )
    data = {
        "registry_name": reg.name,
        "since_version": args["since_version"],
        "current_version": reg.data_version,
        "events": events,
        "next_cursor": next_cursor,
    }
    return {"message": "changes", "data": data}


@blp.route("/<namespace>/<registry_name>/save-record-as-draft", methods=["POST"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.arguments(RecordCreateSchema, example=seed_examples.SAVE_RECORD)
@blp.arguments(PublishArgsSchema, location="query")
@blp.response(201, RecordSavedEnvelope)
@blp.alt_response(200, schema=RecordSavedEnvelope, description="A draft of that name was replaced")
def save_record_as_draft(body, args, namespace, registry_name):
    """Save a record as a draft, or publish it at once with ?publish=true.

    201 when the draft is new, 200 when it replaces the name's earlier draft. A draft under a live
    record's name is that record's next version: the live version stands until the draft is published
    (with ?publish=true at once), and keeps its record_id.

    `details` is validated against the registry's own JSON Schema (its current contract), which no
    static document can state: a body that fits this schema may still answer 400 invalid_request,
    naming each failing path of `details`."""
    row, replaced = records.save_record(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        registry_name=registry_name,
        record=body,
        publish=args["publish"],
        actor=actor(),
    )
    db.session.commit()
    status = 200 if replaced else 201
    if args["publish"]:
        return {"message": "record created", "data": {"record_id": row.record_id}}, status
    return {"message": "record saved as draft", "data": {"record_name": row.name}}, status


@blp.route("/<namespace>/<registry_name>/publish-records", methods=["POST"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.arguments(PublishRecordsSchema)
@blp.response(200, PublishedEnvelope)
def publish_records(body, namespace, registry_name):
    """Publish draft records (one data version): by name, or with `job_id` every draft a bulk upload
    made that is still a draft. A draft of a live record becomes its next version.

    Give exactly one of `records` and `job_id`: a body with neither or both answers 400."""
    job = None
    if "job_id" in body:
        job = get_owned(db.session, BulkJob, g.tenant, what="job", id=body["job_id"])
    ids = records.publish_records(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        registry_name=registry_name,
        names=body.get("records"),
        job=job,
        actor=actor(),
    )
    db.session.commit()
    return {"message": "Records are in publish queue", "data": {"count": len(ids), "record_ids": ids}}


@blp.route("/<namespace>/<registry_name>/records/<record_name>", methods=["PATCH"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.arguments(RecordUpdateSchema)
@blp.response(200, RecordEnvelope)
def update_record(body, namespace, registry_name, record_name):
    """Update a record (a live one gets a new version; history keeps the old)."""
    row = records.update_record(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        registry_name=registry_name,
        name=record_name,
        changes=body,
        actor=actor(),
    )
    db.session.commit()
    return {"message": "record updated", "data": record_dict(row)}


@blp.route("/<namespace>/<registry_name>/records/<record_name>", methods=["DELETE"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.response(200, RevokedEnvelope)
def revoke_record(namespace, registry_name, record_name):
    """Delete a draft or revoke a published record."""
    row, version = records.revoke_record(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        registry_name=registry_name,
        name=record_name,
        actor=actor(),
    )
    db.session.commit()
    return {
        "message": "record revoked" if version else "draft deleted",
        "data": {"record_id": row.record_id, "record_name": row.name, "version": version},
    }


@blp.route("/<namespace>/<registry_name>/inactivate-registry", methods=["POST"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.response(200, RegistryEnvelope)
def inactivate_registry(namespace, registry_name):
    """Inactivate a live registry (a new data version): lookups and queries still answer, with
    `registry_state: inactive`, but it takes no writes until reactivated; 409 unless live."""
    reg = states.change_state(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        registry_name=registry_name,
        action="inactivate",
        actor=actor(),
    )
    db.session.commit()
    return {"message": "Registry has been inactivated", "data": registry_dict(reg)}


@blp.route("/<namespace>/<registry_name>/reactivate-registry", methods=["POST"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.response(200, RegistryEnvelope)
def reactivate_registry(namespace, registry_name):
    """Reactivate an inactive registry (a new data version); 409 unless inactive."""
    reg = states.change_state(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        registry_name=registry_name,
        action="reactivate",
        actor=actor(),
    )
    db.session.commit()
    return {"message": "Registry has been reactivated", "data": registry_dict(reg)}


@blp.route("/<tag>/get-registry-by-tag")
@blp.auth(*READ, errors=(400,))
@blp.response(200, RegistriesByTagEnvelope)
def get_registry_by_tag(tag):
    """The live registries built on a standard schema tag (membership, public_key, revoke,
    beckn_subscriber, beckn_subscriber_reference), across this tenant's namespaces; `custom` or an
    unknown tag answers 400."""
    if tag not in TAGS:
        raise InvalidRequest(f"{tag!r} is not a standard schema tag", {"tag": [f"one of {list(TAGS)}"]})
    items = service.registries_by_tag(session=db.session, tenant=g.tenant, tag=tag)
    registries = [registry_dict(r) for r in items]
    return {
        "message": "registries",
        "data": {"tag": tag, "total_registries": len(registries), "registries": registries},
    }


@blp.route("/lookup/<namespace>")
@blp.auth(*READ, errors=(400, 404), public=True)
@blp.arguments(LookupArgsSchema, location="query")
@blp.response(200, NamespaceLookupEnvelope)
def lookup_namespace(args, namespace):
    """Look up a namespace by id or name, as DeDi's lookup answers (with `state`, `registry_count`,
    `version`). `version_id` (v2) or `as_on` (YYYY-MM-DD) give its description and meta as they stood
    then (its versions: `/dedi/versions/{namespace}`); 404 for a version it never had."""
    version_id, as_on = args.get("version_id"), args.get("as_on")
    if version_id is not None or as_on is not None:
        ns, at = versions.namespace_at(
            session=db.session, tenant=g.tenant, ref=namespace, version_id=version_id, as_on=as_on
        )
        data = {**namespace_dict(ns), "description": at.description, "meta": at.meta, "version": f"v{at.version}"}
    else:
        ns = service.get_namespace(session=db.session, tenant=g.tenant, ref=namespace)
        data = {**namespace_dict(ns), "version": f"v{service.namespace_version(session=db.session, namespace=ns)}"}
    count = service.registry_count(session=db.session, namespace=ns)
    domain = service.verified_domain(session=db.session, namespace=ns)
    return {
        "message": "Namespace details retrieved successfully",
        "data": {**data, "state": "live", "registry_count": count, "domain": domain, "is_verified": domain is not None},
    }


@blp.route("/lookup/<namespace>/<registry_name>")
@blp.auth(*READ, errors=(400, 404), public=True)
@blp.arguments(LookupArgsSchema, location="query")
@blp.response(200, RegistryLookupEnvelope)
def lookup_registry(args, namespace, registry_name):
    """Look up a registry, as DeDi's lookup answers: its schema, `state`, live `record_count` and
    `version_count`. `version_id` (v7) or `as_on` (YYYY-MM-DD) give it at that data version: the
    schema contract, state and live record count it had then; 404 past the current version."""
    version_id, as_on = args.get("version_id"), args.get("as_on")
    if version_id is None and as_on is None:
        reg = service.get_registry(session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name)
        keep_private(reg)
        data = registry_dict(reg, service.record_count(session=db.session, registry=reg))
        return {"message": "registry", "data": {**data, "version_count": reg.data_version}}
    at = versions.registry_at(
        session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name, version_id=version_id, as_on=as_on
    )
    reg = at["registry"]
    keep_private(reg)
    data = {
        **registry_dict(reg, at["record_count"]),
        "state": at["state"],
        "schema": at["schema"],
        "contract": f"v{at['contract']}",
        "version": f"v{at['version']}",
        "data_version": at["version"],
        "version_count": reg.data_version,
    }
    return {"message": "registry", "data": data}


@blp.route("/versions/<namespace>")
@blp.auth(*READ, errors=(404,), public=True)
@blp.response(200, DediVersionsEnvelope)
def dedi_namespace_versions(namespace):
    """The namespace's versions as DeDi lists them, newest first: v1 is its creation, each update the
    next; each is a `version_id` for its lookup."""
    ns, rows = versions.namespace_versions(session=db.session, tenant=g.tenant, ref=namespace)
    data = {
        "created_by": rows[0].actor if rows else None,
        "created_at": iso(ns.created_at),
        "updated_at": iso(ns.updated_at),
        "total_versions": len(rows),
        "versions": [f"v{r.version}" for r in reversed(rows)],
        "ttl": None,
    }
    return {"message": "versions", "data": data}


@blp.route("/lookup/<namespace>/<registry_name>/<record_name>")
@blp.auth(*READ, errors=(400, 404), public=True)
@blp.arguments(LookupArgsSchema, location="query")
@blp.response(200, LookupRecordEnvelope)
def lookup_record(args, namespace, registry_name, record_name):
    """Look up a record; cacheable for its TTL (ETag, Cache-Control).

    As DeDi answers, 200 is not "live": read `state` — live, draft, revoked, expired (a `valid_till`
    in the past reads as expired at once) or deleted (soft-deleted, still restorable). 404 only for a
    name that never existed, or whose deletion was purged.
    `version_id` (v7) or `as_on` (YYYY-MM-DD) read the record as it stood then (404 if it did not
    exist then; a version past the current one is 404 too)."""
    without_transaction(db.session)  # reads only
    reg, row, state = reads.lookup_record(
        session=db.session, tenant=g.tenant, namespace=namespace, registry_name=registry_name, name=record_name, **args
    )
    keep_private(reg, state)
    etag = f'"{row.record_id}-{state}-v{row.version_from}"'
    headers = {"ETag": etag, "Cache-Control": f"private, max-age={row.ttl or reg.ttl}"}
    if etag in request.if_none_match or request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers=headers)
    data = {**record_dict(row), "state": state, "registry_state": reg.state, "registry_name": reg.name}
    data["namespace_id"] = reg.namespace_id
    message = "record" if state == "live" else f"Record is {state}"
    return {"message": message, "data": data}, 200, headers


@blp.route("/query/<namespace>")
@blp.auth(*READ, errors=(404,), public=True)
@blp.arguments(RegistryQueryArgsSchema, location="query")
@blp.response(200, RegistryPageDediEnvelope)
def query_registries(args, namespace):
    """Query a namespace's registries as DeDi does: `status` (active or inactive), `name` (3+
    characters of it), `from`/`to` (days of the last update), `as_on` (existing then), `sort` (date,
    status, name, id), `page`, `page_size`."""
    if anonymous():  # without a key: live registries only
        if args.get("status") not in (None, "active", "live"):
            raise NotFound("registries", args["status"], {"public": ["live data only without a key"]})
        args = {**args, "status": "live"}
    ns, items, total = service.query_registries(session=db.session, tenant=g.tenant, namespace=namespace, **args)
    data = {
        "namespace_id": ns.id,
        "namespace_name": ns.name,
        "created_at": iso(ns.created_at),
        "updated_at": iso(ns.updated_at),
        "total_registries": total,
        "page_number": args["page"],
        "page_size": args["page_size"],
        "registries": [{**registry_dict(r), "version_count": r.data_version} for r in items],
    }
    return {"message": "registries", "data": data}


@blp.route("/query/<namespace>/<registry_name>")
@blp.auth(*READ, errors=(404,), public=True)
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, RecordPageEnvelope)
def query_records(args, namespace, registry_name):
    """Query records at a data version: filters on the schema's properties, text, dates, sort, fields.

    - `details.<path>=v` equality; `details.<path>[op]=v` with op gt, gte, lt, lte, ne, in (`a,b`)
      or contains (strings, case-insensitive), e.g. `details.age[gte]=30&details.dept[in]=HR,Sales`;
    - `sort=details.age,-name` (schema properties, or date, updated, status, name, id; `-` descends);
    - `fields=email,age` keeps only those properties in `details`;
    - `q` (or `search`) matches the name or description, `name` (3+ characters) the name only;
      `from` / `to` (YYYY-MM-DD) bound the last update; `state=draft` lists drafts, `revoked` and
      `expired` the closed records; `as_of` (v7 or an ISO time) or `as_on` (a day) pick the version;
      `page` with `limit` or `page_size`.

    A property the schema does not declare, an unknown operator or a mistyped value is 400 naming it."""
    filters = {k[len("details.") :]: v for k, v in request.args.items() if k.startswith("details.")}
    if anonymous() and args.get("state", "live") != "live":
        raise NotFound("records", args["state"], {"public": ["live data only without a key"]})
    reg, version, items, pagination, kept = reads.query_records(
        session=db.session, tenant=g.tenant, namespace=namespace, registry_name=registry_name, filters=filters, **args
    )
    keep_private(reg)
    records = [{**record_dict(r), "details": project(r.details, kept)} for r in items]
    return {"message": "records", "data": {"version": version, "records": records, "pagination": pagination}}


def _chunked(lines, size=1 << 16):
    buf, n = [], 0
    for line in lines:
        buf.append(line)
        n += len(line)
        if n >= size:
            yield "".join(buf)
            buf, n = [], 0
    if buf:
        yield "".join(buf)


class SearchArgsSchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE
        query_prefixes = ("",)  # every other key is a details path, checked by publishing/search.py

    registry_name = fields.String(validate=validate.Length(max=128), metadata={"description": "part of the name"})
    record_name = fields.String(validate=validate.Length(max=255), metadata={"description": "part of the name"})
    from_ = fields.String(data_key="from", validate=validate.Length(max=40), metadata={"description": "ISO 8601"})
    to = fields.String(validate=validate.Length(max=40), metadata={"description": "ISO 8601"})
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=1000))


@blp.route("/search/<namespace>")
@blp.auth(*READ, errors=(400, 404), public=True)
@blp.arguments(SearchArgsSchema, location="query")
@blp.response(200, SearchEnvelope)
def search_namespace(args, namespace):
    """DeDi's advanced search over one namespace's live records (its live registries, latest versions):
    any key other than `registry_name`, `record_name`, `from`, `to` and `limit` filters `details`
    (a dotted key nests: `address.city`) by case-insensitive substring, all ANDed; `registry_name` and
    `record_name` match parts of the names; `from`/`to` (ISO 8601) bound when a record was created or
    updated. A key no registry of the namespace declares answers 400 naming it. At most `limit` (100)
    results, the most recently changed first."""
    params = {k: v for k, v in request.args.items()}
    ns_id, found = search.search(
        session=db.session, tenant=g.tenant, namespace=namespace, params=params, limit=args["limit"]
    )
    data = [
        {
            **record_dict(row),
            "registry_name": registry_name,
            "namespace_id": ns_id,
            "version_count": count,
            "latest": True,
        }
        for row, registry_name, count in found
    ]
    return {"message": "Search results", "data": data}


@blp.route("/<namespace>/<registry_name>/export-as-csv")
@blp.auth(*READ, errors=(404,), public=True)
@blp.arguments(CsvExportArgsSchema, location="query")
@blp.response(200, description="text/csv stream of the live records of one data version", content_type="text/csv")
def export_records_as_csv(args, namespace, registry_name):
    """Stream the live records of a data version as CSV (dot-path columns, formula cells neutralised):
    the current one, or `?version=` any earlier one (`v7`, `7` or an ISO 8601 time); a version past
    the current one answers 404."""
    reg = service.get_registry(session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name)
    keep_private(reg)
    version = reads.resolve_as_of(session=db.session, registry=reg, as_of=args.get("version"))
    body = stream_with_context(_chunked(reads.csv_export(session=db.session, registry=reg, version=version)))
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{reg.name}_v{version}.csv"'},
    )


@blp.route("/<namespace>/<registry_name>/download-sample-csv")
@blp.auth(*READ, errors=(404,))
@blp.response(200, description="CSV template", content_type="text/csv")
def download_sample_csv(namespace, registry_name):
    """A CSV template whose header is the registry's schema fields."""
    reg = service.get_registry(session=db.session, tenant=g.tenant, namespace=namespace, name=registry_name)
    columns = schema_columns(reg.schema or {})
    if not columns:
        raise InvalidRequest("registry schema has no exportable fields", {"schema": ["no properties"]})
    return Response(
        csv_line(columns),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={reg.name}_template.csv"},
    )
