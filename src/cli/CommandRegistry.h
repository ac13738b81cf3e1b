#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace medsafe::cli {

// Every command medicinsikker-cli knows, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace medsafe::cli
