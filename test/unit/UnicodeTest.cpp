// Tests for kiln::unicode (frontend/support/Unicode.h): the ASCII fast path, known members and
// non-members of each class (expected values checked against node's \p{...}), and the binary
// search against every boundary of the generated tables.
#include "frontend/support/Unicode.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>

using namespace kiln::unicode;

namespace {
// The generated tables, included again so the lookups can be checked at every range boundary.
namespace tables {
struct CodePointRange {
  uint32_t first, last;
};
#include "frontend/support/UnicodeTables.inc"
} // namespace tables

template <size_t N>
void expectBoundaries(const tables::CodePointRange (&ranges)[N], bool (*isMember)(uint32_t),
                      const char *name) {
  for (size_t i = 0; i < N; ++i) {
    SCOPED_TRACE(testing::Message() << name << " range " << i);
    EXPECT_TRUE(isMember(ranges[i].first));
    EXPECT_TRUE(isMember(ranges[i].last));
    EXPECT_TRUE(isMember(ranges[i].first + (ranges[i].last - ranges[i].first) / 2));
    if (i > 0) {
      ASSERT_LT(ranges[i - 1].last + 1, ranges[i].first) << "ranges must be sorted and disjoint";
      EXPECT_FALSE(isMember(ranges[i].first - 1));
    }
    if (i + 1 < N) {
      EXPECT_FALSE(isMember(ranges[i].last + 1));
    }
  }
}
} // namespace

TEST(UnicodeTest, ASCIIIdentifierCharacters) {
  for (uint32_t c = 0; c < 0x80; ++c) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    EXPECT_EQ(isIDStart(c), letter) << c;
    EXPECT_EQ(isIDContinue(c), letter || digit || c == '_') << c;
    EXPECT_EQ(isSpaceSeparator(c), c == ' ') << c;
  }
  // '$' is the lexer's business, not ID_Start's or ID_Continue's.
  EXPECT_FALSE(isIDStart('$'));
  EXPECT_FALSE(isIDContinue('$'));
  EXPECT_FALSE(isIDStart('_'));
}

TEST(UnicodeTest, NonASCIIIdentifierCharacters) {
  EXPECT_TRUE(isIDStart(0xE9));     // é
  EXPECT_TRUE(isIDStart(0x4E00));   // CJK ideograph
  EXPECT_TRUE(isIDStart(0x2118));   // ℘, Other_ID_Start
  EXPECT_TRUE(isIDStart(0x1D49C));  // 𝒜, outside the BMP
  EXPECT_FALSE(isIDStart(0x0301));  // combining acute accent: continue only
  EXPECT_TRUE(isIDContinue(0x0301));
  EXPECT_FALSE(isIDStart(0xB7));    // middle dot, Other_ID_Continue
  EXPECT_TRUE(isIDContinue(0xB7));
  EXPECT_FALSE(isIDStart(0x2E2F));  // vertical tilde: Pattern_Syntax, excluded although Lm
  EXPECT_FALSE(isIDContinue(0x2E2F));
  EXPECT_FALSE(isIDStart(0x1F600)); // 😀
  EXPECT_FALSE(isIDContinue(0x1F600));
  // ZWNJ and ZWJ are in Unicode's ID_Continue since 15.1, but the interface leaves them out.
  EXPECT_FALSE(isIDContinue(0x200C));
  EXPECT_FALSE(isIDContinue(0x200D));
  // Surrogates, noncharacters and values past the last code point are never members.
  for (uint32_t c : {0xD800u, 0xDFFFu, 0xFFFEu, 0x10FFFFu, 0x110000u, 0xFFFFFFFFu}) {
    EXPECT_FALSE(isIDStart(c)) << c;
    EXPECT_FALSE(isIDContinue(c)) << c;
    EXPECT_FALSE(isSpaceSeparator(c)) << c;
  }
}

TEST(UnicodeTest, TablesAreFromUnicode17OrLater) {
  // U+11DB0 TOLONG SIKI LETTER I was added in Unicode 17.0; failing here means the tables were
  // regenerated with an older node (see the header of UnicodeTables.inc).
  EXPECT_TRUE(isIDStart(0x11DB0));
}

TEST(UnicodeTest, SpaceSeparatorIsExactlyZs) {
  // The complete list of General_Category=Zs, as node reports it.
  const uint32_t zs[] = {0x20,   0xA0,   0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
                         0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000};
  size_t next = 0;
  for (uint32_t c = 0; c <= 0x10FFFF; ++c) {
    bool expected = next < std::size(zs) && zs[next] == c;
    if (expected)
      ++next;
    ASSERT_EQ(isSpaceSeparator(c), expected) << std::hex << c;
  }
  // Not Zs, though JavaScript treats some as white space or line terminators.
  EXPECT_FALSE(isSpaceSeparator('\t'));
  EXPECT_FALSE(isSpaceSeparator(0xFEFF));
  EXPECT_FALSE(isSpaceSeparator(0x2028));
}

TEST(UnicodeTest, LookupsAgreeWithTablesAtEveryBoundary) {
  expectBoundaries(tables::IDStartRanges, isIDStart, "ID_Start");
  expectBoundaries(tables::IDContinueRanges, isIDContinue, "ID_Continue");
  expectBoundaries(tables::SpaceSeparatorRanges, isSpaceSeparator, "Zs");
}

TEST(UnicodeTest, IDStartImpliesIDContinue) {
  for (uint32_t c = 0; c <= 0x10FFFF; ++c) {
    if (isIDStart(c)) {
      ASSERT_TRUE(isIDContinue(c)) << std::hex << c;
    }
  }
}
