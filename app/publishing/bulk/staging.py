"""Fast batched writes of parsed bulk rows: COPY on PostgreSQL, one JSON array a batch on SQLite, a raw
executemany elsewhere.

Rows arrive as tuples in STAGED_COLUMNS order with `details` already JSON text, so no per-row
ORM or bind processing runs on the bulk path. They land in `bulk_rows` (`insert_rows`; on SQLite in a
temporary table of the job's connection instead, temp_staging), or, on
PostgreSQL into a registry with no current records, straight into `records` as COPY text lines
(`record_cells`, `copy_record_lines`)."""

from datetime import datetime

import orjson

STAGED_COLUMNS = ("job_id", "row_number", "record_id", "name", "description", "details", "valid_till")
# what copy_record_lines writes: a row's own cells, then the values every row of the import shares
RECORD_CELLS = ("record_id", "name", "description", "details", "valid_till")
SHARED_CELLS = (
    "tenant_id",
    "registry_id",
    "meta",
    "ttl",
    "state",
    "contract_version",
    "version_from",
    "created_at",
    "updated_at",
)

NULL = "\\N"
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_text(value):
    """A text cell in COPY's text format: backslash, tab and line ends escaped; None as NULL."""
    if value is None:
        return NULL
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_ESCAPES)
    return value


def record_cells(name, description, details, valid_till):
    """A parsed row's own cells after its record id, as one piece of a COPY line into records."""
    return f"{copy_text(name)}\t{copy_text(description)}\t{copy_text(details)}\t{copy_text(valid_till)}"


def copy_record_lines(conn, lines, shared):
    """PostgreSQL: COPY rows given as text (record id, then `record_cells`) straight into `records`,
    each with the `shared` values. The import's lines are written as text, not as tuples through
    psycopg's write_row, which adapted every value of every row on the writer thread."""
    if not lines:
        return
    tail = "\t" + "\t".join(copy_text(_text(shared[c])) for c in SHARED_CELLS) + "\n"
    raw = conn.connection.driver_connection
    cols = ", ".join(RECORD_CELLS + SHARED_CELLS)
    with raw.cursor() as cur, cur.copy(f"COPY records ({cols}) FROM STDIN") as copy:
        copy.write(tail.join(lines) + tail)


def _text(value):
    if value is None or isinstance(value, str):
        return value
    return value.isoformat(sep=" ") if isinstance(value, datetime) else str(value)


def _copy(conn, statement, rows):
    raw = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


# SQLite: a batch arrives as one JSON array of row arrays, and the database takes it apart (json_each)
_FROM_JSON = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(STAGED_COLUMNS)))


def insert_rows(conn, rows, table="bulk_rows"):
    """Insert tuples into `table` (`bulk_rows`, or SQLite's temporary stage: temp_staging) through a
    SQLAlchemy Connection, the fastest way it offers."""
    if not rows:
        return
    cols = ", ".join(STAGED_COLUMNS)
    if conn.dialect.name == "postgresql":
        _copy(conn, f"COPY {table} ({cols}) FROM STDIN", rows)
        return
    if conn.dialect.name == "sqlite":
        # one statement with one parameter, not an executemany: sqlite3 lets go of the GIL for each
        # statement it steps, and executemany steps one per row, so a busy parsing thread could take the
        # GIL at every row (200k rows: 0.61 s alone, 44.8 s beside a busy loop); a whole batch is
        # stepped at once. End to end the parser waits on the queue often enough that it pays 1.06x
        # into bulk_rows, 1.39x into temp_staging's table (1M rows: 67,927 vs 64,023 and 55,363 vs
        # 39,856 rows/s, bench/clever_code.py)
        statement = f"INSERT INTO {table} ({cols}) SELECT {_FROM_JSON} FROM json_each(?)"
        conn.exec_driver_sql(statement, (orjson.dumps(rows).decode(),))
        return
    marks = ", ".join("?" if conn.dialect.paramstyle == "qmark" else "%s" for _ in STAGED_COLUMNS)
    conn.exec_driver_sql(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
