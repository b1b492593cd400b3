"""The one file writer: nothing it writes can take the database, a safety copy or an old file with it."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from klimamoeder import safe_files
from klimamoeder.safe_files import OutputRefused, check_target, write_by_path, write_file
from klimamoeder.storage import Database


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_open_database_and_each_of_its_files_are_refused(sqlite_db: Database, suffix: str) -> None:
    database = Path(sqlite_db.url.database or "")
    with pytest.raises(OutputRefused, match="is the open database"):
        write_file(Path(f"{database}{suffix}"), b"%PDF-1.4", overwrite=True)
    assert sqlite3.connect(database).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_database_is_recognised_by_identity_not_by_name(sqlite_db: Database, tmp_path: Path) -> None:
    database = Path(sqlite_db.url.database or "")
    (tmp_path / "programme.pdf").symlink_to(database)
    os.link(database, tmp_path / "hard-link.pdf")
    for alias in (tmp_path / "programme.pdf", tmp_path / "hard-link.pdf", tmp_path / "sub" / ".." / database.name):
        with pytest.raises(OutputRefused, match="is the open database"):
            check_target(alias, overwrite=True)


def test_before_upgrade_copies_are_refused(sqlite_db: Database) -> None:
    database = Path(sqlite_db.url.database or "")
    copy = safe_files.before_upgrade_name(database, "0003", "0004")
    with pytest.raises(OutputRefused, match="safety copy of the database"):
        write_file(copy, b"x")


def test_another_programs_database_in_use_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (a)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    try:
        with pytest.raises(OutputRefused, match="database in use"):
            write_file(other, b"x")
    finally:
        con.close()


def test_an_existing_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_bytes(b"old")
    with pytest.raises(OutputRefused, match="already exists; choose another name or use --force"):
        write_file(target, b"new", overwrite=False)
    assert target.read_bytes() == b"old"
    write_file(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"


def test_a_folder_is_not_a_file_name(tmp_path: Path) -> None:
    with pytest.raises(OutputRefused, match="is a folder; give a file name"):
        write_file(tmp_path, b"x")
    with pytest.raises(OutputRefused, match="does not exist"):
        write_file(tmp_path / "missing" / "x.pdf", b"x")


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "programme.pdf"
    target.write_bytes(b"the old programme")

    def half_then_fail(output) -> None:  # type: ignore[no-untyped-def]
        output.write(b"%PDF-1.4 half")
        raise RuntimeError("the builder failed half-way")

    with pytest.raises(RuntimeError):
        write_file(target, half_then_fail)
    assert target.read_bytes() == b"the old programme"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.pdf"]


def test_a_path_producer_gets_a_fresh_file_in_the_target_folder(tmp_path: Path) -> None:
    seen: list[Path] = []

    def produce(path: Path) -> None:
        seen.append(path)
        path.write_bytes(b"made by path")

    write_by_path(tmp_path / "copy.bin", produce)
    assert seen[0].parent == tmp_path and seen[0].name.startswith(".copy.bin.")
    assert (tmp_path / "copy.bin").read_bytes() == b"made by path" and not seen[0].exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_files_are_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_file(tmp_path / "list.pdf", b"x")
        safe_files.private_folder(tmp_path / "data")
    finally:
        os.umask(old)
    assert mode(tmp_path / "list.pdf") == 0o600
    assert mode(tmp_path / "data") == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_tightening_keeps_a_read_only_file_read_only(tmp_path: Path) -> None:
    shared, read_only = tmp_path / "shared.sqlite3", tmp_path / "frozen.sqlite3"
    shared.write_bytes(b"x")
    read_only.write_bytes(b"x")
    shared.chmod(0o664)
    read_only.chmod(0o444)
    assert safe_files.tighten([shared, read_only]) == 2
    assert (mode(shared), mode(read_only)) == (0o600, 0o400)


def test_e_mail_drafts_saved_twice_into_one_folder_keep_the_first_batch(tmp_path: Path) -> None:
    from email.message import EmailMessage

    from klimamoeder.services.invites import DraftFolder

    def letter(text: str) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = "Invitation"
        message.set_content(text)
        return message

    DraftFolder(tmp_path).send(letter("first batch"), "sekretariat@kl.example", "anne@vejle.example")
    DraftFolder(tmp_path).send(letter("second batch"), "sekretariat@kl.example", "anne@vejle.example")
    drafts = sorted(tmp_path.iterdir())
    assert [d.name for d in drafts] == ["0001-anne_vejle.example-2.eml", "0001-anne_vejle.example.eml"]
    assert b"first batch" in drafts[1].read_bytes() and b"second batch" in drafts[0].read_bytes()
