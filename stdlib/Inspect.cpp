// A port of node 20's util.inspect / util.format (lib/internal/util/inspect.js); see Inspect.h.
// Function names follow node's so the two can be read side by side. Left out: colors, proxies,
// custom inspect functions, typed arrays, dates, regexps, promises, weak collections and
// prototype-property listing (showHidden's protoProps) — kiln has none of those objects yet.
#include "Inspect.h"

#include "Builtins.h"
#include "MapAndSet.h"
#include "number/BigInt.h"
#include "object/Arguments.h"
#include "number/NumberConversions.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace kiln::rt {

using U16 = std::u16string;

static U16 u(const char *ascii) { return U16(ascii, ascii + std::strlen(ascii)); }
static U16 u(const std::string &ascii) { return U16(ascii.begin(), ascii.end()); }
static U16 u(String *s) { return toUTF16(s); }
static bool contains(const U16 &s, const U16 &what) { return s.find(what) != U16::npos; }
static bool startsWith(const U16 &s, const U16 &what) { return s.compare(0, what.size(), what) == 0; }
static bool endsWith(const U16 &s, const U16 &what) {
  return s.size() >= what.size() && s.compare(s.size() - what.size(), what.size(), what) == 0;
}
static U16 spaces(int n) { return U16(n > 0 ? n : 0, u' '); }
static U16 join(const std::vector<U16> &parts, const U16 &separator) {
  U16 out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}
static U16 replaceAll(const U16 &s, const U16 &from, const U16 &to) {
  U16 out;
  size_t pos = 0;
  for (size_t hit; (hit = s.find(from, pos)) != U16::npos; pos = hit + from.size()) out += s.substr(pos, hit - pos) + to;
  return out + s.substr(pos);
}

enum ExtrasType { kObjectType = 0, kArrayType = 1, kArrayExtrasType = 2 };

struct Context {
  InspectOptions options;
  int indentationLvl = 0;
  int currentDepth = 0;
  std::vector<Object *> seen;
  std::vector<Object *> circular;  // index + 1 is the reference number
};

static Result<U16> formatValue(Context &ctx, Value value, int recurseTimes);

// ---- Primitives ----------------------------------------------------------------------------

static const char *const meta[] = {
    "\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07", "\\b",   "\\t",   "\\n",   "\\x0B",
    "\\f",   "\\r",   "\\x0E", "\\x0F", "\\x10", "\\x11", "\\x12", "\\x13", "\\x14", "\\x15", "\\x16", "\\x17",
    "\\x18", "\\x19", "\\x1A", "\\x1B", "\\x1C", "\\x1D", "\\x1E", "\\x1F",
};

static void appendMeta(U16 &out, char16_t c) {
  if (c < 32) out += u(meta[c]);
  else if (c == '\'') out += u("\\'");
  else if (c == '\\') out += u("\\\\");
  else {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
    out += u(buffer);
  }
}

static U16 hex(uint32_t v) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%x", v);
  return u(buffer);
}

// Escapes control characters, the quote in use and backslashes, and picks the quote node picks.
static U16 strEscape(const U16 &str) {
  int singleQuote = '\'';  // -1: double quotes, -2: backticks
  if (contains(str, u"'")) {
    if (!contains(str, u"\"")) singleQuote = -1;
    else if (!contains(str, u"`") && !contains(str, u"${")) singleQuote = -2;
  }
  U16 result;
  for (size_t i = 0; i < str.size(); ++i) {
    char16_t point = str[i];
    if (point == singleQuote || point == 92 || point < 32 || (point > 126 && point < 160)) {
      appendMeta(result, point);
    } else if (point >= 0xD800 && point <= 0xDFFF) {
      if (point <= 0xDBFF && i + 1 < str.size() && str[i + 1] >= 0xDC00 && str[i + 1] <= 0xDFFF) {
        result += point;
        result += str[++i];
        continue;
      }
      result += u"\\u" + hex(point);
    } else {
      result += point;
    }
  }
  if (singleQuote == -1) return u"\"" + result + u"\"";
  if (singleQuote == -2) return u"`" + result + u"`";
  return u"'" + result + u"'";
}

static U16 formatNumber(double d) {
  if (d == 0 && std::signbit(d)) return u"-0";
  std::string ascii;
  numberToAscii(d, ascii);
  return u(ascii);
}

static U16 symbolToString(Value symbol) { return u(toStringNoRJS(symbol)); }

static constexpr int kMinLineLength = 16;

static U16 formatPrimitive(Value value, Context &ctx) {
  if (isString(value)) {
    U16 s = u(asString(value));
    U16 trailer;
    if (static_cast<int>(s.size()) > ctx.options.maxStringLength) {
      size_t remaining = s.size() - ctx.options.maxStringLength;
      s.resize(ctx.options.maxStringLength);
      trailer = u("... " + std::to_string(remaining) + " more character" + (remaining > 1 ? "s" : ""));
    }
    if (static_cast<int>(s.size()) > kMinLineLength &&
        static_cast<int>(s.size()) > ctx.options.breakLength - ctx.indentationLvl - 4) {
      // Split after each newline, one quoted piece per line, joined with " +".
      std::vector<U16> pieces;
      size_t start = 0;
      for (size_t i = 0; i < s.size(); ++i)
        if (s[i] == '\n') pieces.push_back(strEscape(s.substr(start, i + 1 - start))), start = i + 1;
      if (start < s.size()) pieces.push_back(strEscape(s.substr(start)));
      return join(pieces, u" +\n" + spaces(ctx.indentationLvl + 2)) + trailer;
    }
    return strEscape(s) + trailer;
  }
  if (isNumber(value)) return formatNumber(asNumber(value));
  if (isBigInt(value)) return u(bigintToAscii(asBigInt(value)) + "n");
  if (isBoolean(value)) return asBoolean(value) ? u"true" : u"false";
  if (isUndefined(value)) return u"undefined";
  if (isNull(value)) return u"null";
  return symbolToString(value);
}

// ---- Constructor names and prefixes --------------------------------------------------------

static bool hasInPrototypeChain(Object *object, Value prototype) {
  for (Object *o = prototypeOf(object); o; o = prototypeOf(o))
    if (cellValue(o) == prototype) return true;
  return false;
}

static bool isInstanceof(Object *object, Value constructor) {
  if (!isFunction(constructor)) return false;
  Value prototype = getDataPropertyNoRJS(asObject(constructor), keyFromAtom(atoms.prototype));
  return isObject(prototype) && hasInPrototypeChain(object, prototype);
}

// V8's class name of an object (what internalGetConstructorName returns without a constructor).
static U16 internalConstructorName(Object *object) {
  switch (object->kind) {
  case CellKind::Array: return u"Array";
  case CellKind::Function: return u"Function";
  case CellKind::Error: return u"Error";
  case CellKind::BooleanObject: return u"Boolean";
  case CellKind::NumberObject: return u"Number";
  case CellKind::StringObject: return u"String";
  case CellKind::SymbolObject: return u"Symbol";
  case CellKind::BigIntObject: return u"BigInt";
  case CellKind::Map: return u"Map";
  case CellKind::Set: return u"Set";
  case CellKind::WeakMap: return u"WeakMap";
  case CellKind::WeakSet: return u"WeakSet";
  default: return u"Object";
  }
}

static std::optional<U16> getConstructorName(Object *object, Context &ctx, int recurseTimes) {
  Object *firstProto = nullptr;
  bool firstProtoSet = false;
  for (Object *o = object; o;) {
    // (Object.prototype and Function.prototype are not instances of their own constructors.)
    if (o == realm.objectPrototype && o != object) return U16(u"Object");
    if (o == realm.functionPrototype && o != object) return U16(u"Function");
    OwnProperty p = getOwnProperty(o, keyFromAtom(atoms.constructor));
    if (p.found && !(p.attributes & AccessorProperty) && isFunction(p.value)) {
      String *name = functionName(asFunction(p.value));
      if (name->length && isInstanceof(object, p.value)) return u(name);
    }
    o = prototypeOf(o);
    if (!firstProtoSet) firstProto = o, firstProtoSet = true;
  }
  if (!firstProto) return std::nullopt;
  U16 res = internalConstructorName(object);
  if (recurseTimes > ctx.options.depth) return res + u" <Complex prototype>";
  std::optional<U16> protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1);
  if (!protoConstr) {
    Context inner;
    inner.options = ctx.options;
    inner.options.depth = -1;
    Result<U16> shown = formatValue(inner, cellValue(firstProto), 0);
    return res + u" <" + (shown.isThrown() ? U16() : shown.value()) + u">";
  }
  return res + u" <" + *protoConstr + u">";
}

static U16 getPrefix(const std::optional<U16> &constructor, const U16 &tag, const U16 &fallback,
                     const U16 &size = U16()) {
  if (!constructor) {
    if (!tag.empty() && fallback != tag) return u"[" + fallback + size + u": null prototype] [" + tag + u"] ";
    return u"[" + fallback + size + u": null prototype] ";
  }
  if (!tag.empty() && *constructor != tag) return *constructor + size + u" [" + tag + u"] ";
  return *constructor + size + u" ";
}

static U16 getCtxStyle(Object *value, const std::optional<U16> &constructor, const U16 &tag) {
  U16 fallback;
  if (!constructor) {
    fallback = internalConstructorName(value);
    if (fallback == tag) fallback = u"Object";
  }
  return getPrefix(constructor, tag, fallback);
}

// ---- Keys and properties -------------------------------------------------------------------

static void getKeys(Object *value, bool showHidden, std::vector<PropertyKey> &keys, bool nonIndexOnly = false) {
  std::vector<PropertyKey> all;
  ownPropertyKeys(value, all, KeyFilter::All, !showHidden);
  for (PropertyKey key : all)
    if (!(nonIndexOnly && key.isIndex())) keys.push_back(key);
}

static bool isIdentifierKey(const U16 &key) {  // /^[a-zA-Z_][a-zA-Z_0-9]*$/
  if (key.empty()) return false;
  for (size_t i = 0; i < key.size(); ++i) {
    char16_t c = key[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

// Escapes a key shown in brackets (symbols, non-enumerable keys): strEscapeSequencesReplacer.
static U16 escapeKey(const U16 &s) {
  U16 out;
  for (size_t i = 0; i < s.size(); ++i) {
    char16_t c = s[i];
    if (c < 32 || c == '\'' || c == '\\' || (c >= 0x7F && c <= 0x9F)) appendMeta(out, c);
    else out += c;
  }
  return out;
}

static Result<U16> formatProperty(Context &ctx, Object *value, int recurseTimes, PropertyKey key, ExtrasType type) {
  OwnProperty desc = getOwnProperty(value, key);
  bool enumerable = true;
  U16 str;
  if (!desc.found) {
    Value v = KILN_TRY(getProperty(value, key));
    desc.value = v;
  } else {
    enumerable = desc.attributes & Enumerable;
  }
  if (desc.found && (desc.attributes & AccessorProperty)) {
    auto *accessor = reinterpret_cast<Accessor *>(asCell(desc.value));
    if (!isUndefined(accessor->getter)) str = isUndefined(accessor->setter) ? u"[Getter]" : u"[Getter/Setter]";
    else if (!isUndefined(accessor->setter)) str = u"[Setter]";
    else str = u"undefined";
  } else {
    ctx.indentationLvl += 2;
    str = KILN_TRY(formatValue(ctx, desc.value, recurseTimes));
    ctx.indentationLvl -= 2;
  }
  if (type == kArrayType) return str;
  U16 name;
  if (key.isSymbol()) {
    name = u"[" + escapeKey(symbolToString(key.cell)) + u"]";
  } else {
    U16 text = u(asString(keyToValue(key)));
    if (text == u"__proto__") name = u"['__proto__']";
    else if (!enumerable) name = u"[" + escapeKey(text) + u"]";
    else if (isIdentifierKey(text)) name = text;
    else name = strEscape(text);
  }
  return name + u": " + str;
}

// ---- Arrays --------------------------------------------------------------------------------

static U16 remainingText(uint64_t remaining) {
  return u("... " + std::to_string(remaining) + " more item" + (remaining > 1 ? "s" : ""));
}

static U16 emptyItems(uint64_t n) {
  return u("<" + std::to_string(n) + " empty item" + (n > 1 ? "s" : "") + ">");
}

static Result<bool> formatSpecialArray(Context &ctx, Array *value, int recurseTimes, uint32_t maxLength,
                                       std::vector<U16> &output, uint32_t i) {
  std::vector<PropertyKey> keys;
  ownPropertyKeys(value, keys, KeyFilter::Strings, true);
  uint64_t index = i;
  for (; i < keys.size() && output.size() < maxLength; ++i) {
    PropertyKey key = keys[i];
    if (!key.isIndex()) break;
    if (key.index != index) {
      output.push_back(emptyItems(key.index - index));
      index = key.index;
      if (output.size() == maxLength) break;
    }
    output.push_back(KILN_TRY(formatProperty(ctx, value, recurseTimes, key, kArrayType)));
    ++index;
  }
  uint64_t remaining = value->length - index;
  if (output.size() != maxLength) {
    if (remaining > 0) output.push_back(emptyItems(remaining));
  } else if (remaining > 0) {
    output.push_back(remainingText(remaining));
  }
  return true;
}

static Result<bool> formatArray(Context &ctx, Array *value, int recurseTimes, std::vector<U16> &output) {
  uint32_t valLen = value->length;
  uint32_t len = std::min<uint32_t>(std::max(0, ctx.options.maxArrayLength), valLen);
  uint32_t remaining = valLen - len;
  for (uint32_t i = 0; i < len; ++i) {
    if (!getOwnProperty(value, PropertyKey::fromIndex(i)).found)
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push_back(KILN_TRY(formatProperty(ctx, value, recurseTimes, PropertyKey::fromIndex(i), kArrayType)));
  }
  if (remaining > 0) output.push_back(remainingText(remaining));
  return true;
}

static bool isFullWidthCodePoint(uint32_t code) {
  return code >= 0x1100 &&
         (code <= 0x115f || code == 0x2329 || code == 0x232a || (code >= 0x2e80 && code <= 0x3247 && code != 0x303f) ||
          (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
          (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
          (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
          (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
          (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
          (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
          (code >= 0x20000 && code <= 0x3fffd));
}

static bool isZeroWidthCodePoint(uint32_t code) {
  return code <= 0x1F || (code >= 0x7F && code <= 0x9F) || (code >= 0x300 && code <= 0x36F) ||
         (code >= 0x200B && code <= 0x200F) || (code >= 0x20D0 && code <= 0x20FF) ||
         (code >= 0xFE00 && code <= 0xFE0F) || (code >= 0xFE20 && code <= 0xFE2F) ||
         (code >= 0xE0100 && code <= 0xE01EF);
}

// getStringWidth(str, removeControlChars = false): ASCII counts printable characters; the rest
// uses node's non-ICU tables (node itself asks ICU, which agrees for common text).
static size_t getStringWidth(const U16 &s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    uint32_t c = s[i];
    if (c < 127) {
      width += c >= 32 ? 1 : 0;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)
      c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
    if (isFullWidthCodePoint(c)) width += 2;
    else if (!isZeroWidthCodePoint(c)) width += 1;
  }
  return width;
}

static double jsMathRound(double x) {
  double r = std::floor(x);
  if (x - r >= 0.5) r += 1;
  return r;
}

static U16 padStart(const U16 &s, size_t width) { return s.size() >= width ? s : spaces(width - s.size()) + s; }
static U16 padEnd(const U16 &s, size_t width) { return s.size() >= width ? s : s + spaces(width - s.size()); }

static std::vector<U16> groupArrayElements(Context &ctx, const std::vector<U16> &output, Array *value) {
  size_t totalLength = 0, maxLength = 0;
  size_t outputLength = output.size();
  if (ctx.options.maxArrayLength < static_cast<int>(output.size())) outputLength--;
  const size_t separatorSpace = 2;
  std::vector<size_t> dataLen(outputLength);
  for (size_t i = 0; i < outputLength; ++i) {
    size_t len = getStringWidth(output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  size_t actualMax = maxLength + separatorSpace;
  if (static_cast<double>(actualMax * 3 + ctx.indentationLvl) < ctx.options.breakLength &&
      (static_cast<double>(totalLength) / actualMax > 5 || maxLength <= 6)) {
    double approxCharHeights = 2.5, averageBias = std::sqrt(actualMax - static_cast<double>(totalLength) / output.size());
    double biasedMax = std::max(actualMax - 3 - averageBias, 1.0);
    double columns = std::min({jsMathRound(std::sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                               std::floor((ctx.options.breakLength - ctx.indentationLvl) / static_cast<double>(actualMax)),
                               ctx.options.compact * 4.0, 15.0});
    if (columns <= 1) return output;
    size_t cols = static_cast<size_t>(columns);
    std::vector<U16> tmp;
    std::vector<size_t> maxLineLength;
    for (size_t i = 0; i < cols; ++i) {
      size_t lineMaxLength = 0;
      for (size_t j = i; j < output.size(); j += cols)
        if (j < outputLength && dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      maxLineLength.push_back(lineMaxLength + separatorSpace);
    }
    bool numbersOnly = true;
    for (size_t i = 0; i < output.size() && numbersOnly; ++i) {
      Value v = i < value->elementCapacity && !value->sparse ? value->elements[i]
                                                              : getDataPropertyNoRJS(value, PropertyKey::fromIndex(static_cast<uint32_t>(i)));
      if (!(isNumber(v) || isBigInt(v))) numbersOnly = false;
    }
    for (size_t i = 0; i < outputLength; i += cols) {
      size_t max = std::min(i + cols, outputLength);
      U16 str;
      size_t j = i;
      for (; j < max - 1; ++j) {
        size_t padding = maxLineLength[j - i] + output[j].size() - dataLen[j];
        str += numbersOnly ? padStart(output[j] + u", ", padding) : padEnd(output[j] + u", ", padding);
      }
      if (numbersOnly) {
        size_t padding = maxLineLength[j - i] + output[j].size() - dataLen[j] - separatorSpace;
        str += padStart(output[j], padding);
      } else {
        str += output[j];
      }
      tmp.push_back(str);
    }
    if (ctx.options.maxArrayLength < static_cast<int>(output.size())) tmp.push_back(output[outputLength]);
    return tmp;
  }
  return output;
}

// ---- Line breaking -------------------------------------------------------------------------

static bool isBelowBreakLength(Context &ctx, const std::vector<U16> &output, size_t start, const U16 &base) {
  size_t totalLength = output.size() + start;
  if (totalLength + output.size() > static_cast<size_t>(ctx.options.breakLength)) return false;
  for (const U16 &entry : output) {
    totalLength += entry.size();
    if (totalLength > static_cast<size_t>(ctx.options.breakLength)) return false;
  }
  return base.empty() || !contains(base, u"\n");
}

static U16 reduceToSingleString(Context &ctx, std::vector<U16> output, const U16 &base, const U16 braces[2],
                                ExtrasType extrasType, int recurseTimes, Array *value) {
  size_t entries = output.size();
  if (extrasType == kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
  if (ctx.currentDepth - recurseTimes < ctx.options.compact && entries == output.size()) {
    size_t start = output.size() + ctx.indentationLvl + braces[0].size() + base.size() + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      U16 joined = join(output, u", ");
      if (!contains(joined, u"\n")) return (base.empty() ? U16() : base + u" ") + braces[0] + u" " + joined + u" " + braces[1];
    }
  }
  U16 indentation = u"\n" + spaces(ctx.indentationLvl);
  return (base.empty() ? U16() : base + u" ") + braces[0] + indentation + u"  " +
         join(output, u"," + indentation + u"  ") + indentation + braces[1];
}

// ---- Functions, errors, boxed primitives ---------------------------------------------------

static U16 getFunctionBase(Function *value, const std::optional<U16> &constructor, const U16 &tag) {
  if (value->flags & (Function::IsClassConstructor | Function::IsDerived)) {
    OwnProperty own = getOwnProperty(value, keyFromAtom(atoms.name));
    U16 name = own.found && isString(own.value) && asString(own.value)->length ? u(asString(own.value)) : u"(anonymous)";
    U16 base = u"class " + name;
    if (constructor && *constructor != u"Function") base += u" [" + *constructor + u"]";
    if (!tag.empty() && (!constructor || *constructor != tag)) base += u" [" + tag + u"]";
    if (constructor) {
      Object *parent = prototypeOf(value);
      Value superName = parent ? getDataPropertyNoRJS(parent, keyFromAtom(atoms.name)) : ValueEmpty;
      if (superName != ValueEmpty && toBoolean(superName)) base += u" extends " + u(toStringNoRJS(superName));
    } else {
      base += u" extends [null prototype]";
    }
    return u"[" + base + u"]";
  }
  U16 type = u"Function";
  U16 base = u"[" + type;
  if (!constructor) base += u" (null prototype)";
  Value name = getDataPropertyNoRJS(value, keyFromAtom(atoms.name));
  if (isString(name) && asString(name)->length == 0) base += u" (anonymous)";
  else base += u": " + u(toStringNoRJS(name == ValueEmpty ? ValueUndefined : name));
  base += u"]";
  if (constructor && *constructor != type) base += u" " + *constructor;
  if (!tag.empty() && (!constructor || *constructor != tag)) base += u" [" + tag + u"]";
  return base;
}

static U16 improveStack(U16 stack, const std::optional<U16> &constructor, const U16 &name, const U16 &tag) {
  size_t len = name.size();
  if (!constructor || (endsWith(name, u"Error") && startsWith(stack, name) &&
                       (stack.size() == len || stack[len] == ':' || stack[len] == '\n'))) {
    U16 fallback = u"Error";
    if (!constructor) {
      // /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/
      auto isNameChar = [](char16_t c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ' ' ||
               c == '[' || c == ']' || c == '(' || c == ')' || c == '-';
      };
      U16 found;
      if (!stack.empty() && stack[0] >= 'A' && stack[0] <= 'Z') {
        size_t end = 1;
        while (end < stack.size() && isNameChar(stack[end])) ++end;
        // Backtrack so the match is followed by ':' or "\n    at".
        for (size_t e = end; e >= 2; --e) {
          if ((e < stack.size() && stack[e] == ':') || stack.compare(e, 8, u"\n    at") == 0) {
            found = stack.substr(0, e);
            break;
          }
        }
      }
      if (found.empty() && endsWith(stack, u"Error")) {
        bool ok = true;
        for (char16_t c : stack)
          ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-');
        if (ok) found = stack;
      }
      fallback = found;
      len = fallback.size();
      if (fallback.empty()) fallback = u"Error";
    }
    U16 prefix = getPrefix(constructor, tag, fallback);
    prefix.pop_back();
    if (name != prefix) {
      if (contains(prefix, name)) {
        if (len == 0) stack = prefix + u": " + stack;
        else stack = prefix + stack.substr(len);
      } else {
        stack = prefix + u" [" + name + u"]" + stack.substr(std::min(len, stack.size()));
      }
    }
  }
  return stack;
}

static Result<U16> formatError(Object *err, const std::optional<U16> &constructor, const U16 &tag, Context &ctx,
                               std::vector<PropertyKey> &keys) {
  Value nameValue = KILN_TRY(getProperty(err, keyFromAtom(atoms.name)));
  U16 name = isNullish(nameValue) ? u"Error" : u(KILN_TRY(toString(nameValue)));
  Value stackValue = KILN_TRY(getProperty(err, keyFromAtom(atoms.stack)));
  U16 stack;
  if (toBoolean(stackValue)) {
    stack = u(KILN_TRY(toString(stackValue)));
  } else {
    Value messageValue = KILN_TRY(getProperty(err, keyFromAtom(atoms.message)));
    U16 message = isUndefined(messageValue) ? U16() : u(KILN_TRY(toString(messageValue)));
    U16 n = isUndefined(nameValue) ? u"Error" : name;
    stack = n.empty() ? message : message.empty() ? n : n + u": " + message;
  }
  // removeDuplicateErrorKeys
  if (!ctx.options.showHidden && !keys.empty()) {
    for (String *atom : {atoms.name, atoms.message, atoms.stack}) {
      auto it = std::find(keys.begin(), keys.end(), keyFromAtom(atom));
      if (it == keys.end()) continue;
      Value v = KILN_TRY(getProperty(err, keyFromAtom(atom)));
      if (contains(stack, u(KILN_TRY(toString(v))))) keys.erase(it);
    }
  }
  PropertyKey causeKey = keyFromAtom(atoms.cause);
  if (hasProperty(err, causeKey) && std::find(keys.begin(), keys.end(), causeKey) == keys.end()) keys.push_back(causeKey);
  PropertyKey errorsKey = keyFromAtom(atoms.errors);
  Value errors = KILN_TRY(getProperty(err, errorsKey));
  if (isArray(errors) && std::find(keys.begin(), keys.end(), errorsKey) == keys.end()) keys.push_back(errorsKey);

  stack = improveStack(stack, constructor, name, tag);

  Value messageValue = KILN_TRY(getProperty(err, keyFromAtom(atoms.message)));
  long pos = -1;
  if (toBoolean(messageValue)) {
    U16 message = u(KILN_TRY(toString(messageValue)));
    size_t found = stack.find(message);
    // `(err.message && stack.indexOf(err.message)) || -1`: a match at 0 counts as no match.
    pos = (found == U16::npos || found == 0) ? -1 : static_cast<long>(found + message.size());
  }
  size_t stackStart = stack.find(u"\n    at", pos < 0 ? 0 : pos);
  if (stackStart == U16::npos) {
    stack = u"[" + stack + u"]";
  }
  if (ctx.indentationLvl != 0) stack = replaceAll(stack, u"\n", u"\n" + spaces(ctx.indentationLvl));
  return stack;
}

static U16 getBoxedBase(PrimitiveWrapper *value, Context &ctx, std::vector<PropertyKey> &keys,
                        const std::optional<U16> &constructor, const U16 &tag) {
  U16 type;
  switch (value->kind) {
  case CellKind::NumberObject: type = u"Number"; break;
  case CellKind::StringObject:
    type = u"String";
    keys.erase(keys.begin(), keys.begin() + std::min<size_t>(keys.size(), asString(value->primitive)->length));
    break;
  case CellKind::BooleanObject: type = u"Boolean"; break;
  case CellKind::BigIntObject: type = u"BigInt"; break;
  default: type = u"Symbol"; break;
  }
  U16 base = u"[" + type;
  if (!constructor) base += u" (null prototype)";
  else if (type != *constructor) base += u" (" + *constructor + u")";
  Context plain;
  plain.options = ctx.options;
  base += u": " + formatPrimitive(value->primitive, plain) + u"]";
  if (!tag.empty() && (!constructor || tag != *constructor)) base += u" [" + tag + u"]";
  return base;
}

// ---- Maps, sets and their iterators --------------------------------------------------------

static Result<bool> formatMapOrSet(Context &ctx, Object *value, int recurseTimes, std::vector<U16> &output) {
  std::vector<Value> keys, values;
  collectionEntries(value, keys, values);
  bool isMap = value->kind == CellKind::Map;
  size_t maxLength = std::min<size_t>(std::max(0, ctx.options.maxArrayLength), keys.size());
  ctx.indentationLvl += 2;
  for (size_t i = 0; i < maxLength; ++i) {
    U16 k = KILN_TRY(formatValue(ctx, keys[i], recurseTimes));
    if (isMap) k += u" => " + KILN_TRY(formatValue(ctx, values[i], recurseTimes));
    output.push_back(k);
  }
  if (keys.size() > maxLength) output.push_back(remainingText(keys.size() - maxLength));
  ctx.indentationLvl -= 2;
  return true;
}

// formatIterator: the entries not yet consumed ("[Map Entries] { [ 1, 2 ] }" for entries()).
static Result<bool> formatIterator(Context &ctx, Object *value, int recurseTimes, std::vector<U16> &output, U16 braces[2]) {
  std::vector<Value> keys, values;
  bool isEntries, isMap;
  iteratorRemaining(value, keys, values, isEntries, isMap);
  if (isEntries) braces[0] = replaceAll(braces[0], u" Iterator] {", u" Entries] {");
  size_t maxLength = std::min<size_t>(std::max(0, ctx.options.maxArrayLength), keys.size());
  ctx.indentationLvl += 2;
  for (size_t i = 0; i < maxLength; ++i) {
    if (isEntries) {
      U16 k = KILN_TRY(formatValue(ctx, keys[i], recurseTimes));
      U16 v = KILN_TRY(formatValue(ctx, values[i], recurseTimes));
      const U16 pairBraces[2] = {u"[", u"]"};
      output.push_back(reduceToSingleString(ctx, {k, v}, U16(), pairBraces, kArrayExtrasType, recurseTimes, nullptr));
    } else {
      output.push_back(KILN_TRY(formatValue(ctx, values[i], recurseTimes)));
    }
  }
  ctx.indentationLvl -= 2;
  if (keys.size() > maxLength) output.push_back(remainingText(keys.size() - maxLength));
  return true;
}

// ---- formatValue / formatRaw ---------------------------------------------------------------

static Result<U16> formatRaw(Context &ctx, Object *value, int recurseTimes) {
  std::optional<U16> constructor = getConstructorName(value, ctx, recurseTimes);
  U16 tag;
  Value tagValue = KILN_TRY(getProperty(value, PropertyKey::fromCell(realm.symbolToStringTag)));
  if (isString(tagValue) && asString(tagValue)->length) {
    OwnProperty own = getOwnProperty(value, PropertyKey::fromCell(realm.symbolToStringTag));
    bool hide = ctx.options.showHidden ? own.found : (own.found && (own.attributes & Enumerable));
    if (!hide) tag = u(asString(tagValue));
  }
  U16 base;
  U16 braces[2] = {u"{", u"}"};
  enum class Formatter { None, Array, Set, Map, Iterator, WeakCollection } formatter = Formatter::None;
  std::vector<PropertyKey> keys;
  ExtrasType extrasType = kObjectType;
  bool isArrayValue = value->kind == CellKind::Array;
  bool noIterator = true;
  if (isArrayValue || hasProperty(value, PropertyKey::fromCell(realm.symbolIterator)) || !constructor) {
    noIterator = false;
    if (isArrayValue) {
      formatter = Formatter::Array;
      Array *array = static_cast<Array *>(value);
      U16 prefix = (constructor != U16(u"Array") || !tag.empty())
                       ? getPrefix(constructor, tag, u"Array", u("(" + std::to_string(array->length) + ")"))
                       : U16();
      getKeys(value, ctx.options.showHidden, keys, true);
      braces[0] = prefix + u"[";
      braces[1] = u"]";
      if (array->length == 0 && keys.empty()) return braces[0] + u"]";
      extrasType = kArrayExtrasType;
    } else if (value->kind == CellKind::Set || value->kind == CellKind::Map) {
      bool isMap = value->kind == CellKind::Map;
      uint32_t size = collectionSize(value);
      U16 prefix = getPrefix(constructor, tag, isMap ? u"Map" : u"Set", u("(" + std::to_string(size) + ")"));
      getKeys(value, ctx.options.showHidden, keys);
      formatter = isMap ? Formatter::Map : Formatter::Set;
      if (size == 0 && keys.empty()) return prefix + u"{}";
      braces[0] = prefix + u"{";
    } else if (value->kind == CellKind::MapIterator || value->kind == CellKind::SetIterator) {
      getKeys(value, ctx.options.showHidden, keys);
      U16 type = value->kind == CellKind::MapIterator ? u"Map" : u"Set";
      U16 t = tag;
      if (t != type + u" Iterator") {
        if (!t.empty()) t += u"] [";
        t += type + u" Iterator";
      }
      braces[0] = u"[" + t + u"] {";
      formatter = Formatter::Iterator;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    getKeys(value, ctx.options.showHidden, keys);
    if (value->kind == CellKind::Function) {
      base = getFunctionBase(static_cast<Function *>(value), constructor, tag);
      if (keys.empty()) return base;
    } else if (constructor == U16(u"Object")) {
      if (isArgumentsObject(value)) braces[0] = u"[Arguments] {";
      else if (!tag.empty()) braces[0] = getPrefix(constructor, tag, u"Object") + u"{";
      if (keys.empty()) return braces[0] + u"}";
    } else if (value->kind == CellKind::Error || isInstanceof(value, cellValue(realm.errorConstructor[0]))) {
      // node's isError: a native error, or anything `instanceof Error`
      base = KILN_TRY(formatError(value, constructor, tag, ctx, keys));
      if (keys.empty()) return base;
    } else if (value->kind == CellKind::WeakSet || value->kind == CellKind::WeakMap) {
      // Entries live on their keys (WeakCollections.cpp): node without showHidden shows none either.
      braces[0] = getPrefix(constructor, tag, value->kind == CellKind::WeakSet ? u"WeakSet" : u"WeakMap") + u"{";
      formatter = Formatter::WeakCollection;
    } else if (value->kind >= CellKind::BooleanObject && value->kind <= CellKind::BigIntObject) {
      base = getBoxedBase(static_cast<PrimitiveWrapper *>(value), ctx, keys, constructor, tag);
      if (keys.empty()) return base;
    } else {
      if (keys.empty()) return getCtxStyle(value, constructor, tag) + u"{}";
      braces[0] = getCtxStyle(value, constructor, tag) + u"{";
    }
  }
  if (recurseTimes > ctx.options.depth) {
    U16 name = getCtxStyle(value, constructor, tag);
    name.pop_back();
    if (constructor) name = u"[" + name + u"]";
    return name;
  }
  recurseTimes += 1;
  ctx.seen.push_back(value);
  ctx.currentDepth = recurseTimes;
  std::vector<U16> output;
  switch (formatter) {
  case Formatter::Array: KILN_TRY(formatArray(ctx, static_cast<Array *>(value), recurseTimes, output)); break;
  case Formatter::Set:
  case Formatter::Map: KILN_TRY(formatMapOrSet(ctx, value, recurseTimes, output)); break;
  case Formatter::Iterator: KILN_TRY(formatIterator(ctx, value, recurseTimes, output, braces)); break;
  case Formatter::WeakCollection: output.push_back(u"<items unknown>"); break;
  case Formatter::None: break;
  }
  for (PropertyKey key : keys) output.push_back(KILN_TRY(formatProperty(ctx, value, recurseTimes, key, extrasType)));
  auto circular = std::find(ctx.circular.begin(), ctx.circular.end(), value);
  if (circular != ctx.circular.end()) {
    U16 reference = u("<ref *" + std::to_string(circular - ctx.circular.begin() + 1) + ">");
    base = base.empty() ? reference : reference + u" " + base;
  }
  ctx.seen.pop_back();
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes,
                              isArrayValue ? static_cast<Array *>(value) : nullptr);
}

static Result<U16> formatValue(Context &ctx, Value value, int recurseTimes) {
  if (!isObject(value)) return formatPrimitive(value, ctx);
  Object *object = asObject(value);
  if (std::find(ctx.seen.begin(), ctx.seen.end(), object) != ctx.seen.end()) {
    auto it = std::find(ctx.circular.begin(), ctx.circular.end(), object);
    if (it == ctx.circular.end()) {
      ctx.circular.push_back(object);
      it = ctx.circular.end() - 1;
    }
    return u("[Circular *" + std::to_string(it - ctx.circular.begin() + 1) + "]");
  }
  return formatRaw(ctx, object, recurseTimes);
}

Result<std::u16string> inspect(Value v, const InspectOptions &options) {
  Context ctx;
  ctx.options = options;
  return formatValue(ctx, v, 0);
}

// ---- util.format ---------------------------------------------------------------------------

// Whether String(value) would use a built-in toString (node's hasBuiltInToString, where
// "built-in" means the constructor of the prototype that holds it is native).
static bool hasBuiltInToString(Object *value) {
  PropertyKey toStringKey = keyFromAtom(atoms.toString);
  PropertyKey toPrimitiveKey = PropertyKey::fromCell(realm.symbolToPrimitive);
  Value toStringFn = getDataPropertyNoRJS(value, toStringKey);
  Value toPrimitiveFn = getDataPropertyNoRJS(value, toPrimitiveKey);
  bool checkToString = true, checkToPrimitive = true;
  if (!isCallable(toStringFn)) {
    if (!isCallable(toPrimitiveFn)) return true;
    if (getOwnProperty(value, toPrimitiveKey).found) return false;
    checkToString = false;
  } else if (getOwnProperty(value, toStringKey).found) {
    return false;
  } else if (!isCallable(toPrimitiveFn)) {
    checkToPrimitive = false;
  } else if (getOwnProperty(value, toPrimitiveKey).found) {
    return false;
  }
  Object *pointer = value;
  do {
    pointer = prototypeOf(pointer);
  } while (pointer && !(checkToString && getOwnProperty(pointer, toStringKey).found) &&
           !(checkToPrimitive && getOwnProperty(pointer, toPrimitiveKey).found));
  if (!pointer) return true;
  OwnProperty ctor = getOwnProperty(pointer, keyFromAtom(atoms.constructor));
  return ctor.found && isFunction(ctor.value) && (asFunction(ctor.value)->flags & Function::IsNative);
}

Result<Value> jsonStringifyValue(Value value);  // JSON.cpp
Result<double> parseIntForFormat(Value v);      // NumberBuiltins.cpp
Result<double> parseFloatForFormat(Value v);

Result<std::u16string> formatLogArguments(const Value *args, uint32_t argc) {
  U16 str;
  uint32_t a = 0;
  U16 joinText;
  if (argc > 0 && isString(args[0])) {
    U16 first = u(asString(args[0]));
    if (argc == 1) return first;
    size_t lastPos = 0;
    U16 tempStr;
    for (size_t i = 0; i + 1 < first.size(); ++i) {
      if (first[i] != '%') continue;
      char16_t nextChar = first[++i];
      if (a + 1 != argc) {
        switch (nextChar) {
        case 's': {
          Value arg = args[++a];
          if (isNumber(arg)) tempStr = formatNumber(asNumber(arg));
          else if (isBigInt(arg)) tempStr = u(bigintToAscii(asBigInt(arg)) + "n");
          else if (!isObject(arg) || !hasBuiltInToString(asObject(arg))) tempStr = u(isSymbol(arg) ? toStringNoRJS(arg) : KILN_TRY(toString(arg)));
          else {
            InspectOptions o;
            o.depth = 0;
            tempStr = KILN_TRY(inspect(arg, o));
          }
          break;
        }
        case 'j': {
          Value json = KILN_TRY(jsonStringifyValue(args[++a]));
          tempStr = isString(json) ? u(asString(json)) : u"undefined";
          break;
        }
        case 'd': {
          Value arg = args[++a];
          if (isBigInt(arg)) tempStr = u(bigintToAscii(asBigInt(arg)) + "n");
          else if (isSymbol(arg)) tempStr = u"NaN";
          else tempStr = formatNumber(KILN_TRY(toNumber(arg)));
          break;
        }
        case 'O': tempStr = KILN_TRY(inspect(args[++a])); break;
        case 'o': {
          InspectOptions o;
          o.showHidden = true;
          o.depth = 4;
          tempStr = KILN_TRY(inspect(args[++a], o));
          break;
        }
        case 'i': {
          Value arg = args[++a];
          if (isBigInt(arg)) tempStr = u(bigintToAscii(asBigInt(arg)) + "n");
          else if (isSymbol(arg)) tempStr = u"NaN";
          else tempStr = formatNumber(KILN_TRY(parseIntForFormat(arg)));
          break;
        }
        case 'f': {
          Value arg = args[++a];
          if (isSymbol(arg)) tempStr = u"NaN";
          else tempStr = formatNumber(KILN_TRY(parseFloatForFormat(arg)));
          break;
        }
        case 'c':
          a += 1;
          tempStr.clear();
          break;
        case '%':
          str += first.substr(lastPos, i - lastPos);
          lastPos = i + 1;
          continue;
        default: continue;
        }
        if (lastPos != i - 1) str += first.substr(lastPos, i - 1 - lastPos);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar == '%') {
        str += first.substr(lastPos, i - lastPos);
        lastPos = i + 1;
      }
    }
    if (lastPos != 0) {
      a++;
      joinText = u" ";
      if (lastPos < first.size()) str += first.substr(lastPos);
    }
  }
  for (; a < argc; ++a) {
    Value value = args[a];
    str += joinText;
    if (isString(value)) str += u(asString(value));
    else str += KILN_TRY(inspect(value));
    joinText = u" ";
  }
  return str;
}

// ---- Messages ------------------------------------------------------------------------------

// V8's Object::NoSideEffectsToString, which most TypeErrors use to show a value: primitives as
// String() shows them, errors as "Name: message", objects with the default toString as
// "#<Constructor>", anything else as "[object Tag]".
String *noSideEffectsToString(Value v) {
  if (!isObject(v)) return toStringNoRJS(v);
  Object *o = asObject(v);
  if (isFunction(v)) return functionSourceText(asFunction(v));  // V8 shows the source text
  Value toString = getDataPropertyNoRJS(o, keyFromAtom(atoms.toString));
  Value errorToString = getDataPropertyNoRJS(realm.errorPrototype[0], keyFromAtom(atoms.toString));
  if (o->kind == CellKind::Error || (toString != ValueEmpty && toString == errorToString)) {
    Value name = getDataPropertyNoRJS(o, keyFromAtom(atoms.name));
    Value message = getDataPropertyNoRJS(o, keyFromAtom(atoms.message));
    String *n = isString(name) ? asString(name) : newStringFromUTF8("Error");
    String *m = isString(message) ? asString(message) : atoms.empty;
    if (n->length == 0) return m;
    if (m->length == 0) return n;
    StringBuilder b;
    b.append(n);
    b.appendAscii(": ");
    b.append(m);
    return b.build();
  }
  Value objectToString = getDataPropertyNoRJS(realm.objectPrototype, keyFromAtom(atoms.toString));
  if (toString != ValueEmpty && toString == objectToString) {
    Value constructor = getDataPropertyNoRJS(o, keyFromAtom(atoms.constructor));
    if (isFunction(constructor)) {
      String *name = functionName(asFunction(constructor));
      if (name->length) {
        StringBuilder b;
        b.appendAscii("#<");
        b.append(name);
        b.append(u'>');
        return b.build();
      }
    }
  }
  Value tag = getDataPropertyNoRJS(o, PropertyKey::fromCell(realm.symbolToStringTag));
  StringBuilder b;
  b.appendAscii("[object ");
  if (isString(tag)) b.append(asString(tag));
  else
    for (char16_t c : internalConstructorName(o)) b.append(c);
  b.append(u']');
  return b.build();
}

String *callSiteForMessage(Value v) {
  StringBuilder b;
  b.append(typeofString(v));
  if (isString(v)) {
    b.appendAscii(" \"");
    String *text = asString(v);
    if (text->length <= 100) {
      b.append(text);
    } else {
      std::u16string units = u(text).substr(0, 100);
      for (char16_t c : units) b.append(c);
      b.appendAscii("<...>");
    }
    b.append(u'"');
  } else if (isNull(v) || isBoolean(v) || isNumber(v)) {
    b.append(u' ');
    b.append(toStringNoRJS(v));
  }
  return b.build();
}

String *inspectForMessage(Value v) {
  if (isString(v)) {
    StringBuilder b;
    b.append(u'"');
    b.append(asString(v));
    b.append(u'"');
    return b.build();
  }
  if (!isObject(v)) return toStringNoRJS(v);
  if (isFunction(v)) {  // V8 names the expression; the closest a value offers is its name
    String *name = functionName(asFunction(v));
    return name->length ? name : newStringFromUTF8("(intermediate value)");
  }
  // V8 shows an object by its constructor unless it has a toString of its own kind: arrays.
  if (isArray(v)) return newStringFromUTF8("[object Array]");
  Context ctx;
  std::optional<U16> constructor = getConstructorName(asObject(v), ctx, 0);
  U16 text = u"#<" + (constructor ? *constructor : U16(u"Object")) + u">";
  return newStringUTF16(text.data(), text.size());
}

}  // namespace kiln::rt
