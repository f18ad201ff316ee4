'use strict';
// markdown: converts a small Markdown dialect to HTML by scanning strings (no regular expressions).
// Blocks: ATX headings, paragraphs, fenced code, unordered and ordered lists (nested by
// indentation), blockquotes (holding any block) and thematic breaks. Inline: **strong**, *emphasis*
// (or _emphasis_), `code`, [links](url "title") and backslash escapes. All text is HTML-escaped.
//
//   node examples/markdown.js             converts the embedded sample document
//   node examples/markdown.js "# Hi *x*"  converts the given Markdown

const SAMPLE = `# Kiln release notes

Kiln compiles **JavaScript** to *native* executables. This is the _first_ preview;
see [the README](https://example.com/kiln/README.md "Read me first") for details.

## What works

- The parser accepts all of ES2024, checked against \`acorn\` on every test run.
- Diagnostics look like clang's:
  - a \`file:line:col\` location,
  - the source line and a caret.
- Escaping: 3 < 4 && "quotes" are safe, and so is <script>alert(1)</script>.

## Try it

1. Build with \`cmake --build build\`.
2. Parse a file:

   \`\`\`sh
   build/bin/kiln parse examples/markdown.js --stats
   \`\`\`

3. Read the **\`--help\`** output.

> Compiling is the *next* milestone.
>
> > Nested quotes work too, with a [link](https://example.com/?a=1&b=2).

---
Literal characters: \\*not emphasis\\*, a lone * star, and an unclosed \`tick.
`;

function escapeHtml(text) {
  const replacements = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  let out = '';
  for (const ch of text) out += replacements[ch] ?? ch;
  return out;
}

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

function isWordChar(ch) {
  return ch !== undefined && (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9'));
}

// Converts inline markup. Each construct looks for its closing delimiter; when there is none the
// opening character is literal text, so malformed input still produces escaped output.
function renderInline(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && PUNCTUATION.includes(text[i + 1] ?? ' ')) {
      out += escapeHtml(text[i + 1]);
      i += 2;
      continue;
    }
    if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      if (close > i) {
        out += `<code>${escapeHtml(text.slice(i + 1, close))}</code>`;
        i = close + 1;
        continue;
      }
    }
    if (ch === '[') {
      const link = scanLink(text, i);
      if (link) {
        const title = link.title === undefined ? '' : ` title="${escapeHtml(link.title)}"`;
        out += `<a href="${escapeHtml(link.url)}"${title}>${renderInline(link.label)}</a>`;
        i = link.end;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const delimiter = text[i + 1] === ch ? ch + ch : ch;
      const close = findClosingDelimiter(text, i + delimiter.length, delimiter);
      const opensWord = ch === '*' || !isWordChar(text[i - 1]);
      if (close > 0 && opensWord) {
        const tag = delimiter.length === 2 ? 'strong' : 'em';
        out += `<${tag}>${renderInline(text.slice(i + delimiter.length, close))}</${tag}>`;
        i = close + delimiter.length;
        continue;
      }
    }
    out += escapeHtml(ch);
    i++;
  }
  return out;
}

// The closing delimiter must follow a non-space and, for a single '*', must not be half of '**'.
function findClosingDelimiter(text, from, delimiter) {
  if (text[from] === undefined || text[from] === ' ') return -1;
  for (let j = from + 1; j < text.length; j++) {
    if (text[j] === '\\') { j++; continue; }
    if (text[j] === '`') { j = Math.max(j, text.indexOf('`', j + 1)); continue; }
    if (!text.startsWith(delimiter, j) || text[j - 1] === ' ') continue;
    if (delimiter.length === 1 && text[j + 1] === delimiter) { j++; continue; }
    return j;
  }
  return -1;
}

// [label](url "optional title") starting at text[start] === '['; returns null if malformed.
function scanLink(text, start) {
  let depth = 0;
  let labelEnd = -1;
  for (let j = start; j < text.length && labelEnd < 0; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '[') depth++;
    else if (text[j] === ']' && --depth === 0) labelEnd = j;
  }
  if (labelEnd < 0 || text[labelEnd + 1] !== '(') return null;
  const close = text.indexOf(')', labelEnd + 2);
  if (close < 0) return null;
  const target = text.slice(labelEnd + 2, close).trim();
  const space = target.indexOf(' ');
  const quoted = space > 0 && target.endsWith('"') && target[space + 1] === '"';
  return {
    label: text.slice(start + 1, labelEnd),
    url: quoted ? target.slice(0, space) : target,
    title: quoted ? target.slice(space + 2, -1) : undefined,
    end: close + 1,
  };
}

// Block structure, one line at a time.
function headingLevel(line) {
  let level = 0;
  while (line[level] === '#') level++;
  return level >= 1 && level <= 6 && (line.length === level || line[level] === ' ') ? level : 0;
}

function isThematicBreak(line) {
  const chars = [...line].filter((ch) => ch !== ' ');
  return chars.length >= 3 && '-*_'.includes(chars[0]) && chars.every((ch) => ch === chars[0]);
}

const isBlank = (line) => line.trim() === '';
const isFence = (line) => line.trimStart().startsWith('```');
const indentOf = (line) => line.length - line.trimStart().length;

// A list marker: '-', '*' or '+' then a space, or digits then '.' then a space.
function listMarker(line) {
  const indent = indentOf(line);
  const rest = line.slice(indent);
  if ((rest[0] === '-' || rest[0] === '*' || rest[0] === '+') && rest[1] === ' ') {
    return { ordered: false, indent, width: indent + 2 };
  }
  let digits = 0;
  while (rest[digits] >= '0' && rest[digits] <= '9') digits++;
  if (digits > 0 && digits <= 9 && rest[digits] === '.' && rest[digits + 1] === ' ') {
    const start = Number(rest.slice(0, digits));
    return { ordered: true, indent, width: indent + digits + 2, start };
  }
  return null;
}

function startsBlock(line) {
  return isBlank(line) || headingLevel(line) > 0 || isFence(line) || line.startsWith('>') ||
    isThematicBreak(line) || listMarker(line) !== null;
}

function renderBlocks(lines) {
  const html = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
    } else if (headingLevel(line) > 0) {
      const level = headingLevel(line);
      html.push(`<h${level}>${renderInline(line.slice(level).trim())}</h${level}>`);
      i++;
    } else if (isFence(line)) {
      const indent = indentOf(line);
      const language = line.trim().slice(3).trim();
      const body = [];
      for (i++; i < lines.length && !isFence(lines[i]); i++) body.push(lines[i].slice(indent));
      i++; // the closing fence, or the end of the document
      const attribute = language ? ` class="language-${escapeHtml(language)}"` : '';
      html.push(`<pre><code${attribute}>${escapeHtml(body.join('\n'))}\n</code></pre>`);
    } else if (line.startsWith('>')) {
      const quoted = [];
      for (; i < lines.length && lines[i].startsWith('>'); i++) {
        quoted.push(lines[i].slice(lines[i][1] === ' ' ? 2 : 1));
      }
      html.push(`<blockquote>\n${renderBlocks(quoted)}\n</blockquote>`);
    } else if (isThematicBreak(line)) {
      html.push('<hr>');
      i++;
    } else if (listMarker(line)) {
      i = renderList(lines, i, html);
    } else {
      const paragraph = [];
      for (; i < lines.length && (paragraph.length === 0 || !startsBlock(lines[i])); i++) {
        paragraph.push(lines[i].trim());
      }
      html.push(`<p>${renderInline(paragraph.join('\n'))}</p>`);
    }
  }
  return html.join('\n');
}

// Renders the list starting at lines[start]; an item owns the following lines that are indented
// at least as far as its text (blank lines too, when indented text follows them). Items separated
// by blank lines make a loose list, whose items keep their <p>. Returns the index after the list.
function renderList(lines, start, html) {
  const first = listMarker(lines[start]);
  const sameList = (marker) =>
    marker !== null && marker.ordered === first.ordered && marker.indent === first.indent;
  const items = [];
  let loose = false;
  let i = start;
  while (i < lines.length && sameList(listMarker(lines[i]))) {
    const width = listMarker(lines[i]).width;
    const ownsLine = (line) => indentOf(line) >= width;
    const body = [lines[i].slice(width)];
    // A blank line belongs to the item when the line after it does.
    while (++i < lines.length && ownsLine(isBlank(lines[i]) ? (lines[i + 1] ?? '') : lines[i])) {
      body.push(lines[i].slice(width));
    }
    let j = i;
    while (j < lines.length && isBlank(lines[j])) j++;
    if (j > i && j < lines.length && sameList(listMarker(lines[j]))) [loose, i] = [true, j];
    items.push(body);
  }
  const rendered = items.map((body) => {
    const content = renderBlocks(body);
    if (loose || body.some(isBlank) || !content.startsWith('<p>')) return `<li>${content}</li>`;
    const end = content.indexOf('</p>'); // a tight item: its first paragraph is bare text
    return `<li>${content.slice(3, end)}${content.slice(end + 4)}</li>`;
  });
  const tag = first.ordered ? 'ol' : 'ul';
  const startAttribute = first.ordered && first.start !== 1 ? ` start="${first.start}"` : '';
  html.push(`<${tag}${startAttribute}>\n${rendered.join('\n')}\n</${tag}>`);
  return i;
}

console.log(renderBlocks((process.argv[2] ?? SAMPLE).split('\n')));
