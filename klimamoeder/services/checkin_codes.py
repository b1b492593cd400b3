"""The code on a badge's QR code, which the check-in view reads from a USB scanner.

A scanner types the code and presses Enter, through whatever keyboard layout the PC has:
only upper-case letters and digits survive every layout (a Danish layout turns a US
scanner's `-` into `+`), and they are also QR's compact alphanumeric mode. `KM` + the
meeting + `R` + the registration: a badge from another meeting is recognised as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CODE = re.compile(r"KM(\d+)R(\d+)")


@dataclass(frozen=True)
class CheckInCode:
    meeting_id: int
    registration_id: int


def code_for(meeting_id: int, registration_id: int) -> str:
    return f"KM{meeting_id}R{registration_id}"


def parse_code(text: str) -> CheckInCode | None:
    """The code in what a scanner typed (any case, surrounding spaces), or None if it is not one."""
    match = _CODE.fullmatch(text.strip().upper())
    return CheckInCode(int(match.group(1)), int(match.group(2))) if match else None
