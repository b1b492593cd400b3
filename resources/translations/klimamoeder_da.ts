<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>varighed</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(intet lokale)</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Nyt lokale…</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lokale:</translation>
    </message>
    <message>
        <source>Choose a person or type a new name</source>
        <translation>Vælg eller skriv et navn</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Ordstyrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personer:</translation>
    </message>
    <message>
        <source>default: the registered participants that day</source>
        <translation>standard: dagens tilmeldte deltagere</translation>
    </message>
    <message>
        <source>Expected &amp;audience:</source>
        <translation>Forventet &amp;fremmøde:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>{room} ({capacity} seats)</source>
        <translation>{room} ({capacity} pladser)</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nyt lokale</translation>
    </message>
    <message>
        <source>Name of the room at {venue}:</source>
        <translation>Navn på lokalet på {venue}:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Pladser:</translation>
    </message>
    <message>
        <source> (new person)</source>
        <translation> (ny person)</translation>
    </message>
</context>
<context>
    <name>AgendaListView</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Speakers and moderators (m)</source>
        <translation>Oplægsholdere og ordstyrere (o)</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>Tilføj p&amp;unkt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Redi&amp;ger…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;kér</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>Tids&amp;linje</translation>
    </message>
    <message>
        <source>List &amp;view</source>
        <translation>Li&amp;ste</translation>
    </message>
    <message>
        <source>Loading the agenda</source>
        <translation>Indlæser dagsordenen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>The agenda is empty. Press “Add item…” (Ctrl+Shift+N) to plan the first item; the programme and the invitation list the items.</source>
        <translation>Dagsordenen er tom. Tryk på “Tilføj punkt…” (Ctrl+Shift+N) for at planlægge det første punkt; programmet og invitationen viser punkterne.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Ingen konflikter.</translation>
    </message>
    <message>
        <source>Conflicts: {open} open, {accepted} accepted. Tick a conflict to accept it.</source>
        <translation>Konflikter: {open} åbne, {accepted} accepteret. Sæt flueben ved en konflikt for at acceptere den.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nyt dagsordenspunkt</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Rediger dagsordenspunkt</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>Tilføj “{title}”</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Rediger “{title}”</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Slet “{title}”</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>Duplikér “{title}”</translation>
    </message>
    <message>
        <source>Reorder “{title}”</source>
        <translation>Flyt rækkefølge for “{title}”</translation>
    </message>
    <message>
        <source>Resize “{title}”</source>
        <translation>Ændr varighed for “{title}”</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Flyt “{title}”</translation>
    </message>
    <message>
        <source>Shift the following items</source>
        <translation>Flyt de efterfølgende punkter</translation>
    </message>
    <message>
        <source>without a room</source>
        <translation>uden lokale</translation>
    </message>
    <message>
        <source>Move the later item in {room} on this day {minutes} minutes later too?</source>
        <translation>Skal det senere punkt i {room} denne dag også flyttes {minutes} minutter senere?</translation>
    </message>
    <message>
        <source>Move the later item in {room} on this day {minutes} minutes earlier too?</source>
        <translation>Skal det senere punkt i {room} denne dag også flyttes {minutes} minutter tidligere?</translation>
    </message>
    <message>
        <source>Move the {count} later items in {room} on this day {minutes} minutes later too?</source>
        <translation>Skal de {count} senere punkter i {room} denne dag også flyttes {minutes} minutter senere?</translation>
    </message>
    <message>
        <source>Move the {count} later items in {room} on this day {minutes} minutes earlier too?</source>
        <translation>Skal de {count} senere punkter i {room} denne dag også flyttes {minutes} minutter tidligere?</translation>
    </message>
    <message>
        <source>Shift following items</source>
        <translation>Flyt efterfølgende punkter</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>created</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ændret</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>eksporteret</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>udskrevet</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>slettet helt</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymiseret</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>samtykke registreret</translation>
    </message>
    <message>
        <source>log entries removed</source>
        <translation>logposter fjernet</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>sikkerhedskopieret</translation>
    </message>
    <message>
        <source>{what} by {author} via {source}</source>
        <translation>{what} af {author} via {source}</translation>
    </message>
    <message>
        <source>Keep the log between 30 days and 100 years.</source>
        <translation>Loggen skal gemmes mellem 30 dage og 100 år.</translation>
    </message>
</context>
<context>
    <name>B2B</name>
    <message>
        <source>This meeting has no B2B session yet; set one up first (klimamoeder b2b session).</source>
        <translation>Mødet har endnu ingen B2B-session; opret den først (klimamoeder b2b session).</translation>
    </message>
    <message>
        <source>A slot lasts from 5 to 240 minutes, not {minutes}.</source>
        <translation>En mødetid varer fra 5 til 240 minutter, ikke {minutes}.</translation>
    </message>
    <message>
        <source>The number of tables must be from 1 to 1000, not {tables}.</source>
        <translation>Antallet af borde skal være fra 1 til 1000, ikke {tables}.</translation>
    </message>
    <message>
        <source>A time window or break must end after it starts ({start}).</source>
        <translation>Et tidsrum eller en pause skal slutte efter det begynder ({start}).</translation>
    </message>
    <message>
        <source>The B2B time window must lie within the meeting&apos;s own start and end.</source>
        <translation>B2B-tidsrummet skal ligge inden for mødets egen start og slutning.</translation>
    </message>
    <message>
        <source>No slot fits: the windows are shorter than one slot, or the breaks cover them.</source>
        <translation>Der er ikke plads til nogen mødetid: tidsrummene er kortere end én mødetid, eller pauserne dækker dem.</translation>
    </message>
    <message>
        <source>A meeting limit cannot be negative.</source>
        <translation>Et loft over antal møder kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Table {number} is given to a delegation but there are only {tables} tables.</source>
        <translation>Bord {number} er givet til en delegation, men der er kun {tables} borde.</translation>
    </message>
    <message>
        <source>A table can be fixed to one delegation, and a delegation to one table.</source>
        <translation>Et bord kan kun gives til én delegation, og en delegation kun have ét bord.</translation>
    </message>
    <message>
        <source>That delegation is not part of this B2B session.</source>
        <translation>Den delegation hører ikke til denne B2B-session.</translation>
    </message>
    <message>
        <source>That participant is not part of this B2B session.</source>
        <translation>Den deltager hører ikke til denne B2B-session.</translation>
    </message>
    <message>
        <source>A delegation has at most three people; {name} is full.</source>
        <translation>En delegation har højst tre personer; {name} er fuld.</translation>
    </message>
    <message>
        <source>A delegation needs a name.</source>
        <translation>En delegation skal have et navn.</translation>
    </message>
    <message>
        <source>Table {table} has {count} meetings at once.</source>
        <translation>Bord {table} har {count} møder på samme tid.</translation>
    </message>
    <message>
        <source>{name} has {count} meetings in the same slot.</source>
        <translation>{name} har {count} møder i samme mødetid.</translation>
    </message>
    <message>
        <source>{name} has {count} meetings but a limit of {limit}.</source>
        <translation>{name} har {count} møder, men et loft på {limit}.</translation>
    </message>
    <message>
        <source>{names}: the time is not a slot of the session.</source>
        <translation>{names}: tidspunktet er ikke en af sessionens mødetider.</translation>
    </message>
    <message>
        <source>{names}: there is no table {table}.</source>
        <translation>{names}: der er intet bord {table}.</translation>
    </message>
    <message>
        <source>{names}: table {table} belongs to {owner}.</source>
        <translation>{names}: bord {table} tilhører {owner}.</translation>
    </message>
    <message>
        <source>{names}: should sit at table {table}, their own.</source>
        <translation>{names}: skal sidde ved bord {table}, deres eget.</translation>
    </message>
    <message>
        <source>{name} is no longer registered for the meeting.</source>
        <translation>{name} er ikke længere tilmeldt mødet.</translation>
    </message>
    <message>
        <source>{name} is not available at {time}.</source>
        <translation>{name} kan ikke kl. {time}.</translation>
    </message>
    <message>
        <source>{names}: one side said no thanks.</source>
        <translation>{names}: den ene part har sagt nej tak.</translation>
    </message>
    <message>
        <source>{names}: no accepted request between them.</source>
        <translation>{names}: ingen accepteret anmodning mellem dem.</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>sammen med {names}</translation>
    </message>
    <message>
        <source>Laying out the B2B agendas…</source>
        <translation>Sætter B2B-programmerne op…</translation>
    </message>
    <message>
        <source>Laying out the table plan…</source>
        <translation>Sætter bordplanen op…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Bord {number}</translation>
    </message>
    <message>
        <source>B2B schedule</source>
        <translation>B2B-plan</translation>
    </message>
    <message>
        <source>This person takes no part in the B2B session.</source>
        <translation>Denne person deltager ikke i B2B-sessionen.</translation>
    </message>
    <message>
        <source>This person has no bilateral meeting planned.</source>
        <translation>Denne person har intet bilateralt møde planlagt.</translation>
    </message>
    <message>
        <source>B2B meetings</source>
        <translation>B2B-møder</translation>
    </message>
    <message>
        <source>That bilateral meeting no longer exists.</source>
        <translation>Det bilaterale møde findes ikke længere.</translation>
    </message>
    <message>
        <source>Someone else changed this bilateral meeting; it has been reloaded.</source>
        <translation>En anden har ændret dette bilaterale møde; det er indlæst igen.</translation>
    </message>
    <message>
        <source>There is no table {table}; the session has {count} tables.</source>
        <translation>Der er intet bord {table}; sessionen har {count} borde.</translation>
    </message>
    <message>
        <source>Table {table} holds a locked meeting at that time; unlock it first.</source>
        <translation>Bord {table} har et låst møde på det tidspunkt; lås det op først.</translation>
    </message>
    <message>
        <source>A bilateral meeting needs two different delegations.</source>
        <translation>Et bilateralt møde kræver to forskellige delegationer.</translation>
    </message>
    <message>
        <source>These two delegations already have a meeting.</source>
        <translation>De to delegationer har allerede et møde.</translation>
    </message>
    <message>
        <source>Table {table} is taken at that time.</source>
        <translation>Bord {table} er optaget på det tidspunkt.</translation>
    </message>
    <message>
        <source>Nobody can ask to meet themselves.</source>
        <translation>Ingen kan bede om at mødes med sig selv.</translation>
    </message>
    <message>
        <source>That request is not part of this B2B session.</source>
        <translation>Den anmodning hører ikke til denne B2B-session.</translation>
    </message>
    <message>
        <source>The file needs four columns: requester e-mail, target e-mail, priority (must or want) and status (accepted, pending, declined or no-thanks).</source>
        <translation>Filen skal have fire kolonner: anmoderens e-mail, modtagerens e-mail, prioritet (must eller want) og status (accepted, pending, declined eller no-thanks).</translation>
    </message>
    <message>
        <source>is not registered for this meeting</source>
        <translation>er ikke tilmeldt dette møde</translation>
    </message>
    <message>
        <source>is not a priority (must or want)</source>
        <translation>er ikke en prioritet (must eller want)</translation>
    </message>
    <message>
        <source>is not a status (accepted, pending, declined or no-thanks)</source>
        <translation>er ikke en status (accepted, pending, declined eller no-thanks)</translation>
    </message>
    <message>
        <source>is the requester: nobody can ask to meet themselves</source>
        <translation>er anmoderen selv: ingen kan bede om at mødes med sig selv</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows need fixing.</source>
        <translation>Intet blev importeret: {count} rækker skal rettes.</translation>
    </message>
    <message>
        <source>{name} is no longer registered</source>
        <translation>{name} er ikke længere tilmeldt</translation>
    </message>
    <message>
        <source>{name} has reached its meeting limit</source>
        <translation>{name} har nået sit loft over antal møder</translation>
    </message>
    <message>
        <source>{name} is not available in any slot</source>
        <translation>{name} kan ikke i nogen mødetid</translation>
    </message>
    <message>
        <source>no slot in which both are free</source>
        <translation>ingen mødetid hvor begge er ledige</translation>
    </message>
    <message>
        <source>Someone changed the B2B session while it was being planned; plan again.</source>
        <translation>Nogen ændrede B2B-sessionen mens den blev planlagt; planlæg igen.</translation>
    </message>
    <message>
        <source>Planning the must-meet requests…</source>
        <translation>Planlægger de møder der skal holdes…</translation>
    </message>
    <message>
        <source>Fitting in as many meetings as possible…</source>
        <translation>Får plads til så mange møder som muligt…</translation>
    </message>
    <message>
        <source>Closing idle gaps between meetings…</source>
        <translation>Lukker ventetid mellem møderne…</translation>
    </message>
</context>
<context>
    <name>B2BDialog</name>
    <message>
        <source>Bilateral meetings (B2B)</source>
        <translation>Bilaterale møder (B2B)</translation>
    </message>
    <message>
        <source>Schedule &amp;all</source>
        <translation>Planlæg &amp;alle</translation>
    </message>
    <message>
        <source>&amp;Fill unbooked only</source>
        <translation>&amp;Fyld kun ledige tider</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Import requests…</source>
        <translation>&amp;Importér anmodninger…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>Personal agendas (PDF)…</source>
        <translation>Personlige programmer (PDF)…</translation>
    </message>
    <message>
        <source>Table plan (PDF)…</source>
        <translation>Bordplan (PDF)…</translation>
    </message>
    <message>
        <source>Schedule matrix (CSV or XLSX)…</source>
        <translation>Mødeplan som tabel (CSV eller XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Mødeplan</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>A&amp;nmodninger</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagere</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;op</translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation>Offentliggø&amp;r</translation>
    </message>
    <message>
        <source>Send calendar invitati&amp;ons…</source>
        <translation>Send &amp;kalenderinvitationer…</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>Se&amp;ssion</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>This meeting has no B2B session yet. Choose its time window, slot length and tables, and save.</source>
        <translation>Mødet har endnu ingen B2B-session. Vælg tidsrum, mødelængde og borde, og gem.</translation>
    </message>
    <message>
        <source>{slots} slots of {minutes} minutes · {tables} tables · {people} participants in {delegations} delegations · {requests} requests</source>
        <translation>{slots} mødetider á {minutes} minutter · {tables} borde · {people} deltagere i {delegations} delegationer · {requests} anmodninger</translation>
    </message>
    <message>
        <source>Before planning: {requested} meetings requested; at most {bound} can fit; {unfit} cannot fit at all.</source>
        <translation>Før planlægning: {requested} møder ønsket; højst {bound} kan passes ind; {unfit} kan slet ikke passes ind.</translation>
    </message>
    <message>
        <source>Too few tables: {requested} meetings over {slots} slots need about {low}–{high} tables (meetings ÷ slots + 10–20 %); there are {tables}.</source>
        <translation>For få borde: {requested} møder fordelt på {slots} mødetider kræver omkring {low}–{high} borde (møder ÷ mødetider + 10–20 %); der er {tables}.</translation>
    </message>
    <message>
        <source>For example {a} – {b}: {reason}.</source>
        <translation>For eksempel {a} – {b}: {reason}.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Ingen konflikter.</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikter: {count}</translation>
    </message>
    <message>
        <source>Move bilateral meeting</source>
        <translation>Flyt bilateralt møde</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>B2B-session</translation>
    </message>
    <message>
        <source>Change B2B session</source>
        <translation>Ændr B2B-session</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planlægger…</translation>
    </message>
    <message>
        <source>Planning the bilateral meetings</source>
        <translation>Planlægger de bilaterale møder</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source> (proven best possible: {bound})</source>
        <translation> (bevist bedst mulige: {bound})</translation>
    </message>
    <message>
        <source>Planned {met} meetings ({must} must-meet), {gaps} idle gaps{bound}. Greedy first free slot would give {greedy} meetings and {greedy_gaps} idle gaps.</source>
        <translation>Planlagt {met} møder ({must} skal-møder), {gaps} huller{bound}. Grådig første ledige tid ville give {greedy} møder og {greedy_gaps} huller.</translation>
    </message>
    <message>
        <source>Published: {count} meetings are locked and stay put when you fill the rest.</source>
        <translation>Offentliggjort: {count} møder er låst og bliver, hvor de er, når du fylder resten op.</translation>
    </message>
    <message>
        <source>Import requests</source>
        <translation>Importér anmodninger</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tabeller (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Imported requests: {created} new, {updated} updated.</source>
        <translation>Anmodninger importeret: {created} nye, {updated} opdateret.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Regneark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Skrevet til {path}</translation>
    </message>
</context>
<context>
    <name>B2BInvitesDialog</name>
    <message>
        <source>Bilateral meetings: calendar invitations</source>
        <translation>Bilaterale møder: kalenderinvitationer</translation>
    </message>
    <message>
        <source>Checking what would be sent…</source>
        <translation>Undersøger, hvad der ville blive sendt…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Bilateralt møde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Will get</source>
        <translation>Får tilsendt</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Seneste afsendelse</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Modtagere</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Send by e-mail</source>
        <translation>&amp;Send som e-mail</translation>
    </message>
    <message>
        <source>Save as e-mail &amp;drafts…</source>
        <translation>Gem som e-mail&amp;kladder…</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Prøv mislykkede igen</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>&amp;Mailindstillinger…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Checking the invitations</source>
        <translation>Kontrollerer invitationerne</translation>
    </message>
    <message>
        <source>The invitations could not be checked.</source>
        <translation>Invitationerne kunne ikke kontrolleres.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Update (version {n})</source>
        <translation>Opdatering (version {n})</translation>
    </message>
    <message>
        <source>Cancellation (no longer meets)</source>
        <translation>Aflysning (mødes ikke længere)</translation>
    </message>
    <message>
        <source>Cancellation (no longer in the delegation)</source>
        <translation>Aflysning (ikke længere i delegationen)</translation>
    </message>
    <message>
        <source>Held back: the last attempt was interrupted and may have arrived (Retry sends it)</source>
        <translation>Holdt tilbage: sidste forsøg blev afbrudt og kan være nået frem (Prøv igen sender den)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>NOT delivered</source>
        <translation>IKKE leveret</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>kladde gemt</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>afbrudt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{n} messages about {events} bilateral meetings will be sent.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{n} beskeder om {events} bilaterale møder bliver sendt.</translation>
    </message>
    <message>
        <source>The schedule is not published yet: meetings that are not locked may still move when you plan again, and people then get updates.</source>
        <translation>Planen er ikke offentliggjort endnu: møder, der ikke er låst, kan stadig flytte sig, når du planlægger igen, og deltagerne får så opdateringer.</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Nothing to preview: nobody would get a message now.</source>
        <translation>Intet at vise: ingen ville få en besked nu.</translation>
    </message>
    <message>
        <source>Cancelled. The table shows who already got the message.</source>
        <translation>Annulleret. Tabellen viser, hvem der allerede har fået beskeden.</translation>
    </message>
    <message>
        <source>Sending the bilateral invitations</source>
        <translation>Sender de bilaterale invitationer</translation>
    </message>
    <message>
        <source>Saving e-mail drafts</source>
        <translation>Gemmer e-mailkladder</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Mappe til e-mailkladderne</translation>
    </message>
    <message>
        <source>Delivered: {n}.</source>
        <translation>Leveret: {n}.</translation>
    </message>
    <message>
        <source>Not delivered: {names}</source>
        <translation>Ikke leveret: {names}</translation>
    </message>
    <message>
        <source>Check the addresses, then press “Retry failed”.</source>
        <translation>Kontrollér adresserne, og tryk derefter på “Prøv mislykkede igen”.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in at the door</source>
        <translation>Indtjekning ved døren</translation>
    </message>
    <message>
        <source>Name or organisation, then Enter, or scan a badge</source>
        <translation>Navn eller organisation og så Enter, eller scan et navneskilt</translation>
    </message>
    <message>
        <source>&amp;Undo selected check-in</source>
        <translation>&amp;Fortryd valgte indtjekning</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>Recent check-ins:</source>
        <translation>Seneste indtjekninger:</translation>
    </message>
    <message>
        <source>⚠ Today, {today}, is not the day of this meeting ({day}). Check-ins are recorded for {day}.</source>
        <translation>⚠ I dag, {today}, er ikke mødets dag ({day}). Indtjekninger registreres på {day}.</translation>
    </message>
    <message>
        <source>⚠ Today, {today}, is not a day of this meeting ({first} – {last}). Check-ins are recorded for the day chosen below.</source>
        <translation>⚠ I dag, {today}, er ikke en af mødets dage ({first} – {last}). Indtjekninger registreres på den dag, der er valgt nedenfor.</translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>Henter listen…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Indlæser</translation>
    </message>
    <message>
        <source>Expected {expected} · checked in {checked} · missing {missing}</source>
        <translation>Forventet {expected} · tjekket ind {checked} · mangler {missing}</translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation>&amp;Fundne:</translation>
    </message>
    <message>
        <source>&amp;Not yet arrived ({n}):</source>
        <translation>&amp;Ikke ankommet endnu ({n}):</translation>
    </message>
    <message>
        <source>Everyone expected today is here.</source>
        <translation>Alle, der er ventet i dag, er kommet.</translation>
    </message>
    <message>
        <source>(checked in {time})</source>
        <translation>(tjekket ind {time})</translation>
    </message>
    <message>
        <source>(not registered for this day)</source>
        <translation>(ikke tilmeldt denne dag)</translation>
    </message>
    <message>
        <source>Nobody registered matches “{text}”.</source>
        <translation>Ingen tilmeldte passer på “{text}”.</translation>
    </message>
    <message>
        <source>This badge is for another meeting.</source>
        <translation>Dette navneskilt hører til et andet møde.</translation>
    </message>
    <message>
        <source>This badge&apos;s registration is not (or no longer) registered for this meeting.</source>
        <translation>Navneskiltets tilmelding er ikke (længere) tilmeldt dette møde.</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time}</source>
        <translation>✓ {name} tjekket ind kl. {time}</translation>
    </message>
    <message>
        <source>Check-in undone: {name}</source>
        <translation>Indtjekning fortrudt: {name}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Every row is checked before anything is saved.</source>
        <translation>Hver række kontrolleres, før noget gemmes.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Checking {rows} rows…</source>
        <translation>Kontrollerer {rows} rækker…</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Kontrollerer rækkerne</translation>
    </message>
    <message>
        <source>{rows} rows can be imported: {created} new people, {matched} already known (matched by e-mail); {waitlisted} will go on the wait list.</source>
        <translation>{rows} rækker kan importeres: {created} nye personer, {matched} kendes i forvejen (genkendt på e-mail); {waitlisted} kommer på venteliste.</translation>
    </message>
    <message>
        <source>{bad} rows have problems (listed below). As it is, the file imports nothing: correct the file, or import only the valid rows.</source>
        <translation>{bad} rækker har problemer (vist nedenfor). Som filen er nu, importeres intet: ret filen, eller importér kun de gyldige rækker.</translation>
    </message>
    <message>
        <source>Import only the {rows} valid rows and skip the {bad} bad ones</source>
        <translation>Importér kun de {rows} gyldige rækker, og spring de {bad} ugyldige over</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Loading the checklist</source>
        <translation>Henter tjeklisten</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>What is ready for the meeting, and what still needs doing.</source>
        <translation>Hvad er klar til mødet, og hvad mangler stadig.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Needs doing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Værd at se på</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>deltagerliste</translation>
    </message>
    <message>
        <source>sign-in sheets</source>
        <translation>fremmødelister</translation>
    </message>
    <message>
        <source>name badges</source>
        <translation>navneskilte</translation>
    </message>
    <message>
        <source>name cards</source>
        <translation>bordkort</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Venue:&lt;/b&gt; {venue}</source>
        <translation>&lt;b&gt;Sted:&lt;/b&gt; {venue}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Online only:&lt;/b&gt; {link}</source>
        <translation>&lt;b&gt;Kun online:&lt;/b&gt; {link}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No venue yet.&lt;/b&gt; Invitations and the programme say where to come.</source>
        <translation>&lt;b&gt;Intet sted endnu.&lt;/b&gt; Invitationer og program fortæller, hvor man skal komme.</translation>
    </message>
    <message>
        <source>Choose a venue…</source>
        <translation>Vælg et sted…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Organiser address:&lt;/b&gt; {email} (replies go there)</source>
        <translation>&lt;b&gt;Arrangørens adresse:&lt;/b&gt; {email} (svar går dertil)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No organiser address.&lt;/b&gt; Invitations cannot be sent without one: replies would have nowhere to go.</source>
        <translation>&lt;b&gt;Ingen arrangøradresse.&lt;/b&gt; Invitationer kan ikke sendes uden: svarene ville ikke have nogen modtager.</translation>
    </message>
    <message>
        <source>Enter the address…</source>
        <translation>Skriv adressen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {items} items over {days} days</source>
        <translation>&lt;b&gt;Dagsorden:&lt;/b&gt; {items} punkter over {days} dage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {items} items</source>
        <translation>&lt;b&gt;Dagsorden:&lt;/b&gt; {items} punkter</translation>
    </message>
    <message>
        <source>Open the agenda</source>
        <translation>Åbn dagsordenen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The agenda is empty.&lt;/b&gt; The programme and the invitation list its items.</source>
        <translation>&lt;b&gt;Dagsordenen er tom.&lt;/b&gt; Programmet og invitationen viser dens punkter.</translation>
    </message>
    <message>
        <source>Add the first item…</source>
        <translation>Tilføj det første punkt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody is invited yet.&lt;/b&gt; Invite people from the Registrations tab or import a participant list.</source>
        <translation>&lt;b&gt;Ingen er inviteret endnu.&lt;/b&gt; Invitér personer under fanen Tilmeldinger, eller importér en deltagerliste.</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Importér deltagere…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invitations:&lt;/b&gt; {sent} of {invited} sent, {answered} answered</source>
        <translation>&lt;b&gt;Invitationer:&lt;/b&gt; {sent} af {invited} sendt, {answered} har svaret</translation>
    </message>
    <message>
        <source>{due} people have not answered for a week or more: a reminder is due.</source>
        <translation>{due} personer har ikke svaret i en uge eller mere: tid til en påmindelse.</translation>
    </message>
    <message>
        <source>{n} people would get a message now.</source>
        <translation>{n} personer ville få en besked nu.</translation>
    </message>
    <message>
        <source>Send invitations…</source>
        <translation>Send invitationer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Language:&lt;/b&gt; documents and the invitation&apos;s calendar entry in {language}; letters in each person&apos;s own language</source>
        <translation>&lt;b&gt;Sprog:&lt;/b&gt; dokumenter og invitationens kalenderaftale på {language}; breve på hver persons eget sprog</translation>
    </message>
    <message>
        <source>{n} of {total} people on the list read {other}.</source>
        <translation>{n} af {total} personer på listen læser {other}.</translation>
    </message>
    <message>
        <source>Change the language…</source>
        <translation>Skift sprog…</translation>
    </message>
    <message>
        <source>{document} ({when}, {language})</source>
        <translation>{document} ({when}, {language})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Printed or saved:&lt;/b&gt; {documents}</source>
        <translation>&lt;b&gt;Udskrevet eller gemt:&lt;/b&gt; {documents}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not printed yet:&lt;/b&gt; {documents}</source>
        <translation>&lt;b&gt;Ikke udskrevet endnu:&lt;/b&gt; {documents}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Speakers: {names}</source>
        <translation>Oplægsholdere: {names}</translation>
    </message>
    <message>
        <source>Moderator: {names}</source>
        <translation>Ordstyrer: {names}</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Tider i {zone}</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Dagsordenen er tom.</translation>
    </message>
    <message>
        <source>Plan network meetings. Without a command the window opens.</source>
        <translation>Planlæg netværksmøder. Uden en kommando åbnes vinduet.</translation>
    </message>
    <message>
        <source>SQLite file or PostgreSQL URL (default: KLIMAMOEDER_DB or your data folder)</source>
        <translation>SQLite-fil eller PostgreSQL-URL (standard: KLIMAMOEDER_DB eller din datamappe)</translation>
    </message>
    <message>
        <source>open the window, load a meeting, render a PDF page, and exit</source>
        <translation>åbn vinduet, indlæs et møde, vis en PDF-side og afslut</translation>
    </message>
    <message>
        <source>load the demo data (idempotent)</source>
        <translation>indlæs demodata (kan køres flere gange)</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>vis møder</translation>
    </message>
    <message>
        <source>print a meeting&apos;s agenda in its local time</source>
        <translation>udskriv et mødes dagsorden i mødets lokale tid</translation>
    </message>
    <message>
        <source>write a consistent copy of the database</source>
        <translation>skriv en konsistent kopi af databasen</translation>
    </message>
    <message>
        <source>import participants or calendar replies</source>
        <translation>importér deltagere eller kalendersvar</translation>
    </message>
    <message>
        <source>CSV or XLSX file of participants</source>
        <translation>CSV- eller XLSX-fil med deltagere</translation>
    </message>
    <message>
        <source>import the valid rows even if some rows are invalid</source>
        <translation>importér de gyldige rækker, selv om nogle rækker er ugyldige</translation>
    </message>
    <message>
        <source>never merge a suspected duplicate (same name and organisation, other address) into the person already known</source>
        <translation>slå aldrig en formodet dublet (samme navn og organisation, anden adresse) sammen med den person, der allerede kendes</translation>
    </message>
    <message>
        <source>take the file&apos;s name, job title, phone, organisation and language for people matched by e-mail</source>
        <translation>brug filens navn, stilling, telefon, organisation og sprog for personer, der genkendes på e-mail</translation>
    </message>
    <message>
        <source>iCalendar REPLY files or .eml messages</source>
        <translation>iCalendar REPLY-filer eller .eml-beskeder</translation>
    </message>
    <message>
        <source>one JSON object per file&apos;s reply</source>
        <translation>ét JSON-objekt pr. svar i filerne</translation>
    </message>
    <message>
        <source>Check: {line}</source>
        <translation>Tjek: {line}</translation>
    </message>
    <message>
        <source>{merged} suspected duplicates merged into people already known; {updated} known people updated from the file.</source>
        <translation>{merged} formodede dubletter slået sammen med personer, der allerede kendes; {updated} kendte personer opdateret fra filen.</translation>
    </message>
    <message>
        <source>Moved up from the wait list: {names}</source>
        <translation>Rykket op fra ventelisten: {names}</translation>
    </message>
    <message>
        <source>{applied} applied, {stale} stale, {older} for an older version, {duplicate} duplicate, {review} for review, {other} not a reply.</source>
        <translation>{applied} indført, {stale} forældede, {older} til en ældre udgave, {duplicate} dubletter, {review} til gennemsyn, {other} ikke et svar.</translation>
    </message>
    <message>
        <source>bilateral (B2B) meetings: session, requests, schedule</source>
        <translation>bilaterale (B2B) møder: session, anmodninger, plan</translation>
    </message>
    <message>
        <source>set up or change the meeting&apos;s B2B session</source>
        <translation>opret eller ret mødets B2B-session</translation>
    </message>
    <message>
        <source>start of the B2B time window (local time of the meeting)</source>
        <translation>start på B2B-tidsrummet (mødets lokale tid)</translation>
    </message>
    <message>
        <source>a break inside the window (may be repeated)</source>
        <translation>en pause i tidsrummet (kan gentages)</translation>
    </message>
    <message>
        <source>where the tables stand</source>
        <translation>hvor bordene står</translation>
    </message>
    <message>
        <source>count pending requests as accepted</source>
        <translation>regn ubesvarede anmodninger som accepterede</translation>
    </message>
    <message>
        <source>meetings per person unless set for the person</source>
        <translation>møder pr. person, medmindre det er sat for personen</translation>
    </message>
    <message>
        <source>CSV/XLSX of requests: requester e-mail, target e-mail, priority, status</source>
        <translation>CSV/XLSX med anmodninger: anmoderens e-mail, modtagerens e-mail, prioritet, status</translation>
    </message>
    <message>
        <source>plan the bilateral meetings (CP-SAT)</source>
        <translation>planlæg de bilaterale møder (CP-SAT)</translation>
    </message>
    <message>
        <source>keep every planned meeting and fill only free capacity</source>
        <translation>behold alle planlagte møder og fyld kun ledig plads op</translation>
    </message>
    <message>
        <source>e-mail each bilateral meeting&apos;s calendar invitation (updates and cancellations too)</source>
        <translation>e-mail hvert bilateralt mødes kalenderinvitation (også opdateringer og aflysninger)</translation>
    </message>
    <message>
        <source>send only what was not delivered or was interrupted</source>
        <translation>send kun det, der ikke blev leveret eller blev afbrudt</translation>
    </message>
    <message>
        <source>write invitations, calendars, PDFs or spreadsheets</source>
        <translation>skriv invitationer, kalendere, PDF&apos;er eller regneark</translation>
    </message>
    <message>
        <source>each delegate&apos;s B2B agenda as PDF pages</source>
        <translation>hver delegats B2B-program som PDF-sider</translation>
    </message>
    <message>
        <source>a large-print table plan per slot as PDF</source>
        <translation>en bordplan i stor skrift pr. mødetid som PDF</translation>
    </message>
    <message>
        <source>the whole B2B schedule as CSV or XLSX</source>
        <translation>hele B2B-planen som CSV eller XLSX</translation>
    </message>
    <message>
        <source>one person&apos;s bilateral meetings as .ics</source>
        <translation>én persons bilaterale møder som .ics</translation>
    </message>
    <message>
        <source>{what}: &apos;{value}&apos; is not an ISO date and time (2022-10-06T15:00).</source>
        <translation>{what}: &apos;{value}&apos; er ikke en ISO-dato og -tid (2022-10-06T15:00).</translation>
    </message>
    <message>
        <source>--break: &apos;{value}&apos; must be START/END.</source>
        <translation>--break: &apos;{value}&apos; skal være START/SLUT.</translation>
    </message>
    <message>
        <source>B2B session saved: {slots} slots of {minutes} minutes, {tables} tables, {people} participants in {delegations} delegations.</source>
        <translation>B2B-session gemt: {slots} mødetider á {minutes} minutter, {tables} borde, {people} deltagere i {delegations} delegationer.</translation>
    </message>
    <message>
        <source>Imported requests: {created} new, {updated} updated.</source>
        <translation>Anmodninger importeret: {created} nye, {updated} opdateret.</translation>
    </message>
    <message>
        <source>--time-limit must be more than 0 seconds.</source>
        <translation>--time-limit skal være mere end 0 sekunder.</translation>
    </message>
    <message>
        <source>Requested: {requested}; at most possible: {bound}; cannot fit: {unfit}.</source>
        <translation>Ønsket: {requested}; højst muligt: {bound}; kan ikke passes ind: {unfit}.</translation>
    </message>
    <message>
        <source>Advice: {low}–{high} tables for {requested} meetings in {slots} slots; the session has {tables}.</source>
        <translation>Råd: {low}–{high} borde til {requested} møder i {slots} mødetider; sessionen har {tables}.</translation>
    </message>
    <message>
        <source>Greedy (first free slot): {greedy} meetings, {greedy_idle} idle gaps.</source>
        <translation>Grådig (første ledige tid): {greedy} møder, {greedy_idle} huller.</translation>
    </message>
    <message>
        <source>Scheduled: {met} meetings ({must} must), {idle} idle gaps.</source>
        <translation>Planlagt: {met} møder ({must} skal), {idle} huller.</translation>
    </message>
    <message>
        <source>(interrupted: may have arrived; --retry-failed sends it again)</source>
        <translation>(afbrudt: kan være nået frem; --retry-failed sender den igen)</translation>
    </message>
    <message>
        <source>{n} message(s) for {events} bilateral meeting(s).</source>
        <translation>{n} besked(er) om {events} bilateralt/bilaterale møde(r).</translation>
    </message>
    <message>
        <source>B2B agendas written to {path}</source>
        <translation>B2B-programmer skrevet til {path}</translation>
    </message>
    <message>
        <source>Table plan written to {path}</source>
        <translation>Bordplan skrevet til {path}</translation>
    </message>
    <message>
        <source>B2B schedule written to {path}</source>
        <translation>B2B-plan skrevet til {path}</translation>
    </message>
    <message>
        <source>one .ics with every invitee as ATTENDEE</source>
        <translation>én .ics med alle inviterede som ATTENDEE</translation>
    </message>
    <message>
        <source>the programme as PDF</source>
        <translation>programmet som PDF</translation>
    </message>
    <message>
        <source>the participant list as PDF</source>
        <translation>deltagerlisten som PDF</translation>
    </message>
    <message>
        <source>registrations as CSV or XLSX</source>
        <translation>tilmeldinger som CSV eller XLSX</translation>
    </message>
    <message>
        <source>group the list by organisation</source>
        <translation>gruppér listen efter organisation</translation>
    </message>
    <message>
        <source>a speaker&apos;s own agenda items as .ics</source>
        <translation>en oplægsholders egne dagsordenspunkter som .ics</translation>
    </message>
    <message>
        <source>name badges on a label sheet as PDF</source>
        <translation>navneskilte på et etiketark som PDF</translation>
    </message>
    <message>
        <source>folded table-tent name cards as PDF, two per A4 sheet</source>
        <translation>foldede bordkort som PDF, to pr. A4-ark</translation>
    </message>
    <message>
        <source>da or en (default: the meeting&apos;s language)</source>
        <translation>da eller en (standard: mødets sprog)</translation>
    </message>
    <message>
        <source>only this registered person (a late registrant)</source>
        <translation>kun denne tilmeldte person (en sent tilmeldt)</translation>
    </message>
    <message>
        <source>label sheet, e.g. avery-l4785 (the README lists them; default: the 90 × 62 mm 8-up sheet)</source>
        <translation>etiketark, fx avery-l4785 (README viser dem; standard: arket med 8 à 90 × 62 mm)</translation>
    </message>
    <message>
        <source>first free label on a partly used sheet (1 = top left)</source>
        <translation>første ledige etiket på et delvist brugt ark (1 = øverst til venstre)</translation>
    </message>
    <message>
        <source>METHOD:PUBLISH feed of meetings</source>
        <translation>METHOD:PUBLISH-kalender med møder</translation>
    </message>
    <message>
        <source>everyone registered, also those who did not agree to shared lists; every page is marked internal</source>
        <translation>alle tilmeldte, også dem der ikke har sagt ja til delte lister; hver side mærkes intern</translation>
    </message>
    <message>
        <source>dated sign-in sheets, one per meeting day, with signatures</source>
        <translation>daterede fremmødelister, én pr. mødedag, med underskrifter</translation>
    </message>
    <message>
        <source>with --sign-in: only this day (YYYY-MM-DD)</source>
        <translation>med --sign-in: kun denne dag (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>with --sign-in: empty rows for walk-ins (default 8)</source>
        <translation>med --sign-in: tomme rækker til uanmeldte (standard 8)</translation>
    </message>
    <message>
        <source>with --sign-in: split alphabetically for N check-in desks</source>
        <translation>med --sign-in: del alfabetisk op til N skranker</translation>
    </message>
    <message>
        <source>comma-separated: {columns}</source>
        <translation>kommasepareret: {columns}</translation>
    </message>
    <message>
        <source>landscape pages</source>
        <translation>sider på tværs</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date like 2022-10-06</source>
        <translation>&apos;{text}&apos; er ikke en dato som 2022-10-06</translation>
    </message>
    <message>
        <source>unknown column &apos;{column}&apos;; choose from {columns}</source>
        <translation>ukendt kolonne &apos;{column}&apos;; vælg blandt {columns}</translation>
    </message>
    <message>
        <source>klimamoeder: warning: {message}</source>
        <translation>klimamoeder: advarsel: {message}</translation>
    </message>
    <message>
        <source>send e-mail</source>
        <translation>send e-mail</translation>
    </message>
    <message>
        <source>e-mail the invitation to every invitee</source>
        <translation>e-mail invitationen til alle inviterede</translation>
    </message>
    <message>
        <source>every check the real send makes (the messages, the organiser&apos;s address, the mail server&apos;s login), but nothing is sent</source>
        <translation>alle de tjek, den rigtige afsendelse laver (beskederne, arrangørens adresse, mailserverens login), men intet sendes</translation>
    </message>
    <message>
        <source>language of the calendar entry (default: the meeting&apos;s); each person&apos;s letter is in their own language</source>
        <translation>kalenderaftalens sprog (standard: mødets); hver persons brev er på personens eget sprog</translation>
    </message>
    <message>
        <source>send one test copy to EMAIL (yourself) instead; nobody else gets anything and nothing is logged</source>
        <translation>send i stedet én prøvekopi til EMAIL (dig selv); ingen andre får noget, og intet logføres</translation>
    </message>
    <message>
        <source>remind the invitees who have not answered (each once, in their language)</source>
        <translation>påmind de inviterede, der ikke har svaret (hver én gang, på deres sprog)</translation>
    </message>
    <message>
        <source>the date in the text (default: the registration deadline)</source>
        <translation>datoen i teksten (standard: tilmeldingsfristen)</translation>
    </message>
    <message>
        <source>e-mail the practical information to everyone registered (each once)</source>
        <translation>send den praktiske information til alle tilmeldte (hver én gang)</translation>
    </message>
    <message>
        <source>Test invitation sent to {address}.</source>
        <translation>Prøveinvitation sendt til {address}.</translation>
    </message>
    <message>
        <source>1 message with SEQUENCE {sequence}.</source>
        <translation>1 besked med SEQUENCE {sequence}.</translation>
    </message>
    <message>
        <source>{n} messages with SEQUENCE {sequence}.</source>
        <translation>{n} beskeder med SEQUENCE {sequence}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. Every message was built and checked, and the mail server accepted the login.</source>
        <translation>Prøvekørsel: intet blev sendt. Alle beskeder blev bygget og tjekket, og mailserveren godtog login.</translation>
    </message>
    <message>
        <source>{n} message(s).</source>
        <translation>{n} besked(er).</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Prøvekørsel: intet blev sendt.</translation>
    </message>
    <message>
        <source>Demo data loaded: {meetings} meetings, {people} people.</source>
        <translation>Demodata indlæst: {meetings} møder, {people} personer.</translation>
    </message>
    <message>
        <source>The demo data is already there; nothing changed.</source>
        <translation>Demodata findes allerede; intet er ændret.</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sikkerhedskopi skrevet til {path}</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>Sprunget over: {problem}</translation>
    </message>
    <message>
        <source>Dry run, nothing changed. Would import {rows} rows: {created} new people, {matched} matched by e-mail; {added} registrations added, {updated} updated, {waitlisted} to the wait list.</source>
        <translation>Prøvekørsel, intet er ændret. Ville importere {rows} rækker: {created} nye personer, {matched} genkendt på e-mail; {added} tilmeldinger tilføjet, {updated} opdateret, {waitlisted} på venteliste.</translation>
    </message>
    <message>
        <source>Imported {rows} rows: {created} new people, {matched} matched by e-mail; {added} registrations added, {updated} updated, {waitlisted} to the wait list.</source>
        <translation>Importerede {rows} rækker: {created} nye personer, {matched} genkendt på e-mail; {added} tilmeldinger tilføjet, {updated} opdateret, {waitlisted} på venteliste.</translation>
    </message>
    <message>
        <source>Invitation written to {path}</source>
        <translation>Invitation skrevet til {path}</translation>
    </message>
    <message>
        <source>Calendar written to {path}</source>
        <translation>Kalender skrevet til {path}</translation>
    </message>
    <message>
        <source>Programme written to {path}</source>
        <translation>Program skrevet til {path}</translation>
    </message>
    <message>
        <source>--day goes with --sign-in (the sign-in sheet of one day).</source>
        <translation>--day hører sammen med --sign-in (fremmødelisten for én dag).</translation>
    </message>
    <message>
        <source>Sign-in sheets written to {path}</source>
        <translation>Fremmødelister skrevet til {path}</translation>
    </message>
    <message>
        <source>Internal participant list (not for distribution) written to {path}</source>
        <translation>Intern deltagerliste (må ikke udleveres) skrevet til {path}</translation>
    </message>
    <message>
        <source>Participant list written to {path}</source>
        <translation>Deltagerliste skrevet til {path}</translation>
    </message>
    <message>
        <source>Badges written to {path}</source>
        <translation>Navneskilte skrevet til {path}</translation>
    </message>
    <message>
        <source>Name cards written to {path}</source>
        <translation>Bordkort skrevet til {path}</translation>
    </message>
    <message>
        <source>Registrations written to {path}</source>
        <translation>Tilmeldinger skrevet til {path}</translation>
    </message>
    <message>
        <source>Not delivered to person {id}: {error}</source>
        <translation>Ikke leveret til person {id}: {error}</translation>
    </message>
    <message>
        <source>{sent} sent, {failed} failed.</source>
        <translation>{sent} sendt, {failed} fejlede.</translation>
    </message>
    <message>
        <source>klimamoeder: unexpected error ({kind}); nothing was changed. Run with KLIMAMOEDER_DEBUG=1 for details.</source>
        <translation>klimamoeder: uventet fejl ({kind}); intet blev ændret. Kør med KLIMAMOEDER_DEBUG=1 for detaljer.</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>erstat FILE, hvis den findes</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO date and time (e.g. 2026-10-22T09:00).</source>
        <translation>&apos;{value}&apos; er ikke en ISO-dato og -tid (f.eks. 2026-10-22T09:00).</translation>
    </message>
    <message>
        <source>every registration of a meeting with status, wait-list position and answer</source>
        <translation>alle tilmeldinger til et møde med status, plads på ventelisten og svar</translation>
    </message>
    <message>
        <source>register someone, or wait-list them when full</source>
        <translation>tilmeld en person, eller sæt vedkommende på venteliste når mødet er fuldt</translation>
    </message>
    <message>
        <source>add the person if the address is new</source>
        <translation>opret personen, hvis adressen er ny</translation>
    </message>
    <message>
        <source>register even after the registration deadline</source>
        <translation>tilmeld også efter tilmeldingsfristen</translation>
    </message>
    <message>
        <source>change a registration&apos;s status (the same rule)</source>
        <translation>skift en tilmeldings status (samme regel)</translation>
    </message>
    <message>
        <source>change a meeting</source>
        <translation>ændr et møde</translation>
    </message>
    <message>
        <source>capacity, time, venue or cancellation; says who moved up and whom to tell</source>
        <translation>kapacitet, tid, sted eller aflysning; fortæller hvem der rykkede op, og hvem der skal have besked</translation>
    </message>
    <message>
        <source>calendar replies waiting for review</source>
        <translation>kalendersvar der venter på gennemsyn</translation>
    </message>
    <message>
        <source>list the replies waiting for review</source>
        <translation>vis de svar der venter på gennemsyn</translation>
    </message>
    <message>
        <source>apply a waiting reply as it is</source>
        <translation>indfør et ventende svar, som det er</translation>
    </message>
    <message>
        <source>apply a waiting reply to this person and remember the address</source>
        <translation>indfør et ventende svar hos denne person og husk adressen</translation>
    </message>
    <message>
        <source>take a waiting reply off the list</source>
        <translation>tag et ventende svar af listen</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>alle dage</translation>
    </message>
    <message>
        <source>{name}: the meeting is full; on the wait list.</source>
        <translation>{name}: mødet er fuldt; på ventelisten.</translation>
    </message>
    <message>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <source>{name}: {status} (asked: {wanted}; the seat rule decided).</source>
        <translation>{name}: {status} (ønsket: {wanted}; pladsreglen afgjorde det).</translation>
    </message>
    <message>
        <source>Saved. The invitation is now version {sequence}.</source>
        <translation>Gemt. Invitationen er nu udgave {sequence}.</translation>
    </message>
    <message>
        <source>A cancellation is due to {count} people: klimamoeder send invites {meeting}</source>
        <translation>{count} personer skal have en aflysning: klimamoeder send invites {meeting}</translation>
    </message>
    <message>
        <source>An update is due to {count} people: klimamoeder send invites {meeting}</source>
        <translation>{count} personer skal have en opdatering: klimamoeder send invites {meeting}</translation>
    </message>
    <message>
        <source>Nobody needs to be told.</source>
        <translation>Ingen skal have besked.</translation>
    </message>
    <message>
        <source>Taken off the review list.</source>
        <translation>Taget af listen til gennemsyn.</translation>
    </message>
    <message>
        <source>the mail account: servers, sign-in, certificates</source>
        <translation>mailkontoen: servere, login, certifikater</translation>
    </message>
    <message>
        <source>set the SMTP and IMAP servers and how to sign in (without options: show the settings)</source>
        <translation>angiv SMTP- og IMAP-serverne og hvordan der logges ind (uden tilvalg: vis indstillingerne)</translation>
    </message>
    <message>
        <source>encryption for the servers named here</source>
        <translation>kryptering for de servere, der nævnes her</translation>
    </message>
    <message>
        <source>the mailbox&apos;s address or login name</source>
        <translation>postkassens adresse eller brugernavn</translation>
    </message>
    <message>
        <source>read the password from standard input (kept in the key ring)</source>
        <translation>læs adgangskoden fra standard input (gemmes i nøgleringen)</translation>
    </message>
    <message>
        <source>the OAuth application id your IT department registered</source>
        <translation>id for den OAuth-app, som jeres it-afdeling har registreret</translation>
    </message>
    <message>
        <source>Microsoft 365 directory (tenant)</source>
        <translation>Microsoft 365-katalog (tenant)</translation>
    </message>
    <message>
        <source>read replies every N minutes while the window is open (0: never)</source>
        <translation>læs svar hvert N. minut, mens vinduet er åbent (0: aldrig)</translation>
    </message>
    <message>
        <source>what to do with processed messages (never deleted)</source>
        <translation>hvad der sker med behandlede beskeder (slettes aldrig)</translation>
    </message>
    <message>
        <source>sign in to Microsoft 365 or Google with a code shown here</source>
        <translation>log ind hos Microsoft 365 eller Google med en kode, der vises her</translation>
    </message>
    <message>
        <source>connect to the SMTP and IMAP servers and sign in</source>
        <translation>forbind til SMTP- og IMAP-serverne og log ind</translation>
    </message>
    <message>
        <source>show a server&apos;s certificate and trust it (a self-signed office server)</source>
        <translation>vis en servers certifikat og stol på det (en selvsigneret server på kontoret)</translation>
    </message>
    <message>
        <source>trust it only if its SHA-256 fingerprint is this one</source>
        <translation>stol kun på det, hvis dets SHA-256-fingeraftryk er dette</translation>
    </message>
    <message>
        <source>read from the mailbox</source>
        <translation>læs fra postkassen</translation>
    </message>
    <message>
        <source>read calendar replies and bounces from the mailbox</source>
        <translation>læs kalendersvar og returmails fra postkassen</translation>
    </message>
    <message>
        <source>--{what}: &apos;{text}&apos; is not HOST or HOST:PORT.</source>
        <translation>--{what}: &apos;{text}&apos; er ikke VÆRT eller VÆRT:PORT.</translation>
    </message>
    <message>
        <source>SMTP: {server} ({security})</source>
        <translation>SMTP: {server} ({security})</translation>
    </message>
    <message>
        <source>IMAP: {server} ({security})</source>
        <translation>IMAP: {server} ({security})</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>Bruger: {user}</translation>
    </message>
    <message>
        <source>Sign-in: {auth}</source>
        <translation>Login: {auth}</translation>
    </message>
    <message>
        <source>Read replies every {n} minutes; processed messages: {after}</source>
        <translation>Læs svar hvert {n}. minut; behandlede beskeder: {after}</translation>
    </message>
    <message>
        <source>OAuth application: {id}</source>
        <translation>OAuth-app: {id}</translation>
    </message>
    <message>
        <source>--password-stdin: this account signs in with OAuth, not a password.</source>
        <translation>--password-stdin: denne konto logger ind med OAuth, ikke med adgangskode.</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation>--password-stdin: ingen adgangskode på standard input.</translation>
    </message>
    <message>
        <source>Next: klimamoeder mail sign-in</source>
        <translation>Næste skridt: klimamoeder mail sign-in</translation>
    </message>
    <message>
        <source>This account signs in with a password: use mail configure --password-stdin, or --auth microsoft365.</source>
        <translation>Denne konto logger ind med adgangskode: brug mail configure --password-stdin eller --auth microsoft365.</translation>
    </message>
    <message>
        <source>Your browser opens Google&apos;s sign-in page.</source>
        <translation>Din browser åbner Googles login-side.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Logget ind som {user}.</translation>
    </message>
    <message>
        <source>SMTP: the connection works.</source>
        <translation>SMTP: forbindelsen virker.</translation>
    </message>
    <message>
        <source>IMAP: the connection works; replies are read from {folders}.</source>
        <translation>IMAP: forbindelsen virker; svar læses fra {folders}.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: klimamoeder mail configure --smtp …</source>
        <translation>Der er endnu ingen mailserver: klimamoeder mail configure --smtp …</translation>
    </message>
    <message>
        <source>No {server} server is set up.</source>
        <translation>Der er ingen {server}-server.</translation>
    </message>
    <message>
        <source>Subject: {subject}
Issuer: {issuer}
SHA-256: {fingerprint}</source>
        <translation>Emne: {subject}
Udsteder: {issuer}
SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <source>Compare the fingerprint with your IT department, then run this again with --fingerprint to trust it.</source>
        <translation>Sammenlign fingeraftrykket med jeres it-afdeling, og kør så kommandoen igen med --fingerprint for at stole på det.</translation>
    </message>
    <message>
        <source>klimamoeder: the fingerprint does not match; nothing was trusted.</source>
        <translation>klimamoeder: fingeraftrykket passer ikke; der blev ikke stolet på noget.</translation>
    </message>
    <message>
        <source>The certificate of {server} is trusted from now on.</source>
        <translation>Der stoles fremover på certifikatet for {server}.</translation>
    </message>
    <message>
        <source>print each change as it is committed (PostgreSQL: LISTEN/NOTIFY), until interrupted</source>
        <translation>skriv hver ændring, når den er gemt (PostgreSQL: LISTEN/NOTIFY), indtil du afbryder</translation>
    </message>
    <message>
        <source>one JSON object per line: table, id, action, author, time (and meeting, fields)</source>
        <translation>ét JSON-objekt pr. linje: tabel, id, handling, forfatter, tidspunkt (og møde, felter)</translation>
    </message>
    <message>
        <source>stop after N lines</source>
        <translation>stop efter N linjer</translation>
    </message>
    <message>
        <source>{time}  something changed (reload everything)</source>
        <translation>{time}  noget er ændret (indlæs alt igen)</translation>
    </message>
    <message>
        <source>(many)</source>
        <translation>(mange)</translation>
    </message>
    <message>
        <source>--limit must be 1 or more.</source>
        <translation>--limit skal være 1 eller mere.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be watched.</source>
        <translation>En database i hukommelsen kan ikke overvåges.</translation>
    </message>
    <message>
        <source>listening for changes…</source>
        <translation>lytter efter ændringer…</translation>
    </message>
    <message>
        <source>offline — reconnecting…</source>
        <translation>offline — forbinder igen…</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} er ikke en dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>personal data: erase, export, retention</source>
        <translation>personoplysninger: slet, eksportér, opbevaring</translation>
    </message>
    <message>
        <source>remove one person from every table</source>
        <translation>fjern én person fra alle tabeller</translation>
    </message>
    <message>
        <source>erase without asking</source>
        <translation>slet uden at spørge</translation>
    </message>
    <message>
        <source>everything about one person, as JSON or PDF</source>
        <translation>alt om én person, som JSON eller PDF</translation>
    </message>
    <message>
        <source>what each network&apos;s retention policy says is due for anonymising, or (--apply) do it</source>
        <translation>hvad hvert netværks opbevaringsregel siger skal anonymiseres, eller (--apply) gør det</translation>
    </message>
    <message>
        <source>anonymise what is due</source>
        <translation>anonymisér det der forfalder</translation>
    </message>
    <message>
        <source>who created, changed, exported or erased what</source>
        <translation>hvem oprettede, ændrede, eksporterede eller slettede hvad</translation>
    </message>
    <message>
        <source>Still named in text someone wrote (edit these):</source>
        <translation>Stadig nævnt i tekst, som nogen har skrevet (ret disse):</translation>
    </message>
    <message>
        <source>Backups that still hold the person (delete or replace them when their time is up):</source>
        <translation>Sikkerhedskopier der stadig rummer personen (slet eller erstat dem, når deres tid er gået):</translation>
    </message>
    <message>
        <source> (could not be read: check it yourself)</source>
        <translation> (kunne ikke læses: tjek den selv)</translation>
    </message>
    <message>
        <source>Would erase person {id}: {rows}.</source>
        <translation>Ville slette person {id}: {rows}.</translation>
    </message>
    <message>
        <source>Nothing was erased: run again with --yes to erase.</source>
        <translation>Intet blev slettet: kør igen med --yes for at slette.</translation>
    </message>
    <message>
        <source>Erase for good? Type yes: </source>
        <translation>Slet for altid? Skriv ja: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Intet blev slettet.</translation>
    </message>
    <message>
        <source>Erased person {id}: {rows}.</source>
        <translation>Person {id} slettet: {rows}.</translation>
    </message>
    <message>
        <source>{path}: the access export is written as .json or .pdf.</source>
        <translation>{path}: indsigten skrives som .json eller .pdf.</translation>
    </message>
    <message>
        <source>Access export written to {path}</source>
        <translation>Indsigt skrevet til {path}</translation>
    </message>
    <message>
        <source>Nothing is due for anonymising.</source>
        <translation>Intet skal anonymiseres.</translation>
    </message>
    <message>
        <source>everything about the participants</source>
        <translation>alt om deltagerne</translation>
    </message>
    <message>
        <source>dietary and accessibility needs</source>
        <translation>kost- og tilgængelighedsbehov</translation>
    </message>
    <message>
        <source>{n} registrations</source>
        <translation>{n} tilmeldinger</translation>
    </message>
    <message>
        <source>{n} people kept by nothing else are erased.</source>
        <translation>{n} personer, som intet andet holder på, slettes.</translation>
    </message>
    <message>
        <source>{n} calendar replies that never matched a meeting are removed.</source>
        <translation>{n} kalendersvar, der aldrig passede til et møde, fjernes.</translation>
    </message>
    <message>
        <source>{n} change-log entries older than the log&apos;s period are removed.</source>
        <translation>{n} poster i ændringsloggen, ældre end loggens periode, fjernes.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Færdig.</translation>
    </message>
    <message>
        <source>Nothing was changed: add --apply to do it.</source>
        <translation>Intet blev ændret: tilføj --apply for at gøre det.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Gemt af en anden i mellemtiden</translation>
    </message>
    <message>
        <source>{what} was changed after you opened it.</source>
        <translation>{what} er blevet ændret, efter du åbnede den.</translation>
    </message>
    <message>
        <source>{what} was deleted while you were editing it.</source>
        <translation>{what} er blevet slettet, mens du redigerede den.</translation>
    </message>
    <message>
        <source>{what} was changed while you were editing it.</source>
        <translation>{what} er blevet ændret, mens du redigerede den.</translation>
    </message>
    <message>
        <source>(by {author})</source>
        <translation>(af {author})</translation>
    </message>
    <message>
        <source>Their changes are shown below. Delete it anyway, or keep it with their changes?</source>
        <translation>Deres ændringer ses nedenfor. Vil du slette den alligevel, eller beholde den med deres ændringer?</translation>
    </message>
    <message>
        <source>Nothing you typed is lost: save your version again as a new record, or let it go.</source>
        <translation>Intet af det, du har skrevet, er tabt: gem din version igen som en ny post, eller lad den gå.</translation>
    </message>
    <message>
        <source>You both changed {count} field(s), marked ⚠. Choose which value to keep in each row, or keep all of yours or all of theirs. Nothing is saved until you choose.</source>
        <translation>I har begge ændret {count} felt(er), markeret med ⚠. Vælg hvilken værdi der skal gælde i hver række, eller behold alle dine eller alle deres. Intet gemmes, før du vælger.</translation>
    </message>
    <message>
        <source>Your changes and theirs touch different fields and can be merged.</source>
        <translation>Dine og deres ændringer gælder forskellige felter og kan flettes.</translation>
    </message>
    <message>
        <source>Theirs (deleted)</source>
        <translation>Deres (slettet)</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Deres (gemt nu)</translation>
    </message>
    <message>
        <source>Yours (deleting)</source>
        <translation>Din (sletter)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Oprindelig</translation>
    </message>
    <message>
        <source>(no field differs)</source>
        <translation>(ingen felter er forskellige)</translation>
    </message>
    <message>
        <source>Delete &amp;anyway</source>
        <translation>Slet &amp;alligevel</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behold den</translation>
    </message>
    <message>
        <source>&amp;Save mine again</source>
        <translation>&amp;Gem min igen</translation>
    </message>
    <message>
        <source>&amp;Let it go</source>
        <translation>&amp;Lad den gå</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behold min</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tag deres</translation>
    </message>
    <message>
        <source>Save &amp;merged</source>
        <translation>Gem &amp;flettet</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Tilbage til redigering</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Person in two places</source>
        <translation>Person to steder</translation>
    </message>
    <message>
        <source>Room double-booked</source>
        <translation>Lokale dobbeltbooket</translation>
    </message>
    <message>
        <source>Outside the meeting</source>
        <translation>Uden for mødet</translation>
    </message>
    <message>
        <source>Longer than its day</source>
        <translation>Længere end dagen</translation>
    </message>
    <message>
        <source>Speaker not registered</source>
        <translation>Oplægsholder ikke tilmeldt</translation>
    </message>
    <message>
        <source>Room too small</source>
        <translation>Lokale for lille</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>moderator</source>
        <translation>ordstyrer</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>oplægsholder</translation>
    </message>
    <message>
        <source>{person} ({role}) of &apos;{title}&apos; is not registered for the meeting.</source>
        <translation>{person} ({role}) ved &apos;{title}&apos; er ikke tilmeldt mødet.</translation>
    </message>
    <message>
        <source>{person} ({role}) of &apos;{title}&apos; has declined the meeting.</source>
        <translation>{person} ({role}) ved &apos;{title}&apos; har meldt afbud til mødet.</translation>
    </message>
    <message>
        <source>{person} ({role}) of &apos;{title}&apos; has cancelled the registration.</source>
        <translation>{person} ({role}) ved &apos;{title}&apos; har afmeldt sig.</translation>
    </message>
    <message>
        <source>{person} ({role}) of &apos;{title}&apos; is invited but has not registered.</source>
        <translation>{person} ({role}) ved &apos;{title}&apos; er inviteret, men har ikke tilmeldt sig.</translation>
    </message>
    <message>
        <source>{person} ({role}) of &apos;{title}&apos; is on the wait list, not registered.</source>
        <translation>{person} ({role}) ved &apos;{title}&apos; står på venteliste og er ikke tilmeldt.</translation>
    </message>
    <message>
        <source>{person} ({role}) of &apos;{title}&apos; is not registered for {day}.</source>
        <translation>{person} ({role}) ved &apos;{title}&apos; er ikke tilmeldt {day}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; ({when}) lies outside the meeting&apos;s days and times ({meeting}).</source>
        <translation>&apos;{title}&apos; ({when}) ligger uden for mødets dage og tider ({meeting}).</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; lasts longer than a day ({hours} hours).</source>
        <translation>&apos;{title}&apos; varer mere end en dag ({hours} timer).</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; ({when}) runs past midnight into the next day.</source>
        <translation>&apos;{title}&apos; ({when}) fortsætter efter midnat ind i næste dag.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; ({when}): {room} holds {capacity} people, but {audience} participants attend that day.</source>
        <translation>&apos;{title}&apos; ({when}): {room} har plads til {capacity} personer, men {audience} deltagere kommer den dag.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; ({when}): {room} holds {capacity} people, but {audience} are expected.</source>
        <translation>&apos;{title}&apos; ({when}): {room} har plads til {capacity} personer, men der forventes {audience}.</translation>
    </message>
    <message>
        <source>{room} is double-booked: &apos;{first}&apos; ({first_when}) and &apos;{second}&apos; ({second_when}).</source>
        <translation>{room} er dobbeltbooket: &apos;{first}&apos; ({first_when}) og &apos;{second}&apos; ({second_when}).</translation>
    </message>
    <message>
        <source>{person} is in two places at once: &apos;{first}&apos; ({first_when}) and &apos;{second}&apos; ({second_when}).</source>
        <translation>{person} er to steder på samme tid: &apos;{first}&apos; ({first_when}) og &apos;{second}&apos; ({second_when}).</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle dage</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>The agenda item “{title}”</source>
        <translation>Programpunktet “{title}”</translation>
    </message>
    <message>
        <source>{what} was changed by someone else after you opened it.</source>
        <translation>{what} er blevet ændret af en anden, efter du åbnede den.</translation>
    </message>
    <message>
        <source>{what} was deleted by someone else while you were editing it.</source>
        <translation>{what} er blevet slettet af en anden, mens du redigerede den.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing it.</source>
        <translation>{what} er blevet ændret af en anden, mens du redigerede den.</translation>
    </message>
    <message>
        <source>The meeting “{title}”</source>
        <translation>Mødet “{title}”</translation>
    </message>
    <message>
        <source>The person {name}</source>
        <translation>Personen {name}</translation>
    </message>
    <message>
        <source>The organisation {name}</source>
        <translation>Organisationen {name}</translation>
    </message>
    <message>
        <source>The registration of {name}</source>
        <translation>Tilmeldingen for {name}</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Offline — forbinder igen…</translation>
    </message>
    <message>
        <source>{count} change(s) waiting for the connection</source>
        <translation>{count} ændring(er) venter på forbindelsen</translation>
    </message>
</context>
<context>
    <name>CopyMeetingDialog</name>
    <message>
        <source>New meeting from “{title}”</source>
        <translation>Nyt møde ud fra “{title}”</translation>
    </message>
    <message>
        <source>The new meeting gets this meeting&apos;s details and agenda, moved to the new dates. Every item keeps its clock time in {zone}. Registrations are not copied.</source>
        <translation>Det nye møde får dette mødes oplysninger og dagsorden på de nye datoer. Hvert punkt beholder sit klokkeslæt i {zone}. Tilmeldinger kopieres ikke.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd &apos;den&apos; d. MMMM yyyy</translation>
    </message>
    <message>
        <source>New &amp;start date:</source>
        <translation>Ny &amp;startdato:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Tidszone:</translation>
    </message>
    <message>
        <source>Copy the &amp;speakers and moderators too</source>
        <translation>Kopiér også &amp;oplægsholdere og ordstyrere</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Opret møde</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd &apos;den&apos; d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Moderator: {names}</source>
        <translation>Ordstyrer: {names}</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Ordstyrer</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
</context>
<context>
    <name>DocumentOptions</name>
    <message>
        <source>Who and what</source>
        <translation>Hvem og hvad</translation>
    </message>
    <message>
        <source>Internal list: everyone registered,
marked “not for distribution”</source>
        <translation>Intern liste: alle tilmeldte,
mærket “må ikke udleveres”</translation>
    </message>
    <message>
        <source>Without this the list is the one to hand out: only people who agreed to appear on shared lists. With it, everyone is on it and every page says it is internal.</source>
        <translation>Uden dette er listen den, der deles ud: kun personer, der har sagt ja til at stå på delte lister. Med det er alle med, og hver side siger, at den er intern.</translation>
    </message>
    <message>
        <source>Group by organisation</source>
        <translation>Gruppér efter organisation</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>På tværs</translation>
    </message>
    <message>
        <source>Columns besides the name:</source>
        <translation>Kolonner ud over navnet:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Fremmødelister</translation>
    </message>
    <message>
        <source>One sheet per day</source>
        <translation>Én liste pr. dag</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>Check-in &amp;desks:</source>
        <translation>&amp;Skranker:</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>&amp;Tomme rækker:</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Etiketark</translation>
    </message>
    <message>
        <source>On a partly used sheet: the first free label, counted row by row from the top left.</source>
        <translation>På et delvist brugt ark: den første ledige etiket, talt række for række fra øverst til venstre.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>The e-mail address of one registered person: only their badge.</source>
        <translation>E-mailadressen på én tilmeldt person: kun vedkommendes navneskilt.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <source>&amp;First free label:</source>
        <translation>&amp;Første ledige etiket:</translation>
    </message>
    <message>
        <source>&amp;Only for (e-mail):</source>
        <translation>&amp;Kun for (e-mail):</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Udskrivning</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Faktisk størrelse (100 %)</translation>
    </message>
    <message>
        <source>Fit to the printable area</source>
        <translation>Tilpas til det printbare område</translation>
    </message>
    <message>
        <source>&amp;Scaling:</source>
        <translation>S&amp;kalering:</translation>
    </message>
    <message>
        <source>Cut marks, labels and signature rows must land where they are drawn: this document prints at actual size only.</source>
        <translation>Skæremærker, etiketter og underskriftsrækker skal lande, hvor de er tegnet: dette dokument udskrives kun i faktisk størrelse.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Documents can be printed in Danish (da) or English (en), not &apos;{language}&apos;.</source>
        <translation>Dokumenter kan udskrives på dansk (da) eller engelsk (en), ikke &apos;{language}&apos;.</translation>
    </message>
    <message>
        <source>Unknown label sheet &apos;{stock}&apos;. Choose one of: {choices}.</source>
        <translation>Ukendt etiketark &apos;{stock}&apos;. Vælg et af: {choices}.</translation>
    </message>
    <message>
        <source>The first label must be between 1 and {count} on {stock}.</source>
        <translation>Første etiket skal være mellem 1 og {count} på {stock}.</translation>
    </message>
    <message>
        <source>Nobody registered for this meeting has the e-mail address &apos;{email}&apos;.</source>
        <translation>Ingen tilmeldt til dette møde har e-mailadressen &apos;{email}&apos;.</translation>
    </message>
    <message>
        <source>{name}: these characters cannot be printed: {chars} ({codes})</source>
        <translation>{name}: disse tegn kan ikke udskrives: {chars} ({codes})</translation>
    </message>
    <message>
        <source>Laying out the programme…</source>
        <translation>Opsætter programmet…</translation>
    </message>
    <message>
        <source>Reading the registrations…</source>
        <translation>Læser tilmeldingerne…</translation>
    </message>
    <message>
        <source>Laying out the list…</source>
        <translation>Opsætter listen…</translation>
    </message>
    <message>
        <source>Laying out the badges…</source>
        <translation>Opsætter navneskiltene…</translation>
    </message>
    <message>
        <source>Laying out the name cards…</source>
        <translation>Opsætter bordkortene…</translation>
    </message>
    <message>
        <source>Unknown document &apos;{document}&apos;.</source>
        <translation>Ukendt dokument &apos;{document}&apos;.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that should not have: this is a fault in Klimamøder, not in what you did. Your saved data is safe. If it happens again, send the details to whoever supports Klimamøder.</source>
        <translation>Der skete en fejl, som ikke burde ske: det er en fejl i Klimamøder, ikke i det, du gjorde. Dine gemte data er i sikkerhed. Sker det igen, så send detaljerne til den, der hjælper med Klimamøder.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiér detaljer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no meeting with id {id}.</source>
        <translation>Der findes intet møde med id {id}.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists (it may have been deleted).</source>
        <translation>Dagsordenspunktet findes ikke længere (det er måske blevet slettet).</translation>
    </message>
    <message>
        <source>Give the item an end time or a duration.</source>
        <translation>Giv punktet et sluttidspunkt eller en varighed.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; must end after it starts (it starts {start} and ends {end}).</source>
        <translation>&apos;{title}&apos; skal slutte, efter det begynder (det begynder {start} og slutter {end}).</translation>
    </message>
    <message>
        <source>The chosen room is not at this meeting&apos;s venue.</source>
        <translation>Det valgte lokale ligger ikke på mødets sted.</translation>
    </message>
    <message>
        <source>A chosen speaker or moderator no longer exists.</source>
        <translation>En valgt oplægsholder eller ordstyrer findes ikke længere.</translation>
    </message>
    <message>
        <source>The agenda item needs a title.</source>
        <translation>Dagsordenspunktet skal have en titel.</translation>
    </message>
    <message>
        <source>The expected audience cannot be negative.</source>
        <translation>Det forventede fremmøde kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Someone else changed &apos;{title}&apos; meanwhile. The agenda has been reloaded; make your change again.</source>
        <translation>En anden har ændret &apos;{title}&apos; i mellemtiden. Dagsordenen er genindlæst; foretag din ændring igen.</translation>
    </message>
    <message>
        <source>Choose the agenda items to delete.</source>
        <translation>Vælg de dagsordenspunkter, der skal slettes.</translation>
    </message>
    <message>
        <source>There is no other item starting at the same time to swap &apos;{title}&apos; with.</source>
        <translation>Der er intet andet punkt, der starter samtidig, som &apos;{title}&apos; kan bytte plads med.</translation>
    </message>
    <message>
        <source>{day} is not a day of this meeting.</source>
        <translation>{day} er ikke en af mødets dage.</translation>
    </message>
    <message>
        <source>The registration no longer exists.</source>
        <translation>Tilmeldingen findes ikke længere.</translation>
    </message>
    <message>
        <source>{name} is not registered (status: {status}).</source>
        <translation>{name} er ikke tilmeldt (status: {status}).</translation>
    </message>
    <message>
        <source>{name} was already checked in at {time}.</source>
        <translation>{name} blev allerede tjekket ind kl. {time}.</translation>
    </message>
    <message>
        <source>{name} was just checked in elsewhere.</source>
        <translation>{name} er netop blevet tjekket ind et andet sted.</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>Mødet skal have en titel.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>Mødet skal slutte, efter det begynder.</translation>
    </message>
    <message>
        <source>The registration deadline lies after the meeting has ended.</source>
        <translation>Tilmeldingsfristen ligger efter mødets afslutning.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Kapaciteten kan ikke være negativ.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>The chosen network no longer exists.</source>
        <translation>Det valgte netværk findes ikke længere.</translation>
    </message>
    <message>
        <source>{registered} people are registered, so the capacity cannot be {capacity}. Cancel {excess} registrations first (or keep the capacity).</source>
        <translation>{registered} personer er tilmeldt, så kapaciteten kan ikke være {capacity}. Afmeld først {excess} tilmeldinger (eller behold kapaciteten).</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Der findes ingen person med id {id}.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>Personen skal have et navn.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Navnet er længere end 200 tegn.</translation>
    </message>
    <message>
        <source>The phone number is longer than 40 characters.</source>
        <translation>Telefonnummeret er længere end 40 tegn.</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {name}.</source>
        <translation>E-mailadressen {email} tilhører allerede {name}.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>En person kan ikke sammenlægges med sig selv.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Organisationen skal have et navn.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as DK.</source>
        <translation>Landet skal være en kode på to bogstaver, fx DK.</translation>
    </message>
    <message>
        <source>The organisation {name} ({country}) already exists.</source>
        <translation>Organisationen {name} ({country}) findes allerede.</translation>
    </message>
    <message>
        <source>The organisation needs a name and a two-letter country code.</source>
        <translation>Organisationen skal have et navn og en landekode på to bogstaver.</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>Organisationen findes ikke længere.</translation>
    </message>
    <message>
        <source>The organisation still has people or memberships.</source>
        <translation>Organisationen har stadig personer eller medlemskaber.</translation>
    </message>
    <message>
        <source>The network or the organisation no longer exists.</source>
        <translation>Netværket eller organisationen findes ikke længere.</translation>
    </message>
    <message>
        <source>{organisation} is already in {network}.</source>
        <translation>{organisation} er allerede med i {network}.</translation>
    </message>
    <message>
        <source>{network} admits a new member only on the recommendation of a member. Choose the recommending member.</source>
        <translation>{network} optager kun nye medlemmer efter anbefaling fra et medlem. Vælg det anbefalende medlem.</translation>
    </message>
    <message>
        <source>The recommending organisation must itself be a member of {network}.</source>
        <translation>Den anbefalende organisation skal selv være medlem af {network}.</translation>
    </message>
    <message>
        <source>The membership no longer exists.</source>
        <translation>Medlemskabet findes ikke længere.</translation>
    </message>
    <message>
        <source>{day} is not a day of this meeting ({days}).</source>
        <translation>{day} er ikke en af mødets dage ({days}).</translation>
    </message>
    <message>
        <source>Some of the chosen registrations no longer exist. Reload and try again.</source>
        <translation>Nogle af de valgte tilmeldinger findes ikke længere. Genindlæs, og prøv igen.</translation>
    </message>
    <message>
        <source>{name}: cannot change from {old} to {new}.</source>
        <translation>{name}: kan ikke ændres fra {old} til {new}.</translation>
    </message>
    <message>
        <source>This cannot be undone: the registrations changed meanwhile. Reload and change them by hand.</source>
        <translation>Det kan ikke fortrydes: tilmeldingerne er ændret i mellemtiden. Genindlæs og ret dem i hånden.</translation>
    </message>
    <message>
        <source>Choose another meeting to invite its participants from.</source>
        <translation>Vælg et andet møde at invitere deltagerne fra.</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…og {count} til.</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}</source>
        <translation>Ukendt tidszone: {zone}</translation>
    </message>
    <message>
        <source>The room needs a name.</source>
        <translation>Lokalet skal have et navn.</translation>
    </message>
    <message>
        <source>{venue} already has a room called &apos;{name}&apos;.</source>
        <translation>{venue} har allerede et lokale, der hedder &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Stedet findes ikke længere.</translation>
    </message>
    <message>
        <source>The room no longer exists.</source>
        <translation>Lokalet findes ikke længere.</translation>
    </message>
    <message>
        <source>There is no network with id {id}.</source>
        <translation>Der er intet netværk med id {id}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>all days</source>
        <translation>alle dage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Tjekket ind</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Registered at (UTC)</source>
        <translation>Tilmeldt (UTC)</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>Name the file .csv or .xlsx to choose the format: {name}</source>
        <translation>Giv filen endelsen .csv eller .xlsx for at vælge formatet: {name}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export registrations</source>
        <translation>Eksportér tilmeldinger</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>registrations.xlsx or registrations.csv</source>
        <translation>tilmeldinger.xlsx eller tilmeldinger.csv</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>CSV is written for Danish Excel (UTF-8, semicolons). Values that a spreadsheet could take for a formula are written as text.</source>
        <translation>CSV skrives til dansk Excel (UTF-8, semikolon). Værdier, som et regneark kunne opfatte som en formel, skrives som tekst.</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file and at least one column.</source>
        <translation>Vælg en fil og mindst én kolonne.</translation>
    </message>
    <message>
        <source>Exporting registrations</source>
        <translation>Eksporterer tilmeldinger</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>The disk is full: {what} could not be written. Nothing was changed; free some space and try again.</source>
        <translation>Disken er fuld: {what} kunne ikke skrives. Intet blev ændret; frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>{what} is read-only (file or folder permissions, or a write-protected drive): nothing could be written there.</source>
        <translation>{what} er skrivebeskyttet (fil- eller mapperettigheder eller et skrivebeskyttet drev): intet kunne skrives der.</translation>
    </message>
    <message>
        <source>The database is busy: another program ({who}) is writing to it. Try again when it has finished.</source>
        <translation>Databasen er optaget: et andet program ({who}) skriver i den. Prøv igen, når det er færdigt.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>Databasen er optaget: et andet program skriver i den. Prøv igen, når det er færdigt.</translation>
    </message>
    <message>
        <source>{path} is not a Klimamøder database (another program&apos;s file, or damaged). Nothing was changed.</source>
        <translation>{path} er ikke en Klimamøder-database (et andet programs fil, eller den er beskadiget). Intet blev ændret.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. Nothing more was written; restore your latest backup (File → Back up database makes one).</source>
        <translation>Databasen {path} er beskadiget. Der blev ikke skrevet mere i den; gendan din seneste sikkerhedskopi (Filer → Sikkerhedskopiér database laver en).</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer Klimamøder; update the program to open it.</source>
        <translation>Databasen {path} er lavet af en nyere Klimamøder; opdatér programmet for at åbne den.</translation>
    </message>
    <message>
        <source>The database {path} was made by Klimamøder {version} or newer; update the program to open it.</source>
        <translation>Databasen {path} er lavet af Klimamøder {version} eller nyere; opdatér programmet for at åbne den.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} er en mappe; angiv et filnavn.</translation>
    </message>
    <message>
        <source>{value} is out of range: no record has an id that large.</source>
        <translation>{value} er uden for området: ingen post har så stort et id.</translation>
    </message>
    <message>
        <source>{path} is open in another program; close it there and try again.</source>
        <translation>{path} er åben i et andet program; luk den der, og prøv igen.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: its folder is missing or Klimamøder may not read it.</source>
        <translation>Databasen {path} kan ikke åbnes: dens mappe findes ikke, eller Klimamøder må ikke læse den.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>databasen</translation>
    </message>
    <message>
        <source>A number in the request</source>
        <translation>Et tal i forespørgslen</translation>
    </message>
    <message>
        <source>There was not enough memory for this. Nothing was changed; close other programs or use a smaller file.</source>
        <translation>Der var ikke hukommelse nok til dette. Intet blev ændret; luk andre programmer, eller brug en mindre fil.</translation>
    </message>
    <message>
        <source>The disk holding {path} reported an error while writing (removed, full or failing). Nothing was changed.</source>
        <translation>Disken med {path} meldte en fejl under skrivning (fjernet, fuld eller defekt). Intet blev ændret.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} findes ikke.</translation>
    </message>
    <message>
        <source>{path}: part of this path is a file, not a folder.</source>
        <translation>{path}: en del af stien er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>{program}, process {pid}</source>
        <translation>{program}, proces {pid}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszone</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Tilmeldingsfrist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <source>Organiser&apos;s e-mail</source>
        <translation>Arrangørens e-mail</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Photo credit</source>
        <translation>Fotokredit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other e-mail addresses</source>
        <translation>Andre e-mailadresser</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>On the shared participant list</source>
        <translation>På den fælles deltagerliste</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Fotos tilladt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Speakers and moderators</source>
        <translation>Talere og ordstyrere</translation>
    </message>
    <message>
        <source>Expected audience</source>
        <translation>Forventet fremmøde</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Vælg filen</translation>
    </message>
    <message>
        <source>A CSV file (as Excel saves it: any encoding, semicolons or commas) or an Excel workbook (.xlsx). The first row must hold the column names.</source>
        <translation>En CSV-fil (som Excel gemmer den: alle tegnsæt, semikolon eller komma) eller en Excel-projektmappe (.xlsx). Første række skal indeholde kolonnenavnene.</translation>
    </message>
    <message>
        <source>deltagere.xlsx</source>
        <translation>deltagere.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importér deltagere</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Deltagerlister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Læser {name}…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Læser filen</translation>
    </message>
    <message>
        <source>{rows} rows and {columns} columns found ({kind}).</source>
        <translation>{rows} rækker og {columns} kolonner fundet ({kind}).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} is the open database (or one of its files); choose another file name.</source>
        <translation>{path} er den åbne database (eller en af dens filer); vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{path} is a safety copy of the database made before an upgrade; choose another file name.</source>
        <translation>{path} er en sikkerhedskopi af databasen fra før en opgradering; vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{path} is a database in use by a program (it has a -wal or -journal file beside it); choose another file name.</source>
        <translation>{path} er en database, som et program bruger (der ligger en -wal- eller -journal-fil ved siden af); vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} er en mappe; angiv et filnavn.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or use --force to replace it.</source>
        <translation>{path} findes allerede; vælg et andet navn, eller brug --force for at erstatte den.</translation>
    </message>
    <message>
        <source>{path} is read-only; it was left as it is.</source>
        <translation>{path} er skrivebeskyttet; den blev ikke ændret.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <source>{folder} is read-only: {name} could not be written there.</source>
        <translation>{folder} er skrivebeskyttet: {name} kunne ikke skrives der.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); nothing was changed.</source>
        <translation>{path} kunne ikke skrives ({reason}); intet blev ændret.</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Mappe: {folder}</translation>
    </message>
</context>
<context>
    <name>FixedTables</name>
    <message>
        <source>Tables of their own</source>
        <translation>Egne borde</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Delegations exist once the session is saved.</source>
        <translation>Delegationerne findes, når sessionen er gemt.</translation>
    </message>
    <message>
        <source>Give a table</source>
        <translation>Giv et bord</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Reminders and practical information</source>
        <translation>Påmindelser og praktisk information</translation>
    </message>
    <message>
        <source>Reminder to invitees who have not answered</source>
        <translation>Påmindelse til inviterede, der ikke har svaret</translation>
    </message>
    <message>
        <source>Practical information to the registered</source>
        <translation>Praktisk information til de tilmeldte</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>Svar senest:</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Placeholders: {name} {meeting} {date} {venue} {link} {deadline} {organiser}. A line whose placeholders are all empty is left out.</source>
        <translation>Pladsholdere: {name} {meeting} {date} {venue} {link} {deadline} {organiser}. En linje, hvis pladsholdere alle er tomme, udelades.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Will get</source>
        <translation>Får tilsendt</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Seneste afsendelse</translation>
    </message>
    <message>
        <source>Save the texts</source>
        <translation>Gem teksterne</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Send som e-mail</translation>
    </message>
    <message>
        <source>Save as e-mail drafts…</source>
        <translation>Gem som e-mailkladder…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>Practical information</source>
        <translation>Praktisk information</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>NOT delivered</source>
        <translation>IKKE leveret</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>kladde gemt</translation>
    </message>
    <message>
        <source>{title}: {n} of {total} people will get this mail.</source>
        <translation>{title}: {n} af {total} personer får denne mail.</translation>
    </message>
    <message>
        <source>As {name} will read it:</source>
        <translation>Som {name} vil læse den:</translation>
    </message>
    <message>
        <source>The texts are saved for this meeting.</source>
        <translation>Teksterne er gemt for dette møde.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Saving e-mail drafts</source>
        <translation>Gemmer e-mailkladder</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Mappe til e-mailkladderne</translation>
    </message>
    <message>
        <source>Delivered: {n}.</source>
        <translation>Leveret: {n}.</translation>
    </message>
    <message>
        <source>Not delivered: {names}</source>
        <translation>Ikke leveret: {names}</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Unknown kind of mail: {kind}.</source>
        <translation>Ukendt slags mail: {kind}.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{field}}}: use {known}.</source>
        <translation>Ukendt pladsholder {{{field}}}: brug {known}.</translation>
    </message>
    <message>
        <source>A brace is not closed in the text ({error}); write {{{{ and }}}} for a brace itself.</source>
        <translation>En krøllet parentes er ikke lukket i teksten ({error}); skriv {{{{ og }}}} for selve tegnet.</translation>
    </message>
    <message>
        <source>Unknown language: {language}.</source>
        <translation>Ukendt sprog: {language}.</translation>
    </message>
    <message>
        <source>Write a subject and a text.</source>
        <translation>Skriv et emne og en tekst.</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-mailadresse</translation>
    </message>
    <message>
        <source>the organiser</source>
        <translation>arrangøren</translation>
    </message>
    <message>
        <source>already sent</source>
        <translation>allerede sendt</translation>
    </message>
    <message>
        <source>has answered</source>
        <translation>har svaret</translation>
    </message>
    <message>
        <source>never sent the invitation</source>
        <translation>har aldrig fået invitationen</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>ikke tilmeldt</translation>
    </message>
    <message>
        <source>the Danish text</source>
        <translation>den danske tekst</translation>
    </message>
    <message>
        <source>the English text</source>
        <translation>den engelske tekst</translation>
    </message>
    <message>
        <source>Write the practical information first ({text} still has the paragraph marked »).</source>
        <translation>Skriv først den praktiske information ({text} har stadig afsnittet markeret med »).</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This registration no longer exists.</source>
        <translation>Denne tilmelding findes ikke længere.</translation>
    </message>
    <message>
        <source>Registration of {name} for {meeting}</source>
        <translation>Tilmelding af {name} til {meeting}</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Denne person findes ikke længere.</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Dette møde findes ikke længere.</translation>
    </message>
    <message>
        <source>Meeting: {title}</source>
        <translation>Møde: {title}</translation>
    </message>
    <message>
        <source>Accepted by reply</source>
        <translation>Takket ja ved svar</translation>
    </message>
    <message>
        <source>Accepted by reply (wait list)</source>
        <translation>Takket ja ved svar (venteliste)</translation>
    </message>
    <message>
        <source>Declined by reply</source>
        <translation>Takket nej ved svar</translation>
    </message>
    <message>
        <source>Moved up from the wait list</source>
        <translation>Rykket op fra ventelisten</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>Put on the wait list</source>
        <translation>Sat på venteliste</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Afmeldt</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Ændret: {fields}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Tilmelding</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Dagsordenspunkt</translation>
    </message>
    <message>
        <source>Speaker or moderator</source>
        <translation>Oplægsholder eller ordstyrer</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Medlemskab</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tilføjet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ændret</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>eksporteret</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>udskrevet</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>slettet helt</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymiseret</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>samtykke registreret</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Tjekket ind</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Indtjekning fortrudt</translation>
    </message>
    <message>
        <source>Reply received, not applied ({outcome})</source>
        <translation>Svar modtaget, ikke anvendt ({outcome})</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>oplægsholder</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>ordstyrer</translation>
    </message>
    <message>
        <source>On the agenda as {role}</source>
        <translation>På dagsordenen som {role}</translation>
    </message>
    <message>
        <source>Taken off the agenda as {role}</source>
        <translation>Taget af dagsordenen som {role}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Registration removed</source>
        <translation>Tilmelding fjernet</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Aflysning</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>Practical information</source>
        <translation>Praktisk information</translation>
    </message>
    <message>
        <source>{what} sent</source>
        <translation>{what} sendt</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what} mislykkedes</translation>
    </message>
    <message>
        <source>{what} saved as a draft</source>
        <translation>{what} gemt som kladde</translation>
    </message>
    <message>
        <source>reply (read by {author})</source>
        <translation>svar (læst af {author})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>a deleted meeting</source>
        <translation>et slettet møde</translation>
    </message>
    <message>
        <source>{what} — {meeting}</source>
        <translation>{what} — {meeting}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Nothing has been recorded for it yet.</source>
        <translation>Der er endnu ikke registreret noget om den.</translation>
    </message>
    <message>
        <source>{what}
By way of: {path}</source>
        <translation>{what}
Via: {path}</translation>
    </message>
</context>
<context>
    <name>IcalCheck</name>
    <message>
        <source>The file does not end with CRLF.</source>
        <translation>Filen slutter ikke med CRLF.</translation>
    </message>
    <message>
        <source>Lines must end with CRLF, not a bare LF or CR.</source>
        <translation>Linjer skal slutte med CRLF, ikke med LF eller CR alene.</translation>
    </message>
    <message>
        <source>Line {n} is longer than 75 octets (not folded).</source>
        <translation>Linje {n} er længere end 75 oktetter (ikke foldet).</translation>
    </message>
    <message>
        <source>Line {n} is not valid UTF-8 (a character split by folding?).</source>
        <translation>Linje {n} er ikke gyldig UTF-8 (et tegn delt ved foldning?).</translation>
    </message>
    <message>
        <source>Event {uid}</source>
        <translation>Begivenhed {uid}</translation>
    </message>
    <message>
        <source>{where}: {prop} is missing.</source>
        <translation>{where}: {prop} mangler.</translation>
    </message>
    <message>
        <source>{where}: SEQUENCE is missing.</source>
        <translation>{where}: SEQUENCE mangler.</translation>
    </message>
    <message>
        <source>{where}: DTSTAMP must be in UTC.</source>
        <translation>{where}: DTSTAMP skal være i UTC.</translation>
    </message>
    <message>
        <source>{where}: an invitation needs an ATTENDEE.</source>
        <translation>{where}: en invitation skal have en ATTENDEE.</translation>
    </message>
    <message>
        <source>{where}: a published feed must not list ATTENDEEs.</source>
        <translation>{where}: en publiceret kalender må ikke angive ATTENDEE&apos;er.</translation>
    </message>
    <message>
        <source>{where}: the organiser is also invited as an attendee.</source>
        <translation>{where}: arrangøren er også inviteret som deltager.</translation>
    </message>
    <message>
        <source>{where}: an ATTENDEE lacks RSVP=TRUE.</source>
        <translation>{where}: en ATTENDEE mangler RSVP=TRUE.</translation>
    </message>
    <message>
        <source>{where}: {prop} is not allowed in an invitation.</source>
        <translation>{where}: {prop} er ikke tilladt i en invitation.</translation>
    </message>
    <message>
        <source>{where}: DTSTART and DTEND are of different types.</source>
        <translation>{where}: DTSTART og DTEND er af forskellig type.</translation>
    </message>
    <message>
        <source>{where}: DTEND is not after DTSTART.</source>
        <translation>{where}: DTEND ligger ikke efter DTSTART.</translation>
    </message>
    <message>
        <source>{where}: DTEND is missing.</source>
        <translation>{where}: DTEND mangler.</translation>
    </message>
    <message>
        <source>{where}: TZID {tzid} has no VTIMEZONE.</source>
        <translation>{where}: TZID {tzid} har ingen VTIMEZONE.</translation>
    </message>
    <message>
        <source>{where}: the VTIMEZONE {tzid} must come before the event.</source>
        <translation>{where}: VTIMEZONE {tzid} skal stå før begivenheden.</translation>
    </message>
    <message>
        <source>{where}: {prop} is a floating time (no time zone).</source>
        <translation>{where}: {prop} er et flydende tidspunkt (ingen tidszone).</translation>
    </message>
    <message>
        <source>{where}: a cancellation of the whole meeting needs STATUS:CANCELLED.</source>
        <translation>{where}: en aflysning af hele mødet skal have STATUS:CANCELLED.</translation>
    </message>
    <message>
        <source>The file cannot be read as iCalendar: {error}</source>
        <translation>Filen kan ikke læses som iCalendar: {error}</translation>
    </message>
    <message>
        <source>The calendar has no {prop}.</source>
        <translation>Kalenderen har ingen {prop}.</translation>
    </message>
    <message>
        <source>The calendar needs a METHOD (REQUEST, CANCEL or PUBLISH).</source>
        <translation>Kalenderen skal have en METHOD (REQUEST, CANCEL eller PUBLISH).</translation>
    </message>
    <message>
        <source>The calendar itself must not have a UID.</source>
        <translation>Selve kalenderen må ikke have en UID.</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE is not allowed in an invitation.</source>
        <translation>X-WR-TIMEZONE er ikke tilladt i en invitation.</translation>
    </message>
    <message>
        <source>VTIMEZONE {tzid} uses RDATE; Outlook needs the RRULE form.</source>
        <translation>VTIMEZONE {tzid} bruger RDATE; Outlook kræver RRULE-formen.</translation>
    </message>
    <message>
        <source>The calendar has no event.</source>
        <translation>Kalenderen har ingen begivenhed.</translation>
    </message>
    <message>
        <source>An invitation must hold exactly one event (one UID).</source>
        <translation>En invitation skal indeholde præcis én begivenhed (én UID).</translation>
    </message>
    <message>
        <source>Event {uid}: a property cannot be read: {error}</source>
        <translation>Begivenhed {uid}: en egenskab kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>Event {uid}: {prop} is broken (&apos;{value}&apos;).</source>
        <translation>Begivenhed {uid}: {prop} er ødelagt (&apos;{value}&apos;).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Line {line}: {name} ({organisation}) looks like {person} &lt;{email}&gt; already known: {decision}.</source>
        <translation>Linje {line}: {name} ({organisation}) ligner {person} &lt;{email}&gt;, som allerede kendes: {decision}.</translation>
    </message>
    <message>
        <source>merged (the file&apos;s address added to that person)</source>
        <translation>slået sammen (filens adresse føjet til personen)</translation>
    </message>
    <message>
        <source>kept as a new person</source>
        <translation>oprettet som ny person</translation>
    </message>
    <message>
        <source>Line {line}: {person}: {field} &apos;{stored}&apos; → &apos;{new}&apos; (updated).</source>
        <translation>Linje {line}: {person}: {field} &apos;{stored}&apos; → &apos;{new}&apos; (opdateret).</translation>
    </message>
    <message>
        <source>Line {line}: {person}: {field} &apos;{stored}&apos; in the file is &apos;{new}&apos; (kept; --update takes the file&apos;s values).</source>
        <translation>Linje {line}: {person}: {field} &apos;{stored}&apos; er &apos;{new}&apos; i filen (beholdt; --update bruger filens værdier).</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: &apos;{value}&apos; starts like a spreadsheet formula; it is kept as text. Check it is meant.</source>
        <translation>Linje {line}, kolonne {column}: &apos;{value}&apos; begynder som en regnearksformel; den gemmes som tekst. Tjek, at den er ment sådan.</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Consent: participant list</source>
        <translation>Samtykke: deltagerliste</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Samtykke: fotos</translation>
    </message>
    <message>
        <source>Consent: newsletter</source>
        <translation>Samtykke: nyhedsbrev</translation>
    </message>
    <message>
        <source>Choose which column holds the name (or first and last name).</source>
        <translation>Vælg, hvilken kolonne der indeholder navnet (eller fornavn og efternavn).</translation>
    </message>
    <message>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Hvert felt kan kun komme fra én kolonne: {fields}.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerer rækkerne…</translation>
    </message>
    <message>
        <source>lies outside the table: the row has more fields than the header. Check quotes and the delimiter.</source>
        <translation>ligger uden for tabellen: rækken har flere felter end overskriften. Kontrollér anførselstegn og skilletegn.</translation>
    </message>
    <message>
        <source>is empty: a name is needed.</source>
        <translation>er tom: der skal være et navn.</translation>
    </message>
    <message>
        <source>is longer than {limit} characters.</source>
        <translation>er længere end {limit} tegn.</translation>
    </message>
    <message>
        <source>contains invisible control characters.</source>
        <translation>indeholder usynlige kontroltegn.</translation>
    </message>
    <message>
        <source>is not an e-mail address.</source>
        <translation>er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>is also on line {line}.</source>
        <translation>står også på linje {line}.</translation>
    </message>
    <message>
        <source>is not one of: {choices}.</source>
        <translation>er ikke en af: {choices}.</translation>
    </message>
    <message>
        <source>is neither yes nor no (ja/nej).</source>
        <translation>er hverken ja eller nej.</translation>
    </message>
    <message>
        <source>is not a day of the meeting ({days}).</source>
        <translation>er ikke en af mødets dage ({days}).</translation>
    </message>
    <message>
        <source>{count} of {total} rows cannot be imported; nothing was imported. Correct them, or choose to import only the valid rows.</source>
        <translation>{count} af {total} rækker kan ikke importeres; intet blev importeret. Ret dem, eller vælg kun at importere de gyldige rækker.</translation>
    </message>
    <message>
        <source>There is no valid row to import.</source>
        <translation>Der er ingen gyldige rækker at importere.</translation>
    </message>
    <message>
        <source>Saving people…</source>
        <translation>Gemmer personer…</translation>
    </message>
    <message>
        <source>Saving registrations…</source>
        <translation>Gemmer tilmeldinger…</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: &apos;{value}&apos; {reason}</source>
        <translation>Linje {line}, kolonne {column}: &apos;{value}&apos; {reason}</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB; split it into smaller files.</source>
        <translation>Filen er større end {limit} MB; del den op i mindre filer.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} er en mappe; vælg en fil.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kan ikke læses: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device or a pipe); choose a CSV or Excel file.</source>
        <translation>{path} er ikke en almindelig fil (en enhed eller et rør); vælg en CSV- eller Excel-fil.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>A line of the file is longer than {limit} MB: this is not a participant list.</source>
        <translation>En linje i filen er længere end {limit} MB: det er ikke en deltagerliste.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Dette er en gammel Excel-fil (.xls). Gem den som .xlsx eller CSV i Excel, og importér den.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8, although the file says it is: the file mixes two encodings. Nothing was imported; check that line, or save the file again from Excel as &apos;CSV UTF-8&apos;.</source>
        <translation>Linje {line} er ikke UTF-8, selvom filen siger, at den er: filen blander to tegnsæt. Intet blev importeret; tjek den linje, eller gem filen igen fra Excel som &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>The file mixes two encodings: line {utf8} is UTF-8 but line {other} is Windows-1252 (two lists pasted together?). Nothing was imported, because names on one of those lines would come out garbled; save each part as &apos;CSV UTF-8&apos; from Excel, or retype line {utf8}.</source>
        <translation>Filen blander to tegnsæt: linje {utf8} er UTF-8, men linje {other} er Windows-1252 (to lister sat sammen?). Intet blev importeret, for navnene på en af de linjer ville blive forvanskede; gem hver del som &apos;CSV UTF-8&apos; fra Excel, eller skriv linje {utf8} igen.</translation>
    </message>
    <message>
        <source>The file is not a text file: choose a CSV file or an Excel workbook (.xlsx).</source>
        <translation>Filen er ikke en tekstfil: vælg en CSV-fil eller en Excel-projektmappe (.xlsx).</translation>
    </message>
    <message>
        <source>Line {line}: the file cannot be read as CSV ({reason}).</source>
        <translation>Linje {line}: filen kan ikke læses som CSV ({reason}).</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Filen har ingen overskriftsrække.</translation>
    </message>
    <message>
        <source>Line {line} has more than {limit} columns: this is not a participant list, or the delimiter is wrong.</source>
        <translation>Linje {line} har mere end {limit} kolonner: det er ikke en deltagerliste, eller skilletegnet er forkert.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>Filen har mere end {limit} rækker; del den op i mindre filer.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolonne {number}</translation>
    </message>
    <message>
        <source>The Excel workbook cannot be read: it may be damaged, password-protected or not an .xlsx file.</source>
        <translation>Excel-projektmappen kan ikke læses: den er måske beskadiget, beskyttet med adgangskode eller ikke en .xlsx-fil.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {limit} MB: it is not a participant list, or it is too large to import in one go.</source>
        <translation>Projektmappen fylder mere end {limit} MB udpakket: det er ikke en deltagerliste, eller den er for stor til at importere på én gang.</translation>
    </message>
    <message>
        <source>A row of the workbook has more than {limit} cells: this is not a participant list.</source>
        <translation>En række i projektmappen har mere end {limit} celler: det er ikke en deltagerliste.</translation>
    </message>
    <message>
        <source>A cell of the workbook holds more than {limit} KB of text: this is not a participant list.</source>
        <translation>En celle i projektmappen indeholder mere end {limit} KB tekst: det er ikke en deltagerliste.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty.</source>
        <translation>Projektmappens første ark er tomt.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Importing participants</source>
        <translation>Importerer deltagere</translation>
    </message>
    <message>
        <source>Imported {rows} rows: {created} new people, {matched} matched by e-mail; {added} registrations added, {updated} updated, {waitlisted} on the wait list.</source>
        <translation>Importerede {rows} rækker: {created} nye personer, {matched} genkendt på e-mail; {added} tilmeldinger tilføjet, {updated} opdateret, {waitlisted} på venteliste.</translation>
    </message>
    <message>
        <source>{merged} merged with people already known; {updated} known people updated from the file.</source>
        <translation>{merged} slået sammen med personer, der allerede kendes; {updated} kendte personer opdateret fra filen.</translation>
    </message>
    <message>
        <source>Moved up from the wait list: {names}</source>
        <translation>Rykket op fra ventelisten: {names}</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Intet blev importeret: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportParticipantsWizard</name>
    <message>
        <source>Import participants</source>
        <translation>Importér deltagere</translation>
    </message>
</context>
<context>
    <name>InvitePreviewPane</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Forbereder forhåndsvisningen…</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Forbereder forhåndsvisningen</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personer</translation>
    </message>
    <message>
        <source>Each person&apos;s message is in their own language; the calendar entry is the same for everyone.</source>
        <translation>Hver persons besked er på personens eget sprog; kalenderaftalen er den samme for alle.</translation>
    </message>
</context>
<context>
    <name>Invites</name>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-mailadresse</translation>
    </message>
    <message>
        <source>the organiser</source>
        <translation>arrangøren</translation>
    </message>
    <message>
        <source>never had the invitation</source>
        <translation>har aldrig fået invitationen</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>har den nyeste version</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>ikke inviteret</translation>
    </message>
    <message>
        <source>Nobody needs a message now.</source>
        <translation>Ingen skal have en besked nu.</translation>
    </message>
    <message>
        <source>The meeting has no organiser e-mail address; replies would have nowhere to go.</source>
        <translation>Mødet har ingen e-mailadresse for arrangøren; svarene ville ikke have nogen modtager.</translation>
    </message>
    <message>
        <source>Nothing was sent: the invitation breaks these rules:
{problems}</source>
        <translation>Intet blev sendt: invitationen overholder ikke disse regler:
{problems}</translation>
    </message>
    <message>
        <source>The test was not delivered: {error}</source>
        <translation>Prøven blev ikke leveret: {error}</translation>
    </message>
    <message>
        <source>Sending {n} of {total}</source>
        <translation>Sender {n} af {total}</translation>
    </message>
    <message>
        <source>This person is not on the meeting&apos;s list.</source>
        <translation>Personen står ikke på mødets liste.</translation>
    </message>
    <message>
        <source>Nobody with an e-mail address is invited to this meeting yet.</source>
        <translation>Ingen med en e-mailadresse er inviteret til mødet endnu.</translation>
    </message>
    <message>
        <source>Klimamøder meetings</source>
        <translation>Klimamøder-møder</translation>
    </message>
    <message>
        <source>There is no network called &apos;{name}&apos;.</source>
        <translation>Der findes intet netværk, der hedder &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Nobody has the e-mail address {email}.</source>
        <translation>Ingen har e-mailadressen {email}.</translation>
    </message>
    <message>
        <source>This person has no item on the agenda.</source>
        <translation>Personen har intet punkt på dagsordenen.</translation>
    </message>
    <message>
        <source>being sent from another PC</source>
        <translation>er ved at blive sendt fra en anden pc</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>General assembly</source>
        <translation>Generalforsamling</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Netværksmøde</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Info meeting</source>
        <translation>Infomøde</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Underskrivelse</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Måltid</translation>
    </message>
    <message>
        <source>Excursion / site visit</source>
        <translation>Ekskursion / besøg</translation>
    </message>
    <message>
        <source>B2B meetings</source>
        <translation>B2B-møder</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>Wait-listed</source>
        <translation>På venteliste</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>registration status</comment>
        <translation>Afmeldt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Foreløbig</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Videregivet</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Præsident</translation>
    </message>
    <message>
        <source>Vice president</source>
        <translation>Vicepræsident</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bestyrelse</translation>
    </message>
    <message>
        <source>Innovation city</source>
        <translation>Innovationsby</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Forsyning</translation>
    </message>
    <message>
        <source>Knowledge institution</source>
        <translation>Videninstitution</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Forening</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighed</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language changed.</source>
        <translation>Sproget er skiftet.</translation>
    </message>
    <message>
        <source>Your changes are saved; undo starts afresh.</source>
        <translation>Dine ændringer er gemt; fortryd begynder forfra.</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Changed elsewhere just now</source>
        <translation>Ændret et andet sted lige nu</translation>
    </message>
    <message>
        <source>Changed by {author} just now</source>
        <translation>Ændret af {author} lige nu</translation>
    </message>
    <message>
        <source>Saved after reconnecting: {change}</source>
        <translation>Gemt efter genforbindelse: {change}</translation>
    </message>
    <message>
        <source>This change, made while the connection was lost, could not be saved:

{reason}</source>
        <translation>Denne ændring, lavet mens forbindelsen var afbrudt, kunne ikke gemmes:

{reason}</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Ændringer ikke gemt endnu</translation>
    </message>
    <message>
        <source>{count} change(s) made while the connection was lost have not been saved yet. Close anyway and lose them?</source>
        <translation>{count} ændring(er) lavet, mens forbindelsen var afbrudt, er ikke gemt endnu. Luk alligevel og mist dem?</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Enter the SMTP server&apos;s host name.</source>
        <translation>Angiv SMTP-serverens værtsnavn.</translation>
    </message>
    <message>
        <source>The {what} port must be between 1 and 65535.</source>
        <translation>{what}-porten skal være mellem 1 og 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS.</source>
        <translation>Vælg STARTTLS eller SSL/TLS.</translation>
    </message>
    <message>
        <source>An unencrypted connection is only allowed to a server on this computer.</source>
        <translation>En ukrypteret forbindelse er kun tilladt til en server på denne computer.</translation>
    </message>
    <message>
        <source>Choose how to sign in: password, Microsoft 365 or Google.</source>
        <translation>Vælg, hvordan der logges ind: adgangskode, Microsoft 365 eller Google.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s e-mail address.</source>
        <translation>Skriv postkassens e-mailadresse.</translation>
    </message>
    <message>
        <source>Google sign-in needs the OAuth client id your IT department created.</source>
        <translation>Google-login kræver det OAuth-klient-id, som jeres it-afdeling har oprettet.</translation>
    </message>
    <message>
        <source>Name the folder processed replies are moved to.</source>
        <translation>Angiv den mappe, behandlede svar flyttes til.</translation>
    </message>
    <message>
        <source>Choose what happens to processed messages.</source>
        <translation>Vælg, hvad der sker med behandlede beskeder.</translation>
    </message>
    <message>
        <source>Fetch every 0 to 1440 minutes (0: only when asked).</source>
        <translation>Hent hvert 0. til 1440. minut (0: kun når du beder om det).</translation>
    </message>
    <message>
        <source>The secret could not be read from the system&apos;s key ring: {error}</source>
        <translation>Hemmeligheden kunne ikke læses fra systemets nøglering: {error}</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system&apos;s key ring: {error}</source>
        <translation>Hemmeligheden kunne ikke gemmes i systemets nøglering: {error}</translation>
    </message>
    <message>
        <source>The SMTP server did not accept the user name and password.</source>
        <translation>SMTP-serveren godkendte ikke brugernavn og adgangskode.</translation>
    </message>
    <message>
        <source>Could not connect to the SMTP server {host}:{port}: {error}</source>
        <translation>Kunne ikke forbinde til SMTP-serveren {host}:{port}: {error}</translation>
    </message>
    <message>
        <source>The SMTP server did not accept the sign-in ({code} {text}). Check that SMTP AUTH is enabled for the mailbox and that you signed in as someone allowed to send from it.</source>
        <translation>SMTP-serveren godtog ikke login ({code} {text}). Kontrollér, at SMTP AUTH er slået til for postkassen, og at du loggede ind som en, der må sende fra den.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Serveren lukkede forbindelsen.</translation>
    </message>
    <message>
        <source>Bounced: {detail}</source>
        <translation>Returneret: {detail}</translation>
    </message>
    <message>
        <source>The certificate of {host}:{port} is not trusted ({reason}). Check its fingerprint with your IT department and trust it in the mail settings, or ask them to fix the server.</source>
        <translation>Der stoles ikke på certifikatet for {host}:{port} ({reason}). Kontrollér fingeraftrykket med jeres it-afdeling og stol på det i mailindstillingerne, eller bed dem rette serveren.</translation>
    </message>
    <message>
        <source>This connection is not encrypted; there is no certificate.</source>
        <translation>Denne forbindelse er ikke krypteret; der er intet certifikat.</translation>
    </message>
    <message>
        <source>Could not read the certificate of {host}:{port}: {error}</source>
        <translation>Kunne ikke læse certifikatet for {host}:{port}: {error}</translation>
    </message>
    <message>
        <source>The server showed no certificate.</source>
        <translation>Serveren viste intet certifikat.</translation>
    </message>
    <message>
        <source>No IMAP server is set up: enter it in Settings → Mail account to read replies.</source>
        <translation>Der er ingen IMAP-server: angiv den under Indstillinger → Mailkonto for at læse svar.</translation>
    </message>
    <message>
        <source>Could not connect to the IMAP server {host}:{port}: {error}</source>
        <translation>Kunne ikke forbinde til IMAP-serveren {host}:{port}: {error}</translation>
    </message>
    <message>
        <source>The IMAP server did not accept the sign-in. Check that IMAP is enabled for the mailbox and that you signed in as someone allowed to read it.</source>
        <translation>IMAP-serveren godtog ikke login. Kontrollér, at IMAP er slået til for postkassen, og at du loggede ind som en, der må læse den.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts passwords for IMAP: choose Microsoft 365 sign-in in the mail settings.</source>
        <translation>Microsoft 365 tager ikke længere imod adgangskoder til IMAP: vælg Microsoft 365-login i mailindstillingerne.</translation>
    </message>
    <message>
        <source>The IMAP server did not accept the user name and password.</source>
        <translation>IMAP-serveren godtog ikke brugernavn og adgangskode.</translation>
    </message>
    <message>
        <source>The connection to the mailbox is closed.</source>
        <translation>Forbindelsen til postkassen er lukket.</translation>
    </message>
    <message>
        <source>Sign in to the mailbox again: open Settings → Mail account and press Sign in.</source>
        <translation>Log ind på postkassen igen: åbn Indstillinger → Mailkonto og tryk Log ind.</translation>
    </message>
    <message>
        <source>Microsoft 365 sign-in needs the application (client) id your IT department registered.</source>
        <translation>Microsoft 365-login kræver det program-id (klient-id), som jeres it-afdeling har registreret.</translation>
    </message>
    <message>
        <source>Could not reach the Microsoft sign-in service: {error}</source>
        <translation>Kunne ikke nå Microsofts login-tjeneste: {error}</translation>
    </message>
    <message>
        <source>Microsoft 365 sign-in did not succeed: {error}</source>
        <translation>Microsoft 365-login lykkedes ikke: {error}</translation>
    </message>
    <message>
        <source>Could not reach the Google sign-in service: {error}</source>
        <translation>Kunne ikke nå Googles login-tjeneste: {error}</translation>
    </message>
    <message>
        <source>Your organisation has switched off password sign-in for this mailbox: choose Microsoft 365 sign-in in the mail settings (server answer: {code} {text}).</source>
        <translation>Jeres organisation har slået login med adgangskode fra for denne postkasse: vælg Microsoft 365-login i mailindstillingerne (serverens svar: {code} {text}).</translation>
    </message>
    <message>
        <source>Reading {folder}: {n} of {total}</source>
        <translation>Læser {folder}: {n} af {total}</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>Beskeden kunne ikke læses.</translation>
    </message>
    <message>
        <source>{replies} replies ({applied} applied, {review} to review), {bounces} bounces, {other} other messages.</source>
        <translation>{replies} svar ({applied} registreret, {review} til gennemsyn), {bounces} returmails, {other} andre beskeder.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Prøvekørsel: intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail account</source>
        <translation>Mailkonto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Microsoft 365 (sign in with your organisation)</source>
        <translation>Microsoft 365 (log ind med din organisation)</translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>stored in the key ring – leave empty to keep it</source>
        <translation>gemt i nøgleringen – lad feltet være tomt for at beholde den</translation>
    </message>
    <message>
        <source>from your IT department&apos;s app registration</source>
        <translation>fra jeres it-afdelings app-registrering</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Log ind…</translation>
    </message>
    <message>
        <source>Sign in with a code…</source>
        <translation>Log ind med en kode…</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Log ind med:</translation>
    </message>
    <message>
        <source>Mailbox address:</source>
        <translation>Postkassens adresse:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>Application (client) id:</source>
        <translation>Program-id (klient-id):</translation>
    </message>
    <message>
        <source>Directory (tenant):</source>
        <translation>Katalog (tenant):</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Klienthemmelighed:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sending invitations (SMTP)</source>
        <translation>Afsendelse af invitationer (SMTP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>kun når du beder om det</translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation>Lad dem være</translation>
    </message>
    <message>
        <source>Flag them</source>
        <translation>Markér dem med flag</translation>
    </message>
    <message>
        <source>Move them to the folder below</source>
        <translation>Flyt dem til mappen nedenfor</translation>
    </message>
    <message>
        <source>e.g. Klimamøder/Read</source>
        <translation>f.eks. Klimamøder/Læst</translation>
    </message>
    <message>
        <source>Reading replies (IMAP)</source>
        <translation>Læsning af svar (IMAP)</translation>
    </message>
    <message>
        <source>Read every:</source>
        <translation>Læs hvert:</translation>
    </message>
    <message>
        <source>Processed messages:</source>
        <translation>Behandlede beskeder:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Replies are read from the inbox and from Deleted Items. Mail is never deleted.</source>
        <translation>Svar læses fra indbakken og fra Slettet post. Mail slettes aldrig.</translation>
    </message>
    <message>
        <source>Passwords and sign-in tokens are kept in your system&apos;s key ring, never in a file.</source>
        <translation>Adgangskoder og login-tokens gemmes i systemets nøglering, aldrig i en fil.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Stol på dette certifikat</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Logget ind som {user}.</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Endnu ikke logget ind.</translation>
    </message>
    <message>
        <source>{error}

Certificate of {server}:
Subject: {subject}
Issuer: {issuer}
SHA-256: {fingerprint}</source>
        <translation>{error}

Certifikat for {server}:
Emne: {subject}
Udsteder: {issuer}
SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <source>Reading the certificate</source>
        <translation>Læser certifikatet</translation>
    </message>
    <message>
        <source>The certificate of {server} is trusted once you save. Test again.</source>
        <translation>Der stoles på certifikatet for {server}, når du gemmer. Test igen.</translation>
    </message>
    <message>
        <source>Sending works.</source>
        <translation>Afsendelse virker.</translation>
    </message>
    <message>
        <source>Reading works (folders: {folders}).</source>
        <translation>Læsning virker (mapper: {folders}).</translation>
    </message>
    <message>
        <source>Enter a server first.</source>
        <translation>Angiv først en server.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Tester forbindelsen</translation>
    </message>
    <message>
        <source>Your browser opens the sign-in page. Come back here when you are done.</source>
        <translation>Din browser åbner login-siden. Kom tilbage hertil, når du er færdig.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Logger ind</translation>
    </message>
    <message>
        <source>Asking for a sign-in code…</source>
        <translation>Beder om en login-kode…</translation>
    </message>
    <message>
        <source>Signed in. Save to keep these settings.</source>
        <translation>Logget ind. Gem for at beholde indstillingerne.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The database lies on a network drive. SQLite cannot lock files reliably there, and data can be lost when two people use it. Keep the file on this PC, or share a PostgreSQL server instead.</source>
        <translation>Databasen ligger på et netværksdrev. SQLite kan ikke låse filer sikkert dér, og data kan gå tabt, når to personer bruger den. Gem filen på denne pc, eller del en PostgreSQL-server i stedet.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Åbner databasen</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Retention: {n} meetings anonymised.</source>
        <translation>Opbevaring: {n} møder anonymiseret.</translation>
    </message>
    <message>
        <source>Retention: {n} meetings are due for anonymising (People → Personal data…).</source>
        <translation>Opbevaring: {n} møder skal anonymiseres (Personer → Personoplysninger…).</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nyt møde…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Å&amp;bn database…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sikkerhedskopiér database…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Indlæs &amp;demodata</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Annuller fortryd</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <source>&amp;Send invitations…</source>
        <translation>&amp;Send invitationer…</translation>
    </message>
    <message>
        <source>Send r&amp;eminders…</source>
        <translation>Send p&amp;åmindelser…</translation>
    </message>
    <message>
        <source>Send prac&amp;tical information…</source>
        <translation>Send praktisk in&amp;formation…</translation>
    </message>
    <message>
        <source>&amp;Print and PDF…</source>
        <translation>&amp;Udskriv og PDF…</translation>
    </message>
    <message>
        <source>&amp;Check-in at the door…</source>
        <translation>&amp;Indtjekning ved døren…</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>Importér &amp;deltagere…</translation>
    </message>
    <message>
        <source>&amp;Bilateral meetings (B2B)…</source>
        <translation>&amp;Bilaterale møder (B2B)…</translation>
    </message>
    <message>
        <source>New meeting &amp;from this one…</source>
        <translation>Nyt møde &amp;ud fra dette…</translation>
    </message>
    <message>
        <source>&amp;History of this meeting…</source>
        <translation>&amp;Historik for dette møde…</translation>
    </message>
    <message>
        <source>Import calendar &amp;replies…</source>
        <translation>Importér kalender&amp;svar…</translation>
    </message>
    <message>
        <source>Review &amp;unmatched replies…</source>
        <translation>Gennemgå svar &amp;uden match…</translation>
    </message>
    <message>
        <source>Fetch replies from the &amp;mailbox</source>
        <translation>Hent svar fra &amp;postkassen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>People and &amp;organisations…</source>
        <translation>Personer og &amp;organisationer…</translation>
    </message>
    <message>
        <source>Personal &amp;data…</source>
        <translation>Person&amp;oplysninger…</translation>
    </message>
    <message>
        <source>&amp;Networks: logo and colour…</source>
        <translation>&amp;Netværk: logo og farve…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Mail account…</source>
        <translation>&amp;Mailkonto…</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Dit &amp;navn…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Klimamøder</source>
        <translation>&amp;Om Klimamøder</translation>
    </message>
    <message>
        <source>Enter the mailbox (IMAP) to read replies from.</source>
        <translation>Angiv den postkasse (IMAP), som svar skal læses fra.</translation>
    </message>
    <message>
        <source>Demo data loaded: {meetings} meetings.</source>
        <translation>Demodata indlæst: {meetings} møder.</translation>
    </message>
    <message>
        <source>The demo data is already there.</source>
        <translation>Demodata findes allerede.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>Indlæser demodata</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Klimamøder databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Klimamøder-databaser (*.sqlite3 *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sikkerhedskopiér database</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3);;PostgreSQL dump (*.dump)</source>
        <translation>SQLite-database (*.sqlite3);;PostgreSQL-dump (*.dump)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Tager sikkerhedskopi</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sikkerhedskopi skrevet til {path}</translation>
    </message>
    <message>
        <source>Import calendar replies</source>
        <translation>Importér kalendersvar</translation>
    </message>
    <message>
        <source>Calendar replies (*.ics *.eml);;All files (*)</source>
        <translation>Kalendersvar (*.ics *.eml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>About Klimamøder</source>
        <translation>Om Klimamøder</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Klimamøder {version}&lt;/h3&gt;&lt;p&gt;Plans the meetings of city, climate and cluster networks: invitations, registrations, agendas, calendar invites, print-ready PDFs and check-in.&lt;/p&gt;&lt;p&gt;Database: {where}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Klimamøder {version}&lt;/h3&gt;&lt;p&gt;Planlægger møder i by-, klima- og klyngenetværk: invitationer, tilmeldinger, dagsordener, kalenderinvitationer, trykklare PDF&apos;er og indtjekning.&lt;/p&gt;&lt;p&gt;Database: {where}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>What each column of the file holds. The guesses come from the column names; choose “Do not import” for columns you do not need.</source>
        <translation>Hvad hver kolonne i filen indeholder. Gættene bygger på kolonnenavnene; vælg “Importér ikke” for kolonner, du ikke skal bruge.</translation>
    </message>
    <message>
        <source>People without a status in the file are:</source>
        <translation>Personer uden status i filen bliver:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Importér ikke</translation>
    </message>
    <message>
        <source>Choose the column with the name (or first and last name).</source>
        <translation>Vælg kolonnen med navnet (eller fornavn og efternavn).</translation>
    </message>
    <message>
        <source>Each field can come from one column only.</source>
        <translation>Hvert felt kan kun komme fra én kolonne.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Send the invitation as all-day dates</source>
        <translation>Send invitationen som heldagsdatoer</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen grænse</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Tilmeldingsfrist</translation>
    </message>
    <message>
        <source>mailbox the secretariat reads</source>
        <translation>postkasse, sekretariatet læser</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>The language of the printed documents and of the invitation&apos;s calendar entry; each person&apos;s letter is in their own language.</source>
        <translation>Sproget i de udskrevne dokumenter og i invitationens kalenderaftale; hver persons brev er på personens eget sprog.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netværk</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Starter</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>S&amp;lutter</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Tids&amp;zone</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>Online &amp;link</source>
        <translation>Online&amp;link</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapacitet</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Arrangør</translation>
    </message>
    <message>
        <source>Organiser e-m&amp;ail</source>
        <translation>Arrangørens e-m&amp;ail</translation>
    </message>
    <message>
        <source>Ho&amp;st</source>
        <translation>&amp;Vært</translation>
    </message>
    <message>
        <source>&amp;Photo credit</source>
        <translation>&amp;Fotokredit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Fortryd ændringer</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>(intet sted)</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(ingen vært)</translation>
    </message>
    <message>
        <source>{changed}. You both changed: {fields}; you choose when you save.</source>
        <translation>{changed}. I har begge ændret: {fields}; du vælger, når du gemmer.</translation>
    </message>
    <message>
        <source>Moved up from the wait list: {names}</source>
        <translation>Rykket op fra ventelisten: {names}</translation>
    </message>
    <message>
        <source>Edit meeting “{title}”</source>
        <translation>Rediger mødet “{title}”</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Ikke gemt:</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Loading the meeting</source>
        <translation>Indlæser mødet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Send &amp;update…</source>
        <translation>Send &amp;opdatering…</translation>
    </message>
    <message>
        <source>Checkl&amp;ist</source>
        <translation>Tjekl&amp;iste</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>&amp;Registrations</source>
        <translation>&amp;Tilmeldinger</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Dagso&amp;rden</translation>
    </message>
    <message>
        <source>The meeting has changed since the invitation was sent. {n} people have an older version in their calendar.</source>
        <translation>Mødet er ændret, siden invitationen blev sendt. {n} personer har en ældre version i deres kalender.</translation>
    </message>
</context>
<context>
    <name>MeetingPickerDialog</name>
    <message>
        <source>Invite the participants of an earlier meeting</source>
        <translation>Invitér deltagerne fra et tidligere møde</translation>
    </message>
    <message>
        <source>Everyone who was registered for this meeting is invited:</source>
        <translation>Alle, der var tilmeldt dette møde, bliver inviteret:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Sammenlæg dubletter</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Lægges ind i den</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>&amp;Merge the selected pair</source>
        <translation>&amp;Sammenlæg det valgte par</translation>
    </message>
    <message>
        <source>{count} possible duplicates.</source>
        <translation>{count} mulige dubletter.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Ingen dubletter fundet.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}? Their registrations and roles move to {keep}. This cannot be undone.</source>
        <translation>Sammenlæg {other} med {keep}? Tilmeldinger og roller flyttes til {keep}. Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Find a meeting…</source>
        <translation>Find et møde…</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>The logo is larger than 5 MB; use a smaller image.</source>
        <translation>Logoet er større end 5 MB; brug et mindre billede.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Logoet skal være et PNG-, JPEG- eller SVG-billede.</translation>
    </message>
    <message>
        <source>The logo could not be read as an image.</source>
        <translation>Logoet kunne ikke læses som et billede.</translation>
    </message>
    <message>
        <source>&apos;{colour}&apos; is not a colour like #1F6F8B.</source>
        <translation>&apos;{colour}&apos; er ikke en farve som #1F6F8B.</translation>
    </message>
</context>
<context>
    <name>NetworksDialog</name>
    <message>
        <source>The SVG file could not be read.</source>
        <translation>SVG-filen kunne ikke læses.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Vælg &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Fjern logo</translation>
    </message>
    <message>
        <source>Choose &amp;colour…</source>
        <translation>Vælg &amp;farve…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farve:</translation>
    </message>
    <message>
        <source>The logo and colour appear on this network&apos;s badges, name cards and the first page of its programmes and lists.</source>
        <translation>Logo og farve vises på netværkets navneskilte, bordkort og på første side af dets programmer og lister.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Vælg logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Vælg farve</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>(not decided yet)</source>
        <translation>(ikke besluttet endnu)</translation>
    </message>
    <message>
        <source>mailbox the secretariat reads</source>
        <translation>postkasse, sekretariatet læser</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netværk</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Starter</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>S&amp;lutter</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Tids&amp;zone</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Arrangør</translation>
    </message>
    <message>
        <source>Organiser e-m&amp;ail</source>
        <translation>Arrangørens e-m&amp;ail</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <source>Create a network first, or load the demo data.</source>
        <translation>Opret først et netværk, eller indlæs demodata.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Rediger organisation</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Tilføj organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>C&amp;ountry (two letters):</source>
        <translation>&amp;Land (to bogstaver):</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>&amp;Move</source>
        <translation>Fl&amp;yt</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Save limit and &amp;times</source>
        <translation>Gem grænse og &amp;tider</translation>
    </message>
    <message>
        <source>Selected participant</source>
        <translation>Valgt deltager</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Dens navn</translation>
    </message>
    <message>
        <source>Most meetings</source>
        <translation>Højst antal møder</translation>
    </message>
    <message>
        <source>Away in these slots (ticked):</source>
        <translation>Væk i disse mødetider (afkrydset):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Væk</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Choose someone in the list.</source>
        <translation>Vælg en person på listen.</translation>
    </message>
    <message>
        <source>A delegation of their own</source>
        <translation>En delegation for sig selv</translation>
    </message>
    <message>
        <source>as the session ({limit})</source>
        <translation>som sessionen ({limit})</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>{name} is already in that delegation.</source>
        <translation>{name} er allerede i den delegation.</translation>
    </message>
    <message>
        <source>Move to another delegation</source>
        <translation>Flyt til en anden delegation</translation>
    </message>
    <message>
        <source>Rename delegation</source>
        <translation>Omdøb delegation</translation>
    </message>
    <message>
        <source>Change meeting limit and times away</source>
        <translation>Ændr mødegrænse og tider væk</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>same e-mail address {email}</source>
        <translation>samme e-mailadresse {email}</translation>
    </message>
    <message>
        <source>same name in the same organisation</source>
        <translation>samme navn i samme organisation</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and organisations</source>
        <translation>Personer og organisationer</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <source>&amp;Networks and members</source>
        <translation>&amp;Netværk og medlemmer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Filter: name, organisation or e-mail…</source>
        <translation>Filtrér: navn, organisation eller e-mail…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Sammenlæg dubletter…</translation>
    </message>
    <message>
        <source>Meetings of the selected person:</source>
        <translation>Den valgte persons møder:</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Tilføj {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Rediger {name}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Filter organisations…</source>
        <translation>Filtrér organisationer…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Medlem siden</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Anbefalet af</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Tilføj &amp;medlem</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Angiv &amp;rolle</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netværk:</translation>
    </message>
    <message>
        <source>recommended by</source>
        <translation>anbefalet af</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Tilføj et medlem</translation>
    </message>
    <message>
        <source>Set the role of {organisation}</source>
        <translation>Angiv rollen for {organisation}</translation>
    </message>
    <message>
        <source>Remove {organisation}</source>
        <translation>Fjern {organisation}</translation>
    </message>
</context>
<context>
    <name>PeriodList</name>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <source>Lists, sign-in sheets and badges are sorted by this. Left empty, it is guessed from the name (shown greyed).</source>
        <translation>Lister, fremmødelister og navneskilte sorteres efter dette. Står feltet tomt, gættes det ud fra navnet (vist i gråt).</translation>
    </message>
    <message>
        <source>further addresses, separated by commas</source>
        <translation>flere adresser, adskilt af komma</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>May appear on the participant list given to others</source>
        <translation>Må stå på deltagerlisten, der gives til andre</translation>
    </message>
    <message>
        <source>May appear in photos</source>
        <translation>Må optræde på fotos</translation>
    </message>
    <message>
        <source>Receives the network&apos;s newsletter</source>
        <translation>Modtager netværkets nyhedsbrev</translation>
    </message>
    <message>
        <source>registration form</source>
        <translation>tilmeldingsformular</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personligt</translation>
    </message>
    <message>
        <source>Recorded with the date for each consent given or withdrawn here.</source>
        <translation>Registreres med datoen for hvert samtykke, der gives eller trækkes tilbage her.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Family name (sorted by):</source>
        <translation>&amp;Efternavn (sorteres efter):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Other addresses:</source>
        <translation>&amp;Andre adresser:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Stilling:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>Consent &amp;given or withdrawn by:</source>
        <translation>Samtykke &amp;givet eller trukket tilbage via:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Note&amp;r:</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>Invite people</source>
        <translation>Invitér personer</translation>
    </message>
    <message>
        <source>Type a name, e-mail address or organisation…</source>
        <translation>Skriv et navn, en e-mailadresse eller en organisation…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitér</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>The first rows of the file, as they were read.</source>
        <translation>De første rækker i filen, som de blev læst.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Deltagerliste</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Navneskilte</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Fremmødelister</translation>
    </message>
    <message>
        <source>Name cards</source>
        <translation>Bordkort</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} sider</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Forbereder dokumentet…</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Forbereder dokumentet</translation>
    </message>
    <message>
        <source>Cancelled. Change a choice to prepare the document again.</source>
        <translation>Annulleret. Ændr et valg for at forberede dokumentet igen.</translation>
    </message>
    <message>
        <source>Some names cannot be printed with the bundled fonts:</source>
        <translation>Nogle navne kan ikke udskrives med de medfølgende skrifttyper:</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>Dokumentet kunne ikke forberedes.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gemt i {path}</translation>
    </message>
    <message>
        <source>Some names contain characters no bundled font can draw; they would print as empty boxes:</source>
        <translation>Nogle navne indeholder tegn, som ingen medfølgende skrifttype kan tegne; de ville blive udskrevet som tomme firkanter:</translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation>Udskriv alligevel?</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Udskrivning</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Udskrevet.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Udskrivning annulleret.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Sending the document to the printer…</source>
        <translation>Sender dokumentet til printeren…</translation>
    </message>
    <message>
        <source>The printer did not take the document: {reason}</source>
        <translation>Printeren tog ikke imod dokumentet: {reason}</translation>
    </message>
    <message>
        <source>The chosen pages are not in the document.</source>
        <translation>De valgte sider findes ikke i dokumentet.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Printing page {page} of {count}…</source>
        <translation>Udskriver side {page} af {count}…</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Nobody has the address {email}.</source>
        <translation>Ingen har adressen {email}.</translation>
    </message>
    <message>
        <source>Keep registration details between 30 days and 100 years.</source>
        <translation>Tilmeldingsoplysninger skal gemmes mellem 30 dage og 100 år.</translation>
    </message>
    <message>
        <source>Needs are kept at most as long as the registration details.</source>
        <translation>Behov gemmes højst lige så længe som tilmeldingsoplysningerne.</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonymiseret)</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <source>One &amp;person</source>
        <translation>Én &amp;person</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Opbevaring</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>Ændrings&amp;log</translation>
    </message>
    <message>
        <source>e-mail address of the person</source>
        <translation>personens e-mailadresse</translation>
    </message>
    <message>
        <source>&amp;Show what is held</source>
        <translation>&amp;Vis hvad der findes</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Eksportér som P&amp;DF…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Eksportér som &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Everything about one person: export it for them (GDPR art. 15) or erase it everywhere (art. 17).</source>
        <translation>Alt om én person: eksportér det til dem (databeskyttelsesforordningens art. 15), eller slet det overalt (art. 17).</translation>
    </message>
    <message>
        <source>Shared participant list</source>
        <translation>Deltagerliste til andre</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nyhedsbrev</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>via e-mail</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>via telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personligt</translation>
    </message>
    <message>
        <source>by form</source>
        <translation>via formular</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Samtykke:</translation>
    </message>
    <message>
        <source>Withdrawal received</source>
        <translation>Tilbagetrækning modtaget</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Træk tilbage</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formular</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>recorded earlier</source>
        <translation>registreret tidligere</translation>
    </message>
    <message>
        <source>{date}, {source}</source>
        <translation>{date}, {source}</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>dato ikke registreret</translation>
    </message>
    <message>
        <source>given ({when})</source>
        <translation>givet ({when})</translation>
    </message>
    <message>
        <source>not given ({when})</source>
        <translation>ikke givet ({when})</translation>
    </message>
    <message>
        <source>Records: {rows}</source>
        <translation>Poster: {rows}</translation>
    </message>
    <message>
        <source>Still named in text someone wrote (edit these):</source>
        <translation>Stadig nævnt i tekst, som nogen har skrevet (ret disse):</translation>
    </message>
    <message>
        <source>Backups that still hold the person:</source>
        <translation>Sikkerhedskopier der stadig rummer personen:</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>tilmeldinger</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>ankomster</translation>
    </message>
    <message>
        <source>calendar replies</source>
        <translation>kalendersvar</translation>
    </message>
    <message>
        <source>invitations sent</source>
        <translation>sendte invitationer</translation>
    </message>
    <message>
        <source>reminders sent</source>
        <translation>sendte påmindelser</translation>
    </message>
    <message>
        <source>bilateral invitations sent</source>
        <translation>sendte bilaterale invitationer</translation>
    </message>
    <message>
        <source>bilateral meetings</source>
        <translation>bilaterale møder</translation>
    </message>
    <message>
        <source>bilateral meeting requests</source>
        <translation>ønsker om bilaterale møder</translation>
    </message>
    <message>
        <source>speaker roles</source>
        <translation>roller som oplægsholder</translation>
    </message>
    <message>
        <source>consent answers</source>
        <translation>samtykkesvar</translation>
    </message>
    <message>
        <source>meetings naming them as organiser</source>
        <translation>møder med dem som arrangør</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Slår op</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON-fil (*.json)</translation>
    </message>
    <message>
        <source>Access export</source>
        <translation>Indsigt</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksporterer</translation>
    </message>
    <message>
        <source>Access export written to {path}</source>
        <translation>Indsigt skrevet til {path}</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Erase {email} everywhere? This cannot be undone.</source>
        <translation>Slet {email} overalt? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Slettet.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Sletter</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Registration details kept (days)</source>
        <translation>Tilmeldingsoplysninger gemmes (dage)</translation>
    </message>
    <message>
        <source>Needs kept (days)</source>
        <translation>Behov gemmes (dage)</translation>
    </message>
    <message>
        <source>Apply automatically</source>
        <translation>Udfør automatisk</translation>
    </message>
    <message>
        <source>Apply automatically at start</source>
        <translation>Udfør automatisk ved start</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>&amp;Gem regel</translation>
    </message>
    <message>
        <source>Registration details:</source>
        <translation>Tilmeldingsoplysninger:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Behov:</translation>
    </message>
    <message>
        <source>&amp;Anonymise now</source>
        <translation>&amp;Anonymisér nu</translation>
    </message>
    <message>
        <source>After a meeting, participants&apos; details are anonymised when the network&apos;s period has passed; headcounts, organisations and the agenda are kept.</source>
        <translation>Efter et møde anonymiseres deltagernes oplysninger, når netværkets periode er gået; antal deltagere, organisationer og dagsorden bevares.</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>Forfalder nu:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Intet forfalder.</translation>
    </message>
    <message>
        <source>everything about the participants</source>
        <translation>alt om deltagerne</translation>
    </message>
    <message>
        <source>dietary and accessibility needs</source>
        <translation>kost- og tilgængelighedsbehov</translation>
    </message>
    <message>
        <source>{end}  {network}: {title} — {what} ({n} registrations)</source>
        <translation>{end}  {network}: {title} — {what} ({n} tilmeldinger)</translation>
    </message>
    <message>
        <source>{n} people kept by nothing else are erased.</source>
        <translation>{n} personer, som intet andet holder på, slettes.</translation>
    </message>
    <message>
        <source>{n} calendar replies that never matched a meeting are removed.</source>
        <translation>{n} kalendersvar, der aldrig passede til et møde, fjernes.</translation>
    </message>
    <message>
        <source>{n} change-log entries older than the log&apos;s period are removed.</source>
        <translation>{n} poster i ændringsloggen, ældre end loggens periode, fjernes.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisér</translation>
    </message>
    <message>
        <source>Anonymise everything listed? Names, addresses, needs, comments, replies and delivery logs of these meetings are removed for good; headcounts stay.</source>
        <translation>Anonymisér alt på listen? Navne, adresser, behov, kommentarer, svar og forsendelseslogs for disse møder fjernes for altid; antal deltagere bevares.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Færdig.</translation>
    </message>
    <message>
        <source>Anonymising</source>
        <translation>Anonymiserer</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Hvornår (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Vej</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felter</translation>
    </message>
    <message>
        <source>e-mail address (optional)</source>
        <translation>e-mailadresse (valgfri)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Siden:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Keep the log for:</source>
        <translation>Gem loggen i:</translation>
    </message>
    <message>
        <source>Who created, changed, exported, printed or erased what, and when. The log holds field names, never values.</source>
        <translation>Hvem oprettede, ændrede, eksporterede, udskrev eller slettede hvad og hvornår. Loggen rummer feltnavne, aldrig værdier.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Ændringslog</translation>
    </message>
    <message>
        <source>{n} entries (newest first, at most {limit})</source>
        <translation>{n} poster (nyeste først, højst {limit})</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration of {name}</source>
        <translation>Tilmelding for {name}</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Dage:</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>&amp;Kostbehov:</translation>
    </message>
    <message>
        <source>&amp;Accessibility:</source>
        <translation>&amp;Tilgængelighed:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <source>The registration deadline ({deadline}) has passed.</source>
        <translation>Tilmeldingsfristen ({deadline}) er overskredet.</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle dage</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Tjekket ind</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <source>Filter: name, organisation, status, role, day or diet…</source>
        <translation>Filtrér: navn, organisation, status, rolle, dag eller kost…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} af {total}</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>Personer…</translation>
    </message>
    <message>
        <source>All members of the network</source>
        <translation>Alle netværkets medlemmer</translation>
    </message>
    <message>
        <source>Participants of an earlier meeting…</source>
        <translation>Deltagere fra et tidligere møde…</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>In&amp;vitér</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Redi&amp;ger…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Ro&amp;lle</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Fjer&amp;n</translation>
    </message>
    <message>
        <source>Speaker&apos;s &amp;calendar…</source>
        <translation>Oplægsholders kalen&amp;der…</translation>
    </message>
    <message>
        <source>Save the selected person&apos;s own agenda items as a calendar file</source>
        <translation>Gem den valgte persons egne dagsordenspunkter som en kalenderfil</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Imp&amp;ortér…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportér…</translation>
    </message>
    <message>
        <source>&amp;Check-in…</source>
        <translation>Indt&amp;jekning…</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>Loading registrations</source>
        <translation>Indlæser tilmeldinger</translation>
    </message>
    <message>
        <source>Nobody is on this meeting&apos;s list yet. Use Invite above to invite people or a whole network, or Import… (Ctrl+Shift+I) for a participant list.</source>
        <translation>Ingen er på mødets liste endnu. Brug Invitér ovenfor til at invitere personer eller et helt netværk, eller Importér… (Ctrl+Shift+I) til en deltagerliste.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Who invited, changed, sent to and checked in the selected person</source>
        <translation>Hvem inviterede, ændrede, sendte til og tjekkede den valgte person ind</translation>
    </message>
    <message>
        <source>Registered: {registered}</source>
        <translation>Tilmeldt: {registered}</translation>
    </message>
    <message>
        <source>capacity {capacity}</source>
        <translation>kapacitet {capacity}</translation>
    </message>
    <message>
        <source>wait list: {waiting}</source>
        <translation>venteliste: {waiting}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>Wait list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Tjekket ind</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Headcount and catering</source>
        <translation>Antal og forplejning</translation>
    </message>
    <message>
        <source>Moved up from the wait list: {names}</source>
        <translation>Rykket op fra ventelisten: {names}</translation>
    </message>
    <message>
        <source>The meeting is full; on the wait list: {names}</source>
        <translation>Mødet er fuldt; på venteliste: {names}</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Intet at ændre.</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Tilmeldingsfrist</translation>
    </message>
    <message>
        <source>The registration deadline ({deadline}) has passed. Register anyway?</source>
        <translation>Tilmeldingsfristen ({deadline}) er overskredet. Tilmeld alligevel?</translation>
    </message>
    <message>
        <source>Set 1 registration to {status}</source>
        <translation>Sæt 1 tilmelding til {status}</translation>
    </message>
    <message>
        <source>Set {count} registrations to {status}</source>
        <translation>Sæt {count} tilmeldinger til {status}</translation>
    </message>
    <message>
        <source>Set the role of 1 registration to {role}</source>
        <translation>Sæt rollen for 1 tilmelding til {role}</translation>
    </message>
    <message>
        <source>Set the role of {count} registrations to {role}</source>
        <translation>Sæt rollen for {count} tilmeldinger til {role}</translation>
    </message>
    <message>
        <source>Remove 1 registration</source>
        <translation>Fjern 1 tilmelding</translation>
    </message>
    <message>
        <source>Remove {count} registrations</source>
        <translation>Fjern {count} tilmeldinger</translation>
    </message>
    <message>
        <source>Invite {count} people</source>
        <translation>Invitér {count} personer</translation>
    </message>
    <message>
        <source>Invite the network&apos;s members</source>
        <translation>Invitér netværkets medlemmer</translation>
    </message>
    <message>
        <source>Invite the participants of an earlier meeting</source>
        <translation>Invitér deltagerne fra et tidligere møde</translation>
    </message>
    <message>
        <source>Edit the registration of {name}</source>
        <translation>Rediger tilmeldingen for {name}</translation>
    </message>
    <message>
        <source>Speaker&apos;s calendar</source>
        <translation>Oplægsholders kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to {path}</source>
        <translation>Kalender skrevet til {path}</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>Broken in the file: {properties}.</source>
        <translation>Ødelagt i filen: {properties}.</translation>
    </message>
    <message>
        <source>The file cannot be read as iCalendar: {error}</source>
        <translation>Filen kan ikke læses som iCalendar: {error}</translation>
    </message>
    <message>
        <source>The calendar holds no event.</source>
        <translation>Kalenderen indeholder ingen begivenhed.</translation>
    </message>
    <message>
        <source>The message cannot be read: {error}</source>
        <translation>Beskeden kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>The message holds no calendar reply.</source>
        <translation>Beskeden indeholder intet kalendersvar.</translation>
    </message>
    <message>
        <source>The reply came as winmail.dat (TNEF), which cannot be read: open it in Outlook.</source>
        <translation>Svaret kom som winmail.dat (TNEF), som ikke kan læses: åbn det i Outlook.</translation>
    </message>
    <message>
        <source>{method} from an attendee: answer it by hand.</source>
        <translation>{method} fra en deltager: besvar den manuelt.</translation>
    </message>
    <message>
        <source>Not a reply (METHOD:{method}).</source>
        <translation>Ikke et svar (METHOD:{method}).</translation>
    </message>
    <message>
        <source>No meeting has this calendar UID.</source>
        <translation>Intet møde har denne kalender-UID.</translation>
    </message>
    <message>
        <source>A reply must name exactly one attendee; this one names {n}.</source>
        <translation>Et svar skal nævne præcis én deltager; dette nævner {n}.</translation>
    </message>
    <message>
        <source>This is the organiser&apos;s own answer, not an invitee&apos;s.</source>
        <translation>Det er arrangørens eget svar, ikke en inviteret persons.</translation>
    </message>
    <message>
        <source>The address is not known (an alias or a delegate?).</source>
        <translation>Adressen er ukendt (et alias eller en stedfortræder?).</translation>
    </message>
    <message>
        <source>This person is not on the meeting&apos;s list.</source>
        <translation>Personen står ikke på mødets liste.</translation>
    </message>
    <message>
        <source>This person was never sent the invitation (was it forwarded?).</source>
        <translation>Personen har aldrig fået invitationen tilsendt (er den videresendt?).</translation>
    </message>
    <message>
        <source>The invitation was delegated to someone else.</source>
        <translation>Invitationen blev videregivet til en anden.</translation>
    </message>
    <message>
        <source>The reply gives no answer ({partstat}).</source>
        <translation>Svaret indeholder ingen tilkendegivelse ({partstat}).</translation>
    </message>
    <message>
        <source>It answers version {theirs} of the invitation, but the newest sent is {ours}.</source>
        <translation>Det svarer på udgave {theirs} af invitationen, men den nyeste sendte er {ours}.</translation>
    </message>
    <message>
        <source>This reply was applied before.</source>
        <translation>Dette svar er allerede registreret.</translation>
    </message>
    <message>
        <source>Answers an older version of the invitation than the answer already stored.</source>
        <translation>Svarer på en ældre version af invitationen end det svar, der allerede er gemt.</translation>
    </message>
    <message>
        <source>A newer answer to the same version is already stored.</source>
        <translation>Et nyere svar på samme version er allerede gemt.</translation>
    </message>
    <message>
        <source>Answered an older version of the invitation (version {theirs}; the meeting has changed since, now version {ours}).</source>
        <translation>Svarede på en ældre udgave af invitationen (udgave {theirs}; mødet er ændret siden, nu udgave {ours}).</translation>
    </message>
    <message>
        <source>The person&apos;s invitation was withdrawn; the answer needs a decision.</source>
        <translation>Personens invitation er trukket tilbage; svaret kræver en beslutning.</translation>
    </message>
    <message>
        <source>This reply was imported before.</source>
        <translation>Dette svar er allerede importeret.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); nothing from this file was applied.</source>
        <translation>Uventet fejl ({kind}); intet fra denne fil blev indført.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Kan ikke læse {path}: {error}</translation>
    </message>
    <message>
        <source>This reply is no longer waiting for review.</source>
        <translation>Dette svar venter ikke længere på gennemsyn.</translation>
    </message>
    <message>
        <source>The reply&apos;s meeting is not known, so it cannot be applied. Dismiss it.</source>
        <translation>Svarets møde er ukendt, så det kan ikke indføres. Afvis det.</translation>
    </message>
    <message>
        <source>The reply gives no answer to apply. Dismiss it.</source>
        <translation>Svaret indeholder intet svar at indføre. Afvis det.</translation>
    </message>
    <message>
        <source>Applied from the review list: {reason}</source>
        <translation>Indført fra listen til gennemsyn: {reason}</translation>
    </message>
    <message>
        <source>The reply&apos;s address is not known: assign it to a person.</source>
        <translation>Svarets adresse er ukendt: tildel det til en person.</translation>
    </message>
</context>
<context>
    <name>ReplyFetcher</name>
    <message>
        <source>Fetch replies</source>
        <translation>Hent svar</translation>
    </message>
    <message>
        <source>No mailbox is set up yet: enter the IMAP server in Settings → Mail account.</source>
        <translation>Der er endnu ingen postkasse: angiv IMAP-serveren under Indstillinger → Mailkonto.</translation>
    </message>
    <message>
        <source>Reading replies from the mailbox…</source>
        <translation>Læser svar fra postkassen…</translation>
    </message>
    <message>
        <source>Reading replies from the mailbox</source>
        <translation>Læser svar fra postkassen</translation>
    </message>
    <message>
        <source>Replies from the mailbox</source>
        <translation>Svar fra postkassen</translation>
    </message>
    <message>
        <source>Reading replies failed: {error}</source>
        <translation>Læsning af svar mislykkedes: {error}</translation>
    </message>
</context>
<context>
    <name>ReplyImport</name>
    <message>
        <source>Calendar replies</source>
        <translation>Kalendersvar</translation>
    </message>
    <message>
        <source>Importing calendar replies</source>
        <translation>Importerer kalendersvar</translation>
    </message>
    <message>
        <source>{applied} applied, {stale} older than the answer on file, {older} answered an older version, {duplicate} already imported, {review} need your review, {other} not a reply.</source>
        <translation>{applied} indført, {stale} ældre end det gemte svar, {older} svarede på en ældre udgave, {duplicate} allerede importeret, {review} skal gennemses, {other} ikke et svar.</translation>
    </message>
    <message>
        <source>Moved up from the wait list: {names}</source>
        <translation>Rykket op fra ventelisten: {names}</translation>
    </message>
</context>
<context>
    <name>ReplyReviewDialog</name>
    <message>
        <source>Calendar replies to review</source>
        <translation>Kalendersvar til gennemsyn</translation>
    </message>
    <message>
        <source>These replies were not applied by themselves: the address or meeting is unknown, the answer is for an older version of the invitation, the file is broken, or the invitation was delegated or forwarded. Apply a reply as it is, assign it to the person it belongs to (their address is remembered), or dismiss it. A file can also be imported again once its cause is fixed.</source>
        <translation>Disse svar blev ikke indført af sig selv: adressen eller mødet er ukendt, svaret gælder en ældre udgave af invitationen, filen er ødelagt, eller invitationen er uddelegeret eller videresendt. Indfør et svar, som det er, tildel det til den person, det hører til (adressen huskes), eller afvis det. En fil kan også importeres igen, når årsagen er rettet.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Indfør</translation>
    </message>
    <message>
        <source>Apply the answer to the person&apos;s registration as it is</source>
        <translation>Indfør svaret på personens tilmelding, som det er</translation>
    </message>
    <message>
        <source>Assign to a person…</source>
        <translation>Tildel til en person…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Take it off the list; it is kept for the record</source>
        <translation>Tag det af listen; det gemmes til dokumentation</translation>
    </message>
    <message>
        <source>{name}: now {status}</source>
        <translation>{name}: nu {status}</translation>
    </message>
    <message>
        <source>Moved up from the wait list: {names}</source>
        <translation>Rykket op fra ventelisten: {names}</translation>
    </message>
    <message>
        <source>Whose answer is this?</source>
        <translation>Hvis svar er det?</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Foreløbig</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Videregivet</translation>
    </message>
    <message>
        <source>Proposes another time</source>
        <translation>Foreslår et andet tidspunkt</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>must meet</source>
        <translation>skal mødes</translation>
    </message>
    <message>
        <source>would like to</source>
        <translation>vil gerne</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>afventer</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepteret</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>no thanks</source>
        <translation>nej tak</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>Acce&amp;pter</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Af&amp;vis</translation>
    </message>
    <message>
        <source>No t&amp;hanks</source>
        <translation>Nej &amp;tak</translation>
    </message>
    <message>
        <source>Must &amp;meet</source>
        <translation>Skal m&amp;ødes</translation>
    </message>
    <message>
        <source>&amp;Would like to</source>
        <translation>Vil &amp;gerne</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>Add re&amp;quest</source>
        <translation>Tilføj anmodning</translation>
    </message>
    <message>
        <source>Selected requests:</source>
        <translation>Valgte anmodninger:</translation>
    </message>
    <message>
        <source>New request from</source>
        <translation>Ny anmodning fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>auto-accepted</source>
        <translation>automatisk accepteret</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Tilføj anmodning</translation>
    </message>
    <message>
        <source>Answer requests</source>
        <translation>Besvar anmodninger</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Ændr prioritet</translation>
    </message>
    <message>
        <source>Remove requests</source>
        <translation>Fjern anmodninger</translation>
    </message>
</context>
<context>
    <name>ReviewTabs</name>
    <message>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Known person</source>
        <translation>Kendt person</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mulige dubletter</translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation>Ændrede oplysninger</translation>
    </message>
    <message>
        <source>Formula-like cells</source>
        <translation>Celler, der ligner formler</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Problemer ({n})</translation>
    </message>
    <message>
        <source>Possible duplicates ({n})</source>
        <translation>Mulige dubletter ({n})</translation>
    </message>
    <message>
        <source>Changed details ({n})</source>
        <translation>Ændrede oplysninger ({n})</translation>
    </message>
    <message>
        <source>Formula-like cells ({n})</source>
        <translation>Celler, der ligner formler ({n})</translation>
    </message>
    <message>
        <source>1 row looks like someone already known (same name and organisation, another address): merged with them unless you untick Merge.</source>
        <translation>1 række ligner en person, der allerede kendes (samme navn og organisation, anden adresse): slås sammen med personen, medmindre du fjerner fluebenet ved Slå sammen.</translation>
    </message>
    <message>
        <source>{n} rows look like people already known (same name and organisation, another address): merged with them unless you untick Merge.</source>
        <translation>{n} rækker ligner personer, der allerede kendes (samme navn og organisation, anden adresse): slås sammen med dem, medmindre du fjerner fluebenet ved Slå sammen.</translation>
    </message>
    <message>
        <source>1 person already known has other details in the file: tick Update to take them.</source>
        <translation>1 kendt person har andre oplysninger i filen: sæt flueben ved Opdatér for at bruge dem.</translation>
    </message>
    <message>
        <source>{n} people already known have other details in the file: tick Update to take them.</source>
        <translation>{n} kendte personer har andre oplysninger i filen: sæt flueben ved Opdatér for at bruge dem.</translation>
    </message>
    <message>
        <source>1 cell starts like a spreadsheet formula (= + - @): it is kept as text; look at it.</source>
        <translation>1 celle begynder som en regnearksformel (= + - @): den gemmes som tekst; se på den.</translation>
    </message>
    <message>
        <source>{n} cells start like a spreadsheet formula (= + - @): they are kept as text; look at them.</source>
        <translation>{n} celler begynder som en regnearksformel (= + - @): de gemmes som tekst; se på dem.</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Table {number}</source>
        <translation>Bord {number}</translation>
    </message>
</context>
<context>
    <name>Seats</name>
    <message>
        <source>{email} is not on this meeting&apos;s list.</source>
        <translation>{email} er ikke på mødets liste.</translation>
    </message>
    <message>
        <source>Nobody has the e-mail address {email}; give --name to add them.</source>
        <translation>Ingen har e-mailadressen {email}; angiv --name for at oprette personen.</translation>
    </message>
    <message>
        <source>Nothing to change: give --capacity, --start, --end, --venue or --cancel.</source>
        <translation>Intet at ændre: angiv --capacity, --start, --end, --venue eller --cancel.</translation>
    </message>
    <message>
        <source>There is no venue called &apos;{name}&apos;.</source>
        <translation>Der er intet mødested ved navn &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Several venues are called &apos;{name}&apos;.</source>
        <translation>Flere mødesteder hedder &apos;{name}&apos;.</translation>
    </message>
</context>
<context>
    <name>SendInvitesDialog</name>
    <message>
        <source>Calendar invitations</source>
        <translation>Kalenderinvitationer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Tilmelding</translation>
    </message>
    <message>
        <source>Will get</source>
        <translation>Får tilsendt</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Seneste afsendelse</translation>
    </message>
    <message>
        <source>&amp;All-day event (dates only, no times)</source>
        <translation>&amp;Heldagsbegivenhed (kun datoer, ingen klokkeslæt)</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>the meeting&apos;s language ({language})</source>
        <translation>mødets sprog ({language})</translation>
    </message>
    <message>
        <source>Calendar entry &amp;in:</source>
        <translation>Kalenderaftale &amp;på:</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Modtagere</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
        <source>Send a &amp;test to me…</source>
        <translation>Send en &amp;prøve til mig…</translation>
    </message>
    <message>
        <source>&amp;Send by e-mail</source>
        <translation>&amp;Send som e-mail</translation>
    </message>
    <message>
        <source>Save as e-mail &amp;drafts…</source>
        <translation>Gem som e-mail&amp;kladder…</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Prøv mislykkede igen</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>&amp;Mailindstillinger…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Update (version {n})</source>
        <translation>Opdatering (version {n})</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Aflysning</translation>
    </message>
    <message>
        <source>Cancellation (uninvited)</source>
        <translation>Aflysning (ikke længere inviteret)</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>On the wait list</source>
        <translation>På venteliste</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afmeldt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>NOT delivered</source>
        <translation>IKKE leveret</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>kladde gemt</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>sendes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Nobody is on the list yet: invite people or import a participant list on the meeting&apos;s Registrations tab first.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Ingen er på listen endnu: invitér personer eller importér en deltagerliste under mødets fane Tilmeldinger først.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{n} of {total} people will get a message.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{n} af {total} personer får en besked.</translation>
    </message>
    <message>
        <source>The meeting changed since the last invitation: everyone still invited gets an update.</source>
        <translation>Mødet er ændret siden sidste invitation: alle, der stadig er inviteret, får en opdatering.</translation>
    </message>
    <message>
        <source>Checking the invitations</source>
        <translation>Kontrollerer invitationerne</translation>
    </message>
    <message>
        <source>Sending by e-mail needs a mail server: {reason} &lt;a href=&apos;mail&apos;&gt;Open the mail settings…&lt;/a&gt;</source>
        <translation>Afsendelse med e-mail kræver en mailserver: {reason} &lt;a href=&apos;mail&apos;&gt;Åbn mailindstillingerne…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{reason} &lt;a href=&apos;organiser&apos;&gt;Enter it in the meeting&apos;s details&lt;/a&gt;</source>
        <translation>{reason} &lt;a href=&apos;organiser&apos;&gt;Skriv den i mødets detaljer&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Checking the invitations…</source>
        <translation>Tjekker invitationerne…</translation>
    </message>
    <message>
        <source>Cancelled. The table shows who already got the message.</source>
        <translation>Annulleret. Tabellen viser, hvem der allerede har fået beskeden.</translation>
    </message>
    <message>
        <source>Sending invitations</source>
        <translation>Sender invitationer</translation>
    </message>
    <message>
        <source>Saving e-mail drafts</source>
        <translation>Gemmer e-mailkladder</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Mappe til e-mailkladderne</translation>
    </message>
    <message>
        <source>Delivered: {n}.</source>
        <translation>Leveret: {n}.</translation>
    </message>
    <message>
        <source>Not delivered: {names}</source>
        <translation>Ikke leveret: {names}</translation>
    </message>
    <message>
        <source>Check the addresses, then press “Retry failed”.</source>
        <translation>Kontrollér adresserne, og tryk derefter på “Prøv mislykkede igen”.</translation>
    </message>
    <message>
        <source>Send a test to me</source>
        <translation>Send en prøve til mig</translation>
    </message>
    <message>
        <source>The invitation as its readers get it, marked as a test, to this address:</source>
        <translation>Invitationen, som modtagerne får den, mærket som prøve, til denne adresse:</translation>
    </message>
    <message>
        <source>Sending a test…</source>
        <translation>Sender en prøve…</translation>
    </message>
    <message>
        <source>Sending a test</source>
        <translation>Sender en prøve</translation>
    </message>
    <message>
        <source>A test went to {address}: look at it in your mail and your calendar. Nobody else got anything.</source>
        <translation>En prøve er sendt til {address}: se den i din mail og din kalender. Ingen andre har fået noget.</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Could not undo: {action}</source>
        <translation>Kunne ikke fortryde: {action}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>B2B session</source>
        <translation>B2B-session</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>Count pending requests as accepted</source>
        <translation>Regn ubesvarede anmodninger som accepterede</translation>
    </message>
    <message>
        <source>Sa&amp;ve session</source>
        <translation>&amp;Gem session</translation>
    </message>
    <message>
        <source>Time windows</source>
        <translation>Tidsrum</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Tilføj tidsrum</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauser</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Tilføj pause</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Mødelængde</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Borde</translation>
    </message>
    <message>
        <source>Most meetings per person</source>
        <translation>Højst antal møder pr. person</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Sted</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The copy of the database could not be made ({reason}).</source>
        <translation>Kopien af databasen kunne ikke laves ({reason}).</translation>
    </message>
    <message>
        <source>The database does not exist: {path}</source>
        <translation>Databasen findes ikke: {path}</translation>
    </message>
    <message>
        <source>pg_dump is not installed; it is needed to back up a PostgreSQL database.</source>
        <translation>pg_dump er ikke installeret; det skal bruges til at sikkerhedskopiere en PostgreSQL-database.</translation>
    </message>
    <message>
        <source>pg_dump failed: {reason}</source>
        <translation>pg_dump fejlede: {reason}</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version ({kind}); it was left as it was.</source>
        <translation>Databasen kunne ikke opgraderes til denne version ({kind}); den blev ikke ændret.</translation>
    </message>
    <message>
        <source>The database failed its integrity check after the upgrade.</source>
        <translation>Databasen bestod ikke sit integritetstjek efter opgraderingen.</translation>
    </message>
    <message>
        <source>The upgrade failed ({cause}) and the database could not be put back; a complete copy from before the upgrade is {copy}.</source>
        <translation>Opgraderingen mislykkedes ({cause}), og databasen kunne ikke sættes tilbage; en komplet kopi fra før opgraderingen ligger i {copy}.</translation>
    </message>
    <message>
        <source>The upgrade failed ({cause}); the database was put back as it was before. Nothing was lost.</source>
        <translation>Opgraderingen mislykkedes ({cause}); databasen blev sat tilbage, som den var før. Intet gik tabt.</translation>
    </message>
    <message>
        <source>The database could not be opened ({where}): {reason}</source>
        <translation>Databasen kunne ikke åbnes ({where}): {reason}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong that should not have. Nothing was changed.

{error}</source>
        <translation>Der skete en fejl, som ikke burde ske. Intet blev ændret.

{error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Your name as the others in the team see it next to your changes:</source>
        <translation>Dit navn, som de andre i teamet ser det ved dine ændringer:</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Klimamøder</source>
        <translation>Velkommen til Klimamøder</translation>
    </message>
    <message>
        <source>Load the &amp;demo data</source>
        <translation>Indlæs &amp;demodata</translation>
    </message>
    <message>
        <source>Create a &amp;new meeting</source>
        <translation>Opret et &amp;nyt møde</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Åbner databasen …</translation>
    </message>
    <message>
        <source>This database is empty. Load the demo data to explore WECP&apos;s general assembly in Esbjerg, KL&apos;s climate network meetings, C40 in Copenhagen and CLEAN in Billund, or start your own.</source>
        <translation>Databasen er tom. Indlæs demodata for at se WECP&apos;s generalforsamling i Esbjerg, KL&apos;s klimanetværksmøder, C40 i København og CLEAN i Billund, eller begynd på dit eget.</translation>
    </message>
    <message>
        <source>Choose a meeting on the left, or create a new one.</source>
        <translation>Vælg et møde til venstre, eller opret et nyt.</translation>
    </message>
</context>
<context>
    <name>_LanguagePreview</name>
    <message>
        <source>Shown as {name} gets it; each person is greeted by name.</source>
        <translation>Vist, som {name} får den; hver person hilses med navn.</translation>
    </message>
    <message>
        <source>Show the calendar &amp;file as sent (.ics)</source>
        <translation>Vis kalender&amp;filen, som den sendes (.ics)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message&lt;/b&gt;</source>
        <translation>&lt;b&gt;Besked&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calendar entry&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kalenderpost&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
</context>
<context>
    <name>_Preview</name>
    <message>
        <source>Shown as {name} gets it ({n} people read this language).</source>
        <translation>Vist som {name} får den ({n} personer læser dette sprog).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message&lt;/b&gt;</source>
        <translation>&lt;b&gt;Besked&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calendar entry&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kalenderpost&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (only a server on this computer)</source>
        <translation>Ingen (kun en server på denne computer)</translation>
    </message>
</context>
</TS>
