<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Status: machine-assisted translation, drafted with an AI assistant from the English source (December 2026); not yet reviewed by a native speaker. How translations are made and reviewed: docs/translating.md -->
<TS version="2.1" language="de">
<context>
    <name>Help</name>
    <message>
        <location filename="../../companion/selftest/checks/language.py" line="+37"/>
        <location filename="../../companion/selftest/checks/screens.py" line="+65"/>
        <location filename="../../companion/ui/help/access.py" line="+180"/>
        <location filename="../../companion/ui/help/panel.py" line="+76"/>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/access.py" line="-2"/>
        <source>Get help now (F1)</source>
        <translation>Jetzt Hilfe holen (F1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open help and crisis lines (shortcut: F1)</source>
        <translation>Hilfe und Krisentelefone öffnen (Tastenkürzel: F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the list of helplines for your country. Shortcut F1.</source>
        <translation>Öffnet die Liste der Hilfetelefone in deinem Land. Tastenkürzel F1.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/banner.py" line="+34"/>
        <source>The emergency number in Europe, India and many other countries. Elsewhere most mobile phones connect it to local emergency services too, but not everywhere, and not from a landline.</source>
        <translation>Die Notrufnummer in Europa, Indien und vielen anderen Ländern. Anderswo verbinden die meisten Handys sie ebenfalls mit dem örtlichen Notruf, aber nicht überall und nicht vom Festnetz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The emergency number in the United States, Canada, Mexico, the Philippines and some other countries. Many mobile phones connect it elsewhere too, but not everywhere.</source>
        <translation>Die Notrufnummer in den USA, Kanada, Mexiko, auf den Philippinen und in einigen anderen Ländern. Viele Handys verbinden sie auch anderswo, aber nicht überall.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../companion/ui/help/service_card.py" line="+188"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>In an emergency in {country}, call</source>
        <translation>Im Notfall in {country} ruf an:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Emergency number in {country}</source>
        <translation>Notrufnummer in {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Call {number}</source>
        <translation>{number} anrufen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Call emergency services {number}</source>
        <translation>Notruf {number} anrufen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Call emergency number {number}</source>
        <translation>Notrufnummer {number} anrufen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../companion/ui/help/sections.py" line="+174"/>
        <location filename="../../companion/ui/help/wording.py" line="+189"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/controls.py" line="+55"/>
        <location line="+198"/>
        <source>Help for</source>
        <translation>Hilfe für</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+91"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Type or choose a country</source>
        <translation>Land eingeben oder wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search help in every country</source>
        <translation>Hilfe in allen Ländern suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every country…</source>
        <translation>In allen Ländern suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: young people, text, Spanish</source>
        <translation>Zum Beispiel: junge Menschen, SMS, Spanisch</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show only:</source>
        <translation>Nur anzeigen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/service_card.py" line="+37"/>
        <source>Text</source>
        <translation>SMS</translation>
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
        <translation>Website</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only services you can reach by {channel}</source>
        <translation>Nur Angebote anzeigen, die du per {channel} erreichst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only services open now</source>
        <translation>Nur Angebote anzeigen, die jetzt geöffnet sind</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type your country</source>
        <translation>Gib dein Land ein</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>We couldn&apos;t find a country called “{text}”. The numbers shown are still for {country}. Try the country&apos;s name in English or your language, or its two-letter code.</source>
        <translation>Wir haben kein Land namens „{text}“ gefunden. Die angezeigten Nummern gelten weiter für {country}. Versuch es mit dem Namen des Landes auf Englisch oder in deiner Sprache oder mit seinem Code aus zwei Buchstaben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We couldn&apos;t find a country called “{text}”. Try the country&apos;s name in English or your language, or its two-letter code.</source>
        <translation>Wir haben kein Land namens „{text}“ gefunden. Versuch es mit dem Namen des Landes auf Englisch oder in deiner Sprache oder mit seinem Code aus zwei Buchstaben.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Which country are you in?</source>
        <translation>In welchem Land bist du?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/panel.py" line="-1"/>
        <source>Get help now — Companion</source>
        <translation>Jetzt Hilfe holen — Companion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Help and crisis lines</source>
        <translation>Hilfe und Krisentelefone</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>We don&apos;t have emergency numbers for {country} yet. From a mobile phone, try:</source>
        <translation>Für {country} haben wir noch keine Notrufnummern. Versuch es vom Handy aus mit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In an emergency, if you don&apos;t know the local number, try these. Choose your country above for its own numbers.</source>
        <translation>Wenn du im Notfall die örtliche Nummer nicht kennst, versuch diese. Wähl oben dein Land, um seine eigenen Nummern zu sehen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>We don&apos;t have a list for {country} yet.</source>
        <translation>Für {country} haben wir noch keine Liste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing matches these filters. Try removing one.</source>
        <translation>Nichts passt zu diesen Filtern. Entferne einen davon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No services listed.</source>
        <translation>Keine Angebote aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/qr_code.py" line="+73"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>QR code for {name}</source>
        <translation>QR-Code für {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to call {number}</source>
        <translation>Mit der Handykamera scannen, um {number} anzurufen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close QR code</source>
        <translation>QR-Code schließen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/sections.py" line="-48"/>
        <source>Help that works from anywhere</source>
        <translation>Hilfe, die von überall aus funktioniert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other emergency numbers</source>
        <translation>Weitere Notrufnummern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>call</source>
        <translation>anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>per SMS erreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat with online</source>
        <translation>online per Chat erreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>per E-Mail erreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit online</source>
        <translation>online besuchen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 result in every country</source>
        <translation>1 Treffer in allen Ländern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results in every country</source>
        <translation>
            <numerusform>%n Treffer in allen Ländern</numerusform>
            <numerusform>%n Treffer in allen Ländern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — services you can {ways}</source>
        <translation> — Angebote, die du {ways} kannst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — {country} first</source>
        <translation> — zuerst {country}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/self_care.py" line="+45"/>
        <location line="+5"/>
        <source>Things that may help right now</source>
        <translation>Was jetzt helfen kann</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sorry, “{name}” could not be opened just now.</source>
        <translation>Entschuldigung, „{name}“ ließ sich gerade nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/service_card.py" line="-143"/>
        <source>Cost: {text}</source>
        <translation>Kosten: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy: {text}</source>
        <translation>Datenschutz: {text}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../companion/ui/help/wording.py" line="-50"/>
        <source>your organisation</source>
        <translation>deine Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/wording.py" line="+1"/>
        <source>Added by {who}</source>
        <translation>Hinzugefügt von {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For: {who}</source>
        <translation>Für: {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Languages: {names}</source>
        <translation>Sprachen: {names}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone number for {who}: {number}</source>
        <translation>Telefonnummer von {who}: {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call {who}</source>
        <translation>{who} anrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+157"/>
        <source>Copy number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Copy number for {who}</source>
        <translation>Nummer von {who} kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Show QR code</source>
        <translation>QR-Code zeigen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Show QR code for {who}</source>
        <translation>QR-Code für {who} zeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text {keyword} to {number}</source>
        <translation>Sende {keyword} an {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text {number}</source>
        <translation>SMS an {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text {who}</source>
        <translation>SMS an {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan with your phone&apos;s camera to text {keyword} to {number}</source>
        <translation>Mit der Handykamera scannen, um {keyword} an {number} zu senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan with your phone&apos;s camera to text {number}</source>
        <translation>Mit der Handykamera scannen, um eine SMS an {number} zu senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show QR code to text {who}</source>
        <translation>QR-Code für eine SMS an {who} zeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hours: {hours}</source>
        <translation>Zeiten: {hours}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat with {name}</source>
        <translation>Mit {name} chatten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Website of {name}</source>
        <translation>Website von {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email {name}</source>
        <translation>E-Mail an {name}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/wording.py" line="-115"/>
        <source>Emergency services</source>
        <translation>Notrufdienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis lines — someone to talk to now</source>
        <translation>Krisentelefone — jemand, mit dem du jetzt sprechen kannst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online counselling</source>
        <translation>Online-Beratung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local organisations and clinics</source>
        <translation>Organisationen und Einrichtungen vor Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer and community support</source>
        <translation>Unterstützung durch Betroffene und Gemeinschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Educational sites and apps</source>
        <translation>Informationsseiten und Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee assistance</source>
        <translation>Mitarbeiterberatung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines for particular people</source>
        <translation>Angebote für bestimmte Menschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free call</source>
        <translation>Kostenloser Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay for this call at your normal rate</source>
        <translation>Dieser Anruf kostet deinen normalen Tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay for this call; it may cost more than a normal call</source>
        <translation>Dieser Anruf kostet Geld; er kann teurer sein als ein normaler Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium-rate number: this call costs more than a normal call</source>
        <translation>Sondernummer: Dieser Anruf ist teurer als ein normaler Anruf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer can&apos;t make calls — dial it on a phone or scan the code</source>
        <translation>Dieser Computer kann nicht telefonieren — wähl die Nummer am Telefon oder scanne den Code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer can&apos;t make calls — dial {number} on any phone.</source>
        <translation>Dieser Computer kann nicht telefonieren — wähl {number} an einem beliebigen Telefon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer can&apos;t send texts — text from a phone or scan the code</source>
        <translation>Dieser Computer kann keine SMS senden — schreib vom Telefon aus oder scanne den Code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied {number}. Paste it where you need it.</source>
        <translation>{number} kopiert. Füg die Nummer ein, wo du sie brauchst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a public helpline dataset</source>
        <translation>ein öffentlicher Datensatz von Hilfetelefonen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Checked {date} against Android&apos;s emergency-number list and libphonenumber</source>
        <translation>Am {date} mit der Notrufnummernliste von Android und libphonenumber abgeglichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked {date} against {source}</source>
        <translation>Am {date} mit {source} abgeglichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {name}</source>
        <translation>Quelle: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, dated {date}</source>
        <translation>, Stand {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (and 1 other source)</source>
        <translation> (und 1 weitere Quelle)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>We could not fully confirm the opening hours.</source>
        <translation>Wir konnten die Öffnungszeiten nicht ganz bestätigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We could not fully confirm this.</source>
        <translation>Wir konnten das nicht ganz bestätigen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{city} time</source>
        <translation>Ortszeit {city}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>● Open now</source>
        <translation>● Jetzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ Closed now</source>
        <translation>○ Jetzt geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t tell if open now — see the hours</source>
        <translation>Unklar, ob jetzt geöffnet — sieh dir die Zeiten an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours not listed</source>
        <translation>Keine Zeiten angegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>24 hours, every day</source>
        <translation>Rund um die Uhr, jeden Tag</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n. Add a word to narrow it.</source>
        <translation>
            <numerusform>Der erste Treffer wird gezeigt. Füg ein Wort hinzu, um einzugrenzen.</numerusform>
            <numerusform>Die ersten %n werden gezeigt. Füg ein Wort hinzu, um einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n other sources)</source>
        <translation>
            <numerusform> (und %n weitere Quelle)</numerusform>
            <numerusform> (und %n weitere Quellen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../companion/ui/insights/chart_panel.py" line="+63"/>
        <location line="+65"/>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Show {chart} as a table</source>
        <translation>{chart} als Tabelle zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export {chart} as a PNG picture</source>
        <translation>{chart} als PNG-Bild exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{chart}, as a table</source>
        <translation>{chart}, als Tabelle</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show as chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The picture could not be made.</source>
        <translation>Das Bild konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/page.py" line="+125"/>
        <location line="+21"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for my clinician…</source>
        <translation>Bericht für meine Behandlerin oder meinen Behandler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a report for my clinician</source>
        <translation>Einen Bericht für meine Behandlung erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patterns in your own entries and check-ins. They describe your days; they are not a diagnosis.</source>
        <translation>Muster in deinen eigenen Einträgen und Check-ins. Sie beschreiben deine Tage; sie sind keine Diagnose.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last &amp;7 days</source>
        <translation>Letzte &amp;7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;30 days</source>
        <translation>Letzte &amp;30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 &amp;months</source>
        <translation>Letzte 12 &amp;Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All time</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Insight views</source>
        <translation>Ansichten der Einblicke</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location filename="../../companion/ui/insights/present.py" line="+83"/>
        <source>Mood over time</source>
        <translation>Stimmung im Verlauf</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>Year in pixels</source>
        <translation>Das Jahr in Pixeln</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../companion/ui/insights/present.py" line="+104"/>
        <source>Mood by weekday</source>
        <translation>Stimmung nach Wochentag</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/insights/present.py" line="+2"/>
        <source>Mood by time of day</source>
        <translation>Stimmung nach Tageszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/insights/present.py" line="+40"/>
        <source>What goes with your mood</source>
        <translation>Was mit deiner Stimmung einhergeht</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <location filename="../../companion/ui/insights/present.py" line="+30"/>
        <source>Emotions</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Weekdays and times</source>
        <translation>Wochentage und Zeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What goes with mood</source>
        <translation>Was mit der Stimmung einhergeht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year shown in pixels</source>
        <translation>Angezeigtes Jahr in Pixeln</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Looking through all your entries…</source>
        <translation>Alle deine Einträge werden durchgesehen…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/present.py" line="-213"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../companion/ui/insights/words.py" line="+47"/>
        <source>Average mood</source>
        <translation>Durchschnittliche Stimmung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+101"/>
        <source>No moods in this range yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Stimmungen.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No moods in this range yet. Moods you choose for your entries will show here.</source>
        <translation>In diesem Zeitraum gibt es noch keine Stimmungen. Stimmungen, die du für deine Einträge wählst, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average mood {average} ({word}) over {days} with a mood.</source>
        <translation>Durchschnittliche Stimmung {average} ({word}) an {days} mit Stimmung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day}: no mood</source>
        <translation>{day}: keine Stimmung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}: {mood} (average {average}, {entries})</source>
        <extracomment>One day of the year in pixels: {day} a long date, {mood} a mood word, {average} a number, {entries} &quot;1 entry&quot; or &quot;3 entries&quot;.</extracomment>
        <translation>{day}: {mood} (Durchschnitt {average}, {entries})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Year in pixels {year}</source>
        <translation>Das Jahr in Pixeln {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../companion/ui/insights/words.py" line="+34"/>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} with a mood in {year}. Each square is a day; the number in it is the mood from 1 (Awful) to 5 (Great). Use the arrow keys to read each day.</source>
        <translation>{days} mit Stimmung im Jahr {year}. Jedes Quadrat ist ein Tag; die Zahl darin ist die Stimmung von 1 (Furchtbar) bis 5 (Super). Mit den Pfeiltasten liest du jeden Tag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No moods in {year} yet.</source>
        <translation>Noch keine Stimmungen im Jahr {year}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+12"/>
        <source>No moods yet</source>
        <translation>Noch keine Stimmungen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{average} · {amount}</source>
        <translation>{average} · {amount}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The average mood of each weekday; every day counts once.</source>
        <translation>Die durchschnittliche Stimmung jedes Wochentags; jeder Tag zählt einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The average mood of entries by the time they were written.</source>
        <translation>Die durchschnittliche Stimmung der Einträge nach der Uhrzeit, zu der sie geschrieben wurden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{with_avg} with ({with_days}) · {without_avg} without ({without_days})</source>
        <translation>{with_avg} mit ({with_days}) · {without_avg} ohne ({without_days})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough days yet ({with_days} with, {without_days} without)</source>
        <translation>Noch nicht genug Tage ({with_days} mit, {without_days} ohne)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No activities or check-ins in this range yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Aktivitäten oder Check-ins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average mood on your days with and without each activity or self-care action. These describe your days; they do not show causes. An average needs at least {days} on each side.</source>
        <translation>Durchschnittliche Stimmung an deinen Tagen mit und ohne jede Aktivität oder Selbstfürsorge. Das beschreibt deine Tage; es zeigt keine Ursachen. Ein Durchschnitt braucht auf jeder Seite mindestens {days}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{entries} · {percent}%</source>
        <translation>{entries} · {percent} %</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>No emotions named in this range yet.</source>
        <translation>In diesem Zeitraum hast du noch keine Gefühle benannt.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Emotions named in {entries} in this range.</source>
        <translation>Gefühle, benannt in {entries} in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/words.py" line="-64"/>
        <source>Awful</source>
        <translation>Furchtbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Super</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night (midnight to 6)</source>
        <translation>Nacht (Mitternacht bis 6 Uhr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (6 to noon)</source>
        <translation>Morgen (6 Uhr bis Mittag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon (noon to 6)</source>
        <translation>Nachmittag (Mittag bis 18 Uhr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (6 to midnight)</source>
        <translation>Abend (18 Uhr bis Mitternacht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with a mood</source>
        <translation>Tage mit Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries with a mood</source>
        <translation>Einträge mit Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or action</source>
        <translation>Aktivität oder Handlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood with</source>
        <translation>Durchschnittliche Stimmung mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with</source>
        <translation>Tage mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood without</source>
        <translation>Durchschnittliche Stimmung ohne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without</source>
        <translation>Tage ohne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of entries (%)</source>
        <translation>Anteil der Einträge (%)</translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n days)</source>
        <translation>
            <numerusform>Gleitender Durchschnitt (%n Tag)</numerusform>
            <numerusform>Gleitender Durchschnitt (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n weeks)</source>
        <translation>
            <numerusform>Gleitender Durchschnitt (%n Woche)</numerusform>
            <numerusform>Gleitender Durchschnitt (%n Wochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n months)</source>
        <translation>
            <numerusform>Gleitender Durchschnitt (%n Monat)</numerusform>
            <numerusform>Gleitender Durchschnitt (%n Monate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../companion/ui/journal/calendar_view.py" line="+54"/>
        <source>no entries</source>
        <extracomment>Scripts whose weekday names read well cut to two letters (&quot;Mo&quot;, &quot;lu&quot;, &quot;Пн&quot;).</extracomment>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries</source>
        <extracomment>How many entries a calendar day has; %n is 2 or more.</extracomment>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{date}, today, {entries}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many (&quot;3 entries&quot;).</extracomment>
        <translation>{date}, heute, {entries}</translation>
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
        <translation>{date}, heute, {entries}, Stimmung: {mood}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {entries}, mood: {mood}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many, {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>{date}, {entries}, Stimmung: {mood}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{entries}. Mood: {mood}</source>
        <extracomment>A calendar day&apos;s tooltip: {entries} says how many (&quot;3 entries&quot;), {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>{entries}. Stimmung: {mood}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Showing {month}</source>
        <extracomment>{month} is the month on screen, such as &quot;January 2026&quot;.</extracomment>
        <translation>Angezeigt: {month}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/entry_details.py" line="+31"/>
        <source>spent time outdoors</source>
        <translation>Zeit draußen verbracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something creative</source>
        <translation>etwas Kreatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ate a good meal</source>
        <translation>gut gegessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took my medication</source>
        <translation>Medikamente genommen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Feelings and activities</source>
        <translation>Gefühle und Aktivitäten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Emotion</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activities and self-care</source>
        <translation>Aktivitäten und Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Feeling {emotions}</source>
        <extracomment>{emotions} is a comma-separated list of the chosen feelings.</extracomment>
        <translation>Gefühl: {emotions}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none chosen yet</source>
        <translation>noch nichts gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide feelings and activities</source>
        <translation>Gefühle und Aktivitäten ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show feelings and activities</source>
        <translation>Gefühle und Aktivitäten einblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feelings and activities — {summary}</source>
        <extracomment>{summary} is what was chosen (&quot;Feeling calm · Did work&quot;) or &quot;none chosen yet&quot;.</extracomment>
        <translation>Gefühle und Aktivitäten — {summary}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen: {summary}</source>
        <translation>Gewählt: {summary}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/entry_editor.py" line="+76"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Couldn&apos;t save — your text is still here</source>
        <translation>Speichern nicht möglich — dein Text ist noch da</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date and time of the entry</source>
        <translation>Datum und Uhrzeit des Eintrags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How are you feeling?</source>
        <translation>Wie fühlst du dich?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light Markdown works: *italic*, **bold**, - lists</source>
        <translation>Einfaches Markdown geht: *kursiv*, **fett**, - Listen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write anything you like. Light Markdown works: *italic*, **bold**, - lists.</source>
        <translation>Schreib, was du möchtest. Einfaches Markdown geht: *kursiv*, **fett**, - Listen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview formatted text</source>
        <translation>Vorschau des formatierten Texts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the text formatted (Ctrl+Shift+P)</source>
        <translation>Den Text formatiert zeigen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prompts</source>
        <translation>&amp;Impulse</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../companion/ui/journal/prompt_menu.py" line="+70"/>
        <source>Prompts and templates</source>
        <translation>Schreibimpulse und Vorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A writing prompt, or a daily reflection, gratitude or thought record added at the end of the entry</source>
        <translation>Ein Schreibimpuls oder ein Tagesrückblick, eine Dankbarkeitsübung oder ein Gedankenprotokoll, angefügt am Ende des Eintrags</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A writing prompt or a template (Alt+P)</source>
        <translation>Ein Schreibimpuls oder eine Vorlage (Alt+P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to &amp;trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this entry to the trash</source>
        <translation>Diesen Eintrag in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Couldn&apos;t save — your text is still here. {reason}</source>
        <translation>Speichern nicht möglich — dein Text ist noch da. {reason}</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>One entry holds up to {limit} characters and this one has {length}. Moving part of it into a new entry will let both save.</source>
        <translation>Ein Eintrag fasst bis zu {limit} Zeichen, dieser hat {length}. Wenn du einen Teil in einen neuen Eintrag verschiebst, lassen sich beide speichern.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/main_pages.py" line="+19"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write an entry (Ctrl+N)</source>
        <translation>Eintrag schreiben (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an entry</source>
        <translation>Eintrag schreiben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing here yet. How are you today?</source>
        <translation>Hier ist noch nichts. Wie geht es dir heute?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a face to start an entry, or just write. Everything stays on this computer, encrypted.</source>
        <translation>Wähl ein Gesicht, um einen Eintrag zu beginnen, oder schreib einfach los. Alles bleibt verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a face to start an entry, or just write. Nothing you write here is kept on this computer.</source>
        <translation>Wähl ein Gesicht, um einen Eintrag zu beginnen, oder schreib einfach los. Nichts, was du hier schreibst, wird auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{greeting}. How are you today?</source>
        <extracomment>{greeting} is &quot;Good morning&quot;, &quot;Good afternoon&quot; or &quot;Good evening&quot;.</extracomment>
        <translation>{greeting}. Wie geht es dir heute?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a face to start a new entry, or choose one on the left.</source>
        <translation>Wähl ein Gesicht, um einen neuen Eintrag zu beginnen, oder wähl links einen aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry moved to the trash.</source>
        <translation>Eintrag in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry moved to the trash</source>
        <translation>Eintrag in den Papierkorb verschoben</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../companion/ui/journal/trash_view.py" line="+91"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the entry from the trash</source>
        <translation>Den Eintrag aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/main_window.py" line="+131"/>
        <source>Companion journal</source>
        <translation>Companion-Tagebuch</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Show all days</source>
        <translation>Alle Tage zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries from all days</source>
        <translation>Einträge aller Tage zeigen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Calendar and entries</source>
        <translation>Kalender und Einträge</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Parts of Companion</source>
        <translation>Bereiche von Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Neuen Eintrag beginnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../companion/ui/journal/search_bar.py" line="+123"/>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Dein Tagebuch durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Tagebuch jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change &amp;passphrase…</source>
        <translation>P&amp;assphrase ändern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a &amp;new recovery code…</source>
        <translation>&amp;Neuen Wiederherstellungscode erstellen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock &amp;out old copies…</source>
        <translation>Alte &amp;Kopien aussperren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>Einstell&amp;ungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Companion</source>
        <translation>Übe&amp;r Companion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Your latest changes couldn&apos;t be saved yet.</source>
        <translation>Deine letzten Änderungen konnten noch nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you lock now, those changes will be lost. Everything saved before is safe.</source>
        <translation>Wenn du jetzt sperrst, gehen diese Änderungen verloren. Alles, was vorher gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock anyway</source>
        <translation>Trotzdem sperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep writing</source>
        <translation>Weiterschreiben</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Showing {date}</source>
        <extracomment>{date} is the day chosen in the calendar, as a long date.</extracomment>
        <translation>Angezeigt: {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No entries on this day.</source>
        <translation>Keine Einträge an diesem Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries will appear here, newest first.</source>
        <translation>Deine Einträge erscheinen hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/mood_face.py" line="+19"/>
        <source>Awful</source>
        <translation>Furchtbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Super</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/mood_picker.py" line="+39"/>
        <source>{mood}, chosen</source>
        <extracomment>{mood} is a mood word such as &quot;Okay&quot;.</extracomment>
        <translation>{mood}, gewählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{mood} (key {key})</source>
        <extracomment>{mood} is a mood word; {key} is the number key (1 to 5) that chooses it.</extracomment>
        <translation>{mood} (Taste {key})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Mood: {mood}</source>
        <translation>Stimmung: {mood}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood: not set</source>
        <translation>Stimmung: nicht gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five moods from awful to great. Arrow keys move, Space chooses, 1 to 5 choose directly, Delete clears.</source>
        <translation>Fünf Stimmungen von furchtbar bis super. Pfeiltasten bewegen, Leertaste wählt, 1 bis 5 wählen direkt, Entf löscht.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/prompt_menu.py" line="-1"/>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More &amp;prompts</source>
        <translation>Weitere &amp;Impulse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More writing prompts</source>
        <translation>Weitere Schreibimpulse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing prompt</source>
        <translation>Schreibimpuls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
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
        <translation>Heute: {prompt}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A feeling, such as worried</source>
        <translation>Ein Gefühl, zum Beispiel besorgt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: the feeling</source>
        <extracomment>{field} is the question, such as &quot;Emotion and how strong&quot;.</extracomment>
        <translation>{field}: das Gefühl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Strength</source>
        <translation>&amp;Stärke</translation>
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
        <translation>{field}: Stärke von 0 bis 100</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Questions left empty are left out. Your answers are added at the end of the entry; nothing already written is changed.</source>
        <translation>Leer gelassene Fragen werden weggelassen. Deine Antworten werden am Ende des Eintrags angefügt; nichts bereits Geschriebenes wird verändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add to entry</source>
        <translation>Zum Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the answers to the entry</source>
        <translation>Die Antworten zum Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/prompt_words.py" line="+18"/>
        <source>What is one small thing that went all right today?</source>
        <translation>Was ist eine kleine Sache, die heute gut gelaufen ist?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does your body feel right now, from head to toe?</source>
        <translation>Wie fühlt sich dein Körper gerade an, von Kopf bis Fuß?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been on your mind most today?</source>
        <translation>Was hat dich heute am meisten beschäftigt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you say to a friend who had the day you had?</source>
        <translation>Was würdest du einer Freundin oder einem Freund sagen, die oder der deinen Tag gehabt hätte?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What gave you energy today, and what used it up?</source>
        <translation>Was hat dir heute Energie gegeben, und was hat sie verbraucht?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did you think about today, and why?</source>
        <translation>An wen hast du heute gedacht, und warum?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is something you handled today, even if it was hard?</source>
        <translation>Was hast du heute bewältigt, auch wenn es schwer war?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need more of this week?</source>
        <translation>Wovon brauchst du diese Woche mehr?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there something you would like to put down for tonight?</source>
        <translation>Gibt es etwas, das du für heute Abend ablegen möchtest?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you notice today that you might usually miss?</source>
        <translation>Was ist dir heute aufgefallen, das du sonst vielleicht übersehen würdest?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What brings you comfort when things are heavy?</source>
        <translation>Was tröstet dich, wenn alles schwer ist?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would make tomorrow a little easier?</source>
        <translation>Was würde morgen ein wenig leichter machen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you last laugh or smile, and what was it about?</source>
        <translation>Wann hast du zuletzt gelacht oder gelächelt, und worüber?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe a place where you feel at ease.</source>
        <translation>Beschreib einen Ort, an dem du dich wohlfühlst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily reflection</source>
        <translation>Tagesrückblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few gentle questions to look back on the day.</source>
        <translation>Ein paar behutsame Fragen, um auf den Tag zurückzuschauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today in a few words</source>
        <translation>Der Tag in ein paar Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>However it went, a few words are enough.</source>
        <translation>Wie auch immer er war, ein paar Worte genügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went well, even a little</source>
        <translation>Was gut lief, auch nur ein bisschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small thing counts.</source>
        <translation>Auch Kleines zählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was hard</source>
        <translation>Was schwer war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can name it without fixing it.</source>
        <translation>Du kannst es benennen, ohne es lösen zu müssen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something kind I did for myself</source>
        <translation>Etwas Gutes, das ich für mich getan habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest counts too.</source>
        <translation>Ausruhen zählt auch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something small to look forward to</source>
        <translation>Etwas Kleines, auf das ich mich freue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cup of tea is enough.</source>
        <translation>Eine Tasse Tee genügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gratitude</source>
        <translation>Dankbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three good things, large or small.</source>
        <translation>Drei gute Dinge, groß oder klein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three good things</source>
        <translation>Drei gute Dinge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One good thing</source>
        <translation>Eine gute Sache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something that went well or made you smile.</source>
        <translation>Etwas, das gut gelaufen ist oder dich zum Lächeln gebracht hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another good thing</source>
        <translation>Noch eine gute Sache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small is fine: warm socks count.</source>
        <translation>Klein ist in Ordnung: Warme Socken zählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more</source>
        <translation>Noch eine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person, a place, a moment.</source>
        <translation>Ein Mensch, ein Ort, ein Moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why these mattered</source>
        <translation>Warum sie wichtig waren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they say about what you value.</source>
        <translation>Was sie darüber sagen, was dir wichtig ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thought record</source>
        <translation>Gedankenprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow a difficult thought down and look at it from more than one side.</source>
        <translation>Verlangsame einen schwierigen Gedanken und betrachte ihn von mehr als einer Seite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where were you, what was happening?</source>
        <translation>Wo warst du, was ist passiert?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thought that came up</source>
        <translation>Der Gedanke, der aufkam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went through your mind?</source>
        <translation>Was ist dir durch den Kopf gegangen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion and how strong</source>
        <translation>Gefühl und wie stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the feeling and rate it from 0 to 100.</source>
        <translation>Benenne das Gefühl und bewerte es von 0 bis 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What supports the thought</source>
        <translation>Was für den Gedanken spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts, not guesses.</source>
        <translation>Tatsachen, keine Vermutungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does not fit the thought</source>
        <translation>Was nicht zu dem Gedanken passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you say to a friend who thought this?</source>
        <translation>Was würdest du jemandem sagen, der das denkt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more balanced thought</source>
        <translation>Ein ausgewogenerer Gedanke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something kinder that is also true.</source>
        <translation>Etwas Freundlicheres, das auch stimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The emotion now</source>
        <translation>Das Gefühl jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the same feeling again, from 0 to 100.</source>
        <translation>Bewerte dasselbe Gefühl noch einmal, von 0 bis 100.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/search_bar.py" line="-10"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search your journal</source>
        <translation>Dein Tagebuch durchsuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+195"/>
        <source>Show search filters</source>
        <translation>Suchfilter zeigen</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Only mood {mood}</source>
        <translation>Nur Stimmung {mood}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only entries with this activity or self-care</source>
        <translation>Nur Einträge mit dieser Aktivität oder Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only entries with this feeling</source>
        <translation>Nur Einträge mit diesem Gefühl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag</source>
        <translation>&amp;Schlagwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;eeling</source>
        <translation>G&amp;efühl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit dates: from</source>
        <translation>Zeitraum eingrenzen: von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit dates: to</source>
        <translation>Zeitraum eingrenzen: bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Any activity or self-care</source>
        <translation>Jede Aktivität oder Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any feeling</source>
        <translation>Jedes Gefühl</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Hide search filters</source>
        <translation>Suchfilter ausblenden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The From date is after the To date. Swap them to search.</source>
        <translation>Das Von-Datum liegt nach dem Bis-Datum. Tausch sie, um zu suchen.</translation>
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
        <translation>Nichts gefunden. Versuch es mit weniger Wörtern oder Filtern.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 entry found</source>
        <translation>1 Eintrag gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n+ entries found</source>
        <extracomment>%n is the most results shown; there may be more.</extracomment>
        <translation>
            <numerusform>%n+ Eintrag gefunden</numerusform>
            <numerusform>%n+ Einträge gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries found</source>
        <translation>
            <numerusform>%n Eintrag gefunden</numerusform>
            <numerusform>%n Einträge gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search looks for words and numbers, so this shows 1 entry without searching the text.</source>
        <translation>Die Suche sucht nach Wörtern und Zahlen; deshalb zeigt dies 1 Eintrag, ohne den Text zu durchsuchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Search looks for words and numbers, so this shows %n+ entries without searching the text.</source>
        <translation>
            <numerusform>Die Suche sucht nach Wörtern und Zahlen; deshalb zeigt dies %n+ Eintrag, ohne den Text zu durchsuchen.</numerusform>
            <numerusform>Die Suche sucht nach Wörtern und Zahlen; deshalb zeigt dies %n+ Einträge, ohne den Text zu durchsuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Search looks for words and numbers, so this shows %n entries without searching the text.</source>
        <translation>
            <numerusform>Die Suche sucht nach Wörtern und Zahlen; deshalb zeigt dies %n Eintrag, ohne den Text zu durchsuchen.</numerusform>
            <numerusform>Die Suche sucht nach Wörtern und Zahlen; deshalb zeigt dies %n Einträge, ohne den Text zu durchsuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/search_results.py" line="+81"/>
        <source>{when}, mood {mood}: {title}. {snippet}</source>
        <extracomment>A search result read aloud: {when} is its date and time, {mood} a mood word, {title} the entry&apos;s title or first line, {snippet} the text around the match.</extracomment>
        <translation>{when}, Stimmung {mood}: {title}. {snippet}</translation>
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
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/timeline_view.py" line="+80"/>
        <source>Just a check-in</source>
        <translation>Nur ein Check-in</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}, mood {mood}, {title}, tags {tags}</source>
        <extracomment>A timeline entry read aloud: {time} is the time of day, {mood} a mood word, {title} the title or first line, {tags} a comma-separated list.</extracomment>
        <translation>{time}, Stimmung {mood}, {title}, Schlagwörter {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, mood {mood}, {title}</source>
        <translation>{time}, Stimmung {mood}, {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, no mood, {title}, tags {tags}</source>
        <translation>{time}, keine Stimmung, {title}, Schlagwörter {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, no mood, {title}</source>
        <translation>{time}, keine Stimmung, {title}</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Timeline of entries</source>
        <translation>Zeitleiste der Einträge</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/trash_view.py" line="-40"/>
        <location line="+1"/>
        <location line="+9"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entries in the trash</source>
        <translation>Einträge im Papierkorb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in the trash. Entries you move here wait until you restore them.</source>
        <translation>Der Papierkorb ist leer. Einträge, die du hierher verschiebst, warten, bis du sie wiederherstellst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the selected entry</source>
        <translation>Den ausgewählten Eintrag wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty trash, deleting its entries for good</source>
        <translation>Papierkorb leeren und seine Einträge endgültig löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the trash</source>
        <translation>Papierkorb schließen</translation>
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
        <translation>Einträge hier werden weder gezeigt noch durchsucht. Stell einen wieder her, um ihn zurückzuholen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete this entry for good?</source>
        <translation>Diesen Eintrag endgültig löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete these %n entries for good?</source>
        <translation>
            <numerusform>Diesen %n Eintrag endgültig löschen?</numerusform>
            <numerusform>Diese %n Einträge endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This can&apos;t be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <location filename="../../companion/ui/learn/reader.py" line="+40"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/learn/window.py" line="+38"/>
        <source>1-minute read</source>
        <translation>1 Minute Lesezeit</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n-minute read</source>
        <translation>
            <numerusform>%n Minute Lesezeit</numerusform>
            <numerusform>%n Minuten Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need to talk to someone now? Press F1 or choose Get help now for helplines in your country. It works offline.</source>
        <translation>Möchtest du jetzt mit jemandem sprechen? Drück F1 oder wähl „Jetzt Hilfe holen“ für Hilfetelefone in deinem Land. Das funktioniert auch offline.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The articles could not be found. Help is still one key away: F1.</source>
        <translation>Die Artikel wurden nicht gefunden. Hilfe ist trotzdem nur eine Taste entfernt: F1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This article could not be opened.</source>
        <translation>Dieser Artikel konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article: {title}</source>
        <translation>Artikel: {title}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../companion/ui/shell/messages.py" line="+73"/>
        <source>That passphrase didn&apos;t open your journal. Check Caps Lock and try again — there&apos;s no limit on tries.</source>
        <translation>Mit dieser Passphrase ließ sich dein Tagebuch nicht öffnen. Prüf die Feststelltaste und versuch es noch einmal — die Zahl der Versuche ist nicht begrenzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That recovery code didn&apos;t open your journal. Check each group of letters and numbers and try again — there&apos;s no limit on tries.</source>
        <translation>Mit diesem Wiederherstellungscode ließ sich dein Tagebuch nicht öffnen. Prüf jede Gruppe aus Buchstaben und Zahlen und versuch es noch einmal — die Zahl der Versuche ist nicht begrenzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong. Your saved entries are safe.</source>
        <translation>Etwas ist schiefgegangen. Deine gespeicherten Einträge sind sicher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your latest changes couldn&apos;t be saved before your journal locked (the disk may be full). Everything saved before is safe.</source>
        <translation>Deine letzten Änderungen konnten nicht gespeichert werden, bevor dein Tagebuch gesperrt wurde (vielleicht ist die Festplatte voll). Alles, was vorher gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The small file that unlocks your journal looks damaged, so Companion did not open it. Your passphrase is not the problem, and the files were not changed. Keep them as they are and restore a backup copy if you have one.</source>
        <translation>Die kleine Datei, die dein Tagebuch entsperrt, scheint beschädigt zu sein, deshalb hat Companion es nicht geöffnet. Deine Passphrase ist nicht das Problem, und die Dateien wurden nicht verändert. Lass sie, wie sie sind, und stell eine Sicherungskopie wieder her, falls du eine hast.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Companion couldn&apos;t find your journal in its folder. If you moved it, put it back and start Companion again.</source>
        <translation>Companion findet dein Tagebuch nicht in seinem Ordner. Wenn du es verschoben hast, leg es zurück und starte Companion neu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a journal here, so a new one was not created.</source>
        <translation>Hier gibt es schon ein Tagebuch, deshalb wurde kein neues angelegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your journal&apos;s files look damaged, so Companion did not open them. The files were not changed. Keep them as they are and restore a backup copy if you have one.</source>
        <translation>Die Dateien deines Tagebuchs scheinen beschädigt zu sein, deshalb hat Companion sie nicht geöffnet. Die Dateien wurden nicht verändert. Lass sie, wie sie sind, und stell eine Sicherungskopie wieder her, falls du eine hast.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This journal was saved by a newer version of Companion. Please install the newer version to open it. Nothing was changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Companion gespeichert. Bitte installier die neuere Version, um es zu öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please choose a passphrase with at least 8 characters.</source>
        <translation>Bitte wähl eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: the disk is full. Your text is still here, and everything saved before is safe. Free some space and try again.</source>
        <translation>Speichern nicht möglich: Die Festplatte ist voll. Dein Text ist noch da, und alles vorher Gespeicherte ist sicher. Schaff etwas Platz und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is open in another Companion window or program. Close it there and try again.</source>
        <translation>Dein Tagebuch ist in einem anderen Companion-Fenster oder Programm geöffnet. Schließ es dort und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is locked. Unlock it to carry on.</source>
        <translation>Dein Tagebuch ist gesperrt. Entsperr es, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That entry is no longer there. It may have been deleted for good.</source>
        <translation>Dieser Eintrag ist nicht mehr da. Vielleicht wurde er endgültig gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That entry could not be saved as it is. Please check it and try again.</source>
        <translation>Dieser Eintrag konnte so nicht gespeichert werden. Bitte prüf ihn und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your settings could not be read, so the defaults are used for now.</source>
        <translation>Deine Einstellungen konnten nicht gelesen werden, deshalb gelten vorerst die Standardwerte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some help information could not be loaded. The built-in list is used.</source>
        <translation>Einige Hilfeinformationen konnten nicht geladen werden. Die eingebaute Liste wird verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Companion couldn&apos;t read or write its files. Nothing saved before was lost. Check the disk and try again.</source>
        <translation>Companion konnte seine Dateien nicht lesen oder schreiben. Nichts vorher Gespeichertes ging verloren. Prüf die Festplatte und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../companion/ui/preferences/preferences_dialog.py" line="+41"/>
        <source>Same as this computer</source>
        <translation>Wie dieser Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Companion — Preferences</source>
        <translation>Companion — Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new language is used the next time Companion starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Companion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after minutes without use</source>
        <translation>Sperren nach Minuten ohne Nutzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Country for help</source>
        <translation>Land für die Hilfe</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Use this computer&apos;s region</source>
        <translation>Region dieses Computers verwenden</translation>
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
        <translation>Hohen Kontrast verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a hard day, offer help and a breathing exercise</source>
        <translation>Nach einem schweren Tag Hilfe und eine Atemübung anbieten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lock after</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only these choices are kept in a settings file. Nothing you write in your journal is ever stored there.</source>
        <translation>Nur diese Auswahl wird in einer Einstellungsdatei gespeichert. Nichts, was du in dein Tagebuch schreibst, wird jemals dort gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save preferences</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Set by your organisation</source>
        <translation>Von deiner Organisation festgelegt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> minute</source>
        <extracomment>Shown after the number in the auto-lock field (&quot;1 minute&quot;), with its leading space.</extracomment>
        <translation> Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> minutes</source>
        <translation>
            <numerusform> Minute</numerusform>
            <numerusform> Minuten</numerusform>
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
        <translation>Bericht für meine Behandlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to share. The report is made on this computer and nothing is sent anywhere. A PDF you save is not encrypted: keep it somewhere private.</source>
        <translation>Wähl aus, was du teilen möchtest. Der Bericht wird auf diesem Computer erstellt und nirgendwohin gesendet. Ein gespeichertes PDF ist nicht verschlüsselt: Bewahr es an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../companion/ui/reports/words.py" line="+75"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/reports/words.py" line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my &amp;check-in summary</source>
        <translation>Meine &amp;Check-in-Übersicht einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my check-in summary</source>
        <translation>Meine Check-in-Übersicht einbeziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include &amp;patterns (what goes with my mood)</source>
        <translation>&amp;Muster einbeziehen (was mit meiner Stimmung einhergeht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include patterns: what goes with my mood</source>
        <translation>Muster einbeziehen: was mit meiner Stimmung einhergeht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Entries to include (none unless you tick them):</source>
        <translation>&amp;Einträge zum Einbeziehen (keine, außer du hakst sie an):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to include</source>
        <translation>Einträge zum Einbeziehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all entries</source>
        <translation>Alle Einträge anhaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;none</source>
        <translation>&amp;Keine anhaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all entries</source>
        <translation>Haken bei allen Einträgen entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the report</source>
        <translation>Den Bericht schließen</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Making the report…</source>
        <translation>Der Bericht wird erstellt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mood-report.pdf</source>
        <translation>stimmungsbericht.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: {name} ({pages}).</source>
        <translation>Gespeichert: {name} ({pages}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports/pdf.py" line="+53"/>
        <source>{title} · Page {page} of {pages}</source>
        <extracomment>The footer of a printed page: {title} is the document&apos;s title, {page} and {pages} are numbers.</extracomment>
        <translation>{title} · Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports/words.py" line="-55"/>
        <source>Mood and self-care summary</source>
        <translation>Überblick über Stimmung und Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood over time</source>
        <translation>Stimmung im Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a mood: {days} of {total}.</source>
        <translation>Tage mit Stimmung: {days} von {total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood is recorded on a five-point scale: 1 Awful, 2 Bad, 3 Okay, 4 Good, 5 Great.</source>
        <translation>Die Stimmung wird auf einer Fünf-Punkte-Skala erfasst: 1 Furchtbar, 2 Schlecht, 3 Okay, 4 Gut, 5 Super.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-care check-ins</source>
        <translation>Check-ins zur Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care actions</source>
        <translation>Handlungen der Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a self-care action, by week</source>
        <translation>Tage mit einer Handlung der Selbstfürsorge, nach Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entries chosen to share</source>
        <translation>Zum Teilen gewählte Tagebucheinträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood</source>
        <translation>Durchschnittliche Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling average</source>
        <translation>Gleitender Durchschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood per {unit}, from 1 (Awful) to 5 (Great), with a rolling average.</source>
        <translation>Durchschnittliche Stimmung pro {unit}, von 1 (Furchtbar) bis 5 (Super), mit gleitendem Durchschnitt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days ticked</source>
        <translation>Angehakte Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of days (%)</source>
        <translation>Anteil der Tage (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days counted</source>
        <translation>Gezählte Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough days yet to describe any pattern.</source>
        <translation>Noch nicht genug Tage, um ein Muster zu beschreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on {today} with Companion. The person who kept this journal chose what it contains.</source>
        <translation>Erstellt am {today} mit Companion. Die Person, die dieses Tagebuch führt, hat den Inhalt ausgewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average day mood: {average:.2f}.</source>
        <translation>Durchschnittliche Tagesstimmung: {average:.2f}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a low mood (Awful or Bad): {low}.</source>
        <translation>Tage mit niedriger Stimmung (Furchtbar oder Schlecht): {low}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with at least one self-care action ticked: {days} of {total}.</source>
        <translation>Tage mit mindestens einer angehakten Handlung der Selbstfürsorge: {days} von {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These compare the person&apos;s own days with and without each activity or self-care action. They describe; they do not show causes. Only rows with at least {days} days on each side are shown.</source>
        <translation>Diese Zeilen vergleichen die eigenen Tage der Person mit und ohne jede Aktivität oder Handlung der Selbstfürsorge. Sie beschreiben; sie zeigen keine Ursachen. Es werden nur Zeilen mit mindestens {days} Tagen auf jeder Seite gezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mood: {mood}</source>
        <translation>Stimmung: {mood}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions: {names}</source>
        <translation>Gefühle: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: {names}</source>
        <translation>Schlagwörter: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awful</source>
        <translation>Furchtbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Super</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days with a mood</source>
        <translation>Tage mit Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries with a mood</source>
        <translation>Einträge mit Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How activities and self-care go with mood</source>
        <translation>Wie Aktivitäten und Selbstfürsorge mit der Stimmung einhergehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or action</source>
        <translation>Aktivität oder Handlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood with</source>
        <translation>Durchschnittliche Stimmung mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with</source>
        <translation>Tage mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood without</source>
        <translation>Durchschnittliche Stimmung ohne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without</source>
        <translation>Tage ohne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>SelfCare</name>
    <message numerus="yes">
        <location filename="../../companion/selftest/checks/selfcare_screens.py" line="+60"/>
        <location filename="../../companion/ui/exercises/breathing.py" line="+56"/>
        <source>{cue}, %n seconds</source>
        <translation>
            <numerusform>{cue}, %n Sekunde</numerusform>
            <numerusform>{cue}, %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/actions_dialog.py" line="+45"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Choose check-in actions</source>
        <translation>Check-in-Handlungen wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticked actions appear in your daily list. Hiding one keeps what you ticked before. Press F2 to rename, Alt+Up or Alt+Down to move.</source>
        <translation>Angehakte Handlungen erscheinen in deiner täglichen Liste. Wenn du eine ausblendest, bleibt erhalten, was du vorher angehakt hast. Drück F2 zum Umbenennen, Alt+Pfeil hoch oder Alt+Pfeil runter zum Verschieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check-in actions</source>
        <translation>Check-in-Handlungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action up</source>
        <translation>Die ausgewählte Handlung nach oben verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action down</source>
        <translation>Die ausgewählte Handlung nach unten verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected action</source>
        <translation>Die ausgewählte Handlung umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected action and its history</source>
        <translation>Die ausgewählte Handlung und ihren Verlauf löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something of your own…</source>
        <translation>Etwas Eigenes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Neue Handlung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this action</source>
        <translation>Diese Handlung hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="+74"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Delete this action and what you ticked for it?</source>
        <translation>Diese Handlung und alles, was du dafür angehakt hast, löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To keep its history, untick it instead: it is then hidden.</source>
        <translation>Um den Verlauf zu behalten, nimm stattdessen den Haken weg: Dann wird sie ausgeblendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That action is already on your list.</source>
        <translation>Diese Handlung steht schon auf deiner Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your list is full. Delete an action to add another.</source>
        <translation>Deine Liste ist voll. Lösch eine Handlung, um eine andere hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use 1 to 60 letters, without special characters.</source>
        <translation>Bitte verwende 1 bis 60 Buchstaben, ohne Sonderzeichen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/page.py" line="+70"/>
        <location line="+16"/>
        <source>Self-care check-in</source>
        <translation>Check-in zur Selbstfürsorge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick what you did today. Anything counts, however small.</source>
        <translation>Hak an, was du heute getan hast. Alles zählt, so klein es auch ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your list is empty. Choose some actions to check in with.</source>
        <translation>Deine Liste ist leer. Wähl ein paar Handlungen für deinen Check-in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Choose actions…</source>
        <translation>Handlungen &amp;wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, rename, reorder or hide actions</source>
        <translation>Handlungen wählen, umbenennen, umsortieren oder ausblenden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/reminders.py" line="+110"/>
        <source>Your self-care check-in is here whenever you want it.</source>
        <translation>Dein Check-in zur Selbstfürsorge ist da, wann immer du ihn möchtest.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/reminders_editor.py" line="+35"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remind me to check in while Companion is open</source>
        <translation>&amp;Erinnere mich an den Check-in, solange Companion geöffnet ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me to check in while Companion is open</source>
        <translation>Erinnere mich an den Check-in, solange Companion geöffnet ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A small notification appears at these times, only while Companion is running. Companion never starts by itself.</source>
        <translation>Zu diesen Zeiten erscheint eine kleine Benachrichtigung, nur solange Companion läuft. Companion startet nie von selbst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New reminder time</source>
        <translation>Neue Erinnerungszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;time</source>
        <translation>&amp;Zeit hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this reminder time</source>
        <translation>Diese Erinnerungszeit hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve time</source>
        <translation>Zeit &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected time</source>
        <translation>Die ausgewählte Zeit entfernen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/words.py" line="+21"/>
        <source>Got some sleep</source>
        <translation>Etwas geschlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drank some water</source>
        <translation>Etwas Wasser getrunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Had something to eat</source>
        <translation>Etwas gegessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved my body</source>
        <translation>Mich bewegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent time outdoors</source>
        <translation>Zeit draußen verbracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected with someone</source>
        <translation>Mit jemandem in Kontakt gewesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took my medication</source>
        <translation>Meine Medikamente genommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took a moment to rest</source>
        <translation>Mir einen Moment Ruhe gegönnt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This week is still open: one small kind thing counts.</source>
        <translation>Diese Woche ist noch offen: Eine kleine freundliche Sache zählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quieter week for check-ins. Every day is a fresh start.</source>
        <translation>Eine ruhigere Woche für Check-ins. Jeder Tag ist ein neuer Anfang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You looked after yourself on 1 day this week.</source>
        <translation>Du hast diese Woche an 1 Tag für dich gesorgt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You looked after yourself on %n days this week.</source>
        <translation>
            <numerusform>Du hast diese Woche an %n Tag für dich gesorgt.</numerusform>
            <numerusform>Du hast diese Woche an %n Tagen für dich gesorgt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You looked after yourself on 1 day that week.</source>
        <translation>Du hast in jener Woche an 1 Tag für dich gesorgt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You looked after yourself on %n days that week.</source>
        <translation>
            <numerusform>Du hast in jener Woche an %n Tag für dich gesorgt.</numerusform>
            <numerusform>Du hast in jener Woche an %n Tagen für dich gesorgt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You looked after yourself recently. Every small step counts.</source>
        <translation>Du hast vor Kurzem für dich gesorgt. Jeder kleine Schritt zählt.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="-1"/>
        <source>{cue}, 1 second</source>
        <extracomment>A breathing cue: {cue} is &quot;Breathe in&quot;, &quot;Hold&quot;, &quot;Breathe out&quot; or &quot;Rest&quot;.</extracomment>
        <translation>{cue}, 1 Sekunde</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+1"/>
        <source>My own pace</source>
        <translation>Mein eigenes Tempo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Breathe &amp;in (seconds)</source>
        <translation>&amp;Einatmen (Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold (seconds)</source>
        <translation>&amp;Halten (Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out (seconds)</source>
        <translation>&amp;Ausatmen (Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rest (seconds)</source>
        <translation>&amp;Pause (Sekunden)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How far through this part</source>
        <translation>Fortschritt in diesem Teil</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+84"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start breathing exercise</source>
        <translation>Atemübung starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <location line="+17"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+3"/>
        <location line="+21"/>
        <location line="+28"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+75"/>
        <location line="+17"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-48"/>
        <location line="+21"/>
        <location line="+28"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-90"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-44"/>
        <source>S&amp;top</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop breathing exercise</source>
        <translation>Atemübung beenden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your own pace: {per_minute} breaths a minute.</source>
        <translation>Dein eigenes Tempo: {per_minute} Atemzüge pro Minute.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+36"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a pace, then press Start.</source>
        <translation>Wähl ein Tempo und drück dann auf Starten.</translation>
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
        <translation>Gut gemacht. Nimm dir einen Moment, um zu spüren, wie es dir geht, bevor du weitermachst.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/gentle_response.py" line="+41"/>
        <source>A gentle note</source>
        <translation>Ein behutsamer Hinweis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Get help now (F1)</source>
        <translation>Jetzt Hilfe holen (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try slow &amp;breathing</source>
        <translation>Langsames &amp;Atmen ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try slow breathing</source>
        <translation>Langsames Atmen ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this note</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/grounding.py" line="+48"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorherigen Schritt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press F1 for help.</source>
        <translation>Drück F1 für Hilfe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/pacer.py" line="+22"/>
        <source>Breathing circle</source>
        <translation>Atemkreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Wird beim Einatmen größer und beim Ausatmen kleiner.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-53"/>
        <source>%v of %m parts</source>
        <translation>%v von %m Teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts done</source>
        <translation>Erledigte Teile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start muscle relaxation</source>
        <translation>Muskelentspannung starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next part</source>
        <translation>&amp;Nächster Teil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next part</source>
        <translation>Zum nächsten Teil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop muscle relaxation</source>
        <translation>Muskelentspannung beenden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stopped. You can start again whenever you like.</source>
        <translation>Beendet. Du kannst jederzeit neu beginnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
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
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="-21"/>
        <source>Get help now: press F1</source>
        <translation>Jetzt Hilfe holen: F1 drücken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Short exercises to steady yourself. Stop whenever you like; there is no right or wrong way to do them.</source>
        <translation>Kurze Übungen, um wieder festen Boden zu spüren. Hör auf, wann immer du möchtest; es gibt kein Richtig oder Falsch.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Breathing</source>
        <translation>&amp;Atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5-4-3-2-1 grounding</source>
        <translation>&amp;5-4-3-2-1-Erdung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscle &amp;relaxation</source>
        <translation>Muskel&amp;entspannung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/words.py" line="+20"/>
        <source>Slow breathing</source>
        <translation>Langsames Atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in for five and out for five: about six gentle breaths a minute.</source>
        <translation>Fünf Zählzeiten ein- und fünf ausatmen: etwa sechs ruhige Atemzüge pro Minute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box breathing</source>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in, hold, breathe out and rest for four counts each, like tracing a square.</source>
        <translation>Einatmen, halten, ausatmen und ruhen, jeweils vier Zählzeiten lang, als würdest du ein Quadrat nachzeichnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-Atmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in for four, hold for seven, and let the breath out slowly for eight. If holding feels uncomfortable, try slow breathing instead.</source>
        <translation>Vier Zählzeiten einatmen, sieben halten und den Atem acht Zählzeiten lang langsam ausströmen lassen. Wenn sich das Halten unangenehm anfühlt, versuch stattdessen langsames Atmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My pace</source>
        <translation>Mein Tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own pace.</source>
        <translation>Dein eigenes Tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exercise gently brings your attention back to where you are. Go at your own pace; there is no wrong answer.</source>
        <translation>Diese Übung holt deine Aufmerksamkeit sanft dorthin zurück, wo du gerade bist. Lass dir Zeit; es gibt keine falsche Antwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look around and notice five things you can see.</source>
        <translation>Schau dich um und bemerke fünf Dinge, die du sehen kannst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The colour of a wall, a shadow, the shape of a cup, light from a window.</source>
        <translation>Die Farbe einer Wand, ein Schatten, die Form einer Tasse, Licht aus einem Fenster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice four things you can feel.</source>
        <translation>Bemerke vier Dinge, die du spüren kannst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feet on the floor, the chair holding you, the fabric of your sleeve.</source>
        <translation>Deine Füße auf dem Boden, der Stuhl, der dich trägt, der Stoff deines Ärmels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen for three things you can hear.</source>
        <translation>Lausche auf drei Dinge, die du hören kannst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fan, traffic far away, your own breathing.</source>
        <translation>Ein Ventilator, Verkehr in der Ferne, dein eigener Atem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice two things you can smell.</source>
        <translation>Bemerke zwei Dinge, die du riechen kannst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soap on your hands, the air in the room. If nothing comes, think of a smell you like.</source>
        <translation>Seife an deinen Händen, die Luft im Raum. Wenn dir nichts auffällt, denk an einen Geruch, den du magst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice one thing you can taste.</source>
        <translation>Bemerke eine Sache, die du schmecken kannst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sip of water, or simply the taste in your mouth right now.</source>
        <translation>Ein Schluck Wasser oder einfach der Geschmack in deinem Mund gerade jetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Well done for taking this moment. Take one slow breath before you carry on. If you would like to talk to someone, help is one step away.</source>
        <translation>Schön, dass du dir diesen Moment genommen hast. Nimm einen langsamen Atemzug, bevor du weitermachst. Wenn du mit jemandem sprechen möchtest, ist Hilfe nur einen Schritt entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a comfortable position. You will gently tighten one group of muscles at a time, then let go. Tense only as much as feels comfortable, never to the point of pain, and skip any part of your body that is sore or injured.</source>
        <translation>Such dir eine bequeme Haltung. Du spannst sanft immer eine Muskelgruppe an und lässt dann los. Spann nur so weit an, wie es angenehm ist, nie bis zum Schmerz, und lass jeden Körperteil aus, der wund oder verletzt ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take a moment to notice how your body feels now. When you are ready, slowly move your fingers and toes, and open your eyes.</source>
        <translation>Nimm dir einen Moment, um zu spüren, wie sich dein Körper jetzt anfühlt. Wenn du so weit bist, bewege langsam Finger und Zehen und öffne die Augen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now let go. Notice how the muscles feel as they soften.</source>
        <translation>Jetzt lass los. Spür, wie die Muskeln weicher werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make gentle fists with both hands.</source>
        <translation>Mach mit beiden Händen sanft eine Faust.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper arms</source>
        <translation>Oberarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your elbows and tighten your upper arms.</source>
        <translation>Beuge die Ellbogen und spann die Oberarme an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift your shoulders up towards your ears.</source>
        <translation>Zieh die Schultern zu den Ohren hoch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise your eyebrows as high as is comfortable.</source>
        <translation>Zieh die Augenbrauen so hoch, wie es angenehm ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes and cheeks</source>
        <translation>Augen und Wangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close your eyes tightly and scrunch your cheeks.</source>
        <translation>Kneif die Augen zu und zieh die Wangen zusammen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouth and jaw</source>
        <translation>Mund und Kiefer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press your lips together and gently clench your jaw.</source>
        <translation>Press die Lippen aufeinander und beiß sanft die Zähne zusammen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently press your head back against the chair or pillow.</source>
        <translation>Drück den Kopf sanft nach hinten gegen den Stuhl oder das Kissen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest and back</source>
        <translation>Brust und Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in and draw your shoulder blades together.</source>
        <translation>Atme ein und zieh die Schulterblätter zusammen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stomach</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tighten your stomach muscles, as if bracing.</source>
        <translation>Spann die Bauchmuskeln an, als würdest du dich wappnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hips and seat</source>
        <translation>Hüften und Gesäß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Squeeze the muscles of your seat together.</source>
        <translation>Spann die Gesäßmuskeln an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press your knees together and tighten your thighs.</source>
        <translation>Drück die Knie zusammen und spann die Oberschenkel an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower legs</source>
        <translation>Unterschenkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point your toes up towards your face.</source>
        <translation>Zieh die Zehenspitzen zum Gesicht hin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curl your toes downwards gently.</source>
        <translation>Krall die Zehen sanft nach unten ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5-4-3-2-1 grounding</source>
        <translation>5-4-3-2-1-Erdung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice what you can see, feel, hear, smell and taste, 5 senses, one at a time.</source>
        <translation>Bemerke, was du sehen, spüren, hören, riechen und schmecken kannst: 5 Sinne, einer nach dem anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progressive muscle relaxation</source>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently tense and release one part of your body at a time.</source>
        <translation>Spann sanft einen Körperteil nach dem anderen an und lass wieder los.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That sounds like a hard moment. If it would help, support is here whenever you want it, or you could try a few slow breaths.</source>
        <translation>Das klingt nach einem schweren Moment. Wenn es hilft: Unterstützung ist da, wann immer du sie möchtest, oder du versuchst ein paar langsame Atemzüge.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/copy_switch.py" line="+44"/>
        <source>&amp;Let me read this plan without unlocking (not encrypted)</source>
        <translation>&amp;Diesen Plan ohne Entsperren lesen können (nicht verschlüsselt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let me read this plan without unlocking. The copy is not encrypted.</source>
        <translation>Diesen Plan ohne Entsperren lesen können. Die Kopie ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On: a copy of this plan that is not encrypted is kept in Companion&apos;s data folder, so you can read it from the help panel without unlocking. It is updated each time your plan is saved.</source>
        <translation>An: Eine unverschlüsselte Kopie dieses Plans liegt im Datenordner von Companion, damit du sie im Hilfebereich ohne Entsperren lesen kannst. Sie wird jedes Mal aktualisiert, wenn dein Plan gespeichert wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Off: your plan is kept only inside your encrypted journal.</source>
        <translation>Aus: Dein Plan liegt nur in deinem verschlüsselten Tagebuch.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep a copy of your plan that is not encrypted?</source>
        <translation>Eine unverschlüsselte Kopie deines Plans behalten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy is NOT encrypted. Anyone who can open Companion&apos;s data folder on this computer could read your safety plan, without your passphrase. Your journal stays encrypted; only the plan is copied. You can turn this off at any time, which deletes the copy.</source>
        <translation>Die Kopie ist NICHT verschlüsselt. Wer den Datenordner von Companion auf diesem Computer öffnen kann, könnte deinen Sicherheitsplan ohne deine Passphrase lesen. Dein Tagebuch bleibt verschlüsselt; nur der Plan wird kopiert. Du kannst das jederzeit ausschalten, dann wird die Kopie gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep a readable copy</source>
        <translation>Lesbare Kopie behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it encrypted only</source>
        <translation>Nur verschlüsselt behalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The readable copy was deleted.</source>
        <translation>Die lesbare Kopie wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="+4"/>
        <source>My safety plan, readable copy</source>
        <translation>Mein Sicherheitsplan, lesbare Kopie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no readable copy of your safety plan on this computer. After unlocking, you can make one on the safety plan page (it is not encrypted).</source>
        <translation>Auf diesem Computer gibt es keine lesbare Kopie deines Sicherheitsplans. Nach dem Entsperren kannst du auf der Seite des Sicherheitsplans eine anlegen (sie ist nicht verschlüsselt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close the safety plan</source>
        <translation>Sicherheitsplan schließen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/page.py" line="+169"/>
        <source>A plan for hard moments, in your own words. Work through the steps in order until you feel safer. You can change it at any time; it is saved as you type, inside your encrypted journal.</source>
        <translation>Ein Plan für schwere Momente, in deinen eigenen Worten. Geh die Schritte der Reihe nach durch, bis du dich sicherer fühlst. Du kannst ihn jederzeit ändern; er wird beim Tippen in deinem verschlüsselten Tagebuch gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press F1 for helplines in your country.</source>
        <translation>Drück F1 für Hilfetelefone in deinem Land.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my safety plan</source>
        <translation>Meinen Sicherheitsplan drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my safety plan as a PDF</source>
        <translation>Meinen Sicherheitsplan als PDF speichern</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Services from the help directory you could add:</source>
        <translation>Angebote aus dem Hilfeverzeichnis, die du hinzufügen könntest:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add: {service}</source>
        <translation>Hinzufügen: {service}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add {service} to step 5</source>
        <translation>{service} zu Schritt 5 hinzufügen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A line could not be saved as it is (it may be very long or hold unusual characters). Please check it.</source>
        <translation>Eine Zeile konnte so nicht gespeichert werden (vielleicht ist sie sehr lang oder enthält ungewöhnliche Zeichen). Bitte prüf sie.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing saved yet</source>
        <translation>Noch nichts gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {day} at {time}</source>
        <extracomment>When the plan was last saved: {day} is a short date, {time} a time of day.</extracomment>
        <translation>Gespeichert am {day} um {time}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A line could not be printed as it is.</source>
        <translation>Eine Zeile konnte so nicht gedruckt werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save my safety plan as PDF</source>
        <translation>Meinen Sicherheitsplan als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety-plan.pdf</source>
        <translation>sicherheitsplan.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/step_editor.py" line="+73"/>
        <source>Add a line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a line to: {step}</source>
        <translation>Zeile hinzufügen zu: {step}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>For example: {example}</source>
        <translation>Zum Beispiel: {example}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How to reach them (optional)</source>
        <translation>Wie du sie erreichst (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note (optional)</source>
        <translation>Eine Notiz (optional)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Line {n}</source>
        <translation>Zeile {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {n}: note or how to reach them</source>
        <translation>Zeile {n}: Notiz oder wie du sie erreichst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move line {n} up</source>
        <translation>Zeile {n} nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move line {n} down</source>
        <translation>Zeile {n} nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line {n}</source>
        <translation>Zeile {n} entfernen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/words.py" line="+22"/>
        <source>Signs that a hard time is starting</source>
        <translation>Anzeichen, dass eine schwere Zeit beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thoughts, feelings, moments or habits that tell you things are getting harder, so you can notice them early.</source>
        <translation>Die Gedanken, Gefühle, Momente oder Gewohnheiten, die dir zeigen, dass es schwerer wird, damit du sie früh bemerkst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I stop answering messages</source>
        <translation>Ich antworte nicht mehr auf Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things I can do on my own</source>
        <translation>Was ich allein tun kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small things that have helped you feel a little steadier before, that you can do without anyone else.</source>
        <translation>Kleine Dinge, die dir schon einmal geholfen haben, dich etwas stabiler zu fühlen, und die du ohne andere tun kannst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A slow walk round the block</source>
        <translation>Ein langsamer Spaziergang um den Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and places that take my mind off things</source>
        <translation>Menschen und Orte, die mich ablenken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or places that give you a break from hard thoughts; you do not have to talk about how you feel there.</source>
        <translation>Gesellschaft oder Orte, die dir eine Pause von schweren Gedanken geben; dort musst du nicht darüber sprechen, wie es dir geht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library café</source>
        <translation>Das Café in der Bücherei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you trust enough to tell that you are struggling, and how to reach them.</source>
        <translation>Menschen, denen du genug vertraust, um ihnen zu sagen, dass es dir schlecht geht, und wie du sie erreichst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My cousin Sam</source>
        <translation>Mein Cousin Sam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals and services I can contact</source>
        <translation>Fachleute und Stellen, an die ich mich wenden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your doctor or counsellor, a crisis line, and the emergency number, with the numbers ready to use.</source>
        <translation>Deine Ärztin oder dein Arzt, deine Therapeutin oder dein Therapeut, ein Krisentelefon und der Notruf, mit den Nummern griffbereit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My doctor&apos;s surgery</source>
        <translation>Meine Hausarztpraxis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making my surroundings safer</source>
        <translation>Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to put time and distance between you and anything you could use to hurt yourself, with help from someone if that is easier.</source>
        <translation>Wege, Zeit und Abstand zwischen dich und alles zu bringen, womit du dir schaden könntest, gern mit Hilfe von jemandem, wenn das leichter ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask someone I trust to look after my medicines for a while</source>
        <translation>Jemanden, dem ich vertraue, bitten, meine Medikamente eine Weile aufzubewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is worth living for</source>
        <translation>Wofür es sich zu leben lohnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people, things and hopes that matter to you, even on the hardest days.</source>
        <translation>Die Menschen, Dinge und Hoffnungen, die dir wichtig sind, auch an den schwersten Tagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seeing my niece grow up</source>
        <translation>Meine Nichte aufwachsen sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy is not encrypted: anyone who can open this folder can read it. You can turn it off in Companion&apos;s safety plan settings, which deletes it.</source>
        <translation>Diese Kopie ist nicht verschlüsselt: Wer diesen Ordner öffnen kann, kann sie lesen. Du kannst sie in den Einstellungen des Sicherheitsplans in Companion ausschalten, dann wird sie gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you are in danger now, call your local emergency number.</source>
        <translation>Wenn du jetzt in Gefahr bist, ruf deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing written yet)</source>
        <translation>(noch nichts geschrieben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps of this plan are adapted from the Safety Planning Intervention by Barbara Stanley and Gregory K. Brown (Stanley &amp; Brown, 2012, Cognitive and Behavioral Practice 19(2), 256–264). The wording is Companion&apos;s own.</source>
        <translation>Die Schritte dieses Plans sind angelehnt an die Safety Planning Intervention von Barbara Stanley und Gregory K. Brown (Stanley &amp; Brown, 2012, Cognitive and Behavioral Practice 19(2), 256–264). Die Formulierungen stammen von Companion.</translation>
    </message>
    <message numerus="yes">
        <source>%n days in a row of looking after yourself.</source>
        <translation>
            <numerusform>%n Tag in Folge für dich gesorgt.</numerusform>
            <numerusform>%n Tage in Folge für dich gesorgt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../companion/ui/feature_set.py" line="+76"/>
        <source>Chec&amp;k-in</source>
        <translation>&amp;Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation>&amp;Einblicke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety &amp;plan</source>
        <translation>Sicher&amp;heitsplan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xercises…</source>
        <translation>Übun&amp;gen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learn…</source>
        <translation>&amp;Lernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for my &amp;clinician…</source>
        <translation>Bericht für meine Be&amp;handlerin oder meinen Behandler…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Breathing and grounding exercises</source>
        <translation>Atem- und Erdungsübungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read: understanding and finding help</source>
        <translation>Lesen: verstehen und Hilfe finden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/about_dialog.py" line="+27"/>
        <source>Companion is free software: you can share and change it under the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Companion ist freie Software: Du kannst sie unter der GNU General Public License, Version 3 oder (nach deiner Wahl) jeder späteren Version, weitergeben und verändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Companion opens no network connection, ever: no telemetry, no update check, no account, no fonts or pictures from the web. Phone numbers, text messages and websites are handed to your computer only when you click Call, Text, Chat or Website.</source>
        <translation>Companion baut niemals eine Netzwerkverbindung auf: keine Telemetrie, keine Update-Prüfung, kein Konto, keine Schriften oder Bilder aus dem Internet. Telefonnummern, SMS und Websites werden nur dann an deinen Computer übergeben, wenn du auf Anrufen, SMS, Chat oder Website klickst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What Companion cannot protect against: a keylogger or other spying software on this computer; the administrator of this computer; someone watching your screen or looking over your shoulder. On a shared or work computer, please keep this in mind.</source>
        <translation>Wovor Companion nicht schützen kann: ein Keylogger oder andere Spionagesoftware auf diesem Computer; die Person, die diesen Computer verwaltet; jemand, der auf deinen Bildschirm oder dir über die Schulter schaut. Denk auf einem geteilten oder dienstlichen Computer bitte daran.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The help directory is built from public sources; each service shows where its number came from and the date of that source.</source>
        <translation>Das Hilfeverzeichnis beruht auf öffentlichen Quellen; bei jedem Angebot steht, woher seine Nummer stammt und von wann diese Quelle ist.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+19"/>
        <source>About Companion</source>
        <translation>Über Companion</translation>
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
        <translation>Ein privates Tagebuch mit Hilfe, die offline funktioniert, nur einen Tastendruck entfernt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the help directory comes from</source>
        <translation>Woher das Hilfeverzeichnis stammt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help data licence and sources</source>
        <translation>Lizenz und Quellen der Hilfedaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close About</source>
        <translation>„Über“ schließen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/crash.py" line="+79"/>
        <source>You can keep going. If it happens again, restarting Companion may help.</source>
        <translation>Du kannst weitermachen. Wenn es wieder passiert, kann ein Neustart von Companion helfen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/neutral_screen.py" line="+23"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled page</source>
        <translation>Seite ohne Titel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/quick_exit.py" line="+38"/>
        <source>Shift pressed. Press it two more times to leave quickly.</source>
        <translation>Umschalttaste gedrückt. Drück sie noch zweimal, um schnell zu gehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Shift one more time to leave quickly.</source>
        <translation>Drück die Umschalttaste noch einmal, um schnell zu gehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving now.</source>
        <translation>Wird jetzt verlassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick exit was not used. The count of Shift presses started again.</source>
        <translation>Der Schnellausstieg wurde nicht verwendet. Die Zählung der Umschalttaste beginnt von vorn.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <source>Quick exit</source>
        <translation>Schnellausstieg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide Companion at once and lock it (or press Shift three times).</source>
        <translation>Companion sofort ausblenden und sperren (oder dreimal die Umschalttaste drücken).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shift press count</source>
        <translation>Anzahl der Umschalt-Drücke</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n of 3 Shift presses</source>
        <translation>
            <numerusform>%n von 3 Umschalt-Drücken</numerusform>
            <numerusform>%n von 3 Umschalt-Drücken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/quick_exit_note.py" line="+17"/>
        <source>Quick exit (the button, or Shift pressed three times) hides every Companion window at once and locks your journal. It cannot hide that Companion is installed, clear other programs or your browser history, or undo what someone has already seen.</source>
        <translation>Der Schnellausstieg (die Schaltfläche oder dreimal die Umschalttaste) blendet alle Companion-Fenster auf einmal aus und sperrt dein Tagebuch. Er kann nicht verbergen, dass Companion installiert ist, keine anderen Programme oder deinen Browserverlauf löschen und nicht ungeschehen machen, was jemand schon gesehen hat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About quick exit</source>
        <translation>Über den Schnellausstieg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>Verstanden, diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/session_banner.py" line="+34"/>
        <source>This is a shared computer: nothing you write is kept here. The session ends when you choose End session or leave it idle.</source>
        <translation>Dies ist ein geteilter Computer: Nichts, was du schreibst, wird hier gespeichert. Die Sitzung endet, wenn du „Sitzung beenden“ wählst oder sie ungenutzt lässt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guest session: nothing you write is kept on this computer.</source>
        <translation>Gastsitzung: Nichts, was du schreibst, wird auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About this session</source>
        <translation>Über diese Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session ends soon</source>
        <translation>Sitzung endet bald</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy…</source>
        <translation>Verschlüsselte Kopie speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy of this session&apos;s journal</source>
        <translation>Eine verschlüsselte Kopie des Tagebuchs dieser Sitzung speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End session and erase it</source>
        <translation>Sitzung beenden und löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Still there? This session ends in %n seconds and everything in it is erased.</source>
        <translation>
            <numerusform>Bist du noch da? Diese Sitzung endet in %n Sekunde, und alles darin wird gelöscht.</numerusform>
            <numerusform>Bist du noch da? Diese Sitzung endet in %n Sekunden, und alles darin wird gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/window_manager.py" line="+305"/>
        <source>Your journal is in a network folder.</source>
        <translation>Dein Tagebuch liegt in einem Netzwerkordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion works there. Lock or close it here before opening it on another computer, so that changes from one never overwrite the other.</source>
        <translation>Companion funktioniert dort. Sperr oder schließ es hier, bevor du es auf einem anderen Computer öffnest, damit Änderungen des einen nie die des anderen überschreiben.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>End this session and erase what you wrote?</source>
        <translation>Diese Sitzung beenden und löschen, was du geschrieben hast?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing from this session is kept on this computer. To keep your entries, save an encrypted copy first.</source>
        <translation>Nichts aus dieser Sitzung wird auf diesem Computer gespeichert. Um deine Einträge zu behalten, speichere zuerst eine verschlüsselte Kopie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End and erase</source>
        <translation>Beenden und löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy first…</source>
        <translation>Zuerst eine Kopie speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep writing</source>
        <translation>Weiterschreiben</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Your passphrase is changed.</source>
        <translation>Deine Passphrase ist geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the new one next time you unlock. Your recovery code still works. An old copy of your journal&apos;s key file still opens it with the old passphrase: to stop that, choose More, then Lock out old copies.</source>
        <translation>Verwende beim nächsten Entsperren die neue. Dein Wiederherstellungscode funktioniert weiterhin. Eine alte Kopie der Schlüsseldatei deines Tagebuchs öffnet es noch mit der alten Passphrase: Um das zu verhindern, wähl Mehr, dann Alte Kopien aussperren.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Mode: {mode}.</source>
        <translation>Modus: {mode}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings managed by your organisation ({path}): {summary}</source>
        <translation>Von deiner Organisation verwaltete Einstellungen ({path}): {summary}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not used from the policy file (the safest setting applies):</source>
        <translation>Aus der Richtliniendatei nicht verwendet (die sicherste Einstellung gilt):</translation>
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
        <location filename="../../companion/ui/transfer/backups_dialog.py" line="+61"/>
        <source>Companion makes an encrypted backup by itself when you lock or close it (at most once a day) and before every upgrade. It keeps the last {daily} daily and {weekly} weekly backups. Each backup opens with the passphrase you had when it was made.</source>
        <translation>Companion erstellt von selbst eine verschlüsselte Sicherung, wenn du es sperrst oder schließt (höchstens einmal am Tag), und vor jedem Update. Es behält die letzten {daily} täglichen und {weekly} wöchentlichen Sicherungen. Jede Sicherung öffnet sich mit der Passphrase, die du beim Erstellen hattest.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+20"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, die neuesten zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backups yet. Choose “Back up now” to make one.</source>
        <translation>Noch keine Sicherungen. Wähl „Jetzt sichern“, um eine zu erstellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also copy to a folder…</source>
        <translation>Zusätzlich in einen Ordner kopieren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="+79"/>
        <source>Show the folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/damage_dialog.py" line="+271"/>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+244"/>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="+295"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+161"/>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked, good</source>
        <translation>Geprüft, in Ordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged, do not use</source>
        <translation>Beschädigt, nicht verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be checked</source>
        <translation>Konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A second copy on a USB stick is optional.</source>
        <translation>Eine zweite Kopie auf einem USB-Stick ist freiwillig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second copy of each backup made here goes to: {path}</source>
        <translation>Eine zweite Kopie jeder hier erstellten Sicherung kommt nach: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a folder for a second copy</source>
        <translation>Ordner für eine zweite Kopie wählen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making a backup and checking it…</source>
        <translation>Sicherung wird erstellt und geprüft…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup made and checked: {when}, {count}. It is encrypted.</source>
        <translation>Sicherung erstellt und geprüft: {when}, {count}. Sie ist verschlüsselt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second copy is in {path}.</source>
        <translation>Eine zweite Kopie liegt in {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The second copy could not be written (is the USB stick still there?). The backup itself is fine.</source>
        <translation>Die zweite Kopie konnte nicht geschrieben werden (steckt der USB-Stick noch?). Die Sicherung selbst ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restore the backup from {date}?</source>
        <translation>Die Sicherung vom {date} wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will be locked first. The journal as it is now is not deleted: it is kept aside in a folder next to it, and you can go back to it. Afterwards, unlock with the passphrase you had on {date}.</source>
        <translation>Dein Tagebuch wird zuerst gesperrt. Das Tagebuch in seinem jetzigen Zustand wird nicht gelöscht: Es wird in einem Ordner daneben beiseitegelegt, und du kannst dorthin zurück. Entsperr es danach mit der Passphrase, die du am {date} hattest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock and restore</source>
        <translation>Sperren und wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t restore</source>
        <translation>Nicht wiederherstellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your journal could not be locked, so nothing was restored.</source>
        <translation>Dein Tagebuch konnte nicht gesperrt werden, deshalb wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/commands.py" line="+66"/>
        <source>A guest session keeps nothing on this computer.</source>
        <translation>Eine Gastsitzung speichert nichts auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So there are no backups, and nothing to merge into. To keep what you wrote, save an encrypted copy.</source>
        <translation>Deshalb gibt es keine Sicherungen und nichts zum Zusammenführen. Um zu behalten, was du geschrieben hast, speichere eine verschlüsselte Kopie.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="-4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge another journal…</source>
        <translation>Anderes Tagebuch &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/common.py" line="+75"/>
        <source>entries not recorded</source>
        <translation>Einträge nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Abgebrochen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That passphrase or recovery code didn&apos;t open this journal file. Check Caps Lock and try again.</source>
        <translation>Mit dieser Passphrase oder diesem Wiederherstellungscode ließ sich diese Tagebuchdatei nicht öffnen. Prüf die Feststelltaste und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companion doesn&apos;t recognise this file. Choose its type from the list and try again.</source>
        <translation>Companion erkennt diese Datei nicht. Wähl ihren Typ aus der Liste und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file can&apos;t be read as {format}. It may be damaged or cut short. Nothing was imported.</source>
        <translation>Diese Datei lässt sich nicht als {format} lesen. Vielleicht ist sie beschädigt oder unvollständig. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some entries can&apos;t be imported as they are. Nothing was imported yet.</source>
        <translation>Einige Einträge lassen sich so nicht importieren. Es wurde noch nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please confirm that the file will not be encrypted.</source>
        <translation>Bitte bestätige, dass die Datei nicht verschlüsselt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file or folder with that name. Nothing was written. Choose another name.</source>
        <translation>Es gibt schon eine Datei oder einen Ordner mit diesem Namen. Es wurde nichts geschrieben. Wähl einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This isn&apos;t a Companion journal file, or it is damaged. Nothing was changed.</source>
        <translation>Das ist keine Companion-Tagebuchdatei, oder sie ist beschädigt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be made or did not check out, so it was not kept. Your journal is unchanged.</source>
        <translation>Die Sicherung konnte nicht erstellt werden oder hat die Prüfung nicht bestanden, deshalb wurde sie nicht behalten. Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That backup is no longer there.</source>
        <translation>Diese Sicherung ist nicht mehr da.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The administrator of this computer turned off exports that are not encrypted. You can still save an encrypted copy.</source>
        <translation>Die Person, die diesen Computer verwaltet, hat unverschlüsselte Exporte abgeschaltet. Eine verschlüsselte Kopie kannst du weiterhin speichern.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+2"/>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="-160"/>
        <location line="+160"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+210"/>
        <location filename="../../companion/ui/transfer/place_dialog.py" line="+111"/>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="+179"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Awful</source>
        <translation>Furchtbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Super</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/damage_dialog.py" line="-228"/>
        <source>The small file that unlocks your journal (vault.header) looks damaged. Your passphrase is not the problem.</source>
        <translation>Die kleine Datei, die dein Tagebuch entsperrt (vault.header), scheint beschädigt zu sein. Deine Passphrase ist nicht das Problem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal file (journal.db) is missing.</source>
        <translation>Die Tagebuchdatei (journal.db) fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file is cut short. This happens when it is copied or synced while open, or when the power goes off.</source>
        <translation>Die Tagebuchdatei ist unvollständig. Das passiert, wenn sie kopiert oder synchronisiert wird, während sie geöffnet ist, oder wenn der Strom ausfällt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file does not hold a Companion journal.</source>
        <translation>Die Tagebuchdatei enthält kein Companion-Tagebuch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file with your latest changes (journal.db-wal) is damaged in the middle, so recent changes could not be read safely.</source>
        <translation>Die Datei mit deinen letzten Änderungen (journal.db-wal) ist in der Mitte beschädigt, deshalb konnten die neuesten Änderungen nicht sicher gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is older than it should be: recent changes are missing. A file may have been lost, or an older copy put back.</source>
        <translation>Die Tagebuchdatei ist älter, als sie sein sollte: Neuere Änderungen fehlen. Vielleicht ging eine Datei verloren, oder eine ältere Kopie wurde zurückgelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is older than the file with its latest changes. An older copy may have been put back.</source>
        <translation>Die Tagebuchdatei ist älter als die Datei mit ihren letzten Änderungen. Vielleicht wurde eine ältere Kopie zurückgelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file and the file that unlocks it do not belong together.</source>
        <translation>Die Tagebuchdatei und die Datei, die sie entsperrt, gehören nicht zusammen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the journal file failed their check.</source>
        <translation>Teile der Tagebuchdatei haben die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file could not be read with its key.</source>
        <translation>Die Tagebuchdatei ließ sich mit ihrem Schlüssel nicht lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your journal&apos;s files failed a check.</source>
        <translation>Die Dateien deines Tagebuchs haben eine Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of the damaged files was put aside, untouched, in: {path}</source>
        <translation>Eine Kopie der beschädigten Dateien wurde unverändert beiseitegelegt in: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companion did not open or change the damaged files. If you restore a backup, they are moved aside into a folder next to the journal, never deleted.</source>
        <translation>Companion hat die beschädigten Dateien weder geöffnet noch verändert. Wenn du eine Sicherung wiederherstellst, werden sie in einen Ordner neben dem Tagebuch verschoben, nie gelöscht.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+10"/>
        <source>Your journal needs attention</source>
        <translation>Dein Tagebuch braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for a backup that checks out…</source>
        <translation>Es wird nach einer einwandfreien Sicherung gesucht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the folder</source>
        <translation>Ordner &amp;zeigen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No backup that checks out was found. Keep the files as they are; a copy made elsewhere (a USB stick, another computer) may still help.</source>
        <translation>Es wurde keine einwandfreie Sicherung gefunden. Lass die Dateien, wie sie sind; eine anderswo erstellte Kopie (ein USB-Stick, ein anderer Computer) kann noch helfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The newest backup that checks out is from {date} ({count}). Restoring it brings your journal back as it was then.</source>
        <translation>Die neueste einwandfreie Sicherung ist vom {date} ({count}). Wenn du sie wiederherstellst, ist dein Tagebuch wieder so wie damals.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="-165"/>
        <source>Encrypted copy (.companion) — opens on another computer</source>
        <translation>Verschlüsselte Kopie (.companion) — lässt sich auf einem anderen Computer öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+32"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+73"/>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="+32"/>
        <source>Companion journal files (*.companion)</source>
        <translation>Companion-Tagebuchdateien (*.companion)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON — complete, for moving to other apps</source>
        <translation>JSON — vollständig, zum Umzug in andere Apps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown — one file</source>
        <translation>Markdown — eine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown — one file per day, in a new folder</source>
        <translation>Markdown — eine Datei pro Tag, in einem neuen Ordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV — a table, one row per entry</source>
        <translation>CSV — eine Tabelle, eine Zeile pro Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF — for reading or printing</source>
        <translation>PDF — zum Lesen oder Drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+158"/>
        <source>Export your journal</source>
        <translation>Dein Tagebuch exportieren</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In a guest session, use “Save an encrypted copy…” to keep an encrypted copy.</source>
        <translation>Verwende in einer Gastsitzung „Verschlüsselte Kopie speichern…“, um eine verschlüsselte Kopie zu behalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries between these dates</source>
        <translation>Nur Einträge zwischen diesen Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file will NOT be encrypted. Anyone who can open it can read every entry in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Diese Datei wird NICHT verschlüsselt. Wer sie öffnen kann, kann jeden Eintrag darin lesen. Bewahr sie an einem privaten Ort auf und lösch sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I understand that this file will not be encrypted</source>
        <translation>Ich verstehe, dass diese Datei nicht verschlüsselt wird</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose where the new folder goes</source>
        <translation>Wähl, wohin der neue Ordner kommt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal {date}</source>
        <translation>Tagebuch {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journal-{date}</source>
        <translation>tagebuch-{date}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>My journal</source>
        <translation>Mein Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood: {mood}</source>
        <translation>Stimmung: {mood}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions: {names}</source>
        <translation>Gefühle: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: {names}</source>
        <translation>Schlagwörter: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries in these dates.</source>
        <translation>Keine Einträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {count} to {path}.</source>
        <translation>{count} exportiert nach {path}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="-217"/>
        <source>(no words)</source>
        <translation>(keine Wörter)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import entries</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import entries from another app</source>
        <translation>Einträge aus einer anderen App importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+156"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Companion can bring in entries from Daylio (CSV or .daylio backup), Day One (JSON zip), jrnl (JSON), Diarium (JSON), Pixels (JSON) and its own JSON export. You will see what is in the file before anything is imported.</source>
        <translation>Companion kann Einträge aus Daylio (CSV oder .daylio-Sicherung), Day One (JSON-ZIP), jrnl (JSON), Diarium (JSON), Pixels (JSON) und seinem eigenen JSON-Export übernehmen. Du siehst, was in der Datei steht, bevor irgendetwas importiert wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="-71"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="-135"/>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+4"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find out from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;type:</source>
        <translation>Datei&amp;typ:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A few of the entries</source>
        <translation>Einige der Einträge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moods</source>
        <translation>Stimmungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file uses its own mood words. Choose the level each one should get here. “No mood” keeps the entry without a mood.</source>
        <translation>Diese Datei verwendet eigene Stimmungswörter. Wähl die Stufe, die jedes hier bekommen soll. „Keine Stimmung“ behält den Eintrag ohne Stimmung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Entries that can&apos;t be imported</source>
        <translation>Einträge, die sich nicht importieren lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the other entries and leave these out</source>
        <translation>Die übrigen Einträge importieren und diese weglassen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing. Everything is added in one step: if it stops, nothing is added.</source>
        <translation>Wird importiert. Alles wird in einem Schritt hinzugefügt: Wenn es abbricht, wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file you imported is not encrypted. If you no longer need it, Companion can delete it now.</source>
        <translation>Die importierte Datei ist nicht verschlüsselt. Wenn du sie nicht mehr brauchst, kann Companion sie jetzt löschen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete the file…</source>
        <translation>Datei &amp;löschen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the file to import</source>
        <translation>Die zu importierende Datei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal exports (*.csv *.json *.zip *.daylio);;All files (*)</source>
        <translation>Tagebuch-Exporte (*.csv *.json *.zip *.daylio);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is a {format} file.</source>
        <translation>Das ist eine {format}-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New entries to import: {n}.</source>
        <translation>Neue Einträge zum Importieren: {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already in your journal, so skipped: {n}.</source>
        <translation>Schon in deinem Tagebuch, daher übersprungen: {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They run from {first} to {last}.</source>
        <translation>Sie reichen vom {first} bis {last}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New tags: {tags}.</source>
        <translation>Neue Schlagwörter: {tags}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import.</source>
        <translation>Es gibt nichts Neues zu importieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{word}” ({count})</source>
        <translation>„{word}“ ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level for the mood word {word}</source>
        <translation>Stufe für das Stimmungswort {word}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>…and {n} more</source>
        <translation>…und {n} weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} entries in the file can&apos;t be imported as they are (listed with where they are in the file and why). The rest can still come in.</source>
        <translation>{n} Einträge in der Datei lassen sich so nicht importieren (aufgeführt mit ihrer Stelle in der Datei und dem Grund). Der Rest kann trotzdem übernommen werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Imported: {count}.</source>
        <translation>Importiert: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in your journal, so not added again: {count}.</source>
        <translation>Schon in deinem Tagebuch, daher nicht erneut hinzugefügt: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out because they couldn&apos;t be read: {count}. Everything else came in safely.</source>
        <translation>Weggelassen, weil sie nicht lesbar waren: {count}. Alles andere wurde sicher übernommen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is overwritten and deleted. Copies elsewhere (a sync folder, a backup, the app you exported from) are not touched.</source>
        <translation>Die Datei wird überschrieben und gelöscht. Kopien anderswo (ein Sync-Ordner, eine Sicherung, die App, aus der du exportiert hast) bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was deleted.</source>
        <translation>Die Datei wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="-78"/>
        <source>The other copy had {count}.</source>
        <translation>Die andere Kopie hatte {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added here: {count}.</source>
        <translation>Hier hinzugefügt: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated with a newer edit from the copy: {count}.</source>
        <translation>Mit einer neueren Bearbeitung aus der Kopie aktualisiert: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Newer here, so kept as they are: {count}.</source>
        <translation>Hier neuer, daher unverändert behalten: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already the same on both: {count}.</source>
        <translation>Auf beiden schon gleich: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on both computers, so both versions are kept side by side: {count}.</source>
        <translation>Auf beiden Computern geändert, daher beide Fassungen nebeneinander behalten: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out because they couldn&apos;t be read: {count}.</source>
        <translation>Weggelassen, weil sie nicht lesbar waren: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Merge another journal</source>
        <translation>Anderes Tagebuch zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the entries of an encrypted copy from another computer (a .companion file). Entries in both are matched: the newest edit is kept, and when both were changed, both versions are kept. Nothing is deleted.</source>
        <translation>Übernimm die Einträge einer verschlüsselten Kopie von einem anderen Computer (eine .companion-Datei). Einträge, die es in beiden gibt, werden zugeordnet: Die neueste Bearbeitung bleibt, und wenn beide geändert wurden, bleiben beide Fassungen. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That copy&apos;s passphrase</source>
        <translation>Passphrase dieser Kopie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That copy&apos;s &amp;passphrase:</source>
        <translation>&amp;Passphrase dieser Kopie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase the journal had when the copy was made. Its recovery code works too.</source>
        <translation>Die Passphrase, die das Tagebuch beim Erstellen der Kopie hatte. Ihr Wiederherstellungscode funktioniert auch.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the other journal</source>
        <translation>Das andere Tagebuch wählen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+149"/>
        <source>{name}: made {when}, {count}.</source>
        <translation>{name}: erstellt {when}, {count}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the copy and merging…</source>
        <translation>Die Kopie wird geöffnet und zusammengeführt…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="-175"/>
        <location line="+9"/>
        <source>Open a journal from a file</source>
        <translation>Tagebuch aus einer Datei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an encrypted copy of a journal (a .companion file), for example one saved in a guest session or brought on a USB stick. It becomes the journal on this computer.</source>
        <translation>Öffne eine verschlüsselte Kopie eines Tagebuchs (eine .companion-Datei), zum Beispiel eine in einer Gastsitzung gespeicherte oder auf einem USB-Stick mitgebrachte. Sie wird zum Tagebuch auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+74"/>
        <source>The copy&apos;s passphrase</source>
        <translation>Passphrase der Kopie</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+69"/>
        <source>Its &amp;passphrase:</source>
        <translation>Ihre &amp;Passphrase:</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>I have its recovery code instead</source>
        <translation>Ich habe stattdessen ihren Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This computer already has a journal. It is not deleted: it is kept aside in a folder next to it, and the copy takes its place.</source>
        <translation>Auf diesem Computer gibt es schon ein Tagebuch. Es wird nicht gelöscht: Es wird in einem Ordner daneben beiseitegelegt, und die Kopie tritt an seine Stelle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put this copy in place of the journal on this computer</source>
        <translation>Diese Kopie anstelle des Tagebuchs auf diesem Computer verwenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its &amp;recovery code:</source>
        <translation>Ihr &amp;Wiederherstellungscode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy&apos;s recovery code</source>
        <translation>Wiederherstellungscode der Kopie</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose the journal file</source>
        <translation>Die Tagebuchdatei wählen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening the journal…</source>
        <translation>Das Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/passphrase_inputs.py" line="+39"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase for the copy:</source>
        <translation>&amp;Passphrase für die Kopie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Noch einmal eingeben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Passphrase zeigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Please use at least 8 characters. A few words you&apos;ll remember work well.</source>
        <translation>Bitte verwende mindestens 8 Zeichen. Ein paar Wörter, die du dir merken kannst, eignen sich gut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good. From now on this passphrase opens the journal.</source>
        <translation>Gut. Ab jetzt öffnet diese Passphrase das Tagebuch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good. You&apos;ll need this passphrase to open the copy.</source>
        <translation>Gut. Du brauchst diese Passphrase, um die Kopie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/place_dialog.py" line="-71"/>
        <source>Home folder</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type where it goes, or pick a place below (a USB stick shows up there). Nothing about this choice is remembered.</source>
        <translation>Gib ein, wohin es soll, oder wähl unten einen Ort (ein USB-Stick erscheint dort). Nichts an dieser Wahl wird gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full path</source>
        <translation>Vollständiger Pfad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or pick a pla&amp;ce:</source>
        <translation>Oder wähl einen &amp;Ort:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save here</source>
        <translation>Hier speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this folder</source>
        <translation>Diesen Ordner wählen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please choose a place.</source>
        <translation>Bitte wähl einen Ort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That folder isn&apos;t there. Choose a place from the list.</source>
        <translation>Diesen Ordner gibt es nicht. Wähl einen Ort aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file with that name.</source>
        <translation>Es gibt keine Datei mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no folder with that name.</source>
        <translation>Es gibt keinen Ordner mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="-50"/>
        <source>Your journal is back as it was on {date} ({count}). Unlock it with the passphrase or recovery code you used then.</source>
        <translation>Dein Tagebuch ist wieder so, wie es am {date} war ({count}). Entsperr es mit der Passphrase oder dem Wiederherstellungscode, den du damals verwendet hast.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal you had before was not deleted. It is kept in this folder: {path}</source>
        <translation>Das Tagebuch, das du vorher hattest, wurde nicht gelöscht. Es liegt in diesem Ordner: {path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That backup is no longer there, so nothing was changed. Unlock and choose another one from the list.</source>
        <translation>Diese Sicherung ist nicht mehr da, deshalb wurde nichts verändert. Entsperr das Tagebuch und wähl eine andere aus der Liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring the backup from {date}…</source>
        <translation>Die Sicherung vom {date} wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="-89"/>
        <location line="+9"/>
        <source>Save an encrypted copy</source>
        <translation>Verschlüsselte Kopie speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what you wrote in this session as one encrypted file, for example on a USB stick. On your own computer, open it with “Open a journal from a file…”. Nothing else from this session is kept on this computer.</source>
        <translation>Bewahr, was du in dieser Sitzung geschrieben hast, als eine verschlüsselte Datei auf, zum Beispiel auf einem USB-Stick. Öffne sie auf deinem eigenen Computer mit „Tagebuch aus einer Datei öffnen…“. Sonst wird nichts aus dieser Sitzung auf diesem Computer behalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No place chosen yet.</source>
        <translation>Noch kein Ort gewählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a place…</source>
        <translation>Ort &amp;wählen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save the copy</source>
        <translation>Kopie &amp;speichern</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Where should the copy go?</source>
        <translation>Wohin soll die Kopie?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>my-journal-{date}</source>
        <translation>mein-tagebuch-{date}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Encrypting and saving the copy…</source>
        <translation>Die Kopie wird verschlüsselt und gespeichert…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: {count}, encrypted, in {path}. Open it with the passphrase you just chose.</source>
        <translation>Gespeichert: {count}, verschlüsselt, in {path}. Öffne sie mit der Passphrase, die du gerade gewählt hast.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you ever forget that passphrase, this recovery code opens the copy. Write it down now; it is shown only once:</source>
        <translation>Wenn du diese Passphrase einmal vergisst, öffnet dieser Wiederherstellungscode die Kopie. Schreib ihn jetzt auf; er wird nur einmal gezeigt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery code for the copy: {code}</source>
        <translation>Wiederherstellungscode für die Kopie: {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../companion/ui/vault/change_passphrase_dialog.py" line="+36"/>
        <source>Companion — Change passphrase</source>
        <translation>Companion — Passphrase ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your passphrase</source>
        <translation>Deine Passphrase ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries stay as they are. Your recovery code keeps working with the new passphrase.</source>
        <translation>Deine Einträge bleiben, wie sie sind. Dein Wiederherstellungscode funktioniert auch mit der neuen Passphrase.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+174"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+1"/>
        <source>Type the new passphrase again</source>
        <translation>Neue Passphrase noch einmal eingeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../companion/ui/vault/first_run.py" line="+83"/>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+77"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+85"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+7"/>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+6"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please type your current passphrase.</source>
        <translation>Bitte gib deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changing your passphrase…</source>
        <translation>Deine Passphrase wird geändert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That isn&apos;t your current passphrase. Check Caps Lock and try again — nothing was changed.</source>
        <translation>Das ist nicht deine aktuelle Passphrase. Prüf die Feststelltaste und versuch es noch einmal — es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/first_run.py" line="-34"/>
        <source>Everything you write stays on this computer, encrypted with your passphrase. There is no account and no internet connection, so nobody else can read it.</source>
        <translation>Alles, was du schreibst, bleibt auf diesem Computer, verschlüsselt mit deiner Passphrase. Es gibt kein Konto und keine Internetverbindung, deshalb kann niemand sonst es lesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What Companion keeps private</source>
        <translation>Was Companion privat hält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase</source>
        <translation>Wähl eine Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You&apos;ll type it each time you open your journal. Make it at least 8 characters; a short sentence or a few words is easier to remember than a jumble of symbols.</source>
        <translation>Du gibst sie jedes Mal ein, wenn du dein Tagebuch öffnest. Nimm mindestens 8 Zeichen; ein kurzer Satz oder ein paar Wörter lassen sich leichter merken als ein Durcheinander aus Symbolen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-62"/>
        <location line="+22"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type it again to be sure</source>
        <translation>Zur Sicherheit noch einmal eingeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Create my journal</source>
        <translation>Mein Tagebuch anlegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-62"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Just trying it, or not your computer? Use Companion as a guest</source>
        <translation>Nur ausprobieren oder nicht dein Computer? Als Gast nutzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already have a journal? Open a journal from a file…</source>
        <translation>Schon ein Tagebuch? Tagebuch aus einer Datei öffnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../companion/ui/vault/guest_welcome.py" line="+44"/>
        <source>Welcome to Companion</source>
        <translation>Willkommen bei Companion</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Creating your journal… this takes a moment.</source>
        <translation>Dein Tagebuch wird angelegt… das dauert einen Moment.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/guest_welcome.py" line="+2"/>
        <source>Use Companion as a guest</source>
        <translation>Companion als Gast nutzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest session keeps nothing on this computer. What you write stays in memory, encrypted, and is erased when you end the session or close Companion.</source>
        <translation>Eine Gastsitzung speichert nichts auf diesem Computer. Was du schreibst, bleibt verschlüsselt im Arbeitsspeicher und wird gelöscht, wenn du die Sitzung beendest oder Companion schließt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before you leave you can save an encrypted copy to a USB stick or another place you choose, and open it at home as your own journal.</source>
        <translation>Bevor du gehst, kannst du eine verschlüsselte Kopie auf einem USB-Stick oder an einem anderen Ort deiner Wahl speichern und sie zu Hause als dein eigenes Tagebuch öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a shared computer, so every session here is a guest session.</source>
        <translation>Dies ist ein geteilter Computer, deshalb ist jede Sitzung hier eine Gastsitzung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal that is already on this computer stays locked; a guest session cannot see it.</source>
        <translation>Das Tagebuch, das schon auf diesem Computer liegt, bleibt gesperrt; eine Gastsitzung kann es nicht sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What a guest session keeps</source>
        <translation>Was eine Gastsitzung behält</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Start a guest session</source>
        <translation>Gastsitzung starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="-51"/>
        <source>An old copy of your journal&apos;s key file (from a backup, a sync folder&apos;s history or a USB stick) can still open today&apos;s journal with the passphrase or recovery code it was made with. Locking out old copies gives your journal a new key, so those old key files stop working on it. Your entries stay as they are. You get a new recovery code; the old one stops working. Backups made before now still open with the passphrase they were made with.</source>
        <translation>Eine alte Kopie der Schlüsseldatei deines Tagebuchs (aus einer Sicherung, dem Verlauf eines Sync-Ordners oder von einem USB-Stick) kann das heutige Tagebuch noch mit der Passphrase oder dem Wiederherstellungscode öffnen, mit dem sie erstellt wurde. Alte Kopien auszusperren gibt deinem Tagebuch einen neuen Schlüssel, sodass diese alten Schlüsseldateien nicht mehr damit funktionieren. Deine Einträge bleiben, wie sie sind. Du bekommst einen neuen Wiederherstellungscode; der alte funktioniert nicht mehr. Sicherungen von vor diesem Zeitpunkt öffnen sich weiterhin mit der Passphrase, mit der sie erstellt wurden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Companion — Lock out old copies</source>
        <translation>Companion — Alte Kopien aussperren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Lock out old copies</source>
        <translation>Alte Kopien aussperren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>About locking out old copies</source>
        <translation>Über das Aussperren alter Kopien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="-10"/>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lock out old copies now</source>
        <translation>Alte Kopien jetzt aussperren</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+19"/>
        <source>Type your passphrase to go on</source>
        <translation>Gib deine Passphrase ein, um fortzufahren</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+183"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+33"/>
        <source>Please type your passphrase.</source>
        <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Giving your journal a new key…</source>
        <translation>Dein Tagebuch bekommt einen neuen Schlüssel…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That isn&apos;t your passphrase. Check Caps Lock and try again — nothing was changed.</source>
        <translation>Das ist nicht deine Passphrase. Prüf die Feststelltaste und versuch es noch einmal — es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-195"/>
        <source>Companion — Locked</source>
        <translation>Companion — Gesperrt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not your journal? Use Companion as a guest</source>
        <translation>Nicht dein Tagebuch? Companion als Gast nutzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a journal from a file…</source>
        <translation>Tagebuch aus einer Datei öffnen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your journal is locked</source>
        <translation>Dein Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type your passphrase to open your journal.</source>
        <translation>Gib deine Passphrase ein, um dein Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock message</source>
        <translation>Meldung zum Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use recovery code instead</source>
        <translation>Stattdessen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Use your recovery code</source>
        <translation>Deinen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the recovery code you saved when you created your journal, then choose a new passphrase. Your entries stay as they are.</source>
        <translation>Gib den Wiederherstellungscode ein, den du beim Anlegen deines Tagebuchs gespeichert hast, und wähl dann eine neue Passphrase. Deine Einträge bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location filename="../../companion/ui/vault/recovery_code_dialog.py" line="+91"/>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recovery message</source>
        <translation>Meldung zur Wiederherstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Unlock and set new passphrase</source>
        <translation>Entsperren und neue Passphrase festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to passphrase</source>
        <translation>Zurück zur Passphrase</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Opening your journal…</source>
        <translation>Dein Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please type your recovery code.</source>
        <translation>Bitte gib deinen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking your recovery code…</source>
        <translation>Dein Wiederherstellungscode wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="-95"/>
        <source>Your journal locked before you confirmed saving your new recovery code. Your passphrase still opens it. If you didn&apos;t keep the new code, unlock and choose More, then Make a new recovery code, to get another one.</source>
        <translation>Dein Tagebuch wurde gesperrt, bevor du bestätigt hast, dass du deinen neuen Wiederherstellungscode gespeichert hast. Deine Passphrase öffnet es weiterhin. Wenn du den neuen Code nicht behalten hast, entsperr das Tagebuch und wähl Mehr, dann Neuen Wiederherstellungscode erstellen, um einen weiteren zu bekommen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Companion — Make a new recovery code</source>
        <translation>Companion — Neuen Wiederherstellungscode erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Make a new recovery code</source>
        <translation>Neuen Wiederherstellungscode erstellen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lost your recovery code? You can make a new one. Your current code will stop working, and the new code is shown straight away so you can save it. Your passphrase and your entries stay as they are.</source>
        <translation>Wiederherstellungscode verloren? Du kannst einen neuen erstellen. Dein bisheriger Code funktioniert dann nicht mehr, und der neue wird sofort angezeigt, damit du ihn speichern kannst. Deine Passphrase und deine Einträge bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About a new recovery code</source>
        <translation>Über einen neuen Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a new code</source>
        <translation>Neuen Code erstellen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Making your new recovery code…</source>
        <translation>Dein neuer Wiederherstellungscode wird erstellt…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That isn&apos;t your passphrase. Check Caps Lock and try again — nothing was changed, and your current recovery code still works.</source>
        <translation>Das ist nicht deine Passphrase. Prüf die Feststelltaste und versuch es noch einmal — es wurde nichts verändert, und dein bisheriger Wiederherstellungscode funktioniert weiterhin.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Companion — Your new recovery code</source>
        <translation>Companion — Dein neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new recovery code</source>
        <translation>Dein neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your old recovery code no longer works. Keep this new one instead.</source>
        <translation>Dein alter Wiederherstellungscode funktioniert nicht mehr. Bewahr stattdessen diesen neuen auf.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/passphrase_field.py" line="+49"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste scheint aktiviert zu sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock hint</source>
        <translation>Hinweis zur Feststelltaste</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide {name}</source>
        <translation>{name} verbergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show {name}</source>
        <translation>{name} zeigen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/passphrase_form.py" line="+27"/>
        <source>Strength: easy to guess</source>
        <translation>Stärke: leicht zu erraten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: a good start</source>
        <translation>Stärke: ein guter Anfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair</source>
        <translation>Stärke: mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>Stärke: stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: very strong</source>
        <translation>Stärke: sehr stark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: just starting</source>
        <translation>Stärke: gerade erst begonnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please use at least 8 characters. A short sentence works well.</source>
        <translation>Bitte verwende mindestens 8 Zeichen. Ein kurzer Satz eignet sich gut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This would be easy to guess. A few unrelated words make a strong, memorable passphrase.</source>
        <translation>Das wäre leicht zu erraten. Ein paar Wörter ohne Zusammenhang ergeben eine starke Passphrase, die man sich gut merken kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A good start. Adding another word or two would make it much stronger.</source>
        <translation>Ein guter Anfang. Ein oder zwei weitere Wörter würden sie viel stärker machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair. One more word, or a less common one, would help.</source>
        <translation>Mittel. Ein weiteres Wort oder ein selteneres würde helfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong. Keep it somewhere only you can find.</source>
        <translation>Stark. Bewahr sie dort auf, wo nur du sie findest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong. Keep it somewhere only you can find.</source>
        <translation>Sehr stark. Bewahr sie dort auf, wo nur du sie findest.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please use at least 8 characters. A few words you&apos;ll remember work well, for example three unrelated words.</source>
        <translation>Bitte verwende mindestens 8 Zeichen. Ein paar Wörter, die du dir merken kannst, eignen sich gut, zum Beispiel drei Wörter ohne Zusammenhang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases don&apos;t match yet. Please type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein. Bitte gib zweimal dieselbe ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase advice</source>
        <translation>Tipp zur Passphrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A few unrelated words you&apos;ll remember make a good passphrase.</source>
        <translation>Ein paar Wörter ohne Zusammenhang, die du dir merken kannst, ergeben eine gute Passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: nothing typed yet</source>
        <translation>Stärke: noch nichts eingegeben</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/recovery_code_dialog.py" line="-59"/>
        <source>If you forget your passphrase, this code is the only way back in. Without both, nobody — not even us — can recover your journal. Save it to a file on a USB stick, print it, or write it down, and keep it somewhere private.</source>
        <translation>Wenn du deine Passphrase vergisst, ist dieser Code der einzige Weg zurück. Ohne beides kann niemand — nicht einmal wir — dein Tagebuch wiederherstellen. Speichere ihn in einer Datei auf einem USB-Stick, druck ihn aus oder schreib ihn auf und bewahr ihn an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Companion recovery code</source>
        <translation>Companion-Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Companion — Your recovery code</source>
        <translation>Companion — Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the recovery code matters</source>
        <translation>Warum der Wiederherstellungscode wichtig ist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save to a file…</source>
        <translation>In einer Datei speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery code to a file</source>
        <translation>Den Wiederherstellungscode in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery code</source>
        <translation>Den Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing is not available on this computer.</source>
        <translation>Drucken ist auf diesem Computer nicht möglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>I have saved my recovery code</source>
        <translation>Ich habe meinen Wiederherstellungscode gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to my journal</source>
        <translation>Weiter zu meinem Tagebuch</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save your recovery code</source>
        <translation>Speichere deinen Wiederherstellungscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to {name}. Keep that file somewhere private.</source>
        <translation>Gespeichert in {name}. Bewahr diese Datei an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing is not available here. Please save or write the code down.</source>
        <translation>Drucken ist hier nicht möglich. Bitte speichere den Code oder schreib ihn auf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please keep your recovery code first, then tick the box and choose Continue.</source>
        <translation>Bitte bewahr zuerst deinen Wiederherstellungscode auf, setz dann den Haken und wähl Weiter.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../companion/ui/journal/vocabulary_words.py" line="+24"/>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grateful</source>
        <translation>dankbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hopeful</source>
        <translation>hoffnungsvoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proud</source>
        <translation>stolz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excited</source>
        <translation>begeistert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loved</source>
        <translation>geliebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relieved</source>
        <translation>erleichtert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peaceful</source>
        <translation>friedlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>motivated</source>
        <translation>motiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nostalgic</source>
        <translation>nostalgisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tired</source>
        <translation>müde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bored</source>
        <translation>gelangweilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confused</source>
        <translation>verwirrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numb</source>
        <translation>wie betäubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restless</source>
        <translation>unruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anxious</source>
        <translation>ängstlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stressed</source>
        <translation>gestresst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelmed</source>
        <translation>überfordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scared</source>
        <translation>verängstigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sad</source>
        <translation>traurig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lonely</source>
        <translation>einsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disappointed</source>
        <translation>enttäuscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guilty</source>
        <translation>schuldig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ashamed</source>
        <translation>beschämt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embarrassed</source>
        <translation>verlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jealous</source>
        <translation>eifersüchtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irritable</source>
        <translation>gereizt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrated</source>
        <translation>frustriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angry</source>
        <translation>wütend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise</source>
        <translation>Sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking</source>
        <translation>Kochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chores</source>
        <translation>Hausarbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gaming</source>
        <translation>Spielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>travel</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slept well</source>
        <translation>gut geschlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drank water</source>
        <translation>Wasser getrunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved my body</source>
        <translation>mich bewegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time outside</source>
        <translation>Zeit draußen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>talked to someone</source>
        <translation>mit jemandem gesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rested</source>
        <translation>ausgeruht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen break</source>
        <translation>Bildschirmpause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journaled</source>
        <translation>Tagebuch geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breathing exercise</source>
        <translation>Atemübung</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../companion/ui/widgets/busy.py" line="+19"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
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
        <translation>{noun} suchen oder hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter. Enter chooses the first match or adds a new one. Down arrow moves to the choices.</source>
        <translation>Tippen zum Filtern. Eingabe wählt den ersten Treffer oder fügt einen neuen hinzu. Pfeil nach unten führt zur Auswahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find {noun}…</source>
        <translation>{noun} suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter. Enter chooses the first match. Down arrow moves to the choices.</source>
        <translation>Tippen zum Filtern. Eingabe wählt den ersten Treffer. Pfeil nach unten führt zur Auswahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find {noun}</source>
        <translation>{noun} suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add new {noun} to</source>
        <translation>Neu hinzufügen ({noun}) zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {noun}</source>
        <translation>{noun} hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing matches.</source>
        <translation>Nichts passt.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Chosen: {names}</source>
        <translation>Gewählt: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: none chosen</source>
        <translation>Gewählt: nichts gewählt</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets/markdown_view.py" line="+35"/>
        <source>Entry preview</source>
        <translation>Vorschau des Eintrags</translation>
    </message>
</context>
</TS>
