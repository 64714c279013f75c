<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessLossReport</name>
    <message>
        <source>%1 would lose nothing.</source>
        <translation>%1 würde nichts verlieren.</translation>
    </message>
    <message>
        <source>%1 loses nothing.</source>
        <translation>%1 verliert nichts.</translation>
    </message>
    <message>
        <source>%1 would lose:</source>
        <translation>%1 würde verlieren:</translation>
    </message>
    <message>
        <source>%1 loses:</source>
        <translation>%1 verliert:</translation>
    </message>
    <message>
        <source>Platform rights: %1</source>
        <translation>Plattformrechte: %1</translation>
    </message>
    <message>
        <source>SPACE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>LOSES READING</source>
        <translation>VERLIERT LESEN</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>OWN RECORDS</source>
        <translation>EIGENE EINTRÄGE</translation>
    </message>
    <message>
        <source>RIGHTS LOST</source>
        <translation>ENTZOGENE RECHTE</translation>
    </message>
    <message>
        <source>Nothing was changed (dry run).</source>
        <translation>Es wurde nichts geändert (Probelauf).</translation>
    </message>
</context>
<context>
    <name>AdminConsole</name>
    <message>
        <source>Commands:
  login           Log in and save the session for the following commands.
  logout          End the saved session.
  whoami          Show the logged-in account and its permissions.
  request-access  Ask for an account (no login needed).
  activate        Activate an account with its one-time code and set a password.
  users           Manage accounts: list, show, create, set-role, set-status,
                  reset-password, revoke-sessions.
  requests        Review access requests: list, approve, reject.
  spaces          Manage spaces: list, create, rename, archive, set-guest-visible.
  members         Manage a space's members: list, add, set-level, remove.
  devices         List devices (sessions) and revoke one (remote wipe).
  audit           Read or follow the audit log.
  stats           Figures about the server.

Run 'helfernetz-admin &lt;command&gt; --help' for a command's options.

Exit codes: 0 ok, 1 usage, 2 not logged in or not allowed, 3 not found,
            4 server unreachable, 5 the server refused the input or failed.
</source>
        <translation>Befehle:
  login           Anmelden und die Sitzung für die folgenden Befehle speichern.
  logout          Die gespeicherte Sitzung beenden.
  whoami          Das angemeldete Konto und seine Rechte anzeigen.
  request-access  Ein Konto beantragen (ohne Anmeldung).
  activate        Ein Konto mit seinem Einmalcode aktivieren und ein Passwort setzen.
  users           Konten verwalten: list, show, create, set-role, set-status,
                  reset-password, revoke-sessions.
  requests        Zugangsanträge prüfen: list, approve, reject.
  spaces          Bereiche verwalten: list, create, rename, archive, set-guest-visible.
  members         Mitglieder eines Bereichs verwalten: list, add, set-level, remove.
  devices         Geräte (Sitzungen) auflisten und eines sperren (Fernlöschung).
  audit           Das Protokoll lesen oder verfolgen.
  stats           Kennzahlen des Servers.

'helfernetz-admin &lt;Befehl&gt; --help' zeigt die Optionen eines Befehls.

Exit-Codes: 0 ok, 1 Aufruf falsch, 2 nicht angemeldet oder nicht erlaubt, 3 nicht gefunden,
            4 Server nicht erreichbar, 5 der Server hat die Eingabe abgelehnt oder einen Fehler gemeldet.
</translation>
    </message>
    <message>
        <source>the session has expired</source>
        <translation>die Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <source>the session was logged out</source>
        <translation>die Sitzung wurde abgemeldet</translation>
    </message>
    <message>
        <source>the password was changed, which ended this session</source>
        <translation>das Passwort wurde geändert, dadurch endete diese Sitzung</translation>
    </message>
    <message>
        <source>an admin reset the password</source>
        <translation>ein Admin hat das Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>an admin ended all sessions of this account</source>
        <translation>ein Admin hat alle Sitzungen dieses Kontos beendet</translation>
    </message>
    <message>
        <source>an admin revoked this device (device revoked)</source>
        <translation>ein Admin hat dieses Gerät gesperrt (Gerät gesperrt)</translation>
    </message>
    <message>
        <source>the account was disabled</source>
        <translation>das Konto wurde deaktiviert</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>die Sitzung ist beendet</translation>
    </message>
    <message>
        <source>The saved login was removed; log in again with 'helfernetz-admin login'.</source>
        <translation>Die gespeicherte Anmeldung wurde entfernt; melden Sie sich mit 'helfernetz-admin login' neu an.</translation>
    </message>
    <message>
        <source>helfernetz-admin: unknown command '%1'</source>
        <translation>helfernetz-admin: unbekannter Befehl '%1'</translation>
    </message>
    <message>
        <source>not logged in: run 'helfernetz-admin login' or set HELFERNETZ_TOKEN</source>
        <translation>nicht angemeldet: 'helfernetz-admin login' ausführen oder HELFERNETZ_TOKEN setzen</translation>
    </message>
    <message>
        <source>The Helfernetz admin console: manages the server over its gRPC API.</source>
        <translation>Die Helfernetz-Verwaltungskonsole: verwaltet den Server über seine gRPC-Schnittstelle.</translation>
    </message>
    <message>
        <source>Server address: host:port, https://host:port or http://host:port (default: $HELFERNETZ_SERVER, the saved login's server, or 127.0.0.1:50051).</source>
        <translation>Serveradresse: host:port, https://host:port oder http://host:port (Standard: $HELFERNETZ_SERVER, der Server der gespeicherten Anmeldung oder 127.0.0.1:50051).</translation>
    </message>
    <message>
        <source>CA certificate (PEM) for a server with a private certificate.</source>
        <translation>CA-Zertifikat (PEM) für einen Server mit eigenem Zertifikat.</translation>
    </message>
    <message>
        <source>Allow plaintext to a server that is not on this machine.</source>
        <translation>Unverschlüsselte Verbindung zu einem Server auf einem anderen Rechner erlauben.</translation>
    </message>
    <message>
        <source>Print JSON for scripts instead of tables.</source>
        <translation>JSON für Skripte statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <source>See below.</source>
        <translation>Siehe unten.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Only entries at or after this time: 2026-11-01, 2026-11-01T08:00 (local time) or a span back from now: 30m, 12h, 7d.</source>
        <translation>Nur Einträge ab diesem Zeitpunkt: 2026-11-01, 2026-11-01T08:00 (Ortszeit) oder eine Spanne zurück ab jetzt: 30m, 12h, 7d.</translation>
    </message>
    <message>
        <source>Only entries before this time (as --since).</source>
        <translation>Nur Einträge vor diesem Zeitpunkt (wie --since).</translation>
    </message>
    <message>
        <source>Only entries by this actor (e-mail or id).</source>
        <translation>Nur Einträge dieser Person (E-Mail oder ID).</translation>
    </message>
    <message>
        <source>Only this action (user.set_role), or all under a prefix ending in '.' (user.).</source>
        <translation>Nur diese Aktion (user.set_role) oder alle unter einem Präfix mit '.' am Ende (user.).</translation>
    </message>
    <message>
        <source>At most this many entries (default 100, up to 10000).</source>
        <translation>Höchstens so viele Einträge (Standard 100, bis 10000).</translation>
    </message>
    <message>
        <source>After the entries so far, keep printing new ones as they are written (until interrupted; with --json one object per line).</source>
        <translation>Nach den bisherigen Einträgen neue fortlaufend ausgeben, sobald sie geschrieben werden (bis zum Abbruch; mit --json ein Objekt pro Zeile).</translation>
    </message>
    <message>
        <source>Reads the audit log (admins only): without --since the newest entries, newest first; with --since the entries from then on, oldest first.</source>
        <translation>Liest das Protokoll (nur Admins): ohne --since die neuesten Einträge, neueste zuerst; mit --since die Einträge ab dann, älteste zuerst.</translation>
    </message>
    <message>
        <source>--follow and --until do not go together</source>
        <translation>--follow und --until passen nicht zusammen</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>Keine passenden Protokolleinträge.</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>Usage: helfernetz-admin %1 &lt;command&gt; [options]</source>
        <translation>Aufruf: helfernetz-admin %1 &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run 'helfernetz-admin %1 &lt;command&gt; --help' for a command's options.</source>
        <translation>'helfernetz-admin %1 &lt;Befehl&gt; --help' zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>helfernetz-admin %1: a command is missing</source>
        <translation>helfernetz-admin %1: ein Befehl fehlt</translation>
    </message>
    <message>
        <source>helfernetz-admin %1: unknown command '%2'</source>
        <translation>helfernetz-admin %1: unbekannter Befehl '%2'</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>Print JSON for scripts instead of tables.</source>
        <translation>JSON für Skripte statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>missing arguments; usage: %1 %2</source>
        <translation>Argumente fehlen; Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>unexpected argument '%1'; usage: %2 %3</source>
        <translation>unerwartetes Argument '%1'; Aufruf: %2 %3</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ConsoleValues</name>
    <message>
        <source>%1: '%2' is not one of %3</source>
        <translation>%1: '%2' ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>%1: '%2' is not yes or no</source>
        <translation>%1: '%2' ist weder ja noch nein</translation>
    </message>
    <message>
        <source>%1: '%2' is neither a date (2026-11-01, 2026-11-01T08:00) nor a span (30m, 12h, 7d)</source>
        <translation>%1: '%2' ist weder ein Datum (2026-11-01, 2026-11-01T08:00) noch eine Spanne (30m, 12h, 7d)</translation>
    </message>
    <message>
        <source>%1: '%2' is not a number from %3 to %4</source>
        <translation>%1: '%2' ist keine Zahl von %3 bis %4</translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>%1, wiped %2</source>
        <translation>%1, gelöscht %2</translation>
    </message>
    <message>
        <source>%1, wipe pending</source>
        <translation>%1, Löschung ausstehend</translation>
    </message>
    <message>
        <source>Devices, i.e. login sessions (admins only).</source>
        <translation>Geräte, also Anmeldesitzungen (nur Admins).</translation>
    </message>
    <message>
        <source>List devices, most recently used first.</source>
        <translation>Geräte auflisten, zuletzt benutzte zuerst.</translation>
    </message>
    <message>
        <source>Revoke a device: it is logged out and wipes its local data.</source>
        <translation>Ein Gerät sperren: es wird abgemeldet und löscht seine lokalen Daten.</translation>
    </message>
    <message>
        <source>Only this user's devices (e-mail or id).</source>
        <translation>Nur die Geräte dieser Person (E-Mail oder ID).</translation>
    </message>
    <message>
        <source>Also list sessions that have ended.</source>
        <translation>Auch beendete Sitzungen auflisten.</translation>
    </message>
    <message>
        <source>Lists devices (login sessions) with their names, most recently used first.</source>
        <translation>Listet Geräte (Anmeldesitzungen) mit ihren Namen auf, zuletzt benutzte zuerst.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>LOGGED IN</source>
        <translation>ANGEMELDET</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT BENUTZT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>No devices.</source>
        <translation>Keine Geräte.</translation>
    </message>
    <message>
        <source>The session's id (see 'devices list').</source>
        <translation>Die ID der Sitzung (siehe 'devices list').</translation>
    </message>
    <message>
        <source>Revokes one device: its session ends, and on its next contact the client exports unsynced work to a file, deletes its local copy of the data and tells the user.</source>
        <translation>Sperrt ein Gerät: seine Sitzung endet, und beim nächsten Kontakt sichert der Client nicht übertragene Arbeit in eine Datei, löscht seine lokale Kopie der Daten und sagt es der Person.</translation>
    </message>
    <message>
        <source>Revoked the device '%1' of %2; it wipes its data on its next contact.</source>
        <translation>Das Gerät '%1' von %2 ist gesperrt; es löscht seine Daten beim nächsten Kontakt.</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>The space's id or name.</source>
        <translation>ID oder Name des Bereichs.</translation>
    </message>
    <message>
        <source>The user's login e-mail or id.</source>
        <translation>Anmelde-E-Mail oder ID der Person.</translation>
    </message>
    <message>
        <source>Manage the members of a space (admins and its moderators).</source>
        <translation>Die Mitglieder eines Bereichs verwalten (Admins und seine Moderation).</translation>
    </message>
    <message>
        <source>List a space's members.</source>
        <translation>Die Mitglieder eines Bereichs auflisten.</translation>
    </message>
    <message>
        <source>Add a user to a space.</source>
        <translation>Eine Person zu einem Bereich hinzufügen.</translation>
    </message>
    <message>
        <source>Change a member's level (--dry-run shows the loss).</source>
        <translation>Die Stufe eines Mitglieds ändern (--dry-run zeigt den Verlust).</translation>
    </message>
    <message>
        <source>Remove a member (--dry-run shows the loss).</source>
        <translation>Ein Mitglied entfernen (--dry-run zeigt den Verlust).</translation>
    </message>
    <message>
        <source>Lists a space's members, highest level first.</source>
        <translation>Listet die Mitglieder eines Bereichs auf, höchste Stufe zuerst.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>The space has no members.</source>
        <translation>Der Bereich hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>reader (default), author, editor, moderator.</source>
        <translation>reader (Standard), author, editor, moderator.</translation>
    </message>
    <message>
        <source>Adds a user to a space with a level.</source>
        <translation>Fügt eine Person mit einer Stufe zu einem Bereich hinzu.</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3.</source>
        <translation>%1 ist jetzt %2 in %3.</translation>
    </message>
    <message>
        <source>reader, author, editor or moderator.</source>
        <translation>reader, author, editor oder moderator.</translation>
    </message>
    <message>
        <source>Only show what the member would lose; change nothing.</source>
        <translation>Nur zeigen, was das Mitglied verlieren würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Changes a member's level and prints what they lose.</source>
        <translation>Ändert die Stufe eines Mitglieds und zeigt, was es verliert.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Only show what the user would lose; change nothing.</source>
        <translation>Nur zeigen, was die Person verlieren würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Removes a member from a space and prints what they lose (their clients purge a space they can no longer read).</source>
        <translation>Entfernt ein Mitglied aus einem Bereich und zeigt, was es verliert (seine Clients entfernen einen Bereich, den es nicht mehr lesen darf).</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 wurde aus %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Review access requests (admins; coordinators for their municipality).</source>
        <translation>Zugangsanträge prüfen (Admins; Koordination für ihre Gemeinde).</translation>
    </message>
    <message>
        <source>List access requests, newest first.</source>
        <translation>Zugangsanträge auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Approve a request: creates the account and prints its activation code.</source>
        <translation>Einen Antrag genehmigen: legt das Konto an und zeigt seinen Aktivierungscode.</translation>
    </message>
    <message>
        <source>Reject a request with a reason.</source>
        <translation>Einen Antrag mit Begründung ablehnen.</translation>
    </message>
    <message>
        <source>pending (default), approved, rejected or all.</source>
        <translation>pending (Standard), approved, rejected oder all.</translation>
    </message>
    <message>
        <source>Only requests for this municipality.</source>
        <translation>Nur Anträge für diese Gemeinde.</translation>
    </message>
    <message>
        <source>Lists access requests, newest first.</source>
        <translation>Listet Zugangsanträge auf, neueste zuerst.</translation>
    </message>
    <message>
        <source>--status: '%1' is not one of pending, approved, rejected, all</source>
        <translation>--status: '%1' ist keiner der Werte pending, approved, rejected, all</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>EINGEGANGEN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>MUNICIPALITY</source>
        <translation>GEMEINDE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>NACHRICHT</translation>
    </message>
    <message>
        <source>No access requests match.</source>
        <translation>Keine passenden Zugangsanträge.</translation>
    </message>
    <message>
        <source>The request's id (see 'requests list').</source>
        <translation>Die ID des Antrags (siehe 'requests list').</translation>
    </message>
    <message>
        <source>The new account's role: member or guest.</source>
        <translation>Die Rolle des neuen Kontos: member oder guest.</translation>
    </message>
    <message>
        <source>Make the new user a member of this space (id or name), optionally with a level: 'Team Adorf:author'. May be repeated.</source>
        <translation>Die neue Person zum Mitglied dieses Bereichs machen (ID oder Name), wahlweise mit Stufe: 'Team Adorf:author'. Mehrfach möglich.</translation>
    </message>
    <message>
        <source>Approves a pending request: creates the account (pending until activated), grants the spaces and prints the one-time activation code to pass on to the person.</source>
        <translation>Genehmigt einen offenen Antrag: legt das Konto an (offen bis zur Aktivierung), vergibt die Bereiche und zeigt den Einmal-Aktivierungscode zur Weitergabe an die Person.</translation>
    </message>
    <message>
        <source>--role is required (member or guest)</source>
        <translation>--role ist nötig (member oder guest)</translation>
    </message>
    <message>
        <source>Approved: account %1 (%2) created as %3, pending activation.</source>
        <translation>Genehmigt: Konto %1 (%2) als %3 angelegt, Aktivierung ausstehend.</translation>
    </message>
    <message>
        <source>One-time activation code: %1 (valid until %2).
Pass it on in person or by phone; with it, the person sets a password: helfernetz-admin activate --email %3</source>
        <translation>Einmal-Aktivierungscode: %1 (gültig bis %2).
Persönlich oder telefonisch weitergeben; damit setzt die Person ein Passwort: helfernetz-admin activate --email %3</translation>
    </message>
    <message>
        <source>Why (required); kept as the request's review note.</source>
        <translation>Begründung (nötig); wird als Prüfvermerk des Antrags gespeichert.</translation>
    </message>
    <message>
        <source>Rejects a pending access request with a reason.</source>
        <translation>Lehnt einen offenen Zugangsantrag mit Begründung ab.</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason ist nötig</translation>
    </message>
    <message>
        <source>Rejected the request of %1 &lt;%2&gt;.</source>
        <translation>Der Antrag von %1 &lt;%2&gt; ist abgelehnt.</translation>
    </message>
    <message>
        <source>Your full name (required).</source>
        <translation>Ihr vollständiger Name (nötig).</translation>
    </message>
    <message>
        <source>Your e-mail, your future login (required).</source>
        <translation>Ihre E-Mail, Ihre künftige Anmeldung (nötig).</translation>
    </message>
    <message>
        <source>Your organization (Jobcenter, Caritas, an initiative, ...).</source>
        <translation>Ihre Organisation (Jobcenter, Caritas, eine Initiative, ...).</translation>
    </message>
    <message>
        <source>The municipality you work in; decides who reviews the request.</source>
        <translation>Die Gemeinde, in der Sie arbeiten; entscheidet, wer den Antrag prüft.</translation>
    </message>
    <message>
        <source>Why you ask.</source>
        <translation>Warum Sie den Zugang beantragen.</translation>
    </message>
    <message>
        <source>Asks for an account; no login needed. An admin or coordinator reviews the request and, if approved, gives you a one-time code for 'helfernetz-admin activate'.</source>
        <translation>Beantragt ein Konto; ohne Anmeldung. Ein Admin oder die Koordination prüft den Antrag und gibt Ihnen nach der Genehmigung einen Einmalcode für 'helfernetz-admin activate'.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist nötig</translation>
    </message>
    <message>
        <source>--email is required</source>
        <translation>--email ist nötig</translation>
    </message>
    <message>
        <source>Your request was sent. Once it is approved you get a one-time code; then run: helfernetz-admin activate --email %1</source>
        <translation>Ihr Antrag wurde gesendet. Nach der Genehmigung erhalten Sie einen Einmalcode; dann: helfernetz-admin activate --email %1</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
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
        <source>Platform rights</source>
        <translation>Plattformrechte</translation>
    </message>
    <message>
        <source>Session expires</source>
        <translation>Sitzung läuft ab</translation>
    </message>
    <message>
        <source>SPACE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>RIGHTS</source>
        <translation>RECHTE</translation>
    </message>
    <message>
        <source>Reads no spaces.</source>
        <translation>Liest keine Bereiche.</translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation>E-Mail: </translation>
    </message>
    <message>
        <source>the e-mail is missing (--email)</source>
        <translation>die E-Mail fehlt (--email)</translation>
    </message>
    <message>
        <source>Account e-mail (asked for when missing).</source>
        <translation>E-Mail des Kontos (wird erfragt, wenn sie fehlt).</translation>
    </message>
    <message>
        <source>Read the password from standard input instead of asking.</source>
        <translation>Das Passwort von der Standardeingabe lesen statt zu fragen.</translation>
    </message>
    <message>
        <source>Name of this device in the account's session list.</source>
        <translation>Name dieses Geräts in der Sitzungsliste des Kontos.</translation>
    </message>
    <message>
        <source>Log in; the session is saved (readable only by you) in %1.</source>
        <translation>Anmelden; die Sitzung wird (nur für Sie lesbar) in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>the password is missing</source>
        <translation>das Passwort fehlt</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3).</source>
        <translation>Bei %1 als %2 (%3) angemeldet.</translation>
    </message>
    <message>
        <source>The one-time activation code (asked for when missing).</source>
        <translation>Der Einmal-Aktivierungscode (wird erfragt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>Read the new password from standard input instead of asking.</source>
        <translation>Das neue Passwort von der Standardeingabe lesen statt zu fragen.</translation>
    </message>
    <message>
        <source>Activates an account (or sets a password after a reset) with the one-time code an admin or coordinator gave you, sets your new password (at least 10 characters) and logs you in.</source>
        <translation>Aktiviert ein Konto (oder setzt nach dem Zurücksetzen ein Passwort) mit dem Einmalcode, den Sie von einem Admin oder der Koordination erhalten haben, setzt Ihr neues Passwort (mindestens 10 Zeichen) und meldet Sie an.</translation>
    </message>
    <message>
        <source>Activation code: </source>
        <translation>Aktivierungscode: </translation>
    </message>
    <message>
        <source>the activation code is missing (--code)</source>
        <translation>der Aktivierungscode fehlt (--code)</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter sind verschieden</translation>
    </message>
    <message>
        <source>the new password is missing</source>
        <translation>das neue Passwort fehlt</translation>
    </message>
    <message>
        <source>Account %1 is active; you are logged in to %2.</source>
        <translation>Das Konto %1 ist aktiv; Sie sind bei %2 angemeldet.</translation>
    </message>
    <message>
        <source>End the saved session on the server and forget it here.</source>
        <translation>Die gespeicherte Sitzung auf dem Server beenden und hier vergessen.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Show the logged-in account, its role and its permissions in every space it can read.</source>
        <translation>Das angemeldete Konto anzeigen, seine Rolle und seine Rechte in jedem Bereich, den es lesen darf.</translation>
    </message>
</context>
<context>
    <name>SpaceCommands</name>
    <message>
        <source>The space's id or name.</source>
        <translation>ID oder Name des Bereichs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>GUESTS</source>
        <translation>GÄSTE</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVIERT</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No spaces.</source>
        <translation>Keine Bereiche.</translation>
    </message>
    <message>
        <source>Manage spaces.</source>
        <translation>Bereiche verwalten.</translation>
    </message>
    <message>
        <source>List spaces with member and record counts.</source>
        <translation>Bereiche mit Mitglieder- und Eintragszahlen auflisten.</translation>
    </message>
    <message>
        <source>Create a space.</source>
        <translation>Einen Bereich anlegen.</translation>
    </message>
    <message>
        <source>Rename a space.</source>
        <translation>Einen Bereich umbenennen.</translation>
    </message>
    <message>
        <source>Archive a space (read-only), or bring it back.</source>
        <translation>Einen Bereich archivieren (nur lesbar) oder zurückholen.</translation>
    </message>
    <message>
        <source>Open a space to guests, or close it.</source>
        <translation>Einen Bereich für Gäste öffnen oder schließen.</translation>
    </message>
    <message>
        <source>Also list archived spaces.</source>
        <translation>Auch archivierte Bereiche auflisten.</translation>
    </message>
    <message>
        <source>Lists spaces by kind and name, with member and record counts.</source>
        <translation>Listet Bereiche nach Art und Name auf, mit Mitglieder- und Eintragszahlen.</translation>
    </message>
    <message>
        <source>The new space's name.</source>
        <translation>Der Name des neuen Bereichs.</translation>
    </message>
    <message>
        <source>public, team (default), municipality, internal.</source>
        <translation>public, team (Standard), municipality, internal.</translation>
    </message>
    <message>
        <source>What the space is for.</source>
        <translation>Wofür der Bereich da ist.</translation>
    </message>
    <message>
        <source>Guests may read the space.</source>
        <translation>Gäste dürfen den Bereich lesen.</translation>
    </message>
    <message>
        <source>Creates a space; a coordinator who creates one becomes its moderator.</source>
        <translation>Legt einen Bereich an; legt ihn jemand aus der Koordination an, moderiert diese Person ihn.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>Renames a space (admins and the space's moderators).</source>
        <translation>Benennt einen Bereich um (Admins und seine Moderation).</translation>
    </message>
    <message>
        <source>Bring an archived space back.</source>
        <translation>Einen archivierten Bereich zurückholen.</translation>
    </message>
    <message>
        <source>Archives a space, making it read-only for everyone (admins only).</source>
        <translation>Archiviert einen Bereich; danach ist er für alle nur lesbar (nur Admins).</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes oder no (ja oder nein).</translation>
    </message>
    <message>
        <source>Opens a space to guests or closes it; guests' clients remove a closed space on their next sync (admins only).</source>
        <translation>Öffnet einen Bereich für Gäste oder schließt ihn; die Clients von Gästen entfernen einen geschlossenen Bereich beim nächsten Abgleich (nur Admins).</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
</context>
<context>
    <name>SpaceReference</name>
    <message>
        <source>there is no space with the id or name '%1'</source>
        <translation>es gibt keinen Bereich mit der ID oder dem Namen '%1'</translation>
    </message>
    <message>
        <source>several spaces are called '%1'; give one of their ids: %2</source>
        <translation>mehrere Bereiche heißen '%1'; geben Sie eine ihrer IDs an: %2</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Figures about the server (admins only): accounts by role and status, records per space, database size, connected clients.</source>
        <translation>Kennzahlen des Servers (nur Admins): Konten nach Rolle und Status, Einträge je Bereich, Datenbankgröße, verbundene Clients.</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <source>Stored files</source>
        <translation>Gespeicherte Dateien</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Verbundene Clients</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>KONTEN</translation>
    </message>
    <message>
        <source>No accounts.</source>
        <translation>Keine Konten.</translation>
    </message>
    <message>
        <source>SPACE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVIERT</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>No spaces.</source>
        <translation>Keine Bereiche.</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>The user's login e-mail or id.</source>
        <translation>Anmelde-E-Mail oder ID der Person.</translation>
    </message>
    <message>
        <source>One-time activation code for %1: %2
Valid until %3. Pass it on in person or by phone; with it, %1 sets a password: helfernetz-admin activate --email %1
</source>
        <translation>Einmal-Aktivierungscode für %1: %2
Gültig bis %3. Persönlich oder telefonisch weitergeben; damit setzt %1 ein Passwort: helfernetz-admin activate --email %1
</translation>
    </message>
    <message>
        <source>Manage accounts (admins only).</source>
        <translation>Konten verwalten (nur Admins).</translation>
    </message>
    <message>
        <source>List accounts, by name.</source>
        <translation>Konten nach Namen auflisten.</translation>
    </message>
    <message>
        <source>Show one account with its spaces and devices.</source>
        <translation>Ein Konto mit seinen Bereichen und Geräten anzeigen.</translation>
    </message>
    <message>
        <source>Create an account; prints its activation code.</source>
        <translation>Ein Konto anlegen; zeigt seinen Aktivierungscode.</translation>
    </message>
    <message>
        <source>Change an account's role (--dry-run shows the loss).</source>
        <translation>Die Rolle eines Kontos ändern (--dry-run zeigt den Verlust).</translation>
    </message>
    <message>
        <source>Activate or disable an account.</source>
        <translation>Ein Konto aktivieren oder deaktivieren.</translation>
    </message>
    <message>
        <source>Invalidate the password; prints a code to set a new one.</source>
        <translation>Das Passwort ungültig machen; zeigt einen Code, mit dem ein neues gesetzt wird.</translation>
    </message>
    <message>
        <source>Log an account out on all its devices.</source>
        <translation>Ein Konto auf allen seinen Geräten abmelden.</translation>
    </message>
    <message>
        <source>Only accounts with this role.</source>
        <translation>Nur Konten mit dieser Rolle.</translation>
    </message>
    <message>
        <source>Only accounts with this status.</source>
        <translation>Nur Konten mit diesem Status.</translation>
    </message>
    <message>
        <source>Only accounts whose name, e-mail or organization contains this.</source>
        <translation>Nur Konten, deren Name, E-Mail oder Organisation dies enthält.</translation>
    </message>
    <message>
        <source>Lists accounts ordered by name. Roles: guest, member, coordinator, admin. Statuses: pending, active, disabled.</source>
        <translation>Listet Konten nach Namen auf. Rollen: guest, member, coordinator, admin. Status: pending, active, disabled.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>MUNICIPALITY</source>
        <translation>GEMEINDE</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <source>No accounts match.</source>
        <translation>Keine passenden Konten.</translation>
    </message>
    <message>
        <source>Shows an account: profile, role, status, the spaces it can read and its devices (sessions).</source>
        <translation>Zeigt ein Konto: Profil, Rolle, Status, die Bereiche, die es lesen darf, und seine Geräte (Sitzungen).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
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
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>SPACE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>RIGHTS</source>
        <translation>RECHTE</translation>
    </message>
    <message>
        <source>Reads no spaces.</source>
        <translation>Liest keine Bereiche.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT BENUTZT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>Keine aktiven Sitzungen.</translation>
    </message>
    <message>
        <source>Login e-mail (required).</source>
        <translation>Anmelde-E-Mail (nötig).</translation>
    </message>
    <message>
        <source>Display name (required).</source>
        <translation>Anzeigename (nötig).</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation>Organisation.</translation>
    </message>
    <message>
        <source>Municipality.</source>
        <translation>Gemeinde.</translation>
    </message>
    <message>
        <source>hauptamtlich or ehrenamtlich.</source>
        <translation>hauptamtlich oder ehrenamtlich.</translation>
    </message>
    <message>
        <source>guest, member (default), coordinator, admin.</source>
        <translation>guest, member (Standard), coordinator, admin.</translation>
    </message>
    <message>
        <source>Make the user a member of this space (id or name), optionally with a level: 'Team Adorf:editor'. May be repeated.</source>
        <translation>Die Person zum Mitglied dieses Bereichs machen (ID oder Name), wahlweise mit Stufe: 'Team Adorf:editor'. Mehrfach möglich.</translation>
    </message>
    <message>
        <source>Creates an account. It stays pending until the person activates it with the printed one-time code and sets a password.</source>
        <translation>Legt ein Konto an. Es bleibt offen, bis die Person es mit dem angezeigten Einmalcode aktiviert und ein Passwort setzt.</translation>
    </message>
    <message>
        <source>--email is required</source>
        <translation>--email ist nötig</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist nötig</translation>
    </message>
    <message>
        <source>Created %1 (%2), role %3, pending activation.</source>
        <translation>%1 (%2) angelegt, Rolle %3, Aktivierung ausstehend.</translation>
    </message>
    <message>
        <source>guest, member, coordinator or admin.</source>
        <translation>guest, member, coordinator oder admin.</translation>
    </message>
    <message>
        <source>Only show what the user would lose; change nothing.</source>
        <translation>Nur zeigen, was die Person verlieren würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Changes an account's global role; it takes effect on the user's next call. Prints what the user loses (spaces, record counts).</source>
        <translation>Ändert die globale Rolle eines Kontos; sie gilt ab dem nächsten Aufruf der Person. Zeigt, was die Person verliert (Bereiche, Eintragszahlen).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>active or disabled.</source>
        <translation>active oder disabled.</translation>
    </message>
    <message>
        <source>Activates or disables an account. Disabling logs it out everywhere (without wiping its devices).</source>
        <translation>Aktiviert oder deaktiviert ein Konto. Deaktivieren meldet es überall ab (ohne seine Geräte zu löschen).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invalidates the password and ends all sessions of the account; prints a one-time code with which the person sets a new password.</source>
        <translation>Macht das Passwort ungültig und beendet alle Sitzungen des Kontos; zeigt einen Einmalcode, mit dem die Person ein neues Passwort setzt.</translation>
    </message>
    <message>
        <source>Ends all sessions of the account: its clients must log in again but keep their data.</source>
        <translation>Beendet alle Sitzungen des Kontos: seine Clients müssen sich neu anmelden, behalten aber ihre Daten.</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s).</source>
        <translation><numerusform>%n Sitzung beendet.</numerusform><numerusform>%n Sitzungen beendet.</numerusform></translation>
    </message>
</context>
</TS>