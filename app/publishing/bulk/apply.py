"""Turning a bulk job's staged rows into records, in one data version of the registry.

Two ways, same result:
- `apply_staged`: after the whole file is parsed, set-based, in the job's own transaction (any database);
- `StreamingApply` (PostgreSQL): every batch becomes records as soon as it lands, inside one
  transaction that spans the import, so the records are written on the database's core while the
  worker parses the rest of the file; a killed run leaves nothing behind (the transaction rolls back),
  and the registry is locked only for the import's last step, not while the file is read. Into a
  registry with current records a batch is staged, then turned into records (a row may take an
  existing record's id); into an empty one it is copied straight into records.
"""

import time
from datetime import UTC
from typing import Any, cast

from sqlalchemy import Integer, String, Table, and_, column, delete, exists, func, literal, select, table, text, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.core.db import UTCDateTime, iso, reload, utcnow
from app.core.events import run_after_commit
from app.core.guards import DEADLOCK
from app.publishing.bulk.importer import Failed
from app.publishing.bulk.staging import copy_record_lines, insert_rows
from app.publishing.models import BulkJob, BulkRow, BulkStatus, Record, Registry
from app.publishing.records import TOMBSTONES, bump_version, lock_registry

R, B = cast(Table, Record.__table__), cast(Table, BulkRow.__table__)
# the ids of the older rows an import into a registry with current records supersedes (StreamingApply)
SUPERSEDED = table("import_superseded", column("id", Integer), column("state", String))
OLDER = R.c.id.in_(select(SUPERSEDED.c.id))  # those rows in records


# how long an import that closed its superseded rows early waits for the registry's lock before it
# undoes that (a publish holding the lock may be waiting for one of those rows: StreamingApply._close_early)
EARLY_LOCK_WAIT = 0.5
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's lock_not_available: lock_timeout passed

# session.info key: when apply_staged took the registry's lock (temp_staging reports how long it held it)
LOCKED_AT = "bulk_locked_at"

# a busy registry (StreamingApply._run_ahead): how often the import looks at the registry's version while it
# waits for its turn, and how many times it writes its rows further ahead when publishes overtook them
TURN_POLL_S = 0.005
RUN_AHEAD_TRIES = 2
# ... and, with the older rows closed ahead too (StreamingApply._close_ahead), how many ids a statement closes
# between two looks for a publish waiting on one of them (50k rows: about 0.6 s), and every how many polls
# of the wait it looks
CLOSE_CHUNK = 50_000
WATCH_EVERY = 10
# a publish waiting on a row this connection holds: the import lets its early close go
SOMEONE_WAITS = text(
    "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid)))"
)


def clear_staged(*, session, job_id):
    """Drop rows a previous (interrupted) run of this job staged."""
    session.execute(delete(B).where(B.c.job_id == job_id))


def _records_from(job, registry, contract, version, now, where, *, join_current=True, before=None, stage=B):
    """INSERT ... SELECT of staged rows, checked against `contract`, into records; a row whose name has a
    live record takes its record id. Without `publish` such a row is a draft beside the live version (its next version,
    once published), never a replacement of it."""
    cur = R.alias("cur")
    on = [
        cur.c.registry_id == registry.id,
        cur.c.name == stage.c.name,
        cur.c.version_to.is_(None),
        cur.c.state == "live",
    ]
    source: Any
    record_id: Any
    if not join_current:
        source, record_id = stage, stage.c.record_id
    elif before is None:  # one set-based pass, on fresh statistics: a join
        source, record_id = stage.outerjoin(cur, and_(*on)), func.coalesce(cur.c.record_id, stage.c.record_id)
    else:  # batch by batch while the import's own rows grow unseen by the statistics: a join's plan could put
        # records outside and scan the batch once per record; a correlated probe is one index lookup per row
        probe = select(cur.c.record_id).where(*on, cur.c.id <= before).limit(1).scalar_subquery()
        source, record_id = stage, func.coalesce(probe, stage.c.record_id)
    columns = {
        "record_id": record_id,
        "tenant_id": literal(job.tenant_id),
        "registry_id": literal(registry.id),
        "name": stage.c.name,
        "description": stage.c.description,
        "details": stage.c.details,
        "meta": literal({}, R.c.meta.type),
        "ttl": literal(registry.ttl, Integer()),
        "valid_till": stage.c.valid_till,
        "state": literal("live" if version else "draft"),
        "contract_version": literal(contract, Integer()),
        "version_from": literal(version, Integer()),
        "created_at": literal(now, UTCDateTime()),
        "updated_at": literal(now, UTCDateTime()),
    }
    rows = select(*[c.label(k) for k, c in columns.items()]).select_from(source).where(*where)
    return R.insert().from_select(list(columns), rows.order_by(stage.c.row_number))


def _supersede(execute, registry, version, names, theirs, states=None):
    """Close (live, or the tombstone of an earlier life) or replace (draft) the current records the file's
    rows supersede — those of `names` (None: `theirs` alone picks them) that are `theirs` (not the import's
    own rows); returns how many live ones it closed or drafts it replaced. `states`, when known, are the
    only ones among them: a statement for a state none is in is not sent."""
    old = and_(R.c.registry_id == registry.id, R.c.version_to.is_(None), theirs)
    if names is not None:
        old = and_(old, R.c.name.in_(names))
    states = set(states if states is not None else ("live", "draft", *TOMBSTONES))
    updated = 0
    if version and "live" in states:
        updated = execute(update(R).where(old, R.c.state == "live").values(version_to=version)).rowcount
    if version and states & set(TOMBSTONES):
        execute(update(R).where(old, R.c.state.in_(TOMBSTONES)).values(version_to=version))
    if "draft" in states:
        updated += execute(delete(R).where(old, R.c.state == "draft")).rowcount
    return updated


def _require_unchanged(session, registry, contract):
    """An import lands only in a registry still live, under the schema its rows were checked against, as
    the registry stands under its lock (taken by the caller): one deleted or inactivated while the file
    was read takes none of it, nor does one whose schema changed (its rows would have become records of
    the new contract, never checked against it). The job fails, and says why."""
    if registry.state != "live":
        raise Failed(f"the registry was {registry.state} while the file was read: nothing was imported")
    now = session.scalar(select(Registry.contract_version).where(Registry.id == registry.id))
    if now != contract:
        raise Failed(
            f"the registry's schema changed while the file was read (contract v{contract}, now v{now}):"
            " nothing was imported; upload the file again to check its rows against the new schema"
        )


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


def complete_job(job, result, *, processed, valid, failed, failed_csv_path):
    """Mark the job completed with `result`, in the import's own transaction: its counts as the file
    gave them, less the rows that were published already."""
    now = utcnow()
    job.status, job.error, job.result, job.finished_at, job.updated_at = (BulkStatus.COMPLETED, None, result, now, now)
    job.processed_rows, job.failed_rows, job.failed_csv_path = processed, failed, failed_csv_path
    job.valid_rows = valid - result["skipped_already_published"]


def apply_staged(*, session, job, registry, contract, stage=B):
    """Turn the job's staged rows, checked against contract `contract` of the registry's schema, into
    drafts or one published data version, set-based; returns a summary."""
    mine = stage.c.job_id == job.id
    if session.get_bind().dialect.name == "postgresql":
        # fresh statistics, or the planner takes a just-loaded staging table for empty (nested loops)
        session.execute(text("ANALYZE bulk_rows"))
        session.execute(text("ANALYZE records"))
    staged, kept = session.execute(select(func.count(), func.count(stage.c.name.distinct())).where(mine)).one()
    where = [mine]
    if kept < staged:  # a name repeated in the file: its last row wins (the ranking pass only then)
        ranked = (
            select(
                stage.c.row_number,
                func.row_number().over(partition_by=stage.c.name, order_by=stage.c.row_number.desc()).label("rank"),
            )
            .where(mine)
            .subquery()
        )
        where.append(stage.c.row_number.in_(select(ranked.c.row_number).where(ranked.c.rank == 1)))
    # locked before it looks: a publish between the look and the write was neither given to the file's
    # row of its name nor closed by it (the name kept two current rows); now it waits and lands after
    lock_registry(session=session, registry=registry)
    session.info[LOCKED_AT] = time.perf_counter()
    _require_unchanged(session, registry, contract)
    before = session.scalar(select(func.max(R.c.id))) or 0
    had_current = _has_current(session.execute, registry)
    version = None
    if job.publish and kept:
        version = bump_version(
            session=session, registry=registry, change="bulk_upload", count=kept, actor=job.created_by
        )
    now = utcnow()
    # no current records (the lock keeps it so): no row can take a record's id, and no join is made
    inserted = session.execute(
        _records_from(job, registry, contract, version, now, where, join_current=had_current, stage=stage)
    ).rowcount
    if inserted is None or inserted < 0:  # a driver that does not report it: count what landed
        inserted = session.scalar(select(func.count()).where(R.c.registry_id == registry.id, R.c.id > before))
    job.record_span = _span(before, session.scalar(select(func.max(R.c.id))), now)
    names = select(stage.c.name).where(mine)
    updated = _supersede(session.execute, registry, version, names, R.c.id <= before) if had_current else 0
    if stage is B:  # (a temporary table goes with its connection: temp_staging)
        clear_staged(session=session, job_id=job.id)
    return _summary(version, inserted, updated, staged, kept)


class StreamingApply:
    """PostgreSQL: records written batch by batch while the file is parsed, in one transaction.

    No lock is held while the file is read: the rows are written under the version the import expects to
    take (the registry's next), invisible to others until the commit. `finish` settles that guess — a
    publish that landed meanwhile took the number, so the rows move to the one after it, still unlocked —
    and only then locks the registry (as any publish does) to take the version, supersede the registry's
    older records, complete the job row and commit all of it at once. `lock_seconds` is how long it held
    the lock."""

    def __init__(self, engine, job, registry, contract):
        self.contract = contract  # the schema's contract version the rows are checked against
        self.conn = engine.connect()
        self.tx = self.conn.begin()
        self.session = Session(bind=self.conn)
        self.job_id, self.now, self.inserted, self.lock_seconds = job.id, utcnow(), 0, 0.0
        self.registry = reload(self.session, Registry, registry.id)
        self.job = reload(self.session, BulkJob, job.id)
        self.before = self.session.scalar(select(func.max(R.c.id))) or 0
        self.had_current = _has_current(self.session.execute, self.registry)
        if self.had_current:  # the join to current records must find them through the index
            self.session.execute(text("ANALYZE records"))
        self.version = self.registry.data_version + 1 if job.publish else None
        # a registry with no current records: no row can take an existing record's id, so rows are copied
        # straight into records (staging them first, then copying them again, wrote every row twice)
        self.direct = not self.had_current
        self.superseded_states: set[str] = set()  # what _find_superseded found, when it had records
        self.closed_before_lock = False  # whether finish closed the older rows before its lock (_close_early)
        self.closed_under: int | None = None  # the version they were closed under, while not yet locked
        self.ran_ahead = False  # whether the rows waited for their turn under a number ahead (_run_ahead)
        self.lock_asked = 0.0  # when finish asked for the registry's lock
        self.shared = {
            "tenant_id": job.tenant_id,
            "registry_id": registry.id,
            "meta": "{}",
            "ttl": self.registry.ttl,
            "state": "live" if self.version else "draft",
            "contract_version": self.contract,
            "version_from": self.version,
            "created_at": self.now.astimezone(UTC).replace(tzinfo=None),  # as UTCDateTime stores it
            "updated_at": self.now.astimezone(UTC).replace(tzinfo=None),
        }

    def take(self, rows):
        """Turn one parsed batch into records (called on the writer thread): COPY text lines when
        `direct` (the importer writes them so), else staged tuples."""
        if self.direct:
            copy_record_lines(self.conn, rows, self.shared)
            self.inserted += len(rows)
            return
        insert_rows(self.conn, rows)
        self.add(rows[0][1], rows[-1][1])

    def ours(self, table=R):
        """The import's own rows (an id alone is not enough: others' rows land between them)."""
        return and_(table.c.registry_id == self.registry.id, table.c.id > self.before, table.c.created_at == self.now)

    def add(self, first_row, last_row):
        """Turn staged rows first_row..last_row into records (called on the writer thread)."""
        where = [B.c.job_id == self.job_id, B.c.row_number.between(first_row, last_row)]
        statement = _records_from(
            self.job,
            self.registry,
            self.contract,
            self.version,
            self.now,
            where,
            join_current=self.had_current,
            before=self.before,
        )
        landed = statement.returning(literal(1)).cte("landed")  # the driver reports no rowcount for INSERT..SELECT
        first = not self.inserted
        self.inserted += self.conn.scalar(select(func.count()).select_from(landed))
        if first and self.had_current:  # a registry of a few records: statistics that say so would make the
            self.conn.exec_driver_sql("ANALYZE records")  # probes scan the table as the import's rows grow it

    def _renumber(self, version):
        """Move the import's rows to `version` (a publish took the one they were written under), and the
        older rows it closed before its lock, if it did."""
        self.session.execute(update(R).where(self.ours()).values(version_from=version))
        if self.closed_under is not None:
            closed = and_(OLDER, R.c.version_to == self.closed_under)
            self.session.execute(update(R).where(closed).values(version_to=version))
            self.closed_under = version
        self.version = version

    def _data_version(self):
        """The registry's data version as committed now (read without its lock)."""
        return self.session.scalar(select(Registry.data_version).where(Registry.id == self.registry.id)) or 0

    def _settle(self):
        """Make the rows' version the registry's next before locking it, while others may still write. If
        publishes landed during that rewrite as well, they come faster than a rewrite takes: the rows are
        written once more, under a number ahead (`_run_ahead`). Returns whether a publish had taken the
        number (the registry is busy)."""
        current = self._data_version()
        if current + 1 == self.version:
            return False
        started = time.perf_counter()
        self._renumber(current + 1)
        moved = self._data_version() - current
        if moved:
            self._run_ahead(moved, time.perf_counter() - started)
        return True

    def _run_ahead(self, moved, seconds):
        """Publishes took `moved` versions during a rewrite of the rows that took `seconds`. Renumbered
        under the next number again, the rows would be overtaken again, and then moved under the lock,
        holding every other write to the registry as long (1M rows: about 10 s, bench/bulk_import.py).
        So they are written under a number as far ahead as twice that many publishes, and `_wait_for_turn`
        waits, unlocked, for the registry to reach the number before it; `finish` then locks it at once."""
        self.moved_per_rewrite, self.publish_gap = moved, seconds / moved
        self._renumber(self._data_version() + 2 * moved + 1)
        self.ran_ahead = True

    def _wait_for_turn(self):
        """Return when the registry's version is the one before the rows' (`_run_ahead`), for `finish` to
        lock it: the look comes every TURN_POLL_S, a publish every `publish_gap`, so one landing between
        the look and the lock is rare (the rows then move under the lock, as without this). If
        publishes passed the rows' number meanwhile, the rows are written further ahead,
        RUN_AHEAD_TRIES times at most; if publishes stop short of it (none for twice their mean gap),
        the registry is quiet and the rows move back to its next number. With the older rows closed
        ahead (`_close_ahead`), a publish waiting on one of them stops the registry too: the wait
        then returns False at once, for the close to be let go."""
        tries, last, since, polls = 0, self._data_version(), time.monotonic(), 0
        while last + 1 != self.version:
            polls += 1
            watched = self.closed_under is not None and (
                polls % WATCH_EVERY == 0 or time.monotonic() - since > self.publish_gap
            )
            if watched and self._someone_waits():
                return False
            if last + 1 > self.version:  # overtaken while the rows moved or the older rows were searched
                if tries == RUN_AHEAD_TRIES:
                    break
                tries += 1
                self._renumber(last + 2 * self.moved_per_rewrite * 2**tries + 1)
            elif time.monotonic() - since > 2 * self.publish_gap:
                self._renumber(last + 1)
            else:
                time.sleep(TURN_POLL_S)
            now = self._data_version()
            if now != last:
                last, since = now, time.monotonic()
        return True

    def _someone_waits(self):
        """Whether a transaction waits on a lock this import's holds (a publish, on a row it closed)."""
        return bool(self.session.scalar(SOMEONE_WAITS))

    def _meanwhile(self, after_id, upto=None):
        """Current rows others wrote to the registry while the file was read, past `after_id` (and up to
        `upto`): a few, one per publish. {name: [(id, record_id)]}."""
        ids = R.c.id > after_id if upto is None else R.c.id.between(after_id + 1, upto)
        rows = self.session.execute(
            select(R.c.id, R.c.name, R.c.record_id).where(
                R.c.registry_id == self.registry.id, ids, R.c.created_at != self.now, R.c.version_to.is_(None)
            )
        )
        found: dict[str, list[tuple[int, str]]] = {}
        row: Any
        for row in rows:
            row_id, name, record_id = row
            found.setdefault(name, []).append((row_id, record_id))
        return found

    def _wait_for_writes_in_flight(self):
        """Take and let go of the registry's lock, on a connection of its own. A publish holds that lock
        from before it writes its row until it commits (records.lock_registry), so one whose row took
        an id up to `seen` unseen has committed once this returns, and the look before the lock finds
        it; the look under the lock searches only past `seen`. Without it such a publish was found by
        neither, and a name it shared with the file kept two current rows."""
        with Session(self.conn.engine) as other, other.begin():  # its own copy: the lock reads into it
            lock_registry(session=other, registry=reload(other, Registry, self.registry.id))

    def _meet(self, meanwhile):
        """The import's rows of names first published meanwhile take that record's id, and supersede
        those rows (by their ids: the set is small); returns how many live ones it closed."""
        names = list(meanwhile)
        shared: set[str] = set()
        for i in range(0, len(names), 1000):
            chunk = names[i : i + 1000]
            shared.update(self.session.scalars(select(R.c.name).where(self.ours(), R.c.name.in_(chunk))))
        if not shared:
            return 0
        for name in shared:
            row_id, record_id = max(meanwhile[name])  # the latest row of the name
            self.session.execute(update(R).where(self.ours(), R.c.name == name).values(record_id=record_id))
        ids = [row_id for name in shared for row_id, _ in meanwhile[name]]
        return _supersede(self.session.execute, self.registry, self.version, list(shared), R.c.id.in_(ids))

    def _find_superseded(self):
        """Before the lock: the ids of the registry's current rows, older than the import, that share a name
        with its rows, kept in a temporary table (dropped at the commit). Under the lock only those are
        closed, and nothing is searched: the search joined every row of the file to the registry's
        under the lock (a 1M-row import into a busy registry held it 13.6 s with the search there, 10.4 s
        without; bench/bulk_import.py, one A/B run). A row older than the import never becomes current
        again (rows are closed, never reopened), so the ones found now are all there are; the lock's
        statements still check each is current and what state it is in (a draft may have been
        published meanwhile)."""
        execute = self.session.execute
        ddl = f"CREATE TEMPORARY TABLE {SUPERSEDED.name} (id integer PRIMARY KEY, state text) ON COMMIT DROP"
        execute(text(ddl))
        old, mine = R.alias("old"), R.alias("mine")
        found = (
            select(old.c.id, old.c.state)
            .join(mine, and_(mine.c.name == old.c.name, self.ours(mine)))
            .where(old.c.registry_id == self.registry.id, old.c.version_to.is_(None), old.c.id <= self.before)
            .distinct()
        )
        execute(SUPERSEDED.insert().from_select(["id", "state"], found))
        execute(text(f"ANALYZE {SUPERSEDED.name}"))  # no autovacuum for temporary tables: a plan on its real size
        # the states a lock statement is sent for (each passes over every id found: 0.4 s for 1M): a draft
        # found may be live by then (published meanwhile); nothing else changes state in place
        self.superseded_states = set(self.session.scalars(select(SUPERSEDED.c.state).distinct()))
        if "draft" in self.superseded_states:
            self.superseded_states.add("live")

    def _close_early(self):
        """Into a quiet registry: close the older rows the file supersedes before the lock, then lock it.

        Closing them under the lock held every other write to the registry for as long as it took (one
        UPDATE of 1M rows: 19.8 s, bench/bulk_import.py). Here the rows are closed under the version the
        import expects to take, still uncommitted (no reader sees it), and the lock is taken after.
        What could go wrong, and what it costs:
        - a publish lands meanwhile and takes that version: the closed rows move to the import's under
          the lock (`finish`), as long as closing them there would have taken;
        - a publish of one of those records waits for its row, holding the registry's lock the import
          now asks for: the import waits at most EARLY_LOCK_WAIT, then undoes the early close (a
          savepoint: the rows are let go), and closes them under the lock as before. PostgreSQL may
          instead refuse the publish as a deadlock; its view runs again (guards.is_write_race).
        Returns how many live rows it closed or drafts it replaced, or None when it closed none (the
        caller then locks, and closes them under the lock)."""
        savepoint = self.conn.begin_nested()
        closed = _supersede(self.session.execute, self.registry, self.version, None, OLDER, self.superseded_states)
        self.closed_under = self.version
        return closed if self._lock_or_let_go(savepoint) else None

    def _close_ahead(self):
        """Into a busy registry (the rows wait for their turn under a number ahead, `_run_ahead`): close
        the older rows the file supersedes under that number too, before the lock and the wait.

        Closed under the lock, 1M of them held every other write to the registry 17.5 s
        (bench/bulk_import.py). Here they are closed CLOSE_CHUNK ids at a time, uncommitted, and
        follow the rows wherever they are renumbered (`_renumber`). A publish of one of those records
        would wait for its row while holding the registry's lock, so the registry would stop short of
        the import's turn: between chunks, and while it waits, the import looks for a transaction
        waiting on it, and at the first lets the close go (the savepoint; the rows are released) and
        closes them under the lock, after the publish, as before. Returns what `_close_early` does."""
        savepoint = self.conn.begin_nested()
        ids = self.session.execute(select(func.min(SUPERSEDED.c.id), func.max(SUPERSEDED.c.id))).one()
        closed = 0
        for low in range(ids[0] or 0, (ids[1] or -1) + 1, CLOSE_CHUNK):
            chunk = and_(OLDER, R.c.id.between(low, low + CLOSE_CHUNK - 1))
            closed += _supersede(self.session.execute, self.registry, self.version, None, chunk, self.superseded_states)
            self.closed_under = self.version
            if self._someone_waits():
                return self._let_go(savepoint)
        if not self._wait_for_turn():
            return self._let_go(savepoint)
        return closed if self._lock_or_let_go(savepoint) else None

    def _lock_or_let_go(self, savepoint):
        """Lock the registry after an early close, waiting at most EARLY_LOCK_WAIT (a publish holding the
        lock may be waiting for one of the closed rows); past that, or refused as a deadlock, let the
        close go. Returns whether it locked."""
        try:
            self.conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(EARLY_LOCK_WAIT * 1000)}ms'")
            self.lock_asked = time.perf_counter()
            lock_registry(session=self.session, registry=self.registry)
            self.conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) not in (LOCK_NOT_AVAILABLE, DEADLOCK):
                raise
            self._let_go(savepoint)
            return False
        savepoint.commit()
        return True

    def _let_go(self, savepoint):
        """Undo an early close: the closed rows are released, to be closed under the lock."""
        savepoint.rollback()
        self.closed_under = None

    def finish(self, *, processed, valid, failed, failed_csv_path):
        """Complete the import and the job in the one transaction; returns the summary, or None when
        there was nothing to publish (then nothing is kept, and the caller completes the job)."""
        execute, mine = self.session.execute, B.c.job_id == self.job_id
        counted = (R.c.name, self.ours()) if self.direct else (B.c.name, mine)
        staged, kept = execute(select(func.count(), func.count(counted[0].distinct())).where(counted[1])).one()
        if self.version and not kept:
            self.close()
            return None
        if kept < staged:  # a name repeated in the file: its last row wins
            newer = R.alias("newer")
            replaced = exists().where(self.ours(newer), newer.c.name == R.c.name, newer.c.id > R.c.id)
            self.inserted -= cast(CursorResult, execute(delete(R).where(self.ours(), replaced))).rowcount
        clear_staged(session=self.session, job_id=self.job_id)
        busy = self._settle() if self.version else False
        if self.had_current:  # its statistics still miss the import's rows: the planner would loop over them
            execute(text("ANALYZE records"))
            self._find_superseded()
        seen = execute(select(func.max(R.c.id))).scalar() or 0
        self._wait_for_writes_in_flight()
        meanwhile = self._meanwhile(self.before)  # most of them, before the lock; the rest under it
        # the older rows are closed before the lock under the version the rows will take: a quiet registry's
        # next; on a busy one, the number ahead the rows wait at (a publish would most likely take the next,
        # and moving them from it under the lock costs what closing them there does)
        quiet = not busy and (self.version is None or self._data_version() + 1 == self.version)
        closed = None
        if self.had_current and quiet:
            closed = self._close_early()
        elif self.had_current and self.ran_ahead:
            closed = self._close_ahead()
        self.closed_before_lock = closed is not None
        if closed is None:
            if self.ran_ahead:
                self._wait_for_turn()
            self.lock_asked = time.perf_counter()
            lock_registry(session=self.session, registry=self.registry)
        _require_unchanged(self.session, self.registry, self.contract)
        if self.version:
            expected = self.version
            version = bump_version(
                session=self.session,
                registry=self.registry,
                change="bulk_upload",
                count=kept,
                actor=self.job.created_by,
            )
            if version != expected:  # a publish landed between the settling and the lock
                self._renumber(version)  # the rows closed early too, if they were
        # rows others wrote since `seen`: none, most often. The newest id says so through the primary key;
        # a search past `seen` was planned as a scan of the table when its statistics predate the import
        # (a 10M-row import held the lock 1.6 s, nearly all of it that scan)
        latest = execute(select(func.max(R.c.id))).scalar() or 0
        for name, rows in (self._meanwhile(seen, latest) if latest > seen else {}).items():
            meanwhile.setdefault(name, []).extend(rows)
        updated = self._meet(meanwhile)
        if closed is not None:
            updated += closed
        elif self.had_current:
            updated += _supersede(execute, self.registry, self.version, None, OLDER, self.superseded_states)
        result = _summary(self.version, self.inserted, updated, staged, kept)
        complete_job(self.job, result, processed=processed, valid=valid, failed=failed, failed_csv_path=failed_csv_path)
        self.job.record_span = _span(self.before, execute(select(func.max(R.c.id))).scalar(), self.now)
        self.session.flush()
        self.tx.commit()
        self.lock_seconds = time.perf_counter() - self.lock_asked
        run_after_commit(self.session)  # the commit was the connection's: the session did not see it
        self.close()
        return result

    def close(self):
        """Roll back whatever was not committed and release the connection (safe to call twice)."""
        if self.tx.is_active:
            self.tx.rollback()
        self.session.close()
        self.conn.close()
