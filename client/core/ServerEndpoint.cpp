// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ServerEndpoint.h"

#include "common/Error.h"

#include <QFile>
#include <QHostAddress>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

namespace hn::client {

using common::Error;

namespace {

const QString kHttps = QStringLiteral("https://");
const QString kHttp = QStringLiteral("http://");

QString hostOf(const QString &target) {
    if (target.startsWith(u'['))
        return target.mid(1, target.indexOf(u']') - 1);
    const qsizetype colon = target.lastIndexOf(u':');
    return colon < 0 ? target : target.left(colon);
}

bool isLoopbackHost(const QString &host) {
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString ServerEndpoint::target() const {
    if (address.startsWith(kHttps))
        return address.mid(kHttps.size());
    if (address.startsWith(kHttp))
        return address.mid(kHttp.size());
    return address;
}

bool ServerEndpoint::usesTls() const {
    if (address.startsWith(kHttps))
        return true;
    if (address.startsWith(kHttp))
        return false;
    return !isLoopbackHost(hostOf(target()));
}

std::shared_ptr<grpc::Channel> ServerEndpoint::createChannel() const {
    const QString hostPort = target();
    if (hostPort.isEmpty() || !hostPort.contains(u':')) {
        throw Error::invalidArgument(QStringLiteral("server"),
                                     QStringLiteral("'%1' is not host:port").arg(address));
    }
    grpc::ChannelArguments arguments;
    // Keep idle connections alive through NAT routers, and notice a dead
    // server within a minute instead of at the next call's timeout.
    arguments.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 30000);
    arguments.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10000);
    arguments.SetMaxReceiveMessageSize(64 * 1024 * 1024);

    std::shared_ptr<grpc::ChannelCredentials> credentials;
    if (usesTls()) {
        grpc::SslCredentialsOptions options;
        if (!caFile.isEmpty()) {
            QFile file(caFile);
            if (!file.open(QIODevice::ReadOnly)) {
                throw Error::invalidArgument(QStringLiteral("ca_file"),
                                             QStringLiteral("cannot read %1").arg(caFile));
            }
            options.pem_root_certs = file.readAll().toStdString();
        }
        credentials = grpc::SslCredentials(options);
    } else {
        if (!isLoopbackHost(hostOf(hostPort)) && !allowInsecure) {
            throw Error::failedPrecondition(
                QStringLiteral("refusing to send passwords unencrypted to %1; use https:// or "
                               "allow insecure connections explicitly")
                    .arg(hostPort));
        }
        credentials = grpc::InsecureChannelCredentials();
    }
    return grpc::CreateCustomChannel(hostPort.toStdString(), credentials, arguments);
}

} // namespace hn::client
