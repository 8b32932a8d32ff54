import { attachmentListSchema, attachmentSchema, type Attachment } from '@zet/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, noContent } from '../../../lib/api-client';
import { evaluationKeys } from './evaluation-keys';
import { themeSessionUrl } from './get-theme-session';

type SessionIds = { partnershipId: string; evaluationId: string; sessionId: string };

function attachmentsUrl({ partnershipId, evaluationId, sessionId }: SessionIds): string {
  return `${themeSessionUrl(partnershipId, evaluationId, sessionId)}/attachments`;
}

/** Where the file itself is served (images inline, PDFs as a download). */
export function attachmentFileUrl(ids: SessionIds, attachmentId: string): string {
  return `${attachmentsUrl(ids)}/${encodeURIComponent(attachmentId)}`;
}

/** Photos of flip-overs and werkbladen (or PDFs) with one theme session. */
export function useSessionAttachments(ids: SessionIds) {
  return useQuery({
    queryKey: evaluationKeys.attachments(ids.partnershipId, ids.evaluationId, ids.sessionId),
    queryFn: ({ signal }) => apiGet(attachmentsUrl(ids), attachmentListSchema, { signal }),
  });
}

/** One file in the multipart field `file`; the server recognises its type from the content. */
export function useUploadAttachment(ids: SessionIds) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File): Promise<Attachment> => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiSend('POST', attachmentsUrl(ids), attachmentSchema, form);
    },
    onSettled: () =>
      client.invalidateQueries({
        queryKey: evaluationKeys.attachments(ids.partnershipId, ids.evaluationId, ids.sessionId),
      }),
  });
}

export function useDeleteAttachment(ids: SessionIds) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      apiSend('DELETE', attachmentFileUrl(ids, attachmentId), noContent),
    onSettled: () =>
      client.invalidateQueries({
        queryKey: evaluationKeys.attachments(ids.partnershipId, ids.evaluationId, ids.sessionId),
      }),
  });
}
