import { describe, expect, it } from 'vitest';
import {
  FrontMatterError,
  apiBody,
  diskBody,
  joinNote,
  splitNote,
} from '../../../../../electron/core/frontMatter/split';
import { decodeUtf8 } from '../../../../../electron/core/frontMatter/decode';

describe('splitNote', () => {
  it('splits front matter and body and joins them back to the same text', () => {
    const text = '---\ntitle: A\n---\nBody\n';
    const parts = splitNote(text);
    expect(parts).toMatchObject({ bom: false, eol: '\n', frontMatter: 'title: A\n', body: 'Body\n' });
    expect(joinNote(parts)).toBe(text);
  });

  it('keeps a byte-order mark and CRLF line endings', () => {
    const text = '\ufeff---\r\ntitle: A\r\n---\r\nBody\r\nmore\r\n';
    const parts = splitNote(text);
    expect(parts).toMatchObject({
      bom: true,
      eol: '\r\n',
      frontMatter: 'title: A\r\n',
      body: 'Body\r\nmore\r\n',
    });
    expect(joinNote(parts)).toBe(text);
  });

  it('reads a file without front matter as all body', () => {
    const parts = splitNote('# Title\n\ntext\n');
    expect(parts.opening).toBe('');
    expect(parts.body).toBe('# Title\n\ntext\n');
  });

  it('accepts an empty front matter, a closing "..." line and a file ending at the fence', () => {
    expect(splitNote('---\n---\nx').frontMatter).toBe('');
    expect(splitNote('---\na: 1\n...\nx').body).toBe('x');
    const parts = splitNote('---\na: 1\n---');
    expect(parts.closing).toBe('---');
    expect(joinNote(parts)).toBe('---\na: 1\n---');
  });

  it('refuses a front matter that is never closed', () => {
    expect(() => splitNote('---\ntitle: A\nbody\n')).toThrow(FrontMatterError);
  });

  it('gives the body to the API with LF and NFC, and back with the file line endings', () => {
    expect(apiBody('Ca\u0300 phe\u0302\r\nx')).toBe('Cà phê\nx');
    expect(diskBody('a\nb\n', '\r\n')).toBe('a\r\nb\r\n');
    expect(diskBody('a\r\nb', '\n')).toBe('a\nb');
  });
});

describe('decodeUtf8', () => {
  it('keeps the BOM as U+FEFF and refuses bytes that are not UTF-8', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('\ufeffA');
    expect(() => decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toThrow(/not valid UTF-8/);
  });
});
