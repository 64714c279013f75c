// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/NewDocumentDialog.h"

#include "client/ui/documents/DocumentForm.h"
#include "client/ui/documents/DocumentTransfers.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace hn::client {

NewDocumentDialog::NewDocumentDialog(Workspace &workspace, DocumentTransfers &transfers,
                                     const QString &preferredSpaceId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_transfers(transfers)
    , m_form(new DocumentForm(this))
    , m_space(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New document"));

    QList<std::pair<QString, QString>> spaces; // name, id
    for (const QString &id : m_workspace.permissions().writableSpaceIds()) {
        const std::optional<common::Record> space = m_workspace.replica().record(id);
        spaces.append({space ? space->fields.value(QStringLiteral("name")).toString() : id, id});
    }
    std::sort(spaces.begin(), spaces.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : spaces)
        m_space->addItem(name, id);
    m_space->setCurrentIndex(std::max(0, m_space->findData(preferredSpaceId)));
    m_form->addRow(tr("A&rea:"), m_space, QStringLiteral("space_id"));

    auto *fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_file->setPlaceholderText(tr("Optional: the first file"));
    m_file->setAccessibleName(tr("First file"));
    auto *browse =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Browse…"), fileRow);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    m_form->addRow(tr("&File:"), fileRow, QStringLiteral("file"));
    connect(browse, &QPushButton::clicked, this, &NewDocumentDialog::browse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewDocumentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewDocumentDialog::reject);
    setTabOrder(m_form->descriptionEdit(), m_space);
    setTabOrder(m_space, m_file);
    setTabOrder(m_file, browse);
    m_form->titleEdit()->setFocus();
}

QPushButton *NewDocumentDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewDocumentDialog::browse() {
    auto *dialog = new QFileDialog(this, tr("Choose the first file"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_file->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void NewDocumentDialog::accept() {
    const QString spaceId = m_space->currentData().toString();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    common::Record document;
    try {
        const QJsonObject fields = m_form->checkedFields(QString());
        if (spaceId.isEmpty()) {
            throw common::Error::invalidArgument(
                QStringLiteral("space_id"), tr("There is no area in which you may add documents."));
        }
        if (!path.isEmpty() && !QFileInfo(path).isFile()) {
            throw common::Error::invalidArgument(QStringLiteral("file"),
                                                 tr("There is no file %1.").arg(m_file->text()));
        }
        document = m_workspace.create(common::EntityType::Document, spaceId, fields);
    } catch (const common::Error &error) {
        m_form->showError(error);
        return;
    }
    if (!path.isEmpty()) {
        try {
            m_transfers.upload(document.meta.id, path, QString());
        } catch (const common::Error &error) {
            Q_EMIT uploadFailed(document.meta.id, error.describe());
        }
    }
    Q_EMIT created(document.meta.id);
    QDialog::accept();
}

} // namespace hn::client
