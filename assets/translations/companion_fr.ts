<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Status: machine-assisted translation, drafted with an AI assistant from the English source (December 2026); not yet reviewed by a native speaker. How translations are made and reviewed: docs/translating.md -->
<TS version="2.1" language="fr">
<context>
    <name>Help</name>
    <message>
        <location filename="../../companion/ui/help/access.py" line="+178"/>
        <source>Get help now (F1)</source>
        <translation>Obtenir de l’aide maintenant (F1)</translation>
    </message>
    <message>
        <location filename="../../companion/selftest/checks/language.py" line="+37"/>
        <location filename="../../companion/selftest/checks/screens.py" line="+65"/>
        <location filename="../../companion/ui/help/access.py" line="+2"/>
        <location filename="../../companion/ui/help/panel.py" line="+76"/>
        <source>Get help now</source>
        <translation>Obtenir de l’aide maintenant</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/access.py" line="+1"/>
        <source>Open help and crisis lines (shortcut: F1)</source>
        <translation>Ouvrir l’aide et les lignes d’écoute de crise (raccourci : F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the list of helplines for your country. Shortcut F1.</source>
        <translation>Ouvre la liste des lignes d’aide de votre pays. Raccourci : F1.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/banner.py" line="+67"/>
        <location filename="../../companion/ui/help/service_card.py" line="+188"/>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>In an emergency in {country}, call</source>
        <translation>En cas d’urgence en {country}, appelez le</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The emergency number in Europe, India and many other countries. Elsewhere most mobile phones connect it to local emergency services too, but not everywhere, and not from a landline.</source>
        <translation>Le numéro d’urgence en Europe, en Inde et dans de nombreux autres pays. Ailleurs, la plupart des téléphones mobiles le relient aussi aux services d’urgence locaux, mais pas partout, et pas depuis un téléphone fixe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The emergency number in the United States, Canada, Mexico, the Philippines and some other countries. Many mobile phones connect it elsewhere too, but not everywhere.</source>
        <translation>Le numéro d’urgence aux États-Unis, au Canada, au Mexique, aux Philippines et dans quelques autres pays. Beaucoup de téléphones mobiles le relient aussi ailleurs, mais pas partout.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+37"/>
        <source>Emergency number</source>
        <translation>Numéro d’urgence</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Emergency number in {country}</source>
        <translation>Numéro d’urgence en {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Call emergency services {number}</source>
        <translation>Appeler les secours : {number}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Call emergency number {number}</source>
        <translation>Appeler le numéro d’urgence {number}</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../companion/ui/help/sections.py" line="+174"/>
        <location filename="../../companion/ui/help/wording.py" line="+189"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/controls.py" line="+55"/>
        <location line="+198"/>
        <source>Help for</source>
        <translation>Aide pour</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+91"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Type or choose a country</source>
        <translation>Saisissez ou choisissez un pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search help in every country</source>
        <translation>Chercher de l’aide dans tous les pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every country…</source>
        <translation>Chercher dans tous les pays…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: young people, text, Spanish</source>
        <translation>Par exemple : jeunes, SMS, espagnol</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show only:</source>
        <translation>Afficher seulement :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only services you can reach by {channel}</source>
        <translation>Afficher seulement les services joignables par {channel}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only services open now</source>
        <translation>Afficher seulement les services ouverts maintenant</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type your country</source>
        <translation>Saisissez votre pays</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>We couldn&apos;t find a country called “{text}”. The numbers shown are still for {country}. Try the country&apos;s name in English or your language, or its two-letter code.</source>
        <translation>Nous n’avons trouvé aucun pays appelé « {text} ». Les numéros affichés restent ceux de {country}. Essayez le nom du pays en anglais ou dans votre langue, ou son code à deux lettres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We couldn&apos;t find a country called “{text}”. Try the country&apos;s name in English or your language, or its two-letter code.</source>
        <translation>Nous n’avons trouvé aucun pays appelé « {text} ». Essayez le nom du pays en anglais ou dans votre langue, ou son code à deux lettres.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Which country are you in?</source>
        <translation>Dans quel pays êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/panel.py" line="-1"/>
        <source>Get help now — Companion</source>
        <translation>Obtenir de l’aide maintenant — Companion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Help and crisis lines</source>
        <translation>Aide et lignes de crise</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>We don&apos;t have emergency numbers for {country} yet. From a mobile phone, try:</source>
        <translation>Nous n’avons pas encore les numéros d’urgence pour {country}. Depuis un téléphone mobile, essayez :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In an emergency, if you don&apos;t know the local number, try these. Choose your country above for its own numbers.</source>
        <translation>En cas d’urgence, si vous ne connaissez pas le numéro local, essayez ceux-ci. Choisissez votre pays ci-dessus pour ses propres numéros.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>We don&apos;t have a list for {country} yet.</source>
        <translation>Nous n’avons pas encore de liste pour {country}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing matches these filters. Try removing one.</source>
        <translation>Rien ne correspond à ces filtres. Essayez d’en retirer un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No services listed.</source>
        <translation>Aucun service dans la liste.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/qr_code.py" line="+73"/>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>QR code for {name}</source>
        <translation>Code QR de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to call {number}</source>
        <translation>Scannez avec l’appareil photo de votre téléphone pour appeler le {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close QR code</source>
        <translation>Fermer le code QR</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/sections.py" line="-48"/>
        <source>Help that works from anywhere</source>
        <translation>De l’aide accessible de partout</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other emergency numbers</source>
        <translation>Autres numéros d’urgence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>call</source>
        <translation>appeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>contacter par SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat with online</source>
        <translation>joindre par chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>contacter par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit online</source>
        <translation>consulter en ligne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 result in every country</source>
        <translation>1 résultat dans tous les pays</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results in every country</source>
        <translation>
            <numerusform>%n résultat dans tous les pays</numerusform>
            <numerusform>%n résultats dans tous les pays</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — services you can {ways}</source>
        <translation> — services que vous pouvez {ways}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — {country} first</source>
        <translation> — {country} d’abord</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/service_card.py" line="-143"/>
        <source>Cost: {text}</source>
        <translation>Coût : {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy: {text}</source>
        <translation>Confidentialité : {text}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../companion/ui/help/wording.py" line="-50"/>
        <source>your organisation</source>
        <translation>votre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/help/wording.py" line="+1"/>
        <source>Added by {who}</source>
        <translation>Ajouté par {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For: {who}</source>
        <translation>Pour : {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Languages: {names}</source>
        <translation>Langues : {names}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone number for {who}: {number}</source>
        <translation>Numéro de téléphone de {who} : {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call {who}</source>
        <translation>Appeler {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+157"/>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Copy number for {who}</source>
        <translation>Copier le numéro de {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Show QR code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Show QR code for {who}</source>
        <translation>Afficher le code QR de {who}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text {keyword} to {number}</source>
        <translation>Envoyez {keyword} au {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text {number}</source>
        <translation>Envoyer un SMS au {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text {who}</source>
        <translation>Envoyer un SMS à {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan with your phone&apos;s camera to text {keyword} to {number}</source>
        <translation>Scannez avec l’appareil photo de votre téléphone pour envoyer {keyword} au {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan with your phone&apos;s camera to text {number}</source>
        <translation>Scannez avec l’appareil photo de votre téléphone pour envoyer un SMS au {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show QR code to text {who}</source>
        <translation>Afficher le code QR pour envoyer un SMS à {who}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hours: {hours}</source>
        <translation>Horaires : {hours}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chat with {name}</source>
        <translation>Discuter avec {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Website of {name}</source>
        <translation>Site web de {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email {name}</source>
        <translation>Écrire à {name}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/wording.py" line="-115"/>
        <source>Emergency services</source>
        <translation>Services d’urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis lines — someone to talk to now</source>
        <translation>Lignes de crise : quelqu’un à qui parler maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online counselling</source>
        <translation>Soutien psychologique en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local organisations and clinics</source>
        <translation>Associations et centres locaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer and community support</source>
        <translation>Soutien entre pairs et communautaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Educational sites and apps</source>
        <translation>Sites et applications d’information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee assistance</source>
        <translation>Programme d’aide aux employés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines for particular people</source>
        <translation>Lignes pour des publics particuliers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free call</source>
        <translation>Appel gratuit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay for this call at your normal rate</source>
        <translation>Cet appel vous est facturé au tarif normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay for this call; it may cost more than a normal call</source>
        <translation>Cet appel vous est facturé ; il peut coûter plus cher qu’un appel normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium-rate number: this call costs more than a normal call</source>
        <translation>Numéro surtaxé : cet appel coûte plus cher qu’un appel normal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer can&apos;t make calls — dial it on a phone or scan the code</source>
        <translation>Cet ordinateur ne peut pas passer d’appels : composez le numéro sur un téléphone ou scannez le code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer can&apos;t make calls — dial {number} on any phone.</source>
        <translation>Cet ordinateur ne peut pas passer d’appels : composez le {number} sur n’importe quel téléphone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer can&apos;t send texts — text from a phone or scan the code</source>
        <translation>Cet ordinateur ne peut pas envoyer de SMS : envoyez-le depuis un téléphone ou scannez le code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied {number}. Paste it where you need it.</source>
        <translation>{number} copié. Collez-le là où vous en avez besoin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a public helpline dataset</source>
        <translation>un jeu de données public de lignes d’aide</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Checked {date} against Android&apos;s emergency-number list and libphonenumber</source>
        <translation>Vérifié le {date} avec la liste des numéros d’urgence d’Android et libphonenumber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked {date} against {source}</source>
        <translation>Vérifié le {date} avec {source}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {name}</source>
        <translation>Source : {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, dated {date}</source>
        <translation>, daté du {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (and 1 other source)</source>
        <translation> (et 1 autre source)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>We could not fully confirm the opening hours.</source>
        <translation>Nous n’avons pas pu confirmer entièrement les horaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We could not fully confirm this.</source>
        <translation>Nous n’avons pas pu le confirmer entièrement.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{city} time</source>
        <translation>heure de {city}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>● Open now</source>
        <translation>● Ouvert maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ Closed now</source>
        <translation>○ Fermé maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t tell if open now — see the hours</source>
        <translation>Impossible de savoir si c’est ouvert : voir les horaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours not listed</source>
        <translation>Horaires non indiqués</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>24 hours, every day</source>
        <translation>24 h sur 24, tous les jours</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/self_care.py" line="+45"/>
        <location line="+5"/>
        <source>Things that may help right now</source>
        <translation>Ce qui peut aider maintenant</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sorry, “{name}” could not be opened just now.</source>
        <translation>Désolé, « {name} » n’a pas pu être ouvert pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n. Add a word to narrow it.</source>
        <translation>
            <numerusform>Affichage du premier résultat. Ajoutez un mot pour affiner.</numerusform>
            <numerusform>Affichage des %n premiers. Ajoutez un mot pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n other sources)</source>
        <translation>
            <numerusform> (et %n autre source)</numerusform>
            <numerusform> (et %n autres sources)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../companion/ui/insights/chart_panel.py" line="+63"/>
        <location line="+65"/>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Show {chart} as a table</source>
        <translation>Afficher {chart} en tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export {chart} as a PNG picture</source>
        <translation>Exporter {chart} en image PNG</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{chart}, as a table</source>
        <translation>{chart}, en tableau</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show as chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The picture could not be made.</source>
        <translation>L’image n’a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/page.py" line="+125"/>
        <location line="+21"/>
        <source>Insights</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for my clinician…</source>
        <translation>Rapport pour mon soignant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a report for my clinician</source>
        <translation>Créer un rapport pour mon soignant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patterns in your own entries and check-ins. They describe your days; they are not a diagnosis.</source>
        <translation>Des tendances dans vos propres notes et bilans. Elles décrivent vos journées ; ce n’est pas un diagnostic.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last &amp;7 days</source>
        <translation>&amp;7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;30 days</source>
        <translation>&amp;30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 &amp;months</source>
        <translation>12 derniers &amp;mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All time</source>
        <translation>&amp;Depuis le début</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Insight views</source>
        <translation>Vues des tendances</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location filename="../../companion/ui/insights/present.py" line="+83"/>
        <source>Mood over time</source>
        <translation>Humeur au fil du temps</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>Year in pixels</source>
        <translation>L’année en pixels</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../companion/ui/insights/present.py" line="+104"/>
        <source>Mood by weekday</source>
        <translation>Humeur selon le jour de la semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/insights/present.py" line="+2"/>
        <source>Mood by time of day</source>
        <translation>Humeur selon le moment de la journée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/insights/present.py" line="+40"/>
        <source>What goes with your mood</source>
        <translation>Ce qui va avec votre humeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <location filename="../../companion/ui/insights/present.py" line="+30"/>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Weekdays and times</source>
        <translation>Jours et heures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What goes with mood</source>
        <translation>Ce qui va avec l’humeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year shown in pixels</source>
        <translation>Année affichée en pixels</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Looking through all your entries…</source>
        <translation>Lecture de toutes vos notes…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/present.py" line="-213"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 entry</source>
        <translation>1 note</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../companion/ui/insights/words.py" line="+47"/>
        <source>Average mood</source>
        <translation>Humeur moyenne</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+101"/>
        <source>No moods in this range yet.</source>
        <translation>Pas encore d’humeur sur cette période.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No moods in this range yet. Moods you choose for your entries will show here.</source>
        <translation>Pas encore d’humeur sur cette période. Les humeurs que vous choisissez pour vos notes apparaîtront ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average mood {average} ({word}) over {days} with a mood.</source>
        <translation>Humeur moyenne {average} ({word}) sur {days} avec une humeur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day}: no mood</source>
        <translation>{day} : pas d’humeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}: {mood} (average {average}, {entries})</source>
        <extracomment>One day of the year in pixels: {day} a long date, {mood} a mood word, {average} a number, {entries} &quot;1 entry&quot; or &quot;3 entries&quot;.</extracomment>
        <translation>{day} : {mood} (moyenne {average}, {entries})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Year in pixels {year}</source>
        <translation>L’année en pixels {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../companion/ui/insights/words.py" line="+34"/>
        <source>No mood</source>
        <translation>Pas d’humeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} with a mood in {year}. Each square is a day; the number in it is the mood from 1 (Awful) to 5 (Great). Use the arrow keys to read each day.</source>
        <translation>{days} avec une humeur en {year}. Chaque carré est un jour ; son chiffre est l’humeur, de 1 (Très mal) à 5 (Très bien). Utilisez les flèches pour lire chaque jour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No moods in {year} yet.</source>
        <translation>Pas encore d’humeur en {year}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+12"/>
        <source>No moods yet</source>
        <translation>Pas encore d’humeur</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{average} · {amount}</source>
        <translation>{average} · {amount}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The average mood of each weekday; every day counts once.</source>
        <translation>L’humeur moyenne de chaque jour de la semaine ; chaque jour compte une fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The average mood of entries by the time they were written.</source>
        <translation>L’humeur moyenne des notes selon l’heure à laquelle elles ont été écrites.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{with_avg} with ({with_days}) · {without_avg} without ({without_days})</source>
        <translation>{with_avg} avec ({with_days}) · {without_avg} sans ({without_days})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough days yet ({with_days} with, {without_days} without)</source>
        <translation>Pas encore assez de jours ({with_days} avec, {without_days} sans)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No activities or check-ins in this range yet.</source>
        <translation>Pas encore d’activité ni de bilan sur cette période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average mood on your days with and without each activity or self-care action. These describe your days; they do not show causes. An average needs at least {days} on each side.</source>
        <translation>Humeur moyenne les jours avec et sans chaque activité ou geste de soin. Elles décrivent vos journées ; elles ne montrent pas de causes. Une moyenne demande au moins {days} de chaque côté.</translation>
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
        <translation>Pas encore d’émotion nommée sur cette période.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Emotions named in {entries} in this range.</source>
        <translation>Émotions nommées dans {entries} sur cette période.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/words.py" line="-64"/>
        <source>Awful</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night (midnight to 6)</source>
        <translation>Nuit (de minuit à 6 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (6 to noon)</source>
        <translation>Matin (de 6 h à midi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon (noon to 6)</source>
        <translation>Après-midi (de midi à 18 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (6 to midnight)</source>
        <translation>Soir (de 18 h à minuit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Soin de soi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with a mood</source>
        <translation>Jours avec une humeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries with a mood</source>
        <translation>Notes avec une humeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or action</source>
        <translation>Activité ou geste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood with</source>
        <translation>Humeur moyenne avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with</source>
        <translation>Jours avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood without</source>
        <translation>Humeur moyenne sans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without</source>
        <translation>Jours sans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of entries (%)</source>
        <translation>Part des notes (%)</translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n days)</source>
        <translation>
            <numerusform>Moyenne glissante (%n jour)</numerusform>
            <numerusform>Moyenne glissante (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n weeks)</source>
        <translation>
            <numerusform>Moyenne glissante (%n semaine)</numerusform>
            <numerusform>Moyenne glissante (%n semaines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling average (%n months)</source>
        <translation>
            <numerusform>Moyenne glissante (%n mois)</numerusform>
            <numerusform>Moyenne glissante (%n mois)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../companion/ui/journal/calendar_view.py" line="+54"/>
        <source>no entries</source>
        <extracomment>Scripts whose weekday names read well cut to two letters (&quot;Mo&quot;, &quot;lu&quot;, &quot;Пн&quot;).</extracomment>
        <translation>aucune note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 note</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries</source>
        <extracomment>How many entries a calendar day has; %n is 2 or more.</extracomment>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{date}, today, {entries}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many (&quot;3 entries&quot;).</extracomment>
        <translation>{date}, aujourd’hui, {entries}</translation>
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
        <translation>{date}, aujourd’hui, {entries}, humeur : {mood}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date}, {entries}, mood: {mood}</source>
        <extracomment>A day read aloud: {date} is the long date, {entries} says how many, {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>{date}, {entries}, humeur : {mood}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{entries}. Mood: {mood}</source>
        <extracomment>A calendar day&apos;s tooltip: {entries} says how many (&quot;3 entries&quot;), {mood} is the day&apos;s mood word (&quot;Good&quot;).</extracomment>
        <translation>{entries}. Humeur : {mood}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Showing {month}</source>
        <extracomment>{month} is the month on screen, such as &quot;January 2026&quot;.</extracomment>
        <translation>Affichage : {month}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/entry_details.py" line="+31"/>
        <source>spent time outdoors</source>
        <translation>du temps dehors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something creative</source>
        <translation>quelque chose de créatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ate a good meal</source>
        <translation>un bon repas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took my medication</source>
        <translation>mon traitement</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Feelings and activities</source>
        <translation>Ressentis et activités</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Feelings</source>
        <translation>Ressentis</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activities and self-care</source>
        <translation>Activités et soin de soi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Soin de soi</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Feeling {emotions}</source>
        <extracomment>{emotions} is a comma-separated list of the chosen feelings.</extracomment>
        <translation>Ressenti : {emotions}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none chosen yet</source>
        <translation>rien de choisi pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide feelings and activities</source>
        <translation>Masquer les ressentis et activités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show feelings and activities</source>
        <translation>Afficher les ressentis et activités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feelings and activities — {summary}</source>
        <extracomment>{summary} is what was chosen (&quot;Feeling calm · Did work&quot;) or &quot;none chosen yet&quot;.</extracomment>
        <translation>Ressentis et activités : {summary}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen: {summary}</source>
        <translation>Choisi : {summary}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/entry_editor.py" line="+76"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Couldn&apos;t save — your text is still here</source>
        <translation>Enregistrement impossible ; votre texte est toujours là</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date and time of the entry</source>
        <translation>Date et heure de la note</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Prompts</source>
        <translation>&amp;Pistes d’écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../companion/ui/journal/prompt_menu.py" line="+70"/>
        <source>Prompts and templates</source>
        <translation>Pistes d’écriture et modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A writing prompt, or a daily reflection, gratitude or thought record added at the end of the entry</source>
        <translation>Une piste d’écriture, ou un bilan du jour, une gratitude ou un registre des pensées ajouté à la fin de la note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A writing prompt or a template (Alt+P)</source>
        <translation>Une piste d’écriture ou un modèle (Alt+P)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Entry</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How are you feeling?</source>
        <translation>Comment vous sentez-vous ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light Markdown works: *italic*, **bold**, - lists</source>
        <translation>Le Markdown simple fonctionne : *italique*, **gras**, - listes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write anything you like. Light Markdown works: *italic*, **bold**, - lists.</source>
        <translation>Écrivez ce que vous voulez. Le Markdown simple fonctionne : *italique*, **gras**, - listes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview formatted text</source>
        <translation>Aperçu du texte mis en forme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the text formatted (Ctrl+Shift+P)</source>
        <translation>Afficher le texte mis en forme (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this entry to the trash</source>
        <translation>Mettre cette note à la corbeille</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Couldn&apos;t save — your text is still here. {reason}</source>
        <translation>Enregistrement impossible ; votre texte est toujours là. {reason}</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>One entry holds up to {limit} characters and this one has {length}. Moving part of it into a new entry will let both save.</source>
        <translation>Une note peut contenir jusqu’à {limit} caractères et celle-ci en a {length}. En déplaçant une partie dans une nouvelle note, les deux pourront être enregistrées.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/main_pages.py" line="+19"/>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon</source>
        <translation>Bon après-midi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good evening</source>
        <translation>Bonsoir</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write an entry (Ctrl+N)</source>
        <translation>Écrire une note (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an entry</source>
        <translation>Écrire une note</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing here yet. How are you today?</source>
        <translation>Rien ici pour l’instant. Comment allez-vous aujourd’hui ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a face to start an entry, or just write. Everything stays on this computer, encrypted.</source>
        <translation>Choisissez un visage pour commencer une note, ou écrivez simplement. Tout reste sur cet ordinateur, chiffré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a face to start an entry, or just write. Nothing you write here is kept on this computer.</source>
        <translation>Choisissez un visage pour commencer une note, ou écrivez simplement. Rien de ce que vous écrivez ici n’est gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{greeting}. How are you today?</source>
        <extracomment>{greeting} is &quot;Good morning&quot;, &quot;Good afternoon&quot; or &quot;Good evening&quot;.</extracomment>
        <translation>{greeting}. Comment allez-vous aujourd’hui ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a face to start a new entry, or choose one on the left.</source>
        <translation>Choisissez un visage pour commencer une nouvelle note, ou choisissez-en une à gauche.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry moved to the trash.</source>
        <translation>Note mise à la corbeille.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry moved to the trash</source>
        <translation>Note mise à la corbeille</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../companion/ui/journal/trash_view.py" line="+91"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the entry from the trash</source>
        <translation>Restaurer la note depuis la corbeille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/main_window.py" line="+131"/>
        <source>Companion journal</source>
        <translation>Journal Companion</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Show all days</source>
        <translation>Afficher tous les jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show entries from all days</source>
        <translation>Afficher les notes de tous les jours</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Calendar and entries</source>
        <translation>Calendrier et notes</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Parts of Companion</source>
        <translation>Parties de Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Commencer une nouvelle note (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../companion/ui/journal/search_bar.py" line="+123"/>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Rechercher dans votre journal (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Verrouiller le journal maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash</source>
        <translation>&amp;Corbeille</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a &amp;new recovery code…</source>
        <translation>Créer un &amp;nouveau code de récupération…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock &amp;out old copies…</source>
        <translation>Bloquer les &amp;anciennes copies…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;references…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Companion</source>
        <translation>À pr&amp;opos de Companion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Your latest changes couldn&apos;t be saved yet.</source>
        <translation>Vos dernières modifications n’ont pas encore pu être enregistrées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you lock now, those changes will be lost. Everything saved before is safe.</source>
        <translation>Si vous verrouillez maintenant, ces modifications seront perdues. Tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock anyway</source>
        <translation>Verrouiller quand même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep writing</source>
        <translation>Continuer à écrire</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Showing {date}</source>
        <extracomment>{date} is the day chosen in the calendar, as a long date.</extracomment>
        <translation>Affichage : {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No entries on this day.</source>
        <translation>Aucune note ce jour-là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries will appear here, newest first.</source>
        <translation>Vos notes apparaîtront ici, les plus récentes en premier.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/mood_face.py" line="+19"/>
        <source>Awful</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No mood</source>
        <translation>Pas d’humeur</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/mood_picker.py" line="+39"/>
        <source>{mood}, chosen</source>
        <extracomment>{mood} is a mood word such as &quot;Okay&quot;.</extracomment>
        <translation>{mood}, choisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{mood} (key {key})</source>
        <extracomment>{mood} is a mood word; {key} is the number key (1 to 5) that chooses it.</extracomment>
        <translation>{mood} (touche {key})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Mood: {mood}</source>
        <translation>Humeur : {mood}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood: not set</source>
        <translation>Humeur : non indiquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five moods from awful to great. Arrow keys move, Space chooses, 1 to 5 choose directly, Delete clears.</source>
        <translation>Cinq humeurs, de très mal à très bien. Les flèches déplacent, Espace choisit, 1 à 5 choisissent directement, Suppr efface.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/search_bar.py" line="-10"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search your journal</source>
        <translation>Rechercher dans votre journal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+195"/>
        <source>Show search filters</source>
        <translation>Afficher les filtres de recherche</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Only mood {mood}</source>
        <translation>Seulement l’humeur {mood}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only entries with this activity or self-care</source>
        <translation>Seulement les notes avec cette activité ou ce geste de soin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only entries with this feeling</source>
        <translation>Seulement les notes avec ce ressenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag</source>
        <translation>É&amp;tiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;eeling</source>
        <translation>R&amp;essenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit dates: from</source>
        <translation>Limiter les dates : du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit dates: to</source>
        <translation>Limiter les dates : au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Any activity or self-care</source>
        <translation>Toute activité ou geste de soin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any feeling</source>
        <translation>Tout ressenti</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Hide search filters</source>
        <translation>Masquer les filtres de recherche</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The From date is after the To date. Swap them to search.</source>
        <translation>La date « Du » est après la date « Au ». Inversez-les pour lancer la recherche.</translation>
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
        <translation>Aucun résultat. Essayez avec moins de mots ou de filtres.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 entry found</source>
        <translation>1 note trouvée</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n+ entries found</source>
        <extracomment>%n is the most results shown; there may be more.</extracomment>
        <translation>
            <numerusform>%n+ note trouvée</numerusform>
            <numerusform>%n+ notes trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries found</source>
        <translation>
            <numerusform>%n note trouvée</numerusform>
            <numerusform>%n notes trouvées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search looks for words and numbers, so this shows 1 entry without searching the text.</source>
        <translation>La recherche porte sur les mots et les nombres ; ceci affiche donc 1 note sans chercher dans le texte.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Search looks for words and numbers, so this shows %n+ entries without searching the text.</source>
        <translation>
            <numerusform>La recherche porte sur les mots et les nombres ; ceci affiche donc %n+ note sans chercher dans le texte.</numerusform>
            <numerusform>La recherche porte sur les mots et les nombres ; ceci affiche donc %n+ notes sans chercher dans le texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Search looks for words and numbers, so this shows %n entries without searching the text.</source>
        <translation>
            <numerusform>La recherche porte sur les mots et les nombres ; ceci affiche donc %n note sans chercher dans le texte.</numerusform>
            <numerusform>La recherche porte sur les mots et les nombres ; ceci affiche donc %n notes sans chercher dans le texte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/search_results.py" line="+81"/>
        <source>{when}, mood {mood}: {title}. {snippet}</source>
        <extracomment>A search result read aloud: {when} is its date and time, {mood} a mood word, {title} the entry&apos;s title or first line, {snippet} the text around the match.</extracomment>
        <translation>{when}, humeur {mood} : {title}. {snippet}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{when}: {title}. {snippet}</source>
        <extracomment>A search result read aloud: {when} is its date and time, {title} the entry&apos;s title or first line, {snippet} the text around the match.</extracomment>
        <translation>{when} : {title}. {snippet}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/timeline_view.py" line="+80"/>
        <source>Just a check-in</source>
        <translation>Juste un bilan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}, mood {mood}, {title}, tags {tags}</source>
        <extracomment>A timeline entry read aloud: {time} is the time of day, {mood} a mood word, {title} the title or first line, {tags} a comma-separated list.</extracomment>
        <translation>{time}, humeur {mood}, {title}, étiquettes {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, mood {mood}, {title}</source>
        <translation>{time}, humeur {mood}, {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, no mood, {title}, tags {tags}</source>
        <translation>{time}, pas d’humeur, {title}, étiquettes {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}, no mood, {title}</source>
        <translation>{time}, pas d’humeur, {title}</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Timeline of entries</source>
        <translation>Chronologie des notes</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/trash_view.py" line="-40"/>
        <location line="+1"/>
        <location line="+9"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entries in the trash</source>
        <translation>Notes dans la corbeille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in the trash. Entries you move here wait until you restore them.</source>
        <translation>La corbeille est vide. Les notes que vous y mettez attendent ici jusqu’à ce que vous les restauriez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the selected entry</source>
        <translation>Restaurer la note sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty trash, deleting its entries for good</source>
        <translation>Vider la corbeille et supprimer définitivement ses notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the trash</source>
        <translation>Fermer la corbeille</translation>
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
        <translation>Les notes ici ne sont ni affichées ni recherchées. Restaurez-en une pour la récupérer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete this entry for good?</source>
        <translation>Supprimer définitivement cette note ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete these %n entries for good?</source>
        <translation>
            <numerusform>Supprimer définitivement cette note ?</numerusform>
            <numerusform>Supprimer définitivement ces %n notes ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This can&apos;t be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/prompt_menu.py" line="-1"/>
        <source>Prompts</source>
        <translation>Pistes d’écriture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More &amp;prompts</source>
        <translation>Plus de &amp;pistes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More writing prompts</source>
        <translation>Plus de pistes d’écriture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing prompt</source>
        <translation>Piste d’écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Modèles</translation>
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
        <translation>Aujourd’hui : {prompt}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A feeling, such as worried</source>
        <translation>Un ressenti, par exemple inquiet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: the feeling</source>
        <extracomment>{field} is the question, such as &quot;Emotion and how strong&quot;.</extracomment>
        <translation>{field} : le ressenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Strength</source>
        <translation>&amp;Intensité</translation>
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
        <translation>{field} : intensité de 0 à 100</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Questions left empty are left out. Your answers are added at the end of the entry; nothing already written is changed.</source>
        <translation>Les questions laissées vides sont omises. Vos réponses sont ajoutées à la fin de la note ; rien de ce qui est déjà écrit n’est modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add to entry</source>
        <translation>&amp;Ajouter à la note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the answers to the entry</source>
        <translation>Ajouter les réponses à la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/prompt_words.py" line="+18"/>
        <source>What is one small thing that went all right today?</source>
        <translation>Quelle petite chose s’est bien passée aujourd’hui ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does your body feel right now, from head to toe?</source>
        <translation>Comment se sent votre corps en ce moment, de la tête aux pieds ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been on your mind most today?</source>
        <translation>Qu’est-ce qui vous a le plus occupé l’esprit aujourd’hui ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you say to a friend who had the day you had?</source>
        <translation>Que diriez-vous à un ami ou une amie qui aurait eu la même journée que vous ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What gave you energy today, and what used it up?</source>
        <translation>Qu’est-ce qui vous a donné de l’énergie aujourd’hui, et qu’est-ce qui l’a épuisée ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did you think about today, and why?</source>
        <translation>À qui avez-vous pensé aujourd’hui, et pourquoi ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is something you handled today, even if it was hard?</source>
        <translation>Qu’avez-vous réussi à gérer aujourd’hui, même si c’était difficile ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need more of this week?</source>
        <translation>De quoi avez-vous besoin davantage cette semaine ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there something you would like to put down for tonight?</source>
        <translation>Y a-t-il quelque chose que vous aimeriez poser pour ce soir ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you notice today that you might usually miss?</source>
        <translation>Qu’avez-vous remarqué aujourd’hui qui vous échapperait d’habitude ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What brings you comfort when things are heavy?</source>
        <translation>Qu’est-ce qui vous réconforte quand les choses pèsent ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would make tomorrow a little easier?</source>
        <translation>Qu’est-ce qui rendrait demain un peu plus facile ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you last laugh or smile, and what was it about?</source>
        <translation>Quand avez-vous ri ou souri pour la dernière fois, et pourquoi ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe a place where you feel at ease.</source>
        <translation>Décrivez un endroit où vous vous sentez bien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily reflection</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few gentle questions to look back on the day.</source>
        <translation>Quelques questions bienveillantes pour revenir sur la journée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today in a few words</source>
        <translation>La journée en quelques mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>However it went, a few words are enough.</source>
        <translation>Quelle qu’ait été la journée, quelques mots suffisent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went well, even a little</source>
        <translation>Ce qui s’est bien passé, même un peu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small thing counts.</source>
        <translation>Une petite chose compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was hard</source>
        <translation>Ce qui a été difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can name it without fixing it.</source>
        <translation>Vous pouvez le nommer sans avoir à le régler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something kind I did for myself</source>
        <translation>Quelque chose de bienveillant que j’ai fait pour moi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest counts too.</source>
        <translation>Se reposer compte aussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something small to look forward to</source>
        <translation>Une petite chose que j’attends avec plaisir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cup of tea is enough.</source>
        <translation>Une tasse de thé suffit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gratitude</source>
        <translation>Gratitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three good things, large or small.</source>
        <translation>Trois bonnes choses, grandes ou petites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three good things</source>
        <translation>Trois bonnes choses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One good thing</source>
        <translation>Une bonne chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something that went well or made you smile.</source>
        <translation>Quelque chose qui s’est bien passé ou qui vous a fait sourire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another good thing</source>
        <translation>Une autre bonne chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small is fine: warm socks count.</source>
        <translation>Petit, c’est très bien : des chaussettes chaudes, ça compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more</source>
        <translation>Encore une</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person, a place, a moment.</source>
        <translation>Une personne, un lieu, un moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why these mattered</source>
        <translation>Pourquoi elles ont compté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they say about what you value.</source>
        <translation>Ce qu’elles disent de ce qui compte pour vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thought record</source>
        <translation>Registre des pensées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow a difficult thought down and look at it from more than one side.</source>
        <translation>Ralentissez une pensée difficile et regardez-la sous plus d’un angle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where were you, what was happening?</source>
        <translation>Où étiez-vous, que se passait-il ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thought that came up</source>
        <translation>La pensée qui est venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went through your mind?</source>
        <translation>Qu’est-ce qui vous a traversé l’esprit ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion and how strong</source>
        <translation>Émotion et intensité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the feeling and rate it from 0 to 100.</source>
        <translation>Nommez le ressenti et notez-le de 0 à 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What supports the thought</source>
        <translation>Ce qui soutient cette pensée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts, not guesses.</source>
        <translation>Des faits, pas des suppositions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does not fit the thought</source>
        <translation>Ce qui ne colle pas avec cette pensée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you say to a friend who thought this?</source>
        <translation>Que diriez-vous à un ami ou une amie qui penserait cela ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more balanced thought</source>
        <translation>Une pensée plus équilibrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something kinder that is also true.</source>
        <translation>Quelque chose de plus bienveillant qui est vrai aussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The emotion now</source>
        <translation>L’émotion maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the same feeling again, from 0 to 100.</source>
        <translation>Notez à nouveau le même ressenti, de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <location filename="../../companion/ui/learn/reader.py" line="+40"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../companion/ui/learn/window.py" line="+38"/>
        <source>1-minute read</source>
        <translation>Lecture de 1 minute</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n-minute read</source>
        <translation>
            <numerusform>Lecture de %n minute</numerusform>
            <numerusform>Lecture de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Need to talk to someone now? Press F1 or choose Get help now for helplines in your country. It works offline.</source>
        <translation>Besoin de parler à quelqu’un maintenant ? Appuyez sur F1 ou choisissez « Obtenir de l’aide maintenant » pour les lignes d’aide de votre pays. Cela fonctionne hors ligne.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The articles could not be found. Help is still one key away: F1.</source>
        <translation>Les articles sont introuvables. L’aide reste à une touche : F1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This article could not be opened.</source>
        <translation>Impossible d’ouvrir cet article.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article: {title}</source>
        <translation>Article : {title}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../companion/ui/shell/messages.py" line="+73"/>
        <source>That passphrase didn&apos;t open your journal. Check Caps Lock and try again — there&apos;s no limit on tries.</source>
        <translation>Cette phrase secrète n’a pas ouvert votre journal. Vérifiez le verrouillage des majuscules et réessayez ; le nombre d’essais n’est pas limité.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That recovery code didn&apos;t open your journal. Check each group of letters and numbers and try again — there&apos;s no limit on tries.</source>
        <translation>Ce code de récupération n’a pas ouvert votre journal. Vérifiez chaque groupe de lettres et de chiffres et réessayez ; le nombre d’essais n’est pas limité.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong. Your saved entries are safe.</source>
        <translation>Un problème est survenu. Vos notes enregistrées sont en sécurité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your latest changes couldn&apos;t be saved before your journal locked (the disk may be full). Everything saved before is safe.</source>
        <translation>Vos dernières modifications n’ont pas pu être enregistrées avant le verrouillage du journal (le disque est peut-être plein). Tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The small file that unlocks your journal looks damaged, so Companion did not open it. Your passphrase is not the problem, and the files were not changed. Keep them as they are and restore a backup copy if you have one.</source>
        <translation>Le petit fichier qui déverrouille votre journal semble endommagé ; Companion ne l’a donc pas ouvert. Votre phrase secrète n’est pas en cause et les fichiers n’ont pas été modifiés. Laissez-les tels quels et restaurez une sauvegarde si vous en avez une.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Companion couldn&apos;t find your journal in its folder. If you moved it, put it back and start Companion again.</source>
        <translation>Companion ne trouve pas votre journal dans son dossier. Si vous l’avez déplacé, remettez-le à sa place et relancez Companion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a journal here, so a new one was not created.</source>
        <translation>Il y a déjà un journal ici ; aucun nouveau journal n’a donc été créé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your journal&apos;s files look damaged, so Companion did not open them. The files were not changed. Keep them as they are and restore a backup copy if you have one.</source>
        <translation>Les fichiers de votre journal semblent endommagés ; Companion ne les a donc pas ouverts. Les fichiers n’ont pas été modifiés. Laissez-les tels quels et restaurez une sauvegarde si vous en avez une.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This journal was saved by a newer version of Companion. Please install the newer version to open it. Nothing was changed.</source>
        <translation>Ce journal a été enregistré par une version plus récente de Companion. Installez cette version pour l’ouvrir. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please choose a passphrase with at least 8 characters.</source>
        <translation>Choisissez une phrase secrète d’au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: the disk is full. Your text is still here, and everything saved before is safe. Free some space and try again.</source>
        <translation>Enregistrement impossible : le disque est plein. Votre texte est toujours là et tout ce qui a été enregistré avant est en sécurité. Libérez un peu d’espace et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is open in another Companion window or program. Close it there and try again.</source>
        <translation>Votre journal est ouvert dans une autre fenêtre de Companion ou un autre programme. Fermez-le là-bas et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal is locked. Unlock it to carry on.</source>
        <translation>Votre journal est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That entry is no longer there. It may have been deleted for good.</source>
        <translation>Cette note n’existe plus. Elle a peut-être été supprimée définitivement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That entry could not be saved as it is. Please check it and try again.</source>
        <translation>Cette note n’a pas pu être enregistrée telle quelle. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your settings could not be read, so the defaults are used for now.</source>
        <translation>Vos réglages n’ont pas pu être lus ; les valeurs par défaut sont utilisées pour l’instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some help information could not be loaded. The built-in list is used.</source>
        <translation>Certaines informations d’aide n’ont pas pu être chargées. La liste intégrée est utilisée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Companion couldn&apos;t read or write its files. Nothing saved before was lost. Check the disk and try again.</source>
        <translation>Companion n’a pas pu lire ou écrire ses fichiers. Rien de ce qui était enregistré n’a été perdu. Vérifiez le disque et réessayez.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../companion/ui/preferences/preferences_dialog.py" line="+41"/>
        <source>Same as this computer</source>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Companion — Preferences</source>
        <translation>Companion — Préférences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new language is used the next time Companion starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Companion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Country for help</source>
        <translation>Pays pour l’aide</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Use this computer&apos;s region</source>
        <translation>Utiliser la région de cet ordinateur</translation>
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
        <translation>Utiliser un contraste élevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a hard day, offer help and a breathing exercise</source>
        <translation>Après une journée difficile, proposer de l’aide et un exercice de respiration</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only these choices are kept in a settings file. Nothing you write in your journal is ever stored there.</source>
        <translation>Seuls ces choix sont conservés dans un fichier de réglages. Rien de ce que vous écrivez dans votre journal n’y est jamais enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save preferences</source>
        <translation>Enregistrer les préférences</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Set by your organisation</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> minute</source>
        <extracomment>Shown after the number in the auto-lock field (&quot;1 minute&quot;), with its leading space.</extracomment>
        <translation> minute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> minutes</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
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
        <translation>Rapport pour mon soignant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to share. The report is made on this computer and nothing is sent anywhere. A PDF you save is not encrypted: keep it somewhere private.</source>
        <translation>Choisissez ce que vous partagez. Le rapport est créé sur cet ordinateur et rien n’est envoyé nulle part. Un PDF enregistré n’est pas chiffré : gardez-le dans un endroit privé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../companion/ui/reports/words.py" line="+75"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/reports/words.py" line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include my &amp;check-in summary</source>
        <translation>Inclure mon résumé des &amp;bilans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my check-in summary</source>
        <translation>Inclure mon résumé des bilans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include &amp;patterns (what goes with my mood)</source>
        <translation>Inclure les &amp;tendances (ce qui va avec mon humeur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include patterns: what goes with my mood</source>
        <translation>Inclure les tendances : ce qui va avec mon humeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Entries to include (none unless you tick them):</source>
        <translation>&amp;Notes à inclure (aucune sauf celles que vous cochez) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to include</source>
        <translation>Notes à inclure</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick &amp;all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all entries</source>
        <translation>Cocher toutes les notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;none</source>
        <translation>Tout déc&amp;ocher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all entries</source>
        <translation>Décocher toutes les notes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the report</source>
        <translation>Fermer le rapport</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Making the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mood-report.pdf</source>
        <translation>rapport-humeur.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: {name} ({pages}).</source>
        <translation>Enregistré : {name} ({pages}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports/pdf.py" line="+53"/>
        <source>{title} · Page {page} of {pages}</source>
        <extracomment>The footer of a printed page: {title} is the document&apos;s title, {page} and {pages} are numbers.</extracomment>
        <translation>{title} · Page {page} sur {pages}</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports/words.py" line="-55"/>
        <source>Mood and self-care summary</source>
        <translation>Résumé de l’humeur et du soin de soi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood over time</source>
        <translation>Humeur au fil du temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a mood: {days} of {total}.</source>
        <translation>Jours avec une humeur : {days} sur {total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood is recorded on a five-point scale: 1 Awful, 2 Bad, 3 Okay, 4 Good, 5 Great.</source>
        <translation>L’humeur est notée sur une échelle de cinq points : 1 Très mal, 2 Mal, 3 Moyen, 4 Bien, 5 Très bien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-care check-ins</source>
        <translation>Bilans de soin de soi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care actions</source>
        <translation>Gestes de soin de soi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a self-care action, by week</source>
        <translation>Jours avec un geste de soin de soi, par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entries chosen to share</source>
        <translation>Notes du journal choisies pour être partagées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood</source>
        <translation>Humeur moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling average</source>
        <translation>Moyenne glissante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood per {unit}, from 1 (Awful) to 5 (Great), with a rolling average.</source>
        <translation>Humeur moyenne par {unit}, de 1 (Très mal) à 5 (Très bien), avec une moyenne glissante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Geste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days ticked</source>
        <translation>Jours cochés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of days (%)</source>
        <translation>Part des jours (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week from</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days counted</source>
        <translation>Jours comptés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough days yet to describe any pattern.</source>
        <translation>Pas encore assez de jours pour décrire une tendance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on {today} with Companion. The person who kept this journal chose what it contains.</source>
        <translation>Préparé le {today} avec Companion. La personne qui tient ce journal a choisi ce qu’il contient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average day mood: {average:.2f}.</source>
        <translation>Humeur moyenne par jour : {average:.2f}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a low mood (Awful or Bad): {low}.</source>
        <translation>Jours avec une humeur basse (Très mal ou Mal) : {low}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with at least one self-care action ticked: {days} of {total}.</source>
        <translation>Jours avec au moins un geste de soin de soi coché : {days} sur {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These compare the person&apos;s own days with and without each activity or self-care action. They describe; they do not show causes. Only rows with at least {days} days on each side are shown.</source>
        <translation>Ces lignes comparent les journées de la personne avec et sans chaque activité ou geste de soin de soi. Elles décrivent ; elles ne montrent pas de causes. Seules les lignes avec au moins {days} jours de chaque côté sont affichées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mood: {mood}</source>
        <translation>Humeur : {mood}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions: {names}</source>
        <translation>Émotions : {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: {names}</source>
        <translation>Étiquettes : {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awful</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days with a mood</source>
        <translation>Jours avec une humeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries with a mood</source>
        <translation>Notes avec une humeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How activities and self-care go with mood</source>
        <translation>Comment les activités et le soin de soi vont avec l’humeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or action</source>
        <translation>Activité ou geste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood with</source>
        <translation>Humeur moyenne avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with</source>
        <translation>Jours avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average mood without</source>
        <translation>Humeur moyenne sans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without</source>
        <translation>Jours sans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Soin de soi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Bilan</translation>
    </message>
</context>
<context>
    <name>SelfCare</name>
    <message>
        <location filename="../../companion/ui/checkins/actions_dialog.py" line="+45"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Choose check-in actions</source>
        <translation>Choisir les gestes du bilan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticked actions appear in your daily list. Hiding one keeps what you ticked before. Press F2 to rename, Alt+Up or Alt+Down to move.</source>
        <translation>Les gestes cochés apparaissent dans votre liste du jour. Masquer un geste conserve ce que vous avez coché avant. Appuyez sur F2 pour renommer, Alt+Haut ou Alt+Bas pour déplacer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check-in actions</source>
        <translation>Gestes du bilan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action up</source>
        <translation>Monter le geste sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected action down</source>
        <translation>Descendre le geste sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected action</source>
        <translation>Renommer le geste sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected action and its history</source>
        <translation>Supprimer le geste sélectionné et son historique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something of your own…</source>
        <translation>Quelque chose à vous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Nouveau geste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this action</source>
        <translation>Ajouter ce geste</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="+74"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Delete this action and what you ticked for it?</source>
        <translation>Supprimer ce geste et ce que vous avez coché pour lui ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To keep its history, untick it instead: it is then hidden.</source>
        <translation>Pour garder son historique, décochez-le plutôt : il sera alors masqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That action is already on your list.</source>
        <translation>Ce geste est déjà dans votre liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your list is full. Delete an action to add another.</source>
        <translation>Votre liste est pleine. Supprimez un geste pour en ajouter un autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use 1 to 60 letters, without special characters.</source>
        <translation>Utilisez de 1 à 60 lettres, sans caractères spéciaux.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/page.py" line="+70"/>
        <location line="+16"/>
        <source>Self-care check-in</source>
        <translation>Bilan de soin de soi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick what you did today. Anything counts, however small.</source>
        <translation>Cochez ce que vous avez fait aujourd’hui. Tout compte, même le plus petit geste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your list is empty. Choose some actions to check in with.</source>
        <translation>Votre liste est vide. Choisissez quelques gestes pour votre bilan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Choose actions…</source>
        <translation>&amp;Choisir les gestes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose, rename, reorder or hide actions</source>
        <translation>Choisir, renommer, réordonner ou masquer des gestes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Today, {date}</source>
        <translation>Aujourd’hui, {date}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/reminders.py" line="+110"/>
        <source>Your self-care check-in is here whenever you want it.</source>
        <translation>Votre bilan de soin de soi est là quand vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/reminders_editor.py" line="+35"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remind me to check in while Companion is open</source>
        <translation>&amp;Me rappeler de faire le bilan quand Companion est ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me to check in while Companion is open</source>
        <translation>Me rappeler de faire le bilan quand Companion est ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A small notification appears at these times, only while Companion is running. Companion never starts by itself.</source>
        <translation>Une petite notification apparaît à ces heures, seulement quand Companion est lancé. Companion ne démarre jamais tout seul.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminder times</source>
        <translation>Heures de rappel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New reminder time</source>
        <translation>Nouvelle heure de rappel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;time</source>
        <translation>Ajouter une &amp;heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this reminder time</source>
        <translation>Ajouter cette heure de rappel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve time</source>
        <translation>Reti&amp;rer l’heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected time</source>
        <translation>Retirer l’heure sélectionnée</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkins/words.py" line="+21"/>
        <source>Got some sleep</source>
        <translation>J’ai un peu dormi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drank some water</source>
        <translation>J’ai bu un peu d’eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Had something to eat</source>
        <translation>J’ai mangé quelque chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved my body</source>
        <translation>J’ai bougé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent time outdoors</source>
        <translation>J’ai passé du temps dehors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected with someone</source>
        <translation>J’ai été en lien avec quelqu’un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took my medication</source>
        <translation>J’ai pris mon traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took a moment to rest</source>
        <translation>J’ai pris un moment pour me reposer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This week is still open: one small kind thing counts.</source>
        <translation>La semaine n’est pas finie : un petit geste bienveillant compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quieter week for check-ins. Every day is a fresh start.</source>
        <translation>Une semaine plus calme pour les bilans. Chaque jour est un nouveau départ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You looked after yourself on 1 day this week.</source>
        <translation>Vous avez pris soin de vous 1 jour cette semaine.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You looked after yourself on %n days this week.</source>
        <translation>
            <numerusform>Vous avez pris soin de vous %n jour cette semaine.</numerusform>
            <numerusform>Vous avez pris soin de vous %n jours cette semaine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You looked after yourself on 1 day that week.</source>
        <translation>Vous avez pris soin de vous 1 jour cette semaine-là.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You looked after yourself on %n days that week.</source>
        <translation>
            <numerusform>Vous avez pris soin de vous %n jour cette semaine-là.</numerusform>
            <numerusform>Vous avez pris soin de vous %n jours cette semaine-là.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You looked after yourself recently. Every small step counts.</source>
        <translation>Vous avez pris soin de vous récemment. Chaque petit pas compte.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="+55"/>
        <source>{cue}, 1 second</source>
        <extracomment>A breathing cue: {cue} is &quot;Breathe in&quot;, &quot;Hold&quot;, &quot;Breathe out&quot; or &quot;Rest&quot;.</extracomment>
        <translation>{cue}, 1 seconde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/selftest/checks/selfcare_screens.py" line="+60"/>
        <location filename="../../companion/ui/exercises/breathing.py" line="+1"/>
        <source>{cue}, %n seconds</source>
        <translation>
            <numerusform>{cue}, %n seconde</numerusform>
            <numerusform>{cue}, %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/breathing.py" line="+47"/>
        <location line="+1"/>
        <source>My own pace</source>
        <translation>Mon propre rythme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Breathe &amp;in (seconds)</source>
        <translation>&amp;Inspirer (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold (seconds)</source>
        <translation>&amp;Retenir (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe &amp;out (seconds)</source>
        <translation>&amp;Expirer (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rest (seconds)</source>
        <translation>&amp;Pause entre deux souffles (secondes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How far through this part</source>
        <translation>Avancement dans cette partie</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+84"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start breathing exercise</source>
        <translation>Commencer l’exercice de respiration</translation>
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
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop breathing exercise</source>
        <translation>Arrêter l’exercice de respiration</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your own pace: {per_minute} breaths a minute.</source>
        <translation>Votre propre rythme : {per_minute} respirations par minute.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+36"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+1"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/exercises/relaxation.py" line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a pace, then press Start.</source>
        <translation>Choisissez un rythme, puis appuyez sur Commencer.</translation>
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
        <translation>Bravo. Prenez un moment pour remarquer comment vous vous sentez avant de continuer.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/gentle_response.py" line="+41"/>
        <source>A gentle note</source>
        <translation>Un mot bienveillant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Get help now (F1)</source>
        <translation>Obtenir de l’aide maintenant (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help now</source>
        <translation>Obtenir de l’aide maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try slow &amp;breathing</source>
        <translation>Essayer la respiration &amp;lente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try slow breathing</source>
        <translation>Essayer la respiration lente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this note</source>
        <translation>Fermer ce mot</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/grounding.py" line="+48"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Begin</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press F1 for help.</source>
        <translation>Appuyez sur F1 pour obtenir de l’aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/relaxation.py" line="-53"/>
        <source>%v of %m parts</source>
        <translation>%v partie(s) sur %m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts done</source>
        <translation>Parties terminées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start muscle relaxation</source>
        <translation>Commencer la relaxation musculaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next part</source>
        <translation>Partie &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next part</source>
        <translation>Passer à la partie suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop muscle relaxation</source>
        <translation>Arrêter la relaxation musculaire</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stopped. You can start again whenever you like.</source>
        <translation>Arrêté. Vous pouvez recommencer quand vous voulez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{group}: {instruction}</source>
        <extracomment>{group} is a part of the body (&quot;Hands&quot;), {instruction} what to do.</extracomment>
        <translation>{group} : {instruction}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/window.py" line="+45"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+22"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="-21"/>
        <source>Get help now: press F1</source>
        <translation>Obtenir de l’aide maintenant : appuyez sur F1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Short exercises to steady yourself. Stop whenever you like; there is no right or wrong way to do them.</source>
        <translation>De courts exercices pour retrouver un peu de stabilité. Arrêtez quand vous voulez ; il n’y a pas de bonne ou de mauvaise façon de les faire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Breathing</source>
        <translation>&amp;Respiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5-4-3-2-1 grounding</source>
        <translation>Ancrage &amp;5-4-3-2-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscle &amp;relaxation</source>
        <translation>Relaxation &amp;musculaire</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/words.py" line="+20"/>
        <source>Slow breathing</source>
        <translation>Respiration lente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in for five and out for five: about six gentle breaths a minute.</source>
        <translation>Inspirez sur cinq temps et expirez sur cinq temps : environ six respirations douces par minute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box breathing</source>
        <translation>Respiration carrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in, hold, breathe out and rest for four counts each, like tracing a square.</source>
        <translation>Inspirez, retenez, expirez et faites une pause sur quatre temps chacun, comme si vous dessiniez un carré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4-7-8 breathing</source>
        <translation>Respiration 4-7-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in for four, hold for seven, and let the breath out slowly for eight. If holding feels uncomfortable, try slow breathing instead.</source>
        <translation>Inspirez sur quatre temps, retenez sur sept, puis laissez sortir l’air lentement sur huit. Si retenir votre souffle est inconfortable, essayez plutôt la respiration lente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Retenez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My pace</source>
        <translation>Mon rythme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own pace.</source>
        <translation>Votre propre rythme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exercise gently brings your attention back to where you are. Go at your own pace; there is no wrong answer.</source>
        <translation>Cet exercice ramène doucement votre attention là où vous êtes. Allez à votre rythme ; il n’y a pas de mauvaise réponse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look around and notice five things you can see.</source>
        <translation>Regardez autour de vous et remarquez cinq choses que vous pouvez voir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The colour of a wall, a shadow, the shape of a cup, light from a window.</source>
        <translation>La couleur d’un mur, une ombre, la forme d’une tasse, la lumière d’une fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice four things you can feel.</source>
        <translation>Remarquez quatre choses que vous pouvez sentir au toucher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feet on the floor, the chair holding you, the fabric of your sleeve.</source>
        <translation>Vos pieds sur le sol, la chaise qui vous soutient, le tissu de votre manche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen for three things you can hear.</source>
        <translation>Écoutez trois choses que vous pouvez entendre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fan, traffic far away, your own breathing.</source>
        <translation>Un ventilateur, la circulation au loin, votre propre respiration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice two things you can smell.</source>
        <translation>Remarquez deux choses que vous pouvez sentir par l’odorat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soap on your hands, the air in the room. If nothing comes, think of a smell you like.</source>
        <translation>Le savon sur vos mains, l’air de la pièce. Si rien ne vient, pensez à une odeur que vous aimez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice one thing you can taste.</source>
        <translation>Remarquez une chose que vous pouvez goûter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sip of water, or simply the taste in your mouth right now.</source>
        <translation>Une gorgée d’eau, ou simplement le goût dans votre bouche en ce moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Well done for taking this moment. Take one slow breath before you carry on. If you would like to talk to someone, help is one step away.</source>
        <translation>Merci d’avoir pris ce moment. Prenez une respiration lente avant de continuer. Si vous avez envie de parler à quelqu’un, l’aide est à un pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a comfortable position. You will gently tighten one group of muscles at a time, then let go. Tense only as much as feels comfortable, never to the point of pain, and skip any part of your body that is sore or injured.</source>
        <translation>Installez-vous confortablement. Vous allez contracter doucement un groupe de muscles à la fois, puis relâcher. Contractez seulement autant que c’est confortable, jamais jusqu’à la douleur, et passez toute partie du corps douloureuse ou blessée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take a moment to notice how your body feels now. When you are ready, slowly move your fingers and toes, and open your eyes.</source>
        <translation>Prenez un moment pour remarquer comment votre corps se sent maintenant. Quand vous êtes prêt ou prête, bougez doucement les doigts et les orteils, et ouvrez les yeux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now let go. Notice how the muscles feel as they soften.</source>
        <translation>Maintenant, relâchez. Remarquez la sensation des muscles qui se détendent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make gentle fists with both hands.</source>
        <translation>Serrez doucement les poings.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper arms</source>
        <translation>Haut des bras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend your elbows and tighten your upper arms.</source>
        <translation>Pliez les coudes et contractez le haut des bras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift your shoulders up towards your ears.</source>
        <translation>Levez les épaules vers les oreilles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forehead</source>
        <translation>Front</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise your eyebrows as high as is comfortable.</source>
        <translation>Levez les sourcils aussi haut que c’est confortable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes and cheeks</source>
        <translation>Yeux et joues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close your eyes tightly and scrunch your cheeks.</source>
        <translation>Fermez fort les yeux et plissez les joues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouth and jaw</source>
        <translation>Bouche et mâchoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press your lips together and gently clench your jaw.</source>
        <translation>Pressez les lèvres l’une contre l’autre et serrez doucement la mâchoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently press your head back against the chair or pillow.</source>
        <translation>Appuyez doucement la tête vers l’arrière contre la chaise ou l’oreiller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest and back</source>
        <translation>Poitrine et dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe in and draw your shoulder blades together.</source>
        <translation>Inspirez et rapprochez les omoplates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stomach</source>
        <translation>Ventre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tighten your stomach muscles, as if bracing.</source>
        <translation>Contractez les muscles du ventre, comme pour vous préparer à un choc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hips and seat</source>
        <translation>Hanches et fessiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Squeeze the muscles of your seat together.</source>
        <translation>Serrez les muscles des fessiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thighs</source>
        <translation>Cuisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press your knees together and tighten your thighs.</source>
        <translation>Serrez les genoux l’un contre l’autre et contractez les cuisses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower legs</source>
        <translation>Bas des jambes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point your toes up towards your face.</source>
        <translation>Tirez la pointe des pieds vers votre visage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feet</source>
        <translation>Pieds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curl your toes downwards gently.</source>
        <translation>Recourbez doucement les orteils vers le bas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5-4-3-2-1 grounding</source>
        <translation>Ancrage 5-4-3-2-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice what you can see, feel, hear, smell and taste, 5 senses, one at a time.</source>
        <translation>Remarquez ce que vous pouvez voir, toucher, entendre, sentir et goûter : 5 sens, un à la fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progressive muscle relaxation</source>
        <translation>Relaxation musculaire progressive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently tense and release one part of your body at a time.</source>
        <translation>Contractez puis relâchez doucement une partie du corps à la fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That sounds like a hard moment. If it would help, support is here whenever you want it, or you could try a few slow breaths.</source>
        <translation>Ce moment semble difficile. Si cela peut aider, du soutien est là quand vous le souhaitez, ou vous pouvez essayer quelques respirations lentes.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/copy_switch.py" line="+44"/>
        <source>&amp;Let me read this plan without unlocking (not encrypted)</source>
        <translation>&amp;Me laisser lire ce plan sans déverrouiller (non chiffré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let me read this plan without unlocking. The copy is not encrypted.</source>
        <translation>Me laisser lire ce plan sans déverrouiller. La copie n’est pas chiffrée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On: a copy of this plan that is not encrypted is kept in Companion&apos;s data folder, so you can read it from the help panel without unlocking. It is updated each time your plan is saved.</source>
        <translation>Activé : une copie non chiffrée de ce plan est gardée dans le dossier de données de Companion, pour que vous puissiez la lire depuis le panneau d’aide sans déverrouiller. Elle est mise à jour chaque fois que votre plan est enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Off: your plan is kept only inside your encrypted journal.</source>
        <translation>Désactivé : votre plan est gardé uniquement dans votre journal chiffré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep a copy of your plan that is not encrypted?</source>
        <translation>Garder une copie non chiffrée de votre plan ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy is NOT encrypted. Anyone who can open Companion&apos;s data folder on this computer could read your safety plan, without your passphrase. Your journal stays encrypted; only the plan is copied. You can turn this off at any time, which deletes the copy.</source>
        <translation>La copie n’est PAS chiffrée. Toute personne pouvant ouvrir le dossier de données de Companion sur cet ordinateur pourrait lire votre plan de sécurité, sans votre phrase secrète. Votre journal reste chiffré ; seul le plan est copié. Vous pouvez désactiver cette option à tout moment, ce qui supprime la copie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep a readable copy</source>
        <translation>Garder une copie lisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it encrypted only</source>
        <translation>Garder uniquement la version chiffrée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The readable copy was deleted.</source>
        <translation>La copie lisible a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/copy_window.py" line="+4"/>
        <source>My safety plan, readable copy</source>
        <translation>Mon plan de sécurité, copie lisible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no readable copy of your safety plan on this computer. After unlocking, you can make one on the safety plan page (it is not encrypted).</source>
        <translation>Il n’y a pas de copie lisible de votre plan de sécurité sur cet ordinateur. Après avoir déverrouillé, vous pouvez en créer une sur la page du plan de sécurité (elle n’est pas chiffrée).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close the safety plan</source>
        <translation>Fermer le plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/page.py" line="+169"/>
        <source>A plan for hard moments, in your own words. Work through the steps in order until you feel safer. You can change it at any time; it is saved as you type, inside your encrypted journal.</source>
        <translation>Un plan pour les moments difficiles, avec vos propres mots. Suivez les étapes dans l’ordre jusqu’à vous sentir davantage en sécurité. Vous pouvez le modifier à tout moment ; il est enregistré au fil de la frappe, dans votre journal chiffré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press F1 for helplines in your country.</source>
        <translation>Appuyez sur F1 pour les lignes d’aide de votre pays.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my safety plan</source>
        <translation>Imprimer mon plan de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my safety plan as a PDF</source>
        <translation>Enregistrer mon plan de sécurité en PDF</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Services from the help directory you could add:</source>
        <translation>Services de l’annuaire d’aide que vous pourriez ajouter :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add: {service}</source>
        <translation>Ajouter : {service}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add {service} to step 5</source>
        <translation>Ajouter {service} à l’étape 5</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A line could not be saved as it is (it may be very long or hold unusual characters). Please check it.</source>
        <translation>Une ligne n’a pas pu être enregistrée telle quelle (elle est peut-être très longue ou contient des caractères inhabituels). Vérifiez-la, s’il vous plaît.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing saved yet</source>
        <translation>Rien d’enregistré pour l’instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {day} at {time}</source>
        <extracomment>When the plan was last saved: {day} is a short date, {time} a time of day.</extracomment>
        <translation>Enregistré le {day} à {time}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A line could not be printed as it is.</source>
        <translation>Une ligne n’a pas pu être imprimée telle quelle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save my safety plan as PDF</source>
        <translation>Enregistrer mon plan de sécurité en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety-plan.pdf</source>
        <translation>plan-de-securite.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/step_editor.py" line="+73"/>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a line to: {step}</source>
        <translation>Ajouter une ligne à : {step}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>For example: {example}</source>
        <translation>Par exemple : {example}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How to reach them (optional)</source>
        <translation>Comment les joindre (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note (optional)</source>
        <translation>Une note (facultatif)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Line {n}</source>
        <translation>Ligne {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {n}: note or how to reach them</source>
        <translation>Ligne {n} : note ou comment les joindre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move line {n} up</source>
        <translation>Monter la ligne {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move line {n} down</source>
        <translation>Descendre la ligne {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line {n}</source>
        <translation>Retirer la ligne {n}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_plan/words.py" line="+22"/>
        <source>Signs that a hard time is starting</source>
        <translation>Signes qu’un moment difficile commence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thoughts, feelings, moments or habits that tell you things are getting harder, so you can notice them early.</source>
        <translation>Les pensées, ressentis, moments ou habitudes qui vous indiquent que les choses deviennent plus difficiles, pour les remarquer tôt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I stop answering messages</source>
        <translation>Je ne réponds plus aux messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things I can do on my own</source>
        <translation>Ce que je peux faire par moi-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small things that have helped you feel a little steadier before, that you can do without anyone else.</source>
        <translation>De petites choses qui vous ont déjà aidé à vous sentir un peu plus stable, et que vous pouvez faire sans personne d’autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A slow walk round the block</source>
        <translation>Une promenade tranquille autour du pâté de maisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and places that take my mind off things</source>
        <translation>Des personnes et des lieux qui me changent les idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or places that give you a break from hard thoughts; you do not have to talk about how you feel there.</source>
        <translation>De la compagnie ou des lieux qui vous offrent une pause face aux pensées difficiles ; vous n’avez pas à y parler de ce que vous ressentez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library café</source>
        <translation>Le café de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I can ask for help</source>
        <translation>Les personnes à qui je peux demander de l’aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you trust enough to tell that you are struggling, and how to reach them.</source>
        <translation>Les personnes en qui vous avez assez confiance pour leur dire que vous traversez une période difficile, et comment les joindre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My cousin Sam</source>
        <translation>Ma cousine Sam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals and services I can contact</source>
        <translation>Les professionnels et services que je peux contacter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your doctor or counsellor, a crisis line, and the emergency number, with the numbers ready to use.</source>
        <translation>Votre médecin ou votre thérapeute, une ligne de crise et le numéro d’urgence, avec les numéros prêts à l’emploi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My doctor&apos;s surgery</source>
        <translation>Le cabinet de mon médecin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making my surroundings safer</source>
        <translation>Rendre mon environnement plus sûr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to put time and distance between you and anything you could use to hurt yourself, with help from someone if that is easier.</source>
        <translation>Des façons de mettre du temps et de la distance entre vous et tout ce que vous pourriez utiliser pour vous faire du mal, avec l’aide de quelqu’un si c’est plus facile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask someone I trust to look after my medicines for a while</source>
        <translation>Demander à une personne de confiance de garder mes médicaments pendant un temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is worth living for</source>
        <translation>Ce qui donne du sens à ma vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people, things and hopes that matter to you, even on the hardest days.</source>
        <translation>Les personnes, les choses et les espoirs qui comptent pour vous, même les jours les plus durs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seeing my niece grow up</source>
        <translation>Voir ma nièce grandir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My safety plan</source>
        <translation>Mon plan de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy is not encrypted: anyone who can open this folder can read it. You can turn it off in Companion&apos;s safety plan settings, which deletes it.</source>
        <translation>Cette copie n’est pas chiffrée : toute personne pouvant ouvrir ce dossier peut la lire. Vous pouvez la désactiver dans les réglages du plan de sécurité de Companion, ce qui la supprime.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you are in danger now, call your local emergency number.</source>
        <translation>Si vous êtes en danger maintenant, appelez votre numéro d’urgence local.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing written yet)</source>
        <translation>(rien d’écrit pour l’instant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps of this plan are adapted from the Safety Planning Intervention by Barbara Stanley and Gregory K. Brown (Stanley &amp; Brown, 2012, Cognitive and Behavioral Practice 19(2), 256–264). The wording is Companion&apos;s own.</source>
        <translation>Les étapes de ce plan sont adaptées de la Safety Planning Intervention de Barbara Stanley et Gregory K. Brown (Stanley &amp; Brown, 2012, Cognitive and Behavioral Practice 19(2), 256–264). La formulation est propre à Companion.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises/pacer.py" line="+22"/>
        <source>Breathing circle</source>
        <translation>Cercle de respiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Grandit quand vous inspirez et rétrécit quand vous expirez.</translation>
    </message>
    <message numerus="yes">
        <source>%n days in a row of looking after yourself.</source>
        <translation>
            <numerusform>%n jour d’affilée à prendre soin de vous.</numerusform>
            <numerusform>%n jours d’affilée à prendre soin de vous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../companion/ui/shell/about_dialog.py" line="+27"/>
        <source>Companion is free software: you can share and change it under the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Companion est un logiciel libre : vous pouvez le partager et le modifier selon les termes de la Licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Companion opens no network connection, ever: no telemetry, no update check, no account, no fonts or pictures from the web. Phone numbers, text messages and websites are handed to your computer only when you click Call, Text, Chat or Website.</source>
        <translation>Companion n’ouvre jamais aucune connexion réseau : ni télémétrie, ni recherche de mises à jour, ni compte, ni polices ou images venues du web. Les numéros de téléphone, SMS et sites web ne sont transmis à votre ordinateur que lorsque vous cliquez sur Appeler, SMS, Chat ou Site web.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What Companion cannot protect against: a keylogger or other spying software on this computer; the administrator of this computer; someone watching your screen or looking over your shoulder. On a shared or work computer, please keep this in mind.</source>
        <translation>Ce contre quoi Companion ne peut pas vous protéger : un enregistreur de frappe ou un autre logiciel espion sur cet ordinateur ; l’administrateur de cet ordinateur ; quelqu’un qui regarde votre écran ou par-dessus votre épaule. Sur un ordinateur partagé ou professionnel, gardez-le à l’esprit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The help directory is built from public sources; each service shows where its number came from and the date of that source.</source>
        <translation>L’annuaire d’aide est construit à partir de sources publiques ; chaque service indique d’où vient son numéro et la date de cette source.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+19"/>
        <source>About Companion</source>
        <translation>À propos de Companion</translation>
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
        <translation>Un journal privé avec de l’aide hors ligne, à une touche.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the help directory comes from</source>
        <translation>D’où vient l’annuaire d’aide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help data licence and sources</source>
        <translation>Licence et sources des données d’aide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close About</source>
        <translation>Fermer « À propos »</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/crash.py" line="+79"/>
        <source>You can keep going. If it happens again, restarting Companion may help.</source>
        <translation>Vous pouvez continuer. Si cela se reproduit, redémarrer Companion peut aider.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/neutral_screen.py" line="+23"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled page</source>
        <translation>Page sans titre</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/quick_exit.py" line="+38"/>
        <source>Shift pressed. Press it two more times to leave quickly.</source>
        <translation>Touche Maj enfoncée. Appuyez encore deux fois pour partir rapidement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Shift one more time to leave quickly.</source>
        <translation>Appuyez encore une fois sur Maj pour partir rapidement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving now.</source>
        <translation>Départ en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick exit was not used. The count of Shift presses started again.</source>
        <translation>La sortie rapide n’a pas été utilisée. Le compte des appuis sur Maj est reparti de zéro.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide Companion at once and lock it (or press Shift three times).</source>
        <translation>Masquer Companion immédiatement et le verrouiller (ou appuyez trois fois sur Maj).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shift press count</source>
        <translation>Nombre d’appuis sur Maj</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n of 3 Shift presses</source>
        <translation>
            <numerusform>%n appui sur Maj sur 3</numerusform>
            <numerusform>%n appuis sur Maj sur 3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/session_banner.py" line="+34"/>
        <source>This is a shared computer: nothing you write is kept here. The session ends when you choose End session or leave it idle.</source>
        <translation>Cet ordinateur est partagé : rien de ce que vous écrivez n’est gardé ici. La session se termine quand vous choisissez « Terminer la session » ou quand elle reste inactive.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guest session: nothing you write is kept on this computer.</source>
        <translation>Session invitée : rien de ce que vous écrivez n’est gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About this session</source>
        <translation>À propos de cette session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session ends soon</source>
        <translation>La session va bientôt se terminer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy…</source>
        <translation>Enregistrer une copie chiffrée…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy of this session&apos;s journal</source>
        <translation>Enregistrer une copie chiffrée du journal de cette session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End session and erase it</source>
        <translation>Terminer la session et l’effacer</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Still there? This session ends in %n seconds and everything in it is erased.</source>
        <translation>
            <numerusform>Vous êtes toujours là ? Cette session se termine dans %n seconde et tout son contenu sera effacé.</numerusform>
            <numerusform>Vous êtes toujours là ? Cette session se termine dans %n secondes et tout son contenu sera effacé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/window_manager.py" line="+305"/>
        <source>Your journal is in a network folder.</source>
        <translation>Votre journal se trouve dans un dossier réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion works there. Lock or close it here before opening it on another computer, so that changes from one never overwrite the other.</source>
        <translation>Companion y fonctionne. Verrouillez-le ou fermez-le ici avant de l’ouvrir sur un autre ordinateur, pour que les modifications de l’un n’écrasent jamais celles de l’autre.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>End this session and erase what you wrote?</source>
        <translation>Terminer cette session et effacer ce que vous avez écrit ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing from this session is kept on this computer. To keep your entries, save an encrypted copy first.</source>
        <translation>Rien de cette session n’est gardé sur cet ordinateur. Pour garder vos notes, enregistrez d’abord une copie chiffrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End and erase</source>
        <translation>Terminer et effacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy first…</source>
        <translation>Enregistrer d’abord une copie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep writing</source>
        <translation>Continuer à écrire</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Your passphrase is changed.</source>
        <translation>Votre phrase secrète a été changée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the new one next time you unlock. Your recovery code still works. An old copy of your journal&apos;s key file still opens it with the old passphrase: to stop that, choose More, then Lock out old copies.</source>
        <translation>Utilisez la nouvelle la prochaine fois que vous déverrouillez. Votre code de récupération fonctionne toujours. Une ancienne copie du fichier de clé de votre journal l’ouvre encore avec l’ancienne phrase secrète : pour l’empêcher, choisissez Plus, puis Bloquer les anciennes copies.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Mode: {mode}.</source>
        <translation>Mode : {mode}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings managed by your organisation ({path}): {summary}</source>
        <translation>Réglages gérés par votre organisation ({path}) : {summary}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not used from the policy file (the safest setting applies):</source>
        <translation>Non utilisé dans le fichier de stratégie (le réglage le plus sûr s’applique) :</translation>
    </message>
    <message>
        <location filename="../../companion/ui/feature_set.py" line="+76"/>
        <source>Chec&amp;k-in</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety &amp;plan</source>
        <translation>Plan de &amp;sécurité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xercises…</source>
        <translation>E&amp;xercices…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learn…</source>
        <translation>Appren&amp;dre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for my &amp;clinician…</source>
        <translation>Rapport pour mon soi&amp;gnant…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Breathing and grounding exercises</source>
        <translation>Exercices de respiration et d’ancrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read: understanding and finding help</source>
        <translation>À lire : comprendre et trouver de l’aide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>My safety plan</source>
        <translation>Mon plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/quick_exit_note.py" line="+17"/>
        <source>Quick exit (the button, or Shift pressed three times) hides every Companion window at once and locks your journal. It cannot hide that Companion is installed, clear other programs or your browser history, or undo what someone has already seen.</source>
        <translation>La sortie rapide (le bouton, ou trois appuis sur Maj) masque d’un coup toutes les fenêtres de Companion et verrouille votre journal. Elle ne peut pas cacher que Companion est installé, effacer d’autres programmes ou l’historique de votre navigateur, ni effacer ce que quelqu’un a déjà vu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About quick exit</source>
        <translation>À propos de la sortie rapide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>Compris, masquer ce message</translation>
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
        <translation>notes non comptées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} entries</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That passphrase or recovery code didn&apos;t open this journal file. Check Caps Lock and try again.</source>
        <translation>Cette phrase secrète ou ce code de récupération n’a pas ouvert ce fichier de journal. Vérifiez le verrouillage des majuscules et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companion doesn&apos;t recognise this file. Choose its type from the list and try again.</source>
        <translation>Companion ne reconnaît pas ce fichier. Choisissez son type dans la liste et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file can&apos;t be read as {format}. It may be damaged or cut short. Nothing was imported.</source>
        <translation>Ce fichier ne peut pas être lu en tant que {format}. Il est peut-être endommagé ou incomplet. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some entries can&apos;t be imported as they are. Nothing was imported yet.</source>
        <translation>Certaines notes ne peuvent pas être importées telles quelles. Rien n’a encore été importé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please confirm that the file will not be encrypted.</source>
        <translation>Veuillez confirmer que le fichier ne sera pas chiffré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file or folder with that name. Nothing was written. Choose another name.</source>
        <translation>Il y a déjà un fichier ou un dossier portant ce nom. Rien n’a été écrit. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This isn&apos;t a Companion journal file, or it is damaged. Nothing was changed.</source>
        <translation>Ce n’est pas un fichier de journal Companion, ou il est endommagé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be made or did not check out, so it was not kept. Your journal is unchanged.</source>
        <translation>La sauvegarde n’a pas pu être créée ou n’a pas passé la vérification ; elle n’a donc pas été gardée. Votre journal n’a pas changé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That backup is no longer there.</source>
        <translation>Cette sauvegarde n’existe plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The administrator of this computer turned off exports that are not encrypted. You can still save an encrypted copy.</source>
        <translation>L’administrateur de cet ordinateur a désactivé les exports non chiffrés. Vous pouvez toujours enregistrer une copie chiffrée.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Awful</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okay</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/backups_dialog.py" line="+61"/>
        <source>Companion makes an encrypted backup by itself when you lock or close it (at most once a day) and before every upgrade. It keeps the last {daily} daily and {weekly} weekly backups. Each backup opens with the passphrase you had when it was made.</source>
        <translation>Companion crée lui-même une sauvegarde chiffrée quand vous le verrouillez ou le fermez (au plus une fois par jour) et avant chaque mise à jour. Il garde les {daily} dernières sauvegardes quotidiennes et les {weekly} dernières hebdomadaires. Chaque sauvegarde s’ouvre avec la phrase secrète que vous aviez au moment où elle a été faite.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+20"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes en premier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backups yet. Choose “Back up now” to make one.</source>
        <translation>Pas encore de sauvegarde. Choisissez « Sauvegarder maintenant » pour en créer une.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also copy to a folder…</source>
        <translation>Copier aussi dans un dossier…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="+79"/>
        <source>Show the folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/damage_dialog.py" line="+271"/>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+244"/>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="+0"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+161"/>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked, good</source>
        <translation>Vérifiée, en bon état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged, do not use</source>
        <translation>Endommagée, ne pas utiliser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be checked</source>
        <translation>Impossible à vérifier</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A second copy on a USB stick is optional.</source>
        <translation>Une seconde copie sur une clé USB est facultative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second copy of each backup made here goes to: {path}</source>
        <translation>Une seconde copie de chaque sauvegarde faite ici est placée dans : {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a folder for a second copy</source>
        <translation>Choisir un dossier pour une seconde copie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making a backup and checking it…</source>
        <translation>Création et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup made and checked: {when}, {count}. It is encrypted.</source>
        <translation>Sauvegarde créée et vérifiée : {when}, {count}. Elle est chiffrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second copy is in {path}.</source>
        <translation>Une seconde copie se trouve dans {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The second copy could not be written (is the USB stick still there?). The backup itself is fine.</source>
        <translation>La seconde copie n’a pas pu être écrite (la clé USB est-elle toujours branchée ?). La sauvegarde elle-même est en bon état.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restore the backup from {date}?</source>
        <translation>Restaurer la sauvegarde du {date} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will be locked first. The journal as it is now is not deleted: it is kept aside in a folder next to it, and you can go back to it. Afterwards, unlock with the passphrase you had on {date}.</source>
        <translation>Votre journal sera d’abord verrouillé. Le journal tel qu’il est maintenant n’est pas supprimé : il est mis de côté dans un dossier à côté, et vous pouvez y revenir. Ensuite, déverrouillez avec la phrase secrète que vous aviez le {date}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock and restore</source>
        <translation>Verrouiller et restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t restore</source>
        <translation>Ne pas restaurer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your journal could not be locked, so nothing was restored.</source>
        <translation>Votre journal n’a pas pu être verrouillé ; rien n’a donc été restauré.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="-169"/>
        <source>Encrypted copy (.companion) — opens on another computer</source>
        <translation>Copie chiffrée (.companion) — s’ouvre sur un autre ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+32"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+73"/>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="+32"/>
        <source>Companion journal files (*.companion)</source>
        <translation>Fichiers de journal Companion (*.companion)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON — complete, for moving to other apps</source>
        <translation>JSON — complet, pour passer à d’autres applications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown — one file</source>
        <translation>Markdown — un seul fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown — one file per day, in a new folder</source>
        <translation>Markdown — un fichier par jour, dans un nouveau dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV — a table, one row per entry</source>
        <translation>CSV — un tableau, une ligne par note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF — for reading or printing</source>
        <translation>PDF — pour lire ou imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+158"/>
        <source>Export your journal</source>
        <translation>Exporter votre journal</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In a guest session, use “Save an encrypted copy…” to keep an encrypted copy.</source>
        <translation>Dans une session invitée, utilisez « Enregistrer une copie chiffrée… » pour garder une copie chiffrée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries between these dates</source>
        <translation>Seulement les notes entre ces dates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file will NOT be encrypted. Anyone who can open it can read every entry in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Ce fichier ne sera PAS chiffré. Toute personne pouvant l’ouvrir pourra lire toutes les notes qu’il contient. Gardez-le dans un endroit privé et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I understand that this file will not be encrypted</source>
        <translation>Je comprends que ce fichier ne sera pas chiffré</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/commands.py" line="+66"/>
        <source>A guest session keeps nothing on this computer.</source>
        <translation>Une session invitée ne garde rien sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So there are no backups, and nothing to merge into. To keep what you wrote, save an encrypted copy.</source>
        <translation>Il n’y a donc pas de sauvegarde, ni rien avec quoi fusionner. Pour garder ce que vous avez écrit, enregistrez une copie chiffrée.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+14"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge another journal…</source>
        <translation>&amp;Fusionner un autre journal…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/export_dialog.py" line="+69"/>
        <source>Choose where the new folder goes</source>
        <translation>Choisir où placer le nouveau dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal {date}</source>
        <translation>Journal {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journal-{date}</source>
        <translation>journal-{date}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>My journal</source>
        <translation>Mon journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation>{count} notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood: {mood}</source>
        <translation>Humeur : {mood}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions: {names}</source>
        <translation>Émotions : {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: {names}</source>
        <translation>Étiquettes : {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries in these dates.</source>
        <translation>Aucune note entre ces dates.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported to {path}.</source>
        <translation>Exporté dans {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {count} to {path}.</source>
        <translation>{count} exportées dans {path}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/restore_dialog.py" line="-50"/>
        <source>Your journal is back as it was on {date} ({count}). Unlock it with the passphrase or recovery code you used then.</source>
        <translation>Votre journal est revenu tel qu’il était le {date} ({count}). Déverrouillez-le avec la phrase secrète ou le code de récupération que vous utilisiez alors.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal you had before was not deleted. It is kept in this folder: {path}</source>
        <translation>Le journal que vous aviez avant n’a pas été supprimé. Il est gardé dans ce dossier : {path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That backup is no longer there, so nothing was changed. Unlock and choose another one from the list.</source>
        <translation>Cette sauvegarde n’existe plus ; rien n’a donc été modifié. Déverrouillez et choisissez-en une autre dans la liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring the backup from {date}…</source>
        <translation>Restauration de la sauvegarde du {date}…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/damage_dialog.py" line="-228"/>
        <source>The small file that unlocks your journal (vault.header) looks damaged. Your passphrase is not the problem.</source>
        <translation>Le petit fichier qui déverrouille votre journal (vault.header) semble endommagé. Votre phrase secrète n’est pas en cause.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal file (journal.db) is missing.</source>
        <translation>Le fichier du journal (journal.db) est manquant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file is cut short. This happens when it is copied or synced while open, or when the power goes off.</source>
        <translation>Le fichier du journal est incomplet. Cela arrive quand il est copié ou synchronisé pendant qu’il est ouvert, ou lors d’une coupure de courant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file does not hold a Companion journal.</source>
        <translation>Le fichier du journal ne contient pas de journal Companion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file with your latest changes (journal.db-wal) is damaged in the middle, so recent changes could not be read safely.</source>
        <translation>Le fichier de vos dernières modifications (journal.db-wal) est endommagé en son milieu ; les modifications récentes n’ont donc pas pu être lues en toute sécurité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is older than it should be: recent changes are missing. A file may have been lost, or an older copy put back.</source>
        <translation>Le fichier du journal est plus ancien qu’il ne devrait : des modifications récentes manquent. Un fichier a peut-être été perdu, ou une ancienne copie remise en place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file is older than the file with its latest changes. An older copy may have been put back.</source>
        <translation>Le fichier du journal est plus ancien que le fichier de ses dernières modifications. Une ancienne copie a peut-être été remise en place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal file and the file that unlocks it do not belong together.</source>
        <translation>Le fichier du journal et le fichier qui le déverrouille ne vont pas ensemble.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the journal file failed their check.</source>
        <translation>Certaines parties du fichier du journal n’ont pas passé la vérification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file could not be read with its key.</source>
        <translation>Le fichier du journal n’a pas pu être lu avec sa clé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your journal&apos;s files failed a check.</source>
        <translation>Les fichiers de votre journal n’ont pas passé une vérification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A copy of the damaged files was put aside, untouched, in: {path}</source>
        <translation>Une copie des fichiers endommagés a été mise de côté, intacte, dans : {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companion did not open or change the damaged files. If you restore a backup, they are moved aside into a folder next to the journal, never deleted.</source>
        <translation>Companion n’a ni ouvert ni modifié les fichiers endommagés. Si vous restaurez une sauvegarde, ils sont déplacés dans un dossier à côté du journal, jamais supprimés.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+10"/>
        <source>Your journal needs attention</source>
        <translation>Votre journal a besoin d’attention</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for a backup that checks out…</source>
        <translation>Recherche d’une sauvegarde en bon état…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the folder</source>
        <translation>&amp;Afficher le dossier</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No backup that checks out was found. Keep the files as they are; a copy made elsewhere (a USB stick, another computer) may still help.</source>
        <translation>Aucune sauvegarde en bon état n’a été trouvée. Laissez les fichiers tels quels ; une copie faite ailleurs (une clé USB, un autre ordinateur) peut encore aider.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The newest backup that checks out is from {date} ({count}). Restoring it brings your journal back as it was then.</source>
        <translation>La sauvegarde en bon état la plus récente date du {date} ({count}). La restaurer ramène votre journal tel qu’il était alors.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/import_wizard.py" line="-217"/>
        <source>(no words)</source>
        <translation>(aucun mot)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import entries</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import entries from another app</source>
        <translation>Importer des notes d’une autre application</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+156"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Companion can bring in entries from Daylio (CSV or .daylio backup), Day One (JSON zip), jrnl (JSON), Diarium (JSON), Pixels (JSON) and its own JSON export. You will see what is in the file before anything is imported.</source>
        <translation>Companion peut importer des notes de Daylio (CSV ou sauvegarde .daylio), Day One (zip JSON), jrnl (JSON), Diarium (JSON), Pixels (JSON) et de son propre export JSON. Vous verrez le contenu du fichier avant que rien ne soit importé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="-71"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="-135"/>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="+4"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+4"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find out from the file</source>
        <translation>Déterminer d’après le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;type:</source>
        <translation>&amp;Type de fichier :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A few of the entries</source>
        <translation>Quelques-unes des notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moods</source>
        <translation>Humeurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file uses its own mood words. Choose the level each one should get here. “No mood” keeps the entry without a mood.</source>
        <translation>Ce fichier utilise ses propres mots pour l’humeur. Choisissez le niveau que chacun doit avoir ici. « Pas d’humeur » garde la note sans humeur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Entries that can&apos;t be imported</source>
        <translation>Notes impossibles à importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the other entries and leave these out</source>
        <translation>Importer les autres notes et laisser celles-ci de côté</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing. Everything is added in one step: if it stops, nothing is added.</source>
        <translation>Import en cours. Tout est ajouté en une seule étape : si cela s’arrête, rien n’est ajouté.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file you imported is not encrypted. If you no longer need it, Companion can delete it now.</source>
        <translation>Le fichier que vous avez importé n’est pas chiffré. Si vous n’en avez plus besoin, Companion peut le supprimer maintenant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete the file…</source>
        <translation>&amp;Supprimer le fichier…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal exports (*.csv *.json *.zip *.daylio);;All files (*)</source>
        <translation>Exports de journal (*.csv *.json *.zip *.daylio);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is a {format} file.</source>
        <translation>C’est un fichier {format}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New entries to import: {n}.</source>
        <translation>Nouvelles notes à importer : {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already in your journal, so skipped: {n}.</source>
        <translation>Déjà dans votre journal, donc ignorées : {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They run from {first} to {last}.</source>
        <translation>Elles vont du {first} au {last}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New tags: {tags}.</source>
        <translation>Nouvelles étiquettes : {tags}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import.</source>
        <translation>Il n’y a rien de nouveau à importer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No mood</source>
        <translation>Pas d’humeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{word}” ({count})</source>
        <translation>« {word} » ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level for the mood word {word}</source>
        <translation>Niveau pour le mot d’humeur {word}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>…and {n} more</source>
        <translation>…et {n} de plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} entries in the file can&apos;t be imported as they are (listed with where they are in the file and why). The rest can still come in.</source>
        <translation>{n} notes du fichier ne peuvent pas être importées telles quelles (avec leur emplacement dans le fichier et la raison). Les autres peuvent quand même être importées.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Imported: {count}.</source>
        <translation>Importées : {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in your journal, so not added again: {count}.</source>
        <translation>Déjà dans votre journal, donc pas ajoutées à nouveau : {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out because they couldn&apos;t be read: {count}. Everything else came in safely.</source>
        <translation>Laissées de côté parce qu’elles n’ont pas pu être lues : {count}. Tout le reste a été importé sans problème.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {name}?</source>
        <translation>Supprimer {name} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is overwritten and deleted. Copies elsewhere (a sync folder, a backup, the app you exported from) are not touched.</source>
        <translation>Le fichier est écrasé puis supprimé. Les copies ailleurs (un dossier synchronisé, une sauvegarde, l’application d’où vous l’avez exporté) ne sont pas touchées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file was deleted.</source>
        <translation>Le fichier a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/merge_dialog.py" line="-78"/>
        <source>The other copy had {count}.</source>
        <translation>L’autre copie contenait {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added here: {count}.</source>
        <translation>Ajoutées ici : {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated with a newer edit from the copy: {count}.</source>
        <translation>Mises à jour avec une modification plus récente de la copie : {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Newer here, so kept as they are: {count}.</source>
        <translation>Plus récentes ici, donc gardées telles quelles : {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already the same on both: {count}.</source>
        <translation>Déjà identiques des deux côtés : {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on both computers, so both versions are kept side by side: {count}.</source>
        <translation>Modifiées sur les deux ordinateurs, donc les deux versions sont gardées côte à côte : {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out because they couldn&apos;t be read: {count}.</source>
        <translation>Laissées de côté parce qu’elles n’ont pas pu être lues : {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Merge another journal</source>
        <translation>Fusionner un autre journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in the entries of an encrypted copy from another computer (a .companion file). Entries in both are matched: the newest edit is kept, and when both were changed, both versions are kept. Nothing is deleted.</source>
        <translation>Importez les notes d’une copie chiffrée venant d’un autre ordinateur (un fichier .companion). Les notes présentes des deux côtés sont associées : la modification la plus récente est gardée et, si les deux ont été modifiées, les deux versions sont gardées. Rien n’est supprimé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That copy&apos;s passphrase</source>
        <translation>La phrase secrète de cette copie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That copy&apos;s &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de cette copie :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase the journal had when the copy was made. Its recovery code works too.</source>
        <translation>La phrase secrète qu’avait le journal quand la copie a été faite. Son code de récupération fonctionne aussi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the other journal</source>
        <translation>Choisir l’autre journal</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="+149"/>
        <source>{name}: made {when}, {count}.</source>
        <translation>{name} : créée {when}, {count}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opening the copy and merging…</source>
        <translation>Ouverture de la copie et fusion…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/open_file_dialog.py" line="-175"/>
        <location line="+9"/>
        <source>Open a journal from a file</source>
        <translation>Ouvrir un journal depuis un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an encrypted copy of a journal (a .companion file), for example one saved in a guest session or brought on a USB stick. It becomes the journal on this computer.</source>
        <translation>Ouvrez une copie chiffrée d’un journal (un fichier .companion), par exemple enregistrée pendant une session invitée ou apportée sur une clé USB. Elle devient le journal de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+74"/>
        <source>The copy&apos;s passphrase</source>
        <translation>La phrase secrète de la copie</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+69"/>
        <source>Its &amp;passphrase:</source>
        <translation>Sa &amp;phrase secrète :</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>I have its recovery code instead</source>
        <translation>J&apos;ai plutôt son code de récupération</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This computer already has a journal. It is not deleted: it is kept aside in a folder next to it, and the copy takes its place.</source>
        <translation>Cet ordinateur a déjà un journal. Il n’est pas supprimé : il est mis de côté dans un dossier à côté, et la copie prend sa place.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put this copy in place of the journal on this computer</source>
        <translation>Mettre cette copie à la place du journal de cet ordinateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its &amp;recovery code:</source>
        <translation>Son code de &amp;récupération :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy&apos;s recovery code</source>
        <translation>Le code de récupération de la copie</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose the journal file</source>
        <translation>Choisir le fichier du journal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening the journal…</source>
        <translation>Ouverture du journal…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/passphrase_inputs.py" line="+39"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète à nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase for the copy:</source>
        <translation>&amp;Phrase secrète pour la copie :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Saisissez-la à nouveau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Please use at least 8 characters. A few words you&apos;ll remember work well.</source>
        <translation>Utilisez au moins 8 caractères. Quelques mots dont vous vous souviendrez conviennent bien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Les deux phrases secrètes ne correspondent pas encore.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good. From now on this passphrase opens the journal.</source>
        <translation>C&apos;est bon. Désormais, cette phrase secrète ouvre le journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good. You&apos;ll need this passphrase to open the copy.</source>
        <translation>Bien. Vous aurez besoin de cette phrase secrète pour ouvrir la copie.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/save_copy_dialog.py" line="-89"/>
        <location line="+9"/>
        <source>Save an encrypted copy</source>
        <translation>Enregistrer une copie chiffrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what you wrote in this session as one encrypted file, for example on a USB stick. On your own computer, open it with “Open a journal from a file…”. Nothing else from this session is kept on this computer.</source>
        <translation>Gardez ce que vous avez écrit pendant cette session dans un seul fichier chiffré, par exemple sur une clé USB. Sur votre propre ordinateur, ouvrez-le avec « Ouvrir un journal depuis un fichier… ». Rien d’autre de cette session n’est gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No place chosen yet.</source>
        <translation>Aucun emplacement choisi pour l’instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose a place…</source>
        <translation>&amp;Choisir un emplacement…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Save the copy</source>
        <translation>&amp;Enregistrer la copie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Where should the copy go?</source>
        <translation>Où placer la copie ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>my-journal-{date}</source>
        <translation>mon-journal-{date}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Encrypting and saving the copy…</source>
        <translation>Chiffrement et enregistrement de la copie…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: {count}, encrypted, in {path}. Open it with the passphrase you just chose.</source>
        <translation>Enregistré : {count}, chiffré, dans {path}. Ouvrez-le avec la phrase secrète que vous venez de choisir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you ever forget that passphrase, this recovery code opens the copy. Write it down now; it is shown only once:</source>
        <translation>Si vous oubliez un jour cette phrase secrète, ce code de récupération ouvre la copie. Notez-le maintenant ; il n’est affiché qu’une fois :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery code for the copy: {code}</source>
        <translation>Code de récupération de la copie : {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../companion/ui/transfer/place_dialog.py" line="-71"/>
        <source>Home folder</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type where it goes, or pick a place below (a USB stick shows up there). Nothing about this choice is remembered.</source>
        <translation>Saisissez l’emplacement ou choisissez un lieu ci-dessous (une clé USB y apparaît). Rien de ce choix n’est mémorisé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full path</source>
        <translation>Chemin complet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or pick a pla&amp;ce:</source>
        <translation>Ou choisissez un &amp;emplacement :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save here</source>
        <translation>Enregistrer ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this folder</source>
        <translation>Choisir ce dossier</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please choose a place.</source>
        <translation>Veuillez choisir un emplacement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That folder isn&apos;t there. Choose a place from the list.</source>
        <translation>Ce dossier n’existe pas. Choisissez un emplacement dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file with that name.</source>
        <translation>Aucun fichier ne porte ce nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no folder with that name.</source>
        <translation>Aucun dossier ne porte ce nom.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../companion/ui/vault/change_passphrase_dialog.py" line="+36"/>
        <source>Companion — Change passphrase</source>
        <translation>Companion — Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your passphrase</source>
        <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries stay as they are. Your recovery code keeps working with the new passphrase.</source>
        <translation>Vos notes restent telles quelles. Votre code de récupération continue de fonctionner avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+174"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+1"/>
        <source>Type the new passphrase again</source>
        <translation>Saisissez à nouveau la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../companion/ui/vault/first_run.py" line="+83"/>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+77"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+85"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+7"/>
        <location line="+1"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+6"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please type your current passphrase.</source>
        <translation>Saisissez votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changing your passphrase…</source>
        <translation>Changement de votre phrase secrète…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That isn&apos;t your current passphrase. Check Caps Lock and try again — nothing was changed.</source>
        <translation>Ce n’est pas votre phrase secrète actuelle. Vérifiez le verrouillage des majuscules et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/first_run.py" line="+52"/>
        <location filename="../../companion/ui/vault/guest_welcome.py" line="+44"/>
        <source>Welcome to Companion</source>
        <translation>Bienvenue dans Companion</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Everything you write stays on this computer, encrypted with your passphrase. There is no account and no internet connection, so nobody else can read it.</source>
        <translation>Tout ce que vous écrivez reste sur cet ordinateur, chiffré avec votre phrase secrète. Il n’y a ni compte ni connexion à internet ; personne d’autre ne peut donc le lire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What Companion keeps private</source>
        <translation>Ce que Companion garde privé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You&apos;ll type it each time you open your journal. Make it at least 8 characters; a short sentence or a few words is easier to remember than a jumble of symbols.</source>
        <translation>Vous la saisirez à chaque ouverture de votre journal. Utilisez au moins 8 caractères ; une courte phrase ou quelques mots se retiennent plus facilement qu’un mélange de symboles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-62"/>
        <location line="+22"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type it again to be sure</source>
        <translation>Saisissez-la à nouveau pour vérifier</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Create my journal</source>
        <translation>Créer mon journal</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-62"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Just trying it, or not your computer? Use Companion as a guest</source>
        <translation>Juste pour essayer, ou pas votre ordinateur ? Entrez en invité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already have a journal? Open a journal from a file…</source>
        <translation>Vous avez déjà un journal ? Ouvrir un journal depuis un fichier…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Creating your journal… this takes a moment.</source>
        <translation>Création de votre journal… cela prend un instant.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/guest_welcome.py" line="+2"/>
        <source>Use Companion as a guest</source>
        <translation>Utiliser Companion en invité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guest session keeps nothing on this computer. What you write stays in memory, encrypted, and is erased when you end the session or close Companion.</source>
        <translation>Une session invitée ne garde rien sur cet ordinateur. Ce que vous écrivez reste en mémoire, chiffré, et est effacé quand vous terminez la session ou fermez Companion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before you leave you can save an encrypted copy to a USB stick or another place you choose, and open it at home as your own journal.</source>
        <translation>Avant de partir, vous pouvez enregistrer une copie chiffrée sur une clé USB ou à un autre endroit de votre choix, et l’ouvrir chez vous comme votre propre journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a shared computer, so every session here is a guest session.</source>
        <translation>Cet ordinateur est partagé : chaque session ici est donc une session invitée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal that is already on this computer stays locked; a guest session cannot see it.</source>
        <translation>Le journal déjà présent sur cet ordinateur reste verrouillé ; une session invitée ne peut pas le voir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What a guest session keeps</source>
        <translation>Ce qu’une session invitée garde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Start a guest session</source>
        <translation>Commencer une session invitée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_screen.py" line="-12"/>
        <source>Companion — Locked</source>
        <translation>Companion — Verrouillé</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your journal is locked</source>
        <translation>Votre journal est verrouillé</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Not your journal? Use Companion as a guest</source>
        <translation>Ce n’est pas votre journal ? Utilisez Companion en invité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a journal from a file…</source>
        <translation>Ouvrir un journal depuis un fichier…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type your passphrase to open your journal.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir votre journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock message</source>
        <translation>Message de déverrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use recovery code instead</source>
        <translation>Utiliser plutôt le code de récupération</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Use your recovery code</source>
        <translation>Utiliser votre code de récupération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the recovery code you saved when you created your journal, then choose a new passphrase. Your entries stay as they are.</source>
        <translation>Saisissez le code de récupération que vous avez gardé en créant votre journal, puis choisissez une nouvelle phrase secrète. Vos notes restent telles quelles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location filename="../../companion/ui/vault/recovery_code_dialog.py" line="+91"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recovery message</source>
        <translation>Message de récupération</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Unlock and set new passphrase</source>
        <translation>Déverrouiller et choisir une nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to passphrase</source>
        <translation>Revenir à la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="-51"/>
        <source>An old copy of your journal&apos;s key file (from a backup, a sync folder&apos;s history or a USB stick) can still open today&apos;s journal with the passphrase or recovery code it was made with. Locking out old copies gives your journal a new key, so those old key files stop working on it. Your entries stay as they are. You get a new recovery code; the old one stops working. Backups made before now still open with the passphrase they were made with.</source>
        <translation>Une ancienne copie du fichier de clé de votre journal (venant d’une sauvegarde, de l’historique d’un dossier synchronisé ou d’une clé USB) peut encore ouvrir le journal d’aujourd’hui avec la phrase secrète ou le code de récupération avec lesquels elle a été faite. Bloquer les anciennes copies donne une nouvelle clé à votre journal : ces anciens fichiers de clé ne fonctionnent plus avec lui. Vos notes restent telles quelles. Vous recevez un nouveau code de récupération ; l’ancien cesse de fonctionner. Les sauvegardes faites avant maintenant s’ouvrent toujours avec la phrase secrète avec laquelle elles ont été faites.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Companion — Lock out old copies</source>
        <translation>Companion — Bloquer les anciennes copies</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Lock out old copies</source>
        <translation>Bloquer les anciennes copies</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>About locking out old copies</source>
        <translation>À propos du blocage des anciennes copies</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock out old copies now</source>
        <translation>Bloquer les anciennes copies maintenant</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+68"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+42"/>
        <source>Please type your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Giving your journal a new key…</source>
        <translation>Attribution d’une nouvelle clé à votre journal…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That isn&apos;t your passphrase. Check Caps Lock and try again — nothing was changed.</source>
        <translation>Ce n’est pas votre phrase secrète. Vérifiez le verrouillage des majuscules et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_screen.py" line="+6"/>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please type your recovery code.</source>
        <translation>Saisissez votre code de récupération.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking your recovery code…</source>
        <translation>Vérification de votre code de récupération…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="-95"/>
        <source>Your journal locked before you confirmed saving your new recovery code. Your passphrase still opens it. If you didn&apos;t keep the new code, unlock and choose More, then Make a new recovery code, to get another one.</source>
        <translation>Votre journal s’est verrouillé avant que vous confirmiez avoir gardé votre nouveau code de récupération. Votre phrase secrète l’ouvre toujours. Si vous n’avez pas gardé le nouveau code, déverrouillez puis choisissez Plus, puis Créer un nouveau code de récupération, pour en obtenir un autre.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Companion — Make a new recovery code</source>
        <translation>Companion — Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Make a new recovery code</source>
        <translation>Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lost your recovery code? You can make a new one. Your current code will stop working, and the new code is shown straight away so you can save it. Your passphrase and your entries stay as they are.</source>
        <translation>Vous avez perdu votre code de récupération ? Vous pouvez en créer un nouveau. Votre code actuel cessera de fonctionner, et le nouveau s’affiche aussitôt pour que vous puissiez le garder. Votre phrase secrète et vos notes restent telles quelles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About a new recovery code</source>
        <translation>À propos d’un nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="-95"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+1"/>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+6"/>
        <source>Make a new code</source>
        <translation>Créer un nouveau code</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/lock_out_dialog.py" line="+20"/>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+13"/>
        <source>Type your passphrase to go on</source>
        <translation>Saisissez votre phrase secrète pour continuer</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/new_recovery_code_dialog.py" line="+52"/>
        <source>Making your new recovery code…</source>
        <translation>Création de votre nouveau code de récupération…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That isn&apos;t your passphrase. Check Caps Lock and try again — nothing was changed, and your current recovery code still works.</source>
        <translation>Ce n’est pas votre phrase secrète. Vérifiez le verrouillage des majuscules et réessayez ; rien n’a été modifié et votre code de récupération actuel fonctionne toujours.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Companion — Your new recovery code</source>
        <translation>Companion — Votre nouveau code de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your old recovery code no longer works. Keep this new one instead.</source>
        <translation>Votre ancien code de récupération ne fonctionne plus. Gardez plutôt ce nouveau code.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/passphrase_field.py" line="+49"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Le verrouillage des majuscules semble activé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock hint</source>
        <translation>Indication sur le verrouillage des majuscules</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide {name}</source>
        <translation>Masquer {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show {name}</source>
        <translation>Afficher {name}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/passphrase_form.py" line="+33"/>
        <source>Strength: just starting</source>
        <translation>Solidité : tout juste commencée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Strength: easy to guess</source>
        <translation>Solidité : facile à deviner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: a good start</source>
        <translation>Solidité : un bon début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair</source>
        <translation>Solidité : correcte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>Solidité : forte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: very strong</source>
        <translation>Solidité : très forte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please use at least 8 characters. A short sentence works well.</source>
        <translation>Utilisez au moins 8 caractères. Une courte phrase convient bien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This would be easy to guess. A few unrelated words make a strong, memorable passphrase.</source>
        <translation>Ce serait facile à deviner. Quelques mots sans rapport entre eux font une phrase secrète forte et facile à retenir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A good start. Adding another word or two would make it much stronger.</source>
        <translation>Un bon début. Un ou deux mots de plus la rendraient bien plus forte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair. One more word, or a less common one, would help.</source>
        <translation>Correcte. Un mot de plus, ou un mot moins courant, aiderait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong. Keep it somewhere only you can find.</source>
        <translation>Forte. Gardez-la dans un endroit que vous seul·e connaissez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong. Keep it somewhere only you can find.</source>
        <translation>Très forte. Gardez-la dans un endroit que vous seul·e connaissez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please use at least 8 characters. A few words you&apos;ll remember work well, for example three unrelated words.</source>
        <translation>Utilisez au moins 8 caractères. Quelques mots dont vous vous souviendrez conviennent bien, par exemple trois mots sans rapport entre eux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases don&apos;t match yet. Please type the same one twice.</source>
        <translation>Les deux phrases secrètes ne correspondent pas encore. Saisissez la même deux fois.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase advice</source>
        <translation>Conseil sur la phrase secrète</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A few unrelated words you&apos;ll remember make a good passphrase.</source>
        <translation>Quelques mots sans rapport entre eux, dont vous vous souviendrez, font une bonne phrase secrète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: nothing typed yet</source>
        <translation>Solidité : rien de saisi pour l’instant</translation>
    </message>
    <message>
        <location filename="../../companion/ui/vault/recovery_code_dialog.py" line="-59"/>
        <source>If you forget your passphrase, this code is the only way back in. Without both, nobody — not even us — can recover your journal. Save it to a file on a USB stick, print it, or write it down, and keep it somewhere private.</source>
        <translation>Si vous oubliez votre phrase secrète, ce code est le seul moyen de revenir. Sans l’un ni l’autre, personne, pas même nous, ne peut récupérer votre journal. Enregistrez-le dans un fichier sur une clé USB, imprimez-le ou notez-le, et gardez-le dans un endroit privé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Companion recovery code</source>
        <translation>Code de récupération Companion</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Companion — Your recovery code</source>
        <translation>Companion — Votre code de récupération</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Why the recovery code matters</source>
        <translation>Pourquoi le code de récupération compte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save to a file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery code to a file</source>
        <translation>Enregistrer le code de récupération dans un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing is not available on this computer.</source>
        <translation>L’impression n’est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>I have saved my recovery code</source>
        <translation>J’ai gardé mon code de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to my journal</source>
        <translation>Continuer vers mon journal</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save your recovery code</source>
        <translation>Enregistrer votre code de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to {name}. Keep that file somewhere private.</source>
        <translation>Enregistré dans {name}. Gardez ce fichier dans un endroit privé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing is not available here. Please save or write the code down.</source>
        <translation>L’impression n’est pas disponible ici. Enregistrez le code ou notez-le.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please keep your recovery code first, then tick the box and choose Continue.</source>
        <translation>Gardez d’abord votre code de récupération, puis cochez la case et choisissez Continuer.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../companion/ui/journal/vocabulary_words.py" line="+24"/>
        <source>calm</source>
        <translation>calme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content</source>
        <translation>contentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grateful</source>
        <translation>gratitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hopeful</source>
        <translation>espoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proud</source>
        <translation>fierté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excited</source>
        <translation>enthousiasme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loved</source>
        <translation>affection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relieved</source>
        <translation>soulagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peaceful</source>
        <translation>paix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>motivated</source>
        <translation>motivation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nostalgic</source>
        <translation>nostalgie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tired</source>
        <translation>fatigue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bored</source>
        <translation>ennui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confused</source>
        <translation>confusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numb</source>
        <translation>engourdissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restless</source>
        <translation>agitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anxious</source>
        <translation>anxiété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stressed</source>
        <translation>stress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelmed</source>
        <translation>accablement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scared</source>
        <translation>peur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sad</source>
        <translation>tristesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lonely</source>
        <translation>solitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disappointed</source>
        <translation>déception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guilty</source>
        <translation>culpabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ashamed</source>
        <translation>honte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embarrassed</source>
        <translation>gêne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jealous</source>
        <translation>jalousie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irritable</source>
        <translation>irritabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrated</source>
        <translation>frustration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angry</source>
        <translation>colère</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study</source>
        <translation>études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise</source>
        <translation>sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friends</source>
        <translation>amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>music</source>
        <translation>musique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking</source>
        <translation>cuisine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chores</source>
        <translation>tâches ménagères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gaming</source>
        <translation>jeux vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>travel</source>
        <translation>voyage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slept well</source>
        <translation>bien dormi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drank water</source>
        <translation>bu de l’eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved my body</source>
        <translation>bougé mon corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time outside</source>
        <translation>temps dehors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>talked to someone</source>
        <translation>parlé à quelqu’un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rested</source>
        <translation>repos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screen break</source>
        <translation>pause sans écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journaled</source>
        <translation>écrit dans mon journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breathing exercise</source>
        <translation>exercice de respiration</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../companion/ui/widgets/busy.py" line="+19"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets/chip_picker.py" line="+76"/>
        <source>{noun}: {name}</source>
        <extracomment>A chip read aloud: {noun} says what it is (&quot;Emotion&quot;, &quot;Tag&quot;), {name} is its word.</extracomment>
        <translation>{noun} : {name}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Find or add {noun}…</source>
        <extracomment>{noun} is what one chip is, in lower case (&quot;emotion&quot;, &quot;tag&quot;).</extracomment>
        <translation>Chercher ou ajouter : {noun}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter. Enter chooses the first match or adds a new one. Down arrow moves to the choices.</source>
        <translation>Tapez pour filtrer. Entrée choisit la première correspondance ou en ajoute une nouvelle. La flèche vers le bas mène aux choix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find {noun}…</source>
        <translation>Chercher : {noun}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter. Enter chooses the first match. Down arrow moves to the choices.</source>
        <translation>Tapez pour filtrer. Entrée choisit la première correspondance. La flèche vers le bas mène aux choix.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find {noun}</source>
        <translation>Chercher : {noun}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add new {noun} to</source>
        <translation>Ajouter un nouvel élément ({noun}) à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {noun}</source>
        <translation>Ajouter : {noun}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing matches.</source>
        <translation>Rien ne correspond.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Chosen: {names}</source>
        <translation>Choisi : {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: none chosen</source>
        <translation>Choisi : rien</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets/markdown_view.py" line="+35"/>
        <source>Entry preview</source>
        <translation>Aperçu de la note</translation>
    </message>
</context>
</TS>
