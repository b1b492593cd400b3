"""Fill Danish translations from a JSON object {"English source": "Dansk", …} on stdin.

    python resources/translations/set_da.py < new-strings.json && python resources/translations/update.py

Sets every message whose source matches (in any context) and marks it finished; prints
the sources it did not find and those still unfinished. Handy after a merge, when
several branches added strings: the Danish lives in a JSON file next to the change.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET

from update import TS


def main() -> int:
    wanted: dict[str, str] = json.load(sys.stdin)
    tree = ET.parse(TS)
    found: set[str] = set()
    unfinished: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in wanted:
            translation.text = wanted[source]
            translation.attrib.pop("type", None)
            found.add(source)
        elif translation.get("type") == "unfinished":
            unfinished.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in sorted(set(wanted) - found):
        print(f"not in the catalogue: {source!r}", file=sys.stderr)
    for source in unfinished:
        print(f"still unfinished: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
