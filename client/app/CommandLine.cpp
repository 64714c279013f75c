// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/app/CommandLine.h"

#include "common/Error.h"

#include <QCommandLineParser>
#include <QFile>

namespace hn::client {

CommandLine::CommandLine(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Helfernetz: contacts, documents and discussions of the network, online and offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), tr("Server address (host:port)."),
                                    tr("address"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("CA file (PEM) for a server with a private certificate."),
                                    tr("file"));
    const QCommandLineOption email(QStringLiteral("email"), tr("E-mail address to log in with."),
                                   tr("e-mail"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        tr("Log in without the dialog, with the password in this file (its first line)."),
        tr("file"));
    const QCommandLineOption profileDir(QStringLiteral("profile-dir"),
                                        tr("The profile directory to open (with --offline)."),
                                        tr("directory"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Open the profile without contacting the server."));
    const QCommandLineOption reportFirstPaint(
        QStringLiteral("report-first-paint"),
        tr("Print first-paint-ms=<ms since process start> rss-kb=<kB> once the first rows are "
           "painted, then quit (start-up benchmark)."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language of this start: de or en."), tr("language"));
    parser.addOptions(
        {server, caFile, email, passwordFile, profileDir, offline, reportFirstPaint, language});
    parser.process(arguments);

    m_session.server = parser.value(server).trimmed();
    m_session.caFile = parser.value(caFile).trimmed();
    m_session.email = parser.value(email).trimmed();
    if (parser.isSet(passwordFile)) {
        if (m_session.server.isEmpty() || m_session.email.isEmpty())
            throw common::Error::invalidArgument(
                QStringLiteral("password-file"),
                tr("--password-file needs --server and --email as well."));
        m_session.password = readPassword(parser.value(passwordFile));
    }
    m_session.offline = parser.isSet(offline);
    m_session.profileDirectory = parser.value(profileDir);
    if (!m_session.profileDirectory.isEmpty() && !m_session.offline)
        throw common::Error::invalidArgument(
            QStringLiteral("profile-dir"),
            tr("--profile-dir opens a profile offline; add --offline."));
    m_reportFirstPaint = parser.isSet(reportFirstPaint);
    m_session.forceShow = m_reportFirstPaint;
    m_language = parser.value(language);
    if (!m_language.isEmpty() && m_language != QStringLiteral("de")
        && m_language != QStringLiteral("en"))
        throw common::Error::invalidArgument(
            QStringLiteral("language"),
            tr("\"%1\" is not offered; choose de or en.").arg(m_language));
}

QString CommandLine::languageOf(const QStringList &arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QStringLiteral("--language=")))
            return argument.mid(11);
        if (argument == QStringLiteral("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

QString CommandLine::readPassword(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw common::Error::invalidArgument(
            QStringLiteral("password-file"),
            tr("cannot read %1: %2").arg(path, file.errorString()));
    // The first line, without its line break; the password itself is used
    // as written (no trimming of spaces inside it).
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        throw common::Error::invalidArgument(QStringLiteral("password-file"),
                                             tr("%1 holds no password").arg(path));
    return QString::fromUtf8(line);
}

} // namespace hn::client
