<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/record_dialogs.py" line="+47"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target yet</source>
        <translation>Noch kein Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/account_form.ui" line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Northwick Energy</source>
        <translation>z. B. Northwick Energy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Industry</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship &amp;purpose</source>
        <translation>&amp;Zweck der Beziehung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Our strategic intent</source>
        <translation>&amp;Unsere strategische Absicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What we want this relationship to become</source>
        <translation>Was aus dieser Beziehung werden soll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Their strategic intent</source>
        <translation>&amp;Ihre strategische Absicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they want from working with us</source>
        <translation>Was sie von der Zusammenarbeit mit uns wollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Target contact model</source>
        <translation>Angestrebtes &amp;Kontaktmodell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Check-up every</source>
        <translation>&amp;Check alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neglected &amp;after</source>
        <translation>&amp;Vernachlässigt nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship purpose</source>
        <translation>Zweck der Beziehung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our strategic intent</source>
        <translation>Unsere strategische Absicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their strategic intent</source>
        <translation>Ihre strategische Absicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target contact model</source>
        <translation>Angestrebtes Kontaktmodell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-up every (days)</source>
        <translation>Check alle (Tage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neglected after (days without contact)</source>
        <translation>Vernachlässigt nach (Tagen ohne Kontakt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days without contact</source>
        <translation> Tage ohne Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only contact that &amp;counts resets that clock (not entries worth 0)</source>
        <translation>Nur Kontakt, der &amp;zählt, setzt diese Uhr zurück (keine Einträge mit Wert 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only contact that counts</source>
        <translation>Nur Kontakt, der zählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When ticked, a &quot;just checking in&quot; entry worth 0 does not reset the out-of-touch clock: only contact that gave or cost something does.</source>
        <translation>Wenn angehakt, setzt ein Eintrag „nur kurz nachgefragt“ mit Wert 0 die Uhr für „Kein Kontakt mehr“ nicht zurück: nur Kontakt, der etwas gebracht oder gekostet hat.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../relapp/gui/models/account_table.py" line="+56"/>
        <source>An account in red has an overdue promise (point at it to see how many)</source>
        <translation>Ein rotes Konto hat eine überfällige Zusage (mit der Maus darauf zeigen, um zu sehen, wie viele)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%d overdue promise(s)</source>
        <translation>%d überfällige Zusage(n)</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../relapp/gui/views/accounts_view.py" line="+77"/>
        <source>Filter accounts…</source>
        <translation>Konten filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only accounts with this tag</source>
        <translation>Nur Konten mit diesem Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New account…</source>
        <translation>Neues Konto…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upcoming board meetings</source>
        <translation>Kommende Vorstandssitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board meetings…</source>
        <translation>Vorstandssitzungen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+39"/>
        <source>Stakeholders</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Our team on this account</source>
        <translation>Unser Team für dieses Konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Latest entries</source>
        <translation>Neueste Einträge</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>New stakeholder…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open card</source>
        <translation>Kontaktkarte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No account matches the filter and tag chosen.</source>
        <translation>Kein Konto passt zum gewählten Filter und Schlagwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No accounts yet. Create one with New account… (Ctrl+Shift+A), or open the demo from Home.</source>
        <translation>Noch keine Konten. Legen Sie eines mit Neues Konto… (Strg+Umschalt+A) an oder öffnen Sie die Demo unter Start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an account on the left to see its people.</source>
        <translation>Wählen Sie links ein Konto, um seine Personen zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody on this account yet: add the people you deal with there with New stakeholder… (Ctrl+Shift+S).</source>
        <translation>Noch niemand in diesem Konto: Fügen Sie die Personen, mit denen Sie dort zu tun haben, mit Neuer Ansprechpartner… (Strg+Umschalt+S) hinzu.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No account selected</source>
        <translation>Kein Konto ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account with Ctrl+Shift+A, or open the demo.</source>
        <translation>Legen Sie ein Konto mit Strg+Umschalt+A an oder öffnen Sie die Demo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose of the relationship</source>
        <translation>Zweck der Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our strategic intent</source>
        <translation>Unsere strategische Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their strategic intent</source>
        <translation>Ihre strategische Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded yet</source>
        <translation>noch nicht erfasst</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No board meeting planned</source>
        <translation>Keine Vorstandssitzung geplant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next board meetings</source>
        <translation>Nächste Vorstandssitzungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Overdue promises</source>
        <translation>Überfällige Zusagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account plan</source>
        <translation>Kontoplan</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 promise overdue — see Promises</source>
        <translation>1 Zusage überfällig — siehe Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d promises overdue — see Promises</source>
        <translation>%d Zusagen überfällig — siehe Zusagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Promises (%d overdue)</source>
        <translation>Zusagen (%d überfällig)</translation>
    </message>
</context>
<context>
    <name>AchieveDialog</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_dialogs.py" line="+190"/>
        <source>%s achieved</source>
        <translation>%s erreicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joint objective achieved: %s</source>
        <translation>Gemeinsames Ziel erreicht: %s</translation>
    </message>
</context>
<context>
    <name>AchieveForm</name>
    <message>
        <location filename="../../ui/achieve_form.ui" line="+5"/>
        <source>Objective achieved</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Achieved on</source>
        <translation>&amp;Erreicht am</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Achieved on</source>
        <translation>Erreicht am</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a deposit in the journal</source>
        <translation>Eine Einzahlung ins Journal schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a &amp;deposit in the journal</source>
        <translation>Eine Ein&amp;zahlung ins Journal schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry &amp;title</source>
        <translation>&amp;Titel des Eintrags</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../relapp/gui/phrase_texts.py" line="+34"/>
        <source>no entry with them yet</source>
        <translation>noch kein Eintrag mit ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact that counts yet</source>
        <translation>noch kein Kontakt, der zählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last contact {ago}</source>
        <translation>letzter Kontakt {ago}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every {days} days</source>
        <translation>alle {days} Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within {days} days</source>
        <translation>innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (influence {influence}/5): {why}, expected {rhythm}</source>
        <translation>{name} (Einfluss {influence}/5): {why}, erwartet {rhythm}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} joined {ago} and nobody on our side has met them</source>
        <translation>{name} kam {ago} hinzu, und niemand auf unserer Seite hat die Person getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} new people in {account}, nobody on our side has met them yet</source>
        <translation>{count} neue Personen bei {account}, noch niemand auf unserer Seite hat sie getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to {person} ({owner}) is {late} days overdue: {promise}</source>
        <translation>Zusage an {person} ({owner}) ist seit {late} Tagen überfällig: {promise}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to {person} is {late} days overdue: {promise}</source>
        <translation>Zusage an {person} ist seit {late} Tagen überfällig: {promise}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to {person} ({owner}) is due {when}: {promise}</source>
        <translation>Zusage an {person} ({owner}) ist {when} fällig: {promise}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to {person} is due {when}: {promise}</source>
        <translation>Zusage an {person} ist {when} fällig: {promise}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance fell by {fall} over the last {days} days</source>
        <translation>Saldo in den letzten {days} Tagen um {fall} gesunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-up recorded yet</source>
        <translation>Noch kein Check erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-up due since {due} (last one {ago})</source>
        <translation>Check fällig seit {due} (der letzte {ago})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} {when} ({day}): prepare the brief</source>
        <translation>{title} {when} ({day}): Briefing vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} of {person} {when} ({day}, {years} years)</source>
        <translation>{label} von {person} {when} ({day}, {years} Jahre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} of {person} {when} ({day})</source>
        <translation>{label} von {person} {when} ({day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint objective {late} days past its target ({target}): {title}</source>
        <translation>Gemeinsames Ziel seit {late} Tagen über dem Zieltermin ({target}): {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint objective off track: {title}</source>
        <translation>Gemeinsames Ziel nicht im Plan: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint objective at risk: {title}</source>
        <translation>Gemeinsames Ziel gefährdet: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step on {title} ({step}) was due {late} days ago</source>
        <translation>Nächster Schritt zu {title} ({step}) war vor {late} Tagen fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step on {title} was due {late} days ago</source>
        <translation>Nächster Schritt zu {title} war vor {late} Tagen fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our intent ({ours}/5, {our_level:lower}) runs {gap} levels ahead of theirs ({theirs}/5, {their_level:lower})</source>
        <translation>Unsere Absicht ({ours}/5, {our_level}) liegt {gap} Stufen vor ihrer ({theirs}/5, {their_level})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a champion</source>
        <translation>ein Fürsprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influence {influence}/5</source>
        <translation>Einfluss {influence}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{change} ({why}): who takes over, and who on our side knows them?</source>
        <translation>{change} ({why}): Wer übernimmt, und wer auf unserer Seite kennt diese Person?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{change}: check their influence and who on our side should know them</source>
        <translation>{change}: Einfluss prüfen, und wer auf unserer Seite sollte die Person kennen?</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../relapp/gui/home/attention_model.py" line="+82"/>
        <source>Purpose: %s</source>
        <translation>Zweck: %s</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our intent: %s</source>
        <translation>Unsere Absicht: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their intent: %s</source>
        <translation>Ihre Absicht: %s</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no entry with them yet</source>
        <translation>noch kein Eintrag mit ihnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %d days</source>
        <translation>in %d Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day late</source>
        <translation>1 Tag zu spät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d days late</source>
        <translation>%d Tage zu spät</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../relapp/gui/backups/backups_dialog.py" line="+31"/>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Relapp backs up your data once a day when it starts and before every upgrade, and keeps one backup for each of the last 7 days, 4 weeks and 12 months.</source>
        <translation>Relapp sichert Ihre Daten einmal am Tag beim Start und vor jedem Upgrade und behält je eine Sicherung für die letzten 7 Tage, 4 Wochen und 12 Monate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;file…</source>
        <translation>Aus &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before the upgrade to schema %s</source>
        <translation>Vor dem Upgrade auf Schema %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by hand</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data before a restore</source>
        <translation>Ihre Daten vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen for a restore that was interrupted</source>
        <translation>Für eine abgebrochene Wiederherstellung gewählt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backing up and verifying…</source>
        <translation>Sichern und prüfen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up and verified: %s</source>
        <translation>Gesichert und geprüft: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %s</source>
        <translation>Die Sicherung ist fehlgeschlagen: %s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore from file</source>
        <translation>Aus Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapp data (*.sqlite3 *.db);;All files (*)</source>
        <translation>Relapp-Daten (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace your data with %s?

Your current data is kept as a backup first, so you can go back to it from this list.</source>
        <translation>Ihre Daten durch %s ersetzen?

Ihre aktuellen Daten werden vorher als Sicherung aufbewahrt, sodass Sie über diese Liste zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %s. Your previous data is kept at %s.</source>
        <translation>%s wiederhergestellt. Ihre bisherigen Daten liegen unter %s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %s.</source>
        <translation>%s wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../relapp/gui/chart/balance_chart.py" line="+53"/>
        <source>Balance chart</source>
        <translation>Saldoverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+201"/>
        <source>No entries yet — write one with Ctrl+N and the balance starts here.</source>
        <translation>Noch keine Einträge — schreiben Sie einen mit Strg+N, dann beginnt hier der Saldo.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show %s</source>
        <translation>%s zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+80"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Draw up to two more accounts or people on this chart</source>
        <translation>Bis zu zwei weitere Konten oder Personen in dieses Diagramm zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with another account or person</source>
        <translation>Mit einem anderen Konto oder einer anderen Person vergleichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Let old credit fade</source>
        <translation>Guthaben verblasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-life %d days: without new deposits, a balance loses half its value in that time, so neglect becomes visible.</source>
        <translation>Halbwertszeit %d Tage: Ohne neue Einzahlungen verliert ein Saldo in dieser Zeit die Hälfte seines Werts, so wird Vernachlässigung sichtbar.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>People of %s</source>
        <translation>Personen von %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another account…</source>
        <translation>Anderes Konto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop comparing</source>
        <translation>Nicht mehr vergleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account to draw beside this one:</source>
        <translation>Konto, das neben diesem gezeichnet wird:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No account yet — create one with Ctrl+Shift+A; its balance shows here.</source>
        <translation>Noch kein Konto — legen Sie eines mit Strg+Umschalt+A an; sein Saldo erscheint hier.</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <location filename="../../relapp/gui/phrase_texts.py" line="+30"/>
        <source>We are late with “{promise}”: which new date would work for you?</source>
        <translation>Wir sind mit „{promise}“ im Verzug: Welcher neue Termin würde für Sie passen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where do things stand with “{worry}”, and what would help most now?</source>
        <translation>Wie steht es um „{worry}“, und was würde jetzt am meisten helfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you tracking against “{measure}” this year?</source>
        <translation>Wie kommen Sie dieses Jahr mit „{measure}“ voran?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you need to see from us to back the next step?</source>
        <translation>Was müssten Sie von uns sehen, um den nächsten Schritt mitzutragen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How would you like to work with us directly, and who on your side should we also know?</source>
        <translation>Wie möchten Sie direkt mit uns zusammenarbeiten, und wen auf Ihrer Seite sollten wir noch kennen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has changed on your side since we last spoke?</source>
        <translation>Was hat sich auf Ihrer Seite geändert, seit wir zuletzt gesprochen haben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is “{intent}” still the priority, and how will you judge progress?</source>
        <translation>Hat „{intent}“ noch Vorrang, und woran werden Sie den Fortschritt messen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {reason}; {path}</source>
        <translation>{name}: {reason}; {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to {person} overdue by {days} days ({owner}): {promise}</source>
        <translation>Zusage an {person} seit {days} Tagen überfällig ({owner}): {promise}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to {person} overdue by {days} days: {promise}</source>
        <translation>Zusage an {person} seit {days} Tagen überfällig: {promise}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance fell by {fall} over the last 30 days</source>
        <translation>Der Saldo ist in den letzten 30 Tagen um {fall} gesunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance fell by {fall} over the last quarter</source>
        <translation>Der Saldo ist im letzten Quartal um {fall} gesunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health fell from {before:.0f} to {after:.0f} at the last check-up</source>
        <translation>Die Gesundheit fiel beim letzten Check von {before:.0f} auf {after:.0f}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check-up has been due since {day}</source>
        <translation>Der Check ist seit {day} fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts form a {current}; the aim is a {target}</source>
        <translation>Die Kontakte bilden das Muster „{current}“; angestrebt ist „{target}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{strength} (from the journal)</source>
        <translation>{strength} (aus dem Journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody on our side knows them</source>
        <translation>Niemand auf unserer Seite kennt die Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tie} with {member}</source>
        <translation>{tie} mit {member}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{known}; no recorded contact</source>
        <translation>{known}; kein erfasster Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{known}; last contact {day} ({ago})</source>
        <translation>{known}; letzter Kontakt {day} ({ago})</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../relapp/gui/brief/brief_dialog.py" line="+45"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Board brief — %s</source>
        <translation>Briefing für die Vorstandssitzung — %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Board brief</source>
        <translation>&amp;Briefing für die Vorstandssitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;summary</source>
        <translation>&amp;Kontoübersicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Meetings…</source>
        <translation>&amp;Sitzungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Their attendees</source>
        <translation>Ihre Teilnehmer</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Who the document is for</source>
        <translation>Für wen das Dokument ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me: everything, the personal side included</source>
        <translation>Ich: alles, einschließlich der persönlichen Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our team: everything but the personal side</source>
        <translation>Unser Team: alles außer der persönlichen Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client: a handout (no stances, worries, risks or scores)</source>
        <translation>Der Kunde: eine Tischvorlage (keine Haltungen, Sorgen, Risiken oder Bewertungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What we want from this meeting</source>
        <translation>Was wir von dieser Sitzung wollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we want from this meeting, in a few lines</source>
        <translation>Was wir von dieser Sitzung wollen, in wenigen Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep with the meeting</source>
        <translation>Bei der Sitzung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these lines with the chosen meeting</source>
        <translation>Diese Zeilen bei der gewählten Sitzung speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the &amp;last board meeting</source>
        <translation>der &amp;letzten Vorstandssitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick to count the changes from a day of your own</source>
        <translation>Haken entfernen, um die Änderungen ab einem selbst gewählten Tag zu zählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Count changes since</source>
        <translation>Änderungen zählen seit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What we want</source>
        <translation>Was wir wollen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes since</source>
        <translation>Änderungen seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;or</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Privacy mode</source>
        <translation>Datenschutzmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the brief as PDF, HTML or Markdown (%s)</source>
        <translation>Das Briefing als PDF, HTML oder Markdown exportieren (%s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the brief (%s)</source>
        <translation>Das Briefing drucken (%s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No meeting: choose the attendees below</source>
        <translation>Keine Sitzung: Teilnehmer unten wählen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Goals of the meeting</source>
        <translation>Ziele der Sitzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved with the meeting.</source>
        <translation>Bei der Sitzung gespeichert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;For me:&lt;/b&gt; this document includes the personal side of people (family, interests, private notes). Keep it to yourself.</source>
        <translation>&lt;b&gt;Für mich:&lt;/b&gt; Dieses Dokument enthält die persönliche Seite der Personen (Familie, Interessen, private Notizen). Behalten Sie es für sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;For our team:&lt;/b&gt; the personal side of people is left out; stances, risks and coverage are in: not for the client.</source>
        <translation>&lt;b&gt;Für unser Team:&lt;/b&gt; Die persönliche Seite der Personen fehlt; Haltungen, Risiken und Abdeckung sind enthalten: nicht für den Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;For the client:&lt;/b&gt; a handout with the account at a glance, our joint work and the next steps agreed; no stances, worries, risks, coverage or health scores.</source>
        <translation>&lt;b&gt;Für den Kunden:&lt;/b&gt; eine Tischvorlage mit dem Konto auf einen Blick, unserer gemeinsamen Arbeit und den vereinbarten nächsten Schritten; keine Haltungen, Sorgen, Risiken, Abdeckung oder Gesundheitswerte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one of their people to see the brief.</source>
        <translation>Haken Sie mindestens eine ihrer Personen an, um das Briefing zu sehen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the brief</source>
        <translation>Das Briefing exportieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting to %s…</source>
        <translation>Export nach %s…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Written to %s</source>
        <translation>Geschrieben nach %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %s</source>
        <translation>Export fehlgeschlagen: %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>BriefDocument</name>
    <message>
        <location filename="../../relapp/gui/brief/document_texts.py" line="+21"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their side: {names}.</source>
        <translation>Ihre Seite: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours: {names}.</source>
        <translation>Unsere: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared {day}.</source>
        <translation>Erstellt am {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Includes the personal side of people (family, interests, private notes): keep this document to yourself.</source>
        <translation>Enthält die persönliche Seite der Personen (Familie, Interessen, private Notizen): Behalten Sie dieses Dokument für sich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For our team: the personal side of people is left out; not for the client.</source>
        <translation>Für unser Team: Die persönliche Seite der Personen ist weggelassen; nicht für den Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account at a glance</source>
        <translation>Das Konto auf einen Blick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{balance}  ({month} in 30 days, {quarter} in the last quarter)</source>
        <translation>{balance}  ({month} in 30 Tagen, {quarter} im letzten Quartal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the relationship</source>
        <translation>Zweck der Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our strategic intent</source>
        <translation>Unsere strategische Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their strategic intent</source>
        <translation>Ihre strategische Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact model now</source>
        <translation>Kontaktmodell jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too few ties to tell</source>
        <translation>zu wenige Verbindungen, um es zu sagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact model we want</source>
        <translation>Angestrebtes Kontaktmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} at the check-up of {day}</source>
        <translation>{score} beim Check vom {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {change} since the one before</source>
        <translation>, {change} seit dem vorigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no check-up yet</source>
        <translation>noch kein Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises open</source>
        <translation>Offene Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>{open} offen, {overdue} überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance over time: the line adds up every entry&apos;s value; each dot is a day with entries, green when that day&apos;s entries add up to a deposit, red to a withdrawal, grey to nothing.</source>
        <translation>Der Saldo im Zeitverlauf: Die Linie summiert den Wert jedes Eintrags; jeder Punkt ist ein Tag mit Einträgen, grün, wenn die Einträge des Tages eine Einzahlung ergeben, rot bei einer Abhebung, grau bei null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance of {account} over time</source>
        <translation>Saldo von {account} im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health at the last check-ups</source>
        <translation>Gesundheit bei den letzten Checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we want from this meeting</source>
        <translation>Was wir aus dieser Sitzung mitnehmen wollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not written yet.</source>
        <translation>Noch nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account plan</source>
        <translation>Der Kontoplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stage} since {day}: {meaning}</source>
        <translation>{stage} seit {day}: {meaning}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our intent</source>
        <translation>Unsere Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their intent</source>
        <translation>Ihre Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our intent runs two or more levels ahead of theirs: learn what they want before investing more.</source>
        <translation>Unsere Absicht liegt zwei oder mehr Stufen vor ihrer: Erfahren Sie, was sie wollen, bevor Sie mehr investieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the stage moved since {day}:</source>
        <translation>Wie sich die Stufe seit dem {day} bewegt hat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(down)</source>
        <translation>(abwärts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage did not move since {day}.</source>
        <translation>Die Stufe hat sich seit dem {day} nicht bewegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint objectives</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners (theirs / ours)</source>
        <translation>Verantwortliche (ihre / unsere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest progress</source>
        <translation>Letzter Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days late</source>
        <translation>{days} Tage verspätet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No joint objective agreed yet.</source>
        <translation>Noch kein gemeinsames Ziel vereinbart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open opportunities: what the meeting could decide</source>
        <translation>Offene Chancen: was die Sitzung entscheiden könnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For them: {text}</source>
        <translation>Für sie: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For us: {text}</source>
        <translation>Für uns: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step: {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {day}</source>
        <translation>bis {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open opportunity.</source>
        <translation>Keine offene Chance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing at risk right now.</source>
        <translation>Derzeit ist nichts gefährdet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since the last board meeting ({day})</source>
        <translation>Was sich seit der letzten Vorstandssitzung ({day}) geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since {day}</source>
        <translation>Was sich seit dem {day} geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{entries} journal entries: deposits {deposits}, withdrawals {withdrawals}; the balance moved {change}.</source>
        <translation>{entries} Journaleinträge: Einzahlungen {deposits}, Abhebungen {withdrawals}; der Saldo bewegte sich um {change}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health moved {change} points.</source>
        <translation>Die Gesundheit bewegte sich um {change} Punkte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined: {names}.</source>
        <translation>Neu dabei: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved: {changes}.</source>
        <translation>Gewechselt: {changes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: {changes}.</source>
        <translation>Ausgeschieden: {changes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept:</source>
        <translation>Gehaltene Zusagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{promise} (to {person})</source>
        <translation>{promise} (an {person})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises broken:</source>
        <translation>Gebrochene Zusagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives that moved:</source>
        <translation>Ziele, die sich bewegt haben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-up questions that moved</source>
        <translation>Check-Fragen, die sich bewegt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust built in the period</source>
        <translation>Im Zeitraum aufgebautes Vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of trust</source>
        <translation>Art des Vertrauens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries now</source>
        <translation>Einträge jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period before</source>
        <translation>Der Zeitraum davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who matters</source>
        <translation>Wer wichtig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infl.</source>
        <translation>Einfl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closest to us</source>
        <translation>Am nächsten zu uns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports to {name}</source>
        <translation>berichtet an {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in decisions</source>
        <translation>Rolle bei Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance and weight</source>
        <translation>Haltung und Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stance}; influence {influence}/5, interest {interest}/5</source>
        <translation>{stance}; Einfluss {influence}/5, Interesse {interest}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well we know them</source>
        <translation>Wie gut wir die Person kennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through whom</source>
        <translation>Über wen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last interactions</source>
        <translation>Letzte Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recorded interaction.</source>
        <translation>Kein erfasster Kontakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises open to them</source>
        <translation>Offene Zusagen an die Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours</source>
        <translation>Bei uns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERDUE {days} day</source>
        <translation>ÜBERFÄLLIG {days} Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERDUE {days} days</source>
        <translation>ÜBERFÄLLIG {days} Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None open.</source>
        <translation>Keine offen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions worth asking</source>
        <translation>Fragen, die sich lohnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stakeholder map</source>
        <translation>Die Karte der Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder map of {account}</source>
        <translation>Karte der Ansprechpartner von {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet tied to anyone on our side: {names}.</source>
        <translation>Noch mit niemandem auf unserer Seite verbunden: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With {theirs} and {ours}.</source>
        <translation>Mit {theirs} und {ours}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With {theirs}.</source>
        <translation>Mit {theirs}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your strategic intent, as we understand it</source>
        <translation>Ihre strategische Absicht, wie wir sie verstehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where we stand</source>
        <translation>Wo wir stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attending</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your people</source>
        <translation>Ihre Leute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our joint work</source>
        <translation>Unsere gemeinsame Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No joint objective written down yet.</source>
        <translation>Noch kein gemeinsames Ziel festgehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps we agreed</source>
        <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who on our side</source>
        <translation>Wer bei uns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open step.</source>
        <translation>Kein offener Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{balance} ({month} in 30 days, {quarter} in the last quarter)</source>
        <translation>{balance} ({month} in 30 Tagen, {quarter} im letzten Quartal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no entries yet</source>
        <translation>noch keine Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>our intent runs two or more levels ahead of theirs.</source>
        <translation>Unsere Absicht liegt zwei oder mehr Stufen vor ihrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{before} to {after}</source>
        <translation>{before} zu {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not move</source>
        <translation>sie hat sich nicht bewegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise kept:</source>
        <translation>Zusage gehalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise broken:</source>
        <translation>Zusage gebrochen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective moved:</source>
        <translation>Ziel bewegt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERDUE by {days} days</source>
        <translation>ÜBERFÄLLIG seit {days} Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target {day}</source>
        <translation>Zieldatum {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for {name}</source>
        <translation>für {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: our work together</source>
        <translation>{account}: unsere Zusammenarbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account}: {meeting}</source>
        <translation>{account}: {meeting}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account summary: {account}</source>
        <translation>Kontoübersicht: {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board brief: {account}</source>
        <translation>Briefing für die Vorstandssitzung: {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board meeting</source>
        <translation>Vorstandssitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status:lower}</source>
        <translation>{status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en</source>
        <translation>de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Sep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Career goals</source>
        <translation>Karriereziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured by</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What keeps them up at night</source>
        <translation>Was sie nachts wach hält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we could help</source>
        <translation>Wie wir helfen könnten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
</context>
<context>
    <name>CheckListFilter</name>
    <message>
        <location filename="../../relapp/gui/check_list_filter.py" line="+29"/>
        <source>Type to narrow the list; Enter ticks the one left</source>
        <translation>Zum Eingrenzen tippen; Enter hakt den einzigen verbliebenen Eintrag an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the list</source>
        <translation>Liste eingrenzen</translation>
    </message>
</context>
<context>
    <name>CheckupDialog</name>
    <message>
        <location filename="../../relapp/gui/health/checkup_dialog.py" line="+39"/>
        <source>Check-up — %s</source>
        <translation>Check — %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change check-up — %s</source>
        <translation>Check ändern — %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit questions…</source>
        <translation>Fragen bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save check-up</source>
        <translation>Check speichern</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>last check-up %s</source>
        <translation>letzter Check %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no check-up recorded yet</source>
        <translation>noch kein Check erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purpose not decided</source>
        <translation>Zweck nicht entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship:</source>
        <translation>Beziehung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our intent:</source>
        <translation>Unsere Absicht:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs:</source>
        <translation>Ihre:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Check-up of %s</source>
        <translation>Check von %s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change check-up of %s</source>
        <translation>Check von %s ändern</translation>
    </message>
</context>
<context>
    <name>CheckupForm</name>
    <message>
        <location filename="../../ui/checkup_form.ui" line="+5"/>
        <source>Check-up</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check-up &amp;date</source>
        <translation>&amp;Datum des Checks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-up date</source>
        <translation>Datum des Checks</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overall notes</source>
        <translation>Notizen insgesamt</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Score each question from 1 (not at all) to 5 (without doubt): click, or type the number and Tab on. A question left unscored is skipped.</source>
        <translation>Bewerten Sie jede Frage von 1 (gar nicht) bis 5 (ohne Zweifel): klicken, oder die Zahl tippen und mit Tab weiter. Eine unbewertete Frage wird übersprungen.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>About the account</source>
        <translation>Zum Konto</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Overall &amp;notes</source>
        <translation>&amp;Notizen insgesamt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../relapp/gui/commitments/commitment_dialog.py" line="+23"/>
        <source>New promise</source>
        <translation>Neue Zusage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change promise</source>
        <translation>Zusage ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../ui/commitment_form.ui" line="+5"/>
        <source>New promise</source>
        <translation>Neue Zusage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promised &amp;to</source>
        <translation>Zugesagt &amp;an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promised to</source>
        <translation>Zugesagt an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What we promised</source>
        <translation>Was wir zugesagt haben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owner on our side</source>
        <translation>Verantwortlich bei uns</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;What we promised</source>
        <translation>&amp;Was wir zugesagt haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Send the revised plan</source>
        <translation>z. B. Den überarbeiteten Plan schicken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Owner on our side</source>
        <translation>&amp;Verantwortlich bei uns</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../relapp/gui/commitments/commitment_model.py" line="+25"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Overdue by %d days</source>
        <translation>Seit %d Tagen überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written to the journal on %s</source>
        <translation>Am %s ins Journal geschrieben</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <location filename="../../relapp/gui/commitments/commitments_panel.py" line="+29"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue promises</source>
        <translation>Überfällige Zusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New promise…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept…</source>
        <translation>Gehalten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken…</source>
        <translation>Gebrochen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show kept and broken</source>
        <translation>Gehaltene und gebrochene zeigen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>1 promise overdue</source>
        <translation>1 Zusage überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d promises overdue</source>
        <translation>%d Zusagen überfällig</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../relapp/gui/connect_dialog.py" line="+54"/>
        <source>Connect to a team database</source>
        <translation>Mit einer Teamdatenbank verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the team database</source>
        <translation>Adresse der Teamdatenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your administrator gives you the address and your login. Settings and the window&apos;s layout stay on this computer.</source>
        <translation>Ihr Administrator gibt Ihnen die Adresse und Ihre Anmeldung. Einstellungen und die Anordnung des Fensters bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The team database cannot be reached</source>
        <translation>Die Teamdatenbank ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the address and your network, or ask your administrator whether the server is running. What you typed is kept.</source>
        <translation>Prüfen Sie die Adresse und Ihr Netzwerk oder fragen Sie Ihren Administrator, ob der Server läuft. Was Sie eingegeben haben, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../relapp/gui/views/contact_card.py" line="+49"/>
        <source>Contact card</source>
        <translation>Kontaktkarte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who on our side knows them</source>
        <translation>Wer bei uns sie kennt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline of entries with this person</source>
        <translation>Zeitleiste der Einträge mit dieser Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing with them in the journal yet: “New entry with them…” below writes the first entry.</source>
        <translation>Noch nichts mit ihnen im Journal: „Neuer Eintrag mit ihnen…“ unten schreibt den ersten Eintrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Professional</source>
        <translation>Beruflich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What matters to them</source>
        <translation>Was ihnen wichtig ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keeping in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record tie</source>
        <translation>Verbindung &amp;erfassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags and key dates</source>
        <translation>Schlagwörter und wichtige Daten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this person</source>
        <translation>Über diese Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New entry with them…</source>
        <translation>Neuer Eintrag mit ihnen…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Left the company…</source>
        <translation>Hat das Unternehmen verlassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved role…</source>
        <translation>Rolle gewechselt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back at the company…</source>
        <translation>Zurück im Unternehmen…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key dates…</source>
        <translation>Wichtige Daten…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New promise…</source>
        <translation>Neue Zusage…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%s — contact card</source>
        <translation>%s — Kontaktkarte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left on %s (former)</source>
        <translation>ausgeschieden am %s (ehemalig)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in decisions</source>
        <translation>Rolle bei Entscheidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Influence / interest</source>
        <translation>Einfluss / Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance towards us</source>
        <translation>Haltung uns gegenüber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured on</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Career goals</source>
        <translation>Karriereziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps them up at night</source>
        <translation>Raubt ihnen den Schlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we could help</source>
        <translation>Wie wir helfen könnten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email / phone</source>
        <translation>E-Mail / Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Promises (%d overdue)</source>
        <translation>Zusagen (%d überfällig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises (%d open)</source>
        <translation>Zusagen (%d offen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How well %s knows them</source>
        <translation>Wie gut %s sie kennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tie</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record a tie of strength %d (as the journal shows), undo with Ctrl+Z</source>
        <translation>Eine Verbindung der Stärke %d erfassen (wie das Journal zeigt), rückgängig mit Strg+Z</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../relapp/gui/phrase_texts.py" line="-34"/>
        <source>{member} and {person} are the only link between the teams</source>
        <translation>{member} und {person} sind die einzige Verbindung zwischen den Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{member} and {person} carry {share:.0%} of the relationship</source>
        <translation>{member} und {person} tragen {share:.0%} der Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{member} alone holds all {count} ties on our side</source>
        <translation>{member} hält auf unserer Seite allein alle {count} Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all {count} of ours deal only with {person}</source>
        <translation>alle {count} von uns haben nur mit {person} zu tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pairs} cross ties among {ours} of ours and {theirs} of theirs, no pair above {share:.0%}</source>
        <translation>{pairs} Verbindungen über Kreuz zwischen {ours} von uns und {theirs} von ihnen, kein Paar über {share:.0%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ours} of ours and {theirs} of theirs meet through only {pairs} of {possible} possible pairs</source>
        <translation>{ours} von uns und {theirs} von ihnen treffen sich nur über {pairs} von {possible} möglichen Paaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already broader than a {target}: keep these ties warm.</source>
        <translation>Schon breiter als das Muster „{target}“: diese Verbindungen pflegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To move towards it, tie our people to: {people} and {more} more</source>
        <translation>Um dorthin zu kommen, unsere Leute verbinden mit: {people} und {more} weiteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To move towards it, tie our people to: {people}</source>
        <translation>Um dorthin zu kommen, unsere Leute verbinden mit: {people}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To move towards it, spread contact beyond {member} and {person}</source>
        <translation>Um dorthin zu kommen, Kontakte über {member} und {person} hinaus verbreitern</translation>
    </message>
</context>
<context>
    <name>CoverageGap</name>
    <message>
        <location filename="../../relapp/gui/gap_texts.py" line="+18"/>
        <source>influence {influence}/5 and nobody on our side knows them or met them in the last {window} days</source>
        <translation>Einfluss {influence}/5, und niemand auf unserer Seite kennt die Person oder hat sie in den letzten {window} Tagen getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influence {influence}/5 but our strongest tie is only {strength}/5 (from the journal, no tie recorded)</source>
        <translation>Einfluss {influence}/5, aber unsere stärkste Verbindung ist nur {strength}/5 (aus dem Journal, keine Verbindung erfasst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influence {influence}/5 but our strongest tie is only {strength}/5</source>
        <translation>Einfluss {influence}/5, aber unsere stärkste Verbindung ist nur {strength}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influence {influence}/5, never met</source>
        <translation>Einfluss {influence}/5, nie getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influence {influence}/5, last contact today</source>
        <translation>Einfluss {influence}/5, letzter Kontakt heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influence {influence}/5, last contact yesterday</source>
        <translation>Einfluss {influence}/5, letzter Kontakt gestern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influence {influence}/5, last contact {days} days ago</source>
        <translation>Einfluss {influence}/5, letzter Kontakt vor {days} Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added today and nobody has met them yet</source>
        <translation>heute hinzugefügt; noch niemand hat die Person getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added yesterday and nobody has met them yet</source>
        <translation>gestern hinzugefügt; noch niemand hat die Person getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added {days} days ago and nobody has met them yet</source>
        <translation>vor {days} Tagen hinzugefügt; noch niemand hat die Person getroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{member} met {person} once in the last {days} days: record a tie?</source>
        <translation>{member} hat {person} in den letzten {days} Tagen einmal getroffen: Verbindung erfassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{member} met {person} twice in the last {days} days: record a tie?</source>
        <translation>{member} hat {person} in den letzten {days} Tagen zweimal getroffen: Verbindung erfassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{member} met {person} {times} times in the last {days} days: record a tie?</source>
        <translation>{member} hat {person} in den letzten {days} Tagen {times}-mal getroffen: Verbindung erfassen?</translation>
    </message>
</context>
<context>
    <name>DateAxis</name>
    <message>
        <location filename="../../relapp/gui/chart/direct_axes.py" line="+167"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message>
        <location filename="../../relapp/gui/phrase_texts.py" line="-61"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days ago</source>
        <translation>vor {days} Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {days} days</source>
        <translation>in {days} Tagen</translation>
    </message>
</context>
<context>
    <name>DropDialog</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_dialogs.py" line="-22"/>
        <source>Drop %s</source>
        <translation>%s aufgeben</translation>
    </message>
</context>
<context>
    <name>DropForm</name>
    <message>
        <location filename="../../ui/drop_form.ui" line="+5"/>
        <source>Drop the objective</source>
        <translation>Das Ziel aufgeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Who decided</source>
        <translation>&amp;Wer entschieden hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who decided</source>
        <translation>Wer entschieden hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Why</source>
        <translation>Wa&amp;rum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason, for whoever reads the plan later</source>
        <translation>Der Grund, für alle, die den Plan später lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../relapp/gui/editing.py" line="+59"/>
        <source>New account %s</source>
        <translation>Neues Konto %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive %s</source>
        <translation>%s archivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore %s</source>
        <translation>%s wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %s with its people, journal, promises and check-ups?
You can undo this with Ctrl+Z.</source>
        <translation>%s mit seinen Personen, Journal, Zusagen und Checks löschen?
Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete account %s</source>
        <translation>Konto %s löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New stakeholder %s</source>
        <translation>Neuer Ansprechpartner %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit %s</source>
        <translation>%s bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete stakeholder</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %s and their ties and promises?</source>
        <translation>%s mit den Verbindungen und Zusagen löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Delete %s</source>
        <translation>%s löschen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New team member %s</source>
        <translation>Neues Teammitglied %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit team member</source>
        <translation>Teammitglied bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete team member</source>
        <translation>Teammitglied löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %s and their ties?</source>
        <translation>%s mit den Verbindungen löschen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change tie</source>
        <translation>Verbindung ändern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%s left the company</source>
        <translation>%s hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s moved to another role</source>
        <translation>%s hat die Rolle gewechselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s is back at the company</source>
        <translation>%s ist zurück im Unternehmen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New entry %s</source>
        <translation>Neuer Eintrag %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change entry %s</source>
        <translation>Eintrag %s ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the entry “%s”?</source>
        <translation>Den Eintrag „%s“ löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete entry %s</source>
        <translation>Eintrag %s löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tags of %s</source>
        <translation>Schlagwörter von %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key dates of %s</source>
        <translation>Wichtige Daten von %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change tag %s</source>
        <translation>Schlagwort %s ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete tag %s</source>
        <translation>Schlagwort %s löschen</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/commitments/actions.py" line="+35"/>
        <source>New promise %s</source>
        <translation>Neue Zusage %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Promise kept: %s</source>
        <translation>Zusage gehalten: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise broken: %s</source>
        <translation>Zusage gebrochen: %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change promise %s</source>
        <translation>Zusage %s ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete promise %s</source>
        <translation>Zusage %s löschen</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../relapp/gui/views/empty_hint.py" line="+28"/>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/entry_dialog.py" line="+26"/>
        <source>Change journal entry</source>
        <translation>Journaleintrag ändern</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../relapp/gui/error_report.py" line="+66"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %s.</source>
        <translation>Nicht gespeichert: %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapp hit an error it did not expect. Your data is safe: every edit was saved when you made it, and the window keeps running.</source>
        <translation>Relapp ist auf einen unerwarteten Fehler gestoßen. Ihre Daten sind sicher: Jede Änderung wurde gespeichert, als Sie sie gemacht haben, und das Fenster läuft weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details below hold no names or notes; you can copy them into a bug report.</source>
        <translation>Die Details unten enthalten keine Namen oder Notizen; Sie können sie in einen Fehlerbericht kopieren.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../relapp/gui/interchange/export_dialog.py" line="+20"/>
        <source>Contacts as vCard 4.0</source>
        <translation>Kontakte als vCard 4.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts as CSV</source>
        <translation>Kontakte als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal as CSV</source>
        <translation>Journal als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything as a JSON dump</source>
        <translation>Alles als JSON-Abzug</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+61"/>
        <location line="+20"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export:</source>
        <translation>&amp;Exportieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the file to write first.</source>
        <translation>Wählen Sie zuerst die Zieldatei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+23"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../relapp/gui/refusal_texts.py" line="+103"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our side</source>
        <translation>Unsere Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their side</source>
        <translation>Kundenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRUST</source>
        <translation>TRUST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <location filename="../../relapp/gui/find/find_box.py" line="+31"/>
        <source>Find anything</source>
        <translation>Alles finden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their people</source>
        <translation>Ihre Leute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board meetings</source>
        <translation>Vorstandssitzungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find accounts, people, entries, promises, meetings…</source>
        <translation>Konten, Personen, Einträge, Zusagen, Sitzungen finden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only with this tag</source>
        <translation>Nur mit diesem Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n found · ↑↓ to choose · Enter opens · Esc closes</source>
        <translation>
            <numerusform>%n gefunden · ↑↓ zum Wählen · Enter öffnet · Esc schließt</numerusform>
            <numerusform>%n gefunden · ↑↓ zum Wählen · Enter öffnet · Esc schließt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “%s”</source>
        <translation>Nichts gefunden für „%s“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names, titles, emails, organisations, words from the journal</source>
        <translation>Namen, Titel, E-Mails, Organisationen, Wörter aus dem Journal</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/designer.py" line="+153"/>
        <source>Not saved: %s.</source>
        <translation>Nicht gespeichert: %s.</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../../relapp/gui/health/health_chart.py" line="+21"/>
        <source>Health trend chart</source>
        <translation>Gesundheitsverlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-up yet: record one and the health trend starts here.</source>
        <translation>Noch kein Check: Erfassen Sie einen, dann beginnt hier der Gesundheitsverlauf.</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../relapp/gui/health/health_panel.py" line="+34"/>
        <source>Check-up status</source>
        <translation>Stand der Checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a check-up…</source>
        <translation>Check erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the last one…</source>
        <translation>Den letzten ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the day, scores, comments or notes of the latest check-up</source>
        <translation>Tag, Bewertungen, Kommentare oder Notizen des letzten Checks ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How each question moved</source>
        <translation>Wie sich jede Frage entwickelt hat</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Last check-up: %s</source>
        <translation>Letzter Check: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health %d of 100</source>
        <translation>Gesundheit %d von 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-ups switched off for this account</source>
        <translation>Checks für dieses Konto ausgeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next one due since %s</source>
        <translation>nächster fällig seit %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next one due %s (every %d days)</source>
        <translation>nächster fällig %s (alle %d Tage)</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../relapp/gui/home/home_view.py" line="+83"/>
        <source>Show only</source>
        <translation>Nur zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What needs attention</source>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+262"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Snooze a week</source>
        <translation>Eine Woche zurückstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+260"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter or double-click opens an item · Delete dismisses it · right-click for more</source>
        <translation>Enter oder Doppelklick öffnet einen Punkt · Entf verwirft ihn · Rechtsklick für mehr</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Looking for what needs your attention…</source>
        <translation>Suche, was Ihre Aufmerksamkeit braucht…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>still checking who is out of touch…</source>
        <translation>prüfe noch, zu wem der Kontakt abgerissen ist…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list could not be read</source>
        <translation>Die Liste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>1 thing needs your attention today</source>
        <translation>Heute braucht eine Sache Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d things need your attention today</source>
        <translation>Heute brauchen %d Dinge Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needs your attention today</source>
        <translation>Heute braucht nichts Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No promise is late, nobody important is out of touch, no balance fell and no check-up is due.</source>
        <translation>Keine Zusage ist überfällig, zu niemand Wichtigem ist der Kontakt abgerissen, kein Saldo ist gefallen und kein Check ist fällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d snoozed or dismissed</source>
        <translation>%d zurückgestellt oder verworfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Snooze “%s”</source>
        <translation>„%s“ zurückstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss “%s”</source>
        <translation>„%s“ verwerfen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show hidden items again</source>
        <translation>Ausgeblendete Punkte wieder zeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snooze for a week</source>
        <translation>Für eine Woche zurückstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show snoozed and dismissed items again</source>
        <translation>Zurückgestellte und verworfene Punkte wieder zeigen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../relapp/gui/interchange/import_dialog.py" line="+29"/>
        <source>Import of %s</source>
        <translation>Import von %s</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+87"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (.vcf), CSV from LinkedIn, Google or Outlook, or a Relapp dump</source>
        <translation>vCard (.vcf), CSV aus LinkedIn, Google oder Outlook, oder ein Relapp-Abzug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+139"/>
        <location line="+9"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Leave as it is to put each person in their organisation&apos;s account, or pick or type one account for everyone</source>
        <translation>So lassen, um jede Person ins Konto ihrer Organisation zu legen, oder ein Konto für alle wählen oder eintippen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file (or type its path and press Enter): what it would add, merge and refuse shows here before anything is written.</source>
        <translation>Wählen Sie eine Datei (oder tippen Sie ihren Pfad und drücken Enter): Was sie hinzufügen, zusammenführen und ablehnen würde, erscheint hier, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similar account names</source>
        <translation>Ähnliche Kontonamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known people at a new organisation</source>
        <translation>Bekannte Personen bei einer neuen Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each person&apos;s organisation</source>
        <translation>Die Organisation jeder Person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts (*.vcf *.vcard *.csv *.json);;All files (*)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking against your accounts…</source>
        <translation>Abgleich mit Ihren Konten…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Relapp dump: everything in it (%n stakeholder(s)) will be restored into this empty data directory.</source>
        <translation>
            <numerusform>Relapp-Abzug: Alles darin (%n Ansprechpartner) wird in diesem leeren Datenordner wiederhergestellt.</numerusform>
            <numerusform>Relapp-Abzug: Alles darin (%n Ansprechpartner) wird in diesem leeren Datenordner wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3 to add, %4 to merge, %5 to skip, %6 refused; %7 new account(s).</source>
        <translation>%1 (%2): %3 hinzuzufügen, %4 zusammenzuführen, %5 zu überspringen, %6 abgelehnt; %7 neue(s) Konto/Konten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People to add</source>
        <translation>Hinzuzufügende Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To add (%1)</source>
        <translation>Hinzuzufügen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>existing: %1</source>
        <translation>vorhanden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New people</source>
        <translation>Neue Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts (%1)</source>
        <translation>Konten (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” in the file is the existing account “%2”</source>
        <translation>„%1“ in der Datei ist das vorhandene Konto „%2“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record that %1 moved from %2 to %3</source>
        <translation>Festhalten, dass %1 von %2 zu %3 gewechselt ist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing…</source>
        <translation>Schreibe…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
</context>
<context>
    <name>IntentForm</name>
    <message>
        <location filename="../../ui/intent_form.ui" line="+5"/>
        <source>Rate the intent</source>
        <translation>Die Absicht bewerten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;In words</source>
        <translation>&amp;In Worten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In words</source>
        <translation>In Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this side wants from the relationship</source>
        <translation>Was diese Seite von der Beziehung will</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;As of</source>
        <translation>Sta&amp;nd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>Introductions</name>
    <message>
        <location filename="../../relapp/gui/phrase_texts.py" line="+87"/>
        <source>{target}&apos;s boss</source>
        <translation>Führungskraft von {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who reports to {target}</source>
        <translation>berichtet an {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who works with {target}</source>
        <translation>arbeitet mit {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask {via} ({how}), whom {member} knows well, for an introduction</source>
        <translation>{via} ({how}) um eine Vorstellung bitten; {member} kennt die Person gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask {via} ({how}), whom {member} is close to, for an introduction</source>
        <translation>{via} ({how}) um eine Vorstellung bitten; {member} steht der Person nahe</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../../relapp/gui/models/journal_table.py" line="+228"/>
        <source>What built trust, one letter per kind in this order: %s; a dot where the entry has none of that kind</source>
        <translation>Was Vertrauen aufgebaut hat, ein Buchstabe je Art in dieser Reihenfolge: %s; ein Punkt, wo der Eintrag nichts von dieser Art hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account in red has an overdue promise</source>
        <translation>Ein rotes Konto hat eine überfällige Zusage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits (+1 to +5) in green, withdrawals (−1 to −5) in red</source>
        <translation>Einzahlungen (+1 bis +5) in Grün, Abhebungen (−1 bis −5) in Rot</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%d overdue promise(s) in this account</source>
        <translation>%d überfällige Zusage(n) in diesem Konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>withdrawal</source>
        <translation>Abhebung</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../relapp/gui/views/journal_view.py" line="+37"/>
        <source>Search titles and notes…</source>
        <translation>Titel und Notizen durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal</source>
        <translation>Journal durchsuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits only</source>
        <translation>Nur Einzahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawals only</source>
        <translation>Nur Abhebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRUST</source>
        <translation>TRUST</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New entry…</source>
        <translation>Neuer Eintrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a journal entry (Ctrl+N)</source>
        <translation>Einen Journaleintrag schreiben (Strg+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change entry…</source>
        <translation>Eintrag ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected entry (F2)</source>
        <translation>Den gewählten Eintrag ändern (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New promise…</source>
        <translation>Neue Zusage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promise to the chosen person, or to someone in the selected entry&apos;s account</source>
        <translation>Eine Zusage an die gewählte Person oder an jemanden im Konto des gewählten Eintrags</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All: %s</source>
        <translation>%s: alle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%s (our side)</source>
        <translation>%s (unsere Seite)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No entry matches the search and choices above.</source>
        <translation>Kein Eintrag passt zur Suche und Auswahl oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries yet. After a meeting, a call or a delivery, write one with Ctrl+N: what happened, and whether it was a deposit or a withdrawal.</source>
        <translation>Noch keine Einträge. Schreiben Sie nach einem Treffen, einem Anruf oder einer Lieferung einen mit Strg+N: was geschah und ob es eine Einzahlung oder eine Abhebung war.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose an account (or select an entry) for the promise first</source>
        <translation>Wählen Sie zuerst ein Konto (oder einen Eintrag) für die Zusage</translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/key_dates_dialog.py" line="+21"/>
        <source>Key dates of %s</source>
        <translation>Wichtige Daten von %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key dates</source>
        <translation>Wichtige Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the day as 1980-06-12, or --06-12 when the year is not known.</source>
        <translation>Schreiben Sie den Tag als 1980-06-12 oder als --06-12, wenn das Jahr nicht bekannt ist.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Row %d: say what the date is (Birthday, Anniversary…)</source>
        <translation>Zeile %d: Geben Sie an, was das Datum ist (Geburtstag, Jahrestag…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %d: %s</source>
        <translation>Zeile %d: %s</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../relapp/gui/launch.py" line="+45"/>
        <source>Relapp is already open</source>
        <translation>Relapp ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapp is already open for %s (perhaps in another session on this computer).</source>
        <translation>Relapp ist für %s bereits geöffnet (vielleicht in einer anderen Sitzung auf diesem Computer).</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../../relapp/gui/map/legend_bar.py" line="+51"/>
        <source>Map legend</source>
        <translation>Legende der Karte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../relapp/gui/main_window.py" line="+81"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The stakeholder map is not available in this build.</source>
        <translation>Die Karte der Ansprechpartner ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;entry…</source>
        <translation>Neuer &amp;Eintrag…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;account…</source>
        <translation>Neues &amp;Konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;stakeholder…</source>
        <translation>Neuer &amp;Ansprechpartner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our &amp;team…</source>
        <translation>Unser &amp;Team…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Data Folder…</source>
        <translation>Datenordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a team &amp;database…</source>
        <translation>Mit einer Team&amp;datenbank verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in journal</source>
        <translation>Im Journal &amp;suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;anything…</source>
        <translation>&amp;Alles finden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>&amp;Tags…</source>
        <translation>&amp;Schlagwörter…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Map</source>
        <translation>Kar&amp;te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit account…</source>
        <translation>Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive or restore</source>
        <translation>&amp;Archivieren oder wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete account…</source>
        <translation>Konto &amp;löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Board brief…</source>
        <translation>Briefing für die &amp;Vorstandssitzung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check-up…</source>
        <translation>Beziehungs-&amp;Check…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;ideas behind Relapp</source>
        <translation>Die &amp;Ideen hinter Relapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Relapp</source>
        <translation>&amp;Über Relapp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entry saved</source>
        <translation>Eintrag gespeichert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select an account first</source>
        <translation>Bitte zuerst ein Konto auswählen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open Data Folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That data folder is open already</source>
        <translation>Dieser Datenordner ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start new data here?</source>
        <translation>Hier neue Daten anlegen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s holds no Relapp data. Start new, empty data in it?</source>
        <translation>%s enthält keine Relapp-Daten. Darin neue, leere Daten anlegen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Cannot open this folder</source>
        <translation>Dieser Ordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Open in another window</source>
        <translation>In einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Relapp has %s open. Close it there first; you stay on the data open now.</source>
        <translation>Ein anderes Relapp hat %s geöffnet. Schließen Sie es dort zuerst; Sie bleiben bei den jetzt geöffneten Daten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stay on the data open now</source>
        <translation>Bei den jetzt geöffneten Daten bleiben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not remember the folder for the next start: %s</source>
        <translation>Der Ordner konnte für den nächsten Start nicht gemerkt werden: %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Map: organisation, power and interest, team on team</source>
        <translation>Karte: Organisation, Macht und Interesse, Team zu Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: fit in the window</source>
        <translation>Karte: ins Fenster einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: zoom in and out</source>
        <translation>Karte: vergrößern und verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: forget manual placements</source>
        <translation>Karte: von Hand gesetzte Positionen vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: find a person</source>
        <translation>Karte: eine Person finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: one frame per department</source>
        <translation>Karte: ein Rahmen je Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift-drag</source>
        <translation>Umschalt+Ziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map, team on team: from one of ours to one of theirs records a tie</source>
        <translation>Karte, Team zu Team: von einem der Unseren zu einem der Ihren erfasst eine Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter / Escape</source>
        <translation>Enter / Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick entry and forms: save / cancel</source>
        <translation>Schnelleintrag und Formulare: speichern / abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home: dismiss the item</source>
        <translation>Start: den Punkt verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2 / Delete</source>
        <translation>F2 / Entf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal: change / delete the selected entry</source>
        <translation>Journal: den gewählten Eintrag ändern / löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board brief: export / print</source>
        <translation>Briefing: exportieren / drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ideas behind Relapp</source>
        <translation>Die Ideen hinter Relapp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Relapp</source>
        <translation>Über Relapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Relapp %s&lt;/b&gt;&lt;p&gt;A ledger for your client relationships: deposits and withdrawals, who matters, and the brief for the next board meeting.&lt;/p&gt;&lt;p&gt;Your data: %s&lt;/p&gt;</source>
        <translation>&lt;b&gt;Relapp %s&lt;/b&gt;&lt;p&gt;Ein Kontobuch für Ihre Kundenbeziehungen: Einzahlungen und Abhebungen, wer zählt, und das Briefing für die nächste Vorstandssitzung.&lt;/p&gt;&lt;p&gt;Ihre Daten: %s&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Could not undo or redo</source>
        <translation>Rückgängig oder Wiederholen nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%s” could not be undone or redone: %s
It has left the undo list.</source>
        <translation>„%s“ konnte nicht rückgängig gemacht oder wiederholt werden: %s
Es wurde aus der Liste zum Rückgängigmachen entfernt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic backup failed</source>
        <translation>Automatische Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%s — Relapp</source>
        <translation>%s — Relapp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team database: %s</source>
        <translation>Teamdatenbank: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data: %s</source>
        <translation>Daten: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data (read-only): %s</source>
        <translation>Daten (nur lesen): %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data is read-only: %1. You can look, search, export and back up to another place; changes cannot be saved.</source>
        <translation>Diese Daten sind nur lesbar: %1. Sie können ansehen, suchen, exportieren und an einen anderen Ort sichern; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone “%s” · Ctrl+Shift+Z does it again</source>
        <translation>„%s“ rückgängig gemacht · Strg+Umschalt+Z macht es erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved · Ctrl+Z undoes “%s”</source>
        <translation>Gespeichert · Strg+Z macht „%s“ rückgängig</translation>
    </message>
</context>
<context>
    <name>MapPeopleModel</name>
    <message>
        <location filename="../../relapp/gui/map/people_model.py" line="+36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title / side</source>
        <translation>Titel / Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How well we know them</source>
        <translation>Wie gut wir sie kennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../relapp/gui/map/scene.py" line="+109"/>
        <source>Nobody on our side knows them</source>
        <translation>Niemand von uns kennt sie</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>influence %d/5, interest %d/5</source>
        <translation>Einfluss %d/5, Interesse %d/5</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%d overdue promise(s) to them</source>
        <translation>%d überfällige Zusage(n) an sie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%s, from the journal</source>
        <translation>%s, aus dem Journal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Way in: %s</source>
        <translation>Zugang: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask %s, whom %s knows well, for an introduction to %s</source>
        <translation>Bitten Sie %s, den %s gut kennt, um eine Vorstellung bei %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s met %s in the last year; no tie recorded</source>
        <translation>%s hat %s im letzten Jahr getroffen; keine Verbindung erfasst</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Gap: %s</source>
        <translation>Lücke: %s</translation>
    </message>
    <message>
        <location line="+317"/>
        <source>%s (our side)
Shift-drag to one of theirs to add a tie</source>
        <translation>%s (unsere Seite)
Mit Umschalt+Ziehen zu einem der Ihren eine Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No department</source>
        <translation>Keine Abteilung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%s: %d people</source>
        <translation>%s: %d Personen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Double-click to fold or unfold %s</source>
        <translation>Doppelklick, um %s zu- oder aufzuklappen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%s: double-click to show them</source>
        <translation>%s: Doppelklick, um sie zu zeigen</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>%s reports to %s</source>
        <translation>%s berichtet an %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%s influences %s</source>
        <translation>%s beeinflusst %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s is in conflict with %s</source>
        <translation>%s steht im Konflikt mit %s</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Contact pattern: too few ties to tell</source>
        <translation>Kontaktmuster: zu wenige Verbindungen für eine Aussage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact pattern: %s — %s</source>
        <translation>Kontaktmuster: %s — %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target: %s (reached)</source>
        <translation>Ziel: %s (erreicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %s</source>
        <translation>Ziel: %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power and interest</source>
        <translation>Macht und Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team on team</source>
        <translation>Team zu Team</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Keep satisfied</source>
        <translation>Zufrieden halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage closely</source>
        <translation>Eng begleiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep informed</source>
        <translation>Informiert halten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Influence ↑</source>
        <translation>Einfluss ↑</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Their people</source>
        <translation>Ihre Leute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tie with us yet</source>
        <translation>Noch keine Verbindung zu uns</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/map/legend_bar.py" line="-19"/>
        <location filename="../../relapp/gui/map/scene.py" line="+60"/>
        <source>Coverage gap</source>
        <translation>Abdeckungslücke</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../relapp/gui/map/scene.py" line="+5"/>
        <source>Nobody of ours knows them (thicker border: better known)</source>
        <translation>Niemand von uns kennt sie (dickerer Rand: besser bekannt)</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/map/scene.py" line="-27"/>
        <source>Ring: influence 1–5</source>
        <translation>Ring: Einfluss 1–5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red badge: overdue promises</source>
        <translation>Rotes Abzeichen: überfällige Zusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line width: tie strength</source>
        <translation>Linienstärke: Stärke der Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Influences (arrow)</source>
        <translation>Beeinflusst (Pfeil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict</source>
        <translation>Im Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../relapp/gui/gap_texts.py" line="+5"/>
        <source>unknown to us</source>
        <translation>uns unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak tie</source>
        <translation>schwache Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neglected</source>
        <translation>vernachlässigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new, not met</source>
        <translation>neu, noch nicht getroffen</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/map/map_view.py" line="+119"/>
        <location line="+487"/>
        <source>Stakeholder map</source>
        <translation>Karte der Ansprechpartner</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>Map of</source>
        <translation>Karte von</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Map tools</source>
        <translation>Kartenwerkzeuge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account on the map</source>
        <translation>Konto auf der Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the account the map shows</source>
        <translation>Das Konto wählen, das die Karte zeigt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power and interest</source>
        <translation>Macht und Interesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team on team</source>
        <translation>Team zu Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the %s layout (Alt+%d)</source>
        <translation>Die Ansicht %s zeigen (Alt+%d)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stance filter</source>
        <translation>Filter nach Haltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All stances</source>
        <translation>Alle Haltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role filter</source>
        <translation>Filter nach Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member filter</source>
        <translation>Filter nach Teammitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+400"/>
        <source>Everyone of ours</source>
        <translation>Alle von uns</translation>
    </message>
    <message>
        <location line="-399"/>
        <source>Tag filter</source>
        <translation>Filter nach Schlagwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>By department</source>
        <translation>Nach Abteilung</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No account yet</source>
        <translation>Noch kein Konto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Organisation: one frame per department; double-click a frame to fold it into a counted group (Alt+D)</source>
        <translation>Organisation: ein Rahmen je Abteilung; Doppelklick auf einen Rahmen klappt ihn zu einer gezählten Gruppe zu (Alt+D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find on the map (Ctrl+Shift+F)</source>
        <translation>Auf der Karte finden (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find on the map</source>
        <translation>Auf der Karte finden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Auto-arrange</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget placements on this layout (Ctrl+Shift+R)</source>
        <translation>Positionen in dieser Ansicht vergessen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the map in the window (Ctrl+0)</source>
        <translation>Die Karte ins Fenster einpassen (Strg+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export this map as a PNG picture</source>
        <translation>Diese Karte als PNG-Bild exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export this map as an SVG drawing</source>
        <translation>Diese Karte als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map filters</source>
        <translation>Kartenfilter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contact pattern</source>
        <translation>Kontaktmuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coverage gaps</source>
        <translation>&amp;Abdeckungslücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage gaps</source>
        <translation>Abdeckungslücken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;On the map</source>
        <translation>Auf der &amp;Karte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People on the map</source>
        <translation>Personen auf der Karte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Contact pattern&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontaktmuster&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested &amp;ties (Enter records one)</source>
        <translation>Vorgeschlagene &amp;Verbindungen (Enter erfasst eine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested ties</source>
        <translation>Vorgeschlagene Verbindungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Former (left the company)</source>
        <translation>&amp;Ehemalige (haben das Unternehmen verlassen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Former people</source>
        <translation>Ehemalige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off the map and out of coverage; open the card for “Back at the company…”</source>
        <translation>Nicht auf der Karte und außerhalb der Abdeckung; öffnen Sie die Karte für „Zurück im Unternehmen…“</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No account to map yet.
Create one in Accounts (Ctrl+Shift+A), or explore the demo data from Home.</source>
        <translation>Noch kein Konto für die Karte.
Legen Sie eines unter Konten an (Strg+Umschalt+A) oder erkunden Sie die Demodaten unter Start.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drag to place people; double-click opens the contact card; right-click for more.</source>
        <translation>Ziehen, um Personen zu platzieren; Doppelklick öffnet die Kontaktkarte; Rechtsklick für mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a person to another cell to change their influence and interest.</source>
        <translation>Ziehen Sie eine Person in ein anderes Feld, um ihren Einfluss und ihr Interesse zu ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift-drag from one of ours to one of theirs to add a tie; right-click a person to set how strong it is.</source>
        <translation>Mit Umschalt+Ziehen von einem der Unseren zu einem der Ihren eine Verbindung hinzufügen; Rechtsklick auf eine Person legt fest, wie stark sie ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody of ours is on this account yet: add yourself and your colleagues with Ctrl+Shift+T, then record who knows whom.</source>
        <translation>Noch niemand von uns in diesem Konto: Fügen Sie sich und Ihre Kollegen mit Strg+Umschalt+T hinzu und erfassen Sie dann, wer wen kennt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%s — %s</source>
        <translation>%s — %s</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Arrange the map again</source>
        <translation>Die Karte neu anordnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Export the map</source>
        <translation>Die Karte exportieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not write %s: %s</source>
        <translation>%s konnte nicht geschrieben werden: %s</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Tied to %s</source>
        <translation>Verbunden mit %s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Way in: %s</source>
        <translation>Zugang: %s</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>No powerful person is left unknown; %n of their people have no tie with us yet.</source>
        <translation>
            <numerusform>Keine einflussreiche Person ist uns unbekannt; %n ihrer Personen hat noch keine Verbindung zu uns.</numerusform>
            <numerusform>Keine einflussreiche Person ist uns unbekannt; %n ihrer Personen haben noch keine Verbindung zu uns.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No gaps: everyone who matters is known and met.</source>
        <translation>Keine Lücken: Alle, die zählen, sind bekannt und getroffen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None: every recent contact has its tie.</source>
        <translation>Keine: Jeder jüngste Kontakt hat seine Verbindung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record tie</source>
        <translation>Verbindung erfassen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nobody on the map is called %s</source>
        <translation>Niemand auf der Karte heißt %s</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Move %s</source>
        <translation>%s verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move people on the map</source>
        <translation>Personen auf der Karte verschieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add tie</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Open contact card</source>
        <translation>Kontaktkarte öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an entry…</source>
        <translation>Eintrag schreiben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance of %s</source>
        <translation>Haltung von %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role in decisions</source>
        <translation>Rolle bei Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role of %s</source>
        <translation>Rolle von %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ties with our team</source>
        <translation>Verbindungen zu unserem Team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no tie</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie between %s and %s</source>
        <translation>Verbindung zwischen %s und %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tie</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody of ours works on this account yet</source>
        <translation>Noch niemand von uns arbeitet an diesem Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Influences</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In conflict with</source>
        <translation>Im Konflikt mit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link %s and %s</source>
        <translation>%s und %s verknüpfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>influences</source>
        <translation>beeinflusst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in conflict with</source>
        <translation>im Konflikt mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove link: %s</source>
        <translation>Verknüpfung entfernen: %s</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../ui/meeting_form.ui" line="+5"/>
        <source>Board meeting</source>
        <translation>Vorstandssitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What we want from it</source>
        <translation>Was wir davon wollen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Their attendees</source>
        <translation>Ihre Teilnehmer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our attendees</source>
        <translation>Unsere Teilnehmer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. Quarterly board review</source>
        <translation>z. B. Quartalsbericht an den Vorstand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we &amp;want from it</source>
        <translation>Was wir davon &amp;wollen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Their attendees</source>
        <translation>&amp;Ihre Teilnehmer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Our attendees</source>
        <translation>&amp;Unsere Teilnehmer</translation>
    </message>
</context>
<context>
    <name>MeetingFormDialog</name>
    <message>
        <location filename="../../relapp/gui/brief/meetings_dialog.py" line="+57"/>
        <source>Edit board meeting</source>
        <translation>Vorstandssitzung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New board meeting</source>
        <translation>Neue Vorstandssitzung</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <location line="+34"/>
        <source>Board meetings — %s</source>
        <translation>Vorstandssitzungen — %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting recorded yet.</source>
        <translation>Noch keine Sitzung erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>upcoming</source>
        <translation>kommend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past</source>
        <translation>vergangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no attendees yet</source>
        <translation>noch keine Teilnehmer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New board meeting %s</source>
        <translation>Neue Vorstandssitzung %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change board meeting %s</source>
        <translation>Vorstandssitzung %s ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete meeting</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s” on %s?</source>
        <translation>„%s“ am %s löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete board meeting %s</source>
        <translation>Vorstandssitzung %s löschen</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/record_dialogs.py" line="+62"/>
        <source>New team member</source>
        <translation>Neues Teammitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit team member</source>
        <translation>Teammitglied bearbeiten</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/member_form.ui" line="+2"/>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Delivery manager</source>
        <translation>z. B. Delivery Manager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_dialogs.py" line="-41"/>
        <location line="+1"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New joint objective</source>
        <translation>Neues gemeinsames Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit joint objective</source>
        <translation>Gemeinsames Ziel bearbeiten</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <location filename="../../ui/objective_form.ui" line="+5"/>
        <source>Joint objective</source>
        <translation>Gemeinsames Ziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Objective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Halve the order backlog</source>
        <translation>z. B. Den Auftragsrückstand halbieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner on &amp;their side</source>
        <translation>Verantwortlich bei &amp;ihnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner on their side</source>
        <translation>Verantwortlich bei ihnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner on &amp;our side</source>
        <translation>Verantwortlich bei &amp;uns</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner on our side</source>
        <translation>Verantwortlich bei uns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Measured by</source>
        <translation>&amp;Gemessen an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measured by</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How both sides will know it worked</source>
        <translation>Woran beide Seiten erkennen, dass es geklappt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Target date</source>
        <translation>&amp;Zieldatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_dialogs.py" line="+76"/>
        <location line="+1"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not sized</source>
        <translation>nicht beziffert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New opportunity</source>
        <translation>Neue Chance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit opportunity</source>
        <translation>Chance bearbeiten</translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <location filename="../../ui/opportunity_form.ui" line="+5"/>
        <location line="+12"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Opportunity</source>
        <translation>&amp;Chance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Warehouse audit</source>
        <translation>z. B. Lagerprüfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it brings &amp;them</source>
        <translation>Was es &amp;ihnen bringt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it brings them</source>
        <translation>Was es ihnen bringt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it brings &amp;us</source>
        <translation>Was es &amp;uns bringt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it brings us</source>
        <translation>Was es uns bringt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rough si&amp;ze</source>
        <translation>Ungefähre &amp;Größe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rough size</source>
        <translation>Ungefähre Größe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Currency</source>
        <translation>Wäh&amp;rung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ponsor on their side</source>
        <translation>&amp;Förderer bei ihnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sponsor on their side</source>
        <translation>Förderer bei ihnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;wner on our side</source>
        <translation>&amp;Verantwortlich bei uns</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner on our side</source>
        <translation>Verantwortlich bei uns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step &amp;by</source>
        <translation>Nächster Schritt &amp;bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step by</source>
        <translation>Nächster Schritt bis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../relapp/gui/people/people_view.py" line="+36"/>
        <source>Filter by name, title, account, email or tag…</source>
        <translation>Nach Name, Titel, Konto, E-Mail oder Schlagwort filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any influence</source>
        <translation>Jeder Einfluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Influence %d or more</source>
        <translation>Einfluss %d oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influence 5</source>
        <translation>Einfluss 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any stance</source>
        <translation>Jede Haltung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any last contact</source>
        <translation>Jeder letzte Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seen in the last 30 days</source>
        <translation>In den letzten 30 Tagen gesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not seen for 90 days or more</source>
        <translation>Seit 90 Tagen oder länger nicht gesehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never met</source>
        <translation>Nie getroffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nobody matches the filter and choices above.</source>
        <translation>Niemand passt zum Filter und zur Auswahl oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody here yet. Their people come with the accounts: add a stakeholder to an account (Ctrl+Shift+S), and your colleagues and yourself under Our team (Ctrl+Shift+T).</source>
        <translation>Noch niemand hier. Ihre Leute kommen mit den Konten: Fügen Sie einem Konto einen Ansprechpartner hinzu (Strg+Umschalt+S) und Ihre Kollegen und sich selbst unter Unser Team (Strg+Umschalt+T).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2 people</source>
        <translation>%1 von %2 Personen</translation>
    </message>
</context>
<context>
    <name>PersonChange</name>
    <message>
        <location filename="../../relapp/gui/phrase_texts.py" line="-54"/>
        <source>{name} ({title}) left on {day}</source>
        <translation>{name} ({title}) ist am {day} ausgeschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (no title) left on {day}</source>
        <translation>{name} (ohne Titel) ist am {day} ausgeschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is back since {day}</source>
        <translation>{name} ist seit {day} zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no title</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}, {department}</source>
        <translation>{title}, {department}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} moved to {role} (was {old_title}) on {day}</source>
        <translation>{name} wechselte am {day} zu {role} (vorher {old_title})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} moved to {role} on {day}</source>
        <translation>{name} wechselte am {day} zu {role}</translation>
    </message>
</context>
<context>
    <name>PersonChangeDialog</name>
    <message>
        <location filename="../../relapp/gui/views/person_change_dialog.py" line="+24"/>
        <source>%s left the company</source>
        <translation>%s hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s moved to another role</source>
        <translation>%s hat die Rolle gewechselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s is back at the company</source>
        <translation>%s ist zurück im Unternehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New department</source>
        <translation>Neue Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New boss</source>
        <translation>Neue Vorgesetzte oder neuer Vorgesetzter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody recorded</source>
        <translation>Niemand erfasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;title</source>
        <translation>Neuer T&amp;itel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New d&amp;epartment</source>
        <translation>Neue &amp;Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports &amp;to</source>
        <translation>Berichtet a&amp;n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their entries, ties and promises stay; they leave the map and coverage and are listed under former people, with a way back.</source>
        <translation>Ihre Einträge, Verbindungen und Zusagen bleiben; die Person verlässt Karte und Abdeckung und steht unter den Ehemaligen, mit einem Weg zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old role stays in their history.</source>
        <translation>Die alte Rolle bleibt in ihrer Geschichte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They come back onto the map and into coverage.</source>
        <translation>Die Person kommt zurück auf die Karte und in die Abdeckung.</translation>
    </message>
</context>
<context>
    <name>PlanEditing</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_steps.py" line="+59"/>
        <source>Change the stage</source>
        <translation>Die Stufe ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate the intent</source>
        <translation>Die Absicht bewerten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could the relationship be worth to both sides, in more than money?</source>
        <translation>Was könnte die Beziehung beiden Seiten wert sein, über Geld hinaus?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the potential</source>
        <translation>Das Potenzial bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New objective %s</source>
        <translation>Neues Ziel %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit objective %s</source>
        <translation>Ziel %s bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress on %s</source>
        <translation>Fortschritt bei %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a progress note</source>
        <translation>Eine Fortschrittsnotiz löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s achieved</source>
        <translation>%s erreicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop %s</source>
        <translation>%s aufgeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status of %s</source>
        <translation>Status von %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete objective</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s” and its progress notes?
You can undo this with Ctrl+Z.</source>
        <translation>„%s“ mit seinen Fortschrittsnotizen löschen?
Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete objective %s</source>
        <translation>Ziel %s löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New opportunity %s</source>
        <translation>Neue Chance %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit opportunity %s</source>
        <translation>Chance %s bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete opportunity</source>
        <translation>Chance löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s”?
Agreed and dropped ones can simply stay in the list as history.</source>
        <translation>„%s“ löschen?
Vereinbarte und aufgegebene Chancen können einfach als Geschichte in der Liste bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete opportunity %s</source>
        <translation>Chance %s löschen</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_panel.py" line="+48"/>
        <location line="+15"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Our intent</source>
        <translation>Unsere Absicht</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Their intent</source>
        <translation>Ihre Absicht</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Our intent runs two or more levels ahead of theirs: find out what they want before investing more.</source>
        <translation>Unsere Absicht liegt zwei oder mehr Stufen vor ihrer: Finden Sie heraus, was sie wollen, bevor Sie mehr investieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Change &amp;stage…</source>
        <translation>&amp;Stufe ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate &amp;ours…</source>
        <translation>&amp;Unsere bewerten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate t&amp;heirs…</source>
        <translation>&amp;Ihre bewerten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;potential…</source>
        <translation>&amp;Potenzial bearbeiten…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Joint objectives</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint objective</source>
        <translation>Gemeinsames Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Owners (theirs / ours)</source>
        <translation>Verantwortliche (ihre / unsere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measured by</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor / owner</source>
        <translation>Förderer / Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New objective…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rogress…</source>
        <translation>&amp;Fortschritt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Achieved…</source>
        <translation>Erreicht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped…</source>
        <translation>Aufgegeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New opport&amp;unity…</source>
        <translation>Neue &amp;Chance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>not set yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>since %s</source>
        <translation>seit %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not written yet</source>
        <translation>noch nicht geschrieben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(%d days late)</source>
        <translation>(%d Tage zu spät)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>For them: %s</source>
        <translation>Für sie: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For us: %s</source>
        <translation>Für uns: %s</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../../relapp/gui/phrase_texts.py" line="+53"/>
        <source>{level}/5, {label:lower}</source>
        <translation>{level}/5, {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({level})</source>
        <translation>{text} ({level})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achieved {day}</source>
        <translation>erreicht am {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped at their request</source>
        <translation>auf ihren Wunsch fallen gelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped by us</source>
        <translation>von uns fallen gelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>fallen gelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dropped} {day}</source>
        <translation>{dropped} am {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{closed}: {reason}</source>
        <translation>{closed}: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../relapp/gui/preferences_dialog.py" line="+31"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt my data and its backups with a passphrase</source>
        <translation>Meine Daten und ihre Sicherungen mit einer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs the optional SQLCipher support: pip install &apos;relapp[encryption]&apos;</source>
        <translation>Braucht die optionale SQLCipher-Unterstützung: pip install &apos;relapp[encryption]&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unencrypted files are removed, but the disk may keep old blocks of them: turn on disk encryption as well for full protection.</source>
        <translation>Die unverschlüsselten Dateien werden entfernt, doch die Festplatte kann alte Blöcke davon behalten: Schalten Sie für vollen Schutz auch die Festplattenverschlüsselung ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key dates on Home, days ahead</source>
        <translation>Wichtige Daten unter Start, Tage im Voraus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days ahead</source>
        <translation> Tage im Voraus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days before new people count as not met</source>
        <translation>Tage, bevor neue Personen als nicht getroffen gelten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home mentions new people nobody on our side has met only after this many days, so an import is not a list of things to do today.</source>
        <translation>Start nennt neue Personen, die niemand von uns getroffen hat, erst nach so vielen Tagen, damit ein Import keine Liste von Aufgaben für heute wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key dates on Home</source>
        <translation>&amp;Wichtige Daten unter Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New people count as &amp;not met after</source>
        <translation>Neue Personen gelten als &amp;nicht getroffen nach</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New passphrase (at least 8 characters). Without it your data cannot be read — keep it somewhere safe:</source>
        <translation>Neue Passphrase (mindestens 8 Zeichen). Ohne sie lassen sich Ihre Daten nicht lesen — bewahren Sie sie sicher auf:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current passphrase:</source>
        <translation>Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_dialogs.py" line="-70"/>
        <source>Progress on %s</source>
        <translation>Fortschritt bei %s</translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <location filename="../../ui/progress_form.ui" line="+5"/>
        <source>Progress note</source>
        <translation>Fortschrittsnotiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What moved</source>
        <translation>&amp;Was sich bewegt hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What moved</source>
        <translation>Was sich bewegt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Backlog down by a fifth</source>
        <translation>z. B. Rückstand um ein Fünftel gesunken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../relapp/gui/health/question_row.py" line="+16"/>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardly</source>
        <translation>Kaum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly</source>
        <translation>Größtenteils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without doubt</source>
        <translation>Ohne Zweifel</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Score for: %s</source>
        <translation>Bewertung für: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s: %d of 5</source>
        <translation>%s: %d von 5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last: %d</source>
        <translation>zuletzt: %d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last: —</source>
        <translation>zuletzt: —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score in the previous check-up</source>
        <translation>Die Bewertung im vorigen Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on: %s</source>
        <translation>Kommentar zu: %s</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <location filename="../../relapp/gui/health/questions_dialog.py" line="+31"/>
        <location line="+5"/>
        <source>Check-up questions</source>
        <translation>Fragen des Checks</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Check-up questions for internal customers</source>
        <translation>Fragen des Checks für interne Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a question to reword it; untick it to stop asking it.</source>
        <translation>Doppelklicken Sie auf eine Frage, um sie umzuformulieren; entfernen Sie den Haken, um sie nicht mehr zu stellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Change a check-up question</source>
        <translation>Eine Frage des Checks ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New question — double-click to write it</source>
        <translation>Neue Frage — Doppelklick, um sie zu schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New check-up question</source>
        <translation>Neue Frage des Checks</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move a check-up question</source>
        <translation>Eine Frage des Checks verschieben</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../ui/quick_entry.ui" line="+2"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;With</source>
        <translation>&amp;Mit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRUST</source>
        <translation>TRUST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time together</source>
        <translation>Gemeinsame Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Risk-free</source>
        <translation>&amp;Risikolos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk-free to deal with</source>
        <translation>Risikolos im Umgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Understanding</source>
        <translation>&amp;Verständnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Understanding their business</source>
        <translation>Verständnis ihres Geschäfts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Specialists</source>
        <translation>&amp;Fachleute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Specialists brought in</source>
        <translation>Fachleute hinzugezogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust &amp;earned</source>
        <translation>Vertra&amp;uen verdient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust earned</source>
        <translation>Vertrauen verdient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With (names, separated by commas)</source>
        <translation>Mit (Namen, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tit&amp;le</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened, in a few words</source>
        <translation>Was geschah, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/quick_entry.py" line="+66"/>
        <source>New journal entry</source>
        <translation>Neuer Journaleintrag</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a &amp;promise…</source>
        <translation>&amp;Zusage hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record something we promised them, with a due date</source>
        <translation>Festhalten, was wir ihnen zugesagt haben, mit Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../relapp/gui/backups/recovery.py" line="+26"/>
        <source>Your data was saved by a newer version of Relapp, which this version cannot read.</source>
        <translation>Ihre Daten wurden von einer neueren Version von Relapp gespeichert, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file in your data folder is not Relapp data.</source>
        <translation>Die Datei in Ihrem Datenordner enthält keine Relapp-Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data file is damaged and cannot be opened safely.</source>
        <translation>Ihre Datendatei ist beschädigt und kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relapp cannot open your data</source>
        <translation>Relapp kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest good backup is from %s. Restoring it moves the current file to %s — it is kept, not deleted.</source>
        <translation>Die letzte gute Sicherung ist vom %s. Beim Wiederherstellen wird die aktuelle Datei nach %s verschoben — sie bleibt erhalten und wird nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or quit and update Relapp to open the newer data.</source>
        <translation>Oder beenden Sie Relapp und aktualisieren Sie es, um die neueren Daten zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup from %s</source>
        <translation>Die Sicherung vom %s wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no good backup to go back to. You can quit (and update Relapp if the data is newer), or start with empty data: the current file is moved to %s, not deleted.</source>
        <translation>Es gibt keine gute Sicherung, zu der Sie zurückkehren können. Sie können beenden (und Relapp aktualisieren, wenn die Daten neuer sind) oder mit leeren Daten beginnen: Die aktuelle Datei wird nach %s verschoben, nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with empty data</source>
        <translation>Mit leeren Daten beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unlock your data</source>
        <translation>Ihre Daten entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Relapp data is encrypted. Passphrase:</source>
        <translation>Ihre Relapp-Daten sind verschlüsselt. Passphrase:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase did not unlock the data; try again.</source>
        <translation>Diese Passphrase hat die Daten nicht entsperrt; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relapp cannot read your data now</source>
        <translation>Relapp kann Ihre Daten gerade nicht lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../relapp/gui/refusal_texts.py" line="-121"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long ({length} characters, at most {most})</source>
        <translation>ist zu lang ({length} Zeichen, höchstens {most})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be on one line</source>
        <translation>muss in einer Zeile stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be from {low} to {high}, not {number}</source>
        <translation>muss von {low} bis {high} reichen, nicht {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of: {options}</source>
        <translation>muss eines davon sein: {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>muss ein Datum in der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an email address</source>
        <translation>{value} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of the records offered</source>
        <translation>muss einer der angebotenen Einträge sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of records</source>
        <translation>muss eine Liste von Einträgen sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field that can be set here</source>
        <translation>ist kein Feld, das sich hier setzen lässt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a date (YYYY-MM-DD, or --MM-DD without a year)</source>
        <translation>{value} ist kein Datum (JJJJ-MM-TT, oder --MM-TT ohne Jahr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}: there is no month {month}</source>
        <translation>{value}: Einen Monat {month} gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}: {month} has no day {day}</source>
        <translation>{value}: Der Monat {month_number} hat keinen Tag {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown TRUST tag {tag}</source>
        <translation>unbekanntes TRUST-Merkmal {tag}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown TRUST tag {tag} (use t, r, u, s, T or {keys})</source>
        <translation>unbekanntes TRUST-Merkmal {tag} (t, r, u, s, T oder {keys} verwenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audience must be one of {audiences}, not {audience}</source>
        <translation>die Zielgruppe muss eine von {audiences} sein, nicht {audience}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the personal side is for &apos;me&apos; alone, not for audience {audience}</source>
        <translation>die persönliche Seite ist nur für &apos;me&apos; bestimmt, nicht für die Zielgruppe {audience}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of the people offered</source>
        <translation>muss eine der angebotenen Personen sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the objective is dropped</source>
        <translation>sagen Sie, warum das Ziel aufgegeben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a three-letter code such as EUR, GBP or USD</source>
        <translation>muss ein Code aus drei Buchstaben sein, etwa EUR, GBP oder USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account called {name} already exists</source>
        <translation>ein Konto namens {name} gibt es schon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name at least one of their people, separated by &apos;;&apos;</source>
        <translation>nennen Sie mindestens einen Ansprechpartner, getrennt durch &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every attendee must be one of this account&apos;s people</source>
        <translation>jeder Teilnehmer muss einer der Ansprechpartner dieses Kontos sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belongs to another account</source>
        <translation>gehört zu einem anderen Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a day before today</source>
        <translation>muss ein Tag vor heute sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the account (or an internal customer with --internal)</source>
        <translation>nennen Sie das Konto (oder einen internen Kunden mit --internal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the person the promise is made to</source>
        <translation>wählen Sie die Person, der die Zusage gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that person no longer exists</source>
        <translation>diese Person gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say by when the promise is due</source>
        <translation>sagen Sie, bis wann die Zusage fällig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that team member no longer exists</source>
        <translation>dieses Teammitglied gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this promise is already marked {status}</source>
        <translation>diese Zusage ist schon als {status} markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a kept promise is a deposit (0 or more), a broken one a withdrawal (0 or less)</source>
        <translation>eine gehaltene Zusage ist eine Einzahlung (0 oder mehr), eine gebrochene eine Abhebung (0 oder weniger)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {least} characters long</source>
        <translation>muss mindestens {least} Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score at least one question from 1 to 5</source>
        <translation>bewerten Sie mindestens eine Frage von 1 bis 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question {number} no longer exists</source>
        <translation>Frage {number} gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this import was never taken back</source>
        <translation>dieser Import wurde nie zurückgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the account this entry belongs to</source>
        <translation>wählen Sie das Konto, zu dem dieser Eintrag gehört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every participant must be one of this account&apos;s people</source>
        <translation>jeder Beteiligte muss einer der Ansprechpartner dieses Kontos sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team member in this entry no longer exists</source>
        <translation>ein Teammitglied dieses Eintrags gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of TRUST tags</source>
        <translation>muss eine Liste von TRUST-Merkmalen sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a key date belongs to one person, theirs or ours</source>
        <translation>ein wichtiges Datum gehört zu genau einer Person, beim Kunden oder bei uns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the account the meeting is with</source>
        <translation>wählen Sie das Konto, mit dem die Sitzung ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every attendee from their side must work for this account</source>
        <translation>jeder Teilnehmer von Kundenseite muss für dieses Konto arbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attendee from our side no longer exists</source>
        <translation>einen Teilnehmer von unserer Seite gibt es nicht mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team member called {name} already exists</source>
        <translation>ein Teammitglied namens {name} gibt es schon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the account this person works for</source>
        <translation>wählen Sie das Konto, für das diese Person arbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would make a reporting loop</source>
        <translation>ergäbe eine Berichtsschleife</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be someone in the same account</source>
        <translation>muss jemand im selben Konto sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} already left on {day}</source>
        <translation>{person} ist schon am {day} ausgeschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} has not left</source>
        <translation>{person} ist nicht ausgeschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} left the company; bring them back first</source>
        <translation>{person} hat das Unternehmen verlassen; holen Sie die Person zuerst zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new role is the same as the old one</source>
        <translation>die neue Rolle ist dieselbe wie die alte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person cannot report to themselves</source>
        <translation>niemand kann an sich selbst berichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{node} is not a person on the map</source>
        <translation>{node} ist keine Person auf der Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that person belongs to another account</source>
        <translation>diese Person gehört zu einem anderen Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person cannot be linked to themselves</source>
        <translation>niemand kann mit sich selbst verbunden werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is outside the map</source>
        <translation>liegt außerhalb der Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag called {name} already exists</source>
        <translation>ein Schlagwort namens {name} gibt es schon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be written #rrggbb</source>
        <translation>muss als #rrggbb geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push copies into a team database, not a data folder</source>
        <translation>push kopiert in eine Teamdatenbank, nicht in einen Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already holds data: push copies into an empty one only; nothing was changed</source>
        <translation>enthält schon Daten: push kopiert nur in eine leere; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} holds no Relapp database (no {file})</source>
        <translation>{source} enthält keine Relapp-Datenbank (kein {file})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the address as postgresql://LOGIN@HOST[:PORT]/DATABASE</source>
        <translation>geben Sie die Adresse als postgresql://LOGIN@HOST[:PORT]/DATENBANK an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave the password out of the address: type it in the password field (it is kept in the desktop&apos;s keyring)</source>
        <translation>lassen Sie das Passwort aus der Adresse weg: tippen Sie es ins Passwortfeld (es wird im Schlüsselbund des Desktops aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address needs your login: postgresql://LOGIN@HOST/DATABASE</source>
        <translation>die Adresse braucht Ihren Login: postgresql://LOGIN@HOST/DATENBANK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address needs the database: postgresql://LOGIN@HOST/DATABASE</source>
        <translation>die Adresse braucht die Datenbank: postgresql://LOGIN@HOST/DATENBANK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the desktop&apos;s keyring cannot keep it ({problem}); untick “Remember” to type it each time</source>
        <translation>der Schlüsselbund des Desktops kann es nicht aufbewahren ({problem}); nehmen Sie das Häkchen bei „merken“ weg und tippen Sie es jedes Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logins belong to a team database: give it with --database postgresql://USER@HOST/DB</source>
        <translation>Logins gehören zu einer Teamdatenbank: geben Sie sie mit --database postgresql://USER@HOST/DB an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{login} is not a usable login: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;, at most 63</source>
        <translation>{login} ist kein brauchbarer Login: Kleinbuchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder &apos;_&apos;, höchstens 63</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password needs at least {least} characters</source>
        <translation>das Passwort braucht mindestens {least} Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server already has a login called {login}</source>
        <translation>der Server hat schon einen Login namens {login}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the database&apos;s owner or an administrator may add logins ({problem})</source>
        <translation>nur der Eigentümer der Datenbank oder ein Administrator darf Logins anlegen ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the database&apos;s owner or an administrator may remove logins ({problem})</source>
        <translation>nur der Eigentümer der Datenbank oder ein Administrator darf Logins entfernen ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record} is not a kind of record</source>
        <translation>{record} ist keine Art von Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an account</source>
        <translation>wählen Sie ein Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account called {name}</source>
        <translation>kein Konto namens {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody called {name} in this account or on our team</source>
        <translation>niemand namens {name} in diesem Konto oder in unserem Team</translation>
    </message>
</context>
<context>
    <name>ResolveCommitmentForm</name>
    <message>
        <location filename="../../ui/resolve_commitment.ui" line="+5"/>
        <source>Promise kept or broken</source>
        <translation>Zusage gehalten oder gebrochen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Journal &amp;value</source>
        <translation>&amp;Wert im Journal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal value</source>
        <translation>Wert im Journal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date of the entry</source>
        <translation>Datum des Eintrags</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;On</source>
        <translation>&amp;Am</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entry &amp;title</source>
        <translation>&amp;Titel des Eintrags</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../relapp/gui/commitments/resolve_dialog.py" line="+24"/>
        <source>Promise kept</source>
        <translation>Zusage gehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise broken</source>
        <translation>Zusage gebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept: &lt;b&gt;%s&lt;/b&gt; to %s. A deposit goes into the journal.</source>
        <translation>Gehalten: &lt;b&gt;%s&lt;/b&gt; an %s. Eine Einzahlung kommt ins Journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken: &lt;b&gt;%s&lt;/b&gt; to %s. A withdrawal goes into the journal.</source>
        <translation>Gebrochen: &lt;b&gt;%s&lt;/b&gt; an %s. Eine Abhebung kommt ins Journal.</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../../ui/stage_form.ui" line="+5"/>
        <source>Change the stage</source>
        <translation>Die Stufe ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stage</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Since</source>
        <translation>&amp;Seit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What moved it</source>
        <translation>&amp;Was sie bewegt hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What moved it</source>
        <translation>Was sie bewegt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. They asked our view before the tender</source>
        <translation>z. B. Sie fragten vor der Ausschreibung nach unserer Sicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>StageStrip</name>
    <message>
        <location filename="../../relapp/gui/plan/stage_strip.py" line="+47"/>
        <source>Stage and contact breadth</source>
        <translation>Stufe und Kontaktbreite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage over time</source>
        <translation>Stufe im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>too few ties to tell</source>
        <translation>zu wenige Verbindungen für eine Aussage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%s&lt;/b&gt; since %s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; seit %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;no stage recorded yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;noch keine Stufe erfasst&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage: %s · Contact breadth: %s</source>
        <translation>Stufe: %s · Kontaktbreite: %s</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/record_dialogs.py" line="-34"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody (top of the organisation)</source>
        <translation>Niemand (Spitze der Organisation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New stakeholder</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stakeholder</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <location filename="../../ui/stakeholder_form.ui" line="+2"/>
        <source>Stakeholder</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Professional</source>
        <translation>Beruflich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reports to</source>
        <translation>&amp;Berichtet an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role in &amp;decisions</source>
        <translation>&amp;Rolle bei Entscheidungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Influence</source>
        <translation>E&amp;influss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Int&amp;erest</source>
        <translation>Intere&amp;sse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stance</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep in touch every</source>
        <translation>&amp;Kontakt halten alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no cadence</source>
        <translation>kein Rhythmus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What matters to them</source>
        <translation>Was ihnen wichtig ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they are &amp;measured on</source>
        <translation>&amp;Woran sie gemessen werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role in decisions</source>
        <translation>Rolle bei Entscheidungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep in touch every (days)</source>
        <translation>Kontakt halten alle (Tage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they are measured on</source>
        <translation>Woran sie gemessen werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Career goals</source>
        <translation>Karriereziele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What keeps them up at night</source>
        <translation>Was ihnen den Schlaf raubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How we could help</source>
        <translation>Wie wir helfen könnten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interests and hobbies</source>
        <translation>Interessen und Hobbys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Career goals</source>
        <translation>&amp;Karriereziele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What keeps them &amp;up at night</source>
        <translation>Was ihnen den &amp;Schlaf raubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How we could &amp;help</source>
        <translation>Wie wir &amp;helfen könnten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family</source>
        <translation>&amp;Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interests and &amp;hobbies</source>
        <translation>&amp;Interessen und Hobbys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private n&amp;otes</source>
        <translation>Private N&amp;otizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <location filename="../../relapp/gui/models/stakeholder_table.py" line="+140"/>
        <source>%s: a tie recorded by hand</source>
        <translation>%s: eine von Hand erfasste Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: met in %d journal entries of the last year</source>
        <translation>%s: getroffen in %d Journaleinträgen des letzten Jahres</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <location line="-46"/>
        <source>%s (left)</source>
        <translation>%s (ausgeschieden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%d overdue promise(s) to this person</source>
        <translation>%d überfällige Zusage(n) an diese Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left on %s: history kept, out of coverage</source>
        <translation>Ausgeschieden am %s: Geschichte bleibt, außerhalb der Abdeckung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Influence %d of 5</source>
        <translation>Einfluss %d von 5</translation>
    </message>
</context>
<context>
    <name>StaleSave</name>
    <message>
        <location filename="../../relapp/gui/forms/stale_save.py" line="+79"/>
        <source>%s: %s (you changed it too: yours is kept)</source>
        <translation>%s: %s (Sie haben es auch geändert: Ihres bleibt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s saved this %s while you were editing it:</source>
        <translation>%s hat dies (%s) gespeichert, während Sie es bearbeitet haben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes are still in the form: OK saves them on top of theirs; Cancel keeps theirs.</source>
        <translation>Ihre Änderungen stehen noch im Formular: OK speichert sie über die anderen; Abbrechen behält die anderen.</translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <location filename="../../relapp/gui/commitments/commitment_model.py" line="-75"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/health/movement_model.py" line="+14"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest comment</source>
        <translation>Letzter Kommentar</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/home/attention_model.py" line="-106"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../relapp/gui/models/account_table.py" line="-98"/>
        <location filename="../../relapp/gui/models/journal_table.py" line="-253"/>
        <location filename="../../relapp/gui/people/people_model.py" line="+23"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/models/account_table.py" line="+1"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../relapp/gui/models/stakeholder_table.py" line="-108"/>
        <location filename="../../relapp/gui/people/people_model.py" line="+5"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/models/journal_table.py" line="-1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../relapp/gui/models/stakeholder_table.py" line="-5"/>
        <location filename="../../relapp/gui/people/people_model.py" line="-4"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRUST</source>
        <translation>TRUST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/models/stakeholder_table.py" line="-1"/>
        <location filename="../../relapp/gui/people/people_model.py" line="-2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../relapp/gui/people/people_model.py" line="+4"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../relapp/gui/people/people_model.py" line="+1"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our best tie</source>
        <translation>Unsere beste Verbindung</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/people/people_model.py" line="-2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key dates</source>
        <translation>Wichtige Daten</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/tag_manager.py" line="+32"/>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag name</source>
        <translation>Name des Schlagworts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete tag</source>
        <translation>Schlagwort &amp;löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/tags_dialog.py" line="+17"/>
        <source>Tags of %s</source>
        <translation>Schlagwörter von %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 1, North, Retail…</source>
        <translation>Stufe 1, Nord, Handel…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separate tags with commas; a new name makes a new tag.</source>
        <translation>Trennen Sie Schlagwörter mit Kommas; ein neuer Name legt ein neues Schlagwort an.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../relapp/gui/views/team_dialog.py" line="+17"/>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key dates…</source>
        <translation>Wichtige Daten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>TeamSession</name>
    <message>
        <location filename="../../relapp/gui/team_session.py" line="+48"/>
        <source>The team database cannot be opened</source>
        <translation>Die Teamdatenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>TouchLine</name>
    <message>
        <location filename="../../relapp/gui/health/touch_line.py" line="+28"/>
        <source>last contact %s</source>
        <translation>letzter Kontakt %s</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no entry with them yet</source>
        <translation>noch kein Eintrag mit ihnen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no contact that counts yet</source>
        <translation>noch kein Kontakt, der zählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last contact that counts %s</source>
        <translation>letzter Kontakt, der zählt: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep in touch every %d days</source>
        <translation>Kontakt halten alle %d Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keep-in-touch rhythm set</source>
        <translation>Kein Rhythmus für den Kontakt festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next contact %d days late</source>
        <translation>nächster Kontakt %d Tage zu spät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next contact by %s</source>
        <translation>nächster Kontakt bis %s</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../relapp/gui/vocabulary_labels.py" line="+17"/>
        <source>About us</source>
        <translation>Über uns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About them</source>
        <translation>Über sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About both of us</source>
        <translation>Über uns beide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sceptic</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influencer</source>
        <translation>Einflussnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget holder</source>
        <translation>Budgetverantwortlicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Geselliger Anlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aware of each other</source>
        <translation>Kennen sich vom Sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquainted</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working relationship</source>
        <translation>Arbeitsbeziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>Vertraut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close confidant</source>
        <translation>Enger Vertrauter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal customer</source>
        <translation>Interner Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time together</source>
        <translation>Gemeinsame Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-free to deal with</source>
        <translation>Risikolos im Umgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understanding their business</source>
        <translation>Verständnis ihres Geschäfts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialists brought in</source>
        <translation>Fachleute hinzugezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust earned</source>
        <translation>Vertrauen verdient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue promise</source>
        <translation>Überfällige Zusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board meeting soon</source>
        <translation>Vorstandssitzung steht an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise due soon</source>
        <translation>Zusage bald fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of touch</source>
        <translation>Kein Kontakt mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falling balance</source>
        <translation>Sinkender Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New and unmet</source>
        <translation>Neu, noch nicht getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-up due</source>
        <translation>Check fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key date</source>
        <translation>Wichtiges Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective overdue</source>
        <translation>Ziel überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective at risk</source>
        <translation>Ziel gefährdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step late</source>
        <translation>Nächster Schritt verspätet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intent mismatch</source>
        <translation>Absichten passen nicht zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influential person left</source>
        <translation>Einflussreiche Person ausgeschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>Rolle gewechselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bow tie</source>
        <translation>Fliege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one-on-many</source>
        <translation>einer zu vielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cotton reel</source>
        <translation>Garnrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diamond</source>
        <translation>Diamant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trading</source>
        <translation>Geschäftsbeziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each piece of work is bought on price and specification and stands on its own.</source>
        <translation>Jeder Auftrag wird nach Preis und Anforderungen vergeben und steht für sich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat business</source>
        <translation>Wiederholte Aufträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They come back to us by choice, but the terms and the agenda are still theirs.</source>
        <translation>Sie kommen aus freien Stücken wieder zu uns, doch Bedingungen und Agenda bestimmen weiter sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted adviser</source>
        <translation>Vertrauter Berater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They ask our view before they decide and tell us what worries them.</source>
        <translation>Sie fragen nach unserer Sicht, bevor sie entscheiden, und sagen uns, was sie beunruhigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people on each side work together and plan the next steps jointly.</source>
        <translation>Mehrere Personen auf jeder Seite arbeiten zusammen und planen die nächsten Schritte gemeinsam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides own joint objectives, measure them together and share what they bring.</source>
        <translation>Beide Seiten tragen gemeinsame Ziele, messen sie zusammen und teilen, was sie bringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it as it is</source>
        <translation>So lassen, wie es ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look after it</source>
        <translation>Pflegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invest where it pays</source>
        <translation>Investieren, wo es sich lohnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invest steadily</source>
        <translation>Stetig investieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it a priority</source>
        <translation>Zur Priorität machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track</source>
        <translation>Nicht im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explored</source>
        <translation>Erkundet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At their request</source>
        <translation>Auf ihren Wunsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our decision</source>
        <translation>Unsere Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our intent</source>
        <translation>Unsere Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their intent</source>
        <translation>Ihre Absicht</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../relapp/gui/home/welcome_page.py" line="+20"/>
        <source>Welcome to Relapp</source>
        <translation>Willkommen bei Relapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a ledger of what you give and what goes wrong in each client relationship, see who matters inside each client, and prepare for the next board meeting.</source>
        <translation>Führen Sie Buch darüber, was Sie in jede Kundenbeziehung einbringen und was schiefgeht, sehen Sie, wer bei jedem Kunden zählt, und bereiten Sie die nächste Vorstandssitzung vor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Explore the demo data</source>
        <translation>Die Demodaten erkunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create your first account…</source>
        <translation>Ihr erstes Konto anlegen…</translation>
    </message>
</context>
</TS>
