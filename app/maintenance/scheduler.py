"""Periodic work that survives Redis restarts and killed workers.

Every worker process runs one `Scheduler` thread. Each tick (a few seconds) it
- refreshes the worker's liveness key (`dj:alive:<worker>`, a few ticks' TTL);
- under a short Redis lock, moves due scheduled jobs (webhook retries) to their queues: RQ's own
  scheduler lock outlives a killed holder by a minute and is re-taken only every two;
- fails the started jobs of workers whose liveness key expired (so the sweep re-queues them);
- enqueues the maintenance sweep when the `dj:schedule:sweep` slot is free, then holds the slot for
  MAINTENANCE_INTERVAL_S. A slot is a key with a TTL, not a job: a Redis restart, a restart of every
  worker or a SIGKILL of the holder loses nothing but the slot, and the next tick of any worker
  takes it again. The thread touches Redis only, never the database (it lives in a forking worker).
"""

import logging
import threading
import time

from redis.exceptions import RedisError
from rq.exceptions import NoSuchJobError
from rq.job import Job
from rq.registry import StartedJobRegistry
from rq.scheduler import RQScheduler
from rq.serializers import JSONSerializer

from app.core.jobs import QUEUES, get_queue, redis_conn

log = logging.getLogger(__name__)
WORKERS = "dj:workers"  # names of workers that keep a liveness key
SWEEP_SLOT = "dj:schedule:sweep"
MOVER_LOCK = "dj:schedule:mover"
RECOVERY_SLOT = "dj:schedule:recovery"


def alive_key(worker_name):
    return f"dj:alive:{worker_name}"


def tick_seconds(app):
    """How often each worker's scheduler wakes: often enough for recovery within 60 s."""
    return max(0.2, min(5.0, app.config["MAINTENANCE_INTERVAL_S"] / 4))


class Scheduler(threading.Thread):
    """The per-worker thread described in the module docstring."""

    def __init__(self, app, worker_name):
        super().__init__(name=f"dj-scheduler-{worker_name}", daemon=True)
        self.app, self.worker_name = app, worker_name
        self.tick = tick_seconds(app)
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.is_set():
            try:
                self.beat()
            except RedisError as exc:  # Redis down or restarting: try again next tick
                log.warning("scheduler worker=%s redis unavailable: %s", self.worker_name, exc)
            except Exception:  # the thread must outlive any one bad tick
                log.exception("scheduler worker=%s tick failed", self.worker_name)
            self.stopped.wait(self.tick)

    def stop(self):
        self.stopped.set()

    def beat(self):
        """One tick: liveness, due scheduled jobs, dead workers' jobs, the sweep slot."""
        conn = redis_conn(self.app)
        conn.sadd(WORKERS, self.worker_name)
        conn.set(alive_key(self.worker_name), "1", px=int(self.tick * 3000))
        if conn.set(MOVER_LOCK, self.worker_name, nx=True, px=int(self.tick * 2000)):
            move_due_scheduled_jobs(conn)
        recovery_due = conn.set(RECOVERY_SLOT, self.worker_name, nx=True, px=int(self.tick * 1000))
        if recovery_due and fail_jobs_of_dead_workers(conn):
            conn.delete(SWEEP_SLOT)  # reconcile now rather than at the next interval
        interval_ms = int(self.app.config["MAINTENANCE_INTERVAL_S"] * 1000)
        if conn.set(SWEEP_SLOT, self.worker_name, nx=True, px=interval_ms):
            enqueue_sweep(self.app)


def enqueue_sweep(app):
    """Queue one sweep (its job id is per second, so two ticks never queue the same one twice)."""
    with app.app_context():
        get_queue("maintenance").enqueue(
            "app.maintenance.tasks.run_sweep",
            job_id=f"sweep-{int(time.time())}",
            job_timeout=600,
            result_ttl=600,
            failure_ttl=24 * 3600,
        )


def move_due_scheduled_jobs(conn):
    """Enqueue every scheduled job whose time has come, on every DataJetty queue."""
    scheduler = RQScheduler(list(QUEUES), connection=conn, serializer=JSONSerializer)
    scheduler.prepare_registries(list(QUEUES))
    scheduler.enqueue_scheduled_jobs()


def fail_jobs_of_dead_workers(conn):
    """Started jobs whose DataJetty worker stopped beating go to RQ's failed registry now, not
    when RQ's own heartbeat TTL (a minute or more) runs out. Returns how many were failed."""
    failed = 0
    for name in QUEUES:
        registry = StartedJobRegistry(name, connection=conn, serializer=JSONSerializer)
        dead = []
        for entry in conn.zrange(registry.key, 0, -1):
            try:
                job = Job.fetch(registry.parse_job_id(entry), connection=conn, serializer=JSONSerializer)
            except NoSuchJobError:
                continue
            owner = job.worker_name
            if owner and conn.sismember(WORKERS, owner) and not conn.exists(alive_key(owner)):
                dead.append(entry)
        if dead:
            conn.zadd(registry.key, {entry: 0 for entry in dead}, xx=True)
            registry.cleanup(timestamp=1)  # RQ's own handling of an abandoned job, for these only
            failed += len(dead)
            log.warning("recovery queue=%s abandoned_jobs=%d outcome=failed", name, len(dead))
    for worker in conn.smembers(WORKERS):  # their jobs are handled above: forget the dead
        if not conn.exists(alive_key(worker.decode())):
            conn.srem(WORKERS, worker)
    return failed
