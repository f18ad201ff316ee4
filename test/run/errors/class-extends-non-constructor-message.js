// 'Class extends value X is not a constructor or null' shows X as V8's NoSideEffectsToString does:
// strings bare, functions by their source text, objects by constructor or [object Tag].
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
for (const v of [{}, [], 5, 'str', Symbol('s'), () => {}, Math.max, Object.create(null), new (class Foo {})(), true]) {
  try { class K extends v {} } catch (e) { console.log(e.message); }
}
