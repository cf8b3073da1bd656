<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A one-message app translation for tst_translationloader: proves that :/i18n/corkboard_<lang>.qm
     is found and installed. -->
<TS version="2.1" language="fr">
<context>
    <name>TranslationLoaderTest</name>
    <message>
        <source>The photo is missing.</source>
        <translation>La photo est introuvable.</translation>
    </message>
</context>
</TS>
