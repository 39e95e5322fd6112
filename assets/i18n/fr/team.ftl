# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

## Dialogues du travail en équipe : aperçu de la fusion, copies de synchronisation, récupération, panneau des conflits, auteurs

team-merge-heading = Fusionner le fichier d’un collègue
team-merge-from = Depuis { $path } :
team-merge-added = Ajoutées
team-merge-updated = Mises à jour
team-merge-conflicts = Conflits
team-merge-orphaned = Orphelines
team-merge-unchanged = Inchangées
team-merge-author = Auteur
team-merge-changed = Ajoutées ou modifiées
team-merge-reanchored = Faites sur une autre version du document : { $reanchored } réancrées, { $moved } déplacées, { $orphaned } orphelines (conservées, listées).
team-merge-conflicts-text = Les annotations modifiées ici et là-bas deviennent des conflits : les deux versions sont conservées et listées dans le panneau des conflits.
team-merge-duplicates = { $count ->
    [one] 1 groupe de surlignages identiques du même auteur sous des ID différents (conservés ; voir la liste).
   *[other] { $count } groupes de surlignages identiques du même auteur sous des ID différents (conservés ; voir la liste).
}
team-merge-one-step = La fusion est une seule étape : Ctrl+Z l’annule entièrement.
team-merge-nothing = Rien à fusionner : toutes les annotations du fichier sont déjà ici.
team-button-merge = Fusionner
team-copies-heading = { $count ->
    [one] Fusionner 1 copie en conflit créée par votre client de synchronisation
   *[other] Fusionner { $count } copies en conflit créées par votre client de synchronisation
}
team-copies-text = Votre client de synchronisation a gardé ces versions du fichier d’annotations quand deux ordinateurs l’ont modifié en même temps :
team-copies-merge-text = La fusion garde le travail de chacun (la même annotation modifiée des deux côtés devient un conflit à résoudre). C’est une seule étape : Ctrl+Z l’annule. Après le prochain enregistrement, les copies sont déplacées dans le dossier .glosa-merged à côté du fichier ; rien n’est supprimé.
team-button-not-now = Pas maintenant
team-recover-heading = { $count ->
    [one] Récupérer 1 modification non enregistrée
   *[other] Récupérer { $count } modifications non enregistrées
}
team-recover-text = Glosa s’est arrêté avant d’enregistrer { $file } (un plantage, ou l’ordinateur a été éteint). Son journal de récupération contient du travail absent du fichier : { $count ->
    [one] 1 annotation ajoutée ou modifiée.
   *[other] { $count } annotations ajoutées ou modifiées.
}
team-recover-choices = Récupérer le fusionne (les modifications enregistrées entre-temps par un collègue sont gardées) en une seule étape : Ctrl+Z l’annule. Abandonner supprime le journal.
team-button-recover = Récupérer
team-button-discard = Abandonner
    .tooltip = Le travail non enregistré du journal est perdu
team-button-later = Plus tard
    .tooltip = Garder le journal ; la question sera reposée la prochaine fois
team-conflicts-heading = Conflits ({ $count })
team-conflicts-none = Aucun conflit : chaque annotation a une seule version. Les conflits apparaissent ici quand deux personnes modifient la même annotation avant de fusionner.
team-conflict-versions = { $count } versions d’une annotation, modifiée sur deux ordinateurs :
team-button-keep-both = Garder les deux comme annotations distinctes
    .tooltip = Chaque version devient une annotation à part entière (celle affichée garde l’ID)
team-version = Version { $number }
team-version-shown = Version { $number } (affichée)
team-button-take-this = Prendre celle-ci
    .tooltip = Garder cette version ; les autres disparaissent (Ctrl+Z les rétablit)
team-version-no-tags = Aucune étiquette
team-version-note = Note dans cette version : { $note }
team-version-by = par { $author }
team-version-deleted = supprimée le { $time }
team-version-changed = modifiée le { $time }
team-authors = Auteurs
team-author-count = { $author } ({ $count })
team-show-author = Afficher les surlignages de { $author }
team-message-already-open = { $path } est déjà le fichier d’annotations ouvert.
team-message-merged = Fusionné { $what } : { $summary } (Ctrl+Z pour annuler).
team-merged-disk = leur version sur le disque
team-merged-copies = { $count ->
    [one] 1 copie en conflit
   *[other] { $count } copies en conflit
}
team-merged-journal = le journal de récupération
team-merge-summary = ajoutées { $added }, mises à jour { $updated }, inchangées { $unchanged }, conflits { $conflicts }, réancrées { $reanchored }, orphelines { $orphaned }
team-message-discarded = Le travail non enregistré du journal de récupération a été abandonné.
team-message-resolved = Conflit résolu (Ctrl+Z pour annuler).

## Auteurs : personnes, alias d’auteur, auteurs masqués

menu-team = Équipe
action-authors = Auteurs…
team-authors-edit = Fusionner des noms…
    .tooltip = Les noms et décomptes de chaque personne ; indiquer que deux noms sont une même personne
team-authors-hidden = { $count ->
    [one] { $count } masquée (auteur { $author })
   *[other] { $count } masquées (auteur { $author })
}
team-authors-show = Afficher
team-authors-heading = Auteurs
team-authors-text = Les personnes qui ont écrit les annotations de ce fichier. Si une personne a écrit sous deux noms (« Ana K. » et « ana.k@example.org »), choisissez l’autre nom sous « Même personne que… » : l’alias est enregistré dans le fichier d’annotations, les annotations gardent leurs noms, et les listes, les surlignages et l’accord les comptent comme une seule personne.
team-authors-person = Personne
team-authors-names = Noms écrits (annotations)
team-authors-count = Annotations
team-authors-same = Même personne que…
team-authors-choose = Choisir…
team-authors-same-label = { $author } est la même personne que…
team-authors-undo = Enregistrer un alias est une seule étape : Ctrl+Z l’annule.
team-message-aliased = « { $alias } » est désormais { $person } (Ctrl+Z pour annuler).

## Panneau des conflits : Modifier…

team-button-edit-conflict = Modifier…
    .tooltip = Rédiger vous-même le résultat, à partir d’une version ou de toutes combinées ; il remplace toutes les versions
team-edit-heading = Modifier l’annotation en conflit
team-edit-start = Partir de :
team-edit-combine = Toutes combinées
    .tooltip = Les étiquettes de toutes les versions, et leurs notes l’une après l’autre
team-edit-passage = Passage
team-edit-tags = Groupes de parties prenantes
team-edit-note = Note
team-edit-undo = Le résultat devient la seule version, plus récente que toutes les autres (Ctrl+Z rétablit le conflit).
team-button-resolve-edited = Résoudre avec celle-ci

## Modifications sur le disque

team-notice-merged = { $count ->
    [one] { $count } modification du disque fusionnée
   *[other] { $count } modifications du disque fusionnées
}
team-notice-undo = Annuler
team-notice-dismiss = Fermer

## Recovery prompt answered "Later"

team-menu-recover = Récupérer le travail non enregistré du journal…
team-message-nothing-to-recover = Le journal de récupération ne contient plus rien qui ne soit déjà ici.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [one] { $path } ouvert — 1 conflit à résoudre : Affichage > Panneau des conflits
       *[other] { $path } ouvert — { $count } conflits à résoudre : Affichage > Panneau des conflits
    }
