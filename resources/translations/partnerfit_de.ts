<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>PartnerFit: assess prospective and active business partners.</source>
        <translation>PartnerFit: mögliche und aktive Geschäftspartner bewerten.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
</context>
<context>
    <name>pf::ui::AboutDialog</name>
    <message>
        <source>About PartnerFit</source>
        <translation>Über PartnerFit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PartnerFit %1&lt;/h2&gt;&lt;p&gt;Decide which partners to commit to, and whether a partnership is still healthy.&lt;/p&gt;&lt;p&gt;%2Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The PartnerFit authors.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later (%5).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PartnerFit %1&lt;/h2&gt;&lt;p&gt;Entscheiden Sie, auf welche Partner Sie setzen und ob eine Partnerschaft noch gesund ist.&lt;/p&gt;&lt;p&gt;%2Erstellt mit Qt %3, läuft mit Qt %4.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die PartnerFit-Autoren.&lt;br&gt;Lizenziert unter der GNU General Public License, Version 3 oder später (%5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revision %1. </source>
        <translation>Revision %1. </translation>
    </message>
</context>
<context>
    <name>pf::ui::MainWindow</name>
    <message>
        <source>The workspace file that holds every partner and assessment</source>
        <translation>Die Arbeitsbereichsdatei mit allen Partnern und Bewertungen</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workspace</source>
        <translation>&amp;Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>Arbeitsbereich &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Check Workspace</source>
        <translation>A&amp;rbeitsbereich prüfen</translation>
    </message>
    <message>
        <source>&amp;Import Partners from CSV…</source>
        <translation>Partner aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Portfolio Report…</source>
        <translation>&amp;Portfoliobericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>Partner &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Add Partner…</source>
        <translation>Partner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>Partner &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Partner…</source>
        <translation>Partner &amp;löschen…</translation>
    </message>
    <message>
        <source>Edit &amp;Home Profile…</source>
        <translation>&amp;Eigenes Profil bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New Assessment</source>
        <translation>&amp;Neue Bewertung</translation>
    </message>
    <message>
        <source>New &amp;Health Check</source>
        <translation>Neuer &amp;Gesundheitscheck</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Abschließen…</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;About PartnerFit</source>
        <translation>&amp;Über PartnerFit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Partner suchen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>Noch keine Partner</translation>
    </message>
    <message>
        <source>PartnerFit scores prospective partners on cultural fit, mutual gain and roadmap alignment, explains every score and keeps every assessment in this workspace. Start by adding the partner you are evaluating, import your list from a spreadsheet, or explore the sample workspace.</source>
        <translation>PartnerFit bewertet mögliche Partner nach kultureller Passung, gegenseitigem Nutzen und Roadmap-Ausrichtung, erklärt jede Bewertung und bewahrt alle Bewertungen in diesem Arbeitsbereich auf. Fügen Sie zuerst den Partner hinzu, den Sie prüfen, importieren Sie Ihre Liste aus einer Tabelle oder sehen Sie sich den Beispiel-Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>PartnerFit</source>
        <translation>PartnerFit</translation>
    </message>
    <message>
        <source>%1[*] — PartnerFit</source>
        <translation>%1[*] — PartnerFit</translation>
    </message>
</context>
<context>
    <name>pf::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>PartnerFit backs up a workspace automatically at most once a day while it is in use and before every upgrade; older backups beyond this number are removed.</source>
        <translation>PartnerFit sichert einen Arbeitsbereich automatisch höchstens einmal täglich, solange er benutzt wird, und vor jeder Aktualisierung; ältere Sicherungen über diese Anzahl hinaus werden entfernt.</translation>
    </message>
    <message>
        <source>The new language applies the next time PartnerFit starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von PartnerFit.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Automatic backups to keep:</source>
        <translation>&amp;Automatische Sicherungen behalten:</translation>
    </message>
</context>
</TS>
