"""The printed documents' own words, in the language the user picks for the document.

A Danish secretariat prints an English programme for an international meeting from a
Danish user interface, so these labels do not follow the UI language (Qt's translator):
each document language has its own small table here.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from functools import lru_cache

LANGUAGES = ("da", "en")

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "page": "Page {page} of {pages}",
        "programme": "Programme",
        "participants": "List of participants",
        "sign_in": "Sign-in sheet",
        "badges": "Name badges",
        "when": "When",
        "where": "Where",
        "host": "Host",
        "organiser": "Organiser",
        "theme": "Theme",
        "agenda": "Programme",
        "parallel": "Parallel sessions {start}–{end}",
        "speaker": "Speaker",
        "speakers": "Speakers",
        "moderator": "Moderator",
        "moderators": "Moderators",
        "room": "Room",
        "practical": "Practical information",
        "venue": "Venue",
        "online": "Online",
        "contact": "Contact",
        "photos": "Photos",
        "col_name": "Name",
        "col_title": "Title",
        "col_organisation": "Organisation",
        "col_email": "E-mail",
        "col_days": "Days",
        "col_role": "Role",
        "col_signature": "Signature",
        "all_days": "All days",
        "count": "{count} participants",
        "no_organisation": "Without organisation",
        "empty": "Nobody is registered yet.",
        "day_sign_in": "Day: ______________________",
        "internal": "Internal – not for distribution",
        "continued": "(continued)",
        "desk": "Desk {desk}: {first}–{last}",
        "day_count": "{count} registered for this day",
        "walk_ins": "Not on the list",
        "name_cards": "Name cards",
        "role_participant": "Participant",
        "role_speaker": "Speaker",
        "role_organiser": "Organiser",
        "role_press": "Press",
        "role_staff": "Staff",
        "role_guest": "Guest",
    },
    "da": {
        "page": "Side {page} af {pages}",
        "programme": "Program",
        "participants": "Deltagerliste",
        "sign_in": "Fremmødeliste",
        "badges": "Navneskilte",
        "when": "Tid",
        "where": "Sted",
        "host": "Vært",
        "organiser": "Arrangør",
        "theme": "Tema",
        "agenda": "Program",
        "parallel": "Parallelle sessioner {start}–{end}",
        "speaker": "Oplægsholder",
        "speakers": "Oplægsholdere",
        "moderator": "Ordstyrer",
        "moderators": "Ordstyrere",
        "room": "Lokale",
        "practical": "Praktisk information",
        "venue": "Mødested",
        "online": "Online",
        "contact": "Kontaktperson",
        "photos": "Fotos",
        "col_name": "Navn",
        "col_title": "Titel",
        "col_organisation": "Organisation",
        "col_email": "E-mail",
        "col_days": "Dage",
        "col_role": "Rolle",
        "col_signature": "Underskrift",
        "all_days": "Alle dage",
        "count": "{count} deltagere",
        "no_organisation": "Uden organisation",
        "empty": "Ingen er tilmeldt endnu.",
        "day_sign_in": "Dag: ______________________",
        "internal": "Intern – må ikke udleveres",
        "continued": "(fortsat)",
        "desk": "Skranke {desk}: {first}–{last}",
        "day_count": "{count} tilmeldt denne dag",
        "walk_ins": "Ikke på listen",
        "name_cards": "Bordkort",
        "role_participant": "Deltager",
        "role_speaker": "Oplægsholder",
        "role_organiser": "Arrangør",
        "role_press": "Presse",
        "role_staff": "Personale",
        "role_guest": "Gæst",
    },
}

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
}


class Labels:
    """Words and date formats of one document language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in _LABELS else "en"
        self._words = _LABELS[self.language]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def role(self, role: str) -> str:
        return self._words.get(f"role_{role}", role)

    def day(self, day: date) -> str:
        """`Wednesday 5 October 2022` / `Onsdag den 5. oktober 2022`."""
        weekday = _WEEKDAYS[self.language][day.weekday()]
        month = _MONTHS[self.language][day.month - 1]
        if self.language == "da":
            return f"{weekday.capitalize()} den {day.day}. {month} {day.year}"
        return f"{weekday} {day.day} {month} {day.year}"

    def short_day(self, day: date) -> str:
        """`6 Oct` / `6. okt.`: for the days column of a list."""
        month = _MONTHS[self.language][day.month - 1]
        if self.language == "da":
            return f"{day.day}. {month[:3]}."
        return f"{day.day} {month[:3]}"

    def span(self, start: datetime, end: datetime) -> str:
        """A meeting's dates and times in one line, local times as given."""
        first, last = start.date(), end.date()
        months = _MONTHS[self.language]
        times = f"{start:%H.%M}–{end:%H.%M}" if self.language == "da" else f"{start:%H:%M}–{end:%H:%M}"
        if first == last:
            return f"{self.day(first)}, {times}"
        if self.language == "da":
            head = f"{first.day}." if (first.month, first.year) == (last.month, last.year) else (
                f"{first.day}. {months[first.month - 1]}" + ("" if first.year == last.year else f" {first.year}"))
            return f"{head}–{last.day}. {months[last.month - 1]} {last.year}"
        head = f"{first.day}" if (first.month, first.year) == (last.month, last.year) else (
            f"{first.day} {months[first.month - 1]}" + ("" if first.year == last.year else f" {first.year}"))
        return f"{head}–{last.day} {months[last.month - 1]} {last.year}"

    def time(self, moment: datetime) -> str:
        return f"{moment:%H.%M}" if self.language == "da" else f"{moment:%H:%M}"


_LATIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "þ": "th", "ı": "i"})
_DANISH_TAIL = {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"}  # the three code points after z


def sort_key(text: str, language: str) -> tuple[str, str]:
    """How a reader of `language` expects names ordered: accents ignored, `Łucja` by L.

    Danish puts æ, ø and å after z (and `aa` with å); English folds them into a, o, ae.
    The text itself is the tie-breaker, so the order is total and stable.
    """
    if text.isascii():  # nothing to fold but case (and Danish `aa`, which is å: after z)
        folded = text.lower()
        return (folded.replace("aa", _DANISH_TAIL["å"]) if language == "da" else folded, text)
    # word by word (the folding never joins across a space), each word folded once: a list of 10,000
    # people has a few hundred distinct first and family names
    return (" ".join([_fold(word, language) for word in text.split(" ")]), text)


@lru_cache(maxsize=16384)
def _fold(word: str, language: str) -> str:
    folded = word.casefold()
    if language == "da":
        folded = folded.replace("aa", "å")
        folded = "".join(_DANISH_TAIL.get(c, c) for c in folded)
    else:
        folded = folded.replace("æ", "ae").replace("ø", "o")
    plain = unicodedata.normalize("NFKD", folded.translate(_LATIN))
    return "".join(c for c in plain if not unicodedata.combining(c))
