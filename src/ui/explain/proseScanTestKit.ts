/**
 * Test kit for noProseParsing.test.ts: finds, in TypeScript source, every place that reads the
 * English of a trace entry with a string or regular-expression method. The simulation's prose
 * lives in a trace entry's `text` (a log line or an action) and a violation's `detail`, and it
 * once lived in a balancer pick's `why`; the app and the worker must render from codes instead
 * (issue 14). The scan works on the syntax tree, so
 * comments and strings never trigger it: it reports
 *   - a method that reads a string called on `x.text`, `x.detail`, `x.why` (or `x['text']`): match,
 *     matchAll, replace, replaceAll, startsWith, endsWith, includes, indexOf, lastIndexOf, search,
 *     split, localeCompare;
 *   - `re.test(x.text)`, `re.exec(x.text)` and `RegExp(...)` built from `x.text`, with the
 *     same fields as the argument;
 *   - the same calls on a name the file bound to one of those fields (`const { text } = ev`).
 */
import ts from 'typescript';

const PROSE_FIELDS = new Set(['text', 'detail', 'why']);
const STRING_READERS = new Set([
  'match',
  'matchAll',
  'replace',
  'replaceAll',
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'lastIndexOf',
  'search',
  'split',
  'localeCompare',
]);
const REGEX_READERS = new Set(['test', 'exec']);
const NO_ALIASES: ReadonlySet<string> = new Set();

/**
 * The field name when `e` reads `something.text` or `something['text']`, or the name when `e` is
 * one of `aliases`; else null.
 */
function proseField(e: ts.Expression, aliases: ReadonlySet<string> = NO_ALIASES): string | null {
  let inner = e;
  // Parentheses, `!` and type assertions do not change what is read.
  while (
    ts.isParenthesizedExpression(inner) ||
    ts.isNonNullExpression(inner) ||
    ts.isAsExpression(inner) ||
    ts.isSatisfiesExpression(inner) ||
    ts.isTypeAssertionExpression(inner)
  )
    inner = inner.expression;
  if (ts.isIdentifier(inner) && aliases.has(inner.text)) return inner.text;
  if (ts.isPropertyAccessExpression(inner) && PROSE_FIELDS.has(inner.name.text))
    return inner.name.text;
  if (
    ts.isElementAccessExpression(inner) &&
    ts.isStringLiteralLike(inner.argumentExpression) &&
    PROSE_FIELDS.has(inner.argumentExpression.text)
  )
    return inner.argumentExpression.text;
  return null;
}

/**
 * The names a file binds to prose: `const s = ev.text` and `const { text } = ev` (or
 * `{ detail: d }`). A file-wide approximation, which is enough for a guard: a name bound to prose
 * anywhere in the file counts everywhere in it.
 */
function proseAliases(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node)) {
      if (ts.isIdentifier(node.name) && node.initializer && proseField(node.initializer) !== null)
        names.add(node.name.text);
      if (ts.isObjectBindingPattern(node.name))
        for (const el of node.name.elements) {
          const key = el.propertyName ?? el.name;
          if (ts.isIdentifier(key) && PROSE_FIELDS.has(key.text) && ts.isIdentifier(el.name))
            names.add(el.name.text);
        }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

export interface ProseRead {
  line: number;
  code: string;
}

/** Every place in `source` (the file's text) that reads trace prose, with its 1-based line. */
export function proseReads(fileName: string, source: string): ProseRead[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const aliases = proseAliases(file);
  const prose = (e: ts.Expression) => proseField(e, aliases) !== null;
  const found: ProseRead[] = [];
  const report = (node: ts.Node) =>
    found.push({
      line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
      code: node.getText(file),
    });
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const args = node.arguments ?? [];
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        if (STRING_READERS.has(method) && prose(callee.expression)) report(node);
        else if (REGEX_READERS.has(method) && args.some(prose)) report(node);
      } else if (ts.isIdentifier(callee) && callee.text === 'RegExp' && args.some(prose))
        report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
