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
