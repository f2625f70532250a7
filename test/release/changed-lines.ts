/** Lines removed and added between two texts, as multisets: enough to show a change touched nothing else. */
export function changedLines(before: string | undefined, after: string | undefined): { removed: string[]; added: string[] } {
  const count = (text: string | undefined) => {
    const counts = new Map<string, number>();
    for (const line of (text ?? '').split('\n')) counts.set(line, (counts.get(line) ?? 0) + 1);
    return counts;
  };
  const a = count(before);
  const b = count(after);
  const minus = (x: Map<string, number>, y: Map<string, number>) => [...x].flatMap(([line, n]) => Array<string>(Math.max(0, n - (y.get(line) ?? 0))).fill(line));
  return { removed: minus(a, b), added: minus(b, a) };
}

export function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((path) => before[path] !== after[path]).sort();
}
