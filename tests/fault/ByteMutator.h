#pragma once

// Damages a valid file the ways files really get damaged or hand-edited, for the fault tests:
// each family is one kind of harm a person, a program or a disk does to a CSV file or a data
// package. Deterministic for a given random generator, so a failing round can be replayed.
#include <QByteArray>
#include <QString>
#include <random>

namespace medsafe::fault {

enum class Mutation {
    RandomBytes,       // a few bytes overwritten with random values
    Truncated,         // cut off at a random point (a copy that stopped half-way)
    DeletedRange,      // a run of bytes removed from the middle
    DuplicatedRange,   // a run of bytes repeated (a paste gone wrong)
    WrongDelimiters,   // the separators replaced (tabs, commas, colons, pipes)
    InvalidUtf8,       // bytes that are not UTF-8 (lone continuation bytes, overlong forms)
    UnbalancedQuotes,  // a quote character added or removed
    HugeField,         // a 10 MB run of text inside one value
    ImpossibleDates,   // dates replaced by ones that do not exist (2025-02-30, 31-13-2024, 0000-00-00)
    DeepNesting,       // thousands of nested brackets
    ControlCharacters, // NUL, form feed and escape bytes inside the text
    EmptyFile,         // nothing at all
};
inline constexpr int kMutationCount = 12;

const char* mutationName(Mutation mutation);

class ByteMutator {
public:
    explicit ByteMutator(std::uint32_t seed) : m_random(seed) {}

    // `original` damaged by `mutation`; never equal to `original` unless it is empty.
    QByteArray mutate(const QByteArray& original, Mutation mutation);
    // A family chosen at random, the expensive ones (10 MB) less often.
    Mutation pick();

private:
    int below(int bound);
    QByteArray randomBytes(int count);

    std::mt19937 m_random;
};

} // namespace medsafe::fault
