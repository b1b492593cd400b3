"""Retention with a frozen clock: the demo's 2021 KL meetings anonymised, the upcoming one untouched, headcounts
per day the same before and after; what is listed is exactly what is done."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from klimamoeder.services import attendance, audit, registrations
from klimamoeder.services.audit import AuditQuery
from klimamoeder.services.errors import DomainError
from klimamoeder.services.privacy import retention
from klimamoeder.storage import Database

NOW = datetime(2023, 10, 1, 12, 0, tzinfo=UTC)  # KL's 2021 meetings ended > 2 years ago; WECP's 2022 one has not


def meeting_ids(db: Database) -> dict[str, list[int]]:
    with db.read() as s:
        rows = s.execute(text("SELECT m.id, n.short_name, m.start FROM meeting m JOIN network n ON n.id = m.network_id "
                              "ORDER BY m.id"))
        found: dict[str, list[int]] = {}
        for meeting_id, network, start in rows:
            found.setdefault(f"{network} {str(start)[:4]}", []).append(meeting_id)
    return found


def counts(db: Database, meeting: int) -> list[tuple[object, ...]]:
    return [(h.day, h.registered, h.waitlisted, h.invited, h.checked_in) for h in attendance.headcounts(db, meeting)]


def held(db: Database, meeting: int) -> tuple[int, int]:
    with db.read() as s:
        return tuple(s.execute(text(
            "SELECT count(person_id), sum(CASE WHEN dietary <> '' OR accessibility <> '' THEN 1 ELSE 0 END) "
            "FROM registration WHERE meeting_id = :m"), {"m": meeting}).one())  # type: ignore[return-value]


def test_the_2021_kl_meetings_are_anonymised_and_the_upcoming_one_untouched(demo_db: Database) -> None:
    ids = meeting_ids(demo_db)
    kl_2021, [kl_2027], [wecp] = ids["KL-klimanetværk 2021"], ids["KL-klimanetværk 2027"], ids["WECP 2022"]
    for meeting in kl_2021:  # check-ins, so headcounts have arrivals to keep
        for row in registrations.list_registrations(demo_db, meeting)[:3]:
            attendance.check_in(demo_db, row.id, None)
    before = {m: counts(demo_db, m) for m in [*kl_2021, kl_2027, wecp]}
    upcoming = [(r.id, r.name, r.email, r.dietary) for r in registrations.list_registrations(demo_db, kl_2027)]
    assert held(demo_db, kl_2021[0])[0] > 0 and held(demo_db, wecp)[1] > 0

    listed = retention.due(demo_db, NOW)
    due = {m.meeting_id: m.rule for m in listed.meetings}
    assert {m: due.get(m) for m in [*kl_2021, kl_2027, wecp]} == {
        **{m: "registration" for m in kl_2021}, kl_2027: None, wecp: "needs"}
    assert retention.due(demo_db, NOW) == listed  # listing changes nothing

    done = retention.apply(demo_db, NOW)

    assert done.meetings == listed.meetings and done.people == listed.people
    for meeting in kl_2021:
        assert held(demo_db, meeting) == (0, 0)  # nobody named, no needs
        assert counts(demo_db, meeting) == before[meeting]  # the same headcounts per day
    assert held(demo_db, wecp)[0] > 0 and held(demo_db, wecp)[1] == 0  # only the needs went
    assert counts(demo_db, wecp) == before[wecp]
    assert [(r.id, r.name, r.email, r.dietary) for r in registrations.list_registrations(demo_db, kl_2027)] == upcoming
    assert counts(demo_db, kl_2027) == before[kl_2027]
    assert retention.due(demo_db, NOW).nothing_due  # done is done
    logged = audit.entries(demo_db, AuditQuery(action="anonymise"))
    assert {e.meeting_id for e in logged} == set(due)
    assert {e.source for e in logged} == {"retention"}


def test_people_kept_by_nothing_else_are_erased_with_their_last_registration(demo_db: Database) -> None:
    report = retention.apply(demo_db, NOW)
    assert report.people  # the demo has participants of old meetings only, at no member organisation
    with demo_db.read() as s:
        left = s.execute(text("SELECT count(*) FROM person WHERE id IN :ids").bindparams(
            __import__("sqlalchemy").bindparam("ids", expanding=True)), {"ids": list(report.people)}).scalar()
    assert left == 0


def test_a_network_may_keep_longer_and_apply_automatically(demo_db: Database) -> None:
    kl = next(p for p in retention.policies(demo_db) if p.network.startswith("KL"))
    assert (kl.registration_days, kl.needs_days, kl.apply_automatically) == (730, 30, False)
    retention.set_policy(demo_db, kl.network_id, 3650, 60, True)
    assert not [m for m in retention.due(demo_db, NOW).meetings if m.network == kl.network and m.rule == "registration"]
    with pytest.raises(DomainError, match="Needs"):
        retention.set_policy(demo_db, kl.network_id, 100, 200, False)


def test_at_start_nothing_is_done_until_every_due_network_applies_automatically(demo_db: Database) -> None:
    first = retention.run_at_start(demo_db, NOW)
    assert not first.automatic and retention.due(demo_db, NOW) == first
    for policy in retention.policies(demo_db):
        retention.set_policy(demo_db, policy.network_id, policy.registration_days, policy.needs_days, True)
    assert retention.run_at_start(demo_db, NOW).automatic
    assert retention.due(demo_db, NOW).nothing_due


def test_the_change_log_keeps_its_own_period_and_says_what_it_removed(db: Database) -> None:
    from klimamoeder.model import AuditEntry

    audit.set_audit_days(db, 365)
    with db.session() as s:  # entries from 2020: past the year the log keeps
        s.add_all([AuditEntry(at=datetime(2020, 5, 1, tzinfo=UTC), author="Mette", source="gui", action="update",
                              table_name="meeting", record_id=n, fields="title") for n in range(1, 8)])
    listed = retention.due(db)
    assert listed.log_entries == 7 and not listed.meetings
    retention.apply(db)
    assert retention.due(db).log_entries == 0
    assert [e.detail for e in audit.entries(db, AuditQuery(action="purge"))] == ["7"]
    assert not audit.entries(db, AuditQuery(author="Mette"))


def test_anonymising_on_both_databases_keeps_headcounts_and_removes_replies_and_deliveries(db: Database) -> None:
    from datetime import date

    from klimamoeder.model import DeliveryStatus, InvitationDelivery, MessageMethod
    from klimamoeder.services import replies
    from tests.invite_data import make_meeting
    from tests.unit.test_replies import outlook_reply

    ids = make_meeting(db, start="2021-04-29T09:00", end="2021-04-29T15:00", uid="old@klimamoeder.invalid")
    anne = ids.people["anne.soren@kbh.example"]
    replies.import_replies(db, [("svar.ics", outlook_reply("ACCEPTED", uid="old@klimamoeder.invalid"))])
    with db.session() as s:
        s.add(InvitationDelivery(meeting_id=ids.meeting, person_id=anne, method=MessageMethod.REQUEST, sequence=0,
                                 status=DeliveryStatus.SENT))
    reg = next(r.id for r in registrations.list_registrations(db, ids.meeting) if r.person_id == anne)
    attendance.check_in(db, reg, date(2021, 4, 29))
    before = counts(db, ids.meeting)

    [due] = retention.due(db, NOW).meetings
    assert due.rows == {"calendar_reply": 1, "invitation_delivery": 1}
    retention.apply(db, NOW)

    assert counts(db, ids.meeting) == before
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM calendar_reply")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM invitation_delivery")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM registration WHERE person_id IS NOT NULL")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM check_in")).scalar() == 1


def test_an_anonymised_meeting_still_works_raising_its_capacity_and_listing_it(db: Database) -> None:
    from klimamoeder.services import seats
    from tests.invite_data import make_meeting

    ids = make_meeting(db, start="2021-04-29T09:00", end="2021-04-29T15:00", uid="full@klimamoeder.invalid")
    zoe = ids.people["zoe@aberdeen.example"]
    with db.session() as s:
        s.execute(text("UPDATE meeting SET capacity = 2 WHERE id = :m"), {"m": ids.meeting})
        s.execute(text("UPDATE registration SET status = 'waitlisted' WHERE meeting_id = :m AND person_id = :p"),
                  {"m": ids.meeting, "p": zoe})
    retention.apply(db, NOW)

    moved = seats.update_meeting_fields(db, ids.meeting, capacity=3)

    assert list(moved.promoted) == ["(anonymised)"]
    assert seats.registration_lines(db, ids.meeting) == []  # listed nowhere, counted in headcounts
    assert sum(h.registered for h in attendance.headcounts(db, ids.meeting)) == 2  # the organiser and her
