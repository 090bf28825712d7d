# El texto propio de Alerta, en español de América Latina (tú).
#
# Para traducir: copia assets/i18n/en/alerta.ftl a assets/i18n/<código>/alerta.ftl
# (el código es una etiqueta BCP-47 como es, pt-BR o quc), cambia el texto
# después de cada "=" y deja igual cada { $variable }.

## El nombre del idioma en sí mismo, para elegir idioma.
-language-name = Español

## App
app-name = Alerta
tagline = Aprende a reconocer cómo reclutan los tratantes y dónde pedir ayuda.
language = Idioma

## Quick exit and top bar
exit = Salir
exit-tip = Oculta esta pantalla y cierra Alerta al instante. Teclas: Esc dos veces, o Mayús tres veces.
help = Ayuda
help-tip = Dónde pedir ayuda (F1)
settings = Ajustes
settings-tip = Tamaño del texto, contraste, idioma y tu perfil
home = Inicio
home-tip = Volver a la lista de módulos
back = Atrás
back-tip = Volver (Esc)
next = Siguiente
next-tip = Página siguiente (flecha derecha o Av Pág)
previous = Anterior
previous-tip = Página anterior (flecha izquierda o Re Pág)
sign-out = Cerrar sesión
guest-badge = Invitado: no se guarda nada
signed-in-as = Sesión de { $name }

## Start screen
who-is-learning = ¿Quién aprende hoy?
no-profiles-yet = Todavía no hay perfiles. Crea uno para guardar tu avance en esta computadora.
open-profile-tip = Abrir este perfil
has-pin = tiene PIN
needs-repair = necesita reparación
new-profile = Perfil nuevo
your-name = Tu nombre o un apodo
create = Crear
cancel = Cancelar
continue-as-guest = Seguir como invitado
guest-tip = Aprende sin perfil. No se guarda nada al cerrar Alerta.
enter-pin = PIN de { $name }
open = Abrir
wrong-pin = Ese PIN no es correcto. Vuelve a intentarlo o pide a tu facilitador que lo borre.
profile-locked = { $name } está abierto en otra ventana de Alerta.
open-read-only = Ver sin guardar
choose-another = Elegir otro perfil
facilitator-mode = Modo facilitador
facilitator-tip = Para talleres y clases: vista de presentación, informe de la clase, paquetes de lecciones.
data-not-writable = No se puede guardar el avance en esta computadora ({ $error }). Puedes seguir aprendiendo como invitado; no se guardará nada.
privacy-note = Tu avance se queda en esta computadora. Alerta nunca usa internet.

## Messages about data
recovered-from = Tu archivo de avance estaba dañado; se recuperó la copia del { $date }.
recovered-nothing = Tu archivo de avance estaba dañado y no había una copia buena, así que este perfil empieza de nuevo. El archivo dañado se guardó como { $path }.
recovered-missing = Faltaba tu archivo de avance; se recuperó la copia del { $date }.
save-failed = No se pudo guardar tu avance: { $error }. Se conserva mientras Alerta siga abierto y se volverá a intentar.
read-only-notice = Estás viendo sin guardar: este perfil está abierto en otro lugar.
dismiss = Entendido
dismiss-tip = Cerrar este mensaje

## Home
modules = Módulos
continue-where-left = Seguir donde lo dejaste
continue-tip = Abrir { $module }
start-course = Empezar el primer módulo
minutes =
    { $minutes ->
        [one] alrededor de { $minutes } minuto
       *[other] unos { $minutes } minutos
    }
not-started = Sin empezar
in-progress = En curso
passed-with = Aprobado: { $score }%
open-module = Abrir
open-module-tip = Abrir el módulo { $module }
review-due =
    { $count ->
        [one] { $count } pregunta para repasar
       *[other] { $count } preguntas para repasar
    }
review-one = 1 pregunta para repasar
start-review = Repasar ahora
my-mistakes = Mis errores
my-mistakes-tip = Lo que respondiste mal, y por qué
failed-modules = Algunas lecciones no se pudieron cargar
failed-module-line = No se pudo cargar { $file }:
failed-module-help = Pide a la persona que cuida las lecciones que use el verificador (alerta check).
progress-overall =
    { $total ->
        [one] { $passed } de { $total } módulo aprobado
       *[other] { $passed } de { $total } módulos aprobados
    }

## Module
before-you-start = Antes de empezar
continue-module = Continuar
skip-to-quiz = Ir al cuestionario
where-to-get-help = Ver dónde pedir ayuda
page-of = Página { $page } de { $total }
lesson-of = Lección { $number } de { $total }: { $title }
go-to-quiz = Ir al cuestionario
key-points = Ideas clave
red-flags = Señales de alerta
show-warning-signs = Mostrar las señales de alerta
hide-warning-signs = Ocultar las señales de alerta
show-warning-signs-tip = Resalta las partes que son señales de alerta, y por qué
example = Un ejemplo inventado
you = Tú
image = Imagen: { $description }
discussion = Para conversar
facilitator-note = Nota para quien facilita
module-progress = Avance del módulo

## Scenario
story = Una historia
what-should-do = ¿Qué pasa ahora?
choice-tip = Tecla { $key }
outcome-safe = A salvo
outcome-risky = Todavía en riesgo
outcome-harmful = Con daño
debrief = Qué aprender de esto
play-again = Volver a empezar la historia
not-your-fault = Si te ha pasado algo así, no es tu culpa. Puedes pedir ayuda en cualquier momento.
story-step = Paso { $step }

## Quiz
quiz = Cuestionario
question-of = Pregunta { $number } de { $total }
pick-one = Elige una respuesta.
pick-all = Marca todas las que correspondan.
put-in-order = Ordénalas, la primera arriba.
spot-parts = Selecciona cada parte que sea una señal de alerta.
true = Verdadero
false = Falso
move-up = Subir: { $item }
move-down = Bajar: { $item }
submit = Comprobar mi respuesta
submit-tip = Comprobar la respuesta (Enter)
correct = ¡Correcto!
correct-second-try = Correcto, al segundo intento.
not-quite = Todavía no. Vuelve a intentarlo.
show-hint = Ver una pista
hint = Pista
model-answer = La respuesta
model-answer-intro = Esta es la respuesta correcta, y por qué.
next-question = Siguiente pregunta
see-results = Ver mis resultados
right-choice = correcta
wrong-choice = incorrecta
missed-choice = también era correcta
you-picked = tu elección
flags-found = Señales encontradas: { $count }
flags-missed = Señales que faltaron: { $count }
false-alarms = No eran señales de alerta: { $count }
selected = seleccionada
not-selected = sin seleccionar
part-n = Parte { $number }
in-right-place = en su lugar
in-wrong-place = todavía no en su lugar

## Results
results = Tus resultados
score-is = Tu puntuación: { $score }%
pass-mark-is = Para aprobar: { $mark }%
passed-msg = Aprobaste este módulo. ¡Bien hecho!
not-passed-msg = Todavía no lo apruebas. Lee las explicaciones de abajo y vuelve a intentarlo cuando quieras.
what-was-missed = Qué repasar
nothing-missed = Respondiste bien todas las preguntas al primer intento.
retry = Volver a hacer el cuestionario
back-to-home = Volver a los módulos
scoring = Una pregunta bien respondida al primer intento vale completa; al segundo, la mitad.

## Review
review-title = Repaso
review-intro = Las preguntas que fallaste vuelven otros días hasta que las respondas bien en días distintos.
review-done = Repaso terminado. Bien: { $right } de { $total }.
nothing-to-review = No hay nada que repasar ahora.
mistakes-intro = Preguntas que respondiste mal, con la respuesta correcta y por qué.
no-mistakes = Todavía no hay errores guardados.
your-answer = Tu respuesta: { $answer }
right-answer = Respuesta correcta: { $answer }
since-right = Después la respondiste bien.
nothing-selected = (nada seleccionado)
from-module = De: { $module }

## Help
help-title = Dónde pedir ayuda
help-intro = Si tú o alguien que conoces está en peligro ahora, llama al número de emergencias de tu país (está más abajo). No enfrentes a la persona que sospechas. Las notas de cada línea dicen cuándo atiende y si la llamada tiene algún costo.
source-checked = Fuente revisada el { $date }: alguien leyó dónde se publica este número.
called-on = Se llamó y contestaron el { $date }.
not-called = Nadie de este curso ha llamado todavía.
who-should-call = Quién debe llamar: { $who }
run-by-police = Esta línea es de la policía.
run-by-immigration = Esta línea es de las autoridades de migración. Lo que digas puede usarse para aplicar las leyes de migración.
not-found-emergency = Número de emergencias: no se encontró con una fuente confiable.
not-found-child-protection = Línea de protección de la niñez: no se encontró con una fuente confiable.
searched-on = Búsqueda hecha el { $date }.
facilitator-only-line = Solo para quien facilita: no se muestra a las personas que aprenden.
operator = A cargo de: { $operator }
no-verified-lines = Todavía no se ha revisado ninguna línea de ayuda para este curso.
quick-exit-honest = El botón Salir oculta esta pantalla de alguien que mira por encima de tu hombro. No puede ocultar lo que hiciste de un programa de vigilancia instalado en esta computadora.
numbers-change = Los números cambian. Si una línea no funciona, avísale a quien facilita.
kind-phone = Teléfono
kind-text = Mensaje de texto
kind-chat = Chat
kind-web = Página web
kind-emergency = Emergencias

## Settings
settings-title = Ajustes
text-size = Tamaño del texto
text-size-tip = También Ctrl + y Ctrl −; Ctrl 0 vuelve al normal
smaller = Texto más pequeño
larger = Texto más grande
reset-size = Tamaño normal
high-contrast = Alto contraste
high-contrast-tip = Texto blanco sobre negro, con bordes marcados
your-profile = Tu perfil
rename = Cambiar nombre
new-name = Nombre nuevo
save = Guardar
pin = PIN
pin-explain = Un PIN evita que tus compañeros entren a tu perfil. Es privacidad entre conocidos, no seguridad: quien pueda abrir los archivos de esta computadora todavía puede leerlos.
set-pin = Poner un PIN
remove-pin = Quitar el PIN
new-pin = PIN nuevo (de 4 a 8 números)
pin-invalid = Un PIN tiene de 4 a 8 números.
export-progress = Exportar mi avance
export-tip = Guarda tu avance en un solo archivo para llevarlo a quien facilita en una memoria USB.
exported = Guardado como { $path }
delete-profile = Borrar este perfil
delete-confirm = Esto borra para siempre todo el avance de { $name } en esta computadora. Escribe el nombre para confirmar.
delete-for-good = Borrar para siempre
done = Listo
name-taken = Ya existe un perfil con ese nombre.
name-invalid = Un nombre necesita de 1 a 40 caracteres.
error-prefix = Algo salió mal: { $error }

## Facilitator
facilitator-title = Modo facilitador
facilitator-pin-prompt = PIN de quien facilita
facilitator-set-pin = Proteger el modo facilitador con un PIN
presenter = Presentar un módulo
presenter-tip = Proyecta un módulo a un grupo, con tus notas en esta pantalla
classroom = Informe de la clase
classroom-tip = Avance de quienes aprenden en esta computadora y de archivos importados
lesson-packs = Paquetes de lecciones
lesson-packs-tip = Instalar o cambiar de curso
profiles = Perfiles en esta computadora
reset-pin = Borrar PIN
pin-was-reset = Se quitó el PIN de { $name }.
leave-facilitator = Salir del modo facilitador
back-to-hub = Volver al modo facilitador
choose-module = Elige un módulo para presentar
present = Presentar
audience-window = Ventana del público
second-window = Mostrar la vista del público en una segunda ventana (para el proyector)
toggle-notes = Mostrar mis notas (N)
notes-hidden = Notas ocultas para el grupo. Pulsa N para mostrarlas.
current-step = Ahora se muestra
next-step = Lo siguiente
no-next-step = Este es el último paso.
timer = Tiempo: { $time }
reset-timer = Reiniciar el cronómetro
reveal-answer = Mostrar la respuesta (R)
answer-hidden = La respuesta está oculta hasta que la muestres.
hands-for = Manos levantadas por: { $choice }
add-hand = Una mano más por: { $choice }
remove-hand = Una mano menos por: { $choice }
votes =
    { $count ->
        [one] { $count } mano
       *[other] { $count } manos
    }
room-voted = El grupo eligió: { $choice }
follow-majority = Seguir a la mayoría
no-votes-yet = Primero cuenta las manos de cada opción.
end-session = Terminar la sesión
session-summary = Resumen de la sesión
covered =
    { $total ->
        [one] Cubierto: { $done } de { $total } paso
       *[other] Cubierto: { $done } de { $total } pasos
    }
export-csv = Exportar como CSV
export-csv-anon = Exportar como CSV sin nombres
saved-to = Guardado en { $path }
import-progress = Importar archivos de avance
import-tip = Agrega archivos exportados por quienes aprenden en otras computadoras (de una memoria USB)
learner = Persona
modules-passed = Módulos aprobados
time-spent = Tiempo dedicado
most-missed = Más falladas
question = Pregunta
share-right = Respondida bien
answers = Respuestas
from-file = importado
this-computer = esta computadora
no-learners = Todavía no hay personas.
import-added = Se agregó a { $name }.
import-duplicate = { $name } ya estaba; se usa el archivo más reciente.
import-same-name = Hay dos personas distintas llamadas { $name }; se conservan las dos.
import-rejected = No se importó { $file }: { $error }
import-nothing = No se eligió ningún archivo.
certificate = Certificado (PDF)
certificate-tip = Guardar un certificado de finalización para esta persona
installed-courses = Cursos instalados
bundled-course = Curso incluido
in-use = en uso
use-course = Usar este curso
import-folder = Importar una carpeta de curso
import-zip = Importar un curso .zip
pack-invalid = Este paquete no se instaló. Primero corrige estos problemas:
pack-installed = Se instaló { $course }.
restart-to-apply = Curso cambiado: { $course }.
per-question = Por pregunta
per-learner = Por persona

## Second edition: read aloud, sources, the check before a module, the class table, reloads.
read-aloud = Leer en voz alta
read-aloud-tip = Lee esta parte en voz alta (tecla L). Vuelve a pulsar para parar.
stop-reading = Parar la lectura
stop-reading-tip = Deja de leer en voz alta (tecla L)
read-slowly = Leer más despacio
read-slowly-tip = Leer en voz alta a menor velocidad
no-voice = No se encontró en esta computadora una voz para leer en voz alta.
no-voice-for-language = Esta computadora no tiene una voz para este idioma.
checking-voice = Buscando una voz en esta computadora…
sources = Fuentes
sources-tip = De dónde vienen los datos de esta página
pre-check-title = Mira lo que ya sabes
pre-check-intro = Unas pocas preguntas antes de las lecciones. Es opcional y no es un examen: nadie aprueba ni reprueba. Sirve para ver lo que aprendes.
pre-check-start = Responder primero unas preguntas
pre-check-done = Gracias
pre-check-score = Ya sabías { $right } de { $total }.
pre-check-not-a-test = Esto no era un examen. Las lecciones explican cada pregunta; al final, el cuestionario muestra lo que aprendiste.
start-lessons = Empezar las lecciones
filter-by-name = Buscar por nombre
sort-by = Ordenar por:
sort-name = Nombre
sort-passed = Módulos aprobados
sort-gain = Aprendizaje
sort-time = Tiempo
learning-gain = Aprendizaje (puntos)
screen-closed = El curso cambió y se cerró la pantalla que estaba abierta. No se perdió nada de lo que guardaste.
export-xapi = Exportar para un registro de aprendizaje (xAPI)
export-xapi-tip = Declaraciones xAPI 1.0.3 en un archivo JSON, sin nombres, para el registro de aprendizaje de la ONG
item-analysis-intro = Según el primer intento terminado de cada persona. Discriminación: proporción de aciertos del 27% con mejor nota menos la del 27% con peor nota; si es negativa, la pregunta confunde a quienes saben. Las alertas aparecen desde 5 respuestas.
item-line = Acierto al primer intento: { $right } de { $total } respuestas · discriminación { $discrimination }
flag-too-easy = Demasiado fácil: más del 90% acierta al primer intento
flag-confusing = Confusa: quienes tuvieron peor nota general acertaron más
flag-unused =
    { $count ->
        [one] { $count } opción incorrecta que nadie eligió
       *[other] { $count } opciones incorrectas que nadie eligió
    }
class-gain = Aprendizaje medio de la clase, de la revisión previa al cuestionario: { $points } puntos
course-reloaded = Los archivos de lecciones cambiaron y se volvieron a cargar.
course-reload-failed = Los archivos de lecciones cambiaron pero tienen errores; lo que estaba en pantalla se mantiene hasta que se corrijan:


## Material impreso, desde el modo facilitador
printing = Imprimir para una sala sin proyector
printing-tip = Un PDF para imprimir: una hoja para quienes aprenden, un cuestionario en papel con sus respuestas, o tu guía con todos los caminos de las historias y un guion para conversar al final. Sale en el idioma que se muestra.
paper = Papel:
paper-a4 = A4
paper-letter = Carta
print-country = Líneas de ayuda de:
whole-region = Solo las de toda la región
print-button-handout = Hoja para participantes
print-button-quiz = Cuestionario en papel
print-button-answers = Respuestas
print-button-guide = Guía para facilitar
print-save-title = Guardar el PDF
## Verdadero y falso, como los muestra la vista de presentación
answer-true = Verdadero
answer-false = Falso

## Certificado de finalización (PDF)
cert-title = Certificado de finalización
cert-certifies = Se certifica que
cert-completed = completó el curso
cert-completed-some = aprobó estos módulos del curso
cert-modules-heading = Módulos aprobados
cert-date-label = Fecha

## CSV del informe de la clase: encabezados de columna y textos fijos.
## Los encabezados van cortos, en minúsculas y sin tildes, para que toda hoja
## de cálculo los abra igual.
csv-learner = persona
csv-source = origen
csv-modules-passed = modulos_aprobados
csv-minutes-total = minutos_total
csv-module-best-score = { $module }_mejor_puntuacion
csv-module-attempts = { $module }_intentos
csv-module-minutes = { $module }_minutos
csv-module-before = { $module }_antes
csv-module-after = { $module }_despues
csv-module-gain = { $module }_aprendizaje
csv-average-gain = aprendizaje_medio
csv-most-missed = mas_falladas
csv-module = modulo
csv-question = pregunta
csv-prompt = enunciado
csv-answered = respondidas
csv-right-first-try = bien_al_primer_intento
csv-share-right = proporcion_bien
csv-discrimination = discriminacion
csv-picks = elecciones
csv-flags = alertas
csv-this-computer = esta computadora
csv-anonymous-learner = Persona { $number }

## Mensajes del verificador (alerta check). Las palabras de código
## (course.ron, flag_kinds, show: Learners, Single, …) son lo que se escribe
## en los archivos de lecciones: déjalas igual.
diag-id-kind-module = módulo
diag-id-kind-lesson = lección
diag-id-kind-question = pregunta
diag-id-kind-scenario = escenario
diag-id-kind-scene = escena
diag-id-kind-artefact = material
diag-id-kind-part = parte
diag-id-kind-source = fuente
diag-id-kind-flag-kind = tipo de señal
# Un mensaje del verificador sobre un campo de un archivo de lecciones.
diag-in-field = { $message } (en { $field })
diag-io = no se pudo leer el archivo: { $error }
diag-too-large = el archivo pesa { $size } y el límite es { $limit }; no se leyó. divídelo en módulos más pequeños
diag-not-utf8 = el archivo no es texto UTF-8; guárdalo como UTF-8 en tu editor
diag-syntax = error de formato: { $message }
diag-is-directory = se esperaba un archivo y hay una carpeta
diag-no-modules = no hay módulos (archivos .ron) en esta carpeta
diag-missing-manifest = falta course.ron, que declara el id, el título y los idiomas del curso
diag-duplicate-id = el id de { $what } "{ $id }" ya se usó en { $first }
diag-bad-id = el id "{ $id }" solo puede tener minúsculas sin tilde, cifras y guiones (-)
diag-bad-course-id = el id del curso no sirve como nombre de carpeta: solo minúsculas sin tilde, cifras y guiones, hasta 64, sin empezar por guion ({ $error })
diag-empty-id = el id está vacío
diag-missing-translation = falta el texto en el idioma "{ $lang }"
diag-undeclared-language = el idioma "{ $lang }" no está declarado en course.ron (languages); se ignorará
diag-no-languages = course.ron no declara ningún idioma
diag-bad-language-code = "{ $code }" no es un código de idioma (como en, es)
diag-unknown-scene = la opción lleva a la escena "{ $id }", que no existe
diag-unreachable-scene = ninguna opción lleva a la escena "{ $id }"; nadie la verá
diag-no-ending = el escenario no tiene ningún final (ending)
diag-no-way-out = desde la escena "{ $scene }" no se puede llegar a ningún final; es un ciclo sin salida
diag-dead-end = la escena "{ $scene }" no tiene opciones ni final
diag-ending-with-choices = la escena "{ $scene }" tiene un final y también opciones; un final no lleva opciones
diag-single-needs-one-correct = una pregunta Single necesita exactamente una opción correcta; tiene { $found }
diag-multi-needs-correct = una pregunta Multi necesita al menos una opción correcta
diag-too-few-choices = se necesitan al menos { $min } opciones; hay { $found }
diag-spot-needs-flags = una pregunta SpotFlags necesita al menos una parte marcada en flags
diag-unknown-part = no hay ninguna parte con id "{ $id }" en el material
diag-pass-mark = la nota para aprobar debe estar entre 0 y 100; es { $value }
diag-empty-list = la lista { $what } está vacía
diag-minutes = los minutos estimados deben estar entre 1 y 600; son { $value }
diag-asset-absolute = la ruta "{ $path }" es absoluta; usa una ruta dentro de la carpeta del curso
diag-asset-escapes = la ruta "{ $path }" sale de la carpeta del curso
diag-asset-missing = no existe el archivo "{ $path }"
diag-asset-not-file = "{ $path }" no es un archivo
diag-asset-too-large = "{ $path }" pesa { $size }; el límite es { $limit }
diag-markup = { $message }
diag-bad-date = "{ $value }" no es una fecha AAAA-MM-DD válida
diag-bad-year = "{ $value }" no es un año; escribe 2016, "c. 2015" o "n.d." (sin fecha)
diag-no-sources = el módulo no tiene fuentes (sources); toda cifra necesita su fuente
diag-missing-alt = una imagen necesita image_alt: una descripción para quien no puede verla
diag-alt-without-image = hay image_alt pero no image; añade la imagen o quita la descripción
diag-missing-help = falta help.ron; la pantalla de ayuda no mostrará ningún número
diag-flag-and-decoy = la parte "{ $part }" está a la vez en flags y en decoys
diag-unknown-flag-kind = "{ $name }" no es un tipo de señal definido en course.ron (flag_kinds)
diag-unknown-flag-kind-none-defined = "{ $name }" no es un tipo de señal: course.ron no define ninguno (flag_kinds); añádelo allí o quita el tipo
diag-unknown-flag-kind-did-you-mean = "{ $name }" no es un tipo de señal de course.ron; ¿quisiste decir { $suggestion }?
diag-unknown-source = no hay ninguna fuente con id "{ $id }" en sources del módulo
diag-unknown-question = el cuestionario no tiene ninguna pregunta con id "{ $id }"
diag-two-pinned = solo una opción puede llevar pin: { $pin }; quita el pin de una de ellas
diag-weak-source-for-learners = una línea con show: Learners necesita una fuente High o MediumHigh; esta es { $confidence }. Usa show: Facilitators o busca una fuente mejor
diag-enforcement-without-advice = una línea de la policía o de migración necesita who_should_call: quién debe llamar y quién no
diag-no-emergency-entry = { $country } no tiene número de emergencia (kind: Emergency) ni un NotFound(what: Emergency) que diga que no se encontró
diag-longest-is-right = en { $count } de { $total } preguntas Single la respuesta correcta es la opción más larga (más del 40%); quien adivina la más larga aprueba. Acorta la correcta o alarga los distractores
diag-longest-is-right-across-modules = en { $count } de { $total } preguntas Single de { $modules } módulos la respuesta correcta es la opción más larga (más del 40%); quien adivina la más larga aprueba. Acorta la correcta o alarga los distractores
# $answer es "true" o "false".
diag-true-false-lean =
    { $count } de { $total } preguntas TrueFalse tienen la respuesta { $answer ->
        [true] verdadero
       *[false] falso
    } (más del 70%); quien contesta siempre lo mismo acierta. Equilibra verdaderas y falsas
# $answer es "true" o "false".
diag-true-false-lean-across-modules =
    { $count } de { $total } preguntas TrueFalse de { $modules } módulos tienen la respuesta { $answer ->
        [true] verdadero
       *[false] falso
    } (más del 70%); quien contesta siempre lo mismo acierta. Equilibra verdaderas y falsas
diag-count-in-text = "{ $phrase }" dice cuántas opciones son correctas; quítalo para que haya que pensar en cada una
diag-first-choice-always-safe = en el escenario "{ $scenario }" la primera opción es la segura { $scenes ->
        [one] en su única escena donde se elige
       *[other] en las { $scenes } escenas donde se elige
    }; en papel eso revela el camino. Cambia el orden en alguna
diag-inline-citation = cita dentro del texto "{ $text }"; pon la fuente en sources: ["id"] del bloque y quítala del texto
diag-figure-without-source = la página da una cifra ("{ $figure }") y no tiene fuentes; añade sources: ["id"] al bloque

## Errores. $error es un mensaje del sistema o de otro error, y puede quedar
## en inglés.

## Importar el archivo de avance de una persona
error-import-io = no se pudo leer el archivo: { $error }
error-import-too-large = el archivo es demasiado grande para ser un archivo de avance
error-import-not-an-export = este no es un archivo de avance de Alerta
error-import-damaged = el archivo está dañado o incompleto ({ $error })
error-import-newer-format = el archivo se hizo con una versión más nueva de Alerta; actualiza Alerta en esta computadora
error-import-other-course = el archivo es de otro curso ("{ $found }"), no de "{ $expected }"
error-import-other-course-version = el archivo es de la versión { $found } de este curso y esta computadora tiene la versión { $expected }. Usa las mismas lecciones en las dos computadoras
error-import-bad-id = el id de la persona en el archivo no está permitido ({ $error }); puede que alguien haya cambiado el archivo

## Ids que se usan como nombres de archivos y carpetas
error-id-empty = el id está vacío
error-id-too-long = el id tiene { $length } caracteres; se permiten { $max } como máximo
error-id-bad-character = el id "{ $id }" solo puede tener minúsculas sin tilde (a-z), cifras y guiones
error-id-leading-hyphen = el id "{ $id }" no puede empezar con un guion
error-id-reserved = el id "{ $id }" es un nombre que Windows reserva para un dispositivo

## Paquetes de lecciones
error-pack-io = no se pudo leer el paquete: { $error }
error-pack-unsafe = el paquete tiene un problema: { $problem }
error-pack-too-large = el paquete es demasiado grande ({ $detail })
error-pack-invalid =
    { $count ->
        [one] el paquete tiene { $count } error y no se instaló
       *[other] el paquete tiene { $count } errores y no se instaló
    }
error-pack-already-installed = este curso (versión { $version }) ya está instalado
error-pack-bad-id = el id del curso en course.ron no sirve como nombre de carpeta: { $error }

## Guardar y abrir el avance
error-save-read-only = este perfil está abierto solo para ver; no se puede guardar
error-save-disk-full = el disco está lleno ({ $path })
error-save-not-writable = no hay permiso para escribir en { $path }
error-save-io = no se pudo escribir { $path }: { $error }
error-open-locked = este perfil está abierto en otra ventana de Alerta
error-open-io = no se pudo abrir la carpeta del perfil { $path }: { $error }

## Perfiles
error-profile-bad-name = un nombre necesita de 1 a { $max } caracteres
error-profile-name-taken = ya existe un perfil llamado { $name }
error-profile-not-found = ese perfil no existe
error-profile-locked = este perfil está abierto en otra ventana de Alerta
error-profile-io = { $error }

## Errores de sintaxis explicados con palabras sencillas, y los mensajes del analizador para autores.
diag-smart-quote = hay una comilla tipográfica { $found }: usa comillas rectas " en lugar de “ ” (pasa al copiar de un procesador de textos)
diag-unclosed-bracket = el `{ $open }` abierto en { $line }:{ $col } nunca se cierra; añade `{ $close }` donde termina
diag-unclosed-bracket-closed-by = el `{ $open }` abierto en { $line }:{ $col } no se cierra: en { $line2 }:{ $col2 } hay un `{ $found }`. Probablemente falta `{ $close }` al final de la línea { $line }
diag-extra-bracket = sobra este `{ $found }`: no hay nada abierto que cerrar
diag-missing-comma = falta una coma (,) al final de la línea { $line }
diag-unknown-field = campo desconocido `{ $found }`; se esperaba uno de: { $expected }
diag-unknown-field-in = campo desconocido `{ $found }` en `{ $outer }`; se esperaba uno de: { $expected }
diag-unknown-field-did-you-mean = campo desconocido `{ $found }`; ¿quisiste decir `{ $suggestion }`?
diag-unknown-field-in-did-you-mean = campo desconocido `{ $found }` en `{ $outer }`; ¿quisiste decir `{ $suggestion }`?
diag-missing-field = falta el campo `{ $field }`
diag-missing-field-in = a `{ $outer }` le falta el campo `{ $field }`
diag-file-ends-early = el archivo termina antes de tiempo; puede faltar un paréntesis o una comilla de cierre
diag-expected-name = se esperaba un nombre: un campo, o un tipo como Text, Lesson o Choice
diag-string-not-closed = un texto no se cierra: puede faltar una comilla de cierre (")
diag-expected-text = se esperaba un texto en cada idioma, como (en: "...", es: "...")
diag-too-deep = el archivo anida más de { $limit } niveles; los archivos de lecciones nunca lo necesitan
diag-bad-fallback = "{ $lang }" usa "{ $to }" como respaldo: los dos deben ser idiomas del curso (languages), y la cadena de respaldos debe terminar en un idioma traducido por completo
diag-severity-error = error
diag-severity-warning = aviso

## Material impreso (alerta handout, el botón Imprimir): las palabras alrededor
## del texto del curso. El diseño rellena las variables { $name }.
print-page-of = Página { $page } de { $pages }
print-about-minutes = Unos { $minutes } minutos
print-handout = Hoja para el grupo
print-quiz = Cuestionario
print-answer-key = Respuestas
print-guide = Guía para quien facilita
print-before-you-start = Antes de empezar
print-key-points = Ideas clave
print-warning-signs = Señales de alerta
print-sign-kind = Tipo de señal
print-why-it-matters = Por qué importa:
print-stories = Historias para conversar
print-story-part = Parte { $n }
print-story-after = (después de { $from })
print-what-could-they-do = ¿Qué podría hacer? ¿Qué harías tú?
print-talk-about-it = Para conversar
print-where-to-get-help = Dónde pedir ayuda
print-help-intro = Si tú o alguien que conoces está en peligro ahora, llama al número de emergencias. No enfrentes a la persona que sospechas. Revisa las notas de cada línea.
print-ask-for-local-lines = Pide a quien facilita las líneas de tu país.
print-kind-phone = Teléfono
print-kind-text = Mensaje de texto
print-kind-chat = Chat
print-kind-web = Página web
print-kind-emergency = Emergencias
print-run-by-police = Esta línea es de la policía.
print-run-by-immigration = Esta línea es de las autoridades de migración. Lo que digas puede usarse para aplicar las leyes de migración.
print-who-should-call = Quién debe llamar: { $who }
print-run-by = A cargo de: { $operator }
print-source-checked = Fuente revisada el { $date }: alguien leyó dónde se publica este número.
print-called-on = Se llamó y contestaron el { $date }.
print-not-called = Nadie de este curso ha llamado todavía.
print-not-found-emergency = Número de emergencias: no se encontró con una fuente confiable.
print-not-found-child-protection = Línea de protección de la niñez: no se encontró con una fuente confiable.
print-searched-on = Búsqueda hecha el { $date }.
print-facilitators-only-line = Solo para quien facilita: no se muestra a las personas que aprenden.
print-numbers-change = Los números cambian. Si una línea no funciona, avísale a quien facilita.
print-no-lines = Todavía no se ha revisado ninguna línea de ayuda para este curso.
print-name = Nombre:
print-date = Fecha:
print-tick-one = Marca una casilla.
print-tick-all = Marca todas las casillas correctas.
print-tick-true-or-false = Marca Verdadero o Falso.
print-true = Verdadero
print-false = Falso
print-write-order = Escribe 1 en la casilla de lo que pasa primero, 2 en lo que sigue, y así.
print-circle-signs = Encierra en un círculo los números de las partes que son señales de alerta.
print-question-n = { $n }.
print-right-answer = Respuesta correcta:
print-right-answers = Respuestas correctas:
print-right-mark = (correcta)
print-why = Por qué:
print-if-they-choose = Si alguien elige { $choice }:
print-right-order = Orden correcto:
print-signs-are = Señales de alerta: { $list }
print-not-signs = No son señales de alerta: { $list }
print-pass-mark = Para aprobar: { $mark } % de las preguntas bien.
print-quick-key = Clave rápida para corregir
print-question = Pregunta
print-timing = Tiempos
print-lesson = Lección
print-pages = Páginas
print-minutes = Minutos
print-total = Total
print-read-this-first = Lee esto primero
print-before-the-lessons = Antes de las lecciones: ¿qué saben ya?
print-lesson-n = Lección { $n }: { $title }
print-note-for-you = Nota para ti:
print-discuss = Para conversar:
print-story-map = La historia y todos sus caminos
print-scene-n = Escena { $n }
print-goes-to = ir a la escena { $n }
print-start-here = Empieza aquí.
print-ending = Final
print-outcome-safe = A salvo
print-outcome-risky = Puede salir bien o mal
print-outcome-harmful = Hubo daño
print-debrief = Qué aprender de esto:
print-debrief-script = Guion para el cierre
print-script-ask-signs = Pregunta: ¿qué señales de alerta notaron? Deja que el grupo responda primero.
print-script-listen-for = Escucha si mencionan estas señales, y nombra las que nadie dijo:
print-script-recap = Repasa las ideas clave:
print-script-not-fault = Di con claridad: cuando a alguien lo engañan o lo controlan, nunca es su culpa. La responsabilidad es de quienes mienten y controlan.
print-script-help = Muestra dónde pedir ayuda, y recuerda que se puede pedir ayuda sin tener la certeza:
print-sources = Fuentes

## alerta check: el resumen y los idiomas.
check-summary = { $modules ->
        [one] { $modules } módulo
       *[other] { $modules } módulos
    }, { $lessons ->
        [one] { $lessons } lección
       *[other] { $lessons } lecciones
    }, { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    }, { $scenarios ->
        [one] { $scenarios } escenario
       *[other] { $scenarios } escenarios
    }, idiomas: { $languages }
check-counts = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
check-suppressed = { $count ->
        [one] { $count } problema más en otros archivos no se muestra: corrige primero course.ron y vuelve a revisar
       *[other] { $count } problemas más en otros archivos no se muestran: corrige primero course.ron y vuelve a revisar
    }
check-ui-heading = Texto de la interfaz (assets/i18n/<idioma>/alerta.ftl):
check-ui-language = { $tag } ({ $name }): { $translated } de { $total } mensajes ({ $percent }%)
check-falls-back = ; el resto se muestra en { $chain }
check-ui-missing = faltan ({ $count }): { $keys }
check-ui-unused = no se usan, el inglés no tiene ese mensaje ({ $count }): { $keys }
check-ui-mismatch = "{ $key }" usa { $found }, pero el inglés usa { $expected }
check-course-texts = Textos del curso en { $lang }: { $translated } de { $total } traducidos ({ $percent }%); el resto se muestra en { $fallback }
