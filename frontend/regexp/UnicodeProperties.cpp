// Lookup of \p{...} names in the generated UnicodePropertyNames.inc.
//
// Each list in the .inc is sorted by byte value (the generator sorts them and the static_asserts
// below re-check it at compile time), so a lookup is a binary search over string_views with no
// allocation and no hashing. The lists are small (at most a few hundred names) and \p is rare in
// real patterns, so nothing faster is warranted.
#include "frontend/regexp/UnicodeProperties.h"

#include <algorithm>
#include <iterator>

namespace kiln::regexp {
namespace {

enum class ValueList { GeneralCategory, Script };

struct NonBinaryProperty {
  std::string_view name;
  ValueList values;
};

constexpr NonBinaryProperty NonBinaryProperties[] = {
#define KILN_NON_BINARY_PROPERTY(name, kind) {name, ValueList::kind},
#include "frontend/regexp/UnicodePropertyNames.inc"
};

constexpr std::string_view GeneralCategoryValues[] = {
#define KILN_GENERAL_CATEGORY_VALUE(name) name,
#include "frontend/regexp/UnicodePropertyNames.inc"
};

constexpr std::string_view ScriptValues[] = {
#define KILN_SCRIPT_VALUE(name) name,
#include "frontend/regexp/UnicodePropertyNames.inc"
};

constexpr std::string_view BinaryProperties[] = {
#define KILN_BINARY_PROPERTY(name) name,
#include "frontend/regexp/UnicodePropertyNames.inc"
};

constexpr std::string_view StringProperties[] = {
#define KILN_STRING_PROPERTY(name) name,
#include "frontend/regexp/UnicodePropertyNames.inc"
};

static_assert(std::is_sorted(std::begin(GeneralCategoryValues), std::end(GeneralCategoryValues)));
static_assert(std::is_sorted(std::begin(ScriptValues), std::end(ScriptValues)));
static_assert(std::is_sorted(std::begin(BinaryProperties), std::end(BinaryProperties)));
static_assert(std::is_sorted(std::begin(StringProperties), std::end(StringProperties)));

template <size_t N> bool contains(const std::string_view (&sortedNames)[N], std::string_view name) {
  return std::binary_search(std::begin(sortedNames), std::end(sortedNames), name);
}

} // namespace

bool isValidPropertyNameAndValue(std::string_view name, std::string_view value) {
  for (const NonBinaryProperty &property : NonBinaryProperties) {
    if (property.name != name)
      continue;
    return property.values == ValueList::GeneralCategory ? contains(GeneralCategoryValues, value)
                                                         : contains(ScriptValues, value);
  }
  return false;
}

PropertyMatch classifyLoneProperty(std::string_view nameOrValue) {
  if (contains(GeneralCategoryValues, nameOrValue) || contains(BinaryProperties, nameOrValue))
    return PropertyMatch::CodePoints;
  if (contains(StringProperties, nameOrValue))
    return PropertyMatch::Strings;
  return PropertyMatch::Invalid;
}

} // namespace kiln::regexp
