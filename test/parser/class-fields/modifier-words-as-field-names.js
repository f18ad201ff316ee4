// 'get', 'set', 'static' and 'async' can name fields; 'async' followed by a line break is always a
// field (unlike 'get', 'set' and 'static', see classes/accessor-keyword-after-line-break.js)
// RUN: %astdiff %s

class Keywords {
  get = 1;
  set;
  static;
  async;
  static static = 1;
  static async = 2;
  async
  method() {}
}
