// The JavaScript parser: recursive descent over the ECMAScript 2024 grammar, both goals (Script
// and Module), producing ESTree nodes in an Arena and enforcing the spec's early errors.
//
// Structure. Cover grammars are handled the way the spec describes them: a parenthesised
// expression or an object/array literal is parsed as an expression first and reinterpreted as
// arrow parameters or a destructuring pattern when `=>` or `=` follows (toAssignable). Errors that
// are only errors for one of the two readings (`{a = 1}` is a pattern, never an expression) are
// remembered in a CoverErrors record and reported once the reading is known.
//
// Early errors that need declarations (duplicate lexical names, undeclared private names,
// undefined exports, labels) are checked with a scope stack kept during the parse, so no second
// pass over the tree is needed. Scope flags say what kind of code encloses a point (function,
// arrow, async, generator, class field initializer, static block, whether `super` is allowed), and
// the context questions (may `await` be an operator here? is `new.target` allowed?) are answered
// by walking that stack.
//
// Recursion depth is bounded: past kMaxDepth nested constructs the parser stops with a
// diagnostic rather than overflowing the native stack.
//
// Files: Parser.cpp (tokens, scopes, program, statements), ParserExpressions.cpp,
// ParserFunctions.cpp (functions, arrows, classes, patterns), ParserModules.cpp (import/export).
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontend/ast/AST.h"
#include "frontend/lexer/Lexer.h"
#include "frontend/support/Arena.h"
#include "frontend/support/Diagnostics.h"

namespace kiln {

class SourceFile;

struct ParseOptions {
  bool module = false;
  /// CommonJS module code (node's default for .js): the top level is the body of node's module
  /// wrapper function, so `return` and `new.target` are allowed there.
  bool commonJS = false;
};

/// Parses `file`. On success returns the Program; on a syntax error returns null and fills `error`.
ast::Program *parseProgram(const SourceFile &file, Arena &arena, const ParseOptions &options,
                           SyntaxError &error);

class Parser {
public:
  Parser(const SourceFile &file, Arena &arena, const ParseOptions &options);
  /// Throws SyntaxError.
  ast::Program *parse();

private:
  using Node = ast::Node;

  // ---- Scopes ------------------------------------------------------------------------------
  enum ScopeFlags : uint32_t {
    ScopeTop = 1 << 0,
    ScopeFunction = 1 << 1,
    ScopeAsync = 1 << 2,
    ScopeGenerator = 1 << 3,
    ScopeArrow = 1 << 4,
    ScopeSimpleCatch = 1 << 5,
    ScopeSuper = 1 << 6,        // super.x allowed
    ScopeDirectSuper = 1 << 7,  // super() allowed
    ScopeStaticBlock = 1 << 8,
    ScopeFieldInit = 1 << 9,
    ScopeVar = ScopeTop | ScopeFunction | ScopeStaticBlock | ScopeFieldInit,
  };
  enum class Binding { None, Var, Lexical, Function, SimpleCatch, Outside };
  /// Names declared in one scope. Small scopes are scanned linearly; big ones (a bundle's
  /// top-level function can hold thousands of names) get a hash index.
  struct NameSet {
    std::vector<std::string_view> names;
    std::unordered_map<std::string_view, uint32_t> index;
    bool contains(std::string_view name) const;
    void add(std::string_view name);
    void clear() {
      names.clear();
      index.clear();
    }
  };
  struct Scope {
    uint32_t flags = 0;
    NameSet var, lexical, functions;
    std::string_view simpleCatchName;
  };
  void enterScope(uint32_t flags);
  void exitScope();
  Scope &currentScope() { return scopes_[scopeDepth_ - 1]; }
  Scope &currentVarScope();
  Scope &currentThisScope();
  bool treatFunctionsAsVar(const Scope &scope) const;
  void declareName(std::string_view name, Binding binding, uint32_t offset);
  bool inFunction();
  bool inGenerator();
  bool inAsync();
  bool canAwait();
  bool allowSuper();
  bool allowDirectSuper();
  bool allowNewTarget();
  bool inStaticBlockOrFieldInitArguments();

  // ---- Tokens --------------------------------------------------------------------------------
  void next();
  bool at(TokenKind kind) const { return tok_.kind == kind; }
  bool eat(TokenKind kind);
  void expect(TokenKind kind);
  bool isContextual(Keyword keyword) const { return tok_.isKeyword(keyword); }
  bool eatContextual(Keyword keyword);
  void expectContextual(Keyword keyword);
  bool canInsertSemicolon() const;
  void semicolon();
  bool afterTrailingComma(TokenKind close);
  Token peekToken();
  [[noreturn]] void raise(uint32_t offset, std::string message);
  [[noreturn]] void unexpected();
  [[noreturn]] void unexpected(const Token &token);
  std::string describe(const Token &token) const;
  /// Counts one level of recursion for the lifetime of the guard; throws past kMaxDepth.
  struct RecursionGuard {
    explicit RecursionGuard(Parser &parser);
    ~RecursionGuard() { --parser.depth_; }
    Parser &parser;
  };

  template <typename T> T *startNode(uint32_t start) { return arena_.make<T>(start, start); }
  template <typename T> T *finish(T *node) {
    node->end = lastTokenEnd_;
    return node;
  }
  ast::NodeList finishList(size_t mark);

  // ---- Statements (Parser.cpp) ---------------------------------------------------------------
  void parseTopLevel(ast::Program *program);
  Node *parseStatement(int context, bool topLevel);
  Node *parseBlock(bool createScope = true);
  Node *parseVarStatement(uint32_t start, std::string_view kind);
  ast::VariableDeclaration *parseVar(uint32_t start, std::string_view kind, bool isFor, bool inForInit);
  Node *parseForStatement(uint32_t start);
  Node *parseForAfterInit(uint32_t start, Node *init);
  Node *parseForIn(uint32_t start, Node *init, bool isOf, bool isAwait);
  Node *parseIfStatement(uint32_t start);
  Node *parseSwitchStatement(uint32_t start);
  Node *parseTryStatement(uint32_t start);
  Node *parseBreakContinue(uint32_t start, bool isBreak);
  Node *parseLabeledStatement(uint32_t start, ast::Identifier *label, int context);
  Node *parseExpressionStatement(uint32_t start, Node *expression);
  void parseDirectivesAndBody(size_t mark, bool allowDirectives, TokenKind end,
                              bool *becameStrict = nullptr);
  bool isLetDeclaration(bool allowBlockCase);
  bool isAsyncFunctionStart();

  // ---- Expressions (ParserExpressions.cpp) -------------------------------------------------
  struct CoverErrors {
    int64_t shorthandAssign = -1;
    int64_t trailingComma = -1;
    int64_t parenthesizedAssign = -1;
    int64_t parenthesizedBind = -1;
    int64_t doubleProto = -1;
  };
  enum class ForInit { No, Yes, Await };
  Node *parseExpression(ForInit forInit = ForInit::No, CoverErrors *errors = nullptr);
  Node *parseMaybeAssign(ForInit forInit = ForInit::No, CoverErrors *errors = nullptr);
  Node *parseMaybeConditional(ForInit forInit, CoverErrors *errors);
  Node *parseExprOps(ForInit forInit, CoverErrors *errors);
  Node *parseExprOp(Node *left, uint32_t leftStart, int minPrecedence, ForInit forInit);
  Node *parseMaybeUnary(CoverErrors *errors, bool sawUnary, ForInit forInit, bool incDec = false);
  Node *parseExprSubscripts(CoverErrors *errors, ForInit forInit);
  Node *parseSubscripts(Node *base, uint32_t start, bool noCalls, ForInit forInit);
  Node *parseExprAtom(CoverErrors *errors, ForInit forInit);
  Node *parseParenAndDistinguish(bool canBeArrow, ForInit forInit);
  Node *parseNew();
  Node *parseTemplate(bool tagged);
  Node *parseObjectLike(bool isPattern, CoverErrors *errors);
  Node *parseArrayLiteral(CoverErrors *errors);
  Node *parseLiteral();
  Node *parseYield(ForInit forInit);
  Node *parseAwait(ForInit forInit);
  Node *parseImportExpression(uint32_t start);
  ast::Identifier *parseIdentifier(bool liberal);
  ast::Identifier *parseBindingIdentifier();
  void checkUnreserved(const Token &token);
  Node *parsePrivateIdentifier();
  Node *parsePropertyName(bool &computed);
  void checkCoverErrors(CoverErrors *errors, bool andThrow);
  bool checkCoverErrorsSoft(CoverErrors *errors);
  void checkPatternErrors(CoverErrors *errors, bool isAssign);
  ast::NodeList parseExprList(TokenKind close, bool allowTrailingComma, bool allowEmpty,
                              CoverErrors *errors);

  // ---- Functions, classes, patterns (ParserFunctions.cpp) ----------------------------------
  uint32_t functionScopeFlags(bool isAsync, bool isGenerator) const;
  Node *parseFunction(uint32_t start, bool isStatement, bool isAsync, bool hangingAllowed,
                      bool defaultExport, ForInit forInit);
  void parseFunctionParams(ast::NodeList &params);
  void parseFunctionBody(Node *function, ast::NodeList params, bool isArrow, bool isMethod,
                         ForInit forInit);
  Node *parseMethod(uint32_t start, bool isGenerator, bool isAsync, bool allowDirectSuper);
  Node *parseArrowExpression(uint32_t start, ast::NodeList params, bool isAsync, ForInit forInit);
  void checkParams(ast::NodeList params, bool allowDuplicates);
  bool isSimpleParamList(ast::NodeList params) const;
  Node *parseClass(uint32_t start, bool isStatement, bool optionalId);
  Node *parseClassElement(bool hasSuperClass);
  Node *parseBindingAtom();
  void parseBindingList(TokenKind close, bool allowEmpty, ast::NodeList &out);
  Node *parseMaybeDefault(uint32_t start, Node *left);
  Node *parseRestBinding();
  Node *toAssignable(Node *node, bool isBinding, CoverErrors *errors);
  ast::NodeList toAssignableList(ast::NodeList list, bool isBinding);
  void checkLValSimple(Node *expr, Binding binding);
  void checkLValPattern(Node *expr, Binding binding);
  void checkLValInnerPattern(Node *expr, Binding binding);
  void checkYieldAwaitInDefaultParams();

  // Private names of the classes being parsed.
  struct PrivateNameScope {
    std::unordered_map<std::string_view, uint8_t> declared; // kind bits, see ParserFunctions.cpp
    std::vector<std::pair<std::string_view, uint32_t>> used;
  };
  void usePrivateName(std::string_view name, uint32_t offset);

  // ---- Modules (ParserModules.cpp) -----------------------------------------------------------
  Node *parseImport(uint32_t start);
  Node *parseExport(uint32_t start);
  Node *parseModuleExportName();
  void checkExport(std::string_view name, uint32_t offset);
  void checkPatternExport(Node *pattern);
  void checkLocalExport(ast::Identifier *id);

  // ---- State ---------------------------------------------------------------------------------
  const SourceFile &file_;
  Arena &arena_;
  Lexer lexer_;
  ParseOptions options_;
  Token tok_;
  uint32_t lastTokenStart_ = 0;
  uint32_t lastTokenEnd_ = 0;
  bool strict_ = false;
  int depth_ = 0;
  // About two levels per nested parenthesis or bracket: node (V8) accepts ~1,000 nested
  // parentheses and fails by ~3,000; kiln accepts ~2,000.
  static constexpr int kMaxDepth = 4000;

  std::vector<Scope> scopes_;
  size_t scopeDepth_ = 0;
  std::vector<Node *> listStack_;

  struct Label {
    std::string_view name;
    enum Kind { None, Loop, Switch } kind;
    uint32_t statementStart;
  };
  std::vector<Label> labels_;

  std::vector<PrivateNameScope> privateNames_;

  // Positions (offset + 1; 0 = none) of yield/await expressions and of `await` used as an
  // identifier, for rejecting them in arrow and async-arrow parameters.
  uint32_t yieldPos_ = 0;
  uint32_t awaitPos_ = 0;
  uint32_t awaitIdentPos_ = 0;
  // Start of the token at which an arrow function may begin (for `a => b` and `(a) => b`).
  int64_t potentialArrowAt_ = -1;
  bool potentialArrowInForAwait_ = false;

  // Module bookkeeping.
  std::unordered_map<std::string_view, bool> exportedNames_;
  std::vector<std::pair<std::string_view, uint32_t>> undefinedExports_;
};

} // namespace kiln
