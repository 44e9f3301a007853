/** Visible text of a node with runs of white space folded, the way a person reads it. */
export function visibleText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
