// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string_view>

// Checks for values that arrive from outside (the wire, the console, a file).
// Each check names the field in the Error it throws, so a person learns which
// input to fix and why. The wire carries user text as bytes (see
// ARCHITECTURE.md, "Text on the wire"), so UTF-8 validity is checked here.
namespace hn::common::validation {

struct TextRule {
    qsizetype maxChars = 200;
    bool required = true;
    // Allows line feeds and tabs (notes, messages); other control
    // characters are refused everywhere.
    bool multiline = false;
};

// Decodes UTF-8 and checks it against the rule; trims surrounding white
// space of single-line text. Throws Error::invalidArgument(field, ...).
QString text(const QString &field, std::string_view utf8, TextRule rule);

// A plausible e-mail address, at most 254 characters; returned trimmed and
// lower-cased (logins are case-insensitive).
QString email(const QString &field, std::string_view utf8);

// A password as given at login: valid UTF-8, 1 to kMaxPasswordBytes bytes.
// Never trimmed or normalised; the bytes are what is hashed.
std::string_view loginPassword(const QString &field, std::string_view bytes);

// A password being set: like loginPassword, plus at least
// kMinPasswordChars characters.
std::string_view newPassword(const QString &field, std::string_view bytes);

// A phone number as people write them: digits with spaces, "+", "-", "/",
// "(", ")" and an optional extension; 3 to 40 characters, at least 3 digits.
// Returned trimmed, otherwise as typed ("+49 6221 12345-0").
QString phone(const QString &field, std::string_view utf8);

// A UUID in canonical form (lower-case hex with dashes, no braces).
QString uuid(const QString &field, std::string_view text);

inline constexpr qsizetype kMaxPasswordBytes = 1024;
inline constexpr qsizetype kMinPasswordChars = 10;
inline constexpr qsizetype kMaxEmailChars = 254;

} // namespace hn::common::validation
