// Tests for objects and shapes (runtime/object/): shared shapes from the transition tree,
// dictionary mode, the spec's property key order, arrays' length and holes, accessors, the
// prototype chain, functions and [[Construct]].
#include "RuntimeTestSupport.h"

#include "kiln/RuntimeFunctions.h"
#include "object/Shape.h"

using namespace kiln::rt;
using namespace kiln::rt::test;

namespace {

using RuntimeObjectTest = RuntimeTest;

PropertyKey key(const char *name) { return keyFromString(newStringFromUTF8(name)); }

std::string keysOf(Object *o, KeyFilter filter = KeyFilter::All, bool onlyEnumerable = false) {
  std::vector<PropertyKey> keys;
  ownPropertyKeys(o, keys, filter, onlyEnumerable);
  std::string out;
  for (PropertyKey k : keys) out += (out.empty() ? "" : ",") + utf8(keyToValue(k));
  return out;
}

TEST_F(RuntimeObjectTest, ObjectsBuiltAlikeShareAShape) {
  Object *a = newObject(realm.objectPrototype);
  Object *b = newObject(realm.objectPrototype);
  for (Object *o : {a, b}) {
    defineOwnProperty(o, key("x"), int32Value(1));
    defineOwnProperty(o, key("y"), int32Value(2));
  }
  EXPECT_EQ(a->shape, b->shape);
  EXPECT_FALSE(a->shape->dictionary);
  Object *c = newObject(realm.objectPrototype);
  defineOwnProperty(c, key("y"), int32Value(2));
  defineOwnProperty(c, key("x"), int32Value(1));
  EXPECT_NE(a->shape, c->shape);  // order matters
  EXPECT_EQ(getOwnProperty(a, key("y")).slot, 1u);
}

TEST_F(RuntimeObjectTest, DeletingTheNewestPropertyStaysShared) {
  Object *a = newObject(realm.objectPrototype);
  defineOwnProperty(a, key("x"), int32Value(1));
  Shape *afterX = a->shape;
  defineOwnProperty(a, key("y"), int32Value(2));
  EXPECT_TRUE(deleteOwnProperty(a, key("y")));
  EXPECT_EQ(a->shape, afterX);
  EXPECT_TRUE(deleteOwnProperty(a, key("missing")));
}

TEST_F(RuntimeObjectTest, DeletingAMiddlePropertyGoesToDictionaryMode) {
  Object *a = newObject(realm.objectPrototype);
  for (const char *name : {"a", "b", "c", "d"}) defineOwnProperty(a, key(name), str(name));
  EXPECT_TRUE(deleteOwnProperty(a, key("b")));
  EXPECT_TRUE(a->shape->dictionary);
  EXPECT_EQ(keysOf(a), "a,c,d");
  EXPECT_EQ(utf8(getProperty(a, key("d")).value()), "d");
  defineOwnProperty(a, key("b"), str("again"));
  EXPECT_EQ(keysOf(a), "a,c,d,b");
  for (int i = 0; i < 100; ++i) {  // churn: tombstones are compacted away
    std::string name = "t" + std::to_string(i);
    defineOwnProperty(a, key(name.c_str()), int32Value(i));
    EXPECT_TRUE(deleteOwnProperty(a, key(name.c_str())));
  }
  EXPECT_EQ(keysOf(a), "a,c,d,b");
  EXPECT_EQ(utf8(getProperty(a, key("b")).value()), "again");
}

TEST_F(RuntimeObjectTest, ManyPropertiesLeaveTheSharedTree) {
  Object *a = newObject(realm.objectPrototype);
  for (int i = 0; i < 200; ++i) defineOwnProperty(a, key(("p" + std::to_string(i)).c_str()), int32Value(i));
  EXPECT_TRUE(a->shape->dictionary);
  for (int i = 0; i < 200; ++i) EXPECT_EQ(getProperty(a, key(("p" + std::to_string(i)).c_str())).value(), int32Value(i));
}

TEST_F(RuntimeObjectTest, KeyOrderIsIndicesThenStringsThenSymbols) {
  Object *o = newObject(realm.objectPrototype);
  Value symbol = cellValue(newSymbol(str("s")));
  defineOwnProperty(o, key("b"), int32Value(1));
  defineOwnProperty(o, PropertyKey::fromCell(symbol), int32Value(2));
  defineOwnProperty(o, key("10"), int32Value(3));
  defineOwnProperty(o, key("a"), int32Value(4));
  defineOwnProperty(o, key("2"), int32Value(5));
  defineOwnProperty(o, key("4294967295"), int32Value(6));  // not an array index: a string key
  defineOwnProperty(o, key("-1"), int32Value(7));
  EXPECT_EQ(keysOf(o, KeyFilter::Strings), "2,10,b,a,4294967295,-1");
  std::vector<PropertyKey> all;
  ownPropertyKeys(o, all);
  ASSERT_EQ(all.size(), 7u);
  EXPECT_EQ(all.back().cell, symbol);
}

TEST_F(RuntimeObjectTest, ArraysHaveLengthAndHoles) {
  Value elements[] = {int32Value(1), ValueEmpty, int32Value(3)};
  Array *a = asArray(kiln_array_new(elements, 3));
  EXPECT_EQ(a->length, 3u);
  EXPECT_FALSE(getOwnProperty(a, PropertyKey::fromIndex(1)).found);
  EXPECT_EQ(keysOf(a), "0,2,length");
  EXPECT_TRUE(setProperty(a, PropertyKey::fromIndex(9), int32Value(10), cellValue(a), true).value());
  EXPECT_EQ(a->length, 10u);
  EXPECT_TRUE(setProperty(a, keyFromAtom(atoms.length), int32Value(1), cellValue(a), true).value());
  EXPECT_EQ(keysOf(a), "0,length");
  EXPECT_EQ(getProperty(a, PropertyKey::fromIndex(2)).value(), ValueUndefined);
  EXPECT_TRUE(setProperty(a, keyFromAtom(atoms.length), doubleValue(-1), cellValue(a), true).isThrown());
  EXPECT_EQ(takeExceptionMessage(), "RangeError: Invalid array length");
}

TEST_F(RuntimeObjectTest, FarIndicesGoSparse) {
  Array *a = newArray(0);
  defineOwnProperty(a, PropertyKey::fromIndex(4000000000u), int32Value(1));
  defineOwnProperty(a, PropertyKey::fromIndex(5), int32Value(2));
  EXPECT_EQ(a->length, 4000000001u);
  EXPECT_NE(a->sparse, nullptr);
  EXPECT_EQ(keysOf(a), "5,4000000000,length");
  EXPECT_EQ(getProperty(a, PropertyKey::fromIndex(5)).value(), int32Value(2));
}

TEST_F(RuntimeObjectTest, PrototypeChainAndShadowing) {
  Object *proto = newObject(realm.objectPrototype);
  defineOwnProperty(proto, key("inherited"), int32Value(1));
  Object *o = newObject(proto);
  EXPECT_EQ(getProperty(o, key("inherited")).value(), int32Value(1));
  EXPECT_TRUE(hasProperty(o, key("inherited")));
  EXPECT_FALSE(getOwnProperty(o, key("inherited")).found);
  EXPECT_TRUE(setProperty(o, key("inherited"), int32Value(2), cellValue(o), true).value());
  EXPECT_EQ(getProperty(o, key("inherited")).value(), int32Value(2));
  EXPECT_EQ(getProperty(proto, key("inherited")).value(), int32Value(1));
  EXPECT_EQ(getProperty(o, key("toString")).value(), getProperty(realm.objectPrototype, key("toString")).value());
}

TEST_F(RuntimeObjectTest, FrozenObjectsRejectWritesInStrictMode) {
  Object *o = newObject(realm.objectPrototype);
  defineOwnProperty(o, key("a"), int32Value(1));
  setIntegrityLevel(o, true);
  EXPECT_TRUE(setProperty(o, key("a"), int32Value(2), cellValue(o), false).value());  // sloppy: ignored
  EXPECT_EQ(getProperty(o, key("a")).value(), int32Value(1));
  EXPECT_TRUE(setProperty(o, key("a"), int32Value(2), cellValue(o), true).isThrown());
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot assign to read only property 'a' of object '#<Object>'");
  EXPECT_TRUE(setProperty(o, key("b"), int32Value(2), cellValue(o), true).isThrown());
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot add property b, object is not extensible");
  EXPECT_FALSE(deleteOwnProperty(o, key("a")));
}

TEST_F(RuntimeObjectTest, ReadingPropertiesOfUndefined) {
  EXPECT_EQ(kiln_get_property_rjs(ValueUndefined, str("x")), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot read properties of undefined (reading 'x')");
  EXPECT_EQ(kiln_get_property_rjs(ValueNull, int32Value(0)), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot read properties of null (reading '0')");
  EXPECT_EQ(kiln_set_property_rjs(ValueUndefined, str("y"), int32Value(1), 1), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot set properties of undefined (setting 'y')");
}

TEST_F(RuntimeObjectTest, PrimitivesUseTheirPrototypes) {
  EXPECT_EQ(kiln_get_property_rjs(str("hello"), str("length")), int32Value(5));
  EXPECT_EQ(utf8(kiln_get_property_rjs(str("hello"), int32Value(1))), "e");
  EXPECT_TRUE(isFunction(kiln_get_property_rjs(int32Value(5), str("toFixed"))));
  EXPECT_EQ(kiln_set_property_rjs(str("abc"), str("x"), int32Value(1), 1), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot create property 'x' on string 'abc'");
}

uint64_t counterCode(uint64_t callee, uint64_t thisValue, const uint64_t *args, uint32_t argc, uint64_t) {
  return kiln_set_property_rjs(thisValue, cellValue(internUTF8("count")), argc ? args[0] : int32Value(0), 1);
}

TEST_F(RuntimeObjectTest, FunctionsHaveLengthNameAndPrototype) {
  Value f = kiln_function_new(reinterpret_cast<void *>(counterCode), nullptr, 1, str("Counter"), 1);
  EXPECT_EQ(property(f, "length"), int32Value(1));
  EXPECT_EQ(utf8(property(f, "name")), "Counter");
  Value prototype = property(f, "prototype");
  ASSERT_TRUE(isObject(prototype));
  EXPECT_EQ(property(prototype, "constructor"), f);
  EXPECT_EQ(keysOf(asObject(f), KeyFilter::All, true), "");  // none enumerable

  Value args[] = {int32Value(7)};
  Value instance = kiln_construct_rjs(f, args, 1, ValueUndefined);
  ASSERT_TRUE(isObject(instance));
  EXPECT_EQ(prototypeOf(asObject(instance)), asObject(prototype));
  EXPECT_EQ(property(instance, "count"), int32Value(7));
  EXPECT_EQ(kiln_op_instanceof_rjs(instance, f), ValueTrue);

  Value arrow = kiln_function_new(reinterpret_cast<void *>(counterCode), nullptr, 0, str(""), 4);
  EXPECT_EQ(property(arrow, "prototype"), ValueUndefined);
  EXPECT_EQ(kiln_construct_rjs(arrow, nullptr, 0, ValueUndefined), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: (intermediate value) is not a constructor");
}

TEST_F(RuntimeObjectTest, ClassConstructorsRefuseCalls) {
  Value c = kiln_function_new(reinterpret_cast<void *>(counterCode), nullptr, 0, str("A"), 1 | 2);
  EXPECT_EQ(kiln_call_rjs(c, ValueUndefined, nullptr, 0), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Class constructor A cannot be invoked without 'new'");
}

TEST_F(RuntimeObjectTest, CallingANonFunction) {
  EXPECT_EQ(kiln_call_rjs(ValueUndefined, ValueUndefined, nullptr, 0), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: undefined is not a function");
  EXPECT_EQ(kiln_call_rjs(cellValue(newObject(realm.objectPrototype)), ValueUndefined, nullptr, 0), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: #<Object> is not a function");
}

TEST_F(RuntimeObjectTest, EnvironmentsAreParentThenSlots) {
  auto *outer = static_cast<uint64_t *>(kiln_env_new(nullptr, 2));
  auto *inner = static_cast<uint64_t *>(kiln_env_new(outer, 1));
  EXPECT_EQ(inner[0], reinterpret_cast<uintptr_t>(outer));
  EXPECT_EQ(outer[0], 0u);
  EXPECT_EQ(outer[1], ValueEmpty);  // bindings start in their TDZ
  EXPECT_EQ(outer[2], ValueEmpty);
}

}  // namespace
