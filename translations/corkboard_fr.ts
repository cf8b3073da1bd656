<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="+25"/>
        <source>The catalog path %1 is not a file.</source>
        <translation>Le chemin du catalogue %1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1 for the catalog.</source>
        <translation>Impossible de créer le dossier %1 pour le catalogue.</translation>
    </message>
</context>
<context>
    <name>CatalogConnection</name>
    <message>
        <location filename="../core/catalog/catalogconnection.cpp" line="+40"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas disponible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Impossible d’ouvrir le catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation>Impossible de préparer le catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog %1 cannot use write-ahead logging (is it on a network drive?).</source>
        <translation>Le catalogue %1 ne peut pas utiliser la journalisation WAL (write-ahead logging). Se trouve-t-il sur un lecteur réseau&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+34"/>
        <source>read photos&apos; metadata (no catalog)</source>
        <translation>lire les métadonnées de photos (sans catalogue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import photos and folders</source>
        <translation>importer des photos et des dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the photos of the catalog</source>
        <translation>lister les photos du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the events, newest first</source>
        <translation>lister les événements, les plus récents d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group photos not placed by hand into events again</source>
        <translation>regrouper à nouveau en événements les photos non placées à la main</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publish an event, gallery or entry (website, Jekyll)</source>
        <translation>publier un événement, une galerie ou une entrée (site web, Jekyll)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;corkboard-cli COMMAND --help&apos; for its options.</source>
        <translation>Exécutez &apos;corkboard-cli COMMAND --help&apos; pour afficher les options d’une commande.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Corkboard&apos;s photo catalog from the command line.</source>
        <translation>Le catalogue de photos de Corkboard en ligne de commande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog to use (default: %1).</source>
        <translation>Le catalogue à utiliser (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/clicommand.cpp" line="+14"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do.</source>
        <translation>L’action à effectuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try &apos;corkboard-cli --help&apos;.</source>
        <translation>Saisissez &apos;corkboard-cli --help&apos; pour plus d’informations.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>corkboard-cli: no command given.</source>
        <translation>corkboard-cli&#xa0;: aucune commande indiquée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>corkboard-cli: unknown command &apos;%1&apos;.</source>
        <translation>corkboard-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+4"/>
        <location line="+17"/>
        <location filename="../app/cli/exportcommand.cpp" line="+101"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Saisissez &apos;%1 --help&apos; pour plus d’informations.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: nothing to do: give at least one path.</source>
        <translation>%1&#xa0;: rien à faire&#xa0;: indiquez au moins un chemin.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../app/cli/inspectcommand.cpp" line="+44"/>
        <source>One JSON object per line.</source>
        <translation>Un objet JSON par ligne.</translation>
    </message>
    <message>
        <location filename="../app/cli/inspectcommand.cpp" line="+3"/>
        <source>Photos to read.</source>
        <translation>Les photos à lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads the metadata of photos, without a catalog.</source>
        <translation>Lit les métadonnées de photos, sans catalogue.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+26"/>
        <source>Looking for photos…</source>
        <translation>Recherche des photos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate: %1 (same as %2)</source>
        <translation>doublon&#xa0;: %1 (identique à %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed: %1: %2</source>
        <translation>échec&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="-23"/>
        <location filename="../app/cli/exportcommand.cpp" line="+161"/>
        <location filename="../app/cli/importcommand.cpp" line="+2"/>
        <location line="+25"/>
        <location filename="../app/cli/regroupcommand.cpp" line="+22"/>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="-15"/>
        <source>Photos and folders to import.</source>
        <translation>Les photos et dossiers à importer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imports photos and folders (recursively) into the catalog. Unchanged files are skipped, duplicates are recognised, files gone from disk are marked missing. Ctrl+C stops after the files being read; what was imported stays.</source>
        <translation>Importe des photos et des dossiers (récursivement) dans le catalogue. Les fichiers inchangés sont ignorés, les doublons reconnus, les fichiers disparus du disque marqués comme manquants. Ctrl+C arrête l’importation après les fichiers en cours de lecture&#xa0;; ce qui a été importé est conservé.</translation>
    </message>
    <message>
        <location filename="../app/cli/photoscommand.cpp" line="+51"/>
        <source>Lists the photos of the catalog by time taken.</source>
        <translation>Liste les photos du catalogue par date de prise de vue.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="-7"/>
        <source>error: there is no catalog at %1 yet; import photos first.</source>
        <translation>erreur&#xa0;: il n’y a pas encore de catalogue à l’emplacement %1&#xa0;; importez d’abord des photos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="+71"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lists the events of the catalog, newest first, with why each automatic one begins where it does.</source>
        <translation>Liste les événements du catalogue, les plus récents d’abord, et pourquoi chaque événement automatique commence là où il commence.</translation>
    </message>
    <message>
        <location filename="../app/cli/regroupcommand.cpp" line="-11"/>
        <source>Places every photo on the timeline again and re-runs automatic grouping on the photos not placed by hand. Events made or edited by hand are kept.</source>
        <translation>Replace chaque photo sur la chronologie et relance le regroupement automatique des photos non placées à la main. Les événements créés ou modifiés à la main sont conservés.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n photo(s) grouped.</source>
        <translation>
            <numerusform>%n photo regroupée.</numerusform>
            <numerusform>%n photos regroupées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events: %1 kept, %2 new, %3 removed.</source>
        <translation>Événements : %1 conservés, %2 nouveaux, %3 supprimés.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) changed event.</source>
        <translation>
            <numerusform>%n photo a changé d’événement.</numerusform>
            <numerusform>%n photos ont changé d’événement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n photo(s) without any time are in no event.</source>
        <translation>
            <numerusform>%n photo sans aucune heure n’est dans aucun événement.</numerusform>
            <numerusform>%n photos sans aucune heure ne sont dans aucun événement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+20"/>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1 : argument inattendu « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-229"/>
        <source>Export a static website into DIR (made when missing).</source>
        <translation>Exporter un site web statique dans DIR (créé s’il manque).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a Jekyll post into the site at DIR: _posts/ and the image folder.</source>
        <translation>Exporter un article Jekyll dans le site situé dans DIR : _posts/ et le dossier des images.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the event ID (see &apos;corkboard-cli events&apos;), with its galleries and journal entries.</source>
        <translation>Exporter l’événement ID (voir « corkboard-cli events »), avec ses galeries et ses entrées de journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the gallery ID.</source>
        <translation>Exporter la galerie ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the journal entry ID, with the photos and galleries it shows.</source>
        <translation>Exporter l’entrée de journal ID, avec les photos et les galeries qu’elle montre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The website&apos;s theme: a folder in the user theme folder, or the built-in &apos;default&apos;.</source>
        <translation>Le thème du site : un dossier du dossier des thèmes de l’utilisateur, ou le thème intégré « default ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The longest side of each published image size, in pixels.</source>
        <translation>Le plus grand côté de chaque taille d’image publiée, en pixels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JPEG quality, 1 to 100.</source>
        <translation>Qualité JPEG, de 1 à 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the GPS position and the camera and lens serial numbers in the published images (removed by default).</source>
        <translation>Garder la position GPS et les numéros de série de l’appareil et de l’objectif dans les images publiées (retirés par défaut).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy each original photo beside its resized images.</source>
        <translation>Copier chaque photo originale à côté de ses images redimensionnées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the camera and exposure line under each photo.</source>
        <translation>Omettre la ligne appareil et exposition sous chaque photo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jekyll only: the folder of the site that holds the images (the start of their URLs).</source>
        <translation>Jekyll seulement : le dossier du site qui contient les images (le début de leurs URL).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --html DIR or --jekyll DIR.</source>
        <translation>indiquez soit --html DIR, soit --jekyll DIR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder to export into is empty.</source>
        <translation>le dossier où exporter est vide.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not an id: give a number, as &apos;corkboard-cli events --json&apos; lists them.</source>
        <translation>« %1 » n’est pas un identifiant : indiquez un nombre, tel que « corkboard-cli events --json » les liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give one of --event ID, --gallery ID or --entry ID.</source>
        <translation>indiquez un seul de --event ID, --gallery ID ou --entry ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a theme name.</source>
        <translation>« %1 » n’est pas un nom de thème.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a list of image sizes: give pixels from 16 to 16384, separated by commas.</source>
        <translation>« %1 » n’est pas une liste de tailles d’image : indiquez des pixels de 16 à 16384, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a JPEG quality from 1 to 100.</source>
        <translation>« %1 » n’est pas une qualité JPEG de 1 à 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--image-folder is for --jekyll only.</source>
        <translation>--image-folder ne sert qu’avec --jekyll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a folder inside the site.</source>
        <translation>« %1 » n’est pas un dossier à l’intérieur du site.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>error: the catalog has no event %1.</source>
        <translation>erreur : le catalogue n’a pas d’événement %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: the catalog has no gallery %1.</source>
        <translation>erreur : le catalogue n’a pas de galerie %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: the catalog has no journal entry %1.</source>
        <translation>erreur : le catalogue n’a pas d’entrée de journal %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting the event “%1” to %2</source>
        <translation>Exportation de l’événement « %1 » vers %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the gallery “%1” to %2</source>
        <translation>Exportation de la galerie « %1 » vers %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the journal entry “%1” to %2</source>
        <translation>Exportation de l’entrée de journal « %1 » vers %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the catalog…</source>
        <translation>Lecture du catalogue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making images</source>
        <translation>Création des images</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing pages</source>
        <translation>Écriture des pages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <comment>phase: file</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>skipped: %1: %2</source>
        <translation>ignorée : %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was written is in %1.</source>
        <translation>Ce qui a été écrit se trouve dans %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n image(s) made</source>
        <translation>
            <numerusform>%n image créée</numerusform>
            <numerusform>%n images créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reused</source>
        <translation>
            <numerusform>%n réutilisée</numerusform>
            <numerusform>%n réutilisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%n page écrite</numerusform>
            <numerusform>%n pages écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+5"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n post(s) written</source>
        <translation>
            <numerusform>%n article écrit</numerusform>
            <numerusform>%n articles écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s) skipped</source>
        <translation>
            <numerusform>%n photo ignorée</numerusform>
            <numerusform>%n photos ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled after %1 s: %2; %3. What was written stays and is reused next time.</source>
        <translation>Annulé après %1 s : %2 ; %3. Ce qui a été écrit reste et sera réutilisé la prochaine fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported in %1 s: %2; %3; %4.</source>
        <translation>Exporté en %1 s : %2 ; %3 ; %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1 in a browser.</source>
        <translation>Ouvrez %1 dans un navigateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post: %1</source>
        <translation>L’article : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publishes an event, a gallery or a journal entry as a static website (--html) or as a Jekyll post (--jekyll). Exporting into the same folder again only redoes what changed. Ctrl+C stops between photos; what was written stays.</source>
        <translation>Publie un événement, une galerie ou une entrée de journal en site web statique (--html) ou en article Jekyll (--jekyll). Exporter de nouveau dans le même dossier ne refait que ce qui a changé. Ctrl+C s’arrête entre deux photos ; ce qui a été écrit reste.</translation>
    </message>
</context>
<context>
    <name>ClockCorrectionDialog</name>
    <message>
        <location filename="../ui/events/clockcorrectiondialog.cpp" line="+33"/>
        <source>Unknown camera</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (serial number %2)</source>
        <translation>%1 (numéro de série %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n photo(s)</source>
        <translation>
            <numerusform>%1 — %n photo</numerusform>
            <numerusform>%1 — %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Use This Time</source>
        <translation>&amp;Utiliser cette heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct Camera Clock</source>
        <translation>Corriger l’horloge de l’appareil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a camera&apos;s clock was wrong, shift the times of its photos in “%1”. The correction is kept in the catalog; the files are not changed.</source>
        <translation>Si l’horloge d’un appareil était fausse, décalez l’heure de ses photos dans «&#xa0;%1&#xa0;». La correction est gardée dans le catalogue&#xa0;; les fichiers ne sont pas modifiés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>+ later</source>
        <extracomment>The camera clock was slow: its photos move later.</extracomment>
        <translation>+ plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− earlier</source>
        <extracomment>The camera clock was fast: its photos move earlier.</extracomment>
        <translation>− plus tôt</translation>
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
        <translation>A&amp;ppareil&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Shift by:</source>
        <translation>&amp;Décaler de&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The selected photo was really taken at:</source>
        <translation>La photo sélectionnée a été prise en réalité le&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply Correction</source>
        <translation>&amp;Appliquer la correction</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No photo of this event says which camera took it.</source>
        <translation>Aucune photo de cet événement n’indique l’appareil qui l’a prise.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Its clock is not corrected yet.</source>
        <translation>Son horloge n’est pas encore corrigée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its clock is corrected by %1 now.</source>
        <translation>Son horloge est corrigée de %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Moves from place %1 to place %2 among the event&apos;s photos</source>
        <translation>Passe de la place %1 à la place %2 parmi les photos de l’événement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose how far this camera&apos;s clock was off: the list shows where its photos land.</source>
        <translation>Indiquez de combien l’horloge de cet appareil se trompait&#xa0;: la liste montre où ses photos arrivent.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n photo(s) of this camera move by %1.</source>
        <translation>
            <numerusform>%n photo de cet appareil est décalée de %1.</numerusform>
            <numerusform>%n photos de cet appareil sont décalées de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them change place among the event&apos;s photos (highlighted).</source>
        <translation>
            <numerusform>%n d’entre elles change de place parmi les photos de l’événement (en surbrillance).</numerusform>
            <numerusform>%n d’entre elles changent de place parmi les photos de l’événement (en surbrillance).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../ui/import/dropoverlay.cpp" line="+38"/>
        <source>Drop photos or folders to import them</source>
        <translation>Déposez des photos ou des dossiers pour les importer</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <location filename="../ui/common/elidedlabel.cpp" line="+75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>EmbeddedPreviewReader</name>
    <message>
        <location filename="../core/metadata/embeddedpreviewreader.cpp" line="+83"/>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Not a supported image format</source>
        <translation>Format d’image non pris en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Damaged image metadata: %1</source>
        <translation>Métadonnées d’image endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not enough memory to read the embedded preview</source>
        <translation>Mémoire insuffisante pour lire l’aperçu intégré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged image metadata</source>
        <translation>Métadonnées d’image endommagées</translation>
    </message>
</context>
<context>
    <name>EmptyLibraryView</name>
    <message>
        <location filename="../ui/library/emptylibraryview.cpp" line="+11"/>
        <source>Import Photos…</source>
        <translation>Importer des photos…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bring in the photos of an event</source>
        <translation>Ajoutez les photos d’un événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop folders or photos from your file manager anywhere on this window, or choose them with Import Photos.</source>
        <translation>Déposez des dossiers ou des photos depuis votre gestionnaire de fichiers n’importe où dans cette fenêtre, ou choisissez-les avec «&#xa0;Importer des photos&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here</source>
        <translation>Rien ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photos belong to this part of the library.</source>
        <translation>Aucune photo n’appartient à cette partie de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../ui/events/eventactions.cpp" line="+32"/>
        <source>&amp;New Event from Selection</source>
        <translation>&amp;Nouvel événement à partir de la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an event of the selected photos, taking them out of theirs</source>
        <translation>Faire un événement des photos sélectionnées, en les retirant du leur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename Event</source>
        <translation>&amp;Renommer l’événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the title of the event</source>
        <translation>Modifier le titre de l’événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Split Event Here</source>
        <translation>&amp;Scinder l’événement ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current photo and the ones after it become a new event</source>
        <translation>La photo actuelle et les suivantes deviennent un nouvel événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge with &amp;Previous Event</source>
        <translation>Fusionner avec l’événement &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event with the one before it on the timeline</source>
        <translation>Réunir l’événement avec celui qui le précède sur la chronologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge with Ne&amp;xt Event</source>
        <translation>Fusionner avec l’événement s&amp;uivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event with the one after it on the timeline</source>
        <translation>Réunir l’événement avec celui qui le suit sur la chronologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge Selected &amp;Events</source>
        <translation>Fusionner les événements sél&amp;ectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the events the selected photos are in into one</source>
        <translation>Réunir en un seul les événements des photos sélectionnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move Selection to Event…</source>
        <translation>&amp;Déplacer la sélection vers un événement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected photos to another event</source>
        <translation>Déplacer les photos sélectionnées vers un autre événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set as Event &amp;Cover</source>
        <translation>Définir comme &amp;couverture de l’événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the current photo for its event</source>
        <translation>Montrer la photo actuelle pour son événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct Camera Cloc&amp;k…</source>
        <translation>Corriger l’&amp;horloge de l’appareil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift the times of one camera&apos;s photos in the event</source>
        <translation>Décaler l’heure des photos d’un appareil dans l’événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;group Automatic Events…</source>
        <translation>Re&amp;grouper les événements automatiques…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the photos into events again by time and place, keeping what you made or changed by hand</source>
        <translation>Regrouper les photos en événements selon l’heure et le lieu, en gardant ce que vous avez fait ou modifié à la main</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>Regroup Automatic Events</source>
        <translation>Regrouper les événements automatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the photos into events again, by time and place?</source>
        <translation>Regrouper les photos en événements selon l’heure et le lieu&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events you made, named or edited are kept as they are, and so are the photos you moved or whose camera clock you corrected. The other events are made again from their photos; this cannot be undone.</source>
        <translation>Les événements que vous avez créés, nommés ou modifiés restent tels quels, de même que les photos que vous avez déplacées ou dont vous avez corrigé l’horloge. Les autres événements sont refaits à partir de leurs photos&#xa0;; cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Regroup</source>
        <translation>&amp;Regrouper</translation>
    </message>
</context>
<context>
    <name>EventChooserDialog</name>
    <message>
        <location filename="../ui/events/eventchooserdialog.cpp" line="+28"/>
        <source>Move to Event</source>
        <translation>Déplacer vers un événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected photos to:</source>
        <translation>Déplacer les photos sélectionnées vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, place or date</source>
        <translation>Chercher par nom, lieu ou date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
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
        <translation>La modification n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <location filename="../ui/events/eventheader.cpp" line="+39"/>
        <source>Correct Camera &amp;Clock…</source>
        <translation>Corriger l’hor&amp;loge…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Event cover</source>
        <translation>Couverture de l’événement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event title</source>
        <translation>Titre de l’événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a title</source>
        <translation>Ajouter un titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a place</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event place</source>
        <translation>Lieu de l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a description</source>
        <translation>Ajouter une description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event description</source>
        <translation>Description de l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to edit. Enter keeps it, Shift+Enter starts a new line, Esc cancels.</source>
        <translation>Cliquez pour modifier. Entrée valide, Maj+Entrée commence une nouvelle ligne, Échap annule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos of this event that carry no UTC offset of their own (nor a GPS time) are placed in this time zone.</source>
        <translation>Les photos de cet événement sans décalage UTC propre (ni heure GPS) sont placées dans ce fuseau horaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift the times of one camera&apos;s photos in this event, when its clock was wrong</source>
        <translation>Décaler l’heure des photos d’un appareil dans cet événement, quand son horloge se trompait</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No dated photos</source>
        <translation>Aucune photo datée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The cover, chosen for this event</source>
        <translation>La couverture choisie pour cet événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover: the first photo until you choose one (Set as Event Cover on a photo)</source>
        <translation>La couverture&#xa0;: la première photo tant que vous n’en choisissez pas (Définir comme couverture de l’événement sur une photo)</translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message numerus="yes">
        <location filename="../core/events/eventservice.cpp" line="+26"/>
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n jour %1 h</numerusform>
            <numerusform>%n jours %1 h</numerusform>
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
        <translation>Événement sans date</translation>
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
        <translation>Créé à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first photos on the timeline</source>
        <translation>Les premières photos de la chronologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts after a pause of %1</source>
        <translation>Commence après une pause de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved %1, after a pause of %2</source>
        <translation>Déplacement de %1, après une pause de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+67"/>
        <location line="+55"/>
        <location line="+51"/>
        <location line="+60"/>
        <source>The event no longer exists.</source>
        <translation>L’événement n’existe plus.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Rename Event</source>
        <translation>Renommer l’événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a time zone this computer knows.</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change Time Zone</source>
        <translation>Modifier le fuseau horaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cover must be a photo of the event.</source>
        <translation>La couverture doit être une photo de l’événement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set Event Cover</source>
        <translation>Définir la couverture de l’événement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least two events to merge.</source>
        <translation>Choisissez au moins deux événements à fusionner.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Merge %n Event(s)</source>
        <translation>
            <numerusform>Fusionner %n événement</numerusform>
            <numerusform>Fusionner %n événements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The photo is not in this event.</source>
        <translation>La photo ne fait pas partie de cet événement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event cannot be split at its first photo.</source>
        <translation>Un événement ne peut pas être scindé à sa première photo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split Event</source>
        <translation>Scinder l’événement</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Move %n Photo(s) to Event</source>
        <translation>
            <numerusform>Déplacer %n photo vers l’événement</numerusform>
            <numerusform>Déplacer %n photos vers l’événement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the photos the new event holds.</source>
        <translation>Sélectionnez les photos que contiendra le nouvel événement.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>New Event from %n Photo(s)</source>
        <translation>
            <numerusform>Nouvel événement à partir de %n photo</numerusform>
            <numerusform>Nouvel événement à partir de %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Correct Camera Clock</source>
        <translation>Corriger l’horloge de l’appareil</translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../core/library/sidebar/eventssection.cpp" line="+21"/>
        <source>Events</source>
        <translation>Événements</translation>
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
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="+15"/>
        <location line="+46"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Publish the event, gallery or journal entry shown as a website or a Jekyll post</source>
        <translation>Publier l’événement, la galerie ou l’entrée de journal affichés en site web ou en article Jekyll</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is nothing to export: it is no longer in the catalog.</source>
        <translation>Il n’y a rien à exporter : ce n’est plus dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>ExportContentCollector</name>
    <message>
        <location filename="../core/export/exportcontentcollector.cpp" line="+84"/>
        <source>The event to publish is no longer in the catalog.</source>
        <translation>L’événement à publier n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gallery to publish is no longer in the catalog.</source>
        <translation>La galerie à publier n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal entry to publish is no longer in the catalog.</source>
        <translation>L’entrée de journal à publier n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The catalog could not be read: %1</source>
        <translation>Le catalogue n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file is missing: %1</source>
        <translation>Le fichier est introuvable : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read: %1 (%2)</source>
        <translation>Le fichier ne peut pas être lu : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+33"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export “%1”</source>
        <translation>Exporter « %1 »</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to the options</source>
        <translation>Retour aux options</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Images:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+214"/>
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Not published:</source>
        <translation>Non publiées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skipped photos:</source>
        <translation>Photos &amp;ignorées :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped photos</source>
        <translation>Photos ignorées</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Annuler l’exportation</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Write the post into “%1”? The folder is not empty and Corkboard has not exported into it before. The post goes into its _posts folder and the images into “%2”; files of the same names are replaced.</source>
        <translation>Écrire l’article dans « %1 » ? Le dossier n’est pas vide et Corkboard n’y a encore jamais exporté. L’article va dans son dossier _posts et les images dans « %2 » ; les fichiers de même nom sont remplacés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export into “%1”? The folder is not empty and Corkboard has not exported into it before. Its index.html and files of the same names as the export&apos;s are replaced.</source>
        <translation>Exporter dans « %1 » ? Le dossier n’est pas vide et Corkboard n’y a encore jamais exporté. Son index.html et les fichiers portant les mêmes noms que ceux de l’exportation sont remplacés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export into This Folder?</source>
        <translation>Exporter dans ce dossier ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export into It</source>
        <translation>&amp;Exporter dedans</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the Jekyll post of “%1”…</source>
        <translation>Écriture de l’article Jekyll de « %1 »…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting “%1”…</source>
        <translation>Exportation de « %1 »…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Reading the catalog…</source>
        <translation>Lecture du catalogue…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Making images: %1 of %2</source>
        <translation>Création des images : %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the post: %1 of %2</source>
        <translation>Écriture de l’article : %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages: %1 of %2</source>
        <translation>Écriture des pages : %1 sur %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The export failed.</source>
        <translation>L’exportation a échoué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was written before stays in %1.</source>
        <translation>Ce qui a été écrit avant reste dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was written stays; exporting into the folder again carries on from it.</source>
        <translation>Ce qui a été écrit reste ; exporter de nouveau dans le dossier reprend à partir de là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Jekyll post is written.</source>
        <translation>L’article Jekyll est écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website is ready.</source>
        <translation>Le site web est prêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos that could not be published show as a marker; see below why.</source>
        <translation>Les photos qui n’ont pas pu être publiées apparaissent comme un repère ; voir ci-dessous pourquoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made, %2 reused</source>
        <translation>%1 créées, %2 réutilisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts:</source>
        <translation>Articles :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 written, %2 unchanged</source>
        <translation>%1 écrites, %2 inchangées</translation>
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
        <translation>La liste des images exportées n’a pas pu être écrite dans %1 : %2</translation>
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
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small image size</source>
        <translation>Petite taille d’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium image size</source>
        <translation>Taille d’image moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large image size</source>
        <translation>Grande taille d’image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove location and camera serial numbers from published photos</source>
        <translation>&amp;Retirer la position et les numéros de série de l’appareil des photos publiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;original files, as they are</source>
        <translation>Inclure les fichiers &amp;originaux tels quels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;camera and exposure line under each photo</source>
        <translation>Afficher la ligne &amp;appareil et exposition sous chaque photo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 “%2”</source>
        <comment>the kind of what is exported, its title</comment>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Static website</source>
        <translation>Site web statique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jekyll post</source>
        <translation>Article Jekyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A static website works from the disk and on any web host; a Jekyll post goes into the _posts folder of a Jekyll site.</source>
        <translation>Un site web statique fonctionne depuis le disque et chez n’importe quel hébergeur ; un article Jekyll va dans le dossier _posts d’un site Jekyll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fol&amp;der:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Themes Folder</source>
        <translation>Ouvrir le dossier des thèmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A folder there is a theme of its own: its templates and styles replace those of the built-in theme.</source>
        <translation>Chaque dossier y est un thème à part entière : ses modèles et ses styles remplacent ceux du thème intégré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the Jekyll site that holds the images, and so the start of their addresses: “posts” gives /posts/photo.jpg.</source>
        <translation>Le dossier du site Jekyll qui contient les images, et donc le début de leurs adresses : « posts » donne /posts/photo.jpg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image folder:</source>
        <translation>Dossier des &amp;images :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Small</source>
        <translation>&amp;Petite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medium</source>
        <translation>&amp;Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The longest side of each published image. Pages load the size the screen needs; the large one opens full screen. Photos are never made larger than they are.</source>
        <translation>Le plus grand côté de chaque image publiée. Les pages chargent la taille dont l’écran a besoin ; la grande s’ouvre en plein écran. Les photos ne sont jamais agrandies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image sizes:</source>
        <translation>Tailles d’image :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JPEG quality of the published images: higher is sharper and heavier; 85 suits most photos.</source>
        <translation>Qualité JPEG des images publiées : plus haut est plus net et plus lourd ; 85 convient à la plupart des photos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JPEG &amp;quality:</source>
        <translation>&amp;Qualité JPEG :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GPS position, the camera and lens serial numbers and the owner&apos;s name are left out of the published images; the camera, exposure and date stay.</source>
        <translation>La position GPS, les numéros de série de l’appareil et de l’objectif et le nom du propriétaire sont retirés des images publiées ; l’appareil, l’exposition et la date restent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies each original file beside its resized images, with all its metadata, location included.</source>
        <translation>Copie chaque fichier original à côté de ses images redimensionnées, avec toutes ses métadonnées, position comprise.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The Jekyll site&apos;s folder</source>
        <translation>Le dossier du site Jekyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder for the website</source>
        <translation>Un dossier pour le site web</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the Jekyll Site&apos;s Folder</source>
        <translation>Choisir le dossier du site Jekyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Website&apos;s Folder</source>
        <translation>Choisir le dossier du site web</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Corkboard (built in)</source>
        <translation>Corkboard (intégré)</translation>
    </message>
</context>
<context>
    <name>ExportSubjectTitle</name>
    <message>
        <location filename="../core/export/exportsubjecttitle.cpp" line="+11"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal entry</source>
        <translation>Entrée de journal</translation>
    </message>
</context>
<context>
    <name>ExportTheme</name>
    <message>
        <location filename="../core/export/exporttheme.cpp" line="+64"/>
        <source>“%1” is not a theme name.</source>
        <translation>« %1 » n’est pas un nom de thème.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The theme “%1” was not found in %2.</source>
        <translation>Le thème « %1 » est introuvable dans %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The theme file %1 cannot be read: %2</source>
        <translation>Le fichier de thème %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The theme “%1” has no templates.</source>
        <translation>Le thème « %1 » n’a aucun modèle.</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../core/export/exportworker.cpp" line="+66"/>
        <source>Choose a folder to export to.</source>
        <translation>Choisissez un dossier où exporter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image folder &quot;%1&quot; must be a folder inside the site.</source>
        <translation>Le dossier d’images « %1 » doit être un dossier à l’intérieur du site.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>FileManager</name>
    <message>
        <location filename="../ui/common/filemanager.cpp" line="+60"/>
        <source>Show in Explorer</source>
        <translation>Afficher dans l’Explorateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in Finder</source>
        <translation>Afficher dans le Finder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>FileScanner</name>
    <message>
        <location filename="../core/import/filescanner.cpp" line="+31"/>
        <source>No such file or folder</source>
        <translation>Fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read this folder</source>
        <translation>Impossible de lire ce dossier</translation>
    </message>
</context>
<context>
    <name>FoldersSection</name>
    <message>
        <location filename="../core/library/sidebar/folderssection.cpp" line="+79"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>GalleriesSection</name>
    <message>
        <location filename="../core/library/sidebar/galleriessection.cpp" line="+23"/>
        <source>Galleries</source>
        <translation>Galeries</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stands alone</source>
        <translation>Indépendante</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryActions</name>
    <message>
        <location filename="../ui/galleries/galleryactions.cpp" line="+25"/>
        <source>&amp;New Gallery from Selection</source>
        <translation>&amp;Nouvelle galerie à partir de la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Selection to Gallery…</source>
        <translation>&amp;Ajouter la sélection à une galerie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Gallery</source>
        <translation>&amp;Renommer la galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Style</source>
        <translation>&amp;Style</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;shuffle</source>
        <translation>Re&amp;mélanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Gallery…</source>
        <translation>&amp;Supprimer la galerie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a sticky-note gallery of the selected photos</source>
        <translation>Faire une galerie de post-it des photos sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected photos to a gallery</source>
        <translation>Ajouter les photos sélectionnées à une galerie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the title of the gallery (F2 on the board)</source>
        <translation>Modifier le titre de la galerie (F2 sur le tableau)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;trip</source>
        <translation>&amp;Bande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lay the notes out anew, by a new roll of the dice</source>
        <translation>Disposer les notes à nouveau, d&apos;un nouveau coup de dés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the gallery; its photos stay in the catalog</source>
        <translation>Supprimer la galerie ; ses photos restent dans le catalogue</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Add to Gallery</source>
        <translation>Ajouter à une galerie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n photo(s) to the gallery:</source>
        <translation>
            <numerusform>Ajouter %n photo à la galerie :</numerusform>
            <numerusform>Ajouter %n photos à la galerie :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The photos are in the gallery already.</source>
        <translation>Les photos sont déjà dans la galerie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete Gallery</source>
        <translation>Supprimer la galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the gallery “%1”? Its photos stay in the catalog, and Undo brings it back.</source>
        <translation>Supprimer la galerie « %1 » ? Ses photos restent dans le catalogue, et Annuler la fait revenir.</translation>
    </message>
</context>
<context>
    <name>GalleryBoardView</name>
    <message>
        <location filename="../ui/galleries/galleryboardview.cpp" line="+30"/>
        <source>Gallery board</source>
        <translation>Tableau de la galerie</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Move %n Note(s)</source>
        <translation>
            <numerusform>Déplacer %n note</numerusform>
            <numerusform>Déplacer %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../ui/galleries/gallerypage.cpp" line="+46"/>
        <source>Untitled Gallery</source>
        <translation>Galerie sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery title</source>
        <translation>Titre de la galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press F2 to rename the gallery</source>
        <translation>Cliquez ou appuyez sur F2 pour renommer la galerie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Strip</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows of tilted notes of varied widths</source>
        <translation>Des rangées de notes penchées de largeurs variées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes scattered over a cork board</source>
        <translation>Des notes éparpillées sur un tableau de liège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Straight rows and columns</source>
        <translation>Des rangées et des colonnes droites</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reshuffle</source>
        <translation>Remélanger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new random layout (Ctrl+R)</source>
        <translation>Une nouvelle disposition au hasard (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit the board&apos;s width (Ctrl+0)</source>
        <translation>Ajuster à la largeur du tableau (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stands alone</source>
        <translation>Indépendante</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 · %n note(s)</source>
        <extracomment>Below a gallery&apos;s title: its event (or &quot;Stands alone&quot;) · how many notes it holds.</extracomment>
        <translation>
            <numerusform>%1 · %n note</numerusform>
            <numerusform>%1 · %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryService</name>
    <message>
        <location filename="../core/galleries/galleryservice.cpp" line="+121"/>
        <source>Untitled Gallery</source>
        <translation>Galerie sans titre</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+110"/>
        <location line="+31"/>
        <location line="+141"/>
        <source>The gallery no longer exists.</source>
        <translation>La galerie n’existe plus.</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+154"/>
        <location line="+29"/>
        <location line="+26"/>
        <source>The note no longer exists.</source>
        <translation>La note n’existe plus.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Select the photos the new gallery holds.</source>
        <translation>Sélectionnez les photos que contiendra la nouvelle galerie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>The event no longer exists.</source>
        <translation>L’événement n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>New Gallery from %n Photo(s)</source>
        <translation>
            <numerusform>Nouvelle galerie à partir de %n photo</numerusform>
            <numerusform>Nouvelle galerie à partir de %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename Gallery</source>
        <translation>Renommer la galerie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Gallery Style</source>
        <translation>Modifier le style de la galerie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Gallery Event</source>
        <translation>Modifier l’événement de la galerie</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reshuffle Gallery</source>
        <translation>Mélanger à nouveau la galerie</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Add %n Photo(s) to Gallery</source>
        <translation>
            <numerusform>Ajouter %n photo à la galerie</numerusform>
            <numerusform>Ajouter %n photos à la galerie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Remove %n Note(s)</source>
        <translation>
            <numerusform>Retirer %n note</numerusform>
            <numerusform>Retirer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+22"/>
        <source>Move Note</source>
        <translation>Déplacer la note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotate Note</source>
        <translation>Faire pivoter la note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resize Note</source>
        <translation>Redimensionner la note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit Caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Note Color</source>
        <translation>Modifier la couleur de la note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Note Pin</source>
        <translation>Modifier l’attache de la note</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Gallery</source>
        <translation>Supprimer la galerie</translation>
    </message>
</context>
<context>
    <name>GridHeader</name>
    <message>
        <location filename="../ui/library/gridheader.cpp" line="+26"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Trier par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time Taken</source>
        <translation>Date de prise de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Order</source>
        <translation>Ordre d’importation</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeifDecoder</name>
    <message>
        <location filename="../core/imaging/heifdecoder.cpp" line="+95"/>
        <location line="+51"/>
        <source>Not enough memory to decode the image</source>
        <translation>Mémoire insuffisante pour décoder l’image</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+4"/>
        <source>Damaged HEIF image: %1</source>
        <translation>Image HEIF endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot decode the HEIF image: %1</source>
        <translation>Impossible de décoder l’image HEIF&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot decode the HEIF image: it holds no pixels</source>
        <translation>Impossible de décoder l’image HEIF&#xa0;: elle ne contient aucun pixel</translation>
    </message>
</context>
<context>
    <name>ImageRenditionMaker</name>
    <message>
        <location filename="../core/export/imagerenditionmaker.cpp" line="+131"/>
        <source>No image size to publish was chosen.</source>
        <translation>Aucune taille d’image à publier n’a été choisie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image folder &quot;%1&quot; is not inside the export folder.</source>
        <translation>Le dossier d’images « %1 » n’est pas dans le dossier d’exportation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The photo cannot be decoded.</source>
        <translation>La photo ne peut pas être décodée.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+24"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../ui/import/importcontroller.cpp" line="+94"/>
        <source>An import is already running. Drop the photos again when it has finished.</source>
        <translation>Une importation est déjà en cours. Déposez de nouveau les photos lorsqu’elle sera terminée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.avif *.dng *.cr2 *.cr3 *.crw *.nef *.arw *.orf *.rw2 *.raf *.pef *.srw);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.avif *.dng *.cr2 *.cr3 *.crw *.nef *.arw *.orf *.rw2 *.raf *.pef *.srw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Failed</source>
        <translation>Échec de l’importation</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <location filename="../core/import/importreport.cpp" line="+8"/>
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n photo importée</numerusform>
            <numerusform>%n photos importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n marquée manquante</numerusform>
            <numerusform>%n marquées manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not photos</source>
        <translation>
            <numerusform>%n fichier qui n’est pas une photo</numerusform>
            <numerusform>%n fichiers qui ne sont pas des photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(cancelled)</source>
        <translation>(annulée)</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../ui/import/importstatus.cpp" line="+19"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import; photos imported so far are kept (Esc)</source>
        <translation>Arrêter l’importation&#xa0;; les photos déjà importées sont conservées (Échap)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking for photos…</source>
        <translation>Recherche des photos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Importation de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="+36"/>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Finished with Problems</source>
        <translation>Importation terminée avec des problèmes</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reason</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not imported (%1)</source>
        <translation>Non importés (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same photo as</source>
        <translation>Même photo que</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicates skipped (%1)</source>
        <translation>Doublons ignorés (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every file and reason to the clipboard, one per line</source>
        <translation>Copier chaque fichier et sa cause dans le presse-papiers, un par ligne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1	duplicate of %2</source>
        <translation>%1	doublon de %2</translation>
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
        <translation>Impossible d’écrire dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The file is no longer on disk</source>
        <translation>Le fichier n’est plus sur le disque</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../ui/events/inlineeditor.cpp" line="+23"/>
        <source>Click to edit</source>
        <translation>Cliquez pour modifier</translation>
    </message>
</context>
<context>
    <name>JekyllPostWriter</name>
    <message>
        <location filename="../core/export/jekyllpostwriter.cpp" line="+221"/>
        <source>There is nothing to publish: the journal entry is no longer in the catalog.</source>
        <translation>Il n’y a rien à publier : l’entrée du journal n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is nothing to publish: the gallery is no longer in the catalog.</source>
        <translation>Il n’y a rien à publier : la galerie n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to publish: the event is no longer in the catalog.</source>
        <translation>Il n’y a rien à publier : l’événement n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The site already has a post “%1” that Corkboard did not write; it was left as it is. Move it away or export into another folder.</source>
        <translation>Le site contient déjà un article « %1 » que Corkboard n’a pas écrit ; il a été laissé tel quel. Déplacez-le ou exportez dans un autre dossier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../ui/journal/journalactions.cpp" line="+39"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new journal entry for the event shown, or one on its own</source>
        <translation>Une nouvelle entrée de journal pour l’événement affiché, ou une entrée indépendante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Entry…</source>
        <translation>&amp;Supprimer l’entrée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the entry shown (undoable)</source>
        <translation>Supprimer l’entrée affichée (annulable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Markdown Post…</source>
        <translation>Importer un article &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Markdown post with YAML front matter as a new journal entry</source>
        <translation>Un article Markdown avec en-tête YAML comme nouvelle entrée de journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Entry as Markdown…</source>
        <translation>&amp;Exporter l’entrée en Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry shown as a Markdown post with YAML front matter</source>
        <translation>L’entrée affichée comme article Markdown avec en-tête YAML</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>New Entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry could not be made: %1</source>
        <translation>L’entrée n’a pas pu être créée : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete Entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the journal entry “%1”? Edit ▸ Undo brings it back.</source>
        <translation>Supprimer l’entrée de journal « %1 » ? Édition ▸ Annuler la fait revenir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry could not be deleted: %1</source>
        <translation>L’entrée n’a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+12"/>
        <location line="+10"/>
        <source>Import Markdown Post</source>
        <translation>Importer un article Markdown</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Markdown posts (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Articles Markdown (*.md *.markdown *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” could not be read: %2</source>
        <translation>« %1 » n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not be imported: %2</source>
        <translation>« %1 » n’a pas pu être importé : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported “%1” as a journal entry.</source>
        <translation>« %1 » importé comme entrée de journal.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <source>Export Entry as Markdown</source>
        <translation>Exporter l’entrée en Markdown</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Markdown posts (*.md)</source>
        <translation>Articles Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The entry could not be written to “%1”: %2</source>
        <translation>L’entrée n’a pas pu être écrite dans « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../ui/journal/journaleditorpage.cpp" line="+47"/>
        <source>This journal entry is no longer in the catalog.
Choose another in the sidebar, or make a new one (Ctrl+N).</source>
        <translation>Cette entrée de journal n’est plus dans le catalogue.
Choisissez-en une autre dans la barre latérale, ou créez-en une nouvelle (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Insert &amp;Photo…</source>
        <translation>Insérer une &amp;photo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert photos from the catalog at the cursor</source>
        <translation>Insérer des photos du catalogue au curseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;Gallery…</source>
        <translation>Insérer une &amp;galerie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert one of the galleries at the cursor</source>
        <translation>Insérer l’une des galeries au curseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions of this entry, to look at or restore</source>
        <translation>Les versions précédentes de cette entrée, à consulter ou restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Pre&amp;view</source>
        <translation>Afficher l’a&amp;perçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the rendered entry beside the text</source>
        <translation>Afficher le rendu de l’entrée à côté du texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Version</source>
        <translation>&amp;Enregistrer une version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is saved as you type; this also keeps it as a version</source>
        <translation>Le texte est enregistré pendant la frappe ; ceci le conserve aussi comme version</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The entry could not be saved: %1</source>
        <translation>L’entrée n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>There are no galleries yet: make one from photos in the grid first.</source>
        <translation>Il n’y a pas encore de galerie : créez-en d’abord une à partir de photos de la grille.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insert Gallery</source>
        <translation>Insérer une galerie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery to show at the cursor:</source>
        <translation>Galerie à afficher au curseur :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Entry saved; this version is kept in its history.</source>
        <translation>Entrée enregistrée ; cette version est conservée dans son historique.</translation>
    </message>
</context>
<context>
    <name>JournalFrontMatterForm</name>
    <message>
        <location filename="../ui/journal/journalfrontmatterform.cpp" line="+44"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Cover</source>
        <translation>Sans couverture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled Entry</source>
        <translation>Entrée sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Comma separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cover photo</source>
        <translation>Photo de couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text: what the cover shows</source>
        <translation>Texte alternatif : ce que montre la couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover alt text</source>
        <translation>Texte alternatif de la couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cover photo from the catalog</source>
        <translation>Choisir la photo de couverture dans le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;tegories:</source>
        <translation>Ca&amp;tégories :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;ver:</source>
        <translation>Co&amp;uverture :</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>None (stands alone)</source>
        <translation>Aucun (indépendante)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No
cover</source>
        <translation>Sans
couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cover photo</source>
        <translation>Pas de photo de couverture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in
catalog</source>
        <translation>Hors
catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover %1 is not a catalog photo</source>
        <translation>La couverture %1 n’est pas une photo du catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover photo is no longer in the catalog</source>
        <translation>La photo de couverture n’est plus dans le catalogue</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Choose Cover Photo</source>
        <translation>Choisir la photo de couverture</translation>
    </message>
</context>
<context>
    <name>JournalHistoryDialog</name>
    <message>
        <location filename="../ui/journal/journalhistorydialog.cpp" line="+26"/>
        <source>History of “%1”</source>
        <translation>Historique de « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled Entry</source>
        <translation>Entrée sans titre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No earlier versions yet. Corkboard keeps one when you save (Ctrl+S), close the entry, and every few minutes of typing.</source>
        <translation>Pas encore de version précédente. Corkboard en conserve une quand vous enregistrez (Ctrl+S), fermez l’entrée, et toutes les quelques minutes de frappe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a version to see it; restoring it keeps the text there now as a version first, and can be undone.</source>
        <translation>Choisissez une version pour la voir ; la restaurer conserve d’abord le texte actuel comme version, et peut être annulé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>While typing</source>
        <translation>Pendant la frappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
</context>
<context>
    <name>JournalPreview</name>
    <message>
        <location filename="../ui/journal/journalpreview.cpp" line="+23"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../core/library/sidebar/journalsection.cpp" line="+25"/>
        <source>Journal</source>
        <translation>Journal</translation>
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
        <translation>Par %1</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <location filename="../core/journal/journalservice.cpp" line="+79"/>
        <source>Untitled Entry</source>
        <translation>Entrée sans titre</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This photo is no longer in the catalog.</source>
        <translation>Cette photo n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+104"/>
        <location line="+86"/>
        <source>The journal entry no longer exists.</source>
        <translation>L’entrée du journal n’existe plus.</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+63"/>
        <location line="+136"/>
        <source>The event no longer exists.</source>
        <translation>L’événement n’existe plus.</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>New Journal Entry</source>
        <translation>Nouvelle entrée de journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename Entry</source>
        <translation>Renommer l’entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Author</source>
        <translation>Modifier l’auteur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Entry Date</source>
        <translation>Modifier la date de l’entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Categories</source>
        <translation>Modifier les catégories</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The photo is no longer in the catalog.</source>
        <translation>La photo n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Cover</source>
        <translation>Modifier la couverture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Entry Event</source>
        <translation>Modifier l’événement de l’entrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That version of the entry no longer exists.</source>
        <translation>Cette version de l’entrée n’existe plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore Earlier Version</source>
        <translation>Restaurer une version antérieure</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Journal Entry</source>
        <translation>Supprimer l’entrée du journal</translation>
    </message>
</context>
<context>
    <name>JournalTextEdit</name>
    <message>
        <location filename="../ui/journal/journaltextedit.cpp" line="+19"/>
        <source>Entry text</source>
        <translation>Texte de l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the entry in Markdown. Insert Photo… shows the catalog: drag photos from it to where they belong here. Insert Gallery… adds a gallery at the cursor.</source>
        <translation>Écrivez l’entrée en Markdown. « Insérer une photo… » montre le catalogue : faites glisser les photos à leur place ici. « Insérer une galerie… » ajoute une galerie au curseur.</translation>
    </message>
</context>
<context>
    <name>JpegDecoder</name>
    <message>
        <location filename="../core/imaging/jpegdecoder.cpp" line="+155"/>
        <source>The file is truncated</source>
        <translation>Le fichier est tronqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged JPEG: %1</source>
        <translation>JPEG endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Damaged JPEG: the header cannot be read</source>
        <translation>JPEG endommagé&#xa0;: impossible de lire l’en-tête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image is too large to decode (%1 x %2 pixels)</source>
        <translation>L’image est trop grande pour être décodée (%1 × %2 pixels)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged JPEG: the image data cannot be decoded</source>
        <translation>JPEG endommagé&#xa0;: impossible de décoder les données de l’image</translation>
    </message>
</context>
<context>
    <name>JpegEncoder</name>
    <message>
        <location filename="../core/imaging/jpegencoder.cpp" line="+92"/>
        <source>There is no image to encode.</source>
        <translation>Il n’y a aucune image à encoder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A metadata segment does not fit into a JPEG file.</source>
        <translation>Un bloc de métadonnées ne tient pas dans un fichier JPEG.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The image could not be encoded as JPEG: %1</source>
        <translation>L’image n’a pas pu être encodée en JPEG : %1</translation>
    </message>
</context>
<context>
    <name>LibrarySection</name>
    <message>
        <location filename="../core/library/sidebar/librarysection.cpp" line="+12"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All photos</source>
        <translation>Toutes les photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every photo in the catalog, on one timeline</source>
        <translation>Toutes les photos du catalogue, sur une seule chronologie</translation>
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
        <translation>Taille des miniatures (Ctrl+molette sur la grille)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>Taille des miniatures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;Photos…</source>
        <translation>Importer des &amp;photos…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;None</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Photo</source>
        <translation>&amp;Ouvrir la photo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the current photo full screen (Enter)</source>
        <translation>Afficher la photo actuelle en plein écran (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sort By</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time Taken</source>
        <translation>&amp;Date de prise de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;Name</source>
        <translation>&amp;Nom de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Order</source>
        <translation>Ordre d’&amp;importation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Larger Thumbnails</source>
        <translation>Miniatures plus &amp;grandes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;maller Thumbnails</source>
        <translation>Miniatures plus &amp;petites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Side&amp;bar</source>
        <translation>Afficher la barre &amp;latérale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Info Panel</source>
        <translation>Afficher le panneau d’&amp;informations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Even&amp;ts</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Galleries</source>
        <translation>&amp;Galeries</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Corkboard</source>
        <translation>À &amp;propos de Corkboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The events could not be regrouped: %1</source>
        <translation>Les événements n’ont pas pu être regroupés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic events regrouped: %1, %2, %3.</source>
        <translation>Événements automatiques regroupés&#xa0;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n conservé</numerusform>
            <numerusform>%n conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All Photos</source>
        <translation>Toutes les photos</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>About Corkboard</source>
        <translation>À propos de Corkboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Corkboard %1&lt;/h3&gt;&lt;p&gt;The photos and the story of an event: a timeline, sticky-note galleries, the journal, and a site to publish them.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, exiv2 and libheif.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corkboard %1&lt;/h3&gt;&lt;p&gt;Les photos et l’histoire d’un événement&#xa0;: une chronologie, des galeries de notes adhésives, le journal et un site pour les publier.&lt;/p&gt;&lt;p&gt;Catalogue&#xa0;: %2&lt;/p&gt;&lt;p&gt;Conçu avec Qt %3, exiv2 et libheif.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownPostImporter</name>
    <message>
        <location filename="../core/journal/markdownpostimporter.cpp" line="+173"/>
        <source>The front matter of the post is not valid YAML: %1</source>
        <translation>L’en-tête du billet n’est pas du YAML valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The front matter of the post is not a list of keys and values.</source>
        <translation>L’en-tête du billet n’est pas une liste de clés et de valeurs.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The front matter of the post cannot be read: %1</source>
        <translation>L’en-tête du billet est illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <location filename="../core/journal/markdownrenderer.cpp" line="+514"/>
        <source>Photo %1 is no longer in the catalog.</source>
        <translation>La photo %1 n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gallery %1 is no longer in the catalog.</source>
        <translation>La galerie %1 n’est plus dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <location filename="../core/metadata/metadatareader.cpp" line="+215"/>
        <source>Cannot open the file: %1</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The file is too large to read</source>
        <translation>Le fichier est trop volumineux pour être lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <location line="+4"/>
        <source>Not a supported image format</source>
        <translation>Format d’image non pris en charge</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is truncated</source>
        <translation>Le fichier est tronqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged image: the %1 structure is invalid</source>
        <translation>Image endommagée&#xa0;: la structure %1 n’est pas valide</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Damaged image metadata: %1</source>
        <translation>Métadonnées d’image endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not enough memory to read the image metadata</source>
        <translation>Mémoire insuffisante pour lire les métadonnées de l’image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged image metadata</source>
        <translation>Métadonnées d’image endommagées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged image: the %1 header does not give the image size</source>
        <translation>Image endommagée&#xa0;: l’en-tête %1 n’indique pas la taille de l’image</translation>
    </message>
</context>
<context>
    <name>NoteHandle</name>
    <message>
        <location filename="../ui/galleries/notehandle.cpp" line="+21"/>
        <source>Drag to turn the note (Shift: in steps of 15°); double-click for its own tilt</source>
        <translation>Faites glisser pour tourner la note (Maj : par pas de 15°) ; double-cliquez pour retrouver son inclinaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to resize the note; double-click for its own size</source>
        <translation>Faites glisser pour redimensionner la note ; double-cliquez pour retrouver sa taille</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <location filename="../ui/galleries/noteitem.cpp" line="+142"/>
        <source>Photo missing</source>
        <translation>Photo manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read this photo</source>
        <translation>Impossible de lire cette photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo removed from the catalog</source>
        <translation>Photo retirée du catalogue</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Cannot show this photo</source>
        <translation>Impossible d’afficher cette photo</translation>
    </message>
</context>
<context>
    <name>PhotoChooserDialog</name>
    <message>
        <location filename="../ui/journal/photochooserdialog.cpp" line="+24"/>
        <source>Insert Photos</source>
        <translation>Insérer des photos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose Photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only this entry&apos;s event</source>
        <translation>Seulement l’événement de cette entrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the photos to insert at the cursor, or drag them into the text:</source>
        <translation>Choisissez les photos à insérer au curseur, ou faites-les glisser dans le texte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the photo:</source>
        <translation>Choisissez la photo :</translation>
    </message>
</context>
<context>
    <name>PhotoDecoder</name>
    <message>
        <location filename="../core/imaging/photodecoder.cpp" line="+77"/>
        <source>Cannot open the file: %1</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to decode</source>
        <translation>Le fichier est trop volumineux pour être décodé</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not a supported image format</source>
        <translation>Format d’image non pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot decode the image: %1</source>
        <translation>Impossible de décoder l’image&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This RAW file holds no preview image to show</source>
        <translation>Ce fichier RAW ne contient aucun aperçu à afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview image in this RAW file is damaged</source>
        <translation>L’aperçu contenu dans ce fichier RAW est endommagé</translation>
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
        <translation>%1 à %2</translation>
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
        <translation>%1 m sous le niveau de la mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m above sea level</source>
        <translation>%1 m au-dessus du niveau de la mer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 × %2 pixels</source>
        <comment>width × height</comment>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 pixels (%3 MP)</source>
        <comment>width × height (megapixels)</comment>
        <translation>%1 × %2 pixels (%3 Mpx)</translation>
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
        <translation>Manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreadable</source>
        <comment>photo state: the file cannot be read</comment>
        <translation>Illisible</translation>
    </message>
</context>
<context>
    <name>PhotoFileBytes</name>
    <message>
        <location filename="../core/import/photofilebytes.cpp" line="+53"/>
        <source>Cannot open the file: %1</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PhotoGridDelegate</name>
    <message>
        <location filename="../ui/library/photogriddelegate.cpp" line="+134"/>
        <source>File missing</source>
        <translation>Fichier manquant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read this photo</source>
        <translation>Photo illisible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot show this photo</source>
        <translation>Affichage impossible</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../core/library/photogridmodel.cpp" line="+104"/>
        <location line="+7"/>
        <source>Taken %1</source>
        <translation>Prise le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time taken unknown</source>
        <translation>Date de prise de vue inconnue</translation>
    </message>
</context>
<context>
    <name>PhotoGridView</name>
    <message>
        <location filename="../ui/library/photogridview.cpp" line="+39"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>PhotoInfoPanel</name>
    <message>
        <location filename="../ui/info/photoinfopanel.cpp" line="+143"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lens</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The file is no longer where it was imported from. Everything added to the photo in Corkboard is kept.</source>
        <translation>Le fichier n’est plus à l’emplacement d’où il a été importé. Tout ce qui a été ajouté à la photo dans Corkboard est conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is missing: %1</source>
        <translation>Le fichier est introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Read from %1</source>
        <translation>Lu dans %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Serial number %1</source>
        <translation>Numéro de série %1</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>%1, from the file</source>
        <translation>%1, d’après le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the GPS time</source>
        <translation>%1, d’après l’heure GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the event&apos;s time zone</source>
        <translation>%1, d’après le fuseau horaire de l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, this computer&apos;s time zone</source>
        <translation>%1, fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Show on OpenStreetMap</source>
        <translation>Afficher sur OpenStreetMap</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
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
        <translation>horloge de l’appareil corrigée de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera showed %1</source>
        <translation>L’appareil indiquait %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 photo selected</source>
        <translation>1 photo sélectionnée</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n photos selected</source>
        <translation>
            <numerusform>%n photo sélectionnée</numerusform>
            <numerusform>%n photos sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a single photo to see its details.</source>
        <translation>Sélectionnez une seule photo pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Photo Selected</source>
        <translation>Aucune photo sélectionnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a photo to see when, where and how it was taken.</source>
        <translation>Sélectionnez une photo pour voir quand, où et comment elle a été prise.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../ui/viewer/photoviewer.cpp" line="+41"/>
        <source>Photo Viewer</source>
        <translation>Visionneuse de photos</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Press %1 for details, %2 for a slideshow, %3 to close.</source>
        <translation>Appuyez sur %1 pour les détails, %2 pour un diaporama, %3 pour fermer.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>This is the last photo.</source>
        <translation>C’est la dernière photo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the first photo.</source>
        <translation>C’est la première photo.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Fit (%1%)</source>
        <comment>zoom level</comment>
        <translation>Ajusté à l’écran (%1&#xa0;%)</translation>
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
        <translation>Le diaporama a démarré. Appuyez sur %1 pour l’arrêter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slideshow has stopped.</source>
        <translation>Le diaporama est arrêté.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file could not be decoded.</source>
        <translation>Le fichier n’a pas pu être décodé.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” cannot be shown.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être affiché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slideshow</source>
        <translation>Diaporama</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/preferencesdialog.cpp" line="+46"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog file</source>
        <translation>Fichier du catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use De&amp;fault</source>
        <translation>&amp;Par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog keeps the details of your photos and everything you add to them. Choose an existing catalog or name a new one; the change takes effect after a restart.</source>
        <translation>Le catalogue conserve les détails de vos photos et tout ce que vous y ajoutez. Choisissez un catalogue existant ou nommez-en un nouveau&#xa0;; la modification prend effet après un redémarrage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thumbnails</source>
        <translation>Miniatures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MB</source>
        <comment>megabytes</comment>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB</source>
        <comment>gigabytes</comment>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disk cache limit:</source>
        <translation>&amp;Taille maximale du cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clea&amp;r Cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes the thumbnails kept on disk. They are made again when they are needed.</source>
        <translation>Supprime les miniatures conservées sur le disque. Elles sont recréées au besoin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In use:</source>
        <translation>Utilisé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnails are kept on disk so that the library opens quickly. When the cache is full, the oldest thumbnails make room.</source>
        <translation>Les miniatures sont conservées sur le disque pour que la bibliothèque s’ouvre rapidement. Quand le cache est plein, les plus anciennes cèdent la place.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System Default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A different language takes effect after a restart.</source>
        <translation>Le changement de langue prend effet après un redémarrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a Catalog</source>
        <translation>Choisir un catalogue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corkboard catalogs (*.sqlite)</source>
        <translation>Catalogues Corkboard (*.sqlite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Clearing…</source>
        <translation>Vidage en cours…</translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message>
        <location filename="../core/library/sidebar/problemssection.cpp" line="+12"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing or unreadable</source>
        <translation>Manquantes ou illisibles</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquante</numerusform>
            <numerusform>%n manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentImportsSection</name>
    <message>
        <location filename="../core/library/sidebar/recentimportssection.cpp" line="+16"/>
        <source>Recent imports</source>
        <translation>Importations récentes</translation>
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
        <translation>Impossible de lire la version du schéma du catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog %1 was written by a newer version of Corkboard (catalog version %2; this version reads up to %3). Update Corkboard to open it; the catalog was left untouched.</source>
        <translation>Le catalogue %1 a été écrit par une version plus récente de Corkboard (version du catalogue %2&#xa0;; cette version lit jusqu’à la version %3). Mettez Corkboard à jour pour l’ouvrir&#xa0;; le catalogue n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot back up the catalog to %1 before upgrading it: %2</source>
        <translation>Impossible de sauvegarder le catalogue dans %1 avant sa mise à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the catalog migration %1.</source>
        <translation>Impossible de lire la migration de catalogue %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot start upgrading the catalog: %1</source>
        <translation>Impossible de commencer la mise à niveau du catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Upgrading the catalog to version %1 failed: %2</source>
        <translation>La mise à niveau du catalogue vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/search/searchfield.cpp" line="+28"/>
        <location line="+2"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search entries, photos, events and galleries (%1)</source>
        <translation>Rechercher dans les entrées, photos, événements et galeries (%1)</translation>
    </message>
</context>
<context>
    <name>SearchHitOpener</name>
    <message>
        <location filename="../ui/search/searchhitopener.cpp" line="+22"/>
        <source>The journal entry could not be opened.</source>
        <translation>L’entrée du journal n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gallery could not be opened.</source>
        <translation>La galerie n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened.</source>
        <translation>L’événement n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>The photo could not be shown.</source>
        <translation>La photo n’a pas pu être affichée.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../ui/search/searchpopup.cpp" line="+31"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No results for “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../ui/search/searchresultdelegate.cpp" line="+49"/>
        <source>%1 of %2</source>
        <extracomment>In the search popup&apos;s heading of a kind: &quot;20 of 1,204&quot; photos are listed.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../core/search/searchresultsmodel.cpp" line="+48"/>
        <source>Journal Entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Galleries</source>
        <translation>Galeries</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1: %n found</source>
        <translation>
            <numerusform>%1 : %n trouvé</numerusform>
            <numerusform>%1 : %n trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../ui/library/sidebarview.cpp" line="+26"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>SiteBuilder</name>
    <message>
        <location filename="../core/export/sitebuilder.cpp" line="+79"/>
        <source>The event to publish is no longer in the catalog.</source>
        <translation>L’événement à publier n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The gallery to publish is no longer in the catalog.</source>
        <translation>La galerie à publier n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal entry to publish is no longer in the catalog.</source>
        <translation>L’entrée de journal à publier n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The theme file %1 cannot be read: %2</source>
        <translation>Le fichier de thème %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+43"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SitePageContext</name>
    <message>
        <location filename="../core/export/sitepagecontext.cpp" line="+125"/>
        <source>en</source>
        <comment>the lang attribute of exported pages: this translation&apos;s language code</comment>
        <translation>fr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip to content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo viewer</source>
        <translation>Visionneuse de photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous photo</source>
        <translation>Photo précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next photo</source>
        <translation>Photo suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Galleries</source>
        <translation>Galeries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with Corkboard</source>
        <translation>Réalisé avec Corkboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original file</source>
        <translation>Fichier original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo {index} of {count}</source>
        <translation>Photo {index} sur {count}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Photo taken %1</source>
        <translation>Photo prise le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This photo could not be published.</source>
        <translation>Cette photo n’a pas pu être publiée.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <location line="+62"/>
        <location line="+47"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>This photo is no longer in the catalog.</source>
        <translation>Cette photo n’est plus dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>ThemeTemplates</name>
    <message>
        <location filename="../core/export/themetemplates.cpp" line="+16"/>
        <location line="+46"/>
        <source>The theme “%1” has no template %2.</source>
        <translation>Le thème « %1 » n’a pas de modèle %2.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+37"/>
        <source>The theme “%1” has an error in %2: %3</source>
        <translation>Le thème « %1 » a une erreur dans %2 : %3</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The theme “%1” has an error in %2: it includes “%3”, which is not one of its partials (templates/_name.mustache).</source>
        <translation>Le thème « %1 » a une erreur dans %2 : il inclut « %3 », qui n’est pas l’un de ses modèles partiels (templates/_nom.mustache).</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <location filename="../ui/events/timezonecombo.cpp" line="+17"/>
        <source>None</source>
        <extracomment>The time zone of an event when it has none (photos without an offset use this computer&apos;s).</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search time zones</source>
        <translation>Chercher un fuseau horaire</translation>
    </message>
</context>
<context>
    <name>ViewerActions</name>
    <message>
        <location filename="../ui/viewer/vieweractions.cpp" line="+12"/>
        <source>&amp;Previous Photo</source>
        <translation>Photo pré&amp;cédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Photo</source>
        <translation>Photo &amp;suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;rst Photo</source>
        <translation>&amp;Première photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last Photo</source>
        <translation>&amp;Dernière photo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Info</source>
        <translation>Afficher les &amp;informations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Slideshow</source>
        <translation>Diap&amp;orama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close Viewer</source>
        <translation>&amp;Fermer la visionneuse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoom to &amp;100%</source>
        <translation>Zoom &amp;100&#xa0;%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à l’écran</translation>
    </message>
</context>
<context>
    <name>ViewerInfo</name>
    <message>
        <location filename="../ui/viewer/viewerinfo.cpp" line="+45"/>
        <source>Photo %1 of %2</source>
        <translation>Photo %1 sur %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+32"/>
        <source>Photo gallery and event journal.</source>
        <translation>Galerie de photos et journal d’événements.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog to open (default: the one in Preferences).</source>
        <translation>Le catalogue à ouvrir (par défaut&#xa0;: celui des Préférences).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos or folders to import.</source>
        <translation>Les photos ou dossiers à importer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Open the Catalog</source>
        <translation>Impossible d’ouvrir le catalogue</translation>
    </message>
</context>
</TS>
