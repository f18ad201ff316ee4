// Parser core: token handling, scopes and name declaration, the program and every statement.
// See Parser.h for the overall design.
#include "frontend/parser/Parser.h"

#include "frontend/support/SourceFile.h"

namespace kiln {

using namespace ast;

namespace {
// Statement contexts (where a statement appears), for the Annex B rules on function declarations
// in single-statement positions: allowed, in sloppy code only, as the body of an `if` or of a
// label that is itself in a statement list.
enum StatementContext { ContextList = 0, ContextIf = 1, ContextLabel = 2, ContextOther = 3 };
} // namespace

// ---- NameSet -------------------------------------------------------------------------------

bool Parser::NameSet::contains(std::string_view name) const {
  if (!index.empty())
    return index.count(name) != 0;
  for (std::string_view n : names)
    if (n == name)
      return true;
  return false;
}

void Parser::NameSet::add(std::string_view name) {
  names.push_back(name);
  if (!index.empty()) {
    index.emplace(name, uint32_t(names.size() - 1));
  } else if (names.size() > 16) {
    for (uint32_t i = 0; i < names.size(); ++i)
      index.emplace(names[i], i);
  }
}

// ---- Entry points --------------------------------------------------------------------------

ast::Program *parseProgram(const SourceFile &file, Arena &arena, const ParseOptions &options,
                           SyntaxError &error) {
  try {
    Parser parser(file, arena, options);
    return parser.parse();
  } catch (SyntaxError &e) {
    error = std::move(e);
    return nullptr;
  }
}

Parser::Parser(const SourceFile &file, Arena &arena, const ParseOptions &options)
    : file_(file), arena_(arena), lexer_(file, arena, options.module), options_(options) {
  strict_ = options.module;
  scopes_.resize(16);
}

Program *Parser::parse() {
  auto *program = arena_.make<Program>(0, 0);
  program->module = options_.module;
  enterScope(ScopeTop);
  next();
  parseTopLevel(program);
  program->start = 0;
  program->end = uint32_t(file_.text().size());
  return program;
}

void Parser::parseTopLevel(Program *program) {
  size_t mark = listStack_.size();
  parseDirectivesAndBody(mark, true, TokenKind::EndOfFile);
  program->body = finishList(mark);
  if (options_.module) {
    for (auto &[name, offset] : undefinedExports_)
      if (!currentScope().var.contains(name) && !currentScope().lexical.contains(name) &&
          !currentScope().functions.contains(name))
        raise(offset, "export '" + std::string(name) + "' is not defined");
  }
}

// ---- Errors --------------------------------------------------------------------------------

void Parser::raise(uint32_t offset, std::string message) { throw SyntaxError{offset, std::move(message)}; }

std::string Parser::describe(const Token &token) const {
  switch (token.kind) {
  case TokenKind::EndOfFile: return "end of input";
  case TokenKind::Name:
  case TokenKind::PrivateName:
  case TokenKind::Number:
  case TokenKind::BigInt:
  case TokenKind::String:
  case TokenKind::Template:
  case TokenKind::RegExp: {
    std::string_view text = file_.text().substr(token.start, token.end - token.start);
    if (text.size() > 40)
      text = text.substr(0, 40);
    std::string what = token.kind == TokenKind::Name ? (token.keyword != Keyword::None &&
                                                                keywordClass(token.keyword) ==
                                                                    KeywordClass::Reserved
                                                            ? "keyword"
                                                            : "identifier")
                                                     : tokenSpelling(token.kind);
    return what + " '" + std::string(text) + "'";
  }
  default:
    return std::string("'") + tokenSpelling(token.kind) + "'";
  }
}

void Parser::unexpected() { unexpected(tok_); }

void Parser::unexpected(const Token &token) {
  raise(token.start, "unexpected " + describe(token));
}

Parser::RecursionGuard::RecursionGuard(Parser &p) : parser(p) {
  if (++parser.depth_ > kMaxDepth) {
    --parser.depth_;
    parser.raise(parser.tok_.start, "nesting is too deep: more than " + std::to_string(kMaxDepth) +
                                        " levels of nested expressions or statements");
  }
}

// ---- Tokens --------------------------------------------------------------------------------

void Parser::next() {
  lastTokenStart_ = tok_.start;
  lastTokenEnd_ = tok_.end;
  lexer_.next(tok_);
}

bool Parser::eat(TokenKind kind) {
  if (tok_.kind != kind)
    return false;
  next();
  return true;
}

void Parser::expect(TokenKind kind) {
  if (tok_.kind != kind)
    raise(tok_.start, std::string("expected '") + tokenSpelling(kind) + "' but found " + describe(tok_));
  next();
}

bool Parser::eatContextual(Keyword keyword) {
  if (!isContextual(keyword))
    return false;
  next();
  return true;
}

void Parser::expectContextual(Keyword keyword) {
  if (!eatContextual(keyword))
    raise(tok_.start, std::string("expected '") + keywordSpelling(keyword) + "' but found " +
                          describe(tok_));
}

bool Parser::canInsertSemicolon() const {
  return tok_.kind == TokenKind::EndOfFile || tok_.kind == TokenKind::RBrace || tok_.newlineBefore;
}

void Parser::semicolon() {
  if (eat(TokenKind::Semicolon))
    return;
  if (canInsertSemicolon())
    return;
  raise(tok_.start, "expected ';' but found " + describe(tok_));
}

bool Parser::afterTrailingComma(TokenKind close) {
  if (tok_.kind != close)
    return false;
  next();
  return true;
}

Token Parser::peekToken() {
  Lexer::State state = lexer_.save();
  Token peeked;
  lexer_.next(peeked);
  lexer_.restore(state);
  return peeked;
}

ast::NodeList Parser::finishList(size_t mark) {
  NodeList list;
  list.size = uint32_t(listStack_.size() - mark);
  list.items = arena_.allocateArray<Node *>(list.size);
  for (uint32_t i = 0; i < list.size; ++i)
    list.items[i] = listStack_[mark + i];
  listStack_.resize(mark);
  return list;
}

// ---- Scopes --------------------------------------------------------------------------------

void Parser::enterScope(uint32_t flags) {
  if (scopeDepth_ == scopes_.size())
    scopes_.resize(scopes_.size() * 2);
  Scope &scope = scopes_[scopeDepth_++];
  scope.flags = flags;
  scope.var.clear();
  scope.lexical.clear();
  scope.functions.clear();
  scope.simpleCatchName = {};
}

void Parser::exitScope() { --scopeDepth_; }

Parser::Scope &Parser::currentVarScope() {
  for (size_t i = scopeDepth_; i-- > 0;)
    if (scopes_[i].flags & ScopeVar)
      return scopes_[i];
  return scopes_[0];
}

Parser::Scope &Parser::currentThisScope() {
  for (size_t i = scopeDepth_; i-- > 0;)
    if ((scopes_[i].flags & ScopeVar) && !(scopes_[i].flags & ScopeArrow))
      return scopes_[i];
  return scopes_[0];
}

bool Parser::treatFunctionsAsVar(const Scope &scope) const {
  return (scope.flags & ScopeFunction) || (!options_.module && (scope.flags & ScopeTop));
}

bool Parser::inFunction() {
  uint32_t flags = currentVarScope().flags;
  return (flags & ScopeFunction) || (options_.commonJS && (flags & ScopeTop));
}
bool Parser::inGenerator() { return (currentVarScope().flags & ScopeGenerator) != 0; }
bool Parser::inAsync() { return (currentVarScope().flags & ScopeAsync) != 0; }

bool Parser::canAwait() {
  for (size_t i = scopeDepth_; i-- > 0;) {
    uint32_t flags = scopes_[i].flags;
    if (flags & (ScopeStaticBlock | ScopeFieldInit))
      return false;
    if (flags & ScopeFunction)
      return (flags & ScopeAsync) != 0;
  }
  return options_.module; // top-level await
}

bool Parser::allowSuper() { return (currentThisScope().flags & (ScopeSuper | ScopeFieldInit)) != 0; }
bool Parser::allowDirectSuper() { return (currentThisScope().flags & ScopeDirectSuper) != 0; }

bool Parser::allowNewTarget() {
  for (size_t i = scopeDepth_; i-- > 0;) {
    uint32_t flags = scopes_[i].flags;
    if ((flags & (ScopeStaticBlock | ScopeFieldInit)) ||
        ((flags & ScopeFunction) && !(flags & ScopeArrow)))
      return true;
  }
  return options_.commonJS; // inside node's module wrapper function
}

bool Parser::inStaticBlockOrFieldInitArguments() {
  return (currentThisScope().flags & (ScopeStaticBlock | ScopeFieldInit)) != 0;
}

void Parser::declareName(std::string_view name, Binding binding, uint32_t offset) {
  bool redeclared = false;
  Scope &scope = currentScope();
  switch (binding) {
  case Binding::Lexical:
    redeclared = scope.lexical.contains(name) || scope.functions.contains(name) ||
                 scope.var.contains(name);
    scope.lexical.add(name);
    break;
  case Binding::SimpleCatch:
    scope.lexical.add(name);
    scope.simpleCatchName = name;
    break;
  case Binding::Function:
    if (treatFunctionsAsVar(scope))
      redeclared = scope.lexical.contains(name);
    else
      redeclared = scope.lexical.contains(name) || scope.var.contains(name);
    scope.functions.add(name);
    break;
  case Binding::Var:
    for (size_t i = scopeDepth_; i-- > 0;) {
      Scope &s = scopes_[i];
      // Annex B.3.4: `var e` may redeclare a simple catch parameter `e`.
      if ((s.lexical.contains(name) &&
           !((s.flags & ScopeSimpleCatch) && s.simpleCatchName == name)) ||
          (!treatFunctionsAsVar(s) && s.functions.contains(name))) {
        redeclared = true;
        break;
      }
      s.var.add(name);
      if (s.flags & ScopeVar)
        break;
    }
    break;
  case Binding::None:
  case Binding::Outside:
    break;
  }
  if (redeclared)
    raise(offset, "identifier '" + std::string(name) + "' has already been declared");
}

// ---- Statements ----------------------------------------------------------------------------

void Parser::parseDirectivesAndBody(size_t mark, bool allowDirectives, TokenKind end,
                                    bool *becameStrict) {
  bool inPrologue = allowDirectives;
  int64_t firstOctalDirective = -1;
  while (tok_.kind != end) {
    if (end != TokenKind::EndOfFile && tok_.kind == TokenKind::EndOfFile)
      unexpected();
    bool maybeDirective = inPrologue && tok_.kind == TokenKind::String;
    Token first = tok_;
    Node *statement = parseStatement(ContextList, true);
    listStack_.push_back(statement);
    if (!maybeDirective) {
      inPrologue = false;
      continue;
    }
    auto *expressionStatement = statement->as<ExpressionStatement>();
    Literal *literal = expressionStatement ? expressionStatement->expression->as<Literal>() : nullptr;
    if (!literal || literal->parenthesized || literal->literalKind != LiteralKind::String ||
        literal->start != first.start) {
      inPrologue = false;
      continue;
    }
    std::string_view raw = file_.text().substr(literal->start + 1, literal->end - literal->start - 2);
    expressionStatement->isDirective = true;
    expressionStatement->directive = raw;
    if (first.legacyOctal && firstOctalDirective < 0)
      firstOctalDirective = first.legacyOctalOffset;
    if (raw == "use strict" && !strict_) {
      strict_ = true;
      if (becameStrict)
        *becameStrict = true;
      if (firstOctalDirective >= 0)
        raise(uint32_t(firstOctalDirective), "octal escape sequences are not allowed in strict mode");
      // The token after the directive was scanned before strict mode began.
      if (tok_.legacyOctal && (tok_.kind == TokenKind::Number || tok_.kind == TokenKind::String))
        raise(tok_.legacyOctalOffset, tok_.kind == TokenKind::Number
                                          ? "octal literals are not allowed in strict mode"
                                          : "octal escape sequences are not allowed in strict mode");
    }
  }
}

bool Parser::isLetDeclaration(bool allowDeclaration) {
  // `let` starts a declaration when followed by `[` (anywhere: `let [` can never begin an
  // expression statement) or, where declarations are allowed, by `{` or an identifier other than
  // the operators `in` and `instanceof`. Otherwise `let` is an identifier (sloppy code).
  if (!isContextual(Keyword::Let))
    return false;
  Token after = peekToken();
  if (after.kind == TokenKind::LBracket)
    return true;
  if (!allowDeclaration)
    return false;
  if (after.kind == TokenKind::LBrace)
    return true;
  if (after.kind == TokenKind::Name)
    return after.escaped || (after.keyword != Keyword::In && after.keyword != Keyword::Instanceof);
  return false;
}

bool Parser::isAsyncFunctionStart() {
  if (!isContextual(Keyword::Async))
    return false;
  Token after = peekToken();
  return after.isKeyword(Keyword::Function) && !after.newlineBefore;
}

Node *Parser::parseStatement(int context, bool topLevel) {
  RecursionGuard guard(*this);
  uint32_t start = tok_.start;

  if (isLetDeclaration(context == ContextList)) {
    if (context != ContextList)
      raise(start, "lexical declaration cannot appear in a single-statement context");
    next();
    return parseVarStatement(start, "let");
  }

  if (tok_.kind == TokenKind::Name && !tok_.escaped) {
    switch (tok_.keyword) {
    case Keyword::Break:
    case Keyword::Continue:
      return parseBreakContinue(start, tok_.keyword == Keyword::Break);
    case Keyword::Debugger: {
      next();
      semicolon();
      return finish(startNode<DebuggerStatement>(start));
    }
    case Keyword::Do: {
      next();
      auto *node = startNode<DoWhileStatement>(start);
      labels_.push_back({{}, Label::Loop, start});
      node->body = parseStatement(ContextOther, false);
      labels_.pop_back();
      expectContextual(Keyword::While);
      expect(TokenKind::LParen);
      node->test = parseExpression();
      expect(TokenKind::RParen);
      eat(TokenKind::Semicolon); // ASI after do-while is always allowed
      return finish(node);
    }
    case Keyword::For:
      return parseForStatement(start);
    case Keyword::Function: {
      if (context != ContextList && (strict_ || (context != ContextIf && context != ContextLabel)))
        raise(start, strict_ ? "in strict mode code, functions can only be declared at top level "
                               "or inside a block"
                             : "function declarations are not allowed in this statement position");
      next();
      return parseFunction(start, true, false, context != ContextList, false, ForInit::No);
    }
    case Keyword::Class:
      if (context != ContextList)
        unexpected();
      return parseClass(start, true, false);
    case Keyword::If:
      return parseIfStatement(start);
    case Keyword::Return: {
      if (!inFunction())
        raise(start, "'return' outside of function");
      next();
      auto *node = startNode<ReturnStatement>(start);
      if (!eat(TokenKind::Semicolon) && !canInsertSemicolon()) {
        node->argument = parseExpression();
        semicolon();
      }
      return finish(node);
    }
    case Keyword::Switch:
      return parseSwitchStatement(start);
    case Keyword::Throw: {
      next();
      if (tok_.newlineBefore)
        raise(lastTokenEnd_, "illegal newline after 'throw'");
      auto *node = startNode<ThrowStatement>(start);
      node->argument = parseExpression();
      semicolon();
      return finish(node);
    }
    case Keyword::Try:
      return parseTryStatement(start);
    case Keyword::Const:
    case Keyword::Var: {
      bool isConst = tok_.keyword == Keyword::Const;
      if (isConst && context != ContextList)
        raise(start, "lexical declaration cannot appear in a single-statement context");
      next();
      return parseVarStatement(start, isConst ? "const" : "var");
    }
    case Keyword::While: {
      next();
      auto *node = startNode<WhileStatement>(start);
      expect(TokenKind::LParen);
      node->test = parseExpression();
      expect(TokenKind::RParen);
      labels_.push_back({{}, Label::Loop, start});
      node->body = parseStatement(ContextOther, false);
      labels_.pop_back();
      return finish(node);
    }
    case Keyword::With: {
      if (strict_)
        raise(start, "'with' in strict mode");
      next();
      auto *node = startNode<WithStatement>(start);
      expect(TokenKind::LParen);
      node->object = parseExpression();
      expect(TokenKind::RParen);
      node->body = parseStatement(ContextOther, false);
      return finish(node);
    }
    case Keyword::Import: {
      Token after = peekToken();
      if (after.kind == TokenKind::LParen || after.kind == TokenKind::Dot)
        break; // import(...) / import.meta expression statement
      if (!options_.module)
        raise(start, "cannot use import statement outside a module");
      if (!topLevel || scopeDepth_ != 1)
        raise(start, "'import' and 'export' may only appear at the top level");
      return parseImport(start);
    }
    case Keyword::Export:
      if (!options_.module)
        raise(start, "unexpected token 'export'");
      if (!topLevel || scopeDepth_ != 1)
        raise(start, "'import' and 'export' may only appear at the top level");
      return parseExport(start);
    default:
      break;
    }
  }

  switch (tok_.kind) {
  case TokenKind::LBrace:
    return parseBlock();
  case TokenKind::Semicolon:
    next();
    return finish(startNode<EmptyStatement>(start));
  default:
    break;
  }

  if (isAsyncFunctionStart()) {
    if (context != ContextList)
      raise(start, "async functions can only be declared at the top level or inside a block");
    next();
    next();
    return parseFunction(start, true, true, false, false, ForInit::No);
  }

  bool maybeLabel = tok_.kind == TokenKind::Name;
  Token nameToken = tok_;
  Node *expression = parseExpression();
  if (maybeLabel && expression->is<Identifier>() && !expression->parenthesized &&
      tok_.kind == TokenKind::Colon && expression->start == nameToken.start &&
      expression->end == nameToken.end)
    return parseLabeledStatement(start, expression->as<Identifier>(), context);
  return parseExpressionStatement(start, expression);
}

Node *Parser::parseExpressionStatement(uint32_t start, Node *expression) {
  auto *node = startNode<ExpressionStatement>(start);
  node->expression = expression;
  semicolon();
  return finish(node);
}

Node *Parser::parseLabeledStatement(uint32_t start, Identifier *label, int context) {
  for (const Label &l : labels_)
    if (l.name == label->name)
      raise(label->start, "label '" + std::string(label->name) + "' has already been declared");
  next(); // ':'
  Label::Kind kind = Label::None;
  if (tok_.isKeyword(Keyword::For) || tok_.isKeyword(Keyword::While) || tok_.isKeyword(Keyword::Do))
    kind = Label::Loop;
  else if (tok_.isKeyword(Keyword::Switch))
    kind = Label::Switch;
  // Labels directly in front of this one label the same statement.
  for (size_t i = labels_.size(); i-- > 0;) {
    if (labels_[i].statementStart != start)
      break;
    labels_[i].statementStart = tok_.start;
    labels_[i].kind = kind;
  }
  labels_.push_back({label->name, kind, tok_.start});
  auto *node = startNode<LabeledStatement>(start);
  int bodyContext = context == ContextList || context == ContextLabel ? ContextLabel : ContextOther;
  node->body = parseStatement(bodyContext, false);
  if (auto *fn = node->body->as<FunctionDeclaration>())
    if (strict_ || fn->generator || fn->isAsync)
      raise(fn->start, "functions cannot be labelled");
  labels_.pop_back();
  node->label = label;
  return finish(node);
}

Node *Parser::parseBreakContinue(uint32_t start, bool isBreak) {
  next();
  Node *label = nullptr;
  if (!eat(TokenKind::Semicolon) && !canInsertSemicolon()) {
    if (tok_.kind != TokenKind::Name)
      unexpected();
    label = parseIdentifier(false);
    semicolon();
  }
  // Verify that there is an enclosing statement this can break out of or continue.
  size_t i = labels_.size();
  for (; i-- > 0;) {
    const Label &l = labels_[i];
    if (!label) {
      if (l.name.empty() && (isBreak || l.kind == Label::Loop))
        break;
    } else if (l.name == label->as<Identifier>()->name) {
      if (!isBreak && l.kind != Label::Loop)
        raise(start, "illegal continue statement: '" + std::string(l.name) +
                         "' does not denote an iteration statement");
      break;
    }
  }
  if (i == size_t(-1)) {
    if (label)
      raise(start, "undefined label '" + std::string(label->as<Identifier>()->name) + "'");
    raise(start, isBreak ? "illegal break statement" : "illegal continue statement: no surrounding iteration statement");
  }
  if (isBreak) {
    auto *node = startNode<BreakStatement>(start);
    node->label = label;
    return finish(node);
  }
  auto *node = startNode<ContinueStatement>(start);
  node->label = label;
  return finish(node);
}

Node *Parser::parseBlock(bool createScope) {
  uint32_t start = tok_.start;
  expect(TokenKind::LBrace);
  auto *node = startNode<BlockStatement>(start);
  if (createScope)
    enterScope(0);
  size_t mark = listStack_.size();
  while (tok_.kind != TokenKind::RBrace) {
    if (tok_.kind == TokenKind::EndOfFile)
      unexpected();
    listStack_.push_back(parseStatement(ContextList, false));
  }
  node->body = finishList(mark);
  next();
  if (createScope)
    exitScope();
  return finish(node);
}

Node *Parser::parseVarStatement(uint32_t start, std::string_view kind) {
  VariableDeclaration *node = parseVar(start, kind, false, false);
  semicolon();
  return finish(node);
}

VariableDeclaration *Parser::parseVar(uint32_t start, std::string_view kind, bool isFor, bool inForInit) {
  auto *node = startNode<VariableDeclaration>(start);
  node->kind = kind;
  size_t mark = listStack_.size();
  Binding binding = kind == "var" ? Binding::Var : Binding::Lexical;
  for (;;) {
    uint32_t declStart = tok_.start;
    auto *decl = startNode<VariableDeclarator>(declStart);
    if (binding == Binding::Lexical && isContextual(Keyword::Let))
      raise(tok_.start, "let is disallowed as a lexically bound name");
    decl->id = parseBindingAtom();
    checkLValPattern(decl->id, binding);
    if (eat(TokenKind::Assign)) {
      decl->init = parseMaybeAssign(inForInit ? ForInit::Yes : ForInit::No);
    } else if (kind == "const" &&
               !(isFor && (tok_.isKeyword(Keyword::In) || isContextual(Keyword::Of)))) {
      raise(lastTokenEnd_, "missing initializer in const declaration");
    } else if (!decl->id->is<Identifier>() &&
               !(isFor && (tok_.isKeyword(Keyword::In) || isContextual(Keyword::Of)))) {
      raise(lastTokenEnd_, "missing initializer in destructuring declaration");
    }
    listStack_.push_back(finish(decl));
    if (!eat(TokenKind::Comma))
      break;
  }
  node->declarations = finishList(mark);
  node->end = lastTokenEnd_;
  return node;
}

Node *Parser::parseForStatement(uint32_t start) {
  next();
  bool isAwait = false;
  uint32_t awaitStart = 0;
  if (isContextual(Keyword::Await)) {
    awaitStart = tok_.start;
    if (!canAwait())
      raise(tok_.start, "'for await' is only valid in async functions and the top level of modules");
    isAwait = true;
    if (!awaitPos_)
      awaitPos_ = tok_.start + 1;
    next();
  }
  labels_.push_back({{}, Label::Loop, start});
  enterScope(0);
  expect(TokenKind::LParen);
  Node *result;
  if (tok_.kind == TokenKind::Semicolon) {
    if (isAwait)
      raise(awaitStart, "unexpected 'await': 'for await' requires an 'of' loop");
    result = parseForAfterInit(start, nullptr);
  } else {
    bool isLet = isLetDeclaration(true);
    if (isLet || tok_.isKeyword(Keyword::Var) || tok_.isKeyword(Keyword::Const)) {
      uint32_t initStart = tok_.start;
      std::string_view kind = isLet ? "let" : tok_.keyword == Keyword::Var ? "var" : "const";
      next();
      VariableDeclaration *init = parseVar(initStart, kind, true, true);
      init->end = lastTokenEnd_;
      bool isOf = isContextual(Keyword::Of);
      if ((tok_.isKeyword(Keyword::In) || isOf) && init->declarations.size == 1) {
        auto *decl = init->declarations[0]->as<VariableDeclarator>();
        if (decl->init) {
          // Annex B.3.5: `for (var x = 1 in o)` in sloppy code with a simple binding.
          if (isOf || strict_ || kind != "var" || !decl->id->is<Identifier>())
            raise(init->start, std::string(isOf ? "for-of" : "for-in") +
                                   " loop variable declaration may not have an initializer");
        }
        result = parseForIn(start, init, isOf, isAwait);
      } else {
        if (isAwait)
          raise(awaitStart, "unexpected 'await': 'for await' requires an 'of' loop");
        if (init->declarations.size > 1 && (tok_.isKeyword(Keyword::In) || isOf))
          raise(tok_.start, "invalid left-hand side in for-in/of loop: must have a single binding");
        result = parseForAfterInit(start, init);
      }
    } else {
      bool startsWithLet = isContextual(Keyword::Let);
      bool startsWithAsync = isContextual(Keyword::Async);
      uint32_t initStart = tok_.start;
      CoverErrors errors;
      // `for await (x of y)`: the left side is a LeftHandSideExpression.
      Node *init = isAwait ? parseExprSubscripts(&errors, ForInit::Await)
                           : parseExpression(ForInit::Yes, &errors);
      bool isOf = isContextual(Keyword::Of);
      if (tok_.isKeyword(Keyword::In) || isOf) {
        if (isAwait && !isOf)
          raise(awaitStart, "unexpected 'await': 'for await' requires an 'of' loop");
        if (isOf && !isAwait && startsWithAsync && init->is<Identifier>() &&
            init->start == initStart && !init->parenthesized)
          raise(initStart, "the left-hand side of a for-of loop may not be 'async'");
        if (startsWithLet && isOf)
          raise(initStart, "the left-hand side of a for-of loop may not start with 'let'");
        init = toAssignable(init, false, &errors);
        checkLValPattern(init, Binding::None);
        result = parseForIn(start, init, isOf, isAwait);
      } else {
        checkCoverErrors(&errors, true);
        if (isAwait)
          raise(awaitStart, "unexpected 'await': 'for await' requires an 'of' loop");
        result = parseForAfterInit(start, init);
      }
    }
  }
  exitScope();
  labels_.pop_back();
  return result;
}

Node *Parser::parseForAfterInit(uint32_t start, Node *init) {
  auto *node = startNode<ForStatement>(start);
  node->init = init;
  expect(TokenKind::Semicolon);
  if (tok_.kind != TokenKind::Semicolon)
    node->test = parseExpression();
  expect(TokenKind::Semicolon);
  if (tok_.kind != TokenKind::RParen)
    node->update = parseExpression();
  expect(TokenKind::RParen);
  node->body = parseStatement(ContextOther, false);
  return finish(node);
}

Node *Parser::parseForIn(uint32_t start, Node *init, bool isOf, bool isAwait) {
  next();
  if (isOf) {
    auto *node = startNode<ForOfStatement>(start);
    node->isAwait = isAwait;
    node->left = init;
    node->right = parseMaybeAssign();
    expect(TokenKind::RParen);
    node->body = parseStatement(ContextOther, false);
    return finish(node);
  }
  if (isAwait)
    unexpected();
  auto *node = startNode<ForInStatement>(start);
  node->left = init;
  node->right = parseExpression();
  expect(TokenKind::RParen);
  node->body = parseStatement(ContextOther, false);
  return finish(node);
}

Node *Parser::parseIfStatement(uint32_t start) {
  next();
  auto *node = startNode<IfStatement>(start);
  expect(TokenKind::LParen);
  node->test = parseExpression();
  expect(TokenKind::RParen);
  node->consequent = parseStatement(ContextIf, false);
  if (tok_.isKeyword(Keyword::Else)) {
    next();
    node->alternate = parseStatement(ContextIf, false);
  }
  return finish(node);
}

Node *Parser::parseSwitchStatement(uint32_t start) {
  next();
  auto *node = startNode<SwitchStatement>(start);
  expect(TokenKind::LParen);
  node->discriminant = parseExpression();
  expect(TokenKind::RParen);
  expect(TokenKind::LBrace);
  labels_.push_back({{}, Label::Switch, start});
  enterScope(0);
  size_t mark = listStack_.size();
  bool sawDefault = false;
  SwitchCase *current = nullptr;
  size_t caseMark = 0;
  while (tok_.kind != TokenKind::RBrace) {
    if (tok_.isKeyword(Keyword::Case) || tok_.isKeyword(Keyword::Default)) {
      if (current) {
        current->consequent = finishList(caseMark);
        finish(current);
        current->end = lastTokenEnd_;
      }
      bool isCase = tok_.keyword == Keyword::Case;
      current = startNode<SwitchCase>(tok_.start);
      listStack_.push_back(current);
      next();
      if (isCase) {
        current->test = parseExpression();
      } else {
        if (sawDefault)
          raise(lastTokenStart_, "more than one default clause in switch statement");
        sawDefault = true;
      }
      expect(TokenKind::Colon);
      caseMark = listStack_.size();
    } else {
      if (!current)
        unexpected();
      listStack_.push_back(parseStatement(ContextList, false));
    }
  }
  if (current) {
    current->consequent = finishList(caseMark);
    current->end = lastTokenEnd_;
  }
  node->cases = finishList(mark);
  next();
  exitScope();
  labels_.pop_back();
  return finish(node);
}

Node *Parser::parseTryStatement(uint32_t start) {
  next();
  auto *node = startNode<TryStatement>(start);
  node->block = parseBlock();
  if (tok_.isKeyword(Keyword::Catch)) {
    auto *clause = startNode<CatchClause>(tok_.start);
    next();
    if (eat(TokenKind::LParen)) {
      clause->param = parseBindingAtom();
      bool simple = clause->param->is<Identifier>();
      enterScope(simple ? ScopeSimpleCatch : 0);
      checkLValPattern(clause->param, simple ? Binding::SimpleCatch : Binding::Lexical);
      expect(TokenKind::RParen);
    } else {
      enterScope(0);
    }
    clause->body = parseBlock(false);
    exitScope();
    node->handler = finish(clause);
  }
  if (tok_.isKeyword(Keyword::Finally)) {
    next();
    node->finalizer = parseBlock();
  }
  if (!node->handler && !node->finalizer)
    raise(lastTokenEnd_, "missing catch or finally after try");
  return finish(node);
}

} // namespace kiln
