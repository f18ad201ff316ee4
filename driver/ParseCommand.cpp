// `kiln parse`: parse one file, print a diagnostic or (optionally) the ESTree JSON.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>
#include <algorithm>

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
  std::vector<std::string> paths;
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
    } else
      paths.push_back(arg);
  }
  if (paths.empty()) {
    std::fprintf(stderr, "kiln: error: 'parse' needs a file\n");
    return 2;
  }
  if (dumpJson && paths.size() > 1) {
    std::fprintf(stderr, "kiln: error: --dump-ast=json takes one file\n");
    return 2;
  }

  // Several files are parsed one after the other in one process, as a whole-program build will:
  // the statistics are totals.
  long rssBeforeKb = currentRssKb();
  double totalMs = 0;
  size_t totalBytes = 0, totalAstBytes = 0;
  int status = 0;
  std::string json;
  runWithLargeStack([&] {
    for (const std::string &path : paths) {
      SourceFile file;
      std::string ioError;
      if (!SourceFile::load(path == "-" ? "/dev/stdin" : path, file, ioError)) {
        std::fprintf(stderr, "kiln: error: cannot read '%s': %s\n", path.c_str(), ioError.c_str());
        status = std::max(status, 2);
        continue;
      }
      Arena arena;
      ParseOptions options;
      options.module = goal == 1 || (goal == -1 && endsWith(path, ".mjs"));
      SyntaxError error;
      auto begin = std::chrono::steady_clock::now();
      ast::Program *program = parseProgram(file, arena, options, error);
      totalMs += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
      totalBytes += file.text().size();
      totalAstBytes += arena.bytesAllocated();
      if (!program) {
        printDiagnostic(std::cerr, file, error.offset, "error", "SyntaxError: " + error.message);
        status = std::max(status, 1);
        continue;
      }
      // The tree can be far deeper than the parser's recursion (a chain of 100,000 `+` is built
      // by a loop), and the dump recurses over it: it runs on the large stack too.
      if (dumpJson) {
        json.reserve(file.text().size() * 8);
        ast::dumpJSON(program, file, json);
      }
    }
  });

  if (stats) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    // parse-rss-kb: peak resident memory added by reading and parsing, i.e. without the process's
    // start-up footprint (mostly the statically linked LLVM).
    std::fprintf(stderr,
                 "parse-ms=%.3f peak-rss-kb=%ld parse-rss-kb=%ld source-bytes=%zu ast-bytes=%zu files=%zu\n",
                 totalMs, usage.ru_maxrss, usage.ru_maxrss - rssBeforeKb, totalBytes, totalAstBytes,
                 paths.size());
  }
  if (dumpJson)
    std::fwrite(json.data(), 1, json.size(), stdout);
  return status;
}

} // namespace kiln::driver
