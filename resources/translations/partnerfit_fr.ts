<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>PartnerFit: assess prospective and active business partners.</source>
        <translation>PartnerFit : évaluer les partenaires commerciaux potentiels et actifs.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation>Le fichier d’espace de travail à ouvrir (par défaut : %1).</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
</context>
<context>
    <name>pf::ui::AboutDialog</name>
    <message>
        <source>About PartnerFit</source>
        <translation>À propos de PartnerFit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PartnerFit %1&lt;/h2&gt;&lt;p&gt;Decide which partners to commit to, and whether a partnership is still healthy.&lt;/p&gt;&lt;p&gt;%2Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The PartnerFit authors.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later (%5).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PartnerFit %1&lt;/h2&gt;&lt;p&gt;Décidez à quels partenaires vous engager et si un partenariat est toujours sain.&lt;/p&gt;&lt;p&gt;%2Compilé avec Qt %3, exécuté avec Qt %4.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Les auteurs de PartnerFit.&lt;br&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure (%5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revision %1. </source>
        <translation>Révision %1. </translation>
    </message>
</context>
<context>
    <name>pf::ui::MainWindow</name>
    <message>
        <source>The workspace file that holds every partner and assessment</source>
        <translation>Le fichier d’espace de travail qui contient tous les partenaires et toutes les évaluations</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Enregistrer l’espace de travail &amp;sous…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workspace</source>
        <translation>Ouvrir l’espace d’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>Sauve&amp;garder l’espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Check Workspace</source>
        <translation>&amp;Vérifier l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Import Partners from CSV…</source>
        <translation>&amp;Importer des partenaires (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Portfolio Report…</source>
        <translation>Exporter le rapport de &amp;portefeuille…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>Rec&amp;hercher un partenaire</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Add Partner…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>&amp;Modifier le partenaire…</translation>
    </message>
    <message>
        <source>&amp;Delete Partner…</source>
        <translation>&amp;Supprimer le partenaire…</translation>
    </message>
    <message>
        <source>Edit &amp;Home Profile…</source>
        <translation>Modifier notre &amp;profil…</translation>
    </message>
    <message>
        <source>&amp;New Assessment</source>
        <translation>&amp;Nouvelle évaluation</translation>
    </message>
    <message>
        <source>New &amp;Health Check</source>
        <translation>Nouveau &amp;bilan de santé</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finaliser…</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;About PartnerFit</source>
        <translation>&amp;À propos de PartnerFit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Rechercher des partenaires</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation>Aucun partenaire pour l’instant</translation>
    </message>
    <message>
        <source>PartnerFit scores prospective partners on cultural fit, mutual gain and roadmap alignment, explains every score and keeps every assessment in this workspace. Start by adding the partner you are evaluating, import your list from a spreadsheet, or explore the sample workspace.</source>
        <translation>PartnerFit note les partenaires potentiels sur l’adéquation culturelle, le gain mutuel et l’alignement des feuilles de route, explique chaque note et conserve chaque évaluation dans cet espace de travail. Commencez par ajouter le partenaire que vous évaluez, importez votre liste depuis un tableur ou explorez l’espace d’exemple.</translation>
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
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>PartnerFit backs up a workspace automatically at most once a day while it is in use and before every upgrade; older backups beyond this number are removed.</source>
        <translation>PartnerFit sauvegarde automatiquement un espace de travail au plus une fois par jour pendant son utilisation et avant chaque mise à niveau ; les sauvegardes plus anciennes au-delà de ce nombre sont supprimées.</translation>
    </message>
    <message>
        <source>The new language applies the next time PartnerFit starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de PartnerFit.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Automatic backups to keep:</source>
        <translation>Sauvegardes &amp;automatiques à conserver :</translation>
    </message>
</context>
</TS>
