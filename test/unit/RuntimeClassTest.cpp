// Tests for the iteration, spread, destructuring and class entry points (runtime/object/
// Iteration.cpp, Class.cpp): iterator records over arrays and user iterators, for-in order and
// shadowing, class set-up with and without extends, super, derived constructors, private names.
#include "RuntimeTestSupport.h"

#include "kiln/RuntimeFunctions.h"

using namespace kiln::rt;
using namespace kiln::rt::test;

namespace {

using RuntimeClassTest = RuntimeTest;

Value array(std::initializer_list<Value> values) {
  std::vector<Value> v(values);
  return kiln_array_new(v.data(), static_cast<uint32_t>(v.size()));
}

std::string drain(Value record) {
  std::string out;
  for (Value v; (v = kiln_iterator_step_rjs(record)) != ValueEmpty;) {
    if (v == ValueException) return out + "<threw>";
    out += (out.empty() ? "" : ",") + utf8(v);
  }
  return out;
}

TEST_F(RuntimeClassTest, IteratesArraysStringsMapsAndSets) {
  EXPECT_EQ(drain(kiln_get_iterator_rjs(array({int32Value(1), ValueEmpty, str("x")}))), "1,undefined,x");
  EXPECT_EQ(drain(kiln_get_iterator_rjs(str("a\xF0\x9F\x98\x80" "b"))), "a,\xF0\x9F\x98\x80,b");  // by code point
  Value set = kiln_construct_rjs(global("Set"), nullptr, 0, ValueUndefined);
  Value add = property(set, "add");
  for (int i : {3, 1, 3, 2}) {
    Value v = int32Value(i);
    kiln_call_rjs(add, set, &v, 1);
  }
  EXPECT_EQ(drain(kiln_get_iterator_rjs(set)), "3,1,2");
  Value record = kiln_get_iterator_rjs(array({int32Value(1), int32Value(2), int32Value(3)}));
  EXPECT_EQ(utf8(kiln_iterator_step_rjs(record)), "1");
  EXPECT_EQ(show(kiln_iterator_rest_rjs(record)), "[ 2, 3 ]");
}

TEST_F(RuntimeClassTest, NotIterable) {
  EXPECT_EQ(kiln_get_iterator_rjs(int32Value(5)), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: 5 is not iterable");
  EXPECT_EQ(kiln_get_iterator_rjs(ValueUndefined), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))");
}

TEST_F(RuntimeClassTest, ForInVisitsEnumerableKeysAlongTheChain) {
  Value proto = kiln_object_new();
  kiln_define_property(proto, str("inherited"), int32Value(1));
  kiln_define_property(proto, str("shadowed"), int32Value(1));
  Value o = kiln_object_new();
  kiln_set_prototype_from_literal(o, proto);
  kiln_define_property(o, str("b"), int32Value(1));
  kiln_define_property(o, str("1"), int32Value(1));
  kiln_define_property(o, str("shadowed"), int32Value(2));
  Value record = kiln_for_in_iterator_rjs(o);
  EXPECT_EQ(utf8(kiln_iterator_step_rjs(record)), "1");
  kiln_delete_property_rjs(o, str("b"), 1);  // deleted before it is reached: skipped
  EXPECT_EQ(drain(record), "shadowed,inherited");  // the inherited "shadowed" is not visited again
  EXPECT_EQ(drain(kiln_for_in_iterator_rjs(ValueNull)), "");
  EXPECT_EQ(drain(kiln_for_in_iterator_rjs(str("ab"))), "0,1");
}

TEST_F(RuntimeClassTest, SpreadAndCopyDataProperties) {
  Value a = array({int32Value(1)});
  EXPECT_EQ(kiln_array_append_spread_rjs(a, array({int32Value(2), int32Value(3)})), a);
  EXPECT_EQ(kiln_array_append_spread_rjs(a, str("xy")), a);
  EXPECT_EQ(show(a), "[ 1, 2, 3, 'x', 'y' ]");
  Value source = kiln_object_new();
  kiln_define_property(source, str("keep"), int32Value(1));
  kiln_define_property(source, str("drop"), int32Value(2));
  Value target = kiln_object_new();
  EXPECT_EQ(kiln_copy_data_properties_rjs(target, source, array({str("drop")})), target);
  EXPECT_EQ(show(target), "{ keep: 1 }");
  EXPECT_EQ(kiln_require_object_coercible_rjs(ValueNull), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot destructure 'null' as it is null.");
}

uint64_t returnsUndefined(uint64_t, uint64_t, const uint64_t *, uint32_t, uint64_t) { return ValueUndefined; }
uint64_t returnsThisName(uint64_t, uint64_t thisValue, const uint64_t *, uint32_t, uint64_t) {
  return kiln_get_property_rjs(thisValue, cellValue(internUTF8("name")));
}
uint64_t callsSuperGreet(uint64_t callee, uint64_t thisValue, const uint64_t *, uint32_t, uint64_t) {
  Value greeting = kiln_super_get_rjs(kiln_function_home_object(callee), cellValue(internUTF8("greet")), thisValue);
  if (greeting == ValueException) return greeting;
  return kiln_op_add_rjs(str("child+"), kiln_call_rjs(greeting, thisValue, nullptr, 0));
}
// class B extends A { constructor(name) { super(); this.name = name } }
uint64_t derivedConstructor(uint64_t callee, uint64_t, const uint64_t *args, uint32_t argc, uint64_t newTarget) {
  Value self = kiln_super_construct_rjs(callee, kiln_array_new(nullptr, 0), newTarget);
  if (self == ValueException) return self;
  kiln_set_property_rjs(self, cellValue(internUTF8("name")), argc ? args[0] : ValueUndefined, 1);
  return kiln_derived_constructor_result_rjs(ValueUndefined, self);
}

TEST_F(RuntimeClassTest, ClassesWithExtendsAndSuper) {
  void *plain = reinterpret_cast<void *>(returnsUndefined);
  Value a = kiln_function_new(plain, nullptr, 0, str("A"), 1 | 2);
  Value aPrototype = kiln_class_setup_rjs(a, ValueEmpty);
  ASSERT_TRUE(isObject(aPrototype));
  kiln_define_method(aPrototype, str("greet"), kiln_function_new(reinterpret_cast<void *>(returnsThisName), nullptr, 0, str(""), 0), 0, 0);
  Value b = kiln_function_new(reinterpret_cast<void *>(derivedConstructor), nullptr, 1, str("B"), 1 | 2 | 16);
  Value bPrototype = kiln_class_setup_rjs(b, a);
  kiln_define_method(bPrototype, str("greet"), kiln_function_new(reinterpret_cast<void *>(callsSuperGreet), nullptr, 0, str("greet"), 0), 0, 0);
  Value name = str("bee");
  Value instance = kiln_construct_rjs(b, &name, 1, ValueUndefined);
  ASSERT_NE(instance, ValueException) << takeExceptionMessage();
  EXPECT_EQ(show(instance), "B { name: 'bee' }");
  EXPECT_EQ(kiln_op_instanceof_rjs(instance, a), ValueTrue);
  EXPECT_EQ(utf8(kiln_call_rjs(property(instance, "greet"), instance, nullptr, 0)), "child+bee");
  EXPECT_EQ(show(b), "[class B extends A]");
  EXPECT_EQ(utf8(property(property(aPrototype, "greet"), "name")), "greet");  // named from its key
  EXPECT_EQ(show(bPrototype), "A {}");
  EXPECT_EQ(kiln_class_setup_rjs(kiln_function_new(plain, nullptr, 0, str("C"), 1 | 2 | 16), int32Value(5)), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Class extends value 5 is not a constructor or null");
  EXPECT_EQ(kiln_derived_constructor_result_rjs(ValueUndefined, ValueEmpty), ValueException);
  EXPECT_EQ(takeExceptionMessage(),
            "ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from "
            "derived constructor");
}

TEST_F(RuntimeClassTest, AccessorsFromLiteralsMerge) {
  Value o = kiln_object_new();
  void *code = reinterpret_cast<void *>(returnsUndefined);
  kiln_define_method(o, str("x"), kiln_function_new(code, nullptr, 0, str(""), 0), 1, 1);
  kiln_define_method(o, str("x"), kiln_function_new(code, nullptr, 1, str(""), 0), 2, 1);
  EXPECT_EQ(show(o), "{ x: [Getter/Setter] }");
}

TEST_F(RuntimeClassTest, PrivateNamesAreInvisible) {
  Value name = kiln_private_name_new(str("#secret"));
  Value o = kiln_object_new();
  EXPECT_EQ(kiln_private_get_rjs(o, name), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot read private member #secret from an object whose class did not declare it");
  EXPECT_EQ(kiln_private_define_rjs(o, name, int32Value(42)), ValueUndefined);
  EXPECT_EQ(kiln_private_define_rjs(o, name, int32Value(43)), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot initialize #secret twice on the same object");
  EXPECT_EQ(kiln_private_set_rjs(o, name, int32Value(7)), int32Value(7));
  EXPECT_EQ(kiln_private_get_rjs(o, name), int32Value(7));
  EXPECT_EQ(kiln_private_in_rjs(name, o), ValueTrue);
  EXPECT_EQ(show(o), "{}");
  EXPECT_EQ(show(kiln_call_rjs(property(global("Object"), "getOwnPropertySymbols"), ValueUndefined, &o, 1)), "[]");
}

TEST_F(RuntimeClassTest, NamedCallsUseTheSourceText) {
  EXPECT_EQ(kiln_call_named_rjs(ValueUndefined, ValueUndefined, nullptr, 0, const_cast<char *>("obj.missing")), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: obj.missing is not a function");
  EXPECT_EQ(kiln_construct_named_rjs(int32Value(5), nullptr, 0, ValueUndefined, const_cast<char *>("five")), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: five is not a constructor");
  Value max = property(global("Math"), "max");
  EXPECT_EQ(kiln_call_spread_rjs(max, ValueUndefined, array({int32Value(3), int32Value(9)}), nullptr), int32Value(9));
}

}  // namespace
