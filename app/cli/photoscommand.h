#pragma once

#include "app/cli/clicommand.h"

// corkboard-cli [--catalog PATH] photos [--json]: lists the catalog.
int runPhotosCommand(const CliContext &context);
