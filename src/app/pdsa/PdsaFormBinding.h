#pragma once

#include "domain/ChangeIdea.h"
#include "domain/Measure.h"
#include "domain/PdsaCycle.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Ui {
class PdsaEditor;
}

namespace medsafe::app {

// Copies a PDSA cycle into the editor's widgets and back: the choice lists, the dates that may
// be empty, the checkable measures and the Act decision. Knows nothing of stages or saving.
// GUI thread.
class PdsaFormBinding {
    Q_DECLARE_TR_FUNCTIONS(PdsaFormBinding)

public:
    explicit PdsaFormBinding(Ui::PdsaEditor& ui);

    void setChoices(const QList<domain::ChangeIdea>& ideas, const QList<domain::Measure>& measures,
                    const QList<domain::Person>& people);
    void fill(const domain::PdsaCycle& cycle);
    // The cycle as the form shows it, on top of `base` (id, botilbud, status, parent, aim).
    domain::PdsaCycle collect(const domain::PdsaCycle& base) const;
    std::optional<domain::ActDecision> decision() const;

    // A date edit shows this (as an empty field) when no date is set.
    static QDate emptyDate();

private:
    Ui::PdsaEditor& m_ui;
};

} // namespace medsafe::app
