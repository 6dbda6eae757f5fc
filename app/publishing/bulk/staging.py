"""Fast batched inserts of staged bulk rows: COPY on PostgreSQL, a raw executemany elsewhere.

Rows arrive as tuples in STAGED_COLUMNS order with `details` already JSON text, so no per-row
ORM or bind processing runs on the bulk path."""

STAGED_COLUMNS = ("job_id", "row_number", "record_id", "name", "description", "details", "valid_till")


def insert_rows(conn, rows):
    """Insert tuples into `bulk_rows` through a SQLAlchemy Connection, the fastest way it offers."""
    if not rows:
        return
    cols = ", ".join(STAGED_COLUMNS)
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        with raw.cursor() as cur, cur.copy(f"COPY bulk_rows ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" if conn.dialect.paramstyle == "qmark" else "%s" for _ in STAGED_COLUMNS)
    conn.exec_driver_sql(f"INSERT INTO bulk_rows ({cols}) VALUES ({marks})", rows)
