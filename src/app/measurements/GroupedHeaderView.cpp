#include "app/measurements/GroupedHeaderView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace medsafe::app {

GroupedHeaderView::GroupedHeaderView(int groupRole, int groupKeyRole, QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent), m_groupRole(groupRole), m_groupKeyRole(groupKeyRole) {
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
}

QSize GroupedHeaderView::sizeHint() const {
    QSize size = QHeaderView::sizeHint();
    // The group name (up to three lines) above the column label.
    size.setHeight(fontMetrics().height() * m_textLines + 14);
    return size;
}

void GroupedHeaderView::setTextLines(int lines) {
    m_textLines = lines;
    updateGeometry();
}

QVariant GroupedHeaderView::groupKey(int logicalIndex) const {
    return model() ? model()->headerData(logicalIndex, Qt::Horizontal, m_groupKeyRole) : QVariant();
}

std::pair<int, int> GroupedHeaderView::groupSpan(int section) const {
    const QVariant key = groupKey(section);
    int first = visualIndex(section);
    int last = first;
    while (first > 0) {
        const int previous = logicalIndex(first - 1);
        if (isSectionHidden(previous) || groupKey(previous) != key) break;
        --first;
    }
    while (last < count() - 1) {
        const int next = logicalIndex(last + 1);
        if (isSectionHidden(next) || groupKey(next) != key) break;
        ++last;
    }
    return {first, last};
}

void GroupedHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const {
    if (!model()) return;
    const QString group = model()->headerData(logicalIndex, Qt::Horizontal, m_groupRole).toString();
    const QString label = model()->headerData(logicalIndex, Qt::Horizontal, Qt::DisplayRole).toString();
    const int groupHeight = rect.height() - fontMetrics().height() - 8;

    painter->save();
    const QPalette pal = palette();
    painter->fillRect(rect, pal.button());
    painter->setPen(pal.mid().color());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());

    if (group.isEmpty()) {
        painter->drawLine(rect.topRight(), rect.bottomRight());
        painter->setPen(pal.buttonText().color());
        painter->drawText(rect.adjusted(3, 2, -3, -2), Qt::AlignCenter | Qt::TextWordWrap, label);
        painter->restore();
        return;
    }
    // The group name is drawn once across its columns: every section paints the whole span,
    // clipped to its own rect, so scrolling and partial repaints stay right.
    const auto [first, last] = groupSpan(logicalIndex);
    const int left = sectionViewportPosition(this->logicalIndex(first));
    const int right = sectionViewportPosition(this->logicalIndex(last)) + sectionSize(this->logicalIndex(last));
    const QRect groupRect(left, rect.top(), right - left, groupHeight);
    // Between the columns of one group the divider stops under the name, so the name reads as one.
    const bool lastOfGroup = visualIndex(logicalIndex) == last;
    painter->drawLine(QPoint(rect.right(), lastOfGroup ? rect.top() : groupRect.bottom()), rect.bottomRight());
    painter->setPen(pal.buttonText().color());
    painter->setClipRect(rect);
    QFont bold = font();
    bold.setBold(true);
    painter->setFont(bold);
    const QRect textRect = groupRect.adjusted(4, 3, -4, -1);
    const QString elided = QFontMetrics(bold).elidedText(group, Qt::ElideRight, textRect.width() * (m_textLines - 1) - 8 * m_textLines);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, elided);
    painter->setFont(font());
    painter->setPen(pal.mid().color());
    painter->drawLine(QPoint(rect.left(), groupRect.bottom()), QPoint(rect.right(), groupRect.bottom()));
    painter->setPen(pal.buttonText().color());
    painter->drawText(QRect(rect.left(), groupRect.bottom() + 1, rect.width(), rect.bottom() - groupRect.bottom()),
                      Qt::AlignCenter, label);
    painter->restore();
}

bool GroupedHeaderView::viewportEvent(QEvent* event) {
    // Repaint the whole header on scroll/resize so the spanning names never show stale halves.
    if (event->type() == QEvent::Resize) viewport()->update();
    return QHeaderView::viewportEvent(event);
}

} // namespace medsafe::app
