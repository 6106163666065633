<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="74" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82" />
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83" />
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86" />
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87" />
        <source>&amp;Revert to the saved version</source>
        <translation>&amp;Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90" />
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98" />
        <source>&amp;Fit the journey</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99" />
        <source>&amp;New note in the current cell</source>
        <translation>&amp;Nouvelle note dans la case courante</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101" />
        <source>&amp;Edit the note</source>
        <translation>&amp;Modifier la note</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103" />
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="106" />
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="107" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111" />
        <source>Select &amp;all the notes</source>
        <translation>Sélectionner &amp;toutes les notes</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="112" />
        <source>Write in the &amp;first person</source>
        <translation>Écrire à la &amp;première personne</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114" />
        <source>Add a &amp;stage…</source>
        <translation>Ajouter une é&amp;tape…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="116" />
        <source>Add a c&amp;hannel…</source>
        <translation>Ajouter un c&amp;anal…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="118" />
        <source>Mark notes not in the &amp;first person</source>
        <translation>Signaler les notes qui ne sont pas à la &amp;première personne</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="120" />
        <source>&amp;Properties panel</source>
        <translation>Panneau des &amp;propriétés</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="124" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="125" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="126" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="127" />
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="147" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="157" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="163" />
        <source>&amp;Journey</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="165" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="169" />
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/import_export.py" line="20" />
        <source>The file is too large to import ({size} MB; the limit is {limit} MB).</source>
        <translation>Le fichier est trop volumineux pour être importé ({size} Mo ; la limite est de {limit} Mo).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="21" />
        <source>The file is not a text file (CSV, OpenJourney or Mermaid).</source>
        <translation>Le fichier n’est pas un fichier texte (CSV, OpenJourney ou Mermaid).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="22" />
        <source>Unknown file type « {extension} »: choose a .csv, .ojf, .json, .mmd or .mermaid file.</source>
        <translation>Type de fichier inconnu « {extension} » : choisissez un fichier .csv, .ojf, .json, .mmd ou .mermaid.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="24" />
        <source>The file holds more than {limit} notes; split it into several imports.</source>
        <translation>Le fichier contient plus de {limit} notes ; importez-le en plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="25" />
        <source>Line {line}: the « {column} » cell is longer than {limit} characters.</source>
        <translation>Ligne {line} : la cellule « {column} » dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="26" />
        <source>Line {line}: « {value} » is not a valid « {column} » ({expected}).</source>
        <translation>Ligne {line} : « {value} » n’est pas une valeur valide pour « {column} » ({expected}).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="27" />
        <source>Line {line}: {count} cells, but the header has {expected}.</source>
        <translation>Ligne {line} : {count} cellules, alors que l’en-tête en a {expected}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="28" />
        <source>Line {line}: the file is not a valid CSV file (a quote is not closed?).</source>
        <translation>Ligne {line} : le fichier n’est pas un CSV valide (un guillemet n’est pas fermé ?).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="29" />
        <source>The file holds nothing to import.</source>
        <translation>Le fichier ne contient rien à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="30" />
        <source>The file is not valid JSON (line {line}).</source>
        <translation>Le fichier n’est pas un JSON valide (ligne {line}).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="31" />
        <source>The file is not an OpenJourney (.ojf) file.</source>
        <translation>Le fichier n’est pas un fichier OpenJourney (.ojf).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="32" />
        <source>The file is not a Mermaid « journey » diagram (it must start with « journey »).</source>
        <translation>Le fichier n’est pas un diagramme Mermaid « journey » (il doit commencer par « journey »).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="33" />
        <source>Line {line}: « {value} » is not a line of a Mermaid journey.</source>
        <translation>Ligne {line} : « {value} » n’est pas une ligne de diagramme Mermaid « journey ».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="34" />
        <source>Line {line}: « {text} » has no {missing}; it was put in « To sort ».</source>
        <translation>Ligne {line} : « {text} » n’a pas de {missing} ; la note a été mise dans « À classer ».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="35" />
        <source>Node {line} was skipped (it has no title or is malformed).</source>
        <translation>Le nœud {line} a été ignoré (il n’a pas de titre ou il est mal formé).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="36" />
        <source>Node {line}: the field « {column} » was ignored (invalid value).</source>
        <translation>Nœud {line} : le champ « {column} » a été ignoré (valeur non valide).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="37" />
        <source>Fields unknown to the OpenJourney format were ignored: {names}.</source>
        <translation>Des champs inconnus du format OpenJourney ont été ignorés : {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="38" />
        <source>Line {line}: the values of a row without a text were ignored.</source>
        <translation>Ligne {line} : les valeurs d’une ligne sans texte ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="39" />
        <source>Column {line}: a stage without a name was called « {value} ».</source>
        <translation>Colonne {line} : une étape sans nom a été appelée « {value} ».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="40" />
        <source>Line {line}: a channel without a name was called « {value} ».</source>
        <translation>Ligne {line} : un canal sans nom a été appelé « {value} ».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="41" />
        <source>{count} notes of « {journey} » waiting in « To sort » were not exported ({format} needs a stage).</source>
        <translation>{count} notes de « {journey} » en attente dans « À classer » n’ont pas été exportées ({format} exige une étape).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="43" />
        <source>{count} empty notes of « {journey} » were not exported.</source>
        <translation>{count} notes vides de « {journey} » n’ont pas été exportées.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="44" />
        <source>{count} texts of « {journey} » held characters Mermaid cannot show ({characters}); they were replaced by look-alikes.</source>
        <translation>{count} textes de « {journey} » contenaient des caractères que Mermaid ne peut pas afficher ({characters}) ; ils ont été remplacés par des caractères semblables.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="46" />
        <source>The PDF font lacks these characters, printed as �: {characters}.</source>
        <translation>La police du PDF n’a pas ces caractères, imprimés « � » : {characters}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="47" />
        <source>« {journey} » does not fit legibly on one {paper} page: split into {count} pages of stages.</source>
        <translation>« {journey} » ne tient pas lisiblement sur une page {paper} : découpé en {count} pages d’étapes.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="49" />
        <source>« {journey} » is too tall to be legible on {paper} pages, even one stage per page: printed as a poster in tiles.</source>
        <translation>« {journey} » est trop haut pour rester lisible sur des pages {paper}, même à une étape par page : imprimé en affiche, en panneaux.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="51" />
        <source>« {journey} » printed at full size on {columns} × {rows} {paper} pages.</source>
        <translation>« {journey} » imprimé en taille réelle sur {columns} × {rows} pages {paper}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="58" />
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="58" />
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="58" />
        <source>lane</source>
        <translation>couloir</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="59" />
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="60" />
        <source>current, target, existant or cible</source>
        <translation>current, target, existant ou cible</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="61" />
        <source>before, purchase, after, avant, achat or après</source>
        <translation>before, purchase, after, avant, achat ou après</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="62" />
        <source>enchantement, neutre, irritant, rupture or empty</source>
        <translation>enchantement, neutre, irritant, rupture ou vide</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="63" />
        <source>1 or 0, oui or non</source>
        <translation>1 ou 0, oui ou non</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="64" />
        <source>a whole number from -2 to 2, or empty</source>
        <translation>un nombre entier de -2 à 2, ou vide</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="65" />
        <source>a whole number from 0</source>
        <translation>un nombre entier à partir de 0</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="66" />
        <source>a whole number from 1 to 5</source>
        <translation>un nombre entier de 1 à 5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_export.py" line="89" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="96" />
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Tableur, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="97" />
        <source>OpenJourney (*.ojf *.json)</source>
        <translation>OpenJourney (*.ojf *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="98" />
        <source>Mermaid journey diagram (*.mmd *.mermaid)</source>
        <translation>Diagramme Mermaid journey (*.mmd *.mermaid)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="103" />
        <source>Journeys from other tools (*.csv *.ojf *.json *.mmd *.mermaid)</source>
        <translation>Parcours d’autres outils (*.csv *.ojf *.json *.mmd *.mermaid)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="118" />
        <source>« %1 » was not imported: %2</source>
        <translation>« %1 » n’a pas été importé : %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="123" />
        <source>« %1 » could not be read.</source>
        <translation>Impossible de lire « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="127" />
        <source>Import « %1 »</source>
        <translation>Importer « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="131" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_export.py" line="142" />
        <source>%n notes imported from « %1 »</source>
        <translation>
            <numerusform>%n note importée depuis « %1 »</numerusform>
            <numerusform>%n notes importées depuis « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_export.py" line="145" />
        <source>new journey: %1</source>
        <translation>
            <numerusform>nouveau parcours : %1</numerusform>
            <numerusform>nouveaux parcours : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_export.py" line="148" />
        <source>added to: %1</source>
        <translation>
            <numerusform>ajoutées à : %1</numerusform>
            <numerusform>ajoutées à : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="151" />
        <source>%1 stages and %2 channels created</source>
        <translation>%1 étapes et %2 canaux créés</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="177" />
        <location filename="../../ui/import_export.py" line="215" />
        <source>The export to « %1 » failed; nothing was written.</source>
        <translation>L’exportation vers « %1 » a échoué ; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_export.py" line="180" />
        <source>%n journeys exported to « %1 ».</source>
        <translation>
            <numerusform>%n parcours exporté vers « %1 ».</numerusform>
            <numerusform>%n parcours exportés vers « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="183" />
        <location filename="../../ui/import_export.py" line="224" />
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="205" />
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export.py" line="208" />
        <source>Exporting the PDF…</source>
        <translation>Exportation du PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_export.py" line="221" />
        <source>PDF saved to « %1 »: %n pages.</source>
        <translation>
            <numerusform>PDF enregistré dans « %1 » : %n page.</numerusform><numerusform>PDF enregistré dans « %1 » : %n pages.</numerusform></translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../ui/info_bar.py" line="22" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>JourneyEditing</name>
    <message>
        <location filename="../../ui/journey_editing.py" line="50" />
        <source>Rename the stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="50" />
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="51" />
        <source>Insert a stage before</source>
        <translation>Insérer une étape avant</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="51" />
        <source>Insert a stage after</source>
        <translation>Insérer une étape après</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="52" />
        <source>Delete the stage…</source>
        <translation>Supprimer l’étape…</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="53" />
        <source>Rename the channel</source>
        <translation>Renommer le canal</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="53" />
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="54" />
        <source>Insert a channel above</source>
        <translation>Insérer un canal au-dessus</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="54" />
        <source>Insert a channel below</source>
        <translation>Insérer un canal en dessous</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="55" />
        <source>Delete the channel…</source>
        <translation>Supprimer le canal…</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="72" />
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="75" />
        <source>Edit a note</source>
        <translation>Modifier une note</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="80" />
        <source>Edit notes</source>
        <translation>Modifier des notes</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="83" />
        <source>Move notes</source>
        <translation>Déplacer des notes</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="88" />
        <source>Delete notes</source>
        <translation>Supprimer des notes</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="93" />
        <source>Duplicate notes</source>
        <translation>Dupliquer des notes</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="100" />
        <source>Write in the first person</source>
        <translation>Écrire à la première personne</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="111" />
        <source>Cut notes</source>
        <translation>Couper des notes</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="126" />
        <source>The clipboard holds nothing that can be pasted as notes.</source>
        <translation>Le presse-papiers ne contient rien qui puisse être collé comme notes.</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="128" />
        <source>Paste notes</source>
        <translation>Coller des notes</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="135" />
        <location filename="../../ui/journey_editing.py" line="141" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="148" />
        <source>Reorder</source>
        <translation>Réordonner</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="160" />
        <source>« %1 » holds %2 notes. Where should they go?</source>
        <translation>« %1 » contient %2 notes. Où faut-il les mettre ?</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="170" />
        <source>Change the phase</source>
        <translation>Changer la phase</translation>
    </message>
    <message>
        <location filename="../../ui/journey_editing.py" line="183" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <location filename="../../ui/grid_item.py" line="114" />
        <source>To sort — notes not placed yet</source>
        <translation>À classer — notes pas encore placées</translation>
    </message>
</context>
<context>
    <name>JourneyTabs</name>
    <message>
        <location filename="../../ui/journey_tabs.py" line="20" />
        <source>current</source>
        <translation>existant</translation>
    </message>
    <message>
        <location filename="../../ui/journey_tabs.py" line="22" />
        <source>target</source>
        <translation>cible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>Journey map</source>
        <translation>Cartographie du parcours</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65" />
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Unsaved changes from your last session were restored.</source>
        <translation>Les modifications non enregistrées de votre dernière session ont été restaurées.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>Revert to the saved version</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <source>This never-saved project was restored from your last session.</source>
        <translation>Ce projet jamais enregistré a été restauré depuis votre dernière session.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>The file was changed elsewhere since your last session: it is shown as it is now, and your unsaved changes were kept in %1.</source>
        <translation>Le fichier a été modifié ailleurs depuis votre dernière session : il est affiché tel qu’il est maintenant, et vos modifications non enregistrées ont été conservées dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>This project comes from an older version of CJM Desktop; it will be saved in the new format (a copy of the original was kept).</source>
        <translation>Ce projet vient d’une version antérieure de CJM Desktop ; il sera enregistré au nouveau format (une copie de l’original a été conservée).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>%1 notes · %2 irritants or breaking points</source>
        <translation>%1 notes · %2 irritants ou points de rupture</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>%1 not in the first person</source>
        <translation>%1 pas à la première personne</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>This file is not a CJM Desktop project.</source>
        <translation>Ce fichier n’est pas un projet CJM Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23" />
        <source>This project file is damaged; it was left untouched.</source>
        <translation>Ce fichier de projet est endommagé ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25" />
        <source>This project was made by a newer version of CJM Desktop (file format %1): please update CJM Desktop.</source>
        <translation>Ce projet a été créé par une version plus récente de CJM Desktop (format de fichier %1) : mettez CJM Desktop à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29" />
        <source>This file is too large to be a project (%1 MB; the limit is %2 MB).</source>
        <translation>Ce fichier est trop volumineux pour être un projet (%1 Mo ; la limite est de %2 Mo).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32" />
        <source>This project file holds unexpected content; it was left untouched.</source>
        <translation>Ce fichier de projet contient des données inattendues ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35" />
        <source>This project is already open for editing in another CJM Desktop window.</source>
        <translation>Ce projet est déjà ouvert en modification dans une autre fenêtre de CJM Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38" />
        <source>This change was refused; the project is unchanged.</source>
        <translation>Cette modification a été refusée ; le projet est inchangé.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39" />
        <source>The operation failed.</source>
        <translation>L’opération a échoué.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43" />
        <source>The project could not be saved; your changes are kept safe in the working copy.</source>
        <translation>Le projet n’a pas pu être enregistré ; vos modifications sont en sécurité dans la copie de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49" />
        <source>The file could not be opened because of an unexpected error.</source>
        <translation>Le fichier n’a pas pu être ouvert à cause d’une erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <location filename="../../ui/note_item.py" line="97" />
        <source>Not written in the first person: a touchpoint is said by the customer (« Je compare les offres »). Right-click › Write in the first person, or fix it in the properties panel.</source>
        <translation>Pas écrit à la première personne : un point de contact se dit avec les mots du client (« Je compare les offres »). Clic droit › Écrire à la première personne, ou corrigez-le dans le panneau des propriétés.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="36" />
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="40" />
        <source>All the journeys</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="41" />
        <source>The current journeys</source>
        <translation>Les parcours existants</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="43" />
        <source>The target journeys</source>
        <translation>Les parcours cibles</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="46" />
        <source>This journey: « %1 »</source>
        <translation>Ce parcours : « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="51" />
        <source>One page per journey, split if needed to stay legible</source>
        <translation>Une page par parcours, découpée si nécessaire pour rester lisible</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="52" />
        <source>Poster at full size, in tiles to assemble</source>
        <translation>Affiche en taille réelle, en panneaux à assembler</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="58" />
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="59" />
        <source>Paper (landscape)</source>
        <translation>Format (paysage)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="60" />
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="61" />
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="66" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pdf_dialog.py" line="94" />
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../ui/palette.py" line="14" />
        <source>Before the purchase</source>
        <translation>Avant l’achat</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="15" />
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="16" />
        <source>After the purchase</source>
        <translation>Après l’achat</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="17" />
        <source>No phase</source>
        <translation>Sans phase</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../ui/prompts.py" line="50" />
        <source>This project has never been saved. Save it now? (If you do not, it stays in your data folder and the start page offers it again.)</source>
        <translation>Ce projet n’a jamais été enregistré. L’enregistrer maintenant ? (Sinon, il reste dans votre dossier de données et la page d’accueil vous le proposera à nouveau.)</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="60" />
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="64" />
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="71" />
        <source>Import a journey</source>
        <translation>Importer un parcours</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="76" />
        <source>Export the journeys</source>
        <translation>Exporter les parcours</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="113" />
        <source>Move them to « %1 »</source>
        <translation>Les déplacer vers « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="115" />
        <source>Move them to « To sort »</source>
        <translation>Les déplacer vers « À classer »</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../ui/properties_panel.py" line="70" />
        <source>Select a note to see and edit its properties.</source>
        <translation>Sélectionnez une note pour voir et modifier ses propriétés.</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="104" />
        <source>Not evaluated</source>
        <translation>Sans évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="104" />
        <source>Delight</source>
        <translation>Enchantement</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="105" />
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="105" />
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="106" />
        <source>Breaking point</source>
        <translation>Point de rupture</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="109" />
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="111" />
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="111" />
        <source>−2 Very negative</source>
        <translation>−2 Très négative</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="111" />
        <source>−1 Negative</source>
        <translation>−1 Négative</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="112" />
        <source>0 Neutral</source>
        <translation>0 Neutre</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="112" />
        <source>+1 Positive</source>
        <translation>+1 Positive</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="113" />
        <source>+2 Very positive</source>
        <translation>+2 Très positive</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="182" />
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="121" />
        <source>A touchpoint reads best in the first person (« Je … »).</source>
        <translation>Un point de contact se lit mieux à la première personne (« Je … »).</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="79" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="81" />
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="83" />
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="84" />
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="85" />
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="86" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/properties_panel.py" line="154" />
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="163" />
        <source>Texts differ</source>
        <translation>Textes différents</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="67" />
        <source>—  (mixed)</source>
        <translation>—  (valeurs différentes)</translation>
    </message>
    <message>
        <location filename="../../ui/properties_panel.py" line="208" />
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="42" />
        <source>Customer journey mapping</source>
        <translation>Cartographie des parcours clients</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="44" />
        <source>Start a new map from a template, or open a project.</source>
        <translation>Commencez une nouvelle cartographie à partir d’un modèle, ou ouvrez un projet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start_page.py" line="50" />
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="68" />
        <source>No recent project yet.</source>
        <translation>Aucun projet récent pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="76" />
        <source>NEW MAP</source>
        <translation>NOUVELLE CARTOGRAPHIE</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="80" />
        <source>RECENT PROJECTS</source>
        <translation>PROJETS RÉCENTS</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="102" />
        <source>Unsaved project — last edited %1</source>
        <translation>Projet non enregistré — modifié le %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="60" />
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
</context>
</TS>