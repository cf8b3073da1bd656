#pragma once

// Thumbnails are made on as many threads as there are cores, so on a two-core laptop they compete
// with the GUI thread for the CPU while the user scrolls. Lowering their priority lets the GUI
// thread paint first and the thumbnails take every cycle it leaves.
namespace BackgroundPriority {

// Lowers the calling thread's scheduling priority below the GUI thread's. Threads cannot raise it
// back without privileges, so call it only on threads that do background work for their life.
void lowerCurrentThread();

} // namespace BackgroundPriority
