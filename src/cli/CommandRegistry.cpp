#include "cli/CommandRegistry.h"

#include "cli/AnalyzeCommand.h"
#include "cli/BackupCommand.h"
#include "cli/ChangePackageCommands.h"
#include "cli/ChartCommand.h"
#include "cli/CheckCommand.h"
#include "cli/DemoCommand.h"
#include "cli/ExportIncidentsCommand.h"
#include "cli/ExportPackageCommand.h"
#include "cli/FeedbackCommand.h"
#include "cli/AccountsCommand.h"
#include "cli/FingerprintCommand.h"
#include "cli/ImportIncidentsCommand.h"
#include "cli/ImportPackageCommand.h"
#include "cli/InitCommand.h"
#include "cli/ListCommand.h"
#include "cli/ReportCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/ServerTransferCommands.h"
#include "cli/TrustCommand.h"

namespace medsafe::cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<AnalyzeCommand>());
    commands.push_back(std::make_unique<ChartCommand>());
    commands.push_back(std::make_unique<ImportIncidentsCommand>());
    commands.push_back(std::make_unique<ExportIncidentsCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<FeedbackCommand>());
    commands.push_back(std::make_unique<ExportPackageCommand>());
    commands.push_back(std::make_unique<ImportPackageCommand>());
    commands.push_back(std::make_unique<TrustCommand>());
    commands.push_back(std::make_unique<ExportChangeCommand>());
    commands.push_back(std::make_unique<ImportChangeCommand>());
    commands.push_back(std::make_unique<FingerprintCommand>());
    commands.push_back(std::make_unique<AccountsCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<PushToServerCommand>());
    commands.push_back(std::make_unique<PullFromServerCommand>());
    return commands;
}

} // namespace medsafe::cli
