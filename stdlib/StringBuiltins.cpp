// String: the constructor, String.fromCharCode/fromCodePoint/raw, and String.prototype's methods
// that do not need regular expressions (split/replace take string patterns only for now).
//
// Case mapping is Unicode's, from tables generated with node (CaseTables.inc); localeCompare
// approximates ICU's root collation for Latin text (letters compared ignoring case first, lower
// case before upper case on ties).
#include "Builtins.h"
#include "Iterators.h"
#include "number/NumberConversions.h"

#include <algorithm>
#include <iterator>
#include <utility>
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
      std::string shown = toUTF8(numberToString(d));
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

// IsRegExp: kiln has no RegExp objects, but any object with a truthy Symbol.match counts.
static Result<bool> isRegExp(Value v) {
  if (!isObject(v)) return false;
  Value matcher = KILN_TRY(getProperty(asObject(v), PropertyKey::fromCell(realm.symbolMatch)));
  return !isUndefined(matcher) && toBoolean(matcher);
}

static Result<String *> searchStringArgument(Value v, const char *method) {
  if (KILN_TRY(isRegExp(v)))
    return throwTypeError("First argument to String.prototype.%s must not be a regular expression", method);
  return toString(v);
}

static Result<Value> includesMethod(const CallArgs &args) {
  THIS_STRING("includes");
  String *search = KILN_TRY(searchStringArgument(args[0], "includes"));
  double pos = std::clamp(KILN_TRY(toIntegerOrInfinity(args[1])), 0.0, static_cast<double>(s->length));
  return boolValue(findIn(s, search, static_cast<int64_t>(pos)) >= 0);
}

static Result<Value> startsWithMethod(const CallArgs &args) {
  THIS_STRING("startsWith");
  String *search = KILN_TRY(searchStringArgument(args[0], "startsWith"));
  double pos = std::clamp(KILN_TRY(toIntegerOrInfinity(args[1])), 0.0, static_cast<double>(s->length));
  uint32_t start = static_cast<uint32_t>(pos);
  if (uint64_t(start) + search->length > s->length) return ValueFalse;
  for (uint32_t j = 0; j < search->length; ++j)
    if (charAt(s, start + j) != charAt(search, j)) return ValueFalse;
  return ValueTrue;
}

static Result<Value> endsWithMethod(const CallArgs &args) {
  THIS_STRING("endsWith");
  String *search = KILN_TRY(searchStringArgument(args[0], "endsWith"));
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
// Full Unicode case mapping as V8 does it with ICU's root locale: the tables come from node (see
// gen-case-tables.js), including mappings to several characters (ß → SS, İ → i̇) and the
// final-sigma rule of toLowerCase (Σ → ς at the end of a word).

namespace {
struct CaseRun {
  uint32_t start;
  uint16_t count;
  uint8_t step;
  int32_t delta;
};
struct CaseSpecial {
  uint32_t codePoint;
  uint32_t mapped[3];  // 0-terminated when shorter
};
struct CodePointRange {
  uint32_t first, last;
};
#include "CaseTables.inc"

template <size_t N>
int32_t runDelta(const CaseRun (&runs)[N], uint32_t cp) {
  const CaseRun *r = std::upper_bound(runs, runs + N, cp, [](uint32_t c, const CaseRun &run) { return c < run.start; });
  if (r == runs) return 0;
  --r;
  uint32_t offset = cp - r->start;
  if (offset % r->step || offset / r->step >= r->count) return 0;
  return r->delta;
}

template <size_t N>
const CaseSpecial *findSpecial(const CaseSpecial (&specials)[N], uint32_t cp) {
  const CaseSpecial *s = std::lower_bound(specials, specials + N, cp,
                                          [](const CaseSpecial &sp, uint32_t c) { return sp.codePoint < c; });
  return s != specials + N && s->codePoint == cp ? s : nullptr;
}

template <size_t N>
bool inRanges(const CodePointRange (&ranges)[N], uint32_t cp) {
  const CodePointRange *r = std::upper_bound(ranges, ranges + N, cp,
                                             [](uint32_t c, const CodePointRange &range) { return c < range.first; });
  return r != ranges && cp <= (r - 1)->last;
}

void appendCodePoint(std::u16string &out, uint32_t cp) {
  if (cp < 0x10000) {
    out.push_back(static_cast<char16_t>(cp));
  } else {
    cp -= 0x10000;
    out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
    out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
  }
}

uint32_t codePointIn(const std::u16string &s, size_t i, size_t &size) {
  char16_t c = s[i];
  size = 1;
  if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
    size = 2;
    return 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
  }
  return c;
}

// ICU's context test for final sigma: skipping case-ignorable characters in direction `dir`
// from position i, is the first other character cased?
bool casedLetterAround(const std::u16string &s, size_t i, int dir) {
  size_t size;
  if (dir < 0) {
    while (i > 0) {
      size_t j = i - 1;
      if (j > 0 && s[j] >= 0xDC00 && s[j] <= 0xDFFF && s[j - 1] >= 0xD800 && s[j - 1] <= 0xDBFF) --j;
      uint32_t cp = codePointIn(s, j, size);
      if (!inRanges(kCaseIgnorableRanges, cp)) return inRanges(kCasedRanges, cp);
      i = j;
    }
    return false;
  }
  while (i < s.size()) {
    uint32_t cp = codePointIn(s, i, size);
    if (!inRanges(kCaseIgnorableRanges, cp)) return inRanges(kCasedRanges, cp);
    i += size;
  }
  return false;
}

std::u16string mapCase(const std::u16string &in, bool upper) {
  std::u16string out;
  out.reserve(in.size());
  for (size_t i = 0, size; i < in.size(); i += size) {
    uint32_t cp = codePointIn(in, i, size);
    if (cp < 0x80) {  // ASCII
      size = 1;
      if (upper ? (cp >= 'a' && cp <= 'z') : (cp >= 'A' && cp <= 'Z')) cp ^= 0x20;
      out.push_back(static_cast<char16_t>(cp));
      continue;
    }
    if (!upper && cp == 0x3A3) {  // Σ: final sigma when it ends a word
      bool final = casedLetterAround(in, i, -1) && !casedLetterAround(in, i + 1, 1);
      out.push_back(final ? u'\u03C2' : u'\u03C3');
      continue;
    }
    const CaseSpecial *special = upper ? findSpecial(kUpperSpecial, cp) : findSpecial(kLowerSpecial, cp);
    if (special) {
      for (uint32_t m : special->mapped)
        if (m) appendCodePoint(out, m);
      continue;
    }
    appendCodePoint(out, cp + (upper ? runDelta(kUpperRuns, cp) : runDelta(kLowerRuns, cp)));
  }
  return out;
}
}  // namespace

static char16_t lowerUnit(char16_t c) {  // for localeCompare's case-insensitive pass
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xD800 && c <= 0xDFFF) return c;
  int32_t delta = runDelta(kLowerRuns, c);
  return c + delta < 0x10000 ? static_cast<char16_t>(c + delta) : c;
}

template <bool Upper, bool Locale>
static Result<Value> caseMethod(const CallArgs &args) {
  THIS_STRING(Upper ? (Locale ? "toLocaleUpperCase" : "toUpperCase") : (Locale ? "toLocaleLowerCase" : "toLowerCase"));
  return make(mapCase(toUTF16(s), Upper));
}

// ---- Padding, trimming, repeating ----------------------------------------------------------

template <int Where>  // 1 start, 2 end, 3 both
static Result<Value> trimMethod(const CallArgs &args) {
  THIS_STRING(Where == 3 ? "trim" : Where == 1 ? "trimLeft" : "trimRight");  // V8's names in the message
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

// A pattern object's own algorithm (Symbol.split / Symbol.replace), called as the spec says;
// ValueEmpty when the pattern has none. (Only objects are asked: no primitive's prototype has
// one.)
static Result<Value> delegateToPattern(const CallArgs &args, Value symbol) {
  if (!isObject(args[0])) return ValueEmpty;
  Value method = KILN_TRY(getProperty(asObject(args[0]), PropertyKey::fromCell(symbol)));
  if (isNullish(method)) return ValueEmpty;
  if (!isCallable(method)) {
    std::string shown = toUTF8(noSideEffectsToString(method));
    return throwTypeError("%s is not a function", shown.c_str());
  }
  Value callArgs[2] = {args.thisValue, args[1]};
  return call(method, args[0], callArgs, 2);
}

static Result<Value> splitMethod(const CallArgs &args) {
  if (isNullish(args.thisValue)) return throwTypeError("String.prototype.split called on null or undefined");
  Value delegated = KILN_TRY(delegateToPattern(args, realm.symbolSplit));
  if (delegated != ValueEmpty) return delegated;
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
  if (isNullish(args.thisValue))
    return throwTypeError("String.prototype.%s called on null or undefined", All ? "replaceAll" : "replace");
  if (All && KILN_TRY(isRegExp(args[0]))) {
    Value flags = KILN_TRY(getProperty(asObject(args[0]), keyFromString(internUTF8("flags"))));
    if (isNullish(flags)) return throwTypeError("String.prototype.replaceAll called on null or undefined");
    String *flagText = KILN_TRY(toString(flags));
    bool global = false;
    for (uint32_t i = 0; i < flagText->length; ++i) global |= charAt(flagText, i) == u'g';
    if (!global) return throwTypeError("String.prototype.replaceAll called with a non-global RegExp argument");
  }
  Value delegated = KILN_TRY(delegateToPattern(args, realm.symbolReplace));
  if (delegated != ValueEmpty) return delegated;
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
  if (!isUndefined(args[0])) {
    String *form = KILN_TRY(toString(args[0]));
    if (!equalsAscii(form, "NFC") && !equalsAscii(form, "NFD") && !equalsAscii(form, "NFKC") && !equalsAscii(form, "NFKD"))
      return throwRangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
  }
  return cellValue(s);  // the forms are not implemented: the string is returned as it is
}

static Result<Value> stringValueOf(const CallArgs &args) {
  return thisPrimitive(args, CellKind::StringObject, [](Value v) { return isString(v); }, "String.prototype.valueOf");
}

static Result<Value> stringToStringMethod(const CallArgs &args) {
  return thisPrimitive(args, CellKind::StringObject, [](Value v) { return isString(v); }, "String.prototype.toString");
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

// toWellFormed: lone surrogates become U+FFFD.
static Result<Value> toWellFormedMethod(const CallArgs &args) {
  THIS_STRING("toWellFormed");
  StringBuilder b;
  for (uint32_t i = 0; i < s->length; ++i) {
    uint32_t cp = codePointAt(s, i);
    if (cp >= 0x10000) {
      b.appendCodePoint(cp);
      ++i;
    } else {
      b.append(cp >= 0xD800 && cp <= 0xDFFF ? char16_t(0xFFFD) : char16_t(cp));
    }
  }
  return cellValue(b.build());
}

// ---- Annex B HTML methods ------------------------------------------------------------------
// CreateHTML: `<tag attribute="value">S</tag>`, with '"' in the value written as &quot;.

struct HTMLMethod {
  const char *name, *tag, *attribute;
};
static constexpr HTMLMethod htmlMethods[] = {
    {"anchor", "a", "name"},        {"big", "big", nullptr},       {"blink", "blink", nullptr},
    {"bold", "b", nullptr},         {"fixed", "tt", nullptr},      {"fontcolor", "font", "color"},
    {"fontsize", "font", "size"},   {"italics", "i", nullptr},     {"link", "a", "href"},
    {"small", "small", nullptr},    {"strike", "strike", nullptr}, {"sub", "sub", nullptr},
    {"sup", "sup", nullptr},
};

template <size_t Index>
static Result<Value> htmlMethod(const CallArgs &args) {
  const HTMLMethod &m = htmlMethods[Index];
  THIS_STRING(m.name);
  StringBuilder b;
  b.append(u'<');
  b.appendAscii(m.tag);
  if (m.attribute) {
    String *value = KILN_TRY(toString(args[0]));
    b.append(u' ');
    b.appendAscii(m.attribute);
    b.appendAscii("=\"");
    for (uint32_t i = 0; i < value->length; ++i) {
      char16_t c = charAt(value, i);
      if (c == u'"') b.appendAscii("&quot;");
      else b.append(c);
    }
    b.append(u'"');
  }
  b.append(u'>');
  b.append(s);
  b.appendAscii("</");
  b.appendAscii(m.tag);
  b.append(u'>');
  return cellValue(b.build());
}

template <size_t... I>
static void defineHTMLMethods(Object *prototype, std::index_sequence<I...>) {
  defineMethods(prototype, {KILN_METHOD(htmlMethods[I].name, htmlMethod<I>, htmlMethods[I].attribute ? 1 : 0)...});
}

void installString(Object *global) {
  Object *prototype = realm.stringPrototype;
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
                               KILN_METHOD("toString", stringToStringMethod, 0),
                               KILN_METHOD("toLowerCase", (caseMethod<false, false>), 0),
                               KILN_METHOD("toLocaleLowerCase", (caseMethod<false, true>), 0),
                               KILN_METHOD("toUpperCase", (caseMethod<true, false>), 0),
                               KILN_METHOD("toLocaleUpperCase", (caseMethod<true, true>), 0),
                               KILN_METHOD("trim", trimMethod<3>, 0),
                               KILN_METHOD("trimStart", trimMethod<1>, 0),
                               KILN_METHOD("trimEnd", trimMethod<2>, 0),
                               KILN_METHOD("valueOf", stringValueOf, 0),
                           });
  defineMethods(prototype, {KILN_METHOD("toWellFormed", toWellFormedMethod, 0)});
  defineHTMLMethods(prototype, std::make_index_sequence<std::size(htmlMethods)>());
  // trimLeft/trimRight are the same functions as trimStart/trimEnd (Annex B).
  defineValue(prototype, "trimLeft", getDataPropertyNoRJS(prototype, keyFromString(internUTF8("trimStart"))));
  defineValue(prototype, "trimRight", getDataPropertyNoRJS(prototype, keyFromString(internUTF8("trimEnd"))));
  defineSymbolMethod(prototype, realm.symbolIterator, "[Symbol.iterator]", &nativeEntry<stringIteratorMethod>, 0);
}

}  // namespace kiln::rt
