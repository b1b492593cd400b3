"""iMIP e-mail messages around an invitation (RFC 6047), in the recipient's language.

The structure clients show with Accept/Decline buttons: multipart/mixed →
multipart/alternative (text/plain, text/html, text/calendar; method=…), optionally
an `invite.ics` attachment. The plain and HTML bodies repeat every fact for clients
that show no invitation. The texts follow the *recipient's* language (Person.language),
not the user's interface language, so they are kept here in both languages rather
than in the Qt catalogue.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import encoders
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, make_msgid
from zoneinfo import ZoneInfo

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "REQUEST": "Invitation", "UPDATE": "Updated invitation", "CANCEL": "Cancelled",
        "greeting": "Dear {name},",
        "REQUEST_intro": "You are invited to {title}.",
        "UPDATE_intro": "The invitation to {title} has changed. Please check the details below.",
        "CANCEL_intro": "{title} has been cancelled.",
        "UNINVITE_intro": "The invitation to {title} has been withdrawn for you.",
        "when": "When", "where": "Where", "online": "Online", "theme": "Theme", "programme": "Programme",
        "reply": "Please answer with the Accept or Decline buttons of your calendar, or reply to this e-mail.",
        "regards": "Kind regards",
    },
    "da": {
        "REQUEST": "Invitation", "UPDATE": "Opdateret invitation", "CANCEL": "Aflyst",
        "greeting": "Kære {name}",
        "REQUEST_intro": "Du er inviteret til {title}.",
        "UPDATE_intro": "Invitationen til {title} er ændret. Se detaljerne nedenfor.",
        "CANCEL_intro": "{title} er aflyst.",
        "UNINVITE_intro": "Invitationen til {title} er trukket tilbage for dig.",
        "when": "Hvornår", "where": "Hvor", "online": "Online", "theme": "Tema", "programme": "Program",
        "reply": "Svar med kalenderens knapper Accepter eller Afvis, eller svar på denne e-mail.",
        "regards": "Med venlig hilsen",
    },
}


@dataclass(frozen=True)
class MessageFacts:
    """What the bodies tell, already formatted in the meeting's zone and the reader's language."""

    title: str
    when: str
    where: str = ""
    online_link: str = ""
    theme: str = ""
    programme: tuple[str, ...] = ()
    # Further labelled facts, already in the reader's language (a bilateral meeting's "With": …).
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Letter:
    """Who sends what to whom; `kind` is REQUEST, UPDATE, CANCEL or UNINVITE."""

    kind: str
    language: str
    sender_name: str
    sender_email: str
    recipient_name: str
    recipient_email: str
    facts: MessageFacts


def texts(language: str) -> dict[str, str]:
    return _TEXTS.get(language, _TEXTS["en"])


def subject(letter: Letter) -> str:
    t = texts(letter.language)
    label = t["CANCEL"] if letter.kind in ("CANCEL", "UNINVITE") else t[letter.kind]
    return f"{label}: {letter.facts.title}"


def _body_lines(letter: Letter) -> tuple[str, str, list[tuple[str, str]], list[str], str]:
    t = texts(letter.language)
    facts = letter.facts
    rows = [(t["when"], facts.when)]
    if facts.where:
        rows.append((t["where"], facts.where))
    if facts.online_link:
        rows.append((t["online"], facts.online_link))
    if facts.theme:
        rows.append((t["theme"], facts.theme))
    rows += facts.extra
    intro = t[f"{letter.kind}_intro"].format(title=facts.title)
    closing = t["reply"] if letter.kind in ("REQUEST", "UPDATE") else ""
    programme = list(facts.programme) if letter.kind in ("REQUEST", "UPDATE") else []
    return t["greeting"].format(name=letter.recipient_name), intro, rows, programme, closing


def plain_body(letter: Letter) -> str:
    greeting, intro, rows, programme, closing = _body_lines(letter)
    t = texts(letter.language)
    lines = [greeting, "", intro, ""]
    lines += [f"{label}: {value}" for label, value in rows]
    if programme:
        lines += ["", f"{t['programme']}:"] + [f"  {line}" for line in programme]
    if closing:
        lines += ["", closing]
    lines += ["", t["regards"], letter.sender_name]
    return "\n".join(lines) + "\n"


def html_body(letter: Letter) -> str:
    greeting, intro, rows, programme, closing = _body_lines(letter)
    t = texts(letter.language)
    e = html.escape
    parts = [f'<html><body><p>{e(greeting)}</p><p>{e(intro)}</p><table>']
    parts += [f"<tr><th align=\"left\">{e(label)}</th><td>{e(value)}</td></tr>" for label, value in rows]
    parts.append("</table>")
    if programme:
        parts.append(f"<p><b>{e(t['programme'])}</b></p><ul>")
        parts += [f"<li>{e(line)}</li>" for line in programme]
        parts.append("</ul>")
    if closing:
        parts.append(f"<p>{e(closing)}</p>")
    parts.append(f"<p>{e(t['regards'])}<br>{e(letter.sender_name)}</p></body></html>")
    return "\n".join(parts) + "\n"


def _calendar_part(ics: bytes, method: str) -> MIMEBase:
    part = MIMEBase("text", "calendar", method=method, charset="UTF-8")
    part.set_payload(ics)
    encoders.encode_base64(part)
    return part


def _headers(message: MIMEMultipart, subject_text: str, sender: tuple[str, str], recipient: tuple[str, str],
             domain: str) -> None:
    """Subject (RFC 2047), From, To, Date and a fresh Message-ID: the same for every message we send."""
    # a compat32 message takes a Header as a header's value (typeshed says str)
    message["Subject"] = Header(subject_text, "utf-8", header_name="Subject")  # type: ignore[assignment]
    message["From"] = formataddr(sender, charset="utf-8")
    message["To"] = formataddr(recipient, charset="utf-8")
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = make_msgid(domain=domain)


def text_as_html(text: str) -> str:
    """Plain text as HTML: escaped, paragraphs at blank lines, line breaks kept."""
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return f"<html><body>{body}</body></html>\n"


def build_text_message(sender_name: str, sender_email: str, recipient_name: str, recipient_email: str,
                       subject_text: str, body: str, *, domain: str = "klimamoeder.invalid") -> MIMEMultipart:
    """A mail without a calendar (reminder, practical information): the text as plain and as HTML."""
    message = MIMEMultipart("alternative")
    message.attach(MIMEText(body, "plain", "utf-8"))
    message.attach(MIMEText(text_as_html(body), "html", "utf-8"))
    _headers(message, subject_text, (sender_name, sender_email), (recipient_name, recipient_email), domain)
    return message


def build_message(letter: Letter, ics: bytes, method: str, *, attach_file: bool = True,
                  domain: str = "klimamoeder.invalid") -> MIMEMultipart:
    """The whole iMIP message; `method` must equal the METHOD inside `ics`."""
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText(plain_body(letter), "plain", "utf-8"))
    alternative.attach(MIMEText(html_body(letter), "html", "utf-8"))
    alternative.attach(_calendar_part(ics, method))
    message = MIMEMultipart("mixed")
    _headers(message, subject(letter), (letter.sender_name, letter.sender_email),
             (letter.recipient_name, letter.recipient_email), domain)
    message.attach(alternative)
    if attach_file:
        attachment = MIMEBase("application", "ics", name="invite.ics")
        attachment.set_payload(ics)
        encoders.encode_base64(attachment)
        attachment.add_header("Content-Disposition", "attachment", filename="invite.ics")
        message.attach(attachment)
    return message


def as_draft(message: MIMEMultipart) -> bytes:
    """An .eml that Outlook opens as an unsent message, ready to press Send."""
    if "X-Unsent" not in message:
        message["X-Unsent"] = "1"
    return message.as_bytes()


_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
}


def format_date(day: date, language: str) -> str:
    months = _MONTHS.get(language, _MONTHS["en"])
    if language == "da":
        return f"{day.day}. {months[day.month - 1]} {day.year}"
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_time(moment: datetime, language: str) -> str:
    return f"{moment:%H.%M}" if language == "da" else f"{moment:%H:%M}"


def format_when(start: datetime, end: datetime, zone: ZoneInfo, all_day: bool, language: str) -> str:
    """'6 October 2022 09:00 – 7 October 2022 16:00 (Europe/Copenhagen)' in the reader's language."""
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    if all_day:
        last = (end - timedelta(microseconds=1)).astimezone(zone).date()
        first = local_start.date()
        if last <= first:
            return format_date(first, language)
        return f"{format_date(first, language)} – {format_date(last, language)}"
    if local_start.date() == local_end.date():
        return (f"{format_date(local_start.date(), language)} {format_time(local_start, language)}–"
                f"{format_time(local_end, language)} ({zone.key})")
    return (f"{format_date(local_start.date(), language)} {format_time(local_start, language)} – "
            f"{format_date(local_end.date(), language)} {format_time(local_end, language)} ({zone.key})")
