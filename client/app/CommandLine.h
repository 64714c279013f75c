// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/session/ClientSession.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hn::client {

// The command line of `helfernetz`:
//   --server HOST:PORT --ca-file F --email E   prefill (or, with
//   --password-file F, log in without asking; the demo does)
//   --profile-dir DIR --offline                 open a profile without the server
//   --report-first-paint                        print start-up time and memory, quit
//   --language de|en                            this start only
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(hn::client::CommandLine)
public:
    // Parses; --help and --version print and exit. Throws common::Error
    // (InvalidArgument naming the option) for bad values and an unreadable
    // password file.
    explicit CommandLine(const QStringList &arguments);

    // The --language value, read before the full parse so that --help and
    // the parser's errors already speak it; empty if not given.
    static QString languageOf(const QStringList &arguments);

    const ClientSession::Options &session() const { return m_session; }
    // Empty: the saved preference.
    const QString &language() const { return m_language; }
    bool reportFirstPaint() const { return m_reportFirstPaint; }

private:
    static QString readPassword(const QString &path);

    ClientSession::Options m_session;
    QString m_language;
    bool m_reportFirstPaint = false;
};

} // namespace hn::client
