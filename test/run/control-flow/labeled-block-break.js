// a labeled block (not a loop) can be left early with break label
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function check(x) {
  var result = 'start';
  validation: {
    if (typeof x !== 'number') {
      result = 'not a number';
      break validation;
    }
    if (x < 0) {
      result = 'negative';
      break validation;
    }
    result = 'ok';
  }
  return result + ' (' + x + ')';
}
console.log(check('s'), check(-1), check(3));
outer: {
  inner: {
    console.log('in inner');
    break outer;
  }
  console.log('not printed');
}
console.log('after blocks');
lbl: if (true) {
  console.log('labeled if');
  break lbl;
}
