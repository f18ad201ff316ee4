// if the iterator's own next() throws, for-of does not call return() on it
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const faulty = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        i++;
        if (i === 3) throw new Error('next failed at ' + i);
        return { value: i, done: false };
      },
      return() {
        console.log('not printed: return() is not called');
        return {};
      },
    };
  },
};
try {
  for (const v of faulty) console.log('visit', v);
} catch (e) {
  console.log('caught', e.message);
}
