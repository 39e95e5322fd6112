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
