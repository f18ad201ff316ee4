// Unicode character classes the lexer and the regular-expression validator need. The tables are
// generated data (scripts/gen-unicode-tables.js, from the Unicode version of the node on the machine
// that ran it) and are looked up by binary search over sorted code-point ranges.
#pragma once
#include <cstdint>

namespace kiln::unicode {

/// ID_Start (identifier start), excluding '$' and '_' which the lexer handles itself.
bool isIDStart(uint32_t codePoint);
/// ID_Continue (identifier part), excluding '$', ZWNJ and ZWJ which the lexer handles itself.
bool isIDContinue(uint32_t codePoint);
/// General category Zs (space separator): with TAB, VT, FF, ZWNBSP this is ECMAScript WhiteSpace.
bool isSpaceSeparator(uint32_t codePoint);

} // namespace kiln::unicode
