"""The README's Debian/Ubuntu package list is what Qt's X11 window needs, and the window opens on X11."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
# Provided by every Debian system, or a dependency of the packages listed (not worth naming).
BASE = {"libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1", "liblzma5", "libbsd0", "libmd0", "libxau6",
        "libxdmcp6", "libx11-6", "libxcb1", "libxcb-render0", "libglib2.0-0", "libglib2.0-0t64", "libpcre2-8-0",
        "libfreetype6", "libpng16-16", "libpng16-16t64", "libbrotli1", "libexpat1", "libsystemd0", "libcap2",
        "libgcrypt20", "libgpg-error0", "liblz4-1", "libglvnd0", "libglx0", "libgssapi-krb5-2", "libk5crypto3",
        "libkrb5-3", "libkrb5support0", "libcom-err2", "libkeyutils1", "libssl3", "libssl3t64", "libffi8",
        "libuuid1", "libblkid1", "libmount1", "libselinux1", "libgcc1"}


def readme_packages() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"sudo apt-get install (.*?)\n```", text, re.S)
    assert command is not None, "the README names no apt-get install line"
    return set(command.group(1).replace("\\", " ").split()) - {"python3-venv"}


def qt_libraries() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    return [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1]]


def package_of(library: str) -> str | None:
    real = os.path.realpath(library)
    for path in (real, real.replace("/usr/lib/", "/lib/"), real.replace("/lib/", "/usr/lib/", 1)):
        found = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":")[0]
    return None


@pytest.mark.skipif(not shutil.which("dpkg") or not shutil.which("ldd"), reason="needs a Debian system")
def test_the_readme_names_every_package_the_x11_window_links_to() -> None:
    needed: set[str] = set()
    for library in qt_libraries():
        linked = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=True).stdout
        for path in re.findall(r"=> (/\S+)", linked):
            if "PySide6" in path:
                continue
            package = package_of(path)
            if package is not None:
                needed.add(package)
    missing = sorted(needed - BASE - readme_packages())
    assert missing == [], f"the README's apt-get line lacks {missing}"
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= readme_packages()


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs Xvfb")
def test_the_window_opens_on_x11(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m", "klimamoeder",
                             "--db", str(tmp_path / "x.sqlite3"), "--self-test"],
                            env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-1500:]
    assert "self-test passed" in result.stdout
