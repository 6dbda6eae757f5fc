"""Fast batched writes of parsed bulk rows: COPY on PostgreSQL, a raw executemany elsewhere.

Rows arrive as tuples in STAGED_COLUMNS order with `details` already JSON text, so no per-row
ORM or bind processing runs on the bulk path. They land in `bulk_rows` (`insert_rows`), or, on
PostgreSQL into a registry with no current records, straight into `records` (`copy_records`)."""

STAGED_COLUMNS = ("job_id", "row_number", "record_id", "name", "description", "details", "valid_till")
# what copy_records writes: a row's own cells, then the values every row of the import shares
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


def _copy(conn, statement, rows):
    raw = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def insert_rows(conn, rows):
    """Insert tuples into `bulk_rows` through a SQLAlchemy Connection, the fastest way it offers."""
    if not rows:
        return
    cols = ", ".join(STAGED_COLUMNS)
    if conn.dialect.name == "postgresql":
        _copy(conn, f"COPY bulk_rows ({cols}) FROM STDIN", rows)
        return
    marks = ", ".join("?" if conn.dialect.paramstyle == "qmark" else "%s" for _ in STAGED_COLUMNS)
    conn.exec_driver_sql(f"INSERT INTO bulk_rows ({cols}) VALUES ({marks})", rows)


def copy_records(conn, rows, shared):
    """PostgreSQL: COPY staged-shape tuples straight into `records`, each with the `shared` values
    (a dict of SHARED_CELLS): one write per row instead of staging it and copying it again."""
    if not rows:
        return
    tail = tuple(shared[c] for c in SHARED_CELLS)
    cols = ", ".join(RECORD_CELLS + SHARED_CELLS)
    _copy(conn, f"COPY records ({cols}) FROM STDIN", ((*row[2:], *tail) for row in rows))
