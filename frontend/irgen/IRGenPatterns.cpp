// AST -> IR lowering of destructuring, for-in/for-of iteration, and spread.
//
// Array patterns, for-of and spread go through the iterator protocol (GetIterator /
// IteratorStep); an iterator a for-of leaves early (break, return, an exception) is closed. The
// for-of body is a region like a `finally`'s: break and return leave through code that closes the
// iterator before continuing the jump; an exception closes it quietly and rethrows.
#include "frontend/irgen/Lowering.h"

namespace kiln::irgen {

bool Lowering::hasSpread(const NodeList &list) const {
  for (const Node *n : list)
    if (n && n->is<SpreadElement>())
      return true;
  return false;
}

// An array of the elements, spreading iterables (array literals with spread, spread arguments).
// In `callArguments`, only a single spread in last position names its expression in errors (see
// kiln_array_append_argument_spread_rjs).
ir::Value *Lowering::buildArray(const NodeList &elements, bool callArguments) {
  Instruction *array = emit(Opcode::AllocArray);
  uint32_t spreads = 0;
  for (const Node *e : elements)
    spreads += e && e->is<SpreadElement>();
  for (uint32_t n = 0; n < elements.size; ++n) {
    const Node *e = elements[n];
    if (!e) {
      emit(Opcode::ArrayPush, {array, module_.empty()});
    } else if (auto *spread = e->as<SpreadElement>()) {
      Instruction *append = emit(Opcode::ArrayAppendSpread, {array, expression(spread->argument)});
      if (!callArguments) {
        append->message = iterableText(spread->argument);
      } else {
        append->index = 1;
        if (spreads == 1 && n + 1 == elements.size)
          append->message = calleeText(spread->argument);
      }
    } else
      emit(Opcode::ArrayPush, {array, expression(e)});
  }
  return array;
}

// The iterable or destructured expression as V8 names it in errors (as a callee is named).
// The destructured expression as V8 names it in errors (as a callee is named).
std::string Lowering::sourceText(const Node *node) {
  return node ? calleeText(node) : std::string();
}

// The iterated expression as V8 names it in "x is not iterable"; a call's result is blamed on
// the callee: "f is not a function or its return value is not iterable".
std::string Lowering::iterableText(const Node *node) {
  if (!node)
    return {};
  if (auto *c = node->as<CallExpression>(); c && !c->callee->is<Super>())
    return calleeText(c->callee) + " is not a function or its return value";
  if (auto *n = node->as<NewExpression>())
    return calleeText(n->callee) + " is not a function or its return value";
  return calleeText(node);
}

Lowering::PreparedTarget Lowering::prepareTarget(const Node *target) {
  PreparedTarget prepared;
  if (auto *ap = target->as<AssignmentPattern>())
    target = ap->left;
  auto *m = target->as<MemberExpression>();
  if (!m)
    return prepared;
  if (m->object->is<Super>())
    unsupported(m, "super properties as destructuring targets");
  prepared.object = expression(m->object);
  if (auto *pid = m->property->as<PrivateIdentifier>()) {
    prepared.privateName = pid;
    prepared.key = privateNameValue(pid);
  } else {
    prepared.key = m->computed ? unary(UnaryOperator::ToPropertyKey, expression(m->property)) : memberKey(m);
  }
  return prepared;
}

void Lowering::bindPrepared(const Node *target, const PreparedTarget &prepared, ir::Value *value, BindMode mode,
                            bool nested) {
  const Node *inner = target->is<AssignmentPattern>() ? target->as<AssignmentPattern>()->left : target;
  if (!prepared.object) {
    bindPattern(target, value, mode, nullptr, nested);
    return;
  }
  if (auto *ap = target->as<AssignmentPattern>()) {
    // Default first, then the store into the already evaluated member.
    Instruction *slot = allocStack();
    emit(Opcode::StoreStack, {slot, value});
    BasicBlock *useDefault = newBlock(), *done = newBlock();
    condBranch(emit(Opcode::IsUndefined, {value}), useDefault, done);
    setBlock(useDefault);
    emit(Opcode::StoreStack, {slot, expression(ap->right)});
    branch(done);
    setBlock(done);
    value = emit(Opcode::LoadStack, {slot});
  }
  if (prepared.privateName) {
    emit(Opcode::PrivateSet, {prepared.object, prepared.key, value});
    return;
  }
  Instruction *set = emit(Opcode::SetProperty, {prepared.object, prepared.key, value});
  set->strict = state_->function->strict;
  locate(set, inner);
}

void Lowering::bindPattern(const Node *pattern, ir::Value *value, BindMode mode, const Node *source, bool nested) {
  switch (pattern->kind) {
  case NodeKind::Identifier: {
    auto *id = pattern->as<Identifier>();
    if (Variable *v = analysis_.resolve(id)) {
      storeVariable(v, value, id, mode == BindMode::Initialize);
    } else {
      Instruction *set = emit(Opcode::SetGlobal, {str(id->name), value});
      set->strict = state_->function->strict;
      locate(set, id);
    }
    return;
  }
  case NodeKind::MemberExpression:
    bindPrepared(pattern, prepareTarget(pattern), value, mode);
    return;
  case NodeKind::AssignmentPattern: {
    auto *ap = pattern->as<AssignmentPattern>();
    Instruction *slot = allocStack();
    emit(Opcode::StoreStack, {slot, value});
    BasicBlock *useDefault = newBlock(), *done = newBlock();
    condBranch(emit(Opcode::IsUndefined, {value}), useDefault, done);
    setBlock(useDefault);
    ir::Value *fallback;
    const Node *right = ap->right;
    auto *id = ap->left->as<Identifier>();
    if (id && ((right->is<FunctionExpression>() && !right->as<FunctionExpression>()->id) ||
               right->is<ArrowFunctionExpression>()))
      fallback = createClosure(right, id->name);
    else if (id && right->is<ClassExpression>() && !right->as<ClassExpression>()->id)
      fallback = classDefinition(right, id->name);
    else
      fallback = expression(right);
    emit(Opcode::StoreStack, {slot, fallback});
    branch(done);
    setBlock(done);
    bindPattern(ap->left, emit(Opcode::LoadStack, {slot}), mode, nullptr, nested);
    return;
  }
  case NodeKind::ObjectPattern: {
    auto *op = pattern->as<ObjectPattern>();
    // V8 checks for undefined and null up front only for an empty pattern, a computed first key
    // or a rest, or for a whole binding's first plain property (then "Cannot destructure property
    // 'a' of 'x' as it is null."). A nested pattern, or a first property with a default, fails
    // on reading that property instead ("Cannot read properties of null (reading 'a')").
    auto *first = op->properties.empty() ? nullptr : op->properties[0]->as<Property>();
    bool readFails = first && !first->computed && (nested || first->value->is<AssignmentPattern>());
    if (!readFails) {
      Instruction *check = emit(Opcode::RequireObjectCoercible, {value});
      if (first && !first->computed) {
        if (auto *id = first->key->as<Identifier>())
          check->name = id->name;
        else if (auto *lit = first->key->as<Literal>(); lit && lit->literalKind == LiteralKind::String)
          check->name = lit->string;
      }
      check->message = sourceText(source);
      locate(check, pattern);
    }
    bool hasRest = !op->properties.empty() && op->properties[op->properties.size - 1]->is<RestElement>();
    Instruction *excluded = hasRest ? emit(Opcode::AllocArray) : nullptr;
    for (const Node *p : op->properties) {
      if (auto *rest = p->as<RestElement>()) {
        PreparedTarget target = prepareTarget(rest->argument);
        Instruction *copy = emit(Opcode::AllocObject);
        emit(Opcode::CopyDataProperties, {copy, value, excluded});
        bindPrepared(rest->argument, target, copy, mode);
        continue;
      }
      auto *prop = p->as<Property>();
      ir::Value *key = propertyKey(prop->key, prop->computed);
      if (excluded)
        emit(Opcode::ArrayPush, {excluded, key});
      PreparedTarget target = prepareTarget(prop->value);
      Instruction *get = emit(Opcode::GetProperty, {value, key});
      locate(get, prop);
      bindPrepared(prop->value, target, get, mode, true);
    }
    return;
  }
  case NodeKind::ArrayPattern: {
    auto *ap = pattern->as<ArrayPattern>();
    Instruction *iterator = emit(Opcode::GetIterator, {value});
    iterator->message = iterableText(source);
    if (mode == BindMode::Assign && source)
      iterator->index = 1, iterator->message.clear(); // V8 names the value by its type here
    locate(iterator, pattern);
    Instruction *iteratorSlot = allocStack();
    emit(Opcode::StoreStack, {iteratorSlot, iterator});
    Instruction *doneSlot = allocStack();
    emit(Opcode::StoreStack, {doneSlot, module_.boolean(false)});
    // An exception while binding closes the iterator (unless it is exhausted) and propagates.
    BasicBlock *outerHandler = handler_;
    BasicBlock *closeOnThrow = newBlock();
    handler_ = closeOnThrow;
    BasicBlock *start = newBlock();
    branch(start);
    setBlock(start);
    for (const Node *element : ap->elements) {
      if (auto *rest = element ? element->as<RestElement>() : nullptr) {
        PreparedTarget target = prepareTarget(rest->argument);
        Instruction *slot = allocStack();
        BasicBlock *exhausted = newBlock(), *more = newBlock(), *done = newBlock();
        condBranch(toBoolean(emit(Opcode::LoadStack, {doneSlot})), exhausted, more);
        setBlock(exhausted);
        emit(Opcode::StoreStack, {slot, emit(Opcode::AllocArray)});
        branch(done);
        setBlock(more);
        emit(Opcode::StoreStack, {doneSlot, module_.boolean(true)}); // a failing next() must not be closed
        emit(Opcode::StoreStack, {slot, emit(Opcode::IteratorRest, {iterator})});
        branch(done);
        setBlock(done);
        bindPrepared(rest->argument, target, emit(Opcode::LoadStack, {slot}), mode);
        continue;
      }
      PreparedTarget target = element ? prepareTarget(element) : PreparedTarget{};
      // The next value, or undefined once the iterator is done.
      Instruction *slot = allocStack();
      emit(Opcode::StoreStack, {slot, module_.undefined()});
      BasicBlock *step = newBlock(), *stepped = newBlock(), *finished = newBlock(), *done = newBlock();
      condBranch(toBoolean(emit(Opcode::LoadStack, {doneSlot})), done, step);
      setBlock(step);
      // If next() itself throws, the iterator is not closed: mark it done while stepping.
      emit(Opcode::StoreStack, {doneSlot, module_.boolean(true)});
      Instruction *next = emit(Opcode::IteratorStep, {iterator});
      condBranch(emit(Opcode::IsEmpty, {next}), finished, stepped);
      setBlock(finished);
      branch(done);
      setBlock(stepped);
      emit(Opcode::StoreStack, {doneSlot, module_.boolean(false)});
      emit(Opcode::StoreStack, {slot, next});
      branch(done);
      setBlock(done);
      if (element)
        bindPrepared(element, target, emit(Opcode::LoadStack, {slot}), mode, true);
    }
    handler_ = outerHandler;
    // Not exhausted: close the iterator.
    BasicBlock *close = newBlock(), *after = newBlock();
    condBranch(toBoolean(emit(Opcode::LoadStack, {doneSlot})), after, close);
    setBlock(close);
    emit(Opcode::IteratorClose, {iterator});
    branch(after);

    setBlock(closeOnThrow);
    Instruction *exception = emit(Opcode::Catch);
    BasicBlock *quietClose = newBlock(), *rethrow = newBlock();
    condBranch(toBoolean(emit(Opcode::LoadStack, {doneSlot})), rethrow, quietClose);
    setBlock(quietClose);
    emit(Opcode::IteratorCloseQuiet, {emit(Opcode::LoadStack, {iteratorSlot})});
    branch(rethrow);
    setBlock(rethrow);
    emit(Opcode::Throw, {exception});
    setBlock(after);
    return;
  }
  default:
    unsupported(pattern, "this binding pattern");
  }
}

void Lowering::forInOf(const Node *node) {
  std::vector<std::string_view> labels = takeLabels();
  bool isOf = node->is<ForOfStatement>();
  const Node *left = isOf ? node->as<ForOfStatement>()->left : node->as<ForInStatement>()->left;
  const Node *right = isOf ? node->as<ForOfStatement>()->right : node->as<ForInStatement>()->right;
  const Node *body = isOf ? node->as<ForOfStatement>()->body : node->as<ForInStatement>()->body;
  Scope *scope = analysis_.scopeOf(node);

  // The iterated expression sees the loop's lexical names uninitialised (TDZ).
  enterScope(scope);
  Instruction *iterator = emit(isOf ? Opcode::GetIterator : Opcode::ForInIterator, {expression(right)});
  if (isOf)
    iterator->message = iterableText(right);
  locate(iterator, right);
  exitScope(scope);
  Instruction *iteratorSlot = allocStack();
  emit(Opcode::StoreStack, {iteratorSlot, iterator});

  BasicBlock *loopBlock = newBlock(), *after = newBlock();
  branch(loopBlock);
  setBlock(loopBlock);
  Instruction *next = emit(Opcode::IteratorStep, {emit(Opcode::LoadStack, {iteratorSlot})});
  BasicBlock *bodyBlock = newBlock();
  condBranch(emit(Opcode::IsEmpty, {next}), after, bodyBlock);

  // for-of: the body is a region whose abrupt exits close the iterator.
  size_t outerDepth = state_->finallyStack.size();
  BasicBlock *outerHandler = handler_;
  FinallyContext close{};
  BasicBlock *closeOnThrow = nullptr;
  if (isOf) {
    close.kindSlot = allocStack();
    close.valueSlot = allocStack();
    close.finallyBlock = newBlock();
    closeOnThrow = newBlock();
    state_->finallyStack.push_back(&close);
    handler_ = closeOnThrow;
  }
  BasicBlock *continueBlock = newBlock();
  BasicBlock *bodyStart = newBlock();
  setBlock(bodyBlock);
  branch(bodyStart);
  setBlock(bodyStart);
  state_->targets.push_back({labels, after, continueBlock, outerDepth, state_->finallyStack.size()});
  enterScope(scope); // a fresh binding (and environment) for every iteration
  if (auto *decl = left->as<VariableDeclaration>())
    bindPattern(decl->declarations[0]->as<VariableDeclarator>()->id, next, BindMode::Initialize);
  else
    bindPattern(left, next, BindMode::Assign);
  statement(body);
  exitScope(scope);
  state_->targets.pop_back();
  branch(continueBlock);
  setBlock(continueBlock);
  branch(loopBlock);

  if (isOf) {
    state_->finallyStack.pop_back();
    handler_ = outerHandler;
    // An exception in the body: close the iterator, ignoring what that throws, and rethrow.
    setBlock(closeOnThrow);
    Instruction *exception = emit(Opcode::Catch);
    emit(Opcode::IteratorCloseQuiet, {emit(Opcode::LoadStack, {iteratorSlot})});
    emit(Opcode::Throw, {exception});
    // break/return/continue-outer: close the iterator, then go on.
    setBlock(close.finallyBlock);
    emit(Opcode::IteratorClose, {emit(Opcode::LoadStack, {iteratorSlot})});
    dispatchFinally(close, after);
  }
  setBlock(after);
}

} // namespace kiln::irgen
