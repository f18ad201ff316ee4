// The JSON dumper, generated field by field from ASTNodes.def.
#include "frontend/ast/ASTJson.h"

#include <cmath>

#include <double-conversion/double-conversion.h>

#include "frontend/support/SourceFile.h"

namespace kiln::ast {

const char *nodeKindName(NodeKind kind) {
  static const char *const names[] = {
#define ESTREE_NODE(Name, Fields) #Name,
#include "frontend/ast/ASTNodes.def"
  };
  return names[size_t(kind)];
}

namespace {

class JsonWriter {
public:
  JsonWriter(const SourceFile &file, std::string &out) : file_(file), out_(out) {}

  void node(const Node *n);

private:
  void key(const char *name) {
    out_ += ",\"";
    out_ += name;
    out_ += "\":";
  }
  void string(std::string_view s);
  void number(double value);
  void boolean(bool b) { out_ += b ? "true" : "false"; }
  void list(const NodeList &list) {
    out_ += '[';
    for (uint32_t i = 0; i < list.size; ++i) {
      if (i)
        out_ += ',';
      node(list.items[i]);
    }
    out_ += ']';
  }
  void position(uint32_t offset) {
    LineColumn lc = file_.locate(offset);
    out_ += "{\"line\":";
    out_ += std::to_string(lc.line);
    out_ += ",\"column\":";
    out_ += std::to_string(lc.column);
    out_ += '}';
  }
  void literal(const Literal *n);

  const SourceFile &file_;
  std::string &out_;
};

void JsonWriter::string(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  out_ += '"';
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
    case '"': out_ += "\\\""; continue;
    case '\\': out_ += "\\\\"; continue;
    case '\b': out_ += "\\b"; continue;
    case '\f': out_ += "\\f"; continue;
    case '\n': out_ += "\\n"; continue;
    case '\r': out_ += "\\r"; continue;
    case '\t': out_ += "\\t"; continue;
    default: break;
    }
    if (c < 0x20) {
      out_ += "\\u00";
      out_ += hex[c >> 4];
      out_ += hex[c & 15];
    } else if (c == 0xED && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xA0) {
      // A lone surrogate (WTF-8): JSON.stringify escapes it.
      uint32_t cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      out_ += "\\u";
      out_ += hex[(cp >> 12) & 15];
      out_ += hex[(cp >> 8) & 15];
      out_ += hex[(cp >> 4) & 15];
      out_ += hex[cp & 15];
      i += 2;
    } else {
      out_ += char(c);
    }
  }
  out_ += '"';
}

void JsonWriter::number(double value) {
  if (value != value || value == HUGE_VAL || value == -HUGE_VAL) {
    out_ += "null"; // what JSON.stringify prints for non-finite numbers
    return;
  }
  char buffer[64];
  double_conversion::StringBuilder builder(buffer, sizeof buffer);
  double_conversion::DoubleToStringConverter::EcmaScriptConverter().ToShortest(value, &builder);
  out_ += builder.Finalize();
}

void JsonWriter::literal(const Literal *n) {
  key("value");
  switch (n->literalKind) {
  case LiteralKind::String: string(n->string); break;
  case LiteralKind::Number: number(n->number); break;
  case LiteralKind::Boolean: boolean(n->boolean); break;
  case LiteralKind::Null:
  case LiteralKind::RegExp:
  case LiteralKind::BigInt: out_ += "null"; break;
  }
  key("raw");
  string(file_.text().substr(n->start, n->end - n->start));
  if (n->literalKind == LiteralKind::RegExp) {
    key("regex");
    out_ += "{\"pattern\":";
    string(n->string);
    out_ += ",\"flags\":";
    string(n->flags);
    out_ += '}';
  } else if (n->literalKind == LiteralKind::BigInt) {
    key("bigint");
    string(n->string);
  }
}

void JsonWriter::node(const Node *n) {
  if (!n) {
    out_ += "null";
    return;
  }
  out_ += "{\"type\":\"";
  out_ += nodeKindName(n->kind);
  out_ += "\",\"start\":";
  out_ += std::to_string(file_.utf16Offset(n->start));
  out_ += ",\"end\":";
  out_ += std::to_string(file_.utf16Offset(n->end));
  out_ += ",\"loc\":{\"start\":";
  position(n->start);
  out_ += ",\"end\":";
  position(n->end);
  out_ += '}';

#define F_NODE(f) key(#f); node(typed->f);
#define F_LIST(f) key(#f); list(typed->f);
#define F_STR(f) key(#f); string(typed->f);
#define F_STR_AS(f, member) key(#f); string(typed->member);
#define F_BOOL(f) key(#f); boolean(typed->f);
#define F_BOOL_AS(f, member) key(#f); boolean(typed->member);
#define F_LITERAL() literal(typed);
#define F_TEMPLATE()                                                                             \
  key("value");                                                                                  \
  out_ += "{\"raw\":";                                                                           \
  string(typed->raw);                                                                            \
  out_ += ",\"cooked\":";                                                                        \
  if (typed->cookedIsUndefined)                                                                  \
    out_ += "null";                                                                              \
  else                                                                                           \
    string(typed->cooked);                                                                       \
  out_ += '}';
#define F_DIRECTIVE()                                                                            \
  if (typed->isDirective) {                                                                      \
    key("directive");                                                                            \
    string(typed->directive);                                                                    \
  }
#define F_SOURCE_TYPE() key("sourceType"); string(typed->module ? "module" : "script");
#define ESTREE_NODE(Name, Fields)                                                                \
  case NodeKind::Name: {                                                                         \
    [[maybe_unused]] auto *typed = static_cast<const Name *>(n);                                 \
    Fields break;                                                                                \
  }
  switch (n->kind) {
#include "frontend/ast/ASTNodes.def"
  }
#undef F_NODE
#undef F_LIST
#undef F_STR
#undef F_STR_AS
#undef F_BOOL
#undef F_BOOL_AS
#undef F_LITERAL
#undef F_TEMPLATE
#undef F_DIRECTIVE
#undef F_SOURCE_TYPE
  out_ += '}';
}

} // namespace

void dumpJSON(const Node *root, const SourceFile &file, std::string &out) {
  JsonWriter(file, out).node(root);
  out += '\n';
}

} // namespace kiln::ast
