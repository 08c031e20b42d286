/** Edit distance between two words (insert, delete, substitute). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The names most like `wanted` (containing it, or a few edits away), closest first. */
export function closeNames(wanted: string, names: readonly string[], limit = 3): string[] {
  const w = wanted.toLowerCase();
  return names
    .map((name) => {
      const n = name.toLowerCase();
      const contains = n.includes(w) || w.includes(n);
      return { name, score: contains ? 0 : editDistance(w, n) };
    })
    .filter((c) => c.score <= Math.max(3, Math.floor(w.length / 3)))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => c.name);
}
