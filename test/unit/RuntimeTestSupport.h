// Shared helpers of the runtime unit tests (test/unit/Runtime*Test.cpp): start the runtime once,
// make strings, and read results back as UTF-8.
#pragma once

#include "Inspect.h"
#include "object/Realm.h"
#include "ops/Conversions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kiln::rt::test {

class RuntimeTest : public ::testing::Test {
protected:
  void SetUp() override { initializeRuntime(); }
};

inline Value str(const char *utf8) { return cellValue(newStringFromUTF8(utf8)); }
inline Value str16(const std::vector<char16_t> &units) { return cellValue(newStringUTF16(units.data(), units.size())); }
inline std::string utf8(Value v) { return toUTF8(toStringNoRJS(v)); }
inline std::string utf8(String *s) { return toUTF8(s); }
inline Value global(const char *name) { return getDataPropertyNoRJS(realm.globalObject, keyFromString(internUTF8(name))); }
inline Value property(Value object, const char *name) {
  Result<Value> r = getValueProperty(object, keyFromString(internUTF8(name)));
  return r.isThrown() ? ValueException : r.value();
}
// util.inspect(v) as UTF-8.
inline std::string show(Value v) {
  Result<std::u16string> r = inspect(v);
  if (r.isThrown()) return "<threw>";
  return toUTF8(r.value());
}
// The pending exception's message (and clears it), for EXPECT_EQ on error messages.
inline std::string takeExceptionMessage() {
  Value e = pendingException;
  pendingException = ValueUndefined;
  if (!isObject(e)) return "<not an object: " + utf8(e) + ">";
  return utf8(property(e, "name")) + ": " + utf8(property(e, "message"));
}

}  // namespace kiln::rt::test
