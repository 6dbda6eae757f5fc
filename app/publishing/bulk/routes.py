"""Seed 002 bulk operations: POST /dedi/bulk-upload, job status, job list, failed rows CSV."""

import marshmallow as ma
from flask import Response, g, request, stream_with_context
from marshmallow import fields, validate

from app.core.api import Blueprint
from app.core.auth import actor
from app.core.errors import InvalidRequest, NotFound
from app.core.storage import open_artifact
from app.extensions import db
from app.publishing.bulk import jobs as bulk
from app.publishing.bulk.tasks import enqueue_job
from app.publishing.models import BulkStatus
from app.publishing.responses import JobEnvelope, JobListEnvelope, UploadAcceptedEnvelope
from app.publishing.schemas import PageArgsSchema

blp = Blueprint("bulk", __name__, url_prefix="/dedi/bulk-upload", description="Bulk CSV upload (seed 002)")
imports = Blueprint(
    "bulk_import", __name__, url_prefix="/dedi/bulk-import", description="Bulk import from object storage"
)


class BulkUploadFormSchema(ma.Schema):
    namespace = fields.String(required=True, validate=validate.Length(min=1, max=128))
    registry_name = fields.String(required=True, validate=validate.Length(min=1, max=128))
    record_name_field = fields.String(load_default=None, validate=validate.Length(max=255))
    publish = fields.Boolean(load_default=True)  # a million drafts nobody asked for would be a dead end
    mode = fields.String(load_default="partial", validate=validate.OneOf(["partial", "all_or_nothing"]))


def _multipart_doc():
    """The upload's one multipart body as OpenAPI describes it: the form fields plus the file."""
    props = {
        "namespace": {"type": "string", "minLength": 1, "maxLength": 128},
        "registry_name": {"type": "string", "minLength": 1, "maxLength": 128},
        "record_name_field": {"type": "string", "maxLength": 255},
        "publish": {
            "type": "boolean",
            "default": True,
            "description": "publish the valid rows as one new data version (the default), or keep them as drafts "
            "(false; list them with /dedi/query/…?state=draft, publish with publish-records)",
        },
        "mode": {"type": "string", "enum": ["partial", "all_or_nothing"], "default": "partial"},
        "file": {"type": "string", "format": "binary", "description": "the CSV, max 100 MB"},
    }
    return {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["namespace", "registry_name", "file"],
                    "properties": props,
                    "additionalProperties": False,
                }
            }
        },
    }


class JobListArgsSchema(PageArgsSchema):
    status = fields.String(validate=validate.OneOf(list(BulkStatus)))
    registry_name = fields.String(validate=validate.Length(max=128))
    namespace = fields.String(
        validate=validate.Length(max=128),
        metadata={"description": "a namespace's id, name or verified domain; a delegate names the delegated one"},
    )


@blp.route("", methods=["POST"])
@blp.auth("publish", errors=(404, 409, 413), delegate_by=("namespace",))
@blp.doc(requestBody=_multipart_doc())
@blp.response(202, UploadAcceptedEnvelope)
def bulk_upload():
    """Upload one CSV (max 100 MB) to import as records in the background.

    The file part's name must end in `.csv` (it travels in the part's Content-Disposition, where a
    schema cannot constrain it): another name answers 400 invalid_request. Rows are validated
    against the registry's JSON Schema by the worker; failed rows go to a report."""
    try:
        form = BulkUploadFormSchema().load(request.form)
    except ma.ValidationError as exc:
        raise InvalidRequest("request validation failed", {"form": exc.messages}) from None
    if len(request.files.getlist("file")) != 1:
        raise InvalidRequest("upload exactly one CSV file in the 'file' field", {"file": ["exactly one"]})
    job = bulk.create_job(session=db.session, tenant=g.tenant, upload=request.files["file"], actor=actor(), **form)
    enqueue_job(job)  # before commit: if Redis is down, nothing is half-created
    db.session.commit()
    return _accepted(job, "bulk upload accepted")


def _accepted(job, message):
    """The seed's 202 body: the job and where to follow it."""
    return {
        "status": "success",
        "total_rows": job.total_rows,
        "message": message,
        "data": {"jobId": job.id, "statusCheckUrl": f"/dedi/bulk-upload/status/{job.id}"},
    }


class BulkImportSchema(ma.Schema):
    namespace = fields.String(required=True, validate=validate.Length(min=1, max=128))
    registry_name = fields.String(required=True, validate=validate.Length(min=1, max=128))
    source = fields.String(
        required=True,
        validate=validate.Length(min=1, max=1000),
        metadata={
            "description": "s3://bucket/key.csv (a bucket on the tenant's allow-list) or file:///… under IMPORT_ROOTS"
        },
    )
    record_name_field = fields.String(load_default=None, validate=validate.Length(max=255))
    publish = fields.Boolean(load_default=True)
    mode = fields.String(load_default="partial", validate=validate.OneOf(["partial", "all_or_nothing"]))


@imports.route("", methods=["POST"])
@imports.auth("publish", errors=(404, 409), delegate_by=("namespace",))
@imports.arguments(BulkImportSchema)
@imports.response(202, UploadAcceptedEnvelope)
def bulk_import(body):
    """Import a CSV already in object storage or on a shared disk, of any size, as a background job:
    the worker streams it (nothing is uploaded, no 100 MB cap), with the same job, progress and
    failed-rows report as a bulk upload (`totalEntries` grows as the worker reads it).

    `source` is `s3://bucket/key` on a bucket the tenant's allow-list (or S3_ALLOWED_BUCKETS) names,
    or `file:///…` under an IMPORT_ROOTS directory, where a tenant reads only `<root>/<tenant id>/`;
    anything else answers 400 invalid_request, a file that is not there 404."""
    job = bulk.create_import_job(session=db.session, tenant=g.tenant, actor=actor(), **body)
    enqueue_job(job)  # before commit, as an upload
    db.session.commit()
    return _accepted(job, "bulk import accepted")


@blp.route("/status/<job_id>")
@blp.auth("publish", "read", errors=(404,))
@blp.response(200, JobEnvelope)
def get_bulk_job_status(job_id):
    """Progress and outcome of one bulk upload job."""
    job = bulk.get_job(session=db.session, tenant=g.tenant, job_id=job_id)
    return {"status": "success", "message": f"job {job.status}", "data": bulk.job_dict(job)}


@blp.route("/jobs")
@blp.auth("publish", "read", delegate_by=("namespace",))
@blp.arguments(JobListArgsSchema, location="query")
@blp.response(200, JobListEnvelope)
def list_bulk_jobs(args):
    """The caller's bulk upload jobs, newest first."""
    args.pop("search", None)
    items, pagination = bulk.list_jobs(session=db.session, tenant=g.tenant, **args)
    rows = [
        {
            k: v
            for k, v in bulk.job_dict(j).items()
            if k in ("jobId", "status", "createdAt", "updatedAt", "namespace", "registryName", "error")
        }
        for j in items
    ]
    return {"status": "success", "message": "jobs", "data": {"jobs": rows, "pagination": pagination}}


@blp.route("/failed-entries/<job_id>")
@blp.auth("publish", "read", errors=(404,))
@blp.response(200, description="CSV of the rows that failed, with row_number and errors", content_type="text/csv")
def download_failed_entries(job_id):
    """Download the failed rows (original columns + row_number + errors) to fix and re-upload."""
    return failed_rows_response(bulk.get_job(session=db.session, tenant=g.tenant, job_id=job_id))


def failed_rows_response(job):
    """The job's failed-rows CSV as a streamed download (the API's and the browser's); 404 without one."""
    if not job.failed_csv_path:
        raise NotFound("failed entries", job.id)
    failed_csv_path = job.failed_csv_path

    def chunks():
        with open_artifact(failed_csv_path, "rb") as fh:
            while block := fh.read(1 << 16):
                yield block

    return Response(
        stream_with_context(chunks()),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={job.id}_failed.csv"},
    )
