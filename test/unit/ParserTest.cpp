// Unit tests of the frontend's building blocks: source positions, UTF-8 repair, number
// scanning, and the parser's error reporting and depth bound.
#include <gtest/gtest.h>

#include <cmath>

#include "frontend/ast/ASTJson.h"
#include "frontend/lexer/Lexer.h"
#include "frontend/parser/Parser.h"
#include "frontend/support/SourceFile.h"

using namespace kiln;

namespace {

double scanNumber(const char *text) {
  SourceFile file = SourceFile::fromText("t.js", text);
  Arena arena;
  Lexer lexer(file, arena, false);
  Token token;
  lexer.next(token);
  EXPECT_EQ(token.kind, TokenKind::Number) << text;
  return token.number;
}

bool parses(const char *text, bool module = false, SyntaxError *errorOut = nullptr) {
  SourceFile file = SourceFile::fromText("t.js", text);
  Arena arena;
  SyntaxError error;
  ParseOptions options;
  options.module = module;
  bool ok = parseProgram(file, arena, options, error) != nullptr;
  if (errorOut)
    *errorOut = error;
  return ok;
}

} // namespace

TEST(SourceFile, LinesAndUtf16Columns) {
  SourceFile file = SourceFile::fromText("t.js", "a\r\nb\u2028c\n\xF0\x9F\x98\x80x");
  EXPECT_EQ(file.locate(0).line, 1u);
  EXPECT_EQ(file.locate(3).line, 2u);
  EXPECT_EQ(file.locate(7).line, 3u); // after U+2028 (3 bytes)
  // The emoji is 4 bytes but 2 UTF-16 units: 'x' is at column 2 of line 4.
  LineColumn lc = file.locate(uint32_t(file.text().size() - 1));
  EXPECT_EQ(lc.line, 4u);
  EXPECT_EQ(lc.column, 2u);
  EXPECT_EQ(file.utf16Offset(uint32_t(file.text().size())), 10u);
}

TEST(SourceFile, InvalidUtf8IsReplacedLikeNode) {
  // A lone continuation byte and a truncated sequence each become one U+FFFD.
  SourceFile file = SourceFile::fromText("t.js", "'\x80\xE2\x82'");
  EXPECT_EQ(file.text(), "'\xEF\xBF\xBD\xEF\xBF\xBD'");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(scanNumber("0x10"), 16);
  EXPECT_EQ(scanNumber("0o17"), 15);
  EXPECT_EQ(scanNumber("0b101"), 5);
  EXPECT_EQ(scanNumber("1_000_000"), 1000000);
  EXPECT_EQ(scanNumber("017"), 15);    // legacy octal
  EXPECT_EQ(scanNumber("019"), 19);    // non-octal decimal
  EXPECT_EQ(scanNumber(".5e1"), 5);
  EXPECT_EQ(scanNumber("9007199254740993"), 9007199254740992.0); // round to even
  EXPECT_EQ(scanNumber("0x20000000000001"), 9007199254740992.0);
  EXPECT_TRUE(std::isinf(scanNumber("1e400")));
  EXPECT_EQ(scanNumber("1e-400"), 0);
}

TEST(Parser, AcceptsAndRejects) {
  EXPECT_TRUE(parses("let a = 1; a ??= 2; a?.b?.(c)?.[d];"));
  EXPECT_TRUE(parses("class A { #x; static { this.#x; } has(o) { return #x in o; } }"));
  EXPECT_TRUE(parses("await 1; export const x = import.meta;", true));
  EXPECT_FALSE(parses("let a; let a;"));
  EXPECT_FALSE(parses("a ?? b || c"));
  EXPECT_FALSE(parses("class A { m() { this.#y } }"));
  EXPECT_FALSE(parses("({a = 1})"));
  EXPECT_FALSE(parses("'use strict'; with (a) {}"));
  EXPECT_FALSE(parses("import.meta"));
}

TEST(Parser, ErrorOffsetPointsAtOffendingToken) {
  SyntaxError error;
  ASSERT_FALSE(parses("let x = 1;\nlet x = 2;", false, &error));
  EXPECT_EQ(error.offset, 15u);
  EXPECT_NE(error.message.find("already been declared"), std::string::npos);
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '(');
  SyntaxError error;
  EXPECT_FALSE(parses(deep.c_str(), false, &error));
  EXPECT_NE(error.message.find("nesting is too deep"), std::string::npos);
}

TEST(AstJson, EscapesLoneSurrogatesLikeJsonStringify) {
  SourceFile file = SourceFile::fromText("t.js", "'\\uD800'");
  Arena arena;
  SyntaxError error;
  ast::Program *program = parseProgram(file, arena, {}, error);
  ASSERT_NE(program, nullptr);
  std::string json;
  ast::dumpJSON(program, file, json);
  EXPECT_NE(json.find("\"value\":\"\\ud800\""), std::string::npos) << json;
}
