<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>helfernetz</name>
    <message>
        <source>Helfernetz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helfernetz cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::AccessRequestDialog</name>
    <message>
        <source>Request access to Helfernetz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinator of your municipality checks your request and sends you an activation code. With it you choose your password (&quot;I have an activation code&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Caritas, Jobcenter, a volunteer initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you would like to use Helfernetz for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was sent. You will hear from a coordinator by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ActivationDialog</name>
    <message>
        <source>Activate your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter the activation code you received from your coordinator and choose your password (at least %n characters).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the activation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation code is not valid for this e-mail address (or it was used already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not activated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::AttachmentPicker</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from the title, tags or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents of this area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::AuthorNames</name>
    <message>
        <source>Unknown author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ClientSession</name>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile on this computer yet to open offline. Log in once while the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Helfernetz profile in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helfernetz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helfernetz – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline, not signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data on this computer is kept and opens again after the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data could not be deleted yet and stays locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet (waiting, refused or in conflict). They stay on this computer and are sent when you log in here again; nobody else sees them until then. Log out anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log out anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::CommandLine</name>
    <message>
        <source>Helfernetz: contacts, documents and discussions of the network, online and offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file (PEM) for a server with a private certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in without the dialog, with the password in this file (its first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile directory to open (with --offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile without contacting the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print first-paint-ms=&lt;ms since process start&gt; rss-kb=&lt;kB&gt; once the first rows are painted, then quit (start-up benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of this start: de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file needs --server and --email as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile-dir opens a profile offline; add --offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not offered; choose de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ConflictDialog</name>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) was changed on this computer and on the server at the same time. For each field, choose your value, the server&apos;s value, or a merged value you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theirs (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My value of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s value of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both lists together, without duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be combined; choose one side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed “%1” on this computer, but it was deleted on the server meanwhile. Restore it with your changes, or accept the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deleted “%1” on this computer, but it was changed on the server meanwhile. Delete it anyway, or keep it as the server has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer (your changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the record with my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the record as the server has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record comes back as a new record with your fields; links to the old one are not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value for every field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every conflict could be resolved; the others were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ConflictModel</name>
    <message>
        <source>Whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ConflictView</name>
    <message>
        <source>No conflicts: nothing waits for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt;: changes made here and on the server at the same time. Nothing is decided without you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare both sides and decide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ConnectionProblem</name>
    <message>
        <source>The secure connection to %1 failed: the server&apos;s certificate is not trusted or does not match its address. If your organisation uses a certificate of its own, choose its CA file. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helfernetz cannot reach the server at %1. Check the server address and the network connection. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ContactCard</name>
    <message>
        <source>No contact selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e-mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ContactColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO codes, separated by commas: de, en, uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address. Write it like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits, spaces and + ( ) / - only, with at least 3 digits, like +49 6543 81-234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization &quot;%1&quot; in this area. Pick one from the list or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create contacts in any area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address supplement:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ContactEntryList</name>
    <message>
        <source>Add phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove e-mail address %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ContactsPane</name>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, function, topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area is available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create contacts in any area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact &quot;%1&quot;? Everyone with access to this area will no longer see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DiscussionsPane</name>
    <message>
        <source>&amp;New discussion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from titles and posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot start discussions in any area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a discussion (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentCategory</name>
    <message>
        <source>Flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentDetail</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this &amp;whole area offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current file of this document on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current files of every document of this area on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the document with all its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell others that you are editing this document (for 3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out by %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out by %1 (the server has not confirmed it yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has checked the document out; only they or a moderator can check it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions for everyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Release it? Their unsaved work is not affected, but others may then change the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentFacts</name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentFilesPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this version (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has checked the document out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has checked the document out until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; only editors can upload now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen version (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file as the new version (or drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the chosen version the current one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the files for upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stopped upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the chosen upload again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen upload; its file is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: uploading %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 will become the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new version&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Upload anyway? This releases the check-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be uploaded when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has checked this document out. Upload anyway? This releases their check-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads &amp;queued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentForm</name>
    <message>
        <source>(choose a category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentListColumns</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentOpener</name>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this device. Log in to download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this device yet; it will open when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be prepared for opening in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open %1. Use “Save as…” to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this device yet; it will be saved when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentTransfers</name>
    <message>
        <source>%1 cannot be read: it is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::DocumentsPane</name>
    <message>
        <source>&amp;New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area is available on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter by category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wit&amp;h tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::LoginDialog</name>
    <message>
        <source>Log in to Helfernetz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. helfernetz.landkreis.de:443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for a private certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA file (PEM) of your organisation&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an &amp;activation code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helfernetz on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file of the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::MainWindow</name>
    <message>
        <source>Helfernetz – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helfernetz – %1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Helfernetz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts, documents, discussions (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened offline without a session: log in to synchronise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise with the server now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Helfernetz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Helfernetz&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Contacts, documents and discussions of the refugee-aid network, online and offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::NavigationModel</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: read-only for everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::NavigationPanel</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;reas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set aside (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the first file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no area in which you may add documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::NewThreadDialog</name>
    <message>
        <source>New discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot write in any area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an area you may write in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::OutboxView</name>
    <message>
        <source>Nothing waiting: every change has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Outbox&lt;/b&gt;: changes not yet accepted by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record to correct it, then retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the refused change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the refused change; the record goes back to the server&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see what happened to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits to be sent; it goes out at the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change to “%1”. %2
Correct the record (Edit) and send it again (Retry), or discard the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change goes out again at the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be sent again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new record “%1”? It never reached the server and will be removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to “%1”? The record goes back to the state the server has; your changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to “%1” was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::Permissions</name>
    <message>
        <source>This area is not available on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::PersonName</name>
    <message>
        <source>another person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::PostDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::PostEditor</name>
    <message>
        <source>&amp;Attach document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new post instead (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reply or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your post (Markdown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here. *Emphasis*, lists, [links](https://…) and &gt; quotes work. Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the post as it will look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document of this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::PostListModel</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(refused by the server: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::RecordDescription</name>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for &quot;%1&quot;:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::SearchResultsModel</name>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discussions (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::SessionEndNotice</name>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was logged out on another device. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Please log in with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was reset by an administrator. Log in with the activation code you received (&quot;I have an activation code&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator ended your sessions (for example after a change of your role). Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was disabled. Please contact your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was removed from Helfernetz by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this session (%1). Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is locked: the server ended its session. Log in to unlock it; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This profile is locked because Helfernetz has not reached the server since %1 (more than %n day(s)). Log in to unlock it; nothing is lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Helfernetz data on this computer has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of these, %n refused by the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with both versions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) set aside</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for upload</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Work that had not reached the server was saved first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to your coordinator if the work is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::SetAsideModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access to the area was withdrawn before this change reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access to the area “%1” was withdrawn before this change reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work set aside could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::SetAsideView</name>
    <message>
        <source>Nothing set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Set aside&lt;/b&gt;: your unsynchronised work in areas you can no longer access. Export it to keep it, then dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every item set aside to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the work set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Helfernetz-set-aside-%1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export work set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss set-aside work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? The work in it is lost unless you exported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not dismiss “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Helfernetz starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimized (in the system tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me of new posts in threads I follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray; notifications appear once it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in use. Pinned documents and those of offline areas are kept even above this size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::SyncStatusBar</name>
    <message>
        <source>Synchronisation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conflicts to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show work set aside after access to an area was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened without a connection to the server; changes wait in the outbox until you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving records: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferring %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ThreadHeader</name>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get notified about new posts in this discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: only moderators can post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the discussion from the top of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the discussion at the top of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow posts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow posts by moderators only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ThreadListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::ThreadView</name>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a discussion from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This discussion is locked; only moderators can post in it or edit its posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a post first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the chosen post (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the chosen post and quote it (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen post (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen post (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this post by %1? Everyone in the area will no longer see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a&amp;ttachment or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen post has no attachments or links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document attached to the chosen post, or a link in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::TokenStore</name>
    <message>
        <source>No keychain is available on this computer (%1). The session is kept only until you close Helfernetz; you will have to log in again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::client::TrayNotifier</name>
    <message>
        <source>Helfernetz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Helfernetz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s) in threads you follow</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::VersionHistoryModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is on this device and opens without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is downloaded when you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
