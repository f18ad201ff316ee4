// 'export default' of an anonymous class declaration with a heritage
// RUN: %astdiff %s

export default class extends Base {}
