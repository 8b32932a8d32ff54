import type { AttachmentContentType } from '@zet/contracts';

/**
 * What an uploaded file is, from its first bytes rather than its name or the browser's label, and
 * how it may be named and served. Pure functions.
 */

const startsWith = (buffer: Buffer, bytes: readonly number[], at = 0) =>
  buffer.length >= at + bytes.length && bytes.every((b, i) => buffer[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type the content proves, or undefined for anything but JPEG, PNG, WebP and PDF. */
export function sniffContentType(buffer: Buffer): AttachmentContentType | undefined {
  if (startsWith(buffer, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(buffer, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(buffer, ascii('RIFF')) && startsWith(buffer, ascii('WEBP'), 8))
    return 'image/webp';
  if (startsWith(buffer, ascii('%PDF-'))) return 'application/pdf';
  return undefined;
}

/** Labels a browser may give these files; anything else (text/html, …) is refused even with the right bytes. */
const ACCEPTED_LABELS = new Set([
  '',
  'application/octet-stream',
  'image/jpeg',
  'image/jpg',
  'image/pjpeg',
  'image/png',
  'image/webp',
  'application/pdf',
]);

export function acceptableLabel(mimetype: string): boolean {
  return ACCEPTED_LABELS.has(mimetype.split(';')[0]!.trim().toLowerCase());
}

const EXTENSIONS: Record<AttachmentContentType, readonly string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'application/pdf': ['.pdf'],
};

/**
 * The name to keep: no path, no control characters, at most 255 characters, and an extension
 * that matches the content (added when it does not), so a download opens as what it is.
 */
export function attachmentFileName(original: string, type: AttachmentContentType): string {
  const base = (original.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const extensions = EXTENSIONS[type];
  const fits = extensions.some((ext) => base.toLowerCase().endsWith(ext));
  const suffix = fits ? '' : extensions[0]!;
  const stem = (base || (type === 'application/pdf' ? 'document' : 'foto')).slice(
    0,
    255 - suffix.length,
  );
  return `${stem}${suffix}`;
}

/**
 * `Content-Disposition` for serving: inline for images (shown in the page), attachment for PDF
 * (downloaded, never rendered in the app's origin), with an ASCII fallback and the UTF-8 name.
 */
export function contentDisposition(filename: string, type: AttachmentContentType): string {
  const disposition = type === 'application/pdf' ? 'attachment' : 'inline';
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
