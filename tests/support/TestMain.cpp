// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every non-GUI test program: a QCoreApplication (Qt SQL and
// event-driven code need one) around Catch2's session. Catch's --rng-seed
// is the one seed for test randomness, printed on failure so runs replay.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
