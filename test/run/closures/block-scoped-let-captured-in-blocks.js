// a let declared in a block, loop body or switch case is captured fresh each time the block runs
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var fns = [];
var i = 0;
while (i < 3) {
  let snapshot = i * 100;
  fns[i] = function () { return snapshot; };
  i++;
}
console.log(fns[0](), fns[1](), fns[2]());
var fromDo = [];
var n = 0;
do {
  const label = 'item' + n;
  fromDo[n] = () => label;
  n++;
} while (n < 2);
console.log(fromDo[0](), fromDo[1]());
function pick(kind) {
  switch (kind) {
    case 'a': {
      let v = 'from a';
      return () => v;
    }
    default: {
      let v = 'from default';
      return () => v;
    }
  }
}
console.log(pick('a')(), pick('z')());
