// Destructuring undefined or null: "Cannot destructure property 'a' of 'x' as it is null." for a
// binding's first plain property, "Cannot destructure 'x'" for empty, computed-first and rest
// patterns, and a failed property read for nested patterns and a first property with a default.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
var n = null, u, five = 5, o = {};
function nothing() {}
t(() => { const { a } = null; });
t(() => { const { a } = undefined; });
t(() => { const { a } = n; });
t(() => { const { a } = o.p; });
t(() => { const { a } = nothing(); });
t(() => { let a; ({ a } = n); });
t(() => { let a; ({ a } = u); });
t(() => { const { 'quoted key': a } = n; });
t(() => { const {} = null; });
t(() => { const { ...r } = null; });
t(() => { const { [five]: a } = null; });
t(() => { const { a: { b } } = {}; });
t(() => { const [{ a }] = [null]; });
t(() => { const { a = 1 } = null; });
t(() => { const { a, b = 1 } = u; });
t(() => { function f({ a }) {} f(); });
t(() => { const g = ({ a }) => a; g(); });
