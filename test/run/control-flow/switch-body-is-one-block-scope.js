// all cases of a switch share one block scope; braces give a case its own scope
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function shared(n) {
  switch (n) {
    case 0:
      let message = 'declared in case 0';
      return message;
    case 1:
      try {
        return message;
      } catch (e) {
        return e.name + ': ' + e.message;
      }
  }
}
console.log(shared(0));
console.log(shared(1));
function separate(n) {
  switch (n) {
    case 0: {
      const v = 'zero';
      return v;
    }
    case 1: {
      const v = 'one';
      return v;
    }
  }
}
console.log(separate(0), separate(1), separate(2));
