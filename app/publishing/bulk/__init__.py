"""Bulk upload: a CSV becomes a background job that validates each row against the registry schema,
stages the valid ones and publishes them as one new data version, with a failed-rows report.

routes (HTTP) -> jobs (the BulkJob rows, the stored file) -> tasks (the RQ entry point) -> importer
(parse + validate rows, parse.py) -> staging / apply (rows into records, one data version)."""
