"""Build a snapshot: stream one data version from the database through pyarrow into its format."""
import hashlib
import io
import json

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq
from sqlalchemy import Text, cast, select

from app.core.db import iso, utcnow
from app.core.storage import artifact_fs
from app.publishing.models import Record
from app.publishing.reads import content_at
from app.store.arrow_schema import flatten_for_csv, table_schemas

BATCH_ROWS = 20_000
EXTENSIONS = {"parquet": "parquet", "csv": "csv", "jsonl": "jsonl"}


class HashingWriter(io.RawIOBase):
    """A write-only file that tees into a sha256 and counts bytes."""

    def __init__(self, raw):
        self.raw, self.sha, self.size = raw, hashlib.sha256(), 0

    def writable(self):
        return True

    def write(self, data):
        data = bytes(data)
        self.sha.update(data)
        self.size += len(data)
        self.raw.write(data)
        return len(data)


def iter_batches(*, session, registry_id, version, current, batch_rows=BATCH_ROWS):
    """Yield (ids, names, details_json_texts) lists of one data version, batch by batch."""
    query = (select(Record.record_id, Record.name, cast(Record.details, Text))
             .where(content_at(registry_id, version, hide_expired=current)).order_by(Record.id))
    # Core rows on a streaming (server-side) cursor of its own connection: the ORM layer would cost
    # more than the whole Arrow conversion, and the session's progress commits would close the cursor.
    with session.get_bind().connect() as conn:
        conn = conn.execution_options(stream_results=True, max_row_buffer=batch_rows)
        for part in conn.execute(query).partitions(batch_rows):
            ids, names, texts = zip(*part)
            yield list(ids), list(names), texts


def to_table(ids, names, texts, read_schema, final_schema):
    """One batch as an Arrow table: record_id, record_name, then the schema's columns."""
    table = pajson.read_json(io.BytesIO("\n".join(texts).encode()), parse_options=pajson.ParseOptions(
        explicit_schema=read_schema, unexpected_field_behavior="ignore"))
    table = table.cast(final_schema)
    head = pa.table({"record_id": pa.array(ids, pa.string()), "record_name": pa.array(names, pa.string())})
    for name in table.column_names:
        head = head.append_column(table.schema.field(name), table.column(name))
    return head


class FormatWriter:
    """Writes batches in one format to a sink; parquet keeps types, csv flattens, jsonl keeps nesting."""

    def __init__(self, fmt, sink, final_schema):
        self.fmt, self.sink, self.writer = fmt, sink, None
        self.schema = pa.schema([pa.field("record_id", pa.string()), pa.field("record_name", pa.string()),
                                 *final_schema])

    def write(self, table, ids, names, texts):
        if self.fmt == "jsonl":
            self.sink.write("".join(
                f'{{"record_id":{json.dumps(i)},"record_name":{json.dumps(n)},"details":{t}}}\n'
                for i, n, t in zip(ids, names, texts)).encode())
        elif self.fmt == "parquet":
            self.writer = self.writer or pq.ParquetWriter(self.sink, self.schema, compression="snappy")
            self.writer.write_table(table)
        else:
            flat = flatten_for_csv(table)
            if self.writer is None:
                self.writer = pacsv.CSVWriter(self.sink, flat.schema)
            self.writer.write_table(flat)

    def close(self, final_schema_table=None):
        if self.writer is None and self.fmt == "parquet":
            pq.write_table(self.schema.empty_table(), self.sink)
        elif self.writer is None and self.fmt == "csv":
            empty = flatten_for_csv(self.schema.empty_table())
            pacsv.write_csv(empty, self.sink)
        elif self.writer is not None:
            self.writer.close()


def build(*, session, snapshot, registry, on_progress):
    """Write the snapshot's data file and manifest; returns (artifacts, row_count, size_bytes)."""
    fs, root = artifact_fs()
    base = f"{root}/snapshots/{snapshot.tenant_id}/{snapshot.id}"
    fs.makedirs(base, exist_ok=True)
    data_name = f"{snapshot.dataset}_v{snapshot.version}.{EXTENSIONS[snapshot.format]}"
    read_schema, final_schema = table_schemas(registry.schema)
    rows = 0
    with fs.open(f"{base}/{data_name}", "wb") as raw:
        sink = HashingWriter(raw)
        writer = FormatWriter(snapshot.format, sink, final_schema)
        for ids, names, texts in iter_batches(session=session, registry_id=registry.id, version=snapshot.version,
                                              current=snapshot.version == registry.data_version):
            table = to_table(ids, names, texts, read_schema, final_schema) if snapshot.format != "jsonl" else None
            writer.write(table, ids, names, texts)
            rows += len(ids)
            on_progress(rows)
        writer.close()
    data = {"name": data_name, "path": f"{base}/{data_name}", "uri": fs.unstrip_protocol(f"{base}/{data_name}"),
            "size_bytes": sink.size, "sha256": sink.sha.hexdigest(), "rows": rows, "kind": "data"}
    manifest = {"dataset": snapshot.dataset, "namespace": snapshot.namespace_name,
                "contract": f"v{snapshot.contract_version}", "version": f"v{snapshot.version}",
                "format": snapshot.format, "snapshot_id": snapshot.id, "created_at": iso(utcnow()),
                "files": [{k: data[k] for k in ("name", "size_bytes", "sha256", "rows")}]}
    body = json.dumps(manifest, indent=2).encode()
    with fs.open(f"{base}/manifest.json", "wb") as fh:
        fh.write(body)
    man = {"name": "manifest.json", "path": f"{base}/manifest.json", "uri": fs.unstrip_protocol(f"{base}/manifest.json"),
           "size_bytes": len(body), "sha256": hashlib.sha256(body).hexdigest(), "rows": None, "kind": "manifest"}
    return base, [data, man], rows, data["size_bytes"] + len(body)
