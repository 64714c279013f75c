// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled icon theme answers every freedesktop name the window uses,
// with a drawn (not empty) icon, also where the system has no theme.
#include "client/ui/icons/IconTheme.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <catch2/catch.hpp>

using namespace hn;

namespace {

// The share of pixels that are not transparent.
double inkOf(const QIcon &icon, int size) {
    const QImage image = icon.pixmap(QSize(size, size)).toImage();
    if (image.isNull())
        return 0;
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                ++ink;
    return double(ink) / (image.width() * image.height());
}

} // namespace

TEST_CASE("icons: every bundled icon loads by its name and draws something, at any size") {
    client::IconTheme::install();
    QStringList names;
    QDirIterator files(QStringLiteral(":/icons/helfernetz/scalable"), {QStringLiteral("*.svg")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        names.append(QFileInfo(files.next()).completeBaseName());
    REQUIRE(names.size() >= 40);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QIcon icon = QIcon::fromTheme(name);
        REQUIRE_FALSE(icon.isNull());
        CHECK(inkOf(icon, 24) > 0.03);
        // Scalable: a high-DPI size is drawn, not scaled up from 24 px.
        CHECK(icon.pixmap(QSize(96, 96)).width() == 96);
    }
}

TEST_CASE("icons: the names the window relies on are all bundled") {
    client::IconTheme::install();
    const char *required[] = {"list-add",
                              "document-new",
                              "document-edit",
                              "edit-delete",
                              "edit-copy",
                              "edit-find",
                              "mail-send",
                              "mail-reply-sender",
                              "document-open",
                              "document-save-as",
                              "go-up",
                              "folder-download",
                              "emblem-favorite",
                              "object-locked",
                              "object-unlocked",
                              "view-refresh",
                              "network-offline",
                              "network-idle",
                              "dialog-warning",
                              "dialog-error",
                              "dialog-information",
                              "system-log-out",
                              "preferences-system",
                              "user-available",
                              "contact-new",
                              "x-office-document",
                              "mail-message-new",
                              "view-pin",
                              "edit-undo",
                              "document-properties",
                              "emblem-important",
                              "helfernetz"};
    for (const char *name : required) {
        INFO(name);
        CHECK_FALSE(QIcon::fromTheme(QString::fromLatin1(name)).isNull());
    }
    CHECK_FALSE(client::IconTheme::applicationIcon().isNull());
}
