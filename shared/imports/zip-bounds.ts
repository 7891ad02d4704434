import { inflateRawSync } from 'node:zlib';
import { RuleViolation } from '#shared/domain/errors.ts';

/**
 * An .xlsx file is a zip archive. A few KiB can inflate to gigabytes (a zip bomb), and the sizes a
 * zip declares are the sender's word, so each part is inflated here with a hard cap on what it may
 * produce (zlib's maxOutputLength) before the workbook library sees any of it. What comes out is
 * the parts' true size, counted against one budget for the whole file.
 */
export interface ZipLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
}

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localHeader = 0x04034b50;

const unreadable = (why: string) =>
  new RuleViolation('unreadable', `Không phải tệp .xlsx / not an .xlsx workbook: ${why}`, {
    issues: [{ in: 'body', field: '', code: 'workbook', message: `not an .xlsx workbook: ${why}` }],
  });

const tooLarge = (limits: ZipLimits) =>
  new RuleViolation(
    'too-large',
    `Tệp giải nén quá lớn / the workbook unpacks to more than ${limits.maxUncompressedBytes} bytes`,
    { members: { limitUncompressedBytes: limits.maxUncompressedBytes } },
  );

/** Every part of the archive by name, inflated within the limits; refuses what is not a plain zip. */
export const inflateWithin = (bytes: Buffer, limits: ZipLimits): Map<string, Buffer> => {
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (bytes.readUInt32LE(i) === endOfDirectory) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable('no zip directory');
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw unreadable('zip64 archives are not read');
  if (count > limits.maxEntries) throw tooLarge(limits);
  const parts = new Map<string, Buffer>();
  let budget = limits.maxUncompressedBytes;
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== directoryEntry) throw unreadable('broken zip directory');
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + skip;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== localHeader) throw unreadable('broken zip entry');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressedSize);
    if (data.length !== compressedSize) throw unreadable('truncated zip entry');
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          throw tooLarge(limits);
        throw unreadable(`entry '${name}' does not inflate`);
      }
    } else throw unreadable(`compression method ${method}`);
    budget -= content.length;
    if (budget < 0) throw tooLarge(limits);
    parts.set(name, content);
  }
  return parts;
};
