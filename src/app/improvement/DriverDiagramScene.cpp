#include "app/improvement/DriverDiagramScene.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QPainterPath>
#include <QPen>

namespace medsafe::app {

using Layout = models::DriverDiagramLayout;
using Kind = Layout::Kind;

namespace {
constexpr int kKindKey = 0;
constexpr int kIdKey = 1;
constexpr double kPadding = 7;

struct Palette {
    QColor fill;
    QColor border;
    QColor text;
};
Palette paletteOf(Kind kind) {
    switch (kind) {
    case Kind::Aim: return {QColor(0x1f, 0x5f, 0x99), QColor(0x15, 0x45, 0x70), Qt::white};
    case Kind::Primary: return {QColor(0xc9, 0xdd, 0xf0), QColor(0x5b, 0x8d, 0xbe), QColor(0x1a, 0x1a, 0x1a)};
    case Kind::Secondary: return {QColor(0xe6, 0xf0, 0xf9), QColor(0x8c, 0xae, 0xd0), QColor(0x1a, 0x1a, 0x1a)};
    case Kind::ChangeIdea: return {QColor(0xfd, 0xf3, 0xd6), QColor(0xd4, 0xa6, 0x3a), QColor(0x1a, 0x1a, 0x1a)};
    }
    return {};
}
} // namespace

DriverDiagramScene::DriverDiagramScene(QObject* parent) : QGraphicsScene(parent) {}

QString DriverDiagramScene::fitText(const QString& text, const QFont& font, double width, int maxLines) {
    const QFontMetricsF fm(font);
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    int i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words.at(i) : line + QLatin1Char(' ') + words.at(i);
        if (fm.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
            continue;
        }
        lines << line;
        line = words.at(i);
        if (lines.size() == maxLines) break;
    }
    if (lines.size() < maxLines && !line.isEmpty()) {
        lines << line;
        line.clear();
        i = static_cast<int>(words.size());
    }
    if (i < words.size() || lines.size() > maxLines) {
        // Words are left over: the last line ends in an ellipsis.
        QString last = lines.isEmpty() ? QString() : lines.takeLast();
        for (int j = i; j < words.size(); ++j) last += QLatin1Char(' ') + words.at(j);
        lines << fm.elidedText(last, Qt::ElideRight, width);
    }
    for (QString& l : lines)
        if (fm.horizontalAdvance(l) > width) l = fm.elidedText(l, Qt::ElideRight, width);
    return lines.join(QLatin1Char('\n'));
}

void DriverDiagramScene::rebuild(const Layout& layout) {
    clear();
    m_boxCount = 0;
    QFont titleFont;
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    for (Kind kind : {Kind::Aim, Kind::Primary, Kind::Secondary, Kind::ChangeIdea}) {
        auto* title = addSimpleText(Layout::columnTitle(kind), titleFont);
        title->setBrush(QColor(0x33, 0x33, 0x33));
        title->setPos(Layout::columnX(kind) + 2, 4);
    }

    const QPen linePen(QColor(0x80, 0x80, 0x80), 1.4);
    for (const Layout::Line& line : layout.lines()) {
        const QRectF from = layout.boxes().at(line.from).rect;
        const QRectF to = layout.boxes().at(line.to).rect;
        const QPointF a(from.right(), from.center().y());
        const QPointF b(to.left(), to.center().y());
        const double midX = (a.x() + b.x()) / 2.0;
        QPainterPath path(a);
        path.lineTo(midX, a.y());
        path.lineTo(midX, b.y());
        path.lineTo(b);
        addPath(path, linePen)->setZValue(-1);
    }

    QFont textFont;
    QFont detailFont;
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.85);
    detailFont.setItalic(true);
    const double lineHeight = QFontMetricsF(textFont).lineSpacing();
    for (const Layout::Box& box : layout.boxes()) {
        const Palette colours = paletteOf(box.kind);
        auto* rect = addRect(box.rect, QPen(colours.border, 1.2), colours.fill);
        rect->setFlag(QGraphicsItem::ItemIsSelectable);
        rect->setData(kKindKey, static_cast<int>(box.kind));
        rect->setData(kIdKey, box.id);
        rect->setToolTip(box.detail.isEmpty() ? box.text : box.text + QLatin1Char('\n') + box.detail);
        rect->setCursor(Qt::PointingHandCursor);
        const double textWidth = box.rect.width() - 2 * kPadding;
        const double room = box.rect.height() - 2 * kPadding - (box.detail.isEmpty() ? 0 : lineHeight * 0.9);
        const int maxLines = std::max(1, static_cast<int>(room / lineHeight));
        auto* text = new QGraphicsSimpleTextItem(fitText(box.text, textFont, textWidth, maxLines), rect);
        text->setFont(textFont);
        text->setBrush(colours.text);
        text->setPos(box.rect.left() + kPadding, box.rect.top() + kPadding - 1);
        if (!box.detail.isEmpty()) {
            auto* detail = new QGraphicsSimpleTextItem(box.detail, rect);
            detail->setFont(detailFont);
            detail->setBrush(QColor(0x6b, 0x4e, 0x00));
            detail->setPos(box.rect.left() + kPadding,
                           box.rect.bottom() - kPadding - QFontMetricsF(detailFont).height() + 1);
        }
        ++m_boxCount;
    }
    setSceneRect(QRectF(QPointF(-10, -4), layout.size() + QSizeF(20, 12)));
}

namespace {
std::optional<DriverDiagramScene::BoxRef> refOf(const QGraphicsItem* item) {
    while (item && item->parentItem()) item = item->parentItem();
    if (!item || !item->data(kIdKey).isValid() || !(item->flags() & QGraphicsItem::ItemIsSelectable))
        return std::nullopt;
    return DriverDiagramScene::BoxRef{static_cast<Kind>(item->data(kKindKey).toInt()), item->data(kIdKey).toLongLong()};
}
} // namespace

std::optional<DriverDiagramScene::BoxRef> DriverDiagramScene::selectedBox() const {
    const auto items = selectedItems();
    return items.isEmpty() ? std::nullopt : refOf(items.first());
}

std::optional<DriverDiagramScene::BoxRef> DriverDiagramScene::boxAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : items(scenePos))
        if (auto ref = refOf(item)) return ref;
    return std::nullopt;
}

void DriverDiagramScene::select(const BoxRef& box) {
    clearSelection();
    for (QGraphicsItem* item : items())
        if (!item->parentItem() && refOf(item) == box) item->setSelected(true);
}

QRectF DriverDiagramScene::rectOf(const BoxRef& box) const {
    for (QGraphicsItem* item : items())
        if (!item->parentItem() && refOf(item) == box) return item->sceneBoundingRect();
    return {};
}

} // namespace medsafe::app
