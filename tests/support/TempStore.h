#pragma once

#include <QTemporaryDir>

#include <string>

// A store path in a fresh temporary folder, removed with the object: tests never touch
// the user's default store.
class TempStore {
public:
    TempStore() : m_path((m_dir.path() + QStringLiteral("/runlens.db")).toStdString()) {}
    const std::string& path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::string m_path;
};
