// Array: the constructor, Array.isArray/of/from, and Array.prototype. Methods follow the spec's
// generic algorithms (ToObject(this), LengthOfArrayLike, Get/Set/HasProperty/DeletePropertyOrThrow)
// so they work on array-likes; the hot ones (push, pop, indexing in loops) take a shortcut for
// dense arrays. ArraySpeciesCreate is not honoured: results are plain arrays.
#include "Builtins.h"
#include "Iterators.h"
#include "heap/Heap.h"
#include "number/NumberConversions.h"
#include "ops/Operators.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace kiln::rt {

// ---- Generic element access ----------------------------------------------------------------

static PropertyKey indexKey(double i) {
  if (i <= 4294967294.0) return PropertyKey::fromIndex(static_cast<uint32_t>(i));
  return keyFromString(numberToString(i));
}

static Result<double> lengthOfArrayLike(Object *o) {
  if (o->kind == CellKind::Array) return static_cast<double>(static_cast<Array *>(o)->length);
  Value l = KILN_TRY(getProperty(o, keyFromAtom(atoms.length)));
  double d = KILN_TRY(toIntegerOrInfinity(l));
  if (d <= 0) return 0.0;
  return std::min(d, 9007199254740991.0);
}

static inline bool isDenseArray(Object *o) { return o->kind == CellKind::Array && !o->sparse; }

static Result<Value> getIndex(Object *o, double i) {
  if (isDenseArray(o) && i < o->elementCapacity) {
    Value v = o->elements[static_cast<uint32_t>(i)];
    if (v != ValueEmpty) return v;
  }
  return getProperty(o, indexKey(i));
}

static Status setIndex(Object *o, double i, Value v) { return setProperty(o, indexKey(i), v, cellValue(o), true); }

static bool hasIndex(Object *o, double i) { return hasProperty(o, indexKey(i)); }

static Status deleteIndex(Object *o, double i) {
  PropertyKey key = indexKey(i);
  if (!deleteOwnProperty(o, key)) {
    std::string name = toUTF8(toStringNoRJS(keyToValue(key)));
    return throwTypeError("Cannot delete property '%s' of %s", name.c_str(), toUTF8(noSideEffectsToString(cellValue(o))).c_str());
  }
  return Ok;
}

static Status setLength(Object *o, double length) {
  return setProperty(o, keyFromAtom(atoms.length), numberValue(length), cellValue(o), true);
}

static Status createDataProperty(Object *o, double i, Value v) {
  defineOwnProperty(o, indexKey(i), v);
  return Ok;
}

// ToObject(this) for the methods whose TypeError names them (V8's ToObject in Torque builtins).
static Result<Object *> thisObject(const CallArgs &args, const char *method) {
  if (isNullish(args.thisValue)) return throwTypeError("%s called on null or undefined", method);
  return toObject(args.thisValue);
}

static Result<Value> callbackOf(const CallArgs &args) {
  if (!isCallable(args[0])) {
    std::string shown = toUTF8(noSideEffectsToString(args[0]));
    return throwTypeError("%s is not a function", shown.c_str());
  }
  return args[0];
}

// Relative index arguments (slice, splice, fill, at, ...): clamps into [0, length].
static Result<double> relativeIndex(Value v, double length, double defaultValue) {
  if (isUndefined(v)) return defaultValue;
  double r = KILN_TRY(toIntegerOrInfinity(v));
  if (r < 0) return std::max(length + r, 0.0);
  return std::min(r, length);
}

// ---- Constructor and statics ---------------------------------------------------------------

static Result<Value> arrayConstructor(const CallArgs &args) {
  Object *prototype = realm.arrayPrototype;
  if (args.isConstructCall() && args.newTarget != args.callee) {
    Value p = KILN_TRY(getValueProperty(args.newTarget, keyFromAtom(atoms.prototype)));
    if (isObject(p)) prototype = asObject(p);
  }
  Array *array;
  if (args.count == 1 && isNumber(args[0])) {
    double d = asNumber(args[0]);
    if (!(d >= 0 && d <= 4294967295.0 && d == std::floor(d))) return throwRangeError("Invalid array length");
    array = newArray(static_cast<uint32_t>(d));
  } else {
    array = newArrayFrom(args.values, args.count);
  }
  if (prototype != realm.arrayPrototype) setPrototype(array, prototype);
  return cellValue(array);
}

static Result<Value> arrayIsArray(const CallArgs &args) { return boolValue(isArray(args[0])); }

static Value arrayConstructorValue;  // %Array%, for Array.from/of called on another constructor

// Array.from/of's result: a new array, or `new C(...args)` when `this` is another constructor.
static Result<Object *> constructFromThis(const CallArgs &args, const Value *ctorArgs, uint32_t count) {
  if (args.thisValue != arrayConstructorValue && isConstructor(args.thisValue)) {
    Value made = KILN_TRY(construct(args.thisValue, ctorArgs, count, args.thisValue));
    return asObject(made);  // [[Construct]] always returns an object
  }
  return static_cast<Object *>(newArray(0));
}

// CreateDataPropertyOrThrow on an object that may be a user's (Array.from/of with a constructor).
static Status createDataPropertyOrThrow(Object *o, double i, Value v) {
  if (o->kind == CellKind::Array && !(o->bits & Object::NotExtensible) && prototypeOf(o) == realm.arrayPrototype &&
      !getOwnProperty(o, indexKey(i)).found)
    return createDataProperty(o, i, v);  // a new array of ours: nothing to check
  PropertyDescriptor d;
  d.hasValue = d.hasWritable = d.hasEnumerable = d.hasConfigurable = true;
  d.value = v;
  d.writable = d.enumerable = d.configurable = true;
  if (!validateAndDefine(o, indexKey(i), d)) {
    std::string name = toUTF8(numberToString(i));
    return throwTypeError("Cannot redefine property: %s", name.c_str());
  }
  return Ok;
}

static Result<Value> arrayOf(const CallArgs &args) {
  if (args.thisValue == arrayConstructorValue || !isConstructor(args.thisValue))
    return cellValue(newArrayFrom(args.values, args.count));
  Value length = numberValue(args.count);
  Object *a = KILN_TRY(constructFromThis(args, &length, 1));
  for (uint32_t k = 0; k < args.count; ++k) KILN_TRY(createDataPropertyOrThrow(a, k, args.values[k]));
  KILN_TRY(setLength(a, args.count));
  return cellValue(a);
}

static Result<Value> arrayFrom(const CallArgs &args) {
  Value items = args[0], mapFn = args[1], thisArg = args[2];
  if (!isUndefined(mapFn) && !isCallable(mapFn)) {
    std::string shown = toUTF8(noSideEffectsToString(mapFn));
    return throwTypeError("%s is not a function", shown.c_str());
  }
  if (isNullish(items)) {
    KILN_TRY(getIteratorOfArgument(items));  // throws V8's "... is not iterable"
    return ValueUndefined;
  }
  Value usingIterator = KILN_TRY(getValueProperty(items, PropertyKey::fromCell(realm.symbolIterator)));
  if (!isNullish(usingIterator)) {
    if (!isCallable(usingIterator))
      return throwTypeError("%%Array%%.from requires that the property of the first argument, items[Symbol.iterator], "
                            "when exists, be a function");
    Object *a = KILN_TRY(constructFromThis(args, nullptr, 0));
    IteratorRecord *record = KILN_TRY(getIterator(items));
    for (double k = 0;; ++k) {
      Value next = KILN_TRY(iteratorStep(record));
      if (next == ValueEmpty) {
        KILN_TRY(setLength(a, k));
        return cellValue(a);
      }
      Result<Value> mapped = next;
      if (!isUndefined(mapFn)) {
        Value callArgs[2] = {next, numberValue(k)};
        mapped = call(mapFn, thisArg, callArgs, 2);
      }
      if (mapped.isThrown() || createDataPropertyOrThrow(a, k, mapped.value()).isThrown()) {
        iteratorCloseForThrow(record);
        return Thrown;
      }
    }
  }
  Object *arrayLike = KILN_TRY(toObject(items));
  double length = KILN_TRY(lengthOfArrayLike(arrayLike));
  Value lengthValue = numberValue(length);
  Object *a = KILN_TRY(constructFromThis(args, &lengthValue, 1));
  for (double k = 0; k < length; ++k) {
    Value value = KILN_TRY(getIndex(arrayLike, k));
    if (!isUndefined(mapFn)) {
      Value callArgs[2] = {value, numberValue(k)};
      value = KILN_TRY(call(mapFn, thisArg, callArgs, 2));
    }
    KILN_TRY(createDataPropertyOrThrow(a, k, value));
  }
  KILN_TRY(setLength(a, length));
  return cellValue(a);
}

// ---- Mutators ------------------------------------------------------------------------------

static Result<Value> arrayPushMethod(const CallArgs &args) {
  if (isArray(args.thisValue) && !asObject(args.thisValue)->sparse &&
      !(asObject(args.thisValue)->bits & (Object::NotExtensible | Object::LengthReadOnly))) {
    Array *a = asArray(args.thisValue);
    if (uint64_t(a->length) + args.count > 4294967295ull) return throwTypeError("Pushing %u elements on an array-like of length %u is disallowed, as the total surpasses 2**53-1", args.count, a->length);
    for (uint32_t i = 0; i < args.count; ++i) arrayPush(a, args.values[i]);
    return numberValue(a->length);
  }
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  if (length + args.count > 9007199254740991.0) {
    std::string shown = toUTF8(numberToString(length));
    return throwTypeError("Pushing %u elements on an array-like of length %s is disallowed, as the total surpasses 2**53-1",
                          args.count, shown.c_str());
  }
  for (uint32_t i = 0; i < args.count; ++i) KILN_TRY(setIndex(o, length + i, args.values[i]));
  KILN_TRY(setLength(o, length + args.count));
  return numberValue(length + args.count);
}

static Result<Value> arrayPop(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  if (length == 0) {
    KILN_TRY(setLength(o, 0));
    return ValueUndefined;
  }
  Value element = KILN_TRY(getIndex(o, length - 1));
  if (isDenseArray(o) && !(o->bits & Object::LengthReadOnly)) {
    Array *a = static_cast<Array *>(o);
    if (a->length - 1 < a->elementCapacity) a->elements[a->length - 1] = ValueEmpty;
    a->length -= 1;
    return element;
  }
  KILN_TRY(deleteIndex(o, length - 1));
  KILN_TRY(setLength(o, length - 1));
  return element;
}

static Result<Value> arrayShift(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  if (length == 0) {
    KILN_TRY(setLength(o, 0));
    return ValueUndefined;
  }
  Value first = KILN_TRY(getIndex(o, 0));
  if (isDenseArray(o) && !(o->bits & (Object::NotExtensible | Object::LengthReadOnly))) {
    Array *a = static_cast<Array *>(o);
    uint32_t n = std::min(a->length, a->elementCapacity);
    if (n > 0) {
      std::memmove(a->elements, a->elements + 1, (n - 1) * sizeof(Value));
      a->elements[n - 1] = ValueEmpty;
    }
    a->length -= 1;
    return first;
  }
  for (double k = 1; k < length; ++k) {
    if (hasIndex(o, k)) KILN_TRY(setIndex(o, k - 1, KILN_TRY(getIndex(o, k))));
    else KILN_TRY(deleteIndex(o, k - 1));
  }
  KILN_TRY(deleteIndex(o, length - 1));
  KILN_TRY(setLength(o, length - 1));
  return first;
}

static Result<Value> arrayUnshift(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  uint32_t n = args.count;
  if (n > 0) {
    for (double k = length; k > 0; --k) {
      if (hasIndex(o, k - 1)) KILN_TRY(setIndex(o, k - 1 + n, KILN_TRY(getIndex(o, k - 1))));
      else KILN_TRY(deleteIndex(o, k - 1 + n));
    }
    for (uint32_t j = 0; j < n; ++j) KILN_TRY(setIndex(o, j, args.values[j]));
  }
  KILN_TRY(setLength(o, length + n));
  return numberValue(length + n);
}

static Result<Value> arraySplice(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  double start = KILN_TRY(relativeIndex(args[0], length, 0));
  double deleteCount;
  if (args.count == 0) deleteCount = 0;
  else if (args.count == 1) deleteCount = length - start;
  else deleteCount = std::clamp(KILN_TRY(toIntegerOrInfinity(args[1])), 0.0, length - start);
  uint32_t itemCount = args.count > 2 ? args.count - 2 : 0;
  const Value *items = args.values + 2;
  Array *removed = newArray(0);
  for (double k = 0; k < deleteCount; ++k)
    if (hasIndex(o, start + k)) KILN_TRY(createDataProperty(removed, k, KILN_TRY(getIndex(o, start + k))));
  KILN_TRY(setLength(removed, deleteCount));
  if (itemCount < deleteCount) {
    for (double k = start; k < length - deleteCount; ++k) {
      if (hasIndex(o, k + deleteCount)) KILN_TRY(setIndex(o, k + itemCount, KILN_TRY(getIndex(o, k + deleteCount))));
      else KILN_TRY(deleteIndex(o, k + itemCount));
    }
    for (double k = length; k > length - deleteCount + itemCount; --k) KILN_TRY(deleteIndex(o, k - 1));
  } else if (itemCount > deleteCount) {
    for (double k = length - deleteCount; k > start; --k) {
      if (hasIndex(o, k + deleteCount - 1)) KILN_TRY(setIndex(o, k + itemCount - 1, KILN_TRY(getIndex(o, k + deleteCount - 1))));
      else KILN_TRY(deleteIndex(o, k + itemCount - 1));
    }
  }
  for (uint32_t i = 0; i < itemCount; ++i) KILN_TRY(setIndex(o, start + i, items[i]));
  KILN_TRY(setLength(o, length - deleteCount + itemCount));
  return cellValue(removed);
}

static Result<Value> arrayReverse(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  for (double lower = 0, upper = length - 1; lower < upper; ++lower, --upper) {
    bool lowerExists = hasIndex(o, lower), upperExists = hasIndex(o, upper);
    Value lowerValue = lowerExists ? KILN_TRY(getIndex(o, lower)) : ValueUndefined;
    Value upperValue = upperExists ? KILN_TRY(getIndex(o, upper)) : ValueUndefined;
    if (upperExists) KILN_TRY(setIndex(o, lower, upperValue));
    else KILN_TRY(deleteIndex(o, lower));
    if (lowerExists) KILN_TRY(setIndex(o, upper, lowerValue));
    else KILN_TRY(deleteIndex(o, upper));
  }
  return cellValue(o);
}

static Result<Value> arrayFill(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  double k = KILN_TRY(relativeIndex(args[1], length, 0));
  double end = KILN_TRY(relativeIndex(args[2], length, length));
  for (; k < end; ++k) KILN_TRY(setIndex(o, k, args[0]));
  return cellValue(o);
}

static Result<Value> arrayCopyWithin(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  double to = KILN_TRY(relativeIndex(args[0], length, 0));
  double from = KILN_TRY(relativeIndex(args[1], length, 0));
  double final = KILN_TRY(relativeIndex(args[2], length, length));
  double count = std::min(final - from, length - to);
  double direction = 1;
  if (from < to && to < from + count) {
    direction = -1;
    from += count - 1;
    to += count - 1;
  }
  for (; count > 0; --count, from += direction, to += direction) {
    if (hasIndex(o, from)) KILN_TRY(setIndex(o, to, KILN_TRY(getIndex(o, from))));
    else KILN_TRY(deleteIndex(o, to));
  }
  return cellValue(o);
}

// ---- Sorting -------------------------------------------------------------------------------
//
// A port of V8's TimSort (third_party/v8/builtins/array-sort.tq, itself CPython's listsort): the
// same runs, binary insertion, merges and galloping, so the comparator sees the same calls in the
// same order and an inconsistent comparator ("() => -1") leaves the same order as in node.
// Holes are dropped and undefined values set aside before sorting; they go back at the end.

namespace {

struct SortState {
  Value comparator;  // undefined: SortCompareDefault
  Value *work;       // the values being sorted (scanned memory)
  Value *temp;       // merge buffer (scanned memory)
  uint32_t tempCapacity;
  int32_t minGallop;
  int32_t runBase[85], runLength[85];  // pending runs; 85 is enough for 2^64 elements
  int32_t runCount;
};

constexpr int32_t MinGallopWins = 7;

// Comparator result, ToNumber'ed; NaN counts as 0. Default order compares strings (int32s
// as decimal strings), as SortCompareDefault.
Result<double> sortCompare(SortState &st, Value x, Value y) {
  if (!isUndefined(st.comparator)) {
    Value pair[2] = {x, y};
    Value r = KILN_TRY(call(st.comparator, ValueUndefined, pair, 2));
    double d = KILN_TRY(toNumber(r));
    return d != d ? 0.0 : d;
  }
  if (x == y && isInt32(x)) return 0.0;
  String *a = KILN_TRY(toString(x));
  String *b = KILN_TRY(toString(y));
  return static_cast<double>(compare(a, b));
}

Value *tempArray(SortState &st, uint32_t n) {
  if (st.tempCapacity < n) {
    st.temp = allocateValues(n);
    st.tempCapacity = n;
  }
  return st.temp;
}

Result<int32_t> gallopLeft(SortState &st, Value *array, Value key, int32_t base, int32_t length, int32_t hint) {
  int32_t lastOfs = 0, offset = 1;
  double order = KILN_TRY(sortCompare(st, array[base + hint], key));
  if (order < 0) {
    int32_t maxOfs = length - hint;
    while (offset < maxOfs) {
      order = KILN_TRY(sortCompare(st, array[base + hint + offset], key));
      if (order >= 0) break;
      lastOfs = offset;
      offset = (offset << 1) + 1;
      if (offset <= 0) offset = maxOfs;
    }
    if (offset > maxOfs) offset = maxOfs;
    lastOfs += hint;
    offset += hint;
  } else {
    int32_t maxOfs = hint + 1;
    while (offset < maxOfs) {
      order = KILN_TRY(sortCompare(st, array[base + hint - offset], key));
      if (order < 0) break;
      lastOfs = offset;
      offset = (offset << 1) + 1;
      if (offset <= 0) offset = maxOfs;
    }
    if (offset > maxOfs) offset = maxOfs;
    int32_t tmp = lastOfs;
    lastOfs = hint - offset;
    offset = hint - tmp;
  }
  lastOfs++;
  while (lastOfs < offset) {
    int32_t m = lastOfs + ((offset - lastOfs) >> 1);
    order = KILN_TRY(sortCompare(st, array[base + m], key));
    if (order < 0) lastOfs = m + 1;
    else offset = m;
  }
  return offset;
}

Result<int32_t> gallopRight(SortState &st, Value *array, Value key, int32_t base, int32_t length, int32_t hint) {
  int32_t lastOfs = 0, offset = 1;
  double order = KILN_TRY(sortCompare(st, key, array[base + hint]));
  if (order < 0) {
    int32_t maxOfs = hint + 1;
    while (offset < maxOfs) {
      order = KILN_TRY(sortCompare(st, key, array[base + hint - offset]));
      if (order >= 0) break;
      lastOfs = offset;
      offset = (offset << 1) + 1;
      if (offset <= 0) offset = maxOfs;
    }
    if (offset > maxOfs) offset = maxOfs;
    int32_t tmp = lastOfs;
    lastOfs = hint - offset;
    offset = hint - tmp;
  } else {
    int32_t maxOfs = length - hint;
    while (offset < maxOfs) {
      order = KILN_TRY(sortCompare(st, key, array[base + hint + offset]));
      if (order < 0) break;
      lastOfs = offset;
      offset = (offset << 1) + 1;
      if (offset <= 0) offset = maxOfs;
    }
    if (offset > maxOfs) offset = maxOfs;
    lastOfs += hint;
    offset += hint;
  }
  lastOfs++;
  while (lastOfs < offset) {
    int32_t m = lastOfs + ((offset - lastOfs) >> 1);
    order = KILN_TRY(sortCompare(st, key, array[base + m]));
    if (order < 0) offset = m;
    else lastOfs = m + 1;
  }
  return offset;
}

void copyValues(Value *src, int32_t srcPos, Value *dst, int32_t dstPos, int32_t length) {
  std::memmove(dst + dstPos, src + srcPos, static_cast<size_t>(length) * sizeof(Value));
}

Status mergeLow(SortState &st, int32_t baseA, int32_t lengthA, int32_t baseB, int32_t lengthB) {
  Value *work = st.work;
  Value *temp = tempArray(st, lengthA);
  copyValues(work, baseA, temp, 0, lengthA);
  int32_t dest = baseA, cursorTemp = 0, cursorB = baseB;
  work[dest++] = work[cursorB++];
  bool copyB = false;
  if (--lengthB == 0) goto succeed;
  if (lengthA == 1) {
    copyB = true;
    goto succeed;
  }
  for (int32_t minGallop = st.minGallop;;) {
    int32_t winsA = 0, winsB = 0;
    while (true) {
      double order = KILN_TRY(sortCompare(st, work[cursorB], temp[cursorTemp]));
      if (order < 0) {
        work[dest++] = work[cursorB++];
        ++winsB, --lengthB, winsA = 0;
        if (lengthB == 0) goto succeed;
        if (winsB >= minGallop) break;
      } else {
        work[dest++] = temp[cursorTemp++];
        ++winsA, --lengthA, winsB = 0;
        if (lengthA == 1) {
          copyB = true;
          goto succeed;
        }
        if (winsA >= minGallop) break;
      }
    }
    ++minGallop;
    for (bool first = true; winsA >= MinGallopWins || winsB >= MinGallopWins || first;) {
      first = false;
      minGallop = std::max(1, minGallop - 1);
      st.minGallop = minGallop;
      winsA = KILN_TRY(gallopRight(st, temp, work[cursorB], cursorTemp, lengthA, 0));
      if (winsA > 0) {
        copyValues(temp, cursorTemp, work, dest, winsA);
        dest += winsA, cursorTemp += winsA, lengthA -= winsA;
        if (lengthA == 1) {
          copyB = true;
          goto succeed;
        }
        if (lengthA == 0) goto succeed;
      }
      work[dest++] = work[cursorB++];
      if (--lengthB == 0) goto succeed;
      winsB = KILN_TRY(gallopLeft(st, work, temp[cursorTemp], cursorB, lengthB, 0));
      if (winsB > 0) {
        copyValues(work, cursorB, work, dest, winsB);
        dest += winsB, cursorB += winsB, lengthB -= winsB;
        if (lengthB == 0) goto succeed;
      }
      work[dest++] = temp[cursorTemp++];
      if (--lengthA == 1) {
        copyB = true;
        goto succeed;
      }
    }
    ++minGallop;
    st.minGallop = minGallop;
  }
succeed:
  if (copyB) {  // the last element of run A belongs at the end of the merge
    copyValues(work, cursorB, work, dest, lengthB);
    work[dest + lengthB] = temp[cursorTemp];
  } else if (lengthA > 0) {
    copyValues(temp, cursorTemp, work, dest, lengthA);
  }
  return Ok;
}

Status mergeHigh(SortState &st, int32_t baseA, int32_t lengthA, int32_t baseB, int32_t lengthB) {
  Value *work = st.work;
  Value *temp = tempArray(st, lengthB);
  copyValues(work, baseB, temp, 0, lengthB);
  int32_t dest = baseB + lengthB - 1, cursorTemp = lengthB - 1, cursorA = baseA + lengthA - 1;
  work[dest--] = work[cursorA--];
  bool copyA = false;
  if (--lengthA == 0) goto succeed;
  if (lengthB == 1) {
    copyA = true;
    goto succeed;
  }
  for (int32_t minGallop = st.minGallop;;) {
    int32_t winsA = 0, winsB = 0;
    while (true) {
      double order = KILN_TRY(sortCompare(st, temp[cursorTemp], work[cursorA]));
      if (order < 0) {
        work[dest--] = work[cursorA--];
        ++winsA, --lengthA, winsB = 0;
        if (lengthA == 0) goto succeed;
        if (winsA >= minGallop) break;
      } else {
        work[dest--] = temp[cursorTemp--];
        ++winsB, --lengthB, winsA = 0;
        if (lengthB == 1) {
          copyA = true;
          goto succeed;
        }
        if (winsB >= minGallop) break;
      }
    }
    ++minGallop;
    for (bool first = true; winsA >= MinGallopWins || winsB >= MinGallopWins || first;) {
      first = false;
      minGallop = std::max(1, minGallop - 1);
      st.minGallop = minGallop;
      int32_t k = KILN_TRY(gallopRight(st, work, temp[cursorTemp], baseA, lengthA, lengthA - 1));
      winsA = lengthA - k;
      if (winsA > 0) {
        dest -= winsA, cursorA -= winsA;
        copyValues(work, cursorA + 1, work, dest + 1, winsA);
        lengthA -= winsA;
        if (lengthA == 0) goto succeed;
      }
      work[dest--] = temp[cursorTemp--];
      if (--lengthB == 1) {
        copyA = true;
        goto succeed;
      }
      k = KILN_TRY(gallopLeft(st, temp, work[cursorA], 0, lengthB, lengthB - 1));
      winsB = lengthB - k;
      if (winsB > 0) {
        dest -= winsB, cursorTemp -= winsB;
        copyValues(temp, cursorTemp + 1, work, dest + 1, winsB);
        lengthB -= winsB;
        if (lengthB == 1) {
          copyA = true;
          goto succeed;
        }
        if (lengthB == 0) goto succeed;
      }
      work[dest--] = work[cursorA--];
      if (--lengthA == 0) goto succeed;
    }
    ++minGallop;
    st.minGallop = minGallop;
  }
succeed:
  if (copyA) {  // the first element of run B belongs at the front of the merge
    dest -= lengthA, cursorA -= lengthA;
    copyValues(work, cursorA + 1, work, dest + 1, lengthA);
    work[dest] = temp[cursorTemp];
  } else if (lengthB > 0) {
    copyValues(temp, 0, work, dest - (lengthB - 1), lengthB);
  }
  return Ok;
}

Status mergeAt(SortState &st, int32_t i) {
  int32_t baseA = st.runBase[i], lengthA = st.runLength[i];
  int32_t baseB = st.runBase[i + 1], lengthB = st.runLength[i + 1];
  st.runLength[i] = lengthA + lengthB;
  if (i == st.runCount - 3) {
    st.runBase[i + 1] = st.runBase[i + 2];
    st.runLength[i + 1] = st.runLength[i + 2];
  }
  st.runCount--;
  int32_t k = KILN_TRY(gallopRight(st, st.work, st.work[baseB], baseA, lengthA, 0));
  baseA += k;
  lengthA -= k;
  if (lengthA == 0) return Ok;
  lengthB = KILN_TRY(gallopLeft(st, st.work, st.work[baseA + lengthA - 1], baseB, lengthB, lengthB - 1));
  if (lengthB == 0) return Ok;
  return lengthA <= lengthB ? mergeLow(st, baseA, lengthA, baseB, lengthB)
                            : mergeHigh(st, baseA, lengthA, baseB, lengthB);
}

bool runInvariantEstablished(SortState &st, int32_t n) {
  if (n < 2) return true;
  return st.runLength[n - 2] > st.runLength[n - 1] + st.runLength[n];
}

Status mergeCollapse(SortState &st) {
  while (st.runCount > 1) {
    int32_t n = st.runCount - 2;
    if (!runInvariantEstablished(st, n + 1) || !runInvariantEstablished(st, n)) {
      if (st.runLength[n - 1] < st.runLength[n + 1]) --n;
      KILN_TRY(mergeAt(st, n));
    } else if (st.runLength[n] <= st.runLength[n + 1]) {
      KILN_TRY(mergeAt(st, n));
    } else {
      break;
    }
  }
  return Ok;
}

Status mergeForceCollapse(SortState &st) {
  while (st.runCount > 1) {
    int32_t n = st.runCount - 2;
    if (n > 0 && st.runLength[n - 1] < st.runLength[n + 1]) --n;
    KILN_TRY(mergeAt(st, n));
  }
  return Ok;
}

Status binaryInsertionSort(SortState &st, int32_t low, int32_t startArg, int32_t high) {
  Value *work = st.work;
  for (int32_t start = low == startArg ? startArg + 1 : startArg; start < high; ++start) {
    int32_t left = low, right = start;
    Value pivot = work[start];
    while (left < right) {
      int32_t mid = left + ((right - left) >> 1);
      double order = KILN_TRY(sortCompare(st, pivot, work[mid]));
      if (order < 0) right = mid;
      else left = mid + 1;
    }
    for (int32_t p = start; p > left; --p) work[p] = work[p - 1];
    work[left] = pivot;
  }
  return Ok;
}

Result<int32_t> countAndMakeRun(SortState &st, int32_t lowArg, int32_t high) {
  Value *work = st.work;
  int32_t low = lowArg + 1;
  if (low == high) return 1;
  int32_t runLength = 2;
  Value previous = work[low];
  double order = KILN_TRY(sortCompare(st, work[low], work[low - 1]));
  bool descending = order < 0;
  for (int32_t i = low + 1; i < high; ++i) {
    Value current = work[i];
    order = KILN_TRY(sortCompare(st, current, previous));
    if (descending ? order >= 0 : order < 0) break;
    previous = current;
    ++runLength;
  }
  if (descending) std::reverse(work + lowArg, work + lowArg + runLength);
  return runLength;
}

Status timSort(Value comparator, Value *values, int32_t length) {
  if (length < 2) return Ok;
  SortState st{};
  st.comparator = comparator;
  st.work = values;
  st.minGallop = MinGallopWins;
  int32_t n = length, r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  int32_t minRun = n + r;
  for (int32_t low = 0, remaining = length; remaining != 0;) {
    int32_t run = KILN_TRY(countAndMakeRun(st, low, low + remaining));
    if (run < minRun) {
      int32_t forced = std::min(minRun, remaining);
      KILN_TRY(binaryInsertionSort(st, low, low + run, low + forced));
      run = forced;
    }
    st.runBase[st.runCount] = low;
    st.runLength[st.runCount] = run;
    st.runCount++;
    KILN_TRY(mergeCollapse(st));
    low += run;
    remaining -= run;
  }
  return mergeForceCollapse(st);
}

}  // namespace

// SortIndexedProperties: the present elements (holes skipped unless `readHoles`), sorted, with
// the undefined ones at the end. `undefinedCount` tells how many of those there are.
// The default order (by ToString) of two int32s, without making strings.
static bool int32StringLess(Value a, Value b) {
  char x[16], y[16];
  std::snprintf(x, sizeof x, "%d", asInt32(a));
  std::snprintf(y, sizeof y, "%d", asInt32(b));
  return std::strcmp(x, y) < 0;
}

static Result<Array *> sortedElements(Object *o, double length, Value comparator, bool readHoles) {
  if (o->kind == CellKind::Array && elementsKind(static_cast<Array *>(o)) == ElementsKind::PackedInt32 &&
      isUndefined(comparator)) {
    // Every element present, none undefined, all int32, the default comparator: no getters, no
    // user code, so the elements can be read and compared directly.
    Array *a = static_cast<Array *>(o);
    Array *result = newArrayFrom(a->elements, a->length);
    std::stable_sort(result->elements, result->elements + result->length, int32StringLess);
    return result;
  }
  Array *items = newArray(0);
  uint32_t undefinedCount = 0;
  for (double k = 0; k < length; ++k) {
    if (!readHoles && !hasIndex(o, k)) continue;
    Value v = KILN_TRY(getIndex(o, k));
    if (isUndefined(v)) ++undefinedCount;
    else arrayPush(items, v);
  }
  uint32_t n = items->length;
  // Sort a copy: the comparator may change the array it sees.
  Value *work = allocateValues(n + 1);
  for (uint32_t i = 0; i < n; ++i) work[i] = getDataPropertyNoRJS(items, PropertyKey::fromIndex(i));
  KILN_TRY(timSort(comparator, work, static_cast<int32_t>(n)));
  Array *result = newArrayFrom(work, n);
  for (uint32_t i = 0; i < undefinedCount; ++i) arrayPush(result, ValueUndefined);
  return result;
}

static Result<Value> arraySort(const CallArgs &args) {
  Value comparator = args[0];
  if (!isUndefined(comparator) && !isCallable(comparator))
    return throwTypeError("The comparison function must be either a function or undefined");
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  if (length < 2) return cellValue(o);  // as V8: nothing is read or written back
  Array *items = KILN_TRY(sortedElements(o, length, comparator, false));
  uint32_t n = items->length;
  for (uint32_t i = 0; i < n; ++i) KILN_TRY(setIndex(o, i, KILN_TRY(getIndex(items, i))));
  for (double k = n; k < length; ++k)
    if (hasIndex(o, k)) KILN_TRY(deleteIndex(o, k));
  return cellValue(o);
}

static Result<Value> arrayToSorted(const CallArgs &args) {
  Value comparator = args[0];
  if (!isUndefined(comparator) && !isCallable(comparator))
    return throwTypeError("The comparison function must be either a function or undefined");
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  if (length > 4294967295.0) return throwRangeError("Invalid array length");
  return cellValue(KILN_TRY(sortedElements(o, length, comparator, true)));
}

static Result<Value> arrayToReversed(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  Array *copy = newArray(0);
  for (double k = length; k > 0; --k) arrayPush(copy, KILN_TRY(getIndex(o, k - 1)));
  return cellValue(copy);
}

static Result<Value> arrayToSpliced(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  double start = KILN_TRY(relativeIndex(args[0], length, 0));
  uint32_t insertCount = args.count > 2 ? args.count - 2 : 0;
  double skipCount = args.count == 0   ? 0
                     : args.count == 1 ? length - start
                                       : std::clamp(KILN_TRY(toIntegerOrInfinity(args[1])), 0.0, length - start);
  double newLength = length + insertCount - skipCount;
  if (newLength > 9007199254740991.0) return throwTypeError("Invalid array length");
  if (newLength > 4294967295.0) return throwRangeError("Invalid array length");
  Array *result = newArray(0, static_cast<uint32_t>(std::min(newLength, 1e6)));
  for (double k = 0; k < start; ++k) arrayPush(result, KILN_TRY(getIndex(o, k)));
  for (uint32_t i = 0; i < insertCount; ++i) arrayPush(result, args.values[2 + i]);
  for (double k = start + skipCount; k < length; ++k) arrayPush(result, KILN_TRY(getIndex(o, k)));
  return cellValue(result);
}

static Result<Value> arrayWith(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  double relative = KILN_TRY(toIntegerOrInfinity(args[0]));
  double actual = relative >= 0 ? relative : length + relative;
  if (actual >= length || actual < 0) return throwRangeError("Invalid index : %s", toUTF8(toStringNoRJS(args[0])).c_str());
  Array *copy = newArray(0);
  for (double k = 0; k < length; ++k) arrayPush(copy, k == actual ? args[1] : KILN_TRY(getIndex(o, k)));
  return cellValue(copy);
}

// ---- Accessors -----------------------------------------------------------------------------

static Result<Value> arrayAt(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  double relative = KILN_TRY(toIntegerOrInfinity(args[0]));
  double k = relative >= 0 ? relative : length + relative;
  if (k < 0 || k >= length) return ValueUndefined;
  return getIndex(o, k);
}

static Result<Value> arraySlice(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  double k = KILN_TRY(relativeIndex(args[0], length, 0));
  double final = KILN_TRY(relativeIndex(args[1], length, length));
  Array *result = newArray(0, static_cast<uint32_t>(std::max(final - k, 0.0)));
  double n = 0;
  for (; k < final; ++k, ++n)
    if (hasIndex(o, k)) KILN_TRY(createDataProperty(result, n, KILN_TRY(getIndex(o, k))));
  KILN_TRY(setLength(result, n));
  return cellValue(result);
}

static Result<bool> isConcatSpreadable(Value v) {
  if (!isObject(v)) return false;
  Value spreadable = KILN_TRY(getProperty(asObject(v), PropertyKey::fromCell(realm.symbolIsConcatSpreadable)));
  if (!isUndefined(spreadable)) return toBoolean(spreadable);
  return isArray(v);
}

static Result<Value> arrayConcat(const CallArgs &args) {
  Object *o = KILN_TRY(thisObject(args, "Array.prototype.concat"));
  Array *result = newArray(0);
  double n = 0;
  for (uint32_t i = 0; i <= args.count; ++i) {
    Value item = i == 0 ? cellValue(o) : args.values[i - 1];
    if (KILN_TRY(isConcatSpreadable(item))) {
      Object *e = asObject(item);
      double length = KILN_TRY(lengthOfArrayLike(e));
      for (double k = 0; k < length; ++k, ++n)
        if (hasIndex(e, k)) KILN_TRY(createDataProperty(result, n, KILN_TRY(getIndex(e, k))));
    } else {
      KILN_TRY(createDataProperty(result, n++, item));
    }
  }
  KILN_TRY(setLength(result, n));
  return cellValue(result);
}

// Array.prototype.join, with a guard against cycles (as V8 prints "" for a cyclic element).
static std::vector<Object *> joinStack;

static Result<Value> arrayJoin(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  String *separator = isUndefined(args[0]) ? internUTF8(",") : KILN_TRY(toString(args[0]));
  if (std::find(joinStack.begin(), joinStack.end(), o) != joinStack.end()) return cellValue(atoms.empty);
  joinStack.push_back(o);
  StringBuilder b;
  for (double k = 0; k < length; ++k) {
    if (k > 0) b.append(separator);
    Result<Value> element = getIndex(o, k);
    if (element.isThrown()) {
      joinStack.pop_back();
      return Thrown;
    }
    if (isNullish(element.value())) continue;
    Result<String *> s = toString(element.value());
    if (s.isThrown()) {
      joinStack.pop_back();
      return Thrown;
    }
    b.append(s.value());
    if (b.length() > MaxStringLength) {
      joinStack.pop_back();
      return throwRangeError("Invalid string length");
    }
  }
  joinStack.pop_back();
  return cellValue(b.build());
}

Result<Value> objectToStringMethod(const CallArgs &args);

static Result<Value> arrayToLocaleString(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  if (std::find(joinStack.begin(), joinStack.end(), o) != joinStack.end()) return cellValue(atoms.empty);
  joinStack.push_back(o);
  StringBuilder b;
  Status status = Ok;
  for (double k = 0; k < length && !status.isThrown(); ++k) {
    if (k > 0) b.append(u',');
    Result<Value> element = getIndex(o, k);
    if (element.isThrown()) {
      status = Thrown;
      break;
    }
    if (isNullish(element.value())) continue;
    Result<Value> method = getValueProperty(element.value(), keyFromString(internUTF8("toLocaleString")));
    Result<Value> text = method.isThrown() ? Result<Value>(Thrown) : callNamed(method.value(), element.value(), nullptr, 0, nullptr);
    Result<String *> s = text.isThrown() ? Result<String *>(Thrown) : toString(text.value());
    if (s.isThrown()) status = Thrown;
    else b.append(s.value());
  }
  joinStack.pop_back();
  if (status.isThrown()) return Thrown;
  return cellValue(b.build());
}

static Result<Value> arrayToString(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  Value join = KILN_TRY(getProperty(o, keyFromAtom(atoms.join)));
  if (!isCallable(join)) return objectToStringMethod(CallArgs{args.callee, cellValue(o), ValueUndefined, nullptr, 0});
  return call(join, cellValue(o), nullptr, 0);
}

enum class SearchKind { IndexOf, LastIndexOf, Includes };

template <SearchKind Kind>
static Result<Value> arraySearch(const CallArgs &args) {
  Object *o = Kind == SearchKind::IndexOf ? KILN_TRY(thisObject(args, "Array.prototype.indexOf"))
                                          : KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  if (length == 0) return Kind == SearchKind::Includes ? ValueFalse : int32Value(-1);
  Value target = args[0];
  if (Kind == SearchKind::LastIndexOf) {
    double n = args.count > 1 ? KILN_TRY(toIntegerOrInfinity(args[1])) : length - 1;
    double k = n >= 0 ? std::min(n, length - 1) : length + n;
    for (; k >= 0; --k)
      if (hasIndex(o, k) && strictEquals(KILN_TRY(getIndex(o, k)), target)) return numberValue(k);
    return int32Value(-1);
  }
  double n = KILN_TRY(toIntegerOrInfinity(args[1]));
  double k = n >= 0 ? n : std::max(length + n, 0.0);
  for (; k < length; ++k) {
    if (Kind == SearchKind::Includes) {
      if (sameValueZero(KILN_TRY(getIndex(o, k)), target)) return ValueTrue;
    } else if (hasIndex(o, k) && strictEquals(KILN_TRY(getIndex(o, k)), target)) {
      return numberValue(k);
    }
  }
  return Kind == SearchKind::Includes ? ValueFalse : int32Value(-1);
}

// ---- Iteration with callbacks --------------------------------------------------------------

enum class Each { ForEach, Map, Filter, Some, Every, Find, FindIndex, FindLast, FindLastIndex };

static constexpr const char *eachMethodNames[] = {
    "Array.prototype.forEach", "Array.prototype.map",      "Array.prototype.filter",
    "Array.prototype.some",    "Array.prototype.every",    "Array.prototype.find",
    "Array.prototype.findIndex", "Array.prototype.findLast", "Array.prototype.findLastIndex"};

template <Each Kind>
static Result<Value> arrayEach(const CallArgs &args) {
  Object *o = KILN_TRY(thisObject(args, eachMethodNames[static_cast<int>(Kind)]));
  double length = KILN_TRY(lengthOfArrayLike(o));
  Value fn = KILN_TRY(callbackOf(args));
  Value thisArg = args[1];
  Array *result = nullptr;
  if (Kind == Each::Map) result = newArray(static_cast<uint32_t>(length));
  if (Kind == Each::Filter) result = newArray(0);
  bool backwards = Kind == Each::FindLast || Kind == Each::FindLastIndex;
  bool visitsHoles = Kind == Each::Find || Kind == Each::FindIndex || backwards;
  double to = 0;
  for (double i = 0; i < length; ++i) {
    double k = backwards ? length - 1 - i : i;
    if (!visitsHoles && !hasIndex(o, k)) continue;
    Value element = KILN_TRY(getIndex(o, k));
    Value callArgs[3] = {element, numberValue(k), cellValue(o)};
    Value r = KILN_TRY(call(fn, thisArg, callArgs, 3));
    switch (Kind) {
    case Each::ForEach: break;
    case Each::Map: KILN_TRY(createDataProperty(result, k, r)); break;
    case Each::Filter:
      if (toBoolean(r)) KILN_TRY(createDataProperty(result, to++, element));
      break;
    case Each::Some:
      if (toBoolean(r)) return ValueTrue;
      break;
    case Each::Every:
      if (!toBoolean(r)) return ValueFalse;
      break;
    case Each::Find:
    case Each::FindLast:
      if (toBoolean(r)) return element;
      break;
    case Each::FindIndex:
    case Each::FindLastIndex:
      if (toBoolean(r)) return numberValue(k);
      break;
    }
  }
  switch (Kind) {
  case Each::Map:
  case Each::Filter: return cellValue(result);
  case Each::Some: return ValueFalse;
  case Each::Every: return ValueTrue;
  case Each::FindIndex:
  case Each::FindLastIndex: return int32Value(-1);
  default: return ValueUndefined;
  }
}

template <bool Right>
static Result<Value> arrayReduce(const CallArgs &args) {
  Object *o = KILN_TRY(thisObject(args, Right ? "Array.prototype.reduceRight" : "Array.prototype.reduce"));
  double length = KILN_TRY(lengthOfArrayLike(o));
  Value fn = KILN_TRY(callbackOf(args));
  double i = 0;
  auto indexAt = [&](double step) { return Right ? length - 1 - step : step; };
  Value accumulator;
  if (args.count >= 2) {
    accumulator = args[1];
  } else {
    bool found = false;
    for (; i < length && !found; ++i) {
      if (hasIndex(o, indexAt(i))) {
        accumulator = KILN_TRY(getIndex(o, indexAt(i)));
        found = true;
      }
    }
    if (!found) return throwTypeError("Reduce of empty array with no initial value");
  }
  for (; i < length; ++i) {
    double k = indexAt(i);
    if (!hasIndex(o, k)) continue;
    Value callArgs[4] = {accumulator, KILN_TRY(getIndex(o, k)), numberValue(k), cellValue(o)};
    accumulator = KILN_TRY(call(fn, ValueUndefined, callArgs, 4));
  }
  return accumulator;
}

static Status flattenInto(Array *target, double &targetIndex, Object *source, double sourceLength, double depth,
                          Value mapper, Value thisArg) {
  for (double k = 0; k < sourceLength; ++k) {
    if (!hasIndex(source, k)) continue;
    Value element = KILN_TRY(getIndex(source, k));
    if (!isUndefined(mapper)) {
      Value callArgs[3] = {element, numberValue(k), cellValue(source)};
      element = KILN_TRY(call(mapper, thisArg, callArgs, 3));
    }
    if (depth > 0 && isArray(element)) {
      KILN_TRY(flattenInto(target, targetIndex, asObject(element), asArray(element)->length, depth - 1, ValueUndefined,
                           ValueUndefined));
    } else {
      KILN_TRY(createDataProperty(target, targetIndex++, element));
    }
  }
  return Ok;
}

static Result<Value> arrayFlat(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  double depth = isUndefined(args[0]) ? 1 : KILN_TRY(toIntegerOrInfinity(args[0]));
  Array *result = newArray(0);
  double n = 0;
  KILN_TRY(flattenInto(result, n, o, length, depth, ValueUndefined, ValueUndefined));
  return cellValue(result);
}

static Result<Value> arrayFlatMap(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  if (!isCallable(args[0])) return throwTypeError("flatMap mapper function is not callable");
  Value fn = args[0];
  Array *result = newArray(0);
  double n = 0;
  KILN_TRY(flattenInto(result, n, o, length, 1, fn, args[1]));
  return cellValue(result);
}

// ---- Iterators -----------------------------------------------------------------------------

template <IteratorObject::Kind Yields>
static Result<Value> arrayIterator(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  return cellValue(newIteratorObject(CellKind::ArrayIterator, realm.arrayIteratorPrototype, cellValue(o), Yields));
}

void installArray(Object *global) {
  Object *prototype = realm.arrayPrototype;
  Function *ctor = defineConstructor(global, "Array", &nativeEntry<arrayConstructor>, 1, prototype);
  arrayConstructorValue = cellValue(ctor);
  defineMethods(ctor, {
                          KILN_METHOD("isArray", arrayIsArray, 1),
                          KILN_METHOD("of", arrayOf, 0),
                          KILN_METHOD("from", arrayFrom, 1),
                      });
  defineMethods(prototype, {
                               KILN_METHOD("at", arrayAt, 1),
                               KILN_METHOD("concat", arrayConcat, 1),
                               KILN_METHOD("copyWithin", arrayCopyWithin, 2),
                               KILN_METHOD("fill", arrayFill, 1),
                               KILN_METHOD("find", arrayEach<Each::Find>, 1),
                               KILN_METHOD("findIndex", arrayEach<Each::FindIndex>, 1),
                               KILN_METHOD("findLast", arrayEach<Each::FindLast>, 1),
                               KILN_METHOD("findLastIndex", arrayEach<Each::FindLastIndex>, 1),
                               KILN_METHOD("lastIndexOf", arraySearch<SearchKind::LastIndexOf>, 1),
                               KILN_METHOD("pop", arrayPop, 0),
                               KILN_METHOD("push", arrayPushMethod, 1),
                               KILN_METHOD("reverse", arrayReverse, 0),
                               KILN_METHOD("shift", arrayShift, 0),
                               KILN_METHOD("unshift", arrayUnshift, 1),
                               KILN_METHOD("slice", arraySlice, 2),
                               KILN_METHOD("sort", arraySort, 1),
                               KILN_METHOD("splice", arraySplice, 2),
                               KILN_METHOD("includes", arraySearch<SearchKind::Includes>, 1),
                               KILN_METHOD("indexOf", arraySearch<SearchKind::IndexOf>, 1),
                               KILN_METHOD("join", arrayJoin, 1),
                               KILN_METHOD("keys", arrayIterator<IteratorObject::Keys>, 0),
                               KILN_METHOD("entries", arrayIterator<IteratorObject::Entries>, 0),
                               KILN_METHOD("forEach", arrayEach<Each::ForEach>, 1),
                               KILN_METHOD("filter", arrayEach<Each::Filter>, 1),
                               KILN_METHOD("flat", arrayFlat, 0),
                               KILN_METHOD("flatMap", arrayFlatMap, 1),
                               KILN_METHOD("map", arrayEach<Each::Map>, 1),
                               KILN_METHOD("every", arrayEach<Each::Every>, 1),
                               KILN_METHOD("some", arrayEach<Each::Some>, 1),
                               KILN_METHOD("reduce", arrayReduce<false>, 1),
                               KILN_METHOD("reduceRight", arrayReduce<true>, 1),
                               KILN_METHOD("toReversed", arrayToReversed, 0),
                               KILN_METHOD("toSorted", arrayToSorted, 1),
                               KILN_METHOD("with", arrayWith, 2),
                               KILN_METHOD("toSpliced", arrayToSpliced, 2),
                               KILN_METHOD("toLocaleString", arrayToLocaleString, 0),
                               KILN_METHOD("toString", arrayToString, 0),
                           });
  Function *values = defineMethod(prototype, internUTF8("values"), &nativeEntry<arrayIterator<IteratorObject::Values>>, 0);
  defineOwnProperty(prototype, PropertyKey::fromCell(realm.symbolIterator), cellValue(values), Writable | Configurable);
  realm.arrayValues = cellValue(values);
}

}  // namespace kiln::rt
