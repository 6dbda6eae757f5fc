"""RQ worker for DataJetty queues: python worker.py [queue ...]. Each worker also runs the scheduler
thread (app/maintenance/scheduler.py): liveness, due retries, dead workers' jobs, the sweep."""
import sys

from rq import Worker
from rq.serializers import JSONSerializer

from app import create_app
from app.core.jobs import QUEUES, get_queue, redis_conn
from app.maintenance.scheduler import Scheduler


def main(argv):
    app = create_app()
    names = argv or list(QUEUES)
    with app.app_context():
        worker = Worker([get_queue(n) for n in names], connection=redis_conn(),
                        serializer=JSONSerializer, job_monitoring_interval=10)
        scheduler = Scheduler(app, worker.name)
        scheduler.start()
        try:
            worker.work(with_scheduler=False)  # due scheduled jobs are moved by the scheduler thread
        finally:
            scheduler.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
