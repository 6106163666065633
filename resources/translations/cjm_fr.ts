<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionDelegate</name>
    <message>
        <location filename="../../ui/plan/action_delegate.py" line="42"/>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="32"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="33"/>
        <source>Linked notes</source>
        <translation>Points de contact liés</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="34"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="35"/>
        <source>Owner</source>
        <translation>Service pilote</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="36"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="37"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="38"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="39"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="40"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="43"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="44"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="45"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="49"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="50"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_model.py" line="51"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>ActionPlanPanel</name>
    <message>
        <location filename="../../ui/plan/action_plan_panel.py" line="48"/>
        <source>New action…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_panel.py" line="49"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_panel.py" line="51"/>
        <source>Link the selected notes</source>
        <translation>Lier les notes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_panel.py" line="53"/>
        <source>Show on the map</source>
        <translation>Voir sur la carte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/action_plan_panel.py" line="86"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/action_plan_panel.py" line="86"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan/action_plan_panel.py" line="129"/>
        <source>Unlink « %1 »</source>
        <translation>Délier « %1 »</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/window/window_actions.py" line="224"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="225"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="123"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="124"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="125"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="126"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="127"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="128"/>
        <source>&amp;Revert to the saved version</source>
        <translation>&amp;Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="129"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="130"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="131"/>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="132"/>
        <source>Export ima&amp;ge…</source>
        <translation>Exporter l’ima&amp;ge…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="133"/>
        <source>Copy map as i&amp;mage</source>
        <translation>Copier la carte comme i&amp;mage</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="138"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="140"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="142"/>
        <source>&amp;Fit the journey</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="143"/>
        <source>&amp;New note in the current cell</source>
        <translation>&amp;Nouvelle note dans la case courante</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="145"/>
        <source>&amp;Edit the note</source>
        <translation>&amp;Modifier la note</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="147"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="149"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="150"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="151"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="153"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="155"/>
        <source>Select &amp;all the notes</source>
        <translation>Sélectionner &amp;toutes les notes</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="156"/>
        <source>Write in the &amp;first person</source>
        <translation>Écrire à la &amp;première personne</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="158"/>
        <source>Add a &amp;stage…</source>
        <translation>Ajouter une é&amp;tape…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="160"/>
        <source>Add a c&amp;hannel…</source>
        <translation>Ajouter un c&amp;anal…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="162"/>
        <source>Mark notes not in the &amp;first person</source>
        <translation>Signaler les notes qui ne sont pas à la &amp;première personne</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="166"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="167"/>
        <source>E&amp;valuate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="96"/>
        <source>&amp;Properties panel</source>
        <translation>Panneau des &amp;propriétés</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="164"/>
        <source>Project s&amp;heet…</source>
        <translation>&amp;Fiche projet…</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="31"/>
        <source>P&amp;ersonas panel</source>
        <translation>Panneau des p&amp;ersonas</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="37"/>
        <source>&amp;Persona of this journey</source>
        <translation>&amp;Persona de ce parcours</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="174"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="175"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="176"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="177"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="202"/>
        <source>&amp;Delight</source>
        <translation>&amp;Enchantement</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="203"/>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutre</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="204"/>
        <source>&amp;Pain point</source>
        <translation>&amp;Irritant</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="205"/>
        <source>&amp;Breaking point</source>
        <translation>Point de &amp;rupture</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="207"/>
        <source>Not &amp;evaluated</source>
        <translation>&amp;Sans évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="208"/>
        <source>&amp;Moment of truth (on/off)</source>
        <translation>&amp;Moment de vérité (oui/non)</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="210"/>
        <source>Emotion &amp;up</source>
        <translation>Émotion vers le &amp;haut</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="211"/>
        <source>Emotion &amp;down</source>
        <translation>Émotion vers le &amp;bas</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="212"/>
        <source>One more &amp;vote</source>
        <translation>Un &amp;vote de plus</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="232"/>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="233"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="234"/>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="235"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="255"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="266"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="276"/>
        <source>&amp;Journey</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="278"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_actions.py" line="280"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>AgendaDock</name>
    <message>
        <location filename="../../ui/agenda/agenda_dock.py" line="37"/>
        <source>Agenda and timer</source>
        <translation>Agenda et minuteur</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_dock.py" line="38"/>
        <source>A&amp;genda and timer</source>
        <translation>A&amp;genda et minuteur</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_dock.py" line="63"/>
        <source>Delete step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_dock.py" line="65"/>
        <source>Reorder steps</source>
        <translation>Réordonner les étapes</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_dock.py" line="67"/>
        <source>Edit step</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_dock.py" line="80"/>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_dock.py" line="82"/>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_dock.py" line="91"/>
        <source>Fill the agenda</source>
        <translation>Remplir l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_dock.py" line="124"/>
        <source>Time is up: « %1 »</source>
        <translation>Temps écoulé : « %1 »</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="67"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="67"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="67"/>
        <source>Spent</source>
        <translation>Passé</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="67"/>
        <source>Over</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="68"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="79"/>
        <source>Fill with the method&apos;s steps</source>
        <translation>Remplir avec les étapes de la méthode</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="80"/>
        <source>Personas, current journey, pain points, dot voting, target journey, action plan: a half-day</source>
        <translation>Personas, parcours existant, irritants, vote par gommettes, parcours cible, plan d&apos;actions : une demi-journée</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="83"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="84"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="85"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="86"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="87"/>
        <source>Time this step</source>
        <translation>Minuter cette étape</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="88"/>
        <source>The timer goes on with the selected step (or double-click it)</source>
        <translation>Le minuteur passe à l&apos;étape sélectionnée (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="175"/>
        <source>Total: planned %1 · spent %2 · %3</source>
        <translation>Total : prévu %1 · passé %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="197"/>
        <source>%1 over the plan</source>
        <translation>%1 de plus que prévu</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_panel.py" line="198"/>
        <source>%1 left in the plan</source>
        <translation>reste %1 sur le prévu</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="53"/>
        <source>Quick capture: a line, Enter (channel/stage: to choose the cell)</source>
        <translation>Saisie rapide : une ligne, Entrée (canal/étape : pour choisir la case)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="55"/>
        <source>Type a note and press Enter: it goes to the current cell, and the field stays ready for the next.
Start a line with « channel/stage: » to put it in that cell (« web/buy: I pay in three goes »).
Paste several lines: one note per line. Alt+1…4 (Alt+0: none) chooses the evaluation.</source>
        <translation>Tapez une note puis Entrée : elle va dans la case courante, et le champ reste prêt pour la suivante.
Commencez une ligne par « canal/étape : » pour la mettre dans cette case (« web/acheter : Je paie en trois fois »).
Collez plusieurs lignes : une note par ligne. Alt+1…4 (Alt+0 : aucune) choisit l’évaluation.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="60"/>
        <source>The evaluation given to the notes captured (Alt+1…4, Alt+0)</source>
        <translation>L’évaluation donnée aux notes saisies (Alt+1…4, Alt+0)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="61"/>
        <source>Not evaluated</source>
        <translation>Sans évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="61"/>
        <source>Delight</source>
        <translation>Enchantement</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="61"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="61"/>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="62"/>
        <source>Breaking point</source>
        <translation>Point de rupture</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="68"/>
        <source>Said by…</source>
        <translation>Dit par…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_bar.py" line="69"/>
        <source>Who is speaking, or which group is writing: given to every note captured until it is changed</source>
        <translation>Qui parle, ou quel groupe écrit : donné à chaque note saisie jusqu’à ce qu’il change</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../ui/capture/capture_controller.py" line="22"/>
        <source>Capture &amp;face down</source>
        <translation>Saisir &amp;face cachée</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_controller.py" line="23"/>
        <source>Face down</source>
        <translation>Face cachée</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_controller.py" line="24"/>
        <source>Notes captured now are face down (Alt+H): the room sees blank cards until they are revealed (Edit › Reveal all the notes, Ctrl+Shift+R)</source>
        <translation>Les notes saisies maintenant sont face cachée (Alt+H) : la salle voit des cartes blanches jusqu’à ce qu’elles soient révélées (Édition › Révéler toutes les notes, Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_controller.py" line="33"/>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_controller.py" line="37"/>
        <source>&amp;Quick capture</source>
        <translation>&amp;Saisie rapide</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_controller.py" line="42"/>
        <source>&amp;Highlight an author…</source>
        <translation>&amp;Mettre en avant un auteur…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_controller.py" line="70"/>
        <source>Highlight an author</source>
        <translation>Mettre en avant un auteur</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_controller.py" line="71"/>
        <source>Person or group (empty: every note):</source>
        <translation>Personne ou groupe (vide : toutes les notes) :</translation>
    </message>
    <message>
        <location filename="../../ui/capture/capture_controller.py" line="83"/>
        <source>« %1 » names no single cell: written in the current cell.</source>
        <translation>« %1 » ne désigne aucune case précise : la note est écrite dans la case courante.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/compare/compare_scene.py" line="37"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_scene.py" line="38"/>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_scene.py" line="39"/>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_scene.py" line="40"/>
        <source>emotion</source>
        <translation>émotion</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_scene.py" line="41"/>
        <source>departments</source>
        <translation>services</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_scene.py" line="42"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_scene.py" line="43"/>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="245"/>
        <source>« To sort »</source>
        <translation>« À classer »</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="78"/>
        <location filename="../../ui/compare/compare_window.py" line="109"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="118"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="121"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="123"/>
        <source>Dim unchanged notes</source>
        <translation>Estomper les notes inchangées</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="154"/>
        <source>Snapshot « %1 », %2: %3</source>
        <translation>Instantané « %1 », %2 : %3</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="156"/>
        <source>Compare « %1 » with the snapshot « %2 »</source>
        <translation>Comparer « %1 » avec l’instantané « %2 »</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="160"/>
        <source>Compare « %1 » with « %2 »</source>
        <translation>Comparer « %1 » avec « %2 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/compare/compare_window.py" line="187"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/compare/compare_window.py" line="188"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/compare/compare_window.py" line="189"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/compare/compare_window.py" line="190"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/compare/compare_window.py" line="191"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="219"/>
        <source>Added in the target journey</source>
        <translation>Ajoutée dans le parcours cible</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="219"/>
        <source>Added since the snapshot</source>
        <translation>Ajoutée depuis l’instantané</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="222"/>
        <source>Removed since the snapshot</source>
        <translation>Supprimée depuis l’instantané</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="223"/>
        <source>Removed from the target journey</source>
        <translation>Retirée du parcours cible</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="226"/>
        <source>Changed: %1</source>
        <translation>Modifiée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_window.py" line="228"/>
        <source>Moved from %1 to %2</source>
        <translation>Déplacée de %1 vers %2</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../ui/document/document_controller.py" line="130"/>
        <source>other version</source>
        <translation>autre version</translation>
    </message>
</context>
<context>
    <name>DotsDialog</name>
    <message>
        <location filename="../../ui/voting/dots_dialog.py" line="67"/>
        <source>Find a note…</source>
        <translation>Chercher une note…</translation>
    </message>
    <message>
        <location filename="../../ui/voting/dots_dialog.py" line="70"/>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/voting/dots_dialog.py" line="70"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/voting/dots_dialog.py" line="70"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/voting/dots_dialog.py" line="135"/>
        <source>%1 of %n dot(s)</source>
        <translation>
            <numerusform>%1 gommette sur %n</numerusform>
            <numerusform>%1 gommettes sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/voting/dots_dialog.py" line="137"/>
        <source>%n dot(s) in all</source>
        <translation>
            <numerusform>%n gommette en tout</numerusform>
            <numerusform>%n gommettes en tout</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/voting/dots_dialog.py" line="138"/>
        <source>more than the budget</source>
        <translation>plus que le budget</translation>
    </message>
</context>
<context>
    <name>Frictions</name>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="25"/>
        <source>Friction point</source>
        <translation>Point de friction</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="26"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="27"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="28"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="29"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="30"/>
        <source>Negative impact</source>
        <translation>Impact négatif</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="31"/>
        <source>Possible solutions</source>
        <translation>Solutions possibles</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="39"/>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="40"/>
        <source>Breaking point</source>
        <translation>Point de rupture</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_model.py" line="44"/>
        <source>To sort</source>
        <translation>À classer</translation>
    </message>
</context>
<context>
    <name>FrictionsPanel</name>
    <message>
        <location filename="../../ui/plan/frictions_panel.py" line="52"/>
        <source>Show on the map</source>
        <translation>Voir sur la carte</translation>
    </message>
    <message>
        <location filename="../../ui/plan/frictions_panel.py" line="55"/>
        <source>Create an action…</source>
        <translation>Créer une action…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/frictions_panel.py" line="77"/>
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n irritant</numerusform>
            <numerusform>%n irritants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan/frictions_panel.py" line="78"/>
        <source>%n breaking point(s)</source>
        <translation>
            <numerusform>%n point de rupture</numerusform>
            <numerusform>%n points de rupture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="73"/>
        <source>Export image</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="74"/>
        <source>The whole journey</source>
        <translation>Tout le parcours</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="75"/>
        <source>The current stage: « %1 »</source>
        <translation>L’étape courante : « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="76"/>
        <source>A stage</source>
        <translation>Une étape</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/image_dialog.py" line="78"/>
        <source>The selection (%n note(s))</source>
        <translation>
            <numerusform>La sélection (%n note)</numerusform>
            <numerusform>La sélection (%n notes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="86"/>
        <source>PNG (a picture, for slides and documents)</source>
        <translation>PNG (une image, pour diapositives et documents)</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="88"/>
        <source>SVG (drawing, sharp at any size)</source>
        <translation>SVG (dessin, net à toute taille)</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="90"/>
        <source>1920 pixels (slide)</source>
        <translation>1920 pixels (diapositive)</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="91"/>
        <source>3840 pixels (4K)</source>
        <translation>3840 pixels (4K)</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="92"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="97"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="101"/>
        <source>Mark the notes not written in the first person</source>
        <translation>Signaler les notes qui ne sont pas à la première personne</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="106"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="107"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="108"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="112"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="164"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="164"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="175"/>
        <source>The image could not be written to « %1 »; nothing was written.</source>
        <translation>L’image n’a pas pu être écrite dans « %1 » ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="178"/>
        <source>Image saved to « %1 ».</source>
        <translation>Image enregistrée dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="200"/>
        <source>The selection was copied as an image.</source>
        <translation>La sélection a été copiée comme image.</translation>
    </message>
    <message>
        <location filename="../../ui/files/image_dialog.py" line="201"/>
        <source>The map was copied as an image.</source>
        <translation>La carte a été copiée comme image.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="16"/>
        <source>The file is too large to import ({size} MB; the limit is {limit} MB).</source>
        <translation>Le fichier est trop volumineux pour être importé ({size} Mo ; la limite est de {limit} Mo).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="17"/>
        <source>The file is not a text file (CSV, OpenJourney or Mermaid).</source>
        <translation>Le fichier n’est pas un fichier texte (CSV, OpenJourney ou Mermaid).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="18"/>
        <source>Unknown file type « {extension} »: choose a .csv, .ojf, .json, .mmd or .mermaid file.</source>
        <translation>Type de fichier inconnu « {extension} » : choisissez un fichier .csv, .ojf, .json, .mmd ou .mermaid.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="20"/>
        <source>The file holds more than {limit} notes; split it into several imports.</source>
        <translation>Le fichier contient plus de {limit} notes ; importez-le en plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="21"/>
        <source>Line {line}: the « {column} » cell is longer than {limit} characters.</source>
        <translation>Ligne {line} : la cellule « {column} » dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="22"/>
        <source>Line {line}: « {value} » is not a valid « {column} » ({expected}).</source>
        <translation>Ligne {line} : « {value} » n’est pas une valeur valide pour « {column} » ({expected}).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="23"/>
        <source>Line {line}: {count} cells, but the header has {expected}.</source>
        <translation>Ligne {line} : {count} cellules, alors que l’en-tête en a {expected}.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="24"/>
        <source>Line {line}: the file is not a valid CSV file (a quote is not closed?).</source>
        <translation>Ligne {line} : le fichier n’est pas un CSV valide (un guillemet n’est pas fermé ?).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="25"/>
        <source>The file holds nothing to import.</source>
        <translation>Le fichier ne contient rien à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="26"/>
        <source>The file is not valid JSON (line {line}).</source>
        <translation>Le fichier n’est pas un JSON valide (ligne {line}).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="27"/>
        <source>The file is not an OpenJourney (.ojf) file.</source>
        <translation>Le fichier n’est pas un fichier OpenJourney (.ojf).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="28"/>
        <source>The file is not a Mermaid « journey » diagram (it must start with « journey »).</source>
        <translation>Le fichier n’est pas un diagramme Mermaid « journey » (il doit commencer par « journey »).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="30"/>
        <source>Line {line}: « {value} » is not a line of a Mermaid journey.</source>
        <translation>Ligne {line} : « {value} » n’est pas une ligne de diagramme Mermaid « journey ».</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="31"/>
        <source>Line {line}: « {text} » has no {missing}; it was put in « To sort ».</source>
        <translation>Ligne {line} : « {text} » n’a pas de {missing} ; la note a été mise dans « À classer ».</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="32"/>
        <source>Node {line} was skipped (it has no title or is malformed).</source>
        <translation>Le nœud {line} a été ignoré (il n’a pas de titre ou il est mal formé).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="33"/>
        <source>Node {line}: the field « {column} » was ignored (invalid value).</source>
        <translation>Nœud {line} : le champ « {column} » a été ignoré (valeur non valide).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="34"/>
        <source>The field « {column} » of the file was too large to keep; it was left out.</source>
        <translation>Le champ « {column} » du fichier était trop grand pour être gardé ; il a été laissé de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="36"/>
        <source>Stage {line}: the field « {column} » was too large to keep; it was left out.</source>
        <translation>Étape {line} : le champ « {column} » était trop grand pour être gardé ; il a été laissé de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="38"/>
        <source>Swimlane {line}: the field « {column} » was too large to keep; it was left out.</source>
        <translation>Couloir {line} : le champ « {column} » était trop grand pour être gardé ; il a été laissé de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="40"/>
        <source>Stage {line} was skipped (it is not an object with a name).</source>
        <translation>L’étape {line} a été ignorée (ce n’est pas un objet avec un nom).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="41"/>
        <source>Swimlane {line} was skipped (it is not an object with a name).</source>
        <translation>Le couloir {line} a été ignoré (ce n’est pas un objet avec un nom).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="42"/>
        <source>Line {line}: the score « {value} » is not a whole number from 1 to 5; it was read as {score}, as Mermaid draws it (the file&apos;s score is kept for the export).</source>
        <translation>Ligne {line} : le score « {value} » n’est pas un nombre entier de 1 à 5 ; il a été lu comme {score}, comme Mermaid le dessine (le score du fichier est gardé pour l’export).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="45"/>
        <source>{count} comments of the diagram, from line {line}, were not kept (a journey has no place for them).</source>
        <translation>{count} commentaires du diagramme, à partir de la ligne {line}, n’ont pas été gardés (un parcours n’a pas de place pour eux).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="47"/>
        <source>Fields unknown to the OpenJourney format were ignored: {names}.</source>
        <translation>Des champs inconnus du format OpenJourney ont été ignorés : {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="48"/>
        <source>Line {line}: the values of a row without a text were ignored.</source>
        <translation>Ligne {line} : les valeurs d’une ligne sans texte ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="49"/>
        <source>Column {line}: a stage without a name was called « {value} ».</source>
        <translation>Colonne {line} : une étape sans nom a été appelée « {value} ».</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="50"/>
        <source>Line {line}: a channel without a name was called « {value} ».</source>
        <translation>Ligne {line} : un canal sans nom a été appelé « {value} ».</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="51"/>
        <source>{count} notes of « {journey} » waiting in « To sort » were not exported ({format} needs a stage).</source>
        <translation>{count} notes de « {journey} » en attente dans « À classer » n’ont pas été exportées ({format} exige une étape).</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="53"/>
        <source>{count} empty notes of « {journey} » were not exported.</source>
        <translation>{count} notes vides de « {journey} » n’ont pas été exportées.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="54"/>
        <source>{count} texts of « {journey} » held characters Mermaid cannot show ({characters}); they were replaced by look-alikes.</source>
        <translation>{count} textes de « {journey} » contenaient des caractères que Mermaid ne peut pas afficher ({characters}) ; ils ont été remplacés par des caractères semblables.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="56"/>
        <source>The PDF font lacks these characters, printed as �: {characters}.</source>
        <translation>La police du PDF n’a pas ces caractères, imprimés « � » : {characters}.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="57"/>
        <source>« {journey} » does not fit legibly on one {paper} page: split into {count} pages of stages.</source>
        <translation>« {journey} » ne tient pas lisiblement sur une page {paper} : découpé en {count} pages d’étapes.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="59"/>
        <source>« {journey} » is too tall to be legible on {paper} pages, even one stage per page: printed as a poster in tiles.</source>
        <translation>« {journey} » est trop haut pour rester lisible sur des pages {paper}, même à une étape par page : imprimé en affiche, en panneaux.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="61"/>
        <source>« {journey} » fills one {paper} page, at {percent} % of full size.</source>
        <translation>« {journey} » occupe une page {paper}, à {percent} % de la taille réelle.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="62"/>
        <source>« {journey} » printed as a poster on {columns} × {rows} {paper} pages, at {percent} % of full size.</source>
        <translation>« {journey} » imprimé en affiche sur {columns} × {rows} pages {paper}, à {percent} % de la taille réelle.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="64"/>
        <source>Texts too long for the appendix pages were shortened, marked « … » ({count} in all); the project keeps them whole.</source>
        <translation>Des textes trop longs pour les annexes ont été raccourcis, signalés par « … » ({count} en tout) ; le projet les garde en entier.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="66"/>
        <source>The photo of « {persona} » is not an image that can be read safely; its card shows initials.</source>
        <translation>La photo de « {persona} » n’est pas une image lisible sans risque ; sa fiche affiche ses initiales.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="68"/>
        <source>« {journey} » would need more than {limit} {paper} pages as a legible poster: printed on {columns} × {rows} pages at {percent} % of full size, too small to read in places.</source>
        <translation>« {journey} » demanderait plus de {limit} pages {paper} pour une affiche lisible : imprimé sur {columns} × {rows} pages à {percent} % de la taille réelle, trop petit par endroits pour être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="71"/>
        <source>Notes too long for the map were shortened, marked « … » ({count} in all); the project keeps them whole.</source>
        <translation>Les notes trop longues pour la carte ont été raccourcies, marquées « … » ({count} en tout) ; le projet les garde entières.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="73"/>
        <source>The file holds more than {limit} journeys, the most a project can hold.</source>
        <translation>Le fichier contient plus de {limit} parcours, le maximum d’un projet.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="75"/>
        <source>« {journey} » has more than {limit} stages, the most a journey can hold.</source>
        <translation>« {journey} » a plus de {limit} étapes, le maximum d’un parcours.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="77"/>
        <source>« {journey} » has more than {limit} channels, the most a journey can hold.</source>
        <translation>« {journey} » a plus de {limit} canaux, le maximum d’un parcours.</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="85"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="85"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="86"/>
        <source>lane</source>
        <translation>couloir</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="87"/>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="88"/>
        <source>current, target, existant or cible</source>
        <translation>current, target, existant ou cible</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="89"/>
        <source>before, purchase, after, avant, achat or après</source>
        <translation>before, purchase, after, avant, achat ou après</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="90"/>
        <source>enchantement, neutre, irritant, rupture or empty</source>
        <translation>enchantement, neutre, irritant, rupture ou vide</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="91"/>
        <source>1 or 0, oui or non</source>
        <translation>1 ou 0, oui ou non</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="92"/>
        <source>a whole number from -2 to 2, or empty</source>
        <translation>un nombre entier de -2 à 2, ou vide</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="93"/>
        <source>a whole number from 0</source>
        <translation>un nombre entier à partir de 0</translation>
    </message>
    <message>
        <location filename="../../ui/files/problem_messages.py" line="94"/>
        <source>a whole number from 1 to 5</source>
        <translation>un nombre entier de 1 à 5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/problem_messages.py" line="117"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="25"/>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Tableur, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="26"/>
        <source>OpenJourney (*.ojf *.json)</source>
        <translation>OpenJourney (*.ojf *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="27"/>
        <source>Mermaid journey diagram (*.mmd *.mermaid)</source>
        <translation>Diagramme Mermaid journey (*.mmd *.mermaid)</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="32"/>
        <source>Journeys from other tools (*.csv *.ojf *.json *.mmd *.mermaid)</source>
        <translation>Parcours d’autres outils (*.csv *.ojf *.json *.mmd *.mermaid)</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="47"/>
        <source>« %1 » was not imported: %2</source>
        <translation>« %1 » n’a pas été importé : %2</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="51"/>
        <source>« %1 » could not be read.</source>
        <translation>Impossible de lire « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="55"/>
        <source>Import « %1 »</source>
        <translation>Importer « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="59"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/import_export.py" line="70"/>
        <source>%n note(s) imported from « %1 »</source>
        <translation>
            <numerusform>%n note importée depuis « %1 »</numerusform>
            <numerusform>%n notes importées depuis « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/import_export.py" line="110"/>
        <source>%n journey(s) exported to « %1 ».</source>
        <translation>
            <numerusform>%n parcours exporté vers « %1 ».</numerusform>
            <numerusform>%n parcours exportés vers « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/import_export.py" line="161"/>
        <source>PDF saved to « %1 »: %n page(s).</source>
        <translation>
            <numerusform>PDF enregistré dans « %1 » : %n page.</numerusform>
            <numerusform>PDF enregistré dans « %1 » : %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/import_export.py" line="73"/>
        <source>new journey: %1</source>
        <translation>
            <numerusform>nouveau parcours : %1</numerusform>
            <numerusform>nouveaux parcours : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/import_export.py" line="76"/>
        <source>added to: %1</source>
        <translation>
            <numerusform>ajoutées à : %1</numerusform>
            <numerusform>ajoutées à : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="79"/>
        <source>%1 stages and %2 channels created</source>
        <translation>%1 étapes et %2 canaux créés</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="107"/>
        <location filename="../../ui/files/import_export.py" line="155"/>
        <source>The export to « %1 » failed; nothing was written.</source>
        <translation>L’exportation vers « %1 » a échoué ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="113"/>
        <location filename="../../ui/files/import_export.py" line="164"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="144"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/files/import_export.py" line="147"/>
        <source>Exporting the PDF…</source>
        <translation>Exportation du PDF…</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../ui/window/info_bar.py" line="24"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>JourneyEditing</name>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="75"/>
        <source>Rename the stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="75"/>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="76"/>
        <source>Insert a stage before</source>
        <translation>Insérer une étape avant</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="76"/>
        <source>Insert a stage after</source>
        <translation>Insérer une étape après</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="77"/>
        <source>Delete the stage…</source>
        <translation>Supprimer l’étape…</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="78"/>
        <source>Rename the channel</source>
        <translation>Renommer le canal</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="78"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="79"/>
        <source>Insert a channel above</source>
        <translation>Insérer un canal au-dessus</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="79"/>
        <source>Insert a channel below</source>
        <translation>Insérer un canal en dessous</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="80"/>
        <source>Delete the channel…</source>
        <translation>Supprimer le canal…</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="100"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="103"/>
        <source>Edit a note</source>
        <translation>Modifier une note</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="108"/>
        <source>Edit notes</source>
        <translation>Modifier des notes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="111"/>
        <source>Move notes</source>
        <translation>Déplacer des notes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="116"/>
        <source>Delete notes</source>
        <translation>Supprimer des notes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="121"/>
        <source>Duplicate notes</source>
        <translation>Dupliquer des notes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="128"/>
        <source>Evaluate notes</source>
        <translation>Évaluer des notes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="134"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="140"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="142"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="158"/>
        <location filename="../../ui/canvas/journey_editing.py" line="159"/>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="174"/>
        <source>Write in the first person</source>
        <translation>Écrire à la première personne</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="185"/>
        <source>Cut notes</source>
        <translation>Couper des notes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="200"/>
        <source>The clipboard holds nothing that can be pasted as notes.</source>
        <translation>Le presse-papiers ne contient rien qui puisse être collé comme notes.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="202"/>
        <source>Paste notes</source>
        <translation>Coller des notes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="211"/>
        <location filename="../../ui/canvas/journey_editing.py" line="221"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="244"/>
        <source>Reorder</source>
        <translation>Réordonner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canvas/journey_editing.py" line="258"/>
        <source>« %1 » holds %n note(s). Where should they go?</source>
        <translation>
            <numerusform>« %1 » contient %n note. Où faut-il la mettre ?</numerusform>
            <numerusform>« %1 » contient %n notes. Où faut-il les mettre ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="267"/>
        <source>Change the phase</source>
        <translation>Changer la phase</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_editing.py" line="281"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>JourneyMenu</name>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="39"/>
        <source>&amp;New journey…</source>
        <translation>&amp;Nouveau parcours…</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="40"/>
        <source>Create the &amp;target journey</source>
        <translation>Créer le parcours &amp;cible</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="41"/>
        <source>&amp;Compare with current journey</source>
        <translation>&amp;Comparer avec le parcours existant</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="43"/>
        <source>&amp;Rename journey…</source>
        <translation>&amp;Renommer le parcours…</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="44"/>
        <source>Dupli&amp;cate journey</source>
        <translation>Dupli&amp;quer le parcours</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="45"/>
        <source>De&amp;lete journey…</source>
        <translation>Su&amp;pprimer le parcours…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/journey_labels.py" line="34"/>
        <source>Target journey, derived from « %1 »</source>
        <translation>Parcours cible, issu de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/grid_item.py" line="248"/>
        <location filename="../../ui/widgets/journey_labels.py" line="36"/>
        <source>Target journey</source>
        <translation>Parcours cible</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/journey_labels.py" line="38"/>
        <location filename="../../ui/window/journey_menu.py" line="105"/>
        <source>Current journey</source>
        <translation>Parcours existant</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="104"/>
        <location filename="../../ui/window/journey_menu.py" line="116"/>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="104"/>
        <source>Name of the new journey:</source>
        <translation>Nom du nouveau parcours :</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="125"/>
        <location filename="../../ui/window/journey_menu.py" line="129"/>
        <source>Create the target journey</source>
        <translation>Créer le parcours cible</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="126"/>
        <source>Name of the target journey:</source>
        <translation>Nom du parcours cible :</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="135"/>
        <location filename="../../ui/window/journey_menu.py" line="139"/>
        <source>Rename journey</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="135"/>
        <source>New name of the journey:</source>
        <translation>Nouveau nom du parcours :</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="145"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="146"/>
        <source>Duplicate journey</source>
        <translation>Dupliquer le parcours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/journey_menu.py" line="154"/>
        <source>Delete the journey « %1 » and its %n note(s)? Edit › Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer le parcours « %1 » et sa note ? Édition › Annuler le fait revenir.</numerusform>
            <numerusform>Supprimer le parcours « %1 » et ses %n notes ? Édition › Annuler le fait revenir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="157"/>
        <source>Delete the journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <location filename="../../ui/window/journey_menu.py" line="159"/>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <location filename="../../ui/canvas/grid_item.py" line="216"/>
        <source>To sort — notes not placed yet</source>
        <translation>À classer — notes pas encore placées</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/journey_scene.py" line="91"/>
        <source>Double-click, N, or Ctrl+V to paste lines: a note here</source>
        <translation>Double-clic, N, ou Ctrl+V pour coller des lignes : une note ici</translation>
    </message>
</context>
<context>
    <name>JourneyTabs</name>
    <message>
        <location filename="../../ui/widgets/journey_labels.py" line="23"/>
        <location filename="../../ui/window/journey_menu.py" line="123"/>
        <source>current</source>
        <translation>existant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/journey_labels.py" line="25"/>
        <location filename="../../ui/window/journey_menu.py" line="123"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="41"/>
        <source>Customer goal</source>
        <translation>Objectif client</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="42"/>
        <source>Nominal duration</source>
        <translation>Durée nominale</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="43"/>
        <source>KPIs</source>
        <translation>Indicateurs (KPI)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="44"/>
        <source>Listening devices</source>
        <translation>Dispositifs d’écoute</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="45"/>
        <source>Departments involved</source>
        <translation>Services concernés</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="46"/>
        <source>Emotion curve</source>
        <translation>Courbe des émotions</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="96"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="98"/>
        <source>alert %1</source>
        <translation>alerte %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="274"/>
        <source>mean of the notes</source>
        <translation>moyenne des notes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="275"/>
        <source>value set by hand</source>
        <translation>valeur saisie</translation>
    </message>
</context>
<context>
    <name>LanesMenu</name>
    <message>
        <location filename="../../ui/stage_details/lanes_menu.py" line="24"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Bandeaux</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/lanes_menu.py" line="33"/>
        <source>Show &amp;all the lanes</source>
        <translation>&amp;Afficher tous les bandeaux</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/lanes_menu.py" line="34"/>
        <source>&amp;Hide all the lanes</source>
        <translation>&amp;Masquer tous les bandeaux</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/lanes_menu.py" line="54"/>
        <source>Hidden until a note or a stage has an emotion</source>
        <translation>Masquée tant qu’aucune note ni étape n’a d’émotion</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/lanes_menu.py" line="68"/>
        <source>The emotion curve shows as soon as a note or a stage has an emotion.</source>
        <translation>La courbe des émotions s’affiche dès qu’une note ou une étape a une émotion.</translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="49"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="50"/>
        <source>Heatmaps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="51"/>
        <source>Omnichannel data</source>
        <translation>Données omnicanales</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/lanes_item.py" line="52"/>
        <source>Qualitative interviews</source>
        <translation>Entretiens qualitatifs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="253"/>
        <source>Journey map</source>
        <translation>Cartographie du parcours</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="95"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="267"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="273"/>
        <source>« %1 » had been changed elsewhere since you opened it: that version is kept as « %2 », and yours was saved.</source>
        <translation>« %1 » avait été modifié ailleurs depuis son ouverture : cette version est conservée sous « %2 », et la vôtre a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="412"/>
        <source>Unsaved changes from your last session were restored.</source>
        <translation>Les modifications non enregistrées de votre dernière session ont été restaurées.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="413"/>
        <source>Revert to the saved version</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="415"/>
        <source>This never-saved project was restored from your last session.</source>
        <translation>Ce projet jamais enregistré a été restauré depuis votre dernière session.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="418"/>
        <source>The file was changed elsewhere since your last session: it is shown as it is now, and your unsaved changes were kept in %1.</source>
        <translation>Le fichier a été modifié ailleurs depuis votre dernière session&#xa0;: il est affiché tel qu’il est maintenant, et vos modifications non enregistrées ont été conservées dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="421"/>
        <source>This project file had damaged indexes; they were rebuilt in your copy and the next save writes the repaired project (a copy of the original was kept).</source>
        <translation>Les index de ce fichier projet étaient abîmés ; ils ont été reconstruits dans votre copie et le prochain enregistrement écrit le projet réparé (une copie de l’original a été conservée).</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="425"/>
        <source>This project comes from an older version of CJM Desktop; it will be saved in the new format (a copy of the original was kept).</source>
        <translation>Ce projet vient d’une version antérieure de CJM Desktop&#x202f;; il sera enregistré au nouveau format (une copie de l’original a été conservée).</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="442"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="444"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="457"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="458"/>
        <source>%n pain point(s) or breaking point(s)</source>
        <translation>
            <numerusform>%n irritant ou point de rupture</numerusform>
            <numerusform>%n irritants ou points de rupture</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="460"/>
        <source>%1 not in the first person</source>
        <translation>%1 pas à la première personne</translation>
    </message>
</context>
<context>
    <name>MapImage</name>
    <message numerus="yes">
        <location filename="../../ui/files/map_image.py" line="118"/>
        <source>selection of %n note(s)</source>
        <translation>
            <numerusform>sélection de %n note</numerusform>
            <numerusform>sélection de %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="139"/>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="140"/>
        <source>Delight</source>
        <translation>Enchantement</translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="141"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="142"/>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="143"/>
        <source>Breaking point</source>
        <translation>Point de rupture</translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="148"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="149"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="151"/>
        <source>Face down (not revealed yet)</source>
        <translation>Face cachée (pas encore révélée)</translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="192"/>
        <location filename="../../ui/files/map_image.py" line="243"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../ui/files/map_image.py" line="340"/>
        <source>This image would be %1 × %2 pixels, more than an image can hold (%3 pixels a side, %4 megapixels): choose a smaller width, or one stage or the selection.</source>
        <translation>Cette image ferait %1 × %2 pixels, plus qu’une image ne peut contenir (%3 pixels de côté, %4 mégapixels) : choisissez une largeur plus petite, ou une seule étape ou la sélection.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/document/messages.py" line="34"/>
        <source>This file is not a CJM Desktop project.</source>
        <translation>Ce fichier n’est pas un projet CJM Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="36"/>
        <source>This project file is damaged; it was left untouched.</source>
        <translation>Ce fichier de projet est endommagé&#x202f;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="38"/>
        <source>This project was made by a newer version of CJM Desktop (file format %1): please update CJM Desktop.</source>
        <translation>Ce projet a été créé par une version plus récente de CJM Desktop (format de fichier %1)&#xa0;: mettez CJM Desktop à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="42"/>
        <source>This file is too large to be a project (%1 MB; the limit is %2 MB).</source>
        <translation>Ce fichier est trop volumineux pour être un projet (%1&#xa0;Mo&#x202f;; la limite est de %2&#xa0;Mo).</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="45"/>
        <source>This project file holds unexpected content; it was left untouched.</source>
        <translation>Ce fichier de projet contient des données inattendues&#x202f;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="48"/>
        <source>This project is already open for editing in another CJM Desktop window.</source>
        <translation>Ce projet est déjà ouvert en modification dans une autre fenêtre de CJM Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="51"/>
        <source>This change was refused; the project is unchanged.</source>
        <translation>Cette modification a été refusée&#x202f;; le projet est inchangé.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="53"/>
        <source>This change could not be written to your data folder (is the disk full?); the project is as it was before it.</source>
        <translation>Cette modification n’a pas pu être écrite dans votre dossier de données (disque plein ?) ; le projet est resté tel qu’il était.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="58"/>
        <source>The operation failed.</source>
        <translation>L’opération a échoué.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="62"/>
        <source>« %1 » is open in CJM Desktop by %2 on %3 since %4.</source>
        <translation>« %1 » est ouvert dans CJM Desktop par %2 sur %3 depuis %4.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="63"/>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="69"/>
        <source>« %1 » cannot be written (a read-only file, folder or drive): save the project under another name; your changes are kept safe in the working copy.</source>
        <translation>« %1 » ne peut pas être écrit (fichier, dossier ou disque en lecture seule) : enregistrez le projet sous un autre nom ; vos modifications sont en sécurité dans la copie de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="72"/>
        <source>The project could not be saved; your changes are kept safe in the working copy.</source>
        <translation>Le projet n’a pas pu être enregistré&#x202f;; vos modifications sont en sécurité dans la copie de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="78"/>
        <source>The file could not be opened because of an unexpected error.</source>
        <translation>Le fichier n’a pas pu être ouvert à cause d’une erreur inattendue.</translation>
    </message>
    <message>
        <location filename="../../ui/document/messages.py" line="85"/>
        <source>This change failed because of an unexpected error; the project is as it was before it.</source>
        <translation>Cette modification a échoué à cause d’une erreur inattendue ; le projet est resté tel qu’il était.</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <location filename="../../ui/canvas/note_item.py" line="166"/>
        <source>Face down: the room sees a blank card until the note is revealed (Edit › Reveal all the notes).</source>
        <translation>Face cachée : la salle voit une carte blanche jusqu’à ce que la note soit révélée (Édition › Révéler toutes les notes).</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_item.py" line="172"/>
        <source>Not written in the first person: a touchpoint is said by the customer (“I compare the offers”). Right-click › Write in the first person, or fix it in the properties panel.</source>
        <translation>Pas écrit à la première personne : un point de contact se dit avec les mots du client (« Je compare les offres »). Clic droit › Écrire à la première personne, ou corrigez-le dans le panneau des propriétés.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/note_item.py" line="231"/>
        <source>face down</source>
        <translation>face cachée</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="37"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="40"/>
        <location filename="../../ui/widgets/date_edit.py" line="41"/>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>ParticipationDock</name>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="46"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="47"/>
        <source>Participation &amp;panel</source>
        <translation>&amp;Panneau de participation</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="52"/>
        <source>Participation &amp;open</source>
        <translation>Participation &amp;ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="54"/>
        <source>Open or close participation from phones</source>
        <translation>Ouvrir ou fermer la participation depuis les téléphones</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="56"/>
        <source>&amp;QR code on the projector</source>
        <translation>&amp;QR code au projecteur</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="62"/>
        <source>Pa&amp;rticipation</source>
        <translation>Part&amp;icipation</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="125"/>
        <source>Participation could not open on %1: another program may use it, or the network is gone.</source>
        <translation>La participation n’a pas pu s’ouvrir sur %1 : un autre programme l’utilise peut-être, ou le réseau a disparu.</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="138"/>
        <source>Remove « %1 »? Their phone can send nothing more; their notes stay in the map.</source>
        <translation>Retirer « %1 » ? Son téléphone ne pourra plus rien envoyer ; ses notes restent sur la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="140"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_dock.py" line="155"/>
        <source>Participation is open: %1</source>
        <translation>Participation ouverte : %1</translation>
    </message>
</context>
<context>
    <name>ParticipationPanel</name>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="58"/>
        <source>Network the phones use</source>
        <translation>Réseau des téléphones</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="59"/>
        <source>The network the participants&apos; phones are on: the room&apos;s Wi-Fi or this computer&apos;s hotspot (the loopback is for this computer only)</source>
        <translation>Le réseau où sont les téléphones des participants : le Wi-Fi de la salle ou le point d’accès de cet ordinateur (la boucle locale ne sert qu’à cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="61"/>
        <location filename="../../ui/participation/participation_panel.py" line="140"/>
        <source>Open participation</source>
        <translation>Ouvrir la participation</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="66"/>
        <source>Join URL</source>
        <translation>Adresse pour rejoindre</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="67"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="68"/>
        <source>Copy the join URL</source>
        <translation>Copier l’adresse pour rejoindre</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="70"/>
        <source>Moderate: each note waits for my approval</source>
        <translation>Modérer : chaque note attend mon accord</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="74"/>
        <location filename="../../ui/participation/participation_panel.py" line="80"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="74"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="74"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="75"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="76"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="77"/>
        <source>This phone can send nothing more (its notes stay in the map)</source>
        <translation>Ce téléphone ne peut plus rien envoyer (ses notes restent sur la carte)</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="79"/>
        <source>Waiting for approval</source>
        <translation>En attente d’accord</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="80"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="80"/>
        <source>Notes waiting for approval</source>
        <translation>Notes en attente d’accord</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="81"/>
        <source>Approve</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="82"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="89"/>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="137"/>
        <source>Participation is closed. Open it: participants scan the QR code and write their notes and cast their dots from their phones, on this room&apos;s network, with no internet and no account.</source>
        <translation>La participation est fermée. Ouvrez-la : les participants scannent le QR code, écrivent leurs notes et posent leurs gommettes depuis leur téléphone, sur le réseau de la salle, sans internet ni compte.</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="148"/>
        <source>Participation is open on %1: phones on this network join by scanning the QR code.</source>
        <translation>La participation est ouverte sur %1 : les téléphones de ce réseau rejoignent en scannant le QR code.</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="150"/>
        <source>Close participation</source>
        <translation>Fermer la participation</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="165"/>
        <source>%1 (removed)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="193"/>
        <source>Participants: %1 · notes received: %2</source>
        <translation>Participants : %1 · notes reçues : %2</translation>
    </message>
    <message>
        <location filename="../../ui/participation/participation_panel.py" line="195"/>
        <source>waiting: %1</source>
        <translation>en attente : %1</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="49"/>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="53"/>
        <source>All the journeys</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="54"/>
        <source>The current journeys</source>
        <translation>Les parcours existants</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="56"/>
        <source>The target journeys</source>
        <translation>Les parcours cibles</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="59"/>
        <source>This journey: « %1 »</source>
        <translation>Ce parcours : « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="64"/>
        <source>One page per journey, split if needed to stay legible</source>
        <translation>Une page par parcours, découpée si nécessaire pour rester lisible</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="65"/>
        <source>Poster in tiles to assemble, notes near full size</source>
        <translation>Affiche en panneaux à assembler, notes presque en taille réelle</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="70"/>
        <source>Cover page and table of contents</source>
        <translation>Page de garde et sommaire</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="73"/>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="74"/>
        <source>Paper (landscape)</source>
        <translation>Format (paysage)</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="75"/>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="76"/>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../ui/files/pdf_dialog.py" line="82"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files/pdf_dialog.py" line="113"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="78"/>
        <source>%1 years old</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="101"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="101"/>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="102"/>
        <source>Habits</source>
        <translation>Habitudes</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="107"/>
        <source>Journeys: %1</source>
        <translation>Parcours : %1</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="45"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="45"/>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="48"/>
        <source>e.g. Camille, young working mother</source>
        <translation>ex. Camille, jeune maman active</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="52"/>
        <source> years old</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="58"/>
        <source>What this persona would say, in the first person</source>
        <translation>Ce que dirait ce persona, à la première personne</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="66"/>
        <source>Choose a photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="67"/>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="86"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="87"/>
        <source>&amp;Age</source>
        <translation>&amp;Âge</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="88"/>
        <source>&amp;Occupation</source>
        <translation>&amp;Profession</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="89"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="90"/>
        <source>&amp;Quote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="91"/>
        <source>&amp;Goals</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="92"/>
        <source>&amp;Frustrations</source>
        <translation>&amp;Frustrations</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="93"/>
        <source>&amp;Habits</source>
        <translation>&amp;Habitudes</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_dialog.py" line="178"/>
        <source>This persona cannot be kept as it is: a text is too long. Please shorten it.</source>
        <translation>Ce persona ne peut pas être gardé tel quel : un texte est trop long. Raccourcissez-le.</translation>
    </message>
</context>
<context>
    <name>PersonaPhoto</name>
    <message>
        <location filename="../../ui/personas/persona_photo.py" line="84"/>
        <source>This photo is larger than %1 MB; choose a smaller one.</source>
        <translation>Cette photo dépasse %1 Mo ; choisissez-en une plus légère.</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_photo.py" line="87"/>
        <source>This photo has too many pixels (at most %1 × %1); choose a smaller one.</source>
        <translation>Cette photo a trop de pixels (au plus %1 × %1) ; choisissez-en une plus petite.</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_photo.py" line="90"/>
        <source>This photo is damaged and cannot be shown; choose another one.</source>
        <translation>Cette photo est endommagée et ne peut pas être affichée ; choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../ui/personas/persona_photo.py" line="91"/>
        <source>This file is not a photo CJM Desktop can use (PNG, JPEG, GIF or WebP).</source>
        <translation>Ce fichier n’est pas une photo utilisable par CJM Desktop (PNG, JPEG, GIF ou WebP).</translation>
    </message>
</context>
<context>
    <name>PersonasDock</name>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="30"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/journey_labels.py" line="40"/>
        <source>Persona: %1</source>
        <translation>Persona : %1</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="78"/>
        <source>Add the persona « %1 »</source>
        <translation>Ajouter le persona « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="88"/>
        <source>Edit the persona « %1 »</source>
        <translation>Modifier le persona « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="96"/>
        <source>Delete the persona « %1 »</source>
        <translation>Supprimer le persona « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="100"/>
        <source>Reorder the personas</source>
        <translation>Réordonner les personas</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="111"/>
        <source>No persona</source>
        <translation>Aucun persona</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="119"/>
        <source>Manage the personas…</source>
        <translation>Gérer les personas…</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_dock.py" line="126"/>
        <source>Set the persona of « %1 »</source>
        <translation>Choisir le persona de « %1 »</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="141"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="142"/>
        <location filename="../../ui/personas/personas_panel.py" line="204"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="143"/>
        <location filename="../../ui/personas/personas_panel.py" line="210"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="148"/>
        <source>No persona yet. A journey map is made for one persona: add the 2 or 3 customers the workshop will think about.</source>
        <translation>Aucun persona pour l’instant. Une carte se fait pour un persona : ajoutez les 2 ou 3 clients auxquels l’atelier va penser.</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="205"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/personas/personas_panel.py" line="206"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../ui/canvas/palette.py" line="17"/>
        <source>Before the purchase</source>
        <translation>Avant l’achat</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/palette.py" line="18"/>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/palette.py" line="19"/>
        <source>After the purchase</source>
        <translation>Après l’achat</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/palette.py" line="20"/>
        <source>No phase</source>
        <translation>Sans phase</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="52"/>
        <source>Frictions</source>
        <translation>Frictions</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="53"/>
        <source>Action plan</source>
        <translation>Plan d’actions</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="55"/>
        <source>Create an action…</source>
        <translation>Créer une action…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="269"/>
        <source>Unlink a note</source>
        <translation>Délier une note</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="229"/>
        <source>Edit a friction</source>
        <translation>Modifier une friction</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="229"/>
        <source>Edit an action</source>
        <translation>Modifier une action</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="240"/>
        <location filename="../../ui/plan/plan_controller.py" line="248"/>
        <source>Create an action</source>
        <translation>Créer une action</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="240"/>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="258"/>
        <source>Delete actions</source>
        <translation>Supprimer des actions</translation>
    </message>
    <message>
        <location filename="../../ui/plan/plan_controller.py" line="264"/>
        <source>Link notes to an action</source>
        <translation>Lier des notes à une action</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/window/preferences_dialog.py" line="24"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/window/preferences_dialog.py" line="35"/>
        <source>The CJM_LANG environment variable is set: the app uses %1 whatever is chosen here.</source>
        <translation>La variable d&apos;environnement CJM_LANG est définie : l&apos;application utilise %1 quel que soit le choix fait ici.</translation>
    </message>
    <message>
        <location filename="../../ui/window/preferences_dialog.py" line="39"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/window/preferences_dialog.py" line="56"/>
        <source>The language of the window&apos;s texts and of the templates, stages, channels and agenda of new projects.</source>
        <translation>La langue des textes de la fenêtre, et des modèles, étapes, canaux et ordre du jour des nouveaux projets.</translation>
    </message>
    <message>
        <location filename="../../ui/window/preferences_dialog.py" line="59"/>
        <source>The new language takes effect at the next start of the app.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <location filename="../../ui/present/presentation_controller.py" line="34"/>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="33"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="37"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="37"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="38"/>
        <source>Smaller text (−, Ctrl+wheel)</source>
        <translation>Texte plus petit (−, Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="39"/>
        <source>Larger text (+, Ctrl+wheel)</source>
        <translation>Texte plus grand (+, Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="45"/>
        <source>← → stages · P phases · Home whole map · S spotlight · Esc leave</source>
        <translation>← → étapes · P phases · Début carte entière · S projecteur · Échap quitter</translation>
    </message>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="128"/>
        <source>The whole journey</source>
        <translation>Tout le parcours</translation>
    </message>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="130"/>
        <source>Stage %1 / %2 · %3</source>
        <translation>Étape %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="130"/>
        <source>Phase %1 / %2 · %3</source>
        <translation>Phase %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/present/presentation_window.py" line="134"/>
        <source>spotlight</source>
        <translation>projecteur</translation>
    </message>
</context>
<context>
    <name>ProjectSheetDialog</name>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="41"/>
        <source>Project sheet</source>
        <translation>Fiche projet</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="47"/>
        <source>The company or brand whose customers are mapped</source>
        <translation>L’entreprise ou la marque dont on cartographie les clients</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="49"/>
        <source>Why map these journeys: satisfaction, choosing a CRM, reasons for calling the contact centre…</source>
        <translation>Pourquoi cartographier ces parcours : satisfaction, choix d’un CRM, motifs d’appel au centre de contacts…</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="52"/>
        <source>No workshop date</source>
        <translation>Pas de date d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="55"/>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="65"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="66"/>
        <source>&amp;Organisation / brand</source>
        <translation>&amp;Organisation / marque</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="67"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="68"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="69"/>
        <source>Workshop date</source>
        <translation>Date de l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="70"/>
        <source>&amp;Facilitators</source>
        <translation>&amp;Animateurs</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="105"/>
        <source>This sheet cannot be kept as it is: a text is too long, or there are more than %1 facilitators. Please shorten it.</source>
        <translation>Cette fiche ne peut pas être gardée telle quelle : un texte est trop long, ou il y a plus de %1 animateurs. Raccourcissez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/window/project_sheet_dialog.py" line="124"/>
        <source>Edit the project sheet</source>
        <translation>Modifier la fiche projet</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="122"/>
        <source>This project has never been saved. Save it now? (If you do not, it stays in your data folder and the start page offers it again.)</source>
        <translation>Ce projet n’a jamais été enregistré. L’enregistrer maintenant&#x202f;? (Sinon, il reste dans votre dossier de données et la page d’accueil vous le proposera à nouveau.)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="127"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="128"/>
        <source>Keep it in the data folder</source>
        <translation>Garder dans le dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="129"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="138"/>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="142"/>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="153"/>
        <source>Import a journey</source>
        <translation>Importer un parcours</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="158"/>
        <source>Export the journeys</source>
        <translation>Exporter les parcours</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="183"/>
        <source>Move them to « %1 »</source>
        <translation>Les déplacer vers « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="185"/>
        <source>Move them to « To sort »</source>
        <translation>Les déplacer vers « À classer »</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="205"/>
        <source>Opening it read-only lets you look and save a copy under another name; two people saving the same file each keep their version, but their changes are not merged.</source>
        <translation>L&apos;ouvrir en lecture seule vous permet de le consulter et d&apos;en enregistrer une copie sous un autre nom ; si deux personnes enregistrent le même fichier, chacune garde sa version, mais leurs modifications ne sont pas fusionnées.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="208"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="209"/>
        <source>Open for editing anyway</source>
        <translation>Ouvrir en modification malgré tout</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="220"/>
        <source>If you close without saving, your changes stay in your data folder and come back the next time you open the project.</source>
        <translation>Si vous fermez sans enregistrer, vos modifications restent dans votre dossier de données et reviennent à la prochaine ouverture du projet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="224"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="225"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="235"/>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/prompts.py" line="236"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="105"/>
        <source>Select a note to see and edit its properties.</source>
        <translation>Sélectionnez une note pour voir et modifier ses propriétés.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="141"/>
        <source>Not evaluated</source>
        <translation>Sans évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="141"/>
        <source>Delight</source>
        <translation>Enchantement</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="142"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="142"/>
        <source>Pain point</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="143"/>
        <source>Breaking point</source>
        <translation>Point de rupture</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="146"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="148"/>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="44"/>
        <source>−2 Very negative</source>
        <translation>−2 Très négative</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="44"/>
        <source>−1 Negative</source>
        <translation>−1 Négative</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="45"/>
        <source>0 Neutral</source>
        <translation>0 Neutre</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="45"/>
        <source>+1 Positive</source>
        <translation>+1 Positive</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="46"/>
        <source>+2 Very positive</source>
        <translation>+2 Très positive</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="199"/>
        <source>A touchpoint reads best in the first person (“I …”).</source>
        <translation>Un point de contact se lit mieux à la première personne (« Je … »).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canvas/properties_panel.py" line="236"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="260"/>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="114"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="50"/>
        <source>Physical evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="51"/>
        <source>Onstage (visible)</source>
        <translation>Front-office (visible)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="52"/>
        <source>Backstage (invisible)</source>
        <translation>Back-office (invisible)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="53"/>
        <source>Support processes</source>
        <translation>Processus de support</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="54"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="116"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="118"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="119"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="120"/>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="121"/>
        <source>Said by (person or group)</source>
        <translation>Dit par (personne ou groupe)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="122"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="165"/>
        <source>One vote less in the direct entry</source>
        <translation>Un vote de moins en saisie directe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="166"/>
        <source>One vote more in the direct entry (V)</source>
        <translation>Un vote de plus en saisie directe (V)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="180"/>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="182"/>
        <source>The note&apos;s service blueprint, as the imported file gives it (read-only)</source>
        <translation>Le blueprint de service de la note, tel que le fichier importé le donne (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="245"/>
        <source>Texts differ</source>
        <translation>Textes différents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/canvas/properties_panel.py" line="277"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="341"/>
        <source>Direct entry</source>
        <translation>Saisie directe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="342"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="343"/>
        <source>%1: hidden until the reveal</source>
        <translation>%1 : caché jusqu’à la révélation</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="345"/>
        <source>No vote yet. Dots are cast in the « Dot voting » panel; − and + change the direct entry.</source>
        <translation>Aucun vote pour l’instant. Les gommettes se posent dans le panneau « Vote par gommettes » ; − et + changent la saisie directe.</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="102"/>
        <source>—  (mixed)</source>
        <translation>—  (valeurs différentes)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="264"/>
        <source>Nobody named</source>
        <translation>Personne de nommé</translation>
    </message>
    <message>
        <location filename="../../ui/canvas/properties_panel.py" line="304"/>
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../ui/participation/qr_panel.py" line="55"/>
        <source>QR code to join</source>
        <translation>QR code pour rejoindre</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../../ui/participation/qr_panel.py" line="111"/>
        <source>Join from your phone</source>
        <translation>Rejoignez depuis votre téléphone</translation>
    </message>
</context>
<context>
    <name>RecordingBar</name>
    <message>
        <location filename="../../ui/voting/recording_bar.py" line="34"/>
        <source>Click: +1 · Shift+click or right-click: −1 · Esc: stop</source>
        <translation>Clic : +1 · Maj+clic ou clic droit : −1 · Échap : terminer</translation>
    </message>
    <message>
        <location filename="../../ui/voting/recording_bar.py" line="37"/>
        <source>Previous participant (Page Up)</source>
        <translation>Participant précédent (Page préc.)</translation>
    </message>
    <message>
        <location filename="../../ui/voting/recording_bar.py" line="40"/>
        <source>Next participant (Page Down)</source>
        <translation>Participant suivant (Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../ui/voting/recording_bar.py" line="41"/>
        <source>Stop recording</source>
        <translation>Terminer la saisie</translation>
    </message>
</context>
<context>
    <name>RevealMenu</name>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="32"/>
        <source>&amp;Reveal all the notes</source>
        <translation>&amp;Révéler toutes les notes</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="34"/>
        <source>Reveal the &amp;cell</source>
        <translation>Révéler la &amp;case</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="36"/>
        <source>&amp;Turn face down / face up</source>
        <translation>Re&amp;tourner face cachée / visible</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="38"/>
        <source>Turn every face-down note of this journey face up</source>
        <translation>Retourner face visible toutes les notes face cachée de ce parcours</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="39"/>
        <source>Turn the selected notes face down (face up when all of them already are): the room sees blank cards (H)</source>
        <translation>Retourner les notes sélectionnées face cachée (face visible si elles le sont toutes déjà) : la salle voit des cartes blanches (H)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="71"/>
        <source>Reveal all the notes</source>
        <translation>Révéler toutes les notes</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="79"/>
        <source>Reveal the cell</source>
        <translation>Révéler la case</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="87"/>
        <source>No face-down note here.</source>
        <translation>Aucune note face cachée ici.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="99"/>
        <source>Turn face down</source>
        <translation>Retourner face cachée</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="99"/>
        <source>Turn face up</source>
        <translation>Retourner face visible</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="130"/>
        <source>1 note face down</source>
        <translation>1 note face cachée</translation>
    </message>
    <message>
        <location filename="../../ui/capture/reveal_menu.py" line="131"/>
        <source>%1 notes face down</source>
        <translation>%1 notes face cachée</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="61"/>
        <source>New voting session</source>
        <translation>Nouvelle session de vote</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="71"/>
        <source>The notes of the journey</source>
        <translation>Les notes du parcours</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="71"/>
        <source>The notes of some stages</source>
        <translation>Les notes de certaines étapes</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="72"/>
        <source>The frictions (pain points and breaking points)</source>
        <translation>Les frictions (irritants et points de rupture)</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="73"/>
        <source>The actions of the plan</source>
        <translation>Les actions du plan</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="79"/>
        <source>No cap</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="80"/>
        <location filename="../../ui/voting/session_dialog.py" line="204"/>
        <source>A participant may put several dots on the same note</source>
        <translation>Un participant peut mettre plusieurs gommettes sur la même note</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="81"/>
        <source>Live: counts shown as dots are cast</source>
        <translation>En direct : les totaux s’affichent au fil des votes</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="82"/>
        <source>At the end: counts hidden until « Reveal »</source>
        <translation>À la fin : totaux cachés jusqu’à « Révéler »</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="88"/>
        <source>Start the session</source>
        <translation>Lancer la session</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="97"/>
        <source>Just a count</source>
        <translation>Seulement un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="98"/>
        <source>Names, one per line</source>
        <translation>Des noms, un par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="107"/>
        <source>Marie
Paul
Groupe B</source>
        <translation>Marie
Paul
Groupe B</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="112"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="113"/>
        <source>Vote on</source>
        <translation>Voter sur</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="125"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="126"/>
        <source>Dots per participant</source>
        <translation>Gommettes par participant</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="127"/>
        <source>Most dots on one note</source>
        <translation>Plafond de gommettes par note</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="134"/>
        <source>Counts</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="186"/>
        <source>Give the session a name.</source>
        <translation>Donnez un nom à la session.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="188"/>
        <source>The project has no journey to vote on.</source>
        <translation>Le projet n’a aucun parcours sur lequel voter.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="190"/>
        <source>Tick the stages the room votes on.</source>
        <translation>Cochez les étapes sur lesquelles la salle vote.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="192"/>
        <source>Write the participants&apos; names, one per line.</source>
        <translation>Écrivez les noms des participants, un par ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="194"/>
        <source>A session holds at most %1 participants.</source>
        <translation>Une session compte au plus %1 participants.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="196"/>
        <source>A participant&apos;s name is too long.</source>
        <translation>Le nom d’un participant est trop long.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/session_dialog.py" line="203"/>
        <source>A participant may put several dots on the same action</source>
        <translation>Un participant peut mettre plusieurs gommettes sur la même action</translation>
    </message>
</context>
<context>
    <name>SnapshotsDock</name>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="53"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="54"/>
        <source>S&amp;napshots panel</source>
        <translation>Panneau des i&amp;nstantanés</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="61"/>
        <source>Ta&amp;ke a snapshot…</source>
        <translation>&amp;Prendre un instantané…</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="134"/>
        <source>The snapshot « %1 » is damaged: it can be neither compared, exported nor restored.</source>
        <translation>L’instantané « %1 » est endommagé : il ne peut être ni comparé, ni exporté, ni restauré.</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="157"/>
        <source>Snapshot %1</source>
        <translation>Instantané %1</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="158"/>
        <source>Take a snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="159"/>
        <source>Name of the snapshot (the project as it is now is kept in the file under this name):</source>
        <translation>Nom de l’instantané (le projet tel qu’il est maintenant est gardé dans le fichier sous ce nom) :</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="166"/>
        <source>Take the snapshot « %1 »</source>
        <translation>Prendre l’instantané « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/snapshots/snapshots_dock.py" line="170"/>
        <source>Snapshot « %1 » taken: %n note(s).</source>
        <translation>
            <numerusform>Instantané « %1 » pris : %n note.</numerusform>
            <numerusform>Instantané « %1 » pris : %n notes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="187"/>
        <source>No journey of the snapshot « %1 » exists any more: restore one as a new journey to see it.</source>
        <translation>Aucun parcours de l’instantané « %1 » n’existe plus : restaurez-en un comme nouveau parcours pour le voir.</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="217"/>
        <source>Restore as a new journey</source>
        <translation>Restaurer comme nouveau parcours</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="218"/>
        <source>Name of the new journey (a copy of « %1 » as the snapshot « %2 » holds it):</source>
        <translation>Nom du nouveau parcours (une copie de « %1 » tel que l’instantané « %2 » le garde) :</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="220"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="226"/>
        <source>Restore « %1 »</source>
        <translation>Restaurer « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="236"/>
        <source>Delete the snapshot « %1 » (%2)? Undo brings it back.</source>
        <translation>Supprimer l’instantané « %1 » (%2) ? Annuler le rétablit.</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="238"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_dock.py" line="243"/>
        <source>Delete the snapshot « %1 »</source>
        <translation>Supprimer l’instantané « %1 »</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="50"/>
        <source>Take a snapshot…</source>
        <translation>Prendre un instantané…</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="51"/>
        <source>Keep the whole project as it is now, inside the file, under a name</source>
        <translation>Garder tout le projet tel qu’il est maintenant, dans le fichier, sous un nom</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="54"/>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="54"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="57"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="62"/>
        <source>No snapshot yet. « Take a snapshot » keeps the project as it is now (« before the workshop », « end of the morning »), to compare, export or restore later.</source>
        <translation>Aucun instantané pour l’instant. « Prendre un instantané » garde le projet tel qu’il est maintenant (« avant l’atelier », « fin de matinée »), pour le comparer, l’exporter ou le restaurer plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="67"/>
        <source>Compare with now</source>
        <translation>Comparer avec maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="68"/>
        <source>The journey on screen as the snapshot holds it, beside the same journey now</source>
        <translation>Le parcours affiché tel que l’instantané le garde, à côté du même parcours maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="70"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="74"/>
        <source>Spreadsheet, OpenJourney or Mermaid…</source>
        <translation>Tableur, OpenJourney ou Mermaid…</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="76"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="79"/>
        <source>Restore as a new journey</source>
        <translation>Restaurer comme nouveau parcours</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="80"/>
        <source>Copy a journey of the snapshot into the project as a new journey; nothing of the current work is overwritten</source>
        <translation>Copier un parcours de l’instantané dans le projet comme nouveau parcours : rien du travail en cours n’est remplacé</translation>
    </message>
    <message>
        <location filename="../../ui/snapshots/snapshots_panel.py" line="88"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/snapshots/snapshots_panel.py" line="125"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageDock</name>
    <message>
        <location filename="../../ui/stage_details/stage_dock.py" line="32"/>
        <source>Stage details</source>
        <translation>Détails de l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_dock.py" line="33"/>
        <source>S&amp;tage details panel</source>
        <translation>Panneau des dé&amp;tails d’étape</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="58"/>
        <source>Click a cell, a note or a stage header to see the details of its stage.</source>
        <translation>Cliquez sur une case, une note ou un en-tête d’étape pour voir les détails de son étape.</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="66"/>
        <source>Customer goal</source>
        <translation>Objectif client</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="67"/>
        <source>Nominal duration</source>
        <translation>Durée nominale</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="68"/>
        <source>KPIs</source>
        <translation>Indicateurs (KPI)</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="69"/>
        <source>Listening devices</source>
        <translation>Dispositifs d’écoute</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="70"/>
        <source>Departments involved</source>
        <translation>Services concernés</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="71"/>
        <source>Emotion on the curve</source>
        <translation>Émotion sur la courbe</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="87"/>
        <source>What the customer wants at this stage</source>
        <translation>Ce que veut le client à cette étape</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="89"/>
        <source>e.g. 2 to 3 days</source>
        <translation>ex. 2 à 3 jours</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="91"/>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="91"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="91"/>
        <source>Alert threshold</source>
        <translation>Seuil d’alerte</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="98"/>
        <location filename="../../ui/stage_details/stage_panel.py" line="264"/>
        <source>Add a KPI</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="99"/>
        <source>Remove the KPI</source>
        <translation>Retirer l’indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="111"/>
        <source>Other devices, separated by commas</source>
        <translation>Autres dispositifs, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="119"/>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="158"/>
        <source>Stage « %1 » · %2</source>
        <translation>Étape « %1 » · %2</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="180"/>
        <source>Derived from the notes (mean %1)</source>
        <translation>Déduite des notes (moyenne %1)</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="179"/>
        <source>Derived from the notes (none has an emotion)</source>
        <translation>Déduite des notes (aucune n’a d’émotion)</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="227"/>
        <source>Edit the stage details</source>
        <translation>Modifier les détails de l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="246"/>
        <source>Set the stage emotion</source>
        <translation>Fixer l’émotion de l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="258"/>
        <source>Edit a KPI</source>
        <translation>Modifier un indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="264"/>
        <source>New KPI</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/stage_details/stage_panel.py" line="275"/>
        <source>Delete a KPI</source>
        <translation>Supprimer un indicateur</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/window/start_page.py" line="55"/>
        <source>Customer journey mapping</source>
        <translation>Cartographie des parcours clients</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="57"/>
        <source>Start a new map from a template, or open a project.</source>
        <translation>Commencez une nouvelle cartographie à partir d’un modèle, ou ouvrez un projet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/start_page.py" line="64"/>
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="86"/>
        <source>Open an example</source>
        <translation>Ouvrir un exemple</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="88"/>
        <source>A workshop already filled in: 8 stages, 7 channels, evaluated notes, emotions and votes, to look around before starting your own.</source>
        <translation>Un atelier déjà rempli : 8 étapes, 7 canaux, des notes évaluées, des émotions et des votes, pour découvrir l’application avant de commencer le vôtre.</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="96"/>
        <source>No recent project yet.</source>
        <translation>Aucun projet récent pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="113"/>
        <source>NEW MAP</source>
        <translation>NOUVELLE CARTOGRAPHIE</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="117"/>
        <source>RECENT PROJECTS</source>
        <translation>PROJETS RÉCENTS</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="141"/>
        <source>Unsaved project — last edited %1</source>
        <translation>Projet non enregistré — modifié le %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="83"/>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../ui/agenda/step_editor.py" line="40"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/step_editor.py" line="50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/step_editor.py" line="51"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/step_editor.py" line="52"/>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/step_editor.py" line="53"/>
        <source>Stages</source>
        <translation>Étapes du parcours</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/step_editor.py" line="54"/>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/step_editor.py" line="85"/>
        <source>No journey</source>
        <translation>Aucun parcours</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <location filename="../../ui/timer/timer_bar.py" line="88"/>
        <source>No step in progress</source>
        <translation>Aucune étape en cours</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_bar.py" line="100"/>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_bar.py" line="102"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_bar.py" line="102"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_bar.py" line="104"/>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
</context>
<context>
    <name>TimerMenu</name>
    <message>
        <location filename="../../ui/timer/timer_menu.py" line="20"/>
        <source>&amp;Timer</source>
        <translation>&amp;Minuteur</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_menu.py" line="22"/>
        <location filename="../../ui/timer/timer_menu.py" line="50"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_menu.py" line="23"/>
        <source>&amp;+1 min</source>
        <translation>&amp;+1 min</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_menu.py" line="24"/>
        <source>&amp;Next step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_menu.py" line="25"/>
        <source>&amp;Previous step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_menu.py" line="26"/>
        <source>&amp;Reset</source>
        <translation>&amp;Remettre à zéro</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_menu.py" line="27"/>
        <source>One more minute for this step (F7)</source>
        <translation>Une minute de plus pour cette étape (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_menu.py" line="28"/>
        <source>Start this step over from its full duration</source>
        <translation>Reprendre cette étape depuis sa durée complète</translation>
    </message>
    <message>
        <location filename="../../ui/timer/timer_menu.py" line="50"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="318"/>
        <location filename="../../ui/voting/voting_words.py" line="78"/>
        <source>This voting session is closed: reopen it to vote.</source>
        <translation>Cette session de vote est close : rouvrez-la pour voter.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="18"/>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="23"/>
        <source>Direct entry</source>
        <translation>Saisie directe</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="31"/>
        <source>Actions of « %1 »</source>
        <translation>Actions de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="31"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="34"/>
        <source>Frictions of « %1 »</source>
        <translation>Frictions de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="34"/>
        <source>All frictions</source>
        <translation>Toutes les frictions</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="37"/>
        <source>Notes of « %1 »</source>
        <translation>Notes de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="37"/>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="39"/>
        <source>stages: %1</source>
        <translation>étapes : %1</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="45"/>
        <source>%1 dots each</source>
        <translation>%1 gommettes chacun</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="46"/>
        <source>no limit of dots</source>
        <translation>gommettes sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="48"/>
        <source>at most %1 per note</source>
        <translation>au plus %1 par note</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="49"/>
        <source>several dots on one note</source>
        <translation>plusieurs gommettes par note</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="50"/>
        <source>one dot per note</source>
        <translation>une gommette par note</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="51"/>
        <source>counts shown live</source>
        <translation>totaux en direct</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="52"/>
        <source>counts hidden until the reveal</source>
        <translation>totaux cachés jusqu’à la révélation</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="59"/>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="61"/>
        <source>Open · counts hidden</source>
        <translation>Ouverte · totaux cachés</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="62"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="68"/>
        <source>Paper dots (nobody in particular)</source>
        <translation>Gommettes papier (personne en particulier)</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="69"/>
        <source>%1 (by proxy)</source>
        <translation>%1 (par procuration)</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="80"/>
        <source>This session does not vote on that.</source>
        <translation>Cette session ne vote pas sur cela.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="83"/>
        <source>%1 has no dot left (%2 cast).</source>
        <translation>%1 n’a plus de gommette (%2 posées).</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="86"/>
        <source>This one already has %1 dots, the most allowed in this session.</source>
        <translation>Celle-ci a déjà %1 gommettes, le plafond de cette session.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_words.py" line="90"/>
        <source>%1 already put a dot here (one dot per note in this session).</source>
        <translation>%1 a déjà mis une gommette ici (une gommette par note dans cette session).</translation>
    </message>
</context>
<context>
    <name>VotingDock</name>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="80"/>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="81"/>
        <source>&amp;Dot voting</source>
        <translation>&amp;Vote par gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="260"/>
        <source>Choose an open voting session first.</source>
        <translation>Choisissez d’abord une session de vote ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="267"/>
        <source>Click the actions in the action plan to vote for them.</source>
        <translation>Cliquez sur les actions du plan d’actions pour voter.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="288"/>
        <source>Paper dots: each click counts one</source>
        <translation>Gommettes papier : chaque clic en compte une</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="290"/>
        <source>Dots of %1 · left: %2</source>
        <translation>Gommettes de %1 · restantes : %2</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="305"/>
        <source>Choose or start a voting session first.</source>
        <translation>Choisissez ou lancez d’abord une session de vote.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="313"/>
        <source>Dot of %1</source>
        <translation>Gommette de %1</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="320"/>
        <source>%1 has no dot there to take back.</source>
        <translation>%1 n’a pas de gommette à retirer ici.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="323"/>
        <source>Dot of %1 taken back</source>
        <translation>Gommette de %1 retirée</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="338"/>
        <source>Every participant has cast all their dots.</source>
        <translation>Tous les participants ont posé toutes leurs gommettes.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="342"/>
        <source>All the dots of %1 are cast: now %2.</source>
        <translation>Toutes les gommettes de %1 sont posées : au tour de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="352"/>
        <source>Vote %1</source>
        <translation>Vote %1</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="363"/>
        <source>Start a voting session</source>
        <translation>Lancer une session de vote</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="376"/>
        <source>Delete the voting session « %1 » and its %2 dots?</source>
        <translation>Supprimer la session de vote « %1 » et ses %2 gommettes ?</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="379"/>
        <source>Delete the session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="380"/>
        <source>Delete a voting session</source>
        <translation>Supprimer une session de vote</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="386"/>
        <location filename="../../ui/voting/voting_dock.py" line="391"/>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="387"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="397"/>
        <source>Reveal the votes</source>
        <translation>Révéler les votes</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="405"/>
        <source>Close the voting session</source>
        <translation>Clore la session de vote</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="405"/>
        <source>Reopen the voting session</source>
        <translation>Rouvrir la session de vote</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="419"/>
        <source>Proxy votes</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="420"/>
        <source>The dots of a participant who is not in the room, entered in one go (they replace the dots they had).</source>
        <translation>Les gommettes d’un participant absent, saisies en une fois (elles remplacent celles qu’il avait).</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="433"/>
        <source>Proxy votes of %1</source>
        <translation>Procuration de %1</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="445"/>
        <location filename="../../ui/voting/voting_dock.py" line="454"/>
        <source>Paper dots</source>
        <translation>Gommettes papier</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="446"/>
        <source>The paper dots counted on each note, in one go.</source>
        <translation>Les gommettes papier comptées sur chaque note, en une fois.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="471"/>
        <source>To sort</source>
        <translation>À classer</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_dock.py" line="518"/>
        <source>Dots · %1</source>
        <translation>Gommettes · %1</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="56"/>
        <source>New voting session…</source>
        <translation>Nouvelle session de vote…</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="57"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="64"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="70"/>
        <source>● Record votes on the map</source>
        <translation>● Saisir les votes sur la carte</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="73"/>
        <source>Proxy…</source>
        <translation>Procuration…</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="74"/>
        <source>Paper dots…</source>
        <translation>Gommettes papier…</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="75"/>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="76"/>
        <location filename="../../ui/voting/voting_panel.py" line="206"/>
        <source>Close the session</source>
        <translation>Clore la session</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="78"/>
        <source>The counts stay hidden until « Reveal »: nobody is swayed by the first dots.</source>
        <translation>Les totaux restent cachés jusqu’à « Révéler » : personne n’est influencé par les premières gommettes.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="85"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="85"/>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="85"/>
        <source>Note or action</source>
        <translation>Note ou action</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="90"/>
        <source>Heat-map on the map</source>
        <translation>Carte de chaleur sur la carte</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="93"/>
        <source>No voting session yet. « New voting session… » sets one up: who votes, on what, with how many dots.</source>
        <translation>Aucune session de vote pour l’instant. « Nouvelle session de vote… » en prépare une : qui vote, sur quoi, avec combien de gommettes.</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="191"/>
        <source>The counts entered without a session (the V key, the properties panel, older files).</source>
        <translation>Les votes saisis hors session (la touche V, le panneau des propriétés, les fichiers anciens).</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="204"/>
        <source>Reveal the counts</source>
        <translation>Révéler les totaux</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="204"/>
        <source>Revealed</source>
        <translation>Révélés</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="205"/>
        <source>Reopen the session</source>
        <translation>Rouvrir la session</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/voting/voting_panel.py" line="209"/>
        <source>%n dot(s) cast</source>
        <translation>
            <numerusform>%n gommette posée</numerusform>
            <numerusform>%n gommettes posées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="231"/>
        <source>paper dots counted
(no budget)</source>
        <translation>gommettes papier comptées
(sans budget)</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="237"/>
        <source>dots left for %1
(of %2)</source>
        <translation>gommettes restantes pour %1
(sur %2)</translation>
    </message>
    <message>
        <location filename="../../ui/voting/voting_panel.py" line="242"/>
        <source>%1 (tied)</source>
        <translation>%1 ex æquo</translation>
    </message>
</context>
</TS>
