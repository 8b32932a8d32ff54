import type { PartnershipScope } from '../../common/access/request-scope';
import { canDeleteAttachment, canUploadAttachment } from './attachment-access';
import {
  acceptableLabel,
  attachmentFileName,
  contentDisposition,
  sniffContentType,
} from './attachment-files';

describe(sniffContentType.name, () => {
  it('recognises JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(sniffContentType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe(
      'image/webp',
    );
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('knows nothing else, whatever the file is called', () => {
    expect(sniffContentType(Buffer.from('dit is tekst, geen foto'))).toBeUndefined();
    expect(
      sniffContentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeUndefined();
    expect(sniffContentType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WAVE'))).toBeUndefined();
    expect(sniffContentType(Buffer.alloc(0))).toBeUndefined();
  });
});

describe(acceptableLabel.name, () => {
  it('accepts the browser labels of the four types and a missing one, not HTML', () => {
    expect(acceptableLabel('image/png')).toBe(true);
    expect(acceptableLabel('application/octet-stream')).toBe(true);
    expect(acceptableLabel('text/html')).toBe(false);
  });
});

describe(attachmentFileName.name, () => {
  it('keeps a fitting name, drops paths and control characters, and adds the right extension', () => {
    expect(attachmentFileName('Flip-over ronde 1.JPG', 'image/jpeg')).toBe('Flip-over ronde 1.JPG');
    expect(attachmentFileName('C:\\fotos\\werkblad\u0000.png', 'image/png')).toBe('werkblad.png');
    expect(attachmentFileName('scan.exe', 'application/pdf')).toBe('scan.exe.pdf');
    expect(attachmentFileName('', 'image/webp')).toBe('foto.webp');
    expect(attachmentFileName('x'.repeat(300), 'image/png')).toHaveLength(255);
  });
});

describe(contentDisposition.name, () => {
  it('shows images inline and downloads PDFs, with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('flip-over.png', 'image/png')).toBe(
      `inline; filename="flip-over.png"; filename*=UTF-8''flip-over.png`,
    );
    expect(contentDisposition('werkblad "één".pdf', 'application/pdf')).toBe(
      `attachment; filename="werkblad ___n_.pdf"; filename*=UTF-8''werkblad%20%22%C3%A9%C3%A9n%22.pdf`,
    );
  });
});

const scope = (roles: string[], userId = 'u1', locationIds: string[] = []) =>
  ({
    principal: { userId, name: 'X', email: 'x@x', isPlatformAdmin: false },
    partnershipId: 'p',
    roles: new Set(roles),
    locationIds,
  }) as PartnershipScope;

describe(canUploadAttachment.name, () => {
  const at = (status: 'draft' | 'finalised', facilitatorId: string | null = 'u1') => ({
    evaluation: { status, locationId: 'l1' },
    session: { facilitatorId },
  });
  it('lets whoever may capture add files to a draft, and the programmaleider always', () => {
    expect(canUploadAttachment(scope(['procesbegeleider']), at('draft'))).toBe(true);
    expect(canUploadAttachment(scope(['procesbegeleider']), at('finalised'))).toBe(false);
    expect(canUploadAttachment(scope(['procesbegeleider']), at('draft', 'u2'))).toBe(false);
    expect(canUploadAttachment(scope(['locatiecoordinator'], 'u9', ['l1']), at('draft'))).toBe(
      true,
    );
    expect(canUploadAttachment(scope(['stuurgroeplid']), at('draft'))).toBe(false);
    expect(canUploadAttachment(scope(['programmaleider']), at('finalised'))).toBe(true);
  });
});

describe(canDeleteAttachment.name, () => {
  const at = (status: 'draft' | 'finalised') => ({
    evaluation: { status, locationId: 'l1' },
    session: { facilitatorId: 'u1' },
  });
  it('lets the programmaleider, or the session’s procesbegeleider while draft, remove files', () => {
    expect(canDeleteAttachment(scope(['programmaleider'], 'u9'), at('finalised'))).toBe(true);
    expect(canDeleteAttachment(scope(['procesbegeleider']), at('draft'))).toBe(true);
    expect(canDeleteAttachment(scope(['procesbegeleider']), at('finalised'))).toBe(false);
    expect(canDeleteAttachment(scope(['procesbegeleider'], 'u2'), at('draft'))).toBe(false);
    expect(canDeleteAttachment(scope(['locatiecoordinator'], 'u9', ['l1']), at('draft'))).toBe(
      false,
    );
  });
});
