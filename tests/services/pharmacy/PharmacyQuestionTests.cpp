#include "domain/pharmacy/PharmacyValidator.h"
#include "domain/pharmacy/ResidentTextGuard.h"
#include "services/pharmacy/QuestionSearch.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;
using namespace medsafe::services;

namespace {

const QDate kToday(2024, 6, 1);

PharmacyQuestion question(const QString& text) {
    PharmacyQuestion q;
    q.botilbudId = BotilbudId{1};
    q.askedOn = QDate(2024, 5, 2);
    q.question = text;
    return q;
}

} // namespace

TEST_CASE("Texts that name a resident or carry a CPR number are refused; ordinary texts pass",
          "[pharmacy][privacy]") {
    CHECK(ResidentTextGuard::namesResident(QStringLiteral("Beboeren Hans fik dobbelt dosis")));
    CHECK(ResidentTextGuard::namesResident(QStringLiteral("Må borger K.J. få Panodil?")));
    CHECK(ResidentTextGuard::namesResident(QStringLiteral("fru Jensen har synkebesvær")));
    CHECK(ResidentTextGuard::namesResident(QStringLiteral("Gælder det også for beboer Åse?")));
    CHECK_FALSE(ResidentTextGuard::namesResident(QStringLiteral("Beboeren fik dobbelt dosis")));
    CHECK_FALSE(ResidentTextGuard::namesResident(QStringLiteral("Må borgeren på 2. sal få Panodil?")));
    CHECK_FALSE(ResidentTextGuard::namesResident(QStringLiteral("Kan Marevan gives med Ibumetin?")));
    CHECK(ResidentTextGuard::problemIn(QStringLiteral("Må Furix knuses?")).isEmpty());
    CHECK_FALSE(ResidentTextGuard::problemIn(QStringLiteral("CPR 010203-1234")).isEmpty());

    CHECK(PharmacyValidator::validate(question(QStringLiteral("Må Furix knuses?")), kToday).isEmpty());
    const auto named =
        PharmacyValidator::validate(question(QStringLiteral("Beboeren Hans kaster op")), kToday);
    REQUIRE(named.size() == 1);
    CHECK(named.first().field == QStringLiteral("question"));
    PharmacyQuestion answer = question(QStringLiteral("Må Furix knuses?"));
    answer.answer = QStringLiteral("Ja, men ikke for 010203-1234");
    answer.answeredOn = QDate(2024, 5, 3);
    const auto cpr = PharmacyValidator::validate(answer, kToday);
    REQUIRE(cpr.size() == 1);
    CHECK(cpr.first().field == QStringLiteral("answer"));
}

TEST_CASE("A question's dates and answer must agree", "[pharmacy][validation]") {
    PharmacyQuestion q = question(QStringLiteral("Må Furix knuses?"));
    q.answer = QStringLiteral("Ja");
    CHECK(PharmacyValidator::validate(q, kToday).first().field == QStringLiteral("answeredOn"));
    q.answeredOn = QDate(2024, 5, 1); // before the question
    CHECK(PharmacyValidator::validate(q, kToday).first().field == QStringLiteral("answeredOn"));
    q.answeredOn = QDate(2024, 5, 2);
    CHECK(PharmacyValidator::validate(q, kToday).isEmpty());
    q.askedOn = kToday.addDays(1);
    CHECK_FALSE(PharmacyValidator::validate(q, kToday).isEmpty());
    PharmacyQuestion open = question(QStringLiteral("Må Furix knuses?"));
    open.goodToKnow = true;
    CHECK(PharmacyValidator::validate(open, kToday).first().field == QStringLiteral("goodToKnow"));
    CHECK(PharmacyValidator::validate(question(QStringLiteral("   ")), kToday).first().field ==
          QStringLiteral("question"));
}

TEST_CASE("The question search matches every word in question or answer, and the filters",
          "[pharmacy][search]") {
    PharmacyQuestion a = question(QStringLiteral("Må Furix knuses?"));
    a.category = QuestionCategory::CrushingSplitting;
    a.answer = QStringLiteral("Ja, opslæmmet i vand.");
    a.answeredOn = QDate(2024, 5, 3);
    a.goodToKnow = true;
    PharmacyQuestion b = question(QStringLiteral("Kan Marevan gives med Ibumetin?"));
    b.category = QuestionCategory::Interaction;
    b.askedOn = QDate(2024, 3, 1);
    const QList<PharmacyQuestion> all{a, b};

    CHECK(QuestionSearch{}.apply(all).size() == 2);
    QuestionSearch words;
    words.words = QStringLiteral("furix VAND");
    CHECK(words.apply(all) == QList<PharmacyQuestion>{a});
    words.words = QStringLiteral("furix marevan");
    CHECK(words.apply(all).isEmpty());
    QuestionSearch interaction;
    interaction.category = QuestionCategory::Interaction;
    CHECK(interaction.apply(all) == QList<PharmacyQuestion>{b});
    QuestionSearch good;
    good.onlyGoodToKnow = true;
    CHECK(good.apply(all) == QList<PharmacyQuestion>{a});
    QuestionSearch unanswered;
    unanswered.onlyUnanswered = true;
    CHECK(unanswered.apply(all) == QList<PharmacyQuestion>{b});
    QuestionSearch april;
    april.from = QDate(2024, 4, 1);
    CHECK(april.apply(all) == QList<PharmacyQuestion>{a});
}
