"""Family names: lists are sorted by them, guessed sensibly when nobody typed one."""

from __future__ import annotations

import pytest

from klimamoeder.services.names import guess_family_name, sort_as


@pytest.mark.parametrize(("name", "family"), [
    ("Mette Kjær Sørensen", "Sørensen"),
    ("Joost van der Meer", "van der Meer"),
    ("Ana Paula Ferreira", "Ferreira"),
    ("陈刚 (Chen Gang)", "陈"),
    ("王丽 (Wang Li)", "王"),
    ("김민준 (Kim Min-jun)", "김"),
    ("Maria Skovgaard-Johannesen", "Skovgaard-Johannesen"),
    ("Madonna", "Madonna"),
    ("  ", ""),
    ("Anne <b>&</b> Søren", "Søren"),
    ("דוד לוי", "לוי"),
])
def test_the_family_name_is_guessed_as_the_names_culture_writes_it(name: str, family: str) -> None:
    assert guess_family_name(name) == family


def test_sorting_ignores_particles_and_a_typed_family_name_wins() -> None:
    assert sort_as("Joost van der Meer", "").startswith("Meer, ")
    assert sort_as("Ib Kristensen", "").startswith("Kristensen, ")
    assert sort_as("Kari Nessa Nordtun", "Nessa Nordtun").startswith("Nessa Nordtun, ")


def test_importing_people_fills_the_family_name_from_a_last_name_column_or_the_guess(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from klimamoeder.model import Person
    from klimamoeder.services import demo

    demo.load_demo(sqlite_db)
    with sqlite_db.session() as s:
        families = dict(s.execute(select(Person.name, Person.family_name)).all())
    assert families["Joost van der Meer"] == "van der Meer"
    assert families["陈刚 (Chen Gang)"] == "陈"
