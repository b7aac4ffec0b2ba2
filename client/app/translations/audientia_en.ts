<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>The time in the recording: hours, minutes and seconds (1:02:03)</source>
        <translation>The time in the recording: hours, minutes and seconds (1:02:03)</translation>
    </message>
    <message>
        <source>&amp;Time (H:MM:SS):</source>
        <translation>&amp;Time (H:MM:SS):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The language of the client: %1 (default: the one chosen in Settings ▸ Language, else the system&apos;s).</source>
        <translation>The language of the client: %1 (default: the one chosen in Settings ▸ Language, else the system&apos;s).</translation>
    </message>
    <message>
        <source>Audientia desktop client: the hearings of your office and their recordings, and (for administrators) the offices and users.</source>
        <translation>Audientia desktop client: the hearings of your office and their recordings, and (for administrators) the offices and users.</translation>
    </message>
    <message>
        <source>Server address (default: the session config, else localhost:7443).</source>
        <translation>Server address (default: the session config, else localhost:7443).</translation>
    </message>
    <message>
        <source>PEM file of the server&apos;s CA (default: the session config, else $AUDIENTIA_CA).</source>
        <translation>PEM file of the server&apos;s CA (default: the session config, else $AUDIENTIA_CA).</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate, PEM, for a server that requires one (with --key; default: the session config, else $AUDIENTIA_CERT).</source>
        <translation>This workstation&apos;s certificate, PEM, for a server that requires one (with --key; default: the session config, else $AUDIENTIA_CERT).</translation>
    </message>
    <message>
        <source>The private key of --cert, PEM (default: the session config, else $AUDIENTIA_KEY).</source>
        <translation>The private key of --cert, PEM (default: the session config, else $AUDIENTIA_KEY).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin and log in without the dialog (needs --user).</source>
        <translation>Read the password from the first line of stdin and log in without the dialog (needs --user).</translation>
    </message>
    <message>
        <source>Once the hearings (and the first hearing&apos;s details) have loaded, save a picture of the main window to FILE and quit.</source>
        <translation>Once the hearings (and the first hearing&apos;s details) have loaded, save a picture of the main window to FILE and quit.</translation>
    </message>
    <message>
        <source>Send uploads at most this fast, in MiB per second (default: as fast as the line allows), to leave the office&apos;s line to others.</source>
        <translation>Send uploads at most this fast, in MiB per second (default: as fast as the line allows), to leave the office&apos;s line to others.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not %2</source>
        <translation>--lang must be one of %1, not %2</translation>
    </message>
    <message>
        <source>--cert FILE and --key FILE go together</source>
        <translation>--cert FILE and --key FILE go together</translation>
    </message>
    <message>
        <source>--upload-limit must be a positive number of MiB/s, not %1</source>
        <translation>--upload-limit must be a positive number of MiB/s, not %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin needs --user</translation>
    </message>
    <message>
        <source>The tab shown first: hearings (default), admin (administrators only; with --screenshot, the picture is taken once the offices and users have loaded), uploads (prosecutors only; with --screenshot, once the hearings and the upload queue have loaded), room (prosecutors only: the hearing room, where hearings are recorded), search (prosecutors and clerks) or audit (auditors only: the audit trail; with --screenshot, once the first events have loaded).</source>
        <translation>The tab shown first: hearings (default), admin (administrators only; with --screenshot, the picture is taken once the offices and users have loaded), uploads (prosecutors only; with --screenshot, once the hearings and the upload queue have loaded), room (prosecutors only: the hearing room, where hearings are recorded), search (prosecutors and clerks) or audit (auditors only: the audit trail; with --screenshot, once the first events have loaded).</translation>
    </message>
    <message>
        <source>--tab must be hearings, search, room, admin, uploads or audit, not %1</source>
        <translation>--tab must be hearings, search, room, admin, uploads or audit, not %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AccountViewModel</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>The new password is the same as the current one.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AdminViewModel</name>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>Enter the office&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>A user name has 3 to 64 characters: letters, digits and . _ @ - only.</source>
        <translation>A user name has 3 to 64 characters: letters, digits and . _ @ - only.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Enter the new password.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>The two passwords differ: type the same password twice.</translation>
    </message>
    <message>
        <source>Loading the offices failed: %1</source>
        <translation>Loading the offices failed: %1</translation>
    </message>
    <message>
        <source>Loading the users of %1 failed: %2</source>
        <translation>Loading the users of %1 failed: %2</translation>
    </message>
    <message>
        <source>Creating office %1 failed: %2</source>
        <translation>Creating office %1 failed: %2</translation>
    </message>
    <message>
        <source>Office %1 created.</source>
        <translation>Office %1 created.</translation>
    </message>
    <message>
        <source>Office %1 created under %2.</source>
        <translation>Office %1 created under %2.</translation>
    </message>
    <message>
        <source>Renaming office %1 failed: %2</source>
        <translation>Renaming office %1 failed: %2</translation>
    </message>
    <message>
        <source>Office %1 renamed to %2.</source>
        <translation>Office %1 renamed to %2.</translation>
    </message>
    <message>
        <source>Choose the office to move it under.</source>
        <translation>Choose the office to move it under.</translation>
    </message>
    <message>
        <source>Office %1 cannot move under itself or one of its own sub-offices.</source>
        <translation>Office %1 cannot move under itself or one of its own sub-offices.</translation>
    </message>
    <message>
        <source>Moving office %1 under %2 failed: %3</source>
        <translation>Moving office %1 under %2 failed: %3</translation>
    </message>
    <message>
        <source>Office %1 moved under %2.</source>
        <translation>Office %1 moved under %2.</translation>
    </message>
    <message>
        <source>Reactivating office %1 failed: %2</source>
        <translation>Reactivating office %1 failed: %2</translation>
    </message>
    <message>
        <source>Deactivating office %1 failed: %2</source>
        <translation>Deactivating office %1 failed: %2</translation>
    </message>
    <message>
        <source>Office %1 reactivated.</source>
        <translation>Office %1 reactivated.</translation>
    </message>
    <message>
        <source>Office %1 deactivated.</source>
        <translation>Office %1 deactivated.</translation>
    </message>
    <message>
        <source>Select the office the new user belongs to.</source>
        <translation>Select the office the new user belongs to.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s initial password.</source>
        <translation>Enter the user&apos;s initial password.</translation>
    </message>
    <message>
        <source>Creating user %1 failed: %2</source>
        <translation>Creating user %1 failed: %2</translation>
    </message>
    <message>
        <source>User %1 created in %2 as %3.</source>
        <translation>User %1 created in %2 as %3.</translation>
    </message>
    <message>
        <source>Disabling user %1 failed: %2</source>
        <translation>Disabling user %1 failed: %2</translation>
    </message>
    <message>
        <source>Enabling user %1 failed: %2</source>
        <translation>Enabling user %1 failed: %2</translation>
    </message>
    <message>
        <source>User %1 disabled; their sessions are revoked.</source>
        <translation>User %1 disabled; their sessions are revoked.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>User %1 enabled.</translation>
    </message>
    <message>
        <source>Resetting the password of %1 failed: %2</source>
        <translation>Resetting the password of %1 failed: %2</translation>
    </message>
    <message>
        <source>Password of %1 reset; their sessions are revoked.</source>
        <translation>Password of %1 reset; their sessions are revoked.</translation>
    </message>
    <message>
        <source>Changing the role of %1 failed: %2</source>
        <translation>Changing the role of %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>The office name is too long (at most %L1 characters).</source>
        <translation>The office name is too long (at most %L1 characters).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AdminWidget</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>New office…</source>
        <translation>New office…</translation>
    </message>
    <message>
        <source>Create an office under the selected one</source>
        <translation>Create an office under the selected one</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Move the selected office (with its sub-offices) under another</source>
        <translation>Move the selected office (with its sub-offices) under another</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Create a user in the selected office</source>
        <translation>Create a user in the selected office</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Offices&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users&lt;/b&gt;</source>
        <translation>&lt;b&gt;Users&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Users of %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Your own office and a top-level office cannot be deactivated here</source>
        <translation>Your own office and a top-level office cannot be deactivated here</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected office</source>
        <translation>Deactivate or reactivate the selected office</translation>
    </message>
    <message>
        <source>The office is inactive: reactivate it to add users</source>
        <translation>The office is inactive: reactivate it to add users</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Enable user</translation>
    </message>
    <message>
        <source>That is you: use Account ▸ Change my password for your own password</source>
        <translation>That is you: use Account ▸ Change my password for your own password</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>Disable or enable the selected user</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Set a new password for the selected user</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role</source>
        <translation>Change the selected user&apos;s role</translation>
    </message>
    <message>
        <source>A new top-level office.</source>
        <translation>A new top-level office.</translation>
    </message>
    <message>
        <source>A new office under &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>A new office under &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>New office</translation>
    </message>
    <message>
        <source>&amp;Create office</source>
        <translation>&amp;Create office</translation>
    </message>
    <message>
        <source>Rename office</source>
        <translation>Rename office</translation>
    </message>
    <message>
        <source>The new name of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>The new name of &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Deactivate office</source>
        <translation>Deactivate office</translation>
    </message>
    <message>
        <source>Deactivate %1?

Its hearings, recordings and users are kept, but no new hearings or users can be added to it until it is reactivated.</source>
        <translation>Deactivate %1?

Its hearings, recordings and users are kept, but no new hearings or users can be added to it until it is reactivated.</translation>
    </message>
    <message>
        <source>Disable %1?

They are logged out everywhere and cannot log in until enabled again.</source>
        <translation>Disable %1?

They are logged out everywhere and cannot log in until enabled again.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Their sessions end and a lockout is lifted; tell them the password in person.</source>
        <translation>A new password for &lt;b&gt;%1&lt;/b&gt;. Their sessions end and a lockout is lifted; tell them the password in person.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users of %1&lt;/b&gt; (%L2)</source>
        <translation>&lt;b&gt;Users of %1&lt;/b&gt; (%L2)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AlertListModel</name>
    <message>
        <source>Stored file changed</source>
        <translation>Stored file changed</translation>
    </message>
    <message>
        <source>Stored file missing</source>
        <translation>Stored file missing</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Job failed</translation>
    </message>
    <message>
        <source>Storage nearly full</source>
        <translation>Storage nearly full</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Other change</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationListModel</name>
    <message>
        <source>From the capture</source>
        <translation>From the capture</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>The annotations of the selected recording, in the order of its time</source>
        <translation>The annotations of the selected recording, in the order of its time</translation>
    </message>
    <message>
        <source>Add a&amp;nnotation…</source>
        <translation>Add a&amp;nnotation…</translation>
    </message>
    <message>
        <source>Add an annotation to this recording</source>
        <translation>Add an annotation to this recording</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change the text or kind of the selected annotation</source>
        <translation>Change the text or kind of the selected annotation</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Delete the selected annotation</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>His&amp;tory…</translation>
    </message>
    <message>
        <source>Every revision of the selected annotation</source>
        <translation>Every revision of the selected annotation</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>None on this recording yet.</source>
        <translation>None on this recording yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an annotation</source>
        <translation>Add an annotation</translation>
    </message>
    <message>
        <source>Edit the annotation at %1</source>
        <translation>Edit the annotation at %1</translation>
    </message>
    <message>
        <source>Delete the annotation</source>
        <translation>Delete the annotation</translation>
    </message>
    <message>
        <source>Delete the annotation at %1?

Its history is kept and can still be read.</source>
        <translation>Delete the annotation at %1?

Its history is kept and can still be read.</translation>
    </message>
    <message>
        <source>History of the annotation at %1</source>
        <translation>History of the annotation at %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationsViewModel</name>
    <message>
        <source>The annotations could not be loaded: %1</source>
        <translation>The annotations could not be loaded: %1</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>The history could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditEventModel</name>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>Event #%1
Details: %2
Hash: %3
Previous hash: %4</source>
        <translation>Event #%1
Details: %2
Hash: %3
Previous hash: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client address</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditViewModel</name>
    <message>
        <source>Set the filters and press Enter to read the audit trail.</source>
        <translation>Set the filters and press Enter to read the audit trail.</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Loading events…</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>The audit trail could not be read: %1</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>No event matches these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, oldest first.</source>
        <translation>
            <numerusform>%Ln event.</numerusform>
            <numerusform>%Ln events, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln events loaded match the user and action filters.</source>
        <translation>
            <numerusform>%1 of %Ln event loaded match the user and action filters.</numerusform>
            <numerusform>%1 of %Ln events loaded match the user and action filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>More on the server: “More events”.</source>
        <translation>More on the server: “More events”.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %Ln events checked, last event #%1, last hash %2</source>
        <translation>
            <numerusform>The trail is intact: %Ln event checked, last event #%1, last hash %2</numerusform>
            <numerusform>The trail is intact: %Ln events checked, last event #%1, last hash %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail is broken at event #%1: %2</source>
        <translation>The trail is broken at event #%1: %2</translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation>The chain could not be verified: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditWidget</name>
    <message>
        <source>User (part of the name)</source>
        <translation>User (part of the name)</translation>
    </message>
    <message>
        <source>Action, e.g. recording.download</source>
        <translation>Action, e.g. recording.download</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Object id</translation>
    </message>
    <message>
        <source>Only the events of this hearing, recording, user or office (its id)</source>
        <translation>Only the events of this hearing, recording, user or office (its id)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Unchecked: from the first event</source>
        <translation>Unchecked: from the first event</translation>
    </message>
    <message>
        <source>Unchecked: up to now</source>
        <translation>Unchecked: up to now</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Reload the events with these filters (Enter)</source>
        <translation>Reload the events with these filters (Enter)</translation>
    </message>
    <message>
        <source>&amp;More events</source>
        <translation>&amp;More events</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Have the server recompute the hash chain of the whole trail (Ctrl+Shift+V)</source>
        <translation>Have the server recompute the hash chain of the whole trail (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureEventModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureMarkerModel</name>
    <message>
        <source>Double-click or press F2 on the text to correct it (until the recording is sealed)</source>
        <translation>Double-click or press F2 on the text to correct it (until the recording is sealed)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureViewModel</name>
    <message>
        <source>The marker&apos;s text could not be changed: %1</source>
        <translation>The marker&apos;s text could not be changed: %1</translation>
    </message>
    <message>
        <source>Enter the case number.</source>
        <translation>Enter the case number.</translation>
    </message>
    <message>
        <source>The case number is longer than 100 characters.</source>
        <translation>The case number is longer than 100 characters.</translation>
    </message>
    <message>
        <source>Choose the kind of hearing.</source>
        <translation>Choose the kind of hearing.</translation>
    </message>
    <message>
        <source>Add the person heard (a participant with a role).</source>
        <translation>Add the person heard (a participant with a role).</translation>
    </message>
    <message>
        <source>Participant %1 has no name.</source>
        <translation>Participant %1 has no name.</translation>
    </message>
    <message>
        <source>Participant %1 has no role.</source>
        <translation>Participant %1 has no role.</translation>
    </message>
    <message>
        <source>Choose at least one camera or microphone.</source>
        <translation>Choose at least one camera or microphone.</translation>
    </message>
    <message>
        <source>Test camera (generated picture)</source>
        <translation>Test camera (generated picture)</translation>
    </message>
    <message>
        <source>Test microphone (440 Hz tone)</source>
        <translation>Test microphone (440 Hz tone)</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>Microphone %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Exhibit shown</source>
        <translation>Exhibit shown</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Not recording</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>RECORDING</source>
        <translation>RECORDING</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Sealing…</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Recording cannot start yet:
%1</source>
        <translation>Recording cannot start yet:
%1</translation>
    </message>
    <message>
        <source>The hearing could not be created, nothing was recorded: %1</source>
        <translation>The hearing could not be created, nothing was recorded: %1</translation>
    </message>
    <message>
        <source>Recording could not start: %1</source>
        <translation>Recording could not start: %1</translation>
    </message>
    <message>
        <source>Recording resumed after an interruption (the gap is recorded)</source>
        <translation>Recording resumed after an interruption (the gap is recorded)</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Recording started</translation>
    </message>
    <message>
        <source>test sources</source>
        <translation>test sources</translation>
    </message>
    <message>
        <source>Break requested by a participant</source>
        <translation>Break requested by a participant</translation>
    </message>
    <message>
        <source>Consultation with the lawyer</source>
        <translation>Consultation with the lawyer</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Technical problem</translation>
    </message>
    <message>
        <source>Recess</source>
        <translation>Recess</translation>
    </message>
    <message>
        <source>Participant left the room</source>
        <translation>Participant left the room</translation>
    </message>
    <message>
        <source>A pause needs a reason: choose one or type it.</source>
        <translation>A pause needs a reason: choose one or type it.</translation>
    </message>
    <message>
        <source>The recording could not be paused: %1</source>
        <translation>The recording could not be paused: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>The recording could not be resumed: %1</source>
        <translation>The recording could not be resumed: %1</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>Sealing failed</source>
        <translation>Sealing failed</translation>
    </message>
    <message>
        <source>The recording stopped but could not be sealed: %1. Its folder %2 is kept and will be offered for recovery at the next start.</source>
        <translation>The recording stopped but could not be sealed: %1. Its folder %2 is kept and will be offered for recovery at the next start.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1, %2 frames dropped; seal %3</source>
        <translation>
            <numerusform>%n segment, %1, %2 frames dropped; seal %3</numerusform>
            <numerusform>%n segments, %1, %2 frames dropped; seal %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording stopped and sealed</source>
        <translation>Recording stopped and sealed</translation>
    </message>
    <message>
        <source>The recording is sealed; it is uploaded in the background.</source>
        <translation>The recording is sealed; it is uploaded in the background.</translation>
    </message>
    <message>
        <source>The marker could not be written: %1</source>
        <translation>The marker could not be written: %1</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>the recording</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>input %1</translation>
    </message>
    <message>
        <source>%1 · channel %2</source>
        <translation>%1 · channel %2</translation>
    </message>
    <message>
        <source>No sound from %1</source>
        <translation>No sound from %1</translation>
    </message>
    <message>
        <source>Sound again from %1</source>
        <translation>Sound again from %1</translation>
    </message>
    <message>
        <source>%1 is too loud: the sound is clipped</source>
        <translation>%1 is too loud: the sound is clipped</translation>
    </message>
    <message>
        <source>The picture of %1 is frozen</source>
        <translation>The picture of %1 is frozen</translation>
    </message>
    <message>
        <source>The picture of %1 is black</source>
        <translation>The picture of %1 is black</translation>
    </message>
    <message>
        <source>The picture of %1 moves again</source>
        <translation>The picture of %1 moves again</translation>
    </message>
    <message>
        <source>%1 stopped delivering: check its cable</source>
        <translation>%1 stopped delivering: check its cable</translation>
    </message>
    <message>
        <source>Frames were dropped: this computer cannot keep up</source>
        <translation>Frames were dropped: this computer cannot keep up</translation>
    </message>
    <message>
        <source>Little disk space left for the recording</source>
        <translation>Little disk space left for the recording</translation>
    </message>
    <message>
        <source>Recording failed on %1</source>
        <translation>Recording failed on %1</translation>
    </message>
    <message>
        <source>Warning from %1</source>
        <translation>Warning from %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more in the event list)</source>
        <translation>
            <numerusform>(+%n more in the event list)</numerusform>
            <numerusform>(+%n more in the event list)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted recordings could not be checked: %1</source>
        <translation>Interrupted recordings could not be checked: %1</translation>
    </message>
    <message>
        <source>The interrupted recording in %1 could not be sealed: %2</source>
        <translation>The interrupted recording in %1 could not be sealed: %2</translation>
    </message>
    <message>
        <source>The interrupted recording was sealed as it is; it is uploaded in the background.</source>
        <translation>The interrupted recording was sealed as it is; it is uploaded in the background.</translation>
    </message>
    <message>
        <source>Test source (%1)</source>
        <translation>Test source (%1)</translation>
    </message>
    <message>
        <source>The disk is full: recording stopped and is being sealed</source>
        <translation>The disk is full: recording stopped and is being sealed</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureWidget</name>
    <message>
        <source>TEST SOURCES — not a real hearing room</source>
        <translation>TEST SOURCES — not a real hearing room</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● &amp;Record</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Create the hearing (if new) and start recording (Ctrl+R)</source>
        <translation>Create the hearing (if new) and start recording (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>■ &amp;Stop and seal…</source>
        <translation>■ &amp;Stop and seal…</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the recording and seal it (asks first; Ctrl+.)</source>
        <translation>Stop the recording and seal it (asks first; Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Next hearing</source>
        <translation>&amp;Next hearing</translation>
    </message>
    <message>
        <source>Prepare another hearing (Ctrl+N)</source>
        <translation>Prepare another hearing (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Record a new hearing instead</source>
        <translation>Record a new hearing instead</translation>
    </message>
    <message>
        <source>e.g. 1234/P/2026</source>
        <translation>e.g. 1234/P/2026</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>Room or place</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Add participant</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>R&amp;oom:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Cameras and microphones</source>
        <translation>Cameras and microphones</translation>
    </message>
    <message>
        <source>Tick what records this hearing; the choice is kept for this workstation</source>
        <translation>Tick what records this hearing; the choice is kept for this workstation</translation>
    </message>
    <message>
        <source>Use &amp;test sources</source>
        <translation>Use &amp;test sources</translation>
    </message>
    <message>
        <source>Generated picture and tone, for training and tests</source>
        <translation>Generated picture and tone, for training and tests</translation>
    </message>
    <message>
        <source>Find de&amp;vices</source>
        <translation>Find de&amp;vices</translation>
    </message>
    <message>
        <source>Picture and sound</source>
        <translation>Picture and sound</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Markers</translation>
    </message>
    <message>
        <source>Marks this moment and asks for the text</source>
        <translation>Marks this moment and asks for the text</translation>
    </message>
    <message>
        <source>Marks this moment; the text can be added in the list</source>
        <translation>Marks this moment; the text can be added in the list</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Camera: %1</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>Microphone: %1</translation>
    </message>
    <message>
        <source>Recording into the existing hearing %1 (another session of it).</source>
        <translation>Recording into the existing hearing %1 (another session of it).</translation>
    </message>
    <message>
        <source>▶ &amp;Resume</source>
        <translation>▶ &amp;Resume</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause…</source>
        <translation>❚❚ &amp;Pause…</translation>
    </message>
    <message>
        <source>Resume the recording (Ctrl+P)</source>
        <translation>Resume the recording (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pause the recording; asks the reason (Ctrl+P)</source>
        <translation>Pause the recording; asks the reason (Ctrl+P)</translation>
    </message>
    <message>
        <source>%1
The picture shows once recording starts</source>
        <translation>%1
The picture shows once recording starts</translation>
    </message>
    <message>
        <source>Pause the recording</source>
        <translation>Pause the recording</translation>
    </message>
    <message>
        <source>Why is the hearing paused? Choose a reason or type one; it goes into the record.</source>
        <translation>Why is the hearing paused? Choose a reason or type one; it goes into the record.</translation>
    </message>
    <message>
        <source>Stop the recording</source>
        <translation>Stop the recording</translation>
    </message>
    <message>
        <source>Stop recording and seal the hearing now? A sealed recording cannot be continued; a new session of the hearing can be recorded later.</source>
        <translation>Stop recording and seal the hearing now? A sealed recording cannot be continued; a new session of the hearing can be recorded later.</translation>
    </message>
    <message>
        <source>Interrupted recording found</source>
        <translation>Interrupted recording found</translation>
    </message>
    <message>
        <source>The recording &quot;%1&quot; was interrupted (the program or the computer stopped). What was recorded up to %2 has been recovered.

Resume recording into the same hearing? The gap is noted in the record.</source>
        <translation>The recording &quot;%1&quot; was interrupted (the program or the computer stopped). What was recorded up to %2 has been recovered.

Resume recording into the same hearing? The gap is noted in the record.</translation>
    </message>
    <message>
        <source>&amp;Resume recording</source>
        <translation>&amp;Resume recording</translation>
    </message>
    <message>
        <source>&amp;Seal it as it is</source>
        <translation>&amp;Seal it as it is</translation>
    </message>
    <message>
        <source>A hearing is being recorded</source>
        <translation>A hearing is being recorded</translation>
    </message>
    <message>
        <source>A hearing is being recorded. Stop and seal it before closing?

Nothing is lost either way: if you keep recording, the window stays open.</source>
        <translation>A hearing is being recorded. Stop and seal it before closing?

Nothing is lost either way: if you keep recording, the window stays open.</translation>
    </message>
    <message>
        <source>Hearing %1, created on the server when recording started.</source>
        <translation>Hearing %1, created on the server when recording started.</translation>
    </message>
    <message>
        <source>Choose the cameras and microphones of this hearing: their pictures and sound levels show here.</source>
        <translation>Choose the cameras and microphones of this hearing: their pictures and sound levels show here.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ClientApp</name>
    <message>
        <source>--tab admin: %1 is not an administrator</source>
        <translation>--tab admin: %1 is not an administrator</translation>
    </message>
    <message>
        <source>--tab uploads: %1 is not a prosecutor</source>
        <translation>--tab uploads: %1 is not a prosecutor</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>Uploads are not available: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation>Cannot write the screenshot to %1</translation>
    </message>
    <message numerus="yes">
        <source>%n verified recording(s) removed from this workstation (kept on the server).</source>
        <translation>
            <numerusform>%n verified recording removed from this workstation (kept on the server).</numerusform>
            <numerusform>%n verified recordings removed from this workstation (kept on the server).</numerusform>
        </translation>
    </message>
    <message>
        <source>--tab room: %1 is not a prosecutor</source>
        <translation>--tab room: %1 is not a prosecutor</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ClipBar</name>
    <message>
        <source>Clip st&amp;arts here</source>
        <translation>Clip st&amp;arts here</translation>
    </message>
    <message>
        <source>The clip to export starts at the playing position (I)</source>
        <translation>The clip to export starts at the playing position (I)</translation>
    </message>
    <message>
        <source>Cli&amp;p ends here</source>
        <translation>Cli&amp;p ends here</translation>
    </message>
    <message>
        <source>The clip to export ends at the playing position (O)</source>
        <translation>The clip to export ends at the playing position (O)</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Clea&amp;r</translation>
    </message>
    <message>
        <source>Forget the clip&apos;s start and end</source>
        <translation>Forget the clip&apos;s start and end</translation>
    </message>
    <message>
        <source>E&amp;xport clip…</source>
        <translation>E&amp;xport clip…</translation>
    </message>
    <message>
        <source>Save the marked part as an MP4 (Ctrl+Shift+E): cut on the server without re-encoding, from the last keyframe before its start, with the case and the source&apos;s SHA-256 in it; saved only once its SHA-256 matches</source>
        <translation>Save the marked part as an MP4 (Ctrl+Shift+E): cut on the server without re-encoding, from the last keyframe before its start, with the case and the source&apos;s SHA-256 in it; saved only once its SHA-256 matches</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>clip</translation>
    </message>
    <message>
        <source>Export clip %1–%2</source>
        <translation>Export clip %1–%2</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 video (*.mp4)</translation>
    </message>
    <message>
        <source>Clip: %1 – %2 (%3)</source>
        <translation>Clip: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Clip: mark its start (I) and end (O) while playing</source>
        <translation>Clip: mark its start (I) and end (O) while playing</translation>
    </message>
</context>
<context>
    <name>audientia::gui::DownloadViewModel</name>
    <message>
        <source>A download is already running; wait for it or cancel it first.</source>
        <translation>A download is already running; wait for it or cancel it first.</translation>
    </message>
    <message>
        <source>Not connected to the server; log in again.</source>
        <translation>Not connected to the server; log in again.</translation>
    </message>
    <message>
        <source>Cannot save to %1: the folder does not exist.</source>
        <translation>Cannot save to %1: the folder does not exist.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <source>Saved %1 as %2. Its SHA-256 matches the one the server recorded: %3</source>
        <translation>Saved %1 as %2. Its SHA-256 matches the one the server recorded: %3</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was saved.</source>
        <translation>Download cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>The download of %1 failed and nothing was saved: %2</source>
        <translation>The download of %1 failed and nothing was saved: %2</translation>
    </message>
    <message>
        <source>A clip must end after it starts: mark its start (I) and its end (O) on the timeline.</source>
        <translation>A clip must end after it starts: mark its start (I) and its end (O) on the timeline.</translation>
    </message>
    <message>
        <source>the clip %1–%2</source>
        <translation>the clip %1–%2</translation>
    </message>
    <message>
        <source>Saved the clip %1–%2 as %3 (cut without re-encoding; SHA-256 %4).</source>
        <translation>Saved the clip %1–%2 as %3 (cut without re-encoding; SHA-256 %4).</translation>
    </message>
    <message>
        <source>It starts at %1, the last keyframe before %2, so that no picture is re-encoded.</source>
        <translation>It starts at %1, the last keyframe before %2, so that no picture is re-encoded.</translation>
    </message>
    <message>
        <source>the hearing report</source>
        <translation>the hearing report</translation>
    </message>
    <message>
        <source>Saved the hearing report of case %1 as %2 (SHA-256 %3).</source>
        <translation>Saved the hearing report of case %1 as %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Say why the package leaves the building: the reason is written into it and into the audit trail.</source>
        <translation>Say why the package leaves the building: the reason is written into it and into the audit trail.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name for the package.</source>
        <translation>%1 already exists: choose a new name for the package.</translation>
    </message>
    <message>
        <source>the evidence package</source>
        <translation>the evidence package</translation>
    </message>
    <message numerus="yes">
        <source>Saved the signed evidence package of case %1 as %2: %n file(s), digest %3 (audit event %4). Anyone can check it with audientia-verify.</source>
        <translation>
            <numerusform>Saved the signed evidence package of case %1 as %2: %n file, digest %3 (audit event %4). Anyone can check it with audientia-verify.</numerusform>
            <numerusform>Saved the signed evidence package of case %1 as %2: %n files, digest %3 (audit event %4). Anyone can check it with audientia-verify.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk that holds %1 is full and nothing was saved: free some space there or choose another place, then try again.</source>
        <translation>The disk that holds %1 is full and nothing was saved: free some space there or choose another place, then try again.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::FixityRunModel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Files checked</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>Mismatches</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>audientia::gui::Formatting</name>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Defendant</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prosecutor</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>No role</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln channels</source>
        <translation>
            <numerusform>%Ln channel</numerusform>
            <numerusform>%Ln channels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation>Injured party</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>Other participant</source>
        <translation>Other participant</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingDetailsWidget</name>
    <message>
        <source>Select a hearing to see its details and recordings.</source>
        <translation>Select a hearing to see its details and recordings.</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>No recordings in this hearing yet.</source>
        <translation>No recordings in this hearing yet.</translation>
    </message>
    <message>
        <source>Select a recording</source>
        <translation>Select a recording</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected recording</source>
        <translation>Copy the SHA-256 of the selected recording</translation>
    </message>
    <message>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256:</translation>
    </message>
    <message>
        <source>&amp;Add recording…</source>
        <translation>&amp;Add recording…</translation>
    </message>
    <message>
        <source>Upload a recording file to this hearing (in the background; see the Uploads tab)</source>
        <translation>Upload a recording file to this hearing (in the background; see the Uploads tab)</translation>
    </message>
    <message>
        <source>Add capture &amp;folder…</source>
        <translation>Add capture &amp;folder…</translation>
    </message>
    <message>
        <source>Upload a capture directory (manifest.json and its segments) to this hearing; a capture still recording is followed to its end</source>
        <translation>Upload a capture directory (manifest.json and its segments) to this hearing; a capture still recording is followed to its end</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(none listed)</translation>
    </message>
    <message>
        <source>This file could not be read as media; it is kept unchanged. Reason: %1</source>
        <translation>This file could not be read as media; it is kept unchanged. Reason: %1</translation>
    </message>
    <message>
        <source>Add a recording to case %1</source>
        <translation>Add a recording to case %1</translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.wav *.mp3 *.flac *.ogg);;All files (*)</source>
        <translation>Recordings (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.wav *.mp3 *.flac *.ogg);;All files (*)</translation>
    </message>
    <message>
        <source>Add a capture folder to case %1</source>
        <translation>Add a capture folder to case %1</translation>
    </message>
    <message>
        <source>The markers and the gaps (pauses, interruptions) of the selected recording</source>
        <translation>The markers and the gaps (pauses, interruptions) of the selected recording</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Play the selected recording in the player window (Ctrl+P, or a double-click on the recording)</source>
        <translation>Play the selected recording in the player window (Ctrl+P, or a double-click on the recording)</translation>
    </message>
    <message>
        <source>&amp;Moments</source>
        <translation>&amp;Moments</translation>
    </message>
    <message>
        <source>Fi&amp;les</source>
        <translation>Fi&amp;les</translation>
    </message>
    <message>
        <source>&amp;Moments (%1)</source>
        <translation>&amp;Moments (%1)</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nnotations</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingExportBar</name>
    <message>
        <source>Hearing &amp;report…</source>
        <translation>Hearing &amp;report…</translation>
    </message>
    <message>
        <source>Save the hearing report (Ctrl+Shift+D): a draft record of the hearing as a PDF, with the participants, the recordings and their SHA-256, pauses, annotations and a picture of each camera</source>
        <translation>Save the hearing report (Ctrl+Shift+D): a draft record of the hearing as a PDF, with the participants, the recordings and their SHA-256, pauses, annotations and a picture of each camera</translation>
    </message>
    <message>
        <source>E&amp;vidence package…</source>
        <translation>E&amp;vidence package…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the report of case %1</source>
        <translation>Save the report of case %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Save the evidence package of case %1 as a new folder</source>
        <translation>Save the evidence package of case %1 as a new folder</translation>
    </message>
    <message>
        <source>Save the signed evidence package (Ctrl+Shift+X): the recordings as sealed, the hearing, its annotations, its audit trail and the report, as a folder or one ZIP file that anyone can check with audientia-verify</source>
        <translation>Save the signed evidence package (Ctrl+Shift+X): the recordings as sealed, the hearing, its annotations, its audit trail and the report, as a folder or one ZIP file that anyone can check with audientia-verify</translation>
    </message>
    <message>
        <source>Save the evidence package of case %1 as a ZIP file</source>
        <translation>Save the evidence package of case %1 as a ZIP file</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingListModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingsViewModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no office</source>
        <translation>no office</translation>
    </message>
    <message>
        <source>Loading the hearings failed: %1</source>
        <translation>Loading the hearings failed: %1</translation>
    </message>
    <message>
        <source>Loading hearing %1 failed: %2</source>
        <translation>Loading hearing %1 failed: %2</translation>
    </message>
    <message>
        <source>The server did not confirm the logout: %1</source>
        <translation>The server did not confirm the logout: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::JobListModel</name>
    <message>
        <source>Processing a recording</source>
        <translation>Processing a recording</translation>
    </message>
    <message>
        <source>Fixity check</source>
        <translation>Fixity check</translation>
    </message>
    <message>
        <source>Retention sweep</source>
        <translation>Retention sweep</translation>
    </message>
    <message>
        <source>Expiring unfinished uploads</source>
        <translation>Expiring unfinished uploads</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>audientia::gui::KeepingViewModel</name>
    <message>
        <source>Loading the jobs…</source>
        <translation>Loading the jobs…</translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation>The jobs could not be read: %1</translation>
    </message>
    <message>
        <source>No job in this state.</source>
        <translation>No job in this state.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln jobs, newest first.</source>
        <translation>
            <numerusform>%Ln job.</numerusform>
            <numerusform>%Ln jobs, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the alerts…</source>
        <translation>Loading the alerts…</translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>The alerts could not be read: %1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>No alerts.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>No open alerts.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alerts, newest first.</source>
        <translation>
            <numerusform>%Ln alert.</numerusform>
            <numerusform>%Ln alerts, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open alerts, newest first.</source>
        <translation>
            <numerusform>%Ln open alert.</numerusform>
            <numerusform>%Ln open alerts, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the fixity status…</source>
        <translation>Loading the fixity status…</translation>
    </message>
    <message>
        <source>The fixity status could not be read: %1</source>
        <translation>The fixity status could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored files, %1 never checked; %2 failed their last check.</source>
        <translation>
            <numerusform>%Ln stored file, %1 never checked; %2 failed their last check.</numerusform>
            <numerusform>%Ln stored files, %1 never checked; %2 failed their last check.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fixity check has run yet.</source>
        <translation>No fixity check has run yet.</translation>
    </message>
    <message>
        <source>Job %1 could not be retried: %2</source>
        <translation>Job %1 could not be retried: %2</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>Job %1 is queued again.</translation>
    </message>
    <message>
        <source>The alert could not be acknowledged: %1</source>
        <translation>The alert could not be acknowledged: %1</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Alert acknowledged.</translation>
    </message>
    <message>
        <source>The fixity check could not be started: %1</source>
        <translation>The fixity check could not be started: %1</translation>
    </message>
    <message>
        <source>Fixity check queued (job %1).</source>
        <translation>Fixity check queued (job %1).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::KeepingWidget</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Fixity</source>
        <translation>Fixity</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <source>Queue the selected failed job again, its attempts reset</source>
        <translation>Queue the selected failed job again, its attempts reset</translation>
    </message>
    <message>
        <source>Show acknow&amp;ledged</source>
        <translation>Show acknow&amp;ledged</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen and dealt with</source>
        <translation>Mark the selected alert as seen and dealt with</translation>
    </message>
    <message>
        <source>Run &amp;fixity now</source>
        <translation>Run &amp;fixity now</translation>
    </message>
    <message>
        <source>Check every stored file against its recorded SHA-256 digest, in the background</source>
        <translation>Check every stored file against its recorded SHA-256 digest, in the background</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>Sta&amp;te:</translation>
    </message>
    <message>
        <source>Ackno&amp;wledge</source>
        <translation>Ackno&amp;wledge</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LegalHoldModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Released by %1, %2: %3</source>
        <translation>Released by %1, %2: %3</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LevelMeter</name>
    <message>
        <source>Peak %1 dBFS, RMS %2 dBFS</source>
        <translation>Peak %1 dBFS, RMS %2 dBFS</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LoginDialog</name>
    <message>
        <source>Audientia — Log in</source>
        <translation>Audientia — Log in</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in to Audientia&lt;/b&gt;</source>
        <translation>&lt;b&gt;Log in to Audientia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PEM file of the server&apos;s CA (e.g. DATA_DIR/tls/ca.pem)</source>
        <translation>PEM file of the server&apos;s CA (e.g. DATA_DIR/tls/ca.pem)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>Only if the server asks for one</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the workstation&apos;s certificate (PEM)</source>
        <translation>Choose the workstation&apos;s certificate (PEM)</translation>
    </message>
    <message>
        <source>Choose the workstation&apos;s private key (PEM)</source>
        <translation>Choose the workstation&apos;s private key (PEM)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Client cer&amp;tificate:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client &amp;key:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>CA certificate of the server</source>
        <translation>CA certificate of the server</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Certificate of this workstation</source>
        <translation>Certificate of this workstation</translation>
    </message>
    <message>
        <source>Private key of this workstation</source>
        <translation>Private key of this workstation</translation>
    </message>
    <message>
        <source>PEM keys (*.key *.pem);;All files (*)</source>
        <translation>PEM keys (*.key *.pem);;All files (*)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LoginViewModel</name>
    <message>
        <source>Enter the server address as HOST:PORT.</source>
        <translation>Enter the server address as HOST:PORT.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>The CA file %1 does not exist.</translation>
    </message>
    <message>
        <source>Choose both the client certificate and its key, or neither (they are needed only when the server asks for a workstation certificate).</source>
        <translation>Choose both the client certificate and its key, or neither (they are needed only when the server asks for a workstation certificate).</translation>
    </message>
    <message>
        <source>The client certificate %1 does not exist.</source>
        <translation>The client certificate %1 does not exist.</translation>
    </message>
    <message>
        <source>The client key %1 does not exist.</source>
        <translation>The client key %1 does not exist.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The server is running, but its database is unavailable. It usually comes back by itself within a minute: try again in a moment, and tell the administrator if it lasts.</source>
        <translation>The server is running, but its database is unavailable. It usually comes back by itself within a minute: try again in a moment, and tell the administrator if it lasts.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Reload the list shown (F5)</source>
        <translation>Reload the list shown (F5)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>End the session and return to the login</source>
        <translation>End the session and return to the login</translation>
    </message>
    <message>
        <source>Filter by case number or title (Ctrl+F)</source>
        <translation>Filter by case number or title (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading hearings…</source>
        <translation>Loading hearings…</translation>
    </message>
    <message>
        <source>&amp;Hearings</source>
        <translation>&amp;Hearings</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Uploads</translation>
    </message>
    <message>
        <source>Your role (%1) has no hearings or administration to show here.
Auditors read and verify the audit trail with  audientiactl audit list  and  audientiactl audit verify.</source>
        <translation>Your role (%1) has no hearings or administration to show here.
Auditors read and verify the audit trail with  audientiactl audit list  and  audientiactl audit verify.</translation>
    </message>
    <message>
        <source>Audientia</source>
        <translation>Audientia</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Audientia — %1 — %2@%3</source>
        <translation>Audientia — %1 — %2@%3</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>No hearings in your office yet.</source>
        <translation>No hearings in your office yet.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Waiting for the server…</translation>
    </message>
    <message>
        <source>Loading the hearings…</source>
        <translation>Loading the hearings…</translation>
    </message>
    <message>
        <source>Loading the hearing…</source>
        <translation>Loading the hearing…</translation>
    </message>
    <message>
        <source>&amp;Uploads (%1)</source>
        <translation>&amp;Uploads (%1)</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Your other sessions end; this one stays logged in.</source>
        <translation>A new password for &lt;b&gt;%1&lt;/b&gt;. Your other sessions end; this one stays logged in.</translation>
    </message>
    <message>
        <source>Your password was changed; your other sessions were ended.</source>
        <translation>Your password was changed; your other sessions were ended.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hearings</source>
        <translation>
            <numerusform>%Ln hearing</numerusform>
            <numerusform>%Ln hearings</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearing roo&amp;m</source>
        <translation>Hearing roo&amp;m</translation>
    </message>
    <message>
        <source>● Hearing roo&amp;m</source>
        <translation>● Hearing roo&amp;m</translation>
    </message>
    <message>
        <source>Record into this &amp;hearing</source>
        <translation>Record into this &amp;hearing</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Record another session of the selected hearing (Ctrl+Shift+R)</source>
        <translation>Record another session of the selected hearing (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Select a hearing first.</source>
        <translation>Select a hearing first.</translation>
    </message>
    <message>
        <source>A hearing is being recorded: stop it before recording another one.</source>
        <translation>A hearing is being recorded: stop it before recording another one.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search all hearings</source>
        <translation>Search all hearings</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>A&amp;udit trail</translation>
    </message>
    <message>
        <source>&amp;Keeping</source>
        <translation>&amp;Keeping</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Retention</translation>
    </message>
</context>
<context>
    <name>audientia::gui::MoveOfficeDialog</name>
    <message>
        <source>Move office</source>
        <translation>Move office</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (with its sub-offices) under:</source>
        <translation>Move &lt;b&gt;%1&lt;/b&gt; (with its sub-offices) under:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Choose the new parent office.</source>
        <translation>Choose the new parent office.</translation>
    </message>
    <message>
        <source>An office cannot move under itself or one of its sub-offices.</source>
        <translation>An office cannot move under itself or one of its sub-offices.</translation>
    </message>
    <message>
        <source>The office is already there: choose another parent.</source>
        <translation>The office is already there: choose another parent.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>A new user of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>A new user of &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Create user</translation>
    </message>
    <message>
        <source>3–64 letters, digits, . _ @ -</source>
        <translation>3–64 letters, digits, . _ @ -</translation>
    </message>
    <message>
        <source>the server&apos;s password policy applies</source>
        <translation>the server&apos;s password policy applies</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>audientia::gui::OfficeNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>audientia::gui::OfficeTreeModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>%1
created %2</source>
        <translation>%1
created %2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PackageDialog</name>
    <message>
        <source>Evidence package of case %1</source>
        <translation>Evidence package of case %1</translation>
    </message>
    <message>
        <source>&amp;Why does it leave the building (for example: the court&apos;s request, its number)? The reason is written into the package and into the audit trail.</source>
        <translation>&amp;Why does it leave the building (for example: the court&apos;s request, its number)? The reason is written into the package and into the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Recordings in the package:</source>
        <translation>&amp;Recordings in the package:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The hearing&apos;s details, all its annotations, its audit trail and the hearing report always go in.</source>
        <translation>The hearing&apos;s details, all its annotations, its audit trail and the hearing report always go in.</translation>
    </message>
    <message>
        <source>As a &amp;folder</source>
        <translation>As a &amp;folder</translation>
    </message>
    <message>
        <source>As one &amp;ZIP file, to hand over or attach</source>
        <translation>As one &amp;ZIP file, to hand over or attach</translation>
    </message>
    <message>
        <source>Choose where to save it…</source>
        <translation>Choose where to save it…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Say why the package leaves the building first.</source>
        <translation>Say why the package leaves the building first.</translation>
    </message>
    <message>
        <source>Choose at least one recording.</source>
        <translation>Choose at least one recording.</translation>
    </message>
    <message>
        <source>Also put in the part &amp;marked in the player, as a clip</source>
        <translation>Also put in the part &amp;marked in the player, as a clip</translation>
    </message>
    <message>
        <source>%1, from %2 to %3: cut from the keyframe before, without re-encoding.</source>
        <translation>%1, from %2 to %3: cut from the keyframe before, without re-encoding.</translation>
    </message>
    <message>
        <source>To put a part of a recording in the package as well, play it and mark where the part starts (I) and ends (O) first.</source>
        <translation>To put a part of a recording in the package as well, play it and mark where the part starts (I) and ends (O) first.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PasswordDialog</name>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Set password</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>the server&apos;s password policy applies</source>
        <translation>the server&apos;s password policy applies</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PlayerViewModel</name>
    <message>
        <source>This file is not playable media (%1); it is kept unchanged.</source>
        <translation>This file is not playable media (%1); it is kept unchanged.</translation>
    </message>
    <message>
        <source>This recording failed on the server and cannot be played: %1</source>
        <translation>This recording failed on the server and cannot be played: %1</translation>
    </message>
    <message>
        <source>This recording is not ready to play yet: the server is still receiving or processing it.</source>
        <translation>This recording is not ready to play yet: the server is still receiving or processing it.</translation>
    </message>
    <message>
        <source>The player cannot start: no local port could be opened for it.</source>
        <translation>The player cannot start: no local port could be opened for it.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause: %1</source>
        <translation>Pause: %1</translation>
    </message>
    <message>
        <source>Interruption: %1</source>
        <translation>Interruption: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>Microphone %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Waiting for the server…</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>End of the recording</translation>
    </message>
    <message>
        <source>This recording cannot be played on this workstation.</source>
        <translation>This recording cannot be played on this workstation.</translation>
    </message>
    <message>
        <source>The recording could not be read from the server (%1). Check the connection and open it again.</source>
        <translation>The recording could not be read from the server (%1). Check the connection and open it again.</translation>
    </message>
    <message>
        <source>This recording&apos;s format cannot be played on this workstation (%1).</source>
        <translation>This recording&apos;s format cannot be played on this workstation (%1).</translation>
    </message>
    <message>
        <source>You may not play this recording (%1).</source>
        <translation>You may not play this recording (%1).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PlayerWindow</name>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>Play or pause (Space, K)</translation>
    </message>
    <message>
        <source>5 seconds back (Left, J)</source>
        <translation>5 seconds back (Left, J)</translation>
    </message>
    <message>
        <source>5 seconds on (Right)</source>
        <translation>5 seconds on (Right)</translation>
    </message>
    <message>
        <source>Previous mark (Page Up)</source>
        <translation>Previous mark (Page Up)</translation>
    </message>
    <message>
        <source>Next mark (Page Down)</source>
        <translation>Next mark (Page Down)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Speed:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>A&amp;udio:</source>
        <translation>A&amp;udio:</translation>
    </message>
    <message>
        <source>Annotate &amp;here</source>
        <translation>Annotate &amp;here</translation>
    </message>
    <message>
        <source>Add an annotation at the playing position (Ctrl+M); the player pauses while you type</source>
        <translation>Add an annotation at the playing position (Ctrl+M); the player pauses while you type</translation>
    </message>
    <message>
        <source>Player — %1</source>
        <translation>Player — %1</translation>
    </message>
    <message>
        <source>Last mark: %1 %2</source>
        <translation>Last mark: %1 %2</translation>
    </message>
    <message>
        <source>Playing speed; voices keep their pitch ([ slower, ] faster)</source>
        <translation>Playing speed; voices keep their pitch ([ slower, ] faster)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingFileModel</name>
    <message>
        <source>Master (playable MP4)</source>
        <translation>Master (playable MP4)</translation>
    </message>
    <message>
        <source>Original (as uploaded)</source>
        <translation>Original (as uploaded)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Capture manifest (sealed)</source>
        <translation>Capture manifest (sealed)</translation>
    </message>
    <message>
        <source>Thumbnail %1</source>
        <translation>Thumbnail %1</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Waveform</translation>
    </message>
    <message>
        <source>from %1, %2</source>
        <translation>from %1, %2</translation>
    </message>
    <message>
        <source>%1: %2, %3, SHA-256 %4</source>
        <translation>%1: %2, %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>In the media</source>
        <translation>In the media</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingFilesPanel</name>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>The last link of the capture&apos;s chain of segment digests, as sealed when the recording stopped: any change to a segment or its order breaks it</source>
        <translation>The last link of the capture&apos;s chain of segment digests, as sealed when the recording stopped: any change to a segment or its order breaks it</translation>
    </message>
    <message>
        <source>Seal:</source>
        <translation>Seal:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Save file…</translation>
    </message>
    <message>
        <source>Download the selected file (the master or original when none is selected) and check its SHA-256 against the server&apos;s (Ctrl+S)</source>
        <translation>Download the selected file (the master or original when none is selected) and check its SHA-256 against the server&apos;s (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancel download</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingListModel</name>
    <message>
        <source>Not playable: %1</source>
        <translation>Not playable: %1</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>Uploaded %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingMomentsModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Exhibit shown</source>
        <translation>Exhibit shown</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>until the end</source>
        <translation>until the end</translation>
    </message>
    <message>
        <source>%1 (until the end)</source>
        <translation>%1 (until the end)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Interruption (recovered)</source>
        <translation>Interruption (recovered)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>In the recording</source>
        <translation>In the recording</translation>
    </message>
    <message>
        <source>Marker or gap</source>
        <translation>Marker or gap</translation>
    </message>
    <message>
        <source>Text or reason</source>
        <translation>Text or reason</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionPolicyModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Every office</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Kept for</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionViewModel</name>
    <message>
        <source>Choose an office, a kind of hearing, or both: a policy for every hearing of every office is not allowed.</source>
        <translation>Choose an office, a kind of hearing, or both: a policy for every hearing of every office is not allowed.</translation>
    </message>
    <message>
        <source>Hearings can be kept from 1 to 36500 days (100 years).</source>
        <translation>Hearings can be kept from 1 to 36500 days (100 years).</translation>
    </message>
    <message>
        <source>Policy set: %1.</source>
        <translation>Policy set: %1.</translation>
    </message>
    <message>
        <source>Policy deleted: the hearings it covered fall under the next policy that matches them, or are kept for ever.</source>
        <translation>Policy deleted: the hearings it covered fall under the next policy that matches them, or are kept for ever.</translation>
    </message>
    <message>
        <source>“%1” is not a hearing id: paste the id the prosecutor or clerk gave (36 characters, such as 6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01).</source>
        <translation>“%1” is not a hearing id: paste the id the prosecutor or clerk gave (36 characters, such as 6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01).</translation>
    </message>
    <message>
        <source>Say why the hearing is held: the reason is kept in the audit trail.</source>
        <translation>Say why the hearing is held: the reason is kept in the audit trail.</translation>
    </message>
    <message>
        <source>Hold placed: the hearing will not be deleted until it is released.</source>
        <translation>Hold placed: the hearing will not be deleted until it is released.</translation>
    </message>
    <message>
        <source>Say why the hold is released: the reason is kept in the audit trail.</source>
        <translation>Say why the hold is released: the reason is kept in the audit trail.</translation>
    </message>
    <message>
        <source>Hold released.</source>
        <translation>Hold released.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionWidget</name>
    <message>
        <source>Retention policies</source>
        <translation>Retention policies</translation>
    </message>
    <message>
        <source>A hearing is deleted this long after it was created, under the most specific policy that matches it (office and kind, then office, then kind); with none it is kept for ever. A hearing under a legal hold is never deleted.</source>
        <translation>A hearing is deleted this long after it was created, under the most specific policy that matches it (office and kind, then office, then kind); with none it is kept for ever. A hearing under a legal hold is never deleted.</translation>
    </message>
    <message>
        <source>&amp;Set policy…</source>
        <translation>&amp;Set policy…</translation>
    </message>
    <message>
        <source>Set how long the hearings of an office and/or kind are kept (Ctrl+Shift+P)</source>
        <translation>Set how long the hearings of an office and/or kind are kept (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Delete policy</source>
        <translation>&amp;Delete policy</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Legal holds</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>&amp;Place hold…</translation>
    </message>
    <message>
        <source>Keep a hearing whatever the policies say, until released (Ctrl+Shift+H)</source>
        <translation>Keep a hearing whatever the policies say, until released (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Release…</translation>
    </message>
    <message>
        <source>Show released &amp;holds</source>
        <translation>Show released &amp;holds</translation>
    </message>
    <message>
        <source>Set a retention policy</source>
        <translation>Set a retention policy</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Every office</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>&amp;Hearings:</source>
        <translation>&amp;Hearings:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Keep for:</translation>
    </message>
    <message>
        <source>Delete the policy</source>
        <translation>Delete the policy</translation>
    </message>
    <message>
        <source>Delete the retention policy for %1?</source>
        <translation>Delete the retention policy for %1?</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>Place a legal hold</translation>
    </message>
    <message>
        <source>The hearing&apos;s id, as the prosecutor or clerk gave it</source>
        <translation>The hearing&apos;s id, as the prosecutor or clerk gave it</translation>
    </message>
    <message>
        <source>Why it must be kept (an appeal, a request of the court…)</source>
        <translation>Why it must be kept (an appeal, a request of the court…)</translation>
    </message>
    <message>
        <source>&amp;Hearing id:</source>
        <translation>&amp;Hearing id:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Release the hold</translation>
    </message>
    <message>
        <source>Why is the hearing no longer held? It may then be deleted under its policy.</source>
        <translation>Why is the hearing no longer held? It may then be deleted under its policy.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>The role of &lt;b&gt;%1&lt;/b&gt; (now: %2).</source>
        <translation>The role of &lt;b&gt;%1&lt;/b&gt; (now: %2).</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Change role</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Choose a different role.</source>
        <translation>Choose a different role.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchResultModel</name>
    <message>
        <source>Annotation: %1</source>
        <translation>Annotation: %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchViewModel</name>
    <message>
        <source>Type a case number (or part of it), a name, a place or words from an annotation. Case and diacritics do not matter.</source>
        <translation>Type a case number (or part of it), a name, a place or words from an annotation. Case and diacritics do not matter.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>No hearing matches these filters.</source>
        <translation>No hearing matches these filters.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln hits, best first; more below.</source>
        <translation>
            <numerusform>The first hit, best first; more below.</numerusform>
            <numerusform>The first %Ln hits, best first; more below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits, best first.</source>
        <translation>
            <numerusform>%Ln hit, best first.</numerusform>
            <numerusform>%Ln hits, best first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchWidget</name>
    <message>
        <source>Search case numbers, names, places and annotations (Ctrl+Shift+F)</source>
        <translation>Search case numbers, names, places and annotations (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Only hearings of this kind</source>
        <translation>Only hearings of this kind</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Only hearings created in this period</source>
        <translation>Only hearings created in this period</translation>
    </message>
    <message>
        <source>Only with recordings</source>
        <translation>Only with recordings</translation>
    </message>
    <message>
        <source>Enter or double-click opens the hearing (an annotation at its moment)</source>
        <translation>Enter or double-click opens the hearing (an annotation at its moment)</translation>
    </message>
    <message>
        <source>&amp;More hits</source>
        <translation>&amp;More hits</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>The system&apos;s (%1)</translation>
    </message>
    <message>
        <source>From the next start, Audientia follows the system&apos;s language (%1).</source>
        <translation>From the next start, Audientia follows the system&apos;s language (%1).</translation>
    </message>
    <message>
        <source>From the next start, Audientia is shown in %1.</source>
        <translation>From the next start, Audientia is shown in %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ThumbnailStripModel</name>
    <message>
        <source>At %1 in the recording; double-click to play from here</source>
        <translation>At %1 in the recording; double-click to play from here</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ThumbnailStripView</name>
    <message>
        <source>Pictures of the recording</source>
        <translation>Pictures of the recording</translation>
    </message>
    <message>
        <source>P&amp;ictures (%1)</source>
        <translation>P&amp;ictures (%1)</translation>
    </message>
    <message>
        <source>Reading the pictures of this recording…</source>
        <translation>Reading the pictures of this recording…</translation>
    </message>
    <message>
        <source>Pictures are shown once the server has processed the recording.</source>
        <translation>Pictures are shown once the server has processed the recording.</translation>
    </message>
    <message>
        <source>No pictures of this recording: it has no video, or they could not be read.</source>
        <translation>No pictures of this recording: it has no video, or they could not be read.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::TimelineWidget</name>
    <message>
        <source>Click to play from there; the ticks are annotations (blue), pauses (amber) and interruptions (red)</source>
        <translation>Click to play from there; the ticks are annotations (blue), pauses (amber) and interruptions (red)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadQueueModel</name>
    <message>
        <source>Resuming</source>
        <translation>Resuming</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <source>Waiting for the recorder</source>
        <translation>Waiting for the recorder</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 of %2 MiB</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Aborted</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Hashing %L1%</source>
        <translation>Hashing %L1%</translation>
    </message>
    <message>
        <source>%L1%</source>
        <translation>%L1%</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadQueueService</name>
    <message>
        <source>Reading the upload queue failed: %1</source>
        <translation>Reading the upload queue failed: %1</translation>
    </message>
    <message>
        <source>Aborting the upload failed: %1</source>
        <translation>Aborting the upload failed: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadsViewModel</name>
    <message>
        <source>The upload of %1 was aborted.</source>
        <translation>The upload of %1 was aborted.</translation>
    </message>
    <message>
        <source>Reading the upload queue failed: %1</source>
        <translation>Reading the upload queue failed: %1</translation>
    </message>
    <message>
        <source>Uploads are not available for this login.</source>
        <translation>Uploads are not available for this login.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>Cannot upload %1: %2</translation>
    </message>
    <message>
        <source>%1 was uploaded to this hearing already.</source>
        <translation>%1 was uploaded to this hearing already.</translation>
    </message>
    <message>
        <source>%1 was added to the uploads; they are paused.</source>
        <translation>%1 was added to the uploads; they are paused.</translation>
    </message>
    <message>
        <source>%1 was added to the uploads.</source>
        <translation>%1 was added to the uploads.</translation>
    </message>
    <message>
        <source>Uploads paused; they continue where they stopped on Resume.</source>
        <translation>Uploads paused; they continue where they stopped on Resume.</translation>
    </message>
    <message>
        <source>Uploads resumed.</source>
        <translation>Uploads resumed.</translation>
    </message>
    <message>
        <source>Removing finished uploads failed: %1</source>
        <translation>Removing finished uploads failed: %1</translation>
    </message>
    <message>
        <source>%1 was uploaded and verified.</source>
        <translation>%1 was uploaded and verified.</translation>
    </message>
    <message>
        <source>The upload of %1 stopped: %2</source>
        <translation>The upload of %1 stopped: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %Ln uploads</source>
        <translation>
            <numerusform>Resuming %Ln upload</numerusform>
            <numerusform>Resuming %Ln uploads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished uploads removed from the list.</source>
        <translation>
            <numerusform>%Ln finished upload removed from the list.</numerusform>
            <numerusform>%Ln finished uploads removed from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadsWidget</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <source>Run the selected upload again</source>
        <translation>Run the selected upload again</translation>
    </message>
    <message>
        <source>A&amp;bort…</source>
        <translation>A&amp;bort…</translation>
    </message>
    <message>
        <source>Stop the selected upload for good and discard what the server holds</source>
        <translation>Stop the selected upload for good and discard what the server holds</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Take the selected finished upload off this list</source>
        <translation>Take the selected finished upload off this list</translation>
    </message>
    <message>
        <source>Remove &amp;finished</source>
        <translation>Remove &amp;finished</translation>
    </message>
    <message>
        <source>Take every completed upload off this list (the recordings stay on the server)</source>
        <translation>Take every completed upload off this list (the recordings stay on the server)</translation>
    </message>
    <message>
        <source>No uploads. To upload a recording, select a hearing on the Hearings tab and choose “Add recording…”.</source>
        <translation>No uploads. To upload a recording, select a hearing on the Hearings tab and choose “Add recording…”.</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (paused)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Continue the uploads where they stopped</source>
        <translation>Continue the uploads where they stopped</translation>
    </message>
    <message>
        <source>Stop sending for now; nothing sent is lost</source>
        <translation>Stop sending for now; nothing sent is lost</translation>
    </message>
    <message>
        <source>Waiting for the recorder</source>
        <translation>Waiting for the recorder</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 of %2 MiB</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>Abort upload</translation>
    </message>
    <message>
        <source>Abort the upload of %1? What the server has received of it is discarded; to upload it later, it has to be sent again from the start.</source>
        <translation>Abort the upload of %1? What the server has received of it is discarded; to upload it later, it has to be sent again from the start.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln uploads to do</source>
        <translation>
            <numerusform>%Ln upload to do</numerusform>
            <numerusform>%Ln uploads to do</numerusform>
        </translation>
    </message>
    <message>
        <source> · %L1 done</source>
        <translation> · %L1 done</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UserListModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
</TS>
