"""What every command module shares: exit codes, the user-error type, and file output.

Each command module has a `register(commands)` that adds its parsers and binds each to
its handler with `set_defaults(handler=…)`, so the call graph can be read (and found by
tools) from the parser to the service.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..failures import MAX_ID, id_out_of_range
from ..i18n import translate
from ..safe_files import Content, check_target, write_file

if TYPE_CHECKING:
    from ..storage import Database

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

Handler = Callable[["Database", argparse.Namespace], int]


class CommandError(Exception):
    """A user error found by the CLI itself (bad file name, unknown meeting…)."""


@dataclass
class Commands:
    """The top-level sub-commands and the `WHAT` groups below them (`import`, `export`, …).

    A module asks for a group by name; the first to ask creates it, so `export` can
    gain `b2b-agendas` from the B2B module without the export module knowing.
    """

    top: argparse._SubParsersAction[argparse.ArgumentParser]
    _groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = field(default_factory=dict)

    def command(self, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        parser = self.top.add_parser(name, help=help_text)
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help_text: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        if name not in self._groups:
            parser = self.top.add_parser(name, help=help_text)
            self._groups[name] = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
        return self._groups[name]

    def sub(self, group: str, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        parser = self._groups[group].add_parser(name, help=help_text)
        parser.set_defaults(handler=handler)
        return parser


def record_id(text: str) -> int:
    """A MEETING (or other record) id: a whole number no record could exceed, else one clear line.

    Raises CommandError rather than argparse's error, so the answer is the one line every
    other failure gives ("… is out of range"), not a usage screen.
    """
    number = int(text)  # ValueError: argparse's "invalid record_id value" for text that is no number
    if not 0 <= number <= MAX_ID:
        raise CommandError(id_out_of_range(text))
    return number


def add_output(parser: argparse.ArgumentParser) -> None:
    """`-o FILE` and `--force`: an existing file is replaced only when asked to."""
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    parser.add_argument("--force", action="store_true",
                        help=translate("Cli", "replace FILE if it exists"))


def write_output(args: argparse.Namespace, produce: Callable[[], Content], message: str) -> int:
    """Check the target, build the content, write it through the one safe writer, print `message`.

    The target is checked before the (possibly long) build, so a refusal comes at once.
    """
    check_target(args.output, overwrite=args.force)
    write_file(args.output, produce(), overwrite=args.force)
    print(message.format(path=args.output))
    return EXIT_OK
