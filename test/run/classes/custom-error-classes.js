// classes extending Error are real errors: instanceof, name, message and toString all work
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class RangeCheckError extends ValidationError {
  constructor(field, min) {
    super(field, field + ' must be at least ' + min);
    this.min = min;
  }
}
class PlainError extends Error {}
function check(age) {
  if (typeof age !== 'number') throw new ValidationError('age', 'age must be a number');
  if (age < 0) throw new RangeCheckError('age', 0);
  return age;
}
const inputs = ['x', -1, 30];
for (let i = 0; i < inputs.length; i++) {
  try {
    console.log('ok', check(inputs[i]));
  } catch (e) {
    console.log(e instanceof Error, e instanceof ValidationError, e instanceof RangeCheckError);
    console.log(e.name, '|', e.message, '|', e.field, e.min, '|', String(e));
  }
}
const plain = new PlainError('plain message');
console.log(plain.name, plain.message, String(plain), plain instanceof PlainError);
console.log(Object.prototype.toString.call(plain), typeof plain.stack);
