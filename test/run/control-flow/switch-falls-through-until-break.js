// without break, execution falls through into the following cases
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function days(month) {
  var d = 0;
  switch (month) {
    case 'feb':
      d = 28;
      break;
    case 'apr':
    case 'jun':
    case 'sep':
    case 'nov':
      d = 30;
      break;
    default:
      d = 31;
  }
  return d;
}
console.log(days('feb'), days('jun'), days('jan'), days('nov'));
function fall(n) {
  var out = '';
  switch (n) {
    case 0: out += 'zero ';
    case 1: out += 'one ';
    case 2: out += 'two ';
      break;
    case 3: out += 'three ';
  }
  return out + '|';
}
console.log(fall(0), fall(1), fall(2), fall(3), fall(4));
