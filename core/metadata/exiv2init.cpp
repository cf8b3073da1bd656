#include "core/metadata/exiv2init.h"

#include "core/metadata/exiv2compat.h"

#include <mutex>

namespace {

// exiv2 calls this around every registration of an XMP namespace in the toolkit's global
// registry; without it two threads meeting an unknown namespace at once corrupt the registry.
// Recursive because exiv2 documents no promise that it never nests these calls.
void lockXmpToolkit(void *data, bool lock)
{
    auto *mutex = static_cast<std::recursive_mutex *>(data);
    if (lock)
        mutex->lock();
    else
        mutex->unlock();
}

} // namespace

std::recursive_mutex &xmpToolkitMutex()
{
    static std::recursive_mutex mutex;
    return mutex;
}

void ensureExiv2Initialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize(lockXmpToolkit, &xmpToolkitMutex());
#ifdef EXV_ENABLE_BMFF
        Exiv2::enableBMFF(true);
#endif
    });
}
