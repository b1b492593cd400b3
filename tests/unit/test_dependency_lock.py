"""CI and the frozen build install requirements/linux-py311.lock, and nothing else (tests/run: --no-deps).

So a dependency added to pyproject.toml, or a bound raised there, must reach the lock (`bash requirements/refresh`)
before anything can use it: otherwise CI would test versions that pyproject.toml forbids, or miss a package.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).parents[2]
LOCK = ROOT / "requirements" / "linux-py311.lock"
# The machine the lock is for (requirements/refresh: --python-version 3.11, Linux x86_64).
LINUX_PY311 = {"python_version": "3.11", "python_full_version": "3.11.0", "sys_platform": "linux",
               "platform_system": "Linux", "os_name": "posix", "platform_machine": "x86_64",
               "implementation_name": "cpython", "platform_python_implementation": "CPython"}


def pinned() -> dict[str, str]:
    """{name: version} of every `name==version` line in the lock."""
    pins = re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", LOCK.read_text(encoding="utf-8"), re.MULTILINE)
    return {canonicalize_name(name): version for name, version in pins}


def required() -> list[Requirement]:
    """What pyproject.toml asks for: the application's dependencies and the extras CI installs (dev, build)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    lines = project["dependencies"] + extras["dev"] + extras["build"]
    requirements = [Requirement(line) for line in lines]
    return [r for r in requirements if r.marker is None or r.marker.evaluate({**LINUX_PY311, "extra": ""})]


def test_the_lock_pins_everything_pyproject_asks_for_within_its_bounds() -> None:
    pins = pinned()
    missing = [str(r) for r in required() if canonicalize_name(r.name) not in pins]
    outside = [f"{r.name}=={pins[canonicalize_name(r.name)]} (pyproject.toml: {r})" for r in required()
               if canonicalize_name(r.name) in pins
               and not r.specifier.contains(pins[canonicalize_name(r.name)], prereleases=True)]
    assert not missing, f"not in {LOCK.name}, run `bash requirements/refresh`: {missing}"
    assert not outside, f"pinned outside pyproject.toml's bounds, run `bash requirements/refresh`: {outside}"


def test_every_pin_is_exact_and_hashed() -> None:
    text = LOCK.read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])  # after uv's two comment lines
    unhashed = [entry.split()[0] for entry in entries if entry.strip() and "--hash=sha256:" not in entry]
    assert len(pinned()) > 50
    assert not unhashed, f"pip --require-hashes (tests/run) refuses these: {unhashed}"


def test_the_pyside6_bound_that_avoids_the_612_refcount_bug_is_locked() -> None:
    # pyproject.toml: PySide6 6.12.0 frees a reference to True on every Signal.emit() under Python 3.11.
    for name in ("pyside6-essentials", "pyside6-addons", "shiboken6"):
        major, minor = (int(part) for part in pinned()[name].split(".")[:2])
        assert (major, minor) < (6, 12), f"{name} {pinned()[name]}"
