// Tests for the value encoding (runtime/include/kiln/Value.h, value_layout.def): every kind of
// value round-trips and is recognised by exactly the predicates it should be.
#include "kiln/Value.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace kiln::rt;

namespace {

TEST(RuntimeValueTest, Int32RoundTrip) {
  for (int32_t i : {0, 1, -1, 42, -42, INT32_MAX, INT32_MIN}) {
    Value v = int32Value(i);
    EXPECT_TRUE(isInt32(v));
    EXPECT_TRUE(isNumber(v));
    EXPECT_FALSE(isDouble(v));
    EXPECT_FALSE(isCell(v));
    EXPECT_EQ(asInt32(v), i);
    EXPECT_EQ(asNumber(v), i);
  }
}

TEST(RuntimeValueTest, DoubleRoundTrip) {
  const double cases[] = {0.5, -0.0, 1e300, -1e-300, std::numeric_limits<double>::infinity(),
                          -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::denorm_min(),
                          std::numeric_limits<double>::max(), 4294967296.0};
  for (double d : cases) {
    Value v = doubleValue(d);
    EXPECT_TRUE(isDouble(v)) << d;
    EXPECT_FALSE(isInt32(v));
    EXPECT_FALSE(isCell(v));
    EXPECT_EQ(std::signbit(asDouble(v)), std::signbit(d));
    EXPECT_EQ(asDouble(v), d);
  }
}

TEST(RuntimeValueTest, NaNsAreCanonical) {
  uint64_t payload = 0x7ff0000000000001ull;  // a signalling NaN with a payload
  double odd;
  std::memcpy(&odd, &payload, sizeof odd);
  Value a = doubleValue(odd), b = doubleValue(-std::numeric_limits<double>::quiet_NaN());
  EXPECT_EQ(a, b);
  EXPECT_TRUE(std::isnan(asDouble(a)));
  EXPECT_TRUE(isDouble(a));
  EXPECT_FALSE(isCell(a));
}

TEST(RuntimeValueTest, NumberValuePrefersInt32) {
  EXPECT_TRUE(isInt32(numberValue(3.0)));
  EXPECT_TRUE(isInt32(numberValue(-2147483648.0)));
  EXPECT_TRUE(isDouble(numberValue(2147483648.0)));
  EXPECT_TRUE(isDouble(numberValue(0.5)));
  EXPECT_TRUE(isDouble(numberValue(-0.0)));  // -0 is not an int32
  EXPECT_TRUE(std::signbit(asDouble(numberValue(-0.0))));
}

TEST(RuntimeValueTest, Immediates) {
  EXPECT_TRUE(isUndefined(ValueUndefined));
  EXPECT_TRUE(isNull(ValueNull));
  EXPECT_TRUE(isNullish(ValueNull) && isNullish(ValueUndefined));
  EXPECT_FALSE(isNullish(ValueFalse) || isNullish(int32Value(0)) || isNullish(ValueEmpty));
  EXPECT_TRUE(isBoolean(ValueTrue) && isBoolean(ValueFalse));
  EXPECT_FALSE(isBoolean(ValueNull) || isBoolean(ValueUndefined) || isBoolean(ValueException));
  EXPECT_TRUE(asBoolean(boolValue(true)));
  EXPECT_FALSE(asBoolean(boolValue(false)));
  for (Value v : {ValueUndefined, ValueNull, ValueTrue, ValueFalse, ValueException, ValueEmpty}) {
    EXPECT_FALSE(isCell(v)) << v;
    EXPECT_FALSE(isNumber(v)) << v;
  }
}

TEST(RuntimeValueTest, CellsAreRawPointers) {
  alignas(8) static Cell cell{CellKind::Object, 0, 0, 0};
  Value v = cellValue(&cell);
  EXPECT_EQ(v, reinterpret_cast<uintptr_t>(&cell));
  EXPECT_TRUE(isCell(v));
  EXPECT_TRUE(isObject(v));
  EXPECT_FALSE(isString(v));
  EXPECT_EQ(asCell(v), &cell);
}

}  // namespace
