// An uncaught exception is reported as node reports it: file:line of the throw site, the source
// line, a caret under the failing property read, the error, then the JavaScript frames it went
// through with file:line:col (node's own internal frames and version footer are not printed).
// RUN: %kiln build %s -o %t
// RUN: not %t 2>&1 | FileCheck %s
// RUN: %runcompare %s
// CHECK: uncaught-report-shows-throw-site-and-frames.js:14
// CHECK-NEXT: {{^}}  return o.missing.field;
// CHECK-NEXT: {{^}}                   ^
// CHECK-EMPTY:
// CHECK-NEXT: TypeError: Cannot read properties of undefined (reading 'field')
// CHECK-NEXT: at inner ({{.*}}uncaught-report-shows-throw-site-and-frames.js:14:20)
function inner(o) {
  return o.missing.field;
}
function outer() {
  return inner({});
}
// CHECK-NEXT: at outer ({{.*}}uncaught-report-shows-throw-site-and-frames.js:17:10)
// CHECK-NEXT: at Object.<anonymous> ({{.*}}uncaught-report-shows-throw-site-and-frames.js:21:1)
outer();
