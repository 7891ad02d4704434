/**
 * OWASP "CSV injection": a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab or CR as a
 * formula. A note is one cell only for a reader that splits on the file's own separator and honours
 * its quotes; Excel with the other list separator (the `en` file opened with Vietnamese settings, or
 * the reverse) splits the note at every `,` or `;`, and a reader that misses the quotes starts a cell
 * after a `"` and a row at every line break. So an apostrophe goes in front of a formula start at the
 * beginning of the note and after each of those characters. Existing apostrophes there count as part
 * of the start (`'*`), so one apostrophe more is always added and `unguardText` takes exactly that one
 * off again: an export imports back unchanged.
 */
const startOfNote = /^(?='*[=+\-@\t\r\n])/;
// Line breaks are not a formula start after a separator: an ordinary two-line note stays untouched.
const startOfPiece = /(?<=[,;"\r\n])(?='*[=+\-@\t])/g;
const guardedStartOfNote = /^'(?='*[=+\-@\t\r\n])/;
const guardedStartOfPiece = /(?<=[,;"\r\n])'(?='*[=+\-@\t])/g;

export const guardText = (text: string) => text.replace(startOfPiece, "'").replace(startOfNote, "'");

export const unguardText = (cell: string) => cell.replace(guardedStartOfPiece, '').replace(guardedStartOfNote, '');
