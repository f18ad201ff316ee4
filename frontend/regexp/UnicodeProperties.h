// The names allowed inside \p{...} and \P{...} in u- and v-mode regular expressions
// (ECMAScript 2024 §22.2.2.9). The lists are generated data (UnicodePropertyNames.inc, written by
// scripts/gen-regexp-property-names.js from what node accepts); this interface only answers
// "is this name valid, and does it match strings or code points".
#pragma once
#include <string_view>

namespace kiln::regexp {

enum class PropertyMatch {
  Invalid,    ///< not a property node accepts in this position
  CodePoints, ///< a set of code points: valid with u and v, in \p and \P, in any class
  Strings,    ///< a property of strings (RGI_Emoji, ...): v mode only, never negated
};

/// \p{name=value}: name is General_Category/gc or Script/sc/Script_Extensions/scx, and value is
/// one of that property's values. Never matches strings.
bool isValidPropertyNameAndValue(std::string_view name, std::string_view value);

/// \p{nameOrValue}: a General_Category value, a binary property, or a binary property of strings.
PropertyMatch classifyLoneProperty(std::string_view nameOrValue);

} // namespace kiln::regexp
