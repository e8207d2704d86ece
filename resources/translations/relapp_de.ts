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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only contact that counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When ticked, a &quot;just checking in&quot; entry worth 0 does not reset the out-of-touch clock: only contact that gave or cost something does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../relapp/gui/models/account_table.py" line="+73"/>
        <source>An account in red has an overdue promise (point at it to see how many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%d overdue promise(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../relapp/gui/views/accounts_view.py" line="+86"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
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
        <location line="+38"/>
        <source>Stakeholders</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Our team on this account</source>
        <translation>Unser Team für dieses Konto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>Latest entries</source>
        <translation>Neueste Einträge</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>New stakeholder…</source>
        <translation>Neuer Ansprechpartner…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open card</source>
        <translation>Kontaktkarte öffnen</translation>
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
        <location line="+57"/>
        <source>No account matches the filter and tag chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No accounts yet. Create one with New account… (Ctrl+Shift+A), or open the demo from Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an account on the left to see its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody on this account yet: add the people you deal with there with New stakeholder… (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No account selected</source>
        <translation>Kein Konto ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account with Ctrl+Shift+A, or open the demo.</source>
        <translation type="unfinished"></translation>
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
        <location line="+27"/>
        <source>No board meeting planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next board meetings</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joint objective achieved: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AchieveForm</name>
    <message>
        <location filename="../../ui/achieve_form.ui" line="+5"/>
        <source>Objective achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a deposit in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a &amp;deposit in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Value</source>
        <translation type="unfinished">&amp;Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation type="unfinished">Problem im Formular</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../relapp/gui/home/attention_model.py" line="+72"/>
        <source>Purpose: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our intent: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their intent: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no entry with them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %d days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d days late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../relapp/gui/backups/backups_dialog.py" line="+31"/>
        <location line="+8"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Relapp backs up your data once a day when it starts and before every upgrade, and keeps one backup for each of the last 7 days, 4 weeks and 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Before the upgrade to schema %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen for a restore that was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backing up and verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up and verified: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapp data (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace your data with %s?

Your current data is kept as a backup first, so you can go back to it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %s. Your previous data is kept at %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../relapp/gui/chart/balance_chart.py" line="+52"/>
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
        <location line="+192"/>
        <source>No entries yet — write one with Ctrl+N and the balance starts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-185"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Draw up to two more accounts or people on this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with another account or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Let old credit fade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-life %d days: without new deposits, a balance loses half its value in that time, so neglect becomes visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>People of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account to draw beside this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No account yet — create one with Ctrl+Shift+A; its balance shows here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../relapp/gui/brief/brief_dialog.py" line="+38"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Board brief — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Board brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>Meeting</source>
        <translation type="unfinished">Treffen</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;Meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Their attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Who the document is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me: everything, the personal side included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our team: everything but the personal side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client: a handout (no stances, worries, risks or scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What we want from this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we want from this meeting, in a few lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep with the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these lines with the chosen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the &amp;last board meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick to count the changes from a day of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Count changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What we want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Privacy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the brief as PDF, HTML or Markdown (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the brief (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No meeting: choose the attendees below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Goals of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved with the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;For me:&lt;/b&gt; this document includes the personal side of people (family, interests, private notes). Keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;For our team:&lt;/b&gt; the personal side of people is left out; stances, risks and coverage are in: not for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;For the client:&lt;/b&gt; a handout with the account at a glance, our joint work and the next steps agreed; no stances, worries, risks, coverage or health scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one of their people to see the brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exporting to %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Written to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupDialog</name>
    <message>
        <location filename="../../relapp/gui/health/checkup_dialog.py" line="+38"/>
        <source>Check-up — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change check-up — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>last check-up %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no check-up recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purpose not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our intent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Check-up of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change check-up of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupForm</name>
    <message>
        <location filename="../../ui/checkup_form.ui" line="+5"/>
        <source>Check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check-up &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overall notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Score each question from 1 (not at all) to 5 (without doubt): click, or type the number and Tab on. A question left unscored is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>About the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Overall &amp;notes</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../ui/commitment_form.ui" line="+5"/>
        <source>New promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promised &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promised to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What we promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owner on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due</source>
        <translation type="unfinished">Fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;What we promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Send the revised plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Owner on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../relapp/gui/commitments/commitment_model.py" line="+25"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written to the journal on %s</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Überfällige Zusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show kept and broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>1 promise overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d promises overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../relapp/gui/connect_dialog.py" line="+53"/>
        <source>Connect to a team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address of the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your administrator gives you the address and your login. Settings and the window&apos;s layout stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The team database cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the address and your network, or ask your administrator whether the server is running. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../relapp/gui/views/contact_card.py" line="+48"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who on our side knows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline of entries with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing with them in the journal yet: “New entry with them…” below writes the first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Professional</source>
        <translation type="unfinished">Beruflich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What matters to them</source>
        <translation type="unfinished">Was ihnen wichtig ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keeping in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags and key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New entry with them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left the company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back at the company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%s — contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left on %s (former)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in decisions</source>
        <translation type="unfinished">Rolle bei Entscheidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Influence / interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance towards us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Career goals</source>
        <translation type="unfinished">Karriereziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps them up at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we could help</source>
        <translation type="unfinished">Wie wir helfen könnten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email / phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Family</source>
        <translation type="unfinished">Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes</source>
        <translation type="unfinished">Private Notizen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Promises (%d overdue)</source>
        <translation type="unfinished">Zusagen (%d überfällig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises (%d open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How well %s knows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tie</source>
        <translation type="unfinished">Keine Verbindung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record a tie of strength %d (as the journal shows), undo with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropDialog</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_dialogs.py" line="-22"/>
        <source>Drop %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropForm</name>
    <message>
        <location filename="../../ui/drop_form.ui" line="+5"/>
        <source>Drop the objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Who decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation type="unfinished">Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason, for whoever reads the plan later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation type="unfinished">Problem im Formular</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../relapp/gui/editing.py" line="+59"/>
        <source>New account %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore %s</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete account %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New stakeholder %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete stakeholder</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %s and their ties and promises?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Delete %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>New team member %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit team member</source>
        <translation type="unfinished">Teammitglied bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete team member</source>
        <translation>Teammitglied löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %s and their ties?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%s left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s moved to another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s is back at the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People</source>
        <translation type="unfinished">Personen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New entry %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change entry %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the entry “%s”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete entry %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tags of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key dates of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change tag %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete tag %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relapp/gui/commitments/actions.py" line="+35"/>
        <source>New promise %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Promise kept: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise broken: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change promise %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete promise %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../relapp/gui/views/empty_hint.py" line="+28"/>
        <source>Empty list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/entry_dialog.py" line="+26"/>
        <source>Change journal entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../relapp/gui/error_report.py" line="+66"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapp hit an error it did not expect. Your data is safe: every edit was saved when you made it, and the window keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details below hold no names or notes; you can copy them into a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../relapp/gui/interchange/export_dialog.py" line="+20"/>
        <source>Contacts as vCard 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything as a JSON dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+61"/>
        <location line="+19"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the file to write first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+23"/>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <location filename="../../relapp/gui/find/find_box.py" line="+31"/>
        <source>Find anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation type="unfinished">Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their people</source>
        <translation type="unfinished">Ihre Leute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our team</source>
        <translation type="unfinished">Unser Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal</source>
        <translation type="unfinished">Journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promises</source>
        <translation type="unfinished">Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find accounts, people, entries, promises, meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n found · ↑↓ to choose · Enter opens · Esc closes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names, titles, emails, organisations, words from the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/designer.py" line="+144"/>
        <source>Not saved: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../../relapp/gui/health/health_chart.py" line="+21"/>
        <source>Health trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-up yet: record one and the health trend starts here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../relapp/gui/health/health_panel.py" line="+28"/>
        <source>Check-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a check-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the last one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the day, scores, comments or notes of the latest check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How each question moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Last check-up: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health %d of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-ups switched off for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next one due since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next one due %s (every %d days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../relapp/gui/home/home_view.py" line="+79"/>
        <source>Show only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What needs attention</source>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+241"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Snooze a week</source>
        <translation>Eine Woche zurückstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+239"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter or double-click opens an item · Delete dismisses it · right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Looking for what needs your attention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>still checking who is out of touch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list could not be read</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d snoozed or dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Snooze “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show hidden items again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snooze for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show snoozed and dismissed items again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../relapp/gui/interchange/import_dialog.py" line="+29"/>
        <source>Import of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+87"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (.vcf), CSV from LinkedIn, Google or Outlook, or a Relapp dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file (or type its path and press Enter): what it would add, merge and refuse shows here before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similar account names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known people at a new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each person&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts (*.vcf *.vcard *.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking against your accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Relapp dump: everything in it (%n stakeholder(s)) will be restored into this empty data directory.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3 to add, %4 to merge, %5 to skip, %6 refused; %7 new account(s).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To add (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>existing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” in the file is the existing account “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record that %1 moved from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntentForm</name>
    <message>
        <location filename="../../ui/intent_form.ui" line="+5"/>
        <source>Rate the intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;In words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this side wants from the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the form</source>
        <translation type="unfinished">Problem im Formular</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../../relapp/gui/models/journal_table.py" line="+208"/>
        <source>What built trust, one letter per kind in this order: %s; a dot where the entry has none of that kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account in red has an overdue promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits (+1 to +5) in green, withdrawals (−1 to −5) in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%d overdue promise(s) in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>withdrawal</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a journal entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected entry (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promise to the chosen person, or to someone in the selected entry&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%s (our side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No entry matches the search and choices above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries yet. After a meeting, a call or a delivery, write one with Ctrl+N: what happened, and whether it was a deposit or a withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose an account (or select an entry) for the promise first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/key_dates_dialog.py" line="+20"/>
        <source>Key dates of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the day as 1980-06-12, or --06-12 when the year is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Row %d: say what the date is (Birthday, Anniversary…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %d: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../relapp/gui/launch.py" line="+45"/>
        <source>Relapp is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relapp is already open for %s (perhaps in another session on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../../relapp/gui/map/legend_bar.py" line="+51"/>
        <source>Map legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Relapp</source>
        <translation type="vanished">Relapp</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/main_window.py" line="+72"/>
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
        <translation type="unfinished">Personen</translation>
    </message>
    <message>
        <location line="+112"/>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;ideas behind Relapp</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That data folder is open already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start new data here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s holds no Relapp data. Start new, empty data in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Cannot open this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Relapp has %s open. Close it there first; you stay on the data open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stay on the data open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not remember the folder for the next start: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Map: organisation, power and interest, team on team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: fit in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: zoom in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: forget manual placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: one frame per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift-drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map, team on team: from one of ours to one of theirs records a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter / Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick entry and forms: save / cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home: dismiss the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2 / Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal: change / delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board brief: export / print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ideas behind Relapp</source>
        <translation type="unfinished"></translation>
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
        <location line="+59"/>
        <source>Could not undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%s” could not be undone or redone: %s
It has left the undo list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%s — Relapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team database: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data: %s</source>
        <translation>Daten: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data (read-only): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data is read-only: %1. You can look, search, export and back up to another place; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undone “%s” · Ctrl+Shift+Z does it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved · Ctrl+Z undoes “%s”</source>
        <translation>Gespeichert · Strg+Z macht „%s“ rückgängig</translation>
    </message>
    <message>
        <source>Data in %s</source>
        <translation type="vanished">Daten in %s</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Interesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How well we know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../relapp/gui/map/scene.py" line="+99"/>
        <source>Nobody on our side knows them</source>
        <translation>Niemand von uns kennt sie</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>influence %d/5, interest %d/5</source>
        <translation>Einfluss %d/5, Interesse %d/5</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%d overdue promise(s) to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%s, from the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Way in: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask %s, whom %s knows well, for an introduction to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s met %s in the last year; no tie recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Gap: %s</source>
        <translation>Lücke: %s</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>%s (our side)
Shift-drag to one of theirs to add a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%s: %d people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Double-click to fold or unfold %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%s: double-click to show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+211"/>
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
        <location line="+30"/>
        <source>Contact pattern: too few ties to tell</source>
        <translation>Kontaktmuster: zu wenige Verbindungen für eine Aussage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact pattern: %s — %s</source>
        <translation>Kontaktmuster: %s — %s</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+36"/>
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
        <location line="+12"/>
        <source>Influence ↑</source>
        <translation>Einfluss ↑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their people</source>
        <translation>Ihre Leute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tie with us yet</source>
        <translation>Noch keine Verbindung zu uns</translation>
    </message>
    <message>
        <location filename="../../relapp/gui/map/legend_bar.py" line="-19"/>
        <location filename="../../relapp/gui/map/scene.py" line="+35"/>
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
        <translation type="unfinished"></translation>
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
        <location filename="../../relapp/gui/map/map_view.py" line="+63"/>
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
        <location line="+46"/>
        <location line="+409"/>
        <source>Stakeholder map</source>
        <translation>Karte der Ansprechpartner</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Map of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Map tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the account the map shows</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <location line="+303"/>
        <source>Everyone of ours</source>
        <translation>Alle von uns</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Organisation: one frame per department; double-click a frame to fold it into a counted group (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find on the map (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Auto-arrange</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget placements on this layout (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the map in the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export this map as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export this map as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map filters</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Former (left the company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Former people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off the map and out of coverage; open the card for “Back at the company…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No account to map yet.
Create one in Accounts (Ctrl+Shift+A), or explore the demo data from Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drag to place people; double-click opens the contact card; right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a person to another cell to change their influence and interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift-drag from one of ours to one of theirs to add a tie; right-click a person to set how strong it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody of ours is on this account yet: add yourself and your colleagues with Ctrl+Shift+T, then record who knows whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%s — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Arrange the map again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tied to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Way in: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>No powerful person is left unknown; %n of their people have no tie with us yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No gaps: everyone who matters is known and met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None: every recent contact has its tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nobody on the map is called %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Move %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move people on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role in decisions</source>
        <translation type="unfinished">Rolle bei Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ties with our team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie between %s and %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tie</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody of ours works on this account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Influences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In conflict with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link %s and %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>influences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in conflict with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove link: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../ui/meeting_form.ui" line="+5"/>
        <source>Board meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation type="unfinished">&amp;Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What we want from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Their attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>e.g. Quarterly board review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we &amp;want from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Their attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Our attendees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingFormDialog</name>
    <message>
        <location filename="../../relapp/gui/brief/meetings_dialog.py" line="+55"/>
        <source>Edit board meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New board meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <location line="+34"/>
        <source>Board meetings — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no attendees yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New board meeting %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change board meeting %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s” on %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete board meeting %s</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New joint objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit joint objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <location filename="../../ui/objective_form.ui" line="+5"/>
        <source>Joint objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Halve the order backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner on &amp;their side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner on their side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner on &amp;our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How both sides will know it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation type="unfinished">Problem im Formular</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_dialogs.py" line="+76"/>
        <location line="+1"/>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not sized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit opportunity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <location filename="../../ui/opportunity_form.ui" line="+5"/>
        <location line="+12"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Warehouse audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it brings &amp;them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it brings them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it brings &amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it brings us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rough si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rough size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ponsor on their side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sponsor on their side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;wner on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the form</source>
        <translation type="unfinished">Problem im Formular</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../relapp/gui/people/people_view.py" line="+36"/>
        <source>Filter by name, title, account, email or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation type="unfinished">Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influence</source>
        <translation type="unfinished">Einfluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Influence %d or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influence 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance</source>
        <translation type="unfinished">Haltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last contact</source>
        <translation type="unfinished">Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seen in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not seen for 90 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Our team</source>
        <translation type="unfinished">Unser Team</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>People</source>
        <translation type="unfinished">Personen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nobody matches the filter and choices above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody here yet. Their people come with the accounts: add a stakeholder to an account (Ctrl+Shift+S), and your colleagues and yourself under Our team (Ctrl+Shift+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonChangeDialog</name>
    <message>
        <location filename="../../relapp/gui/views/person_change_dialog.py" line="+24"/>
        <source>%s left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s moved to another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s is back at the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New boss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New d&amp;epartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their entries, ties and promises stay; they leave the map and coverage and are listed under former people, with a way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old role stays in their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They come back onto the map and into coverage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditing</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_steps.py" line="+59"/>
        <source>Change the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate the intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could the relationship be worth to both sides, in more than money?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New objective %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit objective %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s” and its progress notes?
You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete objective %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New opportunity %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit opportunity %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%s”?
Agreed and dropped ones can simply stay in the list as history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete opportunity %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_panel.py" line="+48"/>
        <location line="+15"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Our intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Their intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Our intent runs two or more levels ahead of theirs: find out what they want before investing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Change &amp;stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate &amp;ours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate t&amp;heirs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;potential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Joint objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Owners (theirs / ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor / owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rogress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Achieved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New opport&amp;unity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished">Bearbeiten…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(%d days late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>For them: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For us: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../relapp/gui/preferences_dialog.py" line="+26"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt my data and its backups with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs the optional SQLCipher support: pip install &apos;relapp[encryption]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unencrypted files are removed, but the disk may keep old blocks of them: turn on disk encryption as well for full protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key dates on Home, days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation type="unfinished"> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days before new people count as not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home mentions new people nobody on our side has met only after this many days, so an import is not a list of things to do today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key dates on Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New people count as &amp;not met after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New passphrase (at least 8 characters). Without it your data cannot be read — keep it somewhere safe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../relapp/gui/plan/plan_dialogs.py" line="-70"/>
        <source>Progress on %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <location filename="../../ui/progress_form.ui" line="+5"/>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Backlog down by a fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation type="unfinished">Problem im Formular</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../relapp/gui/health/question_row.py" line="+16"/>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Score for: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s: %d of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score in the previous check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <location filename="../../relapp/gui/health/questions_dialog.py" line="+30"/>
        <location line="+5"/>
        <source>Check-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Check-up questions for internal customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a question to reword it; untick it to stop asking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Change a check-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New question — double-click to write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New check-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move a check-up question</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time together</source>
        <translation>Gemeinsame Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Risk-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk-free to deal with</source>
        <translation>Risikolos im Umgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Understanding their business</source>
        <translation>Verständnis ihres Geschäfts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Specialists brought in</source>
        <translation>Fachleute hinzugezogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust &amp;earned</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With (names, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tit&amp;le</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../relapp/gui/forms/quick_entry.py" line="+65"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file in your data folder is not Relapp data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data file is damaged and cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relapp cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest good backup is from %s. Restoring it moves the current file to %s — it is kept, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or quit and update Relapp to open the newer data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup from %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no good backup to go back to. You can quit (and update Relapp if the data is newer), or start with empty data: the current file is moved to %s, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with empty data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unlock your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Relapp data is encrypted. Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase did not unlock the data; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Relapp cannot read your data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveCommitmentForm</name>
    <message>
        <location filename="../../ui/resolve_commitment.ui" line="+5"/>
        <source>Promise kept or broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Journal &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entry &amp;title</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept: &lt;b&gt;%s&lt;/b&gt; to %s. A deposit goes into the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken: &lt;b&gt;%s&lt;/b&gt; to %s. A withdrawal goes into the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../../ui/stage_form.ui" line="+5"/>
        <source>Change the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What moved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What moved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. They asked our view before the tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem with the form</source>
        <translation type="unfinished">Problem im Formular</translation>
    </message>
</context>
<context>
    <name>StageStrip</name>
    <message>
        <location filename="../../relapp/gui/plan/stage_strip.py" line="+45"/>
        <source>Stage and contact breadth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>too few ties to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%s&lt;/b&gt; since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;no stage recorded yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage: %s · Contact breadth: %s</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: met in %d journal entries of the last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <location line="-46"/>
        <source>%s (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%d overdue promise(s) to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left on %s: history kept, out of coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Influence %d of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleSave</name>
    <message>
        <location filename="../../relapp/gui/forms/stale_save.py" line="+79"/>
        <source>%s: %s (you changed it too: yours is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s saved this %s while you were editing it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes are still in the form: OK saves them on top of theirs; Cancel keeps theirs.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../relapp/gui/home/attention_model.py" line="-94"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../relapp/gui/models/account_table.py" line="-81"/>
        <location filename="../../relapp/gui/models/journal_table.py" line="-216"/>
        <location filename="../../relapp/gui/people/people_model.py" line="+22"/>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/tag_manager.py" line="+31"/>
        <location line="+3"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../relapp/gui/forms/tags_dialog.py" line="+17"/>
        <source>Tags of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 1, North, Retail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separate tags with commas; a new name makes a new tag.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key dates…</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../relapp/gui/team_session.py" line="+47"/>
        <source>The team database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchLine</name>
    <message>
        <location filename="../../relapp/gui/health/touch_line.py" line="+19"/>
        <source>last contact %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no entry with them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch every %d days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keep-in-touch rhythm set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next contact %d days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next contact by %s</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intent mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influential person left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each piece of work is bought on price and specification and stands on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They come back to us by choice, but the terms and the agenda are still theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They ask our view before they decide and tell us what worries them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people on each side work together and plan the next steps jointly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides own joint objectives, measure them together and share what they bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invest where it pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invest steadily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it a priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At their request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their intent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../relapp/gui/home/welcome_page.py" line="+20"/>
        <source>Welcome to Relapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a ledger of what you give and what goes wrong in each client relationship, see who matters inside each client, and prepare for the next board meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Explore the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create your first account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
