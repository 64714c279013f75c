// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace hn::client {

// One blocking call to the server (AuthClient: login, WhoAmI, logout,
// access request) run on Qt's thread pool, its outcome handed back on the
// UI thread. The UI never waits for the network. If `context` is deleted
// before the call returns (a dialog closed), the outcome is dropped; the
// call itself finishes on its thread.
class ServerCall {
public:
    template <typename T> struct Outcome {
        std::optional<T> value;
        std::optional<common::Error> error;
    };

    template <typename T>
    static void run(QObject *context, std::function<T()> work, std::function<void(T)> done,
                    std::function<void(const common::Error &)> failed) {
        auto *watcher = new QFutureWatcher<Outcome<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, done = std::move(done), failed = std::move(failed)] {
                             Outcome<T> outcome = watcher->result();
                             watcher->deleteLater();
                             if (outcome.error)
                                 failed(*outcome.error);
                             else
                                 done(std::move(*outcome.value));
                         });
        auto promise = std::make_shared<QPromise<Outcome<T>>>();
        watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
            Outcome<T> outcome;
            try {
                outcome.value = work();
            } catch (const common::Error &error) {
                outcome.error = error;
            } catch (const std::exception &error) {
                outcome.error = common::Error::internal(QString::fromLocal8Bit(error.what()));
            }
            promise->addResult(std::move(outcome));
            promise->finish();
        });
    }
};

} // namespace hn::client
