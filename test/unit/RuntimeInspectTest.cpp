// Tests for util.inspect / console.log formatting (stdlib/Inspect.cpp) against node. The
// differential cases (RuntimeInspectCases.inc, written by test/unit/gen-runtime-cases.js) are
// JSON texts: the test builds each value with JSON.parse and compares inspect() with what node's
// console.log printed. The hand-written tests cover values JSON cannot express.
#include "RuntimeTestSupport.h"

#include "Inspect.h"
#include "kiln/RuntimeFunctions.h"

using namespace kiln::rt;
using namespace kiln::rt::test;

namespace {

struct InspectCase {
  std::u16string json;
  std::u16string expected;
};

#define KILN_UTF16(literal) std::u16string(literal, sizeof(literal) / sizeof(char16_t) - 1)
#define KILN_INSPECT_CASE(json, expected) InspectCase{KILN_UTF16(json), KILN_UTF16(expected)},
const std::vector<InspectCase> InspectCases = {
#include "RuntimeInspectCases.inc"
};
#undef KILN_INSPECT_CASE
#undef KILN_UTF16

using RuntimeInspectTest = RuntimeTest;

std::string format(std::initializer_list<Value> args) {
  std::vector<Value> values(args);
  Result<std::u16string> r = formatLogArguments(values.data(), static_cast<uint32_t>(values.size()));
  if (r.isThrown()) return "<threw>";
  return toUTF8(r.value());
}

Value call(Value f, Value self, std::initializer_list<Value> args) {
  std::vector<Value> values(args);
  return kiln_call_rjs(f, self, values.data(), static_cast<uint32_t>(values.size()));
}

TEST_F(RuntimeInspectTest, MatchesNodeOnJsonValues) {
  Value json = global("JSON");
  Value parse = property(json, "parse");
  for (const InspectCase &c : InspectCases) {
    Value text = cellValue(newStringUTF16(c.json.data(), c.json.size()));
    Value v = call(parse, json, {text});
    ASSERT_NE(v, ValueException) << utf8(text);
    std::string expected = toUTF8(c.expected);
    EXPECT_EQ(format({v}), expected) << utf8(text);
  }
}

TEST_F(RuntimeInspectTest, Primitives) {
  EXPECT_EQ(show(kiln_number_to_value(-0.0)), "-0");
  EXPECT_EQ(show(int32Value(5)), "5");
  EXPECT_EQ(show(str("it's")), "\"it's\"");
  EXPECT_EQ(format({str("top"), str("level")}), "top level");
  EXPECT_EQ(show(kiln_bigint_literal(const_cast<char *>("123"), 3)), "123n");
  EXPECT_EQ(show(cellValue(newSymbol(str("s")))), "Symbol(s)");
  EXPECT_EQ(show(ValueUndefined), "undefined");
  EXPECT_EQ(format({ValueNull, ValueTrue}), "null true");
}

TEST_F(RuntimeInspectTest, HolesAndExtraArrayProperties) {
  Value elements[] = {int32Value(1), ValueEmpty, ValueEmpty, int32Value(4)};
  Value a = kiln_array_new(elements, 4);
  EXPECT_EQ(show(a), "[ 1, <2 empty items>, 4 ]");
  kiln_set_property_rjs(a, str("extra"), str("x"), 1);
  EXPECT_EQ(show(a), "[ 1, <2 empty items>, 4, extra: 'x' ]");
  Value empty = kiln_array_new(nullptr, 0);
  kiln_set_property_rjs(empty, str("length"), int32Value(5), 1);
  EXPECT_EQ(show(empty), "[ <5 empty items> ]");
}

uint64_t nothing(uint64_t, uint64_t, const uint64_t *, uint32_t, uint64_t) { return ValueUndefined; }

TEST_F(RuntimeInspectTest, FunctionsAndClasses) {
  void *code = reinterpret_cast<void *>(nothing);
  EXPECT_EQ(show(kiln_function_new(code, nullptr, 0, str("f"), 1)), "[Function: f]");
  EXPECT_EQ(show(kiln_function_new(code, nullptr, 0, str(""), 4)), "[Function (anonymous)]");
  Value a = kiln_function_new(code, nullptr, 0, str("A"), 1 | 2);
  EXPECT_EQ(show(a), "[class A]");
  Value instance = kiln_construct_rjs(a, nullptr, 0, ValueUndefined);
  kiln_set_property_rjs(instance, str("x"), int32Value(1), 1);
  EXPECT_EQ(show(instance), "A { x: 1 }");
  Value items[] = {instance};
  EXPECT_EQ(show(kiln_array_new(items, 1)), "[ A { x: 1 } ]");
  EXPECT_EQ(show(property(global("Math"), "max")), "[Function: max]");
  EXPECT_EQ(show(global("Math")), "Object [Math] {}");
  EXPECT_EQ(show(cellValue(newObject(nullptr))), "[Object: null prototype] {}");
}

TEST_F(RuntimeInspectTest, CircularReferences) {
  Value o = kiln_object_new();
  kiln_set_property_rjs(o, str("name"), str("x"), 1);
  kiln_set_property_rjs(o, str("self"), o, 1);
  Value inner[] = {o};
  kiln_set_property_rjs(o, str("arr"), kiln_array_new(inner, 1), 1);
  EXPECT_EQ(show(o), "<ref *1> { name: 'x', self: [Circular *1], arr: [ [Circular *1] ] }");
}

TEST_F(RuntimeInspectTest, Errors) {
  Value message = str("boom");
  // Made outside any JavaScript frame, the error's stack has no frames: node shows such an error
  // in brackets.
  Value e = kiln_construct_rjs(global("TypeError"), &message, 1, ValueUndefined);
  EXPECT_EQ(show(e), "[TypeError: boom]");
  Value items[] = {e};
  EXPECT_EQ(show(kiln_array_new(items, 1)), "[ [TypeError: boom] ]");
  kiln_set_property_rjs(e, str("code"), int32Value(7), 1);
  EXPECT_EQ(show(e), "[TypeError: boom] { code: 7 }");
}

TEST_F(RuntimeInspectTest, AccessorsAndSymbols) {
  Value o = kiln_object_new();
  PropertyDescriptor d;
  d.hasGet = true;
  d.getter = property(global("Math"), "random");
  d.hasEnumerable = d.enumerable = true;
  validateAndDefine(asObject(o), keyFromString(internUTF8("g")), d);
  Value symbol = cellValue(newSymbol(str("tag")));
  kiln_define_property(o, symbol, int32Value(1));
  EXPECT_EQ(show(o), "{ g: [Getter], [Symbol(tag)]: 1 }");
}

TEST_F(RuntimeInspectTest, MapsAndSets) {
  Value map = kiln_construct_rjs(global("Map"), nullptr, 0, ValueUndefined);
  call(property(map, "set"), map, {int32Value(1), str("one")});
  call(property(map, "set"), map, {str("k"), kiln_object_new()});
  EXPECT_EQ(show(map), "Map(2) { 1 => 'one', 'k' => {} }");
  Value set = kiln_construct_rjs(global("Set"), nullptr, 0, ValueUndefined);
  EXPECT_EQ(show(set), "Set(0) {}");
  call(property(set, "add"), set, {int32Value(1)});
  call(property(set, "add"), set, {str("a")});
  EXPECT_EQ(show(set), "Set(2) { 1, 'a' }");
  EXPECT_EQ(show(call(property(map, "entries"), map, {})), "[Map Entries] { [ 1, 'one' ], [ 'k', {} ] }");
}

TEST_F(RuntimeInspectTest, FormatSpecifiers) {
  Value o = kiln_object_new();
  kiln_set_property_rjs(o, str("a"), int32Value(1), 1);
  EXPECT_EQ(format({str("%s is %d years"), str("Bob"), kiln_number_to_value(42.5)}), "Bob is 42.5 years");
  EXPECT_EQ(format({str("%i|%f"), kiln_number_to_value(42.9), str("3.5")}), "42|3.5");
  EXPECT_EQ(format({str("%j %O"), o, o}), "{\"a\":1} { a: 1 }");
  EXPECT_EQ(format({str("%c|%%|%x"), str("css")}), "|%|%x");
  EXPECT_EQ(format({str("%s"), o}), "{ a: 1 }");
  EXPECT_EQ(format({str("%d"), str("abc"), str("extra")}), "NaN extra");
  EXPECT_EQ(format({str("no specifiers"), int32Value(1)}), "no specifiers 1");
  EXPECT_EQ(format({str("%s")}), "%s");
  Value elements[] = {int32Value(1)};
  EXPECT_EQ(format({str("%o"), kiln_array_new(elements, 1)}), "[ 1, [length]: 1 ]");
}

}  // namespace
