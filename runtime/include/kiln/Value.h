// JavaScript values as the runtime sees them: the JSVALUE64 encoding of value_layout.def turned
// into inline helpers, and the header every heap cell starts with.
//
// A value is a plain uint64_t (the same type generated code passes), not a wrapper class, so the
// extern "C" entry points of RuntimeFunctions.def and the C++ internals share one type. Only the
// helpers below look at the bits; every constant comes from value_layout.def, and the
// static_asserts check the invariants the encoding relies on.
//
// On 32-bit targets a value is still 64 bits: a cell pointer sits in the low word with the high
// word zero, so the same masks work unchanged.
#pragma once

#include <cstdint>
#include <cmath>
#include <cstring>

namespace kiln::rt {

using Value = uint64_t;

#define VALUE_CONSTANT(Name, Bits) inline constexpr uint64_t Name = Bits;
#define LAYOUT_OFFSET(Name, Bytes) inline constexpr uint32_t Name = Bytes;
#include "kiln/value_layout.def"

static_assert((ValueNull & ~UndefinedTag) == ValueNull && (ValueUndefined & ~UndefinedTag) == ValueNull,
              "null and undefined differ only in UndefinedTag");
static_assert((ValueTrue & ~1ull) == ValueFalse && (ValueFalse & BoolTag) && (ValueFalse & OtherTag),
              "booleans are OtherTag|BoolTag plus the truth bit");
static_assert((ValueException & OtherTag) && ValueException != ValueNull && ValueException != ValueUndefined &&
                  ValueException != ValueTrue && ValueException != ValueFalse,
              "the exception marker is an immediate distinct from every JavaScript immediate");
static_assert((NumberTag & NotCellMask) == NumberTag && (OtherTag & NotCellMask) == OtherTag,
              "numbers and immediates are never cells");
static_assert(DoubleEncodeOffset == (1ull << 49), "doubles are offset by 2^49");
static_assert(ValueEmpty == 0, "holes and TDZ bindings are all-zero bits");
static_assert(EnvironmentParentOffset == 0 && EnvironmentSlotsOffset == 8,
              "an environment is an 8-byte parent slot followed by 8-byte value slots");

// ---- Kinds and the cell header -------------------------------------------------------------
enum class CellKind : uint8_t {
#define CELL_KIND(Name) Name,
#define OBJECT_KIND(Name) Name,
#include "kiln/CellKinds.def"
};
inline constexpr CellKind FirstObjectKind = CellKind::Object;

// Every heap cell starts with this 8-byte header. `bits` is owned by the cell kind (string
// representation flags, object extensibility, ...); `elementsKind` is an array's ElementsKind
// (object/Object.h); `hash` caches a string's hash.
struct Cell {
  CellKind kind;
  uint8_t bits;
  uint8_t elementsKind;
  uint8_t spare;
  uint32_t hash;
};
static_assert(sizeof(Cell) == 8, "the cell header is 8 bytes on every target");

struct String;
struct Symbol;
struct BigInt;
struct Object;

// ---- Predicates ----------------------------------------------------------------------------
inline bool isCell(Value v) { return (v & NotCellMask) == 0 && v != ValueEmpty; }
inline bool isInt32(Value v) { return (v & NumberTag) == NumberTag; }
inline bool isNumber(Value v) { return (v & NumberTag) != 0; }
inline bool isDouble(Value v) { return isNumber(v) && !isInt32(v); }
inline bool isUndefined(Value v) { return v == ValueUndefined; }
inline bool isNull(Value v) { return v == ValueNull; }
inline bool isNullish(Value v) { return (v & ~UndefinedTag) == ValueNull; }
inline bool isBoolean(Value v) { return (v & ~1ull) == ValueFalse; }

inline Cell *asCell(Value v) { return reinterpret_cast<Cell *>(static_cast<uintptr_t>(v)); }
inline CellKind cellKind(Value v) { return asCell(v)->kind; }
inline bool isCellOfKind(Value v, CellKind k) { return isCell(v) && cellKind(v) == k; }
inline bool isString(Value v) { return isCellOfKind(v, CellKind::String); }
inline bool isSymbol(Value v) { return isCellOfKind(v, CellKind::Symbol); }
inline bool isBigInt(Value v) { return isCellOfKind(v, CellKind::BigInt); }
inline bool isObject(Value v) { return isCell(v) && cellKind(v) >= FirstObjectKind; }

// ---- Encoding ------------------------------------------------------------------------------
inline Value cellValue(const void *cell) { return static_cast<Value>(reinterpret_cast<uintptr_t>(cell)); }
inline Value int32Value(int32_t i) { return NumberTag | static_cast<uint32_t>(i); }
inline Value boolValue(bool b) { return b ? ValueTrue : ValueFalse; }

inline Value doubleValueRaw(double d) {  // d must not be a non-canonical NaN
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits + DoubleEncodeOffset;
}
inline constexpr uint64_t CanonicalNaNBits = 0x7ff8000000000000ull;
inline Value doubleValue(double d) {  // always a double, even when integral
  if (d != d) return CanonicalNaNBits + DoubleEncodeOffset;
  return doubleValueRaw(d);
}
// Int32 when the number is an integer in int32 range and not -0, a double otherwise.
inline Value numberValue(double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0) {
    int32_t i = static_cast<int32_t>(d);
    if (static_cast<double>(i) == d && !(i == 0 && std::signbit(d))) return int32Value(i);
  }
  return doubleValue(d);
}

// ---- Decoding ------------------------------------------------------------------------------
inline int32_t asInt32(Value v) { return static_cast<int32_t>(static_cast<uint32_t>(v)); }
inline double asDouble(Value v) {
  uint64_t bits = v - DoubleEncodeOffset;
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}
inline double asNumber(Value v) { return isInt32(v) ? asInt32(v) : asDouble(v); }
inline bool asBoolean(Value v) { return v == ValueTrue; }
inline String *asString(Value v) { return reinterpret_cast<String *>(asCell(v)); }
inline Symbol *asSymbol(Value v) { return reinterpret_cast<Symbol *>(asCell(v)); }
inline BigInt *asBigInt(Value v) { return reinterpret_cast<BigInt *>(asCell(v)); }
inline Object *asObject(Value v) { return reinterpret_cast<Object *>(asCell(v)); }

}  // namespace kiln::rt
