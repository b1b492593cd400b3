"""Read a PDF back the way a person (and a search engine) would: with poppler's tools.

Not our code reading our code: `pdftotext`, `pdffonts` and `pdfinfo` are independent
readers, so a name that only looks right inside reportlab fails here.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from PIL import Image


def _run(tool: str, pdf: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        result = subprocess.run([tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
                                capture_output=True, check=True, timeout=60)
        return result.stdout.decode("utf-8")


def text(pdf: bytes) -> str:
    """All text with runs of white space (line breaks from wrapping) made single spaces."""
    return re.sub(r"\s+", " ", _run("pdftotext", pdf))


def layout_pages(pdf: bytes) -> list[str]:
    """`pdftotext -layout`, one string per page."""
    pages = _run("pdftotext", pdf, "-layout").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def page_texts(pdf: bytes) -> list[str]:
    """Per page, white space normalised as in `text`."""
    pages = _run("pdftotext", pdf).split("\f")
    pages = pages[:-1] if pages and not pages[-1].strip() else pages
    return [re.sub(r"\s+", " ", page) for page in pages]


def page_count(pdf: bytes) -> int:
    match = re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", pdf), re.MULTILINE)
    assert match, "pdfinfo found no page count"
    return int(match.group(1))


def page_size(pdf: bytes) -> tuple[float, float]:
    match = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", _run("pdfinfo", pdf), re.MULTILINE)
    assert match
    return float(match.group(1)), float(match.group(2))


def fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF uses."""
    rows = _run("pdffonts", pdf).splitlines()[2:]
    found = []
    for row in rows:
        parts = row.split()
        # name type... encoding emb sub uni object-id generation: emb is the 5th field from the end
        found.append((parts[0], parts[-5] == "yes"))
    return found


def assert_fonts_embedded(pdf: bytes) -> None:
    used = fonts(pdf)
    assert used, "no fonts at all"
    assert all(embedded for _name, embedded in used), used


def words_with_boxes(pdf: bytes) -> list[tuple[int, str, float, float, float, float]]:
    """(page, word, x_min, y_min, x_max, y_max) from `pdftotext -bbox`, y from the top."""
    html = _run("pdftotext", pdf, "-bbox")
    found = []
    for page_number, page in enumerate(html.split("<page ")[1:], start=1):
        for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
        ):
            x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
            found.append((page_number, match.group(5), x0, y0, x1, y1))
    return found


def rasterise(pdf: bytes, dpi: int) -> list[Image.Image]:
    """`pdftoppm -gray` pages as greyscale images (0 black … 255 white), read into memory."""
    with tempfile.TemporaryDirectory(prefix="pdf-pages-") as name:
        folder = Path(name)
        (folder / "document.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(folder / "document.pdf"), str(folder / "page")],
                       check=True, timeout=120)
        pages = []
        for path in sorted(folder.glob("page*.pgm")):
            with Image.open(path) as image:
                pages.append(image.copy())
        return pages
