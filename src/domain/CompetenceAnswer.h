#pragma once

#include "domain/Ids.h"

namespace medsafe::domain {

// One person's self-assessment on one topic in one survey round.
struct CompetenceAnswer {
    static constexpr int kMinLevel = 1;
    static constexpr int kMaxLevel = 4;

    SurveyRoundId roundId;
    PersonId personId;
    CompetenceTopicId topicId;
    int level = kMinLevel; // 1 = novice ... 4 = can teach others
    bool trainingNeed = false;

    friend bool operator==(const CompetenceAnswer&, const CompetenceAnswer&) = default;
};

} // namespace medsafe::domain
