"""Real peers for export tests: a moto S3 server and a webhook receiver, both on loopback."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@pytest.fixture(scope="session")
def s3_server():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture()
def s3(app, s3_server):
    """Point the app at the moto server and create a fresh bucket; returns (bucket, boto3 client)."""
    import uuid

    import boto3

    app.config.update(S3_ENDPOINT_URL=s3_server, S3_KEY="test", S3_SECRET="test")
    client = boto3.client(
        "s3", endpoint_url=s3_server, aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )
    bucket = f"tenant-{uuid.uuid4().hex[:10]}"
    client.create_bucket(Bucket=bucket)
    yield bucket, client
    app.config.update(S3_ENDPOINT_URL="", S3_KEY="", S3_SECRET="")


class Receiver:
    """A webhook endpoint that answers from a script of status codes and records every request.
    A script entry of "hang" holds the request open, without answering, until `release` is set."""

    def __init__(self):
        self.script, self.requests = [], []
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append(
                    {
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": body.decode(),
                        "path": self.path,
                    }
                )
                status = receiver.script.pop(0) if receiver.script else 200
                if status == "hang":
                    receiver.release.wait(60)
                    return
                self.send_response(status)
                if status in (301, 302):
                    self.send_header("Location", "http://127.0.0.1:1/elsewhere")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def events(self):
        return [json.loads(r["body"]) for r in self.requests]


@pytest.fixture()
def receiver():
    r = Receiver()
    yield r
    r.release.set()
    r.server.shutdown()
