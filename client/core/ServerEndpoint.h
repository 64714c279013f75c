// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

namespace grpc {
class Channel;
}

namespace hn::client {

// Where the server is and how to talk to it securely.
//
// Address forms: "https://host:port" (TLS), "http://host:port" (plaintext),
// or "host:port": plaintext on a loopback address (the local demo), TLS
// everywhere else. Plaintext to a non-loopback address is refused unless
// `allowInsecure` is set.
struct ServerEndpoint {
    QString address = QStringLiteral("127.0.0.1:50051");
    // PEM file with the CA that signed a private server certificate; empty
    // means the system's trusted CAs.
    QString caFile;
    bool allowInsecure = false;

    bool usesTls() const;
    // host:port without the scheme.
    QString target() const;
    // Throws common::Error (InvalidArgument naming "server" or "ca_file",
    // FailedPrecondition for refused plaintext).
    std::shared_ptr<grpc::Channel> createChannel() const;
};

} // namespace hn::client
