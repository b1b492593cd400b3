"""The personal-data inventory knows every column: a new column without a privacy decision fails here."""

from __future__ import annotations

from sqlalchemy import Column, Enum, MetaData, String, Table

from klimamoeder.model import Base
from klimamoeder.services.privacy import inventory
from klimamoeder.services.privacy.inventory import INVENTORY, NotPersonal, Personal


def test_every_column_of_the_model_is_declared_personal_or_not_personal() -> None:
    assert inventory.undeclared() == [], (
        "Decide for each column listed whether it holds personal data: add it to "
        "klimamoeder/services/privacy/inventory.py (Personal with its retention rule, or NotPersonal with why)")


def test_a_new_column_without_a_decision_is_named() -> None:
    tables = dict(Base.metadata.tables)
    copy = tables["person"].to_metadata(MetaData())
    copy.append_column(Column("mobile", String(40)))
    tables["person"] = copy
    tables["newsletter_signup"] = Table("newsletter_signup", MetaData(), Column("sender", String(254)))
    assert inventory.undeclared(tables) == ["newsletter_signup.sender", "person.mobile"]


def test_a_personal_column_says_why_and_how_long() -> None:
    for table, columns in INVENTORY.items():
        for name, decision in columns.items():
            assert decision.why if isinstance(decision, NotPersonal) else decision.what, f"{table}.{name}"
            if isinstance(decision, Personal):
                assert decision.rule in inventory.Rule


def test_the_log_may_show_values_only_of_closed_vocabularies() -> None:
    for table in INVENTORY:
        for name in inventory.logged_columns(table):
            column_type = Base.metadata.tables[table].c[name].type
            assert isinstance(column_type, Enum) or (isinstance(column_type, String) and column_type.length <= 40), (
                f"{table}.{name} may hold free text: its value must not reach the audit log")
        assert not (set(inventory.logged_columns(table)) & set(inventory.personal_columns(table)))
