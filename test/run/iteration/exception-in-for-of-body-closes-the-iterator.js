// an exception thrown in a for-of body calls return() and then propagates unchanged
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function source(label) {
  let i = 0;
  return {
    [Symbol.iterator]() {
      return {
        next: () => ({ value: ++i, done: false }),
        return() {
          console.log(label, 'return() called at', i);
          throw new Error('thrown by return()');
        },
      };
    },
  };
}
function consume() {
  for (const v of source('consume')) {
    if (v === 3) throw new RangeError('stop at ' + v);
  }
}
try {
  consume();
} catch (e) {
  // the body's exception wins over the one thrown by return()
  console.log('caught', e.name, e.message);
}
try {
  for (const v of source('break')) break;
} catch (e) {
  // with no exception in flight, the one thrown by return() propagates
  console.log('caught', e.name, e.message);
}
