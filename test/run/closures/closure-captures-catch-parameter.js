// the catch parameter is a binding closures can capture, one per executed catch
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var handlers = [];
for (var i = 0; i < 3; i++) {
  try {
    throw 'error ' + i;
  } catch (e) {
    handlers[i] = function () { return e; };
  }
}
console.log(handlers[0](), handlers[1](), handlers[2]());
function capture() {
  try {
    throw new RangeError('kept');
  } catch (err) {
    return () => err.name + ' ' + err.message;
  }
}
console.log(capture()());
