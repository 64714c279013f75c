<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>helfernetz</name>
    <message>
        <source>Helfernetz</source>
        <translation>Helfernetz</translation>
    </message>
    <message>
        <source>Helfernetz cannot start: %1</source>
        <translation>Helfernetz kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>hn::client::AccessRequestDialog</name>
    <message>
        <source>Request access to Helfernetz</source>
        <translation>Zugang zu Helfernetz beantragen</translation>
    </message>
    <message>
        <source>A coordinator of your municipality checks your request and sends you an activation code. With it you choose your password (&quot;I have an activation code&quot;).</source>
        <translation>Die Koordination Ihrer Gemeinde prüft Ihren Antrag und sendet Ihnen einen Aktivierungscode. Damit legen Sie Ihr Passwort fest („Ich habe einen Aktivierungscode“).</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>e.g. Caritas, Jobcenter, a volunteer initiative</source>
        <translation>z. B. Caritas, Jobcenter, eine Ehrenamtsinitiative</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeinde:</translation>
    </message>
    <message>
        <source>What you would like to use Helfernetz for (optional)</source>
        <translation>Wofür Sie Helfernetz nutzen möchten (optional)</translation>
    </message>
    <message>
        <source>Sending the request</source>
        <translation>Der Antrag wird gesendet</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Geben Sie die Serveradresse ein.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Your request was sent. You will hear from a coordinator by e-mail.</source>
        <translation>Ihr Antrag wurde gesendet. Die Koordination meldet sich per E-Mail bei Ihnen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation>Nach&amp;richt:</translation>
    </message>
    <message>
        <source>Send re&amp;quest</source>
        <translation>&amp;Antrag senden</translation>
    </message>
</context>
<context>
    <name>hn::client::ActivationDialog</name>
    <message>
        <source>Activate your account</source>
        <translation>Konto aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Enter the activation code you received from your coordinator and choose your password (at least %n characters).</source>
        <translation>
            <numerusform>Geben Sie den Aktivierungscode ein, den Sie von Ihrer Koordination erhalten haben, und wählen Sie Ihr Passwort (mindestens %n Zeichen).</numerusform>
            <numerusform>Geben Sie den Aktivierungscode ein, den Sie von Ihrer Koordination erhalten haben, und wählen Sie Ihr Passwort (mindestens %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>A&amp;ktivierungscode:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Aktivierung läuft</translation>
    </message>
    <message>
        <source>&amp;Activate and log in</source>
        <translation>&amp;Aktivieren und anmelden</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Geben Sie die Serveradresse ein.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the activation code.</source>
        <translation>Geben Sie den Aktivierungscode ein.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The activation code is not valid for this e-mail address (or it was used already).</source>
        <translation>Der Aktivierungscode ist für diese E-Mail-Adresse nicht gültig (oder wurde bereits verwendet).</translation>
    </message>
    <message>
        <source>The account was not activated.</source>
        <translation>Das Konto wurde nicht aktiviert.</translation>
    </message>
</context>
<context>
    <name>hn::client::AttachmentPicker</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Dokumente anhängen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Words from the title, tags or text</source>
        <translation>Wörter aus Titel, Themen oder Text</translation>
    </message>
    <message>
        <source>&amp;Documents of this area:</source>
        <translation>&amp;Dokumente dieses Bereichs:</translation>
    </message>
    <message>
        <source>Documents of this area</source>
        <translation>Dokumente dieses Bereichs</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>&amp;Anhängen</translation>
    </message>
</context>
<context>
    <name>hn::client::ClientSession</name>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>The profile cannot be opened: %1</source>
        <translation>Das Profil kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>There is no profile on this computer yet to open offline. Log in once while the server can be reached.</source>
        <translation>Auf diesem Computer gibt es noch kein Profil, das offline geöffnet werden kann. Melden Sie sich einmal an, während der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>There is no Helfernetz profile in %1.</source>
        <translation>In %1 gibt es kein Helfernetz-Profil.</translation>
    </message>
    <message>
        <source>The profile in %1 cannot be opened: %2</source>
        <translation>Das Profil in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Helfernetz</source>
        <translation>Helfernetz</translation>
    </message>
    <message>
        <source>Helfernetz – %1</source>
        <translation>Helfernetz – %1</translation>
    </message>
    <message>
        <source>%1 (offline, not signed in)</source>
        <translation>%1 (offline, nicht angemeldet)</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <source>Your data on this computer is kept and opens again after the login.</source>
        <translation>Ihre Daten auf diesem Computer bleiben erhalten und werden nach der Anmeldung wieder geöffnet.</translation>
    </message>
    <message>
        <source>Device removed</source>
        <translation>Gerät entfernt</translation>
    </message>
    <message>
        <source>Its data could not be deleted yet and stays locked: %1</source>
        <translation>Die Daten des Geräts konnten noch nicht gelöscht werden und bleiben gesperrt: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet (waiting, refused or in conflict). They stay on this computer and are sent when you log in here again; nobody else sees them until then. Log out anyway?</source>
        <translation>
            <numerusform>%n Änderung hat den Server noch nicht erreicht (wartend, abgelehnt oder im Konflikt). Sie bleibt auf diesem Computer und wird gesendet, wenn Sie sich hier wieder anmelden; bis dahin sieht sie niemand sonst. Trotzdem abmelden?</numerusform>
            <numerusform>%n Änderungen haben den Server noch nicht erreicht (wartend, abgelehnt oder im Konflikt). Sie bleiben auf diesem Computer und werden gesendet, wenn Sie sich hier wieder anmelden; bis dahin sieht sie niemand sonst. Trotzdem abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log out anyway</source>
        <translation>&amp;Trotzdem abmelden</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
</context>
<context>
    <name>hn::client::CommandLine</name>
    <message>
        <source>Helfernetz: contacts, documents and discussions of the network, online and offline.</source>
        <translation>Helfernetz: Kontakte, Dokumente und Diskussionen des Netzwerks, online und offline.</translation>
    </message>
    <message>
        <source>Server address (host:port).</source>
        <translation>Serveradresse (Host:Port).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>CA file (PEM) for a server with a private certificate.</source>
        <translation>CA-Datei (PEM) für einen Server mit eigenem Zertifikat.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>E-mail address to log in with.</source>
        <translation>E-Mail-Adresse für die Anmeldung.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Log in without the dialog, with the password in this file (its first line).</source>
        <translation>Ohne Dialog anmelden, mit dem Passwort aus dieser Datei (deren erste Zeile).</translation>
    </message>
    <message>
        <source>The profile directory to open (with --offline).</source>
        <translation>Das zu öffnende Profilverzeichnis (mit --offline).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Open the profile without contacting the server.</source>
        <translation>Das Profil öffnen, ohne den Server zu kontaktieren.</translation>
    </message>
    <message>
        <source>Print first-paint-ms=&lt;ms since process start&gt; rss-kb=&lt;kB&gt; once the first rows are painted, then quit (start-up benchmark).</source>
        <translation>first-paint-ms=&lt;ms seit Prozessstart&gt; rss-kb=&lt;kB&gt; ausgeben, sobald die ersten Zeilen gezeichnet sind, dann beenden (Start-Benchmark).</translation>
    </message>
    <message>
        <source>Language of this start: de or en.</source>
        <translation>Sprache für diesen Start: de oder en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>--password-file needs --server and --email as well.</source>
        <translation>--password-file erfordert auch --server und --email.</translation>
    </message>
    <message>
        <source>--profile-dir opens a profile offline; add --offline.</source>
        <translation>--profile-dir öffnet ein Profil offline; ergänzen Sie --offline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered; choose de or en.</source>
        <translation>„%1“ wird nicht angeboten; wählen Sie de oder en.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no password</source>
        <translation>%1 enthält kein Passwort</translation>
    </message>
</context>
<context>
    <name>hn::client::ConflictDialog</name>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>“%1” (%2) was changed on this computer and on the server at the same time. For each field, choose your value, the server&apos;s value, or a merged value you can edit.</source>
        <translation>„%1“ (%2) wurde gleichzeitig auf diesem Computer und auf dem Server geändert. Wählen Sie für jedes Feld Ihren Wert, den Wert des Servers oder einen zusammengeführten Wert, den Sie bearbeiten können.</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Auflösen</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>My value of %1: %2</source>
        <translation>Mein Wert für %1: %2</translation>
    </message>
    <message>
        <source>Server&apos;s value of %1: %2</source>
        <translation>Wert des Servers für %1: %2</translation>
    </message>
    <message>
        <source>My value of %1</source>
        <translation>Mein Wert für %1</translation>
    </message>
    <message>
        <source>Server&apos;s value of %1</source>
        <translation>Wert des Servers für %1</translation>
    </message>
    <message>
        <source>One entry per line</source>
        <translation>Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>Merged value of %1</source>
        <translation>Zusammengeführter Wert für %1</translation>
    </message>
    <message>
        <source>Both lists together, without duplicates</source>
        <translation>Beide Listen zusammen, ohne Duplikate</translation>
    </message>
    <message>
        <source>This field cannot be combined; choose one side.</source>
        <translation>Dieses Feld kann nicht zusammengeführt werden; wählen Sie eine Seite.</translation>
    </message>
    <message>
        <source>You changed “%1” on this computer, but it was deleted on the server meanwhile. Restore it with your changes, or accept the deletion.</source>
        <translation>Sie haben „%1“ auf diesem Computer geändert, aber inzwischen wurde es auf dem Server gelöscht. Stellen Sie es mit Ihren Änderungen wieder her oder akzeptieren Sie die Löschung.</translation>
    </message>
    <message>
        <source>You deleted “%1” on this computer, but it was changed on the server meanwhile. Delete it anyway, or keep it as the server has it.</source>
        <translation>Sie haben „%1“ auf diesem Computer gelöscht, aber inzwischen wurde es auf dem Server geändert. Löschen Sie es trotzdem oder behalten Sie es so, wie es auf dem Server ist.</translation>
    </message>
    <message>
        <source>Both sides, field by field</source>
        <translation>Beide Seiten, Feld für Feld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>On this computer (your changes)</source>
        <translation>Auf diesem Computer (Ihre Änderungen)</translation>
    </message>
    <message>
        <source>Before your deletion</source>
        <translation>Vor Ihrer Löschung</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Delete it anyway</source>
        <translation>&amp;Trotzdem löschen</translation>
    </message>
    <message>
        <source>&amp;Accept the deletion</source>
        <translation>Löschung a&amp;kzeptieren</translation>
    </message>
    <message>
        <source>&amp;Keep the record as the server has it</source>
        <translation>Datensatz so &amp;behalten, wie er auf dem Server ist</translation>
    </message>
    <message>
        <source>The record comes back as a new record with your fields; links to the old one are not restored.</source>
        <translation>Der Datensatz wird als neuer Datensatz mit Ihren Feldern wiederhergestellt; Verknüpfungen zum alten Datensatz werden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Choose a value for every field first</source>
        <translation>Wählen Sie zuerst für jedes Feld einen Wert</translation>
    </message>
    <message>
        <source>Choose a value for this field.</source>
        <translation>Wählen Sie einen Wert für dieses Feld.</translation>
    </message>
    <message>
        <source>Not every conflict could be resolved; the others were.</source>
        <translation>Nicht jeder Konflikt konnte gelöst werden; die übrigen wurden gelöst.</translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation>Entscheidung zu %1</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Meine Fassung (dieser Computer)</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Fassung des Servers</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Res&amp;tore the record with my changes</source>
        <translation>Eintrag mit meinen Änderungen &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>hn::client::ConflictModel</name>
    <message>
        <source>Whole record</source>
        <translation>Gesamter Datensatz</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation>Hier und auf dem Server geändert</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>Hier geändert, auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Hier gelöscht, auf dem Server geändert</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Die Konflikte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>hn::client::ConflictView</name>
    <message>
        <source>No conflicts: nothing waits for your decision.</source>
        <translation>Keine Konflikte: Nichts wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>Auf&amp;lösen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt;: changes made here and on the server at the same time. Nothing is decided without you.</source>
        <translation>&lt;b&gt;Konflikte&lt;/b&gt;: Änderungen, die gleichzeitig hier und auf dem Server vorgenommen wurden. Ohne Sie wird nichts entschieden.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Compare both sides and decide</source>
        <translation>Beide Seiten vergleichen und entscheiden</translation>
    </message>
</context>
<context>
    <name>hn::client::ConnectionProblem</name>
    <message>
        <source>The secure connection to %1 failed: the server&apos;s certificate is not trusted or does not match its address. If your organisation uses a certificate of its own, choose its CA file. (%2)</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat des Servers ist nicht vertrauenswürdig oder passt nicht zu seiner Adresse. Wenn Ihre Organisation ein eigenes Zertifikat verwendet, wählen Sie dessen CA-Datei aus. (%2)</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not correct.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Helfernetz cannot reach the server at %1. Check the server address and the network connection. (%2)</source>
        <translation>Helfernetz kann den Server unter %1 nicht erreichen. Prüfen Sie die Serveradresse und die Netzwerkverbindung. (%2)</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again. (%1)</source>
        <translation>Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>hn::client::ContactCard</name>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Gemeinde:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <source>Office hours:</source>
        <translation>Sprechzeiten:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 %2</source>
        <translation>%1 %2 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobil:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Write e-mail to %1</source>
        <translation>E-Mail an %1 schreiben</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>People of this organization</source>
        <translation>Personen dieser Organisation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
</context>
<context>
    <name>hn::client::ContactColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
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
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>hn::client::ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Abteil&amp;ung:</translation>
    </message>
    <message>
        <source>&amp;E-mail addresses:</source>
        <translation>&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meinde:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Sp&amp;rachen:</translation>
    </message>
    <message>
        <source>ISO codes, separated by commas: de, en, uk</source>
        <translation>ISO-Codes, durch Kommas getrennt: de, en, uk</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>Spre&amp;chzeiten:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Write it like name@example.org.</source>
        <translation>Dies ist keine E-Mail-Adresse. Schreiben Sie sie z. B. so: name@example.org.</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits, spaces and + ( ) / - only, with at least 3 digits, like +49 6543 81-234.</source>
        <translation>Dies ist keine Telefonnummer. Verwenden Sie nur Ziffern, Leerzeichen und + ( ) / - mit mindestens 3 Ziffern, z. B. +49 6543 81-234.</translation>
    </message>
    <message>
        <source>There is no organization &quot;%1&quot; in this area. Pick one from the list or leave the field empty.</source>
        <translation>In diesem Bereich gibt es keine Organisation „%1“. Wählen Sie eine aus der Liste aus oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>You may not create contacts in any area.</source>
        <translation>Sie dürfen in keinem Bereich Kontakte anlegen.</translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <source>Address supplement:</source>
        <translation>Adresszusatz:</translation>
    </message>
    <message>
        <source>Organi&amp;zation name:</source>
        <translation>Name der Organi&amp;sation:</translation>
    </message>
    <message>
        <source>Phone num&amp;bers:</source>
        <translation>Telefon&amp;nummern:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Someone deleted this contact meanwhile; it cannot be saved. Copy what you need, then cancel.</source>
        <translation>Jemand hat diesen Kontakt inzwischen gelöscht; er kann nicht gespeichert werden. Kopieren Sie, was Sie brauchen, und brechen Sie dann ab.</translation>
    </message>
</context>
<context>
    <name>hn::client::ContactEntryList</name>
    <message>
        <source>Add phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Add e-mail address</source>
        <translation>E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Kind of phone number %1</source>
        <translation>Art der Telefonnummer %1</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Telefonnummer %1</translation>
    </message>
    <message>
        <source>E-mail address %1</source>
        <translation>E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove phone number %1</source>
        <translation>Telefonnummer %1 entfernen</translation>
    </message>
    <message>
        <source>Remove e-mail address %1</source>
        <translation>E-Mail-Adresse %1 entfernen</translation>
    </message>
</context>
<context>
    <name>hn::client::ContactsPane</name>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Kontakt bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation>Kontakt &amp;löschen…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>The&amp;ma:</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>&amp;Gemeinde:</translation>
    </message>
    <message>
        <source>Name, function, topic…</source>
        <translation>Name, Funktion, Thema…</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>No area is available yet.</source>
        <translation>Es ist noch kein Bereich verfügbar.</translation>
    </message>
    <message>
        <source>You may not create contacts in any area.</source>
        <translation>Sie dürfen in keinem Bereich Kontakte anlegen.</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>Neuen Kontakt anlegen</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Wählen Sie zuerst einen Kontakt aus.</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Ausgewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>Ausgewählten Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete the contact &quot;%1&quot;? Everyone with access to this area will no longer see it.</source>
        <translation>Möchten Sie den Kontakt „%1“ löschen? Alle Personen mit Zugriff auf diesen Bereich sehen ihn danach nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>hn::client::DirectoryNames</name>
    <message>
        <source>Unknown author</source>
        <translation>Verfasser unbekannt</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>eine andere Person</translation>
    </message>
</context>
<context>
    <name>hn::client::DiscussionsPane</name>
    <message>
        <source>&amp;New discussion…</source>
        <translation>&amp;Neue Diskussion…</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Words from titles and posts</source>
        <translation>Wörter aus Titeln und Beiträgen</translation>
    </message>
    <message>
        <source>Find discussions</source>
        <translation>Diskussionen suchen</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussionen</translation>
    </message>
    <message>
        <source>You cannot start discussions in any area.</source>
        <translation>Sie können in keinem Bereich Diskussionen starten.</translation>
    </message>
    <message>
        <source>Start a discussion (Ctrl+N)</source>
        <translation>Eine Diskussion starten (Strg+N)</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentCategory</name>
    <message>
        <source>Flyer</source>
        <translation>Flyer</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Schaubild</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentDetail</name>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Keep offline</source>
        <translation>Offline verf&amp;ügbar halten</translation>
    </message>
    <message>
        <source>Keep this &amp;whole area offline</source>
        <translation>Gan&amp;zen Bereich offline verfügbar halten</translation>
    </message>
    <message>
        <source>Keep the current file of this document on this device</source>
        <translation>Die aktuelle Datei dieses Dokuments auf diesem Gerät verfügbar halten</translation>
    </message>
    <message>
        <source>Keep the current files of every document of this area on this device</source>
        <translation>Die aktuellen Dateien aller Dokumente dieses Bereichs auf diesem Gerät verfügbar halten</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Wählen Sie zuerst ein Dokument aus.</translation>
    </message>
    <message>
        <source>No document chosen</source>
        <translation>Kein Dokument ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Check out</source>
        <translation>Auschec&amp;ken</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>Save the changed fields</source>
        <translation>Geänderte Felder speichern</translation>
    </message>
    <message>
        <source>Delete the document with all its versions</source>
        <translation>Das Dokument mit allen Versionen löschen</translation>
    </message>
    <message>
        <source>Not checked out.</source>
        <translation>Nicht ausgecheckt.</translation>
    </message>
    <message>
        <source>Tell others that you are editing this document (for 3 days)</source>
        <translation>Anderen mitteilen, dass Sie dieses Dokument bearbeiten (für 3 Tage)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>Checked out by %1 until %2.</source>
        <translation>Ausgecheckt von %1 bis %2.</translation>
    </message>
    <message>
        <source>Checked out by %1 (the server has not confirmed it yet).</source>
        <translation>Ausgecheckt von %1 (vom Server noch nicht bestätigt).</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>Einchec&amp;ken</translation>
    </message>
    <message>
        <source>%1 has checked the document out; only they or a moderator can check it in.</source>
        <translation>%1 hat das Dokument ausgecheckt; nur diese Person oder ein Moderator kann es einchecken.</translation>
    </message>
    <message>
        <source>Release the check-out</source>
        <translation>Auschecken aufheben</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions for everyone?</source>
        <translation>„%1“ mit allen Versionen für alle löschen?</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>%1 Release it? Their unsaved work is not affected, but others may then change the document.</source>
        <translation>%1 Jetzt einchecken? Nicht gespeicherte Arbeit dieser Person ist davon nicht betroffen, aber andere können das Dokument dann ändern.</translation>
    </message>
    <message>
        <source>You changed “%1” and have not saved it yet.</source>
        <translation>Sie haben „%1“ geändert und noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The new version of “%1” has not been uploaded yet.</source>
        <translation>Die neue Version von „%1“ wurde noch nicht hochgeladen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save them before showing another document?</source>
        <translation>Vor dem Wechsel zu einem anderen Dokument speichern?</translation>
    </message>
    <message>
        <source>Someone deleted this document meanwhile; your changes were not saved. Copy what you need before choosing another document.</source>
        <translation>Jemand hat dieses Dokument inzwischen gelöscht; Ihre Änderungen wurden nicht gespeichert. Kopieren Sie, was Sie brauchen, bevor Sie ein anderes Dokument wählen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentFacts</name>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>No file yet</source>
        <translation>Noch keine Datei</translation>
    </message>
    <message>
        <source>Not on this device</source>
        <translation>Nicht auf diesem Gerät</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Auf diesem Gerät</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Offline verfügbar</translation>
    </message>
    <message>
        <source>Area kept offline</source>
        <translation>Bereich offline verfügbar</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf Hochladen</translation>
    </message>
    <message>
        <source>Uploading %1 %</source>
        <translation>Wird hochgeladen: %1 %</translation>
    </message>
    <message>
        <source>Upload stopped</source>
        <translation>Hochladen angehalten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentFilesPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Upload new version…</source>
        <translation>Neue Version h&amp;ochladen…</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>Ver&amp;sionen:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Komme&amp;ntar:</translation>
    </message>
    <message>
        <source>What changed in this version (optional)</source>
        <translation>Was sich in dieser Version geändert hat (optional)</translation>
    </message>
    <message>
        <source>Comment for the new version</source>
        <translation>Kommentar zur neuen Version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Übertragungsfortschritt</translation>
    </message>
    <message>
        <source>Downloading %p %</source>
        <translation>Wird heruntergeladen: %p %</translation>
    </message>
    <message>
        <source>%1 has checked the document out</source>
        <translation>%1 hat das Dokument ausgecheckt</translation>
    </message>
    <message>
        <source>%1 has checked the document out until %2</source>
        <translation>%1 hat das Dokument bis %2 ausgecheckt</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Wählen Sie zuerst ein Dokument aus.</translation>
    </message>
    <message>
        <source>%1; only editors can upload now.</source>
        <translation>%1; hochladen können jetzt nur Redakteure.</translation>
    </message>
    <message>
        <source>This document has no file yet.</source>
        <translation>Dieses Dokument hat noch keine Datei.</translation>
    </message>
    <message>
        <source>Choose a version.</source>
        <translation>Wählen Sie eine Version aus.</translation>
    </message>
    <message>
        <source>Open the chosen version (Enter)</source>
        <translation>Ausgewählte Version öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Save a copy of the chosen version</source>
        <translation>Eine Kopie der ausgewählten Version speichern</translation>
    </message>
    <message>
        <source>Add a file as the new version (or drop files here)</source>
        <translation>Eine Datei als neue Version hinzufügen (oder Dateien hierher ziehen)</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>Dies ist die aktuelle Version.</translation>
    </message>
    <message>
        <source>Make the chosen version the current one again</source>
        <translation>Die ausgewählte Version wieder zur aktuellen machen</translation>
    </message>
    <message>
        <source>Queue the files for upload</source>
        <translation>Die Dateien zum Hochladen vormerken</translation>
    </message>
    <message>
        <source>Uploading %p %</source>
        <translation>Wird hochgeladen: %p %</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Kopie von %1 speichern</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>Version %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Version %1 will become the current version.</source>
        <translation>Version %1 wird zur aktuellen Version.</translation>
    </message>
    <message>
        <source>Choose the new version&apos;s file</source>
        <translation>Datei für die neue Version auswählen</translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation>Neue Version: %1</translation>
    </message>
    <message>
        <source>Document checked out</source>
        <translation>Dokument ausgecheckt</translation>
    </message>
    <message>
        <source>%1. Upload anyway? This releases the check-out.</source>
        <translation>%1. Trotzdem hochladen? Dadurch wird das Auschecken aufgehoben.</translation>
    </message>
    <message>
        <source>Uploading %1.</source>
        <translation>%1 wird hochgeladen.</translation>
    </message>
    <message>
        <source>%1 will be uploaded when the connection is back.</source>
        <translation>%1 wird hochgeladen, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Upload finished.</source>
        <translation>Hochladen abgeschlossen.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentForm</name>
    <message>
        <source>(choose a category)</source>
        <translation>(Kategorie auswählen)</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Themen durch Kommas trennen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Th&amp;emen:</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentListColumns</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Auf diesem Gerät</translation>
    </message>
    <message>
        <source>Checked out by</source>
        <translation>Ausgecheckt von</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentOpener</name>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not on this device. Log in to download it.</source>
        <translation>%1 ist nicht auf diesem Gerät. Melden Sie sich an, um die Datei herunterzuladen.</translation>
    </message>
    <message>
        <source>Getting %1 …</source>
        <translation>%1 wird abgerufen …</translation>
    </message>
    <message>
        <source>%1 is not on this device yet; it will open when the connection is back.</source>
        <translation>%1 ist noch nicht auf diesem Gerät; die Datei wird geöffnet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>%1 could not be saved as %2: %3</source>
        <translation>%1 konnte nicht als %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be prepared for opening in %2: %3</source>
        <translation>%1 konnte nicht zum Öffnen in %2 vorbereitet werden: %3</translation>
    </message>
    <message>
        <source>No program could open %1. Use “Save as…” to keep a copy.</source>
        <translation>Kein Programm konnte %1 öffnen. Mit „Speichern unter…“ können Sie eine Kopie speichern.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not on this device yet; it will be saved when the connection is back.</source>
        <translation>%1 ist noch nicht auf diesem Gerät; die Datei wird gespeichert, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>%1 is a program or script. Opening it would run it on this computer, so Helfernetz does not open it. Use “Save as…” to keep a copy, and open it only if you trust where it came from.</source>
        <translation>%1 ist ein Programm oder Skript. Beim Öffnen würde es auf diesem Computer ausgeführt, daher öffnet Helfernetz es nicht. Mit „Speichern unter…“ können Sie eine Kopie ablegen; öffnen Sie sie nur, wenn Sie der Herkunft vertrauen.</translation>
    </message>
    <message>
        <source>%1 could not be prepared for opening in %2.</source>
        <translation>%1 konnte in %2 nicht zum Öffnen vorbereitet werden.</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentTransfers</name>
    <message>
        <source>%1 cannot be read: it is not a readable file.</source>
        <translation>%1 kann nicht gelesen werden: Es ist keine lesbare Datei.</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentUploadsView</name>
    <message>
        <source>Retr&amp;y</source>
        <translation>Er&amp;neut senden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Uploads of this document</source>
        <translation>Hochladevorgänge dieses Dokuments</translation>
    </message>
    <message>
        <source>Uploads &amp;queued:</source>
        <translation>Wartende Hochladevorg&amp;änge:</translation>
    </message>
    <message>
        <source>Restore of %1</source>
        <translation>Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>%1: stopped: %2</source>
        <translation>%1: angehalten: %2</translation>
    </message>
    <message>
        <source>%1: uploading %2 %</source>
        <translation>%1: wird hochgeladen, %2 %</translation>
    </message>
    <message>
        <source>%1: waiting for the connection</source>
        <translation>%1: wartet auf die Verbindung</translation>
    </message>
    <message>
        <source>%1: waiting to upload</source>
        <translation>%1: wartet auf das Hochladen</translation>
    </message>
    <message>
        <source>Choose a stopped upload.</source>
        <translation>Wählen Sie einen angehaltenen Hochladevorgang.</translation>
    </message>
    <message>
        <source>Send the chosen upload again</source>
        <translation>Den gewählten Hochladevorgang erneut senden</translation>
    </message>
    <message>
        <source>Choose an upload.</source>
        <translation>Wählen Sie einen Hochladevorgang.</translation>
    </message>
    <message>
        <source>Remove the chosen upload; its file is not sent</source>
        <translation>Den gewählten Hochladevorgang entfernen; seine Datei wird nicht gesendet</translation>
    </message>
    <message>
        <source>Document checked out</source>
        <translation>Dokument ausgecheckt</translation>
    </message>
    <message>
        <source>Someone else has checked this document out. Upload anyway? This releases their check-out.</source>
        <translation>Jemand anderes hat dieses Dokument ausgecheckt. Trotzdem hochladen? Damit wird das Auschecken aufgehoben.</translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentsPane</name>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Neues Dokument…</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>No area is available on this device.</source>
        <translation>Auf diesem Gerät ist kein Bereich verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Filter by category:</source>
        <translation>Nach Kategorie &amp;filtern:</translation>
    </message>
    <message>
        <source>wit&amp;h tag:</source>
        <translation>&amp;mit Thema:</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
</context>
<context>
    <name>hn::client::EditClashDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>Someone else changed these fields while you were editing. Choose for each field which value to keep.</source>
        <translation>Jemand anderes hat diese Felder geändert, während Sie bearbeitet haben. Wählen Sie für jedes Feld, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Ihr Wert: %1</translation>
    </message>
    <message>
        <source>Now on the server: %1</source>
        <translation>Jetzt auf dem Server: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <source>Choose a value for every field first.</source>
        <translation>Wählen Sie zuerst für jedes Feld einen Wert.</translation>
    </message>
</context>
<context>
    <name>hn::client::LoginDialog</name>
    <message>
        <source>Log in to Helfernetz</source>
        <translation>Bei Helfernetz anmelden</translation>
    </message>
    <message>
        <source>e.g. helfernetz.landkreis.de:443</source>
        <translation>z. B. helfernetz.landkreis.de:443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>optional, for a private certificate</source>
        <translation>optional, für ein eigenes Zertifikat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the CA file (PEM) of your organisation&apos;s certificate</source>
        <translation>CA-Datei (PEM) des Zertifikats Ihrer Organisation auswählen</translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Request access…</source>
        <translation>&amp;Zugang beantragen…</translation>
    </message>
    <message>
        <source>I have an &amp;activation code…</source>
        <translation>Ich habe einen A&amp;ktivierungscode…</translation>
    </message>
    <message>
        <source>Helfernetz on %1</source>
        <translation>Helfernetz auf %1</translation>
    </message>
    <message>
        <source>CA file of the server&apos;s certificate</source>
        <translation>CA-Datei des Serverzertifikats</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the server address you were given.</source>
        <translation>Geben Sie die Serveradresse ein, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>hn::client::MainWindow</name>
    <message>
        <source>Helfernetz – %1</source>
        <translation>Helfernetz – %1</translation>
    </message>
    <message>
        <source>Helfernetz – %1 (offline)</source>
        <translation>Helfernetz – %1 (offline)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Log out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Helfernetz</source>
        <translation>Ü&amp;ber Helfernetz</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>D&amp;iscussions</source>
        <translation>D&amp;iskussionen</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>A&amp;usgang</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>K&amp;onflikte</translation>
    </message>
    <message>
        <source>Set &amp;aside</source>
        <translation>&amp;Zurückgestellt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search contacts, documents, discussions (Ctrl+K)</source>
        <translation>Kontakte, Dokumente, Diskussionen durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Opened offline without a session: log in to synchronise.</source>
        <translation>Offline ohne Sitzung geöffnet: Melden Sie sich an, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>Synchronise with the server now (F5)</source>
        <translation>Jetzt mit dem Server synchronisieren (F5)</translation>
    </message>
    <message>
        <source>About Helfernetz</source>
        <translation>Über Helfernetz</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Helfernetz&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Contacts, documents and discussions of the refugee-aid network, online and offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Helfernetz&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Kontakte, Dokumente und Diskussionen des Netzwerks der Flüchtlingshilfe, online und offline.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have unsaved changes (an open editor, a post or a comment you are writing). Discard them?</source>
        <translation>Sie haben nicht gespeicherte Änderungen (ein geöffnetes Bearbeitungsfenster, einen Beitrag oder einen Kommentar, den Sie gerade schreiben). Verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>hn::client::NavigationModel</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeinden</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Other areas</source>
        <translation>Weitere Bereiche</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Archived: read-only for everyone</source>
        <translation>Archiviert: für alle schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>hn::client::NavigationPanel</name>
    <message>
        <source>Sections</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>Ans&amp;ichten</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>A&amp;reas</source>
        <translation>Be&amp;reiche</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Diskussionen</translation>
    </message>
    <message numerus="yes">
        <source>Outbox (%n)</source>
        <translation>
            <numerusform>Ausgang (%n)</numerusform>
            <numerusform>Ausgang (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Ausgang</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Konflikte (%n)</numerusform>
            <numerusform>Konflikte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>Set aside (%n)</source>
        <translation>
            <numerusform>Zurückgestellt (%n)</numerusform>
            <numerusform>Zurückgestellt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>hn::client::NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Optional: the first file</source>
        <translation>Optional: die erste Datei</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>Erste Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose the first file</source>
        <translation>Erste Datei auswählen</translation>
    </message>
    <message>
        <source>There is no area in which you may add documents.</source>
        <translation>Es gibt keinen Bereich, in dem Sie Dokumente hinzufügen dürfen.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>hn::client::NewThreadDialog</name>
    <message>
        <source>New discussion</source>
        <translation>Neue Diskussion</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>You cannot write in any area.</source>
        <translation>Sie können in keinem Bereich schreiben.</translation>
    </message>
    <message>
        <source>&amp;Start discussion</source>
        <translation>Diskussion &amp;starten</translation>
    </message>
    <message>
        <source>Choose an area you may write in.</source>
        <translation>Wählen Sie einen Bereich aus, in dem Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>hn::client::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Grund des Servers</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Der Ausgang konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>hn::client::OutboxView</name>
    <message>
        <source>Nothing waiting: every change has reached the server.</source>
        <translation>Nichts ausstehend: Alle Änderungen haben den Server erreicht.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outbox&lt;/b&gt;: changes not yet accepted by the server</source>
        <translation>&lt;b&gt;Ausgang&lt;/b&gt;: Änderungen, die der Server noch nicht angenommen hat</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>Ausgewählte Änderung</translation>
    </message>
    <message>
        <source>Open the record to correct it, then retry</source>
        <translation>Den Eintrag zum Korrigieren öffnen und danach erneut senden</translation>
    </message>
    <message>
        <source>Send the refused change again</source>
        <translation>Die abgelehnte Änderung erneut senden</translation>
    </message>
    <message>
        <source>Drop the refused change; the record goes back to the server&apos;s state</source>
        <translation>Die abgelehnte Änderung verwerfen; der Eintrag erhält wieder den Stand des Servers</translation>
    </message>
    <message>
        <source>Select a change to see what happened to it.</source>
        <translation>Wählen Sie eine Änderung aus, um zu sehen, was mit ihr geschehen ist.</translation>
    </message>
    <message>
        <source>“%1” waits to be sent; it goes out at the next synchronisation.</source>
        <translation>„%1“ wartet auf das Senden; die Änderung wird bei der nächsten Synchronisation gesendet.</translation>
    </message>
    <message>
        <source>“%1” is being sent to the server.</source>
        <translation>„%1“ wird an den Server gesendet.</translation>
    </message>
    <message>
        <source>The change goes out again at the next synchronisation.</source>
        <translation>Die Änderung wird bei der nächsten Synchronisation erneut gesendet.</translation>
    </message>
    <message>
        <source>The change could not be sent again: %1</source>
        <translation>Die Änderung konnte nicht erneut gesendet werden: %1</translation>
    </message>
    <message>
        <source>Discard the new record “%1”? It never reached the server and will be removed from this computer.</source>
        <translation>Neuen Eintrag „%1“ verwerfen? Er hat den Server nie erreicht und wird von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”? The record goes back to the state the server has; your changes are lost.</source>
        <translation>Ihre Änderungen an „%1“ verwerfen? Der Eintrag erhält wieder den Stand des Servers; Ihre Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>The change to “%1” was discarded.</source>
        <translation>Die Änderung an „%1“ wurde verworfen.</translation>
    </message>
    <message>
        <source>The change could not be discarded: %1</source>
        <translation>Die Änderung konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Eintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The server refused the change to “%1”. %2
Correct the record (Open record) and send it again (Retry), or discard the change.</source>
        <translation>Der Server hat die Änderung an „%1“ abgelehnt. %2
Korrigieren Sie den Eintrag (Eintrag öffnen) und senden Sie ihn erneut (Erneut senden), oder verwerfen Sie die Änderung.</translation>
    </message>
</context>
<context>
    <name>hn::client::Permissions</name>
    <message>
        <source>This area is not available on this device.</source>
        <translation>Dieser Bereich ist auf diesem Gerät nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>hn::client::PostDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · edited</source>
        <translation> · bearbeitet</translation>
    </message>
    <message>
        <source> · not sent yet</source>
        <translation> · noch nicht gesendet</translation>
    </message>
    <message>
        <source> · refused by the server: %1</source>
        <translation> · vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>In reply to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
</context>
<context>
    <name>hn::client::PostEditor</name>
    <message>
        <source>&amp;Attach document…</source>
        <translation>Do&amp;kument anhängen…</translation>
    </message>
    <message>
        <source>Re&amp;move attachment</source>
        <translation>Anhang &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write a new post instead (Esc)</source>
        <translation>Stattdessen einen neuen Beitrag schreiben (Esc)</translation>
    </message>
    <message>
        <source>Cancel reply or edit</source>
        <translation>Antwort oder Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Your post (Markdown):</source>
        <translation>Ihr Beitrag (&amp;Markdown):</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Beitragstext</translation>
    </message>
    <message>
        <source>Write here. *Emphasis*, lists, [links](https://…) and &gt; quotes work. Ctrl+Enter sends.</source>
        <translation>Schreiben Sie hier. *Hervorhebung*, Listen, [Links](https://…) und &gt; Zitate sind möglich. Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <source>Preview of the post</source>
        <translation>Vorschau des Beitrags</translation>
    </message>
    <message>
        <source>Problem with the post</source>
        <translation>Problem mit dem Beitrag</translation>
    </message>
    <message>
        <source>Length of the post</source>
        <translation>Länge des Beitrags</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Angehängte Dokumente</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show the post as it will look</source>
        <translation>Beitrag so anzeigen, wie er aussehen wird</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>In reply to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>Editing your post</source>
        <translation>Sie bearbeiten Ihren Beitrag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Attach a document of this area</source>
        <translation>Ein Dokument dieses Bereichs anhängen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Discard your text?</source>
        <translation>Ihren Text verwerfen?</translation>
    </message>
    <message>
        <source>The post you are writing has not been sent. Discard it?</source>
        <translation>Der Beitrag, den Sie schreiben, wurde noch nicht gesendet. Verwerfen?</translation>
    </message>
    <message>
        <source>Your changes to the post have not been saved. Discard them?</source>
        <translation>Ihre Änderungen am Beitrag wurden noch nicht gespeichert. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>hn::client::PostListModel</name>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a deleted post</source>
        <translation>ein gelöschter Beitrag</translation>
    </message>
    <message>
        <source>a post that cannot be read</source>
        <translation>ein Beitrag, der nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(noch nicht gesendet)</translation>
    </message>
    <message>
        <source>(refused by the server: %1)</source>
        <translation>(vom Server abgelehnt: %1)</translation>
    </message>
</context>
<context>
    <name>hn::client::RecordDescription</name>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Document version</source>
        <translation>Dokumentversion</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation>Verzeichniseintrag</translation>
    </message>
    <message>
        <source>Read marker</source>
        <translation>Lesemarkierung</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Sprechzeiten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation>Zielart</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>hn::client::SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No results for &quot;%1&quot;.</source>
        <translation>Keine Ergebnisse für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“:</numerusform>
            <numerusform>%n Ergebnisse für „%1“:</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>hn::client::SearchResultsModel</name>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Kontakte (%n)</numerusform>
            <numerusform>Kontakte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Dokumente (%n)</numerusform>
            <numerusform>Dokumente (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discussions (%n)</source>
        <translation>
            <numerusform>Diskussionen (%n)</numerusform>
            <numerusform>Diskussionen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(post)</source>
        <translation>(Beitrag)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>hn::client::SessionEndNotice</name>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This session was logged out on another device. Please log in again.</source>
        <translation>Diese Sitzung wurde auf einem anderen Gerät abgemeldet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your password was changed. Please log in with the new password.</source>
        <translation>Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <source>Your password was reset by an administrator. Log in with the activation code you received (&quot;I have an activation code&quot;).</source>
        <translation>Ihr Passwort wurde von der Administration zurückgesetzt. Melden Sie sich mit dem erhaltenen Aktivierungscode an („Ich habe einen Aktivierungscode“).</translation>
    </message>
    <message>
        <source>An administrator ended your sessions (for example after a change of your role). Please log in again.</source>
        <translation>Die Administration hat Ihre Sitzungen beendet (zum Beispiel nach einer Änderung Ihrer Rolle). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account was disabled. Please contact your coordinator.</source>
        <translation>Ihr Konto wurde deaktiviert. Bitte wenden Sie sich an Ihre Koordination.</translation>
    </message>
    <message>
        <source>This device was removed from Helfernetz by an administrator.</source>
        <translation>Dieses Gerät wurde von der Administration aus Helfernetz entfernt.</translation>
    </message>
    <message>
        <source>The server no longer accepts this session (%1). Please log in again.</source>
        <translation>Der Server akzeptiert diese Sitzung nicht mehr (%1). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This profile is locked: the server ended its session. Log in to unlock it; nothing is lost.</source>
        <translation>Dieses Profil ist gesperrt: Der Server hat die Sitzung beendet. Melden Sie sich an, um es zu entsperren; es geht nichts verloren.</translation>
    </message>
    <message numerus="yes">
        <source>This profile is locked because Helfernetz has not reached the server since %1 (more than %n day(s)). Log in to unlock it; nothing is lost.</source>
        <translation>
            <numerusform>Dieses Profil ist gesperrt, weil Helfernetz den Server seit %1 nicht erreicht hat (seit mehr als %n Tag). Melden Sie sich an, um es zu entsperren; es geht nichts verloren.</numerusform>
            <numerusform>Dieses Profil ist gesperrt, weil Helfernetz den Server seit %1 nicht erreicht hat (seit mehr als %n Tagen). Melden Sie sich an, um es zu entsperren; es geht nichts verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Helfernetz data on this computer has been deleted.</source>
        <translation>Die Helfernetz-Daten auf diesem Computer wurden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n Änderung noch nicht gesendet</numerusform>
            <numerusform>%n Änderungen noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of these, %n refused by the server</source>
        <translation>
            <numerusform>davon %n vom Server abgelehnt</numerusform>
            <numerusform>davon %n vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with both versions</source>
        <translation>
            <numerusform>%n Konflikt mit beiden Fassungen</numerusform>
            <numerusform>%n Konflikte mit beiden Fassungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) set aside</source>
        <translation>
            <numerusform>%n zurückgestellter Eintrag</numerusform>
            <numerusform>%n zurückgestellte Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for upload</source>
        <translation>
            <numerusform>%n Datei wartet auf das Hochladen</numerusform>
            <numerusform>%n Dateien warten auf das Hochladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Work that had not reached the server was saved first:</source>
        <translation>Arbeit, die den Server noch nicht erreicht hatte, wurde zuvor gesichert:</translation>
    </message>
    <message>
        <source>The saved file: %1</source>
        <translation>Die gesicherte Datei: %1</translation>
    </message>
    <message>
        <source>The files: %1</source>
        <translation>Die Dateien: %1</translation>
    </message>
    <message>
        <source>Give it to your coordinator if the work is still needed.</source>
        <translation>Geben Sie sie an Ihre Koordination weiter, falls die Arbeit noch benötigt wird.</translation>
    </message>
</context>
<context>
    <name>hn::client::SetAsideModel</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Why set aside</source>
        <translation>Grund der Zurückstellung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Your access to the area was withdrawn before this change reached the server.</source>
        <translation>Ihr Zugang zum Bereich wurde entzogen, bevor diese Änderung den Server erreicht hat.</translation>
    </message>
    <message>
        <source>Your access to the area “%1” was withdrawn before this change reached the server.</source>
        <translation>Ihr Zugang zum Bereich „%1“ wurde entzogen, bevor diese Änderung den Server erreicht hat.</translation>
    </message>
    <message>
        <source>The work set aside could not be read: %1</source>
        <translation>Die zurückgestellten Einträge konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>hn::client::SetAsideView</name>
    <message>
        <source>Nothing set aside.</source>
        <translation>Nichts zurückgestellt.</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set aside&lt;/b&gt;: your unsynchronised work in areas you can no longer access. Export it to keep it, then dismiss it.</source>
        <translation>&lt;b&gt;Zurückgestellt&lt;/b&gt;: Ihre nicht synchronisierte Arbeit in Bereichen, auf die Sie keinen Zugriff mehr haben. Exportieren Sie sie, um sie zu behalten, und verwerfen Sie sie anschließend.</translation>
    </message>
    <message>
        <source>Work set aside</source>
        <translation>Zurückgestellte Arbeit</translation>
    </message>
    <message>
        <source>Fields of the selected item</source>
        <translation>Felder des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Save every item set aside to a file</source>
        <translation>Alle zurückgestellten Einträge in einer Datei speichern</translation>
    </message>
    <message>
        <source>Remove the selected item from this computer</source>
        <translation>Ausgewählten Eintrag von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>Select an item to see its fields.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation>%1 „%2“, %3</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>* changed by you</source>
        <translation>* von Ihnen geändert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not export the work set aside: %1</source>
        <translation>Die zurückgestellte Arbeit konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Helfernetz-set-aside-%1.json</source>
        <translation>Helfernetz-zurückgestellt-%1.json</translation>
    </message>
    <message>
        <source>Export work set aside</source>
        <translation>Zurückgestellte Arbeit exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Dismiss set-aside work</source>
        <translation>Zurückgestellte Arbeit verwerfen</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? The work in it is lost unless you exported it.</source>
        <translation>„%1“ von diesem Computer entfernen? Die darin enthaltene Arbeit geht verloren, sofern Sie sie nicht exportiert haben.</translation>
    </message>
    <message>
        <source>“%1” was dismissed.</source>
        <translation>„%1“ wurde verworfen.</translation>
    </message>
    <message>
        <source>Could not dismiss “%1”: %2</source>
        <translation>„%1“ konnte nicht verworfen werden: %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>hn::client::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Helfernetz starts next time.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Helfernetz.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Document &amp;cache:</source>
        <translation>&amp;Zwischenspeicher für Dokumente:</translation>
    </message>
    <message>
        <source>Start &amp;minimized (in the system tray)</source>
        <translation>&amp;Minimiert starten (im Infobereich)</translation>
    </message>
    <message>
        <source>&amp;Notify me of new posts in threads I follow</source>
        <translation>Bei neuen Beiträgen in Diskussionen, denen ich folge, &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>This desktop has no system tray; notifications appear once it has one.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich; Benachrichtigungen erscheinen, sobald einer vorhanden ist.</translation>
    </message>
    <message>
        <source>Log &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>%1 in use. Pinned documents and those of offline areas are kept even above this size.</source>
        <translation>%1 belegt. Offline verfügbar gehaltene Dokumente und Dokumente von Offline-Bereichen werden auch über diese Größe hinaus behalten.</translation>
    </message>
</context>
<context>
    <name>hn::client::SyncStatusBar</name>
    <message>
        <source>Synchronisation progress</source>
        <translation>Fortschritt der Synchronisation</translation>
    </message>
    <message>
        <source>File transfer progress</source>
        <translation>Fortschritt der Dateiübertragung</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Ausgang anzeigen</translation>
    </message>
    <message>
        <source>Show the changes the server refused</source>
        <translation>Vom Server abgelehnte Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Show the conflicts to decide</source>
        <translation>Zu entscheidende Konflikte anzeigen</translation>
    </message>
    <message>
        <source>Show work set aside after access to an area was removed</source>
        <translation>Zurückgestellte Einträge anzeigen (nach Entzug des Zugangs zu einem Bereich)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Opened without a connection to the server; changes wait in the outbox until you log in.</source>
        <translation>Ohne Verbindung zum Server geöffnet; Änderungen warten im Ausgang, bis Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last synchronisation</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <source>Outbox unreadable</source>
        <translation>Ausgang nicht lesbar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Synchronisationsfehler</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n zurückgestellt</numerusform>
            <numerusform>%n zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet synchronised</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Receiving records: %1 of %2</source>
        <translation>Einträge werden empfangen: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird hochgeladen</numerusform>
            <numerusform>%n Dateien werden hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird heruntergeladen</numerusform>
            <numerusform>%n Dateien werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferring %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird übertragen</numerusform>
            <numerusform>%n Dateien werden übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
</context>
<context>
    <name>hn::client::ThreadHeader</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>A&amp;nheften</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>State of the discussion</source>
        <translation>Status der Diskussion</translation>
    </message>
    <message>
        <source>Get notified about new posts in this discussion</source>
        <translation>Über neue Beiträge in dieser Diskussion benachrichtigt werden</translation>
    </message>
    <message>
        <source>&amp;Following</source>
        <translation>Ge&amp;folgt</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Locked: only moderators can post</source>
        <translation>Gesperrt: Nur Moderatoren können Beiträge schreiben</translation>
    </message>
    <message>
        <source>Release the discussion from the top of the list</source>
        <translation>Diskussion nicht mehr oben in der Liste halten</translation>
    </message>
    <message>
        <source>Keep the discussion at the top of the list</source>
        <translation>Diskussion oben in der Liste halten</translation>
    </message>
    <message>
        <source>Allow posts again</source>
        <translation>Beiträge wieder zulassen</translation>
    </message>
    <message>
        <source>Allow posts by moderators only</source>
        <translation>Nur noch Beiträge von Moderatoren zulassen</translation>
    </message>
</context>
<context>
    <name>hn::client::ThreadListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Begonnen von</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
</context>
<context>
    <name>hn::client::ThreadView</name>
    <message>
        <source>&amp;Reply</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Zitieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Bearbei&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Choose a discussion from the list.</source>
        <translation>Wählen Sie eine Diskussion aus der Liste aus.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>This discussion is locked; only moderators can post in it or edit its posts.</source>
        <translation>Diese Diskussion ist gesperrt; nur Moderatoren können darin schreiben oder ihre Beiträge bearbeiten.</translation>
    </message>
    <message>
        <source>Choose a post first.</source>
        <translation>Wählen Sie zuerst einen Beitrag aus.</translation>
    </message>
    <message>
        <source>Answer the chosen post (Ctrl+R)</source>
        <translation>Auf den ausgewählten Beitrag antworten (Strg+R)</translation>
    </message>
    <message>
        <source>Answer the chosen post and quote it (Ctrl+Shift+R)</source>
        <translation>Auf den ausgewählten Beitrag antworten und ihn zitieren (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Change the chosen post (F2)</source>
        <translation>Den ausgewählten Beitrag bearbeiten (F2)</translation>
    </message>
    <message>
        <source>Delete the chosen post (Del)</source>
        <translation>Den ausgewählten Beitrag löschen (Entf)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Delete this post by %1? Everyone in the area will no longer see it.</source>
        <translation>Diesen Beitrag von %1 löschen? Er ist dann für niemanden im Bereich mehr sichtbar.</translation>
    </message>
    <message>
        <source>This link is not opened: %1</source>
        <translation>Dieser Link wird nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Open a&amp;ttachment or link</source>
        <translation>Anhang &amp;oder Link öffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The chosen post has no attachments or links.</source>
        <translation>Der ausgewählte Beitrag hat keine Anhänge oder Links.</translation>
    </message>
    <message>
        <source>Open a document attached to the chosen post, or a link in it</source>
        <translation>Ein an den ausgewählten Beitrag angehängtes Dokument oder einen darin enthaltenen Link öffnen</translation>
    </message>
</context>
<context>
    <name>hn::client::TokenStore</name>
    <message>
        <source>No keychain is available on this computer (%1). The session is kept only until you close Helfernetz; you will have to log in again at the next start.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar (%1). Die Sitzung bleibt nur erhalten, bis Sie Helfernetz schließen; beim nächsten Start müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>kein Schlüsselbunddienst</translation>
    </message>
</context>
<context>
    <name>hn::client::TrayNotifier</name>
    <message>
        <source>Helfernetz</source>
        <translation>Helfernetz</translation>
    </message>
    <message>
        <source>&amp;Show Helfernetz</source>
        <translation>Helfernetz &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>New post in &quot;%1&quot;</source>
        <translation>Neuer Beitrag in „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s) in threads you follow</source>
        <translation>
            <numerusform>%n neuer Beitrag in Diskussionen, denen Sie folgen</numerusform>
            <numerusform>%n neue Beiträge in Diskussionen, denen Sie folgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::VersionHistoryModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The file is on this device and opens without a connection.</source>
        <translation>Die Datei ist auf diesem Gerät gespeichert und lässt sich ohne Verbindung öffnen.</translation>
    </message>
    <message>
        <source>The file is downloaded when you open it.</source>
        <translation>Die Datei wird heruntergeladen, wenn Sie sie öffnen.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Hochgeladen von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Auf diesem Gerät</translation>
    </message>
</context>
<context>
    <name>hn::common::Policy</name>
    <message>
        <source>Needs level reader or higher in this space.</source>
        <translation>Erfordert in diesem Bereich mindestens die Stufe „Leser“.</translation>
    </message>
    <message>
        <source>Needs level author or higher in this space.</source>
        <translation>Erfordert in diesem Bereich mindestens die Stufe „Autor“.</translation>
    </message>
    <message>
        <source>Needs level editor or higher in this space.</source>
        <translation>Erfordert in diesem Bereich mindestens die Stufe „Redakteur“.</translation>
    </message>
    <message>
        <source>Needs level moderator in this space.</source>
        <translation>Erfordert in diesem Bereich die Stufe „Moderator“.</translation>
    </message>
    <message>
        <source>Needs a higher level in this space.</source>
        <translation>Erfordert in diesem Bereich eine höhere Stufe.</translation>
    </message>
    <message>
        <source>Your account has not been activated yet.</source>
        <translation>Ihr Konto ist noch nicht aktiviert.</translation>
    </message>
    <message>
        <source>Your account is disabled.</source>
        <translation>Ihr Konto ist gesperrt.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Unbekannte Aktion.</translation>
    </message>
    <message>
        <source>This action needs a space.</source>
        <translation>Diese Aktion braucht einen Bereich.</translation>
    </message>
    <message>
        <source>This action does not apply to a space.</source>
        <translation>Diese Aktion bezieht sich nicht auf einen Bereich.</translation>
    </message>
    <message>
        <source>This action needs a record to tell whose it is.</source>
        <translation>Für diese Aktion muss feststehen, wem der Eintrag gehört.</translation>
    </message>
    <message>
        <source>This space is archived.</source>
        <translation>Dieser Bereich ist archiviert.</translation>
    </message>
    <message>
        <source>Only coordinators and admins approve access requests.</source>
        <translation>Nur Koordination und Administration genehmigen Zugangsanträge.</translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation>Nur die Administration verwaltet Benutzer.</translation>
    </message>
    <message>
        <source>Only admins read the audit log.</source>
        <translation>Nur die Administration liest das Protokoll der Änderungen.</translation>
    </message>
    <message>
        <source>Only coordinators and admins create spaces.</source>
        <translation>Nur Koordination und Administration legen Bereiche an.</translation>
    </message>
    <message>
        <source>Guests have read-only access.</source>
        <translation>Gäste haben nur Lesezugriff.</translation>
    </message>
    <message>
        <source>This space is not open to guests.</source>
        <translation>Dieser Bereich ist für Gäste nicht freigegeben.</translation>
    </message>
    <message>
        <source>You are not a member of this space.</source>
        <translation>Sie sind nicht Mitglied dieses Bereichs.</translation>
    </message>
    <message>
        <source>Only coordinators and admins change a space&apos;s settings.</source>
        <translation>Nur Koordination und Administration ändern die Einstellungen eines Bereichs.</translation>
    </message>
    <message>
        <source>You can only edit your own records.</source>
        <translation>Sie können nur Ihre eigenen Einträge bearbeiten.</translation>
    </message>
    <message>
        <source>You can only delete your own records.</source>
        <translation>Sie können nur Ihre eigenen Einträge löschen.</translation>
    </message>
    <message>
        <source>This is the last active admin; make someone else admin first.</source>
        <translation>Dies ist das letzte aktive Administrationskonto; ernennen Sie zuerst jemand anderen zur Administration.</translation>
    </message>
    <message>
        <source>Nobody can change their own role or status; ask another admin.</source>
        <translation>Niemand kann die eigene Rolle oder den eigenen Status ändern; wenden Sie sich an eine andere Administration.</translation>
    </message>
    <message>
        <source>Your account has no municipality, so you review no access requests.</source>
        <translation>Ihrem Konto ist keine Gemeinde zugeordnet; daher prüfen Sie keine Zugangsanträge.</translation>
    </message>
    <message>
        <source>Coordinators review only the access requests of their own municipality.</source>
        <translation>Die Koordination prüft nur die Zugangsanträge der eigenen Gemeinde.</translation>
    </message>
    <message>
        <source>Coordinators grant only the roles member and guest.</source>
        <translation>Die Koordination vergibt nur die Rollen „Mitglied“ und „Gast“.</translation>
    </message>
    <message>
        <source>Nobody can raise their own level; ask a moderator or an admin.</source>
        <translation>Niemand kann die eigene Stufe erhöhen; wenden Sie sich an die Moderation oder die Administration.</translation>
    </message>
    <message>
        <source>You cannot grant or change a level above your own.</source>
        <translation>Sie können keine Stufe über Ihrer eigenen vergeben oder ändern.</translation>
    </message>
    <message>
        <source>Only admins archive spaces or open them to guests.</source>
        <translation>Nur die Administration archiviert Bereiche oder gibt sie für Gäste frei.</translation>
    </message>
</context>
<context>
    <name>hn::common::RecordValidation</name>
    <message>
        <source>at most %1 entries are allowed</source>
        <translation>höchstens %1 Einträge sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be person or organization</source>
        <translation>muss „Person“ oder „Organisation“ sein</translation>
    </message>
    <message>
        <source>a person needs a given or family name</source>
        <translation>eine Person braucht einen Vor- oder Nachnamen</translation>
    </message>
    <message>
        <source>an organization needs a name</source>
        <translation>eine Organisation braucht einen Namen</translation>
    </message>
    <message>
        <source>a contact cannot belong to itself</source>
        <translation>ein Kontakt kann nicht zu sich selbst gehören</translation>
    </message>
    <message>
        <source>must be a lower-case ISO 639 code such as &quot;de&quot; or &quot;prs&quot;</source>
        <translation>muss ein kleingeschriebener ISO-639-Code sein, etwa „de“ oder „prs“</translation>
    </message>
    <message>
        <source>must be five digits</source>
        <translation>muss aus fünf Ziffern bestehen</translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation>ein Dokument braucht einen Titel</translation>
    </message>
    <message>
        <source>a document needs a category</source>
        <translation>ein Dokument braucht eine Kategorie</translation>
    </message>
    <message>
        <source>a post belongs to a thread</source>
        <translation>ein Beitrag gehört zu einer Diskussion</translation>
    </message>
    <message>
        <source>a post needs a text</source>
        <translation>ein Beitrag braucht einen Text</translation>
    </message>
    <message>
        <source>a favourite needs the type of what it marks</source>
        <translation>ein Favorit braucht die Art dessen, was er markiert</translation>
    </message>
    <message>
        <source>only contacts, documents, threads and spaces can be favourites</source>
        <translation>nur Kontakte, Dokumente, Diskussionen und Bereiche können Favoriten sein</translation>
    </message>
    <message>
        <source>a favourite needs the id of what it marks</source>
        <translation>ein Favorit braucht die Kennung dessen, was er markiert</translation>
    </message>
    <message>
        <source>a thread needs a title</source>
        <translation>eine Diskussion braucht einen Titel</translation>
    </message>
    <message>
        <source>a read marker belongs to a thread</source>
        <translation>eine Lesemarkierung gehört zu einer Diskussion</translation>
    </message>
</context>
<context>
    <name>hn::common::Validation</name>
    <message>
        <source>is not valid UTF-8</source>
        <translation>ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>contains a control character (U+%1) at position %2</source>
        <translation>enthält ein Steuerzeichen (U+%1) an Position %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is longer than %1 bytes</source>
        <translation>ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>muss mindestens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>is not a phone number (digits, spaces and + - / ( ) only)</source>
        <translation>ist keine Telefonnummer (nur Ziffern, Leerzeichen und + - / ( ))</translation>
    </message>
    <message>
        <source>is not a UUID in canonical form</source>
        <translation>ist keine UUID in kanonischer Form</translation>
    </message>
</context>
</TS>
