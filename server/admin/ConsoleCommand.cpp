// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/ConsoleCommand.h"

#include "server/admin/ConsoleText.h"

namespace hn::server {

ConsoleCommand::ConsoleCommand(ConsoleContext &context, const QStringList &arguments,
                               int commandWords)
    : m_context(context)
    , m_words(arguments.mid(0, commandWords))
    , m_rest(arguments.mid(commandWords)) {
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("json"), tr("Print JSON for scripts instead of tables.")});
}

void ConsoleCommand::addOption(const QCommandLineOption &option) {
    m_parser.addOption(option);
}

void ConsoleCommand::addPositional(const QString &name, const QString &description,
                                   const QString &syntax) {
    m_parser.addPositionalArgument(name, description, syntax);
    ++m_declared;
}

QString ConsoleCommand::name() const {
    return QStringLiteral("helfernetz-admin ") + m_words.join(u' ');
}

bool ConsoleCommand::parse(const QString &synopsis, const QString &description,
                           qsizetype required) {
    m_parser.setApplicationDescription(tr("Usage: %1 %2").arg(name(), synopsis)
                                       + QStringLiteral("\n\n") + description);
    // QCommandLineParser takes the first entry as the program's name.
    if (!m_parser.parse(QStringList{name()} + m_rest)) {
        throw UsageError(m_parser.errorText());
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt's own first line names the program file and not the command;
        // the description starts with the command's usage instead.
        const QString help = m_parser.helpText();
        ConsoleText::out(help.mid(help.indexOf(u'\n') + 1));
        m_exitCode = AdminOk;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("json")))
        m_context.json = true;
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < required) {
        throw UsageError(tr("missing arguments; usage: %1 %2").arg(name(), synopsis));
    }
    if (given > m_declared) {
        throw UsageError(tr("unexpected argument '%1'; usage: %2 %3")
                             .arg(m_parser.positionalArguments().at(m_declared), name(), synopsis));
    }
    return true;
}

QString ConsoleCommand::positional(qsizetype index) const {
    const QStringList given = m_parser.positionalArguments();
    return index < given.size() ? given.at(index) : QString();
}

CommandGroup::CommandGroup(QString noun, QString description, QList<Verb> verbs)
    : m_noun(std::move(noun))
    , m_description(std::move(description))
    , m_verbs(std::move(verbs)) {}

QString CommandGroup::helpText() const {
    QString text = tr("Usage: helfernetz-admin %1 <command> [options]").arg(m_noun)
                   + QStringLiteral("\n\n") + m_description + QStringLiteral("\n\n")
                   + tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const Verb &verb : m_verbs)
        width = std::max(width, verb.name.size());
    for (const Verb &verb : m_verbs)
        text += QStringLiteral("  ") + verb.name.leftJustified(width + 2) + verb.summary + u'\n';
    text += u'\n'
            + tr("Run 'helfernetz-admin %1 <command> --help' for a command's options.").arg(m_noun)
            + u'\n';
    return text;
}

int CommandGroup::run(ConsoleContext &context, const QStringList &arguments) const {
    const QString verb = arguments.value(1);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        ConsoleText::out(helpText());
        return AdminOk;
    }
    for (const Verb &candidate : m_verbs) {
        if (candidate.name == verb)
            return candidate.handler(context, arguments);
    }
    ConsoleText::err((verb.isEmpty()
                          ? tr("helfernetz-admin %1: a command is missing").arg(m_noun)
                          : tr("helfernetz-admin %1: unknown command '%2'").arg(m_noun, verb))
                     + QStringLiteral("\n\n") + helpText());
    return AdminUsage;
}

} // namespace hn::server
