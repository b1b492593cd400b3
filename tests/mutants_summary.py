"""The per-module table of the last mutation runs (tests/mutants --summary): read from mutmut's results in
mutants/, with the survivors tests/MUTANTS.md explains as equivalent counted apart.

A survivor is equivalent when MUTANTS.md names it on a line starting with `- ` followed by its name in
backticks (e.g. "- `klimamoeder.services.replies.x_parse__mutmut_7`: the log message's text"). One listed as
"- killed: `NAME`" survived the last mutmut run but a test added since was seen failing under it (mutmut apply).
Killed % = killed / (mutants run − equivalent): an equivalent mutant is a change no test can see.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLED = {1, 3}  # a failing test, or pytest's internal error under the mutant
TIMEOUT = {36, -24, 24, 152, 255}  # the mutant made the tests run past their time: an endless loop is caught too


def listed(kind: str) -> set[str]:
    """The mutants MUTANTS.md lists as equivalent (kind "") or as killed since the run (kind "killed: ")."""
    path = ROOT / "tests" / "MUTANTS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return set(re.findall(rf"^- {kind}`([^`]+__mutmut_\d+)`", text, flags=re.MULTILINE))


def results(module: str) -> dict[str, int | None]:
    """mutant name → the exit code of its test run (None: not run yet) for a module or a folder of them."""
    base = ROOT / "mutants" / "klimamoeder" / module
    metas = sorted(base.rglob("*.py.meta")) if base.is_dir() else [base.with_name(base.name + ".meta")]
    found: dict[str, int | None] = {}
    for meta in metas:
        if meta.exists():
            found.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return found


def unrun(module: str) -> list[str]:
    """The mutants of a module not run yet (or reset by a change of their function): what a resumed run does.
    "No tests" (33) is run again too: a test added since may call the function now."""
    return sorted(name for name, code in results(module.removeprefix("klimamoeder/")).items() if code in (None, 33))


def main(modules: list[str]) -> int:
    if modules[:1] == ["--unrun"]:
        print("\n".join(unrun(modules[1])))
        return 0
    modules = [m for m in modules if not m.startswith("klimamoeder.")]  # mutant names given to tests/mutants
    modules = modules or ["services/registrations.py", "services/replies.py", "exports/ical.py", "exports/mail.py",
                          "exports/pdf"]
    equivalent, killed_since = listed(""), listed("killed: ")
    print(f"{'module':34} {'mutants':>7} {'killed':>6} {'survived':>8} {'equiv.':>6} {'unrun':>5} {'killed %':>8}")
    for module in modules:
        module = module.removeprefix("klimamoeder/")
        found = results(module)
        counts = Counter("killed" if code in KILLED or code in TIMEOUT or name in killed_since else
                         "unrun" if code is None else
                         "equivalent" if name in equivalent else "survived"
                         for name, code in found.items())
        judged = counts["killed"] + counts["survived"]
        rate = f"{100 * counts['killed'] / judged:.1f}" if judged else "-"
        print(f"{module:34} {len(found):7} {counts['killed']:6} {counts['survived']:8} {counts['equivalent']:6} "
              f"{counts['unrun']:5} {rate:>8}")
        for name, code in sorted(found.items()):
            if code not in (None, *KILLED, *TIMEOUT) and name not in equivalent | killed_since:
                print(f"    survived ({code}): {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
