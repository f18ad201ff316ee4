// String: the constructor, String.fromCharCode/fromCodePoint/raw, and String.prototype's methods
// that do not need regular expressions (split/replace take string patterns only for now).
//
// Case mapping covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic (and ß → SS), not the
// whole Unicode database; localeCompare approximates ICU's root collation for Latin text
// (letters compared ignoring case first, lower case before upper case on ties).
#include "Builtins.h"
#include "Iterators.h"
#include "number/NumberConversions.h"

#include <algorithm>
#include <cmath>

namespace kiln::rt {

Result<Value> stringIteratorMethod(const CallArgs &args);

static Result<String *> thisString(const CallArgs &args, const char *method) {
  if (isString(args.thisValue)) return asString(args.thisValue);
  if (isNullish(args.thisValue)) return throwTypeError("String.prototype.%s called on null or undefined", method);
  return toString(args.thisValue);
}

#define THIS_STRING(method) String *s = KILN_TRY(thisString(args, method))

static Value make(const std::u16string &u) { return cellValue(newStringUTF16(u.data(), u.size())); }

// ---- Constructor and statics ---------------------------------------------------------------

static Result<Value> stringConstructor(const CallArgs &args) {
  String *s;
  if (args.count == 0) s = atoms.empty;
  else if (!args.isConstructCall() && isSymbol(args[0])) s = toStringNoRJS(args[0]);
  else s = KILN_TRY(toString(args[0]));
  if (!args.isConstructCall()) return cellValue(s);
  Object *wrapper = KILN_TRY(toObject(cellValue(s)));
  if (args.newTarget != args.callee) {
    Value p = KILN_TRY(getValueProperty(args.newTarget, keyFromAtom(atoms.prototype)));
    if (isObject(p)) setPrototype(wrapper, asObject(p));
  }
  return cellValue(wrapper);
}

static Result<Value> fromCharCode(const CallArgs &args) {
  std::u16string out;
  for (uint32_t i = 0; i < args.count; ++i) out.push_back(static_cast<char16_t>(KILN_TRY(toUint32(args.values[i])) & 0xFFFF));
  return make(out);
}

static Result<Value> fromCodePoint(const CallArgs &args) {
  StringBuilder b;
  for (uint32_t i = 0; i < args.count; ++i) {
    double d = KILN_TRY(toNumber(args.values[i]));
    if (d != std::trunc(d) || d < 0 || d > 0x10FFFF) {
      std::string shown = toUTF8(toStringNoRJS(args.values[i]));
      return throwRangeError("Invalid code point %s", shown.c_str());
    }
    b.appendCodePoint(static_cast<uint32_t>(d));
  }
  return cellValue(b.build());
}

static Result<Value> stringRaw(const CallArgs &args) {
  Object *cooked = KILN_TRY(toObject(args[0]));
  Value rawValue = KILN_TRY(getProperty(cooked, keyFromString(internUTF8("raw"))));
  Object *raw = KILN_TRY(toObject(rawValue));
  Value lengthValue = KILN_TRY(getProperty(raw, keyFromAtom(atoms.length)));
  double length = KILN_TRY(toIntegerOrInfinity(lengthValue));
  StringBuilder b;
  for (double i = 0; i < length; ++i) {
    Value piece = KILN_TRY(getProperty(raw, PropertyKey::fromIndex(static_cast<uint32_t>(i))));
    b.append(KILN_TRY(toString(piece)));
    if (i + 1 < length && i + 1 < args.count) b.append(KILN_TRY(toString(args.values[static_cast<uint32_t>(i) + 1])));
  }
  return cellValue(b.build());
}

// ---- Characters ----------------------------------------------------------------------------

static Result<Value> charAtMethod(const CallArgs &args) {
  THIS_STRING("charAt");
  double pos = KILN_TRY(toIntegerOrInfinity(args[0]));
  if (pos < 0 || pos >= s->length) return cellValue(atoms.empty);
  return cellValue(newStringFromCodeUnit(charAt(s, static_cast<uint32_t>(pos))));
}

static Result<Value> charCodeAtMethod(const CallArgs &args) {
  THIS_STRING("charCodeAt");
  double pos = isInt32(args[0]) ? asInt32(args[0]) : KILN_TRY(toIntegerOrInfinity(args[0]));
  if (pos < 0 || pos >= s->length) return doubleValue(NAN);
  return int32Value(charAt(s, static_cast<uint32_t>(pos)));
}

static Result<Value> codePointAtMethod(const CallArgs &args) {
  THIS_STRING("codePointAt");
  double pos = KILN_TRY(toIntegerOrInfinity(args[0]));
  if (pos < 0 || pos >= s->length) return ValueUndefined;
  return int32Value(static_cast<int32_t>(codePointAt(s, static_cast<uint32_t>(pos))));
}

static Result<Value> stringAt(const CallArgs &args) {
  THIS_STRING("at");
  double pos = KILN_TRY(toIntegerOrInfinity(args[0]));
  if (pos < 0) pos += s->length;
  if (pos < 0 || pos >= s->length) return ValueUndefined;
  return cellValue(newStringFromCodeUnit(charAt(s, static_cast<uint32_t>(pos))));
}

// ---- Searching -----------------------------------------------------------------------------

static int64_t findIn(String *s, String *search, int64_t from) {
  uint32_t n = s->length, m = search->length;
  for (int64_t i = from; i + m <= n; ++i) {
    uint32_t j = 0;
    while (j < m && charAt(s, static_cast<uint32_t>(i) + j) == charAt(search, j)) ++j;
    if (j == m) return i;
  }
  return -1;
}

static Result<Value> indexOfMethod(const CallArgs &args) {
  THIS_STRING("indexOf");
  String *search = KILN_TRY(toString(args[0]));
  double pos = std::clamp(KILN_TRY(toIntegerOrInfinity(args[1])), 0.0, static_cast<double>(s->length));
  return numberValue(static_cast<double>(findIn(s, search, static_cast<int64_t>(pos))));
}

static Result<Value> lastIndexOfMethod(const CallArgs &args) {
  THIS_STRING("lastIndexOf");
  String *search = KILN_TRY(toString(args[0]));
  double numPos = KILN_TRY(toNumber(args[1]));
  double pos = std::isnan(numPos) ? INFINITY : std::trunc(numPos);
  int64_t start = static_cast<int64_t>(std::clamp(pos, 0.0, static_cast<double>(s->length)));
  for (int64_t i = std::min<int64_t>(start, int64_t(s->length) - search->length); i >= 0; --i) {
    uint32_t j = 0;
    while (j < search->length && charAt(s, static_cast<uint32_t>(i) + j) == charAt(search, j)) ++j;
    if (j == search->length) return numberValue(static_cast<double>(i));
  }
  return int32Value(-1);
}

static Result<Value> includesMethod(const CallArgs &args) {
  THIS_STRING("includes");
  String *search = KILN_TRY(toString(args[0]));
  double pos = std::clamp(KILN_TRY(toIntegerOrInfinity(args[1])), 0.0, static_cast<double>(s->length));
  return boolValue(findIn(s, search, static_cast<int64_t>(pos)) >= 0);
}

static Result<Value> startsWithMethod(const CallArgs &args) {
  THIS_STRING("startsWith");
  String *search = KILN_TRY(toString(args[0]));
  double pos = std::clamp(KILN_TRY(toIntegerOrInfinity(args[1])), 0.0, static_cast<double>(s->length));
  uint32_t start = static_cast<uint32_t>(pos);
  if (uint64_t(start) + search->length > s->length) return ValueFalse;
  for (uint32_t j = 0; j < search->length; ++j)
    if (charAt(s, start + j) != charAt(search, j)) return ValueFalse;
  return ValueTrue;
}

static Result<Value> endsWithMethod(const CallArgs &args) {
  THIS_STRING("endsWith");
  String *search = KILN_TRY(toString(args[0]));
  double end = isUndefined(args[1]) ? s->length
                                    : std::clamp(KILN_TRY(toIntegerOrInfinity(args[1])), 0.0, static_cast<double>(s->length));
  int64_t start = static_cast<int64_t>(end) - search->length;
  if (start < 0) return ValueFalse;
  for (uint32_t j = 0; j < search->length; ++j)
    if (charAt(s, static_cast<uint32_t>(start) + j) != charAt(search, j)) return ValueFalse;
  return ValueTrue;
}

// ---- Substrings ----------------------------------------------------------------------------

static Result<Value> sliceMethod(const CallArgs &args) {
  THIS_STRING("slice");
  double length = s->length;
  double from = KILN_TRY(toIntegerOrInfinity(args[0]));
  from = from < 0 ? std::max(length + from, 0.0) : std::min(from, length);
  double to = isUndefined(args[1]) ? length : KILN_TRY(toIntegerOrInfinity(args[1]));
  to = to < 0 ? std::max(length + to, 0.0) : std::min(to, length);
  if (from >= to) return cellValue(atoms.empty);
  return cellValue(substring(s, static_cast<uint32_t>(from), static_cast<uint32_t>(to)));
}

static Result<Value> substringMethod(const CallArgs &args) {
  THIS_STRING("substring");
  double length = s->length;
  double start = std::clamp(KILN_TRY(toIntegerOrInfinity(args[0])), 0.0, length);
  double end = isUndefined(args[1]) ? length : std::clamp(KILN_TRY(toIntegerOrInfinity(args[1])), 0.0, length);
  if (start > end) std::swap(start, end);
  return cellValue(substring(s, static_cast<uint32_t>(start), static_cast<uint32_t>(end)));
}

static Result<Value> substrMethod(const CallArgs &args) {
  THIS_STRING("substr");
  double length = s->length;
  double start = KILN_TRY(toIntegerOrInfinity(args[0]));
  if (start < 0) start = std::max(length + start, 0.0);
  start = std::min(start, length);
  double count = isUndefined(args[1]) ? length : KILN_TRY(toIntegerOrInfinity(args[1]));
  double end = std::min(start + std::max(count, 0.0), length);
  if (start >= end) return cellValue(atoms.empty);
  return cellValue(substring(s, static_cast<uint32_t>(start), static_cast<uint32_t>(end)));
}

// ---- Case ----------------------------------------------------------------------------------

static char16_t lowerUnit(char16_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    return (c & 1) || c == 0x138 || c == 0x149 ? c : c + 1;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

static char16_t upperUnit(char16_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c == 0xB5) return 0x39C;
  if (c >= 0x100 && c <= 0x17F) {
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c : c - 1;
    if (c == 0x131) return 'I';
    if (c == 0x17F) return 'S';
    return (c & 1) && c != 0x138 && c != 0x149 ? c - 1 : c;
  }
  if (c == 0x3C2) return 0x3A3;
  if (c >= 0x3B1 && c <= 0x3CB) return c - 32;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}

static Result<Value> toLowerCaseMethod(const CallArgs &args) {
  THIS_STRING("toLowerCase");
  std::u16string u = toUTF16(s);
  for (auto &c : u) c = lowerUnit(c);
  return make(u);
}

static Result<Value> toUpperCaseMethod(const CallArgs &args) {
  THIS_STRING("toUpperCase");
  std::u16string in = toUTF16(s), out;
  out.reserve(in.size());
  for (char16_t c : in) {
    if (c == 0xDF) out += u"SS";
    else out.push_back(upperUnit(c));
  }
  return make(out);
}

// ---- Padding, trimming, repeating ----------------------------------------------------------

template <int Where>  // 1 start, 2 end, 3 both
static Result<Value> trimMethod(const CallArgs &args) {
  THIS_STRING("trim");
  uint32_t begin = 0, end = s->length;
  if (Where & 1)
    while (begin < end && isJSWhiteSpaceOrLineTerminator(charAt(s, begin))) ++begin;
  if (Where & 2)
    while (end > begin && isJSWhiteSpaceOrLineTerminator(charAt(s, end - 1))) --end;
  return cellValue(substring(s, begin, end));
}

template <bool AtStart>
static Result<Value> padMethod(const CallArgs &args) {
  THIS_STRING(AtStart ? "padStart" : "padEnd");
  double maxLength = KILN_TRY(toIntegerOrInfinity(args[0]));
  if (maxLength <= s->length) return cellValue(s);
  String *filler = isUndefined(args[1]) ? internUTF8(" ") : KILN_TRY(toString(args[1]));
  if (filler->length == 0) return cellValue(s);
  if (maxLength > MaxStringLength) return throwRangeError("Invalid string length");
  uint32_t fillLength = static_cast<uint32_t>(maxLength) - s->length;
  StringBuilder b;
  if (!AtStart) b.append(s);
  for (uint32_t i = 0; i < fillLength; ++i) b.append(charAt(filler, i % filler->length));
  if (AtStart) b.append(s);
  return cellValue(b.build());
}

static Result<Value> repeatMethod(const CallArgs &args) {
  THIS_STRING("repeat");
  double n = KILN_TRY(toIntegerOrInfinity(args[0]));
  if (n < 0 || n == INFINITY) {
    std::string shown = toUTF8(toStringNoRJS(numberValue(n)));
    return throwRangeError("Invalid count value: %s", shown.c_str());
  }
  if (s->length == 0 || n == 0) return cellValue(atoms.empty);
  if (n * s->length > MaxStringLength) return throwRangeError("Invalid string length");
  StringBuilder b;
  for (double i = 0; i < n; ++i) b.append(s);
  return cellValue(b.build());
}

static Result<Value> concatMethod(const CallArgs &args) {
  THIS_STRING("concat");
  for (uint32_t i = 0; i < args.count; ++i) s = KILN_TRY(concat(s, KILN_TRY(toString(args.values[i]))));
  return cellValue(s);
}

// ---- split / replace (string patterns) -----------------------------------------------------

static Result<Value> splitMethod(const CallArgs &args) {
  THIS_STRING("split");
  uint32_t limit = isUndefined(args[1]) ? 0xFFFFFFFFu : KILN_TRY(toUint32(args[1]));
  Array *result = newArray(0);
  if (limit == 0) return cellValue(result);
  if (isUndefined(args[0])) {
    arrayPush(result, cellValue(s));
    return cellValue(result);
  }
  String *separator = KILN_TRY(toString(args[0]));
  if (separator->length == 0) {
    for (uint32_t i = 0; i < s->length && result->length < limit; ++i) arrayPush(result, cellValue(newStringFromCodeUnit(charAt(s, i))));
    return cellValue(result);
  }
  int64_t start = 0;
  while (result->length < limit) {
    int64_t hit = findIn(s, separator, start);
    if (hit < 0) {
      arrayPush(result, cellValue(substring(s, static_cast<uint32_t>(start), s->length)));
      break;
    }
    arrayPush(result, cellValue(substring(s, static_cast<uint32_t>(start), static_cast<uint32_t>(hit))));
    start = hit + separator->length;
  }
  return cellValue(result);
}

// GetSubstitution for a string match.
static void substitute(StringBuilder &b, String *s, String *matched, uint32_t position, String *replacement) {
  uint32_t n = replacement->length;
  for (uint32_t i = 0; i < n; ++i) {
    char16_t c = charAt(replacement, i);
    if (c == '$' && i + 1 < n) {
      char16_t next = charAt(replacement, i + 1);
      if (next == '$') { b.append(u'$'); ++i; continue; }
      if (next == '&') { b.append(matched); ++i; continue; }
      if (next == '`') { b.append(substring(s, 0, position)); ++i; continue; }
      if (next == '\'') { b.append(substring(s, std::min(position + matched->length, s->length), s->length)); ++i; continue; }
    }
    b.append(c);
  }
}

template <bool All>
static Result<Value> replaceMethod(const CallArgs &args) {
  THIS_STRING(All ? "replaceAll" : "replace");
  String *search = KILN_TRY(toString(args[0]));
  Value replaceValue = args[1];
  bool functional = isCallable(replaceValue);
  String *replacement = functional ? nullptr : KILN_TRY(toString(replaceValue));
  std::vector<int64_t> positions;
  int64_t advance = std::max<int64_t>(1, search->length);
  for (int64_t p = findIn(s, search, 0); p >= 0; p = findIn(s, search, p + advance)) {
    positions.push_back(p);
    if (!All || p + advance > s->length) break;
  }
  if (positions.empty()) return cellValue(s);
  StringBuilder b;
  uint32_t end = 0;
  for (int64_t p : positions) {
    uint32_t position = static_cast<uint32_t>(p);
    b.append(substring(s, end, position));
    if (functional) {
      Value callArgs[3] = {cellValue(search), int32Value(static_cast<int32_t>(position)), cellValue(s)};
      Value r = KILN_TRY(call(replaceValue, ValueUndefined, callArgs, 3));
      b.append(KILN_TRY(toString(r)));
    } else {
      substitute(b, s, search, position, replacement);
    }
    end = position + search->length;
  }
  b.append(substring(s, end, s->length));
  return cellValue(b.build());
}

// ---- Comparison and the rest ---------------------------------------------------------------

static Result<Value> localeCompareMethod(const CallArgs &args) {
  THIS_STRING("localeCompare");
  String *that = KILN_TRY(toString(args[0]));
  uint32_t n = std::min(s->length, that->length);
  for (uint32_t i = 0; i < n; ++i) {
    char16_t a = lowerUnit(charAt(s, i)), b = lowerUnit(charAt(that, i));
    if (a != b) return int32Value(a < b ? -1 : 1);
  }
  if (s->length != that->length) return int32Value(s->length < that->length ? -1 : 1);
  for (uint32_t i = 0; i < n; ++i) {
    char16_t a = charAt(s, i), b = charAt(that, i);
    if (a != b) return int32Value(a > b ? -1 : 1);  // lower case sorts first
  }
  return int32Value(0);
}

static Result<Value> normalizeMethod(const CallArgs &args) {
  THIS_STRING("normalize");
  return cellValue(s);
}

static Result<Value> stringValueOf(const CallArgs &args) {
  return thisPrimitive(args, CellKind::StringObject, [](Value v) { return isString(v); }, "String.prototype.valueOf");
}

static Result<Value> isWellFormedMethod(const CallArgs &args) {
  THIS_STRING("isWellFormed");
  for (uint32_t i = 0; i < s->length; ++i) {
    uint32_t cp = codePointAt(s, i);
    if (cp >= 0x10000) ++i;
    else if (cp >= 0xD800 && cp <= 0xDFFF) return ValueFalse;
  }
  return ValueTrue;
}

void installString(Object *global) {
  Object *prototype = realm.stringPrototype;
  // String.prototype is itself a String wrapper for ""; kiln keeps it ordinary.
  Function *ctor = defineConstructor(global, "String", &nativeEntry<stringConstructor>, 1, prototype);
  defineMethods(ctor, {
                          KILN_METHOD("fromCharCode", fromCharCode, 1),
                          KILN_METHOD("fromCodePoint", fromCodePoint, 1),
                          KILN_METHOD("raw", stringRaw, 1),
                      });
  defineMethods(prototype, {
                               KILN_METHOD("at", stringAt, 1),
                               KILN_METHOD("charAt", charAtMethod, 1),
                               KILN_METHOD("charCodeAt", charCodeAtMethod, 1),
                               KILN_METHOD("codePointAt", codePointAtMethod, 1),
                               KILN_METHOD("concat", concatMethod, 1),
                               KILN_METHOD("endsWith", endsWithMethod, 1),
                               KILN_METHOD("includes", includesMethod, 1),
                               KILN_METHOD("indexOf", indexOfMethod, 1),
                               KILN_METHOD("isWellFormed", isWellFormedMethod, 0),
                               KILN_METHOD("lastIndexOf", lastIndexOfMethod, 1),
                               KILN_METHOD("localeCompare", localeCompareMethod, 1),
                               KILN_METHOD("normalize", normalizeMethod, 0),
                               KILN_METHOD("padEnd", padMethod<false>, 1),
                               KILN_METHOD("padStart", padMethod<true>, 1),
                               KILN_METHOD("repeat", repeatMethod, 1),
                               KILN_METHOD("replace", replaceMethod<false>, 2),
                               KILN_METHOD("replaceAll", replaceMethod<true>, 2),
                               KILN_METHOD("slice", sliceMethod, 2),
                               KILN_METHOD("split", splitMethod, 2),
                               KILN_METHOD("substr", substrMethod, 2),
                               KILN_METHOD("substring", substringMethod, 2),
                               KILN_METHOD("startsWith", startsWithMethod, 1),
                               KILN_METHOD("toString", stringValueOf, 0),
                               KILN_METHOD("toLowerCase", toLowerCaseMethod, 0),
                               KILN_METHOD("toLocaleLowerCase", toLowerCaseMethod, 0),
                               KILN_METHOD("toUpperCase", toUpperCaseMethod, 0),
                               KILN_METHOD("toLocaleUpperCase", toUpperCaseMethod, 0),
                               KILN_METHOD("trim", trimMethod<3>, 0),
                               KILN_METHOD("trimStart", trimMethod<1>, 0),
                               KILN_METHOD("trimEnd", trimMethod<2>, 0),
                               KILN_METHOD("valueOf", stringValueOf, 0),
                           });
  defineSymbolMethod(prototype, realm.symbolIterator, "[Symbol.iterator]", &nativeEntry<stringIteratorMethod>, 0);
}

}  // namespace kiln::rt
