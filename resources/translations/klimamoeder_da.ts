<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="56"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="61"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="69"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="78"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="83"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="85"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="88"/>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="94"/>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="98"/>
        <source>New room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="101"/>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="112"/>
        <source>Choose a person or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="118"/>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="204"/>
        <source>Speaker</source>
        <translation type="unfinished">Oplægsholder</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="119"/>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="204"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="120"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="122"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="131"/>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="135"/>
        <source>registered participants that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="137"/>
        <source>Expected &amp;audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="140"/>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="143"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="176"/>
        <source>{room} ({capacity} seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="187"/>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="191"/>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="197"/>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="187"/>
        <source>Name of the room at {venue}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="191"/>
        <source>Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_item_dialog.py" line="205"/>
        <source> (new person)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="59"/>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="60"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="61"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="62"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="63"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="64"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="150"/>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="292"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="205"/>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="207"/>
        <source>Conflicts: {open} open, {accepted} accepted. Tick a conflict to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="295"/>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="295"/>
        <source>Edit agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="301"/>
        <source>Add “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="304"/>
        <source>Edit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="316"/>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="323"/>
        <source>Duplicate “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="329"/>
        <source>Reorder “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="342"/>
        <source>Resize “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="342"/>
        <source>Move “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="349"/>
        <source>Shift the following items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="358"/>
        <source>without a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="359"/>
        <source>Move the {count} later item(s) in {room} on this day {minutes} minutes later too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="361"/>
        <source>Move the {count} later item(s) in {room} on this day {minutes} minutes earlier too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_editor.py" line="363"/>
        <source>Shift following items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../klimamoeder/gui/app.py" line="100"/>
        <source>The database lies on a network drive. SQLite cannot lock files reliably there, and data can be lost when two people use it. Keep the file on this PC, or share a PostgreSQL server instead.</source>
        <translation>Databasen ligger på et netværksdrev. SQLite kan ikke låse filer sikkert dér, og data kan gå tabt, når to personer bruger den. Gem filen på denne pc, eller del en PostgreSQL-server i stedet.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="23"/>
        <source>Speakers: {names}</source>
        <translation>Oplægsholdere: {names}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="25"/>
        <source>Moderator: {names}</source>
        <translation>Ordstyrer: {names}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="31"/>
        <source>Times in {zone}</source>
        <translation>Tider i {zone}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="33"/>
        <source>The agenda is empty.</source>
        <translation>Dagsordenen er tom.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="30"/>
        <source>Plan network meetings. Without a command the window opens.</source>
        <translation>Planlæg netværksmøder. Uden en kommando åbnes vinduet.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="34"/>
        <source>SQLite file or PostgreSQL URL (default: KLIMAMOEDER_DB or your data folder)</source>
        <translation>SQLite-fil eller PostgreSQL-URL (standard: KLIMAMOEDER_DB eller din datamappe)</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="37"/>
        <source>open the window, load a meeting, render a PDF page, and exit</source>
        <translation>åbn vinduet, indlæs et møde, vis en PDF-side og afslut</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="40"/>
        <source>load the demo data (idempotent)</source>
        <translation>indlæs demodata (kan køres flere gange)</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="41"/>
        <source>list meetings</source>
        <translation>vis møder</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="43"/>
        <source>print a meeting&apos;s agenda in its local time</source>
        <translation>udskriv et mødes dagsorden i mødets lokale tid</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="46"/>
        <source>write a consistent copy of the database</source>
        <translation>skriv en konsistent kopi af databasen</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="49"/>
        <source>import participants or calendar replies</source>
        <translation>importér deltagere eller kalendersvar</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="51"/>
        <source>CSV or XLSX file of participants</source>
        <translation>CSV- eller XLSX-fil med deltagere</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="56"/>
        <source>import the valid rows even if some rows are invalid</source>
        <translation>importér de gyldige rækker, selv om nogle rækker er ugyldige</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="57"/>
        <source>iCalendar REPLY files or .eml messages</source>
        <translation>iCalendar REPLY-filer eller .eml-beskeder</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="60"/>
        <source>write invitations, calendars, PDFs or spreadsheets</source>
        <translation>skriv invitationer, kalendere, PDF&apos;er eller regneark</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="63"/>
        <source>one .ics with every invitee as ATTENDEE</source>
        <translation>én .ics med alle inviterede som ATTENDEE</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="64"/>
        <source>the programme as PDF</source>
        <translation>programmet som PDF</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="65"/>
        <source>the participant list as PDF</source>
        <translation>deltagerlisten som PDF</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="66"/>
        <source>name badges as PDF</source>
        <translation>navneskilte som PDF</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="67"/>
        <source>registrations as CSV or XLSX</source>
        <translation>tilmeldinger som CSV eller XLSX</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="75"/>
        <source>sign-in sheet with signatures</source>
        <translation>fremmødeliste med underskrifter</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="76"/>
        <source>METHOD:PUBLISH feed of meetings</source>
        <translation>METHOD:PUBLISH-kalender med møder</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="80"/>
        <source>send e-mail</source>
        <translation>send e-mail</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="82"/>
        <source>e-mail the invitation to every invitee</source>
        <translation>e-mail invitationen til alle inviterede</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="95"/>
        <source>Demo data loaded: {meetings} meetings, {people} people.</source>
        <translation>Demodata indlæst: {meetings} møder, {people} personer.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="98"/>
        <source>The demo data is already there; nothing changed.</source>
        <translation>Demodata findes allerede; intet er ændret.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="120"/>
        <source>Backup written to {path}</source>
        <translation>Sikkerhedskopi skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="127"/>
        <source>&apos;{feature}&apos; is not available in this version yet.</source>
        <translation>&apos;{feature}&apos; findes ikke i denne version endnu.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="156"/>
        <source>Skipped: {problem}</source>
        <translation>Sprunget over: {problem}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="157"/>
        <source>Dry run, nothing changed. Would import {rows} rows: {created} new people, {matched} matched by e-mail; {added} registrations added, {updated} updated, {waitlisted} to the wait list.</source>
        <translation>Prøvekørsel, intet er ændret. Ville importere {rows} rækker: {created} nye personer, {matched} genkendt på e-mail; {added} tilmeldinger tilføjet, {updated} opdateret, {waitlisted} på venteliste.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="161"/>
        <source>Imported {rows} rows: {created} new people, {matched} matched by e-mail; {added} registrations added, {updated} updated, {waitlisted} to the wait list.</source>
        <translation>Importerede {rows} rækker: {created} nye personer, {matched} genkendt på e-mail; {added} tilmeldinger tilføjet, {updated} opdateret, {waitlisted} på venteliste.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="177"/>
        <source>{applied} applied, {stale} stale, {duplicate} duplicate, {review} for review.</source>
        <translation>{applied} registreret, {stale} forældede, {duplicate} dubletter, {review} til gennemsyn.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="185"/>
        <source>Invitation written to {path}</source>
        <translation>Invitation skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="193"/>
        <source>Calendar written to {path}</source>
        <translation>Kalender skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="199"/>
        <source>Programme written to {path}</source>
        <translation>Program skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="208"/>
        <source>Participant list written to {path}</source>
        <translation>Deltagerliste skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="216"/>
        <source>Badges written to {path}</source>
        <translation>Navneskilte skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="225"/>
        <source>Registrations written to {path}</source>
        <translation>Tilmeldinger skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="237"/>
        <source>{n} message(s) with SEQUENCE {sequence}.</source>
        <translation>{n} besked(er) med SEQUENCE {sequence}.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="241"/>
        <source>Dry run: nothing was sent.</source>
        <translation>Prøvekørsel: intet blev sendt.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="246"/>
        <source>Not delivered to person {id}: {error}</source>
        <translation>Ikke leveret til person {id}: {error}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/cli.py" line="248"/>
        <source>{sent} sent, {failed} failed.</source>
        <translation>{sent} sendt, {failed} fejlede.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../klimamoeder/gui/agenda_conflicts.py" line="32"/>
        <source>Person in two places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_conflicts.py" line="33"/>
        <source>Room double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_conflicts.py" line="34"/>
        <source>Outside the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_conflicts.py" line="35"/>
        <source>Longer than its day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_conflicts.py" line="36"/>
        <source>Speaker not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_conflicts.py" line="37"/>
        <source>Room too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_conflicts.py" line="53"/>
        <source>Accepted</source>
        <translation type="unfinished">Accepteret</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_conflicts.py" line="53"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_conflicts.py" line="53"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="82"/>
        <source>moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="83"/>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="88"/>
        <source>{person} ({role}) of &apos;{title}&apos; is not registered for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="90"/>
        <source>{person} ({role}) of &apos;{title}&apos; has declined the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="92"/>
        <source>{person} ({role}) of &apos;{title}&apos; has cancelled the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="94"/>
        <source>{person} ({role}) of &apos;{title}&apos; is invited but has not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="96"/>
        <source>{person} ({role}) of &apos;{title}&apos; is on the wait list, not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="98"/>
        <source>{person} ({role}) of &apos;{title}&apos; is not registered for {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="127"/>
        <source>&apos;{title}&apos; ({when}) lies outside the meeting&apos;s days and times ({meeting}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="132"/>
        <source>&apos;{title}&apos; lasts longer than a day ({hours} hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="136"/>
        <source>&apos;{title}&apos; ({when}) runs past midnight into the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="143"/>
        <source>&apos;{title}&apos; ({when}): {room} holds {capacity} people, but {audience} participants attend that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="148"/>
        <source>&apos;{title}&apos; ({when}): {room} holds {capacity} people, but {audience} are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="157"/>
        <source>{room} is double-booked: &apos;{first}&apos; ({first_when}) and &apos;{second}&apos; ({second_when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/conflicts.py" line="163"/>
        <source>{person} is in two places at once: &apos;{first}&apos; ({first_when}) and &apos;{second}&apos; ({second_when}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyMeetingDialog</name>
    <message>
        <location filename="../../klimamoeder/gui/copy_meeting_dialog.py" line="39"/>
        <source>New meeting from “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/copy_meeting_dialog.py" line="43"/>
        <source>The new meeting gets this meeting&apos;s details and agenda, moved to the new dates. Every item keeps its clock time in {zone}. Registrations are not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/copy_meeting_dialog.py" line="49"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/copy_meeting_dialog.py" line="53"/>
        <source>New &amp;start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/copy_meeting_dialog.py" line="54"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/copy_meeting_dialog.py" line="55"/>
        <source>Copy the &amp;speakers and moderators too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/copy_meeting_dialog.py" line="60"/>
        <source>Create meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../../klimamoeder/gui/agenda_view.py" line="162"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/agenda_view.py" line="163"/>
        <source>Speaker</source>
        <translation type="unfinished">Oplægsholder</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../klimamoeder/services/documents.py" line="57"/>
        <source>Documents can be printed in Danish (da) or English (en), not &apos;{language}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/documents.py" line="170"/>
        <source>Laying out the programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/documents.py" line="182"/>
        <location filename="../../klimamoeder/services/documents.py" line="197"/>
        <source>Reading the registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/documents.py" line="186"/>
        <source>Laying out the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/documents.py" line="199"/>
        <source>Laying out the badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/documents.py" line="215"/>
        <source>Unknown document &apos;{document}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="183"/>
        <location filename="../../klimamoeder/services/documents.py" line="65"/>
        <location filename="../../klimamoeder/services/invites.py" line="148"/>
        <location filename="../../klimamoeder/services/meeting_copy.py" line="44"/>
        <location filename="../../klimamoeder/services/meetings.py" line="149"/>
        <location filename="../../klimamoeder/services/registrations.py" line="137"/>
        <source>There is no meeting with id {id}.</source>
        <translation>Der findes intet møde med id {id}.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="190"/>
        <source>This agenda item no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="316"/>
        <source>Give the item an end time or a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="319"/>
        <source>&apos;{title}&apos; must end after it starts (it starts {start} and ends {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="331"/>
        <source>The chosen room is not at this meeting&apos;s venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="342"/>
        <source>A chosen speaker or moderator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="362"/>
        <source>The agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="364"/>
        <source>The expected audience cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="413"/>
        <source>Choose the agenda items to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda.py" line="493"/>
        <source>There is no other item starting at the same time to swap &apos;{title}&apos; with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/attendance.py" line="78"/>
        <source>{day} is not a day of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/attendance.py" line="123"/>
        <source>The registration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/attendance.py" line="127"/>
        <source>{name} is not registered (status: {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/attendance.py" line="131"/>
        <source>{name} was already checked in at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/attendance.py" line="138"/>
        <source>{name} was just checked in elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/meeting_copy.py" line="49"/>
        <location filename="../../klimamoeder/services/meetings.py" line="183"/>
        <source>The meeting needs a title.</source>
        <translation>Mødet skal have en titel.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/meetings.py" line="190"/>
        <source>The meeting must end after it starts.</source>
        <translation>Mødet skal slutte, efter det begynder.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/meetings.py" line="194"/>
        <source>The registration deadline lies after the meeting has ended.</source>
        <translation>Tilmeldingsfristen ligger efter mødets afslutning.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/meetings.py" line="197"/>
        <location filename="../../klimamoeder/services/venues.py" line="25"/>
        <source>The capacity cannot be negative.</source>
        <translation>Kapaciteten kan ikke være negativ.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/meetings.py" line="205"/>
        <location filename="../../klimamoeder/services/people.py" line="73"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/meetings.py" line="239"/>
        <source>The chosen network no longer exists.</source>
        <translation>Det valgte netværk findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/meetings.py" line="254"/>
        <location filename="../../klimamoeder/services/meetings.py" line="261"/>
        <source>Someone else changed this meeting meanwhile. Reload it and make your change again.</source>
        <translation>En anden har ændret mødet i mellemtiden. Genindlæs det, og foretag din ændring igen.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="160"/>
        <location filename="../../klimamoeder/services/registrations.py" line="341"/>
        <source>There is no person with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="182"/>
        <source>The person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="184"/>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="202"/>
        <source>The phone number is longer than 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="217"/>
        <source>The e-mail address {email} already belongs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="244"/>
        <source>Someone else changed this person meanwhile. Reload and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="336"/>
        <source>A person cannot be merged with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="407"/>
        <source>The organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="409"/>
        <source>The country must be a two-letter code such as DK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="414"/>
        <source>The organisation {name} ({country}) already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="426"/>
        <source>The organisation needs a name and a two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="430"/>
        <source>The organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="449"/>
        <source>The network or the organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="452"/>
        <source>{organisation} is already in {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="456"/>
        <source>{network} admits a new member only on the recommendation of a member. Choose the recommending member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="461"/>
        <source>The recommending organisation must itself be a member of {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="477"/>
        <source>The membership no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/registrations.py" line="167"/>
        <source>{day} is not a day of this meeting ({days}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/registrations.py" line="242"/>
        <source>Some of the chosen registrations no longer exist. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/registrations.py" line="249"/>
        <source>{name}: cannot change from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/registrations.py" line="321"/>
        <source>Choose another meeting to invite its participants from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/registrations.py" line="383"/>
        <source>…and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/timeutil.py" line="20"/>
        <source>Unknown time zone: {zone}</source>
        <translation>Ukendt tidszone: {zone}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/venues.py" line="23"/>
        <source>The room needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/venues.py" line="31"/>
        <source>{venue} already has a room called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/venues.py" line="40"/>
        <source>The venue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/venues.py" line="53"/>
        <source>The room no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="46"/>
        <source>all days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="50"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="51"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="52"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="53"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="54"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="55"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="56"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="57"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="58"/>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="59"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="60"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="61"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="62"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="63"/>
        <source>Registered at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/exports/spreadsheet.py" line="102"/>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/registration_export.py" line="20"/>
        <source>Name the file .csv or .xlsx to choose the format: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="96"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="96"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="97"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="97"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="98"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="98"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="99"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="99"/>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="100"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="100"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="101"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="101"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="102"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="102"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="195"/>
        <source>Choose which column holds the name (or first and last name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="198"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="207"/>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="215"/>
        <source>lies outside the table: the row has more fields than the header. Check quotes and the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="223"/>
        <source>is empty: a name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="227"/>
        <source>is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="231"/>
        <source>contains invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="236"/>
        <source>is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="239"/>
        <source>is also on line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="247"/>
        <source>is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="253"/>
        <source>is not a day of the meeting ({days}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="300"/>
        <source>{count} of {total} rows cannot be imported; nothing was imported. Correct them, or choose to import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="305"/>
        <source>There is no valid row to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="372"/>
        <location filename="../../klimamoeder/services/participant_import.py" line="379"/>
        <source>Saving people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/participant_import.py" line="456"/>
        <source>Saving registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/tabular.py" line="36"/>
        <source>Line {line}, column {column}: &apos;{value}&apos; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/tabular.py" line="141"/>
        <source>Line {line}: the file cannot be read as CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/tabular.py" line="152"/>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invites</name>
    <message>
        <location filename="../../klimamoeder/services/invites.py" line="346"/>
        <source>Klimamøder meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="25"/>
        <source>General assembly</source>
        <translation>Generalforsamling</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="26"/>
        <source>Network meeting</source>
        <translation>Netværksmøde</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="27"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="28"/>
        <source>Info meeting</source>
        <translation>Infomøde</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="29"/>
        <source>Site visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="30"/>
        <source>Signing</source>
        <translation>Underskrivelse</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="31"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="32"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="33"/>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="34"/>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="35"/>
        <location filename="../../klimamoeder/gui/labels.py" line="48"/>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="36"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="37"/>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="38"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="39"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="40"/>
        <source>Meal</source>
        <translation>Måltid</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="41"/>
        <source>Excursion / site visit</source>
        <translation>Ekskursion / besøg</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="42"/>
        <source>B2B meetings</source>
        <translation>B2B-møder</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="43"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="44"/>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="45"/>
        <source>Registered</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="46"/>
        <source>Wait-listed</source>
        <translation>På venteliste</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="47"/>
        <location filename="../../klimamoeder/gui/labels.py" line="58"/>
        <source>Declined</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="49"/>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="50"/>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="51"/>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="52"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="53"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="54"/>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="55"/>
        <source>No answer</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="56"/>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="57"/>
        <source>Tentative</source>
        <translation>Foreløbig</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="59"/>
        <source>Delegated</source>
        <translation>Videregivet</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="60"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="61"/>
        <source>President</source>
        <translation>Præsident</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="62"/>
        <source>Vice president</source>
        <translation>Vicepræsident</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="63"/>
        <source>Board</source>
        <translation>Bestyrelse</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="64"/>
        <source>Innovation city</source>
        <translation>Innovationsby</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="65"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="66"/>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="67"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="68"/>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="69"/>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="70"/>
        <source>Utility</source>
        <translation>Forsyning</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="71"/>
        <source>Knowledge institution</source>
        <translation>Videninstitution</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="72"/>
        <source>Association</source>
        <translation>Forening</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/labels.py" line="73"/>
        <source>Authority</source>
        <translation>Myndighed</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <location filename="../../klimamoeder/services/mailer.py" line="55"/>
        <source>Enter the SMTP server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/mailer.py" line="57"/>
        <source>The SMTP port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/mailer.py" line="59"/>
        <source>Choose STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/mailer.py" line="61"/>
        <source>An unencrypted connection is only allowed to a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/mailer.py" line="78"/>
        <source>The password could not be stored in the system&apos;s key ring: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/mailer.py" line="89"/>
        <source>The password could not be read from the system&apos;s key ring: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/mailer.py" line="131"/>
        <source>The SMTP server did not accept the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/mailer.py" line="135"/>
        <source>Could not connect to the SMTP server {host}:{port}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/mailer.py" line="160"/>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="85"/>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="106"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nyt møde…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="109"/>
        <source>&amp;Open database…</source>
        <translation>Å&amp;bn database…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="110"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sikkerhedskopiér database…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="111"/>
        <source>Load &amp;demo data</source>
        <translation>Indlæs &amp;demodata</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="113"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="115"/>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="116"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="118"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annuller fortryd</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="123"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="125"/>
        <source>&amp;Send invitations…</source>
        <translation>&amp;Send invitationer…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="126"/>
        <source>&amp;Print and PDF…</source>
        <translation>&amp;Udskriv og PDF…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="128"/>
        <source>&amp;Check-in at the door…</source>
        <translation>&amp;Indtjekning ved døren…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="129"/>
        <source>&amp;Import participants…</source>
        <translation>Importér &amp;deltagere…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="131"/>
        <source>New meeting &amp;from this one…</source>
        <translation>Nyt møde &amp;ud fra dette…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="137"/>
        <source>Import calendar &amp;replies…</source>
        <translation>Importér kalender&amp;svar…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="138"/>
        <source>Review &amp;unmatched replies…</source>
        <translation>Gennemgå svar &amp;uden match…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="141"/>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="142"/>
        <source>People and &amp;organisations…</source>
        <translation>Personer og &amp;organisationer…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="144"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="145"/>
        <source>&amp;Mail server…</source>
        <translation>&amp;Mailserver…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="147"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="151"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="152"/>
        <source>&amp;About Klimamøder</source>
        <translation>&amp;Om Klimamøder</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="217"/>
        <source>Demo data loaded: {meetings} meetings.</source>
        <translation>Demodata indlæst: {meetings} møder.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="218"/>
        <source>The demo data is already there.</source>
        <translation>Demodata findes allerede.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="220"/>
        <source>Loading demo data</source>
        <translation>Indlæser demodata</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="230"/>
        <location filename="../../klimamoeder/gui/main_window.py" line="239"/>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="231"/>
        <source>Klimamøder databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Klimamøder-databaser (*.sqlite3 *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="247"/>
        <source>Back up database</source>
        <translation>Sikkerhedskopiér database</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="248"/>
        <source>SQLite database (*.sqlite3);;PostgreSQL dump (*.dump)</source>
        <translation>SQLite-database (*.sqlite3);;PostgreSQL-dump (*.dump)</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="251"/>
        <source>Backing up</source>
        <translation>Tager sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="252"/>
        <source>Backup written to {path}</source>
        <translation>Sikkerhedskopi skrevet til {path}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="256"/>
        <source>Import calendar replies</source>
        <translation>Importér kalendersvar</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="257"/>
        <source>Calendar replies (*.ics *.eml);;All files (*)</source>
        <translation>Kalendersvar (*.ics *.eml);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="268"/>
        <source>The new language is used from the next start.</source>
        <translation>Det nye sprog bruges fra næste start.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="271"/>
        <source>About Klimamøder</source>
        <translation>Om Klimamøder</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="272"/>
        <source>&lt;h3&gt;Klimamøder {version}&lt;/h3&gt;&lt;p&gt;Plans the meetings of city, climate and cluster networks: invitations, registrations, agendas, calendar invites, print-ready PDFs and check-in.&lt;/p&gt;&lt;p&gt;Database: {where}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Klimamøder {version}&lt;/h3&gt;&lt;p&gt;Planlægger møder i by-, klima- og klyngenetværk: invitationer, tilmeldinger, dagsordener, kalenderinvitationer, trykklare PDF&apos;er og indtjekning.&lt;/p&gt;&lt;p&gt;Database: {where}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="93"/>
        <source>Send the invitation as all-day dates</source>
        <translation>Send invitationen som heldagsdatoer</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="100"/>
        <source>No limit</source>
        <translation>Ingen grænse</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="101"/>
        <source>Registration deadline</source>
        <translation>Tilmeldingsfrist</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="106"/>
        <source>mailbox the secretariat reads</source>
        <translation>postkasse, sekretariatet læser</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="112"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="113"/>
        <source>&amp;Network</source>
        <translation>&amp;Netværk</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="114"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="115"/>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="116"/>
        <source>&amp;Starts</source>
        <translation>&amp;Starter</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="117"/>
        <source>&amp;Ends</source>
        <translation>S&amp;lutter</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="118"/>
        <source>Time &amp;zone</source>
        <translation>Tids&amp;zone</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="120"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="123"/>
        <source>&amp;Venue</source>
        <translation>S&amp;ted</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="124"/>
        <source>Online &amp;link</source>
        <translation>Online&amp;link</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="125"/>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapacitet</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="127"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Arrangør</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="128"/>
        <source>Organiser &amp;e-mail</source>
        <translation>Arrangørens &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="129"/>
        <source>Ho&amp;st</source>
        <translation>&amp;Vært</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="130"/>
        <source>&amp;Photo credit</source>
        <translation>&amp;Fotokredit</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="139"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="141"/>
        <source>&amp;Revert</source>
        <translation>&amp;Fortryd ændringer</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="152"/>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="187"/>
        <source>(no venue)</source>
        <translation>(intet sted)</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="188"/>
        <source>(no host)</source>
        <translation>(ingen vært)</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="281"/>
        <source>Edit meeting “{title}”</source>
        <translation>Rediger mødet “{title}”</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_form.py" line="305"/>
        <source>Not saved:</source>
        <translation>Ikke gemt:</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../klimamoeder/gui/meeting_page.py" line="62"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_page.py" line="63"/>
        <source>&amp;Registrations</source>
        <translation>&amp;Tilmeldinger</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/meeting_page.py" line="64"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Dagsorden</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <location filename="../../klimamoeder/gui/navigation.py" line="36"/>
        <source>Find a meeting…</source>
        <translation>Find et møde…</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/navigation.py" line="76"/>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/navigation.py" line="76"/>
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../klimamoeder/gui/new_meeting_dialog.py" line="34"/>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/new_meeting_dialog.py" line="65"/>
        <source>&amp;Network</source>
        <translation>&amp;Netværk</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/new_meeting_dialog.py" line="66"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/new_meeting_dialog.py" line="67"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/new_meeting_dialog.py" line="68"/>
        <source>&amp;Starts</source>
        <translation>&amp;Starter</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/new_meeting_dialog.py" line="69"/>
        <source>&amp;Ends</source>
        <translation>S&amp;lutter</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/new_meeting_dialog.py" line="70"/>
        <source>Time &amp;zone</source>
        <translation>Tids&amp;zone</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/new_meeting_dialog.py" line="72"/>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/new_meeting_dialog.py" line="81"/>
        <source>Create a network first, or load the demo data.</source>
        <translation>Opret først et netværk, eller indlæs demodata.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="315"/>
        <source>same e-mail address {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/people.py" line="320"/>
        <source>same name in the same organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="108"/>
        <location filename="../../klimamoeder/gui/print_preview.py" line="254"/>
        <location filename="../../klimamoeder/gui/print_preview.py" line="292"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="112"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="112"/>
        <source>Participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="113"/>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="113"/>
        <source>Name badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="121"/>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="122"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="124"/>
        <source>Who and what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="126"/>
        <source>Only people who agreed to appear on shared lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="127"/>
        <source>Tick this when the list is handed out to participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="128"/>
        <source>Group by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="131"/>
        <source>Columns besides the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="133"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="133"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="134"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="134"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="134"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="164"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="165"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="220"/>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="227"/>
        <source>Preparing the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../klimamoeder/gui/print_preview.py" line="246"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="253"/>
        <source>The document could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="263"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="263"/>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="264"/>
        <source>sign-in-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="264"/>
        <source>badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="268"/>
        <location filename="../../klimamoeder/gui/print_preview.py" line="278"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="269"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/print_preview.py" line="280"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <location filename="../../klimamoeder/services/registrations.py" line="55"/>
        <source>The registration deadline ({deadline}) has passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../klimamoeder/storage.py" line="162"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/storage.py" line="165"/>
        <source>The database does not exist: {path}</source>
        <translation>Databasen findes ikke: {path}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/storage.py" line="173"/>
        <source>pg_dump is not installed; it is needed to back up a PostgreSQL database.</source>
        <translation>pg_dump er ikke installeret; det skal bruges til at sikkerhedskopiere en PostgreSQL-database.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/storage.py" line="187"/>
        <source>pg_dump failed: {reason}</source>
        <translation>pg_dump fejlede: {reason}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/storage.py" line="254"/>
        <source>The database failed its integrity check after the upgrade; the backup was restored.</source>
        <translation>Databasen bestod ikke kontrollen efter opgraderingen; sikkerhedskopien er lagt tilbage.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/storage.py" line="280"/>
        <source>The database could not be opened ({where}): {reason}</source>
        <translation>Databasen kunne ikke åbnes ({where}): {reason}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../klimamoeder/gui/tasks.py" line="55"/>
        <source>Something went wrong that should not have. Nothing was changed.

{error}</source>
        <translation>Der skete en fejl, som ikke burde ske. Intet blev ændret.

{error}</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/tasks.py" line="89"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="13"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="13"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="13"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="14"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="14"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="14"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../klimamoeder/services/agenda_listing.py" line="15"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="41"/>
        <source>Welcome to Klimamøder</source>
        <translation>Velkommen til Klimamøder</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="45"/>
        <source>Load the &amp;demo data</source>
        <translation>Indlæs &amp;demodata</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="46"/>
        <source>Create a &amp;new meeting</source>
        <translation>Opret et &amp;nyt møde</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="56"/>
        <source>This database is empty. Load the demo data to explore WECP&apos;s general assembly in Esbjerg, KL&apos;s climate network meetings, C40 in Copenhagen and CLEAN in Billund, or start your own.</source>
        <translation>Databasen er tom. Indlæs demodata for at se WECP&apos;s generalforsamling i Esbjerg, KL&apos;s klimanetværksmøder, C40 i København og CLEAN i Billund, eller begynd på dit eget.</translation>
    </message>
    <message>
        <location filename="../../klimamoeder/gui/main_window.py" line="58"/>
        <source>Choose a meeting on the left, or create a new one.</source>
        <translation>Vælg et møde til venstre, eller opret et nyt.</translation>
    </message>
</context>
</TS>
