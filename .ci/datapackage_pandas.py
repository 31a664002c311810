"""Smoke test of the data package with pandas (Debian's python3-pandas): every resource of an unzipped
package loads with pandas.read_csv, each column with the dtype its Table Schema type gives, an empty cell
as its only missing value (missingValues [""]); the frame has as many rows as the CSV has records, and no
required column and no primary key column holds a null; a primary key is unique.
Usage: /usr/bin/python3 .ci/datapackage_pandas.py FOLDER   Exit status 1 on any failure."""
import csv
import json
import pathlib
import sys

import pandas

DTYPES = {"integer": "Int64", "number": "Float64", "boolean": "boolean", "string": "string"}


def check(folder: pathlib.Path) -> int:
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    failures = 0
    print(f"pandas {pandas.__version__}: {descriptor['name']} {descriptor['version']}, "
          f"{len(descriptor['resources'])} resources")
    for resource in descriptor["resources"]:
        schema = resource["schema"]
        path = folder / resource["path"]
        fields = schema["fields"]
        dates = [f["name"] for f in fields if f["type"] == "date"]
        frame = pandas.read_csv(path, encoding=resource["encoding"], keep_default_na=False,
                                na_values=schema["missingValues"],
                                dtype={f["name"]: DTYPES.get(f["type"], "string") for f in fields
                                       if f["type"] != "date"},
                                parse_dates=dates)
        with path.open(encoding="utf-8", newline="") as handle:
            records = sum(1 for _ in csv.reader(handle)) - 1
        key = schema.get("primaryKey", [])
        required = [f["name"] for f in fields if f.get("constraints", {}).get("required")] + key
        problems = []
        if list(frame.columns) != [f["name"] for f in fields]:
            problems.append("columns differ from the schema's fields")
        if len(frame) != records:
            problems.append(f"{len(frame)} rows read, the CSV has {records}")
        nulls = [c for c in dict.fromkeys(required) if frame[c].isna().any()]
        if nulls:
            problems.append(f"nulls in required columns {nulls}")
        if key and frame.duplicated(subset=key).any():
            problems.append(f"primary key {key} not unique")
        if problems:
            failures += 1
            print(f"  {resource['name']}: " + "; ".join(problems), file=sys.stderr)
        else:
            types = ", ".join(sorted({str(t) for t in frame.dtypes}))
            print(f"  {resource['name']}: {len(frame)} rows x {len(frame.columns)} columns ({types}): ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(check(pathlib.Path(sys.argv[1])))
