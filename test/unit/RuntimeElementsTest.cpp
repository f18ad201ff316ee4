// Tests for arrays' elements kinds (runtime/object/Object.h: ElementsKind): every array starts as
// high in the list as its contents allow and moves down, never up, as elements are stored,
// deleted, left as holes or made sparse; and after every step the kind's promise holds.
#include "RuntimeTestSupport.h"

#include "kiln/RuntimeFunctions.h"

using namespace kiln::rt;
using namespace kiln::rt::test;

namespace {

using RuntimeElementsTest = RuntimeTest;

Value set(Array *a, uint32_t index, Value v) {
  return kiln_set_property_rjs(cellValue(a), int32Value(int32_t(index)), v, 1);
}

TEST_F(RuntimeElementsTest, LiteralsStartAsTheirContentsAllow) {
  Value ints[] = {int32Value(1), int32Value(2)};
  Value numbers[] = {int32Value(1), numberValue(2.5)};
  Value mixed[] = {int32Value(1), cellValue(internUTF8("x"))};
  Value holes[] = {int32Value(1), ValueEmpty, int32Value(3)};
  EXPECT_EQ(elementsKind(newArrayFrom(ints, 2)), ElementsKind::PackedInt32);
  EXPECT_EQ(elementsKind(newArrayFrom(numbers, 2)), ElementsKind::PackedDouble);
  EXPECT_EQ(elementsKind(newArrayFrom(mixed, 2)), ElementsKind::Packed);
  EXPECT_EQ(elementsKind(newArrayFrom(holes, 3)), ElementsKind::Holey);
  EXPECT_EQ(elementsKind(newArray(0)), ElementsKind::PackedInt32);
  EXPECT_EQ(elementsKind(newArray(3)), ElementsKind::Holey);  // new Array(3)
}

TEST_F(RuntimeElementsTest, StoresOnlyMoveDown) {
  Array *a = newArray(0);
  arrayPush(a, int32Value(7));
  EXPECT_EQ(elementsKind(a), ElementsKind::PackedInt32);
  set(a, 0, numberValue(0.5));
  EXPECT_EQ(elementsKind(a), ElementsKind::PackedDouble);
  set(a, 0, int32Value(1));  // an int32 again does not move the kind back up
  EXPECT_EQ(elementsKind(a), ElementsKind::PackedDouble);
  arrayPush(a, ValueTrue);
  EXPECT_EQ(elementsKind(a), ElementsKind::Packed);
  EXPECT_TRUE(elementsKindHolds(a));
  set(a, 5, int32Value(1));  // past the end: indices 2..4 are holes
  EXPECT_EQ(elementsKind(a), ElementsKind::Holey);
  EXPECT_TRUE(elementsKindHolds(a));
}

TEST_F(RuntimeElementsTest, HolesFromDeleteAndLength) {
  Value ints[] = {int32Value(1), int32Value(2), int32Value(3)};
  Array *a = newArrayFrom(ints, 3);
  ASSERT_FALSE(setArrayLength(a, 2, true).isThrown());  // shrinking keeps the kind
  EXPECT_EQ(elementsKind(a), ElementsKind::PackedInt32);
  EXPECT_TRUE(elementsKindHolds(a));
  ASSERT_FALSE(setArrayLength(a, 4, true).isThrown());  // growing leaves holes
  EXPECT_EQ(elementsKind(a), ElementsKind::Holey);
  Array *b = newArrayFrom(ints, 3);
  EXPECT_TRUE(deleteOwnProperty(b, PropertyKey::fromIndex(1)));
  EXPECT_EQ(elementsKind(b), ElementsKind::Holey);
}

TEST_F(RuntimeElementsTest, FarIndicesAndFrozenArraysAreSparse) {
  Array *a = newArray(0);
  set(a, 1000000, int32Value(1));
  EXPECT_EQ(elementsKind(a), ElementsKind::Sparse);
  EXPECT_TRUE(elementsKindHolds(a));
  Value ints[] = {int32Value(1), int32Value(2)};
  Array *b = newArrayFrom(ints, 2);
  setIntegrityLevel(b, true);
  EXPECT_EQ(elementsKind(b), ElementsKind::Sparse);
  EXPECT_TRUE(elementsKindHolds(b));
}

}  // namespace
