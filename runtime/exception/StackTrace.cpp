// Capturing and formatting the frames of an error's `stack` (see StackTrace.h).
//
// A frame reads as V8 prints it:
//   - `new Name` for a [[Construct]] (new.target is set);
//   - `Type.name` for a method call: a receiver that is an object other than the global object
//     (arrow functions have none), Type being the receiver's @@toStringTag or else its
//     constructor's name ("Object" at the top level of a CommonJS module, whose `this` is
//     module.exports);
//   - `name` for a plain call, and nothing but the position for an anonymous one;
// followed by ` (file:line:column)`, or ` (<anonymous>)` for a native built-in. Not reproduced:
// V8's ` [as key]` when a method is called under another name, and names V8 infers for anonymous
// functions from assignments (`o.f = function () {}` shows as `o.f`).
#include "exception/StackTrace.h"

#include "kiln/RuntimeFunctions.h"
#include "object/Realm.h"
#include "ops/Conversions.h"

#include <string>

void *kiln_frame_top = nullptr;

namespace kiln::rt {

NativeFrame::NativeFrame(Value callee, Value thisValue, Value newTarget)
    : record_{topFrame(), 0, callee, thisValue, newTarget} {
  kiln_frame_top = &record_;
}

NativeFrame::~NativeFrame() { kiln_frame_top = record_.parent; }

namespace {

// The private name under which an error keeps its captured frames (never listed or inspected).
Value framesKey() {
  static Value key;
  if (!key) {
    Symbol *name = newSymbol(cellValue(internUTF8("stack frames")));
    name->bits |= Symbol::Private;
    key = cellValue(name);
  }
  return key;
}

std::string receiverTypeName(Value receiver) {
  if (isFunction(receiver) && (asFunction(receiver)->flags & Function::IsClassConstructor))
    return toUTF8(functionName(asFunction(receiver)));
  // Namespaces name themselves with @@toStringTag (JSON.parse, Math.max); instances by their
  // constructor.
  Value tag = getDataPropertyNoRJS(asObject(receiver), PropertyKey::fromCell(realm.symbolToStringTag));
  if (isString(tag) && asString(tag)->length) return toUTF8(asString(tag));
  Value constructor = getDataPropertyNoRJS(asObject(receiver), keyFromAtom(atoms.constructor));
  if (isFunction(constructor)) {
    std::string name = toUTF8(functionName(asFunction(constructor)));
    if (!name.empty()) return name;
  }
  return "Object";
}

void appendFrame(std::string &out, const StackFrameRecord *r) {
  std::string position;
  if (r->position == 0) {
    position = "<anonymous>";
  } else {
    position = std::string(mainProgram ? mainProgram->sourcePath : "") + ":" + std::to_string(uint32_t(r->position)) + ":" +
               std::to_string((r->position >> 32) + 1);
  }
  Function *f = isFunction(r->callee) ? asFunction(r->callee) : nullptr;
  std::string name = f ? toUTF8(functionName(f)) : "";
  std::string text;
  if (r->newTarget != ValueUndefined && r->newTarget != ValueEmpty) {
    text = "new " + (name.empty() ? std::string("<anonymous>") : name);
  } else {
    Value receiver = (f && (f->flags & Function::IsArrow)) ? ValueUndefined : r->thisValue;
    bool topLevel = !isObject(receiver) || receiver == cellValue(realm.globalObject);
    text = topLevel ? name : receiverTypeName(receiver) + "." + (name.empty() ? std::string("<anonymous>") : name);
  }
  out += "\n    at ";
  out += text.empty() ? position : text + " (" + position + ")";
}

uint32_t stackTraceLimit() {
  static String *atom = internUTF8("stackTraceLimit");
  Value limit = getDataPropertyNoRJS(realm.errorConstructor[0], keyFromAtom(atom));
  if (!isNumber(limit)) return 0;
  double d = asNumber(limit);
  return d != d || d <= 0 ? 0 : d >= 1000 ? 1000 : static_cast<uint32_t>(d);
}

}  // namespace

void captureStackFrames(Object *error, Value constructor) {
  const StackFrameRecord *top = topFrame();
  if (constructor != ValueUndefined) {
    // Frames above and including the constructor's are left out; when it is not running (as
    // with Error.captureStackTrace(o, f) outside f), all of them are.
    const StackFrameRecord *r = top;
    while (r && r->callee != constructor) r = r->parent;
    top = r ? r->parent : nullptr;
  }
  std::string frames;
  uint32_t limit = stackTraceLimit(), count = 0;
  for (const StackFrameRecord *r = top; r && count < limit; r = r->parent, ++count) appendFrame(frames, r);
  defineOwnProperty(error, PropertyKey::fromCell(framesKey()), cellValue(newStringFromUTF8(frames)),
                    Writable | Configurable);
}

String *capturedStackFrames(Object *error) {
  Value frames = getDataPropertyNoRJS(error, PropertyKey::fromCell(framesKey()));
  return isString(frames) ? asString(frames) : nullptr;
}

}  // namespace kiln::rt
