<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hn::client::ActivationDialog</name>
    <message numerus="yes">
        <source>Enter the activation code you received from your coordinator and choose your password (at least %n characters).</source>
        <translation>
            <numerusform>Enter the activation code you received from your coordinator and choose your password (at least %n character).</numerusform>
            <numerusform>Enter the activation code you received from your coordinator and choose your password (at least %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choose a password of at least %n character.</numerusform>
            <numerusform>Choose a password of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::ClientSession</name>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet (waiting, refused or in conflict). They stay on this computer and are sent when you log in here again; nobody else sees them until then. Log out anyway?</source>
        <translation>
            <numerusform>%n change has not reached the server yet (waiting, refused or in conflict). It stays on this computer and is sent when you log in here again; nobody else sees it until then. Log out anyway?</numerusform>
            <numerusform>%n changes have not reached the server yet (waiting, refused or in conflict). They stay on this computer and are sent when you log in here again; nobody else sees them until then. Log out anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::NavigationPanel</name>
    <message numerus="yes">
        <source>Outbox (%n)</source>
        <translation>
            <numerusform>Outbox (%n)</numerusform>
            <numerusform>Outbox (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside (%n)</source>
        <translation>
            <numerusform>Set aside (%n)</numerusform>
            <numerusform>Set aside (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s) for &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n result for &quot;%1&quot;:</numerusform>
            <numerusform>%n results for &quot;%1&quot;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::SearchResultsModel</name>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Contacts (%n)</numerusform>
            <numerusform>Contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Documents (%n)</numerusform>
            <numerusform>Documents (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discussions (%n)</source>
        <translation>
            <numerusform>Discussions (%n)</numerusform>
            <numerusform>Discussions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::SessionEndNotice</name>
    <message numerus="yes">
        <source>This profile is locked because Helfernetz has not reached the server since %1 (more than %n day(s)). Log in to unlock it; nothing is lost.</source>
        <translation>
            <numerusform>This profile is locked because Helfernetz has not reached the server since %1 (more than %n day). Log in to unlock it; nothing is lost.</numerusform>
            <numerusform>This profile is locked because Helfernetz has not reached the server since %1 (more than %n days). Log in to unlock it; nothing is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform>
            <numerusform>%n changes not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of these, %n refused by the server</source>
        <translation>
            <numerusform>of these, %n refused by the server</numerusform>
            <numerusform>of these, %n refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with both versions</source>
        <translation>
            <numerusform>%n conflict with both versions</numerusform>
            <numerusform>%n conflicts with both versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) set aside</source>
        <translation>
            <numerusform>%n item set aside</numerusform>
            <numerusform>%n items set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for upload</source>
        <translation>
            <numerusform>%n file waiting for upload</numerusform>
            <numerusform>%n files waiting for upload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::SetAsideView</name>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n set aside</numerusform>
            <numerusform>%n set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)</source>
        <translation>
            <numerusform>Uploading %n file</numerusform>
            <numerusform>Uploading %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s)</source>
        <translation>
            <numerusform>Downloading %n file</numerusform>
            <numerusform>Downloading %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferring %n file(s)</source>
        <translation>
            <numerusform>Transferring %n file</numerusform>
            <numerusform>Transferring %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::ThreadListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::client::TrayNotifier</name>
    <message numerus="yes">
        <source>%n new post(s) in threads you follow</source>
        <translation>
            <numerusform>%n new post in threads you follow</numerusform>
            <numerusform>%n new posts in threads you follow</numerusform>
        </translation>
    </message>
</context>
</TS>
