// The ESTree abstract syntax tree. Node structs are generated from ASTNodes.def; all nodes live in
// the parse's Arena. Positions are byte offsets into the SourceFile (converted to UTF-16 offsets
// and lines only when dumped). Field names follow ESTree exactly; the few that collide with C++
// keywords get other member names (`isStatic`, `op`, `isAwait`, `isAsync`).
#pragma once
#include <cstdint>
#include <string_view>

namespace kiln::ast {

enum class NodeKind : uint8_t {
#define ESTREE_NODE(Name, Fields) Name,
#include "frontend/ast/ASTNodes.def"
};

const char *nodeKindName(NodeKind kind);

struct Node {
  NodeKind kind;
  /// The node was written inside parentheses (needed by the cover grammars: `(a) = 1` is an
  /// assignment to `a`, but `({a}) = 1` is an error).
  bool parenthesized = false;
  uint32_t start;
  uint32_t end;
  Node(NodeKind k, uint32_t s, uint32_t e) : kind(k), start(s), end(e) {}
  template <typename T> bool is() const { return kind == T::kKind; }
  template <typename T> T *as() { return kind == T::kKind ? static_cast<T *>(this) : nullptr; }
  template <typename T> const T *as() const {
    return kind == T::kKind ? static_cast<const T *>(this) : nullptr;
  }
};

struct NodeList {
  Node **items = nullptr;
  uint32_t size = 0;
  Node **begin() const { return items; }
  Node **end() const { return items + size; }
  Node *operator[](uint32_t i) const { return items[i]; }
  bool empty() const { return size == 0; }
};

enum class LiteralKind : uint8_t { String, Number, Boolean, Null, RegExp, BigInt };

#define F_NODE(n) Node *n = nullptr;
#define F_LIST(n) NodeList n;
#define F_STR(n) std::string_view n;
#define F_BOOL(n) bool n = false;
#define F_BOOL_AS(n, member) bool member = false;
#define F_STR_AS(n, member) std::string_view member;
#define F_LITERAL()                                                                              \
  LiteralKind literalKind = LiteralKind::Null;                                                   \
  bool boolean = false;                                                                          \
  double number = 0;                                                                             \
  std::string_view string; /* string value, regex pattern, or bigint digits */                   \
  std::string_view flags;  /* regex flags */
#define F_TEMPLATE()                                                                             \
  std::string_view cooked;                                                                       \
  std::string_view raw;                                                                          \
  bool cookedIsUndefined = false;
#define F_DIRECTIVE()                                                                            \
  std::string_view directive;                                                                    \
  bool isDirective = false;
#define F_SOURCE_TYPE() bool module = false;
#define ESTREE_NODE(Name, Fields)                                                                \
  struct Name : Node {                                                                           \
    static constexpr NodeKind kKind = NodeKind::Name;                                            \
    Name(uint32_t s, uint32_t e) : Node(kKind, s, e) {}                                          \
    Fields                                                                                       \
  };
#include "frontend/ast/ASTNodes.def"
#undef F_BOOL_AS
#undef F_STR_AS
#undef F_NODE
#undef F_LIST
#undef F_STR
#undef F_BOOL
#undef F_LITERAL
#undef F_TEMPLATE
#undef F_DIRECTIVE
#undef F_SOURCE_TYPE

} // namespace kiln::ast
