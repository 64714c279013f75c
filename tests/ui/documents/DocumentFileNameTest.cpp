// SPDX-License-Identifier: GPL-3.0-or-later
// File names from other devices made safe for Windows and Linux, and
// programs or scripts recognised so that they are never opened.
#include "client/ui/documents/DocumentFileName.h"

#include <catch2/catch.hpp>

using hn::client::DocumentFileName;

TEST_CASE("DocumentFileName: names are safe on Windows and Linux", "[ui][documents]") {
    const QString fallback = QStringLiteral("v-123");
    CHECK(DocumentFileName::safe(QStringLiteral("Flyer Juni.pdf"), fallback) == u"Flyer Juni.pdf");
    // Directory parts of any system go.
    CHECK(DocumentFileName::safe(QStringLiteral("C:\\Users\\x\\Antrag.docx"), fallback)
          == u"Antrag.docx");
    CHECK(DocumentFileName::safe(QStringLiteral("../../etc/passwd"), fallback) == u"passwd");
    // Characters Windows refuses, control characters.
    CHECK(DocumentFileName::safe(QStringLiteral("a:b*c?d\"e<f>g|h.txt"), fallback)
          == u"a_b_c_d_e_f_g_h.txt");
    CHECK(DocumentFileName::safe(QStringLiteral("zeile\nzwei\t.txt"), fallback)
          == u"zeile_zwei_.txt");
    // Trailing dots and spaces (Windows drops them).
    CHECK(DocumentFileName::safe(QStringLiteral("bericht.pdf. . "), fallback) == u"bericht.pdf");
    // Reserved device names, with or without extension, any case.
    CHECK(DocumentFileName::safe(QStringLiteral("CON"), fallback) == u"_CON");
    CHECK(DocumentFileName::safe(QStringLiteral("nul.txt"), fallback) == u"_nul.txt");
    CHECK(DocumentFileName::safe(QStringLiteral("Com1.pdf"), fallback) == u"_Com1.pdf");
    CHECK(DocumentFileName::safe(QStringLiteral("LPT9"), fallback) == u"_LPT9");
    CHECK(DocumentFileName::safe(QStringLiteral("CONTACTS.txt"), fallback) == u"CONTACTS.txt");
    CHECK(DocumentFileName::safe(QStringLiteral("COM10.txt"), fallback) == u"COM10.txt");
    // Nothing left: the fallback.
    CHECK(DocumentFileName::safe(QString(), fallback) == fallback);
    CHECK(DocumentFileName::safe(QStringLiteral("..."), fallback) == fallback);
    CHECK(DocumentFileName::safe(QStringLiteral("dir/"), fallback) == fallback);
}

TEST_CASE("DocumentFileName: programs and scripts are recognised", "[ui][documents]") {
    for (const char *name : {"setup.exe",   "RECHNUNG.PDF.EXE",
                             "start.bat",   "x.cmd",
                             "i.msi",       "p.msp",
                             "s.scr",       "p.pif",
                             "c.cpl",       "l.lnk",
                             "u.url",       "h.hta",
                             "a.js",        "a.jse",
                             "v.vbs",       "v.vbe",
                             "w.wsf",       "w.wsh",
                             "p.ps1",       "m.psm1",
                             "j.jar",       "r.reg",
                             "c.com",       "d.application",
                             "a.appref-ms", "run.sh",
                             "app.desktop", "x.AppImage",
                             "i.run",       "f.bin",
                             "trick.exe.",  "trick.bat  "}) {
        INFO(name);
        CHECK(DocumentFileName::isRunnable(QString::fromUtf8(name)));
    }
    for (const char *name : {"flyer.pdf", "liste.txt", "exe", "bild.png", "brief.docx",
                             "tabelle.xlsx", "archiv.zip", "notes.sh.txt", "noext"}) {
        INFO(name);
        CHECK_FALSE(DocumentFileName::isRunnable(QString::fromUtf8(name)));
    }
}
