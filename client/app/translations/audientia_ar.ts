<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>The time in the recording: hours, minutes and seconds (1:02:03)</source>
        <translation>الوقت في التسجيل: الساعات والدقائق والثواني (1:02:03)</translation>
    </message>
    <message>
        <source>&amp;Time (H:MM:SS):</source>
        <translation>&amp;الوقت (H:MM:SS):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;النص:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The language of the client: %1 (default: the one chosen in Settings ▸ Language, else the system&apos;s).</source>
        <translation>لغة العميل: %1 (الافتراضي: المختارة في الإعدادات ◂ اللغة، وإلا فلغة النظام).</translation>
    </message>
    <message>
        <source>Audientia desktop client: the hearings of your office and their recordings, and (for administrators) the offices and users.</source>
        <translation>عميل Audientia لسطح المكتب: جلسات الاستماع في وحدتك وتسجيلاتها، و(للمسؤولين) الوحدات والمستخدمون.</translation>
    </message>
    <message>
        <source>Server address (default: the session config, else localhost:7443).</source>
        <translation>عنوان الخادم (الافتراضي: من إعدادات الجلسة، وإلا localhost:7443).</translation>
    </message>
    <message>
        <source>PEM file of the server&apos;s CA (default: the session config, else $AUDIENTIA_CA).</source>
        <translation>ملف PEM لجهة إصدار شهادات الخادم (الافتراضي: من إعدادات الجلسة، وإلا $AUDIENTIA_CA).</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate, PEM, for a server that requires one (with --key; default: the session config, else $AUDIENTIA_CERT).</source>
        <translation>شهادة محطة العمل هذه بصيغة PEM، لخادم يطلبها (مع --key؛ الافتراضي: من إعدادات الجلسة، وإلا $AUDIENTIA_CERT).</translation>
    </message>
    <message>
        <source>The private key of --cert, PEM (default: the session config, else $AUDIENTIA_KEY).</source>
        <translation>المفتاح الخاص لـ --cert بصيغة PEM (الافتراضي: من إعدادات الجلسة، وإلا $AUDIENTIA_KEY).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>اسم المستخدم.</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin and log in without the dialog (needs --user).</source>
        <translation>قراءة كلمة المرور من السطر الأول في stdin وتسجيل الدخول دون مربع الحوار (يتطلب --user).</translation>
    </message>
    <message>
        <source>Once the hearings (and the first hearing&apos;s details) have loaded, save a picture of the main window to FILE and quit.</source>
        <translation>بعد تحميل جلسات الاستماع (وتفاصيل أولاها)، حفظ صورة للنافذة الرئيسية في FILE ثم الخروج.</translation>
    </message>
    <message>
        <source>Send uploads at most this fast, in MiB per second (default: as fast as the line allows), to leave the office&apos;s line to others.</source>
        <translation>الحد الأقصى لسرعة الرفع بالميبيبايت في الثانية (الافتراضي: أقصى ما يسمح به الخط)، لترك خط الوحدة للآخرين.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not %2</source>
        <translation>يجب أن تكون قيمة --lang إحدى %1، لا %2</translation>
    </message>
    <message>
        <source>--cert FILE and --key FILE go together</source>
        <translation>يُستخدم --cert FILE و --key FILE معًا</translation>
    </message>
    <message>
        <source>--upload-limit must be a positive number of MiB/s, not %1</source>
        <translation>يجب أن تكون قيمة --upload-limit عددًا موجبًا بالميبيبايت/ث، لا %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>يتطلب --password-stdin الخيار --user</translation>
    </message>
    <message>
        <source>The tab shown first: hearings (default), admin (administrators only; with --screenshot, the picture is taken once the offices and users have loaded), uploads (prosecutors only; with --screenshot, once the hearings and the upload queue have loaded), room (prosecutors only: the hearing room, where hearings are recorded), search (prosecutors and clerks) or audit (auditors only: the audit trail; with --screenshot, once the first events have loaded).</source>
        <translation>علامة التبويب المعروضة أولًا: hearings (الافتراضي)، أو admin (للمسؤولين فقط؛ مع --screenshot تُلتقط الصورة بعد تحميل الوحدات والمستخدمين)، أو uploads (لوكلاء النيابة فقط؛ مع --screenshot بعد تحميل جلسات الاستماع وقائمة انتظار الرفع)، أو room (لوكلاء النيابة فقط: قاعة الاستماع حيث تُسجَّل الجلسات)، أو search (لوكلاء النيابة والكتبة)، أو audit (للمدققين فقط: سجل التدقيق؛ مع --screenshot بعد تحميل الأحداث الأولى).</translation>
    </message>
    <message>
        <source>--tab must be hearings, search, room, admin, uploads or audit, not %1</source>
        <translation>يجب أن تكون ‎--tab‎ إحدى القيم hearings أو search أو room أو admin أو uploads أو audit، وليس %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>اعثر في:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>اسم الملفّ:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>الملفّات من النّوع:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>اختر</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>احفظ كَ‍</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>الدّليل الأمّ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>منظور قائميّ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>منظور تفصيليّ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>مجلّد جديد</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>الدّليل:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ملفّ %1</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>‏%1 موجود بالفعل.
أتريد استبداله؟</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النّوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النّوع</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاريخ التّعديل</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;أعد</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>قصّ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;انسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ألصق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم للكلّ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا للكلّ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>احفظ الكلّ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>طبّق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>صفّر</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعد الافتراضيّات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>أجهض</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>حاول مجدّدًا</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;أعد</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>قصّ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;انسخ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;انسخ وصلة المكان</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ألصق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AccountViewModel</name>
    <message>
        <source>Enter your current password.</source>
        <translation>أدخل كلمة المرور الحالية.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>كلمة المرور الجديدة مطابقة للحالية.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AdminViewModel</name>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>أدخل اسم الوحدة.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>A user name has 3 to 64 characters: letters, digits and . _ @ - only.</source>
        <translation>يتكون اسم المستخدم من 3 إلى 64 حرفًا: أحرف لاتينية وأرقام و . _ @ - فقط.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>أدخل كلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان: اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <source>Loading the offices failed: %1</source>
        <translation>تعذّر تحميل الوحدات: %1</translation>
    </message>
    <message>
        <source>Loading the users of %1 failed: %2</source>
        <translation>تعذّر تحميل مستخدمي %1: %2</translation>
    </message>
    <message>
        <source>Creating office %1 failed: %2</source>
        <translation>تعذّر إنشاء الوحدة %1: %2</translation>
    </message>
    <message>
        <source>Office %1 created.</source>
        <translation>أُنشئت الوحدة %1.</translation>
    </message>
    <message>
        <source>Office %1 created under %2.</source>
        <translation>أُنشئت الوحدة %1 تابعةً لـ %2.</translation>
    </message>
    <message>
        <source>Renaming office %1 failed: %2</source>
        <translation>تعذّرت إعادة تسمية الوحدة %1: %2</translation>
    </message>
    <message>
        <source>Office %1 renamed to %2.</source>
        <translation>أُعيدت تسمية الوحدة %1 إلى %2.</translation>
    </message>
    <message>
        <source>Choose the office to move it under.</source>
        <translation>اختر الوحدة التي ستُنقل إليها.</translation>
    </message>
    <message>
        <source>Office %1 cannot move under itself or one of its own sub-offices.</source>
        <translation>لا يمكن نقل الوحدة %1 إلى نفسها أو إلى إحدى وحداتها الفرعية.</translation>
    </message>
    <message>
        <source>Moving office %1 under %2 failed: %3</source>
        <translation>تعذّر نقل الوحدة %1 إلى %2: %3</translation>
    </message>
    <message>
        <source>Office %1 moved under %2.</source>
        <translation>نُقلت الوحدة %1 إلى %2.</translation>
    </message>
    <message>
        <source>Reactivating office %1 failed: %2</source>
        <translation>تعذّرت إعادة تفعيل الوحدة %1: %2</translation>
    </message>
    <message>
        <source>Deactivating office %1 failed: %2</source>
        <translation>تعذّر تعطيل الوحدة %1: %2</translation>
    </message>
    <message>
        <source>Office %1 reactivated.</source>
        <translation>أُعيد تفعيل الوحدة %1.</translation>
    </message>
    <message>
        <source>Office %1 deactivated.</source>
        <translation>عُطّلت الوحدة %1.</translation>
    </message>
    <message>
        <source>Select the office the new user belongs to.</source>
        <translation>اختر الوحدة التي ينتمي إليها المستخدم الجديد.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s initial password.</source>
        <translation>أدخل كلمة المرور الأولية للمستخدم.</translation>
    </message>
    <message>
        <source>Creating user %1 failed: %2</source>
        <translation>تعذّر إنشاء المستخدم %1: %2</translation>
    </message>
    <message>
        <source>User %1 created in %2 as %3.</source>
        <translation>أُنشئ المستخدم %1 في %2 بدور %3.</translation>
    </message>
    <message>
        <source>Disabling user %1 failed: %2</source>
        <translation>تعذّر تعطيل المستخدم %1: %2</translation>
    </message>
    <message>
        <source>Enabling user %1 failed: %2</source>
        <translation>تعذّر تفعيل المستخدم %1: %2</translation>
    </message>
    <message>
        <source>User %1 disabled; their sessions are revoked.</source>
        <translation>عُطّل المستخدم %1؛ وأُلغيت جلساته.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>فُعّل المستخدم %1.</translation>
    </message>
    <message>
        <source>Resetting the password of %1 failed: %2</source>
        <translation>تعذّرت إعادة تعيين كلمة مرور %1: %2</translation>
    </message>
    <message>
        <source>Password of %1 reset; their sessions are revoked.</source>
        <translation>أُعيد تعيين كلمة مرور %1؛ وأُلغيت جلساته.</translation>
    </message>
    <message>
        <source>Changing the role of %1 failed: %2</source>
        <translation>تعذّر تغيير دور %1: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>أصبح دور %1: %2.</translation>
    </message>
    <message>
        <source>The office name is too long (at most %L1 characters).</source>
        <translation>اسم الوحدة طويل جدًا (%L1 حرفًا على الأكثر).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AdminWidget</name>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>New office…</source>
        <translation>وحدة جديدة…</translation>
    </message>
    <message>
        <source>Create an office under the selected one</source>
        <translation>إنشاء وحدة تابعة للوحدة المحددة</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>نقل…</translation>
    </message>
    <message>
        <source>Move the selected office (with its sub-offices) under another</source>
        <translation>نقل الوحدة المحددة (مع وحداتها الفرعية) إلى وحدة أخرى</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>مستخدم جديد…</translation>
    </message>
    <message>
        <source>Create a user in the selected office</source>
        <translation>إنشاء مستخدم في الوحدة المحددة</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>تعطيل المستخدم</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offices&lt;/b&gt;</source>
        <translation>&lt;b&gt;الوحدات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users&lt;/b&gt;</source>
        <translation>&lt;b&gt;المستخدمون&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;مستخدمو %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Your own office and a top-level office cannot be deactivated here</source>
        <translation>لا يمكن هنا تعطيل وحدتك ولا وحدة من المستوى الأعلى</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected office</source>
        <translation>تعطيل الوحدة المحددة أو إعادة تفعيلها</translation>
    </message>
    <message>
        <source>The office is inactive: reactivate it to add users</source>
        <translation>الوحدة معطّلة: أعد تفعيلها لإضافة مستخدمين</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>تفعيل المستخدم</translation>
    </message>
    <message>
        <source>That is you: use Account ▸ Change my password for your own password</source>
        <translation>هذا أنت: لكلمة مرورك استخدم الحساب ◂ تغيير كلمة مروري</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>تعطيل المستخدم المحدد أو تفعيله</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>تعيين كلمة مرور جديدة للمستخدم المحدد</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role</source>
        <translation>تغيير دور المستخدم المحدد</translation>
    </message>
    <message>
        <source>A new top-level office.</source>
        <translation>وحدة جديدة من المستوى الأعلى.</translation>
    </message>
    <message>
        <source>A new office under &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>وحدة جديدة تابعة لـ &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>وحدة جديدة</translation>
    </message>
    <message>
        <source>&amp;Create office</source>
        <translation>&amp;إنشاء الوحدة</translation>
    </message>
    <message>
        <source>Rename office</source>
        <translation>إعادة تسمية الوحدة</translation>
    </message>
    <message>
        <source>The new name of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>الاسم الجديد لـ &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;إعادة التسمية</translation>
    </message>
    <message>
        <source>Deactivate office</source>
        <translation>تعطيل الوحدة</translation>
    </message>
    <message>
        <source>Deactivate %1?

Its hearings, recordings and users are kept, but no new hearings or users can be added to it until it is reactivated.</source>
        <translation>هل تريد تعطيل %1؟

تُحفظ جلسات الاستماع والتسجيلات والمستخدمون التابعون لها، لكن لا يمكن إضافة جلسات استماع أو مستخدمين جدد إليها حتى يُعاد تفعيلها.</translation>
    </message>
    <message>
        <source>Disable %1?

They are logged out everywhere and cannot log in until enabled again.</source>
        <translation>هل تريد تعطيل %1؟

سيُسجَّل خروجه من كل مكان ولن يتمكن من تسجيل الدخول حتى يُعاد تفعيله.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Their sessions end and a lockout is lifted; tell them the password in person.</source>
        <translation>كلمة مرور جديدة لـ &lt;b&gt;%1&lt;/b&gt;. تنتهي جلساته ويُرفع أي قفل عن حسابه؛ أبلغه بكلمة المرور شخصيًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users of %1&lt;/b&gt; (%L2)</source>
        <translation>&lt;b&gt;مستخدمو %1&lt;/b&gt; (%L2)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AlertListModel</name>
    <message>
        <source>Stored file changed</source>
        <translation>تغيّر ملف مخزّن</translation>
    </message>
    <message>
        <source>Stored file missing</source>
        <translation>ملف مخزّن مفقود</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>فشلت مهمة</translation>
    </message>
    <message>
        <source>Storage nearly full</source>
        <translation>مساحة التخزين على وشك الامتلاء</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تم الاطلاع</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>تغيير آخر</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationListModel</name>
    <message>
        <source>From the capture</source>
        <translation>من التسجيل المباشر</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>غيّره</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تاريخ التغيير</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>The annotations of the selected recording, in the order of its time</source>
        <translation>تعليقات التسجيل المحدد، بترتيب وقتها في التسجيل</translation>
    </message>
    <message>
        <source>Add a&amp;nnotation…</source>
        <translation>&amp;إضافة تعليق…</translation>
    </message>
    <message>
        <source>Add an annotation to this recording</source>
        <translation>أضف تعليقًا إلى هذا التسجيل</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Change the text or kind of the selected annotation</source>
        <translation>غيّر نص التعليق المحدد أو نوعه</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;احذف</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>احذف التعليق المحدد</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>&amp;السجل…</translation>
    </message>
    <message>
        <source>Every revision of the selected annotation</source>
        <translation>كل مراجعات التعليق المحدد</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>None on this recording yet.</source>
        <translation>لا توجد تعليقات على هذا التسجيل بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>لا تعليقات</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an annotation</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <source>Edit the annotation at %1</source>
        <translation>تعديل التعليق عند %1</translation>
    </message>
    <message>
        <source>Delete the annotation</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <source>Delete the annotation at %1?

Its history is kept and can still be read.</source>
        <translation>هل تريد حذف التعليق عند %1؟

يُحفظ سجله ويمكن قراءته لاحقًا.</translation>
    </message>
    <message>
        <source>History of the annotation at %1</source>
        <translation>سجل التعليق عند %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AnnotationsViewModel</name>
    <message>
        <source>The annotations could not be loaded: %1</source>
        <translation>تعذّر تحميل التعليقات: %1</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>تعذّر تحميل السجل: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditEventModel</name>
    <message>
        <source>Success</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(مجهول)</translation>
    </message>
    <message>
        <source>Event #%1
Details: %2
Hash: %3
Previous hash: %4</source>
        <translation>الحدث #%1
التفاصيل: %2
التجزئة: %3
التجزئة السابقة: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>الكائن</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>عنوان العميل</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditViewModel</name>
    <message>
        <source>Set the filters and press Enter to read the audit trail.</source>
        <translation>اضبط المرشحات واضغط Enter لقراءة سجل التدقيق.</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>جارٍ تحميل الأحداث…</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>لا يوجد حدث يطابق هذه المرشحات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events, oldest first.</source>
        <translation>
            <numerusform>لا أحداث.</numerusform>
            <numerusform>حدث واحد.</numerusform>
            <numerusform>حدثان، الأقدم أولًا.</numerusform>
            <numerusform>%Ln أحداث، الأقدم أولًا.</numerusform>
            <numerusform>%Ln حدثًا، الأقدم أولًا.</numerusform>
            <numerusform>%Ln حدث، الأقدم أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln events loaded match the user and action filters.</source>
        <translation>
            <numerusform>%1 من %Ln حدث محمّل تطابق مرشحَي المستخدم والإجراء.</numerusform>
            <numerusform>%1 من حدث واحد محمّل تطابق مرشحَي المستخدم والإجراء.</numerusform>
            <numerusform>%1 من حدثين محمّلين تطابق مرشحَي المستخدم والإجراء.</numerusform>
            <numerusform>%1 من %Ln أحداث محمّلة تطابق مرشحَي المستخدم والإجراء.</numerusform>
            <numerusform>%1 من %Ln حدثًا محمّلًا تطابق مرشحَي المستخدم والإجراء.</numerusform>
            <numerusform>%1 من %Ln حدث محمّل تطابق مرشحَي المستخدم والإجراء.</numerusform>
        </translation>
    </message>
    <message>
        <source>More on the server: “More events”.</source>
        <translation>يوجد المزيد على الخادم: «المزيد من الأحداث».</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>جارٍ التحقق من السلسلة…</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %Ln events checked, last event #%1, last hash %2</source>
        <translation>
            <numerusform>السجل سليم: لم يُفحص أي حدث، آخر حدث #%1، آخر تجزئة %2</numerusform>
            <numerusform>السجل سليم: فُحص حدث واحد، آخر حدث #%1، آخر تجزئة %2</numerusform>
            <numerusform>السجل سليم: فُحص حدثان، آخر حدث #%1، آخر تجزئة %2</numerusform>
            <numerusform>السجل سليم: فُحصت %Ln أحداث، آخر حدث #%1، آخر تجزئة %2</numerusform>
            <numerusform>السجل سليم: فُحص %Ln حدثًا، آخر حدث #%1، آخر تجزئة %2</numerusform>
            <numerusform>السجل سليم: فُحص %Ln حدث، آخر حدث #%1، آخر تجزئة %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail is broken at event #%1: %2</source>
        <translation>السجل مكسور عند الحدث #%1: %2</translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation>تعذّر التحقق من السلسلة: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::AuditWidget</name>
    <message>
        <source>User (part of the name)</source>
        <translation>المستخدم (جزء من الاسم)</translation>
    </message>
    <message>
        <source>Action, e.g. recording.download</source>
        <translation>الإجراء، مثل recording.download</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>معرّف الكائن</translation>
    </message>
    <message>
        <source>Only the events of this hearing, recording, user or office (its id)</source>
        <translation>أحداث جلسة الاستماع أو التسجيل أو المستخدم أو الوحدة هذه فقط (معرّفها)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Unchecked: from the first event</source>
        <translation>بلا تحديد: من الحدث الأول</translation>
    </message>
    <message>
        <source>Unchecked: up to now</source>
        <translation>بلا تحديد: حتى الآن</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reload the events with these filters (Enter)</source>
        <translation>إعادة تحميل الأحداث بهذه المرشحات (Enter)</translation>
    </message>
    <message>
        <source>&amp;More events</source>
        <translation>&amp;المزيد من الأحداث</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;دقّق السلسلة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Have the server recompute the hash chain of the whole trail (Ctrl+Shift+V)</source>
        <translation>يعيد الخادم حساب سلسلة التجزئة للسجل كله (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureEventModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureMarkerModel</name>
    <message>
        <source>Double-click or press F2 on the text to correct it (until the recording is sealed)</source>
        <translation>انقر نقرًا مزدوجًا على النص أو اضغط F2 لتصحيحه (حتى يُختم التسجيل)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureViewModel</name>
    <message>
        <source>The marker&apos;s text could not be changed: %1</source>
        <translation>تعذّر تغيير نص العلامة: %1</translation>
    </message>
    <message>
        <source>Enter the case number.</source>
        <translation>أدخل رقم القضية.</translation>
    </message>
    <message>
        <source>The case number is longer than 100 characters.</source>
        <translation>رقم القضية أطول من 100 حرف.</translation>
    </message>
    <message>
        <source>Choose the kind of hearing.</source>
        <translation>اختر نوع جلسة الاستماع.</translation>
    </message>
    <message>
        <source>Add the person heard (a participant with a role).</source>
        <translation>أضف الشخص المستمَع إليه (مشاركًا له صفة).</translation>
    </message>
    <message>
        <source>Participant %1 has no name.</source>
        <translation>المشارك %1 بلا اسم.</translation>
    </message>
    <message>
        <source>Participant %1 has no role.</source>
        <translation>المشارك %1 بلا صفة.</translation>
    </message>
    <message>
        <source>Choose at least one camera or microphone.</source>
        <translation>اختر كاميرا أو ميكروفونًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Test camera (generated picture)</source>
        <translation>كاميرا اختبار (صورة مولّدة)</translation>
    </message>
    <message>
        <source>Test microphone (440 Hz tone)</source>
        <translation>ميكروفون اختبار (نغمة 440 هرتز)</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>الكاميرا %1</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>الميكروفون %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Exhibit shown</source>
        <translation>عرض دليل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>لا يجري التسجيل</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>RECORDING</source>
        <translation>جارٍ التسجيل</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>جارٍ الختم…</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>مختوم</translation>
    </message>
    <message>
        <source>Recording cannot start yet:
%1</source>
        <translation>لا يمكن بدء التسجيل بعد:
%1</translation>
    </message>
    <message>
        <source>The hearing could not be created, nothing was recorded: %1</source>
        <translation>تعذّر إنشاء جلسة الاستماع، ولم يُسجَّل شيء: %1</translation>
    </message>
    <message>
        <source>Recording could not start: %1</source>
        <translation>تعذّر بدء التسجيل: %1</translation>
    </message>
    <message>
        <source>Recording resumed after an interruption (the gap is recorded)</source>
        <translation>استُؤنف التسجيل بعد انقطاع (الفجوة مُدوَّنة)</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>بدأ التسجيل</translation>
    </message>
    <message>
        <source>test sources</source>
        <translation>مصادر اختبار</translation>
    </message>
    <message>
        <source>Break requested by a participant</source>
        <translation>استراحة بطلب أحد المشاركين</translation>
    </message>
    <message>
        <source>Consultation with the lawyer</source>
        <translation>تشاور مع المحامي</translation>
    </message>
    <message>
        <source>Technical problem</source>
        <translation>مشكلة فنية</translation>
    </message>
    <message>
        <source>Recess</source>
        <translation>رفع الجلسة مؤقتًا</translation>
    </message>
    <message>
        <source>Participant left the room</source>
        <translation>غادر أحد المشاركين القاعة</translation>
    </message>
    <message>
        <source>A pause needs a reason: choose one or type it.</source>
        <translation>يحتاج الإيقاف المؤقت إلى سبب: اختر سببًا أو اكتبه.</translation>
    </message>
    <message>
        <source>The recording could not be paused: %1</source>
        <translation>تعذّر إيقاف التسجيل مؤقتًا: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>The recording could not be resumed: %1</source>
        <translation>تعذّر استئناف التسجيل: %1</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>استُؤنف</translation>
    </message>
    <message>
        <source>Sealing failed</source>
        <translation>فشل الختم</translation>
    </message>
    <message>
        <source>The recording stopped but could not be sealed: %1. Its folder %2 is kept and will be offered for recovery at the next start.</source>
        <translation>توقف التسجيل لكن تعذّر ختمه: %1. مجلده %2 محفوظ وسيُعرض للاسترداد عند التشغيل القادم.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1, %2 frames dropped; seal %3</source>
        <translation>
            <numerusform>%n مقطع، %1، الإطارات المفقودة: %2؛ الختم %3</numerusform>
            <numerusform>مقطع واحد، %1، الإطارات المفقودة: %2؛ الختم %3</numerusform>
            <numerusform>مقطعان، %1، الإطارات المفقودة: %2؛ الختم %3</numerusform>
            <numerusform>%n مقاطع، %1، الإطارات المفقودة: %2؛ الختم %3</numerusform>
            <numerusform>%n مقطعًا، %1، الإطارات المفقودة: %2؛ الختم %3</numerusform>
            <numerusform>%n مقطع، %1، الإطارات المفقودة: %2؛ الختم %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording stopped and sealed</source>
        <translation>أُوقف التسجيل وخُتم</translation>
    </message>
    <message>
        <source>The recording is sealed; it is uploaded in the background.</source>
        <translation>خُتم التسجيل؛ ويجري رفعه في الخلفية.</translation>
    </message>
    <message>
        <source>The marker could not be written: %1</source>
        <translation>تعذّرت كتابة العلامة: %1</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>المدخل %1</translation>
    </message>
    <message>
        <source>%1 · channel %2</source>
        <translation>%1 · القناة %2</translation>
    </message>
    <message>
        <source>No sound from %1</source>
        <translation>لا صوت من %1</translation>
    </message>
    <message>
        <source>Sound again from %1</source>
        <translation>عاد الصوت من %1</translation>
    </message>
    <message>
        <source>%1 is too loud: the sound is clipped</source>
        <translation>%1 مرتفع جدًا: الصوت مشوَّه</translation>
    </message>
    <message>
        <source>The picture of %1 is frozen</source>
        <translation>صورة %1 متجمدة</translation>
    </message>
    <message>
        <source>The picture of %1 is black</source>
        <translation>صورة %1 سوداء</translation>
    </message>
    <message>
        <source>The picture of %1 moves again</source>
        <translation>عادت صورة %1 تتحرك</translation>
    </message>
    <message>
        <source>%1 stopped delivering: check its cable</source>
        <translation>توقف %1 عن الإرسال: افحص الكابل</translation>
    </message>
    <message>
        <source>Frames were dropped: this computer cannot keep up</source>
        <translation>فُقدت إطارات: هذا الحاسوب لا يستطيع المواكبة</translation>
    </message>
    <message>
        <source>Little disk space left for the recording</source>
        <translation>المساحة المتبقية على القرص قليلة للتسجيل</translation>
    </message>
    <message>
        <source>Recording failed on %1</source>
        <translation>فشل التسجيل على %1</translation>
    </message>
    <message>
        <source>Warning from %1</source>
        <translation>تحذير من %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more in the event list)</source>
        <translation>
            <numerusform>(+%n أخرى في قائمة الأحداث)</numerusform>
            <numerusform>(+%n أخرى في قائمة الأحداث)</numerusform>
            <numerusform>(+%n أخرى في قائمة الأحداث)</numerusform>
            <numerusform>(+%n أخرى في قائمة الأحداث)</numerusform>
            <numerusform>(+%n أخرى في قائمة الأحداث)</numerusform>
            <numerusform>(+%n أخرى في قائمة الأحداث)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted recordings could not be checked: %1</source>
        <translation>تعذّر فحص التسجيلات المنقطعة: %1</translation>
    </message>
    <message>
        <source>The interrupted recording in %1 could not be sealed: %2</source>
        <translation>تعذّر ختم التسجيل المنقطع في %1: %2</translation>
    </message>
    <message>
        <source>The interrupted recording was sealed as it is; it is uploaded in the background.</source>
        <translation>خُتم التسجيل المنقطع على حاله؛ ويجري رفعه في الخلفية.</translation>
    </message>
    <message>
        <source>Test source (%1)</source>
        <translation>مصدر اختبار (%1)</translation>
    </message>
    <message>
        <source>The disk is full: recording stopped and is being sealed</source>
        <translation>القرص ممتلئ: توقف التسجيل ويجري ختمه</translation>
    </message>
</context>
<context>
    <name>audientia::gui::CaptureWidget</name>
    <message>
        <source>TEST SOURCES — not a real hearing room</source>
        <translation>مصادر اختبار — ليست قاعة استماع حقيقية</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● تسجيل</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Create the hearing (if new) and start recording (Ctrl+R)</source>
        <translation>إنشاء جلسة الاستماع (إن كانت جديدة) وبدء التسجيل (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;إيقاف مؤقت…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>■ &amp;Stop and seal…</source>
        <translation>■ &amp;إيقاف وختم…</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the recording and seal it (asks first; Ctrl+.)</source>
        <translation>إيقاف التسجيل وختمه (بعد التأكيد؛ Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Next hearing</source>
        <translation>&amp;الجلسة التالية</translation>
    </message>
    <message>
        <source>Prepare another hearing (Ctrl+N)</source>
        <translation>تحضير جلسة استماع أخرى (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>جلسة الاستماع</translation>
    </message>
    <message>
        <source>Record a new hearing instead</source>
        <translation>تسجيل جلسة استماع جديدة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>e.g. 1234/P/2026</source>
        <translation>مثال: 1234/P/2026</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>القاعة أو المكان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;إضافة مشارك</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;رقم القضية:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;القاعة:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>المشاركون:</translation>
    </message>
    <message>
        <source>Cameras and microphones</source>
        <translation>الكاميرات والميكروفونات</translation>
    </message>
    <message>
        <source>Tick what records this hearing; the choice is kept for this workstation</source>
        <translation>حدّد ما يسجّل هذه الجلسة؛ ويُحفظ الاختيار لمحطة العمل هذه</translation>
    </message>
    <message>
        <source>Use &amp;test sources</source>
        <translation>&amp;استخدام مصادر اختبار</translation>
    </message>
    <message>
        <source>Generated picture and tone, for training and tests</source>
        <translation>صورة ونغمة مولّدتان، للتدريب والاختبار</translation>
    </message>
    <message>
        <source>Find de&amp;vices</source>
        <translation>&amp;البحث عن الأجهزة</translation>
    </message>
    <message>
        <source>Picture and sound</source>
        <translation>الصورة والصوت</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>Marks this moment and asks for the text</source>
        <translation>يضع علامة على هذه اللحظة ويطلب النص</translation>
    </message>
    <message>
        <source>Marks this moment; the text can be added in the list</source>
        <translation>يضع علامة على هذه اللحظة؛ ويمكن إضافة النص في القائمة</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>الكاميرا: %1</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>الميكروفون: %1</translation>
    </message>
    <message>
        <source>Recording into the existing hearing %1 (another session of it).</source>
        <translation>التسجيل في جلسة الاستماع القائمة %1 (جلسة أخرى منها).</translation>
    </message>
    <message>
        <source>▶ &amp;Resume</source>
        <translation>▶ &amp;استئناف</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause…</source>
        <translation>❚❚ &amp;إيقاف مؤقت…</translation>
    </message>
    <message>
        <source>Resume the recording (Ctrl+P)</source>
        <translation>استئناف التسجيل (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pause the recording; asks the reason (Ctrl+P)</source>
        <translation>إيقاف التسجيل مؤقتًا؛ مع طلب السبب (Ctrl+P)</translation>
    </message>
    <message>
        <source>%1
The picture shows once recording starts</source>
        <translation>%1
تظهر الصورة عند بدء التسجيل</translation>
    </message>
    <message>
        <source>Pause the recording</source>
        <translation>إيقاف التسجيل مؤقتًا</translation>
    </message>
    <message>
        <source>Why is the hearing paused? Choose a reason or type one; it goes into the record.</source>
        <translation>لماذا تُوقَف الجلسة مؤقتًا؟ اختر سببًا أو اكتبه؛ وسيُدوَّن في السجل.</translation>
    </message>
    <message>
        <source>Stop the recording</source>
        <translation>إيقاف التسجيل</translation>
    </message>
    <message>
        <source>Stop recording and seal the hearing now? A sealed recording cannot be continued; a new session of the hearing can be recorded later.</source>
        <translation>هل تريد إيقاف التسجيل وختم الجلسة الآن؟ لا يمكن متابعة تسجيل مختوم؛ ويمكن تسجيل جلسة جديدة منها لاحقًا.</translation>
    </message>
    <message>
        <source>Interrupted recording found</source>
        <translation>عُثر على تسجيل منقطع</translation>
    </message>
    <message>
        <source>The recording &quot;%1&quot; was interrupted (the program or the computer stopped). What was recorded up to %2 has been recovered.

Resume recording into the same hearing? The gap is noted in the record.</source>
        <translation>انقطع التسجيل «%1» (توقف البرنامج أو الحاسوب). واستُرد ما سُجّل حتى %2.

هل تريد استئناف التسجيل في جلسة الاستماع نفسها؟ ستُدوَّن الفجوة في السجل.</translation>
    </message>
    <message>
        <source>&amp;Resume recording</source>
        <translation>&amp;استئناف التسجيل</translation>
    </message>
    <message>
        <source>&amp;Seal it as it is</source>
        <translation>&amp;الختم على حاله</translation>
    </message>
    <message>
        <source>A hearing is being recorded</source>
        <translation>يجري تسجيل جلسة استماع</translation>
    </message>
    <message>
        <source>A hearing is being recorded. Stop and seal it before closing?

Nothing is lost either way: if you keep recording, the window stays open.</source>
        <translation>يجري تسجيل جلسة استماع. هل تريد إيقافها وختمها قبل الإغلاق؟

لن يضيع شيء في الحالتين: إذا واصلت التسجيل تبقى النافذة مفتوحة.</translation>
    </message>
    <message>
        <source>Hearing %1, created on the server when recording started.</source>
        <translation>جلسة الاستماع %1، أُنشئت على الخادم عند بدء التسجيل.</translation>
    </message>
    <message>
        <source>Choose the cameras and microphones of this hearing: their pictures and sound levels show here.</source>
        <translation>اختر الكاميرات والميكروفونات لجلسة الاستماع هذه: تظهر صورها ومستويات الصوت هنا.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ClientApp</name>
    <message>
        <source>--tab admin: %1 is not an administrator</source>
        <translation>--tab admin: %1 ليس مسؤولًا</translation>
    </message>
    <message>
        <source>--tab uploads: %1 is not a prosecutor</source>
        <translation>--tab uploads: %1 ليس وكيل نيابة</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>تعذّر تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>الرفع غير متاح: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation>تعذّرت كتابة لقطة الشاشة إلى %1</translation>
    </message>
    <message numerus="yes">
        <source>%n verified recording(s) removed from this workstation (kept on the server).</source>
        <translation>
            <numerusform>لم يُحذف أي تسجيل مُتحقَّق منه من محطة العمل هذه.</numerusform>
            <numerusform>حُذف تسجيل مُتحقَّق منه واحد من محطة العمل هذه (محفوظ على الخادم).</numerusform>
            <numerusform>حُذف تسجيلان مُتحقَّق منهما من محطة العمل هذه (محفوظان على الخادم).</numerusform>
            <numerusform>حُذفت %n تسجيلات مُتحقَّق منها من محطة العمل هذه (محفوظة على الخادم).</numerusform>
            <numerusform>حُذف %n تسجيلًا مُتحقَّقًا منه من محطة العمل هذه (محفوظة على الخادم).</numerusform>
            <numerusform>حُذف %n تسجيل مُتحقَّق منه من محطة العمل هذه (محفوظة على الخادم).</numerusform>
        </translation>
    </message>
    <message>
        <source>--tab room: %1 is not a prosecutor</source>
        <translation>--tab room: %1 ليس وكيل نيابة</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ClipBar</name>
    <message>
        <source>Clip st&amp;arts here</source>
        <translation>بداية المقطع هنا</translation>
    </message>
    <message>
        <source>The clip to export starts at the playing position (I)</source>
        <translation>يبدأ المقطع المراد تصديره عند موضع التشغيل (I)</translation>
    </message>
    <message>
        <source>Cli&amp;p ends here</source>
        <translation>نهاية المقطع هنا</translation>
    </message>
    <message>
        <source>The clip to export ends at the playing position (O)</source>
        <translation>ينتهي المقطع المراد تصديره عند موضع التشغيل (O)</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Forget the clip&apos;s start and end</source>
        <translation>انسَ بداية المقطع ونهايته</translation>
    </message>
    <message>
        <source>E&amp;xport clip…</source>
        <translation>تصدير المقطع…</translation>
    </message>
    <message>
        <source>Save the marked part as an MP4 (Ctrl+Shift+E): cut on the server without re-encoding, from the last keyframe before its start, with the case and the source&apos;s SHA-256 in it; saved only once its SHA-256 matches</source>
        <translation>احفظ الجزء المحدد كملف MP4 (Ctrl+Shift+E): يُقص على الخادم دون إعادة ترميز، من آخر إطار مفتاحي قبل بدايته، مع رقم القضية وSHA-256 للمصدر بداخله؛ ولا يُحفظ إلا بعد تطابق SHA-256 الخاص به</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>Export clip %1–%2</source>
        <translation>تصدير المقطع %1–%2</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>فيديو MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Clip: %1 – %2 (%3)</source>
        <translation>المقطع: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Clip: mark its start (I) and end (O) while playing</source>
        <translation>المقطع: حدّد بدايته (I) ونهايته (O) أثناء التشغيل</translation>
    </message>
</context>
<context>
    <name>audientia::gui::DownloadViewModel</name>
    <message>
        <source>A download is already running; wait for it or cancel it first.</source>
        <translation>يجري تنزيل بالفعل؛ انتظر انتهاءه أو ألغه أولًا.</translation>
    </message>
    <message>
        <source>Not connected to the server; log in again.</source>
        <translation>لا يوجد اتصال بالخادم؛ سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot save to %1: the folder does not exist.</source>
        <translation>لا يمكن الحفظ في %1: المجلد غير موجود.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>جارٍ تنزيل %1…</translation>
    </message>
    <message>
        <source>Saved %1 as %2. Its SHA-256 matches the one the server recorded: %3</source>
        <translation>حُفظ %1 باسم %2. يطابق SHA-256 الخاص به ما سجّله الخادم: %3</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was saved.</source>
        <translation>أُلغي التنزيل؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The download of %1 failed and nothing was saved: %2</source>
        <translation>فشل تنزيل %1 ولم يُحفظ شيء: %2</translation>
    </message>
    <message>
        <source>A clip must end after it starts: mark its start (I) and its end (O) on the timeline.</source>
        <translation>يجب أن ينتهي المقطع بعد أن يبدأ: حدّد بدايته (I) ونهايته (O) على الخط الزمني.</translation>
    </message>
    <message>
        <source>the clip %1–%2</source>
        <translation>المقطع %1–%2</translation>
    </message>
    <message>
        <source>Saved the clip %1–%2 as %3 (cut without re-encoding; SHA-256 %4).</source>
        <translation>حُفظ المقطع %1–%2 باسم %3 (قُص دون إعادة ترميز؛ SHA-256 %4).</translation>
    </message>
    <message>
        <source>It starts at %1, the last keyframe before %2, so that no picture is re-encoded.</source>
        <translation>يبدأ عند %1، آخر إطار مفتاحي قبل %2، حتى لا يُعاد ترميز أي صورة.</translation>
    </message>
    <message>
        <source>the hearing report</source>
        <translation>محضر الجلسة</translation>
    </message>
    <message>
        <source>Saved the hearing report of case %1 as %2 (SHA-256 %3).</source>
        <translation>حُفظ محضر جلسة القضية %1 باسم %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Say why the package leaves the building: the reason is written into it and into the audit trail.</source>
        <translation>اذكر سبب مغادرة الحزمة للمبنى: يُكتب السبب فيها وفي سجل التدقيق.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name for the package.</source>
        <translation>%1 موجود بالفعل: اختر اسمًا جديدًا للحزمة.</translation>
    </message>
    <message>
        <source>the evidence package</source>
        <translation>حزمة الأدلة</translation>
    </message>
    <message numerus="yes">
        <source>Saved the signed evidence package of case %1 as %2: %n file(s), digest %3 (audit event %4). Anyone can check it with audientia-verify.</source>
        <translation>
            <numerusform>حُفظت حزمة الأدلة الموقّعة للقضية %1 باسم %2: لا ملفات، البصمة %3 (حدث التدقيق %4). يمكن لأي شخص التحقق منها باستخدام audientia-verify.</numerusform>
            <numerusform>حُفظت حزمة الأدلة الموقّعة للقضية %1 باسم %2: ملف واحد، البصمة %3 (حدث التدقيق %4). يمكن لأي شخص التحقق منها باستخدام audientia-verify.</numerusform>
            <numerusform>حُفظت حزمة الأدلة الموقّعة للقضية %1 باسم %2: ملفان، البصمة %3 (حدث التدقيق %4). يمكن لأي شخص التحقق منها باستخدام audientia-verify.</numerusform>
            <numerusform>حُفظت حزمة الأدلة الموقّعة للقضية %1 باسم %2: %n ملفات، البصمة %3 (حدث التدقيق %4). يمكن لأي شخص التحقق منها باستخدام audientia-verify.</numerusform>
            <numerusform>حُفظت حزمة الأدلة الموقّعة للقضية %1 باسم %2: %n ملفًا، البصمة %3 (حدث التدقيق %4). يمكن لأي شخص التحقق منها باستخدام audientia-verify.</numerusform>
            <numerusform>حُفظت حزمة الأدلة الموقّعة للقضية %1 باسم %2: %n ملف، البصمة %3 (حدث التدقيق %4). يمكن لأي شخص التحقق منها باستخدام audientia-verify.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk that holds %1 is full and nothing was saved: free some space there or choose another place, then try again.</source>
        <translation>القرص الذي يضم %1 ممتلئ ولم يُحفظ شيء: حرّر بعض المساحة فيه أو اختر مكانًا آخر، ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::FixityRunModel</name>
    <message>
        <source>Running</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>الملفات المفحوصة</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>حالات عدم التطابق</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>المفقودة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
</context>
<context>
    <name>audientia::gui::Formatting</name>
    <message>
        <source>Suspect</source>
        <translation>مشتبه به</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>متهم</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>مجني عليه</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>وكيل نيابة</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>كاتب</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>بلا دور</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ج.ب</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 ت.ب</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 ب.ب</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>أحادي</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>ستيريو</translation>
    </message>
    <message numerus="yes">
        <source>%Ln channels</source>
        <translation>
            <numerusform>%Ln قناة</numerusform>
            <numerusform>قناة واحدة</numerusform>
            <numerusform>قناتان</numerusform>
            <numerusform>%Ln قنوات</numerusform>
            <numerusform>%Ln قناة</numerusform>
            <numerusform>%Ln قناة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 إطار/ث</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 كيلوهرتز</translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation>الطرف المتضرر</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>محامٍ</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>الولي القانوني</translation>
    </message>
    <message>
        <source>Other participant</source>
        <translation>صفة أخرى</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingDetailsWidget</name>
    <message>
        <source>Select a hearing to see its details and recordings.</source>
        <translation>اختر جلسة استماع لعرض تفاصيلها وتسجيلاتها.</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>جلسة الاستماع</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>المشاركون:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>تاريخ الإنشاء:</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>No recordings in this hearing yet.</source>
        <translation>لا توجد تسجيلات لهذه الجلسة بعد.</translation>
    </message>
    <message>
        <source>Select a recording</source>
        <translation>اختر تسجيلًا</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected recording</source>
        <translation>نسخ بصمة SHA-256 للتسجيل المحدد</translation>
    </message>
    <message>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256:</translation>
    </message>
    <message>
        <source>&amp;Add recording…</source>
        <translation>&amp;إضافة تسجيل…</translation>
    </message>
    <message>
        <source>Upload a recording file to this hearing (in the background; see the Uploads tab)</source>
        <translation>رفع ملف تسجيل إلى هذه الجلسة (في الخلفية؛ انظر علامة تبويب الرفع)</translation>
    </message>
    <message>
        <source>Add capture &amp;folder…</source>
        <translation>&amp;إضافة مجلد التقاط…</translation>
    </message>
    <message>
        <source>Upload a capture directory (manifest.json and its segments) to this hearing; a capture still recording is followed to its end</source>
        <translation>رفع مجلد التقاط (manifest.json ومقاطعه) إلى هذه الجلسة؛ وإذا كان الالتقاط لا يزال يُسجَّل فيُتابَع حتى نهايته</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>القضية %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>القضية %1 — %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(غير مُدوَّن)</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <source>This file could not be read as media; it is kept unchanged. Reason: %1</source>
        <translation>تعذّرت قراءة هذا الملف كملف وسائط؛ وهو محفوظ دون تغيير. السبب: %1</translation>
    </message>
    <message>
        <source>Add a recording to case %1</source>
        <translation>إضافة تسجيل إلى القضية %1</translation>
    </message>
    <message>
        <source>Recordings (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.wav *.mp3 *.flac *.ogg);;All files (*)</source>
        <translation>التسجيلات (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.wav *.mp3 *.flac *.ogg);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Add a capture folder to case %1</source>
        <translation>إضافة مجلد التقاط إلى القضية %1</translation>
    </message>
    <message>
        <source>The markers and the gaps (pauses, interruptions) of the selected recording</source>
        <translation>العلامات والفجوات (التوقفات المؤقتة والانقطاعات) في التسجيل المحدد</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Play the selected recording in the player window (Ctrl+P, or a double-click on the recording)</source>
        <translation>شغّل التسجيل المحدد في نافذة المشغّل (Ctrl+P، أو نقرة مزدوجة على التسجيل)</translation>
    </message>
    <message>
        <source>&amp;Moments</source>
        <translation>&amp;اللحظات</translation>
    </message>
    <message>
        <source>Fi&amp;les</source>
        <translation>&amp;الملفات</translation>
    </message>
    <message>
        <source>&amp;Moments (%1)</source>
        <translation>&amp;اللحظات (%1)</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>&amp;التعليقات</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingExportBar</name>
    <message>
        <source>Hearing &amp;report…</source>
        <translation>محضر الجلسة…</translation>
    </message>
    <message>
        <source>Save the hearing report (Ctrl+Shift+D): a draft record of the hearing as a PDF, with the participants, the recordings and their SHA-256, pauses, annotations and a picture of each camera</source>
        <translation>حفظ محضر الجلسة (Ctrl+Shift+D): مسودة محضر الجلسة بصيغة PDF، مع المشاركين والتسجيلات وبصمات SHA-256 الخاصة بها والتوقفات والتعليقات وصورة من كل كاميرا</translation>
    </message>
    <message>
        <source>E&amp;vidence package…</source>
        <translation>حزمة الأدلة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save the report of case %1</source>
        <translation>حفظ محضر القضية %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the evidence package of case %1 as a new folder</source>
        <translation>حفظ حزمة أدلة القضية %1 في مجلد جديد</translation>
    </message>
    <message>
        <source>Save the signed evidence package (Ctrl+Shift+X): the recordings as sealed, the hearing, its annotations, its audit trail and the report, as a folder or one ZIP file that anyone can check with audientia-verify</source>
        <translation>حفظ حزمة الأدلة الموقّعة (Ctrl+Shift+X): التسجيلات كما خُتمت، والجلسة، وتعليقاتها، وسجل تدقيقها، والمحضر، كمجلد أو كملف ZIP واحد يمكن لأي شخص التحقق منه باستخدام audientia-verify</translation>
    </message>
    <message>
        <source>Save the evidence package of case %1 as a ZIP file</source>
        <translation>حفظ حزمة أدلة القضية %1 كملف ZIP</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>أرشيف ZIP (*.zip)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::HearingListModel</name>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>التسجيلات</translation>
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
        <translation>بلا وحدة</translation>
    </message>
    <message>
        <source>Loading the hearings failed: %1</source>
        <translation>تعذّر تحميل جلسات الاستماع: %1</translation>
    </message>
    <message>
        <source>Loading hearing %1 failed: %2</source>
        <translation>تعذّر تحميل جلسة الاستماع %1: %2</translation>
    </message>
    <message>
        <source>The server did not confirm the logout: %1</source>
        <translation>لم يؤكد الخادم تسجيل الخروج: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::JobListModel</name>
    <message>
        <source>Processing a recording</source>
        <translation>معالجة تسجيل</translation>
    </message>
    <message>
        <source>Fixity check</source>
        <translation>فحص السلامة</translation>
    </message>
    <message>
        <source>Retention sweep</source>
        <translation>تطبيق مدد الحفظ</translation>
    </message>
    <message>
        <source>Expiring unfinished uploads</source>
        <translation>إنهاء صلاحية عمليات الرفع غير المكتملة</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>audientia::gui::KeepingViewModel</name>
    <message>
        <source>Loading the jobs…</source>
        <translation>جارٍ تحميل المهام…</translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation>تعذّرت قراءة المهام: %1</translation>
    </message>
    <message>
        <source>No job in this state.</source>
        <translation>لا توجد مهام في هذه الحالة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln jobs, newest first.</source>
        <translation>
            <numerusform>لا مهام.</numerusform>
            <numerusform>مهمة واحدة.</numerusform>
            <numerusform>مهمتان، الأحدث أولًا.</numerusform>
            <numerusform>%Ln مهام، الأحدث أولًا.</numerusform>
            <numerusform>%Ln مهمة، الأحدث أولًا.</numerusform>
            <numerusform>%Ln مهمة، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the alerts…</source>
        <translation>جارٍ تحميل التنبيهات…</translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>تعذّرت قراءة التنبيهات: %1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>لا توجد تنبيهات.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>لا توجد تنبيهات مفتوحة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alerts, newest first.</source>
        <translation>
            <numerusform>لا تنبيهات.</numerusform>
            <numerusform>تنبيه واحد.</numerusform>
            <numerusform>تنبيهان، الأحدث أولًا.</numerusform>
            <numerusform>%Ln تنبيهات، الأحدث أولًا.</numerusform>
            <numerusform>%Ln تنبيهًا، الأحدث أولًا.</numerusform>
            <numerusform>%Ln تنبيه، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open alerts, newest first.</source>
        <translation>
            <numerusform>لا تنبيهات مفتوحة.</numerusform>
            <numerusform>تنبيه مفتوح واحد.</numerusform>
            <numerusform>تنبيهان مفتوحان، الأحدث أولًا.</numerusform>
            <numerusform>%Ln تنبيهات مفتوحة، الأحدث أولًا.</numerusform>
            <numerusform>%Ln تنبيهًا مفتوحًا، الأحدث أولًا.</numerusform>
            <numerusform>%Ln تنبيه مفتوح، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the fixity status…</source>
        <translation>جارٍ تحميل حالة السلامة…</translation>
    </message>
    <message>
        <source>The fixity status could not be read: %1</source>
        <translation>تعذّرت قراءة حالة السلامة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored files, %1 never checked; %2 failed their last check.</source>
        <translation>
            <numerusform>لا ملفات مخزّنة، %1 لم يُفحص قط؛ %2 فشل في آخر فحص.</numerusform>
            <numerusform>ملف مخزّن واحد، %1 لم يُفحص قط؛ %2 فشل في آخر فحص.</numerusform>
            <numerusform>ملفان مخزّنان، %1 لم يُفحص قط؛ %2 فشل في آخر فحص.</numerusform>
            <numerusform>%Ln ملفات مخزّنة، %1 لم يُفحص قط؛ %2 فشل في آخر فحص.</numerusform>
            <numerusform>%Ln ملفًا مخزّنًا، %1 لم يُفحص قط؛ %2 فشل في آخر فحص.</numerusform>
            <numerusform>%Ln ملف مخزّن، %1 لم يُفحص قط؛ %2 فشل في آخر فحص.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fixity check has run yet.</source>
        <translation>لم يُجرَ أي فحص للسلامة بعد.</translation>
    </message>
    <message>
        <source>Job %1 could not be retried: %2</source>
        <translation>تعذّرت إعادة المهمة %1: %2</translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation>أُعيدت المهمة %1 إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The alert could not be acknowledged: %1</source>
        <translation>تعذّر تأكيد الاطلاع على التنبيه: %1</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>تم تأكيد الاطلاع على التنبيه.</translation>
    </message>
    <message>
        <source>The fixity check could not be started: %1</source>
        <translation>تعذّر بدء فحص السلامة: %1</translation>
    </message>
    <message>
        <source>Fixity check queued (job %1).</source>
        <translation>أُضيف فحص السلامة إلى قائمة الانتظار (المهمة %1).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::KeepingWidget</name>
    <message>
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Fixity</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Queue the selected failed job again, its attempts reset</source>
        <translation>إعادة المهمة الفاشلة المحددة إلى قائمة الانتظار مع تصفير محاولاتها</translation>
    </message>
    <message>
        <source>Show acknow&amp;ledged</source>
        <translation>إظهار ما تم الاطلاع عليه</translation>
    </message>
    <message>
        <source>Mark the selected alert as seen and dealt with</source>
        <translation>وسم التنبيه المحدد بأنه اطُّلع عليه وعولج</translation>
    </message>
    <message>
        <source>Run &amp;fixity now</source>
        <translation>فحص السلامة الآن</translation>
    </message>
    <message>
        <source>Check every stored file against its recorded SHA-256 digest, in the background</source>
        <translation>فحص كل ملف مخزّن مقابل بصمة SHA-256 المسجلة له، في الخلفية</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Ackno&amp;wledge</source>
        <translation>تأكيد الاطلاع</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LegalHoldModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>Released by %1, %2: %3</source>
        <translation>رفعه %1، %2: %3</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>جلسة الاستماع</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>وُضع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LevelMeter</name>
    <message>
        <source>Peak %1 dBFS, RMS %2 dBFS</source>
        <translation>الذروة %1 dBFS، وRMS %2 dBFS</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>تشبّع</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LoginDialog</name>
    <message>
        <source>Audientia — Log in</source>
        <translation>Audientia — تسجيل الدخول</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in to Audientia&lt;/b&gt;</source>
        <translation>&lt;b&gt;تسجيل الدخول إلى Audientia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PEM file of the server&apos;s CA (e.g. DATA_DIR/tls/ca.pem)</source>
        <translation>ملف PEM لجهة إصدار شهادات الخادم (مثل DATA_DIR/tls/ca.pem)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>فقط إذا طلبها الخادم</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the workstation&apos;s certificate (PEM)</source>
        <translation>اختر شهادة محطة العمل (PEM)</translation>
    </message>
    <message>
        <source>Choose the workstation&apos;s private key (PEM)</source>
        <translation>اختر المفتاح الخاص لمحطة العمل (PEM)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;الخادم:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>ملف جهة &amp;الإصدار:</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>شهادة &amp;العميل:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>مفتاح &amp;العميل:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>تسجيل &amp;الدخول</translation>
    </message>
    <message>
        <source>CA certificate of the server</source>
        <translation>شهادة جهة إصدار شهادات الخادم</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>شهادات PEM (*.pem *.crt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Certificate of this workstation</source>
        <translation>شهادة محطة العمل هذه</translation>
    </message>
    <message>
        <source>Private key of this workstation</source>
        <translation>المفتاح الخاص لمحطة العمل هذه</translation>
    </message>
    <message>
        <source>PEM keys (*.key *.pem);;All files (*)</source>
        <translation>مفاتيح PEM (*.key *.pem);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::LoginViewModel</name>
    <message>
        <source>Enter the server address as HOST:PORT.</source>
        <translation>أدخل عنوان الخادم بالصيغة HOST:PORT.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>ملف جهة الإصدار %1 غير موجود.</translation>
    </message>
    <message>
        <source>Choose both the client certificate and its key, or neither (they are needed only when the server asks for a workstation certificate).</source>
        <translation>اختر شهادة العميل ومفتاحها معًا، أو لا تختر أيًّا منهما (لا حاجة إليهما إلا إذا طلب الخادم شهادة لمحطة العمل).</translation>
    </message>
    <message>
        <source>The client certificate %1 does not exist.</source>
        <translation>شهادة العميل %1 غير موجودة.</translation>
    </message>
    <message>
        <source>The client key %1 does not exist.</source>
        <translation>مفتاح العميل %1 غير موجود.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>The server is running, but its database is unavailable. It usually comes back by itself within a minute: try again in a moment, and tell the administrator if it lasts.</source>
        <translation>الخادم يعمل لكن قاعدة بياناته غير متاحة. تعود عادةً من تلقاء نفسها خلال دقيقة: حاول مرة أخرى بعد قليل، وأبلغ المسؤول إذا استمرت المشكلة.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>تعذّر الوصول إلى الخادم: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::MainWindow</name>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Reload the list shown (F5)</source>
        <translation>إعادة تحميل القائمة المعروضة (F5)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>تسجيل &amp;الخروج</translation>
    </message>
    <message>
        <source>End the session and return to the login</source>
        <translation>إنهاء الجلسة والعودة إلى تسجيل الدخول</translation>
    </message>
    <message>
        <source>Filter by case number or title (Ctrl+F)</source>
        <translation>التصفية حسب رقم القضية أو العنوان (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading hearings…</source>
        <translation>جارٍ تحميل جلسات الاستماع…</translation>
    </message>
    <message>
        <source>&amp;Hearings</source>
        <translation>جلسات &amp;الاستماع</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;الإدارة</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>&amp;الرفع</translation>
    </message>
    <message>
        <source>Your role (%1) has no hearings or administration to show here.
Auditors read and verify the audit trail with  audientiactl audit list  and  audientiactl audit verify.</source>
        <translation>ليس لدورك (%1) جلسات استماع أو إدارة لعرضها هنا.
يقرأ المدققون سجل التدقيق ويتحققون منه بالأمرين  audientiactl audit list  و  audientiactl audit verify.</translation>
    </message>
    <message>
        <source>Audientia</source>
        <translation>Audientia</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;الحساب</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>تغيير كلمة مروري…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Audientia — %1 — %2@%3</source>
        <translation>Audientia — %1 — %2@%3</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>جلسات الاستماع</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>No hearings in your office yet.</source>
        <translation>لا توجد جلسات استماع في وحدتك بعد.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>بانتظار الخادم…</translation>
    </message>
    <message>
        <source>Loading the hearings…</source>
        <translation>جارٍ تحميل جلسات الاستماع…</translation>
    </message>
    <message>
        <source>Loading the hearing…</source>
        <translation>جارٍ تحميل جلسة الاستماع…</translation>
    </message>
    <message>
        <source>&amp;Uploads (%1)</source>
        <translation>&amp;الرفع (%1)</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة مروري</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Your other sessions end; this one stays logged in.</source>
        <translation>كلمة مرور جديدة لـ &lt;b&gt;%1&lt;/b&gt;. تنتهي جلساتك الأخرى، وتبقى هذه الجلسة مفتوحة.</translation>
    </message>
    <message>
        <source>Your password was changed; your other sessions were ended.</source>
        <translation>تم تغيير كلمة المرور؛ وأُنهيت جلساتك الأخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hearings</source>
        <translation>
            <numerusform>لا توجد جلسات استماع</numerusform>
            <numerusform>جلسة استماع واحدة</numerusform>
            <numerusform>جلستا استماع</numerusform>
            <numerusform>%Ln جلسات استماع</numerusform>
            <numerusform>%Ln جلسة استماع</numerusform>
            <numerusform>%Ln جلسة استماع</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearing roo&amp;m</source>
        <translation>قاعة &amp;الاستماع</translation>
    </message>
    <message>
        <source>● Hearing roo&amp;m</source>
        <translation>● قاعة &amp;الاستماع</translation>
    </message>
    <message>
        <source>Record into this &amp;hearing</source>
        <translation>&amp;التسجيل في هذه الجلسة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Record another session of the selected hearing (Ctrl+Shift+R)</source>
        <translation>تسجيل جلسة أخرى من جلسة الاستماع المحددة (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Select a hearing first.</source>
        <translation>اختر جلسة استماع أولًا.</translation>
    </message>
    <message>
        <source>A hearing is being recorded: stop it before recording another one.</source>
        <translation>يجري تسجيل جلسة استماع: أوقفها قبل تسجيل أخرى.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;البحث</translation>
    </message>
    <message>
        <source>Search all hearings</source>
        <translation>البحث في كل جلسات الاستماع</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>&amp;Keeping</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>القضية %1</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>الاحتفاظ</translation>
    </message>
</context>
<context>
    <name>audientia::gui::MoveOfficeDialog</name>
    <message>
        <source>Move office</source>
        <translation>نقل الوحدة</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (with its sub-offices) under:</source>
        <translation>نقل &lt;b&gt;%1&lt;/b&gt; (مع وحداتها الفرعية) إلى:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Choose the new parent office.</source>
        <translation>اختر الوحدة الأم الجديدة.</translation>
    </message>
    <message>
        <source>An office cannot move under itself or one of its sub-offices.</source>
        <translation>لا يمكن نقل وحدة إلى نفسها أو إلى إحدى وحداتها الفرعية.</translation>
    </message>
    <message>
        <source>The office is already there: choose another parent.</source>
        <translation>الوحدة موجودة هناك بالفعل: اختر وحدة أمًّا أخرى.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>A new user of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>مستخدم جديد في &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;إنشاء المستخدم</translation>
    </message>
    <message>
        <source>3–64 letters, digits, . _ @ -</source>
        <translation>3–64 حرفًا لاتينيًا أو رقمًا أو . _ @ -</translation>
    </message>
    <message>
        <source>the server&apos;s password policy applies</source>
        <translation>تنطبق سياسة كلمات المرور في الخادم</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>كلمة &amp;المرور الأولية:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>تكرار كلمة &amp;المرور:</translation>
    </message>
</context>
<context>
    <name>audientia::gui::OfficeNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
</context>
<context>
    <name>audientia::gui::OfficeTreeModel</name>
    <message>
        <source>Active</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>%1
created %2</source>
        <translation>%1
أُنشئت في %2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PackageDialog</name>
    <message>
        <source>Evidence package of case %1</source>
        <translation>حزمة أدلة القضية %1</translation>
    </message>
    <message>
        <source>&amp;Why does it leave the building (for example: the court&apos;s request, its number)? The reason is written into the package and into the audit trail.</source>
        <translation>لماذا تغادر الحزمة المبنى (مثلًا: طلب المحكمة ورقمه)؟ يُكتب السبب في الحزمة وفي سجل التدقيق.</translation>
    </message>
    <message>
        <source>&amp;Recordings in the package:</source>
        <translation>التسجيلات في الحزمة:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The hearing&apos;s details, all its annotations, its audit trail and the hearing report always go in.</source>
        <translation>تُضمَّن دائمًا بيانات الجلسة وجميع تعليقاتها وسجل تدقيقها ومحضرها.</translation>
    </message>
    <message>
        <source>As a &amp;folder</source>
        <translation>كمجلد</translation>
    </message>
    <message>
        <source>As one &amp;ZIP file, to hand over or attach</source>
        <translation>كملف ZIP واحد، للتسليم أو الإرفاق</translation>
    </message>
    <message>
        <source>Choose where to save it…</source>
        <translation>اختر مكان الحفظ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Say why the package leaves the building first.</source>
        <translation>اذكر أولًا سبب مغادرة الحزمة للمبنى.</translation>
    </message>
    <message>
        <source>Choose at least one recording.</source>
        <translation>اختر تسجيلًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Also put in the part &amp;marked in the player, as a clip</source>
        <translation>ضع أيضًا الجزء المحدد في المشغل، كمقطع</translation>
    </message>
    <message>
        <source>%1, from %2 to %3: cut from the keyframe before, without re-encoding.</source>
        <translation>%1، من %2 إلى %3: يُقطع من الإطار المفتاحي السابق، دون إعادة ترميز.</translation>
    </message>
    <message>
        <source>To put a part of a recording in the package as well, play it and mark where the part starts (I) and ends (O) first.</source>
        <translation>لوضع جزء من تسجيل في الحزمة أيضًا، شغّله وحدد أولًا أين يبدأ الجزء (I) وأين ينتهي (O).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PasswordDialog</name>
    <message>
        <source>&amp;Set password</source>
        <translation>تعيين كلمة &amp;المرور</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>كلمة &amp;المرور الحالية:</translation>
    </message>
    <message>
        <source>the server&apos;s password policy applies</source>
        <translation>تنطبق سياسة كلمات المرور في الخادم</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة &amp;المرور الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>تكرار كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>أدخل كلمة المرور الحالية.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PlayerViewModel</name>
    <message>
        <source>This file is not playable media (%1); it is kept unchanged.</source>
        <translation>هذا الملف ليس وسائط قابلة للتشغيل (%1)؛ وهو محفوظ دون تغيير.</translation>
    </message>
    <message>
        <source>This recording failed on the server and cannot be played: %1</source>
        <translation>فشل هذا التسجيل على الخادم ولا يمكن تشغيله: %1</translation>
    </message>
    <message>
        <source>This recording is not ready to play yet: the server is still receiving or processing it.</source>
        <translation>هذا التسجيل غير جاهز للتشغيل بعد: لا يزال الخادم يستقبله أو يعالجه.</translation>
    </message>
    <message>
        <source>The player cannot start: no local port could be opened for it.</source>
        <translation>لا يمكن بدء المشغّل: تعذّر فتح منفذ محلي له.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توقف مؤقت</translation>
    </message>
    <message>
        <source>Pause: %1</source>
        <translation>توقف مؤقت: %1</translation>
    </message>
    <message>
        <source>Interruption: %1</source>
        <translation>انقطاع: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>الكاميرا %1</translation>
    </message>
    <message>
        <source>Microphone %1</source>
        <translation>الميكروفون %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>في انتظار الخادم…</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>نهاية التسجيل</translation>
    </message>
    <message>
        <source>This recording cannot be played on this workstation.</source>
        <translation>لا يمكن تشغيل هذا التسجيل على محطة العمل هذه.</translation>
    </message>
    <message>
        <source>The recording could not be read from the server (%1). Check the connection and open it again.</source>
        <translation>تعذّرت قراءة التسجيل من الخادم (%1). تحقق من الاتصال وافتحه مرة أخرى.</translation>
    </message>
    <message>
        <source>This recording&apos;s format cannot be played on this workstation (%1).</source>
        <translation>لا يمكن تشغيل صيغة هذا التسجيل على محطة العمل هذه (%1).</translation>
    </message>
    <message>
        <source>You may not play this recording (%1).</source>
        <translation>لا يحق لك تشغيل هذا التسجيل (%1).</translation>
    </message>
</context>
<context>
    <name>audientia::gui::PlayerWindow</name>
    <message>
        <source>Player</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>تشغيل أو إيقاف مؤقت (مسافة، K)</translation>
    </message>
    <message>
        <source>5 seconds back (Left, J)</source>
        <translation>رجوع 5 ثوانٍ (يسار، J)</translation>
    </message>
    <message>
        <source>5 seconds on (Right)</source>
        <translation>تقدّم 5 ثوانٍ (يمين)</translation>
    </message>
    <message>
        <source>Previous mark (Page Up)</source>
        <translation>العلامة السابقة (Page Up)</translation>
    </message>
    <message>
        <source>Next mark (Page Down)</source>
        <translation>العلامة التالية (Page Down)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;السرعة:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;الكاميرا:</translation>
    </message>
    <message>
        <source>A&amp;udio:</source>
        <translation>&amp;الصوت:</translation>
    </message>
    <message>
        <source>Annotate &amp;here</source>
        <translation>&amp;أضف تعليقًا هنا</translation>
    </message>
    <message>
        <source>Add an annotation at the playing position (Ctrl+M); the player pauses while you type</source>
        <translation>أضف تعليقًا عند موضع التشغيل (Ctrl+M)؛ يتوقف المشغّل مؤقتًا أثناء الكتابة</translation>
    </message>
    <message>
        <source>Player — %1</source>
        <translation>المشغّل — %1</translation>
    </message>
    <message>
        <source>Last mark: %1 %2</source>
        <translation>آخر علامة: %1 %2</translation>
    </message>
    <message>
        <source>Playing speed; voices keep their pitch ([ slower, ] faster)</source>
        <translation>سرعة التشغيل؛ تحتفظ الأصوات بطبقتها ([ أبطأ، ] أسرع)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingFileModel</name>
    <message>
        <source>Master (playable MP4)</source>
        <translation>النسخة الرئيسية (MP4 قابل للتشغيل)</translation>
    </message>
    <message>
        <source>Original (as uploaded)</source>
        <translation>الأصل (كما رُفع)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>المقطع %1</translation>
    </message>
    <message>
        <source>Capture manifest (sealed)</source>
        <translation>بيان التسجيل (مختوم)</translation>
    </message>
    <message>
        <source>Thumbnail %1</source>
        <translation>الصورة المصغرة %1</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>الموجة الصوتية</translation>
    </message>
    <message>
        <source>from %1, %2</source>
        <translation>من %1، %2</translation>
    </message>
    <message>
        <source>%1: %2, %3, SHA-256 %4</source>
        <translation>%1: %2، %3، SHA-256 %4</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>In the media</source>
        <translation>في التسجيل</translation>
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
        <translation>قيد الرفع</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>قيد التحقق</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>The last link of the capture&apos;s chain of segment digests, as sealed when the recording stopped: any change to a segment or its order breaks it</source>
        <translation>آخر حلقة في سلسلة بصمات مقاطع التسجيل، كما خُتمت عند توقف التسجيل: أي تغيير في مقطع أو في ترتيبها يكسرها</translation>
    </message>
    <message>
        <source>Seal:</source>
        <translation>الختم:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;احفظ الملف…</translation>
    </message>
    <message>
        <source>Download the selected file (the master or original when none is selected) and check its SHA-256 against the server&apos;s (Ctrl+S)</source>
        <translation>نزّل الملف المحدد (النسخة الرئيسية أو الأصل إذا لم يُحدَّد شيء) وتحقق من تطابق SHA-256 مع ما لدى الخادم (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>حفظ %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RecordingListModel</name>
    <message>
        <source>Not playable: %1</source>
        <translation>غير قابل للتشغيل: %1</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>رُفع في %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>الفيديو</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>الصوت</translation>
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
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Exhibit shown</source>
        <translation>عرض دليل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>until the end</source>
        <translation>حتى النهاية</translation>
    </message>
    <message>
        <source>%1 (until the end)</source>
        <translation>%1 (حتى النهاية)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توقف مؤقت</translation>
    </message>
    <message>
        <source>Interruption (recovered)</source>
        <translation>انقطاع (مُسترد)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>In the recording</source>
        <translation>في التسجيل</translation>
    </message>
    <message>
        <source>Marker or gap</source>
        <translation>علامة أو فجوة</translation>
    </message>
    <message>
        <source>Text or reason</source>
        <translation>النص أو السبب</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionPolicyModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>جلسات الاستماع</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>حُدِّدت</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionViewModel</name>
    <message>
        <source>Choose an office, a kind of hearing, or both: a policy for every hearing of every office is not allowed.</source>
        <translation>اختر مكتبًا أو نوع جلسة أو كليهما: لا يُسمح بسياسة لكل جلسات كل المكاتب.</translation>
    </message>
    <message>
        <source>Hearings can be kept from 1 to 36500 days (100 years).</source>
        <translation>يمكن الاحتفاظ بالجلسات من يوم واحد إلى 36500 يوم (100 سنة).</translation>
    </message>
    <message>
        <source>Policy set: %1.</source>
        <translation>حُدِّدت السياسة: %1.</translation>
    </message>
    <message>
        <source>Policy deleted: the hearings it covered fall under the next policy that matches them, or are kept for ever.</source>
        <translation>حُذفت السياسة: تخضع الجلسات التي كانت تشملها للسياسة المطابقة التالية، أو يُحتفظ بها إلى الأبد.</translation>
    </message>
    <message>
        <source>“%1” is not a hearing id: paste the id the prosecutor or clerk gave (36 characters, such as 6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01).</source>
        <translation>«%1» ليس معرّف جلسة: الصق المعرّف الذي أعطاه المدعي العام أو الكاتب (36 حرفًا، مثل 6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01).</translation>
    </message>
    <message>
        <source>Say why the hearing is held: the reason is kept in the audit trail.</source>
        <translation>اذكر سبب حجز الجلسة: يُحفظ السبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Hold placed: the hearing will not be deleted until it is released.</source>
        <translation>وُضع الحجز: لن تُحذف الجلسة حتى يُرفع.</translation>
    </message>
    <message>
        <source>Say why the hold is released: the reason is kept in the audit trail.</source>
        <translation>اذكر سبب رفع الحجز: يُحفظ السبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Hold released.</source>
        <translation>رُفع الحجز.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RetentionWidget</name>
    <message>
        <source>Retention policies</source>
        <translation>سياسات الاحتفاظ</translation>
    </message>
    <message>
        <source>A hearing is deleted this long after it was created, under the most specific policy that matches it (office and kind, then office, then kind); with none it is kept for ever. A hearing under a legal hold is never deleted.</source>
        <translation>تُحذف الجلسة بعد هذه المدة من إنشائها، وفق أدق سياسة تطابقها (المكتب والنوع، ثم المكتب، ثم النوع)؛ وبدون سياسة يُحتفظ بها إلى الأبد. لا تُحذف أبدًا جلسة عليها حجز قانوني.</translation>
    </message>
    <message>
        <source>&amp;Set policy…</source>
        <translation>&amp;اضبط السياسة…</translation>
    </message>
    <message>
        <source>Set how long the hearings of an office and/or kind are kept (Ctrl+Shift+P)</source>
        <translation>حدّد مدة الاحتفاظ بجلسات مكتب و/أو نوع (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Delete policy</source>
        <translation>احذف السياسة</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>الحجوزات القانونية</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>&amp;أضف حجزًا…</translation>
    </message>
    <message>
        <source>Keep a hearing whatever the policies say, until released (Ctrl+Shift+H)</source>
        <translation>احتفظ بجلسة مهما قالت السياسات، حتى يُرفع الحجز (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>ارفع…</translation>
    </message>
    <message>
        <source>Show released &amp;holds</source>
        <translation>أظهر الحجوزات المرفوعة</translation>
    </message>
    <message>
        <source>Set a retention policy</source>
        <translation>ضبط سياسة احتفاظ</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>المكتب:</translation>
    </message>
    <message>
        <source>&amp;Hearings:</source>
        <translation>الجلسات:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>مدة الاحتفاظ:</translation>
    </message>
    <message>
        <source>Delete the policy</source>
        <translation>حذف السياسة</translation>
    </message>
    <message>
        <source>Delete the retention policy for %1?</source>
        <translation>هل تحذف سياسة الاحتفاظ لـ %1؟</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>وضع حجز قانوني</translation>
    </message>
    <message>
        <source>The hearing&apos;s id, as the prosecutor or clerk gave it</source>
        <translation>معرّف الجلسة كما أعطاه المدعي العام أو الكاتب</translation>
    </message>
    <message>
        <source>Why it must be kept (an appeal, a request of the court…)</source>
        <translation>لماذا يجب الاحتفاظ بها (استئناف، طلب من المحكمة…)</translation>
    </message>
    <message>
        <source>&amp;Hearing id:</source>
        <translation>معرّف الجلسة:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>رفع الحجز</translation>
    </message>
    <message>
        <source>Why is the hearing no longer held? It may then be deleted under its policy.</source>
        <translation>لماذا لم تعد الجلسة محجوزة؟ قد تُحذف بعدها وفق سياستها.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>The role of &lt;b&gt;%1&lt;/b&gt; (now: %2).</source>
        <translation>دور &lt;b&gt;%1&lt;/b&gt; (حاليًا: %2).</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>تغيير &amp;الدور</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>Choose a different role.</source>
        <translation>اختر دورًا مختلفًا.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchResultModel</name>
    <message>
        <source>Annotation: %1</source>
        <translation>تعليق: %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>جلسة الاستماع</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>وُجد في</translation>
    </message>
    <message>
        <source>At</source>
        <translation>عند</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchViewModel</name>
    <message>
        <source>Type a case number (or part of it), a name, a place or words from an annotation. Case and diacritics do not matter.</source>
        <translation>اكتب رقم قضية (أو جزءًا منه) أو اسمًا أو مكانًا أو كلمات من تعليق. لا يهم حجم الأحرف ولا علامات التشكيل.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>No hearing matches these filters.</source>
        <translation>لا توجد جلسة استماع تطابق هذه المرشحات.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>لم يُعثر على شيء لـ «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln hits, best first; more below.</source>
        <translation>
            <numerusform>لا نتائج بعد؛ هناك المزيد.</numerusform>
            <numerusform>النتيجة الأولى، الأفضل أولًا؛ هناك المزيد.</numerusform>
            <numerusform>أول نتيجتين، الأفضل أولًا؛ هناك المزيد.</numerusform>
            <numerusform>أول %Ln نتائج، الأفضل أولًا؛ هناك المزيد.</numerusform>
            <numerusform>أول %Ln نتيجة، الأفضل أولًا؛ هناك المزيد.</numerusform>
            <numerusform>أول %Ln نتيجة، الأفضل أولًا؛ هناك المزيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits, best first.</source>
        <translation>
            <numerusform>لا نتائج.</numerusform>
            <numerusform>نتيجة واحدة، الأفضل أولًا.</numerusform>
            <numerusform>نتيجتان، الأفضل أولًا.</numerusform>
            <numerusform>%Ln نتائج، الأفضل أولًا.</numerusform>
            <numerusform>%Ln نتيجة، الأفضل أولًا.</numerusform>
            <numerusform>%Ln نتيجة، الأفضل أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audientia::gui::SearchWidget</name>
    <message>
        <source>Search case numbers, names, places and annotations (Ctrl+Shift+F)</source>
        <translation>ابحث في أرقام القضايا والأسماء والأماكن والتعليقات (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Only hearings of this kind</source>
        <translation>جلسات هذا النوع فقط</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>في أي وقت</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Only hearings created in this period</source>
        <translation>الجلسات التي أُنشئت في هذه الفترة فقط</translation>
    </message>
    <message>
        <source>Only with recordings</source>
        <translation>التي لها تسجيلات فقط</translation>
    </message>
    <message>
        <source>Enter or double-click opens the hearing (an annotation at its moment)</source>
        <translation>يفتح Enter أو النقر المزدوج جلسة الاستماع (والتعليق عند لحظته)</translation>
    </message>
    <message>
        <source>&amp;More hits</source>
        <translation>نتائج &amp;أخرى</translation>
    </message>
</context>
<context>
    <name>audientia::gui::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>From the next start, Audientia follows the system&apos;s language (%1).</source>
        <translation>بدءًا من التشغيل القادم، يتبع Audientia لغة النظام (%1).</translation>
    </message>
    <message>
        <source>From the next start, Audientia is shown in %1.</source>
        <translation>بدءًا من التشغيل القادم، يُعرض Audientia باللغة: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ThumbnailStripModel</name>
    <message>
        <source>At %1 in the recording; double-click to play from here</source>
        <translation>عند %1 من التسجيل؛ انقر نقرًا مزدوجًا للتشغيل من هنا</translation>
    </message>
</context>
<context>
    <name>audientia::gui::ThumbnailStripView</name>
    <message>
        <source>Pictures of the recording</source>
        <translation>صور التسجيل</translation>
    </message>
    <message>
        <source>P&amp;ictures (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <source>Reading the pictures of this recording…</source>
        <translation>جارٍ قراءة صور هذا التسجيل…</translation>
    </message>
    <message>
        <source>Pictures are shown once the server has processed the recording.</source>
        <translation>تظهر الصور بعد أن يعالج الخادم التسجيل.</translation>
    </message>
    <message>
        <source>No pictures of this recording: it has no video, or they could not be read.</source>
        <translation>لا توجد صور لهذا التسجيل: ليس فيه فيديو، أو تعذرت قراءتها.</translation>
    </message>
</context>
<context>
    <name>audientia::gui::TimelineWidget</name>
    <message>
        <source>Click to play from there; the ticks are annotations (blue), pauses (amber) and interruptions (red)</source>
        <translation>انقر للتشغيل من هناك؛ العلامات هي التعليقات (أزرق) والتوقفات المؤقتة (كهرماني) والانقطاعات (أحمر)</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadQueueModel</name>
    <message>
        <source>Resuming</source>
        <translation>جارٍ الاستئناف</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>جارٍ الرفع</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Waiting for the recorder</source>
        <translation>بانتظار جهاز التسجيل</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>جارٍ البدء</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>التقاط</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 من %2 م.ب</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 م.ب/ث</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>جلسة الاستماع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>Hashing %L1%</source>
        <translation>حساب البصمة %L1%</translation>
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
        <translation>تعذّرت قراءة قائمة انتظار الرفع: %1</translation>
    </message>
    <message>
        <source>Aborting the upload failed: %1</source>
        <translation>تعذّر إلغاء الرفع: %1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadsViewModel</name>
    <message>
        <source>The upload of %1 was aborted.</source>
        <translation>أُلغي رفع %1.</translation>
    </message>
    <message>
        <source>Reading the upload queue failed: %1</source>
        <translation>تعذّرت قراءة قائمة انتظار الرفع: %1</translation>
    </message>
    <message>
        <source>Uploads are not available for this login.</source>
        <translation>الرفع غير متاح لهذا الحساب.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>تعذّر رفع %1: %2</translation>
    </message>
    <message>
        <source>%1 was uploaded to this hearing already.</source>
        <translation>سبق رفع %1 إلى هذه الجلسة.</translation>
    </message>
    <message>
        <source>%1 was added to the uploads; they are paused.</source>
        <translation>أُضيف %1 إلى قائمة الرفع؛ والرفع متوقف مؤقتًا.</translation>
    </message>
    <message>
        <source>%1 was added to the uploads.</source>
        <translation>أُضيف %1 إلى قائمة الرفع.</translation>
    </message>
    <message>
        <source>Uploads paused; they continue where they stopped on Resume.</source>
        <translation>الرفع متوقف مؤقتًا؛ ويستمر من حيث توقف عند الاستئناف.</translation>
    </message>
    <message>
        <source>Uploads resumed.</source>
        <translation>استُؤنف الرفع.</translation>
    </message>
    <message>
        <source>Removing finished uploads failed: %1</source>
        <translation>تعذّرت إزالة عمليات الرفع المكتملة: %1</translation>
    </message>
    <message>
        <source>%1 was uploaded and verified.</source>
        <translation>رُفع %1 وتم التحقق منه.</translation>
    </message>
    <message>
        <source>The upload of %1 stopped: %2</source>
        <translation>توقف رفع %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %Ln uploads</source>
        <translation>
            <numerusform>لا توجد عمليات رفع للاستئناف</numerusform>
            <numerusform>استئناف عملية رفع واحدة</numerusform>
            <numerusform>استئناف عمليتي رفع</numerusform>
            <numerusform>استئناف %Ln عمليات رفع</numerusform>
            <numerusform>استئناف %Ln عملية رفع</numerusform>
            <numerusform>استئناف %Ln عملية رفع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished uploads removed from the list.</source>
        <translation>
            <numerusform>لم تُحذف أي عملية رفع مكتملة من القائمة.</numerusform>
            <numerusform>حُذفت عملية رفع مكتملة واحدة من القائمة.</numerusform>
            <numerusform>حُذفت عمليتا رفع مكتملتان من القائمة.</numerusform>
            <numerusform>حُذفت %Ln عمليات رفع مكتملة من القائمة.</numerusform>
            <numerusform>حُذفت %Ln عملية رفع مكتملة من القائمة.</numerusform>
            <numerusform>حُذفت %Ln عملية رفع مكتملة من القائمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audientia::gui::UploadsWidget</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <source>Run the selected upload again</source>
        <translation>تشغيل الرفع المحدد مرة أخرى</translation>
    </message>
    <message>
        <source>A&amp;bort…</source>
        <translation>&amp;إلغاء…</translation>
    </message>
    <message>
        <source>Stop the selected upload for good and discard what the server holds</source>
        <translation>إيقاف الرفع المحدد نهائيًا وحذف ما تلقاه الخادم منه</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Take the selected finished upload off this list</source>
        <translation>إزالة عملية الرفع المكتملة المحددة من هذه القائمة</translation>
    </message>
    <message>
        <source>Remove &amp;finished</source>
        <translation>&amp;إزالة المكتملة</translation>
    </message>
    <message>
        <source>Take every completed upload off this list (the recordings stay on the server)</source>
        <translation>إزالة كل عمليات الرفع المكتملة من هذه القائمة (تبقى التسجيلات على الخادم)</translation>
    </message>
    <message>
        <source>No uploads. To upload a recording, select a hearing on the Hearings tab and choose “Add recording…”.</source>
        <translation>لا توجد عمليات رفع. لرفع تسجيل، اختر جلسة استماع في علامة تبويب جلسات الاستماع ثم اختر «إضافة تسجيل…».</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (متوقف مؤقتًا)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;استئناف</translation>
    </message>
    <message>
        <source>Continue the uploads where they stopped</source>
        <translation>متابعة الرفع من حيث توقف</translation>
    </message>
    <message>
        <source>Stop sending for now; nothing sent is lost</source>
        <translation>إيقاف الإرسال مؤقتًا؛ لن يضيع شيء مما أُرسل</translation>
    </message>
    <message>
        <source>Waiting for the recorder</source>
        <translation>بانتظار جهاز التسجيل</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 من %2 م.ب</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 م.ب/ث</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>إلغاء الرفع</translation>
    </message>
    <message>
        <source>Abort the upload of %1? What the server has received of it is discarded; to upload it later, it has to be sent again from the start.</source>
        <translation>هل تريد إلغاء رفع %1؟ سيُحذف ما تلقاه الخادم منه؛ ولرفعه لاحقًا يجب إرساله من جديد من البداية.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln uploads to do</source>
        <translation>
            <numerusform>لا عمليات رفع متبقية</numerusform>
            <numerusform>عملية رفع واحدة متبقية</numerusform>
            <numerusform>عمليتا رفع متبقيتان</numerusform>
            <numerusform>%Ln عمليات رفع متبقية</numerusform>
            <numerusform>%Ln عملية رفع متبقية</numerusform>
            <numerusform>%Ln عملية رفع متبقية</numerusform>
        </translation>
    </message>
    <message>
        <source> · %L1 done</source>
        <translation> · المكتمل: %L1</translation>
    </message>
</context>
<context>
    <name>audientia::gui::UserListModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (أنت)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
</TS>
