<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Status: machine-assisted translation, drafted with an AI assistant from the English source (December 2026); not yet reviewed by a native speaker. How translations are made and reviewed: docs/translating.md -->
<TS version="2.1" language="ar">
<context>
    <name>Help</name>
    <message>
        <location filename="../../companion/ui/help/access.py" line="+178"/>
        <source>Get help now (F1)</source>
        <translation>اطلب المساعدة الآن (F1)</translation>
    </message>
    <message>
        <location filename="../../companion/selftest/checks/language.py" line="+37"/>
        <location filename="../../companion/selftest/checks/screens.py" line="+65"/>
        <location filename="../../companion/ui/help/access.py" line="+2"/>
        <location filename="../../companion/ui/help/panel.py" line="+76"/>
        <source>Get help now</source>
        <translation>اطلب المساعدة الآن</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/access.py" line="+1"/>
        <source>Open help and crisis lines (shortcut: F1)</source>
        <translation>افتح المساعدة وخطوط دعم الأزمات (اختصار: F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the list of helplines for your country. Shortcut F1.</source>
        <translation>يفتح قائمة خطوط المساعدة في بلدك. الاختصار: F1.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/banner.py" line="+67"/>
        <location filename="../../companion/ui/help/service_card.py" line="+188"/>
        <source>Call</source>
        <translation>اتصل</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>In an emergency in {country}, call</source>
        <translation>في حالة الطوارئ في ⁨{country}⁩، اتصل بـ</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The emergency number in Europe, India and many other countries. Elsewhere most mobile phones connect it to local emergency services too, but not everywhere, and not from a landline.</source>
        <translation>رقم الطوارئ في أوروبا والهند وبلدان أخرى كثيرة. في أماكن أخرى، توصله معظم الهواتف المحمولة بخدمات الطوارئ المحلية أيضًا، لكن ليس في كل مكان، ولا من هاتف أرضي.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The emergency number in the United States, Canada, Mexico, the Philippines and some other countries. Many mobile phones connect it elsewhere too, but not everywhere.</source>
        <translation>رقم الطوارئ في الولايات المتحدة وكندا والمكسيك والفلبين وبعض البلدان الأخرى. كثير من الهواتف المحمولة توصله في أماكن أخرى أيضًا، لكن ليس في كل مكان.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+37"/>
        <source>Emergency number</source>
        <translation>رقم الطوارئ</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Emergency number in {country}</source>
        <translation>رقم الطوارئ في ⁨{country}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Call {number}</source>
        <translation>اتصل بالرقم ⁨{number}⁩</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Call emergency services {number}</source>
        <translation>اتصل بخدمات الطوارئ ⁨{number}⁩</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Call emergency number {number}</source>
        <translation>اتصل برقم الطوارئ ⁨{number}⁩</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../companion/ui/help/sections.py" line="+174"/>
        <location filename="../../companion/ui/help/wording.py" line="+189"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/controls.py" line="+55"/>
        <location line="+198"/>
        <source>Help for</source>
        <translation>المساعدة في</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+91"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Type or choose a country</source>
        <translation>اكتب اسم بلد أو اختره</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search help in every country</source>
        <translation>ابحث عن المساعدة في كل البلدان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every country…</source>
        <translation>ابحث في كل البلدان…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: young people, text, Spanish</source>
        <translation>مثلًا: الشباب، الرسائل النصية، الإسبانية</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show only:</source>
        <translation>اعرض فقط:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/service_card.py" line="+37"/>
        <source>Text</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/service_card.py" line="+43"/>
        <source>Chat</source>
        <translation>دردشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/service_card.py" line="+9"/>
        <source>Website</source>
        <translation>موقع إلكتروني</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only services you can reach by {channel}</source>
        <translation>اعرض فقط الخدمات التي يمكن الوصول إليها عبر ⁨{channel}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only services open now</source>
        <translation>اعرض فقط الخدمات المفتوحة الآن</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type your country</source>
        <translation>اكتب اسم بلدك</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>We couldn&apos;t find a country called “{text}”. The numbers shown are still for {country}. Try the country&apos;s name in English or your language, or its two-letter code.</source>
        <translation>لم نجد بلدًا باسم «⁨{text}⁩». الأرقام المعروضة ما زالت لـ⁨{country}⁩. جرّب اسم البلد بالإنجليزية أو بلغتك، أو رمزه المكوّن من حرفين.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We couldn&apos;t find a country called “{text}”. Try the country&apos;s name in English or your language, or its two-letter code.</source>
        <translation>لم نجد بلدًا باسم «⁨{text}⁩». جرّب اسم البلد بالإنجليزية أو بلغتك، أو رمزه المكوّن من حرفين.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Which country are you in?</source>
        <translation>في أي بلد أنت؟</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/panel.py" line="-1"/>
        <source>Get help now — Companion</source>
        <translation>اطلب المساعدة الآن — Companion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Help and crisis lines</source>
        <translation>المساعدة وخطوط الأزمات</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>We don&apos;t have emergency numbers for {country} yet. From a mobile phone, try:</source>
        <translation>ليست لدينا أرقام طوارئ لـ⁨{country}⁩ بعد. من هاتف محمول، جرّب:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In an emergency, if you don&apos;t know the local number, try these. Choose your country above for its own numbers.</source>
        <translation>في حالة الطوارئ، إن لم تكن تعرف الرقم المحلي، فجرّب هذه الأرقام. اختر بلدك في الأعلى لترى أرقامه.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>We don&apos;t have a list for {country} yet.</source>
        <translation>ليست لدينا قائمة لـ⁨{country}⁩ بعد.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing matches these filters. Try removing one.</source>
        <translation>لا شيء يطابق عوامل التصفية هذه. جرّب إزالة واحد منها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No services listed.</source>
        <translation>لا توجد خدمات في القائمة.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/qr_code.py" line="+73"/>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>QR code for {name}</source>
        <translation>رمز QR لـ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to call {number}</source>
        <translation>امسحه بكاميرا هاتفك للاتصال بالرقم ⁨{number}⁩</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close QR code</source>
        <translation>أغلق رمز QR</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/sections.py" line="-48"/>
        <source>Help that works from anywhere</source>
        <translation>مساعدة متاحة من أي مكان</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other emergency numbers</source>
        <translation>أرقام طوارئ أخرى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>call</source>
        <translation>الاتصال بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>مراسلتها نصيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat with online</source>
        <translation>الدردشة معها عبر الإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>مراسلتها بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit online</source>
        <translation>زيارتها عبر الإنترنت</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 result in every country</source>
        <translation>نتيجة واحدة في كل البلدان</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results in every country</source>
        <translation>
            <numerusform>%n نتيجة في كل البلدان</numerusform>
            <numerusform>نتيجة واحدة في كل البلدان</numerusform>
            <numerusform>نتيجتان في كل البلدان</numerusform>
            <numerusform>%n نتائج في كل البلدان</numerusform>
            <numerusform>%n نتيجةً في كل البلدان</numerusform>
            <numerusform>%n نتيجة في كل البلدان</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — services you can {ways}</source>
        <translation> — خدمات يمكنك ⁨{ways}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — {country} first</source>
        <translation> — ⁨{country}⁩ أولًا</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/service_card.py" line="-143"/>
        <source>Cost: {text}</source>
        <translation>التكلفة: ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy: {text}</source>
        <translation>الخصوصية: ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../companion/ui/help/wording.py" line="-50"/>
        <source>your organisation</source>
        <translation>مؤسستك</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/wording.py" line="+1"/>
        <source>Added by {who}</source>
        <translation>من إضافة ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For: {who}</source>
        <translation>لمن: ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Languages: {names}</source>
        <translation>اللغات: ⁨{names}⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone number for {who}: {number}</source>
        <translation>رقم هاتف ⁨{who}⁩: ⁨{number}⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call {who}</source>
        <translation>اتصل بـ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+157"/>
        <source>Copy number</source>
        <translation>انسخ الرقم</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Copy number for {who}</source>
        <translation>انسخ رقم ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Show QR code</source>
        <translation>اعرض رمز QR</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Show QR code for {who}</source>
        <translation>اعرض رمز QR لـ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text {keyword} to {number}</source>
        <translation>أرسل ⁨{keyword}⁩ إلى الرقم ⁨{number}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text {number}</source>
        <translation>أرسل رسالة نصية إلى الرقم ⁨{number}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text {who}</source>
        <translation>أرسل رسالة نصية إلى ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan with your phone&apos;s camera to text {keyword} to {number}</source>
        <translation>امسحه بكاميرا هاتفك لإرسال ⁨{keyword}⁩ إلى الرقم ⁨{number}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan with your phone&apos;s camera to text {number}</source>
        <translation>امسحه بكاميرا هاتفك لإرسال رسالة نصية إلى الرقم ⁨{number}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show QR code to text {who}</source>
        <translation>اعرض رمز QR لإرسال رسالة نصية إلى ⁨{who}⁩</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hours: {hours}</source>
        <translation>الساعات: ⁨{hours}⁩</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat with {name}</source>
        <translation>دردش مع ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Website of {name}</source>
        <translation>موقع ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email {name}</source>
        <translation>راسل ⁨{name}⁩ بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Copied ✓</source>
        <translation>نُسخ ✓</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/wording.py" line="-115"/>
        <source>Emergency services</source>
        <translation>خدمات الطوارئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis lines — someone to talk to now</source>
        <translation>خطوط الأزمات — شخص تتحدث إليه الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online counselling</source>
        <translation>استشارة نفسية عبر الإنترنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local organisations and clinics</source>
        <translation>منظمات وعيادات محلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer and community support</source>
        <translation>دعم الأقران والمجتمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Educational sites and apps</source>
        <translation>مواقع وتطبيقات تثقيفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee assistance</source>
        <translation>برامج مساعدة الموظفين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines for particular people</source>
        <translation>خطوط لفئات معيّنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free call</source>
        <translation>مكالمة مجانية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay for this call at your normal rate</source>
        <translation>تدفع ثمن هذه المكالمة بسعرك المعتاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay for this call; it may cost more than a normal call</source>
        <translation>تدفع ثمن هذه المكالمة؛ وقد تكلّف أكثر من مكالمة عادية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium-rate number: this call costs more than a normal call</source>
        <translation>رقم بتعرفة مرتفعة: هذه المكالمة تكلّف أكثر من مكالمة عادية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer can&apos;t make calls — dial it on a phone or scan the code</source>
        <translation>لا يستطيع هذا الحاسوب إجراء مكالمات — اطلب الرقم من هاتف أو امسح الرمز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer can&apos;t make calls — dial {number} on any phone.</source>
        <translation>لا يستطيع هذا الحاسوب إجراء مكالمات — اطلب الرقم ⁨{number}⁩ من أي هاتف.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer can&apos;t send texts — text from a phone or scan the code</source>
        <translation>لا يستطيع هذا الحاسوب إرسال رسائل نصية — أرسلها من هاتف أو امسح الرمز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied {number}. Paste it where you need it.</source>
        <translation>نُسخ الرقم ⁨{number}⁩. الصقه حيث تحتاج إليه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a public helpline dataset</source>
        <translation>مجموعة بيانات عامة لخطوط المساعدة</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Checked {date} against Android&apos;s emergency-number list and libphonenumber</source>
        <translation>تم التحقق في ⁨{date}⁩ بمقارنته بقائمة أرقام الطوارئ في Android ومكتبة libphonenumber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked {date} against {source}</source>
        <translation>تم التحقق في ⁨{date}⁩ بمقارنته بـ⁨{source}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {name}</source>
        <translation>المصدر: ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, dated {date}</source>
        <translation>، بتاريخ ⁨{date}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (and 1 other source)</source>
        <translation> (ومصدر آخر واحد)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>We could not fully confirm the opening hours.</source>
        <translation>لم نتمكن من التأكد تمامًا من ساعات العمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We could not fully confirm this.</source>
        <translation>لم نتمكن من التأكد من هذا تمامًا.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{city} time</source>
        <translation>بتوقيت ⁨{city}⁩</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>● Open now</source>
        <translation>● مفتوح الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ Closed now</source>
        <translation>○ مغلق الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t tell if open now — see the hours</source>
        <translation>لا نعرف إن كان مفتوحًا الآن — راجع الساعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours not listed</source>
        <translation>الساعات غير مذكورة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>24 hours, every day</source>
        <translation>على مدار 24 ساعة، كل يوم</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/self_care.py" line="+45"/>
        <location line="+5"/>
        <source>Things that may help right now</source>
        <translation>أشياء قد تساعد الآن</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sorry, “{name}” could not be opened just now.</source>
        <translation>عذرًا، تعذّر فتح «⁨{name}⁩» الآن.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n. Add a word to narrow it.</source>
        <translation>
            <numerusform>يُعرض أول %n. أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>تُعرض النتيجة الأولى. أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول نتيجتين. أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول %n نتائج. أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول %n نتيجةً. أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول %n نتيجة. أضف كلمة لتضييق البحث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n other sources)</source>
        <translation>
            <numerusform> (و%n مصدر آخر)</numerusform>
            <numerusform> (ومصدر آخر واحد)</numerusform>
            <numerusform> (ومصدران آخران)</numerusform>
            <numerusform> (و%n مصادر أخرى)</numerusform>
            <numerusform> (و%n مصدرًا آخر)</numerusform>
            <numerusform> (و%n مصدر آخر)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../companion/ui/insights/chart_panel.py" line="+63"/>
        <location line="+65"/>
        <source>Show as table</source>
        <translation>اعرض كجدول</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Show {chart} as a table</source>
        <translation>اعرض ⁨{chart}⁩ كجدول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as PNG…</source>
        <translation>صدّر كصورة PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export {chart} as a PNG picture</source>
        <translation>صدّر ⁨{chart}⁩ كصورة PNG</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{chart}, as a table</source>
        <translation>⁨{chart}⁩، كجدول</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show as chart</source>
        <translation>اعرض كرسم بياني</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export chart as PNG</source>
        <translation>صدّر الرسم البياني كصورة PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The picture could not be made.</source>
        <translation>تعذّر إنشاء الصورة.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/page.py" line="+125"/>
        <location line="+21"/>
        <source>Insights</source>
        <translation>أنماط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for my clinician…</source>
        <translation>تقرير لمعالجي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a report for my clinician</source>
        <translation>أنشئ تقريرًا لمعالجي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patterns in your own entries and check-ins. They describe your days; they are not a diagnosis.</source>
        <translation>أنماط في تدويناتك وتسجيلاتك. إنها تصف أيامك؛ وليست تشخيصًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show:</source>
        <translation>اعرض:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last &amp;7 days</source>
        <translation>آخر &amp;7 أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;30 days</source>
        <translation>آخر &amp;30 يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 &amp;months</source>
        <translation>آخر 12 &amp;شهرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All time</source>
        <translation>&amp;كل الوقت</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Insight views</source>
        <translation>طرق عرض الأنماط</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location filename="../../companion/ui/insights/present.py" line="+83"/>
        <source>Mood over time</source>
        <translation>المزاج عبر الزمن</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>Year in pixels</source>
        <translation>السنة بالمربعات</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../companion/ui/insights/present.py" line="+104"/>
        <source>Mood by weekday</source>
        <translation>المزاج حسب أيام الأسبوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/insights/present.py" line="+2"/>
        <source>Mood by time of day</source>
        <translation>المزاج حسب وقت اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/insights/present.py" line="+40"/>
        <source>What goes with your mood</source>
        <translation>ما يرافق مزاجك</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <location filename="../../companion/ui/insights/present.py" line="+30"/>
        <source>Emotions</source>
        <translation>المشاعر</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Weekdays and times</source>
        <translation>أيام الأسبوع والأوقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What goes with mood</source>
        <translation>ما يرافق المزاج</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Year:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year shown in pixels</source>
        <translation>السنة المعروضة بالمربعات</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Looking through all your entries…</source>
        <translation>نراجع كل تدويناتك…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/present.py" line="-213"/>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entry</source>
        <translation>تدوينة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n تدوينة</numerusform>
            <numerusform>تدوينة واحدة</numerusform>
            <numerusform>تدوينتان</numerusform>
            <numerusform>%n تدوينات</numerusform>
            <numerusform>%n تدوينةً</numerusform>
            <numerusform>%n تدوينة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../companion/ui/insights/words.py" line="+47"/>
        <source>Average mood</source>
        <translation>متوسط المزاج</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+101"/>
        <source>No moods in this range yet.</source>
        <translation>لا يوجد مزاج مسجّل في هذه الفترة بعد.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No moods in this range yet. Moods you choose for your entries will show here.</source>
        <translation>لا يوجد مزاج مسجّل في هذه الفترة بعد. ستظهر هنا الحالات المزاجية التي تختارها لتدويناتك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average mood {average} ({word}) over {days} with a mood.</source>
        <translation>متوسط المزاج ⁨{average}⁩ (⁨{word}⁩) على مدى ⁨{days}⁩ بمزاج مسجّل.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day}: no mood</source>
        <translation>⁨{day}⁩: بلا مزاج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}: {mood} (average {average}, {entries})</source>
        <extracomment>One day of the year in pixels: {day} a long date, {mood} a mood word, {average} a number, {entries} &quot;1 entry&quot; or &quot;3 entries&quot;.</extracomment>
        <translation>⁨{day}⁩: ⁨{mood}⁩ (المتوسط ⁨{average}⁩، ⁨{entries}⁩)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Year in pixels {year}</source>
        <translation>السنة بالمربعات ⁨{year}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../companion/ui/insights/words.py" line="+34"/>
        <source>No mood</source>
        <translation>بلا مزاج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} with a mood in {year}. Each square is a day; the number in it is the mood from 1 (Awful) to 5 (Great). Use the arrow keys to read each day.</source>
        <translation>⁨{days}⁩ بمزاج مسجّل في ⁨{year}⁩. كل مربع يوم، والرقم فيه هو المزاج من 1 (سيئ جدًا) إلى 5 (رائع). استخدم مفاتيح الأسهم لقراءة كل يوم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No moods in {year} yet.</source>
        <translation>لا يوجد مزاج مسجّل في ⁨{year}⁩ بعد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+12"/>
        <source>No moods yet</source>
        <translation>لا يوجد مزاج بعد</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{average} · {amount}</source>
        <translation>⁨{average}⁩ · ⁨{amount}⁩</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The average mood of each weekday; every day counts once.</source>
        <translation>متوسط المزاج في كل يوم من أيام الأسبوع؛ كل يوم يُحسب مرة واحدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The average mood of entries by the time they were written.</source>
        <translation>متوسط مزاج التدوينات حسب وقت كتابتها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{with_avg} with ({with_days}) · {without_avg} without ({without_days})</source>
        <translation>⁨{with_avg}⁩ مع (⁨{with_days}⁩) · ⁨{without_avg}⁩ بدون (⁨{without_days}⁩)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough days yet ({with_days} with, {without_days} without)</source>
        <translation>لا توجد أيام كافية بعد (⁨{with_days}⁩ مع، ⁨{without_days}⁩ بدون)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No activities or check-ins in this range yet.</source>
        <translation>لا توجد أنشطة أو تسجيلات في هذه الفترة بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average mood on your days with and without each activity or self-care action. These describe your days; they do not show causes. An average needs at least {days} on each side.</source>
        <translation>متوسط المزاج في أيامك مع كل نشاط أو خطوة عناية بالنفس وبدونها. هذه تصف أيامك؛ ولا تُظهر أسبابًا. يحتاج المتوسط إلى ⁨{days}⁩ على الأقل في كل جانب.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{entries} · {percent}%</source>
        <translation>⁨{entries}⁩ · ⁨{percent}⁩%</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>No emotions named in this range yet.</source>
        <translation>لم تُسمَّ أي مشاعر في هذه الفترة بعد.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Emotions named in {entries} in this range.</source>
        <translation>مشاعر سُمّيت في ⁨{entries}⁩ في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/words.py" line="-64"/>
        <source>Awful</source>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>لا بأس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>رائع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night (midnight to 6)</source>
        <translation>الليل (من منتصف الليل إلى 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (6 to noon)</source>
        <translation>الصباح (من 6 إلى الظهر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon (noon to 6)</source>
        <translation>بعد الظهر (من الظهر إلى 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (6 to midnight)</source>
        <translation>المساء (من 6 إلى منتصف الليل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>عناية بالنفس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with a mood</source>
        <translation>أيام بمزاج مسجّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries with a mood</source>
        <translation>تدوينات بمزاج مسجّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>المزاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>التدوينات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or action</source>
        <translation>النشاط أو الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood with</source>
        <translation>متوسط المزاج مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with</source>
        <translation>أيام مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood without</source>
        <translation>متوسط المزاج بدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without</source>
        <translation>أيام بدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of entries (%)</source>
        <translation>نسبة التدوينات (%)</translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n days)</source>
        <translation>
            <numerusform>المتوسط المتحرك (%n يوم)</numerusform>
            <numerusform>المتوسط المتحرك (يوم واحد)</numerusform>
            <numerusform>المتوسط المتحرك (يومان)</numerusform>
            <numerusform>المتوسط المتحرك (%n أيام)</numerusform>
            <numerusform>المتوسط المتحرك (%n يومًا)</numerusform>
            <numerusform>المتوسط المتحرك (%n يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n weeks)</source>
        <translation>
            <numerusform>المتوسط المتحرك (%n أسبوع)</numerusform>
            <numerusform>المتوسط المتحرك (أسبوع واحد)</numerusform>
            <numerusform>المتوسط المتحرك (أسبوعان)</numerusform>
            <numerusform>المتوسط المتحرك (%n أسابيع)</numerusform>
            <numerusform>المتوسط المتحرك (%n أسبوعًا)</numerusform>
            <numerusform>المتوسط المتحرك (%n أسبوع)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n months)</source>
        <translation>
            <numerusform>المتوسط المتحرك (%n شهر)</numerusform>
            <numerusform>المتوسط المتحرك (شهر واحد)</numerusform>
            <numerusform>المتوسط المتحرك (شهران)</numerusform>
            <numerusform>المتوسط المتحرك (%n أشهر)</numerusform>
            <numerusform>المتوسط المتحرك (%n شهرًا)</numerusform>
            <numerusform>المتوسط المتحرك (%n شهر)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../companion/ui/journal/calendar_view.py" line="+54"/>
        <source>no entries</source>
        <extracomment>Scripts whose weekday names read well cut to two letters (&quot;Mo&quot;, &quot;lu&quot;, &quot;Пн&quot;).</extracomment>
        <translation>لا تدوينات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>تدوينة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries</source>
        <extracomment>How many entries a calendar day has; %n is 2 or more.</extracomment>
        <translation>
            <numerusform>%n تدوينة</numerusform>
            <numerusform>تدوينة واحدة</numerusform>
            <numerusform>تدوينتان</numerusform>
            <numerusform>%n تدوينات</numerusform>
            <numerusform>%n تدوينةً</numerusform>
            <numerusform>%n تدوينة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries</source>
        <translation>لا تدوينات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{date}, today, {entries}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many (&quot;3 entries&quot;).</extracomment>
        <translation>⁨{date}⁩، اليوم، ⁨{entries}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date}, {entries}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many (&quot;3 entries&quot;).</extracomment>
        <translation>⁨{date}⁩، ⁨{entries}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date}, today, {entries}, mood: {mood}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many, {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>⁨{date}⁩، اليوم، ⁨{entries}⁩، المزاج: ⁨{mood}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {entries}, mood: {mood}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many, {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>⁨{date}⁩، ⁨{entries}⁩، المزاج: ⁨{mood}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{entries}. Mood: {mood}</source>
        <extracomment>A calendar day&apos;s tooltip: {entries} says how many (&quot;3 entries&quot;), {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>⁨{entries}⁩. المزاج: ⁨{mood}⁩</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>الشهر السابق (Page Up)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>الشهر التالي (Page Down)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Showing {month}</source>
        <extracomment>{month} is the month on screen, such as &quot;January 2026&quot;.</extracomment>
        <translation>يُعرض ⁨{month}⁩</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/entry_details.py" line="+31"/>
        <source>spent time outdoors</source>
        <translation>قضيت وقتًا في الهواء الطلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something creative</source>
        <translation>شيء إبداعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ate a good meal</source>
        <translation>تناولت وجبة جيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took my medication</source>
        <translation>تناولت دوائي</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Feelings and activities</source>
        <translation>المشاعر والأنشطة</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Feelings</source>
        <translation>المشاعر</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Emotion</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activities and self-care</source>
        <translation>الأنشطة والعناية بالنفس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>العناية بالنفس</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Feeling {emotions}</source>
        <extracomment>{emotions} is a comma-separated list of the chosen feelings.</extracomment>
        <translation>الشعور: ⁨{emotions}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none chosen yet</source>
        <translation>لم يُختر شيء بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide feelings and activities</source>
        <translation>أخفِ المشاعر والأنشطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show feelings and activities</source>
        <translation>اعرض المشاعر والأنشطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feelings and activities — {summary}</source>
        <extracomment>{summary} is what was chosen (&quot;Feeling calm · Did work&quot;) or &quot;none chosen yet&quot;.</extracomment>
        <translation>المشاعر والأنشطة — ⁨{summary}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen: {summary}</source>
        <translation>المختار: ⁨{summary}⁩</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/entry_editor.py" line="+76"/>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Couldn&apos;t save — your text is still here</source>
        <translation>تعذّر الحفظ — نصك ما زال هنا</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&amp;When</source>
        <translation>&amp;متى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date and time of the entry</source>
        <translation>تاريخ التدوينة ووقتها</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Prompts</source>
        <translation>&amp;أفكار للكتابة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../companion/ui/journal/prompt_menu.py" line="+70"/>
        <source>Prompts and templates</source>
        <translation>أفكار للكتابة وقوالب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A writing prompt, or a daily reflection, gratitude or thought record added at the end of the entry</source>
        <translation>فكرة للكتابة، أو تأمل يومي أو امتنان أو سجل أفكار يُضاف في نهاية التدوينة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A writing prompt or a template (Alt+P)</source>
        <translation>فكرة للكتابة أو قالب (Alt+P)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Title (optional)</source>
        <translation>العنوان (اختياري)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Entry</source>
        <translation>التدوينة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How are you feeling?</source>
        <translation>كيف تشعر؟</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry text</source>
        <translation>نص التدوينة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light Markdown works: *italic*, **bold**, - lists</source>
        <translation>يمكنك استخدام Markdown البسيط: *مائل*، **عريض**، - قوائم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write anything you like. Light Markdown works: *italic*, **bold**, - lists.</source>
        <translation>اكتب ما تشاء. يمكنك استخدام Markdown البسيط: *مائل*، **عريض**، - قوائم.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview formatted text</source>
        <translation>عاين النص المنسّق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the text formatted (Ctrl+Shift+P)</source>
        <translation>اعرض النص منسّقًا (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move to &amp;trash</source>
        <translation>انقل إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this entry to the trash</source>
        <translation>انقل هذه التدوينة إلى سلة المهملات</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Couldn&apos;t save — your text is still here. {reason}</source>
        <translation>تعذّر الحفظ — نصك ما زال هنا. ⁨{reason}⁩</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>One entry holds up to {limit} characters and this one has {length}. Moving part of it into a new entry will let both save.</source>
        <translation>تتسع التدوينة الواحدة لـ⁨{limit}⁩ حرفًا كحد أقصى، وهذه فيها ⁨{length}⁩. إذا نقلت جزءًا منها إلى تدوينة جديدة أمكن حفظ الاثنتين.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/main_pages.py" line="+19"/>
        <source>Good morning</source>
        <translation>صباح الخير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon</source>
        <translation>مساء الخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good evening</source>
        <translation>مساء الخير</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write an entry (Ctrl+N)</source>
        <translation>اكتب تدوينة (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an entry</source>
        <translation>اكتب تدوينة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing here yet. How are you today?</source>
        <translation>لا شيء هنا بعد. كيف حالك اليوم؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a face to start an entry, or just write. Everything stays on this computer, encrypted.</source>
        <translation>اختر وجهًا لتبدأ تدوينة، أو اكتب مباشرة. كل شيء يبقى على هذا الحاسوب، مشفّرًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a face to start an entry, or just write. Nothing you write here is kept on this computer.</source>
        <translation>اختر وجهًا لتبدأ تدوينة، أو اكتب مباشرة. لا يُحفظ أي شيء تكتبه هنا على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{greeting}. How are you today?</source>
        <extracomment>{greeting} is &quot;Good morning&quot;, &quot;Good afternoon&quot; or &quot;Good evening&quot;.</extracomment>
        <translation>⁨{greeting}⁩. كيف حالك اليوم؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a face to start a new entry, or choose one on the left.</source>
        <translation>اختر وجهًا لتبدأ تدوينة جديدة، أو اختر واحدة من القائمة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry moved to the trash.</source>
        <translation>نُقلت التدوينة إلى سلة المهملات.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry moved to the trash</source>
        <translation>نُقلت التدوينة إلى سلة المهملات</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../companion/ui/journal/trash_view.py" line="+91"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the entry from the trash</source>
        <translation>استعد التدوينة من سلة المهملات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this message</source>
        <translation>تجاهل هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/main_window.py" line="+131"/>
        <source>Companion journal</source>
        <translation>يوميات Companion</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Show all days</source>
        <translation>اعرض كل الأيام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries from all days</source>
        <translation>اعرض التدوينات من كل الأيام</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Calendar and entries</source>
        <translation>التقويم والتدوينات</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Parts of Companion</source>
        <translation>أقسام Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Journal</source>
        <translation>ال&amp;يوميات</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;New entry</source>
        <translation>تدوينة &amp;جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>ابدأ تدوينة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../companion/ui/journal/search_bar.py" line="+123"/>
        <source>Search your journal (Ctrl+F)</source>
        <translation>ابحث في يومياتك (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>اقفل اليوميات الآن (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;More</source>
        <translation>ال&amp;مزيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>More actions</source>
        <translation>مزيد من الإجراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash</source>
        <translation>&amp;سلة المهملات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change &amp;passphrase…</source>
        <translation>غيّر &amp;عبارة المرور…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a &amp;new recovery code…</source>
        <translation>أنشئ رمز استرداد &amp;جديدًا…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock &amp;out old copies…</source>
        <translation>امنع النسخ ال&amp;قديمة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Companion</source>
        <translation>عن &amp;Companion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Your latest changes couldn&apos;t be saved yet.</source>
        <translation>تعذّر حفظ آخر تغييراتك حتى الآن.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you lock now, those changes will be lost. Everything saved before is safe.</source>
        <translation>إذا أقفلت الآن فستضيع هذه التغييرات. كل ما حُفظ قبلها في أمان.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock anyway</source>
        <translation>اقفل على أي حال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep writing</source>
        <translation>تابع الكتابة</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Showing {date}</source>
        <extracomment>{date} is the day chosen in the calendar, as a long date.</extracomment>
        <translation>يُعرض ⁨{date}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No entries on this day.</source>
        <translation>لا تدوينات في هذا اليوم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries will appear here, newest first.</source>
        <translation>ستظهر تدويناتك هنا، الأحدث أولًا.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/mood_face.py" line="+19"/>
        <source>Awful</source>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>لا بأس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>رائع</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No mood</source>
        <translation>بلا مزاج</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/mood_picker.py" line="+39"/>
        <source>{mood}, chosen</source>
        <extracomment>{mood} is a mood word such as &quot;Okay&quot;.</extracomment>
        <translation>⁨{mood}⁩، مختار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{mood} (key {key})</source>
        <extracomment>{mood} is a mood word; {key} is the number key (1 to 5) that chooses it.</extracomment>
        <translation>⁨{mood}⁩ (المفتاح ⁨{key}⁩)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Mood: {mood}</source>
        <translation>المزاج: ⁨{mood}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood: not set</source>
        <translation>المزاج: غير محدد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five moods from awful to great. Arrow keys move, Space chooses, 1 to 5 choose directly, Delete clears.</source>
        <translation>خمس حالات مزاجية من سيئ جدًا إلى رائع. مفاتيح الأسهم للتنقل، والمسافة للاختيار، والأرقام من 1 إلى 5 للاختيار مباشرة، وDelete للمسح.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/search_bar.py" line="-10"/>
        <source>Search status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search your journal</source>
        <translation>ابحث في يومياتك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+195"/>
        <source>Show search filters</source>
        <translation>اعرض عوامل تصفية البحث</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Only mood {mood}</source>
        <translation>المزاج ⁨{mood}⁩ فقط</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Mood</source>
        <translation>المزاج</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only entries with this activity or self-care</source>
        <translation>التدوينات التي فيها هذا النشاط أو هذه العناية بالنفس فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only entries with this feeling</source>
        <translation>التدوينات التي فيها هذا الشعور فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag</source>
        <translation>&amp;وسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;eeling</source>
        <translation>&amp;شعور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit dates: from</source>
        <translation>حدّد التواريخ: من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit dates: to</source>
        <translation>حدّد التواريخ: إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Any activity or self-care</source>
        <translation>أي نشاط أو عناية بالنفس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any feeling</source>
        <translation>أي شعور</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Hide search filters</source>
        <translation>أخفِ عوامل تصفية البحث</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The From date is after the To date. Swap them to search.</source>
        <translation>تاريخ «من» يأتي بعد تاريخ «إلى». بدّل بينهما للبحث.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date}, {time}</source>
        <extracomment>When a search result was written: {date} is a long date, {time} the time of day.</extracomment>
        <translation>⁨{date}⁩، ⁨{time}⁩</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing found. Try fewer words or filters.</source>
        <translation>لم نجد شيئًا. جرّب كلمات أو عوامل تصفية أقل.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 entry found</source>
        <translation>وُجدت تدوينة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n+ entries found</source>
        <extracomment>%n is the most results shown; there may be more.</extracomment>
        <translation>
            <numerusform>وُجد ⁨%n+⁩ تدوينة</numerusform>
            <numerusform>وُجد ⁨%n+⁩ تدوينة</numerusform>
            <numerusform>وُجد ⁨%n+⁩ تدوينة</numerusform>
            <numerusform>وُجدت ⁨%n+⁩ تدوينات</numerusform>
            <numerusform>وُجد ⁨%n+⁩ تدوينةً</numerusform>
            <numerusform>وُجد ⁨%n+⁩ تدوينة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries found</source>
        <translation>
            <numerusform>وُجد %n تدوينة</numerusform>
            <numerusform>وُجدت تدوينة واحدة</numerusform>
            <numerusform>وُجدت تدوينتان</numerusform>
            <numerusform>وُجدت %n تدوينات</numerusform>
            <numerusform>وُجد %n تدوينةً</numerusform>
            <numerusform>وُجد %n تدوينة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search looks for words and numbers, so this shows 1 entry without searching the text.</source>
        <translation>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا تدوينة واحدة دون البحث في النص.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Search looks for words and numbers, so this shows %n+ entries without searching the text.</source>
        <translation>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا ⁨%n+⁩ تدوينة دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا ⁨%n+⁩ تدوينة دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا ⁨%n+⁩ تدوينة دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا ⁨%n+⁩ تدوينات دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا ⁨%n+⁩ تدوينةً دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا ⁨%n+⁩ تدوينة دون البحث في النص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Search looks for words and numbers, so this shows %n entries without searching the text.</source>
        <translation>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا %n تدوينة دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا تدوينة واحدة دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا تدوينتين دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا %n تدوينات دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا %n تدوينةً دون البحث في النص.</numerusform>
            <numerusform>يبحث البحث عن الكلمات والأرقام، لذا يعرض هذا %n تدوينة دون البحث في النص.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/search_results.py" line="+81"/>
        <source>{when}, mood {mood}: {title}. {snippet}</source>
        <extracomment>A search result read aloud: {when} is its date and time, {mood} a mood word, {title} the entry&apos;s title or first line, {snippet} the text around the match.</extracomment>
        <translation>⁨{when}⁩، المزاج ⁨{mood}⁩: ⁨{title}⁩. ⁨{snippet}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{when}: {title}. {snippet}</source>
        <extracomment>A search result read aloud: {when} is its date and time, {title} the entry&apos;s title or first line, {snippet} the text around the match.</extracomment>
        <translation>⁨{when}⁩: ⁨{title}⁩. ⁨{snippet}⁩</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/timeline_view.py" line="+80"/>
        <source>Just a check-in</source>
        <translation>تسجيل فقط</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}, mood {mood}, {title}, tags {tags}</source>
        <extracomment>A timeline entry read aloud: {time} is the time of day, {mood} a mood word, {title} the title or first line, {tags} a comma-separated list.</extracomment>
        <translation>⁨{time}⁩، المزاج ⁨{mood}⁩، ⁨{title}⁩، الوسوم ⁨{tags}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, mood {mood}, {title}</source>
        <translation>⁨{time}⁩، المزاج ⁨{mood}⁩، ⁨{title}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, no mood, {title}, tags {tags}</source>
        <translation>⁨{time}⁩، بلا مزاج، ⁨{title}⁩، الوسوم ⁨{tags}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, no mood, {title}</source>
        <translation>⁨{time}⁩، بلا مزاج، ⁨{title}⁩</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Timeline of entries</source>
        <translation>الخط الزمني للتدوينات</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/trash_view.py" line="-40"/>
        <location line="+1"/>
        <location line="+9"/>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entries in the trash</source>
        <translation>التدوينات في سلة المهملات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in the trash. Entries you move here wait until you restore them.</source>
        <translation>لا شيء في سلة المهملات. التدوينات التي تنقلها إلى هنا تبقى حتى تستعيدها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the selected entry</source>
        <translation>استعد التدوينة المحددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty trash…</source>
        <translation>أ&amp;فرغ سلة المهملات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty trash, deleting its entries for good</source>
        <translation>أفرغ سلة المهملات واحذف تدويناتها نهائيًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the trash</source>
        <translation>أغلق سلة المهملات</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{date} · {mood} — {title}</source>
        <extracomment>An entry in the trash: {date} is a long date, {mood} a mood word, {title} the title or first line.</extracomment>
        <translation>⁨{date}⁩ · ⁨{mood}⁩ — ⁨{title}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} — {title}</source>
        <translation>⁨{date}⁩ — ⁨{title}⁩</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Entries here are not shown or searched. Restore one to bring it back.</source>
        <translation>التدوينات هنا لا تُعرض ولا يُبحث فيها. استعد واحدة لتعيدها.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete this entry for good?</source>
        <translation>أتحذف هذه التدوينة نهائيًا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>أبقِها</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete these %n entries for good?</source>
        <translation>
            <numerusform>أتحذف هذه التدوينات (%n) نهائيًا؟</numerusform>
            <numerusform>أتحذف هذه التدوينة نهائيًا؟</numerusform>
            <numerusform>أتحذف هاتين التدوينتين نهائيًا؟</numerusform>
            <numerusform>أتحذف هذه التدوينات الـ%n نهائيًا؟</numerusform>
            <numerusform>أتحذف هذه التدوينات الـ%n نهائيًا؟</numerusform>
            <numerusform>أتحذف هذه التدوينات الـ%n نهائيًا؟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them</source>
        <translation>أبقِها كلها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This can&apos;t be undone.</source>
        <translation>لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete for good</source>
        <translation>احذف نهائيًا</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/prompt_menu.py" line="-1"/>
        <source>Prompts</source>
        <translation>أفكار للكتابة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More &amp;prompts</source>
        <translation>مزيد من الأ&amp;فكار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More writing prompts</source>
        <translation>مزيد من أفكار الكتابة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing prompt</source>
        <translation>فكرة للكتابة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{template}…</source>
        <extracomment>A template in the Prompts menu; &quot;…&quot; because it opens a form first.</extracomment>
        <translation>⁨{template}⁩…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Today: {prompt}</source>
        <extracomment>The first item of the Prompts menu; {prompt} is a question such as &quot;What do you need more of this week?&quot;.</extracomment>
        <translation>اليوم: ⁨{prompt}⁩</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A feeling, such as worried</source>
        <translation>شعور، مثل القلق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: the feeling</source>
        <extracomment>{field} is the question, such as &quot;Emotion and how strong&quot;.</extracomment>
        <translation>⁨{field}⁩: الشعور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Strength</source>
        <translation>ال&amp;شدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> / 100</source>
        <extracomment>After the strength of a feeling: &quot;60 / 100&quot;.</extracomment>
        <translation> / 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: strength from 0 to 100</source>
        <extracomment>{field} is the question, such as &quot;Emotion and how strong&quot;.</extracomment>
        <translation>⁨{field}⁩: الشدة من 0 إلى 100</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Questions left empty are left out. Your answers are added at the end of the entry; nothing already written is changed.</source>
        <translation>الأسئلة الفارغة لا تُضاف. تُضاف إجاباتك في نهاية التدوينة؛ ولا يتغير شيء مما كُتب من قبل.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add to entry</source>
        <translation>أ&amp;ضف إلى التدوينة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the answers to the entry</source>
        <translation>أضف الإجابات إلى التدوينة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/prompt_words.py" line="+18"/>
        <source>What is one small thing that went all right today?</source>
        <translation>ما الشيء الصغير الذي سار على ما يرام اليوم؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does your body feel right now, from head to toe?</source>
        <translation>كيف يشعر جسمك الآن، من رأسك إلى قدميك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been on your mind most today?</source>
        <translation>ما الذي شغل تفكيرك أكثر اليوم؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you say to a friend who had the day you had?</source>
        <translation>ماذا كنت ستقول لصديق مرّ بيوم مثل يومك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What gave you energy today, and what used it up?</source>
        <translation>ما الذي منحك طاقة اليوم، وما الذي استنفدها؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did you think about today, and why?</source>
        <translation>بمن فكرت اليوم، ولماذا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is something you handled today, even if it was hard?</source>
        <translation>ما الذي تعاملت معه اليوم، حتى لو كان صعبًا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need more of this week?</source>
        <translation>ما الذي تحتاج إلى المزيد منه هذا الأسبوع؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there something you would like to put down for tonight?</source>
        <translation>هل هناك شيء تود أن تضعه جانبًا الليلة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you notice today that you might usually miss?</source>
        <translation>ما الذي لاحظته اليوم وقد يفوتك عادة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What brings you comfort when things are heavy?</source>
        <translation>ما الذي يواسيك حين تثقل الأمور؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would make tomorrow a little easier?</source>
        <translation>ما الذي قد يجعل الغد أسهل قليلًا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you last laugh or smile, and what was it about?</source>
        <translation>متى ضحكت أو ابتسمت آخر مرة، وما السبب؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe a place where you feel at ease.</source>
        <translation>صف مكانًا تشعر فيه بالراحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily reflection</source>
        <translation>تأمل يومي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few gentle questions to look back on the day.</source>
        <translation>بضعة أسئلة لطيفة لتستعيد بها يومك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today in a few words</source>
        <translation>اليوم في بضع كلمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>However it went, a few words are enough.</source>
        <translation>مهما كان يومك، تكفي بضع كلمات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went well, even a little</source>
        <translation>ما سار جيدًا، ولو قليلًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small thing counts.</source>
        <translation>الشيء الصغير يُحسب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was hard</source>
        <translation>ما كان صعبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can name it without fixing it.</source>
        <translation>يمكنك تسميته دون أن تصلحه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something kind I did for myself</source>
        <translation>شيء لطيف فعلته لنفسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest counts too.</source>
        <translation>الراحة تُحسب أيضًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something small to look forward to</source>
        <translation>شيء صغير أتطلع إليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cup of tea is enough.</source>
        <translation>كوب من الشاي يكفي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gratitude</source>
        <translation>الامتنان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three good things, large or small.</source>
        <translation>ثلاثة أشياء جيدة، كبيرة أو صغيرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three good things</source>
        <translation>ثلاثة أشياء جيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One good thing</source>
        <translation>شيء جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something that went well or made you smile.</source>
        <translation>شيء سار جيدًا أو جعلك تبتسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another good thing</source>
        <translation>شيء جيد آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small is fine: warm socks count.</source>
        <translation>الصغير لا بأس به: الجوارب الدافئة تُحسب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more</source>
        <translation>واحد آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person, a place, a moment.</source>
        <translation>شخص، مكان، لحظة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why these mattered</source>
        <translation>لماذا كانت مهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they say about what you value.</source>
        <translation>ما تقوله عمّا تقدّره.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thought record</source>
        <translation>سجل الأفكار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow a difficult thought down and look at it from more than one side.</source>
        <translation>تمهّل مع فكرة صعبة وانظر إليها من أكثر من جانب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situation</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where were you, what was happening?</source>
        <translation>أين كنت، وماذا كان يحدث؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thought that came up</source>
        <translation>الفكرة التي خطرت لك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went through your mind?</source>
        <translation>ما الذي دار في ذهنك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion and how strong</source>
        <translation>الشعور وشدته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the feeling and rate it from 0 to 100.</source>
        <translation>سمِّ الشعور وقيّمه من 0 إلى 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What supports the thought</source>
        <translation>ما يدعم هذه الفكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts, not guesses.</source>
        <translation>حقائق، لا تخمينات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does not fit the thought</source>
        <translation>ما لا يتفق مع هذه الفكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you say to a friend who thought this?</source>
        <translation>ماذا كنت ستقول لصديق يفكر بهذا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more balanced thought</source>
        <translation>فكرة أكثر توازنًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something kinder that is also true.</source>
        <translation>شيء ألطف وصحيح أيضًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The emotion now</source>
        <translation>الشعور الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the same feeling again, from 0 to 100.</source>
        <translation>قيّم الشعور نفسه مرة أخرى، من 0 إلى 100.</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <location filename="../../companion/ui/learn/reader.py" line="+40"/>
        <source>Article</source>
        <translation>مقالة</translation>
    </message>
    <message>
        <location filename="../../companion/ui/learn/window.py" line="+38"/>
        <source>1-minute read</source>
        <translation>قراءة في دقيقة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n-minute read</source>
        <translation>
            <numerusform>قراءة في %n دقيقة</numerusform>
            <numerusform>قراءة في دقيقة واحدة</numerusform>
            <numerusform>قراءة في دقيقتين</numerusform>
            <numerusform>قراءة في %n دقائق</numerusform>
            <numerusform>قراءة في %n دقيقة</numerusform>
            <numerusform>قراءة في %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Learn</source>
        <translation>تعلّم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need to talk to someone now? Press F1 or choose Get help now for helplines in your country. It works offline.</source>
        <translation>هل تحتاج إلى التحدث مع أحد الآن؟ اضغط F1 أو اختر «اطلب المساعدة الآن» لتجد خطوط المساعدة في بلدك. يعمل دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The articles could not be found. Help is still one key away: F1.</source>
        <translation>تعذّر العثور على المقالات. المساعدة ما زالت على بُعد مفتاح واحد: F1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This article could not be opened.</source>
        <translation>تعذّر فتح هذه المقالة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article: {title}</source>
        <translation>مقالة: ⁨{title}⁩</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../companion/ui/shell/messages.py" line="+73"/>
        <source>That passphrase didn&apos;t open your journal. Check Caps Lock and try again — there&apos;s no limit on tries.</source>
        <translation>لم تفتح عبارة المرور هذه يومياتك. تحقّق من مفتاح Caps Lock وحاول مرة أخرى — لا حدّ لعدد المحاولات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That recovery code didn&apos;t open your journal. Check each group of letters and numbers and try again — there&apos;s no limit on tries.</source>
        <translation>لم يفتح رمز الاسترداد هذا يومياتك. تحقّق من كل مجموعة من الحروف والأرقام وحاول مرة أخرى — لا حدّ لعدد المحاولات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong. Your saved entries are safe.</source>
        <translation>حدث خطأ ما. تدويناتك المحفوظة في أمان.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your latest changes couldn&apos;t be saved before your journal locked (the disk may be full). Everything saved before is safe.</source>
        <translation>تعذّر حفظ آخر تغييراتك قبل أن تُقفل يومياتك (ربما امتلأ القرص). كل ما حُفظ قبلها في أمان.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The small file that unlocks your journal looks damaged, so Companion did not open it. Your passphrase is not the problem, and the files were not changed. Keep them as they are and restore a backup copy if you have one.</source>
        <translation>يبدو الملف الصغير الذي يفتح يومياتك تالفًا، لذلك لم يفتحه Companion. المشكلة ليست في عبارة المرور، ولم تتغير الملفات. اتركها كما هي واستعد نسخة احتياطية إن كانت لديك.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Companion couldn&apos;t find your journal in its folder. If you moved it, put it back and start Companion again.</source>
        <translation>لم يجد Companion يومياتك في مجلدها. إذا نقلتها فأعدها إلى مكانها وشغّل Companion من جديد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a journal here, so a new one was not created.</source>
        <translation>توجد يوميات هنا بالفعل، لذلك لم تُنشأ يوميات جديدة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your journal&apos;s files look damaged, so Companion did not open them. The files were not changed. Keep them as they are and restore a backup copy if you have one.</source>
        <translation>تبدو ملفات يومياتك تالفة، لذلك لم يفتحها Companion. لم تتغير الملفات. اتركها كما هي واستعد نسخة احتياطية إن كانت لديك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This journal was saved by a newer version of Companion. Please install the newer version to open it. Nothing was changed.</source>
        <translation>حُفظت هذه اليوميات بإصدار أحدث من Companion. ثبّت الإصدار الأحدث لفتحها. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please choose a passphrase with at least 8 characters.</source>
        <translation>اختر عبارة مرور من 8 أحرف على الأقل من فضلك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: the disk is full. Your text is still here, and everything saved before is safe. Free some space and try again.</source>
        <translation>تعذّر الحفظ: القرص ممتلئ. نصك ما زال هنا، وكل ما حُفظ من قبل في أمان. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is open in another Companion window or program. Close it there and try again.</source>
        <translation>يومياتك مفتوحة في نافذة أخرى من Companion أو في برنامج آخر. أغلقها هناك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is locked. Unlock it to carry on.</source>
        <translation>يومياتك مقفلة. افتحها لتتابع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That entry is no longer there. It may have been deleted for good.</source>
        <translation>لم تعد تلك التدوينة موجودة. ربما حُذفت نهائيًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That entry could not be saved as it is. Please check it and try again.</source>
        <translation>تعذّر حفظ تلك التدوينة كما هي. راجعها من فضلك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your settings could not be read, so the defaults are used for now.</source>
        <translation>تعذّرت قراءة إعداداتك، لذا تُستخدم الإعدادات الافتراضية مؤقتًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some help information could not be loaded. The built-in list is used.</source>
        <translation>تعذّر تحميل بعض معلومات المساعدة. تُستخدم القائمة المضمّنة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Companion couldn&apos;t read or write its files. Nothing saved before was lost. Check the disk and try again.</source>
        <translation>تعذّر على Companion قراءة ملفاته أو الكتابة فيها. لم يضع شيء مما حُفظ من قبل. تحقّق من القرص وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../companion/ui/preferences/preferences_dialog.py" line="+41"/>
        <source>Same as this computer</source>
        <translation>مثل هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Companion — Preferences</source>
        <translation>Companion — التفضيلات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new language is used the next time Companion starts.</source>
        <translation>تُستخدم اللغة الجديدة في المرة القادمة التي يبدأ فيها Companion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after minutes without use</source>
        <translation>القفل بعد دقائق من عدم الاستخدام</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Country for help</source>
        <translation>البلد للمساعدة</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Use this computer&apos;s region</source>
        <translation>استخدم منطقة هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country} ({code})</source>
        <extracomment>{country} is a country&apos;s name, {code} its two-letter code.</extracomment>
        <translation>⁨{country}⁩ (⁨{code}⁩)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use high contrast</source>
        <translation>استخدام تباين عالٍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion</source>
        <translation>تقليل الحركة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a hard day, offer help and a breathing exercise</source>
        <translation>بعد يوم صعب، اقتراح المساعدة وتمرين للتنفس</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lock after</source>
        <translation>القفل بعد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only these choices are kept in a settings file. Nothing you write in your journal is ever stored there.</source>
        <translation>تُحفظ هذه الاختيارات فقط في ملف إعدادات. لا يُحفظ فيه أبدًا أي شيء تكتبه في يومياتك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save preferences</source>
        <translation>احفظ التفضيلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Set by your organisation</source>
        <translation>حدّدتها مؤسستك</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> minute</source>
        <extracomment>Shown after the number in the auto-lock field (&quot;1 minute&quot;), with its leading space.</extracomment>
        <translation> دقيقة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> minutes</source>
        <translation>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقائق</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../companion/ui/reports/clinician_dialog.py" line="+81"/>
        <location line="+1"/>
        <location line="+19"/>
        <source>Report for my clinician</source>
        <translation>تقرير لمعالجي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to share. The report is made on this computer and nothing is sent anywhere. A PDF you save is not encrypted: keep it somewhere private.</source>
        <translation>اختر ما تريد مشاركته. يُنشأ التقرير على هذا الحاسوب ولا يُرسل إلى أي مكان. ملف PDF الذي تحفظه غير مشفّر: احفظه في مكان خاص.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../companion/ui/reports/words.py" line="+75"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/reports/words.py" line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my &amp;check-in summary</source>
        <translation>ضمّن ملخص &amp;تسجيلاتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my check-in summary</source>
        <translation>ضمّن ملخص تسجيلاتي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include &amp;patterns (what goes with my mood)</source>
        <translation>ضمّن الأ&amp;نماط (ما يرافق مزاجي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include patterns: what goes with my mood</source>
        <translation>ضمّن الأنماط: ما يرافق مزاجي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Entries to include (none unless you tick them):</source>
        <translation>ال&amp;تدوينات المضمّنة (لا شيء إلا ما تحدده):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to include</source>
        <translation>التدوينات المضمّنة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick &amp;all</source>
        <translation>حدّد ال&amp;كل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all entries</source>
        <translation>حدّد كل التدوينات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;none</source>
        <translation>ألغِ تحديد ال&amp;كل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all entries</source>
        <translation>ألغِ تحديد كل التدوينات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save as PDF…</source>
        <translation>احفظ &amp;كملف PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF</source>
        <translation>احفظ التقرير كملف PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>ا&amp;طبع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>اطبع التقرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the report</source>
        <translation>أغلق التقرير</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>احفظ التقرير كملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mood-report.pdf</source>
        <translation>تقرير-المزاج.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: {name} ({pages}).</source>
        <translation>حُفظ: ⁨{name}⁩ (⁨{pages}⁩).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحةً</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports/pdf.py" line="+53"/>
        <source>{title} · Page {page} of {pages}</source>
        <extracomment>The footer of a printed page: {title} is the document&apos;s title, {page} and {pages} are numbers.</extracomment>
        <translation>⁨{title}⁩ · الصفحة ⁨{page}⁩ من ⁨{pages}⁩</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports/words.py" line="-55"/>
        <source>Mood and self-care summary</source>
        <translation>ملخص المزاج والعناية بالنفس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood over time</source>
        <translation>المزاج عبر الزمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a mood: {days} of {total}.</source>
        <translation>أيام بمزاج مسجّل: ⁨{days}⁩ من ⁨{total}⁩.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>المزاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood is recorded on a five-point scale: 1 Awful, 2 Bad, 3 Okay, 4 Good, 5 Great.</source>
        <translation>يُسجّل المزاج على مقياس من خمس درجات: 1 سيئ جدًا، 2 سيئ، 3 لا بأس، 4 جيد، 5 رائع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-care check-ins</source>
        <translation>تسجيلات العناية بالنفس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care actions</source>
        <translation>خطوات العناية بالنفس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a self-care action, by week</source>
        <translation>أيام فيها خطوة عناية بالنفس، حسب الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entries chosen to share</source>
        <translation>تدوينات من اليوميات اختيرت للمشاركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>من ⁨{start}⁩ إلى ⁨{end}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood</source>
        <translation>متوسط المزاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling average</source>
        <translation>المتوسط المتحرك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood per {unit}, from 1 (Awful) to 5 (Great), with a rolling average.</source>
        <translation>متوسط المزاج لكل ⁨{unit}⁩، من 1 (سيئ جدًا) إلى 5 (رائع)، مع متوسط متحرك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days ticked</source>
        <translation>الأيام المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of days (%)</source>
        <translation>نسبة الأيام (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week from</source>
        <translation>الأسبوع بدءًا من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days counted</source>
        <translation>الأيام المحسوبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough days yet to describe any pattern.</source>
        <translation>لا توجد أيام كافية بعد لوصف أي نمط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on {today} with Companion. The person who kept this journal chose what it contains.</source>
        <translation>أُعدّ في ⁨{today}⁩ باستخدام Companion. الشخص صاحب هذه اليوميات هو من اختار محتواه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average day mood: {average:.2f}.</source>
        <translation>متوسط مزاج اليوم: ⁨{average:.2f}⁩.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a low mood (Awful or Bad): {low}.</source>
        <translation>أيام بمزاج منخفض (سيئ جدًا أو سيئ): ⁨{low}⁩.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with at least one self-care action ticked: {days} of {total}.</source>
        <translation>أيام فيها خطوة عناية بالنفس واحدة على الأقل: ⁨{days}⁩ من ⁨{total}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These compare the person&apos;s own days with and without each activity or self-care action. They describe; they do not show causes. Only rows with at least {days} days on each side are shown.</source>
        <translation>تقارن هذه الأسطر أيام الشخص نفسه مع كل نشاط أو خطوة عناية بالنفس وبدونها. إنها تصف ولا تُظهر أسبابًا. تُعرض فقط الصفوف التي فيها ⁨{days}⁩ أيام على الأقل في كل جانب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mood: {mood}</source>
        <translation>المزاج: ⁨{mood}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions: {names}</source>
        <translation>المشاعر: ⁨{names}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: {names}</source>
        <translation>الوسوم: ⁨{names}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awful</source>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>لا بأس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>رائع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days with a mood</source>
        <translation>أيام بمزاج مسجّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries with a mood</source>
        <translation>تدوينات بمزاج مسجّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How activities and self-care go with mood</source>
        <translation>كيف ترافق الأنشطة والعناية بالنفس المزاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or action</source>
        <translation>النشاط أو الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood with</source>
        <translation>متوسط المزاج مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with</source>
        <translation>أيام مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood without</source>
        <translation>متوسط المزاج بدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without</source>
        <translation>أيام بدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>عناية بالنفس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>SelfCare</name>
    <message>
        <location filename="../../companion/ui/checkins/actions_dialog.py" line="+45"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Choose check-in actions</source>
        <translation>اختر خطوات التسجيل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticked actions appear in your daily list. Hiding one keeps what you ticked before. Press F2 to rename, Alt+Up or Alt+Down to move.</source>
        <translation>تظهر الخطوات المحددة في قائمتك اليومية. إخفاء خطوة يُبقي ما حددته من قبل. اضغط F2 لإعادة التسمية، وAlt+سهم لأعلى أو Alt+سهم لأسفل للنقل.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check-in actions</source>
        <translation>خطوات التسجيل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move &amp;up</source>
        <translation>انقل لأ&amp;على</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action up</source>
        <translation>انقل الخطوة المحددة لأعلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;down</source>
        <translation>انقل لأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action down</source>
        <translation>انقل الخطوة المحددة لأسفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>أعد ال&amp;تسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected action</source>
        <translation>أعد تسمية الخطوة المحددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>ا&amp;حذف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected action and its history</source>
        <translation>احذف الخطوة المحددة وسجلّها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something of your own…</source>
        <translation>شيء خاص بك…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>خطوة جديدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>أ&amp;ضف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this action</source>
        <translation>أضف هذه الخطوة</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="+74"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Delete this action and what you ticked for it?</source>
        <translation>أتحذف هذه الخطوة وما حددته لها؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To keep its history, untick it instead: it is then hidden.</source>
        <translation>للاحتفاظ بسجلّها، ألغِ تحديدها بدلًا من ذلك: ستُخفى حينئذ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for good</source>
        <translation>احذف نهائيًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>أبقِها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That action is already on your list.</source>
        <translation>هذه الخطوة موجودة في قائمتك بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your list is full. Delete an action to add another.</source>
        <translation>قائمتك ممتلئة. احذف خطوة لتضيف أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use 1 to 60 letters, without special characters.</source>
        <translation>استخدم من 1 إلى 60 حرفًا، دون رموز خاصة من فضلك.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/page.py" line="+70"/>
        <location line="+16"/>
        <source>Self-care check-in</source>
        <translation>تسجيل العناية بالنفس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick what you did today. Anything counts, however small.</source>
        <translation>حدّد ما فعلته اليوم. كل شيء يُحسب، مهما كان صغيرًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your list is empty. Choose some actions to check in with.</source>
        <translation>قائمتك فارغة. اختر بعض الخطوات لتسجيلك.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Choose actions…</source>
        <translation>ا&amp;ختر الخطوات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, rename, reorder or hide actions</source>
        <translation>اختر الخطوات أو أعد تسميتها أو ترتيبها أو أخفها</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Today, {date}</source>
        <translation>اليوم، ⁨{date}⁩</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/reminders.py" line="+110"/>
        <source>Your self-care check-in is here whenever you want it.</source>
        <translation>تسجيل العناية بالنفس هنا متى أردته.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/reminders_editor.py" line="+35"/>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remind me to check in while Companion is open</source>
        <translation>&amp;ذكّرني بالتسجيل ما دام Companion مفتوحًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me to check in while Companion is open</source>
        <translation>ذكّرني بالتسجيل ما دام Companion مفتوحًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A small notification appears at these times, only while Companion is running. Companion never starts by itself.</source>
        <translation>يظهر إشعار صغير في هذه الأوقات، فقط أثناء عمل Companion. لا يبدأ Companion من تلقاء نفسه أبدًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminder times</source>
        <translation>أوقات التذكير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New reminder time</source>
        <translation>وقت تذكير جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;time</source>
        <translation>أضف &amp;وقتًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this reminder time</source>
        <translation>أضف وقت التذكير هذا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve time</source>
        <translation>أ&amp;زل الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected time</source>
        <translation>أزل الوقت المحدد</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/words.py" line="+21"/>
        <source>Got some sleep</source>
        <translation>نلت قسطًا من النوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drank some water</source>
        <translation>شربت بعض الماء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Had something to eat</source>
        <translation>أكلت شيئًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved my body</source>
        <translation>حرّكت جسمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent time outdoors</source>
        <translation>قضيت وقتًا في الهواء الطلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected with someone</source>
        <translation>تواصلت مع أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took my medication</source>
        <translation>تناولت دوائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took a moment to rest</source>
        <translation>أخذت لحظة للراحة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This week is still open: one small kind thing counts.</source>
        <translation>هذا الأسبوع ما زال مفتوحًا: لفتة لطيفة صغيرة تكفي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quieter week for check-ins. Every day is a fresh start.</source>
        <translation>أسبوع أهدأ في التسجيلات. كل يوم بداية جديدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You looked after yourself on 1 day this week.</source>
        <translation>اعتنيت بنفسك في يوم واحد هذا الأسبوع.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You looked after yourself on %n days this week.</source>
        <translation>
            <numerusform>اعتنيت بنفسك في %n يوم هذا الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في يوم واحد هذا الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في يومين هذا الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في %n أيام هذا الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في %n يومًا هذا الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في %n يوم هذا الأسبوع.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You looked after yourself on 1 day that week.</source>
        <translation>اعتنيت بنفسك في يوم واحد ذلك الأسبوع.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You looked after yourself on %n days that week.</source>
        <translation>
            <numerusform>اعتنيت بنفسك في %n يوم ذلك الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في يوم واحد ذلك الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في يومين ذلك الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في %n أيام ذلك الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في %n يومًا ذلك الأسبوع.</numerusform>
            <numerusform>اعتنيت بنفسك في %n يوم ذلك الأسبوع.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You looked after yourself recently. Every small step counts.</source>
        <translation>اعتنيت بنفسك مؤخرًا. كل خطوة صغيرة تُحسب.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="+55"/>
        <source>{cue}, 1 second</source>
        <extracomment>A breathing cue: {cue} is &quot;Breathe in&quot;, &quot;Hold&quot;, &quot;Breathe out&quot; or &quot;Rest&quot;.</extracomment>
        <translation>⁨{cue}⁩، ثانية واحدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/selftest/checks/selfcare_screens.py" line="+60"/>
        <location filename="../../companion/ui/exercises/breathing.py" line="+1"/>
        <source>{cue}, %n seconds</source>
        <translation>
            <numerusform>⁨{cue}⁩، %n ثانية</numerusform>
            <numerusform>⁨{cue}⁩، ثانية واحدة</numerusform>
            <numerusform>⁨{cue}⁩، ثانيتان</numerusform>
            <numerusform>⁨{cue}⁩، %n ثوانٍ</numerusform>
            <numerusform>⁨{cue}⁩، %n ثانيةً</numerusform>
            <numerusform>⁨{cue}⁩، %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="+47"/>
        <location line="+1"/>
        <source>My own pace</source>
        <translation>إيقاعي الخاص</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Breathe &amp;in (seconds)</source>
        <translation>ال&amp;شهيق (بالثواني)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold (seconds)</source>
        <translation>ال&amp;حبس (بالثواني)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out (seconds)</source>
        <translation>ال&amp;زفير (بالثواني)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rest (seconds)</source>
        <translation>ال&amp;راحة (بالثواني)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Minutes:</source>
        <translation>ال&amp;دقائق:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How far through this part</source>
        <translation>مدى التقدم في هذا الجزء</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+84"/>
        <source>&amp;Start</source>
        <translation>ا&amp;بدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start breathing exercise</source>
        <translation>ابدأ تمرين التنفس</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <location line="+17"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+3"/>
        <location line="+21"/>
        <location line="+28"/>
        <source>&amp;Pause</source>
        <translation>إ&amp;يقاف مؤقت</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+75"/>
        <location line="+17"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-48"/>
        <location line="+21"/>
        <location line="+28"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="-90"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-44"/>
        <source>S&amp;top</source>
        <translation>أو&amp;قف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop breathing exercise</source>
        <translation>أوقف تمرين التنفس</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your own pace: {per_minute} breaths a minute.</source>
        <translation>إيقاعك الخاص: ⁨{per_minute}⁩ أنفاس في الدقيقة.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+36"/>
        <source>&amp;Resume</source>
        <translation>&amp;تابع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+1"/>
        <source>Resume</source>
        <translation>تابع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+1"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a pace, then press Start.</source>
        <translation>اختر إيقاعًا، ثم اضغط ابدأ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{cue} · {seconds}</source>
        <extracomment>The big countdown: {cue} is &quot;Breathe in&quot;…, {seconds} the seconds left.</extracomment>
        <translation>⁨{cue}⁩ · ⁨{seconds}⁩</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Well done. Take a moment to notice how you feel before you carry on.</source>
        <translation>أحسنت. خذ لحظة لتلاحظ كيف تشعر قبل أن تتابع.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/gentle_response.py" line="+41"/>
        <source>A gentle note</source>
        <translation>ملاحظة لطيفة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Get help now (F1)</source>
        <translation>اطلب المساعدة الآن (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now</source>
        <translation>اطلب المساعدة الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try slow &amp;breathing</source>
        <translation>جرّب التنفس ال&amp;بطيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try slow breathing</source>
        <translation>جرّب التنفس البطيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this note</source>
        <translation>تجاهل هذه الملاحظة</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/grounding.py" line="+48"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous step</source>
        <translation>ارجع إلى الخطوة السابقة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Begin</source>
        <translation>ا&amp;بدأ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press F1 for help.</source>
        <translation>اضغط F1 لطلب المساعدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>ابدأ من &amp;جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step {n} of {total}</source>
        <translation>الخطوة ⁨{n}⁩ من ⁨{total}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish</source>
        <translation>ا&amp;نتهِ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-53"/>
        <source>%v of %m parts</source>
        <translation>%v من %m أجزاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts done</source>
        <translation>الأجزاء المنجزة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start muscle relaxation</source>
        <translation>ابدأ إرخاء العضلات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next part</source>
        <translation>الجزء ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next part</source>
        <translation>انتقل إلى الجزء التالي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop muscle relaxation</source>
        <translation>أوقف إرخاء العضلات</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stopped. You can start again whenever you like.</source>
        <translation>توقّف التمرين. يمكنك البدء من جديد متى شئت.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 second</source>
        <translation>ثانية واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانيةً</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{group}: {instruction}</source>
        <extracomment>{group} is a part of the body (&quot;Hands&quot;), {instruction} what to do.</extracomment>
        <translation>⁨{group}⁩: ⁨{instruction}⁩</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="+45"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+22"/>
        <source>Exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="-21"/>
        <source>Get help now: press F1</source>
        <translation>اطلب المساعدة الآن: اضغط F1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Short exercises to steady yourself. Stop whenever you like; there is no right or wrong way to do them.</source>
        <translation>تمارين قصيرة لتستعيد توازنك. توقّف متى شئت؛ لا توجد طريقة صحيحة أو خاطئة لأدائها.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Breathing</source>
        <translation>ال&amp;تنفس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5-4-3-2-1 grounding</source>
        <translation>التأريض &amp;5-4-3-2-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscle &amp;relaxation</source>
        <translation>إرخاء ال&amp;عضلات</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/words.py" line="+20"/>
        <source>Slow breathing</source>
        <translation>التنفس البطيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in for five and out for five: about six gentle breaths a minute.</source>
        <translation>خذ شهيقًا لخمس عدّات وزفيرًا لخمس: نحو ستة أنفاس هادئة في الدقيقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box breathing</source>
        <translation>التنفس المربّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in, hold, breathe out and rest for four counts each, like tracing a square.</source>
        <translation>شهيق، ثم حبس، ثم زفير، ثم راحة، أربع عدّات لكل منها، كأنك ترسم مربعًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4-7-8 breathing</source>
        <translation>تنفس 4-7-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in for four, hold for seven, and let the breath out slowly for eight. If holding feels uncomfortable, try slow breathing instead.</source>
        <translation>خذ شهيقًا لأربع عدّات، واحبسه لسبع، ثم أخرج النفس ببطء لثماني عدّات. إذا كان حبس النفس مزعجًا، فجرّب التنفس البطيء بدلًا منه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe in</source>
        <translation>شهيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>احبس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>زفير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>راحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My pace</source>
        <translation>إيقاعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own pace.</source>
        <translation>إيقاعك الخاص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exercise gently brings your attention back to where you are. Go at your own pace; there is no wrong answer.</source>
        <translation>يعيد هذا التمرين انتباهك بلطف إلى المكان الذي أنت فيه. تمهّل كما يناسبك؛ لا توجد إجابة خاطئة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look around and notice five things you can see.</source>
        <translation>انظر حولك ولاحظ خمسة أشياء تستطيع رؤيتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The colour of a wall, a shadow, the shape of a cup, light from a window.</source>
        <translation>لون جدار، ظلّ، شكل فنجان، ضوء من نافذة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice four things you can feel.</source>
        <translation>لاحظ أربعة أشياء تستطيع الإحساس بها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feet on the floor, the chair holding you, the fabric of your sleeve.</source>
        <translation>قدماك على الأرض، الكرسي الذي يسندك، قماش كمّك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen for three things you can hear.</source>
        <translation>أنصت إلى ثلاثة أشياء تستطيع سماعها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fan, traffic far away, your own breathing.</source>
        <translation>مروحة، حركة سير بعيدة، أنفاسك أنت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice two things you can smell.</source>
        <translation>لاحظ شيئين تستطيع شمّهما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soap on your hands, the air in the room. If nothing comes, think of a smell you like.</source>
        <translation>الصابون على يديك، هواء الغرفة. إن لم يخطر شيء، ففكّر في رائحة تحبها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice one thing you can taste.</source>
        <translation>لاحظ شيئًا واحدًا تستطيع تذوّقه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sip of water, or simply the taste in your mouth right now.</source>
        <translation>رشفة ماء، أو ببساطة الطعم في فمك الآن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Well done for taking this moment. Take one slow breath before you carry on. If you would like to talk to someone, help is one step away.</source>
        <translation>أحسنت إذ منحت نفسك هذه اللحظة. خذ نفسًا بطيئًا واحدًا قبل أن تتابع. إن أردت التحدث إلى أحد، فالمساعدة على بُعد خطوة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a comfortable position. You will gently tighten one group of muscles at a time, then let go. Tense only as much as feels comfortable, never to the point of pain, and skip any part of your body that is sore or injured.</source>
        <translation>اتخذ وضعية مريحة. ستشدّ بلطف مجموعة واحدة من العضلات في كل مرة، ثم ترخيها. اشدد فقط بالقدر المريح، ولا تصل أبدًا إلى الألم، وتجاوز أي جزء من جسمك يؤلمك أو مصاب.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take a moment to notice how your body feels now. When you are ready, slowly move your fingers and toes, and open your eyes.</source>
        <translation>خذ لحظة لتلاحظ كيف يشعر جسمك الآن. حين تكون مستعدًا، حرّك أصابع يديك وقدميك ببطء، وافتح عينيك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now let go. Notice how the muscles feel as they soften.</source>
        <translation>الآن أرخِها. لاحظ إحساس العضلات وهي تلين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hands</source>
        <translation>اليدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make gentle fists with both hands.</source>
        <translation>اقبض يديك بلطف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper arms</source>
        <translation>أعلى الذراعين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your elbows and tighten your upper arms.</source>
        <translation>اثنِ مرفقيك وشدّ أعلى ذراعيك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>الكتفان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift your shoulders up towards your ears.</source>
        <translation>ارفع كتفيك نحو أذنيك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forehead</source>
        <translation>الجبهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise your eyebrows as high as is comfortable.</source>
        <translation>ارفع حاجبيك إلى أعلى ما يريحك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes and cheeks</source>
        <translation>العينان والوجنتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close your eyes tightly and scrunch your cheeks.</source>
        <translation>أغمض عينيك بقوة واضغط وجنتيك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouth and jaw</source>
        <translation>الفم والفك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press your lips together and gently clench your jaw.</source>
        <translation>اضغط شفتيك معًا وشدّ فكّك بلطف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>الرقبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently press your head back against the chair or pillow.</source>
        <translation>اضغط رأسك بلطف إلى الخلف على الكرسي أو الوسادة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest and back</source>
        <translation>الصدر والظهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in and draw your shoulder blades together.</source>
        <translation>خذ شهيقًا وقرّب لوحَي كتفيك أحدهما من الآخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stomach</source>
        <translation>البطن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tighten your stomach muscles, as if bracing.</source>
        <translation>شدّ عضلات بطنك، كأنك تستعد لدفعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hips and seat</source>
        <translation>الوركان والمقعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Squeeze the muscles of your seat together.</source>
        <translation>اضغط عضلات المقعدة معًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thighs</source>
        <translation>الفخذان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press your knees together and tighten your thighs.</source>
        <translation>اضغط ركبتيك معًا وشدّ فخذيك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower legs</source>
        <translation>الساقان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point your toes up towards your face.</source>
        <translation>وجّه أصابع قدميك إلى أعلى نحو وجهك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feet</source>
        <translation>القدمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curl your toes downwards gently.</source>
        <translation>اثنِ أصابع قدميك إلى الأسفل بلطف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5-4-3-2-1 grounding</source>
        <translation>التأريض 5-4-3-2-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice what you can see, feel, hear, smell and taste, 5 senses, one at a time.</source>
        <translation>لاحظ ما تستطيع رؤيته ولمسه وسماعه وشمّه وتذوّقه: 5 حواس، واحدة تلو الأخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progressive muscle relaxation</source>
        <translation>الإرخاء العضلي التدريجي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently tense and release one part of your body at a time.</source>
        <translation>شدّ جزءًا من جسمك ثم أرخه بلطف، جزءًا بعد جزء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That sounds like a hard moment. If it would help, support is here whenever you want it, or you could try a few slow breaths.</source>
        <translation>يبدو أنها لحظة صعبة. إن كان ذلك يساعد، فالدعم هنا متى أردته، أو يمكنك تجربة بضعة أنفاس بطيئة.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/copy_switch.py" line="+44"/>
        <source>&amp;Let me read this plan without unlocking (not encrypted)</source>
        <translation>&amp;اسمح لي بقراءة هذه الخطة دون فتح القفل (غير مشفّرة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let me read this plan without unlocking. The copy is not encrypted.</source>
        <translation>اسمح لي بقراءة هذه الخطة دون فتح القفل. النسخة غير مشفّرة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On: a copy of this plan that is not encrypted is kept in Companion&apos;s data folder, so you can read it from the help panel without unlocking. It is updated each time your plan is saved.</source>
        <translation>مفعّل: تُحفظ نسخة غير مشفّرة من هذه الخطة في مجلد بيانات Companion، لتتمكن من قراءتها من لوحة المساعدة دون فتح القفل. تُحدَّث كلما حُفظت خطتك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Off: your plan is kept only inside your encrypted journal.</source>
        <translation>غير مفعّل: تُحفظ خطتك داخل يومياتك المشفّرة فقط.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep a copy of your plan that is not encrypted?</source>
        <translation>أتحتفظ بنسخة غير مشفّرة من خطتك؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy is NOT encrypted. Anyone who can open Companion&apos;s data folder on this computer could read your safety plan, without your passphrase. Your journal stays encrypted; only the plan is copied. You can turn this off at any time, which deletes the copy.</source>
        <translation>هذه النسخة غير مشفّرة. أي شخص يستطيع فتح مجلد بيانات Companion على هذا الحاسوب يمكنه قراءة خطة الأمان الخاصة بك دون عبارة المرور. تبقى يومياتك مشفّرة؛ تُنسخ الخطة وحدها. يمكنك إيقاف ذلك في أي وقت، فتُحذف النسخة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep a readable copy</source>
        <translation>احتفظ بنسخة مقروءة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it encrypted only</source>
        <translation>أبقِها مشفّرة فقط</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The readable copy was deleted.</source>
        <translation>حُذفت النسخة المقروءة.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="+4"/>
        <source>My safety plan, readable copy</source>
        <translation>خطة الأمان الخاصة بي، نسخة مقروءة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no readable copy of your safety plan on this computer. After unlocking, you can make one on the safety plan page (it is not encrypted).</source>
        <translation>لا توجد نسخة مقروءة من خطة الأمان الخاصة بك على هذا الحاسوب. بعد فتح القفل، يمكنك إنشاء واحدة في صفحة خطة الأمان (وهي غير مشفّرة).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close the safety plan</source>
        <translation>أغلق خطة الأمان</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/page.py" line="+169"/>
        <source>A plan for hard moments, in your own words. Work through the steps in order until you feel safer. You can change it at any time; it is saved as you type, inside your encrypted journal.</source>
        <translation>خطة للحظات الصعبة، بكلماتك أنت. اتبع الخطوات بالترتيب حتى تشعر بأمان أكبر. يمكنك تغييرها في أي وقت؛ تُحفظ أثناء الكتابة داخل يومياتك المشفّرة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press F1 for helplines in your country.</source>
        <translation>اضغط F1 لخطوط المساعدة في بلدك.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Print…</source>
        <translation>ا&amp;طبع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my safety plan</source>
        <translation>اطبع خطة الأمان الخاصة بي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>احفظ كملف P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my safety plan as a PDF</source>
        <translation>احفظ خطة الأمان الخاصة بي كملف PDF</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Services from the help directory you could add:</source>
        <translation>خدمات من دليل المساعدة يمكنك إضافتها:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add: {service}</source>
        <translation>أضف: ⁨{service}⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add {service} to step 5</source>
        <translation>أضف ⁨{service}⁩ إلى الخطوة 5</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not saved yet</source>
        <translation>لم تُحفظ بعد</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A line could not be saved as it is (it may be very long or hold unusual characters). Please check it.</source>
        <translation>تعذّر حفظ سطر كما هو (ربما كان طويلًا جدًا أو فيه رموز غير مألوفة). راجعه من فضلك.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing saved yet</source>
        <translation>لم يُحفظ شيء بعد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {day} at {time}</source>
        <extracomment>When the plan was last saved: {day} is a short date, {time} a time of day.</extracomment>
        <translation>حُفظت في ⁨{day}⁩ الساعة ⁨{time}⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A line could not be printed as it is.</source>
        <translation>تعذّرت طباعة سطر كما هو.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save my safety plan as PDF</source>
        <translation>احفظ خطة الأمان الخاصة بي كملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety-plan.pdf</source>
        <translation>خطة-الأمان.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/step_editor.py" line="+73"/>
        <source>Add a line</source>
        <translation>أضف سطرًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a line to: {step}</source>
        <translation>أضف سطرًا إلى: ⁨{step}⁩</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>For example: {example}</source>
        <translation>مثلًا: ⁨{example}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How to reach them (optional)</source>
        <translation>كيف تصل إليهم (اختياري)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note (optional)</source>
        <translation>ملاحظة (اختياري)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Line {n}</source>
        <translation>السطر ⁨{n}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {n}: note or how to reach them</source>
        <translation>السطر ⁨{n}⁩: ملاحظة أو طريقة الوصول إليهم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move line {n} up</source>
        <translation>انقل السطر ⁨{n}⁩ لأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move line {n} down</source>
        <translation>انقل السطر ⁨{n}⁩ لأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line {n}</source>
        <translation>أزل السطر ⁨{n}⁩</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/words.py" line="+22"/>
        <source>Signs that a hard time is starting</source>
        <translation>علامات على بداية وقت صعب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thoughts, feelings, moments or habits that tell you things are getting harder, so you can notice them early.</source>
        <translation>الأفكار أو المشاعر أو اللحظات أو العادات التي تخبرك بأن الأمور تزداد صعوبة، لتلاحظها مبكرًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I stop answering messages</source>
        <translation>أتوقف عن الرد على الرسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things I can do on my own</source>
        <translation>أشياء أستطيع فعلها وحدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small things that have helped you feel a little steadier before, that you can do without anyone else.</source>
        <translation>أشياء صغيرة ساعدتك من قبل على الشعور بقدر أكبر من الثبات، وتستطيع فعلها دون أحد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A slow walk round the block</source>
        <translation>نزهة هادئة حول الحي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and places that take my mind off things</source>
        <translation>أشخاص وأماكن تشغلني عن الأفكار الصعبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or places that give you a break from hard thoughts; you do not have to talk about how you feel there.</source>
        <translation>صحبة أو أماكن تمنحك استراحة من الأفكار الصعبة؛ لا يلزمك أن تتحدث هناك عن شعورك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library café</source>
        <translation>مقهى المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I can ask for help</source>
        <translation>أشخاص أستطيع طلب المساعدة منهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you trust enough to tell that you are struggling, and how to reach them.</source>
        <translation>أشخاص تثق بهم بما يكفي لتخبرهم بأنك تمرّ بوقت صعب، وكيف تصل إليهم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My cousin Sam</source>
        <translation>ابن عمي سامي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals and services I can contact</source>
        <translation>مختصون وخدمات أستطيع التواصل معهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your doctor or counsellor, a crisis line, and the emergency number, with the numbers ready to use.</source>
        <translation>طبيبك أو معالجك، وخط أزمات، ورقم الطوارئ، مع الأرقام جاهزة للاستخدام.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My doctor&apos;s surgery</source>
        <translation>عيادة طبيبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making my surroundings safer</source>
        <translation>جعل محيطي أكثر أمانًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to put time and distance between you and anything you could use to hurt yourself, with help from someone if that is easier.</source>
        <translation>طرق لوضع وقت ومسافة بينك وبين أي شيء قد تستخدمه لإيذاء نفسك، بمساعدة أحد إن كان ذلك أسهل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask someone I trust to look after my medicines for a while</source>
        <translation>أن أطلب من شخص أثق به أن يحتفظ بأدويتي لبعض الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is worth living for</source>
        <translation>ما يجعل الحياة تستحق أن تُعاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people, things and hopes that matter to you, even on the hardest days.</source>
        <translation>الأشخاص والأشياء والآمال المهمة لك، حتى في أصعب الأيام.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seeing my niece grow up</source>
        <translation>أن أرى ابنة أختي تكبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My safety plan</source>
        <translation>خطة الأمان الخاصة بي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy is not encrypted: anyone who can open this folder can read it. You can turn it off in Companion&apos;s safety plan settings, which deletes it.</source>
        <translation>هذه النسخة غير مشفّرة: أي شخص يستطيع فتح هذا المجلد يمكنه قراءتها. يمكنك إيقافها من إعدادات خطة الأمان في Companion، فتُحذف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you are in danger now, call your local emergency number.</source>
        <translation>إذا كنت في خطر الآن، فاتصل برقم الطوارئ المحلي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing written yet)</source>
        <translation>(لم يُكتب شيء بعد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps of this plan are adapted from the Safety Planning Intervention by Barbara Stanley and Gregory K. Brown (Stanley &amp; Brown, 2012, Cognitive and Behavioral Practice 19(2), 256–264). The wording is Companion&apos;s own.</source>
        <translation>خطوات هذه الخطة مقتبسة من «تدخل التخطيط للأمان» (Safety Planning Intervention) لباربرا ستانلي وغريغوري ك. براون (Stanley &amp; Brown, 2012, Cognitive and Behavioral Practice 19(2), 256–264). الصياغة خاصة بـCompanion.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/pacer.py" line="+22"/>
        <source>Breathing circle</source>
        <translation>دائرة التنفس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>تكبر مع الشهيق وتصغر مع الزفير.</translation>
    </message>
    <message numerus="yes">
        <source>%n days in a row of looking after yourself.</source>
        <translation>
            <numerusform>%n يوم متتالٍ من العناية بنفسك.</numerusform>
            <numerusform>يوم واحد من العناية بنفسك.</numerusform>
            <numerusform>يومان متتاليان من العناية بنفسك.</numerusform>
            <numerusform>%n أيام متتالية من العناية بنفسك.</numerusform>
            <numerusform>%n يومًا متتاليًا من العناية بنفسك.</numerusform>
            <numerusform>%n يوم متتالٍ من العناية بنفسك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../companion/ui/shell/about_dialog.py" line="+27"/>
        <source>Companion is free software: you can share and change it under the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Companion برنامج حر: يمكنك مشاركته وتعديله وفق رخصة جنو العمومية العامة، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Companion opens no network connection, ever: no telemetry, no update check, no account, no fonts or pictures from the web. Phone numbers, text messages and websites are handed to your computer only when you click Call, Text, Chat or Website.</source>
        <translation>لا يفتح Companion أي اتصال بالشبكة أبدًا: لا قياس عن بُعد، ولا تحقق من التحديثات، ولا حساب، ولا خطوط أو صور من الويب. لا تُسلَّم أرقام الهواتف والرسائل النصية والمواقع إلى حاسوبك إلا عندما تنقر اتصل أو رسالة نصية أو دردشة أو موقع إلكتروني.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What Companion cannot protect against: a keylogger or other spying software on this computer; the administrator of this computer; someone watching your screen or looking over your shoulder. On a shared or work computer, please keep this in mind.</source>
        <translation>ما لا يستطيع Companion الحماية منه: برنامج تسجيل لوحة المفاتيح أو أي برنامج تجسس آخر على هذا الحاسوب؛ مدير هذا الحاسوب؛ شخص يراقب شاشتك أو ينظر من فوق كتفك. على حاسوب مشترك أو حاسوب عمل، تذكّر هذا من فضلك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The help directory is built from public sources; each service shows where its number came from and the date of that source.</source>
        <translation>دليل المساعدة مبني من مصادر عامة؛ كل خدمة تبيّن مصدر رقمها وتاريخ ذلك المصدر.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+19"/>
        <source>About Companion</source>
        <translation>عن Companion</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Companion {version}</source>
        <extracomment>{version} is the version number, such as 1.0.0.</extracomment>
        <translation>Companion ⁨{version}⁩</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A private journal with offline help, one keystroke away.</source>
        <translation>يوميات خاصة مع مساعدة دون اتصال، على بُعد ضغطة مفتاح.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the help directory comes from</source>
        <translation>من أين يأتي دليل المساعدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help data licence and sources</source>
        <translation>رخصة بيانات المساعدة ومصادرها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close About</source>
        <translation>أغلق «عن Companion»</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/crash.py" line="+79"/>
        <source>You can keep going. If it happens again, restarting Companion may help.</source>
        <translation>يمكنك المتابعة. إذا تكرر الأمر، فقد تفيد إعادة تشغيل Companion.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/neutral_screen.py" line="+23"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled page</source>
        <translation>صفحة بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/quick_exit.py" line="+38"/>
        <source>Shift pressed. Press it two more times to leave quickly.</source>
        <translation>ضُغط Shift. اضغطه مرتين أخريين للمغادرة بسرعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Shift one more time to leave quickly.</source>
        <translation>اضغط Shift مرة أخرى للمغادرة بسرعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving now.</source>
        <translation>جارٍ المغادرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick exit was not used. The count of Shift presses started again.</source>
        <translation>لم يُستخدم الخروج السريع. بدأ عدّ ضغطات Shift من جديد.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <source>Quick exit</source>
        <translation>الخروج السريع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide Companion at once and lock it (or press Shift three times).</source>
        <translation>أخفِ Companion فورًا واقفله (أو اضغط Shift ثلاث مرات).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shift press count</source>
        <translation>عدد ضغطات Shift</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n of 3 Shift presses</source>
        <translation>
            <numerusform>%n من 3 ضغطات Shift</numerusform>
            <numerusform>%n من 3 ضغطات Shift</numerusform>
            <numerusform>%n من 3 ضغطات Shift</numerusform>
            <numerusform>%n من 3 ضغطات Shift</numerusform>
            <numerusform>%n من 3 ضغطات Shift</numerusform>
            <numerusform>%n من 3 ضغطات Shift</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/session_banner.py" line="+34"/>
        <source>This is a shared computer: nothing you write is kept here. The session ends when you choose End session or leave it idle.</source>
        <translation>هذا حاسوب مشترك: لا يُحفظ هنا أي شيء تكتبه. تنتهي الجلسة عندما تختار «إنهاء الجلسة» أو تتركها دون استخدام.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guest session: nothing you write is kept on this computer.</source>
        <translation>جلسة ضيف: لا يُحفظ أي شيء تكتبه على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About this session</source>
        <translation>عن هذه الجلسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session ends soon</source>
        <translation>الجلسة ستنتهي قريبًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>I&apos;m still here</source>
        <translation>ما زلت هنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy…</source>
        <translation>احفظ نسخة مشفّرة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy of this session&apos;s journal</source>
        <translation>احفظ نسخة مشفّرة من يوميات هذه الجلسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End session and erase it</source>
        <translation>أنهِ الجلسة وامحُها</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Still there? This session ends in %n seconds and everything in it is erased.</source>
        <translation>
            <numerusform>هل ما زلت هنا؟ تنتهي هذه الجلسة خلال %n ثانية ويُمحى كل ما فيها.</numerusform>
            <numerusform>هل ما زلت هنا؟ تنتهي هذه الجلسة خلال ثانية واحدة ويُمحى كل ما فيها.</numerusform>
            <numerusform>هل ما زلت هنا؟ تنتهي هذه الجلسة خلال ثانيتين ويُمحى كل ما فيها.</numerusform>
            <numerusform>هل ما زلت هنا؟ تنتهي هذه الجلسة خلال %n ثوانٍ ويُمحى كل ما فيها.</numerusform>
            <numerusform>هل ما زلت هنا؟ تنتهي هذه الجلسة خلال %n ثانيةً ويُمحى كل ما فيها.</numerusform>
            <numerusform>هل ما زلت هنا؟ تنتهي هذه الجلسة خلال %n ثانية ويُمحى كل ما فيها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/window_manager.py" line="+305"/>
        <source>Your journal is in a network folder.</source>
        <translation>يومياتك في مجلد على الشبكة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion works there. Lock or close it here before opening it on another computer, so that changes from one never overwrite the other.</source>
        <translation>يعمل Companion هناك. اقفله أو أغلقه هنا قبل فتحه على حاسوب آخر، حتى لا تكتب تغييرات أحدهما فوق الآخر أبدًا.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>End this session and erase what you wrote?</source>
        <translation>أتنهي هذه الجلسة وتمحو ما كتبته؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing from this session is kept on this computer. To keep your entries, save an encrypted copy first.</source>
        <translation>لا يُحفظ شيء من هذه الجلسة على هذا الحاسوب. للاحتفاظ بتدويناتك، احفظ نسخة مشفّرة أولًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End and erase</source>
        <translation>أنهِ وامحُ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy first…</source>
        <translation>احفظ نسخة أولًا…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep writing</source>
        <translation>تابع الكتابة</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Your passphrase is changed.</source>
        <translation>تغيّرت عبارة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the new one next time you unlock. Your recovery code still works. An old copy of your journal&apos;s key file still opens it with the old passphrase: to stop that, choose More, then Lock out old copies.</source>
        <translation>استخدم العبارة الجديدة في المرة القادمة التي تفتح فيها القفل. رمز الاسترداد ما زال يعمل. ما زالت نسخة قديمة من ملف مفتاح يومياتك تفتحها بعبارة المرور القديمة: لمنع ذلك، اختر «المزيد» ثم «امنع النسخ القديمة».</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Mode: {mode}.</source>
        <translation>الوضع: ⁨{mode}⁩.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings managed by your organisation ({path}): {summary}</source>
        <translation>إعدادات تديرها مؤسستك (⁨{path}⁩): ⁨{summary}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not used from the policy file (the safest setting applies):</source>
        <translation>ما لم يُستخدم من ملف السياسة (يُطبَّق الإعداد الأكثر أمانًا):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/feature_set.py" line="+76"/>
        <source>Chec&amp;k-in</source>
        <translation>ال&amp;تسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation>الأ&amp;نماط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety &amp;plan</source>
        <translation>&amp;خطة الأمان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xercises…</source>
        <translation>التما&amp;رين…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learn…</source>
        <translation>تع&amp;لّم…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for my &amp;clinician…</source>
        <translation>تقرير ل&amp;معالجي…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Breathing and grounding exercises</source>
        <translation>تمارين التنفس والتأريض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read: understanding and finding help</source>
        <translation>اقرأ: فهم المساعدة وإيجادها</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>My safety plan</source>
        <translation>خطة الأمان الخاصة بي</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/quick_exit_note.py" line="+17"/>
        <source>Quick exit (the button, or Shift pressed three times) hides every Companion window at once and locks your journal. It cannot hide that Companion is installed, clear other programs or your browser history, or undo what someone has already seen.</source>
        <translation>الخروج السريع (الزر، أو الضغط على Shift ثلاث مرات) يخفي كل نوافذ Companion دفعة واحدة ويقفل يومياتك. لا يستطيع إخفاء أن Companion مثبّت، ولا مسح البرامج الأخرى أو سجل متصفحك، ولا محو ما رآه أحد بالفعل.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About quick exit</source>
        <translation>عن الخروج السريع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Got it</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>فهمت، أخفِ هذه الملاحظة</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/window_titles.py" line="+19"/>
        <source>{screen} — {app}</source>
        <extracomment>A window title: {screen} is the screen&apos;s name (&quot;Exercises&quot;), {app} the app&apos;s.</extracomment>
        <translation>⁨{screen}⁩ — ⁨{app}⁩</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../companion/ui/transfer/common.py" line="+75"/>
        <source>entries not recorded</source>
        <translation>تدوينات غير مسجّلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>تدوينة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} entries</source>
        <translation>⁨{n}⁩ تدوينات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>توقّف. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That passphrase or recovery code didn&apos;t open this journal file. Check Caps Lock and try again.</source>
        <translation>لم تفتح عبارة المرور أو رمز الاسترداد ملف اليوميات هذا. تحقّق من مفتاح Caps Lock وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companion doesn&apos;t recognise this file. Choose its type from the list and try again.</source>
        <translation>لا يتعرّف Companion على هذا الملف. اختر نوعه من القائمة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file can&apos;t be read as {format}. It may be damaged or cut short. Nothing was imported.</source>
        <translation>تتعذّر قراءة هذا الملف بصيغة ⁨{format}⁩. ربما كان تالفًا أو ناقصًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some entries can&apos;t be imported as they are. Nothing was imported yet.</source>
        <translation>تتعذّر استيراد بعض التدوينات كما هي. لم يُستورد شيء بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please confirm that the file will not be encrypted.</source>
        <translation>أكّد من فضلك أن الملف لن يكون مشفّرًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file or folder with that name. Nothing was written. Choose another name.</source>
        <translation>يوجد ملف أو مجلد بهذا الاسم بالفعل. لم يُكتب شيء. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This isn&apos;t a Companion journal file, or it is damaged. Nothing was changed.</source>
        <translation>هذا ليس ملف يوميات Companion، أو أنه تالف. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be made or did not check out, so it was not kept. Your journal is unchanged.</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية أو لم تجتز الفحص، لذلك لم يُحتفظ بها. يومياتك لم تتغير.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That backup is no longer there.</source>
        <translation>لم تعد تلك النسخة الاحتياطية موجودة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The administrator of this computer turned off exports that are not encrypted. You can still save an encrypted copy.</source>
        <translation>أوقف مدير هذا الحاسوب التصدير غير المشفّر. ما زال بإمكانك حفظ نسخة مشفّرة.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+2"/>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="+135"/>
        <location line="+160"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+210"/>
        <location filename="../../companion/ui/transfer/place_dialog.py" line="+111"/>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="+179"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Awful</source>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>لا بأس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>رائع</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/backups_dialog.py" line="+61"/>
        <source>Companion makes an encrypted backup by itself when you lock or close it (at most once a day) and before every upgrade. It keeps the last {daily} daily and {weekly} weekly backups. Each backup opens with the passphrase you had when it was made.</source>
        <translation>ينشئ Companion نسخة احتياطية مشفّرة من تلقاء نفسه عندما تقفله أو تغلقه (مرة واحدة في اليوم على الأكثر) وقبل كل ترقية. يحتفظ بآخر ⁨{daily}⁩ نسخ يومية و⁨{weekly}⁩ نسخ أسبوعية. تُفتح كل نسخة بعبارة المرور التي كانت لديك عند إنشائها.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+20"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>التدوينات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>فُحصت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backups yet. Choose “Back up now” to make one.</source>
        <translation>لا توجد نسخ احتياطية بعد. اختر «انسخ احتياطيًا الآن» لإنشاء واحدة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also copy to a folder…</source>
        <translation>انسخ أيضًا إلى مجلد…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back up now</source>
        <translation>ا&amp;نسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="+79"/>
        <source>Show the folder</source>
        <translation>اعرض المجلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/damage_dialog.py" line="+271"/>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+244"/>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="+0"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+161"/>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="+6"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked, good</source>
        <translation>فُحصت، سليمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged, do not use</source>
        <translation>تالفة، لا تستخدمها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be checked</source>
        <translation>تعذّر فحصها</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A second copy on a USB stick is optional.</source>
        <translation>النسخة الثانية على ذاكرة USB اختيارية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second copy of each backup made here goes to: {path}</source>
        <translation>تذهب نسخة ثانية من كل نسخة احتياطية تُنشأ هنا إلى: ⁨{path}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a folder for a second copy</source>
        <translation>اختر مجلدًا للنسخة الثانية</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making a backup and checking it…</source>
        <translation>جارٍ إنشاء نسخة احتياطية وفحصها…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup made and checked: {when}, {count}. It is encrypted.</source>
        <translation>أُنشئت النسخة الاحتياطية وفُحصت: ⁨{when}⁩، ⁨{count}⁩. وهي مشفّرة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second copy is in {path}.</source>
        <translation>توجد نسخة ثانية في ⁨{path}⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The second copy could not be written (is the USB stick still there?). The backup itself is fine.</source>
        <translation>تعذّرت كتابة النسخة الثانية (هل ما زالت ذاكرة USB موصولة؟). النسخة الاحتياطية نفسها سليمة.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restore the backup from {date}?</source>
        <translation>أتستعيد النسخة الاحتياطية المؤرخة ⁨{date}⁩؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will be locked first. The journal as it is now is not deleted: it is kept aside in a folder next to it, and you can go back to it. Afterwards, unlock with the passphrase you had on {date}.</source>
        <translation>ستُقفل يومياتك أولًا. لن تُحذف اليوميات بحالتها الحالية: ستوضع جانبًا في مجلد بجوارها، ويمكنك العودة إليها. بعد ذلك، افتح القفل بعبارة المرور التي كانت لديك في ⁨{date}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock and restore</source>
        <translation>اقفل واستعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t restore</source>
        <translation>لا تستعد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your journal could not be locked, so nothing was restored.</source>
        <translation>تعذّر قفل يومياتك، لذلك لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="-169"/>
        <source>Encrypted copy (.companion) — opens on another computer</source>
        <translation>نسخة مشفّرة (.companion) — تُفتح على حاسوب آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+32"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+73"/>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="+32"/>
        <source>Companion journal files (*.companion)</source>
        <translation>ملفات يوميات Companion (*.companion)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON — complete, for moving to other apps</source>
        <translation>JSON — كاملة، للانتقال إلى تطبيقات أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown — one file</source>
        <translation>Markdown — ملف واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown — one file per day, in a new folder</source>
        <translation>Markdown — ملف لكل يوم، في مجلد جديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV — a table, one row per entry</source>
        <translation>CSV — جدول، صف لكل تدوينة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF — for reading or printing</source>
        <translation>PDF — للقراءة أو الطباعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+158"/>
        <source>Export your journal</source>
        <translation>صدّر يومياتك</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In a guest session, use “Save an encrypted copy…” to keep an encrypted copy.</source>
        <translation>في جلسة الضيف، استخدم «احفظ نسخة مشفّرة…» للاحتفاظ بنسخة مشفّرة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries between these dates</source>
        <translation>التدوينات بين هذين التاريخين فقط</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file will NOT be encrypted. Anyone who can open it can read every entry in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>لن يكون هذا الملف مشفّرًا. أي شخص يستطيع فتحه يمكنه قراءة كل التدوينات فيه. احفظه في مكان خاص، واحذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I understand that this file will not be encrypted</source>
        <translation>أفهم أن هذا الملف لن يكون مشفّرًا</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/commands.py" line="+66"/>
        <source>A guest session keeps nothing on this computer.</source>
        <translation>جلسة الضيف لا تحفظ شيئًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So there are no backups, and nothing to merge into. To keep what you wrote, save an encrypted copy.</source>
        <translation>لذلك لا توجد نسخ احتياطية، ولا شيء للدمج فيه. للاحتفاظ بما كتبته، احفظ نسخة مشفّرة.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+14"/>
        <source>&amp;Export…</source>
        <translation>&amp;صدّر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>است&amp;يراد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge another journal…</source>
        <translation>ا&amp;دمج يوميات أخرى…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+69"/>
        <source>Choose where the new folder goes</source>
        <translation>اختر مكان المجلد الجديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal {date}</source>
        <translation>اليوميات ⁨{date}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journal-{date}</source>
        <translation>يوميات-{date}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>My journal</source>
        <translation>يومياتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} to {last}</source>
        <translation>من ⁨{first}⁩ إلى ⁨{last}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation>⁨{count}⁩ تدوينات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood: {mood}</source>
        <translation>المزاج: ⁨{mood}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions: {names}</source>
        <translation>المشاعر: ⁨{names}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: {names}</source>
        <translation>الوسوم: ⁨{names}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries in these dates.</source>
        <translation>لا توجد تدوينات في هذه التواريخ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported to {path}.</source>
        <translation>صُدّرت إلى ⁨{path}⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {count} to {path}.</source>
        <translation>صُدّر ⁨{count}⁩ إلى ⁨{path}⁩.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="-50"/>
        <source>Your journal is back as it was on {date} ({count}). Unlock it with the passphrase or recovery code you used then.</source>
        <translation>عادت يومياتك كما كانت في ⁨{date}⁩ (⁨{count}⁩). افتح قفلها بعبارة المرور أو رمز الاسترداد الذي كنت تستخدمه حينها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal you had before was not deleted. It is kept in this folder: {path}</source>
        <translation>لم تُحذف اليوميات التي كانت لديك من قبل. إنها محفوظة في هذا المجلد: ⁨{path}⁩</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>Restore a backup</source>
        <translation>استعد نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That backup is no longer there, so nothing was changed. Unlock and choose another one from the list.</source>
        <translation>لم تعد تلك النسخة الاحتياطية موجودة، لذلك لم يتغير شيء. افتح القفل واختر نسخة أخرى من القائمة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring the backup from {date}…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية المؤرخة ⁨{date}⁩…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/damage_dialog.py" line="-228"/>
        <source>The small file that unlocks your journal (vault.header) looks damaged. Your passphrase is not the problem.</source>
        <translation>يبدو الملف الصغير الذي يفتح يومياتك (vault.header) تالفًا. المشكلة ليست في عبارة المرور.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal file (journal.db) is missing.</source>
        <translation>ملف اليوميات (journal.db) مفقود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file is cut short. This happens when it is copied or synced while open, or when the power goes off.</source>
        <translation>ملف اليوميات ناقص. يحدث هذا عندما يُنسخ أو يُزامَن وهو مفتوح، أو عند انقطاع الكهرباء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file does not hold a Companion journal.</source>
        <translation>ملف اليوميات لا يحتوي على يوميات Companion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file with your latest changes (journal.db-wal) is damaged in the middle, so recent changes could not be read safely.</source>
        <translation>الملف الذي فيه آخر تغييراتك (journal.db-wal) تالف في منتصفه، لذلك تعذّرت قراءة التغييرات الأخيرة بأمان.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is older than it should be: recent changes are missing. A file may have been lost, or an older copy put back.</source>
        <translation>ملف اليوميات أقدم مما ينبغي: تنقصه تغييرات حديثة. ربما ضاع ملف، أو أُعيدت نسخة أقدم إلى مكانها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is older than the file with its latest changes. An older copy may have been put back.</source>
        <translation>ملف اليوميات أقدم من الملف الذي فيه آخر تغييراته. ربما أُعيدت نسخة أقدم إلى مكانها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file and the file that unlocks it do not belong together.</source>
        <translation>ملف اليوميات والملف الذي يفتحه لا ينتميان إلى بعضهما.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the journal file failed their check.</source>
        <translation>أجزاء من ملف اليوميات لم تجتز الفحص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file could not be read with its key.</source>
        <translation>تعذّرت قراءة ملف اليوميات بمفتاحه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your journal&apos;s files failed a check.</source>
        <translation>لم تجتز ملفات يومياتك أحد الفحوص.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of the damaged files was put aside, untouched, in: {path}</source>
        <translation>وُضعت نسخة من الملفات التالفة جانبًا، دون أي تغيير، في: ⁨{path}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companion did not open or change the damaged files. If you restore a backup, they are moved aside into a folder next to the journal, never deleted.</source>
        <translation>لم يفتح Companion الملفات التالفة ولم يغيّرها. إذا استعدت نسخة احتياطية، تُنقل جانبًا إلى مجلد بجوار اليوميات، ولا تُحذف أبدًا.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+10"/>
        <source>Your journal needs attention</source>
        <translation>يومياتك تحتاج إلى انتباه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for a backup that checks out…</source>
        <translation>جارٍ البحث عن نسخة احتياطية سليمة…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the folder</source>
        <translation>ا&amp;عرض المجلد</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No backup that checks out was found. Keep the files as they are; a copy made elsewhere (a USB stick, another computer) may still help.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة. اترك الملفات كما هي؛ فقد تفيد نسخة صُنعت في مكان آخر (ذاكرة USB، حاسوب آخر).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The newest backup that checks out is from {date} ({count}). Restoring it brings your journal back as it was then.</source>
        <translation>أحدث نسخة احتياطية سليمة مؤرخة ⁨{date}⁩ (⁨{count}⁩). استعادتها تعيد يومياتك كما كانت حينها.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="-217"/>
        <source>(no words)</source>
        <translation>(بلا كلمات)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import entries</source>
        <translation>استيراد التدوينات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import entries from another app</source>
        <translation>استورد تدوينات من تطبيق آخر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+156"/>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Companion can bring in entries from Daylio (CSV or .daylio backup), Day One (JSON zip), jrnl (JSON), Diarium (JSON), Pixels (JSON) and its own JSON export. You will see what is in the file before anything is imported.</source>
        <translation>يستطيع Companion جلب التدوينات من Daylio (CSV أو نسخة .daylio)، وDay One (ملف zip بصيغة JSON)، وjrnl (JSON)، وDiarium (JSON)، وPixels (JSON)، ومن تصديره الخاص بصيغة JSON. سترى ما في الملف قبل استيراد أي شيء.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="-71"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="-135"/>
        <source>No file chosen yet.</source>
        <translation>لم يُختر أي ملف بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+4"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>ا&amp;ختر ملفًا…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find out from the file</source>
        <translation>اعرف ذلك من الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;type:</source>
        <translation>&amp;نوع الملف:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A few of the entries</source>
        <translation>بعض التدوينات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moods</source>
        <translation>الحالات المزاجية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file uses its own mood words. Choose the level each one should get here. “No mood” keeps the entry without a mood.</source>
        <translation>يستخدم هذا الملف كلماته الخاصة للمزاج. اختر المستوى الذي تأخذه كل كلمة هنا. «بلا مزاج» يُبقي التدوينة دون مزاج.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Entries that can&apos;t be imported</source>
        <translation>تدوينات يتعذّر استيرادها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the other entries and leave these out</source>
        <translation>استورد التدوينات الأخرى واترك هذه</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing. Everything is added in one step: if it stops, nothing is added.</source>
        <translation>جارٍ الاستيراد. يُضاف كل شيء في خطوة واحدة: إن توقف، لا يُضاف شيء.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file you imported is not encrypted. If you no longer need it, Companion can delete it now.</source>
        <translation>الملف الذي استوردته غير مشفّر. إن لم تعد بحاجة إليه، يستطيع Companion حذفه الآن.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete the file…</source>
        <translation>ا&amp;حذف الملف…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستورد</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the file to import</source>
        <translation>اختر الملف المراد استيراده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal exports (*.csv *.json *.zip *.daylio);;All files (*)</source>
        <translation>ملفات تصدير اليوميات (*.csv *.json *.zip *.daylio);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is a {format} file.</source>
        <translation>هذا ملف بصيغة ⁨{format}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New entries to import: {n}.</source>
        <translation>تدوينات جديدة للاستيراد: ⁨{n}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already in your journal, so skipped: {n}.</source>
        <translation>موجودة في يومياتك بالفعل، لذا تُتخطى: ⁨{n}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They run from {first} to {last}.</source>
        <translation>تمتد من ⁨{first}⁩ إلى ⁨{last}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New tags: {tags}.</source>
        <translation>وسوم جديدة: ⁨{tags}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import.</source>
        <translation>لا يوجد شيء جديد للاستيراد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No mood</source>
        <translation>بلا مزاج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{word}” ({count})</source>
        <translation>«⁨{word}⁩» (⁨{count}⁩)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level for the mood word {word}</source>
        <translation>مستوى كلمة المزاج ⁨{word}⁩</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>…and {n} more</source>
        <translation>…و⁨{n}⁩ أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} entries in the file can&apos;t be imported as they are (listed with where they are in the file and why). The rest can still come in.</source>
        <translation>⁨{n}⁩ من التدوينات في الملف يتعذّر استيرادها كما هي (مع موضعها في الملف والسبب). يمكن استيراد الباقي.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Imported: {count}.</source>
        <translation>استُورد: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in your journal, so not added again: {count}.</source>
        <translation>موجودة في يومياتك بالفعل، فلم تُضف مرة أخرى: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out because they couldn&apos;t be read: {count}. Everything else came in safely.</source>
        <translation>تُركت لأنه تعذّرت قراءتها: ⁨{count}⁩. كل ما عداها استُورد بأمان.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {name}?</source>
        <translation>أتحذف ⁨{name}⁩؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is overwritten and deleted. Copies elsewhere (a sync folder, a backup, the app you exported from) are not touched.</source>
        <translation>يُكتب فوق الملف ثم يُحذف. النسخ الموجودة في أماكن أخرى (مجلد مزامنة، نسخة احتياطية، التطبيق الذي صدّرت منه) لا تُمس.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the file</source>
        <translation>احذف الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>أبقِه</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was deleted.</source>
        <translation>حُذف الملف.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="-78"/>
        <source>The other copy had {count}.</source>
        <translation>كان في النسخة الأخرى ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added here: {count}.</source>
        <translation>أُضيف هنا: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated with a newer edit from the copy: {count}.</source>
        <translation>حُدّث بتعديل أحدث من النسخة: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Newer here, so kept as they are: {count}.</source>
        <translation>أحدث هنا، فبقيت كما هي: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already the same on both: {count}.</source>
        <translation>متطابقة في الاثنتين بالفعل: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on both computers, so both versions are kept side by side: {count}.</source>
        <translation>تغيّرت على الحاسوبين، فاحتُفظ بالنسختين جنبًا إلى جنب: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out because they couldn&apos;t be read: {count}.</source>
        <translation>تُركت لأنه تعذّرت قراءتها: ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted.</source>
        <translation>لم يُحذف شيء.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Merge another journal</source>
        <translation>ادمج يوميات أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the entries of an encrypted copy from another computer (a .companion file). Entries in both are matched: the newest edit is kept, and when both were changed, both versions are kept. Nothing is deleted.</source>
        <translation>اجلب تدوينات نسخة مشفّرة من حاسوب آخر (ملف .companion). تُطابَق التدوينات الموجودة في الاثنتين: يُحتفظ بأحدث تعديل، وإذا تغيّرت في الاثنتين يُحتفظ بالنسختين. لا يُحذف شيء.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That copy&apos;s passphrase</source>
        <translation>عبارة مرور تلك النسخة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That copy&apos;s &amp;passphrase:</source>
        <translation>&amp;عبارة مرور تلك النسخة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase the journal had when the copy was made. Its recovery code works too.</source>
        <translation>عبارة المرور التي كانت لليوميات عند إنشاء النسخة. رمز الاسترداد الخاص بها يعمل أيضًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Merge</source>
        <translation>ا&amp;دمج</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the other journal</source>
        <translation>اختر اليوميات الأخرى</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+149"/>
        <source>{name}: made {when}, {count}.</source>
        <translation>⁨{name}⁩: أُنشئت ⁨{when}⁩، ⁨{count}⁩.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the copy and merging…</source>
        <translation>جارٍ فتح النسخة ودمجها…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="-175"/>
        <location line="+9"/>
        <source>Open a journal from a file</source>
        <translation>افتح يوميات من ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an encrypted copy of a journal (a .companion file), for example one saved in a guest session or brought on a USB stick. It becomes the journal on this computer.</source>
        <translation>افتح نسخة مشفّرة من يوميات (ملف .companion)، مثل نسخة حُفظت في جلسة ضيف أو أُحضرت على ذاكرة USB. تصبح هي اليوميات على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+74"/>
        <source>The copy&apos;s passphrase</source>
        <translation>عبارة مرور النسخة</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+69"/>
        <source>Its &amp;passphrase:</source>
        <translation>&amp;عبارة المرور الخاصة بها:</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>I have its recovery code instead</source>
        <translation>لديّ رمز الاسترداد الخاص بها بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This computer already has a journal. It is not deleted: it is kept aside in a folder next to it, and the copy takes its place.</source>
        <translation>يوجد على هذا الحاسوب يوميات بالفعل. لن تُحذف: ستوضع جانبًا في مجلد بجوارها، وتحل النسخة محلها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put this copy in place of the journal on this computer</source>
        <translation>ضع هذه النسخة مكان اليوميات على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its &amp;recovery code:</source>
        <translation>رمز الا&amp;سترداد الخاص بها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy&apos;s recovery code</source>
        <translation>رمز استرداد النسخة</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose the journal file</source>
        <translation>اختر ملف اليوميات</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening the journal…</source>
        <translation>جارٍ فتح اليوميات…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/passphrase_inputs.py" line="+39"/>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارة مرور &amp;جديدة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase for the copy:</source>
        <translation>&amp;عبارة مرور النسخة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type it again:</source>
        <translation>ا&amp;كتبها مرة أخرى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>أظهر عبارة المرور</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Please use at least 8 characters. A few words you&apos;ll remember work well.</source>
        <translation>استخدم 8 أحرف على الأقل من فضلك. بضع كلمات ستتذكرها تفي بالغرض.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good. From now on this passphrase opens the journal.</source>
        <translation>جيد. من الآن فصاعدًا، تفتح عبارة المرور هذه اليوميات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good. You&apos;ll need this passphrase to open the copy.</source>
        <translation>جيد. ستحتاج إلى عبارة المرور هذه لفتح النسخة.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="-89"/>
        <location line="+9"/>
        <source>Save an encrypted copy</source>
        <translation>احفظ نسخة مشفّرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what you wrote in this session as one encrypted file, for example on a USB stick. On your own computer, open it with “Open a journal from a file…”. Nothing else from this session is kept on this computer.</source>
        <translation>احتفظ بما كتبته في هذه الجلسة في ملف واحد مشفّر، مثلًا على ذاكرة USB. على حاسوبك، افتحه باستخدام «افتح يوميات من ملف…». لا يُحفظ أي شيء آخر من هذه الجلسة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No place chosen yet.</source>
        <translation>لم يُختر أي مكان بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a place…</source>
        <translation>ا&amp;ختر مكانًا…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save the copy</source>
        <translation>ا&amp;حفظ النسخة</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Where should the copy go?</source>
        <translation>أين تريد حفظ النسخة؟</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>my-journal-{date}</source>
        <translation>يومياتي-{date}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Encrypting and saving the copy…</source>
        <translation>جارٍ تشفير النسخة وحفظها…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: {count}, encrypted, in {path}. Open it with the passphrase you just chose.</source>
        <translation>حُفظ: ⁨{count}⁩، مشفّرًا، في ⁨{path}⁩. افتحه بعبارة المرور التي اخترتها للتو.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you ever forget that passphrase, this recovery code opens the copy. Write it down now; it is shown only once:</source>
        <translation>إذا نسيت عبارة المرور هذه يومًا، فرمز الاسترداد هذا يفتح النسخة. اكتبه الآن؛ لن يُعرض إلا مرة واحدة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery code for the copy: {code}</source>
        <translation>رمز استرداد النسخة: ⁨{code}⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/place_dialog.py" line="-71"/>
        <source>Home folder</source>
        <translation>المجلد الشخصي</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type where it goes, or pick a place below (a USB stick shows up there). Nothing about this choice is remembered.</source>
        <translation>اكتب المكان، أو اختر مكانًا أدناه (تظهر ذاكرة USB هناك). لا يُحفظ أي شيء عن هذا الاختيار.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full path</source>
        <translation>المسار الكامل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Path:</source>
        <translation>ال&amp;مسار:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or pick a pla&amp;ce:</source>
        <translation>أو اختر م&amp;كانًا:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save here</source>
        <translation>احفظ هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this folder</source>
        <translation>اختر هذا المجلد</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please choose a place.</source>
        <translation>اختر مكانًا من فضلك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That folder isn&apos;t there. Choose a place from the list.</source>
        <translation>هذا المجلد غير موجود. اختر مكانًا من القائمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file with that name.</source>
        <translation>لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no folder with that name.</source>
        <translation>لا يوجد مجلد بهذا الاسم.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../companion/ui/vault/change_passphrase_dialog.py" line="+36"/>
        <source>Companion — Change passphrase</source>
        <translation>Companion — تغيير عبارة المرور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your passphrase</source>
        <translation>غيّر عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries stay as they are. Your recovery code keeps working with the new passphrase.</source>
        <translation>تبقى تدويناتك كما هي. يظل رمز الاسترداد يعمل مع عبارة المرور الجديدة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+174"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+1"/>
        <source>Type the new passphrase again</source>
        <translation>اكتب عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../companion/ui/vault/first_run.py" line="+83"/>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+77"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+85"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>غيّر عبارة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+7"/>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+6"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please type your current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية من فضلك.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changing your passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That isn&apos;t your current passphrase. Check Caps Lock and try again — nothing was changed.</source>
        <translation>هذه ليست عبارة المرور الحالية. تحقّق من مفتاح Caps Lock وحاول مرة أخرى — لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/first_run.py" line="+52"/>
        <location filename="../../companion/ui/vault/guest_welcome.py" line="+44"/>
        <source>Welcome to Companion</source>
        <translation>أهلًا بك في Companion</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Everything you write stays on this computer, encrypted with your passphrase. There is no account and no internet connection, so nobody else can read it.</source>
        <translation>كل ما تكتبه يبقى على هذا الحاسوب، مشفّرًا بعبارة المرور الخاصة بك. لا يوجد حساب ولا اتصال بالإنترنت، فلا يستطيع أحد غيرك قراءته.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What Companion keeps private</source>
        <translation>ما يحفظه Companion خاصًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You&apos;ll type it each time you open your journal. Make it at least 8 characters; a short sentence or a few words is easier to remember than a jumble of symbols.</source>
        <translation>ستكتبها في كل مرة تفتح فيها يومياتك. اجعلها 8 أحرف على الأقل؛ جملة قصيرة أو بضع كلمات أسهل في التذكّر من خليط من الرموز.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-62"/>
        <location line="+22"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type it again to be sure</source>
        <translation>اكتبها مرة أخرى للتأكد</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Create my journal</source>
        <translation>أنشئ يومياتي</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-62"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Just trying it, or not your computer? Use Companion as a guest</source>
        <translation>تريد التجربة فقط، أو ليس هذا حاسوبك؟ استخدم Companion كضيف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already have a journal? Open a journal from a file…</source>
        <translation>لديك يوميات بالفعل؟ افتح يوميات من ملف…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Creating your journal… this takes a moment.</source>
        <translation>جارٍ إنشاء يومياتك… يستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/guest_welcome.py" line="+2"/>
        <source>Use Companion as a guest</source>
        <translation>استخدم Companion كضيف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest session keeps nothing on this computer. What you write stays in memory, encrypted, and is erased when you end the session or close Companion.</source>
        <translation>جلسة الضيف لا تحفظ شيئًا على هذا الحاسوب. ما تكتبه يبقى في الذاكرة، مشفّرًا، ويُمحى عندما تنهي الجلسة أو تغلق Companion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before you leave you can save an encrypted copy to a USB stick or another place you choose, and open it at home as your own journal.</source>
        <translation>قبل أن تغادر يمكنك حفظ نسخة مشفّرة على ذاكرة USB أو في مكان آخر تختاره، وفتحها في بيتك كيومياتك الخاصة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a shared computer, so every session here is a guest session.</source>
        <translation>هذا حاسوب مشترك، لذا كل جلسة هنا جلسة ضيف.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal that is already on this computer stays locked; a guest session cannot see it.</source>
        <translation>تبقى اليوميات الموجودة على هذا الحاسوب مقفلة؛ لا تستطيع جلسة الضيف رؤيتها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What a guest session keeps</source>
        <translation>ما تحفظه جلسة الضيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Start a guest session</source>
        <translation>ابدأ جلسة ضيف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-12"/>
        <source>Companion — Locked</source>
        <translation>Companion — مقفل</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your journal is locked</source>
        <translation>يومياتك مقفلة</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Not your journal? Use Companion as a guest</source>
        <translation>ليست يومياتك؟ استخدم Companion كضيف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a journal from a file…</source>
        <translation>افتح يوميات من ملف…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type your passphrase to open your journal.</source>
        <translation>اكتب عبارة المرور لفتح يومياتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock message</source>
        <translation>رسالة فتح القفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>افتح القفل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use recovery code instead</source>
        <translation>استخدم رمز الاسترداد بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Use your recovery code</source>
        <translation>استخدم رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the recovery code you saved when you created your journal, then choose a new passphrase. Your entries stay as they are.</source>
        <translation>اكتب رمز الاسترداد الذي حفظته عند إنشاء يومياتك، ثم اختر عبارة مرور جديدة. تبقى تدويناتك كما هي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location filename="../../companion/ui/vault/recovery_code_dialog.py" line="+91"/>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recovery message</source>
        <translation>رسالة الاسترداد</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Unlock and set new passphrase</source>
        <translation>افتح القفل وعيّن عبارة مرور جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to passphrase</source>
        <translation>عودة إلى عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="-51"/>
        <source>An old copy of your journal&apos;s key file (from a backup, a sync folder&apos;s history or a USB stick) can still open today&apos;s journal with the passphrase or recovery code it was made with. Locking out old copies gives your journal a new key, so those old key files stop working on it. Your entries stay as they are. You get a new recovery code; the old one stops working. Backups made before now still open with the passphrase they were made with.</source>
        <translation>ما زالت نسخة قديمة من ملف مفتاح يومياتك (من نسخة احتياطية، أو من سجل مجلد مزامنة، أو من ذاكرة USB) قادرة على فتح يوميات اليوم بعبارة المرور أو رمز الاسترداد الذي أُنشئت به. منع النسخ القديمة يمنح يومياتك مفتاحًا جديدًا، فتتوقف ملفات المفاتيح القديمة تلك عن العمل معها. تبقى تدويناتك كما هي. ستحصل على رمز استرداد جديد، ويتوقف القديم عن العمل. النسخ الاحتياطية التي أُنشئت قبل الآن تُفتح كما كانت بعبارة المرور التي أُنشئت بها.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Companion — Lock out old copies</source>
        <translation>Companion — منع النسخ القديمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Lock out old copies</source>
        <translation>امنع النسخ القديمة</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>About locking out old copies</source>
        <translation>عن منع النسخ القديمة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock out old copies now</source>
        <translation>امنع النسخ القديمة الآن</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+68"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+42"/>
        <source>Please type your passphrase.</source>
        <translation>اكتب عبارة المرور من فضلك.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Giving your journal a new key…</source>
        <translation>جارٍ منح يومياتك مفتاحًا جديدًا…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That isn&apos;t your passphrase. Check Caps Lock and try again — nothing was changed.</source>
        <translation>هذه ليست عبارة المرور. تحقّق من مفتاح Caps Lock وحاول مرة أخرى — لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+6"/>
        <source>Opening your journal…</source>
        <translation>جارٍ فتح يومياتك…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please type your recovery code.</source>
        <translation>اكتب رمز الاسترداد من فضلك.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking your recovery code…</source>
        <translation>جارٍ التحقق من رمز الاسترداد…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="-95"/>
        <source>Your journal locked before you confirmed saving your new recovery code. Your passphrase still opens it. If you didn&apos;t keep the new code, unlock and choose More, then Make a new recovery code, to get another one.</source>
        <translation>أُقفلت يومياتك قبل أن تؤكد حفظ رمز الاسترداد الجديد. عبارة المرور ما زالت تفتحها. إن لم تحتفظ بالرمز الجديد، فافتح القفل واختر «المزيد» ثم «أنشئ رمز استرداد جديدًا» لتحصل على رمز آخر.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Companion — Make a new recovery code</source>
        <translation>Companion — إنشاء رمز استرداد جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Make a new recovery code</source>
        <translation>أنشئ رمز استرداد جديدًا</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lost your recovery code? You can make a new one. Your current code will stop working, and the new code is shown straight away so you can save it. Your passphrase and your entries stay as they are.</source>
        <translation>أضعت رمز الاسترداد؟ يمكنك إنشاء رمز جديد. سيتوقف رمزك الحالي عن العمل، ويُعرض الرمز الجديد فورًا لتحفظه. تبقى عبارة المرور وتدويناتك كما هي.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About a new recovery code</source>
        <translation>عن رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="-95"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+1"/>
        <source>Your passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+6"/>
        <source>Make a new code</source>
        <translation>أنشئ رمزًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+20"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+13"/>
        <source>Type your passphrase to go on</source>
        <translation>اكتب عبارة المرور للمتابعة</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+52"/>
        <source>Making your new recovery code…</source>
        <translation>جارٍ إنشاء رمز الاسترداد الجديد…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That isn&apos;t your passphrase. Check Caps Lock and try again — nothing was changed, and your current recovery code still works.</source>
        <translation>هذه ليست عبارة المرور. تحقّق من مفتاح Caps Lock وحاول مرة أخرى — لم يتغير شيء، وما زال رمز الاسترداد الحالي يعمل.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Companion — Your new recovery code</source>
        <translation>Companion — رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new recovery code</source>
        <translation>رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your old recovery code no longer works. Keep this new one instead.</source>
        <translation>رمز الاسترداد القديم لم يعد يعمل. احتفظ بهذا الرمز الجديد بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/passphrase_field.py" line="+49"/>
        <source>Caps Lock seems to be on.</source>
        <translation>يبدو أن مفتاح Caps Lock مفعّل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock hint</source>
        <translation>تنبيه Caps Lock</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide {name}</source>
        <translation>أخفِ ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show {name}</source>
        <translation>أظهر ⁨{name}⁩</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/passphrase_form.py" line="+33"/>
        <source>Strength: just starting</source>
        <translation>القوة: في البداية</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Strength: easy to guess</source>
        <translation>القوة: سهلة التخمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: a good start</source>
        <translation>القوة: بداية جيدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair</source>
        <translation>القوة: مقبولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>القوة: قوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: very strong</source>
        <translation>القوة: قوية جدًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please use at least 8 characters. A short sentence works well.</source>
        <translation>استخدم 8 أحرف على الأقل من فضلك. جملة قصيرة تفي بالغرض.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This would be easy to guess. A few unrelated words make a strong, memorable passphrase.</source>
        <translation>سيكون هذا سهل التخمين. بضع كلمات لا رابط بينها تصنع عبارة مرور قوية وسهلة التذكّر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A good start. Adding another word or two would make it much stronger.</source>
        <translation>بداية جيدة. إضافة كلمة أو كلمتين ستجعلها أقوى بكثير.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair. One more word, or a less common one, would help.</source>
        <translation>مقبولة. كلمة أخرى، أو كلمة أقل شيوعًا، ستساعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong. Keep it somewhere only you can find.</source>
        <translation>قوية. احفظها في مكان لا يعرفه أحد سواك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong. Keep it somewhere only you can find.</source>
        <translation>قوية جدًا. احفظها في مكان لا يعرفه أحد سواك.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please use at least 8 characters. A few words you&apos;ll remember work well, for example three unrelated words.</source>
        <translation>استخدم 8 أحرف على الأقل من فضلك. بضع كلمات ستتذكرها تفي بالغرض، مثلًا ثلاث كلمات لا رابط بينها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases don&apos;t match yet. Please type the same one twice.</source>
        <translation>عبارتا المرور غير متطابقتين بعد. اكتب العبارة نفسها مرتين من فضلك.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase advice</source>
        <translation>نصيحة بشأن عبارة المرور</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A few unrelated words you&apos;ll remember make a good passphrase.</source>
        <translation>بضع كلمات لا رابط بينها وستتذكرها تصنع عبارة مرور جيدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: nothing typed yet</source>
        <translation>القوة: لم يُكتب شيء بعد</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/recovery_code_dialog.py" line="-59"/>
        <source>If you forget your passphrase, this code is the only way back in. Without both, nobody — not even us — can recover your journal. Save it to a file on a USB stick, print it, or write it down, and keep it somewhere private.</source>
        <translation>إذا نسيت عبارة المرور، فهذا الرمز هو الطريق الوحيد للعودة. من دونهما، لا يستطيع أحد — ولا حتى نحن — استعادة يومياتك. احفظه في ملف على ذاكرة USB، أو اطبعه، أو اكتبه، واحتفظ به في مكان خاص.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Companion recovery code</source>
        <translation>رمز استرداد Companion</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Companion — Your recovery code</source>
        <translation>Companion — رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Why the recovery code matters</source>
        <translation>لماذا رمز الاسترداد مهم</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save to a file…</source>
        <translation>احفظ في ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery code to a file</source>
        <translation>احفظ رمز الاسترداد في ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>اطبع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery code</source>
        <translation>اطبع رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing is not available on this computer.</source>
        <translation>الطباعة غير متاحة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>I have saved my recovery code</source>
        <translation>حفظت رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to my journal</source>
        <translation>تابع إلى يومياتي</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save your recovery code</source>
        <translation>احفظ رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to {name}. Keep that file somewhere private.</source>
        <translation>حُفظ في ⁨{name}⁩. احتفظ بهذا الملف في مكان خاص.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing is not available here. Please save or write the code down.</source>
        <translation>الطباعة غير متاحة هنا. احفظ الرمز أو اكتبه من فضلك.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please keep your recovery code first, then tick the box and choose Continue.</source>
        <translation>احتفظ برمز الاسترداد أولًا من فضلك، ثم حدّد المربع واختر «متابعة».</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../companion/ui/journal/vocabulary_words.py" line="+24"/>
        <source>calm</source>
        <translation>هدوء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content</source>
        <translation>رضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grateful</source>
        <translation>امتنان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hopeful</source>
        <translation>أمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proud</source>
        <translation>فخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excited</source>
        <translation>حماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loved</source>
        <translation>الشعور بالمحبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relieved</source>
        <translation>ارتياح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peaceful</source>
        <translation>سكينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>motivated</source>
        <translation>حافز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nostalgic</source>
        <translation>حنين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tired</source>
        <translation>تعب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bored</source>
        <translation>ملل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confused</source>
        <translation>حيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numb</source>
        <translation>خدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restless</source>
        <translation>تململ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anxious</source>
        <translation>قلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stressed</source>
        <translation>توتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelmed</source>
        <translation>إنهاك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scared</source>
        <translation>خوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sad</source>
        <translation>حزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lonely</source>
        <translation>وحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disappointed</source>
        <translation>خيبة أمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guilty</source>
        <translation>شعور بالذنب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ashamed</source>
        <translation>خزي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embarrassed</source>
        <translation>إحراج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jealous</source>
        <translation>غيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irritable</source>
        <translation>ضيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrated</source>
        <translation>إحباط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angry</source>
        <translation>غضب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>work</source>
        <translation>عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study</source>
        <translation>دراسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise</source>
        <translation>رياضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family</source>
        <translation>عائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friends</source>
        <translation>أصدقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>music</source>
        <translation>موسيقى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking</source>
        <translation>طبخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chores</source>
        <translation>أعمال المنزل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gaming</source>
        <translation>ألعاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>travel</source>
        <translation>سفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slept well</source>
        <translation>نمت جيدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drank water</source>
        <translation>شربت الماء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved my body</source>
        <translation>حرّكت جسمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time outside</source>
        <translation>وقت في الخارج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>talked to someone</source>
        <translation>تحدثت مع أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rested</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen break</source>
        <translation>استراحة من الشاشات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journaled</source>
        <translation>كتبت يومياتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breathing exercise</source>
        <translation>تمرين تنفس</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../companion/ui/widgets/busy.py" line="+19"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets/chip_picker.py" line="+76"/>
        <source>{noun}: {name}</source>
        <extracomment>A chip read aloud: {noun} says what it is (&quot;Emotion&quot;, &quot;Tag&quot;), {name} is its word.</extracomment>
        <translation>⁨{noun}⁩: ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Find or add {noun}…</source>
        <extracomment>{noun} is what one chip is, in lower case (&quot;emotion&quot;, &quot;tag&quot;).</extracomment>
        <translation>ابحث أو أضف (⁨{noun}⁩)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter. Enter chooses the first match or adds a new one. Down arrow moves to the choices.</source>
        <translation>اكتب للتصفية. يختار Enter أول تطابق أو يضيف عنصرًا جديدًا. سهم لأسفل ينقلك إلى الخيارات.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find {noun}…</source>
        <translation>ابحث (⁨{noun}⁩)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter. Enter chooses the first match. Down arrow moves to the choices.</source>
        <translation>اكتب للتصفية. يختار Enter أول تطابق. سهم لأسفل ينقلك إلى الخيارات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find {noun}</source>
        <translation>ابحث (⁨{noun}⁩)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add new {noun} to</source>
        <translation>أضف عنصرًا جديدًا (⁨{noun}⁩) إلى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>أضف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {noun}</source>
        <translation>أضف (⁨{noun}⁩)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing matches.</source>
        <translation>لا شيء يطابق.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Chosen: {names}</source>
        <translation>المختار: ⁨{names}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: none chosen</source>
        <translation>المختار: لم يُختر شيء</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets/markdown_view.py" line="+35"/>
        <source>Entry preview</source>
        <translation>معاينة التدوينة</translation>
    </message>
</context>
</TS>
