// SPDX-License-Identifier: GPL-3.0-or-later
// Shared steps of the documents GUI tests: people and areas on a test
// server, files on disk, and what a person does in the documents pane.
#pragma once

#include "client/ui/documents/DocumentsPane.h"
#include "tests/ui/support/UiSession.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace hn::test {

inline const QString kDocumentPassword = QStringLiteral("Passwort-1234");

// Receives the file URLs QDesktopServices would hand to the system while
// it is installed (the "file" scheme's handler).
class FileProgram : public QObject {
    Q_OBJECT
public:
    FileProgram();
    ~FileProgram() override;
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// Files to upload, in a temporary directory.
class SourceFiles {
public:
    QString write(const QString &name, const QByteArray &bytes);

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString &path);

// Fills in and confirms "New document" in the pane; returns the new
// document's id (empty when the dialog stayed open).
QString createDocument(client::DocumentsPane &pane, const QString &title, const QString &category,
                       const QString &tags, const QString &file);

// Drops files on a widget as a file manager would.
bool dropFiles(QWidget *target, const QStringList &paths, const QPoint &at = {5, 5});

// The text of the list's cell for a document.
QString listCell(client::DocumentsPane &pane, const QString &documentId, int column);

} // namespace hn::test
