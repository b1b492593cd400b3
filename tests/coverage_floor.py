"""The coverage floor of `bash tests/run --cov`: each package named must have at least FLOOR % of its lines run.

    python tests/coverage_floor.py FLOOR PACKAGE_FOLDER...

Reads the combined data file (.coverage, or $COVERAGE_FILE) and pyproject.toml's [tool.coverage] settings;
exits 1 naming every package below the floor, with its percentage and how to see the lines that never ran.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import coverage
from coverage.exceptions import NoDataError

ROOT = Path(__file__).resolve().parents[1]


def line_coverage(cov: coverage.Coverage, package: str) -> tuple[float, int, int]:
    """(percent, lines run, lines) of every file under the package folder, those never imported included."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "coverage.json"
        try:
            cov.json_report(include=[str(ROOT / package / "*")], outfile=str(report))
        except NoDataError:  # not one file of the package was measured (a run of other tests only)
            return 0.0, 0, 0
        totals = json.loads(report.read_text(encoding="utf-8"))["totals"]
    return float(totals["percent_covered"]), int(totals["covered_lines"]), int(totals["num_statements"])


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    floor, packages = float(argv[0]), [package.rstrip("/") for package in argv[1:]]
    data_file = os.environ.get("COVERAGE_FILE", str(ROOT / ".coverage"))  # coverage's own variable, as for `report`
    cov = coverage.Coverage(config_file=str(ROOT / "pyproject.toml"), data_file=data_file)
    cov.load()
    below = 0
    for package in packages:
        if not (ROOT / package).is_dir():
            print(f"coverage floor: no package folder {package}/ in {ROOT}", file=sys.stderr)
            return 2
        percent, run, lines = line_coverage(cov, package)
        if percent >= floor:
            print(f"coverage floor: {package}/ {percent:.2f}% of its lines run ({run} of {lines}), floor {floor:g}%")
            continue
        below += 1
        print(f"COVERAGE BELOW THE FLOOR: {package}/ has {percent:.2f}% of its lines run ({run} of {lines}), "
              f"the floor is {floor:g}%. The lines that never ran: "
              f".venv/bin/python -m coverage report --show-missing --include='{package}/*'", file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
