<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Status: machine-assisted translation, drafted with an AI assistant from the English source (December 2026); not yet reviewed by a native speaker. How translations are made and reviewed: docs/translating.md -->
<TS version="2.1" language="es">
<context>
    <name>Help</name>
    <message>
        <location filename="../../companion/ui/help/access.py" line="+178"/>
        <source>Get help now (F1)</source>
        <translation>Pedir ayuda ahora (F1)</translation>
    </message>
    <message>
        <location filename="../../companion/selftest/checks/language.py" line="+37"/>
        <location filename="../../companion/selftest/checks/screens.py" line="+65"/>
        <location filename="../../companion/ui/help/access.py" line="+2"/>
        <location filename="../../companion/ui/help/panel.py" line="+76"/>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/access.py" line="+1"/>
        <source>Open help and crisis lines (shortcut: F1)</source>
        <translation>Abrir la ayuda y las líneas de crisis (atajo: F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the list of helplines for your country. Shortcut F1.</source>
        <translation>Abre la lista de líneas de ayuda de tu país. Atajo: F1.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/banner.py" line="+67"/>
        <location filename="../../companion/ui/help/service_card.py" line="+188"/>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>In an emergency in {country}, call</source>
        <translation>En una emergencia en {country}, llama al</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The emergency number in Europe, India and many other countries. Elsewhere most mobile phones connect it to local emergency services too, but not everywhere, and not from a landline.</source>
        <translation>El número de emergencias en Europa, la India y muchos otros países. En otros lugares la mayoría de los móviles también lo conectan con los servicios de emergencia locales, pero no en todas partes, ni desde un teléfono fijo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The emergency number in the United States, Canada, Mexico, the Philippines and some other countries. Many mobile phones connect it elsewhere too, but not everywhere.</source>
        <translation>El número de emergencias en Estados Unidos, Canadá, México, Filipinas y algunos otros países. Muchos móviles también lo conectan en otros lugares, pero no en todas partes.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+37"/>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Emergency number in {country}</source>
        <translation>Número de emergencias en {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Call {number}</source>
        <translation>Llamar al {number}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Call emergency services {number}</source>
        <translation>Llamar a emergencias: {number}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Call emergency number {number}</source>
        <translation>Llamar al número de emergencias {number}</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../companion/ui/help/sections.py" line="+174"/>
        <location filename="../../companion/ui/help/wording.py" line="+189"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/controls.py" line="+55"/>
        <location line="+198"/>
        <source>Help for</source>
        <translation>Ayuda para</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+91"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Type or choose a country</source>
        <translation>Escribe o elige un país</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search help in every country</source>
        <translation>Buscar ayuda en todos los países</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every country…</source>
        <translation>Buscar en todos los países…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: young people, text, Spanish</source>
        <translation>Por ejemplo: jóvenes, mensajes, español</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show only:</source>
        <translation>Mostrar solo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/service_card.py" line="+37"/>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/service_card.py" line="+43"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/service_card.py" line="+9"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only services you can reach by {channel}</source>
        <translation>Mostrar solo servicios a los que puedes llegar por {channel}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only services open now</source>
        <translation>Mostrar solo servicios abiertos ahora</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type your country</source>
        <translation>Escribe tu país</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>We couldn&apos;t find a country called “{text}”. The numbers shown are still for {country}. Try the country&apos;s name in English or your language, or its two-letter code.</source>
        <translation>No encontramos ningún país llamado «{text}». Los números que ves siguen siendo de {country}. Prueba con el nombre del país en inglés o en tu idioma, o con su código de dos letras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We couldn&apos;t find a country called “{text}”. Try the country&apos;s name in English or your language, or its two-letter code.</source>
        <translation>No encontramos ningún país llamado «{text}». Prueba con el nombre del país en inglés o en tu idioma, o con su código de dos letras.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Which country are you in?</source>
        <translation>¿En qué país estás?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/panel.py" line="-1"/>
        <source>Get help now — Companion</source>
        <translation>Pedir ayuda ahora — Companion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Help and crisis lines</source>
        <translation>Ayuda y líneas de crisis</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>We don&apos;t have emergency numbers for {country} yet. From a mobile phone, try:</source>
        <translation>Todavía no tenemos números de emergencia para {country}. Desde un móvil, prueba:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In an emergency, if you don&apos;t know the local number, try these. Choose your country above for its own numbers.</source>
        <translation>En una emergencia, si no conoces el número local, prueba estos. Elige tu país arriba para ver sus propios números.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>We don&apos;t have a list for {country} yet.</source>
        <translation>Todavía no tenemos una lista para {country}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing matches these filters. Try removing one.</source>
        <translation>Nada coincide con estos filtros. Prueba a quitar uno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No services listed.</source>
        <translation>No hay servicios en la lista.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/qr_code.py" line="+73"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>QR code for {name}</source>
        <translation>Código QR de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to call {number}</source>
        <translation>Escanéalo con la cámara del móvil para llamar al {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close QR code</source>
        <translation>Cerrar el código QR</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/sections.py" line="-48"/>
        <source>Help that works from anywhere</source>
        <translation>Ayuda que funciona desde cualquier lugar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other emergency numbers</source>
        <translation>Otros números de emergencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>call</source>
        <translation>llamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>enviar mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat with online</source>
        <translation>chatear en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>escribir por correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit online</source>
        <translation>visitar en línea</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 result in every country</source>
        <translation>1 resultado en todos los países</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results in every country</source>
        <translation>
            <numerusform>%n resultado en todos los países</numerusform>
            <numerusform>%n resultados en todos los países</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — services you can {ways}</source>
        <translation> — servicios a los que puedes {ways}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — {country} first</source>
        <translation> — primero {country}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/service_card.py" line="-143"/>
        <source>Cost: {text}</source>
        <translation>Coste: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy: {text}</source>
        <translation>Privacidad: {text}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../companion/ui/help/wording.py" line="-50"/>
        <source>your organisation</source>
        <translation>tu organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/wording.py" line="+1"/>
        <source>Added by {who}</source>
        <translation>Añadido por {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For: {who}</source>
        <translation>Para: {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Languages: {names}</source>
        <translation>Idiomas: {names}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone number for {who}: {number}</source>
        <translation>Teléfono de {who}: {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call {who}</source>
        <translation>Llamar a {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+157"/>
        <source>Copy number</source>
        <translation>Copiar el número</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Copy number for {who}</source>
        <translation>Copiar el número de {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Show QR code</source>
        <translation>Mostrar código QR</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Show QR code for {who}</source>
        <translation>Mostrar el código QR de {who}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text {keyword} to {number}</source>
        <translation>Envía {keyword} al {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text {number}</source>
        <translation>Enviar un mensaje al {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text {who}</source>
        <translation>Enviar un mensaje a {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan with your phone&apos;s camera to text {keyword} to {number}</source>
        <translation>Escanéalo con la cámara del móvil para enviar {keyword} al {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan with your phone&apos;s camera to text {number}</source>
        <translation>Escanéalo con la cámara del móvil para enviar un mensaje al {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show QR code to text {who}</source>
        <translation>Mostrar el código QR para enviar un mensaje a {who}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hours: {hours}</source>
        <translation>Horario: {hours}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat with {name}</source>
        <translation>Chatear con {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Website of {name}</source>
        <translation>Sitio web de {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email {name}</source>
        <translation>Escribir a {name}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/wording.py" line="-115"/>
        <source>Emergency services</source>
        <translation>Servicios de emergencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis lines — someone to talk to now</source>
        <translation>Líneas de crisis: alguien con quien hablar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online counselling</source>
        <translation>Atención psicológica en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local organisations and clinics</source>
        <translation>Organizaciones y centros locales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer and community support</source>
        <translation>Apoyo entre iguales y comunitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Educational sites and apps</source>
        <translation>Sitios y aplicaciones informativos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee assistance</source>
        <translation>Asistencia para empleados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines for particular people</source>
        <translation>Líneas para personas concretas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free call</source>
        <translation>Llamada gratuita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay for this call at your normal rate</source>
        <translation>Pagas esta llamada a tu tarifa normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay for this call; it may cost more than a normal call</source>
        <translation>Pagas esta llamada; puede costar más que una llamada normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium-rate number: this call costs more than a normal call</source>
        <translation>Número de tarificación especial: esta llamada cuesta más que una llamada normal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer can&apos;t make calls — dial it on a phone or scan the code</source>
        <translation>Este ordenador no puede hacer llamadas: marca el número en un teléfono o escanea el código</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer can&apos;t make calls — dial {number} on any phone.</source>
        <translation>Este ordenador no puede hacer llamadas: marca el {number} en cualquier teléfono.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer can&apos;t send texts — text from a phone or scan the code</source>
        <translation>Este ordenador no puede enviar mensajes: envíalo desde un teléfono o escanea el código</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied {number}. Paste it where you need it.</source>
        <translation>{number} copiado. Pégalo donde lo necesites.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a public helpline dataset</source>
        <translation>un conjunto público de datos de líneas de ayuda</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Checked {date} against Android&apos;s emergency-number list and libphonenumber</source>
        <translation>Comprobado el {date} con la lista de números de emergencia de Android y libphonenumber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked {date} against {source}</source>
        <translation>Comprobado el {date} con {source}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {name}</source>
        <translation>Fuente: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, dated {date}</source>
        <translation>, con fecha {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (and 1 other source)</source>
        <translation> (y 1 fuente más)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>We could not fully confirm the opening hours.</source>
        <translation>No hemos podido confirmar del todo el horario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We could not fully confirm this.</source>
        <translation>No hemos podido confirmar esto del todo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{city} time</source>
        <translation>hora de {city}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>● Open now</source>
        <translation>● Abierto ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ Closed now</source>
        <translation>○ Cerrado ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t tell if open now — see the hours</source>
        <translation>No sabemos si está abierto ahora: consulta el horario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours not listed</source>
        <translation>Horario no indicado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>24 hours, every day</source>
        <translation>24 horas, todos los días</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/self_care.py" line="+45"/>
        <location line="+5"/>
        <source>Things that may help right now</source>
        <translation>Cosas que pueden ayudar ahora mismo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sorry, “{name}” could not be opened just now.</source>
        <translation>Lo sentimos, ahora mismo no se ha podido abrir «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n. Add a word to narrow it.</source>
        <translation>
            <numerusform>Se muestra el primero. Añade una palabra para acotar.</numerusform>
            <numerusform>Se muestran los primeros %n. Añade una palabra para acotar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n other sources)</source>
        <translation>
            <numerusform> (y %n fuente más)</numerusform>
            <numerusform> (y %n fuentes más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../companion/ui/insights/chart_panel.py" line="+63"/>
        <location line="+65"/>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Show {chart} as a table</source>
        <translation>Mostrar {chart} como tabla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export {chart} as a PNG picture</source>
        <translation>Exportar {chart} como imagen PNG</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{chart}, as a table</source>
        <translation>{chart}, como tabla</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show as chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The picture could not be made.</source>
        <translation>No se pudo crear la imagen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/page.py" line="+125"/>
        <location line="+21"/>
        <source>Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for my clinician…</source>
        <translation>Informe para mi profesional…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a report for my clinician</source>
        <translation>Crear un informe para mi profesional de salud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patterns in your own entries and check-ins. They describe your days; they are not a diagnosis.</source>
        <translation>Patrones en tus propias entradas y registros. Describen tus días; no son un diagnóstico.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last &amp;7 days</source>
        <translation>Últimos &amp;7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;30 days</source>
        <translation>Últimos &amp;30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 &amp;months</source>
        <translation>Últimos 12 &amp;meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All time</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Insight views</source>
        <translation>Vistas de tendencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location filename="../../companion/ui/insights/present.py" line="+83"/>
        <source>Mood over time</source>
        <translation>Ánimo a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>Year in pixels</source>
        <translation>El año en píxeles</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../companion/ui/insights/present.py" line="+104"/>
        <source>Mood by weekday</source>
        <translation>Ánimo por día de la semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/insights/present.py" line="+2"/>
        <source>Mood by time of day</source>
        <translation>Ánimo por momento del día</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/insights/present.py" line="+40"/>
        <source>What goes with your mood</source>
        <translation>Qué acompaña a tu ánimo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <location filename="../../companion/ui/insights/present.py" line="+30"/>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Weekdays and times</source>
        <translation>Días de la semana y horas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What goes with mood</source>
        <translation>Qué acompaña al ánimo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year shown in pixels</source>
        <translation>Año mostrado en píxeles</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Looking through all your entries…</source>
        <translation>Revisando todas tus entradas…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/present.py" line="-213"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../companion/ui/insights/words.py" line="+47"/>
        <source>Average mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+101"/>
        <source>No moods in this range yet.</source>
        <translation>Todavía no hay estados de ánimo en este periodo.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No moods in this range yet. Moods you choose for your entries will show here.</source>
        <translation>Todavía no hay estados de ánimo en este periodo. Aquí aparecerán los que elijas para tus entradas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average mood {average} ({word}) over {days} with a mood.</source>
        <translation>Ánimo medio {average} ({word}) en {days} con estado de ánimo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day}: no mood</source>
        <translation>{day}: sin estado de ánimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}: {mood} (average {average}, {entries})</source>
        <extracomment>One day of the year in pixels: {day} a long date, {mood} a mood word, {average} a number, {entries} &quot;1 entry&quot; or &quot;3 entries&quot;.</extracomment>
        <translation>{day}: {mood} (media {average}, {entries})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Year in pixels {year}</source>
        <translation>El año en píxeles {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../companion/ui/insights/words.py" line="+34"/>
        <source>No mood</source>
        <translation>Sin estado de ánimo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} with a mood in {year}. Each square is a day; the number in it is the mood from 1 (Awful) to 5 (Great). Use the arrow keys to read each day.</source>
        <translation>{days} con estado de ánimo en {year}. Cada cuadrado es un día; su número es el ánimo, de 1 (Fatal) a 5 (Genial). Usa las flechas para leer cada día.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No moods in {year} yet.</source>
        <translation>Todavía no hay estados de ánimo en {year}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+12"/>
        <source>No moods yet</source>
        <translation>Todavía no hay estados de ánimo</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{average} · {amount}</source>
        <translation>{average} · {amount}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The average mood of each weekday; every day counts once.</source>
        <translation>El ánimo medio de cada día de la semana; cada día cuenta una vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The average mood of entries by the time they were written.</source>
        <translation>El ánimo medio de las entradas según la hora en que se escribieron.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{with_avg} with ({with_days}) · {without_avg} without ({without_days})</source>
        <translation>{with_avg} con ({with_days}) · {without_avg} sin ({without_days})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough days yet ({with_days} with, {without_days} without)</source>
        <translation>Todavía no hay suficientes días ({with_days} con, {without_days} sin)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No activities or check-ins in this range yet.</source>
        <translation>Todavía no hay actividades ni registros en este periodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average mood on your days with and without each activity or self-care action. These describe your days; they do not show causes. An average needs at least {days} on each side.</source>
        <translation>Ánimo medio en tus días con y sin cada actividad o acción de autocuidado. Describen tus días; no muestran causas. Una media necesita al menos {days} en cada lado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{entries} · {percent}%</source>
        <translation>{entries} · {percent}%</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>No emotions named in this range yet.</source>
        <translation>Todavía no has nombrado emociones en este periodo.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Emotions named in {entries} in this range.</source>
        <translation>Emociones nombradas en {entries} de este periodo.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/words.py" line="-64"/>
        <source>Awful</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Genial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night (midnight to 6)</source>
        <translation>Noche (de medianoche a las 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (6 to noon)</source>
        <translation>Mañana (de 6 a mediodía)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon (noon to 6)</source>
        <translation>Tarde (de mediodía a 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (6 to midnight)</source>
        <translation>Noche (de 6 a medianoche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with a mood</source>
        <translation>Días con estado de ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries with a mood</source>
        <translation>Entradas con estado de ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or action</source>
        <translation>Actividad o acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood with</source>
        <translation>Ánimo medio con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with</source>
        <translation>Días con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood without</source>
        <translation>Ánimo medio sin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without</source>
        <translation>Días sin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of entries (%)</source>
        <translation>Porcentaje de entradas (%)</translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n days)</source>
        <translation>
            <numerusform>Media móvil (%n día)</numerusform>
            <numerusform>Media móvil (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n weeks)</source>
        <translation>
            <numerusform>Media móvil (%n semana)</numerusform>
            <numerusform>Media móvil (%n semanas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n months)</source>
        <translation>
            <numerusform>Media móvil (%n mes)</numerusform>
            <numerusform>Media móvil (%n meses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../companion/ui/journal/calendar_view.py" line="+54"/>
        <source>no entries</source>
        <extracomment>Scripts whose weekday names read well cut to two letters (&quot;Mo&quot;, &quot;lu&quot;, &quot;Пн&quot;).</extracomment>
        <translation>sin entradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries</source>
        <extracomment>How many entries a calendar day has; %n is 2 or more.</extracomment>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries</source>
        <translation>Sin entradas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{date}, today, {entries}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many (&quot;3 entries&quot;).</extracomment>
        <translation>{date}, hoy, {entries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date}, {entries}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many (&quot;3 entries&quot;).</extracomment>
        <translation>{date}, {entries}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date}, today, {entries}, mood: {mood}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many, {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>{date}, hoy, {entries}, ánimo: {mood}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {entries}, mood: {mood}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many, {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>{date}, {entries}, ánimo: {mood}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{entries}. Mood: {mood}</source>
        <extracomment>A calendar day&apos;s tooltip: {entries} says how many (&quot;3 entries&quot;), {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>{entries}. Ánimo: {mood}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Re Pág)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (Av Pág)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Showing {month}</source>
        <extracomment>{month} is the month on screen, such as &quot;January 2026&quot;.</extracomment>
        <translation>Mostrando {month}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/entry_details.py" line="+31"/>
        <source>spent time outdoors</source>
        <translation>pasé tiempo al aire libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something creative</source>
        <translation>algo creativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ate a good meal</source>
        <translation>comí bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took my medication</source>
        <translation>tomé mi medicación</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Feelings and activities</source>
        <translation>Sentimientos y actividades</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activities and self-care</source>
        <translation>Actividades y autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Feeling {emotions}</source>
        <extracomment>{emotions} is a comma-separated list of the chosen feelings.</extracomment>
        <translation>Sintiendo {emotions}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none chosen yet</source>
        <translation>nada elegido todavía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide feelings and activities</source>
        <translation>Ocultar sentimientos y actividades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show feelings and activities</source>
        <translation>Mostrar sentimientos y actividades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feelings and activities — {summary}</source>
        <extracomment>{summary} is what was chosen (&quot;Feeling calm · Did work&quot;) or &quot;none chosen yet&quot;.</extracomment>
        <translation>Sentimientos y actividades: {summary}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen: {summary}</source>
        <translation>Elegido: {summary}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/entry_editor.py" line="+76"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Couldn&apos;t save — your text is still here</source>
        <translation>No se pudo guardar; tu texto sigue aquí</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date and time of the entry</source>
        <translation>Fecha y hora de la entrada</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Prompts</source>
        <translation>&amp;Sugerencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../companion/ui/journal/prompt_menu.py" line="+70"/>
        <source>Prompts and templates</source>
        <translation>Sugerencias y plantillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A writing prompt, or a daily reflection, gratitude or thought record added at the end of the entry</source>
        <translation>Una sugerencia para escribir, o una reflexión diaria, gratitud o registro de pensamientos añadido al final de la entrada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A writing prompt or a template (Alt+P)</source>
        <translation>Una sugerencia para escribir o una plantilla (Alt+P)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How are you feeling?</source>
        <translation>¿Cómo te sientes?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light Markdown works: *italic*, **bold**, - lists</source>
        <translation>Admite Markdown sencillo: *cursiva*, **negrita**, - listas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write anything you like. Light Markdown works: *italic*, **bold**, - lists.</source>
        <translation>Escribe lo que quieras. Admite Markdown sencillo: *cursiva*, **negrita**, - listas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview formatted text</source>
        <translation>Vista previa del texto con formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the text formatted (Ctrl+Shift+P)</source>
        <translation>Mostrar el texto con formato (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this entry to the trash</source>
        <translation>Mover esta entrada a la papelera</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Couldn&apos;t save — your text is still here. {reason}</source>
        <translation>No se pudo guardar; tu texto sigue aquí. {reason}</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>One entry holds up to {limit} characters and this one has {length}. Moving part of it into a new entry will let both save.</source>
        <translation>Una entrada admite hasta {limit} caracteres y esta tiene {length}. Si pasas una parte a una entrada nueva, podrás guardar las dos.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/main_pages.py" line="+19"/>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write an entry (Ctrl+N)</source>
        <translation>Escribir una entrada (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an entry</source>
        <translation>Escribir una entrada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing here yet. How are you today?</source>
        <translation>Aquí no hay nada todavía. ¿Cómo estás hoy?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a face to start an entry, or just write. Everything stays on this computer, encrypted.</source>
        <translation>Elige una cara para empezar una entrada, o simplemente escribe. Todo se queda en este ordenador, cifrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a face to start an entry, or just write. Nothing you write here is kept on this computer.</source>
        <translation>Elige una cara para empezar una entrada, o simplemente escribe. Nada de lo que escribas aquí se guarda en este ordenador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{greeting}. How are you today?</source>
        <extracomment>{greeting} is &quot;Good morning&quot;, &quot;Good afternoon&quot; or &quot;Good evening&quot;.</extracomment>
        <translation>{greeting}. ¿Cómo estás hoy?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a face to start a new entry, or choose one on the left.</source>
        <translation>Elige una cara para empezar una entrada nueva, o elige una a la izquierda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry moved to the trash.</source>
        <translation>Entrada movida a la papelera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry moved to the trash</source>
        <translation>Entrada movida a la papelera</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../companion/ui/journal/trash_view.py" line="+91"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the entry from the trash</source>
        <translation>Restaurar la entrada desde la papelera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/main_window.py" line="+131"/>
        <source>Companion journal</source>
        <translation>Diario de Companion</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Show all days</source>
        <translation>Mostrar todos los días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries from all days</source>
        <translation>Mostrar entradas de todos los días</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Calendar and entries</source>
        <translation>Calendario y entradas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Parts of Companion</source>
        <translation>Secciones de Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Empezar una entrada nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../companion/ui/journal/search_bar.py" line="+123"/>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Buscar en tu diario (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Bloquear el diario ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de acceso…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a &amp;new recovery code…</source>
        <translation>Crear un código de recuperación &amp;nuevo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock &amp;out old copies…</source>
        <translation>Bloquear las copias an&amp;tiguas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Companion</source>
        <translation>&amp;Acerca de Companion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Your latest changes couldn&apos;t be saved yet.</source>
        <translation>Todavía no se han podido guardar tus últimos cambios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you lock now, those changes will be lost. Everything saved before is safe.</source>
        <translation>Si bloqueas ahora, esos cambios se perderán. Todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock anyway</source>
        <translation>Bloquear de todos modos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Showing {date}</source>
        <extracomment>{date} is the day chosen in the calendar, as a long date.</extracomment>
        <translation>Mostrando {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No entries on this day.</source>
        <translation>No hay entradas este día.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries will appear here, newest first.</source>
        <translation>Tus entradas aparecerán aquí, las más recientes primero.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/mood_face.py" line="+19"/>
        <source>Awful</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Genial</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No mood</source>
        <translation>Sin estado de ánimo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/mood_picker.py" line="+39"/>
        <source>{mood}, chosen</source>
        <extracomment>{mood} is a mood word such as &quot;Okay&quot;.</extracomment>
        <translation>{mood}, elegido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{mood} (key {key})</source>
        <extracomment>{mood} is a mood word; {key} is the number key (1 to 5) that chooses it.</extracomment>
        <translation>{mood} (tecla {key})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Mood: {mood}</source>
        <translation>Ánimo: {mood}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood: not set</source>
        <translation>Ánimo: sin indicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five moods from awful to great. Arrow keys move, Space chooses, 1 to 5 choose directly, Delete clears.</source>
        <translation>Cinco estados de ánimo, de fatal a genial. Las flechas mueven, Espacio elige, del 1 al 5 eligen directamente y Supr borra.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/search_bar.py" line="-10"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+195"/>
        <source>Show search filters</source>
        <translation>Mostrar los filtros de búsqueda</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Only mood {mood}</source>
        <translation>Solo el ánimo {mood}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only entries with this activity or self-care</source>
        <translation>Solo entradas con esta actividad o autocuidado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only entries with this feeling</source>
        <translation>Solo entradas con este sentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;eeling</source>
        <translation>&amp;Sentimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit dates: from</source>
        <translation>Limitar fechas: desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit dates: to</source>
        <translation>Limitar fechas: hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Any activity or self-care</source>
        <translation>Cualquier actividad o autocuidado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any feeling</source>
        <translation>Cualquier sentimiento</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Hide search filters</source>
        <translation>Ocultar los filtros de búsqueda</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The From date is after the To date. Swap them to search.</source>
        <translation>La fecha «Desde» es posterior a la fecha «Hasta». Intercámbialas para buscar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date}, {time}</source>
        <extracomment>When a search result was written: {date} is a long date, {time} the time of day.</extracomment>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing found. Try fewer words or filters.</source>
        <translation>No se encontró nada. Prueba con menos palabras o filtros.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 entry found</source>
        <translation>1 entrada encontrada</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n+ entries found</source>
        <extracomment>%n is the most results shown; there may be more.</extracomment>
        <translation>
            <numerusform>%n+ entrada encontrada</numerusform>
            <numerusform>%n+ entradas encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries found</source>
        <translation>
            <numerusform>%n entrada encontrada</numerusform>
            <numerusform>%n entradas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search looks for words and numbers, so this shows 1 entry without searching the text.</source>
        <translation>La búsqueda se basa en palabras y números, así que esto muestra 1 entrada sin buscar en el texto.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Search looks for words and numbers, so this shows %n+ entries without searching the text.</source>
        <translation>
            <numerusform>La búsqueda se basa en palabras y números, así que esto muestra %n+ entrada sin buscar en el texto.</numerusform>
            <numerusform>La búsqueda se basa en palabras y números, así que esto muestra %n+ entradas sin buscar en el texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Search looks for words and numbers, so this shows %n entries without searching the text.</source>
        <translation>
            <numerusform>La búsqueda se basa en palabras y números, así que esto muestra %n entrada sin buscar en el texto.</numerusform>
            <numerusform>La búsqueda se basa en palabras y números, así que esto muestra %n entradas sin buscar en el texto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/search_results.py" line="+81"/>
        <source>{when}, mood {mood}: {title}. {snippet}</source>
        <extracomment>A search result read aloud: {when} is its date and time, {mood} a mood word, {title} the entry&apos;s title or first line, {snippet} the text around the match.</extracomment>
        <translation>{when}, ánimo {mood}: {title}. {snippet}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{when}: {title}. {snippet}</source>
        <extracomment>A search result read aloud: {when} is its date and time, {title} the entry&apos;s title or first line, {snippet} the text around the match.</extracomment>
        <translation>{when}: {title}. {snippet}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/timeline_view.py" line="+80"/>
        <source>Just a check-in</source>
        <translation>Solo un registro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}, mood {mood}, {title}, tags {tags}</source>
        <extracomment>A timeline entry read aloud: {time} is the time of day, {mood} a mood word, {title} the title or first line, {tags} a comma-separated list.</extracomment>
        <translation>{time}, ánimo {mood}, {title}, etiquetas {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, mood {mood}, {title}</source>
        <translation>{time}, ánimo {mood}, {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, no mood, {title}, tags {tags}</source>
        <translation>{time}, sin estado de ánimo, {title}, etiquetas {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, no mood, {title}</source>
        <translation>{time}, sin estado de ánimo, {title}</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Timeline of entries</source>
        <translation>Cronología de entradas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/trash_view.py" line="-40"/>
        <location line="+1"/>
        <location line="+9"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entries in the trash</source>
        <translation>Entradas en la papelera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in the trash. Entries you move here wait until you restore them.</source>
        <translation>No hay nada en la papelera. Las entradas que muevas aquí esperan hasta que las restaures.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the selected entry</source>
        <translation>Restaurar la entrada seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty trash, deleting its entries for good</source>
        <translation>Vaciar la papelera y borrar sus entradas para siempre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the trash</source>
        <translation>Cerrar la papelera</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{date} · {mood} — {title}</source>
        <extracomment>An entry in the trash: {date} is a long date, {mood} a mood word, {title} the title or first line.</extracomment>
        <translation>{date} · {mood} — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} — {title}</source>
        <translation>{date} — {title}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Entries here are not shown or searched. Restore one to bring it back.</source>
        <translation>Las entradas de aquí no se muestran ni se buscan. Restaura una para recuperarla.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete this entry for good?</source>
        <translation>¿Borrar esta entrada para siempre?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete these %n entries for good?</source>
        <translation>
            <numerusform>¿Borrar esta %n entrada para siempre?</numerusform>
            <numerusform>¿Borrar estas %n entradas para siempre?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This can&apos;t be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/prompt_menu.py" line="-1"/>
        <source>Prompts</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More &amp;prompts</source>
        <translation>Más &amp;sugerencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More writing prompts</source>
        <translation>Más sugerencias para escribir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing prompt</source>
        <translation>Sugerencia para escribir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{template}…</source>
        <extracomment>A template in the Prompts menu; &quot;…&quot; because it opens a form first.</extracomment>
        <translation>{template}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Today: {prompt}</source>
        <extracomment>The first item of the Prompts menu; {prompt} is a question such as &quot;What do you need more of this week?&quot;.</extracomment>
        <translation>Hoy: {prompt}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A feeling, such as worried</source>
        <translation>Un sentimiento, por ejemplo preocupación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: the feeling</source>
        <extracomment>{field} is the question, such as &quot;Emotion and how strong&quot;.</extracomment>
        <translation>{field}: el sentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Strength</source>
        <translation>&amp;Intensidad</translation>
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
        <translation>{field}: intensidad de 0 a 100</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Questions left empty are left out. Your answers are added at the end of the entry; nothing already written is changed.</source>
        <translation>Las preguntas vacías se omiten. Tus respuestas se añaden al final de la entrada; no se cambia nada de lo ya escrito.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add to entry</source>
        <translation>&amp;Añadir a la entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the answers to the entry</source>
        <translation>Añadir las respuestas a la entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/prompt_words.py" line="+18"/>
        <source>What is one small thing that went all right today?</source>
        <translation>¿Qué es algo pequeño que hoy salió bien?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does your body feel right now, from head to toe?</source>
        <translation>¿Cómo sientes ahora tu cuerpo, de la cabeza a los pies?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been on your mind most today?</source>
        <translation>¿Qué ha ocupado más tu mente hoy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you say to a friend who had the day you had?</source>
        <translation>¿Qué le dirías a una amistad que hubiera tenido un día como el tuyo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What gave you energy today, and what used it up?</source>
        <translation>¿Qué te dio energía hoy y qué te la quitó?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did you think about today, and why?</source>
        <translation>¿En quién pensaste hoy, y por qué?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is something you handled today, even if it was hard?</source>
        <translation>¿Qué has sabido llevar hoy, aunque fuera difícil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need more of this week?</source>
        <translation>¿Qué necesitas más esta semana?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there something you would like to put down for tonight?</source>
        <translation>¿Hay algo que te gustaría dejar a un lado por esta noche?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you notice today that you might usually miss?</source>
        <translation>¿Qué notaste hoy que normalmente se te pasaría por alto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What brings you comfort when things are heavy?</source>
        <translation>¿Qué te reconforta cuando las cosas pesan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would make tomorrow a little easier?</source>
        <translation>¿Qué haría que mañana fuera un poco más fácil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you last laugh or smile, and what was it about?</source>
        <translation>¿Cuándo fue la última vez que te reíste o sonreíste, y por qué?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe a place where you feel at ease.</source>
        <translation>Describe un lugar donde te sientas a gusto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily reflection</source>
        <translation>Reflexión diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few gentle questions to look back on the day.</source>
        <translation>Unas preguntas amables para repasar el día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today in a few words</source>
        <translation>El día de hoy en pocas palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>However it went, a few words are enough.</source>
        <translation>Haya ido como haya ido, unas pocas palabras bastan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went well, even a little</source>
        <translation>Lo que salió bien, aunque sea un poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small thing counts.</source>
        <translation>Algo pequeño también cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was hard</source>
        <translation>Lo que fue difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can name it without fixing it.</source>
        <translation>Puedes nombrarlo sin tener que arreglarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something kind I did for myself</source>
        <translation>Algo amable que hice por mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest counts too.</source>
        <translation>Descansar también cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something small to look forward to</source>
        <translation>Algo pequeño que me hace ilusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cup of tea is enough.</source>
        <translation>Una taza de té es suficiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three good things, large or small.</source>
        <translation>Tres cosas buenas, grandes o pequeñas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three good things</source>
        <translation>Tres cosas buenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One good thing</source>
        <translation>Una cosa buena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something that went well or made you smile.</source>
        <translation>Algo que salió bien o que te hizo sonreír.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another good thing</source>
        <translation>Otra cosa buena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small is fine: warm socks count.</source>
        <translation>Lo pequeño vale: unos calcetines calentitos cuentan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more</source>
        <translation>Una más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person, a place, a moment.</source>
        <translation>Una persona, un lugar, un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why these mattered</source>
        <translation>Por qué fueron importantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they say about what you value.</source>
        <translation>Lo que dicen de lo que valoras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thought record</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow a difficult thought down and look at it from more than one side.</source>
        <translation>Detén un momento un pensamiento difícil y míralo desde más de un lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where were you, what was happening?</source>
        <translation>¿Dónde estabas, qué estaba pasando?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thought that came up</source>
        <translation>El pensamiento que apareció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went through your mind?</source>
        <translation>¿Qué se te pasó por la cabeza?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion and how strong</source>
        <translation>Emoción e intensidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the feeling and rate it from 0 to 100.</source>
        <translation>Ponle nombre al sentimiento y puntúalo de 0 a 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What supports the thought</source>
        <translation>Lo que apoya el pensamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts, not guesses.</source>
        <translation>Hechos, no suposiciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does not fit the thought</source>
        <translation>Lo que no encaja con el pensamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you say to a friend who thought this?</source>
        <translation>¿Qué le dirías a una amistad que pensara esto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more balanced thought</source>
        <translation>Un pensamiento más equilibrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something kinder that is also true.</source>
        <translation>Algo más amable que también sea cierto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The emotion now</source>
        <translation>La emoción ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the same feeling again, from 0 to 100.</source>
        <translation>Vuelve a puntuar el mismo sentimiento, de 0 a 100.</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <location filename="../../companion/ui/learn/reader.py" line="+40"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/learn/window.py" line="+38"/>
        <source>1-minute read</source>
        <translation>Lectura de 1 minuto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n-minute read</source>
        <translation>
            <numerusform>Lectura de %n minuto</numerusform>
            <numerusform>Lectura de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need to talk to someone now? Press F1 or choose Get help now for helplines in your country. It works offline.</source>
        <translation>¿Necesitas hablar con alguien ahora? Pulsa F1 o elige «Pedir ayuda ahora» para ver líneas de ayuda de tu país. Funciona sin conexión.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The articles could not be found. Help is still one key away: F1.</source>
        <translation>No se encontraron los artículos. La ayuda sigue a una tecla de distancia: F1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This article could not be opened.</source>
        <translation>No se pudo abrir este artículo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article: {title}</source>
        <translation>Artículo: {title}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../companion/ui/shell/messages.py" line="+73"/>
        <source>That passphrase didn&apos;t open your journal. Check Caps Lock and try again — there&apos;s no limit on tries.</source>
        <translation>Esa frase de acceso no ha abierto tu diario. Comprueba el Bloq Mayús y vuelve a intentarlo; no hay límite de intentos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That recovery code didn&apos;t open your journal. Check each group of letters and numbers and try again — there&apos;s no limit on tries.</source>
        <translation>Ese código de recuperación no ha abierto tu diario. Revisa cada grupo de letras y números y vuelve a intentarlo; no hay límite de intentos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong. Your saved entries are safe.</source>
        <translation>Algo ha fallado. Tus entradas guardadas están a salvo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your latest changes couldn&apos;t be saved before your journal locked (the disk may be full). Everything saved before is safe.</source>
        <translation>No se pudieron guardar tus últimos cambios antes de que se bloqueara el diario (puede que el disco esté lleno). Todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The small file that unlocks your journal looks damaged, so Companion did not open it. Your passphrase is not the problem, and the files were not changed. Keep them as they are and restore a backup copy if you have one.</source>
        <translation>El pequeño archivo que desbloquea tu diario parece dañado, así que Companion no lo ha abierto. El problema no es tu frase de acceso, y los archivos no se han modificado. Déjalos como están y restaura una copia de seguridad si tienes una.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Companion couldn&apos;t find your journal in its folder. If you moved it, put it back and start Companion again.</source>
        <translation>Companion no encuentra tu diario en su carpeta. Si lo has movido, vuelve a ponerlo allí y abre Companion de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a journal here, so a new one was not created.</source>
        <translation>Ya hay un diario aquí, así que no se ha creado otro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your journal&apos;s files look damaged, so Companion did not open them. The files were not changed. Keep them as they are and restore a backup copy if you have one.</source>
        <translation>Los archivos de tu diario parecen dañados, así que Companion no los ha abierto. Los archivos no se han modificado. Déjalos como están y restaura una copia de seguridad si tienes una.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This journal was saved by a newer version of Companion. Please install the newer version to open it. Nothing was changed.</source>
        <translation>Este diario se guardó con una versión más nueva de Companion. Instala esa versión para abrirlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please choose a passphrase with at least 8 characters.</source>
        <translation>Elige una frase de acceso de al menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: the disk is full. Your text is still here, and everything saved before is safe. Free some space and try again.</source>
        <translation>No se pudo guardar: el disco está lleno. Tu texto sigue aquí y todo lo guardado antes está a salvo. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is open in another Companion window or program. Close it there and try again.</source>
        <translation>Tu diario está abierto en otra ventana de Companion o en otro programa. Ciérralo allí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is locked. Unlock it to carry on.</source>
        <translation>Tu diario está bloqueado. Desbloquéalo para continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That entry is no longer there. It may have been deleted for good.</source>
        <translation>Esa entrada ya no está. Puede que se haya borrado para siempre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That entry could not be saved as it is. Please check it and try again.</source>
        <translation>Esa entrada no se pudo guardar tal como está. Revísala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your settings could not be read, so the defaults are used for now.</source>
        <translation>No se pudo leer tu configuración, así que por ahora se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some help information could not be loaded. The built-in list is used.</source>
        <translation>No se pudo cargar parte de la información de ayuda. Se usa la lista incluida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Companion couldn&apos;t read or write its files. Nothing saved before was lost. Check the disk and try again.</source>
        <translation>Companion no pudo leer ni escribir sus archivos. No se ha perdido nada de lo guardado. Revisa el disco y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../companion/ui/preferences/preferences_dialog.py" line="+41"/>
        <source>Same as this computer</source>
        <translation>Igual que este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Companion — Preferences</source>
        <translation>Companion — Preferencias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new language is used the next time Companion starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se abra Companion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Country for help</source>
        <translation>País para la ayuda</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Use this computer&apos;s region</source>
        <translation>Usar la región de este ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country} ({code})</source>
        <extracomment>{country} is a country&apos;s name, {code} its two-letter code.</extracomment>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use high contrast</source>
        <translation>Usar alto contraste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a hard day, offer help and a breathing exercise</source>
        <translation>Después de un día difícil, ofrecer ayuda y un ejercicio de respiración</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only these choices are kept in a settings file. Nothing you write in your journal is ever stored there.</source>
        <translation>Solo estas opciones se guardan en un archivo de configuración. Nada de lo que escribes en tu diario se guarda nunca ahí.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save preferences</source>
        <translation>Guardar las preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Set by your organisation</source>
        <translation>Lo ha establecido tu organización</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> minute</source>
        <extracomment>Shown after the number in the auto-lock field (&quot;1 minute&quot;), with its leading space.</extracomment>
        <translation> minuto</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> minutes</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
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
        <translation>Informe para mi profesional de salud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to share. The report is made on this computer and nothing is sent anywhere. A PDF you save is not encrypted: keep it somewhere private.</source>
        <translation>Elige qué compartir. El informe se crea en este ordenador y no se envía a ningún sitio. Un PDF guardado no está cifrado: guárdalo en un lugar privado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../companion/ui/reports/words.py" line="+75"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/reports/words.py" line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my &amp;check-in summary</source>
        <translation>Incluir mi resumen de &amp;registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my check-in summary</source>
        <translation>Incluir mi resumen de registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include &amp;patterns (what goes with my mood)</source>
        <translation>Incluir &amp;patrones (qué acompaña a mi ánimo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include patterns: what goes with my mood</source>
        <translation>Incluir patrones: qué acompaña a mi ánimo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Entries to include (none unless you tick them):</source>
        <translation>&amp;Entradas que incluir (ninguna salvo las que marques):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to include</source>
        <translation>Entradas que incluir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all entries</source>
        <translation>Marcar todas las entradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;none</source>
        <translation>Marcar &amp;ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all entries</source>
        <translation>Desmarcar todas las entradas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the report</source>
        <translation>Cerrar el informe</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Making the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mood-report.pdf</source>
        <translation>informe-animo.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: {name} ({pages}).</source>
        <translation>Guardado: {name} ({pages}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports/pdf.py" line="+53"/>
        <source>{title} · Page {page} of {pages}</source>
        <extracomment>The footer of a printed page: {title} is the document&apos;s title, {page} and {pages} are numbers.</extracomment>
        <translation>{title} · Página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports/words.py" line="-55"/>
        <source>Mood and self-care summary</source>
        <translation>Resumen de ánimo y autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood over time</source>
        <translation>Ánimo a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a mood: {days} of {total}.</source>
        <translation>Días con estado de ánimo: {days} de {total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood is recorded on a five-point scale: 1 Awful, 2 Bad, 3 Okay, 4 Good, 5 Great.</source>
        <translation>El ánimo se registra en una escala de cinco puntos: 1 Fatal, 2 Mal, 3 Regular, 4 Bien, 5 Genial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-care check-ins</source>
        <translation>Registros de autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care actions</source>
        <translation>Acciones de autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a self-care action, by week</source>
        <translation>Días con una acción de autocuidado, por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entries chosen to share</source>
        <translation>Entradas del diario elegidas para compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood</source>
        <translation>Ánimo medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling average</source>
        <translation>Media móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood per {unit}, from 1 (Awful) to 5 (Great), with a rolling average.</source>
        <translation>Ánimo medio por {unit}, de 1 (Fatal) a 5 (Genial), con una media móvil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days ticked</source>
        <translation>Días marcados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of days (%)</source>
        <translation>Porcentaje de días (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week from</source>
        <translation>Semana desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days counted</source>
        <translation>Días contados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough days yet to describe any pattern.</source>
        <translation>Todavía no hay suficientes días para describir ningún patrón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on {today} with Companion. The person who kept this journal chose what it contains.</source>
        <translation>Preparado el {today} con Companion. La persona que lleva este diario eligió lo que contiene.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average day mood: {average:.2f}.</source>
        <translation>Ánimo medio por día: {average:.2f}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a low mood (Awful or Bad): {low}.</source>
        <translation>Días con el ánimo bajo (Fatal o Mal): {low}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with at least one self-care action ticked: {days} of {total}.</source>
        <translation>Días con al menos una acción de autocuidado marcada: {days} de {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These compare the person&apos;s own days with and without each activity or self-care action. They describe; they do not show causes. Only rows with at least {days} days on each side are shown.</source>
        <translation>Estos datos comparan los propios días de la persona con y sin cada actividad o acción de autocuidado. Describen; no muestran causas. Solo se muestran las filas con al menos {days} días en cada lado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mood: {mood}</source>
        <translation>Ánimo: {mood}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions: {names}</source>
        <translation>Emociones: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: {names}</source>
        <translation>Etiquetas: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awful</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Genial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days with a mood</source>
        <translation>Días con estado de ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries with a mood</source>
        <translation>Entradas con estado de ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How activities and self-care go with mood</source>
        <translation>Cómo se relacionan las actividades y el autocuidado con el ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or action</source>
        <translation>Actividad o acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood with</source>
        <translation>Ánimo medio con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with</source>
        <translation>Días con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood without</source>
        <translation>Ánimo medio sin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without</source>
        <translation>Días sin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>SelfCare</name>
    <message>
        <location filename="../../companion/ui/checkins/actions_dialog.py" line="+45"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Choose check-in actions</source>
        <translation>Elegir acciones del registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticked actions appear in your daily list. Hiding one keeps what you ticked before. Press F2 to rename, Alt+Up or Alt+Down to move.</source>
        <translation>Las acciones marcadas aparecen en tu lista diaria. Ocultar una conserva lo que marcaste antes. Pulsa F2 para cambiar el nombre y Alt+Arriba o Alt+Abajo para moverla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check-in actions</source>
        <translation>Acciones del registro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action up</source>
        <translation>Subir la acción seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action down</source>
        <translation>Bajar la acción seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected action</source>
        <translation>Cambiar el nombre de la acción seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected action and its history</source>
        <translation>Borrar la acción seleccionada y su historial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something of your own…</source>
        <translation>Algo tuyo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this action</source>
        <translation>Añadir esta acción</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="+74"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Delete this action and what you ticked for it?</source>
        <translation>¿Borrar esta acción y lo que marcaste para ella?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To keep its history, untick it instead: it is then hidden.</source>
        <translation>Para conservar su historial, desmárcala: así queda oculta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That action is already on your list.</source>
        <translation>Esa acción ya está en tu lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your list is full. Delete an action to add another.</source>
        <translation>Tu lista está llena. Borra una acción para añadir otra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use 1 to 60 letters, without special characters.</source>
        <translation>Usa de 1 a 60 letras, sin caracteres especiales.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/page.py" line="+70"/>
        <location line="+16"/>
        <source>Self-care check-in</source>
        <translation>Registro de autocuidado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick what you did today. Anything counts, however small.</source>
        <translation>Marca lo que has hecho hoy. Todo cuenta, por pequeño que sea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your list is empty. Choose some actions to check in with.</source>
        <translation>Tu lista está vacía. Elige algunas acciones para tu registro.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Choose actions…</source>
        <translation>&amp;Elegir acciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, rename, reorder or hide actions</source>
        <translation>Elegir, renombrar, reordenar u ocultar acciones</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/reminders.py" line="+110"/>
        <source>Your self-care check-in is here whenever you want it.</source>
        <translation>Tu registro de autocuidado está aquí cuando lo quieras.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/reminders_editor.py" line="+35"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remind me to check in while Companion is open</source>
        <translation>&amp;Recordarme hacer el registro mientras Companion está abierto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me to check in while Companion is open</source>
        <translation>Recordarme hacer el registro mientras Companion está abierto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A small notification appears at these times, only while Companion is running. Companion never starts by itself.</source>
        <translation>Aparece un pequeño aviso a estas horas, solo mientras Companion está en marcha. Companion nunca se abre por sí solo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminder times</source>
        <translation>Horas de recordatorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New reminder time</source>
        <translation>Nueva hora de recordatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;time</source>
        <translation>Añadir &amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this reminder time</source>
        <translation>Añadir esta hora de recordatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve time</source>
        <translation>&amp;Quitar hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected time</source>
        <translation>Quitar la hora seleccionada</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/words.py" line="+21"/>
        <source>Got some sleep</source>
        <translation>Dormí algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drank some water</source>
        <translation>Bebí algo de agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Had something to eat</source>
        <translation>Comí algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved my body</source>
        <translation>Moví el cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent time outdoors</source>
        <translation>Pasé tiempo al aire libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected with someone</source>
        <translation>Conecté con alguien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took my medication</source>
        <translation>Tomé mi medicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took a moment to rest</source>
        <translation>Me tomé un momento para descansar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This week is still open: one small kind thing counts.</source>
        <translation>Esta semana sigue abierta: un pequeño gesto amable cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quieter week for check-ins. Every day is a fresh start.</source>
        <translation>Una semana más tranquila en registros. Cada día es un nuevo comienzo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You looked after yourself on 1 day this week.</source>
        <translation>Te cuidaste 1 día esta semana.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You looked after yourself on %n days this week.</source>
        <translation>
            <numerusform>Te cuidaste %n día esta semana.</numerusform>
            <numerusform>Te cuidaste %n días esta semana.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You looked after yourself on 1 day that week.</source>
        <translation>Te cuidaste 1 día esa semana.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You looked after yourself on %n days that week.</source>
        <translation>
            <numerusform>Te cuidaste %n día esa semana.</numerusform>
            <numerusform>Te cuidaste %n días esa semana.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You looked after yourself recently. Every small step counts.</source>
        <translation>Te has cuidado hace poco. Cada pequeño paso cuenta.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="+55"/>
        <source>{cue}, 1 second</source>
        <extracomment>A breathing cue: {cue} is &quot;Breathe in&quot;, &quot;Hold&quot;, &quot;Breathe out&quot; or &quot;Rest&quot;.</extracomment>
        <translation>{cue}, 1 segundo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/selftest/checks/selfcare_screens.py" line="+60"/>
        <location filename="../../companion/ui/exercises/breathing.py" line="+1"/>
        <source>{cue}, %n seconds</source>
        <translation>
            <numerusform>{cue}, %n segundo</numerusform>
            <numerusform>{cue}, %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="+47"/>
        <location line="+1"/>
        <source>My own pace</source>
        <translation>Mi propio ritmo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Breathe &amp;in (seconds)</source>
        <translation>&amp;Inspirar (segundos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold (seconds)</source>
        <translation>&amp;Retener (segundos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out (seconds)</source>
        <translation>&amp;Espirar (segundos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rest (seconds)</source>
        <translation>&amp;Descansar (segundos)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How far through this part</source>
        <translation>Cuánto llevas de esta parte</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+84"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start breathing exercise</source>
        <translation>Empezar el ejercicio de respiración</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <location line="+17"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+3"/>
        <location line="+21"/>
        <location line="+28"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+75"/>
        <location line="+17"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-48"/>
        <location line="+21"/>
        <location line="+28"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-90"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-44"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop breathing exercise</source>
        <translation>Detener el ejercicio de respiración</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your own pace: {per_minute} breaths a minute.</source>
        <translation>Tu propio ritmo: {per_minute} respiraciones por minuto.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+36"/>
        <source>&amp;Resume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+1"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a pace, then press Start.</source>
        <translation>Elige un ritmo y pulsa Empezar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{cue} · {seconds}</source>
        <extracomment>The big countdown: {cue} is &quot;Breathe in&quot;…, {seconds} the seconds left.</extracomment>
        <translation>{cue} · {seconds}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Well done. Take a moment to notice how you feel before you carry on.</source>
        <translation>Muy bien. Tómate un momento para notar cómo te sientes antes de seguir.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/gentle_response.py" line="+41"/>
        <source>A gentle note</source>
        <translation>Una nota amable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Get help now (F1)</source>
        <translation>Pedir ayuda ahora (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try slow &amp;breathing</source>
        <translation>Probar la respiración &amp;lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try slow breathing</source>
        <translation>Probar la respiración lenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this note</source>
        <translation>Descartar esta nota</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/grounding.py" line="+48"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Begin</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press F1 for help.</source>
        <translation>Pulsa F1 para pedir ayuda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-53"/>
        <source>%v of %m parts</source>
        <translation>%v de %m partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts done</source>
        <translation>Partes completadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start muscle relaxation</source>
        <translation>Empezar la relajación muscular</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next part</source>
        <translation>&amp;Siguiente parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next part</source>
        <translation>Ir a la siguiente parte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop muscle relaxation</source>
        <translation>Detener la relajación muscular</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stopped. You can start again whenever you like.</source>
        <translation>Detenido. Puedes volver a empezar cuando quieras.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{group}: {instruction}</source>
        <extracomment>{group} is a part of the body (&quot;Hands&quot;), {instruction} what to do.</extracomment>
        <translation>{group}: {instruction}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="+45"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+22"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="-21"/>
        <source>Get help now: press F1</source>
        <translation>Pedir ayuda ahora: pulsa F1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Short exercises to steady yourself. Stop whenever you like; there is no right or wrong way to do them.</source>
        <translation>Ejercicios breves para encontrar calma. Para cuando quieras; no hay una forma correcta ni incorrecta de hacerlos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Breathing</source>
        <translation>&amp;Respiración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5-4-3-2-1 grounding</source>
        <translation>Anclaje &amp;5-4-3-2-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscle &amp;relaxation</source>
        <translation>Relajación &amp;muscular</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/words.py" line="+20"/>
        <source>Slow breathing</source>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in for five and out for five: about six gentle breaths a minute.</source>
        <translation>Inspira contando cinco y espira contando cinco: unas seis respiraciones suaves por minuto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box breathing</source>
        <translation>Respiración cuadrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in, hold, breathe out and rest for four counts each, like tracing a square.</source>
        <translation>Inspira, retén, espira y descansa contando cuatro en cada paso, como si dibujaras un cuadrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4-7-8 breathing</source>
        <translation>Respiración 4-7-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in for four, hold for seven, and let the breath out slowly for eight. If holding feels uncomfortable, try slow breathing instead.</source>
        <translation>Inspira contando cuatro, retén contando siete y suelta el aire despacio contando ocho. Si retener el aire te resulta incómodo, prueba mejor la respiración lenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Retén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My pace</source>
        <translation>Mi ritmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own pace.</source>
        <translation>Tu propio ritmo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exercise gently brings your attention back to where you are. Go at your own pace; there is no wrong answer.</source>
        <translation>Este ejercicio devuelve con suavidad tu atención al lugar donde estás. Ve a tu ritmo; no hay respuestas incorrectas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look around and notice five things you can see.</source>
        <translation>Mira a tu alrededor y fíjate en cinco cosas que puedas ver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The colour of a wall, a shadow, the shape of a cup, light from a window.</source>
        <translation>El color de una pared, una sombra, la forma de una taza, la luz de una ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice four things you can feel.</source>
        <translation>Fíjate en cuatro cosas que puedas sentir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feet on the floor, the chair holding you, the fabric of your sleeve.</source>
        <translation>Tus pies en el suelo, la silla que te sostiene, la tela de tu manga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen for three things you can hear.</source>
        <translation>Escucha tres cosas que puedas oír.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fan, traffic far away, your own breathing.</source>
        <translation>Un ventilador, el tráfico a lo lejos, tu propia respiración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice two things you can smell.</source>
        <translation>Fíjate en dos cosas que puedas oler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soap on your hands, the air in the room. If nothing comes, think of a smell you like.</source>
        <translation>El jabón en tus manos, el aire de la habitación. Si no notas nada, piensa en un olor que te guste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice one thing you can taste.</source>
        <translation>Fíjate en una cosa que puedas saborear.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sip of water, or simply the taste in your mouth right now.</source>
        <translation>Un sorbo de agua, o simplemente el sabor que tienes ahora en la boca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Well done for taking this moment. Take one slow breath before you carry on. If you would like to talk to someone, help is one step away.</source>
        <translation>Gracias por regalarte este momento. Haz una respiración lenta antes de seguir. Si te apetece hablar con alguien, la ayuda está a un paso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a comfortable position. You will gently tighten one group of muscles at a time, then let go. Tense only as much as feels comfortable, never to the point of pain, and skip any part of your body that is sore or injured.</source>
        <translation>Busca una postura cómoda. Vas a tensar con suavidad un grupo de músculos cada vez y luego soltarlo. Tensa solo lo que te resulte cómodo, nunca hasta sentir dolor, y sáltate cualquier parte del cuerpo que esté dolorida o lesionada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take a moment to notice how your body feels now. When you are ready, slowly move your fingers and toes, and open your eyes.</source>
        <translation>Tómate un momento para notar cómo está ahora tu cuerpo. Cuando quieras, mueve despacio los dedos de las manos y de los pies, y abre los ojos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now let go. Notice how the muscles feel as they soften.</source>
        <translation>Ahora suelta. Nota cómo se sienten los músculos al relajarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make gentle fists with both hands.</source>
        <translation>Cierra los puños con suavidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your elbows and tighten your upper arms.</source>
        <translation>Dobla los codos y tensa la parte superior de los brazos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift your shoulders up towards your ears.</source>
        <translation>Sube los hombros hacia las orejas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise your eyebrows as high as is comfortable.</source>
        <translation>Levanta las cejas tanto como te resulte cómodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes and cheeks</source>
        <translation>Ojos y mejillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close your eyes tightly and scrunch your cheeks.</source>
        <translation>Cierra los ojos con fuerza y arruga las mejillas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouth and jaw</source>
        <translation>Boca y mandíbula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press your lips together and gently clench your jaw.</source>
        <translation>Junta los labios y aprieta la mandíbula con suavidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently press your head back against the chair or pillow.</source>
        <translation>Presiona con suavidad la cabeza hacia atrás contra la silla o la almohada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest and back</source>
        <translation>Pecho y espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in and draw your shoulder blades together.</source>
        <translation>Inspira y junta los omóplatos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stomach</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tighten your stomach muscles, as if bracing.</source>
        <translation>Tensa los músculos del abdomen, como si te prepararas para un empujón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hips and seat</source>
        <translation>Caderas y glúteos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Squeeze the muscles of your seat together.</source>
        <translation>Aprieta los glúteos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thighs</source>
        <translation>Muslos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press your knees together and tighten your thighs.</source>
        <translation>Junta las rodillas y tensa los muslos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point your toes up towards your face.</source>
        <translation>Lleva las puntas de los pies hacia la cara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curl your toes downwards gently.</source>
        <translation>Encoge los dedos de los pies hacia abajo con suavidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5-4-3-2-1 grounding</source>
        <translation>Anclaje 5-4-3-2-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice what you can see, feel, hear, smell and taste, 5 senses, one at a time.</source>
        <translation>Fíjate en lo que puedes ver, sentir, oír, oler y saborear: 5 sentidos, uno tras otro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progressive muscle relaxation</source>
        <translation>Relajación muscular progresiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently tense and release one part of your body at a time.</source>
        <translation>Tensa y suelta con suavidad una parte del cuerpo cada vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That sounds like a hard moment. If it would help, support is here whenever you want it, or you could try a few slow breaths.</source>
        <translation>Parece un momento difícil. Si te ayuda, el apoyo está aquí cuando lo quieras, o puedes probar unas cuantas respiraciones lentas.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/copy_switch.py" line="+44"/>
        <source>&amp;Let me read this plan without unlocking (not encrypted)</source>
        <translation>&amp;Dejarme leer este plan sin desbloquear (sin cifrar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let me read this plan without unlocking. The copy is not encrypted.</source>
        <translation>Dejarme leer este plan sin desbloquear. La copia no está cifrada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On: a copy of this plan that is not encrypted is kept in Companion&apos;s data folder, so you can read it from the help panel without unlocking. It is updated each time your plan is saved.</source>
        <translation>Activado: se guarda una copia sin cifrar de este plan en la carpeta de datos de Companion, para que puedas leerla desde el panel de ayuda sin desbloquear. Se actualiza cada vez que se guarda tu plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Off: your plan is kept only inside your encrypted journal.</source>
        <translation>Desactivado: tu plan se guarda solo dentro de tu diario cifrado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep a copy of your plan that is not encrypted?</source>
        <translation>¿Guardar una copia sin cifrar de tu plan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy is NOT encrypted. Anyone who can open Companion&apos;s data folder on this computer could read your safety plan, without your passphrase. Your journal stays encrypted; only the plan is copied. You can turn this off at any time, which deletes the copy.</source>
        <translation>La copia NO está cifrada. Cualquiera que pueda abrir la carpeta de datos de Companion en este ordenador podría leer tu plan de seguridad sin tu frase de acceso. Tu diario sigue cifrado; solo se copia el plan. Puedes desactivarlo cuando quieras, y la copia se borrará.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep a readable copy</source>
        <translation>Guardar una copia legible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it encrypted only</source>
        <translation>Mantenerlo solo cifrado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The readable copy was deleted.</source>
        <translation>La copia legible se ha borrado.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="+4"/>
        <source>My safety plan, readable copy</source>
        <translation>Mi plan de seguridad, copia legible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no readable copy of your safety plan on this computer. After unlocking, you can make one on the safety plan page (it is not encrypted).</source>
        <translation>No hay ninguna copia legible de tu plan de seguridad en este ordenador. Después de desbloquear, puedes crear una en la página del plan de seguridad (no está cifrada).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close the safety plan</source>
        <translation>Cerrar el plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/page.py" line="+169"/>
        <source>A plan for hard moments, in your own words. Work through the steps in order until you feel safer. You can change it at any time; it is saved as you type, inside your encrypted journal.</source>
        <translation>Un plan para los momentos difíciles, con tus propias palabras. Sigue los pasos en orden hasta que te sientas más seguro o segura. Puedes cambiarlo cuando quieras; se guarda mientras escribes, dentro de tu diario cifrado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press F1 for helplines in your country.</source>
        <translation>Pulsa F1 para ver las líneas de ayuda de tu país.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my safety plan</source>
        <translation>Imprimir mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my safety plan as a PDF</source>
        <translation>Guardar mi plan de seguridad como PDF</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Services from the help directory you could add:</source>
        <translation>Servicios del directorio de ayuda que podrías añadir:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add: {service}</source>
        <translation>Añadir: {service}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add {service} to step 5</source>
        <translation>Añadir {service} al paso 5</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A line could not be saved as it is (it may be very long or hold unusual characters). Please check it.</source>
        <translation>Una línea no se pudo guardar tal como está (puede que sea muy larga o tenga caracteres poco habituales). Revísala, por favor.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing saved yet</source>
        <translation>Todavía no se ha guardado nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {day} at {time}</source>
        <extracomment>When the plan was last saved: {day} is a short date, {time} a time of day.</extracomment>
        <translation>Guardado el {day} a las {time}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A line could not be printed as it is.</source>
        <translation>Una línea no se pudo imprimir tal como está.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save my safety plan as PDF</source>
        <translation>Guardar mi plan de seguridad como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety-plan.pdf</source>
        <translation>plan-de-seguridad.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/step_editor.py" line="+73"/>
        <source>Add a line</source>
        <translation>Añadir una línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a line to: {step}</source>
        <translation>Añadir una línea a: {step}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>For example: {example}</source>
        <translation>Por ejemplo: {example}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How to reach them (optional)</source>
        <translation>Cómo contactar (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note (optional)</source>
        <translation>Una nota (opcional)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Line {n}</source>
        <translation>Línea {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {n}: note or how to reach them</source>
        <translation>Línea {n}: nota o cómo contactar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move line {n} up</source>
        <translation>Subir la línea {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move line {n} down</source>
        <translation>Bajar la línea {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line {n}</source>
        <translation>Quitar la línea {n}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/words.py" line="+22"/>
        <source>Signs that a hard time is starting</source>
        <translation>Señales de que empieza un momento difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thoughts, feelings, moments or habits that tell you things are getting harder, so you can notice them early.</source>
        <translation>Los pensamientos, sentimientos, momentos o hábitos que te indican que las cosas se están poniendo más difíciles, para que puedas notarlos pronto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I stop answering messages</source>
        <translation>Dejo de contestar los mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small things that have helped you feel a little steadier before, that you can do without anyone else.</source>
        <translation>Pequeñas cosas que antes te han ayudado a sentirte un poco más estable y que puedes hacer sin nadie más.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A slow walk round the block</source>
        <translation>Un paseo tranquilo alrededor de la manzana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and places that take my mind off things</source>
        <translation>Personas y lugares que me ayudan a distraerme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or places that give you a break from hard thoughts; you do not have to talk about how you feel there.</source>
        <translation>Compañía o lugares que te dan un respiro de los pensamientos difíciles; allí no tienes que hablar de cómo te sientes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library café</source>
        <translation>La cafetería de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you trust enough to tell that you are struggling, and how to reach them.</source>
        <translation>Personas en las que confías lo suficiente para contarles que lo estás pasando mal, y cómo contactarlas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My cousin Sam</source>
        <translation>Mi prima Sam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals and services I can contact</source>
        <translation>Profesionales y servicios con los que puedo contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your doctor or counsellor, a crisis line, and the emergency number, with the numbers ready to use.</source>
        <translation>Tu médico o terapeuta, una línea de crisis y el número de emergencias, con los números a mano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My doctor&apos;s surgery</source>
        <translation>Mi centro de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making my surroundings safer</source>
        <translation>Hacer más seguro mi entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to put time and distance between you and anything you could use to hurt yourself, with help from someone if that is easier.</source>
        <translation>Formas de poner tiempo y distancia entre tú y cualquier cosa que pudieras usar para hacerte daño, con ayuda de alguien si así es más fácil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask someone I trust to look after my medicines for a while</source>
        <translation>Pedir a alguien de confianza que guarde mis medicamentos durante un tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is worth living for</source>
        <translation>Lo que hace que valga la pena vivir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people, things and hopes that matter to you, even on the hardest days.</source>
        <translation>Las personas, las cosas y las esperanzas que te importan, incluso en los días más difíciles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seeing my niece grow up</source>
        <translation>Ver crecer a mi sobrina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy is not encrypted: anyone who can open this folder can read it. You can turn it off in Companion&apos;s safety plan settings, which deletes it.</source>
        <translation>Esta copia no está cifrada: cualquiera que pueda abrir esta carpeta puede leerla. Puedes desactivarla en los ajustes del plan de seguridad de Companion, y se borrará.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you are in danger now, call your local emergency number.</source>
        <translation>Si estás en peligro ahora, llama a tu número de emergencias local.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing written yet)</source>
        <translation>(todavía no hay nada escrito)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps of this plan are adapted from the Safety Planning Intervention by Barbara Stanley and Gregory K. Brown (Stanley &amp; Brown, 2012, Cognitive and Behavioral Practice 19(2), 256–264). The wording is Companion&apos;s own.</source>
        <translation>Los pasos de este plan están adaptados de la Safety Planning Intervention de Barbara Stanley y Gregory K. Brown (Stanley &amp; Brown, 2012, Cognitive and Behavioral Practice 19(2), 256–264). La redacción es de Companion.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/pacer.py" line="+22"/>
        <source>Breathing circle</source>
        <translation>Círculo de respiración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Crece al inspirar y se encoge al espirar.</translation>
    </message>
    <message numerus="yes">
        <source>%n days in a row of looking after yourself.</source>
        <translation>
            <numerusform>%n día seguido cuidándote.</numerusform>
            <numerusform>%n días seguidos cuidándote.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../companion/ui/shell/about_dialog.py" line="+27"/>
        <source>Companion is free software: you can share and change it under the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Companion es software libre: puedes compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Companion opens no network connection, ever: no telemetry, no update check, no account, no fonts or pictures from the web. Phone numbers, text messages and websites are handed to your computer only when you click Call, Text, Chat or Website.</source>
        <translation>Companion nunca abre ninguna conexión de red: ni telemetría, ni comprobación de actualizaciones, ni cuenta, ni fuentes ni imágenes de internet. Los números de teléfono, los mensajes y los sitios web solo se pasan a tu ordenador cuando pulsas Llamar, Mensaje, Chat o Sitio web.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What Companion cannot protect against: a keylogger or other spying software on this computer; the administrator of this computer; someone watching your screen or looking over your shoulder. On a shared or work computer, please keep this in mind.</source>
        <translation>Contra qué no puede protegerte Companion: un registrador de teclas u otro programa espía en este ordenador; el administrador de este ordenador; alguien que mire tu pantalla o por encima de tu hombro. En un ordenador compartido o del trabajo, tenlo en cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The help directory is built from public sources; each service shows where its number came from and the date of that source.</source>
        <translation>El directorio de ayuda se crea a partir de fuentes públicas; cada servicio indica de dónde sale su número y la fecha de esa fuente.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+19"/>
        <source>About Companion</source>
        <translation>Acerca de Companion</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Companion {version}</source>
        <extracomment>{version} is the version number, such as 1.0.0.</extracomment>
        <translation>Companion {version}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A private journal with offline help, one keystroke away.</source>
        <translation>Un diario privado con ayuda sin conexión, a una tecla de distancia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the help directory comes from</source>
        <translation>De dónde sale el directorio de ayuda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help data licence and sources</source>
        <translation>Licencia y fuentes de los datos de ayuda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close About</source>
        <translation>Cerrar «Acerca de»</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/crash.py" line="+79"/>
        <source>You can keep going. If it happens again, restarting Companion may help.</source>
        <translation>Puedes continuar. Si vuelve a pasar, reiniciar Companion puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/neutral_screen.py" line="+23"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled page</source>
        <translation>Página sin título</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/quick_exit.py" line="+38"/>
        <source>Shift pressed. Press it two more times to leave quickly.</source>
        <translation>Has pulsado Mayús. Púlsala dos veces más para salir rápidamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Shift one more time to leave quickly.</source>
        <translation>Pulsa Mayús una vez más para salir rápidamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving now.</source>
        <translation>Saliendo ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick exit was not used. The count of Shift presses started again.</source>
        <translation>No se ha usado la salida rápida. La cuenta de pulsaciones de Mayús ha vuelto a empezar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide Companion at once and lock it (or press Shift three times).</source>
        <translation>Ocultar Companion de inmediato y bloquearlo (o pulsa Mayús tres veces).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shift press count</source>
        <translation>Pulsaciones de Mayús</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n of 3 Shift presses</source>
        <translation>
            <numerusform>%n de 3 pulsaciones de Mayús</numerusform>
            <numerusform>%n de 3 pulsaciones de Mayús</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/session_banner.py" line="+34"/>
        <source>This is a shared computer: nothing you write is kept here. The session ends when you choose End session or leave it idle.</source>
        <translation>Este es un ordenador compartido: nada de lo que escribas se guarda aquí. La sesión termina cuando eliges «Terminar sesión» o la dejas inactiva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guest session: nothing you write is kept on this computer.</source>
        <translation>Sesión de invitado: nada de lo que escribas se guarda en este ordenador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About this session</source>
        <translation>Acerca de esta sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session ends soon</source>
        <translation>La sesión terminará pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy…</source>
        <translation>Guardar una copia cifrada…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy of this session&apos;s journal</source>
        <translation>Guardar una copia cifrada del diario de esta sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End session and erase it</source>
        <translation>Terminar la sesión y borrarla</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Still there? This session ends in %n seconds and everything in it is erased.</source>
        <translation>
            <numerusform>¿Sigues ahí? Esta sesión termina en %n segundo y todo lo que contiene se borrará.</numerusform>
            <numerusform>¿Sigues ahí? Esta sesión termina en %n segundos y todo lo que contiene se borrará.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/window_manager.py" line="+305"/>
        <source>Your journal is in a network folder.</source>
        <translation>Tu diario está en una carpeta de red.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion works there. Lock or close it here before opening it on another computer, so that changes from one never overwrite the other.</source>
        <translation>Companion funciona ahí. Bloquéalo o ciérralo aquí antes de abrirlo en otro ordenador, para que los cambios de uno nunca sobrescriban los del otro.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>End this session and erase what you wrote?</source>
        <translation>¿Terminar esta sesión y borrar lo que has escrito?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing from this session is kept on this computer. To keep your entries, save an encrypted copy first.</source>
        <translation>Nada de esta sesión se guarda en este ordenador. Para conservar tus entradas, guarda antes una copia cifrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End and erase</source>
        <translation>Terminar y borrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy first…</source>
        <translation>Guardar antes una copia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Your passphrase is changed.</source>
        <translation>Tu frase de acceso ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the new one next time you unlock. Your recovery code still works. An old copy of your journal&apos;s key file still opens it with the old passphrase: to stop that, choose More, then Lock out old copies.</source>
        <translation>Usa la nueva la próxima vez que desbloquees. Tu código de recuperación sigue funcionando. Una copia antigua del archivo de clave de tu diario todavía lo abre con la frase de acceso anterior: para evitarlo, elige Más y después Bloquear las copias antiguas.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Mode: {mode}.</source>
        <translation>Modo: {mode}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings managed by your organisation ({path}): {summary}</source>
        <translation>Ajustes gestionados por tu organización ({path}): {summary}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not used from the policy file (the safest setting applies):</source>
        <translation>No se ha usado del archivo de políticas (se aplica el ajuste más seguro):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/feature_set.py" line="+76"/>
        <source>Chec&amp;k-in</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation>&amp;Tendencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety &amp;plan</source>
        <translation>&amp;Plan de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xercises…</source>
        <translation>E&amp;jercicios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learn…</source>
        <translation>Apren&amp;der…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for my &amp;clinician…</source>
        <translation>Informe para mi profesiona&amp;l…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Breathing and grounding exercises</source>
        <translation>Ejercicios de respiración y anclaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read: understanding and finding help</source>
        <translation>Lectura: entender y encontrar ayuda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/quick_exit_note.py" line="+17"/>
        <source>Quick exit (the button, or Shift pressed three times) hides every Companion window at once and locks your journal. It cannot hide that Companion is installed, clear other programs or your browser history, or undo what someone has already seen.</source>
        <translation>La salida rápida (el botón, o pulsar Mayús tres veces) oculta a la vez todas las ventanas de Companion y bloquea tu diario. No puede ocultar que Companion está instalado, borrar otros programas ni el historial del navegador, ni deshacer lo que alguien ya haya visto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About quick exit</source>
        <translation>Sobre la salida rápida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>Entendido, ocultar esta nota</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/window_titles.py" line="+19"/>
        <source>{screen} — {app}</source>
        <extracomment>A window title: {screen} is the screen&apos;s name (&quot;Exercises&quot;), {app} the app&apos;s.</extracomment>
        <translation>{screen} — {app}</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../companion/ui/transfer/common.py" line="+75"/>
        <source>entries not recorded</source>
        <translation>entradas sin registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} entries</source>
        <translation>{n} entradas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Detenido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That passphrase or recovery code didn&apos;t open this journal file. Check Caps Lock and try again.</source>
        <translation>Esa frase de acceso o código de recuperación no ha abierto este archivo de diario. Comprueba el Bloq Mayús y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companion doesn&apos;t recognise this file. Choose its type from the list and try again.</source>
        <translation>Companion no reconoce este archivo. Elige su tipo en la lista y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file can&apos;t be read as {format}. It may be damaged or cut short. Nothing was imported.</source>
        <translation>Este archivo no se puede leer como {format}. Puede que esté dañado o incompleto. No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some entries can&apos;t be imported as they are. Nothing was imported yet.</source>
        <translation>Algunas entradas no se pueden importar tal como están. Todavía no se ha importado nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please confirm that the file will not be encrypted.</source>
        <translation>Confirma que el archivo no estará cifrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file or folder with that name. Nothing was written. Choose another name.</source>
        <translation>Ya hay un archivo o una carpeta con ese nombre. No se ha escrito nada. Elige otro nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This isn&apos;t a Companion journal file, or it is damaged. Nothing was changed.</source>
        <translation>Esto no es un archivo de diario de Companion, o está dañado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be made or did not check out, so it was not kept. Your journal is unchanged.</source>
        <translation>La copia de seguridad no se pudo crear o no superó la comprobación, así que no se ha conservado. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That backup is no longer there.</source>
        <translation>Esa copia de seguridad ya no está.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The administrator of this computer turned off exports that are not encrypted. You can still save an encrypted copy.</source>
        <translation>El administrador de este ordenador ha desactivado las exportaciones sin cifrar. Aún puedes guardar una copia cifrada.</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Awful</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Genial</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/backups_dialog.py" line="+61"/>
        <source>Companion makes an encrypted backup by itself when you lock or close it (at most once a day) and before every upgrade. It keeps the last {daily} daily and {weekly} weekly backups. Each backup opens with the passphrase you had when it was made.</source>
        <translation>Companion hace por sí solo una copia de seguridad cifrada cuando lo bloqueas o lo cierras (como mucho una vez al día) y antes de cada actualización. Conserva las últimas {daily} copias diarias y {weekly} semanales. Cada copia se abre con la frase de acceso que tenías cuando se hizo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+20"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Comprobada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backups yet. Choose “Back up now” to make one.</source>
        <translation>Todavía no hay copias de seguridad. Elige «Hacer una copia ahora» para crear una.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also copy to a folder…</source>
        <translation>Copiar también a una carpeta…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="+79"/>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/damage_dialog.py" line="+271"/>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+244"/>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="+0"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+161"/>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked, good</source>
        <translation>Comprobada, en buen estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged, do not use</source>
        <translation>Dañada, no la uses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be checked</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A second copy on a USB stick is optional.</source>
        <translation>Una segunda copia en una memoria USB es opcional.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second copy of each backup made here goes to: {path}</source>
        <translation>Una segunda copia de cada copia de seguridad hecha aquí se guarda en: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a folder for a second copy</source>
        <translation>Elige una carpeta para una segunda copia</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making a backup and checking it…</source>
        <translation>Haciendo una copia de seguridad y comprobándola…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup made and checked: {when}, {count}. It is encrypted.</source>
        <translation>Copia de seguridad hecha y comprobada: {when}, {count}. Está cifrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second copy is in {path}.</source>
        <translation>Hay una segunda copia en {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The second copy could not be written (is the USB stick still there?). The backup itself is fine.</source>
        <translation>No se pudo escribir la segunda copia (¿sigue conectada la memoria USB?). La copia de seguridad en sí está bien.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restore the backup from {date}?</source>
        <translation>¿Restaurar la copia de seguridad del {date}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will be locked first. The journal as it is now is not deleted: it is kept aside in a folder next to it, and you can go back to it. Afterwards, unlock with the passphrase you had on {date}.</source>
        <translation>Primero se bloqueará tu diario. El diario tal como está ahora no se borra: se guarda aparte en una carpeta junto a él, y puedes volver a él. Después, desbloquea con la frase de acceso que tenías el {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock and restore</source>
        <translation>Bloquear y restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t restore</source>
        <translation>No restaurar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your journal could not be locked, so nothing was restored.</source>
        <translation>No se pudo bloquear tu diario, así que no se ha restaurado nada.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="-169"/>
        <source>Encrypted copy (.companion) — opens on another computer</source>
        <translation>Copia cifrada (.companion): se abre en otro ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+32"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+73"/>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="+32"/>
        <source>Companion journal files (*.companion)</source>
        <translation>Archivos de diario de Companion (*.companion)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON — complete, for moving to other apps</source>
        <translation>JSON: completo, para pasar a otras aplicaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown — one file</source>
        <translation>Markdown: un solo archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown — one file per day, in a new folder</source>
        <translation>Markdown: un archivo por día, en una carpeta nueva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV — a table, one row per entry</source>
        <translation>CSV: una tabla, una fila por entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF — for reading or printing</source>
        <translation>PDF: para leer o imprimir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+158"/>
        <source>Export your journal</source>
        <translation>Exportar tu diario</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In a guest session, use “Save an encrypted copy…” to keep an encrypted copy.</source>
        <translation>En una sesión de invitado, usa «Guardar una copia cifrada…» para conservar una copia cifrada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries between these dates</source>
        <translation>Solo las entradas entre estas fechas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file will NOT be encrypted. Anyone who can open it can read every entry in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Este archivo NO estará cifrado. Cualquiera que pueda abrirlo podrá leer todas sus entradas. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I understand that this file will not be encrypted</source>
        <translation>Entiendo que este archivo no estará cifrado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/commands.py" line="+66"/>
        <source>A guest session keeps nothing on this computer.</source>
        <translation>Una sesión de invitado no guarda nada en este ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So there are no backups, and nothing to merge into. To keep what you wrote, save an encrypted copy.</source>
        <translation>Así que no hay copias de seguridad ni nada con lo que combinar. Para conservar lo que escribiste, guarda una copia cifrada.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+14"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge another journal…</source>
        <translation>Co&amp;mbinar otro diario…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+69"/>
        <source>Choose where the new folder goes</source>
        <translation>Elige dónde va la carpeta nueva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal {date}</source>
        <translation>Diario {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journal-{date}</source>
        <translation>diario-{date}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood: {mood}</source>
        <translation>Ánimo: {mood}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions: {names}</source>
        <translation>Emociones: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: {names}</source>
        <translation>Etiquetas: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries in these dates.</source>
        <translation>No hay entradas en estas fechas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {count} to {path}.</source>
        <translation>Exportado {count} a {path}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="-50"/>
        <source>Your journal is back as it was on {date} ({count}). Unlock it with the passphrase or recovery code you used then.</source>
        <translation>Tu diario ha vuelto a estar como el {date} ({count}). Desbloquéalo con la frase de acceso o el código de recuperación que usabas entonces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal you had before was not deleted. It is kept in this folder: {path}</source>
        <translation>El diario que tenías antes no se ha borrado. Está guardado en esta carpeta: {path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That backup is no longer there, so nothing was changed. Unlock and choose another one from the list.</source>
        <translation>Esa copia de seguridad ya no está, así que no se ha cambiado nada. Desbloquea y elige otra de la lista.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring the backup from {date}…</source>
        <translation>Restaurando la copia de seguridad del {date}…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/damage_dialog.py" line="-228"/>
        <source>The small file that unlocks your journal (vault.header) looks damaged. Your passphrase is not the problem.</source>
        <translation>El pequeño archivo que desbloquea tu diario (vault.header) parece dañado. El problema no es tu frase de acceso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal file (journal.db) is missing.</source>
        <translation>Falta el archivo del diario (journal.db).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file is cut short. This happens when it is copied or synced while open, or when the power goes off.</source>
        <translation>El archivo del diario está incompleto. Esto pasa cuando se copia o sincroniza mientras está abierto, o cuando se va la luz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file does not hold a Companion journal.</source>
        <translation>El archivo del diario no contiene un diario de Companion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file with your latest changes (journal.db-wal) is damaged in the middle, so recent changes could not be read safely.</source>
        <translation>El archivo con tus últimos cambios (journal.db-wal) está dañado por el medio, así que no se pudieron leer con seguridad los cambios recientes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is older than it should be: recent changes are missing. A file may have been lost, or an older copy put back.</source>
        <translation>El archivo del diario es más antiguo de lo que debería: faltan cambios recientes. Puede que se haya perdido un archivo o que se haya repuesto una copia anterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is older than the file with its latest changes. An older copy may have been put back.</source>
        <translation>El archivo del diario es más antiguo que el archivo con sus últimos cambios. Puede que se haya repuesto una copia anterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file and the file that unlocks it do not belong together.</source>
        <translation>El archivo del diario y el archivo que lo desbloquea no van juntos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the journal file failed their check.</source>
        <translation>Partes del archivo del diario no superaron la comprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file could not be read with its key.</source>
        <translation>No se pudo leer el archivo del diario con su clave.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your journal&apos;s files failed a check.</source>
        <translation>Los archivos de tu diario no superaron una comprobación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of the damaged files was put aside, untouched, in: {path}</source>
        <translation>Se ha guardado aparte, sin tocarla, una copia de los archivos dañados en: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companion did not open or change the damaged files. If you restore a backup, they are moved aside into a folder next to the journal, never deleted.</source>
        <translation>Companion no ha abierto ni cambiado los archivos dañados. Si restauras una copia de seguridad, se apartan a una carpeta junto al diario; nunca se borran.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+10"/>
        <source>Your journal needs attention</source>
        <translation>Tu diario necesita atención</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for a backup that checks out…</source>
        <translation>Buscando una copia de seguridad en buen estado…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the folder</source>
        <translation>&amp;Mostrar la carpeta</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No backup that checks out was found. Keep the files as they are; a copy made elsewhere (a USB stick, another computer) may still help.</source>
        <translation>No se encontró ninguna copia de seguridad en buen estado. Deja los archivos como están; una copia hecha en otro sitio (una memoria USB, otro ordenador) aún puede servir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The newest backup that checks out is from {date} ({count}). Restoring it brings your journal back as it was then.</source>
        <translation>La copia de seguridad en buen estado más reciente es del {date} ({count}). Si la restauras, tu diario volverá a estar como entonces.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="-217"/>
        <source>(no words)</source>
        <translation>(sin palabras)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import entries</source>
        <translation>Importar entradas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import entries from another app</source>
        <translation>Importar entradas de otra aplicación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+156"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Companion can bring in entries from Daylio (CSV or .daylio backup), Day One (JSON zip), jrnl (JSON), Diarium (JSON), Pixels (JSON) and its own JSON export. You will see what is in the file before anything is imported.</source>
        <translation>Companion puede traer entradas de Daylio (CSV o copia .daylio), Day One (zip JSON), jrnl (JSON), Diarium (JSON), Pixels (JSON) y de su propia exportación JSON. Verás lo que hay en el archivo antes de importar nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="-71"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="-135"/>
        <source>No file chosen yet.</source>
        <translation>Todavía no has elegido ningún archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+4"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find out from the file</source>
        <translation>Averiguarlo por el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A few of the entries</source>
        <translation>Algunas de las entradas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moods</source>
        <translation>Estados de ánimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file uses its own mood words. Choose the level each one should get here. “No mood” keeps the entry without a mood.</source>
        <translation>Este archivo usa sus propias palabras para el ánimo. Elige el nivel que debe tener aquí cada una. «Sin estado de ánimo» conserva la entrada sin ánimo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Entries that can&apos;t be imported</source>
        <translation>Entradas que no se pueden importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the other entries and leave these out</source>
        <translation>Importar las demás entradas y dejar fuera estas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing. Everything is added in one step: if it stops, nothing is added.</source>
        <translation>Importando. Todo se añade en un solo paso: si se detiene, no se añade nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file you imported is not encrypted. If you no longer need it, Companion can delete it now.</source>
        <translation>El archivo que importaste no está cifrado. Si ya no lo necesitas, Companion puede borrarlo ahora.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete the file…</source>
        <translation>&amp;Borrar el archivo…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the file to import</source>
        <translation>Elige el archivo que importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal exports (*.csv *.json *.zip *.daylio);;All files (*)</source>
        <translation>Exportaciones de diarios (*.csv *.json *.zip *.daylio);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is a {format} file.</source>
        <translation>Es un archivo {format}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New entries to import: {n}.</source>
        <translation>Entradas nuevas para importar: {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already in your journal, so skipped: {n}.</source>
        <translation>Ya están en tu diario, así que se omiten: {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They run from {first} to {last}.</source>
        <translation>Van del {first} al {last}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New tags: {tags}.</source>
        <translation>Etiquetas nuevas: {tags}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import.</source>
        <translation>No hay nada nuevo que importar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No mood</source>
        <translation>Sin estado de ánimo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{word}” ({count})</source>
        <translation>«{word}» ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level for the mood word {word}</source>
        <translation>Nivel para la palabra de ánimo {word}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>…and {n} more</source>
        <translation>…y {n} más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} entries in the file can&apos;t be imported as they are (listed with where they are in the file and why). The rest can still come in.</source>
        <translation>{n} entradas del archivo no se pueden importar tal como están (se indica dónde están en el archivo y por qué). El resto sí puede entrar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Imported: {count}.</source>
        <translation>Importadas: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in your journal, so not added again: {count}.</source>
        <translation>Ya estaban en tu diario, así que no se añaden de nuevo: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out because they couldn&apos;t be read: {count}. Everything else came in safely.</source>
        <translation>Se dejaron fuera porque no se pudieron leer: {count}. Todo lo demás entró sin problemas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {name}?</source>
        <translation>¿Borrar {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is overwritten and deleted. Copies elsewhere (a sync folder, a backup, the app you exported from) are not touched.</source>
        <translation>El archivo se sobrescribe y se borra. Las copias que haya en otros sitios (una carpeta sincronizada, una copia de seguridad, la aplicación desde la que exportaste) no se tocan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the file</source>
        <translation>Borrar el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was deleted.</source>
        <translation>El archivo se ha borrado.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="-78"/>
        <source>The other copy had {count}.</source>
        <translation>La otra copia tenía {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added here: {count}.</source>
        <translation>Añadidas aquí: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated with a newer edit from the copy: {count}.</source>
        <translation>Actualizadas con una edición más reciente de la copia: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Newer here, so kept as they are: {count}.</source>
        <translation>Más recientes aquí, así que se quedan como están: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already the same on both: {count}.</source>
        <translation>Ya iguales en las dos: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on both computers, so both versions are kept side by side: {count}.</source>
        <translation>Cambiadas en los dos ordenadores, así que se conservan las dos versiones una junto a otra: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out because they couldn&apos;t be read: {count}.</source>
        <translation>Se dejaron fuera porque no se pudieron leer: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted.</source>
        <translation>No se ha borrado nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Merge another journal</source>
        <translation>Combinar otro diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the entries of an encrypted copy from another computer (a .companion file). Entries in both are matched: the newest edit is kept, and when both were changed, both versions are kept. Nothing is deleted.</source>
        <translation>Trae las entradas de una copia cifrada de otro ordenador (un archivo .companion). Las entradas que están en las dos se emparejan: se conserva la edición más reciente y, si se cambiaron en las dos, se conservan ambas versiones. No se borra nada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That copy&apos;s passphrase</source>
        <translation>La frase de acceso de esa copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That copy&apos;s &amp;passphrase:</source>
        <translation>&amp;Frase de acceso de esa copia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase the journal had when the copy was made. Its recovery code works too.</source>
        <translation>La frase de acceso que tenía el diario cuando se hizo la copia. Su código de recuperación también sirve.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the other journal</source>
        <translation>Elige el otro diario</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+149"/>
        <source>{name}: made {when}, {count}.</source>
        <translation>{name}: creada {when}, {count}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the copy and merging…</source>
        <translation>Abriendo la copia y combinando…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="-175"/>
        <location line="+9"/>
        <source>Open a journal from a file</source>
        <translation>Abrir un diario desde un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an encrypted copy of a journal (a .companion file), for example one saved in a guest session or brought on a USB stick. It becomes the journal on this computer.</source>
        <translation>Abre una copia cifrada de un diario (un archivo .companion), por ejemplo una guardada en una sesión de invitado o traída en una memoria USB. Pasa a ser el diario de este ordenador.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+74"/>
        <source>The copy&apos;s passphrase</source>
        <translation>La frase de acceso de la copia</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+69"/>
        <source>Its &amp;passphrase:</source>
        <translation>Su &amp;frase de acceso:</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>I have its recovery code instead</source>
        <translation>Tengo su código de recuperación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This computer already has a journal. It is not deleted: it is kept aside in a folder next to it, and the copy takes its place.</source>
        <translation>Este ordenador ya tiene un diario. No se borra: se guarda aparte en una carpeta junto a él, y la copia ocupa su lugar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put this copy in place of the journal on this computer</source>
        <translation>Poner esta copia en lugar del diario de este ordenador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its &amp;recovery code:</source>
        <translation>Su código de &amp;recuperación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy&apos;s recovery code</source>
        <translation>El código de recuperación de la copia</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose the journal file</source>
        <translation>Elige el archivo del diario</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening the journal…</source>
        <translation>Abriendo el diario…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/passphrase_inputs.py" line="+39"/>
        <source>New passphrase</source>
        <translation>Nueva frase de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de acceso otra vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de acceso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase for the copy:</source>
        <translation>&amp;Frase de acceso para la copia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbela otra vez:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de acceso</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Please use at least 8 characters. A few words you&apos;ll remember work well.</source>
        <translation>Usa al menos 8 caracteres. Unas cuantas palabras que vayas a recordar funcionan bien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Las dos frases de acceso todavía no coinciden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good. From now on this passphrase opens the journal.</source>
        <translation>Bien. A partir de ahora, esta frase de acceso abre el diario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good. You&apos;ll need this passphrase to open the copy.</source>
        <translation>Bien. Necesitarás esta frase de acceso para abrir la copia.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="-89"/>
        <location line="+9"/>
        <source>Save an encrypted copy</source>
        <translation>Guardar una copia cifrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what you wrote in this session as one encrypted file, for example on a USB stick. On your own computer, open it with “Open a journal from a file…”. Nothing else from this session is kept on this computer.</source>
        <translation>Guarda lo que escribiste en esta sesión como un único archivo cifrado, por ejemplo en una memoria USB. En tu propio ordenador, ábrelo con «Abrir un diario desde un archivo…». Nada más de esta sesión se guarda en este ordenador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No place chosen yet.</source>
        <translation>Todavía no has elegido ningún lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a place…</source>
        <translation>&amp;Elegir un lugar…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save the copy</source>
        <translation>&amp;Guardar la copia</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Where should the copy go?</source>
        <translation>¿Dónde quieres guardar la copia?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>my-journal-{date}</source>
        <translation>mi-diario-{date}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Encrypting and saving the copy…</source>
        <translation>Cifrando y guardando la copia…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: {count}, encrypted, in {path}. Open it with the passphrase you just chose.</source>
        <translation>Guardado: {count}, cifrado, en {path}. Ábrelo con la frase de acceso que acabas de elegir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you ever forget that passphrase, this recovery code opens the copy. Write it down now; it is shown only once:</source>
        <translation>Si alguna vez olvidas esa frase de acceso, este código de recuperación abre la copia. Apúntalo ahora; solo se muestra una vez:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery code for the copy: {code}</source>
        <translation>Código de recuperación de la copia: {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/place_dialog.py" line="-71"/>
        <source>Home folder</source>
        <translation>Carpeta personal</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type where it goes, or pick a place below (a USB stick shows up there). Nothing about this choice is remembered.</source>
        <translation>Escribe dónde va o elige un lugar abajo (ahí aparece una memoria USB). No se recuerda nada de esta elección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full path</source>
        <translation>Ruta completa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Path:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or pick a pla&amp;ce:</source>
        <translation>O elige un &amp;lugar:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save here</source>
        <translation>Guardar aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this folder</source>
        <translation>Elegir esta carpeta</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please choose a place.</source>
        <translation>Elige un lugar, por favor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That folder isn&apos;t there. Choose a place from the list.</source>
        <translation>Esa carpeta no existe. Elige un lugar de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file with that name.</source>
        <translation>No hay ningún archivo con ese nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no folder with that name.</source>
        <translation>No hay ninguna carpeta con ese nombre.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../companion/ui/vault/change_passphrase_dialog.py" line="+36"/>
        <source>Companion — Change passphrase</source>
        <translation>Companion — Cambiar la frase de acceso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your passphrase</source>
        <translation>Cambia tu frase de acceso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries stay as they are. Your recovery code keeps working with the new passphrase.</source>
        <translation>Tus entradas se quedan como están. Tu código de recuperación sigue funcionando con la nueva frase de acceso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>Current passphrase</source>
        <translation>Frase de acceso actual</translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+174"/>
        <source>New passphrase</source>
        <translation>Nueva frase de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+1"/>
        <source>Type the new passphrase again</source>
        <translation>Escribe otra vez la nueva frase de acceso</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../companion/ui/vault/first_run.py" line="+83"/>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+77"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+85"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+7"/>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+6"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please type your current passphrase.</source>
        <translation>Escribe tu frase de acceso actual.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changing your passphrase…</source>
        <translation>Cambiando tu frase de acceso…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That isn&apos;t your current passphrase. Check Caps Lock and try again — nothing was changed.</source>
        <translation>Esa no es tu frase de acceso actual. Comprueba el Bloq Mayús y vuelve a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/first_run.py" line="+52"/>
        <location filename="../../companion/ui/vault/guest_welcome.py" line="+44"/>
        <source>Welcome to Companion</source>
        <translation>Te damos la bienvenida a Companion</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Everything you write stays on this computer, encrypted with your passphrase. There is no account and no internet connection, so nobody else can read it.</source>
        <translation>Todo lo que escribas se queda en este ordenador, cifrado con tu frase de acceso. No hay cuenta ni conexión a internet, así que nadie más puede leerlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What Companion keeps private</source>
        <translation>Lo que Companion mantiene en privado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de acceso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You&apos;ll type it each time you open your journal. Make it at least 8 characters; a short sentence or a few words is easier to remember than a jumble of symbols.</source>
        <translation>La escribirás cada vez que abras tu diario. Que tenga al menos 8 caracteres; una frase corta o unas cuantas palabras se recuerdan mejor que un lío de símbolos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-62"/>
        <location line="+22"/>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type it again to be sure</source>
        <translation>Escríbela otra vez para asegurarte</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-62"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Just trying it, or not your computer? Use Companion as a guest</source>
        <translation>¿Solo lo pruebas o no es tu ordenador? Entra como invitado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already have a journal? Open a journal from a file…</source>
        <translation>¿Ya tienes un diario? Abre un diario desde un archivo…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Creating your journal… this takes a moment.</source>
        <translation>Creando tu diario… tardará un momento.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/guest_welcome.py" line="+2"/>
        <source>Use Companion as a guest</source>
        <translation>Usar Companion como invitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest session keeps nothing on this computer. What you write stays in memory, encrypted, and is erased when you end the session or close Companion.</source>
        <translation>Una sesión de invitado no guarda nada en este ordenador. Lo que escribas se queda en la memoria, cifrado, y se borra cuando terminas la sesión o cierras Companion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before you leave you can save an encrypted copy to a USB stick or another place you choose, and open it at home as your own journal.</source>
        <translation>Antes de irte puedes guardar una copia cifrada en una memoria USB o en otro lugar que elijas, y abrirla en casa como tu propio diario.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a shared computer, so every session here is a guest session.</source>
        <translation>Este es un ordenador compartido, así que cada sesión aquí es una sesión de invitado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal that is already on this computer stays locked; a guest session cannot see it.</source>
        <translation>El diario que ya está en este ordenador sigue bloqueado; una sesión de invitado no puede verlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What a guest session keeps</source>
        <translation>Lo que guarda una sesión de invitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Start a guest session</source>
        <translation>Empezar una sesión de invitado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-12"/>
        <source>Companion — Locked</source>
        <translation>Companion — Bloqueado</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Not your journal? Use Companion as a guest</source>
        <translation>¿No es tu diario? Usa Companion como invitado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a journal from a file…</source>
        <translation>Abrir un diario desde un archivo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type your passphrase to open your journal.</source>
        <translation>Escribe tu frase de acceso para abrir tu diario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use recovery code instead</source>
        <translation>Usar el código de recuperación</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Use your recovery code</source>
        <translation>Usa tu código de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the recovery code you saved when you created your journal, then choose a new passphrase. Your entries stay as they are.</source>
        <translation>Escribe el código de recuperación que guardaste al crear tu diario y luego elige una nueva frase de acceso. Tus entradas se quedan como están.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location filename="../../companion/ui/vault/recovery_code_dialog.py" line="+91"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recovery message</source>
        <translation>Mensaje de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Unlock and set new passphrase</source>
        <translation>Desbloquear y poner una nueva frase de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to passphrase</source>
        <translation>Volver a la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="-51"/>
        <source>An old copy of your journal&apos;s key file (from a backup, a sync folder&apos;s history or a USB stick) can still open today&apos;s journal with the passphrase or recovery code it was made with. Locking out old copies gives your journal a new key, so those old key files stop working on it. Your entries stay as they are. You get a new recovery code; the old one stops working. Backups made before now still open with the passphrase they were made with.</source>
        <translation>Una copia antigua del archivo de clave de tu diario (de una copia de seguridad, del historial de una carpeta sincronizada o de una memoria USB) todavía puede abrir el diario de hoy con la frase de acceso o el código de recuperación con que se hizo. Bloquear las copias antiguas da a tu diario una clave nueva, así que esos archivos de clave antiguos dejan de funcionar con él. Tus entradas se quedan como están. Recibes un código de recuperación nuevo; el antiguo deja de funcionar. Las copias de seguridad hechas antes de ahora se siguen abriendo con la frase de acceso con que se hicieron.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Companion — Lock out old copies</source>
        <translation>Companion — Bloquear las copias antiguas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Lock out old copies</source>
        <translation>Bloquear las copias antiguas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>About locking out old copies</source>
        <translation>Sobre bloquear las copias antiguas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock out old copies now</source>
        <translation>Bloquear las copias antiguas ahora</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+68"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+42"/>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de acceso.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Giving your journal a new key…</source>
        <translation>Dando a tu diario una clave nueva…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That isn&apos;t your passphrase. Check Caps Lock and try again — nothing was changed.</source>
        <translation>Esa no es tu frase de acceso. Comprueba el Bloq Mayús y vuelve a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+6"/>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please type your recovery code.</source>
        <translation>Escribe tu código de recuperación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking your recovery code…</source>
        <translation>Comprobando tu código de recuperación…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="-95"/>
        <source>Your journal locked before you confirmed saving your new recovery code. Your passphrase still opens it. If you didn&apos;t keep the new code, unlock and choose More, then Make a new recovery code, to get another one.</source>
        <translation>Tu diario se bloqueó antes de que confirmaras que habías guardado tu nuevo código de recuperación. Tu frase de acceso sigue abriéndolo. Si no guardaste el código nuevo, desbloquea y elige Más y después Crear un código de recuperación nuevo para obtener otro.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Companion — Make a new recovery code</source>
        <translation>Companion — Crear un código de recuperación nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Make a new recovery code</source>
        <translation>Crear un código de recuperación nuevo</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lost your recovery code? You can make a new one. Your current code will stop working, and the new code is shown straight away so you can save it. Your passphrase and your entries stay as they are.</source>
        <translation>¿Has perdido tu código de recuperación? Puedes crear uno nuevo. Tu código actual dejará de funcionar y el nuevo se muestra al momento para que puedas guardarlo. Tu frase de acceso y tus entradas se quedan como están.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About a new recovery code</source>
        <translation>Sobre un código de recuperación nuevo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="-95"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+1"/>
        <source>Your passphrase</source>
        <translation>Tu frase de acceso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+6"/>
        <source>Make a new code</source>
        <translation>Crear un código nuevo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+20"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+13"/>
        <source>Type your passphrase to go on</source>
        <translation>Escribe tu frase de acceso para continuar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+52"/>
        <source>Making your new recovery code…</source>
        <translation>Creando tu nuevo código de recuperación…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That isn&apos;t your passphrase. Check Caps Lock and try again — nothing was changed, and your current recovery code still works.</source>
        <translation>Esa no es tu frase de acceso. Comprueba el Bloq Mayús y vuelve a intentarlo; no se ha cambiado nada y tu código de recuperación actual sigue funcionando.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Companion — Your new recovery code</source>
        <translation>Companion — Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your old recovery code no longer works. Keep this new one instead.</source>
        <translation>Tu antiguo código de recuperación ya no funciona. Guarda este nuevo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/passphrase_field.py" line="+49"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que Bloq Mayús está activado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock hint</source>
        <translation>Aviso de Bloq Mayús</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide {name}</source>
        <translation>Ocultar {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show {name}</source>
        <translation>Mostrar {name}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/passphrase_form.py" line="+33"/>
        <source>Strength: just starting</source>
        <translation>Seguridad: acabas de empezar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Strength: easy to guess</source>
        <translation>Seguridad: fácil de adivinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: a good start</source>
        <translation>Seguridad: un buen comienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair</source>
        <translation>Seguridad: aceptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>Seguridad: buena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: very strong</source>
        <translation>Seguridad: muy buena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please use at least 8 characters. A short sentence works well.</source>
        <translation>Usa al menos 8 caracteres. Una frase corta funciona bien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This would be easy to guess. A few unrelated words make a strong, memorable passphrase.</source>
        <translation>Sería fácil de adivinar. Unas cuantas palabras sin relación entre sí forman una frase de acceso segura y fácil de recordar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A good start. Adding another word or two would make it much stronger.</source>
        <translation>Buen comienzo. Añadir una o dos palabras más la haría mucho más segura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair. One more word, or a less common one, would help.</source>
        <translation>Aceptable. Una palabra más, o una menos común, ayudaría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong. Keep it somewhere only you can find.</source>
        <translation>Segura. Guárdala donde solo tú puedas encontrarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong. Keep it somewhere only you can find.</source>
        <translation>Muy segura. Guárdala donde solo tú puedas encontrarla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please use at least 8 characters. A few words you&apos;ll remember work well, for example three unrelated words.</source>
        <translation>Usa al menos 8 caracteres. Unas cuantas palabras que vayas a recordar funcionan bien, por ejemplo tres palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases don&apos;t match yet. Please type the same one twice.</source>
        <translation>Las dos frases de acceso todavía no coinciden. Escribe la misma dos veces.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de acceso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase advice</source>
        <translation>Consejo sobre la frase de acceso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A few unrelated words you&apos;ll remember make a good passphrase.</source>
        <translation>Unas cuantas palabras sin relación entre sí que vayas a recordar forman una buena frase de acceso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: nothing typed yet</source>
        <translation>Seguridad: todavía no has escrito nada</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/recovery_code_dialog.py" line="-59"/>
        <source>If you forget your passphrase, this code is the only way back in. Without both, nobody — not even us — can recover your journal. Save it to a file on a USB stick, print it, or write it down, and keep it somewhere private.</source>
        <translation>Si olvidas tu frase de acceso, este código es la única forma de volver a entrar. Sin ninguno de los dos, nadie (ni siquiera nosotros) puede recuperar tu diario. Guárdalo en un archivo en una memoria USB, imprímelo o apúntalo, y guárdalo en un lugar privado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Companion recovery code</source>
        <translation>Código de recuperación de Companion</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Companion — Your recovery code</source>
        <translation>Companion — Tu código de recuperación</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Why the recovery code matters</source>
        <translation>Por qué importa el código de recuperación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery code to a file</source>
        <translation>Guardar el código de recuperación en un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing is not available on this computer.</source>
        <translation>No se puede imprimir en este ordenador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>I have saved my recovery code</source>
        <translation>He guardado mi código de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to my journal</source>
        <translation>Continuar a mi diario</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save your recovery code</source>
        <translation>Guarda tu código de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to {name}. Keep that file somewhere private.</source>
        <translation>Guardado en {name}. Guarda ese archivo en un lugar privado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing is not available here. Please save or write the code down.</source>
        <translation>Aquí no se puede imprimir. Guarda el código o apúntalo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please keep your recovery code first, then tick the box and choose Continue.</source>
        <translation>Primero guarda tu código de recuperación; después marca la casilla y elige Continuar.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../companion/ui/journal/vocabulary_words.py" line="+24"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content</source>
        <translation>satisfacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hopeful</source>
        <translation>esperanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excited</source>
        <translation>entusiasmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loved</source>
        <translation>cariño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relieved</source>
        <translation>alivio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peaceful</source>
        <translation>paz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>motivated</source>
        <translation>motivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nostalgic</source>
        <translation>nostalgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bored</source>
        <translation>aburrimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confused</source>
        <translation>confusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numb</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restless</source>
        <translation>inquietud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stressed</source>
        <translation>estrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelmed</source>
        <translation>agobio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scared</source>
        <translation>miedo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disappointed</source>
        <translation>decepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guilty</source>
        <translation>culpa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ashamed</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embarrassed</source>
        <translation>bochorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jealous</source>
        <translation>celos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irritable</source>
        <translation>irritabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrated</source>
        <translation>frustración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angry</source>
        <translation>enfado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study</source>
        <translation>estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friends</source>
        <translation>amistades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading</source>
        <translation>lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>music</source>
        <translation>música</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking</source>
        <translation>cocina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chores</source>
        <translation>tareas de casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gaming</source>
        <translation>videojuegos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>travel</source>
        <translation>viajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slept well</source>
        <translation>dormí bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drank water</source>
        <translation>bebí agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved my body</source>
        <translation>moví el cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time outside</source>
        <translation>tiempo al aire libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>talked to someone</source>
        <translation>hablé con alguien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rested</source>
        <translation>descansé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen break</source>
        <translation>descanso de pantallas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journaled</source>
        <translation>escribí en el diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breathing exercise</source>
        <translation>ejercicio de respiración</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../companion/ui/widgets/busy.py" line="+19"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets/chip_picker.py" line="+76"/>
        <source>{noun}: {name}</source>
        <extracomment>A chip read aloud: {noun} says what it is (&quot;Emotion&quot;, &quot;Tag&quot;), {name} is its word.</extracomment>
        <translation>{noun}: {name}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Find or add {noun}…</source>
        <extracomment>{noun} is what one chip is, in lower case (&quot;emotion&quot;, &quot;tag&quot;).</extracomment>
        <translation>Buscar o añadir {noun}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter. Enter chooses the first match or adds a new one. Down arrow moves to the choices.</source>
        <translation>Escribe para filtrar. Intro elige la primera coincidencia o añade una nueva. La flecha abajo lleva a las opciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find {noun}…</source>
        <translation>Buscar {noun}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter. Enter chooses the first match. Down arrow moves to the choices.</source>
        <translation>Escribe para filtrar. Intro elige la primera coincidencia. La flecha abajo lleva a las opciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find {noun}</source>
        <translation>Buscar {noun}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add new {noun} to</source>
        <translation>Añadir nuevo {noun} a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {noun}</source>
        <translation>Añadir {noun}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing matches.</source>
        <translation>Nada coincide.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Chosen: {names}</source>
        <translation>Elegido: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: none chosen</source>
        <translation>Elegido: nada elegido</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets/markdown_view.py" line="+35"/>
        <source>Entry preview</source>
        <translation>Vista previa de la entrada</translation>
    </message>
</context>
</TS>
