# Projects: corpus, codebook, coded segments, tables, corpus search.

## Importer un projet REFI-QDA (QDPX) dans un projet Glosa : le rapport

refi-report-title = Projet REFI-QDA importé : { $name }
refi-report-documents =
    { $count ->
        [one] { $count } document, dans le projet { $folder }
       *[other] { $count } documents, dans le projet { $folder }
    }
refi-report-codes =
    { $count ->
        [one] { $count } code : { $linked } liés à des codes existants, { $created } créés
       *[other] { $count } codes : { $linked } liés à des codes existants, { $created } créés
    }
refi-report-codings = Sélections codées : { $placed } placées sur leur texte, { $moved } déplacées (à vérifier), { $orphaned } orphelines (gardées avec leur texte)
refi-report-source = Source
refi-report-placed = Placées
refi-report-moved = Déplacées
refi-report-orphaned = Orphelines
refi-report-not-imported = non importée ({ $problem })
refi-report-orphans = Segments codés orphelins (leur texte est introuvable) :
refi-report-elements = Éléments non importés :
refi-report-element = { $count } × <{ $name }>
refi-report-refused = Valeurs écartées (refusées par l’attribut) :
refi-report-refused-value = { $attribute } de { $document } : { $reason }
refi-report-cycle = Le code « { $name } » : son parent créerait un cycle ; laissé au premier niveau
refi-report-not-opened = Du travail non enregistré est ouvert : le projet n’est pas encore ouvert.
refi-report-open = Ouvrir le projet

## Fichier ▸ Exporter avec un projet ouvert

project-export-document = Le document affiché
project-export-project = Tout le projet
project-export-retrieval =
    { $count ->
        [one] Le segment codé retrouvé ({ $count })
       *[other] Les segments codés retrouvés ({ $count })
    }
project-export-project-note = Tous les documents du projet ; les lignes de tableur portent le nom de fichier du document et tous ses attributs.
project-export-columns-note = Chaque ligne porte le nom de fichier du document et tous ses attributs.
project-format-csv = Segments codés, CSV
project-format-csv-excel = Segments codés, CSV pour Excel
project-format-xlsx = Segments codés, classeur Excel (une feuille par code)
project-format-markdown = Segments codés, rapport Markdown
project-format-json = Segments codés, JSON

## Les vues du projet : onglets, panneau du corpus, segments codés

project-view-corpus = Corpus
project-view-codebook = Livre de codes
project-view-segments = Segments codés
project-view-tables = Tableaux
project-view-search = Recherche
project-save = Enregistrer le projet
project-reading-files = Lecture des fichiers du projet…
attribute-stakeholder_group = Groupe de parties prenantes
attribute-region = Région
attribute-language = Langue
attribute-date = Date
tabs-tooltip =
    { $document }
    Annotations : { $annotations }
tabs-close = Fermer { $title }
tabs-reading = Lecture de { $done } fichiers sur { $total }
tabs-undo = Annuler la modification du projet
tabs-redo = Rétablir la modification du projet
tabs-import-attributes = Importer des attributs (CSV)…
tabs-export-attributes = Exporter les attributs (CSV)…
tabs-rescan = Chercher de nouveaux fichiers
tabs-unsaved =
    { $count ->
        [one] { $count } non enregistré
       *[other] { $count } non enregistrés
    }
corpus-sorted-descending = { $label }, tri décroissant
corpus-sorted-ascending = { $label }, tri croissant
corpus-sort-by = Trier par { $label }
corpus-no-documents = Aucun document : placez des fichiers .txt ou .md dans le dossier du projet.
corpus-documents-missing = Aucun document ne peut être affiché : les documents du projet sont introuvables (voir les avertissements ci-dessus).
corpus-no-match = Aucun document ne correspond au filtre.
corpus-totals =
    { $count ->
        [one] { $count } document
       *[other] { $count } documents
    } · { $files ->
        [one] { $files } fichier d’annotations
       *[other] { $files } fichiers d’annotations
    } · { $codings ->
        [one] { $codings } codage
       *[other] { $codings } codages
    }
corpus-filter-hint = Filtrer par fichier, titre ou attribut
corpus-filter = Filtrer les documents
corpus-add-attribute = + Attribut…
corpus-import-attributes = Importer des attributs…
corpus-import-attributes-tooltip = Depuis un fichier CSV : une colonne document, une colonne par attribut
corpus-export-attributes = Exporter les attributs…
corpus-column-document = Document
corpus-column-title = Titre
corpus-column-files = Fichiers
corpus-edit-attribute = Modifier l’attribut…
corpus-remove-attribute = Supprimer l’attribut…
corpus-open = Ouvrir
corpus-open-tooltip = Ouvrir le document avec vos annotations
corpus-open-name = Ouvrir { $key }
corpus-attributes-of = Attributs de { $key }
corpus-open-document = Ouvrir le document
corpus-value-none = (aucune)
corpus-hint-date = AAAA-MM-JJ
corpus-hint-number = un nombre
corpus-editor-help = Appuyez sur Entrée ou quittez le champ pour garder sa valeur ; Ctrl+Z annule ; Ctrl+S enregistre le projet.
segments-tags = Codes
segments-any-of = l’un de
segments-and-also = et aussi
segments-not = pas
segments-sub-codes = avec les sous-codes
segments-documents-where = Documents où
segments-remove-condition = Supprimer cette condition
segments-add-condition = + Condition
segments-authors-all = Auteurs : tous
segments-authors = Auteurs : { $names }
segments-status = État
segments-text-hint = texte dans la citation ou la note
segments-containing = Segments contenant
segments-clear-filters = Effacer les filtres
segments-count =
    { $count ->
        [one] { $count } segment codé
       *[other] { $count } segments codés
    } dans { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
segments-moved = déplacé : à vérifier
segments-orphaned = orphelin
segments-note = Note : { $note }
segments-open-tooltip = Ouvrir le document à ce passage
segments-none = Aucun segment codé ne correspond.

## Les dialogues du projet, le livre de codes, les tableaux et la recherche dans le corpus

project-remove-attribute-title = Supprimer l’attribut « { $label } » ?
project-remove-attribute-text =
    { $count ->
        [one] { $count } document perd sa valeur pour cet attribut. Ctrl+Z dans une vue du projet l’annule.
       *[other] { $count } documents perdent leur valeur pour cet attribut. Ctrl+Z dans une vue du projet l’annule.
    }
project-remove = Supprimer
project-export-segments-title =
    { $count ->
        [one] Exporter { $count } segment codé
       *[other] Exporter { $count } segments codés
    }
project-unsaved-quit = Enregistrer les modifications avant de fermer ?
project-unsaved-first = Enregistrer d’abord les modifications ?
project-unsaved-list = Modifications non enregistrées dans :
project-unsaved-project = • le projet : livre de codes et attributs ({ $file })
project-save-all = Tout enregistrer
project-code-edit = Modifier le code
project-code-new = Nouveau code
project-label = Libellé
project-colour = Couleur
project-parent = Code parent
project-top-level = (premier niveau)
project-description = Description
project-code-description-hint = Ce que signifie le code et quand l’utiliser (le mémo du code)
project-attribute-edit = Modifier l’attribut
project-attribute-new = Nouvel attribut
project-kind = Type
project-choices = Choix
project-choices-hint = un par ligne
codebook-add = + Ajouter un code…
codebook-help = Modifiez un code pour le renommer, changer sa couleur, écrire sa description (le mémo du code) ou lui donner un parent.
codebook-usage =
    { $count ->
        [one] { $count } codage
       *[other] { $count } codages
    } dans { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
codebook-edit = Modifier…
codebook-edit-name = Modifier { $label }
codebook-add-sub = + Sous-code…
codebook-add-sub-name = Ajouter un sous-code à { $label }
codebook-move-up = Monter
codebook-move-down = Descendre
codebook-outside = Codes utilisés dans des fichiers d’annotations mais absents du livre de codes
codebook-outside-in = dans { $path }
codebook-add-outside = Ajouter au livre de codes
tables-attribute = Codes × attribut
tables-cooccurrence = Cooccurrence des codes
tables-attribute-choice = attribut
tables-count-segments = compter les segments codés
tables-count-documents = compter les documents
tables-overlap = segments qui se chevauchent
tables-same-paragraph = même paragraphe
tables-export = Exporter en CSV…
tables-change-filters = Modifier les filtres…
tables-no-attributes = Le projet n’a pas d’attributs.
tables-total = total
search-heading = Rechercher dans le corpus
search-in-documents = Dans { $documents } documents sur { $count } (les conditions d’attributs des Segments codés).
search-hits =
    { $count ->
        [one] { $count } occurrence
       *[other] { $count } occurrences
    } dans { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
search-hits-truncated =
    { $count ->
        [one] { $count } occurrence
       *[other] { $count } occurrences
    } dans { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    } (les premières ; précisez la recherche)
search-autocode = Coder toutes les occurrences avec…
search-undo-autocode = Annuler le codage automatique
search-hint = des mots, ou un motif
search-field = Rechercher dans le corpus
search-mode-text = texte
search-mode-words = mots entiers
search-mode-regex = expression régulière
search-match-case = respecter la casse
search-match-accents = respecter les accents
search-open-tooltip = Ouvrir le document à cette occurrence

## Messages du projet, invites de fichier et derniers libellés

message-project-opened =
    { $count ->
        [one] Projet « { $name } » ouvert : { $count } document.
       *[other] Projet « { $name } » ouvert : { $count } documents.
    }
message-code-not-read = « { $label } » ne peut pas encore être supprimé : les fichiers du projet sont en cours de lecture.
message-code-in-use =
    { $count ->
        [one] « { $label } » est utilisé par { $count } annotation
       *[other] « { $label } » est utilisé par { $count } annotations
    } dans { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    } ; retirez-le d’abord de celles-ci (Segments codés les liste). Un code utilisé ne peut pas quitter le livre de codes du projet.
message-project-undone = Modification du projet annulée.
message-project-redone = Modification du projet rétablie.
message-project-nothing-to-undo = Rien à annuler ni à rétablir dans le projet.
message-autocode-undone =
    { $count ->
        [one] Codage automatique annulé dans { $count } document.
       *[other] Codage automatique annulé dans { $count } documents.
    }
message-rescanned = Recherche de nouveaux documents et fichiers d’annotations effectuée.
message-project-document-opened = { $document } ouvert (vos annotations : { $annotations })
message-project-saved = Projet enregistré : { $path }
message-project-saved-conflicts = Projet enregistré ; quelqu’un d’autre avait modifié { $names } en même temps (votre version est gardée).
message-saved-all = Tout est enregistré.
message-autocode-skipped =
    { $count ->
        [one] { $count } document ignoré : { $names }
       *[other] { $count } documents ignorés : { $names }
    }
message-autocoded =
    { $count ->
        [one] { $count } occurrence codée
       *[other] { $count } occurrences codées
    } avec « { $label } » dans { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    } : { $added ->
        [one] { $added } nouveau surlignage
       *[other] { $added } nouveaux surlignages
    }, { $existing } existants. Non enregistré : Tout enregistrer les garde, Annuler le codage automatique les retire.
message-export-over-project = Pas d’export par-dessus un fichier du projet, un document ou un fichier d’annotations ; choisissez un autre nom : { $path }
message-project-exported = Exporté : { $what } vers { $path }
message-cannot-export = Export impossible ({ $error }) : { $path }
message-attributes-imported = { $rows } lignes importées : { $changed } valeurs modifiées (Ctrl+Z annule).
message-attributes-imported-new = { $rows } lignes importées : { $changed } valeurs modifiées, nouveaux attributs : { $names } (Ctrl+Z annule).
export-what-segments =
    { $count ->
        [one] { $count } segment codé
       *[other] { $count } segments codés
    }
export-what-codes =
    { $count ->
        [one] { $count } code
       *[other] { $count } codes
    }
export-what-annotations =
    { $count ->
        [one] { $count } annotation
       *[other] { $count } annotations
    }
export-what-table = le tableau
export-what-attributes = les attributs
kind-text = Texte
kind-number = Nombre
kind-date = Date (AAAA-MM-JJ)
kind-one-of = Un élément d’une liste
path-open-project = Ouvrir un projet (un dossier ou un fichier .glosa-project.ron)
path-export-segments = Exporter les segments codés vers
path-export-project = Exporter le projet vers
path-export-table = Exporter le tableau (CSV) vers
path-import-attributes = Importer des attributs depuis (CSV)
path-export-attributes = Exporter les attributs (CSV) vers
search-hit-name = Occurrence dans { $key } ¶{ $ordinal } : { $text }
segments-condition-name = Condition { $number } : { $part }
segments-condition-attribute = attribut
segments-condition-comparison = comparaison
segments-condition-value = valeur
segments-row-name = Segment { $key } { $place } { $tag } : { $quote }
codebook-count =
    { $count ->
        [one] { $count } code, partagé par tous les fichiers d’annotations du projet
       *[other] { $count } codes, partagés par tous les fichiers d’annotations du projet
    }
tables-filters = Filtres : { $filters }
tables-cell =
    { $count ->
        [one] { $row } × { $column } : { $count } segment
       *[other] { $row } × { $column } : { $count } segments
    }
segments-no-value = (sans valeur)

## robust5 : fichiers REFI-QDA lus malgré tout (espace de noms XML étranger ou absent)
refi-warning-namespace = { $file } est dans l’espace de noms XML « { $found } », et non { $expected } (REFI-QDA 1.5) ; lu malgré tout.
refi-warning-no-namespace = { $file } n’a pas d’espace de noms XML, au lieu de { $expected } (REFI-QDA 1.5) ; lu malgré tout.

## Rapport d’import REFI-QDA : pourquoi une source ou une sélection n’a pas été placée (src/ui/errors.rs)

refi-problem-file-missing = son fichier { $kind } n’est pas dans l’archive
refi-problem-file-unreadable = son fichier { $kind } est illisible ({ $reason })
refi-problem-no-plain-text = pas de texte brut dans le projet
refi-problem-not-plain-text = son texte ne peut pas être lu comme texte brut
refi-report-misfits = Sélections non placées par leur position (placées par leur texte, ou gardées orphelines) :
refi-report-misfit = { $source } : « { $name } » : { $reason }
refi-misfit-pdf-area = une sélection de zone PDF ({ $area }) n’a pas de place dans le texte
refi-misfit-empty = position vide ou inversée { $start }..{ $end }
refi-misfit-outside =
    { $length ->
        [one] la position { $start }..{ $end } ne tient pas dans le texte ({ $length } caractère, compté en { $unit })
       *[other] la position { $start }..{ $end } ne tient pas dans le texte ({ $length } caractères, comptés en { $unit })
    }
refi-unit-code-points = points de code
refi-unit-utf16 = unités de code UTF-16
refi-unit-code-points-line-break = points de code, saut de ligne = 1
refi-unit-utf16-line-break = unités de code UTF-16, saut de ligne = 1

## Ce que garde une recherche (Segments codés, Tableaux), et le coin d’un tableau

query-all = tous les segments codés
query-any-tags = avec l’étiquette { $tags }
query-all-tags = avec toutes les étiquettes { $tags }
query-not-tags = sans l’étiquette { $tags }
query-exact = sans sous-codes
query-authors = par { $authors }
query-statuses = statut : { $statuses }
query-text = texte « { $text } »
query-documents =
    { $count ->
        [one] { $count } document choisi
       *[other] { $count } documents choisis
    }
tables-corner-tag = étiquette

## Agreement view: the project's coders

agreement-project-files = Fichiers du projet :
    .tooltip = Les autres fichiers d’annotations du projet pour ce document, chacun nommé par ses codeurs : ceux qui sont cochés sont comparés (comme le fait glosa agreement --project)

## Agreement view: all the project's documents pooled (agree7)

agreement-scope = Comparer :
agreement-scope-document = Ce document
agreement-scope-project = Tous les documents du projet
    .tooltip = Regroupé sur les documents du projet : leurs textes mis bout à bout, jamais moyennés (comme le fait glosa agreement --project). Chaque désaccord nomme son document ; un clic l’ouvre.
agreement-pooled-note =
    { $count ->
        [one] Regroupé sur { $pooled } document sur { $count } : ceux que tous les codeurs ont codés.
       *[other] Regroupé sur { $pooled } documents sur { $count } : ceux que tous les codeurs ont codés.
    }
agreement-excluded = Exclues ({ $count })
agreement-excluded-moved = déplacée : trouvée seulement de façon approchée dans le document
agreement-excluded-orphaned = orpheline : introuvable dans le document
agreement-excluded-untagged = sans étiquette
agreement-excluded-not-coded-by-all = hors des résultats regroupés : aucune annotation de { $coders }
