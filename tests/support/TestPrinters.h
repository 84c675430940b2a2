#pragma once
// Lets QCOMPARE print the core's types when a comparison fails.
#include <runlens/model/RunRecord.h>

#include <QtTest>

#include <string>

// Qt 6.4's QCOMPARE cannot print enum classes: compare statuses as text instead.
template <typename Record>
QString statusOf(const Record& r)
{
    return QString::fromUtf8(std::string(runlens::toString(r.status)).c_str());
}

namespace QTest {
template <>
inline char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest
