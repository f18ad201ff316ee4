// An error whose stack has no frames (Error.stackTraceLimit = 0) is inspected in brackets, as node
// shows it, alone, inside containers and with own properties.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
Error.stackTraceLimit = 0;
const e = new TypeError('boom');
console.log(e);
console.log([e]);
e.code = 7;
console.log(e);
console.log({ e });
