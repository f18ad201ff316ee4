// calling a method that does not exist is an uncaught "TypeError: obj.name is not a function"
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var logger = {
  info: function (m) { console.log('info', m); },
  level: 'debug',
};
logger.info('works');
console.log(typeof logger.warn);
logger.warn('missing');
