#pragma once

#include "app/cli/clicommand.h"

// corkboard-cli [--catalog PATH] import PATH...
int runImportCommand(const CliContext &context);
