// a property with only a setter reads as undefined, while writes still reach the setter
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const log = [];
const sink = {
  set message(text) {
    log.push(text.toUpperCase());
  },
};
sink.message = 'first';
sink.message = 'second';
console.log(sink.message, log);
console.log('message' in sink, typeof Object.getOwnPropertyDescriptor(sink, 'message').get);
