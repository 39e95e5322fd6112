# L’interface de Glosa en français. Les identifiants sont ceux du catalogue anglais
# (assets/i18n/en/glosa.ftl), qui en explique les conventions.

## Actions : menus, raccourcis, infobulles

action-open-document = Ouvrir un document…
action-open-annotations = Ouvrir des annotations…
action-save = Enregistrer
action-save-as = Enregistrer sous…
action-export = Exporter…
action-quit = Quitter
action-undo = Annuler
action-redo = Rétablir
action-copy = Copier
action-delete-highlight = Supprimer le surlignage
action-find = Rechercher…
action-find-next = Occurrence suivante
action-find-previous = Occurrence précédente
action-clear-selection = Effacer la sélection ; fermer la barre de recherche
action-larger-text = Texte plus grand
action-smaller-text = Texte plus petit
action-toggle-theme = Thème clair / sombre
action-help = Raccourcis clavier
action-page-down = Descendre d’un écran
action-page-up = Monter d’un écran
action-line-down = Descendre
action-line-up = Monter
action-top = Début du document
action-bottom = Fin du document
action-toggle-caret = Navigation au curseur : déplacer un curseur avec les touches
action-go-to-paragraph = Aller au paragraphe…
action-next-panel = Panneau suivant
action-previous-panel = Panneau précédent
action-next-annotation = Annotation suivante
action-previous-annotation = Annotation précédente

## Menus

menu-file = Fichier
menu-edit = Édition
menu-view = Affichage
menu-help = Aide
menu-open-recent = Ouvrir un fichier récent
menu-recent-empty = (rien pour l’instant)
menu-language = Langue
menu-language-system = Langue du système ({ $language })
menu-version = Glosa { $version }

## Barre d’état

status-paragraphs =
    { $count ->
        [one] { $count } paragraphe
       *[other] { $count } paragraphes
    }
status-annotations =
    { $count ->
        [one] { $count } annotation
       *[other] { $count } annotations
    }
status-need-review = ({ $count } à revoir)
status-document = Document : { $path }
status-unsaved = non enregistré
status-saved = enregistré
status-no-document = Aucun document ouvert

## Palette des étiquettes

tags-heading = Parties prenantes
tags-no-document = Aucun document ouvert.
tags-hint-selection = Cliquez sur un groupe ou tapez son numéro pour étiqueter la sélection.
tags-hint-selected = Cliquez sur un groupe ou tapez son numéro pour l’ajouter au surlignage sélectionné ou l’en retirer.
tags-hint-none = Sélectionnez du texte dans le document, puis cliquez sur un groupe ou tapez son numéro.
tags-visibility-tooltip = Afficher ou masquer les surlignages de ce groupe
tags-show = Afficher { $label }
tags-edit = Renommer, changer la couleur…
tags-move-up = Monter
tags-move-down = Descendre
tags-delete = Supprimer…
tags-filter-only = N’afficher que ce groupe dans la liste
tags-add = + Ajouter une étiquette…
tags-context-hint = Clic droit sur un groupe pour le renommer, changer sa couleur, le déplacer ou le supprimer.
tags-chip = Étiquette { $label }
tags-unknown = { $tag } (étiquette inconnue)
tags-none = (sans étiquette)

## Les parties prenantes du SMSI (Agenda de Tunis pour la société de l’information, 2005, par. 35 et 36)

wsis-governments = Gouvernements
    .description = États : le pouvoir décisionnel pour les questions de politiques publiques liées à l’Internet est le droit souverain des États (Agenda de Tunis, par. 35 a).
wsis-private-sector = Secteur privé
    .description = Secteur privé : un rôle important dans le développement de l’Internet, sur le plan tant technique qu’économique (Agenda de Tunis, par. 35 b).
wsis-civil-society = Société civile
    .description = Société civile : un rôle important sur les questions relatives à l’Internet, en particulier au niveau communautaire (Agenda de Tunis, par. 35 c).
wsis-intergovernmental-organizations = Organisations intergouvernementales
    .description = Organisations intergouvernementales : un rôle de facilitation dans la coordination des questions de politiques publiques liées à l’Internet (Agenda de Tunis, par. 35 d).
wsis-international-organizations = Organisations internationales
    .description = Organisations internationales : un rôle dans l’élaboration de normes techniques et de politiques pertinentes liées à l’Internet (Agenda de Tunis, par. 35 e).
wsis-technical-academic-community = Communautés universitaire et technique
    .description = Les communautés universitaire et technique au sein de ces parties prenantes : leur précieuse contribution à l’évolution, au fonctionnement et au développement de l’Internet (Agenda de Tunis, par. 36).

## Liste des annotations et éditeur de note

annotations-heading = Annotations
annotations-heading-count = Annotations ({ $count })
filter-group = Groupe
filter-all-groups = Tous les groupes
filter-status = État
filter-any-status = Tout état
filter-text-hint = Filtrer par texte, note ou auteur
anchor-anchored = ancrée
anchor-moved = déplacée
anchor-orphaned = orpheline
annotations-none-match = Aucune annotation ne correspond.
annotation-moved = déplacée : à revoir
annotation-orphaned = orpheline
annotation-note-preview = Note : { $note }
annotation-row = Annotation { $paragraph } : { $quote }
note-heading = Surlignage sélectionné
note-tag-remove = Cliquer pour retirer ce groupe
note-tag-add = Cliquer pour ajouter ce groupe
note-meta = { $author } · { $created }
note-hint = Note (enregistrée avec le surlignage)
note-label = Note

## Barre de recherche

find-label = Rechercher
find-hint = texte du document
find-previous = Précédent
find-next = Suivant
find-tag-all = Étiqueter toutes les occurrences avec…
find-close = Fermer
find-close-tooltip = Fermer (Échap)
find-match-case = Aa
    .tooltip = Respecter la casse (sinon « Túnez » trouve « TÚNEZ »)
find-match-diacritics = á
    .tooltip = Respecter les accents et les harakat arabes (sinon « Tunez » trouve « Túnez », et « كتب » trouve « كَتَبَ »)
find-match-width = Ａ
    .tooltip = Distinguer les formes pleine chasse et demi-chasse (sinon « ＷＳＩＳ » trouve « WSIS »)
find-hits = { $position } / { $count }

## Dialogues

button-ok = OK
button-cancel = Annuler
button-close = Fermer
button-delete = Supprimer
button-save = Enregistrer
button-discard = Ne pas enregistrer
button-save-as = Enregistrer sous…
button-overwrite = Écraser
button-export = Exporter…
button-go = Aller
dialog-delete-tag = Supprimer l’étiquette « { $label } » ?
dialog-delete-tag-count =
    { $count ->
        [0] Aucune annotation ne l’utilise.
        [one] { $count } annotation perd cette étiquette (le surlignage et sa note restent).
       *[other] { $count } annotations perdent cette étiquette (les surlignages et leurs notes restent).
    }
dialog-undo-hint = Vous pouvez l’annuler avec Ctrl+Z.
dialog-unsaved-quit = Enregistrer les modifications avant de fermer ?
dialog-unsaved-quit-text = Vos annotations ont des modifications non enregistrées.
dialog-unsaved-open = Enregistrer d’abord les modifications ?
dialog-unsaved-open-text = Vos annotations ont des modifications non enregistrées. Les enregistrer avant d’ouvrir un autre fichier ?
dialog-conflict = Le fichier d’annotations a changé sur le disque
dialog-conflict-text = Un autre programme (ou un collègue) a enregistré { $file } après son ouverture dans Glosa, et vous avez des modifications non enregistrées ici.
dialog-help = Raccourcis clavier
dialog-export = Exporter les extraits étiquetés
dialog-export-filtered = Seulement les annotations affichées par la liste (ses filtres)
export-format-csv = CSV
export-format-csv-for-excel = CSV pour Excel
export-format-markdown = Markdown
export-format-w3c-web-annotation-json = JSON W3C Web Annotation
dialog-tag-edit = Modifier l’étiquette
dialog-tag-new = Nouvelle étiquette
dialog-tag-label = Nom
dialog-tag-colour = Couleur
dialog-tag-description = Description
dialog-path-open-document = Ouvrir un document
dialog-path-open-annotations = Ouvrir des annotations
dialog-path-save-as = Enregistrer les annotations sous
dialog-path-export = Exporter vers
dialog-path-text = Aucune boîte de dialogue de fichiers n’est disponible ({ $reason }). Tapez le chemin :
path-reason-variable = GLOSA_NO_DIALOGS est définie
path-reason-no-portal = pas de bus de session du bureau, donc pas de service de dialogue de fichiers (portail XDG)
dialog-error = Une erreur s’est produite
dialog-go-to = Aller au paragraphe
dialog-go-to-label = Numéro du paragraphe (de 1 à { $count })
dialog-go-to-invalid = Tapez un nombre de 1 à { $count }.
file-filter-documents = Documents
file-filter-all = Tous les fichiers
file-filter-annotations = Annotations Glosa

## Aide : gestes du pointeur et touches qui ne sont pas des actions de menu

help-drag = Glisser, Maj+clic
    .action = Sélectionner du texte (sur plusieurs paragraphes) ; étendre la sélection
help-click-word = Double-clic / triple-clic
    .action = Sélectionner un mot / un paragraphe
help-tag-keys = 1 … 9
    .action = Étiqueter la sélection (ou ajouter/retirer l’étiquette du surlignage sélectionné)
help-click-highlight = Clic sur un surlignage
    .action = Le sélectionner : modifier sa note, ses étiquettes
help-click-number = Clic sur un numéro de ¶
    .action = Copier l’identifiant du paragraphe
help-caret-arrows = ← → ↑ ↓
    .action = Déplacer le curseur (document actif, ou navigation au curseur) ; Maj étend la sélection
help-caret-words = Ctrl+← Ctrl+→
    .action = Déplacer le curseur de mot en mot
help-caret-lines = Début, Fin
    .action = Début ou fin de la ligne (avec Ctrl : du document)
help-caret-pages = Page préc., Page suiv., Espace
    .action = Monter ou descendre d’un écran (Espace seulement quand le document a le clavier)
help-list-enter = Entrée sur une annotation
    .action = La sélectionner et écrire sa note
help-escape = Échap
    .action = Revenir au document ; là, effacer la sélection

## La vue du document, pour le pointeur et les lecteurs d’écran

view-empty = Ouvrez un document : Fichier > Ouvrir un document… (Ctrl+O), ou déposez un fichier ici.
view-paragraph-tooltip = ¶{ $ordinal } · { $id } · { $kind }
view-copy-id-hint = Cliquer pour copier l’identifiant du paragraphe
view-moved = Déplacée : le document a changé ici, à revoir.
view-orphaned = Orpheline.
view-scrollbar = Position dans le document
view-document = Document : { $title }
view-paragraph = ¶{ $ordinal }, { $kind }, identifiant { $id }
view-caret = Curseur dans le ¶{ $ordinal }, caractère { $offset }
view-selection = Sélection : { $text }
view-highlight-note = Note : { $note }
kind-heading = titre
kind-body = corps
kind-list-item = élément de liste
kind-footnote = note de bas de page

## Messages (barre d’état) et titre de la fenêtre

title-unsaved = { $title } • non enregistré — Glosa
title = { $title } — Glosa
message-no-sample = L’exemple fourni est introuvable (assets/samples/). Ouvrez un document avec Fichier > Ouvrir un document…
message-copied-id = Identifiant de paragraphe { $id } copié
message-copied = Copié.
message-select-first = Sélectionnez d’abord du texte (en glissant, ou avec Maj+flèches et le curseur), puis tapez une touche d’étiquette.
message-deleted = Surlignage supprimé (Ctrl+Z pour annuler).
message-document-changed = Le document a changé depuis l’enregistrement des annotations : { $count } à revoir.
message-opened = Ouvert : { $path }
message-saved = Enregistré : { $path }
message-exported =
    { $count ->
        [one] { $count } annotation exportée vers { $path }
       *[other] { $count } annotations exportées vers { $path }
    }
message-nothing-to-undo = Rien à annuler ni à rétablir.
message-highlight-added = Surlignage ajouté.
message-all-tagged = Toutes les occurrences ont déjà cette étiquette.
message-tagged-hits = { $hits } occurrences étiquetées « { $label } » : { $added } nouveaux surlignages, { $existing } existants (Ctrl+Z pour annuler).
message-tag-deleted = Étiquette « { $label } » supprimée (Ctrl+Z pour annuler).
message-missing-font = Aucune police n’affiche le texte en { $script }, qui apparaît sous forme de carrés. Installez-en une (par exemple Noto Sans { $script }) et relancez Glosa.
message-caret-on = Navigation au curseur activée (F7 la désactive).
message-caret-off = Navigation au curseur désactivée.
message-no-annotation = Aucune annotation où aller.

## Panneaux affichés ou masqués, largeur de lecture, exemple fourni

action-import-annotations = Importer des annotations…
action-toggle-tag-panel = Panneau des groupes de parties prenantes
action-toggle-annotation-panel = Panneau des annotations
action-wider-column = Colonne de texte plus large
action-narrower-column = Colonne de texte plus étroite
action-agreement-view = Accord inter-codeurs
action-add-coder-file = Ajouter le fichier d’un codeur…
action-merge-file = Fusionner le fichier d’un collègue…
action-conflicts-panel = Panneau des conflits
menu-reading-width = Lignes de { $count } caractères au plus
panel-hide-tags = Masquer les groupes de parties prenantes
panel-show-tags = Afficher les groupes de parties prenantes
panel-hide-annotations = Masquer les annotations
panel-show-annotations = Afficher les annotations
status-read-only-copy = exemple fourni, en lecture seule : Enregistrer garde votre copie dans { $path }
status-read-only = exemple fourni, en lecture seule : enregistrez votre travail avec Enregistrer sous
tags-count =
    { $count ->
        [one] { $label } : { $count } annotation
       *[other] { $label } : { $count } annotations
    }
annotations-heading-filtered = Annotations ({ $shown } sur { $count })
note-meta-changed = { $author } · { $created }, modifiée le { $modified }
note-meta-times = Créée le { $created }
    Modifiée le { $modified }
kind-quote = citation
export-format-qdpx = Projet REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)
export-format-qdc = Livre de codes REFI-QDA (étiquettes seules)
file-filter-web-annotations = JSON W3C Web Annotation / Hypothesis

## Fichiers modifiés par d’autres, documents hors du dossier ou absents, fichiers illisibles

dialog-conflict-choices = Recharger prend leur version : vos modifications non enregistrées ici sont perdues. Fusionner garde les deux, la leur et la vôtre, par annotation. Garder la mienne enregistre votre version en copie et laisse la leur intacte.
button-merge-disk = Fusionner (garder les deux)
    .tooltip = Leurs modifications et les vôtres sont fusionnées par annotation : rien n’est perdu ; une annotation modifiée des deux côtés devient un conflit à résoudre
dialog-conflict-cancel-tooltip = Rien n’est enregistré ni rechargé ; Enregistrer redemandera
button-reload = Recharger (leur version)
    .tooltip = Vos modifications non enregistrées ici sont perdues
button-keep-mine = Garder la mienne (enregistrer une copie…)
    .tooltip = La leur reste telle quelle
dialog-document-outside = Le document est hors du dossier du fichier d’annotations
dialog-document-missing = Le document est introuvable
dialog-document-why = { $why } :
dialog-document-annotation-file = Fichier d’annotations : { $path }
dialog-document-outside-text = Un fichier venu d’ailleurs peut désigner n’importe quel fichier de cet ordinateur. Ne l’ouvrez que si vous attendez ce document.
dialog-document-missing-text = Choisissez le document (déplacé ou renommé) : si son texte diffère, les annotations sont réancrées et celles qui ne sont pas retrouvées exactement sont signalées pour vérification.
button-open-anyway = L’ouvrir quand même
button-choose-document = Choisir le document…
dialog-other-document = Le fichier d’annotations appartient à un autre document
dialog-other-document-named = Il a été fait pour ce document, qui existe :
dialog-other-document-file = Fichier d’annotations :
dialog-other-document-opening = Document à ouvrir :
dialog-other-document-text = L’utiliser pour { $document } déplace ses annotations vers ce document à l’enregistrement (elles sont placées d’après leurs citations ; celles qui restent introuvables sont gardées pour vérification). Rien ne change sur le disque avant votre choix.
button-open-named-document = Ouvrir { $document } avec lui
button-use-for-document = L’utiliser pour { $document }
button-open-own-annotations = Ouvrir { $document } avec ses propres annotations
dialog-refi-not-document = Un fichier REFI-QDA, pas un document
dialog-unreadable = Le fichier d’annotations est illisible
dialog-unreadable-error = Il est illisible ({ $error }) : { $path }
dialog-unreadable-text = Rien n’est modifié sur le disque tant que vous n’avez pas choisi :
button-open-without-annotations = Ouvrir le document sans annotations
    .tooltip = Travailler sur le document sans annotations ; le fichier illisible reste tel quel.
    .disabled = Le document n’est nommé que dans le fichier illisible.
button-restore-backup = Restaurer la sauvegarde
    .tooltip = Remettre la version précédente ({ $path }) ; l’illisible devient la sauvegarde.
    .none = Il n’y a pas de sauvegarde lisible.
dialog-tag-description-hint = Ce que couvre ce groupe : la définition du code
dialog-path-save-copy = Enregistrer votre version en copie
dialog-path-choose-document = Choisir le document
dialog-path-add-coder-file = Ajouter le fichier d’annotations d’un codeur
dialog-path-export-agreement = Exporter l’accord inter-codeurs vers
dialog-path-import-annotations = Importer des annotations depuis
message-document-cannot-open = Le document qu’il nomme ne peut pas être ouvert ({ $error })
message-relinked-changed = { $path } a un autre texte que celui des annotations : réancrées, { $count } à vérifier. Enregistrez pour le lier.
message-relinked = { $path } relié : le même texte que celui des annotations. Enregistrez pour garder le lien.
message-retargeted = Les annotations de { $path } servent pour { $document } : à l’enregistrement, le fichier lui appartiendra.
message-reloaded-dropped = Leur version de { $path } rechargée ; vos modifications non enregistrées sont perdues.
message-reloaded = { $path } rechargé.
message-changed-reloaded = { $path } a été modifié par un autre programme ; rechargé.
message-file-missing = { $path } a été supprimé ou déplacé par un autre programme ; vos annotations sont toujours là.
message-file-unreadable-now = { $path } a changé sur le disque mais ne peut pas être lu pour l’instant : { $error }
message-opened-without-annotations = Ouvert sans annotations ; { $path } reste tel quel.
message-restored-backup = { $path } restauré depuis sa sauvegarde ; la version illisible est maintenant { $backup }.
message-reading-width = Largeur de lecture : { $count } caractères par ligne

## Importer des annotations W3C / Hypothesis

dialog-import = Importer des annotations
dialog-import-from = Depuis { $path } :
dialog-import-count =
    { $count ->
        [0] Aucune nouvelle annotation.
        [one] { $count } annotation :
       *[other] { $count } annotations :
    }
import-author = Auteur
import-placed = Placées
import-moved = Déplacées (à vérifier)
import-orphaned = Orphelines
import-all = Toutes
dialog-import-summary = { $placed } placées, { $moved } déplacées (à vérifier), { $orphaned } orphelines (gardées avec leur citation, listées comme orphelines).
dialog-import-new-tags = Nouveaux groupes de parties prenantes ajoutés au livre de codes : { $tags }.
dialog-import-already-there = { $count } déjà dans ce fichier d’annotations : ignorées.
dialog-import-replies =
    { $count ->
        [one] { $count } réponse ajoutée à la note à laquelle elle répond.
       *[other] { $count } réponses ajoutées aux notes auxquelles elles répondent.
    }
dialog-import-undo = L’importation est une seule étape : Ctrl+Z l’annule entièrement.
button-import = Importer
message-nothing-to-import = Rien à importer : toutes les annotations du fichier sont déjà là.
message-imported =
    { $count ->
        [one] { $count } annotation importée depuis { $path } : { $placed } placées, { $moved } déplacées (à vérifier), { $orphaned } orphelines (Ctrl+Z pour annuler).
       *[other] { $count } annotations importées depuis { $path } : { $placed } placées, { $moved } déplacées (à vérifier), { $orphaned } orphelines (Ctrl+Z pour annuler).
    }

## Vue Accord inter-codeurs

agreement-heading = Accord inter-codeurs
agreement-computing = Calcul de l’accord inter-codeurs
agreement-computing-short = Calcul…
agreement-computing-long = Calcul de l’accord inter-codeurs…
agreement-close = Fermer l’accord inter-codeurs
    .tooltip = Fermer l’accord inter-codeurs ({ $shortcut })
agreement-no-document = Ouvrez un document et ses annotations pour comparer des codeurs.
agreement-export = Exporter :
agreement-export-table = Tableau (CSV)…
agreement-export-disagreements = Désaccords (CSV)…
agreement-export-report = Rapport (Markdown)…
agreement-coders = Codeurs :
agreement-add-coder-file = Ajouter le fichier d’un codeur
    .tooltip = Ajouter le fichier d’annotations d’un autre codeur pour ce document
agreement-coder-file = Fichier d’un codeur
    .tooltip =
        { $path }
        { $count ->
            [one] { $count } annotation de { $authors }
           *[other] { $count } annotations de { $authors }
        }
        Cliquez pour le retirer de la comparaison
agreement-tags = Étiquettes :
agreement-threshold = chevauchement des segments pour concorder
    .tooltip = Les segments de deux codeurs concordent s’ils se chevauchent sur au moins cette part du plus long
agreement-undefined = Non défini : { $reason }
agreement-col-tag = Étiquette
agreement-col-units = Unités
    .tooltip = Unités (segments réunis) de { $coders }
agreement-col-percent = Pourcentage
    .tooltip = Part des points de code codés de la même façon (avec l’étiquette ou non) par les codeurs
agreement-col-cohen = κ de Cohen
    .tooltip = Accord caractère par caractère au-delà du hasard, deux codeurs (Cohen 1960)
agreement-col-fleiss = κ de Fleiss
    .tooltip = Accord caractère par caractère au-delà du hasard, trois codeurs ou plus (Fleiss 1971)
agreement-col-alpha = α
    .tooltip = α de Krippendorff (nominal) sur les points de code
agreement-col-alpha-u = α_u
    .tooltip = α d’unitisation de Krippendorff : où les unités commencent et finissent, et leurs étiquettes (Krippendorff 2004)
agreement-col-segments = Segments
    .tooltip = Part des segments appariés à ceux d’un autre codeur avec au moins le chevauchement du seuil (MAXQDA)
agreement-all-tags = Toutes les étiquettes
agreement-table-note = { $count } points de code ; les segments concordent à { $threshold } % de chevauchement du plus long.
agreement-legend = Dans le document :
agreement-mark-both = { $first } et { $second }
agreement-mark-only-first = Seulement { $first }
agreement-mark-only-second = Seulement { $second }
agreement-mark-different-tags = { $first } et { $second } avec des étiquettes différentes
agreement-disagreements = Désaccords ({ $count })
agreement-no-disagreements = Aucun : les codeurs s’accordent sur chaque passage.
agreement-one-coder = Un seul codeur : ajoutez le fichier d’un deuxième codeur (ou cochez un deuxième codeur) pour comparer.
agreement-not-coded = { $coder } : non codé
agreement-kind-boundaries = limites différentes
agreement-kind-different-tags = étiquettes différentes
agreement-kind-one-coder-only = un seul codeur
agreement-undefined-one-coder = moins de deux codeurs
agreement-undefined-no-items = aucun point de code à comparer
agreement-undefined-nothing-coded = personne n’a codé avec cette étiquette
agreement-undefined-no-variation = aucune variation : chaque point de code a été codé de la même façon par chaque codeur
agreement-undefined-single-unit = une seule unité
agreement-undefined-missing-values = certaines unités n’ont pas la valeur d’un codeur
agreement-undefined-more-than-two-coders = le kappa de Cohen compare deux codeurs : voir les paires de codeurs et le kappa de Fleiss
agreement-undefined-two-coders = le kappa de Fleiss est donné pour trois codeurs ou plus : voir le kappa de Cohen
agreement-undefined-no-common-document = aucun document n’a été codé par tous les codeurs
agreement-choose-coders = Choisissez les codeurs à comparer.
agreement-choose-tags = Choisissez les étiquettes à comparer.
agreement-unsaved-annotations = (annotations non enregistrées)
agreement-no-author = sans auteur
message-agreement-open = Accord inter-codeurs : le document montre où les codeurs s’accordent.
message-agreement-closed = Accord inter-codeurs fermé.
message-coder-file-open = { $path } est le fichier d’annotations déjà ouvert.
message-coder-file-added =
    { $count ->
        [one] { $path } ({ $count } annotation de { $authors }) ajouté à l’accord.
       *[other] { $path } ({ $count } annotations de { $authors }) ajouté à l’accord.
    }
message-agreement-not-ready = Rien à exporter pour l’instant : l’accord est en cours de calcul.
message-agreement-export-over-input = impossible d’exporter par-dessus un fichier comparé : { $path }
message-agreement-exported = Accord exporté vers { $path }
message-agreement-export-failed = impossible d’exporter l’accord ({ $error }) : { $path }

## Importer des projets et livres de codes REFI-QDA ; plus de couleurs d’accord

action-import-refi = Importer un projet ou un livre de codes REFI-QDA…
dialog-path-import-refi = Importer un projet ou un livre de codes REFI-QDA depuis
dialog-path-merge-file = Fusionner le fichier d’un collègue
file-filter-refi = Projet / livre de codes REFI-QDA
message-refi-codebook-no-document = impossible d’importer le livre de codes (ouvrez d’abord un document : ses codes deviennent les étiquettes du document) : { $path }
message-refi-codebook-nothing-new = Livre de codes { $path } importé : ses { $count } codes sont déjà des étiquettes ici.
message-refi-codebook-imported = { $count } codes importés depuis { $path } : { $added } nouvelles étiquettes, { $linked } reliés à des étiquettes existantes (Ctrl+Z pour annuler).
message-refi-project-imported =
    { $count ->
        [one] { $count } document importé depuis { $path } dans { $folder } : { $placed } codages placés, { $moved } déplacés (à vérifier), { $orphaned } orphelins
       *[other] { $count } documents importés depuis { $path } dans { $folder } : { $placed } codages placés, { $moved } déplacés (à vérifier), { $orphaned } orphelins
    }
message-refi-left-out = ; { $count } sources sans texte brut laissées de côté
message-refi-opened = ; { $path } ouvert
message-refi-end = .
agreement-legend-many = Dans le document, sur les { $count } codeurs :
agreement-legend-item = Légende : { $text }
agreement-mark-all-coders = Tous les codeurs
agreement-mark-some-coders = Certains codeurs, pas tous
agreement-mark-one-coder = Un seul codeur

## Projets (un corpus de documents)

action-open-project = Ouvrir un projet…
action-save-all = Tout enregistrer
menu-project = Projet
tags-add-code = + Ajouter un code…
view-empty-project = Ouvrez un document : Fichier > Ouvrir un document… (Ctrl+O), ou un projet : Fichier > Ouvrir un projet… (Ctrl+Maj+O) ; ou déposez ici un fichier ou un dossier.

## Erreurs de fichiers et des couches sous l’interface (src/ui/errors.rs) : un
## message nomme le fichier à la fin ; une raison se place dans un message, en minuscules.

error-document = Impossible d’ouvrir le document ({ $reason }) : { $file }
error-annotated-document = Impossible d’ouvrir le document qu’annote { $annotations } ({ $reason }) : { $file }
error-document-outside = { $why } (il désigne { $resolved }) ; pas ouvert sans demander : { $file }
error-annotations = Impossible de lire les annotations ({ $reason }) : { $file }
error-annotations-foreign = Ce n’est pas un fichier d’annotations Glosa ({ $reason }) : { $file }
error-changed-on-disk = Le fichier d’annotations a changé sur le disque depuis son ouverture (un autre programme l’a enregistré) : { $file }
error-save = Impossible d’enregistrer les annotations ({ $reason }) : { $file }
error-edit-on-disk = Impossible d’appliquer la modification ({ $reason }) : { $file }
error-edit = Impossible de modifier les annotations ({ $reason })
error-over-document = Impossible d’enregistrer les annotations par-dessus le document lui-même : { $file }
error-other-document = Le fichier d’annotations appartient à un autre document, { $named }, et non à { $document } : { $file }
error-save-over-other-document = Non enregistré : le fichier d’annotations appartient à un autre document, { $named } (enregistrez avec Enregistrer sous, ou rouvrez-le et choisissez de l’utiliser pour ce document) : { $file }
error-read-only = L’exemple fourni est en lecture seule ; enregistrez votre travail avec Enregistrer sous : { $file }
error-create-folder = Impossible de créer le dossier ({ $reason }) : { $file }
error-annotations-folder = Impossible de créer le dossier des annotations ({ $reason }) : { $file }
error-export-over-input = Pas d’export par-dessus le document ouvert ou son fichier d’annotations ; choisissez un autre nom : { $file }
error-import = Import impossible ({ $reason }) : { $file }
error-journal = Impossible d’écrire le journal de récupération ({ $reason }) : { $file }
error-export = Export impossible ({ $reason }) : { $file }
error-coder-file = Impossible de lire les annotations du codeur ({ $reason }) : { $file }
error-coder-other-document = Il annote un autre document (« { $title } ») ; aucune de ses annotations n’est dans celui-ci : { $file }
error-project-locate = Impossible d’ouvrir le projet ({ $reason }) : { $file }
error-project-file = Impossible de lire ou d’enregistrer le fichier du projet ({ $reason }) : { $file }
error-project-exists = Le dossier est déjà un projet : { $file }
error-project-edit = Impossible de modifier le projet ({ $reason })
error-not-a-document = Ce n’est pas un document que Glosa sait lire ({ $reason }) : { $file }
error-unknown-document = Aucun document « { $key } » dans le projet : { $file }
error-csv = { $reason } : { $file }
error-no-project = Aucun projet n’est ouvert.
error-pattern = Expression régulière non valide : { $detail }
error-unknown-tag = Aucune étiquette « { $tag } » dans le livre de codes du projet ni dans ses fichiers d’annotations
reason-not-found = le fichier n’existe pas
reason-folder-not-document = c’est un dossier, pas un document
reason-folder-not-annotations = c’est un dossier, pas un fichier d’annotations
reason-folder-not-project = c’est un dossier, pas un fichier de projet
reason-special-file =
    { $kind ->
        [fifo] c’est un tube nommé (FIFO), pas un fichier
        [socket] c’est un socket, pas un fichier
        [device] c’est un périphérique, pas un fichier
        [disk] c’est un périphérique de disque, pas un fichier
        [folder] c’est un dossier, pas un fichier
       *[other] ce n’est pas un fichier ordinaire
    }
reason-too-large = le fichier fait { $size } Mio, au-delà de la limite de { $limit } Mio
reason-cannot-read = lecture impossible : { $detail }
reason-cannot-write = écriture impossible : { $detail }
reason-cannot-read-write = lecture ou écriture impossible : { $detail }
reason-io-permission = permission refusée
reason-io-disk-full = le disque est plein
reason-io-quota = le quota de disque est dépassé
reason-io-read-only = le disque est en lecture seule
reason-io-is-folder = c’est un dossier
reason-io-not-folder = un dossier du chemin est un fichier
reason-io-exists = le fichier existe déjà
reason-io-too-large = le fichier est trop grand pour le système de fichiers
reason-io-timed-out = l’opération a expiré
reason-io-interrupted = l’opération a été interrompue
reason-empty = le fichier est vide
reason-not-utf8 = ce n’est pas du texte UTF-8
reason-not-annotations = ce n’est pas un fichier d’annotations Glosa ({ $detail })
reason-newer-version = créé par un Glosa plus récent (format version { $version } ; ce Glosa lit la version { $current }) : mettez Glosa à jour pour l’ouvrir
reason-syntax = ligne { $line }, colonne { $column } : { $detail }
reason-not-text = ce n’est pas un fichier texte ({ $detail })
reason-binary-png = une image PNG
reason-binary-zip = une archive ZIP qui n’est ni un document Word (.docx) ni un document OpenDocument (.odt)
reason-binary-empty-zip = une archive ZIP vide
reason-binary-pdf = un PDF ; ouvrez-le sous un nom en .pdf
reason-binary-gif = une image GIF
reason-binary-jpeg = une image JPEG
reason-binary-gzip = une archive gzip
reason-binary-old-office = un ancien fichier Microsoft Office (.doc/.xls) ; enregistrez-le d’abord en .docx
reason-binary-executable = un programme exécutable
reason-binary-nul = il contient des octets NUL
reason-binary-control = il contient des octets de contrôle
reason-binary-refi-project = un projet REFI-QDA (.qdpx), pas un document : importez-le avec « { action-import-refi } » dans le menu { menu-file }
reason-binary-refi-codebook = un livre de codes REFI-QDA (.qdc), pas un document : importez ses codes avec « { action-import-refi } » dans le menu { menu-file }
reason-over-document-path = le chemin du document fait { $size } octets, au-delà de la limite de { $bound }
reason-over-fingerprint = l’empreinte du document fait { $size } octets, au-delà de la limite de { $bound }
reason-over-tags = { $size } étiquettes, au-delà de la limite de { $bound }
reason-bad-tag-id = l’identifiant d’étiquette « { $id } » ne se compose pas que de minuscules, de chiffres et de tirets
reason-bad-tag-id-annotation = annotation { $annotation } : l’identifiant d’étiquette « { $id } » ne se compose pas que de minuscules, de chiffres et de tirets
reason-over-tag-label = le nom de l’étiquette « { $tag } » fait { $size } caractères, au-delà de la limite de { $bound }
reason-over-tag-description = la description de l’étiquette « { $tag } » fait { $size } caractères, au-delà de la limite de { $bound }
reason-over-annotations = { $size } annotations, au-delà de la limite de { $bound }
reason-over-segments = l’annotation { $annotation } couvre { $size } segments, au-delà de la limite de { $bound }
reason-over-annotation-tags = l’annotation { $annotation } porte { $size } étiquettes, au-delà de la limite de { $bound }
reason-over-note = la note de l’annotation { $annotation } fait { $size } caractères, au-delà de la limite de { $bound }
reason-over-author = le nom d’auteur de l’annotation { $annotation } fait { $size } caractères, au-delà de la limite de { $bound }
reason-over-paragraph-id = un identifiant de paragraphe de l’annotation { $annotation } fait { $size } octets, au-delà de la limite de { $bound }
reason-over-quote = une citation de l’annotation { $annotation } fait { $size } caractères, au-delà de la limite de { $bound }
reason-no-text = le fichier n’a pas de texte (seulement des espaces ou des séparateurs)
reason-serialize = sérialisation impossible : { $detail }
reason-changed-meanwhile = le fichier a changé sur le disque entre-temps (un autre programme l’a enregistré)
reason-locked = un autre programme enregistre ce fichier (attente de { $seconds } s pour son verrou { $lock })
reason-cannot-lock = impossible de verrouiller { $lock } : { $detail }
reason-cannot-write-in = impossible d’écrire dans { $folder } ({ $detail })
reason-no-annotation = aucune annotation { $id }
reason-annotation-exists = l’annotation { $id } existe déjà
reason-no-segments = une annotation a besoin d’au moins un segment
reason-no-tag = aucune étiquette « { $tag } »
reason-no-code = aucun code « { $code } » dans le livre de codes
reason-tag-exists = l’étiquette « { $tag } » existe déjà
reason-outside-absolute = le chemin du document dans le fichier d’annotations est absolu
reason-outside-leaves = le chemin du document dans le fichier d’annotations sort de son dossier
reason-outside-symlink = le chemin du document dans le fichier d’annotations sort de son dossier par un lien symbolique
reason-outside-empty = le fichier d’annotations ne nomme aucun document
reason-not-a-number = « { $text } » n’est pas un nombre (écrivez des chiffres avec un point pour les décimales, p. ex. 12.5)
reason-not-a-date = « { $text } » n’est pas une date (écrivez AAAA-MM-JJ, p. ex. 2014-04-23)
reason-not-a-choice = « { $text } » n’est pas l’un de : { $choices }
reason-attribute-value = { $attribute } : { $reason }
reason-not-a-project = ni un dossier ni un fichier de projet (*.glosa-project.ron)
reason-no-such-path = le fichier ou le dossier n’existe pas
reason-several-projects = le dossier contient plusieurs fichiers de projet ({ $names }) ; ouvrez l’un d’eux
reason-cannot-read-folder = impossible de lire le dossier : { $detail }
reason-not-project-file = ce n’est pas un fichier de projet Glosa ({ $detail })
reason-project-locked = un autre programme enregistre le projet (attente de { $seconds } s pour son verrou)
error-condition-syntax = « { $text } » n’est pas une condition (écrivez ATTRIBUT=VALEUR, ou utilisez !=, <, <=, >, >=)
error-condition-attribute = Aucun attribut « { $attribute } » dans le projet (attributs : { $known })
reason-over-limit = au-delà de la limite de { $limit } Mio
reason-not-json = ce n’est pas du JSON ({ $detail })
reason-no-web-annotations = il ne contient pas de Web Annotations (attendu : une Annotation, AnnotationCollection, AnnotationPage, une liste de celles-ci ou un résultat de recherche Hypothesis)
reason-pages-not-embedded = les pages de la collection ne sont pas incluses (la première est { $first }) ; téléchargez les pages et importez-les
reason-refi-archive = ce n’est pas un projet QDPX lisible : { $detail }
reason-refi-xml = XML mal formé dans { $part } près de l’octet { $position } : { $detail }
reason-refi-not-zip = ce n’est pas une archive ZIP (les projets REFI-QDA sont des fichiers ZIP .qdpx)
reason-refi-root = ni un projet ni un livre de codes REFI-QDA (l’élément racine est <{ $root }>)
reason-refi-doctype = { $part } a une déclaration DOCTYPE, dont les fichiers REFI-QDA n’ont jamais besoin et que Glosa refuse (entités)

## Champs que Glosa ne connaît pas ; annotations d’autres documents (fixes5)

dialog-unknown-fields = Champs que Glosa ne connaît pas
dialog-unknown-fields-text = Ce fichier d’annotations contient des champs que cette version de Glosa ne connaît pas (écrits par un Glosa plus récent ou un autre outil) : { $fields }. L’enregistrement les supprime ; la sauvegarde (.bak) les garde jusqu’à l’enregistrement suivant.
button-save-anyway = Enregistrer quand même
dialog-import-other-documents =
    { $count ->
        [one] { $count } annotation d’un autre document laissée de côté.
       *[other] { $count } annotations d’autres documents laissées de côté.
    }

## Keyboard and status messages (tester 4: D16 undo messages, D21 dates)

message-undone =
    { $change ->
        [create] Annulé : le surlignage ajouté est retiré.
        [delete] Annulé : le surlignage supprimé est rétabli.
        [tags] Annulé : les groupes du surlignage sont comme avant.
        [note] Annulé : la note est comme avant.
       *[other] Annulé : la dernière modification.
    }
message-redone =
    { $change ->
        [create] Rétabli : le surlignage est ajouté de nouveau.
        [delete] Rétabli : le surlignage est supprimé de nouveau.
        [tags] Rétabli : les groupes du surlignage sont modifiés de nouveau.
        [note] Rétabli : la note est modifiée de nouveau.
       *[other] Rétabli : la modification est refaite.
    }
# How dates and times are written (strftime: %Y year, %m month, %-d day, %b month name, %H:%M time).
format-date = %d/%m/%Y
format-date-time = %d/%m/%Y %H:%M

## Erreurs et avertissements des couches inférieures, 2e partie : parcours et index du projet, export de projets, imports, journal de récupération, fichiers CSV d’attributs, accord, surveillance des fichiers (i18n6)

warning-scan-too-many =
    { $limit ->
        [one] Arrêt après { $limit } fichier ou dossier ; le dossier du projet est trop grand : { $file }
       *[other] Arrêt après { $limit } fichiers et dossiers ; le dossier du projet est trop grand : { $file }
    }
warning-scan-missing = Un document que le projet liste est introuvable : { $file }
warning-scan-folder = Impossible de lire le dossier ({ $reason }) : { $file }
warning-scan-name = Fichier ignoré, son nom n’est pas de l’Unicode valide : { $file }
warning-scan-link = Lien ignoré, il mène hors du projet : { $file }
warning-index-cancelled = Non lu (annulé) : { $file }
warning-index-outside = Fichier d’annotations laissé de côté, son document est hors du projet ({ $document }) : { $file }
warning-index-missing = Le document d’un fichier d’annotations est introuvable (supprimé ou déplacé) ({ $document }) : { $file }
warning-export-document = Impossible de lire le document, absent du QDPX : { $file }
warning-export-orphan = Annotation orpheline, absente du QDPX (aucune place dans le texte) : { $id } « { $quote } »
warning-export-url = L’attribut url « { $url } » n’est pas un IRI absolu (https://…), non utilisé : { $file }
reason-export-not-ready = les fichiers du projet ne sont pas encore lus
reason-export-unknown-tag = aucune étiquette « { $tag } » dans le projet
reason-export-no-iri = impossible de nommer le document par un IRI file: ({ $detail }) : { $file }
reason-export-base-uri = l’URI de base « { $base } » n’est pas une URI absolue telle que https://example.org/documents/
reason-codebook-not-project = un livre de codes ne contient aucun document : ouvrez un document et importez-le dans ses étiquettes
reason-no-free-name = aucun nom de fichier libre pour { $name }
reason-cannot-remove = suppression impossible : { $detail }
reason-no-thread = impossible de démarrer l’écriture du journal : { $detail }
reason-no-journal-writer = l’écriture du journal s’est arrêtée
reason-csv-unreadable = impossible de lire le fichier CSV ({ $detail })
reason-csv-not-a-file = ce n’est pas un fichier
reason-csv-too-large = le fichier CSV dépasse { $limit } Mio
reason-csv-header = ligne 1 : { $detail }
reason-csv-record = CSV non valide : { $detail }
reason-csv-empty = le fichier CSV est vide
reason-csv-no-document-column = ligne 1 : aucune colonne « { $column } » (la première ligne nomme les colonnes : { $column }, puis les identifiants des attributs)
reason-csv-duplicate-column = ligne 1 : deux colonnes sont l’attribut « { $attribute } »
reason-csv-unknown-document = ligne { $line } : aucun document « { $name } » dans le projet
reason-csv-duplicate-document = ligne { $line } : le document « { $name } » apparaît deux fois (aussi à la ligne { $first })
reason-csv-value = ligne { $line }, colonne { $attribute } : { $reason }
reason-code-exists = le livre de codes a déjà un code « { $code } »
reason-code-cycle = « { $parent } » ne peut pas être le parent de « { $code } » : c’est « { $code } » ou l’un de ses sous-codes
reason-no-attribute = aucun attribut « { $attribute } » dans le projet
reason-attribute-exists = le projet a déjà un attribut « { $attribute } »
reason-attribute-invalidates = impossible de modifier { $attribute } : la valeur de { $document } ne convient pas ({ $reason })
error-agreement-no-documents = Aucun document à comparer.
error-agreement-unknown-coder = Aucune annotation du codeur « { $coder } » (codeurs trouvés : { $known })
error-watch-start = Impossible de surveiller les fichiers pour les modifications d’autres programmes ({ $reason }) ; les modifications sont tout de même détectées avant chaque enregistrement et quand la fenêtre reprend le focus
error-watch-folder = Impossible de surveiller le dossier pour les modifications d’autres programmes ({ $reason }) : { $file }
reason-watch-limit = la limite du système en fichiers surveillés est atteinte
warning-autocode-changed = le document a changé depuis la recherche ; relancez-la : { $file }
reason-foreign-starts = il commence par « { $start } », pas par « ( »
reason-foreign-format = son format est « { $format } »
reason-foreign-no-format = il n’a pas de champ « format: "{ $format }" »
reason-container = document { $format } illisible : { $reason }
reason-container-too-many =
    { $entries ->
        [one] l’archive compte { $entries } entrée, au-delà de la limite de { $limit }
       *[other] l’archive compte { $entries } entrées, au-delà de la limite de { $limit }
    }
reason-container-damaged = l’archive ZIP est endommagée ({ $detail })
reason-container-part-unsupported = impossible de lire { $part } ({ $detail }) ; le document est-il chiffré ?
reason-container-part-unreadable = impossible de lire { $part } ({ $detail })
reason-container-part-encrypted = { $part } est chiffré ; enregistrez le document sans mot de passe
reason-container-part-damaged = impossible de décompresser { $part } ({ $detail })
reason-container-part-too-large = { $part } dépasse { $limit } Mio une fois décompressé (une bombe ZIP ?)
reason-container-part-missing = { $part } est absent
reason-container-too-deep = { $part } imbrique des éléments sur plus de { $limit } niveaux
reason-container-encrypted = le document est chiffré ; enregistrez-le sans mot de passe
reason-container-password = il est protégé par un mot de passe ; enregistrez d’abord une copie non protégée
reason-container-no-text-layer = il n’a pas de couche texte (une image numérisée ?) ; passez-le d’abord à l’OCR
reason-container-unparsable = impossible de l’analyser ({ $detail })
reason-container-thread = impossible de démarrer le lecteur ({ $detail })
reason-container-reader-failed = le lecteur PDF a échoué sur ce fichier (endommagé ou non pris en charge)
reason-export-no-document = un export QDPX a besoin du document, qui n’a pas pu être ouvert : { $document }
reason-export-no-codes = aucune étiquette à exporter comme livre de codes
reason-excel-workbook = impossible d’écrire le classeur Excel : { $detail }
reason-excel-columns = trop de colonnes pour Excel
reason-excel-rows = plus de 1 048 575 lignes pour « { $sheet } » : exportez plutôt en CSV
reason-io-busy = le fichier ou le périphérique est occupé
reason-io-stale = le descripteur de fichier réseau est périmé (le dossier partagé a été reconnecté) ; rouvrez le fichier
reason-io-network = la connexion réseau au dossier partagé a été perdue
reason-io-file-name = le nom de fichier n’est pas valide ici
reason-io-folder-not-empty = le dossier n’est pas vide
reason-io-crosses-devices = le fichier ne peut pas être déplacé ainsi vers un autre disque
reason-io-out-of-memory = mémoire insuffisante
reason-io-unsupported = le système de fichiers ne prend pas en charge cette opération
reason-io-truncated = le fichier se termine trop tôt (il est tronqué)
reason-document-extensions = Glosa lit les fichiers .{ $extensions }

## Mirrored interface (issue 13): lists of names on one line (the groups of a highlight).
list-separator = {", "}

## Noms des touches dans les raccourcis (menus, aide), tels que le clavier de chaque langue les inscrit
key-ctrl = Ctrl
key-alt = Alt
key-shift = Maj
key-escape = Échap
key-delete = Suppr
key-backspace = Retour arrière
key-page-up = Page préc.
key-page-down = Page suiv.
key-home = Début
key-end = Fin
key-enter = Entrée
key-space = Espace
key-tab = Tab
key-insert = Inser
