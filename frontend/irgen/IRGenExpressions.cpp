// AST -> IR lowering of expressions. See IRGen.h for the design.
#include "frontend/irgen/Lowering.h"

#include <double-conversion/double-conversion.h>

#include <cmath>
#include <functional>

namespace kiln::irgen {

// ---- Expressions -----------------------------------------------------------------------------

void Lowering::branchOn(const Node *node, BasicBlock *ifTrue, BasicBlock *ifFalse) {
  if (auto *l = node->as<LogicalExpression>()) {
    if (l->op == "&&") {
      BasicBlock *right = newBlock();
      branchOn(l->left, right, ifFalse);
      setBlock(right);
      branchOn(l->right, ifTrue, ifFalse);
      return;
    }
    if (l->op == "||") {
      BasicBlock *right = newBlock();
      branchOn(l->left, ifTrue, right);
      setBlock(right);
      branchOn(l->right, ifTrue, ifFalse);
      return;
    }
  }
  if (auto *u = node->as<UnaryExpression>(); u && u->op == "!") {
    branchOn(u->argument, ifFalse, ifTrue);
    return;
  }
  condBranch(toBoolean(expression(node)), ifTrue, ifFalse);
}

ir::Value *Lowering::expression(const Node *node) {
  switch (node->kind) {
  case NodeKind::Literal: return literal(node->as<Literal>());
  case NodeKind::Identifier: return identifier(node->as<Identifier>());
  case NodeKind::ThisExpression: return readThis(node);
  case NodeKind::ClassExpression: {
    auto *c = node->as<ClassExpression>();
    return classDefinition(node, c->id ? c->id->as<Identifier>()->name : std::string_view());
  }
  case NodeKind::MetaProperty: { // new.target (import.meta is rejected earlier)
    FunctionInfo *owner = state_->info;
    while (owner->isArrow)
      owner = owner->parent;
    if (owner != state_->info)
      return readVariableRaw(owner->newTargetBinding);
    return emit(Opcode::GetNewTarget);
  }
  case NodeKind::TemplateLiteral: return templateLiteral(node->as<TemplateLiteral>());
  case NodeKind::TaggedTemplateExpression: return taggedTemplate(node->as<TaggedTemplateExpression>());
  case NodeKind::UnaryExpression: return unaryExpression(node->as<UnaryExpression>());
  case NodeKind::UpdateExpression: return updateExpression(node->as<UpdateExpression>());
  case NodeKind::BinaryExpression: return binaryExpression(node->as<BinaryExpression>());
  case NodeKind::LogicalExpression: return logicalExpression(node->as<LogicalExpression>());
  case NodeKind::AssignmentExpression: return assignment(node->as<AssignmentExpression>());
  case NodeKind::ConditionalExpression: return conditional(node->as<ConditionalExpression>());
  case NodeKind::CallExpression: return call(node->as<CallExpression>());
  case NodeKind::NewExpression: return newExpression(node->as<NewExpression>());
  case NodeKind::MemberExpression: return member(node->as<MemberExpression>(), nullptr);
  case NodeKind::ChainExpression: return chain(node->as<ChainExpression>());
  case NodeKind::ObjectExpression: return objectLiteral(node->as<ObjectExpression>());
  case NodeKind::ArrayExpression: return arrayLiteral(node->as<ArrayExpression>());
  case NodeKind::SequenceExpression: {
    ir::Value *last = module_.undefined();
    for (const Node *e : node->as<SequenceExpression>()->expressions)
      last = expression(e);
    return last;
  }
  case NodeKind::FunctionExpression: {
    auto *f = node->as<FunctionExpression>();
    return createClosure(node, f->id ? f->id->as<Identifier>()->name : std::string_view());
  }
  case NodeKind::ArrowFunctionExpression: return createClosure(node, "");
  default:
    unsupported(node, std::string("'") + nodeKindName(node->kind) + "'");
  }
}

ir::Value *Lowering::literal(const Literal *lit) {
  switch (lit->literalKind) {
  case LiteralKind::Number: return module_.number(lit->number);
  case LiteralKind::String: return str(lit->string);
  case LiteralKind::Boolean: return module_.boolean(lit->boolean);
  case LiteralKind::Null: return module_.null();
  case LiteralKind::RegExp: unsupported(lit, "regular expressions");
  case LiteralKind::BigInt: {
    Instruction *big = emit(Opcode::BigIntLiteral);
    big->message = std::string(lit->string); // decimal digits (the parser converts other radixes)
    return big;
  }
  }
  return module_.undefined();
}

ir::Value *Lowering::identifier(const Identifier *id) {
  if (Variable *v = analysis_.resolve(id))
    return loadVariable(v, id);
  // Globals whose value cannot change.
  if (id->name == "undefined")
    return module_.undefined();
  if (id->name == "NaN")
    return module_.number(std::nan(""));
  if (id->name == "Infinity")
    return module_.number(HUGE_VAL);
  Instruction *get = emit(Opcode::GetGlobal, {str(id->name)});
  locate(get, id);
  return get;
}

// tag`a${x}b`: tag(templateObject, x), with `this` from a member tag; the template object is the
// same for every evaluation of this site.
ir::Value *Lowering::taggedTemplate(const TaggedTemplateExpression *t) {
  ir::Value *thisValue = module_.undefined();
  ir::Value *tag = t->tag->is<MemberExpression>() ? member(t->tag->as<MemberExpression>(), &thisValue)
                                                 : expression(t->tag);
  auto *quasi = t->quasi->as<TemplateLiteral>();
  Instruction *object = emit(Opcode::GetTemplateObject);
  object->count = quasi->quasis.size;
  for (const Node *q : quasi->quasis) {
    auto *element = q->as<TemplateElement>();
    object->operands.push_back(element->cookedIsUndefined ? static_cast<ir::Value *>(module_.undefined())
                                                          : str(element->cooked));
  }
  for (const Node *q : quasi->quasis)
    object->operands.push_back(str(q->as<TemplateElement>()->raw));
  std::vector<ir::Value *> args = {object};
  for (const Node *e : quasi->expressions)
    args.push_back(expression(e));
  Instruction *call = emit(Opcode::Call, {tag, thisValue});
  call->operands.insert(call->operands.end(), args.begin(), args.end());
  call->message = calleeText(t->tag);
  locateCall(call, t->tag);
  return call;
}

ir::Value *Lowering::templateLiteral(const TemplateLiteral *t) {
  ir::Value *result = str(t->quasis[0]->as<TemplateElement>()->cooked);
  for (uint32_t i = 0; i < t->expressions.size; ++i) {
    Instruction *part = unary(UnaryOperator::ToString, expression(t->expressions[i]));
    locate(part, t->expressions[i]);
    result = binary(BinaryOperator::Add, result, part);
    std::string_view next = t->quasis[i + 1]->as<TemplateElement>()->cooked;
    if (!next.empty())
      result = binary(BinaryOperator::Add, result, str(next));
  }
  return result;
}

ir::Value *Lowering::unaryExpression(const UnaryExpression *u) {
  std::string_view op = u->op;
  if (op == "typeof") {
    if (auto *id = u->argument->as<Identifier>(); id && !analysis_.resolve(id) &&
                                                  id->name != "undefined" && id->name != "NaN" &&
                                                  id->name != "Infinity") {
      Instruction *t = emit(Opcode::TypeOfGlobal, {str(id->name)});
      return t;
    }
    return emit(Opcode::TypeOf, {expression(u->argument)});
  }
  if (op == "delete") {
    const Node *arg = u->argument;
    if (auto *chainNode = arg->as<ChainExpression>()) {
      // delete a?.b: true when the chain short-circuits, else delete the last member.
      auto *m = chainNode->expression->as<MemberExpression>();
      if (!m)
        return module_.boolean(true);
      Instruction *slot = allocStack();
      BasicBlock *nullish = newBlock(), *done = newBlock();
      chains_.push_back({nullish});
      ir::Value *object = expression(m->object);
      if (m->optional) {
        BasicBlock *present = newBlock();
        condBranch(emit(Opcode::IsNullish, {object}), nullish, present);
        setBlock(present);
      }
      Instruction *d = emit(Opcode::DeleteProperty, {object, memberKey(m)});
      d->strict = state_->function->strict;
      emit(Opcode::StoreStack, {slot, d});
      chains_.pop_back();
      branch(done);
      setBlock(nullish);
      emit(Opcode::StoreStack, {slot, module_.boolean(true)});
      branch(done);
      setBlock(done);
      return emit(Opcode::LoadStack, {slot});
    }
    if (auto *m = arg->as<MemberExpression>()) {
      ir::Value *object = expression(m->object);
      ir::Value *key = memberKey(m);
      Instruction *d = emit(Opcode::DeleteProperty, {object, key});
      d->strict = state_->function->strict;
      return d;
    }
    if (auto *id = arg->as<Identifier>()) {
      // Sloppy code only (strict code rejects it): a binding cannot be deleted; an undeclared
      // name is a property of the global object, deleted like one.
      if (analysis_.resolve(id))
        return module_.boolean(false);
      Instruction *d = emit(Opcode::DeleteProperty, {emit(Opcode::GlobalObject), str(id->name)});
      return d;
    }
    expression(arg);
    return module_.boolean(true);
  }
  if (op == "void") {
    expression(u->argument);
    return module_.undefined();
  }
  if (op == "!")
    return negate(expression(u->argument));
  ir::Value *value = expression(u->argument);
  UnaryOperator uop;
  if (op == "-") uop = UnaryOperator::Neg;
  else if (op == "+") uop = UnaryOperator::ToNumber;
  else if (op == "~") uop = UnaryOperator::BitNot;
  else unsupported(u, "this unary operator");
  Instruction *i = unary(uop, value);
  locate(i, u);  // where V8 reports code (valueOf, toString) the conversion runs
  return i;
}

ir::Value *Lowering::updateExpression(const UpdateExpression *u) {
  UnaryOperator op = u->op == "++" ? UnaryOperator::Inc : UnaryOperator::Dec;
  if (auto *id = u->argument->as<Identifier>()) {
    Variable *v = analysis_.resolve(id);
    ir::Value *old = unary(UnaryOperator::ToNumeric, identifier(id));
    ir::Value *updated = unary(op, old);
    if (v) {
      storeVariable(v, updated, id, false);
    } else {
      Instruction *set = emit(Opcode::SetGlobal, {str(id->name), updated});
      set->strict = state_->function->strict;
    }
    return u->prefix ? updated : old;
  }
  auto *m = u->argument->as<MemberExpression>();
  if (!m || m->object->is<Super>())
    unsupported(u, "this update target");
  if (auto *pid = m->property->as<PrivateIdentifier>()) {
    ir::Value *object = expression(m->object);
    ir::Value *name = privateNameValue(pid);
    ir::Value *old = unary(UnaryOperator::ToNumeric, emit(Opcode::PrivateGet, {object, name}));
    ir::Value *updated = unary(op, old);
    emit(Opcode::PrivateSet, {object, name, updated});
    return u->prefix ? updated : old;
  }
  ir::Value *object = expression(m->object);
  ir::Value *key = m->computed ? unary(UnaryOperator::ToPropertyKey, expression(m->property)) : memberKey(m);
  ir::Value *old = unary(UnaryOperator::ToNumeric, emit(Opcode::GetProperty, {object, key}));
  ir::Value *updated = unary(op, old);
  Instruction *set = emit(Opcode::SetProperty, {object, key, updated});
  set->strict = state_->function->strict;
  return u->prefix ? updated : old;
}

static bool binaryOperatorFor(std::string_view op, BinaryOperator &out, bool &negate, bool &strictEq) {
  negate = false;
  strictEq = false;
  static const struct {
    const char *spelling;
    BinaryOperator op;
  } table[] = {{"+", BinaryOperator::Add},   {"-", BinaryOperator::Sub},    {"*", BinaryOperator::Mul},
               {"/", BinaryOperator::Div},   {"%", BinaryOperator::Mod},    {"**", BinaryOperator::Exp},
               {"<<", BinaryOperator::Shl},  {">>", BinaryOperator::Sar},   {">>>", BinaryOperator::Shr},
               {"&", BinaryOperator::BitAnd}, {"|", BinaryOperator::BitOr}, {"^", BinaryOperator::BitXor},
               {"<", BinaryOperator::Lt},    {"<=", BinaryOperator::Le},    {">", BinaryOperator::Gt},
               {">=", BinaryOperator::Ge},   {"==", BinaryOperator::LooseEq},
               {"instanceof", BinaryOperator::Instanceof}, {"in", BinaryOperator::In}};
  for (auto &entry : table)
    if (op == entry.spelling) {
      out = entry.op;
      return true;
    }
  if (op == "!=") {
    out = BinaryOperator::LooseEq;
    negate = true;
    return true;
  }
  if (op == "===" || op == "!==") {
    strictEq = true;
    negate = op == "!==";
    return true;
  }
  return false;
}

ir::Value *Lowering::binaryExpression(const BinaryExpression *b) {
  if (auto *pid = b->left->as<PrivateIdentifier>())
    return emit(Opcode::PrivateIn, {privateNameValue(pid), expression(b->right)});
  ir::Value *left = expression(b->left);
  ir::Value *right = expression(b->right);
  BinaryOperator op;
  bool negated, strictEq;
  if (!binaryOperatorFor(b->op, op, negated, strictEq))
    unsupported(b, "this binary operator");
  ir::Value *result;
  if (strictEq) {
    result = emit(Opcode::StrictEquals, {left, right});
  } else {
    Instruction *i = binary(op, left, right);
    locateOffset(i, tokenAfter(b->left->end, "")); // V8 reports a binary operation at its operator
    result = i;
  }
  return negated ? negate(result) : result;
}

// !value as a boolean value (also != and !==).
ir::Value *Lowering::negate(ir::Value *value) {
  Instruction *b = emit(Opcode::BoolToValue, {emit(Opcode::BoolNot, {toBoolean(value)})});
  b->type = ir::types::Boolean;
  return b;
}

ir::Value *Lowering::logicalExpression(const LogicalExpression *l) {
  Instruction *slot = allocStack();
  ir::Value *left = expression(l->left);
  emit(Opcode::StoreStack, {slot, left});
  BasicBlock *evaluateRight = newBlock(), *done = newBlock();
  if (l->op == "&&")
    condBranch(toBoolean(left), evaluateRight, done);
  else if (l->op == "||")
    condBranch(toBoolean(left), done, evaluateRight);
  else
    condBranch(emit(Opcode::IsNullish, {left}), evaluateRight, done);
  setBlock(evaluateRight);
  emit(Opcode::StoreStack, {slot, expression(l->right)});
  branch(done);
  setBlock(done);
  return emit(Opcode::LoadStack, {slot});
}

ir::Value *Lowering::conditional(const ConditionalExpression *c) {
  Instruction *slot = allocStack();
  BasicBlock *yes = newBlock(), *no = newBlock(), *done = newBlock();
  branchOn(c->test, yes, no);
  setBlock(yes);
  emit(Opcode::StoreStack, {slot, expression(c->consequent)});
  branch(done);
  setBlock(no);
  emit(Opcode::StoreStack, {slot, expression(c->alternate)});
  branch(done);
  setBlock(done);
  return emit(Opcode::LoadStack, {slot});
}

ir::Value *Lowering::assignment(const AssignmentExpression *a) {
  if (a->left->is<ObjectPattern>() || a->left->is<ArrayPattern>()) {
    ir::Value *value = expression(a->right);
    bindPattern(a->left, value, BindMode::Assign, a->right);
    return value;
  }
  // Each target kind says how to read its old value and how to store; the operator is shared.
  std::function<ir::Value *()> readOld, rhs = [&] { return expression(a->right); };
  std::function<void(ir::Value *)> store;
  if (auto *id = a->left->as<Identifier>()) {
    Variable *v = analysis_.resolve(id);
    store = [&, v, id](ir::Value *value) {
      if (v) {
        storeVariable(v, value, id, false);
      } else {
        Instruction *set = emit(Opcode::SetGlobal, {str(id->name), value});
        set->strict = state_->function->strict;
        locate(set, id);
      }
    };
    rhs = [&, id]() -> ir::Value * {
      // NamedEvaluation: an anonymous function or class takes the target's name.
      const Node *right = a->right;
      if ((right->is<FunctionExpression>() && !right->as<FunctionExpression>()->id) ||
          right->is<ArrowFunctionExpression>())
        return createClosure(right, id->name);
      if (right->is<ClassExpression>() && !right->as<ClassExpression>()->id)
        return classDefinition(right, id->name);
      return expression(right);
    };
    readOld = [&, id] { return identifier(id); };
  } else {
    auto *m = a->left->as<MemberExpression>();
    if (!m)
      unsupported(a->left, "this assignment target");
    bool isSuper = m->object->is<Super>();
    const PrivateIdentifier *pid = m->property->as<PrivateIdentifier>();
    ir::Value *object = isSuper ? readThis(m) : expression(m->object);
    ir::Value *key;
    if (pid) {
      key = privateNameValue(pid);
    } else if (m->computed) {
      Instruction *converted = unary(UnaryOperator::ToPropertyKey, expression(m->property));
      locateOffset(converted, tokenAfter(a->left->end, ""));  // V8: at the assignment operator
      key = converted;
    } else {
      key = memberKey(m);
    }
    ir::Value *home = nullptr;
    if (isSuper) {
      FunctionInfo *owner = state_->info;
      while (owner->isArrow)
        owner = owner->parent;
      home = readVariableRaw(owner->homeBinding);
    }
    store = [=, this](ir::Value *value) {
      if (pid) {
        emit(Opcode::PrivateSet, {object, key, value});
      } else if (isSuper) {
        emit(Opcode::SuperSet, {home, key, value, object});
      } else {
        Instruction *set = emit(Opcode::SetProperty, {object, key, value});
        set->strict = state_->function->strict;
        locateOffset(set, tokenAfter(a->left->end, "")); // at the assignment operator, as V8
      }
    };
    readOld = [=, this]() -> ir::Value * {
      Instruction *old = pid ? emit(Opcode::PrivateGet, {object, key})
                         : isSuper ? emit(Opcode::SuperGet, {home, key, object})
                                   : emit(Opcode::GetProperty, {object, key});
      locate(old, m->property);
      return old;
    };
  }

  std::string_view op = a->op;
  if (op == "=") {
    ir::Value *value = rhs();
    store(value);
    return value;
  }
  ir::Value *old = readOld();
  if (op == "&&=" || op == "||=" || op == "??=") {
    // Short-circuit: the right side is evaluated, and the target written, only when needed.
    Instruction *slot = allocStack();
    emit(Opcode::StoreStack, {slot, old});
    BasicBlock *assign = newBlock(), *done = newBlock();
    if (op == "&&=")
      condBranch(toBoolean(old), assign, done);
    else if (op == "||=")
      condBranch(toBoolean(old), done, assign);
    else
      condBranch(emit(Opcode::IsNullish, {old}), assign, done);
    setBlock(assign);
    ir::Value *value = rhs();
    store(value);
    emit(Opcode::StoreStack, {slot, value});
    branch(done);
    setBlock(done);
    return emit(Opcode::LoadStack, {slot});
  }
  BinaryOperator bop;
  bool negate, strictEq;
  binaryOperatorFor(op.substr(0, op.size() - 1), bop, negate, strictEq);
  Instruction *value = binary(bop, old, expression(a->right));
  locate(value, a->right);  // V8 reports `a op= b` at b
  store(value);
  return value;
}

ir::Value *Lowering::memberKey(const MemberExpression *m) {
  if (m->computed)
    return expression(m->property);
  return str(m->property->as<Identifier>()->name);
}

ir::Value *Lowering::propertyKey(const Node *key, bool computed) {
  if (computed) {
    Instruction *i = unary(UnaryOperator::ToPropertyKey, expression(key));
    locate(i, key);
    return i;
  }
  if (auto *id = key->as<Identifier>())
    return str(id->name);
  return unary(UnaryOperator::ToPropertyKey, literal(key->as<Literal>()));
}

// The callee as V8 prints it in "x is not a function" messages (V8's CallPrinter): names, member
// chains and calls as written, literals by value (strings quoted), operators parenthesised with
// spaces around binary ones, and "(intermediate value)" for what it does not print (functions,
// classes, a conditional's three parts, an object literal's property values).
static std::string numberText(double value) {
  char buffer[64];
  double_conversion::StringBuilder builder(buffer, sizeof buffer);
  double_conversion::DoubleToStringConverter::EcmaScriptConverter().ToShortest(value, &builder);
  return builder.Finalize();
}

std::string Lowering::calleeText(const Node *node) {
  static const std::string intermediate = "(intermediate value)";
  switch (node->kind) {
  case NodeKind::Identifier: return std::string(node->as<Identifier>()->name);
  case NodeKind::ThisExpression: return "this";
  case NodeKind::ChainExpression: return calleeText(node->as<ChainExpression>()->expression);
  case NodeKind::CallExpression: return calleeText(node->as<CallExpression>()->callee) + "(...)";
  case NodeKind::MemberExpression: {
    auto *m = node->as<MemberExpression>();
    std::string object = m->object->is<Super>() ? intermediate : calleeText(m->object);
    std::string dot = m->optional ? "?." : ".";
    if (auto *pid = m->property->as<PrivateIdentifier>())
      return object + dot + "#" + std::string(pid->name);
    if (!m->computed)
      return object + dot + std::string(m->property->as<Identifier>()->name);
    // A string key (also a template without substitutions) prints as a property name.
    if (auto *lit = m->property->as<Literal>(); lit && lit->literalKind == LiteralKind::String)
      return object + dot + std::string(lit->string);
    if (auto *t = m->property->as<TemplateLiteral>(); t && t->expressions.size == 0 && t->quasis.size == 1)
      return object + dot + std::string(t->quasis[0]->as<TemplateElement>()->cooked);
    return object + (m->optional ? "?.[" : "[") + calleeText(m->property) + "]";
  }
  case NodeKind::Literal: {
    auto *lit = node->as<Literal>();
    switch (lit->literalKind) {
    case LiteralKind::String: return "\"" + std::string(lit->string) + "\"";
    case LiteralKind::Number: return numberText(lit->number);
    case LiteralKind::Boolean: return lit->boolean ? "true" : "false";
    case LiteralKind::Null: return "null";
    case LiteralKind::RegExp: return std::string(file_.text().substr(lit->start, lit->end - lit->start));
    case LiteralKind::BigInt: return intermediate;
    }
    return intermediate;
  }
  case NodeKind::TemplateLiteral: {
    auto *t = node->as<TemplateLiteral>();
    if (t->expressions.size == 0 && t->quasis.size == 1)
      return "\"" + std::string(t->quasis[0]->as<TemplateElement>()->cooked) + "\"";
    std::string out;
    for (const Node *e : t->expressions)
      out += calleeText(e);
    return out;
  }
  case NodeKind::UnaryExpression: {
    auto *u = node->as<UnaryExpression>();
    auto *lit = u->argument->as<Literal>();
    if (u->op == "-" && lit && lit->literalKind == LiteralKind::Number)
      return numberText(-lit->number); // the parser folds a negated number literal
    bool word = u->op == "typeof" || u->op == "void" || u->op == "delete";
    return "(" + std::string(u->op) + (word ? " " : "") + calleeText(u->argument) + ")";
  }
  case NodeKind::UpdateExpression: {
    auto *u = node->as<UpdateExpression>();
    return "(" + std::string(u->prefix ? u->op : "") + calleeText(u->argument) + std::string(u->prefix ? "" : u->op) + ")";
  }
  case NodeKind::BinaryExpression:
  case NodeKind::LogicalExpression: {
    // A left-nested chain of one operator is one n-ary operation: (a + b + c).
    std::string_view op = node->is<BinaryExpression>() ? node->as<BinaryExpression>()->op : node->as<LogicalExpression>()->op;
    std::vector<const Node *> operands;
    const Node *n = node;
    for (;;) {
      const Node *left, *right;
      std::string_view nop;
      if (auto *b = n->as<BinaryExpression>()) left = b->left, right = b->right, nop = b->op;
      else if (auto *l = n->as<LogicalExpression>()) left = l->left, right = l->right, nop = l->op;
      else break;
      if (nop != op) break;
      operands.push_back(right);
      n = left;
    }
    operands.push_back(n);
    std::string out = "(";
    for (size_t i = operands.size(); i-- > 0;) {
      out += calleeText(operands[i]);
      if (i) out += " " + std::string(op) + " ";
    }
    return out + ")";
  }
  case NodeKind::SequenceExpression: {
    std::string out = "(";
    const NodeList &list = node->as<SequenceExpression>()->expressions;
    for (uint32_t i = 0; i < list.size; ++i)
      out += (i ? " , " : "") + calleeText(list[i]);
    return out + ")";
  }
  case NodeKind::ConditionalExpression: return intermediate + intermediate + intermediate;
  case NodeKind::ArrayExpression: {
    std::string out = "[";
    const NodeList &list = node->as<ArrayExpression>()->elements;
    for (uint32_t i = 0; i < list.size; ++i) {
      if (i) out += ",";
      if (!list[i]) continue;
      if (auto *spread = list[i]->as<SpreadElement>()) out += "(..." + calleeText(spread->argument) + ")";
      else out += calleeText(list[i]);
    }
    return out + "]";
  }
  case NodeKind::ObjectExpression: {
    std::string out = "{";
    for (uint32_t i = 0; i < node->as<ObjectExpression>()->properties.size; ++i)
      out += intermediate;
    return out + "}";
  }
  case NodeKind::AssignmentExpression: return calleeText(node->as<AssignmentExpression>()->left);
  default: return intermediate;
  }
}

ir::Value *Lowering::member(const MemberExpression *m, ir::Value **objectOut) {
  if (m->object->is<Super>())
    return superProperty(m, objectOut);
  ir::Value *object = expression(m->object);
  if (m->optional) {
    BasicBlock *present = newBlock();
    condBranch(emit(Opcode::IsNullish, {object}), chains_.back().nullish, present);
    setBlock(present);
  }
  if (objectOut)
    *objectOut = object;
  if (auto *pid = m->property->as<PrivateIdentifier>()) {
    Instruction *get = emit(Opcode::PrivateGet, {object, privateNameValue(pid)});
    locate(get, m);
    return get;
  }
  ir::Value *key = memberKey(m);
  Instruction *get = emit(Opcode::GetProperty, {object, key});
  // Where V8 reports a failed property read: the name, or a computed key's '['.
  if (m->computed)
    locateOffset(get, tokenAfter(m->object->end, "["));
  else
    locate(get, m->property);
  return get;
}

void Lowering::arguments(const NodeList &args, std::vector<ir::Value *> &out) {
  for (const Node *arg : args)
    out.push_back(expression(arg));
}

ir::Value *Lowering::call(const CallExpression *c) {
  if (c->callee->is<Super>())
    return superCall(c);
  ir::Value *callee;
  ir::Value *thisValue = module_.undefined();
  if (auto *m = c->callee->as<MemberExpression>())
    callee = member(m, &thisValue);
  else
    callee = expression(c->callee);
  if (c->optional) {
    BasicBlock *present = newBlock();
    condBranch(emit(Opcode::IsNullish, {callee}), chains_.back().nullish, present);
    setBlock(present);
  }
  if (hasSpread(c->arguments)) {
    ir::Value *array = buildArray(c->arguments, true);
    Instruction *i = emit(Opcode::CallSpread, {callee, thisValue, array});
    i->message = calleeText(c->callee);
    locateCall(i, c);
    return i;
  }
  std::vector<ir::Value *> args;
  arguments(c->arguments, args);
  // A call through a function declaration's binding that is never written: its closure is known.
  ir::Function *known = nullptr;
  if (auto *id = c->callee->as<Identifier>())
    if (Variable *v = analysis_.resolve(id); v && v->kind == VariableKind::Function && !v->assigned && v->declaration)
      if (auto it = declaredFunctions_.find(v->declaration); it != declaredFunctions_.end())
        known = it->second;
  Instruction *i = emit(known ? Opcode::CallDirect : Opcode::Call, {callee, thisValue});
  i->function = known;
  i->operands.insert(i->operands.end(), args.begin(), args.end());
  i->message = calleeText(c->callee);
  locateCall(i, c);
  return i;
}

uint32_t Lowering::skipTrivia(uint32_t offset) {
  std::string_view text = file_.text();
  size_t at = offset;
  while (at < text.size()) {
    if (text.compare(at, 2, "//") == 0) {
      at = text.find('\n', at);
    } else if (text.compare(at, 2, "/*") == 0) {
      at = text.find("*/", at + 2);
      if (at != std::string_view::npos)
        at += 2;
      continue;
    } else if (!(text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) {
      break;
    }
    if (at != std::string_view::npos)
      ++at;
  }
  return at == std::string_view::npos ? uint32_t(text.size()) : uint32_t(at);
}

uint32_t Lowering::tokenAfter(uint32_t offset, std::string_view token) {
  std::string_view text = file_.text();
  uint32_t at = skipTrivia(offset);
  while (at < text.size() && (text[at] == ')' || (!token.empty() && text.compare(at, token.size(), token) != 0)))
    at = skipTrivia(at + 1);
  return at < text.size() ? at : offset;
}

void Lowering::locateCall(Instruction *i, const CallExpression *c) {
  // The '(' after the callee; a ')' right after the callee closes a parenthesized one.
  std::string_view text = file_.text();
  uint32_t next = skipTrivia(c->callee->end);
  bool parenthesized = next < text.size() && text[next] == ')';
  const Node *callee = c->callee;
  auto *member = callee->as<MemberExpression>();
  bool named = callee->as<Identifier>() || (member && !member->computed);
  if (named && !parenthesized && !c->optional)
    locateCall(i, callee);
  else
    locateOffset(i, tokenAfter(callee->end, "("));
}

ir::Value *Lowering::newExpression(const NewExpression *n) {
  ir::Value *callee = expression(n->callee);
  if (hasSpread(n->arguments)) {
    ir::Value *array = buildArray(n->arguments, true);
    Instruction *i = emit(Opcode::ConstructSpread, {callee, callee, array});
    i->message = calleeText(n->callee);
    locate(i, n);
    return i;
  }
  std::vector<ir::Value *> args;
  arguments(n->arguments, args);
  Instruction *i = emit(Opcode::Construct, {callee, callee});
  i->operands.insert(i->operands.end(), args.begin(), args.end());
  i->message = calleeText(n->callee);
  locate(i, n);
  return i;
}

ir::Value *Lowering::chain(const ChainExpression *c) {
  Instruction *slot = allocStack();
  BasicBlock *nullish = newBlock(), *done = newBlock();
  chains_.push_back({nullish});
  emit(Opcode::StoreStack, {slot, expression(c->expression)});
  chains_.pop_back();
  branch(done);
  setBlock(nullish);
  emit(Opcode::StoreStack, {slot, module_.undefined()});
  branch(done);
  setBlock(done);
  return emit(Opcode::LoadStack, {slot});
}

ir::Value *Lowering::objectLiteral(const ObjectExpression *o) {
  Instruction *object = emit(Opcode::AllocObject);
  for (const Node *p : o->properties) {
    if (auto *spread = p->as<SpreadElement>()) {
      emit(Opcode::CopyDataProperties, {object, expression(spread->argument), module_.undefined()});
      continue;
    }
    auto *prop = p->as<Property>();
    if (isProtoSetter(prop)) {
      emit(Opcode::SetPrototypeFromLiteral, {object, expression(prop->value)});
      continue;
    }
    ir::Value *key = propertyKey(prop->key, prop->computed);
    std::string_view name = prop->key->is<Identifier>() && !prop->computed ? prop->key->as<Identifier>()->name : "";
    if (prop->method || prop->kind != "init") {
      std::string fullName = prop->kind == "get" ? "get " + std::string(name)
                             : prop->kind == "set" ? "set " + std::string(name)
                                                   : std::string(name);
      ir::Value *fn = createClosure(prop->value, module_.string(fullName)->string, true, prop);
      Instruction *define = emit(Opcode::DefineMethod, {object, key, fn});
      define->index = prop->kind == "get" ? 1 : prop->kind == "set" ? 2 : 0;
      define->strict = true; // enumerable on object literals
      continue;
    }
    ir::Value *value;
    if ((prop->value->is<FunctionExpression>() && !prop->value->as<FunctionExpression>()->id) ||
        prop->value->is<ArrowFunctionExpression>())
      value = createClosure(prop->value, name);
    else if (prop->value->is<ClassExpression>() && !prop->value->as<ClassExpression>()->id)
      value = classDefinition(prop->value, name);
    else
      value = expression(prop->value);
    emit(Opcode::DefineProperty, {object, key, value});
  }
  return object;
}

ir::Value *Lowering::arrayLiteral(const ArrayExpression *a) {
  if (hasSpread(a->elements))
    return buildArray(a->elements);
  std::vector<ir::Value *> elements;
  for (const Node *e : a->elements)
    elements.push_back(e ? expression(e) : module_.empty());
  Instruction *array = emit(Opcode::AllocArray);
  array->operands = elements;
  return array;
}

} // namespace kiln::irgen
