"""Turning a bulk job's staged rows into records, in one data version of the registry.

Two ways, same result:
- `apply_staged`: after the whole file is parsed, set-based, in the job's own transaction (any database);
- `StreamingApply` (PostgreSQL): every staged batch becomes records as soon as it lands, inside one
  transaction that spans the import, so the records are written on the database's core while the
  worker parses the rest of the file; a killed run leaves nothing behind (the transaction rolls back).
"""

from typing import cast

from sqlalchemy import Integer, Table, and_, delete, exists, func, literal, select, text, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from app.core.db import UTCDateTime, iso, reload, utcnow
from app.core.events import run_after_commit
from app.publishing import announce
from app.publishing.models import BulkJob, BulkRow, BulkStatus, Record, Registry, RegistryVersion
from app.publishing.records import TOMBSTONES, bump_version

R, B = cast(Table, Record.__table__), cast(Table, BulkRow.__table__)


def clear_staged(*, session, job_id):
    """Drop rows a previous (interrupted) run of this job staged."""
    session.execute(delete(B).where(B.c.job_id == job_id))


def _records_from(job, registry, version, now, where, *, join_current=True, before=None):
    """INSERT ... SELECT of staged rows into records; a row whose name has a live record takes its
    record id. Without `publish` such a row is a draft beside the live version (its next version,
    once published), never a replacement of it."""
    cur = R.alias("cur")
    on = [cur.c.registry_id == registry.id, cur.c.name == B.c.name, cur.c.version_to.is_(None), cur.c.state == "live"]
    if before is not None:
        on.append(cur.c.id <= before)
    source, record_id = (
        (B.outerjoin(cur, and_(*on)), func.coalesce(cur.c.record_id, B.c.record_id))
        if join_current
        else (B, B.c.record_id)
    )
    columns = {
        "record_id": record_id,
        "tenant_id": literal(job.tenant_id),
        "registry_id": literal(registry.id),
        "name": B.c.name,
        "description": B.c.description,
        "details": B.c.details,
        "meta": literal({}, R.c.meta.type),
        "ttl": literal(registry.ttl, Integer()),
        "valid_till": B.c.valid_till,
        "state": literal("live" if version else "draft"),
        "contract_version": literal(registry.contract_version, Integer()),
        "version_from": literal(version, Integer()),
        "created_at": literal(now, UTCDateTime()),
        "updated_at": literal(now, UTCDateTime()),
    }
    rows = select(*[c.label(k) for k, c in columns.items()]).select_from(source).where(*where)
    return R.insert().from_select(list(columns), rows.order_by(B.c.row_number))


def _supersede(execute, registry, version, before, job_id):
    """Close (live, or the tombstone of an earlier life) or replace (draft) the current records the file's
    rows supersede; returns how many live ones it closed or drafts it replaced."""
    old = and_(
        R.c.registry_id == registry.id,
        R.c.version_to.is_(None),
        R.c.id <= before,
        R.c.name.in_(select(B.c.name).where(B.c.job_id == job_id)),
    )
    updated = 0
    if version:
        updated = execute(update(R).where(old, R.c.state == "live").values(version_to=version)).rowcount
        execute(update(R).where(old, R.c.state.in_(TOMBSTONES)).values(version_to=version))
    return updated + execute(delete(R).where(old, R.c.state == "draft")).rowcount


def _span(before, upto, now):
    """What `publish-records {job_id}` needs to find the job's own rows: ids after `before` up to `upto`
    stamped `now` (an id alone is not enough: SQLite reuses the highest id after a delete)."""
    return {"after": before, "upto": upto or before, "created_at": iso(now)}


def _has_current(execute, registry):
    current = and_(R.c.registry_id == registry.id, R.c.version_to.is_(None))
    return execute(select(R.c.id).where(current).limit(1)).first() is not None


def _summary(version, inserted, updated, staged, kept):
    return {
        "version": version,
        "inserted": inserted,
        "updated_existing": updated,
        "superseded_duplicates": staged - kept,
        "skipped_already_published": kept - inserted,
        "published": bool(version),
    }


def apply_staged(*, session, job, registry):
    """Turn the job's staged rows into drafts or one published data version, set-based; returns a summary."""
    mine = B.c.job_id == job.id
    if session.get_bind().dialect.name == "postgresql":
        # fresh statistics, or the planner takes a just-loaded staging table for empty (nested loops)
        session.execute(text("ANALYZE bulk_rows"))
        session.execute(text("ANALYZE records"))
    staged, kept = session.execute(select(func.count(), func.count(B.c.name.distinct())).where(mine)).one()
    where = [mine]
    if kept < staged:  # a name repeated in the file: its last row wins (the ranking pass only then)
        ranked = (
            select(
                B.c.row_number,
                func.row_number().over(partition_by=B.c.name, order_by=B.c.row_number.desc()).label("rank"),
            )
            .where(mine)
            .subquery()
        )
        where.append(B.c.row_number.in_(select(ranked.c.row_number).where(ranked.c.rank == 1)))
    before = session.scalar(select(func.max(R.c.id))) or 0
    had_current = _has_current(session.execute, registry)
    version = None
    if job.publish and kept:
        version = bump_version(
            session=session, registry=registry, change="bulk_upload", count=kept, actor=job.created_by
        )
    now = utcnow()
    inserted = session.execute(_records_from(job, registry, version, now, where)).rowcount
    if inserted is None or inserted < 0:  # a driver that does not report it: count what landed
        inserted = session.scalar(select(func.count()).where(R.c.registry_id == registry.id, R.c.id > before))
    job.record_span = _span(before, session.scalar(select(func.max(R.c.id))), now)
    updated = _supersede(session.execute, registry, version, before, job.id) if had_current else 0
    clear_staged(session=session, job_id=job.id)
    return _summary(version, inserted, updated, staged, kept)


class StreamingApply:
    """PostgreSQL: records written batch by batch while the file is parsed, in one transaction.

    The registry's version is taken (and its row locked, as any publish does) when the import starts;
    `add` runs on the writer thread right after each batch is staged on the same connection; `finish`
    drops rows a later row of the same name replaced, supersedes the registry's older records,
    completes the job row and commits all of it at once."""

    def __init__(self, engine, job, registry):
        self.conn = engine.connect()
        self.tx = self.conn.begin()
        self.session = Session(bind=self.conn)
        self.job_id, self.now, self.inserted = job.id, utcnow(), 0
        self.registry = reload(self.session, Registry, registry.id)
        self.job = reload(self.session, BulkJob, job.id)
        self.before = self.session.scalar(select(func.max(R.c.id))) or 0
        self.had_current = _has_current(self.session.execute, self.registry)
        if self.had_current:  # the join to current records must find them through the index
            self.session.execute(text("ANALYZE records"))
        self.version = None
        if job.publish:
            self.version = bump_version(
                session=self.session,
                registry=self.registry,
                change="bulk_upload",
                count=0,
                actor=job.created_by,
                announce=False,  # announced by finish(), with its count
            )
            self.session.flush()

    def add(self, first_row, last_row):
        """Turn staged rows first_row..last_row into records (called on the writer thread)."""
        where = [B.c.job_id == self.job_id, B.c.row_number.between(first_row, last_row)]
        statement = _records_from(
            self.job, self.registry, self.version, self.now, where, join_current=self.had_current, before=self.before
        )
        landed = statement.returning(literal(1)).cte("landed")  # the driver reports no rowcount for INSERT..SELECT
        self.inserted += self.conn.scalar(select(func.count()).select_from(landed))

    def finish(self, *, processed, valid, failed, failed_csv_path):
        """Complete the import and the job in the one transaction; returns the summary, or None when
        there was nothing to publish (then nothing is kept, and the caller completes the job)."""
        execute, mine = self.session.execute, B.c.job_id == self.job_id
        staged, kept = execute(select(func.count(), func.count(B.c.name.distinct())).where(mine)).one()
        if self.version and not kept:
            self.close()
            return None
        if kept < staged:  # a name repeated in the file: its last row wins
            newer, new = (
                R.alias("newer"),
                and_(R.c.registry_id == self.registry.id, R.c.id > self.before, R.c.created_at == self.now),
            )
            replaced = exists().where(
                newer.c.registry_id == self.registry.id,
                newer.c.name == R.c.name,
                newer.c.id > R.c.id,
                newer.c.created_at == self.now,
            )
            self.inserted -= cast(CursorResult, execute(delete(R).where(new, replaced))).rowcount
        updated = 0
        if self.had_current:
            execute(text("ANALYZE bulk_rows"))  # its statistics still say empty: the planner would loop
            updated = _supersede(execute, self.registry, self.version, self.before, self.job_id)
        if self.version:
            execute(
                update(RegistryVersion)
                .where(RegistryVersion.registry_id == self.registry.id, RegistryVersion.version == self.version)
                .values(record_count=kept)
            )
            announce.version_created(self.session, self.registry, "bulk_upload", kept, self.job.created_by)
        clear_staged(session=self.session, job_id=self.job_id)
        result = _summary(self.version, self.inserted, updated, staged, kept)
        job, now = self.job, utcnow()
        job.status, job.error, job.result, job.finished_at, job.updated_at = (
            BulkStatus.COMPLETED,
            None,
            result,
            now,
            now,
        )
        job.processed_rows, job.failed_rows, job.failed_csv_path = processed, failed, failed_csv_path
        job.record_span = _span(self.before, execute(select(func.max(R.c.id))).scalar(), self.now)
        job.valid_rows = valid - result["skipped_already_published"]
        self.session.flush()
        self.tx.commit()
        run_after_commit(self.session)  # the commit was the connection's: the session did not see it
        self.close()
        return result

    def close(self):
        """Roll back whatever was not committed and release the connection (safe to call twice)."""
        if self.tx.is_active:
            self.tx.rollback()
        self.session.close()
        self.conn.close()
