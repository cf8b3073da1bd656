<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="+25"/>
        <source>The catalog path %1 is not a file.</source>
        <translation>La ruta del catálogo %1 no es un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1 for the catalog.</source>
        <translation>No se puede crear la carpeta %1 para el catálogo.</translation>
    </message>
</context>
<context>
    <name>CatalogConnection</name>
    <message>
        <location filename="../core/catalog/catalogconnection.cpp" line="+40"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está disponible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>No se puede abrir el catálogo %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation>No se puede preparar el catálogo %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog %1 cannot use write-ahead logging (is it on a network drive?).</source>
        <translation>El catálogo %1 no puede usar el registro de escritura anticipada (WAL). ¿Está en una unidad de red?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+34"/>
        <source>read photos&apos; metadata (no catalog)</source>
        <translation>leer los metadatos de fotos (sin catálogo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import photos and folders</source>
        <translation>importar fotos y carpetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the photos of the catalog</source>
        <translation>listar las fotos del catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the events, newest first</source>
        <translation>listar los eventos, los más recientes primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group photos not placed by hand into events again</source>
        <translation>volver a agrupar en eventos las fotos no colocadas a mano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publish an event, gallery or entry (website, Jekyll)</source>
        <translation>publicar un evento, una galería o una entrada (sitio web, Jekyll)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;corkboard-cli COMMAND --help&apos; for its options.</source>
        <translation>Ejecute &apos;corkboard-cli COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Corkboard&apos;s photo catalog from the command line.</source>
        <translation>El catálogo de fotos de Corkboard desde la línea de comandos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog to use (default: %1).</source>
        <translation>El catálogo que se usará (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/clicommand.cpp" line="+14"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try &apos;corkboard-cli --help&apos;.</source>
        <translation>Pruebe &apos;corkboard-cli --help&apos; para más información.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>corkboard-cli: no command given.</source>
        <translation>corkboard-cli: no se indicó ningún comando.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>corkboard-cli: unknown command &apos;%1&apos;.</source>
        <translation>corkboard-cli: comando desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+4"/>
        <location line="+17"/>
        <location filename="../app/cli/exportcommand.cpp" line="+101"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Pruebe &apos;%1 --help&apos; para más información.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: nothing to do: give at least one path.</source>
        <translation>%1: nada que hacer: indique al menos una ruta.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../app/cli/inspectcommand.cpp" line="+44"/>
        <source>One JSON object per line.</source>
        <translation>Un objeto JSON por línea.</translation>
    </message>
    <message>
        <location filename="../app/cli/inspectcommand.cpp" line="+3"/>
        <source>Photos to read.</source>
        <translation>Las fotos que se leerán.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads the metadata of photos, without a catalog.</source>
        <translation>Lee los metadatos de fotos, sin catálogo.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+26"/>
        <source>Looking for photos…</source>
        <translation>Buscando fotos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate: %1 (same as %2)</source>
        <translation>duplicado: %1 (igual que %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed: %1: %2</source>
        <translation>falló: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="-23"/>
        <location filename="../app/cli/exportcommand.cpp" line="+161"/>
        <location filename="../app/cli/importcommand.cpp" line="+2"/>
        <location line="+25"/>
        <location filename="../app/cli/regroupcommand.cpp" line="+22"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="-15"/>
        <source>Photos and folders to import.</source>
        <translation>Las fotos y carpetas que se importarán.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imports photos and folders (recursively) into the catalog. Unchanged files are skipped, duplicates are recognised, files gone from disk are marked missing. Ctrl+C stops after the files being read; what was imported stays.</source>
        <translation>Importa fotos y carpetas (de forma recursiva) al catálogo. Los archivos sin cambios se omiten, los duplicados se reconocen y los archivos que ya no están en el disco se marcan como no encontrados. Ctrl+C detiene la importación tras los archivos que se están leyendo; lo ya importado se conserva.</translation>
    </message>
    <message>
        <location filename="../app/cli/photoscommand.cpp" line="+51"/>
        <source>Lists the photos of the catalog by time taken.</source>
        <translation>Lista las fotos del catálogo por fecha de captura.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="-7"/>
        <source>error: there is no catalog at %1 yet; import photos first.</source>
        <translation>error: todavía no hay ningún catálogo en %1; importe fotos primero.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="+71"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lists the events of the catalog, newest first, with why each automatic one begins where it does.</source>
        <translation>Lista los eventos del catálogo, los más recientes primero, y por qué cada evento automático empieza donde empieza.</translation>
    </message>
    <message>
        <location filename="../app/cli/regroupcommand.cpp" line="-11"/>
        <source>Places every photo on the timeline again and re-runs automatic grouping on the photos not placed by hand. Events made or edited by hand are kept.</source>
        <translation>Vuelve a situar cada foto en la cronología y repite la agrupación automática de las fotos no colocadas a mano. Los eventos creados o editados a mano se conservan.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n photo(s) grouped.</source>
        <translation>
            <numerusform>%n foto agrupada.</numerusform>
            <numerusform>%n fotos agrupadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events: %1 kept, %2 new, %3 removed.</source>
        <translation>Eventos: %1 conservados, %2 nuevos, %3 eliminados.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) changed event.</source>
        <translation>
            <numerusform>%n foto cambió de evento.</numerusform>
            <numerusform>%n fotos cambiaron de evento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n photo(s) without any time are in no event.</source>
        <translation>
            <numerusform>%n foto sin hora no está en ningún evento.</numerusform>
            <numerusform>%n fotos sin hora no están en ningún evento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+20"/>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1: argumento inesperado «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-229"/>
        <source>Export a static website into DIR (made when missing).</source>
        <translation>Exportar un sitio web estático en DIR (se crea si no existe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a Jekyll post into the site at DIR: _posts/ and the image folder.</source>
        <translation>Exportar una entrada de Jekyll al sitio en DIR: _posts/ y la carpeta de imágenes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the event ID (see &apos;corkboard-cli events&apos;), with its galleries and journal entries.</source>
        <translation>Exportar el evento ID (véase «corkboard-cli events»), con sus galerías y entradas del diario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the gallery ID.</source>
        <translation>Exportar la galería ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the journal entry ID, with the photos and galleries it shows.</source>
        <translation>Exportar la entrada del diario ID, con las fotos y galerías que muestra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The website&apos;s theme: a folder in the user theme folder, or the built-in &apos;default&apos;.</source>
        <translation>El tema del sitio: una carpeta de la carpeta de temas del usuario, o el tema integrado «default».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The longest side of each published image size, in pixels.</source>
        <translation>El lado más largo de cada tamaño de imagen publicado, en píxeles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JPEG quality, 1 to 100.</source>
        <translation>Calidad JPEG, de 1 a 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the GPS position and the camera and lens serial numbers in the published images (removed by default).</source>
        <translation>Conservar la posición GPS y los números de serie de la cámara y del objetivo en las imágenes publicadas (se quitan por omisión).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy each original photo beside its resized images.</source>
        <translation>Copiar cada foto original junto a sus imágenes redimensionadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the camera and exposure line under each photo.</source>
        <translation>Omitir la línea de cámara y exposición bajo cada foto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jekyll only: the folder of the site that holds the images (the start of their URLs).</source>
        <translation>Solo Jekyll: la carpeta del sitio que contiene las imágenes (el comienzo de sus URL).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --html DIR or --jekyll DIR.</source>
        <translation>indique --html DIR o --jekyll DIR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder to export into is empty.</source>
        <translation>la carpeta donde exportar está vacía.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not an id: give a number, as &apos;corkboard-cli events --json&apos; lists them.</source>
        <translation>«%1» no es un identificador: indique un número, como los lista «corkboard-cli events --json».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give one of --event ID, --gallery ID or --entry ID.</source>
        <translation>indique uno de --event ID, --gallery ID o --entry ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a theme name.</source>
        <translation>«%1» no es un nombre de tema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a list of image sizes: give pixels from 16 to 16384, separated by commas.</source>
        <translation>«%1» no es una lista de tamaños de imagen: indique píxeles de 16 a 16384, separados por comas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a JPEG quality from 1 to 100.</source>
        <translation>«%1» no es una calidad JPEG de 1 a 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--image-folder is for --jekyll only.</source>
        <translation>--image-folder solo sirve con --jekyll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a folder inside the site.</source>
        <translation>«%1» no es una carpeta dentro del sitio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>error: the catalog has no event %1.</source>
        <translation>error: el catálogo no tiene el evento %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: the catalog has no gallery %1.</source>
        <translation>error: el catálogo no tiene la galería %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: the catalog has no journal entry %1.</source>
        <translation>error: el catálogo no tiene la entrada del diario %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting the event “%1” to %2</source>
        <translation>Exportando el evento «%1» a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the gallery “%1” to %2</source>
        <translation>Exportando la galería «%1» a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the journal entry “%1” to %2</source>
        <translation>Exportando la entrada del diario «%1» a %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the catalog…</source>
        <translation>Leyendo el catálogo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making images</source>
        <translation>Creando las imágenes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing pages</source>
        <translation>Escribiendo las páginas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <comment>phase: file</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>skipped: %1: %2</source>
        <translation>omitida: %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was written is in %1.</source>
        <translation>Lo escrito está en %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n image(s) made</source>
        <translation>
            <numerusform>%n imagen creada</numerusform>
            <numerusform>%n imágenes creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reused</source>
        <translation>
            <numerusform>%n reutilizada</numerusform>
            <numerusform>%n reutilizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%n página escrita</numerusform>
            <numerusform>%n páginas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+5"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n post(s) written</source>
        <translation>
            <numerusform>%n entrada escrita</numerusform>
            <numerusform>%n entradas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s) skipped</source>
        <translation>
            <numerusform>%n foto omitida</numerusform>
            <numerusform>%n fotos omitidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled after %1 s: %2; %3. What was written stays and is reused next time.</source>
        <translation>Cancelado tras %1 s: %2; %3. Lo escrito se queda y se reutilizará la próxima vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported in %1 s: %2; %3; %4.</source>
        <translation>Exportado en %1 s: %2; %3; %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1 in a browser.</source>
        <translation>Abra %1 en un navegador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post: %1</source>
        <translation>La entrada: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publishes an event, a gallery or a journal entry as a static website (--html) or as a Jekyll post (--jekyll). Exporting into the same folder again only redoes what changed. Ctrl+C stops between photos; what was written stays.</source>
        <translation>Publica un evento, una galería o una entrada del diario como sitio web estático (--html) o como entrada de Jekyll (--jekyll). Exportar de nuevo a la misma carpeta solo rehace lo que cambió. Ctrl+C se detiene entre fotos; lo escrito se queda.</translation>
    </message>
</context>
<context>
    <name>ClockCorrectionDialog</name>
    <message>
        <location filename="../ui/events/clockcorrectiondialog.cpp" line="+33"/>
        <source>Unknown camera</source>
        <translation>Cámara desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (serial number %2)</source>
        <translation>%1 (número de serie %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n photo(s)</source>
        <translation>
            <numerusform>%1 — %n foto</numerusform>
            <numerusform>%1 — %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Use This Time</source>
        <translation>&amp;Usar esta hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct Camera Clock</source>
        <translation>Corregir el reloj de la cámara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a camera&apos;s clock was wrong, shift the times of its photos in “%1”. The correction is kept in the catalog; the files are not changed.</source>
        <translation>Si el reloj de una cámara iba mal, desplace la hora de sus fotos en «%1». La corrección se guarda en el catálogo; los archivos no se modifican.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>+ later</source>
        <extracomment>The camera clock was slow: its photos move later.</extracomment>
        <translation>+ más tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− earlier</source>
        <extracomment>The camera clock was fast: its photos move earlier.</extracomment>
        <translation>− más temprano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Shift by:</source>
        <translation>&amp;Desplazar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The selected photo was really taken at:</source>
        <translation>La foto seleccionada se tomó en realidad el:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply Correction</source>
        <translation>&amp;Aplicar corrección</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No photo of this event says which camera took it.</source>
        <translation>Ninguna foto de este evento dice qué cámara la tomó.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Its clock is not corrected yet.</source>
        <translation>Su reloj aún no está corregido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its clock is corrected by %1 now.</source>
        <translation>Su reloj está corregido en %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Moves from place %1 to place %2 among the event&apos;s photos</source>
        <translation>Pasa del puesto %1 al puesto %2 entre las fotos del evento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose how far this camera&apos;s clock was off: the list shows where its photos land.</source>
        <translation>Indique cuánto se desviaba el reloj de esta cámara: la lista muestra dónde quedan sus fotos.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n photo(s) of this camera move by %1.</source>
        <translation>
            <numerusform>%n foto de esta cámara se desplaza %1.</numerusform>
            <numerusform>%n fotos de esta cámara se desplazan %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them change place among the event&apos;s photos (highlighted).</source>
        <translation>
            <numerusform>%n de ellas cambia de puesto entre las fotos del evento (resaltada).</numerusform>
            <numerusform>%n de ellas cambian de puesto entre las fotos del evento (resaltadas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../ui/import/dropoverlay.cpp" line="+38"/>
        <source>Drop photos or folders to import them</source>
        <translation>Suelte fotos o carpetas para importarlas</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <location filename="../ui/common/elidedlabel.cpp" line="+75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>EmbeddedPreviewReader</name>
    <message>
        <location filename="../core/metadata/embeddedpreviewreader.cpp" line="+83"/>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Not a supported image format</source>
        <translation>Formato de imagen no compatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Damaged image metadata: %1</source>
        <translation>Metadatos de imagen dañados: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not enough memory to read the embedded preview</source>
        <translation>No hay memoria suficiente para leer la vista previa incrustada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged image metadata</source>
        <translation>Metadatos de imagen dañados</translation>
    </message>
</context>
<context>
    <name>EmptyLibraryView</name>
    <message>
        <location filename="../ui/library/emptylibraryview.cpp" line="+11"/>
        <source>Import Photos…</source>
        <translation>Importar fotos…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bring in the photos of an event</source>
        <translation>Añada las fotos de un evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop folders or photos from your file manager anywhere on this window, or choose them with Import Photos.</source>
        <translation>Suelte carpetas o fotos desde su gestor de archivos en cualquier lugar de esta ventana, o elíjalas con «Importar fotos».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here</source>
        <translation>No hay nada aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photos belong to this part of the library.</source>
        <translation>Ninguna foto pertenece a esta parte de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../ui/events/eventactions.cpp" line="+32"/>
        <source>&amp;New Event from Selection</source>
        <translation>&amp;Nuevo evento a partir de la selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an event of the selected photos, taking them out of theirs</source>
        <translation>Crear un evento con las fotos seleccionadas, sacándolas del suyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename Event</source>
        <translation>&amp;Renombrar evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the title of the event</source>
        <translation>Editar el título del evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Split Event Here</source>
        <translation>&amp;Dividir el evento aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current photo and the ones after it become a new event</source>
        <translation>La foto actual y las siguientes pasan a ser un evento nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge with &amp;Previous Event</source>
        <translation>Unir con el evento &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event with the one before it on the timeline</source>
        <translation>Unir el evento con el anterior en la cronología</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge with Ne&amp;xt Event</source>
        <translation>Unir con el evento &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event with the one after it on the timeline</source>
        <translation>Unir el evento con el siguiente en la cronología</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge Selected &amp;Events</source>
        <translation>Unir los &amp;eventos seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the events the selected photos are in into one</source>
        <translation>Unir en uno los eventos de las fotos seleccionadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move Selection to Event…</source>
        <translation>&amp;Mover la selección a un evento…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected photos to another event</source>
        <translation>Mover las fotos seleccionadas a otro evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set as Event &amp;Cover</source>
        <translation>Usar como &amp;portada del evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the current photo for its event</source>
        <translation>Mostrar la foto actual para su evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct Camera Cloc&amp;k…</source>
        <translation>Corregir el re&amp;loj de la cámara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift the times of one camera&apos;s photos in the event</source>
        <translation>Desplazar la hora de las fotos de una cámara en el evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;group Automatic Events…</source>
        <translation>Rea&amp;grupar eventos automáticos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the photos into events again by time and place, keeping what you made or changed by hand</source>
        <translation>Agrupar de nuevo las fotos en eventos por hora y lugar, conservando lo que hizo o cambió a mano</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>Regroup Automatic Events</source>
        <translation>Reagrupar eventos automáticos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the photos into events again, by time and place?</source>
        <translation>¿Agrupar de nuevo las fotos en eventos por hora y lugar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events you made, named or edited are kept as they are, and so are the photos you moved or whose camera clock you corrected. The other events are made again from their photos; this cannot be undone.</source>
        <translation>Los eventos que creó, nombró o editó se quedan como están, al igual que las fotos que movió o cuyo reloj corrigió. Los demás eventos se rehacen a partir de sus fotos; esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Regroup</source>
        <translation>&amp;Reagrupar</translation>
    </message>
</context>
<context>
    <name>EventChooserDialog</name>
    <message>
        <location filename="../ui/events/eventchooserdialog.cpp" line="+28"/>
        <source>Move to Event</source>
        <translation>Mover a un evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected photos to:</source>
        <translation>Mover las fotos seleccionadas a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, place or date</source>
        <translation>Buscar por nombre, lugar o fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <extracomment>An event in the list: its title, then its dates, place and photo count.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../ui/events/eventeditor.cpp" line="+33"/>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <location filename="../ui/events/eventheader.cpp" line="+39"/>
        <source>Correct Camera &amp;Clock…</source>
        <translation>Corregir el re&amp;loj…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Event cover</source>
        <translation>Portada del evento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event title</source>
        <translation>Título del evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a title</source>
        <translation>Añadir un título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a place</source>
        <translation>Añadir un lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event place</source>
        <translation>Lugar del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a description</source>
        <translation>Añadir una descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event description</source>
        <translation>Descripción del evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to edit. Enter keeps it, Shift+Enter starts a new line, Esc cancels.</source>
        <translation>Haga clic para editar. Intro lo guarda, Mayús+Intro empieza una línea nueva, Esc cancela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos of this event that carry no UTC offset of their own (nor a GPS time) are placed in this time zone.</source>
        <translation>Las fotos de este evento sin desfase UTC propio (ni hora GPS) se sitúan en esta zona horaria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift the times of one camera&apos;s photos in this event, when its clock was wrong</source>
        <translation>Desplazar la hora de las fotos de una cámara en este evento, cuando su reloj iba mal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No dated photos</source>
        <translation>Ninguna foto con fecha</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The cover, chosen for this event</source>
        <translation>La portada elegida para este evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover: the first photo until you choose one (Set as Event Cover on a photo)</source>
        <translation>La portada: la primera foto hasta que elija una (Usar como portada del evento en una foto)</translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message numerus="yes">
        <location filename="../core/events/eventservice.cpp" line="+26"/>
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n día %1 h</numerusform>
            <numerusform>%n días %1 h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Undated Event</source>
        <translation>Evento sin fecha</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>d MMM yyyy</source>
        <comment>the date format of an event&apos;s days</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <comment>an event of one moment: date and time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2–%3</source>
        <comment>an event within one day: date, first and last time</comment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <comment>an event over several days: first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made by hand</source>
        <translation>Creado a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first photos on the timeline</source>
        <translation>Las primeras fotos de la cronología</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts after a pause of %1</source>
        <translation>Empieza tras una pausa de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved %1, after a pause of %2</source>
        <translation>Desplazamiento de %1, tras una pausa de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+67"/>
        <location line="+55"/>
        <location line="+51"/>
        <location line="+60"/>
        <source>The event no longer exists.</source>
        <translation>El evento ya no existe.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Rename Event</source>
        <translation>Renombrar evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Description</source>
        <translation>Cambiar descripción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Place</source>
        <translation>Cambiar lugar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a time zone this computer knows.</source>
        <translation>«%1» no es una zona horaria que este ordenador conozca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change Time Zone</source>
        <translation>Cambiar zona horaria</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cover must be a photo of the event.</source>
        <translation>La portada debe ser una foto del evento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set Event Cover</source>
        <translation>Establecer portada del evento</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least two events to merge.</source>
        <translation>Elija al menos dos eventos para combinar.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Merge %n Event(s)</source>
        <translation>
            <numerusform>Combinar %n evento</numerusform>
            <numerusform>Combinar %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The photo is not in this event.</source>
        <translation>La foto no está en este evento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event cannot be split at its first photo.</source>
        <translation>Un evento no se puede dividir en su primera foto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split Event</source>
        <translation>Dividir evento</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Move %n Photo(s) to Event</source>
        <translation>
            <numerusform>Mover %n foto al evento</numerusform>
            <numerusform>Mover %n fotos al evento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the photos the new event holds.</source>
        <translation>Seleccione las fotos que contendrá el nuevo evento.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>New Event from %n Photo(s)</source>
        <translation>
            <numerusform>Nuevo evento a partir de %n foto</numerusform>
            <numerusform>Nuevo evento a partir de %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Correct Camera Clock</source>
        <translation>Corregir el reloj de la cámara</translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../core/library/sidebar/eventssection.cpp" line="+21"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1–%2</source>
        <extracomment>The times of an event within one day: first and last photo.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2</source>
        <extracomment>An event over several days: its first and last day.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <extracomment>An event&apos;s day and times on one line, below its name.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> · </source>
        <extracomment>Between the parts of the line below an event&apos;s title in the sidebar: dates · place.</extracomment>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="+15"/>
        <location line="+46"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Publish the event, gallery or journal entry shown as a website or a Jekyll post</source>
        <translation>Publicar el evento, la galería o la entrada del diario mostrados como sitio web o entrada de Jekyll</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is nothing to export: it is no longer in the catalog.</source>
        <translation>No hay nada que exportar: ya no está en el catálogo.</translation>
    </message>
</context>
<context>
    <name>ExportContentCollector</name>
    <message>
        <location filename="../core/export/exportcontentcollector.cpp" line="+84"/>
        <source>The event to publish is no longer in the catalog.</source>
        <translation>El evento que se iba a publicar ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gallery to publish is no longer in the catalog.</source>
        <translation>La galería que se iba a publicar ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal entry to publish is no longer in the catalog.</source>
        <translation>La entrada del diario que se iba a publicar ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The catalog could not be read: %1</source>
        <translation>No se pudo leer el catálogo: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file is missing: %1</source>
        <translation>Falta el archivo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read: %1 (%2)</source>
        <translation>No se puede leer el archivo: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+33"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export “%1”</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to the options</source>
        <translation>Volver a las opciones</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+214"/>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Not published:</source>
        <translation>Sin publicar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skipped photos:</source>
        <translation>Fotos &amp;omitidas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped photos</source>
        <translation>Fotos omitidas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Cancelar la exportación</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Write the post into “%1”? The folder is not empty and Corkboard has not exported into it before. The post goes into its _posts folder and the images into “%2”; files of the same names are replaced.</source>
        <translation>¿Escribir la entrada en «%1»? La carpeta no está vacía y Corkboard no ha exportado antes a ella. La entrada va a su carpeta _posts y las imágenes a «%2»; los archivos del mismo nombre se reemplazan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export into “%1”? The folder is not empty and Corkboard has not exported into it before. Its index.html and files of the same names as the export&apos;s are replaced.</source>
        <translation>¿Exportar a «%1»? La carpeta no está vacía y Corkboard no ha exportado antes a ella. Su index.html y los archivos con los mismos nombres que los de la exportación se reemplazan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export into This Folder?</source>
        <translation>¿Exportar a esta carpeta?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export into It</source>
        <translation>&amp;Exportar ahí</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the Jekyll post of “%1”…</source>
        <translation>Escribiendo la entrada de Jekyll de «%1»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting “%1”…</source>
        <translation>Exportando «%1»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Reading the catalog…</source>
        <translation>Leyendo el catálogo…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Making images: %1 of %2</source>
        <translation>Creando las imágenes: %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the post: %1 of %2</source>
        <translation>Escribiendo la entrada: %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages: %1 of %2</source>
        <translation>Escribiendo las páginas: %1 de %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The export failed.</source>
        <translation>La exportación ha fallado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was written before stays in %1.</source>
        <translation>Lo escrito antes se queda en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was cancelled.</source>
        <translation>La exportación se ha cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was written stays; exporting into the folder again carries on from it.</source>
        <translation>Lo escrito se queda; exportar de nuevo a la carpeta continúa desde ahí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Jekyll post is written.</source>
        <translation>La entrada de Jekyll está escrita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website is ready.</source>
        <translation>El sitio web está listo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos that could not be published show as a marker; see below why.</source>
        <translation>Las fotos que no se pudieron publicar aparecen como una marca; vea abajo por qué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made, %2 reused</source>
        <translation>%1 creadas, %2 reutilizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts:</source>
        <translation>Entradas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 written, %2 unchanged</source>
        <translation>%1 escritas, %2 sin cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2</source>
        <comment>a skipped photo&apos;s file and why</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ExportManifest</name>
    <message>
        <location filename="../core/export/exportmanifest.cpp" line="+177"/>
        <source>The export&apos;s record of its images could not be written to %1: %2</source>
        <translation>No se pudo escribir en %1 la lista de imágenes exportadas: %2</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <location filename="../ui/export/exportoptionsform.cpp" line="+30"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small image size</source>
        <translation>Tamaño de imagen pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium image size</source>
        <translation>Tamaño de imagen mediano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large image size</source>
        <translation>Tamaño de imagen grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove location and camera serial numbers from published photos</source>
        <translation>&amp;Quitar la ubicación y los números de serie de la cámara de las fotos publicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;original files, as they are</source>
        <translation>Incluir los archivos &amp;originales tal cual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;camera and exposure line under each photo</source>
        <translation>Mostrar &amp;la línea de cámara y exposición bajo cada foto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 “%2”</source>
        <comment>the kind of what is exported, its title</comment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Static website</source>
        <translation>Sitio web estático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jekyll post</source>
        <translation>Entrada de Jekyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A static website works from the disk and on any web host; a Jekyll post goes into the _posts folder of a Jekyll site.</source>
        <translation>Un sitio web estático funciona desde el disco y en cualquier alojamiento web; una entrada de Jekyll va en la carpeta _posts de un sitio Jekyll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fol&amp;der:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Themes Folder</source>
        <translation>Abrir la carpeta de temas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A folder there is a theme of its own: its templates and styles replace those of the built-in theme.</source>
        <translation>Cada carpeta allí es un tema propio: sus plantillas y estilos reemplazan los del tema integrado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the Jekyll site that holds the images, and so the start of their addresses: “posts” gives /posts/photo.jpg.</source>
        <translation>La carpeta del sitio Jekyll que contiene las imágenes, y por tanto el comienzo de sus direcciones: «posts» da /posts/photo.jpg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image folder:</source>
        <translation>Carpeta de &amp;imágenes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Small</source>
        <translation>&amp;Pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medium</source>
        <translation>&amp;Mediano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The longest side of each published image. Pages load the size the screen needs; the large one opens full screen. Photos are never made larger than they are.</source>
        <translation>El lado más largo de cada imagen publicada. Las páginas cargan el tamaño que necesita la pantalla; la grande se abre a pantalla completa. Las fotos nunca se amplían.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image sizes:</source>
        <translation>Tamaños de imagen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JPEG quality of the published images: higher is sharper and heavier; 85 suits most photos.</source>
        <translation>Calidad JPEG de las imágenes publicadas: más alta es más nítida y más pesada; 85 sirve para la mayoría de las fotos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JPEG &amp;quality:</source>
        <translation>Calidad &amp;JPEG:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GPS position, the camera and lens serial numbers and the owner&apos;s name are left out of the published images; the camera, exposure and date stay.</source>
        <translation>La posición GPS, los números de serie de la cámara y del objetivo y el nombre del propietario se quitan de las imágenes publicadas; la cámara, la exposición y la fecha se quedan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies each original file beside its resized images, with all its metadata, location included.</source>
        <translation>Copia cada archivo original junto a sus imágenes redimensionadas, con todos sus metadatos, ubicación incluida.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The Jekyll site&apos;s folder</source>
        <translation>La carpeta del sitio Jekyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder for the website</source>
        <translation>Una carpeta para el sitio web</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the Jekyll Site&apos;s Folder</source>
        <translation>Elegir la carpeta del sitio Jekyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Website&apos;s Folder</source>
        <translation>Elegir la carpeta del sitio web</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Corkboard (built in)</source>
        <translation>Corkboard (integrado)</translation>
    </message>
</context>
<context>
    <name>ExportSubjectTitle</name>
    <message>
        <location filename="../core/export/exportsubjecttitle.cpp" line="+11"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
</context>
<context>
    <name>ExportTheme</name>
    <message>
        <location filename="../core/export/exporttheme.cpp" line="+64"/>
        <source>“%1” is not a theme name.</source>
        <translation>«%1» no es un nombre de tema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The theme “%1” was not found in %2.</source>
        <translation>No se encontró el tema «%1» en %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The theme file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de tema %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The theme “%1” has no templates.</source>
        <translation>El tema «%1» no tiene plantillas.</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../core/export/exportworker.cpp" line="+66"/>
        <source>Choose a folder to export to.</source>
        <translation>Elija una carpeta a la que exportar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image folder &quot;%1&quot; must be a folder inside the site.</source>
        <translation>La carpeta de imágenes «%1» debe estar dentro del sitio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>FileManager</name>
    <message>
        <location filename="../ui/common/filemanager.cpp" line="+60"/>
        <source>Show in Explorer</source>
        <translation>Mostrar en el Explorador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in Finder</source>
        <translation>Mostrar en el Finder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>FileScanner</name>
    <message>
        <location filename="../core/import/filescanner.cpp" line="+31"/>
        <source>No such file or folder</source>
        <translation>No existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read this folder</source>
        <translation>No se puede leer esta carpeta</translation>
    </message>
</context>
<context>
    <name>FoldersSection</name>
    <message>
        <location filename="../core/library/sidebar/folderssection.cpp" line="+79"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
</context>
<context>
    <name>GalleriesSection</name>
    <message>
        <location filename="../core/library/sidebar/galleriessection.cpp" line="+23"/>
        <source>Galleries</source>
        <translation>Galerías</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stands alone</source>
        <translation>Independiente</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryActions</name>
    <message>
        <location filename="../ui/galleries/galleryactions.cpp" line="+25"/>
        <source>&amp;New Gallery from Selection</source>
        <translation>&amp;Nueva galería desde la selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Selection to Gallery…</source>
        <translation>&amp;Añadir la selección a una galería…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Gallery</source>
        <translation>&amp;Renombrar galería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Style</source>
        <translation>&amp;Estilo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;shuffle</source>
        <translation>&amp;Barajar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Gallery…</source>
        <translation>&amp;Eliminar galería…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a sticky-note gallery of the selected photos</source>
        <translation>Crear una galería de notas adhesivas con las fotos seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected photos to a gallery</source>
        <translation>Añadir las fotos seleccionadas a una galería</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the title of the gallery (F2 on the board)</source>
        <translation>Editar el título de la galería (F2 en el tablero)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;trip</source>
        <translation>&amp;Tira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grid</source>
        <translation>&amp;Cuadrícula</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lay the notes out anew, by a new roll of the dice</source>
        <translation>Colocar las notas de nuevo, con una nueva tirada de dados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the gallery; its photos stay in the catalog</source>
        <translation>Eliminar la galería; sus fotos permanecen en el catálogo</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Add to Gallery</source>
        <translation>Añadir a una galería</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n photo(s) to the gallery:</source>
        <translation>
            <numerusform>Añadir %n foto a la galería:</numerusform>
            <numerusform>Añadir %n fotos a la galería:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The photos are in the gallery already.</source>
        <translation>Las fotos ya están en la galería.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete Gallery</source>
        <translation>Eliminar galería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the gallery “%1”? Its photos stay in the catalog, and Undo brings it back.</source>
        <translation>¿Eliminar la galería «%1»? Sus fotos permanecen en el catálogo y Deshacer la recupera.</translation>
    </message>
</context>
<context>
    <name>GalleryBoardView</name>
    <message>
        <location filename="../ui/galleries/galleryboardview.cpp" line="+30"/>
        <source>Gallery board</source>
        <translation>Tablero de la galería</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Move %n Note(s)</source>
        <translation>
            <numerusform>Mover %n nota</numerusform>
            <numerusform>Mover %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../ui/galleries/gallerypage.cpp" line="+46"/>
        <source>Untitled Gallery</source>
        <translation>Galería sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery title</source>
        <translation>Título de la galería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press F2 to rename the gallery</source>
        <translation>Haz clic o pulsa F2 para renombrar la galería</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Strip</source>
        <translation>Tira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows of tilted notes of varied widths</source>
        <translation>Filas de notas inclinadas de anchos variados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes scattered over a cork board</source>
        <translation>Notas esparcidas sobre un tablero de corcho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Straight rows and columns</source>
        <translation>Filas y columnas rectas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reshuffle</source>
        <translation>Barajar de nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new random layout (Ctrl+R)</source>
        <translation>Una nueva disposición al azar (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit the board&apos;s width (Ctrl+0)</source>
        <translation>Ajustar al ancho del tablero (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stands alone</source>
        <translation>Independiente</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 · %n note(s)</source>
        <extracomment>Below a gallery&apos;s title: its event (or &quot;Stands alone&quot;) · how many notes it holds.</extracomment>
        <translation>
            <numerusform>%1 · %n nota</numerusform>
            <numerusform>%1 · %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryService</name>
    <message>
        <location filename="../core/galleries/galleryservice.cpp" line="+121"/>
        <source>Untitled Gallery</source>
        <translation>Galería sin título</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+110"/>
        <location line="+31"/>
        <location line="+141"/>
        <source>The gallery no longer exists.</source>
        <translation>La galería ya no existe.</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+154"/>
        <location line="+29"/>
        <location line="+26"/>
        <source>The note no longer exists.</source>
        <translation>La nota ya no existe.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Select the photos the new gallery holds.</source>
        <translation>Seleccione las fotos que contendrá la nueva galería.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>The event no longer exists.</source>
        <translation>El evento ya no existe.</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>New Gallery from %n Photo(s)</source>
        <translation>
            <numerusform>Nueva galería a partir de %n foto</numerusform>
            <numerusform>Nueva galería a partir de %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename Gallery</source>
        <translation>Renombrar galería</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Gallery Style</source>
        <translation>Cambiar estilo de la galería</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Gallery Event</source>
        <translation>Cambiar evento de la galería</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reshuffle Gallery</source>
        <translation>Volver a mezclar la galería</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Add %n Photo(s) to Gallery</source>
        <translation>
            <numerusform>Añadir %n foto a la galería</numerusform>
            <numerusform>Añadir %n fotos a la galería</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Remove %n Note(s)</source>
        <translation>
            <numerusform>Quitar %n nota</numerusform>
            <numerusform>Quitar %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+22"/>
        <source>Move Note</source>
        <translation>Mover nota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotate Note</source>
        <translation>Girar nota</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resize Note</source>
        <translation>Cambiar tamaño de la nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit Caption</source>
        <translation>Editar pie de foto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Note Color</source>
        <translation>Cambiar color de la nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Note Pin</source>
        <translation>Cambiar sujeción de la nota</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Gallery</source>
        <translation>Eliminar galería</translation>
    </message>
</context>
<context>
    <name>GridHeader</name>
    <message>
        <location filename="../ui/library/gridheader.cpp" line="+26"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time Taken</source>
        <translation>Fecha de captura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Order</source>
        <translation>Orden de importación</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeifDecoder</name>
    <message>
        <location filename="../core/imaging/heifdecoder.cpp" line="+95"/>
        <location line="+51"/>
        <source>Not enough memory to decode the image</source>
        <translation>No hay memoria suficiente para decodificar la imagen</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+4"/>
        <source>Damaged HEIF image: %1</source>
        <translation>Imagen HEIF dañada: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot decode the HEIF image: %1</source>
        <translation>No se puede decodificar la imagen HEIF: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot decode the HEIF image: it holds no pixels</source>
        <translation>No se puede decodificar la imagen HEIF: no contiene píxeles</translation>
    </message>
</context>
<context>
    <name>ImageRenditionMaker</name>
    <message>
        <location filename="../core/export/imagerenditionmaker.cpp" line="+131"/>
        <source>No image size to publish was chosen.</source>
        <translation>No se eligió ningún tamaño de imagen para publicar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image folder &quot;%1&quot; is not inside the export folder.</source>
        <translation>La carpeta de imágenes «%1» no está dentro de la carpeta de exportación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The photo cannot be decoded.</source>
        <translation>No se puede descodificar la foto.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+24"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../ui/import/importcontroller.cpp" line="+94"/>
        <source>An import is already running. Drop the photos again when it has finished.</source>
        <translation>Ya hay una importación en curso. Vuelva a soltar las fotos cuando termine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.avif *.dng *.cr2 *.cr3 *.crw *.nef *.arw *.orf *.rw2 *.raf *.pef *.srw);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.avif *.dng *.cr2 *.cr3 *.crw *.nef *.arw *.orf *.rw2 *.raf *.pef *.srw);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Failed</source>
        <translation>Error de importación</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <location filename="../core/import/importreport.cpp" line="+8"/>
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n foto importada</numerusform>
            <numerusform>%n fotos importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n movida</numerusform>
            <numerusform>%n movidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n marcada como no encontrada</numerusform>
            <numerusform>%n marcadas como no encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not photos</source>
        <translation>
            <numerusform>%n archivo que no es una foto</numerusform>
            <numerusform>%n archivos que no son fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(cancelled)</source>
        <translation>(cancelada)</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../ui/import/importstatus.cpp" line="+19"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import; photos imported so far are kept (Esc)</source>
        <translation>Detener la importación; las fotos ya importadas se conservan (Esc)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking for photos…</source>
        <translation>Buscando fotos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Importando %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="+36"/>
        <source>Import Finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Finished with Problems</source>
        <translation>Importación finalizada con problemas</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not imported (%1)</source>
        <translation>No importados (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same photo as</source>
        <translation>Misma foto que</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicates skipped (%1)</source>
        <translation>Duplicados omitidos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every file and reason to the clipboard, one per line</source>
        <translation>Copiar cada archivo y su motivo al portapapeles, uno por línea</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1	duplicate of %2</source>
        <translation>%1	duplicado de %2</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../core/import/importworker.cpp" line="+282"/>
        <location line="+4"/>
        <location line="+37"/>
        <location line="+5"/>
        <source>Cannot write to the catalog: %1</source>
        <translation>No se puede escribir en el catálogo: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The file is no longer on disk</source>
        <translation>El archivo ya no está en el disco</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../ui/events/inlineeditor.cpp" line="+23"/>
        <source>Click to edit</source>
        <translation>Haga clic para editar</translation>
    </message>
</context>
<context>
    <name>JekyllPostWriter</name>
    <message>
        <location filename="../core/export/jekyllpostwriter.cpp" line="+221"/>
        <source>There is nothing to publish: the journal entry is no longer in the catalog.</source>
        <translation>No hay nada que publicar: la entrada del diario ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is nothing to publish: the gallery is no longer in the catalog.</source>
        <translation>No hay nada que publicar: la galería ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to publish: the event is no longer in the catalog.</source>
        <translation>No hay nada que publicar: el evento ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The site already has a post “%1” that Corkboard did not write; it was left as it is. Move it away or export into another folder.</source>
        <translation>El sitio ya tiene una entrada «%1» que Corkboard no escribió; se ha dejado tal cual. Muévala a otro lugar o exporte a otra carpeta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../ui/journal/journalactions.cpp" line="+39"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new journal entry for the event shown, or one on its own</source>
        <translation>Una nueva entrada del diario para el evento mostrado, o una independiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Entry…</source>
        <translation>&amp;Eliminar entrada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the entry shown (undoable)</source>
        <translation>Eliminar la entrada mostrada (se puede deshacer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Markdown Post…</source>
        <translation>Importar artículo &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Markdown post with YAML front matter as a new journal entry</source>
        <translation>Un artículo Markdown con cabecera YAML como nueva entrada del diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Entry as Markdown…</source>
        <translation>E&amp;xportar entrada como Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry shown as a Markdown post with YAML front matter</source>
        <translation>La entrada mostrada como artículo Markdown con cabecera YAML</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>New Entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry could not be made: %1</source>
        <translation>No se pudo crear la entrada: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete Entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the journal entry “%1”? Edit ▸ Undo brings it back.</source>
        <translation>¿Eliminar la entrada del diario «%1»? Editar ▸ Deshacer la recupera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry could not be deleted: %1</source>
        <translation>No se pudo eliminar la entrada: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+12"/>
        <location line="+10"/>
        <source>Import Markdown Post</source>
        <translation>Importar artículo Markdown</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Markdown posts (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Artículos Markdown (*.md *.markdown *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not be imported: %2</source>
        <translation>No se pudo importar «%1»: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported “%1” as a journal entry.</source>
        <translation>«%1» importado como entrada del diario.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <source>Export Entry as Markdown</source>
        <translation>Exportar entrada como Markdown</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Markdown posts (*.md)</source>
        <translation>Artículos Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The entry could not be written to “%1”: %2</source>
        <translation>No se pudo escribir la entrada en «%1»: %2</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../ui/journal/journaleditorpage.cpp" line="+47"/>
        <source>This journal entry is no longer in the catalog.
Choose another in the sidebar, or make a new one (Ctrl+N).</source>
        <translation>Esta entrada del diario ya no está en el catálogo.
Elija otra en la barra lateral o cree una nueva (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Insert &amp;Photo…</source>
        <translation>Insertar &amp;foto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert photos from the catalog at the cursor</source>
        <translation>Insertar fotos del catálogo en el cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;Gallery…</source>
        <translation>Insertar &amp;galería…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert one of the galleries at the cursor</source>
        <translation>Insertar una de las galerías en el cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions of this entry, to look at or restore</source>
        <translation>Versiones anteriores de esta entrada, para ver o restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Pre&amp;view</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the rendered entry beside the text</source>
        <translation>Mostrar la entrada representada junto al texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Version</source>
        <translation>&amp;Guardar versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is saved as you type; this also keeps it as a version</source>
        <translation>El texto se guarda mientras escribe; esto además lo conserva como versión</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The entry could not be saved: %1</source>
        <translation>No se pudo guardar la entrada: %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>There are no galleries yet: make one from photos in the grid first.</source>
        <translation>Aún no hay galerías: cree primero una con fotos de la cuadrícula.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insert Gallery</source>
        <translation>Insertar galería</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery to show at the cursor:</source>
        <translation>Galería que mostrar en el cursor:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Entry saved; this version is kept in its history.</source>
        <translation>Entrada guardada; esta versión se conserva en su historial.</translation>
    </message>
</context>
<context>
    <name>JournalFrontMatterForm</name>
    <message>
        <location filename="../ui/journal/journalfrontmatterform.cpp" line="+44"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Cover</source>
        <translation>Sin portada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled Entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Comma separated</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cover photo</source>
        <translation>Foto de portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text: what the cover shows</source>
        <translation>Texto alternativo: lo que muestra la portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover alt text</source>
        <translation>Texto alternativo de la portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cover photo from the catalog</source>
        <translation>Elegir la foto de portada del catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;tegories:</source>
        <translation>Ca&amp;tegorías:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vent:</source>
        <translation>E&amp;vento:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;ver:</source>
        <translation>Po&amp;rtada:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>None (stands alone)</source>
        <translation>Ninguno (independiente)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No
cover</source>
        <translation>Sin
portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cover photo</source>
        <translation>Sin foto de portada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in
catalog</source>
        <translation>Fuera del
catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover %1 is not a catalog photo</source>
        <translation>La portada %1 no es una foto del catálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover photo is no longer in the catalog</source>
        <translation>La foto de portada ya no está en el catálogo</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Choose Cover Photo</source>
        <translation>Elegir foto de portada</translation>
    </message>
</context>
<context>
    <name>JournalHistoryDialog</name>
    <message>
        <location filename="../ui/journal/journalhistorydialog.cpp" line="+26"/>
        <source>History of “%1”</source>
        <translation>Historial de «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled Entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No earlier versions yet. Corkboard keeps one when you save (Ctrl+S), close the entry, and every few minutes of typing.</source>
        <translation>Aún no hay versiones anteriores. Corkboard conserva una al guardar (Ctrl+S), al cerrar la entrada y cada pocos minutos mientras escribe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a version to see it; restoring it keeps the text there now as a version first, and can be undone.</source>
        <translation>Elija una versión para verla; al restaurarla, el texto actual se conserva antes como versión, y se puede deshacer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>While typing</source>
        <translation>Al escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
</context>
<context>
    <name>JournalPreview</name>
    <message>
        <location filename="../ui/journal/journalpreview.cpp" line="+23"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../core/library/sidebar/journalsection.cpp" line="+25"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> · </source>
        <extracomment>Between the parts of the line below an entry&apos;s title in the sidebar: date · event.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <location filename="../core/journal/journalservice.cpp" line="+79"/>
        <source>Untitled Entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This photo is no longer in the catalog.</source>
        <translation>Esta foto ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+104"/>
        <location line="+86"/>
        <source>The journal entry no longer exists.</source>
        <translation>La entrada del diario ya no existe.</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+63"/>
        <location line="+136"/>
        <source>The event no longer exists.</source>
        <translation>El evento ya no existe.</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>New Journal Entry</source>
        <translation>Nueva entrada del diario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename Entry</source>
        <translation>Cambiar el nombre de la entrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Author</source>
        <translation>Cambiar el autor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Entry Date</source>
        <translation>Cambiar la fecha de la entrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Categories</source>
        <translation>Cambiar las categorías</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Tags</source>
        <translation>Cambiar las etiquetas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The photo is no longer in the catalog.</source>
        <translation>La foto ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Cover</source>
        <translation>Cambiar la portada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Entry Event</source>
        <translation>Cambiar el evento de la entrada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That version of the entry no longer exists.</source>
        <translation>Esa versión de la entrada ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore Earlier Version</source>
        <translation>Restaurar una versión anterior</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Journal Entry</source>
        <translation>Eliminar la entrada del diario</translation>
    </message>
</context>
<context>
    <name>JournalTextEdit</name>
    <message>
        <location filename="../ui/journal/journaltextedit.cpp" line="+19"/>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the entry in Markdown. Insert Photo… shows the catalog: drag photos from it to where they belong here. Insert Gallery… adds a gallery at the cursor.</source>
        <translation>Escriba la entrada en Markdown. «Insertar foto…» muestra el catálogo: arrastre las fotos a su sitio aquí. «Insertar galería…» añade una galería en el cursor.</translation>
    </message>
</context>
<context>
    <name>JpegDecoder</name>
    <message>
        <location filename="../core/imaging/jpegdecoder.cpp" line="+155"/>
        <source>The file is truncated</source>
        <translation>El archivo está truncado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged JPEG: %1</source>
        <translation>JPEG dañado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Damaged JPEG: the header cannot be read</source>
        <translation>JPEG dañado: no se puede leer el encabezado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image is too large to decode (%1 x %2 pixels)</source>
        <translation>La imagen es demasiado grande para decodificarla (%1 × %2 píxeles)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged JPEG: the image data cannot be decoded</source>
        <translation>JPEG dañado: no se pueden decodificar los datos de la imagen</translation>
    </message>
</context>
<context>
    <name>JpegEncoder</name>
    <message>
        <location filename="../core/imaging/jpegencoder.cpp" line="+92"/>
        <source>There is no image to encode.</source>
        <translation>No hay ninguna imagen que codificar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A metadata segment does not fit into a JPEG file.</source>
        <translation>Un bloque de metadatos no cabe en un archivo JPEG.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The image could not be encoded as JPEG: %1</source>
        <translation>No se pudo codificar la imagen como JPEG: %1</translation>
    </message>
</context>
<context>
    <name>LibrarySection</name>
    <message>
        <location filename="../core/library/sidebar/librarysection.cpp" line="+12"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All photos</source>
        <translation>Todas las fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every photo in the catalog, on one timeline</source>
        <translation>Todas las fotos del catálogo, en una sola línea de tiempo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/library/mainwindow.cpp" line="+75"/>
        <source>Corkboard</source>
        <translation>Corkboard</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Thumbnail size (Ctrl+wheel over the grid)</source>
        <translation>Tamaño de las miniaturas (Ctrl+rueda sobre la cuadrícula)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>Tamaño de las miniaturas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;Photos…</source>
        <translation>Importar &amp;fotos…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;None</source>
        <translation>&amp;Deseleccionar todo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Photo</source>
        <translation>&amp;Abrir foto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the current photo full screen (Enter)</source>
        <translation>Mostrar la foto actual a pantalla completa (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sort By</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time Taken</source>
        <translation>&amp;Fecha de captura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;Name</source>
        <translation>&amp;Nombre de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Order</source>
        <translation>Orden de &amp;importación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Larger Thumbnails</source>
        <translation>Miniaturas más &amp;grandes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;maller Thumbnails</source>
        <translation>Miniaturas más &amp;pequeñas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Side&amp;bar</source>
        <translation>Mostrar barra &amp;lateral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Info Panel</source>
        <translation>Mostrar panel de &amp;información</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Even&amp;ts</source>
        <translation>Even&amp;tos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Galleries</source>
        <translation>&amp;Galerías</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Corkboard</source>
        <translation>&amp;Acerca de Corkboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The events could not be regrouped: %1</source>
        <translation>No se pudieron reagrupar los eventos: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic events regrouped: %1, %2, %3.</source>
        <translation>Eventos automáticos reagrupados: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n conservado</numerusform>
            <numerusform>%n conservados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All Photos</source>
        <translation>Todas las fotos</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>About Corkboard</source>
        <translation>Acerca de Corkboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Corkboard %1&lt;/h3&gt;&lt;p&gt;The photos and the story of an event: a timeline, sticky-note galleries, the journal, and a site to publish them.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, exiv2 and libheif.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corkboard %1&lt;/h3&gt;&lt;p&gt;Las fotos y la historia de un evento: una línea de tiempo, galerías de notas adhesivas, el diario y un sitio web para publicarlo todo.&lt;/p&gt;&lt;p&gt;Catálogo: %2&lt;/p&gt;&lt;p&gt;Creado con Qt %3, exiv2 y libheif.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownPostImporter</name>
    <message>
        <location filename="../core/journal/markdownpostimporter.cpp" line="+173"/>
        <source>The front matter of the post is not valid YAML: %1</source>
        <translation>El encabezado de la entrada no es YAML válido: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The front matter of the post is not a list of keys and values.</source>
        <translation>El encabezado de la entrada no es una lista de claves y valores.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The front matter of the post cannot be read: %1</source>
        <translation>No se puede leer el encabezado de la entrada: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <location filename="../core/journal/markdownrenderer.cpp" line="+514"/>
        <source>Photo %1 is no longer in the catalog.</source>
        <translation>La foto %1 ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gallery %1 is no longer in the catalog.</source>
        <translation>La galería %1 ya no está en el catálogo.</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <location filename="../core/metadata/metadatareader.cpp" line="+215"/>
        <source>Cannot open the file: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The file is too large to read</source>
        <translation>El archivo es demasiado grande para leerlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <location line="+4"/>
        <source>Not a supported image format</source>
        <translation>Formato de imagen no compatible</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is truncated</source>
        <translation>El archivo está truncado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged image: the %1 structure is invalid</source>
        <translation>Imagen dañada: la estructura %1 no es válida</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Damaged image metadata: %1</source>
        <translation>Metadatos de imagen dañados: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not enough memory to read the image metadata</source>
        <translation>No hay memoria suficiente para leer los metadatos de la imagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged image metadata</source>
        <translation>Metadatos de imagen dañados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged image: the %1 header does not give the image size</source>
        <translation>Imagen dañada: el encabezado %1 no indica el tamaño de la imagen</translation>
    </message>
</context>
<context>
    <name>NoteHandle</name>
    <message>
        <location filename="../ui/galleries/notehandle.cpp" line="+21"/>
        <source>Drag to turn the note (Shift: in steps of 15°); double-click for its own tilt</source>
        <translation>Arrastra para girar la nota (Mayús: en pasos de 15°); doble clic para su inclinación propia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to resize the note; double-click for its own size</source>
        <translation>Arrastra para cambiar el tamaño de la nota; doble clic para su tamaño propio</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <location filename="../ui/galleries/noteitem.cpp" line="+142"/>
        <source>Photo missing</source>
        <translation>Falta la foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read this photo</source>
        <translation>No se puede leer esta foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo removed from the catalog</source>
        <translation>Foto eliminada del catálogo</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Cannot show this photo</source>
        <translation>No se puede mostrar esta foto</translation>
    </message>
</context>
<context>
    <name>PhotoChooserDialog</name>
    <message>
        <location filename="../ui/journal/photochooserdialog.cpp" line="+24"/>
        <source>Insert Photos</source>
        <translation>Insertar fotos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose Photo</source>
        <translation>Elegir foto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only this entry&apos;s event</source>
        <translation>Solo el evento de esta entrada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the photos to insert at the cursor, or drag them into the text:</source>
        <translation>Elija las fotos que insertar en el cursor, o arrástrelas al texto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the photo:</source>
        <translation>Elija la foto:</translation>
    </message>
</context>
<context>
    <name>PhotoDecoder</name>
    <message>
        <location filename="../core/imaging/photodecoder.cpp" line="+77"/>
        <source>Cannot open the file: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to decode</source>
        <translation>El archivo es demasiado grande para decodificarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not a supported image format</source>
        <translation>Formato de imagen no compatible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot decode the image: %1</source>
        <translation>No se puede decodificar la imagen: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This RAW file holds no preview image to show</source>
        <translation>Este archivo RAW no contiene ninguna vista previa que mostrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview image in this RAW file is damaged</source>
        <translation>La vista previa de este archivo RAW está dañada</translation>
    </message>
</context>
<context>
    <name>PhotoDetails</name>
    <message>
        <location filename="../core/metadata/photodetails.cpp" line="+66"/>
        <source>1/%1 s</source>
        <comment>exposure time: a fraction of a second</comment>
        <translation>1/%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <comment>exposure time in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>f/%1</source>
        <comment>aperture</comment>
        <translation>f/%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ISO %1</source>
        <translation>ISO %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 mm</source>
        <comment>focal length in millimetres</comment>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>UTC%1</source>
        <comment>a UTC offset such as +02:00</comment>
        <translation>UTC%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 at %2</source>
        <comment>date taken at time taken</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>time taken (UTC offset)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <comment>short date, time with seconds</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 h %2 min</source>
        <comment>a clock shift: hours, minutes (two digits)</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 s</source>
        <comment>a clock shift: hours and minutes, seconds (two digits)</comment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min %2 s</source>
        <comment>a clock shift: minutes, seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <comment>a clock shift: minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <comment>a clock shift: seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° S</source>
        <comment>latitude south</comment>
        <translation>%1° S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° N</source>
        <comment>latitude north</comment>
        <translation>%1° N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° W</source>
        <comment>longitude west</comment>
        <translation>%1° O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° E</source>
        <comment>longitude east</comment>
        <translation>%1° E</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 m below sea level</source>
        <translation>%1 m bajo el nivel del mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m above sea level</source>
        <translation>%1 m sobre el nivel del mar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 × %2 pixels</source>
        <comment>width × height</comment>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 pixels (%3 MP)</source>
        <comment>width × height (megapixels)</comment>
        <translation>%1 × %2 píxeles (%3 MP)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <comment>photo state</comment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <comment>photo state: the file is gone</comment>
        <translation>No encontrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreadable</source>
        <comment>photo state: the file cannot be read</comment>
        <translation>Ilegible</translation>
    </message>
</context>
<context>
    <name>PhotoFileBytes</name>
    <message>
        <location filename="../core/import/photofilebytes.cpp" line="+53"/>
        <source>Cannot open the file: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>PhotoGridDelegate</name>
    <message>
        <location filename="../ui/library/photogriddelegate.cpp" line="+134"/>
        <source>File missing</source>
        <translation>Falta el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read this photo</source>
        <translation>Foto ilegible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot show this photo</source>
        <translation>No se puede mostrar</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../core/library/photogridmodel.cpp" line="+104"/>
        <location line="+7"/>
        <source>Taken %1</source>
        <translation>Tomada el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time taken unknown</source>
        <translation>Fecha de captura desconocida</translation>
    </message>
</context>
<context>
    <name>PhotoGridView</name>
    <message>
        <location filename="../ui/library/photogridview.cpp" line="+39"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>PhotoInfoPanel</name>
    <message>
        <location filename="../ui/info/photoinfopanel.cpp" line="+143"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Fecha de captura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lens</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Altitude</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The file is no longer where it was imported from. Everything added to the photo in Corkboard is kept.</source>
        <translation>El archivo ya no está donde se importó. Todo lo que se añadió a la foto en Corkboard se conserva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is missing: %1</source>
        <translation>Falta el archivo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Read from %1</source>
        <translation>Leído de %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Serial number %1</source>
        <translation>Número de serie %1</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>%1, from the file</source>
        <translation>%1, según el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the GPS time</source>
        <translation>%1, según la hora GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the event&apos;s time zone</source>
        <translation>%1, según la zona horaria del evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, this computer&apos;s time zone</source>
        <translation>%1, zona horaria de este ordenador</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Show on OpenStreetMap</source>
        <translation>Mostrar en OpenStreetMap</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <comment>between keywords</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>camera clock corrected by %1</source>
        <translation>reloj de la cámara corregido en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera showed %1</source>
        <translation>La cámara marcaba %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 photo selected</source>
        <translation>1 foto seleccionada</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n photos selected</source>
        <translation>
            <numerusform>%n foto seleccionada</numerusform>
            <numerusform>%n fotos seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a single photo to see its details.</source>
        <translation>Seleccione una sola foto para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Photo Selected</source>
        <translation>Ninguna foto seleccionada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a photo to see when, where and how it was taken.</source>
        <translation>Seleccione una foto para ver cuándo, dónde y cómo se tomó.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../ui/viewer/photoviewer.cpp" line="+41"/>
        <source>Photo Viewer</source>
        <translation>Visor de fotos</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Press %1 for details, %2 for a slideshow, %3 to close.</source>
        <translation>Pulse %1 para ver los detalles, %2 para una presentación y %3 para cerrar.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>This is the last photo.</source>
        <translation>Esta es la última foto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the first photo.</source>
        <translation>Esta es la primera foto.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Fit (%1%)</source>
        <comment>zoom level</comment>
        <translation>Ajustada a la pantalla (%1&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <comment>zoom level</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The slideshow has started. Press %1 to stop it.</source>
        <translation>La presentación ha comenzado. Pulse %1 para detenerla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slideshow has stopped.</source>
        <translation>La presentación se ha detenido.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file could not be decoded.</source>
        <translation>No se pudo decodificar el archivo.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” cannot be shown.</source>
        <translation>No se puede mostrar «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slideshow</source>
        <translation>Presentación</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/preferencesdialog.cpp" line="+46"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog file</source>
        <translation>Archivo del catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use De&amp;fault</source>
        <translation>Usar el &amp;predeterminado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog keeps the details of your photos and everything you add to them. Choose an existing catalog or name a new one; the change takes effect after a restart.</source>
        <translation>El catálogo guarda los detalles de sus fotos y todo lo que les añada. Elija un catálogo existente o ponga nombre a uno nuevo; el cambio se aplicará tras reiniciar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MB</source>
        <comment>megabytes</comment>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB</source>
        <comment>gigabytes</comment>
        <translation>GB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disk cache limit:</source>
        <translation>&amp;Tamaño máximo de la caché:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clea&amp;r Cache</source>
        <translation>&amp;Vaciar la caché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes the thumbnails kept on disk. They are made again when they are needed.</source>
        <translation>Elimina las miniaturas guardadas en el disco. Se vuelven a crear cuando hacen falta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnails are kept on disk so that the library opens quickly. When the cache is full, the oldest thumbnails make room.</source>
        <translation>Las miniaturas se guardan en el disco para que la biblioteca se abra rápido. Cuando la caché está llena, las más antiguas dejan sitio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System Default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A different language takes effect after a restart.</source>
        <translation>El cambio de idioma se aplicará tras reiniciar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a Catalog</source>
        <translation>Elegir un catálogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corkboard catalogs (*.sqlite)</source>
        <translation>Catálogos de Corkboard (*.sqlite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Clearing…</source>
        <translation>Vaciando…</translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message>
        <location filename="../core/library/sidebar/problemssection.cpp" line="+12"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing or unreadable</source>
        <translation>No encontradas o ilegibles</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n no encontrada</numerusform>
            <numerusform>%n no encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n ilegible</numerusform>
            <numerusform>%n ilegibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentImportsSection</name>
    <message>
        <location filename="../core/library/sidebar/recentimportssection.cpp" line="+16"/>
        <source>Recent imports</source>
        <translation>Importaciones recientes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <extracomment>An import in the sidebar: its date, then the time it started.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <location filename="../core/catalog/schemamigrator.cpp" line="+73"/>
        <source>Cannot read the schema version of the catalog %1: %2</source>
        <translation>No se puede leer la versión del esquema del catálogo %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog %1 was written by a newer version of Corkboard (catalog version %2; this version reads up to %3). Update Corkboard to open it; the catalog was left untouched.</source>
        <translation>El catálogo %1 se escribió con una versión más reciente de Corkboard (versión del catálogo %2; esta versión lee hasta la %3). Actualice Corkboard para abrirlo; el catálogo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot back up the catalog to %1 before upgrading it: %2</source>
        <translation>No se puede hacer una copia de seguridad del catálogo en %1 antes de actualizarlo: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the catalog migration %1.</source>
        <translation>No se puede leer la migración del catálogo %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot start upgrading the catalog: %1</source>
        <translation>No se puede iniciar la actualización del catálogo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Upgrading the catalog to version %1 failed: %2</source>
        <translation>La actualización del catálogo a la versión %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/search/searchfield.cpp" line="+28"/>
        <location line="+2"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search entries, photos, events and galleries (%1)</source>
        <translation>Buscar en entradas, fotos, eventos y galerías (%1)</translation>
    </message>
</context>
<context>
    <name>SearchHitOpener</name>
    <message>
        <location filename="../ui/search/searchhitopener.cpp" line="+22"/>
        <source>The journal entry could not be opened.</source>
        <translation>No se pudo abrir la entrada del diario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gallery could not be opened.</source>
        <translation>No se pudo abrir la galería.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened.</source>
        <translation>No se pudo abrir el evento.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>The photo could not be shown.</source>
        <translation>No se pudo mostrar la foto.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../ui/search/searchpopup.cpp" line="+31"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No results for “%1”</source>
        <translation>No hay resultados para «%1»</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../ui/search/searchresultdelegate.cpp" line="+49"/>
        <source>%1 of %2</source>
        <extracomment>In the search popup&apos;s heading of a kind: &quot;20 of 1,204&quot; photos are listed.</extracomment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../core/search/searchresultsmodel.cpp" line="+48"/>
        <source>Journal Entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Galleries</source>
        <translation>Galerías</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1: %n found</source>
        <translation>
            <numerusform>%1: %n encontrado</numerusform>
            <numerusform>%1: %n encontrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../ui/library/sidebarview.cpp" line="+26"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>SiteBuilder</name>
    <message>
        <location filename="../core/export/sitebuilder.cpp" line="+79"/>
        <source>The event to publish is no longer in the catalog.</source>
        <translation>El evento que se va a publicar ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The gallery to publish is no longer in the catalog.</source>
        <translation>La galería que se va a publicar ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal entry to publish is no longer in the catalog.</source>
        <translation>La entrada del diario que se va a publicar ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The theme file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de tema %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+43"/>
        <source>The folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>SitePageContext</name>
    <message>
        <location filename="../core/export/sitepagecontext.cpp" line="+125"/>
        <source>en</source>
        <comment>the lang attribute of exported pages: this translation&apos;s language code</comment>
        <translation>es</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip to content</source>
        <translation>Saltar al contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo viewer</source>
        <translation>Visor de fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous photo</source>
        <translation>Foto anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next photo</source>
        <translation>Foto siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Galleries</source>
        <translation>Galerías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with Corkboard</source>
        <translation>Hecho con Corkboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original file</source>
        <translation>Archivo original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo {index} of {count}</source>
        <translation>Foto {index} de {count}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Photo taken %1</source>
        <translation>Foto tomada el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This photo could not be published.</source>
        <translation>No se pudo publicar esta foto.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <location line="+62"/>
        <location line="+47"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>This photo is no longer in the catalog.</source>
        <translation>Esta foto ya no está en el catálogo.</translation>
    </message>
</context>
<context>
    <name>ThemeTemplates</name>
    <message>
        <location filename="../core/export/themetemplates.cpp" line="+16"/>
        <location line="+46"/>
        <source>The theme “%1” has no template %2.</source>
        <translation>El tema «%1» no tiene la plantilla %2.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+37"/>
        <source>The theme “%1” has an error in %2: %3</source>
        <translation>El tema «%1» tiene un error en %2: %3</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The theme “%1” has an error in %2: it includes “%3”, which is not one of its partials (templates/_name.mustache).</source>
        <translation>El tema «%1» tiene un error en %2: incluye «%3», que no es una de sus plantillas parciales (templates/_nombre.mustache).</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <location filename="../ui/events/timezonecombo.cpp" line="+17"/>
        <source>None</source>
        <extracomment>The time zone of an event when it has none (photos without an offset use this computer&apos;s).</extracomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search time zones</source>
        <translation>Buscar zonas horarias</translation>
    </message>
</context>
<context>
    <name>ViewerActions</name>
    <message>
        <location filename="../ui/viewer/vieweractions.cpp" line="+12"/>
        <source>&amp;Previous Photo</source>
        <translation>Foto &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Photo</source>
        <translation>Foto &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;rst Photo</source>
        <translation>&amp;Primera foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last Photo</source>
        <translation>Últi&amp;ma foto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Info</source>
        <translation>Mostrar &amp;información</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Slideshow</source>
        <translation>Presentación de &amp;diapositivas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close Viewer</source>
        <translation>Cerrar el &amp;visor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoom to &amp;100%</source>
        <translation>Zoom al &amp;100&#xa0;%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to &amp;Fit</source>
        <translation>Aj&amp;ustar a la pantalla</translation>
    </message>
</context>
<context>
    <name>ViewerInfo</name>
    <message>
        <location filename="../ui/viewer/viewerinfo.cpp" line="+45"/>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 de %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+32"/>
        <source>Photo gallery and event journal.</source>
        <translation>Galería de fotos y diario de eventos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog to open (default: the one in Preferences).</source>
        <translation>El catálogo que se abrirá (predeterminado: el de Preferencias).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos or folders to import.</source>
        <translation>Las fotos o carpetas que se importarán.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Open the Catalog</source>
        <translation>No se puede abrir el catálogo</translation>
    </message>
</context>
</TS>
