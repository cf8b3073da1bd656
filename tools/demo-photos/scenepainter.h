#pragma once

#include "tools/demo-photos/daylight.h"

#include <QImage>
#include <QSize>

// What a demo photo shows. The first ones are landscape; Alley, Spires and Palm are portrait.
enum class Scene
{
    Seafront, // beach, sea and sky
    Harbour,  // the city across the water, lit at night
    CityView, // the city from a hill, the sea beyond
    Montjuic, // green hills and a cable car
    Facade,   // an Eixample building front with balconies
    Mosaic,   // Park Güell's broken-tile bench
    Tapas,    // plates on a table, from above
    Market,   // fruit stalls
    Alley,    // a narrow street in the old town (portrait)
    Spires,   // the basilica's spires and cranes (portrait)
    Palm      // a palm against the sky (portrait)
};

bool isPortrait(Scene scene);

// Paints one scene in the light of a time of day. The same scene, light and seed always give the
// same picture; `size` is the picture as seen (portrait scenes are taller than wide).
QImage paintScene(Scene scene, TimeOfDay time, quint32 seed, const QSize &size);
