#pragma once

// The pharmacy's work of one botilbud, made by hand through the real services on the scratch
// database (MeasureFixture: "Testhjemmet", programme from January 2024), with numbers small
// enough to count on paper. Shared by the collector tests and the report PDF tests.
//
// Checklist (one version, five items):
//   S1 Storage, S2 Storage, D1 Documentation, P1 PN medicine (names the tovholder "Hansen"),
//   X1 Disposal.
// Visits (C compliant, N not compliant, - not applicable, . unanswered):
//   V1 12 Feb 2024: S1 C, S2 N, D1 C, P1 N, X1 -   → 2 of 4 applicable, findings S2, P1
//   V2  8 Apr 2024: S1 C, S2 C, D1 N, P1 C, X1 .   → 3 of 4 applicable, finding D1
//   V3 20 Jun 2024: S1 N, S2 C, D1 C, P1 C, X1 C   → 4 of 5 applicable, finding S1
// Findings (due 30 days after the visit unless changed):
//   S2 closed 20 Mar 2024; P1 severity high, closed 15 May 2024; D1 severity low, in progress;
//   S1 (V3) open, due 20 Jul 2024.
// Agreements: "Apoteket Trøjborg" 1 Jan 2021 – 10 Apr 2024 (2 visits a year, contact Lise Holm),
//   "Løve Apotek" from 11 Apr 2024 (4 visits a year, contact Per Sørensen).
// Questions: 5 Dec 2023 dosing (before the programme); 10 Jan 2024 interaction (changed a
//   procedure); 3 Mar storage; 2 Apr dosing (changed a procedure); 15 Apr dosing; 30 Apr side
//   effect; 1 May other.
#include "../measures/MeasureFixture.h"
#include "domain/pharmacy/PharmacyAgreement.h"
#include "domain/pharmacy/PharmacyQuestion.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/pharmacy/QaVisitService.h"
#include "storage/PersonRepository.h"
#include "storage/SessionIdentity.h"

#include <catch2/catch.hpp>

namespace medsafe::services::test {

struct PharmacyReportFixture {
    MeasureFixture base;
    storage::Database& db;
    domain::BotilbudId home;
    domain::PersonId tovholder;
    domain::QaChecklist checklist;

    static QDate today() { return QDate(2024, 7, 1); }
    static QString tovholderName() { return QStringLiteral("Tove Hansen"); }
    // What must never reach a report: contact people, their details, the auditor, typed actions
    // and the questions themselves.
    static QStringList secrets() {
        return {QStringLiteral("Lise Holm"),
                QStringLiteral("86 12 34 56"),
                QStringLiteral("Per Sørensen"),
                QStringLiteral("per@loeve-apotek.dk"),
                QStringLiteral("Ny logbog ved køleskabet"),
                QStringLiteral("PN-skemaet gennemgås"),
                QStringLiteral("FMK gennemgås ugentligt"),
                QStringLiteral("Marevan"),
                QStringLiteral("Furix"),
                QStringLiteral("Hansen")};
    }

    PharmacyReportFixture() : db(*base.db), home(base.home) {
        signIn();
        const PharmacyService pharmacy(db);
        const QList<domain::QaChecklistItem> items{
            {{},
             domain::QaArea::Storage,
             QStringLiteral("Medicin opbevares aflåst og adskilt for hver beboer")},
            {{}, domain::QaArea::Storage, QStringLiteral("Køleskabets temperatur logges dagligt")},
            {{}, domain::QaArea::Documentation, QStringLiteral("Medicinlisten stemmer med FMK")},
            {{},
             domain::QaArea::PnMedicine,
             QStringLiteral("PN-skema kontrolleres af Hansen ved vagtskifte")},
            {{}, domain::QaArea::Disposal, QStringLiteral("Kasseret medicin returneres til apoteket")},
        };
        auto saved = pharmacy.saveChecklist(home, items, QDate(2024, 1, 15));
        INFO((saved.ok() ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        checklist = *saved;
        REQUIRE(checklist.items.size() == 5);

        using R = domain::QaResult;
        const auto C = R::Compliant, N = R::NotCompliant, A = R::NotApplicable;
        addVisit(QDate(2024, 2, 12), {C, N, C, N, A});
        addVisit(QDate(2024, 4, 8), {C, C, N, C}); // X1 not answered
        addVisit(QDate(2024, 6, 20), {N, C, C, C, C});

        const QaVisitService visits(db);
        auto rows = visits.findings(home);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 4);
        const auto findingOf = [&](int item, const QDate& visitDate) {
            for (const FindingRow& r : *rows)
                if (r.item.id == checklist.items[item].id && r.visitDate == visitDate) return r.finding;
            FAIL("no finding for item " << item);
            return domain::QaFinding{};
        };
        domain::QaFinding s2 = findingOf(1, QDate(2024, 2, 12));
        s2.action = QStringLiteral("Ny logbog ved køleskabet");
        s2.responsible = tovholder;
        s2.status = domain::FindingStatus::Closed;
        s2.closedOn = QDate(2024, 3, 20);
        saveFinding(s2);
        domain::QaFinding p1 = findingOf(3, QDate(2024, 2, 12));
        p1.severity = domain::FindingSeverity::High;
        p1.action = QStringLiteral("PN-skemaet gennemgås på personalemødet");
        p1.responsible = tovholder;
        p1.status = domain::FindingStatus::Closed;
        p1.closedOn = QDate(2024, 5, 15);
        saveFinding(p1);
        domain::QaFinding d1 = findingOf(2, QDate(2024, 4, 8));
        d1.severity = domain::FindingSeverity::Low;
        d1.action = QStringLiteral("FMK gennemgås ugentligt");
        d1.responsible = tovholder;
        d1.status = domain::FindingStatus::InProgress;
        saveFinding(d1);

        addAgreement(QStringLiteral("Apoteket Trøjborg"), QStringLiteral("Lise Holm"),
                     QStringLiteral("86 12 34 56"), 2, QDate(2021, 1, 1), QDate(2024, 4, 10));
        addAgreement(QStringLiteral("Løve Apotek"), QStringLiteral("Per Sørensen"),
                     QStringLiteral("per@loeve-apotek.dk"), 4, QDate(2024, 4, 11), QDate());

        using Q = domain::QuestionCategory;
        addQuestion(QDate(2023, 12, 5), Q::Dosing, QStringLiteral("Hvor ofte må Furix gives?"), false);
        addQuestion(QDate(2024, 1, 10), Q::Interaction, QStringLiteral("Kan Marevan gives med Ibumetin?"),
                    true);
        addQuestion(QDate(2024, 3, 3), Q::Storage, QStringLiteral("Skal insulin stå på køl efter åbning?"),
                    false);
        addQuestion(QDate(2024, 4, 2), Q::Dosing, QStringLiteral("Må Furix gives om aftenen?"), true);
        addQuestion(QDate(2024, 4, 15), Q::Dosing, QStringLiteral("Hvad er maksimal døgndosis af Furix?"),
                    false);
        addQuestion(QDate(2024, 4, 30), Q::SideEffect, QStringLiteral("Giver Marevan blå mærker?"), false);
        addQuestion(QDate(2024, 5, 1), Q::Other, QStringLiteral("Hvordan bestilles Marevan?"), false);
    }

    void signIn() {
        domain::Person person;
        person.botilbudId = home;
        person.name = tovholderName();
        person.roles = domain::PersonRole::Tovholder;
        auto id = storage::PersonRepository(db).add(person);
        REQUIRE(id.ok());
        tovholder = *id;
        storage::SessionIdentity who;
        who.signedIn = true;
        who.person = tovholder;
        who.botilbud = home;
        who.roles = person.roles;
        who.login = QStringLiteral("tove");
        who.name = person.name;
        db.setSession(who);
    }

    void addVisit(const QDate& day, const QList<domain::QaResult>& results) {
        domain::QaVisit visit;
        visit.botilbudId = home;
        visit.visitDate = day;
        visit.auditor = QStringLiteral("Lise Holm");
        visit.checklistId = checklist.id;
        for (qsizetype i = 0; i < results.size(); ++i)
            visit.answers << domain::QaAnswer{checklist.items[i].id, results[i], {}};
        auto id = QaVisitService(db).saveVisit(visit, today());
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
    }

    void saveFinding(const domain::QaFinding& finding) {
        auto saved = QaVisitService(db).saveFinding(home, finding, today());
        INFO((saved.ok() ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
    }

    void addAgreement(const QString& name, const QString& contact, const QString& details, int visitsPerYear,
                      const QDate& from, const QDate& to) {
        domain::PharmacyAgreement a;
        a.botilbudId = home;
        a.pharmacyName = name;
        a.contactPerson = contact;
        a.contactDetails = details;
        a.qualityAssurance = true;
        a.visitsPerYear = visitsPerYear;
        a.startsOn = from;
        a.endsOn = to;
        auto id = PharmacyService(db).saveAgreement(a);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
    }

    void addQuestion(const QDate& day, domain::QuestionCategory category, const QString& text,
                     bool changedProcedure) {
        domain::PharmacyQuestion q;
        q.botilbudId = home;
        q.askedOn = day;
        q.category = category;
        q.question = text;
        q.ledToProcedureChange = changedProcedure;
        auto id = PharmacyService(db).saveQuestion(q, today());
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
    }
};

} // namespace medsafe::services::test
