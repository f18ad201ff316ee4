// a return in finally replaces the try's return value and discards a pending exception
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function overrideReturn() {
  try {
    return 'from try';
  } finally {
    return 'from finally';
  }
}
function swallowThrow() {
  try {
    throw new Error('lost');
  } finally {
    return 'exception swallowed';
  }
}
function overrideCatchReturn() {
  try {
    throw 1;
  } catch (e) {
    return 'from catch';
  } finally {
    return 'from finally after catch';
  }
}
function finallyWithoutReturn() {
  try {
    return 'try value kept';
  } finally {
    'expression statements do not override';
  }
}
console.log(overrideReturn());
console.log(swallowThrow());
console.log(overrideCatchReturn());
console.log(finallyWithoutReturn());
