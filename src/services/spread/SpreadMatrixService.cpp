#include "services/spread/SpreadMatrixService.h"

#include "logging/Logging.h"
#include "services/packages/ReportPackageReader.h"
#include "storage/BotilbudRepository.h"
#include "storage/ChangePackageRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/ReceivedPackageRepository.h"
#include "storage/SpreadPlanRepository.h"

#include <QCollator>
#include <QHash>
#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

QString normalisedTitle(const QString& title) {
    return title.simplified().toCaseFolded();
}

QList<PdsaCycle> cyclesOf(const QList<PdsaCycle>& all, ChangeIdeaId idea) {
    QList<PdsaCycle> out;
    for (const PdsaCycle& c : all)
        if (c.changeIdeaId == idea) out << c;
    return out;
}

} // namespace

QString SpreadMatrixService::rowKey(const ChangeIdea& idea) {
    if (!idea.spreadKey.isEmpty()) return idea.spreadKey.toLower();
    return QStringLiteral("title:") + normalisedTitle(idea.title);
}

SpreadMatrix SpreadMatrixService::build(const QList<BotilbudChanges>& sourcesIn,
                                        const QList<SpreadPlanEntry>& plans) {
    QList<BotilbudChanges> sources = sourcesIn;
    QCollator collator(QLocale(QLocale::Danish));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(sources.begin(), sources.end(),
                     [&collator](const BotilbudChanges& a, const BotilbudChanges& b) {
                         return collator.compare(a.botilbud.name, b.botilbud.name) < 0;
                     });
    SpreadMatrix matrix;
    for (const BotilbudChanges& s : sources)
        matrix.columns << SpreadColumn{s.botilbud, s.reportMonth};

    // Keyed rows first, so an idea without a key joins the keyed row of the same title.
    QHash<QString, int> rowOf;      // row key → index
    QHash<QString, int> titleRowOf; // normalised title → index of a keyed row
    const auto rowFor = [&](const ChangeIdea& idea) {
        QString key = rowKey(idea);
        if (idea.spreadKey.isEmpty()) {
            const auto keyed = titleRowOf.constFind(normalisedTitle(idea.title));
            if (keyed != titleRowOf.cend()) return *keyed;
        }
        auto found = rowOf.constFind(key);
        if (found != rowOf.cend()) return *found;
        SpreadRow row;
        row.key = key;
        row.spreadKey = idea.spreadKey.toLower();
        row.title = idea.title;
        row.cells.resize(matrix.columns.size());
        matrix.rows << row;
        const int index = static_cast<int>(matrix.rows.size() - 1);
        rowOf.insert(key, index);
        if (!idea.spreadKey.isEmpty()) titleRowOf.insert(normalisedTitle(idea.title), index);
        return index;
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (int column = 0; column < sources.size(); ++column) {
            const BotilbudChanges& s = sources[column];
            for (const ChangeIdea& idea : s.ideas) {
                if (idea.spreadKey.isEmpty() != (pass == 1)) continue;
                SpreadCell& cell = matrix.rows[rowFor(idea)].cells[column];
                const SpreadStatus status = SpreadStatusRule::of(cyclesOf(s.cycles, idea.id));
                // Two ideas of one botilbud in the same row: the furthest one counts.
                if (!cell.hasIdea || static_cast<int>(status) > static_cast<int>(cell.status))
                    cell.status = status;
                cell.hasIdea = true;
            }
        }
    }
    for (const SpreadPlanEntry& plan : plans) {
        const int column = matrix.column(plan.botilbudId);
        if (column < 0) continue;
        ChangeIdea asIdea;
        asIdea.title = plan.changeTitle;
        asIdea.spreadKey = plan.spreadKey;
        matrix.rows[rowFor(asIdea)].cells[column].plan = plan;
    }
    for (SpreadRow& row : matrix.rows) {
        for (const SpreadCell& cell : row.cells) {
            row.adopted += cell.status == SpreadStatus::Adopted ? 1 : 0;
            row.testing += cell.status == SpreadStatus::Testing ? 1 : 0;
        }
    }
    std::stable_sort(matrix.rows.begin(), matrix.rows.end(),
                     [&collator](const SpreadRow& a, const SpreadRow& b) {
                         if (a.adopted != b.adopted) return a.adopted > b.adopted;
                         if (a.testing != b.testing) return a.testing > b.testing;
                         return collator.compare(a.title, b.title) < 0;
                     });
    return matrix;
}

Result<QList<BotilbudChanges>> SpreadMatrixService::sources() const {
    auto all = storage::BotilbudRepository(m_db).all();
    if (!all) return all.error();
    storage::ReceivedPackageRepository received(m_db);
    QList<BotilbudChanges> out;
    for (const Botilbud& b : *all) {
        BotilbudChanges s;
        s.botilbud = b;
        if (b.origin == BotilbudOrigin::Local) {
            auto ideas = storage::ImprovementRepository(m_db).changeIdeas(b.id);
            if (!ideas) return ideas.error();
            auto cycles = storage::PdsaRepository(m_db).forBotilbud(b.id);
            if (!cycles) return cycles.error();
            s.ideas = *ideas;
            s.cycles = *cycles;
        } else {
            auto months = received.monthsOf(b.id);
            if (!months) return months.error();
            if (!months->isEmpty()) {
                auto package = received.forMonth(b.id, months->constLast());
                if (!package) return package.error();
                if (*package) {
                    auto read = ReportPackageReader::read((*package)->payload, SignaturePolicy::StoredCopy);
                    if (read) {
                        s.ideas = read->content.changeIdeas;
                        s.cycles = read->content.cycles;
                        s.reportMonth = months->constLast();
                    } else {
                        logging::get("spread")->warn("package of {} unreadable: {}", b.name.toStdString(),
                                                     read.error().message.toStdString());
                    }
                }
            }
        }
        out << s;
    }
    return out;
}

Result<SpreadMatrix> SpreadMatrixService::matrix() const {
    auto read = sources();
    if (!read) return read.error();
    auto plans = storage::SpreadPlanRepository(m_db).all();
    if (!plans) return plans.error();
    return build(*read, *plans);
}

Result<BotilbudSpread> SpreadMatrixService::forBotilbud(BotilbudId botilbud) const {
    auto ideas = storage::ImprovementRepository(m_db).changeIdeas(botilbud);
    if (!ideas) return ideas.error();
    auto cycles = storage::PdsaRepository(m_db).forBotilbud(botilbud);
    if (!cycles) return cycles.error();
    auto received = storage::ChangePackageRepository(m_db).forBotilbud(botilbud);
    if (!received) return received.error();
    BotilbudSpread out;
    for (const ReceivedChangePackage& r : *received) {
        SpreadChangeLine line;
        line.spreadKey = r.spreadKey;
        line.origin = r.originBotilbud;
        line.originKommune = r.originKommune;
        line.receivedOn = r.receivedOn;
        for (const ChangeIdea& idea : *ideas) {
            if (idea.id != r.changeIdeaId.value_or(ChangeIdeaId{}) &&
                idea.spreadKey.compare(r.spreadKey, Qt::CaseInsensitive) != 0)
                continue;
            line.title = idea.title;
            line.status = SpreadStatusRule::of(cyclesOf(*cycles, idea.id));
            break;
        }
        out.received << line;
    }
    for (const ChangeIdea& idea : *ideas) {
        if (idea.spreadKey.isEmpty()) continue;
        const bool cameHere =
            std::any_of(received->cbegin(), received->cend(), [&idea](const ReceivedChangePackage& r) {
                return r.spreadKey.compare(idea.spreadKey, Qt::CaseInsensitive) == 0;
            });
        if (cameHere) continue;
        out.exported << SpreadChangeLine{
            idea.title, idea.spreadKey, SpreadStatusRule::of(cyclesOf(*cycles, idea.id)), {}, {}, {}};
    }
    return out;
}

} // namespace medsafe::services
