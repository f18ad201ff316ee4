// util.inspect and util.format as node prints them (console.log's formatting).
//
// This is a port of node 20's lib/internal/util/inspect.js restricted to what kiln's values can
// be, keeping its algorithms step by step (formatValue → formatRaw → reduceToSingleString,
// groupArrayElements, strEscape, improveStack) so the output matches byte for byte. Text is built
// as UTF-16 because node measures line lengths in code units.
#pragma once

#include "exception/Result.h"
#include "object/Object.h"

#include <climits>
#include <string>

namespace kiln::rt {

struct InspectOptions {
  int depth = 2;  // INT_MAX for node's `depth: null`
  bool showHidden = false;
  int breakLength = 80;
  int compact = 3;
  int maxArrayLength = 100;
  int maxStringLength = 10000;
};

Result<std::u16string> inspect(Value v, const InspectOptions &options = {});
// console.log's formatting of its arguments: format specifiers when the first is a string, then
// the rest inspected and joined with spaces.
Result<std::u16string> formatLogArguments(const Value *args, uint32_t argc);

}  // namespace kiln::rt
