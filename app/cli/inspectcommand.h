#pragma once

#include "app/cli/clicommand.h"

// corkboard-cli inspect [--json] FILE...: reads metadata without a catalog.
int runInspectCommand(const CliContext &context);
