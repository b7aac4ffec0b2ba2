<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>The time in the recording: hours, minutes and seconds (1:02:03)</source>
        <translation>Время в записи: часы, минуты и секунды (1:02:03)</translation>
    </message>
    <message>
        <source>&amp;Time (H:MM:SS):</source>
        <translation>&amp;Время (Ч:ММ:СС):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The language of the client: %1 (default: the one chosen in Settings ▸ Language, else the system&apos;s).</source>
        <translation>Язык клиента: %1 (по умолчанию — выбранный в Настройки ▸ Язык, иначе язык системы).</translation>
    </message>
    <message>
        <source>Audientia desktop client: the hearings of your office and their recordings, and (for administrators) the offices and users.</source>
        <translation>Настольный клиент Audientia: допросы вашего подразделения и их записи, а также (для администраторов) подразделения и пользователи.</translation>
    </message>
    <message>
        <source>Server address (default: the session config, else localhost:7443).</source>
        <translation>Адрес сервера (по умолчанию — из настроек сеанса, иначе localhost:7443).</translation>
    </message>
    <message>
        <source>PEM file of the server&apos;s CA (default: the session config, else $AUDIENTIA_CA).</source>
        <translation>PEM-файл ЦС сервера (по умолчанию — из настроек сеанса, иначе $AUDIENTIA_CA).</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate, PEM, for a server that requires one (with --key; default: the session config, else $AUDIENTIA_CERT).</source>
        <translation>Сертификат этого рабочего места, PEM, для сервера, который его требует (вместе с --key; по умолчанию — из настроек сеанса, иначе $AUDIENTIA_CERT).</translation>
    </message>
    <message>
        <source>The private key of --cert, PEM (default: the session config, else $AUDIENTIA_KEY).</source>
        <translation>Закрытый ключ к --cert, PEM (по умолчанию — из настроек сеанса, иначе $AUDIENTIA_KEY).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Имя пользователя.</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin and log in without the dialog (needs --user).</source>
        <translation>Прочитать пароль из первой строки stdin и войти без диалога (нужен --user).</translation>
    </message>
    <message>
        <source>Once the hearings (and the first hearing&apos;s details) have loaded, save a picture of the main window to FILE and quit.</source>
        <translation>Когда допросы (и данные первого допроса) загрузятся, сохранить снимок главного окна в FILE и выйти.</translation>
    </message>
    <message>
        <source>Send uploads at most this fast, in MiB per second (default: as fast as the line allows), to leave the office&apos;s line to others.</source>
        <translation>Ограничить скорость загрузок, в МиБ в секунду (по умолчанию — насколько позволяет канал), чтобы оставить канал подразделения другим.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not %2</source>
        <translation>--lang должен быть одним из %1, а не %2</translation>
    </message>
    <message>
        <source>--cert FILE and --key FILE go together</source>
        <translation>--cert FILE и --key FILE указываются вместе</translation>
    </message>
    <message>
        <source>--upload-limit must be a positive number of MiB/s, not %1</source>
        <translation>--upload-limit должен быть положительным числом МиБ/с, а не %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>для --password-stdin нужен --user</translation>
    </message>
    <message>
        <source>The tab shown first: hearings (default), admin (administrators only; with --screenshot, the picture is taken once the offices and users have loaded), uploads (prosecutors only; with --screenshot, once the hearings and the upload queue have loaded), room (prosecutors only: the hearing room, where hearings are recorded), search (prosecutors and clerks) or audit (auditors only: the audit trail; with --screenshot, once the first events have loaded).</source>
        <translation>Вкладка, открытая первой: hearings (по умолчанию), admin (только администраторы; с --screenshot снимок делается после загрузки подразделений и пользователей), uploads (только прокуроры; с --screenshot — после загрузки допросов и очереди загрузок), room (только прокуроры: допросная, где записываются допросы), search (прокуроры и секретари) или audit (только аудиторы: журнал аудита; с --screenshot — после загрузки первых событий).</translation>
    </message>
    <message>
        <source>--tab must be hearings, search, room, admin, uploads or audit, not %1</source>
        <translation>--tab должен быть hearings, search, room, admin, uploads или audit, а не %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Типы файлов:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AccountViewModel</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Новый пароль совпадает с текущим.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AdminViewModel</name>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>Введите название подразделения.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>A user name has 3 to 64 characters: letters, digits and . _ @ - only.</source>
        <translation>Имя пользователя — от 3 до 64 символов: только латинские буквы, цифры и . _ @ -.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Введите новый пароль.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Loading the offices failed: %1</source>
        <translation>Не удалось загрузить подразделения: %1</translation>
    </message>
    <message>
        <source>Loading the users of %1 failed: %2</source>
        <translation>Не удалось загрузить пользователей подразделения %1: %2</translation>
    </message>
    <message>
        <source>Creating office %1 failed: %2</source>
        <translation>Не удалось создать подразделение %1: %2</translation>
    </message>
    <message>
        <source>Office %1 created.</source>
        <translation>Подразделение %1 создано.</translation>
    </message>
    <message>
        <source>Office %1 created under %2.</source>
        <translation>Подразделение %1 создано в составе %2.</translation>
    </message>
    <message>
        <source>Renaming office %1 failed: %2</source>
        <translation>Не удалось переименовать подразделение %1: %2</translation>
    </message>
    <message>
        <source>Office %1 renamed to %2.</source>
        <translation>Подразделение %1 переименовано в %2.</translation>
    </message>
    <message>
        <source>Choose the office to move it under.</source>
        <translation>Выберите подразделение, в которое его перенести.</translation>
    </message>
    <message>
        <source>Office %1 cannot move under itself or one of its own sub-offices.</source>
        <translation>Подразделение %1 нельзя перенести в него самого или в одно из его дочерних подразделений.</translation>
    </message>
    <message>
        <source>Moving office %1 under %2 failed: %3</source>
        <translation>Не удалось перенести подразделение %1 в %2: %3</translation>
    </message>
    <message>
        <source>Office %1 moved under %2.</source>
        <translation>Подразделение %1 перенесено в %2.</translation>
    </message>
    <message>
        <source>Reactivating office %1 failed: %2</source>
        <translation>Не удалось снова включить подразделение %1: %2</translation>
    </message>
    <message>
        <source>Deactivating office %1 failed: %2</source>
        <translation>Не удалось отключить подразделение %1: %2</translation>
    </message>
    <message>
        <source>Office %1 reactivated.</source>
        <translation>Подразделение %1 снова включено.</translation>
    </message>
    <message>
        <source>Office %1 deactivated.</source>
        <translation>Подразделение %1 отключено.</translation>
    </message>
    <message>
        <source>Select the office the new user belongs to.</source>
        <translation>Выберите подразделение нового пользователя.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s initial password.</source>
        <translation>Введите начальный пароль пользователя.</translation>
    </message>
    <message>
        <source>Creating user %1 failed: %2</source>
        <translation>Не удалось создать пользователя %1: %2</translation>
    </message>
    <message>
        <source>User %1 created in %2 as %3.</source>
        <translation>Пользователь %1 создан в подразделении %2 с ролью «%3».</translation>
    </message>
    <message>
        <source>Disabling user %1 failed: %2</source>
        <translation>Не удалось заблокировать пользователя %1: %2</translation>
    </message>
    <message>
        <source>Enabling user %1 failed: %2</source>
        <translation>Не удалось разблокировать пользователя %1: %2</translation>
    </message>
    <message>
        <source>User %1 disabled; their sessions are revoked.</source>
        <translation>Пользователь %1 заблокирован; его сеансы отозваны.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Пользователь %1 разблокирован.</translation>
    </message>
    <message>
        <source>Resetting the password of %1 failed: %2</source>
        <translation>Не удалось сбросить пароль пользователя %1: %2</translation>
    </message>
    <message>
        <source>Password of %1 reset; their sessions are revoked.</source>
        <translation>Пароль пользователя %1 сброшен; его сеансы отозваны.</translation>
    </message>
    <message>
        <source>Changing the role of %1 failed: %2</source>
        <translation>Не удалось изменить роль пользователя %1: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Новая роль пользователя %1: %2.</translation>
    </message>
    <message>
        <source>The office name is too long (at most %L1 characters).</source>
        <translation>Слишком длинное название подразделения (не более %L1 символов).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AdminWidget</name>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>New office…</source>
        <translation>Новое подразделение…</translation>
    </message>
    <message>
        <source>Create an office under the selected one</source>
        <translation>Создать подразделение в составе выбранного</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Move the selected office (with its sub-offices) under another</source>
        <translation>Перенести выбранное подразделение (с дочерними) в другое</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Новый пользователь…</translation>
    </message>
    <message>
        <source>Create a user in the selected office</source>
        <translation>Создать пользователя в выбранном подразделении</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Изменить роль…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Подразделения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users&lt;/b&gt;</source>
        <translation>&lt;b&gt;Пользователи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Пользователи: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Your own office and a top-level office cannot be deactivated here</source>
        <translation>Своё подразделение и подразделение верхнего уровня здесь отключить нельзя</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected office</source>
        <translation>Отключить или снова включить выбранное подразделение</translation>
    </message>
    <message>
        <source>The office is inactive: reactivate it to add users</source>
        <translation>Подразделение отключено: включите его, чтобы добавлять пользователей</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>That is you: use Account ▸ Change my password for your own password</source>
        <translation>Это вы: свой пароль меняйте через Учётная запись ▸ Сменить мой пароль</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>Заблокировать или разблокировать выбранного пользователя</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Задать новый пароль выбранному пользователю</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role</source>
        <translation>Изменить роль выбранного пользователя</translation>
    </message>
    <message>
        <source>A new top-level office.</source>
        <translation>Новое подразделение верхнего уровня.</translation>
    </message>
    <message>
        <source>A new office under &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Новое подразделение в составе &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Новое подразделение</translation>
    </message>
    <message>
        <source>&amp;Create office</source>
        <translation>&amp;Создать подразделение</translation>
    </message>
    <message>
        <source>Rename office</source>
        <translation>Переименование подразделения</translation>
    </message>
    <message>
        <source>The new name of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Новое название для &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Deactivate office</source>
        <translation>Отключение подразделения</translation>
    </message>
    <message>
        <source>Deactivate %1?

Its hearings, recordings and users are kept, but no new hearings or users can be added to it until it is reactivated.</source>
        <translation>Отключить %1?

Его допросы, записи и пользователи сохранятся, но добавлять новые допросы и пользователей будет нельзя, пока оно не будет снова включено.</translation>
    </message>
    <message>
        <source>Disable %1?

They are logged out everywhere and cannot log in until enabled again.</source>
        <translation>Заблокировать %1?

Пользователь будет отключён во всех сеансах и не сможет войти, пока его не разблокируют.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Their sessions end and a lockout is lifted; tell them the password in person.</source>
        <translation>Новый пароль для &lt;b&gt;%1&lt;/b&gt;. Его сеансы завершатся, блокировка за неудачные входы снимается; сообщите пароль лично.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users of %1&lt;/b&gt; (%L2)</source>
        <translation>&lt;b&gt;Пользователи: %1&lt;/b&gt; (%L2)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AlertListModel</name>
    <message>
        <source>Stored file changed</source>
        <translation>Хранимый файл изменён</translation>
    </message>
    <message>
        <source>Stored file missing</source>
        <translation>Хранимый файл отсутствует</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Задание не выполнено</translation>
    </message>
    <message>
        <source>Storage nearly full</source>
        <translation>Хранилище почти заполнено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Другое изменение</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationListModel</name>
    <message>
        <source>From the capture</source>
        <translation>Из записи зала</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменена</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменена</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <source>The annotations of the selected recording, in the order of its time</source>
        <translation>Пометки выбранной записи в порядке времени записи</translation>
    </message>
    <message>
        <source>Add a&amp;nnotation…</source>
        <translation>&amp;Добавить пометку…</translation>
    </message>
    <message>
        <source>Add an annotation to this recording</source>
        <translation>Добавить пометку к этой записи</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the text or kind of the selected annotation</source>
        <translation>Изменить текст или вид выбранной пометки</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Удалить выбранную пометку</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Every revision of the selected annotation</source>
        <translation>Все редакции выбранной пометки</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>None on this recording yet.</source>
        <translation>У этой записи пока нет пометок.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n пометка</numerusform>
            <numerusform>%n пометки</numerusform>
            <numerusform>%n пометок</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an annotation</source>
        <translation>Добавить пометку</translation>
    </message>
    <message>
        <source>Edit the annotation at %1</source>
        <translation>Изменить пометку в %1</translation>
    </message>
    <message>
        <source>Delete the annotation</source>
        <translation>Удаление пометки</translation>
    </message>
    <message>
        <source>Delete the annotation at %1?

Its history is kept and can still be read.</source>
        <translation>Удалить пометку в %1?

Её история сохраняется, и её можно будет прочитать.</translation>
    </message>
    <message>
        <source>History of the annotation at %1</source>
        <translation>История пометки в %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationsViewModel</name>
    <message>
        <source>The annotations could not be loaded: %1</source>
        <translation>Не удалось загрузить пометки: %1</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Не удалось загрузить историю: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditEventModel</name>
    <message>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(аноним)</translation>
    </message>
    <message>
        <source>Event #%1
Details: %2
Hash: %3
Previous hash: %4</source>
        <translation>Событие №%1
Подробности: %2
Хеш: %3
Предыдущий хеш: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Адрес клиента</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditViewModel</name>
    <message>
        <source>Set the filters and press Enter to read the audit trail.</source>
        <translation>Задайте фильтры и нажмите Enter, чтобы прочитать журнал аудита.</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Загрузка событий…</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Не удалось прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Ни одно событие не подходит под эти фильтры.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, oldest first.</source>
        <translation>
            <numerusform>%Ln событие, сначала старые.</numerusform>
            <numerusform>%Ln события, сначала старые.</numerusform>
            <numerusform>%Ln событий, сначала старые.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln events loaded match the user and action filters.</source>
        <translation>
            <numerusform>%1 из %Ln загруженного события подходят под фильтры пользователя и действия.</numerusform>
            <numerusform>%1 из %Ln загруженных событий подходят под фильтры пользователя и действия.</numerusform>
            <numerusform>%1 из %Ln загруженных событий подходят под фильтры пользователя и действия.</numerusform>
        </translation>
    </message>
    <message>
        <source>More on the server: “More events”.</source>
        <translation>На сервере есть ещё: «Ещё события».</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Проверка цепочки…</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %Ln events checked, last event #%1, last hash %2</source>
        <translation>
            <numerusform>Журнал цел: проверено %Ln событие, последнее событие №%1, последний хеш %2</numerusform>
            <numerusform>Журнал цел: проверено %Ln события, последнее событие №%1, последний хеш %2</numerusform>
            <numerusform>Журнал цел: проверено %Ln событий, последнее событие №%1, последний хеш %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail is broken at event #%1: %2</source>
        <translation>Журнал нарушен на событии №%1: %2</translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation>Не удалось проверить цепочку: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditWidget</name>
    <message>
        <source>User (part of the name)</source>
        <translation>Пользователь (часть имени)</translation>
    </message>
    <message>
        <source>Action, e.g. recording.download</source>
        <translation>Действие, напр. recording.download</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Id объекта</translation>
    </message>
    <message>
        <source>Only the events of this hearing, recording, user or office (its id)</source>
        <translation>Только события этого допроса, записи, пользователя или подразделения (его id)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>Unchecked: from the first event</source>
        <translation>Без отметки: с первого события</translation>
    </message>
    <message>
        <source>Unchecked: up to now</source>
        <translation>Без отметки: до текущего момента</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Reload the events with these filters (Enter)</source>
        <translation>Перезагрузить события с этими фильтрами (Enter)</translation>
    </message>
    <message>
        <source>&amp;More events</source>
        <translation>&amp;Ещё события</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Проверить &amp;цепочку</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Have the server recompute the hash chain of the whole trail (Ctrl+Shift+V)</source>
        <translation>Сервер пересчитает цепочку хешей всего журнала (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureEventModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureMarkerModel</name>
    <message>
        <source>Double-click or press F2 on the text to correct it (until the recording is sealed)</source>
        <translation>Дважды щёлкните по тексту или нажмите F2, чтобы исправить его (пока запись не опечатана)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureViewModel</name>
    <message>
        <source>The marker&apos;s text could not be changed: %1</source>
        <translation>Не удалось изменить текст метки: %1</translation>
    </message>
    <message>
        <source>Enter the case number.</source>
        <translation>Введите номер дела.</translation>
    </message>
    <message>
        <source>The case number is longer than 100 characters.</source>
        <translation>Номер дела длиннее 100 символов.</translation>
    </message>
    <message>
        <source>Choose the kind of hearing.</source>
        <translation>Выберите вид допроса.</translation>
    </message>
    <message>
        <source>Add the person heard (a participant with a role).</source>
        <translation>Добавьте допрашиваемого (участника с процессуальным статусом).</translation>
    </message>
    <message>
        <source>Participant %1 has no name.</source>
        <translation>У участника %1 не указано имя.</translation>
    </message>
    <message>
        <source>Participant %1 has no role.</source>
        <translation>У участника %1 не указан статус.</translation>
    </message>
    <message>
        <source>Choose at least one camera or microphone.</source>
        <translation>Выберите хотя бы одну камеру или микрофон.</translation>
    </message>
    <message>
        <source>Test camera (generated picture)</source>
        <translation>Тестовая камера (генерируемое изображение)</translation>
    </message>
    <message>
        <source>Test microphone (440 Hz tone)</source>
        <translation>Тестовый микрофон (тон 440 Гц)</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Камера %1</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>Микрофон %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Возражение</translation>
    </message>
    <message>
        <source>Exhibit shown</source>
        <translation>Предъявлено доказательство</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Запись не идёт</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>RECORDING</source>
        <translation>ИДЁТ ЗАПИСЬ</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Опечатывание…</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Опечатано</translation>
    </message>
    <message>
        <source>Recording cannot start yet:
%1</source>
        <translation>Запись пока нельзя начать:
%1</translation>
    </message>
    <message>
        <source>The hearing could not be created, nothing was recorded: %1</source>
        <translation>Не удалось создать допрос, ничего не записано: %1</translation>
    </message>
    <message>
        <source>Recording could not start: %1</source>
        <translation>Не удалось начать запись: %1</translation>
    </message>
    <message>
        <source>Recording resumed after an interruption (the gap is recorded)</source>
        <translation>Запись возобновлена после прерывания (разрыв зафиксирован)</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Запись начата</translation>
    </message>
    <message>
        <source>test sources</source>
        <translation>тестовые источники</translation>
    </message>
    <message>
        <source>Break requested by a participant</source>
        <translation>Перерыв по просьбе участника</translation>
    </message>
    <message>
        <source>Consultation with the lawyer</source>
        <translation>Консультация с адвокатом</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>Техническая неполадка</translation>
    </message>
    <message>
        <source>Recess</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Participant left the room</source>
        <translation>Участник покинул помещение</translation>
    </message>
    <message>
        <source>A pause needs a reason: choose one or type it.</source>
        <translation>Для паузы нужна причина: выберите или введите её.</translation>
    </message>
    <message>
        <source>The recording could not be paused: %1</source>
        <translation>Не удалось приостановить запись: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>The recording could not be resumed: %1</source>
        <translation>Не удалось возобновить запись: %1</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Возобновлено</translation>
    </message>
    <message>
        <source>Sealing failed</source>
        <translation>Не удалось опечатать</translation>
    </message>
    <message>
        <source>The recording stopped but could not be sealed: %1. Its folder %2 is kept and will be offered for recovery at the next start.</source>
        <translation>Запись остановлена, но её не удалось опечатать: %1. Её папка %2 сохранена, восстановить её будет предложено при следующем запуске.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1, %2 frames dropped; seal %3</source>
        <translation>
            <numerusform>%n сегмент, %1, потеряно кадров: %2; печать %3</numerusform>
            <numerusform>%n сегмента, %1, потеряно кадров: %2; печать %3</numerusform>
            <numerusform>%n сегментов, %1, потеряно кадров: %2; печать %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording stopped and sealed</source>
        <translation>Запись остановлена и опечатана</translation>
    </message>
    <message>
        <source>The recording is sealed; it is uploaded in the background.</source>
        <translation>Запись опечатана; она загружается в фоне.</translation>
    </message>
    <message>
        <source>The marker could not be written: %1</source>
        <translation>Не удалось записать метку: %1</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>вход %1</translation>
    </message>
    <message>
        <source>%1 · channel %2</source>
        <translation>%1 · канал %2</translation>
    </message>
    <message>
        <source>No sound from %1</source>
        <translation>Нет звука: %1</translation>
    </message>
    <message>
        <source>Sound again from %1</source>
        <translation>Звук снова есть: %1</translation>
    </message>
    <message>
        <source>%1 is too loud: the sound is clipped</source>
        <translation>%1: слишком громко, звук искажается</translation>
    </message>
    <message>
        <source>The picture of %1 is frozen</source>
        <translation>Изображение застыло: %1</translation>
    </message>
    <message>
        <source>The picture of %1 is black</source>
        <translation>Чёрное изображение: %1</translation>
    </message>
    <message>
        <source>The picture of %1 moves again</source>
        <translation>Изображение снова движется: %1</translation>
    </message>
    <message>
        <source>%1 stopped delivering: check its cable</source>
        <translation>%1 перестал передавать данные: проверьте кабель</translation>
    </message>
    <message>
        <source>Frames were dropped: this computer cannot keep up</source>
        <translation>Потеряны кадры: компьютер не справляется</translation>
    </message>
    <message>
        <source>Little disk space left for the recording</source>
        <translation>Для записи осталось мало места на диске</translation>
    </message>
    <message>
        <source>Recording failed on %1</source>
        <translation>Сбой записи: %1</translation>
    </message>
    <message>
        <source>Warning from %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more in the event list)</source>
        <translation>
            <numerusform>(ещё %n в списке событий)</numerusform>
            <numerusform>(ещё %n в списке событий)</numerusform>
            <numerusform>(ещё %n в списке событий)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted recordings could not be checked: %1</source>
        <translation>Не удалось проверить прерванные записи: %1</translation>
    </message>
    <message>
        <source>The interrupted recording in %1 could not be sealed: %2</source>
        <translation>Не удалось опечатать прерванную запись в %1: %2</translation>
    </message>
    <message>
        <source>The interrupted recording was sealed as it is; it is uploaded in the background.</source>
        <translation>Прерванная запись опечатана как есть; она загружается в фоне.</translation>
    </message>
    <message>
        <source>Test source (%1)</source>
        <translation>Тестовый источник (%1)</translation>
    </message>
    <message>
        <source>The disk is full: recording stopped and is being sealed</source>
        <translation>Диск заполнен: запись остановлена и запечатывается</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureWidget</name>
    <message>
        <source>TEST SOURCES — not a real hearing room</source>
        <translation>ТЕСТОВЫЕ ИСТОЧНИКИ — не настоящая допросная</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● &amp;Запись</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Create the hearing (if new) and start recording (Ctrl+R)</source>
        <translation>Создать допрос (если он новый) и начать запись (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Пауза…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>■ &amp;Stop and seal…</source>
        <translation>■ &amp;Остановить и опечатать…</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the recording and seal it (asks first; Ctrl+.)</source>
        <translation>Остановить запись и опечатать её (с подтверждением; Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Next hearing</source>
        <translation>&amp;Следующий допрос</translation>
    </message>
    <message>
        <source>Prepare another hearing (Ctrl+N)</source>
        <translation>Подготовить следующий допрос (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Допрос</translation>
    </message>
    <message>
        <source>Record a new hearing instead</source>
        <translation>Записать вместо этого новый допрос</translation>
    </message>
    <message>
        <source>e.g. 1234/P/2026</source>
        <translation>напр. 1234/P/2026</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>Помещение или место</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Помещение:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Cameras and microphones</source>
        <translation>Камеры и микрофоны</translation>
    </message>
    <message>
        <source>Tick what records this hearing; the choice is kept for this workstation</source>
        <translation>Отметьте, чем записывать этот допрос; выбор сохраняется для этого рабочего места</translation>
    </message>
    <message>
        <source>Use &amp;test sources</source>
        <translation>&amp;Тестовые источники</translation>
    </message>
    <message>
        <source>Generated picture and tone, for training and tests</source>
        <translation>Генерируемые изображение и тон — для обучения и проверок</translation>
    </message>
    <message>
        <source>Find de&amp;vices</source>
        <translation>Найти &amp;устройства</translation>
    </message>
    <message>
        <source>Picture and sound</source>
        <translation>Изображение и звук</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Marks this moment and asks for the text</source>
        <translation>Отмечает этот момент и запрашивает текст</translation>
    </message>
    <message>
        <source>Marks this moment; the text can be added in the list</source>
        <translation>Отмечает этот момент; текст можно добавить в списке</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Камера: %1</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>Микрофон: %1</translation>
    </message>
    <message>
        <source>Recording into the existing hearing %1 (another session of it).</source>
        <translation>Запись в существующий допрос %1 (ещё один сеанс).</translation>
    </message>
    <message>
        <source>▶ &amp;Resume</source>
        <translation>▶ &amp;Продолжить</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause…</source>
        <translation>❚❚ &amp;Пауза…</translation>
    </message>
    <message>
        <source>Resume the recording (Ctrl+P)</source>
        <translation>Возобновить запись (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pause the recording; asks the reason (Ctrl+P)</source>
        <translation>Приостановить запись; запрашивает причину (Ctrl+P)</translation>
    </message>
    <message>
        <source>%1
The picture shows once recording starts</source>
        <translation>%1
Изображение появится, когда начнётся запись</translation>
    </message>
    <message>
        <source>Pause the recording</source>
        <translation>Пауза в записи</translation>
    </message>
    <message>
        <source>Why is the hearing paused? Choose a reason or type one; it goes into the record.</source>
        <translation>Почему допрос приостанавливается? Выберите или введите причину; она попадёт в запись.</translation>
    </message>
    <message>
        <source>Stop the recording</source>
        <translation>Остановка записи</translation>
    </message>
    <message>
        <source>Stop recording and seal the hearing now? A sealed recording cannot be continued; a new session of the hearing can be recorded later.</source>
        <translation>Остановить запись и опечатать допрос сейчас? Опечатанную запись нельзя продолжить; новый сеанс допроса можно записать позже.</translation>
    </message>
    <message>
        <source>Interrupted recording found</source>
        <translation>Найдена прерванная запись</translation>
    </message>
    <message>
        <source>The recording &quot;%1&quot; was interrupted (the program or the computer stopped). What was recorded up to %2 has been recovered.

Resume recording into the same hearing? The gap is noted in the record.</source>
        <translation>Запись «%1» была прервана (остановилась программа или компьютер). Записанное до %2 восстановлено.

Продолжить запись в тот же допрос? Разрыв будет отмечен в записи.</translation>
    </message>
    <message>
        <source>&amp;Resume recording</source>
        <translation>&amp;Продолжить запись</translation>
    </message>
    <message>
        <source>&amp;Seal it as it is</source>
        <translation>&amp;Опечатать как есть</translation>
    </message>
    <message>
        <source>A hearing is being recorded</source>
        <translation>Идёт запись допроса</translation>
    </message>
    <message>
        <source>A hearing is being recorded. Stop and seal it before closing?

Nothing is lost either way: if you keep recording, the window stays open.</source>
        <translation>Идёт запись допроса. Остановить и опечатать её перед закрытием?

В любом случае ничего не потеряется: если продолжить запись, окно останется открытым.</translation>
    </message>
    <message>
        <source>Hearing %1, created on the server when recording started.</source>
        <translation>Допрос %1, созданный на сервере в начале записи.</translation>
    </message>
    <message>
        <source>Choose the cameras and microphones of this hearing: their pictures and sound levels show here.</source>
        <translation>Выберите камеры и микрофоны для этого допроса: здесь появятся их изображение и уровни звука.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ClientApp</name>
    <message>
        <source>--tab admin: %1 is not an administrator</source>
        <translation>--tab admin: %1 не администратор</translation>
    </message>
    <message>
        <source>--tab uploads: %1 is not a prosecutor</source>
        <translation>--tab uploads: %1 не прокурор</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>Загрузки недоступны: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation>Не удалось сохранить снимок экрана в %1</translation>
    </message>
    <message numerus="yes">
        <source>%n verified recording(s) removed from this workstation (kept on the server).</source>
        <translation>
            <numerusform>%n проверенная запись удалена с этого рабочего места (хранится на сервере).</numerusform>
            <numerusform>%n проверенные записи удалены с этого рабочего места (хранятся на сервере).</numerusform>
            <numerusform>%n проверенных записей удалено с этого рабочего места (хранятся на сервере).</numerusform>
        </translation>
    </message>
    <message>
        <source>--tab room: %1 is not a prosecutor</source>
        <translation>--tab room: %1 не является прокурором</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ClipBar</name>
    <message>
        <source>Clip st&amp;arts here</source>
        <translation>Клип &amp;начинается здесь</translation>
    </message>
    <message>
        <source>The clip to export starts at the playing position (I)</source>
        <translation>Клип для экспорта начинается с текущей позиции (I)</translation>
    </message>
    <message>
        <source>Cli&amp;p ends here</source>
        <translation>Клип зак&amp;анчивается здесь</translation>
    </message>
    <message>
        <source>The clip to export ends at the playing position (O)</source>
        <translation>Клип для экспорта заканчивается на текущей позиции (O)</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Сбр&amp;осить</translation>
    </message>
    <message>
        <source>Forget the clip&apos;s start and end</source>
        <translation>Забыть начало и конец клипа</translation>
    </message>
    <message>
        <source>E&amp;xport clip…</source>
        <translation>&amp;Экспорт клипа…</translation>
    </message>
    <message>
        <source>Save the marked part as an MP4 (Ctrl+Shift+E): cut on the server without re-encoding, from the last keyframe before its start, with the case and the source&apos;s SHA-256 in it; saved only once its SHA-256 matches</source>
        <translation>Сохранить отмеченную часть как MP4 (Ctrl+Shift+E): вырезается на сервере без перекодирования, с последнего ключевого кадра перед началом, с номером дела и SHA-256 источника внутри; сохраняется, только если её SHA-256 совпадает</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>клип</translation>
    </message>
    <message>
        <source>Export clip %1–%2</source>
        <translation>Экспорт клипа %1–%2</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Видео MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Clip: %1 – %2 (%3)</source>
        <translation>Клип: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Clip: mark its start (I) and end (O) while playing</source>
        <translation>Клип: отметьте начало (I) и конец (O) во время воспроизведения</translation>
    </message>
</context>
<context>
    <name>audientia::gui::DownloadViewModel</name>
    <message>
        <source>A download is already running; wait for it or cancel it first.</source>
        <translation>Загрузка уже идёт; дождитесь её или сначала отмените.</translation>
    </message>
    <message>
        <source>Not connected to the server; log in again.</source>
        <translation>Нет соединения с сервером; войдите снова.</translation>
    </message>
    <message>
        <source>Cannot save to %1: the folder does not exist.</source>
        <translation>Невозможно сохранить в %1: папка не существует.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Загрузка: %1…</translation>
    </message>
    <message>
        <source>Saved %1 as %2. Its SHA-256 matches the one the server recorded: %3</source>
        <translation>%1 сохранён как %2. Его SHA-256 совпадает с записанным на сервере: %3</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was saved.</source>
        <translation>Загрузка отменена; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The download of %1 failed and nothing was saved: %2</source>
        <translation>Загрузка %1 не удалась, ничего не сохранено: %2</translation>
    </message>
    <message>
        <source>A clip must end after it starts: mark its start (I) and its end (O) on the timeline.</source>
        <translation>Клип должен заканчиваться после начала: отметьте начало (I) и конец (O) на шкале времени.</translation>
    </message>
    <message>
        <source>the clip %1–%2</source>
        <translation>клип %1–%2</translation>
    </message>
    <message>
        <source>Saved the clip %1–%2 as %3 (cut without re-encoding; SHA-256 %4).</source>
        <translation>Клип %1–%2 сохранён как %3 (вырезан без перекодирования; SHA-256 %4).</translation>
    </message>
    <message>
        <source>It starts at %1, the last keyframe before %2, so that no picture is re-encoded.</source>
        <translation>Он начинается с %1 — последнего ключевого кадра перед %2, — чтобы ни один кадр не перекодировался.</translation>
    </message>
    <message>
        <source>the hearing report</source>
        <translation>протокол допроса</translation>
    </message>
    <message>
        <source>Saved the hearing report of case %1 as %2 (SHA-256 %3).</source>
        <translation>Протокол допроса по делу %1 сохранён как %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Say why the package leaves the building: the reason is written into it and into the audit trail.</source>
        <translation>Укажите, почему пакет покидает учреждение: причина записывается в него и в журнал аудита.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name for the package.</source>
        <translation>%1 уже существует: выберите для пакета новое имя.</translation>
    </message>
    <message>
        <source>the evidence package</source>
        <translation>пакет доказательств</translation>
    </message>
    <message numerus="yes">
        <source>Saved the signed evidence package of case %1 as %2: %n file(s), digest %3 (audit event %4). Anyone can check it with audientia-verify.</source>
        <translation>
            <numerusform>Подписанный пакет доказательств по делу %1 сохранён как %2: %n файл, хеш %3 (событие аудита %4). Любой может проверить его программой audientia-verify.</numerusform>
            <numerusform>Подписанный пакет доказательств по делу %1 сохранён как %2: %n файла, хеш %3 (событие аудита %4). Любой может проверить его программой audientia-verify.</numerusform>
            <numerusform>Подписанный пакет доказательств по делу %1 сохранён как %2: %n файлов, хеш %3 (событие аудита %4). Любой может проверить его программой audientia-verify.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk that holds %1 is full and nothing was saved: free some space there or choose another place, then try again.</source>
        <translation>Диск, на котором находится %1, заполнен, и ничего не сохранено: освободите на нём место или выберите другое, затем повторите попытку.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::FixityRunModel</name>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Проверено файлов</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>Несовпадения</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствуют</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>audientia::gui::Formatting</name>
    <message>
        <source>Suspect</source>
        <translation>Подозреваемый</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Обвиняемый</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Без роли</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 ТиБ</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 ПиБ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>моно</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>стерео</translation>
    </message>
    <message numerus="yes">
        <source>%Ln channels</source>
        <translation>
            <numerusform>%Ln канал</numerusform>
            <numerusform>%Ln канала</numerusform>
            <numerusform>%Ln каналов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 кадр/с</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 кГц</translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation>Пострадавшая сторона</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Other participant</source>
        <translation>Иное лицо</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingDetailsWidget</name>
    <message>
        <source>Select a hearing to see its details and recordings.</source>
        <translation>Выберите допрос, чтобы увидеть его данные и записи.</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Допрос</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>No recordings in this hearing yet.</source>
        <translation>У этого допроса пока нет записей.</translation>
    </message>
    <message>
        <source>Select a recording</source>
        <translation>Выберите запись</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected recording</source>
        <translation>Копировать SHA-256 выбранной записи</translation>
    </message>
    <message>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256:</translation>
    </message>
    <message>
        <source>&amp;Add recording…</source>
        <translation>&amp;Добавить запись…</translation>
    </message>
    <message>
        <source>Upload a recording file to this hearing (in the background; see the Uploads tab)</source>
        <translation>Загрузить файл записи к этому допросу (в фоне; см. вкладку «Загрузки»)</translation>
    </message>
    <message>
        <source>Add capture &amp;folder…</source>
        <translation>Добавить &amp;папку съёмки…</translation>
    </message>
    <message>
        <source>Upload a capture directory (manifest.json and its segments) to this hearing; a capture still recording is followed to its end</source>
        <translation>Загрузить папку съёмки (manifest.json и её сегменты) к этому допросу; если съёмка ещё идёт, загрузка следует за ней до конца</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Дело %1 — %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(не указаны)</translation>
    </message>
    <message>
        <source>This file could not be read as media; it is kept unchanged. Reason: %1</source>
        <translation>Файл не удалось прочитать как медиафайл; он сохранён без изменений. Причина: %1</translation>
    </message>
    <message>
        <source>Add a recording to case %1</source>
        <translation>Добавить запись к делу %1</translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.wav *.mp3 *.flac *.ogg);;All files (*)</source>
        <translation>Записи (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.wav *.mp3 *.flac *.ogg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add a capture folder to case %1</source>
        <translation>Добавить папку съёмки к делу %1</translation>
    </message>
    <message>
        <source>The markers and the gaps (pauses, interruptions) of the selected recording</source>
        <translation>Метки и разрывы (паузы, прерывания) выбранной записи</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Воспроизвести</translation>
    </message>
    <message>
        <source>Play the selected recording in the player window (Ctrl+P, or a double-click on the recording)</source>
        <translation>Воспроизвести выбранную запись в окне проигрывателя (Ctrl+P или двойной щелчок по записи)</translation>
    </message>
    <message>
        <source>&amp;Moments</source>
        <translation>&amp;Моменты</translation>
    </message>
    <message>
        <source>Fi&amp;les</source>
        <translation>Фай&amp;лы</translation>
    </message>
    <message>
        <source>&amp;Moments (%1)</source>
        <translation>&amp;Моменты (%1)</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>П&amp;ометки</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingExportBar</name>
    <message>
        <source>Hearing &amp;report…</source>
        <translation>П&amp;ротокол…</translation>
    </message>
    <message>
        <source>Save the hearing report (Ctrl+Shift+D): a draft record of the hearing as a PDF, with the participants, the recordings and their SHA-256, pauses, annotations and a picture of each camera</source>
        <translation>Сохранить протокол допроса (Ctrl+Shift+D): проект протокола в PDF с участниками, записями и их SHA-256, паузами, примечаниями и снимком с каждой камеры</translation>
    </message>
    <message>
        <source>E&amp;vidence package…</source>
        <translation>Пакет &amp;доказательств…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save the report of case %1</source>
        <translation>Сохранить протокол по делу %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the evidence package of case %1 as a new folder</source>
        <translation>Сохранить пакет доказательств по делу %1 в новую папку</translation>
    </message>
    <message>
        <source>Save the signed evidence package (Ctrl+Shift+X): the recordings as sealed, the hearing, its annotations, its audit trail and the report, as a folder or one ZIP file that anyone can check with audientia-verify</source>
        <translation>Сохранить подписанный пакет доказательств (Ctrl+Shift+X): записи в опечатанном виде, допрос, его примечания, журнал аудита и протокол — папкой или одним файлом ZIP, которые любой может проверить программой audientia-verify</translation>
    </message>
    <message>
        <source>Save the evidence package of case %1 as a ZIP file</source>
        <translation>Сохранить пакет доказательств по делу %1 как файл ZIP</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Архив ZIP (*.zip)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingListModel</name>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Записи</translation>
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
        <translation>без подразделения</translation>
    </message>
    <message>
        <source>Loading the hearings failed: %1</source>
        <translation>Не удалось загрузить допросы: %1</translation>
    </message>
    <message>
        <source>Loading hearing %1 failed: %2</source>
        <translation>Не удалось загрузить допрос %1: %2</translation>
    </message>
    <message>
        <source>The server did not confirm the logout: %1</source>
        <translation>Сервер не подтвердил выход: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::JobListModel</name>
    <message>
        <source>Processing a recording</source>
        <translation>Обработка записи</translation>
    </message>
    <message>
        <source>Fixity check</source>
        <translation>Проверка целостности</translation>
    </message>
    <message>
        <source>Retention sweep</source>
        <translation>Применение сроков хранения</translation>
    </message>
    <message>
        <source>Expiring unfinished uploads</source>
        <translation>Удаление незавершённых загрузок</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Объект: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>audientia::gui::KeepingViewModel</name>
    <message>
        <source>Loading the jobs…</source>
        <translation>Загрузка заданий…</translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation>Не удалось прочитать задания: %1</translation>
    </message>
    <message>
        <source>No job in this state.</source>
        <translation>Нет заданий в этом состоянии.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln jobs, newest first.</source>
        <translation>
            <numerusform>%Ln задание, сначала новые.</numerusform>
            <numerusform>%Ln задания, сначала новые.</numerusform>
            <numerusform>%Ln заданий, сначала новые.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the alerts…</source>
        <translation>Загрузка оповещений…</translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>Не удалось прочитать оповещения: %1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Оповещений нет.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Открытых оповещений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alerts, newest first.</source>
        <translation>
            <numerusform>%Ln оповещение, сначала новые.</numerusform>
            <numerusform>%Ln оповещения, сначала новые.</numerusform>
            <numerusform>%Ln оповещений, сначала новые.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open alerts, newest first.</source>
        <translation>
            <numerusform>%Ln открытое оповещение, сначала новые.</numerusform>
            <numerusform>%Ln открытых оповещения, сначала новые.</numerusform>
            <numerusform>%Ln открытых оповещений, сначала новые.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the fixity status…</source>
        <translation>Загрузка состояния целостности…</translation>
    </message>
    <message>
        <source>The fixity status could not be read: %1</source>
        <translation>Не удалось прочитать состояние целостности: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored files, %1 never checked; %2 failed their last check.</source>
        <translation>
            <numerusform>%Ln хранимый файл, %1 ни разу не проверено; %2 не прошли последнюю проверку.</numerusform>
            <numerusform>%Ln хранимых файла, %1 ни разу не проверено; %2 не прошли последнюю проверку.</numerusform>
            <numerusform>%Ln хранимых файлов, %1 ни разу не проверено; %2 не прошли последнюю проверку.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fixity check has run yet.</source>
        <translation>Проверка целостности ещё не выполнялась.</translation>
    </message>
    <message>
        <source>Job %1 could not be retried: %2</source>
        <translation>Не удалось повторить задание %1: %2</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>Задание %1 снова в очереди.</translation>
    </message>
    <message>
        <source>The alert could not be acknowledged: %1</source>
        <translation>Не удалось подтвердить оповещение: %1</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Оповещение подтверждено.</translation>
    </message>
    <message>
        <source>The fixity check could not be started: %1</source>
        <translation>Не удалось запустить проверку целостности: %1</translation>
    </message>
    <message>
        <source>Fixity check queued (job %1).</source>
        <translation>Проверка целостности поставлена в очередь (задание %1).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::KeepingWidget</name>
    <message>
        <source>Jobs</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Fixity</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <source>Queue the selected failed job again, its attempts reset</source>
        <translation>Снова поставить выбранное неудавшееся задание в очередь со сброшенными попытками</translation>
    </message>
    <message>
        <source>Show acknow&amp;ledged</source>
        <translation>Показать подтвер&amp;ждённые</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen and dealt with</source>
        <translation>Отметить выбранное оповещение как просмотренное и обработанное</translation>
    </message>
    <message>
        <source>Run &amp;fixity now</source>
        <translation>Проверить &amp;целостность сейчас</translation>
    </message>
    <message>
        <source>Check every stored file against its recorded SHA-256 digest, in the background</source>
        <translation>Сверить каждый хранимый файл с записанным дайджестом SHA-256, в фоне</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>Ackno&amp;wledge</source>
        <translation>&amp;Подтвердить</translation>
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
        <translation>Действует</translation>
    </message>
    <message>
        <source>Released by %1, %2: %3</source>
        <translation>Снято: %1, %2: %3</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Допрос</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Наложено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LevelMeter</name>
    <message>
        <source>Peak %1 dBFS, RMS %2 dBFS</source>
        <translation>Пик %1 dBFS, RMS %2 dBFS</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>ПЕРЕГРУЗ</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LoginDialog</name>
    <message>
        <source>Audientia — Log in</source>
        <translation>Audientia — Вход</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in to Audientia&lt;/b&gt;</source>
        <translation>&lt;b&gt;Вход в Audientia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PEM file of the server&apos;s CA (e.g. DATA_DIR/tls/ca.pem)</source>
        <translation>PEM-файл центра сертификации сервера (например, DATA_DIR/tls/ca.pem)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>Только если сервер его требует</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the workstation&apos;s certificate (PEM)</source>
        <translation>Выберите сертификат рабочего места (PEM)</translation>
    </message>
    <message>
        <source>Choose the workstation&apos;s private key (PEM)</source>
        <translation>Выберите закрытый ключ рабочего места (PEM)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Файл &amp;ЦС:</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Се&amp;ртификат клиента:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;Ключ клиента:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>CA certificate of the server</source>
        <translation>Сертификат ЦС сервера</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Certificate of this workstation</source>
        <translation>Сертификат этого рабочего места</translation>
    </message>
    <message>
        <source>Private key of this workstation</source>
        <translation>Закрытый ключ этого рабочего места</translation>
    </message>
    <message>
        <source>PEM keys (*.key *.pem);;All files (*)</source>
        <translation>Ключи PEM (*.key *.pem);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LoginViewModel</name>
    <message>
        <source>Enter the server address as HOST:PORT.</source>
        <translation>Введите адрес сервера в виде HOST:PORT.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Файл ЦС %1 не существует.</translation>
    </message>
    <message>
        <source>Choose both the client certificate and its key, or neither (they are needed only when the server asks for a workstation certificate).</source>
        <translation>Выберите и сертификат клиента, и его ключ, либо ни то ни другое (они нужны, только если сервер требует сертификат рабочего места).</translation>
    </message>
    <message>
        <source>The client certificate %1 does not exist.</source>
        <translation>Сертификат клиента %1 не существует.</translation>
    </message>
    <message>
        <source>The client key %1 does not exist.</source>
        <translation>Ключ клиента %1 не существует.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>The server is running, but its database is unavailable. It usually comes back by itself within a minute: try again in a moment, and tell the administrator if it lasts.</source>
        <translation>Сервер работает, но его база данных недоступна. Обычно она восстанавливается сама в течение минуты: повторите попытку чуть позже и сообщите администратору, если проблема не исчезнет.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the list shown (F5)</source>
        <translation>Перезагрузить показанный список (F5)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>End the session and return to the login</source>
        <translation>Завершить сеанс и вернуться ко входу</translation>
    </message>
    <message>
        <source>Filter by case number or title (Ctrl+F)</source>
        <translation>Фильтр по номеру дела или названию (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading hearings…</source>
        <translation>Загрузка допросов…</translation>
    </message>
    <message>
        <source>&amp;Hearings</source>
        <translation>&amp;Допросы</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;Загрузки</translation>
    </message>
    <message>
        <source>Your role (%1) has no hearings or administration to show here.
Auditors read and verify the audit trail with  audientiactl audit list  and  audientiactl audit verify.</source>
        <translation>Для вашей роли (%1) здесь нет ни допросов, ни администрирования.
Аудиторы читают и проверяют журнал аудита командами  audientiactl audit list  и  audientiactl audit verify.</translation>
    </message>
    <message>
        <source>Audientia</source>
        <translation>Audientia</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сменить мой &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Audientia — %1 — %2@%3</source>
        <translation>Audientia — %1 — %2@%3</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Допросы</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>No hearings in your office yet.</source>
        <translation>В вашем подразделении пока нет допросов.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Ожидание сервера…</translation>
    </message>
    <message>
        <source>Loading the hearings…</source>
        <translation>Загрузка допросов…</translation>
    </message>
    <message>
        <source>Loading the hearing…</source>
        <translation>Загрузка допроса…</translation>
    </message>
    <message>
        <source>&amp;Uploads (%1)</source>
        <translation>&amp;Загрузки (%1)</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Your other sessions end; this one stays logged in.</source>
        <translation>Новый пароль для &lt;b&gt;%1&lt;/b&gt;. Другие ваши сеансы завершатся; этот останется активным.</translation>
    </message>
    <message>
        <source>Your password was changed; your other sessions were ended.</source>
        <translation>Пароль изменён; другие ваши сеансы завершены.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hearings</source>
        <translation>
            <numerusform>%Ln допрос</numerusform>
            <numerusform>%Ln допроса</numerusform>
            <numerusform>%Ln допросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearing roo&amp;m</source>
        <translation>Допро&amp;сная</translation>
    </message>
    <message>
        <source>● Hearing roo&amp;m</source>
        <translation>● Допро&amp;сная</translation>
    </message>
    <message>
        <source>Record into this &amp;hearing</source>
        <translation>Записать в этот &amp;допрос</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Record another session of the selected hearing (Ctrl+Shift+R)</source>
        <translation>Записать ещё один сеанс выбранного допроса (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Select a hearing first.</source>
        <translation>Сначала выберите допрос.</translation>
    </message>
    <message>
        <source>A hearing is being recorded: stop it before recording another one.</source>
        <translation>Идёт запись допроса: остановите её, прежде чем записывать другой.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Search all hearings</source>
        <translation>Искать во всех допросах</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>&amp;Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Keeping</source>
        <translation>&amp;Хранение</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Хранение</translation>
    </message>
</context>
<context>
    <name>audientia::gui::MoveOfficeDialog</name>
    <message>
        <source>Move office</source>
        <translation>Перенос подразделения</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (with its sub-offices) under:</source>
        <translation>Перенести &lt;b&gt;%1&lt;/b&gt; (с дочерними подразделениями) в:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <source>Choose the new parent office.</source>
        <translation>Выберите новое вышестоящее подразделение.</translation>
    </message>
    <message>
        <source>An office cannot move under itself or one of its sub-offices.</source>
        <translation>Подразделение нельзя перенести в него самого или в одно из его дочерних подразделений.</translation>
    </message>
    <message>
        <source>The office is already there: choose another parent.</source>
        <translation>Подразделение уже находится там: выберите другое вышестоящее.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>A new user of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Новый пользователь подразделения &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Создать пользователя</translation>
    </message>
    <message>
        <source>3–64 letters, digits, . _ @ -</source>
        <translation>3–64 латинские буквы, цифры, . _ @ -</translation>
    </message>
    <message>
        <source>the server&apos;s password policy applies</source>
        <translation>действуют правила паролей сервера</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Начальный &amp;пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
</context>
<context>
    <name>audientia::gui::OfficeNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
</context>
<context>
    <name>audientia::gui::OfficeTreeModel</name>
    <message>
        <source>Active</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>%1
created %2</source>
        <translation>%1
создано %2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PackageDialog</name>
    <message>
        <source>Evidence package of case %1</source>
        <translation>Пакет доказательств по делу %1</translation>
    </message>
    <message>
        <source>&amp;Why does it leave the building (for example: the court&apos;s request, its number)? The reason is written into the package and into the audit trail.</source>
        <translation>&amp;Почему он покидает учреждение (например: запрос суда и его номер)? Причина записывается в пакет и в журнал аудита.</translation>
    </message>
    <message>
        <source>&amp;Recordings in the package:</source>
        <translation>&amp;Записи в пакете:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The hearing&apos;s details, all its annotations, its audit trail and the hearing report always go in.</source>
        <translation>Сведения о допросе, все его примечания, журнал аудита и протокол включаются всегда.</translation>
    </message>
    <message>
        <source>As a &amp;folder</source>
        <translation>&amp;Папкой</translation>
    </message>
    <message>
        <source>As one &amp;ZIP file, to hand over or attach</source>
        <translation>Одним файлом &amp;ZIP, чтобы передать или приложить</translation>
    </message>
    <message>
        <source>Choose where to save it…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Say why the package leaves the building first.</source>
        <translation>Сначала укажите, почему пакет покидает учреждение.</translation>
    </message>
    <message>
        <source>Choose at least one recording.</source>
        <translation>Выберите хотя бы одну запись.</translation>
    </message>
    <message>
        <source>Also put in the part &amp;marked in the player, as a clip</source>
        <translation>Добавить и &amp;отмеченную в проигрывателе часть, как клип</translation>
    </message>
    <message>
        <source>%1, from %2 to %3: cut from the keyframe before, without re-encoding.</source>
        <translation>%1, с %2 до %3: вырезается от предыдущего ключевого кадра, без перекодирования.</translation>
    </message>
    <message>
        <source>To put a part of a recording in the package as well, play it and mark where the part starts (I) and ends (O) first.</source>
        <translation>Чтобы добавить в пакет и часть записи, воспроизведите её и сначала отметьте, где часть начинается (I) и заканчивается (O).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PasswordDialog</name>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Задать пароль</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>the server&apos;s password policy applies</source>
        <translation>действуют правила паролей сервера</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PlayerViewModel</name>
    <message>
        <source>This file is not playable media (%1); it is kept unchanged.</source>
        <translation>Этот файл нельзя воспроизвести (%1); он хранится без изменений.</translation>
    </message>
    <message>
        <source>This recording failed on the server and cannot be played: %1</source>
        <translation>Эта запись завершилась сбоем на сервере и не может быть воспроизведена: %1</translation>
    </message>
    <message>
        <source>This recording is not ready to play yet: the server is still receiving or processing it.</source>
        <translation>Эта запись ещё не готова к воспроизведению: сервер ещё принимает или обрабатывает её.</translation>
    </message>
    <message>
        <source>The player cannot start: no local port could be opened for it.</source>
        <translation>Проигрыватель не может запуститься: не удалось открыть для него локальный порт.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause: %1</source>
        <translation>Пауза: %1</translation>
    </message>
    <message>
        <source>Interruption: %1</source>
        <translation>Прерывание: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Камера %1</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>Микрофон %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Ожидание сервера…</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Конец записи</translation>
    </message>
    <message>
        <source>This recording cannot be played on this workstation.</source>
        <translation>Эту запись нельзя воспроизвести на этом рабочем месте.</translation>
    </message>
    <message>
        <source>The recording could not be read from the server (%1). Check the connection and open it again.</source>
        <translation>Не удалось прочитать запись с сервера (%1). Проверьте соединение и откройте её снова.</translation>
    </message>
    <message>
        <source>This recording&apos;s format cannot be played on this workstation (%1).</source>
        <translation>Формат этой записи не воспроизводится на этом рабочем месте (%1).</translation>
    </message>
    <message>
        <source>You may not play this recording (%1).</source>
        <translation>Вам не разрешено воспроизводить эту запись (%1).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PlayerWindow</name>
    <message>
        <source>Player</source>
        <translation>Проигрыватель</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>Воспроизведение или пауза (Пробел, K)</translation>
    </message>
    <message>
        <source>5 seconds back (Left, J)</source>
        <translation>На 5 секунд назад (Влево, J)</translation>
    </message>
    <message>
        <source>5 seconds on (Right)</source>
        <translation>На 5 секунд вперёд (Вправо)</translation>
    </message>
    <message>
        <source>Previous mark (Page Up)</source>
        <translation>Предыдущая отметка (Page Up)</translation>
    </message>
    <message>
        <source>Next mark (Page Down)</source>
        <translation>Следующая отметка (Page Down)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Скорость:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Камера:</translation>
    </message>
    <message>
        <source>A&amp;udio:</source>
        <translation>&amp;Звук:</translation>
    </message>
    <message>
        <source>Annotate &amp;here</source>
        <translation>Пометка &amp;здесь</translation>
    </message>
    <message>
        <source>Add an annotation at the playing position (Ctrl+M); the player pauses while you type</source>
        <translation>Добавить пометку в текущей позиции (Ctrl+M); воспроизведение приостанавливается, пока вы печатаете</translation>
    </message>
    <message>
        <source>Player — %1</source>
        <translation>Проигрыватель — %1</translation>
    </message>
    <message>
        <source>Last mark: %1 %2</source>
        <translation>Последняя отметка: %1 %2</translation>
    </message>
    <message>
        <source>Playing speed; voices keep their pitch ([ slower, ] faster)</source>
        <translation>Скорость воспроизведения; голоса сохраняют высоту ([ медленнее, ] быстрее)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingFileModel</name>
    <message>
        <source>Master (playable MP4)</source>
        <translation>Мастер (воспроизводимый MP4)</translation>
    </message>
    <message>
        <source>Original (as uploaded)</source>
        <translation>Оригинал (как загружен)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Сегмент %1</translation>
    </message>
    <message>
        <source>Capture manifest (sealed)</source>
        <translation>Манифест записи (опечатан)</translation>
    </message>
    <message>
        <source>Thumbnail %1</source>
        <translation>Миниатюра %1</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Форма волны</translation>
    </message>
    <message>
        <source>from %1, %2</source>
        <translation>с %1, %2</translation>
    </message>
    <message>
        <source>%1: %2, %3, SHA-256 %4</source>
        <translation>%1: %2, %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>In the media</source>
        <translation>В записи</translation>
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
        <translation>Загружается</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Проверяется</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступна</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>The last link of the capture&apos;s chain of segment digests, as sealed when the recording stopped: any change to a segment or its order breaks it</source>
        <translation>Последнее звено цепочки хешей сегментов, опечатанное при остановке записи: любое изменение сегмента или их порядка нарушает её</translation>
    </message>
    <message>
        <source>Seal:</source>
        <translation>Печать:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Сохранить файл…</translation>
    </message>
    <message>
        <source>Download the selected file (the master or original when none is selected) and check its SHA-256 against the server&apos;s (Ctrl+S)</source>
        <translation>Загрузить выбранный файл (мастер или оригинал, если ничего не выбрано) и сверить его SHA-256 с серверным (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Сохранить: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingListModel</name>
    <message>
        <source>Not playable: %1</source>
        <translation>Не воспроизводится: %1</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>Загружено %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
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
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Возражение</translation>
    </message>
    <message>
        <source>Exhibit shown</source>
        <translation>Предъявлено доказательство</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>until the end</source>
        <translation>до конца</translation>
    </message>
    <message>
        <source>%1 (until the end)</source>
        <translation>%1 (до конца)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Interruption (recovered)</source>
        <translation>Прерывание (восстановлено)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>In the recording</source>
        <translation>В записи</translation>
    </message>
    <message>
        <source>Marker or gap</source>
        <translation>Метка или разрыв</translation>
    </message>
    <message>
        <source>Text or reason</source>
        <translation>Текст или причина</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionPolicyModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Все прокуратуры</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Допросы</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Установлено</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionViewModel</name>
    <message>
        <source>Choose an office, a kind of hearing, or both: a policy for every hearing of every office is not allowed.</source>
        <translation>Выберите прокуратуру, вид допроса или и то и другое: правило для всех допросов всех прокуратур не допускается.</translation>
    </message>
    <message>
        <source>Hearings can be kept from 1 to 36500 days (100 years).</source>
        <translation>Допросы можно хранить от 1 до 36500 дней (100 лет).</translation>
    </message>
    <message>
        <source>Policy set: %1.</source>
        <translation>Правило установлено: %1.</translation>
    </message>
    <message>
        <source>Policy deleted: the hearings it covered fall under the next policy that matches them, or are kept for ever.</source>
        <translation>Правило удалено: его допросы подпадают под следующее подходящее правило или хранятся бессрочно.</translation>
    </message>
    <message>
        <source>“%1” is not a hearing id: paste the id the prosecutor or clerk gave (36 characters, such as 6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01).</source>
        <translation>«%1» — не идентификатор допроса: вставьте идентификатор от прокурора или секретаря (36 символов, например 6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01).</translation>
    </message>
    <message>
        <source>Say why the hearing is held: the reason is kept in the audit trail.</source>
        <translation>Укажите, почему допрос удерживается: причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Hold placed: the hearing will not be deleted until it is released.</source>
        <translation>Запрет наложен: допрос не будет удалён, пока запрет не снят.</translation>
    </message>
    <message>
        <source>Say why the hold is released: the reason is kept in the audit trail.</source>
        <translation>Укажите, почему запрет снимается: причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Hold released.</source>
        <translation>Запрет снят.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionWidget</name>
    <message>
        <source>Retention policies</source>
        <translation>Правила хранения</translation>
    </message>
    <message>
        <source>A hearing is deleted this long after it was created, under the most specific policy that matches it (office and kind, then office, then kind); with none it is kept for ever. A hearing under a legal hold is never deleted.</source>
        <translation>Допрос удаляется через этот срок после создания по самому точному подходящему правилу (прокуратура и вид, затем прокуратура, затем вид); без правила он хранится бессрочно. Допрос под запретом на удаление не удаляется никогда.</translation>
    </message>
    <message>
        <source>&amp;Set policy…</source>
        <translation>&amp;Задать правило…</translation>
    </message>
    <message>
        <source>Set how long the hearings of an office and/or kind are kept (Ctrl+Shift+P)</source>
        <translation>Задать срок хранения допросов прокуратуры и/или вида (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Delete policy</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Запреты на удаление</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>&amp;Наложить запрет…</translation>
    </message>
    <message>
        <source>Keep a hearing whatever the policies say, until released (Ctrl+Shift+H)</source>
        <translation>Хранить допрос независимо от правил, пока запрет не снят (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Снять…</translation>
    </message>
    <message>
        <source>Show released &amp;holds</source>
        <translation>Показать снятые &amp;запреты</translation>
    </message>
    <message>
        <source>Set a retention policy</source>
        <translation>Задать правило хранения</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Все прокуратуры</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Прокуратура:</translation>
    </message>
    <message>
        <source>&amp;Hearings:</source>
        <translation>&amp;Допросы:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Хранить:</translation>
    </message>
    <message>
        <source>Delete the policy</source>
        <translation>Удаление правила</translation>
    </message>
    <message>
        <source>Delete the retention policy for %1?</source>
        <translation>Удалить правило хранения для %1?</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>Наложить запрет на удаление</translation>
    </message>
    <message>
        <source>The hearing&apos;s id, as the prosecutor or clerk gave it</source>
        <translation>Идентификатор допроса от прокурора или секретаря</translation>
    </message>
    <message>
        <source>Why it must be kept (an appeal, a request of the court…)</source>
        <translation>Почему его нужно хранить (апелляция, запрос суда…)</translation>
    </message>
    <message>
        <source>&amp;Hearing id:</source>
        <translation>&amp;Идентификатор допроса:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Снятие запрета</translation>
    </message>
    <message>
        <source>Why is the hearing no longer held? It may then be deleted under its policy.</source>
        <translation>Почему допрос больше не удерживается? После этого он может быть удалён по своему правилу.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <source>The role of &lt;b&gt;%1&lt;/b&gt; (now: %2).</source>
        <translation>Роль пользователя &lt;b&gt;%1&lt;/b&gt; (сейчас: %2).</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Изменить роль</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Choose a different role.</source>
        <translation>Выберите другую роль.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchResultModel</name>
    <message>
        <source>Annotation: %1</source>
        <translation>Пометка: %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Допрос</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Момент</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchViewModel</name>
    <message>
        <source>Type a case number (or part of it), a name, a place or words from an annotation. Case and diacritics do not matter.</source>
        <translation>Введите номер дела (или его часть), имя, место или слова из пометки. Регистр и диакритика не важны.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>No hearing matches these filters.</source>
        <translation>Ни один допрос не подходит под эти фильтры.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln hits, best first; more below.</source>
        <translation>
            <numerusform>Первое %Ln совпадение, лучшие сначала; есть ещё.</numerusform>
            <numerusform>Первые %Ln совпадения, лучшие сначала; есть ещё.</numerusform>
            <numerusform>Первые %Ln совпадений, лучшие сначала; есть ещё.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits, best first.</source>
        <translation>
            <numerusform>%Ln совпадение, лучшие сначала.</numerusform>
            <numerusform>%Ln совпадения, лучшие сначала.</numerusform>
            <numerusform>%Ln совпадений, лучшие сначала.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchWidget</name>
    <message>
        <source>Search case numbers, names, places and annotations (Ctrl+Shift+F)</source>
        <translation>Поиск по номерам дел, именам, местам и пометкам (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>Only hearings of this kind</source>
        <translation>Только допросы этого вида</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Only hearings created in this period</source>
        <translation>Только допросы, созданные в этот период</translation>
    </message>
    <message>
        <source>Only with recordings</source>
        <translation>Только с записями</translation>
    </message>
    <message>
        <source>Enter or double-click opens the hearing (an annotation at its moment)</source>
        <translation>Enter или двойной щелчок открывает допрос (пометку — в её момент)</translation>
    </message>
    <message>
        <source>&amp;More hits</source>
        <translation>&amp;Ещё совпадения</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>From the next start, Audientia follows the system&apos;s language (%1).</source>
        <translation>При следующем запуске Audientia будет использовать язык системы (%1).</translation>
    </message>
    <message>
        <source>From the next start, Audientia is shown in %1.</source>
        <translation>При следующем запуске Audientia будет на языке: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ThumbnailStripModel</name>
    <message>
        <source>At %1 in the recording; double-click to play from here</source>
        <translation>%1 от начала записи; двойной щелчок — воспроизвести отсюда</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ThumbnailStripView</name>
    <message>
        <source>Pictures of the recording</source>
        <translation>Кадры записи</translation>
    </message>
    <message>
        <source>P&amp;ictures (%1)</source>
        <translation>Кад&amp;ры (%1)</translation>
    </message>
    <message>
        <source>Reading the pictures of this recording…</source>
        <translation>Чтение кадров этой записи…</translation>
    </message>
    <message>
        <source>Pictures are shown once the server has processed the recording.</source>
        <translation>Кадры появятся, когда сервер обработает запись.</translation>
    </message>
    <message>
        <source>No pictures of this recording: it has no video, or they could not be read.</source>
        <translation>У этой записи нет кадров: в ней нет видео или их не удалось прочитать.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::TimelineWidget</name>
    <message>
        <source>Click to play from there; the ticks are annotations (blue), pauses (amber) and interruptions (red)</source>
        <translation>Щёлкните, чтобы воспроизвести с этого места; отметки — пометки (синие), паузы (жёлтые) и прерывания (красные)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadQueueModel</name>
    <message>
        <source>Resuming</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Waiting for the recorder</source>
        <translation>Ожидание записи</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Съёмка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 из %2 МиБ</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 МиБ/с</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Прервано</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Допрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Hashing %L1%</source>
        <translation>Хеширование %L1%</translation>
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
        <translation>Не удалось прочитать очередь загрузок: %1</translation>
    </message>
    <message>
        <source>Aborting the upload failed: %1</source>
        <translation>Не удалось прервать загрузку: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadsViewModel</name>
    <message>
        <source>The upload of %1 was aborted.</source>
        <translation>Загрузка %1 прервана.</translation>
    </message>
    <message>
        <source>Reading the upload queue failed: %1</source>
        <translation>Не удалось прочитать очередь загрузок: %1</translation>
    </message>
    <message>
        <source>Uploads are not available for this login.</source>
        <translation>Для этой учётной записи загрузки недоступны.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>%1 was uploaded to this hearing already.</source>
        <translation>%1 уже загружен к этому допросу.</translation>
    </message>
    <message>
        <source>%1 was added to the uploads; they are paused.</source>
        <translation>%1 добавлен в загрузки; загрузки приостановлены.</translation>
    </message>
    <message>
        <source>%1 was added to the uploads.</source>
        <translation>%1 добавлен в загрузки.</translation>
    </message>
    <message>
        <source>Uploads paused; they continue where they stopped on Resume.</source>
        <translation>Загрузки приостановлены; по команде «Продолжить» они продолжатся с места остановки.</translation>
    </message>
    <message>
        <source>Uploads resumed.</source>
        <translation>Загрузки продолжены.</translation>
    </message>
    <message>
        <source>Removing finished uploads failed: %1</source>
        <translation>Не удалось убрать завершённые загрузки: %1</translation>
    </message>
    <message>
        <source>%1 was uploaded and verified.</source>
        <translation>%1 загружен и проверен.</translation>
    </message>
    <message>
        <source>The upload of %1 stopped: %2</source>
        <translation>Загрузка %1 остановлена: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %Ln uploads</source>
        <translation>
            <numerusform>Возобновляется %Ln загрузка</numerusform>
            <numerusform>Возобновляются %Ln загрузки</numerusform>
            <numerusform>Возобновляются %Ln загрузок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished uploads removed from the list.</source>
        <translation>
            <numerusform>%Ln завершённая загрузка убрана из списка.</numerusform>
            <numerusform>%Ln завершённые загрузки убраны из списка.</numerusform>
            <numerusform>%Ln завершённых загрузок убрано из списка.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadsWidget</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <source>Run the selected upload again</source>
        <translation>Запустить выбранную загрузку снова</translation>
    </message>
    <message>
        <source>A&amp;bort…</source>
        <translation>П&amp;рервать…</translation>
    </message>
    <message>
        <source>Stop the selected upload for good and discard what the server holds</source>
        <translation>Окончательно остановить выбранную загрузку и удалить то, что получил сервер</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Take the selected finished upload off this list</source>
        <translation>Убрать выбранную завершённую загрузку из списка</translation>
    </message>
    <message>
        <source>Remove &amp;finished</source>
        <translation>Убрать &amp;завершённые</translation>
    </message>
    <message>
        <source>Take every completed upload off this list (the recordings stay on the server)</source>
        <translation>Убрать из списка все завершённые загрузки (записи остаются на сервере)</translation>
    </message>
    <message>
        <source>No uploads. To upload a recording, select a hearing on the Hearings tab and choose “Add recording…”.</source>
        <translation>Загрузок нет. Чтобы загрузить запись, выберите допрос на вкладке «Допросы» и нажмите «Добавить запись…».</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (на паузе)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Continue the uploads where they stopped</source>
        <translation>Продолжить загрузки с места остановки</translation>
    </message>
    <message>
        <source>Stop sending for now; nothing sent is lost</source>
        <translation>Временно прекратить отправку; отправленное не пропадёт</translation>
    </message>
    <message>
        <source>Waiting for the recorder</source>
        <translation>Ожидание записи</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 из %2 МиБ</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 МиБ/с</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>Прервать загрузку</translation>
    </message>
    <message>
        <source>Abort the upload of %1? What the server has received of it is discarded; to upload it later, it has to be sent again from the start.</source>
        <translation>Прервать загрузку %1? Полученное сервером будет удалено; чтобы загрузить файл позже, его придётся отправить заново с начала.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln uploads to do</source>
        <translation>
            <numerusform>Осталась %Ln загрузка</numerusform>
            <numerusform>Осталось %Ln загрузки</numerusform>
            <numerusform>Осталось %Ln загрузок</numerusform>
        </translation>
    </message>
    <message>
        <source> · %L1 done</source>
        <translation> · готово: %L1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UserListModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>создан %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
</TS>
