"""Wall times in a meeting's zone and the instants we store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from ..i18n import translate
from .errors import DomainError

DEFAULT_ZONE = "Europe/Copenhagen"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise DomainError(
            translate("Errors", "Unknown time zone: {zone}").format(zone=name), field="time_zone"
        ) from error


@cache
def common_zones() -> list[str]:
    """Zone names offered in pickers: the IANA areas people actually meet in."""
    areas = ("Europe/", "America/", "Asia/", "Africa/", "Australia/", "Pacific/", "Atlantic/")
    return sorted(z for z in available_timezones() if z.startswith(areas) or z == "UTC")


def to_instant(local: datetime, zone_name: str) -> datetime:
    """A wall-clock time in `zone_name` as a UTC instant (fold=0 in the repeated hour)."""
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    return local.replace(tzinfo=zone(zone_name)).astimezone(UTC)


def to_local(instant: datetime, zone_name: str) -> datetime:
    return instant.astimezone(zone(zone_name))


def days_between(start: datetime, end: datetime, zone_name: str) -> list[date]:
    """The local calendar days a meeting touches (an end at midnight ends the day before)."""
    first = to_local(start, zone_name).date()
    last_moment = to_local(end - timedelta(microseconds=1), zone_name)
    last = last_moment.date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
