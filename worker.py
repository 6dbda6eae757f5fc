"""RQ worker for every DataJetty queue, with the scheduler: python worker.py [queue ...]"""
import sys

from rq import Worker
from rq.serializers import JSONSerializer

from app import create_app
from app.core.jobs import QUEUES, get_queue, redis_conn


def main(argv):
    app = create_app()
    names = argv or list(QUEUES)
    with app.app_context():
        from app.maintenance.tasks import ensure_scheduled

        ensure_scheduled()  # reconciles at once, then every MAINTENANCE_INTERVAL_S
        worker = Worker([get_queue(n) for n in names], connection=redis_conn(),
                        serializer=JSONSerializer)
        worker.work(with_scheduler=True)


if __name__ == "__main__":
    main(sys.argv[1:])
