// `kiln parse`: parse one file, print a diagnostic or (optionally) the ESTree JSON.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "driver/Commands.h"
#include "frontend/ast/ASTJson.h"
#include "frontend/parser/Parser.h"
#include "frontend/support/LargeStack.h"
#include "frontend/support/SourceFile.h"

namespace kiln::driver {

namespace {

long currentRssKb() {
  FILE *statm = std::fopen("/proc/self/statm", "r");
  long pages = 0, resident = 0;
  if (statm) {
    if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
      resident = 0;
    std::fclose(statm);
  }
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

bool endsWith(const std::string &s, const char *suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

} // namespace

int runParse(int argc, char **argv) {
  std::string path;
  bool dumpJson = false, stats = false;
  int goal = -1; // -1: from the extension, 0: script, 1: module
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--module")
      goal = 1;
    else if (arg == "--script")
      goal = 0;
    else if (arg == "--dump-ast=json")
      dumpJson = true;
    else if (arg == "--stats")
      stats = true;
    else if (!arg.empty() && arg[0] == '-' && arg != "-") {
      std::fprintf(stderr, "kiln: error: unknown option '%s' for 'parse'\n", arg.c_str());
      return 2;
    } else if (path.empty())
      path = arg;
    else {
      std::fprintf(stderr, "kiln: error: 'parse' takes one file\n");
      return 2;
    }
  }
  if (path.empty()) {
    std::fprintf(stderr, "kiln: error: 'parse' needs a file\n");
    return 2;
  }

  long rssBeforeKb = currentRssKb();
  SourceFile file;
  std::string ioError;
  if (!SourceFile::load(path == "-" ? "/dev/stdin" : path, file, ioError)) {
    std::fprintf(stderr, "kiln: error: cannot read '%s': %s\n", path.c_str(), ioError.c_str());
    return 2;
  }
  if (file.text().size() >= (1ull << 32) - 64) {
    std::fprintf(stderr, "kiln: error: '%s' is larger than 4 GiB\n", path.c_str());
    return 2;
  }

  Arena arena;
  ParseOptions options;
  options.module = goal == 1 || (goal == -1 && endsWith(path, ".mjs"));
  SyntaxError error;
  ast::Program *program = nullptr;
  auto begin = std::chrono::steady_clock::now();
  runWithLargeStack([&] { program = parseProgram(file, arena, options, error); });
  auto end = std::chrono::steady_clock::now();
  // The tree can be far deeper than the parser's recursion (a chain of 100,000 `+` is built by a
  // loop), and the dump recurses over it: it runs on a large stack too.
  std::string json;
  if (program && dumpJson) {
    json.reserve(file.text().size() * 8);
    runWithLargeStack([&] { ast::dumpJSON(program, file, json); });
  }

  if (stats) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    double ms = std::chrono::duration<double, std::milli>(end - begin).count();
    // parse-rss-kb: peak resident memory added by reading and parsing the file, i.e. without
    // the process's start-up footprint (mostly the mapped LLVM library).
    std::fprintf(stderr,
                 "parse-ms=%.3f peak-rss-kb=%ld parse-rss-kb=%ld source-bytes=%zu ast-bytes=%zu\n",
                 ms, usage.ru_maxrss, usage.ru_maxrss - rssBeforeKb, file.text().size(),
                 arena.bytesAllocated());
  }
  if (!program) {
    std::cout.flush();
    printDiagnostic(std::cerr, file, error.offset, "error", "SyntaxError: " + error.message);
    return 1;
  }
  if (dumpJson)
    std::fwrite(json.data(), 1, json.size(), stdout);
  return 0;
}

} // namespace kiln::driver
