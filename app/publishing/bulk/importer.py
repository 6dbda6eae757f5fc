"""The bulk importer: reads the CSV, validates each row against the registry schema, writes failed rows
to a report and hands valid rows in batches to a writer thread that stages them (on PostgreSQL it
turns them into records as they land instead — apply.StreamingApply). A large file is read by an
Importer in a process of its own, whose batches the job's process writes (parse_process)."""

import csv
import json
import queue
import tempfile
import threading
from datetime import UTC, datetime
from secrets import token_hex

import fastjsonschema
import orjson
from sqlalchemy import update

from app.core.db import utcnow
from app.core.storage import artifact_path, open_artifact
from app.extensions import db
from app.publishing.bulk.columns import ColumnCheck
from app.publishing.bulk.parse import HeaderError, build_details, check_header, compile_columns, generated_name
from app.publishing.bulk.staging import insert_rows, record_cells
from app.publishing.models import BulkJob
from app.publishing.validation import compiled, explain, schema_key

BATCH = 5000  # rows a batch hands on
CHUNK = 1000  # rows checked at once (bulk/columns.py), and at each batch's end: fewer alive at a time


class Failed(Exception):
    """Ends the job as failed with this message."""


def _valid_till(raw):
    """A valid_till cell as naive UTC (how UTCDateTime stores it), or None."""
    if not raw:
        return None
    value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    if value.tzinfo:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


_slow_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def _dumps(details):
    """Compact JSON text of a row's details: orjson (several times faster than json on the bulk path),
    json only for what orjson refuses (integers beyond 64 bits)."""
    try:
        return orjson.dumps(details).decode()
    except TypeError:
        return _slow_dumps(details)


class _Writer(threading.Thread):
    """Writes staged batches and progress on its own connection, overlapping database time with parsing.
    With a `stream`, each batch goes to it instead: on PostgreSQL it is turned into records in the import's
    transaction (apply.StreamingApply), on SQLite staged in a temporary table (temp_staging.TempStaging)."""

    def __init__(self, engine, job_id):
        super().__init__(daemon=True, name=f"bulk-writer-{job_id}")
        self.engine, self.job_id, self.error, self.stream = engine, job_id, None, None
        self.inbox: queue.Queue[tuple[list[tuple], tuple[int, int, int]] | None] = queue.Queue(maxsize=3)

    def run(self):
        while (item := self.inbox.get()) is not None:
            if self.error is not None:
                continue  # drain after a failure; the reader thread raises it
            try:
                self.write(*item)
            except Exception as exc:  # handed to the reader thread
                self.error = exc

    def write(self, rows, counters):
        """Write one batch and the job's progress (on this thread, or on the caller's when the file is
        parsed in a process of its own: parse_process)."""
        processed, valid, failed = counters
        if self.stream is not None and rows:
            self.stream.take(rows)
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # staged rows and progress need no flush to disk:
                conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")  # a rerun restages them
            if self.stream is None:
                insert_rows(conn, rows)
            conn.execute(
                update(BulkJob)
                .where(BulkJob.id == self.job_id)
                .values(processed_rows=processed, valid_rows=valid, failed_rows=failed, updated_at=utcnow())
            )

    def put(self, rows, counters):
        if self.error is not None:
            raise self.error
        self.inbox.put((rows, counters))

    def close(self):
        self.inbox.put(None)
        self.join()
        if self.error is not None:
            raise self.error


class NulWatch:
    """The CSV's lines pass through unchanged; `nul_seen` turns on at a line holding a NUL, so only
    then is the row checked cell by cell (one `in` per line, not one per cell)."""

    def __init__(self, lines):
        self.lines, self.nul_seen = lines, False

    def __iter__(self):
        for line in self.lines:
            if "\x00" in line:
                self.nul_seen = True
            yield line


class Importer:
    lines: NulWatch  # the file's lines, given to run()
    ids: str  # the next batch's record ids, 16 hex digits each (_draw_ids)

    def __init__(self, job, registry):
        self.job_id, self.tenant_id, self.record_name_field = job.id, job.tenant_id, job.record_name_field
        self.schema, self.contract = registry.schema, registry.contract_version  # what the rows are checked against
        self.key = schema_key(registry.schema)
        self.validate = compiled(self.key)
        self.batch, self.failed_out, self.failed_writer = [], None, None
        self._draw_ids()
        self.processed = self.valid = self.failed = 0
        self.writer = _Writer(db.engine, job.id)

    def fail_row(self, number, row, errors):
        if self.failed_writer is None:
            if self.failed_out is None:  # (a file given ahead: parse_process's report, which outlives its process)
                # kept open across rows (closed by save_failed_csv): a context manager cannot span them
                self.failed_out = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", newline="")  # noqa: SIM115
            self.failed_writer = csv.writer(self.failed_out, lineterminator="\n")
            self.failed_writer.writerow([*self.header, "row_number", "errors"])
        self.failed_writer.writerow([*row, number, json.dumps(errors, sort_keys=True)])
        self.failed += 1

    def errors_for(self, details, cell_errors):
        if cell_errors:
            return cell_errors
        try:
            self.validate(details)
            return None
        except fastjsonschema.JsonSchemaValueException as exc:
            return explain(self.key, details) or {(exc.name or "data").replace("data", "$", 1): [exc.message]}

    def nul_failure(self, row):
        """(the row as reported, its errors) for a row holding a NUL character, else None (only rows read
        since a line with one are checked)."""
        self.lines.nul_seen = False
        columns = [self.header[i].strip() if i < len(self.header) else str(i) for i, c in enumerate(row) if "\x00" in c]
        if not columns:
            return None
        reported = [c.replace("\x00", "\\0") for c in row]
        return reported, {f"$.{c}": ["NUL characters (\\u0000) are not allowed"] for c in columns}

    def stage(self, number, row, details_json):
        name = (row[self.name_idx] if self.name_idx is not None else "") or generated_name(row)
        desc = row[self.desc_idx] if self.desc_idx is not None else ""
        till = _valid_till(row[self.till_idx]) if self.till_idx is not None else None
        at = 16 * len(self.batch)
        record_id = "rec_" + self.ids[at : at + 16]
        if self.as_text:
            self.batch.append(f"{record_id}\t{record_cells(name[:255], desc, details_json, till)}")
        else:
            self.batch.append((self.job_id, number, record_id, name[:255], desc, details_json, till))
        self.valid += 1

    def _draw_ids(self):
        """Record ids for the next batch: 64 random bits each, drawn in one call (one syscall, not one per
        row), enough for a batch of valid rows."""
        self.ids = token_hex(8 * BATCH)

    def flush(self):
        self.send(self.batch, (self.processed, self.valid, self.failed))
        self.batch = []
        self._draw_ids()

    def _open(self, reader):
        try:
            self.header = next(reader)
        except StopIteration:
            raise Failed("the file is empty: no header row") from None
        try:
            fields = check_header(self.schema, self.header, self.record_name_field)
        except HeaderError as exc:
            raise Failed(f"header does not match the registry schema: {json.dumps(exc.args[0])}") from None
        stripped = [h.strip() for h in self.header]
        name_col = self.record_name_field or ("record_name" if "record_name" in stripped else None)
        self.name_idx = stripped.index(name_col) if name_col else None
        self.desc_idx = stripped.index("description") if "description" in stripped else None
        self.till_idx = stripped.index("valid_till") if "valid_till" in stripped else None
        return compile_columns([(h, fields.get(h)) for h in stripped]), len(stripped)

    def run(self, lines, send=None):
        """Import every row of `lines` (a NulWatch over the file's text). Each batch goes to the writer
        thread, or to `send(rows, counters)` instead (parse_process: the pipe to the job's process)."""
        self.lines, self.send = lines, send or self.writer.put
        # rows bound straight for records go as COPY text, written here once (apply.StreamingApply.direct)
        self.as_text = bool(getattr(self.writer.stream, "direct", False))
        reader = csv.reader(lines)
        plan, width = self._open(reader)
        columns = ColumnCheck.build(self.key, plan)
        if send is None:
            self.writer.start()
        try:
            chunk: list[tuple[int, list[str], dict | None]] = []  # (number, row, why it failed already)
            for number, row in enumerate(reader, start=1):
                if len(row) != width:
                    chunk.append((number, row, {"$": [f"expected {width} cells, found {len(row)}"]}))
                elif self.lines.nul_seen and (nul := self.nul_failure(row)):
                    chunk.append((number, *nul))  # the database cannot store a NUL in text
                else:
                    chunk.append((number, row, None))
                if number % CHUNK == 0 or number % BATCH == 0:
                    self.take(plan, columns, chunk)
                    chunk = []
                    if number % BATCH == 0:
                        self.flush()
            self.take(plan, columns, chunk)
            self.flush()
        finally:
            if send is None:
                self.writer.close()

    def take(self, plan, columns, chunk):
        """Stage or fail a chunk's rows, in their order. Rows are checked a column at a time where the
        schema allows (bulk/columns.py); a row that did not pass so, and every row of any other schema,
        is checked on its own, which names its errors."""
        candidates = [row for _, row, failure in chunk if failure is None]
        checked = iter(columns.check(candidates) if columns is not None else [None] * len(candidates))
        for number, row, failure in chunk:
            if failure is not None:
                self.fail_row(number, row, failure)
                continue
            details_json = next(checked)
            if details_json is None:
                details, cell_errors = build_details(plan, row)
                errors = self.errors_for(details, cell_errors)
                if errors:
                    self.fail_row(number, row, errors)
                    continue
                details_json = _dumps(details)
            self.stage(number, row, details_json)
        if chunk:
            self.processed = chunk[-1][0]

    def save_failed_csv(self):
        if self.failed_out is None:
            return None
        path = artifact_path("reports", self.tenant_id, f"{self.job_id}_failed.csv")
        self.failed_out.seek(0)
        with open_artifact(path, "wb") as fh:
            while block := self.failed_out.read(1 << 20):
                fh.write(block.encode())
        self.failed_out.close()
        return path
