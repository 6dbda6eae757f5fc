"""The fault suite reuses the export tests' real peers (webhook receiver, S3 server)."""
from tests.exports.conftest import receiver, s3, s3_server  # noqa: F401  (fixtures)
