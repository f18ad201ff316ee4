// Functions, arrows, methods, classes and binding/assignment patterns.
//
// Strictness of a function is only known after its directive prologue, but its parameters must
// be declared before the body is parsed (a `let` in the body may not redeclare a parameter). So
// parameters are declared and checked under the enclosing strictness first, and checked again
// once a "use strict" directive has made the function strict.
#include "frontend/parser/Parser.h"

#include "frontend/support/SourceFile.h"

namespace kiln {

using namespace ast;

namespace {

// Private name kinds in a class body: get and set may pair up once; anything else is unique.
enum PrivateKind : uint8_t { PrivateGet = 1, PrivateSet = 2, PrivateOther = 4, PrivateStatic = 8 };

bool keyIs(Node *key, bool computed, std::string_view name) {
  if (computed)
    return false;
  if (auto *id = key->as<Identifier>())
    return id->name == name;
  if (auto *lit = key->as<Literal>())
    return lit->literalKind == LiteralKind::String && lit->string == name;
  return false;
}

// Calls `visit` for every binding identifier in a (converted) pattern.
template <typename F> void forEachBoundName(Node *node, F &&visit) {
  if (!node)
    return;
  switch (node->kind) {
  case NodeKind::Identifier: visit(static_cast<Identifier *>(node)); break;
  case NodeKind::ObjectPattern:
    for (Node *p : static_cast<ObjectPattern *>(node)->properties)
      forEachBoundName(p->is<Property>() ? static_cast<Property *>(p)->value : p, visit);
    break;
  case NodeKind::ArrayPattern:
    for (Node *e : static_cast<ArrayPattern *>(node)->elements) forEachBoundName(e, visit);
    break;
  case NodeKind::AssignmentPattern: forEachBoundName(static_cast<AssignmentPattern *>(node)->left, visit); break;
  case NodeKind::RestElement: forEachBoundName(static_cast<RestElement *>(node)->argument, visit); break;
  default: break;
  }
}

} // namespace

uint32_t Parser::functionScopeFlags(bool isAsync, bool isGenerator) const {
  return ScopeFunction | (isAsync ? ScopeAsync : 0) | (isGenerator ? ScopeGenerator : 0);
}

void Parser::checkYieldAwaitInDefaultParams() {
  if (yieldPos_ && (!awaitPos_ || yieldPos_ < awaitPos_))
    raise(yieldPos_ - 1, "yield expression cannot be a default value");
  if (awaitPos_)
    raise(awaitPos_ - 1, "await expression cannot be a default value");
}

Node *Parser::parseFunction(uint32_t start, bool isStatement, bool isAsync, bool hanging,
                            bool defaultExport, ForInit forInit) {
  RecursionGuard guard(*this);
  bool isGenerator = eat(TokenKind::Star);
  if (isStatement && hanging && isGenerator)
    raise(lastTokenStart_, "generator declarations are not allowed in this statement position");
  Identifier *id = nullptr;
  if (isStatement) {
    if (!(defaultExport && tok_.kind != TokenKind::Name)) {
      id = parseIdentifier(false);
      if (!hanging)
        checkLValSimple(id, (strict_ || isGenerator || isAsync)
                                ? (treatFunctionsAsVar(currentScope()) ? Binding::Var : Binding::Lexical)
                                : Binding::Function);
    }
  }
  uint32_t oldYield = yieldPos_, oldAwait = awaitPos_, oldAwaitIdent = awaitIdentPos_;
  yieldPos_ = awaitPos_ = awaitIdentPos_ = 0;
  enterScope(functionScopeFlags(isAsync, isGenerator));
  if (!isStatement && tok_.kind == TokenKind::Name)
    id = parseIdentifier(false);

  Node *fn;
  NodeList params;
  parseFunctionParams(params);
  if (isStatement) {
    auto *node = startNode<FunctionDeclaration>(start);
    node->id = id;
    node->generator = isGenerator;
    node->isAsync = isAsync;
    node->params = params;
    fn = node;
  } else {
    auto *node = startNode<FunctionExpression>(start);
    node->id = id;
    node->generator = isGenerator;
    node->isAsync = isAsync;
    node->params = params;
    fn = node;
  }
  parseFunctionBody(fn, params, false, false, forInit);
  yieldPos_ = oldYield;
  awaitPos_ = oldAwait;
  awaitIdentPos_ = oldAwaitIdent;
  return fn;
}

void Parser::parseFunctionParams(NodeList &params) {
  expect(TokenKind::LParen);
  parseBindingList(TokenKind::RParen, false, params);
  checkYieldAwaitInDefaultParams();
}

bool Parser::isSimpleParamList(NodeList params) const {
  for (Node *p : params)
    if (!p->is<Identifier>())
      return false;
  return true;
}

void Parser::checkParams(NodeList params, bool allowDuplicates) {
  NameSet seen;
  for (Node *param : params) {
    forEachBoundName(param, [&](Identifier *id) {
      if (!allowDuplicates) {
        if (seen.contains(id->name))
          raise(id->start, "duplicate parameter name not allowed in this context");
        seen.add(id->name);
      }
    });
    checkLValInnerPattern(param, Binding::Var);
  }
}

void Parser::parseFunctionBody(Node *function, NodeList params, bool isArrow, bool isMethod,
                               ForInit forInit) {
  bool oldStrict = strict_;
  bool simple = isSimpleParamList(params);
  auto setBody = [&](Node *body, bool expression) {
    if (auto *f = function->as<FunctionDeclaration>()) { f->body = body; f->expression = expression; }
    else if (auto *f = function->as<FunctionExpression>()) { f->body = body; f->expression = expression; }
    else if (auto *f = function->as<ArrowFunctionExpression>()) { f->body = body; f->expression = expression; }
  };
  Identifier *id = nullptr;
  if (auto *f = function->as<FunctionDeclaration>())
    id = f->id ? f->id->as<Identifier>() : nullptr;
  else if (auto *f = function->as<FunctionExpression>())
    id = f->id ? f->id->as<Identifier>() : nullptr;

  if (isArrow && tok_.kind != TokenKind::LBrace) {
    checkParams(params, false);
    setBody(parseMaybeAssign(forInit), true);
    function->end = lastTokenEnd_;
    exitScope();
    return;
  }
  checkParams(params, !strict_ && !isArrow && !isMethod && simple);
  if (strict_ && id)
    checkLValSimple(id, Binding::Outside);

  std::vector<Label> oldLabels;
  oldLabels.swap(labels_);
  uint32_t bodyStart = tok_.start;
  expect(TokenKind::LBrace);
  auto *body = startNode<BlockStatement>(bodyStart);
  size_t mark = listStack_.size();
  bool becameStrict = false;
  parseDirectivesAndBody(mark, true, TokenKind::RBrace, &becameStrict);
  body->body = finishList(mark);
  next(); // '}'
  finish(body);
  labels_.swap(oldLabels);

  if (becameStrict) {
    if (!simple)
      raise(function->start, "illegal 'use strict' directive in function with non-simple parameter list");
    // Re-check the names under the strictness the directive established.
    NameSet seen;
    for (Node *param : params)
      forEachBoundName(param, [&](Identifier *name) {
        if (seen.contains(name->name))
          raise(name->start, "duplicate parameter name not allowed in this context");
        seen.add(name->name);
        checkLValSimple(name, Binding::Outside);
      });
    if (id)
      checkLValSimple(id, Binding::Outside);
  }
  strict_ = oldStrict;
  setBody(body, false);
  function->end = lastTokenEnd_;
  exitScope();
}

Node *Parser::parseMethod(uint32_t start, bool isGenerator, bool isAsync, bool allowDirectSuperCall) {
  RecursionGuard guard(*this);
  uint32_t oldYield = yieldPos_, oldAwait = awaitPos_, oldAwaitIdent = awaitIdentPos_;
  yieldPos_ = awaitPos_ = awaitIdentPos_ = 0;
  enterScope(functionScopeFlags(isAsync, isGenerator) | ScopeSuper |
             (allowDirectSuperCall ? ScopeDirectSuper : 0));
  auto *node = startNode<FunctionExpression>(start);
  node->generator = isGenerator;
  node->isAsync = isAsync;
  parseFunctionParams(node->params);
  parseFunctionBody(node, node->params, false, true, ForInit::No);
  yieldPos_ = oldYield;
  awaitPos_ = oldAwait;
  awaitIdentPos_ = oldAwaitIdent;
  return node;
}

Node *Parser::parseArrowExpression(uint32_t start, NodeList params, bool isAsync, ForInit forInit) {
  RecursionGuard guard(*this);
  uint32_t oldYield = yieldPos_, oldAwait = awaitPos_, oldAwaitIdent = awaitIdentPos_;
  enterScope(functionScopeFlags(isAsync, false) | ScopeArrow);
  auto *node = startNode<ArrowFunctionExpression>(start);
  node->isAsync = isAsync;
  node->params = toAssignableList(params, true);
  yieldPos_ = awaitPos_ = awaitIdentPos_ = 0;
  next(); // =>
  parseFunctionBody(node, node->params, true, false, forInit);
  yieldPos_ = oldYield;
  awaitPos_ = oldAwait;
  awaitIdentPos_ = oldAwaitIdent;
  return node;
}

// ---- Classes -------------------------------------------------------------------------------

Node *Parser::parseClass(uint32_t start, bool isStatement, bool optionalId) {
  RecursionGuard guard(*this);
  next(); // class
  bool oldStrict = strict_;
  strict_ = true;
  Node *id = nullptr;
  if (tok_.kind == TokenKind::Name && !tok_.isKeyword(Keyword::Extends)) {
    id = parseIdentifier(false);
    checkLValSimple(id, isStatement ? Binding::Lexical : Binding::Outside);
  } else if (isStatement && !optionalId) {
    unexpected();
  }
  Node *superClass = nullptr;
  if (tok_.isKeyword(Keyword::Extends)) {
    next();
    superClass = parseExprSubscripts(nullptr, ForInit::No);
  }
  privateNames_.emplace_back();
  uint32_t bodyStart = tok_.start;
  expect(TokenKind::LBrace);
  auto *body = startNode<ClassBody>(bodyStart);
  size_t mark = listStack_.size();
  bool hadConstructor = false;
  while (tok_.kind != TokenKind::RBrace) {
    if (tok_.kind == TokenKind::EndOfFile)
      unexpected();
    Node *element = parseClassElement(superClass != nullptr);
    if (!element)
      continue;
    listStack_.push_back(element);
    Node *key = nullptr;
    bool isStaticElement = false;
    uint8_t kind = PrivateOther;
    if (auto *method = element->as<MethodDefinition>()) {
      if (method->kind == std::string_view("constructor")) {
        if (hadConstructor)
          raise(method->start, "a class may only have one constructor");
        hadConstructor = true;
      }
      key = method->key;
      isStaticElement = method->isStatic;
      kind = method->kind == std::string_view("get")   ? PrivateGet
             : method->kind == std::string_view("set") ? PrivateSet
                                                       : PrivateOther;
    } else if (auto *field = element->as<PropertyDefinition>()) {
      key = field->key;
      isStaticElement = field->isStatic;
    }
    if (key && key->is<PrivateIdentifier>()) {
      std::string_view name = key->as<PrivateIdentifier>()->name;
      uint8_t entry = kind | (isStaticElement ? PrivateStatic : 0);
      auto &declared = privateNames_.back().declared;
      auto it = declared.find(name);
      if (it == declared.end()) {
        declared.emplace(name, entry);
      } else {
        uint8_t existing = it->second;
        bool pairs = (kind == PrivateGet || kind == PrivateSet) &&
                     (existing & ~PrivateStatic) == ((kind == PrivateGet) ? PrivateSet : PrivateGet) &&
                     (existing & PrivateStatic) == (entry & PrivateStatic);
        if (!pairs)
          raise(key->start, "identifier '#" + std::string(name) + "' has already been declared");
        it->second = existing | kind;
      }
    }
  }
  body->body = finishList(mark);
  next(); // }
  finish(body);
  strict_ = oldStrict;

  // Private names used but not declared here must belong to an enclosing class.
  PrivateNameScope scope = std::move(privateNames_.back());
  privateNames_.pop_back();
  for (auto &[name, offset] : scope.used) {
    if (scope.declared.count(name))
      continue;
    if (privateNames_.empty())
      raise(offset, "private field '#" + std::string(name) + "' must be declared in an enclosing class");
    privateNames_.back().used.emplace_back(name, offset);
  }

  if (isStatement) {
    auto *node = startNode<ClassDeclaration>(start);
    node->id = id;
    node->superClass = superClass;
    node->body = body;
    return finish(node);
  }
  auto *node = startNode<ClassExpression>(start);
  node->id = id;
  node->superClass = superClass;
  node->body = body;
  return finish(node);
}

void Parser::usePrivateName(std::string_view name, uint32_t offset) {
  if (privateNames_.empty())
    raise(offset, "private field '#" + std::string(name) + "' must be declared in an enclosing class");
  privateNames_.back().used.emplace_back(name, offset);
}

static bool isClassElementNameStart(const Token &token) {
  return token.kind == TokenKind::Name || token.kind == TokenKind::PrivateName ||
         token.kind == TokenKind::Number || token.kind == TokenKind::String ||
         token.kind == TokenKind::BigInt || token.kind == TokenKind::LBracket;
}

Node *Parser::parseClassElement(bool hasSuperClass) {
  if (eat(TokenKind::Semicolon))
    return nullptr;
  uint32_t start = tok_.start;
  std::string_view keyName;
  uint32_t keyStart = 0, keyEnd = 0;
  bool isGenerator = false, isAsync = false, isStatic = false;
  std::string_view kind = "method";

  if (isContextual(Keyword::Static)) {
    next();
    if (tok_.kind == TokenKind::LBrace) {
      // Static initialization block.
      auto *block = startNode<StaticBlock>(start);
      next();
      std::vector<Label> oldLabels;
      oldLabels.swap(labels_);
      enterScope(ScopeStaticBlock | ScopeSuper);
      size_t mark = listStack_.size();
      while (tok_.kind != TokenKind::RBrace) {
        if (tok_.kind == TokenKind::EndOfFile)
          unexpected();
        listStack_.push_back(parseStatement(0, false));
      }
      block->body = finishList(mark);
      next();
      exitScope();
      labels_.swap(oldLabels);
      return finish(block);
    }
    if (isClassElementNameStart(tok_) || tok_.kind == TokenKind::Star) {
      isStatic = true;
    } else {
      keyName = "static";
      keyStart = lastTokenStart_;
      keyEnd = lastTokenEnd_;
    }
  }
  if (keyName.empty() && isContextual(Keyword::Async)) {
    next();
    if ((isClassElementNameStart(tok_) || tok_.kind == TokenKind::Star) && !canInsertSemicolon()) {
      isAsync = true;
    } else {
      keyName = "async";
      keyStart = lastTokenStart_;
      keyEnd = lastTokenEnd_;
    }
  }
  if (keyName.empty() && eat(TokenKind::Star))
    isGenerator = true;
  if (keyName.empty() && !isAsync && !isGenerator &&
      (isContextual(Keyword::Get) || isContextual(Keyword::Set))) {
    std::string_view word = tok_.keyword == Keyword::Get ? "get" : "set";
    next();
    if (isClassElementNameStart(tok_)) {
      kind = word;
    } else {
      keyName = word;
      keyStart = lastTokenStart_;
      keyEnd = lastTokenEnd_;
    }
  }

  Node *key;
  bool computed = false;
  if (!keyName.empty()) {
    auto *id = startNode<Identifier>(keyStart);
    id->name = keyName;
    id->end = keyEnd;
    key = id;
  } else if (tok_.kind == TokenKind::PrivateName) {
    if (tok_.value == "constructor")
      raise(tok_.start, "classes may not have a private element named '#constructor'");
    auto *id = startNode<PrivateIdentifier>(tok_.start);
    id->name = tok_.value;
    next();
    key = finish(id);
  } else {
    key = parsePropertyName(computed);
  }

  if (tok_.kind == TokenKind::LParen || kind != std::string_view("method") || isGenerator || isAsync) {
    bool isConstructor = !isStatic && keyIs(key, computed, "constructor");
    if (isConstructor && kind != std::string_view("method"))
      raise(key->start, "class constructor may not be an accessor");
    if (isConstructor && isGenerator)
      raise(key->start, "class constructor may not be a generator");
    if (isConstructor && isAsync)
      raise(key->start, "class constructor may not be an async method");
    if (isStatic && keyIs(key, computed, "prototype"))
      raise(key->start, "classes may not have a static property named 'prototype'");
    auto *method = startNode<MethodDefinition>(start);
    method->isStatic = isStatic;
    method->computed = computed;
    method->key = key;
    method->kind = isConstructor ? "constructor" : kind;
    auto *value = parseMethod(tok_.start, isGenerator, isAsync, isConstructor && hasSuperClass)
                      ->as<FunctionExpression>();
    method->value = value;
    if (kind == std::string_view("get") && value->params.size != 0)
      raise(value->start, "getter must not have any formal parameters");
    if (kind == std::string_view("set")) {
      if (value->params.size != 1)
        raise(value->start, "setter must have exactly one formal parameter");
      if (value->params[0]->is<RestElement>())
        raise(value->params[0]->start, "setter function argument must not be a rest parameter");
    }
    return finish(method);
  }

  // A field.
  if (keyIs(key, computed, "constructor"))
    raise(key->start, "classes may not have a field named 'constructor'");
  if (isStatic && keyIs(key, computed, "prototype"))
    raise(key->start, "classes may not have a static property named 'prototype'");
  auto *field = startNode<PropertyDefinition>(start);
  field->isStatic = isStatic;
  field->computed = computed;
  field->key = key;
  if (eat(TokenKind::Assign)) {
    // The initializer is like a method body: own `this`, super properties allowed,
    // `arguments` and `await` are not.
    enterScope(ScopeFieldInit | ScopeSuper);
    uint32_t oldYield = yieldPos_, oldAwait = awaitPos_, oldAwaitIdent = awaitIdentPos_;
    field->value = parseMaybeAssign();
    yieldPos_ = oldYield;
    awaitPos_ = oldAwait;
    awaitIdentPos_ = oldAwaitIdent;
    exitScope();
  }
  semicolon();
  return finish(field);
}

// ---- Patterns ------------------------------------------------------------------------------

Node *Parser::parseBindingAtom() {
  RecursionGuard guard(*this);
  if (tok_.kind == TokenKind::LBracket) {
    auto *node = startNode<ArrayPattern>(tok_.start);
    next();
    parseBindingList(TokenKind::RBracket, true, node->elements);
    return finish(node);
  }
  if (tok_.kind == TokenKind::LBrace)
    return parseObjectLike(true, nullptr);
  return parseBindingIdentifier();
}

void Parser::parseBindingList(TokenKind close, bool allowEmpty, NodeList &out) {
  size_t mark = listStack_.size();
  bool first = true;
  while (!eat(close)) {
    if (first)
      first = false;
    else
      expect(TokenKind::Comma);
    if (allowEmpty && tok_.kind == TokenKind::Comma) {
      listStack_.push_back(nullptr);
    } else if (afterTrailingComma(close)) {
      break;
    } else if (tok_.kind == TokenKind::Ellipsis) {
      listStack_.push_back(parseRestBinding());
      if (tok_.kind == TokenKind::Comma)
        raise(tok_.start, "comma is not permitted after the rest element");
      expect(close);
      break;
    } else {
      uint32_t start = tok_.start;
      listStack_.push_back(parseMaybeDefault(start, parseBindingAtom()));
    }
  }
  out = finishList(mark);
}

Node *Parser::parseMaybeDefault(uint32_t start, Node *left) {
  if (!eat(TokenKind::Assign))
    return left;
  auto *node = startNode<AssignmentPattern>(start);
  node->left = left;
  node->right = parseMaybeAssign();
  return finish(node);
}

Node *Parser::parseRestBinding() {
  auto *node = startNode<RestElement>(tok_.start);
  next(); // ...
  node->argument = parseBindingAtom();
  if (tok_.kind == TokenKind::Assign)
    raise(tok_.start, "rest elements cannot have a default value");
  return finish(node);
}

NodeList Parser::toAssignableList(NodeList list, bool isBinding) {
  for (uint32_t i = 0; i < list.size; ++i)
    if (list.items[i])
      list.items[i] = toAssignable(list.items[i], isBinding, nullptr);
  return list;
}

Node *Parser::toAssignable(Node *node, bool isBinding, CoverErrors *errors) {
  RecursionGuard guard(*this);
  switch (node->kind) {
  case NodeKind::Identifier:
    if (inAsync() && node->as<Identifier>()->name == "await")
      raise(node->start, "cannot use 'await' as identifier inside an async function");
    if (isBinding && node->parenthesized)
      raise(node->start, "invalid destructuring target");
    return node;
  case NodeKind::ObjectPattern:
  case NodeKind::ArrayPattern:
  case NodeKind::AssignmentPattern:
  case NodeKind::RestElement:
    return node;
  case NodeKind::ObjectExpression: {
    checkPatternErrors(errors, true);
    if (node->parenthesized)
      raise(node->start, isBinding ? "invalid destructuring target" : "invalid assignment target");
    auto *object = static_cast<ObjectExpression *>(node);
    auto *pattern = arena_.make<ObjectPattern>(node->start, node->end);
    pattern->properties = object->properties;
    for (uint32_t i = 0; i < pattern->properties.size; ++i) {
      Node *&prop = pattern->properties.items[i];
      prop = toAssignable(prop, isBinding, nullptr);
      if (auto *rest = prop->as<RestElement>())
        if (rest->argument->is<ArrayPattern>() || rest->argument->is<ObjectPattern>())
          raise(rest->argument->start, "`...` must be followed by an assignable reference in assignment contexts");
    }
    return pattern;
  }
  case NodeKind::Property: {
    auto *prop = static_cast<Property *>(node);
    if (prop->kind != std::string_view("init"))
      raise(prop->key->start, "invalid destructuring target: object pattern cannot contain getters or setters");
    if (prop->method)
      raise(prop->value->start, "invalid destructuring target: object pattern cannot contain methods");
    prop->value = toAssignable(prop->value, isBinding, nullptr);
    return prop;
  }
  case NodeKind::ArrayExpression: {
    checkPatternErrors(errors, true);
    if (node->parenthesized)
      raise(node->start, isBinding ? "invalid destructuring target" : "invalid assignment target");
    auto *array = static_cast<ArrayExpression *>(node);
    auto *pattern = arena_.make<ArrayPattern>(node->start, node->end);
    pattern->elements = toAssignableList(array->elements, isBinding);
    return pattern;
  }
  case NodeKind::SpreadElement: {
    auto *spread = static_cast<SpreadElement *>(node);
    auto *rest = arena_.make<RestElement>(node->start, node->end);
    rest->argument = toAssignable(spread->argument, isBinding, nullptr);
    if (rest->argument->is<AssignmentPattern>())
      raise(rest->argument->start, "rest elements cannot have a default value");
    return rest;
  }
  case NodeKind::AssignmentExpression: {
    auto *assign = static_cast<AssignmentExpression *>(node);
    if (assign->op != std::string_view("="))
      raise(assign->left->end, "only '=' can be used for specifying a default value");
    if (node->parenthesized)
      raise(node->start, "invalid assignment target");
    auto *pattern = arena_.make<AssignmentPattern>(node->start, node->end);
    pattern->left = toAssignable(assign->left, isBinding, nullptr);
    pattern->right = assign->right;
    return pattern;
  }
  case NodeKind::ChainExpression:
    raise(node->start, "optional chaining cannot appear in left-hand side");
  case NodeKind::MemberExpression:
    if (!isBinding)
      return node;
    [[fallthrough]];
  default:
    raise(node->start, isBinding ? "invalid destructuring target" : "invalid assignment target");
  }
}

void Parser::checkLValSimple(Node *expr, Binding binding) {
  bool isBind = binding != Binding::None;
  switch (expr->kind) {
  case NodeKind::Identifier: {
    auto *id = static_cast<Identifier *>(expr);
    if (strict_ && (id->name == "eval" || id->name == "arguments"))
      raise(id->start, std::string(isBind ? "binding '" : "assigning to '") + std::string(id->name) +
                           "' in strict mode");
    if (strict_ && isBind) {
      // Strict-mode reserved words as binding names (they parse as identifiers in sloppy code
      // and may be re-checked after a "use strict" directive).
      static const std::string_view reserved[] = {"implements", "interface", "let", "package",
                                                  "private", "protected", "public", "static",
                                                  "yield"};
      for (std::string_view word : reserved)
        if (id->name == word)
          raise(id->start, "unexpected strict mode reserved word '" + std::string(word) + "'");
    }
    if (isBind) {
      if (binding == Binding::Lexical && id->name == "let")
        raise(id->start, "let is disallowed as a lexically bound name");
      if (binding != Binding::Outside)
        declareName(id->name, binding, id->start);
    }
    return;
  }
  case NodeKind::ChainExpression:
    raise(expr->start, "optional chaining cannot appear in left-hand side");
  case NodeKind::MemberExpression:
    if (isBind)
      raise(expr->start, "binding member expression");
    return;
  default:
    raise(expr->start, isBind ? "invalid binding target" : "invalid assignment target");
  }
}

void Parser::checkLValPattern(Node *expr, Binding binding) {
  RecursionGuard guard(*this);
  switch (expr->kind) {
  case NodeKind::ObjectPattern:
    for (Node *prop : static_cast<ObjectPattern *>(expr)->properties)
      checkLValInnerPattern(prop, binding);
    return;
  case NodeKind::ArrayPattern:
    for (Node *element : static_cast<ArrayPattern *>(expr)->elements)
      if (element)
        checkLValInnerPattern(element, binding);
    return;
  default:
    checkLValSimple(expr, binding);
  }
}

void Parser::checkLValInnerPattern(Node *expr, Binding binding) {
  switch (expr->kind) {
  case NodeKind::Property:
    checkLValInnerPattern(static_cast<Property *>(expr)->value, binding);
    return;
  case NodeKind::AssignmentPattern:
    checkLValPattern(static_cast<AssignmentPattern *>(expr)->left, binding);
    return;
  case NodeKind::RestElement:
    checkLValPattern(static_cast<RestElement *>(expr)->argument, binding);
    return;
  default:
    checkLValPattern(expr, binding);
  }
}

} // namespace kiln
