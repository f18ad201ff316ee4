// a line break after return, break, continue, yield, or before postfix '++'/'--' ends the statement
// RUN: %astdiff %s

function f() {
  return
  value;
}
a: for (;;) {
  break
  a;
  continue
  a;
}
x
++y;
x
--y;
function* g() {
  yield
  value;
}
