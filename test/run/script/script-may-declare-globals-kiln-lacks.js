// A classic script that declares a global node has but kiln lacks (here setTimeout) uses its own.
// RUN: %runcompare --script %s
var log = [];
function setTimeout(f) { log.push('queued'); f(); }
setTimeout(function () { log.push('ran'); });
console.log(log, global === globalThis);
