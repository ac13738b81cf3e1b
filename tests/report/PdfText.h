#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <catch2/catch.hpp>

// Reads a PDF back as a person's tools would: pdftotext (poppler). Whitespace (line breaks,
// non-breaking spaces) is collapsed, so sentences wrapped over lines still match.
inline QString pdfText(const QString& pdf, const QStringList& extra = {}) {
    QProcess process;
    process.start(QStringLiteral(MEDSAFE_PDFTOTEXT), extra + QStringList{pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString collapsed(QString text) {
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    // pdftotext writes ligatures as single glyphs ("ﬁ", "ﬂ").
    text.replace(QChar(0xfb01), QStringLiteral("fi")).replace(QChar(0xfb02), QStringLiteral("fl"));
    static const QRegularExpression kSpace(QStringLiteral(R"(\s+)"));
    return text.replace(kSpace, QStringLiteral(" "));
}

inline int pdfPages(const QString& pdf) {
    QProcess process;
    process.start(QStringLiteral(MEDSAFE_PDFINFO), {pdf});
    REQUIRE(process.waitForFinished(30000));
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}
