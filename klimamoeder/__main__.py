"""`klimamoeder` and `python -m klimamoeder`: the CLI, or the window without a command."""

from __future__ import annotations

import sys


def window_arguments(args: list[str]) -> tuple[str | None, bool] | None:
    """(database, self-test) when the arguments only open the window (`[--db X] [--self-test]`), else None.

    The window is started without building the command line's parser: argparse and every command's options
    cost a tenth of a bare window's start. Anything else (a command, `--help`, a mistake) goes to `cli.run`,
    which knows the same two options.
    """
    database, self_test, rest = None, False, list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--self-test":
            self_test = True
        elif arg == "--db" and rest and not rest[0].startswith("-"):
            database = rest.pop(0)
        elif arg.startswith("--db=") and len(arg) > 5:
            database = arg[5:]
        else:
            return None
    return database, self_test


def main() -> None:
    window = window_arguments(sys.argv[1:])
    if window is not None:
        from .gui.app import run_gui

        sys.exit(run_gui(window[0], self_test=window[1]))
    from .cli import run

    sys.exit(run())


if __name__ == "__main__":
    main()
