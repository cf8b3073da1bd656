<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog/catalog.cpp" line="+25"/>
        <source>The catalog path %1 is not a file.</source>
        <translation>Der Katalogpfad %1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1 for the catalog.</source>
        <translation>Der Ordner %1 für den Katalog kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>CatalogConnection</name>
    <message>
        <location filename="../core/catalog/catalogconnection.cpp" line="+40"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog %1 cannot use write-ahead logging (is it on a network drive?).</source>
        <translation>Der Katalog %1 kann kein Write-Ahead-Logging (WAL) nutzen. Liegt er auf einem Netzlaufwerk?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+34"/>
        <source>read photos&apos; metadata (no catalog)</source>
        <translation>Metadaten von Fotos lesen (ohne Katalog)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import photos and folders</source>
        <translation>Fotos und Ordner importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the photos of the catalog</source>
        <translation>die Fotos des Katalogs auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the events, newest first</source>
        <translation>die Ereignisse auflisten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group photos not placed by hand into events again</source>
        <translation>nicht von Hand zugeordnete Fotos neu in Ereignisse gruppieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publish an event, gallery or entry (website, Jekyll)</source>
        <translation>ein Ereignis, eine Galerie oder einen Eintrag veröffentlichen (Website, Jekyll)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;corkboard-cli COMMAND --help&apos; for its options.</source>
        <translation>&apos;corkboard-cli COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Corkboard&apos;s photo catalog from the command line.</source>
        <translation>Der Fotokatalog von Corkboard auf der Kommandozeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog to use (default: %1).</source>
        <translation>Der zu verwendende Katalog (Standard: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/clicommand.cpp" line="+14"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try &apos;corkboard-cli --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;corkboard-cli --help&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>corkboard-cli: no command given.</source>
        <translation>corkboard-cli: Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>corkboard-cli: unknown command &apos;%1&apos;.</source>
        <translation>corkboard-cli: Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+4"/>
        <location line="+17"/>
        <location filename="../app/cli/exportcommand.cpp" line="+101"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: nothing to do: give at least one path.</source>
        <translation>%1: Nichts zu tun: Geben Sie mindestens einen Pfad an.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../app/cli/inspectcommand.cpp" line="+44"/>
        <source>One JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/inspectcommand.cpp" line="+3"/>
        <source>Photos to read.</source>
        <translation>Die zu lesenden Fotos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads the metadata of photos, without a catalog.</source>
        <translation>Liest die Metadaten von Fotos, ohne Katalog.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+26"/>
        <source>Looking for photos…</source>
        <translation>Fotos werden gesucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate: %1 (same as %2)</source>
        <translation>Duplikat: %1 (gleiches Foto wie %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed: %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="-23"/>
        <location filename="../app/cli/exportcommand.cpp" line="+161"/>
        <location filename="../app/cli/importcommand.cpp" line="+2"/>
        <location line="+25"/>
        <location filename="../app/cli/regroupcommand.cpp" line="+22"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="-15"/>
        <source>Photos and folders to import.</source>
        <translation>Zu importierende Fotos und Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imports photos and folders (recursively) into the catalog. Unchanged files are skipped, duplicates are recognised, files gone from disk are marked missing. Ctrl+C stops after the files being read; what was imported stays.</source>
        <translation>Importiert Fotos und Ordner (rekursiv) in den Katalog. Unveränderte Dateien werden übersprungen, Duplikate erkannt und von der Festplatte verschwundene Dateien als fehlend markiert. Strg+C hält nach den gerade gelesenen Dateien an; was schon importiert ist, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/photoscommand.cpp" line="+51"/>
        <source>Lists the photos of the catalog by time taken.</source>
        <translation>Listet die Fotos des Katalogs nach Aufnahmezeit auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="-7"/>
        <source>error: there is no catalog at %1 yet; import photos first.</source>
        <translation>Fehler: Unter %1 gibt es noch keinen Katalog. Importieren Sie zuerst Fotos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="+71"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lists the events of the catalog, newest first, with why each automatic one begins where it does.</source>
        <translation>Listet die Ereignisse des Katalogs auf, neueste zuerst, und warum jedes automatische dort beginnt, wo es beginnt.</translation>
    </message>
    <message>
        <location filename="../app/cli/regroupcommand.cpp" line="-11"/>
        <source>Places every photo on the timeline again and re-runs automatic grouping on the photos not placed by hand. Events made or edited by hand are kept.</source>
        <translation>Ordnet jedes Foto neu auf der Zeitleiste ein und gruppiert die nicht von Hand zugeordneten Fotos erneut automatisch. Von Hand erstellte oder bearbeitete Ereignisse bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n photo(s) grouped.</source>
        <translation>
            <numerusform>%n Foto gruppiert.</numerusform>
            <numerusform>%n Fotos gruppiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events: %1 kept, %2 new, %3 removed.</source>
        <translation>Ereignisse: %1 beibehalten, %2 neu, %3 entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) changed event.</source>
        <translation>
            <numerusform>%n Foto hat das Ereignis gewechselt.</numerusform>
            <numerusform>%n Fotos haben das Ereignis gewechselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n photo(s) without any time are in no event.</source>
        <translation>
            <numerusform>%n Foto ohne Zeitangabe ist in keinem Ereignis.</numerusform>
            <numerusform>%n Fotos ohne Zeitangabe sind in keinem Ereignis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="+20"/>
        <source>%1: unexpected argument &apos;%2&apos;.</source>
        <translation>%1: unerwartetes Argument „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-229"/>
        <source>Export a static website into DIR (made when missing).</source>
        <translation>Eine statische Website in DIR exportieren (wird angelegt, wenn es fehlt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a Jekyll post into the site at DIR: _posts/ and the image folder.</source>
        <translation>Einen Jekyll-Beitrag in die Website in DIR exportieren: _posts/ und den Bilderordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the event ID (see &apos;corkboard-cli events&apos;), with its galleries and journal entries.</source>
        <translation>Das Ereignis ID exportieren (siehe „corkboard-cli events“), mit seinen Galerien und Tagebucheinträgen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the gallery ID.</source>
        <translation>Die Galerie ID exportieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the journal entry ID, with the photos and galleries it shows.</source>
        <translation>Den Tagebucheintrag ID exportieren, mit den Fotos und Galerien, die er zeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The website&apos;s theme: a folder in the user theme folder, or the built-in &apos;default&apos;.</source>
        <translation>Das Theme der Website: ein Ordner im Theme-Ordner des Benutzers oder das eingebaute „default“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The longest side of each published image size, in pixels.</source>
        <translation>Die längste Seite jeder veröffentlichten Bildgröße, in Pixeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JPEG quality, 1 to 100.</source>
        <translation>JPEG-Qualität, 1 bis 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the GPS position and the camera and lens serial numbers in the published images (removed by default).</source>
        <translation>Die GPS-Position und die Seriennummern von Kamera und Objektiv in den veröffentlichten Bildern behalten (sonst entfernt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy each original photo beside its resized images.</source>
        <translation>Jedes Originalfoto neben seine verkleinerten Bilder kopieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the camera and exposure line under each photo.</source>
        <translation>Die Zeile mit Kamera und Belichtung unter jedem Foto weglassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jekyll only: the folder of the site that holds the images (the start of their URLs).</source>
        <translation>Nur Jekyll: der Ordner der Website, der die Bilder enthält (der Anfang ihrer URLs).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --html DIR or --jekyll DIR.</source>
        <translation>entweder --html DIR oder --jekyll DIR angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder to export into is empty.</source>
        <translation>der Zielordner des Exports ist leer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not an id: give a number, as &apos;corkboard-cli events --json&apos; lists them.</source>
        <translation>„%1“ ist keine ID: eine Zahl angeben, wie „corkboard-cli events --json“ sie auflistet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give one of --event ID, --gallery ID or --entry ID.</source>
        <translation>eines von --event ID, --gallery ID oder --entry ID angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a theme name.</source>
        <translation>„%1“ ist kein Theme-Name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a list of image sizes: give pixels from 16 to 16384, separated by commas.</source>
        <translation>„%1“ ist keine Liste von Bildgrößen: Pixel von 16 bis 16384 angeben, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a JPEG quality from 1 to 100.</source>
        <translation>„%1“ ist keine JPEG-Qualität von 1 bis 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--image-folder is for --jekyll only.</source>
        <translation>--image-folder gilt nur für --jekyll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a folder inside the site.</source>
        <translation>„%1“ ist kein Ordner innerhalb der Website.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>error: the catalog has no event %1.</source>
        <translation>Fehler: Der Katalog hat kein Ereignis %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: the catalog has no gallery %1.</source>
        <translation>Fehler: Der Katalog hat keine Galerie %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: the catalog has no journal entry %1.</source>
        <translation>Fehler: Der Katalog hat keinen Tagebucheintrag %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting the event “%1” to %2</source>
        <translation>Ereignis „%1“ wird nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the gallery “%1” to %2</source>
        <translation>Galerie „%1“ wird nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the journal entry “%1” to %2</source>
        <translation>Tagebucheintrag „%1“ wird nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the catalog…</source>
        <translation>Katalog wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making images</source>
        <translation>Bilder werden erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing pages</source>
        <translation>Seiten werden geschrieben</translation>
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
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was written is in %1.</source>
        <translation>Was geschrieben wurde, liegt in %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n image(s) made</source>
        <translation>
            <numerusform>%n Bild erstellt</numerusform>
            <numerusform>%n Bilder erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reused</source>
        <translation>
            <numerusform>%n wiederverwendet</numerusform>
            <numerusform>%n wiederverwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%n Seite geschrieben</numerusform>
            <numerusform>%n Seiten geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+5"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n post(s) written</source>
        <translation>
            <numerusform>%n Beitrag geschrieben</numerusform>
            <numerusform>%n Beiträge geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s) skipped</source>
        <translation>
            <numerusform>%n Foto übersprungen</numerusform>
            <numerusform>%n Fotos übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled after %1 s: %2; %3. What was written stays and is reused next time.</source>
        <translation>Nach %1 s abgebrochen: %2; %3. Was geschrieben wurde, bleibt und wird beim nächsten Mal wiederverwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported in %1 s: %2; %3; %4.</source>
        <translation>In %1 s exportiert: %2; %3; %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1 in a browser.</source>
        <translation>%1 in einem Browser öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post: %1</source>
        <translation>Der Beitrag: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publishes an event, a gallery or a journal entry as a static website (--html) or as a Jekyll post (--jekyll). Exporting into the same folder again only redoes what changed. Ctrl+C stops between photos; what was written stays.</source>
        <translation>Veröffentlicht ein Ereignis, eine Galerie oder einen Tagebucheintrag als statische Website (--html) oder als Jekyll-Beitrag (--jekyll). Ein erneuter Export in denselben Ordner erneuert nur, was sich geändert hat. Strg+C hält zwischen zwei Fotos an; was geschrieben wurde, bleibt.</translation>
    </message>
</context>
<context>
    <name>ClockCorrectionDialog</name>
    <message>
        <location filename="../ui/events/clockcorrectiondialog.cpp" line="+33"/>
        <source>Unknown camera</source>
        <translation>Unbekannte Kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (serial number %2)</source>
        <translation>%1 (Seriennummer %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n photo(s)</source>
        <translation>
            <numerusform>%1 — %n Foto</numerusform>
            <numerusform>%1 — %n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Use This Time</source>
        <translation>Diese &amp;Zeit verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct Camera Clock</source>
        <translation>Kamerauhr korrigieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a camera&apos;s clock was wrong, shift the times of its photos in “%1”. The correction is kept in the catalog; the files are not changed.</source>
        <translation>Ging die Uhr einer Kamera falsch, verschieben Sie die Zeiten ihrer Fotos in „%1“. Die Korrektur wird im Katalog gespeichert; die Dateien bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>+ later</source>
        <extracomment>The camera clock was slow: its photos move later.</extracomment>
        <translation>+ später</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− earlier</source>
        <extracomment>The camera clock was fast: its photos move earlier.</extracomment>
        <translation>− früher</translation>
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
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Shift by:</source>
        <translation>&amp;Verschieben um:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The selected photo was really taken at:</source>
        <translation>Das ausgewählte Foto wurde tatsächlich aufgenommen am:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply Correction</source>
        <translation>Korrektur &amp;anwenden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No photo of this event says which camera took it.</source>
        <translation>Kein Foto dieses Ereignisses sagt, mit welcher Kamera es aufgenommen wurde.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Its clock is not corrected yet.</source>
        <translation>Ihre Uhr ist noch nicht korrigiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its clock is corrected by %1 now.</source>
        <translation>Ihre Uhr ist jetzt um %1 korrigiert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Moves from place %1 to place %2 among the event&apos;s photos</source>
        <translation>Rückt unter den Fotos des Ereignisses von Platz %1 auf Platz %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose how far this camera&apos;s clock was off: the list shows where its photos land.</source>
        <translation>Geben Sie an, wie weit die Uhr dieser Kamera danebenlag: Die Liste zeigt, wo ihre Fotos landen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n photo(s) of this camera move by %1.</source>
        <translation>
            <numerusform>%n Foto dieser Kamera wird um %1 verschoben.</numerusform>
            <numerusform>%n Fotos dieser Kamera werden um %1 verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them change place among the event&apos;s photos (highlighted).</source>
        <translation>
            <numerusform>%n davon wechselt den Platz unter den Fotos des Ereignisses (hervorgehoben).</numerusform>
            <numerusform>%n davon wechseln den Platz unter den Fotos des Ereignisses (hervorgehoben).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../ui/import/dropoverlay.cpp" line="+38"/>
        <source>Drop photos or folders to import them</source>
        <translation>Legen Sie Fotos oder Ordner hier ab, um sie zu importieren</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <location filename="../ui/common/elidedlabel.cpp" line="+75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>EmbeddedPreviewReader</name>
    <message>
        <location filename="../core/metadata/embeddedpreviewreader.cpp" line="+83"/>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Not a supported image format</source>
        <translation>Kein unterstütztes Bildformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Damaged image metadata: %1</source>
        <translation>Beschädigte Bildmetadaten: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not enough memory to read the embedded preview</source>
        <translation>Nicht genug Speicher, um die eingebettete Vorschau zu lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged image metadata</source>
        <translation>Beschädigte Bildmetadaten</translation>
    </message>
</context>
<context>
    <name>EmptyLibraryView</name>
    <message>
        <location filename="../ui/library/emptylibraryview.cpp" line="+11"/>
        <source>Import Photos…</source>
        <translation>Fotos importieren…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bring in the photos of an event</source>
        <translation>Fügen Sie die Fotos eines Ereignisses hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop folders or photos from your file manager anywhere on this window, or choose them with Import Photos.</source>
        <translation>Ziehen Sie Ordner oder Fotos aus Ihrem Dateimanager an eine beliebige Stelle dieses Fensters oder wählen Sie sie mit „Fotos importieren“ aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here</source>
        <translation>Hier ist nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photos belong to this part of the library.</source>
        <translation>Zu diesem Teil der Bibliothek gehören keine Fotos.</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../ui/events/eventactions.cpp" line="+32"/>
        <source>&amp;New Event from Selection</source>
        <translation>&amp;Neues Ereignis aus Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an event of the selected photos, taking them out of theirs</source>
        <translation>Ein Ereignis aus den ausgewählten Fotos machen und sie aus ihrem bisherigen herausnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename Event</source>
        <translation>Ereignis &amp;umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the title of the event</source>
        <translation>Den Titel des Ereignisses bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Split Event Here</source>
        <translation>Ereignis hier &amp;teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current photo and the ones after it become a new event</source>
        <translation>Das aktuelle Foto und die folgenden werden ein neues Ereignis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge with &amp;Previous Event</source>
        <translation>Mit &amp;vorherigem Ereignis zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event with the one before it on the timeline</source>
        <translation>Das Ereignis mit dem vorherigen auf der Zeitleiste vereinen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge with Ne&amp;xt Event</source>
        <translation>Mit nä&amp;chstem Ereignis zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event with the one after it on the timeline</source>
        <translation>Das Ereignis mit dem nächsten auf der Zeitleiste vereinen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge Selected &amp;Events</source>
        <translation>Ausgewählte Ereignisse zusammen&amp;führen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the events the selected photos are in into one</source>
        <translation>Die Ereignisse der ausgewählten Fotos zu einem vereinen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move Selection to Event…</source>
        <translation>Auswahl in anderes Ereignis ver&amp;schieben…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected photos to another event</source>
        <translation>Die ausgewählten Fotos in ein anderes Ereignis verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set as Event &amp;Cover</source>
        <translation>Als Ereignis-Titel&amp;bild festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the current photo for its event</source>
        <translation>Das aktuelle Foto für sein Ereignis zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct Camera Cloc&amp;k…</source>
        <translation>&amp;Kamerauhr korrigieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift the times of one camera&apos;s photos in the event</source>
        <translation>Die Zeiten der Fotos einer Kamera im Ereignis verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;group Automatic Events…</source>
        <translation>Automatische Ereignisse neu &amp;gruppieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the photos into events again by time and place, keeping what you made or changed by hand</source>
        <translation>Die Fotos erneut nach Zeit und Ort in Ereignisse gruppieren; was Sie von Hand angelegt oder geändert haben, bleibt</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>Regroup Automatic Events</source>
        <translation>Automatische Ereignisse neu gruppieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the photos into events again, by time and place?</source>
        <translation>Die Fotos erneut nach Zeit und Ort in Ereignisse gruppieren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events you made, named or edited are kept as they are, and so are the photos you moved or whose camera clock you corrected. The other events are made again from their photos; this cannot be undone.</source>
        <translation>Ereignisse, die Sie angelegt, benannt oder bearbeitet haben, bleiben, wie sie sind, ebenso die Fotos, die Sie verschoben oder deren Kamerauhr Sie korrigiert haben. Die übrigen Ereignisse werden aus ihren Fotos neu gebildet; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Regroup</source>
        <translation>&amp;Neu gruppieren</translation>
    </message>
</context>
<context>
    <name>EventChooserDialog</name>
    <message>
        <location filename="../ui/events/eventchooserdialog.cpp" line="+28"/>
        <source>Move to Event</source>
        <translation>In Ereignis verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected photos to:</source>
        <translation>Die ausgewählten Fotos verschieben nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, place or date</source>
        <translation>Nach Name, Ort oder Datum suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
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
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <location filename="../ui/events/eventheader.cpp" line="+39"/>
        <source>Correct Camera &amp;Clock…</source>
        <translation>&amp;Kamerauhr korrigieren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Event cover</source>
        <translation>Titelbild des Ereignisses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event title</source>
        <translation>Titel des Ereignisses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a title</source>
        <translation>Titel hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a place</source>
        <translation>Ort hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event place</source>
        <translation>Ort des Ereignisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a description</source>
        <translation>Beschreibung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event description</source>
        <translation>Beschreibung des Ereignisses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to edit. Enter keeps it, Shift+Enter starts a new line, Esc cancels.</source>
        <translation>Zum Bearbeiten klicken. Eingabe übernimmt, Umschalt+Eingabe beginnt eine neue Zeile, Esc bricht ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos of this event that carry no UTC offset of their own (nor a GPS time) are placed in this time zone.</source>
        <translation>Fotos dieses Ereignisses ohne eigenen UTC-Versatz (und ohne GPS-Zeit) werden in diese Zeitzone gelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift the times of one camera&apos;s photos in this event, when its clock was wrong</source>
        <translation>Die Zeiten der Fotos einer Kamera in diesem Ereignis verschieben, wenn ihre Uhr falsch ging</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No dated photos</source>
        <translation>Keine Fotos mit Datum</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The cover, chosen for this event</source>
        <translation>Das für dieses Ereignis gewählte Titelbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover: the first photo until you choose one (Set as Event Cover on a photo)</source>
        <translation>Das Titelbild: das erste Foto, bis Sie eines wählen (Als Ereignis-Titelbild festlegen auf einem Foto)</translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message numerus="yes">
        <location filename="../core/events/eventservice.cpp" line="+26"/>
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n Tag %1 h</numerusform>
            <numerusform>%n Tagen %1 h</numerusform>
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
        <translation>Ereignis ohne Datum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>d MMM yyyy</source>
        <comment>the date format of an event&apos;s days</comment>
        <translation>d. MMM yyyy</translation>
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
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first photos on the timeline</source>
        <translation>Die ersten Fotos auf der Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts after a pause of %1</source>
        <translation>Beginnt nach einer Pause von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved %1, after a pause of %2</source>
        <translation>Ortswechsel um %1, nach einer Pause von %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+67"/>
        <location line="+55"/>
        <location line="+51"/>
        <location line="+60"/>
        <source>The event no longer exists.</source>
        <translation>Das Ereignis existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Rename Event</source>
        <translation>Ereignis umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Place</source>
        <translation>Ort ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a time zone this computer knows.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change Time Zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cover must be a photo of the event.</source>
        <translation>Das Titelbild muss ein Foto des Ereignisses sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set Event Cover</source>
        <translation>Titelbild des Ereignisses festlegen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least two events to merge.</source>
        <translation>Wählen Sie mindestens zwei Ereignisse zum Zusammenführen.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Merge %n Event(s)</source>
        <translation>
            <numerusform>%n Ereignis zusammenführen</numerusform>
            <numerusform>%n Ereignisse zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The photo is not in this event.</source>
        <translation>Das Foto gehört nicht zu diesem Ereignis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event cannot be split at its first photo.</source>
        <translation>Ein Ereignis kann nicht bei seinem ersten Foto geteilt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split Event</source>
        <translation>Ereignis teilen</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Move %n Photo(s) to Event</source>
        <translation>
            <numerusform>%n Foto in Ereignis verschieben</numerusform>
            <numerusform>%n Fotos in Ereignis verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the photos the new event holds.</source>
        <translation>Wählen Sie die Fotos aus, die das neue Ereignis enthalten soll.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>New Event from %n Photo(s)</source>
        <translation>
            <numerusform>Neues Ereignis aus %n Foto</numerusform>
            <numerusform>Neues Ereignis aus %n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Correct Camera Clock</source>
        <translation>Kamerauhr korrigieren</translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../core/library/sidebar/eventssection.cpp" line="+21"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
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
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undated</source>
        <translation>Ohne Datum</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="+15"/>
        <location line="+46"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Publish the event, gallery or journal entry shown as a website or a Jekyll post</source>
        <translation>Das angezeigte Ereignis, die Galerie oder den Tagebucheintrag als Website oder Jekyll-Beitrag veröffentlichen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is nothing to export: it is no longer in the catalog.</source>
        <translation>Es gibt nichts zu exportieren: Es ist nicht mehr im Katalog.</translation>
    </message>
</context>
<context>
    <name>ExportContentCollector</name>
    <message>
        <location filename="../core/export/exportcontentcollector.cpp" line="+84"/>
        <source>The event to publish is no longer in the catalog.</source>
        <translation>Das zu veröffentlichende Ereignis ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gallery to publish is no longer in the catalog.</source>
        <translation>Die zu veröffentlichende Galerie ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal entry to publish is no longer in the catalog.</source>
        <translation>Der zu veröffentlichende Tagebucheintrag ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file is missing: %1</source>
        <translation>Die Datei fehlt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read: %1 (%2)</source>
        <translation>Die Datei kann nicht gelesen werden: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+33"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to the options</source>
        <translation>Zurück zu den Optionen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+214"/>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Not published:</source>
        <translation>Nicht veröffentlicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skipped photos:</source>
        <translation>Über&amp;sprungene Fotos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped photos</source>
        <translation>Übersprungene Fotos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Cancel Export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Write the post into “%1”? The folder is not empty and Corkboard has not exported into it before. The post goes into its _posts folder and the images into “%2”; files of the same names are replaced.</source>
        <translation>Den Beitrag in „%1“ schreiben? Der Ordner ist nicht leer, und Corkboard hat noch nicht dorthin exportiert. Der Beitrag kommt in seinen Ordner _posts und die Bilder nach „%2“; gleichnamige Dateien werden ersetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export into “%1”? The folder is not empty and Corkboard has not exported into it before. Its index.html and files of the same names as the export&apos;s are replaced.</source>
        <translation>Nach „%1“ exportieren? Der Ordner ist nicht leer, und Corkboard hat noch nicht dorthin exportiert. Seine index.html und Dateien mit denselben Namen wie die des Exports werden ersetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export into This Folder?</source>
        <translation>In diesen Ordner exportieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export into It</source>
        <translation>&amp;Trotzdem exportieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the Jekyll post of “%1”…</source>
        <translation>Jekyll-Beitrag zu „%1“ wird geschrieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Reading the catalog…</source>
        <translation>Katalog wird gelesen…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Making images: %1 of %2</source>
        <translation>Bilder werden erstellt: %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the post: %1 of %2</source>
        <translation>Beitrag wird geschrieben: %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages: %1 of %2</source>
        <translation>Seiten werden geschrieben: %1 von %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was written before stays in %1.</source>
        <translation>Was zuvor geschrieben wurde, bleibt in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was written stays; exporting into the folder again carries on from it.</source>
        <translation>Was geschrieben wurde, bleibt; ein erneuter Export in den Ordner macht dort weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Jekyll post is written.</source>
        <translation>Der Jekyll-Beitrag ist geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website is ready.</source>
        <translation>Die Website ist fertig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos that could not be published show as a marker; see below why.</source>
        <translation>Fotos, die nicht veröffentlicht werden konnten, erscheinen als Markierung; warum, steht unten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made, %2 reused</source>
        <translation>%1 erstellt, %2 wiederverwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts:</source>
        <translation>Beiträge:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 written, %2 unchanged</source>
        <translation>%1 geschrieben, %2 unverändert</translation>
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
        <translation>Die Liste der exportierten Bilder konnte nicht nach %1 geschrieben werden: %2</translation>
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
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small image size</source>
        <translation>Kleine Bildgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium image size</source>
        <translation>Mittlere Bildgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large image size</source>
        <translation>Große Bildgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove location and camera serial numbers from published photos</source>
        <translation>Standort und Seriennummern der Kamera aus veröffentlichten Fotos entfe&amp;rnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the &amp;original files, as they are</source>
        <translation>Die Originaldateien unverändert bei&amp;legen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;camera and exposure line under each photo</source>
        <translation>Kamera- und Belichtungs&amp;zeile unter jedem Foto zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 “%2”</source>
        <comment>the kind of what is exported, its title</comment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Static website</source>
        <translation>Statische Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jekyll post</source>
        <translation>Jekyll-Beitrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A static website works from the disk and on any web host; a Jekyll post goes into the _posts folder of a Jekyll site.</source>
        <translation>Eine statische Website funktioniert von der Festplatte und auf jedem Webhoster; ein Jekyll-Beitrag kommt in den Ordner _posts einer Jekyll-Website.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fol&amp;der:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Themes Folder</source>
        <translation>Theme-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A folder there is a theme of its own: its templates and styles replace those of the built-in theme.</source>
        <translation>Jeder Ordner dort ist ein eigenes Theme: Seine Vorlagen und Stile ersetzen die des eingebauten Themes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the Jekyll site that holds the images, and so the start of their addresses: “posts” gives /posts/photo.jpg.</source>
        <translation>Der Ordner der Jekyll-Website, der die Bilder enthält, und damit der Anfang ihrer Adressen: „posts“ ergibt /posts/photo.jpg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image folder:</source>
        <translation>&amp;Bilderordner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Small</source>
        <translation>&amp;Klein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medium</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Large</source>
        <translation>&amp;Groß</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The longest side of each published image. Pages load the size the screen needs; the large one opens full screen. Photos are never made larger than they are.</source>
        <translation>Die längste Seite jedes veröffentlichten Bildes. Seiten laden die Größe, die der Bildschirm braucht; die große öffnet sich im Vollbild. Fotos werden nie größer gemacht, als sie sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image sizes:</source>
        <translation>Bildgrößen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JPEG quality of the published images: higher is sharper and heavier; 85 suits most photos.</source>
        <translation>JPEG-Qualität der veröffentlichten Bilder: höher ist schärfer und schwerer; 85 passt für die meisten Fotos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JPEG &amp;quality:</source>
        <translation>JPEG-&amp;Qualität:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GPS position, the camera and lens serial numbers and the owner&apos;s name are left out of the published images; the camera, exposure and date stay.</source>
        <translation>Die GPS-Position, die Seriennummern von Kamera und Objektiv und der Name des Besitzers werden aus den veröffentlichten Bildern weggelassen; Kamera, Belichtung und Datum bleiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies each original file beside its resized images, with all its metadata, location included.</source>
        <translation>Kopiert jede Originaldatei neben ihre verkleinerten Bilder, mit allen Metadaten, auch dem Standort.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The Jekyll site&apos;s folder</source>
        <translation>Der Ordner der Jekyll-Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder for the website</source>
        <translation>Ein Ordner für die Website</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the Jekyll Site&apos;s Folder</source>
        <translation>Ordner der Jekyll-Website wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Website&apos;s Folder</source>
        <translation>Ordner der Website wählen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Corkboard (built in)</source>
        <translation>Corkboard (eingebaut)</translation>
    </message>
</context>
<context>
    <name>ExportSubjectTitle</name>
    <message>
        <location filename="../core/export/exportsubjecttitle.cpp" line="+11"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
</context>
<context>
    <name>ExportTheme</name>
    <message>
        <location filename="../core/export/exporttheme.cpp" line="+64"/>
        <source>“%1” is not a theme name.</source>
        <translation>„%1“ ist kein Themenname.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The theme “%1” was not found in %2.</source>
        <translation>Das Thema „%1“ wurde in %2 nicht gefunden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The theme file %1 cannot be read: %2</source>
        <translation>Die Themendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The theme “%1” has no templates.</source>
        <translation>Das Thema „%1“ hat keine Vorlagen.</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../core/export/exportworker.cpp" line="+66"/>
        <source>Choose a folder to export to.</source>
        <translation>Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image folder &quot;%1&quot; must be a folder inside the site.</source>
        <translation>Der Bildordner „%1“ muss ein Ordner innerhalb der Website sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>FileManager</name>
    <message>
        <location filename="../ui/common/filemanager.cpp" line="+60"/>
        <source>Show in Explorer</source>
        <translation>Im Explorer anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in Finder</source>
        <translation>Im Finder anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>FileScanner</name>
    <message>
        <location filename="../core/import/filescanner.cpp" line="+31"/>
        <source>No such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read this folder</source>
        <translation>Dieser Ordner kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>FoldersSection</name>
    <message>
        <location filename="../core/library/sidebar/folderssection.cpp" line="+79"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>GalleriesSection</name>
    <message>
        <location filename="../core/library/sidebar/galleriessection.cpp" line="+23"/>
        <source>Galleries</source>
        <translation>Galerien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stands alone</source>
        <translation>Für sich allein</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryActions</name>
    <message>
        <location filename="../ui/galleries/galleryactions.cpp" line="+25"/>
        <source>&amp;New Gallery from Selection</source>
        <translation>&amp;Neue Galerie aus Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Selection to Gallery…</source>
        <translation>Auswahl zur Galerie &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Gallery</source>
        <translation>Galerie &amp;umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Style</source>
        <translation>&amp;Stil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;shuffle</source>
        <translation>Neu &amp;mischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Gallery…</source>
        <translation>Galerie &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a sticky-note gallery of the selected photos</source>
        <translation>Eine Haftnotiz-Galerie aus den ausgewählten Fotos erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected photos to a gallery</source>
        <translation>Die ausgewählten Fotos zu einer Galerie hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the title of the gallery (F2 on the board)</source>
        <translation>Den Titel der Galerie bearbeiten (F2 auf der Pinnwand)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;trip</source>
        <translation>S&amp;treifen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board</source>
        <translation>&amp;Pinnwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grid</source>
        <translation>&amp;Raster</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lay the notes out anew, by a new roll of the dice</source>
        <translation>Die Notizen neu anordnen, mit einem neuen Würfelwurf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the gallery; its photos stay in the catalog</source>
        <translation>Die Galerie löschen; ihre Fotos bleiben im Katalog</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Add to Gallery</source>
        <translation>Zur Galerie hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n photo(s) to the gallery:</source>
        <translation>
            <numerusform>%n Foto zur Galerie hinzufügen:</numerusform>
            <numerusform>%n Fotos zur Galerie hinzufügen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The photos are in the gallery already.</source>
        <translation>Die Fotos sind bereits in der Galerie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete Gallery</source>
        <translation>Galerie löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the gallery “%1”? Its photos stay in the catalog, and Undo brings it back.</source>
        <translation>Die Galerie „%1“ löschen? Ihre Fotos bleiben im Katalog, und Rückgängig holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>GalleryBoardView</name>
    <message>
        <location filename="../ui/galleries/galleryboardview.cpp" line="+30"/>
        <source>Gallery board</source>
        <translation>Galerie-Pinnwand</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Move %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../ui/galleries/gallerypage.cpp" line="+46"/>
        <source>Untitled Gallery</source>
        <translation>Unbenannte Galerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery title</source>
        <translation>Galerietitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press F2 to rename the gallery</source>
        <translation>Klicken oder F2 drücken, um die Galerie umzubenennen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Strip</source>
        <translation>Streifen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows of tilted notes of varied widths</source>
        <translation>Reihen schräger Notizen verschiedener Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes scattered over a cork board</source>
        <translation>Notizen verstreut auf einer Korkwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Straight rows and columns</source>
        <translation>Gerade Reihen und Spalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reshuffle</source>
        <translation>Neu mischen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new random layout (Ctrl+R)</source>
        <translation>Eine neue zufällige Anordnung (Strg+R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit the board&apos;s width (Ctrl+0)</source>
        <translation>An die Breite der Pinnwand anpassen (Strg+0)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stands alone</source>
        <translation>Für sich allein</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 · %n note(s)</source>
        <extracomment>Below a gallery&apos;s title: its event (or &quot;Stands alone&quot;) · how many notes it holds.</extracomment>
        <translation>
            <numerusform>%1 · %n Notiz</numerusform>
            <numerusform>%1 · %n Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryService</name>
    <message>
        <location filename="../core/galleries/galleryservice.cpp" line="+121"/>
        <source>Untitled Gallery</source>
        <translation>Unbenannte Galerie</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+110"/>
        <location line="+31"/>
        <location line="+141"/>
        <source>The gallery no longer exists.</source>
        <translation>Die Galerie existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+154"/>
        <location line="+29"/>
        <location line="+26"/>
        <source>The note no longer exists.</source>
        <translation>Die Notiz existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Select the photos the new gallery holds.</source>
        <translation>Wählen Sie die Fotos aus, die die neue Galerie enthalten soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>The event no longer exists.</source>
        <translation>Das Ereignis existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>New Gallery from %n Photo(s)</source>
        <translation>
            <numerusform>Neue Galerie aus %n Foto</numerusform>
            <numerusform>Neue Galerie aus %n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename Gallery</source>
        <translation>Galerie umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Gallery Style</source>
        <translation>Galeriestil ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Gallery Event</source>
        <translation>Ereignis der Galerie ändern</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reshuffle Gallery</source>
        <translation>Galerie neu mischen</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Add %n Photo(s) to Gallery</source>
        <translation>
            <numerusform>%n Foto zur Galerie hinzufügen</numerusform>
            <numerusform>%n Fotos zur Galerie hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Remove %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz entfernen</numerusform>
            <numerusform>%n Notizen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+22"/>
        <source>Move Note</source>
        <translation>Notiz verschieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotate Note</source>
        <translation>Notiz drehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resize Note</source>
        <translation>Notizgröße ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit Caption</source>
        <translation>Bildunterschrift bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Note Color</source>
        <translation>Notizfarbe ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Note Pin</source>
        <translation>Befestigung der Notiz ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Gallery</source>
        <translation>Galerie löschen</translation>
    </message>
</context>
<context>
    <name>GridHeader</name>
    <message>
        <location filename="../ui/library/gridheader.cpp" line="+26"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time Taken</source>
        <translation>Aufnahmezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Order</source>
        <translation>Importreihenfolge</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeifDecoder</name>
    <message>
        <location filename="../core/imaging/heifdecoder.cpp" line="+95"/>
        <location line="+51"/>
        <source>Not enough memory to decode the image</source>
        <translation>Nicht genug Speicher, um das Bild zu dekodieren</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+4"/>
        <source>Damaged HEIF image: %1</source>
        <translation>Beschädigtes HEIF-Bild: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot decode the HEIF image: %1</source>
        <translation>Das HEIF-Bild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot decode the HEIF image: it holds no pixels</source>
        <translation>Das HEIF-Bild kann nicht dekodiert werden: Es enthält keine Pixel</translation>
    </message>
</context>
<context>
    <name>ImageRenditionMaker</name>
    <message>
        <location filename="../core/export/imagerenditionmaker.cpp" line="+131"/>
        <source>No image size to publish was chosen.</source>
        <translation>Es wurde keine Bildgröße zum Veröffentlichen gewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image folder &quot;%1&quot; is not inside the export folder.</source>
        <translation>Der Bildordner „%1“ liegt nicht im Exportordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The photo cannot be decoded.</source>
        <translation>Das Foto kann nicht dekodiert werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+24"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../ui/import/importcontroller.cpp" line="+94"/>
        <source>An import is already running. Drop the photos again when it has finished.</source>
        <translation>Es läuft bereits ein Import. Legen Sie die Fotos erneut ab, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.avif *.dng *.cr2 *.cr3 *.crw *.nef *.arw *.orf *.rw2 *.raf *.pef *.srw);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.avif *.dng *.cr2 *.cr3 *.crw *.nef *.arw *.orf *.rw2 *.raf *.pef *.srw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <location filename="../core/import/importreport.cpp" line="+8"/>
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n Foto importiert</numerusform>
            <numerusform>%n Fotos importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n als fehlend markiert</numerusform>
            <numerusform>%n als fehlend markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not photos</source>
        <translation>
            <numerusform>%n kein Foto</numerusform>
            <numerusform>%n keine Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(cancelled)</source>
        <translation>(abgebrochen)</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../ui/import/importstatus.cpp" line="+19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import; photos imported so far are kept (Esc)</source>
        <translation>Import anhalten; bereits importierte Fotos bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking for photos…</source>
        <translation>Fotos werden gesucht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Import %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../ui/import/importsummarydialog.cpp" line="+36"/>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Finished with Problems</source>
        <translation>Import mit Problemen abgeschlossen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not imported (%1)</source>
        <translation>Nicht importiert (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same photo as</source>
        <translation>Gleiches Foto wie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicates skipped (%1)</source>
        <translation>Übersprungene Duplikate (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every file and reason to the clipboard, one per line</source>
        <translation>Alle Dateien mit Grund in die Zwischenablage kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1	duplicate of %2</source>
        <translation>%1	Duplikat von %2</translation>
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
        <translation>In den Katalog kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The file is no longer on disk</source>
        <translation>Die Datei ist nicht mehr auf dem Datenträger</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../ui/events/inlineeditor.cpp" line="+23"/>
        <source>Click to edit</source>
        <translation>Zum Bearbeiten klicken</translation>
    </message>
</context>
<context>
    <name>JekyllPostWriter</name>
    <message>
        <location filename="../core/export/jekyllpostwriter.cpp" line="+221"/>
        <source>There is nothing to publish: the journal entry is no longer in the catalog.</source>
        <translation>Es gibt nichts zu veröffentlichen: Der Journaleintrag ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is nothing to publish: the gallery is no longer in the catalog.</source>
        <translation>Es gibt nichts zu veröffentlichen: Die Galerie ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to publish: the event is no longer in the catalog.</source>
        <translation>Es gibt nichts zu veröffentlichen: Das Ereignis ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The site already has a post “%1” that Corkboard did not write; it was left as it is. Move it away or export into another folder.</source>
        <translation>Die Website hat bereits einen Beitrag „%1“, den nicht Corkboard geschrieben hat; er wurde unverändert gelassen. Verschieben Sie ihn oder exportieren Sie in einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../ui/journal/journalactions.cpp" line="+39"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new journal entry for the event shown, or one on its own</source>
        <translation>Ein neuer Journaleintrag zum gezeigten Ereignis oder ein eigenständiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Entry…</source>
        <translation>Eintrag &amp;löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the entry shown (undoable)</source>
        <translation>Den gezeigten Eintrag löschen (rückgängig zu machen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Markdown Post…</source>
        <translation>&amp;Markdown-Beitrag importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Markdown post with YAML front matter as a new journal entry</source>
        <translation>Ein Markdown-Beitrag mit YAML-Front-Matter als neuer Journaleintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Entry as Markdown…</source>
        <translation>Eintrag als Markdown &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry shown as a Markdown post with YAML front matter</source>
        <translation>Der gezeigte Eintrag als Markdown-Beitrag mit YAML-Front-Matter</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>New Entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry could not be made: %1</source>
        <translation>Der Eintrag konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the journal entry “%1”? Edit ▸ Undo brings it back.</source>
        <translation>Den Journaleintrag „%1“ löschen? Bearbeiten ▸ Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry could not be deleted: %1</source>
        <translation>Der Eintrag konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+12"/>
        <location line="+10"/>
        <source>Import Markdown Post</source>
        <translation>Markdown-Beitrag importieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Markdown posts (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown-Beiträge (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not be imported: %2</source>
        <translation>„%1“ konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported “%1” as a journal entry.</source>
        <translation>„%1“ als Journaleintrag importiert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <source>Export Entry as Markdown</source>
        <translation>Eintrag als Markdown exportieren</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Markdown posts (*.md)</source>
        <translation>Markdown-Beiträge (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The entry could not be written to “%1”: %2</source>
        <translation>Der Eintrag konnte nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../ui/journal/journaleditorpage.cpp" line="+47"/>
        <source>This journal entry is no longer in the catalog.
Choose another in the sidebar, or make a new one (Ctrl+N).</source>
        <translation>Dieser Journaleintrag ist nicht mehr im Katalog.
Wählen Sie einen anderen in der Seitenleiste oder legen Sie einen neuen an (Strg+N).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Insert &amp;Photo…</source>
        <translation>&amp;Foto einfügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert photos from the catalog at the cursor</source>
        <translation>Fotos aus dem Katalog an der Schreibmarke einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;Gallery…</source>
        <translation>&amp;Galerie einfügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert one of the galleries at the cursor</source>
        <translation>Eine der Galerien an der Schreibmarke einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions of this entry, to look at or restore</source>
        <translation>Frühere Fassungen dieses Eintrags, zum Ansehen oder Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Pre&amp;view</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the rendered entry beside the text</source>
        <translation>Den dargestellten Eintrag neben dem Text zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Version</source>
        <translation>Fassung &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is saved as you type; this also keeps it as a version</source>
        <translation>Der Text wird beim Tippen gespeichert; dies bewahrt ihn zusätzlich als Fassung auf</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The entry could not be saved: %1</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>There are no galleries yet: make one from photos in the grid first.</source>
        <translation>Es gibt noch keine Galerien: Legen Sie zuerst eine aus Fotos im Raster an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insert Gallery</source>
        <translation>Galerie einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery to show at the cursor:</source>
        <translation>Galerie, die an der Schreibmarke erscheinen soll:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Entry saved; this version is kept in its history.</source>
        <translation>Eintrag gespeichert; diese Fassung bleibt im Verlauf erhalten.</translation>
    </message>
</context>
<context>
    <name>JournalFrontMatterForm</name>
    <message>
        <location filename="../ui/journal/journalfrontmatterform.cpp" line="+44"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Cover</source>
        <translation>Kein Titelbild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled Entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Comma separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cover photo</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text: what the cover shows</source>
        <translation>Alternativtext: was das Titelbild zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover alt text</source>
        <translation>Alternativtext des Titelbilds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cover photo from the catalog</source>
        <translation>Das Titelbild aus dem Katalog wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;tegories:</source>
        <translation>Ka&amp;tegorien:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vent:</source>
        <translation>E&amp;reignis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;ver:</source>
        <translation>Titel&amp;bild:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>None (stands alone)</source>
        <translation>Keines (eigenständig)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No
cover</source>
        <translation>Kein
Titelbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cover photo</source>
        <translation>Kein Titelbild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in
catalog</source>
        <translation>Nicht im
Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover %1 is not a catalog photo</source>
        <translation>Das Titelbild %1 ist kein Foto des Katalogs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover photo is no longer in the catalog</source>
        <translation>Das Titelbild ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Choose Cover Photo</source>
        <translation>Titelbild wählen</translation>
    </message>
</context>
<context>
    <name>JournalHistoryDialog</name>
    <message>
        <location filename="../ui/journal/journalhistorydialog.cpp" line="+26"/>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled Entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore This Version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No earlier versions yet. Corkboard keeps one when you save (Ctrl+S), close the entry, and every few minutes of typing.</source>
        <translation>Noch keine früheren Fassungen. Corkboard bewahrt eine auf, wenn Sie speichern (Strg+S), den Eintrag schließen und alle paar Minuten beim Tippen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a version to see it; restoring it keeps the text there now as a version first, and can be undone.</source>
        <translation>Wählen Sie eine Fassung, um sie zu sehen; beim Wiederherstellen wird der jetzige Text zuerst als Fassung aufbewahrt, und es lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>While typing</source>
        <translation>Beim Tippen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>JournalPreview</name>
    <message>
        <location filename="../ui/journal/journalpreview.cpp" line="+23"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
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
        <translation>Von %1</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <location filename="../core/journal/journalservice.cpp" line="+79"/>
        <source>Untitled Entry</source>
        <translation>Unbenannter Eintrag</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This photo is no longer in the catalog.</source>
        <translation>Dieses Foto ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+104"/>
        <location line="+86"/>
        <source>The journal entry no longer exists.</source>
        <translation>Der Tagebucheintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+63"/>
        <location line="+136"/>
        <source>The event no longer exists.</source>
        <translation>Das Ereignis existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>New Journal Entry</source>
        <translation>Neuer Tagebucheintrag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename Entry</source>
        <translation>Eintrag umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Author</source>
        <translation>Autor ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Entry Date</source>
        <translation>Datum des Eintrags ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Categories</source>
        <translation>Kategorien ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The photo is no longer in the catalog.</source>
        <translation>Das Foto ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Cover</source>
        <translation>Titelbild ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change Entry Event</source>
        <translation>Ereignis des Eintrags ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That version of the entry no longer exists.</source>
        <translation>Diese Version des Eintrags existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore Earlier Version</source>
        <translation>Frühere Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Journal Entry</source>
        <translation>Tagebucheintrag löschen</translation>
    </message>
</context>
<context>
    <name>JournalTextEdit</name>
    <message>
        <location filename="../ui/journal/journaltextedit.cpp" line="+19"/>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the entry in Markdown. Insert Photo… shows the catalog: drag photos from it to where they belong here. Insert Gallery… adds a gallery at the cursor.</source>
        <translation>Schreiben Sie den Eintrag in Markdown. „Foto einfügen …“ zeigt den Katalog: Ziehen Sie Fotos von dort an ihre Stelle hier. „Galerie einfügen …“ fügt eine Galerie an der Schreibmarke ein.</translation>
    </message>
</context>
<context>
    <name>JpegDecoder</name>
    <message>
        <location filename="../core/imaging/jpegdecoder.cpp" line="+155"/>
        <source>The file is truncated</source>
        <translation>Die Datei ist unvollständig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged JPEG: %1</source>
        <translation>Beschädigtes JPEG: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Damaged JPEG: the header cannot be read</source>
        <translation>Beschädigtes JPEG: Die Kopfdaten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image is too large to decode (%1 x %2 pixels)</source>
        <translation>Das Bild ist zu groß zum Dekodieren (%1 × %2 Pixel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged JPEG: the image data cannot be decoded</source>
        <translation>Beschädigtes JPEG: Die Bilddaten können nicht dekodiert werden</translation>
    </message>
</context>
<context>
    <name>JpegEncoder</name>
    <message>
        <location filename="../core/imaging/jpegencoder.cpp" line="+92"/>
        <source>There is no image to encode.</source>
        <translation>Es gibt kein Bild zum Kodieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A metadata segment does not fit into a JPEG file.</source>
        <translation>Ein Metadatenblock passt nicht in eine JPEG-Datei.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The image could not be encoded as JPEG: %1</source>
        <translation>Das Bild konnte nicht als JPEG kodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>LibrarySection</name>
    <message>
        <location filename="../core/library/sidebar/librarysection.cpp" line="+12"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All photos</source>
        <translation>Alle Fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every photo in the catalog, on one timeline</source>
        <translation>Alle Fotos des Katalogs auf einer Zeitachse</translation>
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
        <translation>Miniaturgröße (Strg+Mausrad über dem Raster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>Miniaturgröße</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;Photos…</source>
        <translation>&amp;Fotos importieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;None</source>
        <translation>Auswahl auf&amp;heben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Photo</source>
        <translation>Foto &amp;öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the current photo full screen (Enter)</source>
        <translation>Das aktuelle Foto im Vollbild anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sort By</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time Taken</source>
        <translation>&amp;Aufnahmezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;Name</source>
        <translation>&amp;Dateiname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Order</source>
        <translation>&amp;Importreihenfolge</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Larger Thumbnails</source>
        <translation>&amp;Größere Miniaturen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;maller Thumbnails</source>
        <translation>&amp;Kleinere Miniaturen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Side&amp;bar</source>
        <translation>Seiten&amp;leiste anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Info Panel</source>
        <translation>&amp;Infobereich anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Even&amp;ts</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Galleries</source>
        <translation>&amp;Galerien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Corkboard</source>
        <translation>Ü&amp;ber Corkboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The events could not be regrouped: %1</source>
        <translation>Die Ereignisse konnten nicht neu gruppiert werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic events regrouped: %1, %2, %3.</source>
        <translation>Automatische Ereignisse neu gruppiert: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n behalten</numerusform>
            <numerusform>%n behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All Photos</source>
        <translation>Alle Fotos</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>About Corkboard</source>
        <translation>Über Corkboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Corkboard %1&lt;/h3&gt;&lt;p&gt;The photos and the story of an event: a timeline, sticky-note galleries, the journal, and a site to publish them.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, exiv2 and libheif.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corkboard %1&lt;/h3&gt;&lt;p&gt;Die Fotos und die Geschichte eines Ereignisses: eine Zeitachse, Galerien aus Haftnotizen, das Tagebuch und eine Website, um alles zu veröffentlichen.&lt;/p&gt;&lt;p&gt;Katalog: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3, exiv2 und libheif.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownPostImporter</name>
    <message>
        <location filename="../core/journal/markdownpostimporter.cpp" line="+173"/>
        <source>The front matter of the post is not valid YAML: %1</source>
        <translation>Der Vorspann des Beitrags ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The front matter of the post is not a list of keys and values.</source>
        <translation>Der Vorspann des Beitrags ist keine Liste von Schlüsseln und Werten.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The front matter of the post cannot be read: %1</source>
        <translation>Der Vorspann des Beitrags kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <location filename="../core/journal/markdownrenderer.cpp" line="+514"/>
        <source>Photo %1 is no longer in the catalog.</source>
        <translation>Foto %1 ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gallery %1 is no longer in the catalog.</source>
        <translation>Galerie %1 ist nicht mehr im Katalog.</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <location filename="../core/metadata/metadatareader.cpp" line="+215"/>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The file is too large to read</source>
        <translation>Die Datei ist zu groß zum Lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <location line="+4"/>
        <source>Not a supported image format</source>
        <translation>Kein unterstütztes Bildformat</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is truncated</source>
        <translation>Die Datei ist unvollständig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged image: the %1 structure is invalid</source>
        <translation>Beschädigtes Bild: Die %1-Struktur ist ungültig</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Damaged image metadata: %1</source>
        <translation>Beschädigte Bildmetadaten: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not enough memory to read the image metadata</source>
        <translation>Nicht genug Speicher, um die Bildmetadaten zu lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged image metadata</source>
        <translation>Beschädigte Bildmetadaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged image: the %1 header does not give the image size</source>
        <translation>Beschädigtes Bild: Die %1-Kopfdaten geben die Bildgröße nicht an</translation>
    </message>
</context>
<context>
    <name>NoteHandle</name>
    <message>
        <location filename="../ui/galleries/notehandle.cpp" line="+21"/>
        <source>Drag to turn the note (Shift: in steps of 15°); double-click for its own tilt</source>
        <translation>Ziehen, um die Notiz zu drehen (Umschalt: in Schritten von 15°); Doppelklick für ihre eigene Neigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to resize the note; double-click for its own size</source>
        <translation>Ziehen, um die Größe der Notiz zu ändern; Doppelklick für ihre eigene Größe</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <location filename="../ui/galleries/noteitem.cpp" line="+142"/>
        <source>Photo missing</source>
        <translation>Foto fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read this photo</source>
        <translation>Dieses Foto kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo removed from the catalog</source>
        <translation>Foto aus dem Katalog entfernt</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Cannot show this photo</source>
        <translation>Dieses Foto kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>PhotoChooserDialog</name>
    <message>
        <location filename="../ui/journal/photochooserdialog.cpp" line="+24"/>
        <source>Insert Photos</source>
        <translation>Fotos einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose Photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only this entry&apos;s event</source>
        <translation>Nur das Ereignis dieses Eintrags</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the photos to insert at the cursor, or drag them into the text:</source>
        <translation>Wählen Sie die Fotos, die an der Schreibmarke eingefügt werden sollen, oder ziehen Sie sie in den Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the photo:</source>
        <translation>Wählen Sie das Foto:</translation>
    </message>
</context>
<context>
    <name>PhotoDecoder</name>
    <message>
        <location filename="../core/imaging/photodecoder.cpp" line="+77"/>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to decode</source>
        <translation>Die Datei ist zu groß zum Dekodieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not a supported image format</source>
        <translation>Kein unterstütztes Bildformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot decode the image: %1</source>
        <translation>Das Bild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This RAW file holds no preview image to show</source>
        <translation>Diese RAW-Datei enthält kein Vorschaubild, das angezeigt werden kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview image in this RAW file is damaged</source>
        <translation>Das Vorschaubild in dieser RAW-Datei ist beschädigt</translation>
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
        <translation>%1 um %2</translation>
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
        <translation>%1° W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° E</source>
        <comment>longitude east</comment>
        <translation>%1° O</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 m below sea level</source>
        <translation>%1 m unter dem Meeresspiegel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m above sea level</source>
        <translation>%1 m über dem Meeresspiegel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 × %2 pixels</source>
        <comment>width × height</comment>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 pixels (%3 MP)</source>
        <comment>width × height (megapixels)</comment>
        <translation>%1 × %2 Pixel (%3 MP)</translation>
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
        <translation>Fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreadable</source>
        <comment>photo state: the file cannot be read</comment>
        <translation>Nicht lesbar</translation>
    </message>
</context>
<context>
    <name>PhotoFileBytes</name>
    <message>
        <location filename="../core/import/photofilebytes.cpp" line="+53"/>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>PhotoGridDelegate</name>
    <message>
        <location filename="../ui/library/photogriddelegate.cpp" line="+134"/>
        <source>File missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read this photo</source>
        <translation>Foto nicht lesbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot show this photo</source>
        <translation>Foto nicht anzeigbar</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <location filename="../core/library/photogridmodel.cpp" line="+104"/>
        <location line="+7"/>
        <source>Taken %1</source>
        <translation>Aufgenommen am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time taken unknown</source>
        <translation>Aufnahmezeit unbekannt</translation>
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
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lens</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposure</source>
        <translation>Belichtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Altitude</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The file is no longer where it was imported from. Everything added to the photo in Corkboard is kept.</source>
        <translation>Die Datei liegt nicht mehr dort, von wo sie importiert wurde. Alles, was dem Foto in Corkboard hinzugefügt wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is missing: %1</source>
        <translation>Die Datei fehlt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Read from %1</source>
        <translation>Gelesen aus %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Serial number %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>%1, from the file</source>
        <translation>%1, aus der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the GPS time</source>
        <translation>%1, aus der GPS-Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the event&apos;s time zone</source>
        <translation>%1, aus der Zeitzone des Ereignisses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, this computer&apos;s time zone</source>
        <translation>%1, Zeitzone dieses Computers</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Show on OpenStreetMap</source>
        <translation>Auf OpenStreetMap anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
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
        <translation>Kamerauhr um %1 korrigiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The camera showed %1</source>
        <translation>Die Kamera zeigte %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 photo selected</source>
        <translation>1 Foto ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n photos selected</source>
        <translation>
            <numerusform>%n Foto ausgewählt</numerusform>
            <numerusform>%n Fotos ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a single photo to see its details.</source>
        <translation>Wählen Sie ein einzelnes Foto aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Photo Selected</source>
        <translation>Kein Foto ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a photo to see when, where and how it was taken.</source>
        <translation>Wählen Sie ein Foto aus, um zu sehen, wann, wo und wie es aufgenommen wurde.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../ui/viewer/photoviewer.cpp" line="+41"/>
        <source>Photo Viewer</source>
        <translation>Fotobetrachter</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Press %1 for details, %2 for a slideshow, %3 to close.</source>
        <translation>Drücken Sie %1 für Details, %2 für eine Diashow, %3 zum Schließen.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>This is the last photo.</source>
        <translation>Dies ist das letzte Foto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the first photo.</source>
        <translation>Dies ist das erste Foto.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Fit (%1%)</source>
        <comment>zoom level</comment>
        <translation>An Bildschirm angepasst (%1&#xa0;%)</translation>
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
        <translation>Die Diashow läuft. Drücken Sie %1, um sie zu beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slideshow has stopped.</source>
        <translation>Die Diashow wurde beendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file could not be decoded.</source>
        <translation>Die Datei konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” cannot be shown.</source>
        <translation>„%1“ kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slideshow</source>
        <translation>Diashow</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/preferencesdialog.cpp" line="+46"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog file</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use De&amp;fault</source>
        <translation>Stan&amp;dard verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog keeps the details of your photos and everything you add to them. Choose an existing catalog or name a new one; the change takes effect after a restart.</source>
        <translation>Der Katalog enthält die Angaben zu Ihren Fotos und alles, was Sie ihnen hinzufügen. Wählen Sie einen vorhandenen Katalog oder benennen Sie einen neuen; die Änderung wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
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
        <translation>Maximale Cache-&amp;Größe:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clea&amp;r Cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deletes the thumbnails kept on disk. They are made again when they are needed.</source>
        <translation>Löscht die auf dem Datenträger gespeicherten Miniaturen. Sie werden bei Bedarf neu erstellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In use:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnails are kept on disk so that the library opens quickly. When the cache is full, the oldest thumbnails make room.</source>
        <translation>Miniaturen werden auf dem Datenträger gespeichert, damit die Bibliothek schnell öffnet. Ist der Cache voll, machen die ältesten Miniaturen Platz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System Default (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A different language takes effect after a restart.</source>
        <translation>Eine andere Sprache wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a Catalog</source>
        <translation>Katalog auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corkboard catalogs (*.sqlite)</source>
        <translation>Corkboard-Kataloge (*.sqlite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Clearing…</source>
        <translation>Wird geleert…</translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message>
        <location filename="../core/library/sidebar/problemssection.cpp" line="+12"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing or unreadable</source>
        <translation>Fehlend oder nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentImportsSection</name>
    <message>
        <location filename="../core/library/sidebar/recentimportssection.cpp" line="+16"/>
        <source>Recent imports</source>
        <translation>Letzte Importe</translation>
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
        <translation>Die Schemaversion des Katalogs %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog %1 was written by a newer version of Corkboard (catalog version %2; this version reads up to %3). Update Corkboard to open it; the catalog was left untouched.</source>
        <translation>Der Katalog %1 wurde von einer neueren Version von Corkboard geschrieben (Katalogversion %2; diese Version liest bis Version %3). Aktualisieren Sie Corkboard, um ihn zu öffnen; der Katalog wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot back up the catalog to %1 before upgrading it: %2</source>
        <translation>Vor der Aktualisierung kann keine Sicherung des Katalogs unter %1 angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the catalog migration %1.</source>
        <translation>Die Katalogmigration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot start upgrading the catalog: %1</source>
        <translation>Die Aktualisierung des Katalogs kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Upgrading the catalog to version %1 failed: %2</source>
        <translation>Die Aktualisierung des Katalogs auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/search/searchfield.cpp" line="+28"/>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search entries, photos, events and galleries (%1)</source>
        <translation>Einträge, Fotos, Ereignisse und Galerien durchsuchen (%1)</translation>
    </message>
</context>
<context>
    <name>SearchHitOpener</name>
    <message>
        <location filename="../ui/search/searchhitopener.cpp" line="+22"/>
        <source>The journal entry could not be opened.</source>
        <translation>Der Tagebucheintrag konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gallery could not be opened.</source>
        <translation>Die Galerie konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened.</source>
        <translation>Das Ereignis konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>The photo could not be shown.</source>
        <translation>Das Foto konnte nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../ui/search/searchpopup.cpp" line="+31"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No results for “%1”</source>
        <translation>Keine Ergebnisse für „%1“</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <location filename="../ui/search/searchresultdelegate.cpp" line="+49"/>
        <source>%1 of %2</source>
        <extracomment>In the search popup&apos;s heading of a kind: &quot;20 of 1,204&quot; photos are listed.</extracomment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../core/search/searchresultsmodel.cpp" line="+48"/>
        <source>Journal Entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Galleries</source>
        <translation>Galerien</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1: %n found</source>
        <translation>
            <numerusform>%1: %n gefunden</numerusform>
            <numerusform>%1: %n gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../ui/library/sidebarview.cpp" line="+26"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>SiteBuilder</name>
    <message>
        <location filename="../core/export/sitebuilder.cpp" line="+79"/>
        <source>The event to publish is no longer in the catalog.</source>
        <translation>Das zu veröffentlichende Ereignis ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The gallery to publish is no longer in the catalog.</source>
        <translation>Die zu veröffentlichende Galerie ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal entry to publish is no longer in the catalog.</source>
        <translation>Der zu veröffentlichende Journaleintrag ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The theme file %1 cannot be read: %2</source>
        <translation>Die Themendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+43"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SitePageContext</name>
    <message>
        <location filename="../core/export/sitepagecontext.cpp" line="+125"/>
        <source>en</source>
        <comment>the lang attribute of exported pages: this translation&apos;s language code</comment>
        <translation>de</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip to content</source>
        <translation>Zum Inhalt springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo viewer</source>
        <translation>Fotoansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous photo</source>
        <translation>Vorheriges Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next photo</source>
        <translation>Nächstes Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Galleries</source>
        <translation>Galerien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with Corkboard</source>
        <translation>Erstellt mit Corkboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original file</source>
        <translation>Originaldatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo {index} of {count}</source>
        <translation>Foto {index} von {count}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Photo taken %1</source>
        <translation>Foto vom %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This photo could not be published.</source>
        <translation>Dieses Foto konnte nicht veröffentlicht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <location line="+62"/>
        <location line="+47"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>This photo is no longer in the catalog.</source>
        <translation>Dieses Foto ist nicht mehr im Katalog.</translation>
    </message>
</context>
<context>
    <name>ThemeTemplates</name>
    <message>
        <location filename="../core/export/themetemplates.cpp" line="+16"/>
        <location line="+46"/>
        <source>The theme “%1” has no template %2.</source>
        <translation>Dem Thema „%1“ fehlt die Vorlage %2.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+37"/>
        <source>The theme “%1” has an error in %2: %3</source>
        <translation>Das Thema „%1“ hat einen Fehler in %2: %3</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The theme “%1” has an error in %2: it includes “%3”, which is not one of its partials (templates/_name.mustache).</source>
        <translation>Das Thema „%1“ hat einen Fehler in %2: Es bindet „%3“ ein, das keine seiner Teilvorlagen ist (templates/_name.mustache).</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <location filename="../ui/events/timezonecombo.cpp" line="+17"/>
        <source>None</source>
        <extracomment>The time zone of an event when it has none (photos without an offset use this computer&apos;s).</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search time zones</source>
        <translation>Zeitzonen durchsuchen</translation>
    </message>
</context>
<context>
    <name>ViewerActions</name>
    <message>
        <location filename="../ui/viewer/vieweractions.cpp" line="+12"/>
        <source>&amp;Previous Photo</source>
        <translation>&amp;Vorheriges Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Photo</source>
        <translation>&amp;Nächstes Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;rst Photo</source>
        <translation>&amp;Erstes Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last Photo</source>
        <translation>&amp;Letztes Foto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Info</source>
        <translation>&amp;Informationen anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Slideshow</source>
        <translation>&amp;Diashow</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close Viewer</source>
        <translation>Betrachter &amp;schließen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zoom to &amp;100%</source>
        <translation>Auf &amp;100&#xa0;% zoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to &amp;Fit</source>
        <translation>An Bildschirm an&amp;passen</translation>
    </message>
</context>
<context>
    <name>ViewerInfo</name>
    <message>
        <location filename="../ui/viewer/viewerinfo.cpp" line="+45"/>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 von %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+32"/>
        <source>Photo gallery and event journal.</source>
        <translation>Fotogalerie und Ereignistagebuch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog to open (default: the one in Preferences).</source>
        <translation>Der zu öffnende Katalog (Standard: der in den Einstellungen gewählte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos or folders to import.</source>
        <translation>Zu importierende Fotos oder Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Open the Catalog</source>
        <translation>Katalog kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
