// Expressions: assignment and the cover grammars, binary operators by precedence climbing, unary
// and update expressions, calls/members/optional chains, atoms, templates, object and array
// literals, yield/await, and identifier checks.
#include "frontend/parser/Parser.h"

#include "frontend/support/SourceFile.h"

namespace kiln {

using namespace ast;

namespace {

struct BinaryOperator {
  int precedence; // 0: not a binary operator
  const char *spelling;
  bool logical;
};

BinaryOperator binaryOperator(const Token &token) {
  switch (token.kind) {
  case TokenKind::QuestionQuestion: return {1, "??", true};
  case TokenKind::PipePipe: return {1, "||", true};
  case TokenKind::AmpAmp: return {2, "&&", true};
  case TokenKind::Pipe: return {3, "|", false};
  case TokenKind::Caret: return {4, "^", false};
  case TokenKind::Amp: return {5, "&", false};
  case TokenKind::EqualEqual: return {6, "==", false};
  case TokenKind::NotEqual: return {6, "!=", false};
  case TokenKind::StrictEqual: return {6, "===", false};
  case TokenKind::StrictNotEqual: return {6, "!==", false};
  case TokenKind::Less: return {7, "<", false};
  case TokenKind::Greater: return {7, ">", false};
  case TokenKind::LessEqual: return {7, "<=", false};
  case TokenKind::GreaterEqual: return {7, ">=", false};
  case TokenKind::ShiftLeft: return {8, "<<", false};
  case TokenKind::ShiftRight: return {8, ">>", false};
  case TokenKind::ShiftRightUnsigned: return {8, ">>>", false};
  case TokenKind::Plus: return {9, "+", false};
  case TokenKind::Minus: return {9, "-", false};
  case TokenKind::Star: return {10, "*", false};
  case TokenKind::Slash: return {10, "/", false};
  case TokenKind::Percent: return {10, "%", false};
  case TokenKind::Name:
    if (!token.escaped && token.keyword == Keyword::In) return {7, "in", false};
    if (!token.escaped && token.keyword == Keyword::Instanceof) return {7, "instanceof", false};
    return {0, nullptr, false};
  default: return {0, nullptr, false};
  }
}

const char *assignmentOperator(TokenKind kind) {
  switch (kind) {
  case TokenKind::Assign: return "=";
  case TokenKind::PlusAssign: return "+=";
  case TokenKind::MinusAssign: return "-=";
  case TokenKind::StarAssign: return "*=";
  case TokenKind::StarStarAssign: return "**=";
  case TokenKind::SlashAssign: return "/=";
  case TokenKind::PercentAssign: return "%=";
  case TokenKind::ShiftLeftAssign: return "<<=";
  case TokenKind::ShiftRightAssign: return ">>=";
  case TokenKind::ShiftRightUnsignedAssign: return ">>>=";
  case TokenKind::AmpAssign: return "&=";
  case TokenKind::PipeAssign: return "|=";
  case TokenKind::CaretAssign: return "^=";
  case TokenKind::AmpAmpAssign: return "&&=";
  case TokenKind::PipePipeAssign: return "||=";
  case TokenKind::QuestionQuestionAssign: return "??=";
  default: return nullptr;
  }
}

} // namespace

// ---- Cover-grammar error records ----------------------------------------------------------

void Parser::checkPatternErrors(CoverErrors *errors, bool isAssign) {
  if (!errors)
    return;
  if (errors->trailingComma > -1)
    raise(uint32_t(errors->trailingComma), "comma is not permitted after the rest element");
  int64_t paren = isAssign ? errors->parenthesizedAssign : errors->parenthesizedBind;
  if (paren > -1)
    raise(uint32_t(paren), isAssign ? "assigning to rvalue" : "parenthesized pattern");
}

bool Parser::checkCoverErrorsSoft(CoverErrors *errors) {
  return errors && (errors->shorthandAssign >= 0 || errors->doubleProto >= 0);
}

void Parser::checkCoverErrors(CoverErrors *errors, bool andThrow) {
  if (!errors)
    return;
  if (errors->shorthandAssign >= 0)
    raise(uint32_t(errors->shorthandAssign),
          "shorthand property assignments are valid only in destructuring patterns");
  if (errors->doubleProto >= 0)
    raise(uint32_t(errors->doubleProto), "redefinition of __proto__ property");
}

// ---- Expressions ---------------------------------------------------------------------------

Node *Parser::parseExpression(ForInit forInit, CoverErrors *errors) {
  uint32_t start = tok_.start;
  Node *expr = parseMaybeAssign(forInit, errors);
  if (tok_.kind != TokenKind::Comma)
    return expr;
  auto *node = startNode<SequenceExpression>(start);
  size_t mark = listStack_.size();
  listStack_.push_back(expr);
  while (eat(TokenKind::Comma))
    listStack_.push_back(parseMaybeAssign(forInit, errors));
  node->expressions = finishList(mark);
  return finish(node);
}

Node *Parser::parseMaybeAssign(ForInit forInit, CoverErrors *errors) {
  RecursionGuard guard(*this);
  if (isContextual(Keyword::Yield)) {
    if (inGenerator())
      return parseYield(forInit);
  }
  CoverErrors own;
  bool ownErrors = false;
  int64_t oldParenAssign = -1, oldTrailingComma = -1, oldDoubleProto = -1;
  if (errors) {
    oldParenAssign = errors->parenthesizedAssign;
    oldTrailingComma = errors->trailingComma;
    oldDoubleProto = errors->doubleProto;
    errors->parenthesizedAssign = errors->trailingComma = -1;
  } else {
    errors = &own;
    ownErrors = true;
  }
  uint32_t start = tok_.start;
  if (tok_.kind == TokenKind::LParen || tok_.kind == TokenKind::Name) {
    potentialArrowAt_ = start;
    potentialArrowInForAwait_ = forInit == ForInit::Await;
  }
  Node *left = parseMaybeConditional(forInit, errors);
  if (const char *op = assignmentOperator(tok_.kind)) {
    bool plain = tok_.kind == TokenKind::Assign;
    auto *node = startNode<AssignmentExpression>(start);
    node->op = op;
    if (plain)
      left = toAssignable(left, false, errors);
    if (!ownErrors)
      errors->parenthesizedAssign = errors->trailingComma = errors->doubleProto = -1;
    if (errors->shorthandAssign >= int64_t(left->start))
      errors->shorthandAssign = -1; // the shorthand initializer belongs to this pattern
    if (plain)
      checkLValPattern(left, Binding::None);
    else
      checkLValSimple(left, Binding::None);
    node->left = left;
    next();
    node->right = parseMaybeAssign(forInit);
    if (oldDoubleProto > -1)
      errors->doubleProto = oldDoubleProto;
    return finish(node);
  }
  if (ownErrors)
    checkCoverErrors(errors, true);
  if (oldParenAssign > -1)
    errors->parenthesizedAssign = oldParenAssign;
  if (oldTrailingComma > -1)
    errors->trailingComma = oldTrailingComma;
  return left;
}

Node *Parser::parseMaybeConditional(ForInit forInit, CoverErrors *errors) {
  uint32_t start = tok_.start;
  Node *expr = parseExprOps(forInit, errors);
  if (checkCoverErrorsSoft(errors))
    return expr;
  if (tok_.kind != TokenKind::Question)
    return expr;
  if (expr->is<ArrowFunctionExpression>() && !expr->parenthesized)
    return expr; // `a => b ? c : d` already took the conditional into the body
  next();
  auto *node = startNode<ConditionalExpression>(start);
  node->test = expr;
  node->consequent = parseMaybeAssign();
  expect(TokenKind::Colon);
  node->alternate = parseMaybeAssign(forInit);
  return finish(node);
}

Node *Parser::parseExprOps(ForInit forInit, CoverErrors *errors) {
  uint32_t start = tok_.start;
  Node *expr = parseMaybeUnary(errors, false, forInit);
  if (checkCoverErrorsSoft(errors))
    return expr;
  if (expr->start == start && expr->is<ArrowFunctionExpression>() && !expr->parenthesized)
    return expr;
  return parseExprOp(expr, start, -1, forInit);
}

Node *Parser::parseExprOp(Node *left, uint32_t leftStart, int minPrecedence, ForInit forInit) {
  for (;;) {
    BinaryOperator op = binaryOperator(tok_);
    if (op.precedence == 0 || (forInit != ForInit::No && tok_.isKeyword(Keyword::In)))
      return left;
    if (op.precedence <= minPrecedence)
      return left;
    RecursionGuard guard(*this);
    bool coalesce = tok_.kind == TokenKind::QuestionQuestion;
    bool logical = op.logical && !coalesce;
    if (left->is<PrivateIdentifier>() && !tok_.isKeyword(Keyword::In))
      unexpected();
    next();
    uint32_t rightStart = tok_.start;
    // `??` parses its right side like the logical range (above `||`, as `&&` does).
    Node *right = parseExprOp(parseMaybeUnary(nullptr, false, forInit), rightStart,
                              coalesce ? 2 : op.precedence, forInit);
    if (right->is<PrivateIdentifier>())
      raise(right->start, "unexpected private name");
    Node *node;
    if (op.logical) {
      auto *logicalNode = startNode<LogicalExpression>(leftStart);
      logicalNode->left = left;
      logicalNode->op = op.spelling;
      logicalNode->right = right;
      node = finish(logicalNode);
    } else {
      auto *binary = startNode<BinaryExpression>(leftStart);
      binary->left = left;
      binary->op = op.spelling;
      binary->right = right;
      node = finish(binary);
    }
    if ((logical && tok_.kind == TokenKind::QuestionQuestion) ||
        (coalesce && (tok_.kind == TokenKind::PipePipe || tok_.kind == TokenKind::AmpAmp)))
      raise(tok_.start, "cannot mix '??' with '||' or '&&' without parentheses");
    left = node;
  }
}

// `incDec`: the caller is a prefix ++/--, whose operand must not take a `**` (the update
// expression as a whole is the base: `++a ** 2` is `(++a) ** 2`).
Node *Parser::parseMaybeUnary(CoverErrors *errors, bool sawUnary, ForInit forInit, bool incDec) {
  RecursionGuard guard(*this);
  uint32_t start = tok_.start;
  Node *expr;
  if (isContextual(Keyword::Await) && canAwait()) {
    expr = parseAwait(forInit);
    sawUnary = true;
  } else if (tok_.kind == TokenKind::PlusPlus || tok_.kind == TokenKind::MinusMinus) {
    auto *node = startNode<UpdateExpression>(start);
    node->op = tok_.kind == TokenKind::PlusPlus ? "++" : "--";
    node->prefix = true;
    next();
    node->argument = parseMaybeUnary(nullptr, true, forInit, true);
    checkLValSimple(node->argument, Binding::None);
    expr = finish(node); // an update expression may be the base of `**`
  } else if (tok_.kind == TokenKind::Bang || tok_.kind == TokenKind::Tilde ||
             tok_.kind == TokenKind::Plus || tok_.kind == TokenKind::Minus ||
             tok_.isKeyword(Keyword::Typeof) || tok_.isKeyword(Keyword::Void) ||
             tok_.isKeyword(Keyword::Delete)) {
    auto *node = startNode<UnaryExpression>(start);
    switch (tok_.kind) {
    case TokenKind::Bang: node->op = "!"; break;
    case TokenKind::Tilde: node->op = "~"; break;
    case TokenKind::Plus: node->op = "+"; break;
    case TokenKind::Minus: node->op = "-"; break;
    default:
      node->op = tok_.keyword == Keyword::Typeof ? "typeof"
                 : tok_.keyword == Keyword::Void ? "void"
                                                 : "delete";
    }
    node->prefix = true;
    next();
    node->argument = parseMaybeUnary(nullptr, true, forInit);
    finish(node);
    if (node->op == std::string_view("delete")) {
      Node *arg = node->argument;
      if (strict_ && arg->is<Identifier>())
        raise(node->start, "deleting local variable in strict mode");
      Node *target = arg;
      if (auto *chain = target->as<ChainExpression>())
        target = chain->expression;
      if (auto *member = target->as<MemberExpression>())
        if (member->property->is<PrivateIdentifier>())
          raise(node->start, "private fields can not be deleted");
    }
    sawUnary = true;
    expr = node;
  } else if (!sawUnary && tok_.kind == TokenKind::PrivateName) {
    if (forInit != ForInit::No || privateNames_.empty())
      unexpected();
    expr = parsePrivateIdentifier();
    if (!tok_.isKeyword(Keyword::In))
      unexpected();
    return expr;
  } else {
    expr = parseExprSubscripts(errors, forInit);
    if (checkCoverErrorsSoft(errors))
      return expr;
    while ((tok_.kind == TokenKind::PlusPlus || tok_.kind == TokenKind::MinusMinus) &&
           !tok_.newlineBefore) {
      auto *node = startNode<UpdateExpression>(start);
      node->op = tok_.kind == TokenKind::PlusPlus ? "++" : "--";
      node->prefix = false;
      node->argument = expr;
      checkLValSimple(expr, Binding::None);
      next();
      expr = finish(node);
    }
  }
  if (tok_.kind == TokenKind::StarStar && !incDec) {
    if (sawUnary)
      raise(tok_.start, "unary operator used immediately before exponentiation expression; "
                        "parentheses must be used to disambiguate operator precedence");
    next();
    auto *node = startNode<BinaryExpression>(start);
    node->left = expr;
    node->op = "**";
    node->right = parseMaybeUnary(nullptr, false, forInit);
    if (node->right->is<PrivateIdentifier>())
      raise(node->right->start, "unexpected private name");
    return finish(node);
  }
  return expr;
}

Node *Parser::parseExprSubscripts(CoverErrors *errors, ForInit forInit) {
  uint32_t start = tok_.start;
  Node *expr = parseExprAtom(errors, forInit);
  if (expr->is<ArrowFunctionExpression>() && !expr->parenthesized &&
      file_.text()[lastTokenEnd_ - 1] != ')')
    return expr; // an arrow with an expression body ends the subscript chain
  Node *result = parseSubscripts(expr, start, false, forInit);
  if (errors && result->is<MemberExpression>()) {
    if (errors->parenthesizedAssign >= int64_t(result->start))
      errors->parenthesizedAssign = -1;
    if (errors->parenthesizedBind >= int64_t(result->start))
      errors->parenthesizedBind = -1;
    if (errors->trailingComma >= int64_t(result->start))
      errors->trailingComma = -1;
  }
  return result;
}

Node *Parser::parseSubscripts(Node *base, uint32_t start, bool noCalls, ForInit forInit) {
  bool maybeAsyncArrow = base->is<Identifier>() && base->as<Identifier>()->name == "async" &&
                         lastTokenEnd_ == base->end && !canInsertSemicolon() &&
                         base->end - base->start == 5 && potentialArrowAt_ == int64_t(base->start);
  bool optionalChained = false;
  for (;;) {
    bool optional = false;
    if (tok_.kind == TokenKind::QuestionDot) {
      if (noCalls)
        raise(tok_.start, "invalid optional chain from new expression");
      optional = true;
      optionalChained = true;
      next();
    }
    bool computed = false;
    if (tok_.kind == TokenKind::LBracket) {
      computed = true;
    } else if (optional && tok_.kind != TokenKind::LParen && tok_.kind != TokenKind::Template) {
      // `a?.b`: the property name follows directly.
    } else if (tok_.kind == TokenKind::Dot) {
      next();
    } else if (!noCalls && tok_.kind == TokenKind::LParen) {
      // call
      uint32_t oldYield = yieldPos_, oldAwait = awaitPos_, oldAwaitIdent = awaitIdentPos_;
      yieldPos_ = awaitPos_ = awaitIdentPos_ = 0;
      next();
      CoverErrors errors;
      NodeList args = parseExprList(TokenKind::RParen, true, false, &errors);
      if (maybeAsyncArrow && !optional && !optionalChained && tok_.kind == TokenKind::Arrow &&
          !tok_.newlineBefore) {
        checkPatternErrors(&errors, false);
        if (awaitIdentPos_)
          raise(awaitIdentPos_ - 1, "cannot use 'await' as identifier inside an async function");
        if (yieldPos_)
          raise(yieldPos_ - 1, "yield expression cannot be a default value");
        if (awaitPos_)
          raise(awaitPos_ - 1, "await expression cannot be a default value");
        yieldPos_ = oldYield;
        awaitPos_ = oldAwait;
        awaitIdentPos_ = oldAwaitIdent;
        return parseArrowExpression(start, args, true, forInit);
      }
      checkCoverErrors(&errors, true);
      if (oldYield) yieldPos_ = oldYield;
      if (oldAwait) awaitPos_ = oldAwait;
      if (oldAwaitIdent) awaitIdentPos_ = oldAwaitIdent;
      auto *call = startNode<CallExpression>(start);
      call->callee = base;
      call->arguments = args;
      call->optional = optional;
      base = finish(call);
      maybeAsyncArrow = false;
      continue;
    } else if (tok_.kind == TokenKind::Template) {
      if (optional || optionalChained)
        raise(tok_.start, "invalid tagged template on optional chain");
      auto *tagged = startNode<TaggedTemplateExpression>(start);
      tagged->tag = base;
      tagged->quasi = parseTemplate(true);
      base = finish(tagged);
      maybeAsyncArrow = false;
      continue;
    } else {
      break;
    }
    // Member access.
    auto *member = startNode<MemberExpression>(start);
    member->object = base;
    member->optional = optional;
    if (computed) {
      next();
      member->computed = true;
      member->property = parseExpression();
      expect(TokenKind::RBracket);
    } else if (tok_.kind == TokenKind::PrivateName) {
      if (base->is<Super>())
        raise(tok_.start, "unexpected private field");
      member->property = parsePrivateIdentifier();
    } else {
      member->property = parseIdentifier(true);
    }
    base = finish(member);
    maybeAsyncArrow = false;
  }
  if (optionalChained) {
    auto *chain = startNode<ChainExpression>(start);
    chain->expression = base;
    return finish(chain);
  }
  return base;
}

Node *Parser::parseExprAtom(CoverErrors *errors, ForInit forInit) {
  RecursionGuard guard(*this); // `new new new ...` recurses through here alone
  uint32_t start = tok_.start;
  bool canBeArrow = potentialArrowAt_ == int64_t(start);
  switch (tok_.kind) {
  case TokenKind::Name:
    if (!tok_.escaped) {
      switch (tok_.keyword) {
      case Keyword::Super: {
        next();
        auto *node = finish(startNode<Super>(start));
        if (tok_.kind == TokenKind::LParen) {
          if (!allowDirectSuper())
            raise(start, "'super' keyword unexpected here");
        } else if (tok_.kind == TokenKind::Dot || tok_.kind == TokenKind::LBracket) {
          if (!allowSuper())
            raise(start, "'super' keyword unexpected here");
        } else {
          unexpected();
        }
        return node;
      }
      case Keyword::This:
        next();
        return finish(startNode<ThisExpression>(start));
      case Keyword::True:
      case Keyword::False:
      case Keyword::Null: {
        auto *node = startNode<Literal>(start);
        node->literalKind = tok_.keyword == Keyword::Null ? LiteralKind::Null : LiteralKind::Boolean;
        node->boolean = tok_.keyword == Keyword::True;
        next();
        return finish(node);
      }
      case Keyword::Function: {
        next();
        return parseFunction(start, false, false, false, false, forInit);
      }
      case Keyword::Class:
        return parseClass(start, false, false);
      case Keyword::New:
        return parseNew();
      case Keyword::Import:
        next();
        if (tok_.kind == TokenKind::Dot) {
          next();
          auto *meta = startNode<MetaProperty>(start);
          auto *metaId = startNode<Identifier>(start);
          metaId->name = "import";
          metaId->end = start + 6;
          meta->meta = metaId;
          if (tok_.kind == TokenKind::Name && tok_.keyword == Keyword::Meta && tok_.escaped)
            raise(start, "'import.meta' must not contain escaped characters");
          if (!isContextual(Keyword::Meta))
            raise(tok_.start, "the only valid meta property for import is 'import.meta'");
          meta->property = parseIdentifier(true);
          if (!options_.module)
            raise(start, "cannot use 'import.meta' outside a module");
          return finish(meta);
        }
        if (tok_.kind == TokenKind::LParen)
          return parseImportExpression(start);
        unexpected();
      default:
        break;
      }
    }
    {
      bool isAsync = tok_.isKeyword(Keyword::Async);
      uint32_t oldAwaitIdent = awaitIdentPos_;
      Token nameToken = tok_;
      Identifier *id = parseIdentifier(false);
      if (isAsync && !canInsertSemicolon() && tok_.isKeyword(Keyword::Function)) {
        next();
        return parseFunction(start, false, true, false, false, forInit);
      }
      if (canBeArrow && !canInsertSemicolon()) {
        if (tok_.kind == TokenKind::Arrow) {
          NodeList params;
          params.items = arena_.allocateArray<Node *>(1);
          params.items[0] = id;
          params.size = 1;
          return parseArrowExpression(start, params, false, forInit);
        }
        if (isAsync && tok_.kind == TokenKind::Name && !nameToken.escaped &&
            (!potentialArrowInForAwait_ || !tok_.isKeyword(Keyword::Of) )) {
          // async x => ...
          Identifier *param = parseIdentifier(false);
          if (canInsertSemicolon() || tok_.kind != TokenKind::Arrow)
            unexpected();
          awaitIdentPos_ = oldAwaitIdent;
          if (param->name == "await")
            raise(param->start, "cannot use 'await' as identifier inside an async function");
          NodeList params;
          params.items = arena_.allocateArray<Node *>(1);
          params.items[0] = param;
          params.size = 1;
          return parseArrowExpression(start, params, true, forInit);
        }
      }
      return id;
    }
  case TokenKind::RegExp:
  case TokenKind::Number:
  case TokenKind::BigInt:
  case TokenKind::String:
    return parseLiteral();
  case TokenKind::Slash:
  case TokenKind::SlashAssign:
    lexer_.rescanRegExp(tok_);
    return parseLiteral();
  case TokenKind::LParen: {
    Node *expr = parseParenAndDistinguish(canBeArrow, forInit);
    if (errors) {
      Node *inner = expr;
      bool simpleTarget = inner->is<Identifier>() || inner->is<MemberExpression>();
      if (errors->parenthesizedAssign < 0 && !simpleTarget)
        errors->parenthesizedAssign = start;
      if (errors->parenthesizedBind < 0)
        errors->parenthesizedBind = start;
    }
    return expr;
  }
  case TokenKind::LBracket:
    return parseArrayLiteral(errors);
  case TokenKind::LBrace:
    return parseObjectLike(false, errors);
  case TokenKind::Template:
    return parseTemplate(false);
  default:
    unexpected();
  }
}

Node *Parser::parseLiteral() {
  auto *node = startNode<Literal>(tok_.start);
  switch (tok_.kind) {
  case TokenKind::Number:
    if (tok_.legacyOctal && strict_)
      raise(tok_.start, "octal literals are not allowed in strict mode");
    node->literalKind = LiteralKind::Number;
    node->number = tok_.number;
    break;
  case TokenKind::String:
    if (tok_.legacyOctal && strict_)
      raise(tok_.legacyOctalOffset, file_.text()[tok_.legacyOctalOffset] != '\\'
                                        ? "\\8 and \\9 are not allowed in strict mode"
                                        : "octal escape sequences are not allowed in strict mode");
    node->literalKind = LiteralKind::String;
    node->string = tok_.value;
    break;
  case TokenKind::BigInt:
    node->literalKind = LiteralKind::BigInt;
    node->string = tok_.value;
    break;
  case TokenKind::RegExp:
    node->literalKind = LiteralKind::RegExp;
    node->string = tok_.value;
    node->flags = tok_.raw;
    break;
  default:
    unexpected();
  }
  next();
  return finish(node);
}

Node *Parser::parseParenAndDistinguish(bool canBeArrow, ForInit forInit) {
  uint32_t start = tok_.start;
  next();
  uint32_t innerStart = tok_.start;
  size_t mark = listStack_.size();
  bool first = true;
  bool lastIsComma = false;
  int64_t spreadStart = -1;
  CoverErrors errors;
  uint32_t oldYield = yieldPos_, oldAwait = awaitPos_;
  yieldPos_ = awaitPos_ = 0;
  while (tok_.kind != TokenKind::RParen) {
    if (first)
      first = false;
    else
      expect(TokenKind::Comma);
    if (tok_.kind == TokenKind::RParen) {
      lastIsComma = true;
      break;
    }
    if (tok_.kind == TokenKind::Ellipsis) {
      spreadStart = tok_.start;
      listStack_.push_back(parseRestBinding());
      if (tok_.kind == TokenKind::Comma)
        raise(tok_.start, "comma is not permitted after the rest element");
      break;
    }
    listStack_.push_back(parseMaybeAssign(ForInit::No, &errors));
  }
  uint32_t innerEnd = lastTokenEnd_;
  expect(TokenKind::RParen);

  if (canBeArrow && !canInsertSemicolon() && tok_.kind == TokenKind::Arrow) {
    checkPatternErrors(&errors, false);
    if (yieldPos_)
      raise(yieldPos_ - 1, "yield expression cannot be a default value");
    if (awaitPos_)
      raise(awaitPos_ - 1, "await expression cannot be a default value");
    yieldPos_ = oldYield;
    awaitPos_ = oldAwait;
    NodeList params = finishList(mark);
    return parseArrowExpression(start, params, false, forInit);
  }

  size_t count = listStack_.size() - mark;
  if (count == 0 || lastIsComma)
    unexpected(); // `()` or `(a,)` not followed by `=>`
  if (spreadStart >= 0)
    raise(uint32_t(spreadStart), "unexpected token '...'");
  checkCoverErrors(&errors, true);
  if (oldYield) yieldPos_ = oldYield;
  if (oldAwait) awaitPos_ = oldAwait;

  Node *value;
  if (count > 1) {
    auto *sequence = startNode<SequenceExpression>(innerStart);
    sequence->expressions = finishList(mark);
    sequence->end = innerEnd;
    value = sequence;
  } else {
    value = listStack_[mark];
    listStack_.resize(mark);
  }
  value->parenthesized = true;
  return value;
}

NodeList Parser::parseExprList(TokenKind close, bool allowTrailingComma, bool allowEmpty,
                               CoverErrors *errors) {
  size_t mark = listStack_.size();
  bool first = true;
  while (!eat(close)) {
    if (!first) {
      expect(TokenKind::Comma);
      if (allowTrailingComma && afterTrailingComma(close))
        break;
    } else {
      first = false;
    }
    if (allowEmpty && tok_.kind == TokenKind::Comma) {
      listStack_.push_back(nullptr);
      continue;
    }
    if (tok_.kind == TokenKind::Ellipsis) {
      auto *spread = startNode<SpreadElement>(tok_.start);
      next();
      spread->argument = parseMaybeAssign(ForInit::No, errors);
      finish(spread);
      listStack_.push_back(spread);
      if (errors && tok_.kind == TokenKind::Comma && errors->trailingComma < 0)
        errors->trailingComma = tok_.start;
      continue;
    }
    listStack_.push_back(parseMaybeAssign(ForInit::No, errors));
  }
  return finishList(mark);
}

Node *Parser::parseArrayLiteral(CoverErrors *errors) {
  auto *node = startNode<ArrayExpression>(tok_.start);
  next();
  node->elements = parseExprList(TokenKind::RBracket, true, true, errors);
  return finish(node);
}

Node *Parser::parseNew() {
  uint32_t start = tok_.start;
  next(); // new
  if (tok_.kind == TokenKind::Dot) {
    next();
    auto *meta = startNode<MetaProperty>(start);
    auto *newId = startNode<Identifier>(start);
    newId->name = "new";
    newId->end = start + 3;
    meta->meta = newId;
    if (tok_.kind == TokenKind::Name && tok_.keyword == Keyword::Target && tok_.escaped)
      raise(start, "'new.target' must not contain escaped characters");
    if (!isContextual(Keyword::Target))
      raise(tok_.start, "the only valid meta property for new is 'new.target'");
    meta->property = parseIdentifier(true);
    if (!allowNewTarget())
      raise(start, "'new.target' can only be used in functions and class static block");
    return finish(meta);
  }
  if (tok_.isKeyword(Keyword::Import)) {
    Token after = peekToken();
    raise(after.start, "cannot use new with import(...)");
  }
  uint32_t calleeStart = tok_.start;
  if (tok_.isKeyword(Keyword::Super) && peekToken().kind == TokenKind::LParen)
    raise(tok_.start, "'super' keyword unexpected here: 'new super()' is not valid");
  auto *node = startNode<NewExpression>(start);
  node->callee = parseSubscripts(parseExprAtom(nullptr, ForInit::No), calleeStart, true, ForInit::No);
  if (eat(TokenKind::LParen))
    node->arguments = parseExprList(TokenKind::RParen, true, false, nullptr);
  return finish(node);
}

Node *Parser::parseImportExpression(uint32_t start) {
  next(); // (
  auto *node = startNode<ImportExpression>(start);
  if (tok_.kind == TokenKind::Ellipsis)
    raise(tok_.start, "'...' is not allowed in import()");
  node->source = parseMaybeAssign();
  if (!eat(TokenKind::RParen)) {
    if (tok_.kind == TokenKind::Comma)
      raise(tok_.start, "import() takes exactly one argument");
    unexpected();
  }
  return finish(node);
}

Node *Parser::parseTemplate(bool tagged) {
  auto *node = startNode<TemplateLiteral>(tok_.start);
  size_t expressionsMark = listStack_.size();
  std::vector<Node *> quasis;
  for (;;) {
    if (tok_.invalidEscape && !tagged)
      raise(tok_.legacyOctalOffset, "invalid escape sequence in template");
    uint32_t elementEnd = tok_.end - (tok_.templateTail ? 1 : 2);
    auto *element = startNode<TemplateElement>(tok_.start + 1);
    element->end = elementEnd;
    element->raw = tok_.raw;
    element->cooked = tok_.value;
    element->cookedIsUndefined = tok_.invalidEscape;
    element->tail = tok_.templateTail;
    quasis.push_back(element);
    bool tail = tok_.templateTail;
    next();
    if (tail)
      break;
    listStack_.push_back(parseExpression());
    if (tok_.kind != TokenKind::RBrace)
      raise(tok_.start, "expected '}' after template substitution but found " + describe(tok_));
    lexer_.rescanTemplateContinuation(tok_);
  }
  node->expressions = finishList(expressionsMark);
  size_t quasiMark = listStack_.size();
  for (Node *q : quasis)
    listStack_.push_back(q);
  node->quasis = finishList(quasiMark);
  return finish(node);
}

Node *Parser::parsePropertyName(bool &computed) {
  computed = false;
  switch (tok_.kind) {
  case TokenKind::LBracket: {
    computed = true;
    next();
    Node *key = parseMaybeAssign();
    expect(TokenKind::RBracket);
    return key;
  }
  case TokenKind::Number:
  case TokenKind::String:
  case TokenKind::BigInt:
    return parseLiteral();
  case TokenKind::Name:
    return parseIdentifier(true);
  case TokenKind::PrivateName:
    return parsePrivateIdentifier();
  default:
    unexpected();
  }
}

static bool isProtoKey(Node *key, bool computed) {
  if (computed)
    return false;
  if (auto *id = key->as<Identifier>())
    return id->name == "__proto__";
  if (auto *lit = key->as<Literal>())
    return lit->literalKind == LiteralKind::String && lit->string == "__proto__";
  return false;
}

Node *Parser::parseObjectLike(bool isPattern, CoverErrors *errors) {
  RecursionGuard guard(*this);
  uint32_t start = tok_.start;
  next();
  size_t mark = listStack_.size();
  bool first = true;
  bool sawProto = false;
  while (!eat(TokenKind::RBrace)) {
    if (!first) {
      expect(TokenKind::Comma);
      if (afterTrailingComma(TokenKind::RBrace))
        break;
    } else {
      first = false;
    }
    uint32_t propStart = tok_.start;
    if (tok_.kind == TokenKind::Ellipsis) {
      if (isPattern) {
        Node *rest = parseRestBinding();
        if (!rest->as<RestElement>()->argument->is<Identifier>())
          raise(rest->as<RestElement>()->argument->start,
                "`...` must be followed by an identifier in declaration contexts");
        listStack_.push_back(rest);
        if (tok_.kind == TokenKind::Comma)
          raise(tok_.start, "comma is not permitted after the rest element");
        continue;
      }
      auto *spread = startNode<SpreadElement>(propStart);
      next();
      spread->argument = parseMaybeAssign(ForInit::No, errors);
      listStack_.push_back(finish(spread));
      if (tok_.kind == TokenKind::Comma && errors && errors->trailingComma < 0)
        errors->trailingComma = tok_.start;
      continue;
    }
    auto *prop = startNode<Property>(propStart);
    prop->kind = "init";
    bool isAsync = false, isGenerator = false;
    if (!isPattern) {
      isGenerator = eat(TokenKind::Star);
    }
    Token keyToken = tok_;
    bool computed;
    Node *key;
    if (tok_.kind == TokenKind::PrivateName)
      unexpected();
    key = parsePropertyName(computed);
    // `async`, `get` and `set` followed by another property name are modifiers.
    if (!isPattern && !isGenerator && !computed && keyToken.kind == TokenKind::Name &&
        !keyToken.escaped &&
        (keyToken.keyword == Keyword::Async || keyToken.keyword == Keyword::Get ||
         keyToken.keyword == Keyword::Set) &&
        tok_.kind != TokenKind::Comma && tok_.kind != TokenKind::RBrace &&
        tok_.kind != TokenKind::Colon && tok_.kind != TokenKind::LParen &&
        tok_.kind != TokenKind::Assign) {
      if (keyToken.keyword == Keyword::Async) {
        if (tok_.newlineBefore)
          unexpected();
        isAsync = true;
        isGenerator = eat(TokenKind::Star);
      } else {
        prop->kind = keyToken.keyword == Keyword::Get ? "get" : "set";
      }
      if (tok_.kind == TokenKind::PrivateName)
        unexpected();
      key = parsePropertyName(computed);
    }
    prop->key = key;
    prop->computed = computed;
    if (prop->kind != std::string_view("init")) {
      // getter / setter
      Node *value = parseMethod(tok_.start, false, false, false);
      auto *fn = value->as<FunctionExpression>();
      prop->value = value;
      size_t paramCount = fn->params.size;
      if (prop->kind == std::string_view("get") && paramCount != 0)
        raise(value->start, "getter must not have any formal parameters");
      if (prop->kind == std::string_view("set")) {
        if (paramCount != 1)
          raise(value->start, "setter must have exactly one formal parameter");
        if (fn->params[0]->is<RestElement>())
          raise(fn->params[0]->start, "setter function argument must not be a rest parameter");
      }
    } else if (tok_.kind == TokenKind::LParen) {
      if (isPattern)
        unexpected();
      prop->method = true;
      prop->value = parseMethod(tok_.start, isGenerator, isAsync, false);
    } else if (isGenerator || isAsync) {
      unexpected();
    } else if (eat(TokenKind::Colon)) {
      if (isPattern) {
        uint32_t valueStart = tok_.start;
        prop->value = parseMaybeDefault(valueStart, parseBindingAtom());
      } else {
        prop->value = parseMaybeAssign(ForInit::No, errors);
      }
      if (!isPattern && isProtoKey(key, computed)) {
        if (sawProto && errors && errors->doubleProto < 0)
          errors->doubleProto = key->start;
        else if (sawProto && !errors)
          raise(key->start, "redefinition of __proto__ property");
        sawProto = true;
      }
    } else if (!computed && keyToken.kind == TokenKind::Name) {
      // Shorthand: `{a}`, `{a = 1}` (only valid as a pattern).
      checkUnreserved(keyToken);
      if (keyToken.keyword == Keyword::Await && !keyToken.escaped && !awaitIdentPos_)
        awaitIdentPos_ = keyToken.start + 1;
      auto *id = key->as<Identifier>();
      // the value is a copy of the key
      auto *value = startNode<Identifier>(id->start);
      value->name = id->name;
      value->end = id->end;
      prop->shorthand = true;
      if (isPattern) {
        prop->value = parseMaybeDefault(propStart, value);
      } else if (tok_.kind == TokenKind::Assign && errors) {
        if (errors->shorthandAssign < 0)
          errors->shorthandAssign = tok_.start;
        prop->value = parseMaybeDefault(propStart, value);
      } else {
        prop->value = value;
      }
    } else {
      unexpected();
    }
    listStack_.push_back(finish(prop));
  }
  if (isPattern) {
    auto *node = startNode<ObjectPattern>(start);
    node->properties = finishList(mark);
    return finish(node);
  }
  auto *node = startNode<ObjectExpression>(start);
  node->properties = finishList(mark);
  return finish(node);
}

static bool startsExpression(const Token &token) {
  switch (token.kind) {
  case TokenKind::Name:
    if (token.escaped || token.keyword == Keyword::None)
      return true;
    switch (keywordClass(token.keyword)) {
    case KeywordClass::Reserved:
      switch (token.keyword) {
      case Keyword::This: case Keyword::Super: case Keyword::Function: case Keyword::Class:
      case Keyword::New: case Keyword::Import: case Keyword::Typeof: case Keyword::Void:
      case Keyword::Delete:
        return true;
      default:
        return false;
      }
    default:
      return true;
    }
  case TokenKind::PrivateName: case TokenKind::Number: case TokenKind::BigInt:
  case TokenKind::String: case TokenKind::Template: case TokenKind::RegExp:
  case TokenKind::LParen: case TokenKind::LBracket: case TokenKind::LBrace:
  case TokenKind::Plus: case TokenKind::Minus: case TokenKind::Bang: case TokenKind::Tilde:
  case TokenKind::PlusPlus: case TokenKind::MinusMinus: case TokenKind::Slash:
  case TokenKind::SlashAssign:
    return true;
  default:
    return false;
  }
}

Node *Parser::parseYield(ForInit forInit) {
  if (!yieldPos_)
    yieldPos_ = tok_.start + 1;
  auto *node = startNode<YieldExpression>(tok_.start);
  next();
  if (tok_.kind == TokenKind::Semicolon || canInsertSemicolon() ||
      (tok_.kind != TokenKind::Star && !startsExpression(tok_))) {
    node->delegate = false;
    node->argument = nullptr;
  } else {
    node->delegate = eat(TokenKind::Star);
    node->argument = parseMaybeAssign(forInit);
  }
  return finish(node);
}

Node *Parser::parseAwait(ForInit forInit) {
  if (!awaitPos_)
    awaitPos_ = tok_.start + 1;
  auto *node = startNode<AwaitExpression>(tok_.start);
  next();
  node->argument = parseMaybeUnary(nullptr, true, forInit);
  return finish(node);
}

// ---- Identifiers ---------------------------------------------------------------------------

void Parser::checkUnreserved(const Token &token) {
  std::string_view name = token.value;
  Keyword kw = token.keyword;
  if (kw == Keyword::None)
    return;
  if (kw == Keyword::Yield) {
    if (inGenerator())
      raise(token.start, "cannot use 'yield' as identifier inside a generator");
    if (strict_)
      raise(token.start, "unexpected strict mode reserved word 'yield'");
    return;
  }
  if (kw == Keyword::Await) {
    if (canAwait())
      raise(token.start, "cannot use 'await' as identifier inside an async function");
    if (options_.module)
      raise(token.start, "cannot use 'await' as identifier in a module");
    if (currentThisScope().flags & (ScopeStaticBlock | ScopeFieldInit)) {
      for (size_t i = scopeDepth_; i-- > 0;) {
        uint32_t flags = scopes_[i].flags;
        if (flags & (ScopeStaticBlock | ScopeFieldInit)) {
          if (flags & ScopeStaticBlock)
            raise(token.start, "cannot use 'await' as identifier in a class static block");
          break;
        }
        if (flags & ScopeFunction)
          break; // `await` inside a nested function or arrow is not in the block itself
      }
    }
    return;
  }
  if (kw == Keyword::Arguments && inStaticBlockOrFieldInitArguments()) {
    raise(token.start, "'arguments' is not allowed in class field initializer or static "
                       "initialization block");
  }
  switch (keywordClass(kw)) {
  case KeywordClass::Reserved:
  case KeywordClass::Literal:
    if (token.escaped)
      raise(token.start, "keyword must not contain escaped characters");
    raise(token.start, "unexpected reserved word '" + std::string(name) + "'");
  case KeywordClass::Strict:
    if (strict_)
      raise(token.start, "unexpected strict mode reserved word '" + std::string(name) + "'");
    return;
  default:
    return;
  }
}

Identifier *Parser::parseIdentifier(bool liberal) {
  if (tok_.kind != TokenKind::Name)
    unexpected();
  auto *node = startNode<Identifier>(tok_.start);
  node->name = tok_.value;
  if (!liberal) {
    checkUnreserved(tok_);
    if (tok_.keyword == Keyword::Await && !awaitIdentPos_)
      awaitIdentPos_ = tok_.start + 1;
  }
  next();
  return finish(node);
}

Identifier *Parser::parseBindingIdentifier() { return parseIdentifier(false); }

Node *Parser::parsePrivateIdentifier() {
  auto *node = startNode<PrivateIdentifier>(tok_.start);
  node->name = tok_.value;
  usePrivateName(tok_.value, tok_.start);
  next();
  return finish(node);
}

} // namespace kiln
