#pragma once

#include "app/cli/clicommand.h"

// corkboard-cli [--catalog PATH] export (--html DIR | --jekyll DIR)
//     (--event ID | --gallery ID | --entry ID) [--theme NAME] [--sizes 480,1024,2000]
//     [--quality N] [--keep-private-metadata] [--originals] [--no-exif-line]
//     [--image-folder FOLDER]
int runExportCommand(const CliContext &context);
