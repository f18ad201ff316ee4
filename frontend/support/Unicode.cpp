// Unicode character classes for the lexer and the regular-expression validator.
//
// The data is generated (scripts/gen-unicode-tables.js writes UnicodeTables.inc from node's own
// \p{...} support), so kiln accepts the identifiers the node it is compared against accepts. Each
// table is a sorted array of disjoint inclusive ranges; a lookup is one binary search, about ten
// comparisons for the largest table. ASCII, which is nearly all source text, is answered before the
// search. A bitmap or two-level trie would be faster still, but identifiers outside ASCII are rare
// enough that the smaller, directly reviewable range table wins.
#include "frontend/support/Unicode.h"

#include <algorithm>
#include <iterator>

namespace kiln::unicode {
namespace {

struct CodePointRange {
  uint32_t first, last;
};

#include "frontend/support/UnicodeTables.inc"

template <size_t N> bool inRanges(const CodePointRange (&ranges)[N], uint32_t codePoint) {
  // First range whose last code point is >= codePoint; codePoint is a member iff it starts early
  // enough.
  const CodePointRange *range = std::lower_bound(
      std::begin(ranges), std::end(ranges), codePoint,
      [](const CodePointRange &candidate, uint32_t value) { return candidate.last < value; });
  return range != std::end(ranges) && range->first <= codePoint;
}

bool isASCIILetter(uint32_t codePoint) {
  return (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z';
}

} // namespace

bool isIDStart(uint32_t codePoint) {
  if (codePoint < 0x80)
    return isASCIILetter(codePoint);
  return inRanges(IDStartRanges, codePoint);
}

bool isIDContinue(uint32_t codePoint) {
  if (codePoint < 0x80)
    return isASCIILetter(codePoint) || (codePoint >= '0' && codePoint <= '9') || codePoint == '_';
  return inRanges(IDContinueRanges, codePoint);
}

bool isSpaceSeparator(uint32_t codePoint) {
  if (codePoint < 0x80)
    return codePoint == ' ';
  return inRanges(SpaceSeparatorRanges, codePoint);
}

} // namespace kiln::unicode
