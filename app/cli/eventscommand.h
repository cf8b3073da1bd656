#pragma once

#include "app/cli/clicommand.h"

// corkboard-cli [--catalog PATH] events [--json]: lists the events, newest first.
int runEventsCommand(const CliContext &context);
