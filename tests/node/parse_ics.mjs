// Reads an .ics file with ical.js (Thunderbird's parser) and prints what it computed, as JSON:
// the calendar's METHOD and, per VEVENT, UID, SEQUENCE, UTC start/end (or the date for all-day
// events) and the attendees' addresses. Only the file's own VTIMEZONEs are known to ical.js here,
// so every local time is resolved through the definitions we embedded. Given several files, it
// prints a JSON list with one such object per file (one node start for many messages).
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const when = (time) => (time.isDate ? time.toString() : time.toJSDate().toISOString());

function read(path) {
  const root = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  for (const vtimezone of root.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const events = root.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: when(event.startDate),
      end: when(event.endDate),
      tzid: event.startDate.isDate ? null : event.startDate.zone.tzid,
      attendees: vevent.getAllProperties("attendee").map((p) => String(p.getFirstValue()).replace(/^mailto:/i, "")),
      status: vevent.getFirstPropertyValue("status"),
      summary: vevent.getFirstPropertyValue("summary"),
      location: vevent.getFirstPropertyValue("location"),
    };
  });
  return { method: root.getFirstPropertyValue("method"), events };
}

const paths = process.argv.slice(2);
console.log(JSON.stringify(paths.length === 1 ? read(paths[0]) : paths.map(read)));
