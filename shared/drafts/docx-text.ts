/**
 * A .docx plan as the text the extractor reads: paragraphs on their own lines, through mammoth (a
 * well-kept reader), in memory. A file that is not a Word document is a rule the caller broke, not a crash.
 */
import { RuleViolation } from '#shared/domain/errors.ts';

export const docxText = async (bytes: Uint8Array): Promise<string> => {
  // Loaded on the first .docx only: the reader is as large as the rest of the function, and a cold start
  // for pasted text should not pay for it (docs/performance.md, cold start).
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch {
    throw new RuleViolation('invalid', 'Tệp không phải .docx đọc được / the file is not a readable .docx', {
      issues: [{ in: 'body', field: '', message: 'not a readable .docx', messageVi: 'không đọc được tệp .docx' }],
    });
  }
};
