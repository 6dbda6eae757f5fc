"""Build a snapshot: stream one data version from the database through pyarrow into its format."""

import hashlib
import io
import json
import queue
import threading
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq
from sqlalchemy import Text, cast, func, literal, select

from app.core.db import iso, utcnow
from app.core.storage import artifact_fs
from app.publishing.models import Record
from app.publishing.reads import content_at
from app.store.arrow_schema import flatten_for_csv, table_schemas

BATCH_ROWS = 20_000
CHUNK_BYTES = 4 << 20  # PostgreSQL: about 20,000 rows of NDJSON per Arrow batch
# typed CSV blocks: 4 MB ones held a worker at 430-447 MB on 1M rows, 1 MB ones at 352 MB, as fast
TYPED_BLOCK_BYTES = 1 << 20
EXTENSIONS = {"parquet": "parquet", "csv": "csv", "jsonl": "jsonl"}
# parquet row groups of this many rows (DuckDB writes 122,880): a chunk's 20,000 rows per group made
# files 1.38x DuckDB's (dictionaries and run lengths restart per group); 128k rows of Arrow stay a few
# tens of MB, so memory stays flat
ROW_GROUP_ROWS = 131_072
DICTIONARY_SAMPLE_ROWS = 16_384
# a data version's rows in record-name order: one live row per name, read in order from the current-record
# index (registry, name). In id order, a registry among others in `records` was read through the whole
# primary key or sorted on disk: 1M rows of a 4M-row table, 1.04 s of database time against 0.64 s
SNAPSHOT_ORDER = (Record.name,)
ID_FIELDS = (pa.field("record_id", pa.string()), pa.field("record_name", pa.string()))


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


def _line(dialect):
    """SQL for one NDJSON line per record: {"record_id":…,"record_name":…,"details":{…}}."""
    if dialect == "postgresql":
        return (
            literal('{"record_id":')
            + func.to_json(Record.record_id).cast(Text)
            + ',"record_name":'
            + func.to_json(Record.name).cast(Text)
            + ',"details":'
            + cast(Record.details, Text)
            + "}"
        )
    return func.json_object(
        "record_id",
        Record.record_id,
        "record_name",
        Record.name,
        "details",
        func.json(cast(Record.details, Text)),
        type_=Text,
    )


def ndjson_chunks(*, session, registry_id, version, current, batch_rows=BATCH_ROWS):
    """Yield one data version as chunks of whole NDJSON lines (record_id, record_name, details), built by
    the database itself, so no Python object is made per record: COPY on PostgreSQL, a streamed query
    of JSON text elsewhere."""
    bind = session.get_bind()  # resolved here: the chunks may be read on another thread
    query = (
        select(_line(bind.dialect.name))
        .where(content_at(registry_id, version, hide_expired=current))
        .order_by(*SNAPSHOT_ORDER)
    )
    return _copy_chunks(bind, query) if bind.dialect.name == "postgresql" else _query_chunks(bind, query, batch_rows)


def _copy_out(bind, query, options):
    """The blocks PostgreSQL writes for COPY (query) TO STDOUT (options), on a connection of its own."""
    compiled = query.compile(dialect=bind.dialect)
    params = {}
    for key, value in compiled.params.items():  # each value as its column type sends it (UTC times naive)
        process = compiled.binds[key].type.bind_processor(bind.dialect)
        params[key] = process(value) if process else value
    with (
        bind.connect() as conn,
        conn.connection.driver_connection.cursor() as cur,
        cur.copy(f"COPY ({compiled}) TO STDOUT ({options})", params) as copy,
    ):
        yield from copy


def _copy_chunks(bind, query):
    # CSV mode with a quote and delimiter that JSON text never holds raw (it escapes control characters)
    # writes every line exactly as the database serialised it
    pending = bytearray()
    for block in _copy_out(bind, query, "FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02'"):
        pending += block
        if len(pending) >= CHUNK_BYTES and (cut := pending.rfind(b"\n") + 1):  # a longer line: read on
            yield bytes(pending[:cut])
            del pending[:cut]
    if pending:
        yield bytes(pending)


class _BlockStream(io.RawIOBase):
    """A readable file over an iterator of byte blocks (pyarrow's CSV reader pulls from it). COPY
    hands over one row per block: each read fills the caller's buffer from as many as it takes (a
    read of one row at a time made pyarrow's reader 75x slower)."""

    def __init__(self, blocks):
        self.blocks, self.pending, self.ended = blocks, bytearray(), False

    def readable(self):
        return True

    def readinto(self, buffer):
        want = len(buffer)
        while len(self.pending) < want and not self.ended:
            block = next(self.blocks, None)
            if block is None:
                self.ended = True
            else:
                self.pending += block
        n = min(want, len(self.pending))
        buffer[:n] = self.pending[:n]
        del self.pending[:n]
        return n

    def close(self):
        self.blocks.close()
        super().close()


def typed_tables(*, session, registry_id, version, current, read_schema, final_schema):
    """PostgreSQL, a schema of scalar columns: each record as its typed columns, written by the database
    as CSV (COPY of `details->>'column'` per column) and parsed by pyarrow in streamed blocks — no JSON
    text built, none parsed. Twice the rows per second of the NDJSON path on 1M records (bench/peers.py).
    A value keeps the type the JSON path gives it: text read as the read schema says, then cast. Not a
    generator: the bind is resolved here, in the app context, and the COPY starts when the (read-ahead
    thread's) first batch is asked for."""
    bind = session.get_bind()
    columns = [Record.record_id, Record.name, *(Record.details.op("->>")(literal(n)) for n in read_schema.names)]
    query = select(*columns).where(content_at(registry_id, version, hide_expired=current)).order_by(*SNAPSHOT_ORDER)
    names = table_schema(read_schema).names
    convert = pacsv.ConvertOptions(
        column_types=table_schema(read_schema),
        null_values=[""],  # COPY writes NULL as an empty field and an empty string as ""
        strings_can_be_null=True,
        quoted_strings_can_be_null=False,
        true_values=["true"],
        false_values=["false"],
    )
    reader = pacsv.open_csv(
        _BlockStream(_copy_out(bind, query, "FORMAT csv")),
        read_options=pacsv.ReadOptions(column_names=names, block_size=TYPED_BLOCK_BYTES),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=convert,
    )
    final = table_schema(final_schema)
    return (pa.Table.from_batches([batch]).cast(final) for batch in reader)


def is_flat(final_schema):
    """Whether every column of a registry's snapshot is a scalar (no object, no array)."""
    return not any(pa.types.is_nested(field.type) for field in final_schema)


def _query_chunks(bind, query, batch_rows):
    # Core rows on a streaming cursor of its own connection: the session's progress commits would close it
    with bind.connect() as conn:
        conn = conn.execution_options(stream_results=True, max_row_buffer=batch_rows)
        for part in conn.execute(query).scalars().partitions(batch_rows):
            yield ("\n".join(part) + "\n").encode()


def read_ahead(batches, depth=1):
    """Iterate `batches` on a thread of its own, `depth` batches ahead of the caller, so the database
    read of the next batch overlaps the Arrow work on this one (pyarrow releases the GIL)."""
    inbox: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop, done = threading.Event(), object()

    def hand_over(item):  # False once the caller has stopped reading (it failed or finished early)
        while not stop.is_set():
            try:
                inbox.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce():
        try:
            for item in batches:
                if not hand_over(item):
                    return
            hand_over(done)
        except BaseException as exc:  # handed to the caller
            hand_over(exc)
        finally:
            batches.close()

    reader = threading.Thread(target=produce, daemon=True, name="snapshot-read-ahead")
    reader.start()
    try:
        while (item := inbox.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        reader.join()


def table_schema(columns):
    """A snapshot table's schema: record_id, record_name, then the registry schema's columns."""
    return pa.schema([*ID_FIELDS, *columns])


def to_table(chunk, read_schema, final_schema):
    """One NDJSON chunk as an Arrow table: record_id, record_name, then the schema's columns."""
    lines = table_schema([pa.field("details", pa.struct(list(read_schema)))])
    table = pajson.read_json(
        io.BytesIO(chunk), parse_options=pajson.ParseOptions(explicit_schema=lines, unexpected_field_behavior="ignore")
    )
    table = table.flatten().rename_columns(table_schema(read_schema).names)
    return table.cast(table_schema(final_schema))


def flatten_structs(table):
    """Nested objects as dot-path columns ("address.city"), as parquet stores their leaves."""
    while any(pa.types.is_struct(field.type) for field in table.schema):
        table = table.flatten()
    return table


def repetitive_columns(table):
    """The columns worth a dictionary: those whose first rows (the first group's first 16,384) repeat
    values (at most half of them distinct). A dictionary of ids, names or emails is as large as the
    values and then stored beside them: it made our files 1.4x DuckDB's, which stores such columns
    plain."""
    table = flatten_structs(table)  # nested objects: decided per leaf
    if any(pa.types.is_nested(field.type) for field in table.schema):
        return True  # arrays: parquet's own default (a dictionary wherever it fits)
    sample = table.slice(0, DICTIONARY_SAMPLE_ROWS)  # a whole 128k-row group's distinct values took the
    rows = max(sample.num_rows, 1)  # writer thread 0.24 s per 1M-row build; a sample decides the same
    return [
        field.name
        for field, column in zip(sample.schema, sample.columns, strict=True)
        if pc.count_distinct(column, mode="all").as_py() <= rows // 2
    ]


class FormatWriter:
    """Writes batches in one format to a sink; parquet keeps types, csv flattens, jsonl keeps nesting."""

    def __init__(self, fmt, sink, final_schema):
        self.fmt, self.sink, self.writer = fmt, sink, None
        self.schema = table_schema(final_schema)
        self.pending, self.pending_rows = [], 0  # parquet: tables gathered into one row group

    def write(self, table, chunk):
        if self.fmt == "jsonl":
            self.sink.write(chunk)  # the lines as the database wrote them
        elif self.fmt == "parquet":
            self.pending.append(table)
            self.pending_rows += table.num_rows
            if self.pending_rows >= ROW_GROUP_ROWS:
                self._flush_group()
        else:
            flat = flatten_for_csv(table)
            if self.writer is None:
                self.writer = pacsv.CSVWriter(self.sink, flat.schema)
            self.writer.write_table(flat)

    def _flush_group(self):
        if not self.pending_rows:
            return
        group = pa.concat_tables(self.pending)
        if self.writer is None:
            self.writer = pq.ParquetWriter(
                self.sink, self.schema, compression="snappy", use_dictionary=repetitive_columns(group)
            )
        self.writer.write_table(group, row_group_size=self.pending_rows)
        self.pending, self.pending_rows = [], 0

    def close(self, final_schema_table=None):
        if self.fmt == "parquet":
            self._flush_group()
        if self.writer is None and self.fmt == "parquet":
            pq.write_table(self.schema.empty_table(), self.sink)
        elif self.writer is None and self.fmt == "csv":
            empty = flatten_for_csv(self.schema.empty_table())
            pacsv.write_csv(empty, self.sink)
        elif self.writer is not None:
            self.writer.close()


def _write_data(fs, path, fmt, final_schema, items, parse, on_progress):
    """Write the data file: each of `items` read ahead on a thread, `parse`d into (Arrow table or
    None, raw NDJSON or None, rows); returns (sink, rows)."""
    rows = 0
    with fs.open(path, "wb") as raw:
        sink = HashingWriter(raw)
        writer = FormatWriter(fmt, sink, final_schema)
        for item in read_ahead(items):
            table, chunk, count = parse(item)
            writer.write(table, chunk)
            rows += count
            on_progress(rows)
        writer.close()
    return sink, rows


def build(*, session, snapshot, registry, on_progress):
    """Write the snapshot's data file and manifest; returns (artifacts, row_count, size_bytes)."""
    fs, root = artifact_fs()
    base = f"{root}/snapshots/{snapshot.tenant_id}/{snapshot.id}"
    fs.makedirs(base, exist_ok=True)
    data_name = f"{snapshot.dataset}_v{snapshot.version}.{EXTENSIONS[snapshot.format]}"
    read_schema, final_schema = table_schemas(registry.schema)
    which = {"registry_id": registry.id, "version": snapshot.version}
    which["current"] = snapshot.version == registry.data_version
    path, fmt = f"{base}/{data_name}", snapshot.format
    typed = fmt != "jsonl" and is_flat(final_schema) and session.get_bind().dialect.name == "postgresql"
    if typed:
        try:  # (pyarrow reads the first block when the reader opens)
            tables = typed_tables(session=session, **which, read_schema=read_schema, final_schema=final_schema)
            sink, rows = _write_data(fs, path, fmt, final_schema, tables, lambda t: (t, None, t.num_rows), on_progress)
        except pa.ArrowInvalid as exc:
            if "straddl" not in str(exc):
                raise
            typed = False  # a record longer than a CSV block: the NDJSON path reads any length

    def parse(chunk):
        if fmt == "jsonl":
            return None, chunk, chunk.count(b"\n")
        table = to_table(chunk, read_schema, final_schema)
        return table, chunk, table.num_rows

    if not typed:
        chunks = ndjson_chunks(session=session, **which)
        sink, rows = _write_data(fs, path, fmt, final_schema, chunks, parse, on_progress)
    data = {
        "name": data_name,
        "path": f"{base}/{data_name}",
        "uri": fs.unstrip_protocol(f"{base}/{data_name}"),
        "size_bytes": sink.size,
        "sha256": sink.sha.hexdigest(),
        "rows": rows,
        "kind": "data",
    }
    manifest = {
        "dataset": snapshot.dataset,
        "namespace": snapshot.namespace_name,
        "contract": f"v{snapshot.contract_version}",
        "version": f"v{snapshot.version}",
        "format": snapshot.format,
        "snapshot_id": snapshot.id,
        "created_at": iso(utcnow()),
        "files": [{k: data[k] for k in ("name", "size_bytes", "sha256", "rows")}],
    }
    body = json.dumps(manifest, indent=2).encode()
    with fs.open(f"{base}/manifest.json", "wb") as fh:
        fh.write(body)
    man = {
        "name": "manifest.json",
        "path": f"{base}/manifest.json",
        "uri": fs.unstrip_protocol(f"{base}/manifest.json"),
        "size_bytes": len(body),
        "sha256": hashlib.sha256(body).hexdigest(),
        "rows": None,
        "kind": "manifest",
    }
    return base, [data, man], rows, data["size_bytes"] + len(body)
