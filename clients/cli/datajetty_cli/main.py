"""`datajetty`: log in once, then upload, follow jobs, snapshot, export and query from a terminal."""

import hashlib
import json
import time
from pathlib import Path

import click
from datajetty_client.api.account import get_account
from datajetty_client.api.bulk import bulk_upload, get_bulk_job_status, list_bulk_jobs
from datajetty_client.api.exports import create_export_job, get_export_job
from datajetty_client.api.store import create_snapshot, get_snapshot
from datajetty_client.models import BulkUploadBody, ExportJobCreate, SnapshotCreate
from datajetty_client.models.export_job_create_format import ExportJobCreateFormat
from datajetty_client.models.snapshot_create_format import SnapshotCreateFormat
from datajetty_client.types import File

from datajetty_cli import config
from datajetty_cli.api import client, ok, split_dataset

POLL_S = 0.5


@click.group()
def cli():
    """Publish and consume data on a DataJetty server."""


@cli.command()
@click.option("--url", "base_url", required=True, help="e.g. http://127.0.0.1:8000")
@click.option("--token", prompt="API key", hide_input=True, help="an API key (prompted for if left out)")
def login(base_url, token):
    """Check the key against the server and keep it (0600) in your config dir."""
    account = ok(get_account.sync_detailed(client=client({"base_url": base_url, "token": token})))
    path = config.save(base_url, token)
    click.echo(
        f"logged in to {base_url} as tenant {account.tenant_name} (scopes {', '.join(account.scopes)}); "
        f"settings in {path}"
    )


class _Counting:
    """A file that moves a progress bar as the HTTP client reads it."""

    def __init__(self, fh, bar):
        self.fh, self.bar = fh, bar

    def read(self, size=-1):
        block = self.fh.read(size)
        self.bar.update(len(block))
        return block


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--registry", "dataset", required=True, help="namespace/registry")
@click.option("--name-field", help="the column that names each record")
@click.option("--publish/--draft", default=True, help="publish rows at once (the default), or keep them as drafts")
@click.option("--wait", is_flag=True, help="follow the import until it ends")
def upload(file, dataset, name_field, publish, wait):
    """Upload a CSV to a registry as a background job."""
    namespace, registry = split_dataset(dataset)
    with (
        open(file, "rb") as fh,
        click.progressbar(length=file.stat().st_size, label="sending", file=click.get_text_stream("stderr")) as bar,
    ):
        body = BulkUploadBody(
            file=File(payload=_Counting(fh, bar), file_name=file.name, mime_type="text/csv"),
            namespace=namespace,
            registry_name=registry,
            publish=publish,
        )
        if name_field:
            body.record_name_field = name_field
        accepted = ok(bulk_upload.sync_detailed(client=client(), body=body))
    job_id = accepted.data.job_id
    click.echo(f"job {job_id}: {accepted.total_rows} rows accepted")
    if wait:
        _follow_job(job_id, accepted.total_rows)


def _follow_job(job_id, total):
    api = client()
    with click.progressbar(length=max(total, 1), label="importing", file=click.get_text_stream("stderr")) as bar:
        done = 0
        while True:
            job = ok(get_bulk_job_status.sync_detailed(job_id, client=api)).data
            processed = job.processed_entries or 0
            bar.update(max(0, processed - done))
            done = max(done, processed)
            if job.status in ("completed", "failed"):
                break
            time.sleep(POLL_S)
    click.echo(f"job {job_id} {job.status}: {job.valid_entries} valid, {job.failed_entries} failed")
    if job.status == "failed":
        raise click.ClickException(job.error or "the import failed")


@cli.command()
@click.argument("snapshot_id")
@click.option("--file", "name", help="an artifact name (default: the data file)")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="default: the file's own name")
def download(snapshot_id, name, output):
    """Download a snapshot's file; an interrupted download resumes, and its sha256 is checked."""
    http, params = client().get_httpx_client(), ({"file": name} if name else {})
    url = f"/api/v1/storage/published/snapshots/{snapshot_id}/download"
    head = http.head(url, params=params)
    if head.status_code != 200:
        ok(_Raw(http.get(url, params=params)))  # the server's error, as every command shows it
    output = output or Path(head.headers["Content-Disposition"].split("filename=", 1)[1].strip('"'))
    partial, expected = output.with_name(output.name + ".part"), head.headers["ETag"].strip('"')
    offset = partial.stat().st_size if partial.exists() else 0
    headers = {"Range": f"bytes={offset}-", "If-Range": head.headers["ETag"]} if offset else {}
    with http.stream("GET", url, params=params, headers=headers) as response:
        if response.status_code not in (200, 206):
            response.read()
            ok(_Raw(response))
        mode = "ab" if response.status_code == 206 else "wb"  # 200: the file changed, or no resume asked
        with (
            open(partial, mode) as out,
            click.progressbar(
                length=int(head.headers["Content-Length"]), label="downloading", file=click.get_text_stream("stderr")
            ) as bar,
        ):
            bar.update(offset if mode == "ab" else 0)
            for block in response.iter_bytes(1 << 20):
                out.write(block)
                bar.update(len(block))
    digest = hashlib.sha256()
    with open(partial, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    if digest.hexdigest() != expected:
        partial.unlink()
        raise click.ClickException(f"sha256 mismatch for {output}: downloaded bytes removed; run again")
    partial.replace(output)
    click.echo(f"{output} {output.stat().st_size} bytes, sha256 {expected}")


@cli.command()
def jobs():
    """Your bulk upload jobs, newest first."""
    for job in ok(list_bulk_jobs.sync_detailed(client=client())).data.jobs:
        click.echo(f"{job.job_id}\t{job.status}\t{job.namespace}/{job.registry_name}\t{job.created_at}")


@cli.command()
@click.argument("dataset")
@click.option("--version", default="latest", help="v<N>, <N> or latest")
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), default="parquet")
@click.option("--wait", is_flag=True, help="follow the build until it ends")
def snapshot(dataset, version, fmt, wait):
    """Freeze a version of DATASET (namespace/registry) into a snapshot."""
    split_dataset(dataset)
    api = client()
    created = ok(
        create_snapshot.sync_detailed(
            client=api, body=SnapshotCreate(dataset=dataset, version=version, format_=SnapshotCreateFormat(fmt))
        )
    )
    click.echo(f"snapshot {created.snapshot_id} {created.status}")
    while wait:
        snap = ok(get_snapshot.sync_detailed(created.snapshot_id, client=api)).data
        if snap.status in ("ready", "failed"):
            click.echo(f"snapshot {snap.id} {snap.status}: {snap.row_counts.to_dict()} rows, {snap.size_bytes} bytes")
            if snap.status == "failed":
                raise click.ClickException(snap.error_message or "the build failed")
            break
        time.sleep(POLL_S)


@cli.command()
@click.argument("dataset")
@click.option("--target", required=True, help="file:///dir under an export root, or s3://bucket/prefix")
@click.option("--version", default="latest")
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), default="parquet")
@click.option("--wait", is_flag=True, help="follow the export until it ends")
def export(dataset, target, version, fmt, wait):
    """Deliver a version of DATASET to a target (building its snapshot if needed)."""
    split_dataset(dataset)
    api = client()
    body = ExportJobCreate(dataset=dataset, target=target, version=version, format_=ExportJobCreateFormat(fmt))
    created = ok(create_export_job.sync_detailed(client=api, body=body))
    click.echo(f"export {created.export_id} {created.status}")
    while wait:
        job = ok(get_export_job.sync_detailed(created.export_id, client=api))
        if job.status in ("done", "failed"):
            click.echo(f"export {job.export_id} {job.status} to {job.destination}")
            for artifact in job.artifacts:
                click.echo(f"  {artifact.uri}  {artifact.size_bytes} bytes  sha256 {artifact.sha256}")
            if job.status == "failed":
                raise click.ClickException(job.error or "the export failed")
            break
        time.sleep(POLL_S)


@cli.group()
def records():
    """Read published records."""


@records.command("query")
@click.argument("dataset")
@click.option("--filter", "filters", multiple=True, help="details.<field>=value (repeatable)")
@click.option("--page", default=1, show_default=True)
@click.option("--limit", default=10, show_default=True)
def query(dataset, filters, page, limit):
    """Records of DATASET as JSON lines (filters on details fields)."""
    namespace, registry = split_dataset(dataset)
    params = {"page": page, "limit": limit}
    for item in filters:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter("use field=value", param_hint="--filter")
        params[key if key.startswith("details.") else f"details.{key}"] = value
    # details.<path> filters are a family the generated signature cannot list: the same client, raw call
    response = client().get_httpx_client().get(f"/dedi/query/{namespace}/{registry}", params=params)
    if response.status_code != 200:
        ok(_Raw(response))
    body = response.json()["data"]
    for record in body["records"]:
        click.echo(json.dumps(record, sort_keys=True))
    click.echo(
        f"page {body['pagination']['page']} of {body['pagination']['pages']}, "
        f"{body['pagination']['total']} records at v{body['version']}",
        err=True,
    )


class _Raw:
    def __init__(self, response):
        self.status_code, self.content, self.parsed = response.status_code, response.content, None
