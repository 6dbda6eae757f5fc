"""RQ worker for DataJetty queues: python worker.py [queue ...]. Each worker also runs the scheduler
thread (app/maintenance/scheduler.py): liveness, due retries, dead workers' jobs, the sweep. A Redis
that goes away (a restart, a failover) does not end the process: RQ's loop gives up on an error at
an unlucky moment, so a new loop starts once Redis answers again; only a stop signal ends it."""

import importlib
import logging
import sys
import time

from redis.exceptions import RedisError
from rq import Worker
from rq.serializers import JSONSerializer

from app import create_app
from app.core.jobs import QUEUES, get_queue, redis_conn
from app.maintenance.scheduler import Scheduler

log = logging.getLogger("datajetty.worker")

# what a queue's jobs import that the app does not (Arrow and numpy: +90 MB of RSS, most of it shared
# libraries, and 0.4 s to import): loaded here once, before RQ forks a work horse for each job,
# so a build does not import them again; a worker serving none of these queues stays without them
WARM = {"snapshots": ("app.store.builder",)}


def warm(queues):
    """Import what the jobs of `queues` need (WARM); returns the modules imported."""
    modules = sorted({module for name in queues for module in WARM.get(name, ())})
    for module in modules:
        importlib.import_module(module)
    return modules


def main(argv):
    app = create_app()
    names = argv or list(QUEUES)
    warm(names)
    with app.app_context():
        scheduler = None
        try:
            while True:
                worker = Worker(
                    [get_queue(n) for n in names],
                    connection=redis_conn(),
                    serializer=JSONSerializer,
                    job_monitoring_interval=10,
                )
                if scheduler is None:
                    scheduler = Scheduler(app, worker.name)
                    scheduler.start()
                scheduler.worker_name = worker.name  # liveness follows the loop that takes jobs
                try:
                    worker.work(with_scheduler=False)  # due scheduled jobs are moved by the scheduler thread
                except RedisError as exc:
                    log.warning("worker=%s redis unavailable (%s); starting again", worker.name, exc)
                if worker._stop_requested:
                    break
                time.sleep(1)
        finally:
            if scheduler is not None:
                scheduler.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
