// an inner catch can rethrow to an outer handler; finallys run innermost first
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

try {
  try {
    throw new Error('original');
  } catch (e) {
    console.log('inner catch', e.message);
    throw e;
  } finally {
    console.log('inner finally');
  }
} catch (e2) {
  console.log('outer catch', e2.message);
} finally {
  console.log('outer finally');
}
function wrap() {
  try {
    throw new TypeError('low level');
  } catch (e) {
    throw new Error('wrapped: ' + e.name + ' ' + e.message);
  }
}
try {
  wrap();
} catch (e) {
  console.log(e.name, '|', e.message);
}
var caught = null;
try {
  try {
    throw 1;
  } catch (x) {
    try {
      throw x + 1;
    } catch (y) {
      caught = y;
    }
  }
} catch (z) {
  console.log('not reached');
}
console.log('caught', caught);
var first = new Error('same object');
try {
  try { throw first; } catch (e) { throw e; }
} catch (e) {
  console.log(e === first);
}
