// an uncaught error whose class sets this.name in its constructor is reported under that name
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class ConfigError extends Error {
  constructor(key) {
    super('missing key ' + key);
    this.name = 'ConfigError';
  }
}
console.log('loading');
throw new ConfigError('port');
