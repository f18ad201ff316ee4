// process.emitWarning prints `(node:PID) [code] Type: message` (and the detail) on stderr once the
// program has finished, as node's next tick does, with the --trace-warnings hint after the first;
// bad arguments throw at once. kiln's and node's stderr are matched against the same patterns.
// RUN: %kiln build %s -o %t && %t > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: %node %s > %t.node.out 2> %t.node.err
// RUN: FileCheck %s --check-prefix=OUT < %t.node.out
// RUN: FileCheck %s --check-prefix=ERR < %t.node.err

process.emitWarning('first');
console.log('after first');
process.emitWarning('custom', 'CustomWarning', 'C01');
process.emitWarning(new TypeError('an error'));
const e = new Error('renamed');
e.name = 'Foo';
process.emitWarning(e);
process.emitWarning('with options', { type: 'T', code: 'X1', detail: 'the detail' });
process.emitWarning('ctor as type', function f() {});
process.emitWarning('dep', 'DeprecationWarning', 'DEP0');
for (const args of [[1], [null], [{}], [[]], [], [Symbol('s')], [() => 1], ['s', 5], ['s', 'T', 5], ['s', { type: 5 }]])
  try {
    process.emitWarning(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
console.log(process.emitWarning.length);

// OUT:      {{^}}after first{{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "warning" argument must be of type string or an instance of Error. Received type number (1){{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "warning" argument must be of type string or an instance of Error. Received null{{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "warning" argument must be of type string or an instance of Error. Received an instance of Object{{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "warning" argument must be of type string or an instance of Error. Received an instance of Array{{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "warning" argument must be of type string or an instance of Error. Received undefined{{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "warning" argument must be of type string or an instance of Error. Received type symbol (Symbol(s)){{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "warning" argument must be of type string or an instance of Error. Received function {{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "type" argument must be of type string. Received type number (5){{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type string. Received type number (5){{$}}
// OUT-NEXT: {{^}}TypeError ERR_INVALID_ARG_TYPE The "type" argument must be of type string. Received type number (5){{$}}
// OUT-NEXT: {{^}}4{{$}}

// ERR:      {{^}}(node:{{[0-9]+}}) Warning: first{{$}}
// ERR-NEXT: {{^}}(Use `node --trace-warnings ...` to show where the warning was created){{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) [C01] CustomWarning: custom{{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) TypeError: an error{{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) Foo: renamed{{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) [X1] T: with options{{$}}
// ERR-NEXT: {{^}}the detail{{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) Warning: ctor as type{{$}}
// ERR-NEXT: {{^}}(node:{{[0-9]+}}) [DEP0] DeprecationWarning: dep{{$}}
// ERR-NOT: {{.}}
