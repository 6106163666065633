<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>&amp;Revert to the saved version</source>
        <translation>&amp;Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77"/>
        <source>&amp;Fit the journey</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../ui/info_bar.py" line="22"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <location filename="../../ui/journey_scene.py" line="112"/>
        <source>To sort — notes not placed yet</source>
        <translation>À classer — notes pas encore placées</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Journey map</source>
        <translation>Cartographie du parcours</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>current</source>
        <translation>existant</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Unsaved changes from your last session were restored.</source>
        <translation>Les modifications non enregistrées de votre dernière session ont été restaurées.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Revert to the saved version</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>This never-saved project was restored from your last session.</source>
        <translation>Ce projet jamais enregistré a été restauré depuis votre dernière session.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>The file was changed elsewhere since your last session: it is shown as it is now, and your unsaved changes were kept in %1.</source>
        <translation>Le fichier a été modifié ailleurs depuis votre dernière session&#xa0;: il est affiché tel qu’il est maintenant, et vos modifications non enregistrées ont été conservées dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>This project comes from an older version of CJM Desktop; it will be saved in the new format (a copy of the original was kept).</source>
        <translation>Ce projet vient d’une version antérieure de CJM Desktop&#x202f;; il sera enregistré au nouveau format (une copie de l’original a été conservée).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>%1 notes · %2 irritants or breaking points</source>
        <translation>%1 notes · %2 irritants ou points de rupture</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>This file is not a CJM Desktop project.</source>
        <translation>Ce fichier n’est pas un projet CJM Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>This project file is damaged; it was left untouched.</source>
        <translation>Ce fichier de projet est endommagé&#x202f;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>This project was made by a newer version of CJM Desktop (file format %1): please update CJM Desktop.</source>
        <translation>Ce projet a été créé par une version plus récente de CJM Desktop (format de fichier %1)&#xa0;: mettez CJM Desktop à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>This file is too large to be a project (%1 MB; the limit is %2 MB).</source>
        <translation>Ce fichier est trop volumineux pour être un projet (%1&#xa0;Mo&#x202f;; la limite est de %2&#xa0;Mo).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>This project file holds unexpected content; it was left untouched.</source>
        <translation>Ce fichier de projet contient des données inattendues&#x202f;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>This project is already open for editing in another CJM Desktop window.</source>
        <translation>Ce projet est déjà ouvert en modification dans une autre fenêtre de CJM Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>This change was refused; the project is unchanged.</source>
        <translation>Cette modification a été refusée&#x202f;; le projet est inchangé.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>The operation failed.</source>
        <translation>L’opération a échoué.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>The project could not be saved; your changes are kept safe in the working copy.</source>
        <translation>Le projet n’a pas pu être enregistré&#x202f;; vos modifications sont en sécurité dans la copie de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>The file could not be opened because of an unexpected error.</source>
        <translation>Le fichier n’a pas pu être ouvert à cause d’une erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../ui/palette.py" line="24"/>
        <source>Before the purchase</source>
        <translation>Avant l’achat</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="25"/>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="26"/>
        <source>After the purchase</source>
        <translation>Après l’achat</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="27"/>
        <source>No phase</source>
        <translation>Sans phase</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../ui/prompts.py" line="41"/>
        <source>This project has never been saved. Save it now? (If you do not, it stays in your data folder and the start page offers it again.)</source>
        <translation>Ce projet n’a jamais été enregistré. L’enregistrer maintenant&#x202f;? (Sinon, il reste dans votre dossier de données et la page d’accueil vous le proposera à nouveau.)</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="51"/>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="55"/>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="42"/>
        <source>Customer journey mapping</source>
        <translation>Cartographie des parcours clients</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="44"/>
        <source>Start a new map from a template, or open a project.</source>
        <translation>Commencez une nouvelle cartographie à partir d’un modèle, ou ouvrez un projet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_page.py" line="50"/>
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="68"/>
        <source>No recent project yet.</source>
        <translation>Aucun projet récent pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="76"/>
        <source>NEW MAP</source>
        <translation>NOUVELLE CARTOGRAPHIE</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="80"/>
        <source>RECENT PROJECTS</source>
        <translation>PROJETS RÉCENTS</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="102"/>
        <source>Unsaved project — last edited %1</source>
        <translation>Projet non enregistré — modifié le %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="60"/>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
</context>
</TS>
