#include "models/improvement/DriverDiagramLayout.h"

#include <QSet>

#include <algorithm>

namespace medsafe::models {

using namespace medsafe::domain;

namespace {
constexpr double kRowHeight = DriverDiagramLayout::kBoxHeight + DriverDiagramLayout::kRowGap;
}

double DriverDiagramLayout::columnX(Kind kind) {
    return static_cast<int>(kind) * (kBoxWidth + kColumnGap);
}

QString DriverDiagramLayout::columnTitle(Kind kind) {
    switch (kind) {
    case Kind::Aim: return tr("Aim");
    case Kind::Primary: return tr("Primary drivers");
    case Kind::Secondary: return tr("Secondary drivers");
    case Kind::ChangeIdea: return tr("Change ideas");
    }
    return {};
}

int DriverDiagramLayout::addBox(Kind kind, qint64 id, const QString& text, double top, double rows,
                                const QString& detail) {
    // A box is centred on the rows its children take, so the lines fan out evenly.
    const double middle = kHeaderHeight + top * kRowHeight + (rows * kRowHeight - kRowGap) / 2.0;
    Box box{kind, id, text, detail, QRectF(columnX(kind), middle - kBoxHeight / 2.0, kBoxWidth, kBoxHeight)};
    m_boxes.append(box);
    return static_cast<int>(m_boxes.size()) - 1;
}

void DriverDiagramLayout::compute(const Aim* aim, const QList<Driver>& drivers, const QList<ChangeIdea>& ideas,
                                  const QHash<ChangeIdeaId, int>& pdsaCounts) {
    m_boxes.clear();
    m_lines.clear();

    QList<Driver> primaries;
    QHash<DriverId, QList<Driver>> secondariesOf;
    QList<Driver> orphanSecondaries; // a secondary whose primary is gone
    for (const Driver& d : drivers)
        if (d.level == DriverLevel::Primary) primaries << d;
    const auto byOrder = [](const Driver& a, const Driver& b) { return a.sortOrder < b.sortOrder; };
    std::stable_sort(primaries.begin(), primaries.end(), byOrder);
    for (const Driver& d : drivers) {
        if (d.level != DriverLevel::Secondary) continue;
        const bool known = d.parentId && std::any_of(primaries.begin(), primaries.end(),
                                                     [&](const Driver& p) { return p.id == *d.parentId; });
        if (known)
            secondariesOf[*d.parentId] << d;
        else
            orphanSecondaries << d;
    }
    QHash<DriverId, QList<ChangeIdea>> ideasOf;
    QList<ChangeIdea> looseIdeas;
    QSet<DriverId> secondaryIds;
    for (const Driver& d : drivers)
        if (d.level == DriverLevel::Secondary) secondaryIds.insert(d.id);
    for (const ChangeIdea& idea : ideas) {
        if (idea.driverId && secondaryIds.contains(*idea.driverId))
            ideasOf[*idea.driverId] << idea;
        else
            looseIdeas << idea;
    }

    const auto ideaDetail = [&](const ChangeIdea& idea) {
        return tr("%n PDSA cycle(s)", nullptr, pdsaCounts.value(idea.id));
    };
    const auto rowsOfSecondary = [&](const Driver& s) {
        return std::max<double>(1, static_cast<double>(ideasOf.value(s.id).size()));
    };

    double row = 0;
    QList<int> primaryBoxes;
    const auto placeSecondary = [&](const Driver& s, int parentBox) {
        const double rows = rowsOfSecondary(s);
        const int box = addBox(Kind::Secondary, s.id.value, s.text, row, rows);
        if (parentBox >= 0) m_lines.append({parentBox, box});
        double ideaRow = row;
        for (const ChangeIdea& idea : ideasOf.value(s.id)) {
            const int ideaBox = addBox(Kind::ChangeIdea, idea.id.value, idea.title, ideaRow, 1, ideaDetail(idea));
            m_lines.append({box, ideaBox});
            ideaRow += 1;
        }
        row += rows;
    };

    for (const Driver& p : primaries) {
        double rows = 0;
        for (const Driver& s : secondariesOf.value(p.id)) rows += rowsOfSecondary(s);
        rows = std::max<double>(1, rows);
        const int box = addBox(Kind::Primary, p.id.value, p.text, row, rows);
        primaryBoxes << box;
        for (const Driver& s : secondariesOf.value(p.id)) placeSecondary(s, box);
        if (secondariesOf.value(p.id).isEmpty()) row += 1;
    }
    for (const Driver& s : orphanSecondaries) placeSecondary(s, -1);
    for (const ChangeIdea& idea : looseIdeas) {
        addBox(Kind::ChangeIdea, idea.id.value, idea.title, row, 1, ideaDetail(idea));
        row += 1;
    }

    const double totalRows = std::max<double>(1, row);
    const QString aimText = aim ? aim->statement : tr("No aim written yet");
    const int aimBox = addBox(Kind::Aim, aim ? aim->id.value : 0, aimText, 0, totalRows);
    // The aim is taller than the other boxes (its text is long), centred on the whole diagram.
    QRectF& aimRect = m_boxes[aimBox].rect;
    const double fullHeight = totalRows * kRowHeight - kRowGap;
    const double aimHeight = std::clamp(fullHeight, kBoxHeight, kAimMaxHeight);
    aimRect = QRectF(aimRect.x(), kHeaderHeight + (fullHeight - aimHeight) / 2.0, kBoxWidth, std::max(aimHeight, kBoxHeight));
    for (int box : primaryBoxes) m_lines.append({aimBox, box});

    m_size = QSizeF(columnX(Kind::ChangeIdea) + kBoxWidth, kHeaderHeight + totalRows * kRowHeight);
}

} // namespace medsafe::models
