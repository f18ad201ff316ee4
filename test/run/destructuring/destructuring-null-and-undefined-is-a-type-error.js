// every destructuring form rejects null and undefined with a TypeError, while other primitives are fine
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const attempts = {
  'object pattern, undefined': () => {
    const { a } = undefined;
  },
  'object pattern, null': () => {
    const { a } = null;
  },
  'empty object pattern, null': () => {
    const {} = null;
  },
  'rest only, undefined': () => {
    const { ...r } = undefined;
  },
  'nested, inner undefined': () => {
    const { a: { b } } = {};
  },
  'array pattern, null': () => {
    const [a] = null;
  },
  'array pattern, number': () => {
    const [a] = 42;
  },
  'assignment, null': () => {
    let a;
    ({ a } = null);
  },
  'parameter default does not apply to null': () => {
    function f({ a } = {}) {}
    f(null);
  },
  'number is fine': () => {
    const { a } = 42;
  },
  'boolean is fine': () => {
    const { valueOf } = true;
  },
  'empty pattern over a string is fine': () => {
    const {} = '';
  },
};
for (const label in attempts) {
  try {
    attempts[label]();
    console.log(label + ': no error');
  } catch (e) {
    console.log(label + ': ' + (e instanceof TypeError ? 'TypeError' : 'other error ' + e));
  }
}
