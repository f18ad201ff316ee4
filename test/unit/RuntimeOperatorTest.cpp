// Tests for the operator entry points (runtime/ops/Operators.cpp) and conversions: int32 fast
// paths and overflow, string concatenation, ToPrimitive through valueOf/toString, == and the
// relational operators on mixed types, typeof, BigInt mixing errors, exceptions thrown by
// user code propagating through operators.
#include "RuntimeTestSupport.h"

#include "kiln/RuntimeFunctions.h"

#include <cmath>

using namespace kiln::rt;
using namespace kiln::rt::test;

namespace {

using RuntimeOperatorTest = RuntimeTest;

Value num(double d) { return kiln_number_to_value(d); }
Value big(const char *digits) { return kiln_bigint_literal(const_cast<char *>(digits), std::strlen(digits)); }

TEST_F(RuntimeOperatorTest, Int32ArithmeticOverflowsToDouble) {
  EXPECT_EQ(kiln_op_add_rjs(int32Value(1), int32Value(2)), int32Value(3));
  Value sum = kiln_op_add_rjs(int32Value(INT32_MAX), int32Value(1));
  EXPECT_TRUE(isDouble(sum));
  EXPECT_EQ(asDouble(sum), 2147483648.0);
  EXPECT_EQ(asNumber(kiln_op_mul_rjs(int32Value(65536), int32Value(65536))), 4294967296.0);
  Value negativeZero = kiln_op_mul_rjs(int32Value(0), int32Value(-5));
  EXPECT_TRUE(isDouble(negativeZero) && std::signbit(asDouble(negativeZero)));
  EXPECT_TRUE(std::signbit(asNumber(kiln_op_neg_rjs(int32Value(0)))));
  EXPECT_EQ(asNumber(kiln_op_neg_rjs(int32Value(INT32_MIN))), 2147483648.0);
  EXPECT_EQ(kiln_op_div_rjs(int32Value(6), int32Value(3)), int32Value(2));
  EXPECT_EQ(asNumber(kiln_op_div_rjs(int32Value(1), int32Value(0))), INFINITY);
  EXPECT_TRUE(std::signbit(asNumber(kiln_op_mod_rjs(int32Value(-4), int32Value(2)))));
  EXPECT_EQ(kiln_op_mod_rjs(int32Value(-7), int32Value(3)), int32Value(-1));
  EXPECT_TRUE(std::isnan(asNumber(kiln_op_mod_rjs(int32Value(1), int32Value(0)))));
  EXPECT_EQ(asNumber(kiln_op_mod_rjs(num(5.5), num(2))), 1.5);
  EXPECT_TRUE(std::isnan(asNumber(kiln_op_exp_rjs(int32Value(1), num(INFINITY)))));
  EXPECT_EQ(kiln_op_exp_rjs(int32Value(2), int32Value(10)), int32Value(1024));
  EXPECT_EQ(kiln_op_inc_rjs(int32Value(INT32_MAX)), num(2147483648.0));
}

TEST_F(RuntimeOperatorTest, BitwiseOperators) {
  EXPECT_EQ(kiln_op_shl_rjs(int32Value(1), int32Value(31)), int32Value(INT32_MIN));
  EXPECT_EQ(kiln_op_shl_rjs(int32Value(1), int32Value(32)), int32Value(1));
  EXPECT_EQ(kiln_op_sar_rjs(int32Value(-8), int32Value(1)), int32Value(-4));
  EXPECT_EQ(asNumber(kiln_op_shr_rjs(int32Value(-1), int32Value(0))), 4294967295.0);
  EXPECT_EQ(kiln_op_bitor_rjs(num(4294967296.0 + 3), int32Value(0)), int32Value(3));
  EXPECT_EQ(kiln_op_bitnot_rjs(str("5")), int32Value(-6));
  EXPECT_EQ(kiln_op_bitxor_rjs(num(NAN), int32Value(7)), int32Value(7));
}

TEST_F(RuntimeOperatorTest, AdditionConcatenatesStrings) {
  EXPECT_EQ(utf8(kiln_op_add_rjs(str("a"), int32Value(1))), "a1");
  EXPECT_EQ(utf8(kiln_op_add_rjs(num(1.5), str("x"))), "1.5x");
  EXPECT_EQ(utf8(kiln_op_add_rjs(str(""), ValueNull)), "null");
  EXPECT_EQ(utf8(kiln_op_add_rjs(ValueUndefined, str("!"))), "undefined!");
  EXPECT_EQ(utf8(kiln_op_add_rjs(str("["), kiln_object_new())), "[[object Object]");
  Value elements[] = {int32Value(1), int32Value(2)};
  EXPECT_EQ(utf8(kiln_op_add_rjs(kiln_array_new(elements, 2), str(""))), "1,2");
  EXPECT_TRUE(std::isnan(asNumber(kiln_op_add_rjs(ValueUndefined, int32Value(1)))));
  EXPECT_EQ(kiln_op_add_rjs(ValueTrue, ValueTrue), int32Value(2));
}

uint64_t valueOfFortyTwo(uint64_t, uint64_t, const uint64_t *, uint32_t, uint64_t) { return int32Value(42); }
uint64_t throwingValueOf(uint64_t, uint64_t, const uint64_t *, uint32_t, uint64_t) {
  return kiln_throw(cellValue(newStringFromUTF8("boom")));
}

TEST_F(RuntimeOperatorTest, ToPrimitiveCallsValueOf) {
  Value o = kiln_object_new();
  kiln_define_property(o, str("valueOf"), kiln_function_new(reinterpret_cast<void *>(valueOfFortyTwo), nullptr, 0, str("valueOf"), 0));
  EXPECT_EQ(kiln_op_add_rjs(o, int32Value(1)), int32Value(43));
  EXPECT_EQ(utf8(kiln_op_add_rjs(o, str("!"))), "42!");
  EXPECT_EQ(kiln_op_loose_eq_rjs(o, int32Value(42)), ValueTrue);
  EXPECT_EQ(kiln_op_lt_rjs(o, int32Value(50)), ValueTrue);
  EXPECT_EQ(utf8(kiln_to_string_rjs(o)), "[object Object]");  // hint string: toString first

  Value bad = kiln_object_new();
  kiln_define_property(bad, str("valueOf"), kiln_function_new(reinterpret_cast<void *>(throwingValueOf), nullptr, 0, str("valueOf"), 0));
  EXPECT_EQ(kiln_op_sub_rjs(bad, int32Value(1)), ValueException);
  EXPECT_EQ(utf8(kiln_take_exception()), "boom");
}

TEST_F(RuntimeOperatorTest, LooseAndStrictEquality) {
  EXPECT_EQ(kiln_op_loose_eq_rjs(ValueNull, ValueUndefined), ValueTrue);
  EXPECT_EQ(kiln_op_loose_eq_rjs(ValueNull, int32Value(0)), ValueFalse);
  EXPECT_EQ(kiln_op_loose_eq_rjs(str("1"), int32Value(1)), ValueTrue);
  EXPECT_EQ(kiln_op_loose_eq_rjs(str(" \n"), int32Value(0)), ValueTrue);
  EXPECT_EQ(kiln_op_loose_eq_rjs(ValueTrue, str("1")), ValueTrue);
  EXPECT_EQ(kiln_op_loose_eq_rjs(num(NAN), num(NAN)), ValueFalse);
  EXPECT_EQ(kiln_op_loose_eq_rjs(big("10"), str("10")), ValueTrue);
  EXPECT_EQ(kiln_op_loose_eq_rjs(big("10"), num(10.0)), ValueTrue);
  EXPECT_EQ(kiln_op_loose_eq_rjs(big("10"), num(10.5)), ValueFalse);
  EXPECT_EQ(kiln_op_strict_eq(int32Value(1), num(1.0)), ValueTrue);
  EXPECT_EQ(kiln_op_strict_eq(num(0.0), num(-0.0)), ValueTrue);
  EXPECT_EQ(kiln_op_strict_eq(str("ab"), kiln_op_add_rjs(str("a"), str("b"))), ValueTrue);
  EXPECT_EQ(kiln_op_strict_eq(str("1"), int32Value(1)), ValueFalse);
  EXPECT_EQ(kiln_op_strict_eq(big("123456789012345678901234567890"), big("123456789012345678901234567890")), ValueTrue);
}

TEST_F(RuntimeOperatorTest, RelationalComparison) {
  EXPECT_EQ(kiln_op_lt_rjs(str("a"), str("b")), ValueTrue);
  EXPECT_EQ(kiln_op_lt_rjs(str("10"), str("9")), ValueTrue);  // strings compare by code units
  EXPECT_EQ(kiln_op_lt_rjs(str("10"), int32Value(9)), ValueFalse);
  EXPECT_EQ(kiln_op_le_rjs(num(NAN), int32Value(1)), ValueFalse);
  EXPECT_EQ(kiln_op_ge_rjs(ValueUndefined, ValueUndefined), ValueFalse);
  EXPECT_EQ(kiln_op_ge_rjs(ValueNull, int32Value(0)), ValueTrue);
  EXPECT_EQ(kiln_op_gt_rjs(big("5"), num(4.5)), ValueTrue);
  EXPECT_EQ(kiln_op_lt_rjs(big("5"), str("6")), ValueTrue);
}

TEST_F(RuntimeOperatorTest, TypeofResults) {
  EXPECT_EQ(utf8(kiln_op_typeof(ValueUndefined)), "undefined");
  EXPECT_EQ(utf8(kiln_op_typeof(ValueNull)), "object");
  EXPECT_EQ(utf8(kiln_op_typeof(int32Value(1))), "number");
  EXPECT_EQ(utf8(kiln_op_typeof(str("s"))), "string");
  EXPECT_EQ(utf8(kiln_op_typeof(ValueFalse)), "boolean");
  EXPECT_EQ(utf8(kiln_op_typeof(big("1"))), "bigint");
  EXPECT_EQ(utf8(kiln_op_typeof(cellValue(newSymbol(ValueUndefined)))), "symbol");
  EXPECT_EQ(utf8(kiln_op_typeof(global("Math"))), "object");
  EXPECT_EQ(utf8(kiln_op_typeof(property(global("Math"), "max"))), "function");
  EXPECT_EQ(utf8(kiln_typeof_global_rjs(str("notDeclaredAnywhere"))), "undefined");
}

TEST_F(RuntimeOperatorTest, BigIntOperators) {
  EXPECT_EQ(utf8(kiln_op_add_rjs(big("9007199254740993"), big("1"))), "9007199254740994");
  EXPECT_EQ(utf8(kiln_op_mul_rjs(big("-3"), big("4"))), "-12");
  EXPECT_EQ(kiln_op_add_rjs(big("1"), int32Value(1)), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot mix BigInt and other types, use explicit conversions");
  EXPECT_EQ(kiln_op_shr_rjs(big("1"), big("1")), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: BigInts have no unsigned right shift, use >> instead");
  EXPECT_EQ(kiln_op_to_number_rjs(big("1")), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot convert a BigInt value to a number");
  EXPECT_EQ(utf8(kiln_op_inc_rjs(big("-1"))), "0");
  EXPECT_EQ(utf8(kiln_op_add_rjs(str("n="), big("5"))), "n=5");
}

TEST_F(RuntimeOperatorTest, InAndInstanceof) {
  Value o = kiln_object_new();
  kiln_define_property(o, str("x"), int32Value(1));
  EXPECT_EQ(kiln_op_in_rjs(str("x"), o), ValueTrue);
  EXPECT_EQ(kiln_op_in_rjs(str("toString"), o), ValueTrue);
  EXPECT_EQ(kiln_op_in_rjs(str("y"), o), ValueFalse);
  Value elements[] = {int32Value(1)};
  Value a = kiln_array_new(elements, 1);
  EXPECT_EQ(kiln_op_in_rjs(int32Value(0), a), ValueTrue);
  EXPECT_EQ(kiln_op_in_rjs(str("length"), a), ValueTrue);
  EXPECT_EQ(kiln_op_in_rjs(str("a"), str("b")), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot use 'in' operator to search for 'a' in b");
  EXPECT_EQ(kiln_op_instanceof_rjs(a, global("Array")), ValueTrue);
  EXPECT_EQ(kiln_op_instanceof_rjs(a, global("Object")), ValueTrue);
  EXPECT_EQ(kiln_op_instanceof_rjs(o, global("Array")), ValueFalse);
  EXPECT_EQ(kiln_op_instanceof_rjs(int32Value(1), global("Number")), ValueFalse);
  EXPECT_EQ(kiln_op_instanceof_rjs(o, int32Value(5)), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Right-hand side of 'instanceof' is not an object");
}

TEST_F(RuntimeOperatorTest, SymbolsDoNotConvert) {
  Value s = cellValue(newSymbol(str("q")));
  EXPECT_EQ(kiln_to_string_rjs(s), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot convert a Symbol value to a string");
  EXPECT_EQ(kiln_op_to_number_rjs(s), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Cannot convert a Symbol value to a number");
}

TEST_F(RuntimeOperatorTest, ErrorsOfTheDeclaredKinds) {
  EXPECT_EQ(kiln_throw_tdz_error(str("x")), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "ReferenceError: Cannot access 'x' before initialization");
  EXPECT_EQ(kiln_throw_const_assignment(), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "TypeError: Assignment to constant variable.");
  EXPECT_EQ(kiln_get_global_rjs(str("nope")), ValueException);
  EXPECT_EQ(takeExceptionMessage(), "ReferenceError: nope is not defined");
  EXPECT_EQ(kiln_throw_error(const_cast<char *>("RangeError"), const_cast<char *>("too big")), ValueException);
  Value e = kiln_take_exception();
  EXPECT_EQ(kiln_op_instanceof_rjs(e, global("RangeError")), ValueTrue);
  EXPECT_EQ(kiln_op_instanceof_rjs(e, global("Error")), ValueTrue);
  // Thrown outside any JavaScript frame: the stack is the header alone.
  EXPECT_EQ(utf8(property(e, "stack")), "RangeError: too big");
}

TEST_F(RuntimeOperatorTest, PropertyKeysFromValues) {
  EXPECT_EQ(kiln_to_property_key_rjs(num(1.0)), int32Value(1));
  EXPECT_EQ(utf8(kiln_to_property_key_rjs(num(1.5))), "1.5");
  EXPECT_EQ(utf8(kiln_to_property_key_rjs(num(-0.0))), "0");
  Value o = kiln_object_new();
  kiln_set_property_rjs(o, num(2.0), str("two"), 1);
  EXPECT_EQ(utf8(kiln_get_property_rjs(o, str("2"))), "two");
  kiln_set_property_rjs(o, ValueNull, str("n"), 1);
  EXPECT_EQ(utf8(kiln_get_property_rjs(o, str("null"))), "n");
}

}  // namespace
