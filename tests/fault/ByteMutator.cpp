#include "ByteMutator.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace medsafe::fault {

const char* mutationName(Mutation mutation) {
    switch (mutation) {
    case Mutation::RandomBytes: return "random bytes";
    case Mutation::Truncated: return "truncated";
    case Mutation::DeletedRange: return "deleted range";
    case Mutation::DuplicatedRange: return "duplicated range";
    case Mutation::WrongDelimiters: return "wrong delimiters";
    case Mutation::InvalidUtf8: return "invalid UTF-8";
    case Mutation::UnbalancedQuotes: return "unbalanced quotes";
    case Mutation::HugeField: return "10 MB field";
    case Mutation::ImpossibleDates: return "impossible dates";
    case Mutation::DeepNesting: return "deep nesting";
    case Mutation::ControlCharacters: return "control characters";
    case Mutation::EmptyFile: return "empty file";
    }
    return "?";
}

int ByteMutator::below(int bound) {
    return bound <= 1 ? 0 : std::uniform_int_distribution<int>(0, bound - 1)(m_random);
}

QByteArray ByteMutator::randomBytes(int count) {
    QByteArray bytes(count, '\0');
    for (char& b : bytes) b = static_cast<char>(below(256));
    return bytes;
}

Mutation ByteMutator::pick() {
    // 10 MB values cost a lot under the sanitizers: one round in fifty is enough to cover them.
    if (below(50) == 0) return Mutation::HugeField;
    for (;;) {
        const auto m = static_cast<Mutation>(below(kMutationCount));
        if (m != Mutation::HugeField) return m;
    }
}

QByteArray ByteMutator::mutate(const QByteArray& original, Mutation mutation) {
    QByteArray bytes = original;
    const int size = static_cast<int>(bytes.size());
    if (size == 0) return bytes;
    switch (mutation) {
    case Mutation::RandomBytes: {
        const int count = 1 + below(8);
        for (int i = 0; i < count; ++i) {
            const int at = below(size);
            const char old = bytes[at];
            do bytes[at] = static_cast<char>(below(256));
            while (bytes[at] == old);
        }
        break;
    }
    case Mutation::Truncated:
        bytes.truncate(below(size));
        break;
    case Mutation::DeletedRange: {
        const int at = below(size);
        bytes.remove(at, 1 + below(std::min(200, size - at)));
        break;
    }
    case Mutation::DuplicatedRange: {
        const int at = below(size);
        const int length = 1 + below(std::min(300, size - at));
        bytes.insert(at, original.mid(at, length));
        break;
    }
    case Mutation::WrongDelimiters: {
        static const char kReplacements[] = {'\t', ',', ':', '|', ';'};
        const char from = original.count(';') >= original.count(',') ? ';' : ',';
        char to = kReplacements[below(5)];
        if (to == from) to = '\t';
        // All of them, or only some: a file saved by another program, or hand-edited.
        const bool all = below(2) == 0;
        for (char& b : bytes)
            if (b == from && (all || below(4) == 0)) b = to;
        if (bytes == original) bytes.append(to);
        break;
    }
    case Mutation::InvalidUtf8: {
        static const QByteArray kBad[] = {QByteArray("\x80"), QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"),
                                          QByteArray("\xFF\xFE"), QByteArray("\xE2\x82"), QByteArray("\xF8\x88\x80\x80\x80")};
        const int count = 1 + below(4);
        for (int i = 0; i < count; ++i) bytes.insert(below(static_cast<int>(bytes.size()) + 1), kBad[below(6)]);
        break;
    }
    case Mutation::UnbalancedQuotes: {
        const int quotes = static_cast<int>(bytes.count('"'));
        if (quotes > 0 && below(2) == 0) {
            int nth = below(quotes);
            for (int i = 0; i < bytes.size(); ++i)
                if (bytes[i] == '"' && nth-- == 0) {
                    bytes.remove(i, 1);
                    break;
                }
        } else {
            bytes.insert(below(size + 1), '"');
        }
        break;
    }
    case Mutation::HugeField: {
        // Inside the first quoted value after a random point, or at a random point.
        const int from = below(size);
        const int quote = static_cast<int>(bytes.indexOf('"', from));
        const int at = quote >= 0 ? quote + 1 : from;
        bytes.insert(at, QByteArray(10 * 1024 * 1024, 'x'));
        break;
    }
    case Mutation::ImpossibleDates: {
        static const char* kDates[] = {"2025-02-30", "2024-13-01", "0000-00-00", "31-13-2024", "2023-04-31",
                                       "9999-99-99", "2025-00-10", "30-02-2025"};
        static const QRegularExpression kIso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
        QString text = QString::fromLatin1(bytes);
        auto matches = kIso.globalMatch(text);
        QList<QRegularExpressionMatch> found;
        while (matches.hasNext()) found << matches.next();
        if (found.isEmpty()) {
            bytes.insert(below(size + 1), kDates[below(8)]);
            break;
        }
        // Replace a few of them, from the back so earlier offsets stay right.
        const int count = 1 + below(std::min<int>(3, static_cast<int>(found.size())));
        QList<int> chosen;
        for (int i = 0; i < count; ++i) chosen << below(static_cast<int>(found.size()));
        std::sort(chosen.begin(), chosen.end(), std::greater<>());
        chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
        for (int index : chosen) {
            const auto& m = found.at(index);
            bytes.replace(m.capturedStart(), m.capturedLength(), kDates[below(8)]);
        }
        if (bytes == original) bytes.insert(0, kDates[0]);
        break;
    }
    case Mutation::DeepNesting: {
        const int depth = 1000 + below(20000);
        const int at = below(size + 1);
        const bool closed = below(2) == 0;
        QByteArray nest = QByteArray(depth, below(2) == 0 ? '[' : '{');
        if (closed) nest += QByteArray(depth, nest.at(0) == '[' ? ']' : '}');
        bytes.insert(at, nest);
        break;
    }
    case Mutation::ControlCharacters: {
        static const char kControls[] = {'\0', '\f', '\x1b', '\x7f', '\v', '\x01'};
        const int count = 1 + below(6);
        for (int i = 0; i < count; ++i) bytes.insert(below(static_cast<int>(bytes.size()) + 1), kControls[below(6)]);
        break;
    }
    case Mutation::EmptyFile:
        bytes.clear();
        break;
    }
    if (bytes == original && mutation != Mutation::EmptyFile) bytes.append(randomBytes(1));
    return bytes;
}

} // namespace medsafe::fault
