// The shadow stack of JavaScript frames, and the `stack` of errors captured from it.
//
// Every compiled function links a StackFrameRecord (in its own machine frame) onto
// kiln_frame_top in its prologue and unlinks it before each return; before each instruction that
// may throw or call, it stores the instruction's source position into the record. [[Call]] and
// [[Construct]] of native built-ins link a record too (position 0, printed "<anonymous>"). Because
// exceptions are returned (the marker protocol), every exit is a return: the list is always exact.
//
// An error captures the frames when it is created, as V8 does, and formats them as V8 does:
// "    at name (file:line:column)", at most Error.stackTraceLimit of them.
#pragma once

#include "kiln/RuntimeFunctions.h"
#include "kiln/Value.h"

namespace kiln::rt {

struct Object;
struct String;

// Layout read and written by generated code (codegen/LLVMGen.cpp: frameRecordType_).
struct StackFrameRecord {
  StackFrameRecord *parent;
  uint64_t position;  // line | (0-based column << 32); 0 in a native built-in's frame
  Value callee;
  Value thisValue;
  Value newTarget;
};

// kiln_frame_top (RuntimeFunctions.def) as what it points to.
inline StackFrameRecord *topFrame() { return static_cast<StackFrameRecord *>(kiln_frame_top); }

// Pushes a record for a native built-in for the duration of a call.
class NativeFrame {
public:
  NativeFrame(Value callee, Value thisValue, Value newTarget);
  ~NativeFrame();
  NativeFrame(const NativeFrame &) = delete;
  NativeFrame &operator=(const NativeFrame &) = delete;

private:
  StackFrameRecord record_;
};

// Records the current frames on `error` (hidden from enumeration and inspect), skipping the frames
// above and including the one running `constructor` (the error's constructor, as V8 hides it),
// when there is one; when `constructor` is given but not running, no frames at all.
void captureStackFrames(Object *error, Value constructor);
// The "\n    at ..." lines captured for `error`, or null when none were.
String *capturedStackFrames(Object *error);

}  // namespace kiln::rt

