// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <grpcpp/server_context.h>
#include <grpcpp/support/server_callback.h>
#include <mutex>
#include <optional>
#include <string>

namespace hn::server {

// The write side shared by the server's streams (callback API): one write
// in flight at a time, the next message taken from the subclass when it is
// done, and an end that waits for the write in flight. Subclasses keep
// their pending state under mutex() and call sendNextLocked() when it grew;
// they still implement OnDone (unregister, then delete this).
template <typename Response> class StreamWriter : public grpc::ServerWriteReactor<Response> {
public:
    explicit StreamWriter(grpc::CallbackServerContext *context)
        : m_context(context) {}

    // Ends the stream (any thread; later calls are ignored). `sessionEnd`:
    // the hn-session-end trailer (auth.proto) when the stream ends because
    // its session did; empty otherwise.
    void end(const grpc::Status &status, const std::string &sessionEnd = {}) {
        std::lock_guard lock(m_mutex);
        if (m_finished)
            return;
        m_finished = true;
        // Trailing metadata must be added before Finish, which may come
        // later (after the write in flight); the context lives until OnDone.
        if (!sessionEnd.empty())
            m_context->AddTrailingMetadata("hn-session-end", sessionEnd);
        if (m_writing)
            m_finishAfterWrite = status;
        else
            this->Finish(status);
    }

    void OnWriteDone(bool ok) override {
        std::lock_guard lock(m_mutex);
        m_writing = false;
        if (m_finishAfterWrite) {
            this->Finish(*m_finishAfterWrite);
            return;
        }
        if (!ok) {
            // The client went away; OnCancel/OnDone follow.
            m_finished = true;
            this->Finish(grpc::Status::CANCELLED);
            return;
        }
        sendNextLocked();
    }

    void OnCancel() override { end(grpc::Status::CANCELLED); }

protected:
    // Fills `message` (cleared) with the next one to send; false if there
    // is none. Called with mutex() held.
    virtual bool takeNextLocked(Response &message) = 0;

    std::mutex &mutex() { return m_mutex; }
    // With mutex() held.
    bool finishedLocked() const { return m_finished; }
    bool writingLocked() const { return m_writing; }

    // Starts the next write unless one is in flight or the stream ended.
    void sendNextLocked() {
        if (m_writing || m_finished)
            return;
        m_message.Clear();
        if (!takeNextLocked(m_message))
            return;
        m_writing = true;
        this->StartWrite(&m_message);
    }

private:
    grpc::CallbackServerContext *m_context;
    std::mutex m_mutex;
    bool m_writing = false;
    bool m_finished = false;
    std::optional<grpc::Status> m_finishAfterWrite;
    Response m_message; // must live until OnWriteDone
};

} // namespace hn::server
