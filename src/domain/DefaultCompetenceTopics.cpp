#include "domain/DefaultCompetenceTopics.h"

namespace medsafe::domain {

QList<CompetenceTopic> DefaultCompetenceTopics::forNewBotilbud() {
    // The codes are stable; the names are Danish data the botilbud may edit.
    const std::pair<const char*, QString> kTopics[] = {
        {"illnesses", QStringLiteral("Sygdomme og behandling")},
        {"drug_effects", QStringLiteral("Virkning og bivirkninger af relevante lægemiddelgrupper")},
        {"handling_rules", QStringLiteral("Regler for medicinhåndtering")},
        {"delegation", QStringLiteral("Delegation")},
        {"patient_safety", QStringLiteral("Patientsikkerhed og forbedringsarbejde")},
    };
    QList<CompetenceTopic> topics;
    int order = 1;
    for (const auto& [code, name] : kTopics) {
        CompetenceTopic topic;
        topic.code = QString::fromLatin1(code);
        topic.name = name;
        topic.sortOrder = order++;
        topics << topic;
    }
    return topics;
}

} // namespace medsafe::domain
