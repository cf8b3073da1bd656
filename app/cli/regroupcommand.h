#pragma once

#include "app/cli/clicommand.h"

// corkboard-cli [--catalog PATH] regroup: re-runs automatic grouping on the photos the user has
// not placed by hand.
int runRegroupCommand(const CliContext &context);
