# Team work: merge preview, conflicts, sync copies, crash recovery, authors.

## Diálogos del trabajo en equipo: vista previa de la fusión, copias de sincronización, recuperación, panel de conflictos, autores

team-merge-heading = Fusionar el archivo de un colega
team-merge-from = De { $path }:
team-merge-added = Añadidas
team-merge-updated = Actualizadas
team-merge-conflicts = Conflictos
team-merge-orphaned = Huérfanas
team-merge-unchanged = Sin cambios
team-merge-author = Autor
team-merge-changed = Añadidas o cambiadas
team-merge-reanchored = Hechas sobre otra versión del documento: { $reanchored } reancladas, { $moved } desplazadas, { $orphaned } huérfanas (conservadas, listadas).
team-merge-conflicts-text = Las anotaciones cambiadas aquí y allí pasan a ser conflictos: se conservan ambas versiones, listadas en el panel de conflictos.
team-merge-duplicates = { $count ->
    [one] 1 grupo de resaltados idénticos del mismo autor con ID distintos (conservados; véase la lista).
   *[other] { $count } grupos de resaltados idénticos del mismo autor con ID distintos (conservados; véase la lista).
}
team-merge-one-step = La fusión es un solo paso: Ctrl+Z la deshace entera.
team-merge-nothing = Nada que fusionar: todas las anotaciones del archivo ya están aquí.
team-button-merge = Fusionar
team-copies-heading = { $count ->
    [one] Fusionar 1 copia en conflicto creada por su cliente de sincronización
   *[other] Fusionar { $count } copias en conflicto creadas por su cliente de sincronización
}
team-copies-text = Su cliente de sincronización guardó estas versiones del archivo de anotaciones cuando dos ordenadores lo cambiaron a la vez:
team-copies-merge-text = Fusionar conserva el trabajo de todos (la misma anotación cambiada en ambos pasa a ser un conflicto que resolver). Es un solo paso: Ctrl+Z lo deshace. Tras el próximo guardado, las copias se mueven a la carpeta .glosa-merged junto al archivo; no se borra nada.
team-button-not-now = Ahora no
team-recover-heading = { $count ->
    [one] Recuperar 1 cambio sin guardar
   *[other] Recuperar { $count } cambios sin guardar
}
team-recover-text = Glosa se detuvo antes de guardar { $file } (un fallo, o se apagó el ordenador). Su diario de recuperación contiene trabajo que no está en el archivo: { $count ->
    [one] 1 anotación añadida o cambiada.
   *[other] { $count } anotaciones añadidas o cambiadas.
}
team-recover-choices = Recuperar lo fusiona (se conservan los cambios que un colega haya guardado entretanto) en un solo paso: Ctrl+Z lo deshace. Descartar borra el diario.
team-button-recover = Recuperar
team-button-discard = Descartar
    .tooltip = Se pierde el trabajo sin guardar del diario
team-button-later = Más tarde
    .tooltip = Conservar el diario; se le preguntará de nuevo la próxima vez
team-conflicts-heading = Conflictos ({ $count })
team-conflicts-none = No hay conflictos: cada anotación tiene una sola versión. Los conflictos aparecen aquí cuando dos personas cambian la misma anotación antes de fusionar.
team-conflict-versions = { $count } versiones de una anotación, cambiada en dos ordenadores:
team-button-keep-both = Conservar ambas como anotaciones separadas
    .tooltip = Cada versión pasa a ser una anotación propia (la mostrada conserva el ID)
team-version = Versión { $number }
team-version-shown = Versión { $number } (mostrada)
team-button-take-this = Quedarse con esta
    .tooltip = Conservar esta versión; las demás se descartan (Ctrl+Z las recupera)
team-version-no-tags = Sin etiquetas
team-version-note = Nota en esta versión: { $note }
team-version-by = por { $author }
team-version-deleted = borrada el { $time }
team-version-changed = cambiada el { $time }
team-authors = Autores
team-author-count = { $author } ({ $count })
team-show-author = Mostrar los resaltados de { $author }
team-message-already-open = { $path } ya es el archivo de anotaciones abierto.
team-message-merged = Fusionado { $what }: { $summary } (Ctrl+Z para deshacer).
team-merged-disk = su versión en el disco
team-merged-copies = { $count ->
    [one] 1 copia en conflicto
   *[other] { $count } copias en conflicto
}
team-merged-journal = el diario de recuperación
team-merge-summary = añadidas { $added }, actualizadas { $updated }, sin cambios { $unchanged }, conflictos { $conflicts }, reancladas { $reanchored }, huérfanas { $orphaned }
team-message-discarded = Se descartó el trabajo sin guardar del diario de recuperación.
team-message-resolved = Conflicto resuelto (Ctrl+Z para deshacer).

## Autores: personas, alias de autor, autores ocultos

menu-team = Equipo
action-authors = Autores…
team-authors-edit = Unir nombres…
    .tooltip = Los nombres y recuentos de cada persona; registrar que dos nombres son la misma persona
team-authors-hidden = { $count ->
    [one] 1 oculta (autor { $author })
   *[other] { $count } ocultas (autor { $author })
}
team-authors-show = Mostrar
team-authors-heading = Autores
team-authors-text = Las personas que escribieron las anotaciones de este archivo. Si una persona escribió con dos nombres («Ana K.» y «ana.k@example.org»), elija el otro nombre en «Misma persona que…»: el alias se registra en el archivo de anotaciones, las anotaciones conservan sus nombres, y las listas, los resaltados y la concordancia las cuentan como una sola persona.
team-authors-person = Persona
team-authors-names = Nombres escritos (anotaciones)
team-authors-count = Anotaciones
team-authors-same = Misma persona que…
team-authors-choose = Elegir…
team-authors-same-label = { $author } es la misma persona que…
team-authors-undo = Registrar un alias es un solo paso: Ctrl+Z lo deshace.
team-message-aliased = «{ $alias }» es ahora { $person } (Ctrl+Z para deshacer).

## Panel de conflictos: Editar…

team-button-edit-conflict = Editar…
    .tooltip = Escribir usted mismo el resultado, a partir de una versión o de todas combinadas; sustituye a todas las versiones
team-edit-heading = Editar la anotación en conflicto
team-edit-start = Partir de:
team-edit-combine = Todas combinadas
    .tooltip = Las etiquetas de todas las versiones, y sus notas una tras otra
team-edit-passage = Pasaje
team-edit-tags = Grupos de partes interesadas
team-edit-note = Nota
team-edit-undo = El resultado pasa a ser la única versión, más reciente que todas ellas (Ctrl+Z recupera el conflicto).
team-button-resolve-edited = Resolver con esta

## Cambios en el disco

team-notice-merged = { $count ->
    [one] Fusionado 1 cambio del disco
   *[other] Fusionados { $count } cambios del disco
}
team-notice-undo = Deshacer
team-notice-dismiss = Cerrar

## Recovery prompt answered "Later"

team-menu-recover = Recuperar el trabajo sin guardar del diario…
team-message-nothing-to-recover = El diario de recuperación ya no contiene nada que no esté aquí.

# teamfix: opening a file with unresolved conflicts (status bar).
message-opened-conflicts =
    { $count ->
        [one] Abierto { $path }: 1 conflicto por resolver — Ver > Panel de conflictos
       *[other] Abierto { $path }: { $count } conflictos por resolver — Ver > Panel de conflictos
    }
