// let and const are visible only inside the block that declares them
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let x = 'outer';
{
  let x = 'block';
  const y = 'block const';
  console.log(x, y);
}
console.log(x, typeof y);
if (true) {
  let x = 'if';
  console.log(x);
}
for (let x = 0; x < 2; x++) {
  console.log('loop', x);
}
console.log(x);
var v = 'var';
{
  var v = 'var in block';
}
console.log(v);
function f() {
  let a = 1;
  {
    let a = 2;
    {
      let a = 3;
      console.log(a);
    }
    console.log(a);
  }
  console.log(a);
}
f();
