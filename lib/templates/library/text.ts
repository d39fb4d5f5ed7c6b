/** Writes a template body as its lines: an empty string is the blank line between paragraphs. */
export function lines(...text: string[]): string {
  return text.join('\n');
}
