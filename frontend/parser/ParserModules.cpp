// Module syntax: import and export declarations, and the module-level early errors (duplicate
// exports, exports of undeclared names, string export names that are not well-formed Unicode).
#include "frontend/parser/Parser.h"

#include "frontend/support/SourceFile.h"

namespace kiln {

using namespace ast;

static bool isWellFormedUnicode(std::string_view s) {
  // Strings are WTF-8: a lone surrogate is the 3-byte sequence ED A0..BF xx.
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == 0xED && static_cast<unsigned char>(s[i + 1]) >= 0xA0)
      return false;
  return true;
}

Node *Parser::parseModuleExportName() {
  if (tok_.kind == TokenKind::String) {
    if (!isWellFormedUnicode(tok_.value))
      raise(tok_.start, "an export name cannot include a lone surrogate");
    return parseLiteral();
  }
  return parseIdentifier(true);
}

static std::string_view exportName(Node *node) {
  if (auto *id = node->as<Identifier>())
    return id->name;
  return node->as<Literal>()->string;
}

void Parser::checkExport(std::string_view name, uint32_t offset) {
  if (!exportedNames_.emplace(name, true).second)
    raise(offset, "duplicate export of '" + std::string(name) + "'");
}

void Parser::checkPatternExport(Node *pattern) {
  switch (pattern->kind) {
  case NodeKind::Identifier: checkExport(pattern->as<Identifier>()->name, pattern->start); break;
  case NodeKind::ObjectPattern:
    for (Node *prop : pattern->as<ObjectPattern>()->properties)
      checkPatternExport(prop->is<Property>() ? prop->as<Property>()->value : prop);
    break;
  case NodeKind::ArrayPattern:
    for (Node *element : pattern->as<ArrayPattern>()->elements)
      if (element)
        checkPatternExport(element);
    break;
  case NodeKind::AssignmentPattern: checkPatternExport(pattern->as<AssignmentPattern>()->left); break;
  case NodeKind::RestElement: checkPatternExport(pattern->as<RestElement>()->argument); break;
  default: break;
  }
}

void Parser::checkLocalExport(Identifier *id) { undefinedExports_.emplace_back(id->name, id->start); }

Node *Parser::parseImport(uint32_t start) {
  next(); // import
  auto *node = startNode<ImportDeclaration>(start);
  size_t mark = listStack_.size();
  if (tok_.kind != TokenKind::String) {
    if (tok_.kind == TokenKind::Name) {
      auto *spec = startNode<ImportDefaultSpecifier>(tok_.start);
      spec->local = parseIdentifier(false);
      checkLValSimple(spec->local, Binding::Lexical);
      listStack_.push_back(finish(spec));
      if (!eat(TokenKind::Comma))
        goto from;
    }
    if (tok_.kind == TokenKind::Star) {
      auto *spec = startNode<ImportNamespaceSpecifier>(tok_.start);
      next();
      expectContextual(Keyword::As);
      spec->local = parseIdentifier(false);
      checkLValSimple(spec->local, Binding::Lexical);
      listStack_.push_back(finish(spec));
    } else {
      expect(TokenKind::LBrace);
      bool first = true;
      while (!eat(TokenKind::RBrace)) {
        if (!first) {
          expect(TokenKind::Comma);
          if (afterTrailingComma(TokenKind::RBrace))
            break;
        }
        first = false;
        auto *spec = startNode<ImportSpecifier>(tok_.start);
        Token importedToken = tok_;
        spec->imported = parseModuleExportName();
        if (eatContextual(Keyword::As)) {
          spec->local = parseIdentifier(false);
        } else {
          if (importedToken.kind == TokenKind::String)
            raise(importedToken.start, "a string import name must be followed by 'as' and a local name");
          checkUnreserved(importedToken);
          auto *local = startNode<Identifier>(spec->imported->start);
          local->name = spec->imported->as<Identifier>()->name;
          local->end = spec->imported->end;
          spec->local = local;
        }
        checkLValSimple(spec->local, Binding::Lexical);
        listStack_.push_back(finish(spec));
      }
    }
  from:
    expectContextual(Keyword::From);
  }
  node->specifiers = finishList(mark);
  if (tok_.kind != TokenKind::String)
    unexpected();
  node->source = parseLiteral();
  semicolon();
  return finish(node);
}

Node *Parser::parseExport(uint32_t start) {
  next(); // export
  if (tok_.kind == TokenKind::Star) {
    next();
    auto *node = startNode<ExportAllDeclaration>(start);
    if (eatContextual(Keyword::As)) {
      node->exported = parseModuleExportName();
      checkExport(exportName(node->exported), node->exported->start);
    }
    expectContextual(Keyword::From);
    if (tok_.kind != TokenKind::String)
      unexpected();
    node->source = parseLiteral();
    semicolon();
    return finish(node);
  }
  if (tok_.isKeyword(Keyword::Default)) {
    checkExport("default", tok_.start);
    next();
    auto *node = startNode<ExportDefaultDeclaration>(start);
    uint32_t declStart = tok_.start;
    if (tok_.isKeyword(Keyword::Function)) {
      next();
      node->declaration = parseFunction(declStart, true, false, false, true, ForInit::No);
    } else if (isAsyncFunctionStart()) {
      next();
      next();
      node->declaration = parseFunction(declStart, true, true, false, true, ForInit::No);
    } else if (tok_.isKeyword(Keyword::Class)) {
      node->declaration = parseClass(declStart, true, true);
    } else {
      node->declaration = parseMaybeAssign();
      semicolon();
    }
    return finish(node);
  }
  auto *node = startNode<ExportNamedDeclaration>(start);
  bool isDeclaration = tok_.isKeyword(Keyword::Var) || tok_.isKeyword(Keyword::Const) ||
                       tok_.isKeyword(Keyword::Function) || tok_.isKeyword(Keyword::Class) ||
                       isLetDeclaration(true) || isAsyncFunctionStart();
  if (isDeclaration) {
    node->declaration = parseStatement(0, true);
    Node *decl = node->declaration;
    if (auto *var = decl->as<VariableDeclaration>()) {
      for (Node *d : var->declarations)
        checkPatternExport(d->as<VariableDeclarator>()->id);
    } else if (auto *fn = decl->as<FunctionDeclaration>()) {
      checkExport(fn->id->as<Identifier>()->name, fn->id->start);
    } else if (auto *cls = decl->as<ClassDeclaration>()) {
      checkExport(cls->id->as<Identifier>()->name, cls->id->start);
    }
    return finish(node);
  }
  expect(TokenKind::LBrace);
  size_t mark = listStack_.size();
  bool first = true;
  std::vector<Token> localTokens;
  while (!eat(TokenKind::RBrace)) {
    if (!first) {
      expect(TokenKind::Comma);
      if (afterTrailingComma(TokenKind::RBrace))
        break;
    }
    first = false;
    auto *spec = startNode<ExportSpecifier>(tok_.start);
    localTokens.push_back(tok_);
    spec->local = parseModuleExportName();
    if (eatContextual(Keyword::As)) {
      spec->exported = parseModuleExportName();
    } else if (auto *id = spec->local->as<Identifier>()) {
      auto *copy = startNode<Identifier>(id->start);
      copy->name = id->name;
      copy->end = id->end;
      spec->exported = copy;
    } else {
      auto *lit = spec->local->as<Literal>();
      auto *copy = startNode<Literal>(lit->start);
      *copy = *lit;
      spec->exported = copy;
    }
    checkExport(exportName(spec->exported), spec->exported->start);
    listStack_.push_back(finish(spec));
  }
  node->specifiers = finishList(mark);
  if (eatContextual(Keyword::From)) {
    if (tok_.kind != TokenKind::String)
      unexpected();
    node->source = parseLiteral();
  } else {
    for (size_t i = 0; i < node->specifiers.size; ++i) {
      auto *spec = node->specifiers[uint32_t(i)]->as<ExportSpecifier>();
      if (spec->local->is<Literal>())
        raise(spec->local->start, "a string literal cannot be used as an exported binding without 'from'");
      Token &t = localTokens[i];
      checkUnreserved(t);
      checkLocalExport(spec->local->as<Identifier>());
    }
  }
  semicolon();
  return finish(node);
}

} // namespace kiln
