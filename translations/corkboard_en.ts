<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="+71"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/regroupcommand.cpp" line="+26"/>
        <source>%n photo(s) grouped.</source>
        <translation>
            <numerusform>%n photo grouped.</numerusform>
            <numerusform>%n photos grouped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s) changed event.</source>
        <translation>
            <numerusform>%n photo changed event.</numerusform>
            <numerusform>%n photos changed event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n photo(s) without any time are in no event.</source>
        <translation>
            <numerusform>%n photo without any time is in no event.</numerusform>
            <numerusform>%n photos without any time are in no event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="+269"/>
        <source>%n image(s) made</source>
        <translation>
            <numerusform>%n image made</numerusform>
            <numerusform>%n images made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reused</source>
        <translation>
            <numerusform>%n reused</numerusform>
            <numerusform>%n reused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s) written</source>
        <translation>
            <numerusform>%n page written</numerusform>
            <numerusform>%n pages written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+5"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n post(s) written</source>
        <translation>
            <numerusform>%n post written</numerusform>
            <numerusform>%n posts written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n photo(s) skipped</source>
        <translation>
            <numerusform>%n photo skipped</numerusform>
            <numerusform>%n photos skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockCorrectionDialog</name>
    <message numerus="yes">
        <location filename="../ui/events/clockcorrectiondialog.cpp" line="+36"/>
        <source>%1 — %n photo(s)</source>
        <translation>
            <numerusform>%1 — %n photo</numerusform>
            <numerusform>%1 — %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+215"/>
        <source>%n photo(s) of this camera move by %1.</source>
        <translation>
            <numerusform>%n photo of this camera moves by %1.</numerusform>
            <numerusform>%n photos of this camera move by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them change place among the event&apos;s photos (highlighted).</source>
        <translation>
            <numerusform>%n of them changes place among the event&apos;s photos (highlighted).</numerusform>
            <numerusform>%n of them change place among the event&apos;s photos (highlighted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventChooserDialog</name>
    <message numerus="yes">
        <location filename="../ui/events/eventchooserdialog.cpp" line="+47"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message numerus="yes">
        <location filename="../core/events/eventservice.cpp" line="+26"/>
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+202"/>
        <source>Merge %n Event(s)</source>
        <translation>
            <numerusform>Merge %n Event</numerusform>
            <numerusform>Merge %n Events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>Move %n Photo(s) to Event</source>
        <translation>
            <numerusform>Move %n Photo to Event</numerusform>
            <numerusform>Move %n Photos to Event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>New Event from %n Photo(s)</source>
        <translation>
            <numerusform>New Event from %n Photo</numerusform>
            <numerusform>New Event from %n Photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message numerus="yes">
        <location filename="../core/library/sidebar/eventssection.cpp" line="+76"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleriesSection</name>
    <message numerus="yes">
        <location filename="../core/library/sidebar/galleriessection.cpp" line="+34"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryActions</name>
    <message numerus="yes">
        <location filename="../ui/galleries/galleryactions.cpp" line="+174"/>
        <source>Add %n photo(s) to the gallery:</source>
        <translation>
            <numerusform>Add %n photo to the gallery:</numerusform>
            <numerusform>Add %n photos to the gallery:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryBoardView</name>
    <message numerus="yes">
        <location filename="../ui/galleries/galleryboardview.cpp" line="+165"/>
        <source>Move %n Note(s)</source>
        <translation>
            <numerusform>Move %n Note</numerusform>
            <numerusform>Move %n Notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message numerus="yes">
        <location filename="../ui/galleries/gallerypage.cpp" line="+171"/>
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
    <message numerus="yes">
        <location filename="../core/galleries/galleryservice.cpp" line="+200"/>
        <source>New Gallery from %n Photo(s)</source>
        <translation>
            <numerusform>New Gallery from %n Photo</numerusform>
            <numerusform>New Gallery from %n Photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Add %n Photo(s) to Gallery</source>
        <translation>
            <numerusform>Add %n Photo to Gallery</numerusform>
            <numerusform>Add %n Photos to Gallery</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Remove %n Note(s)</source>
        <translation>
            <numerusform>Remove %n Note</numerusform>
            <numerusform>Remove %n Notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridHeader</name>
    <message numerus="yes">
        <location filename="../ui/library/gridheader.cpp" line="+46"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <location filename="../core/import/importreport.cpp" line="+8"/>
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>Imported %n photo</numerusform>
            <numerusform>Imported %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not photos</source>
        <translation>
            <numerusform>%n not a photo</numerusform>
            <numerusform>%n not photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/library/mainwindow.cpp" line="+505"/>
        <source>%n new</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <comment>automatic events</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoInfoPanel</name>
    <message numerus="yes">
        <location filename="../ui/info/photoinfopanel.cpp" line="+313"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n photos selected</source>
        <translation>
            <numerusform>%n photo selected</numerusform>
            <numerusform>%n photos selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message numerus="yes">
        <location filename="../core/library/sidebar/problemssection.cpp" line="+24"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <location filename="../core/search/searchresultsmodel.cpp" line="+88"/>
        <source>%1: %n found</source>
        <translation>
            <numerusform>%1: %n found</numerusform>
            <numerusform>%1: %n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitePageContext</name>
    <message numerus="yes">
        <location filename="../core/export/sitepagecontext.cpp" line="+240"/>
        <location line="+62"/>
        <location line="+47"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
</TS>
