// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/documents/DocumentTesting.h"

#include "client/ui/documents/DocumentForm.h"
#include "client/ui/documents/NewDocumentDialog.h"
#include "client/ui/models/RecordListModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

namespace hn::test {

FileProgram::FileProgram() {
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open");
}

FileProgram::~FileProgram() {
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

QString SourceFiles::write(const QString &name, const QByteArray &bytes) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString createDocument(client::DocumentsPane &pane, const QString &title, const QString &category,
                       const QString &tags, const QString &file) {
    REQUIRE(pane.newDocumentAction()->isEnabled());
    pane.newDocumentAction()->trigger();
    auto *dialog = pane.findChild<client::NewDocumentDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    client::DocumentForm *form = dialog->form();
    QTest::keyClicks(form->titleEdit(), title);
    form->categoryBox()->setCurrentIndex(form->categoryBox()->findData(category));
    QTest::keyClicks(form->tagsEdit(), tags);
    QTest::keyClicks(dialog->fileEdit(), QDir::toNativeSeparators(file));
    QString created;
    QObject::connect(dialog, &client::NewDocumentDialog::created,
                     [&created](const QString &id) { created = id; });
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    return created;
}

bool dropFiles(QWidget *target, const QStringList &paths, const QPoint &at) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QString listCell(client::DocumentsPane &pane, const QString &documentId, int column) {
    const int row = pane.model()->rowOf(documentId);
    if (row < 0)
        return {};
    return pane.model()->index(row, column).data().toString();
}

} // namespace hn::test
