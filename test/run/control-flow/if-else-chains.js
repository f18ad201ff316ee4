// if / else if / else pick the first branch whose condition is truthy; conditions are converted to booleans
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function classify(n) {
  if (n < 0) {
    return 'negative';
  } else if (n === 0) {
    return 'zero';
  } else if (n < 10) {
    return 'small';
  } else {
    return 'large';
  }
}
console.log(classify(-5), classify(0), classify(-0), classify(7), classify(100), classify(NaN));
function truthy(v) {
  if (v) return 'yes';
  return 'no';
}
console.log(truthy(''), truthy('0'), truthy([]), truthy(null), truthy(0.1));
var x = 5;
if (x > 3)
  if (x > 10) console.log('big');
  else console.log('dangling else binds to the inner if');
if (x) {}
else console.log('not printed');
if (x === 5) console.log('single statement');
