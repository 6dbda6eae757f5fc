"""Issue 21: a batch checked a column at a time (bulk/columns.py) must come out as the per-row path makes
it — the same rows staged with the same details, the same failed-rows report byte for byte, the same
counts — on random files mixing good cells with every kind of bad one."""

import io
import random
from types import SimpleNamespace

import pytest

from app.publishing.bulk import importer as importer_module
from app.publishing.bulk.columns import ColumnCheck
from app.publishing.bulk.importer import BATCH, Importer, NulWatch
from app.publishing.bulk.parse import compile_columns
from app.publishing.validation import schema_key

SCHEMA = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "pattern": "^C[0-9]{3}$"},
        "email": {"type": "string", "format": "email"},
        "dept": {"type": "string", "enum": ["HR", "Sales", "Ops"]},
        "age": {"type": "integer", "minimum": 18, "maximum": 70},
        "score": {"type": "number", "maximum": 100, "multipleOf": 0.5},
        "active": {"type": "boolean"},
        "note": {"type": ["string", "null"], "maxLength": 5},
        "count": {"type": "integer"},
    },
    "required": ["code", "email", "dept", "age"],
    "additionalProperties": False,
}
CELLS = {  # good and bad cells of each column, and empty ones
    "code": ["C001", "C042", "C999", "X12", "c001", ""],
    "email": ["a@b.io", "x.y@acme.example.com", "not-an-email", "@", ""],
    "dept": ["HR", "Sales", "Ops", "Legal", "hr", ""],
    "age": ["30", "18", "70", " 42 ", "+25", "17", "71", "abc", "1.5", ""],
    "score": ["99.5", "100", "7", "1e2", "0.0", "100.5", "3.25", "abc", "1e400", ""],
    "active": ["true", "FALSE", "yes", "0", " no ", "maybe", ""],
    "note": ["ok", "", "fine", "toolong"],
    "count": ["5", "-3", "123456789012345678901234567890", ""],  # beyond 64 bits: orjson refuses it
}
HEADER = list(CELLS)


def random_file(seed, rows=2 * BATCH + 1_234):
    rng = random.Random(seed)
    lines = [",".join(HEADER)]
    for _ in range(rows):
        cells = [rng.choice(CELLS[column]) for column in HEADER]
        if rng.random() < 0.8:  # most rows good, as in a real file
            cells = [rng.choice(CELLS[column][:2]) for column in HEADER]
        if rng.random() < 0.01:
            cells.append("extra")  # a row of the wrong width
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def imported(app, text, by_columns, schema=SCHEMA):
    """(batches sent, the failed rows' report, counts) of one import of `text`."""
    job = SimpleNamespace(id="job_columns", tenant_id="ten_columns", record_name_field="code")
    registry = SimpleNamespace(schema=schema, contract_version=1)
    batches = []
    with app.app_context():
        importer = Importer(job, registry)
        importer.ids = "0" * 16 * BATCH  # (record ids are random: the same for both runs)
        importer._draw_ids = lambda: None
        if not by_columns:
            importer_module.ColumnCheck = SimpleNamespace(build=lambda key, plan: None)
        try:
            importer.run(NulWatch(io.StringIO(text)), send=lambda rows, counters: batches.append((rows, counters)))
        finally:
            importer_module.ColumnCheck = ColumnCheck
    report = ""
    if importer.failed_out is not None:
        importer.failed_out.seek(0)
        report = importer.failed_out.read()
    return batches, report, (importer.processed, importer.valid, importer.failed)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_batch_checked_by_column_is_what_the_per_row_path_makes(app, seed):
    text = random_file(seed)
    by_columns, by_rows = imported(app, text, True), imported(app, text, False)
    assert by_columns[2] == by_rows[2]
    assert by_columns[1] == by_rows[1]
    assert by_columns[0] == by_rows[0]
    processed, valid, failed = by_rows[2]
    assert processed == 2 * BATCH + 1_234 and valid > BATCH and failed > 500  # both kinds of rows were there


def test_numbers_equal_to_a_set_but_not_to_the_schema_are_each_checked(app):
    """Under draft-04 1.0 is not an integer, 1 is: a set holds them as one value, so a number column
    is checked cell by cell (a distinct-value check would pass or fail both together)."""
    schema = {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "type": "object",
        "properties": {"code": {"type": "string"}, "ratio": {"type": "number", "not": {"type": "integer"}}},
    }
    text = "code,ratio\n" + "".join(f"C{i:03d},{['1.0', '1', '2.5', '3'][i % 4]}\n" for i in range(40))
    by_columns, by_rows = imported(app, text, True, schema), imported(app, text, False, schema)
    assert by_columns == by_rows and by_rows[2] == (40, 20, 20)


def test_only_schemas_of_top_level_scalars_checked_one_by_one_are_checked_by_column():
    columns = [(name, SCHEMA["properties"][name]) for name in HEADER]
    assert ColumnCheck.build(schema_key(SCHEMA), compile_columns(columns)) is not None
    tagged = {**SCHEMA, "properties": {**SCHEMA["properties"], "tags": {"type": "array", "items": {"type": "string"}}}}
    with_tags = compile_columns([*columns, ("tags", tagged["properties"]["tags"])])
    assert ColumnCheck.build(schema_key(tagged), with_tags) is None  # an array column: per row
    either = {**SCHEMA, "anyOf": [{"required": ["score"]}, {"required": ["note"]}]}
    assert ColumnCheck.build(schema_key(either), compile_columns(columns)) is None  # rows checked whole


@pytest.mark.parametrize("by_columns", [True, False], ids=["by-column", "per-row"])
def test_a_number_beyond_a_floats_range_fails_its_row_not_the_import(app, by_columns):
    """1e400 read as a float is infinity: JSON has no such number (orjson wrote null in its place), and
    `multipleOf` raised OverflowError, which ended the whole job. Now the cell cannot be read."""
    score = {"type": "number", "multipleOf": 0.5}
    schema = {"type": "object", "properties": {"code": {"type": "string"}, "score": score}}
    _, report, counts = imported(app, "code,score\nC001,1e400\nC002,2.5\nC003,-1E999\n", by_columns, schema)
    assert counts == (3, 1, 2)
    assert "cannot read '1e400' as number: out of range" in report and "-1E999" in report
