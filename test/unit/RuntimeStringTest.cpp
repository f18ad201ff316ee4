// Tests for strings (runtime/string/String.h): the Latin-1/UTF-16 representation invariant,
// WTF-8 literals, ropes and their flattening, comparison by code units, interning, UTF-8 output.
#include "RuntimeTestSupport.h"

#include "kiln/RuntimeFunctions.h"

using namespace kiln::rt;
using namespace kiln::rt::test;

namespace {

using RuntimeStringTest = RuntimeTest;

TEST_F(RuntimeStringTest, Latin1WhenEveryUnitFits) {
  String *a = newStringFromUTF8("caf\xC3\xA9");  // "café": é is U+00E9
  EXPECT_TRUE(a->isLatin1());
  EXPECT_EQ(a->length, 4u);
  EXPECT_EQ(charAt(a, 3), 0xE9);
  String *b = newStringFromUTF8("\xE2\x82\xAC");  // € U+20AC
  EXPECT_FALSE(b->isLatin1());
  EXPECT_EQ(charAt(b, 0), 0x20AC);
  const char16_t narrow[] = {u'a', 0xFF};
  EXPECT_TRUE(newStringUTF16(narrow, 2)->isLatin1());
}

TEST_F(RuntimeStringTest, LiteralsDecodeWTF8) {
  // U+1F600 as a surrogate pair, and a lone surrogate U+D800 encoded as three bytes (WTF-8).
  const char text[] = "\xF0\x9F\x98\x80|\xED\xA0\x80";
  String *s = newStringFromUTF8(text, sizeof text - 1);
  ASSERT_EQ(s->length, 4u);
  EXPECT_EQ(charAt(s, 0), 0xD83D);
  EXPECT_EQ(charAt(s, 1), 0xDE00);
  EXPECT_EQ(charAt(s, 2), u'|');
  EXPECT_EQ(charAt(s, 3), 0xD800);
  EXPECT_EQ(codePointAt(s, 0), 0x1F600u);
  // Output replaces the lone surrogate with U+FFFD, as node does when writing to a stream.
  EXPECT_EQ(toUTF8(s), "\xF0\x9F\x98\x80|\xEF\xBF\xBD");
}

TEST_F(RuntimeStringTest, StaticLiteralsBecomeTheInternedStrings) {
  // A literal as codegen emits it: a flat String cell in static data, registered at start-up.
  static const uint8_t chars[] = "kiln static literal";
  static String literal;
  literal.kind = CellKind::String;
  literal.bits = String::Latin1;
  literal.length = sizeof chars - 1;
  literal.chars.latin1 = chars;
  String *const literals[] = {&literal};
  registerStaticLiterals(literals, 1);
  EXPECT_TRUE(literal.isInterned());
  EXPECT_EQ(internUTF8("kiln static literal"), &literal);
  EXPECT_EQ(keyFromString(newStringFromUTF8("kiln static literal")).cell, cellValue(&literal));
}

TEST_F(RuntimeStringTest, ConcatenationMakesRopesAndFlattens) {
  String *s = emptyString();
  std::string expected;
  for (int i = 0; i < 2000; ++i) {  // deep left-leaning rope: flattening must not recurse
    std::string piece = "piece" + std::to_string(i) + ";";
    s = concat(s, newStringFromUTF8(piece)).value();
    expected += piece;
  }
  EXPECT_TRUE(s->isRope());
  EXPECT_EQ(s->length, expected.size());
  EXPECT_EQ(toUTF8(s), expected);
  EXPECT_FALSE(s->isRope());
}

TEST_F(RuntimeStringTest, ConcatenationKeepsWidths) {
  String *latin = newStringFromUTF8(std::string(30, 'a'));
  String *wide = newStringFromUTF8("\xE2\x82\xAC");
  String *mixed = concat(latin, wide).value();
  EXPECT_FALSE(mixed->isLatin1());
  EXPECT_EQ(charAt(mixed, 30), 0x20AC);
  EXPECT_EQ(charAt(mixed, 0), u'a');
  EXPECT_TRUE(concat(latin, latin).value()->isLatin1());
}

TEST_F(RuntimeStringTest, TooLongConcatenationThrowsRangeError) {
  String *big = newStringFromUTF8(std::string(1 << 20, 'x'));
  String *s = big;
  Result<String *> r = s;
  for (int i = 0; i < 12 && !r.isThrown(); ++i) r = concat(r.value(), r.value());
  ASSERT_TRUE(r.isThrown());
  EXPECT_EQ(takeExceptionMessage(), "RangeError: Invalid string length");
}

TEST_F(RuntimeStringTest, CompareByCodeUnits) {
  EXPECT_LT(compare(newStringFromUTF8("a"), newStringFromUTF8("b")), 0);
  EXPECT_LT(compare(newStringFromUTF8("ab"), newStringFromUTF8("abc")), 0);
  EXPECT_GT(compare(newStringFromUTF8("B"), newStringFromUTF8("A")), 0);
  // U+FF5E (one unit) sorts after U+1F600 (surrogates 0xD83D...): code units, not code points.
  EXPECT_GT(compare(newStringFromUTF8("\xEF\xBD\x9E"), newStringFromUTF8("\xF0\x9F\x98\x80")), 0);
  EXPECT_TRUE(equals(newStringFromUTF8("same"), concat(newStringFromUTF8("sa"), newStringFromUTF8("me")).value()));
}

TEST_F(RuntimeStringTest, InterningGivesOneStringPerContent) {
  String *a = intern(newStringFromUTF8("hello world"));
  String *b = intern(concat(newStringFromUTF8("hello "), newStringFromUTF8("world")).value());
  EXPECT_EQ(a, b);
  EXPECT_EQ(findInterned(newStringFromUTF8("hello world")), a);
  EXPECT_EQ(findInterned(newStringFromUTF8("never interned 12345")), nullptr);
}

TEST_F(RuntimeStringTest, ArrayIndices) {
  uint32_t index;
  EXPECT_TRUE(stringToArrayIndex(newStringFromUTF8("0"), index) && index == 0);
  EXPECT_TRUE(stringToArrayIndex(newStringFromUTF8("4294967294"), index) && index == 4294967294u);
  EXPECT_FALSE(stringToArrayIndex(newStringFromUTF8("4294967295"), index));
  EXPECT_FALSE(stringToArrayIndex(newStringFromUTF8("01"), index));
  EXPECT_FALSE(stringToArrayIndex(newStringFromUTF8("-1"), index));
  EXPECT_FALSE(stringToArrayIndex(newStringFromUTF8("1.0"), index));
  EXPECT_FALSE(stringToArrayIndex(newStringFromUTF8(""), index));
}

TEST_F(RuntimeStringTest, Substrings) {
  String *s = newStringFromUTF8("x\xE2\x82\xAC" "abc");  // "x€abc"
  String *tail = substring(s, 2, 5);
  EXPECT_TRUE(tail->isLatin1());  // narrowed again
  EXPECT_EQ(toUTF8(tail), "abc");
  EXPECT_EQ(substring(s, 3, 3)->length, 0u);
}

}  // namespace
