"""Whole messages as they arrive in a secretariat's mailbox: replies shaped like Outlook, Gmail and
Thunderbird send them, a forwarded reply, a bounce (DSN), an ordinary message and a malformed one."""

from __future__ import annotations

import base64

UID = "test-meeting@klimamoeder.invalid"
SECRETARIAT = "secretariat@kl.example"


def _crlf(lines: list[str]) -> str:
    return "\r\n".join(lines) + "\r\n"


def outlook_calendar(address: str, partstat: str = "ACCEPTED", stamp: str = "20261101T101500Z",
                     sequence: int = 0, uid: str = UID) -> str:
    """Exchange / outlook.com: Windows TZID from 1601, upper-case MAILTO:, no ORGANIZER."""
    summary = {"ACCEPTED": "Accepteret", "DECLINED": "Afvist", "TENTATIVE": "Foreløbigt"}[partstat]
    return _crlf([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"ATTENDEE;PARTSTAT={partstat};CN=Anne Søren:MAILTO:{address.upper()}",
        "COMMENT;LANGUAGE=da-DK:Jeg kommer gerne\\, men går kl. 15.",
        f"SUMMARY;LANGUAGE=da-DK:{summary}: Klimamøde", "DTSTART;TZID=Romance Standard Time:20261022T090000",
        "DTEND;TZID=Romance Standard Time:20261023T160000", f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5",
        f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", f"SEQUENCE:{sequence}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}", "X-MICROSOFT-CDO-OWNERAPPTID:2117472641",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "END:VEVENT", "END:VCALENDAR",
    ])


def outlook_eml(address: str, partstat: str = "ACCEPTED", stamp: str = "20261101T101500Z",
                message_id: str = "<DB9PR07MB1234@eurprd07.prod.outlook.com>") -> bytes:
    """Outlook desktop / Exchange Online: multipart/alternative with a base64 text/calendar; method=REPLY."""
    calendar = base64.encodebytes(outlook_calendar(address, partstat, stamp).encode()).decode()
    return _crlf([
        f"From: =?utf-8?Q?Anne_S=C3=B8ren?= <{address}>",
        f"To: Nanna Kel <{SECRETARIAT}>", "Subject: =?utf-8?Q?Accepteret:_Klimam=C3=B8de?=",
        "Thread-Topic: =?utf-8?Q?Klimam=C3=B8de?=", "Thread-Index: AQHZ3t4x5y6z7A==",
        "Date: Sun, 1 Nov 2026 10:15:00 +0000", f"Message-ID: {message_id}",
        "Content-Language: da-DK", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="_000_DB9PR07_"', "",
        "--_000_DB9PR07_", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64", "",
        base64.encodebytes("Jeg kommer gerne, men går kl. 15.\r\n".encode()).decode().strip(), "",
        "--_000_DB9PR07_", 'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64", "",
        base64.encodebytes(b"<html><body><p>Jeg kommer gerne</p></body></html>").decode().strip(), "",
        "--_000_DB9PR07_", 'Content-Type: text/calendar; charset="utf-8"; method=REPLY',
        "Content-Transfer-Encoding: base64", "", calendar.strip(), "", "--_000_DB9PR07_--", "",
    ]).encode()


def gmail_eml(address: str = "zoe@aberdeen.example", partstat: str = "TENTATIVE") -> bytes:
    """Gmail: the reply inline (text/calendar, base64) and again as application/ics without method=."""
    calendar = _crlf([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:20261022T070000Z", "DTEND:20261023T140000Z",
        "DTSTAMP:20261102T080000Z", f"ORGANIZER;CN=Nanna Kel:mailto:{SECRETARIAT}", f"UID:{UID}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN=Zoë;X-NUM-GUESTS=0:mailto:{address}",
        "CREATED:20261101T000000Z", "LAST-MODIFIED:20261102T080000Z", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Klimamøde", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
    ])
    payload = base64.encodebytes(calendar.encode()).decode().strip()
    return _crlf([
        "MIME-Version: 1.0", "Date: Mon, 2 Nov 2026 08:00:00 +0000",
        "Message-ID: <CAGx5kz=reply@mail.gmail.com>", f"From: =?UTF-8?B?Wm/Dqw==?= <{address}>",
        f"To: {SECRETARIAT}", "Subject: =?UTF-8?Q?Tentatively_accepted=3A_Klimam=C3=B8de?=",
        'Content-Type: multipart/mixed; boundary="000000000000a1b2"', "",
        "--000000000000a1b2", 'Content-Type: multipart/alternative; boundary="000000000000a1b3"', "",
        "--000000000000a1b3", 'Content-Type: text/plain; charset="UTF-8"', "", "Zoë has tentatively accepted.", "",
        "--000000000000a1b3", 'Content-Type: text/calendar; charset="UTF-8"; method=REPLY',
        "Content-Transfer-Encoding: base64", "", payload, "--000000000000a1b3--",
        "--000000000000a1b2", 'Content-Type: application/ics; name="invite.ics"',
        'Content-Disposition: attachment; filename="invite.ics"', "Content-Transfer-Encoding: base64", "",
        payload, "--000000000000a1b2--",
    ]).encode()


def thunderbird_eml(address: str = "lucja@gdansk.example", partstat: str = "DECLINED") -> bytes:
    """Thunderbird (Lightning): text/plain and text/calendar; method=REPLY in multipart/mixed."""
    calendar = _crlf([
        "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
        "METHOD:REPLY", "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen", "BEGIN:STANDARD", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT", "CREATED:20261101T120000Z", "DTSTAMP:20261103T090000Z",
        f"UID:{UID}", "SUMMARY:Klimamøde", f"ORGANIZER;CN=Nanna Kel:mailto:{SECRETARIAT}",
        f"ATTENDEE;RSVP=TRUE;CN=Łucja;PARTSTAT={partstat};ROLE=REQ-PARTICIPANT:mailto:{address}",
        "COMMENT:Niestety nie mogę.", "DTSTART;TZID=Europe/Copenhagen:20261022T090000",
        "DTEND;TZID=Europe/Copenhagen:20261023T160000", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR",
    ])
    return _crlf([
        f"From: =?UTF-8?B?xYF1Y2ph?= <{address}>", f"To: {SECRETARIAT}",
        "Subject: =?UTF-8?Q?Afvist=3A_Klimam=C3=B8de?=", "Date: Tue, 3 Nov 2026 09:00:00 +0100",
        "Message-ID: <0c2b3f1e-thunderbird@gdansk.example>", "User-Agent: Mozilla Thunderbird",
        "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="------------tb01"', "",
        "--------------tb01", "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit", "", "Łucja has declined your event invitation.", "",
        "--------------tb01", 'Content-Type: text/calendar; charset=UTF-8; method=REPLY',
        "Content-Transfer-Encoding: 8bit", "", calendar, "--------------tb01--",
    ]).encode()


def forwarded_eml(inner: bytes, by: str = "assistant@beijing.example") -> bytes:
    """An assistant forwards the answer as an attachment (message/rfc822), as Outlook's Forward does."""
    return _crlf([
        f"From: Assistant <{by}>", f"To: {SECRETARIAT}", "Subject: FW: Accepted: =?utf-8?Q?Klimam=C3=B8de?=",
        "Date: Wed, 4 Nov 2026 09:00:00 +0800", "Message-ID: <fw-001@beijing.example>", "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="fw-boundary"', "",
        "--fw-boundary", "Content-Type: text/plain; charset=utf-8", "",
        "Mr Chen's answer, forwarded as he asked.", "",
        "--fw-boundary", "Content-Type: message/rfc822", "Content-Disposition: attachment", "",
    ]).encode() + inner + b"\r\n--fw-boundary--\r\n"


def bounce_eml(original: bytes, recipient: str) -> bytes:
    """A delivery status notification (RFC 3464) returning our invitation: the recipient does not exist."""
    return _crlf([
        "From: Mail Delivery System <MAILER-DAEMON@mx.kl.example>", f"To: {SECRETARIAT}",
        "Subject: Undelivered Mail Returned to Sender", "Date: Thu, 5 Nov 2026 10:00:00 +0100",
        "Message-ID: <dsn-0001@mx.kl.example>", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b"', "",
        "--dsn-b", "Content-Type: text/plain; charset=us-ascii", "",
        "I'm sorry to have to inform you that your message could not be delivered.", "",
        "--dsn-b", "Content-Type: message/delivery-status", "",
        "Reporting-MTA: dns; mx.kl.example", "Arrival-Date: Thu, 5 Nov 2026 09:59:58 +0100", "",
        f"Final-Recipient: rfc822; {recipient}", f"Original-Recipient: rfc822;{recipient}", "Action: failed",
        "Status: 5.1.1", "Remote-MTA: dns; mx.gone.example",
        f"Diagnostic-Code: smtp; 550 5.1.1 <{recipient}>: Recipient address rejected: User unknown", "",
        "--dsn-b", "Content-Type: message/rfc822", "",
    ]).encode() + original + b"\r\n--dsn-b--\r\n"


def plain_eml() -> bytes:
    """An ordinary message: no calendar, no attachment (not downloaded at all)."""
    return _crlf([
        "From: Bo <bo@vejle.example>", f"To: {SECRETARIAT}", "Subject: Parkering ved Rådhuset?",
        "Date: Thu, 5 Nov 2026 11:00:00 +0100", "Message-ID: <q-1@vejle.example>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
        "Kan man parkere ved Rådhuset?",
    ]).encode()


def malformed_eml() -> bytes:
    """Broken: unterminated MIME, a calendar part whose base64 is cut off mid-event."""
    broken = base64.b64encode(b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACC").decode()
    return _crlf([
        "From: someone@broken.example", f"To: {SECRETARIAT}", "Subject: Re: Klimamøde",
        "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="never-closed"', "",
        "--never-closed", "Content-Type: text/calendar; method=REPLY", "Content-Transfer-Encoding: base64", "",
        broken[:-3] + "!!", "--never-clo",
    ]).encode()
