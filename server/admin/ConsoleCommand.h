// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <functional>

namespace hn::server {

// One console command's own command line: its options, positional
// arguments and --help. `arguments` starts with the command's words
// ("users", "set-role"); the rest is parsed. --json is accepted after the
// command words too.
class ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(ConsoleCommand)
public:
    ConsoleCommand(ConsoleContext &context, const QStringList &arguments, int commandWords);

    void addOption(const QCommandLineOption &option);
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    // Parses. Returns false when the command must stop with exitCode():
    // help was printed (0) or the line is wrong (1, printed). At least
    // `required` positional arguments must be given, and no more than were
    // declared.
    bool parse(const QString &synopsis, const QString &description, qsizetype required);
    int exitCode() const { return m_exitCode; }

    QString positional(qsizetype index) const;
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    bool json() const { return m_context.json; }
    ConsoleContext &context() { return m_context; }
    // "helfernetz-admin users set-role"
    QString name() const;

private:
    ConsoleContext &m_context;
    QStringList m_words;
    QStringList m_rest;
    QCommandLineParser m_parser;
    qsizetype m_declared = 0;
    int m_exitCode = AdminOk;
};

// A noun's commands ("users list", "users show", ...): picks the verb, and
// lists the verbs for `<noun> --help` or a missing or unknown verb.
class CommandGroup {
    Q_DECLARE_TR_FUNCTIONS(CommandGroup)
public:
    using Handler = std::function<int(ConsoleContext &, const QStringList &)>;
    struct Verb {
        QString name;
        QString summary;
        Handler handler;
    };

    CommandGroup(QString noun, QString description, QList<Verb> verbs);
    int run(ConsoleContext &context, const QStringList &arguments) const;

private:
    QString helpText() const;

    QString m_noun;
    QString m_description;
    QList<Verb> m_verbs;
};

} // namespace hn::server
