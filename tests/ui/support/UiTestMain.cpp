// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of GUI test programs: a QApplication on the offscreen
// platform unless the environment names another (Debian's Catch2 runs each
// test program at build time to list its tests, without a display).
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
