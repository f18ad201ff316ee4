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
    return throwTypeError("Cannot delete property '%s' of %s", name.c_str(), toUTF8(inspectForMessage(cellValue(o))).c_str());
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

static Result<Value> callbackOf(const CallArgs &args) {
  if (!isCallable(args[0])) {
    std::string shown = toUTF8(inspectForMessage(args[0]));
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

static Result<Value> arrayOf(const CallArgs &args) { return cellValue(newArrayFrom(args.values, args.count)); }

static Result<Value> arrayFrom(const CallArgs &args) {
  Value items = args[0], mapFn = args[1], thisArg = args[2];
  if (!isUndefined(mapFn) && !isCallable(mapFn)) {
    std::string shown = toUTF8(inspectForMessage(mapFn));
    return throwTypeError("%s is not a function", shown.c_str());
  }
  Array *result;
  Value usingIterator = isNullish(items) ? ValueUndefined
                                         : KILN_TRY(getValueProperty(items, PropertyKey::fromCell(realm.symbolIterator)));
  if (!isNullish(usingIterator)) {
    result = KILN_TRY(iterableToArray(items));
  } else {
    Object *arrayLike = KILN_TRY(toObject(items));
    double length = KILN_TRY(lengthOfArrayLike(arrayLike));
    result = newArray(0, static_cast<uint32_t>(std::min(length, 1e6)));
    for (double i = 0; i < length; ++i) arrayPush(result, KILN_TRY(getIndex(arrayLike, i)));
  }
  if (!isUndefined(mapFn)) {
    for (uint32_t i = 0; i < result->length; ++i) {
      Value callArgs[2] = {KILN_TRY(getIndex(result, i)), int32Value(static_cast<int32_t>(i))};
      Value mapped = KILN_TRY(call(mapFn, thisArg, callArgs, 2));
      KILN_TRY(createDataProperty(result, i, mapped));
    }
  }
  return cellValue(result);
}

// ---- Mutators ------------------------------------------------------------------------------

static Result<Value> arrayPushMethod(const CallArgs &args) {
  if (isArray(args.thisValue) && !asObject(args.thisValue)->sparse &&
      !(asObject(args.thisValue)->bits & Object::NotExtensible)) {
    Array *a = asArray(args.thisValue);
    if (uint64_t(a->length) + args.count > 4294967295ull) return throwTypeError("Pushing %u elements on an array-like of length %u is disallowed, as the total surpasses 2**53-1", args.count, a->length);
    for (uint32_t i = 0; i < args.count; ++i) arrayPush(a, args.values[i]);
    return numberValue(a->length);
  }
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
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
  if (isDenseArray(o)) {
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
  if (isDenseArray(o) && !(o->bits & Object::NotExtensible)) {
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

static Result<int> sortCompare(Value comparator, Value x, Value y) {
  if (isUndefined(x) && isUndefined(y)) return 0;
  if (isUndefined(x)) return 1;
  if (isUndefined(y)) return -1;
  if (!isUndefined(comparator)) {
    Value pair[2] = {x, y};
    Value r = KILN_TRY(call(comparator, ValueUndefined, pair, 2));
    double d = KILN_TRY(toNumber(r));
    return d < 0 ? -1 : d > 0 ? 1 : 0;
  }
  if (isInt32(x) && isInt32(y)) {  // compare decimal strings without making them
    if (x == y) return 0;
  }
  String *a = KILN_TRY(toString(x));
  String *b = KILN_TRY(toString(y));
  return compare(a, b);
}

// Stable merge sort that stops at the first exception from the comparator.
static Status mergeSort(Value *values, Value *scratch, size_t n, Value comparator) {
  if (n < 2) return Ok;
  if (n <= 8) {  // insertion sort
    for (size_t i = 1; i < n; ++i) {
      Value v = values[i];
      size_t j = i;
      while (j > 0) {
        int c = KILN_TRY(sortCompare(comparator, values[j - 1], v));
        if (c <= 0) break;
        values[j] = values[j - 1];
        --j;
      }
      values[j] = v;
    }
    return Ok;
  }
  size_t mid = n / 2;
  KILN_TRY(mergeSort(values, scratch, mid, comparator));
  KILN_TRY(mergeSort(values + mid, scratch, n - mid, comparator));
  std::memcpy(scratch, values, n * sizeof(Value));
  size_t i = 0, j = mid, k = 0;
  while (i < mid && j < n) {
    int c = KILN_TRY(sortCompare(comparator, scratch[j], scratch[i]));
    values[k++] = c < 0 ? scratch[j++] : scratch[i++];
  }
  while (i < mid) values[k++] = scratch[i++];
  while (j < n) values[k++] = scratch[j++];
  return Ok;
}

// Collects the present elements (SortIndexedProperties, skipping holes) and sorts them.
static Result<Array *> sortedElements(Object *o, double length, Value comparator) {
  Array *items = newArray(0);
  for (double k = 0; k < length; ++k)
    if (hasIndex(o, k)) arrayPush(items, KILN_TRY(getIndex(o, k)));
  Value *scratch = allocateValues(items->length + 1);
  if (items->length) KILN_TRY(mergeSort(items->elements, scratch, items->length, comparator));
  return items;
}

static Result<Value> arraySort(const CallArgs &args) {
  Value comparator = args[0];
  if (!isUndefined(comparator) && !isCallable(comparator))
    return throwTypeError("The comparison function must be either a function or undefined");
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  Array *items = KILN_TRY(sortedElements(o, length, comparator));
  uint32_t n = items->length;
  for (uint32_t i = 0; i < n; ++i) KILN_TRY(setIndex(o, i, items->elements[i]));
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
  Array *copy = newArray(0);
  for (double k = 0; k < length; ++k) arrayPush(copy, KILN_TRY(getIndex(o, k)));
  Value *scratch = allocateValues(copy->length + 1);
  if (copy->length) KILN_TRY(mergeSort(copy->elements, scratch, copy->length, comparator));
  return cellValue(copy);
}

static Result<Value> arrayToReversed(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  double length = KILN_TRY(lengthOfArrayLike(o));
  Array *copy = newArray(0);
  for (double k = length; k > 0; --k) arrayPush(copy, KILN_TRY(getIndex(o, k - 1)));
  return cellValue(copy);
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
  return isArray(v);
}

static Result<Value> arrayConcat(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
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

static Result<Value> arrayToString(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
  Value join = KILN_TRY(getProperty(o, keyFromAtom(atoms.join)));
  if (!isCallable(join)) return objectToStringMethod(CallArgs{args.callee, cellValue(o), ValueUndefined, nullptr, 0});
  return call(join, cellValue(o), nullptr, 0);
}

enum class SearchKind { IndexOf, LastIndexOf, Includes };

template <SearchKind Kind>
static Result<Value> arraySearch(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
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

template <Each Kind>
static Result<Value> arrayEach(const CallArgs &args) {
  Object *o = KILN_TRY(toObject(args.thisValue));
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
  Object *o = KILN_TRY(toObject(args.thisValue));
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
  Value fn = KILN_TRY(callbackOf(args));
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
                               KILN_METHOD("toString", arrayToString, 0),
                           });
  Function *values = defineMethod(prototype, internUTF8("values"), &nativeEntry<arrayIterator<IteratorObject::Values>>, 0);
  defineOwnProperty(prototype, PropertyKey::fromCell(realm.symbolIterator), cellValue(values), Writable | Configurable);
  realm.arrayValues = cellValue(values);
}

}  // namespace kiln::rt
