<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>The time in the recording: hours, minutes and seconds (1:02:03)</source>
        <translation>Momentul din înregistrare: ore, minute și secunde (1:02:03)</translation>
    </message>
    <message>
        <source>&amp;Time (H:MM:SS):</source>
        <translation>&amp;Timp (H:MM:SS):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
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
        <translation>Limba clientului: %1 (implicit: cea aleasă în Setări ▸ Limbă, altfel cea a sistemului).</translation>
    </message>
    <message>
        <source>Audientia desktop client: the hearings of your office and their recordings, and (for administrators) the offices and users.</source>
        <translation>Clientul desktop Audientia: audierile unității dumneavoastră și înregistrările lor, iar (pentru administratori) unitățile și utilizatorii.</translation>
    </message>
    <message>
        <source>Server address (default: the session config, else localhost:7443).</source>
        <translation>Adresa serverului (implicit: din configurația sesiunii, altfel localhost:7443).</translation>
    </message>
    <message>
        <source>PEM file of the server&apos;s CA (default: the session config, else $AUDIENTIA_CA).</source>
        <translation>Fișierul PEM al CA-ului serverului (implicit: din configurația sesiunii, altfel $AUDIENTIA_CA).</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate, PEM, for a server that requires one (with --key; default: the session config, else $AUDIENTIA_CERT).</source>
        <translation>Certificatul acestei stații de lucru, PEM, pentru un server care îl cere (împreună cu --key; implicit: din configurația sesiunii, altfel $AUDIENTIA_CERT).</translation>
    </message>
    <message>
        <source>The private key of --cert, PEM (default: the session config, else $AUDIENTIA_KEY).</source>
        <translation>Cheia privată pentru --cert, PEM (implicit: din configurația sesiunii, altfel $AUDIENTIA_KEY).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Numele de utilizator.</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin and log in without the dialog (needs --user).</source>
        <translation>Citește parola din prima linie de la stdin și se autentifică fără fereastra de dialog (necesită --user).</translation>
    </message>
    <message>
        <source>Once the hearings (and the first hearing&apos;s details) have loaded, save a picture of the main window to FILE and quit.</source>
        <translation>După ce s-au încărcat audierile (și detaliile primei audieri), salvează o imagine a ferestrei principale în FILE și se închide.</translation>
    </message>
    <message>
        <source>Send uploads at most this fast, in MiB per second (default: as fast as the line allows), to leave the office&apos;s line to others.</source>
        <translation>Limitează viteza încărcărilor la atâția MiB pe secundă (implicit: cât permite linia), pentru a lăsa linia unității și altora.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not %2</source>
        <translation>--lang trebuie să fie unul dintre %1, nu %2</translation>
    </message>
    <message>
        <source>--cert FILE and --key FILE go together</source>
        <translation>--cert FILE și --key FILE se folosesc împreună</translation>
    </message>
    <message>
        <source>--upload-limit must be a positive number of MiB/s, not %1</source>
        <translation>--upload-limit trebuie să fie un număr pozitiv de MiB/s, nu %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin necesită --user</translation>
    </message>
    <message>
        <source>The tab shown first: hearings (default), admin (administrators only; with --screenshot, the picture is taken once the offices and users have loaded), uploads (prosecutors only; with --screenshot, once the hearings and the upload queue have loaded), room (prosecutors only: the hearing room, where hearings are recorded), search (prosecutors and clerks) or audit (auditors only: the audit trail; with --screenshot, once the first events have loaded).</source>
        <translation>Fila afișată la început: hearings (implicit), admin (doar pentru administratori; cu --screenshot, imaginea se face după ce s-au încărcat unitățile și utilizatorii), uploads (doar pentru procurori; cu --screenshot, după ce s-au încărcat audierile și coada de încărcare), room (doar pentru procurori: sala de audieri, unde se înregistrează audierile), search (procurori și grefieri) sau audit (doar pentru auditori: jurnalul de audit; cu --screenshot, după ce s-au încărcat primele evenimente).</translation>
    </message>
    <message>
        <source>--tab must be hearings, search, room, admin, uploads or audit, not %1</source>
        <translation>--tab trebuie să fie hearings, search, room, admin, uploads sau audit, nu %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Caută în:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nume fișier:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fișiere de tipul:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Alege</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salvare ca</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folderul superior</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creează un folder nou</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vizualizare listă</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vizualizare detaliată</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder nou</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder de fișiere</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Fișier %1</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 există deja.
Doriți să îl înlocuiți?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data modificării</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Calculator</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
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
        <translation>Anulează</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da la &amp;toate</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;u la toate</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvează tot</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonează</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiază adresa &amp;legăturii</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AccountViewModel</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduceți parola actuală.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Parola nouă este aceeași cu cea actuală.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AdminViewModel</name>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>Introduceți denumirea unității.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Introduceți numele de utilizator.</translation>
    </message>
    <message>
        <source>A user name has 3 to 64 characters: letters, digits and . _ @ - only.</source>
        <translation>Numele de utilizator are între 3 și 64 de caractere: doar litere, cifre și . _ @ -.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Introduceți parola nouă.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Cele două parole diferă: tastați aceeași parolă de două ori.</translation>
    </message>
    <message>
        <source>Loading the offices failed: %1</source>
        <translation>Încărcarea unităților a eșuat: %1</translation>
    </message>
    <message>
        <source>Loading the users of %1 failed: %2</source>
        <translation>Încărcarea utilizatorilor din %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Creating office %1 failed: %2</source>
        <translation>Crearea unității %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Office %1 created.</source>
        <translation>Unitatea %1 a fost creată.</translation>
    </message>
    <message>
        <source>Office %1 created under %2.</source>
        <translation>Unitatea %1 a fost creată în subordinea unității %2.</translation>
    </message>
    <message>
        <source>Renaming office %1 failed: %2</source>
        <translation>Redenumirea unității %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Office %1 renamed to %2.</source>
        <translation>Unitatea %1 a fost redenumită în %2.</translation>
    </message>
    <message>
        <source>Choose the office to move it under.</source>
        <translation>Alegeți unitatea în subordinea căreia o mutați.</translation>
    </message>
    <message>
        <source>Office %1 cannot move under itself or one of its own sub-offices.</source>
        <translation>Unitatea %1 nu poate fi mutată în subordinea ei însăși sau a uneia dintre subunitățile ei.</translation>
    </message>
    <message>
        <source>Moving office %1 under %2 failed: %3</source>
        <translation>Mutarea unității %1 în subordinea unității %2 a eșuat: %3</translation>
    </message>
    <message>
        <source>Office %1 moved under %2.</source>
        <translation>Unitatea %1 a fost mutată în subordinea unității %2.</translation>
    </message>
    <message>
        <source>Reactivating office %1 failed: %2</source>
        <translation>Reactivarea unității %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Deactivating office %1 failed: %2</source>
        <translation>Dezactivarea unității %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Office %1 reactivated.</source>
        <translation>Unitatea %1 a fost reactivată.</translation>
    </message>
    <message>
        <source>Office %1 deactivated.</source>
        <translation>Unitatea %1 a fost dezactivată.</translation>
    </message>
    <message>
        <source>Select the office the new user belongs to.</source>
        <translation>Selectați unitatea căreia îi aparține noul utilizator.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s initial password.</source>
        <translation>Introduceți parola inițială a utilizatorului.</translation>
    </message>
    <message>
        <source>Creating user %1 failed: %2</source>
        <translation>Crearea utilizatorului %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>User %1 created in %2 as %3.</source>
        <translation>Utilizatorul %1 a fost creat în %2 cu rolul de %3.</translation>
    </message>
    <message>
        <source>Disabling user %1 failed: %2</source>
        <translation>Dezactivarea utilizatorului %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Enabling user %1 failed: %2</source>
        <translation>Activarea utilizatorului %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>User %1 disabled; their sessions are revoked.</source>
        <translation>Utilizatorul %1 a fost dezactivat; sesiunile sale au fost revocate.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Utilizatorul %1 a fost activat.</translation>
    </message>
    <message>
        <source>Resetting the password of %1 failed: %2</source>
        <translation>Resetarea parolei pentru %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Password of %1 reset; their sessions are revoked.</source>
        <translation>Parola pentru %1 a fost resetată; sesiunile sale au fost revocate.</translation>
    </message>
    <message>
        <source>Changing the role of %1 failed: %2</source>
        <translation>Schimbarea rolului pentru %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 are acum rolul %2.</translation>
    </message>
    <message>
        <source>The office name is too long (at most %L1 characters).</source>
        <translation>Denumirea unității este prea lungă (cel mult %L1 de caractere).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AdminWidget</name>
    <message>
        <source>Administration</source>
        <translation>Administrare</translation>
    </message>
    <message>
        <source>New office…</source>
        <translation>Unitate nouă…</translation>
    </message>
    <message>
        <source>Create an office under the selected one</source>
        <translation>Creează o unitate în subordinea celei selectate</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Redenumește…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Mută…</translation>
    </message>
    <message>
        <source>Move the selected office (with its sub-offices) under another</source>
        <translation>Mută unitatea selectată (cu subunitățile ei) în subordinea alteia</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Dezactivează</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Utilizator nou…</translation>
    </message>
    <message>
        <source>Create a user in the selected office</source>
        <translation>Creează un utilizator în unitatea selectată</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Dezactivează utilizatorul</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Resetează parola…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Schimbă rolul…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unități&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utilizatori&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utilizatorii din %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivează</translation>
    </message>
    <message>
        <source>Your own office and a top-level office cannot be deactivated here</source>
        <translation>Propria unitate și o unitate de nivel superior nu pot fi dezactivate de aici</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected office</source>
        <translation>Dezactivează sau reactivează unitatea selectată</translation>
    </message>
    <message>
        <source>The office is inactive: reactivate it to add users</source>
        <translation>Unitatea este inactivă: reactivați-o pentru a adăuga utilizatori</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Activează utilizatorul</translation>
    </message>
    <message>
        <source>That is you: use Account ▸ Change my password for your own password</source>
        <translation>Sunteți dumneavoastră: pentru propria parolă folosiți Cont ▸ Schimbă-mi parola</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>Dezactivează sau activează utilizatorul selectat</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Stabilește o parolă nouă pentru utilizatorul selectat</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role</source>
        <translation>Schimbă rolul utilizatorului selectat</translation>
    </message>
    <message>
        <source>A new top-level office.</source>
        <translation>O unitate nouă de nivel superior.</translation>
    </message>
    <message>
        <source>A new office under &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>O unitate nouă în subordinea unității &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Unitate nouă</translation>
    </message>
    <message>
        <source>&amp;Create office</source>
        <translation>&amp;Creează unitatea</translation>
    </message>
    <message>
        <source>Rename office</source>
        <translation>Redenumire unitate</translation>
    </message>
    <message>
        <source>The new name of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Noua denumire a unității &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Redenumește</translation>
    </message>
    <message>
        <source>Deactivate office</source>
        <translation>Dezactivare unitate</translation>
    </message>
    <message>
        <source>Deactivate %1?

Its hearings, recordings and users are kept, but no new hearings or users can be added to it until it is reactivated.</source>
        <translation>Dezactivați %1?

Audierile, înregistrările și utilizatorii ei se păstrează, dar nu i se mai pot adăuga audieri sau utilizatori noi până când este reactivată.</translation>
    </message>
    <message>
        <source>Disable %1?

They are logged out everywhere and cannot log in until enabled again.</source>
        <translation>Dezactivați utilizatorul %1?

Este deconectat de peste tot și nu se mai poate autentifica până când este activat din nou.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Resetare parolă</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Their sessions end and a lockout is lifted; tell them the password in person.</source>
        <translation>O parolă nouă pentru &lt;b&gt;%1&lt;/b&gt;. Sesiunile sale se încheie, iar o eventuală blocare se ridică; comunicați-i parola personal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users of %1&lt;/b&gt; (%L2)</source>
        <translation>&lt;b&gt;Utilizatorii din %1&lt;/b&gt; (%L2)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AlertListModel</name>
    <message>
        <source>Stored file changed</source>
        <translation>Fișier stocat modificat</translation>
    </message>
    <message>
        <source>Stored file missing</source>
        <translation>Fișier stocat lipsă</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Lucrare eșuată</translation>
    </message>
    <message>
        <source>Storage nearly full</source>
        <translation>Spațiu de stocare aproape plin</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alertă</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmată</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificată</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ștearsă</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revizie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Altă modificare</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationListModel</name>
    <message>
        <source>From the capture</source>
        <translation>Din captură</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Timp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificată de</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revizie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificată</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translation>Adnotări</translation>
    </message>
    <message>
        <source>The annotations of the selected recording, in the order of its time</source>
        <translation>Adnotările înregistrării selectate, în ordinea timpului din înregistrare</translation>
    </message>
    <message>
        <source>Add a&amp;nnotation…</source>
        <translation>Adaugă a&amp;dnotare…</translation>
    </message>
    <message>
        <source>Add an annotation to this recording</source>
        <translation>Adaugă o adnotare la această înregistrare</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifică…</translation>
    </message>
    <message>
        <source>Change the text or kind of the selected annotation</source>
        <translation>Modifică textul sau tipul adnotării selectate</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Șterge adnotarea selectată</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>&amp;Istoric…</translation>
    </message>
    <message>
        <source>Every revision of the selected annotation</source>
        <translation>Toate reviziile adnotării selectate</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>None on this recording yet.</source>
        <translation>Niciuna pe această înregistrare deocamdată.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n adnotare</numerusform>
            <numerusform>%n adnotări</numerusform>
            <numerusform>%n de adnotări</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an annotation</source>
        <translation>Adaugă o adnotare</translation>
    </message>
    <message>
        <source>Edit the annotation at %1</source>
        <translation>Modifică adnotarea de la %1</translation>
    </message>
    <message>
        <source>Delete the annotation</source>
        <translation>Ștergerea adnotării</translation>
    </message>
    <message>
        <source>Delete the annotation at %1?

Its history is kept and can still be read.</source>
        <translation>Ștergeți adnotarea de la %1?

Istoricul ei se păstrează și poate fi citit în continuare.</translation>
    </message>
    <message>
        <source>History of the annotation at %1</source>
        <translation>Istoricul adnotării de la %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationsViewModel</name>
    <message>
        <source>The annotations could not be loaded: %1</source>
        <translation>Adnotările nu au putut fi încărcate: %1</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Istoricul nu a putut fi încărcat: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditEventModel</name>
    <message>
        <source>Success</source>
        <translation>Reușit</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refuzat</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonim)</translation>
    </message>
    <message>
        <source>Event #%1
Details: %2
Hash: %3
Previous hash: %4</source>
        <translation>Evenimentul #%1
Detalii: %2
Hash: %3
Hash-ul anterior: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Obiect</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresa clientului</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditViewModel</name>
    <message>
        <source>Set the filters and press Enter to read the audit trail.</source>
        <translation>Alegeți filtrele și apăsați Enter pentru a citi jurnalul de audit.</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Se încarcă evenimentele…</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Jurnalul de audit nu a putut fi citit: %1</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Niciun eveniment nu corespunde acestor filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, oldest first.</source>
        <translation>
            <numerusform>%Ln eveniment.</numerusform>
            <numerusform>%Ln evenimente, cele mai vechi întâi.</numerusform>
            <numerusform>%Ln de evenimente, cele mai vechi întâi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln events loaded match the user and action filters.</source>
        <translation>
            <numerusform>%1 din %Ln eveniment încărcat corespund filtrelor de utilizator și acțiune.</numerusform>
            <numerusform>%1 din %Ln evenimente încărcate corespund filtrelor de utilizator și acțiune.</numerusform>
            <numerusform>%1 din %Ln de evenimente încărcate corespund filtrelor de utilizator și acțiune.</numerusform>
        </translation>
    </message>
    <message>
        <source>More on the server: “More events”.</source>
        <translation>Mai sunt pe server: „Mai multe evenimente”.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Se verifică lanțul…</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %Ln events checked, last event #%1, last hash %2</source>
        <translation>
            <numerusform>Jurnalul este intact: %Ln eveniment verificat, ultimul eveniment #%1, ultimul hash %2</numerusform>
            <numerusform>Jurnalul este intact: %Ln evenimente verificate, ultimul eveniment #%1, ultimul hash %2</numerusform>
            <numerusform>Jurnalul este intact: %Ln de evenimente verificate, ultimul eveniment #%1, ultimul hash %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail is broken at event #%1: %2</source>
        <translation>Jurnalul este rupt la evenimentul #%1: %2</translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation>Lanțul nu a putut fi verificat: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditWidget</name>
    <message>
        <source>User (part of the name)</source>
        <translation>Utilizator (parte din nume)</translation>
    </message>
    <message>
        <source>Action, e.g. recording.download</source>
        <translation>Acțiune, de ex. recording.download</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Id-ul obiectului</translation>
    </message>
    <message>
        <source>Only the events of this hearing, recording, user or office (its id)</source>
        <translation>Doar evenimentele acestei audieri, înregistrări, utilizator sau unități (id-ul ei)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De la</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Până la</translation>
    </message>
    <message>
        <source>Unchecked: from the first event</source>
        <translation>Nebifat: de la primul eveniment</translation>
    </message>
    <message>
        <source>Unchecked: up to now</source>
        <translation>Nebifat: până acum</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplică</translation>
    </message>
    <message>
        <source>Reload the events with these filters (Enter)</source>
        <translation>Reîncarcă evenimentele cu aceste filtre (Enter)</translation>
    </message>
    <message>
        <source>&amp;More events</source>
        <translation>&amp;Mai multe evenimente</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verifică lanțul</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Have the server recompute the hash chain of the whole trail (Ctrl+Shift+V)</source>
        <translation>Serverul recalculează lanțul de hash-uri al întregului jurnal (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureEventModel</name>
    <message>
        <source>Time</source>
        <translation>Timp</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Ora</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureMarkerModel</name>
    <message>
        <source>Double-click or press F2 on the text to correct it (until the recording is sealed)</source>
        <translation>Dublu clic sau F2 pe text pentru a-l corecta (până la sigilarea înregistrării)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Timp</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marcaj</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Ora</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureViewModel</name>
    <message>
        <source>The marker&apos;s text could not be changed: %1</source>
        <translation>Textul marcajului nu a putut fi modificat: %1</translation>
    </message>
    <message>
        <source>Enter the case number.</source>
        <translation>Introduceți numărul de dosar.</translation>
    </message>
    <message>
        <source>The case number is longer than 100 characters.</source>
        <translation>Numărul de dosar are mai mult de 100 de caractere.</translation>
    </message>
    <message>
        <source>Choose the kind of hearing.</source>
        <translation>Alegeți tipul audierii.</translation>
    </message>
    <message>
        <source>Add the person heard (a participant with a role).</source>
        <translation>Adăugați persoana audiată (un participant cu o calitate).</translation>
    </message>
    <message>
        <source>Participant %1 has no name.</source>
        <translation>Participantul %1 nu are nume.</translation>
    </message>
    <message>
        <source>Participant %1 has no role.</source>
        <translation>Participantul %1 nu are calitate.</translation>
    </message>
    <message>
        <source>Choose at least one camera or microphone.</source>
        <translation>Alegeți cel puțin o cameră sau un microfon.</translation>
    </message>
    <message>
        <source>Test camera (generated picture)</source>
        <translation>Cameră de test (imagine generată)</translation>
    </message>
    <message>
        <source>Test microphone (440 Hz tone)</source>
        <translation>Microfon de test (ton de 440 Hz)</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>Microfonul %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Întrebare</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Obiecție</translation>
    </message>
    <message>
        <source>Exhibit shown</source>
        <translation>Probă prezentată</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Nu se înregistrează</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Pornire…</translation>
    </message>
    <message>
        <source>RECORDING</source>
        <translation>ÎNREGISTRARE</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUZĂ</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Sigilare…</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sigilată</translation>
    </message>
    <message>
        <source>Recording cannot start yet:
%1</source>
        <translation>Înregistrarea nu poate începe încă:
%1</translation>
    </message>
    <message>
        <source>The hearing could not be created, nothing was recorded: %1</source>
        <translation>Audierea nu a putut fi creată, nu s-a înregistrat nimic: %1</translation>
    </message>
    <message>
        <source>Recording could not start: %1</source>
        <translation>Înregistrarea nu a putut începe: %1</translation>
    </message>
    <message>
        <source>Recording resumed after an interruption (the gap is recorded)</source>
        <translation>Înregistrarea a fost reluată după o întrerupere (întreruperea este consemnată)</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Înregistrarea a început</translation>
    </message>
    <message>
        <source>test sources</source>
        <translation>surse de test</translation>
    </message>
    <message>
        <source>Break requested by a participant</source>
        <translation>Pauză cerută de un participant</translation>
    </message>
    <message>
        <source>Consultation with the lawyer</source>
        <translation>Consultare cu avocatul</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Problemă tehnică</translation>
    </message>
    <message>
        <source>Recess</source>
        <translation>Suspendare</translation>
    </message>
    <message>
        <source>Participant left the room</source>
        <translation>Un participant a părăsit sala</translation>
    </message>
    <message>
        <source>A pause needs a reason: choose one or type it.</source>
        <translation>O pauză are nevoie de un motiv: alegeți unul sau scrieți-l.</translation>
    </message>
    <message>
        <source>The recording could not be paused: %1</source>
        <translation>Înregistrarea nu a putut fi întreruptă: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Întreruptă</translation>
    </message>
    <message>
        <source>The recording could not be resumed: %1</source>
        <translation>Înregistrarea nu a putut fi reluată: %1</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reluată</translation>
    </message>
    <message>
        <source>Sealing failed</source>
        <translation>Sigilarea a eșuat</translation>
    </message>
    <message>
        <source>The recording stopped but could not be sealed: %1. Its folder %2 is kept and will be offered for recovery at the next start.</source>
        <translation>Înregistrarea s-a oprit, dar nu a putut fi sigilată: %1. Folderul ei %2 este păstrat și va fi oferit pentru recuperare la următoarea pornire.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1, %2 frames dropped; seal %3</source>
        <translation>
            <numerusform>%n segment, %1, cadre pierdute: %2; sigiliu %3</numerusform>
            <numerusform>%n segmente, %1, cadre pierdute: %2; sigiliu %3</numerusform>
            <numerusform>%n de segmente, %1, cadre pierdute: %2; sigiliu %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording stopped and sealed</source>
        <translation>Înregistrarea a fost oprită și sigilată</translation>
    </message>
    <message>
        <source>The recording is sealed; it is uploaded in the background.</source>
        <translation>Înregistrarea este sigilată; se încarcă în fundal.</translation>
    </message>
    <message>
        <source>The marker could not be written: %1</source>
        <translation>Marcajul nu a putut fi scris: %1</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>înregistrare</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>intrarea %1</translation>
    </message>
    <message>
        <source>%1 · channel %2</source>
        <translation>%1 · canalul %2</translation>
    </message>
    <message>
        <source>No sound from %1</source>
        <translation>Nu se aude nimic de la %1</translation>
    </message>
    <message>
        <source>Sound again from %1</source>
        <translation>Se aude din nou de la %1</translation>
    </message>
    <message>
        <source>%1 is too loud: the sound is clipped</source>
        <translation>%1 este prea tare: sunetul este distorsionat</translation>
    </message>
    <message>
        <source>The picture of %1 is frozen</source>
        <translation>Imaginea de la %1 este înghețată</translation>
    </message>
    <message>
        <source>The picture of %1 is black</source>
        <translation>Imaginea de la %1 este neagră</translation>
    </message>
    <message>
        <source>The picture of %1 moves again</source>
        <translation>Imaginea de la %1 se mișcă din nou</translation>
    </message>
    <message>
        <source>%1 stopped delivering: check its cable</source>
        <translation>%1 nu mai transmite: verificați cablul</translation>
    </message>
    <message>
        <source>Frames were dropped: this computer cannot keep up</source>
        <translation>S-au pierdut cadre: acest calculator nu face față</translation>
    </message>
    <message>
        <source>Little disk space left for the recording</source>
        <translation>Spațiu pe disc insuficient pentru înregistrare</translation>
    </message>
    <message>
        <source>Recording failed on %1</source>
        <translation>Înregistrarea a eșuat la %1</translation>
    </message>
    <message>
        <source>Warning from %1</source>
        <translation>Avertisment de la %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more in the event list)</source>
        <translation>
            <numerusform>(încă %n în lista de evenimente)</numerusform>
            <numerusform>(încă %n în lista de evenimente)</numerusform>
            <numerusform>(încă %n în lista de evenimente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted recordings could not be checked: %1</source>
        <translation>Înregistrările întrerupte nu au putut fi verificate: %1</translation>
    </message>
    <message>
        <source>The interrupted recording in %1 could not be sealed: %2</source>
        <translation>Înregistrarea întreruptă din %1 nu a putut fi sigilată: %2</translation>
    </message>
    <message>
        <source>The interrupted recording was sealed as it is; it is uploaded in the background.</source>
        <translation>Înregistrarea întreruptă a fost sigilată așa cum este; se încarcă în fundal.</translation>
    </message>
    <message>
        <source>Test source (%1)</source>
        <translation>Sursă de test (%1)</translation>
    </message>
    <message>
        <source>The disk is full: recording stopped and is being sealed</source>
        <translation>Discul este plin: înregistrarea s-a oprit și este sigilată</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureWidget</name>
    <message>
        <source>TEST SOURCES — not a real hearing room</source>
        <translation>SURSE DE TEST — nu este o sală de audieri reală</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● Înre&amp;gistrează</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Create the hearing (if new) and start recording (Ctrl+R)</source>
        <translation>Creează audierea (dacă e nouă) și începe înregistrarea (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pauză…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>■ &amp;Stop and seal…</source>
        <translation>■ &amp;Oprește și sigilează…</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the recording and seal it (asks first; Ctrl+.)</source>
        <translation>Oprește înregistrarea și o sigilează (cere confirmare; Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Next hearing</source>
        <translation>Audierea &amp;următoare</translation>
    </message>
    <message>
        <source>Prepare another hearing (Ctrl+N)</source>
        <translation>Pregătește o altă audiere (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiere</translation>
    </message>
    <message>
        <source>Record a new hearing instead</source>
        <translation>Înregistrați în schimb o audiere nouă</translation>
    </message>
    <message>
        <source>e.g. 1234/P/2026</source>
        <translation>de ex. 1234/P/2026</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— alegeți —</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>Sala sau locul</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Calitate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Adaugă participant</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Număr de dosar:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itlu:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participanți:</translation>
    </message>
    <message>
        <source>Cameras and microphones</source>
        <translation>Camere și microfoane</translation>
    </message>
    <message>
        <source>Tick what records this hearing; the choice is kept for this workstation</source>
        <translation>Bifați ce înregistrează această audiere; alegerea se păstrează pentru această stație de lucru</translation>
    </message>
    <message>
        <source>Use &amp;test sources</source>
        <translation>Folosește surse de t&amp;est</translation>
    </message>
    <message>
        <source>Generated picture and tone, for training and tests</source>
        <translation>Imagine și ton generate, pentru instruire și teste</translation>
    </message>
    <message>
        <source>Find de&amp;vices</source>
        <translation>Caută &amp;dispozitive</translation>
    </message>
    <message>
        <source>Picture and sound</source>
        <translation>Imagine și sunet</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Marcaje</translation>
    </message>
    <message>
        <source>Marks this moment and asks for the text</source>
        <translation>Marchează acest moment și cere textul</translation>
    </message>
    <message>
        <source>Marks this moment; the text can be added in the list</source>
        <translation>Marchează acest moment; textul poate fi adăugat în listă</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Cameră: %1</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>Microfon: %1</translation>
    </message>
    <message>
        <source>Recording into the existing hearing %1 (another session of it).</source>
        <translation>Se înregistrează în audierea existentă %1 (o nouă sesiune a ei).</translation>
    </message>
    <message>
        <source>▶ &amp;Resume</source>
        <translation>▶ &amp;Reia</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause…</source>
        <translation>❚❚ &amp;Pauză…</translation>
    </message>
    <message>
        <source>Resume the recording (Ctrl+P)</source>
        <translation>Reia înregistrarea (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pause the recording; asks the reason (Ctrl+P)</source>
        <translation>Întrerupe înregistrarea; cere motivul (Ctrl+P)</translation>
    </message>
    <message>
        <source>%1
The picture shows once recording starts</source>
        <translation>%1
Imaginea apare după ce începe înregistrarea</translation>
    </message>
    <message>
        <source>Pause the recording</source>
        <translation>Întreruperea înregistrării</translation>
    </message>
    <message>
        <source>Why is the hearing paused? Choose a reason or type one; it goes into the record.</source>
        <translation>De ce se întrerupe audierea? Alegeți un motiv sau scrieți-l; acesta se consemnează în înregistrare.</translation>
    </message>
    <message>
        <source>Stop the recording</source>
        <translation>Oprirea înregistrării</translation>
    </message>
    <message>
        <source>Stop recording and seal the hearing now? A sealed recording cannot be continued; a new session of the hearing can be recorded later.</source>
        <translation>Opriți înregistrarea și sigilați audierea acum? O înregistrare sigilată nu mai poate fi continuată; o nouă sesiune a audierii poate fi înregistrată ulterior.</translation>
    </message>
    <message>
        <source>Interrupted recording found</source>
        <translation>S-a găsit o înregistrare întreruptă</translation>
    </message>
    <message>
        <source>The recording &quot;%1&quot; was interrupted (the program or the computer stopped). What was recorded up to %2 has been recovered.

Resume recording into the same hearing? The gap is noted in the record.</source>
        <translation>Înregistrarea „%1” a fost întreruptă (programul sau calculatorul s-a oprit). Ce s-a înregistrat până la %2 a fost recuperat.

Reluați înregistrarea în aceeași audiere? Întreruperea se consemnează.</translation>
    </message>
    <message>
        <source>&amp;Resume recording</source>
        <translation>&amp;Reia înregistrarea</translation>
    </message>
    <message>
        <source>&amp;Seal it as it is</source>
        <translation>&amp;Sigilează așa cum este</translation>
    </message>
    <message>
        <source>A hearing is being recorded</source>
        <translation>Se înregistrează o audiere</translation>
    </message>
    <message>
        <source>A hearing is being recorded. Stop and seal it before closing?

Nothing is lost either way: if you keep recording, the window stays open.</source>
        <translation>Se înregistrează o audiere. O opriți și o sigilați înainte de închidere?

Nu se pierde nimic în niciun caz: dacă înregistrarea continuă, fereastra rămâne deschisă.</translation>
    </message>
    <message>
        <source>Hearing %1, created on the server when recording started.</source>
        <translation>Audierea %1, creată pe server la începutul înregistrării.</translation>
    </message>
    <message>
        <source>Choose the cameras and microphones of this hearing: their pictures and sound levels show here.</source>
        <translation>Alegeți camerele și microfoanele acestei audieri: imaginile și nivelurile de sunet apar aici.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ClientApp</name>
    <message>
        <source>--tab admin: %1 is not an administrator</source>
        <translation>--tab admin: %1 nu este administrator</translation>
    </message>
    <message>
        <source>--tab uploads: %1 is not a prosecutor</source>
        <translation>--tab uploads: %1 nu este procuror</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Autentificarea a eșuat: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>Încărcările nu sunt disponibile: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation>Captura de ecran nu poate fi scrisă în %1</translation>
    </message>
    <message numerus="yes">
        <source>%n verified recording(s) removed from this workstation (kept on the server).</source>
        <translation>
            <numerusform>%n înregistrare verificată a fost ștearsă de pe această stație de lucru (se păstrează pe server).</numerusform>
            <numerusform>%n înregistrări verificate au fost șterse de pe această stație de lucru (se păstrează pe server).</numerusform>
            <numerusform>%n de înregistrări verificate au fost șterse de pe această stație de lucru (se păstrează pe server).</numerusform>
        </translation>
    </message>
    <message>
        <source>--tab room: %1 is not a prosecutor</source>
        <translation>--tab room: %1 nu este procuror</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ClipBar</name>
    <message>
        <source>Clip st&amp;arts here</source>
        <translation>Clipul înce&amp;pe aici</translation>
    </message>
    <message>
        <source>The clip to export starts at the playing position (I)</source>
        <translation>Clipul de exportat începe la poziția redată (I)</translation>
    </message>
    <message>
        <source>Cli&amp;p ends here</source>
        <translation>Clipul se te&amp;rmină aici</translation>
    </message>
    <message>
        <source>The clip to export ends at the playing position (O)</source>
        <translation>Clipul de exportat se termină la poziția redată (O)</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Golește</translation>
    </message>
    <message>
        <source>Forget the clip&apos;s start and end</source>
        <translation>Uită începutul și sfârșitul clipului</translation>
    </message>
    <message>
        <source>E&amp;xport clip…</source>
        <translation>E&amp;xportă clipul…</translation>
    </message>
    <message>
        <source>Save the marked part as an MP4 (Ctrl+Shift+E): cut on the server without re-encoding, from the last keyframe before its start, with the case and the source&apos;s SHA-256 in it; saved only once its SHA-256 matches</source>
        <translation>Salvează partea marcată ca MP4 (Ctrl+Shift+E): tăiată pe server fără recodare, de la ultimul cadru cheie dinaintea începutului ei, cu dosarul și SHA-256 al sursei în fișier; salvată doar după ce SHA-256 al ei se potrivește</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Anulează exportul</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>clip</translation>
    </message>
    <message>
        <source>Export clip %1–%2</source>
        <translation>Exportă clipul %1–%2</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Clip: %1 – %2 (%3)</source>
        <translation>Clip: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Clip: mark its start (I) and end (O) while playing</source>
        <translation>Clip: marcați începutul (I) și sfârșitul (O) în timpul redării</translation>
    </message>
</context>
<context>
    <name>audientia::gui::DownloadViewModel</name>
    <message>
        <source>A download is already running; wait for it or cancel it first.</source>
        <translation>O descărcare este deja în curs; așteptați-o sau anulați-o mai întâi.</translation>
    </message>
    <message>
        <source>Not connected to the server; log in again.</source>
        <translation>Nu există conexiune cu serverul; autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>Cannot save to %1: the folder does not exist.</source>
        <translation>Nu se poate salva în %1: dosarul nu există.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Se descarcă %1…</translation>
    </message>
    <message>
        <source>Saved %1 as %2. Its SHA-256 matches the one the server recorded: %3</source>
        <translation>%1 a fost salvat ca %2. SHA-256 al său corespunde celui înregistrat de server: %3</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was saved.</source>
        <translation>Descărcare anulată; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The download of %1 failed and nothing was saved: %2</source>
        <translation>Descărcarea fișierului %1 a eșuat și nu s-a salvat nimic: %2</translation>
    </message>
    <message>
        <source>A clip must end after it starts: mark its start (I) and its end (O) on the timeline.</source>
        <translation>Un clip trebuie să se termine după ce începe: marcați începutul (I) și sfârșitul (O) pe cronologie.</translation>
    </message>
    <message>
        <source>the clip %1–%2</source>
        <translation>clipul %1–%2</translation>
    </message>
    <message>
        <source>Saved the clip %1–%2 as %3 (cut without re-encoding; SHA-256 %4).</source>
        <translation>Clipul %1–%2 a fost salvat ca %3 (tăiat fără recodare; SHA-256 %4).</translation>
    </message>
    <message>
        <source>It starts at %1, the last keyframe before %2, so that no picture is re-encoded.</source>
        <translation>Începe la %1, ultimul cadru cheie dinaintea lui %2, ca nicio imagine să nu fie recodată.</translation>
    </message>
    <message>
        <source>the hearing report</source>
        <translation>procesul-verbal al audierii</translation>
    </message>
    <message>
        <source>Saved the hearing report of case %1 as %2 (SHA-256 %3).</source>
        <translation>Procesul-verbal al audierii din dosarul %1 a fost salvat ca %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Say why the package leaves the building: the reason is written into it and into the audit trail.</source>
        <translation>Spuneți de ce iese pachetul din instituție: motivul este scris în el și în jurnalul de audit.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name for the package.</source>
        <translation>%1 există deja: alegeți un nume nou pentru pachet.</translation>
    </message>
    <message>
        <source>the evidence package</source>
        <translation>pachetul de probe</translation>
    </message>
    <message numerus="yes">
        <source>Saved the signed evidence package of case %1 as %2: %n file(s), digest %3 (audit event %4). Anyone can check it with audientia-verify.</source>
        <translation>
            <numerusform>Pachetul de probe semnat din dosarul %1 a fost salvat ca %2: %n fișier, amprentă %3 (evenimentul de audit %4). Oricine îl poate verifica cu audientia-verify.</numerusform>
            <numerusform>Pachetul de probe semnat din dosarul %1 a fost salvat ca %2: %n fișiere, amprentă %3 (evenimentul de audit %4). Oricine îl poate verifica cu audientia-verify.</numerusform>
            <numerusform>Pachetul de probe semnat din dosarul %1 a fost salvat ca %2: %n de fișiere, amprentă %3 (evenimentul de audit %4). Oricine îl poate verifica cu audientia-verify.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk that holds %1 is full and nothing was saved: free some space there or choose another place, then try again.</source>
        <translation>Discul pe care se află %1 este plin și nu s-a salvat nimic: eliberați spațiu acolo sau alegeți alt loc, apoi încercați din nou.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::FixityRunModel</name>
    <message>
        <source>Running</source>
        <translation>În curs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Începută</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Încheiată</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Fișiere verificate</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>Nepotriviri</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
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
        <translation>Inculpat</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victimă</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Martor</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închisă</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Procuror</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Grefier</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Fără rol</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octeți</numerusform>
            <numerusform>%Ln de octeți</numerusform>
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
        <translation>%1 octeți</translation>
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
            <numerusform>%Ln canal</numerusform>
            <numerusform>%Ln canale</numerusform>
            <numerusform>%Ln de canale</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 cadre/s</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation>Parte vătămată</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Reprezentant legal</translation>
    </message>
    <message>
        <source>Other participant</source>
        <translation>Altă calitate</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingDetailsWidget</name>
    <message>
        <source>Select a hearing to see its details and recordings.</source>
        <translation>Selectați o audiere pentru a-i vedea detaliile și înregistrările.</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiere</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Loc:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participanți:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creată:</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <source>No recordings in this hearing yet.</source>
        <translation>Această audiere nu are încă înregistrări.</translation>
    </message>
    <message>
        <source>Select a recording</source>
        <translation>Selectați o înregistrare</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iază</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected recording</source>
        <translation>Copiază amprenta SHA-256 a înregistrării selectate</translation>
    </message>
    <message>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256:</translation>
    </message>
    <message>
        <source>&amp;Add recording…</source>
        <translation>&amp;Adaugă înregistrare…</translation>
    </message>
    <message>
        <source>Upload a recording file to this hearing (in the background; see the Uploads tab)</source>
        <translation>Încarcă un fișier de înregistrare la această audiere (în fundal; vedeți fila Încărcări)</translation>
    </message>
    <message>
        <source>Add capture &amp;folder…</source>
        <translation>Adaugă &amp;folder de captură…</translation>
    </message>
    <message>
        <source>Upload a capture directory (manifest.json and its segments) to this hearing; a capture still recording is followed to its end</source>
        <translation>Încarcă un folder de captură (manifest.json și segmentele sale) la această audiere; o captură încă în curs de înregistrare este urmărită până la sfârșit</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dosarul %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Dosarul %1 — %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(neconsemnat)</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>This file could not be read as media; it is kept unchanged. Reason: %1</source>
        <translation>Acest fișier nu a putut fi citit ca fișier media; este păstrat neschimbat. Motiv: %1</translation>
    </message>
    <message>
        <source>Add a recording to case %1</source>
        <translation>Adăugați o înregistrare la dosarul %1</translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.wav *.mp3 *.flac *.ogg);;All files (*)</source>
        <translation>Înregistrări (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.wav *.mp3 *.flac *.ogg);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Add a capture folder to case %1</source>
        <translation>Adăugați un folder de captură la dosarul %1</translation>
    </message>
    <message>
        <source>The markers and the gaps (pauses, interruptions) of the selected recording</source>
        <translation>Marcajele și golurile (pauze, întreruperi) din înregistrarea selectată</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Redă</translation>
    </message>
    <message>
        <source>Play the selected recording in the player window (Ctrl+P, or a double-click on the recording)</source>
        <translation>Redă înregistrarea selectată în fereastra de redare (Ctrl+P sau dublu clic pe înregistrare)</translation>
    </message>
    <message>
        <source>&amp;Moments</source>
        <translation>&amp;Momente</translation>
    </message>
    <message>
        <source>Fi&amp;les</source>
        <translation>Fișie&amp;re</translation>
    </message>
    <message>
        <source>&amp;Moments (%1)</source>
        <translation>&amp;Momente (%1)</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>Ad&amp;notări</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingExportBar</name>
    <message>
        <source>Hearing &amp;report…</source>
        <translation>P&amp;roces-verbal…</translation>
    </message>
    <message>
        <source>Save the hearing report (Ctrl+Shift+D): a draft record of the hearing as a PDF, with the participants, the recordings and their SHA-256, pauses, annotations and a picture of each camera</source>
        <translation>Salvează procesul-verbal al audierii (Ctrl+Shift+D): un proiect de proces-verbal ca PDF, cu participanții, înregistrările și SHA-256 al lor, pauzele, adnotările și o imagine de la fiecare cameră</translation>
    </message>
    <message>
        <source>E&amp;vidence package…</source>
        <translation>Pachet de pro&amp;be…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Save the report of case %1</source>
        <translation>Salvați procesul-verbal din dosarul %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the evidence package of case %1 as a new folder</source>
        <translation>Salvați pachetul de probe din dosarul %1 ca folder nou</translation>
    </message>
    <message>
        <source>Save the signed evidence package (Ctrl+Shift+X): the recordings as sealed, the hearing, its annotations, its audit trail and the report, as a folder or one ZIP file that anyone can check with audientia-verify</source>
        <translation>Salvează pachetul de probe semnat (Ctrl+Shift+X): înregistrările așa cum au fost sigilate, audierea, adnotările ei, jurnalul ei de audit și procesul-verbal, ca folder sau ca un singur fișier ZIP pe care oricine îl poate verifica cu audientia-verify</translation>
    </message>
    <message>
        <source>Save the evidence package of case %1 as a ZIP file</source>
        <translation>Salvați pachetul de probe din dosarul %1 ca fișier ZIP</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Arhivă ZIP (*.zip)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingListModel</name>
    <message>
        <source>Case number</source>
        <translation>Număr de dosar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Înregistrări</translation>
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
        <translation>fără unitate</translation>
    </message>
    <message>
        <source>Loading the hearings failed: %1</source>
        <translation>Încărcarea audierilor a eșuat: %1</translation>
    </message>
    <message>
        <source>Loading hearing %1 failed: %2</source>
        <translation>Încărcarea audierii %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>The server did not confirm the logout: %1</source>
        <translation>Serverul nu a confirmat deconectarea: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::JobListModel</name>
    <message>
        <source>Processing a recording</source>
        <translation>Procesarea unei înregistrări</translation>
    </message>
    <message>
        <source>Fixity check</source>
        <translation>Verificarea integrității</translation>
    </message>
    <message>
        <source>Retention sweep</source>
        <translation>Aplicarea termenelor de păstrare</translation>
    </message>
    <message>
        <source>Expiring unfinished uploads</source>
        <translation>Expirarea încărcărilor neterminate</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>În coadă</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>În curs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminată</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscută</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Obiect: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Lucrare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultima eroare</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizată</translation>
    </message>
</context>
<context>
    <name>audientia::gui::KeepingViewModel</name>
    <message>
        <source>Loading the jobs…</source>
        <translation>Se încarcă lucrările…</translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation>Lucrările nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>No job in this state.</source>
        <translation>Nicio lucrare în această stare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln jobs, newest first.</source>
        <translation>
            <numerusform>%Ln lucrare.</numerusform>
            <numerusform>%Ln lucrări, cele mai noi întâi.</numerusform>
            <numerusform>%Ln de lucrări, cele mai noi întâi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the alerts…</source>
        <translation>Se încarcă alertele…</translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>Alertele nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Nicio alertă.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Nicio alertă deschisă.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alerts, newest first.</source>
        <translation>
            <numerusform>%Ln alertă.</numerusform>
            <numerusform>%Ln alerte, cele mai noi întâi.</numerusform>
            <numerusform>%Ln de alerte, cele mai noi întâi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open alerts, newest first.</source>
        <translation>
            <numerusform>%Ln alertă deschisă.</numerusform>
            <numerusform>%Ln alerte deschise, cele mai noi întâi.</numerusform>
            <numerusform>%Ln de alerte deschise, cele mai noi întâi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the fixity status…</source>
        <translation>Se încarcă starea integrității…</translation>
    </message>
    <message>
        <source>The fixity status could not be read: %1</source>
        <translation>Starea integrității nu a putut fi citită: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored files, %1 never checked; %2 failed their last check.</source>
        <translation>
            <numerusform>%Ln fișier stocat, %1 neverificate niciodată; %2 au picat ultima verificare.</numerusform>
            <numerusform>%Ln fișiere stocate, %1 neverificate niciodată; %2 au picat ultima verificare.</numerusform>
            <numerusform>%Ln de fișiere stocate, %1 neverificate niciodată; %2 au picat ultima verificare.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fixity check has run yet.</source>
        <translation>Nu a rulat încă nicio verificare a integrității.</translation>
    </message>
    <message>
        <source>Job %1 could not be retried: %2</source>
        <translation>Lucrarea %1 nu a putut fi reluată: %2</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>Lucrarea %1 este din nou în coadă.</translation>
    </message>
    <message>
        <source>The alert could not be acknowledged: %1</source>
        <translation>Alerta nu a putut fi confirmată: %1</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Alertă confirmată.</translation>
    </message>
    <message>
        <source>The fixity check could not be started: %1</source>
        <translation>Verificarea integrității nu a putut fi pornită: %1</translation>
    </message>
    <message>
        <source>Fixity check queued (job %1).</source>
        <translation>Verificarea integrității a fost pusă în coadă (lucrarea %1).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::KeepingWidget</name>
    <message>
        <source>Jobs</source>
        <translation>Lucrări</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Fixity</source>
        <translation>Integritate</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>R&amp;eia</translation>
    </message>
    <message>
        <source>Queue the selected failed job again, its attempts reset</source>
        <translation>Pune din nou în coadă lucrarea eșuată selectată, cu încercările resetate</translation>
    </message>
    <message>
        <source>Show acknow&amp;ledged</source>
        <translation>Arată și cele confir&amp;mate</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen and dealt with</source>
        <translation>Marchează alerta selectată ca văzută și rezolvată</translation>
    </message>
    <message>
        <source>Run &amp;fixity now</source>
        <translation>Verifică &amp;integritatea acum</translation>
    </message>
    <message>
        <source>Check every stored file against its recorded SHA-256 digest, in the background</source>
        <translation>Verifică fiecare fișier stocat față de amprenta SHA-256 înregistrată, în fundal</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>S&amp;tare:</translation>
    </message>
    <message>
        <source>Ackno&amp;wledge</source>
        <translation>Con&amp;firmă</translation>
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
        <translation>Activă</translation>
    </message>
    <message>
        <source>Released by %1, %2: %3</source>
        <translation>Ridicată de %1, %2: %3</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiere</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Instituită</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LevelMeter</name>
    <message>
        <source>Peak %1 dBFS, RMS %2 dBFS</source>
        <translation>Vârf %1 dBFS, RMS %2 dBFS</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>SATURAT</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LoginDialog</name>
    <message>
        <source>Audientia — Log in</source>
        <translation>Audientia — Autentificare</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in to Audientia&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autentificare în Audientia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PEM file of the server&apos;s CA (e.g. DATA_DIR/tls/ca.pem)</source>
        <translation>Fișierul PEM al CA-ului serverului (de ex. DATA_DIR/tls/ca.pem)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>Doar dacă serverul îl cere</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>Choose the workstation&apos;s certificate (PEM)</source>
        <translation>Alegeți certificatul stației de lucru (PEM)</translation>
    </message>
    <message>
        <source>Choose the workstation&apos;s private key (PEM)</source>
        <translation>Alegeți cheia privată a stației de lucru (PEM)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fișier &amp;CA:</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Cer&amp;tificat client:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;heie client:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>N&amp;ume utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Autentificare</translation>
    </message>
    <message>
        <source>CA certificate of the server</source>
        <translation>Certificatul CA al serverului</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificate PEM (*.pem *.crt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Certificate of this workstation</source>
        <translation>Certificatul acestei stații de lucru</translation>
    </message>
    <message>
        <source>Private key of this workstation</source>
        <translation>Cheia privată a acestei stații de lucru</translation>
    </message>
    <message>
        <source>PEM keys (*.key *.pem);;All files (*)</source>
        <translation>Chei PEM (*.key *.pem);;Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LoginViewModel</name>
    <message>
        <source>Enter the server address as HOST:PORT.</source>
        <translation>Introduceți adresa serverului sub forma HOST:PORT.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Fișierul CA %1 nu există.</translation>
    </message>
    <message>
        <source>Choose both the client certificate and its key, or neither (they are needed only when the server asks for a workstation certificate).</source>
        <translation>Alegeți atât certificatul client, cât și cheia sa, sau niciuna (sunt necesare doar când serverul cere un certificat al stației de lucru).</translation>
    </message>
    <message>
        <source>The client certificate %1 does not exist.</source>
        <translation>Certificatul client %1 nu există.</translation>
    </message>
    <message>
        <source>The client key %1 does not exist.</source>
        <translation>Cheia client %1 nu există.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduceți numele de utilizator.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduceți parola.</translation>
    </message>
    <message>
        <source>The server is running, but its database is unavailable. It usually comes back by itself within a minute: try again in a moment, and tell the administrator if it lasts.</source>
        <translation>Serverul funcționează, dar baza sa de date nu este disponibilă. De obicei își revine singură în cel mult un minut: încercați din nou peste puțin timp și anunțați administratorul dacă problema persistă.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Serverul nu poate fi contactat: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Principală</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Reîmprospătează</translation>
    </message>
    <message>
        <source>Reload the list shown (F5)</source>
        <translation>Reîncarcă lista afișată (F5)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Deconectare</translation>
    </message>
    <message>
        <source>End the session and return to the login</source>
        <translation>Încheie sesiunea și revine la autentificare</translation>
    </message>
    <message>
        <source>Filter by case number or title (Ctrl+F)</source>
        <translation>Filtrați după numărul de dosar sau titlu (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading hearings…</source>
        <translation>Se încarcă audierile…</translation>
    </message>
    <message>
        <source>&amp;Hearings</source>
        <translation>A&amp;udieri</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>A&amp;dministrare</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>Înc&amp;ărcări</translation>
    </message>
    <message>
        <source>Your role (%1) has no hearings or administration to show here.
Auditors read and verify the audit trail with  audientiactl audit list  and  audientiactl audit verify.</source>
        <translation>Rolul dumneavoastră (%1) nu are audieri sau administrare de afișat aici.
Auditorii citesc și verifică jurnalul de audit cu  audientiactl audit list  și  audientiactl audit verify.</translation>
    </message>
    <message>
        <source>Audientia</source>
        <translation>Audientia</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Cont</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Schimbă-mi &amp;parola…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;eșire</translation>
    </message>
    <message>
        <source>Audientia — %1 — %2@%3</source>
        <translation>Audientia — %1 — %2@%3</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audieri</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrare</translation>
    </message>
    <message>
        <source>No hearings in your office yet.</source>
        <translation>Unitatea dumneavoastră nu are încă audieri.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Se așteaptă serverul…</translation>
    </message>
    <message>
        <source>Loading the hearings…</source>
        <translation>Se încarcă audierile…</translation>
    </message>
    <message>
        <source>Loading the hearing…</source>
        <translation>Se încarcă audierea…</translation>
    </message>
    <message>
        <source>&amp;Uploads (%1)</source>
        <translation>Înc&amp;ărcări (%1)</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Schimbarea parolei</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Your other sessions end; this one stays logged in.</source>
        <translation>O parolă nouă pentru &lt;b&gt;%1&lt;/b&gt;. Celelalte sesiuni ale dumneavoastră se încheie; aceasta rămâne conectată.</translation>
    </message>
    <message>
        <source>Your password was changed; your other sessions were ended.</source>
        <translation>Parola a fost schimbată; celelalte sesiuni ale dumneavoastră au fost încheiate.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hearings</source>
        <translation>
            <numerusform>%Ln audiere</numerusform>
            <numerusform>%Ln audieri</numerusform>
            <numerusform>%Ln de audieri</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearing roo&amp;m</source>
        <translation>Sa&amp;la de audieri</translation>
    </message>
    <message>
        <source>● Hearing roo&amp;m</source>
        <translation>● Sa&amp;la de audieri</translation>
    </message>
    <message>
        <source>Record into this &amp;hearing</source>
        <translation>Înregistrează în această &amp;audiere</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Record another session of the selected hearing (Ctrl+Shift+R)</source>
        <translation>Înregistrează o nouă sesiune a audierii selectate (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Select a hearing first.</source>
        <translation>Selectați mai întâi o audiere.</translation>
    </message>
    <message>
        <source>A hearing is being recorded: stop it before recording another one.</source>
        <translation>Se înregistrează o audiere: opriți-o înainte de a înregistra alta.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Căutare</translation>
    </message>
    <message>
        <source>Search all hearings</source>
        <translation>Caută în toate audierile</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jurnal de audit</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>&amp;Jurnal de audit</translation>
    </message>
    <message>
        <source>&amp;Keeping</source>
        <translation>&amp;Păstrare</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dosarul %1</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>Păst&amp;rare</translation>
    </message>
</context>
<context>
    <name>audientia::gui::MoveOfficeDialog</name>
    <message>
        <source>Move office</source>
        <translation>Mutare unitate</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (with its sub-offices) under:</source>
        <translation>Mutați &lt;b&gt;%1&lt;/b&gt; (cu subunitățile ei) în subordinea unității:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mută</translation>
    </message>
    <message>
        <source>Choose the new parent office.</source>
        <translation>Alegeți noua unitate superioară.</translation>
    </message>
    <message>
        <source>An office cannot move under itself or one of its sub-offices.</source>
        <translation>O unitate nu poate fi mutată în subordinea ei însăși sau a uneia dintre subunitățile ei.</translation>
    </message>
    <message>
        <source>The office is already there: choose another parent.</source>
        <translation>Unitatea se află deja acolo: alegeți altă unitate superioară.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Utilizator nou</translation>
    </message>
    <message>
        <source>A new user of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Un utilizator nou al unității &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Creează utilizatorul</translation>
    </message>
    <message>
        <source>3–64 letters, digits, . _ @ -</source>
        <translation>3–64 litere, cifre, . _ @ -</translation>
    </message>
    <message>
        <source>the server&apos;s password policy applies</source>
        <translation>se aplică politica de parole a serverului</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>N&amp;ume utilizator:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Parolă inițială:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Repetați p&amp;arola:</translation>
    </message>
</context>
<context>
    <name>audientia::gui::OfficeNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Denumire:</translation>
    </message>
</context>
<context>
    <name>audientia::gui::OfficeTreeModel</name>
    <message>
        <source>Active</source>
        <translation>Activă</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivă</translation>
    </message>
    <message>
        <source>%1
created %2</source>
        <translation>%1
creată la %2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PackageDialog</name>
    <message>
        <source>Evidence package of case %1</source>
        <translation>Pachetul de probe din dosarul %1</translation>
    </message>
    <message>
        <source>&amp;Why does it leave the building (for example: the court&apos;s request, its number)? The reason is written into the package and into the audit trail.</source>
        <translation>&amp;De ce iese din instituție (de exemplu: solicitarea instanței, numărul ei)? Motivul este scris în pachet și în jurnalul de audit.</translation>
    </message>
    <message>
        <source>&amp;Recordings in the package:</source>
        <translation>Înregist&amp;rările din pachet:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The hearing&apos;s details, all its annotations, its audit trail and the hearing report always go in.</source>
        <translation>Datele audierii, toate adnotările ei, jurnalul ei de audit și procesul-verbal sunt incluse întotdeauna.</translation>
    </message>
    <message>
        <source>As a &amp;folder</source>
        <translation>Ca &amp;folder</translation>
    </message>
    <message>
        <source>As one &amp;ZIP file, to hand over or attach</source>
        <translation>Ca un singur fișier &amp;ZIP, de predat sau de atașat</translation>
    </message>
    <message>
        <source>Choose where to save it…</source>
        <translation>Alegeți unde îl salvați…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Say why the package leaves the building first.</source>
        <translation>Spuneți mai întâi de ce iese pachetul din instituție.</translation>
    </message>
    <message>
        <source>Choose at least one recording.</source>
        <translation>Alegeți cel puțin o înregistrare.</translation>
    </message>
    <message>
        <source>Also put in the part &amp;marked in the player, as a clip</source>
        <translation>Pune și partea &amp;marcată în fereastra de redare, ca clip</translation>
    </message>
    <message>
        <source>%1, from %2 to %3: cut from the keyframe before, without re-encoding.</source>
        <translation>%1, de la %2 la %3: tăiată de la cadrul cheie dinainte, fără recodare.</translation>
    </message>
    <message>
        <source>To put a part of a recording in the package as well, play it and mark where the part starts (I) and ends (O) first.</source>
        <translation>Ca să puneți în pachet și o parte dintr-o înregistrare, redați-o și marcați întâi unde începe partea (I) și unde se termină (O).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PasswordDialog</name>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Stabilește parola</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Parola a&amp;ctuală:</translation>
    </message>
    <message>
        <source>the server&apos;s password policy applies</source>
        <translation>se aplică politica de parole a serverului</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Parola &amp;nouă:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Repetați p&amp;arola:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduceți parola actuală.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PlayerViewModel</name>
    <message>
        <source>This file is not playable media (%1); it is kept unchanged.</source>
        <translation>Acest fișier nu este un suport media redabil (%1); este păstrat neschimbat.</translation>
    </message>
    <message>
        <source>This recording failed on the server and cannot be played: %1</source>
        <translation>Această înregistrare a eșuat pe server și nu poate fi redată: %1</translation>
    </message>
    <message>
        <source>This recording is not ready to play yet: the server is still receiving or processing it.</source>
        <translation>Această înregistrare nu poate fi redată încă: serverul încă o primește sau o prelucrează.</translation>
    </message>
    <message>
        <source>The player cannot start: no local port could be opened for it.</source>
        <translation>Redarea nu poate porni: nu s-a putut deschide niciun port local pentru ea.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <source>Pause: %1</source>
        <translation>Pauză: %1</translation>
    </message>
    <message>
        <source>Interruption: %1</source>
        <translation>Întrerupere: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>Microfonul %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Se așteaptă serverul…</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Sfârșitul înregistrării</translation>
    </message>
    <message>
        <source>This recording cannot be played on this workstation.</source>
        <translation>Această înregistrare nu poate fi redată pe această stație de lucru.</translation>
    </message>
    <message>
        <source>The recording could not be read from the server (%1). Check the connection and open it again.</source>
        <translation>Înregistrarea nu a putut fi citită de pe server (%1). Verificați conexiunea și deschideți-o din nou.</translation>
    </message>
    <message>
        <source>This recording&apos;s format cannot be played on this workstation (%1).</source>
        <translation>Formatul acestei înregistrări nu poate fi redat pe această stație de lucru (%1).</translation>
    </message>
    <message>
        <source>You may not play this recording (%1).</source>
        <translation>Nu aveți dreptul să redați această înregistrare (%1).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PlayerWindow</name>
    <message>
        <source>Player</source>
        <translation>Redare</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>Redare sau pauză (Spațiu, K)</translation>
    </message>
    <message>
        <source>5 seconds back (Left, J)</source>
        <translation>5 secunde înapoi (Stânga, J)</translation>
    </message>
    <message>
        <source>5 seconds on (Right)</source>
        <translation>5 secunde înainte (Dreapta)</translation>
    </message>
    <message>
        <source>Previous mark (Page Up)</source>
        <translation>Reperul anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next mark (Page Down)</source>
        <translation>Reperul următor (Page Down)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Viteză:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cameră:</translation>
    </message>
    <message>
        <source>A&amp;udio:</source>
        <translation>&amp;Sunet:</translation>
    </message>
    <message>
        <source>Annotate &amp;here</source>
        <translation>Adnotează &amp;aici</translation>
    </message>
    <message>
        <source>Add an annotation at the playing position (Ctrl+M); the player pauses while you type</source>
        <translation>Adaugă o adnotare la poziția redării (Ctrl+M); redarea se oprește cât timp scrieți</translation>
    </message>
    <message>
        <source>Player — %1</source>
        <translation>Redare — %1</translation>
    </message>
    <message>
        <source>Last mark: %1 %2</source>
        <translation>Ultimul reper: %1 %2</translation>
    </message>
    <message>
        <source>Playing speed; voices keep their pitch ([ slower, ] faster)</source>
        <translation>Viteza de redare; vocile își păstrează tonalitatea ([ mai încet, ] mai repede)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingFileModel</name>
    <message>
        <source>Master (playable MP4)</source>
        <translation>Master (MP4 redabil)</translation>
    </message>
    <message>
        <source>Original (as uploaded)</source>
        <translation>Original (așa cum a fost încărcat)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmentul %1</translation>
    </message>
    <message>
        <source>Capture manifest (sealed)</source>
        <translation>Manifestul capturii (sigilat)</translation>
    </message>
    <message>
        <source>Thumbnail %1</source>
        <translation>Miniatura %1</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Forma de undă</translation>
    </message>
    <message>
        <source>from %1, %2</source>
        <translation>de la %1, %2</translation>
    </message>
    <message>
        <source>%1: %2, %3, SHA-256 %4</source>
        <translation>%1: %2, %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>In the media</source>
        <translation>În înregistrare</translation>
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
        <translation>Se încarcă</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Se verifică</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Se prelucrează</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibilă</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscută</translation>
    </message>
    <message>
        <source>The last link of the capture&apos;s chain of segment digests, as sealed when the recording stopped: any change to a segment or its order breaks it</source>
        <translation>Ultima verigă a lanțului de amprente ale segmentelor capturii, așa cum a fost sigilată la oprirea înregistrării: orice modificare a unui segment sau a ordinii lor o rupe</translation>
    </message>
    <message>
        <source>Seal:</source>
        <translation>Sigiliu:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Salvează fișierul…</translation>
    </message>
    <message>
        <source>Download the selected file (the master or original when none is selected) and check its SHA-256 against the server&apos;s (Ctrl+S)</source>
        <translation>Descarcă fișierul selectat (masterul sau originalul dacă nu este selectat niciunul) și verifică SHA-256 al său față de cel de pe server (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Anulează descărcarea</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Salvează %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingListModel</name>
    <message>
        <source>Not playable: %1</source>
        <translation>Nu poate fi redată: %1</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>Încărcată la %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
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
        <translation>Întrebare</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Obiecție</translation>
    </message>
    <message>
        <source>Exhibit shown</source>
        <translation>Probă prezentată</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>until the end</source>
        <translation>până la sfârșit</translation>
    </message>
    <message>
        <source>%1 (until the end)</source>
        <translation>%1 (până la sfârșit)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <source>Interruption (recovered)</source>
        <translation>Întrerupere (recuperată)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>In the recording</source>
        <translation>În înregistrare</translation>
    </message>
    <message>
        <source>Marker or gap</source>
        <translation>Marcaj sau gol</translation>
    </message>
    <message>
        <source>Text or reason</source>
        <translation>Text sau motiv</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionPolicyModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ani</numerusform>
            <numerusform>%n de ani</numerusform>
        </translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Toate parchetele</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Parchet</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audieri</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Păstrate</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Stabilită</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionViewModel</name>
    <message>
        <source>Choose an office, a kind of hearing, or both: a policy for every hearing of every office is not allowed.</source>
        <translation>Alegeți un parchet, un tip de audiere sau amândouă: o politică pentru toate audierile tuturor parchetelor nu este permisă.</translation>
    </message>
    <message>
        <source>Hearings can be kept from 1 to 36500 days (100 years).</source>
        <translation>Audierile pot fi păstrate între 1 și 36500 de zile (100 de ani).</translation>
    </message>
    <message>
        <source>Policy set: %1.</source>
        <translation>Politică stabilită: %1.</translation>
    </message>
    <message>
        <source>Policy deleted: the hearings it covered fall under the next policy that matches them, or are kept for ever.</source>
        <translation>Politică ștearsă: audierile pe care le acoperea intră sub următoarea politică potrivită sau sunt păstrate pe termen nelimitat.</translation>
    </message>
    <message>
        <source>“%1” is not a hearing id: paste the id the prosecutor or clerk gave (36 characters, such as 6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01).</source>
        <translation>„%1” nu este un identificator de audiere: lipiți identificatorul dat de procuror sau grefier (36 de caractere, de exemplu 6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01).</translation>
    </message>
    <message>
        <source>Say why the hearing is held: the reason is kept in the audit trail.</source>
        <translation>Spuneți de ce este reținută audierea: motivul rămâne în jurnalul de audit.</translation>
    </message>
    <message>
        <source>Hold placed: the hearing will not be deleted until it is released.</source>
        <translation>Reținere instituită: audierea nu va fi ștearsă până la ridicarea ei.</translation>
    </message>
    <message>
        <source>Say why the hold is released: the reason is kept in the audit trail.</source>
        <translation>Spuneți de ce este ridicată reținerea: motivul rămâne în jurnalul de audit.</translation>
    </message>
    <message>
        <source>Hold released.</source>
        <translation>Reținere ridicată.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionWidget</name>
    <message>
        <source>Retention policies</source>
        <translation>Politici de păstrare</translation>
    </message>
    <message>
        <source>A hearing is deleted this long after it was created, under the most specific policy that matches it (office and kind, then office, then kind); with none it is kept for ever. A hearing under a legal hold is never deleted.</source>
        <translation>O audiere este ștearsă la acest interval după crearea ei, după cea mai specifică politică potrivită (parchet și tip, apoi parchet, apoi tip); fără niciuna este păstrată pe termen nelimitat. O audiere aflată sub reținere legală nu este ștearsă niciodată.</translation>
    </message>
    <message>
        <source>&amp;Set policy…</source>
        <translation>&amp;Stabilește politica…</translation>
    </message>
    <message>
        <source>Set how long the hearings of an office and/or kind are kept (Ctrl+Shift+P)</source>
        <translation>Stabilește cât timp sunt păstrate audierile unui parchet și/sau tip (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Delete policy</source>
        <translation>Șt&amp;erge politica</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Rețineri legale</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>&amp;Instituie reținere…</translation>
    </message>
    <message>
        <source>Keep a hearing whatever the policies say, until released (Ctrl+Shift+H)</source>
        <translation>Păstrează o audiere indiferent de politici, până la ridicarea reținerii (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Ridică…</translation>
    </message>
    <message>
        <source>Show released &amp;holds</source>
        <translation>Arată și reținerile &amp;ridicate</translation>
    </message>
    <message>
        <source>Set a retention policy</source>
        <translation>Stabilește o politică de păstrare</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Toate parchetele</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Parchet:</translation>
    </message>
    <message>
        <source>&amp;Hearings:</source>
        <translation>&amp;Audieri:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>Păstrea&amp;ză:</translation>
    </message>
    <message>
        <source>Delete the policy</source>
        <translation>Ștergerea politicii</translation>
    </message>
    <message>
        <source>Delete the retention policy for %1?</source>
        <translation>Ștergeți politica de păstrare pentru %1?</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>Instituie o reținere legală</translation>
    </message>
    <message>
        <source>The hearing&apos;s id, as the prosecutor or clerk gave it</source>
        <translation>Identificatorul audierii, așa cum l-a dat procurorul sau grefierul</translation>
    </message>
    <message>
        <source>Why it must be kept (an appeal, a request of the court…)</source>
        <translation>De ce trebuie păstrată (un apel, o cerere a instanței…)</translation>
    </message>
    <message>
        <source>&amp;Hearing id:</source>
        <translation>&amp;Identificatorul audierii:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motiv:</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Ridicarea reținerii</translation>
    </message>
    <message>
        <source>Why is the hearing no longer held? It may then be deleted under its policy.</source>
        <translation>De ce nu mai este reținută audierea? Ea poate fi apoi ștearsă conform politicii sale.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Schimbare rol</translation>
    </message>
    <message>
        <source>The role of &lt;b&gt;%1&lt;/b&gt; (now: %2).</source>
        <translation>Rolul lui &lt;b&gt;%1&lt;/b&gt; (acum: %2).</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Schimbă rolul</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Choose a different role.</source>
        <translation>Alegeți un alt rol.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchResultModel</name>
    <message>
        <source>Annotation: %1</source>
        <translation>Adnotare: %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Număr dosar</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiere</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Găsit în</translation>
    </message>
    <message>
        <source>At</source>
        <translation>La</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Potrivire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchViewModel</name>
    <message>
        <source>Type a case number (or part of it), a name, a place or words from an annotation. Case and diacritics do not matter.</source>
        <translation>Scrieți un număr de dosar (sau o parte din el), un nume, un loc sau cuvinte dintr-o adnotare. Majusculele și diacriticele nu contează.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Se caută…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Căutarea a eșuat: %1</translation>
    </message>
    <message>
        <source>No hearing matches these filters.</source>
        <translation>Nicio audiere nu corespunde acestor filtre.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nu s-a găsit nimic pentru „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln hits, best first; more below.</source>
        <translation>
            <numerusform>Primul rezultat, cele mai bune întâi; mai sunt și altele.</numerusform>
            <numerusform>Primele %Ln rezultate, cele mai bune întâi; mai sunt și altele.</numerusform>
            <numerusform>Primele %Ln de rezultate, cele mai bune întâi; mai sunt și altele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits, best first.</source>
        <translation>
            <numerusform>%Ln rezultat, cele mai bune întâi.</numerusform>
            <numerusform>%Ln rezultate, cele mai bune întâi.</numerusform>
            <numerusform>%Ln de rezultate, cele mai bune întâi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchWidget</name>
    <message>
        <source>Search case numbers, names, places and annotations (Ctrl+Shift+F)</source>
        <translation>Căutați numere de dosar, nume, locuri și adnotări (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Orice tip</translation>
    </message>
    <message>
        <source>Only hearings of this kind</source>
        <translation>Doar audierile de acest tip</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Oricând</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimele 7 zile</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Only hearings created in this period</source>
        <translation>Doar audierile create în această perioadă</translation>
    </message>
    <message>
        <source>Only with recordings</source>
        <translation>Doar cu înregistrări</translation>
    </message>
    <message>
        <source>Enter or double-click opens the hearing (an annotation at its moment)</source>
        <translation>Enter sau dublu clic deschide audierea (o adnotare la momentul ei)</translation>
    </message>
    <message>
        <source>&amp;More hits</source>
        <translation>&amp;Mai multe rezultate</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Setări</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Limba sistemului (%1)</translation>
    </message>
    <message>
        <source>From the next start, Audientia follows the system&apos;s language (%1).</source>
        <translation>De la următoarea pornire, Audientia folosește limba sistemului (%1).</translation>
    </message>
    <message>
        <source>From the next start, Audientia is shown in %1.</source>
        <translation>De la următoarea pornire, Audientia este afișată în %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ThumbnailStripModel</name>
    <message>
        <source>At %1 in the recording; double-click to play from here</source>
        <translation>La %1 în înregistrare; dublu clic pentru a reda de aici</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ThumbnailStripView</name>
    <message>
        <source>Pictures of the recording</source>
        <translation>Imaginile înregistrării</translation>
    </message>
    <message>
        <source>P&amp;ictures (%1)</source>
        <translation>Ima&amp;gini (%1)</translation>
    </message>
    <message>
        <source>Reading the pictures of this recording…</source>
        <translation>Se citesc imaginile acestei înregistrări…</translation>
    </message>
    <message>
        <source>Pictures are shown once the server has processed the recording.</source>
        <translation>Imaginile apar după ce serverul a prelucrat înregistrarea.</translation>
    </message>
    <message>
        <source>No pictures of this recording: it has no video, or they could not be read.</source>
        <translation>Nu există imagini ale acestei înregistrări: nu are video sau imaginile nu au putut fi citite.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::TimelineWidget</name>
    <message>
        <source>Click to play from there; the ticks are annotations (blue), pauses (amber) and interruptions (red)</source>
        <translation>Faceți clic pentru a reda de acolo; reperele sunt adnotări (albastru), pauze (galben-portocaliu) și întreruperi (roșu)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadQueueModel</name>
    <message>
        <source>Resuming</source>
        <translation>Se reia</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Se încarcă</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Se reîncearcă</translation>
    </message>
    <message>
        <source>Waiting for the recorder</source>
        <translation>Se așteaptă înregistrarea în curs</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Se verifică</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminată</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Începe</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captură</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 din %2 MiB</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Anulată</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Oprită</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>În pauză</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiere</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Viteză</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Hashing %L1%</source>
        <translation>Se calculează amprenta %L1%</translation>
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
        <translation>Citirea cozii de încărcare a eșuat: %1</translation>
    </message>
    <message>
        <source>Aborting the upload failed: %1</source>
        <translation>Anularea încărcării a eșuat: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadsViewModel</name>
    <message>
        <source>The upload of %1 was aborted.</source>
        <translation>Încărcarea fișierului %1 a fost anulată.</translation>
    </message>
    <message>
        <source>Reading the upload queue failed: %1</source>
        <translation>Citirea cozii de încărcare a eșuat: %1</translation>
    </message>
    <message>
        <source>Uploads are not available for this login.</source>
        <translation>Încărcările nu sunt disponibile pentru această autentificare.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>%1 nu poate fi încărcat: %2</translation>
    </message>
    <message>
        <source>%1 was uploaded to this hearing already.</source>
        <translation>%1 a fost deja încărcat la această audiere.</translation>
    </message>
    <message>
        <source>%1 was added to the uploads; they are paused.</source>
        <translation>%1 a fost adăugat la încărcări; acestea sunt în pauză.</translation>
    </message>
    <message>
        <source>%1 was added to the uploads.</source>
        <translation>%1 a fost adăugat la încărcări.</translation>
    </message>
    <message>
        <source>Uploads paused; they continue where they stopped on Resume.</source>
        <translation>Încărcările sunt în pauză; la Reluare continuă de unde s-au oprit.</translation>
    </message>
    <message>
        <source>Uploads resumed.</source>
        <translation>Încărcările au fost reluate.</translation>
    </message>
    <message>
        <source>Removing finished uploads failed: %1</source>
        <translation>Eliminarea încărcărilor terminate a eșuat: %1</translation>
    </message>
    <message>
        <source>%1 was uploaded and verified.</source>
        <translation>%1 a fost încărcat și verificat.</translation>
    </message>
    <message>
        <source>The upload of %1 stopped: %2</source>
        <translation>Încărcarea fișierului %1 s-a oprit: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %Ln uploads</source>
        <translation>
            <numerusform>Se reia %Ln încărcare</numerusform>
            <numerusform>Se reiau %Ln încărcări</numerusform>
            <numerusform>Se reiau %Ln de încărcări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished uploads removed from the list.</source>
        <translation>
            <numerusform>%Ln încărcare terminată a fost scoasă din listă.</numerusform>
            <numerusform>%Ln încărcări terminate au fost scoase din listă.</numerusform>
            <numerusform>%Ln de încărcări terminate au fost scoase din listă.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadsWidget</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauză</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Reîn&amp;cearcă</translation>
    </message>
    <message>
        <source>Run the selected upload again</source>
        <translation>Rulează din nou încărcarea selectată</translation>
    </message>
    <message>
        <source>A&amp;bort…</source>
        <translation>A&amp;nulează…</translation>
    </message>
    <message>
        <source>Stop the selected upload for good and discard what the server holds</source>
        <translation>Oprește definitiv încărcarea selectată și renunță la ce a primit serverul</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;limină</translation>
    </message>
    <message>
        <source>Take the selected finished upload off this list</source>
        <translation>Scoate din listă încărcarea terminată selectată</translation>
    </message>
    <message>
        <source>Remove &amp;finished</source>
        <translation>Elimină &amp;terminatele</translation>
    </message>
    <message>
        <source>Take every completed upload off this list (the recordings stay on the server)</source>
        <translation>Scoate din listă toate încărcările terminate (înregistrările rămân pe server)</translation>
    </message>
    <message>
        <source>No uploads. To upload a recording, select a hearing on the Hearings tab and choose “Add recording…”.</source>
        <translation>Nicio încărcare. Pentru a încărca o înregistrare, selectați o audiere în fila Audieri și alegeți „Adaugă înregistrare…”.</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (în pauză)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reia</translation>
    </message>
    <message>
        <source>Continue the uploads where they stopped</source>
        <translation>Continuă încărcările de unde s-au oprit</translation>
    </message>
    <message>
        <source>Stop sending for now; nothing sent is lost</source>
        <translation>Oprește trimiterea deocamdată; nimic din ce s-a trimis nu se pierde</translation>
    </message>
    <message>
        <source>Waiting for the recorder</source>
        <translation>Se așteaptă înregistrarea în curs</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 din %2 MiB</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>Anulare încărcare</translation>
    </message>
    <message>
        <source>Abort the upload of %1? What the server has received of it is discarded; to upload it later, it has to be sent again from the start.</source>
        <translation>Anulați încărcarea fișierului %1? Ce a primit serverul din el se elimină; pentru a-l încărca mai târziu, trebuie trimis din nou de la început.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln uploads to do</source>
        <translation>
            <numerusform>%Ln încărcare de făcut</numerusform>
            <numerusform>%Ln încărcări de făcut</numerusform>
            <numerusform>%Ln de încărcări de făcut</numerusform>
        </translation>
    </message>
    <message>
        <source> · %L1 done</source>
        <translation> · %L1 terminate</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UserListModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (dumneavoastră)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Dezactivat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creat la %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nume utilizator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
</context>
</TS>
