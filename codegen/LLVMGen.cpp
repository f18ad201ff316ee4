// IR -> LLVM IR. Every JavaScript value is an i64 (value_layout.def); every compiled function has
// the generic entry `i64 (i64 callee, i64 this, ptr args, i32 argc, i64 newTarget)`; runtime entry
// points are declared from RuntimeFunctions.def, so a call with the wrong signature cannot be
// emitted.
//
// Exceptions follow the marker protocol: after every instruction whose effects say MayThrow, the
// result is compared with ValueException and control goes to the block's handler (an IR block
// starting with Catch) or, without one, to a shared block that returns the marker to the caller.
//
// String literals are static data: each is a flat String cell in the program's writable data
// (the runtime interns it at start-up, setting its header bits), so a literal is a constant value.
#include "codegen/LLVMGen.h"

#include <cmath>
#include <cstring>
#include <unordered_map>

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <llvm/TargetParser/Host.h>

#include "codegen/Targets.h"
#include "ir/IR.h"
#include "runtime/include/kiln/WTF8.h"

namespace kiln::codegen {

namespace {

namespace layout {
#define VALUE_CONSTANT(Name, Value) constexpr uint64_t Name = Value;
#define LAYOUT_OFFSET(Name, Bytes) constexpr uint64_t Name = Bytes;
#include "runtime/include/kiln/value_layout.def"
} // namespace layout

enum class RuntimeId {
#define RUNTIME_FUNCTION(Name, Result, Parameters, Effects) Name,
#include "runtime/include/kiln/RuntimeFunctions.def"
  Count
};

struct RuntimeSignature {
  const char *name;
  const char *result;
  const char *parameters;
  const char *effects;
};

const RuntimeSignature kRuntime[] = {
#define RUNTIME_FUNCTION(Name, Result, Parameters, Effects) {#Name, #Result, #Parameters, #Effects},
#include "runtime/include/kiln/RuntimeFunctions.def"
};

// ECMAScript ToInt32, for number literals that stand in for Int32 operands.
int32_t toInt32Constant(double d) {
  if (!std::isfinite(d))
    return 0;
  double m = std::fmod(std::trunc(d), 4294967296.0);
  if (m < 0)
    m += 4294967296.0;
  return int32_t(uint32_t(m));
}

uint64_t encodeNumber(double d) {
  if (d == std::floor(d) && d >= -2147483648.0 && d <= 2147483647.0 && !(d == 0 && std::signbit(d)))
    return layout::NumberTag | uint32_t(int32_t(d));
  if (d != d)
    d = std::nan("");
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  if (d != d)
    bits = 0x7ff8000000000000ull;
  return bits + layout::DoubleEncodeOffset;
}

class Generator {
public:
  Generator(ir::Module &module, llvm::Module &out, bool debugInfo)
      : module_(module), out_(out), ctx_(out.getContext()), builder_(ctx_), debugInfo_(debugInfo) {
    i64_ = llvm::Type::getInt64Ty(ctx_);
    i32_ = llvm::Type::getInt32Ty(ctx_);
    i1_ = llvm::Type::getInt1Ty(ctx_);
    ptr_ = llvm::PointerType::get(ctx_, 0);
    entryType_ = llvm::FunctionType::get(i64_, {i64_, i64_, ptr_, i32_, i64_}, false);
  }

  void run();

private:
  llvm::Type *typeOf(std::string_view token) {
    if (token == "V" || token == "I64") return i64_;
    if (token == "I32" || token == "U32") return i32_;
    if (token == "P") return ptr_;
    if (token == "D") return llvm::Type::getDoubleTy(ctx_);
    if (token == "Void") return llvm::Type::getVoidTy(ctx_);
    return nullptr;
  }
  llvm::FunctionCallee runtime(RuntimeId id);
  llvm::Value *callRuntime(RuntimeId id, llvm::ArrayRef<llvm::Value *> args) {
    return builder_.CreateCall(runtime(id), args);
  }
  llvm::Value *constant(uint64_t v) { return llvm::ConstantInt::get(i64_, v); }
  llvm::Type *doubleType() { return llvm::Type::getDoubleTy(ctx_); }
  llvm::Value *u32(uint32_t v) { return llvm::ConstantInt::get(i32_, v); }
  llvm::Value *value(ir::Value *v);
  llvm::Value *doubleOperand(ir::Value *v);
  llvm::Value *int32Operand(ir::Value *v);
  llvm::Value *toInt32(llvm::Value *d);
  llvm::Value *asPointer(llvm::Value *v) { return builder_.CreateIntToPtr(v, ptr_); }
  llvm::Value *asValue(llvm::Value *p) { return builder_.CreatePtrToInt(p, i64_); }
  llvm::Value *cString(std::string_view s);
  llvm::Value *argumentArray(llvm::ArrayRef<ir::Value *> values);
  void checkException(llvm::Value *result, ir::Instruction *i);
  llvm::BasicBlock *exceptionTarget(ir::Instruction *i);
  std::string_view sourceLine(uint32_t line);
  llvm::Value *cachedString(std::string_view s);
  void function(ir::Function *f);
  void instruction(ir::Instruction *i);
  llvm::Value *walkEnvironment(llvm::Value *env, uint32_t hops);
  llvm::Value *slotAddress(llvm::Value *env, uint32_t index);
  void emitMain();
  bool hasCacheableName(ir::Instruction *i);
  llvm::Value *cachedGet(ir::Instruction *i);
  llvm::Value *cachedSet(ir::Instruction *i);
  llvm::Value *cachedSlotAddress(llvm::Value *object, llvm::Value *cache, llvm::BasicBlock *miss, bool fromPrototype);
  llvm::Value *elementAccess(ir::Instruction *i);
  llvm::Value *isCellValue(llvm::Value *v);
  static llvm::CmpInst::Predicate comparison(ir::BinaryOperator op, bool onDoubles);
  llvm::Value *unboxedSlot(llvm::Constant *initial);
  unsigned arrayCellKind();

  ir::Module &module_;
  llvm::Module &out_;
  llvm::LLVMContext &ctx_;
  llvm::IRBuilder<> builder_;
  // -g: DWARF line tables mapping machine code to the JavaScript source.
  bool debugInfo_;
  std::unique_ptr<llvm::DIBuilder> di_;
  llvm::DIFile *diFile_ = nullptr;
  llvm::DISubprogram *subprogram_ = nullptr;
  void beginDebugInfo();
  void setDebugLocation(uint32_t line, uint32_t column);
  llvm::Type *i64_, *i32_, *i1_;
  llvm::PointerType *ptr_;
  llvm::FunctionType *entryType_;
  llvm::Function *runtimeFunctions_[size_t(RuntimeId::Count)] = {};
  std::unordered_map<ir::Function *, llvm::Function *> functions_;
  std::vector<llvm::Constant *> stringCells_;  // per literal index: its static String cell
  llvm::Constant *stringCell(const std::string &wtf8);
  llvm::GlobalVariable *undefinedCell_ = nullptr;
  llvm::GlobalVariable *stackLimit_ = nullptr;
  // The cell every named-property site owns (runtime/object/PropertyCache.h):
  // { Shape *shape, i32 slot, i32 inserts, PropertyCacheEntry *entries, Object *holder,
  //   Shape *holderShape }.
  llvm::StructType *propertyCacheType_ = nullptr;
  // The shadow stack (runtime/exception/StackTrace.h): every function's frame record
  // { StackFrameRecord *parent, i64 position, i64 callee, i64 this, i64 newTarget } is linked onto
  // kiln_frame_top while it runs, and holds the position of the instruction that may throw or call.
  llvm::StructType *frameRecordType_ = nullptr;
  llvm::GlobalVariable *frameTop_ = nullptr;
  llvm::Value *frameRecord_ = nullptr;
  void storePosition(ir::Instruction *i);
  std::vector<uint32_t> lineStarts_;
  std::unordered_map<std::string, llvm::Value *> cStrings_;

  // Per function.
  llvm::Function *current_ = nullptr;
  ir::Function *currentIR_ = nullptr;
  std::unordered_map<ir::BasicBlock *, llvm::BasicBlock *> blocks_;
  std::unordered_map<ir::Instruction *, llvm::Value *> values_;
  llvm::BasicBlock *propagate_ = nullptr;
  llvm::Instruction *allocaPoint_ = nullptr;
  ir::BasicBlock *currentBlock_ = nullptr;
};

llvm::FunctionCallee Generator::runtime(RuntimeId id) {
  llvm::Function *&f = runtimeFunctions_[size_t(id)];
  if (!f) {
    const RuntimeSignature &sig = kRuntime[size_t(id)];
    std::vector<llvm::Type *> params;
    std::string_view list(sig.parameters);
    list = list.substr(1, list.size() - 2); // strip the parentheses
    while (!list.empty()) {
      size_t comma = list.find(',');
      std::string_view param = list.substr(0, comma);
      while (!param.empty() && param.front() == ' ')
        param.remove_prefix(1);
      std::string_view type = param.substr(0, param.find(' '));
      if (!type.empty())
        params.push_back(typeOf(type));
      if (comma == std::string_view::npos)
        break;
      list.remove_prefix(comma + 1);
    }
    auto *type = llvm::FunctionType::get(typeOf(sig.result), params, false);
    f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, sig.name, out_);
    f->setDoesNotThrow(); // the marker protocol, never C++ unwinding
    if (std::strcmp(sig.effects, "Pure") == 0)
      f->setOnlyReadsMemory();
  }
  return f;
}

llvm::Value *Generator::cString(std::string_view s) {
  return builder_.CreateGlobalStringPtr(llvm::StringRef(s.data(), s.size()), "kiln.cstr");
}

llvm::Value *Generator::value(ir::Value *v) {
  switch (v->kind()) {
  case ir::Value::Kind::Number: return constant(encodeNumber(static_cast<ir::Literal *>(v)->number));
  case ir::Value::Kind::Boolean: return constant(static_cast<ir::Literal *>(v)->boolean ? layout::ValueTrue : layout::ValueFalse);
  case ir::Value::Kind::Undefined: return constant(layout::ValueUndefined);
  case ir::Value::Kind::Null: return constant(layout::ValueNull);
  case ir::Value::Kind::Empty: return constant(layout::ValueEmpty);
  case ir::Value::Kind::String:
    return llvm::ConstantExpr::getPtrToInt(stringCells_[static_cast<ir::Literal *>(v)->index], i64_);
  case ir::Value::Kind::Instruction: return values_.at(static_cast<ir::Instruction *>(v));
  }
  return nullptr;
}

// Operands of the unboxed-number instructions: a number literal is the constant itself.
llvm::Value *Generator::doubleOperand(ir::Value *v) {
  if (v->kind() == ir::Value::Kind::Number)
    return llvm::ConstantFP::get(doubleType(), static_cast<ir::Literal *>(v)->number);
  return values_.at(static_cast<ir::Instruction *>(v));
}

llvm::Value *Generator::int32Operand(ir::Value *v) {
  if (v->kind() == ir::Value::Kind::Number)
    return u32(uint32_t(toInt32Constant(static_cast<ir::Literal *>(v)->number)));
  return values_.at(static_cast<ir::Instruction *>(v));
}

// ToInt32 of a double: one truncating conversion when the magnitude is small enough for it to be
// exact (below 2^63 where a 64-bit conversion is native, else below 2^31; then the low 32 bits are
// the answer), and a cold call for the rest (huge magnitudes, NaN, infinities).
llvm::Value *Generator::toInt32(llvm::Value *d) {
  bool wide = out_.getDataLayout().getPointerSizeInBits() == 64;
  llvm::Value *magnitude = builder_.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, d);
  llvm::Value *small = builder_.CreateFCmpOLT(magnitude, llvm::ConstantFP::get(doubleType(), wide ? 9223372036854775808.0 : 2147483648.0));
  llvm::BasicBlock *fast = llvm::BasicBlock::Create(ctx_, "toint32.fast", current_);
  llvm::BasicBlock *slow = llvm::BasicBlock::Create(ctx_, "toint32.slow", current_);
  llvm::BasicBlock *done = llvm::BasicBlock::Create(ctx_, "toint32.done", current_);
  builder_.CreateCondBr(small, fast, slow, llvm::MDBuilder(ctx_).createBranchWeights(1000, 1));
  builder_.SetInsertPoint(fast);
  llvm::Value *truncated = wide ? builder_.CreateTrunc(builder_.CreateFPToSI(d, i64_), i32_) : builder_.CreateFPToSI(d, i32_);
  builder_.CreateBr(done);
  builder_.SetInsertPoint(slow);
  llvm::Value *converted = callRuntime(RuntimeId::kiln_double_to_int32, {d});
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  llvm::PHINode *phi = builder_.CreatePHI(i32_, 2);
  phi->addIncoming(truncated, fast);
  phi->addIncoming(converted, slow);
  return phi;
}

llvm::Value *Generator::argumentArray(llvm::ArrayRef<ir::Value *> values) {
  if (values.empty())
    return llvm::ConstantPointerNull::get(ptr_);
  llvm::IRBuilder<> entry(allocaPoint_);
  llvm::Value *array = entry.CreateAlloca(llvm::ArrayType::get(i64_, values.size()));
  for (size_t n = 0; n < values.size(); ++n)
    builder_.CreateStore(value(values[n]), builder_.CreateConstInBoundsGEP2_64(llvm::ArrayType::get(i64_, values.size()), array, 0, n));
  return array;
}

llvm::BasicBlock *Generator::exceptionTarget(ir::Instruction *i) {
  llvm::BasicBlock *target = currentBlock_->handler ? blocks_.at(currentBlock_->handler) : propagate_;
  if (!i || i->line == 0)
    return target;
  // A cold block that reports this source position to the runtime on the way out.
  llvm::BasicBlock *site = llvm::BasicBlock::Create(ctx_, "exception.site", current_);
  llvm::IRBuilder<> cold(site);
  cold.CreateCall(runtime(RuntimeId::kiln_exception_site), {u32(i->line), u32(i->column), cachedString(sourceLine(i->line))});
  cold.CreateBr(target);
  return site;
}

std::string_view Generator::sourceLine(uint32_t line) {
  if (lineStarts_.empty()) {
    lineStarts_.push_back(0);
    std::string_view text = module_.sourceText;
    for (size_t n = 0; n < text.size(); ++n)
      if (text[n] == '\n' || (text[n] == '\r' && !(n + 1 < text.size() && text[n + 1] == '\n')))
        lineStarts_.push_back(uint32_t(n + 1));
  }
  if (line == 0 || line > lineStarts_.size())
    return {};
  std::string_view text = module_.sourceText;
  size_t start = lineStarts_[line - 1];
  size_t end = start;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r')
    ++end;
  return text.substr(start, end - start);
}

llvm::Value *Generator::cachedString(std::string_view s) {
  auto it = cStrings_.find(std::string(s));
  if (it != cStrings_.end())
    return it->second;
  llvm::IRBuilder<> global(ctx_);
  llvm::Constant *data = llvm::ConstantDataArray::getString(ctx_, llvm::StringRef(s.data(), s.size()));
  auto *g = new llvm::GlobalVariable(out_, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, "kiln.site");
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  cStrings_.emplace(std::string(s), g);
  return g;
}

void Generator::checkException(llvm::Value *result, ir::Instruction *i) {
  llvm::BasicBlock *target = exceptionTarget(i);
  llvm::BasicBlock *next = llvm::BasicBlock::Create(ctx_, "", current_);
  llvm::Value *threw = builder_.CreateICmpEQ(result, constant(layout::ValueException));
  builder_.CreateCondBr(threw, target, next, llvm::MDBuilder(ctx_).createBranchWeights(1, 1000));
  builder_.SetInsertPoint(next);
}

llvm::Value *Generator::walkEnvironment(llvm::Value *env, uint32_t hops) {
  for (uint32_t n = 0; n < hops; ++n) {
    llvm::Value *parentAddress = builder_.CreateConstInBoundsGEP1_64(llvm::Type::getInt8Ty(ctx_), asPointer(env), layout::EnvironmentParentOffset);
    env = builder_.CreateLoad(i64_, parentAddress);
  }
  return env;
}

llvm::Value *Generator::slotAddress(llvm::Value *env, uint32_t index) {
  return builder_.CreateConstInBoundsGEP1_64(llvm::Type::getInt8Ty(ctx_), asPointer(env),
                                              layout::EnvironmentSlotsOffset + 8 * uint64_t(index));
}

// ---- Inline caches for o.name and o.name = v --------------------------------------------------
// A site whose key is a literal name gets a PropertyCache cell in .bss. The generated code checks
// that the base is an object whose shape is the cell's and then loads (stores) slots[slot] itself,
// of the object or, for loads, of the cell's holder (a prototype, whose shape is checked too);
// anything else calls the cached entry point, which probes and fills the cell.

bool Generator::hasCacheableName(ir::Instruction *i) {
  ir::Value *key = i->operands[1];
  if (key->kind() != ir::Value::Kind::String)
    return false;
  const std::string &name = static_cast<ir::Literal *>(key)->string;
  // Literals up to 256 code units are interned (kiln_string_literal); names starting with a digit
  // may be array indices, which are elements, not named properties.
  return !name.empty() && name.size() <= 256 && !(name[0] >= '0' && name[0] <= '9');
}

llvm::Value *Generator::cachedSlotAddress(llvm::Value *object, llvm::Value *cache, llvm::BasicBlock *miss,
                                          bool fromPrototype) {
  llvm::Type *i8 = llvm::Type::getInt8Ty(ctx_);
  llvm::MDNode *likely = llvm::MDBuilder(ctx_).createBranchWeights(1000, 1);
  llvm::BasicBlock *cell = llvm::BasicBlock::Create(ctx_, "ic.cell", current_);
  builder_.CreateCondBr(isCellValue(object), cell, miss, likely);
  builder_.SetInsertPoint(cell);
  llvm::Value *pointer = asPointer(object);
  llvm::Value *kind = builder_.CreateLoad(i8, builder_.CreateConstInBoundsGEP1_64(i8, pointer, layout::CellKindOffset));
  unsigned firstObjectKind = 0;
#define CELL_KIND(Name) ++firstObjectKind;
#include "runtime/include/kiln/CellKinds.def"
  llvm::BasicBlock *isObject = llvm::BasicBlock::Create(ctx_, "ic.object", current_);
  builder_.CreateCondBr(builder_.CreateICmpUGE(kind, llvm::ConstantInt::get(i8, firstObjectKind)), isObject, miss, likely);
  builder_.SetInsertPoint(isObject);
  llvm::Value *shape = builder_.CreateLoad(ptr_, builder_.CreateConstInBoundsGEP1_64(i8, pointer, layout::ObjectShapeOffset));
  llvm::Value *cachedShape = builder_.CreateLoad(ptr_, builder_.CreateStructGEP(propertyCacheType_, cache, 0));
  llvm::BasicBlock *hit = llvm::BasicBlock::Create(ctx_, "ic.hit", current_);
  builder_.CreateCondBr(builder_.CreateICmpEQ(shape, cachedShape), hit, miss, likely);
  builder_.SetInsertPoint(hit);
  llvm::Value *base = pointer;
  if (fromPrototype) {
    // A holder in the cell: the property is its prototype's, valid while the holder's shape is.
    llvm::Value *holder = builder_.CreateLoad(ptr_, builder_.CreateStructGEP(propertyCacheType_, cache, 4));
    llvm::BasicBlock *own = builder_.GetInsertBlock();
    llvm::BasicBlock *onPrototype = llvm::BasicBlock::Create(ctx_, "ic.prototype", current_);
    llvm::BasicBlock *found = llvm::BasicBlock::Create(ctx_, "ic.found", current_);
    builder_.CreateCondBr(builder_.CreateIsNull(holder), found, onPrototype);
    builder_.SetInsertPoint(onPrototype);
    llvm::Value *holderShape = builder_.CreateLoad(ptr_, builder_.CreateConstInBoundsGEP1_64(i8, holder, layout::ObjectShapeOffset));
    llvm::Value *cachedHolderShape = builder_.CreateLoad(ptr_, builder_.CreateStructGEP(propertyCacheType_, cache, 5));
    builder_.CreateCondBr(builder_.CreateICmpEQ(holderShape, cachedHolderShape), found, miss, likely);
    builder_.SetInsertPoint(found);
    llvm::PHINode *phi = builder_.CreatePHI(ptr_, 2);
    phi->addIncoming(pointer, own);
    phi->addIncoming(holder, onPrototype);
    base = phi;
  }
  uint64_t slotsOffset = layout::ObjectShapeOffset + out_.getDataLayout().getPointerSize();
  llvm::Value *slots = builder_.CreateLoad(ptr_, builder_.CreateConstInBoundsGEP1_64(i8, base, slotsOffset));
  llvm::Value *slot = builder_.CreateLoad(i32_, builder_.CreateStructGEP(propertyCacheType_, cache, 1));
  return builder_.CreateInBoundsGEP(i64_, slots, builder_.CreateZExt(slot, i64_));
}

llvm::Value *Generator::cachedGet(ir::Instruction *i) {
  if (!propertyCacheType_)
    propertyCacheType_ = llvm::StructType::create(ctx_, {ptr_, i32_, i32_, ptr_, ptr_, ptr_}, "kiln.PropertyCache");
  auto *cache = new llvm::GlobalVariable(out_, propertyCacheType_, false, llvm::GlobalValue::InternalLinkage,
                                         llvm::Constant::getNullValue(propertyCacheType_), "kiln.ic");
  llvm::Value *object = value(i->operands[0]);
  llvm::Value *key = value(i->operands[1]);
  llvm::BasicBlock *miss = llvm::BasicBlock::Create(ctx_, "ic.miss", current_);
  llvm::BasicBlock *done = llvm::BasicBlock::Create(ctx_, "ic.done", current_);
  std::vector<std::pair<llvm::Value *, llvm::BasicBlock *>> fast;
  if (static_cast<ir::Literal *>(i->operands[1])->string == "length") {
    // a.length on an array (not a named property: Array::length) up to 2^31 - 1, as an int32.
    llvm::Type *i8 = llvm::Type::getInt8Ty(ctx_);
    unsigned arrayKind = arrayCellKind();
    llvm::BasicBlock *cell = llvm::BasicBlock::Create(ctx_, "length.cell", current_);
    llvm::BasicBlock *array = llvm::BasicBlock::Create(ctx_, "length.array", current_);
    llvm::BasicBlock *small = llvm::BasicBlock::Create(ctx_, "length.int32", current_);
    llvm::BasicBlock *named = llvm::BasicBlock::Create(ctx_, "length.named", current_);
    builder_.CreateCondBr(isCellValue(object), cell, named);
    builder_.SetInsertPoint(cell);
    llvm::Value *pointer = asPointer(object);
    llvm::Value *kind = builder_.CreateLoad(i8, builder_.CreateConstInBoundsGEP1_64(i8, pointer, layout::CellKindOffset));
    builder_.CreateCondBr(builder_.CreateICmpEQ(kind, llvm::ConstantInt::get(i8, arrayKind)), array, named);
    builder_.SetInsertPoint(array);
    uint64_t lengthOffset = layout::ObjectShapeOffset + 5 * out_.getDataLayout().getPointerSize() + 8;
    llvm::Value *length = builder_.CreateLoad(i32_, builder_.CreateConstInBoundsGEP1_64(i8, pointer, lengthOffset));
    builder_.CreateCondBr(builder_.CreateICmpSGE(length, u32(0)), small, miss);
    builder_.SetInsertPoint(small);
    fast.push_back({builder_.CreateOr(builder_.CreateZExt(length, i64_), constant(layout::NumberTag)), small});
    builder_.CreateBr(done);
    builder_.SetInsertPoint(named);
  }
  llvm::Value *address = cachedSlotAddress(object, cache, miss, true);
  fast.push_back({builder_.CreateLoad(i64_, address), builder_.GetInsertBlock()});
  builder_.CreateBr(done);
  builder_.SetInsertPoint(miss);
  storePosition(i);
  llvm::Value *slow = callRuntime(RuntimeId::kiln_get_named_cached_rjs, {object, key, cache});
  checkException(slow, i);
  llvm::BasicBlock *missEnd = builder_.GetInsertBlock();
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  llvm::PHINode *result = builder_.CreatePHI(i64_, unsigned(fast.size() + 1));
  for (auto &[v, block] : fast)
    result->addIncoming(v, block);
  result->addIncoming(slow, missEnd);
  return result;
}

llvm::Value *Generator::cachedSet(ir::Instruction *i) {
  if (!propertyCacheType_)
    propertyCacheType_ = llvm::StructType::create(ctx_, {ptr_, i32_, i32_, ptr_, ptr_, ptr_}, "kiln.PropertyCache");
  auto *cache = new llvm::GlobalVariable(out_, propertyCacheType_, false, llvm::GlobalValue::InternalLinkage,
                                         llvm::Constant::getNullValue(propertyCacheType_), "kiln.ic");
  llvm::Value *object = value(i->operands[0]);
  llvm::Value *key = value(i->operands[1]);
  llvm::Value *stored = value(i->operands[2]);
  llvm::BasicBlock *miss = llvm::BasicBlock::Create(ctx_, "ic.miss", current_);
  llvm::BasicBlock *done = llvm::BasicBlock::Create(ctx_, "ic.done", current_);
  builder_.CreateStore(stored, cachedSlotAddress(object, cache, miss, false));
  builder_.CreateBr(done);
  builder_.SetInsertPoint(miss);
  storePosition(i);
  llvm::Value *slow = callRuntime(RuntimeId::kiln_set_named_cached_rjs, {object, key, stored, u32(i->strict), cache});
  checkException(slow, i);
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  return nullptr;
}

// a[i] and a[i] = v where `a` is an array and `i` an int32 naming an element that exists (below
// the length and the dense capacity, not a hole): the generated code loads or stores the element
// itself, a store only when the value suits the elements kind. Anything else (other objects, other
// keys, holes, sparse arrays, a store that changes the kind) calls the runtime.
llvm::Value *Generator::elementAccess(ir::Instruction *i) {
  bool isSet = i->opcode == ir::Opcode::SetProperty;
  llvm::Type *i8 = llvm::Type::getInt8Ty(ctx_);
  llvm::MDNode *likely = llvm::MDBuilder(ctx_).createBranchWeights(1000, 1);
  llvm::Value *object = value(i->operands[0]);
  llvm::Value *key = value(i->operands[1]);
  llvm::Value *stored = isSet ? value(i->operands[2]) : nullptr;
  llvm::BasicBlock *miss = llvm::BasicBlock::Create(ctx_, "element.slow", current_);
  llvm::BasicBlock *done = llvm::BasicBlock::Create(ctx_, "element.done", current_);
  llvm::BasicBlock *cell = llvm::BasicBlock::Create(ctx_, "element.cell", current_);
  llvm::BasicBlock *array = llvm::BasicBlock::Create(ctx_, "element.array", current_);
  llvm::BasicBlock *inBounds = llvm::BasicBlock::Create(ctx_, "element.inbounds", current_);
  llvm::BasicBlock *present = llvm::BasicBlock::Create(ctx_, "element.present", current_);
  llvm::Value *isIndex = builder_.CreateICmpEQ(builder_.CreateAnd(key, constant(layout::NumberTag)), constant(layout::NumberTag));
  builder_.CreateCondBr(builder_.CreateAnd(isCellValue(object), isIndex), cell, miss, likely);
  builder_.SetInsertPoint(cell);
  llvm::Value *pointer = asPointer(object);
  llvm::Value *kind = builder_.CreateLoad(i8, builder_.CreateConstInBoundsGEP1_64(i8, pointer, layout::CellKindOffset));
  builder_.CreateCondBr(builder_.CreateICmpEQ(kind, llvm::ConstantInt::get(i8, arrayCellKind())), array, miss, likely);
  builder_.SetInsertPoint(array);
  uint64_t pointerSize = out_.getDataLayout().getPointerSize();
  uint64_t capacityOffset = layout::ObjectShapeOffset + 5 * pointerSize + 4;  // Object::elementCapacity
  uint64_t lengthOffset = capacityOffset + 4;                                 // Array::length
  llvm::Value *index = builder_.CreateTrunc(key, i32_);
  llvm::Value *length = builder_.CreateLoad(i32_, builder_.CreateConstInBoundsGEP1_64(i8, pointer, lengthOffset));
  llvm::Value *capacity = builder_.CreateLoad(i32_, builder_.CreateConstInBoundsGEP1_64(i8, pointer, capacityOffset));
  llvm::Value *within = builder_.CreateAnd(builder_.CreateICmpULT(index, length), builder_.CreateICmpULT(index, capacity));
  builder_.CreateCondBr(within, inBounds, miss, likely);
  builder_.SetInsertPoint(inBounds);
  llvm::Value *elements = builder_.CreateLoad(ptr_, builder_.CreateConstInBoundsGEP1_64(i8, pointer, layout::ObjectShapeOffset + 2 * pointerSize));
  llvm::Value *address = builder_.CreateInBoundsGEP(i64_, elements, builder_.CreateZExt(index, i64_));
  llvm::Value *element = builder_.CreateLoad(i64_, address);
  llvm::Value *exists = builder_.CreateICmpNE(element, constant(layout::ValueEmpty));
  if (isSet) {
    // Into PackedInt32 or PackedDouble elements only an int32 keeps the kind's promise inline.
    llvm::Value *elementsKind = builder_.CreateLoad(i8, builder_.CreateConstInBoundsGEP1_64(i8, pointer, layout::ElementsKindOffset));
    llvm::Value *untyped = builder_.CreateICmpUGE(elementsKind, llvm::ConstantInt::get(i8, layout::ElementsKindPacked));
    llvm::Value *int32 = builder_.CreateICmpEQ(builder_.CreateAnd(stored, constant(layout::NumberTag)), constant(layout::NumberTag));
    exists = builder_.CreateAnd(exists, builder_.CreateOr(untyped, int32));
  }
  builder_.CreateCondBr(exists, present, miss, likely);
  builder_.SetInsertPoint(present);
  if (isSet)
    builder_.CreateStore(stored, address);
  builder_.CreateBr(done);
  builder_.SetInsertPoint(miss);
  storePosition(i);
  llvm::Value *slow = isSet ? callRuntime(RuntimeId::kiln_set_property_rjs, {object, key, stored, u32(i->strict)})
                            : callRuntime(RuntimeId::kiln_get_property_rjs, {object, key});
  checkException(slow, i);
  llvm::BasicBlock *missEnd = builder_.GetInsertBlock();
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  if (isSet)
    return nullptr;
  llvm::PHINode *result = builder_.CreatePHI(i64_, 2);
  result->addIncoming(element, present);
  result->addIncoming(slow, missEnd);
  return result;
}

// The predicate of a comparison (< <= > >= ==) on doubles (ordered: false with NaN) or int32s.
llvm::CmpInst::Predicate Generator::comparison(ir::BinaryOperator op, bool onDoubles) {
  using P = llvm::CmpInst::Predicate;
  switch (op) {
  case ir::BinaryOperator::Lt: return onDoubles ? P::FCMP_OLT : P::ICMP_SLT;
  case ir::BinaryOperator::Le: return onDoubles ? P::FCMP_OLE : P::ICMP_SLE;
  case ir::BinaryOperator::Gt: return onDoubles ? P::FCMP_OGT : P::ICMP_SGT;
  case ir::BinaryOperator::Ge: return onDoubles ? P::FCMP_OGE : P::ICMP_SGE;
  default: return onDoubles ? P::FCMP_OEQ : P::ICMP_EQ;
  }
}

// A stack slot of the initial value's type, allocated and initialised in the entry block.
llvm::Value *Generator::unboxedSlot(llvm::Constant *initial) {
  llvm::IRBuilder<> entry(allocaPoint_);
  llvm::Value *slot = entry.CreateAlloca(initial->getType());
  entry.CreateStore(initial, slot);
  return slot;
}

llvm::Value *Generator::isCellValue(llvm::Value *v) {
  return builder_.CreateAnd(builder_.CreateICmpEQ(builder_.CreateAnd(v, constant(layout::NotCellMask)), constant(0)),
                            builder_.CreateICmpNE(v, constant(layout::ValueEmpty)));
}

unsigned Generator::arrayCellKind() {
  unsigned kinds = 0, arrayKind = 0;
#define CELL_KIND(Name) ++kinds;
#define OBJECT_KIND(Name) arrayKind = std::string_view(#Name) == "Array" ? kinds : arrayKind, ++kinds;
#include "runtime/include/kiln/CellKinds.def"
  return arrayKind;
}

void Generator::beginDebugInfo() {
  di_ = std::make_unique<llvm::DIBuilder>(out_);
  std::string path = module_.sourcePath;
  size_t slash = path.rfind('/');
  diFile_ = di_->createFile(slash == std::string::npos ? path : path.substr(slash + 1),
                            slash == std::string::npos ? "." : path.substr(0, slash));
  // DWARF has no language code for JavaScript; C keeps debuggers in a simple, generic mode.
  di_->createCompileUnit(llvm::dwarf::DW_LANG_C, diFile_, "kiln", true, "", 0);
  out_.addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  out_.addModuleFlag(llvm::Module::Warning, "Dwarf Version", 5);
}

void Generator::setDebugLocation(uint32_t line, uint32_t column) {
  if (subprogram_)
    builder_.SetCurrentDebugLocation(llvm::DILocation::get(ctx_, line, column, subprogram_));
}

void Generator::run() {
  if (debugInfo_)
    beginDebugInfo();
  // Strings code generation itself needs (function names, TDZ variable names) join the literal
  // table first, so every string has its global before any function is emitted.
  for (ir::Function *f : module_.functions) {
    module_.string(f->name);
    for (ir::BasicBlock *b : f->blocks)
      for (ir::Instruction *i : b->instructions)
        if (i->opcode == ir::Opcode::ThrowTDZ)
          module_.string(i->name);
  }
  for (ir::Literal *s : module_.strings())
    stringCells_.push_back(stringCell(s->string));
  undefinedCell_ = new llvm::GlobalVariable(out_, i64_, true, llvm::GlobalValue::InternalLinkage,
                                            llvm::ConstantInt::get(i64_, layout::ValueUndefined), "kiln.undefined");
  for (ir::Function *f : module_.functions) {
    auto *fn = llvm::Function::Create(entryType_, llvm::Function::InternalLinkage, f->symbol, out_);
    fn->setDoesNotThrow();
    functions_[f] = fn;
  }
  for (ir::Function *f : module_.functions)
    function(f);
  subprogram_ = nullptr;
  builder_.SetCurrentDebugLocation(llvm::DebugLoc());
  emitMain();
  if (di_)
    di_->finalize();
}

void Generator::emitMain() {
  // int main(int argc, char **argv) { return kiln_main(argc, argv, top-level code, &program); }
  // where `program` is the KilnProgram (runtime/include/kiln/RuntimeFunctions.h):
  // { sourcePath, sourceText, i64 sourceLength, literals, i32 literalCount, i32 functionCount,
  //   functions: [{ code, i32 start, i32 end }] }.
  auto *type = llvm::FunctionType::get(i32_, {i32_, ptr_}, false);
  auto *main = llvm::Function::Create(type, llvm::Function::ExternalLinkage, "main", out_);
  builder_.SetInsertPoint(llvm::BasicBlock::Create(ctx_, "entry", main));
  auto *literalsType = llvm::ArrayType::get(ptr_, stringCells_.size());
  auto *literals = new llvm::GlobalVariable(out_, literalsType, true, llvm::GlobalValue::PrivateLinkage,
                                            llvm::ConstantArray::get(literalsType, stringCells_), "kiln.literals");
  auto *sourceType = llvm::StructType::get(ctx_, {ptr_, i32_, i32_});
  std::vector<llvm::Constant *> sources;
  for (ir::Function *f : module_.functions)
    if (f->sourceEnd > f->sourceStart)
      sources.push_back(llvm::ConstantStruct::get(sourceType, {functions_.at(f), llvm::ConstantInt::get(i32_, f->sourceStart),
                                                               llvm::ConstantInt::get(i32_, f->sourceEnd)}));
  auto *sourcesType = llvm::ArrayType::get(sourceType, sources.size());
  auto *functionSources = new llvm::GlobalVariable(out_, sourcesType, true, llvm::GlobalValue::PrivateLinkage,
                                                   llvm::ConstantArray::get(sourcesType, sources), "kiln.function_sources");
  // The source text as 32-bit words in the target's byte order (the runtime reads bytes): as an
  // i8 array, --emit=llvm would print the program verbatim, and FileCheck tests, whose CHECK lines
  // are part of the program, would match their own text.
  std::vector<uint32_t> words((module_.sourceText.size() + 4) / 4, 0);
  bool little = out_.getDataLayout().isLittleEndian();
  for (size_t n = 0; n < module_.sourceText.size(); ++n) {
    unsigned shift = little ? 8 * (n % 4) : 8 * (3 - n % 4);
    words[n / 4] |= uint32_t(uint8_t(module_.sourceText[n])) << shift;
  }
  llvm::Constant *text = llvm::ConstantDataArray::get(ctx_, words);
  auto *sourceText = new llvm::GlobalVariable(out_, text->getType(), true, llvm::GlobalValue::PrivateLinkage, text, "kiln.source");
  auto *pathText = llvm::ConstantDataArray::getString(ctx_, module_.sourcePath);
  auto *sourcePath = new llvm::GlobalVariable(out_, pathText->getType(), true, llvm::GlobalValue::PrivateLinkage, pathText, "kiln.source_path");
  auto *programType = llvm::StructType::get(ctx_, {ptr_, ptr_, i64_, ptr_, i32_, i32_, ptr_});
  llvm::Constant *fields[] = {sourcePath, sourceText, llvm::ConstantInt::get(i64_, module_.sourceText.size()), literals,
                              llvm::ConstantInt::get(i32_, stringCells_.size()), llvm::ConstantInt::get(i32_, sources.size()),
                              functionSources};
  auto *program = new llvm::GlobalVariable(out_, programType, true, llvm::GlobalValue::PrivateLinkage,
                                           llvm::ConstantStruct::get(programType, fields), "kiln.program");
  llvm::Value *status = callRuntime(RuntimeId::kiln_main, {main->getArg(0), main->getArg(1), functions_.at(module_.functions[0]), program});
  builder_.CreateRet(status);
}

// A string literal as a flat String cell (runtime/string/String.h and String.cpp's layout
// assertions): { kind, bits, spare, hash, length, chars, left, right }, Latin-1 exactly when every
// code unit fits in a byte. Writable, since interning sets its bits and hash; 8-aligned like any cell.
llvm::Constant *Generator::stringCell(const std::string &wtf8) {
  std::u16string units;
  kiln::decodeWTF8(wtf8, units);
  bool latin1 = true;
  for (char16_t u : units)
    latin1 = latin1 && u <= 0xFF;
  llvm::Constant *chars;
  if (latin1) {
    std::vector<uint8_t> bytes(units.begin(), units.end());
    bytes.push_back(0);  // never empty, so `chars` is never null (null marks an unflattened rope)
    chars = llvm::ConstantDataArray::get(ctx_, bytes);
  } else {
    std::vector<uint16_t> words(units.begin(), units.end());
    chars = llvm::ConstantDataArray::get(ctx_, words);
  }
  auto *charsGlobal = new llvm::GlobalVariable(out_, chars->getType(), true, llvm::GlobalValue::PrivateLinkage, chars, "kiln.chars");
  charsGlobal->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  llvm::Type *i8 = llvm::Type::getInt8Ty(ctx_), *i16 = llvm::Type::getInt16Ty(ctx_);
  auto *cellType = llvm::StructType::get(ctx_, {i8, i8, i16, i32_, i32_, ptr_, ptr_, ptr_});
  uint8_t kinds = 0, stringKind = 0;
#define CELL_KIND(Name) stringKind = std::string_view(#Name) == "String" ? kinds : stringKind, ++kinds;
#include "runtime/include/kiln/CellKinds.def"
  uint8_t latin1Bit = uint8_t(layout::StringLatin1Flag);
  llvm::Constant *fields[] = {llvm::ConstantInt::get(i8, stringKind),
                              llvm::ConstantInt::get(i8, latin1 ? latin1Bit : 0),
                              llvm::ConstantInt::get(i16, 0),
                              llvm::ConstantInt::get(i32_, 0),
                              llvm::ConstantInt::get(i32_, uint32_t(units.size())),
                              charsGlobal,
                              llvm::ConstantPointerNull::get(ptr_),
                              llvm::ConstantPointerNull::get(ptr_)};
  auto *cell = new llvm::GlobalVariable(out_, cellType, false, llvm::GlobalValue::InternalLinkage,
                                        llvm::ConstantStruct::get(cellType, fields), "kiln.str");
  cell->setAlignment(llvm::Align(8));
  return cell;
}

void Generator::function(ir::Function *f) {
  current_ = functions_.at(f);
  currentIR_ = f;
  blocks_.clear();
  values_.clear();
  if (di_) {
    std::string name = f == module_.functions[0] ? "<module>" : f->name.empty() ? "<anonymous>" : f->name;
    subprogram_ = di_->createFunction(diFile_, name, f->symbol, diFile_, f->line,
                                      di_->createSubroutineType(di_->getOrCreateTypeArray({})), f->line,
                                      llvm::DINode::FlagZero, llvm::DISubprogram::SPFlagDefinition);
    current_->setSubprogram(subprogram_);
    setDebugLocation(f->line, 0);
  }
  llvm::BasicBlock *entry = llvm::BasicBlock::Create(ctx_, "entry", current_);
  for (ir::BasicBlock *b : f->blocks)
    blocks_[b] = llvm::BasicBlock::Create(ctx_, "bb" + std::to_string(b->id), current_);
  propagate_ = llvm::BasicBlock::Create(ctx_, "propagate", current_);
  builder_.SetInsertPoint(propagate_);
  builder_.CreateRet(constant(layout::ValueException));

  builder_.SetInsertPoint(entry);
  // Stack depth: every function checks its frame against the runtime's limit, since direct calls
  // bypass kiln_call_rjs (which checks for calls through the runtime).
  llvm::BasicBlock *overflow = llvm::BasicBlock::Create(ctx_, "stack.overflow", current_);
  {
    llvm::Type *intptr = out_.getDataLayout().getIntPtrType(ctx_);
    if (!stackLimit_) {
      stackLimit_ = new llvm::GlobalVariable(out_, intptr, false, llvm::GlobalValue::ExternalLinkage, nullptr,
                                             "kiln_stack_limit");
    }
    llvm::Value *frame = builder_.CreateIntrinsic(llvm::Intrinsic::frameaddress, {ptr_}, {builder_.getInt32(0)});
    llvm::Value *below = builder_.CreateICmpULT(builder_.CreatePtrToInt(frame, intptr), builder_.CreateLoad(intptr, stackLimit_));
    llvm::BasicBlock *body = llvm::BasicBlock::Create(ctx_, "stack.ok", current_);
    builder_.CreateCondBr(below, overflow, body, llvm::MDBuilder(ctx_).createBranchWeights(1, 1000));
    builder_.SetInsertPoint(overflow);
    builder_.CreateRet(callRuntime(RuntimeId::kiln_throw_stack_overflow, {}));
    builder_.SetInsertPoint(body);
  }
  // Link this frame's record (after the stack check: the overflow return above leaves nothing to
  // unlink); every other return unlinks it (below, once the body is generated).
  {
    if (!frameTop_) {
      frameRecordType_ = llvm::StructType::create(ctx_, {ptr_, i64_, i64_, i64_, i64_}, "kiln.StackFrameRecord");
      frameTop_ = new llvm::GlobalVariable(out_, ptr_, false, llvm::GlobalValue::ExternalLinkage, nullptr, "kiln_frame_top");
    }
    frameRecord_ = builder_.CreateAlloca(frameRecordType_, nullptr, "frame");
    builder_.CreateStore(builder_.CreateLoad(ptr_, frameTop_), builder_.CreateStructGEP(frameRecordType_, frameRecord_, 0));
    builder_.CreateStore(constant(uint64_t(f->startLine) | uint64_t(f->startColumn) << 32),
                         builder_.CreateStructGEP(frameRecordType_, frameRecord_, 1));
    builder_.CreateStore(current_->getArg(0), builder_.CreateStructGEP(frameRecordType_, frameRecord_, 2));
    builder_.CreateStore(current_->getArg(1), builder_.CreateStructGEP(frameRecordType_, frameRecord_, 3));
    builder_.CreateStore(current_->getArg(4), builder_.CreateStructGEP(frameRecordType_, frameRecord_, 4));
    builder_.CreateStore(frameRecord_, frameTop_);
  }
  allocaPoint_ = builder_.CreateBr(blocks_.at(f->blocks[0]));
  for (ir::BasicBlock *b : f->blocks) {
    currentBlock_ = b;
    builder_.SetInsertPoint(blocks_.at(b));
    for (ir::Instruction *i : b->instructions) {
      if (subprogram_ && (i->line || i->statementLine))
        setDebugLocation(i->line ? i->line : i->statementLine, i->line ? i->column + 1 : 0);
      instruction(i);
    }
  }
  // Unlink the frame record before every return but the stack-overflow one.
  for (llvm::BasicBlock &block : *current_) {
    if (&block == overflow)
      continue;
    if (auto *ret = llvm::dyn_cast<llvm::ReturnInst>(block.getTerminator())) {
      llvm::IRBuilder<> exit(ret);
      exit.CreateStore(exit.CreateLoad(ptr_, exit.CreateStructGEP(frameRecordType_, frameRecord_, 0)), frameTop_);
    }
  }
}

void Generator::storePosition(ir::Instruction *i) {
  if (i->line)
    builder_.CreateStore(constant(uint64_t(i->line) | uint64_t(i->column) << 32),
                         builder_.CreateStructGEP(frameRecordType_, frameRecord_, 1));
}

void Generator::instruction(ir::Instruction *i) {
  using ir::Opcode;
  auto operand = [&](size_t n) { return value(i->operands[n]); };
  llvm::Value *result = nullptr;
  // The frame record's position, for errors created (and frames captured) under this instruction.
  // Property accesses store it on their slow path only.
  bool propertyAccess = i->opcode == Opcode::GetProperty || i->opcode == Opcode::SetProperty;
  if (ir::sideEffects(i->opcode).mayThrow && !propertyAccess && i->opcode != Opcode::Throw)
    storePosition(i);
  switch (i->opcode) {
  case Opcode::AllocStack: {
    llvm::IRBuilder<> entry(allocaPoint_);
    result = entry.CreateAlloca(i64_);
    entry.CreateStore(constant(layout::ValueUndefined), result);
    break;
  }
  case Opcode::LoadStack: result = builder_.CreateLoad(i64_, operand(0)); break;
  case Opcode::StoreStack: builder_.CreateStore(operand(1), operand(0)); break;
  case Opcode::FunctionEnvironment:
    result = asValue(callRuntime(RuntimeId::kiln_function_environment, {current_->getArg(0)}));
    break;
  case Opcode::CreateEnvironment:
    result = asValue(callRuntime(RuntimeId::kiln_env_new, {asPointer(operand(0)), u32(i->count)}));
    break;
  case Opcode::LoadEnvSlot:
    result = builder_.CreateLoad(i64_, slotAddress(walkEnvironment(operand(0), i->hops), i->index));
    break;
  case Opcode::StoreEnvSlot:
    builder_.CreateStore(operand(1), slotAddress(walkEnvironment(operand(0), i->hops), i->index));
    break;
  case Opcode::LoadParam: {
    llvm::Value *present = builder_.CreateICmpULT(u32(i->index), current_->getArg(3));
    llvm::Value *address = builder_.CreateSelect(
        present, builder_.CreateConstInBoundsGEP1_64(i64_, current_->getArg(2), i->index), undefinedCell_);
    result = builder_.CreateLoad(i64_, address);
    break;
  }
  case Opcode::GetThis: {
    result = current_->getArg(1);
    if (!currentIR_->strict && currentIR_ != module_.functions[0]) {
      // Sloppy functions see the global object for an undefined or null this.
      llvm::Value *nullish = builder_.CreateICmpEQ(builder_.CreateAnd(result, constant(~layout::UndefinedTag)), constant(layout::ValueNull));
      result = builder_.CreateSelect(nullish, callRuntime(RuntimeId::kiln_global_object, {}), result);
    }
    break;
  }
  case Opcode::GetNewTarget: result = current_->getArg(4); break;
  case Opcode::GetCallee: result = current_->getArg(0); break;
  case Opcode::CreateArguments:
    if (i->operands.empty()) {
      result = callRuntime(RuntimeId::kiln_arguments_new,
                           {current_->getArg(2), current_->getArg(3), current_->getArg(0), u32(i->strict)});
    } else {
      std::vector<ir::Value *> slots(i->operands.begin() + 1, i->operands.end());
      result = callRuntime(RuntimeId::kiln_mapped_arguments_new,
                           {current_->getArg(2), current_->getArg(3), current_->getArg(0), asPointer(operand(0)),
                            argumentArray(slots), u32(uint32_t(slots.size()))});
    }
    break;
  case Opcode::CreateRestArray:
    result = callRuntime(RuntimeId::kiln_rest_array, {current_->getArg(2), current_->getArg(3), u32(i->index)});
    break;
  case Opcode::CreateClosure: {
    ir::Function *f = i->function;
    uint32_t flags = (f->isConstructor ? 1 : 0) | (f->isClassConstructor ? 2 : 0) | (f->isArrow ? 4 : 0) |
                     (f->strict ? 8 : 0) | (f->isDerivedConstructor ? 16 : 0);
    llvm::Value *name = value(module_.string(f->name));
    result = callRuntime(RuntimeId::kiln_function_new, {functions_.at(f), asPointer(operand(0)), u32(f->length), name, u32(flags)});
    break;
  }
  case Opcode::AllocObject: result = callRuntime(RuntimeId::kiln_object_new, {}); break;
  case Opcode::CommonJSModule: result = callRuntime(RuntimeId::kiln_commonjs_module, {operand(0), operand(1)}); break;
  case Opcode::CommonJSRequire: result = callRuntime(RuntimeId::kiln_commonjs_require, {operand(0)}); break;
  case Opcode::BigIntLiteral:
    result = callRuntime(RuntimeId::kiln_bigint_literal, {cachedString(i->message), llvm::ConstantInt::get(i64_, i->message.size())});
    break;
  case Opcode::GetTemplateObject: {
    // Created on the first evaluation of the site, then cached in a global the GC scans.
    auto *cache = new llvm::GlobalVariable(out_, i64_, false, llvm::GlobalValue::InternalLinkage,
                                           llvm::ConstantInt::get(i64_, 0), "kiln.template");
    llvm::Value *cached = builder_.CreateLoad(i64_, cache);
    llvm::BasicBlock *before = builder_.GetInsertBlock();
    llvm::BasicBlock *create = llvm::BasicBlock::Create(ctx_, "template.new", current_);
    llvm::BasicBlock *done = llvm::BasicBlock::Create(ctx_, "template.done", current_);
    builder_.CreateCondBr(builder_.CreateICmpEQ(cached, constant(0)), create, done);
    builder_.SetInsertPoint(create);
    std::vector<ir::Value *> cooked(i->operands.begin(), i->operands.begin() + i->count);
    std::vector<ir::Value *> raw(i->operands.begin() + i->count, i->operands.end());
    llvm::Value *made = callRuntime(RuntimeId::kiln_template_object_new, {argumentArray(cooked), argumentArray(raw), u32(i->count)});
    builder_.CreateStore(made, cache);
    llvm::BasicBlock *createEnd = builder_.GetInsertBlock();
    builder_.CreateBr(done);
    builder_.SetInsertPoint(done);
    llvm::PHINode *phi = builder_.CreatePHI(i64_, 2);
    phi->addIncoming(cached, before);
    phi->addIncoming(made, createEnd);
    result = phi;
    break;
  }
  case Opcode::AllocArray: {
    std::vector<ir::Value *> elements(i->operands.begin(), i->operands.end());
    result = callRuntime(RuntimeId::kiln_array_new, {argumentArray(elements), u32(uint32_t(elements.size()))});
    break;
  }
  case Opcode::BinaryOp: {
    static const RuntimeId ids[] = {
#define X(Name, Spelling, Runtime) RuntimeId::kiln_op_##Runtime##_rjs,
        KILN_BINARY_OPERATORS(X)
#undef X
    };
    result = callRuntime(ids[i->op], {operand(0), operand(1)});
    break;
  }
  case Opcode::StrictEquals: result = callRuntime(RuntimeId::kiln_op_strict_eq, {operand(0), operand(1)}); break;
  case Opcode::UnaryOp: {
    static const RuntimeId ids[] = {RuntimeId::kiln_op_neg_rjs,       RuntimeId::kiln_op_to_number_rjs,
                                    RuntimeId::kiln_op_bitnot_rjs,    RuntimeId::kiln_op_inc_rjs,
                                    RuntimeId::kiln_op_dec_rjs,       RuntimeId::kiln_op_to_numeric_rjs,
                                    RuntimeId::kiln_to_string_rjs,    RuntimeId::kiln_to_property_key_rjs};
    result = callRuntime(ids[i->op], {operand(0)});
    break;
  }
  case Opcode::TypeOf: result = callRuntime(RuntimeId::kiln_op_typeof, {operand(0)}); break;
  case Opcode::ToBoolean:
    result = builder_.CreateICmpNE(callRuntime(RuntimeId::kiln_to_boolean, {operand(0)}), u32(0));
    break;
  case Opcode::BoolNot: result = builder_.CreateNot(operand(0)); break;
  case Opcode::BoolToValue:
    result = builder_.CreateSelect(operand(0), constant(layout::ValueTrue), constant(layout::ValueFalse));
    break;
  case Opcode::UnboxNumber: {
    // int32: the low word; double: the bits minus the encoding offset.
    llvm::Value *v = operand(0);
    llvm::Value *isInt = builder_.CreateICmpEQ(builder_.CreateAnd(v, constant(layout::NumberTag)), constant(layout::NumberTag));
    llvm::Value *asInt = builder_.CreateSIToFP(builder_.CreateTrunc(v, i32_), doubleType());
    llvm::Value *asDouble = builder_.CreateBitCast(builder_.CreateSub(v, constant(layout::DoubleEncodeOffset)), doubleType());
    result = builder_.CreateSelect(isInt, asInt, asDouble);
    break;
  }
  case Opcode::BoxNumber: {
    // Integral values in int32 range (not -0) are int32-encoded, like the runtime's numbers;
    // NaN is canonical.
    llvm::Value *d = doubleOperand(i->operands[0]);
    llvm::Value *i = builder_.CreateIntrinsic(llvm::Intrinsic::fptosi_sat, {i32_, doubleType()}, {d});
    llvm::Value *bits = builder_.CreateBitCast(d, i64_);
    llvm::Value *integral = builder_.CreateAnd(builder_.CreateFCmpOEQ(builder_.CreateSIToFP(i, doubleType()), d),
                                               builder_.CreateICmpNE(bits, constant(0x8000000000000000ull)));
    llvm::Value *intValue = builder_.CreateOr(builder_.CreateZExt(i, i64_), constant(layout::NumberTag));
    llvm::Value *canonical = builder_.CreateSelect(builder_.CreateFCmpUNO(d, d), constant(0x7ff8000000000000ull), bits);
    llvm::Value *doubleValue = builder_.CreateAdd(canonical, constant(layout::DoubleEncodeOffset));
    result = builder_.CreateSelect(integral, intValue, doubleValue);
    break;
  }
  case Opcode::NumberBinary: {
    llvm::Value *a = doubleOperand(i->operands[0]), *b = doubleOperand(i->operands[1]);
    switch (i->binaryOperator()) {
    case ir::BinaryOperator::Add: result = builder_.CreateFAdd(a, b); break;
    case ir::BinaryOperator::Sub: result = builder_.CreateFSub(a, b); break;
    case ir::BinaryOperator::Mul: result = builder_.CreateFMul(a, b); break;
    case ir::BinaryOperator::Div: result = builder_.CreateFDiv(a, b); break;
    default: result = builder_.CreateFRem(a, b); break; // JavaScript's % is fmod
    }
    break;
  }
  case Opcode::NumberCompare:
    result = builder_.CreateCmp(comparison(i->binaryOperator(), true), doubleOperand(i->operands[0]),
                                doubleOperand(i->operands[1]));
    break;
  // Unboxed slots are never read before a store (type inference proved it), so their initial
  // value is arbitrary: zero.
  case Opcode::AllocStackDouble: result = unboxedSlot(llvm::ConstantFP::get(doubleType(), 0.0)); break;
  case Opcode::LoadStackDouble: result = builder_.CreateLoad(doubleType(), operand(0)); break;
  case Opcode::StoreStackDouble: builder_.CreateStore(doubleOperand(i->operands[1]), operand(0)); break;
  case Opcode::AllocStackInt32: result = unboxedSlot(llvm::ConstantInt::get(i32_, 0)); break;
  case Opcode::LoadStackInt32: result = builder_.CreateLoad(i32_, operand(0)); break;
  case Opcode::StoreStackInt32: builder_.CreateStore(int32Operand(i->operands[1]), operand(0)); break;
  case Opcode::UnboxBoolean: result = builder_.CreateICmpEQ(operand(0), constant(layout::ValueTrue)); break;
  case Opcode::AllocStackBool: result = unboxedSlot(builder_.getFalse()); break;
  case Opcode::LoadStackBool: result = builder_.CreateLoad(i1_, operand(0)); break;
  case Opcode::StoreStackBool: {
    ir::Value *v = i->operands[1];
    llvm::Value *bit = v->kind() == ir::Value::Kind::Boolean ? builder_.getInt1(static_cast<ir::Literal *>(v)->boolean) : operand(1);
    builder_.CreateStore(bit, operand(0));
    break;
  }
  case Opcode::ToInt32: result = toInt32(doubleOperand(i->operands[0])); break;
  case Opcode::Int32ToDouble: result = builder_.CreateSIToFP(int32Operand(i->operands[0]), doubleType()); break;
  case Opcode::Uint32ToDouble: result = builder_.CreateUIToFP(int32Operand(i->operands[0]), doubleType()); break;
  case Opcode::BoxInt32:
    result = builder_.CreateOr(builder_.CreateZExt(int32Operand(i->operands[0]), i64_), constant(layout::NumberTag));
    break;
  case Opcode::Int32Binary: {
    llvm::Value *a = int32Operand(i->operands[0]), *b = int32Operand(i->operands[1]);
    auto count = [&] { return builder_.CreateAnd(b, u32(31)); };
    switch (i->binaryOperator()) {
    case ir::BinaryOperator::BitAnd: result = builder_.CreateAnd(a, b); break;
    case ir::BinaryOperator::BitOr: result = builder_.CreateOr(a, b); break;
    case ir::BinaryOperator::BitXor: result = builder_.CreateXor(a, b); break;
    case ir::BinaryOperator::Shl: result = builder_.CreateShl(a, count()); break;
    case ir::BinaryOperator::Sar: result = builder_.CreateAShr(a, count()); break;
    default: result = builder_.CreateLShr(a, count()); break; // >>>
    }
    break;
  }
  case Opcode::Int32Compare:
    result = builder_.CreateCmp(comparison(i->binaryOperator(), false), int32Operand(i->operands[0]),
                                int32Operand(i->operands[1]));
    break;
  case Opcode::IsEmpty: result = builder_.CreateICmpEQ(operand(0), constant(layout::ValueEmpty)); break;
  case Opcode::IsUndefined: result = builder_.CreateICmpEQ(operand(0), constant(layout::ValueUndefined)); break;
  case Opcode::IsNullish:
    result = builder_.CreateICmpEQ(builder_.CreateAnd(operand(0), constant(~layout::UndefinedTag)), constant(layout::ValueNull));
    break;
  case Opcode::GetProperty:
    if (hasCacheableName(i)) {
      values_[i] = cachedGet(i);
      return;
    }
    values_[i] = elementAccess(i);
    return;
  case Opcode::SetProperty:
    if (hasCacheableName(i)) {
      cachedSet(i);
      return;
    }
    elementAccess(i);
    return;
  case Opcode::DefineProperty: callRuntime(RuntimeId::kiln_define_property, {operand(0), operand(1), operand(2)}); break;
  case Opcode::DeleteProperty:
    result = callRuntime(RuntimeId::kiln_delete_property_rjs, {operand(0), operand(1), u32(i->strict)});
    break;
  case Opcode::GetGlobal: result = callRuntime(RuntimeId::kiln_get_global_rjs, {operand(0)}); break;
  case Opcode::SetGlobal: result = callRuntime(RuntimeId::kiln_set_global_rjs, {operand(0), operand(1), u32(i->strict)}); break;
  case Opcode::TypeOfGlobal: result = callRuntime(RuntimeId::kiln_typeof_global_rjs, {operand(0)}); break;
  case Opcode::GlobalObject: result = callRuntime(RuntimeId::kiln_global_object, {}); break;
  case Opcode::DeclareGlobalVar: callRuntime(RuntimeId::kiln_declare_global_var, {operand(0)}); break;
  case Opcode::DeclareGlobalFunction:
    callRuntime(RuntimeId::kiln_declare_global_function, {operand(0), operand(1)});
    break;
  case Opcode::Call: {
    std::vector<ir::Value *> args(i->operands.begin() + 2, i->operands.end());
    llvm::Value *argv = argumentArray(args);
    if (i->message.empty())
      result = callRuntime(RuntimeId::kiln_call_rjs, {operand(0), operand(1), argv, u32(uint32_t(args.size()))});
    else
      result = callRuntime(RuntimeId::kiln_call_named_rjs, {operand(0), operand(1), argv, u32(uint32_t(args.size())), cString(i->message)});
    break;
  }
  case Opcode::Construct: {
    std::vector<ir::Value *> args(i->operands.begin() + 2, i->operands.end());
    llvm::Value *argv = argumentArray(args);
    if (i->message.empty())
      result = callRuntime(RuntimeId::kiln_construct_rjs, {operand(0), argv, u32(uint32_t(args.size())), operand(1)});
    else
      result = callRuntime(RuntimeId::kiln_construct_named_rjs, {operand(0), argv, u32(uint32_t(args.size())), operand(1), cString(i->message)});
    break;
  }
  case Opcode::CallDirect: {
    std::vector<ir::Value *> args(i->operands.begin() + 2, i->operands.end());
    llvm::Value *argv = argumentArray(args);
    result = builder_.CreateCall(functions_.at(i->function),
                                 {operand(0), operand(1), argv, u32(uint32_t(args.size())), constant(layout::ValueUndefined)});
    break;
  }
  case Opcode::CallSpread:
    result = callRuntime(RuntimeId::kiln_call_spread_rjs, {operand(0), operand(1), operand(2), cString(i->message)});
    break;
  case Opcode::ConstructSpread:
    result = callRuntime(RuntimeId::kiln_construct_spread_rjs, {operand(0), operand(2), operand(1), cString(i->message)});
    break;
  case Opcode::GetIterator:
    result = i->message.empty() && i->index == 0 ? callRuntime(RuntimeId::kiln_get_iterator_rjs, {operand(0)})
                                : callRuntime(RuntimeId::kiln_get_iterator_named_rjs, {operand(0), cString(i->message)});
    break;
  case Opcode::IteratorStep: result = callRuntime(RuntimeId::kiln_iterator_step_rjs, {operand(0)}); break;
  case Opcode::IteratorClose: result = callRuntime(RuntimeId::kiln_iterator_close_rjs, {operand(0)}); break;
  case Opcode::IteratorCloseQuiet: callRuntime(RuntimeId::kiln_iterator_close_rjs, {operand(0)}); break;
  case Opcode::IteratorRest: result = callRuntime(RuntimeId::kiln_iterator_rest_rjs, {operand(0)}); break;
  case Opcode::ForInIterator: result = callRuntime(RuntimeId::kiln_for_in_iterator_rjs, {operand(0)}); break;
  case Opcode::ArrayPush: callRuntime(RuntimeId::kiln_array_push, {operand(0), operand(1)}); break;
  case Opcode::ArrayAppendSpread:
    if (i->index == 1) { // call arguments
      llvm::Value *text = i->message.empty() ? static_cast<llvm::Value *>(llvm::ConstantPointerNull::get(ptr_)) : cString(i->message);
      result = callRuntime(RuntimeId::kiln_array_append_argument_spread_rjs, {operand(0), operand(1), text});
      break;
    }
    result = i->message.empty()
                 ? callRuntime(RuntimeId::kiln_array_append_spread_rjs, {operand(0), operand(1)})
                 : callRuntime(RuntimeId::kiln_array_append_spread_named_rjs, {operand(0), operand(1), cString(i->message)});
    break;
  case Opcode::CopyDataProperties:
    result = callRuntime(RuntimeId::kiln_copy_data_properties_rjs, {operand(0), operand(1), operand(2)});
    break;
  case Opcode::RequireObjectCoercible: {
    llvm::Value *property = i->name.empty() ? static_cast<llvm::Value *>(llvm::ConstantPointerNull::get(ptr_)) : cString(i->name);
    llvm::Value *text = i->message.empty() ? static_cast<llvm::Value *>(llvm::ConstantPointerNull::get(ptr_)) : cString(i->message);
    result = callRuntime(RuntimeId::kiln_require_object_coercible_named_rjs, {operand(0), property, text});
    break;
  }
  case Opcode::DefineMethod:
    callRuntime(RuntimeId::kiln_define_method, {operand(0), operand(1), operand(2), u32(i->index), u32(i->strict)});
    break;
  case Opcode::SetPrototypeFromLiteral:
    callRuntime(RuntimeId::kiln_set_prototype_from_literal, {operand(0), operand(1)});
    break;
  case Opcode::ClassSetup: result = callRuntime(RuntimeId::kiln_class_setup_rjs, {operand(0), operand(1)}); break;
  case Opcode::HomeObject: result = callRuntime(RuntimeId::kiln_function_home_object, {operand(0)}); break;
  case Opcode::SetHomeObject: callRuntime(RuntimeId::kiln_function_set_home_object, {operand(0), operand(1)}); break;
  case Opcode::SuperGet: result = callRuntime(RuntimeId::kiln_super_get_rjs, {operand(0), operand(1), operand(2)}); break;
  case Opcode::SuperSet:
    result = callRuntime(RuntimeId::kiln_super_set_rjs, {operand(0), operand(1), operand(2), operand(3)});
    break;
  case Opcode::SuperConstruct:
    result = callRuntime(RuntimeId::kiln_super_construct_rjs, {operand(0), operand(1), operand(2)});
    break;
  case Opcode::ThrowThisUninitialized: result = callRuntime(RuntimeId::kiln_throw_this_uninitialized, {}); break;
  case Opcode::ThrowSuperCalledTwice: result = callRuntime(RuntimeId::kiln_throw_super_called_twice, {}); break;
  case Opcode::DerivedConstructorResult:
    result = callRuntime(RuntimeId::kiln_derived_constructor_result_rjs, {operand(0), operand(1)});
    break;
  case Opcode::PrivateNameNew: result = callRuntime(RuntimeId::kiln_private_name_new, {operand(0)}); break;
  case Opcode::PrivateGet: result = callRuntime(RuntimeId::kiln_private_get_rjs, {operand(0), operand(1)}); break;
  case Opcode::PrivateSet: result = callRuntime(RuntimeId::kiln_private_set_rjs, {operand(0), operand(1), operand(2)}); break;
  case Opcode::PrivateDefine:
    result = callRuntime(RuntimeId::kiln_private_define_rjs, {operand(0), operand(1), operand(2)});
    break;
  case Opcode::PrivateIn: result = callRuntime(RuntimeId::kiln_private_in_rjs, {operand(0), operand(1)}); break;
  case Opcode::Catch: result = callRuntime(RuntimeId::kiln_take_exception, {}); break;
  case Opcode::ThrowTDZ:
    result = callRuntime(RuntimeId::kiln_throw_tdz_error, {value(module_.string(i->name))});
    break;
  case Opcode::ThrowConstAssignment: result = callRuntime(RuntimeId::kiln_throw_const_assignment, {}); break;
  case Opcode::ThrowError:
    result = callRuntime(RuntimeId::kiln_throw_error, {cString(i->name), cString(i->message)});
    break;
  case Opcode::Branch: builder_.CreateBr(blocks_.at(i->targets[0])); return;
  case Opcode::CondBranch:
    builder_.CreateCondBr(operand(0), blocks_.at(i->targets[0]), blocks_.at(i->targets[1]));
    return;
  case Opcode::Return: builder_.CreateRet(operand(0)); return;
  case Opcode::Throw: {
    callRuntime(RuntimeId::kiln_throw, {operand(0)});
    builder_.CreateBr(exceptionTarget(i));
    return;
  }
  case Opcode::Unreachable: builder_.CreateUnreachable(); return;
  }
  if (ir::sideEffects(i->opcode).mayThrow && result)
    checkException(result, i);
  if (result && ir::resultKind(i->opcode) != ir::ResultKind::None)
    values_[i] = result;
}

} // namespace

std::string emitModule(ir::Module &module, const CodegenOptions &options, EmitKind kind,
                       const std::string &outputPath) {
  initializeTargets();

  llvm::LLVMContext context;
  llvm::Module out("kiln", context);
  std::string triple = options.targetTriple.empty() ? llvm::sys::getDefaultTargetTriple() : options.targetTriple;
  std::string error;
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return "unknown target '" + triple + "': " + error;
  llvm::TargetOptions targetOptions;
  std::string cpu = "generic", features;
  if (triple.rfind("armv7", 0) == 0 || triple.rfind("arm-", 0) == 0) {
    // Without these, ARM hard-float code computes wrong doubles (see TOOLCHAIN.md).
    features = "+vfp2,+vfp3d16,+fp64,-d32,-neon";
    targetOptions.FloatABIType = llvm::FloatABI::Hard;
  }
  auto level = options.optimizationLevel <= 0 ? llvm::CodeGenOptLevel::None
               : options.optimizationLevel == 1 ? llvm::CodeGenOptLevel::Less
               : options.optimizationLevel == 2 ? llvm::CodeGenOptLevel::Default
                                                : llvm::CodeGenOptLevel::Aggressive;
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple, cpu, features, targetOptions, llvm::Reloc::PIC_, std::nullopt, level));
  out.setTargetTriple(triple);
  out.setDataLayout(machine->createDataLayout());

  Generator(module, out, options.debugInfo).run();
  std::string verifyErrors;
  llvm::raw_string_ostream verifyStream(verifyErrors);
  if (llvm::verifyModule(out, &verifyStream))
    return "internal error: invalid LLVM IR generated:\n" + verifyStream.str();

  if (options.optimizationLevel > 0) {
    llvm::LoopAnalysisManager lam;
    llvm::FunctionAnalysisManager fam;
    llvm::CGSCCAnalysisManager cgam;
    llvm::ModuleAnalysisManager mam;
    llvm::PassBuilder passBuilder(machine.get());
    passBuilder.registerModuleAnalyses(mam);
    passBuilder.registerCGSCCAnalyses(cgam);
    passBuilder.registerFunctionAnalyses(fam);
    passBuilder.registerLoopAnalyses(lam);
    passBuilder.crossRegisterProxies(lam, fam, cgam, mam);
    llvm::OptimizationLevel optLevel = options.optimizationLevel == 1 ? llvm::OptimizationLevel::O1
                                       : options.optimizationLevel == 2 ? llvm::OptimizationLevel::O2
                                                                        : llvm::OptimizationLevel::O3;
    passBuilder.buildPerModuleDefaultPipeline(optLevel).run(out, mam);
  }

  std::error_code ec;
  llvm::raw_fd_ostream stream(outputPath, ec, llvm::sys::fs::OF_None);
  if (ec)
    return "cannot write '" + outputPath + "': " + ec.message();
  if (kind == EmitKind::LLVM) {
    out.print(stream, nullptr);
    return {};
  }
  llvm::legacy::PassManager emitPasses;
  if (machine->addPassesToEmitFile(emitPasses, stream, nullptr,
                                   kind == EmitKind::Object ? llvm::CodeGenFileType::ObjectFile
                                                            : llvm::CodeGenFileType::AssemblyFile))
    return "the target cannot emit this kind of file";
  emitPasses.run(out);
  stream.flush();
  return {};
}

} // namespace kiln::codegen
