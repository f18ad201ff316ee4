// JSON.parse (with reviver) and JSON.stringify (replacer function or list, indentation, toJSON),
// with V8's error messages, including its description of circular structures.
#include "Builtins.h"
#include "number/BigInt.h"
#include "number/NumberConversions.h"

#include <algorithm>
#include <cmath>

namespace kiln::rt {

// ---- parse ---------------------------------------------------------------------------------

namespace {

class JsonParser {
public:
  explicit JsonParser(String *source) : source_(flat(source)), length_(source->length) {}

  Result<Value> parse() {
    skipWhitespace();
    Value v = KILN_TRY(parseValue());
    skipWhitespace();
    if (pos_ < length_)
      return throwError(ErrorKind::SyntaxError, "Unexpected non-whitespace character after JSON at position %u", pos_);
    return v;
  }

private:
  String *source_;
  uint32_t length_;
  uint32_t pos_ = 0;

  char16_t peek() const { return pos_ < length_ ? charAt(source_, pos_) : 0; }

  void skipWhitespace() {
    while (pos_ < length_) {
      char16_t c = charAt(source_, pos_);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++pos_;
    }
  }

  ThrownTag error(const char *what) {
    return throwError(ErrorKind::SyntaxError, "%s in JSON at position %u", what, pos_);
  }

  // V8's "Unexpected token 'x', "...source..." is not valid JSON" (or end of input).
  ThrownTag unexpected() {
    if (pos_ >= length_) return throwError(ErrorKind::SyntaxError, "Unexpected end of JSON input");
    std::string whole = toUTF8(source_);
    if (whole == "undefined" || whole == "NaN" || whole == "Infinity" || whole == "[object Object]")
      return throwError(ErrorKind::SyntaxError, "\"%s\" is not valid JSON", whole.c_str());
    char16_t c = charAt(source_, pos_);
    if ((c >= '0' && c <= '9') || c == '-') return error("Unexpected number");
    if (c == '"') return error("Unexpected string");
    std::string token = toUTF8(newStringFromCodeUnit(c));
    constexpr uint32_t context = 10;
    std::string text;
    if (length_ < context * 2 + 1) {
      text = "\"" + toUTF8(source_) + "\"";
    } else {
      uint32_t start = pos_ >= context ? pos_ - context : 0;
      uint32_t end = std::min(length_, pos_ + context);
      text = (start > 0 ? "...\"" : "\"") + toUTF8(substring(source_, start, end)) + (end < length_ ? "\"..." : "\"");
    }
    return throwError(ErrorKind::SyntaxError, "Unexpected token '%s', %s is not valid JSON", token.c_str(), text.c_str());
  }

  bool consumeWord(const char *word) {
    size_t n = std::strlen(word);
    for (size_t i = 0; i < n; ++i)
      if (pos_ + i >= length_ || charAt(source_, pos_ + static_cast<uint32_t>(i)) != static_cast<uint8_t>(word[i])) {
        pos_ += static_cast<uint32_t>(i);
        return false;
      }
    pos_ += static_cast<uint32_t>(n);
    return true;
  }

  Result<Value> parseValue() {
    char16_t c = peek();
    switch (c) {
    case '{': return parseObject();
    case '[': return parseArray();
    case '"': return parseString();
    case 't':
      if (consumeWord("true")) return ValueTrue;
      return unexpected();
    case 'f':
      if (consumeWord("false")) return ValueFalse;
      return unexpected();
    case 'n':
      if (consumeWord("null")) return ValueNull;
      return unexpected();
    default:
      if (c == '-' || (c >= '0' && c <= '9')) return parseNumber();
      return unexpected();
    }
  }

  Result<Value> parseNumber() {
    uint32_t start = pos_;
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
      if (peek() >= '0' && peek() <= '9') return error("Unexpected number");
    } else if (peek() >= '1' && peek() <= '9') {
      while (peek() >= '0' && peek() <= '9') ++pos_;
    } else {
      return error("No number after minus sign");
    }
    if (peek() == '.') {
      ++pos_;
      if (!(peek() >= '0' && peek() <= '9')) return error("Unterminated fractional number");
      while (peek() >= '0' && peek() <= '9') ++pos_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!(peek() >= '0' && peek() <= '9')) return error("Exponent part is missing a number");
      while (peek() >= '0' && peek() <= '9') ++pos_;
    }
    return numberValue(stringToNumber(substring(source_, start, pos_)));
  }

  Result<Value> parseString() {
    ++pos_;  // opening quote
    StringBuilder b;
    while (true) {
      if (pos_ >= length_) return error("Unterminated string");
      char16_t c = charAt(source_, pos_);
      if (c == '"') {
        ++pos_;
        return cellValue(b.build());
      }
      if (c < 0x20) return error("Bad control character in string literal");
      if (c != '\\') {
        b.append(c);
        ++pos_;
        continue;
      }
      ++pos_;
      if (pos_ >= length_) return unexpected();
      char16_t e = charAt(source_, pos_);
      switch (e) {
      case '"': b.append(u'"'); break;
      case '\\': b.append(u'\\'); break;
      case '/': b.append(u'/'); break;
      case 'b': b.append(u'\b'); break;
      case 'f': b.append(u'\f'); break;
      case 'n': b.append(u'\n'); break;
      case 'r': b.append(u'\r'); break;
      case 't': b.append(u'\t'); break;
      case 'u': {
        uint32_t v = 0;
        for (int k = 1; k <= 4; ++k) {
          char16_t h = pos_ + k < length_ ? charAt(source_, pos_ + k) : 0;
          int d = (h >= '0' && h <= '9') ? h - '0' : ((h | 0x20) >= 'a' && (h | 0x20) <= 'f') ? (h | 0x20) - 'a' + 10 : -1;
          if (d < 0) {
            pos_ += k;
            return error("Bad Unicode escape");
          }
          v = v * 16 + d;
        }
        b.append(static_cast<char16_t>(v));
        pos_ += 4;
        break;
      }
      default: return error("Bad escaped character");
      }
      ++pos_;
    }
  }

  Result<Value> parseArray() {
    ++pos_;
    Array *array = newArray(0);
    skipWhitespace();
    if (peek() == ']') {
      ++pos_;
      return cellValue(array);
    }
    while (true) {
      skipWhitespace();
      Value v = KILN_TRY(parseValue());
      arrayPush(array, v);
      skipWhitespace();
      if (peek() == ',') {
        ++pos_;
        skipWhitespace();
        if (peek() == ']') return unexpected();
        continue;
      }
      if (peek() == ']') {
        ++pos_;
        return cellValue(array);
      }
      return error("Expected ',' or ']' after array element");
    }
  }

  Result<Value> parseObject() {
    ++pos_;
    Object *object = newObject(realm.objectPrototype);
    skipWhitespace();
    if (peek() == '}') {
      ++pos_;
      return cellValue(object);
    }
    for (bool first = true;; first = false) {
      skipWhitespace();
      if (peek() != '"') return error(first ? "Expected property name or '}'" : "Expected double-quoted property name");
      Value key = KILN_TRY(parseString());
      skipWhitespace();
      if (peek() != ':') {
        return error("Expected ':' after property name");
      }
      ++pos_;
      skipWhitespace();
      Value v = KILN_TRY(parseValue());
      defineOwnProperty(object, keyFromString(asString(key)), v);
      skipWhitespace();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == '}') {
        ++pos_;
        return cellValue(object);
      }
      return error("Expected ',' or '}' after property value");
    }
  }
};

}  // namespace

static Result<Value> internalize(Object *holder, PropertyKey name, Value reviver) {
  Value value = KILN_TRY(getProperty(holder, name));
  if (isObject(value)) {
    Object *o = asObject(value);
    std::vector<PropertyKey> keys;
    if (isArray(value)) {
      for (uint32_t i = 0; i < asArray(value)->length; ++i) keys.push_back(PropertyKey::fromIndex(i));
    } else {
      ownPropertyKeys(o, keys, KeyFilter::Strings, true);
    }
    for (PropertyKey key : keys) {
      Value element = KILN_TRY(internalize(o, key, reviver));
      if (isUndefined(element)) deleteOwnProperty(o, key);
      else defineOwnProperty(o, key, element);
    }
  }
  Value args[2] = {keyToValue(name), value};
  return call(reviver, cellValue(holder), args, 2);
}

static Result<Value> jsonParse(const CallArgs &args) {
  String *text = KILN_TRY(toString(args[0]));
  JsonParser parser(text);
  Value result = KILN_TRY(parser.parse());
  if (!isCallable(args[1])) return result;
  Object *root = newObject(realm.objectPrototype);
  defineOwnProperty(root, atoms.empty, result);
  return internalize(root, keyFromAtom(atoms.empty), args[1]);
}

// ---- stringify -----------------------------------------------------------------------------

namespace {

struct Stringifier {
  Value replacerFunction = ValueUndefined;
  std::vector<PropertyKey> propertyList;
  bool hasPropertyList = false;
  std::u16string gap;
  std::u16string indent;
  std::vector<Object *> stack;
  std::vector<PropertyKey> stackKeys;  // the key under which each stack entry was reached
  StringBuilder out;

  static void quote(StringBuilder &b, String *s) {
    b.append(u'"');
    for (uint32_t i = 0; i < s->length; ++i) {
      char16_t c = charAt(s, i);
      switch (c) {
      case '"': b.appendAscii("\\\""); break;
      case '\\': b.appendAscii("\\\\"); break;
      case '\b': b.appendAscii("\\b"); break;
      case '\f': b.appendAscii("\\f"); break;
      case '\n': b.appendAscii("\\n"); break;
      case '\r': b.appendAscii("\\r"); break;
      case '\t': b.appendAscii("\\t"); break;
      default:
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length && charAt(s, i + 1) >= 0xDC00 && charAt(s, i + 1) <= 0xDFFF) {
          b.append(c);
          b.append(charAt(s, ++i));
        } else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          b.appendAscii(buffer);
        } else {
          b.append(c);
        }
      }
    }
    b.append(u'"');
  }

  static std::string constructorNameOf(Object *o) {
    Value ctor = getDataPropertyNoRJS(o, keyFromAtom(atoms.constructor));
    if (isFunction(ctor)) {
      String *name = functionName(asFunction(ctor));
      if (name->length) return toUTF8(name);
    }
    return "Object";
  }

  static std::string describeKey(PropertyKey key) {
    if (key.isIndex()) return "index " + std::to_string(key.index);
    return "property '" + toUTF8(asString(keyToValue(key))) + "'";
  }

  ThrownTag throwCircular(Object *o, PropertyKey closingKey) {
    size_t start = std::find(stack.begin(), stack.end(), o) - stack.begin();
    std::string message = "Converting circular structure to JSON\n    --> starting at object with constructor '" +
                          constructorNameOf(stack[start]) + "'";
    for (size_t i = start + 1; i < stack.size(); ++i)
      message += "\n    |     " + describeKey(stackKeys[i]) + " -> object with constructor '" + constructorNameOf(stack[i]) + "'";
    message += "\n    --- " + describeKey(closingKey) + " closes the circle";
    return throwTypeError("%s", message.c_str());
  }

  // SerializeJSONProperty; returns false when the value is not serializable (undefined).
  Result<bool> serializeProperty(Object *holder, PropertyKey key, Value value) {
    if (throwIfStackExhausted()) return Thrown;
    if (isObject(value) || isBigInt(value)) {
      Value toJSON = KILN_TRY(getValueProperty(value, keyFromString(internUTF8("toJSON"))));
      if (isCallable(toJSON)) {
        Value keyValue = keyToValue(key);
        value = KILN_TRY(call(toJSON, value, &keyValue, 1));
      }
    }
    if (!isUndefined(replacerFunction)) {
      Value args[2] = {keyToValue(key), value};
      value = KILN_TRY(call(replacerFunction, cellValue(holder), args, 2));
    }
    if (isObject(value)) {
      switch (asObject(value)->kind) {
      case CellKind::NumberObject: value = numberValue(KILN_TRY(toNumber(value))); break;
      case CellKind::StringObject: value = cellValue(KILN_TRY(toString(value))); break;
      case CellKind::BooleanObject:
      case CellKind::BigIntObject: value = static_cast<PrimitiveWrapper *>(asObject(value))->primitive; break;
      default: break;
      }
    }
    if (isNull(value)) return out.appendAscii("null"), true;
    if (isBoolean(value)) return out.appendAscii(asBoolean(value) ? "true" : "false"), true;
    if (isString(value)) return quote(out, asString(value)), true;
    if (isNumber(value)) {
      double d = asNumber(value);
      if (std::isfinite(d)) out.append(numberToString(d));
      else out.appendAscii("null");
      return true;
    }
    if (isBigInt(value)) return throwTypeError("Do not know how to serialize a BigInt");
    if (isObject(value) && !isCallable(value)) {
      Object *o = asObject(value);
      if (std::find(stack.begin(), stack.end(), o) != stack.end()) return throwCircular(o, key);
      stack.push_back(o);
      stackKeys.push_back(key);
      std::u16string stepback = indent;
      indent += gap;
      Status s = isArray(value) ? serializeArray(static_cast<Array *>(o)) : serializeObject(o);
      indent = stepback;
      stack.pop_back();
      stackKeys.pop_back();
      if (s.isThrown()) return Thrown;
      return true;
    }
    return false;  // undefined, functions, symbols
  }

  void newlineAndIndent() {
    out.append(u'\n');
    for (char16_t c : indent) out.append(c);
  }

  Status serializeObject(Object *o) {
    std::vector<PropertyKey> keys;
    if (hasPropertyList) keys = propertyList;
    else ownPropertyKeys(o, keys, KeyFilter::Strings, true);
    out.append(u'{');
    bool any = false;
    for (PropertyKey key : keys) {
      Value v = KILN_TRY(getProperty(o, key));
      size_t mark = out.length();
      if (any) out.append(u',');
      if (!gap.empty()) newlineAndIndent();
      quote(out, asString(keyToValue(key)));
      out.append(u':');
      if (!gap.empty()) out.append(u' ');
      bool written = KILN_TRY(serializeProperty(o, key, v));
      if (!written) truncate(mark);
      else any = true;
    }
    if (any && !gap.empty()) {
      std::u16string inner = indent;
      indent.resize(indent.size() - gap.size());
      newlineAndIndent();
      indent = inner;
    }
    out.append(u'}');
    return Ok;
  }

  Status serializeArray(Array *a) {
    out.append(u'[');
    uint32_t length = a->length;
    for (uint32_t i = 0; i < length; ++i) {
      if (i) out.append(u',');
      if (!gap.empty()) newlineAndIndent();
      Value v = KILN_TRY(getProperty(a, PropertyKey::fromIndex(i)));
      bool written = KILN_TRY(serializeProperty(a, PropertyKey::fromIndex(i), v));
      if (!written) out.appendAscii("null");
    }
    if (length && !gap.empty()) {
      std::u16string inner = indent;
      indent.resize(indent.size() - gap.size());
      newlineAndIndent();
      indent = inner;
    }
    out.append(u']');
    return Ok;
  }

  void truncate(size_t mark) { out.truncate(mark); }
};

}  // namespace

static Result<Value> stringify(Value value, Value replacer, Value space) {
  Stringifier s;
  if (isCallable(replacer)) {
    s.replacerFunction = replacer;
  } else if (isArray(replacer)) {
    s.hasPropertyList = true;
    Array *list = asArray(replacer);
    for (uint32_t i = 0; i < list->length; ++i) {
      Value v = KILN_TRY(getProperty(list, PropertyKey::fromIndex(i)));
      String *item = nullptr;
      if (isString(v)) item = asString(v);
      else if (isNumber(v)) item = numberToString(asNumber(v));
      else if (isCellOfKind(v, CellKind::StringObject) || isCellOfKind(v, CellKind::NumberObject)) item = KILN_TRY(toString(v));
      if (!item) continue;
      PropertyKey key = keyFromString(item);
      if (std::find(s.propertyList.begin(), s.propertyList.end(), key) == s.propertyList.end()) s.propertyList.push_back(key);
    }
  }
  if (isCellOfKind(space, CellKind::NumberObject)) space = numberValue(KILN_TRY(toNumber(space)));
  else if (isCellOfKind(space, CellKind::StringObject)) space = cellValue(KILN_TRY(toString(space)));
  if (isNumber(space)) {
    double n = std::min(10.0, std::trunc(asNumber(space)));
    if (n >= 1) s.gap.assign(static_cast<size_t>(n), u' ');
  } else if (isString(space)) {
    String *gap = asString(space);
    for (uint32_t i = 0; i < std::min(10u, gap->length); ++i) s.gap.push_back(charAt(gap, i));
  }
  Object *wrapper = newObject(realm.objectPrototype);
  defineOwnProperty(wrapper, atoms.empty, value);
  bool written = KILN_TRY(s.serializeProperty(wrapper, keyFromAtom(atoms.empty), value));
  if (!written) return ValueUndefined;
  return cellValue(s.out.build());
}

static Result<Value> jsonStringify(const CallArgs &args) { return stringify(args[0], args[1], args[2]); }

Result<Value> jsonStringifyValue(Value value) {
  Result<Value> r = stringify(value, ValueUndefined, ValueUndefined);
  if (!r.isThrown()) return r;
  // util.format's %j prints '[Circular]' for circular structures, rethrows anything else.
  Value e = pendingException;
  if (isObject(e)) {
    Value message = getDataPropertyNoRJS(asObject(e), keyFromAtom(atoms.message));
    if (isString(message) && toUTF8(asString(message)).rfind("Converting circular structure to JSON", 0) == 0) {
      pendingException = ValueUndefined;
      return stringValue("[Circular]");
    }
  }
  return Thrown;
}

void installJSON(Object *global) {
  Object *json = newObject(realm.objectPrototype);
  defineValue(global, "JSON", cellValue(json));
  defineMethods(json, {
                          KILN_METHOD("parse", jsonParse, 2),
                          KILN_METHOD("stringify", jsonStringify, 3),
                      });
  defineOwnProperty(json, PropertyKey::fromCell(realm.symbolToStringTag), stringValue("JSON"), Configurable);
}

}  // namespace kiln::rt
