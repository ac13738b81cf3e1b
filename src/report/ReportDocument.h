#pragma once

#include "report/ReportBlock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace medsafe::report {

// A paginated A4 document made of blocks: it lays the blocks out page by page (a heading is
// never left alone at the foot of a page, a chart stays with its reading, and a text taller
// than a page is broken between lines), then paints every page with the running header
// (document kind on the left, botilbud and period on the right) and the footer (the day it
// was made, "Side 2 af 5"). Text stays text and charts stay vectors in the PDF, so the
// result is sharp at any zoom and can be searched and read back with pdftotext.
// Paints on the GUI thread (Qt Charts and QTextDocument are GUI objects).
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    static constexpr int kDpi = 96; // Qt Charts lays its point-size fonts out at 96 dpi
    static QPageLayout pageLayout(); // A4 portrait, 15 mm margins

    void setTitle(const QString& title) { m_title = title; }            // PDF metadata
    void setHeader(const QString& left, const QString& right) { m_headerLeft = left; m_headerRight = right; }
    void setGeneratedOn(const QDate& day) { m_generatedOn = day; }
    void add(ReportBlock block) { m_blocks.append(std::move(block)); }
    const QList<ReportBlock>& blocks() const { return m_blocks; }

    // Writes the PDF; false with a technical English `error` when the file cannot be written.
    bool writePdf(const QString& path, QString* error = nullptr) const;
    // Paints on any paged device already set to pageLayout() (a QPdfWriter or a QPrinter).
    // Returns the number of pages.
    int paint(QPagedPaintDevice& device) const;

    // The base style sheet of every text block (headings, tables, muted notes).
    static QString styleSheet();

private:
    QString m_title;
    QString m_headerLeft;
    QString m_headerRight;
    QDate m_generatedOn;
    QList<ReportBlock> m_blocks;
};

} // namespace medsafe::report
