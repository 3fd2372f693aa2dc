/**
 * A generated block inside a hand-written Markdown document: the text between
 * `<!-- NAME:start -->` and `<!-- NAME:end -->` belongs to a generator (`npm run docs`), and
 * everything outside the markers to the people who write the document.
 */
const markers = (name: string) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;

/** The text between the markers, or undefined when they are missing or out of order. */
export function extractBlock(doc: string, name: string): string | undefined {
  const [start, end] = markers(name);
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return doc.slice(from + start.length, to);
}

/**
 * The document with `content` between the markers; everything outside them is kept. Without
 * markers the block is appended; without a document, one is made with `title`.
 */
export function embedBlock(doc: string | undefined, name: string, content: string, title = 'Notes'): string {
  const [start, end] = markers(name);
  const block = `${start}${content}${end}`;
  if (doc === undefined) return `# ${title}\n\n${block}\n`;
  if (extractBlock(doc, name) === undefined) return `${doc.replace(/\n*$/, '\n\n')}${block}\n`;
  return doc.slice(0, doc.indexOf(start)) + block + doc.slice(doc.indexOf(end) + end.length);
}
