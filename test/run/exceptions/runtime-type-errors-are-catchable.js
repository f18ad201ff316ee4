// errors raised by the language itself are ordinary TypeError objects with node's messages
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function attempt(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e instanceof TypeError, e.name + ': ' + e.message);
  }
}
var notAFunction = 42;
var obj = { prop: 'string', nested: {} };
var nothing;
var empty = null;
attempt('call number', function () { notAFunction(); });
attempt('call missing method', function () { obj.missing(); });
attempt('call string property', function () { obj.prop(); });
attempt('read of undefined', function () { return nothing.field; });
attempt('read of null', function () { return empty.field; });
attempt('nested read', function () { return obj.nested.deeper.value; });
attempt('index of undefined', function () { return nothing[0]; });
attempt('method on undefined', function () { nothing.go(); });
attempt('const assignment', function () { const c = 1; c = 2; });
attempt('optional chain is fine', function () { return nothing?.field; });
