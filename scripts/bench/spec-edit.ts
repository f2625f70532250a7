/** The one-operation change of the warm figures: a new summary for the document's first operation. */
import { isMap, isScalar, parseDocument, type Scalar, type YAMLMap } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface OperationRef {
  path: string;
  method: string;
  summary?: string;
}

/** The first operation of the document, preferring one with a summary. */
export function firstOperation(text: string): OperationRef {
  const document = parseDocument(text, { keepSourceTokens: false });
  const paths = document.get('paths');
  let first: OperationRef | undefined;
  if (isMap(paths)) {
    for (const pathItem of (paths as YAMLMap).items) {
      if (!isMap(pathItem.value)) continue;
      for (const operation of (pathItem.value as YAMLMap).items) {
        const method = String(isScalar(operation.key) ? operation.key.value : operation.key);
        if (!METHODS.includes(method) || !isMap(operation.value)) continue;
        const summary = (operation.value as YAMLMap).get('summary');
        const found = { path: String(isScalar(pathItem.key) ? pathItem.key.value : pathItem.key), method, summary: typeof summary === 'string' ? summary : undefined };
        if (found.summary !== undefined) return found;
        first ??= found;
      }
    }
  }
  if (!first) throw new Error('the spec has no operation to change');
  return first;
}

/** The spec text with one operation's summary replaced, the rest of the text byte for byte. */
export function withSummary(text: string, target: { path: string; method: string }, summary: string, json: boolean): string {
  const document = parseDocument(text);
  const node = document.getIn(['paths', target.path, target.method, 'summary'], true) as Scalar | undefined;
  if (node?.range) return text.slice(0, node.range[0]) + JSON.stringify(summary) + text.slice(node.range[1]);
  if (json) {
    const parsed = JSON.parse(text) as { paths: Record<string, Record<string, { summary?: string }>> };
    parsed.paths[target.path][target.method].summary = summary;
    return JSON.stringify(parsed, null, 2);
  }
  document.setIn(['paths', target.path, target.method, 'summary'], summary);
  return document.toString();
}
